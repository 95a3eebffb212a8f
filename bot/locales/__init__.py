"""The bot's wording, one TOML file per locale; installed as the package
`hetao_brief.bundled.locales` (pyproject.toml maps it here), read with importlib.resources."""

"""The bundled articles, imported into a new store on first start; installed as the package
`hetao_brief.bundled.corpus` (pyproject.toml maps it here), read with importlib.resources."""

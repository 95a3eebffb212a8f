"""The domain lexicon (aliases, stop words, segmenter words); installed as the package
`hetao_brief.bundled.lexicon` (pyproject.toml maps it here), read with importlib.resources."""

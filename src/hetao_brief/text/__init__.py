"""Chinese and English text: normalisation (scripts, widths), the lexicon of names and
aliases, the glossary, and word segmentation."""

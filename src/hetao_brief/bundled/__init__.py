"""The files that ship inside the package: the lexicon, the locale files and the bundled articles.

Their source is the top level of the checkout (`data/lexicon/`, `bot/locales/`, `data/corpus/`),
which pyproject.toml maps to the sub-packages of this one, so that a wheel, an sdist and an
editable install all carry them and nothing reads a path relative to a source tree.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def _directory(package: str) -> Path:
    root = files(package)
    if not isinstance(root, Path):  # a zipped install: the segmenter needs real files
        raise RuntimeError(f"{package} is not installed as files on disk ({root!r})")
    return root


def lexicon_dir() -> Path:
    return _directory("hetao_brief.bundled.lexicon")


def locale_dir() -> Path:
    return _directory("hetao_brief.bundled.locales")


def corpus_dir() -> Path:
    return _directory("hetao_brief.bundled.corpus")


__all__ = ["corpus_dir", "lexicon_dir", "locale_dir"]

"""The files that ship inside the package: the lexicon, the locale files and the bundled articles.

Their source is the top level of the checkout (`data/lexicon/`, `bot/locales/`, `data/corpus/`),
which pyproject.toml maps to the sub-packages of this one, so that a wheel, an sdist and an
editable install all carry them and nothing reads a path relative to a source tree.
"""

from __future__ import annotations

import shutil
import tempfile
from importlib.resources import files
from pathlib import Path

ARTICLE_SUFFIXES = (".md", ".txt")


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


def seed_corpus(target: Path) -> bool:
    """Give a new deployment the bundled articles: copy them into `target` if it does not
    exist yet (an existing corpus, even an empty one, is the operator's and stays as it is).
    Returns whether it copied."""
    if target.exists():
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    for article in corpus_dir().iterdir():
        if article.suffix in ARTICLE_SUFFIXES:
            shutil.copyfile(article, scratch / article.name)
    try:
        scratch.rename(target)  # whole or not at all, also when two processes start at once
    except OSError:
        shutil.rmtree(scratch, ignore_errors=True)
        if not target.is_dir():
            raise
        return False
    return True


__all__ = ["corpus_dir", "lexicon_dir", "locale_dir", "seed_corpus"]

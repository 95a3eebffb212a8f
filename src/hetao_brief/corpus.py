"""Reading articles: one UTF-8 file per article, metadata in front matter.

Front matter is TOML between ``+++`` lines (as in `data/corpus/`), or simple ``key: value``
lines between ``---`` lines (what people type when they upload an article). Every problem is
an `ArticleError` naming the file and the reason, so one bad file never stops the others.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from hetao_brief.facts import Article
from hetao_brief.text.normalize import Script, detect_script, strip_control

ARTICLE_SUFFIXES = (".md", ".txt")
_ISO_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
_SAFE_ID = re.compile(r"^\w[\w.-]{0,79}$")
REQUIRED = ("title", "published")
MAX_TITLE = 300


class ArticleError(ValueError):
    def __init__(self, file: str, reason: str) -> None:
        super().__init__(f"{file}: {reason}")
        self.file = file
        self.reason = reason


@dataclass(frozen=True)
class CorpusRead:
    articles: list[Article]
    errors: list[ArticleError]


def split_front_matter(text: str) -> tuple[dict[str, str], str] | None:
    """Returns (metadata, body), or None when the text has no front matter."""
    text = text.lstrip("\ufeff")
    for fence, parse in (("+++", _parse_toml), ("---", _parse_pairs)):
        if text.startswith(fence + "\n"):
            end = text.find("\n" + fence, len(fence))
            if end < 0:
                raise ValueError(f"front matter opened with {fence} is never closed")
            meta = parse(text[len(fence) + 1 : end])
            return meta, text[end + len(fence) + 1 :].lstrip("\n")
    return None


def _parse_toml(block: str) -> dict[str, str]:
    try:
        raw = tomllib.loads(block)
    except tomllib.TOMLDecodeError as err:
        raise ValueError(f"front matter is not valid TOML ({err})") from None
    return {k: str(v) for k, v in raw.items()}


def _parse_pairs(block: str) -> dict[str, str]:
    meta: dict[str, str] = {}
    for line in block.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            key, sep, value = line.partition(":")
            if not sep:
                raise ValueError(f"front matter line without 'key: value': {line.strip()[:40]}")
            meta[key.strip().lower()] = value.strip().strip("\"'")
    return meta


def parse_article(text: str, file: str, default_id: str | None = None) -> Article:
    """Validate and build an Article; raises ArticleError with the reason."""
    try:
        parsed = split_front_matter(text)
    except ValueError as err:
        raise ArticleError(file, str(err)) from None
    if parsed is None:
        raise ArticleError(file, "no front matter (+++ TOML or --- key: value) with title and published date")
    meta, body = parsed
    missing = [key for key in REQUIRED if not meta.get(key)]
    if missing:
        raise ArticleError(file, f"front matter lacks {', '.join(missing)}")
    published = meta["published"]
    if not _ISO_DATE.match(published) or not _real_date(published):
        raise ArticleError(file, f"published date {published!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    title = meta["title"].strip()
    if strip_control(title) != title:
        raise ArticleError(file, "the title holds control characters")
    if not title or len(title) > MAX_TITLE:
        raise ArticleError(file, f"the title must be 1 to {MAX_TITLE} characters")
    article_id = meta.get("id") or default_id or Path(file).stem
    if not _SAFE_ID.match(article_id):
        raise ArticleError(file, f"id {article_id!r} may only hold letters, digits, '.', '_' and '-'")
    body = strip_control(body).strip()
    if len(body) < 20:
        raise ArticleError(file, "the article has no text")
    script = meta.get("script") or detect_script(body).value
    if script not in (Script.SIMPLIFIED, Script.TRADITIONAL):
        raise ArticleError(file, f"script {script!r} is neither zh-Hans nor zh-Hant")
    return Article(
        id=article_id,
        title=title,
        published=published,
        script=script,
        body=body,
        source=strip_control(meta.get("source", "")).strip()[:MAX_TITLE],
        file=file,
        url=meta.get("url") or None,
    )


def _real_date(iso: str) -> bool:
    """2024-02-31 has the shape of a date and is none."""
    parts = [int(p) for p in iso.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def read_article(path: Path) -> Article:
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as err:
        raise ArticleError(path.name, f"not UTF-8 (byte {err.start})") from None
    except OSError as err:
        raise ArticleError(path.name, f"cannot be read ({err.strerror})") from None
    return parse_article(text, path.name)


def read_corpus(directory: Path) -> CorpusRead:
    """Every article in the directory, sorted by file name; errors are collected, not raised.
    Raises NotADirectoryError/PermissionError only if the directory itself is unusable."""
    if not directory.is_dir():
        raise NotADirectoryError(f"corpus directory {directory} does not exist")
    articles: list[Article] = []
    errors: list[ArticleError] = []
    seen: dict[str, str] = {}
    for path in sorted(directory.iterdir()):
        if path.suffix not in ARTICLE_SUFFIXES or path.name.startswith("."):
            continue
        try:
            article = read_article(path)
        except ArticleError as err:
            errors.append(err)
            continue
        if article.id in seen:
            errors.append(ArticleError(path.name, f"id {article.id!r} already used by {seen[article.id]}"))
            continue
        seen[article.id] = path.name
        articles.append(article)
    return CorpusRead(articles, errors)

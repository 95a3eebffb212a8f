"""A news page read into an article: its main text, title, publication date and outlet, with
trafilatura (which dates pages with htmldate), leaving navigation, ads, related links and
comments behind. Chinese sites serve GBK, Big5 and UTF-8: the declared charset is honoured
(read as its superset, GB18030 or Big5-HKSCS), else the page's own <meta>, else a guess.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date

import charset_normalizer

from hetao_brief.facts import Article
from hetao_brief.fetch.http import Fetched, FetchError
from hetao_brief.text.normalize import Script, detect_script, strip_control

MIN_TEXT = 40
"""Characters: less than this is not an article (a login wall, an index page)."""
_SUPERSETS = {"gbk": "gb18030", "gb2312": "gb18030", "big5": "big5hkscs", "x-gbk": "gb18030"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)
PAGE_TYPES = ("text/html", "application/xhtml+xml")


def decode(body: bytes, declared: str | None) -> str:
    candidates = [declared]
    meta = _META_CHARSET.search(body[:4096])
    candidates.append(meta.group(1).decode("ascii") if meta else None)
    for name in filter(None, candidates):
        encoding = _SUPERSETS.get(name.lower(), name)
        try:
            return body.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        guess = charset_normalizer.from_bytes(body).best()
        if guess is None:
            raise FetchError("the page's text encoding cannot be read") from None
        return str(guess)


def article_id(url: str) -> str:
    return "web-" + hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]


def read_page(fetched: Fetched, today: date, fallback_date: str | None = None) -> tuple[Article, bool]:
    """The page's article, and whether its date had to be assumed (the feed's date, else
    `today`) because the page shows none. Raises FetchError for a page with no article."""
    import trafilatura  # a fifth of a second to import: only when a page is read, not at every start

    html = decode(fetched.body, fetched.charset)
    raw = trafilatura.extract(
        html,
        url=fetched.url,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    meta = json.loads(raw) if raw else {}
    title = strip_control(meta.get("title") or "").strip()
    text = strip_control(meta.get("text") or "").strip()
    if text.startswith(title) and title:
        text = text[len(title) :].strip()
    if len(text) < MIN_TEXT:
        raise FetchError("the page has no article text")
    if not title:
        title = text.splitlines()[0][:80]
    published = meta.get("date") or ""
    assumed = not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published)
    if assumed:
        published = fallback_date or today.isoformat()
    script = detect_script(text)
    if script not in (Script.SIMPLIFIED, Script.TRADITIONAL):
        raise FetchError("the page is not written in Chinese")
    canonical = meta.get("source") or fetched.url
    if not str(canonical).startswith(("http://", "https://")):
        canonical = fetched.url
    outlet = strip_control(meta.get("source-hostname") or meta.get("hostname") or "").strip()
    article = Article(
        id=article_id(canonical),
        title=title[:300],
        published=published,
        script=script.value,
        body=text,
        source=outlet[:300],
        file=canonical[:255],
        url=canonical,
    )
    return article, assumed


__all__ = ["PAGE_TYPES", "article_id", "decode", "read_page"]

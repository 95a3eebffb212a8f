"""RSS 2.0 and Atom feeds read with feedparser: each item's id, link, title, summary and date."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass

from hetao_brief.fetch.http import Fetched, FetchError

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml")


@dataclass(frozen=True)
class FeedItem:
    key: str
    """sha256 of the item's id (its link when it has none): what a later poll recognises."""
    link: str
    title: str
    summary: str
    published: str | None
    """YYYY-MM-DD if the item says."""


def read_feed(fetched: Fetched) -> tuple[str, list[FeedItem]]:
    """The feed's title and items. Raises FetchError for something that is not a feed."""
    import feedparser  # imported when a feed is read, not at every start

    parsed = feedparser.parse(fetched.body)
    if parsed.get("bozo") and not parsed.entries:
        raise FetchError("the link is not an RSS or Atom feed")
    items = []
    for entry in parsed.entries:
        link = entry.get("link") or ""
        if not link:
            continue
        ident = entry.get("id") or link
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = time.strftime("%Y-%m-%d", stamp) if stamp else None
        items.append(
            FeedItem(
                key=hashlib.sha256(ident.encode("utf-8")).hexdigest(),
                link=link,
                title=entry.get("title") or "",
                summary=entry.get("summary") or "",
                published=published,
            )
        )
    return parsed.feed.get("title", ""), items


__all__ = ["FEED_TYPES", "FeedItem", "read_feed"]

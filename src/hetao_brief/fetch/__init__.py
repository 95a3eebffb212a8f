"""Fetching news from the web: pages (one article each) and RSS/Atom feeds.

`http` fetches a URL safely (no private addresses, size and time caps, at most 5 redirects,
conditional GET); `page` reads a news page into an `Article` with trafilatura (main text,
title, date, outlet); `feeds` reads a feed with feedparser. Nothing here stores anything: the
news service (hetao_brief.services.news) decides what goes into the corpus.
"""

from hetao_brief.fetch.feeds import FeedItem, read_feed
from hetao_brief.fetch.http import Fetched, Fetcher, FetchError
from hetao_brief.fetch.page import read_page

__all__ = ["FeedItem", "FetchError", "Fetched", "Fetcher", "read_feed", "read_page"]

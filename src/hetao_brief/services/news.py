"""Fresh news in: articles from links, and feeds polled on a timer.

The service owns its units of work: it fetches (hetao_brief.fetch), then hands the articles
to the briefing, which stores them and their facts in one transaction. A feed that fails
backs off (its wait doubles, up to a day) and shows its error in the list; it never stops the
others. Several workers poll one at a time (a process lock, as digests are sent).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from hetao_brief.facts import Article, Fact, FactKind
from hetao_brief.fetch import FeedItem, Fetcher, FetchError, read_feed, read_page
from hetao_brief.fetch.feeds import FEED_TYPES
from hetao_brief.fetch.page import PAGE_TYPES
from hetao_brief.services.briefing import Briefing, ReloadSummary
from hetao_brief.store.database import Database
from hetao_brief.store.feeds import FeedInfo, FeedRepository
from hetao_brief.text.normalize import fold

log = logging.getLogger(__name__)

DEFAULT_KEYWORDS = ("河套", "港深创新及科技园", "港深创科园", "深港科技创新合作区", "hetao")
"""An item is taken when its title or summary names the zone, unless the feed says otherwise."""
MAX_BACKOFF = timedelta(hours=24)
MAX_ITEMS_PER_POLL = 30
"""New items fetched from one feed in one poll: a feed that floods waits for the next poll."""


@dataclass(frozen=True)
class Added:
    """What adding articles did: for the admin's reply."""

    articles: list[Article]
    summary: ReloadSummary | None
    facts_by_kind: dict[str, int] = field(default_factory=dict)
    first_milestones: list[Fact] = field(default_factory=list)
    assumed_dates: list[str] = field(default_factory=list)
    """Ids of articles whose page showed no date (the feed's date or today was used)."""


@dataclass
class PollReport:
    feeds: int = 0
    unchanged: int = 0
    failed: int = 0
    busy: bool = False
    """Another worker was polling: this one did nothing."""
    items_new: int = 0
    added: Added | None = None
    errors: list[str] = field(default_factory=list)


class NewsService:
    def __init__(
        self,
        database: Database,
        briefing: Briefing,
        fetcher: Fetcher,
        interval: timedelta = timedelta(minutes=30),
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.database = database
        self.briefing = briefing
        self.fetcher = fetcher
        self.interval = interval
        self.clock = clock

    # -- links ---------------------------------------------------------------------------

    def fetch_article(self, url: str, fallback_date: str | None = None) -> Article:
        """The article of a news page. Raises FetchError."""
        article, _ = self._fetch(url, fallback_date)
        return article

    def _fetch(self, url: str, fallback_date: str | None = None) -> tuple[Article, bool]:
        fetched = self.fetcher.get(url, PAGE_TYPES)
        return read_page(fetched, self.clock().date(), fallback_date)

    def add_link(self, url: str) -> Added:
        """Fetch a page and store its article. Raises FetchError, or ArticleExists when the
        same page or text is stored already."""
        article, assumed = self._fetch(url)
        summary = self.briefing.add_article(article, origin="link")
        return self._added([article], summary, [article.id] if assumed else [])

    def _added(self, articles: list[Article], summary: ReloadSummary | None, assumed: list[str]) -> Added:
        ids = {a.id for a in articles}
        facts = [f for f in self.briefing.facts() if any(s.article_id in ids for s in f.sources)]
        by_kind: dict[str, int] = {}
        for fact in facts:
            by_kind[fact.kind.value] = by_kind.get(fact.kind.value, 0) + 1
        milestones = sorted(
            (f for f in facts if f.kind is FactKind.MILESTONE and f.date),
            key=lambda f: f.date or "",
            reverse=True,
        )
        return Added(articles, summary, by_kind, milestones[:3], assumed)

    # -- feeds ---------------------------------------------------------------------------

    def add_feed(self, url: str, keywords: list[str]) -> FeedInfo:
        """Follow a feed (checked to be a public http(s) link; fetched on the next poll).
        Raises FetchError for a bad link, ValueError if it is followed already."""
        self.fetcher.check(url)
        with self.database.unit_of_work() as session:
            added = FeedRepository(session).add(url, keywords, self.clock())
        if added is None:
            raise ValueError(url)
        return added

    def feeds(self) -> list[FeedInfo]:
        with self.database.unit_of_work() as session:
            return FeedRepository(session).all()

    def remove_feed(self, feed_id: int) -> bool:
        with self.database.unit_of_work() as session:
            return FeedRepository(session).remove(feed_id)

    def poll(self, force: bool = False) -> PollReport:
        """Poll every feed that is due (all of them if `force`), fetch the new items that
        match its keywords, and store their articles in one reload."""
        report = PollReport()
        lock = self.database.process_lock("feeds")
        if not lock.try_acquire():
            report.busy = True
            return report
        try:
            articles: list[Article] = []
            assumed: list[str] = []
            now = self.clock()
            with self.database.unit_of_work() as session:
                due = [
                    feed
                    for feed in FeedRepository(session).all()
                    if force or feed.next_fetch_at is None or feed.next_fetch_at <= now
                ]
            for feed in due:
                report.feeds += 1
                self._poll_one(feed, now, report, articles, assumed)
            if articles:
                summary, stored = self.briefing.add_articles(articles, origin="feed")
                report.items_new = len(stored)  # pages already stored (another link, a retelling) are not new
                if stored:
                    report.added = self._added(stored, summary, [i for i in assumed if i in {a.id for a in stored}])
            return report
        finally:
            lock.release()

    def _poll_one(
        self, feed: FeedInfo, now: datetime, report: PollReport, articles: list[Article], assumed: list[str]
    ) -> None:
        etag, modified = feed.etag, feed.modified
        try:
            fetched = self.fetcher.get(feed.url, FEED_TYPES, etag=etag, modified=modified)
            items = [] if fetched.status == 304 else read_feed(fetched)[1]
        except FetchError as error:
            report.failed += 1
            report.errors.append(f"{feed.url}: {error}")
            self._record(feed.id, now, error=str(error))
            log.warning("feed %s failed: %s", feed.id, error)
            return
        if fetched.status == 304:
            report.unchanged += 1
            self._record(feed.id, now, etag=fetched.etag or etag, modified=fetched.modified or modified)
            return
        with self.database.unit_of_work() as session:
            seen = FeedRepository(session).seen_items(feed.id)
        fresh = [item for item in items if item.key not in seen]
        wanted = [item for item in fresh if _wanted(item, feed.keywords or DEFAULT_KEYWORDS)]
        done = {item.key for item in fresh if item not in wanted}  # not about the zone: never fetched
        taken = 0
        for item in wanted[:MAX_ITEMS_PER_POLL]:
            try:
                article, no_date = self._fetch(item.link, item.published)
            except FetchError as error:
                report.errors.append(f"{item.link}: {error}")
                done.add(item.key)  # a page that cannot be read now is not tried at every poll
                continue
            articles.append(article)
            if no_date:
                assumed.append(article.id)
            done.add(item.key)
            taken += 1
        self._record(feed.id, now, etag=fetched.etag, modified=fetched.modified, taken=taken, seen=done, error=None)

    def _record(
        self,
        feed_id: int,
        now: datetime,
        error: str | None = None,
        etag: str | None = None,
        modified: str | None = None,
        taken: int = 0,
        seen: set[str] | None = None,
    ) -> None:
        with self.database.unit_of_work() as session:
            feeds = FeedRepository(session)
            if error is not None:
                failures = feeds.record_failure(feed_id, now, error)
                if failures is not None:
                    feeds.schedule(feed_id, now + min(self.interval * 2**failures, MAX_BACKOFF))
            elif feeds.record_success(feed_id, now, etag, modified, taken, seen or set()):
                feeds.schedule(feed_id, now + self.interval)


def _wanted(item: FeedItem, keywords: tuple[str, ...] | list[str]) -> bool:
    text = fold(f"{item.title} {item.summary}")
    return any(fold(keyword) in text for keyword in keywords)


__all__ = ["DEFAULT_KEYWORDS", "Added", "FeedInfo", "NewsService", "PollReport"]

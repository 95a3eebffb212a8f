"""Fresh news: links and feeds read through a loopback news site (tests/support/newsite.py),
stored in the database with their facts, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from hetao_brief.fetch import Fetcher, FetchError
from hetao_brief.services.briefing import ArticleExists, Briefing
from hetao_brief.services.news import NewsService
from hetao_brief.store.database import Database
from hetao_brief.text.lexicon import Lexicon

from .support.newsite import NewsSite, atom, news_site, rss, standard_site

NOW = datetime(2026, 3, 11, 2, 0, tzinfo=UTC)
BOILERPLATE = ("广告", "网友", "相关阅读", "版权所有", "登录", "首页")


@pytest.fixture
def site() -> Iterator[NewsSite]:
    with news_site() as running:
        standard_site(running)
        yield running


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def news(database: Database, lexicon: Lexicon, tmp_path: Path, clock: Clock) -> Iterator[NewsService]:
    """A store that starts empty: what comes in is only what the tests fetch."""
    (tmp_path / "none").mkdir()
    briefing = Briefing(database, lexicon, tmp_path / "none", clock)
    briefing.reload()
    fetcher = Fetcher(allow_private=True, timeout=httpx.Timeout(1.0))
    yield NewsService(database, briefing, fetcher, timedelta(minutes=30), clock)
    fetcher.close()


def test_a_link_becomes_an_article_whose_facts_answer_questions(news: NewsService, site: NewsSite) -> None:
    added = news.add_link(site.url("/news/opening.html"))
    (article,) = added.articles
    assert (article.title, article.published, article.source, article.script) == (
        "港深创科园首批大楼启用",
        "2025-12-23",
        "湾区科技日报",
        "zh-Hans",
    )
    assert not any(word in article.body for word in BOILERPLATE)
    assert added.facts_by_kind.get("milestone", 0) >= 2 and added.first_milestones
    assert added.first_milestones[0].date is not None
    answer = news.briefing.ask("港深创新及科技园首批大楼启用")
    assert any(s.article_id == article.id for r in answer.results[:3] for s in r.sources)
    opening = [f for f in news.briefing.facts() if f.date == "2025-12-22" and "启用" in f.label]
    assert opening, "昨日 in an article of 2025-12-23 is 2025-12-22"


@pytest.mark.parametrize(
    ("path", "words", "script"),
    [("/news/lab-gbk.html", "量子计算联合实验室", "zh-Hans"), ("/news/youth-big5.html", "港澳青年支援計劃", "zh-Hant")],
)
def test_gbk_and_big5_pages_are_read_in_their_encoding(
    news: NewsService, site: NewsSite, path: str, words: str, script: str
) -> None:
    article = news.fetch_article(site.url(path))
    assert words in article.body and article.script == script


def test_a_page_is_stored_once(news: NewsService, site: NewsSite) -> None:
    news.add_link(site.url("/news/opening.html"))
    with pytest.raises(ArticleExists):
        news.add_link(site.url("/news/opening.html"))
    with pytest.raises(ArticleExists):  # the same page by another way (three redirects)
        news.add_link(site.url("/redirect/3"))


def test_a_page_without_a_date_is_dated_today_and_says_so(news: NewsService, site: NewsSite) -> None:
    added = news.add_link(site.url("/news/no-date.html"))
    assert added.articles[0].published == "2026-03-11" and added.assumed_dates == [added.articles[0].id]


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/status/404", "404"),
        ("/status/500", "500"),
        ("/files/report.pdf", "application/pdf"),
        ("/news/empty.html", "no article text"),
        ("/slow", "in time"),
        ("/redirect/7", "redirects"),
    ],
)
def test_bad_links_are_refused_with_a_reason_and_change_nothing(
    news: NewsService, site: NewsSite, path: str, reason: str
) -> None:
    before = len(news.briefing.facts())
    with pytest.raises(FetchError, match=reason):
        news.add_link(site.url(path))
    assert len(news.briefing.facts()) == before


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/x",
        "http://localhost/x",
        "http://10.1.2.3/x",
        "http://192.168.0.1/x",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/x",
        "http://[::ffff:127.0.0.1]/x",
        "file:///etc/passwd",
        "ftp://example.org/x",
    ],
)
def test_private_addresses_and_other_schemes_are_refused(url: str) -> None:
    fetcher = Fetcher()
    try:
        with pytest.raises(FetchError):
            fetcher.get(url, ("text/html",))
    finally:
        fetcher.close()


class LoopbackOnly(Fetcher):
    """Our loopback site is allowed; every other address is checked as in production."""

    def check(self, url: str) -> None:
        if urlsplit(url).hostname != "127.0.0.1":
            super().check(url)


def test_a_redirect_to_a_private_address_is_refused(site: NewsSite) -> None:
    fetcher = LoopbackOnly()
    try:
        with pytest.raises(FetchError, match="private"):
            fetcher.get(site.url("/to-private"), ("text/html",))
    finally:
        fetcher.close()


def _feed_items(site: NewsSite) -> list[tuple[str, str, str]]:
    return [
        ("港深创科园首批大楼启用", site.url("/news/opening.html"), "Tue, 23 Dec 2025 08:00:00 +0800"),
        ("河套量子实验室动工", site.url("/news/lab-gbk.html"), "Wed, 18 Jun 2025 08:00:00 +0800"),
        ("前海跨境电商大会", site.url("/news/off-topic.html"), "Tue, 10 Mar 2026 08:00:00 +0800"),
    ]


def test_a_feed_brings_its_items_about_the_zone_once(news: NewsService, site: NewsSite) -> None:
    feed_url = site.put("/feeds/rss.xml", rss(_feed_items(site)), "application/rss+xml", etag=True)
    feed = news.add_feed(feed_url, [])
    report = news.poll()
    assert (report.feeds, report.items_new, report.failed) == (1, 2, 0)
    assert report.added is not None and {a.title for a in report.added.articles} == {
        "港深创科园首批大楼启用",
        "河套量子实验室动工",
    }
    assert not site.requests_to("/news/off-topic.html")  # not about the zone: never fetched
    again = news.poll(force=True)
    assert (again.unchanged, again.items_new, again.added) == (1, 0, None)
    assert site.requests_to("/feeds/rss.xml")[-1].get("if-none-match")
    site.put(
        "/feeds/rss.xml",
        rss(
            [
                *_feed_items(site),
                ("河套青年支援计划", site.url("/news/no-date.html"), "Wed, 11 Mar 2026 08:00:00 +0800"),
            ]
        ),
        "application/rss+xml",
        etag=True,
    )
    changed = news.poll(force=True)
    assert changed.items_new == 1 and changed.added is not None
    assert changed.added.articles[0].published == "2026-03-11"  # the page shows none: the item's date
    (listed,) = news.feeds()
    assert (listed.id, listed.items_taken, listed.last_error) == (feed.id, 3, None)


def test_an_atom_feed_with_keywords_and_a_failing_feed_beside_it(
    news: NewsService, site: NewsSite, clock: Clock
) -> None:
    broken = news.add_feed(site.url("/feeds/not-xml"), [])
    atom_url = site.put(
        "/feeds/atom.xml",
        atom([("新一輪青年支援措施", site.url("/news/youth-big5.html"), "2026-03-10T08:00:00Z")]),
        "application/atom+xml",
    )
    news.add_feed(atom_url, ["青年"])
    report = news.poll()
    assert (report.feeds, report.failed, report.items_new) == (2, 1, 1)
    failing = next(f for f in news.feeds() if f.id == broken.id)
    assert failing.failures == 1 and failing.last_error and "not an RSS or Atom feed" in failing.last_error
    assert news.poll().feeds == 0  # neither is due again yet
    clock.now = NOW + timedelta(minutes=31)
    later = news.poll()
    assert (later.feeds, later.failed) == (1, 0)  # the failing one waits twice as long (backoff)
    assert news.remove_feed(broken.id) and not news.remove_feed(broken.id)


def test_a_fetched_article_survives_another_workers_reload(
    news: NewsService, site: NewsSite, database_url: str, lexicon: Lexicon, tmp_path: Path
) -> None:
    """Worker A adds a page; worker B, on the same database with a disk corpus of its own,
    reloads: the page and its facts stay."""
    added = news.add_link(site.url("/news/opening.html"))
    other_disk = tmp_path / "b-corpus"
    other_disk.mkdir()
    worker_b = Briefing(Database(database_url), lexicon, other_disk, lambda: NOW)
    try:
        worker_b.reload()
        assert any(s.article_id == added.articles[0].id for f in worker_b.facts() for s in f.sources)
    finally:
        worker_b.database.dispose()

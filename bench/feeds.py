"""Polling feeds: 100 feeds of 20 items each on a loopback news site, half of them unchanged
since the last poll (answered 304 to a conditional GET), the other half with items of which
some name the zone; those pages are fetched, read and stored with their facts in one reload.

    python -m bench.feeds [--feeds 100] [--items 20] [--about 2]

Reports the poll's median wall time over 3 runs (each on a fresh database) and articles/s;
the target is a poll within 10 s on a 2-core machine.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import timedelta
from pathlib import Path

import httpx
from tests.support.newsite import LAB, NewsSite, news_site, page, rss

from hetao_brief import bundled
from hetao_brief.fetch import Fetcher
from hetao_brief.services.briefing import Briefing
from hetao_brief.services.news import NewsService
from hetao_brief.store.database import Database
from hetao_brief.store.tables import FeedRow
from hetao_brief.text.lexicon import Lexicon


def build_site(site: NewsSite, feeds: int, items: int, about: int) -> None:
    for f in range(feeds):
        entries = []
        for i in range(items):
            zone = i < about
            path = f"/f{f}/i{i}.html"
            title = f"河套合作区第{f}批项目进展{i}" if zone else f"前海第{f}批消息{i}"
            body = (
                tuple(p.replace("量子计算", f"第{f}-{i}号量子计算") for p in LAB)
                if zone
                else ("与合作区无关的消息。" * 10,)
            )
            site.put(path, page(title, body, "2026-03-10"), "text/html; charset=utf-8")
            entries.append((title, site.url(path), "Tue, 10 Mar 2026 08:00:00 +0800"))
        site.put(f"/f{f}/rss.xml", rss(entries), "application/rss+xml", etag=True)


def one_run(site: NewsSite, feeds: int, state: Path) -> tuple[float, int]:
    database = Database(f"sqlite:///{state / 'feeds.sqlite3'}")
    (state / "none").mkdir(exist_ok=True)
    briefing = Briefing(database, Lexicon.load(bundled.lexicon_dir()), state / "none")
    briefing.reload()
    fetcher = Fetcher(allow_private=True, timeout=httpx.Timeout(10.0))
    news = NewsService(database, briefing, fetcher, timedelta(minutes=30))
    for f in range(feeds):
        news.add_feed(site.url(f"/f{f}/rss.xml"), [])
    with database.unit_of_work() as session:  # half the feeds were polled before: their ETag is known
        for row in session.query(FeedRow).all():
            if row.id % 2 == 0:
                resource = site.resources[f"/f{row.id - 1}/rss.xml"]
                row.etag = resource.etag
    started = time.perf_counter()
    report = news.poll(force=True)
    seconds = time.perf_counter() - started
    assert report.unchanged == feeds // 2 and report.failed == 0, report
    fetcher.close()
    database.dispose()
    return seconds, report.items_new


def measure(feeds: int, items: int, about: int, runs: int) -> tuple[float, int]:
    """Median poll seconds and the articles one poll stored."""
    with news_site() as site:
        build_site(site, feeds, items, about)
        results = []
        for _ in range(runs):
            with tempfile.TemporaryDirectory() as state:
                results.append(one_run(site, feeds, Path(state)))
    return statistics.median(s for s, _ in results), results[0][1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--feeds", type=int, default=100)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--about", type=int, default=2, help="items per feed that name the zone")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    seconds, articles = measure(args.feeds, args.items, args.about, args.runs)
    print(
        f"poll of {args.feeds} feeds x {args.items} items ({args.feeds // 2} unchanged, 304): "
        f"median {seconds:.2f} s over {args.runs} runs; {articles} articles fetched, read and stored "
        f"({articles / seconds:.0f} articles/s); target <= 10 s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

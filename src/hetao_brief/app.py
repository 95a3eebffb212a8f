"""The composition root: builds the services from settings, once, for any front end."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial

from hetao_brief import bundled
from hetao_brief.clock import utc_now
from hetao_brief.config import Settings
from hetao_brief.conversation.base import Services
from hetao_brief.conversation.conversation import Conversation
from hetao_brief.fetch import Fetcher
from hetao_brief.rendering.locale import Messages
from hetao_brief.rendering.renderer import Renderer
from hetao_brief.services.briefing import Briefing
from hetao_brief.services.digests import DigestService
from hetao_brief.services.news import NewsService
from hetao_brief.services.readers import Readers
from hetao_brief.services.stats import read_stats
from hetao_brief.services.unit_of_work import sql_units_of_work
from hetao_brief.store.database import Database
from hetao_brief.text.lexicon import Lexicon


@dataclass(frozen=True)
class App:
    settings: Settings
    database: Database
    briefing: Briefing
    renderer: Renderer
    digests: DigestService
    conversation: Conversation
    news: NewsService


def build_app(settings: Settings, clock: Callable[[], datetime] = utc_now) -> App:
    """`clock` is injectable so that tests can move time to a digest's slot."""
    database = Database(settings.db_url, pool_size=settings.db_pool_size)
    briefing = Briefing(
        database,
        Lexicon.load(settings.lexicon_dir),
        settings.corpus_dir,
        clock,
        cache_dir=settings.cache_dir,
        bundled_dir=bundled.corpus_dir(),
    )
    renderer = Renderer(Messages.load(settings.locale_dir))
    digests = DigestService(
        database,
        briefing,
        renderer,
        settings.timezone,
        clock,
        stale_claim=timedelta(seconds=settings.stale_claim_seconds),
    )
    fetcher = Fetcher(allow_private=settings.fetch_allow_private, proxy=settings.proxy)
    news = NewsService(database, briefing, fetcher, timedelta(seconds=settings.feed_interval), clock)
    readers = Readers(sql_units_of_work(database), settings.timezone, database.problem)
    services = Services(
        briefing, digests, readers, partial(read_stats, database), renderer, settings.admin_ids, clock, news
    )
    return App(settings, database, briefing, renderer, digests, Conversation(services), news)

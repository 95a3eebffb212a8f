"""The composition root: builds the services from settings, once, for any front end."""

from __future__ import annotations

from dataclasses import dataclass

from hetao_brief.config import Settings
from hetao_brief.lexicon import Lexicon
from hetao_brief.locale import Messages
from hetao_brief.render import Renderer
from hetao_brief.service import Briefing
from hetao_brief.store.database import Database


@dataclass(frozen=True)
class App:
    settings: Settings
    database: Database
    briefing: Briefing
    renderer: Renderer


def build_app(settings: Settings) -> App:
    database = Database(settings.db_url)
    briefing = Briefing(database, Lexicon.load(settings.lexicon_dir), settings.corpus_dir)
    return App(settings, database, briefing, Renderer(Messages.load(settings.locale_dir)))

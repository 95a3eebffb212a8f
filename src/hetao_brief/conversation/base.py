"""What every group of handlers shares: the services, the turn being answered, and helpers
that turn locale messages into replies."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property

from hetao_brief.conversation.events import Button, Reply, Sender, TextOut
from hetao_brief.rendering.renderer import Renderer
from hetao_brief.rendering.split import split_html
from hetao_brief.services.briefing import Briefing
from hetao_brief.services.digests import DigestService
from hetao_brief.services.news import NewsService
from hetao_brief.services.readers import Readers
from hetao_brief.services.stats import Stats


@dataclass(frozen=True)
class Services:
    """What the conversation may call: use cases that take and return plain values. No
    database session ever reaches the conversation."""

    briefing: Briefing
    digests: DigestService
    readers: Readers
    stats: Callable[[], Stats]
    renderer: Renderer
    admin_ids: frozenset[int]
    clock: Callable[[], datetime]
    news: NewsService | None = None


@dataclass(frozen=True)
class Turn:
    """One incoming event being answered: who asked, when, and in which locale.

    The locale is looked up the first time a reply needs it. A keyword answer speaks the
    script of its question, so most turns never read the chat's settings from the database:
    under load that read was a tenth of the bot's CPU per update."""

    sender: Sender
    now: datetime
    look_up_locale: Callable[[], str] = field(repr=False, compare=False)

    @cached_property
    def locale(self) -> str:
        return self.look_up_locale()


class Handlers:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.renderer = services.renderer

    def say(self, turn: Turn, key: str, **values: object) -> str:
        return self.renderer.say(turn.locale, key, **values)

    def reply(self, html: str, buttons: tuple[tuple[Button, ...], ...] = (), edit: bool = False) -> list[Reply]:
        """One reply per Telegram-sized part; buttons go under the last part. An edit can only
        replace one message, so a text that needs several is sent as new messages."""
        parts = split_html(html)
        if len(parts) == 1:
            return [TextOut(parts[0], buttons, edit)]
        return [TextOut(p, buttons if i == len(parts) - 1 else ()) for i, p in enumerate(parts)]

    def reply_key(self, turn: Turn, key: str, **values: object) -> list[Reply]:
        return self.reply(self.say(turn, key, **values))


_NUMBER = re.compile(r"[0-9]{1,10}")
MAX_ID = 2**31 - 1


def parse_number(text: str, maximum: int = MAX_ID) -> int | None:
    """A number from button data or a command argument, or None. ASCII digits only:
    str.isdigit() also accepts '¹' and '٣', which int() then refuses; and never beyond what
    the database's integer columns hold."""
    if not _NUMBER.fullmatch(text):
        return None
    value = int(text)
    return value if value <= maximum else None

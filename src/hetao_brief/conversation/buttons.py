"""The data behind inline buttons: written and read here only.

Telegram gives a button at most 64 bytes of callback data and hands it back verbatim when it
is pressed, so the data is a short command, ``<kind>:<fields>``, which a forged or stale
press can fill with anything: `parse` never raises, and an unknown press is `Stale`.

    q:<offset>:<query | #key>    the next or previous page of a search's results
    d:<text>                     ask this (a related name, a suggestion, an example)
    l:<list>:<offset>[:<topic>]  a page of /latest, /policies or /figures
    s:<p|r|x>:<id>               pause, resume or remove one subscription
    s:X:all / s:k:0              /unsubscribe all confirmed / declined
    g:<locale>                   the chat's language
    a:n:<reload id>              an admin tells subscribers what a reload added
    c:<command>[:<arguments>]    run a command as if typed (quick-start and settings menus)
    z:<zone>                     the chat's time zone
"""

from __future__ import annotations

from dataclasses import dataclass

CALLBACK_LIMIT = 64
"""Telegram's limit on a button's callback data, in bytes."""


def fits(data: str) -> bool:
    return len(data.encode("utf-8")) <= CALLBACK_LIMIT


# -- writing ------------------------------------------------------------------------------


def results_page(offset: int, query_or_key: str) -> str:
    return f"q:{offset}:{query_or_key}"


def ask(text: str) -> str:
    return f"d:{text}"


def list_page(name: str, offset: int, topic: str = "") -> str:
    return f"l:{name}:{offset}:{topic}" if topic else f"l:{name}:{offset}"


def pause(subscription_id: int) -> str:
    return f"s:p:{subscription_id}"


def resume(subscription_id: int) -> str:
    return f"s:r:{subscription_id}"


def remove(subscription_id: int) -> str:
    return f"s:x:{subscription_id}"


REMOVE_ALL = "s:X:all"
KEEP_ALL = "s:k:0"


def language(locale: str) -> str:
    return f"g:{locale}"


def notify(reload_id: int) -> str:
    return f"a:n:{reload_id}"


def command(name: str, arguments: str = "") -> str:
    return f"c:{name}:{arguments}" if arguments else f"c:{name}"


def timezone(zone: str) -> str:
    return f"z:{zone}"


# -- reading ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ResultsPage:
    offset: str
    query: str
    """The query itself, or ``#`` and the key it was saved under."""


@dataclass(frozen=True)
class Ask:
    text: str


@dataclass(frozen=True)
class ListPage:
    name: str
    offset: str
    topic: str


@dataclass(frozen=True)
class SubscriptionAction:
    action: str
    """p (pause), r (resume), x (remove), X (remove all, confirmed), k (keep all)."""
    ident: str


@dataclass(frozen=True)
class Language:
    locale: str


@dataclass(frozen=True)
class Notify:
    reload_id: str


@dataclass(frozen=True)
class Command:
    """A command pressed rather than typed; it goes through the same checks as typed text."""

    name: str
    arguments: str


@dataclass(frozen=True)
class TimeZone:
    zone: str


@dataclass(frozen=True)
class Stale:
    """Data this version does not write: an old message's button, or a forged one."""


Pressed = ResultsPage | Ask | ListPage | SubscriptionAction | Language | Notify | Command | TimeZone | Stale


def parse(data: str) -> Pressed:
    kind, _, rest = data.partition(":")
    first, _, second = rest.partition(":")
    match kind:
        case "q":
            return ResultsPage(first, second)
        case "d" if rest:
            return Ask(rest)
        case "l":
            offset, _, topic = second.partition(":")
            return ListPage(first, offset, topic)
        case "s":
            return SubscriptionAction(first, second)
        case "g":
            return Language(rest)
        case "a" if first == "n":
            return Notify(second)
        case "c" if first:
            return Command(first, second)
        case "z" if rest:
            return TimeZone(rest)
    return Stale()


SETTINGS_COMMANDS = ("subscribe", "unsubscribe", "lang", "tz")
"""Commands that change a chat's settings: in a group, for its administrators only."""


def changes_settings(pressed: Pressed) -> bool:
    """In a group, a press that only the group's administrators may make."""
    if isinstance(pressed, Command):
        return pressed.name in SETTINGS_COMMANDS
    return isinstance(pressed, SubscriptionAction | Language | TimeZone)


def is_admin_only(pressed: Pressed) -> bool:
    return isinstance(pressed, Notify)

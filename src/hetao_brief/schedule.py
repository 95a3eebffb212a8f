"""When digests are due: subscription syntax and the time slots of a cadence.

Schedules are not kept in a scheduler's memory but computed from the subscriptions stored in
the database: a slot is identified by its period key (``2026-11-24`` for a daily digest,
``2026-W48`` for a weekly one), and the delivery table records which periods went out. So a
restart loses nothing, a digest missed while the bot was down is still due for a day, and
several bot instances agree on what is due.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

CADENCES = {"daily": "daily", "weekly": "weekly", "每日": "daily", "每天": "daily", "每周": "weekly", "每週": "weekly"}
DEFAULT_TIME = "09:00"
CATCH_UP = timedelta(days=1)
"""A digest missed by less than this (bot down, say) is still sent; older ones are dropped."""
MAX_TOPIC_CHARS = 50
_TIME = re.compile(r"^([01]?\d|2[0-3])[:：]([0-5]\d)$")


class ScheduleError(ValueError):
    """Bad subscription arguments; `reason` is a key for the wording."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class SubscribeRequest:
    cadence: str
    at_time: str
    topic: str | None


def parse_subscribe(args: list[str]) -> SubscribeRequest:
    """``[daily|weekly] [HH:MM] [topic words...]`` in any order of the first two."""
    cadence, at_time, rest = "daily", DEFAULT_TIME, list(args)
    for _ in range(2):
        if rest and rest[0].lower() in CADENCES:
            cadence = CADENCES[rest.pop(0).lower()]
        elif rest and (match := _TIME.match(rest[0])):
            at_time = f"{int(match.group(1)):02d}:{match.group(2)}"
            rest.pop(0)
        elif rest and re.fullmatch(r"\d{1,2}[:：]\d{1,2}", rest[0]):
            raise ScheduleError("bad_time", rest[0])
    topic = " ".join(rest).strip() or None
    if topic and len(topic) > MAX_TOPIC_CHARS:
        raise ScheduleError("topic_too_long", str(MAX_TOPIC_CHARS))
    return SubscribeRequest(cadence, at_time, topic)


def parse_timezone(name: str) -> ZoneInfo:
    try:
        if not re.fullmatch(r"[A-Za-z0-9_+\-]+(/[A-Za-z0-9_+\-]+)*", name):
            raise ValueError(name)
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ScheduleError("bad_timezone", name) from None


@dataclass(frozen=True)
class Slot:
    period: str
    at: datetime
    """The moment the slot falls due, time-zone aware."""


def latest_slot(cadence: str, at_time: str, zone: ZoneInfo, now: datetime) -> Slot:
    """The most recent slot at or before `now` (weekly digests go out on Mondays)."""
    local = now.astimezone(zone)
    hour, minute = (int(p) for p in at_time.split(":"))
    day = local.date()
    if cadence == "weekly":
        day -= timedelta(days=day.weekday())
    at = datetime.combine(day, time(hour, minute), tzinfo=zone)
    if at > local:
        at = datetime.combine(day - timedelta(days=7 if cadence == "weekly" else 1), time(hour, minute), tzinfo=zone)
    return Slot(_period(cadence, at), at)


def next_slot(cadence: str, at_time: str, zone: ZoneInfo, now: datetime) -> Slot:
    hour, minute = (int(p) for p in at_time.split(":"))
    latest = latest_slot(cadence, at_time, zone, now)
    day = latest.at.date() + timedelta(days=7 if cadence == "weekly" else 1)
    at = datetime.combine(day, time(hour, minute), tzinfo=zone)
    return Slot(_period(cadence, at), at)


def due_slot(cadence: str, at_time: str, zone: ZoneInfo, now: datetime, created_at: datetime) -> Slot | None:
    """The slot to deliver now, if any: fallen due, less than CATCH_UP ago, and not before
    the subscription existed."""
    slot = latest_slot(cadence, at_time, zone, now)
    if slot.at < created_at or now - slot.at >= CATCH_UP:
        return None
    return slot


def _period(cadence: str, at: datetime) -> str:
    if cadence == "weekly":
        year, week, _ = at.isocalendar()
        return f"{year}-W{week:02d}"
    return at.date().isoformat()

"""When digests are due: subscription syntax and the time slots of a cadence.

Schedules are not kept in a scheduler's memory but computed from the subscriptions stored in
the database: a slot is identified by its period key (``2026-11-24`` for a daily digest,
``2026-W48`` for a weekly one), and the delivery table records which periods went out. So a
restart loses nothing, a digest missed while the bot was down is still due for a day, and
several bot instances agree on what is due.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

CADENCES = {"daily": "daily", "weekly": "weekly", "每日": "daily", "每天": "daily", "每周": "weekly", "每週": "weekly"}
_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAYS = {
    **{name[:3]: i for i, name in enumerate(_DAY_NAMES)},
    **{name: i for i, name in enumerate(_DAY_NAMES)},
    **{f"{p}{day}": i for p in ("周", "週", "星期", "礼拜", "禮拜") for i, day in enumerate("一二三四五六日")},
    "周天": 6, "週天": 6, "星期天": 6,
}  # fmt: skip
"""What people type for the day of a weekly digest: mon, Monday, 周一, 星期五…"""
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


def cadence_kind(cadence: str) -> str:
    """ "daily" or "weekly": a weekly cadence names its day as weekly-N (N = 1 Tuesday … 6
    Sunday; plain "weekly" is Monday)."""
    return "weekly" if cadence.startswith("weekly") else "daily"


def weekday_of(cadence: str) -> int:
    return int(cadence.partition("-")[2] or 0)


def parse_subscribe(args: list[str]) -> SubscribeRequest:
    """``[daily|weekly] [day] [HH:MM] [topic words...]`` in any order of the first three; a day
    (mon, 周五) alone means weekly on that day."""
    cadence, at_time, rest = "daily", DEFAULT_TIME, list(args)
    weekday: int | None = None
    for _ in range(3):
        if rest and rest[0].lower() in WEEKDAYS:
            weekday = WEEKDAYS[rest.pop(0).lower()]
        elif rest and rest[0].lower() in CADENCES:
            cadence = CADENCES[rest.pop(0).lower()]
        elif rest and (match := _TIME.match(rest[0])):
            at_time = f"{int(match.group(1)):02d}:{match.group(2)}"
            rest.pop(0)
        elif rest and re.fullmatch(r"\d{1,2}[:：]\d{1,2}", rest[0]):
            raise ScheduleError("bad_time", rest[0])
    topic = " ".join(rest).strip() or None
    if topic and len(topic) > MAX_TOPIC_CHARS:
        raise ScheduleError("topic_too_long", str(MAX_TOPIC_CHARS))
    if weekday is not None:
        cadence = f"weekly-{weekday}" if weekday else "weekly"
    return SubscribeRequest(cadence, at_time, topic)


_NOT_CANONICAL = ("posix/", "right/", "Etc/", "SystemV/", "US/", "Canada/", "Mexico/", "Brazil/", "Chile/")
_NOT_ZONES = {"localtime", "Factory", "posixrules", "leapseconds", "tzdata.zi", "zone.tab", "zone1970.tab"}
CITY_ZONES = {
    "香港": "Asia/Hong_Kong", "深圳": "Asia/Shanghai", "广州": "Asia/Shanghai", "廣州": "Asia/Shanghai",
    "北京": "Asia/Shanghai", "上海": "Asia/Shanghai", "中国": "Asia/Shanghai", "中國": "Asia/Shanghai",
    "澳门": "Asia/Macau", "澳門": "Asia/Macau", "台北": "Asia/Taipei", "新加坡": "Asia/Singapore",
    "东京": "Asia/Tokyo", "東京": "Asia/Tokyo", "首尔": "Asia/Seoul", "首爾": "Asia/Seoul",
    "伦敦": "Europe/London", "倫敦": "Europe/London", "巴黎": "Europe/Paris", "柏林": "Europe/Berlin",
    "纽约": "America/New_York", "紐約": "America/New_York", "洛杉矶": "America/Los_Angeles",
    "洛杉磯": "America/Los_Angeles", "旧金山": "America/Los_Angeles", "舊金山": "America/Los_Angeles",
    "温哥华": "America/Vancouver", "溫哥華": "America/Vancouver", "多伦多": "America/Toronto",
    "多倫多": "America/Toronto", "悉尼": "Australia/Sydney", "墨尔本": "Australia/Melbourne",
    "墨爾本": "Australia/Melbourne", "shenzhen": "Asia/Shanghai", "guangzhou": "Asia/Shanghai",
    "beijing": "Asia/Shanghai", "china": "Asia/Shanghai", "hongkong": "Asia/Hong_Kong", "macao": "Asia/Macau",
    "san francisco": "America/Los_Angeles", "utc": "UTC", "gmt": "UTC",
}  # fmt: skip
"""Names people type for a zone, Chinese and English, beyond the IANA cities' own names."""
_OFFSET = re.compile(r"^(?:utc|gmt)\s*([+-])\s*(\d{1,2})(?::?00)?$", re.IGNORECASE)
MAX_ZONE_INPUT = 64


@functools.cache
def _canonical_zones() -> dict[str, str]:
    """Canonical IANA zones by their lower-cased key and by their city's name (hong kong →
    Asia/Hong_Kong); links and machine-specific entries (localtime, posix/…) left out."""
    zones: dict[str, str] = {}
    for key in sorted(available_timezones()):
        if key in _NOT_ZONES or key.startswith(_NOT_CANONICAL) or "/" not in key:
            continue
        zones[key.lower()] = key
        zones.setdefault(key.rsplit("/", 1)[1].replace("_", " ").lower(), key)
    zones["utc"] = "UTC"
    return zones


def resolve_timezone(text: str) -> str | None:
    """The canonical zone a user means by `text` (Asia/Hong_Kong, asia/hong_kong, 香港, Hong
    Kong, UTC+8), or None. Only canonical names: what is accepted does not depend on the
    machine's zone files."""
    text = " ".join(text.split())
    if not text or len(text) > MAX_ZONE_INPUT:
        return None
    if text in CITY_ZONES or text.lower() in CITY_ZONES:
        return CITY_ZONES.get(text) or CITY_ZONES[text.lower()]
    offset = _OFFSET.match(text)
    if offset:
        sign, hours = offset.group(1), int(offset.group(2))
        if hours == 0:
            return "UTC"
        if hours > 14:
            return None
        return f"Etc/GMT{'-' if sign == '+' else '+'}{hours}"  # POSIX signs: Etc/GMT-8 is UTC+8
    return _canonical_zones().get(text.lower())


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
    """The most recent slot at or before `now` (weekly digests go out on their day, Monday
    unless the subscriber chose another)."""
    local = now.astimezone(zone)
    hour, minute = (int(p) for p in at_time.split(":"))
    day = local.date()
    weekly = cadence_kind(cadence) == "weekly"
    if weekly:
        day -= timedelta(days=(day.weekday() - weekday_of(cadence)) % 7)
    at = datetime.combine(day, time(hour, minute), tzinfo=zone)
    if at > local:
        at = datetime.combine(day - timedelta(days=7 if weekly else 1), time(hour, minute), tzinfo=zone)
    return Slot(_period(cadence, at), at)


def next_slot(cadence: str, at_time: str, zone: ZoneInfo, now: datetime) -> Slot:
    hour, minute = (int(p) for p in at_time.split(":"))
    latest = latest_slot(cadence, at_time, zone, now)
    day = latest.at.date() + timedelta(days=7 if cadence_kind(cadence) == "weekly" else 1)
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
    """A slot's key, unique per subscription and slot. A weekly slot is its ISO week; a daily
    one is the UTC instant it falls due, not a local date: after /tz moves a chat from Shanghai
    to Los Angeles, Los Angeles' next 09:00 is a new slot, though it is still the same local
    date there (keyed by date it was taken as sent, and that chat waited 39 hours)."""
    if cadence_kind(cadence) == "weekly":
        year, week, _ = at.isocalendar()
        return f"{year}-W{week:02d}"
    return at.astimezone(UTC).strftime("%Y%m%dT%H%MZ")  # 14 characters: the column holds 16


SAME_SLOT = {"daily": timedelta(hours=12), "weekly": timedelta(days=3)}
"""A digest sent this long before a slot already served it: after /tz moves a chat east, its
new slot can fall a few hours after the last digest, which must not come twice."""

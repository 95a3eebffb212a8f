"""Subscription syntax and digest slots, across time zones and catch-up windows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from hetao_brief.schedule import (
    ScheduleError,
    SubscribeRequest,
    due_slot,
    latest_slot,
    next_slot,
    parse_subscribe,
    parse_timezone,
    resolve_timezone,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], SubscribeRequest("daily", "09:00", None)),
        (["weekly"], SubscribeRequest("weekly", "09:00", None)),
        (["8:30", "daily"], SubscribeRequest("daily", "08:30", None)),
        (["每週", "21:05", "中試", "平台"], SubscribeRequest("weekly", "21:05", "中試 平台")),
        (["科汇通"], SubscribeRequest("daily", "09:00", "科汇通")),
    ],
)
def test_parse_subscribe(args: list[str], expected: SubscribeRequest) -> None:
    assert parse_subscribe(args) == expected


@pytest.mark.parametrize("args", [["25:00"], ["daily", "9:75"], ["x" * 51]])
def test_parse_subscribe_rejects(args: list[str]) -> None:
    with pytest.raises(ScheduleError):
        parse_subscribe(args)


@pytest.mark.parametrize("name", ["Mars/Olympus", "../../etc/passwd", "", "Asia/Shanghai\x00"])
def test_bad_time_zones(name: str) -> None:
    with pytest.raises(ScheduleError):
        parse_timezone(name)


def test_daily_slot_is_in_the_subscribers_zone() -> None:
    now = datetime(2026, 11, 24, 1, 30, tzinfo=UTC)  # 09:30 in Shanghai
    slot = latest_slot("daily", "09:00", SHANGHAI, now)
    assert slot.period == "20261124T0100Z" and slot.at == datetime(2026, 11, 24, 9, 0, tzinfo=SHANGHAI)
    assert latest_slot("daily", "10:00", SHANGHAI, now).period == "20261123T0200Z"
    assert next_slot("daily", "09:00", SHANGHAI, now).period == "20261125T0100Z"


def test_weekly_slots_fall_on_mondays() -> None:
    tuesday = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
    slot = latest_slot("weekly", "09:00", SHANGHAI, tuesday)
    assert slot.at.weekday() == 0 and slot.period == "2026-W49"
    assert next_slot("weekly", "09:00", SHANGHAI, tuesday).at.date().isoformat() == "2026-12-07"


def test_due_only_within_a_day_and_not_before_the_subscription() -> None:
    created = datetime(2026, 11, 20, tzinfo=UTC)
    slot_at = datetime(2026, 11, 24, 9, 0, tzinfo=SHANGHAI)
    assert due_slot("daily", "09:00", SHANGHAI, slot_at - timedelta(seconds=1), created).period == "20261123T0100Z"  # type: ignore[union-attr]
    assert due_slot("daily", "09:00", SHANGHAI, slot_at + timedelta(hours=23), created) is not None
    weekly_late = datetime(2026, 11, 25, 9, 0, 1, tzinfo=SHANGHAI)
    assert due_slot("weekly", "09:00", SHANGHAI, weekly_late, created) is None  # missed by over a day
    assert due_slot("daily", "09:00", SHANGHAI, slot_at + timedelta(hours=1), slot_at + timedelta(minutes=30)) is None


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("Asia/Hong_Kong", "Asia/Hong_Kong"),
        ("asia/hong_kong", "Asia/Hong_Kong"),
        ("香港", "Asia/Hong_Kong"),
        ("深圳", "Asia/Shanghai"),
        ("Hong Kong", "Asia/Hong_Kong"),
        ("Shanghai", "Asia/Shanghai"),
        ("Los Angeles", "America/Los_Angeles"),
        ("UTC+8", "Etc/GMT-8"),
        ("GMT-05:00", "Etc/GMT+5"),
        ("UTC", "UTC"),
    ],
)
def test_zones_are_read_from_what_people_type(typed: str, zone: str) -> None:
    assert resolve_timezone(typed) == zone


@pytest.mark.parametrize(
    "typed", ["localtime", "Factory", "right/UTC", "posix/Asia/Tokyo", "Mars/Base", "UTC+15", "x" * 300, "香港" * 40]
)
def test_machine_specific_odd_and_long_zones_are_refused(typed: str) -> None:
    assert resolve_timezone(typed) is None


@pytest.mark.parametrize(
    ("args", "cadence"),
    [
        (["weekly", "fri", "18:00"], "weekly-4"),
        (["周五", "18:00"], "weekly-4"),
        (["weekly", "Monday"], "weekly"),
        (["星期日"], "weekly-6"),
        (["daily"], "daily"),
    ],
)
def test_a_weekly_digest_comes_on_the_day_chosen(args: list[str], cadence: str) -> None:
    request = parse_subscribe(args)
    assert request.cadence == cadence
    now = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)  # a Thursday
    upcoming = next_slot(request.cadence, request.at_time, SHANGHAI, now)
    wanted = {"weekly-4": 4, "weekly": 0, "weekly-6": 6}.get(cadence)
    if wanted is not None:
        assert upcoming.at.weekday() == wanted and upcoming.at - now <= timedelta(days=7)
        assert upcoming.period.startswith("2026-W") or upcoming.period.startswith("2027-W")

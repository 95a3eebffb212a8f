from datetime import UTC, date, datetime, timedelta

from hetao_brief.digest import changed_series, compose_digest
from hetao_brief.facts import FactKind
from hetao_brief.services.briefing import Briefing


def test_digest_summarises_policies_milestones_series_targets(loaded: Briefing) -> None:
    snap = loaded.snapshot
    digest = compose_digest(snap.facts, snap.first_seen, today=date(2026, 11, 24))
    assert digest.policies and digest.milestones and digest.series
    dates = [f.date or "" for f in digest.milestones]
    assert dates == sorted(dates, reverse=True) and not any(f.is_target for f in digest.milestones)
    ahead = [t for t in digest.targets if t.years_away >= 0]
    passed = [t for t in digest.targets if t.years_away < 0]
    assert ahead and all(t.fact.date and t.fact.date[:4] == "2035" and t.years_away == 9 for t in ahead)
    # Targets whose year has passed are kept, marked as passed, after those ahead.
    assert passed and all(t.fact.date and int(t.fact.date[:4]) < 2026 for t in passed)
    assert digest.targets == (*ahead, *passed)
    assert not digest.has_news


def test_new_means_first_seen_after_since(loaded: Briefing) -> None:
    snap = loaded.snapshot
    before = min(snap.first_seen.values()) - timedelta(seconds=1)
    fresh = compose_digest(snap.facts, snap.first_seen, today=date(2024, 9, 1), since=before)
    stale = compose_digest(snap.facts, snap.first_seen, today=date(2024, 9, 1), since=datetime.now(UTC))
    assert fresh.has_news and not stale.has_news


def test_topic_keeps_only_matching_facts(loaded: Briefing) -> None:
    snap = loaded.snapshot
    digest = compose_digest(
        snap.facts, snap.first_seen, date(2024, 9, 1), topic="中试平台", index=snap.index, analyzer=loaded.analyzer
    )
    shown = [*digest.policies, *digest.milestones]
    assert shown and all("中试" in f.text for f in shown)


def test_series_show_change_over_time(loaded: Briefing) -> None:
    series = {s.measure: s for s in changed_series(loaded.facts(FactKind.FIGURE))}
    projects = series["高端科研项目"]
    assert projects.points[0].value == 140
    assert len(projects.points) >= 3


def test_every_locale_has_the_same_command_menu() -> None:
    from hetao_brief.rendering.locale import LOCALES, Messages

    from .conftest import LOCALES as LOCALE_DIR

    messages = Messages.load(LOCALE_DIR)
    menus = [list(messages.catalogs[locale]["commands"]) for locale in LOCALES]  # type: ignore[call-overload]
    assert menus[0] and all(menu == menus[0] for menu in menus)

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from hetao_brief.digest import Series, changed_series, compose_digest, headline_figures
from hetao_brief.facts import Fact, FactKind, Source
from hetao_brief.rendering.locale import Messages
from hetao_brief.rendering.renderer import Renderer
from hetao_brief.services.briefing import Briefing
from hetao_brief.text.normalize import Script

from .conftest import LOCALES


def test_digest_summarises_policies_milestones_series_targets(loaded: Briefing) -> None:
    snap = loaded.snapshot
    digest = compose_digest(snap.facts, snap.first_seen, today=date(2026, 11, 24))
    assert digest.policies and digest.milestones and digest.series
    dates = [f.date or "" for f in digest.milestones]
    assert dates == sorted(dates, reverse=True) and not any(f.is_target for f in digest.milestones)
    ahead = [t for t in digest.targets if not t.passed]
    passed = [t for t in digest.targets if t.passed]
    assert ahead and all(t.fact.date and t.fact.date[:4] == "2035" and t.years_away == 9 for t in ahead)
    # Targets whose year has passed are kept, marked as passed, after those ahead.
    assert passed and all(t.fact.date and int(t.fact.date[:4]) < 2026 for t in passed)
    assert digest.targets == (*ahead, *passed)
    assert not digest.has_news


def test_the_main_policies_are_the_ones_a_reader_asks_for(loaded: Briefing) -> None:
    snap = loaded.snapshot
    policies = [f.label for f in compose_digest(snap.facts, snap.first_seen, today=date(2026, 11, 24)).policies]
    wanted = [
        "《河套深港科技创新合作区深圳园区发展规划》",
        "联合政策包",
        "科研政策包",
        "港澳青年支持计划",
        "「科汇通」试点",
    ]
    assert set(wanted) <= set(policies) and len(policies) == len(set(policies))


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


def _figure(measure: str, date: str, value: float) -> Fact:
    source = (Source("a", 0, f"{measure}{value}"),)
    return Fact(
        FactKind.FIGURE,
        f"{measure} {value}",
        f"{measure}{value}",
        source,
        date,
        measure=measure,
        value=value,
        unit="家",
    )


def test_a_series_tells_one_value_told_at_two_precisions_once_and_no_flow() -> None:
    firms = [_figure("香港企业", "2024", 40), _figure("香港企业", "2024-07", 40), _figure("香港企业", "2025", 51)]
    unchanged = [_figure("院士专家", "2022", 11), _figure("院士专家", "2023", 11), _figure("院士专家", "2024", 16)]
    added = [_figure("新增科研项目", "2025", 30), _figure("新增科研项目", "2026", 42)]
    series = {s.measure: [(p.date, p.value) for p in s.points] for s in changed_series(firms + unchanged + added)}
    assert series == {
        "香港企业": [("2024-07", 40), ("2025", 51)],
        "院士专家": [("2022", 11), ("2023", 11), ("2024", 16)],  # the same value a year apart is a point
    }


def test_a_projects_figure_that_names_the_park_is_no_key_figure_of_the_park() -> None:
    """河套深圳园区人才公寓三期物业管理服务项目预算 names the park but is one project's budget: the
    park's own counts come first, as do those of one organisation told without the park."""
    told = _figure("河套深圳园区人才公寓三期物业管理服务项目预算", "2032-06", 1280)
    budget = replace(told, sources=(*told.sources, Source("b", 0, told.text)))  # told twice, yet not the park's
    firms = _figure("河套深圳园区科技企业", "2024-08", 440)
    lab = _figure("河套深港联合实验室研究人员", "2031-01", 40)
    assert headline_figures([budget, lab, firms])[0].measure == "河套深圳园区科技企业"
    assert [f.measure for f in headline_figures([budget, firms])] == ["河套深圳园区科技企业", budget.measure]
    campus = _figure("河套院区总投资", "2029-03-18", 3.2e9)  # a hospital campus's, though it says 河套
    campus = replace(campus, sources=(*campus.sources, Source("c", 0, campus.text)))
    assert headline_figures([campus, firms])[0].measure == "河套深圳园区科技企业"


def test_schemes_rates_and_unowned_counts_make_no_series() -> None:
    """补贴比例 of three schemes, 进驻机构 of no park named: each point is of another thing."""
    rates = [_figure("补贴比例", "2026-04", 30), _figure("补贴比例", "2026-11", 50), _figure("资助比例", "2026-12", 20)]
    settled = [_figure("进驻机构", "2026-09", 92), _figure("进驻机构", "2026-10", 50)]
    owned = [_figure("港深创科园的进驻机构", "2026-09", 92), _figure("港深创科园的进驻机构", "2026-11", 110)]
    assert [s.measure for s in changed_series(rates + settled + owned)] == ["港深创科园的进驻机构"]


def test_what_one_occasion_route_or_project_had_makes_no_series() -> None:
    """参会嘉宾 of two summits, 单程票价 of two routes, 项目总建筑面积 of two projects, 总金额 of two
    signings: each article's own thing, no change of one."""
    told = [
        _figure("参会嘉宾", "2044-06", 1800),
        _figure("参会嘉宾", "2047-09", 1200),
        _figure("单程票价", "2034-07", 2800),
        _figure("单程票价", "2036-12", 28),
        _figure("项目总建筑面积", "2026-11", 82000),
        _figure("项目总建筑面积", "2032-09", 45000),
        _figure("总金额", "2029-05", 1.18e10),
        _figure("总金额", "2032-10", 1e10),
        _figure("科技型企业", "2026-11", 1318),
        _figure("科技型企业", "2030-09", 4120),
    ]
    assert [s.measure for s in changed_series(told)] == ["科技型企业"]


def test_what_one_contract_prize_or_building_had_is_no_series_unless_named() -> None:
    """合约金额 of two contracts, 一等奖奖金 of two contests, 楼面面积 and 出租率 of two buildings, told
    bare: two things; 香港园区楼面面积, named, is one park's."""
    told = [
        _figure("合约金额", "2026-12", 4.2e9),
        _figure("合约金额", "2030-09", 1.8e9),
        _figure("一等奖奖金", "2026-10", 5e5),
        _figure("一等奖奖金", "2032-03", 1e6),
        _figure("楼面面积", "2026-08", 371_612),
        _figure("楼面面积", "2027-01", 2000),
        _figure("出租率", "2026-07", 75),
        _figure("出租率", "2033-12", 80),
        _figure("香港园区楼面面积", "2026-09", 1.2e6),
        _figure("香港园区楼面面积", "2030-05", 1.4e6),
    ]
    assert [s.measure for s in changed_series(told)] == ["香港园区楼面面积"]


def test_a_target_of_this_year_whose_month_is_over_has_passed() -> None:
    def target(label: str, when: str) -> Fact:
        source = (Source("a", 0, label),)
        return Fact(FactKind.MILESTONE, label, label, source, when, is_target=True, event="open")

    facts = [target("首座大楼预计落成", "2026-03"), target("中试基地将投用", "2026"), target("枢纽建成", "2035")]
    digest = compose_digest(facts, {}, today=date(2026, 12, 3))
    said = [(t.fact.date, t.years_away, t.passed) for t in digest.targets]
    assert said == [("2026", 0, False), ("2035", 9, False), ("2026-03", 0, True)]


def test_meetings_and_deadlines_are_no_development_targets() -> None:
    """A working group's next meeting and a call's closing day are dates in a calendar; the
    digest's targets are what is to be built, opened or reached."""

    def target(label: str, when: str) -> Fact:
        return Fact(FactKind.MILESTONE, label, label, (Source("a", 0, label),), when, is_target=True, event="hold")

    facts = [
        target("联合招商小组将举行第三次会议", "2027-01-26"),
        target("河套论坛报名截止", "2027-02-10"),
        target("澄湾南路市政工程中标候选人公示截止", "2027-01-07"),
        target("园区第二座人才公寓将落成", "2027-06"),
    ]
    digest = compose_digest(facts, {}, today=date(2026, 12, 3))
    assert [t.fact.label for t in digest.targets] == ["园区第二座人才公寓将落成"]


def test_every_locale_has_the_same_command_menu() -> None:
    from hetao_brief.rendering.locale import LOCALES, Messages

    from .conftest import LOCALES as LOCALE_DIR

    messages = Messages.load(LOCALE_DIR)
    menus = [list(messages.catalogs[locale]["commands"]) for locale in LOCALES]  # type: ignore[call-overload]
    assert menus[0] and all(menu == menus[0] for menu in menus)


def test_takings_to_different_months_make_no_series() -> None:
    """营业收入 to June and to September of one year are two periods; to September a year apart, a change."""
    takings = [
        _figure("营业收入", "2025-09", 106),
        _figure("营业收入", "2026-06", 92),
        _figure("营业收入", "2026-09", 125),
    ]
    assert [[p.value for p in s.points] for s in changed_series(takings)] == [[106, 125]]


def test_a_long_series_shows_its_start_and_its_last_points() -> None:
    points = tuple(_figure("高端科研项目", f"{year}", 100 + year % 100) for year in range(2018, 2026))
    line = Renderer(Messages.load(LOCALES)).series_points(Series("高端科研项目", "个", points), Script.SIMPLIFIED)
    assert line.split(" → ")[:2] == ["2018 118", "…"] and line.endswith("2025 125") and line.count("→") == 5


def test_a_label_told_of_two_dates_is_one_line() -> None:
    """两个平台已分别于3月和8月投入运行: one label, two dates; the digest says it once, at its newest
    (and a target ahead once, at its soonest)."""

    def milestone(label: str, when: str, target: bool = False) -> Fact:
        return Fact(FactKind.MILESTONE, label, label, (Source("a", 0, label),), when, is_target=target)

    facts = [
        milestone("两个平台已分别投入运行", "2028-03"),
        milestone("两个平台已分别投入运行", "2028-08"),
        milestone("中心开业", "2028-05"),
        milestone("两座大楼分别落成", "2029-06", target=True),
        milestone("两座大楼分别落成", "2030-06", target=True),
    ]
    digest = compose_digest(facts, {}, today=date(2028, 9, 5))
    assert [(f.date, f.label) for f in digest.milestones] == [
        ("2028-08", "两个平台已分别投入运行"),
        ("2028-05", "中心开业"),
    ]
    assert [t.fact.date for t in digest.targets] == ["2029-06"]

"""The one-line English answer above the Chinese evidence, built from a fact's structure."""

from __future__ import annotations

from dataclasses import replace

import pytest

from hetao_brief.english import amount, one_line, title_case, when
from hetao_brief.facts import Fact, FactKind, Source
from hetao_brief.services.briefing import Briefing
from hetao_brief.text.lexicon import Lexicon

SOURCE = (Source("a", 0, "…"),)


@pytest.mark.parametrize(
    ("date", "said"), [("2023-09", "September 2023"), ("2024-06-11", "11 June 2024"), ("2035", "2035")]
)
def test_dates_are_said_in_english(date: str, said: str) -> None:
    assert when(date) == said


def test_amounts_and_names_read_naturally() -> None:
    assert (amount(1.85e9), amount(130_000), amount(3.89)) == ("1.85 billion", "130,000", "3.89")
    assert title_case("hong kong science park shenzhen branch") == "Hong Kong Science Park Shenzhen Branch"
    assert title_case("area of the zone") == "Area of the Zone"
    assert title_case("hong kong-shenzhen innovation and technology park") == (
        "Hong Kong-Shenzhen Innovation and Technology Park"
    )


def test_a_figure_says_measure_value_unit_and_date(lexicon: Lexicon) -> None:
    area = Fact(FactKind.FIGURE, "深圳园区面积 3.02平方公里", "深圳园区面积3.02平方公里。", SOURCE,
                date="2024-08", measure="深圳园区面积", value=3.02, unit="平方公里")  # fmt: skip
    line = one_line(area, lexicon)
    assert line is not None and line.startswith("As of August 2024: Area of ") and line.endswith("— 3.02 km².")


def test_a_planned_figure_with_no_date_is_said_as_planned(lexicon: Lexicon) -> None:
    area = Fact(FactKind.FIGURE, "深圳园区面积 约3.5平方公里", "深圳园区面积预计约3.5平方公里。", SOURCE,
                is_target=True, measure="深圳园区面积", value=3.5, unit="平方公里", qualifier="约")  # fmt: skip
    line = one_line(area, lexicon)
    assert line == "Planned: Area of Shenzhen Park — about 3.50 km²."
    assert one_line(replace(area, is_target=False), lexicon) is None  # neither dated nor planned: nothing


@pytest.mark.parametrize(
    ("measure", "said"),
    [
        ("河套深圳园区的科技企业", "Tech Companies of Shenzhen Park"),
        ("人工智能企业", None),  # 企业 has no glossary name: no count of "AI"
        ("新增科技企业", None),  # not all the tech companies there are
    ],
)
def test_a_figure_gets_a_line_only_where_the_glossary_names_all_its_measure(
    lexicon: Lexicon, measure: str, said: str | None
) -> None:
    count = Fact(FactKind.FIGURE, f"{measure} 86家", f"{measure}86家。", SOURCE,
                 date="2026-12-02", measure=measure, value=86, unit="家")  # fmt: skip
    line = one_line(count, lexicon)
    assert line == (f"As of 2 December 2026: {said} — 86." if said else None)


def test_two_letter_names_are_acronyms() -> None:
    assert (title_case("ai"), title_case("an ai lab")) == ("AI", "An AI Lab")


def test_a_target_is_said_as_a_target(lexicon: Lexicon) -> None:
    target = Fact(FactKind.MILESTONE, "香港科学园深圳分园全面建成", "到2035年，香港科学园深圳分园全面建成。", SOURCE,
                  date="2035", is_target=True, event="build")  # fmt: skip
    line = one_line(target, lexicon)
    assert line == "Target for 2035: Hong Kong Science Park Shenzhen Branch — a construction milestone."


@pytest.mark.parametrize("event", ["event", "target"])
def test_a_milestone_of_no_known_kind_gets_no_line_rather_than_a_name_alone(lexicon: Lexicon, event: str) -> None:
    """扩大适用范围, 宣布…招标: the verb is not one the English line can say; a line of names only
    would read as a sentence with its verb missing."""
    fact = Fact(FactKind.MILESTONE, "香港科学园深圳分园扩大范围", "香港科学园深圳分园扩大范围。", SOURCE,
                date="2026-11-01", is_target=event == "target", event=event)  # fmt: skip
    assert one_line(fact, lexicon) is None


def test_a_fact_without_glossary_names_gets_no_line(lexicon: Lexicon) -> None:
    fact = Fact(FactKind.MILESTONE, "某会议举行", "2024年5月，某会议举行。", SOURCE, date="2024-05", event="hold")
    assert one_line(fact, lexicon) is None


def test_a_company_that_told_the_news_is_no_place_where_it_happened(lexicon: Lexicon) -> None:
    """港深创新及科技园公司宣布，园区的程式…上线: the company said so; "an opening at" it would be wrong,
    and its label names nothing the glossary knows, so no line."""
    fact = Fact(FactKind.MILESTONE, "园区穿梭巴士的程式正式上线",
                "港深创新及科技园公司宣布，园区穿梭巴士的程式昨日正式上线。", SOURCE,
                date="2026-12-11", event="open")  # fmt: skip
    assert one_line(fact, lexicon) is None


def test_an_english_question_gets_the_line_and_a_chinese_one_does_not(loaded: Briefing) -> None:
    english = loaded.ask("when did the Hong Kong Science Park Shenzhen branch open")
    assert english.summary == "September 2023: Hong Kong Science Park Shenzhen Branch opened."
    assert english.as_json()["summary"] == english.summary
    assert loaded.ask("香港科学园深圳分园开园").summary is None


def test_an_issuing_says_who_issued_what(loaded: Briefing) -> None:
    answer = loaded.ask("When was the development plan issued?")
    assert answer.summary == "August 2023: State Council issued the Development Plan."  # not "A and B issued"


def test_every_event_class_and_written_qualifier_has_its_english() -> None:
    """A class the extractor names (launch: 推出, 首创) with no English verb would lose its line;
    a qualifier with no English word (合共约, 不少于) would be dropped from the number."""
    from hetao_brief.english import EVENT_HAPPENINGS, EVENT_NOUNS, EVENT_VERBS, QUALIFIERS
    from hetao_brief.extract.quantities import _PATTERN
    from hetao_brief.extract.verbs import EVENT_CLASSES

    assert set(EVENT_CLASSES) == set(EVENT_VERBS) == set(EVENT_NOUNS) == set(EVENT_HAPPENINGS)
    for written in ("合共约", "不少于", "最高不超过", "至少"):
        assert _PATTERN.match(f"{written}20个") is not None and written in QUALIFIERS


def test_a_launch_and_a_sum_in_euros_are_said(lexicon: Lexicon) -> None:
    launch = Fact(FactKind.MILESTONE, "香港科学园深圳分园推出服务平台", "2026年10月，香港科学园深圳分园推出服务平台。",
                  SOURCE, date="2026-10", event="launch")  # fmt: skip
    assert one_line(launch, lexicon) == "October 2026: Hong Kong Science Park Shenzhen Branch launched an initiative."
    euros = Fact(FactKind.FIGURE, "香港园区面积 约3000万欧元", "…", SOURCE, date="2026-09",
                 measure="香港园区面积", value=3e7, unit="欧元", qualifier="约")  # fmt: skip
    line = one_line(euros, lexicon)
    assert line is not None and line.endswith("— about 30 million euros.")


def test_a_thing_of_a_named_place_is_not_the_place(lexicon: Lexicon) -> None:
    """港深创新及科技园首个国际会议中心正式启用: the park's conference centre opened, not the park;
    the glossary names only the park, so the line says an opening happened there."""
    label = "港深创新及科技园首个国际会议中心正式启用"
    hall = Fact(FactKind.MILESTONE, label, f"11月4日，{label}。", SOURCE, date="2026-11-04", event="open")
    assert one_line(hall, lexicon) == "4 November 2026: an opening at Hong Kong Park."
    park = replace(hall, label="港深创新及科技园正式启用", text="港深创新及科技园正式启用。")
    assert one_line(park, lexicon) == "4 November 2026: Hong Kong Park opened."


def test_a_count_of_a_packages_measures_is_said_as_its_measures(loaded: Briefing) -> None:
    """深港“联合政策包”：…提出28条具体举措: the 28 are the package's measures, which the
    glossary can name."""
    answer = loaded.ask("How many measures are in the joint policy package?")
    assert answer.summary is not None and answer.summary.endswith("Measures in the Joint Policy Package — 28.")


def test_a_target_for_a_thing_of_a_place_names_the_place_not_the_source(lexicon: Lexicon) -> None:
    """记者从福田区水务局获悉，河套深圳园区污水处理站…预计8月底投入运行: an opening at Shenzhen Park
    (the label's name), not one of Shenzhen Park and Futian (the news's source)."""
    target = Fact(FactKind.MILESTONE, "河套深圳园区污水处理站提标改造工程预计正式投入运行",
                  "记者从福田区水务局获悉，河套深圳园区污水处理站提标改造工程预计8月底正式投入运行。", SOURCE,
                  date="2028-08", is_target=True, event="open")  # fmt: skip
    line = one_line(target, lexicon)
    assert line is not None and "Futian" not in line and line.startswith("Target for August 2028: ")
    assert line.endswith(" at Shenzhen Park.")


def test_rules_taking_effect_are_not_a_document_issued(lexicon: Lexicon) -> None:
    """《X措施》自2032年1月1日起施行: the day it takes effect, which the verb classes file with
    issuing; past, the day it took effect."""
    label = "《河套深圳园区支持青年科学家发展若干措施》施行"
    rules = Fact(FactKind.MILESTONE, label, f"自2032年1月1日起，{label}。", SOURCE, date="2032-01-01",
                 is_target=True, event="issue")  # fmt: skip
    assert one_line(rules, lexicon) == "From 1 January 2032: a document of Shenzhen Park takes effect."
    past = replace(rules, date="2031-12", is_target=False)
    assert one_line(past, lexicon) == "In December 2031: a document of Shenzhen Park took effect."


def test_an_event_in_a_park_of_the_zone_is_placed_in_the_park_alone(lexicon: Lexicon) -> None:
    """第五届河套…大赛决赛在河套深圳园区举行: at Shenzhen Park (the zone's name inside the contest's
    is no second place)."""
    final = Fact(FactKind.MILESTONE, "第五届河套深港人工智能创新大赛决赛将在河套深圳园区举行", "…", SOURCE,
                 date="2042-05", is_target=True, event="hold")  # fmt: skip
    assert one_line(final, lexicon) == "Target for May 2042: an event held at Shenzhen Park."


def test_a_scheme_is_piloted_not_a_place_where_something_happened(lexicon: Lexicon) -> None:
    """「科汇通」业务正式试点: the scheme itself, told with its own word 业务, was piloted (not "a
    pilot at Kehuitong"); a thing of a scheme happens of it, not at it."""
    label = "「科汇通」业务正式试点"
    pilot = Fact(FactKind.MILESTONE, label, f"去年9月，{label}。", SOURCE, date="2023-09", event="pilot")
    assert one_line(pilot, lexicon) == "September 2023: Kehuitong was piloted."
    branch = replace(pilot, label="科汇通首个跨境结算网点启用", event="open")
    assert one_line(branch, lexicon) == "September 2023: an opening of Kehuitong."

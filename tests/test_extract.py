"""Extraction over the real corpus: every dated event as a milestone with the right date,
events told twice merged, figures kept as time series, ids stable."""

from collections.abc import Callable

import pytest

from hetao_brief.corpus import read_corpus
from hetao_brief.extract import Extractor
from hetao_brief.extract.referents import with_referent
from hetao_brief.facts import Article, Fact, FactKind
from hetao_brief.services.briefing import Briefing
from hetao_brief.text.lexicon import Lexicon
from hetao_brief.text.normalize import to_simplified
from hetao_brief.text.segment import Segmenter

from .conftest import CORPUS

# (date, a phrase of the event, target?) for every dated event in the five articles.
DATED_EVENTS = [
    ("2017-07-01", "框架协议", False),
    ("2017", "共建", False),
    ("2020", "若干意见", False),
    ("2020-05", "深港协同创新研究院", False),
    ("2020-10-14", "重要讲话", False),
    ("2021", "开放运营", False),
    ("2022-01-10", "全体会议召开", False),
    ("2022-11", "高新技术成果交易会", False),
    ("2022-11-15", "深圳数据交易所揭牌", False),
    ("2022-11-29", "战略合作框架协议签署", False),
    ("2022-12", "揭榜挂帅", False),
    ("2023", "香港应用科技研究院", False),
    ("2023-01-05", "中国芯", False),
    ("2023-08", "发展规划", False),
    ("2023-09", "开园", False),
    ("2023-09", "科汇通", False),
    ("2023-10", "跨境巴士", False),
    ("2024", "标准组织聚集区", False),
    ("2024-03", "河套金融服务日", False),
    ("2024-04", "合作备忘录", False),
    ("2024-06", "河套科创中心开园", False),
    ("2024-06-11", "中试平台", False),
    ("2024-07", "法定图则", False),
    ("2024-12", "三栋大楼", True),
    ("2025", "协同机制", True),
    ("2035", "科研枢纽", True),
    ("2035", "300万平方米", True),
]


@pytest.fixture(scope="module")
def facts(lexicon: Lexicon, segmenter: Segmenter) -> list[Fact]:
    return Extractor(lexicon, segmenter).extract(read_corpus(CORPUS).articles)


def _read(lexicon: Lexicon, segmenter: Segmenter, body: str, published: str, title: str = "标题") -> list[Fact]:
    """The facts of one article in simplified Chinese, published on `published`."""
    return Extractor(lexicon, segmenter).extract([Article("a", title, published, "zh-Hans", body)])


def _dated_labels(lexicon: Lexicon, segmenter: Segmenter, body: str, published: str) -> set[tuple[str | None, str]]:
    """The (date, label) of every milestone of one article (see `_read`)."""
    return {(f.date, f.label) for f in _read(lexicon, segmenter, body, published) if f.kind is FactKind.MILESTONE}


def _milestones_of_two(
    lexicon: Lexicon, segmenter: Segmenter, first: tuple[str, str], second: tuple[str, str]
) -> list[Fact]:
    """The merged milestones of two articles, each (published, body): what merging made of them."""
    articles = [Article(name, "标题", day, "zh-Hans", body) for name, (day, body) in (("a", first), ("b", second))]
    return [f for f in Extractor(lexicon, segmenter).extract(articles) if f.kind is FactKind.MILESTONE]


def _find(facts: list[Fact], kind: FactKind, pred: Callable[[Fact], bool]) -> list[Fact]:
    return [f for f in facts if f.kind is kind and pred(f)]


@pytest.mark.parametrize(("date", "phrase", "target"), DATED_EVENTS)
def test_every_dated_event_is_a_milestone(facts: list[Fact], date: str, phrase: str, target: bool) -> None:
    hits = _find(facts, FactKind.MILESTONE, lambda f: f.date == date and phrase in f.text)
    assert hits, f"no milestone {date} about {phrase}"
    assert any(f.is_target is target for f in hits)


def test_the_plan_told_by_three_articles_is_one_fact(facts: list[Fact]) -> None:
    (plan,) = _find(
        facts,
        FactKind.MILESTONE,
        lambda f: f.event == "issue" and "深圳园区发展规划》" in f.text and f.date == "2023-08",
    )
    assert {s.article_id[:3] for s in plan.sources} == {"000", "002", "003"}
    assert not _find(facts, FactKind.MILESTONE, lambda f: f.date == "2023-09" and "国务院印发" in f.text)


def test_a_caption_is_no_event(facts: list[Fact]) -> None:
    """Article 002 shows the platforms' award in a photo caption (▲6月11日，…授牌): the award is
    one milestone, from the report in article 000, and the caption reports nothing."""
    (award,) = _find(facts, FactKind.MILESTONE, lambda f: f.date == "2024-06-11")
    assert {s.article_id[:3] for s in award.sources} == {"000"}
    assert not _find(facts, FactKind.MILESTONE, lambda f: f.text.startswith("▲"))


def test_an_anniversary_count_is_no_event(facts: list[Fact]) -> None:
    """今年是《纲要》发布5周年，也是香港回归祖国27周年: counts of years, not events reported."""
    assert not _find(facts, FactKind.MILESTONE, lambda f: f.date in ("1997", "2019") and "周年" in f.text)


def test_research_projects_form_a_time_series(facts: list[Fact]) -> None:
    points = _find(facts, FactKind.FIGURE, lambda f: f.measure == "高端科研项目")
    series = sorted((f.date or "", f.value) for f in points)
    assert series[0] == ("2022-01-11", 140)
    assert ("2023-01", 150) in series
    assert {v for _, v in series} >= {140, 150, 160}


def test_figures_are_normalised(facts: list[Fact]) -> None:
    talent = _find(facts, FactKind.FIGURE, lambda f: f.measure == "科研人才")
    assert talent and all(f.value == 15000 for f in talent)
    area = _find(facts, FactKind.FIGURE, lambda f: f.unit == "平方公里" and f.value == 3.89)
    assert area and area[0].date == "2023-09"


def test_policies_carry_their_amounts(facts: list[Fact]) -> None:
    (youth,) = _find(facts, FactKind.POLICY, lambda f: f.label == "港澳青年支持计划")
    assert youth.qualifier and "2万到5万元" in youth.qualifier and "最高1:1" in youth.qualifier
    assert _find(facts, FactKind.POLICY, lambda f: "联合政策包" in f.label and "28条" in f.text)
    (research,) = _find(facts, FactKind.POLICY, lambda f: f.label == "科研政策包")  # 科研管理体制创新“政策包”
    assert research.qualifier and "最高一个亿" in research.qualifier
    (pilot,) = _find(facts, FactKind.POLICY, lambda f: f.label == "「科汇通」试点")
    # 通过“科汇通”试点业务，…；落地总规模51亿元的社保基金…；…超1.7亿元: the other pieces' amounts
    assert not pilot.qualifier or "51亿元" not in pilot.qualifier


def test_entities_from_lexicon_and_by_suffix(facts: list[Fact]) -> None:
    names = {f.label for f in _find(facts, FactKind.ENTITY, lambda f: True)}
    assert {"西门子能源创新中心", "中国钢研新材料国际创新中心", "香港科学园深圳分园", "科汇通"} <= names
    assert "香港城市大学物质科学研究院" in names  # not in the lexicon: found by its suffix


def test_a_heading_that_only_names_something_is_no_fact(facts: list[Fact]) -> None:
    """“政策包” and 深港国际科技园 stand alone as headings in the articles: as facts they would
    answer a question with its own words. A sentence that says something of a name stays."""
    headings = {"“政策包”", "深港国际科技园", "香港高校研究院", "港高校团队设AI实验室"}
    assert not [f for f in facts if f.text in headings]
    # An evaluation of a policy names no policy of its own.
    assert not _find(facts, FactKind.POLICY, lambda f: f.text == "“政策包”发布实施的效果明显。")
    assert _find(facts, FactKind.ENTITY, lambda f: f.label == "深港协同创新中心")


def test_provenance_points_at_the_exact_sentence(facts: list[Fact]) -> None:
    articles = {a.id: a for a in read_corpus(CORPUS).articles}
    for fact in facts[:80]:
        for source in fact.sources:
            body = "".join(articles[source.article_id].body.split())
            assert "".join(source.sentence.split("：")[-1].split())[:10] in body


def test_traditional_article_keeps_its_script_in_provenance(facts: list[Fact]) -> None:
    (opening,) = _find(facts, FactKind.MILESTONE, lambda f: f.date == "2023-09" and "开园" in f.text)
    assert "香港科學園深圳分園" in opening.sources[0].sentence
    assert "香港科学园深圳分园" in opening.text


def test_facts_are_stored_in_simplified_chinese(facts: list[Fact]) -> None:
    """Results show a fact's label and sentence as stored to simplified readers (answer.in_script)."""
    assert any(f.sources[0].sentence != f.text for f in facts), "some facts come from traditional articles"
    for fact in facts:
        assert to_simplified(fact.label) == fact.label
        assert to_simplified(fact.text) == fact.text


def test_extraction_is_deterministic(lexicon: Lexicon, segmenter: Segmenter, facts: list[Fact]) -> None:
    again = Extractor(lexicon, segmenter).extract(read_corpus(CORPUS).articles)
    assert [f.id for f in again] == [f.id for f in facts]
    assert len({f.id for f in facts}) == len(facts)


def test_loaded_briefing_has_every_kind(loaded: Briefing) -> None:
    kinds = {f.kind for f in loaded.facts()}
    assert kinds == set(FactKind)


def test_generic_noun_phrases_are_not_entities(facts: list[Fact]) -> None:
    """A name found by its tail must have a proper part (a place, a brand, a word jieba does not
    know): 生物科技公司 and 核心业务子公司 are phrases, 深圳山半导体科技有限公司 is a name."""
    names = {f.label for f in _find(facts, FactKind.ENTITY, lambda f: True)}
    assert not names & {"生物科技公司", "核心业务子公司", "生态基地", "综合服务中心", "项目集群", "在今年"}
    assert {"深圳山半导体科技有限公司", "香港城市大学物质科学研究院", "刘振韬"} <= names


def test_a_goal_set_for_a_year_reads_as_the_goal_with_its_object_named(segmenter: Segmenter) -> None:
    """A target told as '…给合作区以新的使命，并提出到2030年将其建设成为X的目标' (our own
    sentence): the label is the goal, with 其 named as the zone the sentence spoke of."""
    from hetao_brief.extract.dates import Published, find_dates
    from hetao_brief.extract.milestones import find_milestones

    text = (
        "去年5月，市政府发布《创新高地行动方案》，给合作区以新的使命，"
        "并提出到2030年将其建设成为「国际一流的创新高地」的目标。"
    )
    published = Published(2026, 3, 2)
    hits = {h.date.iso: h for h in find_milestones(text, find_dates(text, published), published, segmenter.tagged)}
    assert hits["2030"].label == "将合作区建设成为「国际一流的创新高地」" and hits["2030"].is_target
    assert hits["2025-05"].label == "市政府发布《创新高地行动方案》"


@pytest.mark.parametrize(
    ("label", "told_before", "read"),
    [
        (
            "该中试基地将分两期投用",
            "本周一，河套深圳园区生物医药中试基地举行集中签约仪式。",
            "河套深圳园区生物医药中试基地将分两期投用",
        ),
        (
            "该措施首次推出",
            "记者获悉，跨境科研设备通关便利措施自11月1日起扩大适用范围。",
            "跨境科研设备通关便利措施首次推出",
        ),
        ("该中心已启用", "园区举行了论坛。", "该中心已启用"),  # no centre was named before: left as it is
        ("该基地启用", "中试基地昨日揭牌。", "中试基地启用"),
        ("该基地启用", "园区新建一座基地。", "该基地启用"),  # named by the noun alone: nothing to add
    ],
)
def test_this_and_a_noun_stand_for_the_name_told_before(label: str, told_before: str, read: str) -> None:
    assert with_referent(label, told_before) == read


def test_what_a_plan_tells_is_aimed_and_a_holiday_is_no_event(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """规划提出到2025年基本建立…: the aim, not who told it; 10月1日至7日放假调休: no event."""
    body = "规划提出到2028年基本建成园区北区道路网。\n\n10月1日至7日放假调休，共7天。"
    article = Article("notice", "通知", "2027-09-24", "zh-Hans", body)
    facts = Extractor(lexicon, segmenter).extract([article])
    assert [(f.date, f.label, f.is_target) for f in facts if f.kind is FactKind.MILESTONE] == [
        ("2028", "基本建成园区北区道路网", True)
    ]


def test_we_on_a_bodys_own_site_and_in_its_interview_is_the_body(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """我校 on 南方科技大学新闻网 is the university; 我们 answering 专访X公司行政总裁 is X公司."""
    signed = "6月13日，我校与园区管理方签署合作协议。"
    site = Article("u", "我校签约", "2027-06-15", "zh-Hans", signed, "南方科技大学新闻网")
    answer = "答：我们下个月会举办推介会。"
    talk = Article("i", "专访创科园公司行政总裁：明年招商", "2027-08-30", "zh-Hans", answer)
    facts = Extractor(lexicon, segmenter).extract([site, talk])
    assert sorted(f.label for f in facts if f.kind is FactKind.MILESTONE) == [
        "创科园公司会举办推介会",
        "南方科技大学与园区管理方签署合作协议",
    ]


def test_this_documents_articles_and_an_auctions_close(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """第四条 本办法自…起施行, under the headline that is its title: the document comes into force;
    拍卖会…落槌: the auction was held, and 下一场 is the next auction."""
    rules = "第一条　为降低成本，制定本办法。\n\n第四条　本办法自2027年4月1日起施行，有效期三年。"
    auction = "昨天下午，首场科技成果拍卖会在园区落槌。拍卖会今后将每半年举办一次，下一场预计在12月举行。"
    articles = [
        Article("r", "河套园区实验室装修补贴办法（试行）", "2027-03-20", "zh-Hans", rules),
        Article("a", "拍卖会落槌", "2027-07-09", "zh-Hans", auction),
    ]
    facts = Extractor(lexicon, segmenter).extract(articles)
    assert sorted((f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE) == [
        ("2027-04-01", "河套园区实验室装修补贴办法施行"),
        ("2027-07-08", "首场科技成果拍卖会在园区落槌"),
        ("2027-12", "下一场拍卖会预计举行"),
    ]


def test_an_aside_after_the_date_and_a_signing_by_agreement(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """於6月29日（交易時段後），X與Y訂立租賃協議: the aside says when in the day; 訂立 signs."""
    body = "董事會宣佈，於二〇二七年六月二十九日（交易時段後），本公司附屬公司與港深創新及科技園有限公司訂立租賃協議。"
    article = Article("f", "須予披露交易", "2027-06-30", "zh-Hant", body)
    (signed,) = [f for f in Extractor(lexicon, segmenter).extract([article]) if f.kind is FactKind.MILESTONE]
    assert (signed.date, signed.event) == ("2027-06-29", "sign")
    assert signed.label == "本公司附属公司与港深创新及科技园有限公司订立租赁协议"


def test_a_quoted_place_owns_its_area_and_a_delegation_is_who_came(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """公布北部都会区「大学教育城」的选址，位置毗邻落马洲河套区，占地约八十公顷: the city's area, not the
    park's it lies beside; 由X组织的代表团一行30人，前日到访…: the delegation came."""
    body = (
        "特区政府昨日公布北部都会区「大学教育城」的选址，位置毗邻落马洲河套区，占地约八十公顷。\n\n"
        "由澳门科学技术发展基金组织的澳门科技界代表团一行30人，前日到访河套深港科技创新合作区。"
    )
    facts = _read(lexicon, segmenter, body, "2027-05-06")
    assert [f.measure for f in facts if f.kind is FactKind.FIGURE and f.unit == "公顷"] == ["大学教育城占地面积"]
    assert [(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE and f.event == "visit"] == [
        ("2027-05-04", "澳门科技界代表团到访河套深港科技创新合作区")
    ]


def test_a_numbered_pair_an_occasions_tally_and_the_hour_a_rule_starts(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """第五、六座 is no list's item; 大会期间共举办主题报告14场 is a tally; 从12月1日零时起 is the day."""
    body = (
        "第四座大楼将于本月尾交付，第五、六座则预计年中落成。\n\n"
        "为期三天的深港生命科学大会12月3日在园区开幕。大会期间共举办主题报告14场。\n\n"
        "从12月1日零时起，河套科研访客证的有效期由三年延长至五年。"
    )
    facts = _read(lexicon, segmenter, body, "2027-11-25")
    assert sorted(f.label for f in facts if f.kind is FactKind.MILESTONE) == [
        "河套科研访客证的有效期由三年延长至五年",
        "深港生命科学大会在园区开幕",
        "第五、六座预计落成",
        "第四座大楼将交付",
    ]


def test_an_occasion_timed_closer_is_one_event_and_a_committees_会_is_to_come(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """一年一度的X将于本月中旬开幕，今年首次设在两个园区同时举办: one event, 一年一度的 no part of its
    name; 委员会会在本月中旬讨论: the second 会 is what is to come."""
    body = (
        "一年一度的河套科学灯光节将于本月中旬开幕，今年首次设在香港园区和深圳园区同时举办。\n\n"
        "立法会工商事务委员会会在本月中旬讨论计划细节。"
    )
    facts = _read(lexicon, segmenter, body, "2027-05-02")
    assert sorted((f.label, f.is_target) for f in facts if f.kind is FactKind.MILESTONE) == [
        ("河套科学灯光节将开幕", True),
        ("立法会工商事务委员会会讨论计划细节", True),
    ]


def test_dashed_items_of_this_years_work_are_aims_and_an_erratum_is_no_event(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """发布2028年十项重点工作，其中包括：——…；——年内新增科研用房20万平方米: 2028年 names the list,
    近日 dates its release, each item is an aim; （注：…有误，实为今天开营，特此更正。）: no event."""
    body = (
        "近日，园区发布2028年十项重点工作，其中包括：——3月底前启用第二座人才公寓；——年内新增科研用房20万平方米。\n\n"
        "首届科技营今天开营。\n\n（注：本报7月8日报道中“科技营7月11日开营”有误，实为今天开营，特此更正。）"
    )
    facts = _read(lexicon, segmenter, body, "2028-02-06")
    assert sorted((f.date, f.label, f.is_target) for f in facts if f.kind is FactKind.MILESTONE) == [
        ("2028", "新增科研用房20万平方米", True),
        ("2028-02", "园区发布2028年十项重点工作", False),
        ("2028-02-06", "首届科技营开营", False),
        ("2028-03", "启用第二座人才公寓", True),
    ]
    (space,) = [f for f in facts if f.kind is FactKind.FIGURE]
    assert (space.date, space.is_target) == ("2028", True)


def test_a_videos_time_mark_a_past_deed_with_曾_and_a_halls_capacity(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """（00:40）据介绍，…: where in the video, no time; X成立于2024年，曾于去年完成…: X did; 主会场可容纳
    1,500人: its main hall's capacity."""
    body = (
        "（00:20）会堂主会场可容纳1,500人。\n\n（00:40）据介绍，会堂将于本月下旬迎来首场国际会议。\n\n"
        "储能极光成立于2024年，曾于去年完成2亿元A轮融资。"
    )
    facts = _read(lexicon, segmenter, body, "2028-04-02")
    assert sorted((f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE) == [
        ("2024", "储能极光成立"),
        ("2027", "储能极光曾完成2亿元A轮融资"),
        ("2028-04", "会堂将迎来首场国际会议"),
    ]
    assert [f.measure for f in facts if f.kind is FactKind.FIGURE and f.unit == "人"] == ["会堂主会场容纳人数"]


def test_a_markets_move_and_what_many_unnamed_did_lately_are_no_events(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """8月13日，“河套概念”板块整体上涨3.2%; 多家上市公司近期披露…布局: the market's answer and a trend."""
    body = "8月13日，A股“河套概念”板块整体上涨3.2%。消息面上，多家上市公司近期披露在河套园区的布局。"
    facts = _read(lexicon, segmenter, body, "2028-08-14")
    assert [f.label for f in facts if f.kind is FactKind.MILESTONE] == []


def test_a_phases_floor_area_is_the_phases_not_the_parks(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """港深创科园第一期…，第一期的总楼面面积达到约十二万平方米: the first phase's, which a digest must
    not show as the whole Hong Kong park's."""
    body = "港深创科园第一期最后两座大楼已于上月全数落成，第一期的总楼面面积达到约十二万平方米。"
    facts = _read(lexicon, segmenter, body, "2028-02-27")
    assert [f.measure for f in facts if f.kind is FactKind.FIGURE] == ["香港园区第一期总楼面面积"]


def test_a_course_ends_a_weeks_tally_is_no_event_and_as_planned_goes(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """8月25日，训练营结业: an event; 上周共有5项新政落地、3个平台揭牌: a tally; 仍按原定计划于…落成:
    the buildings are completed, 仍按原定计划 says how."""
    body = (
        "8月25日，首期深港青年科研训练营在园区结业。\n\n上周，园区共有5项新政落地、3个平台揭牌。\n\n"
        "第二期首批大楼仍按原定计划于2030年起分阶段落成。"
    )
    facts = _read(lexicon, segmenter, body, "2028-08-28")
    assert sorted(f.label for f in facts if f.kind is FactKind.MILESTONE) == [
        "第二期首批大楼分阶段落成",
        "首期深港青年科研训练营在园区结业",
    ]


def test_hours_a_count_told_before_its_noun_and_an_expectation(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """一万小时 keeps its 时; 首批6种已在香港上市的罕见病药物，预计… names the drugs; 该中心 after
    …在中心开始使用 is the centre named first; 金管局预计，…将有二十间机构…: the twenty, not the bureau."""
    body = (
        "园区医疗服务中心日前获批成为指定医疗机构。首批6种已在香港上市的罕见病药物，预计将于12月中旬在中心开始使用。"
        "该中心于2025年9月开业。\n\n平台预计于2028年底前把资料量扩大至一万小时。\n\n"
        "金管局预计，今年年底前将有不少于二十间机构使用该账户。"
    )
    facts = _read(lexicon, segmenter, body, "2027-11-22")
    assert sorted(f.label for f in facts if f.kind is FactKind.MILESTONE and f.date != "2027-11") == [
        "园区医疗服务中心开业",
        "将有不少于二十间机构使用该账户",
        "平台预计把资料量扩大至一万小时",
        "首批6种已在香港上市的罕见病药物预计将在中心开始使用",
    ]
    assert not [f for f in facts if f.kind is FactKind.FIGURE and f.measure == "首批"]


def test_works_none_named_a_count_of_flats_and_a_programme_line(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """有关工程 where no works were named: what is to be laid; 下年中; 还将有800套交付 after 人才公寓
    1,200套: flats; 道路及渠务工程 is one name; a programme's line is an occasion; answering
    reporters is no event; a panel's area is the panel's, not the company's."""
    body = (
        "港深创科园公司计划在天台铺设太阳能光伏板，总面积约一万八千平方米。有关工程预计下年中开展。\n\n"
        "在9月14日举行的新闻发布会上，负责人回答了记者提问。今年以来，园区新增人才公寓1,200套。"
        "明年上半年还将有800套交付。\n\n财委会批准拨款，用于港深创科园第一期的配套道路及渠务工程。"
        "工程预计于本年第三季展开。\n\n12月9日（周六）14:00　河套科学讲堂第20期：量子通信离我们有多远"
    )
    facts = _read(lexicon, segmenter, body, "2028-09-15")
    assert sorted((f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE) == [
        ("2028-09", "港深创科园第一期的配套道路及渠务工程预计展开"),
        ("2028-12-09", "河套科学讲堂第20期举行"),
        ("2029-06", "将有800套人才公寓交付"),
        ("2029-06", "铺设太阳能光伏板工程预计开展"),
    ]
    assert [f.measure for f in facts if f.unit == "平方米"] == ["太阳能光伏板总面积"]


def test_a_weekly_opening_a_school_term_and_whose_structure(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """逢星期二至日开放 is no date; 9月，X开学 (jieba tags 开学 a noun) is an event; …推进X建设，力争年底前
    主体结构封顶: X's; 团队成立公司推进量产，并于上个月…: the team's; 国庆后 is about then."""
    body = (
        "展览厅逢星期二至日开放。\n\n9月，园区第二所国际化学校开学。\n\n"
        "明年，园区将重点推进科研楼宇三期建设，力争年底前主体结构封顶。\n\n"
        "今年初，团队成立公司推进量产，并于上个月在东莞落地首条中试线。\n\n枢纽国庆后开始设备调试。"
    )
    facts = _read(lexicon, segmenter, body, "2027-12-28")
    assert sorted((f.date, f.label, f.qualifier) for f in facts if f.kind is FactKind.MILESTONE) == [
        ("2027", "团队成立公司推进量产", "≈"),
        ("2027-09", "园区第二所国际化学校开学", None),
        ("2027-10-01", "枢纽开始设备调试", "≈"),
        ("2027-11", "团队在东莞落地首条中试线", None),
        ("2028", "园区将重点推进科研楼宇三期建设", None),
        ("2028-12", "科研楼宇三期力争主体结构封顶", None),
    ]


def test_a_later_phase_is_not_the_first_one(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """国际学校二期工程预计明年9月开学 and 首所国际学校明年9月正式开学, told by two articles: two events."""
    milestones = _milestones_of_two(
        lexicon,
        segmenter,
        ("2026-10-01", "园区国际学校二期工程预计明年9月开学。"),
        ("2026-10-02", "园区首所国际学校明年9月正式开学。"),
    )
    assert len(milestones) == 2


def test_a_quoted_plan_the_rest_of_works_and_projects_signed(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """“我们计划…”…药企负责人对记者说: the firm's plan, without 对记者; 已完成约一半，余下部分预计…完成:
    the works' rest; 12个生物医药项目集中签约: those signed, not 生物医药项目集."""
    body = (
        "“我们计划在明年春天完成首轮临床试验。”园区一家创新药企负责人对记者说。\n\n"
        "第二期用地的斜坡加固工程已于去年完成约一半，余下部分预计明年中完成。\n\n"
        "活动现场，12个生物医药项目集中签约。"
    )
    facts = _read(lexicon, segmenter, body, "2028-10-12")
    labels = sorted(f.label for f in facts if f.kind is FactKind.MILESTONE)
    assert "园区一家创新药企计划完成首轮临床试验" in labels
    assert "第二期用地的斜坡加固工程余下部分预计完成" in labels
    assert [f.measure for f in facts if f.kind is FactKind.FIGURE] == ["签约生物医药项目"]


def test_a_postponed_camp_a_list_of_firsts_and_a_half_year(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """原定于9月15日开营的X，因台风逼近，改期至9月22日开营: X, not the reporter who heard it; 首家X：
    2026年4月注册成立: X's; 半年内下降约一成 is no date and no event; 据X发布的报告 is a source."""
    body = (
        "记者昨日从主办方获悉，原定于9月15日开营的河套国际青年创新营，因台风逼近，改期至9月22日开营。\n\n"
        "首家港资独立法人研究院：2026年4月注册成立，研究方向为智能材料。\n\n"
        "据一家顾问机构9月10日发布的报告，河套写字楼平均租金半年内下降约一成。"
    )
    facts = _read(lexicon, segmenter, body, "2027-09-13")
    assert sorted((f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE) == [
        ("2026-04", "首家港资独立法人研究院注册成立"),
        ("2027-09-22", "河套国际青年创新营改期开营"),
    ]


def test_a_line_told_as_this_line_verbs_tagged_nouns_and_hong_kong_forms(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """这条产线 is the line named before, and so is the subject of …，今年3月通过车规级认证; 通线 and
    获X基金投资 are deeds though jieba tags them nouns; 筹建第二条产线，预计…投产: the second line;
    衞星 is 卫星; 首颗自主研发的…: 自主 is no 自; 日内瓦 is Geneva, not 日内."""
    body = (
        "园区9号楼里，一条光子芯片中试产线正在运转。这条产线2025年底开始建设，去年6月通线，今年3月通过车规级认证。"
        "公司正在筹建第二条产线，预计2029年下半年投产。\n\n"
        "公司2025年获「创科创投基金」投资。首颗自主研发的遥感衞星计划明年第二季发射升空。\n\n"
        "总部位于日内瓦的国际开放科学联盟29日在河套深圳园区设立亚太办公室。"
    )
    facts = _read(lexicon, segmenter, body, "2028-09-29")
    assert sorted((f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE) == [
        ("2025", "公司获「创科创投基金」投资"),
        ("2025-12", "光子芯片中试产线开始建设"),
        ("2027-06", "光子芯片中试产线通线"),
        ("2028-03", "光子芯片中试产线通过车规级认证"),
        ("2028-09-29", "总部位于日内瓦的国际开放科学联盟在河套深圳园区设立亚太办公室"),
        ("2029-06", "首颗自主研发的遥感卫星计划发射升空"),
        ("2029-12", "第二条产线预计投产"),
    ]


def test_two_ceremonies_on_their_days_an_appointment_and_a_slashed_year(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X将于11月20日至22日举行。…开幕式和闭幕式分别于20日上午和22日下午举行: November's, each its own
    (and X's); X获聘为Y，任期自2028年1月1日起: the appointment that day; 二〇二七／二八年度: 2027."""
    body = (
        "第十届深港科技交流周将于11月20日至22日在园区举行。开幕式和闭幕式分别于20日上午和22日下午举行。\n\n"
        "陈维明获聘为园区首席科学家，任期自2029年1月1日起，为期三年。\n\n"
        "运输署会在二〇二九／三〇年度再检讨服务水平。"
    )
    facts = _read(lexicon, segmenter, body, "2028-10-25")
    assert sorted((f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE) == [
        ("2028-11-20", "第十届深港科技交流周将在园区举行"),
        ("2028-11-22", "第十届深港科技交流周闭幕式举行"),
        ("2029", "运输署会再检讨服务水平"),
        ("2029-01-01", "陈维明获聘为园区首席科学家"),
    ]


def test_a_lunar_third_a_platform_tested_the_day_and_ten_start_ups(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """大年初三 is the lunar new year's third day; 工作人员在调试X。当日，该平台正式上线: X, not 调试X;
    首批参与计划的十间初创，预计…迁入: the ten start-ups; 从2025年底的1.1万人增至2027年底的1.6万人: one
    measure at both ends; 由去年8月的每月每平方米198元降至…: the rent then, per square metre as written."""
    body = (
        "园区于大年初三组织了新春联欢活动。\n\n"
        "11月3日，工作人员在调试跨境数据服务平台的监控系统。当日，该平台正式上线。\n\n"
        "首批参与计划的十间初创，预计明年初迁入第四座大楼。\n\n"
        "园区的科研人员数量从2025年底的1.1万人增至2027年底的1.6万人。\n\n"
        "写字楼平均租金由去年8月的每月每平方米198元降至今年1月的约178元。"
    )
    facts = _read(lexicon, segmenter, body, "2028-02-02")
    assert sorted((f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE) == [
        ("2027-11-03", "跨境数据服务平台正式上线"),
        ("2028-01-28", "园区组织了新春联欢活动"),
        ("2029", "首批参与计划的十间初创预计迁入第四座大楼"),
    ]
    assert sorted((f.measure, f.date) for f in facts if f.kind is FactKind.FIGURE) == [
        ("写字楼平均租金", "2027-08"),
        ("写字楼平均租金", "2028-01"),
        ("园区科研人员数量", "2025-12"),
        ("园区科研人员数量", "2027-12"),
    ]


def test_an_answer_is_of_what_was_asked_and_a_latin_named_firm(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """问：第二期首批用地何时动工？答：我们预计…动工: the land's start; 企业Hetao Robotics（河套智动）…。
    公司成立于2023年: 河套智动's founding; 主要研发实验室 is no name."""
    body = (
        "问：第二期首批用地何时动工？\n\n答：我们预计二〇二九年上半年动工。\n\n"
        "机器人企业Hetao Robotics（河套智动）近日宣布完成B轮融资。公司成立于2023年，主要研发实验室自动化机器人。"
    )
    facts = _read(lexicon, segmenter, body, "2027-05-20")
    labels = {f.label for f in facts if f.kind is FactKind.MILESTONE}
    assert {"第二期首批用地预计动工", "河套智动成立"} <= labels
    assert "主要研发实验室" not in {f.label for f in facts if f.kind is FactKind.ENTITY}


def test_a_plan_for_next_quarter_a_pause_explained_and_a_years_visitors(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """下季度安排：4月底前完成X；6月举办Y: June to come (not last June), Y's label without X's 前;
    因道路改造而暂停半年的X，将于下月起恢复: X resumes; 去年共接待市民约2.3万人次 is a tally, no event."""
    body = (
        "三、下季度安排：4月底前完成跨境专用通道三期设计招标；6月举办深港科研成果对接会。\n\n"
        "因园区内道路改造而暂停半年的公众参观活动，将于下月起恢复。园区去年共接待参观市民约2.3万人次。"
    )
    facts = _read(lexicon, segmenter, body, "2027-03-29")
    assert sorted((f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE) == [
        ("2027-04", "公众参观活动将恢复"),
        ("2027-04", "完成跨境专用通道三期设计招标"),
        ("2027-06", "举办深港科研成果对接会"),
    ]


def test_carbon_neutrality_a_station_for_youth_and_its_first_year(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """碳中和 keeps its 和 and 提出 names no one; 为港青…而设的X上周六…启用 is X's opening (no copula);
    驿站由…资助，首年预计服务…，并计划…增设分站: the station's plan (named in full), not 首年's."""
    body = (
        "园区20日发布路线图，提出到2030年光伏覆盖率达到60%，2035年前实现园区运营碳中和。\n\n"
        "为港青在河套发展而设的「港青河套驿站」上周六在园区启用。"
        "驿站由民政及青年事务局资助，首年预计服务约二千人次，并计划于明年第一季增设分站。"
    )
    facts = _read(lexicon, segmenter, body, "2028-10-09")
    labels = {f.label for f in facts if f.kind is FactKind.MILESTONE}
    assert {
        "实现园区运营碳中和",
        "为港青在河套发展而设的「港青河套驿站」在园区启用",
        "港青河套驿站计划增设分站",
    } <= labels


def test_a_chain_of_deeds_a_dated_attribute_and_the_next_trial(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X去年9月开工，今年5月完成主体施工: X's deeds in a row; 这家成立于2025年的初创企业…获得许可:
    the firm named before (深港瑞苗…有限公司); I期试验预计9月完成，明年启动II期试验: the firm starts the
    second trial, the first does not; 第二阶段…，工程预计完成: the second stage's works."""
    body = (
        "园区污水处理站提标改造工程去年9月开工，今年5月完成主体施工，预计8月底正式投入运行。\n\n"
        "深港瑞苗生物科技有限公司日前宣布，其鼻喷疫苗已完成首批受试者入组。"
        "这家成立于2025年的初创企业由两地科学家创办，去年7月获得临床试验许可。"
        "公司负责人介绍，I期试验预计今年9月完成，明年一季度启动II期试验。\n\n"
        "第二阶段将再增设四十个充电位，工程预计今年第三季完成。"
    )
    facts = _read(lexicon, segmenter, body, "2028-06-20")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {
        ("2028-05", "园区污水处理站提标改造工程完成主体施工"),
        ("2027-07", "深港瑞苗生物科技有限公司获得临床试验许可"),
        ("2029-03", "深港瑞苗生物科技有限公司启动II期试验"),
        ("2028-09", "第二阶段工程预计完成"),
    } <= labels


def test_who_a_clause_tells_of_a_test_passed_and_figures_by_then(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """二十八岁的陈嘉欣是…博士生，前年夏天带着团队进驻…: 陈嘉欣's; 已于今年4月通过…测试 is an event;
    书展将于18日举行…届时将有80余家机构参展: a figure of the fair's day, aimed."""
    body = (
        "二十八岁的陈嘉欣是香港大学化学系博士生，前年夏天带着研究团队进驻港深创新及科技园。"
        "产品原型已于今年4月通过第三方生物相容性测试。\n\n"
        "首届河套科学书展将于本月18日至20日举行。书展设三个展区，届时将有80余家出版机构参展。"
    )
    facts = _read(lexicon, segmenter, body, "2028-07-02")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert ("2026-06", "陈嘉欣带着研究团队进驻港深创新及科技园") in labels
    assert ("2028-04", "产品原型已通过第三方生物相容性测试") in labels
    (exhibitors,) = [f for f in facts if f.kind is FactKind.FIGURE and f.unit == "家"]
    assert (exhibitors.date, exhibitors.is_target) == ("2028-07-18", True)


def test_a_thing_told_by_its_size_a_release_and_a_firm_founded(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """新连接路全长约1.2公里，…，已于上月底完成验收: the road's (and its length a figure);
    X发布数据显示 is where figures come from, no event; 较上年同期增加…；其中…: of the as-of date,
    not of the base; 注册成立了X: a firm, which 公司 stands for; 流片成功 is an event."""
    body = (
        "新连接路全长约1.2公里，设双线行车，已于上月底完成验收。\n\n"
        "区统计局10月27日发布数据显示，截至9月末，园区累计注册企业4,860家，较上年同期增加620家；"
        "其中国家高新技术企业1,120家。\n\n"
        "2025年春天，梁子谦在园区注册成立了芯衡微电子。2026年3月，首款芯片流片成功。"
        "梁子谦说，公司今年营业收入预计超过1.5亿元，明年将在香港园区设立研发中心。"
    )
    facts = _read(lexicon, segmenter, body, "2028-10-28")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert ("2028-09", "新连接路已完成验收") in labels
    assert ("2026-03", "首款芯片流片成功") in labels
    assert ("2029", "芯衡微电子将在香港园区设立研发中心") in labels
    assert not any("数据显示" in label for _, label in labels)
    figures = {f.measure: (f.value, f.unit, f.date) for f in facts if f.kind is FactKind.FIGURE}
    assert figures["新连接路全长"] == (1.2, "公里", "2028-10-28")
    assert figures["国家高新技术企业"] == (1120, "家", "2028-09")


def test_a_byline_a_closing_day_and_a_story_in_steps(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """本报记者 X 通讯员 Y is no part of the next name; 该片区面积约…，…启动建设，去年底完工: the
    area's deeds; 闭幕当天将发布《X》: the forum will; 从2026年的方案获批，到…在园区挂牌，…，X三年间…:
    X's story, its plan approved too."""
    body = (
        "本报记者 罗思敏 通讯员 何立\n\n"
        "河套海绵城市示范片区日前通过专项验收。该片区面积约0.8平方公里，2026年10月启动建设，去年底完工。\n\n"
        "首届深港气候科技论坛将于明天（12日）开幕，14日闭幕。闭幕当天将发布《深港气候科技合作倡议》。\n\n"
        "从2026年的方案获批，到2027年4月在园区挂牌，河套数字人民币创新中心三年间完成了转变。"
    )
    facts = _read(lexicon, segmenter, body, "2029-03-11")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {
        ("2026-10", "河套海绵城市示范片区启动建设"),
        ("2028-12", "河套海绵城市示范片区完工"),
        ("2029-03-14", "首届深港气候科技论坛将发布《深港气候科技合作倡议》"),
        ("2026", "河套数字人民币创新中心方案获批"),
        ("2027-04", "河套数字人民币创新中心在园区挂牌"),
    } <= labels
    (area,) = [f for f in facts if f.kind is FactKind.FIGURE and f.unit == "平方公里"]
    assert "何立" not in (area.measure or "")


def test_what_a_place_provides_is_for_when_it_stands(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """预计明年年底落成，可提供约六百个单位: an aim of that date; 迁入后园区总租户数目将增至85间: of
    the move told before; 措施共12条，…最高可获500万元: the policy's grant, which it carries."""
    body = (
        "宿舍的地基工程已于上月完成，预计明年年底落成，可提供约六百个单位。\n\n"
        "第三批共十五间租户将于下月初陆续迁入。公司指，迁入后园区总租户数目将增至八十五间。\n\n"
        "《河套深圳园区支持绿色金融发展若干措施》近日印发。"
        "措施共12条，对新设立的绿色金融机构给予落户奖励，最高可获500万元。"
    )
    facts = _read(lexicon, segmenter, body, "2029-03-20")
    figures = {f.value: (f.date, f.is_target) for f in facts if f.kind is FactKind.FIGURE}
    assert figures[600] == ("2030-12", True)
    assert figures[85] == ("2029-04", True)
    assert 5e6 not in figures
    (policy,) = [f for f in facts if f.kind is FactKind.POLICY]
    assert "最高可获500万元" in (policy.qualifier or "")


def test_a_line_described_by_what_it_joins_and_a_notices_window(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """连接X的北环线支线，设计工作已大致完成，政府预计最快明年底动工: the line breaks ground, not its
    design work nor the government; 申报时间：…至4月30日 under 关于开展X申报工作的通知: X申报截止;
    营业收入不超过5000万元的企业 is who may apply, no figure."""
    body = "有消息指，连接港深创科园的北环线支线，设计工作已大致完成，政府预计最快明年底动工，目标在2034年通车。"
    labels = _dated_labels(lexicon, segmenter, body, "2029-05-06")
    assert labels == {
        ("2030-12", "连接港深创科园的北环线支线预计最快动工"),
        ("2034", "连接港深创科园的北环线支线将通车"),
    }
    notice = Article(
        "n",
        "关于开展2029年度河套创新券申报工作的通知",
        "2029-03-25",
        "zh-Hans",
        "一、申报对象：上年度营业收入不超过5000万元的科技型中小企业。\n\n三、申报时间：2029年4月1日至4月30日。",
    )
    facts = Extractor(lexicon, segmenter).extract([notice])
    assert [(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE] == [
        ("2029-04-01", "河套创新券申报开始"),
        ("2029-04-30", "河套创新券申报截止"),
    ]
    assert not [f for f in facts if f.kind is FactKind.FIGURE]


def test_a_later_phases_first_buildings_and_a_made_thing(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """第二期首批用地的平整工程…，首两座大楼目标…落成: the second phase's (not the park's first
    buildings); 由X共同研发的Y，8月20日…产出首批淡水: Y's; 预留…，支持…，并于…推出Z: the government's,
    not 支持园区's; 项目团队计划…，明年在…建设…的示范工程: the team's; Z gets none of the money."""
    body = (
        "施政报告提出，港深创科园第二期首批用地的平整工程将于明年上半年完成，首两座大楼目标于2032年落成。\n\n"
        "由香港科技大学与园区企业共同研发的海水淡化中试装置，8月20日在园区产出首批淡水。"
        "项目团队计划年底前完成连续运行测试，明年在深圳沿海建设一座日产500吨的示范工程。\n\n"
        "政府会在未来两年预留约五十亿元，支持园区引进研发机构，并于明年第一季推出新一轮「创科人才入境计划」。"
    )
    facts = _read(lexicon, segmenter, body, "2029-10-18")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {
        ("2032", "港深创科园第二期首两座大楼目标落成"),
        ("2029-08-20", "海水淡化中试装置在园区产出首批淡水"),
        ("2030", "项目团队在深圳沿海建设一座日产500吨的示范工程"),
        ("2030-03", "政府推出新一轮「创科人才入境计划」"),
    } <= labels
    (scheme,) = [f for f in facts if f.kind is FactKind.POLICY]
    assert not scheme.qualifier


def test_a_posts_time_field_a_firm_founded_and_a_count_for_the_year(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """⏰时间：11月29日 under 活动预告｜走进X: that occasion's day; 成立了纤回科技 founds a firm a later
    公司 stands for; 今年新设立的港资科技企业达到65家 is a count, no event; 从去年底的318家增至今年11月
    底的402家: 402 is of November; 当天下午，Y在产业园揭牌: a second deed that day, not the park's."""
    post = Article("p", "活动预告｜走进河套声学实验室", "2029-11-20", "zh-Hans", "⏰时间：11月29日（周六）9:30—12:00")
    (visit,) = [f for f in Extractor(lexicon, segmenter).extract([post]) if f.kind is FactKind.MILESTONE]
    assert (visit.date, visit.label) == ("2029-11-29", "走进河套声学实验室活动举行")
    body = (
        "2023年，许嘉明带领团队在园区成立了纤回科技；2026年，公司建成第一条中试线。\n\n"
        "园区港资企业从去年底的318家增至今年11月底的402家。其中，今年新设立的港资科技企业达到65家。\n\n"
        "12月22日上午，河套光子产业园开园仪式在园区东区举行。当天下午，深港光子联合创新中心在产业园揭牌。"
    )
    facts = _read(lexicon, segmenter, body, "2029-12-23")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {("2026", "纤回科技建成第一条中试线"), ("2029-12-22", "深港光子联合创新中心在产业园揭牌")} <= labels
    assert not [label for _, label in labels if "65家" in label]
    (now,) = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 402]
    assert now.date == "2029-11"


def test_a_project_named_by_what_it_builds(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """…的深港质子治疗研究中心主体结构顺利封顶。该项目…于2028年6月开工建设: the centre's project;
    中心将于今年底完成设备安装: the centre named before (中心主体结构: a name, then its part)."""
    body = (
        "昨日上午，位于园区西北角的深港质子治疗研究中心主体结构顺利封顶。"
        "该项目总投资约24亿元，于2028年6月开工建设。按照计划，中心将于今年底完成设备安装。"
    )
    facts = _read(lexicon, segmenter, body, "2030-02-26")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {
        ("2028-06", "深港质子治疗研究中心项目开工建设"),
        ("2030-12", "深港质子治疗研究中心将完成设备安装"),
    } <= labels
    (cost,) = [f for f in facts if f.kind is FactKind.FIGURE]
    assert cost.measure == "深港质子治疗研究中心项目总投资"


def test_machine_time_keeps_its_time(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """提供不少于2000小时的实验机时: 机时 is a word (machine time), no 时 of 开幕时 to cut."""
    body = "联盟计划明年起每年为两地科研团队提供不少于2000小时的实验机时。"
    (aim,) = [f for f in _read(lexicon, segmenter, body, "2030-06-18") if f.kind is FactKind.MILESTONE]
    assert aim.label.endswith("实验机时")


def test_a_short_head_noun_stands_for_the_name_told_before(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """…合建的河套气象雷达站，将于下月15日正式启用。雷达站去年8月动工: 河套气象雷达站; 两所实验室
    counts, and names nothing told before."""
    body = "天文台与气象局合建的河套气象雷达站，将于下月15日正式启用。雷达站去年8月动工，上月底完成调试。"
    labels = _dated_labels(lexicon, segmenter, body, "2030-03-28")
    assert {("2029-08", "河套气象雷达站动工"), ("2030-02", "河套气象雷达站完成调试")} <= labels


def test_a_later_stage_is_of_what_the_first_stage_built(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """首阶段电动车充电站已于上周五投入服务。第二阶段…，工程预计今年第三季完成: the chargers' second
    stage, not a second stage of nothing named."""
    body = "停车场的首阶段电动车充电站已于上周五投入服务。第二阶段将再增设四十个充电位，工程预计今年第三季完成。"
    labels = _dated_labels(lexicon, segmenter, body, "2028-03-06")
    assert ("2028-09", "电动车充电站第二阶段工程预计完成") in labels


def test_a_verbal_noun_after_where_is_the_predicate(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """由X研发的养老护理机器人，8月底起在3家养老机构试用: jieba tags 试用 a verbal noun, and it is
    what happened; 在…研究中取得重要进展 keeps its own verb's reading (no new event)."""
    body = "由园区一家初创企业研发的养老护理机器人，8月底起在福田区3家养老机构试用。"
    labels = _dated_labels(lexicon, segmenter, body, "2030-09-02")
    assert labels == {("2030-08", "养老护理机器人在福田区3家养老机构试用")}
    body = "近日，园区一支科研团队在钠离子电池正极材料研究中取得重要进展。"
    assert not [f for f in _read(lexicon, segmenter, body, "2026-11-20") if f.kind is FactKind.MILESTONE]


def test_their_side_is_the_department_named_and_a_let_contracts_works_are_its(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """署方 stands for the 署 the article named (机电工程署); 工程 after a contract let for X's
    design and building is X's works."""
    body = (
        "机电工程署今日宣布，园区区域供冷系统的设计及建造合约已经批出，工程将于本月底展开。"
        "署方于去年十一月就合约进行公开招标。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2030-09-16")
    assert {("2030-09", "园区区域供冷系统工程将展开"), ("2029-11", "机电工程署就合约进行公开招标")} <= labels


def test_an_interviews_we_plan_is_the_body_interviewed_by_its_full_name(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """专访X联合实验室主任 … 答：我们计划下个月启动…: X plans (计划 after 我们 is a verb, no plan
    named before); X（以下简称“实验室”）… 2027年实验室刚挂牌: X."""
    body = (
        "河套深港时间频率联合实验室（以下简称“实验室”）挂牌三年来，已建成两台光钟装置。\n\n"
        "问：实验室明年有什么新计划？\n\n答：我们计划下个月启动第三台光钟装置的安装。\n\n"
        "答：2027年实验室刚挂牌时，只有8名研究人员。"
    )
    article = Article("a", "专访河套深港时间频率联合实验室主任郑屹", "2030-10-09", "zh-Hans", body)
    labels = {
        (f.date, f.label) for f in Extractor(lexicon, segmenter).extract([article]) if f.kind is FactKind.MILESTONE
    }
    assert labels == {
        ("2030-11", "河套深港时间频率联合实验室计划启动第三台光钟装置的安装"),
        ("2027", "河套深港时间频率联合实验室刚挂牌"),
    }


def test_a_storys_bare_steps_are_of_what_its_lead_named(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X由构思到落成历时约五年：▶2028年10月：项目动工 (X动工); ▶2027年2月：城市规划委员会批准…
    names its own doer."""
    body = (
        "园区国际学人村由构思到落成历时约五年：\n\n▶ 2027年2月：城市规划委员会批准改划用途\n\n"
        "▶ 2028年10月：项目动工\n\n▶ 2030年8月：主体大楼平顶"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2030-10-20")
    assert labels == {
        ("2027-02", "城市规划委员会批准改划用途"),
        ("2028-10", "园区国际学人村动工"),
        ("2030-08", "园区国际学人村主体大楼平顶"),
    }


def test_a_months_new_count_and_its_record_are_no_events(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """其中，9月当月新登记港资企业31家，创年内单月新高: a figure, no event; 首批12家…企业可在…:
    the firms, without 可."""
    facts = _read(lexicon, segmenter, "其中，9月当月新登记港资企业31家，创年内单月新高。", "2030-11-12")
    assert not [f for f in facts if f.kind is FactKind.MILESTONE]
    assert [f.measure for f in facts if f.kind is FactKind.FIGURE] == ["新登记港资企业"]
    facts = _read(lexicon, segmenter, "试点近日获批，首批12家医疗器械企业可在香港开展临床试验。", "2030-09-25")
    assert [f.measure for f in facts if f.kind is FactKind.FIGURE] == ["医疗器械企业"]


def test_a_short_head_a_product_and_this_bureau_are_what_the_article_named(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """「河套幼苗幼稚园」… 幼稚园举行了开放日: the kindergarten quoted; X平台20日正式上线。…平台3月
    启动建设: the platform (a name followed by its day); 中心的装修工程: the centre's; 该局: the
    局 named; 公司发布首款X。…该产品通过测试: X."""
    body = (
        "园区首间幼稚园「河套幼苗幼稚园」下个月1号开学。幼稚园上星期六举行了开放日。"
        "园区科学仪器共享平台20日正式上线运行。平台今年3月启动建设。"
        "职业训练局昨日宣布，培训中心将于明年9月开课。中心的装修工程已于上月展开。该局去年6月与园区签署合作协议。"
        "今年5月，灵枢智算发布首款科学计算加速卡；7月，该产品通过两家国家实验室的上机测试。"
    )
    labels = {f.label for f in _read(lexicon, segmenter, body, "2030-07-21") if f.kind is FactKind.MILESTONE}
    assert {
        "河套幼苗幼稚园举行了开放日",
        "园区科学仪器共享平台启动建设",
        "培训中心的装修工程已展开",
        "职业训练局与园区签署合作协议",
        "首款科学计算加速卡通过两家国家实验室的上机测试",
    } <= labels


def test_then_in_cantonese_is_the_time_told_before(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """明年会再增设两班，到时学额会增加至约二百个: 到时 is 届时, the places are of next year."""
    body = "幼稚园提供约一百五十个学额。负责人又透露，明年会再增设两班，到时学额会增加至约二百个。"
    (aim,) = [f for f in _read(lexicon, segmenter, body, "2030-07-21") if f.kind is FactKind.FIGURE and f.value == 200]
    assert (aim.measure, aim.date, aim.is_target) == ("学额", "2031", True)


def test_a_universitys_side_a_cause_and_what_a_meeting_passed(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """校方 is the university named; 因天气关系 says why, the occasion named before is what is put
    off; 市政府召开常务会议，审议通过《X》: the passing too, that day; 已于本周报到 ends in a word."""
    body = (
        "香港理工大学今日宣布，首批十二名研究人员已于本周报到。校方计划在明年内再招聘二十名研究人员。"
        "原定本周六举行的首届河套深港龙舟邀请赛，因天气关系将延期至下月九日举行。"
        "12月1日，市政府召开常务会议，审议通过《河套算力券实施办法》。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2030-06-05")
    assert {
        ("2030-06-05", "首批十二名研究人员已报到"),
        ("2031", "香港理工大学计划再招聘二十名研究人员"),
        ("2030-07-09", "首届河套深港龙舟邀请赛将延期举行"),
        ("2029-12-01", "市政府审议通过《河套算力券实施办法》"),
    } <= labels


def test_a_price_kept_and_this_share_are_named(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """单程票价维持25元不变: the fare; 比例提高至60%以上，目前这一比例约为35%: the same share, now."""
    body = "单程票价维持25元不变。园区计划到2032年将可再生能源使用比例提高至60%以上，目前这一比例约为35%。"
    figures = {(f.measure, f.value) for f in _read(lexicon, segmenter, body, "2030-10-30") if f.kind is FactKind.FIGURE}
    assert {("单程票价", 25), ("可再生能源使用比例", 60), ("可再生能源使用比例", 35)} <= figures


def test_what_was_done_only_then_and_a_second_deed_of_the_occasion(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """原计划上月底公布赛程，因…延误至本月初才正式公布: done early this month, and 赛程 is what;
    首届X大会…。次日，大会将举办…论坛，并发布《Y》: the congress issues Y."""
    body = (
        "邀请赛由两地团体合办，原计划上月底公布赛程，因河道工程延误至本月初才正式公布。"
        "首届河套深港算力大会17日开幕。次日，大会将举办6场专题论坛，并发布《河套算力发展白皮书》。"
    )
    labels = {
        (f.date, f.label, f.is_target)
        for f in _read(lexicon, segmenter, body, "2030-06-18")
        if f.kind is FactKind.MILESTONE
    }
    assert ("2030-06", "邀请赛正式公布赛程", False) in labels
    assert ("2030-06-18", "首届河套深港算力大会发布《河套算力发展白皮书》", False) in labels


def test_a_clock_a_plot_a_headquarters_and_a_procedure_begun(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """北京时间10月15日晚，X发表论文: X's paper that evening; 明年6月中试线投产: 中试, no mid-June;
    企业X华南总部…。公司将…: X; X发布公告，Y用地启动挂牌程序。该地块将于…竞价: the land; 研究员
    is no research; 今年共提供320个名额: a count, no event."""
    body = (
        "北京时间10月15日晚，河套深港量子材料联合实验室团队在《科学》上发表论文。"
        "实验室研究员钟亦凡介绍，这项研究始于2027年。"
        "量子点显示企业晶澜光电华南总部昨天正式落户园区，计划明年6月中试线投产。"
        "晶澜光电成立于2022年。公司负责人表示，未来三年将在园区引进研发人员300名。"
        "市规划和自然资源局昨日发布公告，园区一宗科研用地启动挂牌程序。该地块将于12月22日进行网上竞价。"
        "今年共提供三百二十个实习名额。"
    )
    labels = {f.label for f in _read(lexicon, segmenter, body, "2030-10-16") if f.kind is FactKind.MILESTONE}
    assert any(label.endswith("计划中试线投产") for label in labels)
    assert {
        "河套深港量子材料联合实验室团队在《科学》上发表论文",
        "晶澜光电将在园区引进研发人员300名",
        "园区一宗科研用地启动挂牌程序",
        "科研用地将进行网上竞价",
    } <= labels
    assert not [label for label in labels if "实验室研究开始" in label or "名额" in label]


def test_a_grid_connection_an_earlier_deeds_adverb_and_doors_opening(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X二期19日正式并网发电: jieba tags 并网发电 a set phrase, after 正式 the predicate; 政府早前已于
    去年十二月完成…，并会在今年内…: 政府会…, not 早前会…; 开放日当天上午9时开始入场 is no event; 有关用地
    keeps its 有."""
    body = (
        "园区屋顶光伏项目二期19日正式并网发电。"
        "政府早前已于去年十二月完成第二期发展的概念设计，并会在今年内就第二期展开公众咨询。"
        "超算中心首次开放日定于1月4日。开放日当天上午9时开始入场。"
        "有关用地共约五公顷。"
    )
    facts = _read(lexicon, segmenter, body, "2030-12-20")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {("2030-12-19", "园区屋顶光伏项目二期正式并网发电"), ("2030", "政府会就第二期展开公众咨询")} <= labels
    assert not [label for _, label in labels if label.endswith("入场")]
    assert [f.measure for f in facts if f.kind is FactKind.FIGURE and f.unit == "公顷"] == ["有关用地面积"]


def test_a_firms_name_a_closing_day_mid_sentence_and_a_bare_works(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """企业潜蛟科技今日…上市。公司成立于2024年: 潜蛟科技 (jieba tags 潜 a verb, but the name ends as a
    firm's); X将于本月二十八日至下月三日举行…；闭幕当日会公布…: the last day, and X will."""
    body = (
        "园区企业潜蛟科技今日在港交所主板挂牌上市。公司成立于2024年。"
        "首届河套科学节将于本月28日至下月3日举行。主办机构表示，开幕礼将于28日上午举行；闭幕当日会公布得奖名单。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2031-03-10")
    assert {("2024", "潜蛟科技成立"), ("2031-04-03", "首届河套科学节会公布得奖名单")} <= labels


def test_this_hall_megawatt_hours_and_a_site_being_chosen(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """园区科技图书馆将于春节后开馆…。该馆2029年10月开工: the library (not 开馆, which ends in 馆);
    约为八兆瓦时 is energy; 第二座储能站的选址工作已经展开，预计…动工: the station breaks ground."""
    body = (
        "园区科技图书馆将于春节后正式开馆。该馆2029年10月开工。"
        "储能站储能容量约为八兆瓦时。第二座储能站的选址工作已经展开，预计明年第三季动工。"
    )
    facts = _read(lexicon, segmenter, body, "2031-01-08")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {("2029-10", "园区科技图书馆开工"), ("2032-09", "第二座储能站预计动工")} <= labels
    assert [(f.value, f.unit) for f in facts if f.kind is FactKind.FIGURE] == [(8000, "千瓦时")]


def test_a_heading_a_figures_clause_and_a_name_without_its_date(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """二、交通。年内新增…不少于8条，力争9月底前开通X: X alone (不少于 is no 于 that ends a subject, the
    heading no subject); 今年3月中心主体完工。…中心二期将于明年动工: the centre named before, without
    今年3月; 及时 is no 时 that ends an event; 实验室正与…商讨合作，希望明年签署协议: the lab hopes."""
    body = (
        "河套细胞治疗中心上月通过验收。今年3月中心主体完工。根据计划，中心二期将于明年动工。"
        "二、交通设施。年内新增公交线路不少于8条，力争9月底前开通园区环线巴士。"
        "当局计划于2032年前与深圳方面建立污染事故及时通报机制。"
        "实验室主任表示，实验室正与两家药企商讨合作，希望明年签署协议。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2031-02-10")
    assert {
        ("2031-03", "河套细胞治疗中心主体完工"),
        ("2032", "河套细胞治疗中心二期将动工"),
        ("2031-09", "开通园区环线巴士"),
        ("2032", "当局计划与深圳方面建立污染事故及时通报机制"),
    } <= labels
    assert any(label.endswith("希望签署协议") and "实验室" in label for _, label in labels)


def test_a_firms_filing_a_contests_final_and_a_bracketed_caption(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """芯瀚科技5日晚间公告，公司与…签订…协议: the firm signed by then, once; 决赛将于22日…, told after
    主办方昨日表示: the contest's November, not the article's October; 上届比赛: that contest's last
    edition; （图：…昨日调试设备。）: a caption."""
    body = (
        "芯瀚科技5日晚间公告，公司与园区一家研究院签订技术合作协议。"
        "第二届河套无人机竞速挑战赛将于11月20日至22日在园区举行。主办方昨日表示，决赛将于22日晚举行。"
        "上届比赛于去年10月举办。（图：工作人员昨日调试无人机。）"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2030-10-06")
    assert {
        ("2030-10-05", "芯瀚科技与园区一家研究院签订技术合作协议"),
        ("2030-11-22", "第二届河套无人机竞速挑战赛决赛将举行"),
        ("2029-10", "上届河套无人机竞速挑战赛举办"),
    } <= labels
    assert len([label for _, label in labels if "签订技术合作协议" in label]) == 1
    assert not [label for _, label in labels if "调试" in label]


def test_a_route_studied_a_bare_head_a_chronicles_meeting_and_a_move(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """研究加开第四条线路，目标于…开通: the line opens; 中心由…启动建设: the centre named before; 3月2日　园区
    召开2031年工作会议，发布《X》: the meeting (its year is its name) and the release, on a line with no
    full stop; …，去年五月把团队搬进…: the founder told before moves it."""
    body = (
        "政府正与深圳方面研究加开第四条穿梭巴士线路，目标于本年第三季开通。"
        "河套再生医学中心上月揭牌。据介绍，中心由三所高校于2029年6月启动建设。\n\n"
        "3月2日　园区召开2031年工作会议，发布《园区共享实验室管理办法》\n\n"
        "生物材料初创「澜芯医疗」创办人周敏2020年回国，翌年在深圳成立公司，去年五月把团队搬进河套深圳园区。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2031-04-20")
    assert {
        ("2031-09", "第四条穿梭巴士线路将开通"),
        ("2029-06", "河套再生医学中心由三所高校启动建设"),
        ("2031-03-02", "园区召开2031年工作会议"),
        ("2031-03-02", "园区发布《园区共享实验室管理办法》"),
        ("2030-05", "生物材料初创「澜芯医疗」创办人周敏把团队搬进河套深圳园区"),
    } <= labels


def test_a_posts_fields_and_a_call_under_the_measures_named(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """📅开放时间：5月6日起…: the place the post named opens; ✍️报名截止：5月3日（周六）17:00: the call
    its title names closes; 答：首批申报将于…开始: under the measures the question named; 现有员工
    十二名，…增至三十人: the firm's staff, not the clause."""
    post = "园区共享电镜平台上月完成调试。\n\n📅开放时间：5月6日起，每周二至周六\n\n✍️报名截止：5月3日（周六）17:00"
    facts = _read(lexicon, segmenter, post, "2031-04-25", title="招募｜共享电镜平台首批用户")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {("2031-05-06", "园区共享电镜平台开放"), ("2031-05-03", "共享电镜平台首批用户报名截止")} <= labels
    qa = (
        "问：《园区支持合成生物产业发展若干措施》何时施行？\n\n"
        "答：首批申报将于6月1日开始。公司现有员工十二名，年底前将增至三十人。"
    )
    facts = _read(lexicon, segmenter, qa, "2031-04-25")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert ("2031-06-01", "《园区支持合成生物产业发展若干措施》首批申报将开始") in labels
    assert {f.measure for f in facts if f.kind is FactKind.FIGURE and f.value == 30} == {"公司员工"}


def test_today_at_once_two_plots_a_later_phase_and_every_task(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """署方今日公布X方案，并即日展开…咨询: the bureau consults from today; 此前两宗分别于…成交: the plots
    told before; 中心一期已于…，二期工程预计…: the centre's; 确保年内完成各项重点任务: no event;
    「X与Y中心」: the measure keeps the name whole."""
    body = (
        "规划署今日公布科技走廊南段的初步方案，并即日展开为期两个月的公众咨询。"
        "园区一宗科研用地今日成功出让。此前两宗分别于2月和6月成交。"
        "在河套量子材料测试中心，中心一期已于今年4月投入使用，二期工程正在加紧建设，预计明年完成设备安装。"
        "会议强调，要加快推进重点项目建设，确保年内完成各项重点任务。"
        "大学宣布在园区设立「海洋感知与通信研究中心」。该中心将招聘约三十名研究人员。"
    )
    facts = _read(lexicon, segmenter, body, "2031-09-10")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {
        ("2031-09-10", "规划署展开为期两个月的公众咨询"),
        ("2031-02", "两宗科研用地分别成交"),
        ("2031-06", "两宗科研用地分别成交"),
        ("2032", "河套量子材料测试中心二期工程预计完成设备安装"),
    } <= labels
    assert not [label for _, label in labels if "各项重点任务" in label]
    assert [f.measure for f in facts if f.kind is FactKind.FIGURE and f.value == 30] == [
        "海洋感知与通信研究中心的研究人员"
    ]


def test_a_meetings_day_a_funding_round_before_and_works_named_by_what_they_build(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """会上，… after a meeting and a 年内 told after it: the meeting's day; 下次会议: the body's;
    这是X继去年3月完成A轮融资后，不到一年内…: X's round, and 不到一年内 no date; 兴建X，…工程预计…:
    X's works; 项目计划… after X开工仪式: X's project; 建设X及共享设施，计划…: 共享 ends no subject;
    元宵节当晚亮灯: that night."""
    body = (
        "河套科研设施工作小组昨日（9日）在福田举行首次会议，双方同意年内推出共享清单。会上，双方亦确认了议事规则。"
        "下次会议将于明年上半年在香港举行。"
        "这是澄波科技继去年3月完成A轮融资后，不到一年内再获融资。"
        "政府早前申请拨款，兴建港深创科园气象观测塔，财委会已通过拨款。工程预计于今年第四季展开。"
        "8日上午，河套脑机接口测试中心开工仪式在园区举行。项目计划于2033年建成投用。"
        "园区灯笼展将于元宵节当晚亮灯。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2031-01-10")
    assert {
        ("2031-01-09", "双方亦确认了议事规则"),
        ("2032-06", "河套科研设施工作小组下次会议将在香港举行"),
        ("2030-03", "澄波科技完成A轮融资"),
        ("2031-12", "兴建港深创科园气象观测塔工程预计展开"),
        ("2033", "河套脑机接口测试中心项目计划建成投用"),
        ("2031-02-06", "园区灯笼展将亮灯"),  # the 15th of the first lunar month, 2031
    } <= labels
    assert not [label for _, label in labels if "再获" in label]


def test_a_press_conferences_answers_a_firms_takings_and_two_days_of_one_fair(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """12日…举行年中新闻发布会: the 12th (年中 names the conference); 记者：X的开放时间会延长吗？
    发言人：…将开放时间延长至…: X's; 去年营收同比增长一倍至三亿元: a figure, the firm's, no event;
    公司正于…兴建第三条产线，预计…投产: the firm's line; 6月7日、8日: one fair over two days;
    开标时间：同上: the day the field before gave."""
    body = (
        "12日，园区管理局举行年中新闻发布会。\n\n记者：科研公共服务大厅的开放时间会延长吗？\n\n"
        "发言人：我们计划自明年3月1日起将开放时间延长至每日21时。\n\n"
        "园区企业蓝鲸智能去年营收同比增长一倍至三亿元。公司正于园区兴建第三条产线，预计今年底投产。\n\n"
        "园区科普集市将于6月7日、8日举行。\n\n"
        "项目名称：园区科研楼装修工程\n\n投标截止时间：2030年8月20日10时\n\n开标时间：同上"
    )
    facts = _read(lexicon, segmenter, body, "2030-06-13")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {
        ("2030-06-12", "园区管理局举行年中新闻发布会"),
        ("2031-03-01", "计划将科研公共服务大厅的开放时间延长至每日21时"),
        ("2030-12", "蓝鲸智能第三条产线预计投产"),
        ("2030-06-07", "园区科普集市将举行"),
        ("2030-08-20", "园区科研楼装修工程开标"),  # 开标时间：同上
    } <= labels
    assert not [label for _, label in labels if "营收" in label]
    assert [date for date, label in labels if label == "园区科普集市将举行"] == ["2030-06-07"]
    assert {f.measure for f in facts if f.kind is FactKind.FIGURE and f.value == 3e8} == {"蓝鲸智能营收"}


def test_bullets_a_regulation_an_opening_put_off_and_an_appointment(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """▪ 明年內…: no bullet in the label; 条例将于…施行 after 表决通过《X条例》: X; 草案于4月…，6月进行了
    第二次审议: the draft's; X并非于本月底启用，而是…延至下月中旬: no opening this month, X's put off;
    记者8日获悉，经…决定，任命X为Y: the appointment."""
    body = (
        "措施包括：\n\n▪ 明年內成立「河套青年科研基金」；\n\n"
        "20日，市人大常委会表决通过《河套深圳园区数据流通条例》，条例将于2033年3月1日起施行。"
        "条例草案于今年5月首次提交审议，7月进行了第二次审议。\n\n"
        "园区公司澄清，指园区展览馆并非于本月底开放，而是因验收需时，延至下月中旬。\n\n"
        "记者21日获悉，经市政府研究决定，任命何嘉俊为园区管理局局长。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2032-09-22")
    assert {
        ("2033", "成立「河套青年科研基金」"),
        ("2033-03-01", "《河套深圳园区数据流通条例》将施行"),
        ("2032-07", "条例草案进行了第二次审议"),
        ("2032-10", "园区展览馆开放推迟"),
        ("2032-09-21", "任命何嘉俊为园区管理局局长"),
    } <= labels
    assert not [label for date, label in labels if date == "2032-09" and "开放" in label]


def test_dotted_days_the_new_years_eve_quotes_and_a_contracts_works(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """将于2.22举行: a dotted date after 于 (not 增长至3.12，…); 年前可望再有…: before the lunar new
    year, with no subject borrowed; 直到前年3月，第一条中试线才正式投产: no 才, and 第一条 is no
    article number; a label quoted whole loses its quotes; 批出X工程合约。…工程下月展开: X's works."""
    body = (
        "第3期沙龙将于2.22举行。产值增长至3.12，较上年提高。\n\n"
        "园区食堂预计本月中下旬开业，年前可望再有两间书店进驻。\n\n"
        "“直到前年3月，第一条中试线才正式投产。”他说，“希望明年上半年能拿下第一张订单。”\n\n"
        "署方已批出园区第二期供水管道工程合约。工程下月展开。"
    )
    labels = {
        (f.date or "", f.label) for f in _read(lexicon, segmenter, body, "2033-01-10") if f.kind is FactKind.MILESTONE
    }
    assert {
        ("2033-01-31", "可望再有两间书店进驻"),
        ("2031-03", "第一条中试线正式投产"),
        ("2033-02", "园区第二期供水管道工程展开"),
    } <= labels
    assert ("2033-02-22", "第3期沙龙将举行") in labels
    assert not [date for date, _ in labels if date.endswith("03-12")]
    assert not [label for _, label in labels if label.startswith(("“", "”"))]


def test_an_issue_of_a_series_is_the_series(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X讲堂第8期将于…举行。第7期讲堂已于…举行: the 7th of X, not an unnamed 讲堂."""
    body = "河套材料科学讲堂第8期将于4月9日举行。第7期讲堂已于3月12日举行。"
    labels = _dated_labels(lexicon, segmenter, body, "2031-03-30")
    assert ("2031-03-12", "河套材料科学讲堂第7期已举行") in labels


def test_a_dotted_deadline_from_today(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """报名时间：即日起至1.5, in a December post: the coming 5 January, as 1月5日 would be."""
    body = "河套科普讲堂第3期将于1月9日举行。\n\n报名时间：即日起至1.5，名额30个。"
    labels = _dated_labels(lexicon, segmenter, body, "2032-12-20")
    assert ("2033-01-05", "河套科普讲堂第3期报名截止") in labels


def test_a_scheme_named_before_its_plan_is_told_and_a_firms_own_centre(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """推出「X计划」，让…，计划将于…接受申请: the scheme accepts, not whom it lets test; 计划的筹备工作:
    the scheme's; 园区建设规划正式公布 is a release; 扩建工程 is the works named in full before; 其位于…
    的研发中心: the firm's; 大会期间，共有…签约: the congress's signings, named before (not 4场平行论坛)."""
    body = (
        "管理局今日宣布，园区将推出「开放测试计划」，让企业在真实道路上测试产品，计划将于下月起接受申请。"
        "计划的筹备工作已于上月完成。\n\n"
        "2024年5月，园区建设规划正式公布；2026年初，首批大楼投入使用。\n\n"
        "福田口岸扩建工程的主体工程昨日展开。扩建工程早于2020年已拆除旧办公楼。\n\n"
        "云启科技今日宣布，其位于园区的研发中心将于明年3月正式启用。\n\n"
        "第二届河套创新大会今天在园区闭幕，共设4场平行论坛。大会期间，共有18个项目现场签约。"
    )
    facts = _read(lexicon, segmenter, body, "2031-06-10")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {
        ("2031-07", "「开放测试计划」将接受申请"),
        ("2031-05", "开放测试计划的筹备工作已完成"),
        ("2024-05", "园区建设规划正式公布"),
        ("2020", "福田口岸扩建工程已拆除旧办公楼"),
        ("2032-03", "云启科技研发中心将正式启用"),
    } <= labels
    (signed,) = _find(facts, FactKind.FIGURE, lambda f: f.value == 18)
    assert signed.measure == "第二届河套创新大会签约项目"


def test_a_work_list_due_this_month_a_parks_second_building_and_a_first_year(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """下一步将重点抓好两项工作：一是月底前…: an aim though due this month; （二）第二座…: the park
    whose first one item （一） told; 首年预计…，并计划于三年内…: the first year's count is not the
    three years' aim."""
    body = (
        "管理局表示，下一步将重点抓好两项工作：一是月底前完成人才驿站的选址；二是明年二季度开通园区夜间巴士。\n\n"
        "（一）港深创科园的首座员工宿舍已于本年五月启用。\n\n"
        "（二）第二座员工宿舍预计于明年年底落成。\n\n"
        "该中心首年预计招聘约四十名工程师，并计划于三年内增至一百五十人。"
    )
    facts = _read(lexicon, segmenter, body, "2031-09-05")
    labels = {(f.date, f.is_target, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {
        ("2031-09", True, "完成人才驿站的选址"),
        ("2032-06", True, "开通园区夜间巴士"),
        ("2032-12", True, "港深创科园第二座员工宿舍预计落成"),
    } <= labels
    (hired,) = _find(facts, FactKind.FIGURE, lambda f: f.value == 40)
    assert hired.date is None


def test_a_plan_table_a_years_tally_and_items_after_a_lead_of_the_following(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """| 计划节点 | 5月动工 |, in January: this year's aim; 今年共安排重点项目12个: a tally, no event;
    聚焦以下重点：推进…，力争…，年底前…: three items of the lead's year, no 推进X before 力争's deed;
    过去一年，…新增…, in a report of January: last year's figures."""
    body = (
        "根据园区年度建设计划，今年共安排重点项目12个。其中部分项目节点如下：\n\n"
        "| 项目名称 | 计划节点 |\n| --- | --- |\n| 园区数据中心 | 5月动工 |\n\n"
        "2033年，我们将聚焦以下重点：推进园区第五批科研楼宇建设，力争三季度开通园区环线巴士，年底前建成青年驿站。\n\n"
        "过去一年，园区新引进研发机构9个。"
    )
    facts = _read(lexicon, segmenter, body, "2033-01-20")
    labels = {(f.date, f.is_target, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {
        ("2033-05", True, "园区数据中心计划动工"),
        ("2033", True, "推进园区第五批科研楼宇建设"),
        ("2033-09", True, "开通园区环线巴士"),
        ("2033-12", True, "建成青年驿站"),
    } <= labels
    assert not [label for _, _, label in labels if "安排" in label]
    (institutes,) = _find(facts, FactKind.FIGURE, lambda f: f.value == 9)
    assert institutes.date == "2032"


def test_a_pair_told_before_a_final_put_off_and_a_grant_the_policy_carries(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """双方 after 由X与Y共同建设: X与Y; 原定…举行的X总决赛，将推迟至…: the final, not the contest;
    对入选…人才计划的，给予一次性30万元奖励: no policy of its own, and the grant is the policy's, no
    figure; 合作框架协议 is no mention of the 2017 framework agreement; 一连两日开放…: no event."""
    body = (
        "该平台由深圳一家医院与香港一所大学共同建设。此前，双方已于今年3月签署合作框架协议。\n\n"
        "原定于6月8日举行的第二届河套机器人大赛总决赛，将推迟至6月15日举行。\n\n"
        "园区今日举行科普开放日，一连两日开放予公众参观。\n\n"
        "《园区人才若干措施》共10条，对入选国家级青年人才计划的，给予一次性30万元奖励。"
    )
    facts = _read(lexicon, segmenter, body, "2031-06-02")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {
        ("2031-03", "深圳一家医院与香港一所大学已签署合作框架协议"),
        ("2031-06-15", "第二届河套机器人大赛总决赛将推迟举行"),
    } <= labels
    assert not [label for _, label in labels if "一连" in label]
    assert [f.label for f in facts if f.kind is FactKind.POLICY] == ["《园区人才若干措施》"]
    assert not _find(facts, FactKind.FIGURE, lambda f: f.value == 300_000)
    assert not _find(facts, FactKind.ENTITY, lambda f: f.label.endswith("框架协议"))


def test_a_new_port_of_the_place_named_and_a_fair_that_will(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X口岸重建工程…展开，新口岸预计…启用: X's new port; 嘉年华设有…，周五晚上更会举行…: the fair
    will hold it (not 嘉年华会, a fair of its own)."""
    body = "文锦渡口岸重建工程昨日展开，新口岸预计2030年启用。\n\n嘉年华设有多个展位，本周五晚上更会举行烟花汇演。"
    labels = _dated_labels(lexicon, segmenter, body, "2031-05-14")
    assert {("2030", "文锦渡新口岸预计启用"), ("2031-05-16", "嘉年华将举行烟花汇演")} <= labels


def test_a_posts_headline_and_its_body_tell_one_opening(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """#河套# 【好消息！园区首座X今天投用】今天起，…首座Y正式对外开放: one opening (对外开放 is an
    opening), labelled as the body tells it."""
    body = "#河套# 【好消息！园区首座智慧书亭今天投用】今天起，河套深圳园区首座24小时智慧书亭正式对外开放。"
    labels = [(f.date, f.label) for f in _read(lexicon, segmenter, body, "2031-04-09") if f.kind is FactKind.MILESTONE]
    assert labels == [("2031-04-09", "河套深圳园区首座24小时智慧书亭正式对外开放")]


def test_a_notices_forum_and_deadline_a_plot_sold_and_a_rumour(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """定于…在X举办Y: Y在X举办 (no label opening with 在); 报名方式：请于…前…报名: a deadline;
    …举行土地挂牌出让，一宗…用地以底价…成交: a sale then too; 有网帖称…将上调: hearsay; 港深创科园公司…，
    第二期首批大楼…: the park's second phase."""
    body = (
        "经研究，定于2032年3月6日至7日在园区会展中心举办2032河套青年创新论坛。\n\n"
        "二、报名方式：请于2032年2月20日前登录官网完成报名。\n\n"
        "交易中心昨日举行土地挂牌出让，园区一宗产业用地以底价9.2亿元成交。\n\n"
        "近日有网帖称，园区停车费将从明年起上调一成。\n\n"
        "港深创科园公司表示，第二期首批大楼预计2033年起落成。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2031-12-10")
    assert {
        ("2032-03-06", "2032河套青年创新论坛在园区会展中心举办"),
        ("2032-02-20", "2032河套青年创新论坛报名截止"),
        ("2031-12-09", "园区一宗产业用地以底价9.2亿元成交"),
        ("2033", "港深创科园第二期首批大楼预计落成"),
    } <= labels
    assert not [label for _, label in labels if "停车费" in label or label.startswith("在")]


def test_a_plots_price_floor_price_and_area(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """以底价9.2亿元成交: its 成交价; 折合楼面地价约每平方米1.2万元: 楼面地价; 该地块用地面积 after
    一宗产业用地: 产业用地面积, its 用地 said once."""
    body = "园区一宗产业用地昨日以底价9.2亿元成交。该地块用地面积约1.5万平方米，折合楼面地价约每平方米1.2万元。"
    facts = _read(lexicon, segmenter, body, "2031-12-10")
    measures = {f.measure for f in facts if f.kind is FactKind.FIGURE}
    assert {"成交价", "产业用地面积", "楼面地价"} <= measures


def test_those_measures_a_quarters_sum_and_a_races_distance(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """推出…一系列停车优惠措施。有关措施将于…生效: the parking measures (not 一系列); 第三季度研发
    投入12.5亿元: a figure, no event; 规模以上企业研发投入达到…: its whole measure (以上 is no 以…投入);
    设全程马拉松和10公里跑两个项目: no figure of a race's distance."""
    body = (
        "管理公司今日表示，将推出一系列停车优惠措施。有关措施将于明年一月一日生效。\n\n"
        "今年前三季度，园区规模以上企业研发投入达到40.2亿元。其中，第三季度研发投入12.5亿元。\n\n"
        "本次赛事设全程马拉松和10公里跑两个项目。"
    )
    facts = _read(lexicon, segmenter, body, "2031-11-05")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert ("2032-01-01", "停车优惠措施将生效") in labels
    assert not [label for _, label in labels if "研发投入" in label]
    measures = {f.measure for f in facts if f.kind is FactKind.FIGURE}
    assert "园区规模以上企业研发投入" in measures
    assert not _find(facts, FactKind.FIGURE, lambda f: f.unit == "公里")


def test_a_calls_programme_from_the_title_and_a_name_glossed_in_brackets(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """一图读懂｜X计划2033 … A：报名将于…开始，…截止: X's call; 来自德国的Anna Weber（中文名：魏安娜）
    2030年加入…: 魏安娜 joined, no bracket's end opening the label."""
    body = (
        "Q：什么时候可以报名？\n\nA：报名将于3月1日开始，4月10日截止。\n\n"
        "来自德国的化学家Anna Weber（中文名：魏安娜）2030年加入园区一家药企。"
    )
    facts = Extractor(lexicon, segmenter).extract(
        [Article("a", "一图读懂｜河套科研助理计划2033", "2033-02-01", "zh-Hans", body)]
    )
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {
        ("2033-03-01", "河套科研助理计划2033报名将开始"),
        ("2033-04-10", "河套科研助理计划2033报名截止"),
        ("2030", "魏安娜加入园区一家药企"),
    } <= labels


def test_a_prize_won_a_product_made_before_and_a_firms_second_deed(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """日前，企业X研发的Y，在…评选中获得金奖: Y won (not a label ending at Y); 该产品: Y; 公司计划…，并启动
    新一轮融资: the firm does both; 今年要重点推进三项工作：…；…；…: three items of this year; X的设计
    工作已完成，…工程可于…展开: X's works."""
    body = (
        "日前，园区初创企业星衡光电研发的协作机器人，在日本举行的国际机器人展评选中获得金奖。"
        "该产品于去年5月上市。企业负责人表示，公司计划今年8月在香港设立办事处，并启动新一轮融资。\n\n"
        "会议指出，今年要重点推进三项工作：建设园区数据专区；推动园区东门改造开工；举办第二届科技合作周。\n\n"
        "园区东区大楼的设计工作已大致完成，如拨款获批，工程可于今年第四季展开。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2032-03-02")
    assert {
        ("2032-03", "园区初创企业星衡光电研发的协作机器人在日本举行的国际机器人展评选中获得金奖"),
        ("2031-05", "协作机器人上市"),
        ("2032-08", "星衡光电启动新一轮融资"),
        ("2032", "推动园区东门改造开工"),
        ("2032", "举办第二届科技合作周"),
        ("2032-12", "园区东区大楼工程可展开"),
    } <= labels


def test_a_firm_listed_a_camp_named_before_and_a_rate_he_told(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """…的X在香港联交所主板挂牌上市 names the firm a later 公司 is; 夏令营将在…举行 after 主办的Y夏令营即日起
    开始报名: Y; 他指目前出租率已超过九成: 出租率, not 他指出租率."""
    body = (
        "3月2日，总部位于园区的康衡医药在香港联交所主板挂牌上市。公司首款新药有望于2035年获批。\n\n"
        "由园区主办的2033河套少年科学夏令营即日起开始报名。夏令营将于8月1日至7日在园区举行。\n\n"
        "被问到租务情况，他指目前出租率已超过九成。"
    )
    facts = _read(lexicon, segmenter, body, "2033-03-03")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {
        ("2035", "康衡医药首款新药有望获批"),
        ("2033-08-01", "河套少年科学夏令营将在园区举行"),  # the series: its date tells the year
    } <= labels
    assert {f.measure for f in facts if f.kind is FactKind.FIGURE} == {"出租率"}


def test_what_a_ceremony_marks_names_no_one_and_a_cap_raised_per_year(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """…举行揭牌仪式，标志着研究院正式投入运作。研究院…: the institute named before, not 标志着研究院;
    将资助上限由每年五十万元提高至八十万元: the cap, not 资助上限由每年五十万元."""
    body = (
        "香港大学河套创新研究院昨日举行揭牌仪式，标志着研究院正式投入运作。研究院计划三年内将团队扩大至150人。\n\n"
        "当局会由明年一月一日起，将每间企业的资助上限由每年五十万元提高至八十万元。"
    )
    facts = _read(lexicon, segmenter, body, "2032-03-16")
    labels = {f.label for f in facts if f.kind is FactKind.MILESTONE}
    assert "香港大学河套创新研究院计划将团队扩大至150人" in labels
    assert not [label for label in labels if "标志着" in label]
    (cap,) = _find(facts, FactKind.FIGURE, lambda f: f.value == 800_000)
    assert cap.measure == "资助上限"


def test_a_birth_year_a_third_phase_and_a_plan_carried_out(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """1999年出生的X: an age, no event; X二期正式上线…。三期项目预计…建成: X's third phase; 为落实
    行动计划，…: no policy named 行动计划."""
    body = (
        "1999年出生的工程师陈卓然，去年加入园区。\n\n"
        "4月1日，河套开放数据平台二期正式上线。三期项目预计2034年建成。\n\n"
        "为落实行动计划，园区将于今年6月前出台配套细则。"
    )
    facts = _read(lexicon, segmenter, body, "2032-04-05")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert ("2034", "河套开放数据平台三期项目预计建成") in labels
    assert not [date for date, _ in labels if date == "1999"]
    assert not [f for f in facts if f.kind is FactKind.POLICY and f.label == "行动计划"]


def test_a_deed_after_graduating_and_her_project(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """香港青年X，去年从Y大学毕业后，加入了Z: X joined Z last year (博士毕业后 is no one's name);
    今年3月，她主导的项目完成中试: X's project, not 项目她主导."""
    body = (
        "2000年出生的香港青年程嘉怡，去年从香港大学博士毕业后，加入了园区一家芯片企业。\n\n"
        "今年3月，她主导的第一个项目顺利完成流片测试。"
    )
    facts = _read(lexicon, segmenter, body, "2032-05-06")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {("2031", "程嘉怡加入了园区一家芯片企业"), ("2032-03", "程嘉怡主导的第一个项目顺利完成流片测试")} <= labels
    assert not _find(facts, FactKind.ENTITY, lambda f: f.label.endswith("后"))


def test_a_quoted_title_with_a_colon_a_hospital_and_a_route_named_before(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """「声与光：X展」将于…揭幕: no quote's end left alone; X医院项目已完成选址。…医院将于…动工: X医院;
    标志着X航线首次试飞成功。航线计划…: X航线."""
    body = (
        "「声与光：科学音乐会」将于下周三（五月五日）在园区礼堂举行。\n\n"
        "河套湾区儿童医院项目已完成选址。按照计划，医院将于2034年动工。\n\n"
        "4月21日，一架无人机降落在园区，标志着河套低空物流航线首次试飞成功。航线计划于今年第四季度开展试运行。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2032-04-28")
    assert {
        ("2034", "河套湾区儿童医院将动工"),
        ("2032-12", "河套低空物流航线计划开展试运行"),
    } <= labels
    assert not [label for _, label in labels if "」" in label and "「" not in label]


def test_a_recruitment_notices_exam_is_named_by_its_title(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """…公开招聘科研助理公告 … 二、笔试时间：…: the recruitment's exam, named by the title (without 公告)."""
    body = "一、报名时间：2033年3月1日至3月10日\n\n二、笔试时间：2033年3月20日上午"
    facts = Extractor(lexicon, segmenter).extract(
        [Article("a", "河套实验室2033年公开招聘科研助理公告", "2033-02-20", "zh-Hans", body)]
    )
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert ("2033-03-20", "河套实验室公开招聘科研助理笔试举行") in labels


def test_a_new_station_an_aim_told_twice_and_a_project_that_opens(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X站昨日举行动工典礼，新车站预计…落成: X站; 发展署将推动设立Y，力争年内挂牌运行: one aim, not
    two; X项目…。项目…明年春节前投入使用: X项目."""
    body = (
        "东铁线河套东站昨日举行动工典礼，新车站预计2035年落成。\n\n"
        "发展署表示，今年将推动设立河套技术转移中心，力争年内挂牌运行。\n\n"
        "河套深圳园区图书馆项目主体结构昨日封顶。项目预计明年春节前投入使用。"
    )
    labels = [(f.date, f.label) for f in _read(lexicon, segmenter, body, "2032-05-20") if f.kind is FactKind.MILESTONE]
    assert ("2035", "东铁线河套东站预计落成") in labels
    assert len([label for _, label in labels if "技术转移中心" in label]) == 1
    assert ("2033-01-31", "河套深圳园区图书馆项目预计投入使用") in labels


def test_a_subject_going_well_an_aim_a_demand_and_a_name_jieba_cuts(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X自…动工以来进展顺利，预计…平顶: X平顶; …设立「Y」，目标…推出: Y将推出; 认为当局应于明年…:
    a demand, no plan; 代表李卫东…他今年提交了…: 李卫东, not the 卫东 jieba cuts off."""
    body = (
        "局长表示，港深创科园第二期首两座大楼自前年十月动工以来进展顺利，预计明年年中平顶。\n\n"
        "他又透露，政府正与深圳市政府商讨设立「跨境临床试验资料互通试点」，目标在本年底前推出首批试点项目。\n\n"
        "区议员陈志明认为当局应于明年检讨班次，以配合港深创科园第二期的落成。\n\n"
        "来自深圳的全国人大代表李卫东接受记者采访时表示，园区正处于关键阶段。\n\n"
        "李卫东透露，他今年提交了《关于支持河套深化国际科技合作的建议》。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2032-05-20")
    assert labels == {
        ("2030-10", "港深创科园第二期首两座大楼动工"),
        ("2033-06", "港深创科园第二期首两座大楼预计平顶"),
        ("2032-12", "「跨境临床试验资料互通试点」将推出首批试点项目"),
        ("2032", "李卫东提交了《关于支持河套深化国际科技合作的建议》"),
    }


def test_a_total_of_its_own_for_whom_and_what_a_deputy_proposes(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """新增X23家，累计纳入名单的单位达到112家: the units, not X; 已为科研单位进口研发用品4,600批次:
    进口研发用品; 他建议，…建成3至5个平台: no figure; 以自有资金1亿元设立…: 出资."""
    body = (
        "第四批白名单已于5月18日发布，新增企业和科研机构23家，累计纳入白名单的单位达到112家。\n\n"
        "白名单制度自2030年试行以来，已为园区科研单位进口研发用品约4,600批次。\n\n"
        "他建议，国家有关部门支持河套在“十六五”期间建成3至5个国际大科学计划配套平台。\n\n"
        "公司同意以自有资金1亿元在河套深圳园区设立全资子公司。"
    )
    figures = {(f.measure, f.value) for f in _read(lexicon, segmenter, body, "2032-05-22") if f.kind is FactKind.FIGURE}
    assert figures == {
        ("新增企业和科研机构", 23),
        ("纳入白名单的单位", 112),
        ("进口研发用品", 4600),
        ("出资", 1e8),
    }


def test_works_told_in_full_a_festivals_year_and_what_goes_on(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """撥款…用於X的基礎設施工程。有關工程…: X's works; 今年计划在春节后启动…: one aim, of the festival
    (the year is its year); 春节前夕…仍在加紧工作: no event; 力争全年固定资产投资突破200亿元: a figure."""
    body = (
        "财务委员会昨日通过拨款约三十二亿元，用于港深创科园第二期首批用地的基础设施工程。\n\n"
        "发言人表示，有关工程预计下月展开，目标在2034年年底前完成，届时可提供约十二公顷的发展用地。\n\n"
        "春节前夕，园区的不少科研团队仍在加紧工作。\n\n"
        "园区今年计划在春节后启动第二批人才公寓配租。\n\n"
        "园区今年将力争全年固定资产投资突破200亿元。"
    )
    facts = _read(lexicon, segmenter, body, "2032-01-15")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert labels == {
        ("2032-01-14", "财务委员会通过拨款约三十二亿元"),
        ("2032-02", "港深创科园第二期首批用地的基础设施工程预计展开"),
        ("2034-12", "港深创科园第二期首批用地的基础设施工程将完成"),
        ("2032-02-11", "园区计划启动第二批人才公寓配租"),
    }
    assert {f.measure for f in facts if f.kind is FactKind.FIGURE} >= {"发展用地面积", "全年固定资产投资"}


def test_a_posts_emoji_and_tags_and_a_universitys_own_school(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """正式启用🎉，可存放…: the emoji is no word and the clauses stay apart; #河套# tags go; on
    岭南科技大学新闻网, 学校将… is the university; 实现X45.6亿元 measures X."""
    body = (
        "【#河套深港科技创新合作区# 监管仓启用】6月9日，园区跨境科研用品集中监管仓正式启用🎉，"
        "可存放温控科研物资。#河套# #科研#\n\n"
        "校长王建国表示，学校将于今年秋季学期起招收首批联合培养研究生。\n\n"
        "1—3月，河套深圳园区实现规模以上工业增加值45.6亿元。"
    )
    facts = Extractor(lexicon, segmenter).extract(
        [Article("a", "标题", "2032-06-10", "zh-Hans", body, source="岭南科技大学新闻网")]
    )
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert labels == {
        ("2032-06-09", "园区跨境科研用品集中监管仓正式启用"),
        ("2032-09", "岭南科技大学将招收首批联合培养研究生"),
    }
    assert not [f for f in facts if "#" in f.text or "🎉" in f.text]
    assert {f.measure for f in facts if f.kind is FactKind.FIGURE} == {"规模以上工业增加值"}


def test_an_explainers_items_a_week_an_editorial_and_a_tender(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """二、支持内容：对…给予… after 一、支持对象：…: the content of the measures named before; 将于本周内
    启动: an aim; X直至前年底才全面落成: X's event; 本报认为，政府应…争取在…: no plan; 一、项目名称：X …
    开标时间：同投标截止时间: X's bids open the deadline's day."""
    body = (
        "近日，发展署印发《河套深圳园区支持新型研发机构发展若干措施》（以下简称《措施》）。\n\n"
        "一、支持对象：在园区注册的新型研发机构。\n\n"
        "二、支持内容：对新引进的新型研发机构，按其研发投入的30%给予补贴，每年最高不超过1000万元。\n\n"
        "发展署表示，将于本周内启动实验室安全专项检查。\n\n"
        "然而，港深创科园第一期直至前年底才全面落成。\n\n"
        "本报认为，特区政府应设立专责小组，并争取在2034年前完成第二期所有工程。\n\n"
        "一、项目名称：人才公寓三期物业管理服务项目\n\n"
        "二、投标截止时间：2032年7月20日9时30分（北京时间）\n\n"
        "三、开标时间：同投标截止时间"
    )
    facts = _read(lexicon, segmenter, body, "2032-06-22")
    labels = {(f.date, f.is_target, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert labels >= {
        ("2032-06-22", True, "发展署将启动实验室安全专项检查"),
        ("2030-12", False, "港深创科园第一期全面落成"),
        ("2032-07-20", True, "人才公寓三期物业管理服务项目投标截止"),
        ("2032-07-20", True, "人才公寓三期物业管理服务项目开标"),
    }
    assert not [label for _, _, label in labels if "第二期所有工程" in label]
    (measures,) = [f for f in facts if f.kind is FactKind.POLICY and f.qualifier]
    assert "最高不超过1000万元" in (measures.qualifier or "")


def test_a_route_told_first_a_range_of_hours_and_the_whole_that_opens(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """来往X与Y的巴士，明早起加密…: the bus; 今晚10时起至明早6时，…会实施管制: tonight's deed, once;
    记者昨日获悉，X目前已完成总工程量的70%: a figure, no deed of 昨日; 主体结构…贯通，年底具备通车条件: X."""
    body = (
        "运输署宣布，来往落马洲河套区与深圳福田的跨境穿梭巴士，明早起加密至每十五分钟一班。\n\n"
        "运输署又指，今晚十时起至明早六时，河套区内部分路段会实施临时交通管制。\n\n"
        "记者昨日从市交通运输局获悉，新洲河隧道工程目前已完成总工程量的70%，主体结构预计9月底全部贯通，"
        "年底具备通车条件。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2032-07-08")
    assert labels == {
        ("2032-07-09", "来往落马洲河套区与深圳福田的跨境穿梭巴士加密至每十五分钟一班"),
        ("2032-07-08", "河套区内部分路段会实施临时交通管制"),
        ("2032-09", "新洲河隧道工程主体结构预计全部贯通"),
        ("2032-12", "新洲河隧道工程具备通车条件"),
    }


def test_an_interviews_plan_and_an_appointments_term(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X的上盖工程已于…展开，我们预计明年…开始招租，2034年全部落成: X is let and done; X获任Y，任期
    五年，自…起生效: the term begins; 研究院将…, 研究院力争…: the institute named in the appointment."""
    body = (
        "答：第二期首批四座大楼的上盖工程已于今年三月展开，我们预计明年第四季开始招租，2034年全部落成。\n\n"
        "教授陈立华近日获任河套深港联合研究院首任院长，任期五年，自2032年8月1日起生效。\n\n"
        "陈立华表示，研究院将在三年内组建跨境联合实验室，并力争在2035年前培养博士后研究人员500名。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2032-07-20")
    assert labels >= {
        ("2033-12", "第二期首批四座大楼预计开始招租"),
        ("2034", "第二期首批四座大楼全部落成"),
        ("2032-08-01", "教授陈立华获任河套深港联合研究院首任院长，任期生效"),
        ("2035", "河套深港联合研究院将组建跨境联合实验室"),
        ("2035", "河套深港联合研究院力争培养博士后研究人员500名"),
    }


def test_a_faq_under_a_schemes_title_and_two_occasions_in_turn(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """问：计划何时接受申请？答：计划将于…, under 「X计划」常见问题: X计划; 问：首批见习生何时上岗？
    答：预计首批见习生将…: not told twice; 先后于3月和6月举办A和B: A, then B; 该中心…，二期预计…建成:
    the centre's; 现将…拟认定名单予以公示（共86家）: the firms listed, now, no plan."""
    body = (
        "问：计划何时接受申请？\n\n答：计划将于2032年9月1日起接受申请。\n\n"
        "问：首批见习生何时上岗？\n\n答：预计首批见习生将于明年一月上岗。\n\n"
        "园区今年先后于3月和6月举办第二届河套合成生物学国际会议和首届河套脑机接口国际研讨会。\n\n"
        "日前，园区首个人工智能算力调度中心正式投入运营。\n\n"
        "据悉，该中心由园区发展署联合三家企业共同建设，一期已经建成，二期预计明年上半年建成。\n\n"
        "现将2032年度科技创新企业拟认定名单予以公示（共86家）。"
    )
    facts = Extractor(lexicon, segmenter).extract(
        [Article("a", "「河套科研见习生计划」常见问题", "2032-07-25", "zh-Hans", body)]
    )
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert labels >= {
        ("2032-09-01", "河套科研见习生计划将接受申请"),
        ("2033-01", "预计首批见习生将上岗"),
        ("2032-03", "园区举办第二届河套合成生物学国际会议"),
        ("2032-06", "园区举办首届河套脑机接口国际研讨会"),
        ("2033-06", "人工智能算力调度中心二期预计建成"),
    }
    (listed,) = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 86]
    assert listed.measure == "科技创新企业拟认定" and not listed.is_target and listed.date == "2032-07-25"


def test_an_occasion_others_are_invited_to_is_dated_as_its_own(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """希望与河套…合作，并邀请园区企业参加今年10月在新加坡举行的X: X is held in Singapore in October;
    the invitation is no event, and no label joins the wish to it."""
    body = "代表团团长表示，希望与河套在数字经济领域开展合作，并邀请园区企业参加今年10月在新加坡举行的东盟科技博览会。"
    labels = _dated_labels(lexicon, segmenter, body, "2032-05-15")
    assert labels == {("2032-10", "东盟科技博览会在新加坡举行")}


def test_a_meetings_name_an_approvals_foot_and_a_firms_code(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """8月27日，园区召开2032年下半年重点工作推进会: one event of that day; 要加快推进X建设，确保年内
    完成首期工程: X's first phase; 光擎科技（股票代码：688901）今日宣布，公司全资子公司将…建设X中试线…
    中试线计划…开工: the firm's plan, the line named; 我希望明年…: no event; a 批复 signed at its foot."""
    body = (
        "8月27日，河套深圳园区召开2032年下半年重点工作推进会。\n\n"
        "会议要求，要加快推进河套低碳示范社区建设，确保年内完成首期工程。\n\n"
        "光擎科技（股票代码：688901）今日宣布，公司全资子公司将在园区投资建设光子芯片中试线。\n\n"
        "公告显示，中试线计划于今年第四季度开工，2034年上半年投产。\n\n"
        "我希望明年可以带着成果，参加在园区举行的创科博览。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2032-08-30")
    assert labels == {
        ("2032-08-27", "河套深圳园区召开2032年下半年重点工作推进会"),
        ("2032", "河套低碳示范社区确保完成首期工程"),
        ("2032-08-30", "光擎科技宣布公司全资子公司将在园区投资建设光子芯片中试线"),
        ("2032-12", "光子芯片中试线计划开工"),
        ("2034-06", "光子芯片中试线投产"),
    }
    approval = Article(
        "b",
        "国务院关于同意设立河套深港智能医疗器械创新中心的批复",
        "2032-08-20",
        "zh-Hans",
        "一、原则同意设立河套深港智能医疗器械创新中心。\n\n国务院\n\n2032年8月16日",
    )
    approved = [f for f in Extractor(lexicon, segmenter).extract([approval]) if f.kind is FactKind.MILESTONE]
    assert [(f.date, f.label) for f in approved] == [("2032-08-16", "国务院批复同意设立河套深港智能医疗器械创新中心")]


def test_money_set_aside_for_works_and_a_breakdown_as_of_a_day(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """预留约十五亿元，用于X的前期工程: X前期工程拨款; 截至8月底，…已达两万零三百余人。其中，…约三千
    二百人: both of August, the first 余 (达 only says it is); 获得创新及科技基金资助约八百万港元."""
    body = (
        "政府已预留约十五亿元，用于港深创科园第二期首批大楼的前期工程。\n\n"
        "截至8月底，河套深圳园区科研人员总数已达两万零三百余人。\n\n"
        "其中，来自香港和海外的科研人员约三千二百人。\n\n"
        "我们团队的项目获得创新及科技基金资助约八百万港元。"
    )
    figures = {(f.measure, f.value, f.qualifier, f.date) for f in _read(lexicon, segmenter, body, "2032-09-02")}
    assert {
        ("港深创科园第二期首批大楼前期工程拨款", 1.5e9, "约", "2032-09-02"),
        ("河套深圳园区科研人员总数", 20300, "余", "2032-08"),
        ("创新及科技基金资助", 8e6, "约", "2032-09-02"),
    } <= figures
    assert any(value == 3200 and date == "2032-08" for _, value, _, date in figures)


def test_an_anniversary_dates_the_opening_and_a_centre_is_not_its_kind(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """9月6日，X迎来开园一周年: X opened a year before; 社区二期 after it: X's; 深圳海关相关负责人：…我们将
    上线Y: the customs; X是唯一入选的园区类中心。该中心自2030年运营以来: X ran from 2030 (运营, a verbal noun,
    closes the clause); 下午三时正举行: 正 is the hour's; 获批人士可…办理续期: no one else's deed."""
    body = (
        "9月6日，河套青年科学家社区迎来开园一周年。\n\n"
        "社区运营方表示，社区二期项目已于今年6月开工。\n\n"
        "深圳海关相关负责人：下一步，我们将在10月底前上线“科研物资通关一码通”系统。\n\n"
        "日前，河套深圳园区概念验证中心入选试点，是广东省唯一入选的园区类中心。\n\n"
        "据了解，该中心自2030年运营以来，已累计验证项目160余个。\n\n"
        "港深创科园第二期首座大楼奠基典礼于2032年9月14日下午三时正举行。\n\n"
        "入境处发言人表示，由下月起，获批人士可经网上平台办理续期。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2032-09-20")
    assert {
        ("2031-09-06", "河套青年科学家社区开园"),
        ("2032-06", "河套青年科学家社区二期项目已开工"),
        ("2032-10", "深圳海关将上线“科研物资通关一码通”系统"),
        ("2030", "河套深圳园区概念验证中心运营"),
        ("2032-09-14", "港深创科园第二期首座大楼奠基典礼举行"),
        ("2032-10", "获批人士可经网上平台办理续期"),
    } <= labels


def test_a_work_lists_heading_a_year_within_a_firm_by_its_shape_and_a_confirmation(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """（一）推进X片区整备。…年底前启动首批项目建设: X片区's; 2033年内新增…, in January: an aim; Y科技
    有限公司 is a firm (公司计划… is Y's); …会议，确认Z将于明年第二季动工: Z, not the confirming."""
    body = (
        "（一）推进皇岗口岸片区整备。2033年6月底前完成片区土地整备，年底前启动首批项目建设。\n\n"
        "（三）优化人才服务。2033年内新增人才住房1,000套。\n\n"
        "近日，位于园区的星途量子科技有限公司宣布完成5亿元B轮融资。\n\n"
        "公司创始人介绍，公司计划明年在园区建成第二条生产线。\n\n"
        "两地政府昨日举行联合工作小组会议，确认深圳河第四期治理工程将于明年第二季动工。"
    )
    labels = {
        (f.date, f.is_target, f.label)
        for f in _read(lexicon, segmenter, body, "2033-01-10")
        if f.kind is FactKind.MILESTONE
    }
    assert {
        ("2033-12", True, "皇岗口岸片区启动首批项目建设"),
        ("2033", True, "新增人才住房1,000套"),
        ("2034", True, "星途量子科技有限公司计划在园区建成第二条生产线"),
        ("2034-06", True, "深圳河第四期治理工程将动工"),
    } <= labels


def test_an_occasions_quarter_a_day_put_off_a_choice_and_a_call_named(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """举行2032年第四季度…签约活动: the quarter names the occasion, its day is 10月30日; X开幕日期将延至…:
    X开幕将延期; 或于本月底前申请退款: a choice, no event; 启动全球合伙人招募计划。…招募申请将于…截止:
    that call; 第二段延伸工程: the cycle track's; 投资额超过10亿元的项目有4个: 10亿元 is a bound."""
    body = (
        "10月30日，河套深圳园区举行2032年第四季度重大项目集中签约活动，共签约项目32个。\n\n"
        "其中投资额超过10亿元的项目有4个。\n\n"
        "原定下月开幕的港深创科园海洋科技馆，开幕日期将延至明年一月十五日。\n\n"
        "已购票的市民可于开幕后三个月内凭票入场，或于本月底前申请退款。\n\n"
        "11月4日，河套创新枢纽在园区启动全球合伙人招募计划。HIH负责人表示，招募申请将于12月31日截止。\n\n"
        "连接落马洲河套区与新田的单车径将于本月底开通，而第二段延伸工程则会在明年展开。"
    )
    facts = _read(lexicon, segmenter, body, "2032-11-05")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {
        ("2032-10-30", "河套深圳园区举行2032年第四季度重大项目集中签约活动"),
        ("2033-01-15", "港深创科园海洋科技馆开幕将延期"),
        ("2032-12-31", "河套创新枢纽全球合伙人招募申请将截止"),
        ("2033", "单车径第二段延伸工程会展开"),
    } <= labels
    assert not [label for _, label in labels if "退款" in label or label.startswith("或")]
    assert not [f for f in facts if f.kind is FactKind.FIGURE and f.value == 1e9]


def test_items_dated_in_brackets_a_schemes_round_phases_and_tenants(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """先后建成A（3月）、B（6月）和C（9月）: three events; 计划第二轮申请将…开放: the scheme's round, no
    speaker's plan; 基地将分两期建设，一期计划…开工: the base's first phase; X的预租率已达六成，预计首批
    租户可于…迁入: X's tenants; 资助上限会由每个项目五百万元提高至八百万元: the cap."""
    body = (
        "今年以来，园区先后建成河套先进材料表征平台（3月）、河套类脑计算中试平台（6月）和河套海洋传感测试场（9月）。\n\n"
        "署方表示，「河套创科基建资助计划」已于本年第三季推出。\n\n"
        "发言人又指，计划第二轮申请将于明年年中开放，届时资助上限会由每个项目五百万元提高至八百万元。\n\n"
        "河套深港国际科技合作基地建设方案近日获批复。根据方案，基地将分两期建设，一期计划于2033年开工。\n\n"
        "公司表示，第二期首两座大楼的预租率已达六成，预计首批租户可于2034年初迁入。"
    )
    facts = _read(lexicon, segmenter, body, "2032-11-10")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {
        ("2032-03", "园区建成河套先进材料表征平台"),
        ("2032-06", "园区建成河套类脑计算中试平台"),
        ("2032-09", "园区建成河套海洋传感测试场"),
        ("2033-06", "河套创科基建资助计划第二轮申请将开放"),
        ("2033", "河套深港国际科技合作基地一期计划开工"),
        ("2034", "第二期首两座大楼预计首批租户可迁入"),
    } <= labels
    assert ("资助上限", 8e6) in {(f.measure, f.value) for f in facts if f.kind is FactKind.FIGURE}


def test_a_centres_own_lab_its_newcomers_and_what_opened_with_it(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X中心…。中心实验室已于…完成调试，首批12名研究人员将于…进驻: X's lab, its researchers; 中心的第二间
    洁净实验室: X's; 11月30日，Y揭牌成立，同时启用的还有中心配套的GMP中试车间: the workshop that day too."""
    body = (
        "记者了解到，河套深港眼科联合研究中心将于12月中旬揭牌。\n\n"
        "据介绍，中心实验室已于本月上旬完成设备调试，首批12名研究人员将于明年1月初正式进驻。\n\n"
        "中心主任表示，中心的第二间洁净实验室将于下月底落成。\n\n"
        "11月30日，河套细胞与基因治疗创新中心揭牌成立，同时启用的还有中心配套的GMP中试车间。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2032-11-24")
    assert {
        ("2032-11", "河套深港眼科联合研究中心实验室已完成设备调试"),
        ("2033-01", "河套深港眼科联合研究中心实验室首批12名研究人员将正式进驻"),
        ("2032-12", "河套深港眼科联合研究中心的第二间洁净实验室将落成"),
        ("2032-11-30", "GMP中试车间启用"),
    } <= labels


def test_a_project_signed_for_a_schools_new_building_and_an_institute_named(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """…签署区域供冷项目投资协议。…项目总投资约9亿元，将于明年二季度开工: that project; X学校三期…。新校舍
    将于…投入使用: X学校's; 合办「Y研究所」，研究所预计…: Y, not the name the quote closes."""
    body = (
        "12月11日，园区发展署与深圳能源集团在园区签署区域供冷项目投资协议。\n\n"
        "根据协议，项目总投资约9亿元，将于明年二季度开工。\n\n"
        "12月16日，河套国际学校三期工程顺利通过竣工验收。学校负责人介绍，新校舍将于明年春季学期投入使用。\n\n"
        "香港大学今日宣布，将在港深创科园合办「深港联合生命科学研究所」，研究所预计明年第三季投入运作。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2032-12-20")
    assert {
        ("2033-06", "区域供冷项目将开工"),
        ("2033-03", "河套国际学校新校舍将投入使用"),
        ("2033-09", "深港联合生命科学研究所预计投入运作"),
    } <= labels


def test_a_press_conferences_release_a_plan_put_off_and_a_made_thing(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X召开新闻发布会，发布《Y》: two events (发布会 issues nothing by its name); 联盟还发布了《Z》，并启动…:
    the alliance starts them; 将于本月初开放的计划押后: no event of 本月初; 团队研发的W通过海试，今年8月实现
    量产: W."""
    body = (
        "1月3日，河套深圳园区发展署召开新闻发布会，发布《河套深圳园区国际人才引进若干措施》。\n\n"
        "当天下午，联盟还发布了《河套脑机接口临床研究伦理指引》，并启动首批6个联合攻关项目。\n\n"
        "展览厅将于本月初开放的计划押后，改为明年一月中旬开放。\n\n"
        "去年，她带领团队研发的深海温盐传感器通过海试，今年8月实现量产。"
    )
    facts = Extractor(lexicon, segmenter).extract([Article("a", "标题", "2033-01-04", "zh-Hans", body)])
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {
        ("2033-01-03", "河套深圳园区发展署召开新闻发布会"),
        ("2033-01-03", "河套深圳园区发展署发布《河套深圳园区国际人才引进若干措施》"),
        ("2033-08", "深海温盐传感器实现量产"),
    } <= labels
    assert any(label.endswith("启动首批6个联合攻关项目") and label != "启动首批6个联合攻关项目" for _, label in labels)
    assert not [date for date, _ in labels if date == "2033-01"]


def test_a_meeting_jieba_calls_a_noun_and_festivals_of_the_year(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X昨日（一月十三日）在Y与业界会面: an event (jieba tags 会面 a noun); 在春节前启动…, 元宵节后…举办…:
    this year's festivals (2033: 1-31 and 2-14), aims."""
    body = (
        "财政司司长昨日（一月十三日）在港深创科园与创科业界会面，听取对预算案的意见。\n\n"
        "会议提出，园区将在春节前启动河套国际科技信息中心建设。元宵节后，园区还将举办首场跨境人才招聘会。"
    )
    labels = {
        (f.date, f.is_target, f.label)
        for f in _read(lexicon, segmenter, body, "2033-01-14")
        if f.kind is FactKind.MILESTONE
    }
    assert {
        ("2033-01-13", False, "财政司司长在港深创科园与创科业界会面"),
        ("2033-01-31", True, "园区将启动河套国际科技信息中心建设"),
        ("2033-02-14", True, "园区将举办首场跨境人才招聘会"),
    } <= labels


def test_a_notices_meeting_field_and_good_news_after_a_colon(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """关于举办X的通知 … 一、会议时间：… 三、报名截止：…: X is held, X's call closes (not 关于举办X's);
    某日，园区传来好消息：园区企业研发的Y获得注册证: Y's registration, not the good news itself."""
    notice = Article(
        "n",
        "关于举办河套论坛2033的通知",
        "2033-01-28",
        "zh-Hans",
        "一、会议时间：2033年3月15日至16日\n\n二、会议地点：河套深圳园区会展中心\n\n三、报名截止：2033年3月5日",
    )
    news = Article(
        "g",
        "标题",
        "2033-02-07",
        "zh-Hans",
        "2月6日，河套深圳园区传来好消息：园区企业研发的一款人工耳蜗获得国家药监局注册证。",
    )
    labels = {
        (f.date, f.label) for f in Extractor(lexicon, segmenter).extract([notice, news]) if f.kind is FactKind.MILESTONE
    }
    assert labels == {
        ("2033-03-15", "河套论坛2033举行"),
        ("2033-03-05", "河套论坛2033报名截止"),
        ("2033-02-06", "园区企业研发的一款人工耳蜗获得国家药监局注册证"),
    }


def test_a_scene_marks_its_milestone_and_a_dated_attribute_names_the_document(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """一辆…的货车…驶入…，标志着X正式启用: X, not the lorry; 园区于3月发布的《Y》已于5月1日起施行: 《Y》
    in force on its own day; 试点计划于2月获…批准 (told in June): done, the plan's name no aim;
    a bare 试点计划 and 公共交通交汇处 keep their whole names."""
    body = (
        "6月3日上午，一辆载有实验动物的冷链货车经皇岗口岸驶入园区，标志着河套实验动物快速通关机制正式启用。\n\n"
        "园区于3月初发布的《河套深圳园区实验动物管理办法》已于5月1日起施行。\n\n"
        "港深两地联合推动的跨境基因数据共享试点计划，将于本月下旬启动。试点计划于今年2月获有关部门批准。\n\n"
        "园区南门外的公共交通交汇处已于本月初投入使用。"
    )
    labels = {
        (f.date, f.is_target, f.label)
        for f in _read(lexicon, segmenter, body, "2031-06-10")
        if f.kind is FactKind.MILESTONE
    }
    assert {
        ("2031-06-03", False, "河套实验动物快速通关机制正式启用"),
        ("2031-03", False, "园区发布《河套深圳园区实验动物管理办法》"),
        ("2031-05-01", False, "《河套深圳园区实验动物管理办法》已施行"),
        ("2031-06", True, "港深两地联合推动的跨境基因数据共享试点计划将启动"),
        ("2031-02", False, "跨境基因数据共享试点计划获有关部门批准"),
        ("2031-06", False, "园区南门外的公共交通交汇处已投入使用"),
    } <= labels


def test_a_phase_a_contract_a_speaker_and_a_person_told_before(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X一期…；二期计划…建成: X二期, not X一期二期; 合约将于…批出 after …的设计及建造合约招标: that
    contract; 大楼目标于…落成: 将落成; 答：我们将推出“Z”计划: Z将推出; 在…读完硕士的林某，带着团队
    加入…: 林某加入."""
    body = (
        "园区已就第二批科研大楼的设计及建造合约展开招标。按计划，合约将于明年三月批出，大楼目标于2034年落成。\n\n"
        "答：科创人才驿站一期已于4月建成；二期计划2033年建成。今年我们还将推出“青年科学家驿站”计划。\n\n"
        "2029年秋，在香港中文大学读完硕士的林晓彤，带着团队加入园区一家生物医药企业。"
    )
    labels = {
        (f.date, f.is_target, f.label)
        for f in _read(lexicon, segmenter, body, "2032-06-10")
        if f.kind is FactKind.MILESTONE
    }
    assert {
        ("2033-03", True, "设计及建造合约将批出"),
        ("2034", True, "第二批科研大楼将落成"),
        ("2032-04", False, "科创人才驿站一期已建成"),
        ("2033", True, "科创人才驿站二期计划建成"),
        ("2032", True, "“青年科学家驿站”计划将推出"),
        ("2029", False, "林晓彤带着团队加入园区一家生物医药企业"),
    } <= labels


def test_a_listed_firms_plan_its_lab_and_a_route_with_its_fare(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X（01234.HK）…公告，公司拟以约3亿元，在园区设立Y: X设立Y, the money and the deed one; 公司前年在
    Z设立的研究所，已于今年2月…: the institute's, and its founding that year; 专线小巴12A线 a whole
    name; 十元五毫 is 10.5元; 第五届大赛计划…: the contest told before."""
    body = (
        "星河医疗（01234.HK）3月2日晚间公告，公司拟以约3亿元，在河套深圳园区设立亚太研发中心。\n\n"
        "公司前年在港深创科园设立的研究所，已于今年2月通过国际认证。\n\n"
        "来往园区及落马洲站的专线小巴12A线，将于本月底增加三部车辆，全程收费为十元五毫。\n\n"
        "第四届河套青年科技大赛颁奖礼昨日举行。第五届大赛计划于明年5月启动报名。"
    )
    facts = _read(lexicon, segmenter, body, "2031-03-03")
    labels = {(f.date, f.is_target, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {
        ("2031-03-02", False, "星河医疗拟以约3亿元在河套深圳园区设立亚太研发中心"),
        ("2029", False, "星河医疗在港深创科园设立研究所"),
        ("2031-02", False, "星河医疗在港深创科园设立的研究所已通过国际认证"),
        ("2031-03", True, "来往园区及落马洲站的专线小巴12A线将增加三部车辆"),
        ("2032-05", True, "第五届河套青年科技大赛计划启动报名"),
    } <= labels
    (fare,) = [f for f in facts if f.kind is FactKind.FIGURE and f.unit == "元" and f.measure == "全程收费"]
    assert fare.value == 10.5


def test_a_fairs_time_a_deals_worth_and_a_change_are_no_events_or_levels(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """组委会将于本月下旬公布名单，展会期间还将发布《X》: no date of the list's for X; 现场签约项目金额
    超过20亿元: a figure, no event; 展位面积较上届扩大一倍，达到3万平方米: 3万 of the area, no 1倍 level;
    按投资额的20%给予最高80万元补贴: both the policy's."""
    body = (
        "组委会将于本月下旬公布首批展商名单，展会期间还将发布《河套创新指数报告》。\n\n"
        "上届展会于去年9月举行，现场签约项目金额超过20亿元。\n\n"
        "本届展会展位面积较上届扩大一倍，达到3万平方米。\n\n"
        "园区印发《河套深圳园区科技企业扩产支持办法》，按投资额的20%给予最高80万元补贴。"
    )
    facts = _read(lexicon, segmenter, body, "2031-10-09")
    labels = [(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE]
    assert ("2031-10", "组委会将公布首批展商名单") in labels
    assert not [label for _, label in labels if "指数报告" in label or "金额" in label]
    (area,) = [f for f in facts if f.kind is FactKind.FIGURE and "面积" in (f.measure or "")]
    assert (area.measure, area.value, area.unit) == ("本届展会展位面积", 30000, "平方米")
    (policy,) = [f for f in facts if f.kind is FactKind.POLICY]
    assert policy.qualifier is not None and "最高80万元" in policy.qualifier


def test_a_founders_quote_its_firms_product_and_a_day_named_by_a_festival(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """「我们在今年三月搬进X…。」初创「Y」创办人Z说。: Y moved in (the speaker's, in the same line);
    公司的首款产品…，预计…在深圳上市销售: Y's product, on sale; 今天是春节假期后首个工作日，W开工:
    today, not the festival's month; 今年园区计划新开工…: an aim."""
    quoted = (
        "「我们在今年三月搬进港深创科园，团队已扩充至十五人。」研发康复机器人的初创「灵动康复」创办人周雅琳说。\n\n"
        "她又透露，公司的首款产品已于上月取得医疗器械注册证，预计明年在深圳上市销售。"
    )
    festival = "今天是春节假期后首个工作日，河套深圳园区8个重大项目集中开工。今年园区计划新开工项目20个以上。"
    labels = {
        (f.date, f.is_target, f.label)
        for body, published in ((quoted, "2031-05-10"), (festival, "2031-02-10"))
        for f in _read(lexicon, segmenter, body, published)
        if f.kind is FactKind.MILESTONE
    }
    assert {
        ("2031-03", False, "灵动康复搬进港深创科园"),
        ("2031-04", False, "灵动康复的首款产品已取得医疗器械注册证"),
        ("2032", True, "灵动康复的首款产品预计在深圳上市销售"),
        ("2031-02-10", False, "河套深圳园区8个重大项目集中开工"),
        ("2031", True, "园区计划新开工项目20个以上"),
    } <= labels


def test_a_track_studied_a_lab_set_in_a_tower_and_counts_of_works(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """政府正研究兴建一条X，预计…动工: X动工; 实验室设于Y，首期投入…: the lab's, not 实验室设's; 截至目前
    已累计为园区机构通关科研物资…批次: 通关科研物资; 涉及约5公顷土地: the plot's area; 18个项目开工:
    开工项目."""
    body = (
        "政府正研究兴建一条连接园区与口岸的有盖行人通道，预计2030年动工。\n\n"
        "实验室设于创科园第三座大楼，首期投入约一亿港元。\n\n"
        "截至目前已累计为园区机构通关科研物资超过8000批次。\n\n"
        "园区第二幅研发用地预计明年推出招标，涉及约5公顷土地。\n\n"
        "去年，园区共有18个项目开工。"
    )
    facts = _read(lexicon, segmenter, body, "2029-05-20")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert ("2030", "连接园区与口岸的有盖行人通道预计动工") in labels
    measures = {f.measure: f.value for f in facts if f.kind is FactKind.FIGURE}
    assert measures["实验室首期投入"] == 1e8
    assert measures["通关科研物资"] == 8000
    assert measures["园区第二幅研发用地面积"] == 5
    assert measures["开工项目"] == 18


def test_a_bare_team_is_its_laboratorys_or_its_leaders(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """「X实验室」…主任…表示，团队将…: X实验室团队; …的Y，带着团队加入…。…团队与Z签署…: Y团队. A
    digest line naming only 团队 tells a reader nobody."""
    lab = "「河套深港声学联合实验室」昨日揭牌。实验室主任吴志明教授表示，团队将于明年初启动首个跨境项目。"
    person = "2028年秋，在香港完成博士研究的顾思琪，带着团队来到河套深圳园区。今年3月，团队与一家医院签署合作协议。"
    labels = {
        f.label
        for body in (lab, person)
        for f in _read(lexicon, segmenter, body, "2030-06-10")
        if f.kind is FactKind.MILESTONE
    }
    assert {"河套深港声学联合实验室团队将启动首个跨境项目", "顾思琪团队与一家医院签署合作协议"} <= labels


def test_an_award_a_scheme_year_a_firm_glossed_and_a_release_number(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """进驻园区的初创「X」凭Y，于上周…夺得金奖: X won; 产品预计…: Y; 计划第二年度的申请将于…: the scheme's
    second year, no date of the next year; 企业Z（English）宣布…: Z is the firm; 1 020名 is 1,020;
    启用全新的旅检大楼 stays a deed and its object."""
    body = (
        "「河套青年實習計劃」去年推出。署方表示，計劃第二年度的申請將於六月一日開始接受，已資助共1 020名學生。\n\n"
        "进驻园区的初创「明眸医疗」凭手持眼压计，于上周在日内瓦举行的国际发明展中夺得金奖。产品预计明年正式推出市场。\n\n"
        "5月20日，园区企业星河量子（Star River Quantum）宣布完成5亿元B轮融资。公司计划明年推出新一代量子芯片。\n\n"
        "口岸计划于明年启用全新的旅检大楼。"
    )
    facts = _read(lexicon, segmenter, body, "2031-05-28")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {
        ("2031-06-01", "河套青年实习计划第二年度的申请将开始接受"),
        ("2031-05-21", "「明眸医疗」在日内瓦举行的国际发明展中夺得金奖"),
        ("2032", "手持眼压计预计正式推出市场"),
        ("2032", "星河量子计划推出新一代量子芯片"),
        ("2032", "口岸计划启用全新的旅检大楼"),
    } <= labels
    assert [f.value for f in facts if f.kind is FactKind.FIGURE and f.unit == "名"] == [1020]


def test_a_campus_a_tenders_result_a_races_call_and_a_scheme_extended(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """院区于…动工 under a headline naming the campus: the campus; X用地截标。…预计下月公布结果: X's
    tender result; X马拉松将于…开跑。报名将于…开启: the race's call; 把计划延长至2035年: the scheme
    told before runs longer; 园区将于年底前…，并在Y设立Z: Z then too; 一家港企完成注册，园区港资企业
    数量由此突破500家: the count reached, not the one firm."""
    campus = Article(
        "c", "港中大深圳医院河套院区年内开诊", "2029-03-18", "zh-Hans", "院区于2026年5月动工，2028年10月主体结构封顶。"
    )
    news = Article(
        "n",
        "标题",
        "2030-07-11",
        "zh-Hans",
        "港深创科园第二期第三幅研发用地昨日中午截标。政府预计下月公布结果。\n\n"
        "首届河套深港越野跑将于10月12日开跑。报名将于8月1日开启。\n\n"
        "政府将向「河套青年科研计划」增拨二亿元，把计划延长至2034年。\n\n"
        "园区将于年底前开通30项跨境服务，并在港深创科园设立服务专窗。\n\n"
        "7月8日，一家香港企业完成注册，园区港资企业数量由此突破500家。",
    )
    labels = {
        (f.date, f.label) for f in Extractor(lexicon, segmenter).extract([campus, news]) if f.kind is FactKind.MILESTONE
    }
    assert {
        ("2026-05", "港中大深圳医院河套院区动工"),
        ("2028-10", "港中大深圳医院河套院区主体结构封顶"),
        ("2030-08", "港深创科园第二期第三幅研发用地招标结果预计公布"),
        ("2030-08-01", "首届河套深港越野跑报名将开启"),
        ("2034", "河套青年科研计划延长"),
        ("2030-12", "园区在港深创科园设立服务专窗"),
        ("2030-07-08", "园区港资企业数量突破500家"),
    } <= labels


def test_a_rumour_an_interviews_named_answers_and_tenants_of_a_tower(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """消息指，政府正考虑…，最快明年公布: hearsay, no plan; 公司表示，首批租户将于明年二月迁入 after
    X大楼已落成: X大楼's tenants; 近期将推进…: an aim; under 专访X管理局局长, 李明：我们将在9月份举办…:
    the bureau will."""
    rumour = "消息指，政府正考虑在园区增建人才公寓，最快明年公布详情。"
    tower = "园区第九座大楼已于上月底落成。公司表示，首批租户将于明年二月迁入。近期园区将推进第二座天桥建设。"
    interview = Article(
        "i", "专访河套深圳园区管理局局长", "2031-06-10", "zh-Hans", "李明：我们将在9月份举办第四届河套创新论坛。"
    )
    extractor = Extractor(lexicon, segmenter)
    facts = extractor.extract([Article("t", "标题", "2031-06-10", "zh-Hans", rumour + "\n\n" + tower), interview])
    labels = {(f.date, f.is_target, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert not [label for _, _, label in labels if "详情" in label]
    assert {
        ("2031-05", False, "园区第九座大楼已落成"),
        ("2032-02", True, "园区第九座大楼首批租户将迁入"),
        ("2031-06", True, "园区将推进第二座天桥建设"),
        ("2031-09", True, "河套深圳园区管理局将举办第四届河套创新论坛"),
    } <= labels


def test_an_opening_days_signing_a_change_to_come_and_a_calls_year(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """开园仪式上，…签署 after X于2029年10月开工: the opening's day; 由十二月一日起…增至 (told in
    October): this December; 3月上旬，园区启动2032年度“X”申报: March, and 申报将于…截止 is X's;
    X路线…增至六十班，并延长服务时间: the route's; …则在去年全部落成: without 则."""
    body = (
        "9月8日上午，河套材料科学园开园。该园2029年10月开工。开园仪式上，园区与香港材料学会签署合作备忘录。\n\n"
        "来往港深创科园与皇岗口岸的穿梭巴士路线，由十二月一日起每日班次增至四十班，并延长服务时间至晚上十时。\n\n"
        "港深创科园第一期八座大楼则在去年全部落成。"
    )
    call = "3月上旬，园区启动2032年度“深港材料联合攻关项目”申报。申报将于3月下旬截止。"
    labels = {
        (f.date, f.label)
        for text, published in ((body, "2032-10-18"), (call, "2032-03-08"))
        for f in _read(lexicon, segmenter, text, published)
        if f.kind is FactKind.MILESTONE
    }
    assert {
        ("2032-09-08", "园区与香港材料学会签署合作备忘录"),
        ("2032-12-01", "来往港深创科园与皇岗口岸的穿梭巴士路线延长服务时间至晚上十时"),
        ("2032-03", "园区启动2032年度“深港材料联合攻关项目”申报"),
        ("2032-03", "“深港材料联合攻关项目”申报将截止"),
        ("2031", "港深创科园第一期八座大楼全部落成"),
    } <= labels


def test_a_colleges_first_intake_and_its_phases(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X近日获准设立，首批将招收本科生…，今年9月正式开学: X opens, not 首批; 学院由…举办，…，一期校舍已于
    3月完工，二期校舍计划…建成: the college's phases."""
    body = (
        "经批准，河套深港工程学院近日获准设立，首批将招收本科生200名，今年9月正式开学。\n\n"
        "学院由两地三所大学合作举办，校园位于园区东侧，一期校舍已于2月完工，二期校舍计划2036年建成。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2033-04-12")
    assert {
        ("2033-09", "河套深港工程学院正式开学"),
        ("2033-02", "河套深港工程学院一期校舍已完工"),
        ("2036", "河套深港工程学院二期校舍计划建成"),
    } <= labels


def test_a_platform_told_by_name_a_plots_winner_and_a_yearly_contest(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X平台自去年6月上线以来…。平台力争…, 平台二期系统…: X平台's (自 after a name ends it); 批出Y用地，
    中标者须于2037年前完成发展: Y's deadline; 联盟年内将发布《Z》，明年起每年举办…: the alliance, not Z."""
    body = (
        "深港样本共享平台自去年6月上线以来，已服务超过5000次。平台力争在2034年底前接入全部三甲医院。\n\n"
        "政府已于今年5月批出第二期第四幅研发用地，中标者须于2038年前完成发展。\n\n"
        "联盟年内将发布《河套低空安全白皮书》，明年起每年举办一届低空安全论坛。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2033-06-14")
    assert {
        ("2034-12", "深港样本共享平台力争接入全部三甲医院"),
        ("2038", "第二期第四幅研发用地须完成发展"),
        ("2034", "联盟每年举办一届低空安全论坛"),
    } <= labels


def test_flats_told_before_their_rent_and_a_subsidy_that_lasts(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """园区首座人才公寓将于…接受申请，月租由八千元起，预计明年三月首批住户入伙: the flats' first residents, not
    月租's; 人才公寓去年九月动工: the block told before; 补贴政策实施至2035年底: how long, no event."""
    body = (
        "园区首座人才公寓将于下月一日起接受申请，月租由八千元起，预计明年三月首批住户入伙。\n\n"
        "人才公寓去年九月动工。园区对投保机构给予保费50%的补贴，补贴政策实施至2035年底。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2033-11-03")
    assert {("2034-03", "园区首座人才公寓预计首批住户入伙"), ("2032-09", "园区首座人才公寓动工")} <= labels
    assert not [label for date, label in labels if date == "2035-12"]


def test_a_contests_rounds_under_its_notice_and_an_interview_under_a_call_opened(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """初赛时间：2034年3月中旬 under 关于举办X的通知: X初赛举行 then, as closely as the notice tells;
    面试时间：… under X招聘启动: X招聘面试, not X招聘启动面试."""
    body = "一、大赛时间\n\n报名时间：2034年1月10日至2月28日\n\n初赛时间：2034年3月中旬\n\n决赛时间：2034年4月下旬"
    labels = {
        (f.date, f.label)
        for f in _read(lexicon, segmenter, body, "2034-01-02", "关于举办2034河套创新创业大赛的通知")
        if f.kind is FactKind.MILESTONE
    }
    assert {("2034-03", "2034河套创新创业大赛初赛举行"), ("2034-04", "2034河套创新创业大赛决赛举行")} <= labels
    call = _read(lexicon, segmenter, "面试时间：2027年1月下旬", "2026-12-20", "河套深圳园区科研助理招聘启动")
    assert [f.label for f in call if f.kind is FactKind.MILESTONE] == ["河套深圳园区科研助理招聘面试举行"]


def test_figures_told_while_an_occasion_runs_after_a_reporters_day_and_after_an_opening(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """本周二…开营，180名青年参加为期十天的活动 (told on its fifth day): as of that day, no aim;
    记者昨日获悉，…近日完成融资，融资额达…: not yesterday's; …已于去年落成，出租率达八成: now."""
    body = (
        "本周二，河套国际青年创新营在福田开营，180名青年参加为期十天的活动。\n\n"
        "记者昨日获悉，芯视界科技有限公司近日完成B轮融资，融资额达3.5亿元。\n\n"
        "首批三座大楼已于去年全部落成，出租率达八成。"
    )
    figures = {f.measure: (f.date, f.is_target) for f in _read(lexicon, segmenter, body, "2033-12-03")}
    assert figures["参会青年"] == ("2033-12-03", False)
    assert figures["融资额"] == ("2033-12-03", False)
    assert figures["首批三座大楼出租率"] == ("2033-12-03", False)


def test_counts_of_a_whole_told_before_are_its_parts(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X第一期共有八座大楼，首三座已…落成，余下五座将…，全部预计…完成。第四座大楼已…: each is X's,
    not a bare 首三座大楼 a digest reader cannot place."""
    body = (
        "港深创新及科技园第一期共有八座大楼，首三座已于2032年底落成，余下五座将于今年起分阶段落成，"
        "全部预计于2035年底前完成。\n\n第四座大楼已于上月取得入伙纸。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2034-03-06")
    assert {
        ("2032-12", "港深创新及科技园第一期首三座大楼已落成"),
        ("2034", "港深创新及科技园第一期余下五座大楼将分阶段落成"),
        ("2035-12", "港深创新及科技园第一期八座大楼全部预计完成"),
        ("2034-02", "港深创新及科技园第一期第四座大楼已取得入伙纸"),
    } <= labels


def test_what_is_set_up_or_pushed_is_what_opens_and_a_count_needs_no_there_were(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """同时筹建X，计划今年10月挂牌: X挂牌; 加快推进Y建设，力争…建成投用: Y建成投用; 当天还有3个项目现场签约:
    3个项目签约; 集群二期 after X集群: X集群二期."""
    body = (
        "园区将加快推进国际科技信息枢纽建设，力争明年上半年建成投用；同时筹建深港联合知识产权服务中心，"
        "计划今年10月挂牌。\n\n河套深港联合实验室集群5日揭牌，当天还有3个国际合作项目现场签约。"
        "集群二期计划于2036年建成。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2034-03-05")
    assert {
        ("2035-06", "国际科技信息枢纽建成投用"),
        ("2034-10", "深港联合知识产权服务中心计划挂牌"),
        ("2034-03-05", "3个国际合作项目现场签约"),
        ("2036", "河套深港联合实验室集群二期计划建成"),
    } <= labels


def test_a_reply_titled_with_consent_a_second_reading_and_a_listed_task(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """印发《关于同意X实施Y的批复》 issues a reply (同意 inside the title aims at nothing); 草案…10月进行二审:
    the draft's second reading; 其中一款有望… after 两款在研药物: that drug; 任务包括今年内启动X建设，
    2035年底前建成Y等: 启动X建设, 建成Y, no subject from the lead and no 等."""
    body = (
        "国务院日前印发《关于同意园区实施分线管理的批复》。\n\n"
        "公司计划将约六成募资用于两款在研药物的临床试验，其中一款有望于2036年提交上市申请。\n\n"
        "《行动计划》还明确了一批重点任务，包括今年内启动国际科技合作大厦建设，2035年底前建成深港联合创新研究院新址等。"
    )
    labels = {
        (f.date, f.is_target, f.label)
        for f in _read(lexicon, segmenter, body, "2034-04-12")
        if f.kind is FactKind.MILESTONE
    }
    assert {
        ("2034-04", False, "国务院印发《关于同意园区实施分线管理的批复》"),
        ("2036", True, "一款在研药物有望提交上市申请"),
        ("2034", True, "启动国际科技合作大厦建设"),
        ("2035-12", True, "建成深港联合创新研究院新址"),
    } <= labels
    reading = _read(lexicon, segmenter, "《条例》草案于今年8月首次提请审议，10月进行二审。", "2034-12-31")
    assert ("2034-10", "《条例》草案进行二审") in {(f.date, f.label) for f in reading}


def test_last_years_occasion_is_held_then_and_a_month_since_is_no_event(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """去年的论坛首次移师河套举行: an event of last year (not 8月的深圳河, a time of a thing);
    2034年7月｜园区实施分线管理满一个月: time counted since, no event of July."""
    body = (
        "去年的论坛首次移师河套举行，吸引约二千五百人次参与。\n\n"
        "2034年7月｜园区实施分线管理满一个月，通关量增长近两倍。"
    )
    events = [(f.date, f.label) for f in _read(lexicon, segmenter, body, "2034-11-02") if f.kind is FactKind.MILESTONE]
    assert events == [("2033", "论坛首次移师河套举行")]


def test_the_aims_a_target_year_lists_after_a_colon_are_of_that_year(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """到2036年，园区将实现“三个倍增”：X由目前的210个增至420个以上，Y由约1.2万人增至2.4万人: aims of 2036."""
    body = (
        "《行动计划》提出，到2036年，园区将实现“三个倍增”：高端科研项目数量由目前的210个增至420个以上，"
        "港澳及国际科研人员由约1.2万人增至2.4万人。"
    )
    aims = {
        (f.value, f.date, f.is_target)
        for f in _read(lexicon, segmenter, body, "2034-04-12")
        if f.kind is FactKind.FIGURE
    }
    assert {(420, "2036", True), (24000, "2036", True)} <= aims


def test_a_route_first_flown_a_postponed_roadshow_and_a_monthly_market(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """一架直升机…起飞，…标志着X正式首飞: X首飞 (首飞 is an event verb); 园方原定明日举行的Y，将延期至…举行:
    Y, not whose plan was given up; 每月第二个周六…举办: a schedule, its weekday no date and no event."""
    body = (
        "7月2日上午9时，一架直升机从香港上环港澳码头起飞，约20分钟后降落在河套深圳园区，"
        "标志着深港跨境直升机航线正式首飞。\n\n"
        "园方原定明日举行的初创企业路演活动，将延期至九月四日举行。\n\n"
        "今年园区将推出“河套科技市集”品牌活动，每月第二个周六在园区中央广场举办。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2034-07-03")
    assert labels == {
        ("2034-07-02", "深港跨境直升机航线正式首飞"),
        ("2034-09-04", "初创企业路演活动将延期举行"),
        ("2034", "园区将推出“河套科技市集”品牌活动"),
    }


def test_a_centre_heard_from_names_its_second_phase_and_a_years_breakdown_is_of_that_year(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """记者从X中心获悉，…。中心二期实验楼前期已完成选址，…预计年底前开工: X中心二期 (not 中心, not 前期);
    2033年园区实现…。其中，研发投入强度达到12.6%: of 2033; 5所高校共建: 共建高校; GDP首次突破: GDP."""
    body = (
        "记者6月9日从河套深港量子材料研究中心获悉，该中心团队的研究成果于6月8日在线发表于《自然》。\n\n"
        "据悉，中心二期实验楼前期已完成选址，目前正在开展环评工作，预计年底前开工。\n\n"
        "2033年园区实现地区生产总值312亿元，GDP首次突破300亿元。\n\n其中，研发投入强度达到12.6%。\n\n"
        "该中心由深港两地5所高校共建。"
    )
    facts = _read(lexicon, segmenter, body, "2034-06-10")
    assert ("2034-12", "河套深港量子材料研究中心二期实验楼预计开工") in {(f.date, f.label) for f in facts}
    figures = {f.measure: f.date for f in facts if f.kind is FactKind.FIGURE}
    assert figures["研发投入强度"] == "2033" and "GDP" in figures and "共建高校" in figures


def test_a_centre_opened_its_tenants_its_tender_and_the_day_after_an_occasion(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """…出席X研发中心开幕典礼。首批六间企业已于六月进驻，另有四间预计…迁入: X's firms, four of them;
    政府会…就中心第二阶段设施展开招标，目标于2037年启用: X第二阶段设施 opens, not the speaker;
    音乐节将于本周六…开唱，门票已于上周售罄。…翌日: the day after Saturday, not after last week (and the
    tickets sold out are no milestone)."""
    body = (
        "局长孙东今日出席港深创新及科技园微电子研发中心开幕典礼。首批六间企业已于六月进驻，另有四间预计于年底前迁入。\n\n"
        "孙东表示，政府会于明年第一季就中心第二阶段设施展开招标，目标于2037年启用。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2034-07-05")
    centre = "港深创新及科技园微电子研发中心"
    assert {
        ("2034-06", f"{centre}首批六间企业已进驻"),
        ("2034-12", f"{centre}四间企业预计迁入"),
        ("2037", f"{centre}第二阶段设施将启用"),
    } <= labels
    fair = "音乐节将于本周六（12月16日）晚上8时开唱，门票已于上周售罄。\n\n主办方表示，音乐节翌日将举行创科市集。"
    days = {f.label: f.date for f in _read(lexicon, segmenter, fair, "2034-12-12") if f.kind is FactKind.MILESTONE}
    assert days["音乐节将举行创科市集"] == "2034-12-17" and "门票已售罄" not in days  # sold out: no milestone


def test_its_the_pair_talking_a_projects_phase_a_person_born_and_a_tower(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """X公司成立于2030年。其第二代无人机已于…获得认证: X's; X正与Y洽谈合作，双方拟…: X与Y; 项目一期预计…:
    the project named before; 1994年出生的何静雯，…，于2031年带领团队入驻…: she did; 大厦预计…竣工: the tower."""
    body = (
        "深港智航科技有限公司成立于2030年。记者获悉，其第二代物流无人机已于今年3月获得适航认证。"
        "此外，智航正与香港一家物流公司洽谈合作，双方拟于年内开通两条跨境配送航线。\n\n"
        "河套深港生物材料中试基地项目昨日开工。项目一期预计2035年底交付。\n\n"
        "1994年出生的何静雯，在香港大学取得博士学位后，于2031年带领团队入驻河套深圳园区。\n\n"
        "河套国际创新大厦昨日主体结构封顶。大厦预计2036年上半年竣工。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2034-05-15")
    assert {
        ("2034-03", "深港智航科技有限公司第二代物流无人机已获得适航认证"),
        ("2034", "智航与香港一家物流公司拟开通两条跨境配送航线"),
        ("2035-12", "河套深港生物材料中试基地项目一期预计交付"),
        ("2031", "何静雯带领团队入驻河套深圳园区"),
        ("2036-06", "河套国际创新大厦预计竣工"),
    } <= labels


def test_a_work_that_takes_two_years_and_a_half_ends_that_long_after_its_start(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """工程已于上周展开，预计需时约两年半完成: done about thirty months after the week it began."""
    body = "渠务署今日宣布，落马洲河套区排水改善工程已于上周展开，预计需时约两年半完成。"
    ends = [(f.date, f.is_target) for f in _read(lexicon, segmenter, body, "2034-06-26") if "预计完成" in f.label]
    assert ends == [("2036-12", True)]


def test_a_batch_counted_a_route_told_before_and_a_lab_named_not_described(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """「X」第三批共五所实验室将落户…，首两所已于本月投入运作: X第三批's; 该线自去年七月开办: the route
    told before; X实验室迁入…，成为首个整体迁入园区的大学实验室。…实验室下月将启动…: X实验室, not the
    description; 宣布政府将于…推出Y: 政府将推出Y."""
    body = (
        "「InnoHK创新香港研发平台」第三批共五所实验室将落户港深创新及科技园，首两所已于本月投入运作。\n\n"
        "来往港深创科园及河套深圳园区的跨境巴士线将于下月一日起加密班次。该线自去年七月开办以来，乘客量持续上升。\n\n"
        "香港大学再生医学实验室昨日迁入港深创新及科技园，成为首个整体迁入园区的大学实验室。"
        "教授表示，实验室下月将启动首个临床研究。\n\n"
        "行政长官今日发表《施政报告》，宣布政府将于今年内推出第二期首批三幅用地。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2035-02-27")
    assert {
        ("2035-02", "「InnoHK创新香港研发平台」第三批首两所实验室已投入运作"),
        ("2034-07", "来往港深创科园及河套深圳园区的跨境巴士线开办"),
        ("2035-03", "香港大学再生医学实验室将启动首个临床研究"),
        ("2035", "政府将推出第二期首批三幅用地"),
    } <= labels


def test_what_a_summit_told_before_will_see_is_of_its_first_day(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X峰会将于5月29日至31日举行。峰会期间将发布《Y》: Y is issued at the summit, from its first day."""
    body = "第二届河套国际科学家峰会将于5月29日至31日在河套深圳园区举行。\n\n峰会期间将发布《河套国际科技合作白皮书》。"
    labels = _dated_labels(lexicon, segmenter, body, "2035-05-22")
    assert ("2035-05-29", "峰会期间将发布《河套国际科技合作白皮书》") in labels


def test_next_years_contest_is_the_series_not_this_years_edition(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """2035深港机器人创新挑战赛…落下帷幕。…明年挑战赛将增设国际组: the series, without 2035."""
    body = "7月9日，2035深港机器人创新挑战赛在河套深圳园区落下帷幕。\n\n组委会表示，明年挑战赛将增设国际组。"
    labels = _dated_labels(lexicon, segmenter, body, "2035-07-10")
    assert ("2036", "深港机器人创新挑战赛将增设国际组") in labels


def test_a_festival_in_an_occasions_name_is_no_date_nor_is_its_theme_part_of_it(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """以“深港同心”为主题的2036河套元宵灯会将于本月21日晚亮灯: the fair lights up on the 21st (元宵灯会 is
    its name, not the festival's day), labelled without its theme."""
    body = "以“深港同心·科技之光”为主题的2036河套元宵灯会将于本月21日晚亮灯，展期持续至3月2日。"
    labels = [(f.date, f.label) for f in _read(lexicon, segmenter, body, "2036-02-17") if f.kind is FactKind.MILESTONE]
    assert labels == [("2036-02-21", "2036河套元宵灯会将亮灯")]


def test_after_it_is_set_up_a_document_it_follows_and_a_result_awaited(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X中心…揭牌。中心成立后将…，力争三年内完成…，并于2037年前建立…: X中心's aims (not 中心成立后's);
    该措施是去年底出台的《Y》的配套举措: 《Y》出台 then; 第八座大楼…预计今年内有结果: no deed, no event."""
    body = (
        "3月17日，河套深港联合临床研究中心在港大深圳医院揭牌。\n\n"
        "中心负责人表示，中心成立后将优先开展跨境临床试验，力争三年内完成50项以上，并于2037年前建立临床研究数据平台。\n\n"
        "据介绍，该措施是去年底出台的《支持人员往来便利化的若干措施》的配套举措。\n\n"
        "第八座大楼亦已提交认证申请，预计今年内有结果。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2036-03-18")
    centre = "河套深港联合临床研究中心"
    assert {
        ("2039", f"{centre}力争完成50项以上"),
        ("2037", f"{centre}建立临床研究数据平台"),
        ("2035-12", "《支持人员往来便利化的若干措施》出台"),
    } <= labels
    assert not [label for _, label in labels if label.endswith("结果")]


def test_an_appointment_takes_effect_and_who_held_the_post_did_what_was_done_in_office(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """委任X为行政总裁，任命由七月一日起生效: X takes office that day (not 董事局任命生效); Y自2030年出任…，
    任内带领…，并于去年推出…: Y launched it (not 任内带领公司推出…)."""
    body = (
        "董事局昨日宣布，委任现任营运总监梁思齐为行政总裁，任命由7月1日起生效，为期三年。\n\n"
        "何家明自2030年出任行政总裁，任内带领公司完成第一期八座大楼的建设，并于去年推出首个海外企业落户计划。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2036-06-12")
    assert {("2036-07-01", "梁思齐出任行政总裁"), ("2035", "何家明推出首个海外企业落户计划")} <= labels


def test_a_deal_a_contract_and_a_building_told_before_are_named(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """此次交易 is the stake bought before; a bare 工程 after X工程合约 is X工程; 当局就该合约… names the
    contract; 大楼外立面… is the building's; 原址 is the old site of what moves."""
    deal = (
        "公司拟以现金约4.6亿元收购香港光启半导体有限公司70%股权。"
        "此次交易尚需获得两地相关部门批准，预计于今年第四季度完成交割。"
    )
    works = (
        "建筑署今日宣布，港深创新及科技园第二期地盘平整及基础工程合约已批予一间本地承建商。工程将于本月底展开。\n\n"
        "当局于今年三月就该合约进行公开招标。"
    )
    building = "位于园区的跨境孵化大楼自6月19日起正式更名。园区介绍，大楼外立面标识的更换工作将于本月内完成。"
    moved = "服务中心将于8月18日起迁至综合服务楼，原址同日停止对外服务。"
    named = "港深创新及科技园第二期地盘平整及基础工程"
    assert ("2036-12", "收购香港光启半导体有限公司70%股权的交易预计完成交割") in _dated_labels(
        lexicon, segmenter, deal, "2036-07-04"
    )
    assert {("2036-07", f"{named}将展开"), ("2036-03", f"当局就{named}合约进行公开招标")} <= _dated_labels(
        lexicon, segmenter, works, "2036-07-15"
    )
    assert ("2036-06", "跨境孵化大楼外立面标识的更换工作将完成") in _dated_labels(
        lexicon, segmenter, building, "2036-06-20"
    )
    assert not [
        label for _, label in _dated_labels(lexicon, segmenter, moved, "2036-08-05") if label.startswith("原址")
    ]


def test_a_whole_years_aim_after_a_quarters_is_the_years(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """园区将…，确保三季度新开工项目不少于10个，全年固定资产投资突破200亿元: the year's, not September's."""
    body = "下一步，园区将抓紧推进重大项目开工，确保三季度新开工项目不少于10个，全年固定资产投资突破200亿元。"
    figures = {
        f.measure: (f.date, f.is_target)
        for f in _read(lexicon, segmenter, body, "2036-06-26")
        if f.kind is FactKind.FIGURE
    }
    assert figures["全年固定资产投资"] == ("2036", True)
    assert figures["新开工项目"] == ("2036-09", True)


def test_hours_overnight_a_purpose_and_a_modal_alone_leave_the_deed_to_who_said_it(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """X表示，为配合Y工程，将于明晚（9月9日）11时至翌日早上6时，暂停Z: X will, on the 9th (not 至翌日早上6时
    as a deed, nor Y as who does it); 整项工程 is the works named before."""
    body = (
        "中华电力今日表示，为配合港深创科园第二期供电网络接驳工程，将于明晚（9月9日）11时至翌日早上6时，"
        "暂停园区第一至第三座大楼的电力供应，进行线路检修。\n\n"
        "中电补充，第二期供电网络接驳工程于今年5月展开，涉及铺设约三公里地下电缆，整项工程预计年底前完成。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2036-09-08")
    assert ("2036-09-09", "中华电力将暂停园区第一至第三座大楼的电力供应") in labels
    assert ("2036-12", "港深创科园第二期供电网络接驳工程预计完成") in labels


def test_a_campus_city_its_institute_and_its_admissions_are_named(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """香港中文大学（深圳）keeps its city (another university); 其河套研究院…。研究院…在…成立 is the
    university's institute; 招生简章 and 报名 after it are the institute's; 首年计划招生80人 after
    将于2037/38学年起招收 is a target of September 2037."""
    body = (
        "香港中文大学（深圳）昨日发布消息，其河套研究院获教育部门批准开展研究生教育，"
        "将于2037/38学年起招收首批全日制硕士研究生，首年计划招生80人。\n\n"
        "据介绍，研究院2033年在河套深圳园区成立。招生简章将于今年10月发布，报名工作预计11月启动。"
    )
    facts = _read(lexicon, segmenter, body, "2036-09-18")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    institute = "香港中文大学（深圳）河套研究院"
    assert {
        ("2033", f"{institute}在河套深圳园区成立"),
        ("2036-10", f"{institute}招生简章将发布"),
        ("2036-11", f"{institute}报名工作预计启动"),
    } <= labels
    (intake,) = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 80]
    assert (intake.date, intake.is_target) == ("2037-09", True)


def test_a_firms_half_year_report_dates_its_figures_and_names_the_firm(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """总部位于X的Y is a firm; Y发布2036年半年度报告 is of its day (the report's year names it); 报告期内
    and 分业务看 figures are of June; 公司表示，…第二研发中心… is Y's; 由年初的420人增至510人 after a deed
    told in April is now; a firm named before is found by name in a later sentence."""
    body = (
        "8月28日晚间，总部位于河套深圳园区的澜舟智能发布2036年半年度报告。报告期内，公司实现营业收入5.82亿元。\n\n"
        "分业务看，海外市场收入首次突破1亿元。公司表示，位于河套深圳园区的第二研发中心已于今年4月投入使用，"
        "研发人员由年初的420人增至510人。\n\n"
        "澜舟智能于2033年在深交所创业板上市，目前员工约900人。"
    )
    facts = _read(lexicon, segmenter, body, "2036-08-29")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {("2036-08-28", "总部位于河套深圳园区的澜舟智能发布2036年半年度报告")} <= labels
    assert ("2036-04", "澜舟智能第二研发中心已投入使用") in labels
    figures = {f.value: (f.measure, f.date) for f in facts if f.kind is FactKind.FIGURE}
    assert figures[5.82e8] == ("澜舟智能营业收入", "2036-06")
    assert figures[1e8][1] == "2036-06"
    assert figures[510] == ("澜舟智能研发人员", "2036-08-29")
    assert figures[900] == ("澜舟智能员工", "2036-08-29")


def test_a_quoted_name_opening_a_sentence_owns_its_counts(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """“X”2034年6月开业，目前在孵企业73家；“Y”…，成立两年来累计孵化企业超过40家: X's and Y's, so that
    they join no series of another incubator's firms."""
    body = (
        "“深港创客港”2034年6月开业，目前在孵企业73家；“河套芯谷孵化中心”专注集成电路领域，"
        "成立两年来累计孵化企业超过40家。"
    )
    measures = {f.value: f.measure for f in _read(lexicon, segmenter, body, "2036-11-05") if f.kind is FactKind.FIGURE}
    assert measures == {73: "深港创客港的在孵企业", 40: "河套芯谷孵化中心的孵化企业"}


def test_a_bill_read_and_passed_is_named_and_its_law_takes_effect(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """立法会昨日三读通过《X条例草案》: an event; 条例草案于今年三月首读: the bill's first reading;
    条例预计下月刊宪生效: 《X条例》, the bill passed."""
    body = (
        "立法会昨日三读通过《2036年创新科技（杂项修订）条例草案》。\n\n"
        "条例草案于今年3月首读，其后交由法案委员会审议。发言人表示，条例预计下月刊宪生效。"
    )
    bill = "2036年创新科技（杂项修订）条例"
    assert {
        ("2036-11-12", f"立法会三读通过《{bill}草案》"),
        ("2036-03", f"《{bill}草案》首读"),
        ("2036-12", f"《{bill}》预计刊宪生效"),
    } <= _dated_labels(lexicon, segmenter, body, "2036-11-13")


def test_a_plan_announced_at_a_final_is_of_its_year_and_its_call_is_the_next_editions(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """大会宣布，明年的第五届大赛将移师…举行，报名预计于明年4月开始: no event on the final's day, the
    plan of next year and the fifth contest's call (not 明年的第五届大赛, nor the headline's)."""
    body = (
        "第四届深港大学生机械人大赛上周六（11月8日）在河套深圳园区会展中心举行决赛。\n\n"
        "大会宣布，明年的第五届大赛将移师港深创科园举行，报名预计于明年4月开始。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2036-11-12")
    contest = "第五届深港大学生机械人大赛"
    assert labels == {
        ("2036-11-08", "第四届深港大学生机械人大赛在河套深圳园区会展中心举行决赛"),
        ("2037", f"{contest}将移师港深创科园举行"),
        ("2037-04", f"{contest}报名预计开始"),
    }


def test_a_total_after_a_fall_is_of_what_fell_and_a_rebound_is_no_level(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X同比下降8.3%，但总量仍达到436亿元: X; 第三季度产值环比回升5.6%: a change, no figure, no event."""
    body = "今年前三季度园区集成电路产业产值同比下降8.3%，但总量仍达到436亿元。从季度走势看，第三季度产值环比回升5.6%。"
    facts = _read(lexicon, segmenter, body, "2036-10-30")
    assert [(f.measure, f.value) for f in facts if f.kind is FactKind.FIGURE] == [("园区集成电路产业产值", 4.36e10)]
    assert not [f for f in facts if f.kind is FactKind.MILESTONE]


def test_a_wish_a_columnists_visit_a_season_in_a_name_and_many_received(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """我们期待，到2040年，…: a wish, no target; 笔者上月再次到访…: a columnist's visit, no event;
    2036河套冬季人才招聘会 on 12月14日: 冬季 is the fair's name, not its date; 收到简历数以百计: a count."""
    body = (
        "我们期待，到2040年，河套能成为全球科研人员向往的创新高地。\n\n"
        "笔者上月再次到访港深创科园，晚上九时的实验室大楼仍然灯火通明。\n\n"
        "12月14日，2036河套冬季人才招聘会在河套深圳园区会展中心举行。一家企业当天上午就收到简历数以百计。"
    )
    assert _dated_labels(lexicon, segmenter, body, "2036-12-15") == {
        ("2036-12-14", "2036河套冬季人才招聘会在河套深圳园区会展中心举行")
    }


def test_an_explainers_bare_steps_are_of_what_its_title_explains(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """一图读懂｜X … 3. 什么时候开始受理？答：自2037年1月1日起开始受理，首批名单预计于2月底前公布: X's."""
    body = "3. 什么时候开始受理？\n\n答：自2037年1月1日起开始受理，首批名单预计于2037年2月底前公布。"
    article = Article("a", "一图读懂｜河套跨境科研用品“白名单”3.0版", "2036-12-09", "zh-Hans", body)
    labels = {
        (f.date, f.label) for f in Extractor(lexicon, segmenter).extract([article]) if f.kind is FactKind.MILESTONE
    }
    topic = "河套跨境科研用品“白名单”3.0版"
    assert labels == {("2037-01-01", f"{topic}开始受理"), ("2037-02", f"{topic}首批名单预计公布")}


def test_a_rule_keeps_its_last_character_and_one_event_is_named_by_its_document(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """《措施》的配套实施细则将…出台: 细则, not 细 (则 is no 'then' there); the same signing told by
    two articles, one naming the memorandum's title, is labelled by that one."""
    rules = (
        "园区发布《河套深圳园区促进跨境科研数据流动若干措施》（以下简称《措施》）。"
        "据了解，《措施》的配套实施细则将于明年一季度出台。"
    )
    assert any(
        label.endswith("配套实施细则将出台") for _, label in _dated_labels(lexicon, segmenter, rules, "2026-10-16")
    )
    looked_back = Article(
        "a", "评论", "2036-12-02", "zh-Hans", "从2017年1月3日两地政府签署合作备忘录，到如今，河套走过了不平凡的路。"
    )
    told = Article(
        "b",
        "回顾",
        "2030-01-03",
        "zh-Hans",
        "2017年1月3日，深港两地政府签署《关于港深推进落马洲河套地区共同发展的合作备忘录》。",
    )
    signed = [f for f in Extractor(lexicon, segmenter).extract([looked_back, told]) if f.kind is FactKind.MILESTONE]
    assert [(f.date, f.label, len(f.sources)) for f in signed] == [
        ("2017-01-03", "深港两地政府签署《关于港深推进落马洲河套地区共同发展的合作备忘录》", 2)
    ]


def test_a_names_english_form_and_what_came_before_a_second_one(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X（Hetao Shenzhen-Hong Kong …）: the English form is no part of the label (which ran past the
    length a label may have and was cut); 这是河套继今年3月开通HT1线后新增的第二条线路: HT1线 opened
    in March, not 河套开通HT1线后新增的…."""
    body = (
        "代表团19日访问河套深港科技创新合作区（Hetao Shenzhen-Hong Kong Science and Technology Innovation "
        "Cooperation Zone），并与园区签署三项合作备忘录。\n\n"
        "这是河套继今年3月开通HT1线后新增的第二条跨境巴士线路。"
    )
    assert _dated_labels(lexicon, segmenter, body, "2036-12-20") == {
        ("2036-12-19", "代表团访问河套深港科技创新合作区"),
        ("2036-03", "河套开通HT1线"),
    }


def test_a_bank_the_latter_here_and_the_university_are_named_as_told_before(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """该行 is the branch named before; 后者 the second of 其中一家是A，另一家是B; 这里是去年9月投入使用的X
    is X投入使用, and a later 这里 is X; a bare 大学 after 浸大校长… is the university named in full."""
    body = (
        "12月22日，深港联合银行河套支行在河套深圳园区开业。明年一季度，该行将推出“跨境薪酬通”产品。\n\n"
        "其中一家是研发骨科手术机器人的术创医疗，另一家是生产便携式基因测序仪的衡基生物。"
        "后者则计划于明年下半年在香港联交所主板上市。\n\n"
        "这里是去年9月投入使用的河套港澳青年创业坊，为港澳青年提供免费办公空间。明年3月，这里将新增一个共享实验室。\n\n"
        "香港浸会大学河套中医药研究所昨日在港深创新及科技园开幕。"
        "浸大校长致辞时指出，大学早于2033年已在深圳园区设立中医药检测实验室。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2036-12-23")
    assert {
        ("2037-03", "深港联合银行河套支行将推出“跨境薪酬通”产品"),
        ("2037-12", "衡基生物计划在香港联交所主板上市"),
        ("2035-09", "河套港澳青年创业坊投入使用"),
        ("2037-03", "河套港澳青年创业坊将新增一个共享实验室"),
        ("2033", "香港浸会大学已在深圳园区设立中医药检测实验室"),
    } <= labels


def test_a_count_named_by_its_owners_head_says_the_head_once(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X研究所昨日开幕。…研究所现有研究人员四十五名: X研究所的研究人员, not X研究所的研究所研究人员."""
    body = "香港浸会大学河套中医药研究所昨日开幕。该所所长表示，研究所现有研究人员45名。"
    (staff,) = [f for f in _read(lexicon, segmenter, body, "2036-12-29") if f.kind is FactKind.FIGURE]
    assert staff.measure == "香港浸会大学河套中医药研究所的研究人员"


def test_new_years_eve_a_lunar_range_and_what_resumes(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """除夕当天 is the day before 春节 (2037-02-15); 大年初一至初三，X暂停… is from the first, and
    …；正月初四起恢复正常办公 is X resuming (not 企业, told between); 公布今年三大工作重点: no date of its own."""
    body = (
        "除夕当天，园区食堂将为留守科研人员推出免费年夜饭。\n\n"
        "大年初一至初三，园区政务服务大厅暂停现场服务，企业可通过线上平台办理业务；正月初四起恢复正常办公。\n\n"
        "港深创新及科技园有限公司下月举行新春团拜，行政总裁将公布今年三大工作重点。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2037-01-26")
    assert {
        ("2037-02-14", "园区食堂将为留守科研人员推出免费年夜饭"),
        ("2037-02-15", "园区政务服务大厅暂停现场服务"),
        ("2037-02-18", "园区政务服务大厅恢复正常办公"),
    } <= labels
    assert not [label for date, label in labels if date == "2037"]


def test_old_rules_lasting_a_duty_told_once_and_an_amount_in_hundreds_of_millions(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """…按原规定执行至2037年12月31日: how long old rules last, no event; 获资助项目须于…展开，并于三年内
    完成: the projects complete (not 获资助项目须获资助项目须完成); 总资助额约一亿八千万港元: the whole sum."""
    body = (
        "《办法》施行前已获认定的科研机构，按原规定执行至2037年12月31日。\n\n"
        "发言人说，获资助项目须于今年六月底前展开，并于三年内完成。\n\n"
        "「河套创科研究资助计划」共批出二十三个项目，总资助额约一亿八千万港元。"
    )
    facts = _read(lexicon, segmenter, body, "2037-03-10")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert labels == {("2037-06", "获资助项目须展开"), ("2040", "获资助项目完成")}
    (scheme,) = [f for f in facts if f.kind is FactKind.POLICY]
    assert scheme.qualifier == "一亿八千万港元"


def test_on_this_basis_is_no_part_of_what_is_done(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """园区表示，明年将在此基础上推出X改革: 园区将推出X改革, read alone (在此基础上 points at the sentence
    before, which a digest line does not show)."""
    body = "园区表示，明年将在此基础上推出“跨境科研一件事”改革。"
    assert _dated_labels(lexicon, segmenter, body, "2026-12-01") == {("2027", "园区将推出“跨境科研一件事”改革")}


def test_a_bare_head_and_a_size_take_the_name_the_headline_gives(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """Under 河套深港神经调控联合实验室揭牌, 实验室在…揭牌 is that laboratory; under X中心启用, 中心总面积约
    8000平方米，明年将引进20个研究团队 is X中心's area and X中心's plan."""
    lab = Article(
        "a", "河套深港神经调控联合实验室揭牌", "2037-03-20", "zh-Hans", "3月19日，实验室在河套深圳园区正式揭牌。"
    )
    centre = Article(
        "b",
        "河套深港先进显示技术中心启用",
        "2037-03-20",
        "zh-Hans",
        "3月19日，该中心在河套深圳园区正式启用。中心总面积约8000平方米，明年将引进20个研究团队。",
    )
    facts = Extractor(lexicon, segmenter).extract([lab, centre])
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {
        ("2037-03-19", "河套深港神经调控联合实验室在河套深圳园区正式揭牌"),
        ("2038", "河套深港先进显示技术中心将引进20个研究团队"),
    } <= labels
    assert "河套深港先进显示技术中心总面积" in {f.measure for f in facts if f.kind is FactKind.FIGURE}


def test_a_story_told_only_under_its_headline_names_what_the_headline_names(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """Under X二期开工: 项目在…开工 is X二期's start (not a timetable's, under X建设时间表公布), 二期总投资…，
    计划2039年建成 is X二期's; under X大楼平顶: 大楼昨日举行平顶仪式 is X大楼's."""
    works = Article(
        "a",
        "河套深港合成生物铸造平台二期开工",
        "2037-03-26",
        "zh-Hans",
        "3月25日，项目在河套深圳园区南区开工。二期总投资约15亿元，计划2039年建成。",
    )
    tower = Article("b", "港深创科园第二期首座大楼平顶", "2036-12-15", "zh-Hans", "大楼昨日举行平顶仪式。")
    timetable = Article("c", "河套国际人才社区三期建设时间表公布", "2026-12-01", "zh-Hans", "2027年6月：项目正式动工。")
    labels = {
        (f.date, f.label)
        for f in Extractor(lexicon, segmenter).extract([works, tower, timetable])
        if f.kind is FactKind.MILESTONE
    }
    assert {
        ("2037-03-25", "河套深港合成生物铸造平台二期在河套深圳园区南区开工"),
        ("2039", "河套深港合成生物铸造平台二期计划建成"),
        ("2036-12-14", "港深创科园第二期首座大楼举行平顶仪式"),
    } <= labels
    assert not [label for _, label in labels if "时间表" in label]


def test_a_list_told_bare_is_the_one_the_headline_says_was_issued(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """Under X发布首批“揭榜挂帅”项目榜单, 4月1日，榜单正式发布 is that list's issuing."""
    article = Article("a", "河套深圳园区发布首批“揭榜挂帅”项目榜单", "2037-04-02", "zh-Hans", "4月1日，榜单正式发布。")
    labels = {
        (f.date, f.label) for f in Extractor(lexicon, segmenter).extract([article]) if f.kind is FactKind.MILESTONE
    }
    assert labels == {("2037-04-01", "首批“揭榜挂帅”项目榜单正式发布")}


def test_an_hour_alone_is_of_the_day_told_before_and_a_bare_system_is_the_one_named(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """昨日上午9时许，X系统发生故障。…系统于10时15分恢复正常: X系统 recovered that day; 每天上午9时开放: a
    schedule, no day."""
    body = (
        "昨日上午9时许，河套跨境专用通道旅检系统发生故障。经技术人员紧急处置，系统于10时15分恢复正常。\n\n"
        "通道每天于上午7时开放。"
    )
    assert _dated_labels(lexicon, segmenter, body, "2036-11-20") == {
        ("2036-11-19", "河套跨境专用通道旅检系统发生故障"),
        ("2036-11-19", "河套跨境专用通道旅检系统恢复正常"),
    }


def test_a_planned_deed_on_a_thing_is_its_subjects_and_a_plot_won_is_news(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """今年下半年将搬入园区新落成的科研楼: the centre told before moves into the building (the
    building is its object, not an attribute's subject); X公布，Y用地，由Z财团投得: the plot won
    that day, whatever counts name the winners."""
    body = (
        "创始人说，研发中心目前有工程师约150人，今年下半年将搬入园区新落成的科研楼。\n\n"
        "地政总署昨日公布，新田科技城首幅创科用地，由一间本地发展商与两间科技企业组成的财团投得。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2037-05-20")
    assert labels == {
        ("2037-12", "研发中心将搬入园区新落成的科研楼"),
        ("2037-05-19", "新田科技城首幅创科用地由一间本地发展商与两间科技企业组成的财团投得"),
    }
    (engineers,) = [f for f in _read(lexicon, segmenter, body, "2037-05-20") if f.kind is FactKind.FIGURE]
    assert (engineers.measure, engineers.value) == ("研发中心工程师", 150)  # who it has, not 研发中心有工程师


def test_here_is_the_place_opened_and_a_market_and_its_time_field_are_one_event(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """X5日正式启用，首场活动当天在这里举行: held in X; 首届“X市集”将…开市 and 活动时间：10月17日: one
    occasion, told once."""
    opened = "位于园区北区的河套国际会议中心5日正式启用，首场活动“深港人工智能治理论坛”当天在这里举行。"
    assert ("2037-09-05", "首场活动“深港人工智能治理论坛”在河套国际会议中心举行") in _dated_labels(
        lexicon, segmenter, opened, "2037-09-06"
    )
    fair = "本周六（10月17日），首届“河套科普市集”将在园区中心绿地开市。\n\n活动时间：10月17日（周六）10:00—17:00"
    article = Article("a", "河套园区这场科普市集不要错过", "2037-10-14", "zh-Hans", fair)
    held = [f for f in Extractor(lexicon, segmenter).extract([article]) if f.kind is FactKind.MILESTONE]
    assert [(f.date, f.label) for f in held] == [("2037-10-17", "首届“河套科普市集”将在园区中心绿地开市")]


def test_a_year_after_a_founding_a_fiscal_year_ahead_and_an_occasions_first_day(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """公司成立翌年获得…: the year after, 成立 no part of the deed; 预计明年动工，并于2041至42年度落成:
    a fiscal year aimed at; 开幕首日 is the fair's first day; 展会期间，园区还将举办… (told while it
    runs): to come that month."""
    founded = "2030年，许嘉铭在河套深圳园区注册成立了澜图智能。公司成立翌年获得天使轮融资1,200万元。"
    assert ("2031", "澜图智能获得天使轮融资1,200万元") in _dated_labels(lexicon, segmenter, founded, "2037-08-18")
    phased = "当局表示，第二期首批大楼预计明年年初动工，并于二〇四一至四二年度分阶段落成。"
    assert ("2041", "第二期首批大楼分阶段落成") in _dated_labels(lexicon, segmenter, phased, "2037-07-04")
    fair = (
        "第三十九届高交会11月15日至19日在深圳国际会展中心举办。\n\n"
        "开幕首日，河套展区举行项目集中签约仪式。展会期间，河套深圳园区还将举办两场投融资路演。"
    )
    held = {(f.date, f.is_target, f.label) for f in _read(lexicon, segmenter, fair, "2037-11-16")}
    assert {
        ("2037-11-15", False, "河套展区举行项目集中签约仪式"),
        ("2037-11", True, "河套深圳园区将举办两场投融资路演"),
    } <= held


def test_an_interviews_we_did_an_occasions_time_set_and_a_change_from_this_years_level(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """专访X负责人: 我们在9月启动了… is X's deed, not the writer's; 办好第二届X大会，时间初步定在明年10月:
    the congress is held then; 实习岗位将由今年的500个增加到800个: 500 this year, 800 the aim."""
    body = (
        "负责人：我们在9月启动了第二批“揭榜挂帅”项目。\n\n"
        "负责人：三是办好第二届河套科学大会，时间初步定在明年10月。\n\n"
        "负责人：我们将在明年1月推出港澳青年实习计划2.0版，实习岗位将由今年的500个增加到800个。"
    )
    article = Article("a", "专访河套深圳园区发展署负责人：明年重点抓好三件事", "2037-12-28", "zh-Hans", body)
    facts = Extractor(lexicon, segmenter).extract([article])
    assert {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE} >= {
        ("2037-09", "河套深圳园区发展署启动了第二批“揭榜挂帅”项目"),
        ("2038-10", "第二届河套科学大会举行"),
    }
    posts = {(f.value, f.date, f.is_target) for f in facts if f.kind is FactKind.FIGURE and f.measure == "实习岗位"}
    assert posts == {(500, "2037", False), (800, "2038-01", True)}


def test_a_first_batch_told_bare_is_of_the_phase_whose_first_batch_was_named(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """拨款用于港深创科园第二期首批发展。…首批大楼预计明年年初动工: the second phase's first buildings."""
    body = "财委会通过拨款，用于港深创科园第二期首批发展。局长表示，首批大楼预计明年年初动工。"
    assert ("2038", "港深创科园第二期首批大楼预计动工") in _dated_labels(lexicon, segmenter, body, "2037-07-04")


def test_an_hour_about_is_the_dates_and_months_within_are_from_now(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """昨晚八时许: the hour, 许 and all, is the date's; 会在两个月内完成: by two months on; 开幕后三个月内
    and 可在两个月内 are no deed's time."""
    body = (
        "港深创科园第一期昨晚八时许突然停电。公司表示，会在两个月内完成全面检查园区的供电系统。\n\n"
        "已购票的市民可于开幕后三个月内凭票入场。公众可在未来两个月内提交意见。"
    )
    assert _dated_labels(lexicon, segmenter, body, "2038-02-17") == {
        ("2038-02-16", "港深创科园第一期突然停电"),
        ("2038-04", "公司会完成全面检查园区的供电系统"),
    }


def test_a_buildings_size_is_not_of_its_ground_breaking_and_an_aim_to_make_is_the_deed(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """公寓三期于2036年5月动工，总建筑面积约7.5万平方米: the size now; 目标在2040年前让X全部投入运作: X's."""
    body = "公寓三期于2036年5月动工，总建筑面积约7.5万平方米。何嘉豪表示，目标在2040年前让第二期首批大楼全部投入运作。"
    facts = _read(lexicon, segmenter, body, "2038-04-09")
    (area,) = [f for f in facts if f.kind is FactKind.FIGURE]
    assert area.date == "2038-04-09"
    assert ("2040", "第二期首批大楼全部投入运作") in {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}


def test_a_notice_calling_for_applications_names_the_scheme_its_amounts_and_steps_are_of(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """关于开展2038年度X补贴申报工作的通知: its items' amounts are X's (a policy fact), and a bare
    申报系统于…开放 is X's call."""
    body = (
        "二、支持标准。按上年度对港服务收入的30%给予补贴，单个单位每年最高不超过200万元。\n\n"
        "三、申报时间。申报系统于2038年3月10日9:00开放。"
    )
    title = "关于开展2038年度河套跨境科研仪器共享补贴申报工作的通知"
    facts = Extractor(lexicon, segmenter).extract([Article("a", title, "2038-03-02", "zh-Hans", body)])
    (policy,) = [f for f in facts if f.kind is FactKind.POLICY]
    assert policy.label == "河套跨境科研仪器共享补贴" and "最高不超过200万元" in (policy.qualifier or "")
    assert ("2038-03-10", "河套跨境科研仪器共享补贴申报系统开放") in {
        (f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE
    }


def test_two_firms_founded_in_one_year_are_two_events(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """深港智航科技有限公司成立 and …成立了澜图智能, both by graduates of one university: two firms."""
    articles = [
        Article("a", "标题", "2035-01-05", "zh-Hans", "2030年，香港科技大学的三名博士在园区创立深港智航科技有限公司。"),
        Article("b", "标题", "2037-08-18", "zh-Hans", "2030年，香港科技大学毕业的许嘉铭在园区注册成立了澜图智能。"),
    ]
    founded = [f for f in Extractor(lexicon, segmenter).extract(articles) if f.kind is FactKind.MILESTONE]
    assert len(founded) == 2, [f.label for f in founded]


def test_a_statement_issued_is_no_event_and_a_bare_letting_is_of_the_flats_told(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """X今早发表声明，指…: what it said is the news, not that it spoke; 配租申请已于4月1日开始, after
    X人才公寓三期将…交付: X's letting."""
    body = (
        "港深创科园公司今早发表声明，指事故源于电缆故障。\n\n"
        "河套国际人才公寓三期将提前至本月28日交付使用。配租申请已于4月1日开始。"
    )
    assert _dated_labels(lexicon, segmenter, body, "2038-04-09") == {
        ("2038-04-28", "河套国际人才公寓三期将提前交付使用"),
        ("2038-04-01", "河套国际人才公寓三期配租申请已开始"),
    }


def test_a_second_route_a_joint_meetings_next_a_teams_hope_and_a_funds_first_round(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """第二条跨境专用通道建成启用 keeps 第二条 (no article of rules); 下一次会议 after X联席会议举行第九次
    会议 is X's next, not 下一次第九次会议; 团队正与…洽谈合作，希望明年能推出…: the team's hope;
    成立「X基金」，…首轮投资预计…完成: X's first round."""
    body = (
        "今年6月，第二条跨境专用通道建成启用。\n\n"
        "港深推进河套合作区联席会议今日在港深创科园举行第九次会议。下一次会议将于明年在深圳举行。\n\n"
        "梁思成表示，团队正与两家企业洽谈合作，希望明年能推出工程样片。\n\n"
        "政府会预留一百亿元成立「河套前沿科技基金」，首轮投资预计明年年底前完成。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2038-10-09")
    assert {
        ("2038-06", "第二条跨境专用通道建成启用"),
        ("2039", "港深推进河套合作区联席会议下一次会议将在深圳举行"),
        ("2039", "梁思成团队希望能推出工程样片"),
        ("2039-12", "河套前沿科技基金首轮投资预计完成"),
    } <= labels, labels


def test_design_work_a_span_about_years_on_opening_hours_and_an_early_announcement(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """X的设计工作已大致完成，预计于…动工，约三年后落成: X breaks ground and stands (约 is the date's);
    隧道开放时间为…，明年起将…延长至24小时开放: the tunnel; X早于2036年宣布…，并于…展开: X, not X早;
    她预计分部可容纳约一百间初创企业: room, no event."""
    body = (
        "第二期首座人才宿舍的设计工作已大致完成，预计于明年动工，约三年后落成。\n\n"
        "隧道开放时间为每天7时至23时，明年起将视需求延长至24小时开放。\n\n"
        "HKSTP早于2036年宣布设立分部，并于去年三月展开装修工程。她预计分部明年底前可容纳约一百间初创企业。"
    )
    assert _dated_labels(lexicon, segmenter, body, "2038-05-13") == {
        ("2039", "第二期首座人才宿舍预计动工"),
        ("2042", "第二期首座人才宿舍落成"),
        ("2039", "隧道将视需求延长至24小时开放"),
        ("2036", "HKSTP宣布设立分部"),
        ("2037-03", "HKSTP展开装修工程"),
    }


def test_a_tables_aim_and_its_time_are_one_clause(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """| 项目名称 | 年度目标 | 计划时间 | over | X | 竣工投用 | 2039年6月 |: X计划于2039年6月竣工投用."""
    body = "部分项目安排如下：\n\n| 项目名称 | 年度目标 | 计划时间 |\n| 深港国际会议酒店 | 竣工投用 | 2039年6月 |"
    assert _dated_labels(lexicon, segmenter, body, "2039-01-20") == {("2039-06", "深港国际会议酒店计划竣工投用")}


def test_an_intakes_class_a_period_a_first_session_a_reviews_lead_and_a_deed_into_a_platform(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """第二批学员招募已…结束，…，将于7月上旬开班: the intake's class; 咨询期由今日起至…止: how long it
    runs, no event; 举办三场公众论坛，首场将于…: the first forum; 回顾上半年，园区建设亮点纷呈：: a
    review's lead; 把30台大型仪器纳入平台。平台于2034年上线: the platform named before, not 30台…纳入平台."""
    body = (
        "第二批学员招募已于本月初结束，共录取60人，将于7月上旬开班。\n\n"
        "规划署今日展开公众咨询，咨询期由今日起至七月三十一日止。署方会在咨询期内举办三场公众论坛，首场将于六月六日"
        "在元朗举行。\n\n"
        "回顾上半年，河套深圳园区建设亮点纷呈：\n\n"
        "园区科研仪器共享平台今年以来服务科研团队超过4,800次。发展署将在年内把香港园区的30台大型仪器纳入平台。"
        "平台于2034年上线。"
    )
    assert _dated_labels(lexicon, segmenter, body, "2039-05-20") == {
        ("2039-05", "第二批学员招募已结束"),
        ("2039-07", "第二批学员将开班"),
        ("2039-05-20", "规划署展开公众咨询"),
        ("2039-06-06", "首场公众论坛将在元朗举行"),
        ("2039", "发展署将把香港园区的30台大型仪器纳入平台"),
        ("2034", "园区科研仪器共享平台上线"),
    }


def test_a_closure_and_a_committees_discussion_are_events_but_a_weekly_day_off_is_not(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """X自8月3日起临时闭馆: an event to come; 委员会昨日讨论…: a meeting held; 周一闭馆: a weekly day
    off; 已预约8月3日至10日参观的观众: whom the dates describe."""
    body = (
        "河套科学馆自8月3日（周六）起临时闭馆，恢复开放时间另行通知。已预约8月3日至8月10日参观的观众，预约将自动取消。\n\n"
        "立法会交通事务委员会昨日讨论落马洲河套区的交通配套。\n\n"
        "开馆后，图书馆将实行预约入馆，周一闭馆，其余时间每天9时至21时开放。"
    )
    assert _dated_labels(lexicon, segmenter, body, "2039-08-02") == {
        ("2039-08-03", "河套科学馆临时闭馆"),
        ("2039-08-01", "立法会交通事务委员会讨论落马洲河套区的交通配套"),
    }


def test_this_editions_contest_is_the_one_named_and_services_added_are_no_total(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """首届“河套杯”足球赛落幕。本届赛事于10月中旬开赛: the first cup kicked off then; 新增“X”等12项服务:
    services added (新增服务), which join no series of all the services there are."""
    body = (
        "11月24日，首届“河套杯”深港科研人员足球赛落下帷幕。本届赛事于10月中旬开赛，共进行了31场比赛。\n\n"
        "今年以来，中心新增“跨境社保通办”等12项服务。"
    )
    facts = _read(lexicon, segmenter, body, "2039-11-25")
    assert ("2039-10", "首届“河套杯”深港科研人员足球赛开赛") in {
        (f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE
    }
    (services,) = [f for f in facts if f.kind is FactKind.FIGURE and f.unit == "项"]
    assert services.measure == "新增服务"


def test_an_occasions_named_quarter_what_is_built_runs_and_things_going_on(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """4月26日下午，园区2039年第二季度…签约活动举行: held that day, the quarter names it; …计划今年三季度
    启动装修；Y与园区签订了X平台共建协议，预计明年6月投入运营: the platform runs then, and the signing is
    no plan of the third quarter; 资金将用于建设X基地，预计2041年建成投产: X; 第二期工程一直按计划推进:
    how it goes, no event; 其余三座同期兴建的大楼: 同期 times no attribute."""
    body = (
        "4月26日下午，河套深圳园区2039年第二季度重大项目集中签约活动举行。\n\n"
        "其中，星桥半导体计划今年三季度启动装修；砺行生物与园区签订了细胞治疗中试平台共建协议，预计明年6月投入运营。\n\n"
        "募集资金将主要用于在园区建设研发及生产基地，预计2041年建成投产。\n\n"
        "公司今日发表澄清，指第二期工程一直按计划推进。其余三座同期兴建的大楼亦会在二〇四一年前相继落成。"
    )
    assert _dated_labels(lexicon, segmenter, body, "2039-04-27") == {
        ("2039-04-26", "河套深圳园区2039年第二季度重大项目集中签约活动举行"),
        ("2039-09", "星桥半导体计划启动装修"),
        ("2040-06", "细胞治疗中试平台预计投入运营"),
        ("2041", "研发及生产基地预计建成投产"),
        ("2039-04-27", "公司发表澄清"),
        ("2041", "其余三座同期兴建的大楼会相继落成"),
    }


def test_projects_listed_stacked_aims_and_a_consequence(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """…考察，共有27个项目拟列入2039年度X立项名单: 列入立项名单的项目, not 考察; 确保今年底前完成…，
    力争明年上半年启动…: the start, not 确保力争; 今年因此增加名额: a consequence, no event."""
    body = (
        "经形式审查、专家评审和现场考察，共有27个项目拟列入2039年度河套深港联合创新项目立项名单。\n\n"
        "市领导要求，确保今年底前完成片区土地整备，力争明年上半年启动首批产业项目建设。\n\n"
        "去年开放日反应热烈，今年因此增加名额。"
    )
    facts = _read(lexicon, segmenter, body, "2039-10-16")
    assert [f.measure for f in facts if f.kind is FactKind.FIGURE] == ["列入立项名单的项目"]
    assert {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE} == {
        ("2039-12", "完成片区土地整备"),
        ("2040-06", "启动首批产业项目建设"),
    }


def test_a_year_naming_a_list_and_months_after_an_aimed_year(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """日前，X发布“2039年十件大事”: issued lately, the year is the list's name; 第三条通道于3月动工，预计2041年
    建成；8月，…；10月，…: the months of the year reviewed (told in January 2040), not of 2041."""
    body = (
        "日前，河套深圳园区发展署发布“2039年河套深圳园区十件大事”。\n\n"
        "其中，第三条跨境专用通道于3月动工，预计2041年建成；8月，园区科研人员总数突破3万人；"
        "10月，《河套深圳园区支持概念验证若干措施》正式施行。"
    )
    assert _dated_labels(lexicon, segmenter, body, "2040-01-08") == {
        ("2040-01", "河套深圳园区发展署发布“2039年河套深圳园区十件大事”"),
        ("2039-03", "第三条跨境专用通道动工"),
        ("2041", "第三条跨境专用通道预计建成"),
        ("2039-08", "园区科研人员总数突破3万人"),
        ("2039-10", "《河套深圳园区支持概念验证若干措施》正式施行"),
    }


def test_within_the_year_after_next_years_aim_and_an_aims_clause_names_no_subject(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """公司正进行临床试验，目标于明年第二季取得注册，并计划于年内完成新一轮融资: the firm's round, this
    year (the aim's clause names nobody, and 年内 after 并 is not of 明年); 首批18个项目拨付资助资金共计
    1,260万元: the projects are counted by their noun, not by the money's words."""
    body = (
        "公司正进行临床试验，目标于明年第二季取得医疗器械注册，并计划于年内完成新一轮融资。\n\n"
        "发展署向首批18个概念验证项目拨付资助资金共计1,260万元。"
    )
    facts = _read(lexicon, segmenter, body, "2039-04-20")
    assert ("2039", "公司计划完成新一轮融资") in {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    (projects,) = [f for f in facts if f.kind is FactKind.FIGURE and f.unit == "个"]
    assert projects.measure is not None and projects.measure.endswith("概念验证项目")


def test_a_scheme_launched_last_year_is_no_aim_and_its_first_rounds_count_no_event(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """「X津贴」第二轮…。津贴计划于去年四月推出，首轮共有520名科研人员获批: X launched then (计划 is
    the scheme's name, no aim), and how many were approved is a figure, not an event of April."""
    body = (
        "「河套科研人员住屋津贴」第二轮申请将于三月一日开始。\n\n"
        "津贴计划于去年四月推出，首轮共有五百二十名科研人员获批。"
    )
    assert _dated_labels(lexicon, segmenter, body, "2040-02-14") == {
        ("2040-03-01", "「河套科研人员住屋津贴」第二轮申请将开始"),
        ("2039-04", "「河套科研人员住屋津贴」推出"),
    }


def test_funds_paid_are_an_event_whatever_their_amount(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """12月16日，X向首批18个项目拨付资助资金共计1,260万元: the payment is the day's event; the amount
    closing the clause makes it no mere value."""
    body = "12月16日，河套深圳园区发展署向首批18个概念验证项目拨付资助资金共计1,260万元。"
    assert _dated_labels(lexicon, segmenter, body, "2039-12-18") == {
        ("2039-12-16", "河套深圳园区发展署向首批18个概念验证项目拨付资助资金共计1,260万元")
    }


def test_a_clause_opening_with_its_date_and_a_preposition_shares_the_subject_before(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """该药物于2037年获批…，上周五向X递交了申请，预计明年…启动: the drug did all three (not
    递交了三期 as the third's subject), and 该药物 is the drug its maker was said to have made."""
    body = (
        "远澄医药日前宣布，其自主研发的降脂新药已完成二期临床试验。"
        "公司介绍，该药物于2036年获批开展临床研究，上周五向国家药监部门递交了三期临床申请，"
        "预计明年下半年启动三期试验。"
    )
    assert {
        ("2036", "降脂新药获批开展临床研究"),
        ("2039-05-06", "降脂新药向国家药监部门递交了三期临床申请"),
    } <= _dated_labels(lexicon, segmenter, body, "2039-05-09")
    assert ("2040-12", "降脂新药预计启动三期试验") in {
        (f.date, f.label) for f in _read(lexicon, segmenter, body, "2039-05-09") if f.is_target
    }


def test_a_holiday_notice_names_its_venue_and_no_weekly_rule_as_a_day(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X开放时间调整如下：除夕闭馆，初二至初六正常开放: X is what opens; 恢复周一闭馆的常规安排 is the rule
    of every week, so its 周一 dates nothing; 单日最高人流出现在十月三日 is a figure's day, no event."""
    body = (
        "河套海洋馆春节开放时间调整如下：除夕闭馆，正月初二至初五正常开放。"
        "2月8日起恢复周一闭馆的常规安排。\n\n国庆假期期间单日最高人流出现在十月三日。"
    )
    assert _dated_labels(lexicon, segmenter, body, "2042-01-20") == {
        ("2042-01-21", "河套海洋馆闭馆"),
        ("2042-01-23", "河套海洋馆正常开放"),
        ("2042-02-08", "恢复周一闭馆的常规安排"),
    }


def test_bare_works_are_the_works_told_before_with_their_owner(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """撥款用於X第二期的土地平整工程。…工程預計下月展開: X第二期's works, not any such works."""
    body = (
        "財委會昨日通過撥款約十八億港元，用於河套北區第三期的道路及排水工程。\n\n"
        "發言人表示，工程預計下月展開，2047年底前完成。"
    )
    assert _dated_labels(lexicon, segmenter, body, "2043-05-06") == {
        ("2043-05-05", "财委会通过拨款约十八亿港元"),
        ("2043-06", "河套北区第三期的道路及排水工程预计展开"),
        ("2047-12", "河套北区第三期的道路及排水工程完成"),
    }


def test_what_two_sides_build_is_what_is_set_up(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """双方将共建X研究院，计划年内挂牌: the institute is set up, not the two sides."""
    body = "活动现场，园区发展署与香港理工大学签署合作协议，双方将共建河套低碳材料研究院，计划年内挂牌。"
    assert ("2043", "河套低碳材料研究院计划挂牌") in _dated_labels(lexicon, segmenter, body, "2043-03-02")


def test_projects_signed_at_an_occasion_are_counted_on_its_day(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """4月1日，X2041年春季…签约活动举行，现场签约项目23个，总投资约156亿元: both figures are of
    4月1日 (the season names the occasion), of the projects signed there."""
    body = "3月30日，河套深圳园区2043年春季重大项目集中签约活动举行，现场签约项目19个，总投资约98亿元。"
    figures = {
        (f.measure, f.value, f.date) for f in _read(lexicon, segmenter, body, "2043-03-31") if f.kind is FactKind.FIGURE
    }
    assert figures == {("现场签约项目", 19, "2043-03-30"), ("签约项目总投资", 9.8e9, "2043-03-30")}


def test_a_firm_lists_not_its_line_and_a_new_route_owns_its_length(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """公司首条生产线将于…投产，目标三年内在香港上市: the firm lists (a product 上市销售 stays the
    product's); 新开X线，连接…，全程约5.8公里: the route's length, not 连接…'s."""
    body = (
        "机器人公司「灵舟科技」成立于2035年。公司首条生产线将于今年第三季投产，目标两年内在香港上市。\n\n"
        "即日起，公交部门新开H9路接驳线，连接皇岗口岸与园区南区，全程约4.6公里。"
    )
    facts = _read(lexicon, segmenter, body, "2041-03-02")
    assert ("2043", "灵舟科技将在香港上市") in {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert [f.measure for f in facts if f.unit == "公里"] == ["H9路接驳线全程"]


def test_a_plan_that_goes_on_telling_its_aims_is_one_policy_with_both_sources(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """《X规划》发布。规划提出，到2045年…。规划还明确，…: the sentences after are the plan's too."""
    body = (
        "《河套北区发展规划（2041—2045年）》正式发布。规划提出，到2045年末集聚国家级平台30个以上。"
        "规划还明确，2043年前建成跨境数据中心。"
    )
    (plan,) = [f for f in _read(lexicon, segmenter, body, "2041-02-26") if f.kind is FactKind.POLICY]
    assert [source.sentence_index for source in plan.sources] == [0, 1, 2]


def test_stages_are_of_the_works_told_in_stages(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X扩建工程将分两阶段进行。首阶段工程已于…展开；第二阶段工程则计划于…动工: X's stages (not
    工程第二阶段工程则…)."""
    body = (
        "水务署表示，河套区供水站扩建工程将分两阶段进行。"
        "首阶段工程已于今年三月展开，预计2044年完成；第二阶段工程则计划于2045年动工。"
    )
    assert _dated_labels(lexicon, segmenter, body, "2042-10-08") == {
        ("2042-03", "河套区供水站扩建工程首阶段已展开"),
        ("2044", "河套区供水站扩建工程首阶段预计完成"),
        ("2045", "河套区供水站扩建工程第二阶段计划动工"),
    }


def test_an_aim_to_finish_what_the_clause_before_builds(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """下一步将建设第二条X中试线，力争明年6月底前建成: the line is built (not 将建设…，力争建成)."""
    body = "平台负责人介绍，下一步将建设第二条抗体药物中试线，力争明年6月底前建成。"
    assert _dated_labels(lexicon, segmenter, body, "2041-09-16") == {("2042-06", "第二条抗体药物中试线力争建成")}


def test_long_measures_lose_their_adverbs_before_their_names(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """截至发稿时，X中试平台已累计服务企业112家: X中试平台累计服务企业 (not 套…平台已累计服务企业)."""
    body = "截至发稿时，河套合成生物中试平台已累计服务企业112家。"
    (served,) = [f for f in _read(lexicon, segmenter, body, "2041-09-16") if f.kind is FactKind.FIGURE]
    assert served.measure == "河套合成生物中试平台累计服务企业"


def test_a_quotation_after_its_speaker_and_a_contest_told_by_its_kind(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X实验室负责人话：「我哋计划明年初搬入」: the laboratory plans it; 首届比赛 is the 友谊赛 named
    before; 报名将于本月底截止 is its call; 每年端午节 is no day of one event; 观众可于…前预约 is no
    event; 展览面积 after a show told as the subject is the show's."""
    body = (
        "一间本地大学实验室负责人话：「我哋计划明年初搬入。」\n\n"
        "第三届河套深港青年篮球友谊赛将于7月8日举行。首届比赛于2039年7月举办。"
        "今年起，比赛将固定在每年端午节举行。报名将于本月底截止。\n\n"
        "首届河套智能制造展将于7月20日举办，展览面积约2万平方米。观众可于本月15日前在线预约。"
    )
    facts = _read(lexicon, segmenter, body, "2041-06-05")
    assert {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE} == {
        ("2042", "一间本地大学实验室计划搬入"),
        ("2041-07-08", "第三届河套深港青年篮球友谊赛将举行"),
        ("2039-07", "首届河套深港青年篮球友谊赛举办"),
        ("2041-06", "第三届河套深港青年篮球友谊赛报名将截止"),
        ("2041-07-20", "首届河套智能制造展将举办"),
    }
    assert [f.measure for f in facts if f.unit == "平方米"] == ["首届河套智能制造展展览面积"]


def test_a_college_named_before_its_intake_campus_and_approval(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X学院6月21日公布…。首批本科生将于9月入学 / 该学院…于2039年获…批准设立 / 学院新校区预计…建成:
    all the college's; 获资助项目须… stays the funded projects'."""
    body = (
        "河套未来科技学院3月2日公布本科招生计划。首批本科生将于9月入学。\n\n"
        "该学院由两地四所高校合作共建，于2040年获教育部批准设立。学院新校区预计2044年建成。\n\n"
        "获资助项目须于明年六月前展开。"
    )
    assert _dated_labels(lexicon, segmenter, body, "2042-03-03") == {
        ("2042-03-02", "河套未来科技学院公布本科招生计划"),
        ("2042-09", "河套未来科技学院首批本科生将入学"),
        ("2040", "河套未来科技学院获教育部批准设立"),
        ("2044", "河套未来科技学院新校区预计建成"),
        ("2043-06", "获资助项目须展开"),
    }


def test_an_aim_told_as_what_the_target_is_and_a_plan_owning_no_area(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X两座大楼最快下月开始招租，目标是明年第二季起分阶段开放予租户迁入: the buildings open (not
    目标是…, nor …大楼最快将…); 国务院印发园区发展规划；…园区科研用房面积: no plan's floor space."""
    body = (
        "消息人士透露，河套北区首批两座大楼最快下月开始招租，目标是明年第二季起分阶段开放予租户迁入。\n\n"
        "2023年8月，国务院印发园区发展规划；2036年，园区科研用房面积突破300万平方米。"
    )
    facts = _read(lexicon, segmenter, body, "2041-10-15")
    assert ("2042-06", "河套北区首批两座大楼将分阶段开放予租户迁入") in {
        (f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE
    }
    assert [f.measure for f in facts if f.unit == "平方米"] == ["园区科研用房面积"]


def test_numbered_items_tell_their_own_year_and_a_fund_its_size(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """（二）增设X实验室，首批于明年初投入服务；（三）…由四月一日起试行: April of this year (not the
    next, told in the item before), and the laboratory's first batch; 设立二十亿港元「X基金」: its size."""
    body = (
        "局方今日公布三项新措施：（一）设立十五亿港元「河套医工转化基金」，预计今年第三季接受申请；"
        "（二）在园区增设共用实验室，首批于明年初投入服务；（三）推出科研物资通关便利计划，由四月一日起试行一年。"
    )
    facts = _read(lexicon, segmenter, body, "2042-02-18")
    dated = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {("2043", "共用实验室首批投入服务"), ("2042-04-01", "推出科研物资通关便利计划试行一年")} <= dated
    assert [(f.measure, f.value) for f in facts if f.unit == "港元"] == [("河套医工转化基金规模", 1.5e9)]


def test_a_share_among_what_was_counted_since_a_start_is_of_now(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """本届大赛自今年1月启动以来，共吸引680个团队报名，其中香港团队占比约35%: both counted to now."""
    body = "本届大赛自今年1月启动以来，共吸引两地680个团队报名，其中香港团队占比约35%。"
    assert {f.date for f in _read(lexicon, segmenter, body, "2042-05-06") if f.kind is FactKind.FIGURE} == {
        "2042-05-06"
    }


def test_a_list_lead_a_yearly_call_and_an_agreed_meeting(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """明年将迎来多项进展，以下是5大看点： is the lead of the dated items (no event); 答：2043年度申报将于
    4月1日开始 is the call of the rules named before; 双方…并商定今年内举行第三次X会议: the meeting is to be
    held (not 商定举行…)."""
    body = (
        "园区明年将迎来多项重要进展，以下是3大看点：\n\n1. 交通：园区北门天桥预计明年第二季通车。\n\n"
        "近日，发展署印发《河套北区仪器共享奖励办法》。\n\n问：什么时候可以申请？\n答：2043年度申报将于4月1日开始。\n\n"
        "座谈会上，双方就通关议题深入交流，并商定今年内举行第三次北区联合工作会议。"
    )
    assert _dated_labels(lexicon, segmenter, body, "2042-12-28") == {
        ("2043-06", "园区北门天桥预计通车"),
        ("2042-12", "发展署印发《河套北区仪器共享奖励办法》"),
        ("2043-04-01", "《河套北区仪器共享奖励办法》2043年度申报将开始"),
        ("2042", "第三次北区联合工作会议将举行"),
    }


def test_an_answer_after_a_question_gives_the_named_policy_its_amounts(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """《X办法》… 问：奖励标准是怎样的？答：…按…的30%给予奖励，每年最高200万元: X's amounts; 首批5万颗
    芯片已交付: 交付芯片, not all chips (nor 集成电路, the topic)."""
    body = (
        "发展署印发《河套北区仪器共享奖励办法》。\n\n问：奖励标准是怎样的？\n"
        "答：按年度服务收入的30%给予奖励，每家单位每年最高200万元。\n\n首批5万颗芯片已交付下游客户。"
    )
    facts = _read(lexicon, segmenter, body, "2043-03-02")
    (policy,) = [f for f in facts if f.kind is FactKind.POLICY]
    assert policy.qualifier == "按年度服务收入的30%; 最高200万元"
    assert [f.measure for f in facts if f.unit == "颗"] == ["交付芯片"]


def test_a_long_report_names_its_building_report_and_counts(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X首座大楼昨日举行启用典礼…，首批十二间机构已于本月初进驻: into the building; 委托顾问研究Y，报告将
    于年底前完成: Y's study report; 7月24日，Z发布上半年经济运行数据: the period is no event;
    园区新增…平台3个，累计达到52个: 园区…平台 in all."""
    body = (
        "河套北区首座大楼昨日（六月十八日）举行启用典礼。大楼楼高十五层，首批十二间机构已于本月初进驻。"
        "政府已委托顾问研究北区第二期的发展模式，报告将于今年年底前完成。\n\n"
        "7月24日，北区发展署发布上半年经济运行数据。上半年园区新增国家级科研平台3个，累计达到52个。"
    )
    facts = _read(lexicon, segmenter, body, "2043-06-19")
    assert {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE} == {
        ("2043-06-18", "河套北区首座大楼举行启用典礼"),
        ("2043-06", "河套北区首座大楼首批十二间机构已进驻"),
        ("2043-12", "北区第二期的发展模式研究报告将完成"),
    }
    assert {f.measure for f in facts if f.unit == "个"} == {"园区新增国家级科研平台", "园区国家级科研平台"}


def test_a_fund_named_before_its_bare_steps_and_a_step_after_a_condition(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """「X基金」公布首轮结果。基金去年第三季开始接受申请…，第二轮申请将于四月开始接受: X's; 由深圳市引导基金
    …发起的Y基金…。基金计划…: Y, not its investor; 并会在交汇处启用后再检讨…: no date of its own."""
    body = (
        "「河套医工转化基金」昨日公布首轮拨款结果。基金去年第三季开始接受申请，第二轮申请将于今年四月开始接受。\n\n"
        "规模为50亿元的河套未来产业基金在深圳设立，由深圳市引导基金等共同发起。基金计划于今年内完成首批投资。\n\n"
        "运输署计划于明年初增设一条巴士路线，并会在交汇处启用后再检讨服务需求。"
    )
    assert _dated_labels(lexicon, segmenter, body, "2043-01-20") == {
        ("2043-01-19", "「河套医工转化基金」公布首轮拨款结果"),
        ("2042-09", "河套医工转化基金开始接受申请"),
        ("2043-04", "「河套医工转化基金」第二轮申请将开始接受"),
        ("2043", "河套未来产业基金计划完成首批投资"),
        ("2044", "运输署计划增设一条巴士路线"),
    }


def test_a_result_a_team_and_a_weekend_told_whole(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """记者从X研究院获悉，该院研究团队研发出一种Y，相关成果近日发表在…: Y's results; 研究团队表示…争取…:
    X's team; 将于本周六及日（…）举办Z: Z on the Saturday (及日 is no part of the label)."""
    body = (
        "记者从河套深港光电联合研究院获悉，该院研究团队研发出一种新型钙钛矿薄膜，相关成果近日发表在国际期刊上。"
        "研究团队表示，争取2047年前实现产业化应用。\n\n"
        "港深创科园将于本周六及日（十一月十四日及十五日）在园区中央广场举办首届「河套光影市集」。"
    )
    assert _dated_labels(lexicon, segmenter, body, "2043-11-09") == {
        ("2043-11", "新型钙钛矿薄膜研究成果发表在国际期刊上"),
        ("2047", "河套深港光电联合研究院研究团队争取实现产业化应用"),
        ("2043-11-14", "港深创科园将在园区中央广场举办首届「河套光影市集」"),
    }


def test_earliest_dates_a_growing_scheme_and_rules_repealed(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """该政策最早于2035年起在园区试行: 最早于 goes with its date (not 政策最在…); 「X计划」…。发言人表示，
    计划将由7月起扩展至…: the scheme grows (nobody "plans" it); …施行，原《Y》同时废止: Y ends that day."""
    body = (
        "该政策最早于2035年起在园区试行。\n\n「河套科研签证计划」自2042年3月推出。发言人表示，计划将由今年7月起扩展至初创企业雇员。\n\n"
        "《河套北区仪器进出境办法》自2044年3月1日起施行，原《河套北区仪器通关措施》同时废止。"
    )
    assert _dated_labels(lexicon, segmenter, body, "2044-02-10") == {
        ("2035", "该政策在园区试行"),
        ("2042-03", "「河套科研签证计划」推出"),
        ("2044-07", "「河套科研签证计划」将扩展至初创企业雇员"),
        ("2044-03-01", "《河套北区仪器进出境办法》施行"),
        ("2044-03-01", "《河套北区仪器通关措施》废止"),
    }


def test_a_group_named_by_its_kind_and_a_completion_put_off(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """药企X集团位于…的研发中心今日开幕…。集团早于2041年已…设立办事处: X集团's; …的单车径工程因…，完工
    日期由原定今年年底延至明年年底: its completion is put off; 工程已于2042年4月展开: that works'."""
    body = (
        "瑞典药企诺森集团位于园区的研发中心今日开幕。集团早于2041年已在香港设立办事处。\n\n"
        "署方表示，连接园区与新田的行人天桥工程因地质条件复杂，完工日期由原定今年年底延至明年年底。"
        "署方指，工程已于2042年4月展开。"
    )
    assert _dated_labels(lexicon, segmenter, body, "2044-05-17") == {
        ("2044-05-17", "瑞典药企诺森集团位于园区的研发中心开幕"),
        ("2041", "诺森集团已在香港设立办事处"),
        ("2045-12", "连接园区与新田的行人天桥工程完工将延期"),
        ("2042-04", "行人天桥工程已展开"),
    }


def test_a_title_is_no_firm_a_launch_ships_and_a_call_s_results(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """公司副总裁透露，公司…: the firm named before (副总裁 is a title, no firm); X发布第三代Y，售价…，计划
    今年12月起批量交付: Y ships; 首间学校「Z学校」获批注册，将于…开课: the name whole; 校舍于…落成: Z's;
    首轮入学申请将于…开始接受，并于明年一月公布取录结果: the call's results will be published."""
    body = (
        "9月19日，位于园区的机器人企业行远智能发布第三代巡检机器人，售价下降约四成，计划今年12月起批量交付。"
        "公司副总裁透露，公司在园区的第二研发中心已于今年6月投入使用。\n\n"
        "教育局宣布，位于河套区的首间国际学校「河岸国际学校」获批注册，将于2045年9月开课。"
        "校舍于今年7月落成。校方表示，首轮入学申请将于下月一日开始接受，并于明年一月公布取录结果。"
    )
    assert {
        ("2044-12", "第三代巡检机器人计划批量交付"),
        ("2044-06", "行远智能在园区的第二研发中心已投入使用"),
        ("2045-09", "首间国际学校「河岸国际学校」将开课"),
        ("2044-07", "河岸国际学校校舍落成"),
        ("2045-01", "首轮入学申请取录结果将公布"),
    } <= _dated_labels(lexicon, segmenter, body, "2044-09-20")


def test_this_bridge_is_the_bridge_named_before(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """连接X与Y的跨境人行桥顺利合龙，标志着大桥主体结构全面完工。该桥…于2043年3月开工建设: the
    footbridge (not 标志着大桥, which names nothing)."""
    body = (
        "11月5日上午，连接园区南区与北区的人行天桥顺利合龙，标志着大桥主体结构全面完工。"
        "该桥全长约200米，于2043年3月开工建设。"
    )
    assert ("2043-03", "人行天桥开工建设") in _dated_labels(lexicon, segmenter, body, "2044-11-06")


def test_a_firm_is_named_by_its_chairman_its_founding_and_its_research(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X董事长Y介绍，公司…; X于2041年在园区注册成立…。去年，公司完成B轮融资; 园区企业X自主研发的…:
    X is a firm, which a later 公司 is; 公司负责人表示，一期临床试验预计…: the firm's trial."""
    body = (
        "远帆医疗董事长何志远介绍，公司计划把手术机器人生产线迁入园区，力争2047年前取得注册证。\n\n"
        "园区企业澄峰生物自主研发的抗体新药近日获批临床。澄峰生物于2041年在园区注册成立。"
        "去年，公司完成B轮融资3.2亿元。公司负责人表示，一期临床试验预计下月启动。"
    )
    facts = _read(lexicon, segmenter, body, "2045-06-12")
    assert {
        ("2047", "远帆医疗力争取得注册证"),
        ("2041", "澄峰生物在园区注册成立"),
        ("2044", "澄峰生物完成B轮融资3.2亿元"),
        ("2045-07", "澄峰生物一期临床试验预计启动"),
    } <= {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert [f.measure for f in facts if f.kind is FactKind.FIGURE and f.value == 3.2e8] == ["澄峰生物B轮融资"]


def test_a_park_firm_s_short_name_and_its_new_line(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """园区企业深圳X科技有限公司（以下简称“X科技”）: the firm is X科技, without 园区企业; its
    公司创始人介绍，新产线预计…投产: X科技's line."""
    body = (
        "河套深圳园区企业深圳砺石科技有限公司（以下简称“砺石科技”）近日完成C轮融资。"
        "公司创始人介绍，新产线预计今年10月投产。"
    )
    facts = _read(lexicon, segmenter, body, "2040-03-02")
    assert ("2040-10", "砺石科技新产线预计投产") in {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert "深圳砺石科技有限公司" in {f.label for f in facts if f.kind is FactKind.ENTITY}


def test_a_lab_s_first_topics_a_bare_route_and_works_done_whole(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """设立X联合实验室，首批课题将于…发布: X's topics; a bare 路线 after 来往…的穿梭巴士路线: that route;
    为X进行Y工程。…工程…预计…展开，…整体于…完成: X's Y works, whole."""
    body = (
        "来往上水站与园区的穿梭巴士路线将由下月起加密班次。路线自前年三月投入服务以来，乘客量持续上升。\n\n"
        "据悉，中心还将联合两所大学设立创新药物联合实验室，首批课题将于今年10月发布。\n\n"
        "政府计划于明年向财务委员会申请撥款，为园区第三期进行土地平整工程。"
        "工程如获批准，预计于同年年底展开，整体于2052年完成。"
    )
    assert {
        ("2044-03", "来往上水站与园区的穿梭巴士路线投入服务"),
        ("2046-10", "创新药物联合实验室首批课题将发布"),
        ("2047-12", "园区第三期土地平整工程预计展开"),
        ("2052", "园区第三期土地平整工程整体完成"),
    } <= _dated_labels(lexicon, segmenter, body, "2046-05-20")


def test_firms_counted_by_what_they_did(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """已有17家企业提交入驻申请: 提交入驻申请的企业; 23家企业签约入驻: 进驻企业; 今年已有8个团队
    签约入驻，预计全年引进不少于30个: 引进团队, not 引进进驻团队."""
    body = (
        "截至目前，已有17家企业提交入驻申请。另有23家企业签约入驻。\n\n"
        "今年以来，已有8个海外团队签约入驻，预计全年引进不少于30个。"
    )
    measures = {
        (f.measure, f.value) for f in _read(lexicon, segmenter, body, "2046-05-09") if f.kind is FactKind.FIGURE
    }
    assert {
        ("提交入驻申请的企业", 17),
        ("进驻企业", 23),
        ("进驻海外团队", 8),
        ("引进海外团队", 30),
    } <= measures


def test_a_scheme_launched_before_and_its_new_arrangement(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """「X计划」的配额将由…增至…，新安排由…起实施: X's new arrangement; 发言人表示，计划自2043年推出
    至今…: the scheme's launch, past, no plan."""
    body = (
        "政府今日宣布，「河套青年研究员计划」的每年名额将由现时300个增至500个，新安排由2049年1月1日起实施。"
        "发言人表示，计划自2044年推出至今，已资助约900名研究员。"
    )
    facts = _read(lexicon, segmenter, body, "2048-10-08")
    assert {
        ("2049-01-01", "「河套青年研究员计划」新安排实施", True),
        ("2044", "河套青年研究员计划推出", False),
    } <= {(f.date, f.label, f.is_target) for f in facts if f.kind is FactKind.MILESTONE}


def test_a_deadline_told_in_a_sentence_is_the_named_call_s(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X今日起接受入住申请，申请截止时间为…: X's call closes; 首批住户预计…入住: X's; 该公寓…共提供
    住房420套: X's homes; 《Y措施》…首批项目申报将于8月启动，申报截止时间为9月30日: Y's calls; 投标
    截止时间为… under X施工总承包招标公告: X's tender."""
    body = (
        "园区第二座人才公寓今日起接受入住申请，申请截止时间为7月15日。"
        "该公寓位于园区南区，共提供住房380套。首批住户预计9月初入住。\n\n"
        "《河套深圳园区支持工业软件发展若干措施》近日印发。首批项目申报将于8月启动，申报截止时间为9月30日。"
    )
    facts = _read(lexicon, segmenter, body, "2048-06-20")
    assert {
        ("2048-07-15", "园区第二座人才公寓申请截止"),
        ("2048-09", "园区第二座人才公寓首批住户预计入住"),
        ("2048-08", "《河套深圳园区支持工业软件发展若干措施》首批项目申报将启动"),
        ("2048-09-30", "《河套深圳园区支持工业软件发展若干措施》申报截止"),
    } <= {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert [f.measure for f in facts if f.kind is FactKind.FIGURE and f.value == 380] == ["园区第二座人才公寓住房"]
    tender = "河套深港协同研究中心二期施工总承包项目已具备招标条件。投标截止时间为2048年7月2日上午10时。"
    assert ("2048-07-02", "河套深港协同研究中心二期施工总承包投标截止") in {
        (f.date, f.label)
        for f in Extractor(lexicon, segmenter).extract(
            [Article("a", "河套深港协同研究中心二期施工总承包招标公告", "2048-06-01", "zh-Hans", tender)]
        )
        if f.kind is FactKind.MILESTONE
    }


def test_a_founder_s_age_return_and_a_product_on_sale(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """现年三十五岁的X，2040年…后回港，翌年与两名同学创办Y: X returned, X founded Y; 让团队在一年内完成了
    两轮测试: how long it took, no date ahead; 该手套…取得认证，预计今年第三季在本港推出市场: the glove
    goes on sale; 给予采购金额20%的补贴: 补贴比例."""
    body = (
        "现年三十五岁的郑乐谦，二〇四〇年在伦敦取得博士学位后回港，翌年与两名同学创办柏澜医疗。"
        "他说，园区的临床网络让团队在一年内完成了两轮临床测试。\n\n"
        "公司研发穿戴式复康手套。该手套去年十月取得欧盟CE认证，预计今年第三季在本港推出市场。\n\n"
        "园区对采购国产仪器的机构，给予采购金额20%的补贴。"
    )
    facts = _read(lexicon, segmenter, body, "2047-03-10")
    milestones = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {
        ("2040", "郑乐谦在伦敦取得博士学位后回港"),
        ("2041", "郑乐谦与两名同学创办柏澜医疗"),
        ("2047-09", "穿戴式复康手套预计在本港推出市场"),
    } <= milestones
    assert not [label for _, label in milestones if "临床测试" in label]
    assert [f.measure for f in facts if f.kind is FactKind.FIGURE and f.value == 20] == ["补贴比例"]


def test_two_calls_closing_on_one_day_stay_two_and_what_organisers_announce(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """X实习计划报名截止 and Y创新营报名截止, on one day in two articles: two deadlines; 主办方宣布第二届
    X峰会将于…举办: the summit will be held (the telling is no part of it)."""
    interns = "园区港澳青年实习计划报名今日启动，报名截止日期为3月31日。"
    camp = "河套国际青年创新营今日起接受报名，报名截止时间为3月31日。"
    summit = "首届河套深港材料峰会昨日闭幕。闭幕式上，主办方宣布第二届峰会将于2049年9月在香港园区举办。"
    facts = Extractor(lexicon, segmenter).extract(
        [
            Article("a", "园区港澳青年实习计划报名启动", "2048-01-20", "zh-Hans", interns),
            Article("b", "河套国际青年创新营开始报名", "2048-01-22", "zh-Hans", camp),
            Article("c", "首届河套深港材料峰会闭幕", "2048-09-14", "zh-Hans", summit),
        ]
    )
    closing = [f for f in facts if f.kind is FactKind.MILESTONE and f.date == "2048-03-31"]
    assert len(closing) == 2, [f.label for f in closing]
    assert ("2049-09", "第二届河套深港材料峰会将在香港园区举办") in {
        (f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE
    }


def test_a_reply_s_numbered_part_names_its_phase_and_a_tender_closes(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """（一）第一期共有十座大楼，首八座已于…落成: the park's first phase, named in the question; 就X展开
    招标，截标日期为…: X's tender closes, and …公布招标结果 is X's; 项目总投资…，规划建设…，计划…竣工: the
    project (规划建设… names no subject); 多次出现淤塞: what recurred, no event."""
    body = (
        "问题：政府可否告知本会，港深创新及科技园第一期余下大楼的建造进度？\n\n"
        "（一）第一期共有十座大楼，首八座已于二〇四六年或之前落成。\n\n"
        "（二）政府已于去年十二月就第二期首批三幅用地展开招标，截标日期为今年三月三十一日。"
        "我们预计于今年第三季公布招标结果。\n\n"
        "星槎机器人河套总部项目今天开工。项目总投资约12亿元，规划建设研发楼及中试厂房，计划2051年6月竣工。\n\n"
        "该段管道今年初起多次出现淤塞。"
    )
    facts = _read(lexicon, segmenter, body, "2049-01-16")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {
        ("2046", "港深创新及科技园第一期首八座大楼已落成"),
        ("2049-03-31", "港深创新及科技园第二期首批用地截标"),
        ("2049-09", "第二期首批用地招标结果预计公布"),
        ("2051-06", "星槎机器人河套总部项目计划竣工"),
    } <= labels
    assert not [label for _, label in labels if "淤塞" in label]


def test_a_total_told_after_what_was_added_counts_the_same_kind(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """今年新增国家级“小巨人”企业9家，总数达到37家: 37 “小巨人”企业, not a bare 总数."""
    body = "截至9月底，园区今年新增国家级专精特新“小巨人”企业9家，总数达到37家。"
    measures = {
        (f.measure, f.value) for f in _read(lexicon, segmenter, body, "2048-10-28") if f.kind is FactKind.FIGURE
    }
    assert ("国家级专精特新“小巨人”企业", 37) in measures


def test_a_group_a_team_leader_and_a_count_recorded(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """由X发展集团发行…。集团…表示，计划年内再发行…: X发展集团 plans; 团队负责人Y表示，…，团队计划于…:
    Y's team; 去年共录得约九万架次往来两地: a figure, no event."""
    body = (
        "由深港创新投资集团发行的首单绿色债券已于3月10日成功发行。集团相关负责人表示，计划年内再发行2单。\n\n"
        "团队负责人陈汐合表示，新晶片的能耗较传统晶片低约八成，团队计划于两年内完成工程样片。\n\n"
        "署方表示，现有配额已全数分配，去年共录得约九万架次往来两地。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2049-03-12")
    assert {("2049", "深港创新投资集团计划再发行2单"), ("2051", "陈汐合团队计划完成工程样片")} <= labels
    assert not [label for _, label in labels if "录得" in label]


def test_a_notice_s_booking_line_closes_its_call_named_by_its_title(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """报名方式：请于12月10日前通过小程序预约: the call closes then, named by the title without its
    weekday (本周六X开放日 → X开放日)."""
    body = "园区实验室将于本周六举办年度开放日。\n\n报名方式：请于12月10日前通过“河套发布”小程序预约，名额500个。"
    facts = Extractor(lexicon, segmenter).extract(
        [Article("a", "本周六河套光合实验室开放日 市民可预约参观", "2049-12-08", "zh-Hans", body)]
    )
    assert ("2049-12-10", "河套光合实验室开放日报名截止") in {
        (f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE
    }


def test_a_listing_firm_its_seat_its_line_and_its_revenue(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X今日起至…招股: X is a firm; 公司总部设于…，2044年成立: the firm was founded, not its seat;
    去年收入约六亿三千万港元: a figure, no event; 集资所得…将用于兴建第二条生产线，预计…投产: X's line."""
    body = (
        "研发工业机械人的云帆智能今日起至下周一招股，计划于本月18日在港交所主板挂牌。\n\n"
        "公司总部设于港深创科园，二〇四四年成立，去年收入约六亿三千万港元。\n\n"
        "集资所得约四成将用于在河套深圳园区兴建第二条生产线，预计二〇五二年投产。"
    )
    facts = _read(lexicon, segmenter, body, "2050-11-03")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {("2044", "云帆智能成立"), ("2052", "云帆智能第二条生产线预计投产")} <= labels
    assert not [label for _, label in labels if "收入" in label]
    assert [f.measure for f in facts if f.kind is FactKind.FIGURE and f.value == 6.3e8] == ["云帆智能收入"]


def test_a_pair_told_with_its_day_a_station_and_an_occasion_held_again(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X与Y昨日在园区签署…。双方早在2048年已就Z开展演练: X与Y, and 就 stays (about Z); 站内将开通…:
    the station named before; 举行首个公众开放日…明年会再举办: the open day is held again."""
    body = (
        "深圳市卫生健康委员会与香港医院管理局昨日在河套深圳园区签署合作协议。双方早在2048年已就跨境转运开展联合演练。\n\n"
        "9月16日，深港联合仲裁服务工作站在园区揭牌成立。站内将于年底前开通线上咨询平台。\n\n"
        "港深创科园今日举行首个公众开放日。主办单位表示，明年会再举办。"
    )
    assert {
        ("2048", "深圳市卫生健康委员会与香港医院管理局已就跨境转运开展联合演练"),
        ("2050-12", "深港联合仲裁服务工作站将开通线上咨询平台"),
        ("2051", "主办单位会再举办公众开放日"),
    } <= _dated_labels(lexicon, segmenter, body, "2050-06-05")


def test_a_scheme_s_window_its_places_and_a_decision_whether(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """「X计划」即日起接受申请，申请期至2月28日: X's call closes, and 即日起 leaves the label of the
    day; 计划今年提供五百个名额: the scheme offers them; 决定明日是否重开: whether, no event; 连接…的
    地铁X线…。线路于…开工: the line."""
    body = (
        "署方今日宣布，「河套青年创科实习计划2052」即日起接受申请，申请期至2月28日。"
        "计划今年提供四百个实习名额。\n\n"
        "公司表示，会视乎天气情况决定明日是否重开。\n\n"
        "连接福田口岸与园区的地铁河套线今日起开始试运行。线路于2047年11月开工。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2052-01-10")
    assert {
        ("2052-02-28", "「河套青年创科实习计划2052」申请截止"),
        ("2052-01-10", "署方宣布「河套青年创科实习计划2052」接受申请"),
        ("2052", "「河套青年创科实习计划2052」将提供四百个实习名额"),
        ("2047-11", "地铁河套线开工"),
    } <= labels
    assert not [label for _, label in labels if "是否" in label]


def test_projects_signed_at_once_own_their_total_investment(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """共有12个项目现场签约，总投资约86亿元: the signed projects' total, not the park's."""
    body = "3月21日，园区重大项目集中签约活动举行，共有12个项目现场签约，总投资约86亿元。"
    measures = {f.measure for f in _read(lexicon, segmenter, body, "2051-03-22") if f.kind is FactKind.FIGURE}
    assert "签约项目总投资" in measures


def test_what_is_among_those_brought_in_and_what_closes_with_the_park(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """新引进科技企业248家，其中港资企业37家: brought in too, no count of all the park's (a series with
    园区…其中港资企业412家 was false); X今日暂停开放，园内所有公众活动取消，穿梭巴士服务亦同时暂停: X's
    events, and the shuttle stops (同时 said it of the closure)."""
    body = (
        "今年前三季度，福田区新引进科技企业248家，其中港资企业37家。\n\n"
        "港深创科园今日暂停开放，园内所有公众活动取消，穿梭巴士服务亦同时暂停。"
    )
    facts = _read(lexicon, segmenter, body, "2051-10-20")
    assert "新引进港资企业" in {f.measure for f in facts if f.kind is FactKind.FIGURE}
    labels = {f.label for f in facts if f.kind is FactKind.MILESTONE}
    assert "穿梭巴士服务暂停" in labels and not [label for label in labels if label.startswith("园内")]


def test_a_deadline_read_from_a_sentence_shows_the_sentence_as_told(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """申请截止时间为7月15日 is read as X申请于7月15日截止, but a reader is shown what the article said."""
    told = "园区第二座人才公寓今日起接受入住申请，申请截止时间为7月15日。"
    (deadline,) = [f for f in _read(lexicon, segmenter, told, "2048-06-20") if f.date == "2048-07-15"]
    assert (deadline.label, deadline.text) == ("园区第二座人才公寓申请截止", told)


def test_the_year_after_next_a_return_home_and_a_years_tally(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """后年秋季 is two years on (满产后年产值 is no date); 从海外回国 is a deed (jieba tags 回国 a
    place); 去年发表论文21篇，并与两家药企签订合作协议: the tally is a figure, the signing the event,
    and 目前实验室 is the lab named before, not a name of its own."""
    body = (
        "曜石分子影像实验室的冷冻电镜正在运转。\n\n2041年，许衡岳从海外回国。目前实验室共有研究人员36人。"
        "去年，实验室在国际期刊发表论文21篇，并与两家药企签订合作协议。首批学生有望于后年秋季入学。"
        "新产线满产后年产值可达8亿元。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2052-09-19")
    assert ("2041", "许衡岳从海外回国") in dated
    assert ("2051", "曜石分子影像实验室与两家药企签订合作协议") in dated
    assert ("2054-09", "首批学生有望入学") in dated
    assert not [label for _, label in dated if "论文" in label or "产值" in label or label.startswith("目前")]


def test_phases_of_a_whole_told_before_are_its_phases(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """该平台…分两期建设。一期工程去年10月开工，二期计划于…动工: the platform's phases, the second
    not a part of the first; 对使用平台的初创企业 names no platform; 位于新田科技城的一幅用地 is known by
    where it lies; 河套「一线」查验设施, a quoted word inside a name, is what a later 查验设施 is."""
    body = (
        "河套深圳园区科研算力调度平台本周一正式上线运行。据介绍，该平台由深圳市某公司承建，项目总投资约1.8亿元，"
        "分两期建设。一期工程去年10月开工，二期计划于今年第三季度动工。园区将对使用平台的初创企业给予补贴。"
        "到2054年，平台将服务用户超过500家。\n\n"
        "位于新田科技城的一幅创新科技用地已于昨日截标。河套「一线」查验设施主体工程上月底已经完成。"
        "据了解，查验设施去年三月动工。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2052-03-05")
    platform = "河套深圳园区科研算力调度平台"
    assert (f"{platform}一期工程开工") in {label for _, label in dated}
    assert ("2052-09", f"{platform}二期计划动工") in dated
    assert ("2054", f"{platform}将服务用户超过500家") in dated
    assert ("2052-03-04", "新田科技城一幅创新科技用地已截标") in dated
    assert ("2051-03", "河套「一线」查验设施动工") in dated


def test_the_same_deed_on_two_sides_of_the_zone_is_two_facts(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """A school by the Hong Kong park and one in the Shenzhen park opening in one month are two
    schools, whatever words their labels share."""
    articles = [
        Article("sz", "标题", "2026-10-10", "zh-Hans", "位于河套深圳园区的首所国际学校预计明年9月正式开学。"),
        Article("hk", "标题", "2026-10-12", "zh-Hans", "位于港深创科园旁的一所国际学校将于明年9月开学。"),
    ]
    schools = [f for f in Extractor(lexicon, segmenter).extract(articles) if f.kind is FactKind.MILESTONE]
    assert sorted(s.sources[0].article_id for s in schools) == ["hk", "sz"]


def test_notices_open_days_and_dated_attributes(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """A notice's 本批住房可于5月1日起入住, told in March, is this May's, of the flats the title names;
    获配租人员请于…前办理 is an instruction; 下一次定于十一月举行 is the next open day; 明日继续开放,
    the open day's; 8月签约的X项目计划于明年动工: X项目签约 in August (not X项目计划签约);
    一年内获得的第二轮融资 names a round, no event."""
    body = (
        "2053年度河套人才公寓配租工作已完成摇号。获配租人员请于4月15日前办理签约手续。本批住房可于5月1日起办理入住。"
        "下一批房源预计于今年第四季度推出。\n\n"
        "港深创新及科技园今日举行首个科研设施开放日。开放日一连两日举行，明日继续开放。"
        "公司计划每年举办两次开放日，下一次定于十一月举行。\n\n"
        "其中，8月签约的河套晴川生物医药产业园项目计划于明年一季度动工。\n\n"
        "这是墨衡智能继去年6月完成A+轮融资后，一年内获得的第二轮融资。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2053-03-28")
    assert ("2053-05-01", "河套人才公寓本批住房可办理入住") in dated
    assert ("2053-12", "河套人才公寓下一批房源预计推出") in dated
    assert ("2053-03-29", "开放日继续开放") in dated
    assert ("2053-11", "下一次开放日举行") in dated
    assert ("2052-08", "河套晴川生物医药产业园项目签约") in dated
    assert not [label for _, label in dated if "签约手续" in label or "第二轮融资" in label]


def test_who_builds_is_not_what_is_built_and_a_team_grows(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X公司表示，第二期首批大楼的设计工作已大致完成，公司计划…，目标2058年起分阶段落成: the buildings
    are finished, not the company; 团队规模已从成立之初的12人增长到目前的210余人: 团队规模."""
    body = (
        "港深创科园公司行政总裁表示，第二期首批大楼的设计工作已大致完成，公司计划在地盘平整完成后随即展开建造工程，"
        "目标二〇五八年起分阶段落成。\n\n团队规模已从成立之初的12人增长到目前的210余人。"
    )
    facts = _read(lexicon, segmenter, body, "2053-03-12")
    dated = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert ("2058", "港深创科园第二期首批大楼将分阶段落成") in dated
    assert {f.measure for f in facts if f.kind is FactKind.FIGURE and f.value == 210} == {"团队规模"}


def test_a_years_intake_a_group_set_up_and_its_next_meeting(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """过去一年共吸引四十五间机构进驻，令进驻机构总数增至…: a year's intake and a total, no event (and no
    measure of 令); 于去年十一月成立的联合招商小组运作良好: the group was set up then; 小组下周一将举行
    第三次会议: that group's meeting; 只有几栋改造中的旧厂房: a state, no event."""
    body = (
        "过去一年，港深创科园共吸引四十五间机构进驻，令进驻机构总数增至约二百一十间。"
        "港深创科园与深圳园区于去年十一月成立的联合招商小组运作良好，小组下周一将举行第三次会议。"
        "十年前，河套深圳园区还只有几栋改造中的旧厂房。"
    )
    facts = _read(lexicon, segmenter, body, "2054-01-21")
    dated = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert dated == {
        ("2053-11", "港深创科园与深圳园区成立联合招商小组"),
        ("2054-01-26", "联合招商小组将举行第三次会议"),
    }
    assert "进驻机构总数" in {f.measure for f in facts if f.kind is FactKind.FIGURE}


def test_an_operator_a_building_a_round_mark_and_a_salons_series(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """运营方: who the line is run by; 这栋楼: the building named before; 数量突破50家 in a year: a
    mark passed (承担的项目突破47项 is the year's count); 第七及第八座 of X八座大楼; 第11期沙龙 and
    下期沙龙 of 第12期河套科学沙龙."""
    body = (
        "该线路由深圳云帆物流有限公司运营。运营方计划于国庆前后把班次增至每日8个。\n\n"
        "2044年5月，园区首栋新建科研楼破土动工。两年后，这栋楼投入使用。次年，深港联合实验室数量突破50家。"
        "去年，园区承担的国家级项目突破47项。\n\n"
        "港深创科园第一期八座大楼的整体出租率约为九成，当中第七及第八座于去年十二月落成。\n\n"
        "园区将于本月18日举办第12期河套科学沙龙。第11期沙龙已于3月21日举办。下期沙龙拟于5月举行。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2054-04-02")
    assert ("2054-10", "深圳云帆物流有限公司计划把班次增至每日8个") in dated
    assert ("2046", "园区首栋新建科研楼投入使用") in dated
    assert ("2047", "深港联合实验室数量突破50家") in dated
    assert ("2053-12", "港深创科园第一期第七及第八座大楼落成") in dated
    assert ("2054-03-21", "河套科学沙龙第11期已举办") in dated
    assert ("2054-05", "河套科学沙龙下期拟举行") in dated
    assert not [label for _, label in dated if "国家级项目" in label]


def test_a_work_reports_headed_items_are_each_a_target_of_its_year(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """2055年，我们将重点做好以下工作：（一）加快园区建设：推动…；启动…；年内建成…: each deed after
    the heading is a target of 2055; the heading (加快…建设, 深化…合作) is none."""
    body = (
        "2055年，我们将重点做好以下工作：\n\n"
        "（一）加快河套深圳园区建设。推动第二批科研楼宇交付使用；启动园区北区综合交通枢纽建设；年内建成第三座人才公寓。\n\n"
        "（二）深化深港科技合作。扩大跨境科研数据专区服务范围。"
    )
    targets = {(f.date, f.label) for f in _read(lexicon, segmenter, body, "2055-01-20") if f.is_target}
    assert {
        ("2055", "推动第二批科研楼宇交付使用"),
        ("2055", "启动园区北区综合交通枢纽建设"),
        ("2055", "建成第三座人才公寓"),
    } <= targets
    assert not [label for _, label in targets if label.startswith(("加快", "深化"))]


def test_a_teams_home_a_firms_odd_name_and_a_windows_length(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """由X研究院与Y组成的联合团队…。团队开始…: X's team; 霜华所在的团队 is whose team, not a deed;
    完成首块原型芯片的流片 is 完成's object; 星汉光电 is a firm though jieba tags 星汉 a time;
    招股期由本月五日至十日 tells a window, no deed."""
    body = (
        "近日，由河套深圳园区听澜光子研究院与香港一所大学组成的联合团队在《自然》发表论文。"
        "团队于2050年起开始相关探索，前年完成首块原型芯片的流片。\n\n"
        "去年10月，霜华所在的材料研发团队从福田区搬入园区的新实验室。\n\n"
        "进驻港深创科园的光学感测器企业星汉光电今日于港交所主板挂牌。公司早前公布，招股期由本月五日至十日。"
        "公司表示，集资所得约四成将用于在深圳园区兴建第二条生产线，预计明年下半年投产。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2055-03-15")
    assert ("2050", "河套深圳园区听澜光子研究院团队开始相关探索") in dated
    assert ("2053", "河套深圳园区听澜光子研究院团队完成首块原型芯片的流片") in dated
    assert ("2054-10", "霜华所在的材料研发团队从福田区搬入园区的新实验室") in dated
    assert ("2056-12", "星汉光电第二条生产线预计投产") in dated
    assert not [label for _, label in dated if label.endswith("期")]


def test_ranges_rounds_and_what_tops_out(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """今年3月至4月，平台完成了测试: done by April; 明年第二至第三季平顶: from the second quarter, and
    the buildings top out, not their 上盖工程; 二期基金计划分两轮募集，第二轮预计…完成: the fund's
    second round; 母基金一期于2050年设立: the fund named before."""
    body = (
        "今年3月至4月，平台完成了二期功能测试。\n\n"
        "公司表示，第二期首两座大楼的上盖工程进展顺利，目标明年第二至第三季平顶。\n\n"
        "前天，河套深港科创母基金二期完成首轮募集。母基金一期于2050年设立。"
        "据介绍，二期基金计划分两轮募集，第二轮预计明年上半年完成。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2056-07-08")
    assert ("2056-04", "平台完成了二期功能测试") in dated
    assert ("2057-06", "第二期首两座大楼将平顶") in dated
    assert ("2050", "河套深港科创母基金一期设立") in dated
    assert ("2057-06", "河套深港科创母基金二期第二轮募集预计完成") in dated


def test_a_comparisons_named_base_is_its_own_measure(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """开市报每股13.2元，较招股价12元高开一成: 12元 is the offer price, not the opening price of
    another day; 较前年的40家 still is the same measure then."""
    told = "星汉光电今日于港交所主板挂牌，开市报每股13.2元，较招股价12元高开一成。"
    figures = {(f.value, f.measure) for f in _read(lexicon, segmenter, told, "2055-03-15") if f.kind is FactKind.FIGURE}
    assert (12, "招股价") in figures and (13.2, "招股价") not in figures


def test_what_happens_then_and_a_new_building(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """闭幕式将于11日举行，届时将发布《X》: the closing will issue X that day (not 届时将发布);
    X第二期首座大楼今日动土。新大楼预计2060年建成: the building named before."""
    body = (
        "第二届河套国际青年科学家论坛今天在河套深圳园区开幕。论坛设8场专题论坛，闭幕式将于11日举行，"
        "届时将发布《河套青年科学家发展报告（2057）》。\n\n"
        "港深创科园第二期首座大楼今日举行动土仪式。新大楼楼高十五层，预计2060年建成。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2057-04-09")
    assert ("2057-04-11", "第二届河套国际青年科学家论坛闭幕式将发布《河套青年科学家发展报告（2057）》") in dated
    assert ("2060", "港深创科园第二期首座大楼预计建成") in dated


def test_what_a_firm_builds_a_prizes_ceremony_and_a_study_said(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """公司将在地块上建设X总部，计划…动工，2061年建成投用: X总部 is built, not the firm; 公布2058年
    「X奖」得奖名单 is the day's event (the edition's year is no date of its own), and a later bare
    颁奖典礼 is X奖's; 政府曾表示会研究兴建…天桥 is nothing done; 今年还计划发行…: a plan."""
    body = (
        "明川科技相关负责人表示，公司将在地块上建设智能传感器研发总部，计划今年三季度动工，2061年建成投用。\n\n"
        "创新科技署今日公布2058年「河套创科奖」得奖名单。颁奖典礼将于本月二十日在港深创科园举行。\n\n"
        "政府去年曾表示会研究兴建跨河行人天桥。该集团今年还计划发行第二单绿色债券。"
    )
    facts = _read(lexicon, segmenter, body, "2058-05-06")
    dated = {(f.date, f.label, f.is_target) for f in facts if f.kind is FactKind.MILESTONE}
    assert ("2061", "智能传感器研发总部建成投用", True) in dated
    assert ("2058-05-06", "创新科技署公布2058年「河套创科奖」得奖名单", False) in dated
    assert ("2058-05-20", "「河套创科奖」颁奖典礼将在港深创科园举行", True) in dated
    assert not [label for _, label, _ in dated if "天桥" in label]
    assert [target for _, label, target in dated if "绿色债券" in label] == [True]


def test_a_quoted_firm_in_cantonese_and_a_bridge_between_parks(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """「我哋前年搬入港深創科園…」霖光生物（Linguang Bio）創辦人曉嵐笑言: 我们 are the firm (its Chinese
    name before its Latin one), and 公司 later is it too; 连接X与Y的跨河人行桥…。人行桥于…动工: the
    bridge, not Y's; 整座桥: the bridge."""
    body = (
        "「我哋前年搬入港深創科園，當時得八個人。」霖光生物（Linguang Bio）創辦人曉嵐笑言。"
        "公司去年完成首輪融資。\n\n"
        "连接河套深圳园区与香港园区的跨河人行桥昨日顺利合龙。据介绍，人行桥于去年6月动工。整座桥有望于明年年中开通。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2058-11-05")
    assert {("2056", "霖光生物搬入港深创科园"), ("2057", "霖光生物完成首轮融资")} <= dated
    assert {("2057-06", "跨河人行桥动工"), ("2059-06", "跨河人行桥有望开通")} <= dated


def test_a_hub_a_labs_preparation_and_a_push_then_a_topping_out(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X综合交通枢纽项目已全面复工。…枢纽主体结构计划…完成: the hub; 「X实验室」…。实验室筹备工作始于
    2056年: the lab; 将重点推进Y二期建设，力争10月底前完成主体封顶: Y二期's main structure."""
    body = (
        "园区北区综合交通枢纽项目已于2月10日全面复工。据项目负责人介绍，枢纽主体结构计划于今年9月底前完成。\n\n"
        "香港大学设于港深创科园的「河套再生医学实验室」昨日正式启用。据悉，实验室筹备工作始于2056年。\n\n"
        "园区管理中心表示，下半年将重点推进朗润生命科学园二期建设，力争10月底前完成主体封顶。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2059-02-14")
    assert ("2059-09", "园区北区综合交通枢纽主体结构计划完成") in dated
    assert ("2056", "河套再生医学实验室筹备工作开始") in dated
    assert ("2059-10", "朗润生命科学园二期力争完成主体封顶") in dated


def test_a_month_opening_a_plan_a_founders_origin_and_a_firm_already_funded(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """11月，X将…, told in August: this November (the plan's words come after the month); X成立于…，
    创始团队来自Y，2023年入驻…: X moved in, not its founders; 企业X已完成…融资: X is a firm, which a
    later 公司 stands for; 会堂 and 主体 are the hall named before."""
    body = (
        "11月，第三届湾区量子论坛将在这里举办。\n\n"
        "设备企业岚芯智算已完成2亿元A轮融资。岚芯智算成立于2020年，创始团队来自香港大学，2022年入驻河套深圳园区。"
        "公司今年5月发布首款产品。\n\n"
        "河套青年创新会堂于2023年3月动工，去年10月主体完工。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2024-08-20")
    assert ("2024-11", "第三届湾区量子论坛将在这里举办") in dated
    assert {("2022", "岚芯智算入驻河套深圳园区"), ("2024-05", "岚芯智算发布首款产品")} <= dated
    assert {("2023-03", "河套青年创新会堂动工"), ("2023-10", "河套青年创新会堂主体完工")} <= dated


def test_a_meeting_attended_what_was_signed_after_it_and_its_next_one(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """局长今日率团到X出席第N次Y会议: the meeting is held; 会后，双方签署了…, after items of what is to
    come: that day; 下一次会议: the next Y会议; 回顾了过去一年: no deed."""
    body = (
        "局长今日上午率团到广州出席第五次穗港创科联席会议。会上，双方回顾了过去一年的合作。"
        "双方同意于明年三月推出新一轮联合资助。会后，双方签署了两份合作备忘录。下一次会议将于明年在香港举行。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2030-06-18")
    assert ("2030-06-18", "第五次穗港创科联席会议举行") in dated
    assert ("2030-06-18", "双方签署了两份合作备忘录") in dated
    assert ("2031", "下一次穗港创科联席会议将在香港举行") in dated
    assert not [label for _, label in dated if "回顾" in label]


def test_a_pilot_built_on_here_as_the_hall_and_buildings_of_a_phase_in_batches(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """在去年5月启动的“X”试点基础上…: the pilot started then; X会堂…启用。首场讲座在此举行: in the
    hall; 第一期六座大楼中，首两座…，其余四座将分两批于…及…完工: the park's, each batch its year."""
    body = (
        "新规在去年5月启动的“绿色通道”试点基础上扩大了范围。\n\n"
        "园区的湾区科学会堂昨日启用。当天，首场公众讲座在此举行。\n\n"
        "港深创科园第二期动工。第一期六座大楼中，首两座已于去年落成，其余四座将分两批于2031年及2032年完工。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2030-03-02")
    assert ("2029-05", "“绿色通道”试点启动") in dated
    assert ("2030-03-01", "首场公众讲座在湾区科学会堂举行") in dated
    assert ("2029", "港深创科园第一期首两座大楼已落成") in dated
    assert {
        ("2031", "港深创科园第一期其余四座大楼将分两批完工"),
        ("2032", "港深创科园第一期其余四座大楼将分两批完工"),
    } <= dated


def test_what_a_report_says_an_institute_named_before_and_a_notices_prose_window(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """报告指X已于去年动工: X's deed, not the report's; X研究院院长…。研究院成立于…: X研究院; 网上申报
    时间为…至…，逾期不予受理 under 关于开展Y申报工作的通知: Y申报 closes then, and 评审结果 are Y's."""
    body = (
        "报告指沙岭隧道工程已于去年动工，预计2031年通车。\n\n"
        "论文作者、沧澜海洋科学研究院院长何静介绍，这一成果可用于近海监测。研究院成立于2023年9月。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-03")
    assert {("2025", "沙岭隧道工程已动工"), ("2031", "沙岭隧道工程预计通车")} <= dated
    assert ("2023-09", "沧澜海洋科学研究院成立") in dated
    notice = "网上申报时间为2027年2月1日至3月15日，逾期不予受理。\n\n评审结果预计于2027年5月在官网公布。"
    facts = _read(lexicon, segmenter, notice, "2027-01-20", title="关于开展2027年度河套青年科研启动资金申报工作的通知")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert ("2027-03-15", "河套青年科研启动资金申报截止") in labels
    assert ("2027-05", "河套青年科研启动资金申报评审结果预计在官网公布") in labels


def test_a_bare_area_is_the_named_things_and_what_an_aim_adds_is_aimed_by_then(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """X实验室…开幕。实验室位于…，面积约…: the lab's area; 争取在2028年底前建成X，新增Y 1500套: by
    then, no level of the article's day."""
    body = (
        "河套共享洁净实验室今日开幕。实验室位于第二座大楼，面积约二千平方米。\n\n"
        "园区争取在2028年底前建成第二个人才社区，新增人才住房1500套。"
    )
    facts = _read(lexicon, segmenter, body, "2026-11-16")
    (area,) = _find(facts, FactKind.FIGURE, lambda f: f.unit == "平方米")
    assert area.measure == "河套共享洁净实验室面积"
    (flats,) = _find(facts, FactKind.FIGURE, lambda f: f.unit == "套")
    assert (flats.date, flats.is_target) == ("2028-12", True)


def test_two_joint_laboratories_unveiled_in_one_month_stay_two(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """河套深港联合实验室揭牌 and 深港合成生物学联合实验室揭牌, told by two articles of one month: two
    laboratories, whose words share 联合实验室 only."""
    milestones = _milestones_of_two(
        lexicon,
        segmenter,
        ("2026-03-20", "3月，河套深港联合实验室正式揭牌运行。"),
        ("2026-03-25", "3月，深港合成生物学联合实验室揭牌。"),
    )
    assert len([f for f in milestones if "揭牌" in f.label]) == 2


def test_a_chronicle_of_a_platform_named_in_full_then_as_a_kind(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X平台是园区首个…开放的Y平台 then lines 日期　平台…: the platform is X平台 (not the kind Y平台,
    said of it), also for 建设方案获批, 一期工程竣工 and 试运行."""
    body = (
        "河套鹿鸣医疗器械检测平台是园区首个对港开放的医疗器械检测平台。以下为大事记：\n\n"
        "2022年6月1日　平台建设方案获批\n\n2023年2月　平台一期工程开工\n\n"
        "2024年1月　一期工程竣工验收\n\n2024年4月　平台试运行"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2025-03-01")
    name = "河套鹿鸣医疗器械检测平台"
    assert {
        ("2022-06-01", f"{name}建设方案获批"),
        ("2023-02", f"{name}一期工程开工"),
        ("2024-01", f"{name}一期工程竣工验收"),
        ("2024-04", f"{name}试运行"),
    } <= dated


def test_a_hostel_whose_works_were_named_and_an_interviews_we(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X宿舍工程进入…，宿舍将于…落成，并于…开始接受入住申请: X宿舍; under 专访Y负责人, 负责人：…我们和
    Z联合推出了W and 我们重点推进两件事：一是…建成V: Y's deeds."""
    body = "港深创科园第四座人才宿舍工程进入最后阶段，公司表示，宿舍将于5月落成，并于6月开始接受入住申请。"
    dated = _dated_labels(lexicon, segmenter, body, "2027-03-01")
    assert ("2027-05", "港深创科园第四座人才宿舍将落成") in dated
    assert ("2027-06", "港深创科园第四座人才宿舍开始接受入住申请") in dated
    interview = (
        "记者：今年有哪些亮点？\n\n负责人：今年3月，我们和香港方面联合推出了“科研云”平台。\n\n"
        "记者：明年有何打算？\n\n负责人：明年我们重点推进两件事：一是年底前建成跨境算力中心；二是举办首届河套算力大会。"
    )
    facts = _read(lexicon, segmenter, interview, "2027-12-20", title="专访河套深圳园区发展署负责人：明年推进两件事")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert ("2027-03", "河套深圳园区发展署和香港方面联合推出了“科研云”平台") in labels
    assert ("2028-12", "河套深圳园区发展署建成跨境算力中心") in labels
    assert ("2028", "河套深圳园区发展署举办首届河套算力大会") in labels


def test_a_related_paper_is_the_work_of_whom_the_sentence_before_told(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X研究院联合Y团队首次观测到…。相关论文已于…发表于《自然》: X研究院's paper (a digest line
    alone must say whose); 该中心…，相关成果…: the centre named before."""
    body = (
        "记者从园区获悉，园区内的沧海光子研究院联合香港大学团队，首次实现室温单光子源。"
        "相关论文已于3月2日在线发表于国际期刊《自然》。\n\n"
        "记者从河套北辰量子科学中心获悉，该中心联合香港中文大学组成的团队取得进展，相关成果于5月6日在线发表。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2027-06-01")
    assert ("2027-03-02", "沧海光子研究院的论文已在线发表于国际期刊《自然》") in dated
    assert ("2027-05-06", "河套北辰量子科学中心的成果在线发表") in dated


def test_a_firms_chairman_its_funds_its_first_product_and_a_guideline_to_come(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """X公司董事长Y表示，上市募资将主要用于…，计划…: the firm plans (not its chairman, nor its funds);
    公司…入驻…，2024年首款产品获批上市: the firm's product; 将制定Z指引，力争年内发布: Z is issued;
    X联检大楼…。联检大楼于…开工: the building named before."""
    body = (
        "总部位于河套深圳园区的锦屏医疗今日在香港联交所挂牌上市。公司2021年入驻园区，2023年首款产品获批上市。"
        "公司董事长何立表示，上市募资将主要用于新产品研发，计划2029年前在香港设立研发中心。\n\n"
        "园区负责人表示，下一步将会同香港有关部门制定科研数据分类指引，力争年内发布。\n\n"
        "莲塘口岸新联检大楼昨日封顶。联检大楼于2024年5月开工。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-08-05")
    assert ("2023", "锦屏医疗首款产品获批上市") in dated
    assert ("2029", "锦屏医疗计划在香港设立研发中心") in dated
    assert ("2026", "科研数据分类指引力争发布") in dated
    assert ("2024-05", "莲塘口岸新联检大楼开工") in dated


def test_both_sides_are_the_two_bodies_told_meeting_or_signing(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """（记者 X）Y署与Z大学11日在…签署备忘录，…。根据备忘录，双方计划…: Y署与Z大学 plan it (a digest
    line alone must say who), also after a dispatch's byline and with the day told as 11日."""
    body = (
        "新华社新加坡6月11日电（记者 林立）河套深圳园区发展署与新加坡一所理工大学11日在新加坡签署合作备忘录，"
        "双方将在机器人领域开展合作。根据备忘录，双方计划于明年设立联合实验室。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2027-06-12")
    assert ("2028", "河套深圳园区发展署与新加坡一所理工大学计划设立联合实验室") in dated
    chaired = (
        "创新科技及工业局局长今日出席第六次港深创科会议，与深圳市科技创新局局长共同主持会议。会后，双方签署了两份文件。"
    )
    assert ("2027-06-12", "创新科技及工业局与深圳市科技创新局签署了两份文件") in _dated_labels(
        lexicon, segmenter, chaired, "2027-06-12"
    )  # X局局长…，与Y局局长共同主持: the two bureaus


def test_a_budgets_year_a_prize_won_at_a_final_and_a_years_orders(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """11月10日，…审议通过2027年区级预算草案: the day, not the budget's year; …总决赛落下帷幕，来自X的Y凭借
    Z获得一等奖: Y won then; X科技由…于2024年创办: a firm; 公司今年已获得5个订单: a tally, no event."""
    body = (
        "11月10日，南山区人大常委会审议通过2027年区级预算草案。\n\n"
        "9月14日，第九届湾区创业大赛总决赛在广州落下帷幕，来自河套深圳园区的砺川科技凭借“智能巡检系统”获得一等奖。"
        "砺川科技由三名香港工程师于2023年创办。公司今年已获得8个订单。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-11-11")
    assert ("2026-11-10", "南山区人大常委会审议通过2027年区级预算草案") in dated
    assert ("2026-09-14", "砺川科技凭借“智能巡检系统”获得一等奖") in dated
    assert ("2023", "砺川科技由三名香港工程师创办") in dated
    assert not [label for _, label in dated if "订单" in label]


def test_a_supporting_guideline_goes_with_the_rules_named_before(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """出台《X管理办法》（以下简称《办法》）…。将制定配套操作指引，力争年内发布: 《X管理办法》's guideline
    (配套操作指引 alone, in a digest, says of what nothing)."""
    body = (
        "日前，深圳市出台《河套深圳园区科研仪器共享管理办法》（以下简称《办法》）。"
        "园区负责人表示，下一步将制定配套操作指引，力争年内发布。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-03-25")
    assert ("2026", "《河套深圳园区科研仪器共享管理办法》配套操作指引力争发布") in dated


def test_a_plots_winner_a_crowds_count_and_a_hostels_call(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """公布，X第二期首幅用地的招标结果，由Y以…投得…。中标财团须于…完成发展: the plot's (not 招标结果由Y…
    nor a bare 中标财团); 约两千名市民入园参观 is a count; X宿舍将于9月启用…，入住申请将于6月1日开始: the
    hostel's call."""
    body = (
        "港深创科园公司昨日公布，第二期次幅研发用地的招标结果，由一间本地财团以约30亿元投得。"
        "中标财团须于2032年底前完成发展。\n\n今天，园区举办开放日，约两千名市民入园参观。\n\n"
        "港深创科园第二座学生宿舍将于今年9月启用，入住申请将于6月1日开始。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2027-04-14")
    assert ("2027-04-13", "港深创科园第二期次幅研发用地由一间本地财团以约30亿元投得") in dated
    assert ("2032-12", "港深创科园第二期次幅研发用地须完成发展") in dated
    assert not [label for _, label in dated if "市民" in label]
    assert ("2027-06-01", "港深创科园第二座学生宿舍入住申请将开始") in dated


def test_one_bodys_two_papers_of_one_month_stay_two(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X署印发《Y措施》 and X署公布2027年度重点建设项目计划, told by two articles of one month: two
    papers, which the body they share does not make one."""
    milestones = _milestones_of_two(
        lexicon,
        segmenter,
        ("2026-02-10", "2月10日，河套深圳园区发展署正式印发《园区人才安居若干措施》。"),
        ("2026-02-26", "近日，河套深圳园区发展署公布2027年度重点建设项目计划。"),
    )
    assert len([f for f in milestones if "发展署" in f.label]) == 2


def test_two_signings_of_one_day_by_other_parties_stay_two(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X局与Y局签署了三份合作文件 and Z园与W平台签署协议, told by two articles of one day: two
    signings (the words they share, 科技 and 创新, make no party one)."""
    milestones = _milestones_of_two(
        lexicon,
        segmenter,
        ("2026-09-08", "今日，创新科技及工业局与深圳市科技创新局签署了三份合作文件。"),
        ("2026-09-08", "今日，港深创新及科技园与InnoHK创新香港研发平台签署协议。"),
    )
    assert len([f for f in milestones if "签署" in f.label]) == 2


def test_a_journeys_deed_the_topic_said_and_a_hostel_named_in_quotes(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """隔日，代表团前往柏林，与X签署了…协议: the delegation signed (前往 is no event); 表示X站及相关隧道
    工程，预计明年第三季动工: the works start, not who said so; 位于…的首座宿舍「X」，已于…取得入伙纸:
    the hostel, by its name; 最快本月底可迁入: to come."""
    body = (
        "当地时间12月2日，园区代表团在慕尼黑签署合作备忘录。隔日，代表团前往柏林，与柏林工业大学签署了人才交流协议。\n\n"
        "运输及物流局昨日向立法会提交文件，表示北环线支线的河套站及相关隧道工程，预计明年第三季动工。\n\n"
        "位于落马洲河套区的首座科研人员宿舍「河晖居」，已于上周四取得入伙纸。中签者最快本月底可迁入。"
    )
    facts = _read(lexicon, segmenter, body, "2026-12-05")
    dated = {(f.date, f.label, f.is_target) for f in facts if f.kind is FactKind.MILESTONE}
    assert ("2026-12-03", "园区代表团与柏林工业大学签署了人才交流协议", False) in dated  # named before
    assert ("2027-09", "北环线支线的河套站及相关隧道工程预计动工", True) in dated
    assert ("2026-11-26", "首座科研人员宿舍「河晖居」已取得入伙纸", False) in dated
    assert ("2026-12", "中签者最快可迁入", True) in dated


def test_works_pushed_on_a_signings_purpose_and_a_notices_own_body(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """展望明年，园区负责人表示，将重点推进X一期工程建设，力争明年6月底前上线试运行: the park's plan
    (not that its spokesperson said so), and X一期工程's run; 园区与Y签约，共建Z中心: what the
    signing is for; 我署 in the agency's own notice is the agency; a contest's first round is no second
    telling of the contest; 稍后公布 has no date; 5家企业表达了落户意向 is no figure."""
    body = (
        "11月下旬，园区还与香港城市大学签约，共建柔性电子联合研究中心。"
        "展望明年，园区负责人表示，将重点推进跨境科研数据枢纽一期工程建设，力争明年6月底前上线试运行。"
        "已有5家德国企业表达了落户园区的意向。\n\n"
        "我署定于2026年12月至2027年1月举办第三届河套青年创客大赛。"
        "初赛将于12月下旬以线上路演方式进行，复赛名单稍后在发展署官网公布。"
    )
    article = Article("a", "关于举办大赛的通知", "2026-11-20", "zh-Hans", body, source="河套深圳园区发展署")
    facts = Extractor(lexicon, segmenter).extract([article])
    dated = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert ("2026-11", "园区与香港城市大学签约，共建柔性电子联合研究中心") in dated
    assert ("2027-06", "跨境科研数据枢纽一期工程力争上线试运行") in dated
    assert ("2027", "园区将重点推进跨境科研数据枢纽一期工程建设") in dated  # not 园区负责人表示将…
    assert ("2026-12", "河套深圳园区发展署举办第三届河套青年创客大赛") in dated
    assert ("2026-12", "第三届河套青年创客大赛初赛将以线上路演方式进行") in dated
    assert not [label for _, label in dated if "复赛" in label]
    assert not _find(facts, FactKind.FIGURE, lambda f: "落户" in (f.measure or "") or f.value == 5)


def test_two_hubs_two_papers_and_one_platform_stay_apart(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X数据枢纽一期工程力争上线, Y算力枢纽一期工程计划上线, of one month: two hubs; X与Y签署合作协议
    and 两地签署《Z合作协议》, weeks apart: two papers (合作协议 alone tells nothing alike)."""
    milestones = _milestones_of_two(
        lexicon,
        segmenter,
        (
            "2026-12-01",
            "3月18日，深港两地签署《关于共建河套跨境科研数据枢纽的合作协议》。"
            "园区将重点推进跨境科研数据枢纽一期工程建设，力争明年6月底前上线试运行。",
        ),
        (
            "2026-04-28",
            "日前，河套深圳园区与香港理工大学签署合作协议。河套深港算力枢纽一期工程计划于2027年6月正式上线。",
        ),
    )
    assert len([f for f in milestones if "枢纽一期工程" in f.label]) == 2
    assert len([f for f in milestones if "合作协议" in f.label]) == 2


def test_who_did_what_is_counted_and_what_was_only_expected(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """860名港澳及境外科研人员办理通行证: those who got a pass, one kind of people (not 港澳);
    逾三万人次入场，远超预期的二万人次: 入场人次, and no figure of what was expected; 约五十间本地及海外
    机构参与: 参与的本地及海外机构; 新平台…首期投入约三亿港元: the platform named before."""
    body = (
        "截至11月30日，已有860名港澳及境外科研人员办理通行证。\n\n"
        "首届嘉年华上周六在河套举行，吸引逾三万人次入场，远超主办单位预期的二万人次。\n\n"
        "计划首年会邀请约五十间本地及海外机构参与。\n\n"
        "港深创科园「大湾区先进材料联合研究平台」今日启动。新平台由五所院校共同组建，首期投入约三亿港元。"
    )
    figures = {(f.measure, f.value) for f in _read(lexicon, segmenter, body, "2026-12-03") if f.kind is FactKind.FIGURE}
    assert ("办理通行证的港澳及境外科研人员", 860) in figures
    assert ("入场人次", 30_000) in figures
    assert not [measure for measure, value in figures if value == 20_000]
    assert ("参与的本地及海外机构", 50) in figures
    assert ("大湾区先进材料联合研究平台首期投入", 300_000_000) in figures


def test_a_signers_next_deed_and_an_occasion_named_before(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """典礼上，平台与五间企业签署了合作备忘录，并公布首批…项目: the platform (named before) announces
    them, not its partners; 明年嘉年华将移师…: the carnival named before."""
    body = (
        "局长今日出席「大湾区先进材料联合研究平台」启动典礼。"
        "典礼上，平台与五间企业签署了合作备忘录，并公布首批八个联合研究项目。\n\n"
        "首届「河套创科嘉年华」上周六在河套举行。主办单位表示，明年嘉年华将移师港深创科园举行。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-04")
    assert ("2026-12-04", "大湾区先进材料联合研究平台公布首批八个联合研究项目") in dated
    assert ("2027", "河套创科嘉年华将移师港深创科园举行") in dated


def test_a_month_told_joins_the_day_told_whatever_the_order(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """自去年十二月开幕至今 (a month), told by the article read first, and two tellings of the day
    (首批三座大楼昨日正式启用; 2025年12月22日，港深创科园开幕): one opening, as the days are
    clustered before the months that may join them; 发表新一份财政预算案 and 发表2027至28年度财政
    预算案 on one day count nothing apart: one budget."""
    bodies = [
        ("2026-12-04", "港深创科园自去年十二月开幕至今，已有超过一百间机构进驻。"),
        ("2025-12-23", "港深创新及科技园首批三座大楼昨日正式启用。"),
        ("2026-03-01", "2025年12月22日，港深创科园开幕。\n\n2026年2月25日，财政司司长发表新一份财政预算案。"),
        ("2026-02-26", "财政司司长昨日发表2026至27年度财政预算案。"),
    ]
    articles = [Article(f"a{i}", "标题", day, "zh-Hans", body) for i, (day, body) in enumerate(bodies)]
    milestones = [f for f in Extractor(lexicon, segmenter).extract(articles) if f.kind is FactKind.MILESTONE]
    (opening,) = [f for f in milestones if f.date and f.date.startswith("2025-12")]
    assert {s.article_id for s in opening.sources} == {"a0", "a1", "a2"}
    (budget,) = [f for f in milestones if "预算案" in f.label]
    assert {s.article_id for s in budget.sources} == {"a2", "a3"}


def test_a_delegation_and_a_hostels_units_named_before(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """代表团与X签署…, 代表团还将于…抵达…: the delegation named before; 宿舍共提供约四百个单位，首批两百个
    单位将于…分配: the hostel's first units."""
    body = (
        "当地时间12月2日，河套深圳园区代表团在慕尼黑签署合作备忘录。隔日，代表团与柏林工业大学签署了交流协议。"
        "按计划，代表团还将于12月5日抵达巴黎。\n\n"
        "首座科研人员宿舍「河晖居」上周四取得入伙纸。营运公司表示，宿舍共提供约四百个单位，首批两百个单位将于下周三抽签分配。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-05")
    assert ("2026-12-03", "河套深圳园区代表团与柏林工业大学签署了交流协议") in dated
    assert ("2026-12-05", "河套深圳园区代表团将抵达巴黎") in dated
    assert ("2026-12-09", "首座科研人员宿舍首批两百个单位将抽签分配") in dated


def test_a_closure_told_with_its_reason_and_works_going_well(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """政府今日宣布，为配合X工程，Y路面将于下星期一开始封闭: the closure (no event of the telling, nor
    of 为配合…); 管道工程整体进度良好，预计可于…完成: the works named before (not 整体, nor 配合…);
    市民可经网上预约登桥参观 is what the public may do at an open day, no event."""
    body = (
        "政府今日宣布，为配合港深创科园第二期的地下管道工程，创新路近第三座大楼的一段路面，将于下星期一开始全面封闭。"
        "当局又指，管道工程整体进度良好，预计可于明年三月底前完成。\n\n"
        "两地政府将于本月二十日举办「人行桥开放日」，市民可经网上预约登桥参观。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-04")
    assert dated == {
        ("2026-12-07", "创新路近第三座大楼的一段路面将开始全面封闭"),
        ("2027-03", "港深创科园第二期的地下管道工程预计可完成"),
        ("2026-12-20", "两地政府将举办「人行桥开放日」"),
    }


def test_a_teams_first_a_partnerships_purpose_and_a_posts_window(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """2025年初，团队首次…实现了16个光子的稳定操控: a first, an event (no year's count), of the team
    named before; 计划与X合作，建设一条Y中试线: what the partnership is for; ✍️ 报名方式：即日起至12月10日
    under 活动预告｜X: X's call closes."""
    body = (
        "近日，星宇量子研究中心团队的成果发表于《自然·光子学》。2023年，团队启动光量子芯片项目；"
        "2025年初，团队首次在单一芯片上实现了16个光子的稳定操控。团队计划明年与香港大学合作，建设一条光量子芯片中试线。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-03")
    assert ("2025", "星宇量子研究中心团队首次在单一芯片上实现了16个光子的稳定操控") in dated
    assert ("2027", "星宇量子研究中心团队计划与香港大学合作，建设一条光量子芯片中试线") in dated
    post = "📅 时间：12月12日（周六）14:00—16:30\n\n✍️ 报名方式：即日起至12月10日，通过园区公众号预约"
    facts = _read(lexicon, segmenter, post, "2026-12-07", title="活动预告｜河套前沿讲堂第十二期")
    assert ("2026-12-10", "河套前沿讲堂第十二期报名截止") in {(f.date, f.label) for f in facts}


def test_a_replys_phases_and_buildings_are_the_parks_named_in_the_question(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """（一）第一期第四至第八座大楼…，其中第四座已于本年九月平顶: the park's (named in the question);
    政府已完成第二期的…研究: the park's second phase; 计划…向立法会申请拨款，以展开…: what for;
    同时启动X三期建设，预计2028年建成交付: X三期, not 启动X."""
    body = (
        "港深创科园首批大楼已于去年年底启用。\n\n"
        "（一）第一期第四至第八座大楼的上盖工程正在进行，其中第四座已于本年九月平顶。\n\n"
        "（二）政府已于本年十月完成第二期的规划及工程研究，并计划于2027至28年度向立法会申请拨款，以展开第二期的详细设计。\n\n"
        "明年园区将重点建设科研用地二期，力争上半年开工；同时启动河套国际人才社区三期建设，预计2028年建成交付。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-09")
    assert ("2026-09", "港深创科园第一期第四座大楼已平顶") in dated
    assert ("2026-10", "政府已完成港深创科园第二期的规划及工程研究") in dated
    assert ("2027", "政府计划向立法会申请拨款，以展开第二期的详细设计") in dated
    assert ("2028", "河套国际人才社区三期预计建成交付") in dated


def test_a_month_read_first_two_bodies_consulted_and_a_later_phase_stay_right(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """A month's telling read before the wording that joins it to the day's event joins it all the
    same (a0 meets a2's words, which a1's day took in after it); 咨询业界 and 咨询立法会 in one frame
    are two consultations; X用地二期力争开工 and a bare 科研用地须动工 of one month are two."""
    bodies = [
        ("2026-12-09", "港深创科园首批大楼已于去年年底启用。政府将于明年第二季就第二期的发展模式咨询立法会。"),
        ("2025-12-23", "港深创新及科技园首批三座大楼昨日正式启用。"),
        ("2026-06-01", "2025年12月22日，香港园区首批大楼启用。"),
        ("2027-01-05", "政府计划于今年第二季就第二期的发展模式咨询业界。"),
        ("2026-12-10", "明年园区将重点建设跨境科研用地二期，力争上半年开工。"),
        ("2026-12-11", "中标者须于明年6月前在科研用地动工。"),
    ]
    articles = [Article(f"a{i}", "标题", day, "zh-Hans", body) for i, (day, body) in enumerate(bodies)]
    milestones = [f for f in Extractor(lexicon, segmenter).extract(articles) if f.kind is FactKind.MILESTONE]
    (opening,) = [f for f in milestones if f.date == "2025-12-22"]
    assert {s.article_id for s in opening.sources} == {"a0", "a1", "a2"}
    assert len([f for f in milestones if "咨询" in f.label]) == 2
    assert len([f for f in milestones if f.date == "2027-06" and ("开工" in f.label or "动工" in f.label)]) == 2


def test_an_explainers_short_answer_is_kept_with_its_title(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """一图读懂｜X … 2. 补贴标准是多少？答：每人每月3000元，最长补贴6个月。: too short to be kept alone,
    the answer is kept, its text carrying X, so that a question naming X finds it."""
    body = "2. 补贴标准是多少？\n\n答：每人每月3000元，最长补贴6个月。"
    facts = _read(lexicon, segmenter, body, "2026-12-10", title="一图读懂｜河套深圳园区港澳青年实习补贴")
    texts = [f.text for f in facts if f.kind is FactKind.STATEMENT]
    assert "【河套深圳园区港澳青年实习补贴】每人每月3000元，最长补贴6个月。" in texts


def test_a_pause_a_rules_revision_and_a_correction(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X今日下午暂停开放，明日恢复正常: X resumes (no 今日下午 left in it); 发展署将对办法进行修订 and
    修订稿预计…征求意见: the rules named before; 误指新班次由本月二十日起实施，正确日期应为明年一月一日:
    the day corrected is the event's, the one mistold none."""
    body = (
        "园区访客中心今日下午暂停开放，明日恢复正常。\n\n"
        "《港澳青年创业扶持办法》自2025年7月施行以来运行平稳。发展署表示，明年将对办法进行修订，修订稿预计明年3月公开征求意见。\n\n"
        "本报昨日报道有关跨境专线巴士加密班次的新闻中，误指新班次由本月二十日起实施，正确日期应为明年一月一日，特此更正。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-16")
    assert ("2026-12-17", "园区访客中心恢复正常") in dated
    assert ("2027", "发展署将对《港澳青年创业扶持办法》进行修订") in dated
    assert ("2027-03", "《港澳青年创业扶持办法》修订稿预计公开征求意见") in dated
    assert ("2027-01-01", "跨境专线巴士加密班次实施") in dated
    assert not [label for day, label in dated if day == "2026-12-20"]


def test_a_scientists_we_his_next_year_and_a_festivals_days(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """他表示：“我们计划在明年春节前完成…，争取2028年实现…”: his team's; 2019年，他从硅谷回国，次年加入
    研究院: he joined; 春节期间（2月14日至2月20日），专线还将加开夜班车, told in December: next
    February's, the 专线 named before."""
    body = (
        "沈知远是研究院的首席科学家。2019年，他从硅谷回国，次年加入研究院。"
        "谈到下一步，他表示：“我们计划在明年春节前完成第二代芯片的设计，争取2028年实现车规级认证。”\n\n"
        "河套跨境科研专线首班车将提前发车。春节期间（2月14日至2月20日），专线还将加开夜班车。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-18")
    assert ("2020", "沈知远加入研究院") in dated
    assert ("2027-02-06", "沈知远团队计划完成第二代芯片的设计") in dated
    assert ("2028", "沈知远团队争取实现车规级认证") in dated
    assert ("2027-02-14", "河套跨境科研专线将加开夜班车") in dated


def test_a_firms_plan_its_results_and_a_plans_phases(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """公司首款…药物已…获批上市，并计划明年下半年…设立第二个研发中心: the firm plans, not its drug;
    收入按年增长35%至2.1亿元: 2.1亿元, no range from 35%; 亏损收窄至3,800万元: 亏损; 规划明确，园区将分三期
    推进建设，其中一期…，二期于2028年前后启动: the park's second phase."""
    body = (
        "生物科技公司星曜生科昨日公布中期业绩，期内收入按年增长35%至2.1亿元，亏损收窄至3,800万元。"
        "公司主席表示，公司首款自主研发的抗体药物已于今年八月获内地药监局批准上市，并计划明年下半年在港深创科园设立第二个研发中心。\n\n"
        "规划明确，园区将分三期推进建设，其中一期重点建设皇岗口岸片区，二期于2028年前后启动。"
    )
    facts = _read(lexicon, segmenter, body, "2026-11-26")
    dated = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert ("2027-12", "星曜生科计划在港深创科园设立第二个研发中心") in dated
    assert ("2028", "园区二期启动") in dated
    figures = {(f.measure, f.value, f.label) for f in facts if f.kind is FactKind.FIGURE}
    assert ("期内收入", 210_000_000, "期内收入 2.1亿元") in figures
    assert ("星曜生科亏损", 38_000_000, "星曜生科亏损 3,800万元") in figures


def test_a_weeks_report_a_tender_and_a_pairs_evening(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """园区周报｜12月21日—12月27日, printed on the Monday after: its 本周一 and 下周二 are of that week;
    …宣布，X用地于即日起招标: no 于 left; 中标者须于…完成发展: the plots tendered; X与Y昨晚…签署…。双方代表
    前晚…: X与Y, no 昨晚 in their names; 6月，首批12家机构获颁…: an event."""
    weekly = "本周一，园区与香港生产力促进局签署合作协议。\n\n下周二，园区将召开年度工作总结会。"
    facts = _read(lexicon, segmenter, weekly, "2026-12-28", title="园区周报｜12月21日—12月27日")
    dated = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert dated == {("2026-12-21", "园区与香港生产力促进局签署合作协议"), ("2026-12-29", "园区将召开年度工作总结会")}
    body = (
        "创新科技及工业局今日宣布，港深创科园第二期首批两幅研发用地于即日起招标。中标者须于2031年12月31日或之前完成发展。\n\n"
        "香港城市大学与深圳大学昨晚在港深创科园签署合作备忘录。双方代表前晚已出席在深圳举行的工作晚宴。\n\n"
        "6月，首批12家港澳科研机构获颁“河套科研通行证”。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-24")
    assert ("2026-12-24", "创新科技及工业局宣布港深创科园第二期首批两幅研发用地招标") in dated
    assert ("2031-12-31", "港深创科园第二期首批两幅研发用地须完成发展") in dated
    assert ("2026-12-22", "香港城市大学与深圳大学代表已出席在深圳举行的工作晚宴") in dated
    assert ("2026-06", "首批12家港澳科研机构获颁“河套科研通行证”") in dated


def test_a_calls_result_is_not_the_call(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X第二期首批研发用地招标结果将公布 and 公司计划推出第二期首批大楼的设计招标, of one month: two."""
    milestones = _milestones_of_two(
        lexicon,
        segmenter,
        ("2026-12-23", "政府计划于明年第二季公布港深创新及科技园第二期首批研发用地的招标结果。"),
        ("2026-12-22", "港深创新及科技园有限公司计划于明年第二季推出第二期首批大楼的设计招标。"),
    )
    assert len([f for f in milestones if "招标" in f.label]) == 2


def test_works_to_start_and_a_count_to_grow(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """2027年将推动X开工建设，力争年底前完成主体工程: X's main works (not X开工's); 园区现有进驻机构约
    一百六十间，预计明年底前增至二百间: the count told before grows, not 园区."""
    body = (
        "园区负责人表示，2027年将推动第二条跨境专用通道开工建设，力争年底前完成主体工程。\n\n"
        "公司又指，园区现有进驻机构约一百六十间，预计明年底前增至二百间。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-30")
    assert ("2027-12", "第二条跨境专用通道力争完成主体工程") in dated
    assert ("2027-12", "园区进驻机构预计增至二百间") in dated


def test_a_sentence_of_then_is_of_the_aim_told_before(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X将于明年一月一日起调整班次。运输署表示，届时来往…的专线巴士班次将…加密至每十五分钟一班: the
    second sentence, of no date of its own, is of the day aimed at before."""
    body = (
        "园区专线巴士将于明年一月一日起调整班次。"
        "运输署表示，届时来往港深创科园及深圳园区的专线巴士班次将由每半小时一班加密至每十五分钟一班。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-18")
    assert ("2027-01-01", "来往港深创科园及深圳园区的专线巴士班次将由每半小时一班加密至每十五分钟一班") in dated


def test_the_rest_of_a_hostels_units_told_a_sentence_later(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """宿舍共提供约四百个单位，…。其余单位则会在明年一月起接受申请: the hostel's other units, whose
    whole the sentence before told."""
    body = (
        "首座科研人员宿舍「河晖居」上周四取得入伙纸。营运公司表示，宿舍共提供约四百个单位，首批两百个单位将于下周三抽签分配。"
        "其余单位则会在明年一月起接受申请。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-05")
    assert ("2027-01", "首座科研人员宿舍其余单位会接受申请") in dated


def test_a_schemes_call_and_a_hostels_call_stay_two(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """「河套科研人员住屋津贴计划」接受申请 and 首座科研人员宿舍其余单位会接受申请, a day and its month
    apart: two calls (科研人员 and 接受申请 make no scheme of a hostel's units)."""
    milestones = _milestones_of_two(
        lexicon,
        segmenter,
        ("2026-12-10", "「河套科研人员住屋津贴计划」将于2027年1月1日起接受申请。"),
        ("2026-12-05", "首座科研人员宿舍其余单位则会在明年一月起接受申请。"),
    )
    assert len([f for f in milestones if "接受申请" in f.label]) == 2


def test_a_lists_lead_a_sentence_before_its_items_gives_their_year(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """清单显示，明年园区将重点推进三类项目。一是…一季度开工，…年中封顶: the items' quarter and
    middle of the year are next year's, and the lead, counting what they tell, is no event."""
    body = (
        "清单显示，明年园区将重点推进三类项目。"
        "一是科研设施项目，高端医疗器械创新中心计划一季度开工，国际会议中心力争年中封顶；二是产业空间项目。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-04")
    assert dated == {("2027-03", "高端医疗器械创新中心计划开工"), ("2027-06", "国际会议中心力争封顶")}


def test_a_span_after_a_start_is_counted_from_that_start(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """签约三个月后, 运行半年后, 在新安排实施三个月后: from the start told before (the one to come, for
    a deed to come; not 去年同期 told since), and the deed is the clause after it; from a start no
    one dated, nothing."""
    signed = _dated_labels(lexicon, segmenter, "协议于今年4月签署。签约三个月后，项目正式动工。", "2026-11-24")
    assert ("2026-07", "项目正式动工") in signed
    body = "试点首阶段将于明年4月启动；首阶段运行半年后，双方将进行评估，再决定是否扩大。"
    assert ("2027-10", "双方将进行评估") in _dated_labels(lexicon, segmenter, body, "2026-11-24")
    body = (
        "运输署宣布，穿梭巴士将由下月十五日起加密班次。上月乘客量较去年同期增加逾四成。"
        "运输署会在新安排实施三个月后检讨服务。"
    )
    assert ("2027-03", "运输署会检讨服务") in _dated_labels(lexicon, segmenter, body, "2026-11-20")
    assert _dated_labels(lexicon, segmenter, "署方会在路线投入服务三个月后检讨乘客量。", "2026-11-20") == set()


def test_visits_counted_are_a_figure_and_their_growth_names_them(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """去年冬季活动共吸引逾四万人次到访，今年预计人次将增加两成: no event of the visits; the growth
    is of the visits' count."""
    body = "公司发言人表示，去年冬季活动共吸引逾四万人次到访，今年预计人次将增加两成。"
    assert _dated_labels(lexicon, segmenter, body, "2026-11-30") == {("2026", "冬季活动预计到访人次将增加两成")}


def test_a_bare_pilot_is_the_one_an_agreement_named(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """签署医疗数据跨境流动试点合作协议。根据协议，试点首阶段将于明年4月启动: that pilot's first stage."""
    body = "两地卫生部门今日签署医疗数据跨境流动试点合作协议。根据协议，试点首阶段将于明年4月启动。"
    assert ("2027-04", "医疗数据跨境流动试点首阶段将启动") in _dated_labels(lexicon, segmenter, body, "2026-11-23")


def test_a_plan_with_its_proviso_is_a_plan_and_a_condition_is_none(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """如果一切顺利，首批大楼可望在2030年落成: a target, with its proviso; 如果明年能够获批，…: a
    condition, no target. And 可望 is no part of whose floor area 届时可提供 tells."""
    body = "如果一切顺利，首批大楼可望在2030年落成，届时可提供约十五万平方米楼面面积。"
    facts = _read(lexicon, segmenter, body, "2026-12-05")
    assert {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE} == {("2030", "首批大楼可望落成")}
    assert [f.measure for f in facts if f.kind is FactKind.FIGURE] == ["首批大楼楼面面积"]
    assert _dated_labels(lexicon, segmenter, "如果明年能够获批，大楼可望在2030年落成。", "2026-12-05") == set()


def test_an_answer_naming_its_own_owner_keeps_it(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """问：第二期的建造工程何时招标？答：…先就首批三座大楼的建造工程招标: the answer says whose works;
    the question's 第二期的 is not put inside them."""
    body = "问：第二期的建造工程何时招标？\n\n答：我们计划明年上半年先就首批三座大楼的建造工程招标。"
    labels = {label for _, label in _dated_labels(lexicon, segmenter, body, "2026-12-05")}
    assert labels and all("首批三座大楼的建造工程招标" in label and "第二期的" not in label for label in labels)


def test_a_terms_second_year_is_no_date(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """租金补贴：首年全额、次年减半: the subsidy's second year, not next year's event; 2019年成立，次年…
    still is the year after."""
    assert _dated_labels(lexicon, segmenter, "🔹 租金补贴：首年全额、次年减半", "2026-11-16") == set()
    assert ("2020", "公司迁入园区") in _dated_labels(lexicon, segmenter, "公司2019年成立，次年迁入园区。", "2026-11-16")


def test_what_hangs_on_another_stage_is_its_own_stage(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """第二阶段视乎第一阶段进度，最快2028年展开: the second stage starts, not the first."""
    body = "工程第一阶段将于明年年初展开；第二阶段视乎第一阶段进度，最快2028年展开。"
    assert ("2028", "第二阶段最快展开") in _dated_labels(lexicon, segmenter, body, "2026-12-01")


def test_a_sum_invested_keeps_what_it_builds_and_the_project_is_that(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """公司拟投资约5亿元，在园区建设研发总部。项目建设期为24个月，预计…投入使用: the headquarters."""
    body = (
        "芯瀚半导体17日晚间发布公告称，公司拟投资约5亿元，在河套深圳园区建设研发总部，主要开展芯片设计。"
        "项目建设期为24个月，预计2028年底前投入使用。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-11-18")
    assert ("2026-11-17", "芯瀚半导体拟投资约5亿元，在河套深圳园区建设研发总部") in dated
    assert ("2028-12", "研发总部项目预计投入使用") in dated


def test_plaques_given_at_a_congress_are_a_deed_and_count_what_got_them(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """大会期间，主办方发布了《X》，并为首批10个“Y项目”授牌: the organiser gave plaques then, to ten
    projects named in quotes."""
    body = (
        "第三届河套科学家大会11日在深圳闭幕。本届大会于11月9日开幕。"
        "大会期间，主办方发布了《河套科研合作年度报告（2026）》，并为首批10个“河套联合攻关项目”授牌。"
    )
    facts = _read(lexicon, segmenter, body, "2026-11-12")
    dated = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert ("2026-11-09", "主办方为首批10个“河套联合攻关项目”授牌") in dated
    assert any(f.measure and f.measure.endswith("授牌河套联合攻关项目") for f in facts if f.kind is FactKind.FIGURE)


def test_a_signing_for_a_purpose_is_classed_a_signing(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """园区与X签署合作备忘录，共建Y学院: the label keeps what it is for; the event is a signing."""
    body = "2027年3月，园区与香港三间大学签署合作备忘录，共建「河套联合人才培训学院」。"
    (signed,) = [f for f in _read(lexicon, segmenter, body, "2027-04-01") if f.kind is FactKind.MILESTONE]
    assert (signed.label, signed.event) == ("园区与香港三间大学签署合作备忘录，共建「河套联合人才培训学院」", "sign")


def test_a_posts_numbered_questions_are_answered_of_its_document(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """《X办法》今天正式发布。03｜怎么申请？即日起至12月31日…在线申报: the answer is of X, and says so."""
    body = "《河套青年创业团队扶持办法》今天正式发布。\n\n03｜怎么申请？\n\n即日起至12月31日，通过平台在线申报。"
    facts = _read(lexicon, segmenter, body, "2026-11-16")
    answers = [f for f in facts if "在线申报" in f.text]
    assert answers and all(f.text.startswith("【河套青年创业团队扶持办法】") for f in answers)
    assert not any("怎么申请" in f.text for f in facts)


def test_what_a_place_was_is_no_event(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """三年前，这里还是一片等待开发的河滩地: how the place looked then, nothing done."""
    assert _dated_labels(lexicon, segmenter, "三年前，这里还是一片等待开发的河滩地。", "2026-11-28") == set()


def test_a_listed_group_named_with_its_stock_code_is_what_集团_stands_for(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """上市公司衡远科技（代号：8123）昨日公布，集团已于上月底…签订租约。集团预期研发基地明年下半年投入
    运作: the firm signed; the base is expected to run (not 集团预期研发基地, no name of anything)."""
    body = (
        "港股上市公司衡远科技（代号：8123）昨日公布，集团已于上月底与港深创新及科技园公司签订租约，设立研发基地。"
        "集团预期研发基地明年下半年投入运作，初期聘用约八十名研发人员。"
    )
    facts = _read(lexicon, segmenter, body, "2026-12-03")
    dated = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert dated == {("2026-11", "衡远科技已与港深创新及科技园公司签订租约"), ("2027-12", "研发基地预期投入运作")}
    assert not any("预期" in f.label for f in facts if f.kind is FactKind.ENTITY)


def test_a_delay_is_news_and_a_hedged_one_from_a_source_is_hearsay(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """大楼落成日期须押后至明年年中: the completion is put off; 有消息指，…落成日期或须押后至…: hearsay."""
    body = "受事件影响，大楼落成日期须押后至明年年中。"
    assert _dated_labels(lexicon, segmenter, body, "2026-11-26") == {("2027-06", "大楼落成将延期")}
    body = "有消息指，受事件影响，大楼落成日期或须押后至明年年中。"
    assert _dated_labels(lexicon, segmenter, body, "2026-11-26") == set()


def test_what_a_firm_works_on_names_no_doer_and_what_a_plan_says_is_no_plans_deed(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """X成立于2021年，专注于…研发，2024年迁入园区: X moved in; 规划同时明确，2028年底前建成Y: Y is to
    be built, which the plan does not build."""
    body = "澄光医疗成立于2021年，专注于眼科手术机器人研发，2024年迁入河套深圳园区。"
    assert ("2024", "澄光医疗迁入河套深圳园区") in _dated_labels(lexicon, segmenter, body, "2026-12-01")
    body = "规划同时明确，2028年底前建成跨境科研数据中心二期。"
    assert _dated_labels(lexicon, segmenter, body, "2026-11-30") == {("2028-12", "建成跨境科研数据中心二期")}


def test_a_level_raised_over_a_span_of_years_is_aimed_for_its_end(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """“十五五”期间，…科研用房面积由目前的约120万平方米增加到250万平方米: by 2030, a target; and the
    plan of its own (《X“十五五”发展规划》) is not the plan 发展规划 names."""
    body = (
        "《河套深圳园区“十五五”发展规划》已于近日正式印发。"
        "“十五五”期间，园区将重点打造三大创新平台，科研用房面积由目前的约120万平方米增加到250万平方米。"
    )
    facts = _read(lexicon, segmenter, body, "2026-11-30")
    (area,) = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 2_500_000]
    assert (area.date, area.is_target) == ("2030", True)
    assert not any("三大" in (f.measure or "") for f in facts)
    assert not any(f.label == "河套深港科技创新合作区深圳园区发展规划" for f in facts if f.kind is FactKind.ENTITY)
    named = _read(lexicon, segmenter, "他曾参与《河套深圳园区发展规划》实施方案的编制。", "2026-11-30")
    assert any(f.label == "河套深港科技创新合作区深圳园区发展规划" for f in named if f.kind is FactKind.ENTITY)


def test_places_a_building_provides_are_its_own(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """首座人才宿舍已于今年九月入伙，提供约四百个宿位; 第二座人才宿舍的上盖工程…，可额外提供约五百个宿位:
    each hostel's places, never one series."""
    body = (
        "局长指出，园区首座人才宿舍已于今年九月入伙，提供约四百个宿位。"
        "第二座人才宿舍的上盖工程正在进行，预计于2028年第一季落成，可额外提供约五百个宿位。"
    )
    measures = {f.measure for f in _read(lexicon, segmenter, body, "2026-12-03") if f.kind is FactKind.FIGURE}
    assert measures == {"园区首座人才宿舍宿位", "第二座人才宿舍宿位"}


def test_the_stages_of_works_named_in_full_are_those_works_stages(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """拨款，用于X的土地平整及基础设施工程。…工程将分两个阶段进行：第一阶段…将于明年年初展开: X's works'
    first stage, not a bare 工程's."""
    body = (
        "立法会财务委员会上周五通过约八十二亿元拨款，用于港深创新及科技园第二期的土地平整及基础设施工程。"
        "发展局发言人表示，工程将分两个阶段进行：第一阶段涵盖约十公顷土地，将于明年年初展开，预计2029年完成。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-01")
    assert ("2029", "港深创新及科技园第二期的土地平整及基础设施工程第一阶段预计完成") in dated


def test_a_plot_sold_when_told_is_news_and_its_winner_builds_it(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """地政总署昨日公布，X用地以约12.3亿元批出，…。该幅用地于今年九月推出招标…。中标者须于2032年或
    之前完成发展: the sale that day, at its price; the plot's tender and deadline, by its name."""
    body = (
        "地政总署昨日公布，新田科技城一幅创科用地以约12.3亿元批出，中标者为一间本地科技企业。"
        "该幅用地于今年九月推出招标，上月底截标。根据卖地条款，中标者须于2032年或之前完成发展。"
    )
    facts = _read(lexicon, segmenter, body, "2026-11-24")
    dated = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert ("2026-11-23", "新田科技城一幅创科用地以约12.3亿元批出") in dated
    assert ("2026-09", "新田科技城一幅创科用地推出招标") in dated
    assert ("2032", "新田科技城一幅创科用地须完成发展") in dated
    assert [f.measure for f in facts if f.kind is FactKind.FIGURE] == ["成交价"]


def test_a_plans_size_and_second_deed_are_the_funds_and_the_governments(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """报告提出，政府会在2027年内成立「X基金」，首期规模约50亿元；并会在明年年中前推出「Y津贴」: the
    fund's size by 2027; the government will launch Y (no 会会)."""
    body = (
        "报告提出，政府会在2027年内成立「河套科研转化基金」，首期规模约50亿元；"
        "并会在明年年中前推出「河套青年科研人员住屋津贴」，每月津贴上限为8,000元。"
    )
    facts = _read(lexicon, segmenter, body, "2026-11-27")
    dated = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert ("2027-06", "政府会推出「河套青年科研人员住屋津贴」") in dated
    (size,) = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 5e9]
    assert (size.measure, size.date, size.is_target) == ("河套科研转化基金首期规模", "2027", True)


def test_a_reply_keeps_what_it_agrees_to_and_a_result_is_what_was_made(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """国务院近日印发批复，同意在X开展Y试点; 研发出一种新型固态电解质…。该成果有望在3至5年内实现产业化."""
    body = "国务院近日印发批复，同意在河套深圳园区开展跨境科研用品便利化改革试点。"
    assert ("2026-11", "国务院印发批复，同意在河套深圳园区开展跨境科研用品便利化改革试点") in _dated_labels(
        lexicon, segmenter, body, "2026-11-19"
    )
    body = "团队研发出一种新型固态电解质，相关论文日前发表。该成果有望在3至5年内实现产业化。"
    assert ("2031", "新型固态电解质研究成果有望实现产业化") in _dated_labels(lexicon, segmenter, body, "2026-11-13")


def test_a_posts_theme_is_not_its_occasion_and_its_guest_is_a_field(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """活动预告｜X沙龙第8期：类器官与新药研发 … 📅 时间：11.20（周五）: the salon is held; 🎤 嘉宾：… is kept,
    with the post's topic."""
    body = "📅 时间：11.20（周五）14:00-16:30\n\n🎤 嘉宾：香港中文大学医学院教授 邝志坚"
    articles = [Article("a", "活动预告｜河套生物医药沙龙第8期：类器官与新药研发", "2026-11-17", "zh-Hans", body)]
    facts = Extractor(lexicon, segmenter).extract(articles)
    assert ("2026-11-20", "河套生物医药沙龙第8期举行") in {(f.date, f.label) for f in facts}
    assert any("邝志坚" in f.text and f.text.startswith("【") for f in facts if f.kind is FactKind.STATEMENT)


def test_certificates_given_are_a_deed_and_count_who_got_them(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """12月4日，…人才大会…举行。会上发布了…榜单，并为首批50名“河套人才卡”持卡人颁发证书: a second deed
    then, and a count of the card holders who got one."""
    body = (
        "12月4日，河套深圳园区2026年度人才大会在园区会展中心举行。"
        "会上发布了首届“河套英才”榜单，并为首批50名“河套人才卡”持卡人颁发证书。"
    )
    facts = _read(lexicon, segmenter, body, "2026-12-05")
    assert ("2026-12-04", "为首批50名“河套人才卡”持卡人颁发证书") in {(f.date, f.label) for f in facts}
    assert [f.measure for f in facts if f.kind is FactKind.FIGURE] == ["获颁证书的河套人才卡持卡人"]


def test_some_of_a_whole_keep_where_they_come_from_and_what_kind_they_are(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """其中来自香港的人才约3200人; 其中，港资科技企业累计达到310家; 今年还新建成科研用房约16万平方米: none of
    them is all the talent, firms or space there are (no series with the whole)."""
    body = (
        "园区累计引进各类人才超过1.5万人，其中来自香港的人才约3200人。"
        "园区累计集聚科技企业约1150家。其中，港资科技企业累计达到310家。"
        "今年园区还新建成科研用房约16万平方米。"
    )
    measures = {f.measure for f in _read(lexicon, segmenter, body, "2026-12-01") if f.kind is FactKind.FIGURE}
    assert {"来自香港的人才", "港资科技企业", "新建成科研用房面积"} <= measures


def test_a_bare_deal_is_the_one_told_and_an_agreement_keeps_what_it_buys(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """集团已与X订立协议，以作价约3.2亿港元收购Y公司全部股权。…交易料于明年首季完成: the purchase."""
    body = (
        "朗澄生物今日公布，集团已与独立第三方订立协议，以作价约3.2亿港元收购一间实验室营运公司全部股权。"
        "公告指，交易料于明年首季完成。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-11-30")
    assert ("2027-03", "收购一间实验室营运公司全部股权的交易料完成") in dated
    assert any(label.endswith("订立协议，以作价约3.2亿港元收购一间实验室营运公司全部股权") for _, label in dated)


def test_a_roundups_other_platforms_and_its_news_of_news_are_none_of_the_zones(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """本周，大湾区四大合作平台密集释放新进展。河套：…开通。横琴：…完工。前海：…将开园: the zone's item
    only; that there is news is none; 本周…共接待考察团组18批次 is a tally."""
    body = (
        "本周，粤港澳大湾区四大合作平台密集释放新进展。\n\n"
        "河套：11月18日，连接河套深圳园区与港深创科园的第三条跨境科研专线巴士开通。\n\n"
        "横琴：横琴口岸旅检区扩容工程于11月19日完工。\n\n前海：前海深港青年梦工场三期将于明年3月开园。\n\n"
        "本周，园区共接待国内外考察团组18批次。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-11-22")
    assert dated == {("2026-11-18", "连接河套深圳园区与港深创科园的第三条跨境科研专线巴士开通")}


def test_a_long_plan_given_up_and_a_scholars_return_keep_their_subjects(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """原定于12月8日在园区会展中心举行的X，因…，改期至12月15日举行: X; 他1996年…，2008年回港任教: he."""
    body = (
        "记者2日从组委会获悉，原定于12月8日在河套深圳园区会展中心举行的第二届河套国际机器人邀请赛，"
        "因场馆设备调试需要，改期至12月15日举行。"
    )
    assert ("2026-12-15", "第二届河套国际机器人邀请赛改期举行") in _dated_labels(lexicon, segmenter, body, "2026-12-03")
    body = "现年58岁的何乐贤是研究所所长。他1996年在美国取得博士学位，2008年回港任教，2024年带领团队搬进创科园。"
    assert ("2008", "何乐贤回港任教") in _dated_labels(lexicon, segmenter, body, "2026-11-18")


def test_a_programmes_days_are_its_items_each_with_what_it_holds(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """21日将举行开幕式；22日为X沙龙；23日举行Y路演；24日和25日为园区开放日: each day's own occasion, and
    no 沙龙 holds the roadshow."""
    body = (
        "2026深港科技周将于明日（11月21日）在河套深圳园区开幕。"
        "据组委会介绍，21日将举行开幕式及主旨论坛；22日为深港青年科学家沙龙；23日举行科技成果路演，约30个项目参加；"
        "24日和25日为园区开放日，市民可预约参观实验室。去年科技周共吸引观众约2.1万人次。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-11-20")
    assert {
        ("2026-11-22", "深港青年科学家沙龙举行"),
        ("2026-11-23", "举行科技成果路演"),
        ("2026-11-24", "园区开放日举行"),
    } <= dated
    assert not any(date == "2025" for date, _ in dated)  # last year's visitors: a tally


def test_a_university_named_with_another_party_and_a_count_aimed_at(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """公司上月已与一所瑞典大学签署合作意向书，该校计划于明年…: the Swedish university (not 公司与…);
    目前进驻机构总数约一百六十间，公司目标明年底前增至二百间: that count is aimed at; 实验室成立于2025年:
    the lab named before."""
    body = (
        "陈志恒透露，公司上月已与一所瑞典大学签署合作意向书，该校计划于明年在园区设立研究中心。"
        "他表示，目前进驻机构总数约一百六十间，公司目标明年底前增至二百间。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-02")
    assert ("2027", "瑞典大学计划在园区设立研究中心") in dated
    assert ("2027-12", "公司进驻机构总数目标增至二百间") in dated
    body = "河套深港脑科学联合实验室现面向社会公开招聘科研助理10名。\n\n实验室成立于2025年，目前有研究人员约80名。"
    assert ("2025", "河套深港脑科学联合实验室成立") in _dated_labels(lexicon, segmenter, body, "2026-11-25")


def test_hong_kongs_from_tomorrow_and_a_firm_named_by_what_it_makes(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """九巴B8線明起（12月5日）改經…: from tomorrow, with no 明起 left; 启衡智造26日晚间公告，…公司计划…: the
    firm (…智造 ends a firm's name as …科技 does)."""
    body = "九巴宣布，B8线明起（12月5日）改经港深创新及科技园新落成的巴士总站，每日班次由36班增至48班。"
    assert ("2026-12-05", "B8线改经港深创新及科技园新落成的巴士总站") in _dated_labels(
        lexicon, segmenter, body, "2026-12-04"
    )
    body = "启衡智造26日晚间公告，同意设立全资子公司。公告显示，公司计划在2027年内完成首条中试线建设。"
    assert ("2027", "启衡智造计划完成首条中试线建设") in _dated_labels(lexicon, segmenter, body, "2026-11-27")


def test_a_project_named_with_its_report_is_what_a_bare_project_is(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X项目可行性研究报告近日获批复。…项目将于2027年一季度开工，2030年底前建成: X项目's."""
    body = (
        "河套深港国际医学中心项目可行性研究报告近日获国家发展改革委批复，项目总投资约58亿元。"
        "根据计划，项目将于2027年一季度开工，2030年底前建成。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-02")
    assert {("2027-03", "河套深港国际医学中心项目将开工"), ("2030-12", "河套深港国际医学中心项目建成")} <= dated


def test_a_gazetted_bill_is_read_and_its_body_named(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """政府昨日刊宪《X条例草案》，并将于下周三（12月9日）提交立法会首读: gazetted that day, and the bill is
    what is read; 发展局于明年年底前成立 after 「河套区发展局」: that body."""
    body = (
        "政府昨日刊宪《河套区发展条例草案》，并将于下周三（12月9日）提交立法会首读及二读。"
        "条例草案建议成立「河套区发展局」。政府期望条例草案于明年上半年内获通过，发展局于明年年底前成立。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-03")
    assert ("2026-12-02", "政府刊宪《河套区发展条例草案》") in dated
    assert ("2026-12-09", "政府将《河套区发展条例草案》提交立法会首读及二读") in dated
    assert ("2027-12", "河套区发展局成立") in dated


def test_lunar_days_dated_in_brackets_and_an_award_after_the_rounds(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """访客中心将于年廿九（2月5日）至年初三（2月8日）暂停开放: from 5 February; …总决赛在园区落幕。经过两轮
    角逐，X团队获得一等奖: at the final."""
    body = "园区访客中心将于年廿九（2月5日）至年初三（2月8日）暂停开放。"
    assert ("2027-02-05", "园区访客中心将暂停开放") in _dated_labels(lexicon, segmenter, body, "2026-12-05")
    body = "11月29日，首届河套深港硬科技创业大赛总决赛在河套深圳园区落幕。经过两轮角逐，“芯光互联”团队获得一等奖。"
    assert ("2026-11-29", "“芯光互联”团队获得一等奖") in _dated_labels(lexicon, segmenter, body, "2026-11-30")


def test_a_count_of_a_deed_and_a_place_takes_its_siblings_noun(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """其中7个项目将落户深圳园区，5个落户香港园区: 落户香港园区的项目."""
    body = "两园昨日举行联合招商推介会，首批12个项目现场签约。其中7个项目将落户深圳园区，5个落户香港园区。"
    measures = {f.measure for f in _read(lexicon, segmenter, body, "2026-11-15") if f.kind is FactKind.FIGURE}
    assert "落户香港园区的项目" in measures


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (  # 首届 and 第三届, both on 11月9日 (of two years' stories): two openings
            ("2026-11-10", "首届河套科学家大会9日在河套深圳园区国际交流中心开幕。"),
            ("2026-11-12", "第三届河套科学家大会11月9日开幕。"),
        ),
        (  # a lease and a letter of intent, a fortnight apart: two papers
            ("2026-12-03", "衡远科技已于上月底与港深创新及科技园公司签订租约。"),
            ("2026-12-17", "港深创科园公司昨日同内地一间生物科技企业签署意向书。"),
        ),
        (  # a meeting held near a park and a speech, one day: not the park's day
            ("2026-11-27", "北区区议会昨日举行会议，议员讨论港深创科园一带的交通配套。"),
            ("2026-11-27", "行政长官昨日在港深创科园一带的讨论后发表任内新一份《施政报告》。"),
        ),
        (  # two teams' papers in one journal in one month: where they came out tells nothing alike
            ("2026-11-06", "联合团队研制出一种可拉伸的柔性电池，相关成果日前发表于国际学术期刊《自然·能源》。"),
            ("2026-11-13", "河套深港材料联合研究院的论文日前发表于国际学术期刊《自然·能源》。"),
        ),
        (  # two projects named apart (X医学中心项目, Y会议中心项目), one month
            ("2026-12-02", "河套深港国际医学中心项目将于2027年一季度开工。"),
            ("2026-12-20", "河套国际会议中心项目计划于2027年3月动工。"),
        ),
    ],
)
def test_two_events_told_alike_stay_two(
    lexicon: Lexicon, segmenter: Segmenter, first: tuple[str, str], second: tuple[str, str]
) -> None:
    assert len(_milestones_of_two(lexicon, segmenter, first, second)) == 2


def test_a_school_told_bare_is_the_one_named_not_a_sister_or_a_kind(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """福田区河湾学校将于9月1日开学。该校是园区首所九年一贯制学校…，学校还将与香港两所小学结为姊妹学校。
    学校于2025年11月动工: the school named, not a kind it is, nor its sisters."""
    body = (
        "位于园区北侧的福田区河湾学校将于9月1日开学。\n\n"
        "该校是园区首所九年一贯制学校。学校负责人介绍，学校还将与香港两所小学结为姊妹学校。\n\n"
        "学校于2025年11月动工，今年6月竣工验收。"
    )
    assert ("2025-11", "福田区河湾学校动工") in _dated_labels(lexicon, segmenter, body, "2026-08-20")


def test_a_long_measure_is_cut_at_a_quoted_name_not_inside_a_word(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """河套深圳园区科研人员赴港“科研签注”累计办理量已突破5000人次: “科研签注”累计办理量, not 研人员赴港…."""
    body = "自今年3月1日推出以来，河套深圳园区科研人员赴港“科研签注”累计办理量已突破5000人次。"
    measures = [f.measure for f in _read(lexicon, segmenter, body, "2026-12-04") if f.kind is FactKind.FIGURE]
    assert measures == ["“科研签注”累计办理量"]


def test_a_profile_s_degrees_are_events_of_the_person_told_first(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X1972年出生于…，1994年毕业于Y，1999年在Z取得博士学位: two events, each X's, though the clause
    before the last leaves X out too (and jieba tags 毕业 a noun)."""
    body = "钟立衡1972年出生于广东梅州，1994年毕业于中山大学化学系，1999年在英国剑桥大学取得博士学位。"
    assert _dated_labels(lexicon, segmenter, body, "2026-12-04") == {
        ("1994", "钟立衡毕业于中山大学化学系"),
        ("1999", "钟立衡在英国剑桥大学取得博士学位"),
    }


def test_a_subject_ends_before_把_and_shares_a_second_deed(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """公司把研发总部迁入园区，并与Y共建Z: the firm moved and built Z with Y, that year."""
    body = "2022年，公司把研发总部迁入河套深圳园区，并与香港科技大学共建深港电子光学联合实验室。"
    assert ("2022", "公司与香港科技大学共建深港电子光学联合实验室") in _dated_labels(
        lexicon, segmenter, body, "2026-12-04"
    )


def test_an_aim_with_its_own_object_keeps_its_subject_not_the_clause_before(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """团队计划明年上半年完成X，争取2028年实现量产: the team aims at mass production, not at X again."""
    body = "钟立衡告诉记者，团队计划明年上半年完成样机的工程化验证，争取2028年实现量产。"
    assert ("2028", "钟立衡团队争取实现量产") in _dated_labels(lexicon, segmenter, body, "2026-12-04")


def test_a_share_among_them_and_a_count_a_laboratory_has_are_named_plainly(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """当中生命健康科技佔约四成: the field's share, without 当中; 实验室有研究人员86人: the
    laboratory's researchers, without 有."""
    body = (
        "截至本年十月底，已有83间机构获批进驻港深创科园，当中生命健康科技占约四成。"
        "目前，深港电子光学联合实验室有研究人员86人。"
    )
    measures = {f.measure for f in _read(lexicon, segmenter, body, "2026-12-02") if f.kind is FactKind.FIGURE}
    assert {"生命健康科技占比", "深港电子光学联合实验室研究人员"} <= measures


def test_an_owner_is_read_from_a_words_start(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """经皇岗口岸进出河套深圳园区的跨境科研物资: from after the port's name, not 口岸进出…; 香港园区
    第一期八座大楼的出租率: the whole opening, where the measure has room for it."""
    body = (
        "今年前三季度，经皇岗口岸进出河套深圳园区的跨境科研物资达4.3万批次。"
        "目前，香港园区第一期八座大楼的出租率近七成。"
    )
    measures = {f.measure for f in _read(lexicon, segmenter, body, "2026-11-27") if f.kind is FactKind.FIGURE}
    assert measures == {"进出河套深圳园区跨境科研物资", "香港园区第一期八座大楼出租率"}


def test_among_them_goes_on_in_the_period_opening_a_clause_not_the_day_heard(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """记者前天从海关获悉，今年前三季度，…。其中，…共1.2万批次: of the first three quarters, not
    of the day the reporter heard it (nor of 2051年第一季度 in an occasion's name)."""
    body = (
        "记者前天从深圳海关获悉，今年前三季度，园区跨境科研物资达4.3万批次。\n\n"
        "其中，经“白名单”通关的科研设备和耗材共1.2万批次。"
    )
    facts = _read(lexicon, segmenter, body, "2026-11-27")
    (batch,) = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 12000]
    assert batch.date == "2026-09"


def test_a_profiles_subtitle_names_the_laboratory_without_its_记(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """——记深港电子光学联合实验室主任钟立衡: the laboratory 实验室 stands for is 深港…实验室, not 记深港…."""
    title = "在河套造电子枪——记深港电子光学联合实验室主任钟立衡"
    body = "钟立衡2013年回到深圳。目前，实验室有研究人员86人。"
    facts = Extractor(lexicon, segmenter).extract([Article("a", title, "2026-12-04", "zh-Hans", body)])
    assert [f.measure for f in facts if f.kind is FactKind.FIGURE] == ["深港电子光学联合实验室研究人员"]


def test_two_routes_reviews_told_alike_a_month_apart_stay_two(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """运输署会检讨乘客量, three months after two routes' starts a month apart: which route's, only
    each article tells, so approximate months next to each other do not make them one."""
    first = ("2026-12-03", "B8A线将于明年一月中旬投入服务，运输署会于新路线投入服务三个月后检讨乘客量。")
    second = ("2027-01-08", "新专线下月起开办，运输署会在路线投入服务三个月后检讨乘客量。")
    reviews = [f for f in _milestones_of_two(lexicon, segmenter, first, second) if "检讨" in f.label]
    assert sorted((f.date, len(f.sources)) for f in reviews) == [("2027-04", 1), ("2027-05", 1)]


def test_a_months_figures_told_after_a_period_are_of_it(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """今年1—10月，…。同期，…。新登记企业1,046家，其中港资企业189家: both of October's end, the
    Hong Kong firms newly registered too; 公司今年1—10月营业收入: the months say more than the year."""
    body = (
        "今年1—10月，园区规模以上工业总产值达312.6亿元。同期，园区完成固定资产投资约86.3亿元。"
        "新登记企业1,046家，其中港资企业189家。\n\n公司今年1—10月营业收入约2.4亿元。"
    )
    figures = {(f.measure, f.date) for f in _read(lexicon, segmenter, body, "2026-11-30") if f.kind is FactKind.FIGURE}
    assert {("新登记企业", "2026-10"), ("新登记港资企业", "2026-10"), ("营业收入", "2026-10")} <= figures


def test_a_range_s_介乎_and_the_provinces_a_product_is_used_in_are_no_measure(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """地皮估值介乎28亿至35亿港元: 地皮估值; 产品已在全国18个省份的变电站投入使用: no count of the zone."""
    body = "市场人士估计，地皮估值介乎28亿至35亿港元。目前产品已在全国18个省份的变电站投入使用。"
    measures = [f.measure for f in _read(lexicon, segmenter, body, "2026-12-05") if f.kind is FactKind.FIGURE]
    assert measures == ["地皮估值"]


def test_what_a_firm_does_names_no_subject_for_the_clause_after(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X成立于2021年，主要研发…机器人，去年底从南山搬入园区: X moved, not 主要研发用."""
    body = "岚石智能成立于2021年，主要研发用于电网巡检的特种机器人，去年底从南山搬入河套深圳园区。"
    assert ("2025-12", "岚石智能从南山搬入河套深圳园区") in _dated_labels(lexicon, segmenter, body, "2026-12-01")


def test_the_first_lots_of_a_batch_are_of_the_lots_told_before(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """第二期其余四幅用地将分批推出，首批两幅有望于明年下半年招标: which two, the lots told before."""
    body = "发言人表示，第二期其余四幅用地将按市场情况分批推出，首批两幅有望于明年下半年招标。"
    labels = {label for _, label in _dated_labels(lexicon, segmenter, body, "2026-12-05")}
    assert "第二期其余四幅用地首批两幅有望招标" in labels


def test_a_season_of_years_ago_and_a_verb_tagged_an_adjective(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """两年前的冬天，X第一次踏足Y: that year's winter, about; jieba tags 踏足 an adjective."""
    body = "两年前的冬天，结构工程师施嘉琳第一次踏足落马洲河套区。"
    assert _dated_labels(lexicon, segmenter, body, "2026-11-26") == {
        ("2024-12", "结构工程师施嘉琳第一次踏足落马洲河套区")
    }


def test_a_programme_items_clauses_are_of_its_occasion(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """▶ 12月9日（下周三）：X开放日，当天9时至17时免费开放: the open day's, not a bare 免费开放."""
    body = "▶ 12月9日（下周三）：河套科学馆公众开放日，当天9时至17时免费开放，需提前预约。"
    assert _dated_labels(lexicon, segmenter, body, "2026-12-05") == {("2026-12-09", "河套科学馆公众开放日免费开放")}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (  # one person moves to the works, the works start: what one is done to, the other does
            ("2026-11-26", "上月中，施嘉琳转到第二期的地盘平整工程。"),
            ("2026-10-20", "港深创科园第二期的地盘平整工程已于本月展开。"),
        ),
        (  # two firms' B rounds of one size in one month
            ("2026-12-01", "河套深圳园区企业岚石智能近日宣布完成3亿元B轮融资。"),
            ("2026-12-17", "AI芯片企业芯视科技昨日宣布完成3亿元B轮融资。"),
        ),
    ],
)
def test_two_deeds_of_different_doers_stay_two(
    lexicon: Lexicon, segmenter: Segmenter, first: tuple[str, str], second: tuple[str, str]
) -> None:
    assert len(_milestones_of_two(lexicon, segmenter, first, second)) == 2


def test_a_correction_tells_only_the_right_wording(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """现更正如下：原文“申请时间为12月8日至12月18日”，应为“…12月10日至12月24日”: no event of the
    wrong days, nor of a quotation's opening."""
    body = (
        "本署于12月2日发布的《河套人才公寓第三期配租公告》中，开放申请时间有误，现更正如下：\n\n"
        "原文“申请时间为2026年12月8日至12月18日”，应为“申请时间为2026年12月10日至12月24日”。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-04")
    assert not [label for _, label in dated if "原文" in label or "应为" in label]
    assert all(date not in ("2026-12-08", "2026-12-18") for date, _ in dated)


def test_a_time_given_for_a_deed_and_results_to_be_published(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """配租结果预计于明年1月中旬公布，首批入住时间为明年2月: the results' release (no telling
    whose news follows) and the first moving in."""
    body = "配租结果预计于明年1月中旬公布，首批入住时间为明年2月。"
    assert _dated_labels(lexicon, segmenter, body, "2026-12-04") == {
        ("2027-01", "配租结果预计公布"),
        ("2027-02", "首批入住"),
    }


def test_what_is_discussed_and_what_a_platform_started_is_named_without_the_deed(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """委员会今日讨论X工程的拨款申请。…工程…目标于明年第二季动工: X工程, not 讨论X工程; 园区2日正式启用
    “羲和”平台。…平台二期…上线: the platform, not 园区2日正式启用….平台."""
    body = (
        "立法会工务小组委员会今日讨论港深创新及科技园第二期首阶段基础设施工程的拨款申请，工程预算费用约为62亿港元。\n\n"
        "发展局表示，工程涵盖约9公顷土地的平整，目标于明年第二季动工。\n\n"
        "园区2日正式启用跨境科研“羲和”算力调度平台。负责人表示，平台二期计划于明年第三季度上线。"
    )
    labels = {label for _, label in _dated_labels(lexicon, segmenter, body, "2026-12-03")}
    assert any(label.startswith("港深创新及科技园第二期首阶段基础设施工程") and "动工" in label for label in labels)
    assert "跨境科研“羲和”算力调度平台二期计划上线" in labels


def test_a_group_counted_grows_and_a_target_is_of_all_of_it(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """首批研究人员约40名，计划三年内扩充至120名: the researchers grow to 120 (not the first batch)."""
    body = "实验室租用一栋科研楼。首批研究人员约40名，计划三年内扩充至120名。"
    facts = _read(lexicon, segmenter, body, "2026-11-28")
    assert ("2029", "研究人员计划扩充至120名") in {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert ("研究人员", 120) in {(f.measure, f.value) for f in facts if f.kind is FactKind.FIGURE and f.is_target}


def test_an_interview_s_we_is_the_body_its_title_names_after_a_bar(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """專訪｜港深創科園公司行政總裁：…; 答：…我們預計…會再有約20間機構遷入: the company expects."""
    title = "專訪｜港深創科園公司行政總裁：明年將引入首批海外研究所"
    body = "問：進駐情況如何？\n\n答：現時約有90間機構進駐。我們預計今年第四季至明年第一季，會再有約20間機構遷入。"
    facts = Extractor(lexicon, segmenter).extract([Article("a", title, "2026-11-29", "zh-Hant", body)])
    assert [f.label for f in facts if f.kind is FactKind.MILESTONE] == ["港深创科园公司预计会再有约20间机构迁入"]


def test_a_flash_reports_just_now_is_its_day(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """快讯：刚刚，X揭牌成立: of the day the flash was published."""
    body = "快讯：刚刚，河套深港量子精密测量联合实验室在河套深圳园区揭牌成立。"
    assert _dated_labels(lexicon, segmenter, body, "2026-12-04") == {
        ("2026-12-04", "河套深港量子精密测量联合实验室在河套深圳园区揭牌成立")
    }


def test_a_roundups_lead_of_many_occasions_is_no_event(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """本周，两地的多项活动陆续落下帷幕。本周二，X结营: the items are the events, not the lead."""
    body = "南都讯 本周，河套深港两地的多项活动陆续落下帷幕。\n\n本周二，第六届河套青年创客营在园区结营。"
    assert _dated_labels(lexicon, segmenter, body, "2026-12-06") == {("2026-12-01", "第六届河套青年创客营在园区结营")}


def test_a_body_named_whole_however_long_is_the_subject_of_its_deed(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """德国应用科研机构X协会（…）旗下的一间研究所，昨日宣布…: X协会旗下研究所 announced."""
    body = (
        "德国应用科研机构弗劳恩霍夫协会（Fraunhofer-Gesellschaft）旗下的一间研究所，"
        "昨日宣布在港深创新及科技园设立其首间亚洲实验室。"
    )
    ((date, label),) = _dated_labels(lexicon, segmenter, body, "2026-12-02")
    assert date == "2026-12-01" and label.startswith("德国应用科研机构弗劳恩霍夫协会旗下研究所宣布")


def test_a_renters_area_and_a_staffs_aim_are_named_by_whom(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """初创「锂想科技」…租用X大楼约二千平方米楼面: 锂想科技租用面积; 公司现时有18名员工，目标明年底前
    增至40人: the staff's aim, not a measure called 目标."""
    rented = "本地电池初创「锂想科技」昨日与港深创科园公司签署租约，租用第二座大楼约二千平方米楼面。"
    aimed = "创办人表示，聆风科技现时有18名员工，目标明年底前增至40人。"
    figures = {
        (f.measure, f.value)
        for body in (rented, aimed)
        for f in _read(lexicon, segmenter, body, "2026-11-25")
        if f.kind is FactKind.FIGURE
    }
    assert ("锂想科技租用面积", 2000) in figures
    staff = {value: measure for measure, value in figures if value in (18, 40)}
    assert staff[40] == staff[18] != "目标"


def test_we_in_a_quotation_is_the_team_of_who_was_interviewed(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """创办人X接受访问时说：「我哋计划明年年中推出第一款产品」: X's team plans it."""
    body = "創辦人岑詩雅接受訪問時說：「我哋計劃明年年中推出第一款產品。」"
    assert _dated_labels(lexicon, segmenter, body, "2026-11-25") == {("2027-06", "岑诗雅团队计划推出第一款产品")}


def test_a_scientist_called_by_her_field_and_a_degree_ending_its_clause(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """在伦敦工作了十五年的生物学家X，今年三月带着团队回港: X came back; X一九八八年在香港大学毕业: an
    event (not …毕业后, a time)."""
    body = (
        "在英國倫敦工作了十五年的生物學家麥嘉敏，今年三月帶着團隊回港。"
        "麥嘉敏一九八八年在香港大學畢業，之後赴英國攻讀博士。"
    )
    assert _dated_labels(lexicon, segmenter, body, "2026-11-29") == {
        ("2026-03", "麦嘉敏带着团队回港"),
        ("1988", "麦嘉敏在香港大学毕业"),
    }


def test_a_hope_told_before_names_who_hopes(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X希望，明年底前可以完成Y: X's aim, not a deed of no one."""
    body = "麥嘉敏希望，明年底前可以完成首個新型抗菌藥物的臨床前研究。"
    ((date, label),) = _dated_labels(lexicon, segmenter, body, "2026-11-29")
    assert date == "2027-12" and label.startswith("麦嘉敏")


def test_a_count_named_after_its_number_grows_by_its_owner(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X现时约有2,300名从业员，公司预计到明年底增至约4,000人: X's workers grow, not the firm."""
    body = "據統計，港深創科園現時約有2,300名從業員，公司預計到明年底增至約4,000人。"
    assert _dated_labels(lexicon, segmenter, body, "2026-12-03") == {("2027-12", "港深创科园从业员预计增至约4,000人")}


def test_a_body_told_by_who_founded_it_and_a_firms_headquarters(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """由X与Y合作成立的Z，昨日…开幕: Z opened; 公司将在园区建设一栋约4.5万平方米的总部大楼，…动工: the
    firm's building breaks ground, its size aside."""
    opened = "由香港理工大學與深圳市計量質量檢測研究院合作成立的港深量子計量聯合實驗室，昨日（12月5日）在園區開幕。"
    built = (
        "12月1日，深圳钧天机器人有限公司与园区签署入园协议。根据协议，公司将在园区建设一栋约4.5万平方米的总部大楼，"
        "总投资约18亿元，计划明年下半年动工，2029年建成启用。"
    )
    labelled = _dated_labels(lexicon, segmenter, opened, "2026-12-06")
    assert labelled == {("2026-12-05", "港深量子计量联合实验室在园区开幕")}
    assert {label for _, label in _dated_labels(lexicon, segmenter, built, "2026-12-02")} == {
        "深圳钧天机器人有限公司与园区签署入园协议",
        "深圳钧天机器人有限公司总部大楼计划动工",
        "深圳钧天机器人有限公司总部大楼建成启用",
    }


def test_what_is_counted_after_its_number_names_the_figure(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """三年前公司只有十几名员工，如今已超过600人: the staff; 12台（套）装备进入…目录: the machines;
    150个单位则预计…入伙: the flats, not 单位则; 每日约有1,800人上班: how many work there."""
    body = (
        "钧天机器人成立于2019年。三年前公司只有十几名员工，如今已超过600人。"
        "今年以来，园区已有9家企业的12台（套）装备进入省级首台（套）推广目录。"
        "職員宿舍的首批150個單位則預計明年第三季入伙。園區目前每日約有1,800人上班。"
    )
    figures = {f.value: f.measure for f in _read(lexicon, segmenter, body, "2026-12-02") if f.kind is FactKind.FIGURE}
    assert figures[600] == "钧天机器人员工"
    assert figures[12] == "进入省级首台套推广目录的装备"
    assert figures[150] == "单位"
    assert figures[1800] == "上班人数"


def test_a_laboratory_opened_in_a_building_is_not_the_buildings_opening(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X实验室在Y第二座大楼开幕 and 出席Y第二座实验室大楼启用礼, one day: two openings, sharing only
    where and the kind of body."""
    opened = (
        "2026-12-06",
        "由香港理工大學與深圳市計量質量檢測研究院合作成立的港深量子計量聯合實驗室，"
        "昨日（12月5日）在港深創新及科技園第二座大樓開幕。",
    )
    ceremony = ("2026-12-05", "行政長官今日出席港深創新及科技園第二座實驗室大樓啟用禮。")
    merged = _milestones_of_two(lexicon, segmenter, opened, ceremony)
    assert [f.date for f in merged] == ["2026-12-05", "2026-12-05"]


def test_a_data_cards_lines_give_their_figure_first(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """● 2,860家：园区累计注册科技企业数量，… is a line of its own, its figure of what follows the
    colon; 今年新落地的深港合作科研项目63个 is a count, no event (▶ 7月：… is a date, no figure)."""
    body = (
        "记者从园区管理局获悉以下数据：\n\n● 2,860家：园区累计注册科技企业数量，较去年底增加410家；\n\n"
        "● 63个：今年新落地的深港合作科研项目；\n\n● 4.2万人次：今年经“科研人员专用通道”往返深港的人次。"
    )
    facts = _read(lexicon, segmenter, body, "2026-12-05")
    figures = {f.measure: f.value for f in facts if f.kind is FactKind.FIGURE}
    assert figures["园区累计注册科技企业数量"] == 2860
    assert figures["新落地深港合作科研项目"] == 63
    assert figures["“科研人员专用通道”往返深港人次"] == 42000
    assert not [f for f in facts if f.kind is FactKind.MILESTONE]


def test_a_works_phases_are_of_the_works_told_as_the_topic(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """由…推进的X工程，首期工程已于上月底完工。第二期工程将于…动工，涵盖…河段，预计…完成。届时，两地将…:
    X's phases, the aside of what it covers skipped; 届时，两地将… is of the day told last."""
    body = (
        "由深港两地政府合作推进的深圳河河套段生态修复工程，首期工程已于上月底完工。\n\n"
        "第二期工程将于明年3月动工，涵盖河套西侧约1.8公里河段，预计2028年底完成。"
        "届时，两地将在河畔开设一条跨境生态步道。届时，两园科研人员步行往来只需约10分钟。"
    )
    assert _dated_labels(lexicon, segmenter, body, "2026-12-03") == {
        ("2026-11", "深圳河河套段生态修复工程首期已完工"),
        ("2027-03", "深圳河河套段生态修复工程第二期将动工"),
        ("2028-12", "深圳河河套段生态修复工程第二期预计完成"),
        ("2028-12", "两地将在河畔开设一条跨境生态步道"),
    }


def test_a_builders_promise_and_change_and_the_complaints_it_got(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """承建商回覆查詢時表示，已於…起把打樁工序改在日間進行，並承諾由…起，所有工序…收工: a change and a
    promise told in the next clause; 署方上月共接獲14宗相關投訴: a figure, no event."""
    body = (
        "承建商回覆查詢時表示，已於本周一（11月30日）起把打樁工序改在日間進行，"
        "並承諾由下周一（12月7日）起，所有工序晚上九時前收工。環境保護署發言人則指，署方上月共接獲14宗相關投訴。"
    )
    facts = _read(lexicon, segmenter, body, "2026-12-04")
    assert {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE} == {
        ("2026-11-30", "承建商已把打桩工序改在日间进行"),
        ("2026-12-07", "承建商承诺所有工序晚上九时前收工"),
    }
    assert [(f.measure, f.value, f.unit) for f in facts if f.kind is FactKind.FIGURE] == [("相关投诉", 14, "宗")]


def test_a_schemes_first_run_its_call_and_a_survey(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """「X計劃」…，申請期由下月5日至明年2月15日: X opens for applications that day; 計劃於2024年首辦: X's
    first run; 今年參加者中約七成表示…: what a survey found, no event."""
    body = (
        "「河套暑期實習計劃」明年的名額將增至500個，申請期由下月5日至明年2月15日。"
        "計劃於2024年首辦，每月津貼一萬二千港元。署方指，今年參加者中約七成表示畢業後願意投身創科行業。"
    )
    assert _dated_labels(lexicon, segmenter, body, "2026-11-30") == {
        ("2026-12-05", "「河套暑期实习计划」开始接受申请"),
        ("2024", "河套暑期实习计划首办"),
    }


def test_a_funds_first_close_is_the_funds(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """设立规模50亿元的X基金，首期20亿元将于明年上半年完成募集: X's first close, in label and figure."""
    body = "他表示，深圳将与香港共同设立规模50亿元的深港科技合作基金，首期20亿元将于明年上半年完成募集。"
    facts = _read(lexicon, segmenter, body, "2026-12-06")
    assert {f.label for f in facts if f.kind is FactKind.MILESTONE} == {"深港科技合作基金首期20亿元将完成募集"}
    assert {f.measure for f in facts if f.kind is FactKind.FIGURE} >= {"深港科技合作基金首期"}


def test_a_product_by_its_code_and_a_shows_days(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """RL-208是一款…抗体，今年7月获得…许可: the product got it; X展将于…揭幕。…12月12日及13日为公众日: X's
    public days; 门票今日起於網上發售: an event."""
    product = "RL-208是一款针对晚期实体瘤的双特异性抗体，今年7月获得国家药品监督管理局的临床试验默示许可。"
    show = (
        "首屆河套醫療科技展將於下周四（12月10日）在港深創新及科技園揭幕。"
        "展覽首兩日為業界日，12月12日及13日為公眾日。公眾日門票今日起於網上發售。"
    )
    assert _dated_labels(lexicon, segmenter, product, "2026-12-01") == {
        ("2026-07", "RL-208获得国家药品监督管理局的临床试验默示许可")
    }
    assert {
        ("2026-12-12", "首届河套医疗科技展公众日举行"),
        ("2026-12-02", "公众日门票于网上发售"),
    } <= _dated_labels(lexicon, segmenter, show, "2026-12-02")


def test_an_agencys_notice_of_a_change_and_its_new_terms(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """運輸署今日公布，經…商討，X的配額將由…增加至200個，新配額由明年1月1日起生效: the change told, and
    X's new quota; 提供80個零至三歲幼兒的全日制名額: the places counted."""
    body = (
        "運輸署今日（12月5日）公布，經兩地政府商討，河套地區跨境科研車輛的配額將由現時的120個增加至200個，"
        "新配額由明年1月1日起生效。托兒中心預計明年九月啟用，提供80個零至三歲幼兒的全日制名額。"
    )
    facts = _read(lexicon, segmenter, body, "2026-12-05")
    assert {
        ("2026-12-05", "运输署公布河套地区跨境科研车辆的配额将由现时的120个增加至200个"),
        ("2027-01-01", "河套地区跨境科研车辆新配额生效"),
    } <= {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert ("全日制名额", 80) in {(f.measure, f.value) for f in facts if f.kind is FactKind.FIGURE}


def test_one_deed_done_to_two_things_or_words_shared_in_a_title_are_two_events(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """X的装修工程已展开 and Y的装修工程已展开 in one month; 《…跨境科研数据管理规定》施行 and 跨境科研车辆
    新配额生效 on one day: two events each."""
    works = _milestones_of_two(
        lexicon,
        segmenter,
        ("2026-11-28", "公司發言人昨日表示，托兒中心的裝修工程已於本月展開。"),
        ("2026-11-20", "港深創新及科技園第八座大樓的裝修工程已於本月展開。"),
    )
    in_force = _milestones_of_two(
        lexicon,
        segmenter,
        ("2026-12-01", "《河套深港科技创新合作区跨境科研数据管理规定》将于2027年1月1日起施行。"),
        ("2026-12-05", "河套地区跨境科研车辆的配额将增加至200个，新配额由明年1月1日起生效。"),
    )
    assert len(works) == 2
    assert len([f for f in in_force if f.date == "2027-01-01"]) == 2


def test_a_building_named_before_not_a_deed_on_it(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X博物馆今天起试开放。…每周一闭馆。…该馆于2024年6月动工: the museum broke ground, not 每周一闭馆;
    三年前，很多人对河套的印象还停留在…: a commentary's memory, no event."""
    museum = (
        "河套科技博物馆今天起试开放。试开放期间，每周一闭馆，法定节假日除外。"
        "据了解，该馆于2024年6月动工，今年9月完成布展。"
    )
    memory = "三年前，很多人对河套的印象还停留在一片待开发的土地；如今，两地园区已聚集了数千家科技企业。"
    assert _dated_labels(lexicon, segmenter, museum, "2026-12-06") == {
        ("2026-12-06", "河套科技博物馆试开放"),
        ("2024-06", "河套科技博物馆动工"),
        ("2026-09", "河套科技博物馆完成布展"),
    }
    assert _dated_labels(lexicon, segmenter, memory, "2026-12-02") == set()


def test_a_projects_cost_told_before_its_name_and_two_papers_in_one_journal(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """总投资约45亿元的X项目将于…开工: X's cost; two teams' papers in 《自然·材料》 in one month: two."""
    body = "其中，总投资约45亿元的化合物半导体研发制造基地项目将于明年一季度开工。"
    measures = {f.measure for f in _read(lexicon, segmenter, body, "2026-12-03") if f.kind is FactKind.FIGURE}
    assert "化合物半导体研发制造基地项目总投资" in measures
    papers = _milestones_of_two(
        lexicon,
        segmenter,
        (
            "2026-12-04",
            "香港城市大學與深圳一間企業組成的聯合團隊研製出新型光刻膠，"
            "相關論文於當地時間本周三（12月2日）在國際期刊《自然·材料》發表。",
        ),
        ("2026-12-20", "近日，深港先进材料联合实验室团队在国际学术期刊《自然·材料》发表论文，报道了一种新材料。"),
    )
    assert len(papers) == 2


def test_what_was_gazetted_and_counts_by_what_they_did(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """政府今日刊憲，根據《收回土地條例》收回…土地: what was gazetted is the deed, not the ordinance;
    23个在建工地开展为期一个月的…检查: the sites; 收盘报22.76港元: the closing price."""
    gazette = "政府今日（4日）刊憲，根據《收回土地條例》收回落馬洲河套區以南約3.2公頃私人土地。"
    counted = (
        "园区管理部门表示，将于下周起对园区内全部23个在建工地开展为期一个月的消防安全专项检查。"
        "上市首日，公司股价高开后震荡上行，收盘报22.76港元。"
    )
    assert _dated_labels(lexicon, segmenter, gazette, "2026-12-04") == {
        ("2026-12-04", "政府刊宪收回落马洲河套区以南约3.2公顷私人土地")
    }
    measures = {
        f.value: f.measure for f in _read(lexicon, segmenter, counted, "2026-12-05") if f.kind is FactKind.FIGURE
    }
    assert measures[23] == "在建工地"
    assert measures[22.76] == "收盘价"


def test_a_live_reports_tellings_and_a_lot_called_by_its_number(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """【12:00】落馬洲站旁A2號創科用地今日…截標 (A2號 is no day); 地政總署公布，…; 有測量師估計，…: tellings,
    no events; …目標在明年1月底前公布結果: the lot's result."""
    body = (
        "【12:00】落馬洲站旁A2號創科用地今日中午12時截標。\n\n【13:20】地政總署公布，該幅用地共收到6份標書。\n\n"
        "【15:05】有測量師估計，用地的成交價介乎38億至45億元。\n\n"
        "【16:40】發展局局長表示，政府會盡快完成評審，目標在明年1月底前公布結果。"
    )
    assert _dated_labels(lexicon, segmenter, body, "2026-12-07") == {
        ("2026-12-07", "落马洲站旁A2号创科用地截标"),
        ("2027-01", "落马洲站旁A2号创科用地招标结果将公布"),
    }


def test_a_numbered_item_ending_in_a_semicolon_is_no_heading(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """资助额最高的三个项目分别是：1. X，资助800万元；2. Y，资助650万元；: each item a sentence of its own,
    none a heading over the next."""
    body = (
        "获资助项目中，资助额最高的三个项目分别是：\n\n1. 太赫兹芯片关键技术研究，资助800万元；\n\n"
        "2. 肝癌精准用药平台，资助650万元；\n\n3. 跨境科研数据隐私计算系统，资助600万元。"
    )
    texts = {f.value: f.text for f in _read(lexicon, segmenter, body, "2026-12-02") if f.kind is FactKind.FIGURE}
    assert texts[6.5e6] == "2. 肝癌精准用药平台，资助650万元；"
    assert texts[6e6] == "3. 跨境科研数据隐私计算系统，资助600万元。"


def test_who_founded_a_firm_after_renting_its_first_lab(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """2023年春天，刚从港科大博士毕业的X，带着两名师弟在园区租下…实验室，创办了Y: X founded Y then."""
    body = "2023年春天，刚从香港科技大学博士毕业的邝宇航，带着两名师弟在河套深圳园区租下一间实验室，创办了云岫光电。"
    assert ("2023-03", "邝宇航创办了云岫光电") in _dated_labels(lexicon, segmenter, body, "2026-12-04")


def test_a_yearly_schedule_and_who_is_counted_by_where_they_work(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """补贴每年申报一次，…在当年9月底前发放: a schedule, no event; 1,582名受聘於X的非本地人才獲批來港工作:
    those admitted; 园区约有2,000名境外人才可受惠: those who gain (not 境外人才可)."""
    body = (
        "补贴每年申报一次，申报时间为每年3月1日至6月30日，补贴资金原则上在当年9月底前发放。"
        "园区约有2,000名境外人才可受惠。"
        "截至今年11月底，共有1,582名受聘於港深創新及科技園進駐機構的非本地人才獲批來港工作。"
    )
    facts = _read(lexicon, segmenter, body, "2026-12-03")
    assert not [f for f in facts if f.kind is FactKind.MILESTONE]
    measures = {f.value: f.measure for f in facts if f.kind is FactKind.FIGURE}
    assert measures[2000] == "受惠境外人才"
    assert measures[1582] == "获批来港工作的非本地人才"


def test_many_bodies_of_a_kind_are_counted_and_one_named_inside_another_is_not_shared(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """X大學、Y大學、Z大學聯同A大學及B大學，昨日…宣布組建…: X大学等五所大学; a centre run by 香港大学深圳医院
    opening and 香港大学河套研究院 unveiled in one month: two events."""
    many = (
        "香港科技大學、香港理工大學、南方科技大學聯同英國劍橋大學及新加坡國立大學，"
        "昨日（4日）在港深創新及科技園宣布組建「河套新一代電池研究聯盟」。"
    )
    assert _dated_labels(lexicon, segmenter, many, "2026-12-05") == {
        ("2026-12-04", "香港科技大学等五所大学在港深创新及科技园宣布组建「河套新一代电池研究联盟」")
    }
    two = _milestones_of_two(
        lexicon,
        segmenter,
        ("2026-11-30", "河套深港國際醫療中心位於河套深圳園區南區，由香港大學深圳醫院參與營運，今年6月開業。"),
        ("2026-07-02", "6月，香港大学河套研究院在深圳园区揭牌。"),
    )
    assert len(two) == 2


def test_the_supporting_rules_of_a_document_passed_and_a_count_of_more(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """审议通过《X》。…会议要求，有关部门要在明年一季度出台配套实施细则: X's rules; 已有21台大型科研仪器纳入
    共享平台，明年还将新增约15台: 15 more instruments."""
    body = (
        "11月30日，市政府召开常务会议，审议通过《河套深圳园区促进低空经济发展若干措施》。"
        "会议要求，有关部门要在明年一季度出台配套实施细则。"
        "据悉，园区目前已有21台大型科研仪器纳入共享平台，明年还将新增约15台。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2026-12-01")
    assert ("2027-03", "有关部门要出台《河套深圳园区促进低空经济发展若干措施》配套实施细则") in labels
    assert ("2027", "园区将新增约15台大型科研仪器") in labels


def test_a_hall_named_before_and_opening_hours_extended_to_a_weekday(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """港深創科園展覽廳…。展覽廳去年12月開放: the park's hall; 由明年1月起把開放時間延長至星期六: from January
    (星期六 is which days it opens, no date)."""
    body = (
        "港深創新及科技園展覽廳已接待超過3,000名中小學生。港深創科園公司表示，展覽廳去年12月開放。"
        "公司將由明年1月起把開放時間延長至星期六。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2026-12-03")
    assert ("2025-12", "港深创新及科技园展览厅开放") in labels
    assert {date for date, label in labels if "星期六" in label} == {"2027-01"}


def test_a_months_year_after_works_told_for_next_year_and_a_fairs_next_one(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """天橋將於明年1月5日起分兩階段進行維修，預計3月底完成。…第二階段由2月中開始: the bridge's, next February,
    told after next year's dates; 下一場暫定於明年3月舉行: the fair's next one, vague to any other article."""
    bridge = (
        "路政署今日表示，天橋將於明年1月5日起分兩階段進行維修，預計3月底完成。"
        "第一階段工程為期約一個月；第二階段由2月中開始，主要更換天橋的伸縮縫。"
    )
    assert ("2027-02", "天桥第二阶段开始") in _dated_labels(lexicon, segmenter, bridge, "2026-12-04")
    fairs = _milestones_of_two(
        lexicon,
        segmenter,
        ("2026-12-07", "港深創科園公司表示，初步計劃明年起每季舉辦一次夜市，下一場暫定於明年3月舉行。"),
        ("2026-11-20", "港深創科園公司表示，河套創科嘉年華明年將移師港深創科園第一期園區舉行。"),
    )
    assert ("2027-03", "下一场夜市举行") in {(f.date, f.label) for f in fairs} and len(fairs) == 2


def test_what_a_notice_tells_and_a_systems_phase(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X今日发布通知，Y试点再度扩容: the notice's news; X区域供冷系统的第二期供冷站…。第二期工程於去年8月展開:
    the system's second phase, not the park's."""
    notice = "中国人民银行深圳市分行今日发布通知，“科汇通”试点再度扩容。"
    system = (
        "機電工程署表示，港深創新及科技園區域供冷系統的第二期供冷站已完成測試，將於下月中旬投入服務。"
        "第二期工程於去年8月展開，總投資約6.8億港元。"
    )
    assert _dated_labels(lexicon, segmenter, notice, "2026-12-10") == {
        ("2026-12-10", "中国人民银行深圳市分行发布通知，“科汇通”试点再度扩容")
    }
    assert ("2025-08", "港深创新及科技园区域供冷系统第二期工程展开") in _dated_labels(
        lexicon, segmenter, system, "2026-11-27"
    )


def test_a_meeting_named_whole_a_start_up_and_its_partner(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X…技术委员会第十二次全体会议，昨日在…闭幕: the meeting named whole; 本地初创X今日宣布…。…公司已与Y签署…，
    双方将…: the start-up and Y; 收入按年增长约三倍 is a figure's change, no event."""
    meeting = "国际标准化组织海洋观测仪器分技术委员会第十二次全体会议，昨日在河套深圳园区落幕。"
    assert _dated_labels(lexicon, segmenter, meeting, "2026-10-15") == {
        ("2026-10-14", "国际标准化组织海洋观测仪器分技术委员会第十二次全体会议在河套深圳园区落幕")
    }
    start_up = (
        "本地初创澜汐科技今日宣布完成8,000万港元天使轮融资。澜汐科技去年收入按年增长约三倍。"
        "其创办人表示，公司已与东莞一家模具企业签署合作备忘录，双方将于明年5月前在港深创科园合建一条中试线。"
    )
    assert _dated_labels(lexicon, segmenter, start_up, "2026-10-15") == {
        ("2026-10-15", "本地初创澜汐科技宣布完成8,000万港元天使轮融资"),
        ("2027-05", "澜汐科技与东莞一家模具企业将在港深创科园合建一条中试线"),
    }


def test_a_document_called_by_its_kind_and_a_consultations_end(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """发布《X办法》。办法自…起施行: X施行, by its title; 就Y展开为期六周的公众咨询，至…结束: Y's consultation
    ends, not its organiser."""
    document = "福田区科技局昨日发布《河套科研用房租金补贴办法》。办法自明年2月1日起施行，有效期两年。"
    assert ("2027-02-01", "《河套科研用房租金补贴办法》施行") in _dated_labels(
        lexicon, segmenter, document, "2026-11-10"
    )
    consulted = "规划署今日就新田北单车径网络展开为期六周的公众咨询，至明年1月8日结束。"
    assert ("2027-01-08", "新田北单车径网络公众咨询结束") in _dated_labels(lexicon, segmenter, consulted, "2026-11-27")


def test_a_length_of_what_follows_an_estimate_and_ways_listed(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """一条长约450米的有盖天桥: the footbridge's length; 造价估计约3亿港元: 造价 (an estimate is no part of
    it); 经罗湖口岸、落马洲口岸往返…的学生: the ways listed are no part of who; 其中… is of 1月至10月 too."""
    body = (
        "方案包括一条长约450米的有盖天桥及一座升降机塔。天桥造价估计约3亿港元。"
        "今年1月至10月，经罗湖口岸、落马洲口岸往返两地园区的实习学生达2.3万人次。其中，来自香港的约9,000人次。"
    )
    figures = {
        (f.measure, f.value, f.date) for f in _read(lexicon, segmenter, body, "2026-11-05") if f.kind is FactKind.FIGURE
    }
    assert ("有盖天桥长度", 450, "2026-11-05") in figures
    assert ("天桥造价", 3e8, None) in figures
    assert ("往返两地园区实习学生", 23000, "2026-10") in figures
    assert {date for measure, value, date in figures if value == 9000} == {"2026-10"}


def test_a_permit_that_marks_a_building_done_and_what_is_expected_of_the_rest(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """…向X大楼发出占用许可证，标志大楼正式落成。…大楼预计…迁入: X大楼 (标志 is a verb, no name); 其余两座
    大楼…料于明年下半年相继完成: the rest, 料 a modal."""
    body = (
        "屋宇署昨日向港深創科園第一期第五座大樓發出佔用許可證，標誌大樓正式落成。"
        "港深創科園公司表示，大樓預計明年3月起陸續有租戶遷入。"
        "第一期另外兩座大樓則仍在進行裝修，料於明年年底前相繼完成。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2026-11-10")
    assert ("2027-03", "港深创科园第一期第五座大楼预计陆续有租户迁入") in labels
    assert ("2027-12", "港深创科园第一期另外两座大楼料相继完成") in labels


def test_a_captions_credit_ends_it_and_what_is_held_in_two_months(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """▲…互动。某报记者 X 摄 is the caption's end, not the start of the story's first sentence; 明年起X将…，
    分别安排在5月和10月: X's, in each month (明年起 no part of X)."""
    body = (
        "▲11月8日，市民在园区开放日上参观超净实验室。晨报记者 区嘉诺 摄\n\n"
        "晨报讯（记者 区嘉诺）今天，河套深圳园区举办第二届实验室开放日，吸引约3,000人次参观。"
        "主办方表示，明年起实验室开放日将增至每年两次，分别安排在5月和10月。"
    )
    facts = _read(lexicon, segmenter, body, "2026-11-08")
    (held,) = [f for f in facts if f.kind is FactKind.MILESTONE and f.date == "2026-11-08"]
    assert held.label == "河套深圳园区举办第二届实验室开放日" and "摄" not in held.text
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {("2027-05", "实验室开放日分别安排"), ("2027-10", "实验室开放日分别安排")} <= labels


def test_a_closing_quote_a_speed_limit_and_kinds_counted_together(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """截至…收盘，X报…元/股: X's closing price; 最高车速为每小时25公里: per hour, as written; 9家高校和科研
    机构: both kinds (not 企业代表, people)."""
    body = (
        "截至11月20日收盘，澄川生物报31.08元/股。园区无人小巴最高车速为每小时25公里。"
        "9家高校和科研机构昨日签署合作协议。会上，200余名专家学者和企业代表参与讨论。"
    )
    facts = _read(lexicon, segmenter, body, "2026-11-21")
    figures = {(f.measure, f.value, f.label) for f in facts if f.kind is FactKind.FIGURE}
    assert ("澄川生物收盘价", 31.08, "澄川生物收盘价 31.08元") in figures
    assert ("园区无人小巴最高车速", 25, "园区无人小巴最高车速 每小时25公里") in figures
    assert ("高校和科研机构", 9, "高校和科研机构 9家") in figures
    assert not [measure for measure, value, _ in figures if value == 200 and "企业" in (measure or "")]


def test_a_launch_done_with_a_rocket_and_a_firm_that_built_it(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """…，我国在X使用运载火箭，成功将Y卫星发射升空: the launch, not the rocket's use; 园区企业X自主研制 names
    a firm, which a later 公司 stands for; 由8颗卫星组成的星座: the constellation's satellites."""
    body = (
        "新华社太原3月2日电 3月2日9时10分，我国在太原卫星发射中心使用运载火箭，成功将“鹏澜二号”卫星发射升空。"
        "该卫星由园区企业星屿航天自主研制。星屿航天负责人表示，公司计划到2029年完成由8颗卫星组成的星座组网。"
    )
    facts = _read(lexicon, segmenter, body, "2027-03-02")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert ("2027-03-02", "我国成功将“鹏澜二号”卫星发射升空") in labels
    assert ("2029", "星屿航天计划完成由8颗卫星组成的星座组网") in labels
    assert [(f.measure, f.value) for f in facts if f.kind is FactKind.FIGURE] == [("星座卫星", 8)]


def test_a_schemes_period_extended_and_a_rent_per_square_foot(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """局长并宣布，计划的申请期将延长至…: the scheme's, told before (not 局长并计划…); 写字楼的月租大约在每平方呎
    20至26元之间: the offices' rent, per square foot; 第二座大楼明年初落成: the park named in the lead's."""
    scheme = (
        "局长今日出席「河套科研助理资助计划」分享会时表示，计划自今年五月推出以来反应理想。"
        "局长并宣布，计划的申请期将延长至二○二八年六月三十日。"
    )
    assert ("2028-06-30", "河套科研助理资助计划的申请期将延长") in _dated_labels(
        lexicon, segmenter, scheme, "2026-10-20"
    )
    rent = (
        "港深創科園首批大樓啟用近一年。答：園區寫字樓的月租大約在每平方呎20至26元之間。"
        "第二座大樓明年初落成後，供應會增加。"
    )
    facts = _read(lexicon, segmenter, rent, "2026-10-20")
    assert [(f.measure, f.label) for f in facts if f.kind is FactKind.FIGURE] == [
        ("园区写字楼月租", "园区写字楼月租 每平方呎20–26元")
    ]
    assert ("2027", "港深创科园第二座大楼落成") in {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}


def test_a_cards_holders_and_a_firms_first_satellite(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """河套科研通行证是…凭证，…目前持证人约900名: the pass's holders; 公司创办人表示，首颗…卫星计划…发射: the
    firm's satellite."""
    card = "河套科研通行证是园区为跨境科研人员提供的通关凭证，2025年首次签发，目前持证人约900名。"
    assert [f.measure for f in _read(lexicon, segmenter, card, "2026-10-01") if f.kind is FactKind.FIGURE] == [
        "河套科研通行证持证人"
    ]
    firm = "本地初创「云穹航天」昨日宣布完成A轮融资。公司创办人表示，首颗自主研发的气象卫星计划明年发射升空。"
    assert ("2027", "云穹航天首颗自主研发的气象卫星计划发射升空") in _dated_labels(
        lexicon, segmenter, firm, "2026-10-01"
    )


def test_a_fault_and_what_it_did_and_time_spent_is_no_event(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X今早因电力故障，Y服务中断约半小时: the fault and what it did (中断 an event verb); 有乘客表示，…今早
    花了近一个小时: how long it took someone, no event; 基因 is no cause (恒基因宣布，已…: its deed)."""
    body = "园区穿梭巴士系统今早因电力故障，北区至南区一段服务中断约半小时。有乘客表示，今早花了近一个小时才到实验室。"
    assert _dated_labels(lexicon, segmenter, body, "2026-11-02") == {
        ("2026-11-02", "园区穿梭巴士系统因电力故障，北区至南区一段服务中断约半小时")
    }
    firm = "本地生物科技公司恒基因昨日宣布，已与港深创新及科技园有限公司签署租约。"
    assert _dated_labels(lexicon, segmenter, firm, "2026-11-02") == {
        ("2026-11-01", "本地生物科技公司恒基因已与港深创新及科技园有限公司签署租约")
    }


def test_months_counted_a_height_limit_a_plot_and_a_clinic(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """平台今年1—10月累计…，服务企业260家: of October too; 把高度限制由主水平基准上50米放宽至70米: the limit;
    约3公顷的「政府、机构或社区」用地: the plot's area; 门诊部将…: the clinic named before; 根据《城市规划条例》
    names no policy."""
    body = (
        "园区共享平台今年1—10月累计提供检测服务8,000次，服务企业260家。"
        "城规会根据《城市规划条例》展示修订，把约3公顷的「政府、机构或社区」用地改划为研发用途，"
        "并把最高建筑物高度限制由主水平基准上50米放宽至70米。"
        "河套东区康复门诊部昨日开诊。门诊部明年将增设儿科。"
    )
    facts = _read(lexicon, segmenter, body, "2026-11-20")
    figures = {(f.measure, f.value, f.date) for f in facts if f.kind is FactKind.FIGURE}
    assert {("服务企业", 260, "2026-10"), ("最高建筑物高度限制", 70, "2026-11-20")} <= figures
    assert [measure for measure, value, _ in figures if value == 3] == ["「政府、机构或社区」用地面积"]
    assert ("2027", "河套东区康复门诊部将增设儿科") in {
        (f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE
    }
    assert not [f for f in facts if f.kind is FactKind.POLICY]


def test_values_told_respectively_for_the_years_listed(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """2023年、2024年及2025年，公司收入分别为…，同期亏损分别为…: each value of its year, under its measure
    (同期: the same years); no event of it."""
    body = (
        "招股书显示，2023年、2024年及2025年，澄岳科技收入分别为0.8亿元、1.5亿元和3.1亿元，"
        "同期亏损分别为6,100万元、3,900万元和1,200万元。"
    )
    facts = _read(lexicon, segmenter, body, "2026-11-30")
    figures = sorted((f.measure or "", f.date or "", f.value or 0) for f in facts if f.kind is FactKind.FIGURE)
    assert figures == [
        ("亏损", "2023", 6.1e7),
        ("亏损", "2024", 3.9e7),
        ("亏损", "2025", 1.2e7),
        ("澄岳科技收入", "2023", 8e7),
        ("澄岳科技收入", "2024", 1.5e8),
        ("澄岳科技收入", "2025", 3.1e8),
    ]
    assert not [f for f in facts if f.kind is FactKind.MILESTONE]


def test_the_rest_of_a_batch_a_call_open_until_a_day_and_a_season_that_describes(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """X首批六座大楼…，首三座…，其余三座…: the batch's, 首 said once (not 首批两座…其余五座, the park's); 推出
    「X体验营」…即日起至…可经网上报名: X's call closes; 观察冬季过境的候鸟: no date; 一直举办至…候鸟季结束:
    it runs on; 实验室…通过建设验收: the laboratory named before."""
    batch = (
        "建筑署宣布，港深创科园第二期首批六座大楼的建造合约已批出。首三座大楼预计于2029年落成，其余三座则于2030年完成。"
    )
    labels = _dated_labels(lexicon, segmenter, batch, "2026-11-30")
    assert ("2030", "港深创科园第二期首批其余三座大楼则完成") in labels
    assert ("2029", "港深创科园第二期首三座大楼预计落成") in labels  # 首 said once
    camp = (
        "园区推出「河套观鸟体验营」，由下月6日起逢星期日出发，参加者可观察冬季过境的候鸟。"
        "公众即日起至12月20日可经网上报名。体验营会一直举办至明年2月底候鸟季结束。"
    )
    assert _dated_labels(lexicon, segmenter, camp, "2026-11-30") == {
        ("2026-12-06", "「河套观鸟体验营」逢星期日出发"),
        ("2026-12-20", "河套观鸟体验营报名截止"),
        ("2027-02", "体验营会一直举办"),
    }


def test_a_vote_works_listed_whole_and_counts_since_a_founding(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """财委会…以35票赞成、3票反对，通过约40亿元拨款: what was passed; 用于X的道路、排水及绿化工程。工程…:
    the works whole; X挂牌成立，此后陆续出台科研、人才等方面支持措施30余项: 支持措施, counted to now;
    租用约600平方米楼面设立实验室: the space rented."""
    vote = (
        "立法會財務委員會昨日以35票贊成、3票反對，通過約40億元撥款，用於古洞北創科用地的道路、排水及綠化工程。"
        "發展局表示，工程預計明年第三季動工。"
    )
    assert _dated_labels(lexicon, segmenter, vote, "2026-11-14") == {
        ("2026-11-13", "立法会财务委员会通过约40亿元拨款"),
        ("2027-09", "古洞北创科用地的道路、排水及绿化工程预计动工"),
    }
    body = (
        "2022年3月，园区服务中心挂牌成立，此后陆续出台科研、人才等方面支持措施30余项。"
        "本地初创澄观智能昨日宣布进驻港深创科园，租用约600平方米楼面设立实验室。"
    )
    figures = {
        (f.measure, f.value, f.date) for f in _read(lexicon, segmenter, body, "2026-11-14") if f.kind is FactKind.FIGURE
    }
    assert ("支持措施", 30, "2026-11-14") in figures
    assert [measure for measure, value, _ in figures if value == 600] == ["本地初创澄观智能租用面积"]


def test_what_is_set_up_opens_an_event_put_off_and_a_schemes_next_edition(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """计划在园区设立一个…的X中心，最快明年中开始运作: X opens; 原定…举行的“X”活动，延期至…举行: X's;
    「X计划」…。第三届计划将于…招生: X's third; 其中25人已获园区企业聘用: those hired, of the trainees."""
    body = (
        "政府计划在港深创科园设立一个处理跨境科研合约纠纷的调解中心，最快明年中开始运作。"
        "受暴雨影响，原定11月21日举行的“河套科学定向赛”，延期至11月28日举行。"
        "港深创科园公司推出的「创科见习生计划」昨日举行结业礼，40名学员完成为期三个月的见习，其中25人已获园区企业聘用。"
        "第三届计划将于明年3月招生。"
    )
    facts = _read(lexicon, segmenter, body, "2026-11-17")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {
        ("2027-06", "调解中心最快开始运作"),
        ("2026-11-28", "“河套科学定向赛”延期举行"),
        ("2027-03", "第三届「创科见习生计划」将招生"),
    } <= labels
    figures = {(f.measure, f.value) for f in facts if f.kind is FactKind.FIGURE}
    assert {("学员", 40), ("获园区企业聘用的学员", 25)} <= figures


def test_a_firms_evening_notice_phases_by_their_figures_and_a_survey(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X11月20日晚公告称，公司已与…签署…: X's; 拟建设Y基地。…分两期建设：一期投资…，预计…投产；二期…，计划…完成:
    Y's phases; X公布的调查显示… and 另有两成半受访者计划转工 are no events; 在改道三个月后检讨: its start."""
    firm = (
        "衡川材料11月20日晚公告称，公司已与园区管理方签署投资协议，拟在园区投资建设新型显示材料中试基地。"
        "公告显示，项目总投资约8亿元，分两期建设：一期投资3亿元，预计2027年底建成投产；二期投资5亿元，计划2029年完成。"
    )
    assert _dated_labels(lexicon, segmenter, firm, "2026-11-21") == {
        ("2026-11-20", "衡川材料已与园区管理方签署投资协议，拟在园区投资建设新型显示材料中试基地"),
        ("2027-12", "新型显示材料中试基地一期预计建成投产"),
        ("2029", "新型显示材料中试基地二期计划完成"),
    }
    survey = (
        "一间顾问公司昨日公布的调查显示，园区科研人员月薪中位数约4.5万港元。另有两成半受访者计划在未来一年转工。"
        "B3X线明日起改道。运输署会在改道三个月后检讨服务。"
    )
    assert _dated_labels(lexicon, segmenter, survey, "2026-11-21") == {
        ("2026-11-22", "B3X线改道"),
        ("2027-02", "运输署会检讨服务"),
    }


def test_a_level_reached_after_a_date_to_come_is_aimed_for_then(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """第三届计划将于明年3月招生，名额增至120个: the quota then, an aim (not today's level)."""
    body = "港深创科园公司表示，第三届计划将于明年3月招生，名额增至120个。"
    (quota,) = [f for f in _read(lexicon, segmenter, body, "2026-11-20") if f.kind is FactKind.FIGURE]
    assert (quota.measure, quota.value, quota.date, quota.is_target) == ("名额", 120, "2027-03", True)


def test_housing_told_as_accommodation_its_batches_and_a_fairs_visitors(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X的青年人才住宿提供约800个单位，预计…落成: the housing's (住宿 a noun, its places its own); 首批约
    200个单位…: a batch of those places; 预计吸引约2万人次参观 after a fair told for a day: by then;
    推出「X津贴」，每月最多可获一千五百元: a subsidy scheme, with its amount."""
    body = (
        "园区第二期的青年人才住宿提供约800个单位，预计于2028年第二季分批落成。"
        "首批约200个单位已于今年9月开始接受登记。"
        "首届河套创客集市将于下周六在园区广场开幕，预计吸引约2万人次参观。"
        "园区管理方于今年5月推出「青年人才通勤津贴」，合资格人士每月最多可获一千五百元津贴。"
    )
    facts = _read(lexicon, segmenter, body, "2026-11-23")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert ("2028-06", "园区第二期的青年人才住宿预计分批落成") in labels
    figures = {(f.measure, f.value, f.date) for f in facts if f.kind is FactKind.FIGURE}
    assert {
        ("园区第二期的青年人才住宿单位", 800, "2026-11-23"),
        ("园区第二期的青年人才住宿首批单位", 200, "2026-09"),
        ("参观人次", 20000, "2026-12-05"),
    } <= figures
    assert {(f.label, f.qualifier) for f in facts if f.kind is FactKind.POLICY} == {
        ("青年人才通勤津贴", "最多可获一千五百元")
    }


def test_a_schemes_trial_a_review_after_its_launch_a_calls_last_day_and_what_was_made(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """计划自…起在约N名X中试行: the scheme named before, tried among N (参与试行的X); 当局将在计划推出
    一年后检讨: a year after the launch to come; 须于DATE前…报名: the call of the fair told before closes;
    加快建设X，力争…具备…条件: X's aim; 研发出一种X…，预计最快…可应用于Y: X is put to use."""
    scheme = (
        "金管局昨日宣布，「河套科研人员理财便利计划」将于明年3月1日推出。"
        "金管局表示，计划自今年9月起在约150名科研人员中试行；当局将在计划推出一年后检讨。"
    )
    facts = _read(lexicon, segmenter, scheme, "2026-11-24")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {("2026-09", "河套科研人员理财便利计划在约150名科研人员中试行"), ("2028", "当局将检讨")} <= labels
    assert {(f.measure, f.value, f.date) for f in facts if f.kind is FactKind.FIGURE} == {
        ("参与试行的科研人员", 150, "2026-09")
    }
    fair = (
        "园区将于12月12日在人才驿站举办冬季专场招聘会，提供岗位约600个。"
        "求职者须于12月8日前通过园区公众号报名。"
        "二是加快建设园区北区人行连廊，力争年底前具备开放条件。"
        "实验室上周宣布，团队研发出一种新型钠离子电池正极材料。团队预计最快2029年可用于储能电站。"
    )
    assert {
        ("2026-12-08", "冬季专场招聘会报名截止"),
        ("2026-12", "园区北区人行连廊力争具备开放条件"),
        ("2029", "新型钠离子电池正极材料预计最快可用于储能电站"),
    } <= _dated_labels(lexicon, segmenter, fair, "2026-11-24")


def test_a_consultation_an_accident_by_night_and_a_new_chair(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """征求意见时间：A至B after 起草了《X（征求意见稿）》: X's consultation opens and closes; 一辆X驶经Y时，
    …后翻侧: X overturned (the when-clause no event); 至今日凌晨零时30分才重开: done today; 委任X为Y，任期由…
    起: X takes office then; 感谢Z自…起担任主席期间的贡献: Z's start; 已于…送样: an event; 模拟…: none."""
    notice = (
        "我局起草了《河套深圳园区实验室安全管理办法（征求意见稿）》，现向社会公开征求意见。"
        "一、征求意见时间：2026年11月20日至2026年12月20日。"
    )
    assert _dated_labels(lexicon, segmenter, notice, "2026-11-20") == {
        ("2026-11-20", "《河套深圳园区实验室安全管理办法（征求意见稿）》征求意见开始"),
        ("2026-12-20", "《河套深圳园区实验室安全管理办法（征求意见稿）》征求意见截止"),
    }
    night = (
        "一辆旅游巴士昨晚8时许驶经园区环路近二号门时，失控撞向路边灯柱后侧翻。环路至今日凌晨零时30分才重开。"
        "消防处上周举行演练，模拟实验楼发生气体泄漏。"
    )
    assert _dated_labels(lexicon, segmenter, night, "2026-11-20") == {
        ("2026-11-19", "一辆旅游巴士失控撞向路边灯柱后侧翻"),
        ("2026-11-20", "环路重开"),
        ("2026-11-13", "消防处举行演练"),
    }
    chair = (
        "政府今日宣布，委任黎嘉欣为河套深港创新研究院有限公司董事局主席，任期由2027年4月1日起，为期两年。"
        "局长感谢冯志远自2019年起担任主席期间的贡献。公司首款激光雷达芯片已于今年7月送样。"
    )
    assert _dated_labels(lexicon, segmenter, chair, "2026-11-20") >= {
        ("2027-04-01", "黎嘉欣出任河套深港创新研究院有限公司董事局主席"),
        ("2019", "冯志远担任主席"),
        ("2026-07", "公司首款激光雷达芯片已送样"),
    }


def test_a_meetings_passed_plan_a_growth_aim_and_an_explainers_answer(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """召开…会议，听取今年工作情况汇报，审议通过《X》: passed then, by who met (今年 names the report's year);
    已有约80间企业进驻，预计明年底前增至120间: 进驻企业 then, and the milestone says so; 加快推进X建设，确保…前
    交付Y: X's; 压缩至6个月以内 is no date; 月租约9,000元, 约20间共享实验室, 专利拥有量 read whole."""
    meeting = (
        "11月20日，园区管委会召开第三次全体会议，听取今年工作情况汇报，审议通过《园区2027年招商工作方案》。"
        "园区已有约80间企业进驻，预计明年底前增至120间。同时加快推进青年公寓二期建设，确保明年6月前交付首批单位。"
        "园区将把审批时限压缩至6个月以内。"
    )
    facts = _read(lexicon, segmenter, meeting, "2026-11-23")
    assert {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE} == {
        ("2026-11-20", "园区管委会召开第三次全体会议"),
        ("2026-11-20", "园区管委会审议通过《园区2027年招商工作方案》"),
        ("2027-12", "进驻企业预计增至120间"),
        ("2027-06", "青年公寓二期确保交付首批单位"),
    }
    assert ("进驻企业", 120, "2027-12", True) in {
        (f.measure, f.value, f.date, f.is_target) for f in facts if f.kind is FactKind.FIGURE
    }
    rooms = "单人房月租约9,000元。首阶段将开放约20间共享实验室。截至10月底，园区有效发明专利拥有量达到5,200件。"
    assert {
        (f.measure, f.value, f.qualifier)
        for f in _read(lexicon, segmenter, rooms, "2026-11-23")
        if f.kind is FactKind.FIGURE
    } >= {("单人房月租", 9000, "约"), ("共享实验室", 20, "约"), ("园区有效发明专利拥有量", 5200, "达到")}
    explainer = (
        "园区青年公寓二期将于明年4月入住，以下为申请安排：\n\n1. 什么时候接受申请？\n\n"
        "12月10日上午9时起，经园区网站递交。"
    )
    facts = Extractor(lexicon, segmenter).extract(
        [Article("a", "一文看清｜园区青年公寓二期申请安排", "2026-11-23", "zh-Hans", explainer)]
    )
    assert {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE} == {
        ("2027-04", "园区青年公寓二期将入住"),
        ("2026-12-10", "园区青年公寓二期接受申请"),
    }


def test_a_bulletins_issue_is_no_event_and_a_bare_road_is_the_one_named(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X局3日发布通报，今年1至10月…: what the bulletin says is the news, not its issue; 驶经Y连接路…。道路至
    今日凌晨…才重开: Y连接路 reopened."""
    body = (
        "市水务局3日发布通报，今年1至10月，河口水质稳定达标。"
        "一辆货车昨晚驶经园区北侧连接路时翻侧。道路至今日凌晨1时才重开。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2026-11-24")
    assert ("2026-11-24", "园区北侧连接路重开") in labels
    assert not [label for _, label in labels if "通报" in label]


def test_a_court_a_projects_fields_a_column_in_the_first_person_and_kinds_listed(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """X涉嫌于上月…盗窃…，昨日提堂: X提堂 (涉嫌 is the theft's); 将案件押后至…再讯: 案件押后再讯; 项目名称：Y
    … 总投资：… … 建设工期：A至B: Y's figures, start and end; a column signed （作者为…）: 我 is the author,
    and 我是在…搬到…的 a deed; 首批入驻餐饮、书店等商户30家: 首批入驻商户."""
    court = "一名28岁男子涉嫌于上月在园区盗窃一部显微镜，昨日在粉岭裁判法院提堂。裁判官将案件押后至明年2月3日再讯。"
    assert _dated_labels(lexicon, segmenter, court, "2026-11-24") >= {
        ("2026-11-23", "一名28岁男子在粉岭裁判法院提堂"),
        ("2027-02-03", "案件押后再讯"),
    }
    fields = "项目名称：园区青年创新中心\n\n总投资：约9.6亿元\n\n建设工期：2027年5月至2028年10月"
    facts = _read(lexicon, segmenter, fields, "2026-11-24")
    assert {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE} == {
        ("2027-05", "园区青年创新中心开工"),
        ("2028-10", "园区青年创新中心竣工"),
    }
    assert [f.measure for f in facts if f.kind is FactKind.FIGURE] == ["园区青年创新中心总投资"]
    column = "我是在去年九月从悉尼搬到河套深圳园区的。下个月，我会回澳洲探亲。\n\n（作者为园区一间实验室的研究员）"
    assert _dated_labels(lexicon, segmenter, column, "2026-11-24") == {
        ("2025-09", "作者从悉尼搬到河套深圳园区"),
        ("2026-12", "作者会回澳洲探亲"),
    }
    mall = "园区商业街昨日开业，首批入驻餐饮、书店等商户30家。"
    assert ("首批入驻商户", 30) in {(f.measure, f.value) for f in _read(lexicon, segmenter, mall, "2026-11-24")}


def test_an_obituary_a_data_release_in_dashes_a_works_part_and_a_days_steps(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """前会长X教授…病逝。…1960年赴美国深造…。他…提交…。丧礼将于…举行: X's, each; X发布今年1—10月主要指标：
    ——产值…；——…较年初净增N家: of October, the change no level; Y的地基工程已完成，上盖工程预计…展开，
    目标…落成: Y's works, Y finished; 行程安排如下：10:00 参观…: a day's step, no event; 预计每场吸引市民约
    2,000人次: at the occasion told before."""
    obituary = (
        "香港物理学会前会长叶伟森教授于本月3日病逝。叶教授1960年赴美国深造，1970年回港任教。"
        "2015年，他联同多名学者提交建议书。丧礼将于本月18日举行。"
    )
    assert _dated_labels(lexicon, segmenter, obituary, "2026-11-24") >= {
        ("1960", "叶教授赴美国深造"),
        ("2015", "叶伟森联同多名学者提交建议书"),
        ("2026-11-18", "叶伟森的丧礼将举行"),
    }
    data = (
        "园区管理局5日发布今年1—10月主要经济指标：\n\n——工业总产值96.5亿元；\n\n——科技企业达到820家，较年初净增75家。"
    )
    figures = {
        (f.measure, f.value, f.date) for f in _read(lexicon, segmenter, data, "2026-11-06") if f.kind is FactKind.FIGURE
    }
    assert {("工业总产值", 96.5e8, "2026-10"), ("科技企业", 820, "2026-10")} <= figures
    assert not [value for _, value, _ in figures if value == 75]
    works = (
        "局长指，第二期首批三座大楼的地基工程已于今年8月完成，上盖工程预计明年第二季展开，目标2030年起分阶段落成。"
        "夜市将于本周五开市，预计每场吸引市民约2,000人次。行程安排如下：\n\n10:00 参观园区展厅"
    )
    facts = _read(lexicon, segmenter, works, "2026-11-24")
    assert {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE} >= {
        ("2027-06", "第二期首批三座大楼的上盖工程预计展开"),
        ("2030", "第二期首批三座大楼将分阶段落成"),
    }
    assert not [f for f in facts if f.kind is FactKind.MILESTONE and "展厅" in f.label]
    assert ("2026-11-27", 2000) in {(f.date, f.value) for f in facts if f.kind is FactKind.FIGURE}


def test_a_board_announcement_a_festivals_week_before_and_sums_converted(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """X董事会宣布，本公司附属公司已于…订立租赁协议，…自DATE起生效: X's, and the lease takes effect; 年租金约
    N港元（约合M元人民币）: one sum; 新春市集则定于农历新年前一周开市: a week before, without 则; 将有30家机构
    展示…: 参展机构; 向12家初创企业共投资1.85亿元: the investment, and the start-ups counted alone."""
    board = (
        "河套智造（股份代号：2766）董事会宣布，本公司全资附属公司已于2026年11月20日与园区管理方订立租赁协议，"
        "租用约2万平方呎楼面，为期五年，自2027年1月1日起生效。年租金约900万港元（约合820万元人民币）。"
        "新春市集则定于农历新年前一周开市。届时将有30家机构展示新产品。基金向12家初创企业共投资1.85亿元。"
    )
    facts = _read(lexicon, segmenter, board, "2026-11-24")
    assert {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE} >= {
        ("2026-11-20", "河套智造全资附属公司已与园区管理方订立租赁协议"),
        ("2027-01-01", "租赁协议生效"),
        ("2027-01-30", "新春市集开市"),
    }
    figures = {(f.measure, f.value) for f in facts if f.kind is FactKind.FIGURE}
    assert {("年租金", 9e6), ("参展机构", 30), ("初创企业", 12), ("初创企业投资", 1.85e8)} <= figures
    assert not [value for _, value in figures if value == 8.2e6]


def test_a_weeks_bars_a_firms_exit_cuts_and_a_walkway_built(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """周三｜X主体结构封顶，预计…交付: X (not ｜X); Y昨日证实，已于上月底撤出园区，并裁减约20名员工: Y left,
    its confirming no deed, 裁减员工 20; 配建储能系统2兆瓦时和充电桩24个: 配建充电桩; 公布Z通道…咨询结果。…
    2030年完成建造: Z is built."""
    body = (
        "周三｜园区青年公寓六期主体结构封顶，预计明年8月交付。"
        "初创「岚桥科技」昨日证实，已于上月底撤出园区，并裁减约20名员工。"
        "电站配建储能系统2兆瓦时和充电桩24个。"
        "路政署今日公布园区东侧行人天桥公众咨询结果。署方表示，目标2030年完成建造。"
    )
    facts = _read(lexicon, segmenter, body, "2026-11-25")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {("2027-08", "园区青年公寓六期预计交付"), ("2030", "园区东侧行人天桥将完成建造")} <= labels
    assert not [label for _, label in labels if label.endswith("证实") or label.startswith("｜")]
    figures = {(f.measure, f.value) for f in facts if f.kind is FactKind.FIGURE}
    assert {("裁减员工", 20), ("配建充电桩", 24)} <= figures


def test_a_chronologys_bare_step_a_prize_named_and_an_explainers_when(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """2025年3月 项目动工 … 2026年5月 主体结构封顶: the project's; …结果揭晓，X的“Y”专利获得金奖: X won
    then; 一文睇清｜Z第二轮申请 … 1. 几时开始申请？ 12月8日起…递交: Z第二轮开始申请."""
    chronology = (
        "12月1日，园区低温电镜平台正式启用。\n\n【链接】项目大事记\n\n2025年3月 低温电镜平台项目动工"
        "\n\n2026年5月 主体结构封顶"
        "\n\n12月3日，第十届深港专利奖评选结果在深圳揭晓，园区企业澄光科技的“一种光子芯片封装方法”专利获得金奖。"
    )
    labels = _dated_labels(lexicon, segmenter, chronology, "2026-12-04")
    assert {
        ("2025-03", "低温电镜平台项目动工"),
        ("2026-05", "低温电镜平台项目主体结构封顶"),
        ("2026-12-03", "园区企业澄光科技的“一种光子芯片封装方法”专利获得金奖"),
    } <= labels
    explainer = "园区人才津贴第二轮申请即将展开，以下为申请须知：\n\n1. 几时开始申请？\n\n12月8日起，经园区网站递交。"
    facts = Extractor(lexicon, segmenter).extract(
        [Article("a", "一文睇清｜园区人才津贴第二轮申请", "2026-12-04", "zh-Hans", explainer)]
    )
    assert ("2026-12-08", "园区人才津贴第二轮开始申请") in {
        (f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE
    }


def test_a_fare_named_by_its_route_an_average_of_a_count_and_a_review_after_service(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """X局…发布通告，自…起，来往A与B的穿梭巴士票价由…调整为…: the fare's, not the bureau's; 共运送乘客约
    30万人次，日均约900人次: 日均运送乘客; 会在服务投入三个月后检讨: from the start told before."""
    body = (
        "市交通运输局11月20日发布通告，自2027年1月1日起，来往园区与上水站的接驳巴士单程票价由18元调整为12元。"
        "该线路今年1至10月共运送乘客约30万人次，日均约900人次。"
        "新巴士线将于本月28日起投入服务。署方会在服务投入三个月后检讨乘客量。"
    )
    facts = _read(lexicon, segmenter, body, "2026-11-21")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert ("2027-01-01", "来往园区与上水站的接驳巴士单程票价由18元调整为12元") in labels
    assert ("2027-02", "署方会检讨乘客量") in labels
    assert ("日均运送乘客", 900) in {(f.measure, f.value) for f in facts if f.kind is FactKind.FIGURE}


def test_two_signings_with_one_park_on_one_day_stay_two(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X已与园区管理方签署投资协议 and 园区与Y签署协议, told by two articles of one day: the park is shared,
    the other parties differ, so they are two signings (not one fact citing both)."""
    first = (
        "2026-11-21",
        "澄岭材料11月20日晚公告称，公司已与河套深圳园区管理方签署投资协议，拟在园区投资建设新型材料中试基地。",
    )
    second = ("2026-11-21", "11月20日，河套深圳园区与北欧理工学院（NIT）签署协议，共建河套量子传感联合实验室。")
    signed = [f for f in _milestones_of_two(lexicon, segmenter, first, second) if f.date == "2026-11-20"]
    assert len(signed) == 2, [f.label for f in signed]


def test_a_system_referred_to_as_the_one_named_before(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """促请政府加快兴建连接X与Y的集体运输系统。…有关系统的可行性研究预计明年年中完成: that system's study."""
    body = (
        "区议会昨日通过动议，促请政府加快兴建连接园区与粉岭站的集体运输系统。"
        "运输署代表表示，有关系统的可行性研究预计明年年中完成。"
    )
    assert ("2027-06", "集体运输系统的可行性研究预计完成") in _dated_labels(lexicon, segmenter, body, "2026-11-24")


def test_a_named_study_and_an_unnamed_one_stay_two(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X系统的可行性研究预计明年年中完成 and 政府会在明年年中完成可行性研究 (of something else), told by two
    articles: one study is named, the other not, so they are not one fact."""
    first = ("2026-11-24", "运输署表示，集体运输系统的可行性研究预计明年年中完成。")
    second = ("2026-11-24", "局长表示，政府正研究增设跨境巴士站，并会在明年年中完成可行性研究。")
    studies = [f for f in _milestones_of_two(lexicon, segmenter, first, second) if f.date == "2027-06"]
    assert len(studies) == 2, [f.label for f in studies]


def test_an_authority_named_by_its_department_or_bureau_is_the_subject_left_out(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """园区管理部门立即责令…，并于次日起开展…: the department, not 园区; 研究院获教育部门批准…，将…招收:
    the institute, whom the ministry approved."""
    checked = _dated_labels(
        lexicon,
        segmenter,
        "11月3日，园区一处工地发生火警。事发后，园区管理部门立即责令该工地停工，并于次日起开展消防安全检查。",
        "2026-11-04",
    )
    assert ("2026-11-04", "园区管理部门开展消防安全检查") in checked
    approved = _dated_labels(
        lexicon, segmenter, "该大学昨日表示，其河套学院获教育部门批准设立，将于明年9月起招收首批本科生。", "2026-11-04"
    )
    assert ("2027-09", "该大学河套学院将招收首批本科生") in approved


def test_a_bare_weekday_after_a_span_told_is_a_day_of_that_span(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """大会将于本周四至周五举行。…周四上午…，下午设两场分论坛；周五举行项目路演及签约活动 (told on a
    Monday): that Friday, the conference's (not the afternoon's), and 签约活动 after 举行 is a deed."""
    body = (
        "首届河套数字经济大会将于本周四至周五在园区举行。"
        "大会为期两天，周四上午举行开幕式，下午设两场分论坛；周五举行项目路演及签约活动。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2026-11-23")
    assert ("2026-11-27", "首届河套数字经济大会举行项目路演及签约活动") in labels
    assert not any(date == "2026-11-20" for date, _ in labels)  # not last Thursday


def test_what_happens_then_is_an_event_of_the_time_told_before(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X将于明年1月1日启用，届时旧大厅停止使用: the old hall closes then; 届时可提供约十公顷 is a state."""
    labels = _dated_labels(
        lexicon, segmenter, "园区新服务大厅将于明年1月1日起启用，届时旧服务大厅同步停止使用。", "2026-11-23"
    )
    assert ("2027-01-01", "旧服务大厅同步停止使用") in labels
    state = _dated_labels(lexicon, segmenter, "有关工程预计于2029年完成，届时可提供约十公顷的研发用地。", "2026-11-23")
    assert [label for _, label in state if "提供" in label] == []


def test_a_subject_carries_over_an_adverb_before_the_verb(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """新大楼已于今年10月通过验收，11月起先后开展了三轮演练: the building's drills."""
    body = "新大楼已于今年10月通过验收，11月起先后开展了三轮消防演练。"
    assert ("2026-11", "新大楼先后开展了三轮消防演练") in _dated_labels(lexicon, segmenter, body, "2026-12-01")


def test_a_conference_referred_to_bare_is_the_series_named_before(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """首届X大会将于…举行。大会今年3月首次对外宣布，…明年起由两地轮流承办: X大会, not 首届 for the series."""
    body = (
        "首届河套数字经济大会将于下月在园区举行。"
        "大会由两地政府联合主办，今年3月首次对外宣布。主办方表示，大会今后将每年举办一次，明年起由两地轮流承办。"
    )
    labels = {label for _, label in _dated_labels(lexicon, segmenter, body, "2026-11-23")}
    assert {"河套数字经济大会首次对外宣布", "河套数字经济大会今后由两地轮流承办"} <= labels


def test_a_founder_is_no_firm_and_a_funded_firm_is_one(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """见到X科技创办人Y时: no firm 人Y时; X科技去年年中完成A轮融资: X is the firm a later 公司 is;
    员工人数由当初的六人增至现时约四十人: the staff, not 当初."""
    body = (
        "记者见到澜汐科技创办人邝志朗时，他正在调试设备。"
        "澜汐科技去年年中完成A轮融资，员工人数由当初的六人增至现时约四十人。"
        "上个月，公司首款产品在日本取得认证。"
    )
    facts = _read(lexicon, segmenter, body, "2026-12-07")
    assert ("2026-11", "澜汐科技首款产品在日本取得认证") in {
        (f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE
    }
    (staff,) = _find(facts, FactKind.FIGURE, lambda f: f.value == 40)
    assert staff.measure == "澜汐科技员工人数"


def test_years_a_study_took_date_its_end_from_its_start(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """该研究始于2021年，团队历时四年完成: done in 2025, the study being what was done; a study whose
    start is told only after (该研究历时五年完成。团队于2020年起…) gets no date from an earlier one."""
    body = (
        "近日，河套澄江材料研究院的团队在国际期刊发表论文。"
        "该研究始于2021年，团队历时四年完成，期间与香港一所大学开展了联合实验。"
        "此前，该团队已于今年3月获得一项国际专利授权。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2026-11-23")
    assert {
        ("2025", "河套澄江材料研究院团队完成研究"),
        ("2021", "河套澄江材料研究院团队的研究开始"),
        ("2026-03", "河套澄江材料研究院团队已获得一项国际专利授权"),
    } <= labels
    later = _dated_labels(lexicon, segmenter, "2019年，团队组建。该研究历时五年完成。", "2026-11-23")
    assert not any("完成" in label for _, label in later)


def test_during_a_closure_is_from_its_start(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """交通部门决定，自12月12日起至明年3月31日，对X路实施封闭施工。施工期间，4路公交车临时改道: both
    from the 12th, the closure the department's; 施工期间，车辆请绕行 is advice, no event."""
    body = (
        "交通部门决定，自12月12日起至2027年3月31日，对园区内福贤路实施半封闭施工。"
        "施工期间，园区7路公交车临时改道。施工期间，过往车辆请绕行福强路。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2026-12-07")
    assert {("2026-12-12", "交通部门对园区内福贤路实施半封闭施工"), ("2026-12-12", "园区7路公交车临时改道")} <= labels
    assert not any("绕行" in label for _, label in labels)
    offering = _dated_labels(lexicon, segmenter, "澜星科技今日起至下周一（十一月七日）招股。", "2050-11-03")
    assert offering == {("2050-11-03", "澜星科技招股")}  # the bracket ends the range, it does not move its start


def test_hearsay_is_dropped_and_the_tenants_are_the_buildings(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X第六座大楼据悉将于本月中旬取得入伙纸，首批租户最快明年二月迁入: the building will; its tenants."""
    body = "另外，园区第六座大楼据悉将于本月中旬取得入伙纸，首批租户最快明年二月迁入。"
    assert {("2026-12", "园区第六座大楼将取得入伙纸"), ("2027-02", "园区第六座大楼首批租户最快迁入")} <= _dated_labels(
        lexicon, segmenter, body, "2026-12-07"
    )


def test_an_award_named_before_and_those_chosen(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """2026年度“X”评选结果揭晓，共有10人获评，其中香港科研人员4人。评选自今年9月启动: “X”评选, of the
    series; the four are of those chosen, not the zone's Hong Kong researchers."""
    body = (
        "12月6日晚，2026年度“河套青年之星”评选结果揭晓，共有10人获评，其中香港科研人员4人。"
        "评选自今年9月启动，明年起评选将扩大至团队类别。"
    )
    facts = _read(lexicon, segmenter, body, "2026-12-07")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {("2026-09", "“河套青年之星”评选启动"), ("2027", "“河套青年之星”评选将扩大至团队类别")} <= labels
    assert {f.measure for f in _find(facts, FactKind.FIGURE, lambda f: f.value == 4)} == {"获评香港科研人员"}


def test_a_motion_passed_is_the_event_and_its_ask_goes_with_it(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """区议会昨日以15票赞成、0票反对通过动议，促请政府…: the council passed a motion asking…; 通过动议
    alone is an event too (jieba tags 通过 a preposition)."""
    body = "区议会昨日以12票赞成、1票反对通过动议，促请政府增设来往园区的巴士路线。"
    assert ("2026-12-06", "区议会通过动议，促请政府增设来往园区的巴士路线") in _dated_labels(
        lexicon, segmenter, body, "2026-12-07"
    )
    assert ("2026-12-06", "区议会通过动议") in _dated_labels(lexicon, segmenter, "区议会昨日通过动议。", "2026-12-07")


def test_a_posts_time_field_is_the_edition_it_announced(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """第九期“云端沙龙”本周六举行。📍时间：12月12日…: one occasion, that edition; 上一期沙龙 is the
    series' last."""
    body = (
        "【活动预告】第九期“云端沙龙”本周六举行，邀请两位学者分享研究。\n\n"
        "📍时间：12月12日（周六）14:00—17:00\n\n"
        "上一期沙龙于11月14日举行，吸引了约50名科研人员参加。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2026-12-07")
    assert [label for date, label in labels if date == "2026-12-12"] == ["第九期“云端沙龙”举行"]
    assert ("2026-11-14", "云端沙龙上一期举行") in labels


def test_a_call_open_between_two_days_opens_and_closes(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """印发《X办法》。…首批申报时间为2027年1月4日至1月29日: the call opens on the 4th and closes on the
    29th of that January, under the rules; their 安家补助5万元 is the rules' amount, no figure."""
    body = (
        "园区管理局昨日印发《河套深圳园区青年人才住房补贴办法》。"
        "根据办法，博士后研究人员可申请一次性安家补助5万元。"
        "首批申报时间为2027年1月4日至1月29日。"
    )
    facts = _read(lexicon, segmenter, body, "2026-12-08")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {
        ("2027-01-04", "《河套深圳园区青年人才住房补贴办法》首批申报开始"),
        ("2027-01-29", "《河套深圳园区青年人才住房补贴办法》首批申报截止"),
    } <= labels
    assert _find(facts, FactKind.FIGURE, lambda f: f.value == 50_000) == []


def test_measures_named_by_letter_are_named_by_what_they_do(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """措施包括：（a）…；（b）…。措施（a）由明年1月1日起生效，措施（b）则会于明年第二季推出: each by
    its item, without 则."""
    body = (
        "两项措施包括：（a）把科研人员通行证的有效期延长至两年；（b）为园区租户提供预先清关服务。"
        "措施（a）由2027年1月1日起生效，措施（b）则会于明年第二季推出。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2026-12-07")
    assert {
        ("2027-01-01", "把科研人员通行证的有效期延长至两年的措施生效"),
        ("2027-06", "为园区租户提供预先清关服务的措施会推出"),
    } <= labels


def test_a_deal_announced_is_the_news_and_the_deal_completes(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X昨晚公布，拟以约3.2亿港元收购Y的全部股权。交易须待…批准，预期于明年第一季完成."""
    body = "澄明科技昨晚公布，拟以约2亿港元收购衡川电子的全部股权。交易须待股东大会批准，预期于明年第一季完成。"
    labels = _dated_labels(lexicon, segmenter, body, "2026-12-07")
    assert {
        ("2026-12-06", "澄明科技拟以约2亿港元收购衡川电子的全部股权"),
        ("2027-03", "收购衡川电子的全部股权的交易预期完成"),
    } <= labels


def test_values_listed_by_year_are_one_measure_and_no_events(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """现答覆如下：…园区研发人员数目如下：二〇二四年底约四百人；二〇二五年底约一千一百人: one series of the
    measure the list names (not 答覆's), and a bare value is no event."""
    body = "现答复如下：根据公司的资料，园区研发人员数目如下：2024年底约四百人；2025年底约一千一百人。"
    facts = _read(lexicon, segmenter, body, "2026-12-02")
    assert {(f.measure, f.date, f.value) for f in facts if f.kind is FactKind.FIGURE} == {
        ("园区研发人员数目", "2024-12", 400),
        ("园区研发人员数目", "2025-12", 1100),
    }
    assert [f for f in facts if f.kind is FactKind.MILESTONE] == []


def test_a_camp_named_after_a_festival_and_its_closing_day(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """「圣诞科学营」将于12月24日至1月2日举行 (圣诞 names it, no date); 科学营共设200个名额，…即日起接受
    网上报名，截止日期为本月18日: the camp takes applications, closing on the 18th; 元旦日 is 1 January."""
    body = (
        "公司今日宣布，「圣诞科学营」将于12月24日至1月2日举行。"
        "科学营共设200个名额，费用全免，即日起接受网上报名，截止日期为本月18日。"
        "科学营期间，园区亦会于元旦日举办亲子开放日。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2026-12-07")
    assert {
        ("2026-12-24", "「圣诞科学营」将举行"),
        ("2026-12-07", "科学营接受网上报名"),
        ("2027-01-01", "园区会举办亲子开放日"),
    } <= labels
    assert any(date == "2026-12-18" and label.endswith("报名截止") for date, label in labels)
    assert not any(date == "2026-12-25" for date, _ in labels)


def test_an_oral_account_is_told_by_the_one_named_in_its_lead(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """（X，…。以下为其口述，经记者整理。）… 2022年，我们拿到了第一笔天使投资: X's team's; 我是2021年从
    香港来到河套的，…: a cleft before a comma tells the deed too."""
    body = (
        "（梁嘉言，香港大学博士，河套某初创企业创始人。以下为其口述，经记者整理。）\n\n"
        "我是2021年从香港来到河套的，那时候园区里还到处是工地。\n\n"
        "2022年，我们拿到了第一笔天使投资。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2026-12-07")
    assert {("2022", "梁嘉言团队拿到了第一笔天使投资"), ("2021", "梁嘉言从香港来到河套")} <= labels


def test_two_funds_second_rounds_stay_two(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """河套科创天使基金第二期预计明年上半年完成募集 and another article's 基金管理人计划明年上半年完成第二期
    募集 (of another fund): a named fund and an unnamed one are two."""
    first = ("2026-12-07", "河套科创天使基金于2023年设立。基金第二期预计明年上半年完成募集。")
    second = ("2026-12-04", "河套深港母基金近日完成首期募集。基金管理人表示，计划明年上半年完成第二期募集。")
    rounds = [f for f in _milestones_of_two(lexicon, segmenter, first, second) if f.date == "2027-06"]
    assert len(rounds) == 2, [f.label for f in rounds]


def test_a_public_notice_opens_and_closes_and_its_builder_is_the_project(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """现对X项目环境影响报告表进行公示，公示期为12月7日至12月18日。…建设单位计划…于明年3月动工."""
    body = (
        "现对河套深圳园区细胞治疗中试基地项目环境影响报告表进行公示，公示期为2026年12月7日至12月18日。"
        "建设单位计划在取得环评批复后于明年3月动工。"
    )
    assert {
        ("2026-12-07", "河套深圳园区细胞治疗中试基地项目环境影响报告表公示开始"),
        ("2026-12-18", "河套深圳园区细胞治疗中试基地项目环境影响报告表公示截止"),
        ("2027-03", "河套深圳园区细胞治疗中试基地项目计划在取得环评批复后动工"),
    } <= _dated_labels(lexicon, segmenter, body, "2026-12-07")


def test_a_tournaments_stages_are_its_own(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """首届“X杯”足球赛开赛。…淘汰赛将于12月19日起举行，决赛定于12月27日。…明年起该赛事将每年举办一届，并增设
    女子组: the contest's stages; 该赛事 is the contest (not its first edition), 每年 is the holding's alone."""
    body = (
        "12月5日，首届“河套杯”深港青年篮球赛在园区开赛。"
        "淘汰赛将于12月19日起举行，决赛定于12月27日。"
        "明年起该赛事将每年举办一届，并增设女子组。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2026-12-07")
    assert {
        ("2026-12-19", "首届“河套杯”深港青年篮球赛淘汰赛将举行"),
        ("2026-12-27", "首届“河套杯”深港青年篮球赛决赛举行"),
        ("2027", "“河套杯”深港青年篮球赛将每年举办一届"),
        ("2027", "“河套杯”深港青年篮球赛将增设女子组"),
    } <= labels


def test_a_delegation_is_named_by_who_led_it_and_two_stay_two(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """由X副市长率领的科技代表团…。代表团参观了…: that delegation; another article's Y局长率领业界代表团到访
    on the same day is another visit."""
    first = (
        "2026-12-05",
        "12月3日，由丹麦奥胡斯市副市长率领的科技代表团抵达河套深圳园区访问。当天下午，代表团参观了园区中试平台。",
    )
    second = ("2026-12-04", "创新科技及工业局局长昨日率领业界代表团到访河套深圳园区。")
    visits = [f for f in _milestones_of_two(lexicon, segmenter, first, second) if f.date == "2026-12-03"]
    assert "丹麦奥胡斯市副市长率领的科技代表团参观了园区中试平台" in {f.label for f in visits}
    assert all(len({s.article_id for s in f.sources}) == 1 for f in visits), [f.label for f in visits]


def test_a_years_arrivals_are_a_count_not_an_event(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """报告又提到，港深创科园今年已吸引约六十间机构落户: a figure, no event of a day."""
    facts = _read(lexicon, segmenter, "报告又提到，港深创科园今年已吸引约六十间机构落户。", "2026-12-03")
    assert [f for f in facts if f.kind is FactKind.MILESTONE] == []
    assert [f.value for f in facts if f.kind is FactKind.FIGURE] == [60]


def test_where_a_firm_sits_is_no_part_of_who_goes_on(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """总部设于X的Y昨日通过上市聆讯，将于下周一起招股，预计…挂牌: Y offers its shares and lists, not 总部;
    系统自今年8月开始建设: the system named before."""
    body = "总部设于港深创科园的澜星机器人昨日通过上市聆讯，将于下周一起招股，预计12月22日挂牌。"
    labels = _dated_labels(lexicon, segmenter, body, "2026-12-07")
    assert {("2026-12-14", "澜星机器人将招股"), ("2026-12-22", "澜星机器人预计挂牌")} <= labels
    built = "园区智慧停车系统于本周一正式上线。园区介绍，系统自今年8月开始建设，10月完成试运行。"
    assert ("2026-08", "园区智慧停车系统开始建设") in _dated_labels(lexicon, segmenter, built, "2026-12-08")


def test_a_level_grown_to_a_date_keeps_its_verb(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """研究人员将由目前约60人增至明年底约100人: 增至 is the verb, not 至 the date's; 于同季举行: the quarter
    told before; 实验室会举行…: the laboratory named before."""
    body = (
        "澄泉海洋实验室昨日宣布迁入园区。研究人员将由目前约60人增至明年底约100人。"
        "实验室预计明年第一季全面运作，并会于同季举行开放日。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2026-12-08")
    assert {
        ("2027-12", "研究人员将由目前约60人增至约100人"),
        ("2027-03", "澄泉海洋实验室会举行开放日"),
    } <= labels


def test_a_consultation_and_a_hearing_close_their_calls(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """就《X（修订草案）》公开征求意见，截止日期为…: the draft's consultation closes; 有意参加听证会的人士须于
    12月11日前报名: the hearing's call."""
    body = (
        "法制工作委员会日前发布公告，就《河套园区管理条例（修订草案）》公开征求意见，截止日期为2026年12月31日。"
        "有意参加听证会的人士须于12月11日前报名。"
    )
    assert {
        ("2026-12-31", "《河套园区管理条例（修订草案）》征求意见截止"),
        ("2026-12-11", "听证会报名截止"),
    } <= _dated_labels(lexicon, segmenter, body, "2026-12-07")


def test_a_holiday_after_a_plan_told_is_to_come(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """书院上月底正式成立。…明年将每月举办一场讲座，并于暑假期间开设青少年科学营: next summer's, and the
    academy named before (「河套书院」), not a bare 书院."""
    body = (
        "「澄海书院」将于下月10日举行首场公开讲座。书院上月底正式成立。"
        "书院表示，明年将每月举办一场公开讲座，并于暑假期间开设青少年科学营。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2026-12-07")
    assert {("2026-11", "澄海书院正式成立"), ("2027-07", "澄海书院开设青少年科学营")} <= labels


def test_a_rescheduled_occasion_is_what_is_held(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """原定…的「X」，因…故障，主办方宣布延期，改于…举行: X is held then, not 主办方临时; 开放日当天将…: that
    day; 未能出席者，可于…前致电…: a choice, no event; 今年为第三届，首届于2024年举办: the first X."""
    body = (
        "原定本月2日举行的「澄湾科普周末」，因礼堂电力系统故障，主办方随即宣布延期，改于本月16日举行。"
        "科普周末当天将开放两间实验室。未能于新日期出席者，可于本月10日前致电退票。"
        "今年的澄湾科普周末为第四届，首届于2023年举办。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2026-12-07")
    assert {
        ("2026-12-16", "「澄湾科普周末」改期举行"),
        ("2026-12-16", "科普周末将开放两间实验室"),
        ("2023", "首届澄湾科普周末举办"),
    } <= labels
    assert not any("退票" in label for _, label in labels)


def test_an_interviews_we_is_the_body_its_lead_names(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """对话｜一家…实验室负责人: 我们 is the laboratory the lead names; 我们的X完成…, 向…递交了…申请 are its;
    上个月获得受理: the application filed."""
    body = (
        "位于园区的澄光基因编辑实验室成立于2022年。本报记者专访了实验室主任。\n"
        "问：进展如何？\n"
        "答：去年底，我们的第一款候选疗法完成了动物实验，今年5月向药监部门提交了注册申请，上个月获得受理。"
        "今年初，我们的首个项目向药监部门提交了资料。"
    )
    facts = _read(lexicon, segmenter, body, "2026-12-07", title="对话｜园区一家基因编辑实验室负责人：明年进入临床")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {
        ("2025-12", "澄光基因编辑实验室的第一款候选疗法完成了动物实验"),
        ("2026-05", "澄光基因编辑实验室向药监部门提交了注册申请"),
        ("2026-11", "注册申请获得受理"),
        ("2026", "澄光基因编辑实验室的首个项目向药监部门提交了资料"),
    } <= labels


def test_a_contracts_tender_and_its_works_are_named(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X工程合约，已于…批出: the contract, not the works; 工程范围包括…，预计…动工: the works; 是次招标: the
    contract's; 详细设计: of what the study before was of."""
    body = (
        "路政署昨日公布，澄湾科技园第三期的道路及排水工程合约，已于11月20日批出。"
        "工程范围包括新建约1公里道路及一座泵房，预计明年3月动工。是次招标于今年5月展开。"
        "另外，连接园区与口岸的一条行人天桥的可行性研究已于上月完成，详细设计将于明年展开。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2026-12-02")
    assert {
        ("2026-11-20", "澄湾科技园第三期的道路及排水工程合约已批出"),
        ("2026-05", "道路及排水工程合约招标展开"),
        ("2027", "连接园区与口岸的一条行人天桥的详细设计将展开"),
    } <= labels
    assert any(date == "2027-03" and label.endswith("工程预计动工") and "范围" not in label for date, label in labels)


def test_a_papers_own_notes_and_steps_of_a_day_are_no_events(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """（详见本报明日刊发的下篇）: the paper's; 10:05 活动正式开始: a step of the signing told; 现场有数十名…
    仍到场: who was there. 规模30亿元的X基金完成首关: X's size."""
    body = (
        "今天上午，澄湾园区项目签约活动在会展中心举行。\n10:05 活动正式开始。\n"
        "上周六现场有数十名市民仍到场。7月，规模30亿元的澄湾硬科技基金完成首关。\n（其余内容，详见本报明日刊发的下篇）"
    )
    facts = _read(lexicon, segmenter, body, "2026-12-07")
    labels = {f.label for f in facts if f.kind is FactKind.MILESTONE}
    assert labels == {"澄湾园区项目签约活动在会展中心举行", "澄湾硬科技基金完成首关"}
    assert [f.measure for f in facts if f.kind is FactKind.FIGURE] == ["澄湾硬科技基金规模"]


def test_a_listed_firms_plan_is_read_through_its_means(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """上市公司X12月4日晚间公告，公司拟以子公司Y为实施主体，在园区投资建设Z: X's plan to build Z; 公司计划
    于2027年第一季度取得项目用地，并于同年下半年开工: X's, the land a milestone and 同年下半年 2027's end."""
    body = (
        "创业板上市公司澄岭科技12月3日晚间公告，公司拟以全资子公司澄岭智能有限公司为实施主体，"
        "在河套深圳园区投资建设“澄岭研发中心项目”。公司计划于2027年第二季度取得项目用地，并于同年下半年开工。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2026-12-04")
    assert {
        ("2026-12-03", "创业板上市公司澄岭科技拟在河套深圳园区投资建设“澄岭研发中心项目”"),
        ("2027-06", "澄岭科技计划取得项目用地"),
        ("2027-12", "澄岭科技开工"),
    } <= labels


def test_a_fairs_next_one_and_an_unnamed_exhibitor(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """「X博览」昨日举行，共有30间机构参与: X's participants; 明年计划增至四场: a count, no event; 下一场预计…
    举行: the next X; 有参展的Y公司负责人说，公司计划…: that firm, not 港深创科园公司 named before."""
    body = (
        "由港深创科园公司主办的「澄湾人才博览」昨日在园区举行，共有30间机构参与。"
        "主办方表示，明年计划增至四场，下一场预计于明年4月举行。"
        "有参展的医疗器械公司负责人说，公司计划明年把团队由约20人扩充至约40人。"
    )
    facts = _read(lexicon, segmenter, body, "2026-12-07")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert ("2027-04", "下一场澄湾人才博览预计举行") in labels
    assert ("2027", "参展的医疗器械公司计划把团队由约20人扩充至约40人") in labels
    assert not any("增至四场" in label or "港深创新及科技园有限公司计划" in label for _, label in labels)
    assert "澄湾人才博览的参与机构" in {f.measure for f in facts if f.kind is FactKind.FIGURE}


def test_a_communitys_units_and_a_studys_subject_are_named(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """人才社区“X”开放样板间，首批约200套房源将于…交付: X's; 团队研发出一种可在…工作的Y。该研究始于…: Y研究."""
    body = (
        "本周六，园区人才社区“澄岸居”开放样板间，首批约200套房源将于明年3月交付。"
        "由园区一家研究院与香港一所大学组成的团队研发出一种可在40摄氏度高温下稳定工作的柔性传感器。该研究始于2022年。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2026-12-07")
    assert {("2027-03", "澄岸居首批约200套房源将交付"), ("2022", "柔性传感器研究开始")} <= labels


def test_a_visits_parts_of_the_day_are_of_its_day(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X今日率团访问…。X上午抵达后，先参观了Y: the visit, not the arrival; 下午，…见证了…: that day too;
    届时两个园区将可提供合共…: both parks', not the one the sentence named."""
    body = (
        "商务及经济发展局局长今日（12月5日）率团访问河套深圳园区。"
        "局长上午抵达后，先参观了园区的科研仪器共享中心，随后与园区负责人会面。"
        "中午，局长表示，港深创科园第一期将于2028年全部落成，届时两个园区将可提供合共约九十万平方米的科研空间。"
        "下午，局长见证了两地机构签署三份合作协议。"
    )
    facts = _read(lexicon, segmenter, body, "2026-12-05")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {
        ("2026-12-05", "商务及经济发展局局长先参观了园区的科研仪器共享中心"),
        ("2026-12-05", "商务及经济发展局局长见证了两地机构签署三份合作协议"),
    } <= labels
    assert "深港两个园区科研空间面积" in {f.measure for f in facts if f.kind is FactKind.FIGURE}


def test_a_roads_works_are_inspected_then_opened(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """该道路: the road named before; 施工单位计划本月底前完成竣工验收: the works', and not one event with
    预计明年1月通车 a month later."""
    body = (
        "连接园区与口岸的澄江北路延长线工程已完成主体施工，预计明年1月中旬建成通车。"
        "该道路全长约1.2公里，于去年5月开工。目前，施工单位正在安装交通设施，计划本月底前完成竣工验收。"
    )
    facts = _read(lexicon, segmenter, body, "2026-12-07")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {
        ("2025-05", "澄江北路延长线开工"),
        ("2026-12", "连接园区与口岸的澄江北路延长线工程计划完成竣工验收"),
        ("2027-01", "连接园区与口岸的澄江北路延长线工程预计建成通车"),
    } <= labels
    assert "澄江北路延长线全长" in {f.measure for f in facts if f.kind is FactKind.FIGURE}


def test_a_grants_threshold_is_no_figure_and_its_call_is_named(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """原值50万元以上的仪器: which ones are meant, no figure; 首批补贴申报将于…启动: the rules' call."""
    body = (
        "园区管理部门日前印发《澄湾园区仪器共享补贴办法》，自2027年1月1日起施行。"
        "园区内单位将原值30万元以上的仪器开放共享的，按收入的20%给予补贴。首批补贴申报将于2027年4月启动。"
    )
    facts = _read(lexicon, segmenter, body, "2026-12-04")
    assert ("2027-04", "《澄湾园区仪器共享补贴办法》首批补贴申报将启动") in {
        (f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE
    }
    assert not any(f.value == 300_000 for f in facts if f.kind is FactKind.FIGURE)


def test_a_bare_title_is_the_office_told_and_upkeep_is_no_event(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X局局长今日率团访问…。下午，局长见证了…: X局's; 工程人员已于昨日完成维修: upkeep, no milestone."""
    body = (
        "发展及规划局局长今日（12月5日）率团访问河套深圳园区。下午，局长见证了两地机构签署合作协议。"
        "因空调故障，展馆上周关闭，工程人员已于昨日完成维修，并于今早进行测试。"
    )
    labels = {label for _, label in _dated_labels(lexicon, segmenter, body, "2026-12-05")}
    assert "发展及规划局局长见证了两地机构签署合作协议" in labels
    assert not any(label.startswith("工程人员") for label in labels)


def test_a_visit_and_the_way_home_are_two_events(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X局局长今日率团访问…。局长今晚返回香港: the visit and the return, not one event told twice."""
    body = "发展局局长今日（12月5日）率团访问河套深圳园区。局长今晚返回香港。"
    assert {label for _, label in _dated_labels(lexicon, segmenter, body, "2026-12-05")} == {
        "发展局局长率团访问河套深圳园区",
        "发展局局长返回香港",
    }


def test_a_recruitment_notices_steps_are_its_call(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """…招收公告: 面试预计于1月下旬进行, 录用结果将于2月底前公布 are steps of the call the title names;
    本年度拟招收博士后研究人员20名: a count planned, no event."""
    body = "本年度拟招收博士后研究人员20名。面试预计于2027年1月下旬进行，录用结果将于2月底前公布。"
    facts = _read(lexicon, segmenter, body, "2026-12-07", title="澄湾园区2027年度博士后招收公告")
    assert {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE} == {
        ("2027-01", "澄湾园区博士后招收面试预计进行"),
        ("2027-02", "澄湾园区博士后招收录用结果将公布"),
    }


def test_a_later_quarter_and_a_schemes_call_are_named(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """于2027年第一季展开招标，并预计于同年第四季公布结果: 2027's fourth quarter; 《X》有效期至…: how long it
    lasts, no event; 2027年度首批申请将于…开始接受: X's; 具体安排届时另行公布: no event."""
    body = (
        "政府会于2027年第一季就澄湾园区首批用地展开招标，并预计于同年第四季公布结果。"
        "《澄湾园区青年创业扶持办法》有效期至2028年12月31日。2027年度首批申请将于明年3月1日开始接受，具体安排届时另行公布。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2026-12-06")
    assert ("2027-12", "澄湾园区首批用地预计公布结果") in labels
    assert ("2027-03-01", "《澄湾园区青年创业扶持办法》2027年度首批申请将开始接受") in labels
    assert not any(label.endswith(("有效期", "另行公布")) for _, label in labels)


def test_a_bare_committee_is_the_one_named_before(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """政府宣布成立河套发展咨询委员会…。委员会将于明年1月召开首次会议: that committee."""
    body = "政府今日宣布成立澄湾发展咨询委员会，成员共15名。委员会将于明年1月召开首次会议。"
    assert ("2027-01", "澄湾发展咨询委员会将召开首次会议") in _dated_labels(lexicon, segmenter, body, "2026-12-07")


def test_a_programmes_day_lines_head_the_lines_under_them(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """📅 12月9日（周三）14:30 on a line of its own heads the next paragraph, not the one before;
    an occasion named alone under its day (X开放日，市民可预约…) is held that day."""
    body = (
        "📅 12月9日（周三）14:30\n\n澄曜声学沙龙在澄湾园区会议中心举行，主题为声学材料。\n\n"
        "📅 12月10日（周四）全天\n\n澄曜声学公司开放日，市民可预约参观，名额100个。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2026-12-07")
    assert labels == {("2026-12-09", "澄曜声学沙龙在澄湾园区会议中心举行"), ("2026-12-10", "澄曜声学公司开放日举行")}


def test_a_roundups_line_under_a_works_name_is_of_those_works(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """东西向主干道：工程今年5月展开 (the road's works); X大楼：上部结构今年7月平顶，…落成 (the building
    opens, not its structure, and provides the floor space); X扩建：扩建工程原定今年年底完工，但因…需延后至
    明年6月 (put off, its deed at the new time, whose subject is told before 原定)."""
    body = (
        "澄湾西路：工程今年5月展开，当局预计2028年年中通车。\n\n"
        "第三座研发大楼：上部结构今年7月平顶，预计明年第三季落成，届时将提供约2万平方米楼面。\n\n"
        "澄湾水厂扩建：扩建工程原定今年年底完工，但因地质问题需延后至明年6月，承建商已增派人手。"
    )
    facts = _read(lexicon, segmenter, body, "2026-12-07")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {
        ("2026-05", "澄湾西路工程展开"),
        ("2028-06", "澄湾西路工程预计通车"),
        ("2026-07", "第三座研发大楼的上部结构平顶"),
        ("2027-09", "第三座研发大楼预计落成"),
        ("2027-06", "澄湾水厂扩建工程需延后完工"),
    } <= labels
    (floor,) = _find(facts, FactKind.FIGURE, lambda f: f.value == 20000)
    assert floor.measure == "第三座研发大楼楼面面积"


def test_a_transcripts_speaker_speaks_for_the_firm_they_were_introduced_with(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """澄汐医疗数据公司 is a firm by its own name and its trades, which a later 公司 stands for (its
    entry 之后 is no part of the deed); 凌澄：…。明年我们打算… in a transcript: all the line's sentences
    are the speaker's, and 我们 is the firm the speaker was introduced with (公司营运总监凌澄); 比起去年多了
    一倍 compares, no event of last year."""
    body = (
        "记者：位于澄湾园区的澄汐医疗数据公司，主要为医院提供影像服务。公司营运总监凌澄说，今年9月公司进入白名单之后，"
        "审批快了很多。\n\n凌澄：我们每个月传输四万份影像，比起去年多了一倍。明年我们打算在香港设立第二个数据中心。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2026-12-06")
    assert labels == {
        ("2026-09", "澄汐医疗数据公司进入白名单"),
        ("2027", "澄汐医疗数据公司打算在香港设立第二个数据中心"),
    }


def test_a_firm_registered_in_a_city_is_named_short_and_a_subsidiary_is_not_the_firm(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """由澄源生物科技（深圳）有限公司竞得: a registered name with its city (jieba glues 由 to it), which
    朔源生物方面表示，公司计划… calls short; 公司拟以全资子公司X为实施主体: 公司 is still the parent."""
    body = "一宗科研用地由澄源生物科技（深圳）有限公司竞得。澄源生物方面表示，公司计划明年二季度开工建设研发总部。"
    assert ("2027-06", "澄源生物计划开工建设研发总部") in _dated_labels(lexicon, segmenter, body, "2026-12-07")
    body = (
        "上市公司澄衡科技12月4日晚间公告，公司拟以全资子公司深圳澄衡智能有限公司为实施主体建设总部。"
        "公司计划于2027年第一季度取得项目用地。"
    )
    assert ("2027-03", "澄衡科技计划取得项目用地") in _dated_labels(lexicon, segmenter, body, "2026-12-07")


def test_a_correction_said_wrong_then_right_tells_the_right(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """本报…一文中，“…明年1月启动…”有误，应为“…明年4月启动…”: only the right telling is a fact."""
    body = (
        "本报12月3日《澄湾两所实验室签约》一文中，“澄川实验室将于明年1月启动首批联合课题”有误，"
        "应为“澄川实验室将于明年4月启动首批联合课题”。特此更正。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2026-12-05")
    assert labels == {("2027-04", "澄川实验室将启动首批联合课题")}


def test_a_foreign_firms_chinese_name_and_its_centre_are_named(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """企业Voltaris GmbH（中文名：澄特瑞斯）: the firm, whose 公司 and whose 其 centre (中心预计…启用)
    later sentences tell of; 并指港深创科园今年已吸引…: the park's count, not the speaker's body's."""
    body = (
        "德国企业Voltaris GmbH（中文名：澄特瑞斯）昨日宣布，将在澄湾园区设立其亚太区研发中心。"
        "中心预计明年第二季启用。公司去年已在深圳设立销售办事处。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2026-12-04")
    assert {("2027-06", "澄特瑞斯亚太区研发中心预计启用"), ("2025", "澄特瑞斯已在深圳设立销售办事处")} <= labels
    body = "香港科技园公司行政总裁欢迎有关决定，并指港深创科园今年已吸引超过20家海外企业落户。"
    (count,) = _find(_read(lexicon, segmenter, body, "2026-12-04"), FactKind.FIGURE, lambda f: f.value == 20)
    assert "香港科技园公司" not in (count.measure or "")


def test_a_contests_winner_its_team_and_its_next_edition(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """…落下帷幕，最终“X”团队摘得冠军: won that day; 团队计划… later: that team's; 第三届比赛 of a
    创客马拉松: its third edition; 24支队伍经过48小时开发: 队伍 are counted, not what they went through."""
    body = (
        "第二届澄湾创客马拉松昨晚落下帷幕，24支队伍经过48小时连续开发，最终“澄池智检”团队摘得冠军。"
        "队长表示，团队计划明年3月注册公司。主办方透露，第三届比赛将于明年11月举行。"
    )
    facts = _read(lexicon, segmenter, body, "2026-12-07")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {
        ("2026-12-06", "“澄池智检”团队摘得冠军"),
        ("2027-03", "“澄池智检”团队计划注册公司"),
        ("2027-11", "第三届澄湾创客马拉松将举行"),
    } <= labels
    assert [f.measure for f in facts if f.kind is FactKind.FIGURE and f.value == 24] == ["队伍"]


def test_a_thing_done_before_and_a_labs_chain_of_years(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """去年园区出台的X措施已经证明，…: 园区出台X措施 (the doer first, not what the measures prove);
    2024年，实验室迁入…；今年5月，实验室研制的芯片完成流片: the lab named before, each time."""
    body = "去年园区出台的科研人员便利措施已经证明，制度创新很重要。"
    assert _dated_labels(lexicon, segmenter, body, "2026-12-05") == {("2025", "园区出台科研人员便利措施")}
    body = (
        "2021年，澄微光子联合实验室由两所大学共同发起；2024年，实验室迁入园区新建的科研楼；"
        "今年5月，实验室研制的硅基光子芯片完成流片。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2026-12-06")
    assert {
        ("2024", "澄微光子联合实验室迁入园区新建的科研楼"),
        ("2026-05", "澄微光子联合实验室研制的硅基光子芯片完成流片"),
    } <= labels


def test_later_today_is_to_come_and_a_route_is_what_is_long(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """今天下午3点，航线将…开放预约, in a post of that day: still to come; 这条航线连接A和B，全长约3.5公里:
    the route's length, not where it runs."""
    body = (
        "刚刚，澄航无人机配送试点航线首飞成功！这条航线连接园区北区和福田口岸，全长约3.5公里。"
        "今天下午3点，航线将向园区企业开放预约。"
    )
    facts = _read(lexicon, segmenter, body, "2026-12-07")
    (opening,) = _find(facts, FactKind.MILESTONE, lambda f: "预约" in f.label)
    assert (opening.date, opening.is_target) == ("2026-12-07", True)
    (length,) = _find(facts, FactKind.FIGURE, lambda f: f.unit == "公里")
    assert length.measure == "澄航无人机配送试点航线全长"


def test_an_admissions_call_its_window_steps_and_its_school(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X学校发布2027—2028学年招生简章。…网上报名时间为A至B: the call opens and closes, and its
    入学评估 and 录取结果 are its steps; 该校于2025年9月开学: the school named before."""
    body = (
        "位于澄湾园区的澄溪国际学校近日发布2027—2028学年招生简章。按照简章，网上报名时间为12月8日至2027年1月15日，"
        "入学评估将于2027年2月中旬进行，录取结果预计3月初公布。该校于2025年9月开学。"
    )
    labels = _dated_labels(lexicon, segmenter, body, "2026-12-07")
    call = "澄溪国际学校2027—2028学年招生"
    assert {
        ("2026-12-08", f"{call}报名开始"),
        ("2027-01-15", f"{call}报名截止"),
        ("2027-02", f"{call}入学评估将进行"),
        ("2027-03", f"{call}录取结果预计公布"),
        ("2025-09", "澄溪国际学校开学"),
    } <= labels


def test_a_runs_window_field_draw_and_size(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """报名时间：12月9日10:00至12月20日18:00 under a run named before: it opens and closes; its
    抽签结果 and its 总规模 are the run's; 5公里和10公里两个组别 name groups, no figures."""
    body = (
        "首届“澄湾欢乐跑”将于2027年1月10日鸣枪，赛事设5公里和10公里两个组别，总规模3,000人。\n\n"
        "报名时间：12月9日10:00至12月20日18:00\n\n抽签结果将于12月25日公布。"
    )
    facts = _read(lexicon, segmenter, body, "2026-12-07")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {
        ("2026-12-09", "首届“澄湾欢乐跑”报名开始"),
        ("2026-12-20", "首届“澄湾欢乐跑”报名截止"),
        ("2026-12-25", "首届“澄湾欢乐跑”抽签结果将公布"),
    } <= labels
    assert [f.measure for f in facts if f.kind is FactKind.FIGURE] == ["首届“澄湾欢乐跑”总规模"]


def test_a_notices_title_names_its_bare_window(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """二、报名时间：2026年12月10日9:00—12月25日17:00, under X公开招聘工作人员公告: X's call opens and
    closes."""
    body = "现将有关事项公告如下。\n\n二、报名时间：2026年12月10日9:00—12月25日17:00。"
    facts = _read(lexicon, segmenter, body, "2026-12-08", title="澄湾园区2027年度公开招聘工作人员公告")
    assert {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE} == {
        ("2026-12-10", "澄湾园区公开招聘工作人员报名开始"),
        ("2026-12-25", "澄湾园区公开招聘工作人员报名截止"),
    }


def test_a_service_told_as_a_topic_and_a_lines_riders(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """至于…的跨境专线巴士，报告指相关服务会于…扩展…: the bus's service; X线…日均客流…约3,200人次: the
    line's riders; 委员会一行12名议员视察…: a party's size, no figure; 已租出约85%楼面: a rate let,
    the buildings'."""
    body = "至于早前社会关注的澄湾专线巴士，报告指相关服务会于明年3月扩展至通宵时段。"
    assert _dated_labels(lexicon, segmenter, body, "2026-12-03") == {("2027-03", "澄湾专线巴士服务会扩展至通宵时段")}
    body = (
        "C15线自今年4月开通以来，日均客流已由约900人次增长至约3,200人次。"
        "委员会一行12名议员昨日视察园区。第一期首批三座大楼已租出约85%楼面。"
    )
    figures = {f.measure: f.value for f in _read(lexicon, segmenter, body, "2026-12-07") if f.kind is FactKind.FIGURE}
    assert figures == {"C15线日均客流": 3200, "第一期首批三座大楼出租率": 85}


def test_two_bodies_papers_on_one_day_are_two_events(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """发展局向…提交文件 and 创新科技及工业局向…提交文件, on one day: two papers, not one; 工商事务委员会
    and 立法会工商及创新科技事务委员会 are one panel said short and long."""
    papers = _milestones_of_two(
        lexicon,
        segmenter,
        ("2026-12-03", "发展局昨日向立法会发展事务委员会提交文件。"),
        ("2026-12-03", "创新科技及工业局昨日向立法会工商及创新科技事务委员会提交文件。"),
    )
    assert len(papers) == 2
    meetings = _milestones_of_two(
        lexicon,
        segmenter,
        ("2026-12-03", "立法会工商及创新科技事务委员会将于12月8日举行会议。"),
        ("2026-12-03", "工商事务委员会将于12月8日举行会议。"),
    )
    assert len(meetings) == 1


def test_a_first_batch_that_moved_in_is_no_count_of_the_park(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """2022年，首批8名研究人员入驻河套深圳园区: a lab's first batch, not the park's researchers (a digest
    showed "河套深圳园区的研究人员 8名")."""
    body = "2021年，澄微光子实验室由两所大学共同发起；2022年，首批8名研究人员入驻澄湾园区。"
    (batch,) = _find(_read(lexicon, segmenter, body, "2026-12-06"), FactKind.FIGURE, lambda f: f.value == 8)
    assert batch.measure == "澄微光子实验室的首批入驻研究人员"  # the lab told before in the sentence


def test_a_yes_answers_the_question_and_a_bare_name_is_the_interviewed(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """专访｜X研究院院长 … 记者：听说研究院的平台已经在今年10月完成了首次海试？ Y：是的，10月中旬在南海完成了
    海试: the platform of X研究院 did it; 研究院与…合作的项目 later: X研究院's."""
    body = (
        "记者：听说研究院的深海观测平台已经在今年10月完成了首次海试？\n\n"
        "岱澄：是的，10月中旬在南海完成了为期两周的海试。\n\n"
        "岱澄：另外，研究院与香港一所大学合作的项目将于明年9月招收首批10名博士生。"
    )
    facts = _read(lexicon, segmenter, body, "2026-12-07", title="专访｜澄岸海洋研究院院长：明年把观测站开到香港")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert labels == {
        ("2026-10", "澄岸海洋研究院的深海观测平台在南海完成了为期两周的海试"),
        ("2027-09", "澄岸海洋研究院与香港一所大学合作的项目将招收首批10名博士生"),
    }


def test_a_notice_period_a_window_one_may_apply_in_and_a_bidders_price(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """公示期：A至B, under X中标候选人公示: X's notice opens and closes; 第一中标候选人：Y，投标报价…: Y's bid;
    X配租工作正式启动。…员工可于A至B…提交申请: the letting's call opens and closes."""
    body = "第一中标候选人：澄屿建设集团有限公司，投标报价约9.86亿元。\n\n公示期：2026年12月7日至2026年12月9日。"
    facts = _read(lexicon, segmenter, body, "2026-12-07", title="澄湾人才公寓四期施工总承包中标候选人公示")
    assert {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE} == {
        ("2026-12-07", "澄湾人才公寓四期施工总承包中标候选人公示开始"),
        ("2026-12-09", "澄湾人才公寓四期施工总承包中标候选人公示截止"),
    }
    assert [f.measure for f in facts if f.kind is FactKind.FIGURE] == ["澄屿建设集团有限公司投标报价"]
    body = "澄湾园区第三批人才住房配租工作正式启动。符合条件的员工可于1月5日至1月20日通过网上平台提交申请。"
    assert _dated_labels(lexicon, segmenter, body, "2026-12-20") == {
        ("2027-01-05", "澄湾园区第三批人才住房配租申请开始"),
        ("2027-01-20", "澄湾园区第三批人才住房配租申请截止"),
    }


def test_two_occasions_in_one_hall_and_an_ownerless_hq_are_not_merged(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X集中签约活动 and Y人才大会, both 在园区会展中心举行 on one day: two occasions (会展中心 is a hall,
    no 展); 亚太研发总部项目预计动工 names nobody's headquarters, and joins no named one; a call
    opening (配租申请开始) joins no handing over of what it lets."""
    held = _milestones_of_two(
        lexicon,
        segmenter,
        ("2026-12-05", "12月4日下午，澄湾园区第四季度重大项目集中签约活动在园区会展中心举行。"),
        ("2026-12-05", "12月4日，澄湾园区2026年度人才大会在园区会展中心举行。"),
    )
    assert len(held) == 2
    built = _milestones_of_two(
        lexicon,
        segmenter,
        ("2026-12-05", "澄曦智能机器人研发总部项目计划明年6月开工。"),
        ("2026-12-01", "亚太研发总部项目预计明年6月动工。"),
    )
    assert len(built) == 2
    called = _milestones_of_two(  # a call for flats opening is not the flats' handing over, near the day
        lexicon,
        segmenter,
        ("2026-12-20", "澄湾第三批人才住房配租工作启动。员工可于1月5日至1月20日提交申请。"),
        ("2026-12-20", "澄湾第三批人才住房将于春节前交付。"),
    )
    assert not [f for f in called if len({s.article_id for s in f.sources}) > 1]


def test_a_speech_witnesses_an_unveiling_of_the_lab_it_names(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """今天，我们在这里共同见证X揭牌 (a speech): X揭牌 that day, once; 这是…的第九家Y: a count told of X, so
    a later bare 实验室 is X, not 第九家Y."""
    body = (
        "大家上午好！今天，我们在这里共同见证澄川联合实验室揭牌。这是园区今年揭牌的第九家深港联合实验室。"
        "今年6月，实验室首批科研人员进驻。"
    )
    assert _dated_labels(lexicon, segmenter, body, "2026-12-04") == {
        ("2026-12-04", "澄川联合实验室揭牌"),
        ("2026-06", "澄川联合实验室首批科研人员进驻"),
    }


def test_open_as_usual_a_batch_of_a_series_and_a_bare_tower(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """室内展览厅明日照常开放: no event; 第二批“X项目”…。第三批项目申报将于…启动: X's; X科研楼于…竣工。…
    大楼二期扩建工程计划…动工: X科研楼's; 项目承担单位中有9家来自香港: those from Hong Kong."""
    assert not _dated_labels(lexicon, segmenter, "澄湾园区室内展览厅明日照常开放。", "2026-12-05")
    body = (
        "发展署12月5日公布第二批“澄湾联合攻关项目”立项名单，项目承担单位中有9家来自香港。"
        "第三批项目申报将于明年3月启动。澄湾科研楼于去年8月竣工交付。管理方透露，大楼二期扩建工程计划明年二季度动工。"
    )
    facts = _read(lexicon, segmenter, body, "2026-12-06")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {
        ("2027-03", "第三批“澄湾联合攻关项目”申报将启动"),
        ("2027-06", "澄湾科研楼二期扩建工程计划动工"),
    } <= labels
    assert [f.measure for f in facts if f.kind is FactKind.FIGURE and f.value == 9] == ["来自香港的项目承担单位"]


def test_a_papers_year_after_a_second_deed_is_no_time(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """发展署表示，12月将举办…大会，并发布2027年园区企业扶持政策清单: the list is released in December
    (2027 names the list), a second deed at the first one's time; and it is no plan another article
    says will be released that month."""
    body = "发展署表示，12月将举办年度企业服务大会，并发布2027年园区企业扶持政策清单。"
    assert _dated_labels(lexicon, segmenter, body, "2026-12-07") == {
        ("2026-12", "发展署将举办年度企业服务大会"),
        ("2026-12", "发展署发布2027年园区企业扶持政策清单"),
    }
    papers = _milestones_of_two(  # a list and a plan, released in one month: two papers
        lexicon,
        segmenter,
        ("2026-12-07", body),
        ("2026-12-01", "园区将于12月发布《2027年澄湾园区重点工作计划》。"),
    )
    assert len([f for f in papers if "发布" in f.label]) == 2


def test_a_career_step_is_of_whom_the_sentence_quotes(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """黎澄说，明年博士后出站后，她打算留在园区: her leaving the postdoc post, not nobody's."""
    body = "黎澄说，明年博士后出站后，她打算留在澄湾园区继续做研究。"
    assert ("2027", "黎澄博士后出站") in _dated_labels(lexicon, segmenter, body, "2026-12-05")


def test_a_newsletters_summary_holds_no_events_of_its_own(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """本期导读：本周…，下周将迎来…: what the items below tell, said again; only the items are events."""
    body = (
        "本期导读：本周澄湾园区动态集中在平台建设，下周将迎来年度开发者大会。\n\n"
        "▪ 12月12日，2026澄湾开发者大会将在澄湾科技园举办。"
    )
    assert _dated_labels(lexicon, segmenter, body, "2026-12-07") == {
        ("2026-12-12", "2026澄湾开发者大会将在澄湾科技园举办")
    }


def test_a_prizes_call_results_and_ceremony_are_the_prizes(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """宣布设立「X奖学金」。申请由即日起至…截止，结果预计于…公布。…基金会自2019年成立…，颁奖礼定于…:
    X's call closes, X's results and X's ceremony; 基金会 is the foundation named before."""
    body = (
        "澄溪教育基金会今日宣布设立「澄溪科研奖学金」。申请由即日起至2027年1月15日截止，结果预计于明年3月公布。"
        "基金会主席表示，基金会自2019年成立以来已资助逾300名学生。颁奖礼定于2027年4月举行。"
    )
    assert {
        ("2027-01-15", "澄溪科研奖学金申请截止"),
        ("2027-03", "澄溪科研奖学金结果预计公布"),
        ("2019", "澄溪教育基金会成立"),
        ("2027-04", "澄溪科研奖学金颁奖礼举行"),
    } <= _dated_labels(lexicon, segmenter, body, "2026-12-07")


def test_a_bare_shareholders_meeting_is_the_listed_firms(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """本次投资尚需提交公司股东大会审议，股东大会定于12月22日召开: the firm's meeting."""
    body = (
        "澄光电子12月5日晚间公告，拟以自有资金1亿元在澄湾园区设立全资子公司。"
        "本次投资尚需提交公司股东大会审议，股东大会定于12月22日召开。"
    )
    assert ("2026-12-22", "澄光电子股东大会召开") in _dated_labels(lexicon, segmenter, body, "2026-12-06")


def test_a_rate_per_month_and_area_is_of_the_standard_told_before_its_date(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """X现行租金标准于2021年起执行，目前为每月每平方米45元: X's standard, the rate whole; a later 新标准
    is X's new one; 每万名从业人员拥有发明专利约610件 is a density."""
    body = (
        "澄湾人才公寓现行租金标准于2021年起执行，目前为每月每平方米45元。新标准最早于明年3月1日起实施。"
        "澄湾园区每万名从业人员拥有发明专利约610件。"
    )
    facts = _read(lexicon, segmenter, body, "2026-12-07")
    (rent,) = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 45]
    assert (rent.measure, rent.label) == ("澄湾人才公寓现行租金标准", "澄湾人才公寓现行租金标准 每月每平方米45元")
    assert ("2027-03-01", "澄湾人才公寓新租金标准实施") in {(f.date, f.label) for f in facts}
    (patents,) = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 610]
    assert patents.measure == "每万名从业人员发明专利拥有量"


def test_a_hearings_call_is_the_hearings_not_the_headlines(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """Under 澄湾公寓租金调整将举行听证会, 报名时间为A至B is the call of the hearing the text names."""
    body = "澄湾人才公寓租金标准调整听证会定于12月18日举行，现公开遴选听证参加人10名。报名时间为12月7日至12月11日。"
    facts = Extractor(lexicon, segmenter).extract(
        [Article("a", "澄湾公寓租金调整将举行听证会", "2026-12-07", "zh-Hans", body)]
    )
    assert ("2026-12-11", "澄湾人才公寓租金标准调整听证会报名截止") in {(f.date, f.label) for f in facts}


def test_those_ranked_and_what_ba_takes_are_told_right(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """在参评的50个园区中，X综合排名第3位: 50 counts those ranked, not X; 明年起将把香港的X一并纳入…:
    的 inside what 把 takes, no deed told as an attribute."""
    body = "在参评的50个园区中，澄湾园区综合排名第3位。负责人介绍，报告明年起将把香港的澄溪科技园一并纳入评价范围。"
    facts = _read(lexicon, segmenter, body, "2026-12-06")
    assert [f.measure for f in facts if f.kind is FactKind.FIGURE and f.value == 50] == ["参评园区"]
    assert [f.label for f in facts if f.kind is FactKind.MILESTONE] == ["报告将把香港的澄溪科技园一并纳入评价范围"]


def test_a_graduation_told_before_its_person_is_theirs(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """她从X大学博士毕业 and 2019年从X大学硕士毕业后，他…: the person named before graduated (毕业 is
    no one's name, though 毕 is a surname); 32岁的X是…: X is a person."""
    first = "1990年，韩澄溪出生于湖南。2015年，她从香港科技大学博士毕业，此后在新加坡做了四年博士后研究。"
    assert ("2015", "韩澄溪从香港科技大学博士毕业") in _dated_labels(lexicon, segmenter, first, "2026-12-06")
    second = "今年32岁的陈澄朗是土生土长的香港人。2019年从香港理工大学硕士毕业后，他先在深圳工作了三年。"
    facts = _read(lexicon, segmenter, second, "2026-12-06")
    assert ("2019", "陈澄朗从香港理工大学硕士毕业") in {(f.date, f.label) for f in facts}
    assert "毕业" not in {f.label for f in facts if f.kind is FactKind.ENTITY}


def test_a_bare_team_after_a_quote_is_of_who_was_quoted(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """“…。”韩澄溪回忆。…今年9月，团队研发的X获得…；团队希望…: her team's."""
    body = (
        "“刚来的时候，实验室只有两台设备。”韩澄溪回忆。今年9月，团队研发的汗液监测贴片获得二类医疗器械注册证。"
        "韩澄溪说，团队希望明年能在两地同步开展多中心研究。"
    )
    assert {
        ("2026-09", "韩澄溪团队研发的汗液监测贴片获得二类医疗器械注册证"),
        ("2027", "韩澄溪团队希望能在两地同步开展多中心研究"),
    } <= _dated_labels(lexicon, segmenter, body, "2026-12-06")


def test_a_bare_station_and_those_who_signed_with_it(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """当天，工作站还与园区内12家企业签署了…备忘录: the station named before; 12 counts the signatories."""
    body = (
        "12月4日，澄湾知识产权检察工作站在澄湾园区揭牌成立。"
        "当天，工作站还与园区内12家企业签署了知识产权保护合作备忘录。"
    )
    facts = _read(lexicon, segmenter, body, "2026-12-07")
    assert ("2026-12-04", "澄湾知识产权检察工作站与园区内12家企业签署了知识产权保护合作备忘录") in {
        (f.date, f.label) for f in facts
    }
    assert [f.measure for f in facts if f.kind is FactKind.FIGURE and f.value == 12] == [
        "签署知识产权保护合作备忘录的企业"
    ]


def test_short_names_and_stock_codes_are_no_part_of_a_label(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """澄明医药科技有限公司（“澄明医药”）今天宣布，已与…签署; 澄川电子（688915）12月5日公告…: asides."""
    body = "澄川医药科技有限公司（“澄川医药”）今天宣布，已与香港大学签署为期五年的联合研发协议。"
    assert _dated_labels(lexicon, segmenter, body, "2026-12-04") == {
        ("2026-12-04", "澄川医药科技有限公司已与香港大学签署为期五年的联合研发协议")
    }
    coded = "澄川电子（688915）12月5日晚间公告，拟以自有资金1亿元在澄湾园区设立全资子公司。"
    assert all("688915" not in label for _, label in _dated_labels(lexicon, segmenter, coded, "2026-12-06"))


def test_hours_named_before_their_change_are_its_subject(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X局今日宣布，Y的通关服务时间，由下星期一（12月14日）起延长至…: the hours change that day; the
    announcing, of only their name, is no event of its own."""
    body = "保安局今日宣布，澄湾管制站的旅客通关服务时间，由下星期一（12月14日）起延长至晚上11时半。"
    assert _dated_labels(lexicon, segmenter, body, "2026-12-07") == {
        ("2026-12-14", "澄湾管制站的旅客通关服务时间延长至晚上11时半")
    }


def test_two_bodies_of_two_kinds_opened_one_day_stay_two(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X知识产权质押融资服务平台4日在园区上线; Y知识产权检察工作站12月4日在园区揭牌: two bodies."""
    merged = _milestones_of_two(
        lexicon,
        segmenter,
        ("2026-12-05", "澄湾知识产权质押融资服务平台4日在澄湾园区上线。"),
        ("2026-12-07", "12月4日，澄川区检察院澄湾知识产权检察工作站在澄湾园区揭牌成立。"),
    )
    assert len(merged) == 2


def test_an_outage_by_the_clock_and_a_proviso_for_bad_weather(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """将于12月10日（星期四）8:00至18:00停电: the hours go with the day; 如遇恶劣天气，…将顺延至…: a
    proviso, no event."""
    body = "澄湾园区部分区域将于12月10日（星期四）8:00至18:00停电。如遇恶劣天气，停电时间将顺延至12月12日。"
    assert _dated_labels(lexicon, segmenter, body, "2026-12-07") == {("2026-12-10", "澄湾园区部分区域将停电")}


def test_a_new_lab_an_alumnus_and_the_next_expo_are_named(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """设立「X实验室」…新实验室预计…: X; Y1992年于该校…系毕业: the university; 2026X博览会…。下届博览会
    将于…举办: the next X博览会; bare 服务队 is the one named before."""
    body = (
        "澄溪大学今日宣布，获校友韩澄远捐赠五千万港元，设立「韩澄远脑机接口实验室」。"
        "新实验室预计于明年年中投入运作。韩澄远1992年于该校电子工程系毕业。"
        "2026澄湾低空经济博览会昨日闭幕。下届博览会将于2027年11月举办。"
        "同日，澄湾园区志愿者服务队举行扩编仪式。服务队自2025年组建以来，已招募志愿者1,200名。"
    )
    assert {
        ("2027-06", "韩澄远脑机接口实验室预计投入运作"),
        ("1992", "韩澄远于澄溪大学电子工程系毕业"),
        ("2027-11", "下届澄湾低空经济博览会将举办"),
        ("2025", "澄湾园区志愿者服务队组建"),
    } <= _dated_labels(lexicon, segmenter, body, "2026-12-07")


def test_a_heads_firm_and_the_kinds_among_a_count(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """澄鹭即送负责人透露，公司计划…: 澄鹭即送's plan; 146家企业参展，其中港企37家: 参展香港企业, not all
    the tech firms; 300辆共享单车昨日起在…投放: 共享单车; 下月中旬车辆将增至800辆: 车辆."""
    body = (
        "澄鹭即送负责人透露，公司计划明年一季度在园区再开通两条航线。"
        "博览会吸引146家企业参展，其中港企37家。首批300辆共享单车昨日起在澄湾园区投放。下月中旬车辆将增至800辆。"
    )
    facts = _read(lexicon, segmenter, body, "2026-12-06")
    assert ("2027-03", "澄鹭即送计划在园区再开通两条航线") in {(f.date, f.label) for f in facts}
    measures = {f.value: f.measure for f in facts if f.kind is FactKind.FIGURE}
    assert (measures[37], measures[300], measures[800]) == ("参展香港企业", "共享单车", "车辆")


def test_a_route_to_a_port_is_no_event_of_the_port(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """连接福田口岸和皇岗口岸的骑行绿道 (春节前) and 福田口岸新旅检大厅 (1月1日) share a port, not a deed."""
    merged = _milestones_of_two(
        lexicon,
        segmenter,
        ("2026-12-06", "澄湾园区计划在明年春节前开通一条连接福田口岸和皇岗口岸的骑行绿道。"),
        ("2026-12-01", "福田口岸新旅检大厅将于2027年1月1日正式启用。"),
    )
    assert len(merged) == 2


def test_a_result_notice_tells_who_won_on_the_day_it_was_posted(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X采购项目中标结果公告 with 项目名称：X and 中标供应商：Y: Y won X, that day."""
    body = (
        "一、项目名称：澄湾公共实验平台仪器采购项目\n\n二、中标信息\n\n"
        "中标供应商：深圳澄栈科学仪器有限公司\n\n中标金额：人民币3,268.5万元"
    )
    facts = Extractor(lexicon, segmenter).extract(
        [Article("a", "澄湾公共实验平台仪器采购项目中标结果公告", "2026-12-04", "zh-Hans", body)]
    )
    assert [(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE] == [
        ("2026-12-04", "深圳澄栈科学仪器有限公司中标澄湾公共实验平台仪器采购项目")
    ]


def test_items_after_a_heard_lead_are_of_its_year(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """记者从…会上获悉，2027年园区将重点抓好两件事。一是…第二季度…；二是…上半年…: of 2027, not this year."""
    body = (
        "记者从12月5日召开的澄湾园区年度工作会上获悉，2027年园区将重点抓好两件事。\n\n"
        "一是加快空间供给，第二季度完成北区两栋科研楼的竣工验收。\n\n"
        "二是深化规则衔接，上半年推出跨境科研人员“一证通行”试点。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-06")
    assert {("2027-06", "完成北区两栋科研楼的竣工验收"), ("2027-06", "推出跨境科研人员“一证通行”试点")} <= dated


def test_a_product_on_sale_a_date_before_and_jobs_on_offer(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X发布首款…「眠衡」，售价…，明年1月15日起在…发售: the product goes on sale; 于2028年前进入东南亚:
    前 goes with the date (not 前进); 当天，68家企业提供岗位1,200余个: a figure, no event."""
    body = (
        "澄屿科技昨日发布首款家用睡眠监测仪「眠衡」，售价2,980港元，明年1月15日起在各大电器店发售。"
        "公司计划于2028年前进入东南亚。12月6日，澄湾校园招聘专场举行。当天，园区68家企业提供岗位1,200余个。"
    )
    dated = dict(_dated_labels(lexicon, segmenter, body, "2026-12-05"))
    assert "「眠衡」在各大电器店发售" in dated["2027-01-15"]
    assert dated["2028"].endswith("进入东南亚") and "前进" not in dated["2028"]
    assert not [label for label in dated.values() if "岗位" in label]


def test_a_notices_addressees_and_requests_are_no_events(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """各入驻单位： heads a notice, no part of its first sentence; 冷藏样本请于12月9日前转移至…: what the
    notice asks its readers, no event (促请政府加快… is still a council's deed)."""
    body = "各入驻单位：\n\n澄湾园区部分区域将于12月10日停电。\n\n冷藏样本请于12月9日前转移至C座公共冷库暂存。"
    facts = _read(lexicon, segmenter, body, "2026-12-07")
    assert [(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE] == [
        ("2026-12-10", "澄湾园区部分区域将停电")
    ]
    assert all(not s.sentence.startswith("各入驻单位") for f in facts for s in f.sources)


def test_a_firms_own_notice_speaks_as_we(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """Under X有限公司招聘启事, 我司 is X; 报名截止时间：… closes X's call (not X招聘启事's)."""
    body = (
        "我司是一家工业视觉企业，2024年入驻澄湾园区。\n\n报名截止时间：2026年12月20日\n\n"
        "面试安排：我司将于2027年1月上旬组织集中面试。"
    )
    facts = Extractor(lexicon, segmenter).extract(
        [Article("a", "澄晟智能科技（深圳）有限公司招聘启事", "2026-12-04", "zh-Hans", body)]
    )
    assert {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE} == {
        ("2024", "澄晟智能科技(深圳)有限公司入驻澄湾园区"),
        ("2026-12-20", "澄晟智能科技(深圳)有限公司招聘报名截止"),
        ("2027-01", "澄晟智能科技(深圳)有限公司将组织集中面试"),
    }


def test_occasions_called_again_are_named_whole(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """距离2027X大赛开幕还有45天。…本届大赛设三个赛道。报名通道将于12月31日关闭: X大赛's; 首届Y邀请赛
    决赛…。邀请赛今后每年举办一届，明年起将增设女子组: the series Y邀请赛; X中心当天…。中心明年将…: X中心."""
    body = (
        "距离2027澄湾机器人大赛开幕还有45天。本届大赛设三个赛道。报名通道将于12月31日关闭。"
        "12月6日，首届澄湾青少年篮球邀请赛决赛在澄湾体育中心举行。邀请赛今后每年举办一届，明年起将增设女子组。"
        "澄湾生物样本转运中心当天正式投入运行。负责人表示，中心明年将把服务对象扩大到其他城市。"
    )
    assert {
        ("2026-12-31", "2027澄湾机器人大赛报名通道将关闭"),
        ("2027", "澄湾青少年篮球邀请赛将增设女子组"),
        ("2027", "澄湾生物样本转运中心将把服务对象扩大到其他城市"),
    } <= _dated_labels(lexicon, segmenter, body, "2026-12-06")


def test_two_schools_each_open_in_their_year_and_their_works_begin(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """在澄田区增设一所小学及一所中学，两校预计分别于2029年及2030年9月开课: each school; 两所学校的
    校舍设计已于10月展开，主体工程最快明年年底动工: the schools' works, not their design's."""
    body = (
        "当局计划在澄田区增设一所小学及一所中学，两校预计分别于2029年及2030年9月开课。"
        "两所学校的校舍设计已于今年10月展开，主体工程最快明年年底动工。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-05")
    assert {("2029", "澄田区小学预计开课"), ("2030-09", "澄田区中学预计开课")} <= dated
    assert ("2027-12", "两所学校主体工程最快动工") in dated


def test_a_share_raised_is_no_subject_of_the_aim_after_it_and_patacas_read(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """到2028年园区可再生能源使用比例将提高到60%以上，并力争在2030年前建成近零碳园区: the park aims,
    not its share; 首期投入约6,000万澳门元 is an amount in patacas."""
    body = (
        "按照计划，到2028年澄湾园区可再生能源使用比例将提高到60%以上，并力争在2030年前建成近零碳园区。"
        "根据备忘录，实验室首期投入约6,000万澳门元。"
    )
    facts = _read(lexicon, segmenter, body, "2026-12-05")
    assert ("2030", "澄湾园区力争建成近零碳园区") in {(f.date, f.label) for f in facts}
    assert [(f.value, f.unit) for f in facts if f.kind is FactKind.FIGURE and f.unit == "澳门元"] == [(6e7, "澳门元")]


def test_an_award_at_a_congress_a_reports_year_and_a_results_product(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X昨日在…举行的Y大会上，获颁「Z奖」: the award (the congress is where); 听取…关于2027年重点工作的
    汇报: 2027 names the work, not the hearing; 团队去年研发的新型固态电解质，…相关成果…预计2027年实现量产:
    the electrolyte's results."""
    body = (
        "澄湾研究员韩岚教授昨日在新加坡举行的国际材料科学大会上，获颁本年度「青年材料科学家奖」。"
        "12月6日，副市长到澄湾园区调研，听取了园区管理部门关于2027年重点工作的汇报。"
        "团队去年研发的新型固态电解质，令电池能量密度提升约三成，相关成果已授权予一家企业，预计2027年实现量产。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-07")
    assert ("2026-12-06", "澄湾研究员韩岚教授获颁本年度「青年材料科学家奖」") in dated
    assert ("2027", "新型固态电解质研究成果预计实现量产") in dated
    assert not [label for date, label in dated if date == "2027" and "汇报" in label]


def test_an_orders_title_keeps_its_brackets_and_names_a_later_this_order(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """刊登《2026年澄湾（指定范围）令》: （指定范围） is the title's own; 该命令将于…提交立法会，并于…生效:
    the order gazetted; 截至目前已掘进1,860米: 已掘进, 截至 gone with 目前."""
    body = (
        "政府今日在宪报刊登《2026年澄湾科技园（指定范围）令》。"
        "该命令将于2027年1月8日提交立法会，并于同年3月1日生效。"
        "澄湾隧道工程截至目前已掘进1,860米。"
    )
    facts = _read(lexicon, segmenter, body, "2026-12-04")
    dated = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {
        ("2026-12-04", "政府在宪报刊登《2026年澄湾科技园（指定范围）令》"),
        ("2027-03-01", "《2026年澄湾科技园（指定范围）令》生效"),
    } <= dated
    assert [f.measure for f in facts if f.kind is FactKind.FIGURE and f.value == 1860] == ["澄湾隧道工程已掘进"]


def test_a_firm_named_by_its_trade_and_acting_somewhere_is_the_later_this_firm(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """医疗影像企业X在新加坡举行…开业仪式。这是该公司继去年在香港设立…后: X set it up."""
    body = (
        "12月5日，澄湾园区医疗影像企业瀚澄医疗在新加坡举行东南亚总部开业仪式。"
        "这是该公司继去年在香港设立国际业务中心后，第二个海外据点。"
    )
    assert ("2025", "瀚澄医疗在香港设立国际业务中心") in _dated_labels(lexicon, segmenter, body, "2026-12-07")


def test_a_holiday_camp_is_a_name_and_a_call_that_runs_from_a_day_opens_then(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """“X”寒假研学营将于明年1月25日至30日举办: 寒假 names the camp, no date of its own; 报名自12月8日起
    通过小程序进行: the call opens that day (春节营业安排 still dates by the festival)."""
    body = "“澄湾少年科学探索”寒假研学营将于明年1月25日至30日举办。报名自12月8日起通过小程序进行，至12月20日截止。"
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-07")
    assert {("2027-01-25", "“澄湾少年科学探索”寒假研学营将举办"), ("2026-12-08", "报名开始")} <= dated


def test_a_case_named_whole_is_ruled_on_and_a_span_of_days_is_no_day(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """…两家企业之间的一起专利侵权纠纷，上周五在…一审宣判: the case is what was ruled on; 该公司 after
    X（深圳）有限公司 is the firm, its seat inside its name; 之日起15日内提起上诉: fifteen days, no 15th."""
    body = (
        "澄湾园区两家芯片企业之间的一起发明专利侵权纠纷，上周五在深圳市中级人民法院一审宣判。"
        "法院判决被告赔偿原告澄弦半导体（深圳）有限公司经济损失86万元。"
        "去年9月，该公司向法院提起诉讼。当事人可在收到判决书之日起15日内提起上诉。"
    )
    facts = _read(lexicon, segmenter, body, "2026-12-07")
    dated = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert ("2026-12-04", "澄湾园区两家芯片企业之间的一起发明专利侵权纠纷在深圳市中级人民法院一审宣判") in dated
    assert ("2025-09", "澄弦半导体（深圳）有限公司向法院提起诉讼") in dated
    assert not any("上诉" in label for _, label in dated)
    assert {f.event for f in facts if f.kind is FactKind.MILESTONE} == {"court"}


def test_those_among_whom_a_share_is_counted_are_no_event(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """今年参与计划的学生中，有两成…; 今年新增的企业中，…占比接近一半: a set, a part of which the next
    clause counts; 前11个月，…1,135件: this year to November."""
    body = (
        "澄湾园区今年参与计划的学生中，有两成在毕业后获聘用。"
        "今年新增的企业中，人工智能企业占比接近一半。"
        "前11个月，园区企业新增授权发明专利1,135件。"
    )
    facts = _read(lexicon, segmenter, body, "2026-12-07")
    assert not [f.label for f in facts if f.kind is FactKind.MILESTONE]
    assert [(f.date, f.value) for f in facts if f.kind is FactKind.FIGURE and f.unit == "件"] == [("2026-11", 1135)]


def test_an_evening_s_service_runs_on_past_midnight_and_a_bare_booking_is_the_show_s(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """福民站当晚将延长运营至次日凌晨1时30分: 当晚 (after a name) dates it, 次日 is the hours' end;
    本次灯光秀 is the show named before; 预约将于12月21日开放: the show's booking."""
    body = (
        "“澄光”跨年灯光秀将于12月31日晚在澄湾园区上演。"
        "本次灯光秀将于当晚23时50分开始。地铁福民站当晚将延长运营至次日凌晨1时30分。"
        "观众需提前预约入场，预约将于12月21日上午10时开放。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-07")
    assert {
        ("2026-12-31", "地铁福民站将延长运营至次日凌晨1时30分"),
        ("2026-12-21", "“澄光”跨年灯光秀预约将开放"),
    } <= dated
    assert not any(label.startswith(("本次", "将")) for _, label in dated)


def test_a_bare_contest_is_the_one_named_and_its_next_edition_the_series(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """本届比赛于上周六开赛: the edition named before; 该赛事将每年举办: the series; 第二届比赛初步定于
    明年11月举行: the series' second, 初步定于 gone with the date; 调整期暂定至本周五: how long, no event."""
    body = (
        "首届“澄湾杯”企业羽毛球团体赛昨日在澄湾体育中心落幕。本届比赛于上周六开赛。"
        "组委会表示，明年起该赛事将每年举办一届。第二届比赛初步定于明年11月举行。"
        "园区穿梭巴士自明天起首班车推迟至7时发车，调整期暂定至本周五。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-07")
    assert {
        ("2026-12-05", "首届“澄湾杯”企业羽毛球团体赛开赛"),
        ("2027", "“澄湾杯”企业羽毛球团体赛将每年举办一届"),
        ("2027-11", "第二届“澄湾杯”企业羽毛球团体赛举行"),
    } <= dated
    assert not any(label.startswith("调整期") for _, label in dated)


def test_a_drafts_consultation_closes_and_the_adopted_rules_take_its_title(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """起草了《X办法（征求意见稿）》，即日起至…向社会公开征求意见: the consultation closes; 办法拟于…
    起施行: 《X办法》; 单台价值在50万元以上的仪器: which ones, no figure."""
    body = (
        "发展署起草了《澄湾园区仪器共享管理办法（征求意见稿）》，即日起至2027年1月6日向社会公开征求意见。"
        "征求意见稿明确单台价值在50万元以上的科研仪器均应纳入共享平台。办法拟于明年3月1日起施行。"
    )
    facts = _read(lexicon, segmenter, body, "2026-12-07")
    dated = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert {
        ("2027-01-06", "《澄湾园区仪器共享管理办法（征求意见稿）》征求意见截止"),
        ("2027-03-01", "《澄湾园区仪器共享管理办法》拟施行"),
    } <= dated
    assert not [f.measure for f in facts if f.kind is FactKind.FIGURE]


def test_a_study_is_of_what_is_being_studied_and_one_founder_s_firm_is_not_another(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """正研究再兴建一座宿舍，可行性研究预计…完成: that study; X由Z教授于2024年创立 and a laboratory Z's
    university set up in June 2024: two foundings; 团队人数计划由…增至: 团队人数, no plan."""
    first = (
        "2026-12-07",
        "公司正研究在第二期用地上再兴建一座宿舍，可行性研究预计明年上半年完成。"
        "澄森光电由香港理工大学教授骆思远于2024年创立，团队人数计划由现时的二十五人增至明年年底的六十人。",
    )
    second = ("2026-11-20", "澄湾新能源联合实验室于2024年6月由香港理工大学在澄湾园区成立。")
    facts = _milestones_of_two(lexicon, segmenter, first, second)
    assert ("2027-06", "在第二期用地上再兴建一座宿舍的可行性研究预计完成") in {(f.date, f.label) for f in facts}
    founded = [f for f in facts if f.event == "found"]
    assert len(founded) == 2 and all(len(f.sources) == 1 for f in founded)
    figures = _read(lexicon, segmenter, first[1], first[0])
    assert [f.measure for f in figures if f.kind is FactKind.FIGURE and f.value == 60] == ["团队人数"]


def test_a_drill_done_with_a_partner_in_a_numbered_building_is_dated_by_yesterday(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """昨天上午，X大队联合Y中心，在园区5号科研楼开展冬季消防演练: 5号科研楼 is no 5th, 冬季 names the drill,
    and the deed is the clause after whom X did it with; 香港红十字会 holds no modal 会."""
    body = (
        "昨天上午，澄湾消防救援大队联合澄湾园区运营服务中心，在园区5号科研楼开展冬季消防疏散演练。"
        "香港红十字会输血服务中心将于本月15日在园区第二座大楼举行捐血日。"
    )
    assert {
        ("2026-12-06", "澄湾消防救援大队联合澄湾园区运营服务中心在园区5号科研楼开展冬季消防疏散演练"),
        ("2026-12-15", "香港红十字会输血服务中心将在园区第二座大楼举行捐血日"),
    } == _dated_labels(lexicon, segmenter, body, "2026-12-07")


def test_a_profile_s_years_are_the_person_s_and_a_density_is_no_may(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """叶X2015年赴英攻读博士，2019年毕业后加入…: his too; 通过了认证，能量密度比…高约三成: 能量 is no
    能 (may), the certification alone."""
    body = (
        "叶卓澄2015年赴英国攻读博士，2019年毕业后加入伦敦一家电池企业。"
        "今年六月，团队研发的柔性电池通过了国际安全认证，能量密度比同类产品高约三成。"
    )
    assert {
        ("2019", "叶卓澄毕业后加入伦敦一家电池企业"),
        ("2026-06", "团队研发的柔性电池通过了国际安全认证"),
    } <= _dated_labels(lexicon, segmenter, body, "2026-12-07")


def test_next_year_s_call_opening_today_is_the_call_opening(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """「X计划」明年的报名今日起开始: the call opens today; 明年的 says which year's, no part of the label."""
    body = "澄湾科技园公司今日宣布，「澄湾暑期实习计划」明年的报名今日起开始，截止日期为明年1月31日。"
    assert ("2026-12-07", "「澄湾暑期实习计划」报名开始") in _dated_labels(lexicon, segmenter, body, "2026-12-07")


def test_a_firm_disclosing_is_the_later_bare_company_and_a_close_is_on_the_last_day(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """…企业X昨晚在港交所披露，公司已通过上市聆讯，预计本周四起招股: X's; 12.1—12.6，为期六天的Y圆满落幕:
    on the 6th; 明年见！: a farewell, no event."""
    body = (
        "总部位于澄湾园区的服务机器人企业澄川机器人昨晚在港交所披露，公司已通过上市聆讯，预计本周四起招股。"
        "12.1—12.6，为期六天的“2026澄湾科技节”圆满落幕！明年见！"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-07")
    assert {
        ("2026-12-06", "澄川机器人已通过上市聆讯"),
        ("2026-12-10", "澄川机器人预计招股"),
        ("2026-12-06", "“2026澄湾科技节”圆满落幕"),
    } == dated


def test_a_win_told_after_the_final_closed_is_of_that_day(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """…团体赛昨日落幕。经过激烈角逐，X以3:1战胜Y，夺得冠军；Z获得季军: both prizes that day; the win
    is the deed (the match its means) and a score (3:1) ends no clause."""
    body = (
        "首届“澄江杯”网球团体赛昨日在澄湾园区网球中心落幕。"
        "经过激烈角逐，澄屿科技队以3:1战胜澄岚生物队，夺得冠军；澄汐数码队获得季军。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-07")
    assert ("2026-12-06", "澄屿科技队以3:1战胜澄岚生物队夺得冠军") in dated
    assert ("2026-12-06", "澄汐数码队获得季军") in dated


def test_a_date_of_what_a_price_is_compared_with_and_a_share_price_move_are_no_events(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """以…收购X七成股权，较X今年6月最近一轮融资的估值溢价约15%: June is the round's, no event; 股价今早一度
    急升12%: a market's move."""
    body = (
        "澄屿集团昨晚公布，已与澄岚生物股东签订买卖协议，以现金约2亿港元收购澄岚生物70%股权，"
        "较澄岚生物今年6月最近一轮融资的估值溢价约15%。"
        "消息公布后，澄屿集团股价今早一度急升12%。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-05")
    assert [date for date, _ in dated] == ["2026-12-04"]


def test_a_project_building_a_list_is_the_project_its_notice_named(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """现对X项目环境影响报告书进行公示。项目主要建设A、B及配套用房，计划明年3月动工: X项目 is to break
    ground, not 项目主要建设A、B."""
    body = (
        "现对澄湾园区澄汐生物医药中试基地项目环境影响报告书进行第二次公示。"
        "项目主要建设生物药中试车间、质量检测实验室及配套用房，计划明年3月动工。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-04")
    assert ("2027-03", "澄湾园区澄汐生物医药中试基地项目计划动工") in dated


def test_a_lease_concluded_and_a_sale_signed_on_one_day_stay_two(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X已与Y订立租赁协议 and Z已与W签订买卖协议, reported for one day: no party shared, two signings
    (订立 names who signed as 签订 does)."""
    first = ("2026-12-05", "澄屿生科昨日公布，其全资附属公司已与澄湾科技园公司订立租赁协议，租用园区一座大楼。")
    second = ("2026-12-05", "澄岚集团昨晚公布，已与澄汐生物的现有股东签订买卖协议，收购澄汐生物70%股权。")
    signed = [f for f in _milestones_of_two(lexicon, segmenter, first, second) if f.date == "2026-12-04"]
    assert len(signed) == 2, [f.label for f in signed]


def test_that_firm_inside_a_clause_and_a_bare_group_are_the_ones_named(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """已与X的现有股东签订买卖协议，以现金…收购该公司70%股权: X, though named as the other party (and as
    a firm only later: X于2023年成立); 集团计划… after X集团主席…表示: the one group named."""
    body = (
        "上市公司澄屿集团昨晚公布，已与澄汐生物的现有股东签订买卖协议，以现金约2亿港元收购该公司70%股权。"
        "交易预计于明年第一季完成。澄汐生物于2023年在澄湾园区成立。"
        "澄屿集团主席表示，收购完成后，澄汐生物会保留现有团队；集团计划明年向其再投入5000万港元。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-05")
    assert any(date == "2026-12-04" and label.endswith("收购澄汐生物70%股权") for date, label in dated), dated
    assert ("2027-03", "收购澄汐生物70%股权的交易预计完成") in dated
    assert ("2027", "澄屿集团计划向其再投入5000万港元") in dated


def test_a_notice_period_told_by_its_end_closes_and_a_weekday_of_working_hours_is_weekly(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """公示首批X名单，公示期至12月9日: X名单's notice closes on the 9th; 工作日服务时间调整为…，周六上午
    增设半天门诊: every Saturday, no day."""
    body = (
        "12月2日，澄湾园区公示首批联合实验室拟认定名单，公示期至12月9日。"
        "调整后，澄湾诊所工作日服务时间调整为8:30—20:00，周六上午增设半天门诊。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-03")
    assert ("2026-12-09", "首批联合实验室拟认定名单公示截止") in dated
    assert not any(date == "2026-11-28" for date, _ in dated), dated


def test_two_places_whose_hours_change_on_one_day_stay_two(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X门诊部延长服务时间 and Y管制站的旅客通关服务时间延长至…, from one day: two places' hours."""
    first = ("2026-12-07", "澄湾园区国际医疗门诊部自12月14日（下周一）起延长服务时间。")
    second = ("2026-12-07", "澄湾支线管制站的旅客通关服务时间由下周一（12月14日）起延长至晚上11时半。")
    hours = [f for f in _milestones_of_two(lexicon, segmenter, first, second) if f.date == "2026-12-14"]
    assert len(hours) == 2, [f.label for f in hours]


def test_a_team_a_person_leads_moves_in_and_publishes(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """由X大学教授Y带领的研究团队…，相关论文已于上月底…发表: Y's team's paper, not the university's;
    Y表示，团队2024年进驻…: Y's team moved in."""
    body = (
        "由澄湾大学教授岑霁带领、进驻澄湾园区的研究团队，成功研发一种新型电解质，"
        "相关论文已于上月底在国际期刊《澄湾材料》发表。"
        "岑霁表示，团队2024年进驻澄湾园区后，用了约两年时间完成材料筛选。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-06")
    assert ("2026-11", "岑霁团队的论文已在国际期刊《澄湾材料》发表") in dated
    assert ("2024", "岑霁团队进驻澄湾园区") in dated


def test_a_market_called_off_for_repairs_and_held_another_day(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """原定本月12日…举行的「X」，因…维修而取消，主办方会于明年另定日期举行: X called off today, and X to be
    held next year; 去年首届市集于12月中举行: the year and its month are one date; 合约于今年9月批出: 约于
    is no "about"."""
    body = (
        "澄湾园区公司今日宣布，原定本月12日在广场举行的「澄湾冬日市集」，因地台需维修而取消，"
        "主办方会于明年另定日期举行。去年首届市集于12月中举行。工程合约于今年9月批出。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-07")
    assert {
        ("2026-12-07", "「澄湾冬日市集」取消"),
        ("2027", "「澄湾冬日市集」另定日期举行"),
        ("2025-12", "首届市集举行"),
        ("2026-09", "工程合约批出"),
    } <= dated, dated


def test_a_day_told_again_in_december_is_of_the_coming_january(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """2027年元旦放假时间为1月1日至3日。…1月2日、3日正常开放，1月1日闭馆一天, told in December: the
    coming 1 January, not the last."""
    body = (
        "2027年元旦放假时间为1月1日至3日。澄湾展厅1月2日、3日正常开放，1月1日闭馆一天。"
        "澄湾服务大厅1月4日起恢复正常办公。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-07")
    assert ("2027-01-01", "澄湾展厅闭馆一天") in dated
    assert ("2027-01-04", "澄湾服务大厅恢复正常办公") in dated
    assert ("2027-01-02", "澄湾展厅正常开放") in dated


def test_a_listing_and_a_listed_firms_plan_of_one_day_stay_two(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X在科创板挂牌上市 and 科创板上市公司Y拟在园区投资建设…, told for one day: two firms."""
    first = ("2026-12-04", "今日，工业视觉企业澄汐智能在上海证券交易所科创板挂牌上市。")
    second = ("2026-12-05", "科创板上市公司澄屿科技12月4日晚间公告，公司拟在澄湾园区投资建设“澄屿研发总部项目”。")
    listed = [f for f in _milestones_of_two(lexicon, segmenter, first, second) if f.date == "2026-12-04"]
    assert len(listed) == 2, [f.label for f in listed]


def test_a_founders_interview_speaks_for_the_firm_and_names_what_was_asked(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """专访｜X机器人创始人 … 问：第二代产品何时推出？答：我们计划明年年中推出第二代巡检机器人: X plans it
    (the answer names the product asked of, so it is no subject)."""
    body = "问：第二代产品何时推出？\n\n答：我们计划明年年中推出第二代巡检机器人。"
    facts = _read(lexicon, segmenter, body, "2026-12-06", title="专访｜澄屿机器人创始人：明年推出新品")
    labels = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert ("2027-06", "澄屿机器人计划推出第二代巡检机器人") in labels
    untitled = _dated_labels(lexicon, segmenter, body, "2026-12-06")
    assert not any(label.startswith("第二代产品") for _, label in untitled), untitled


def test_a_departments_head_speaks_for_the_firm_and_cvs_received_are_a_count(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """X人力资源负责人介绍，公司当天收到简历近200份，计划年底前新招聘研发人员40名: X's plan (not
    X人力资源's); the CVs received are a count, no event."""
    body = (
        "12月5日，澄湾园区冬季招聘会举行。"
        "澄岚半导体人力资源负责人介绍，公司当天收到简历近200份，计划年底前新招聘研发人员40名。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-07")
    assert ("2026-12", "澄岚半导体计划新招聘研发人员40名") in dated
    assert not any("简历" in label for _, label in dated), dated


def test_the_first_of_the_sessions_told_is_named(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """明年将举办两场集成电路产业专场招聘会，其中第一场定于3月下旬举行: 第一场 is the first of those fairs."""
    body = "澄湾园区明年将举办两场集成电路产业专场招聘会，其中第一场定于3月下旬举行。"
    assert ("2027-03", "第一场集成电路产业专场招聘会举行") in _dated_labels(lexicon, segmenter, body, "2026-12-07")


def test_a_law_acted_under_is_no_policy_and_a_premium_is_a_measure_of_its_deal(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """根据《X办法》的有关规定，现对…进行公示: the law a notice acts under, no policy of the zone;
    昨日公布…收购Y 70%股权，较Y今年6月最近一轮融资的估值溢价约15%: the premium, of the deal's day
    (no 股权 of June, which made a false series with the 70%)."""
    notice = "根据《环境影响评价公众参与办法》的有关规定，现对澄湾园区中试基地项目进行第二次公示。"
    assert not [f for f in _read(lexicon, segmenter, notice, "2026-12-04") if f.kind is FactKind.POLICY]
    deal = "澄屿集团昨日公布，以现金约2亿港元收购澄汐生物70%股权，较澄汐生物今年6月最近一轮融资的估值溢价约15%。"
    figures = {
        (f.measure, f.value, f.date) for f in _read(lexicon, segmenter, deal, "2026-12-05") if f.kind is FactKind.FIGURE
    }
    assert ("估值溢价", 15, "2026-12-04") in figures and ("股权", 70, "2026-12-04") in figures, figures


def test_the_companys_delegation_is_the_firms(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X公司昨日在新加坡与Y签署备忘录。是次签约是公司代表团东南亚之行的一部分。代表团本周一抵达新加坡:
    X's delegation."""
    body = (
        "澄湾科技园有限公司昨日在新加坡与澄汐大学签署合作备忘录。"
        "是次签约是公司代表团东南亚之行的一部分。代表团本周一抵达新加坡，将于明日转往吉隆坡访问。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-05")
    assert ("2026-11-30", "澄湾科技园有限公司代表团抵达新加坡") in dated, dated


def test_weekdays_of_opening_hours_and_that_day_of_a_month_told(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """开放时间为星期二至星期日…: the days of the week it opens, no date; 去年12月，…举办首届X，当天
    共接待…: a day of that December, not the day an earlier sentence told, and a tally, no event."""
    hours = "澄湾体育馆将于明年1月8日起试业，试业期间开放时间为星期二至星期日上午7时至晚上10时。"
    assert _dated_labels(lexicon, segmenter, hours, "2026-12-06") == {("2027-01-08", "澄湾体育馆将试业")}
    body = "居民须提前预约，预约将于本周四中午12时截止。去年12月，澄湾园区曾举办首届义诊日，当天共接待居民320人次。"
    facts = _read(lexicon, segmenter, body, "2026-12-07")
    dated = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert ("2025-12", "澄湾园区曾举办首届义诊日") in dated and not [d for d in dated if "接待" in d[1]], dated
    assert [f.date for f in facts if f.kind is FactKind.FIGURE and f.unit == "人次"] == ["2025-12"]


def test_a_schedule_changed_is_an_event(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """明年起义诊日将改为每季度举办一次: a schedule changed from next year, news (每季度举办 alone is no
    one event)."""
    body = "澄湾园区相关负责人表示，明年起义诊日将改为每季度举办一次。"
    assert ("2027", "义诊日将改为每季度举办一次") in _dated_labels(lexicon, segmenter, body, "2026-12-07")


def test_works_begun_are_what_ends(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """营办商已于上月展开改善工程，预计明年二月底前完成: the works end, not the operators."""
    body = "澄湾电讯已于上月展开改善工程，预计明年二月底前完成。"
    assert ("2027-02", "改善工程预计完成") in _dated_labels(lexicon, segmenter, body, "2026-12-02")


def test_a_body_consulted_is_named_without_the_verb(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """经咨询通讯事务管理局办公室…，现答复如下: the office, not 咨询通讯事务管理局办公室."""
    body = "经咨询通讯事务管理局办公室及澄湾科技园有限公司，现答复如下：园区已完成5G网络覆盖。"
    entities = {f.label for f in _read(lexicon, segmenter, body, "2026-12-02") if f.kind is FactKind.ENTITY}
    assert "通讯事务管理局办公室" in entities and not [e for e in entities if e.startswith("咨询")], entities


def test_measures_of_a_hall_a_library_and_two_industries(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """体育馆楼高两层，总面积约…: the hall's area (its height told apart); 藏书约3.5万册: books
    counted; 集成电路和生物医药两大产业合计贡献产值: cut to fit without cutting a word; 分行业看，…: of
    the months the sentence before told; 全年…有望突破: this year's aim."""
    body = (
        "1—10月，澄湾园区规模以上工业总产值达286.4亿元。"
        "分行业看，集成电路和生物医药两大产业合计贡献产值约160亿元。"
        "园区体育馆楼高两层，总面积约2,400平方米，阅览室藏书约3.5万册。"
        "统计部门预计，园区全年规上工业总产值有望突破340亿元。"
    )
    figures = {
        (f.measure, f.value, f.date, f.is_target)
        for f in _read(lexicon, segmenter, body, "2029-12-04")
        if f.kind is FactKind.FIGURE
    }
    assert ("集成电路和生物医药产业贡献产值", 1.6e10, "2029-10", False) in figures, figures
    assert ("园区体育馆总面积", 2400, "2029-12-04", False) in figures, figures
    assert ("阅览室藏书", 35000, "2029-12-04", False) in figures, figures
    assert ("园区全年规上工业总产值", 3.4e10, "2029", True) in figures, figures


def test_those_counted_before_and_a_quoted_days_call(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """…首批三座大楼已于去年十二月启用。…在该三座大楼内安装…: the three named before; 举办“X义诊日”
    活动。…预约将于本周四截止: the clinic day's booking, not a bare 预约."""
    body = (
        "澄湾科技园首批三座大楼已于去年十二月启用。四家营办商已于今年三月完成在该三座大楼内安装室内覆盖系统。"
        "澄湾园区将于本周六举办“澄湾名医义诊日”活动。居民须提前预约，预约将于本周四中午12时截止。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-07")
    assert ("2026-03", "四家营办商已完成在澄湾科技园首批三座大楼内安装室内覆盖系统") in dated, dated
    assert ("2026-12-10", "澄湾名医义诊日预约将截止") in dated, dated


def test_a_season_naming_an_activity_and_a_plan_told_before(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """上周六上午，…开展冬季义务植树活动: 冬季 names the activity, the day is Saturday's; 该计划于
    今年3月启动: the plan told before, a noun, so no aim; 园区今年7月起推行的X: X, without a stray 起."""
    body = (
        "上周六上午，澄湾园区在西侧绿化带开展冬季义务植树活动。"
        "该计划于今年3月启动。澄湾公司昨日表示，园区今年7月起推行的厨余回收试验计划成效理想，"
        "计划将于明年1月1日起扩展至全部四座大楼。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-07")
    assert ("2026-12-05", "澄湾园区在西侧绿化带开展冬季义务植树活动") in dated, dated
    assert ("2026-03", "该计划启动") in dated, dated
    assert ("2027-01-01", "园区推行的厨余回收试验计划将扩展至全部四座大楼") in dated, dated
    facts = _read(lexicon, segmenter, body, "2026-12-07")
    assert [f.is_target for f in facts if f.kind is FactKind.MILESTONE and f.label == "该计划启动"] == [False]


def test_a_span_to_last_month_is_a_tally_in_tonnes(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """计划成效理想，由7月至上月底共回收厨余约18公吨: July past (the span has ended), a figure of
    tonnes as of the span's end, no event; 至此园区共配置AED 46台: 至此 is no part of the measure."""
    body = (
        "澄湾园区表示，厨余回收试验计划成效理想，由7月至上月底共回收厨余约18公吨。"
        "园区最后一批8台AED已于11月30日安装完毕，至此园区公共区域共配置AED 46台。"
    )
    facts = _read(lexicon, segmenter, body, "2026-12-04")
    assert not [f for f in facts if f.kind is FactKind.MILESTONE and "回收" in f.label]
    figures = {(f.measure, f.value, f.unit, f.date) for f in facts if f.kind is FactKind.FIGURE}
    assert ("回收厨余", 18, "吨", "2026-11") in figures, figures
    assert [m for m, v, _, _ in figures if v == 46] == ["园区公共区域共配置AED"], figures


def test_a_talk_is_not_an_opening_held_the_same_day_at_the_same_park(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """警方…到港深创新及科技园举行防骗讲座 and 港深创新及科技园第七座大楼举行启用礼 on one day: two
    occasions (讲座, 启用礼), two facts."""
    talk = ("2026-12-07", "警方上周五到港深创新及科技园举行防骗讲座，约150名园区员工出席。")
    opening = ("2026-12-05", "港深创新及科技园第七座大楼昨日举行启用礼。")
    assert len(_milestones_of_two(lexicon, segmenter, talk, opening)) == 2


def test_the_numbered_parts_of_a_series_are_the_series(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """…主讲「X讲堂」第三讲。…首讲于7月举行，第四讲定于明年2月举行: the series' first and fourth talks."""
    body = (
        "岑志远教授昨日在澄湾园区主讲「澄湾院士讲堂」第三讲。"
        "「澄湾院士讲堂」于今年6月推出，首讲于7月举行。主办方表示，第四讲定于明年2月举行。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-05")
    assert ("2026-07", "「澄湾院士讲堂」首讲举行") in dated and ("2027-02", "「澄湾院士讲堂」第四讲举行") in dated, (
        dated
    )


def test_counts_from_a_place_of_those_told_and_a_speed_is_no_day(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """首批8家律师事务所入驻，其中5家来自香港: 来自香港的律师事务所, not 香港; 12家入营初创企业向60余家
    投资机构展示了…: the start-ups and the investors, not 举行 or the showing; 一般文件最快翌日送达: a
    speed, no day."""
    body = (
        "澄湾法律服务中心昨日揭牌，首批8家律师事务所入驻，其中5家来自香港。"
        "路演在澄湾园区举行，12家入营初创企业向60余家投资机构展示了项目进展。"
        "澄湾园区首个快递收发点将于下周一（14日）启用，一般文件最快翌日送达。"
    )
    facts = _read(lexicon, segmenter, body, "2026-12-07")
    measures = {f.measure: f.value for f in facts if f.kind is FactKind.FIGURE}
    assert measures["来自香港的律师事务所"] == 5 and "香港" not in measures, measures
    assert measures["入营初创企业"] == 12 and measures["投资机构"] == 60, measures
    dated = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert not [d for d in dated if "送达" in d[1]], dated


def test_a_show_closes_and_the_activitys_day_is_the_occasions(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """以“X”为主题的摄影展昨日开幕，展期至明年1月10日: the show closes then; X慈善跑将于本月20日举行。
    …主办机构提醒，活动当日…实施临时交通管制: the run's day, not the call's close told last."""
    show = "以“澄湾印象”为主题的摄影展昨日在澄湾园区开幕，展期至明年1月10日。"
    assert ("2027-01-10", "“澄湾印象”摄影展闭幕") in _dated_labels(lexicon, segmenter, show, "2026-12-06")
    run = (
        "第二届「澄湾慈善跑」将于本月20日在澄湾园区举行。报名将于本月13日截止。"
        "主办机构提醒，活动当日上午7时至11时，园区部分道路将实施临时交通管制。"
    )
    dated = _dated_labels(lexicon, segmenter, run, "2026-12-03")
    assert ("2026-12-20", "园区部分道路将实施临时交通管制") in dated, dated


def test_a_phase_told_after_a_speaker_is_not_the_speakers(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """园区管理部门表示，二期改造将于明年初启动: the works' second phase, not the department's;
    共吸引128名6至16岁的棋手参加: the players counted, their ages aside."""
    body = "澄湾园区管理部门表示，二期改造将于明年初启动，预计明年6月前完成。比赛共吸引128名6至16岁的棋手参加。"
    facts = _read(lexicon, segmenter, body, "2026-12-02")
    assert ("2027", "二期改造将启动") in {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert [f.measure for f in facts if f.kind is FactKind.FIGURE and f.value == 128] == ["参会棋手"]


def test_a_day_said_twice_and_a_day_told_by_its_neighbour(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """本月22日冬至当天，…: one day said twice; 将于冬至前一天（21日）下午举办X体验活动，…，报名将于本周五
    截止: the bracket dates the whole phrase, and the call is the activity's; 明年的义卖会将扩大至…举行:
    next year's sale."""
    body = (
        "本月22日冬至当天，澄湾园区将在食堂为科研人员免费提供汤圆。"
        "园区人才服务中心将于冬至前一天（21日）下午举办包饺子体验活动，名额60个，报名将于本周五截止。"
        "公司表示，明年的义卖会将扩大至澄湾园区同步举行。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-07")
    assert ("2026-12-22", "澄湾园区将在食堂为科研人员免费提供汤圆") in dated, dated
    assert ("2026-12-21", "园区人才服务中心将举办包饺子体验活动") in dated, dated
    assert ("2026-12-11", "包饺子体验活动报名将截止") in dated, dated
    assert ("2027", "义卖会将扩大至澄湾园区同步举行") in dated, dated


def test_the_money_raised_is_what_is_handed_over(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X义卖共筹得逾38万港元，将于本月内全数转交Y: the sale's money is handed over, not the sale."""
    body = "澄湾园区上周六举行的慈善义卖共筹得逾38万港元，将于本月内全数转交一间儿童慈善机构。"
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-04")
    assert ("2026-12", "澄湾园区举行的慈善义卖所得善款将全数转交一间儿童慈善机构") in dated, dated


def test_a_made_thing_told_alone_is_what_the_next_clause_tells_of(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """园区企业X自主研制的两颗卫星，于…成功发射: the satellites were launched, not the park; 企业澄穹星图
    (a coined name whose first character jieba tags a verb) is the firm a later 该公司 stands for."""
    body = (
        "园区企业澄穹星图自主研制的三颗通信卫星，于11月20日在酒泉卫星发射中心成功发射。该公司首颗卫星于2023年5月发射。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-11-21")
    assert ("2026-11-20", "三颗通信卫星在酒泉卫星发射中心成功发射") in dated, dated
    assert ("2023-05", "澄穹星图首颗卫星发射") in dated, dated


def test_a_campaign_begun_is_what_ends(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X，由本月10日起在园区展开为期两星期的清洁行动，预计于本月24日结束: X begins it, the campaign
    ends; 该项目…，建设内容包括…，计划于明年3月开工: the project, whose building is scoped."""
    body = (
        "澄湾园区管理处联同区议会，由本月10日起在园区一带展开为期两星期的清洁行动，预计于本月24日结束。"
        "澄湾南路改造项目全长约1.2公里，建设内容包括道路及排水工程，计划于明年3月开工。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2027-05-08")
    assert ("2027-05-10", "澄湾园区管理处联同区议会在园区一带展开为期两星期的清洁行动") in dated, dated
    assert ("2027-05-24", "清洁行动预计结束") in dated, dated
    assert ("2028-03", "澄湾南路改造项目计划开工") in dated, dated


def test_the_next_round_of_a_scheme_told_with_its_first(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """首期「X计划」…。…表示，第二期将于明年第二季接受申请: the scheme's second round, not the park's."""
    body = (
        "澄湾园区公司昨日公布，首期「澄湾青年创业计划」共取录12个团队。公司行政总裁表示，第二期将于明年第二季接受申请。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-07")
    assert ("2027-06", "「澄湾青年创业计划」第二期将接受申请") in dated, dated


def test_values_listed_after_respectively_are_each_of_their_item(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """A馆和B馆的面积分别为…和…: each hall's; 第二、第三中标候选人的投标报价分别为…: 第二 shares the
    head; 两家企业的融资额分别为…: which is whose cannot be told, so neither is a figure; 其中3间已在海外
    完成A轮融资: those that did; 毫升 is read."""
    body = (
        "澄湾园区东馆和西馆的面积分别为3,000平方米和5,000平方米。"
        "第二、第三中标候选人的投标报价分别为2.1亿元和2.3亿元。"
        "两家企业的融资额分别为3亿元和5亿元。"
        "据了解，12间企业主要从事芯片设计，其中4间已在海外完成A轮融资。"
        "活动献血总量达3.2万毫升。"
    )
    figures = {(f.measure, f.value) for f in _read(lexicon, segmenter, body, "2026-12-03") if f.kind is FactKind.FIGURE}
    assert {
        ("澄湾园区东馆面积", 3000),
        ("西馆面积", 5000),
        ("第二中标候选人投标报价", 2.1e8),
        ("第三中标候选人投标报价", 2.3e8),
        ("企业", 12),
        ("完成A轮融资的企业", 4),
        ("活动献血总量", 32000),
    } <= figures, figures
    assert not {value for _, value in figures} & {3e8, 5e8}, figures


def test_an_article_retitled_is_read_again_and_a_corpus_read_twice_is_merged_alike(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """The per-process caches key an article by its title too (a weekly report's title dates its
    本周三), and give a corpus read again the same merged facts, in a list of its own."""
    body = "本周三，澄湾园区举行开放日活动。"
    weekly = Article("w", "园区周报｜12月21日—12月27日", "2026-12-30", "zh-Hans", body)
    plain = Article("w", "澄湾园区动态", "2026-12-30", "zh-Hans", body)
    extractor = Extractor(lexicon, segmenter)
    first = extractor.extract([weekly])
    again = extractor.extract([weekly])
    assert [f.date for f in first if f.kind is FactKind.MILESTONE] == ["2026-12-23"]
    assert again == first and again is not first
    assert [f.date for f in extractor.extract([plain]) if f.kind is FactKind.MILESTONE] == ["2026-12-30"]


def test_how_long_a_trial_runs_is_no_event_at_its_end(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """X将试行至明年1月6日, Y将开放至…: how long it goes on (not a start on that day), while 推迟至明年
    元旦开放 is an opening then; 12月起进入秋冬季…关键期: a season, no deed."""
    body = (
        "澄湾园区食堂从本月7日起试行早餐外卖服务，服务将试行至明年1月6日。"
        "园区临时停车场将开放至明年2月底。"
        "原定本月开放的澄湾科学馆新展厅，将推迟至明年元旦开放。"
        "12月起园区进入秋冬季污染防治关键期。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-14")
    assert ("2026-12-07", "澄湾园区食堂试行早餐外卖服务") in dated, dated
    assert ("2027-01-01", "澄湾科学馆新展厅将推迟开放") in dated, dated
    assert len(dated) == 2, dated


def test_figures_of_use_by_time_of_week_and_of_satisfaction(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """平日每日约有450人次使用，周末增至约1,100人次: use, then use at weekends; 单价集中在12元至18元:
    the price; 满意度达八成半: 85% of a rate (not 力度提高两成, a change)."""
    body = (
        "澄湾绿道平日每日约有380人次使用，周末增至约950人次。"
        "早餐单价集中在8元至15元之间。"
        "用户满意度达八成半。"
        "园区对企业的支持力度提高两成。"
    )
    figures = {(f.measure, f.value) for f in _read(lexicon, segmenter, body, "2026-12-10") if f.kind is FactKind.FIGURE}
    assert figures == {("使用人次", 380), ("周末使用人次", 950), ("早餐单价", 15), ("用户满意度", 85)}, figures


def test_results_of_an_exam_told_before_and_how_long_a_sale_runs(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """…考试在…举行。成绩预计将于…公布，考生可…查询: the exam's results are published then (公布 is the
    deed, not how news was told); 纪念品会发售至明年6月8日: how long, no event; 每人限购5个: a rule."""
    body = (
        "澄湾区青年技能考试于12月5日在澄湾园区举行，本次考试共设8个考场。"
        "成绩预计将于明年1月中旬公布，考生可登录考试网查询。"
        "园区纪念品将于明日起发售，会发售至明年6月8日，每人每次限购5个纪念品。"
        "公共用电预计再下降15%左右。"
    )
    facts = _read(lexicon, segmenter, body, "2026-12-07")
    dated = {(f.date, f.label) for f in facts if f.kind is FactKind.MILESTONE}
    assert ("2027-01", "澄湾区青年技能考试成绩预计将公布") in dated, dated
    assert not [label for date, label in dated if date == "2027-06-08"], dated
    assert not [f for f in facts if f.kind is FactKind.FIGURE and f.value in (5, 15)], facts


def test_what_was_made_a_yearly_occasion_is_what_is_held_more_often(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """两地计划把开放日定为每年举办的活动，明年将增加至春秋两季各举行一次: the open day, not the parks."""
    body = "澄湾两地园区计划把科学开放日定为每年举办的活动，明年将增加至春秋两季各举行一次。"
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-14")
    assert ("2027", "科学开放日将增加至春秋两季各举行一次") in dated, dated


def test_a_parks_firm_named_by_its_trade_and_what_it_does_next(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """对于园区企业X生物来说，…: X is the firm a later 公司 stands for; 公司员工已从…增加到…，年底前还将…
    设立…: the firm sets it up, not its staff."""
    body = (
        "对于河套深圳园区企业澄岫医疗来说，今年是忙碌的一年。"
        "年中，公司完成了2亿元A轮融资。"
        "公司员工已从年初的50人增加到90人，年底前还将在香港设立一个研发分部。"
    )
    dated = _dated_labels(lexicon, segmenter, body, "2026-12-18")
    assert ("2026-06", "澄岫医疗完成了2亿元A轮融资") in dated, dated
    assert ("2026-12", "澄岫医疗将在香港设立一个研发分部") in dated, dated


def test_added_this_year_of_a_total_and_the_floor_area_of_what_is_set_up(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """累计申请专利86项，其中今年新增44项: those added, not the total again; 设立「X中心」，楼面面积约…:
    the centre's floor area, not that of 河套 inside its name."""
    body = (
        "成立三年来，澄湾实验室累计申请发明专利60项，其中今年新增25项。"
        "澄湾大学将在园区设立「澄湾河套材料研究中心」，楼面面积约3,200平方米。"
    )
    figures = {(f.measure, f.value) for f in _read(lexicon, segmenter, body, "2026-12-16") if f.kind is FactKind.FIGURE}
    assert ("澄湾实验室新增申请发明专利", 25) in figures, figures
    assert ("澄湾河套材料研究中心楼面面积", 3200) in figures, figures

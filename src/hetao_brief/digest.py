"""Composing a digest from the facts: what is new, the main policies, the latest milestones,
key figures with the date they were true, figures that changed over time, and targets (those
still ahead, and those whose year has passed, marked as such rather than dropped).

A digest is data, not text: the conversation layer renders it in the reader's language, and
the scheduler decides whether an empty one is sent (weekly: yes, daily: no).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from hetao_brief.extract.vocabulary import HEAD_OWNED, ZONE_WIDE
from hetao_brief.facts import Fact, FactKind
from hetao_brief.search import Analyzer, SearchIndex

MAX_ITEMS = 5
_PACKAGE = re.compile(r"政策包|计划|《")
MAX_FIGURES = 4
MAX_POLICIES = 8
_ZONE = re.compile(r"^(?:河套|合作区|深圳园区|香港园区)")
_ZONE_AREA = re.compile(r"(?:河套深港科技创新合作区|河套合作区|合作区|河套深圳园区|深圳园区|香港园区)面积")
_ONE_THING = re.compile(r"(?:项目|工程|大楼|公寓|实验室|公司|院区|医院|校区|学校|样本库)[\u4e00-\u9fff]{0,6}$")
"""河套深圳园区人才公寓三期物业管理服务项目预算, 河套院区总投资: one project's figure, though it names the park."""
MAX_PASSED_TARGETS = 2
_ADDED = re.compile(r"新增|新认定|新引进|新设立|新签约|新落地|每年|同比")


@dataclass(frozen=True)
class Series:
    measure: str
    unit: str
    points: tuple[Fact, ...]
    """Oldest first, one point per date."""


@dataclass(frozen=True)
class Target:
    fact: Fact
    years_away: int
    passed: bool = False
    """Its date, at the precision it gives (2026-03), lies before today: a target of this year
    whose month is over has passed too."""


@dataclass(frozen=True)
class Digest:
    topic: str | None
    new: tuple[Fact, ...]
    policies: tuple[Fact, ...]
    milestones: tuple[Fact, ...]
    series: tuple[Series, ...]
    targets: tuple[Target, ...]
    """Ahead first (soonest first), then passed ones (the latest first)."""
    figures: tuple[Fact, ...] = ()

    @property
    def has_news(self) -> bool:
        return bool(self.new)

    @property
    def is_empty(self) -> bool:
        return not (self.new or self.policies or self.milestones or self.series or self.targets or self.figures)


_OWNERLESS = frozenset(
    "首期投入 资金 拨款 容纳人数 住房 单位 项目 机构 企业 平台 进驻机构 新增进驻机构 "
    "房源 套房 公寓 宿舍 床位 员工 公司员工 公司团队 团队 涉款 协议投资总额 签约项目 "
    "签约总额 参会 参展机构 观众 科研人员 科研机构 人才 现场签约项目 学员 学生 在校学生 "
    "学位 岗位 科技成果 科研成果 签发 货值 资助总额 青年科学家 香港 深圳 内地 海外 研究人员".split()
)
"""Counts that name no owner (机构 of which park? 团队 of which firm?): two of them are of two things,
no series."""
_ONE_OCCASION = re.compile(
    r"^(?:参会|参展|参与|参加|报名|出席|观看|到场|入场|服务)|(?:起始价|票价|市值|募资总额|集资总额|总建筑面积|用地面积)$"
)
"""参会嘉宾, 报名项目, 单程票价, 项目总建筑面积: of one occasion, one route, one plot or one project
(whichever the article told of), no level of the zone: no series across them."""
_ONE_DEAL = re.compile(r"(?:融资|合同|订单|交易)金额$")
"""A轮融资金额: one deal's amount (of whichever firm made it), no level of anything: no series."""
_OF_ONE_THING = re.compile(
    r"(?:金额|价值|成交价|价格|票价|车费|月租|租金|奖金|投资|投资额|出资|募资|集资|规模|面积|全长|长度|通关能力)$"
    r"|奖|参赛|决赛|申请|报名|名额|获奖|参观|载客|乘客量|出入口|(?:出租|入住|准确|满意)率$"
)
"""合约金额, 一等奖奖金, 项目总投资, 楼面面积, 参赛项目, 申请, 出租率, 日均乘客量: what one contract,
prize, project, building, contest, call or route had; told bare (whose, the article said before), two of them are of two
things, no series. Named (香港园区楼面面积, 港青河套实习计划名额) they can be one thing's."""
_OWNER_FIRST = re.compile(
    r"^(?:河套|园区|深圳园区|香港园区|港深|合作区|[\u4e00-\u9fff]{2,14}?(?:园区|园|城|中心|基地|大楼|公司|集团|实验室|学校"
    r"|医院|计划|线|站|口岸|通道|社区|研究院|联盟|基金))(?=[\u4e00-\u9fff]{2})"
)
_ONLY_SCHEDULED = re.compile(
    r"(?:次|下次|下一次)会议|会议将|(?:报名|申请|申报|投标)(?:将|预计)?截止|截[标止]$|公示开始$"
)
"""联合招商小组将举行第三次会议, X报名截止, X中标候选人公示截止: a date in a calendar, no development target."""
_FLOW = re.compile(r"收入|营收|营业额|产值|利润|销售额|交易额|出口额|进出口|投入|融资|增加值|税收")
_SCHEME_RATE = re.compile(r"(?:补贴|资助|奖励|补助|支持|津贴)(?:比例|标准|上限|金额)?$|比例$")
"""A scheme's rate (补贴比例 30%): each scheme has its own; two are no change of one."""


def changed_series(facts: list[Fact]) -> list[Series]:
    """Figures of one measure reported at two or more dates with different values. What was
    added in a period (新增…, 每年新增…) is no level: periods of different lengths make no series.
    Takings and spending are made over months counted from January: those to June and those to
    September are no series, those to September of two years are."""
    by_measure: dict[tuple[str, str, str], dict[str, Fact]] = defaultdict(dict)
    for fact in facts:
        if (
            fact.kind is FactKind.FIGURE
            and fact.measure
            and fact.date
            and fact.unit
            and not fact.is_target
            and not _ADDED.search(fact.measure)
            and fact.measure not in _OWNERLESS
            and not _ONE_DEAL.search(fact.measure)
            and not _ONE_OCCASION.search(fact.measure)
            and not HEAD_OWNED.match(fact.measure)  # 团队研究人员: whichever team's
            and not _SCHEME_RATE.search(fact.measure)
            and not (_OF_ONE_THING.search(fact.measure) and not _OWNER_FIRST.match(fact.measure))
        ):
            period = (fact.date[5:7] or "12") if _FLOW.search(fact.measure) else ""
            by_measure[(fact.measure, fact.unit, period)].setdefault(fact.date[:7], fact)
    series = []
    for (measure, unit, _), points in by_measure.items():
        ordered = _without_repeats([points[d] for d in sorted(points)])
        if len(ordered) >= 2 and len({p.value for p in ordered}) >= 2:
            series.append(Series(measure, unit, ordered))
    return sorted(series, key=lambda s: (-len(s.points), s.measure))


def _without_repeats(points: list[Fact]) -> tuple[Fact, ...]:
    """One point where two say the same value at the same time told at two precisions (2024
    and 2024-07: 40家 both): the more precise one."""
    kept: list[Fact] = []
    for point in points:
        previous = kept[-1] if kept else None
        if previous and previous.value == point.value and (point.date or "").startswith(previous.date or "-"):
            kept[-1] = point
        else:
            kept.append(point)
    return tuple(kept)


_OTHER_ZONE = re.compile(r"前海|横琴|南沙|雄安|浦东|临港|海南自由贸易港")
_THIS_ZONE = re.compile(r"河套|深港科技创新|落马洲")


def _another_zones(label: str) -> bool:
    """《全面深化前海深港现代服务业合作区改革开放方案》, told in a history of Hetao: another
    zone's plan, none of this zone's main policies (it is still found by a search)."""
    return bool(_OTHER_ZONE.search(label)) and not _THIS_ZONE.search(label)


def main_policies(facts: list[Fact]) -> list[Fact]:
    """Plans, packages and programmes first, and measures or pilots that three articles or more
    tell of (科汇通) among them; then the other measures and pilots; within each, the most cited
    first; one per label."""

    def rank(fact: Fact) -> tuple[bool, int, str, str]:
        cited = len({s.article_id for s in fact.sources})
        return (not (_PACKAGE.search(fact.label) or cited >= 2), -cited, fact.date or "", fact.id)

    ranked = sorted((f for f in facts if f.kind is FactKind.POLICY and not _another_zones(f.label)), key=rank)
    return list({f.label: f for f in reversed(ranked)}.values())[::-1]


def latest_milestones(facts: list[Fact]) -> list[Fact]:
    """Dated events that happened (targets excluded), newest first; a label told of two dates
    (两个平台已分别于3月和8月投入运行) once, at its newest, so that no line is read twice."""
    return _once_per_label(
        sorted(
            (f for f in facts if f.kind is FactKind.MILESTONE and not f.is_target and f.date),
            key=lambda f: (f.date or "", f.id),
            reverse=True,
        )
    )


def _once_per_label(ordered: list[Fact]) -> list[Fact]:
    """The first fact of each label, in the order given."""
    first: dict[str, Fact] = {}
    for fact in ordered:
        first.setdefault(fact.label, fact)
    return list(first.values())


def headline_figures(facts: list[Fact]) -> list[Fact]:
    """A digest's key figures: the zone's own (its areas, what it holds) before those of one
    organisation, the most cited first, the newest value of each measure, targets left out."""
    newest: dict[str, Fact] = {}
    for fact in facts:
        if fact.kind is FactKind.FIGURE and fact.measure and fact.date and not fact.is_target:
            kept = newest.get(fact.measure)
            if kept is None or (fact.date, len(fact.sources)) > (kept.date or "", len(kept.sources)):
                newest[fact.measure] = fact

    def rank(fact: Fact) -> tuple[int, int, str]:
        measure = fact.measure or ""
        if _ZONE_AREA.fullmatch(measure):
            tier = 0  # the zone's and its parks' areas: what a reader asks first
        elif (_ZONE.search(measure) or any(n in measure for n in ZONE_WIDE)) and not _ONE_THING.search(measure):
            tier = 1
        else:
            tier = 2 if "面积" in measure else 3
        return (tier, -len({s.article_id for s in fact.sources}), fact.id)

    return sorted(newest.values(), key=rank)


def key_figures(facts: list[Fact]) -> list[Fact]:
    """Figures with the date they were true, newest first, one per label."""
    ranked = sorted(
        (f for f in facts if f.kind is FactKind.FIGURE and f.value is not None),
        key=lambda f: (f.date or "", f.id),
        reverse=True,
    )
    return list({f.label: f for f in reversed(ranked)}.values())[::-1]


def _passed(fact: Fact, today: date) -> bool:
    date_ = fact.date or ""
    return date_ < today.isoformat()[: len(date_)]


def compose_digest(
    facts: list[Fact],
    first_seen: dict[str, datetime],
    today: date,
    since: datetime | None = None,
    topic: str | None = None,
    index: SearchIndex | None = None,
    analyzer: Analyzer | None = None,
) -> Digest:
    """`since`: facts first seen after it are 'new' (None: nothing is new). `topic` keeps only
    facts that match it as a search query would (needs `index` and `analyzer`)."""
    if topic and index is not None and analyzer is not None:
        wanted = index.matching(analyzer.query(topic))
        facts = [f for f in facts if f.id in wanted]
    new = [
        f
        for f in facts
        if since is not None
        and first_seen.get(f.id, since) > since
        and f.kind not in (FactKind.ENTITY, FactKind.STATEMENT)
    ]
    policies = main_policies(facts)
    milestones = latest_milestones(facts)
    targets = [
        f
        for f in facts
        if f.kind is FactKind.MILESTONE and f.is_target and f.date and not _ONLY_SCHEDULED.search(f.label)
    ]
    ahead = _once_per_label(sorted((f for f in targets if not _passed(f, today)), key=lambda f: (f.date, f.id)))
    passed = sorted((f for f in targets if _passed(f, today)), key=lambda f: (f.date, f.id))
    chosen = ahead[:MAX_ITEMS] + passed[::-1][:MAX_PASSED_TARGETS]
    return Digest(
        topic=topic,
        new=tuple(new[:MAX_ITEMS]),
        policies=tuple(policies[:MAX_POLICIES]),
        milestones=tuple(milestones[:MAX_ITEMS]),
        series=tuple(changed_series(facts)[:3]),
        targets=tuple(Target(f, int((f.date or "0")[:4]) - today.year, _passed(f, today)) for f in chosen),
        figures=tuple(headline_figures(facts)[:MAX_FIGURES]),
    )

"""Merging facts that say the same thing, so each is told once and cites every source.

- entities: by canonical name;
- figures: the same measure, value and unit in the same month;
- policies: the same policy under any of its names (policy_key), shown with the sentence that
  says most about it (its amounts, its measures) and citing every sentence that names it;
- milestones: the same kind of event (印发/发布 are one kind) on compatible dates (2017-07 and
  2017-07-01; an approximate 近日 within a month) about the same document or organisation, or,
  on the same day, told in alike words.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from difflib import SequenceMatcher
from typing import NamedTuple

from hetao_brief.extract.dates import compatible
from hetao_brief.extract.policies import policy_key
from hetao_brief.extract.referents import BARE_NOUNS
from hetao_brief.extract.verbs import EVENT_CLASSES, EVENT_VERB, VERB_CLASS
from hetao_brief.extract.vocabulary import DOCUMENT_KINDS, EDITION_OF, FIRM_TRADES, NEXT_OF_A_SERIES, ZONE_WIDE
from hetao_brief.facts import Fact, FactKind

APPROXIMATE = "≈"
_EVENT_WORDS = (*(verb for verbs in EVENT_CLASSES.values() for verb in verbs), "展开", "开始", "进行", "已")
"""Verbs (and 已) two labels share without telling the same thing: no pair across them counts."""


def _classes(fact: Fact) -> set[str]:
    """The event classes a label's verbs name: 完成竣工验收 is done (完成) and built (竣工),
    落成启用 built and opened, so that either telling meets the other."""
    classes = _label_classes(fact.label)
    own = fact.event or ""
    return {own, *classes} if own not in ("build", "change", "open", "issue") or not classes else set(classes)


@functools.lru_cache(maxsize=4096)
def _label_classes(label: str) -> frozenset[str]:
    label = label.replace("挂牌上市", "上市")  # a listing: no sign hung over an opening
    label = label.replace("发布会", "会")  # 召开新闻发布会: a meeting held, nothing issued by the word
    return frozenset(
        _PHASE.get(verb, cls)
        for verb, cls in VERB_CLASS.items()
        if verb in label and label.replace(verb + "的", "").count(verb)  # 共建的X…启用: X opens, nothing is built
    )


_PHASE = (
    {verb: "build-start" for verb in ("动工", "动土", "开工", "奠基")}
    | {verb: "build-top" for verb in ("平顶", "封顶")}
    | {verb: "change-add" for verb in ("增设", "增开", "开设", "开行", "加密")}
    | {verb: "change-stop" for verb in ("暂停", "取消", "闭馆", "停运")}
    | {"恢复": "change-resume"}
    | {"启动": "open-start"}
    | {"施行": "issue-force", "生效": "issue-force"}
)
"""Building has phases, and a service changes in kinds: a ground-breaking and a completion in one
year are two events, and so are a bus line added and a bus line resumed in one month, and a
building's works started (启动…建设) and the building handed over (交付); a document issued and
in force are two events, even on one day."""


_TITLE = re.compile(r"《([^》]+)》")


def _combine(facts: list[Fact], representative: Fact) -> Fact:
    sources = tuple(sorted({s for f in facts for s in f.sources}))
    entities = tuple(dict.fromkeys(e for f in facts for e in f.entities))
    return replace(representative, sources=sources, entities=entities, id="")


def _entity_text_rank(fact: Fact) -> tuple[bool, object]:
    """An entity is shown with the first sentence that says something about it (not a caption)."""
    return (len(fact.text) < 15, min(fact.sources))


def _merge_entities(facts: list[Fact]) -> list[Fact]:
    groups: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        groups[fact.label].append(fact)
    return [_combine(group, min(group, key=_entity_text_rank)) for group in groups.values()]


def _salient(fact: Fact) -> set[str]:
    """The documents and entities an event is about, not the place where it happened: 陈朗…在
    香港科学园成立了一家初创公司 and 星衡半导体在香港科学园设立了研发中心 are two foundings."""
    venues = {re.sub(r"\s", "", t) for t in _VENUE.findall(fact.text)}  # 发表于《自然·能源》: where, not what
    titles = {re.sub(r"\s", "", t) for t in _TITLE.findall(fact.text)} - _KIND_OF_PAPER - venues
    return titles | {
        e
        for e in fact.entities
        if e not in ZONE_WIDE and not _only_the_place(e, fact.label) and not _inside_longer_names(e, fact.text)
    }


def _inside_longer_names(entity: str, text: str) -> bool:
    """香港大学 told only as the start of 香港大学深圳医院: another body's name, not what the event is of."""
    told = [m.end() for m in re.finditer(re.escape(entity), text)]
    return bool(told) and all(_REST_OF_A_NAME.match(text, at) for at in told)


_REST_OF_A_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:医院|研究院|学院|研究所|中心|公司|实验室)")


_VENUE = re.compile(r"(?:于|在|刊登于|刊发于|发表于|登上)(?:国际)?(?:学术)?(?:期刊|杂志)?《([^》]+)》")
_KIND_OF_PAPER = frozenset(f"{lead}{kind}" for lead in ("", "若干", "实施") for kind in DOCUMENT_KINDS)
"""《措施》, 《规划》: an article's short name for its own document, which another article's 《措施》
is not."""


def _only_the_place(entity: str, label: str) -> bool:
    """在X, 于X: where it happened; 至X, 连接X和Y: where a route runs to (开通园区至福田口岸的接驳专线,
    连接福田口岸和皇岗口岸的骑行绿道 share a port, not a route)."""
    told = [m.start() for m in re.finditer(re.escape(entity), label)]
    return bool(told) and all(
        label[max(0, at - 1) : at] in ("在", "于", "至", "到")
        or label.endswith("连接", 0, at)
        or (label[max(0, at - 1) : at] in ("和", "与", "及") and "连接" in label[:at])
        for at in told
    )


_LED_BY = re.compile(r"(?P<who>[\u4e00-\u9fff]{2,6})(?:率领|带领|带队)")
_FUND_NAMED = re.compile(r"[\u4e00-\u9fff]{2,16}?基金(?!管理)")
_STUDY_OF = re.compile(r"[\u4e00-\u9fff]{2,20}的(?:可行性研究|详细设计|研究报告|评估报告)")


class _Parties(NamedTuple):
    study: bool
    """Whether the label names what a study is of (X的可行性研究)."""
    leader: str
    """Who led a delegation (X率领…代表团), or ""."""
    fund: str
    """The fund the label names (X天使基金), or ""."""


_PAPER_ISSUED = re.compile(
    r"(?:发布|印发|出台|公布)[^，,。；;]{2,40}?(?P<kind>清单|计划|方案|报告|白皮书|名单|要点|指南|目录|办法|措施|规划|条例|意见)》?$"
)
"""What kind of paper a label's issuing names at its end (a list, a plan, rules)."""
_BODY_FIRST = re.compile(
    r"^(?P<body>[\u4e00-\u9fff]{2,16}?(?:局|署|处|委员会|政府|办公室|办公厅))"
    r"(?=向|与|在|于|将|已|就|发布|印发|召开|举行|提交|公布|宣布)"
)


def _bodies_differ(a: str, b: str) -> bool:
    """Two government bodies, each named first as the doer (发展局向…, 创新科技及工业局向…), unless
    one name is the other said short (创科局, 工商事务委员会 of 立法会工商及创新科技事务委员会)."""
    body_a, body_b = _BODY_FIRST.match(a), _BODY_FIRST.match(b)
    if not (body_a and body_b):
        return False
    return not _said_short(body_a["body"], body_b["body"]) and not _said_short(body_b["body"], body_a["body"])


def _said_short(short: str, full: str) -> bool:
    """Whether `short` keeps characters of `full` in their order (创科局 of 创新科技及工业局)."""
    rest = iter(full)
    return all(char in rest for char in short)


@functools.lru_cache(maxsize=8192)
def _named_parties(label: str) -> _Parties:
    """What a label names that tells two alike events apart; remembered, as merging compares each
    label with many others."""
    led, fund = _LED_BY.search(label), _FUND_NAMED.search(label)
    return _Parties(bool(_STUDY_OF.search(label)), led["who"] if led else "", fund.group(0) if fund else "")


def _same_event(a: Fact, b: Fact) -> bool:
    if a.is_target != b.is_target or not (a.date and b.date):
        return False
    if not compatible(a.date, b.date, a.qualifier == APPROXIMATE, b.qualifier == APPROXIMATE):
        return False
    if (_vague(a) or _vague(b)) and not _told_together(a, b):
        return False  # 工程将展开: which works, the article told before; no other article's 上盖工程
    if a.label == b.label:
        return True  # told in the same words: one event however its verb was classed
    if a.date == b.date and _told_together(a, b) and _one_holds_the_other(a.label, b.label):
        return True  # 将推动设立X, and 将推动设立X，力争挂牌运行 of the same year: one aim told twice
    known = (_classes(a) & _classes(b)) - {"", "event"}
    if not known and not a.event == b.event == "event" and not _one_occasion_opened_and_held(a, b):
        return False  # deeds of two classes, or of one unknown (招标) and one known: as below, asked first as
        # it answers for most pairs (merging the test articles took half the time)
    if _names_differ(a.label, b.label):
        return False  # 推出「创科加速计划」, 推出「河套研发加速计划」: two schemes
    named_a, named_b = _named_parties(a.label), _named_parties(b.label)
    if named_a.study != named_b.study:
        return False  # 集体运输系统的可行性研究预计完成, 政府会完成可行性研究: one study named, the other not
    if named_a.leader and named_b.leader and named_a.leader != named_b.leader:
        return False  # X局长率领业界代表团到访…, Y副市长率领的科技代表团参观…: two delegations
    if named_a.fund != named_b.fund:
        return False  # X天使基金第二期预计完成募集, 基金管理人计划完成第二期募集 (of Y母基金): two funds
    marks_a, marks_b = _marks(a.label), _marks(b.label)
    if marks_a.later_round != marks_b.later_round:
        return False  # 推出第二轮「X计划」 is not the launch of X
    if (marks_a.later_phase and marks_b.first) or (marks_b.later_phase and marks_a.first):
        return False  # 国际学校二期工程预计开学, 首所国际学校正式开学: a later phase is not the first
    if (marks_a.later_phase and "期" not in b.label) or (marks_b.later_phase and "期" not in a.label):
        return False  # 跨境科研用地二期力争开工, 科研用地须动工: a later phase is not the thing told whole
    for told_a, told_b in ((marks_a.rounds, marks_b.rounds), (marks_a.phases, marks_b.phases)):
        if told_a and told_b and told_a != told_b:
            return False  # 完成B轮融资 and 完成A轮融资; 三期交付 and 二期交付: two rounds, two phases
    if bool(_CALL_OPENS.search(a.label)) != bool(_CALL_OPENS.search(b.label)):
        return False  # X人才住房配租申请开始, X人才公寓将交付: a call opening is not what it is for
    closes_a, closes_b = bool(_CALL_CLOSES.search(a.label)), bool(_CALL_CLOSES.search(b.label))
    if closes_a != closes_b or (closes_a and _calls_differ(a.label, b.label)):
        return False  # X实习计划报名截止, Y创新营报名截止, on one day: two calls; X截标 and Y将讨论: two deeds
    if not known and _one_occasion_opened_and_held(a, b):
        return True  # 嘉年华将在草坪开幕 and 嘉年华举行 (its time field), on one day: one occasion
    if not known and not a.event == b.event == "event":
        return False
    if not known and _done_to_what_the_other_does(a.label, b.label):
        return False  # 施嘉琳转到第二期的地盘平整工程, 第二期的地盘平整工程已展开: two deeds
    if _firms_differ(a, b):
        return False  # 岚石智能宣布完成3亿元B轮融资, 芯视科技…完成…B轮融资; X上市, 上市公司Y拟…: two firms
    if known == {"hold"} and _occasions_differ(a.label, b.label):
        return False  # 主持大楼命名仪式, 第七座大楼举行启用礼: one park, one day, two ceremonies
    if "found" in known and _founded_differ(a.label, b.label):
        return False  # 深港智航科技有限公司成立, 许嘉铭…成立了澜图智能: two firms, whoever founded them
    if known == {"visit"} and set(a.entities) - set(b.entities) and set(b.entities) - set(a.entities):
        return False  # a bureau's visit to 河套深圳园区 and to 港深创科园: two places, two visits
    if _sides_differ(a, b):
        return False  # 位于河套深圳园区的首所国际学校…开学, 港深创科园旁一所国际学校…开课: two schools
    if "sign" in known and (_parties_differ(a.label, b.label) or _signed_papers_differ(a.label, b.label)):
        return False  # X局与Y局签署了三份合作文件, Z园与W平台签署协议, one day; X签订租约, Y签署意向书: two
    changed = known and all(cls.startswith("change") for cls in known)
    if ("结果" in a.label) != ("结果" in b.label):
        return False  # X用地招标结果将公布, 推出Y的设计招标: a call's result is not the call
    if ("验收" in a.label) != ("验收" in b.label) and "open" in _label_classes(a.label) | _label_classes(b.label):
        return False  # X工程计划本月底前完成竣工验收, X工程预计明年1月中旬建成通车: inspected, then opened
    if bool(_WENT_BACK.search(a.label)) != bool(_WENT_BACK.search(b.label)):
        return False  # X局长率团访问河套深圳园区, X局长返回香港: the visit, then the way home
    if (
        (kind_a := _PAPER_ISSUED.search(a.label))
        and (kind_b := _PAPER_ISSUED.search(b.label))
        and (kind_a["kind"] != kind_b["kind"])
    ):
        return False  # 发布2027年X清单, 将发布《2027年Y计划》, one month: two papers of two kinds
    if _bodies_differ(a.label, b.label):
        return False  # 发展局向立法会…提交文件, 创新科技及工业局向立法会…提交文件, one day: two papers
    if _objects_differ(a.label, b.label):
        return False  # 政府计划就X咨询业界, 政府将就X咨询立法会: one frame, two bodies consulted
    if _counts_differ(a.label, b.label, a.date == b.date and len(a.date) == len("2025-12-22")):
        return False  # 将有4个重大项目集中开工, 将推动12个重大项目开工: one agency, two counts
    if _schemes_differ(a.label, b.label):
        return False  # 「X住屋津贴计划」接受申请, Y宿舍其余单位会接受申请: the scheme is no part of the other
    if known and _salient(a) & _salient(b) and not changed and not _papers_differ(a.label, b.label):
        return True  # 国务院印发《规划》 and 《规划》发布: one issuing of one document
    if "sign" in known and _same_kind_of_paper(a, b):
        return True  # 2017年初签署的合作备忘录 and 港深两地政府签署备忘录: one memorandum, no party apart
    if known and a.date == b.date and len(a.date) == len("2025-12-22") and _place_itself(a, b):
        return True  # 港深创科园开幕 and 港深创新及科技园首批三座大楼正式启用, on one day: the park's opening
    # Verbs no class knows (注资, 招标) tell nothing alike by themselves: the words must.
    exact = APPROXIMATE not in (a.qualifier, b.qualifier)  # 上周 is a week, 春节前 a month: no day
    same_day = exact and a.date == b.date and len(a.date) == len("2025-12-22")
    alike_deeds = same_day and bool(known)  # two deeds no class knows share words by chance (科研人员)
    return min(len(a.date), len(b.date)) >= len("2025-12") and _told_alike(a.label, b.label, alike_deeds)


_STANDING_FOR = (
    "公司",
    "该公司",
    "全资子公司",
    "子公司",
    "双方",
    "署方",
    "局方",
    "当局",
    "校方",
    "学校",
    "该校",
    "院方",
    "主办方",
)


def _done_to_what_the_other_does(a: str, b: str) -> bool:
    """What one label's deed is done to is what the other's subject does (施嘉琳转到第二期的地盘
    平整工程, 第二期的地盘平整工程已展开): their longest shared words end one label after a
    deed and go on in the other."""
    shared = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    if shared.size < 5:
        return False
    ends_a, ends_b = shared.a + shared.size == len(a), shared.b + shared.size == len(b)
    return (ends_a and shared.a >= 2 and not ends_b) or (ends_b and shared.b >= 2 and not ends_a)


def _firms_differ(a: Fact, b: Fact) -> bool:
    """A deed only a firm does for itself (融资, 上市, 量产), told of two firms named apart."""
    if not (_FIRMS_OWN_DEED.search(a.label) and _FIRMS_OWN_DEED.search(b.label)):
        return False
    named_a, named_b = (
        {e for e in fact.entities if e not in ZONE_WIDE and e in fact.label and not _only_the_place(e, fact.label)}
        or set(_FIRM_SHAPED.findall(fact.label))  # 工业视觉企业闻溪智能: a firm the lexicon does not know
        for fact in (a, b)
    )
    return bool(named_a and named_b) and not named_a & named_b


_FIRMS_OWN_DEED = re.compile(r"融资|上市|量产|投产")
_FIRM_SHAPED = re.compile(rf"[\u4e00-\u9fff]{{2}}(?:{'|'.join(FIRM_TRADES)})")


_NEXT_ONE_OF = tuple(NEXT_OF_A_SERIES.split("|"))


def _vague(fact: Fact) -> bool:
    """A label whose subject is a bare head noun (工程, 大楼, 论坛) or who stands for one told
    before (公司, 双方, 署方) names no particular one."""
    return _vague_label(fact.label)


@functools.lru_cache(maxsize=8192)
def _vague_label(label: str) -> bool:
    return (
        label.startswith(
            (*BARE_NOUNS, *_STANDING_FOR, "本", "该", "此", "相关", "配套的", "国际学校", *_NEXT_ONE_OF)
        )  # 本项目…; 相关成果…; 下一场夜市举行: which fair's, only its article tells
        or bool(_FIRM_BARE_DEED.match(label))
        or bool(_UNNAMED_PAPER.search(label))  # 出台实施细则: whose rules, only its article tells
        or bool(_BARE_DEADLINE.match(label))  # 报名截止: whose call, only its article tells
        or bool(_ONE_UNNAMED.match(label))  # 深圳一家科技股份有限公司…: which firm, no other article can tell
        or bool(_UNNAMED_REVIEW_OR_REQUEST.search(label))  # 运输署会检讨乘客量: which route's, only its article tells
        or bool(_PHASE_OF_NOTHING_NAMED.search(label))  # 推出第二期首批用地招标: whose second phase, only its article
        or label.startswith(("代表团", "访问团", "考察团"))  # 代表团参观了…: which delegation, only its article tells
        or bool(_OWNERLESS_SITE.match(label))  # 亚太研发总部项目预计动工: whose, only its article tells
    )


_OWNERLESS_SITE = re.compile(
    r"^(?:亚太区?|全球|区域|华南|国际|大湾区)?(?:研发|运营)?(?:总部|研发中心|生产基地|中试基地)(?:项目)?"
    r"(?=预计|将|计划|已|于|正式|开工|动工|落成|启用|投入)"
)


_PHASE_OF_NOTHING_NAMED = re.compile(
    r"(?:^|[^\u4e00-\u9fff]|(?<![园区城院校馆])(?<=[\u4e00-\u9fff]))第[二三四五六七八九十]期"
)


def _calls_differ(a: str, b: str) -> bool:
    """Whether two deadlines close different calls: the names before their call words share
    under half of the shorter one's word pairs (the zone's own words aside)."""
    names = [_ZONE_WORDS.sub("|", _CALL_CLOSES.sub("", label)) for label in (a, b)]
    pairs_a, pairs_b = (_bigrams(name) for name in names)
    if not (pairs_a and pairs_b):
        return False  # 报名截止 and X报名截止: only one names its call
    return 2 * len(pairs_a & pairs_b) < min(len(pairs_a), len(pairs_b))


_ONE_UNNAMED = re.compile(r"^[\u4e00-\u9fff]{0,4}一(?:家|所|间)")


_CALL = r"(?:投标|报名|申请|申报|征集|递交|提交)(?:文件)?(?:递交|提交)?"
"""The call a deadline closes (报名, 投标文件递交): its name goes before it."""
_UNNAMED_REVIEW_OR_REQUEST = re.compile(
    r"(?:检讨|评估|检视)(?:有关|相关)?(?:乘客量|服务|安排|成效|运作|情况|效果)$|(?:申请|寻求)(?:有关|相关)?拨款$"
)
"""检讨乘客量, 向财委会申请拨款: a review or a request of no named thing, told by many articles of many."""
_BARE_DEADLINE = re.compile(rf"^{_CALL}截止$")
_CALL_OPENS = re.compile(r"(?:申请|报名|申报|预约|征集|公示)(?:将|预计)?(?:开始|开启)$")
_CALL_CLOSES = re.compile(rf"(?:{_CALL})?(?:将|预计)?(?:截止|截标)$")
_UNNAMED_PAPER = re.compile(r"(?:出台|发布|印发|制定)(?:试点)?(?:实施细则|细则|配套政策|实施方案|管理办法)$")
_FIRM_BARE_DEED = re.compile(
    r"^[^，,]{2,24}?公司(?:亦|又|还)?(?:预计|计划|将|可|可望|最快|有望|于)+[\u4e00-\u9fff]{2}$"
)
"""X公司预计可落实: a firm's deed without what it is done to (公司 stood for the firm) names
no particular one."""


def _founded_differ(a: str, b: str) -> bool:
    """Whether two labels name different things founded (X成立, 成立了Y)."""
    found_a, found_b = (_FOUNDED.search(label) for label in (a, b))
    if not (found_a and found_b):
        return False
    what_a, what_b = (found["before"] or found["after"] or found["made"] for found in (found_a, found_b))
    return what_a not in what_b and what_b not in what_a


_FOUNDED = re.compile(
    r"^(?P<before>[^在于，,]{2,16}?)(?:[在于][^，,]{2,16}?)?(?:正式|注册)?(?:成立|创立|创办)$"
    r"|(?:成立|创立|创办)了?(?P<after>[\u4e00-\u9fff「」“”]{2,16})$"
    r"|^(?P<made>[^在于由，,]{2,16}?)由[^，,]{2,24}?(?:创立|创办|成立)$"
)
"""X成立, 成立了Y, X由Z教授创立: what was founded, whoever founded it."""


def _one_occasion_opened_and_held(a: Fact, b: Fact) -> bool:
    if {a.event, b.event} != {"open", "hold"} or a.date != b.date or len(a.date or "") != len("2025-12-22"):
        return False
    named_a, named_b = (_OCCASION_NAMED.match(_EDITION_AND_QUOTES.sub("", fact.label)) for fact in (a, b))
    return bool(named_a and named_b and named_a.group(0) == named_b.group(0))


_OCCASION_NAMED = re.compile(
    r"^[^，,]{2,20}?(?:开放日|论坛|大会|峰会|博览会|展览|展|嘉年华|招聘会|交流会|大赛|市集|节|周)"
    r"(?=将|于|在|正式|举行|举办|开幕|揭幕|开市)"
)
"""The occasion a label opens with (河套机器人嘉年华), which its opening and its holding share."""
_EDITION_AND_QUOTES = re.compile(r"^(?:首届|第[一二三四五六七八九十\d]+届)|[“”「」]")
"""首届“河套科普市集”将在…开市 and its time field's 河套科普市集举行 name one occasion."""


def _one_holds_the_other(a: str, b: str) -> bool:
    """发展署将推动设立X and 将推动设立X，力争挂牌运行: one label is the other's words (its subject
    aside, at most four characters) with more told after them."""
    shorter, longer = sorted((a, b), key=len)
    return any(
        len(shorter) - cut >= 8 and longer.startswith(shorter[cut:]) and EVENT_VERB.search(shorter, cut) is not None
        for cut in range(5)
    )  # 我署举办X大赛 and X大赛初赛将…进行: the deed is not told twice, only its occasion


def _told_together(a: Fact, b: Fact) -> bool:
    return bool({s.article_id for s in a.sources} & {s.article_id for s in b.sources})


_PAPER_KIND = re.compile(r"备忘录|框架协议|合作框架|合作协议")


def _same_kind_of_paper(a: Fact, b: Fact) -> bool:
    """Two signings of the same kind of paper (备忘录) in compatible dates, one of them told no
    closer than its year, by parties neither names apart (园区与香港大学, 园区与澳门大学 are two)."""
    kinds_a, kinds_b = set(_PAPER_KIND.findall(a.label)), set(_PAPER_KIND.findall(b.label))
    if not (kinds_a & kinds_b) or min(len(a.date or ""), len(b.date or "")) > len("2017"):
        return False
    own_a, own_b = _salient(a) - _salient(b), _salient(b) - _salient(a)
    return not (own_a and own_b)


_WHOLE_REGION = frozenset({"河套深港科技创新合作区", "粤港澳大湾区"})


_SIDES = {
    "hk": re.compile(r"港深创科园|港深创新及科技园|香港园区|落马洲河套区|河套区(?![深一])"),
    "sz": re.compile(r"深圳园区|深方园区"),
}


def _sides_differ(a: Fact, b: Fact) -> bool:
    """Each sentence names one side of the zone, and not the same one: the Hong Kong park's thing
    and the Shenzhen park's are two, whatever words their labels share."""
    sides_a, sides_b = ({side for side, named in _SIDES.items() if named.search(f.text)} for f in (a, b))
    return len(sides_a) == len(sides_b) == 1 and sides_a != sides_b


def _place_itself(a: Fact, b: Fact) -> bool:
    """One label tells of nothing but a place (港深创科园开幕: a park's name and a verb) that the
    other is about too: an event of the place on its day is part of the place's own."""
    for place, other in ((a, b), (b, a)):
        named = EVENT_VERB.sub("", place.label).removesuffix("正式")
        if (
            len(place.entities) == 1
            and len(named) <= 8
            and not _OCCASION.search(named)  # 北区区议会举行会议: a meeting held, not the place's day
            and place.entities[0] in other.entities
            and place.entities[0] not in _WHOLE_REGION  # 河套深港科普市集举行: a fair in the zone, not the zone's day
        ):
            return True
    return False


_OCCASION = re.compile(
    r"[\u4e00-\u9fff]{2}(?:仪式|典礼|礼|论坛|大会|峰会|会议|研讨会|交易会|博览会|展会|推介会|发布会|对接会|招聘会|年会|晚会|音乐会|总结会|座谈会|推进会|动员会|见面会|分享会|说明会|宣讲会|讲座|讲坛|培训班|工作坊|活动|沙龙|开放日|嘉年华|展览|展(?!中心|馆|厅|区)|大赛|赛|考试|周|日)"
)


def _occasions_differ(a: str, b: str) -> bool:
    """Both labels name the occasion held and the names differ (命名仪式, 启用礼; 创科日, 创新论坛)."""
    told_a, told_b = (set(_OCCASION.findall(_QUOTES.sub("", label))) for label in (a, b))
    return bool(told_a and told_b) and not told_a & told_b


_QUOTES = re.compile(r"[「」“”《》\s]")


_LATER_ROUND = re.compile(r"第[二三四五六七八九十\d]+轮|新一轮")
_ROUND = re.compile(r"(?:Pre-?)?[A-E]\+?(?=轮)|天使(?=轮)")
_PHASE_NUMBER = re.compile(r"[一二三四五六七八九十\d]+(?=期)")
_LATER_PHASE = re.compile(r"第?[二三四五六七八九十]期")
_FIRST_ONE = re.compile(r"首[所个批座家间期]|第一[所个批座期]|(?<![\d一二三四五六七八九十])一期")
_INSTITUTION = re.compile(
    r"(?:国家)?[\u4e00-\u9fff]{2,10}?(?:技术创新中心|创新中心|重点实验室|联合实验室|研究院|研究所|枢纽|平台)"
    r"|(?:(?!的)[\u4e00-\u9fff]){2,10}?(?:中心|大楼|大厦|基地)(?=项目)"
)
"""Institutions and projects by name (X医学中心项目, Y会议中心项目): two names, two things."""
_NAMED = re.compile(r"[「“《『]([^」”》』]{2,40})[」”》』]")


class _Marks(NamedTuple):
    """What tells one round or phase of a thing from another in a label."""

    later_round: bool  # 第二轮, 新一轮
    later_phase: bool  # 二期, not 首期
    first: bool  # 首批, 第一期, not a later phase
    rounds: frozenset[str]  # A, B+, 天使
    phases: frozenset[str]  # 一, 二, 3


@functools.lru_cache(maxsize=8192)
def _marks(label: str) -> _Marks:
    return _Marks(
        bool(_LATER_ROUND.search(label)),
        bool(_LATER_PHASE.search(label)) and not _FIRST_ONE.search(label),
        bool(_FIRST_ONE.search(label)) and not _LATER_PHASE.search(label),
        frozenset(_ROUND.findall(label)),
        frozenset(_PHASE_NUMBER.findall(label)),
    )


_PARTIES = re.compile(
    r"^(?P<one>[^与和，,。]{2,20}?)(?:与|和)(?P<other>[^与和，,。]{2,24}?)(?:正式|共同)?(?:签署|签订|订立)"
)


_SIGNED_PAPER = re.compile(r"租约|意向书|合同|合约|协议|备忘录")
_PAPER_SORT = {"合约": "合同", "备忘录": "协议"}
"""A memorandum and an agreement may be one paper told two ways; a lease and a letter of intent are two."""


def _signed_papers_differ(a: str, b: str) -> bool:
    """Both labels name the sort of paper signed, and the sorts differ (签订租约, 签署意向书)."""
    sorts_a = {_PAPER_SORT.get(p, p) for p in _SIGNED_PAPER.findall(a)}
    sorts_b = {_PAPER_SORT.get(p, p) for p in _SIGNED_PAPER.findall(b)}
    return bool(sorts_a and sorts_b and not sorts_a & sorts_b)


def _parties_differ(a: str, b: str) -> bool:
    """Both labels name who signed, and no party is in both (X局与Y局签署…, Z园与W平台签署…), or the one
    shared signed with two others."""
    signed_a, signed_b = _PARTIES.match(a), _PARTIES.match(b)
    if signed_a is None or signed_b is None:
        return False
    parties_a, parties_b = set(signed_a.group("one", "other")), set(signed_b.group("one", "other"))
    shared = {(x, y) for x in parties_a for y in parties_b if x in y or y in x}
    if not shared:
        return True
    others_a = parties_a - {x for x, _ in shared}
    others_b = parties_b - {y for _, y in shared}
    return bool(others_a and others_b) and not any(x in y or y in x for x in others_a for y in others_b)
    # X与园区签署投资协议, 园区与Y签署协议, on one day: the park shared, two signings with two others


def _named_by_one(a: str, b: str, names: re.Pattern[str], told: Callable[[str, str], bool]) -> bool:
    """Only one of the labels names something of `names`, and the other does not tell of it
    (`told(name, other)`)."""
    named_a, named_b = names.findall(a), names.findall(b)
    if bool(named_a) == bool(named_b):
        return False
    named, other = (named_a, b) if named_a else (named_b, a)
    return not any(told(name, other) for name in named)


def _papers_differ(a: str, b: str) -> bool:
    """One label names a document the other does not tell of (X署印发《Y措施》, X署公布2027年度重点
    建设项目计划, in one month): one body's two papers, which their body alone does not make one."""
    return _named_by_one(a, b, _TITLE, lambda title, other: title in other or title in _KIND_OF_PAPER)  # 《规划》: any


def _schemes_differ(a: str, b: str) -> bool:
    """One label names a scheme in quotes (「X计划」) the other does not tell of at all: two deeds,
    whatever words of the kind (科研人员, 接受申请) they share."""
    return _named_by_one(a, b, _SCHEME_QUOTED, lambda name, other: name in other or name[:4] in other)


_SCHEME_QUOTED = re.compile(r"[「“]([^」”]{2,30}(?:计划|措施|津贴|资助|基金|试点))[」”]")


def _names_differ(a: str, b: str) -> bool:
    """Both labels name a scheme, event, document or institution, and neither name is the
    other's short form (《规划》 is the plan's): they tell of different things (国家生物医药技术
    创新中心, 国家第三代半导体技术创新中心; 首届深港…论坛, 首届河套…论坛)."""
    names_a, names_b = _names_in(a), _names_in(b)
    return bool(names_a and names_b) and not any(_short_for(x, y) or _short_for(y, x) for x in names_a for y in names_b)


@functools.lru_cache(maxsize=8192)
def _names_in(label: str) -> tuple[str, ...]:
    """Remembered: a label is compared with every label of its dates."""
    return tuple(_NAMED.findall(re.sub(r"\s", "", label)) or _INSTITUTION.findall(label) or EDITION_OF.findall(label))


def _short_for(short: str, name: str) -> bool:
    """《规划》 may stand for 《…发展规划》; 《自然》 is another journal than 《自然·神经科学》."""
    return short in name and not name.startswith(short + "·")


_NUMERALS = re.compile(
    r"[0-9一二三四五六七八九十百千万亿]|两(?![地岸园])|首(?=[批个座间家项所届期轮一二两三四五六七八九十0-9])"
)
"""Counts and the first of something: 首批海外研究团队 is not the 第100间 institution; 两地 (both
sides) counts nothing."""


_ZONE_WORDS = re.compile(r"河套|深港|港深|深圳|香港|园区|合作区|科技创新|(?:福田|皇岗|落马洲|深圳湾)口岸")
"""Words nearly every label of the corpus holds: two labels sharing them tell nothing alike
(2026深港科技合作大会在河套深圳园区开幕, 河套深港量子信息联合研究院揭牌成立); so do the ports
beside the zone, which routes and works run to (连接福田口岸和皇岗口岸的骑行绿道, 福田口岸新旅检大厅)."""


_SUBJECT_HEAD = re.compile(
    r"^[^在于与将已，,的]{2,30}?(?P<head>平台|工作站|服务站|中心|实验室|研究院|研究所|基地|联盟|学院|学校|医院|协会|办公室"
    r"|门诊部|管制站|口岸)"
    r"(?=在|于|正式|的|延长|缩短|调整|$)"
)
"""深港知识产权质押融资服务平台在…, X门诊部延长服务时间, Y管制站的旅客通关服务时间延长…: the kind of
body a label's subject is, named before where it acts or what of it changes."""
_KIND_OF_BODY = re.compile(r"实验室|研究院|研究所")
"""A kind of body many are of: two labels sharing only the kind tell of two bodies."""
_HOW_TOLD = re.compile(r"预计|计划|正式|将|已经|已")
"""That a deed is planned, done or formal: no word of what it is done to (most labels may hold
them; 将举办…活动 and 将举行…仪式 share 将举, and nothing else that tells)."""


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1) if "|" not in text[i : i + 2]}


_FIRST_PHASE_OF = re.compile(r"第一期(?=首|前|余下|其余|第[一二三四五六七八九十])")
"""第一期首三座大楼: the phase a count is part of, which a telling without it leaves out."""


def _objects_differ(a: str, b: str) -> bool:
    """Two labels alike up to their last words, which are no verbs and share no character (咨询业界,
    咨询立法会): the same deed done to two others."""
    a, b = (_HOW_TOLD.sub("", _FRAME_WORDS.sub("", _PARK_OF_A_PHASE.sub("", label))) for label in (a, b))
    shared = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    tail_a, tail_b = a[shared:], b[shared:]
    return (
        shared >= _SHARED_FRAME
        and 2 <= len(tail_a) <= _OBJECT_TAIL
        and 2 <= len(tail_b) <= _OBJECT_TAIL
        and not set(tail_a) & set(tail_b)
        and not EVENT_VERB.search(tail_a)
        and not EVENT_VERB.search(tail_b)
    )


_WENT_BACK = re.compile(r"返回|返港|回港|返深|启程返")
_PARK_OF_A_PHASE = re.compile(r"(?:港深创新及科技园|港深创科园)(?=第[一二三四五六七八九十]期)")
_FRAME_WORDS = re.compile(r"(?<=[\u4e00-\u9fff])(?:会|亦|也|还)(?=就|在|于|向|与)")
_SHARED_FRAME = 8
_OBJECT_TAIL = 6


def _counts_differ(a: str, b: str, same_day: bool) -> bool:
    """Both labels count, and count different things (四座, 三座), unless one day's labels count
    part of the other's (第一期开幕典礼, 第一期八座大楼…开幕)."""
    counts_a, counts_b = _counts_in(a), _counts_in(b)
    one_within = same_day and (counts_a <= counts_b or counts_b <= counts_a)
    if bool(_FIRST_PHASE_OF.search(a)) != bool(_FIRST_PHASE_OF.search(b)) and _counts_in(
        _FIRST_PHASE_OF.sub("", a)
    ) == _counts_in(_FIRST_PHASE_OF.sub("", b)):
        return False  # 港深创科园第一期首三座大楼, 首三座大楼: the first phase whose part is counted counts nothing
    return bool(counts_a and counts_b and counts_a != counts_b and not one_within)


@functools.lru_cache(maxsize=8192)
def _counts_in(label: str) -> frozenset[str]:
    return frozenset(_NUMERALS.findall(_NAMING_NO_COUNT.sub("", label)))


_NAMING_NO_COUNT = re.compile(r"(?:19|20)\d{2}(?:至|-|/|／)\d{2,4}(?:财政)?年度|新一(?=[份届轮批期])")
"""2027至28年度财政预算案, 新一份财政预算案: a budget's year and "the new one" count nothing."""


_WHERE_DONE = re.compile(
    rf"(?:在|于)(?:[\u4e00-\u9fff]{{2,8}}?|\|[\u4e00-\u9fff|]{{2,14}}?)(?=\||{EVENT_VERB.pattern})"
)
"""在产业园揭牌, 在(港深)创新及科技园第二座大楼开幕: where a deed was done, which another deed done
there shares by its place alone."""


_PUBLISHED_IN = re.compile(
    r"(?:发表于|发表在|刊登于|刊登在|刊于|登上)[^，,。；;《]{0,12}《[^》]{1,30}》"
    r"|(?:在|于)(?:国际)?(?:学术)?(?:期刊|杂志)?《[^》]{1,30}》上?(?=发表|刊登|刊发)"
)
"""发表于国际学术期刊《自然·能源》, 在国际期刊《自然·材料》发表: where a paper came out, which two papers
of one month share by chance."""


def _told_alike(a: str, b: str, same_day: bool) -> bool:
    """Two labels tell one event when they do not count different things (三座, not 四座) and share
    word pairs besides the verb: two, for labels of the same day (首批三座大楼正式启用, 政府已启用
    首三座大楼: 三座, 大楼); for a month, at least three and half of the shorter label's
    (园区首三座大楼正式启用 in 2025-12), so that two openings in one park in one month
    (深圳园区A实验室揭牌, 深圳园区B中心揭牌) stay two. Wire reports name what happened, not
    always who did it."""
    if _counts_differ(a, b, same_day):
        return False  # 四座 is not 三座; a label that counts nothing may tell the same event
    if _owners_differ(a, b) or _only_the_title_shared(a, b) or _only_the_title_shared(b, a):
        return False  # X的装修工程已展开, Y的装修工程已展开: two works; 《X跨境科研…规定》施行, 跨境科研车辆新配额生效
    if _done_to_another(a, b) or _done_with_another(a, b):
        return False  # 第二期首批工程已展开, 第二期首批用地的招标工作已展开: the works, the tender
    if (head_a := _SUBJECT_HEAD.match(a)) and (head_b := _SUBJECT_HEAD.match(b)) and head_a["head"] != head_b["head"]:
        return False  # X知识产权服务平台在园区上线, Y知识产权检察工作站在园区揭牌: two bodies of two kinds
    a, b = _PUBLISHED_IN.sub("|", a), _PUBLISHED_IN.sub("|", b)  # X成果, Y论文 发表于《自然·能源》: two papers
    shared_verbs = [v for v in _EVENT_WORDS if v in a and v in b]
    if shared_verbs:  # 签署协议: no pair across the verb's edge (署协) tells two signings alike
        verb = re.compile("|".join(sorted(shared_verbs, key=len, reverse=True)))
        a, b = verb.sub("|", a), verb.sub("|", b)
    a, b = _ZONE_WORDS.sub("|", a), _ZONE_WORDS.sub("|", b)
    a, b = _HOW_TOLD.sub("|", a), _HOW_TOLD.sub("|", b)  # 第八座大楼预计落成, 人才宿舍大楼预计落成: two
    if same_day:  # X实验室开幕, Y实验室大楼启用礼, on one day: two (two words shared are enough that day)
        a, b = _KIND_OF_BODY.sub("|", a), _KIND_OF_BODY.sub("|", b)
    a, b = _WHERE_DONE.sub("|", a), _WHERE_DONE.sub("|", b)  # X开园仪式举行, Y在(X)产业园揭牌: two
    a, b = _PAPER_KIND.sub("|", a), _PAPER_KIND.sub("|", b)  # X与Y签署合作协议, Z签署《W合作协议》: two papers
    pairs_a, pairs_b = _bigrams(a), _bigrams(b)
    shared = pairs_a & pairs_b
    if same_day:
        return len(shared) >= 2
    return len(shared) >= 3 and 2 * len(shared) >= min(len(pairs_a), len(pairs_b))


_OWNED_DEED = re.compile(r"^(?P<owner>[^的]{2,20})的(?P<rest>[^的]{4,})$")


def _owners_differ(a: str, b: str) -> bool:
    """X的装修工程已展开, Y的装修工程已展开: one deed done to two things whose names share nothing."""
    owned_a, owned_b = _OWNED_DEED.match(a), _OWNED_DEED.match(b)
    return bool(
        owned_a
        and owned_b
        and owned_a["rest"] == owned_b["rest"]
        and not (_bigrams(owned_a["owner"]) & _bigrams(owned_b["owner"]))
    )


_KIND_OF_DOCUMENT = re.compile("|".join((*DOCUMENT_KINDS, "政策")))


def _only_the_title_shared(titled: str, other: str) -> bool:
    """《河套…跨境科研数据管理规定》施行 and 河套地区跨境科研车辆新配额生效: a few words shared only
    inside one label's document title, by a label naming no document, tell two things (more tell
    the thing the document is of: 《…数据流动试点方案》 published, …数据流动试点启动)."""
    titles = _TITLE.findall(titled)
    if not titles or _TITLE.search(other) or _KIND_OF_DOCUMENT.search(other):
        return False
    shared = _bigrams(_ZONE_WORDS.sub("|", titled)) & _bigrams(_ZONE_WORDS.sub("|", other))
    in_titles = set().union(*(_bigrams(_ZONE_WORDS.sub("|", title)) for title in titles))
    return 0 < len(shared) <= 3 and shared <= in_titles


_DEED = re.compile(rf"^(?:已经|已|将|正式|预计|陆续|顺利|全面)*(?:{EVENT_VERB.pattern}|展开|开始|进行)")


_DEED_IN = re.compile(
    rf"^[\u4e00-\u9fff]{{0,4}}?(?:已经|已|将|正式|预计|陆续|顺利|全面)*(?:{EVENT_VERB.pattern}|展开|开始|进行)"
)
"""The shared end holds the deed, at most a short noun before it (大学 签署…: 香港科技大学, 三间大学)."""
_MANNER = re.compile(r"(?:在|于)[^，,]{2,12}?(?=$|正式|已|将)|已经|已|将|正式|预计|计划|陆续|顺利|全面|于|在")
"""Where and how a deed is told (在河套深圳园区, 正式, 将, 预计): no other thing it is done to."""


def _shared_start(a: str, b: str) -> int:
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


def _done_to_another(a: str, b: str) -> bool:
    """Two labels alike but for what the deed is done to (第二期首批 工程 / 用地的招标工作 已展开):
    same opening, same deed, a different thing between."""
    head, tail = _shared_start(a, b), _shared_start(a[::-1], b[::-1])
    if head < 2 or tail < 2 or head + tail >= min(len(a), len(b)) or not _DEED_IN.search(a[len(a) - tail :]):
        return False
    middle_a, middle_b = (_MANNER.sub("", m) for m in (a[head : len(a) - tail], b[head : len(b) - tail]))
    return bool(middle_a and middle_b) and middle_a not in middle_b and middle_b not in middle_a


def _done_with_another(a: str, b: str) -> bool:
    """Two labels alike to their last words, which differ (政府将就X咨询立法会, 政府计划就X咨询业界):
    one deed done with two others, two events."""
    a, b = _MANNER.sub("", a), _MANNER.sub("", b)
    head = _shared_start(a, b)
    rest_a, rest_b = a[head:], b[head:]
    return head >= 6 and 2 <= len(rest_a) <= 6 and 2 <= len(rest_b) <= 6 and not (set(rest_a) & set(rest_b))


def _precision(fact: Fact) -> tuple[bool, int]:
    return (fact.qualifier != APPROXIMATE, len(fact.date or ""))


def _merge_milestones(facts: list[Fact]) -> list[Fact]:
    """Each fact joins the first cluster holding a fact of the same event; facts told to the day
    come first, so that a month's telling (自去年十二月开幕至今) meets every wording of the day's
    event, not only those read before it. Only clusters of the
    same year or the years beside it can hold one (an approximate date is a month off at most);
    a fact told in the same words on the same date joins at once; and of a cluster's facts one
    per wording is compared. Without these a corpus retelling the same events took quadratic
    time (300 articles: 2.3 million comparisons)."""
    clusters: list[list[Fact]] = []
    wordings: list[dict[str, Fact]] = []  # per cluster: one fact per label, the ones compared
    first_year: list[int] = []  # per cluster: the year of its first fact
    by_words: dict[tuple[str, str, bool], int] = {}
    told_at: dict[tuple[int, str], int] = {}  # (cluster, label) → when that wording was added
    dated = _DatedWordings()
    for fact in sorted(facts, key=lambda f: (-len(f.date or ""), min(f.sources))):  # days first, then months
        year = int((fact.date or "0")[:4])
        home = by_words.get((fact.label, fact.date or "", fact.is_target))
        if home is None:
            near = (i for i in dated.candidates(fact) if year - 1 <= first_year[i] <= year + 1)
            nearby = sorted(near, key=lambda i: (first_year[i], i))  # earlier years first, then in order
            home = next((i for i in nearby if any(_same_event(fact, o) for o in wordings[i].values())), None)
        if home is None:
            home = len(clusters)
            clusters.append([])
            wordings.append({})
            first_year.append(year)
        clusters[home].append(fact)
        if fact.label not in wordings[home]:
            wordings[home][fact.label] = fact
            dated.add(fact, home)
            told_at[home, fact.label] = len(told_at)
        by_words.setdefault((fact.label, fact.date or "", fact.is_target), home)
    _second_look(clusters, wordings, dated, told_at)
    merged = []
    for cluster in clusters:
        if not cluster:
            continue
        best = max(cluster, key=_precision)
        named = max(
            cluster,
            key=lambda f: (
                not _VAGUE_SUBJECT.match(f.label),
                not _in_a_headline(f),
                _in_a_sentence(f),
                bool(_NAMED_IN_QUOTES.search(f.label)),  # X「河澜居」入伙 and 第二座宿舍入伙: the one naming it
                _precision(f),
                "《" in f.label,  # 两地政府签署合作备忘录 and 两地签署《X备忘录》: the one naming the document
            ),
        )
        merged.append(replace(_combine(cluster, named), date=best.date, qualifier=best.qualifier))
    return merged


_NAMED_IN_QUOTES = re.compile(r"[「“《][^」”》]{2,}[」”》]")


def _second_look(
    clusters: list[list[Fact]],
    wordings: list[dict[str, Fact]],
    dated: _DatedWordings,
    told_at: dict[tuple[int, str], int],
) -> None:
    """A cluster told no closer than its month joins another by a wording added after its own
    were compared (t1373's 港深创科园首批大楼已启用 meets t369's 香港园区首批大楼启用, which joined the
    day's opening after it): the order the articles were read in makes no two events of one. Only
    those later wordings of a day's event are compared, which keeps the look a small part of merging."""
    day_told = [any(len(f.date or "") == len("2025-12-22") for f in cluster) for cluster in clusters]
    latest: dict[int, int] = defaultdict(int)  # per cluster: when its last wording was added
    for (cluster_index, _), added in told_at.items():
        latest[cluster_index] = max(latest[cluster_index], added)
    for index, cluster in enumerate(clusters):
        if not cluster or max(len(f.date or "") for f in cluster) >= len("2025-12-22"):
            continue
        home = next(
            (
                other
                for label, fact in wordings[index].items()
                for other in sorted(dated.candidates(fact))
                if other != index
                and clusters[other]
                and latest[other] > told_at[index, label]
                and day_told[other]
                and any(
                    told_at[other, later] > told_at[index, label] and _same_event(fact, told)
                    for later, told in wordings[other].items()
                )
            ),
            None,
        )
        if home is None:
            continue
        clusters[home].extend(cluster)
        for label, fact in wordings[index].items():
            if label not in wordings[home]:
                wordings[home][label] = fact
                dated.add(fact, home)
                told_at[home, label] = latest[home] = len(told_at)
        clusters[index], wordings[index] = [], {}


class _DatedWordings:
    """The clusters whose compared facts (one per wording) have dates a fact's date is
    compatible with (`compatible`: one a prefix of the other, or a month apart where one is
    approximate), for the fact's kind (done or aimed): the only clusters `_same_event` can
    join it to. Looking there, not at every cluster of nearby years, keeps merging near-linear
    where a corpus tells many events of the same few years (760 test articles: 1.5 million
    comparisons before)."""

    def __init__(self) -> None:
        self._exact: dict[tuple[bool, str], list[int]] = defaultdict(list)  # a wording's date
        self._within: dict[tuple[bool, str], list[int]] = defaultdict(list)  # each prefix of it

    def add(self, fact: Fact, cluster: int) -> None:
        date = fact.date or ""
        self._exact[fact.is_target, date].append(cluster)
        for prefix in {date[:4], date[:7], date}:
            self._within[fact.is_target, prefix].append(cluster)

    def candidates(self, fact: Fact) -> set[int]:
        date, aimed = fact.date or "", fact.is_target
        found = set(self._within.get((aimed, date), ()))  # dates of which this one is a prefix
        for prefix in {date[:4], date[:7], date}:
            found.update(self._exact.get((aimed, prefix), ()))  # dates that are a prefix of this one
        if len(date) >= 7:  # a month on either side, where either is approximate
            month = int(date[:4]) * 12 + int(date[5:7]) - 1
            for near in (month - 1, month + 1):
                found.update(self._within.get((aimed, f"{near // 12:04d}-{near % 12 + 1:02d}"), ()))
        return found


def _in_a_sentence(fact: Fact) -> bool:
    """Told in a sentence, not a heading (▌周三｜AI算力平台二期上线, over the paragraph that tells
    it with its date and whole name): the telling a reader is shown."""
    heading = fact.text.startswith("以下是")  # 以下是行政长官…在X典礼的致辞：: the speech's heading
    return not heading and fact.text.rstrip("”」』）)\"'").endswith(tuple("。！？!?…"))


def _in_a_headline(fact: Fact) -> bool:
    """Told in a post's 【headline】 (【好消息！河套园区首座超充站今天投用】今天起，…首座液冷超充站正式
    对外开放): the body's telling names it whole."""
    headline = _HEADLINE.match(fact.text)
    return bool(headline and fact.label[:4] in headline.group("told"))


_HEADLINE = re.compile(r"^\s*(?:#[^#\s]{1,20}#\s*)*【(?P<told>[^】]{4,60})】")


_VAGUE_SUBJECT = re.compile(
    r"^(?:园区|合作区|该|其|本|此|公司|学院|中心|项目|工程|大楼|平台|基地|社区|学校|公寓|条例|办法|措施|[一二三四五首]期)"
)
"""园区开幕 says less than 港深创新及科技园首批三座大楼启用, told of the same event: a cluster
is labelled by a telling that names what it is about, dated by its most precise one."""


def _informative(fact: Fact) -> tuple[int, int, bool, int]:
    """How much a policy's sentence says: amounts, numbers, not a caption, then brevity."""
    return (
        len((fact.qualifier or "").split("; ")) if fact.qualifier else 0,
        sum(ch.isdigit() for ch in fact.text),
        not fact.text.startswith(("▲", "△")),
        -len(fact.text),
    )


def _merge_policies(facts: list[Fact]) -> list[Fact]:
    groups: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        groups[policy_key(fact.label)].append(fact)
    merged = []
    for group in groups.values():
        best = max(group, key=_informative)
        granted = list(dict.fromkeys(a for f in group if f.qualifier for a in f.qualifier.split("; ")))
        dates = sorted((f.date for f in group if f.date), key=lambda d: (d[:7], -len(d)))  # 2023-08-29 over 2023-08
        label = max((f.label for f in group), key=lambda name: (name[:1].isdigit(), len(name)))
        merged.append(
            replace(
                _combine(group, best),
                label=label,
                qualifier="; ".join(granted) or None,
                date=dates[0] if dates else None,
            )
        )
    return merged


def _merge_figures(facts: list[Fact]) -> list[Fact]:
    """The same value of the same measure told in one month (a dispatch of 12-22, a paper of
    12-23) is one figure, dated by its earliest telling, citing both."""
    groups: dict[object, list[Fact]] = defaultdict(list)
    for fact in facts:
        bare = len(fact.measure or "") <= 2  # 奖励 最高100万元 of two contests: whose, only each sentence tells
        told_in = fact.text if bare else ""  # (a sentence reprinted is one figure still)
        groups[(fact.measure, fact.value, fact.unit, fact.is_target, (fact.date or "")[:7], told_in)].append(fact)
    return [_combine(group, min(group, key=lambda f: (-len(f.date or ""), f.date or ""))) for group in groups.values()]


def _merge_statements(facts: list[Fact]) -> list[Fact]:
    """The same sentence in two articles (a wire story reprinted) is one statement citing both."""
    groups: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        groups[fact.text].append(fact)
    return [_combine(group, min(group, key=lambda f: min(f.sources))) for group in groups.values()]


def merge_facts(facts: list[Fact]) -> list[Fact]:
    by_kind: dict[FactKind, list[Fact]] = defaultdict(list)
    for fact in facts:
        by_kind[fact.kind].append(fact)
    merged = [
        *_merge_milestones(by_kind[FactKind.MILESTONE]),
        *_merge_policies(by_kind[FactKind.POLICY]),
        *_merge_figures(by_kind[FactKind.FIGURE]),
        *_merge_entities(by_kind[FactKind.ENTITY]),
        *_merge_statements(by_kind[FactKind.STATEMENT]),
    ]
    return sorted(merged, key=lambda f: (min(f.sources), f.kind, f.label))

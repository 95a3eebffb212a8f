"""Policies: plans, packages, support programmes, measures and pilots, by their names.

A sentence is a policy fact only where it names an instrument: a document title that names
one (《…规划》, 《…若干意见》, 《…办法》), a package (联合政策包), a programme (港澳青年支持计划),
a counted set of measures or mechanisms (28条具体举措, 6大科研管理机制) or a pilot (「科汇通」试点).
A heading, a slogan or an evaluation (“政策包”发布实施的效果明显) names none and makes no policy
fact; sentences that mention a named policy add to its sources and its amounts. `policy_key`
folds the ways one policy is written (深港“联合政策包”, 联合政策包) into one key for merging.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_TITLE = re.compile(r"《(?P<name>[^》]{6,60})》")
_INSTRUMENT = re.compile(r"(?:规划|纲要|意见|办法|方案|措施|细则|条例|计划|政策|通知|指引|指南|规定|协议|框架|清单)$")
_COMPANY = re.compile(r"公司|企业|集团|股份")
_UNDER_A_LAW = re.compile(r"(?:根据|依据|按照|援引)$")
_ITS_RULES = re.compile(r"》?的?(?:有关|相关)?(?:规定|要求)")
_QUOTES = re.compile(r"[“”「」\"'\s]")
_PACKAGE = re.compile(r"(?P<name>(?:深港|科研|产业|人才|金融|港澳)?[“「]?(?:联合)?[”」]?[“「]?政策包[”」]?)")
_QUOTED = r"[「“](?P<quoted>[^」”]{2,16}(?:计划|方案|政策包|基金|津贴|补贴|补助))[」”]"
_QUOTED_PROGRAMME = re.compile(_QUOTED)
_PROGRAMME = re.compile(
    _QUOTED + r"|(?P<name>[\u4e00-\u9fff“”「」]{2,10}?(?:支持计划|资助计划|行动计划|扶持计划|支援计划|人才计划))"
)
_COUNTED = re.compile(
    r"(?<![数几若])(?P<name>(?:\d+|[一二三四五六七八九十]+)(?:大|项|条)[^，,。、；\s的]{0,10}?(?:机制|举措|措施|政策))"
)
_PILOT = re.compile(r"[「“](?P<name>[^」”]{2,8})[」”][^，,。；]{0,6}试点")
_GENERIC_PACKAGE = "政策包"
_FIELD_BEFORE = re.compile(r"(?P<field>科研|产业|人才|金融)[\u4e00-\u9fff]{0,6}$")
_BARE_PROGRAMMES = frozenset({"支持计划", "资助计划", "行动计划", "扶持计划", "支援计划", "人才计划"})
_SELECTED_INTO = re.compile(r"入选|列入|纳入|获评")
_AFTER_VERB = re.compile(r"提出|出台|公布|推出|发布|实施|落实|贯彻|启动|设立|制定|印发|的|日|为|了")
"""A programme's name starts after the verb that introduces it (发展署提出“四个一”行动计划)."""
_NAME_START = re.compile(r"^(?:[一二三四五六七八九十]是)?(?:新一轮|新一批|新|首批|首个|一系列|系列)?")
AMOUNT = re.compile(
    r"(?:最高)?\d+(?:\.\d+)?万?元?(?:到|至|-|~|—|–|－|～)\d+(?:\.\d+)?万?元|最高(?:\d+:\d+|[一二两三四五六七八九十\d]+个?亿(?![元港]))"
    r"|(?:最高(?:资助|补贴|奖励|支持|可获)?)?(?:不超过)?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:亿|万)?(?:港)?元"
    r"|\d+(?:条|项)(?:具体)?(?:举措|措施)"
    r"|按[^，,。；;]{1,12}?的\d+(?:\.\d+)?%"
    r"|(?:最高)?(?<![一二两三四五六七八九十百千亿])[一二两三四五六七八九十百千]+(?:亿(?:[一二两三四五六七八九十百千]+万)?|万)"
    r"[一二两三四五六七八九十百千]*(?:港)?元"
    r"|(?:最高|最多)(?:可获)?(?<![一二两三四五六七八九十百千])[一二两三四五六七八九十]+[百千][一二两三四五六七八九十百千]*(?:港)?元"
)


def policy_label(text: str) -> str | None:
    """The name of the policy instrument the sentence names, if it names one."""
    for match in _TITLE.finditer(text):
        name = re.sub(r"\s", "", match.group("name"))
        if _INSTRUMENT.search(re.sub(r"[（(][^）)]*[）)]$", "", name)):  # …三年行动计划（2026—2028年）
            if name.endswith("协议") and _COMPANY.search(text):
                continue  # 子公司与…签署了《联合研发合作协议》: a company's contract, no policy
            if _UNDER_A_LAW.search(text, 0, match.start()) and (
                name.endswith("条例") or _ITS_RULES.match(text, match.end())
            ):
                continue  # 根据《城市规划条例》…, 根据《X办法》的有关规定: the law a body acts under, no policy
            return f"《{name}》"
    quoted = _QUOTED_PROGRAMME.search(text)  # anywhere: 约8亿元用于「河套创科人才计划」 names it in quotes
    if quoted:
        return quoted.group("quoted")
    for pattern, word in ((_PROGRAMME, "计划"), (_PACKAGE, _GENERIC_PACKAGE)):
        named = pattern.search(text) if word in text else None  # a search from every character is dear
        if named and named.group("name") and _SELECTED_INTO.search(named.group("name")):
            continue  # 对入选国家级青年人才计划的，给予…奖励: whom a policy rewards, no policy told
        if named and named.group("name"):
            name = _NAME_START.sub("", _QUOTES.sub("", _AFTER_VERB.split(named.group("name"))[-1]))
            if name == _GENERIC_PACKAGE and (field_ := _FIELD_BEFORE.search(text, 0, named.start())):
                name = field_.group("field") + name  # 科研管理体制创新“政策包”: the research package
            if name in _BARE_PROGRAMMES:
                continue  # 为落实行动计划，…: the plan told before, no name of its own
            if name != _GENERIC_PACKAGE:
                return name.removeprefix("深港") if name.endswith("联合政策包") else name
    counted = _COUNTED.search(text)
    if counted:
        return counted.group("name")
    pilot = _PILOT.search(text)
    if pilot:
        return f"「{pilot.group('name')}」试点"
    return None


_REFERRING = re.compile(
    r"^(?:(?:根据|按照|依据)?(?:该|这项|这一|此|上述|本)|(?:根据|按照|依据))(?:计划|方案|政策包|政策|措施|办法|意见|规划|细则|指南|规定)"
    r"|^(?:措施|办法|细则|方案|意见|规划|纲要)(?=(?:还|并|也|亦)?(?:共|包括|涵盖|分为|明确|提出|规定))"
)
"""该计划…, 根据计划，…, 本细则…, 措施共12条: the policy the article named last."""


@dataclass
class PolicyNames:
    """What an article has called its policies so far: the short names it gave them (以下简称
    《措施》), the last one it named, which a sentence opening with 该计划 refers to, and the one
    the sentence before spoke of, whose content a list (一是…；二是…) goes on to tell."""

    short: dict[str, str] = field(default_factory=dict)
    last: str | None = None
    previous: str | None = None
    asked: bool = False
    """Whether the sentence before was a question (a Q&A's 问：…？), which this one answers."""
    notified: str | None = None
    """The scheme a notice's title calls for applications to (关于开展X补贴申报工作的通知): what
    its items' amounts (单个单位每年最高不超过200万元) are granted under."""

    def referred_to(self, text: str) -> str | None:
        """The policy a sentence that names none speaks of (根据《措施》，…; 《若干措施》 after
        《关于…的若干措施》; 该计划共包括12项措施; 一是… after a sentence about it)."""
        named = next((full for name, full in self.short.items() if name in text), None)
        if named:
            return named
        if self.last and any(self.last.endswith(f"{title}》") for title in _SHORT_TITLE.findall(text)):
            return self.last
        if _REFERRING.match(text):
            return self.last
        if self.previous is None and self.notified and _GRANTED.search(text) and amounts(text):
            return self.notified  # 二、支持标准。…给予补贴，单个单位每年最高不超过200万元: the notice's scheme
        if self.last and self.asked and _GRANTED.search(text) and amounts(text):
            return self.last  # 《X细则》… 问：补贴标准是怎样的？答：…给予补贴，每年最高200万元: X's
        return self.previous if _LISTED.match(_ITEM_LEAD.sub("", text)) else None

    def learn(self, text: str, named: str | None, spoken_of: str | None) -> None:
        """After a sentence: the short names it gave, the policy it named (if any) and the one
        it spoke of (named or referred to; None if neither)."""
        self.short |= short_names(text)
        self.last = named or self.last
        self.asked = bool(_QUESTION.search(text))
        if spoken_of is None and (_SECTION_HEADING.match(text) or _ITEM_LEAD.match(text)):
            return  # 二、主要内容; 一、支持对象：…: a heading or an item between the policy and its content
        self.previous = spoken_of


_SHORT_TITLE = re.compile(r"《([^》]{2,8})》")
_SECTION_HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])?[^，,。；;：:]{2,12}$"
)
_ITEM_LEAD = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])[^，,。；;：:]{2,8}[：:]"
)
"""二、支持内容：…: an explainer's item, which tells the content of the policy named before it."""
_LISTED = re.compile(
    r"^(?:一是|其一|首先|第一[，,、]|第[一二三四五六七八九十百\d]{1,4}条[，,]|具体包括|具体而言|主要包括|其中[，,](?=[^。]{0,12}?(?:对|给予|支持))"
    r"|对[^。；;]{2,30}?给予)"
)
"""What goes on to tell a policy's content: 一是…; 其中，对…给予最高1亿元支持; 对经认定的机构，按…给予补贴,
after the sentence naming it."""


_SHORT_NAME = re.compile(r"(?P<full>《[^》]{6,60}》)[（(](?:以下)?简称(?P<short>《[^》]{1,8}》)[）)]")


def short_names(text: str) -> dict[str, str]:
    """Short names a sentence gives a document (《…若干措施》（以下简称《措施》）), which the
    article's later sentences use for it."""
    return {m.group("short"): m.group("full") for m in _SHORT_NAME.finditer(re.sub(r"\s", "", text))}


def policy_key(label: str) -> str:
    """One key for the ways one policy is written: 5项科研管理创新机制 and 6大科研管理机制 are
    the same mechanisms counted by two articles."""
    label = re.sub(r"^《[^》]*?(关于[^》]+》)", r"《\1", label)  # 《深圳市人民政府关于…》: the issuer is optional
    return re.sub(r"^(?:\d+|[一二三四五六七八九十]+)(?:大|项|条)|创新|具体", "", label)


def notified_scheme(title: str) -> str | None:
    """The support scheme a notice's title calls for applications to (关于开展2038年度河套跨境科研
    仪器共享补贴申报工作的通知: 河套跨境科研仪器共享补贴); None for any other title."""
    called = _CALL_TITLE.fullmatch(title.strip())
    return called.group("name") if called else None


_CALL_TITLE = re.compile(
    r"关于(?:开展|做好|组织|启动|组织开展)?(?:\d{4}年度?)?(?P<name>[\u4e00-\u9fff“”「」]{4,30}?(?:补贴|资助|奖励|补助|专项资金))"
    r"(?:项目)?(?:申报|申请|评审|认定|兑现)(?:工作)?的通知"
)


def amounts(text: str) -> list[str]:
    """Money, ratios and counts of measures a policy grants, as written (2万到5万元, 最高1:1,
    28条具体举措)."""
    return list(
        dict.fromkeys(
            m.group(0)
            for m in AMOUNT.finditer(text)
            if not text.endswith(("一笔", "金额为", "金额达", "金额约"), 0, m.start())
            and not _flowed(text, m.start())
            and not _RAISED_FROM.match(text, m.end())
        )
    )  # 一笔金额为300万元的科研资金, 全年经…汇入的经费约3.6亿元, 产业规模突破500亿元: no grant


_RAISED_FROM = re.compile(r"(?:提高|提升|上调|增加|调整|扩大)(?:至|到|为)")
"""额度由100万元提高至500万元: the old cap, no longer granted."""


def _flowed(text: str, start: int) -> bool:
    """An amount that flowed or was raised (累计汇入…3.6亿元), not one granted after it (按融资额的
    10%给予最高50万元奖励)."""
    flow = _FLOWED.search(text, max(0, start - 24), start)
    return flow is not None and not _GRANTED.search(text, flow.start() + 2, start)


_QUESTION = re.compile(r"[？?][”」]?\s*$")
"""问：补贴标准是怎样的？: a reader's question, which the next sentence answers of the policy named."""
_GRANTED = re.compile(r"给予|奖励|资助|补贴|补助")
_FLOWED = re.compile(r"(?:累计|合计|共计|全年|汇入|汇出|汇款|融资|营收|交易额|产业规模|产值|突破)[^，,。；;]{0,16}$")

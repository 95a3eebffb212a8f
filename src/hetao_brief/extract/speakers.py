"""Whom a first person stands for. A university's own news site says 我校 (our university), an
interview's answers say 我们 (we): a label read alone, in a digest beside other outlets' news,
must name the body instead. The site's name and the interview's headline tell which body."""

from __future__ import annotations

import re
from dataclasses import replace

from hetao_brief.extract.verbs import EVENT_VERB
from hetao_brief.facts import Fact, FactKind
from hetao_brief.text.normalize import fold

_OWN_SITE = re.compile(
    r"^(?P<body>[\u4e00-\u9fff]{2,24}?(?:大学|学院|研究院|研究所|发展署|管理局|科技创新局|委员会|管委会))"
    r"(?:新闻网|新闻中心|官网|网站|新闻)?$"
)
"""南方科技大学新闻网, X园区发展署: a body's own site or notice, where 我校, 我院 and 我署 stand for it."""
_OUR_BODY = re.compile(
    r"我(?:校|院|所|署|局|委)(?![长务])|本(?:署|局)(?![长])|^(?:学校|本校)(?=将|已|计划|预计|于|在|会|与|正式)"
)
"""我校, 我院, 我署, 本局; and 学校将…, which on the body's own site is the body too."""
_INTERVIEWED = re.compile(
    r"(?:专访|对话|访问)[｜|:：\s]*(?P<body>[\u4e00-\u9fff]{2,24}?(?:公司|局|署|中心|大学|研究院|管理局|委员会|实验室"
    r"|科技|生物|智能|机器人|医药|半导体|能源|材料))"
    r"(?:行政总裁|总裁|总经理|董事长|主席|负责人|主任|院长|局长|署长|校长|创始人|创办人|首席执行官)"
)
"""专访港深创科园公司行政总裁, 专访｜澜屿机器人创始人: whose 我们 the answers speak for."""
_WE_THEN = re.compile(r"我们[^，,。；;]{0,8}$")
_PLAN_FIRST = re.compile(r"^(?:还|也|亦)?(?:会|将|计划|预计|准备|打算|希望)")
_WE_LISTED = re.compile(
    r"我们[^，,。；;：:]{0,12}[：:][^。]*?(?:[一二三四五六七八九十]是|第[一二三四五六七八九十][，,、]|[；;])[^，,。；;：:]{0,8}$"
)
"""明年我们重点推进三件事：一是年中前建成X；…三是举办Y: each item is what we do."""
_WITH_SOMEONE = re.compile(r"^(?:和|与|同|跟)[\u4e00-\u9fff]{2,12}?(?:联合|共同|一起|合作)")
"""我们和香港方面联合推出了X: the deed with another, whose doer the label lost."""
_TOWARDS = re.compile(r"^(?:向|对|为)[\u4e00-\u9fff]{2,12}?(?:递交|提交|提出|发出|交付|推出|提供)")
"""向国家药监部门递交了…: a deed towards another, whose doer the label lost."""
_ALSO = re.compile(r"^(?:还|也|亦)(?=会|将|计划|预计|准备|打算|希望)")


def body_of_the_site(source: str) -> str:
    """南方科技大学新闻网 → 南方科技大学; "" for an outlet that is no such body's own."""
    own = _OWN_SITE.match(source)
    return own.group("body") if own else ""


def body_interviewed(folded_title: str, folded_body: str = "") -> str:
    """专访港深创科园公司行政总裁：… → 港深创科园公司; "" for a headline that is no interview. A
    headline's 一家细胞治疗实验室 is the one the body names (位于…的沐川细胞治疗联合实验室), if it does."""
    met = _INTERVIEWED.search(folded_title)
    if met is None:
        return ""
    if _SOME.search(met["body"]) and (kind := _KIND.search(met["body"])):
        named = re.search(rf"(?<=[的，,:：])(?:(?!的|一家|一间|一所)[\u4e00-\u9fff]){{2,16}}?{kind[0]}", folded_body)
        return named[0] if named else met["body"]
    return met["body"]


_SOME = re.compile(r"一家|一间|一所|一个|某")
_KIND = re.compile(r"(?:公司|中心|大学|研究院|实验室|委员会)$")


_SPEAKER_LINE = re.compile(r"^\s*(?P<who>[\u4e00-\u9fff]{2,4})[：:]\s*(?P<said>[^“「\s].+)$")
_NOT_A_SPEAKER = frozenset({"记者", "主持人", "主持", "嘉宾", "观众", "旁白", "字幕", "画外音"})
_TITLE = (
    r"(?:(?:营运|运营|技术|研发|市场|财务)?总监|总经理|董事长|行政总裁|总裁|首席执行官|创始人|创办人|负责人|发言人"
    r"|主任|院长|所长|局长|署长|主席|教授|研究员|工程师)"
)
_INTRODUCED = r"(?P<intro>(?:[\u4e00-\u9fff]{{0,12}}?(?:公司|局|署|中心|大学|实验室|研究院|研究所))?{title}){who}"


def transcript_line(folded: str, told: str) -> str | None:
    """A broadcast transcript's line (凌澈：我们现在…) told as the quotation it is, by the speaker as
    the transcript introduced them (公司营运总监凌澈说：“我们现在…”), so that 我们 is their body's;
    None for a line whose speaker the transcript did not name before, or for the reporter's own.
    `told` is the article so far, folded here only for a line that needs it (it grows with each
    sentence, and few are a speaker's)."""
    line = _SPEAKER_LINE.match(folded)
    if line is None or line["who"] in _NOT_A_SPEAKER or "我" not in line["said"]:
        return None  # only a first person needs its speaker named
    who = line["who"]
    introduced = list(re.finditer(_INTRODUCED.format(title=_TITLE, who=re.escape(who)), fold(told)))
    if not introduced:
        return None
    return f"{introduced[-1]['intro']}{who}说：“{line['said'].rstrip('。')}。”"


def ours_named(fact: Fact, body: str) -> Fact:
    """我校与园区签署协议 → 南方科技大学与园区签署协议; 学校将…招收 → 南方科技大学将…招收."""
    if fact.kind is not FactKind.MILESTONE or not _OUR_BODY.search(fact.label):
        return fact
    return replace(fact, label=_OUR_BODY.sub(body, fact.label))


def we_named(fact: Fact, body: str) -> Fact:
    """答：我们下个月会先举办推介会 → 港深创科园公司会先举办推介会: a plan whose 我们 the label lost;
    我们在9月启动了第二批项目 → 发展署启动了第二批项目, 我们和X联合推出了Y, 我们…：一是…建成Z: deeds,
    likewise."""
    if fact.kind is not FactKind.MILESTONE:
        return fact
    if fact.label.startswith("我们的"):
        return replace(fact, label=body + fact.label[2:])  # 我们的首个项目向…提交了申请: the body's project
    if fact.label.startswith("的") and "我们" + fact.label[:3] in fact.text:
        return replace(fact, label=body + fact.label)  # 我们的第一款候选产品完成了…: the body's product
    if (towards := _TOWARDS.match(fact.label)) and "我们" in fact.text[: fact.text.find(towards[0])]:
        return replace(fact, label=body + fact.label)  # 我们…，今年6月向药监部门递交了申请: the body filed it
    if not (_PLAN_FIRST.match(fact.label) or EVENT_VERB.match(fact.label) or _WITH_SOMEONE.match(fact.label)):
        return fact
    at = fact.text.find(fact.label[:4])
    at = at if at >= 0 else fact.text.find(fact.label[:2])  # 我们计划下个月启动…: the date was in the label's words
    at = at if at >= 0 else fact.text.find(fact.label[1:4])  # 我们将在10月份举办…: the date between 将 and its verb
    if at > 0 and (_WE_THEN.search(fact.text, 0, at) or _WE_LISTED.search(fact.text, 0, at)):
        return replace(fact, label=body + _ALSO.sub("", fact.label))  # 我们还会…: alone, the body 会…
    return fact


__all__ = ["body_interviewed", "body_of_the_site", "ours_named", "transcript_line", "we_named"]

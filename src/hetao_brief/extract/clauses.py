"""Clauses and the words around them: where a sentence's clauses are, a clause without the
asides, connectives and trailing prepositions a label never keeps, where its date phrases lie,
and a label cut to a length a reader takes in at a glance."""

from __future__ import annotations

import re

from hetao_brief.extract.dates import DateMention, Published, find_dates

MAX_LABEL = 80
_CLAUSE = re.compile(
    r"(?:[（(](?!中文名|英文名)[^（）()，,。；;]{1,30}[）)]|[^，,；;。！？!?：:】]|(?<=\d),(?=\d{3})|(?<=\d)[:：](?=\d)"
    r"|(?<=[A-Za-z.])[，,](?=\s*[A-Za-z]))+"
)
"""A clause ends at Chinese or Latin punctuation, but not at a thousands separator (2,000), in a
time of day (9:30) or a score (3:1), between Latin words (（Hetao Institute of Mathematics，HIM）) or inside a short
aside in brackets (光擎科技（股票代码：688901）今日宣布), a name's gloss (（中文名：米杰）) apart,
whose name a label keeps."""
_LEADING = re.compile(
    r"^(?:[\s，,、：:；;）)」』”\]①-⑳❶-❿⑴-⒇▶►●■◆◇○□★☆▪•·▌▍▎｜|—]|的(?=[\u4e00-\u9fff])|[问答][：:]|第[一二三四五六七八九十百\d]{1,4}条\s*(?![^，,。；;\s]{0,8}?(?:中试线|生产线|产线|线路|航线|通道|隧道|管廊|跑道|专线|巴士线|[^，,。；;]号线))|(?:为期|历时)[一二两三四五六七八九十\d半]{1,3}个?(?:天|日|周|星期|月|年)的|(?:一年一度|每年一度)的|第?[一二三四五六七八九十]{1,3}(?:、(?![一二三四五六七八九十\d]{1,3}[座栋幢期号])|是(?=[\u4e00-\u9fff]{2}))|\d{1,2}[.．]\s*(?=\D)|[（(](?:[一二三四五六七八九十]{1,3}|[a-zA-Z])[）)]|自从|自(?=[“「《])|其中|当中|同时|此外|另外|而且|并且|随后|此前|届时|据悉|据了解|据介绍|目前|如今|当前|"
    r"同年|当天|当日|会上|会后|会议上|活动上|仪式上|(?:会议|大会|论坛|活动)期间|下一步|接下来|距离|(?:我们|我|本公司)的?目标(?:是|为)|而|并|也|亦|还|就|则|即|又|更(?=会|将|要)"
    r"|(?:但|惟|不过|然而)?(?:因|由于|受)[\u4e00-\u9fff]{1,6}?(?:关系|原因|影响|延误|延期|问题)(?:所致)?)+"
)  # 因天气关系将延期…: why, no part of what is done
NOW_BEFORE_PLAN = re.compile(r"(?<=[\u4e00-\u9fff])(?:目前|现时|现在|下一步|接下来)(?=预计|计划|拟|将|力争|争取)")
_TRAILING = re.compile(
    r"(?:[\s，,、：:；;（(「『“\[]|以来|至今|之后|以后|于|在|从|(?<![报达收得遇感看来])到|至|由|将|的|(?<!中)和|与|及|并|对|把|(?<![意方动导倾])向|给|以|为|是)+$"
)
_DOCUMENT_NUMBER = re.compile(r"[（(][^（）()]*[〔\[［]\d{4}[〕\]］]第?\d+号[^）)]*(?:[）)]|$)")
"""（深府办规〔2026〕5号…）: a document's filing number, no part of what happened."""
_SPACE_IN_CHINESE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
_EMPTY_BRACKETS = re.compile(r"【\s*】|〔\s*〕|［\s*］|\[\s*\]|（\s*）|\(\s*\)")
"""【14:30】决赛…开赛, X启用（3月）: a time or a date went from its brackets; they go too."""
_LATIN_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff」》”])[（(][A-Za-z][A-Za-z0-9 .,，'&\-]{1,60}[）)]")
"""河套国际青年创新营（Hetao International Youth Innovation Camp）: the name said again in English."""
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u200d]")
"""Emoji a post decorates its news with (正式开馆🎉): no part of what happened."""
ASIDE = re.compile(
    r"[（(][^（）()]{0,30}?(?:以下简称|下称|简称)[^）)]*[）)]"
    r"|[（(](?:股票代码|证券代码|股份代号)[：:][^（）()]{1,24}[）)]"
    r"|[（(](?:\d{4,6}\.(?:HK|SZ|SH|SS)|(?:HK|SZ|SH)\.?\d{4,6})[）)]|(?<=[\u4e00-\u9fff])[（(](?:\d{6}|0\d{4})[）)]"
    r"|(?<=[\u4e00-\u9fff])[（(][A-Z][A-Za-z0-9 .,，&'’\-]{2,90}[）)]"
    r"|(?:(?<=公司)|(?<=集团)|(?<=大学)|(?<=学院)|(?<=中心)|(?<=[局署园]))[（(](?![^）)]*(?:中心|分院|分部|分所)[）)])"
    r"(?![^（）()《》]{1,12}[）)][^《》，,。]{0,8}》)"  # 《2026年港深创新及科技园（指定范围）令》: the title's own
    r"(?!(?:深圳|广州|北京|上海|澳门|珠海|东莞|佛山|杭州|南京|苏州|武汉|成都|西安)[）)])[“「]?[\u4e00-\u9fffA-Za-z]{2,12}[”」]?[）)]"
)
"""（深府办规〔2026〕5号，以下简称《若干措施》）: a document's number and its short name; a stock
code (光擎科技（股票代码：688901）, 瑞芯医疗（02891.HK）, 汀岚光电（688915）); the short name after a
body's name (港深创新及科技园有限公司（港深创科园公司）, X有限公司（“X”）), not a branch's
(…创新中心（深圳河套分中心）) nor a campus's city (香港中文大学（深圳）, another university); a
name's English form after it (河套深港科技创新合作区（Hetao Shenzhen-Hong Kong …）, 港深创新及科技园
（…，HSITP）)."""


def clause_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _CLAUSE.finditer(text)]


def clause_end(spans: list[tuple[int, int]], position: int) -> int:
    """Where the clause holding `position` ends (`position` itself if no span holds it)."""
    return next((end for begin, end in spans if begin <= position < end), position)


_ANY_DAY = Published(2026, 6, 15)
_TOLD_BEFORE = (DateMention(0, 0, "2026-06-14"),)
"""A day to read date phrases against where only their place matters, not their value (and one
told before, which 同日 repeats)."""
_DATE_PREPOSITION = ("于", "在", "到")


def date_words(clause: str) -> list[tuple[int, int]]:
    """Where the clause's date phrases are (with a 于/在/到 before them), as dates.py finds them:
    园区跨境穿梭巴士9月20日暂停服务 → the span of 9月20日."""
    spans = []
    for mention in find_dates(clause, _ANY_DAY, earlier=_TOLD_BEFORE):
        start = mention.start - 1 if clause[mention.start - 1 : mention.start] in _DATE_PREPOSITION else mention.start
        spans.append((max(0, start), mention.end))
    return spans


def tidy(text: str) -> str:
    """Without asides (以下简称…), leading connectives and punctuation, trailing prepositions, and
    a 目前 that only said the plan is today's (三期目前预计明年交付)."""
    text = _EMOJI.sub("", _DOCUMENT_NUMBER.sub("", ASIDE.sub("", _LATIN_GLOSS.sub("", text)))).strip()
    text = NOW_BEFORE_PLAN.sub("", _EMPTY_BRACKETS.sub("", _SPACE_IN_CHINESE.sub("", text)))
    previous = None
    while previous != text:
        previous = text
        text = _TRAILING.sub("", _LEADING.sub("", text)).strip()
    for opener, closer in (("（", "）"), ("(", ")"), ("「", "」"), ("“", "”"), ("《", "》")):
        if (at := text.find(closer)) >= 0 and opener not in text[:at]:
            text = text[:at] + text[at + 1 :]  # James Miller（中文名：米杰）…, 「光与物质：X展览」…: an end, alone
    return text


def shortened(label: str) -> str:
    """At most MAX_LABEL characters, cut at an enumeration comma if one is late enough, and
    marked with an ellipsis: never cut silently."""
    if len(label) <= MAX_LABEL:
        return label
    cut = label.rfind("、", 0, MAX_LABEL)
    return label[: cut if cut > MAX_LABEL // 2 else MAX_LABEL - 1].rstrip("、，, ") + "…"


__all__ = [
    "ASIDE",
    "MAX_LABEL",
    "NOW_BEFORE_PLAN",
    "clause_end",
    "clause_spans",
    "date_words",
    "shortened",
    "tidy",
]

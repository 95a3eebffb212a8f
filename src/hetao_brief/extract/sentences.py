"""Splitting an article body into sentences, the unit of provenance.

News text arrives with paragraphs broken mid-sentence (page layout), numbered list headings
(``1. 科研“政策包”``) above their content and photo captions. Broken paragraphs are joined
again; a numbered heading is kept as context in front of its first sentence so that the
heading's words find the content.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from hetao_brief.extract.numerals import arabic_dates
from hetao_brief.text.normalize import simplify

_TERMINAL = "。！？!?…"
_CLOSERS = "”」』）)\"'"
_SENTENCE = re.compile(
    rf"(?:【[^】\n]{{0,40}}】|[^{_TERMINAL}])*?(?:[{_TERMINAL}]+[{_CLOSERS}]*|(?<=[\u4e00-\u9fff）)」”])[\U0001f300-\U0001faff\u2600-\u27bf]\ufe0f?(?=\s)|$)"
)
"""A sentence ends at its terminal marks, or at an emoji a post ends it with (…落户河套深圳园区🎉 这是…),
but not inside a post's 【headline！…】."""
_NUMBERED_HEADING = re.compile(r"^\s*\d{1,2}\s*[.、．]\s*(?P<title>\S.{0,24})$")
_DATE_LINE = re.compile(
    r"^\s*(?:[◆◇●○■□▶►•·▪★☆]|[\U0001f4c5\U0001f5d3\u23f0\U0001f550]\ufe0f?)?\s*(?P<date>(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})年"
    r"(?:[\d一二三四五六七八九十]{1,3}月(?:[\d一二三四五六七八九十]{1,3}日)?)?"
    r"|(?:19|20)\d{2}[.\-/]\d{1,2}(?:[.\-/]\d{1,2})?"
    r"|\d{1,2}月\d{1,2}[日号](?:[（(](?:周|星期)[一二三四五六日天][）)])?(?:\s*(?:全天|全日|上午|下午|晚上|晚间))?"
    r"(?:\s*\d{1,2}[:：]\d{2}(?:\s*[-–—~至]\s*\d{1,2}[:：]\d{2})?)?)"
    r"\s*[：:]?\s*$"
)
"""◆2017年1月3日 on a line of its own: a chronicle's date, which the next paragraph tells of; so is
a week's programme's day (📅 12月9日（周三）14:30)."""
_MONTH_FIRST = re.compile(r"^\s*(?:[1-9]|1[0-2]|[一二三四五六七八九十]|十[一二])月(?![份度])")
_DATE_AFTER = re.compile(
    r"^[（(]\s*(?P<date>(?:(?:19|20)\d{2}年)?[\d一二三四五六七八九十]{1,3}月(?:[\d一二三四五六七八九十]{1,3}日)?"
    r"|(?:19|20)\d{2}年)\s*[）)]$"
)
"""…工程封顶。（6月）: a year's list gives an item's date after it, in brackets of its own."""
_ITEM_TITLE = re.compile(
    r"^(?P<title>(?:[（(][一二三四五六七八九十]{1,2}[）)]|[一二三四五六七八九十]{1,2}、)[^，,。；;\d年月日底前内]{2,12})。"
)
"""（一）加快空间供给。 opening a paragraph: a work plan's item title, over the sentences after it."""
_LIST_NUMBER = re.compile(r"^\d{1,2}\s*[.、．]\s*")
_FIELD_ITEM = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[）)]|\d{1,2}[.、．])\s*[^，,。：:]{2,8}[：:]"
)
"""一、活动时间：2027年1月8日: a notice's numbered field, a line of its own after 通知如下："""
_FIELD_ROW = re.compile(r"^\s*[^，,。：:｜|]{2,8}[：:][^｜|]{1,40}[｜|]")
"""岗位：博士后研究员｜人数：6名｜…: a table's row of fields, a line of its own after 具体如下："""
_DATED_LINE = re.compile(
    r"^\s*[◆◇●○■□▶►•·▪★☆]?\s*(?:(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月\d{1,2}日)"
    r"(?:前|底|初|中|末|上旬|中旬|下旬|上半年|下半年)?\s*[：:]"
)
"""▶ 2025年3月：正式动工: a chronicle's dated line, after its lead (…建设历程：), not the lead's rest."""
_FIGURE_LINE = re.compile(
    r"^\s*[◆◇●○■□▶►•·▪★☆]?\s*(?P<figure>(?:约|近|逾|超过?)?\d(?:[\d,]*\d)?(?:\.\d+)?[万亿]?"
    r"(?:[个家名项笔件篇款套只种间条栋所批位台支队份张户颗辆宗]|人次|人|[港美]?元|平方米|平方公里|公顷|公里|吨|兆瓦|%))\s*[：:]"
    r"(?=\S)"
)
"""● 2,860家：园区累计注册科技企业数量: a data card's line, its figure first; a line of its own after
its lead (…获悉以下数据：), as the lines before and after it are."""
_SALUTATION = re.compile(
    r"^\s*(?:各有关单位|各相关单位|各单位|各[\u4e00-\u9fff]{1,6}(?:单位|企业|机构|住户|租户|商户)|各位[^，,。：:]{0,8}|尊敬的[^，,。：:]{1,12})[：:]\s*$"
)
_CONTINUES = re.compile(r"[，、：；,:;（(“「《]$")
_MIN_CHARS = 2
_ENTRY_FIRST = re.compile(r"^\s*(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日)?(?:\s|　|｜|\|)")
_BROKEN_OFF = 40
"""Characters beyond which a line without a sentence end is a sentence broken off, not a heading."""


@dataclass(frozen=True)
class Sentence:
    index: int
    original: str
    """Exactly as in the article (original script), for provenance."""
    text: str
    """Simplified, half-width alphanumerics, dates in Arabic digits: what extraction reads and
    facts store."""

    @property
    def is_heading(self) -> bool:
        """No sentence-ending punctuation: a heading or a caption line, not a sentence."""
        return self.text[-1:] not in _TERMINAL


def _paragraphs(body: str) -> list[str]:
    lines = [_without_markup(line.strip(" \t\u3000\xa0")) for line in body.splitlines()]
    if any(line.startswith("00:") and _TIMECODE.match(line) for line in lines):
        lines = [_TIMECODE.sub("", line) for line in lines]  # a video's 00:35, 01:20: where, not when
    return [line for line in lines if line]


_TIMECODE = re.compile(r"^(?:\d{1,2}:)?\d{2}:\d{2}\s+")
"""00:35 园区…: a video's time code before what is shown then. A line starting at 00: marks them
(a live report's 14:30 is the clock, and stays)."""


_EMOJI = "[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u200d]"
_PUNCTUATION = "，,。；;！!？?：:、】」』》）)”"
_MARKUP = (
    (re.compile(r"^#{1,6}\s+|^>\s?"), ""),  # ## 一、重点项目; > a quoted line
    (re.compile(r"^[-*+]\s+"), "• "),  # - item: a list's bullet, which list items are known by
    (
        re.compile(r"^(第[一二三四五六七八九十百\d]{1,4}条)[\s\u3000]+"),
        r"\1，",
    ),  # 第五条 本措施自…: a clause of its own
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # an image
    (re.compile(r"\[([^\]]+)\]\((?:https?://|/)[^)]*\)"), r"\1"),  # [增开晚班车](https://…): its words
    (re.compile(r"\*\*(.+?)\*\*|__(.+?)__"), r"\1\2"),  # **11月1日**: bold, no part of the words
    (re.compile(rf"(?<=[^\s{_PUNCTUATION}])\s*{_EMOJI}+\s*(?=[{_PUNCTUATION}])"), ""),  # 正式启用🎉，: a mood
    (re.compile(r"^(?:#[^#\s]{1,20}#\s*)+|(?:\s*#[^#\s]{1,20}#)+\s*$"), ""),  # #河套# 今天…。#科研#: a post's tags
    (re.compile(r"#([^#\s]{1,30})#\s?"), r"\1"),  # 【#河套深港科技创新合作区# 首个…】: a tag inside the words
)
"""Markdown, which an article file may be written in: the reader sees the words, not the marks."""


def _without_markup(line: str) -> str:
    for pattern, replacement in _MARKUP:
        line = pattern.sub(replacement, line)
    return line.strip()


_NUMBER_ONLY = re.compile(r"^(?:约|近|逾|超|超过)?\d[\d.,]*\s*[万亿]?(?:[\u4e00-\u9fff]{1,4}|%)[+＋]?$")
_FOLLOW_UP = re.compile(r"[，,](?=比|较|同比|环比|增长|增加|占|其中|相当于)")


def _cards(paragraphs: list[str]) -> list[str]:
    """A data card's figure on a line of its own (**216家**) and what it counts on the next
    (今年园区新增入驻科技企业): one sentence, the figure after its measure and before a
    comparison (园区从业人员总数1.8万人，比去年底增长约两成)."""
    joined: list[str] = []
    number: str | None = None
    for paragraph in paragraphs:
        if _NUMBER_ONLY.match(paragraph):
            if number is not None:
                joined.append(number)
            number = paragraph
            continue
        if number is not None and paragraph[-1] not in _TERMINAL and not _NUMBERED_HEADING.match(paragraph):
            follow = _FOLLOW_UP.search(paragraph)
            cut = follow.start() if follow else len(paragraph)
            paragraph = f"{paragraph[:cut]}{number}{paragraph[cut:]}。"
        elif number is not None:
            joined.append(number)
        number = None
        joined.append(paragraph)
    return [*joined, number] if number is not None else joined


def _figures_after_their_measures(paragraphs: list[str]) -> list[str]:
    """● 2,860家：园区累计注册科技企业数量，较去年底增加410家； reads as 园区累计注册科技企业数量
    2,860家，较去年底…: the figure after what it counts, as prose tells it."""
    read: list[str] = []
    for paragraph in paragraphs:
        if line := _FIGURE_LINE.match(paragraph):
            rest = paragraph[line.end() :].strip()
            cut = next((at for at, char in enumerate(rest) if char in "，,；;。"), len(rest))
            paragraph = rest[:cut] + line.group("figure") + rest[cut:]
        read.append(paragraph)
    return read


def _looks_like_a_heading(paragraph: str) -> bool:
    """A short line that does not end a sentence: a heading, a caption or a credit line
    (河套合作区e站通综合服务中心; 文羊城晚报记者 林园 图…), never the rest of a sentence."""
    return len(paragraph) <= 40 and paragraph[-1] not in _TERMINAL + _CLOSERS


def _join_broken(paragraphs: list[str]) -> list[str]:
    """A paragraph that stops mid-sentence continues in the next one, unless that one is a
    heading, a caption or a credit line (a page's layout, not the sentence's rest)."""
    joined: list[str] = []
    for paragraph in paragraphs:
        if _SALUTATION.match(paragraph):
            continue  # 各有关单位： a notice's addressees, no part of its first sentence
        if joined:
            prev = joined[-1]
            ends_in_a_symbol = unicodedata.category(prev[-1]) == "So"  # …详情戳链接👉: a post's end
            credited = bool(_SHOT_BY_LAST.search(prev))  # ▲…互动。深圳晚报记者 温卓然 摄: a caption's end
            broken = _CONTINUES.search(prev) or (
                len(prev) > 40 and prev[-1] not in _TERMINAL + _CLOSERS and not ends_in_a_symbol and not credited
            )
            continues = not (
                _NUMBERED_HEADING.match(paragraph)
                or _ITEM_TITLE.match(paragraph)
                or _FIELD_ITEM.match(paragraph)
                or _FIELD_ROW.match(paragraph)
                or _DATED_LINE.match(paragraph)
                or _FIGURE_LINE.match(paragraph)
                or is_caption(paragraph)
            )
            if broken and continues and not (_looks_like_a_heading(paragraph) and not _CONTINUES.search(prev)):
                joined[-1] = prev + paragraph
                continue
        joined.append(paragraph)
    return joined


_SHOT_BY_LAST = re.compile(r"[。！!]\s*[^。！!，,]{0,20}?(?:记者|通讯员|摄影)\s*[\u4e00-\u9fff·]{2,4}\s*摄$")
"""…互动。深圳晚报记者 温卓然 摄: a photo's credit ends the caption; no sentence goes on after it."""


MAX_SENTENCE = 2000
"""Characters: a longer run without a sentence end (a pasted table, a line of one character
repeated) is read in pieces this long, so that an article is read in time linear in its length."""


def _pieces(paragraph: str) -> list[str]:
    pieces: list[str] = []
    for match in _SENTENCE.finditer(paragraph):
        piece = match.group(0)
        while len(piece) > MAX_SENTENCE:
            cut = max(piece.rfind(p, 0, MAX_SENTENCE) for p in "，,；;") + 1 or MAX_SENTENCE
            pieces.append(piece[:cut])
            piece = piece[cut:]
        if pieces and pieces[-1].endswith(("」", "”", "』")) and _ATTRIBUTION.match(piece):
            pieces[-1] += piece  # 「…。」陈博士说。: one sentence, its speaker with it
        else:
            pieces.append(piece)
    return pieces


_ATTRIBUTION = re.compile(
    r"^(?:[^，,。「」“”]|「[^」]{2,12}」){2,40}?(?:说|說|表示|指出|称|稱|透露|笑言|笑说|笑說|直言|坦言)[。！，,]"
)
"""实验室负责人陈博士说。 or 初创「精准医械」创办人黄浩然说。 after a quotation: who said it, in either
script (and what they went on to say, 陈家乐说，公司还计划…: one sentence with the quotation)."""


def split_sentences(body: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    heading: str | None = None
    dated: str | None = None  # a chronicle's date line (◆2017年1月3日), which the next paragraph is of
    year: str | None = None  # a chronicle's year line (2025年), which its months' lines are of
    for paragraph in _figures_after_their_measures(_join_broken(_cards(_paragraphs(body)))):
        numbered = _NUMBERED_HEADING.match(paragraph)
        if numbered and not paragraph.endswith((*_TERMINAL, "；", ";")) and "。" not in paragraph:
            heading = numbered.group("title")
            continue
        if date_line := _DATE_LINE.match(paragraph):
            dated = date_line.group("date")
            year = dated if dated.endswith("年") else None  # 2025年, a section of a chronicle by years
            continue
        year = year if _MONTH_FIRST.match(paragraph) else None  # the chronicle ends where its months do
        pieces = [raw.strip() for raw in _pieces(paragraph)]
        if len(pieces) > 1 and (item_title := _ITEM_TITLE.match(pieces[0])):
            heading, pieces = item_title.group("title"), pieces[1:]  # （一）加快空间供给。年内…: the item's title
        if len(pieces) > 1 and (speaker := _SPEAKER_FIRST.match(pieces[0])) and speaker["who"] not in _NO_SPEAKER:
            pieces[1:] = [f"{speaker['who']}：{piece}" for piece in pieces[1:]]  # 凌澈：我们…。明年我们…: all theirs
        for piece, after in zip(pieces, [*pieces[1:], ""], strict=True):
            if len(piece) < _MIN_CHARS or _DATE_AFTER.match(piece):
                continue
            if date_after := _DATE_AFTER.match(after):
                dated = date_after.group("date")
            if heading:
                piece = f"{heading}：{piece}"
                heading = None
            if year and dated in (year, None) and _MONTH_FIRST.match(piece):
                piece, dated = year + piece.lstrip(), None  # 2025年 / 6月　立项。 / 11月　开工。: that year's months
            if dated:
                # ◆2017年1月3日 / 深港两地政府签署…; 4. …封顶。（6月）: one dated sentence
                piece = f"{dated}，{_LIST_NUMBER.sub('', piece)}"
                dated = None
            text = arabic_dates(simplify(piece))
            entry = _ENTRY_FIRST.match(text)  # 4月28日　X开幕，…: a chronicle's line needs no full stop
            if len(text) > _BROKEN_OFF and text[-1] not in _TERMINAL + _CLOSERS and not entry:
                text += "…"  # a paragraph the page broke off (…全面支持河套): shown as cut, not as whole
            sentences.append(Sentence(len(sentences), piece, text))
        heading = None
    return sentences


_SPEAKER_FIRST = re.compile(r"^(?P<who>[\u4e00-\u9fff]{2,4})[：:]\s*(?=[^。！？]*我)")
"""A transcript's paragraph (凌澈：我们现在…), whose later sentences the same speaker says."""
_NO_SPEAKER = frozenset({"记者", "主持人", "主持", "旁白", "字幕", "画外音"})


_DATELINE = re.compile(
    r"^(?:[^，。,／/：:\s]{2,16}?\d{1,2}月\d{1,2}日(?:电|讯|消息)[）)]?"
    r"|[\u4e00-\u9fff]{0,8}(?:报|网|社|台|刊)讯(?:[（(][^）)]{0,20}[）)])?"
    r"|[\u4e00-\u9fff]{1,6}讯(?=[\s　（(]|记者)"  # 南都讯 记者X: an outlet's short name
    r"|(?:记者|通讯员)\s?[\u4e00-\u9fff]{2,3}(?:\s(?:记者|通讯员|实习生)\s?[\u4e00-\u9fff]{2,3})*[\s　]+(?=[^\s　])"
    r"|【(?![\d:：\s]+】)(?!(?:上|本|这)?(?:周|星期|礼拜)[一二三四五六日天]】|\d{1,2}月\d{1,2}日】)"
    r"[^】]{1,16}】"  # not 【14:30】 (a live report's time) or 【周一】 (a week's digest's day)
    r"|[（(](?:记者|通讯员)[^）)]{0,20}[）)]"
    r"|[\u4e00-\u9fff]{0,8}?(?:记者|通讯员)\s?[\u4e00-\u9fff]{2,3}(?:\s?[\u4e00-\u9fff]{2,3})?\s?"
    r"(?:[\u4e00-\u9fff]{2,3}\s?)?(?:报道|摄))"
    r"[\s／/：:，,—\-　]*"
)
_CAPTION = re.compile(
    r"^[▲△↑图]|^[（(](?:图|图片|图为|上图|下图)[：:]|[（(](?:[^）)]{0,20}\s?摄|新华社[^）)]{0,12}|资料图片?|受访者供图|图片来源[^）)]*)[）)][。.]?$"
)


_CREDIT_ONLY = re.compile(
    r"^[（(][^）)]{0,30}(?:记者|摄|供图|来源)[^）)]{0,30}[）)][。.]?$"
    r"|^(?:(?:本报|本刊|特约|首席)?(?:记者|通讯员|实习生|見習記者|记者站)\s*[\u4e00-\u9fff·]{2,4}\s*){1,4}$"
)
"""（前海湾区报记者 何川 摄）; 本报记者 罗思敏 通讯员 何立: who wrote or took it."""


def is_credit(text: str) -> bool:
    """A line that only credits (（前海湾区报记者 何川 摄）): the outlet's name in it is no fact."""
    return bool(_CREDIT_ONLY.match(text.strip()))


_BOILERPLATE = re.compile(
    r"^\s*(?:(?:原标题|来源|责任编辑|编辑|审核|审校|校对|作者|统筹|监制|文|图|文/图|图/文|发布时间|发布日期|附件)\s*[：:|｜/].{0,60}"
    r"|[【\[](?:编辑|责任编辑|责编)[：:][^】\]]*[】\]]|[（(]完[）)])\s*$"
)
_RELATED = re.compile(r"^\s*(?:相关阅读|相关新闻|相关报道|延伸阅读|推荐阅读|相关链接|往期回顾|往期推荐)\s*(?:[：:]|$)")


def is_boilerplate(text: str) -> bool:
    """A page's furniture (原标题：…, 来源：…, 责任编辑：…, (完)): no part of the story."""
    return bool(_BOILERPLATE.match(text))


def ends_the_story(text: str) -> bool:
    """相关阅读： and the like: what follows are other stories' headlines, not this one's news;
    unless a sentence of this one follows on the line (往期回顾：第11期活动已于…举办，…。)."""
    related = _RELATED.match(text)
    return bool(related) and not text.rstrip().endswith("。")


def without_dateline(text: str) -> str:
    """The sentence without a dateline or byline in front (中评社香港3月9日电／, 本报讯（记者
    林晓）): its date is when the report was filed, not an event's."""
    previous = None
    while previous != text:
        previous = text
        text = _DATELINE.sub("", _LEADING_TOPICS.sub("", text), count=1)
    return _TOPIC.sub(r"\1", text)


_LEADING_TOPICS = re.compile(r"^(?:\s*#[^#\s]{1,20}#)+\s*")
_TOPIC = re.compile(r"#([^#\s]{1,20})#")
"""#河套# #河套科研# 上周五，…: a post's topics in front say nothing; one inside (#人才驿站# 今天
开门迎客) is its name."""


def is_caption(text: str) -> bool:
    """A photo caption (▲…, …（记者 陈明 摄）): it shows, it does not report events."""
    return bool(_CAPTION.search(text.strip()))


_SUMMARY = re.compile(r"^\s*(?:本期导读|导读|内容提要|核心提示|本期看点)[：:]")


def is_summary(text: str) -> bool:
    """本期导读：本周…，下周将迎来…: what the items below tell, said again in short; its
    events are theirs."""
    return bool(_SUMMARY.match(text))


def start_of_clause(text: str, position: int, marks: str = "，,；;。") -> int:
    """Where the clause holding `position` begins: just after the last of `marks` before it."""
    return max(text.rfind(mark, 0, position) for mark in marks) + 1


def end_of_clause(text: str, position: int, marks: str = "，,；;。") -> int:
    """Where the clause holding `position` ends: at the first of `marks` from it, or the text's end."""
    return min([i for i in (text.find(mark, position) for mark in marks) if i >= 0] or [len(text)])


def clauses(text: str) -> list[tuple[int, str]]:
    """Comma-level pieces of a sentence with their offsets."""
    return [(m.start(), m.group(0)) for m in re.finditer(r"[^，,；;：:]+[，,；;：:]?", text)]

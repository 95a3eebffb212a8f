"""Labels that read on their own: the clause that tells a dated event, without its date.

A date is taken out with everything that only served it: the preposition before it (于, 在,
到, 自, 截至…), a modifier (刚刚过去的), a date coordinated with it (2025年和2035年) and the
particle after it (起, 以来, 前…). A clause that was only a time adverbial (到2035年，…) gives
way to the clause after it. An event told as an attribute (在2024年3月举办的X活动上, 于2019年
成立的X研究院团队…) is told as a clause (X活动举办, X研究院成立). What is left never starts with
punctuation or a connective (其中, 同时…) and never ends in a preposition.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from hetao_brief.extract.clauses import (
    ASIDE,
    NOW_BEFORE_PLAN,
    clause_end,
    clause_spans,
    date_words,
    shortened,
    tidy,
)
from hetao_brief.extract.dates import AFTER_A_START, STARTS, DateMention
from hetao_brief.extract.entities import SURNAMES, people_in
from hetao_brief.extract.numerals import chinese_numeral
from hetao_brief.extract.referents import BARE_NOUNS, MAX_NAME, NAME_STOP, THE_PROJECT
from hetao_brief.extract.verbs import EVENT_VERB
from hetao_brief.extract.vocabulary import GOVERNMENT_BODY, PEOPLE_COUNTED, SCHEME_FROM

Tagger = Callable[[str], list[tuple[str, str]]]
"""Words with jieba's part-of-speech tags (Segmenter.tagged)."""

_CONNECTED = re.compile(r"^(?:和|与|及|、|至|到|—|-|~|或|起至|起到)$")
_PREPOSITION = re.compile(
    r"(?:(?<![合条和契公预签制节])大?约(?:于|在)|(?:刚刚|刚)?过去的|(?:时间|时针|镜头)?(?:回到|拨回到?|回溯到|倒回到?)|最早于|最早在|最快于|最快在|最迟于|最晚于|早在|早于|现定于|暂定于|初步定于|初定于|拟定于|定于|直到|直至|截至|截止|自从|从|自|于|在|再到|(?<![增升降减扩])到|(?<![增升降减扩])至|由|当)$"
)
"""What only serves a date: its preposition, and a feature's lead-in back in time (时间回到2017年…)."""
_PARTICLE = re.compile(
    r"^(?:或(?:之|以)?[前后]|\s*\d{1,2}[:：]\d{2}(?:\s*[—\-~－至到]+\s*\d{1,2}[:：]\d{2})?|(?:\d{1,2}|[一二三四五六七八九十]{1,3})[时点](?:\d{1,2}分|半|许|正(?!式)|整)?|"
    r"[至到](?:翌日|次日|第二天|当日|同日)?(?:凌晨|早上|上午|中午|下午|傍晚|晚上)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[时点](?:\d{1,2}分|半|正(?!式)|整)?|"
    r"[至到](?:初|正月初|年初)[一二三四五六七八九十]{1,2}|[至到—\-~－]\s*(?:翌日|次日)?\d{1,2}[:：]\d{2}|"
    r"起|以来|较早前|较早时|早前|之前|之后|以前|以后|前后|期间|上旬|中旬|下旬|左右|当天|当日|的时候|上午|下午|晚上|晚间|早上|中午|"
    r"凌晨|傍晚|零时|零点|午夜|[（(](?:星期|周)[一二三四五六日天][）)]|晚(?![宴会])|"
    r"前(?![往来景沿]|进(?!入|驻))|后(?![续来期勤])|时(?![间代期])|内(?![地容部])|中(?![国心央外方小试])|间|里|的)"
)
_AS_PLANNED = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})仍?(?:按|依)照?原(?:定|来的?)?(?:计划|时间表|部署)"
    r"|(?<=[\u4e00-\u9fff]{2})(?:在|以)(?:此|这一?)基础上|(?<=[\u4e00-\u9fff]{2})在此前提下"
)
"""仍按原定计划: as planned; 在此基础上: on what the sentence before told; no part of what is done."""
_ATTRIBUTIVE = re.compile(r"^(?P<verb>[\u4e00-\u9fff]{2,4})的(?P<noun>.+)$")
_PP_CLOSER = re.compile(r"(?:上|中|时|期间|之际|里|方面)$")
_PREDICATE = re.compile(r"已|将|正在|曾|共|累计|均|都|是|有|为|明确|正式|成为|不断|进一步")
_DOING = re.compile(rf"(?:{EVENT_VERB.pattern})|展开|开展|进行|开始|实施|租用|租下|购入")
"""A verb inside a clause that ends in a name: the subject stops before it."""
_NAMED_FOR_A_DEED = re.compile(r"(?:计划|项目|方案|仪式|基地|平台)$")
"""试点计划, 启动仪式: a verb and the noun it names, one name."""
_NAME_END = re.compile(
    r"(?:》|公寓|宿舍|(?<=[员才生])住宿|路面|路段|社区|学校|医院|专线|研究院|研究所|研究中心|中心|有限公司|公司|大学|学院|园区|分园|科技园|创科园|科学园|科技城|"
    r"科学城|平台|实验室|基地|协会|联盟|集团|备忘录|协议|框架|纲要|小组|专班|委员会|"
    r"交易会|博览会|会议|论坛|活动|仪式|大会|峰会|项目|工程|大楼|(?<![大高层])楼(?![高层面宇下上])|口岸|交汇处|办事处|管理处|(?<=[区市])议会|立法会|停车场|码头|规划|方案|计划|开放日|招聘日|嘉年华|[一二三四五六七八九十]期|巴士|小巴|班车|(?<=[0-9A-Za-z])线|号线|(?<=[训令新冬夏])营(?![业运收商造养销])|通道|路线|线路|馆|厅|站|广场|大厦|公园|市集|沙龙|(?<=[学术化影])节|书展|大赛|(?<=[请标挑])赛|(?:总|半)?决赛|黑客松|马拉松|科技周|年会|部门|(?<!部)署|(?<![布格结大开当全时政])局|纠纷|案件|(?<=[纷讼权罪窃骗])案|(?<![优新作])秀|汇演)"
)
_GRANTED_BY = re.compile(r"(?:获|经|获得|得到)[^，,。]{2,12}?(?:批准|批复|同意|授权)")
_CALLED_AFTER = re.compile(r"[「“][^」”，,。]{2,16}[」”]$")
_OWNER_END = re.compile(f"(?:{_NAME_END.pattern}|期|批|座|栋|号|届|方)$")
"""What ends a noun before 的 (香港园区的…, 第二期的…): an owner, not a verb told as an attribute."""
_CONTENT = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
_MIN_CONTENT = 3
_ENUMERATED_PIECE = re.compile(r"(?:[^、]|(?<=[一二三四五六七八九十\d])、(?=[一二三四五六七八九十\d]))+")
"""明年底封顶、2027年上半年投用: two deeds; 第五、六座: one subject, its numbers enumerated."""
_ASIDE_AFTER_A_DATE = re.compile(r"^[（(][^）)]{1,12}[）)]")
"""于6月29日（交易时段后），…: when in the day, no part of what was done."""
_AT_AN_OCCASION = re.compile(r"[\u4e00-\u9fff]{1,10}(?:式|会|典礼|现场|活动)(?:上|中|期间|当天|现场)")
"""【11:15】开幕式上，主办方发布了…: where the deed was done, which the next clause tells."""


@dataclass(frozen=True)
class Phrase:
    """Where a date phrase lies: [start, end) with its preposition and particle, and where
    the group of dates coordinated with it begins (what stands before that is read for 以)."""

    start: int
    end: int
    group_start: int


@dataclass(frozen=True)
class Label:
    text: str


_DAY_OF_THE = re.compile(r"(?:^|(?<=[，,]))(?:开幕|闭幕|开园|开业|启用|揭牌|开馆)$")


def date_phrase(text: str, date: DateMention, dates: list[DateMention]) -> Phrase:
    start, end = date.start, date.end
    ordered = sorted(dates, key=lambda d: d.start)
    for other in ordered:  # dates coordinated after this one: 2025年和2035年
        if other.start >= end and _CONNECTED.match(text[end : other.start]):
            end = other.end
    for other in reversed(ordered):  # and before it
        if other.end <= start and _CONNECTED.match(text[other.end : start]):
            start = other.start
    group_start = start
    while match := _PREPOSITION.search(text[max(0, start - 5) : start]):
        start -= len(match.group(0))
    if text[date.start : date.end] in ("当天", "当日") and (day_of := _DAY_OF_THE.search(text, 0, start)):
        start = day_of.start()  # 闭幕当天将发布《X》: the occasion's day, told before; its verb goes too
    while True:  # 今日（11月20日）上午: the date again in brackets, and the time of day
        if match := _PARTICLE.match(text[end:]):
            end += len(match.group(0))
        elif bracketed := next((d for d in ordered if _bracketed(text, end, d)), None):
            end = bracketed.end + 1
        else:
            return Phrase(start, end, group_start)


def _bracketed(text: str, end: int, date: DateMention) -> bool:
    return date.start == end + 1 and text[end : end + 1] in "（(" and text[date.end : date.end + 1] in "）)"


_SAID_END = re.compile(r"(?:透露|表示|介绍|指出|强调|获悉|了解到|宣布|称|说)$")


def event_label(
    text: str,
    phrase: Phrase,
    spans: list[tuple[int, int]],
    other_dates: Sequence[tuple[int, int]] = (),
) -> Label | None:
    """The label of the event the date phrase times, or None if no readable clause tells one.
    `other_dates` are the sentence's other date phrases: a clause that times two events
    (明年底封顶、2027年上半年投用) is cut at the enumeration comma between them."""
    if aside := _dated_aside(text, phrase):
        return Label(aside)
    index = next((i for i, (s, e) in enumerate(spans) if s <= phrase.start < e), None)
    if index is None:
        return None
    start, end = spans[index]
    if (
        _TERM_FROM.match(text, start)
        and index > 0
        and _APPOINTED.search(appointed := tidy(text[slice(*spans[index - 1])]))
    ):
        return Label(shortened(_APPOINTED_BY.sub("", appointed)))  # X获聘为Y，任期自…起: the appointment, then
    if _TERM_FROM.match(text, start) and index > 0 and (appointed := _appointee(tidy(text[slice(*spans[index - 1])]))):
        return Label(appointed)  # 宣布委任X为Y，任期由…起: X takes office that day
    if (
        _TAKES_EFFECT.fullmatch(tidy(text[start:end]))
        and index > 1
        and _TERM.fullmatch(tidy(text[slice(*spans[index - 1])]))
        and _APPOINTED.search(appointed := tidy(text[slice(*spans[index - 2])]))
    ):  # X近日获任Y，任期五年，自8月1日起生效: the term begins
        return Label(shortened(_without_dates(_APPOINTED_BY.sub("", appointed))) + "，任期生效")
    if (
        _APPOINTMENT_TAKES_EFFECT.fullmatch(tidy(text[start:end]))
        and index > 0
        and (appointed := _appointee(tidy(text[slice(*spans[index - 1])])))
    ):  # 委任X为行政总裁，任命由7月1日起生效: X takes office that day
        return Label(appointed)
    if any(start <= s < end for s, _ in other_dates):
        for piece in _ENUMERATED_PIECE.finditer(text[start:end]):
            if start + piece.start() <= phrase.start < start + piece.end():
                start, end = start + piece.start(), start + piece.end()
                break
    before, after = text[start : phrase.start], _ASIDE_AFTER_A_DATE.sub("", text[phrase.end : end])
    before = _CLOCK_NAME.sub("", before)  # 北京时间10月15日晚，X发表论文: the clock's name tells nothing done
    alone = _SINCE_ALONE.match(after) if index == 0 else None  # the sentence's first clause: no subject before
    if alone and index + 1 < len(spans) and not _follows_sentence_end(text, end):
        next_clause = text[spans[index + 1][0] : spans[index + 1][1]]
        mark = _SUBJECT_MARK.search(next_clause, 2)
        subject = LOCATED_AT.sub("", next_clause[: mark.start()]) if mark else ""
        if 2 <= len(subject) <= 12 and _PLACE_OR_BODY.search(subject):
            # 自去年10月1日开馆以来，位于…的河套科学馆已接待…: 河套科学馆开馆
            return Label(subject + alone.group("event"))
    if _RUNS_ON.search(before) and _END_NAMED.fullmatch(tidy(after)):
        after = ""  # 导赏团会一直举办至明年3月底候鸟季结束: it runs on until then
    if since := _SINCE_ITS_EVENT.match(after):
        after = after[: since.end()]  # 自9月试行以来平均每日载客…: the event is 试行, told in passing
    if after.startswith("才"):  # 要到2030年代中期才会全面建成: only then, which the date said
        before, after = before.removesuffix("要"), after[1:].removeprefix("会").removeprefix("能")
    if before.endswith("改") and after[:1] not in ("为", "由", "期"):
        before += "期"  # 改于下星期六举行: 改期举行, rescheduled
    deed_next = False  # the deed is the next clause's, after a clause of what came first
    if (
        not after.strip()
        and _MODAL_LAST.search(before)
        and index + 1 < len(spans)
        and not _follows_sentence_end(text, end)
    ):
        start_next, end = spans[index + 1]  # 双方并会在2027年3月31日或之前，成立联合工作小组: the deed is next
        after = text[start_next:end]
    elif (
        _DONE_FIRST.fullmatch(after)
        and (not before.strip() or (_ARRIVED.fullmatch(after) and _WHO_ARRIVED.fullmatch(tidy(before))))
        and index + 1 < len(spans)
        and not _follows_sentence_end(text, end)
        and _DEED_NEXT.match(text, spans[index + 1][0])
    ):
        start_next, end = spans[index + 1]  # 去年从X毕业后，加入了Y: joining Y is the deed of that year
        after = text[start_next:end]
        deed_next = True
    elif (
        _HELD_THERE_AND_THEN.fullmatch(tidy(after))
        and index + 1 < len(spans)
        and not _follows_sentence_end(text, end)
        and _HONOURED_NEXT.match(text, spans[index + 1][0])
    ):
        start_next, end = spans[index + 1]  # X昨日在…举行的Y大会上，获颁Z奖: the award, where aside
        after = text[start_next:end]
    elif (
        not after.strip()
        and text.endswith("后", phrase.start, phrase.end)
        and AFTER_A_START.search(before)
        and index + 1 < len(spans)
        and not _follows_sentence_end(text, end)
    ):
        start_next, end = spans[index + 1]  # 首阶段运行半年后，双方将进行评估: the deed after the start told
        before, after = "", text[start_next:end]
    if after.strip() and text.endswith("后", phrase.start, phrase.end) and (start_told := _AT_ITS_START.search(before)):
        before = before[: start_told.start()]  # 署方会在路线投入服务三个月后检讨乘客量: 署方会检讨乘客量
    rest = before + after
    if _AMONG_THOSE.fullmatch(tidy(rest)) or _FAREWELL.fullmatch(tidy(after)):
        return None  # 今年参与计划的学生中，有两成…: the set the next clause counts a part of, no event;
        # 明年见！: a farewell
    short = (
        len(_CONTENT.findall(tidy(rest))) < _MIN_CONTENT
        or bool(_AT_AN_OCCASION.fullmatch(tidy(rest)))
        or (not before.strip() and bool(_DAY_NAMED.fullmatch(tidy(after))))  # 今天是春节后首个工作日，X开工
    )
    verb_only = short and _CONTENT.search(tidy(rest)) and not _CUE_ONLY.match(tidy(rest))
    titles = _DOCUMENT.findall(ASIDE.sub("", text[:start]))  # the full title, not its 简称
    if verb_only and titles and _IN_FORCE.match(tidy(rest)):
        rest = titles[-1] + tidy(rest)  # 印发《X》，自3月1日起施行 → 《X》施行
    elif verb_only and (subject := _doer_told(text, spans, start, tidy(rest))):
        rest = subject + tidy(rest)  # …，2027年上半年投用 → X投用
    elif len(tidy(rest)) <= _MIN_CONTENT + 2 and (item := _ITEM_OCCASION.match(text)) and item.end() <= start:
        rest = item.group("what") + tidy(rest)  # ▶ 12月9日：X开放日，当天…免费开放: the open day's
    elif short:
        if index + 1 >= len(spans) or _follows_sentence_end(text, end):
            return None
        modal = _MODAL_ONLY.fullmatch(rest.strip(" ，,"))
        start, end = spans[index + 1]
        rest = text[start:end]
        if modal and index > 0 and not _follows_sentence_end(text, spans[index - 1][1]) and _DOING.match(tidy(rest)):
            rest, deed_next = modal.group(0) + tidy(rest), True  # X表示，将于明晚11时至…，暂停Y: X will
        attributive = "的" in rest and len(rest) > 12  # 从港科大毕业的林志豪来到园区: who came, not how
        third = index + 2 < len(spans) and not _follows_sentence_end(text, end)
        if (_ADVERBIAL.match(rest) or _AT_AN_OCCASION.fullmatch(tidy(rest))) and not attributive and third:
            start, end = spans[index + 2]  # 去年9月，在合作区，X正式试点: the event is in the third clause
            rest = text[start:end]
        elif (
            attributive
            and third
            and not _DEED_DONE.search(rest.rstrip("，,；; "))  # …共建的X正式挂牌，将为…: X's deed is told
            and (
                _WHO_MAY.match(text, spans[index + 2][0])
                or _HEAD_NOUN_LAST.search(rest)
                or _WON_NEXT.match(text, spans[index + 2][0])  # X研发的Y，在…评选中获得金奖: Y won
            )
        ):
            end = spans[index + 2][1]  # 自12月1日起，在园区工作的科研人员，可凭…通关: who may, then what
            rest = rest + text[spans[index + 2][0] : end]  # 三年前，读完博士的陈卓，带着团队来到…: who did what
        elif (
            third and (means := _BY_MEANS_OF.fullmatch(tidy(rest))) and _DISPOSAL_NEXT.match(text, spans[index + 2][0])
        ):
            start, end = spans[index + 2]  # …，我国在X使用运载火箭，成功将Y发射升空: 我国成功将Y发射升空
            rest = means.group("who") + tidy(text[start:end])
    cause, vote = _FOR_A_CAUSE.fullmatch(tidy(rest)), _BY_A_VOTE.fullmatch(tidy(rest))
    if (cause or vote) and index + 1 < len(spans) and not _follows_sentence_end(text, end):
        start_next, end = spans[index + 1]  # X今早因讯号故障，列车服务受阻约40分钟: what the fault caused;
        # 财委会…以39票赞成、2票反对，通过约85亿元拨款: what was passed
        passed = MOTION_PASSED.search(tidy(rest)) if vote else None  # 以15票赞成、0票反对通过动议，促请…
        said = vote.group("who") + "通过" + passed["what"] + "，" if vote and passed else ""  # the motion and its ask
        rest = (tidy(rest) + "，" if cause else said or vote.group("who") if vote else "") + tidy(text[start_next:end])
    leads_on = _ANNOUNCED.search(tidy(rest)) or _WANTS_MORE.search(tidy(rest)) or _TOGETHER_WITH.search(tidy(rest))
    following = next((span for span in spans if span[0] >= end), None) if leads_on else None
    if not leads_on and _GAZETTED.match(tidy(rest)):
        following = next((span for span in spans if span[0] >= end), None)  # 政府今日刊宪，收回…土地
    elif not leads_on and _AGENCY_PUBLISHED.match(tidy(rest)):
        next_two = [span for span in spans if span[0] >= end][:2]
        if next_two and _AFTER_TALKS.match(tidy(text[slice(*next_two[0])])):
            next_two = next_two[1:]
        following = next_two[0] if next_two and _WILL_CHANGE.search(text, *next_two[0]) else None
    if following and not _follows_sentence_end(text, end) and not _subject_only(text, spans, following):
        joint = (
            "，" if tidy(rest).endswith(("揭晓", "通知", "公告", "通告")) else ""
        )  # 结果揭晓，X获得一等奖: two clauses
        told_next = tidy(text[following[0] : following[1]])
        if told_next.startswith("已") and (announced := _ANNOUNCED.search(tidy(rest))):
            rest = tidy(rest)[: announced.start()] + told_next  # X宣布，已与Y签署租约: X's deed, done already
        else:
            told_next = _UNDER_AN_ORDINANCE.sub("", told_next)  # 根据《收回土地条例》收回…: what, not under what
            rest = tidy(rest) + joint + told_next  # X宣布，Y招标 → X宣布Y招标
    own_predicate = "的" in text[start : phrase.start]  # 前年启动的X预计明年竣工: the date is 竣工's, not 启动's
    label = LOCATED_AT.sub(_its, tidy(rest if own_predicate else _as_clause(tidy(rest))))  # 位于园区的X已封顶: X已封顶
    if phrase.start == start and index > 0 and not _follows_sentence_end(text, spans[index - 1][1]):
        before = tidy(text[spans[index - 1][0] : spans[index - 1][1]])
        told_by = _ACCORDING.match(before) or _SAID_END.search(before)  # 园区方面透露，自2027年起，试点将…
        deed = _DOING.search(label)  # 从…印发《X》，到2025年12月香港园区首批大楼启用: the label has its subject
        own_subject = deed is not None and deed.start() >= 2 and EVENT_VERB.search(before)
        named = (
            None
            if told_by or own_subject or tells_no_doer(label)  # 金管局预计，年底前将有二十间机构…: the twenty
            else _NAMED_LAST.search(text, spans[index - 1][0], spans[index - 1][1])
        )
        label = named.group(0) + label if named and not label.startswith(named.group(0)) else label
        if named is None and not told_by and not own_subject and _A_ROUTE.fullmatch(before) and before not in label:
            label = before + label  # 来往X与Y的跨境穿梭巴士，明早起加密至…: the bus, the topic told first
    if label.startswith("确保") and EVENT_VERB.search(label, 5):
        label = label[2:]  # 确保皇岗口岸新联检大楼投入使用: what is to be, with its own subject
    elif (aims := _AIMS_STACKED.match(label)) and EVENT_VERB.search(label, aims.end()):
        label = label[aims.end() - 2 :]  # 确保年底前完成…，力争明年…启动…: 力争启动, one aim, told once
    if (we := _WE_PLANNING.match(label)) and (body := _BODY_SPEAKING.search(text, 0, start)):
        label = body.group("body") + label[we.end() :]  # 深圳海关相关负责人：…我们将在…上线X: 深圳海关将…
    elif we and (person := _person_speaking(text, start)):
        label = person + "团队" + label[we.end() :]  # 他表示：“我们计划在明年…完成…”: his team's plan
    elif we and not _QUOTED_SPEAKER.match(text.strip()):
        label = label[we.end() :]  # …大楼进展理想，我们预计明年可以落成: the buildings, not the speaker
        if done_to := _WE_DO_IT.fullmatch(label):
            label = done_to.group("what") + (done_to.group("modal") or "") + done_to.group("verb")  # X将推出
    if _AIM.match(label) and (aim := _aim_of(text, spans, start, other_dates)):
        built = _BUILDING_IT.search(aim) if _BUILT.match(label[2:]) or _RUNS.match(label[2:]) else None
        drafted = _DRAFTING.search(aim) if _ISSUE_VERB.match(label[2:]) else None  # 制定X指引，力争年内发布: X指引
        label = (
            built.group("thing") + label if built else drafted.group("what") + label if drafted else f"{aim}，{label}"
        )  # 探索建立X，力争明年上半年试运行
        # (what is to run is told before); 将建设第二条中试线，力争明年6月底前建成: the line is built
    elif (
        not tells_no_doer(label)
        and not (label.startswith("计划") and SCHEME_FROM.match(text, start))  # 计划自2025年推出以来, 计划自…起试行
    ) and (
        _NO_SUBJECT.match(label)
        or deed_next
        or (_MODAL.match(label) and len(_CONTENT.findall(_MODALS.sub("", label))) <= 6)
        or (_MODAL.match(label) and _VERB_NEXT.match(_MODALS.sub("", label)))  # 预计建成…; 目标将…
        or (_MODAL.match(label) and _TO_WHOM_NEXT.match(_MODALS.sub("", label)))  # 预计向两地…开放
        or (_MODAL.match(label) and _ON_SALE_THERE.match(_MODALS.sub("", label)))  # 预计…在香港上市销售
        or (_SHARED_SUBJECT.match(text, start) and not _GOAL.match(label))
        or _WHOSE_TIME.match(label)
        or _MOVING_IN_ALONE.match(label)
        or _AIMING.match(label)
        or _PART_OF_IT.match(label)
        or (_CHAINED_DEED.match(label) and _dated_chain(text, spans, index, phrase, other_dates))
    ):
        subject = _BEGAN.sub("", _what_is_built(_subject_before(text, spans, start), label, text[:start]))  # X始于…
        subject = _WHEN_BEFORE.sub("", subject)  # 政府早前已于…完成…，并会在今年内…: 政府, not 早前's
        if subject in ("确保", "务必", "要", "力争", "争取", "努力"):
            subject = ""  # 确保今年底前完成…，力争明年上半年启动…: an aim's word, no subject
        if _CLASS_BEGINS.search(label):
            subject = _CALL_FOR.sub("", subject)  # 第二批学员招募已…结束，…，将于7月开班: the intake, not its call
        if (
            subject
            and (_MOVING_IN_ALONE.match(label) or _PART_OF_IT.match(label))
            and re.search(rf"{re.escape(subject)}{_SAYS}", text[:start])
        ):
            subject = ""  # 公司表示，首批租户将于明年一月迁入: into the building told before, not into 公司;
            # 园区管理部门表示，二期改造将于明年初启动: the works' phase, not the department's
        aimed_at = _AIMING.sub("", label)
        done_first = aimed_at.startswith("完成") and _PART_OF_IT.match(aimed_at[2:])  # 力争…完成主体封顶
        part = _PART_OF_IT.match(aimed_at) or _PHASE_DONE.match(aimed_at) or done_first
        if part and (pushed := _PUSHED_ON.search(text, 0, start)):
            subject = pushed.group("what")  # 园区将推进科研楼宇三期建设，力争…主体结构封顶: the third phase's
        if _GOING_PUBLIC.match(label) and (lister := _FIRMS_THING.match(subject)):
            subject = lister.group("firm")  # 公司首条生产线将于…投产，目标三年内在香港上市: the firm lists
        elif _FIRMS_OWN_DEED.match(label) and (maker := _FIRMS_PRODUCT.match(subject)):
            subject = maker.group("firm")  # 公司首款…药物已…获批上市，并计划…设立研发中心: the firm plans
        if _PHASE_FIRST.match(label) and (not _A_WHOLE.match(subject) or _A_PERSON.search(subject)):
            subject = ""  # 项目负责人告诉记者，三期于今年9月动工: not 项目's; the phase's owner is named whole
        elif _PHASE_FIRST.match(label) and (phased := _OTHER_PHASE.fullmatch(subject)):
            subject = phased.group("owner")  # X一期已于5月完成装修；二期计划2028年建成: X's second phase
        if not subject and (striving := _AIMING.match(label)) and EVENT_VERB.search(label, striving.end()):
            label = label[striving.end() :]  # 我们会全力推进，争取X在2030年前落成: X落成, a target
        head = next((noun for noun in BARE_NOUNS if label.startswith(noun)), "")
        if head and subject.rstrip("」”》").endswith(head):
            label = label[len(head) :]  # 推出「X计划」，计划下月起接受申请: 「X计划」接受申请
        if _WILL_BARE.match(label) and _MAKES_A_FAIR.search(subject):
            label = "将" + label[1:]  # 嘉年华…，星期五晚上更会举行…: 嘉年华将举行, not 嘉年华会 (a fair) 举行
        if subject and (goal := _AIM_WORD.match(label)):
            label = "将" + label[goal.end() :]  # 政府正研究增设X航线，目标于明年开通: X航线将开通
        label = label if subject and label.startswith(subject) else subject + label  # told once, not twice
    label = _pronoun_resolved(_CALLED_OFF.sub("", label), text[:start])
    if _POSSESSIVE.match(label):  # X今日宣布，其位于…的「Y中心」将开幕: X's
        owner = _subject_before(text, spans, start)
        if owner.startswith("其"):  # X…加紧建设中，其首期工程已于…动工，预计…建成: X's, told two clauses back
            told_at = text.rfind(owner, 0, start)
            owner = _subject_before(text, spans, told_at) if told_at > 0 else ""
            label = (owner + label[1:]) if owner and not owner.startswith("其") else label
        else:
            label = owner + label[1:]
    label = _speaker_resolved(label, text)
    if (witnessed := _WITNESSED.match(label)) and EVENT_VERB.search(label, witnessed.end()):
        label = label[witnessed.end() :]  # 今天，我们在这里共同见证X揭牌: X揭牌, what was witnessed
    if extended := _EXTENDED.fullmatch(label):
        label = extended.group("what") + "延长"  # 政府将…，把计划延长至2035年: the scheme runs longer
    if (known := _KNOWN_BY_WHAT_SHE_DID.match(label)) and known.group("name")[0] in SURNAMES:
        label = label[known.start("name") :]  # 在香港大学完成博士后研究的何嘉睿，带着团队加入…: 何嘉睿加入…
    if timed := _OCCASION_TIMED.fullmatch(label):
        label = timed["what"] + "举行"  # 办好第二届X大会，时间初步定在明年10月: X大会举行 then
    if agreed := _AGREED_TO_HOLD.fullmatch(label):
        label = agreed["what"] + "将举行"  # 双方…，并商定今年内举行第三次X会议: the meeting is to be held
    label = _THERE_WERE.sub("", label)  # 当天还有3个国际合作项目现场签约: 3个…项目现场签约
    label = _AIM_TO_MAKE.sub("", label)  # 目标在2040年前让第二期首批大楼全部投入运作: 第二期首批大楼…
    label = _ANNOUNCED_THAT.sub("", label)  # 发表《施政报告》，宣布政府将于…推出X: 政府将推出X
    label = _THEMED.sub("", label)  # 以“深港同心”为主题的X将亮灯: X将亮灯, its theme is no part of its name
    if here := _HERE_IS_WHAT_WAS_DONE.fullmatch(label):
        label = here["name"] + here["deed"]  # 这里是去年9月投入使用的X: X投入使用
    if before_it := _AFTER_ANOTHER.match(label):
        label = before_it["who"] + before_it["deed"]  # 这是河套继今年3月开通HT1线后新增的第二条线路: HT1线开通 then
    if part_of := _PART_OF_A_DOCUMENT.match(label):
        label = part_of["title"] + part_of["verb"]  # 该措施是去年底出台的《X》的配套举措: 《X》出台 then
    if _LISTED.match(label) and EVENT_VERB.search(label, 2):
        label = label[2:]  # 任务包括今年内启动X建设: 启动X建设, the item itself
    label = _AND_SO_ON.sub("", label)  # …，2035年底前建成Y等: the list's last item, no 等
    if pushed := _PUSHED_TO_ENSURE.match(label):
        label = pushed.group("what") + pushed.group("deed")  # 要加快推进X建设，确保(力争)…交付使用: X交付使用
    if label.startswith(("工程", "工期")) and (stage := _STAGE_TOLD.search(text, 0, start)):
        label = stage.group("stage") + label  # 第二阶段将再增设…，工程预计第三季完成: the second stage's works
    if _EARLY_STEP.match(label) and (planned := _PLANNED_BEFORE.search(text, 0, start)):
        label = planned.group("what") + label  # 谋划第二条跨境专用通道，年内完成前期研究: the passage's study
    if _REMAINDER.match(label) and (done := _DONE_IN_PART.search(text, 0, start)):
        label = done.group("what") + label  # 土地平整工程已完成约一半，余下部分预计明年中完成: the works' rest
    label = what_the_authority_builds(label, text, start)
    if label.startswith("对方") and (parties := _PARTY.findall(text, 0, start)):
        label = parties[-1] + label[2:]  # X同一间生物科技企业签署意向书，对方计划…进驻: the firm
    if "早在" in text[max(0, phrase.start - 2) : phrase.start + 2]:
        label = _THEN_ALREADY.sub("", label, count=1)  # 早在2017年，两地政府便签署…: 便 answered 早在
    if goal := _GOAL.match(label):  # 提出将合作区打造为…的目标: the goal is the event-to-be
        label = goal.group("goal")
    elif (told := _AIM_TOLD.match(before)) and label.startswith(told.group(0)) and len(label) > told.end() + 4:
        label = label[told.end() :].removeprefix("将")  # 规划提出到2025年基本建立…机制: the aim, not who said so
    if when := _WHEN_IT.match(label):
        label = when.group("event")  # 园区开幕时只有三座大楼: the opening; the rest is how it was then
    label = _AFTER_IT.sub("", _FOLLOWING.sub("", label))  # 自从今年3月X试点推出后，…; 继X之后: X
    label = _BEGAN.sub("开始", label)  # 研发始于去年5月: 研发开始, a verb of its own once 于 and the date go
    label = _AS_PLANNED.sub("", label)  # 第二期首批大楼仍按原定计划于…落成: 第二期首批大楼落成
    label = NOW_BEFORE_PLAN.sub("", label)  # a subject told with 目前 (三期目前正在装修，预计…): 三期预计…
    if _PHASE_FIRST.match(label) and (phases := _OWNER_OF_A_PHASE.findall(text, 0, start)):
        label = phases[-1] + label  # X一期已于2024年投入使用，二期…，预计明年6月交付: X's second phase
    elif _PHASE_FIRST.match(label) and (whole := _WHOLE_FIRST.match(text)):
        label = whole.group("whole") + label  # 学院由…合作举办，…，一期校舍已于3月完工: the college's
    if held := _HELD_THERE.match(label):
        label = f"{held.group('what')}在{held.group('place')}{held.group('verb')}"  # 定于…在X举办Y: Y在X举办
    if len(_CONTENT.findall(label)) < _MIN_CONTENT or _SOURCE_ONLY.fullmatch(label):
        return None  # 据X2月28日发布的报告，…: where the figures come from, no event
    label = _FROM_TODAY.sub("", label)  # 今日宣布，X即日起接受申请: dated today; 即日起 said it again
    label = _WHICH_YEARS_CALL.sub("", label)  # 「X计划」明年的报名今日起开始: the call opens today
    return Label(shortened(label))


_HELD_THERE = re.compile(
    r"^在(?P<place>[^，,在]{2,24}?)(?P<verb>举办|举行|召开)(?P<what>[^，,]{4,40}?(?:论坛|大会|峰会|会议|博览会|展览|大赛|活动|年会|嘉年华|开放日))$"
)
"""定于2032年1月8日至10日在X举办Y, with its date and who holds it gone: Y在X举办, not a label
opening with 在."""
_WON_NEXT = re.compile(r"\s*(?:(?:在|于)[^，,。；;]{2,30}?(?:中|上)?)?(?:获得|荣获|获评|斩获|夺得|摘得|入选|成功|正式)")
"""…，在德国举行的国际设计大奖评选中获得金奖: what the thing named in the clause before won."""
_PERSON_CALLED = re.compile(
    r"(?:青年|学者|博士|教授|工程师|研究员|科学家|生物学家|化学家|物理学家|医生|创始人|创业者|女生|男生|出生的|岁的|毕业的)"
    r"(?P<name>[\u4e00-\u9fff]{2,3})$"
)
"""香港青年麦颖欣, 1994年出生的何静雯, 现年35岁的郑乐谦, 刚从港科大博士毕业的邝宇航: a person called by who
she is, a subject the clauses after leave out."""
_WE_DO_IT = re.compile(
    r"(?:还|也|亦)?(?P<modal>将|会|计划|预计)?(?P<verb>推出|发布|出台|启动|设立|举办|举行|开通|启用)(?P<what>[“「《][^，,。]{2,30}[”」》][\u4e00-\u9fff]{0,4})"
)
"""答：今年我们将推出“X”措施: whoever answers, the measure is what is launched (“X”措施将推出)."""
_EXTENDED = re.compile(
    r"[\u4e00-\u9fff]{0,8}?(?:将|会)?把(?P<what>[\u4e00-\u9fff「」“”]{2,16}?)(?:的期限|的有效期)?延长"
)
"""政府…，把计划延长至2035年: the scheme runs longer (its name told before stands for 计划)."""
_KNOWN_BY_WHAT_SHE_DID = re.compile(
    r"^(?:在|从)[^，,的]{2,24}的(?P<name>[\u4e00-\u9fff]{2,3}?)(?=带着|带领|加入|来到|回到|创办|创立|进入|入职)"
)
"""在香港大学完成博士后研究的何嘉睿带着团队加入…: she joined; what she did before only introduces her."""
_ARRIVED = re.compile(r"(?:抵达|到达|抵港|抵深|抵埗)后")
_DONE_FIRST = re.compile(rf"[^，,。；;]{{2,20}}?(?:毕业|回国|退休|离开[^，,]{{0,8}})后|{_ARRIVED.pattern}")
_DEED_NEXT = re.compile(
    r"\s*(?:便|就|即|随即|先|首先)?(?:加入|来到|回到|创办|创立|成立|进入|入职|投身|选择|参观|考察|视察|会见|出席)"
)
"""去年从香港中文大学博士毕业后，加入了…: what came first is told to date what followed; 局长上午抵达
后，先参观了…: the visit."""
_WHO_ARRIVED = re.compile(r"[\u4e00-\u9fff]{1,8}")
_HEAD_NOUN_LAST = re.compile(r"^(?:刚|刚刚|才)?(?:在|由|从|来自)[^，,]*的[\u4e00-\u9fff]{1,6}$")
"""在香港读完博士的陈卓: a noun whose clause says where it came from, the subject of what follows."""


def _subject_only(text: str, spans: list[tuple[int, int]], clause: tuple[int, int]) -> bool:
    """运输署今日宣布，来往…的过境巴士服务，将由…加密: the clause after the telling only names
    what the next one (将…) tells of; the news is not told by the day it was told."""
    after = next((span for span in spans if span[0] >= clause[1]), None)
    return (
        after is not None
        and not _follows_sentence_end(text, clause[1])
        and not EVENT_VERB.search(text, clause[0], clause[1])
        and bool(_WHO_MAY.match(text, after[0]))
    )


_TIME_CLAUSE = re.compile(r"(?:当天|当日|首日|之际|期间|现场|(?:实施|施行|生效)(?:后|以后|之后))$")
_AT_ITS_START = re.compile(rf"(?:在|于|待)[^，,；;。]{{0,20}}?(?:{STARTS})$")
"""在路线投入服务 (三个月后): the start a span is counted from, which the date stood for."""
_MODAL_LAST = re.compile(
    r"^[^；;]*[\u4e00-\u9fff]{2}(?:并|亦|也|还)?(?:会|将|要|拟|计划|预计|争取|力争|承诺|答应|同意|决定)(?:在|于|由|从|自)?$"
    r"|^(?:并|亦|也|还|同时)(?:承诺|答应|同意|决定)(?:在|于|由|从|自)?$"
)
"""双方并会在…或之前，成立…; 承建商承诺由下周一起，所有工序…收工: a modal (or a promise) whose verb
the date's clause leaves to the next."""
_DEED_DONE = re.compile(rf"(?:{EVENT_VERB.pattern})了?$")
_WHO_MAY = re.compile(
    r"\s*(?:均|亦|也|还)?(?:可以|可(?!再生|持续|穿戴|行性|控)|能够|能(?![量源力耗效])|须|需|必须|应|将)"
)
_WHEN_IT = re.compile(
    rf"^(?P<event>[^，,]{{2,}}?(?:{EVENT_VERB.pattern})[^，,时后]{{0,8}}?)(?:(?<![小几个机工即同及准按临实适届暂随定平])时(?![间期代刻段])|后便|后就|后即)"
    r"(?=[\u4e00-\u9fff]{2})"
)
"""园区开幕时只有三座大楼, 团队进驻园区后便展开研究: the event is what the time names."""
_AGENT = re.compile(r"(?:政府|当局|局|署|部门|委员会|公司)$")
_BUILT = re.compile(
    r"^(?:预计|计划|将|可|有望|目标)*(?:分阶段|分期|陆续|逐步)?(?:动工|开工|封顶|平顶|落成|竣工|完工|建成|启用|投用|交付)"
)
_RUNS = re.compile(
    r"^(?:首批|首期)?(?:预计|计划|将|可|有望)*(?:投入运营|投入使用|投入服务|投入运作|投产|建成投产|运营)"
)
_SHIPS = re.compile(r"^(?:预计|计划|将|可|有望)*(?:批量|正式|陆续|全面)?(?:交付|量产|上市|发货|出货)")
_LAUNCHED_THING = re.compile(
    r"(?:发布|推出)了?(?P<thing>(?:首款|首台|新一代|第[一二三四五六七八九十]代)[\u4e00-\u9fff]{2,14}?)(?=[，,]|$)"
)
"""X发布第三代通用人形机器人，…计划…批量交付: what ships is what was launched, not X's place."""
_SET_UP = re.compile(r"^(?:预计|计划|将|可|有望|力争|争取)*(?:挂牌|揭牌|成立|落户)")
"""双方将共建X研究院，计划年内挂牌: what is set up is what the clause before builds."""
_BUILDING_IT = re.compile(
    r"(?:(?:建设|兴建|建立|设立|共建|增设|新设|开设)(?:一[座个所栋幢间]|新的)?(?:(?:约|逾|近)?[\d.,]+万?平方米的)?"
    r"|(?:签订|签署)了?)"
    r"(?P<thing>[\u4e00-\u9fff]{2,14}?(?:基地|中心|平台|大楼|实验室|工厂|产线|中试线|总部|研究院|研究所))"
    r"(?:共建协议|合作协议|协议)?$"
)
"""…建设研发及生产基地，预计…建成投产; 签订了X平台共建协议，预计…投入运营: what is built runs;
建设一栋约4.5万平方米的总部大楼: the building, its size aside."""
_NAMED_THING = re.compile(r"[「《“]([^」》”]{2,24})[」》”]")


_RAISED = re.compile(r"(?:筹得|筹集|募得|募集)[^，,。；;]{0,12}?元$")
_HANDED_OVER = re.compile(r"^(?:将|会|已)?(?:全数|全部|悉数)?(?:转交|捐出|捐赠|拨捐|捐给|交予|用于)")
"""…共筹得逾38万港元，将…全数转交Y: what is handed over is the money raised."""
_WORKS_BEGUN = re.compile(
    r"(?:展开|开展|启动|开始)了?(?:为期[^，,的]{1,6}的)?"
    r"(?P<works>[\u4e00-\u9fff]{2,12}?(?:工程|工作|改造|维修|检修|测试|检测|试验|行动|整治))$"
)
_ENDS_ALONE = re.compile(r"^(?:预计|将|可|会|计划|力争|争取|有望|可望)*(?:全面|全部|基本)?(?:完成|完工|结束)$")
"""What a clause that only ends (预计…完成) ends: the works the clause before began."""


def _what_is_built(subject: str, rest: str, before: str) -> str:
    """政府已展开「创科人才公寓」的设计工作，预计2027年年初动工: what breaks ground is the flats the
    clause before named, not the government that designs them."""
    if (built := what_is_built(subject, rest)) != subject:
        return built
    told = before.rstrip("，,；; ")
    if subject and _HANDED_OVER.match(rest) and _RAISED.search(told):
        return subject + "所得善款"  # X共筹得逾38万港元，将于本月内全数转交Y: the money, not X
    if _ENDS_ALONE.match(rest) and (begun := _WORKS_BEGUN.search(told)):
        return begun["works"]  # 营办商已于上月展开改善工程，预计明年二月底前完成: the works end, not the firm;
        # …展开为期三星期的灭蚊行动，预计于7月1日结束: the campaign ends
    if _SHIPS.match(rest) and (launched := _LAUNCHED_THING.findall(told[told.rfind("。") + 1 :])):
        return launched[-1]  # X发布第三代机器人，售价…，计划今年12月起批量交付: the robot ships
    last = told[max(told.rfind("，"), told.rfind("；"), told.rfind("。")) + 1 :]
    if (_BUILT.match(rest) or _RUNS.match(rest) or _SET_UP.match(rest)) and (made := _BUILDING_IT.search(last)):
        return made.group("thing")  # 资金将用于在园区建设研发及生产基地，预计2041年建成投产: the base
    sentence = told[told.rfind("。") + 1 :]
    clauses = [c for c in re.split("[，,；;]", sentence) if c]
    if (_BUILT.match(rest) or _RUNS.match(rest)) and (made_in := [m for c in clauses if (m := _BUILDING_IT.search(c))]):
        thing = made_in[-1].group("thing")  # 公司将在地块上建设X总部，计划…动工，2061年建成投用: X总部
        firm = _FIRM_THAT_BUILDS.match(made_in[-1].string)
        return firm.group("firm") + thing if firm and thing.startswith("总部") else thing  # 公司…建设总部大楼: its own
    if not (_AGENT.search(subject) and _BUILT.match(rest)):
        return subject
    named = _NAMED_THING.findall(before[before.rfind("。") + 1 :])
    if not named and (designed := _DESIGNED_FOR.findall(before[before.rfind("。") + 1 :])):
        return designed[-1]  # X表示，第二期首批大楼的设计工作已大致完成，公司计划…，目标…落成: the buildings
    return f"「{named[-1]}」" if named else subject


_FIRM_THAT_BUILDS = re.compile(
    r"^(?P<firm>[^，,。]{0,12}?(?:公司|集团|企业))(?:将|已|计划|拟|会|正)*(?:在|于|建设|兴建)"
)
_DESIGNED_FOR = re.compile(
    r"(?:^|(?<=[，,：:]))([\u4e00-\u9fff]{2,16}?(?:大楼|大厦|校舍|公寓|楼宇|设施|中心))的(?:设计|建造|建筑|施工)"
)


def what_is_built(subject: str, label: str) -> str:
    """第七座大楼的外墙工程已完成，预计下年初落成: what is done at last is the building, not its
    works, whose end the clause before told; no subject where the label's object is another of
    its kind; any other subject as it is."""
    works = _WORKS_ON.match(subject)
    if works and _DONE_BUILDING.search(label):
        return works.group("building") or works.group("whole")  # 河湾站主体结构…，预计…通车: the station
    if (
        len(subject) >= 3
        and re.search(rf"(?:[期批号座栋个项A-Za-z0-9一二三四五六七八九十]){re.escape(subject[-2:])}", label)
        and not label.startswith(subject)
    ):
        return ""  # I期试验预计9月完成，明年启动II期试验: the next trial is no deed of the first
    return subject


_WORKS_ON = re.compile(
    r"^(?P<building>[^，,。的]{2,20}?)的[\u4e00-\u9fff]{1,4}工程$"
    r"|^(?P<whole>[^，,。的]{2,20}?)(?:主体结构|主体工程|主体|装修工程|土建工程)$"
)
_DONE_BUILDING = re.compile(
    r"落成|建成|启用|交付|投用|投入使用|投入运营|投入运作|投入服务|开始运作|开始运营|竣工|接收租户|开幕|开业|投产|通车|入伙"
    r"|挂牌|揭牌|平顶|封顶"
)
"""What a building does when done or topped out (a body set up: 挂牌); its works (外墙工程) only end."""
_THING_DONE_BEFORE = re.compile(
    r"[\u4e00-\u9fff]{2,8}?(?:去年|今年|前年|上月|早前|此前)[\u4e00-\u9fff]{1,6}?的(?P<noun>[\u4e00-\u9fff]{2,8})"
)
"""团队去年取得的两项专利: a thing named by what was done with it before, a subject whole."""
_COVERS = re.compile(r"^(?:主要)?(?:涵盖|包括|涉及|用于)(?P<works>[^，,。]{2,24}?工程)$")
_STARTED_WORK = re.compile(r"动工|开工|施工|展开|竣工|完工")
"""A contract 主要涵盖X工程, then 预计…动工: the works start, not the contract."""
_NAMED_AS = re.compile(
    r"^(?:第[一二三四五六七八九十\d]{1,2}个|另一个|其余一个|最后一个|其中一个)[\u4e00-\u9fff]{0,4}?(?:是|为)(?P<name>[^，,。]{2,24})$"
)
"""第三个项目为X: the one counted is named X, which the next clause's deed is of."""
_MOVED_IN = re.compile(
    r"把(?P<thing>[^，,。把]{2,16}?)(?:落户|搬到|搬进|搬入|迁到|迁入|迁至|设在|设于|落地)"
    r"|(?:设立|新设|开设|建立|筹建|筹设|组建)(?:一个|一所|一间|一家|一座)?(?:[^，,。]{2,24}?的)?(?P<set_up>[^，,。的]{2,16}?)$"
    r"|(?:建设|兴建|筹建|新建|建)(?:(?:一条|一座|一栋|一个|一所|一间)(?P<built>[^，,。]{2,16}?)|(?P<nth>第[二三四五六七八九十\d]+[条座栋个所间期][^，,。]{0,16}?))$"
)
"""…将把亚太区研发总部落户园区: what moves in, which opens later (预计明年启用); so does what
is built (正筹备在河套建设一条芯片产线，最快明年底投产) or set up (筹建X中心，计划10月挂牌)."""


_AFTER_IT = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?:以后|之后|(?<!博士)(?<![最然落善午押延])后|(?<![及同实按准临随当一二三四五六七八九十点小机工])时)$"
)
"""A label ending in 后 or 时 is the time of something else; the event is what it ends (not a
word ending in 后: 招收8名博士后)."""


_THERE_WILL_BE = re.compile(r"^(?:还|也|亦|又)?(?:将|会|预计|可望|有望)?(?:再)?有(?=[\u4e00-\u9fff\d])")
"""(年内)还将有两个平台启动建设: what will be is told after 有; no subject is left out."""
_AIMING = re.compile(r"^(?:力争|争取|确保)(?=[\u4e00-\u9fff]{2})")
"""力争到2030年基本建成…: who strives is told before."""
_PUSHED_ON = re.compile(
    r"(?:(?:加快|加紧|全力|抓紧)?(?:推进|推动)|加快|加速|加紧|启动|开展)(?P<what>[\u4e00-\u9fff]{2,16}?)(?:开工|动工)?的?(?:建设|施工|工程)[，,]?$"
)
"""…推进科研楼宇三期建设，: what is being built, whose main structure the next clause tops out (or
which it opens: 推进X一期工程建设，力争…上线试运行)."""
_PHASE_DONE = re.compile(r"^(?:完成|启动|建成|开工)(?:首期|一期|二期|三期)(?:工程|项目)?$")
"""确保年内完成首期工程, after 加快推进X建设: X's first phase."""
_PARTS = "主体结构|主体|地基|桩基|基础工程|地下室|幕墙|外立面|内部装修|室内装修"
"""A building's parts, done before the whole: its works' steps, not the building."""
_PART_OF_IT = re.compile(rf"^(?:{_PARTS}|[一二三四五六七八九十]期|整体|全线)(?=[\u4e00-\u9fff]{{2}})")
"""…立项，同年底开工，今年9月主体完工; 该仓库由…建设，二期计划于…建成; 工程…分两个阶段进行，整体于
2051年完成: whose main structure, phase or whole, the clause before says."""
_WORK_STARTS = re.compile(r"(?:展开|开展|进行|开始|推进)(?=[\u4e00-\u9fff])")
"""同年年底展开地盘平整工程: a dated clause opening with its verb, whose subject was told before it."""
_A_THING_DESCRIBED = re.compile(
    r"[^，,的]{2,12}(?:与|和|及|至)[^，,的]{2,8}的(?P<noun>[\u4e00-\u9fff]{2,10})"
    r"|(?:连接|连通|通往|直达|贯通)[^，,的]{2,12}的(?P<link>[\u4e00-\u9fff]{2,10})"
)
"""连接园区与新田的环保集体运输系统, 连接港深创科园的北环线支线: a thing told by what it joins,
whose parts name no subject."""
_SAYS = r"(?:相关负责人|负责人|发言人)?(?:表示|说|指出|透露|介绍)"
_MOVING_IN_ALONE = re.compile(
    r"^(?:预计|将|可)*(?:首批)?(?:[\d一二两三四五六七八九十]+名)?(?:租户|企业|机构|住户|团队|研究人员|科研人员)"
    r"(?:可|将|会)?(?:正式)?(?:迁入|入驻|进驻|入伙)$"
)
"""预计首批租户可迁入: into what, the clause before tells."""
_MADE_THING_DID = re.compile(
    r"(?:团队|公司|企业|实验室|课题组)(?:共同|自主)?(?:研发|研制|开发|设计)的(?P<what>(?:(?!已|在|于)[\u4e00-\u9fff]){2,12}?)"
    r"(?:先后)?(?:通过|完成|获得|进入|取得)[\u4e00-\u9fff]{2,8}$"
)
"""团队研发的X通过海试: X, which the clause after goes on with (实现量产)."""
_MADE_THING = re.compile(
    r"(?:共同|自主|联合)?(?:研发|研制|开发|设计|打造)的(?P<what>(?:(?!已|在|于|将|的)[\u4e00-\u9fff]){2,12})$"
)
"""企业X自主研制的两颗遥感卫星，于…成功发射: the clause is the thing made, which the next one tells of."""
_MEASURE_AS_SUBJECT = re.compile(
    r"(?P<owner>[\u4e00-\u9fff]{0,8}?(?:园区|合作区|公司|中心|基地|集团))"
    r"[\u4e00-\u9fff]{0,12}?(?:比例|比重|占比|使用率|覆盖率|数量|规模|总量|产值|营收|收入|员工|员工人数)"
)
_CHANGES_A_VALUE = re.compile(r"[^，,。；;]*?(?:提高|增至|增加|提升|达到|突破|超过|降至|下降)")
"""X可再生能源使用比例将提高到60%以上，并力争…建成近零碳园区: X builds it, not its share; a clause
that changes a value again is still the measure's (…，2030年再提高到80%)."""
_RATE_OF = re.compile(r"(?P<what>[\u4e00-\u9fff]{4,20}?)的(?:预租率|出租率|入住率)(?:已|已经)?(?:达|达到|超过|约)")
"""第二期首两座大楼的预租率已达六成: the buildings, which the next clause's tenants move into."""
_HEADING_TOPIC = re.compile(
    r"(?:[（(][一二三四五六七八九十]{1,2}[）)]|[一二三四五六七八九十]{1,2}、)?(?:推进|推动|加快|加强|深化|抓好)"
    r"(?P<what>[\u4e00-\u9fff]{2,12}?(?:片区|口岸|园区|社区|基地|新城|科技城))(?:整备|建设|开发|改造|发展)"
)
"""（一）推进皇岗口岸片区整备: a work list's heading, whose place the steps after it are done in."""
_A_ROUTE = re.compile(r"(?:来往|往来|连接|连通|通往|直达|贯通|穿梭于?)[^，,的]{2,20}的[\u4e00-\u9fff]{2,10}")
"""来往X与Y的跨境穿梭巴士: a route or a link, told as the topic of the clause after it."""
_A_PART = re.compile(_PARTS)
_WHOLE_READY = re.compile(
    r"[^，,。；;]{0,12}?(?:具备通车条件|通车|启用|投入使用|投用|开通|开放|落成|招租|招商|入伙|出租)"
)
_WORKS_OF = re.compile(
    r"(?P<whole>[^，,。；;]{2,20}?)的(?:(?:上盖|地基|桩基|主体|基础|平整|装修|建造|建设)?工程|(?:上部|主体)?结构)"
)
"""What only the whole can do (通车, 启用), which its part's clause before names no subject of."""
_VERB_FIRST = re.compile(r"(?:租用|租赁|设立|设置|开设|建设|购入|引入|引进|成立)(?=[\u4e00-\u9fff])")
"""A clause that opens with its verb (设立研发及中试中心) shares the subject told before it."""
_PHASE_FIRST = re.compile(r"^[一二三四五六七八九十]期")
_SHORT_WHOLES = "院区|校区|基地|中心|学院"
"""Wholes an article may call by their head alone (学院, 院区): each owns the phases told of it."""
_WHOLE_FIRST = re.compile(rf"(?P<whole>{_SHORT_WHOLES})(?=由|位于|于|将|已|是|为|占地|总投资)")
"""学院由…合作举办，…，一期校舍…: the whole a sentence opens with owns the phases it tells."""
_A_PERSON = re.compile(r"(?:主任|负责人|院长|所长|局长|署长|主席|经理|发言人|董事长|总裁|教授|博士|代表)$")
"""实验室主任介绍，一期自2024年投入使用以来…: who speaks owns no phase."""
_OWNER_OF_A_PHASE = re.compile(
    r"(?:^|[，,。；;、])(?P<owner>[\u4e00-\u9fff]{4,16}?)(?<![分将共约])[一二三四五六七八九十]期"
)
"""X一期已…，二期…: whose the phase told next is."""
_OTHER_PHASE = re.compile(r"(?P<owner>(?:[\u4e00-\u9fff]{2,}?)?)(?:第?[一二三四五六七八九十]期|首期)(?:工程|项目)?")
"""X一期; 一期工程 alone (一期工程去年10月开工，二期计划…: the second phase, of no owner told here)."""
_A_WHOLE = re.compile(rf"^(?:该|此)[\u4e00-\u9fff]{{1,4}}$|^[\u4e00-\u9fff]{{4,}}$|^(?:{_SHORT_WHOLES})$")
"""该仓库, or a name of four characters or more: what a phase (二期) told next is part of."""
_AIMS_STACKED = re.compile(r"^(?:确保|务必)(?:力争|争取)")
_AIM_TO_MAKE = re.compile(r"^(?:目标|目标是|力求|务求|力争)(?:让|使)(?=[\u4e00-\u9fff]{4})")
_AGREED_TO_HOLD = re.compile(
    r"(?:双方|两地|各方)?(?:商定|议定|约定|同意|决定)(?:于|在)?(?:举行|召开|举办)(?P<what>[^，,。]{4,30}?(?:会议|论坛|峰会|会晤|大会))"
)
_OCCASION_TIMED = re.compile(
    r"(?:办好|举办|筹办|开好|组织好|承办)?(?P<what>[^，,。]{2,24}?(?:大会|论坛|峰会|博览会|展览|大赛|年会|嘉年华|节|周))"
    r"(?:的|举办|召开)?(?:时间|日期)(?:初步|暂|已|将)?(?:定|定为|拟定|确定)"
)
_GOING_PUBLIC = re.compile(
    r"^(?:目标|计划|将|拟|预计|争取|力争|有望)*(?:在[^，,。]{2,10}?)?(?:上市|挂牌上市|登陆)(?!销售|发售)"
)
_FIRMS_THING = re.compile(r"^(?P<firm>[^，,。]{0,12}?(?:公司|集团))[^，,。]*?(?:线|厂|大楼|基地|中心|平台)$")
"""A firm lists, not its line: the firm told as its thing's owner in the clause before."""
_FIRMS_PRODUCT = re.compile(
    r"^(?P<firm>[^，,。]{0,12}?(?:公司|集团))(?:的)?(?:首款|首个|第[一二三]代|旗下|自主研发的|研发的)[^，,。]*?"
    r"(?:药物|药|产品|芯片|设备|器械|系统|机器人)$"
)
_FIRMS_OWN_DEED = re.compile(
    r"^(?:并|还|也|亦)?(?:计划|拟|将|准备|预计)(?:在|于)?[^，,。]{0,12}?(?:设立|成立|建设|聘请|招聘|迁入|搬入)"
)
"""公司首款…药物…获批上市，并计划…设立第二个研发中心: a firm's deed, not its product's."""
_WHOSE_TIME = re.compile(r"^(?:动工|开工|开幕|启用|完工|竣工|开通|开业|举办)?(?:时间|日期)")
"""动工时间推迟至明年上半年: the time of something told before."""
_WITH_COMPANIONS = re.compile(r"^(?:带着|带领|率领)(?=[\u4e00-\u9fff]{2})")
_PART_OF_THE_DAY = re.compile(
    r"(?:上午|下午|中午|晚上|晚间|傍晚|当晚|当天|翌日|次日)(?:则|还|亦|也|将|会)?(?:设|举行|举办|进行|安排|有)"
)
_NO_SUBJECT = re.compile(
    r"^(?:将|已|已经|正在|希望(?=能|可以|可|尽快|早日)|每年(?=[\u4e00-\u9fff]{0,2}(?:举办|举行|召开|发布|开展))|刚刚|刚(?=[\u4e00-\u9fff]{2})|曾经?(?=[\u4e00-\u9fff]{2})|计划(?!第[一二三四五六七八九十]+(?:轮|年度|期|批)|首轮|新一轮|的)|拟|须|必须|会(?=[\u4e00-\u9fff]{2})|可(?=供|以|望|容纳|提供|投入|正式)|开始(?=[\u4e00-\u9fff]{2})|于(?=[\u4e00-\u9fff《“「]{2})|改(?=举行|举办|开幕|启用|为|期|由)"
    r"|(?:增|增加|减|扩大|延长|提升|缩短)至|把(?=[\u4e00-\u9fff]{2})"
    r"|(?:通过|获得|取得|迎来|带着|带领|率领|具备|达到)(?=[\u4e00-\u9fff]{2})|毕业于|(?:毕业|回国|回港)后(?=[\u4e00-\u9fff]{2})"
    r"|照常(?=[\u4e00-\u9fff]{2})|(?:正常|继续)(?=开放|运作|运行|营业|服务|开馆|通车|举行|展出)|获(?![\u4e00-\u9fff]{1,4}(?:项目|人士|企业|机构|者|团队|人才|学生))(?=[\u4e00-\u9fff]{2})"
    r"|首批(?=(?:预计|将|可|已)?(?:投入|启用|开放|交付))|首批[两二三四五六七八九十\d]{1,2}幅(?=[\u4e00-\u9fff])"
    r"|(?:与|同)(?=[\u4e00-\u9fff]{2,12}(?:创办|创立|成立|签署|签订|合作|共建|合办|联合))|在(?=[\u4e00-\u9fff]{2,6}(?:取得|获得|完成|创办|成立))"
    r"|(?:回港|回国|来港|赴港|赴美|返港|回流)(?=任教|任职|工作|创业|发展|定居)"
    r"|赴[\u4e00-\u9fff]{1,4}?(?=留学|深造|求学|进修|任教|任职|工作|定居)"
    r"|分别(?=安排|举行|举办|开放|推出|设在|定于)"
    r"|(?:延期|改期|推迟|顺延|押后)(?=举行|举办|开幕|开放|进行|$)|(?:需要?|须)(?=延后|延迟|推迟|押后|顺延)"
    r")"
)
_STAGE_TOLD = re.compile(
    r"(?:^|[，,：:])(?P<stage>(?:第[一二三四五六七八九十\d]|首|下一)阶段|[一二三四五六七八九十]期)(?=[将会则亦也还计预]|工程)"
)
"""A stage a sentence is about (第二阶段将再增设…), whose works a bare 工程 later in it are."""
_IS_A = re.compile(
    r"(?:[一二两三四五六七八九十\d]{1,3}岁的)?(?P<who>[\u4e00-\u9fff]{2,4})是(?![^，,]*的)[\u4e00-\u9fff]{2,20}"
)
"""二十八岁的陈嘉欣是香港大学化学系博士生: who the clauses after it tell of (a short name)."""
_PRODUCT_IS_A = re.compile(
    r"(?P<who>[A-Za-z]{1,6}-?\d{1,6}[A-Za-z0-9-]{0,4})是(?:一款|一种|一个|一台|一套)[^，,。]{2,30}"
)
"""RL-208是一款…双特异性抗体，今年7月获得…许可: the product its code names got it."""
_MADE_BY = re.compile(
    r"由[^，,]{2,24}?(?:共同|联合|合作)?(?:研发|研制|开发|建设|打造|组建|投资|运营|承建|设计|成立|设立|创办|创立|兴建)的"
    r"(?P<what>[\u4e00-\u9fff]{2,16})"
)
"""由港科大与园区企业共同研发的低能耗海水淡化中试装置: a thing told by who made it, a subject whole."""
_WHEN_BEFORE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:早前|此前|先前|日前|之前|早已|已经)$")
_HELD_THERE_AND_THEN = re.compile(
    r"在[^，,。]{2,30}?(?:举行|举办|召开)的[^，,。]{2,24}?(?:大会|论坛|典礼|仪式|峰会|年会|颁奖礼)上"
)
_HONOURED_NEXT = re.compile(r"(?:获颁|荣获|获得|摘得|夺得|获授|获选)")
"""昨日在新加坡举行的国际材料科学大会上，获颁本年度「X奖」: the award is the deed; where it was given, an aside."""
_CLOCK_NAME = re.compile(r"(?:于|在)?(?:北京|香港|当地|美国东部|欧洲中部|格林尼治)时间$")
_CHAINED_DEED = re.compile(r"(?:完成|实现|进入|启动|进行了?|通过了?)(?=[\u4e00-\u9fff]{2})")
"""X去年9月开工，今年5月完成主体施工: a verb-first clause in a chain of dated deeds is X's."""
_SHARED_SUBJECT = re.compile(r"\s*(?:并且?|随后|随即|继而|还|亦|也|又)(?:于|在|将|已)?")
"""…已完成土地规划，并于今年3月展开前期工作: a clause opening with 并 shares the subject before it."""
_WANTS_MORE = re.compile(
    r"^[\u4e00-\u9fff]{2,8}?(?:亦|也|还|又|并|正|已|将)?(?:计划|预计|拟|打算|准备|决定|争取|力争)$"
)
"""公司亦计划于2027年1月起，把…增至4班: what is planned is the clause after."""
_A_BODY = r"(?:大队|支队|中心|公司|集团|局|署|委员会|大学|学院|医院|协会|商会|部门|政府|办公室|研究院)"
_TOGETHER_WITH = re.compile(
    rf"^[\u4e00-\u9fff]{{2,20}}?{_A_BODY}(?:联合|联同|携手|会同)[\u4e00-\u9fff]{{2,30}}?{_A_BODY}$"
)
"""昨天上午，X联合Y，在5号楼开展消防演练: who did it with whom; the deed is the clause after."""
_FOLLOWING = re.compile(r"^继(?![续承])(?=[\u4e00-\u9fff]{2})")
"""继X之后，Y又…: X is told as what Y follows."""
_ANNOUNCED = re.compile(r"(?<=[\u4e00-\u9fff」”》』])(?:宣布|宣告|结果揭晓|名单揭晓|(?:发布|发出)(?:通知|通告))$")
"""A clause that only announces (X宣布，…; X发布通知，…): what it announces, in the clause after it, is
the event (X发布公告，Y将挂牌出让 is Y's deed, told without the notice)."""
_AGENCY_PUBLISHED = re.compile(rf"^[\u4e00-\u9fff]{{1,10}}(?:{GOVERNMENT_BODY})公布$")
_AFTER_TALKS = re.compile(r"^(?:经|经过)[^，,。；;]{2,16}(?:商讨|研究|讨论|协商|磋商)(?:后)?$")
_WILL_CHANGE = re.compile(r"(?:将|会)(?:由|从)?[^，,。；;]{0,16}?(?:增加|增至|减少|调整|延长|提高|降低|扩大)")
"""So does an agency's 公布 of a change to come (运输署今日公布，经…商讨，X的配额将由…增加至…), past an
aside of talks; a bare 公布 tells of a result (配租结果将公布)."""
_GAZETTED = re.compile(r"^[\u4e00-\u9fff]{1,10}刊宪$")
_UNDER_AN_ORDINANCE = re.compile(r"^(?:根据|依据|按照)《[^》]{2,30}》(?=[\u4e00-\u9fff]{2})")
"""政府今日刊宪，根据《收回土地条例》收回…: what was gazetted is the deed, not the law it is under."""
_DOCUMENT = re.compile(r"《[^》]{4,60}》")
_IN_FORCE = re.compile(r"^(?:正式)?(?:施行|实施|生效)$")
"""A document comes into force: its title, not whoever issued it, is the subject."""
_AIM_TOLD = re.compile(r"^[^，,]{0,12}?(?:提出|明确|要求|强调|指出)了?(?=(?:要|将)?(?:到|至|在|于)?$)")
"""规划提出 before the date of an aim: who said it, no part of what is aimed at."""
_GOAL = re.compile(r"^(?:提出|明确|确定|确立)(?P<goal>[将把使让].{4,})的(?:目标|愿景)$")
_OBJECT_PRONOUN = re.compile(r"(?<=[将把使让])其(?=[\u4e00-\u9fff])")
_POSSESSIVE = re.compile(r"^其(?![中他余实次后间])")
_ZONE_MENTION = re.compile(r"河套深港科技创新合作区|河套合作区|合作区")


def _pronoun_resolved(label: str, before: str) -> str:
    """将其打造为…: 其, alone in a label, is the zone the sentence named before (给合作区以新
    的定位…，并提出…将其打造为…): these articles are about it. 其团队… after 教授刘晓峰说 is
    that person's. Left as it is otherwise."""
    if _POSSESSIVE.match(label) and (people := people_in(before)):
        return people[-1] + label[1:]
    zone = _ZONE_MENTION.findall(before)
    return _OBJECT_PRONOUN.sub(zone[-1], label) if zone and _OBJECT_PRONOUN.search(label) else label


_WHICH_YEARS_CALL = re.compile(r"(?:今年|明年|去年|本年度|下年度)的(?=报名|申请|招生|招募)")
"""明年的报名: which year's intake, a relative year a reader of the label cannot place; the call's
own date is the label's."""
_FROM_TODAY = re.compile(r"(?<=[\u4e00-\u9fff」”》])(?:于|在|由|从)?即日起(?=[\u4e00-\u9fff])")
_THEN_ALREADY = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?:便|就(?![^，,。]{2,20}?(?:开展|进行|展开|达成|交换|磋商|沟通)))(?=[\u4e00-\u9fff])(?![利捷民是])"
)
"""早在2017年，两地政府便签署…: 便 answered 早在 (not 就 of 已就X开展…, about X)."""
_QUOTE_OPEN = re.compile(r"^[「“『]")
_CLOSES = {"「": "」", "“": "”", "『": "』"}
_WE_SPEAKING = re.compile(r"^(?:我们|我(?![校院所司市区省国局署部厅委会馆台团行]))(?=[\u4e00-\u9fff])")
"""我们希望…: the speaker; 我校, 我国 are names, not him."""
_PARTY = re.compile(r"(?:与|同|和|跟)([^，,。与同和跟]{2,20}?)(?:正式)?(?:签署|签订|签约|达成|洽谈|商谈)")
"""…同内地一间生物科技企业签署意向书: the other party, whom a later 对方 stands for."""
_WE_PLANNING = re.compile(r"^(?:我们|我)(?=(?:还|也|亦)?(?:预计|计划|会|将|希望|争取|力争|有信心))")
_PERSON_SPEAKING = re.compile(
    r"(?:^|[，,。\s])(?:[^，,。“「]{0,8}?[，,])?(?:[\u4e00-\u9fff]{0,6}?(?=[\u4e00-\u9fff]{2,3}接受))?"
    r"(?P<who>他|她|[\u4e00-\u9fff]{2,3}?)(?:接受(?:访问|采访|专访)时)?"
    r"(?:表示|说|指出|透露|介绍)[：:]\s*[“「]"
)
"""他表示：“我们计划…”, 沈知远说：“我们…”: whose team 我们 speaks for (a body speaking is `_BODY_SPEAKING`)."""


def _person_speaking(text: str, before: int) -> str:
    """The person (他, 她, or a name by its surname) whose quoted 我们 speaks before `before`, or ""
    (局长表示：「我们会…」: an office, whose 我们 is the government's, not a team's)."""
    spoke = _PERSON_SPEAKING.search(text, 0, before)
    who = spoke["who"] if spoke else ""
    return who if who in ("他", "她") or (who[:1] in SURNAMES and who[-1:] not in "长员人席官") else ""


_BODY_SPEAKING = re.compile(
    r"(?:^|[】\s的]|一[间家所个])(?P<body>[\u4e00-\u9fff]{2,12}?(?:海关|局|署|委|办|中心|公司|集团|大学|管理处|实验室|研究所)"
    r"|公司(?=(?:营运|运营|技术|研发|市场)?总监|总经理|董事长|行政总裁|总裁|首席执行官))"
    r"(?:相关)?(?:负责人|发言人|(?:营运|运营|技术|研发|市场)?总监|总经理|董事长|行政总裁|总裁|首席执行官)"
    r"(?:[\u4e00-\u9fff]{2,3}?)?(?:说|话|表示|指出)?[：:]"
)
"""深圳海关相关负责人：…我们将…, 公司营运总监凌澈说：“我们…”: whose 我们, named before the colon
(a bare 公司 is the firm the article named last)."""
_QUOTED_SPEAKER = re.compile(
    r"^[「“『][^」”』]+[」”』](?P<who>(?:[^，,。「」“”]|「[^」]{2,12}」){2,40}?)(?:说|表示|指出|称|透露|笑言|笑说|直言|坦言)(?=[。！，,]|$)"
)
"""「我们希望明年年中推出样机。」实验室负责人陈博士说: 我们 are the speaker's."""
_SPEAKERS_OWN = re.compile(
    r"(?:「(?P<org>[^」]{2,12})」|^(?P<named>[\u4e00-\u9fff]{2,10})[（(][A-Za-z][A-Za-z .&-]{1,30}[）)])"
    r"(?:的)?(?:联合)?(?:创办人|创始人|行政总裁|负责人|董事长|总经理)"
)
"""初创「精准医械」创办人黄浩然说: 我们 are the start-up, not its founder alone."""


def is_quoted_speech(text: str) -> bool:
    """「…」X说。: the sentence is a quotation of someone it names, whose 我们 is not the writer."""
    return _QUOTED_SPEAKER.match(text.strip()) is not None


_TERM_FROM = re.compile(r"\s*任期(?:自|由|从)")
_APPOINTED = re.compile(r"获聘为|获委任为|获任命为|获任(?!命)|出任|接任|担任|当选为?")
_TERM = re.compile(r"任期[一二两三四五六七八九十\d]{1,2}年")
_TAKES_EFFECT = re.compile(r"(?:自|由|从)[^，,。；;]{2,16}?起(?:正式)?生效")
_APPOINTED_BY = re.compile(r"^[^，,]{0,20}?(?:公布|宣布|表示|透露)[，,]?")
"""X获聘为园区首席科学家，任期自2028年1月1日起: the appointment takes effect that day."""
_PAUSED = re.compile(r"(?:^|(?<=[，,。；;]))(?P<what>[\u4e00-\u9fff]{2,16}?)(?:将|于|已|会)?暂停")
"""X暂停现场服务: what a later bare 恢复 resumes."""
_HERE_IS_WHAT_WAS_DONE = re.compile(r"这里(?:是|就是)(?P<deed>[^，,。的]{2,12})的(?P<name>[\u4e00-\u9fff“”「」]{2,24})")
_AFTER_ANOTHER = re.compile(
    r"^(?:这是|此为|这也是)?(?P<who>[\u4e00-\u9fff]{0,12}?)继(?P<deed>(?:开通|启用|推出|成立|落成|举办|发布|设立|引进)"
    r"[^，,。]{1,24}?)之?后(?:新增|推出|设立|开通|又|再|成为|的)"
)
"""这是X继今年3月开通HT1线后新增的第二条线路: the date is of what came first, X开通HT1线."""
_APPOINTMENT_TAKES_EFFECT = re.compile(
    r"(?:有关|该项?|此项?|这项|上述)?(?:任命|委任|聘任)(?:将|会)?(?:自|由|从|于)[^，,。；;]{2,16}?(?:起|开始)(?:正式)?生效"
)
_APPOINTS = re.compile(r"(?:委任|任命|聘任|聘请)(?P<whom>[^，,。；;为]{2,16})为(?P<post>[^，,。；;]{2,24})$")


def _appointee(clause: str) -> str:
    """委任现任营运总监梁思齐为行政总裁 → 梁思齐出任行政总裁: who takes office, by name, and the
    post; "" where the clause appoints no one named."""
    if not (appoints := _APPOINTS.search(clause)):
        return ""
    whom = appoints.group("whom")
    name = next((whom[-n:] for n in (3, 2) if len(whom) >= n and whom[-n] in SURNAMES), "")
    return f"{name}出任{appoints.group('post')}" if name else ""


_EACH_ON_ITS_DAY = re.compile(
    r"^(?P<first>[^，,和与及、]{2,16})(?:和|与|及|、)(?P<second>[^，,和与及、]{2,16}?)分别(?P<deed>.{2,})$"
)
_COUNTED_TOGETHER = re.compile(r"[两二三四五六七八九十\d]+[个座家间所项]")


def each_on_its_day(label: str) -> tuple[str, str] | None:
    """开幕式和闭幕式分别举行 (分别于20日上午和22日下午): the first's deed and the second's, each on
    its own day; None for one subject done twice (前两宗已分别…成交) or two counted together
    (微纳加工和生物样本两个平台已分别投入运行: one label, two dates)."""
    each = _EACH_ON_ITS_DAY.match(label)
    if each is None or _COUNTED_TOGETHER.search(each.group("second")):
        return None
    deed = re.sub(r"^(?:于|在)", "", each.group("deed"))
    return each.group("first") + deed, each.group("second") + deed


_IN_TURN = re.compile(
    r"^(?P<who>[^，,]{0,12}?)(?:先后|分别)(?P<verb>举办|举行|召开|发布|推出|签署|设立|成立|启用|开通)"
    r"(?P<first>[^，,和与及、]{2,30}?)(?:和|与|及|、)(?P<second>[^，,和与及、]{2,30})$"
)


def each_in_turn(label: str) -> tuple[str, str] | None:
    """园区先后举办A和B (先后于3月和6月): A, then B, each on its own date; None for another label."""
    turn = _IN_TURN.match(label)
    if turn is None:
        return None
    doer = turn.group("who") + turn.group("verb")
    return doer + turn.group("first"), doer + turn.group("second")


_PART_OF_A_DOCUMENT = re.compile(
    r"^[^，,。]{0,12}?是(?P<verb>出台|印发|发布|推出)的?(?P<title>《[^》]{2,60}》)(?:的)?(?:配套|实施)?(?:举措|措施|政策|细则)?$"
)
"""该措施是去年底出台的《X》的配套举措: what was done then is X's issuing, the measure only follows it."""
_THEMED = re.compile(r"^以[“「][^”」]{2,24}[”」]为(?:主题|主线)的(?=[\u4e00-\u9fff\d])")
_ANNOUNCED_THAT = re.compile(
    r"^(?:宣布|表示|指出|透露)(?=[\u4e00-\u9fff]{2,8}?(?:将|会|已|计划|预计)[\u4e00-\u9fff])"
    r"|^(?:主办方|组委会|主办单位|大会)宣布(?=[\u4e00-\u9fff\d]{2,16}?(?:将|会|计划|预计)[\u4e00-\u9fff])"
)
"""发表《施政报告》，宣布政府将于…推出X; 主办方宣布第二届峰会将于…举办: what was announced."""
_THERE_WERE = re.compile(r"^(?:还|另|另外|并|亦|也)?有(?=[\d一二两三四五六七八九十]{1,3}[个家项名位批所间])")
_PUSHED_TO_ENSURE = re.compile(
    r"^[^，,]*?(?:加快|加紧|全力|抓紧)推进(?P<what>[^，,]{2,20}?)的?建设，(?:确保|力争|争取)(?P<deed>[^，,]{2,12})$"
)
_EARLY_STEP = re.compile(r"^(?:完成|启动|开展)(?:前期|可行性|规划|设计|勘察|选址)")
_PLANNED_BEFORE = re.compile(r"(?:谋划|筹划|规划|推进|推动|筹建)(?P<what>[^，,。；;]{2,30}?)[，,]$")
"""…抓紧谋划X，年内完成前期研究: the study of what is planned."""
_REMAINDER = re.compile(r"^(?:余下|其余|剩余|剩下)的?部分")
_DONE_IN_PART = re.compile(
    r"(?:^|[，,。；;])(?:目前|现时)?(?P<what>[^，,。；;]{2,24}?)(?:已经?|已于[^，,。；;]{1,8}?)?(?:完成|完工)了?"
    r"(?:约|近|逾|超过)?(?:[一二三四五六七八九]成|\d+%|一半|大半|过半)[，,]$"
)
"""…已完成约一半，余下部分预计…完成: the rest of what is half done."""
_FIRM_QUOTED = re.compile(r"(?:初创|公司|企业|集团)[「“]([^」”]{2,12})[」”]")
"""初创「星河轨道」宣布，把研发中心设于…，预计六月启用: the firm's centre opens."""
_TO_THE_REPORTER = re.compile(r"(?:对|向|跟|告诉)(?:本报|本台)?记者$")


_WITNESSED = re.compile(
    r"^(?:我们|大家|各位|嘉宾们)?(?:在这里|在此|在现场)?(?:一起|共同)?见证(?:了)?(?=[\u4e00-\u9fff「“《]{4})"
)


def _speaker_resolved(label: str, text: str) -> str:
    """A label from inside a quotation: without the opening quote mark, and with a leading 我们
    told as the speaker named after the quotation (or dropped, where none is)."""
    if _QUOTE_OPEN.match(label) and not re.search(_CLOSES[label[0]], label):
        label = label[1:]  # 「我们希望… (the quotation's close is in another clause)
    we = _WE_SPEAKING.match(label)
    if we is None:
        return label
    speaker = _QUOTED_SPEAKER.match(text.strip())
    if speaker is None and (body := _BODY_SPEAKING.search(text)):
        return body.group("body") + label[we.end() :]  # X实验室负责人话：「我们计划明年初搬入…」: X's
    if speaker is None and (person := _person_speaking(text, len(text))):
        return person + "团队" + label[we.end() :]  # 他表示：“我们计划在明年…完成…”: his team's plan
    who = _TO_THE_REPORTER.sub("", speaker.group("who")) if speaker else ""  # …负责人对记者说: the firm's
    if own := _SPEAKERS_OWN.search(who):
        return (own.group("org") or own.group("named")) + label[we.end() :]  # 「X」创办人, X（Latin）创办人
    return _SPOKESPERSON.sub("", who) + label[we.end() :]


_SOURCE_ONLY = re.compile(
    r"(?:根据|据)[^，,。]{2,30}?(?:报告|数据|统计|资料|消息|公告|通报|调查|研究)(?:显示|指出|称)?"
    r"|[^，,。]{2,30}?(?:发布|公布)的?(?:统计)?(?:数据|报告|调查结果)(?:显示|指出|称)"
)
"""据X发布的报告, X发布数据显示: where the figures come from, no event."""
_ACCORDING = re.compile(r"^(?:根据|按照|依据|依照|对照|据|按)")
_PAPER_SAYS = re.compile(
    r"(?:[\u4e00-\u9fff]{0,4}(?:规划|方案|意见|措施|办法|计划|纲要)|《[^》]{2,40}》)(?:同时|还|也|亦|并|进一步)?"
    r"(?:明确|提出|指出|要求|规定|强调)"
)
"""规划同时明确，2028年底前建成X: what the plan says is to be done, not the plan's own deed."""
_FOLLOWING_A_PLAN = re.compile(r"^(?:根据|按照|依据|依照|对照)(?![^，,]*(?:介绍|表示|透露))")
"""根据《工作要点》，园区将…: the document is the source of what follows, not its subject."""
_NAMED_LAST = re.compile(r"[「《“][^」》”]{3,30}[」》”]$")
"""A clause ending in a quoted or titled name (…公布「X计划」): what the next clause may be about."""
_CALLED_OFF = re.compile(r"^(?:[\u4e00-\u9fff]{1,4}?)?原(?:定|计划|本)[^，,。]{0,26}?的(?=[\u4e00-\u9fff「“《\d])")
"""原定（于10月）举行的X论坛将推迟…, 园方原定明日举行的X: the plan given up (and whose it was) is not
part of what happens."""
_MODAL = re.compile(
    r"^(?:预计|预料|预期|料(?=将|会|可|于|在|相继|陆续|分期|分阶段|明年|年内)|目标(?:是|为)?|有望|陆续|逐步|分阶段|分期|分批|正式|首次|顺利|力争|争取|最快|最早|最迟|最晚|尽快|希望(?=可以|能|[\u4e00-\u9fff]{2}))"
)
_MODALS = re.compile(f"^{_MODAL.pattern[1:]}+")
_VERB_NEXT = re.compile(f"(?:{EVENT_VERB.pattern})|迁入|迁往|搬入|搬进|开放|招租|{_NO_SUBJECT.pattern[1:]}")
"""A modal then a verb (预计建成首批…平台, 目标将出租率…): whose aim it is was told before."""
_TO_WHOM_NEXT = re.compile(r"(?:向|对|为|与|同|跟|给|把|随)(?=[\u4e00-\u9fff]{2})")
"""A modal then a preposition (预计向两地科研人员全面开放): the doer was told before."""
_DAY_NAMED = re.compile(r"(?:正好|恰好|恰逢|刚好)?(?:是|逢)[^，,。]{2,16}")
"""(今天)是春节假期后首个工作日: a clause that only says which day it is."""
_ON_SALE_THERE = re.compile(r"在[\u4e00-\u9fff]{2,8}?(?:上市|销售|发售|开售|亮相|推出市场|推出)")
"""预计明年在香港上市销售: the product told before goes on sale; no one is named doing it."""
_AIM = re.compile(r"^(?:力争|争取|以期|确保)(?!(?:实现|完成)[\u4e00-\u9fff]{2})[\u4e00-\u9fff]{1,4}$")
"""力争试运行, 力争建成: an aim without an object, whose object the clause before tells (not 争取实现量产)."""


def _aim_of(text: str, spans: list[tuple[int, int]], start: int, other_dates: Sequence[tuple[int, int]]) -> str:
    """The clause before an aim with no object of its own (力争试运行), if it is of the same
    sentence, without its own date: what the aim is about."""
    previous = [span for span in spans if span[1] <= start]
    if not previous or _follows_sentence_end(text, previous[-1][1]):
        return ""
    begin, end = previous[-1]
    dated = sorted((s, e) for s, e in other_dates if begin <= s < end)
    for start, stop in reversed(dated):  # 今年第一季度将启动X建设，力争三年内建成: X, not its date
        while (particle := _PARTICLE.match(text[stop:])) and particle.end():  # 于本月下旬: all of it goes
            stop += particle.end()
        if preposition := _PREPOSITION.search(text[begin:start]):
            start = begin + preposition.start()
        text = text[:start] + text[stop:]
        end -= stop - start
    clause = tidy(text[begin:end])
    return clause if 4 <= len(clause) <= 40 else ""


_ADVERBIAL = re.compile(r"^\s*(?:在|于|从|自|据|随着|按照|根据|经过|通过)")
_MODAL_ONLY = re.compile(r"将|会|拟|计划|预计")
"""…表示，将于明晚11时至翌日早上6时，暂停…: the date clause holds only its modal; the deed, next, is the speaker's."""
_CUE_ONLY = re.compile(r"^(?:预计|计划|力争|目标|将|拟|有望|按照规划|根据规划|截至|预期)$")
_SIZED_BY = re.compile(
    r"(?P<what>[\u4e00-\u9fff]{2,12}?)(?<!总)(?<!建筑)(?<!楼面)(?<!可建)(?<!占地)"
    r"(?:全长|总长|全宽|总面积|面积|占地面积|占地|建筑面积|楼高|总投资|建设期为?|工期为?)(?:约|达|逾|近|超过)?"
    r"[\d一二两三四五六七八九十]"
)
"""新连接路全长约1.2公里: a thing told by its size, the subject of the clauses after it."""
_FIRMS_FIGURE = re.compile(
    r"(?P<firm>(?:该|这家)?公司)(?:今年|去年|明年|全年|目前)?[\u4e00-\u9fff]{2,6}?(?:预计|将|已)?(?:约|达|超过|逾|近|突破)?\d"
    r"|(?P<seat>(?:该|这家)?公司)总部(?:设于|设在|位于)"
)
"""公司今年营业收入预计超过1.5亿元: the firm's figure; the firm is who the clauses after it tell of."""
_ONCE_IT_OPENS = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?:开诊|开业|建成|落成|启用|投用|开通|开园|开幕|开学|成立|揭牌)(?:之)?后$"
)
_YEARLY = re.compile(r"[^，,。]{0,8}?每年")
_NO_DOER_ALONE = frozenset({"首批", "首期", "第一批", "其中", "月租", "租金", "价格", "票价", "车费", "费用"})
"""首批 (which ones), 月租 (a price): alone, a clause's opening names no one who does what follows."""
_QUOTED_DOER = re.compile(r"(?:的|初创|企业|公司)(?P<name>「[^」]{2,12}」)(?=凭|以|通过|带着|$)")
"""…的初创「微光医学」凭可携式眼底相机: the start-up named in quotes does what the next clause tells."""
_SIZED_HEADS = ("中心", "基地", "大楼", "实验室", "平台", "学院", "医院", "一期", "二期", "三期")
"""Heads an article calls its subject by alone before its size (中心总面积约8000平方米，明年将…)."""
_HEADQUARTERED = re.compile(r"^总部(?:设于|位于|设在)[^，,。；;的]{2,16}的(?=[\u4e00-\u9fff]{2})")
_COUNTS_ITS_OWN = re.compile(
    r"^(?P<who>[\u4e00-\u9fff]{2,12}?)(?:共设|共有|设有|共提供)(?=[约逾近]?[\d一二两三四五六七八九十])"
)
_FIGURE_CLAUSE = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,6}?|[\u4e00-\u9fff]{1,12}?(?:将|已|预计)|[\u4e00-\u9fff]{2,14}?(?=不少于|不低于|超过|突破))"
    r"(?:约|达|为|逾|超过|近|不少于|不低于|突破)?[\d.,]+[万亿]?"
    r"(?:元|港元|个|家|名|间|平方米|公顷|人|项|%|条|座|套|宗|辆|台|批|支|人次)"
    r"[\u4e00-\u9fff]{0,2}$"
)
"""总投资约9.5亿元, 全年固定资产投资将突破130亿元, 年内新引进重点科研项目不少于15个: a clause
that is a figure, which names no subject for the clause after it."""
_SUBJECT_MARK = re.compile(
    r"早(?:于|在|已)|(?<![位属对关由等基处少多高低大小])于|(?<=[\u4e00-\u9fff])(?:位|设|坐落)于|在|将|已|正|从|(?<![来各亲独擅源出])自(?![主研行动身然有])|由|曾|还|也|亦|又|(?<![公总])共(?![享建同用性识])|涵盖|包括|覆盖|视乎|取决于|预计|可望|有望|(?<![障助持养展动募习流])计划(?!$|的|将|已|第|首轮|新一)|表示|称|指出|介绍|透露|宣布|说|(?<=[\u4e00-\u9fff]{2})希望$|容许|允许|(?<!项)目前(?!期)|现时|仍|尚(?=需|须|待|未)|(?<![尚毋无必])须(?=[\u4e00-\u9fff])|必须|应当|"
    r"(?<![原基])因(?!为期)|由于|(?<=[\u4e00-\u9fff]{2})主要(?=建设|包括|用于|从事|开展|生产|提供|研发)|即日起?|(?<=[\u4e00-\u9fff]{2})把(?![关握手])|(?<=[\u4e00-\u9fff]{2})是(?=[^，,。]{2,24}的)|(?<![大员议协学商年事社工交博委览易谈布流介聘演字总联公])会(?=[在于]|[\u4e00-\u9fff]{2})(?![议展谈见场所堂])"
)


_DATED_ATTRIBUTE = re.compile(r"(?:在[^的，,]{2,10}?)?[^的，,]{0,6}的")
"""12月22日启用的首三座大楼: the date times a verb of an attribute (not 今日公布…的方案: a deed's object)."""


_SINCE_DONE = re.compile(r"起[\u4e00-\u9fff]{2,4}的")
"""园区今年7月起推行的X: X, run since then; the date and its 起 go together."""


def _without_dates(text: str) -> str:
    """A date inside a subject (政府去年已…, 园区2025年12月22日启用的大楼): the subject reads
    without it; a clause that only dates the thing goes with it (这家成立于2025年的初创企业:
    这家初创企业)."""
    for start, end in reversed(date_words(text)):
        if (
            text[start] == "于"
            and text[end : end + 1] == "的"
            and (verb := _VERB_BEFORE_ITS_DATE.search(text, 0, start))
        ):
            start, end = verb.start(), end + 1
        elif text[end : end + 1] == "起" and (
            (since := start > 0 and text[start - 1] in "自从由") or start == 0 or _SINCE_DONE.match(text, end)
        ):
            start, end = (start - 1 if since else start), end + 1  # 明年起X将…: X; 今年7月起推行的X: X
        text = text[:start] + text[end:]
    return text


_WORK_ON_IT = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})的(?:校舍|大楼|楼宇|建筑|工程)?(?:详细|初步|总体)?"
    r"(?:设计工作|设计|规划工作|规划|前期工作|准备工作|招标工作|选址工作)$"
)
"""X的详细设计已大致完成，预计…动工; 两所学校的校舍设计已于10月展开，主体工程…动工: X breaks
ground, not its design."""
_BEGAN = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<![开创])始$")
_SINCE_ALONE = re.compile(r"^(?P<event>[\u4e00-\u9fff]{2,6}?)以来$")
_FAREWELL = re.compile(r"[^\u4e00-\u9fff]*(?:(?:再)?见|再会|不见不散)[！!。~～]*")
_AMONG_THOSE = re.compile(r"在?[^，,。；;]{2,30}的[\u4e00-\u9fff]{1,8}中")
"""自去年10月1日开馆以来， (a clause of its own): the event is told in passing, its subject after."""
_PLACE_OR_BODY = re.compile(r"(?:馆|中心|园|院|所|室|站|城|楼|公司|大学|学校|基地|平台|口岸|通道|专线|社区)$")
_SINCE_ITS_EVENT = re.compile(r"[\u4e00-\u9fff]{1,8}?以来(?=[\u4e00-\u9fff])")
_ATTRIBUTED = re.compile(r"(?:设立|开设|成立|建设|打造|兴建|筹建|建立)的[^，,的]{2,12}$")
"""X在园区设立的首个亚洲实验室: where X set up what the clause names, the whole of it the subject."""
_VERB_BEFORE_ITS_DATE = re.compile(f"(?<=[\u4e00-\u9fff]{{2}})(?:{EVENT_VERB.pattern}|始建)$")
_SPOKESPERSON = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?:的)?(?:有关|相关)?(?:负责人|发言人|新闻发言人|创始人|创办人|联合创始人|秘书长|理事长|会长|行政总裁|首席执行官|总裁|总经理|董事长)"
    r"(?:[\u4e00-\u9fff]{2,3}(?<!教授)(?<!博士)(?<!先生)(?<!女士))?$"
)
"""园区相关负责人表示，力争…, 公司董事长朗峰表示，计划…: the park or the firm plans, not its spokesperson."""
_CONDITION = re.compile(r"^(?:待|等到|一旦|如果|若|倘若)[^，,]*$")
_SCOPE_OF = re.compile(r"^(?P<what>[\u4e00-\u9fff]{2,16}?)的?(?:范围|内容)(?:主要)?(?:包括|包含)")
_MADE_INTO = re.compile(r"把(?P<what>[^，,。把]{2,16}?)(?:定为|列为|升格为)")
_IS_HELD = re.compile(r"举行|举办|召开")
_DEEDS_SCOPED = ("建设", "施工", "改造", "研究", "服务", "合作", "工作")
_WHY_OR_WHO_PUT_OFF = re.compile(
    r"^(?:(?:因|由于|受)[^，,]{2,20}$|[\u4e00-\u9fff]{1,8}?(?:宣布|决定)(?:延期|改期|押后|推迟|顺延)$)"
)
"""原定…的X，因…故障，主办方临时宣布延期，改于…举行: why and who put it off, not what is held."""
_FORMED_BY = re.compile(
    r"^由[^，,。]{2,24}?(?:组成|组织|牵头|主办|承办|举办|发起|组建|共建|合建|筹建|带领|率领)的(?P<what>[\u4e00-\u9fff「」“”《》]{2,20}?)"
    r"(?:一行(?:[\d一二两三四五六七八九十百]+[人名位])?)?$"
)
"""由X组织的澳门科技界代表团一行30人: the delegation, not who organised it nor how many came."""
_AND_SO_ON = re.compile(r"(?<=[\u4e00-\u9fff]{4})(?<![平同高中初上优劣均对相何])等$")
_TENDERED_FOR = re.compile(r"就(?P<what>[^，,。；;就]{2,20}?)(?:展开|进行|开展|启动)(?:公开)?招标(?:工作)?$")
"""…就中心第二阶段设施展开招标: what is tendered for, which is what opens later."""
_LISTED = re.compile(r"^(?:包括|包含|涵盖)(?=[\u4e00-\u9fff])")
_NEXT_ITEM = re.compile(
    r"\s*(?:第[一二三四五六七八九十]{1,2}[，,、]|[一二三四五六七八九十]{1,2}[、是]|[（(][一二三四五六七八九十\d]{1,2}[）)]"
    r"|(?:\d{1,2}月)?\d{1,2}日(?:和\d{1,2}日)?(?=[为举将至起]))"
)
"""第三，…; （二）…; 23日举行…: an item of a list (a programme's day), which shares no subject with the one before."""
_ITS_TIME_MOVED = re.compile(
    r"^(?P<what>[^，,。的]{2,16}?)的(?:闭幕|开幕|举办|结束|开放|启用)?(?:时间|日期)(?:相应|亦|也|将)?(?:顺延|推迟|延后|提前|延长|改)"
)
_AS_FOR = re.compile(r"^(?:至于|说到|谈到)(?=[\u4e00-\u9fff]{2})")
_TOPIC_TOLD = re.compile(
    r"(?:并|又|更)?(?:表示|指出|指|称|透露|介绍)(?P<what>[\u4e00-\u9fff「」“”]{2,30}?"
    r"(?:工程|项目|大楼|大厦|车站|站|线|中心|设施|隧道|大桥|口岸|基地|平台|公寓|宿舍|学校|医院|园区))"
)
"""表示X的Y站及相关隧道工程, a clause of its own before 预计明年动工: what was said is of the works."""
_NOT_A_SUBJECT = re.compile(r"^(?:力争|争取|预计|计划|目标|截至|截止)|(?:到|至|在|于|从|自)$")
"""力争到2030年…: what stands before a date there is a cue or a preposition, not a subject."""
_MODAL_FIRST = re.compile(r"^(?:要|应|应当|需|需要|须|必须|务必)(?=[\u4e00-\u9fff]{2})")
_IN_OFFICE = re.compile(r"(?:任内|任期内|在任期间|在任时|任上)(?=[\u4e00-\u9fff])")
"""任内带领公司完成…: a time in someone's office opens the clause; the one in office was told before."""
_TIME_ONLY = re.compile(r"首年|次年|今年|明年|去年|届时|目前|其后|之后|此后|当年|全年|年内")
_TELLING_ONLY = frozenset({"提出", "明确", "要求", "强调", "指出", "表示", "目标", "目标是"})
"""…，提出到2030年…，2035年前实现…: a verb of telling left from the clause before names no one;
nor does an aim's word (目标在2034年底前完成，届时可提供…)."""
_DATED_DEED_NEXT = re.compile(
    r"(?:次年|翌年|同年|[一二两三四五六七八九十\d]{1,2}年后|(?:19|20)\d{2}年)(?:又|便|就|再)?(?=[\u4e00-\u9fff]{2})"
)
_A_PHASE = re.compile(r"\s*[一二三四五六七八九十]期")
_PHASES_TOLD = re.compile(r"分[两二三四五六]期|^(?:其中)?[一二三四五六七八九十]期")
_PRONOUNS = frozenset({"我们", "我", "他们", "他", "她", "它", "大家", "记者", "本报记者"})  # 记者…获悉: who heard it
_ISSUED_LAST = re.compile(
    r"(?:发布|印发|出台|公布|制定)(?P<title>《[^》]{4,40}》)$"
    r"|(?:设立|设|推出|成立|筹建|筹设|组建|共建|合建)[^，,。「“《]{0,16}?的?(?P<quoted>[「“][^」”]{2,24}[」”])$"
)
"""…联合发布《X方案》，计划…: X plans it; 港府拟设立规模约五十亿元的「X基金」，最快明年推出: X is launched."""
_THEN_ONE_MAY = re.compile(r"^(?:预计|届时)?(?:即可|便可|就可以|就可|即能|便能)")
"""配租结果将于2月公布，预计3月初即可办理入住: what one may then do; its doer is no subject told."""


def tells_no_doer(label: str) -> bool:
    """A label that leaves out no subject to be taken from before: what there will be (将有4个
    项目集中开工) or what one may then do (即可办理入住)."""
    return bool(_THERE_WILL_BE.match(label) or _THEN_ONE_MAY.match(label) or _NAMED_BY_ITS_ROUTE.match(label))


_NAMED_BY_ITS_ROUTE = re.compile(r"^(?:来往|往返|连接)[^，,。；;]{2,30}?的[\u4e00-\u9fff]{2,}")
"""来往X与Y的跨境穿梭巴士单程票价由20元调整为15元: a subject named by its route, whole already."""


_DRAFTING = re.compile(
    r"(?:研究制定|制定|编制|起草|修订|拟订|研究起草)(?:中的)?(?P<what>[^，,。；;]{2,30}?(?:规划|方案|计划|办法|条例|措施|政策|纲要|意见|细则|指引))$"
)
_ISSUE_VERB = re.compile(r"公布|发布|出台|印发|颁布|推出")
_STUDYING_A_NEW = re.compile(
    r"(?:研究|计划|考虑|筹备)(?:增设|新增|开辟|开设|加开|兴建|修建|新建)(?:一[条座个所间])?(?P<what>[^，,。；;]{2,18})$"
)
"""政府正研究兴建一条连接两地的单车径，预计2029年动工: the track, not who studies it."""
_PUSHING_TO_BUILD = re.compile(
    r"(?:[一二三四五六七八九十]是)?(?:加快|加紧|抓紧|全力|加速)(?:推进|推动)?(?:建设|兴建|打造)(?P<what>[\u4e00-\u9fff]{2,20})"
)
_AIM_NEXT = re.compile(
    r"(?:并)?(?:力争|争取|确保|预计|目标)[^，,。；;]{0,12}?(?:具备|交付|建成|落成|竣工|投用|启用|开通|完工|封顶)"
)
"""二是加快建设X，力争年底前具备开放条件: X is what will be ready (not 力争…新增…, the body's own aim)."""
_AIMED_AT_IT = re.compile(
    r"(?:并|还)?(?:力争|争取|预计|确保|计划|目标|将|可望|有望)[^，,。；;]{0,12}?"
    r"(?:开通|启用|投用|投入使用|通车|上线|试运行|运行|建成|落成|竣工|完工|交付使用|交付|完成主体工程|主体完工)+"
)
"""力争明年6月底前上线试运行: an aim with no subject or object of its own, the works' pushed on before."""
_OPENING_VERB = re.compile(r"开通|启用|投用|开放|开设|通车|运行|上线|动工|开工|完工|竣工|建成|落成")
"""正在研究制定X规划，预计将于…公布: what is drafted is what the next clause publishes."""
_AUTHORITY_BUILDS = re.compile(
    r"^(?P<who>当局|政府|特区政府|署方|局方|有关部门)(?:预计|目标|计划|会|将|亦|也|最快|最早|争取)*"
    r"(?:动工|开工|落成|竣工|完工|启用|投入使用|投入服务|投入运作|投入运营|投用|通车|开通)$"
)
"""当局预计明年第三季动工: the authority opens no ground itself; what it builds was told before."""


def what_the_authority_builds(label: str, text: str, start: int) -> str:
    """当局预计明年第三季动工 after 新口岸设施已完成初步设计: the authority opens no ground itself;
    the label names what it builds, told before `start` (a label without the clause's subject
    is looked up from where that subject was told)."""
    authority = _AUTHORITY_BUILDS.match(label)
    if authority is None:
        return label
    told_at = text.rfind(authority.group("who"), 0, start)
    built = subject_before(text, told_at if told_at >= 0 else start)
    return built + label[authority.end("who") :] if built and built != authority.group("who") else label


_GOING_WELL = re.compile(
    r"(?:^|说|话|表示|指出?|称|透露)(?P<what>[^，,。说话]{4,24}?)(?:整体|总体|整项工程)?(?:自[^，,。]{1,16}?以来)?(?:进展|进度)(?:顺利|良好|理想|正常|符合预期)$"
)
_JOINERS_COUNTED = re.compile(
    r"^(?:目前|现时|现在|至今)?(?:已经?|共)?有(?P<who>[一二两三四五六七八九十百\d]+[间家个所名位批][\u4e00-\u9fff]{2,8}?)"
    r"(?:确认|签约|表示|报名|申请)?(?:进驻|入驻|落户|参与|加入|参加|租用)"
)
_AIM_WORD = re.compile(r"目标(?:是|为)?(?![将要会])(?=[\u4e00-\u9fff]{2})")
"""目标 after a subject named before is the subject's aim: X目标开通 reads as X将开通."""
_WILL_BARE = re.compile(r"会(?=[\u4e00-\u9fff]{2})(?![议上面员长场所谈见晤展])")
_MAKES_A_FAIR = re.compile(
    r"(?:嘉年华|博览|交易|展览|晚|年|大|茶|舞|音乐|联欢|运动|研讨|座谈|交流|推介|说明|招聘|分享|见面)$"
)
"""嘉年华 before 会: 嘉年华会 reads as a fair of its own, so the label says 将."""
_PURPOSE = re.compile(r"(?:支持|协助|帮助|鼓励|用于|以便)(?=[\u4e00-\u9fff]{2})|^(?:让|使|令)(?=[\u4e00-\u9fff]{2})")
"""政府会预留约五十亿元，支持园区引进…，并于明年推出X: what the money is for names no one; nor
does 推出「X计划」，让初创企业…测试产品，计划将于… (whom it lets do what)."""
_ITEM_OCCASION = re.compile(
    r"^[^，,。：:]{0,24}[：:](?P<what>[^，,。；;：:]{2,20}?(?:开放日|嘉年华|沙龙|讲座|展览|市集|音乐会|工作坊))[，,]"
)
"""▶ 12月9日（下周三）：X开放日，…: the occasion a programme's item is of, which its clauses tell of."""
_GROUP_COUNTED = re.compile(
    rf"(?:目前|现有|首批)*(?P<noun>(?:研究|科研|技术|研发)?(?:{PEOPLE_COUNTED}))"
    r"(?:约|共|达|逾|近|有)*[\d一二两三四五六七八九十百千万,]+[名人个]"
)
_GROWS_TO = re.compile(r"[^，,将把]{0,10}?(?:扩充|扩大|扩展|增加|增长|增)至")
"""计划三年内扩充至120名: the count before grows (not 将研发团队扩充至…, another one)."""
_WORK_DONE_ON_IT = re.compile(r"(?:详细|初步|总体)?(?:设计|规划|前期|准备|招标)工作")
"""X，设计工作已大致完成，政府预计…动工: work on X, which names no subject; X, told before, does."""
_PROGRESS_CLAUSE = re.compile(r"完成(?:了)?(?:约|近|逾|超过)?(?:[一二三四五六七八九]成|\d+(?:\.\d+)?%)")
"""目前车站装修工程完成约三成: how far work has come, whose subject opens nothing told next."""
_ORIGIN_CLAUSE = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:来自|出身于?|毕业于|源自|源于)(?=[\u4e00-\u9fff])")
"""X成立于2021年，创始团队来自Y大学，2023年入驻…: where its people come from describes X, which moved in."""
_WHERE_CLAUSE = re.compile(
    r"^(?:位于|地处|坐落于|毗邻|选址于?)[^的]*$|^(?:设有|建有|拥有|配有|配备|内设|下设)|^(?:因为|因|由于|随着|在[^，,]{2,16}下$)"
    r"|^(?:规划|计划|拟|主要)(?:建设|兴建|新建|建造)(?=[\u4e00-\u9fff]{2})"
    r"|^(?:[\u4e00-\u9fff]{0,4}(?:资金|款项|所得|经费|募资))?(?:主要|将|可|会)*(?:用作|用于|作为|投向)"
    r"|^[\u4e00-\u9fff]{0,6}(?:日期|时间|期限)[为是]|^为(?:了|进一步)?(?:促进|推动|加快|加强|支持|做好|落实|配合)"
    r"|^(?:专注于?|致力于|主要从事|主攻|从事)|^(?:(?:主要|专门)(?:研发|研制|生产|开发)|专门从事|主营)(?=[\u4e00-\u9fff]{2})"
)
"""Where it lies (位于河套东面), what it holds (设有…会场), what it is for (主要用作研发实验室),
what money goes to (募集资金将主要用于…), a field's day (截标日期为明年一月十五日), what for
(为促进…对接), why (因设计优化未能如期开工) or what a firm works on (专注于眼科手术机器人研发; X成立于
2021年，主要研发…机器人，去年底搬入…: X moved in): no subject of the next clause."""
_CLASS_BEGINS = re.compile(r"(?:开班|开课|开学|报到|入学|上岗|入营|开营)$")
_CALL_FOR = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:招募|报名|招生|申请|选拔|遴选)(?:工作)?$")
_HOURS_OF = re.compile(r"^(?P<what>[\u4e00-\u9fff]{2,16}?)的?(?:开放|服务|运营|营业|通关|办公)时间(?:为|是|调整为)")
_PRODUCT_LAUNCHED = re.compile(r"(?:发布|推出|亮相)了?(?P<what>[^，,。；;]{0,16}?[「“《][^」”》]{1,16}[」”》])")
_ON_SALE = re.compile(r"发售|开售|开卖|上市销售|正式销售|接受预订|开放预订")
"""发布首款家用睡眠监测仪「眠衡」，…明年1月起在…发售: what goes on sale is the product, not its maker."""
_HOURS_NAMED = re.compile(r"[\u4e00-\u9fff]{2,20}?的[\u4e00-\u9fff]{0,8}?(?:开放|服务|运营|营业|通关|办公)时间")
_THING_CAUSED = re.compile(r"(?:因为?|由于)[^，,。]{2,30}?的(?P<what>[\u4e00-\u9fff「」“”]{2,20})")
"""因园区内道路改造而暂停半年的X: X, whose pause the clause says why."""
_BY_THEN = re.compile(r"(?:前|以前|之前|起)?")
_PREPOSITION_AFTER_DATE = re.compile(r"(?:向|与|同|跟|在|从|对|为|由)(?=[\u4e00-\u9fff])")
"""上周五向X递交了申请: a clause opening with its date and a preposition names no subject of its own."""
_COUNTED_AFTER_OF = re.compile(
    r"(?![^，,。的]*正(?:与|和|同|在))[^，,。的]{2,16}的[\d一二两三四五六七八九十百]+[间家个名所座项位批][\u4e00-\u9fff]{2,8}"
)
_COUNT_OF_THEM = re.compile(
    r"(?:首批|首|前|后|另外|其余|余下)?[\d一二两三四五六七八九十百]+(?:种|个|家|间|座|栋|项|名|台|套|款|批|颗|架|艘)"
    r"|首[颗架艘款台套座个家间所项]"
)
_NAMED_AFTER_OF = re.compile(r"的[\u4e00-\u9fff]{2,10}$")
"""首批6种已在香港上市的罕见病药物: a count whose noun is told after what they did; the whole clause
is the subject."""
LOCATED_AT = re.compile(r"^其?(?:位于|地处|坐落于)(?P<place>[^，,。的]{1,12})的(?=[\u4e00-\u9fff]{2})")
"""位于园区的X, 其位于园区的X: where X lies qualifies it; the subject is X."""


def _its(located: re.Match[str]) -> str:
    """其位于河套的研发中心 → 其研发中心: where it lies goes, whose it is stays; 位于新田科技城的一幅
    用地 → 新田科技城一幅用地: one of many there is known by where it lies."""
    if _ONE_OF_MANY.match(located.string, located.end()) and not located.group(0).startswith("其"):
        return located.group("place")
    return "其" if located.group(0).startswith("其") else ""


_ONE_OF_MANY = re.compile(r"一[幅宗块座栋个间所]")


def _subject_before(text: str, spans: list[tuple[int, int]], start: int) -> str:
    """The subject the clause at `start` leaves out, from the clause of the same sentence
    before it (or the one before that, if that one has none of its own): the words before its
    first preposition, adverb or verb of saying (X于6月16日动工，计划明年底封顶 → X; X表示，将… →
    X), or, if it has none, up to its last name (…的国际人才公寓平顶，预计… → …的国际人才公寓).
    Empty when there is no such clause."""
    previous = [span for span in spans if span[1] <= start]
    if _A_PHASE.match(text, start) and previous and _PHASES_TOLD.search(text[previous[-1][0] : previous[-1][1]]):
        return ""  # 园区将分三期推进建设，(其中一期…，)二期于2028年启动: a phase, whose owner is told apart
    skipped = 0
    for begin, end in reversed(previous[-4:]):  # 该中心由…推动，选址位于…，预计…动工: two clauses back
        if text[end : end + 1] in ("。", "！", "？", "!", "?"):
            return ""
        if text[end : end + 1] in ("；", ";") and _NEXT_ITEM.match(text, end + 1):
            return ""  # …；第三，争取年底前实现…: a list's items share no subject
        if skipped and text[end : end + 1] in ("：", ":"):
            return ""  # 一、科研平台：年内新引进…不少于15个，力争…建成X: the heading is a topic, no subject
        clause = _CALLED_OFF.sub("", tidy(text[begin:end]))  # 原计划2027年底建成的X，将提前…: X
        if (launched := _PRODUCT_LAUNCHED.search(clause)) and _ON_SALE.search(text, start, clause_end(spans, start)):
            return launched["what"]  # X发布首款…「眠衡」，售价…，明年1月15日起在…发售: the product is sold
        if _NAMED_LAST.fullmatch(clause) and clause != tidy(text[begin:end]):
            return clause  # 原定11月21日举行的“X定向赛”，延期至…举行: X, all that is left
        if _LISTED.match(clause) and date_words(clause):
            return ""  # 重点任务包括今年内启动X建设，2035年底前建成Y等: items of a list share no subject
        if _LISTED.match(clause):
            continue  # X将于明年3月动工，涵盖约1.8公里河段，预计2028年底完成: what X covers names no subject
        clause = _AS_FOR.sub("", clause)  # 至于第一期的其余大楼，会在…完成: the topic is the subject
        if (lead := date_words(clause)) and lead[0][0] == 0 and _NO_SUBJECT.match(clause[lead[0][1] :]):
            continue  # X1994年出生，1994年毕业于…，1999年在…取得学位: that clause left it out too
        if _WITH_COMPANIONS.match(clause):
            continue  # …的X，带着两名师弟在园区租下实验室，创办了Y: X, whom they came with
        if _PART_OF_THE_DAY.match(clause):
            continue  # 大会周四上午举行开幕式，下午设两场分论坛；周五举行路演: 大会, not the afternoon's
        if (made := _MADE_INTO.search(clause)) and _IS_HELD.search(text, start, clause_end(spans, start)):
            return made["what"]  # 两地计划把清洁日定为每年举办的活动，明年将增加至…各举行一次: the day
        if (told := _TOPIC_TOLD.fullmatch(clause)) and not _SUBJECT_MARK.search(told["what"]):
            return told["what"]  # …提交文件，表示X支线的Y站及相关隧道工程，预计明年动工: the works
        if quoted := _QUOTED_DOER.search(clause):
            return quoted.group("name")  # 进驻港深创科园的初创「微光医学」凭X，于上周…夺得金奖: the start-up
        if owner := _FIRMS_FIGURE.match(clause):
            return owner.group("firm") or owner.group("seat")  # 公司今年营业收入…，明年将在…设立研发中心: the
            # firm; 公司总部设于港深创科园，2044年成立: the firm, not its seat
        if (person := _PERSON_CALLED.search(clause)) and person.group("name")[0] in SURNAMES:
            return person.group("name")  # 1998年出生的香港青年麦颖欣，去年…加入了…: she joined
        if (sized := _SIZED_BY.match(clause)) and (
            THE_PROJECT.fullmatch(sized.group("what")) or sized.group("what") in ("项目", "工程", *_SIZED_HEADS)
        ):
            return sized.group("what")  # 该项目总投资约24亿元，于2028年6月开工建设: the project; 中心总面积…，明年将…
        if made := _MADE_THING_DID.search(clause) or _MADE_THING.search(clause):
            return made.group("what")  # 她带领团队研发的深海温盐传感器通过海试，今年8月实现量产: the sensor
        if rated := _RATE_OF.match(clause):
            return rated.group("what")  # X的预租率已达六成，预计首批租户可于…迁入: X is moved into
        if (group := _GROUP_COUNTED.fullmatch(clause)) and _GROWS_TO.match(text, start, clause_end(spans, start)):
            return re.sub(r"现有|目前|首批", "", group.group("noun"))  # 首批研究人员约40名，计划…扩充至120名: they grow
        if (phase := _PHASE_FIGURED.match(clause)) and _FIGURE_CLAUSE.match(_without_dates(clause)):
            return phase.group(0)  # 一期投资4亿元，预计2027年底建成投产；二期…: the phase, whose figure it was
        if (counted := _COUNTS_ITS_OWN.match(clause)) and _FIGURE_CLAUSE.match(_without_dates(clause)):
            return counted["who"]  # 科学营共设200个名额，即日起接受网上报名: the camp takes applications
        if _FIGURE_CLAUSE.match(_without_dates(clause)) and not skipped:
            skipped += 1  # X已获批，总投资约9.5亿元，2029年建成投用: the figure's clause is no subject
            continue
        if topic := _HEADING_TOPIC.fullmatch(clause):
            return topic.group("what")  # （一）推进皇岗口岸片区整备。…年底前启动首批项目建设: the area's
        if tendered := _TENDERED_FOR.search(clause):
            return tendered.group("what")  # 政府会于明年第一季就X展开招标，目标于2037年启用: X opens
        if going := _GOING_WELL.search(clause):
            return going.group("what")  # 他话第二期的地盘平整工程进展顺利，希望可以在2028年完成: the works
        if joiners := _JOINERS_COUNTED.match(clause):
            return joiners.group("who")  # 目前已有九间机构确认进驻，预计明年第一季陆续迁入: the nine move in
        if caused := _THING_CAUSED.fullmatch(clause):
            return caused.group("what")  # 因道路改造而暂停半年的X，将于下月起恢复: X
        if hours := _HOURS_OF.match(clause):
            return hours.group("what")  # 隧道开放时间为每天7时至23时，明年起将…延长至24小时开放: the tunnel
        if hours_named := _HOURS_NAMED.fullmatch(clause):
            return hours_named.group(0)  # X的旅客通关服务时间，由下星期一起延长至…: the hours themselves
        if (
            _WHERE_CLAUSE.match(clause)
            or _PROGRESS_CLAUSE.search(clause)
            or _WORK_DONE_ON_IT.match(clause)
            or _PURPOSE.match(clause)
            or _ORIGIN_CLAUSE.match(clause)
        ):
            continue  # X共三座，位于河套东面，预计2029年落成: where it lies names no subject
        if (scope := _SCOPE_OF.match(clause)) and scope["what"] in _DEEDS_SCOPED:
            continue  # 该项目全长…，建设内容包括…，计划于明年1月开工: the project, whose building is scoped
        if scope:
            return scope["what"]  # 工程范围包括…平整、新建…道路，预计明年1月动工: the works
        if _CONDITION.match(clause) or _WHY_OR_WHO_PUT_OFF.match(clause):
            continue  # 运输署表示，待…落成后，会…加密班次: a condition names no subject
        if _FOLLOWING_A_PLAN.match(clause) or _PAPER_SAYS.fullmatch(clause):
            return ""  # 根据园区2032年建设计划，今年共安排…，总投资…: what it follows names no subject
        if _TIME_CLAUSE.search(clause):
            return ""  # 交易会开幕当天，还将举行…: a time, not who holds it
        if _IN_OFFICE.match(clause):
            continue  # 何家明自2030年出任行政总裁，任内带领公司…，并于去年推出…: 何家明, not 任内
        if is_a := _IS_A.fullmatch(clause) or _PRODUCT_IS_A.fullmatch(clause):
            return is_a.group("who")  # 二十八岁的陈嘉欣是港大博士生，前年带着团队进驻…: 陈嘉欣
        found = _SUBJECT_MARK.search(clause)
        if found and found.group(0) in ("位于", "设于") and (of := clause.find("的", found.end())) > 0:
            found = _SUBJECT_MARK.search(clause, of)  # 公司位于园区的首条中试产线已完成…: the line
            if headquartered := _HEADQUARTERED.match(clause):
                clause = clause[headquartered.end() :]  # 总部设于X的Y昨日…，将于…招股: Y, where it sits aside
                found = _SUBJECT_MARK.search(clause)
        dates_in = date_words(clause)
        if (
            found
            and (attribute := next((e for s, e in dates_in if s == found.start()), None))
            and clause[attribute:].startswith("的")
        ):
            found = _SUBJECT_MARK.search(clause, attribute)  # 这家成立于2025年的初创企业由…: the start-up
        mark: tuple[int, int] | None = (found.start(), found.end()) if found else None
        dated = next((span for span in dates_in if span[0] >= 2), None)  # 园区跨境穿梭巴士9月20日暂停服务
        if (
            dated
            and (mark is None or dated[0] < mark[0])
            and not _NOT_A_SUBJECT.search(clause[: dated[0]])
            and not _DATED_ATTRIBUTE.match(clause, dated[1])  # 园区12月22日启用的首三座大楼: a date inside the subject
        ):
            mark = dated  # the subject ends at its date
        if (drafted := _DRAFTING.search(clause)) and _ISSUE_VERB.search(text, start, clause_end(spans, start)):
            return drafted.group("what")  # 两地正在研究制定X规划，预计将于…公布: X规划 is published
        if (studied := _STUDYING_A_NEW.search(clause)) and _OPENING_VERB.search(text, start, clause_end(spans, start)):
            return studied.group("what")  # 政府正研究增设第三条航线，目标于…开通: the route opens
        if (pushed := _PUSHED_ON.search(clause) or _PUSHING_TO_BUILD.fullmatch(clause)) and (
            _AIMED_AT_IT.fullmatch(text, start, len(text[: clause_end(spans, start)].rstrip("，,。；;")))
            or _AIM_NEXT.match(text, start)
        ):
            return pushed.group("what")  # 推进X一期工程建设，力争…上线试运行; 二是加快建设X，力争…具备…条件: X
        issued = _ISSUED_LAST.search(clause)
        if issued and _YEARLY.match(text, start):
            issued = None  # 联盟将发布《X》，明年起每年举办一届…: who issues X holds it, not X
        if issued and issued.group("quoted") and _SHARED_SUBJECT.match(text, start):
            issued = None  # 会推出「X计划」，并于明年底前完成…: who launches X goes on, not X
        moved = _MOVED_IN.search(clause)
        if timed := _ITS_TIME_MOVED.match(clause):
            subject = timed.group("what")  # 科学节的闭幕时间相应顺延一周，至10月4日结束: the festival ends
        elif named_as := _NAMED_AS.match(clause):
            subject = named_as.group("name")  # 第三个项目为园区配套的人才公寓三期，预计…开工: the flats
        elif (covered := _COVERS.match(clause)) and _STARTED_WORK.search(text, start, clause_end(spans, start)):
            subject = covered.group("works")  # 合约…主要涵盖地盘平整及基础设施工程，预计…动工: the works
        elif issued:  # …联合发布《X方案》，计划…: X plans it
            subject = issued.group("title") or issued.group("quoted")
        elif moved and _DONE_BUILDING.search(text, start, clause_end(spans, start)):
            subject = (
                moved.group("thing") or moved.group("set_up") or moved.group("built") or moved.group("nth")
            )  # X…将把…落户园区，预计…启用
            firms = _FIRM_QUOTED.findall(text, 0, begin) if moved.group("thing") else []
            subject = firms[-1] + subject if firms and not subject.startswith(firms[-1]) else subject  # 「X」的
        elif formed := _FORMED_BY.match(clause):  # 由多所大学校长组成的访问团，…到访: 访问团
            subject = formed.group("what")
        elif mark is not None and clause[mark[0] : mark[1]] in ("在", "于") and _ATTRIBUTED.search(clause, mark[1]):
            subject = clause  # X在港深创科园设立的首个亚洲实验室，周一正式开幕: the laboratory, not X
        elif _COUNTED_AFTER_OF.fullmatch(clause):
            subject = clause  # 首批参与计划的十间初创，预计明年初迁入…: the ten start-ups
        elif (
            mark is not None and _COUNT_OF_THEM.fullmatch(clause[: mark[0]]) and _NAMED_AFTER_OF.search(clause, mark[1])
        ):
            subject = clause  # 首批6种已在香港上市的罕见病药物，预计…: the drugs, not 首批6种
        elif mark is not None and mark[0] == 0 and (made := _MADE_BY.fullmatch(clause)):
            subject = made.group("what")  # 由港科大与园区企业共同研发的X，8月20日…产出首批淡水: X
        elif mark is not None:
            subject = clause[: mark[0]]
        elif (thing := _THING_DONE_BEFORE.fullmatch(clause)) and not _DOING.search(thing.group("noun")):
            subject = clause  # 团队去年取得的两项专利，已于今年1月授权…: the patents, their date taken out below
        else:
            if _VERB_FIRST.match(clause):
                continue  # …签署租约，租用…楼面，设立研发中心，预计…迁入: the firm, told before the verbs
            ends = [m.end() for m in _NAME_END.finditer(clause)]
            if granted := _GRANTED_BY.search(clause):  # X研究院获教育部门批准开展…: X, not the ministry
                ends = [end for end in ends if end <= granted.start()]
            if ends and (called := _CALLED_AFTER.match(clause, ends[-1])):
                ends.append(called.end())  # 首座科研人员宿舍「河晖居」: the name it is called by too
            if ends and clause[ends[-1] :] in ("合约", "合同"):
                ends.append(len(clause))  # X的基础设施工程合约，已于…批出: the contract, not the works
            subject = clause[: ends[-1]] if ends else ""
            if not subject and (sized := _SIZED_BY.match(clause)):
                subject = sized.group("what")  # 新连接路全长约1.2公里，…已完成验收: the road
            if (thing := _A_THING_DESCRIBED.fullmatch(clause)) and not _DOING.search(
                thing.group("noun") or thing.group("link")
            ):
                subject = clause  # 连接园区与新田的环保集体运输系统，其…: the system, not 连接园区
            did = _DOING.search(subject, 2)
            named = did and (_NAME_END.search(subject, 0, did.start()) or subject.endswith("团队", 0, did.start()))
            compound = did and _NAMED_FOR_A_DEED.match(subject, did.end())  # …试点计划: a name, not a deed
            if did and named and not compound and "的" not in subject[did.start() :]:  # 团队成立公司推进量产: 团队
                subject = subject[: did.start()]  # 大楼展开内部装修工程，预计…交付: the building, not its works
        opening = next((span for span in dates_in if span[0] == 0), None)
        by_then = _BY_THEN.match(clause, opening[1]) if opening else None  # 4月底前完成…: 前 went with the date
        deed_at = by_then.end() if by_then else 0
        if opening and (
            EVENT_VERB.match(clause, deed_at)
            or _WORK_STARTS.match(clause, deed_at)
            or _PREPOSITION_AFTER_DATE.match(clause, deed_at)
        ):
            continue  # 第四季度末实现5G网络全覆盖；月底前还将…: an event of its own, no subject in it
        subject = _SPOKESPERSON.sub("", LOCATED_AT.sub("", _without_dates(subject)))
        subject = re.sub(r"^据(?:了解|悉)?", "", subject)  # 据主办方介绍，明年…将举办…: 主办方
        subject = re.sub(r"^(?:确认|确定)(?=[\u4e00-\u9fff]{4})", "", subject)  # 会议确认X将…: X
        subject = re.sub(
            r"^[^，,]*?的是(?:一个|一家|一座|一所|一项)?(?=[\u4e00-\u9fff]{2})", "", subject
        )  # 最大的是一个X项目
        subject = _WORK_ON_IT.sub("", re.sub(r"^(?:指|称)(?=[\u4e00-\u9fff]{2})", "", subject))  # …，指X的详细设计已…
        subject = re.sub(r"(?:要|则|最快|最早|最迟)?才?$", "", subject)  # 整个科技城要到…才会…; X则计划…; X最快…
        subject = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:原定|原计划|原本)$", "", subject)  # X原定年底完工，但…需延后: X
        subject = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:涉嫌|被指|据称|怀疑)$", "", subject)  # X涉嫌…盗窃…，昨日提堂: X
        subject = re.sub(r"^[｜|·•▶]+", "", subject)  # 周三｜X主体结构封顶，预计明年10月交付: X
        subject = _ONCE_IT_OPENS.sub("", subject)  # 院区开诊后将试行…，二期工程计划…动工: 院区, not 开诊后
        subject = re.sub(
            r"(?<=[\u4e00-\u9fff]{2})(?:首批|首期|首先|率先|同时|前期|整体|总体)$", "", subject
        )  # 平台首批将开放…: 平台; 管道工程整体进度良好，预计…完成: the works
        subject = _VERB_BEFORE_ITS_DATE.sub("", subject)  # X成立于2022年，今年6月建成…: X
        if _TIME_ONLY.fullmatch(subject) or subject in ("目标", "力争", "争取"):
            continue  # 驿站由…资助，首年预计服务…，并计划…增设分站: the station's plan; 目标于…取得…，并计划…
        if subject in ("我们", "我") and _WE_PLANNING.match(clause):
            continue  # X的工程已展开，我们预计明年开始招租，2034年全部落成: X, told before the plan
        if subject.lstrip("「“『") in ("我们", "我") and (speaking := _person_speaking(text, begin + 1)):
            return speaking + "团队"  # 他表示：“我们计划…，争取2028年实现…”: his team's aim too
        if subject in ("他", "她") and _DATED_DEED_NEXT.match(text, start):
            return subject  # 2019年，他从硅谷回国，次年加入研究院: he joined (whom 他 is, the article says)
        if subject.lstrip("「“『") in _PRONOUNS or _MODAL_FIRST.match(subject) or subject in _TELLING_ONLY:
            return ""  # 我们正与深圳方面研究，…: a pronoun names no one; 要深化与X…: an instruction, no one
        ready = _WHOLE_READY.match(text, start, clause_end(spans, start))
        if ready and (works := _WORKS_OF.fullmatch(subject)):
            subject = works.group("whole")  # X的上盖工程已于…展开，…开始招租: X is let, not its works
        if _A_PART.fullmatch(subject) and ready:
            skipped += 1  # a figure's clause before it names the whole (X目前已完成总工程量的70%)
            continue  # X工程…，主体结构预计9月贯通，年底具备通车条件: X, not its structure, opens
        if subject in _NO_DOER_ALONE:
            continue  # X获准设立，首批将招收本科生300名，今年9月正式开学: X, not 首批
        if (measured := _MEASURE_AS_SUBJECT.fullmatch(subject)) and not _CHANGES_A_VALUE.match(
            text, start, clause_end(spans, start)
        ):
            subject = measured["owner"]  # X可再生能源使用比例将提高到60%，并力争…建成近零碳园区: X aims
        if len(_CONTENT.findall(subject)) >= 2 and len(subject) <= 40:
            for quote_open, quote_close in ("「」", "“”", "《》"):
                if subject.count(quote_open) > subject.count(quote_close) and subject.find(quote_open) > 0:
                    subject += quote_close  # 首间国际学校「河畔国际学校」获批注册，将于…开课: the name whole
            return subject
    return ""


def _doer_told(text: str, spans: list[tuple[int, int]], start: int, rest: str) -> str:
    """Who does what a clause of only a verb and its object tells: the subject told before it,
    or, where that is what the deed is done after (公司负责人介绍，I期试验预计9月完成，明年启动II期试验),
    the one told before that."""
    if rest.startswith("恢复") and (paused := list(_PAUSED.finditer(text, 0, start))):
        what = _without_dates(paused[-1].group("what"))  # X今日下午暂停开放，明日恢复正常: X, not 今日下午
        return re.sub(r"(?:上午|下午|晚上|早上|中午|傍晚)$", "", what)  # X暂停…，企业可…；正月初四起恢复: X resumes
    if _ENDS_ONLY.fullmatch(rest) and (run := _RUN_BEFORE.search(text, 0, start)):
        on = (run["on"] or "").rsplit("的", 1)[-1]  # 就连接…的行人连接系统展开…: on 行人连接系统
        return on + run["what"]  # 发展局就X展开为期两个月的公众咨询，至明年1月31日结束: X's consultation ends
    subject = _as_many(_subject_before(text, spans, start))
    doer = _what_is_built(subject, rest, text[:start]) if subject else ""
    told_at = next((begin for begin, end in reversed(spans) if end <= start), None)
    if subject and not doer and told_at is not None and (earlier := _subject_before(text, spans, told_at)):
        doer = _what_is_built(earlier, rest, text[:told_at])
    return doer


_ENDS_ONLY = re.compile(r"(?:将|会)?(?:结束|截止|完结|届满)")
_RUN_BEFORE = re.compile(
    r"(?:就(?P<on>[^，,。；;]{2,40}?))?(?:展开|开展|进行|启动|举行|举办)(?:为期[^，,。；;的]{1,8}的)?"
    r"(?P<what>[^，,。；;的]{2,16}?)[，,]\s*(?:并)?$"
)
"""…展开为期两个月的公众咨询，: what runs until the end the next clause dates."""
_RUNS_ON = re.compile(r"(?:举办|举行|开放|进行|持续|运行|开展|展出)(?:至|到)?$")
_END_NAMED = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:结束|完结|为止)")
"""…一直举办至明年3月底候鸟季结束: the end the date stood for, no deed of its own."""
MOTION_PASSED = re.compile(
    r"通过了?(?P<what>[^，,。；;]{0,10}?(?:动议|议案|决议|法案|条例草案|预算案|拨款申请|拨款建议))$"
)
"""区议会以15票赞成通过动议; 财委会通过拨款申请: a vote's outcome (jieba tags 通过 a preposition)."""
_BY_A_VOTE = re.compile(r"(?P<who>[^，,。；;]{2,20}?)以[^，,。；;]{1,24}?票(?:赞成|支持|通过)[^，,。；;]{0,20}")
"""立法会财务委员会以39票赞成、2票反对，: how a vote went, whose outcome the next clause tells."""
_PHASE_FIGURED = re.compile(
    r"^(?:[一二三四五六七八九十]|第[一二三四五六七八九十])期(?=投资|总投资|投入|建筑面积|占地|面积|规模)"
)
"""一期投资4亿元: a phase told by its figure, which is the subject of the clause after it."""
_FOR_A_CAUSE = re.compile(
    r"[^，,。；;]{2,24}?(?:(?<![基原起诱成近主病])因|由于)[^，,。；;]{0,12}?"
    r"(?:故障|事故|意外|恶劣天气|暴雨|台风|停电|火警|失灵|维修|抢修|施工)"
)
"""落马洲支线今早因讯号故障，: a cause told with its date, whose effect is the next clause."""
_BY_MEANS_OF = re.compile(r"(?P<who>[\u4e00-\u9fff]{0,8}?)(?:在[^，,]{2,20}?)?(?:使用|利用|采用|借助|搭乘)[^，,]{2,24}")
_DISPOSAL_NEXT = re.compile(r"\s*(?:成功|顺利|首次)?(?:将|把)[^，,。；;]{2,30}")
"""我国在X使用运载火箭，成功将Y发射升空: what was used, then the deed done with it."""
_IN_A_LIST = re.compile(r"、|联同|以及|及|和|与")
_COUNTER_OF_KIND = {"大学": "所", "学院": "所", "医院": "家", "公司": "家", "企业": "家", "机构": "家"}


def _as_many(subject: str) -> str:
    """A list of three or more bodies of one kind (X大学、Y大学、Z大学联同…): the first and how many
    (X大学等五所大学), which a label can carry; anything else as it is."""
    names = _IN_A_LIST.split(subject)
    kinds = {next((k for k in _COUNTER_OF_KIND if name.endswith(k)), "") for name in names}
    if not 3 <= len(names) <= 10 or len(kinds) != 1 or "" in kinds or min(map(len, names)) < 4:
        return subject
    kind = kinds.pop()
    return f"{names[0]}等{chinese_numeral(len(names))}{_COUNTER_OF_KIND[kind]}{kind}"


def doer_before(text: str, start: int, label: str) -> str:
    """Who does what the label tells, in a clause starting at `start` that leaves its doer out
    (see `_doer_told`)."""
    return _doer_told(text, clause_spans(text), start, label)


def _dated_chain(
    text: str, spans: list[tuple[int, int]], index: int, phrase: Phrase, other_dates: Sequence[tuple[int, int]]
) -> bool:
    """The date opens its clause, and the clause before, joined by a comma, is dated too: one
    subject's deeds told one after another (X去年9月开工，今年5月完成主体施工，…)."""
    if index == 0 or phrase.start != spans[index][0]:
        return False
    before_start, before_end = spans[index - 1]
    joined = text[before_end : spans[index][0]].strip() in ("，", ",")
    return joined and any(before_start <= s < before_end for s, _ in other_dates)


def _follows_sentence_end(text: str, end: int) -> bool:
    return text[end : end + 1] in ("。", "！", "？", "!", "?")


def _dated_aside(text: str, phrase: Phrase) -> str | None:
    """An event told in brackets after its subject's name (港深创科园（2025年12月开幕）首三座大楼…):
    the name and the bracket's verb (港深创科园开幕); None if the date is not such an aside."""
    opening = text.rfind("（", 0, phrase.start)
    if opening < 0 or "）" in text[opening : phrase.start] or text[opening + 1 : phrase.start].strip("于在"):
        return None  # the date does not open a bracket
    closing = text.find("）", phrase.end)
    if closing < 0:
        return None
    verb = text[phrase.end : closing]
    if not (1 < len(verb) <= 6 and EVENT_VERB.fullmatch(verb.removeprefix("正式"))):
        return None
    start = opening
    while start > 0 and text[start - 1] not in NAME_STOP and opening - start < MAX_NAME:
        start -= 1
    name = text[start:opening]
    return name + verb if len(name) >= 2 else None


def _as_clause(text: str) -> str:
    """An event told as an attribute, told as a clause: 举办的X活动上 → X活动举办, 成立的X研究院团队
    已发表… → X研究院成立. Anything else is already a clause."""
    if by := _BY_DOCUMENT.match(text):  # 根据两地签署的《…框架》，…: 两地签署《…框架》
        return by.group("act") + by.group("document")
    if placed := _SET_UP_THERE.fullmatch(text):  # 公司在港深创科园设立的实验室: 公司在港深创科园设立实验室
        return placed.group("where") + placed.group("verb") + placed.group("noun")
    if (deed := _DEED_BY_WHOM.fullmatch(text)) and (ends := [m.end() for m in _NAME_END.finditer(deed["noun"])]):
        noun = deed["noun"]
        end = ends[-1] + 1 if noun[ends[-1] : ends[-1] + 1] in ("」", "”", "》") else ends[-1]
        if end < len(noun) and not EVENT_VERB.search(noun, end):  # X与Y成立的联合招商小组运作良好
            return deed["who"] + deed["verb"] + noun[:end]  # X与Y成立联合招商小组, then (no deed of its own after)
    match = _ATTRIBUTIVE.match(text)
    if not match:
        return text
    verb, noun = match.group("verb"), match.group("noun")
    if (deed := EVENT_VERB.match(verb)) and _NEW_ONE.fullmatch(verb, deed.end()):
        return text  # 启用全新的旅检大楼: a deed and its object, which 全新 describes
    if "把" in verb:
        return text  # 将把香港的X纳入…: 的 inside what 把 takes, no deed told as an attribute
    if verb.startswith(("她", "他", "我")) or verb.endswith(("所在", "所属", "所处")):
        return text  # 她主导的项目顺利完成中试, 霜华所在的团队搬入…: whose the project or team is, not a deed
    if verb in _PRONOUNS or _OWNER_END.search(verb) or _LOCATIVE.search(verb) or verb.startswith(("为期", "历时")):
        return text  # 香港园区的土地平整工程完成, 园区内的X平台入选: an owner or a place before 的, no event
    owner = _OWNER_FIRST.match(verb)  # 园区启用的首三座大楼 → 园区首三座大楼启用
    if owner:
        verb = verb[owner.end() :]
    if _PP_CLOSER.search(noun) and "，" not in noun and not _PREDICATE.search(noun):  # not 驿站的时间将延长至9时
        return _PP_CLOSER.sub("", noun) + verb
    for opening, closing in ("《》", "“”", "「」"):  # 举行的“X沙龙”将邀请…: X沙龙 举行
        if noun.startswith(opening) and closing in noun:
            return noun[: noun.index(closing) + 1] + verb
    predicate = _PREDICATE.search(noun)
    named = noun[: predicate.start() if predicate else len(noun)]
    ends = sorted(m.end() for pattern in (_NAME_END, _RULES_END) for m in pattern.finditer(named))
    if ends and _COUNT_AFTER.match(noun, ends[-1]):
        return text  # 园区承担的国家级项目突破47项: how many, not when they were taken on
    if ends:
        name = _PLANS_NEXT.sub("", noun[: ends[-1]])  # 8月签约的X项目计划于明年动工: X项目签约, not X项目计划
        return (owner.group(0) if owner else "") + name + verb
    return text


_COUNT_AFTER = re.compile(r"(?:数量|总数)?(?:突破|达到|达|超过|增至|共有|共)[约逾近]?[\d一二两三四五六七八九十百千万]")
_DEED_BY_WHOM = re.compile(
    r"(?P<who>[\u4e00-\u9fff]{2,8}?(?:与|和|及)[\u4e00-\u9fff]{2,8}?|[\u4e00-\u9fff]{2,12}?)(?:共同|联合)?"
    r"(?P<verb>成立|设立|组建|创立|共建|签署|签订|推出|发起)的(?P<noun>[^，,。的]{2,24})"
)
"""港深创科园与深圳园区于去年十一月成立的联合招商小组运作良好: what was done then is the founding."""
_PLANS_NEXT = re.compile(r"(?<=项目|工程|大楼|中心|基地|园区|业园)(?:计划|预计|拟)$")
_SET_UP_THERE = re.compile(
    r"(?P<where>[\u4e00-\u9fff]{0,6}?在[\u4e00-\u9fff]{2,10}?)(?P<verb>设立|开设|成立|建立|组建|兴建)的(?P<noun>[\u4e00-\u9fff]{2,12})"
)
_NEW_ONE = re.compile(r"全新|崭新|新建|新一代|首个|首座|首条|一座|一个|一条|一批")
_RULES_END = re.compile(r"制度|预算案")
"""实施的「白名单」制度, 发表的新一份财政预算案: rules and budgets, told as attributes, are the thing."""
_BY_DOCUMENT = re.compile(
    r"^(?:根据|按照|依据|依照)?(?P<act>[^，,《》]{0,10}(?:签署|签订|发布|印发|出台|通过|公布|制定|批复))的(?P<document>《[^》]+》)"
)
_LOCATIVE = re.compile(r"(?:内|外|中|里|旁|周边|附近|一带)$")
_OWNER_FIRST = re.compile(r"^[\u4e00-\u9fff]{0,2}?(?:园区|园|基地|中心|公司|政府)(?=[\u4e00-\u9fff]{2}$)")


_EXPECTS = re.compile(
    r"^[\u4e00-\u9fff]{0,8}(?:集团|公司|当局|政府|园区|管理局|署|局)(?P<verb>预期|预料|估计)"
    r"(?=(?P<what>[\u4e00-\u9fff]{2,12}?)(?:投入|落成|启用|开业|竣工|完工|建成|开幕|开通|上线|投产))"
)
_WHEN_ASKED = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})在?(?:(?:回复|答复)(?:传媒|记者|本报)?查询|接受(?:本报|记者|传媒)?(?:采访|访问|专访))时(?=[\u4e00-\u9fff]{2})"
)
"""How a body was asked (回复查询时, 接受访问时): no part of what it says it does."""
_SAID_TO_COME = re.compile(
    r"^(?P<who>[\u4e00-\u9fff]{2,16}?)(?:表示|透露|指出|介绍)(?=将|会|计划|预计|力争|争取|拟|还将)"
)


_HEARSAY = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:据悉|据了解|据报)(?=将|会|已|预计|可望|有望|最快)")


def without_the_saying(label: str) -> str:
    """园区负责人表示将重点推进X (展望明年，园区负责人表示，将…): what the park will do, not that its
    spokesperson said so."""
    label = _WHEN_ASKED.sub("", label, count=1)  # 承建商回复查询时承诺…: what the builder promised
    label = _HEARSAY.sub("", label, count=1)  # X大楼据悉将取得入伙纸: the building will, as the paper heard
    if expects := _EXPECTS.match(label):  # 集团预期研发基地投入运作: the base is expected to run
        return label[expects.end() :].replace(expects["what"], expects["what"] + expects["verb"], 1)
    said = _SAID_TO_COME.match(label)
    return _SPOKESPERSON.sub("", said["who"]) + label[said.end() :] if said else label


def subject_before(text: str, start: int) -> str:
    """The subject a clause starting at `start` leaves out (see `_subject_before`)."""
    return _subject_before(text, clause_spans(text), start)


__all__ = [
    "LOCATED_AT",
    "MOTION_PASSED",
    "Label",
    "Phrase",
    "date_phrase",
    "doer_before",
    "each_on_its_day",
    "event_label",
    "subject_before",
    "tells_no_doer",
    "what_is_built",
    "what_the_authority_builds",
    "without_the_saying",
]

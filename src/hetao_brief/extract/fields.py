"""Field lines of a fact sheet (项目名称：X / 开工时间：2025年9月 / 计划完工：2027年12月), and
tables (| 项目 | 时间安排 | / | X | 2027年6月建成 |).

A project list gives its events as fields, not sentences: the name in one line, each dated
step in another. A field whose name holds an event verb and whose value is only a date is told
here as the sentence a reporter would write (X于2025年9月开工, X计划于2027年12月完工), so that
milestones are read from it the usual way and its label names the project.
"""

from __future__ import annotations

import re

from hetao_brief.extract.verbs import EVENT_VERB, VERB_CLASS
from hetao_brief.extract.vocabulary import CALLED_AGAIN
from hetao_brief.text.normalize import fold

_ITEM = r"(?:[一二三四五六七八九十]{1,2}[、.．]|\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,2}[）)])?\s*"
"""二、报名时间：…: a notice's item number before a field."""
_NAME_FIELD = re.compile(
    rf"^\s*{_ITEM}(?:(?:项目|工程|平台|活动|机构|会议)?名称|岗位(?:名称)?)[：:]\s*(?P<name>[^，,。；;：:｜|]{{2,40}}?)[。.]?\s*$"
)
_VERBS = "|".join(sorted(VERB_CLASS, key=len, reverse=True))
_EVENT_FIELD = re.compile(
    rf"^\s*{_ITEM}(?P<aim>计划|预计|拟)?(?P<verb>{_VERBS})(?:时间|日期)?[：:]\s*(?P<when>[^，,。；;：:]{{2,20}}?)[。.]?\s*$"
)


def field_name(text: str) -> str | None:
    """The name a fact sheet gives (项目名称：深港联合脑科学研究中心), or None."""
    match = _NAME_FIELD.match(text)
    return match.group("name") if match else None


_FIELD = re.compile(r"^\s*(?P<key>[^：:；;，,｜|]{2,10})[：:｜|]\s*(?P<value>[^；;]+?)[。.]?\s*$")
_NOTICE_FIELD = re.compile(
    rf"^[\W_]*{_ITEM}(?P<field>[\u4e00-\u9fff]{{0,4}}(?:时间|日期|地点|地址|方式|须知|对象|费用|条件|名额|安排|内容|主题|流程"
    r"|热线|电话|期限|范围|标准|路线|班次|截止|嘉宾|主讲人?|讲者|主持人|主办单位|主办|承办单位|承办)(?:[：:]|(?<=时间|日期|期限)为)\s*\S.{1,80})$"
)
_DECORATION = re.compile(r"【[^】]*】|\[[^\]]*\]|[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u200d]")


def notice_field(text: str) -> str | None:
    """A field of a notice or a post (👉 开放时间：逢星期六上午10时至下午4时; 二、活动地点：…),
    without its bullet or number; None if `text` is no such line."""
    match = _NOTICE_FIELD.match(text.strip())
    return match.group("field").rstrip("。.") if match else None


def notice_topic(title: str) -> str:
    """What a notice or a post is about, from its title without a column's tag, emoji or the
    wording of a notice (【港深创科园📣】第二座实验室大楼开放参观: 第二座实验室大楼开放参观;
    活动预告|X: X; 关于开展X申报工作的通知: 开展X申报工作)."""
    topic = without_column(_DECORATION.sub("", title).strip())  # 活动预告|X: X
    return re.sub(r"^关于(.{4,})的通知$", r"\1", topic.strip(" ！!。"))


def without_column(title: str) -> str:
    """A title without the column's name before its bar (直击｜X, 活动预告|X: X)."""
    return _COLUMN.sub("", title)


_COLUMN = re.compile(r"^[^｜|：:]{1,8}[｜|：:]")


_NAME_KEY = re.compile(r"(?:项目|工程|平台|活动|机构|会议)?名称[：:]|(?:^|(?<=[：:]))岗位(?:名称)?[：:]")
_CONTENT_KEY = re.compile(r"(?:内容|规模)$")


def inline_fields(text: str) -> str | None:
    """A fact sheet's fields in one line (项目名称：X；建设内容：…；计划开工时间：2027年3月；总投资：约21
    亿元。) told as the clauses a reporter would write (…；X计划于2027年3月开工；X总投资约21亿元。),
    or None if the line holds no name field."""
    opens = _NAME_KEY.search(text)
    if opens is None:
        return None
    lead, text = text[: opens.start()], text[opens.start() :]  # …公示如下：项目名称：X；…: the lead stays
    pieces = re.split(r"[；;｜|]", text.strip().rstrip("。."))  # 岗位：X｜人数：6名｜截止日期：…: a job's row
    name = field_name(pieces[0]) if len(pieces) >= 2 else None
    if name is None:
        return None
    told = []
    for piece in pieces[1:]:
        if event := field_event(piece, name):
            told.append(event.rstrip("。"))
        elif field := _FIELD.match(piece):  # 建设内容：人才公寓约1,200套 tells what; 总投资：… whose
            told.append(
                field.group("value") if _CONTENT_KEY.search(field.group("key")) else name + "".join(field.groups())
            )
    return lead + "；".join(told) + "。" if told else None


_DEADLINE_SAID = re.compile(
    r"(?:(?<![\u4e00-\u9fff])(?P<what>(?:竞买|入住|入学|配租)?(?:投标|报名|申请|申报|征集)截止|截标)(?:时间|日期)(?:为|是|定于|定为)"
    r"|(?<![\u4e00-\u9fff])(?P<window>报名|申请|申报)(?:期|时间)(?:为)?(?:即日起)?至)"
    r"(?P<when>(?:(?:19|20)\d{2}年|今年|明年)?[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}[日号])"
    r"(?:(?:上午|下午|中午|晚上|凌晨)?(?:\d{1,2}(?:[时:：]\d{0,2}分?|时)|[一二三四五六七八九十]{1,3}[时点](?:[一二三四五六七八九十]{1,3}分|半|正)?))?"
)


_CALL_OPENED = re.compile(
    r"(?:^|[，,。；;])(?:[^，,。；;]{2,10}起[，,])?(?P<what>(?:(?!将|于|预计)[^，,。；;]){4,30}?)(?:工作)?"
    r"(?:今日|今天|明日|即日|昨日|日前|正式)?起?(?:开始|正式)?(?:接受|开放|启动|开始)(?:[\u4e00-\u9fff]{0,4}(?:申请|报名|申报))?"
    r"(?=[，,。；;]|$)"
)
"""河套深圳园区第三座人才公寓今日起接受入住申请: what a later 申请截止 is the call of."""
_TENDER_OPENED = (
    re.compile(r"就(?P<what>[^，,。；;]{2,24}?)(?:展开|进行|开展|启动)(?:公开)?招标"),
    re.compile(r"(?:^|[，,。；;])(?P<what>[^，,。；;]{4,30}?)的?招标工作"),
    re.compile(
        r"(?:^|[，,。；;])(?P<what>[^，,。；;]{4,30}?)(?:今日|昨日|今天|昨天)?(?:已|将)?(?:于[^，,。；;]{2,12}?)?"
        r"(?:起|开始|展开)?(?:以)?(?:公开)?招标"
    ),
)
"""政府已就第二期首批三幅用地展开招标: what a later 截标日期为… closes the tender for."""
COUNT_IN_A_NAME = re.compile(
    r"(?<![第\d一二两三四五六七八九十])(?:共|合共)?(?:约|逾|近)?[\d,一二两三四五六七八九十百千万]+[套间个座名项幅宗所]"
)
"""第二批共420套房源, 首批约600套人才住房: a count inside what a call is named by, no part of the name."""


def deadline_said(text: str) -> str:
    """申请截止时间为6月30日 told as 申请于6月30日截止: the call closes then, as its field form
    (申请截止时间：6月30日) says, named by what the sentence opened the call of (X今日起接受入住申请，
    申请截止时间为…: X申请于…截止); the text as it is if it tells no such deadline."""
    if (deadline := _DEADLINE_SAID.search(text)) is None:
        return text
    before, when = text[: deadline.start()], deadline["when"]
    if deadline["what"] == "截标":  # 就X展开招标，截标日期为…: X于…截标
        tendered = next((m for shape in _TENDER_OPENED if (m := shape.search(before))), None)
        whose = COUNT_IN_A_NAME.sub("", tendered.group("what")).removesuffix("的") if tendered else ""
        said = f"{whose}截标于{when}" if whose.endswith("约") else f"{whose}于{when}截标"  # 合约于 is no 约于 (about)
    else:  # 即日起接受申请，申请期至2月28日: X申请于2月28日截止
        call = deadline["window"] or deadline["what"].removesuffix("截止")
        opened = _CALL_OPENED.search(before)
        whose = COUNT_IN_A_NAME.sub("", opened.group("what")) if opened else ""  # 第二批共420套房源: 第二批房源
        said = f"{whose.removesuffix(call)}{call}于{when}截止"  # X2027年度报名今日启动，报名截止…: X2027年度报名
    return f"{before}{said}{text[deadline.end() :]}"


def set_for_said(text: str) -> str:
    """决赛定于12月27日。 told as 决赛定于12月27日举行: the date a stage is set for is when it is held
    (the text as it is where a verb follows the date)."""
    return _SET_FOR_A_DAY.sub(r"\g<0>举行", text)


_SET_FOR_A_DAY = re.compile(
    r"(?<=[\u4e00-\u9fff])定于(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:（[^）]{1,4}）)?(?:[上下]午|晚上)?(?=[。；;]|$)"
)


_DEADLINE_FIELD = re.compile(
    rf"^\W*{_ITEM}(?P<what>(?:投标|报名|申请|申报|递交|提交|征集|报价)(?:文件)?(?:递交|提交)?)?(?:截止|结束)(?:时间|日期)?[：:]\s*"
    r"(?P<when>(?:[^，,。；;：:]|(?<=\d)[:：](?=\d)){2,24}?)[。.]?\s*$"
)
_WINDOW_FIELD = re.compile(
    rf"^\s*{_ITEM}(?:网上|线上)?(?P<what>报名|申请|申报|征集|投稿)(?:时间|日期|期|方式)(?:[：:]|为)\s*"
    r"(?:即日起|(?P<opens>(?!每)[^，,。；;至—–~～]{2,24}?))?"
    r"(?:至|—|–|~|～)(?P<when>(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}[日号]|\d{1,2}\.\d{1,2}(?![\d.]))"
    r"[^，,。；;]{0,12}?(?:[，,](?P<rest>[^。]*))?[。.]?\s*$"
)
_APPLY_BY_FIELD = re.compile(
    rf"^\s*{_ITEM}(?P<what>报名|申请|申报)(?:方式|办法|时间|须知)?[：:]\s*(?:请|须|应|需)?(?:于|在)"
    r"(?P<when>(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}[日号])(?:前|之前)[^。]*?(?:报名|申请|申报|预约|登记)[^。]*[。.]?\s*$"
)
"""报名方式：请于2031年12月31日前登录官网完成报名: a deadline, told as how to apply."""
_OCCASION_FIELD = re.compile(
    rf"^\s*{_ITEM}(?P<what>笔试|面试|考试|开标|颁奖|答辩|路演|评审|开幕式|闭幕式|颁奖礼|签约仪式|启动仪式|会议"
    r"|初赛|复赛|半决赛|总决赛|决赛)(?:时间|日期)[：:]\s*"
    r"(?P<when>(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}[日号]|上旬|中旬|下旬|初|中|底|末))[^；;]{0,24}?[。.]?\s*$"
)
"""笔试时间：2027年1月9日上午，具体地点见准考证: the exam is held that day (the rest is how);
决赛时间：2034年4月下旬: the final is held then, as closely as the notice tells."""
_ACTS = frozenset({"开标", "评审", "答辩", "路演"})
_HOURS = re.compile(r"\s*(?:上午|下午|晚上)?\d{1,2}(?:[时:：]\d{0,2}分?|时)(?:\s*[-–—至~]\s*\d{1,2}[时:：]\d{0,2}分?)?")
"""9时30分, 14:00-17:00: the hours of a day a field gives, no part of its date."""


def field_event(text: str, name: str | None, published: tuple[int, int, int] | None = None) -> str | None:
    """A dated event field told as a sentence about `name`, or None if `text` is no such field
    (or no name was given before it). A deadline needs no name: 投标截止时间：2027年1月15日9时30分
    is 投标于2027年1月15日截止. A window open from today (即日起至1月5日) closes on the next such
    day after `published` (year, month, day), whose year it is then told with."""
    text = _DECORATION.sub("", text).lstrip()  # ✍️ 报名方式：…: a post's emoji opens the field
    closing = (  # 报名时间：即日起至…; 报名方式：请于12月31日前…报名: it closes then
        _WINDOW_FIELD.match(text) or _DEADLINE_FIELD.match(text) or _APPLY_BY_FIELD.match(text)
    )
    if closing and (closing.group("what") or name):  # a bare 截止时间：… closes a named post's call only
        when = _HOURS.sub("", closing.group("when"))
        if dotted := re.fullmatch(r"(\d{1,2})\.(\d{1,2})", when):
            when = f"{int(dotted.group(1))}月{int(dotted.group(2))}日"  # 即日起至3.12: a post's 3月12日
        opened = closing.groupdict().get("opens") or ""
        if "年" not in when and (year := re.match(r"(?:19|20)\d{2}年", opened)):
            when = year.group(0) + when  # 2027年1月10日至2月28日: February of 2027
        rest = closing.groupdict().get("rest")  # 报名方式：即日起至12月8日，…，名额约400个: the places too
        if "年" not in when and "即日起" in closing.group(0) and published and (day := _MONTH_DAY.match(when)):
            this_year, month, today = published  # 即日起至1月5日, told in December: next January
            when = f"{this_year + ((int(day['m']), int(day['d'])) < (month, today))}年{when}"
        said = f"{name or ''}{closing.group('what') or '报名'}于{when}截止"  # the project's; 截止日期: to apply
        if _MONTH_DAY.search(opened):  # 报名时间：12月9日10:00至12月20日18:00: it opens on the first day too
            said = f"{name or ''}{closing.group('what')}于{_HOURS.sub('', opened).strip()}开始；{said}"
        return f"{said}；{rest}。" if rest else f"{said}。"
    if occasion := _OCCASION_FIELD.match(text):
        if occasion.group("what") in _ACTS:  # 开标时间：…: the bids are opened then, nothing "held"
            return f"{name or ''}于{occasion.group('when')}{occasion.group('what')}。"
        return f"{name or ''}{occasion.group('what')}于{occasion.group('when')}举行。"
    match = _EVENT_FIELD.match(text)
    if match is None or not name:
        return None
    aim = match.group("aim") or ""
    when = _HOURS.sub("", match.group("when")).strip() or match.group("when")  # 开标时间：同日9时30分
    if when.startswith("已"):
        return f"{name}{when}。"  # | 计划开工 | 已开工 |: where it stands, no date
    return f"{name}{aim}于{when}{match.group('verb')}。"


_MONTH_DAY = re.compile(r"(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]")
_TABLE_ROW = re.compile(r"^\s*\|(?P<cells>.*)\|\s*$")
_RULE_ROW = re.compile(r"^[\s|:：\-—]+$")
_HAS_DATE = re.compile(r"(?:19|20)\d{2}年|\d{1,2}月|[今明去]年|上半年|下半年|年底|年中")


_NOTICE = re.compile(r"关于印发(?:《)?(?P<document>[^《》]{4,60}?)(?:》)?的通知$")
_APPROVAL = re.compile(r"关于同意(?P<what>[^《》]{4,60}?)的批复$")
_SIGNED = re.compile(
    r"\n\s*(?P<issuer>[\u4e00-\u9fff]{2,24}(?:办公厅|辦公廳|办公室|辦公室|人民政府|委员会|委員會|局|署|厅|廳)|国务院|國務院)\s*\n+"
    r"\s*(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*$"
)


def notice_signed(title: str, body: str) -> str:
    """A government notice issuing a document (关于印发《X》的通知) or approving a request (关于同意
    设立X的批复), signed at its foot by who issued it and when: the foot told as the sentence it
    stands for (2026年12月5日，广东省人民政府办公厅印发《X》。; 2032年8月16日，国务院批复同意设立X。).
    The title comes folded to simplified characters, the body as written."""
    notice = _NOTICE.search(title.strip())
    approval = _APPROVAL.search(title.strip())
    signed = _SIGNED.search(body) if notice or approval else None
    if signed is None:
        return body
    deed = f"印发《{notice.group('document')}》" if notice else f"批复同意{approval.group('what') if approval else ''}"
    told = f"{signed.group('date')}，{signed.group('issuer')}{deed}。"  # …关于同意设立X的批复: 国务院批复同意设立X
    return body[: signed.start()] + "\n\n" + told + "\n"


_AWARD_NOTICE = re.compile(r"(?:中标|成交)(?:结果)?(?:公告|公示)$")
_PROJECT_FIELD = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、)?(?:项目名称|項目名稱)\s*[：:]\s*(?P<name>[^\n。；;]{4,60}?)\s*$", re.M
)
_WINNER_FIELD = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、)?(?:中标|中標|成交)(?:供应商|供應商|人|单位|單位)(?:名称|名稱)?\s*[：:]\s*"
    r"(?P<name>[^\n。；;]{4,40}?)\s*$",
    re.M,
)


def award_told(title: str, body: str, published: str) -> str:
    """A result notice (X采购项目中标结果公告) whose fields name the project and who won it, told as
    the sentence it stands for, on the day it was posted (2026年12月4日，Y中标X。): the award is its
    news, which no sentence of its fields says. The title comes folded to simplified, the body as
    written."""
    if not _AWARD_NOTICE.search(title.strip()) or len(published) != len("2026-12-04"):
        return body
    project, winner = _PROJECT_FIELD.search(body), _WINNER_FIELD.search(body)
    if project is None or winner is None:
        return body
    year, month, day = (int(part) for part in published.split("-"))
    return f"{body}\n\n{year}年{month}月{day}日，{winner['name']}中标{project['name']}。\n"


def tables_told(body: str) -> str:
    """A Markdown table's rows told as sentences about their first cell, the row's subject:
    | 河套国际会议中心 | 可容纳3000人 | 2027年6月建成 | under | 项目 | 内容 | 时间安排 | →
    河套国际会议中心可容纳3000人；河套国际会议中心2027年6月建成。 A reader of pipes and cells
    sees no clause; a reporter would write these."""
    lines = body.split("\n")
    told: list[str] = []
    header: list[str] | None = None
    for line in lines:
        row = _TABLE_ROW.match(line)
        if row is None:
            header = None
            told.append(line)
            continue
        if _RULE_ROW.match(line):
            continue
        cells = [cell.strip() for cell in row.group("cells").split("|")]
        if header is None:
            header = cells
            continue
        told.append(_row_told(header, cells))
    return "\n".join(told)


_PLANNED_KEY = re.compile(r"计划|预计|目标|拟")
"""A column of what is planned (计划节点, 预计完工时间): its dates are aims."""
_TIME_KEY = re.compile(r"时间|日期|节点|时限")
_DEED_KEY = re.compile(r"目标|内容|进度|节点|事项|任务")
"""| 年度目标 | 计划时间 |: what the row's subject is to do, and when; told together."""


def _row_told(header: list[str], cells: list[str]) -> str:
    name, clauses = cells[0], []
    pairs = list(zip(header[1:], cells[1:], strict=False))
    when = next((i for i, (key, value) in enumerate(pairs) if _TIME_KEY.search(key) and _HAS_DATE.search(value)), None)
    deed = next((i for i, (key, value) in enumerate(pairs) if _DEED_KEY.search(key) and EVENT_VERB.search(value)), None)
    if when is not None and deed is not None and not _HAS_DATE.search(pairs[deed][1]):
        planned = _PLANNED_KEY.search(pairs[when][0]) or _PLANNED_KEY.search(pairs[deed][0])
        clauses.append(f"{name}{'计划' if planned else ''}于{pairs[when][1]}{pairs[deed][1]}")  # 年度目标 | 竣工投用
        pairs = [pair for i, pair in enumerate(pairs) if i not in (when, deed)]  # | 计划时间 | 2039年6月
    for key, value in pairs:
        if not value or value in ("-", "—", "/"):
            continue
        if event := field_event(f"{key}：{value}", name):
            clauses.append(event.rstrip("。"))
        elif _HAS_DATE.search(value) and _PLANNED_KEY.search(key) and not _PLANNED_KEY.match(value):
            clauses.append(name + "计划" + value)  # 计划节点 | 3月开工: X计划3月开工, this year's
        elif _HAS_DATE.search(value) or _CONTENT_KEY.search(key) or key.endswith(("安排", "进展", "简介", "说明")):
            clauses.append(name + value)  # 2027年6月建成, 建筑面积约1.5万平方米: what the row's subject does or has
        else:
            clauses.append(name + key + value)  # 总投资 | 约20亿元: X总投资约20亿元
    return "\n" + "；".join(clauses) + "。\n" if clauses else ""


_TRAILING_DATE = re.compile(
    r"^(?P<marker>(?:[^：:（(]{0,24}[：:])?\s*(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}、|[•·▶■●▪-])?\s*)"
    r"(?P<body>[^（(]{4,}?)[（(](?P<date>(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}[日号])[）)][。.]?\s*$"
)


_NARRATIVE_OPENING = re.compile(
    r"^(?P<lead>[“「\s]*)(?:那是|这是)(?P<date>[^，,。的]{0,4}?(?:(?:19|20)\d{2}年|\d{1,2}月)[^，,。的]{0,6}?)的(?:一个|某个)?"
    r"(?P<part>春天|夏天|秋天|冬天|早上|上午|下午|晚上|清晨|傍晚|夜晚|日子)(?=[，,])"
)


def narrative_opening(text: str) -> str | None:
    """A feature's opening (那是2019年的一个夏天，…) told as the dated sentence it is
    (2019年夏天，…), or None if the text opens otherwise."""
    opening = _NARRATIVE_OPENING.match(text)
    if opening is None:
        return None
    part = opening.group("part").removesuffix("日子")
    return opening.group("lead") + opening.group("date") + part + text[opening.end() :]


_ITEMS_DATED_IN_BRACKETS = re.compile(
    r"^(?P<lead>[^。；;]*?)(?:先后|相继|陆续|分别)?(?P<verb>建成|启用|开通|落成|揭牌|成立|推出|发布|开工|投用|上线|投入使用)"
    r"(?P<items>(?:[^，,。；;（）()、和及]{2,30}[（(]\d{1,2}月(?:\d{1,2}日)?[）)][、和及]?){2,})(?P<rest>.*)$"
)
_ITEM_DATED = re.compile(r"(?P<what>[^，,。；;（）()、和及]{2,30})[（(](?P<when>\d{1,2}月(?:\d{1,2}日)?)[）)]")


def items_dated_in_brackets(text: str) -> str | None:
    """园区先后建成A（3月）、B（6月）和C（9月）: each item done in its month, told as a reporter
    would (园区3月建成A，6月建成B，9月建成C); None for any other sentence."""
    listed = _ITEMS_DATED_IN_BRACKETS.match(text)
    if listed is None:
        return None
    deeds = "，".join(f"{item['when']}{listed['verb']}{item['what']}" for item in _ITEM_DATED.finditer(listed["items"]))
    return f"{listed['lead']}{deeds}{listed['rest']}"


def date_first(text: str) -> str | None:
    """A roundup's item dated at its end (深港联合知识产权服务中心揭牌（11月24日）) told with its
    date first, as a reporter would (11月24日，深港联合…揭牌): the date is the whole item's, not only
    its last clause's; a lead glued before the item (本周要闻如下：1. …) stays in front. None if
    the text ends in no such date."""
    match = _TRAILING_DATE.match(text)
    if match is None:
        return None
    return f"{match.group('marker')}{match.group('date')}，{match.group('body').rstrip('，,。 ')}。"


_OCCASION_ON_ITS_DAY = re.compile(
    r"^(?P<day>(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}[日号](?:[（(](?:周|星期)[一二三四五六日天][）)])?)"
    r"(?:\s*(?:全天|全日|上午|下午|晚上|晚间))?(?:\s*\d{1,2}[:：]\d{2}(?:\s*[-–—~至]\s*\d{1,2}[:：]\d{2})?)?[，,]"
    r"(?P<name>[^，,。；;]{4,30})(?P<rest>[，,。；;].*)$"
)


_HOLDING = re.compile(r"举行|举办|召开|主办|承办|出席|参加|参与|组织|迎来|邀请")


def occasion_on_its_day(text: str) -> str | None:
    """An occasion named alone under its day (12月10日（周四）全天，X开放日，市民可预约…), as a
    week's programme gives it, told as held that day (X开放日于12月10日（周四）举行，…); None for
    any other line."""
    line = _OCCASION_ON_ITS_DAY.match(text)
    if line is None or not is_occasion_name(fold(line["name"]).strip("“”「」")) or _HOLDING.search(line["name"]):
        return None  # 12月3日，X举行新闻发布会，…: a deed told, not an occasion named alone
    return f"{line['name']}于{line['day']}举行{line['rest']}"


_NAMED_ITEM = re.compile(
    r"^\s*(?P<name>[^：:，,。；;]{4,24}?(?:平台|研究院|研究所|中心|实验室|基地|公司|企业|项目|大楼|学校|园区|馆|站|机构|产线|通道))"
    r"[：:]\s*(?P<rest>(?:(?:19|20)\d{2}年|\d{1,2}月|今年|去年|明年|前年|本月|上月)[^。]*。?)$"
)


def named_item(text: str) -> str | None:
    """A list of firsts told as name and dated deed (首家港资独立法人研究院：2026年4月注册成立，…)
    told as a reporter would (首家…研究院于2026年4月注册成立，…); None for any other line."""
    item = _NAMED_ITEM.match(text)
    return f"{item.group('name')}于{item.group('rest')}" if item else None


_HEADED = re.compile(r"^\s*(?P<head>[\u4e00-\u9fff\d]{3,16})[：:]\s*(?P<rest>[^：:]+)$")
_PART = re.compile(
    r"(?:扩建|改建|改造|主体|上部|基础|桩基|土建)?(?:工程|结构)|项目|地基|外墙|幕墙|内部装修|首[座栋]|第[一二三四]座"
)
"""What a works' line under its name opens with: its works, structure or parts (上部结构今年7月平顶)."""
_A_STRUCTURE = re.compile(r"(?:主体|上部|基础)?结构|地基|外墙|幕墙|内部装修")


def headed_part(text: str) -> str | None:
    """A year-end roundup's line under a works' name (东西向主干道：工程今年5月展开，…) told with
    the name as its subject (东西向主干道工程今年5月展开，…); a name ending in what the line opens
    with is said once (污水处理厂扩建：扩建工程原定…: 污水处理厂扩建工程原定…). None for any
    other line, a speaker's (凌澈：我们…) among them."""
    item = _HEADED.match(fold(text))
    if item is None:
        return None
    head, rest = item.group("head"), item.group("rest")
    overlap = next((size for size in range(min(len(head), 4), 1, -1) if rest.startswith(head[-size:])), 0)
    if not overlap and not _PART.match(rest):
        return None
    of = "的" if not overlap and _A_STRUCTURE.match(rest) else ""  # 大楼的上部结构: the building's, which 落成 is
    return head + of + rest[overlap:]


_PUT_OFF_TO = re.compile(
    r"原(?:定|计划|本)于?[^，,。；;]{2,12}?(?P<deed>完工|竣工|落成|建成|启用|开幕|开放|通车|开通|举行|开业|投用|交付|动工|开工)"
    r"(?P<between>[^。；;]*?)(?:延后|推迟|押后|延迟|顺延|延)至(?P<new>[^，,。；;]{2,14}?)(?=[，,。；;]|$)"
)


def deed_put_off(text: str) -> str | None:
    """A deed put off to a new time that names no deed of its own (X原定今年年底完工，但…需延后至
    明年6月) told with the deed at its new time (…需延后至明年6月完工), as a reporter would; None
    for any other sentence."""
    folded = fold(text)
    put_off = _PUT_OFF_TO.search(folded)
    if put_off is None or EVENT_VERB.search(put_off.group("new")):
        return None
    if re.search(f"{put_off['deed']}|时间|日期|将|会", put_off.group("between")):
        return None  # 原定…开放，开放日期将推迟至…: the put-off names its deed already
    return folded[: put_off.end()] + put_off.group("deed") + folded[put_off.end() :]


_ENUMERATED = re.compile(r"(?:(?<=[：:；;。，,])|^)(?=[一二三四五六七八九十]是)")
_DASHED = re.compile(r"(?<=[：:；;])(?=——)")
_FOLLOWING_ITEMS = re.compile(r"(?:以下|如下|下列)[\u4e00-\u9fff]{0,6}[：:]")
_WORK_LEAD = re.compile(r"(?:[两二三四五六七八九十几][项件]|以下)(?:重点|重要)?(?:工作|任务|事项)[：:]")
_NUMBERED = re.compile(r"\s*(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,2}[）)])")
"""我们将聚焦以下重点：推动…，力争…，年底前…; 要重点推进三项工作：…；…；…: a lead whose items
follow it, a semicolon apart, or a comma apart where each opens with a deed to do."""
_ITEM_START = re.compile(
    r"(?:推动|推进|加快|力争|争取|完成|建成|开通|启动|实施|打造|开展|深化|做好|抓好|新建|上半年|下半年|年底前|年内"
    r"|[一二三四]季度)"
)
_ITEM_BREAK = re.compile(rf"[，,；;](?={_ITEM_START.pattern})")
"""What each item of such a lead opens with: a deed to do, or when (力争上半年…, 年底前…)."""


def enumerated(text: str) -> list[str]:
    """A work plan's items in one sentence (2027年，园区将抓好以下工作：一是…；二是…；三是…) as
    a lead ending in ： and one text per item, so that each item is read as a list's item under
    its lead's year; so are dashed items (其中包括：——…；——…) and those after a lead of 以下/如下
    (聚焦以下重点：推动…，力争…). A sentence without any is one text."""
    if re.search(r"[：:]——.+[；;]——", text):
        lead, *items = _DASHED.split(text)  # 其中包括：——3月底前启用…；——上半年建成…: dashed items
    elif re.search(r"一是.+二是", text):
        lead, *items = _ENUMERATED.split(text)
    elif listed := _items_after_a_lead(text):
        lead, items = listed
    else:
        return [text]
    told = [lead.rstrip("，,；;：: ") + "："] if lead.strip() else []
    return told + [item.rstrip("，,；;。 ") + "。" for item in items if item.strip()]


def _items_after_a_lead(text: str) -> tuple[str, list[str]] | None:
    """The lead and its unmarked items (marked "·", so that each is read as a list's item): a
    semicolon apart after 三项工作：, or a comma apart after 以下重点： where each opens with a deed
    to do; None where the sentence is no such list."""
    if (lead := _WORK_LEAD.search(text)) and "；" in text[lead.end() :] and not _NUMBERED.match(text, lead.end()):
        breaker = _SEMICOLON
    elif (
        (lead := _FOLLOWING_ITEMS.search(text))
        and _ITEM_START.match(text, lead.end())
        and len(_ITEM_BREAK.findall(text, lead.end())) >= 2
    ):
        breaker = _ITEM_BREAK
    else:
        return None
    return text[: lead.end()], ["·" + item for item in breaker.split(text[lead.end() :])]


_SEMICOLON = re.compile("；")

_WHEN_FIELD = re.compile(
    rf"^(?:\W*{_ITEM}(?:活动|举办|举行|会议)?(?:时间|日期)\s*[：:｜|]|[⏰🕐📅🗓]\ufe0f?)\s*(?P<when>[^，,。；;]{{2,40}}?)[。.]?\s*$"
)
_OPENS_FROM = re.compile(
    rf"^\W*{_ITEM}开放(?:时间|日期)\s*[：:]\s*(?P<when>(?:(?:19|20)\d{{2}}年)?\d{{1,2}}月\d{{1,2}}[日号])(?:（[^）]*）)?起"
)
_PLACE_TOLD = re.compile(
    r"[\u4e00-\u9fff]{2,14}?(?:实验室|中心|展厅|展馆|图书馆|体验馆|平台|基地)(?![\u4e00-\u9fff]{0,1}[主长员])"
)
"""开放时间：11月10日起，…: the place the post named (园区类器官开放实验室) opens that day."""
_HELD_BEFORE = re.compile(
    r"^.*(?:举办|举行|召开|开展|组织|首办|将办|主办|承办|筹办)的?|^(?:距离|距)(?=[\u4e00-\u9fff\d]{4})"
)
_EVENT_NAME = re.compile(
    r"(?:第[\d一二三四五六七八九十]+[期届]|首[期届])[“「][^”」，,。]{2,16}[”」]"  # 第八期“星火沙龙”: that edition
    r"|[\u4e00-\u9fff\d]{2,16}?(?:之夜|论坛|大会|峰会|沙龙|开放日|嘉年华|讲座|展览|大赛|招聘会|推介会|交流会|发布会"
    r"|下午茶|分享会|见面会|工作坊|读书会|讲堂|路演|音乐会|市集|集市|咖啡馆|研讨会|训练营|茶叙|对接会|说明会|宣讲会"
    r"|听证会|座谈会|黑客松|创客松|马拉松|挑战赛|夏令营|冬令营|科技节|科学节|艺术节|欢乐跑|夜跑|健康跑|徒步|定向赛|邀请赛|锦标赛)"
    r"(?:第[\d一二三四五六七八九十]+期)?(?![厅馆室])"
)


_APPLY_FIELD = re.compile(
    rf"^\W*{_ITEM}(?:网上|线上)?(?P<what>申报|申请|报名|征求意见)(?:时间|日期|期限)\s*(?:[：:]|为)\s*(?P<when>[^，,。；;]{{4,40}}?)"
    r"(?:[，,](?:逾期|过期)[^。]*)?[。.]?\s*$"
)
_APPLIED_FOR = re.compile(
    r"(?:开展|启动|做好|组织|现就|关于)(?P<what>[^，,。；;：:“”]{4,30}?)(?:申报|申请|报名)(?:工作)?"
)
"""现就2027年度X项目申报工作通知如下：…一、申报时间：2027年1月10日至2月28日 (or 网上申报时间为…至…，逾期
不予受理): X's call opens then."""
_TITLED = re.compile(r"《[^》]{4,60}》")
_WORKS_PERIOD = re.compile(
    rf"^\W*{_ITEM}(?:建设工期|建设期限|建设周期|计划工期|工期)\s*[：:]\s*(?P<when>[^，,。；;]{{4,40}}?)[。.]?\s*$"
)
_PROJECT_NAMED = re.compile(r"项目名称\s*[：:]\s*([^，,。；;\s：:]{4,40})")
"""项目名称：X … 建设工期：A至B, a project's approval in fields: X starts on A and is done by B."""
_DATED_ENTRY = re.compile(
    r"^(?P<when>\d{1,2}月\d{1,2}日(?:[（(](?:周|星期)[一二三四五六日天][）)])?)\s*"
    r"(?:\d{1,2}[:：]\d{2}(?:\s*[-–—~至]\s*\d{1,2}[:：]\d{2})?)?\s+(?P<name>[^：:，,。\s]{4,30})(?:[：:].*)?$"
)
"""A programme's line: 12月9日（周六）14:00　河套科学讲堂第20期：量子通信离我们有多远."""
_CALENDAR_ENTRY = re.compile(r"(?P<when>[^｜|]{2,20}?)\s*[｜|]\s*(?P<name>[^｜|：:]{4,40}?)(?:[：:].*)?")
"""A calendar's line: its day, a bar, and what is on (a talk's subtitle after ： dropped)."""


def when_field(text: str, told: str, posted: str = "") -> str | None:
    """An announcement's time field (⏰时间：12月20日（周日）14:00-17:00) told as the event it
    times, named where the announcement named it before (🔥河套科学之夜来啦！): 河套科学之夜于12月
    20日（周日）举行; a calendar's line (📅 1月14日（周四）｜X交流会) names its own; a post's
    field, where nothing was named, the occasion its title names (`posted`: 走进河套声学实验室).
    None if the text is no such field or no event was named."""
    if (opening := _OPENS_FROM.match(text)) and (places := _PLACE_TOLD.findall(told)):
        return f"{places[-1]}于{opening.group('when')}起开放。"  # 📅开放时间：11月10日起，每周一至周五
    if (period := _WORKS_PERIOD.match(text)) and (projects := _PROJECT_NAMED.findall(told)):
        start, _, end = period.group("when").partition("至")  # 项目名称：X … 建设工期：2027年3月至2029年12月
        return f"{projects[-1]}于{start}开工，{end}竣工。" if end else f"{projects[-1]}于{start}开工。"
    if (window := _APPLY_FIELD.match(text)) and window["what"] == "征求意见" and (drafts := _TITLED.findall(told)):
        start, _, end = window.group("when").partition("至")  # 起草了《X（征求意见稿）》…一、征求意见时间：A至B
        return f"{drafts[-1]}征求意见于{start}开始，{end}截止。" if end else f"{drafts[-1]}征求意见于{start}开始。"
    if (window := _APPLY_FIELD.match(text)) and (applied := _APPLIED_FOR.findall(told)):
        return f"{applied[-1]}{window.group('what')}于{window.group('when')}开始。"  # 一、申报时间：1月10日至…
    if (window := _APPLY_FIELD.match(text)) and (occasion := occasion_named_last(told)):
        start, _, end = window.group("when").partition("至")  # 首届X欢乐跑将于…鸣枪 … 报名时间：A至B
        return f"{occasion}{window['what']}于{start}开始，{end}截止。" if end else None
    if (entry := _DATED_ENTRY.match(text)) and _EVENT_NAME.fullmatch(entry.group("name")):
        return f"{entry.group('name')}于{entry.group('when')}举行。"  # 12月9日（周六）14:00　X讲堂第20期：…
    field = _WHEN_FIELD.match(text)
    if field is not None and (entry := _CALENDAR_ENTRY.fullmatch(field.group("when"))):
        return f"{entry.group('name')}于{entry.group('when')}举行。"  # 📅 1月14日（周四）｜X交流会: X's day
    names = _EVENT_NAME.findall(told) if field else []  # only for a field: told is the article so far
    if field and not names and posted:
        names = [posted if _EVENT_NAME.fullmatch(posted) else f"{posted}活动"]  # 活动预告｜走进X实验室
    if field is None or not names:
        return None
    when = _HOURS.sub("", field.group("when")).strip()
    name = _HELD_BEFORE.sub("", names[-1])  # 现定于下月举办X对接会: X对接会
    return f"{name}于{when}举行。" if when and len(name) >= 4 else None


def project_named(told: str) -> str:
    """The project a field list names (项目名称：X), whose figures its later fields give; "" if none."""
    projects = _PROJECT_NAMED.findall(told)
    return projects[-1] if projects else ""


def is_occasion_name(text: str) -> bool:
    """Whether `text` is an occasion's name (2030河套国际青年黑客松), not a headline about one."""
    return _EVENT_NAME.fullmatch(text) is not None


def occasion_named_last(text: str) -> str:
    """The occasion `text` named last, without what held it (由X主办的2026河套国际创新论坛:
    2026河套国际创新论坛); "" if it named none."""
    names = [_HELD_BEFORE.sub("", name).rsplit("的", 1)[-1] for name in _EVENT_NAME.findall(text)]
    return next(
        (
            name
            for name in reversed(names)
            if len(name) >= 3 and not _KINDS_LISTED.search(name) and not name.startswith(CALLED_AGAIN)
        ),
        "",
    )


_KINDS_LISTED = re.compile(r"等|参与|参加")
"""并参与机械人编程及科学实验等工作坊: kinds of workshop listed, no occasion's name."""


_STEP = re.compile(
    r"(?<=[：:；;])(?=(?:(?:19|20)\d{2}年[^，,。；;：:]{0,8}|\d{1,2}月[^，,。；;：:]{0,6}|(?:今|明)年[^，,。；;：:]{0,6})[：:])"
)


def timetable_steps(text: str) -> list[str] | None:
    """A timetable in one sentence (X建设时间表已经确定：2027年3月前：完成招标；2027年6月：项目正式
    动工；…) as its lead and one text per dated step; None if the sentence has fewer than two."""
    lead, *steps = _STEP.split(text)
    if len(steps) < 2 or not lead.rstrip().endswith(("：", ":")):
        return None
    return [lead.rstrip()] + [step.rstrip("，,；;。 ") + "。" for step in steps if step.strip()]

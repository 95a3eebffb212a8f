"""Entities: organisations, parks, platforms, places and people.

Known names come from the lexicon (with their aliases folded to one canonical name); unknown
ones are found by their shape: organisations and places by their tail (…研究院, …实验室,
…中心, …科技城), growing leftwards over jieba words until a verb or function word; people by
the title news puts before a name (行政长官李家超, 副市长孙东).
"""

from __future__ import annotations

import functools
import re

from hetao_brief.extract.vocabulary import FIRM_TRADES, REGISTERED_IN
from hetao_brief.text.lexicon import Lexicon, entity_names
from hetao_brief.text.normalize import fold
from hetao_brief.text.segment import Segmenter, is_word

_TAILS = (
    r"研究院|研究所|研究中心|实验室|创新中心|研发中心|服务中心|仲裁中心|科学中心|技术中心|数据中心|计算中心|医学中心|"
    r"联盟|交易所|产业园|"
    r"有限公司|公司|基地|集群|聚集区|分园|科技园|科技城|学城|口岸|办公室|发展署|大学"
)
_SUFFIX = re.compile(rf"({_TAILS})$")
_A_TAIL = re.compile(_TAILS)
"""Whether a text holds a tail at all: most sentences hold none, and need not be cut into words."""
_BOUNDARY = re.compile(
    r"^(的|了|和|及|与|以及|等|在|向|由|为|是|有|将|已|把|对|从|于|据|经|咨询|征询|根据|按照|引进|引入|集聚|集聚了|聚集|建设|推动|"
    r"聚焦|包括|设立|成立|落户|入驻|进驻|支持|协助|打造|建立|汇聚|布局|形成|还有|周边|其中|如|这|该|"
    r"一批|首个|首批|通过|联合|共同|加快|积极|正在|目前|当前|今年|去年|已经|推进|开展|依托|联动|来自|"
    r"位于|作为|建成|带动|吸引|做强|新建|首次|两大|三大|四大|五大|六大|七大|八大|十大|一个|预计|预期|计划|至|发送|日|月|年|内|\d.*)$"
)
_MAX_LEN = 20
_GLUED_PREPOSITION = re.compile(r"^[由向与和被把将从在于对](?=[\u4e00-\u9fff]{2})")
_PART_OF_THE_TAIL = frozenset({"联合", "国际", "创新", "协同"})
"""Words jieba tags as verbs or adjectives that, right before the tail, belong to the name (联合
研究院, 协同创新中心) rather than end the clause before it."""
_JUNK_START = re.compile(r"^(个|家|间|所|这些|这|拥有|类|促使|一个个|其|主要|重点|多个|多家|各类)")


_PERSON = re.compile(
    r"(?:行政长官|特首|市长|副市长|区长|副区长|主席|副主席|会长|理事长|署长|副署长|局长|副局长|主任|副主任|总裁|院长|校长|"
    r"书记|部长|总经理|董事长|首席执行官|秘书长|创办人|创始人|创业者|教授|研究员|博士后|博士|作者|负责人|\d{1,3}岁的)"
    r"(?![在于从将已把被对向这那其该今本等和及与、]|表示|指出|介绍|透露|强调|认为|提出|说|称)(?P<name>[\u4e00-\u9fff]{2,3}?)"
    r"(?=[，,、。在主出表指介说致宣称于等和与及也当曾已则将带透是]|[今明][日天年]|昨[日天]|近[日期]|日前|接受|会见|率领?|结束|回到|来到|教授|院士)"
)


_SPEAKER = re.compile(
    r"(?:^|(?<=[，,。：:「“”」\s]))(?P<name>[\u4e00-\u9fff]{2,3}?)(?<![长员人师者方处局署们部又也还亦则便就再都曾已将])"
    r"(?=回忆|说|表示|介绍|透露|坦言|笑称|告诉记者|对记者说)"
)
"""陈浩然回忆，…: a name opening a clause before a verb of telling (a surname is checked after)."""


_PLACE = re.compile(
    r"(?:^|(?<=[，,。、；;：:「」“”（）()\s在的与和及]))(?!整个|整座|这个|那个|这座|那座|该|各|每)"
    r"(?P<name>[\u4e00-\u9fff]{2,4}(?:科技城|新城|新区))"
)
"""整个科技城, 该新区: a determiner points back at a place, it names none."""


def places_in(text: str) -> list[str]:
    """Places named by their shape (新田科技城), which jieba cuts into pieces."""
    return list(dict.fromkeys(m.group("name") for m in _PLACE.finditer(text)))


_QUOTED_NAME = re.compile(
    r"[“「](?P<name>(?:(?!的)[\u4e00-\u9fffA-Za-z]){2,16}(?:平台|中心|实验室|研究院|基金|驿站|专线|联盟|社区))[”」]"
)
"""A name news puts in quotes (“跨境科研数据服务平台”, 「跨境人才驿站」): the quotes mark it a name,
whatever its words; a phrase with 的 in it is a slogan (“具有全球影响力的…中心”), not a name."""
_COUNTED_INSIDE = re.compile(r"[一二两三四五六七八九十\d]+[个家所座条项间类]")
_PROPER_TAGS = ("nr", "ns", "nt", "nz", "eng", "x", "j")
"""jieba's tags of a proper name's parts: person, place, organisation, other proper noun,
Latin, unknown to its dictionary (a new name), abbreviation."""


@functools.lru_cache(maxsize=8192)
def _proper(name: str, suffix: str, segmenter: Segmenter) -> bool:
    """Whether a name found by its tail is a name (深圳山半导体科技有限公司) rather than a
    generic noun phrase (生物科技公司, 核心业务子公司, 综合服务中心): some part before the tail
    is a proper noun, a place, Latin, or a word jieba does not know. Remembered: the same names
    come back sentence after sentence, and tagging is a third of an article's extraction."""
    head = name[: len(name) - len(suffix)] if name.endswith(suffix) else name
    if len(head) < 2 or _COUNTED_INSIDE.search(name):
        return False  # 港研究院 (Hong Kong's institutes); 皇岗口岸两个跨境陆路口岸 (a count, not a name)
    tagged = segmenter.tagged(head)
    if len(tagged) == 1 and tagged[0][1] == "j" and len(head) <= 2:
        return False  # 中试基地, 研发中心: an abbreviated common word, no name
    if any(flag in ("v", "p", "t") for _, flag in tagged):
        return False  # 下半年启动深港国际科技园, 仪器展在深港国际科技园: a clause's end, no name
    if suffix == "有限公司" and len(head) >= 4:
        return True  # 星途量子科技有限公司: a registered firm's name, whatever jieba makes of 星途
    return any(flag.startswith(_PROPER_TAGS) for _, flag in tagged)


def people_in(text: str) -> list[str]:
    """People named after their title (行政长官李家超主持…, 副市长孙东当天…): a name starts with
    a surname, so what the title did is none (行政长官主礼, 局长又指, 署长会面, 局长致辞时)."""
    names = dict.fromkeys(m.group("name") for pattern in (_PERSON, _SPEAKER) for m in pattern.finditer(text))
    return [
        name
        for name in names
        if (name[:2] in SURNAMES or name[0] in SURNAMES)
        and not _TIME_LAST.search(name)
        and name not in _DEEDS_OF_A_TITLE
    ]


_DEEDS_OF_A_TITLE = frozenset({"毕业", "任职", "任教", "出身", "出站", "后期", "后来"})
"""她从X博士毕业，此后…: what the holder of a title did, words that open with a surname (毕, 任)."""


_TIME_LAST = re.compile(r"[后前时中间]$")
"""博士毕业后: a time after the title, no name (no name ends in 后 or 时)."""


SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常"
    "温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍"
    "涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连麦褚娄窦戚岑景党宫"
    "费卜冷晏席卫米柏宗瞿桂全佟应臧闵邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝冼岑植"
) | {"欧阳", "司徒", "上官", "诸葛", "司马", "东方", "皇甫", "令狐"}
"""Common surnames (single and double, in simplified characters: names are read folded)."""


def _known_already(name: str, known: set[str]) -> bool:
    """A name found by its suffix that is (part of) a known name, or one grown over it."""
    return any(name in k or _grown_over(name, k) for k in known)


def _grown_over(name: str, known: str) -> bool:
    """汇报港深创新及科技园: a name grown leftwards over a known name (4 characters or more) is
    that name with the words before it; the known name is already found."""
    return len(known) >= 4 and name.endswith(known) and name != known


_FIRM_DOES = (
    r"(?:发布公告|发布|宣布|完成|表示|透露|股价|在港上市|在香港上市|在香港联交所|正式|今日|昨日|日前|近日|位于|(?:自主)?(?:研发|研制|开发)的"
    r"|自主(?:研发|研制|开发)|(?:今年|去年|前年)?(?:营收|营业收入|营业额|净利润)"
    r"|(?:华南|华北|华东|华中|西南|亚太|中国|全球|国际)?总部|在[^，,。]{2,12}?(?:举行|举办|设立|开设))"
)
_FIRM_TAILS = (*FIRM_TRADES, "股份", "集团")
"""How firms' names end (潜蛟科技, 启衡智造, X股份)."""
_STOCK_CODE = r"(?:股份|股票)?(?:代号|代码)[：:]\s*\d{4,6}(?:\.[A-Z]{2})?"
"""（代号：8123）: a listed firm's code, told in brackets after its name."""
_FIRM_SHAPES = (
    re.compile(
        rf"(?:药企(?!业)|企业|公司|初创(?!企业|公司)|(?<!初)创企(?!业))(?P<name>[\u4e00-\u9fff]{{3,6}}?)"
        rf"(?=(?:[（(](?:[A-Za-z][A-Za-z .&-]{{1,30}}|{_STOCK_CODE})[）)])?"
        rf"(?:(?:\d{{1,2}}月)?\d{{1,2}}日(?:晚间|早间|晚|盘后)?)?(?:已经?)?(?:{_FIRM_DOES}|(?:发布)?公告))"
    ),  # 创新药企康源生物发布…, 芯片企业芯河科技11日宣布…, 企业河套量子（Hetao Quantum）宣布…, 企业X已完成…,
    # 上市公司衡远科技（代号：8123）昨日公布…, 本地初创X科技今日宣布…, 上市公司X12月4日晚间公告
    re.compile(
        r"(?:创办了?|创立了?|创建了?|注册成立了?)(?![人者])(?P<name>[\u4e00-\u9fff]{3,8}?)(?:公司)?(?=[。，,；;]|$)"
        r"|成立了(?P<firm>[\u4e00-\u9fff]{2,6}(?:科技|生物|智能|医药|电子|材料|半导体|机器人|能源))(?=[。，,；;]|$)"
    ),  # 创办了灵犀机器人。, 注册成立了芯衡微电子。, 成立了纤回科技。 (not 创办人X时, its founder)
    re.compile(
        r"(?:^|[，,。；;：:」”\n的])(?P<name>[\u4e00-\u9fff]{3,6}?)"
        r"(?:股价|(?:[今去前]年(?:初|中|年中|底|年底)?|上月|日前|近日|昨日|今日)?(?:已|正式|宣布)?完成[^，。]{0,12}?轮融资|(?:正式)?在(?:港|香港|深圳)?(?:联交所)?(?:主板)?(?:挂牌)?上市"
        r"|(?:今日|明日|下周[一二三四五])?起?(?:至[^，,。]{0,20}?)?招股)"
    ),  # …，灵犀机器人完成1.5亿元B轮融资; X去年年中完成A轮融资
    re.compile(
        rf"(?:^|[，,。；;：:」”\n])(?P<name>(?:(?!企|公司|一家)[\u4e00-\u9fff]){{2,4}}(?:{'|'.join(_FIRM_TAILS)}))"
        r"(?=(?:\d{1,2}月)?(?:\d{1,2}日)?(?:晚间|早间|晚|盘后)?(?:发布)?公告|成立于|创立于|创办于|于\d{4}年[^，,。]{0,10}?(?:注册)?成立"
        r"|由[^，,。]{2,20}?(?:于\d{4}年)?(?:创办|创立|创建))"
    ),  # 澄岳生物7日晚间公告，…: only a listed firm files an announcement; 光启半导体成立于2028年; X于2043年…注册成立;
    # X科技由两名博士于2024年创办
    re.compile(
        r"(?:^|[，,。；;：:」”\n]|(?<=由))(?P<name>(?:(?!由|与|和|的|一家)[\u4e00-\u9fff]){2,10}?(?:发展|投资|科技|控股|产业)集团)"
        r"(?![\u4e00-\u9fff]{0,4}公司)"
    ),  # 由河套深港科技发展集团发行的…: a group of that kind is a firm, which a later bare 集团 is
    re.compile(
        r"(?:^|[，,。；;：:」”\n])(?P<name>(?:(?!企|公司|一家|集团)[\u4e00-\u9fff]){3,6}?)"
        r"(?=(?:联合)?(?:董事长|总裁|行政总裁|首席执行官|创始人|创办人|总经理)[\u4e00-\u9fff]{2,3}(?:介绍|表示|透露|指出|称|说))"
    ),  # 澄湾医疗董事长陈立川介绍，…: what has a chairman or a founder who speaks is a firm
    re.compile(
        r"(?:^|[，,。；;：:」”\n])(?P<name>(?:(?!企|公司|一家)[\u4e00-\u9fff]){2,8})"
        r"(?=[（(](?:(?:股票代码|证券代码|股份代号)[：:])?(?:\d{4,6}(?:\.(?i:hk|sz|sh|ss))?|(?i:hk|sz|sh)\.?\d{4,6})[）)])"
    ),  # 瑞芯医疗（02891.HK）…: a name before its stock code is a listed firm's
    re.compile(
        rf"(?:园区|本地|香港|深圳)(?:企业|初创)(?P<name>(?:(?!{'|'.join(FIRM_TRADES)})[\u4e00-\u9fff]){{2}}"
        rf"(?:{'|'.join(FIRM_TRADES)}))(?=来说|而言|的|[，,。；;]|是|在|于)"
    ),  # 对于河套深圳园区企业澄霁生物来说: a park's firm, named by its own two characters and its trade
    re.compile(
        r"总部(?:设在|设于|位于)[^，,。；;的]{2,16}的(?P<name>[\u4e00-\u9fff]{2,6}?)"
        r"(?=\d{1,2}日|今日|昨日|日前|近日|发布|宣布|表示|透露|完成|[，,])"
    ),  # 总部位于河套深圳园区的澜舟智能发布…: what has its headquarters somewhere is a firm
)
"""Where news names a firm without 公司 in its name: after what kind of firm it is, as what was
founded, or before what only a firm does (its share price, a funding round, a listing, a stock
code)."""
_TRADES = (
    *FIRM_TRADES,
    *("数据", "信息", "网络", "软件", "芯片", "技术", "传感", "通信", "航天", "自动化", "物流", "检测"),
)
_FIRM_OF_ITS_TRADE = re.compile(
    rf"(?:^|(?<=[，,。；;：:」”\n的]))(?P<name>(?P<own>[\u4e00-\u9fff]{{2,3}}?)(?:{'|'.join(_TRADES)}){{1,3}}公司)"
    r"(?=[，,。；;]|主要|是|于|在|已|将|的|成立|创立|创办)"
)
"""位于园区的澜汐医疗数据公司，主要为…: a name of its own, then its trades, then 公司."""
_NO_NAME_OF_ITS_OWN = frozenset(
    {"园区", "初创", "全球", "内地", "国际", "龙头", "头部", "本港", "科研", "创新", "高新", "新型", "上市", "合资"}
)
_NOT_ITS_OWN = ("m", "r", "t", "p", "u", "c", "f", "s", "b", "ns", "d")
"""一家, 这家, 香港, 海外, 大型: words that say which or where, no name (一家医疗数据公司)."""
_LATIN_THEN_CHINESE = re.compile(
    r"(?:初创|企业|公司)[A-Za-z][A-Za-z .&-]{1,30}[（(](?:中文名[：:])?(?P<name>[\u4e00-\u9fff]{2,8})[）)]"
)
"""机器人企业Hetao Robotics（河套智动）: a firm's Latin name, then the Chinese one in brackets."""
_CHINESE_THEN_LATIN = re.compile(
    r"(?:^|(?<=[，,。；;：:「“」”]))(?P<name>[\u4e00-\u9fff]{2,8})[（(][A-Za-z][A-Za-z .&-]{1,30}[）)]"
)
"""霖光生物（Linguang Bio）创办人…: a firm's Chinese name, then its Latin one in brackets."""
_QUOTED_FIRM = re.compile(
    r"(?:初创|创企|药企|企业|公司|(?:创办|创立|创建)[了的]?)[「“](?P<name>[\u4e00-\u9fff]{2,8})[」”]"
)
"""本地电池初创「锂想科技」: a firm the paper quotes after what kind it is, or after who founded
it (创办了“柔光科技”, 三名毕业生创立的「翼测科技」)."""
_TITLE_FIRST = re.compile(
    r"^(?:联合|副|首席|常务|执行)?(?:创办人|创始人|行政总裁|总裁|主席|董事长|负责人|发言人|总经理|经理|董事|执行官|技术官|科学家)"
)
_NOT_IN_A_NAME = ("v", "p", "d", "r", "m", "t", "u", "c", "f")
_TIME_WORD = re.compile(r"[年月日天时季期初底前后今昨明去晚早夜]|目前|现在|如今|当下|近来")
"""What a word tagged a time must hold to tell one (今日, 年底, 目前)."""
_NOT_IN_A_NAME_OF_A_FIRM = ("p", "r", "m", "t", "u", "c")
"""A name ending as firms' names do (潜蛟科技) may hold a character jieba tags a verb (潜)."""


@functools.lru_cache(maxsize=256)
def firms_in(text: str, segmenter: Segmenter) -> tuple[str, ...]:
    """Firms named by their place in the sentence rather than a suffix (康源生物, 灵犀机器人): no
    title (行政总裁), no generic noun (公司), no word jieba tags a verb, pronoun or number.
    Remembered: the extractor asks it of each sentence twice, for its entities and for the firm a
    later 公司 stands for."""
    found = dict.fromkeys(m.group("name") or m.group("firm") for shape in _FIRM_SHAPES for m in shape.finditer(text))
    shaped = [
        name
        for name in found
        if not name.endswith(("公司", "企业"))
        and not _TITLE_FIRST.match(name)
        and not any(
            flag[:1] in (_NOT_IN_A_NAME_OF_A_FIRM if name.endswith(_FIRM_TAILS) else _NOT_IN_A_NAME)
            and (flag != "t" or _TIME_WORD.search(word))  # 星汉光电: jieba tags 星汉 a time, it tells none
            and not (at == 0 and flag == "v" and len(word) == 1 and len(name) >= 4)  # 澄穹空间: 澄, a coined
            # name's first character, which jieba alone tags a verb
            for at, (word, flag) in enumerate(segmenter.tagged(name))
        )
    ]
    quoted = [m.group("name") for m in _QUOTED_FIRM.finditer(text)]  # the quotes mark a name, whatever its words
    quoted += [
        m.group("name")
        for m in _FIRM_OF_ITS_TRADE.finditer(text)
        if m.group("own") not in _NO_NAME_OF_ITS_OWN
        and not any(flag.startswith(_NOT_ITS_OWN) for _, flag in segmenter.tagged(m.group("own")))
    ]
    quoted += [m.group("name") for m in _LATIN_THEN_CHINESE.finditer(text)]
    quoted += [m.group("name") for m in _CHINESE_THEN_LATIN.finditer(text) if m.group("name").endswith(_FIRM_TAILS)]
    return tuple(dict.fromkeys([*shaped, *quoted]))


def entities_in(text: str, lexicon: Lexicon, segmenter: Segmenter) -> list[str]:
    """Canonical names of known entities, then unknown names found by suffix."""
    folded = fold(text)
    found_by_name = lexicon.standalone_names_in(folded)
    names = entity_names(found_by_name)
    known = set(names) | {n for n, _ in found_by_name}
    words = segmenter.words(text) if _A_TAIL.search(text) else []
    for i, word in enumerate(words):
        if not _SUFFIX.search(word):
            continue
        parts = [word]
        before = words[:i]
        if before and before[-1] in _PART_OF_THE_TAIL:  # 量子信息联合研究院: 联合 names, it is no verb here
            parts.insert(0, before.pop())
        if word == "有限公司" and len(before) >= 3 and before[-3] in "（(" and before[-2] in REGISTERED_IN:
            parts[:0] = before[-3:]  # 朔源生物科技（深圳）有限公司: where it is registered is in its name
            del before[-3:]
        for prev in reversed(before):
            if (glued := _GLUED_PREPOSITION.match(prev)) and is_word(prev[1:]):
                parts.insert(0, prev[glued.end() :])  # 由朔源|生物科技有限公司: jieba glued 由 to the name
                break
            if not is_word(prev) or _BOUNDARY.match(prev) or len("".join(parts)) + len(prev) > _MAX_LEN:
                break
            if prev.endswith("公司") and word == "有限公司":
                break  # 全资附属公司|智途生物科技（香港）有限公司: what kind of firm it is, no part of its name
            if prev in ("企业", "园区企业") and word.endswith("公司"):
                break  # 园区企业深圳纤羽科技有限公司: a firm of the park, named after what kind it is
            parts.insert(0, prev)
        first = i - len(parts) + 1
        if first >= 2 and words[first - 1].isspace() and words[first - 2].isascii() and words[first - 2].isalpha():
            continue  # AI for Science联合实验室: a Latin name's last word, not the name
        name = "".join(parts).rsplit("暨", 1)[-1]  # …签署活动暨福田研究院: the name is after 暨 (and)
        tail = "".join(parts[-2:]) if len(parts) > 1 and parts[-2] in _PART_OF_THE_TAIL else word
        plausible = 4 <= len(name) <= _MAX_LEN and not _JUNK_START.match(name) and _proper(name, tail, segmenter)
        if plausible and name not in names and not _known_already(fold(name), known):
            names.append(name)
    quoted = [m.group("name") for m in _QUOTED_NAME.finditer(folded)]
    found = [*quoted, *places_in(text), *people_in(text), *firms_in(folded, segmenter)]
    names.extend(name for name in found if name not in names)
    return names

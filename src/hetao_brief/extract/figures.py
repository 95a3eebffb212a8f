"""Figures in their context: whose a measure is (科技企业 counted in a clause about 河套深圳园区
are that park's, so that one park's count never joins another's in a series) and when a figure
was true (截至11月底, the article's day) or is aimed for (到2030年, 届时)."""

from __future__ import annotations

import re
from dataclasses import replace

from hetao_brief.extract.dates import (
    CHRONICLE,
    COMPARED_AFTER,
    YEARS_OCCASION,
    YEARS_SINCE,
    DateMention,
    Published,
    is_ahead,
    is_past,
)
from hetao_brief.extract.fields import is_occasion_name
from hetao_brief.extract.labels import subject_before
from hetao_brief.extract.quantities import CHANGED_TO, Quantity
from hetao_brief.extract.referents import BARE_NOUNS, SHORT_HEADS
from hetao_brief.extract.sentences import end_of_clause, start_of_clause
from hetao_brief.extract.vocabulary import (
    COMPARED_WITH_ANOTHERS,
    HEAD_OWNED,
    OCCASION_QUOTED,
    POLICY_MEASURES,
    ZONE_WIDE,
)
from hetao_brief.text.lexicon import Lexicon
from hetao_brief.text.normalize import fold

_THIS_ONE = re.compile(r"(?:本届|本次|此次)[\u4e00-\u9fff]{1,4}")

_PARTNER_MARKS = ("与", "同", "和", "跟", "向", "至")
"""已与X签署, 开通园区至X的接驳线: X is the other party, or where a line goes."""


def as_partner(text: str, at: int) -> bool:
    """Whether the name at `at` is named as the other party (已与X签署租约): none of the deeds or
    figures that follow are its."""
    return text[at - 1 : at] in _PARTNER_MARKS if at > 0 else False


_BARE_SUBJECT = re.compile(
    rf"^(?:(?:19|20)\d{{2}}年(?:\d{{1,2}}月)?)?(?P<noun>{'|'.join(n for n in BARE_NOUNS if len(n) > 2)})"
    r"(?=刚|成立|挂牌|启用|落成)"
)
"""A head noun opening the clause of a count (实验室刚挂牌时，只有8名研究人员): the one named before."""

_AREA_UNITS = {"平方公里", "平方米", "公顷"}
_PLACE_NOUNS = {"园区", "土地", "土地上", "区域", "片区"}
_GENERIC = {"面积", "总面积", "规模", "总规模", "交易额"}
PLACES_PROVIDED = {"宿位", "床位", "单位", "房间", "车位", "座位", "工位", "学位"}
_RIDERSHIP = re.compile(r"(?:日均|每日|月均|累计)?(?:客流|客流量|载客量|乘客|乘客量)(?:人次)?")
_A_ROUTE = re.compile(r"(?:线|专线|巴士|航线|班车|渡轮|小巴|接驳线)$")
_BID_MEASURES = frozenset({"投标报价", "报价", "中标价", "中标金额", "投标价"})
_BIDDER_FIELD = re.compile(
    r"^\s*(?:第[一二三]|首选)?(?:中标候选人|中标人|成交候选人|中标单位)[：:]\s*(?P<who>[^，,。；;]{4,30})[，,]"
)
"""第一中标候选人：青屿建设集团有限公司，投标报价约9.86亿元: the bidder whose price it is."""
_ROUTE_RUNS = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:连接|连通|途经|横跨|穿越|贯穿|往返)")
"""这条航线连接园区北区和福田口岸，全长约3.5公里: the route is what is long, not where it runs."""
_WORKS_ON = re.compile(r"的[^的]{0,4}(?:工程|结构)$")
_PROVIDER_HEAD = re.compile(
    r"(?:宿舍|公寓|人才房|住房|(?<=[员才生])住宿|学校|校舍|大楼|大厦|餐厅|食堂|停车场|村|酒店|中心|馆|[一二三四五六七八九十]期)[」”]?$"
)
"""第二座人才宿舍的上盖工程正在进行，…可额外提供约五百个宿位: the hostel's, not the works'; a building
provides places (学校规划设置…共36个班，可提供学位…, 政府…提供约五百个单位: no provider named)."""
_LENGTH = {"全长", "总长", "全程", "高度", "长度", "宽度", "深度"}
"""全程约3.2公里: the length of the thing the clause before named."""
_A_NAME = re.compile(r"^(?![此该这其一本])[\u4e00-\u9fff]{4,}")
_NAMED_LAST_BEFORE = re.compile(r"[「“《](?P<name>[^」”》]{2,24})[」”》][，,]\s*$")
"""A clause ending in a quoted name (…成立「X基金」，): what the size told next is of."""
_SIZE_OF_NAME = re.compile(r"[^，,。；;的]{0,20}的(?P<name>[\u4e00-\u9fff「」“”]{4,24})[，,]")
"""总投资约35亿元、建筑面积约20万平方米的X项目，昨日封顶: sizes told as the attributes of a name."""
_ROUTE_OPENED = re.compile(
    r"(?:新开|开通|开设|开行|增设)(?:一条)?([A-Za-z\d\u4e00-\u9fff]{1,12}?(?:线|专线|航线|巴士))(?=[，,]|$)"
)
"""新开H12路接驳线，…: the route whose length a later clause tells."""
_SHOW_SIZE = {"展览面积", "展出面积", "展区面积", "展场面积"}
_OCCASION_HEAD = re.compile(r"(?:展|展会|博览会|交易会|展览会|大会|论坛|节)$")
"""An occasion told as the subject, whose size a later 展览面积 is."""
_A_DOCUMENT = re.compile(r"(?:规划|方案|措施|政策|意见|办法|纲要|条例)$")
_A_PARK = re.compile(r"(?:园区|科技园|创科园|科学园|合作区|分园|园)$")
"""What a measure opening with 园区 may be of: a park, never a body or a plan named near it."""
_FUND_AFTER = re.compile(r"的?[「“](?P<name>[^」”]{2,16}基金)[」”]")
"""二十亿港元「河套创科转化基金」: an amount told before a fund's name is its size."""
_BOTH_PARKS = re.compile(r"(?:两个园区|两地园区)(?:将|会|可|合共|共|合计)")
_TAKING_PART = ("参与", "参展", "参会", "参赛")
_BARE_FUND_AFTER = re.compile(r"的(?P<name>(?:(?!的)[\u4e00-\u9fff]){2,20}基金)(?!会)")
_SIGNED_COUNT = re.compile(
    r"(?P<what>签约[\u4e00-\u9fff]{0,4}?项目)[共计合达]{0,2}[\d,一二两三四五六七八九十百]+个[，,]$"
    r"|[共有]{0,2}[\d,一二两三四五六七八九十百]+个(?P<projects>项目)(?:现场|集中)?(?P<signed>签约)[，,]$"
)
"""现场签约项目23个，: the projects whose total investment the next clause tells."""
_INVESTMENT = {"总投资", "投资额", "总投资额", "总造价", "造价", "总投入", "首期投入", "首期投资"}
_HEAD_NOUN_SUBJECT = re.compile(
    rf"(?![把将由从在对])[\u4e00-\u9fff]{{0,10}}(?:{'|'.join(SHORT_HEADS)}|大楼|大厦|展厅|展馆|楼层)"
)
"""实验室, 河套科学馆: a subject named by its head noun, whose size a bare 面积 is (not 把研发中心…)."""
_FLOOR_AREA = re.compile(r"^(?:总|可出租|可用)?楼面面积$|^(?:规划|设计)?总?建筑面积$|^(?:规划|总)?占地面积$")
"""The floor area of what the sentence is about, which names it before."""

_LOCATED = re.compile(
    r"(?:选址于|选址在|位于|坐落于|地处|毗邻|邻近|紧邻|靠近|(?:建设|项目)?(?:地点|地址|选址)[：:]|进驻|入驻|迁入|搬进|设于)[^，,。；;]*"
    r"|在[^，,。；;]{2,20}?(?:举行|举办|召开|开幕)"
)
"""Where something lies, moves in or is held (建设地点：福田区…, 中心将进驻港深创科园…大楼，楼面面积…): a
place, not what a figure after it belongs to."""
_BUILT_BY = re.compile(
    r"由[^，,。；;]{2,30}?(?:共同|联合|合作)?(?:建设|共建|筹建|主办|发起|承办|组建|运营|管理|出资|成立)"
)
"""Who built or runs something (由X与Y共同建设): not whose members a count after it counts."""
_OWNER_AGAIN = re.compile(r"^(?:园区|合作区|该园区|全区)")
_COUNTED = re.compile(r"(?:企业|机构|项目|人才|团队|平台|专家|人员|员工|实验室)$")
"""Measures that count members of something: whose members (a park's, the zone's) matters."""
_NO_SUBJECT = re.compile(r"^\s*(?:已|将|共|累计|并|还|目前)")
_QUOTED_SUBJECT = re.compile(r"^\s*[“「](?!十[一二三四五六七八九]五)(?P<name>[^”」]{2,16})[”」](?![的之期])")
"""“深港创客港”2034年6月开业，…: a name in quotes opening the sentence is what its clauses tell of
(not a plan's period, “十四五”期间)."""

_BASE_OF_CHANGE = re.compile(
    rf"的?(?:每[年月日天人]|每平方米|每平方呎)*(?:约|近|逾)?[\d一二两三四五六七八九十百千万亿.,]+[^\d，,。；;]{{0,5}}?[，,]?{CHANGED_TO}"
)
"""由去年的65家增至92家: the year is where the change began, not when 92 was true."""

COMPARED = re.compile(r"较|(?<!对)比(?![特例重赛率])|同比|相比|相较")  # not 比特, 比例
CLAUSE_MARK = "，,；;。：:"

_ONCE_DONE = re.compile(r"(?P<when>[\u4e00-\u9fff]{2,10}(?:建成|落成|完成|投用|启用|竣工)后)[，,]")
_PROVIDER = re.compile(
    r"(?:届时|目前|现时|其中|此外|另外)?(?P<owner>[\u4e00-\u9fff]{0,6}(?:大楼|楼宇|园区|基地|中心|公寓|校区|片区|第一期|一期|二期))"
    r"(?:可|将|共|合共|共可)?(?:提供|拥有|建有|设有|占地)[约逾近超过达]*$"
)
"""An area's owner is what provides it (首批三座大楼提供约13万平方米…)."""
_BENEFICIARY = re.compile(r"^.*?为(?=[\u4e00-\u9fff]{2})")
_PROVIDES = re.compile(r"^\s*(?:届时|预计)?(?:将|可|共|合共)?(?:额外)?提供")
_PROVIDED_BY = re.compile(
    r"(?P<provider>[\u4e00-\u9fff「」“”]{2,24}?)(?:届时|预计)?(?:将|可|共|合共)?(?:额外)?提供(?:约|近|逾|超过)?$"
)
"""X的科研人员住宿提供约1,000个单位: the provider named in the clause itself."""

_ACTION_WORDS = ("新增", "整备", "新建", "建成", "改造", "投用")

NOW = re.compile(r"截至|截止|目前|现有|已|累计|同比|较|比")
NOW_SAID_BEFORE = re.compile(r"截至|截止|目前|如今|现时|现已|现有|已|累计")
SAYING = re.compile(r"表示|透露|指出|介绍|强调|提到|获悉|了解到|说|称|(?<=[并亦又还])指(?![导标南数引])")

_ZONE_NAMED = re.compile(
    r"(?:河套深港科技创新)?合作区|(?:河套)?(?:深圳|香港)?园区|港深创科园|港深创新及科技园|科学园|科技园|河套|全区"
)
_PLACED_BY = re.compile(r"(?:[在于随与向到从至]|进驻|入驻|落户|位于|依托)$")
"""在河套深圳园区揭牌, 随园区首批大楼启用: the zone where or with which, not who counts."""
_THIS_HEAD = re.compile(
    r"(?:(?P<this>该|此)|^|(?<=的))(?P<head>(?:联合)?(?:实验室|研究中心|研究院|研究所|中心|团队|学院|医院))"
)
_LEAD = re.compile(r"^.*[：:]|^.*?(?:表示|透露|指出|介绍|预计|认为)[，,]")


def _owner_told_before(text: str, position: int, entities: tuple[str, ...]) -> str:
    """Whose members a count is, where its own clause names no one: the last organisation the
    sentence named before it (not one that only built it, nor who tells it, nor the zone named
    after it), or the head noun that stands for one (该实验室, 中心将…, …所在的联合实验室: 该 and
    the noun, resolved to the name the article gave before where it did); "" if none."""
    before = _LEAD.sub("", _BUILT_BY.sub("", text[:position]))
    zone = [m.start() for m in _ZONE_NAMED.finditer(before) if not _PLACED_BY.search(before, 0, m.start())]
    named = sorted((before.rfind(e), e) for e in entities if e not in ZONE_WIDE and e in before)
    heads = [(m.start("head"), "该" + m.group("head")) for m in _THIS_HEAD.finditer(before)]
    owners = sorted(named + heads)
    if not owners or (zone and zone[-1] > owners[-1][0]):
        return ""  # …公司公布…：园区已进驻…；研究人员约二千三百人: the park's
    return owners[-1][1]


def _partners(text: str, lexicon: Lexicon) -> set[str]:
    """Who a sentence names only as the other party (已与港深创新及科技园公司签署租约，租用…):
    none of what follows is theirs."""
    folded = fold(text)
    return {group.canonical for alias, group in lexicon.names_in(folded) if as_partner(folded, folded.find(alias))}


def clause_before(text: str, position: int) -> str:
    return text[start_of_clause(text, position, CLAUSE_MARK) : position]


def _quoted_after_names(told: str, lexicon: Lexicon) -> str:
    """A quoted name told after every known name of the text (北部都会区「大学教育城」): what the
    text is about, which a figure after it belongs to; "" if there is none."""
    folded = fold(told)
    quoted = list(_QUOTED_PLACE.finditer(folded))
    if not quoted:
        return ""
    names = [alias for alias, group in lexicon.standalone_names_in(folded) if group.is_entity]
    last_name = max((folded.rfind(alias) for alias in names), default=-1)
    return quoted[-1].group("name") if quoted[-1].start() > last_name else ""


_PHASE_OF_THE_MEASURE = re.compile(
    r"(?P<phase>第[一二三四五六七八九十]期|[一二三四]期)的?(?P<measure>[\u4e00-\u9fff]{2,10}?)"
    r"(?:达到|达|为|约为|约|超过|逾|近|共)*$"
)
"""港深创科园第一期的总楼面面积达到约…: the first phase's floor area, not the whole park's."""
_QUOTED_PLACE = re.compile(r"[「“](?P<name>[\u4e00-\u9fff]{1,10}(?:城|园|区|中心|基地|大楼|大厦|项目|公寓|校区))[」”]")


_RENTED = re.compile(
    r"(?:^|(?<=[，,。；;]))(?P<who>[\u4e00-\u9fff「」]{0,12}?)(?:将|已|计划|会)?(?:租用|租下|承租)[^，,。；;]{0,20}?"
    r"(?:约|逾|近|超过)?$"
)
"""实验室将租用港深创科园第五座大楼约1,200平方米楼面: the renter's area, not the building's."""
_RENTED_SPACE = frozenset({"楼面", "面积", "楼面面积", "租用面积"})


def _renter(who: str) -> str:
    """Who rents, by name: the quoted one (初创「聆风科技」), else a short subject; "" for a clause."""
    if quoted := re.search(r"「([^」]{2,12})」", who):
        return quoted.group(1)
    return who if len(who) <= 8 and not re.search(r"[的在与和]", who) else ""


_FUND_STEPS = frozenset({"首期", "首轮", "一期", "第一期", "二期", "第二期"})
_FUND_DOING = re.compile(
    r"(?:^|(?<=[，,。：:]))([\u4e00-\u9fff]{2,14}?基金)(?=近日|日前|已|于|完成|宣布|正式|今日|昨日)"
)
"""河套深港天使母基金近日完成首期募集，首期规模20亿元: the fund told doing it."""
_FUND_NAMED = re.compile(r"(?:(?<=的)|(?<=设立)|(?<=成立)|(?<=[「“]))([\u4e00-\u9fff]{2,14}?基金)")


_HOLDERS = frozenset({"持卡人", "持证人", "用户", "注册用户", "会员", "使用者"})
_HELD_THING_FIRST = re.compile(
    r"^[“「]?(?P<name>[\u4e00-\u9fff\d.]{2,12}?(?:卡|证|平台|系统|小程序))[”」]?(?=是|自|于|已|目前|\d{4}年|[，,])"
)
"""河套人才卡是…: what a sentence is about, whose holders or users it goes on to count."""


def measure_owner(quantity: Quantity, text: str, entities: tuple[str, ...], lexicon: Lexicon) -> str:
    """Name what a measure belongs to: 约3.89平方公里的园区 in a sentence about the Hetao zone
    is the zone's area; 总面积约750公顷 after 红树林 is the reserves' area; 科技企业 counted in
    a clause about 河套深圳园区 are that park's (河套深圳园区的科技企业), so that a count for one
    park never joins a count for another in one series. Areas are called 面积 so that a
    question about an area finds them. A figure told for when something is done (园区全面建成后，
    总楼面面积可达…) says so. Empty if the figure belongs to nothing named."""
    measure = quantity.measure
    if measure.startswith("来自"):
        return measure  # 签约项目中，…另有3个项目来自香港: those from Hong Kong, no other project's
    if measure in _BID_MEASURES and (bidder := _BIDDER_FIELD.match(text)):
        return bidder["who"] + measure  # 第一中标候选人：X有限公司，投标报价约9.86亿元: X's bid
    if POLICY_MEASURES.fullmatch(measure) and (named := _NAMED_BEFORE.findall(text, 0, quantity.start)):
        name = named[-1]  # 深港“联合政策包”：…提出28条具体举措: the package's measures
        return name if name.endswith(("措施", "举措")) else name + measure
    clause_start = quantity.start - len(clause_before(text, quantity.start))
    if _BOTH_PARKS.search(text, clause_start, quantity.start) and "园区" not in measure:
        return _called_an_area(
            "深港两个园区" + measure, quantity.unit
        )  # 届时两个园区将可提供合共逾一百万平方米…: both parks', not the one named
    if measure.startswith(_TAKING_PART) and (shows := OCCASION_QUOTED.findall(text, 0, quantity.start)):
        return f"{shows[-1]}的{measure}"  # 「X博览」昨日举行，共有45间园区机构参与: the fair's, not its organiser's
    if quantity.unit in ("元", "港元", "美元") and (fund := _FUND_AFTER.match(text, quantity.end)):
        return fund.group("name") + "规模"  # 设立二十亿港元「X基金」: the fund's size, not 新措施's
    if (
        quantity.unit in ("元", "港元", "美元")
        and text.endswith("规模", 0, quantity.start)
        and (fund := _BARE_FUND_AFTER.match(text, quantity.end))
    ):
        return fund.group("name") + "规模"  # 规模50亿元的X基金完成首关: the fund's size, not its close's
    if (
        measure.removesuffix("规模") in _FUND_STEPS
        and quantity.unit in ("元", "港元", "美元")
        and (funds := _FUND_NAMED.findall(text, 0, quantity.start) or _FUND_DOING.findall(text, 0, quantity.start))
    ):
        return funds[-1] + measure  # 设立规模50亿元的X基金，首期20亿元将于…完成募集: X's first close
    if measure in ("金额", "总金额", "规模") and (deal := _DEAL_BEFORE.search(text, 0, clause_start)):
        return deal.group("deal") + measure  # 公司今年九月完成首轮融资，金额约三千万港元: 首轮融资金额
    if measure in ("金额", "总金额") and (done := _BUSINESS_BEFORE.search(text, 0, clause_start)):
        return done.group("what") + measure  # 累计办理业务逾1,200笔，金额约6.8亿元: 办理业务金额
    if measure in _HOLDERS and (held := _HELD_THING_FIRST.match(text)):
        return held["name"] + measure  # 河套人才卡是…凭证，…目前持卡人约2,300名: the card's holders
    if _BARE_RATE.fullmatch(measure) and (owners := _RATE_OWNER.findall(text, 0, quantity.start)):
        return owners[-1] + measure  # 新大楼…，已有九间机构承租，出租率约六成: the new building's
    if (
        quantity.unit in _AREA_UNITS
        and text[clause_start : quantity.start] == "涉及"
        and (subject := subject_before(text, clause_start))
    ):
        return subject + "面积"  # X用地预计明年推出招标，涉及约7公顷土地: the plot's area, not the town's
    if measure in _SHOW_SIZE and _OCCASION_HEAD.search(occasion := subject_before(text, clause_start)):
        return occasion + measure  # X创新展将于…举办，展览面积约3万平方米: the show's, not the zone's
    if (
        measure in ("规模", "总规模")
        and quantity.unit in ("人", "人次", "名")
        and (occasion := subject_before(text, clause_start))
        and (_OCCASION_HEAD.search(occasion.strip("”」")) or is_occasion_name(re.sub(r"[“”「」]", "", occasion)))
    ):
        return occasion + measure  # 首届“X欢乐跑”将于…鸣枪，…，总规模3,000人: the run's, not the park's
    if (
        _RIDERSHIP.fullmatch(measure)
        and (route := _ROUTE_RUNS.split(subject_before(text, clause_start), maxsplit=1)[0])
        and _A_ROUTE.search(route)
    ):
        return route + measure  # H15线自今年4月开通以来，日均客流已…增长至约3,200人次: the line's riders
    if measure in _LENGTH and (routes := _ROUTE_OPENED.findall(text, 0, clause_start)):
        return routes[-1] + measure  # 新开H12路接驳线，连接…，全程约5.8公里: the route's length
    if measure in _LENGTH and (subject := _ROUTE_RUNS.split(subject_before(text, clause_start), maxsplit=1)[0]):
        return subject + measure  # X线路18日起开始试运营，全程约3.2公里: the route's length (not 连接A和B的)
    if (
        measure in PLACES_PROVIDED
        and _PROVIDES.match(text[clause_start:])
        and _PROVIDER_HEAD.search(provider := _WORKS_ON.sub("", subject_before(text, clause_start)))
    ):
        return provider + measure  # 首座人才宿舍已于九月入伙，提供约四百个宿位: the hostel's places
    if (
        measure in PLACES_PROVIDED
        and (provided := _PROVIDED_BY.search(text, clause_start, quantity.start))
        and _PROVIDER_HEAD.search(provided["provider"])
    ):
        return provided["provider"] + measure  # X第一期的科研人员住宿提供约1,000个单位: the housing's
    if (
        quantity.unit in _AREA_UNITS
        and measure in _RENTED_SPACE
        and (rented := _RENTED.search(text, clause_start, quantity.start))
    ):
        renter = _renter(rented.group("who") or subject_before(text, clause_start))
        return renter + "租用面积"  # 实验室将租用X大楼约1,200平方米楼面: the lab's
    if _ITS_SIZE.fullmatch(measure) and (set_up := _NAMED_LAST_BEFORE.search(text, 0, clause_start)):
        return set_up["name"] + measure  # 成立「河套科研转化基金」，首期规模约50亿元: the fund's
    if (
        quantity.unit in _AREA_UNITS
        and measure in _FLOOR_AREAS
        and (set_up := _NAMED_LAST_BEFORE.search(text, 0, clause_start))
    ):
        return set_up["name"] + measure  # 设立「港大X研究中心」，楼面面积约4,500平方米: the centre's
    referent = subject_before(text, clause_start) if measure in ("总投资", "投资额") else ""
    if referent.startswith(("该", "此")) and not referent.startswith(("此次", "该次")):
        return referent + measure  # 该分中心由…共同建设，计划总投资约12亿元: the centre's, named before
    if measure in _INVESTMENT and (signed := _SIGNED_COUNT.search(text, max(0, clause_start - 24), clause_start)):
        what = signed.group("what") or signed.group("signed") + signed.group("projects")  # 共有12个项目现场签约
        return what + measure  # 现场签约项目23个，总投资约156亿元: the signed projects'
    once = _ONCE_DONE.search(text, max(0, clause_start - 14), clause_start)
    if once and once.end() == clause_start and measure in text[clause_start : quantity.start]:
        return once.group("when") + measure
    if measure in _PLACE_NOUNS:  # 这块不足4平方公里的土地上: whose land, the sentence does not say
        if not entities:
            return ""
        measure = entities[0]
    elif measure in _GENERIC or (quantity.unit in _AREA_UNITS and not lexicon.entity_names_in(fold(measure))):
        said = list(SAYING.finditer(text, 0, quantity.start))  # X公司总裁Y透露，…面积: X is who speaks
        told = _BUILT_BY.sub("", _LOCATED.sub("", text[said[-1].end() if said else 0 : quantity.start]))
        # 选址于X…，占地; 由X与Y共同建设，总面积: neither X's
        partners = _partners(told, lexicon)
        before = [
            name
            for name in lexicon.entity_names_in(fold(told))
            if name not in partners and not _A_DOCUMENT.search(name)
        ]  # 国务院印发园区发展规划；…园区科研用房面积: the park's, a plan owns no floor space
        if measure.startswith("园区"):
            before = [name for name in before if _A_PARK.search(name)]  # …，园区科研用房面积: no 国务院's
        if quantity.measure.startswith(_ACTION_WORDS):  # 推进皇岗口岸片区整备，力争新增科研空间: not 皇岗's
            own = lexicon.entity_names_in(fold(clause_before(text, quantity.start)))
            before = own or [name for name in before if name in ZONE_WIDE]
        owner = _PROVIDER.search(clause_before(text, quantity.start))
        provided = _PROVIDES.match(clause_before(text, quantity.start))
        if owner and measure not in _GENERIC:  # 首批三座大楼提供约13万平方米的总楼面面积
            whose = _BENEFICIARY.sub("", owner.group("owner"))  # 届时可为第二期提供…: 第二期's
            measure = measure if measure.startswith(whose) else whose + measure
        elif (
            provided
            and measure not in _GENERIC
            and (subject := subject_before(text, clause_start))
            and not subject.startswith(("有关", "相关"))  # 有关工程…，届时可提供约十二公顷的发展用地: which works?
        ):
            measure = _WORKS_ON.sub("", subject) + measure  # X预计…落成，提供合共约12万平方米楼面面积: X's
            # (X的上部结构7月平顶，…届时将提供…楼面: X's, not its structure's)
        elif (
            _FLOOR_AREA.match(measure)
            and text.startswith(measure, clause_start)
            and ((subject := subject_before(text, clause_start)) and (not before or _A_NAME.match(subject)))
        ):
            measure = subject + measure  # X共三座，总楼面面积约九万平方米; 河套国际人才公寓位于…，总建筑面积…: X's
        elif text.startswith(measure, clause_start) and (laid := _LAID_BEFORE.search(text, 0, clause_start)):
            measure = laid.group("what") + measure  # …在大楼天台铺设太阳能光伏板，总面积约…: the panels'
        elif (
            measure in ("面积", "总面积")
            and text.startswith(measure, clause_start)
            and _HEAD_NOUN_SUBJECT.fullmatch(subject := subject_before(text, clause_start))
        ):
            measure = subject + measure  # X实验室…开幕。实验室位于…，面积约三千平方米: the lab's, named before
        elif text.startswith(measure, clause_start) and (referent := subject_before(text, clause_start)).startswith(
            ("该", "此")
        ):
            measure = referent + measure  # 该平台由X与Y共同建设，总面积…: the platform's, named before
        elif (quoted := _quoted_after_names(told, lexicon)) and not measure.startswith(quoted):
            measure = quoted + _OWNER_AGAIN.sub("", measure)  # 公布北部都会区「大学教育城」的选址，…占地: its
        elif before and not measure.startswith(before[-1]):  # 产业规模 after 产业: not 产业产业规模
            phase = _PHASE_OF_THE_MEASURE.search(text, 0, quantity.start)  # 第一期的总楼面面积: the phase's
            of_it = phase.group("phase") if phase and phase.group("measure") == quantity.measure else ""
            measure = before[-1] + of_it + _OWNER_AGAIN.sub("", measure)  # 河套深圳园区 + 园区科研空间: said once
    elif _COUNTED.search(measure) and len(measure) <= 8 and not lexicon.entity_names_in(fold(measure)):
        region = clause_before(text, quantity.start)
        if _NO_SUBJECT.match(region):  # 香港科学园深圳分园…开园，已进驻40家…: the subject went before
            region = clause_before(text, quantity.start - len(region) - 1) + region
        region = region[region.rfind("、") + 1 :]  # 8个…研发中心、5所…高校项目10个: a sibling, not the owner
        if region.endswith("等"):
            return measure  # 引进了A、B等11个重大科研平台: A and B are examples counted, no owner
        if said := list(SAYING.finditer(region)):
            region = region[said[-1].end() :]  # X公司行政总裁透露，目前园区已有约140间机构: not X's
        region = _BUILT_BY.sub("", region)  # 由香港科技大学与…共同建设，目前已有研究人员…: the builders' no
        subjects = [s for s in lexicon.entity_names_in(fold(region)) if s not in ZONE_WIDE]
        subjects = subjects or [e for e in entities if e in fold(region) and e not in ZONE_WIDE]  # found by shape
        if HEAD_OWNED.match(measure):
            pass  # 团队现有研究人员35人: 团队's already, whose name was told before
        elif subjects:
            measure = _owned(subjects[-1], measure)
        elif opened := _QUOTED_SUBJECT.match(region) or _QUOTED_SUBJECT.match(
            text, start_of_clause(text, clause_start, "。；;")
        ):  # the clause's region, or its sentence (or the piece after a semicolon)
            measure = _owned(opened.group("name"), measure)  # “深港创客港”2034年6月开业，目前在孵企业73家: its
        elif (
            not _ZONE_NAMED.search(region)
            and not _THIS_ONE.search(region)  # 本届大赛共评出获奖项目20个: the contest's, not a winner's
            and (whose := _owner_told_before(text, quantity.start, entities))
        ):
            measure = _owned(whose, measure)  # X实验室…揭牌，现有研究人员92名: X's, not the zone's
        elif bare := _BARE_SUBJECT.match(region) or _BARE_SUBJECT.match(clause_before(text, max(0, clause_start - 1))):
            measure = _owned(bare.group("noun"), measure)  # 2027年实验室刚挂牌时，只有8名研究人员: the lab's
    elif (measure in _INVESTMENT or _FLOOR_AREA.match(measure)) and (sized := _SIZE_OF_NAME.match(text, quantity.end)):
        measure = sized.group("name") + measure  # 总投资约35亿元、建筑面积约20万平方米的X项目，…: X项目's
    elif (
        measure in _INVESTMENT
        and text.startswith(measure, clause_start)
        and (
            _A_NAME.match(subject := subject_before(text, clause_start))
            or re.sub("^[该新此]", "", subject) in BARE_NOUNS  # 该中心由…共建，首期投入约3亿元: the centre named before
        )
    ):
        measure = subject + measure  # X占地…，总投资约45亿元: X's (not 此次's)
    return _called_an_area(measure, quantity.unit)


def _called_an_area(measure: str, unit: str | None) -> str:
    """科研空间 in 平方米 is 科研空间面积, so that a question about an area finds it."""
    return (
        measure + "面积" if unit in _AREA_UNITS and "面积" not in measure and not measure.endswith("总量") else measure
    )


_LAID_BEFORE = re.compile(
    r"(?:铺设|安装|加装|兴建|新建|建设|建造|打造)(?P<what>(?![一二两三四五六七八九十\d]+[大个座项类种])[\u4e00-\u9fff]{2,12})[，,]$"
)
"""…铺设太阳能光伏板，总面积…: what is laid or built, whose size the next clause tells (not 打造三大创新
平台, things counted, which own no floor space of their own)."""
_NAMED_BEFORE = re.compile(r"[“「《]([^”」》、，,]{2,40}(?:包|计划|措施|举措|方案|办法|政策|细则|意见|行动))[”」》]")
"""A policy's name in quotes or a title, whose measures a count of 举措 or 措施 is."""
_DEAL_BEFORE = re.compile(
    r"(?P<deal>(?:首轮|新一轮|天使轮|Pre-?[A-E]\+?轮|[A-E]\+?轮|第[一二三四五六七八九十\d]+轮)?(?:融资|合同|订单|交易))[，,]\s*$"
)
"""…完成首轮融资，金额约三千万港元: the deal an amount told next is of."""
_BUSINESS_BEFORE = re.compile(
    r"(?P<what>办理业务|汇款|汇兑|交易|结算|放款|贷款)[^，,。]{0,10}?[\d一二三四五六七八九十百千万,.]+[笔宗单次][，,]\s*$"
)
"""…办理业务逾1,200笔，金额约6.8亿元: the amount of that business."""
_BARE_RATE = re.compile(r"[\u4e00-\u9fff]{1,3}率")
_RATE_OWNER = re.compile(
    r"(?:第[一二三四五六七八九十\d]{1,2}期)?(?:首|新|第[一二三四五六七八九十\d]{1,2})(?:批|期)?[一二三四五六七八九十两\d]*[批座栋幢]?大楼"
    r"|第[一二三四五六七八九十\d]{1,2}期"
    r"|[\u4e00-\u9fff]{2,6}?(?:公寓|基地|分园|中心|大厦)(?=[^，,。；;]{0,12}?率|[，,])"
)
"""第一期, 新大楼, 人才公寓: what a bare rate (出租率) told after it is of, so that the rates of
two buildings never join in one series (a bare 园区 may be either park: left bare)."""
_TARGET_BEFORE = re.compile(r"(?:到|(?<!截)至|力争|争取|目标|预计|计划)(?:在|于|到)?$")


def level_before_change(text: str, quantity: Quantity) -> bool:
    """由今年的500个增加到800个: 500 is the level at the start of the change, no aim of its own."""
    return bool(
        _FROM_LEVEL.search(text, max(0, quantity.start - 12), quantity.start)
        and _CHANGE_AFTER.match(text, quantity.end)
    )


_FROM_LEVEL = re.compile(r"(?:由|从)(?:[^，,。；;的\d]{1,8}的|(?:目前|现时|现在|当前|如今)的?)?(?:约|近|逾)?$")
_CHANGE_AFTER = re.compile(rf"[^\d，,。；;]{{0,3}}?{CHANGED_TO}")
_DATES_A_LEVEL = re.compile(r"的(?:约|近|逾)?[\d一二两三四五六七八九十百千]")
"""由今年的500个: the date of the level a change starts from, not the date it is aimed for."""


def target_date(text: str, quantity: Quantity, dates: list[DateMention], published: Published) -> str | None:
    """The date a figure is aimed for, if it is a target (到2035年…超过300万平方米; 计划…): a
    date in its clause, introduced as a target or lying after publication; for a span of years
    (“十五五”期间，…将由…增加到250万平方米), its end, by when the level is to be reached."""
    aimed_for = _target_date(text, quantity, dates, published)
    if aimed_for:
        ends = (
            end
            for d in reversed(dates)
            if d.iso == aimed_for
            and (end := _years_until(d))
            and end > d.iso
            and not _CHANGED_SINCE.search(text, 0, d.start)
        )
        return next(ends, aimed_for)
    running = [end for d in dates if (end := _years_until(d)) and d.end <= quantity.start]
    if (
        aimed_for is None
        and running
        and running[-1][:4] > published.iso[:4]
        and _REACHES.search(text, start_of_clause(text, quantity.start, CLAUSE_MARK), quantity.start)
    ):
        return running[-1]  # “十五五”期间，…科研用房面积由目前的约120万平方米增加到250万平方米
    clause_start = start_of_clause(text, quantity.start, CLAUSE_MARK)
    ahead = [d for d in dates if d.end <= clause_start and not _PAUSE.search(text, d.end, clause_start)]
    if (
        ahead
        and is_ahead(ahead[-1], published)
        and not [d for d in dates if d.start >= clause_start]
        and _REACHES.search(text, clause_start, quantity.start)
    ):
        return ahead[-1].iso  # 第二届计划将于明年2月招生，名额增至80个: the level then
    return None


def _years_until(date: DateMention) -> str | None:
    """The last year of a span of years (“十五五”期间: 2030), or None: not an occasion's days (展会
    12月10日至12日举行，预计超过2000人参加: as told, by its start)."""
    return date.until if date.until and len(date.until) == len("2030") else None


_REACHES = re.compile(rf"(?:{CHANGED_TO})(?:约|近|逾|超过)?$")


def _target_date(text: str, quantity: Quantity, dates: list[DateMention], published: Published) -> str | None:
    if level_before_change(text, quantity):
        return None
    dates = [d for d in dates if not (d.start and text[d.start - 1] in "由从" and _DATES_A_LEVEL.match(text, d.end))]
    clause_start = start_of_clause(text, quantity.start, CLAUSE_MARK)
    if _NOW_SAID.search(text, clause_start, quantity.start):
        return None  # …将迎来首批企业，目前已有14家企业签约: what is, not what is planned
    if _LEVEL_GOES_ON.match(text, clause_start) and clause_start > 1:
        clause_start = start_of_clause(text, clause_start - 1, CLAUSE_MARK)  # 届时…将增加一倍，达到…: its level
    chronicle = CHRONICLE.match(text)  # 从2023年8月…，到2025年12月…，再到去年…: steps of a story, no aims
    sentence_targets = [
        d
        for d in dates
        if _TARGET_BEFORE.search(text[max(0, d.start - 4) : d.start])
        and not _level_then(text, d, quantity, published)
        and not (chronicle and is_past(d, published))
        and not (_CHANGED_SINCE.search(text, 0, d.start) and not is_ahead(d, published))
    ]  # not 到11月底，…已超过120万平方米: a level then; nor 从2022年的…增加到今年的…: a level now
    for date in dates:
        in_clause = clause_start <= date.start < quantity.start
        later = is_ahead(date, published)
        if in_clause and (date in sentence_targets or later):
            return date.iso
    aimed = re.search(
        r"将|预计|力争|争取|目标|届时|希望|打算|有望|可望|计划(?![」》”]|自)", text[clause_start : quantity.start]
    )
    own = [d for d in dates if clause_start <= d.start < quantity.start and not is_past(d, published)]
    if aimed and own:  # 年内预计可以实现50家以上, 今年园区将新增…: by the date in its own clause
        return own[-1].iso
    then = [d for d in dates if d.end <= quantity.start and not is_past(d, published)]
    if aimed and aimed.group(0) == "届时" and then:  # …约于2029年完成，届时可提供约10公顷: by then
        return then[-1].iso
    if _PROVIDES.match(text[clause_start:]) and (ahead := [d for d in then if is_ahead(d, published)]):
        return ahead[-1].iso  # 宿舍…预计明年年底落成，可提供约六百个单位: once it stands
    if _FIRST_YEAR.search(text, clause_start, quantity.start):  # counted from a start, not by 两年内
        starts = [d for d in then if is_ahead(d, published) and _FROM_THEN.match(text, d.end)]
        return starts[-1].iso if starts else None  # 将于2037/38学年起招收…，首年计划招生80人: from then
    if not own and _WHOLE_YEAR.match(text, clause_start) and _AIM_BEFORE.search(text, 0, clause_start):
        return str(published.year)  # 园区将…，确保三季度…，全年固定资产投资突破200亿元: this year's, not by September
    ahead = [d for d in dates if is_ahead(d, published)]
    told = [d for d in sentence_targets or ahead if d.start < quantity.start] or sentence_targets or ahead
    if aimed and told:  # …将于明年3月推出…，首批预计支援约50间企业
        return told[-1].iso
    opening = _opening_date(text, dates)
    if (
        opening
        and not is_past(opening, published)
        and re.search(r"将|力争|拟|计划", text[opening.end : quantity.start])
    ):
        return opening.iso  # 2022年，福田将…新增推出15万平方米: the year's plan
    for date in sentence_targets:  # 力争到2030年，中试转化项目累计超过200个: the clause before is the date
        if date.end <= clause_start and not text[date.end : clause_start].strip("，,；; "):
            return date.iso
        if date.end <= clause_start and _AIMS_LISTED.match(text, date.end, clause_start):
            return date.iso  # 到2036年，园区将实现“三个倍增”：…由210个增至420个以上，…: the aims listed
    if aimed and not own and _WHOLE_YEAR.search(text, clause_start, quantity.start):
        return str(published.year)  # 预计全年…将突破530亿元: this year's aim
    if clause_start > 1 and (_ADDS_WITH_IT.match(text, clause_start) or _ITS_SIZE.match(text, clause_start)):
        previous = start_of_clause(text, clause_start - 1, CLAUSE_MARK)
        ahead = [d for d in dates if is_ahead(d, published) and _ITS_SIZE.match(text, clause_start)]
        if aims := [d for d in [*sentence_targets, *ahead] if previous <= d.start < clause_start]:
            return aims[-1].iso  # 争取在2027年底前建成X，新增人才住房2000套; 会在2027年内成立X，首期规模…
    return None


_FLOOR_AREAS = frozenset({"面积", "楼面面积", "总楼面面积", "建筑面积", "总建筑面积", "使用面积"})
_ITS_SIZE = re.compile(r"(?:首期|总|初期)?(?:规模|资金规模|基金规模)")
"""…成立「X基金」，首期规模约50亿元: the size of what the aim before sets up, by then."""
_ADDS_WITH_IT = re.compile(r"(?:新增|增加|提供|带动)(?![^，,。；;]*[了已])")
"""…建成首批国际人才社区，新增人才住房2000套: what the aim of the clause before brings."""


_AIMS_LISTED = re.compile(r"[，,]?[^，,。；;：:\d]{0,16}?(?:将|力争|争取|目标)[^。；;：:\d]{0,24}[：:][^。；;]*$")
"""到2036年，园区将实现“三个倍增”：…: a list of what the year's aim holds, each item by then."""
_FROM_THEN = re.compile(r"[）)]?\s*(?:起|开始)")
_FIRST_YEAR = re.compile(r"首年|第一年|头一年|开业初期|运营初期")
_CHANGED_SINCE = re.compile(rf"(?:从|由)(?:19|20)\d{{2}}年(?:[^，,。；;]|(?<=\d),(?=\d)){{0,12}}?(?:{CHANGED_TO})$")
"""从2022年的约9,000人增加到(今年): the change since a year before, to now."""
_LEVEL_GOES_ON = re.compile(r"\s*(?:达到|达|增至|升至|扩大至|扩大到)")
"""…将增加一倍，达到6000平方米: the level the clause before's change reaches, at its time."""
_WHOLE_YEAR = re.compile(r"(?<![\d年今去明前本上下])全年")
_AIM_BEFORE = re.compile(r"将|力争|争取|确保|目标|计划|预计")


def _level_then(text: str, date: DateMention, quantity: Quantity, published: Published) -> bool:
    """Whether the quantity is a level reached by a past date (到11月底，…已超过120万平方米, told in
    December): what was so then, not an aim."""
    return is_past(date, published) and "已" in text[date.end : quantity.start]


def dated_base(text: str, quantity: Quantity, dates: list[DateMention]) -> DateMention | None:
    """The date of the level a change began from, where the quantity is that level (由去年底的约
    800人，增至…: 800, of 去年底); None if it is not one."""
    for date in dates:
        if (base := _BASE_OF_CHANGE.match(text, date.end)) and date.end <= quantity.start < base.end():
            return date
    return None


PRICED_APART = re.compile(r"溢价|折让|折价|价差")
"""较X今年6月最近一轮融资的估值溢价约15%: a premium (or discount) over a price of another time, a
measure of its own, true when the deal is told (较前年的40家 is the base, of its year)."""


def dated_as_of(text: str, quantity: Quantity, dates: list[DateMention], published: Published) -> str:
    """When a figure was true: a date in its own clause, else an 截至 (as-of) date in the
    sentence, else a date that opens the sentence as its own clause, else the article's
    publication date."""
    clause_start = start_of_clause(text, quantity.start)
    clause_end = end_of_clause(text, quantity.end)
    if base := dated_base(text, quantity, dates):
        return _period_end(text, base, published)  # 由去年底的约800人增至…: 800 is of 去年底
    in_clause = [
        d
        for d in dates
        if clause_start <= d.start < clause_end
        and not _BASE_OF_CHANGE.match(text, d.end)
        and not ((attribute := _DATED_ATTRIBUTE.match(text, d.end)) and attribute.end() <= quantity.start)
        and not (
            COMPARED_WITH_ANOTHERS.match(text, clause_start, d.start)
            and PRICED_APART.search(text, d.end, quantity.start)
        )
    ]  # 今年9月上线的平台已累计办理业务1.2万件: 9月 dates the launch, the count is now; 较X今年6月…的估值
    # 溢价约15%: June is of what the premium is over
    in_clause = [
        d for d in in_clause if not any(0 <= e.start - d.end <= 3 and len(e.iso) > len(d.iso) for e in in_clause)
    ]  # 公司今年1—10月营业收入…: the months say more than the year
    as_of = [d for d in dates if text[max(0, d.start - 2) : d.start] == "截至"]
    for date in sorted(in_clause, key=lambda d: d not in as_of):
        if text.startswith("至今", date.end) or _SINCE_THEN.match(text, date.end):
            return published.iso  # 自2023年以来累计引进…逾3000人; 自9月试行以来…: counted since then, to now
        if len(date.iso) == len("2026") and (within := [d for d in as_of if d.iso.startswith(date.iso)]):
            return within[-1].iso  # 截至上周五，今年经…累计达10.3亿元: this year's, to that Friday
        if (
            not date.approximate
            or _EDGE.search(text, date.start, date.end)
            or (is_ahead(date, published) and text.startswith(("前", "后"), date.end))  # 将于元旦后配租
        ):
            return _period_end(text, date, published)  # 去年年底…约有1,100人; 今日公布截至9月底的数据：…: 9月底
    if _NOW_SAID.search(text, clause_start, quantity.start) or _YEARS_SINCE.match(text, clause_start):
        return published.iso  # 12月中旬，…，目前已有14家企业签约; …去年今日启用，一年来…增至: now, not then
    if (
        text.startswith("其中", clause_start)
        and (
            told_before := [
                d
                for d in dates
                if d.end <= clause_start
                and not _founded_on(text, d)
                and not COMPARED.search(text, max(0, d.start - 2), d.start)  # 较上年同期增加…；其中…
            ]
        )
        and not _NOW_SAID.search(text, told_before[-1].end, clause_start)  # 成立于2021年，目前员工…，其中…: now
        and not _counted_since(text, told_before[-1])  # 自今年1月启动以来，共吸引…，其中…占比: to now
    ):
        return _period_end(
            text, told_before[-1], published
        )  # 前三季度新增…1,152户，其中港资企业214户: of the same time
    months_before = [
        d
        for d in dates
        if d.end <= clause_start
        and not _PAUSE.search(text, d.end, clause_start)
        and _months_counted(text, d, published)
    ]
    if months_before and not [d for d in dates if d.start >= clause_start]:
        return _period_end(text, months_before[-1], published)  # 今年1—11月累计提供服务…，服务企业340家: to November
    for date in dates:
        if date in as_of or (
            text[max(0, date.start - 1) : date.start] == "至" and text[max(0, date.start - 2) : date.start] != "起至"
        ):  # 截至6月底; not 即日起至12月8日, a period
            return date.iso
        if text[max(0, date.start - 1) : date.start] == "到" and _level_then(text, date, quantity, published):
            return date.iso  # 到11月底，…已超过120万平方米
    if text.startswith(("此后", "其后", "自此", "从此"), clause_start) and not [
        d for d in dates if d.start >= clause_start
    ]:
        return published.iso  # 2021年12月，X挂牌成立，此后陆续出台…措施40余项: counted since, to now
    if _GOES_ON.match(text, clause_start) and clause_start > 1:  # X于去年11月举办，共吸引…: as of then
        before = start_of_clause(text, clause_start - 1)
        told = [d for d in dates if before <= d.start < clause_start and not d.approximate]
        if told and not _counted_since(text, told[-1]):
            return _period_end(text, told[-1], published)  # not 自今年6月启动报名，共收到…: counted since, to now
    told = [
        d
        for d in dates
        if d.end <= clause_start
        and (not d.approximate or _EDGE.search(text, d.start, d.end))  # 去年底完工，新建…共约12万平方米
        and not d.anniversary
        and text[d.end : d.end + 1] != "的"
        and not COMPARED.search(text, max(0, d.start - 2), d.start)
        and not text.startswith(COMPARED_AFTER, d.end)  # 与三年前相比，…增加到约4,500人: now
        and not _founded_on(text, d)  # 成立于2021年，…团队约150人: now
        and not _HEARD_ON.match(text, d.end)  # 记者昨日获悉，…近日完成融资，融资额达…: not yesterday's
        and not YEARS_OCCASION.match(text, d.end)  # 4月1日，X2041年春季…签约活动举行，现场签约…: 4月1日's
    ]  # 由去年的400个增至600个，…; 较2024年提升22.4%；…430件: the base of a change, no time of what follows
    since = told and _counted_since(text, told[-1])
    now_said = told and (
        NOW.search(text, clause_start, quantity.start) or NOW_SAID_BEFORE.search(text, told[-1].end, clause_start)
    )  # 较2024年提升22.4%；…430件: a comparison in the clause before says nothing of now
    if _OPENED_THEN.search(text, 0, clause_start) and quantity.measure.endswith("率"):
        return published.iso  # 首批三座大楼已于去年全部落成，出租率达八成: how full they are now
    if told and _RISEN_IN_CLAUSE.search(text, clause_start, quantity.start) and _deed_told_on(text, told[-1]):
        return published.iso  # 第二研发中心已于今年4月投入使用，研发人员由年初的420人增至510人: now, not April
    if told and not since and not now_said and is_past(told[-1], published):
        return _period_end(text, told[-1], published)  # 去年园区举办…逾千场，参与人数超过8万人次: of that year
    if len(told) > 1 and not since and not is_ahead(told[-1], published):
        return published.iso  # 今年7月，…发布…，8月中旬，首批12家… (told in August): of now, not of July
    piece = start_of_clause(text, quantity.start, "；;")  # 2024年，…；次年，…100家: 次年's
    if piece and _NOW_SAID.search(text, piece, quantity.start):
        return published.iso  # 两年前的今天，…仍是一片工地；如今，…逾二百间机构进驻: now
    opening = (piece and _opening_date(text, dates, piece)) or _opening_date(text, dates)
    if opening and _NOW_SAID.search(text, opening.end, quantity.start):
        return published.iso  # 该团队组建于2022年，现有…，其中博士后11名: now, not then
    return (
        _period_end(text, opening, published) if opening else published.iso
    )  # 今年1至10月，…新增42个: the sentence's time


_RISEN_IN_CLAUSE = re.compile(rf"(?:由|从)[^，,。；;]{{1,20}}?(?:{CHANGED_TO})(?:约|近|逾|超过)?$")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _deed_told_on(text: str, date: DateMention) -> bool:
    """Whether the date's clause tells a deed of its own (X已于今年4月投入使用), not only a time
    (2035年，…) whose clauses after it are all of then."""
    clause = text[start_of_clause(text, date.start) : end_of_clause(text, date.end)]
    if SAYING.search(clause) or "消息" in clause:
        return False  # 发展署2日发布消息，…由25家扩容至65家: the day it was told, what it tells is of then
    return len(_CJK.findall(clause)) - len(_CJK.findall(text[date.start : date.end])) >= 6


def _owned(owner: str, measure: str) -> str:
    """X的研究人员; 量子研究团队, not 量子研究团队的团队, where the owner is what is counted; X研究所的
    研究人员, not X研究所的研究所研究人员, where the measure opens with the owner's head."""
    if owner.endswith(measure):
        return owner
    head = next((owner[-n:] for n in (4, 3, 2) if len(measure) > n and measure.startswith(owner[-n:])), "")
    return f"{owner}的{measure[len(head) :]}"


def _founded_on(text: str, date: DateMention) -> bool:
    """星衡半导体成立于2021年: the founding's date, not the time of the figures told after it; nor
    公寓三期于2036年5月动工，总建筑面积约7.5万平方米: the ground-breaking's, not the building's size."""
    return (
        _FOUNDED_IN.search(text, max(0, date.start - 4), date.start) is not None
        or _BROKE_GROUND.match(text, date.end) is not None
    )


def _counted_since(text: str, date: DateMention) -> bool:
    """自今年6月起, 今年3月以来, 今年3月开通以来: what follows is counted since then, to now."""
    return bool(
        _SINCE.search(text, max(0, date.start - 2), date.start)
        or _SINCE_THEN.match(text, date.end)
        or text.startswith("至今", date.end)  # 2024年至今，…累计: to now
        or text.startswith("起", date.end)  # 于2024年起收集…，准确率达91%: since then, so now
    )


def _months_counted(text: str, date: DateMention, published: Published) -> bool:
    """今年1—11月, 1月至11月: months counted together, up to a month gone by."""
    months = len(date.iso) == len("2026-01") and (
        (date.until is not None and len(date.until) == len("2026-01"))
        or _MONTH_RANGE.search(text, date.start, date.end) is not None
        or _MONTHS_FROM.search(text, 0, date.start) is not None
    )
    return months and not is_ahead(date, published)


_MONTHS_FROM = re.compile(r"\d{1,2}月?[—\-－~至]$")


def _period_end(text: str, date: DateMention, published: Published) -> str:
    """A date's ISO form, or for months counted together (今年1至10月) the last of them: what was
    counted over them was true at their end. A time still running when the article was written
    (本周二…开营，…参加为期十天的活动, told on its fifth day) is counted as of that day."""
    months = _MONTH_RANGE.search(text, date.start, date.end)
    if months:
        return f"{date.iso[:4]}-{int(months.group(1)):02d}"
    if date.until and not is_ahead(date, published) and date.until[: len(published.iso)] > published.iso:
        return published.iso
    return date.until or date.iso  # 去年9月至今年2月期间，共有48名…: as of the range's end


def _opening_date(text: str, dates: list[DateMention], since: int = 0) -> DateMention | None:
    """A date that opens the sentence (or its part from `since`, after a semicolon) as a clause
    of its own (2022年，…; 今年1至10月，…): the time of all that part tells."""
    heard = HEARD.match(text, since)  # 记者日前从…获悉，今年1至10月，…: after who told it
    offset = heard.end() if heard else since
    opening = re.match(r"[^，,；;。]*[，,]", text[offset:])
    first = next((d for d in dates if d.start >= offset), None)
    if (
        opening
        and first
        and first.end <= offset + opening.end()
        and len(opening.group(0)) - (first.end - first.start) <= 7
        and not text.startswith(("以来", "至今"), first.end)  # “十四五”以来，…累计: counted up to now
        and not _SINCE_THEN.match(text, first.end)  # 自去年10月1日开馆以来，…已接待: to now
        and not text.startswith(COMPARED_AFTER, first.end)  # 与三年前相比，…: the base, not then
    ):
        return first
    return None


_MONTH_RANGE = re.compile(r"至(\d{1,2})月$")
_PAUSE = re.compile(r"[；;。：:]")
_SINCE_THEN = re.compile(r"[^，,；;。]{0,8}?以来")
_EDGE = re.compile(r"(?:年底|年末|年初|上半年|下半年|年中|季度?|月底|月末)$")

_YEARS_SINCE = re.compile(rf"\s*(?:{YEARS_SINCE})")
_NOW_SAID = re.compile(r"(?<![由从])(?:目前|现时)(?!的)|现已|(?<![表实发出体由从])现有|如今|至今")
"""What is now (目前已有14家); not 由目前的十八人增至三十人, where now is where the aim starts."""
_SINCE = re.compile(r"(?:自|从|自从)$")
_DATED_ATTRIBUTE = re.compile(
    r"[^，,。；;的]{0,4}?(?:上线|开通|启用|成立|设立|推出|落成|开业|开幕|投用|投入使用|建成)的"
)
"""今年9月上线的平台: the date is the launch's, an attribute of what is counted after it."""
_BROKE_GROUND = re.compile(r"(?:正式)?(?:动工|开工|奠基|动土)(?:建设)?[，,]")
_FOUNDED_IN = re.compile(r"(?:成立|创立|创办|组建|注册|设立|建立|始建|创建|落户)于$")
_GOES_ON = re.compile(r"\s*(?:共|累计|共计|合共|并|吸引|带动)")
"""A clause that goes on from the one before (…举办，共吸引约3200人次): no time of its own."""

_OPENED_THEN = re.compile(r"(?:落成|建成|竣工|完工|启用|开业|投用|投入使用|开园|开馆)[，,]$")
"""A place opened at the time told, and a rate after it (出租率, 入驻率): how it stands now."""
_HEARD_ON = re.compile(r"[^，,。；;]{0,24}?(?:获悉|了解到|得知|获知)[，,：:]")
"""The day a reporter heard the news (记者昨日从…获悉，…), which dates no figure the news tells."""
HEARD = re.compile(r"(?:记者[^，,。]{0,30}?(?:获悉|了解到|得知)|据[^，,。]{0,20}?(?:介绍|了解|悉|统计))[，,]")


__all__ = [
    "CLAUSE_MARK",
    "COMPARED",
    "HEARD",
    "NOW",
    "NOW_SAID_BEFORE",
    "PLACES_PROVIDED",
    "PRICED_APART",
    "SAYING",
    "as_partner",
    "clause_before",
    "dated_as_of",
    "dated_base",
    "level_before_change",
    "measure_owner",
    "target_date",
    "values_of_each",
]


_RESPECTIVELY = re.compile(r"(?P<what>[^，,。；;：:]{2,16}?)分别(?:为|是|达到|达|约为|约|录得)")
_LISTED_WITH = re.compile(r"\s*(?:、|和|及|以及|与)\s*")
_SAME_TIMES = re.compile(r"^(?:同期|其中|当年|各年)")
_OWNER_WORD = re.compile(r"^(?:该公司|公司|集团|园区)")


def respective_values(text: str, quantities: list[Quantity], dates: list[DateMention]) -> dict[int, tuple[str, str]]:
    """2023年、2024年及2025年，公司收入分别为1.2亿元、2.6亿元和4.9亿元，同期亏损分别为…: each value
    listed after 分别为 is of the date listed in the same place, under the words before 分别 (同期 names
    the same dates again). Keyed by each quantity's start: (measure, date)."""
    told: dict[int, tuple[str, str]] = {}
    listed_dates: list[DateMention] = []
    owner = ""
    ordered = sorted(quantities, key=lambda q: q.start)
    for respectively in _RESPECTIVELY.finditer(text):
        values = _values_listed(text, ordered, respectively.end())
        own = _dates_listed_before(text, dates, respectively.start())
        listed_dates = own or (listed_dates if _SAME_TIMES.match(respectively["what"]) else [])
        if len(values) >= 2 and len(values) == len(listed_dates):
            measure = _SAME_TIMES.sub("", respectively["what"]).strip()
            if _SAME_TIMES.match(respectively["what"]) and not _OWNER_WORD.match(measure):
                measure = owner + measure  # 公司收入分别为…，同期亏损分别为…: the firm's loss too
            owner = owner_word.group(0) if (owner_word := _OWNER_WORD.match(measure)) else owner
            for quantity, date in zip(values, listed_dates, strict=True):
                told[quantity.start] = (measure, date.until or date.iso)
    return told


def values_of_each(text: str, quantities: list[Quantity], dated: dict[int, tuple[str, str]]) -> list[Quantity]:
    """A馆和B馆的面积分别为3,000平方米和5,000平方米: each value listed after 分别为 is of the item
    listed in the same place before 的 (第二、第三中标候选人: 第二 shares 中标候选人), measured by the
    words after 的. Values whose items cannot be told apart (两家企业的融资额分别为…) are left out:
    a figure under another item's name would be wrong. Values of listed dates (`dated`) stay."""
    if "分别" not in text:
        return quantities  # most sentences list nothing: no scan of each of their places
    kept = {q.start: q for q in quantities}
    ordered = sorted(quantities, key=lambda q: q.start)
    for respectively in _RESPECTIVELY.finditer(text):
        values = _values_listed(text, ordered, respectively.end())
        if len(values) < 2 or any(q.start in dated for q in values):
            continue
        items, _, measure = respectively["what"].rpartition("的")
        named = [item for item in _LISTED_WITH.split(items) if item]
        if len(named) != len(values) or not measure:
            for quantity in values:
                kept.pop(quantity.start, None)
            continue
        shared = _ORDINAL.sub("", named[-1], count=1) if _ORDINAL.match(named[-1]) else ""
        for item, quantity in zip(named, values, strict=True):
            whole = item + shared if shared and _ORDINAL.fullmatch(item) else item
            kept[quantity.start] = replace(quantity, measure=whole + measure)
    return [kept[q.start] for q in quantities if q.start in kept]


_ORDINAL = re.compile(r"第[一二三四五六七八九十\d]{1,2}")


def _values_listed(text: str, ordered: list[Quantity], at: int) -> list[Quantity]:
    """The values listed one after another from `at` (3亿元、5亿元和7亿元)."""
    values: list[Quantity] = []
    for quantity in ordered:
        if quantity.start < at:
            continue
        gap = text[at : quantity.start]
        if (values and not _LISTED_WITH.fullmatch(gap)) or (not values and gap.strip()):
            break
        values.append(quantity)
        at = quantity.end
    return values


def _dates_listed_before(text: str, dates: list[DateMention], position: int) -> list[DateMention]:
    """The dates listed one after another (2023年、2024年及2025年) last before `position` in its part of
    the sentence."""
    before = [d for d in dates if d.end <= position and not _PAUSE.search(text, d.end, position)]
    if not before:
        return []
    chain = [before[-1]]
    for date in reversed(before[:-1]):
        if not _LISTED_WITH.fullmatch(text[date.end : chain[0].start]):
            break
        chain.insert(0, date)
    return chain if len(chain) >= 2 else []

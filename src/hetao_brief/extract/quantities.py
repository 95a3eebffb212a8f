"""Quantities in a sentence: a number, its unit and what it counts.

Numbers are normalised with cn2an (1.5万 → 15000, 百亿 → 10000000000) and scaled units
folded into base units (万平方米 → 平方米, 亿元 → 元) so that figures compare across articles.
What is counted (the measure) is read from the words after the unit (160余个高端科研项目) or,
failing that, before the number (深圳园区面积达3.02平方公里).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hetao_brief.extract.dates import YEARS_SINCE
from hetao_brief.extract.numerals import chinese_number
from hetao_brief.extract.sentences import end_of_clause, start_of_clause
from hetao_brief.extract.vocabulary import SOLD

SQUARE_FOOT = 0.09290304
"""Square metres in a square foot (平方呎), the unit Hong Kong gives floor areas in."""

# Unit as written → (base unit, multiplier). Longest first matters for the regex.
UNITS: dict[str, tuple[str, float]] = {
    "平方公里": ("平方公里", 1),
    "人次": ("人次", 1),
    "批次": ("批次", 1),
    "万平方米": ("平方米", 1e4),
    "万平米": ("平方米", 1e4),
    "平方米": ("平方米", 1),
    "万平方呎": ("平方米", 1e4 * SQUARE_FOOT),
    "万平方英尺": ("平方米", 1e4 * SQUARE_FOOT),
    "平方呎": ("平方米", SQUARE_FOOT),
    "平方英尺": ("平方米", SQUARE_FOOT),
    "平米": ("平方米", 1),
    "万㎡": ("平方米", 1e4),
    "㎡": ("平方米", 1),
    "公顷": ("公顷", 1),
    "亿港元": ("港元", 1e8),
    "万港元": ("港元", 1e4),
    "港元": ("港元", 1),
    "亿美元": ("美元", 1e8),
    "万美元": ("美元", 1e4),
    "美元": ("美元", 1),
    "万次": ("次", 1e4),
    "亿元人民币": ("元", 1e8),
    "万元人民币": ("元", 1e4),
    "元人民币": ("元", 1),
    "亿元": ("元", 1e8),
    "万元": ("元", 1e4),
    "元": ("元", 1),
    "亿澳门元": ("澳门元", 1e8),
    "万澳门元": ("澳门元", 1e4),
    "澳门元": ("澳门元", 1),
    "亿欧元": ("欧元", 1e8),
    "万欧元": ("欧元", 1e4),
    "欧元": ("欧元", 1),
    "个亿": ("元", 1e8),
    "公里": ("公里", 1),
    "米": ("米", 1),
    "万吨": ("吨", 1e4),
    "公吨": ("吨", 1),
    "吨": ("吨", 1),
    "公斤": ("公斤", 1),
    "万毫升": ("毫升", 1e4),
    "毫升": ("毫升", 1),
    "万立方米": ("立方米", 1e4),
    "立方米": ("立方米", 1),
    "万千瓦时": ("千瓦时", 1e4),
    "千瓦时": ("千瓦时", 1),
    "兆瓦时": ("千瓦时", 1e3),
    "兆瓦": ("千瓦", 1e3),
    "千瓦": ("千瓦", 1),
    "%": ("%", 1),
    "成半": ("%", 10),
    "成": ("%", 10),
    "倍": ("倍", 1),
}
COUNTERS = "个家名项笔件篇款套只种间条栋所批位人次台支队份张户颗辆宗册"
_CURRENCY = {"港币": "港元", "hk$": "港元", "$": "港元", "us$": "美元", "rmb": "元", "人民币": "元"}
"""A bare $ is Hong Kong's: mainland papers never write one."""
_NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u2009]\d{3})+(?![\d年月日])|\d+)(?:\.\d+)?(?:万|亿)?"
    r"|[一二两三四五六七八九十百千][零〇一二两三四五六七八九十百千万亿]*"  # 一百零五: 零 inside a number
    r"(?:点[零〇一二三四五六七八九]+)?"  # 十二点五
)
_FIRST = "0-9一二两三四五六七八九十百千万亿合总共累逾超突约近达高最不至多港人过每hHuUrR$"
"""The characters a quantity can begin with (a qualifier, a currency or a number): the scan
tries the pattern only where one stands."""
_PATTERN = re.compile(
    rf"(?=[{_FIRST}])"
    r"(?P<pre>(?:合共|合计|总计|共计|累计|共)?(?:逾|超过|突破|超|过|(?<![合公条契预节制邀相履签])(?<!(?<![月日年呎])租)(?:约为|约有|约)|近|达到|达|高达|最高不超过|最高可达|最高|最多|不足|不到|不少于|不低于|不超过|至少|多达)?)"
    r"(?:(?:每(?:日|天|周|月|年|小时|平方(?:呎|尺|英尺|米))){1,2}(?=[\d一二两三四五六七八九十]))?"  # 约为每日3,200人次;
    # 每平方呎28至35元: a daily level, a rent per square foot
    r"(?:(?P<currency>港币|人民币)|(?P<dollar>(?i:hk|us)?\$|(?i:rmb)\s?)|(?P<percent_of>百分之))?"
    rf"(?:(?P<low>{_NUMBER})(?P<lowunit>%(?=\S[\d.]+%)|元|港元)?(?:至|到|-|~|—|－|～))?"  # 增长35%至2.1亿元: no range
    rf"(?P<num>{_NUMBER})"
    r"(?P<post>余|多)?"
    rf"(?:(?P<unit>{'|'.join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))}|[{COUNTERS}])"
    r"|(?(dollar)|(?(percent_of)|(?!))))"  # HK$10亿 and 百分之八十 need no unit after them; others do
    r"(?P<post2>余|多|以上)?"
)
_SIZE_NAME = {"高": "高度", "长": "长度", "宽": "宽度", "深": "深度"}
_SIZE_WORD = re.compile(r"(?:^|[，,；;、\d层条座栋幢])(?P<word>高|长|宽|深)(?:约|逾|近|达)?$")
"""高约200米, 长约1.2公里: a height or a length, whose owner the clause before names."""
_STOP = re.compile(
    r"[，,。；;：:、（）()“”「」《》\s]|和|及|(?<!参)与|或|等|在(?![建孵读职岗营])|于|将|已|从"
    r"|正(?:在|加快|加速|逐步)|加快建设|相继|陆续|先后|均已|全部|预计|预期|计划|共同|(?<=参加|参与|出席)为期"
    r"|共(?=投资|引进|签约|完成|举办|服务|接待|发放|拨付)"
    r"|满载|载有|装载"
)
_LEAD_VERBS = re.compile(
    r"^(?:的|了|现将|将|再|又|另|引入|引进|推进和落地|共推进和落地|推进落地|推进|落地|汇聚|集聚|聚集|吸引|打造出|打造|建立|建成|"
    r"已|有(?!关)|共(?!享|建|同|用|性|识)|现有|累计|整备|投入使用|新增推出|记录|发展|完成|实现|录得|拟定|发表|测试认证|孵化出|设立|"
    r"来自|进驻|入驻|包括|提供|孵化(?!企业|项目|团队)|提出|合作区|河套合作区|其中|力争|争取|确保|预计)+"
)
_TRAIL_VERBS = re.compile(
    r"(?:由此|从而|至此|介乎|介于|达到|达|为|在|超过|超|突破|逾|大约|大概|(?<![租合公条契签])约|近|共|累计|已|有|是|的|了|将|预计|已经|总计|合计|可|能|可以|(?<![理自])由|从|"
    r"只|仅|当时|那时|起初|最初|当初|原本|如今|现在|目前|现时|当前|计划|力争|争取|维持|保持|仍|(?:由|从|(?<=的))每(?:日|天|周|月|年)|"
    r"(?<=[\u4e00-\u9fff]{3})(?<!累计)(?:交付|落成|启用|投用|竣工|完工|完成)|"
    r"(?:按年|同比)?(?:增|增加|提高|提升|扩大|扩展|扩充|扩容|扩|增长|壮大|升|上升|降|下降|减少|减|压缩|缩短|收窄)"
    r"(?:[一两二三]倍|[\d.]+[%倍]|[\d.]+个百分点)?(?:至|到))+$"
)
_PER_HEAD = re.compile(
    r"(?P<whose>每(?:十万|万|千|百)(?:名|个|位)?[\u4e00-\u9fff]{1,6}?)(?:拥有|有)(?P<what>[\u4e00-\u9fff]{2,8}?)(?:数量|数)?$"
)
_DEED_THEN_LEVEL = re.compile(r"[\u4e00-\u9fff]{1,4}[，,](?:目前|现时|现在|如今|现)?(?:为|是|达)?")
"""执行，目前为: what began at the date, then the level it is at; the measure is before the date."""
_AFTER_DATE = re.compile(r"^(?:上旬|中旬|下旬)?(?:前|起|以前|之前|后|以后|以来|底|内|期间)?(?:把|将|使)?")
"""What a cut-off date leaves before a measure (在2027年前把进驻机构数目增至150间: 进驻机构数目)."""
_ATTENDING = re.compile(
    r"(?<=..)(?:确认|正式|已|陆续|首批|率先)?(?P<did>参加|参与|出席|参会|参展|参赛|报名|获奖|到场|进驻|入驻|落户|入选|签约|受惠|受益)$"
)
_DURATION = re.compile(r"^(?:个)?(?:工作日|自然日|小时|分钟|星期|周|天|年|月)(?:内|以内|左右|$)")
"""3个工作日内: a time limit, no figure."""
_SPANS_OF_TIME = ("月", "小时", "钟头", "工作日", "星期", "礼拜", "季度", "学期")
"""What 个 counts when it is time that passes (三十个月), not things."""
_VERB_ONLY = frozenset({"推出", "设立", "成立", "建立", "举办", "举行", "揭牌", "开幕", "预留", "安排"})
_SET_ASIDE = re.compile(r"^[\u4e00-\u9fff]{0,6}?(?:预留|安排|拨款|拨出|拨付)$")
_USED_FOR = re.compile(r"[，,]\s*(?:用于|用作|以供|加快|推动)(?P<what>[^，,。；;]{2,30}?)(?=[，,。；;]|$)")
"""预留约十五亿元，用于X: money set aside for X, which the clause after names."""
"""会预留50亿元推出「X计划」: a verb, no measure."""
_GROWN_BY = re.compile(
    r"(?:按年|同比|环比|按月|较[\u4e00-\u9fff]{1,4}?)(?:增长|增加|上升|扩大|提高|提升|下降|减少|下跌|回升|回落|反弹)了?(?:约|逾|近)?$"
)
"""按年增长35%, 较上届扩大一倍: a change, no level."""
_SITTING = re.compile(r"(?:常务|全体|主任|党组)?(?:会议|会)")
"""七届一百二十次常务会议: which sitting, no count."""
_AT_THAT_TIME = re.compile(r"(?:当时|那时|起初|原本)(?:只有|仅有|只|仅|约有|有|为|约|共)*$")
_DISTANCE_AFTER = re.compile(r"(?:以外|之外|外|以内|之内|内|范围|处|左右的)")
_DISTANCE_BEFORE = re.compile(r"(?:距|距离|离|相距|相隔)[^，,。；;]{0,6}?(?:约|仅|只有|不到|不足)?$")
_UNIT_PRICE = re.compile(r"(?:单价|单台|单套|单件|每台|每套)(?:价值|原值|售价)?(?:在|为)?$")
_HOLDS_BEFORE = re.compile(r"(?:容纳|可供)$")
"""可容纳约1.2万名科研人员, 可供约三十间机构使用: room for them, not all there are."""
_HOLDS = re.compile(r"^(?:可|能)?(?:同时)?(?:容纳|接待)$")
_HOLDS_AFTER = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:可|能)?(?:同时)?容纳$")
"""可同时容纳1,200人: how many it holds."""
_DID = {
    **{"参加": "参会", "参与": "参会", "出席": "参会", "参会": "参会", "到场": "参会", "入驻": "进驻", "落户": "进驻"},
    **{"入场": "入场", "入园": "入园", "参观": "参观", "通关": "通关", "使用": "使用"},
}
"""200多名科研人员参加, 逾40间机构进驻: what is counted is the noun, not what it did."""
_FROM = re.compile(r"(?:来自|受聘于|任职于|就职于|就读于)[^，,。；;的]{1,20}的")
_SETTLED = re.compile(
    r"^(?!给予|提供|发放)(?P<what>[\u4e00-\u9fff]{2,6}?)(?:落户|进驻|入驻|扎根)(?:于|在)?(?P<where>[\u4e00-\u9fff]{2,10})$"
)
_CAME_FROM_ALONE = re.compile(r"来自(?P<where>[\u4e00-\u9fff]{2,8}?)(?=[，,。；;]|$)")
_CAME_FROM = re.compile(r"^(?P<what>[\u4e00-\u9fff]{2,6}?)来自(?P<where>[\u4e00-\u9fff]{2,8})$")
_SETTLED_BY = re.compile(r"^(?:将|已|共|现有)*(?:进驻|入驻)(?=[\u4e00-\u9fff]{2})")
_BULLET = re.compile(r"^[—\-–·•▌■●◆①-⑳❶-❿\s]+")
"""——新增落地科研项目：42个: a list's dash is no part of what is counted."""
_MODIFIERS = re.compile(
    r"^(?:(?:其中|当中)[，,]?|当时|届时|那时|力争|争取|[一二两三四五六七八九十\d]{1,2}(?:天|日|周|个月)(?:来|内|间)?(?:共|累计)|海内外|国内外|高品质|优质|世界知名高校)"
)
MAX_MEASURE = 16
"""Characters a measure may have (社保基金大湾区科技创新专项基金 is 15)."""
_CN_ONLY = re.compile(r"^[一二两三四五六七八九十百千万亿][零〇一二两三四五六七八九十百千万亿]*$")


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    raw: str
    value: float
    unit: str
    measure: str
    qualifier: str
    low: float | None = None
    """The lower end of a range (2万至5万元: 20000; `value` is the upper end)."""


def to_number(text: str) -> float | None:
    """'1.5万' → 15000.0, '百亿' → 1e10, '160' → 160.0; None if it is not a number."""
    text = re.sub(r"[, \u00a0\u2009]", "", text)  # thousands separators: 2,000亿, a release's 1 020名
    if _ARABIC.fullmatch(text):
        return float(text)  # most numbers in news: cn2an takes forty times as long to say so
    if text[0] in "百千万亿":
        text = "一" + text
    try:
        return chinese_number(text)
    except (ValueError, KeyError, TypeError):
        return None


_ARABIC = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_GENERIC = {"面积", "总面积", "规模", "总规模", "产业规模", "交易额", "空间"}
_PAREN = re.compile(r"[（(][^）)]*[）)]")
_YEAR = re.compile(
    r"^(?:到|至|截至|截止|在|于)?(?:(?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}日)?|今年|去年|明年|前年|近年来?)"
    r"(?:底|初|末|起|度)?"
)
_OWNED = re.compile(
    r"(?P<owner>[\u4e00-\u9fff]{0,8}(?:大楼|楼宇|园区|基地|中心|校区|片区|楼面|写字楼|实验室))(?:可提供|提供|拥有)?的(?P<what>[\u4e00-\u9fff]{2,8})$"
)
"""首三座大楼的可出租面积: whose area it is belongs to the measure."""


def _owner_whole(text: str, owned: re.Match[str]) -> str:
    """The owner of an owned measure, from a word's start: the clause's whole opening where the
    measure has room for it (香港园区第一期八座大楼的出租率), else from after a name the owner's
    first characters would cut (经皇岗口岸进出河套深圳园区的跨境科研物资: 进出河套深圳园区)."""
    start, end = owned.span("owner")
    if start == 0 or end + len(owned.group("what")) <= MAX_MEASURE:
        return text[:end]
    cut = [m.end() for m in _NAME_ENDS.finditer(text, max(0, start - 3), end) if start < m.end() < end - 2]
    return text[cut[0] : end] if cut else text[start:end]


_DONE = re.compile(
    r"(?P<done>[\u4e00-\u9fff]{0,2}(?:改造|运营|建成|启用|投用|新建|开放|整备|试点))的(?P<what>[\u4e00-\u9fff]{2,8})$"
)
"""启动改造的科创园区: what was done to the thing measured belongs to the measure."""
_ADMITTED = re.compile(r"(?:纳入|列入|入选|进入)[\u4e00-\u9fff“”「」]{1,10}的[\u4e00-\u9fff]{2,8}$")
_SUBJECT_THEN_NEW = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:还|也|又|再)(?=新)")
_WHEN = re.compile(
    r"^(?:较早时|较早前|早前|早些时候|日前|此前|前不久|近日|近期|目前|现时|现已|届时|至今已?|估计将?|预计将?"
    r"|[\u4e00-\u9fff]{0,4}?(?:完成|建成|落成|竣工|投用|启用)后"
    rf"|(?:成立|开业|开园|启用|运营|落户|入驻|创办|创立)?(?:{YEARS_SINCE})|[\u4e00-\u9fff]{{1,6}}?以来)"
)
_WHERE_IT_LIES = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:位于|坐落于|地处|设于)[\u4e00-\u9fff]{2,16}$")
_VERB_SPLIT = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})由|经过|历经|说起|谈起|讲起|分享|毋须|无须|不受|不会|不再|不变|集中(?=签|入驻|进驻|落户)|签署|签订|签约|通过(?!率)|评出|评选出|现场|同场|同台|举行|提出|出台|推出|发布|展示|(?<=[\u4e00-\u9fff]{2})向(?=[\d一二两三四五六七八九十])|落实|迅速|开展|落地|推进|引入|引进|汇聚|集聚|聚集|吸引|建成|拥有|现有|共有|区内共|的|将|计划|预计(?!完成[额值])|提供|(?<=项目|企业|机构|团队)拨付"
)


_NEWLY_DONE = re.compile(r"(?P<how>[新共]|现场|集中)(?P<verb>签约|引进|落地|认定|注册|签署)的?$")
_INTRODUCED = re.compile(r"(?P<verb>引进|引入|签约|落地)$")
_OVER_A_PERIOD = re.compile(rf"{YEARS_SINCE}|今年以来|全年")
"""一年来, 过去三年: what was brought in over them is a flow of those years, not all there is."""
"""新签约项目23个, 2025年共引进科研人才1,860名: what was done anew in a period, not all there is."""
_ADDED_LIST = re.compile(r"(?P<verb>新增|新引进|新设立)[^，,。；;\d]{2,24}?等$")
_ADDED_BEFORE = re.compile(r"(?P<verb>新增|新引进|新设立|新认定|覆盖|复盖|接入|首幅)的?$")
"""新增十二间…, 覆盖12家科研机构, 接入12家, 首批接入的12家: what was added or reached, not all there are."""
_GRANTED = re.compile(
    r"^(?:给予|提供|发放|申请|申领|获得)(?:一次性)?(?:最高|不超过|至多)?(?:[\d.,]+[万亿]?(?:元|港元))?(?P<what>[\u4e00-\u9fff]{2,6})$"
)
"""按投入的30%给予资助, 按融资额的10%给予最高50万元奖励: the share granted, 资助比例, 奖励比例."""
_SHARE_GRANTED_AS = re.compile(r"的(?P<what>补贴|奖励|资助|补助|贴息)(?=[，,。；;]|$)")
_NOT_COUNTED = {"方面", "层面", "部分", "环节", "维度", "国家", "国家和地区", "城市", "工作", "任务", "当中", "其中"}
_NOT_COUNTED |= {"首批"}  # 首批6种已在香港上市的罕见病药物: which come first, not what they are
_NOT_COUNTED |= {"省份", "省市", "个省份"}  # 已在全国18个省份的变电站投入使用: where it is used, no count of the zone
_SHARE = re.compile(r"^(?:约|大约)?(?:占比|占|比例|比重|约占)$")
"""占比约45%: a share of something the words before name, or of nothing a reader could tell."""
_ORIGIN = re.compile(r"来自$")
_ORIGIN_OF = re.compile(r"来自[^，,。；;的\d]{1,8}的$")
_FROM_PLACE = re.compile(r"来自[\u4e00-\u9fff]{2,8}的[\u4e00-\u9fff]{2,6}$")
_NEWLY_BUILT = re.compile(r"新建成[\u4e00-\u9fff]{2,6}$")
_SOME_OF_THEM = re.compile(r"其中[，,]?[^，,。；;]*$")
"""其中来自香港的人才: some of the whole counted before, named by where they come from (not 现有来自深港两地
的科研人员, the lab's whole)."""
_INSTITUTIONS_ONLY = re.compile(r"[\u4e00-\u9fff]{0,4}(?:机构|企业|高校|大学|院校|单位|公司)$")
"""…，来自两地的86家科研机构。: where those told of come from, no count of the zone's (not 来自两地的
200多名科研人员参加, who attended)."""
_RANK_BEFORE = re.compile(r"(?:首|前|第|百|跻身|位列|排名)$")
_RANK_AFTER = re.compile(r"(?:以内|之内|以前|左右的位置)")
_ACTION_BEFORE = re.compile(r"(?P<act>整备|建成|新建|新增|供给|(?<![可能将])提供|腾挪|改造|盘活|投入使用)(?:推出)?$")
"""整备60万平方米空间: space made ready, not all there is; 可提供 is what a building holds."""
_ACTIONS = {"投入使用": "投用"}
_SPACE = re.compile(r"^(?:空间|面积|规模)$|空间$")
_COPULA = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<![共已将可还])(?:为|是)(?=[\u4e00-\u9fff]{2})")


_TRIED_AMONG = re.compile(r"(?P<who>[\u4e00-\u9fff]{2,8}?)中(?P<deed>试行|试用|试点|推行|推广)")
"""计划自10月起在约200名科研人员中试行: the people a trial runs among, not 科研人员中试行."""


_AGED = re.compile(r"[\d一二三四五六七八九十]+(?:至|到|-|—|－)[\d一二三四五六七八九十]+岁的(?=[\u4e00-\u9fff]{2})")
"""128名6至16岁的棋手: the players, whose ages are no part of what is counted."""


def _measure_after(text: str, end: int, unit: str) -> str:
    if aged := _AGED.match(text, end):
        end = aged.end()
    if unit == "人次" and (verb := next((v for v in _DID if text.startswith(v, end)), None)):
        return _DID[verb] + unit  # 吸引约3200人次参与: 参会人次
    if (came := _CAME_FROM_ALONE.match(text, end)) and (
        told_whole := re.search(
            rf"[\d一二两三四五六七八九十]+{unit}(?P<noun>[\u4e00-\u9fff]{{2,8}}?)(?=入驻|进驻|落户|参加|参与|签约|[，,])",
            text[:end],
        )
    ):
        return f"来自{came['where']}的{told_whole['noun']}"  # 首批8家律师事务所入驻，其中5家来自香港: those firms
    if bought := _BOUGHT.match(text, end):  # 以约HK$3亿购入一幢位于新田的工业大厦: 购入工业大厦
        return bought.group("verb") + bought.group("what")
    if unit in ("元", "港元", "美元") and (deal := _STAKE_BOUGHT.match(text, end)):
        return deal.group("verb") + "金额"  # 拟以现金约4.6亿元收购X公司70%股权: what the stake costs
    origin = _FROM.match(text, end)  # 30家来自香港、内地和海外的机构: what is counted follows 的
    rest = text[origin.end() if origin else end :][: MAX_MEASURE + 4]
    rest = _OR_SET.sub("套", _A_SET.sub("", rest))  # 12台（套）装备进入首台（套）目录: 装备, 首台套目录
    if quoted := _QUOTED_NOUN.match(text, origin.end() if origin else end):
        noun = quoted["noun"] or quoted["kind"] + quoted["holder"]  # 50名“河套人才卡”持卡人: the card's holders
        rest = noun + text[quoted.end() :][: MAX_MEASURE + 4]  # 10个“河套联合攻关项目”授牌: the projects
    if places := _PLACES_FOR.match(rest):
        return places.group("head")  # 80个零至三岁幼儿的全日制名额: the places, not the children
    if among := _TRIED_AMONG.match(rest):
        return f"参与{among['deed']}的{among['who']}"  # 在约200名科研人员中试行: those the trial covers
    if unit in ("家", "间", "所") and (kinds := _JOINED_KINDS.match(rest)):
        return kinds.group(0)  # 8家医疗和科研机构, 12家实验室和企业: the kinds counted together
    joined = _JOINED_ORIGINS.match(rest)  # 860名港澳及境外科研人员: one kind of people, not 港澳
    tail = (joined.group(0) if joined else "") + _STOP.split(rest[joined.end() if joined else 0 :], maxsplit=1)[0]
    tail = _THEN_ADVERB.split(tail, maxsplit=1)[0]  # 约87公顷的土地便落在…: 土地
    tail = _PUT_TO_A_USE.sub("", tail)  # 租用约800平方米楼面设立研发中心: 楼面
    if trainees := _PEOPLE_THEN_DEED.match(tail):
        tail = trainees.group("who")  # 48名学员完成为期六个月的实习: the trainees
    if tail.startswith(("之间", "左右", "以上", "以下", "以内", "不变")) or _CHANGE_NEXT.match(tail):
        return ""  # 面积在35至90平方米之间: a range's end; 由约800人增至…: a level before a change
    tail = re.sub(rf"\d+[{COUNTERS}].*$", "", tail)
    if shown := _SHOWN_BY.match(tail):
        return "参展" + shown.group("noun")  # 届时将有30家机构展示约200台大型仪器: 参展机构
    tail = _NEXT_NUMBER_CUT.sub("", tail)  # 18个项目…资助资金共计1,260万元: the next number, cut at its comma
    tail = _DAY_WORD.sub("", tail)
    settled_by = _SETTLED_BY.match(tail)  # 十二间进驻机构: the institutions that moved in
    tail = _LEAD_VERBS.sub("", tail).replace("一次性", "")  # 给予一次性落户奖励: a grant's manner, no name
    if settled_by and tail and not tail.startswith(("进驻", "入驻")):
        tail = "进驻" + tail
    if used := _PUT_TO_USE.match(tail):  # 约五千平方米楼面作教学用途: 教学楼面
        return used.group("use") + used.group("what")
    if done := _NOUN_THEN_DONE.match(tail):  # 22个项目开工、9个项目竣工: 开工项目, 竣工项目
        if done.group("deed") == "颁发证书":
            return "获颁证书的" + done.group("noun")  # 为50名X持卡人颁发证书: those who got them
        return done.group("deed") + done.group("noun")
    if built := _BUILT_BY.match(tail):  # 由深港两地5所高校共建: 共建高校, those who built it
        return built.group("deed") + built.group("noun")
    if listed := _LISTED_AS.match(text, end):  # 27个项目拟列入2039年度X立项名单: 拟列入名单的项目
        return f"{listed.group('deed').removeprefix('拟')}{listed.group('list')}的{listed.group('noun')}"
    if deed := _NOUN_THEN_DEED.match(tail):  # 23家机构通过数据出境安全评估: 通过…评估的机构
        return f"{deed.group('deed')}的{deed.group('noun')}"  # 27家企业签订入驻意向协议: not 意向协议's
    if (deed := _DEED_ONLY_AFTER.match(tail)) and (
        sibling := re.search(rf"\d+{unit}(?P<noun>[\u4e00-\u9fff]{{2,6}}?)(?:将|已)?{deed['deed']}", text[:end])
    ):
        return f"{tail}的{sibling['noun']}"  # 其中7个项目将落户深圳园区，5个落户香港园区: 落户香港园区的项目
    if came := _CAME_FROM.match(tail):  # 另有3个项目来自香港: 来自香港的项目
        return f"来自{came.group('where')}的{came.group('what')}"
    if settled := _SETTLED.match(tail):  # 约60间机构落户港深创科园: 港深创科园的机构
        return f"{settled.group('where')}的{settled.group('what')}"
    measure = _VERB_SPLIT.split(tail)[0] or tail
    if (signed := _SIGNED_ON_SITE.match(tail, len(measure))) and len(measure) >= 2:
        return signed.group("did") + measure  # 首批12家科研机构现场签约投保: those that signed, no level
    after = (origin.end() if origin else end) + len(measure)
    if text.endswith(measure, 0, after) and len(measure) >= 2 and _MOVED_IN_SINCE.match(text, after):
        return "进驻" + measure  # 首批12家企业已签约入驻: 进驻企业, as 12家进驻企业 and 12家企业入驻 are
    if text.endswith(measure, 0, after) and len(measure) >= 2 and (shipped := _SHIPPED.match(text, after)):
        return shipped.group("deed") + measure  # 首批5万颗芯片已交付下游客户: 交付芯片, not all the chips
    if did := _ATTENDING.search(measure):  # 200多名科研人员参加: 参会科研人员; 逾40间机构进驻: 进驻机构
        verb = did.group("did")
        people = unit in ("人", "名", "位", "人次")  # 12个实验室参与: they take part, they attend nothing
        doing = _DID.get(verb, verb) if people or verb not in ("参加", "参与") else verb
        counted = re.sub(r"(?:可以|可|将|会|均|亦|也|已)+$", "", measure[: did.start()])  # 境外人才可受惠: 境外人才
        long_kind = verb in ("参加", "参与") and not people and len(counted) > 4
        measure = doing + ("的" if long_kind else "") + counted  # 参与的本地及海外机构
    if unit in ("人", "名") and _AT_WORK.fullmatch(measure) and not text.startswith("的", after):
        return measure + "人数"  # 每日约有1,800人上班: how many work there (not 有三万人工作的社区, a wish)
    return measure if len(measure) <= MAX_MEASURE else ""  # longer is a clause, not a name: cut, it would lose a word


_AT_WORK = re.compile(r"(?:上班|工作|办公|就业|居住|入住|通勤|在岗)")
_BOUGHT = re.compile(
    r"(?P<verb>购入|收购|买入|购置|投得)(?:[一两二三四五六七八九十\d]+[幢座间栋块所个宗])?(?:[^，,。；;]{0,14}的)?"
    r"(?P<what>[\u4e00-\u9fff]{2,6}?)(?=[，,。；;]|$)"
)
"""What a sum bought: the price of it (购入工业大厦)."""
_STAKE_BOUGHT = re.compile(r"(?P<verb>收购|并购|认购|增持)(?=[^，,。；;]{2,30}?(?:股权|股份))")
_PUT_TO_USE = re.compile(
    r"^(?P<what>[\u4e00-\u9fff]{1,4}?)(?:用作|(?<![合工创操写协制运动著])作为?)(?P<use>[\u4e00-\u9fff]{2,6}?)(?:用途|之用)?$"
)
"""楼面作教学用途: floor space for teaching, what it is put to first."""
_MOVED_IN_SINCE = re.compile(r"(?:(?:已经?|均已|陆续|先后)(?:签约)?|签约)(?:入驻|进驻|落户)(?=[，,。；;]|$)")
_SHIPPED = re.compile(r"(?:已经?|均已|陆续|先后|将)?(?P<deed>交付|发货|出货|下线|售出|交予|交到)")
_SIGNED_ON_SITE = re.compile(r"(?:现场|当场|正式|集中)(?P<did>签约|签署)")
_CLOSED_AT = re.compile(r"(?:收盘报|收报|报收|收于|收市报)$")
_QUOTED_AT = re.compile(r"(?:^|[，,])(?P<firm>[\u4e00-\u9fff]{2,8}?)(?:股价)?报$")
"""截至12月1日收盘，锐思智控报58.36元/股: the share as quoted at the close told before."""
_PLACES_FOR = re.compile(
    r"^[^，,。；;的]{2,12}?的(?P<head>(?:全日制|半日制|全日|半日)?(?:名额|学位|床位|岗位|职位|席位|车位|宿位))"
)
_A_SET = re.compile(r"^[（(]套[）)]")
_OR_SET = re.compile(r"(?<=台)[（(]套[）)]")
_THEN_ADVERB = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?:主要(?=从事|研究|来自|集中|分布|涉及|包括|面向|服务|$)|便(?!利)|就(?![业读医诊近])|(?<![规原准细守实否法总通])则|可(?=[在于以享获直通申参])|(?<![许认不即无尽])可$)"
)
_NOUN_THEN_DONE = re.compile(
    r"^(?P<noun>[\u4e00-\u9fff]{0,8}?(?:项目|工程|企业|机构|平台|团队|中心|实验室|持卡人|持证人))"
    r"(?P<deed>开工|动工|竣工|完工|建成|投产|投用|落地|开业|签约|授牌|颁奖|揭牌|颁发证书)$"
)
_BUILT_WITH = frozenset({"建设", "兴建", "建造", "兴办"})
"""由政府拨款约二十亿元建设: what the sum is for; the sum is named by who gives it (政府拨款)."""
_BUILT_BY = re.compile(
    r"^(?P<noun>[\u4e00-\u9fff]{0,4}(?:高校|大学|机构|企业|单位|医院|院校))(?P<deed>共建|合建|联合共建|共同建设|共同发起|发起)$"
)
_DEED_ONLY_AFTER = re.compile(r"(?P<deed>落户|进驻|入驻|迁入|签约)[\u4e00-\u9fff]{2,10}$")
"""5个落户香港园区: a deed and a place, whose noun the sibling count told (7个项目将落户深圳园区)."""
_QUOTED_NOUN = re.compile(
    r"[“「](?P<noun>[\u4e00-\u9fff]{2,14}(?:项目|计划|企业|机构|平台|团队|实验室|中心))[”」]"
    r"|[“「](?P<kind>[\u4e00-\u9fff]{2,14})[”」](?P<holder>持卡人|持证人|得主|会员|学员|成员)"
)
_NEXT_NUMBER_CUT = re.compile(r"(?:共计|合计|总计|共|约|逾|近|超过)?\d[\d.]*$")
_LISTED_AS = re.compile(
    r"(?P<noun>[\u4e00-\u9fff]{0,4}(?:项目|机构|企业|单位|团队|平台))(?P<deed>拟列入|列入|拟纳入|纳入|入选)[^，,。；;]{0,30}?"
    r"(?P<list>白名单|立项名单|资助名单|名单)"
)
_SHOWN_BY = re.compile(
    r"^(?P<noun>机构|企业|公司|单位|团队|高校)(?:展示|展出|参展)[\u4e00-\u9fff]{0,8}?(?:约|逾|近|超过)?$"
)
_NOUN_THEN_DEED = re.compile(
    r"^(?P<noun>[\u4e00-\u9fff]{0,8}?(?:机构|企业|公司|单位|团队|高校|项目|学生|代表|嘉宾|市民|旅客|车辆|车|人员|人才|装备|设备|产品))"
    r"(?P<deed>领卡|(?:领取|获颁|通过|获得|取得|完成|加入|申请|获批|入选|纳入|进入|开展|办理了?|签订|签署|到访|参观|出席|提交|递交|成为)[\u4e00-\u9fff]{2,10})$"
)
"""What the counted did names them (已有23家机构通过安全评估), as 进驻 does (进驻机构)."""
_ORIGIN_WORD = r"(?:港澳|香港|澳门|内地|境外|海外|本地|国内|国际|外籍|深港)"
_JOINED_ORIGINS = re.compile(rf"{_ORIGIN_WORD}(?:及|和|与){_ORIGIN_WORD}")
_JOINED_KINDS = re.compile(
    r"[\u4e00-\u9fff]{2,4}(?:及|和)[\u4e00-\u9fff]{0,4}?(?:机构|企业|单位|院校|高校|医院|实验室)"
    r"(?!代表|负责人|人员|员工|人士|参与|参加|参展|进驻|入驻|落户)"
)
"""8家医疗和科研机构: kinds counted together (not 企业代表, people; not …机构参与, whose deed names them)."""
_EXPECTED_BASE = re.compile(r"(?:超|超出|超过|高于|低于|多于|少于|不及)[^，,。；;\d]{0,10}?(?:预期|预估|估计)的?$")
_INTENT = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:表达了?|表示了?|流露出?)[^，,。；;]{0,12}?(?:意向|意愿|兴趣)")
"""5家德国企业表达了落户园区的意向: who wish to come, no level of the zone."""
_DAY_WORD = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:前日|昨日|今日|昨天|今天|前天|日前|近日|同日|当日|当天)(?:起)?(?=[\u4e00-\u9fff]|$)"
)
"""约四十名深圳中学生前日到访…: when they came is no part of who was counted."""


_ENDS_COUNTED = re.compile(
    r"^(?P<noun>[^\d]{2,}?)(?:当时|那时|起初|最初|原本)?(?:只有|仅有|约有|约为|约|有|为|达|逾|超过|近)?(?:[\d,.]+[万亿]?|[一二两三四五六七八九十百千]+(?=[个家名项所人间位])|[一二两三四五六七八九十]{1,3}(?=成))"
    r"(?:[个家名项所人间位]|平方米|平方公里|公顷|%|成半?)$"
)
_TO_THE_DATE = re.compile(r"(?:到|至|截至|截止|在|于|(?:已经?|将)?(?:由|从))$")
"""园区科研空间到2028年将超过…: 到 leads to the date, no part of what is measured."""
_ENLARGED = "数目|数量|人数|规模|名额|面积"
_ENLARGED_FIRST = re.compile(f"^[^，,。；;]*?(?:扩大|扩充|增加|提高|提升)(?=[^，,。；;]{{2,24}}?(?:{_ENLARGED})至$)")
_ENLARGED_TO = re.compile(f"(?<={_ENLARGED})至$")
_DISPOSAL = re.compile(r"^[^，,。；;]*?把(?=[\u4e00-\u9fff]{2})")
_QUOTED_OWNER = re.compile(r"(?:^|的|向|为|对)[「“](?P<name>[^」”]{2,14})[」”](?P<what>[\u4e00-\u9fff]{1,6})$")
_YEAR_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff」”』》])(?:今年|去年|明年|本年)(?:的)?(?=[\u4e00-\u9fff]{2})")
_THIS_BATCH = re.compile(r"^(?:本批|本轮|本次|此次|该批)(?:共|合共|累计)?")
_COMPARED_TAIL = re.compile(
    r"(?:同比|环比|按年|较[^，,。]{1,8}?)(?:增长|增加|上升|提高|提升|扩大|下降|减少)[约逾近]?[\d一二两三四五六七八九十.,]*(?:成|%|倍|个百分点)?$"
    r"|(?<=[\u4e00-\u9fff]{2})(?:[一二两三四五六七八九十\d]+年(?:来|间|内)?)?(?:将|已|可|再)?"
    r"(?:(?:增加|增长|扩大|提高|提升)了?[约逾近]?[\d一二两三四五六七八九十.]+倍|翻了?[一两二三]番)$"
)
"""同比增长约三成，达到68个; 将增加一倍，达到6000平方米: how it changed, no part of what it measures."""
_BY_MEANS = re.compile(r"^[^，,。；;]*?以(?![上下内外])[\u4e00-\u9fff]{1,8}?(?=出资|投资|投入|注资)")
_HAS = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:已|现|共)有(?=[\u4e00-\u9fff]{2})|(?<=[室院心])有(?=[\u4e00-\u9fff]{2})")
_ALREADY = re.compile(r"(?<=[\u4e00-\u9fff]{2})已(?:经)?(?=进驻|入驻|落户|签约|引进|认定|注册|建成)")
_ALSO = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:也|亦|还|都|(?<![日月年人户])均)$")  # 日均: per day
_WHEN_AFTER = re.compile(
    r"(?:目前|现时|如今|现在|当前|至今)$|(?<=[\u4e00-\u9fff]{2})(?:目前|现时)(?=[\u4e00-\u9fff]{2})"
)
_CLOSER_FIRST = re.compile(r"^[」”』》]+")
_FOR_WHOM = re.compile(
    r"^(?:已|共)?(?:累计)?(?:为|替|帮助?)[\u4e00-\u9fff]{2,10}?(?=进口|出口|通关|办理|提供|节省|节约|减免|解决|发放|融资|培训|申请)"
)
"""已为园区科研单位进口研发用品约4,600批次: 进口研发用品, for whom it was done is no part of it."""
_OWN_FUNDS = re.compile(r"以(?:自有|自筹|募集|超募|闲置)资金$")
_GRANTED_TO = re.compile(r"^[^，,。；;]*?获得?(?=[\u4e00-\u9fff]{2,16}?(?:资助|拨款|奖励|补贴)$)")
"""我们团队的微流控晶片项目获得创新及科技基金资助: 创新及科技基金资助, not who got it."""
_LIST_SHOWN = re.compile(r"名单(?:予以|进行)?(?:公示|公布)$")
"""现将…拟认定名单予以公示（共86家）: the firms on the list are counted, not the showing."""
_REACHED_ONLY = frozenset({"达", "达到", "已达", "共", "共有"})
_HE_SAID = re.compile(r"^(?:他|她|他们|她们|对方)(?:指|表示|称|说|透露|介绍)")
_AS_OF_SAID = re.compile(r"截[至止](?=已|累计|共|为)")
_SPAN_FIRST = re.compile(r"^(?:半年|一年|两年|三年|[一二两三四五六七八九十\d]{1,2}个月)(?:内|间)(?=[\u4e00-\u9fff]{2})")
"""半年内团队由十人扩充至二十人: how long it took, no part of the team."""
_ESTIMATED_LAST = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:估计|预计|预料|预期|估算|初步估算)(?:为|达|可达)?$")
"""工程造价估计约9亿港元: that it is an estimate is no part of what it measures."""
_PEOPLE_THEN_DEED = re.compile(
    r"^(?P<who>[\u4e00-\u9fff]{0,4}?(?:学员|学生|实习生|人员|员工|人才|研究员|毕业生))(?=(?:顺利|成功)?完成为期)"
)
_PUT_TO_A_USE = re.compile(r"(?<=楼面|空间|场地|用地)(?:设立|开设|用作|作为|用于|建设|打造)[\u4e00-\u9fff]*$")
_EXAMPLES_FIRST = re.compile(
    r"^[\u4e00-\u9fff]{2,10}?(?<![一二三四五六七八九十特同高中初头上下优平均相对次超])等(?:方面|领域|行业|类)?"
    r"(?=[\u4e00-\u9fff]{4})(?![\u4e00-\u9fff]{0,4}(?:达成|签署|完成|举行|提出))"
)
"""冷冻电镜、质谱仪等大型仪器: the examples before 等 are no part of what is counted."""
_STOREYS = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:楼高|高|共|地上|地下)[\d一二两三四五六七八九十]+层$")
"""X楼高两层: how tall X is, another of its sizes; X is what the size after it is of."""
_SO_FAR = re.compile(r"^(?:至此|至今|迄今|到目前为止)(?=[\u4e00-\u9fff]{2})")
"""至此园区共配置…: as of the deed just told, which the figure's date says."""
_NOT_OF_THE_MEASURE = (
    _SPAN_FIRST,  # 半年内团队由十人扩充至二十人: 团队
    _WHEN_AFTER,  # 园区目前约有800人: 园区, not 园区目前; 第一期现时出租率: 第一期出租率
    _AS_OF_SAID,  # 截至目前已累计为园区机构通关科研物资…: (目前 gone) 截至 goes too
    _THIS_BATCH,  # 本批共资助项目27个: 资助项目
    _YEAR_INSIDE,  # 「X计划」今年名额: X计划名额
    _CLOSER_FIRST,  # …」名额 left by a name told before: 名额
    _COMPARED_TAIL,  # X数量同比增长约三成，达到68个: X数量
    _ALSO,  # 办公面积也扩大到…: 办公面积
    _ALREADY,  # 园区第一期已进驻机构: 园区第一期进驻机构
    _HAS,  # 公司已有员工46人: 公司员工; 实验室有研究人员86人: 实验室研究人员
    _DISPOSAL,  # 我们希望把研究团队扩大到60人: 研究团队
    _ENLARGED_FIRST,  # 扩大X试点的参与机构数目至五十间: X试点的参与机构数目
    _ENLARGED_TO,
    _BY_MEANS,  # 公司拟以自有资金出资人民币2亿元: 出资
    _HE_SAID,  # 他指目前出租率已超过九成五: 出租率
    _FOR_WHOM,  # 为园区科研单位进口研发用品: 进口研发用品
    _LIST_SHOWN,  # 科技创新企业拟认定名单予以公示: 科技创新企业拟认定
    _GRANTED_TO,  # X项目获得创新及科技基金资助: 创新及科技基金资助
    _ESTIMATED_LAST,  # 工程造价估计约9亿港元: 工程造价
    _EXAMPLES_FIRST,  # 接入冷冻电镜、质谱仪等大型仪器286台: 大型仪器
    _STOREYS,  # 图书馆楼高两层，总面积约…: 图书馆总面积
    _SO_FAR,  # 至此园区公共区域共配置AED 46台: 园区公共区域配置AED
)
"""Words in the phrase before a number that are no part of what it measures, taken out in this order."""
CHANGED_TO = (
    "(?:扩展|扩大|扩充|扩容|扩|增加|增长|发展|壮大|提高|提升|增|升|上升|降|下降|减少|减|压缩|缩短|收窄|放宽|收紧|上调|下调|调高|调低)"
    "(?:至|到)"
)
"""扩展至, 压缩到…: a change to a new level, which the number after it is."""
_FROM_TO = re.compile(
    r"^(?P<what>.+?)(?:已|将|已经|会|可)?(?:由|从)(?:主水平基准上|海拔|地面以上)?(?:最初|当初|起初|原来|原先|此前|去年底|去年|年初|上年|成立时|目前|现在|现时|现有|首批|第一批|试点初期|[\u4e00-\u9fff]{2,4}时|[\u4e00-\u9fff]{2,4}之初)?的?(?:每年|每月|每人|每家|每个项目|每项|每宗)?(?:约|近|逾|不到|不足|超过|最高)?[\d一二两三四五六七八九十百千万亿.,]+[^\d，,。]{0,5}?"
    rf"(?:{CHANGED_TO})(?:目前|现在|现时|如今)?的?(?:最高|约)?$"
)
_CAUSED = re.compile(r"^(?:令|使(?!用)得?|让(?!渡|利))(?=[\u4e00-\u9fff]{2})")
"""…，令进驻机构总数增至约二百一十间: what the deed before brought about, not 令's."""
_FROM_THEN = re.compile(r"^(?P<what>[\u4e00-\u9fff]{2,12}?)(?:已|将|已经)?(?:由|从)[\u4e00-\u9fff]{1,6}?的$")
"""团队规模已从成立之初的 (12人增长到…): the measure, before where it started."""
_CHANGE_NEXT = re.compile(rf"(?:{CHANGED_TO})")
_GROWN_TO_THE_DATE = re.compile(
    rf"(?:^|[，,。；;：:])(?P<what>[\u4e00-\u9fff]{{2,16}}?)(?:已|将|已经)?(?:由|从)(?:[^，,。；;]|(?<=\d),(?=\d)){{1,24}}?(?:{CHANGED_TO})$"
)
_PARK_OF = re.compile(r"^(?P<park>[\u4e00-\u9fff]{0,10}?(?:园区|合作区|科技园|创科园|科学园))的")
_AT_THE_DATE = re.compile(r"的?(?:约|近|逾|超过)?")
"""…增加到今年的约2.4万人: the level at the date told after the change, of what changed."""
_COMMA_BEFORE_CHANGE = re.compile(rf"[，,](?=(?:{CHANGED_TO}))")
_NOW_AFTER_CHANGE = re.compile(r"(?:目前|现时|现在|如今)的?$")
_FROM_DATE = re.compile(
    rf"^的?(?:约|近|逾|超过)?[\d一二两三四五六七八九十百千万亿.,]+[^\d，,。]{{0,3}}?[，,]?(?:{CHANGED_TO})"
    r"(?:目前|现时|现在|如今)?的?$"
)
"""的72%提升至, after 由年初: a change from the date's level, whose measure is told before the date."""
_PARTNER_OF = re.compile(r"(?:与|和|同)(?:园区内|区内|当地|香港|深港)?(?:的)?(?:约|逾|近)?$")
_SIGNED_WITH = re.compile(
    r"(?P<noun>[\u4e00-\u9fff]{1,6}?)(?:分别)?(?:签署|签订|签约)了?"
    r"(?P<what>[\u4e00-\u9fff]{0,16}?(?:协议|备忘录|合同|意向书|框架协议))"
)
"""与园区内12家企业签署了知识产权保护合作备忘录: those who signed it, not the park's firms."""
_VISITED = re.compile(r"(?:走访|参观|考察|拜访|探访)了?(?:[^，,。；;]*?[和及、与])?$")
"""走访了5家科研机构和2家科技企业: both counts are of those visited."""
_MADE_OF = re.compile(
    r"(?P<body>[\u4e00-\u9fff]{0,6}?(?:委员会|小组|团队|代表团|理事会|评审团|专家组|联盟|工作组|专班|董事会|班子))"
    r"(?:将|已|现)?由$"
)
"""委员会由18名业界及学界人士组成: a body's members (not 到2028年完成由12颗卫星组成的星座: the satellites)."""
_COMPOSED = re.compile(r"[^，,。；;]{0,12}?(?:组成|构成)")
_PARTS_OF = re.compile(
    r"(?P<part>[\u4e00-\u9fff]{1,6}?)(?:组成|构成)的(?P<whole>[\u4e00-\u9fff]{2,6}?)(?=组网|网络|[，,。；;]|$|将|已)"
)
_SIZE_BEFORE = re.compile(r"(?P<size>规模|面积|总额|金额|总投资|投资额|容量)(?:约为|约|达|为|逾)?$")
_PLOT_AFTER = re.compile(
    r"的(?P<what>[「“]?[\u4e00-\u9fff「」“”、]{0,12}?(?:用地|土地|地块|地皮))(?=改划|改为|作|将|已|[，,。；;]|$)"
)
"""约4.5公顷的「综合发展区」用地改划为…: the plot the area is of."""
_SIZED_THING = re.compile(r"的(?P<what>[\u4e00-\u9fff]{2,12}?)(?=[，,。；;及和与]|$|将|已|于|在|连接|贯通|横跨)")
"""一条长约600米的有盖行人通道: what the length is of, named after it."""
_OF_WHAT = re.compile(r"的(?P<what>[\u4e00-\u9fff]{2,16}?)(?=[，,。；;]|$|以|将|已|于|在|由|被|获)")
"""一个规模约十亿港元的基金: the size of what 的 names after the number."""
_RANKED_AMONG = re.compile(
    r"(?P<noun>[\u4e00-\u9fff]{1,6}?)(?:之)?中[，,]"
    r"(?P<ranked>[^，,。；;]{2,16}?(?:排名|排行|位列|位居|名列|排第|列第))?"
)
_JUDGED = re.compile(r"(?P<deed>参评|参赛|参选|入围|参展|受访|受评)的?$")
"""在参评的50个园区中，X综合排名第3位: how many were ranked, no count of X."""
_AMONG_A_KIND = re.compile(r"其中(?P<kind>[\u4e00-\u9fff]{1,6}?)(?:约|逾|近|有|共)?$")
_DEED_COUNTED = re.compile(r"^(?:参展|参赛|参会|签约|入驻|进驻|落户|获奖|入选|获资助)")
_AMONG_THEM = re.compile(r"(?:其中|最终|最后)(?:有|约|共)?$")
_AMONG_THEM_DID = re.compile(
    r"(?:已经?|均|都|亦|也)?(?:在[\u4e00-\u9fff]{2,6}?(?=完成|获得|取得))?"
    r"(?P<deed>[\u4e00-\u9fff]{2,8}?|(?:完成|获得|取得)[\u4e00-\u9fffA-Z+]{2,10}?)(?=[，,。；;]|$)"
)
"""二十三个项目申请，其中十七个已获批: those of the count before that did it (获批的项目); 其中3间已在
海外完成A轮融资: 完成A轮融资的企业 (where is no part of the deed)."""
_PER_ONE = re.compile(r"^(?:每[个家名位项间所支队]|单个|单家|单项|单笔)")
"""每个项目可获奖金50万元: what each one gets is a rule of the scheme, not a figure of the zone."""
_GROWN = re.compile(rf"^[\u4e00-\u9fff]{{0,4}}?(?:{CHANGED_TO})")
"""由12人扩展至45人: what grew is named before 由; 12 is where it began, no measure of its own."""


_BY_WAY_OF = re.compile(r"经由?[^，,。；;]{2,20}?[、和及][^，,。；;]{2,20}?(?=往返|来往|进出|出入|前往|抵达|入境|出境)")
"""经福田口岸、皇岗口岸往返…: the ways listed (one way alone, 经“科研人员专用通道”往返, tells whom)."""


_AMOUNT_HELD = re.compile(
    r"(?:^|[，,：:])(?P<what>[\u4e00-\u9fff]{2,14}?(?:拥有|保有|持有|吞吐|成交|申请|授权|使用)量)(?:达到|达|为|约|共|超过|逾)*$"
)


def _measure_before(text: str, start: int, taken: list[tuple[int, int]]) -> str:
    """The phrase before the number, after any date (政府今年较早时向X注资: 向X注资); a generic
    one (面积) takes its subject along (深圳园区面积), and an empty one (…基地，共2.6万平方米)
    falls back to the clause before."""
    dated = [(date_start, end) for date_start, end in taken if end <= start]
    begin = max([start - 40, *(end for _, end in dated)])
    grown = _GROWN_TO_THE_DATE.search(text, 0, dated[-1][0]) if dated and begin == dated[-1][1] else None
    if grown and _AT_THE_DATE.fullmatch(text, begin, start):  # 科研人员从2022年的约9,000人增加到今年的约2.4万人
        return _PARK_OF.sub(r"\g<park>", grown.group("what"))  # 河套深圳园区的科研人员数量: as when told first
    window = text[max(0, begin) : start]
    if per_head := _PER_HEAD.search(window):
        return per_head["whose"] + per_head["what"] + "拥有量"  # 每万名从业人员拥有发明专利约610件: a density
    if held := _AMOUNT_HELD.search(window):
        return held.group("what")  # 园区有效发明专利拥有量达到9,460件: not 量, what is left of it after the verb
    if dated and begin == dated[-1][1] and _FROM_DATE.match(window) and text[: dated[-1][0]].endswith(("由", "从")):
        window = text[max(0, dated[-1][0] - 40) : dated[-1][0]] + "最初" + window  # 由年初的72%提升至: from then
        window = _NOW_AFTER_CHANGE.sub("", _COMMA_BEFORE_CHANGE.sub("", window))  # 由去年底的约八百人，增至目前…
    elif dated and begin == dated[-1][1]:
        window = _AFTER_DATE.sub("", window)
        level_only = _DEED_THEN_LEVEL.fullmatch(window.strip())  # X标准于2021年起执行，目前为…: X标准
        if not _TRAIL_VERBS.sub("", window.strip()) or level_only:  # …约有1,100人，今年上半年增至约1,400人
            date_start = dated[-1][0]  # before the date
            before = _TO_THE_DATE.sub("", text[max(0, date_start - 40) : date_start])
            window = before if level_only else before + "，" + window
    window = _BY_WAY_OF.sub("", window)  # 经福田口岸、皇岗口岸往返…的科研人员: the ways are no part of who
    segments = re.split(r"[，。；;：:、（(]|(?<!\d),|,(?!\d)", _PAREN.sub("", window))  # not 1,100's comma
    measure = ""
    for segment in reversed(segments):
        if grown := _FROM_TO.match(segment.strip()) or _FROM_THEN.match(segment.strip()):
            segment = grown.group("what")  # 团队规模已由最初的12人扩展至45人, 已从成立之初的12人…: 团队规模
        cleaned = _YEAR.sub("", _TRAIL_VERBS.sub("", _WHEN.sub("", _CAUSED.sub("", segment.strip()))))
        for words in _NOT_OF_THE_MEASURE:
            cleaned = words.sub("", cleaned)
        settled = _SETTLED_BY.match(cleaned)  # 将进驻机构增至120间: 进驻机构, as 80间机构进驻 is
        from_place = (
            _FROM_PLACE.search(cleaned) if _SOME_OF_THEM.search(text, max(0, start - 24), start) else None
        ) or (
            _NEWLY_BUILT.search(cleaned)
        )  # 其中来自香港的人才, 今年还新建成科研用房: those from Hong Kong, what was built this year (not all)
        lead_verbs = stripped.group(0) if (stripped := _LEAD_VERBS.match(cleaned)) else ""
        introduced = lead_verbs if _INTRODUCED.search(lead_verbs) else ""  # 一年来，…引进科研项目48个
        cleaned = _YEAR.sub("", _LEAD_VERBS.sub("", cleaned))  # 现将2032年度X: X
        if settled and cleaned and _ATTENDING.search("进驻" + cleaned) is None:
            cleaned = "进驻" + cleaned
        cleaned = _SUBJECT_THEN_NEW.sub("", cleaned)  # 园区还新认定X: 新认定X
        cleaned = _WHERE_IT_LIES.sub("", cleaned)  # 实验室位于第二座大楼，面积约…: the lab's, not the building's
        if counted := _ENDS_COUNTED.match(cleaned):  # 人员约有1,100人，…增至约1,400人: the noun counted before
            cleaned = _TRAIL_VERBS.sub("", counted.group("noun"))
        else:
            cleaned = re.sub(
                r"^.*?(?:\d+[多余几]?[个家名项所]|(?<![第统唯])[一二两三四五六七八九十百千]+[多余几]?[家名项所])",
                "",
                cleaned,
            )
        if from_place:
            cleaned = from_place.group(0)
        elif quoted := _QUOTED_OWNER.search(cleaned):  # 「港青河套实习计划」名额: the scheme's places
            cleaned = quoted.group("name") + quoted.group("what")
        elif owned := _OWNED.search(cleaned):
            cleaned = _owner_whole(cleaned, owned) + owned.group("what")
        elif done := _DONE.search(cleaned) or _ADMITTED.search(cleaned):
            cleaned = done.group(0)  # 启动改造的科创园区, 纳入名单的科研机构: which ones are counted
        else:
            *told, last = _VERB_SPLIT.split(cleaned)
            if last in ("人次", "人数") and told and told[-1]:
                last = told[-1] + last  # 经X往返深港的人次: 往返深港人次, not 人次 alone
            if not last and measure:
                break  # …在园区举行，规模预计扩大至1,000人: a clause ending in its verb names no owner
            last = last or cleaned
            lead = cleaned[max(0, len(cleaned) - len(last) - 6) : len(cleaned) - len(last)]
            newly = _NEWLY_DONE.search(lead)  # 新签约项目23个: signed anew, not all the projects
            added = "新增" in lead
            since = max(0, start - 60, text.rfind("截至", 0, start))  # …以来，引进…；截至目前，累计…: all to now
            if newly is None and not added and _OVER_A_PERIOD.search(text, since, start):
                newly = _INTRODUCED.search(introduced + lead)  # 过去三年，园区累计引进科研项目176个: new then
            how = "现场" if newly and newly.groupdict().get("how") == "现场" else "新"  # 现场签约项目: at the event
            cleaned = how + newly.group("verb") + last if newly else "新增" + last if added else last
        if spent := _SPENT_FOR.match(cleaned):  # 政府已为港深创科园第一期投入超过300亿元
            cleaned = spent.group("whom") + spent.group("verb")
        elif _OWN_FUNDS.search(cleaned):
            cleaned = "出资"  # 同意公司以自有资金1亿元在…设立子公司: what the firm puts in
        elif not measure:  # 补贴比例为设备投入的20%: the measure is 补贴比例
            cleaned = _COPULA.split(cleaned, maxsplit=1)[0]
        cleaned = re.sub(r"^(?:已|将|再|又|还)+", "", _tail(cleaned))  # 政府已向…拨款: after its subject
        if measure and (len(cleaned) > 10 or measure.startswith(cleaned)):
            break  # a clause, not a name; or the word again (…的产业，产业规模): no subject here
        measure = cleaned + measure
        if measure and measure not in _GENERIC:
            break
    measure = _BUT_FIRST.sub("", measure)
    if _VERB_LAST.search(measure):
        return ""  # 团队去年才从科学园搬过来，现时已有二十多人: a clause ending in its verb names nothing counted
    if measure in _ITS_TOTAL and (changed := list(_CHANGED_BEFORE.finditer(window))):
        measure = _tail(changed[-1].group("what"))  # 园区集成电路产业产值同比下降8.3%，但总量仍达到436亿元: 产值
    return _ACHIEVED.sub("", measure)


_VERB_LAST = re.compile(r"(?:过来|过去|进来|出来|起来|下来|上来)$")
_BUT_FIRST = re.compile(r"^(?:但是|但|而|然而|不过)(?=[\u4e00-\u9fff]{2})")
_ITS_TOTAL = frozenset({"总量", "总额", "总数", "总规模"})
_CHANGED_BEFORE = re.compile(
    r"(?:^|(?<=[，,。；;]))(?P<what>[\u4e00-\u9fff]{2,16}?)(?:同比|环比|按年|较上年|比上年)"
    r"(?:增长|下降|减少|上升|回落|回升)"
)
"""X同比下降8.3%，但总量仍达到…: the total is X's, whose change the clause before told."""


_NAME_ENDS = re.compile(r"(?:园区|合作区|片区|基地|中心|公司|科学城|口岸|大学|政府)")
_TO_WHOM = re.compile(r"[向对为给](?=[\u4e00-\u9fff]{2})")


def _tail(measure: str) -> str:
    """At most MAX_MEASURE characters of a measure, from the end, starting after a name where one
    ends in the part cut (河套深港科技创新合作区深圳园区新增科研项目: 深圳园区新增科研项目), never in
    the middle of a word where that can be helped."""
    if len(measure) <= MAX_MEASURE:
        return measure
    if len(plain := _FILLERS.sub("", measure)) <= MAX_MEASURE:
        return plain  # X平台已累计服务企业: X平台累计服务企业, not 套…平台已累计服务企业
    if len(plain := _COUNT_OF_THE_NAMED.sub(r"\g<last>", plain)) <= MAX_MEASURE:
        return plain  # 集成电路和生物医药两大产业合计贡献产值: 集成电路和生物医药产业贡献产值
    ends = [m.end() for m in _NAME_ENDS.finditer(measure)] + [m.start() for m in _TO_WHOM.finditer(measure)]
    cuts = sorted(at for at in ends if at > 0 and len(measure) - at <= MAX_MEASURE)
    if cuts:
        return measure[cuts[0] :]
    quoted = [m.start() for m in _QUOTED_NAME.finditer(measure) if m.start() < len(measure) - MAX_MEASURE < m.end()]
    if quoted and len(measure) - quoted[0] <= MAX_MEASURE + 6:
        return measure[quoted[0] :]  # “科研一网通”服务平台累计办理业务: the name whole, not 研一网通”…
    if within := [m.start() for m in _QUOTED_NAME.finditer(measure) if len(measure) - m.start() <= MAX_MEASURE]:
        return measure[within[0] :]  # 科研人员赴港“科研签注”累计办理量: from the name, not 研人员赴港…
    return measure[-MAX_MEASURE:]


_QUOTED_NAME = re.compile(r"[「“][^」”]{2,14}[」”]")
_FILLERS = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:已经|已|先后|合计|共计)(?=累计|[\u4e00-\u9fff]{2})")
"""Adverbs inside a long measure, which go before any of its name does."""
_COUNT_OF_THE_NAMED = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?P<last>[和与及、][\u4e00-\u9fff]{2,8}?)[两三四五六七八九十]大(?=[\u4e00-\u9fff]{2})"
)
"""A和B两大产业: how many were named, said again; next to go from a long measure."""


_SPENT_FOR = re.compile(
    r"^.*?(?:已|将|可|还|共|累计|先后|每年)为(?P<whom>[\u4e00-\u9fff]{2,14}?)(?P<verb>投入|提供|拨款|注资|拨付|安排|预留|节省|带来)$"
)
"""为X投入: the money spent on X; 为 is a preposition here, not the copula of 比例为…."""
_ACHIEVED = re.compile(r"(?:(?<=[\u4e00-\u9fff]{2})|^)(?:实现|录得)(?=[\u4e00-\u9fff]{2})")
"""企业实现营业收入125.6亿元: the takings are the measure; 实现 only says they were made."""


_PER = re.compile(r"^(?:每[^每]{1,4})*每[一\d]?[年月天人家个名位间所项]$")
"""每家机构每年 (最高200万元): a policy's rate per recipient, which the policy carries, not a figure."""
_AT_THE_TIME = re.compile(r"(?<=..)(?:集中|(?<![高初集])[时中])$")
"""候鸟南北迁徙时近9万只, 首批进驻的30多间机构中: when or among, not what is counted; 单价集中在12元至18元: where
most lie."""
_NOT_A_NAME = re.compile(r"超过了|达到了|^(?:拟|已|将|由)|目前已|无需|无须|毋须|不得|不少于|不低于|应当")
"""…工程目前已完成总工程量的85%: a clause, not the name of what is measured."""
_CHANGE_ONLY = re.compile(
    r"(?:相应|同比|环比|按年|再|又)(?:增加|增长|减少|下降|上升|提高|提升)$|^(?:(?:下降|上升|降低|提高|下调|上调)了?|减少了)$"
)
"""工程总投资相应增加约3亿元, 公共用电预计再下降15%左右: a change, not a level."""
_GROWTH = re.compile(r"(?:增长|增加|提升|提高|翻番)$")


def _no_measure(measure: str, unit: str) -> bool:
    """Words before or after a number that name nothing it measures: a way of listing (4个方面),
    a title's end (…若干措施》), a share of nothing named (占比), a change (三年增长7.2倍), a
    comparison (数量更超过了全球总量30%), a verb alone (6家拟筹建)."""
    return bool(
        measure in _NOT_COUNTED
        or _GROWN.match(measure)
        or measure in _VERB_ONLY
        or _DURATION.match(measure)
        or _PER_ONE.match(measure)
        or re.search(
            r"\d[\d.,]*[人个家名项间支章条款节%元]|[一二三四五六七八九十]+(?:[章节]|个?人)|[两二三四五六七八九十]个项目",
            measure,
        )  # 12人扩展至, 共五章, 六个人; 设…10公里跑两个项目: a race's distance among its events
        or _SPEAKERS.match(measure)  # 我们只有六个人，现在已经有二十二人: who they are, the quotation does not say
        or re.search(r"每秒|每小时\d", measure)  # 达每秒3,000千万亿次: a rate of a machine, no count
        or measure.endswith(("任务", "工作"))
        or _SHARE.match(measure)
        or _PER.match(measure)
        or re.fullmatch(r"(?:每(?:[年月日天人]|平方米|平方呎|平方尺|公斤|小时))+", measure)  # 每月每平方米198元: a rate
        or re.search(r"申请每[年月人]$", measure)  # C类人才可申请每月最高1万元: a policy's rate
        or "》" in measure
        or "《" in measure
        or _NOT_A_NAME.search(measure)
        or (unit in ("倍", "%") and _GROWTH.search(measure))
        or _CHANGE_ONLY.search(measure)
    )


_SPEAKERS = re.compile(r"^(?:我们|我|他们|他|她|她们|大家|咱们)(?![\u4e00-\u9fff]{2})")


def clean_measure(measure: str) -> str:
    measure = _PER_AREA.sub("", without_time_done(_ITS_OWN_HAS.sub("", _IN_ALL_DID.sub("", measure))))
    return _HOPED.sub("", _MODIFIERS.sub("", _BULLET.sub("", _DECORATION.sub("", measure)))).strip()


_IN_ALL_DID = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?<![天日周月年间])(?:共|合计)(?=申请|引进|签约|举办|接待|培训|孵化|服务|开展|完成|投资)"
)
"""园区企业共申请发明专利1,876件: 园区企业申请发明专利, the total said by the number."""
_ITS_OWN_HAS = re.compile(
    r"(?<=中心|公司|园区|团队|学校|大学|医院|机构|基地)(?:目前|现时)?有(?![限效关望序力])(?=[\u4e00-\u9fff]{2})"
)
"""研发中心目前有工程师约150人: 研发中心工程师, who it has."""
_PER_AREA = re.compile(r"^折合|约?每平方米$")
"""折合楼面地价约每平方米1.55万元: 楼面地价, a price per square metre by its name."""


_DONE_THEN = re.compile(
    r"(?:(?:改造|改建|扩建|升级|全面|全部)?(?:完成|建成|落成|竣工|投用|启用)|改造|改建|扩建|升级|迁入|入伙|开业)后"
    r"(?=[\u4e00-\u9fff]{2})"
)


def without_time_done(measure: str) -> str:
    """园区全面建成后总楼面面积 → 园区总楼面面积, 改造完成后处理站日处理能力 → 处理站日处理能力:
    when the figure holds, which its date tells, is no part of what it measures."""
    return _DONE_THEN.sub("", measure)


_HOPED = re.compile(
    r"(?<=[\u4e00-\u9fffA-Za-z]{2})(?:有望|可望|预计|将|首次|首度|再次)$|(?<=[量数模积额率])(?:会|计划)$"
)
"""园区科研人员规模有望突破5万人, GDP首次突破300亿元, 团队人数计划由…增至: how sure, or how often, no
part of what is measured."""


_DECORATION = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u200d｜|]")
"""👥名额｜80人: a post's emoji and field bar, no part of what is counted."""


_SHARE_FROM = re.compile(r"来自(?P<where>[\u4e00-\u9fff]{2,8}?)(?=[，,。；;、]|$)")
_SHARE_WHOLE = re.compile(r"(?P<whole>[\u4e00-\u9fff]{2,10}?)(?:之)?中[，,]?(?:约|逾|近|超过)?$")
_SHARE_NOUN_FROM = re.compile(
    r"(?P<noun>[\u4e00-\u9fff]{1,6}?)(?:均|都)?来自(?P<where>[\u4e00-\u9fff]{2,8}?)(?=[，,。；;、]|$)"
)
_SHARE_PART = re.compile(r"(?:^|[，,；;、])(?P<part>[\u4e00-\u9fff]{2,10}?)(?:约)?占(?:比)?(?:约|逾|近|超过)?$")


def _share_of(text: str, start: int, end: int) -> str:
    """The name of a share (进驻机构中约三成来自海外 → 来自海外的进驻机构占比; 生命健康类占四成 →
    生命健康类占比), or "" if the number is no share told this way."""
    clause = text[start_of_clause(text, start) : start]
    if (came := _SHARE_FROM.match(text, end)) and (whole := _SHARE_WHOLE.search(clause)):
        owned = _NOW_IN_A_SHARE.sub("", whole.group("whole"))  # 目前第一期租户中约三成…: 第一期租户
        return f"来自{came.group('where')}的{owned}占比"
    if came := _SHARE_NOUN_FROM.match(text, end):  # 其中约四成租户来自海外: 来自海外的租户占比
        return f"来自{came.group('where')}的{came.group('noun')}占比"
    if part := _SHARE_PART.search(text[:start][-14:]):
        return part.group("part") + "占比"
    return ""


_NOW_IN_A_SHARE = re.compile(r"^(?:目前|现时|现在|如今)")


_TENTH_MORE = re.compile(r"([一二三四五六七八九])(?![一二三四五六七八九十百千万亿个家名项间成年月日人])")
_DIGIT_VALUE = {ch: i for i, ch in enumerate("〇一二三四五六七八九")}
"""九成二: nine tenths and two hundredths, 92%."""
_TIMES_ANOTHER = re.compile(r"(?:是|为|相当于|达到)[^，,。；;\d]{1,10}的(?:约|近|逾|超过)?$")
_SPED_UP = re.compile(r"(?:加快|提速|缩短|减少|提高|提升|增加|增长|扩大)了?$")
_OF_A_KIND = re.compile(r"的[\u4e00-\u9fff]{0,6}(?:企业|公司|机构|单位)")
_DIMES = re.compile(r"([一二三四五六七八九1-9])[角毫]")
"""三元五角: three yuan and five dimes, 3.5元; 十二元六毫, Hong Kong's dimes: 12.6元."""
_RATE_NAME = re.compile(r"(?:率|(?:满意|知名|参与|完成|认可)度|占比|比例|比重|工程量|工作量)$")
"""出租率约七成半, 海外机构占比约三成, 已完成总工程量的约六成, 满意度达八成半: what tenths are a figure of."""
_NOT_TENTHS = re.compile(r"[不员立为功果本交就长熟效都规片型品]")
"""What follows 成 when it is not tenths (一成不变, 建成为, 三成员国)."""


_PRIZE = r"(?:特等奖|[一二三四五]等奖|金奖|银奖|铜奖|优秀奖|大奖)"
_PRIZES_SET = re.compile(rf"(?:设|设立|评出|颁发)(?P<prize>{_PRIZE})$")
_PRIZE_MONEY = re.compile(
    r"^(?:各|每[个名项队支])?(?:[\u4e00-\u9fff]{0,6}?(?:项目|团队|获奖者))?(?:可|将)?(?:获得?|颁发)?(?:奖金|奖励)各?$"
)
_PRIZE_NAMED = re.compile(_PRIZE)


def _prize_measure(text: str, start: int, measure: str, unit: str) -> str:
    """A contest's prizes named by the prize (大赛设一等奖3名: 一等奖; …，奖金各5万元 after 二等奖2名:
    二等奖奖金), not by the words that set them or by a bare 奖金 whose prize the clause before told."""
    if unit not in ("名", "个", "项") and (unit not in ("元", "港元", "美元") or not _PRIZE_MONEY.match(measure)):
        return measure
    if prizes := _PRIZES_SET.search(measure):
        return prizes.group("prize")
    if unit in ("元", "港元", "美元") and (named := list(_PRIZE_NAMED.finditer(text, max(0, start - 30), start))):
        return named[-1].group(0) + "奖金"  # 决赛设一等奖1名，奖金100万元: the first prize's money
    return measure


_AT_A_PRICE = re.compile(r"以(?:底价|总价)?[约逾近]?$")
_SOLD = re.compile(rf"(?:的价格)?(?:{SOLD}|竞得|投得)")


_ANOTHER_AMOUNT = re.compile(r"\d[\d.,]*[万亿]?[\u4e00-\u9fff]{1,4}[和及与、]")
_CUT_BEFORE = re.compile(r"(?P<verb>裁减|裁员|裁撤|辞退|遣散)(?:约|逾|近|超过)?$")
_BUILT_ALONG = re.compile(r"配建|配套建设|新建|设置|配备")
_KINDS_THEN_NOUN = re.compile(
    r"(?:^|[，,；;])(?:[^，,。；;]{0,12}?)(?P<lead>首批|新|新增|已)?(?P<verb>入驻|进驻|引进|签约|吸引|汇聚|集聚)"
    r"[^，,。；;]{2,30}?等(?P<noun>[\u4e00-\u9fff]{2,6})$"
)
"""首批入驻餐饮、便利店、书店等商户48家: 首批入驻商户, not the last kind listed with 等."""
_CONVERTED = re.compile(r"(?<=[元币])[（(](?:约合|约|折合|相当于)?$|[（(]?(?:约合|折合|相当于)约?$")
_MORE_THAN_THEN = re.compile(
    r"较(?:年初|上年末|去年底|上月|上季度?末?)(?:净增|净增加|净减|增加|减少|新增)(?:约|逾|近)?$"
)
_AVERAGE_ONLY = frozenset({"日均", "月均", "平均每日", "平均每天", "每日平均", "平均每月"})
_GROWS_TO_IT = re.compile(r"(?:增至|增加至|增加到|增长至|增长到|扩大至|扩大到|提升至|提高至|达到)(?:约|逾|超过)?$")


_OF_WHOM_ARE = re.compile(
    r"(?:(?<=[，,。；;的])|(?<=[\d一二两三四五六七八九十][个家间名项所位支]))(?P<what>[\u4e00-\u9fff]{2,8}?)中(?:有|共有)?(?:约|近|逾)?$"
)
"""项目承担单位中有9家来自香港, 12个科研团队中有5个来自香港: whom those from Hong Kong are among."""
_FIRST_BATCH = re.compile(r"(?:首批|第一批)(?:约|共|近|逾)?$")
_CLAUSE_REST = re.compile(r"[^，,。；;！!？?]*")
_LET_OUT = re.compile(r"(?:租出|出租|租用)(?:了)?(?:约|逾|超过|近)?$")
_A_CATEGORY = re.compile(
    r"(?:[和及、与][\d.]+[\u4e00-\u9fff]{1,3}?)*(?:[两二三四五六]个)?(?:组别|组(?![织成建合委员]))"
)
"""5公里和10公里两个组别, 5公里组: a race's groups named by their distance."""


def find_quantities(text: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    """Quantities in `text`, skipping spans already read as dates (`taken`)."""
    found: list[Quantity] = []
    for m in _PATTERN.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if (m.start() > 0 and text[m.start() - 1] in "第+:") or text[m.end() : m.end() + 1] in ("届", "周", "年"):
            continue
        if m.start() > 0 and text[m.start() - 1].isascii() and text[m.start() - 1].isalpha():
            continue  # A3栋, B2座: a building's code, no count of buildings
        if m.group("unit") == "次" and _SITTING.match(text, m.end()):
            continue
        if m.group("unit") == "名" and (_RANK_BEFORE.search(text[: m.start()]) or _RANK_AFTER.match(text[m.end() :])):
            continue  # 首50名以内, 跻身前100名: a place in a ranking, not a count of people
        if m.group("unit") in ("%", "倍") and _GROWN_BY.search(text, max(0, m.start() - 6), m.start()):
            continue  # 收入约2.1亿港元，按年增长35%: a change, no level
        if _CONVERTED.search(text, max(0, m.start() - 4), m.start()):
            continue  # 年租金约1,300万港元（约合1,190万元人民币）: the same sum in another currency
        if _MORE_THAN_THEN.search(text, max(0, m.start() - 10), m.start()):
            continue  # 达到1,126家，较年初净增153家: the change since, no level of its own
        if m.group("unit") == "倍" and _SPED_UP.search(text, max(0, m.start() - 4), m.start()):
            continue  # 产品开发进度加快了一倍: how much faster, no level
        if m.group("unit") == "倍" and _TIMES_ANOTHER.search(text, max(0, m.start() - 12), m.start()):
            continue  # 新址面积约1500平方米，是原址的三倍: a ratio to another, no level of its own
        if _AT_THAT_TIME.search(text, max(0, m.start() - 8), m.start()):
            continue  # 团队当时只有12人，如今已扩充至35人: a level of a time the sentence does not date
        if m.group("unit") in ("公里", "米") and (
            _DISTANCE_AFTER.match(text, m.end()) or _DISTANCE_BEFORE.search(text, max(0, m.start() - 8), m.start())
        ):
            continue  # 距园区约2公里, 福田口岸一公里外: how far, no figure of the zone
        if _A_CATEGORY.match(text, m.end()):
            continue  # 赛事设5公里和10公里两个组别, 5公里组80元: which group, no figure
        if text.endswith("一行", 0, m.start()):
            continue  # 委员会一行12名议员昨日视察…: the size of a visiting party, no figure of the zone
        if (
            m.group("pre") in ("不超过", "不低于", "不足", "不到", "低于", "高于")
            and text.startswith("的", m.end())
            and UNITS.get(m.group("unit") or "", ("",))[0] in ("元", "港元", "美元")
        ):
            continue  # 上年度营业收入不超过5000万元的企业: a threshold naming who may apply, no figure
        if (
            m.group("pre") in ("过", "超过", "逾", "超")
            and _OF_A_KIND.match(text, m.end())
            and UNITS.get(m.group("unit") or "", ("",))[0] in ("元", "港元", "美元")
        ):
            continue  # 首家估值过百亿元的硬科技企业: which kind of firm, no figure of its own
        if _UNIT_PRICE.search(text, max(0, m.start() - 5), m.start()) or (
            text.endswith("原值", 0, m.start()) and "的" in text[m.end() - 2 : m.end() + 4]
        ):
            continue  # 单价50万元以上的科研设备, 原值50万元以上的仪器, 单台价值在50万元以上的仪器: which
            # ones are meant, no figure
        if _ORIGIN.search(text[: m.start()]):
            continue  # 来自12个国家和地区的团队: where they come from, not a figure
        if _ORIGIN_OF.search(text, max(0, m.start() - 12), m.start()) and _INSTITUTIONS_ONLY.match(
            text, m.end(), end_of_clause(text, m.end())
        ):
            continue
        if not m.group("pre") and m.start() > 0 and text[m.start() - 1] in "数几若" and _CN_ONLY.match(m.group("num")):
            continue  # 数十项, 几百家: a guess at a size, no figure
        num, unit = m.group("num"), m.group("unit")
        if m.group("percent_of"):
            unit = "%"  # 百分之八十
        if unit == "个" and text.startswith(_SPANS_OF_TIME, m.end()):
            continue  # 需时约三十个月, 建设期为24个月: a span of time, no figure
        if unit == "个" and text.startswith("百分点", m.end()):
            continue  # 高于全市平均水平5.1个百分点: a gap between two rates, no level of anything
        if (
            _CN_ONLY.match(num)
            and (unit in COUNTERS and len(num) == 1)
            and not ((m.group("pre") or m.group("post")) and num in "百千")
        ):
            continue  # 一个, 三栋: counting words in prose, not figures
        if unit in ("成", "成半") and _NOT_TENTHS.match(text, m.end()):
            continue  # 一成不变, 三成员: 成 opens another word
        value = to_number(num)
        if value is None:
            continue
        if unit == "成半":
            value += 0.5  # 七成半: 75%
        end = m.end()
        if unit == "成" and (tenth := _TENTH_MORE.match(text, end)):
            value += _DIGIT_VALUE[tenth.group(1)] / 10  # 九成二: 92%
            end = tenth.end()
        if unit in ("元", "港元") and (dimes := _DIMES.match(text, end)):
            digit = dimes.group(1)
            value += (_DIGIT_VALUE[digit] if digit in _DIGIT_VALUE else int(digit)) / 10  # 三元五角: 3.5元
            end = dimes.end()
        base, multiplier = UNITS.get(unit or "元", (unit, 1))
        if base == "元" and (
            currency := _CURRENCY.get((m.group("currency") or m.group("dollar") or "").lower().strip())
        ):
            base = currency  # 港币5亿元, HK$10亿, US$500万
        if _INTENT.match(text, end):
            continue  # 已有5家德国企业表达了落户园区的意向: a wish, no figure
        if _EXPECTED_BASE.search(text, max(0, m.start() - 16), m.start()):
            continue  # 逾三万人次入场，远超主办单位预期的二万人次: what was expected, no level
        measure = _measure_after(text, end, base)
        if base in ("元", "港元", "美元") and _CLOSED_AT.search(text, max(0, m.start() - 4), m.start()):
            measure = "收盘价"  # 收盘报22.76港元: the share's closing price
        elif (
            base in ("元", "港元", "美元")
            and "收盘" in text[: m.start()]
            and (quoted_at := _QUOTED_AT.search(text, max(0, m.start() - 14), m.start()))
        ):
            measure = quoted_at["firm"] + "收盘价"  # 截至…收盘，X报58.36元/股, X股价报…: X's closing price
        if _AT_A_PRICE.search(text, max(0, m.start() - 4), m.start()) and _SOLD.match(text, end):
            measure = "成交价"  # 一宗科研用地以底价18.6亿元成交: the price it sold at
        if (of_them := _OF_WHOM_ARE.search(text, max(0, m.start() - 14), m.start())) and (
            came_from := re.match(r"来自(?P<where>[\u4e00-\u9fff]{2,8}?)(?=[，,。；;]|$)", text[end:])
        ):
            measure = (
                f"来自{came_from['where']}的{of_them['what']}"  # 项目承担单位中有9家来自香港: those from Hong Kong
            )
        if _FIRST_BATCH.search(text, max(0, m.start() - 5), m.start()) and (
            settled := _SETTLED.match(_CLAUSE_REST.match(text, end).group(0))  # type: ignore[union-attr]
        ):
            measure = "首批入驻" + settled.group("what")  # 首批8名研究人员入驻园区: a batch, not the park's staff
        if base == "%" and _LET_OUT.search(text, max(0, m.start() - 6), m.start()):
            measure = "出租率"  # 已租出约85%楼面: the share let, not the floor space
        if _PARTNER_OF.search(text, max(0, m.start() - 8), m.start()) and (signed := _SIGNED_WITH.match(text, end)):
            measure = f"签署{signed['what']}的{signed['noun']}"  # 与园区内12家企业签署了…备忘录: the signatories
        if _VISITED.search(text, max(0, m.start() - 24), m.start()) and len(measure) >= 2:
            measure = "走访的" + measure  # 先后走访了5家科研机构: those visited, not all there are
        if (made_of := _MADE_OF.search(text, max(0, m.start() - 12), m.start())) and _COMPOSED.match(text, end):
            measure = made_of.group("body") + "成员"  # 委员会由18名业界及学界人士组成: its members
        elif parts := _PARTS_OF.match(text, end):
            measure = parts.group("whole") + parts.group("part")  # 由12颗卫星组成的星座: 星座卫星
        if (size := _SIZE_BEFORE.search(text, max(0, m.start() - 4), m.start())) and (of := _OF_WHAT.match(text, end)):
            measure = of.group("what") + size.group("size")  # 规模约十亿港元的共同投资基金: 共同投资基金规模
        if (rated := _RANKED_AMONG.match(text, end)) and (
            (judged := _JUDGED.search(text, max(0, m.start() - 6), m.start())) or rated["ranked"]
        ):
            measure = (judged["deed"] if judged else "参评") + rated["noun"]  # 在参评的50个园区中，X排名第3位
        among = _AMONG_THEM_DID.match(text, end) if _AMONG_THEM.search(text, max(0, m.start() - 4), m.start()) else None
        if found and among and (len(measure) < 2 or measure == among.group("deed")):  # …，其中十七个已获批
            noun = found[-1].measure.rsplit("的", 1)[-1]
            deed = among.group("deed").removeprefix(noun[-2:])  # 其中60个项目晋级总决赛: 晋级总决赛的参赛项目
            measure = f"{deed}的{noun}"
        if base == "%" and (share := _share_of(text, m.start(), m.end())):
            measure = share  # 进驻机构中，约三成来自海外: 来自海外的进驻机构占比
        before_number = text[: m.start()]
        if len(measure) < 2 or (unit in ("平方公里", "公顷", "%", "倍") and not measure) or measure in _BUILT_WITH:
            built_with = measure in _BUILT_WITH
            measure = _measure_before(text, m.start(), taken)
            measure = measure.removeprefix("由") if built_with else measure  # 由政府拨款: 政府拨款
            before_number = before_number[: before_number.rfind(measure)] if measure in before_number else ""
        if (
            found
            and (kind := _AMONG_A_KIND.search(text, max(0, m.start() - 12), m.start()))
            and kind["kind"] == measure
            and (deed := _DEED_COUNTED.match(found[-1].measure))
            and set(found[-1].measure[deed.end() :]) & set(measure)
        ):
            measure = deed.group(0) + measure  # 146家企业参展，其中港企37家: 参展港企, not all there are
        if base in ("米", "公里") and (size := _SIZE_WORD.search(text, max(0, m.start() - 3), m.start())):
            measure = _SIZE_NAME[size.group("word")]  # 大厦地上42层，高约200米: its height
            if of_what := _SIZED_THING.match(text, end):
                measure = of_what.group("what") + measure  # 一条长约600米的有盖行人通道: the walkway's length
        if base in ("公顷", "平方米", "平方公里", "平方呎", "亩") and (plot := _PLOT_AFTER.match(text, end)):
            measure = plot.group("what") + "面积"  # 把X约4.5公顷的「综合发展区」用地改划为…: the plot's, not X's
        newly = _ADDED_BEFORE.search(text, max(0, m.start() - 4), m.start()) or _ADDED_LIST.search(
            text, max(0, m.start() - 30), m.start()
        )  # 新增“跨境社保通办”等12项服务: services added, not all there are
        if newly and not measure.startswith("新"):
            measure = newly.group("verb").replace("复盖", "覆盖") + measure  # 新增十二间…; 首批覆盖 folds to 首批复盖
        if unit == "%" and (granted := _GRANTED.match(measure)):  # 按投入的30%给予资助: 资助比例
            measure = granted.group("what") + "比例"
        elif unit == "%" and (granted_as := _SHARE_GRANTED_AS.match(text, m.end())):  # 给予采购金额20%的补贴
            measure = granted_as.group("what") + "比例"
        measure = _AT_THE_TIME.sub("", measure)  # 候鸟南北迁徙时近9万只
        if _HOLDS.match(measure):
            measure = "容纳人数" if unit in ("人", "名") else measure
        elif (holds := _HOLDS_AFTER.search(measure)) and unit in ("人", "名"):
            measure = measure[: holds.start()] + "容纳人数"  # 主会场可容纳1,500人: 主会场容纳人数
        elif (room := _HOLDS_BEFORE.search(text, max(0, m.start() - 6), m.start())) and (
            text.startswith("的", end) and unit in ("人", "名")
        ):
            measure = measure + "容纳人数"  # 设有一个可容纳1,500人的主会场: 主会场容纳人数
        elif room and not measure.startswith("可容纳"):
            measure = "可容纳" + measure.removesuffix("使用")  # 将可容纳约1.2万名科研人员: room for them
        if _SET_ASIDE.search(measure) and (used := _USED_FOR.match(text, end)):
            what = re.sub(r"^(?:加快|推进|推动|支持|兴建|建设)", "", used.group("what")).replace("的", "")
            measure = what + "拨款"  # 预留约十五亿元，用于X的前期工程: X前期工程拨款
        measure = _prize_measure(text, m.start(), measure, base)
        if cut := _CUT_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            measure = cut.group("verb") + re.sub(r"^(?:的)?", "", _STOP.split(text[end:], maxsplit=1)[0])[:6]
            # 并裁减约30名员工: 裁减员工, not the firm's staff
        elif _ANOTHER_AMOUNT.search(measure) and (last := re.split(r"[和及与、]", measure)[-1]) and len(last) >= 2:
            measure = (done.group(0) if (done := _BUILT_ALONG.search(measure)) else "") + last
            # 配建储能系统4.8兆瓦时和快充桩36个: 配建快充桩, not the storage's figure run on
        if "等" in measure and (kinds := _KINDS_THEN_NOUN.search(text, 0, m.start())):
            measure = (kinds["lead"] or "") + kinds["verb"] + kinds["noun"]  # 首批入驻餐饮、便利店、书店等商户48家
        if measure in _AVERAGE_ONLY and (counted := [q for q in found if q.unit == base and q.measure]):
            measure += counted[-1].measure.replace("累计", "")  # 共运送乘客约42万人次，日均约1,250人次: 日均运送乘客
        if (
            _GROWS_TO_IT.search(text, max(0, m.start() - 4), m.start())
            and (same := [q for q in found if q.unit == base and q.measure])
            and (len(measure) <= 1 or same[-1].raw in measure or _CHANGE_ONLY.search(measure))
        ):
            measure = same[-1].measure  # 已有约140间机构进驻，预计明年底前增至200间: 进驻机构 then
        if _no_measure(measure, unit):
            continue  # 从…等4个方面提出: a way of listing; 三年增长7.2倍: a change; 6家拟筹建: no noun
        if _SPACE.search(clean_measure(measure)) and (action := _ACTION_BEFORE.search(before_number)):
            # 整备60万平方米空间, 新增推出15万平方米科研空间, 新增科研空间100万平方米: space prepared or
            # added, not all the zone has
            measure = _ACTIONS.get(action.group("act"), action.group("act")) + clean_measure(measure)
        if unit in ("成", "成半") and not _RATE_NAME.search(clean_measure(measure)):
            continue  # 收费较市场价低约三成, 提高两成: tenths of no named rate are changes and comparisons
        pre, post = m.group("pre") or "", m.group("post") or m.group("post2") or ""
        qualifier = post if pre in _REACHED_ONLY and post else pre + post  # 达2万余人: 余, 达 only says "is"
        low = to_number(m.group("low")) if m.group("low") else None
        raw = text[m.start() : end]
        if low is not None:  # one way of writing a range: 2万–5万元, 20%–30%
            low_end = m.end("lowunit") if m.group("lowunit") else m.end("low")
            raw = raw.replace(text[m.start("low") : m.start("num")], text[m.start("low") : low_end] + "–", 1)
        found.append(
            Quantity(
                m.start(),
                end,
                raw,
                value * multiplier,
                base,
                clean_measure(measure),
                qualifier,
                low * multiplier if low is not None else None,
            )
        )
    return found

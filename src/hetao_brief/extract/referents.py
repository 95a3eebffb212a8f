"""What a referent stands for: 该中心, a bare 工程 or 项目, 本措施, 署方, 前两宗 and the like,
named as the article named them before (该中试基地 → 河套深圳园区生物医药中试基地)."""

from __future__ import annotations

import re
from typing import NamedTuple

from hetao_brief.extract.clauses import date_words, shortened, tidy
from hetao_brief.extract.entities import SURNAMES, people_in
from hetao_brief.extract.numerals import chinese_number
from hetao_brief.extract.vocabulary import CALLED_AGAIN, DOCUMENT_KINDS, NEXT_OF_A_SERIES, REGISTERED_IN

_THIS_DOCUMENT = re.compile(
    r"^本(?P<noun>措施|办法|方案|计划|规定|细则|条例|通知|意见)"
    rf"|^(?:该|此|这份|上述)?(?P<kind>{'|'.join(DOCUMENT_KINDS)})(?=(?:将|已|正式|同时|拟|预计)?(?:施行|实施|生效|执行|废止|失效))"
)
"""本措施自…起施行, 指引施行, 该办法生效, 办法拟施行: a document called by its kind, the title told
before it names."""
_CLASSIFIER = "幅宗块座栋幢间所家"
"""Measure words a plot, a building or a body is counted by (该幅用地, 一所大学)."""
DEMONSTRATIVE = re.compile(
    rf"^(?:该[{_CLASSIFIER}]?|本届|这届|此届|本次|此次|是次|这(?:[{_CLASSIFIER}条个项款批次]|一))(?=[\u4e00-\u9fff]{{2}})"
)
MAX_NAME = 30
_COUNTED_NOUN = (
    r"[\u4e00-\u9fff]{0,6}?(?:楼|厦|用地|项目|站|馆|中心|平台|基地|厂房|公寓|机构|企业|团队|实验室|药物|新药|产品|设备)"
)
_COUNT_ONLY = re.compile(
    r"^(?:(?:前|首|后|其余|另外|余下|其中)?[一两二三四五六七八九十\d]{1,3}|第[一二三四五六七八九十\d]{1,3}"
    r"|[两二三四五六七八九十](?=[宗座栋幢间所个项批]分别))"
    r"(?P<unit>宗|座|栋|幢|间|所|个|项|批|款)(?=分别|均|都|已|将|先后|陆续|相继|亦|也|则|预计|计划|有望)"
)
"""前两宗分别于4月和9月成交: a count whose noun the sentence before gave (第三宗科研用地); so is
(其中)一款 (…用于两款在研药物的临床试验，其中一款有望于…: 一款在研药物) and 另有四间 (首批六间企业已…进驻，
另有四间预计…迁入: 四间企业)."""
_ADDED_COUNT_ONLY = re.compile(
    r"(?:新增|增加|再增|增添|新建)(?:约|近|逾)?[\d,一二两三四五六七八九十百千万]+(?P<unit>台|套|座|栋|间|所|个|项|家|名)$"
)
_THERE_WILL_BE_COUNTED = re.compile(
    r"^(?:还|也|亦)?(?:将|会)有(?P<count>[\d,一二两三四五六七八九十百千万]+)(?P<unit>套|座|栋|幢|间|所|个|项|家)"
    r"(?=交付|落成|竣工|启用|投用|开业|入伙|供应|推出|建成)"
)
"""…新增人才公寓1,200套…。明年上半年还将有800套交付: 800 flats, the noun told with the count before."""
_NOT_NAME = re.compile(
    r"(?<![第\d一二两三四五六七八九十])[一二两三四五六七八九十百千\d]+[座个家间所批项条栋名]|确认|确定|签署|签订|获任|获聘|出任|担任|接任|当选|任命|新建|建成|成立|设立|开设|开办|到达|进驻|入驻|落户|引进|引入|举行|举办|启动|推出|获悉|了解|表示|宣布|位于|作为|"
    r"通过|批准|批出|审议|讨论|完成|调试|检查|参观|考察|维护|操作|出席|参加|主持|见证|(?<=[\u4e00-\u9fff])了|"
    r"(?:建设|共建|组建)(?=[\u4e00-\u9fff]{4})|"
    r"(?:研发|研制|开发)(?!中心|基地|总部|团队|人员|平台|大楼|楼|投入|费用|经费|部)(?=[\u4e00-\u9fff]{3})|"
    r"首个|首批|一系列|标志着|意味着|象征着|这|那|正式|启用|揭牌|投用|上线|带着|带领|率领"
)
NAME_STOP = "，,。；;：:、（）()“”「」《》—－！!？?的在与和及将已于是为从由向对把被\n "


_AND_IN_A_NAME = re.compile(
    r"(?:创新|科技)及(?:科技|工业)|(?:科学|技术|智能|工程|医学|经济|信息|材料|能源|制造|健康|数据|计算)[与和及]"
    r"|[\u4e00-\u9fff]{2}及(?=[\u4e00-\u9fff]{2,4}工程)|(?:设计|勘察)[及与和](?=建造|施工|监理)"
)
"""港深创新及科技园, 创新科技及工业局, 脑科学与类脑智能研究平台: 及 or 与 inside a name, between
two fields, not between two parties; so is 及 between two kinds of works (配套道路及渠务工程, 设计及建造合约)."""
_AFTER_A_NAME = frozenset(
    "，,。；;：:、（）()“”「」《》的在与和及将已于是为从由自向对把被目正预计共今明去前昨本日月年又也还亦什何怎几哪？?近一二两三四五六七八九十上即项首获因现"
    "0123456789"
) | {""}
"""What follows a name where it ends (X工程目前已…, X工程于…): not 量 of 总工程量."""


BARE_NOUNS = (
    *("工程", "项目", "大楼", "基地", "中心", "计划", "大会", "论坛", "峰会", "会议", "展会", "实验室", "平台", "措施"),
    *("条例", "条例草案", "合约", "大学", "系统", "试点", "评选"),
    *("分中心", "研究院", "研究所", "办公室", "产线", "委员会", "基金会", "工作站", "服务队", "邀请赛"),
    *("一期", "二期", "三期", "四期", "五期"),
)
"""Head nouns an article uses alone for the thing it named in full before (工程预计…, 实验室总投入…)."""


_DOING_AFTER_A_NAME = frozenset(
    {
        "结果",  # X评选结果揭晓
        *("抵达", "到访", "访问", "参观", "前往", "考察"),  # X代表团抵达园区
        "成立",
        *("举行", "举办", "决赛", "开赛", "开幕", "闭幕", "当天", "当日"),  # X服务队举行扩编仪式, X邀请赛决赛在…举行
        "负责",
        "获得",
        "揭牌",
        "宣布",
        "表示",
        "发生",
        "团队",
        "主任",
        "院长",
        "所长",
        "工程",
        "联合",
        "启用",
        "落成",
        "工地",
        "累计",
        "现有",
        "共有",
        "入驻",
        "主体",
        "封顶",
        "平顶",
        "动工",
        "开工",
        "迎来",
        "展开",
        "招标",
        "获悉",
        "了解",
        "得知",
        "开幕",
        "开业",
        "开园",
        "运作",
        "运行",
        "运营",
        "可行",
        "总投",
        *("选址", "用地", "总建", "环境", "环评"),  # X项目选址于…, X项目环境影响报告书
        "发出",
        "颁发",
    }
)
"""…联合实验室成立刚满一年, 记者从X中心获悉, X研究院院长…, X宿舍工程…, X项目可行性研究报告, X项目总投资,
X项目环境影响报告书, 向X大楼发出占用许可证: a name followed by what it did, its head, its works or its papers
and sums (or by where the news came from), not a word the noun is part of."""
EDITION_MARK = r"首届|第[一二三四五六七八九十\d]{1,3}届"
"""首届, 第三届: an occasion's edition, which its series' name is without."""
_EDITION = re.compile(f"^(?:{EDITION_MARK})")
_BARE_HEAD = re.compile(
    rf"^(?P<noun>{'|'.join(BARE_NOUNS)})(?=预计|希望|目标(?=于|在|[\u4e00-\u9fff]{{2}})|将|延长$|力争|争取|最快|最早|最迟|计划|已|正式|有望|可望|可(?=[\u4e00-\u9fff])|陆续|分阶段|分期|获得|完成|宣布|成功|迎来|举行|举办|施行|实施|生效|首办|组建|新增"
    r"|动工|开工|展开|平顶|封顶|竣工|落成|启用|交付|投用|投入|开幕|揭牌|挂牌|刚|开业|开馆|开园|运营|接受|启动|恢复|发布《|实现|建成|设立|(?:推出|推行|成立)$"
    r"|迁入|迁往|搬入|搬进|(?:研制|研发|开发)的"
    r"|首读|二读|三读|刊宪|筹备|筹建|试运行|试运营|建设方案|通过(?=[\u4e00-\u9fff]{0,4}验收)|首次(?=[\u4e00-\u9fff]{2})|今后|此后"
    r"|开始(?=建设|运行|试运行|运营|施工)|会(?=举行|举办|推出|开放|启用|迁入|公布)"
    r"|(?:还|也|亦|同时)(?:与|和|同|将|已|在|于|获|签)|的(?=[\u4e00-\u9fff]{0,4}(?:工程|建设|装修|工作))"
    r"|的(?=申请期|申请|名额|期限|有效期|津贴|资助|截止)|(?:外立面|外墙|内部装修|主体结构|整体(?=[\u4e00-\u9fff]))"
    r"|在(?=[^，,。；;]{2,16}?(?:成立|设立|揭牌|挂牌|落户|开业|启用|试行|推行)(?:[，,。；;]|$))"
    r"|与(?=[^，,。；;]{2,16}?(?:签署|签订|签约|订立))"
    r"|第[一二三四五六七八九十]+(?:轮|年度|期|批)|(?<=项目)[一二三四五]期|首轮|新一轮|首阶段|实验室(?=已|将|预计|于|首批)"
    r"|的(?=第[一二三四五六七八九十]+[间座个栋]))"
)
"""工程预计明年初展开, 大会正式开幕, 实验室与两家药企签订…: a bare head noun opening a sentence is
the one the article named before."""
_NAME_STOP_OF = NAME_STOP.replace("的", "")
_THOSE_RULES = re.compile(r"^(?:有关|相关|上述|该等)(?P<noun>措施|计划|方案|安排|政策|规定|办法|系统|设施|路线)")
"""有关措施, 上述计划: the measures or the plan the article named before."""
_THE_SERVICE = re.compile(r"^(?:有关|相关|该项?|此项?)服务(?=[\u4e00-\u9fff])")
_SERVICE_TOLD = re.compile(
    r"(?:(?<=[的，,。；;：:])|^)((?:(?!的)[\u4e00-\u9fff]){2,12}?(?:巴士|专线|航线|渡轮|班车|接驳线|小巴))(?=[，,。；;]|服务|$)"
)
"""至于早前社会关注的跨境专线巴士，报告指相关服务会…: the service a bare 相关服务 is."""
_THE_WORKS = re.compile(
    r"^(?:(?:有关|相关|该项?|此项?|这项)工程|工程(?=预计|将|目标|计划|最快|可望|有望|展开|动工|开工|第[一二三四]阶段|首阶段))"
)
SHORT_HEADS = (
    *("站", "馆", "村", "园", "实验室", "中心", "基地", "平台", "工程", "夏令营", "冬令营", "训练营", "医院"),
    *("航线", "中试线", "生产线", "社区", "试点计划", "院区", "校区", "学院", "公寓", "集群", "大厦", "挑战赛"),
    *(
        "设施",
        "小组",
        "专班",
        "母基金",
        "书院",
        "基金",
        "人行桥",
        "行人桥",
        "枢纽",
        "会堂",
        "研究院",
        "研究所",
        "宿舍",
        "联检大楼",
    ),
    *(
        "嘉年华",
        "科技周",
        "代表团",
        "访问团",
        "专线",
        "发展局",
        "管理局",
        "学校",
        "展览厅",
        "展厅",
        "门诊部",
        "诊所",
        "通道",
    ),
)
"""Heads a short name ends in (雷达站, 科学馆, 院区): the article gave the thing a longer name before."""
_SHORT_HEAD = re.compile(
    rf"^(?![一二两三四五六七八九十\d首各多该本这])(?P<noun>[\u4e00-\u9fff]{{0,2}}(?:{'|'.join(SHORT_HEADS)}))"
    r"(?=预计|将|还将|也将|亦将|首批|其余|余下|要|力争|争取|已|正式|完成|计划|二期|三期|一期|第[二三四五六七八九十]期|第[二三四五六七八九十]阶段|参观|到访|抵达|前往|拜访|考察|开设|开办|主体|于|在|由|与|推出|公布|发布|上线|动工|开工|启用|开通|开放(?!日|时间)|举行|举办|建成|建立|成立|揭牌|开展|投产|开始|获)"
)
"""雷达站完成调试, 实验室二期预计建成, 中心第二阶段设施将启用: a short head noun the article gave a longer
name before (not 实验室开放日, a day of its own)."""
_NEW_TERMS = re.compile(r"^新(?P<what>配额|名额|收费|票价|班次|时间表|安排)(?=生效|将|于|起|实施|适用)")
_THE_NEW_RULE = re.compile(r"^新(?P<what>标准|规定|办法|收费标准|方案)(?=[\u4e00-\u9fff]{2})")
_CURRENT_RULE = re.compile(
    r"(?:^|(?<=[，,。；;：:]))(?:[^，,。；;：:]{0,12}?的)?(?P<whose>[\u4e00-\u9fff]{2,12}?)(?:现行|原有|原)"
    r"(?P<what>[\u4e00-\u9fff]{0,4}?(?:标准|规定|办法|方案))"
)
"""X现行租金标准: what a later 新标准 replaces, and whose it is (as X的配额 is for 新配额)."""
_DAY_OF_A_SHOW = re.compile(r"^(?:公众日|业界日|专业观众日|公众开放日|贸易日)(?=举行|将|于|开放|开始)")
_SHOW_TOLD = re.compile(
    r"(?:^|(?<=[，,。；;：:]))((?:首届|第[一二三四五六七八九十\d]+届)?[^，,。；;：:]{2,16}?(?:展|展览|博览会|交易会|嘉年华|科技周))"
    r"(?=将|于|在|举行|开幕|揭幕)"
)
"""首届河套医疗科技展将于…揭幕: the show whose days (公众日) a later sentence gives."""
_EDITION_YEAR = re.compile(r"^(?:19|20)\d{2}(?=[\u4e00-\u9fff]{4})")
THE_PROJECT = re.compile(r"^(?:(?:该|此|这个)(?:项目|工程)|项目(?=计划|预计|将|目标|有望))")
_NTH_SESSION = re.compile(r"^(?:首场|第[一二三四五六七八九十]场)(?=将|于|在|已|预计|定于|举行)")
_SERIES_QUOTED = re.compile(r"([“「][^”」]{2,16}[”」])(?=(?:品牌|系列)?活动)")
_SESSIONS_TOLD = re.compile(
    r"[一二两三四五六七八九十\d]+场([\u4e00-\u9fff]{0,10}?(?:论坛|讲座|路演|招聘会|说明会|分享会|研讨会|工作坊|比赛|演出|推介会|咨询会|简介会))"
)
"""会在咨询期内举办三场公众论坛: the sessions a later bare 首场 is the first of."""
_BARE_FUND = re.compile(r"^基金(?=将|计划|预计|已|于|开始|接受|正式)")
_FUND_STEP = re.compile(
    r"^(?:首轮|首期|首批|第[一二三]轮|第[一二三]期)(?:(?:[\d.,]+|[一二两三四五六七八九十百千]+)[万亿]?元(?=将|预计|计划|已|于))?"
    r"(?:投资|募集|募资|资金募集|出资|将|预计|计划|已|于)"
)
"""首轮投资预计…, 首期20亿元将于…完成募集: a step of the fund told before."""
_FUND_TOLD = re.compile(
    r"(?:[「“]|(?<![\u4e00-\u9fff])|(?<=成立|设立|发起|推出|组建|元的))((?!首期|首轮|该|此|这)(?:(?![「“」”的由和与])[\u4e00-\u9fff]){2,16}(?<!引导)基金)"
)
"""成立「河套前沿科技基金」: the fund a later bare 首轮投资 is of."""
_LETTING = re.compile(r"^(?:首批|首轮)?配租(?:申请|登记|工作)?(?=[已将于预正开])")
_FLATS_TOLD = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=的))((?:(?!的)[\u4e00-\u9fff]){2,14}?(?:公寓|宿舍|人才房|人才住房|(?<=[员才生])住宿)(?:[一二三四五六七八九十]期)?)"
)
"""河套国际人才公寓三期将提前交付: the flats a later bare 配租申请 lets."""
_FACILITY = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=的))(?:(?!的)[\u4e00-\u9fff]){2,14}?"
    r"(?:研究中心|中心|大楼|科研楼|办公楼|综合楼|实验室|基地|平台|雷达站|站|馆|学校|医院|公寓|研究所|研究院|银行|支行|分行"
    r"|人行桥|行人桥|天桥)"
    r"(?=主体|正式|顺利|已|将|于|在|近日|日前|开工|动工|破土|奠基|开业|开幕|合龙|，|。|\d{1,2}日|[今昨]日|今天|昨天)"
)
"""深港质子治疗研究中心主体结构封顶。该项目…: a project the article named by what it builds."""
_TO_BUILD = re.compile(
    r"(?:建设|兴建|新建|设立|打造)((?:(?![在于和与及])[\u4e00-\u9fff]){2,12}?(?:总部|研发中心|生产基地|基地|工厂|产业园))"
    r"(?=[，,。；;]|$)"
)
"""公司拟…在园区建设研发总部。项目建设期为24个月: the project is the headquarters."""
_WORKS_DONE = re.compile(
    r"(?:铺设|安装|加装|兴建|新建|扩建|改建|翻新|改造|拆卸|拆除)[\u4e00-\u9fff]{2,16}?(?=[，,。；;]|$)"
)
_WORKS_TOLD = re.compile(
    r"(?:(?<=用于)|(?<=用作)|(?<=[，,。；;：:\s]))((?:(?!用于|用作)[\u4e00-\u9fff]){2,16}?的[\u4e00-\u9fff、]{2,16}?工程)(?=[，,。；;]|$)"
)
"""用于港深创科园第二期首批用地的基础设施工程: works told in full, which a later 有关工程 are."""


_UNITS = r"(?P<noun>单位|房间|床位|住房|套房|宿位|房源|车位)"
_UNITS_OF_A_WHOLE = re.compile(
    rf"^(?:首批|其余|余下|剩余)的?(?:(?:约|逾|近)?[\d一二两三四五六七八九十百千万]+(?:个|套|间|张))?{_UNITS}"
)
_WHOLE_OF_UNITS = re.compile(
    rf"(?:^|(?<=[，,。；;：:]))(?P<owner>[\u4e00-\u9fff「」]{{2,16}}?)(?:共|合共|总共)?"
    rf"(?:提供|设有|拥有|包括)(?:约|逾|近)?[\d一二两三四五六七八九十百千万]+(?:个|套|间|张){_UNITS}"
)
_AIMED_OWNER = ("预计", "计划", "将", "可", "会")
"""预计提供约一千个单位: a clause whose owner is told before it, not a word of its own."""


def wholes_of_units(label: str, told: str) -> list[re.Match[str]]:
    """The wholes `told` tells (宿舍共提供约四百个单位), in order, of the units whose first batch or
    rest the label opens with (首批两百个单位将…, 其余单位会…); none where it opens with no such units."""
    part = _UNITS_OF_A_WHOLE.match(label)
    return [whole for whole in _WHOLE_OF_UNITS.finditer(told) if whole["noun"] == part["noun"]] if part else []


_HOUSING_QUOTED = re.compile(r"(?:社区|公寓|宿舍|住宅|屋苑|项目)[“「]([^”」]{2,12})[”」]")
"""人才社区“澄溪里”: housing named in quotes, whose first batch of units a later clause tells."""


def _last_sentence_start(told: str) -> int:
    """Where the sentence being read starts in `told` (the article up to the label's clause); where
    `told` ends a sentence, the label's clause opens the next one, and the sentence before is read."""
    return max(told.rfind(mark, 0, len(told) - 1) for mark in "。！？!?") + 1


_PAPER_DONE_TO = re.compile(r"(?<=[对就把将])(?P<noun>办法|措施|条例|规划|方案|细则|指引)(?=进行|作出|开展|实施)")
"""发展署将对办法进行修订: a bare document told as what is done to, the one named before."""
_THOSE_COUNTED = re.compile(
    r"(?:该|上述|这)(?P<what>[两二三四五六七八九十\d]+[座栋幢间个所家条](?:大楼|楼宇|大厦|实验室|平台|中心|项目|企业|机构|学校|线路))"
)
"""在该三座大楼内: the three buildings the article named before (港深创科园首批三座大楼)."""


def _counted_told(what: str, told_before: str) -> str:
    """The name told before of `what` (三座大楼 → 港深创科园首批三座大楼); "" if it was told bare."""
    at = told_before.rfind(what)
    if at <= 0:
        return ""
    name = _words_before(told_before, at, _NAME_STOP_OF).lstrip("的")  # 首批 is the name's: no clause cut
    return name + what if len(name) >= 2 and not name.startswith(CALLED_AGAIN) else ""


_DRAFT_FIRST = re.compile(r"^(?:修订稿|征求意见稿|修订草案|修订版)(?=预计|将|已|于|会|计划|正式)")
_A_TITLE = re.compile(r"《[^》]{2,40}》")
_BARE_TEAM = re.compile(
    r"^(?:研究|科研|研发|联合)?团队(?=将|已|计划|预计|争取|力争|下一步|研制|研发|开发|与|在|于|完成|获得|成功|正|还|也|亦|的"
    r"|开始|实现|启动|推出|发表|突破|首次|率先|希望|打算|准备|进驻|入驻|迁入)"
)
_BARE_RESULT = re.compile(r"^(?:相关|该|这项|此项|这一)(?:研究)?成果(?=近日|已|于|发表|刊登|在|获|有望|可望|将|预计)")
_MADE_NEW = re.compile(
    r"(?:研发出|研制出|开发出|发现了?|合成出|制备出|(?:研发|研制|开发)的)(?:一种|一款|一类|新的)?"
    r"(?P<what>[\u4e00-\u9fff]{2,16}?)(?=[，,。；;]|$)"
)
"""研究团队研发出一种新型固态电解质材料 (or 团队去年研发的新型固态电解质，…), 相关成果近日发表在…: the
research a bare 相关成果 is of."""
_TEAM_HOME = re.compile(r"[「“]([^」”]{2,20}(?:实验室|研究中心|中心|研究院|研究所))[」”]")
_HOME_OF_A_TEAM = re.compile(
    r"(?<![的该此这])([\u4e00-\u9fff]{4,20}?(?:实验室|研究中心|研究院|研究所))(?:的)?(?:研究|科研)?团队"
)


def _team_of(told_before: str) -> str:
    """Whose a bare 团队 is: the laboratory or institute the article quoted last, else the person
    it named last; "" where it named neither."""
    if homes := _TEAM_HOME.findall(told_before) or _HOME_OF_A_TEAM.findall(told_before):
        return homes[-1]
    if named := _TEAM_NAMED.findall(told_before):
        return named[-1]  # 最终“砚池智检”团队摘得冠军。…团队计划…: that team
    if formed := _TEAM_FORMED_BY.findall(told_before):
        return formed[-1]  # 由X研究院与香港一所大学组成的联合团队…。团队计划…: X's joint team
    if whose := _SOMEONES_TEAM.findall(told_before):
        return whose[-1]  # 霜华所在的材料研发团队…。团队计划…: 霜华所在的材料研发团队
    if _ITS_TEAM.search(told_before) and (institutes := _INSTITUTE_TOLD.findall(told_before)):
        return institutes[-1]  # 记者从X研究院获悉，该院研究团队…。研究团队表示，…: X's
    leaders = [m.group("name") for m in _LEADS_A_TEAM.finditer(told_before) if m.group("name")[0] in SURNAMES]
    people = sorted({*people_in(told_before), *leaders}, key=told_before.rfind)
    return people[-1] if people else ""


_TEAM_NAMED = re.compile(r"([「“][^」”]{2,12}[」”])(?=(?:研究|科研|研发|参赛|创业)?团队)")
"""“砚池智检”团队: a team told by its own name."""
_TEAM_FORMED_BY = re.compile(
    r"由([\u4e00-\u9fff]{4,20}?(?:实验室|研究中心|研究院|研究所|大学))(?:与|和|及)[^，,。；;]{2,20}?(?:组成|组建|共建)的"
    r"(?:联合)?(?:研究|科研)?团队"
)
_SOMEONES_TEAM = re.compile(r"((?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,3}所在的[\u4e00-\u9fff]{0,6}?)团队")
_ITS_TEAM = re.compile(r"该(?:院|所|中心|实验室)(?:研究|科研)?团队")
_INSTITUTE_TOLD = re.compile(r"(?:从|由|在|与)([\u4e00-\u9fff]{4,20}?(?:研究院|研究所|实验室|研究中心))")
_LEADS_A_TEAM = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3})[，,]?(?:带着|带领|率领)(?:其|她的|他的)?(?:研究)?团队")
"""…的何嘉睿，带着团队加入…: whose the team told later is."""


def short_head(label: str) -> str:
    """The short head noun a label opens with (院区动工: 院区), or ""."""
    head = _SHORT_HEAD.match(label)
    return head.group("noun") if head else ""


def with_referent(label: str, told_before: str) -> str:
    """The label with what 该X (or 有关工程) stands for named (see `_with_name_told`); 有关工程
    where the article named no works: the works are what it said would be laid or built
    (计划在…天台铺设太阳能光伏板。有关工程预计…开展 → 铺设太阳能光伏板工程预计开展)."""
    if wholes := [w for w in wholes_of_units(label, told_before) if not w["owner"].startswith(_AIMED_OWNER)]:
        owner = wholes[-1]["owner"]  # 宿舍共提供约四百个单位…。其余单位则会在明年一月起接受申请: the hostel's
        named = referent_name(owner, told_before[: wholes[-1].start()]) if owner in SHORT_HEADS else ""
        return shortened((named or owner) + label)
    if _UNITS_OF_A_WHOLE.match(label) and (
        homes := _HOUSING_QUOTED.findall(told_before[_last_sentence_start(told_before) :])
    ):
        return shortened(homes[-1] + label)  # 人才社区“澄溪里”开放样板间，首批约300套房源将…交付: 澄溪里's
    if (inside := _PAPER_DONE_TO.search(label)) and (name := referent_name(inside["noun"], told_before)):
        label = label[: inside.start()] + name + label[inside.end() :]  # 发展署将对办法进行修订: the rules named
    if (those := _THOSE_COUNTED.search(label)) and (name := _counted_told(those["what"], told_before)):
        label = label[: those.start()] + name + label[those.end() :]  # 首批三座大楼已启用。…在该三座大楼内…: those
    if _DRAFT_FIRST.match(label) and (papers := _A_TITLE.findall(told_before)):
        return shortened(papers[-1] + label)  # …办法》自2025年7月施行…。修订稿预计明年3月征求意见: its draft
    if (those := _THOSE_RULES.match(label)) and (name := referent_name(those.group("noun"), told_before)):
        return shortened(name + label[those.end() :])  # 推出…租金优惠措施。有关措施将于…生效: those measures
    if _BARE_TEAM.match(label) and (whose := _team_of(told_before)):
        return shortened(whose + label)  # 实验室主任…表示，团队将启动…: the lab's team; 她的团队: hers
    if (whole := _WHOLE_WORKS.match(label)) and (name := referent_name("工程", told_before)):
        return shortened(name + label[whole.end() :])  # X工程于五月展开，涉及铺设…，整项工程预计…完成: X工程
    if _ENROLMENT.match(label) and _ENROLLING.search(told_before) and (school := _school_told(told_before)):
        return shortened(school + label)  # X研究院将于…招收首批硕士生…。招生简章将于10月发布: X's
    if (renewed := _THE_NEW_RULE.match(label)) and (current := _CURRENT_RULE.findall(told_before)):
        whose, what = current[-1]  # X现行租金标准于2021年起执行…。新标准明年3月1日起实施: X's new one
        if what.endswith(renewed["what"]):
            return shortened(f"{whose}新{what}{label[renewed.end() :]}")
    if (new := _NEW_TERMS.match(label)) and (
        owners := re.findall(rf"(?:^|(?<=[，,。；;：:]))([^，,。；;：:的]{{2,20}}?)的{new['what']}", told_before)
    ):
        return shortened(owners[-1] + label)  # X的配额将由…增加至…，新配额由…起生效: X's new quota
    if _DAY_OF_A_SHOW.match(label) and (shows := _SHOW_TOLD.findall(told_before)):
        return shortened(shows[-1] + label)  # X展将于…揭幕。…12月12日及13日为公众日: X's public days
    if _BARE_CEREMONY.match(label) and (prizes := _PRIZE_NAMED.findall(told_before)):
        return shortened(prizes[-1] + label)  # 公布「河套创科奖」得奖名单。颁奖典礼将于…举行: the prize's
    if _NEW_BUILDING.match(label) and (built := [n for n in _FACILITY.findall(told_before) if n.endswith("大楼")]):
        return shortened(built[-1] + label[len("新大楼") :])  # X第二期首座大楼举行动土仪式。新大楼预计…落成
    if (nth := _ROUND_FIRST.match(label)) and (rounds := list(_IN_ROUNDS.finditer(told_before))):
        what, deed = rounds[-1]["what"], rounds[-1]["deed"]  # 二期基金计划分两轮募集，第二轮预计…完成
        what = re.sub(r"^([一二三四五]期)基金$", r"\1", what)  # 二期基金: the fund's second phase, named before
        return shortened(what + nth.group(0) + ("" if label.startswith(deed, nth.end()) else deed) + label[nth.end() :])
    if (phase := _PHASE_FIRST.match(label)) and (phased := _built_in_phases(told_before, bool(phase["nth"]))):
        if phased.endswith("工程"):
            label = re.sub(r"^((?:第?[一二三四五]|首)期)工程", r"\1", label)  # X工程第二期, not X工程第二期工程
        return shortened(phased + label)  # 该平台…分两期建设。一期工程去年10月开工: the platform's first phase
    if (service := _THE_SERVICE.match(label)) and (routes := _SERVICE_TOLD.findall(told_before)):
        return shortened(routes[-1] + "服务" + label[service.end() :])  # 至于…的跨境专线巴士，…相关服务会…: the bus's
    if (study := _BARE_STUDY.match(label)) and (studying := _STUDYING_TOLD.search(told_before)):
        return shortened(f"{studying['what']}的{study.group(0)}{label[study.end() :]}")  # 正研究再兴建一座宿舍，可行性
        # 研究预计明年上半年完成: the study of that
    named = _with_name_told(label, told_before)
    if (doer := _DOER_ON_IT.match(label)) and (on_it := _with_name_told(label[doer.end() :], told_before)):
        named = doer.group(0) + on_it  # 当局于今年三月就该合约进行公开招标: the contract named before
    if named == label and (works := _THE_WORKS.match(label)) and (deeds := _WORKS_DONE.findall(told_before)):
        return shortened(deeds[-1] + "工程" + label[works.end() :])
    if named == label and (works := _THE_WORKS.match(label)) and (told := _WORKS_TOLD.findall(told_before)):
        return shortened(told[-1] + label[works.end() :])  # 撥款用於X的基礎設施工程。有關工程預計…: X's
    if named == label and (project := THE_PROJECT.match(label)) and (built := _FACILITY.findall(told_before)):
        return shortened(built[-1] + project.group(0)[-2:] + label[project.end() :])  # 该项目: the centre's
    if named == label and (project := THE_PROJECT.match(label)) and (to_build := _TO_BUILD.findall(told_before)):
        return shortened(to_build[-1] + project.group(0)[-2:] + label[project.end() :])  # 拟…建设研发总部。项目…
    if (named == label and (one := _THIS_ONE_CHARACTER.match(label))) and (
        built := [
            name
            for name in _FACILITY.findall(told_before)
            if name.endswith(one.group("noun")) and name[-2:] not in _DEEDS_ON_A_PLACE  # not 每周一闭馆
        ]
    ):
        return shortened(built[-1] + label[one.end() :])  # 园区科技图书馆将于…开馆。该馆2029年10月开工: the library
    if (tender := _THIS_TENDER.match(label)) and (let := _LET.findall(told_before)):
        contract = "工程合约" if f"{let[-1]}工程合约" in told_before else "合约"
        return shortened(let[-1] + contract + label[tender.end() :])  # X合约已批出。是次招标于6月展开: X合约招标
    if _DESIGN_STAGE.match(label) and (studied := _STUDIED_FOR.findall(told_before)):
        return shortened(studied[-1] + "的" + label)  # X的勘测及设计研究已完成，详细设计将于明年展开: X's
    if named == label and label.startswith("工程") and _BARE_HEAD.match(label) and (let := _LET.findall(told_before)):
        return shortened(let[-1] + label)  # X的设计及建造合约已经批出，工程将于本月底展开: X's works
    if named == label and label.startswith("工程") and (designed := _DESIGNED.findall(told_before)):
        return shortened(designed[-1] + label)  # X的设计工作已大致完成，如拨款获批，工程可于…展开: X's works
    if (new_one := _NEW_ONE.match(label)) and (
        places := re.findall(rf"(?:^|(?<=[{NAME_STOP}]))([\u4e00-\u9fff]{{2,4}}?){new_one.group('noun')}", told_before)
    ):
        return places[-1] + label  # 皇岗口岸重建工程…，新口岸预计…启用: 皇岗新口岸
    if (upcoming := _NEXT_OF_KIND.match(label)) and (
        series := [
            name
            for name in re.findall(
                rf"(?:(?:19|20)\d{{2}}年?|首届|第[一二三四五六七八九十\d]+届)?([\u4e00-\u9fff]{{2,16}}?{upcoming['kind']})",
                told_before,
            )
            if not name.startswith((*CALLED_AGAIN, "上届", "下届", "每届"))
        ]
    ):
        return shortened(upcoming["next"] + series[-1] + label[upcoming.end() :])  # 2026X博览会…。下届博览会将…: X's
    if (this_paper := _THIS_TITLED.match(label)) and (
        papers := [
            title
            for title in re.findall(rf"《[^》]{{2,{MAX_NAME * 2}}}》", told_before)
            if title[:-1].endswith((this_paper["noun"], this_paper["noun"][-1]))
        ]
    ):
        return shortened(papers[-1] + label[this_paper.end() :])  # 刊登《X（指定范围）令》…。该命令将…: X令
    if (at := label.find("于该校")) > 0 and (school := _school_told(told_before)):
        return shortened(label[: at + 1] + school + label[at + 3 :])  # X1992年于该校…系毕业: the school told before
    if (
        label.startswith("新")
        and (bare := _BARE_HEAD.match(label[1:]))
        and (quoted := re.findall(rf"[「“]([^」”]{{2,{MAX_NAME}}}{bare['noun']})[」”]", told_before))
    ):
        return shortened(quoted[-1] + label[1 + bare.end("noun") :])  # 设立「X实验室」…，新实验室预计…投入运作: X
    if label.startswith("双方") and (
        pairs := list(_PAIR.finditer(told_before)) or list(_CO_CHAIRS.finditer(told_before))
    ):
        pair = pairs[-1]  # 该中心由X与Y共同建设。此前，双方已于5月签署…: X与Y
        rest = re.sub(r"^(?:并|还|亦|也)(?=会|将|已|计划)", "", label[2:])  # 双方并会成立…: X与Y会成立…
        return shortened(f"{pair.group('one')}与{pair.group('other')}{rest}")
    if (which := _ONE_OF_TWO.match(label)) and (pairs := list(_TWO_TOLD.finditer(told_before))):
        meant = pairs[-1]["second" if which.group(0).startswith("后者") else "first"]  # 一家是X，另一家是Y。后者: Y
        return shortened(meant + label[which.end() :])
    if (nth := _NTH_SESSION.match(label)) and (sessions := _SESSIONS_TOLD.findall(told_before)):
        return shortened(nth.group(0) + sessions[-1] + label[nth.end() :])  # 举办三场公众论坛，首场将于…: 首场论坛
    if (nth := _NTH_SESSION.match(label)) and (series := _SERIES_QUOTED.findall(told_before)):
        return shortened(nth.group(0) + series[-1] + label[nth.end() :])  # 推出“X”活动，每月举办，首场定于…: 首场X
    if "在这里" in label and (built := _FACILITY.findall(told_before)):
        return shortened(label.replace("在这里", "在" + built[-1], 1))  # X启用，首场活动当天在这里举行: in X
    if (deal := _THE_DEAL.match(label)) and (deals := _DEAL_TOLD.findall(told_before)):
        return shortened(f"{deals[-1]}的交易{label[deal.end() :]}")  # 拟收购X 70%股权。此次交易预计…完成交割
    if (operator := _OPERATOR.match(label)) and (run_by := _RUN_BY.findall(told_before)):
        return shortened(run_by[-1] + label[operator.end() :])  # 该线路由X运营…。运营方计划…: X
    if (side := _THEIR_SIDE.match(label)) and (
        bodies := _BODY_OF_KIND[side.group(1) or side.group(2)].findall(told_before)
    ):
        return _ONE_OF.sub("", bodies[-1]) + label[side.end() :]  # 机电工程署…。署方于去年十一月…; 该局; 校方
    return _named_before(label, told_before) or named


_BARE_CEREMONY = re.compile(r"^(?:颁奖典礼|颁奖礼|颁奖仪式|颁奖大会)(?=将|会|于|已|在|定于|预计)")
_PRIZE_NAMED = re.compile(r"([「“][^」”]{2,16}(?:奖|大赛|比赛|挑战赛)[」”]|[\u4e00-\u9fff]{2,12}(?:大赛|挑战赛))")
"""「河套创科奖」, X创新创业大赛: whose a later bare 颁奖典礼 is."""
_NEW_BUILDING = re.compile(r"^新大楼(?=[\u4e00-\u9fff])")
_ROUND_FIRST = re.compile(r"^(?:第[二三四五]|首|最后一)轮(?=预计|将|计划|拟|于|已|会|可望|有望)")
_IN_ROUNDS = re.compile(
    r"(?:^|(?<=[，,。；;：:]))(?:据介绍[，,])?(?P<what>[\u4e00-\u9fff]{2,12}?)(?:将|拟|计划|会)?分[两二三四五]轮(?P<deed>[\u4e00-\u9fff]{2})"
)
"""二期基金计划分两轮募集: what a later bare 第二轮 is a round of, and the deed done in rounds."""
_PHASE_FIRST = re.compile(r"^(?:(?P<nth>第)?[一二三四五]|首)期(?:工程|项目)?(?=[\u4e00-\u9fff])(?!工程[师量])")
_IN_PHASES = re.compile(
    r"(?:^|(?<=[。；;]))(?:据[\u4e00-\u9fff]{1,2}|(?:根据|按照)[^，,。；;]{1,12}|此外|另外"
    r"|[\u4e00-\u9fff]{1,6}(?:明确|提出|指出|显示|要求|表示|透露|介绍))?[，,]?"
    r"(?P<whole>[^，,。；;]{2,30}?)(?=由|将|计划|拟|总投资|占地|位于|[，,])"
    r"[^。；;]*?分(?:两|三|四|[2-4])期(?:建设|开发|实施|兴建|推进|施工)"
)
"""该平台由X承建，项目总投资约1.8亿元，分两期建设: the whole a later bare 一期工程 or 二期 is part of."""


_PHASE_OF = re.compile(
    r"(?:^|(?<=[，,。；;：:]))(?:由[^，,。；;]{2,20}?的)?(?P<whole>[^，,。；;的]{4,24}?(?:工程|项目))"
    r"(?:[，,]$|[，,]?的?(?:首期|一期|第一期))"
)
"""由两地政府合作推进的X工程，首期工程已…完工。第二期工程将…动工: X's phases, the first told."""


def _built_in_phases(told_before: str, nth: bool = False) -> str:
    """What the article said is built in phases, named (该平台 → the platform named before), or "".
    A phase called 第N期 is only of works whose first phase was told (港深创科园第二期 is a park's own)."""
    told = [] if nth else list(_IN_PHASES.finditer(told_before))
    if not told:
        phases_of = list(_PHASE_OF.finditer(told_before))
        return phases_of[-1].group("whole") if phases_of else ""
    whole = told[-1].group("whole")
    if this := DEMONSTRATIVE.match(whole):
        whole = referent_name(whole[this.end() :], told_before[: told[-1].start()])
    elif whole in BARE_NOUNS or whole in SHORT_HEADS:
        whole = referent_of(whole, told_before[: told[-1].start()])  # 根据方案，基地将分两期建设: the base named
    return whole if 2 <= len(whole) <= MAX_NAME else ""


_BARE_REPORT = re.compile(r"^(?:研究)?报告(?=将|预计|可望|有望|已|会|计划)")
_STUDIED = re.compile(
    r"(?:委托|聘请)[^，,。；;]{0,8}?(?:顾问|机构|团队)?(?:研究|检讨|评估)(?P<what>[^，,。；;]{2,20}?)(?=[，,。；;]|$)"
)
"""政府已委托顾问研究第三期的发展模式，报告将于年底前完成: the study whose report a bare 报告 is."""
_LET = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=的)|(?<=批出))((?:(?!的|批出|批予)[\u4e00-\u9fff]){2,16}?)的?"
    r"(?:(?:设计及建造|设计和建造|设计与建造|建造|施工|建筑|工程)?(?:合约|合同)(?:已|已经|正式|获|批出|于)"
    r"|工程(?:合约|合同)[，,。])"
)
"""港深创新及科技园区域供冷系统的设计及建造合约已经批出: a contract let for what its works build."""
_THIS_TENDER = re.compile(r"^(?:是次|此次|本次|这次|有关)(?=招标)")
"""是次招标: the tender for the contract told before."""
_DESIGN_STAGE = re.compile(r"^(?:详细|初步|总体|工程)设计(?=将|会|预计|可望|已|于)")
_STUDIED_FOR = re.compile(
    r"(?:^|(?<=[，,。；;：:]))(?:另外|此外|同时)?[，,]?(?:[^，,。；;]{0,8}?表示[，,])?"
    r"([^，,。；;]{2,30}?)的(?:勘测|勘察|可行性)?(?:及|和)?(?:设计|可行性)?研究"
)
_DESIGNED = re.compile(r"([\u4e00-\u9fff]{2,16}?)的(?:详细|初步|总体)?设计(?:工作)?(?=已|将|正|预计|大致|基本)")
"""第二期首批大楼的设计工作已大致完成: what is designed, whose works a later bare 工程 are."""
_THIS_ONE_CHARACTER = re.compile(
    r"^(?:该|此|这座|这间|这家|这栋|这幢|该栋|整座)(?P<noun>馆|站|厂|楼|园|所|院|校|行|桥)(?![\u4e00-\u9fff]{0,1}(?:长|方|区))"
)
"""该馆, 该站: a one-character head noun, which the name told before ends in (科技图书馆)."""
_THE_LINE = re.compile(r"^(?:(?:该|此|这条)(?:线路|路线|航线|线)|路线|线路)(?![路])(?=[\u4e00-\u9fff])")
_ROUTE_TOLD = re.compile(
    r"((?:来往|往来|往返)[^，,。；;]{2,30}?(?:巴士线|专线|航线|路线|线路|小巴线))"
    r"|(?:连接|来往|往来|往返)[^，,。；;]{2,30}?的(地铁[\u4e00-\u9fff]{1,6}?线)"
)
"""来往港深创科园及河套深圳园区的跨境巴士线: the route a later 该线 (or a bare 路线) is."""
_THE_ROAD = re.compile(r"^(?:该|这条|此)(?:道路|路段|公路|马路)(?=[\u4e00-\u9fff])")
_ROAD_TOLD = re.compile(
    r"((?:(?!的|与|和|及)[\u4e00-\u9fff]){2,10}?(?:路|大道|公路|快速路|隧道|大桥)(?:延长线|支线|连接线|[东西南北]段)?)"
    r"(?=工程|[，,。；;]|将|已|预计|于|正式|建成)"
)
"""连接X与Y的新洲河东路延长线工程: the road a later 该道路 is."""
_THE_PLOT = re.compile(r"^(?:该|此|这)(?:宗|幅|块)?地块(?=[\u4e00-\u9fff])")
_LAND_USE = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=[的宗幅块]))(?:(?!的)[\u4e00-\u9fff]){2,4}?用地(?=[\u4e00-\u9fff，,。]|$)"
)
"""一宗…的科研用地: the land a later 该地块 is, by its use."""
_THE_PRODUCT = re.compile(r"^(?:(?:该|此|这款)产品(?=[\u4e00-\u9fff])|产品(?=预计|将|正式|已|计划|有望|可望))")
_LAUNCHED = re.compile(
    r"(?:发布|推出|研制出|研发出|展示)了?((?:首款|首台|首套|新一代)[\u4e00-\u9fff]{2,12}?)(?=[，,。；;]|$)"
)
"""公司发布首款科学计算加速卡: the product a later 该产品 is."""
_STATION_NAMED = re.compile(
    r"(?:^|(?<=[，,。；;：:\s」”]))([\u4e00-\u9fff]{2,12}?站)(?=举行|将|已|于|在|正式|动工|开通|启用|昨|今|日前|近日|[，,。])"
)
"""落马洲河套站举行动工典礼: the station a later 新车站 is."""
_THIS_TITLED = re.compile(r"^(?:该|此|这份|上述)(?P<noun>命令|规例|条例|法例|规则|公告|指令)(?=[\u4e00-\u9fff])")
"""该命令将提交立法会, 该规例…生效: the order or regulation whose title the article gave before."""
_NEXT_OF_KIND = re.compile(
    rf"^(?P<next>{NEXT_OF_A_SERIES})(?P<kind>博览会|展览会|论坛|大会|峰会|大赛|比赛|嘉年华|科技周|创新周|交易会)(?=[\u4e00-\u9fff])"
)
"""下届博览会: the next of the series the article named (2026河套低空经济博览会 → 河套低空经济博览会)."""
_NEW_ONE = re.compile(r"^新(?P<noun>口岸|校区|院区|校舍|馆|大楼|总部)(?=预计|将|已|于|正式|启用|落成|建成|投入)")
"""新口岸, 新校区: the new one of the place the article named (皇岗口岸 → 皇岗新口岸)."""
_SCHOOL_NAMED = re.compile(
    r"(?:^|(?<=[，,。；;\s「“]))([\u4e00-\u9fff]{2,12}?(?:学校|中学|小学|大学|学院))(?=[\u4e00-\u9fff\d，,。」”])"
)
"""河套国际学校: the school a later bare 新校舍 belongs to."""
_BARE_CAMPUS = re.compile(r"^校舍(?=于|已|将|落成|预计|正式)")
_NEW_ARRANGEMENT = re.compile(r"^新(?:安排|措施|规定|做法|收费|票价)(?=实施|生效|将|于|由|起|会|预计)")
_SCHEME_OR_RULES = re.compile(r"[「“《][^」”》]{2,24}(?:计划|措施|办法|细则|安排|政策|条例)[」”》]")
"""「X计划」的每年配额将由…增至…，新安排由…起实施: X's new arrangement."""
_IN_THE_STATION = re.compile(r"^站内(?=将|已|会|计划|预计|还|亦)")
_STATION_TOLD = re.compile(r"([\u4e00-\u9fff]{2,20}?(?:工作站|服务站|驿站))(?=在|于|将|已|正式|揭牌|成立|启用|[，,。])")
"""X工作站在园区揭牌成立…。站内将于年底前开通…: the station named before."""
_FIRST_TOPICS = re.compile(
    r"^(?:首批|首期|首轮)(?:研究|科研|开放|联合)?(?:课题|项目)(?=将|预计|计划|已|于|发布|征集|启动)"
)
_LAB_SET_UP = re.compile(
    r"(?:设立|成立|共建|组建|建立|筹建)(?P<lab>[\u4e00-\u9fff]{2,14}?(?:实验室|研究院|研究所|研究中心))(?=[，,。；;]|$)"
)
"""…设立临床需求联合实验室，首批课题将于9月发布: the laboratory's first topics."""
_FIRST_INTAKE = re.compile(r"^(?:首批|首届|新一届)(?:本科生|研究生|学生|新生)(?=将|预计|计划|已|于|入学|报到)")
_PAIR = re.compile(
    r"(?:^|(?<=[由，,。；;：:）)\s]))(?P<one>(?:(?![由与和同])[\u4e00-\u9fff]){2,16}?)"
    r"(?:日前|近日|早前|此前|上月|本月|今年|去年|前年)?(?:还|也|亦)?(?:已经|已|曾|正)?[与和同]"
    r"(?P<other>(?:(?!昨日|今日|日前|近日|今天|昨天|昨晚|今晚|前晚|今早|在)[\u4e00-\u9fff]){2,16}?)"
    r"(?:昨日|今日|日前|近日|今天|昨天|昨晚|今晚|前晚|今早|\d{1,2}日)?(?:在[\u4e00-\u9fff]{2,12}?)?"
    r"(?:共同|联合|合作)?(?:建设|共建|合建|组建|成立|发起|签署|签订|举办|主办|洽谈|商讨|磋商)"
)
"""由X与Y共同建设, X与Y签署…, X正与Y洽谈合作, （记者 陈默）X与Y11日在…签署: the two parties a later
双方 stands for."""
_CO_CHAIRS = re.compile(
    r"(?:^|(?<=[。；;]))\s*(?P<one>[\u4e00-\u9fff]{2,16}?(?:局|署|委员会|政府|办公室))(?:局长|署长|主任|主席|首长)?"
    r"[^。；;]*?[，,](?:并)?与(?P<other>[\u4e00-\u9fff]{2,16}?(?:局|署|委员会|政府|办公室))(?:局长|署长|主任|主席|首长)?"
    r"(?:共同|一起)?(?:主持|会见|会面|会晤|会谈)"
)
"""X局局长今日…出席第十一次Z会议，与Y局局长共同主持会议: the two bodies a later 双方 stands for."""
_THE_DRUG = re.compile(r"^(?:该|此|这款|这种)(?:新药|药物|药品|疫苗)(?=[\u4e00-\u9fff])")
_DRUG_TOLD = re.compile(r"(?:研发|研制|开发)的([\u4e00-\u9fff]{2,10}?(?:新药|药物|药品|疫苗))")
"""其自主研发的抗体新药已完成…。该药物于2037年获批…: the drug a later 该药物 is."""
_MADE_PRODUCT = re.compile(
    r"(?:研发|研制|开发|推出|凭|凭借)的?([\u4e00-\u9fff]{2,12}?(?:眼镜|设备|芯片|仪|器|计|机器人|系统|平台|药物|产品|装置|相机))"
    r"(?=[，,。；;在]|$)"
)
"""清微智行研发的无障碍导航眼镜: the product a later 该产品 is."""
_ENROLMENT = re.compile(r"^(?:招生简章|招生工作|招生|报名工作|报名)(?=将|预计|计划|于|已|拟)")
_ENROLLING = re.compile(r"招收|招生")
_SCHOOL_HEADS = ("研究院", "大学", "学院", "学校")


def _school_told(told_before: str) -> str:
    """The school the article named last (a university's institute, a college): whose admissions a
    bare 招生简章 or 报名 are."""
    heads = sorted((told_before.rfind(head), head) for head in _SCHOOL_HEADS if head in told_before)
    return referent_name(heads[-1][1], told_before) if heads else ""


_BARE_STUDY = re.compile(r"^(?:可行性研究|可研|研究)(?=预计|将|计划|于|已|有望)")
_STUDYING_TOLD = re.compile(r"(?:正|正在|将|会|计划)研究(?P<what>[^，,。；;]{4,30}?)[，,]\s*$")
"""公司正研究在第二期用地上再兴建一座宿舍，: what a later bare 可行性研究 studies."""
_WHOLE_WORKS = re.compile(r"^(?:整项|整个|全部)工程(?=[\u4e00-\u9fff])")
_DOER_ON_IT = re.compile(r"^[\u4e00-\u9fff]{2,12}?(?:已|曾|将|会)?(?:就|对)(?=(?:该|此|这)[\u4e00-\u9fff]{2})")
"""当局就该合约…: who acts on a thing the article named before, 该X after 就 or 对."""
_ONE_OF_TWO = re.compile(r"^(?:后者|前者)(?:则|亦|也)?(?=[\u4e00-\u9fff])")
_TWO_TOLD = re.compile(
    r"(?:其中)?一(?:家|间|个|所|座)(?:是|为)(?:[^，,。；;]{0,20}的)?(?P<first>[\u4e00-\u9fff]{2,12})[，,；;]"
    r"另一(?:家|间|个|所|座)(?:是|为)(?:[^，,。；;]{0,20}的)?(?P<second>[\u4e00-\u9fff]{2,12})[。，,；;]"
)
"""其中一家是研发X的A，另一家是生产Y的B: the two a later 前者 and 后者 are."""
_HERE = re.compile(r"^这里(?:还|也|亦)?(?=[\u4e00-\u9fff])")
_HERE_IS = re.compile(r"这里(?:是|就是)(?:[^，,。；;]{0,30}的)?(?P<place>[\u4e00-\u9fff“”]{2,20}?)(?=[，,。；;])")
"""这里是去年9月投入使用的X，…: the place a later 这里 is."""
_THE_DEAL = re.compile(
    r"^(?:(?:此次|本次|这次|该|该笔|这笔|此项|该项)(?:交易|收购|并购)|交易(?=料|预计|预期|将|可望|有望|已))(?=[\u4e00-\u9fff])"
)
_DEAL_TOLD = re.compile(r"((?:收购|并购)[^，,。；;]{2,30}?(?:股权|股份|公司|业务|资产))(?=[，,。；;]|$)")
"""拟以现金约4.6亿元收购香港X有限公司70%股权: the deal a later 此次交易 is."""
_OLD_SITE = re.compile(r"^原址(?=[\u4e00-\u9fff])")
_MOVED_OUT = re.compile(
    r"(?:^|(?<=[，,。；;：:\s」”]))([\u4e00-\u9fff]{2,24}?)(?:将|已|拟|计划|会)?(?:于[^，,。；;]{1,12}?)?起?"
    r"(?:迁至|迁往|搬至|搬往|搬迁至|迁址至|迁入)"
)
"""X将于8月18日起迁至…: whose old site a later 原址 is."""
_OPERATOR = re.compile(r"^(?:运营方|营运方|营运商|运营商)(?=[\u4e00-\u9fff])")
_RUN_BY = re.compile(r"由([\u4e00-\u9fff]{2,20}?)(?:负责|(?:开发|建设|投资|管理)[并及和]?)?(?:运营|营运)")
"""该线路由深圳云帆物流有限公司运营: who a later 运营方 is."""
_THEIR_SIDE = re.compile(r"^(?:(署|局|校)方|该(署|局|校))(?=[\u4e00-\u9fff])")
_BODY_OF_KIND = {
    kind: re.compile(
        rf"(?:^|(?<=[，,。；;：:\s」”与和同]))((?:(?![与和同的])[\u4e00-\u9fff]){{2,10}}?{ending})(?=[\u4e00-\u9fff（(])"
    )
    for kind, ending in (("署", "署"), ("局", "局"), ("校", "(?:大学|学院)"))
}
"""署方, 局方, 校方: the department (机电工程署) or university of that kind the article named last."""


_SERIES_NOUNS = frozenset({"邀请赛", "大会", "论坛", "峰会", "评选"})
_HELD = re.compile(r"举办|举行|召开|开幕|闭幕|开赛")
"""首届X邀请赛…。邀请赛今后每年举办一届，明年起将增设女子组: what it will do is the series', no edition's."""


def _with_name_told(label: str, told_before: str) -> str:
    """该中试基地将分两期投用 → 河套深圳园区生物医药中试基地将分两期投用: 该 and a noun the
    article named in full before stands for that name; so does a bare 工程 or 项目 opening the
    label (…用于X大楼的建造工程。工程预计明年初展开 → X大楼的建造工程预计展开). Left as it is when
    the article did not name it."""
    if (this := _THIS_DOCUMENT.match(label)) and (name := referent_name(this["noun"] or this["kind"], told_before)):
        return shortened(name + label[this.end() :])  # 本措施自…起施行: 《X若干措施》施行
    if bare := _BARE_HEAD.match(label):
        noun = bare.group("noun")
        name = referent_name(noun, told_before)
        if noun == "工程" and name and (works := _WORKS_TOLD.findall(told_before)) and works[-1].endswith(name):
            name = works[-1]  # 用于X第二期的土地平整工程。工程预计…展开: X's works, not any such works
        rest = re.sub(r"^目标(?=[\u4e00-\u9fff]{2})", "将", label[len(noun) :])  # 大楼目标于…落成: 将落成
        if name and (
            rest.startswith(("今后", "此后", "首次"))
            or (rest.startswith("将") and noun in _SERIES_NOUNS and not _HELD.search(rest))
        ):
            name = _EDITION.sub("", _EDITION_YEAR.sub("", name))  # 首届X大会…。大会今后由两地轮流承办: the series
        return shortened(name + rest) if name else label
    if (head := _SHORT_HEAD.match(label)) and (name := referent_name(head.group("noun"), told_before)):
        name = _EDITION_YEAR.sub("", name)  # 2035深港机器人创新挑战赛…。明年挑战赛将…: the series, not that year's
        return shortened(name + label[head.end("noun") :])  # X气象雷达站…。雷达站完成调试: X气象雷达站
    if (counted := _COUNT_ONLY.match(label)) and (
        told_counts := list(
            re.finditer(
                rf"{counted.group('unit')}({_COUNTED_NOUN})(?=[，,。；;的将已于在预计今昨通以由]|$)", told_before
            )
        )
    ):
        # …第三宗科研用地。前两宗…成交: 前两宗科研用地; X第一期共有八座大楼，首三座已…: X第一期's
        owner = _owner_of_count(told_before, told_counts[-1].start(), counted.group(0))
        return owner + counted.group(0) + told_counts[-1].group(1) + label[counted.end() :]
    if (nth := _NTH_OF_COUNT.match(label)) and (
        wholes := [
            w
            for pattern in (_OWNED_COUNT, _OWNED_BATCH)
            for w in pattern.finditer(told_before)
            if nth[1].startswith(w["count"][-1] + w["noun"])
            and (pattern is _OWNED_COUNT or _number_in(nth.group(0)) < _number_in(w["count"]))  # not 首批三座…其余5座
        ]
    ):
        owner = wholes[-1].group("owner")
        if label.startswith("首") and owner.endswith("首批"):
            owner = owner.removesuffix("首批")  # X首批四座大楼…，首两座…: X's first two, 首 said once
        return owner + label  # X共有八座大楼。…第四座大楼已…: X's fourth
    if _ALL_OF_THEM.match(label) and (wholes := list(_OWNED_COUNT.finditer(told_before))):
        whole = wholes[-1]  # X共有八座大楼，…全部预计…完成: X's eight
        return whole.group("owner") + whole.group("count") + whole.group("noun") + label
    if (counted := _THERE_WILL_BE_COUNTED.match(label)) and (
        nouns := re.findall(
            rf"({_COUNTED_NOUN})(?:约|近|逾|超过)?[\d,一二两三四五六七八九十百千万]+{counted.group('unit')}",
            told_before,
        )
    ):
        noun = re.sub(r"^.*(?:新增|新建|建成|提供|供应|交付|推出|增加|有)", "", nouns[-1])  # 园区新增人才公寓
        return counted.group(0) + noun + label[counted.end() :]  # 还将有800套交付: 800套人才公寓
    if (added := _ADDED_COUNT_ONLY.search(label)) and (
        nouns := re.findall(rf"[\d,]+{added['unit']}([\u4e00-\u9fff]{{2,8}}?)(?=纳入|已|将|[，,。；;])", told_before)
    ):
        return label + nouns[-1]  # 已有21台大型科研仪器纳入共享平台，明年还将新增约15台: 15 more instruments
    if not (this := DEMONSTRATIVE.match(label)):
        return label
    lead = this.end()
    for length in range(min(8, len(label) - lead), 1, -1):
        noun = label[lead : lead + length]
        if quoted := re.findall(rf"[「“]([^」”]{{0,{MAX_NAME}}}{re.escape(noun)})[」”]", told_before):
            return shortened(quoted[-1] + label[lead + length :])  # 「智能声学与振动研究中心」: the name whole
        ends = [
            m.start()
            for m in re.finditer(re.escape(noun), told_before)
            if told_before[m.start() - 1] not in "该此这其届"
            and told_before[m.end() : m.end() + 1] not in ("员", "者", "院", "所", "生")  # 研究员, 研究院: another word
        ]
        if not ends:  # 该中心由…共建: the referent again, not the name
            continue
        heads = [
            at
            for at in ends
            if told_before[at + length : at + length + 1] in _AFTER_A_NAME
            and not _words_before(told_before, at, NAME_STOP).endswith("类")  # 园区类中心: a kind, not the one
        ]
        agents = [at for at in heads if _BY_AN_AGENT.search(told_before, max(0, at - 24), at)]
        heads = [at for at in heads if at not in agents] or heads  # X基金…，由Y引导基金…出资。该基金: X, not Y
        for at in reversed(heads or ends):  # 总工程量 holds 工程 inside another word: …二期工程目前… names 该工程
            name = tidy(_without_clause(_words_before(told_before, at, NAME_STOP)))  # 园区新建一座基地: a clause
            name = _REPORTED.sub("", name)  # 在《科学》发表新型超导材料研究成果。该研究…: the research, not 发表
            name = _ONE_OF.sub("", name)  # 推出一幅创新科技用地。该幅用地…: the plot, not "a plot"
            if 2 <= len(name) <= MAX_NAME and not name.endswith(
                "类"
            ):  # a longer name than the noun alone (not 从大赛组委会)
                return shortened(name + label[lead:])
        # 该中心开业 after …在中心开始使用: 中心开 was no name there; try 中心
    return label


_BY_AN_AGENT = re.compile(r"由[^，,。；;由]{0,20}$")
_FIRST_OF_ITS_KIND = re.compile(r"^[\u4e00-\u9fff]{0,4}?首(?:所|家)")
_ONE_OF = re.compile(rf"^一[{_CLASSIFIER}个](?=[\u4e00-\u9fff]{{2}})")
_OWNER_NAME = (
    r"[\u4e00-\u9fff]{2,20}?(?:园区|园|[一二三四五六七八九十\d]期|片区|城|中心|基地|社区|校区|院区|医院|大学)"
    r"|[「“][^」”]{2,24}[」”]第[一二三四五六七八九十]+批|第[一二三四五六七八九十]期"
)
_OWNED_COUNT = re.compile(
    rf"(?:^|(?<=[，,。；;：:）)]))(?P<owner>{_OWNER_NAME})(?:共有|共设|拥有|包括|设有|共)"
    rf"(?P<count>[一二两三四五六七八九十\d]{{1,3}}[座栋幢间所个项批])(?P<noun>{_COUNTED_NOUN})(?=[，,。；;将已于]|$)"
)
"""港深创新及科技园第一期共有八座大楼, 「X」第三批共五所实验室将…: the whole a later count (首三座,
余下五座, 全部, 首两所) is part of."""
_OWNED_BATCH = re.compile(
    rf"(?P<owner>(?:{_OWNER_NAME})(?:首批|第[一二三四五六七八九十]批))(?P<count>[一二两三四五六七八九十\d]{{1,3}}[座栋幢])(?P<noun>大楼)"
)
"""港深创科园第二期首批四座大楼的…合约: the batch a later 首两座, 其余两座 is part of."""
_NTH_OF_COUNT = re.compile(
    r"^(?:第|首|前|后|余下|其余)[一二两三四五六七八九十\d]{1,3}([座栋幢间所个项批][\u4e00-\u9fff]{1,6})"
)
_ALL_OF_THEM = re.compile(r"^全部(?=预计|将|已|均|可|计划|于)")


def _owner_of_count(told_before: str, counted_at: int, counted: str = "") -> str:
    """The whole the counted things belong to, where the clause that counted them opened with it
    (X第一期共有八座大楼) or that told a batch of them before (X首批四座大楼), else ""."""
    owned = [m for m in _OWNED_COUNT.finditer(told_before) if m.start("count") < counted_at < m.end("count")]
    if owned:
        return owned[-1].group("owner")
    batches = [m for m in _OWNED_BATCH.finditer(told_before) if m.end() <= counted_at]
    if not batches or _number_in(counted) >= _number_in(batches[-1].group("count")):
        return ""  # 首批三座大楼…。其余5座大楼…: the rest of the park's, not of the batch
    return batches[-1].group("owner")  # X首批四座大楼…，首两座…，其余两座…: X首批's


def _number_in(counted: str) -> float:
    """How many a count (其余两座, 四座) says; 0 if it says no number."""
    digits = re.search(r"[一二两三四五六七八九十\d]+", counted)
    try:
        return chinese_number(digits.group(0).replace("两", "二")) if digits else 0.0
    except ValueError:
        return 0.0


_OF_A_KIND = ("的大学", "的高校", "的企业", "的机构", "的公司", "的医院")


def referent_of(noun: str, told_before: str) -> str:
    """What a bare head noun stands for (`referent_name`), works named in full first (拨款用于X的土地
    平整及基础设施工程。…工程将分两个阶段进行: X's works)."""
    if noun == "工程" and (works := _WORKS_TOLD.findall(told_before)):
        return str(works[-1])
    return referent_name(noun, told_before)


def referent_name(noun: str, told_before: str) -> str:
    """What a bare head noun stands for, the noun included: the name the article gave it before
    (…的建造工程 → 港深创科园第一期余下大楼的建造工程), a quoted or titled name first (设立「中大再生
    医学研究中心」，为首个设于河套的研究中心: the name, not the description; 出台《X若干措施》…措施
    自10月1日起施行: 《X若干措施》); "" when the article named none."""
    titled = re.findall(rf"《[^》]{{2,{MAX_NAME * 2}}}{noun}》", told_before)
    if titled:
        return titled[-1]
    if noun == "条例" and (bills := re.findall(rf"《([^》]{{2,{MAX_NAME * 2}}}条例)草案》", told_before)):
        return f"《{bills[-1]}》"  # 三读通过《X条例草案》…。条例预计下月刊宪生效: 《X条例》, passed
    if drafts := re.findall(
        rf"《([^》]{{2,{MAX_NAME * 2}}}{noun})[（(](?:征求意见稿|草案|修订草案|送审稿|讨论稿)[）)]》", told_before
    ):
        return f"《{drafts[-1]}》"  # 起草了《X办法（征求意见稿）》…。办法拟于…施行: 《X办法》, once adopted
    for short in reversed([m for m in _SHORT_NAMED.finditer(told_before) if m.group("short") == noun]):
        if len(name := _without_clause(_words_before(told_before, short.start(), _NAME_STOP_OF))) >= 2:
            return name  # X联合实验室（以下简称“实验室”）: the name the article shortened
    quoted = re.findall(rf"[「“]([^」”]{{2,{MAX_NAME}}}){noun}[」”]", told_before)
    if quoted:
        return quoted[-1] + noun
    at = told_before.rfind(noun)
    while at > 0:  # 随着该中心的启用, 09:30 大会正式开幕: a referent again; 分论坛: another; look further back
        name = _name_ending_at(told_before, at, noun) if told_before[at - 1] not in "该此这其本分主" else ""
        described = name.endswith(_OF_A_KIND)  # 首个整体迁入园区的大学实验室: a kind, not the one named
        described = described or bool(_DONE_INTO.search(name))  # 把30台大型仪器纳入平台: a deed, no name
        described = described or bool(_USING.match(name))  # 对使用平台的初创企业: who uses it, no name
        described = described or told_before.endswith(("结为", "成为", "作为"), 0, at - len(name))  # 结为姊妹学校
        described = described or bool(_FIRST_OF_ITS_KIND.match(name))  # 该校是园区首所九年一贯制学校: a kind
        described = described or told_before[at - 1 : at + len(noun)] in _DEEDS_ON_A_PLACE  # 每周一闭馆: a deed
        if name and not name.startswith(CALLED_AGAIN) and not described:  # 该院河套院区: a referent again
            return _named_in_full(told_before, name, noun, at)
        at = told_before.rfind(noun, 0, at)
    return ""


_DEEDS_ON_A_PLACE = frozenset(
    f"{verb}{place}" for verb in "闭开休入进到离出" for place in ("馆", "园", "站", "校", "院")
)
"""每周一闭馆, 入园参观: a verb and its object, no name of the 馆 or 园 a later 该馆 stands for."""
_OPENS_A_NAME = ("", "。", "，", ",", "；", ";", "：", ":", "\n", "「", "“", "《", "　", " ")


def _named_in_full(told_before: str, name: str, noun: str, at: int) -> str:
    """The longest name the article gave what `name` + `noun` (told at `at`) is: 河套澄溪生物医药中试
    平台是…首个…开放的生物医药中试平台 → 河套澄溪生物医药中试平台, the name, not the kind said of it."""
    found = name + noun
    earlier = told_before.rfind(found, 0, at - len(name))
    while earlier >= 0:
        longer = _name_ending_at(told_before, earlier + len(name), noun)
        opens = earlier + len(name) - len(longer)  # where the longer name starts: a sentence's or clause's start
        if (
            len(longer) > len(name)
            and longer.endswith(name)
            and told_before[opens - 1 : opens] in _OPENS_A_NAME
            and not longer.startswith(CALLED_AGAIN)  # 该院河套院区: a referent again
        ):
            return longer + noun
        earlier = told_before.rfind(found, 0, earlier)
    return found


_USING = re.compile(r"(?:使用|利用|依托|借助|采用|运用|登录|注册|租用|入驻)(?=[\u4e00-\u9fff]{0,4}$)")
_DONE_INTO = re.compile(r"(?:纳入|接入|并入|加入|进入|引入)$|[\d一二两三四五六七八九十]+[台套]")
_PREPOSITION_FIRST = re.compile(
    r"^(?:就(?![业读医诊近])|对(?![外口接])|把|向(?![阳])|为?配合|为了?(?=配合|落实|推进|支持))"
)
_SIGNIFYING = re.compile(r"^(?:标志着?|意味着|象征着?|宣告|代表着)")
_REPORTED = re.compile(r"^(?:发表|发布|公布|报告|完成|开展)(?=[\u4e00-\u9fff]{2})")
_SHORT_NAMED = re.compile(r"[（(](?:以下)?简称[「“](?P<short>[^」”]{1,8})[」”][）)]")


def _name_ending_at(told_before: str, at: int, noun: str) -> str:
    """The name told_before gives the head noun at `at` (…共建的河套深港联合医学影像中心 → 河套深港
    联合医学影像中心), or "" where the noun stands bare or inside another word (总工程量)."""
    after = told_before[at + len(noun) : at + len(noun) + 2]
    planned = told_before.startswith(
        ("建设方案", "规划方案", "投资协议", "合作协议"), at + len(noun)
    )  # X基地建设方案获批, X试点合作协议
    planned = planned or (noun == "工程" and told_before.startswith(("合约", "合同"), at + 2))  # X工程合约已批予…
    whole = noun == "大学" and told_before[at - 1 : at] not in ("", *NAME_STOP)  # 香港浸会大学河套…研究所: 香港浸会大学
    if after[:1] not in _AFTER_A_NAME and after not in _DOING_AFTER_A_NAME and not planned and not whole:
        return ""
    name = _without_clause(_words_before(told_before, at, _NAME_STOP_OF).lstrip("的"))
    name = _PREPOSITION_FIRST.sub("", name)  # 已就第二批大楼的合约展开招标: the buildings, not 就's
    name = _SIGNIFYING.sub("", name)  # …发出占用许可证，标志大楼正式落成: 大楼 bare, the one told before
    if told_before[at - len(name) - 1 : at - len(name)] == "为":
        name = _DONE_FOR.sub(r"\g<whom>", name)  # 为X第二期进行土地平整工程: X第二期土地平整工程
    if (dated := date_words(name)) and dated[0][0] == 0:
        name = name[dated[0][1] :].removeprefix("度")  # 今年1月平台主体装修完工: the date is no part of the name
        # (nor 2026年度“X”评选's year: the series')
    name = _NOW_FIRST.sub("", name)  # 目前实验室共有研究人员36人: the lab, told of now
    name = _HEARSAY_FIRST.sub("", name)  # 记者：听说研究院的…？: the reporter heard it, 研究院 is bare
    if "的" in name and len(name) - name.rindex("的") > 4:  # …医院共建的河套深港联合医学影像中心: the name after 的
        name = name[name.rindex("的") + 1 :]
    elif "的" in name and told_before[at - len(name) - 1 : at - len(name)] in ("与", "和", "及", "同"):
        name = name[name.rindex("的") + 1 :]  # 连接深圳园区与香港园区的跨河人行桥: 跨河人行桥, not 香港园区's
    if name.startswith("其") and (owner := _SPEAKER_FIRST.match(told_before, told_before.rfind("。", 0, at) + 1)):
        name = owner.group("who") + name[1:]  # X昨日发布消息，其河套研究院获批…。研究院…: X's
    if name.startswith("的"):  # 由X副市长率领的科技代表团: the delegation the one leading it names
        led = _LED_BY.fullmatch(_words_before(told_before, at, _NAME_STOP_OF))
        name = led["who"] + name if led else name.lstrip("的")
    counted = _COUNT_FIRST.match(name)  # 本次论坛设主论坛和6场平行论坛: some of them, not one named
    return name if 2 <= len(name) <= MAX_NAME and not name.endswith("的") and not counted else ""


_LED_BY = re.compile(r"(?:由)?(?P<who>[\u4e00-\u9fff]{2,20}?(?:率领|带领|带队|组成))的[\u4e00-\u9fff]{0,4}")
_NOW_FIRST = re.compile(r"^(?:目前|现时|现在|当前|如今|眼下|现阶段|迄今|至今|此外|另外|同时|其后|随后|近年来?)")
_HEARSAY_FIRST = re.compile(r"^(?:听说|据说|据悉|据了解|有消息说|得知|获悉)")
_DONE_FOR = re.compile(r"^(?P<whom>[\u4e00-\u9fff]{2,12}?)(?:进行|开展)(?=[\u4e00-\u9fff]{4})")
_SPEAKER_FIRST = re.compile(
    r"\s*(?P<who>[^，,。；;]{2,20}?)(?:昨日|今日|日前|近日|今天|昨天)?(?:发布消息|宣布|表示|公布|透露|称|介绍)[，,]"
)
"""香港中文大学（深圳）昨日发布消息，其…: whose 其 is, the one who spoke first in the sentence."""
_COUNT_FIRST = re.compile(r"^(?:[\d一二两三四五六七八九十]+[场个项家间所座批]|第[\d一二两三四五六七八九十]+[家所间个])")
"""6场平行论坛, 12场活动: a count of things, which names none of them; 第九家深港联合实验室: one of a
count told of a thing named before."""


def _words_before(told_before: str, at: int, stops: str) -> str:
    """The words before `at` back to a stop (punctuation, a function word) or MAX_NAME
    characters: where a name before a head noun can start. 及 inside a Hong Kong name (港深创新及
    科技园) is no stop."""
    start = at
    while start > 0 and at - start <= MAX_NAME:
        if told_before[start - 1] not in stops or _AND_IN_A_NAME.match(told_before, max(0, start - 3)):
            start -= 1
        elif quoted := _QUOTED_INSIDE.search(told_before, max(0, start - 12), start):
            start = quoted.start()  # 河套深圳园区「一线」查验设施: a quoted word inside the name
        elif (seat := _SEAT_INSIDE.search(told_before, max(0, start - 12), start)) and _FIRM_FORM.match(
            told_before, start
        ):
            trade = _TRADE_NAME.search(told_before, max(0, seat.start() - 10), seat.start())
            start = trade.start("name") if trade else seat.start()  # 原告钧弦半导体（深圳）有限公司: the firm's
            break  # seat inside its name, and the trade name before it (of no more than six characters)
        else:
            break
    return told_before[start:at]


_QUOTED_INSIDE = re.compile(r"(?:(?<=[\u4e00-\u9fff，,。；;：:\s])|^)[「“][\u4e00-\u9fff]{1,8}[」”]$")
_SEAT_INSIDE = re.compile(rf"(?<=[\u4e00-\u9fff])[（(](?:{'|'.join(REGISTERED_IN)})[）)]$")
_FIRM_FORM = re.compile(r"有限|股份|集团|科技")
_TRADE_NAME = re.compile(r"(?:.*(?:原告|被告|旗下|企业|伙伴|客户|股东|委托|收购))?(?P<name>[\u4e00-\u9fff]{2,6})$")


def _without_clause(words: str) -> str:
    """Words before a noun without the clause that ends in them (园区新建一座基地: 基地)."""
    if cut := list(_NOT_NAME.finditer(words)):
        return words[cut[-1].end() :]
    return words


_BARE_SCHEME = re.compile(r"^(?:津贴|资助|补贴|奖励)计划(?=[\u4e00-\u9fff]{2})")
_SCHEME_QUOTED = re.compile(r"[「“][^」”]{2,20}(?:津贴|资助|补贴|奖励)(?:计划)?[」”]")


class _ToldBefore(NamedTuple):
    """A word a label opens with that stands for something the article named before, and the
    ways it names such a thing: the name told last stands in for the word (该线 → 来往X及Y的
    跨境巴士线) or, where the word says which part of it is meant, goes before it (配租申请 →
    X人才公寓三期配租申请)."""

    opener: re.Pattern[str]
    names: tuple[re.Pattern[str], ...]
    keeps_opener: bool = False
    joined_by: str = ""
    """Words between the name and the rest (相关成果 → X + 研究成果; 报告 → Y + 研究 + 报告)."""


_TOLD_BEFORE = (
    _ToldBefore(_THE_LINE, (_ROUTE_TOLD,)),  # 来往X及Y的跨境巴士线将加密…。该线自去年七月开办: that route
    _ToldBefore(_THE_ROAD, (_ROAD_TOLD,)),  # X路延长线工程预计…通车。该道路…于去年3月开工: that road
    _ToldBefore(_THE_PLOT, (_LAND_USE,)),  # 一宗…的科研用地启动挂牌程序。该地块将于…竞价: the plot
    _ToldBefore(re.compile(r"^竞买(?=申请)"), (_LAND_USE,), keeps_opener=True),  # 一宗科研用地…挂牌。竞买申请截止…
    _ToldBefore(_THE_PRODUCT, (_LAUNCHED, _MADE_PRODUCT)),  # 公司发布首款X。7月，该产品通过…测试
    _ToldBefore(_THE_DRUG, (_DRUG_TOLD,)),  # 其自主研发的抗体新药…。该药物于…获批开展临床研究
    _ToldBefore(re.compile(r"^新车站"), (_STATION_NAMED,)),  # …河套站举行动工典礼…，新车站预计…落成
    _ToldBefore(re.compile(r"^新校(?:舍|区)"), (_SCHOOL_NAMED,), keeps_opener=True),  # 河套国际学校…。新校舍将…
    _ToldBefore(re.compile(r"^学院(?=新校|[一二三]期|将|预计|计划|已)"), (_SCHOOL_NAMED,)),  # X学院…。学院新校区预计…
    _ToldBefore(_FIRST_TOPICS, (_LAB_SET_UP,), keeps_opener=True),
    _ToldBefore(_IN_THE_STATION, (_STATION_TOLD,)),  # X工作站…揭牌成立。站内将于年底前开通…
    _ToldBefore(
        _NEW_ARRANGEMENT, (_SCHEME_OR_RULES,), keeps_opener=True
    ),  # 「X计划」…增至…，新安排由…起实施  # 设立X实验室，首批课题将于…发布
    _ToldBefore(_FIRST_INTAKE, (_SCHOOL_NAMED,), keeps_opener=True),  # X学院公布招生计划…。首批本科生将于9月入学
    _ToldBefore(_BARE_CAMPUS, (_SCHOOL_NAMED,), keeps_opener=True),  # 「X学校」获批注册…。校舍于今年7月落成
    _ToldBefore(_HERE, (_HERE_IS,)),  # 这里是…的X。…这里将新增…: X
    _ToldBefore(_FUND_STEP, (_FUND_TOLD,), keeps_opener=True),  # 成立「X基金」，…，首轮投资预计…完成
    _ToldBefore(_BARE_FUND, (_FUND_TOLD,)),  # 「X基金」公布首轮结果。基金去年…开始接受申请
    _ToldBefore(_LETTING, (_FLATS_TOLD,), keeps_opener=True),  # X人才公寓三期将交付。配租申请已于…开始
    _ToldBefore(_OLD_SITE, (_MOVED_OUT,), keeps_opener=True),  # X将于8月18日起迁至…，原址同日停止对外服务
    _ToldBefore(_BARE_SCHEME, (_SCHEME_QUOTED,)),  # 「X住屋津贴」第二轮…。津贴计划于去年四月推出: X
    _ToldBefore(_BARE_RESULT, (_MADE_NEW,), joined_by="研究成果"),  # 研发出X，相关成果近日发表在…: X's results
    _ToldBefore(_BARE_REPORT, (_STUDIED,), keeps_opener=True, joined_by="研究"),  # 委托顾问研究Y，报告将于…完成
)
"""The bare words a label may open with that only what the article told before names, one
row each; `with_referent` keeps the cases that need more than a name told last."""


def _found(pattern: re.Pattern[str], told_before: str) -> list[str]:
    """What a row's pattern names in told_before: its one group, or the first group each match filled."""
    if pattern.groups <= 1:
        return pattern.findall(told_before)
    return [next(group for group in m.groups() if group) for m in pattern.finditer(told_before)]


def _named_before(label: str, told_before: str) -> str | None:
    """The label with its opener named (see `_TOLD_BEFORE`), or None if no row's opener opens
    it or the article named no such thing before."""
    for row in _TOLD_BEFORE:
        if opener := row.opener.match(label):
            names = next((found for pattern in row.names if (found := _found(pattern, told_before))), None)
            if names:
                rest = label if row.keeps_opener else label[opener.end() :]
                return shortened(names[-1] + row.joined_by + rest)
    return None


__all__ = [
    "BARE_NOUNS",
    "DEMONSTRATIVE",
    "EDITION_MARK",
    "MAX_NAME",
    "NAME_STOP",
    "SHORT_HEADS",
    "THE_PROJECT",
    "referent_name",
    "referent_of",
    "wholes_of_units",
    "with_referent",
]

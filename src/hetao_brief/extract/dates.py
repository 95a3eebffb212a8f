"""Finding dates in a sentence and resolving them to ISO strings.

Absolute dates (2023年8月, 2022年底, 2027年Q2, 2027/28学年) are read as written; relative ones
(今年, 本年, 下年 (Hong Kong's 明年), 去年11月, 暑假,
一年前, 近日, 6月11日, 今日, 今早, 昨晚, 上月, 月内, 本月15日, 22日, 本周一, 周二, 下半年) against the
article's date,
同年, 同月, 当年, 次年 and 两年后 against the date told before them:
the day of its dateline (香港9月14日电), where it has one, else its publication. A range
(今年至明年) is dated by its start, and keeps its end; so does a five-year plan's period
(“十四五”期间: 2021 to 2025; 到“十五五”末: 2030). A month without a year that lies after the publication
month belongs to the previous year, unless the sentence speaks of what is to come (将, 预计,
6月底前); a day without a month that lies after the publication day, to the previous month
unless the sentence speaks of what is to come (将于12日闭幕).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from lunardate import LunarDate

from hetao_brief.extract.numerals import chinese_number
from hetao_brief.extract.sentences import start_of_clause

YEARS_SINCE = (
    r"(?:[一二两三四五六七八九十多近\d]{1,3}|过去[一二两三四五六七八九十\d]{0,3})年(?:来|以来)"
    r"|过去[一二两三四五六七八九十\d]{1,3}年"
)
"""一年来, 五年以来, 过去三年: years counted back from now, over which figures are told (a regex
source, for the rules of figures in quantities.py and pipeline.py)."""
_NUM = r"\d{1,2}"
_CN_NUM = r"[一二两三四五六七八九十\d]{1,3}"
_FIRST = (
    "0-9今即本去明前昨后首上下这周星礼琴寻听一二两三四五六七八九十次翌第隔近日同当月年未春夏秋冬元国中端圣农不再半暑寒新正腊还仅只此那大除跨届历"
    '“「发印公颁签成创开启落投建约刚"'
)
"""The characters a date can begin with: the scan tries its alternatives only where one stands
(a sentence is mostly other characters), which made finding dates a quarter faster."""
_PATTERN = re.compile(
    rf"(?=[{_FIRST}])(?:"
    rf"(?P<fest>(?:(?P<festy>(?:19|20)\d{{2}})年|(?P<festw>今年|本年|去年|明年))?(?P<festname>春节|农历新年|除夕|跨年夜|元旦日|元旦|国庆|中秋|端午|圣诞|元宵|五一|劳动节|暑假|寒假"
    r"|(?<![\d一二两三四五六七八九十百千多几数今去明前上下本该当同每全半近])年(?=前[，,]?(?:可|将|再|还|会|要|预计|完成)))"
    rf"(?:节(?!日))?(?!灯会|晚会|游园|庙会|市集|嘉年华|音乐会|联欢|研学|实习|[\u4e00-\u9fff]?营(?!业)|班)"  # 元宵灯会,
    # 寒假研学营: a name, not the festival's day
    rf"(?:当晚|当天|当日)?(?P<festspan>假期|长假|黄金周|期间|前后)?(?P<festback>(?:后|过后)?(?:上班|开工|复工)(?:第一天|首日)?|后(?:第一天|首日|首个工作日))?)"
    rf"|(?P<season>(?:(?P<sy>(?:19|20)\d{{2}})年|(?P<sw>今年|本年|明年|下年|去年|上年|前年|(?:(?<=[于在到至和及或计快迟早望争将会可])|(?<![\u4e00-\u9fff]))后年(?![均份度龄纪代轻薪报会终产销营收利增])|那年|当年|同年))?(?P<sname>春|夏|秋|冬)(?:季|天)(?!度)(?![\u4e00-\u9fff]{{0,4}}(?:演练|招聘会|运动会|音乐会|嘉年华|大赛|市集))(?:学期)?|(?<![春夏秋冬])(?P<sw1>今|明|去)(?P<sname1>春|夏|秋|冬)(?![\u4e00-\u9fff]?[季天节装运令])(?=分批|[起前后内初底末，,、]|[\u4e00-\u9fff]{{2}}))"
    rf"|(?P<plan>[“「\"]?十(?P<pn>[一二三四五六七八九])五(?![”」\"]?(?:规划|计划|纲要))[”」\"]?(?P<pedge>期间|时期|末期|末|初期|初)?)"
    rf"|(?P<fy>(?P<fyy>(?:19|20)\d{{2}})(?:至|-|/|／|－|—|–)\d{{2}}(?:财政)?年度)"
    rf"|(?P<schoolyear>(?:(?P<scy>(?:19|20)\d{{2}})(?:至|-|/|／|－)(?:19|20)?\d{{2}}|(?P<scw>新|下个?|本|今))学年(?:开学(?:时|前|后)?)?)"
    rf"|(?P<term>(?P<tw>本|这|下|上)个?学期)"
    rf"|(?P<decade>(?:(?P<dy>(?:19|20)\d0)|上世纪(?P<dcn>[一二三四五六七八九])十)年代(?P<dedge>初期|中期|末期|后期|初|中|末)?)"
    rf"|(?P<abs>(?P<y>(?:19|20)\d{{2}})(?:(?=[至到\-－—–~～](?:19|20)\d{{2}}年)|年)(?:(?P<m>{_NUM})(?:[至、]{_NUM})?月(?:(?P<d>{_NUM})[日号]|(?P<aedge>底|初))?"
    rf"|年?(?P<yedge>底|末|初|头|尾|年中|上半年|下半年)|第(?P<aq>[一二三四1-4])(?:[、至到][一二三四1-4])*季度?|(?P<aq1>首)季度?"
    rf"|(?P<aq3>[一二三四1-4])(?:[、至到][一二三四1-4])*季度"
    r"|(?P<aqq>(?i:q)[1-4])|(?P<ahh>(?i:h)[12]))?)"
    rf"|(?P<iso>(?P<iy>(?:19|20)\d{{2}})-(?P<im>\d{{2}})-(?P<id>\d{{2}}))"
    rf"|(?P<dot>(?<![\d.,])(?:(?P<doty>20\d{{2}})[./])?(?P<dotm>1[0-2]|0?[1-9])[./](?P<dotd>3[01]|[12]\d|0?[1-9])"
    r"(?(doty)(?![\d.])|(?=\s|[-–—~至（(，,。；;]|$|举行|举办|开幕|截止|开始|起|前)))"  # 2026.11.28; 11.24 then a space
    rf"|(?P<yoy>(?:去年|上年)同期)"
    rf"|(?P<twoyears>今明两年|今明年)"
    rf"|(?P<fiscal>(?P<fiscy>(?:19|20)\d{{2}})财年)"
    rf"|(?P<yago>(?:去年|上年)(?:今日|今天|此时|这个时候|此刻))"
    rf"|(?P<fyrel>本|上|下|今|这)(?:个)?(?:财政)?年度(?:第(?P<fyq>[一二三四1-4])季度?)?"
    rf"|(?P<rel>(?P<which>今年|本年|去年|上年|明年|下年(?!度)|前年|(?:(?<=[于在到至和及或计快迟早望争将会可])|(?<![\u4e00-\u9fff]))后年(?![均份度龄纪代轻薪报会终产销营收利增]))(?!是)(?:[前首头](?P<rfm>{_NUM}|[一二两三四五六七八九十]{{1,3}})个?月|前(?P<rfq>[一二三1-3])(?:个)?季度?|(?P<rm>{_NUM})(?:[至、]{_NUM})?月(?:(?P<rd>{_NUM})[日号]|(?P<redge>底|初))?"
    rf"|年?(?P<ryedge>初|底|末|头|尾|年中|中(?=[，,。前后期向]|公布|完成|推出|落成|竣工|启用|开通|举行|提交|申请|开始|动工|开工|招标|开展|展开|建成|投用|投入|上线|实施|入伙|交付|开业|开放|迁入|投产|开幕|揭牌|开学|上市)|上半年|下半年|内(?![地容部]))|(?:第?(?P<rq>[一二三四1-4])(?:[至到、]第?[一二三四1-4](?=季))?|(?P<rq1>首))季度?末?"
    r"|(?i:q)(?P<rqq>[1-4])|(?i:h)(?P<rhh>[12]))?)"
    rf"|(?P<bday>[今昨明前][（(](?P<bd>{_NUM})(?:[）)]日|[日号][）)]))"
    rf"|(?P<dayrel>大后天|大前天|今日|今天|今起|(?<![\u4e00-\u9fff])刚刚(?=[，,])|(?<![说表证声阐发标查指注])明起(?=[（(，,]|[\u4e00-\u9fff])|即日起(?!\s*[至到])|即日(?=展开|开展|开始|启动|实施|生效)|今朝(?!有)|琴日|寻日|(?<![聆倾])听日|昨日|昨天|明日|明天|(?<!目)前日|(?<!目)前天|(?<![此之随其然以最落背])后(?:日|天)(?![然益趋渐常])|(?P<dpart>[今昨明前])(?:早|晨|午|晚)(?![餐饭宴会]))"
    rf"|(?P<lunar>(?:农历|农历年)?(?P<lmonth>正|冬|腊)月(?P<lday>初[一二三四五六七八九十]|十[一二三四五六七八九]|廿[一二三四五六七八九]?|二十|三十)"
    rf"|农历(?P<lmonth2>\d{{1,2}})月(?P<lday2>初[一二三四五六七八九十]|十[一二三四五六七八九]?|廿[一二三四五六七八九]?|二十|三十)"
    rf"|大年(?P<lday3>初[一二三四五六七八九十]))"
    rf"|(?P<issued>(?<=[自从])(?:发布|印发|公布|颁布|签发)之日)"
    rf"|(?P<mrel>本月|上月|下月|今个月|上个月|下个月)(?:(?P<mrd>{_NUM})[日号]|(?P<mredge>底|初|尾|头))?"
    rf"|(?P<wrel>本周|这周|今个星期|今个礼拜|上周|下周|(?:本|这|上|下)(?:个)?(?:星期|礼拜))(?:(?P<wd>[一二三四五六日天])(?:(?:及|和)[日天](?!期))?|(?P<wend>末))?"
    rf"|(?P<wday>(?<![本这上下每逢])(?<!时间延长至)(?<!时间延至)(?:周|星期|礼拜)(?P<wdd>[一二三四五六日天]))"
    rf"|(?P<ago>(?P<n>{_CN_NUM})年前(?P<this_day>的今天|的今日|的这一天|的同一天)?)"
    rf"|(?P<hence>再过(?P<hn>{_CN_NUM})(?:个)?(?P<hu>年|月))"
    rf"|(?P<eve>(?:(?<=开幕|闭幕|开园|启用|开业|揭牌|开学|开馆|举行|举办|仪式|活动)|(?<![\u4e00-\u9fff])此)"
    rf"(?P<evdir>前|后)(?P<evn>一|两|二|三|[1-3])(?:天|日))"
    rf"|(?P<countdown>(?:还有|仅剩|只剩|还剩)(?:不到|约|近)?(?P<cdn>{_CN_NUM})(?:个)?(?P<cdu>天|日|周|星期|月))"
    rf"|(?P<shift>(?P<sn>{_CN_NUM})(?:个(?=月)|个?(?!月))(?P<su>天|日|周|星期|月)(?P<sdir>前|后|之后|以后)|半年(?P<hdir>前|后)|半个月(?P<mdir>前|后))"
    rf"|(?P<nextday>(?<![\u4e00-\u9fff])(?P<opened>开幕|开展|开赛|开馆|开市)?(?:首日|第一天)(?=[，,])|次日|翌日|第二天|隔天|(?<![\u4e00-\u9fff])隔日(?=[，,])|第三天|第三日)(?![（(])"
    rf"|(?P<qrel>本|上|下|(?<![这此每一两三首])次)(?:个)?季度?(?:内|末)?"
    rf"|(?P<later>(?:(?:成立|创立|创办|开业|开园|启用|落成|投用|建成|开通|上市)后?的?(?=次年|翌年|第二年))?(?:(?:约|大约)?(?P<ln>{_CN_NUM})年(?:之)?后|(?<![首每多几一二两三四五六七八九十])次年|翌年|(?<!连续)第二年(?!度|级)|隔年)(?:(?P<lm>{_NUM})月)?)"
    rf"|(?P<took>历时(?P<tn>{_CN_NUM})年(?:多|半)?(?=[^，,。；;]{{0,4}}?(?:完成|建成|落成|竣工|成功)))"
    rf"|(?P<nextmonth>(?<![\u4e00-\u9fff])(?:次月|翌月))"
    rf"|(?P<anniv>(?P<an>\d{{1,3}})周年)"
    rf"|(?P<md>(?<![\d年.])(?<!\d至)(?P<mm>{_NUM})月(?:(?P<mdd>{_NUM})[日号]|(?P<medge>底|初)|份)?)"
    rf"|(?P<recent>近日|日前|近期|前不久|不久前|(?<![一二两三四五六七八九十\d数几作个天])日内(?!瓦)|不日)"
    rf"|(?P<clock>(?<![\d:：.])(?:[01]?\d|2[0-3])[:：][0-5]\d(?![\d:：]))"
    rf"|(?<=于)(?P<hour>(?:上午|下午|晚上|凌晨|中午)?(?:[01]?\d|2[0-3])时(?:[0-5]?\d分|许|半)?)(?=[\u4e00-\u9fff])"
    rf"|(?P<thismonth>(?<![\d一二三四五六七八九十上下本这个每当同])月(?:内|底前?|初|尾|中(?![心国文]))(?![份]))"
    rf"|(?P<same>届时|同季|同年|那年|那一年|同月|当月|同日|同一天|这一天|那一天|当日|(?<!活动|仪式|典礼|会议)当天|(?<![\u4e00-\u9fff])(?:当晚|当天晚上|当日上午|当日下午)|(?<=[\u4e00-\u9fff])(?<!活动|仪式|典礼|会议)当晚(?=将|会|起|在|于|\d|[，,])|当年(?!的)|(?<![去上年较比])同期(?!相比))(?:(?P<sm>{_NUM})月(?:(?P<sd>{_NUM})[日号])?|(?<=年)(?P<sedge>底|末|初|上半年|下半年|年中)|(?<=年)第(?P<squarter>[一二三四1-4])季度?)?"
    rf"|(?P<half>(?<![年\d])(?:上半年|下半年|年中(?!新闻|工作|总结|会议|发布会|盘点|考核|述职)))"
    rf"|(?P<dayonly>(?<![\d月.:：\-〕\]］A-Za-z])(?P<do>{_NUM})(?:日|号(?![线楼馆门地文院码令台位])(?![\u4e00-\u9fff]{{0,3}}(?:楼|大厦|厂房|车间|仓|泊位)))(?![\d])"
    r"(?!电|讯|内|以内|之内))"  # 15日内: a span of days
    rf"|(?P<within>(?<!入驻|成立|注册|落户|设立|毕业|创办|进驻|来港|来深|不到|不足|未满|未够)(?<![^今]后)(?:[一二两三四五\d](?:到|至|-|～|~))?(?P<wn>[一二两三四五\d])年(?:内|以内)"
    rf"|未来(?P<fn>[一二两三四五六七八九十\d]{{1,2}})年"
    rf"|(?<![\d一二两三四五六七八九十])(?P<mwn>[一二两三四五六\d])个月(?:内|以内))"
    rf"|(?P<quarter>(?<![年前\d])(?:第(?=[一二三四]季)|(?=[一二三四]季度))(?P<qn>[一二三四])季度?(?:末)?)"
    rf"|(?P<ytd>(?<![年\d])前(?P<ytdq>[一二三])(?:个)?季度|(?<![\u4e00-\u9fff\d])前(?P<ytdm>1[01]|[2-9]|十一|十|[二两三四五六七八九])个月)"
    rf"|(?P<edge>(?<![今去明前本上下半\d一二两三四五六七八九十])年(?P<eedge>底|内|末|尾(?=前|[，,。；;]|$)))"
    ")"
)
_STATE_BY_THEN = re.compile(
    r"提供|增至|增加|增设|新增|达到?|缩短|压缩|提升|提高|扩大|扩充|延伸|容纳|只需|需时|将有|会有|超过|突破|翻一番|规模|"
    r"[一二两三四五六七八九十百千万\d]+(?:个|名|家|间|套|台|人|万|公顷|平方|公里|分钟|倍|架次|班|趟|吨)|成为|可(?!望)|满足|主要|重点|"
    r"交代|汇报|直播|展示|展出|参展|参会|参加"
)
"""届时 then a clause of what there will be or can be (可提供约十公顷, 将有80家企业参加, 旅客可实现…): a state
at the time told before, for figures to date, no event of its own."""


def _clause_end(text: str, start: int) -> int:
    """Where the clause from `start` ends (届时，… : the clause after the comma)."""
    start += text.startswith(("，", ","), start)
    ends = [i for i in (text.find(mark, start) for mark in "，,。；;") if i >= 0]
    return min(ends, default=len(text))


_SAME_PRECISION = {
    "届时": 0,  # X将于明年1月1日启用，届时旧大厅停用: the time to come told before, as precise as told
    "同年": 4,
    "那年": 4,
    "那一年": 4,
    "当年": 4,
    "同月": 7,
    "同季": 7,  # 明年第一季全面运作，并会于同季举行开放日: that quarter, told by its last month
    "当月": 7,
    "同日": 10,
    "同一天": 10,
    "这一天": 10,
    "那一天": 10,
    "当日": 10,
    "当天": 10,
    "当晚": 10,
    "当天晚上": 10,
    "当日上午": 10,
    "当日下午": 10,
    "同期": 7,
}
_COUNTED_FROM_A_DEED = re.compile(
    r"(?:取得|获得|签订|签署|交付|完成)[^，,。；;]{1,12}?(?:之?后|起)(?:[^。；;]{0,12}?内|[，,]?$)"
)
"""须在取得土地后6个月内动工，3年内竣工; 须在签订出让合同之日起一年内开工: spans counted from a deed,
whenever it will be."""
_CUT_TO = re.compile(r"(?:压缩|缩短|控制|降低|减少|缩减|减至|降至)(?:至|到|在)?$")
_DONE_WITHIN = re.compile(r"(?:就|便)?(?:已经?|[\u4e00-\u9fff]{2}了)")
STARTS = (
    "投入服务|投入使用|投入运营|开通|开办|启用|落成|开业|实施|施行|开幕"
    "|签约|签署|运行|运营|动工|开工|开园|成立|挂牌|揭牌|上线|投产|改道|改线|试行|试运行|推出|推行|生效|服务投入"
)
"""Deeds a span can be counted from (签约三个月后, 运行半年后)."""
AFTER_A_START = re.compile(rf"(?:{STARTS})$")
"""A span counted from a start told before (路线投入服务三个月后), not from the article's day."""
_WILL_THEN = re.compile(r"(?:将|会)(?:在|于)?$")
_AHEAD = re.compile(
    r"将|预计|计划|力争|争取|拟|有望|即将|即日起|(?<![学工协商理议社])会(?=在|于)|(?<![认许])可(?=于|在|自|由)"
)
"""Words of what is to come: a month after the publication month is then this year's (将于6月底
前开通, 可于5月1日起办理入住), not last year's (6月11日，…授牌, in an August article about the
spring); 即日起至1月5日, told in December, runs to the coming January."""
_WILL_AFTER = re.compile(
    r"(?:上午|下午|晚上|晚间|早上|中午|傍晚)?(?:还|更|亦|也|并|则)?(?:将|会|要)(?=[\u4e00-\u9fff])"
)
"""星期五晚上更会举行…: a weekday whose deed is to come, told on a Wednesday: this week's Friday."""
_DONE_BEFORE_DEADLINE = re.compile(r"已(?:于|在)?$|已经(?:于|在)?$")
_TOLD_AS_DONE = re.compile(r"[^，,。；;]*?(?:已|了|曾)")
_DONE_BEFORE = re.compile(r"已|曾")
"""三季度已开通, 三季度园区新增了…: a quarter told as done; without such a word (三季度启动X规划编制,
in February) the quarter is this year's, to come."""
_DOT_DATE_OPENS = re.compile(
    r"(?:^|[\s：:，,｜|]|(?<=[\u4e00-\u9fff])[于在]|(?<=起)至|[▶►●■◆·•—\-]|[^\d.]\d{1,2}[./]\d{1,2}[-–—~至])[\s]*$"
)
"""What a date written 11.24 may follow: the start of a line, a bullet, a colon, 于 or a range's first day."""
YEARS_OCCASION = re.compile(
    r"(?!举行|举办|召开|进行|开展|安排)"  # 周五举行项目路演及签约活动: a deed on that day, not a name
    r"(?:(?:工作|年度)?(?:大会|会议|年会)|[\u4e00-\u9fff]{0,8}?(?:工作)?(?:推进会|部署会|动员会|座谈会|总结会|调度会)"
    r"|[\u4e00-\u9fff]{0,10}?(?:签约活动|签约仪式|开工仪式|开工活动)"
    r"|[\u4e00-\u9fff]{0,6}?(?:预算草案|预算案|预算|决算))"
)
"""2032年工作大会, 2032年下半年重点工作推进会, 2027年区级预算草案: a year naming a meeting or a
budget, no date of another event or of a figure told at it."""
CHRONICLE = re.compile(r"^[^，,。]{0,8}?从(?:(?:19|20)\d{2}年|[今去前]年)")
"""从2023年8月…，到2025年12月…，再到去年…: a story told in steps, each 到 a date not ahead, no aim."""
COMPARED_AFTER = ("相比", "比较", "相较")
"""What follows a date that is a comparison's base (与三年前相比): no event's time, nor a figure's."""
_SAME_YEAR = re.compile(r"同年|当年")
_FIRST_YEAR_BEFORE = re.compile(r"(?:首年|第一年)[^。；;]{0,12}$")
_OPENS_SENTENCE = re.compile(r"[\s“「]*")
"""Nothing before a phrase but space or an opening quote: it opens the sentence."""
_SEASON_MONTH = {"春": 3, "夏": 6, "秋": 9, "冬": 12}


def _season_of(text: str, told: DateMention, season_at: int) -> bool:
    """两年前的冬天: the season of the year told just before (N年前/后 and 的), one date."""
    return text[told.end : season_at] == "的" and text[: told.end].endswith(("年前", "年后"))


_YEAR_OFFSET = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "明年": 1, "下年": 1, "前年": -2, "后年": 2}
"""下年初: Hong Kong's 明年初."""
_DAY_OFFSET = {
    "今日": 0,
    "今天": 0,
    "今起": 0,
    "刚刚": 0,  # 快讯：刚刚，X揭牌: a flash report's news, of its day
    "明起": 1,  # Hong Kong's 明日起: from tomorrow
    "即日起": 0,
    "即日": 0,
    "昨日": -1,
    "昨天": -1,
    "明日": 1,
    "明天": 1,
    "前日": -2,
    "前天": -2,
    "后日": 2,
    "后天": 2,
    "大后天": 3,
    "大前天": -3,
    "今朝": 0,  # Cantonese: this morning; 琴日 and 寻日 yesterday, 听日 tomorrow
    "琴日": -1,
    "寻日": -1,
    "听日": 1,
}
_MONTH_OFFSET = {"本月": 0, "今个月": 0, "上月": -1, "上个月": -1, "下月": 1, "下个月": 1}
_WEEK_OFFSET = {"本周": 0, "这周": 0, "今个星期": 0, "今个礼拜": 0, "上周": -7, "下周": 7}
_DECADE_PART = {"初": 1, "中": 5, "末": 9, "后": 8}
_WEEK_WORD = re.compile(r"(?<=[本这上下])个?(?:星期|礼拜)")
"""下星期三, 上个礼拜: Hong Kong's words for 下周三, 上周."""
"""今个月, 今个星期, 年头, 年尾, 月尾: Hong Kong papers' everyday words for this month, this week,
the start and the end of a year or month."""
_YEAR_OF_A_NAME = re.compile(r"度(?![内起前后末底中初])[\u4e00-\u9fff]")
"""2026年度工作推进会, 2025年度十大人物: a year naming a meeting or a list (2025年度，… dates)."""
_PLEASE = re.compile(r"请|敬请|宜|建议|应(?=[\u4e00-\u9fff])")
_NAMED_AFTER_IT = re.compile(r"[\u4e00-\u9fff]{1,8}[」”]")
WORKS_UNDER_WAY = "施工|封闭|封路|管制|维修|改造"
"""Works whose 期间 is the span told before (施工期间, 封路期间), not a period of no day."""
_DURING_THE_WORKS = re.compile(f"(?:{WORKS_UNDER_WAY})期间(?=[，,])")
_ON_THE_OCCASION = re.compile(
    r"(?:开幕式|开幕礼|闭幕式|启动仪式|启用仪式|揭牌仪式|签约仪式|开园仪式|典礼|仪式|会议|大会|论坛|活动|开放日|嘉年华|展会|会)(?:上|期间|现场)(?=[，,])"
    r"|(?:大会|会议|论坛|峰会|开幕式|仪式|发布会)(?=(?:上|期间|现场|同期)?(?:还|同时|并|也|亦|正式)?"
    r"(?:发布|公布|宣布|颁发|揭晓|启动|签署|举办))"
)
"""开幕式上，…签署…; 大会发布了《…》: a sentence opening at (or with) the occasion the one before
dated is of its day."""
_EVERY_DAY = re.compile(r"每天|每日|每晚|每周|逢|平日|工作日")
_YEARS_WORK = re.compile(r"的?[一二三四五六七八九十\d]{1,2}(?:大|项|件)(?:工作重点|重点工作|重点任务|任务|目标|实事)")
_SEASON_IN_A_NAME = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:会|节|营|展|赛|课程|班|论坛|市集|学校|活动|行动|讲座)")
_NEXT_ONE_ANNOUNCED = re.compile(r"[，,]?(?:还|同时|并|也|亦|正式)?(?:宣布|公布)[，,]?[^。]*?(?:明年|下届|下一届|来年)")
_NAMED_OCCASION = re.compile(
    r"(?:河套|深港|香港|深圳|港澳|粤港澳|大湾区|中国|国际|全球|世界|亚洲|新年|新春|首届|第[一二三四五六七八九十\d]{1,3}届)"
    r"[^，,。；;：:\s的]{0,20}?(?:大会|论坛|峰会|博览会?|交易会|展览会|年会|大赛|科技周|合作周|嘉年华|开放日|招聘会|招聘"
    r"|工作会议|音乐会|晚会)"
    r"|(?:财政)?预算(?:报告|案)|(?:政府)?工作报告|白皮书|(?:半年度|年度|第?[一二三四]季度)报告|半年报|年报|季报"
    r"|[一二三四五六七八九十\d]{1,2}(?:项|件|大)(?:重点工作|重点任务|民生实事|实事)|工作要点"
)
"""2027年河套…招才引智大会, 2027年财政预算报告: a year before an occasion's or a report's name is
part of it."""
_NOT_FROM_NOW = re.compile(r"(?:[后前]|可(?:以)?(?:在|于)?(?:未来)?)$")
"""节后一个月内, 开幕后三个月内, 到期前两个月内: months from another time; 可在两个月内: a window."""
_AND_ALSO = re.compile(r"并(?:计划|将|拟|争取|力争|会)?(?:于|在)?$")
_AIMED_YEAR = re.compile(r"(?:预计|计划|力争|争取|将于|将在|到)$")
_WILL = re.compile(r"将|还会|会(?=举办|举行|推出|发布)")
"""展会期间，园区还将举办两场路演 (told while it runs): to come, within the occasion's month."""
_DAY_OF_AN_OCCASION = {"首日": 0, "第一天": 0, "第三天": 2, "第三日": 2}
"""首日, 第三天: days of an occasion counted from the day told before (次日 and the like: the next)."""
_OPENS_A_PLAN = re.compile(r"[，,][^，,。；;已了曾]{0,24}?(?:将|预计|计划|拟|有望)(?![^，,。；;]{0,12}?[已了])")
"""9月，第二届X大会将在这里召开, told in July: a month opening a clause of what is to come is
this year's, though the words of the plan come after it."""
_ITEM_MARK = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十]是|\d{1,2}[.、．])")
"""（三）, 三是, 3. opening an item of a list: the year told in the item before is not its year."""
_WEEKLY_RULE = re.compile(r"(?:全天)?(?:闭馆|休馆)|(?:全天)?(?:休息|休市|休诊|开放)的(?:常规|惯例|规定|安排|制度)")
"""周一闭馆 (其余时间…开放), 周一闭馆的常规安排: a weekday that names a weekly day off or the rule of
every week, not a day."""
_WEEKLY = re.compile(r"每周|每星期|每个星期|每逢|逢(?:周|星期)|每(?:个)?月(?:的)?(?:第[一二三四1-4]个|最后一个)|工作日")
"""A week's or a month's schedule told before a weekday (每周二至周日开放，周一闭馆; 每月第二个周六举办;
工作日服务时间调整为…，周六上午增设半天门诊): the weekday is no date."""
_UNTIL_NOW = re.compile(r"(?:份)?(?:至|到|—|-|~)(?:上月|上周|昨日|昨天|今日|今天|目前|现在|日前|本月初)")
"""(由7月)至上月底: a span up to the recent past, whose start is past too."""
_HOURS_ARE = re.compile(
    r"(?:开放|服务|营业|办公|办事|接待|门诊|应诊)(?:时间|时段)(?:为|是|定为|调整为|改为)?[：:]?\s*(?:逢)?"
    r"(?:(?:星期|周|礼拜)[一二三四五六日天](?:至|到|—|-|~|、|及|和))?$"
)
"""试业期间开放时间为星期二至星期日上午10时至…: the days of the week it opens, no date."""
_WEEKDAY = {d: i for i, d in enumerate("一二三四五六日")} | {"天": 6}
_ENUMERATED = re.compile(r"\s*[、和及与]\s*")
_OCCASION_DAY = re.compile(r"[\u4e00-\u9fff「」“”《》]{1,16}?(?:开幕|闭幕|开园|启用|开业|揭牌|开学|开馆|举行|举办)")
"""交易会开幕当天，还将举行…: the day of the occasion told before, no event of its own."""
_THAT_IS = re.compile(r"(?:完结|结束|终结|开始|结算)?时?[，,]?\s*即")
"""上年度完结时，即今年3月底: the date said again, exactly; one phrase."""
_RANGE = re.compile(r"(?:上旬|中旬|下旬|初|底|末)?\s*起?(?:至|到|—|-|~|－|～)\s*$")
"""What joins a range's two dates (今年至明年, 9月下旬至10月初: dated by its start)."""


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    iso: str
    approximate: bool = False
    anniversary: bool = False
    """An anniversary count (建立40周年): a date of the past, never an event being reported."""
    until: str | None = None
    """The end of a range (去年9月至今年2月: 2027-02), which a count over it is true at."""
    closes: bool = False
    """A deadline's day (报名于12月8日截止): 同日 may repeat it, but no occasion is held on it."""

    @property
    def year(self) -> int:
        return int(self.iso[:4])


@dataclass(frozen=True)
class Published:
    year: int
    month: int | None
    day: int | None

    @classmethod
    def parse(cls, iso: str) -> Published:
        parts = [int(p) for p in iso.split("-")]
        return cls(parts[0], parts[1] if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None)

    @property
    def iso(self) -> str:
        return iso_date(self.year, self.month, self.day)

    @property
    def day_told(self) -> tuple[int, int, int] | None:
        """(year, month, day), where the day is known."""
        return (self.year, self.month, self.day) if self.month is not None and self.day is not None else None


def iso_date(year: int, month: int | None = None, day: int | None = None) -> str:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _valid(month: int | None, day: int | None) -> bool:
    return (month is None or 1 <= month <= 12) and (day is None or 1 <= day <= 31)


def _int(text: str | None) -> int | None:
    return int(text) if text else None


def _edge_month(edge: str | None) -> int | None:
    return 12 if edge in ("底", "末", "尾", "下半年") else 6 if edge in ("上半年", "年中", "中") else None


def _quarter_month(quarter: str | None) -> int | None:
    """第一季 → March: the quarter's last month (by when a thing is to be done)."""
    return None if quarter is None else 3 * " 一二三四".index(quarter) if quarter in "一二三四" else 3 * int(quarter)


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


_RUN_ENDS = re.compile(r"[；;。]")


def _in_one_run(text: str, told: DateMention, position: int) -> bool:
    """No semicolon or full stop between the date told and `position`: one run of clauses, whose
    later months and quarters are of the year told (明年7月竣工，9月正式开学)."""
    return _RUN_ENDS.search(text, told.end, position) is None


def _term_start(published: Published, offset: int) -> tuple[int, int]:
    """The first month of a school term: the autumn term from September (August looks to it), the
    spring term from February; `offset` terms after the one of the article's month."""
    month = published.month or 9
    spring = 2 <= month <= 7
    year = published.year - (1 if month == 1 else 0)  # January is still the autumn term's
    index = year * 2 + (0 if spring else 1) + offset  # terms counted from a year's spring
    return index // 2, (2 if index % 2 == 0 else 9)


def _span_start(text: str, mentions: list[DateMention], position: int) -> DateMention | None:
    """今日（3月2日）起…，咨询期至5月1日结束: the date a span began (told with 起) where 至 ends it,
    which the end is no earlier than (not 截至, which tells a level as of then)."""
    if not _SPAN_END.search(text, 0, position):
        return None
    return next((d for d in reversed(mentions) if len(d.iso) >= 7 and text.startswith("起", d.end)), None)


_SPAN_END = re.compile(r"(?<![截直])至$")


def _day_of_the_week_told(earlier: Sequence[DateMention], today: date, weekday: int) -> date | None:
    """The day an earlier sentence told (or a day of the span it told) that falls on `weekday`
    within a week of `today`: a bare 周四 after 本周四至周五 is that Thursday, to come or past."""
    for mention in reversed(earlier):
        if len(mention.iso) != 10 or mention.anniversary:
            continue
        first = date.fromisoformat(mention.iso)
        last = date.fromisoformat(mention.until) if mention.until and len(mention.until) == 10 else first
        for offset in range(min((last - first).days, 7) + 1):
            day = first + timedelta(days=offset)
            if day.weekday() == weekday and abs((day - today).days) < 7:
                return day
    return None


def _weekday_of_the_date(text: str, m: re.Match[str], mentions: list[DateMention]) -> bool:
    """2026.12.12（周六）: the weekday of the date just told, no date of its own."""
    return bool(mentions) and text[mentions[-1].end : m.start()] in ("（", "(", " ", "，")


def _a_day_past(date: DateMention, published: Published) -> bool:
    """A day told before, not ahead: an occasion's (12月3日，X开园 … 开园仪式上，…), not a month
    told since of how it was built (2029年10月开工)."""
    return len(date.iso) == len("2031-12-03") and not date.anniversary and not is_ahead(date, published)


def find_dates(
    text: str,
    published: Published,
    anniversary_context: bool = False,
    earlier: Sequence[DateMention] = (),
    list_year: int | None = None,
    issued_on: DateMention | None = None,
) -> list[DateMention]:
    """Every date in `text` (simplified, half-width digits), resolved against `published`.
    `anniversary_context` enables ``N周年`` → year minus N (for 今年是…发布5周年); `earlier` are
    the dates of the sentences before, which 同年, 同月 and 同日 repeat (the latest one precise
    enough). A date repeated in brackets (今日（5月8日）) is the date: a release says 今日 of
    the day it was written, not the day it was printed. `list_year` is the year a list's lead gave
    (园区明年将办好五件实事：一、3月底前…), which its items' months and quarters are of;
    `issued_on` the date a document was issued on, which 自印发之日起 repeats."""
    context_year = list_year
    mentions: list[DateMention] = []
    pub_month = published.month or 12
    told = next((d for d in reversed(earlier) if not d.anniversary and d.until is None), None)
    if (
        (works := _DURING_THE_WORKS.match(text))
        and not _PLEASE.search(text, works.end(), _clause_end(text, works.end()))  # 施工期间，车辆请绕行…: advice
        and (closure := next((d for d in reversed(earlier) if d.until and not d.anniversary), None))
    ):  # 自12月12日起至明年3月31日，对X路实施封闭施工。施工期间，4路公交车临时改道: from its start
        mentions.append(DateMention(0, works.end(), closure.iso, closure.approximate, until=closure.until))
    occasion = _ON_THE_OCCASION.match(text)
    if occasion and _NEXT_ONE_ANNOUNCED.match(text, occasion.end()):
        occasion = None  # 大会宣布，明年的第五届大赛将移师…举行: the plan is the event, dated by 明年
    if occasion and (
        held := next((d for d in reversed(earlier) if _a_day_past(d, published)), None)  # 开园仪式上: its day
        or next((d for d in reversed(earlier) if not d.anniversary and not is_ahead(d, published)), None)
        or next((d for d in reversed(earlier) if not d.anniversary and d.until is None and not d.closes), None)
    ):  # not 到2029年, an aim told since; not a deadline
        told_at = occasion.end() if text.startswith(("，", ","), occasion.end()) else 0  # 大会发布…: its subject
        held = next((d for d in reversed(earlier) if len(d.iso) == 10 and d.iso.startswith(held.iso)), held)
        running = next((d for d in reversed(earlier) if d.until and d.iso <= held.iso <= d.until), held)
        if "期间" in occasion.group(0) and (running.until or "") > published.iso and _WILL.search(text):
            held = DateMention(0, 0, held.iso[:7], approximate=True)  # 展会期间，园区还将举办…: while it runs
        mentions.append(DateMention(0, told_at, held.iso, held.approximate))  # 开幕式上，…: then (its day, not 年内)
    for m in _PATTERN.finditer(text):
        stretched = 0  # a festival's offset (农历新年前一周) read with it
        year: int
        month: int | None = None
        day: int | None = None
        approximate = False
        if m.group("fest"):  # 明年春节前, 自元旦起, 国庆假期期间: the festival's day (its month, for a holiday)
            if text[m.start() - 1 : m.start()] in ("「", "“") and _NAMED_AFTER_IT.match(text, m.end()):
                continue  # 「圣诞科学营」: a name, whenever it is held
            resolved = _festival(m, text, published)
            if resolved is None:
                continue
            year, month, day = resolved
            approximate = bool(m.group("festspan")) or text.startswith(("前", "后", "过后"), m.end())  # 国庆后: about
            if text.startswith("前夕", m.end()) and not m.group("festspan"):  # 国庆前夕: the days before, so its month
                eve = date(year, month, day) - timedelta(days=1)
                year, month, day = eve.year, eve.month, None
            if m.group("festspan") or m.group("festname") in _HOLIDAYS:
                day, approximate = None, True  # 暑假期间: the month it begins in
            elif day is not None and (moved_by := _FESTIVAL_OFFSET.match(text, m.end())):
                days = _count(moved_by["n"]) * (7 if moved_by["unit"] in ("周", "星期") else 1)
                moved = date(year, month, day) + timedelta(days=days if moved_by["side"] == "后" else -days)
                year, month, day, approximate = moved.year, moved.month, moved.day, True
                stretched = moved_by.end()  # 农历新年前一周开市: a week before the festival's day
        elif m.group("plan"):  # “十四五”期间: 2021 to 2025; 到“十五五”末: 2030
            first_year = 1966 + 5 * (int(chinese_number(m.group("pn"))) + 10 - 3)  # the third plan began in 1966
            edge = m.group("pedge") or ""
            year, approximate = (first_year + 4 if edge.startswith("末") else first_year), True
            if not edge.startswith(("末", "初")):  # the period; “十四五”以来: since its start, to now
                until = None if text.startswith("以来", m.end()) else str(first_year + 4)
                mentions.append(DateMention(m.start(), m.end(), str(first_year), True, until=until))
                continue
        elif m.group("fy"):  # 2025至26财政年度, 2025/26年度: a financial year, by the year it starts
            year = int(m.group("fyy"))
        elif m.group("schoolyear"):  # 2027/28学年, 新学年: the school year, from its September
            first = published.year if (published.month or 1) >= 9 else published.year - 1  # this school year's
            year = int(m.group("scy")) if m.group("scy") else first + (0 if m.group("scw") in ("本", "今") else 1)
            month, approximate = 9, True
        elif m.group("abs"):
            if m.group(0).endswith("年") and (
                _YEAR_OF_A_NAME.match(text, m.end()) or _NAMED_OCCASION.match(text, m.end())
            ):
                continue  # 2026年度工作推进会, 举办2027年河套…招才引智大会: the year is part of a name
            year, month, day = int(m.group("y")), _int(m.group("m")), _int(m.group("d"))
            quarter = (
                m.group("aq") or m.group("aq3") or ("一" if m.group("aq1") else None)  # 2028年首季: March
            ) or (m.group("aqq")[1] if m.group("aqq") else None)  # Q2: June
            month = month or _edge_month(m.group("yedge")) or _quarter_month(quarter)
            if m.group("ahh"):  # 2027年H2: by the half's end
                month = 6 * int(m.group("ahh")[1])
            approximate = bool(m.group("aedge") or quarter or m.group("ahh"))  # 2027年3月底前, 2028年第二、三季
        elif m.group("iso"):
            year, month, day = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
        elif m.group("season"):  # 明年秋季开学, 明春: the season's first month, about
            said_year = m.group("sw") or {"今": "今年", "明": "明年", "去": "去年"}.get(m.group("sw1") or "")
            years_off = not (m.group("sy") or said_year) and mentions and _season_of(text, mentions[-1], m.start())
            if (
                not (m.group("sy") or said_year or years_off)
                and mentions
                and start_of_clause(text, m.start(), "，,；;。：:") <= mentions[-1].end
            ):
                continue  # 于11月推出冬季科普课程: the season names what the date's deed brings
            if (
                not (m.group("sy") or said_year)
                and m.start() > 0
                and re.match(r"[\u4e00-\u9fff\d]", text[m.start() - 1])
                and text[m.start() - 1] not in "于在从到至自今明去"
                and _SEASON_IN_A_NAME.match(text, m.end())
            ):
                continue  # 2036河套冬季人才招聘会: the season is part of the occasion's name
            told_year = int(m.group("sy")) if m.group("sy") else mentions[-1].year if years_off else None
            if said_year in ("那年", "当年", "同年"):  # 2019年他第一次来到河套。那年冬天…: that year's
                told = next((d for d in reversed([*earlier, *mentions]) if not d.anniversary), None)
                told_year = told.year if told is not None else None
                if told_year is None:
                    continue
            year = told_year or published.year + _YEAR_OFFSET.get(said_year or "今年", 0)
            month, approximate = _SEASON_MONTH[m.group("sname") or m.group("sname1")], True
        elif m.group("term"):  # 下学期, told in August: the spring term, from February
            year, month = _term_start(published, {"本": 0, "这": 0, "下": 1, "上": -1}[m.group("tw")])
            approximate = True
        elif m.group("fyrel"):  # 下年度: next year, the way a government's plans count
            year, approximate = published.year + {"本": 0, "今": 0, "这": 0, "上": -1, "下": 1}[m.group("fyrel")], True
            month = _quarter_month(m.group("fyq")) if m.group("fyq") else month  # 本年度第三季: by September
        elif m.group("twoyears"):  # 今明两年，园区将新建…: from this year to the next
            mentions.append(DateMention(m.start(), m.end(), str(published.year), until=str(published.year + 1)))
            continue
        elif m.group("fiscal"):  # 2027财年: the year, about
            year, approximate = int(m.group("fiscy")), True
        elif m.group("yago"):  # 去年今日正式启用: this day a year ago (此时: about this month)
            year, month = published.year - 1, published.month
            day = published.day if m.group("yago").endswith(("今日", "今天")) else None
            approximate = day is None
        elif m.group("yoy"):  # 1—9月，…；去年同期…: the months told before (or now), a year before
            told = next(
                (
                    d
                    for d in reversed([*earlier, *[d for d in mentions if not _YOY.fullmatch(text, d.start, d.end)]])
                    if len(d.iso) >= 7 and not d.anniversary and d.iso[:7] <= published.iso[:7]
                ),
                None,
            )  # …，比去年同期增长三成；…，去年同期为860项: both a year before the months told, not two
            year = (told.year if told is not None else published.year) - 1
            last = (told.until or told.iso) if told is not None else ""
            if told is not None and told in mentions and (to := _TO_MONTH.search(text, told.start, told.end)):
                last = f"{told.year}-{int(to.group(1)):02d}"  # 今年1至11月，…；去年同期…: as of November
            month = int(last[5:7]) if len(last) >= 7 else published.month
            approximate = told is None or told.approximate
        elif m.group("rel"):
            if m.group(0) in ("今年", "明年", "本年") and _YEARS_WORK.match(text, m.end()):
                continue  # 公布今年三大工作重点: the year's priorities, a name; the announcing has no date here
            year = published.year + _YEAR_OFFSET[m.group("which")]
            if m.group("which") == "上年" and mentions:  # 截至2026年末，…较上年末: the year before the one told
                year = mentions[-1].year - 1
            month, day = _int(m.group("rm")), _int(m.group("rd"))
            if m.group("rfm"):  # 今年前10个月, 今年首十个月: to October
                month = int(chinese_number(m.group("rfm")))
            if m.group("rfq"):  # 今年前三季度: to September
                month = 3 * int(chinese_number(m.group("rfq")))
            quarter = "一" if m.group("rq1") else m.group("rq") or m.group("rqq")  # 明年首季; 明年Q2
            half = 6 * int(m.group("rhh")) if m.group("rhh") else None  # 明年H1: by June
            month = month or _edge_month(m.group("ryedge")) or _quarter_month(quarter) or half
            approximate = bool(m.group("ryedge") or m.group("redge") or quarter or half)
        elif m.group("lunar"):  # 农历腊月廿八, 正月初八: the lunar day nearest the article's
            resolved = _lunar_day(  # 大年初三: the third of the first month
                m.group("lmonth") or m.group("lmonth2") or "正",
                m.group("lday") or m.group("lday2") or m.group("lday3"),
                published,
            )
            if resolved is None:
                continue
            year, month, day = resolved
        elif m.group("issued"):  # 11月25日，…印发《措施》。…自印发之日起施行: the day told, else the notice's own
            told_here = next((d for d in reversed(mentions) if not d.anniversary), None)  # 9月2日…发布…，自发布之日起
            if (issued := told_here or issued_on) is not None:
                mentions.append(DateMention(m.start(), m.end(), issued.iso, issued.approximate))
                continue
            year, month, day = published.year, published.month, published.day
            approximate = day is None
        elif m.group("dayrel") or m.group("wrel"):
            day_word = _DAY_OFFSET.get(m.group("dpart") + "日") if m.group("dpart") else None  # 今早, 昨晚
            offset = (
                day_word if day_word is not None else _DAY_OFFSET.get(m.group("dayrel") or "", 0)
            ) + _WEEK_OFFSET.get(_WEEK_WORD.sub("周", m.group("wrel") or ""), 0)
            if published.month is None or published.day is None:
                year, month, approximate = published.year, published.month, True
            else:
                day_of = date(published.year, published.month, published.day) + timedelta(days=offset)
                if m.group("wd") or m.group("wend"):  # 本周一, 上周五; 本周末: its Saturday, about
                    day_of += timedelta(days=_WEEKDAY[m.group("wd") or "六"] - day_of.weekday())
                year, month, day = day_of.year, day_of.month, day_of.day
                approximate = bool(m.group("wrel")) and not m.group("wd")
        elif m.group("wday"):  # 周二（22日）: the last such day, or the next one if it is to come
            if published.month is None or published.day is None or _weekday_of_the_date(text, m, mentions):
                continue
            if (
                _WEEKLY.search(text, 0, m.start())
                or _WEEKLY_RULE.match(text, m.end())
                or _HOURS_ARE.search(text, max(0, m.start() - 20), m.start())
            ):
                continue  # 每周二至周日开放，周一闭馆; 恢复周一闭馆的常规安排: opening hours, no day
            today = date(published.year, published.month, published.day)
            back = (today.weekday() - _WEEKDAY[m.group("wdd")]) % 7 or 7  # 周一, told on a Monday: a week ago
            day_of = (
                today + timedelta(days=(7 - back) % 7)
                if _AHEAD.search(text, 0, m.start()) or _WILL_AFTER.match(text, m.end())
                else today - timedelta(days=back)
            )
            if (named := _day_of_the_week_told(earlier, today, _WEEKDAY[m.group("wdd")])) is not None:
                day_of = named  # 大会将于本周四至周五举行。…周四上午举行开幕式: that Thursday, not the last
            if mentions and len(mentions[-1].iso) == 10 and _ENUMERATED.fullmatch(text, mentions[-1].end, m.start()):
                day_told = date.fromisoformat(mentions[-1].iso)  # 本周六、周日: the Sunday of that week, not the last
                day_of = day_told + timedelta(days=(_WEEKDAY[m.group("wdd")] - day_told.weekday()) % 7)
                if _runs_on(mentions, day_of, text, m.end()):
                    continue
            year, month, day = day_of.year, day_of.month, day_of.day
        elif m.group("mrel"):
            year, month = _shift_month(published.year, published.month or 12, _MONTH_OFFSET[m.group("mrel")])
            day = _int(m.group("mrd"))
            approximate = published.month is None or bool(m.group("mredge"))
        elif m.group("dayonly") or m.group("bday"):  # 22日; 昨（22）日 or 昨（22日）, as Hong Kong papers write it
            if published.month is None:
                continue  # a day of an unknown month
            day = int(m.group("do") or m.group("bd"))
            year, month = published.year, published.month
            if published.day is not None and day > published.day and not _AHEAD.search(text, 0, m.start()):
                year, month = _shift_month(year, month, -1)  # 将于12日闭幕 (in an article of the 10th): to come
            between = text[mentions[-1].end : m.start()] if mentions else ""
            if (
                mentions
                and len(mentions[-1].iso) == 10
                and (_ENUMERATED.fullmatch(between) or _RANGE.fullmatch(between))
            ):
                year, month = mentions[-1].year, int(mentions[-1].iso[5:7])  # 下月6日及7日, 12月6日至7日: its month
                if (
                    _ENUMERATED.fullmatch(between)
                    and _real_day(year, month, day)
                    and _runs_on(mentions, date(year, month, day), text, m.end())
                ):
                    continue
            elif (told_so_far := [*earlier, *mentions]) and (
                (occasion_day := next((d for d in reversed(told_so_far) if _a_day_of_its_own(d, published)), None))
                and is_ahead(occasion_day, published)
                and 0 <= day - int(occasion_day.iso[8:]) <= 10
            ):
                # 将于11月20日至22日举行。…分别于20日和22日: November's, not the article's month
                year, month = occasion_day.year, int(occasion_day.iso[5:7])
        elif m.group("shift"):  # 三个月前 (from the article's day); 两天后 (from the date told before, or now)
            if published.month is None:
                continue
            if m.group("hdir"):  # 半年前: six months
                count, unit, after = 6, "月", m.group("hdir") != "前"
            elif m.group("mdir"):  # 半个月前: fifteen days, about
                count, unit, after = 15, "天", m.group("mdir") != "前"
                approximate = True
            else:
                count, unit = _count(m.group("sn")), m.group("su")
                after = m.group("sdir") != "前"
            anchored = AFTER_A_START.search(text, 0, m.start())  # 由下月1日起新增…。…在路线投入服务三个月后检讨
            before = earlier if _OPENS_SENTENCE.fullmatch(text, 0, m.start()) or anchored else ()  # 8月15日…。两周后
            told = next((d for d in reversed([*before, *mentions]) if not d.anniversary), None) if after else None
            if anchored and after:  # 会在新安排实施三个月后检讨: from the start to come, not 去年同期 told since
                told = _start_counted_from(text, [*before, *mentions], published)
            if told is not None and (len(told.iso) < len("2026-05") and unit in ("天", "日", "周", "星期")):
                told = None  # 今年的大会将于两周后开幕: weeks after now, not after a year (5月初…两周后: May still)
            if anchored and told is None:
                continue  # 会在路线投入服务三个月后检讨: from a start no one dated, not from today
            start = told.iso if told is not None else published.iso
            year, month, day = _shifted(start, count if after else -count, unit)
            approximate = unit == "月"
        elif m.group("eve"):  # 开幕前一天，…; 此前一天，…: a day before or after the one told before
            told = next((d for d in reversed([*earlier, *mentions]) if len(d.iso) == 10), None)
            if told is None and m.group("eve").startswith("此") and published.day is not None:
                told = DateMention(0, 0, published.iso)  # 截至发稿时…。此前一天: the day before the article's
            if told is None:
                continue
            count = _count(m.group("evn"))
            year, month, day = _shifted(told.iso, -count if m.group("evdir") == "前" else count, "天")
            begins = 0 if _OCCASION_DAY.fullmatch(text, 0, m.start()) else m.start()
            mentions.append(DateMention(begins, m.end(), iso_date(year, month, day), told.approximate))
            continue
        elif m.group("countdown"):  # 距离X开幕还有30天: X is that long from the article's day
            if published.month is None or "距" not in text[start_of_clause(text, m.start()) : m.start()]:
                continue
            unit = "月" if m.group("cdu") == "月" else "周" if m.group("cdu") in ("周", "星期") else "天"
            year, month, day = _shifted(published.iso, _count(m.group("cdn")), unit)
            approximate = unit == "月"
        elif m.group("nextday"):  # 9月18日…，次日: the day after the date told before (首日: that day)
            if _HOURS_TO.search(text, 0, m.start()):
                continue  # 每晚22时至次日6时: hours overnight, no day of its own
            if text.endswith(("最快", "最慢", "最迟", "一般", "通常", "可于", "即可"), 0, m.start()):
                continue  # 一般文件最快翌日送达: how fast, any day, no day of its own
            exact = [d for d in [*earlier, *mentions] if len(d.iso) == 10 and not d.approximate]  # not 上周's Monday
            told = exact[-1] if exact else None
            which = m.group("nextday").removeprefix(m.group("opened") or "")  # 开幕首日: 首日
            if which in _DAY_OF_AN_OCCASION:  # 首日…；次日…；第三天…: counted from the first
                told = min((d for d in mentions if len(d.iso) == 10), key=lambda d: d.iso, default=told)
            if told is None:
                continue
            year, month, day = _shifted(told.iso, _DAY_OF_AN_OCCASION.get(which, 1), "天")
        elif m.group("qrel"):  # 本季度内: this quarter, by its last month
            if published.month is None:
                continue
            shift = {"本": 0, "上": -3, "下": 3, "次": 3}[m.group("qrel")]
            year, month = _shift_month(published.year, (published.month - 1) // 3 * 3 + 3, shift)
            approximate = True
        elif m.group("hence"):  # 再过两年: that long from now
            year, month = published.year, published.month
            if m.group("hu") == "年":
                year += _count(m.group("hn"))
                month = None
            elif month is not None:
                year, month = _shift_month(year, month, _count(m.group("hn")))
            approximate = True
        elif m.group("ago"):
            years = _count(m.group("n"))
            year, month = published.year - years, published.month
            approximate = True
            if m.group("this_day") and published.day is not None and _real_day(year, month or 0, published.day):
                day, approximate = published.day, False  # 五年前的今天: this very day, five years back
        elif m.group("later"):  # 2019年…，次年 / 两年后: years after the date told before (or now)
            if _FIRST_YEAR_BEFORE.search(text, max(0, m.start() - 16), m.start()):
                continue  # 租金补贴：首年全额、次年减半: a term's second year, no date
            told = next((d for d in reversed([*earlier, *mentions]) if not d.anniversary), None)
            if AFTER_A_START.search(text, 0, m.start()):  # 当局将在计划推出一年后检讨: from the launch to come
                told = _start_counted_from(text, [*earlier, *mentions], published) or told
            base = int(told.iso[:4]) if told is not None else published.year
            year = base + (_count(m.group("ln")) if m.group("ln") else 1)
            month = _int(m.group("lm"))
        elif m.group("took"):  # 该研究始于2023年，团队历时三年完成: done three years after its start
            told = next((d for d in reversed(mentions) if not d.anniversary), None)
            if told is None:
                continue  # 该研究历时五年完成。团队于2050年起…: the start is told after, no date here
            year, approximate = told.year + _count(m.group("tn")), True
        elif m.group("nextmonth"):  # 今年5月，…。次月，…: the month after the one told before
            told = next((d for d in reversed([*earlier, *mentions]) if len(d.iso) >= 7 and not d.anniversary), None)
            if told is None:
                continue
            year, month = _shift_month(told.year, int(told.iso[5:7]), 1)
        elif m.group("anniv"):
            if not anniversary_context:
                continue
            year = published.year - int(m.group("an"))
        elif m.group("dot"):  # ▶ 11.24 …, 2026.12.03 …: a post's dates, where a number is no date
            if not m.group("doty") and not _DOT_DATE_OPENS.search(text, 0, m.start()):
                continue  # 于2026.11.28 is a date anywhere; 11.24 only where a number is none
            month, day = int(m.group("dotm")), int(m.group("dotd"))
            year = int(m.group("doty")) if m.group("doty") else published.year
            if not m.group("doty") and month > pub_month + 1:
                year -= 1
        elif m.group("md"):
            month, day = int(m.group("mm")), _int(m.group("mdd"))
            item = text.rfind("；", 0, m.start()) + 1  # 预计2041年建成；8月，…: the aim was the item before's
            new_item = bool(item and _ITEM_MARK.match(text, item)) or any(
                d.end <= item and len(d.iso) == 4 and _AIMED_YEAR.search(text, 0, d.start) for d in mentions
            )  # …明年初投入服务；（三）…由四月一日起试行: a numbered item tells its own year
            ahead = (
                _AHEAD.search(text, item if new_item else 0, m.start())
                or text.startswith("底前", m.end())
                or text.startswith("前", m.end())
                or (text.startswith("起", m.end()) and _AHEAD.search(text, m.end()))  # 1月5日起，…将延长
                or (text.startswith("截止", m.end()) and not _DONE_BEFORE_DEADLINE.search(text, 0, m.start()))  # 报名于
                # 3月31日截止, told in January: the call closes this March (已于…截止: it has closed)
                or (  # 由十二月一日起每日班次由四十班增至六十班, told in October: a change to come
                    text[max(0, m.start() - 1) : m.start()] in ("由", "自", "从")
                    and text.startswith("起", m.end())
                    and "已" not in text[m.end() : m.end() + 12]
                )
            )
            if ahead and _UNTIL_NOW.match(text, m.end()):
                ahead = False  # 计划成效理想，由7月至上月底共回收…: a span that has ended, not a July to come
            if not ahead and month > pub_month + 1:
                ahead = _OPENS_A_PLAN.match(text, m.end()) is not None
            if (
                not ahead
                and month < pub_month - 1
                and earlier
                and len(earlier[-1].iso) >= len("2027-01")
                and earlier[-1].iso[:4] == str(published.year + 1)
            ):
                ahead = not mentions  # 明年1月5日起…维修，预计3月底完成。…第二阶段由2月中开始: next February
            if not ahead and month < pub_month - 1 and day is not None:
                told_again = f"{published.year + 1}-{month:02d}-{day:02d}"
                ahead = any(e.iso == told_again for e in (*earlier, *mentions))
                # 2027年元旦放假时间为1月1日至3日, told in December: the day of the year told
            year = published.year if month <= pub_month + 1 or ahead else published.year - 1
            if year < published.year and any(e.iso.startswith(f"{published.year}-{month:02d}") for e in earlier):
                year = published.year  # 现定于今年12月举办X。…活动时间：12月6日, told in October: this December
            if ahead and month < pub_month - 1:
                year += 1  # 决赛将于1月2日举行, told on 12-29: the coming January, not the last
            year = context_year or (None if new_item else _year_told(mentions)) or year
            if mentions and _ENUMERATED.fullmatch(text[mentions[-1].end : m.start()]):
                year = mentions[-1].year  # 2024年4月、6月和9月: the year told first
            elif (
                mentions
                and len(mentions[-1].iso) >= 7
                and month > int(mentions[-1].iso[5:7])
                and is_ahead(mentions[-1], published)
                and _in_one_run(text, mentions[-1], m.start())
            ):
                year = mentions[-1].year  # 明年7月竣工，9月正式开学: a later month of the year to come
            elif (
                mentions
                and len(mentions[-1].iso) >= 7
                and year < published.year
                and is_ahead(mentions[-1], published)
                and month >= int(mentions[-1].iso[5:7])
            ):
                year = mentions[-1].year  # 下季度安排：4月底前完成…；6月举办…: June to come, not last June
            if day is not None and context_year is None and (weekday := _WEEKDAY_AFTER.match(text, m.end())):
                year = _year_of_weekday(year, month, day, weekday.group(0))  # 1月9日（周六）, told on 12-30
            elif (begun := _span_start(text, mentions, m.start())) is not None:
                year = begun.year + ((month, day or 1) < (int(begun.iso[5:7]), int(begun.iso[8:10] or 1)))
        elif m.group("same"):  # 2021年9月，…；同月…: the date told before, at its precision
            precision = _SAME_PRECISION[m.group("same")]
            if (
                mentions
                and (
                    mentions[-1].end == m.start()  # 10月份当月: the month said again
                    or (
                        precision == len(mentions[-1].iso) == 10
                        and re.fullmatch(r"[\u4e00-\u9fff]{1,3}", text[mentions[-1].end : m.start()])
                    )  # 本月22日冬至当天: that day, said again after the name of the day
                )
            ):
                mentions[-1] = replace(mentions[-1], end=m.end())
                continue
            told = next((d for d in reversed([*earlier, *mentions]) if len(d.iso) >= precision), None)
            if mentions and 7 <= len(mentions[-1].iso) < precision:
                told = mentions[-1]  # 去年12月，园区曾举办首届义诊日，当天…: a day of that month, no other day
            coming = next((d for d in reversed([*earlier, *mentions]) if is_ahead(d, published)), None)
            if precision == 10 and coming is not None and _WILL_THEN.search(text, 0, m.start()):
                told = coming  # X将于下月中旬开放。…亦会同日投入服务: the day to come, however precise
            if not precision:
                if coming is None or _STATE_BY_THEN.search(text, m.end(), _clause_end(text, m.end())):
                    continue  # 届时可提供约十公顷用地; 届时将有80家企业参加: what there will be, no deed
                told, precision = coming, len(coming.iso)
            if told is not None and m.group("sm") and precision == 4:  # 同年10月: that year's October
                month, day = int(m.group("sm")), _int(m.group("sd"))
                if _valid(month, day):
                    mentions.append(DateMention(m.start(), m.end(), iso_date(int(told.iso[:4]), month, day)))
            elif told is not None and m.group("squarter"):  # 2027年第一季招标，同年第四季公布结果: its fourth
                edge = iso_date(int(told.iso[:4]), _quarter_month(m.group("squarter")), None)
                mentions.append(DateMention(m.start(), m.end(), edge, approximate=True))
            elif told is not None and m.group("sedge"):  # 2024年3月立项，同年底开工: that year's end
                edge = iso_date(int(told.iso[:4]), _edge_month(m.group("sedge")), None)
                mentions.append(DateMention(m.start(), m.end(), edge, approximate=True))
            elif told is not None:
                begins = 0 if precision == 10 and _OCCASION_DAY.fullmatch(text, 0, m.start()) else m.start()
                lasted = next((d for d in reversed([*earlier, *mentions]) if d.until), None)
                clause = text[max(text.rfind(mark, 0, m.start()) for mark in "，,；;。") + 1 : m.start()]
                closing = (
                    (begins == 0 and text[: m.start()].endswith("闭幕")) or clause.strip() == "闭幕"
                ) and lasted  # 科技周闭幕当天, …；闭幕当日会公布…: its last day
                iso = lasted.until if closing and lasted and lasted.until else told.iso[:precision]
                mentions.append(DateMention(begins, m.end(), iso, told.approximate))  # 开幕当天，…
            continue
        elif m.group("half"):  # 2027年，…，年中前…: the year the sentence is about
            named_after = not mentions and context_year is None and "明年" in text[m.end() :] and "今年" not in text
            year, month, approximate = (
                published.year + 1 if named_after else _sentence_year(mentions, published, context_year),
                _edge_month(m.group("half")),
                True,
            )
        elif m.group("within"):  # 力争三年内建成, 未来五年…: by the end of that year from now
            if _COUNTED_FROM_A_DEED.search(text, 0, m.start()):
                continue  # 须在取得土地后6个月内动工，3年内竣工: years from a deed, not from now
            if _DONE_WITHIN.match(text, m.end()):
                continue  # 让团队在一年内完成了两轮临床测试: how long a deed done took, no time ahead
            if _CUT_TO.search(text, 0, m.start()):
                continue  # 力争将审查周期压缩至6个月以内: how long it is to take, a value, no date
            if m.group("mwn"):  # 两个月内完成: by that month from now
                if published.month is None or _NOT_FROM_NOW.search(text, 0, m.start()):
                    continue  # 开幕后三个月内; 到期前两个月内; 公众可在未来两个月内提交意见: not a deed's time
                year, month = _shift_month(published.year, published.month, int(chinese_number(m.group("mwn"))))
                approximate = True
            else:
                year, approximate = published.year + int(chinese_number(m.group("wn") or m.group("fn"))), True
        elif m.group("quarter"):  # 三季度: this year's, or last year's if told as past (已于三季度开通, in January)
            month, approximate = _quarter_month(m.group("qn")), True
            done = _TOLD_AS_DONE.match(text, m.end()) or _DONE_BEFORE.search(
                text, start_of_clause(text, m.start()), m.start()
            )
            to_come = _AHEAD.search(text, 0, m.start()) is not None or not done
            year = published.year if (month or 12) <= pub_month + 2 or to_come else published.year - 1
            if mentions and _in_one_run(text, mentions[-1], m.start()):
                year = mentions[-1].year  # 2027年第三季度竣工，第四季度投入使用: the year told before
            year = context_year or _year_told(mentions) or year
        elif m.group("ytd"):  # 前三季度 (this year's, or the year told): to September
            year = _year_told(mentions) or published.year
            if m.group("ytdm"):  # 前11个月，园区…: this year's first eleven months, to November
                month, approximate = int(chinese_number(m.group("ytdm"))), True
                if not _year_told(mentions) and published.month is not None and month >= published.month:
                    year -= 1  # told in January of the year before's
            else:
                month, approximate = 3 * int(chinese_number(m.group("ytdq"))), True
        elif m.group("thismonth"):  # 园区月内将发布…, 将于月底前: this month
            year, month, approximate = published.year, published.month, True
            if month is None:
                continue
        elif m.group("decade"):  # 2020年代末: about its last year; 2030年代中期: its middle
            decade = int(m.group("dy")) if m.group("dy") else 1900 + 10 * int(chinese_number(m.group("dcn")))
            year = decade + _DECADE_PART.get((m.group("dedge") or "")[:1], 0)  # 上世纪九十年代: the 1990s
            approximate = True
        elif m.group("recent"):  # 近日, 日前; 日内/不日 (within days): about this month
            year, month, day = published.year, published.month, None
            approximate = True
        elif m.group("hour"):  # 昨日上午9时许，系统发生故障…，系统于10时15分恢复正常: that day, told before
            days_told = [d for d in [*earlier, *mentions] if len(d.iso) == len("2026-12-01") and not d.approximate]
            hour_of = days_told[-1] if days_told else None
            if hour_of is None or mentions or _EVERY_DAY.search(text, max(0, m.start() - 6), m.start()):
                continue  # no day told before it, or a day of its own sentence; 每天上午9时: a schedule
            year, month, day = (int(part) for part in hour_of.iso.split("-"))
        elif m.group("clock"):  # a live report's entry (10:05 …揭牌): of the report's day
            if text[: m.start()].strip(" 　【[") or published.day is None:
                continue  # a time inside a sentence (投标截止时间：…9时30分) dates nothing of its own
            year, month, day = published.year, published.month, published.day
        else:
            year = _sentence_year(mentions, published, context_year)
            told_last = text[mentions[-1].start : mentions[-1].end] if mentions else ""
            relative_before = told_last[:1].isalpha()  # 明年 (a word), not 2040年 (digits) nor an occasion's day
            if m.group("eedge") == "内" and relative_before and _AND_ALSO.search(text, 0, m.start()):
                year = context_year or published.year  # 目标于明年第二季…，并计划于年内完成融资: this year
            month = 12 if m.group("eedge") in ("底", "末", "尾") else None
        if mentions and text[mentions[-1].end : m.start()] in ("（", "(") and text[m.end() : m.end() + 1] in "）)":
            if m.group("dayonly") and day is not None and len(mentions[-1].iso) == len("2026-12-21"):
                year, month = _month_nearest(mentions[-1].iso, day)  # 下个礼拜一（21日）, told on 12-17
            if m.group("wday"):  # 12月22日（星期一）: the weekday says the date again (its hour: `_with_weekday`)
                mentions[-1] = replace(mentions[-1], end=m.end() + 1)
            elif _valid(month, day) and _real_day(year, month, day):  # 今日（5月8日）: the written date
                clock = _TIME_OF_DAY.match(text, m.end() + 1)  # 明日（12月5日）上午7时起: and its hour
                end = clock.end() if clock else m.end() + 1
                if (
                    month is not None
                    and m.group("md")
                    and not m.group("y")
                    and len(mentions[-1].iso) == len("2026-12-29")
                ):
                    year = _year_nearest(mentions[-1].iso, month, day)  # 本周六（1月2日）, told on 12-29
                written = iso_date(year, month, day)
                mentions[-1] = (
                    replace(mentions[-1], end=end, until=written)  # 今日起至下周一（十一月七日）: the range's end
                    if mentions[-1].until
                    else replace(mentions[-1], end=end, iso=written, approximate=False)
                )
            continue
        if mentions and _RANGE.fullmatch(text[mentions[-1].end : m.start()] or "x"):
            until = iso_date(year, month, day) if _valid(month, day) and _real_day(year, month, day) else None
            if until and month and until < mentions[-1].iso and not m.group("y") and _real_day(year + 1, month, day):
                until = iso_date(year + 1, month, day)  # 2027年1月4日至1月29日: the end of the start's year
            mentions[-1] = replace(mentions[-1], end=m.end(), until=until)  # 今年至明年: dated by its start
            continue
        if mentions and (
            (
                m.group("y")
                and text[mentions[-1].end : m.start()] == "的"
                and text[: mentions[-1].end].endswith(("后", "前"))
            )
            or _THAT_IS.fullmatch(text, mentions[-1].end, m.start())
            or (m.group("season") and _season_of(text, mentions[-1], m.start()))
        ):
            led_to = mentions.pop().start  # 九年后的2017年1月3日; 上年度完结时，即今年3月底: the date said again
        else:
            led_to = m.start()
        if _valid(month, day) and _real_day(year, month, day):
            anniversary = bool(m.group("anniv"))
            begins = led_to
            if mentions and mentions[-1].end == begins and _SAME_YEAR.fullmatch(text, mentions[-1].start, begins):
                begins = mentions.pop().start  # 同年年底前: the year told before, at the end of it; one date
            end = max(m.end(), stretched)
            if day is not None and (clock := _TIME_OF_DAY.match(text, end)):
                end = clock.end()  # 明日（12月5日）上午7时起: the hour is of the date, no part of the event
            mentions.append(DateMention(begins, end, iso_date(year, month, day), approximate, anniversary))
    if mentions and text[mentions[0].start : mentions[0].end] != "即日起":  # 昨日宣布，…即日起可申请:
        mentions = [d for d in mentions if text[d.start : d.end] != "即日起"]  # from the day told before
    mentions = [m for m in mentions if not _IS_THAT_DAY.search(text, 0, m.start)]  # 今天是春节假期后首个工作日
    mentions = [m for m in mentions if not _A_YEARS_WORK.match(text, m.start, m.end + 4)]  # 听取今年工作情况汇报
    mentions = _ends_after_taking(text, mentions)
    if (
        not mentions
        and (part := _PART_OF_THE_DAY_FIRST.match(text))
        and (that_day := next((d for d in reversed(earlier) if len(d.iso) == 10 and not d.anniversary), None))
    ):
        mentions.append(DateMention(part.start("part"), part.end("part"), that_day.iso))  # 今日率团访问…。下午，…
    return [_lasting(text, _with_weekday(text, mention)) for mention in _named_then_bracketed(text, mentions)]


_PART_OF_THE_DAY_FIRST = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,4}?(?=上午|中午|下午))?(?P<part>上午|中午|下午|傍晚)(?=[，,]|[\u4e00-\u9fff]{2}(?:后|时))"
)
"""局长今日率团访问…。局长上午抵达后，…；下午，局长见证了…: a part of the day told last."""


_A_YEARS_WORK = re.compile(
    r"(?:(?:19|20)\d{2}年度?|今年|明年|去年|本年度?)(?:重点)?工作(?:情况|总结|汇报|报告|计划|要点|部署)?"
)
"""听取园区今年工作情况汇报, 部署明年工作: whose year a work or its report is, no date of the deed."""


_FESTIVAL_OFFSET = re.compile(rf"(?P<side>前|后)(?P<n>{_CN_NUM})(?P<unit>周|星期|天|日)(?![内以])")
_TAKES = re.compile(rf"需时(?:约|大约|逾)?(?P<n>{_CN_NUM})(?P<u>年|个月)(?P<half>半)?(?=完成|竣工|完工|落成|建成)")
"""工程已于上周展开，预计需时约两年半完成: it is done that long after the start told before."""


def _ends_after_taking(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """A span a work takes (需时约两年半完成), after its start was dated in the sentence: the month
    it ends, an approximate date where the span is told (its own clause's date)."""
    for takes in _TAKES.finditer(text):
        started = [d for d in mentions if d.end <= takes.start()]
        if not started or any(d.start >= takes.start() for d in mentions):
            continue
        months = _count(takes["n"]) * (12 if takes["u"] == "年" else 1) + (
            6 if takes["half"] and takes["u"] == "年" else 0
        )
        year, month, _ = _shifted(started[-1].iso, months, "月")
        mentions.append(DateMention(takes.start(), takes.end(), iso_date(year, month, None), approximate=True))
    return mentions


_IS_THAT_DAY = re.compile(r"(?:今天|今日|昨天|昨日|明天|明日|当天|当日)(?:正好|恰好|恰逢|刚好)?(?:是|为|逢)$")
"""今天是春节假期后首个工作日: the festival's day only says which day today is."""


def _with_weekday(text: str, mention: DateMention) -> DateMention:
    """本月29日（星期一）上午十时: the weekday after a day (read with it or not) and the hour after
    that are of its phrase."""
    if len(mention.iso) != len("2027-03-29"):
        return mention
    weekday = _WEEKDAY_AFTER.match(text, mention.end)
    end = weekday.end() if weekday else mention.end
    if weekday is None and not _WEEKDAY_LAST.search(text, mention.start, end):
        return mention
    clock = _TIME_OF_DAY.match(text, end)
    return replace(mention, end=clock.end() if clock else end)


_WEEKDAY_AFTER = re.compile(r"[（(](?:星期|周|礼拜)[一二三四五六日天][）)]")


def _year_of_weekday(year: int, month: int, day: int, weekday: str) -> int:
    """The year, of this one and those beside it, in which the day falls on the weekday written
    after it (（周六）): a calendar's 1月9日（周六）, told on 30 December, is of the coming year."""
    named = _WEEKDAY[weekday[-2]]
    for candidate in (year, year + 1, year - 1):
        if _real_day(candidate, month, day) and date(candidate, month, day).weekday() == named:
            return candidate
    return year


_WEEKDAY_LAST = re.compile(_WEEKDAY_AFTER.pattern + "$")


def _named_then_bracketed(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """今年复活节假期（4月3日至5日）: a holiday named after its year and dated in brackets is one
    phrase, of the bracket's date; so is a date said again in brackets (下周一至周三（12月14日至16日）)."""
    merged: list[DateMention] = []
    for mention in mentions:
        before = merged[-1] if merged else None
        if (
            before is not None
            and (
                (
                    len(before.iso) == len("2027")
                    and mention.iso.startswith(before.iso)
                    and _NAME_THEN_BRACKET.fullmatch(text, before.end, mention.start)
                )
                or (before.iso == mention.iso and text[before.end : mention.start] in ("（", "("))  # 下周一（12月14日）
                or (  # 元旦假期（1月1日至3日）: a holiday, then its days
                    before.approximate
                    and _in_the_year_of(mention, before).iso.startswith(before.iso)
                    and text[before.end : mention.start] in ("（", "(")
                )
            )
        ):
            mention = _in_the_year_of(mention, before) if before.approximate else mention
            closing = text.find("）", mention.end)
            end = closing + 1 if 0 <= closing - mention.end <= 4 else mention.end
            merged[-1] = replace(mention, start=before.start, end=end)
        elif (
            text.startswith(("）", ")"), mention.end)
            and text.endswith(("（", "("), 0, mention.start)
            and (named := _LUNAR_DAY.search(text, 0, mention.start) or _DAY_DESCRIBED.search(text, 0, mention.start))
        ):
            merged.append(
                replace(mention, start=named.start(), end=mention.end + 1)
            )  # 年廿九（2月5日）, 冬至前一天（21日）
        else:
            merged.append(mention)
    return merged


_DAY_DESCRIBED = re.compile(r"(?<=[于在])[\u4e00-\u9fff]{1,6}?(?:前一天|前一日|前夕|后一天|翌日|当天|当日)[（(]$")
"""(于)冬至前一天（21日）: a day told by the one it is next to, then dated in brackets: one phrase."""
_LUNAR_DAY = re.compile(
    r"(?:年廿[一二三四五六七八九]|年三十|年初[一二三四五六七八九十]|(?:正月|大年)(?:初[一二三四五六七八九十]|十[一二三四五六七八九]))[（(]$"
)
"""年廿九（2月5日）, 年初三（2月8日）: a lunar day, told with its date in brackets, which is the date."""


def _in_the_year_of(mention: DateMention, holiday: DateMention) -> DateMention:
    """The days in brackets after a holiday (春节期间（2月14日至2月20日）, told in December) are of
    the holiday's year, whichever year their month alone would have given."""
    if len(holiday.iso) < len("2027-02") or mention.iso[4:7] != holiday.iso[4:7] or mention.iso[:4] == holiday.iso[:4]:
        return mention
    until = holiday.iso[:4] + mention.until[4:] if mention.until else None
    return replace(mention, iso=holiday.iso[:4] + mention.iso[4:], until=until)


_TO_MONTH = re.compile(r"[至到—\-－~](\d{1,2})月$")
_YOY = re.compile(r"(?:去年|上年)同期")
_HOURS_TO = re.compile(r"\d{1,2}(?:[时点]|[:：]\d{2})\s*(?:至|到|—|-|~)$")
_NAME_THEN_BRACKET = re.compile(r"[\u4e00-\u9fff]{1,6}(?:假期|长假|节|期间)[（(]")


def _lasting(text: str, mention: DateMention) -> DateMention:
    """明日（1月15日）…开幕，为期五天: a day that begins an occasion of that many days ends it
    on the last (which 闭幕当天 repeats)."""
    lasting = _FOR_DAYS.search(text, mention.end)
    if lasting is None or mention.until is not None or len(mention.iso) != len("2026-12-01"):
        return mention
    days = _count(lasting.group("days"))
    last = date.fromisoformat(mention.iso) + timedelta(days=days - 1)
    return replace(mention, until=last.isoformat()) if 1 < days <= 31 else mention


_FOR_DAYS = re.compile(r"为期(?P<days>[一二两三四五六七八九十\d]{1,3})天")
_TIME_OF_DAY = re.compile(
    r"(?:凌晨|早上|上午|中午|下午|傍晚|晚上|晚间|晚)?"
    r"(?:\d{1,2}(?:[时点](?:\d{1,2}分|半|正(?!式)|整)?|[:：]\d{2})|[零一二三四五六七八九十]{1,3}[时点](?:半|正(?!式)|整|[一二三四五六七八九十]{1,3}分|\d{1,2}分)?)"
    r"(?:许|左右)?"
    r"|(?:凌晨|早上|上午|中午|下午|傍晚|晚上|晚间)|晚(?![会宴餐饭间上])"
)
"""上午7时, 下午三时半, 下午三时正, 晚间, 9:30: the hour a day's event was at."""


_HOLIDAYS = ("暑假", "寒假")
_AT_HAND_DAYS = 45
"""A festival this close ahead is the one a sentence without tense means (农历新年前后, told in
January); further off, the last one (五一假期期间，园区接待…, told in December)."""
"""School holidays: a month or two, told by the month they begin in."""
_FESTIVALS = {
    "暑假": (False, 7, 15),
    "寒假": (False, 1, 20),
    "元旦": (False, 1, 1),
    "元旦日": (False, 1, 1),
    "五一": (False, 5, 1),
    "劳动节": (False, 5, 1),
    "国庆": (False, 10, 1),
    "圣诞": (False, 12, 25),
    "跨年夜": (False, 12, 31),
} | {
    "春节": (True, 1, 1),
    "年": (True, 1, 1),  # 年前可望…: before the (lunar) new year
    "农历新年": (True, 1, 1),
    "端午": (True, 5, 5),
    "中秋": (True, 8, 15),
    "元宵": (True, 1, 15),
    "除夕": (True, 1, 0),  # the day before 春节 (the last of the twelfth month, 29th or 30th)
}
"""Festivals by their day: in the Gregorian calendar, or (True) in the Chinese one."""


def _festival_day(name: str, year: int) -> date:
    lunar, month, day = _FESTIVALS[name]
    if not lunar:
        return date(year, month, day)
    if day == 0:  # 除夕: New Year's Eve, the day before the first of the first month
        return LunarDate(year, month, 1).to_solar_date() - timedelta(days=1)
    solar: date = LunarDate(year, month, day).to_solar_date()
    return solar


def _count(numeral: str) -> int:
    """两年, 十二个月; 两三年 (two or three): the larger, as what is told to take that long may."""
    if len(numeral) == 2 and all(ch in _SMALL_NUMERALS for ch in numeral):
        return max(int(chinese_number(ch)) for ch in numeral)
    return int(chinese_number(numeral))


_SMALL_NUMERALS = "一两二三四五六七八九"
_LUNAR_MONTH = {"正": 1, "冬": 11, "腊": 12}
_LUNAR_TENS = {"初": 0, "十": 10, "廿": 20, "二十": 20, "三十": 30}


def _lunar_day(month_word: str, day_word: str, published: Published) -> tuple[int, int, int] | None:
    """农历腊月廿八 in the lunar year whose day lies nearest the publication date (told in
    December, the coming January's or February's)."""
    month = _LUNAR_MONTH.get(month_word) or int(month_word)
    tens = next(t for t in sorted(_LUNAR_TENS, key=len, reverse=True) if day_word.startswith(t))
    rest = day_word[len(tens) :]
    day = (_LUNAR_TENS[tens] or 0) + (chinese_number(rest) if rest else 0)
    if tens == "初" and rest == "十":
        day = 10
    today = date(published.year, published.month or 6, published.day or 15)
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(LunarDate(year, month, day).to_solar_date())
        except ValueError:
            continue  # 三十 of a month of 29 days
    if not candidates:
        return None
    nearest: date = min(candidates, key=lambda d: abs(d - today))
    return nearest.year, nearest.month, nearest.day


def _festival(match: re.Match[str], text: str, published: Published) -> tuple[int, int, int] | None:
    """The day of a festival named in `match`: of the year written (明年春节), else the next
    one for what is to come (将于春节前, 自元旦起) or when it is weeks away, else the last one
    (国庆假期期间, 园区接待…)."""
    name = match.group("festname")
    if match.group("festy") or match.group("festw"):
        year = (
            int(match.group("festy")) if match.group("festy") else published.year + _YEAR_OFFSET[match.group("festw")]
        )
        day_of = _festival_day(name, year)
        return day_of.year, day_of.month, day_of.day
    if published.month is None:
        return None
    today = date(published.year, published.month, published.day or 1)
    told_before = text[start_of_clause(text, match.start()) : match.start()]
    done = re.search(r"已|曾|早在", told_before)  # 已於農曆新年前投入服務: the last one
    before_it = text.startswith(("前", "起"), match.end()) and not text.startswith(
        "前夕", match.end()
    )  # 国庆前夕: its eve
    told_after = text[match.end() : match.end() + 40].split("。")[0].split("；")[0]
    comes = _AHEAD.search(told_after) and not re.search(r"已|曾|了", told_after)  # 春节期间，专线还将加开…
    ahead = not done and (_AHEAD.search(text, 0, match.start()) or before_it or comes)
    this_year = _festival_day(name, today.year)
    coming = this_year if this_year >= today else _festival_day(name, today.year + 1)
    if not ahead and not done and (coming - today).days <= _AT_HAND_DAYS:
        return coming.year, coming.month, coming.day  # 要求在农历新年前后加班 (told on 9 January): the coming one
    if name in _HOLIDAYS and not ahead and not done:  # 寒假期间，…将推出… (told on 10 January): the one at hand
        near = min(
            (_festival_day(name, y) for y in (today.year - 1, today.year, today.year + 1)), key=lambda d: abs(d - today)
        )
        return near.year, near.month, near.day
    if ahead:
        return coming.year, coming.month, coming.day
    last = this_year if this_year <= today else _festival_day(name, today.year - 1)
    return last.year, last.month, last.day


def _month_nearest(iso: str, day: int) -> tuple[int, int]:
    """The year and month that put a day of the month nearest a date said before it: 下个礼拜一
    （21日）, told on 12-17, is 12-21, whatever the article's day."""
    told = date.fromisoformat(iso)
    return _nearest(told, [_shift_month(told.year, told.month, shift) for shift in (-1, 0, 1)], day)


def _year_nearest(iso: str, month: int, day: int | None) -> int:
    """The year that puts a month and day nearest a date said before them: 本周六（1月2日）, told
    on 2026-12-29, is 2027-01-02."""
    told = date.fromisoformat(iso)
    return _nearest(told, [(year, month) for year in (told.year - 1, told.year, told.year + 1)], day)[0]


def _nearest(told: date, months: list[tuple[int, int]], day: int | None) -> tuple[int, int]:
    """Of candidate (year, month) pairs that hold the day, the one nearest the date told; the
    told date's own month if none holds it."""
    real = [(year, month) for year, month in months if _real_day(year, month, day)]
    return min(real, key=lambda ym: abs((date(ym[0], ym[1], day or 1) - told).days), default=(told.year, told.month))


def _a_day_of_its_own(told: DateMention, published: Published) -> bool:
    """A day told, not the day of the telling: 主办方昨日介绍 (told on the 29th) says when the news
    came, so a later 14日 is still of the occasion told before it (10月12日至14日)."""
    if len(told.iso) != 10:
        return False
    if (day_told := published.day_told) is None:
        return True
    return not 0 <= (date(*day_told) - date.fromisoformat(told.iso)).days <= 2


def _start_counted_from(text: str, told: Sequence[DateMention], published: Published) -> DateMention | None:
    """The date of the start a span after it is counted from (在路线投入服务三个月后, 在计划推出一年后):
    the last one told that is to come if the sentence speaks of what will be, else the last past one."""
    to_come = _AHEAD.search(text) is not None
    return next((d for d in reversed(told) if not d.anniversary and is_ahead(d, published) == to_come), None)


def _shifted(iso: str, count: int, unit: str) -> tuple[int, int, int | None]:
    """An ISO date moved by `count` days, weeks or months. A move by months gives a month; a date
    without its day cannot move by days and stays its month (a year alone counts as its June)."""
    parts = [int(p) for p in iso.split("-")]
    year, month, day = parts[0], parts[1] if len(parts) > 1 else 6, parts[2] if len(parts) > 2 else None
    if unit == "月":
        return *_shift_month(year, month, count), None
    if day is None:
        return year, month, None
    moved = date(year, month, day) + timedelta(days=count * (7 if unit in ("周", "星期") else 1))
    return moved.year, moved.month, moved.day


def _year_told(mentions: Sequence[DateMention]) -> int | None:
    """A year the sentence named alone before a bare month (明年将办好五件实事：一、3月底前…;
    2027年，园区将…，9月…): the months are of it. A year told with its month (去年12月签约，
    3月动工) says nothing of the next month's year."""
    years = [d for d in mentions if len(d.iso) == 4 and not d.anniversary]
    return years[-1].year if years and years[-1] is mentions[-1] else None


def _sentence_year(mentions: Sequence[DateMention], published: Published, context_year: int | None = None) -> int:
    """The year a bare 年底 or 年中 belongs to: the last year the sentence named before it
    (2027年，…，年中前…), else its list's lead's, else the article's. (A sentence that names no
    year before it and 明年 after — 一是…年中交付；二是明年上半年… — is of next year: see the caller.)"""
    return int(mentions[-1].iso[:4]) if mentions else context_year or published.year


def is_past(date: DateMention, published: Published) -> bool:
    """Strictly before publication at the precision both give (2024 is not past in 2024-08)."""
    return date.iso[: len(published.iso)] < published.iso[: len(date.iso)]


def is_ahead(date: DateMention, published: Published) -> bool:
    """Strictly after publication at the precision both give (2024-12 is ahead of 2024-08)."""
    return date.iso[: len(published.iso)] > published.iso[: len(date.iso)]


def _runs_on(mentions: list[DateMention], day: date, text: str, end: int) -> bool:
    """5月17日、18日, 本周六、周日: a day right after the one told last, joined to it and not told
    分别, is one occasion over both days; the mention before then runs on to `day` (and ends at
    `end`). False, with nothing changed, otherwise."""
    if "分别" in text or date.fromisoformat(mentions[-1].iso) + timedelta(days=1) != day:
        return False
    mentions[-1] = replace(mentions[-1], end=end, until=day.isoformat())
    return True


def _real_day(year: int, month: int | None, day: int | None) -> bool:
    if month is None or day is None:
        return True
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def compatible(a: str, b: str, a_approx: bool = False, b_approx: bool = False) -> bool:
    """Two ISO dates can describe the same event: one is a prefix of the other (2020 and
    2020-05), or one is approximate and they are at most a month apart."""
    if a.startswith(b) or b.startswith(a):
        return True
    if (a_approx or b_approx) and len(a) >= 7 and len(b) >= 7:
        months_a = int(a[:4]) * 12 + int(a[5:7])
        months_b = int(b[:4]) * 12 + int(b[5:7])
        return abs(months_a - months_b) <= 1
    return False


_DATELINE_DAY = re.compile(r"^[^，。,／/：:\s]{0,16}?(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:电|讯|消息)")


_WEEK_IN_A_TITLE = re.compile(
    r"(?P<m1>\d{1,2})月(?P<d1>\d{1,2})日\s*[—–\-至~～]\s*(?:(?P<m2>\d{1,2})月)?(?P<d2>\d{1,2})日"
)


_A_WEEKS_NEWS = re.compile(r"周报|一周|周刊|周览|每周|本周|上周")


def week_reported(title: str, published: Published) -> Published | None:
    """The last day of the week a weekly report's title names (园区周报｜12月21日—12月27日, printed
    on the Monday after): its 本周一 and 下周二 are of that week, not of the day it was printed."""
    told = _WEEK_IN_A_TITLE.search(title)
    if told is None or published.month is None or not _A_WEEKS_NEWS.search(title):
        return None  # 交易会10月10日至12日举办: the days of an occasion, no week reported
    first = (int(told["m1"]), int(told["d1"]))
    last = (int(told["m2"] or told["m1"]), int(told["d2"]))
    year = published.year - (1 if last > (published.month, published.day or 31) else 0)
    if not (_valid(*first) and _valid(*last) and _real_day(year, *first) and _real_day(year, *last)):
        return None
    start = date(year - (1 if first > last else 0), *first)
    end = date(year, *last)
    printed = date(published.year, published.month, published.day or 28)
    return Published(end.year, end.month, end.day) if 0 < (end - start).days <= 6 and end <= printed else None


def dateline_day(first_sentence: str, published: Published) -> Published | None:
    """The day a report was filed, from its dateline (新华社香港12月22日电): the writer's
    today, against which its 今日 and 昨日 are meant. The year is the publication's, or the
    one before for a dateline after the publication day (a report filed on 12-31, printed in
    January)."""
    match = _DATELINE_DAY.match(first_sentence.strip())
    if match is None:
        return None
    month, day = int(match.group("m")), int(match.group("d"))
    year = published.year
    if published.month is not None and (month, day) > (published.month, published.day or 31):
        year -= 1
    return Published(year, month, day) if _valid(month, day) and _real_day(year, month, day) else None

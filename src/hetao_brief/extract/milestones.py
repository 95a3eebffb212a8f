"""Milestones: a dated clause whose predicate is an event (an action or a change of state).

A date is an event's time only where it is an adverbial of time: not a dateline (removed
before this), not an anniversary count (27周年), not the object of 以…作为 (以2025年和2035年作为
关键节点), not the start of a "since" phrase (1982年有监测数据以来). The event is recognised by
its verb: the classes of `verbs.py`, which merging uses to tell that 印发 and 发布 are one event, or,
for any other verb, by jieba's part-of-speech tags (a verb that is not a copula, a modal or a
verb of saying), so that 平顶, 动工 or 揭幕 in an article never seen before still make events.

The label is the clause that tells the event with the date phrase taken out together with
its preposition (于/在/到/自…) and the particles that only served it (起/以来/前…), so that
it reads on its own (extract/labels.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from hetao_brief.extract.clauses import clause_end, clause_spans, date_words, tidy
from hetao_brief.extract.dates import (
    CHRONICLE,
    COMPARED_AFTER,
    WORKS_UNDER_WAY,
    YEARS_OCCASION,
    DateMention,
    Published,
    is_ahead,
    is_past,
)
from hetao_brief.extract.labels import (
    MOTION_PASSED,
    Label,
    Phrase,
    Tagger,
    date_phrase,
    doer_before,
    each_in_turn,
    each_on_its_day,
    event_label,
    is_quoted_speech,
    subject_before,
    tells_no_doer,
    what_is_built,
    what_the_authority_builds,
    without_the_saying,
)
from hetao_brief.extract.numerals import chinese_number
from hetao_brief.extract.referents import BARE_NOUNS, wholes_of_units
from hetao_brief.extract.sentences import start_of_clause
from hetao_brief.extract.verbs import EVENT_CLASSES, EVENT_VERB, VERB_CLASS
from hetao_brief.extract.vocabulary import (
    COMPARED_WITH,
    COMPARED_WITH_ANOTHERS,
    GOVERNMENT_BODY,
    NEXT_OF_A_SERIES,
    PROPOSED,
    SOLD,
)

_VERBS_ONLY = re.compile(f"(?:全面|基本|正式|全部|陆续|相继|顺利|逐步|分期|分阶段)?(?:{EVENT_VERB.pattern})+")
"""2029年全面建成: a verb and its manner, whose subject is told before."""
_CEREMONY = re.compile(
    r"(?P<verb>开幕|启用|开园|揭牌|开业|落成|奠基|动工|动土|开工|平顶|封顶|签约|签署)(?:典礼|礼|仪式)"
)
_NOT_EVENTS = frozenset(
    "是 有 为 成为 作为 包括 包含 属于 位于 拥有 具有 表示 介绍 指出 强调 认为 称 "
    "说 谈到 提到 希望 相信 要 能 会 能够 可以 可 应 应该 需要 需 将 让 使 令 看 "
    "看到 来自 没有 进行 加强 继续 持续 不断 努力 围绕 聚焦 坚持 依托 面向 通过 根据 "
    "按照 对 以 把 被 给 在 于 到 至 以来 监测 记者 摄 居于 位居 位列 跻身 排名 排在 "
    "获悉 了解 了解到 得知 获知 透露 披露 报道 采访 专访 取得 致辞 发言 回应 回答 答问 提问 截止 截至 有效 "
    "加大 做好 优化 完善 深化 强化 提升 提高 营造 截标 出席 参加 陪同 回顾 放在 放到 提速 加速 提质 向好".split()
)
"""Verbs that do not make a dated clause an event: being, having, ranking, saying, hearing
(记者28日从海关获悉: the day a reporter heard of it), modality, and doing more of the same
(下半年将继续加大…支持力度: an intention, nothing that happens on a date)."""
_WEATHER = re.compile(r"气温|℃|降雨量|降水|风力|进入[^，,。]{0,8}?(?:汛期|雨季|旱季|秋冬季|冬季|夏季|高发期|关键期)$")
"""Weather and seasons (12月起进入秋冬季污染防治关键期): a time of year, no deed."""
_VERBS_TAGGED_AS_NOUNS = frozenset(
    {"汇报", "报告", "公示", "展出", "开课", "开学", "试运营", "选址", "通线", "会面", "会晤", "座谈", "回港", "返港"}
    | {"回国", "归国", "任教", "创业", "踏足"}
)
"""Verbs jieba tags as nouns (向立法会汇报: nz; 从海外回国: ns), which close a clause as its predicate."""
_MORE_OF_THE_SAME = re.compile(
    r"(?:继续|持续|不断|进一步|更加|日益|逐步)(?:加大|加强|做好|优化|完善|深化|强化|提升|推动|推进|支持|扩大|发挥|加快|加速|提速|增强|凸显|显现|巩固|活跃)"
    r"|(?:维持|保持)不变"
)
_DEADLINE = re.compile(r"(?:日期|期限|截止时间|公示期|申报期|报名期|征集期|^[\u4e00-\u9fff]{2}时间)(?:为|是)?$")
_SCHEME_NAMED = re.compile(
    r"(?:(?:津贴|资助|支援|补贴|奖励|实习|培训|孵化|加速|人才)|(?:^|[，,：:]))计划(?:于|在|自)?$"
)  # 发言人表示，计划自2043年推出至今: the scheme named before, launched then
_TARGET_CUE = re.compile(r"(?<![截直])至$|(?<![回溯直])到$|预计到?$|力争|争取|目标|计划(?![」》”])|拟")
"""到/力争/计划 before a date aim at it; 「…培育计划」今年… names a plan, it aims at nothing; 直到
2021年才完成 tells when it was done."""
_MARKS_A_MILESTONE = re.compile(
    r"[，,](?:(?:这|此举|这一事件)?标志着|(?P<count>[^，,。；;]{2,16}?)由此)(?P<what>[^，,。；;]{4,40}?)(?=[，,。；;]|$)"
)
_REACHED_BY_IT = re.compile(r"(?:突破|达到|超过)[\d,一二两三四五六七八九十百千万]+[余多]?[家个名间所项]")
_A_MILESTONE_DONE = re.compile(f"(?:{EVENT_VERB.pattern})|成功$")
_A_SCENE = re.compile(r"(?:一|[\d两三四五六七八九十]+)(?:架|笔|辆|艘|列|台|趟|批|家)(?:[^，,]{0,12}的)?")
"""一架载有样本的无人机, 一笔300万元的资金, 3辆满载…的车辆: things seen on the day, not what the day is for."""
_MEANS_ONLY = re.compile(
    r"以[\u4e00-\u9fff]{0,6}?(?:约|逾|近)?[\d.,一二两三四五六七八九十百千]+[万亿]?(?:元|港元|美元)$"
    r"|以[^，,。；;]{2,30}?为(?:项目)?(?:实施主体|主体|载体)$"
)
"""公司拟以自有资金约5亿元，在园区设立…: how it is paid for, its deed in the clause after; 拟以全资子公司X
为实施主体，在园区投资建设…: through whom."""
_LICENSED = re.compile(
    r"(?:取得|获得|获发|获颁)[^，,。；;]{0,12}(?:注册证|认证|许可证?|牌照|批文|资质|证书|学位|用地|土地使用权|地块)$"
)
_GRADUATED = re.compile(
    r"毕业于[\u4e00-\u9fff]{2}|(?:大学|学院|中学|该校|本校|母校)(?:[\u4e00-\u9fff]{1,6}?系)?(?:博士|硕士|本科|研究生)?毕业$"
)
_RECEIVED = re.compile(r"获得?|获批|通过|入选")
"""试点计划于今年五月获…批准 (told in August): the plan's name, not a plan to be approved."""
_FUTURE = re.compile(
    r"将|预计|力争|争取|打算|计划(?=[于在到明今年])|^计划|拟|有望|(?<![复准议])同意(?=[在于]|[\u4e00-\u9fff]{2})|(?<=[府局署方])会(?=[\u4e00-\u9fff])"
    r"|(?<![大学工协商理议社盟委年])会(?=[在于])|(?<=[亦也还则会])会(?=[\u4e00-\u9fff])"
    r"|(?:最快|最早|最迟)[^，,。；;]{0,6}?(?:可|能)(?=[\u4e00-\u9fff])"
)
"""政府会成立…, 大楼会在2027至28年度落成: 会 after its subject is what is to come (委员会, 交易会,
大会在… are names); 中签者最快本月底可迁入: the earliest it can be."""
_TITLE = re.compile(r"《[^》]*》")


def _aimed(text: str) -> bool:
    """The text says what is to come (将, 预计, 同意…), outside any title it names: 印发《关于同意
    X实施Y的批复》 issues a reply, it aims at nothing."""
    return _FUTURE.search(_TITLE.sub("《》", text)) is not None


_SLOGAN = re.compile(r"[‘“][^’”]*[、，,][^’”]*[’”]")
"""A quoted phrase of several parts (‘引得进、留得住’) is a slogan, whatever verbs it holds."""
_PERIOD = ("全年", "全年度", "前三季度", "前两个月", "前三个月", "年度")
_PLEASANTRY = re.compile(r"^(?:我们?|本人)?(?:很|非常|十分|特别)?(?:高兴|荣幸|欣喜|欢迎)")
_REPORTER = re.compile(
    r"^(?:本报|本台|本网|本社)?(?:记者|通讯员)|^本报|^笔者|^据[^，,]{2,20}(?:公布|发布|提供)的(?:数字|数据|资料)$"
)
"""本报记者近日走访园区: the paper's doing; 笔者上月到访…: a columnist's; 据X昨日公布的数字: where a
figure comes from."""
_ASKS_THE_READER = re.compile(r"(?<![申邀聘提])请(?:查收|关注|留意|注意|收藏|转发|扫码|点击|登录|致电)")
"""1月活动日历请查收: a post speaking to its reader, no event."""
_MANY_UNNAMED = re.compile(r"(?:多家|多个|多所|一些|部分|不少|众多|很多|许多|大多数)(?![\d一二两三四五六七八九十])")
_MANY_OCCASIONS = re.compile(r"(?:多项|多场|一系列)(?:活动|赛事|展览|会议)")
"""本周，两地的多项活动陆续落下帷幕: a roundup's lead, whose items are the events."""
"""多家上市公司近期披露…布局: what many unnamed did lately is a trend, no one event (多家企业12月1日
集中签约 is one)."""
_DAYS_OFF = re.compile(r"(?:放假|调休|休假|补休|上班|放假调休)+(?:，?共\d+天)?")
"""10月1日至7日放假调休: the country's calendar, which a notice passes on; no event of the zone."""
_THEIR = re.compile(r"^(?:他们|她们|它们|大家)的")
"""从今天起，他们的通勤方式又多了一个选择: an anchor's lead-in about people it does not name (unless
a deed is told: 他们的公司完成首轮融资)."""
_WRITER_DOING = re.compile(
    r"(?:^|[，,：:“「])(?:(?:我|笔者|本人)(?:[在到和跟随曾又也还就才]|去(?!年)|来到|走进|采访|前往)|我们(?:[在到和跟随曾]|去(?!年)|来到|走进|采访|前往))"
)
"""上周，我在河套采访了…: the writer's own doing, no event of the zone (我们还将举办…, in an
interview, is the speaker's organisation's plan; 我们在这里共同见证X揭牌, in a speech, is X's)."""
_WITNESSING = re.compile(r"(?:这里|此)(?:一起|共同)?见证")
_MODALS = ("将", "会", "拟", "要", "计划", "预计", "准备")
"""What opens a predicate still to come, whose subject is told before it."""
_DONE_TO_THING = re.compile(r"(?P<deed>[^，,。的]{2,8}?)的(?P<thing>[^，,。的]{2,16}?)(?<![上中时间际])(?=[，,])")
"""半个月前完成扩容的量子计算公共服务平台，…: the deed done to a thing, its subject's, the clause's own."""
_BUILT_ON = re.compile(r"(?P<deed>[^，,。的]{2,6}?)的(?P<thing>[^，,。的]{2,20}?)的?基础上")
"""…在去年9月启动的“白名单”试点基础上扩大了适用范围: what the new step builds on was done then."""
_IN_BATCHES = re.compile(r"分[两二三四五]批")
"""其余五座将分两批于2027年及2028年完工: each batch done by its own date."""
_RATE_LEVEL = re.compile(
    r"(?:率|占比|比例|比重)(?:已|已经)?(?:升至|增至|提升至|提高至|降至|达到|达|为|约为)约?[\d一二两三四五六七八九十.]+(?:%|成)"
)
"""出租率已升至约九成二: a level reached, a figure, no event."""
_CLOSES_ON = re.compile(r"截止(?:至|到|于)?$")
_BORN = re.compile(r"(?:出生|出世)")
_DAY_IS = re.compile(
    r"^(?:将|则)?为(?P<what>[\u4e00-\u9fff“”「」]{2,20}(?:沙龙|开放日|论坛|峰会|研讨会|路演|展览|展|大会|活动|仪式|典礼|日))"
)
"""22日为深港青年科学家沙龙; 24日和25日为园区开放日: a programme's day named by what it holds."""
_EDITION_COUNTED = re.compile(
    r"(?:今年的|本届的?|是次|这次)?(?P<what>[\u4e00-\u9fff「」“”]{2,16}?)(?:为|是)第[一二三四五六七八九十\d]+届[，,]"
    r"(?P<first>首届|第一届)(?:于|在)?$"
)
"""今年的冬日开放日为第三届，首届于2024年举办: the first of that series."""
_FILED_BEFORE = re.compile(r"(?:递交|提交|提出|报送)了?(?P<what>[\u4e00-\u9fff]{2,12}?(?:申请|申报|报告|方案))[，,]")
_ANSWERED = re.compile(r"^(?:刚刚|刚|已经?|亦已|随即|并)?(?:获得?(?:受理|批准|批复|通过)|获批|被受理)")
"""…递交了临床试验申请，上个月刚刚获得受理: what was filed is what was accepted."""
_NEWS_OF_NEWS = re.compile(r"(?:释放|取得|迎来|传来|发布)(?:一系列|多项|一批)?新?(?:的)?(?:进展|动态|成果)$")
"""本周，大湾区四大合作平台密集释放新进展: that there is news, not one piece of it."""
_HERE = re.compile(
    r"^(?:来到|回到|搬到|搬来|落户)(?:这里|那里|此地|此处)"
    r"|^(?:这里|那里|此地|这片土地|园区)?(?:还|仍|仍然|曾|曾经|只|只是|都)*是(?:一片|一个|一块|一座|一处)"
)
"""“我们2019年来到这里时，…”: who came where; 三年前，这里还是一片…河滩地: what the place was, no event."""
_YEARS_AHEAD = re.compile(r"(?:未来|今后)[一二两三四五六七八九十\d]+年")
_SET_ASIDE = re.compile(
    r"(?:预留|拨款|拨出|安排|投入)(?:约|逾|超过|近)?[\d一二两三四五六七八九十百千万亿.,]+[万亿]?(?:港)?元$"
)
"""政府会在未来五年预留约二十亿元: a sum set aside over years, a figure, no event of 2031."""
_MARKET_MOVE = re.compile(r"(?:股价|板块|指数)[^，,。；;]{0,6}?(?:收涨|收跌|上涨|下跌|大涨|大跌|走强|走弱|涨|跌|升|挫)")
"""公司股价21日收涨4.3%: how a market took the news, a figure, no event of the zone."""
_STATISTIC = re.compile(
    r"^(?:当月|当年|其中)?(?:新增|新引进|新签约|新落地)[约逾近]?[\d一二两三四五六七八九十]"
    r"|^(?:首轮|首批|本轮|其中)?(?:已经|已|共|累计)有[约逾近超过]*[\d一二两三四五六七八九十百千]+[间家个名所位批]"
    r"|^[约逾近超过]*[\d一二两三四五六七八九十百千万]+[余多]?(?:名|位|人次?)[\u4e00-\u9fff]{0,6}?"
    r"(?:入园参观|参观|参加|参与|出席|到场|观展|报名|参赛)$"
)
"""新增12家, 已经有八间公司预约了, 约两千名市民入园参观: a count by then, no event (what is to come
is: 将有…)."""
_TALLY = re.compile(
    r"(?:共|累计|先后|现场)(?:举办|举行|签约|签署|发布|达成|接待|服务|受理|办理|安排|实施|推进|引进|落地|开工|回收|收集|处理)了?"
    r"[^，,。；;]{0,12}?"
    r"(?:约|逾|近|超过)?[\d一二两三四五六七八九十][\d.,一二两三四五六七八九十百千万]*(?:[场个项份家宗件]|批次?|公?吨|公斤)?(?:人次)?$"
    r"|共有[\d一二两三四五六七八九十]+[项个家][\u4e00-\u9fff]{1,8}?(?:落地|揭牌|签约|开工|启用)、"
    r"|(?:收到|接获|收集到?)[^，,。；;]{0,8}?(?:约|逾|近|超过)?[\d一二两三四五六七八九十][\d.,一二两三四五六七八九十百千万]*[份封件宗]$"
)
"""大会期间共举办主题报告14场, 现场签约合作项目21个, 上周共有5项新政落地、3个平台揭牌, 公司当天收到简历
近200份: a tally of an occasion or a week, a figure, no event of its own."""
_OUTPUT_OF_A_PERIOD = re.compile(
    r"(?:发表|出版|举办|举行|开展|申请|孵化|培养|培训|接待|服务)(?:了)?[^，,。；;]{0,12}?"
    r"(?:约|逾|近|超过)?[\d一二两三四五六七八九十][\d.,一二两三四五六七八九十百千万]*[余多]?(?:[篇场项份件宗]|人次)$"
    r"|(?:共|累计|合共)(?:吸引|引进|迎来|吸纳)了?(?:观众|市民|游客|访客|旅客)?(?:约|逾|近|超过)?[\d一二两三四五六七八九十][\d.,一二两三四五六七八九十百千万]*[余多]?"
    r"(?:[间家个名位支]|人次)[\u4e00-\u9fff]{0,8}?(?:进驻|入驻|落户|加入|参加|参与|到访|参观|入场|入园|观展)?$"
    r"|(?:获得|接获|收到|拿下|签下)了?(?:约|逾|近|超过)?[\d一二两三四五六七八九十][\d.,一二两三四五六七八九十百千万]*[余多]?"
    r"[个份笔张](?:订单|合同|采购订单)$"
    r"|(?:共|累计|合共)?(?:接获|收到|接到|受理)了?(?:约|逾|近|超过)?[\d一二两三四五六七八九十][\d.,一二两三四五六七八九十百千万]*[余多]?"
    r"(?:宗|份|个|件|封)[\u4e00-\u9fff]{0,6}?(?:投诉|查询|申请|举报|意见|建议|求助)$"
)
"""去年，实验室在国际期刊发表论文21篇; 今年上半年举办活动30余场; 过去一年共吸引四十五间机构进驻; 今年
已获得5个订单; 上月共接获14宗相关投诉: what a year or a month yielded, a figure (the clause after it may tell its event:
并与两家药企签订合作协议)."""
_PERIOD_COUNT = re.compile(
    r"^[\u4e00-\u9fff]{0,6}?(?:新增|新添|新引进|新签约|新落地|新注册|新认定|新登记|新设立)[\u4e00-\u9fff]{0,8}?[约逾近超过]*"
    r"(?:\d[\d,.]*|[一二两三四五六七八九十百]{1,4})[余多]?[个家名项间所位人场件宗批支]"
    r"(?:[\u4e00-\u9fff]{1,6}?(?:进驻|入驻|落户|签约|注册)|[\u4e00-\u9fff]{0,6}?平台)?$"
)
_NEW_ONES_COUNTED = re.compile(
    r"(?:新增|新落地|新引进|新签约|新注册|新认定|新开工)的[^，,。；;]{2,16}?[约逾近]?[\d一二两三四五六七八九十][\d,.]*[余多]?"
    r"[个家名项间所位批](?=[，,。；;]|$)"
)
"""今年新落地的深港合作科研项目63个: how many came in the year, a figure, no event."""
_SHARE_OF_THEM_SAY = re.compile(
    r"(?:另有|约|逾|近|超过|有)*(?:[一二两三四五六七八九]成半?|\d+(?:\.\d+)?%|[一二三四五六七八九十]+分之[一二三四五六七八九])(?:的[\u4e00-\u9fff]{1,6})?"
    r"(?:受访者|人|者)?(?:表示|认为|希望|愿意|支持|同意|满意|赞成|计划|打算|考虑)"
)
_SEASON_ALONE = re.compile(r"(?:春|夏|秋|冬)(?:季|天)")
_DESCRIBES_A_NOUN = re.compile(r"[\u4e00-\u9fff]{1,4}的[\u4e00-\u9fff]")
_FROM_TODAY_TO = ("即日起至", "即日起到", "今日起至", "今天起至")
_WINDOW_AFTER = re.compile(
    r"(?:前|止)?[，,]?(?:可|可以|均可)?(?:经|通过|于|在)?(?:网上|网络|线上|小程序|官网)?(?:进行)?(?:接受)?"
    r"(?:向社会|向公众|向各界)?(?:公开)?(?P<what>报名|申请|申报|预约|征求意见)(?=[，,。；;]|$)"
)
"""即日起至12月31日可经网上报名, 即日起至…向社会公开征求意见: a call open until that day."""
_WINDOW_BEFORE = re.compile(r"(?P<what>报名|申请|申报|预约)(?:由|从|自)?(?:即日|今日|今天)起(?:至|到)$")
"""申请由即日起至1月15日截止: the call named before its window."""
_NOTICE_PERIOD = re.compile(r"公示(?:期|时间)(?:为|由|从|自|[：:]\s*)?$")
_SHOW_RUNS_TO = re.compile(r"展期(?:为|[：:]\s*)?(?:至|到)$|(?:展览|展出)将?(?:持续|延续)(?:至|到)$")
_THEMED_SHOW = re.compile(r"以[“「](?P<theme>[^”」]{2,16})[”」]为主题的(?P<show>[\u4e00-\u9fff]{0,6}?(?:展览|展))")
_SHOW_TOLD = re.compile(r"[\u4e00-\u9fff“”「」：:]{2,30}?(?:展览|展)(?![中厅馆期区会])")
_SHOW_LEAD = re.compile(r"^.*(?:举办|举行|推出|主办的|合办的|为期[^的]{1,6}的|在|于|将|的)(?=[\u4e00-\u9fff“「]{3})")
"""展期至X: the show told before it, which closes then."""
_NOTICE_CLOSES = re.compile(r"公示(?:期|时间)(?:为|[：:]\s*)?(?:至|到)$")
_NOTICE_OF = re.compile(r"公示(?P<what>[^，,。；;]{2,40}?(?:名单|结果|方案|规划|报告))")
_PUT_ON_NOTICE = re.compile(r"对(?P<what>[^，,。；;]{2,40}?)(?:进行|予以)公示")
_LISTED_FOR_NOTICE = re.compile(r"(?:^|(?<=[，,。；;：:]))(?P<what>[\u4e00-\u9fff]{2,12}?)(?=公示(?:期|时间))")
"""配租名单公示期为A至B: the list whose notice it is."""
_JOINING = re.compile(r"参加(?P<what>[^，,。；;的]{2,16}?)的(?:人士|市民|人员|企业|团队|机构)")
_DRAFT_TITLED = re.compile(r"《[^》]{4,60}》")
_CLOSING_DAY_IS = re.compile(r"(?P<what>报名|申请|申报|预约|登记)?截止(?:日期|时间)(?:为|是|定为|定于)?$")
_MUST_BY = re.compile(r"(?:须|需|请|应|务必|必须)(?:于|在)$")
_DONE_BEFORE = re.compile(r"(?:前|之前)[^，,。；;]{0,16}?(?P<what>报名|申请|申报|预约|登记)(?=[，,。；;]|$)")
"""须于12月15日前通过小程序报名: the last day of a call, not a day anyone registers on."""
_CALL_TIME = re.compile(
    r"(?P<which>首批|第[一二三四五六七八九十]批|首轮|第[一二三四五六七八九十]轮)?(?:网上|网络|线上|现场)?(?P<what>申请|报名|申报)时间(?:由|从|自|为)?$"
)
_MAY_APPLY_THEN = re.compile(
    r"(?:通过|经|在|于)?[^，,。；;]{0,14}?(?:提交|递交|进行|办理|网上|在线)?(?P<what>申请|报名|申报|预约)(?=[，,。；;]|$)"
)
"""…可于A至B通过“i深圳”平台提交申请: a call open from A, closing on B."""
_CALL_PERIOD = re.compile(r"(?P<what>申请|报名|申报)期(?:由|从|自|为)?$")
_QUOTED_SCHEME = re.compile(r"[「“《][^」”》]{2,24}?(?:计划|资助|基金|比赛|大赛|奖|课程)[」”》]")
"""申请期由下月5日至明年2月15日 after 「X计划」: the call of the scheme told, open from the first day."""
_PUT_ELSEWHERE = re.compile(r"[把将][^，,。；;]{2,12}?(?:改在|改为|改到|改于|移到|迁到|调整为|调整到)")
_BARE_TELLING = re.compile(
    rf"有?[\u4e00-\u9fff]{{0,10}}(?:{GOVERNMENT_BODY}|公司|测量师|分析师|人士|专家|学者)"
    r"(?:公布|宣布|表示|透露|指出|估计|认为|预料|相信)"
)
_DOORS_OPEN = re.compile(r"(?:开始|准时)(?:入场|进场|检票)$")
_A_RECORD = re.compile(r"^创[\u4e00-\u9fff]{0,6}?(?:新高|新低|纪录|记录)$|^(?:共|合共|累计)?录得")
"""创年内单月新高; 去年共录得约九万架次往来两地: what a figure was, no event."""
_VARIOUS_COUNT = re.compile(
    r"各类[\u4e00-\u9fff]{1,8}?[约逾近超过]*\d[\d,.]*[余多]?[场次个项]"
    r"|(?:迎来|举办|举行|开展)(?:多|数|若干|一系列|系列)[场项个]?[\u4e00-\u9fff]{0,4}?(?:活动|会议|赛事)$"
)
"""10月，园区新签约项目12个: a period's count, a figure, no event. So is a count of all kinds of
things, done or planned (9月，园区举办各类活动46场; 明年已排定各类会议40余场), and of events
not named (12月，园区将迎来多场重磅活动)."""
"""当月新增310人: a count with no subject, a statistic, no event."""
_MONTHS = re.compile(r"\d至\d{1,2}月$|[前首头](?:\d{1,2}|[一二两三四五六七八九十]{1,3})个?月$|前[一二三1-3]个?季度?$")
_MONTHS_SPAN = re.compile(r"\d[—\-－~～至]$")
"""今年1至10月, 1—9月: months counted together, a period."""
_HOLIDAY = re.compile(r"(?:假期|长假|黄金周|期间)$")
_OCCASION_TIME = re.compile(f"(?:活动|会议|大会|论坛|峰会|展会|开放日|嘉年华|仪式|典礼|{WORKS_UNDER_WAY})期间")
_SCHOOL_OR_FESTIVAL = re.compile(r"暑假|寒假|春节|农历新年|国庆|圣诞|元旦|五一|劳动节|中秋|端午")
"""国庆假期期间: a holiday's days, a period; so is 同期 (the same months as told before)."""
_CALL_RUNS = re.compile(r"(?P<what>报名|申请|申报|预约|登记)(?:通过[^，,。]{1,16}?)?进行")
_REQUEST = re.compile(r"(?<![申邀提聘宴延敬恭诚回约促吁呈报])请(?![求示愿柬假教])(?=[\u4e00-\u9fff])")
_COUNT_ON_OFFER = re.compile(
    r"(?:提供|推出|释放)(?:就业)?(?:岗位|职位|工作岗位)(?:约|逾|近|超过)?[\d,.一二两三四五六七八九十百千万]+[余多]?个$"
)
_HYPOTHETICAL = re.compile(
    r"(?:^|[，,。；;])(?:如果|假如|假若|倘若|若是|要是|一旦|如有|如遇|若遇|遇有|若(?!干)|倘)[^，,。；;]*$"
    r"|^(?:如果|假如|假若|倘若|若是|要是|如有|如遇|若遇|遇有|若(?!干)|倘)(?!(?:一切|进展|工程|进度)?顺利(?:的话)?[，,]|(?:获得?)?(?:批准|通过)[，,])"
)
"""如果到2030年两地能…: a condition; 如果一切顺利，X可望在2030年落成, 若获批准，…: a plan, with its proviso."""
_YEARS_SINCE_A_DEED = re.compile(
    r"(?P<what>[\u4e00-\u9fff「」“”]{2,24}?)(?:迎来|迎接|庆祝|喜迎)(?P<deed>开园|开业|开馆|启用|开通|成立|揭牌|落成|运营)"
    r"(?P<years>[一二两三四五六七八九十\d]{1,3})(?:周年|週年)"
)
"""9月6日，X迎来开园一周年: X opened on that day, the years counted before."""
_ANNIVERSARY = re.compile(
    r"[一二两三四五六七八九十百\d]+(?:周年|週年)$|满[一二两三四五六七八九十半\d]{1,3}个?(?:月|年|周|天)$"
)
"""迎来开通一周年, 实施分线管理满一个月: time counted since a deed, no deed of that date."""
_SHARE_DONE = re.compile(
    r"(?:约|近|逾|超过)?(?:[一二三四五六七八九]成[一二三四五六七八九]?|\d+(?:\.\d+)?%)(?:已|均已|已经)"
)
_AN_OUTCOME_ONLY = re.compile(r"^(?:预计|将|可望|有望|会)?(?:可以|可)?(?:有|出)结果$")
_REPORTED = re.compile(r"(?:发布|公布|披露|通报|发表|出炉)了?$")
_REPORT_OF = re.compile(r"的?[\u4e00-\u9fff]{0,8}?(?:数据|报告|统计|成绩单|白皮书|年报)")
_FOLLOWING_ARE = re.compile(r"[，,]?(?:以下(?:是|为)|具体如下)[^。]{0,12}[：:]")
_SOLD_OUT = re.compile(r"(?:售罄|卖光|抢光|抢购一空|额满|满额|爆满|约满)$")
_PEAK_DAY = re.compile(r"(?:最高|最多|最大|高峰|峰值)[^，,。；;]{0,8}(?:出现|录得)$")
"""单日最高人流出现在十月三日: the day a figure peaked, no event."""
_TIME_PASSING = re.compile(
    r"^(?:即将|将|已经|已|就要)?(?:过去|到来|来临|接近尾声|进入尾声)$|^(?:转折|转机|变化|改变)点?(?:终于|就)?(?:发生|出现|到来)$"
)
"""2026年即将过去; 转折发生在2017年初 (what turned, the next sentence tells): no event."""
_ASKING = re.compile(r"[吗么呢？?]|什么|何时|哪|几|多少|是否|会否|能否|有没有|怎样|如何|为何|为什么")
"""What makes a clause before a question's last one a question too (园区何时开放，…？)."""
_PLAN = re.compile(r"拟|计划")
_LATER_TODAY = re.compile(
    r"(?:今天|今日|本日)(?:上午|中午|下午|傍晚|晚上|晚间)?\s*\d{1,2}(?:[:：]\d{2}|点|时)|今晚|今天(?:下午|晚上|傍晚)"
)
"""今天下午3点，X将…: later the day the article was written, still to come."""
_THIS_WEEK = re.compile(r"(?:本周|这周|本星期|这个星期)内?(?![一二三四五六日天末])")
_MY_WISH = re.compile(r"(?<![们])我(?:也|还|很|真)?(?:希望|想|盼望|期待|期望|梦想)")
_ITS_DAY_PUT_OFF = re.compile(
    r"(?P<what>[^，,]{2,30}?)的?(?P<deed>开幕|开放|启用|开业|举行|开馆|开园|完工|竣工|落成|建成|通车|开通|投用|交付)"
    r"(?:日期|时间)(?:将|亦|也|或须|须|需|要)?(?:由(?:原定|原计划|原本)?[^，,。]{0,8}?)?(?:延|延迟|推迟|押后|改)"
)
"""X开幕日期将延至明年一月十五日: X's opening is put off to that day."""
_CONFIRMED_FIRST = re.compile(
    r"(?:确认|确定|宣布|透露|表示|指出)(?=[\u4e00-\u9fff「“《]{3,20}?(?:将|预计|会(?!议)|已))"
)
"""…举行会议，确认X将于明年第二季动工: the works start; confirming was the meeting's."""
_ALSO_DONE_THEN = re.compile(
    r"同时(?P<verb>启用|揭牌|开通|投用|投入使用|成立|开业|开放)的还有(?P<what>[^，,。；;]{2,30}?)(?=[，,。；;]|$)"
)
"""11月30日，X揭牌成立，同时启用的还有中心配套的GMP中试车间: the workshop opened that day too."""
_AT_THAT_TIME = re.compile(r"^(?:届时|到时|彼时)(?:还|也|亦)?(?=将|会|可)")
_DOER_OF = re.compile(
    r"(?P<doer>[\u4e00-\u9fff]{2,16}?)(?:还|也|亦|又|同时|并)?(?:发布|举行|举办|签署|启动|推出|成立|揭牌)"
)
"""联盟还发布了《X》: who did the deed a clause after it goes on with."""
_MODAL_ONLY = re.compile(r"(?:预计|计划|将|可|会|并|亦|也|还)+")
_HEADCOUNT = r"[\d一二两三四五六七八九十百千万][\d,一二两三四五六七八九十百千万]*[余多]?[间家个名所项位套人]"
"""二百间, 4,000人, 一百六十余间: a count of bodies or people, as a level now or to come is told."""
_COUNT_TO_BE = re.compile(
    r"(?P<owner>[\u4e00-\u9fff]{0,6}?)(?:预计|将|计划|力争|争取|可望|有望|目标)?(?:增至|增加至|增加到|增到|提高至|提升至|扩大至)"
    rf"[约逾近]?{_HEADCOUNT}"
)
_COUNTED_NOW = re.compile(
    r"(?:(?P<owner>[\u4e00-\u9fff]{2,6}?)(?:现有|目前有|已有|共有)|(?<![\u4e00-\u9fff])(?:目前|现时))(?P<what>[\u4e00-\u9fff]{2,8}?)"
    rf"(?:约|逾|近|超过)?{_HEADCOUNT}[，,]"
)
"""园区现有进驻机构约一百六十间，预计明年底前增至二百间: what grows is the count told before."""
_COUNTED_NOW_AFTER = re.compile(
    rf"(?P<owner>[\u4e00-\u9fff]{{2,6}}?)(?:现时|目前)约?有(?:约|逾|近|超过)?{_HEADCOUNT}(?P<what>[\u4e00-\u9fff]{{2,6}})[，,]"
)
"""港深创科园现时约有2,300名从业员，公司预计…增至约4,000人: the count named after its number."""
_BILL_SUBMITTED = re.compile(r"提交立法会(?:首读|二读|三读|审议)")
_A_BILL = re.compile(r"《[^《》]{2,40}?(?:条例草案|草案)》")
"""政府昨日刊宪《X条例草案》，并将于下周三提交立法会首读及二读: the bill is what is read."""
_BARE_COUNT = re.compile(r"^(?P<aim>预计|今年|明年)?(?=(?:人次|人数)(?:将|预计|会|可望|有望))")
_COUNTED_DEED = re.compile(
    r"(?:^|(?<=[，,。；;]))(?:去年|今年|上届|首届|本届|上一届)?(?P<what>[\u4e00-\u9fff]{2,8}?)(?:共|累计)?"
    r"(?:吸引|接待|迎来)[^，,。；;]{0,10}?人次(?P<deed>到访|参观|入场|入园|参与|参加|观展)"
)
"""活动共吸引逾四万人次到访，今年预计人次将增加两成: the count of visits, told before."""
_TOLD_WHY = re.compile(r"(?:宣布|公布|表示|透露|称)[，,]?为了?(?:配合|落实|推动|支持|加快|促进|做好|便利|确保)")
_MISTOLD = re.compile(r"(?:误指|误称|错指|错报|误报)(?P<what>[^，,。；;]{2,20}?)(?:由|于|在|从|将于)?$")
_REPORT_ABOUT = re.compile(r"有关(?P<topic>[^，,。；;]{4,24}?)的(?:新闻|报道)")
_CORRECTED = re.compile(r"[，,]?正确(?:的)?(?:日期|时间)(?:应|应该)?(?:为|是)")
"""本报昨日报道…误指新班次由本月二十日起实施，正确日期应为明年一月一日: the day corrected is the
event's; the one mistold is none."""
_WITH_ANOTHER = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:与|和|同)[^与和同，,]{2,16}$")
"""X与五间企业 (签署…): who X signed with, not who goes on to the next deed."""
_PLAN_PUT_OFF = re.compile(r"[\u4e00-\u9fff]{0,8}?的(?:计划|安排)(?:需要|须|要)?(?:押后|推迟|延后|取消|搁置|延迟)")
_WON = re.compile(r"获得|获批|荣获|取得|斩获")
_HOLDS = ("召开", "举行", "举办")
"""举行2032年第四季度…签约活动: a date right after the verb names the occasion (a time comes before it)."""
_RANGE_TO = re.compile(r"起?(?:至|到|—|–|~|～)|(?:将|会)?延长(?:运营|开放|服务|营业|通关)(?:时间)?(?:至|到)")
"""今晚10时起至明早6时，…实施交通管制; 福民站当晚将延长运营至次日凌晨1时: a range's end, or the
hours' new end, dating nothing of its own."""
_YEAR_OF_THE_NEXT = re.compile(r"(?:将|拟|计划|预计|争取|力争|先后|分别)?(?:在|于)?")


def _year_of(year: DateMention, date: DateMention, text: str) -> bool:
    """今年计划在春节后启动…: a year just before a nearer date is that date's year, no event's."""
    return len(year.iso) == 4 and len(date.iso) > 4 and bool(_YEAR_OF_THE_NEXT.fullmatch(text, year.end, date.start))


_PLANNED_AFTER = re.compile(r"(?:还|也|亦|并)?(?:计划|拟|力争|争取)(?=[\u4e00-\u9fff]{2})")
"""今年内计划接收…, 今年还计划发行第二单…: the year's plan."""
_ITS_PLAN_AFTER = re.compile(
    r"(?:园区|政府|公司|我们|学校|医院)(?:还|也|亦)?(?:计划|拟|力争|争取)(?=[\u4e00-\u9fff]{2})"
)
"""今年园区计划新开工项目20个以上: the year's aim, its subject between the date and the plan."""
_FIRM_PLANS = re.compile(r"(?:该公司|公司|其)(?:全资|控股)?(?:子公司)?(?=拟|将|计划)(?=[^，,。；;]{6,})")
_GOOD_NEWS = re.compile(r"传来(?:好消息|喜讯|捷报)$")
_TELLING_ONLY = re.compile(
    r"(?:公布|宣布|透露|披露|发布消息|发布通告|发布通知|发出通知|表示|(?:发布|公布)[^，,。；;]{0,14}?数据|(?:发布)?公告(?:称|显示)?|称|获悉"
    rf"|{_GOOD_NEWS.pattern[:-1]})$"
)
_TITLE_TOLD = re.compile(
    r"(?:[》」”]|预算案|施政报告|报告|方案|细则|名单|结果|成绩|分数线|大纲|时间表|规划|纲要|白皮书|指引|清单|办法|条例|措施)"
    r"(?:将|会|已|预计|预期|计划|拟)*(?:正式)?(?:于)?(?:公布|发布)$"
)
"""《规划》正式公布, 园区发展规划正式公布, 新一份财政预算案将于下月公布: the document's release is the event
(「智行科技」宣布，…: only who told it)."""
_ITS_TIME = re.compile(r"(?P<what>[\u4e00-\u9fff]{4,12}?)的?(?:时间|日期)")
"""首批入住时间 (为明年2月): what happens then, whose time the sentence gives."""
_HEARSAY = re.compile(r"流传|网传|传闻|谣传|据传|传言|有传|网帖|网文|帖文|有帖子")
_SOURCES_SAY = re.compile(r"消息指|消息称|有报道指")
_HEDGED = re.compile(r"或(?=[于在将延推押须需要会])|可能|或许|恐|考虑")
"""网传…, and 消息指 with a hedge (或延至明年, 正考虑…): hearsay; 消息指，…预计年中完成 is a source's report."""
_NO_SUBJECT_OPENING = re.compile(
    r"(?:将|在|向|与|同|从|由)(?=[\u4e00-\u9fff「“《])(?![^，,]*的)"
    r"|在(?=[^，,的]{2,8}(?:建设|建造|设立|开设|举办|举行|启动|打造|兴建|展开|开展)[^，,]*的)"
)
"""A label opening with a modal or a preposition (将在…举行, 在深圳园区揭牌, 由科学园迁入…) left its
subject before a comma (not 在X工作的科研人员…, a noun phrase)."""
_LASTS = re.compile(
    r"(?:维持|持续|延续|进行|展期|会期|为期|政策实施|措施实施|补贴实施|(?<!延续)执行|适用|有效|试行|试运行|开放|实施|发售|销售)$"
)
"""咨询会维持至一月中旬, 补贴政策实施至2035年底, 夜宵服务将试行至明年1月6日: how long a thing goes on, no event at its
end (not 延续执行至…, a decision to extend)."""
_PASSED_REVIEW = re.compile(
    r"通过[\u4e00-\u9fff]{0,12}?(?:审查|评审|审批|审核|验收|评估|认证|审议|考核|鉴定|测试|检测|试验|答辩)$"
    r"|获得?[^，,。]{0,20}?(?:投资|资助|拨款|融资|注资|认证|认定|批准|立项|授牌)$"
)
"""项目近日通过方案审查, 公司2025年获X基金投资: jieba tags 通过 a preposition and 投资 a noun."""
_CLOCK_OF = re.compile(r"(?:于|在)?(?:北京|香港|当地|美国东部|格林尼治)时间")
_STORY_OF = re.compile(
    r"[，,](?P<who>[\u4e00-\u9fff“”「」]{2,20}?)(?:[一二三四五六七八九十\d]+年(?:来|间|多来|多时间)|近年来|如今|已经?|完成|走过|实现|迎来|成为)"
    r"[^，,]*。?$"
)
"""从2026年…，到2027年4月在园区挂牌，…，X三年间完成了…: whose story it tells, the main clause's subject."""
_STEP_OF_A_STORY = re.compile(r"(?:^|[，,])(?:从|到|再到)$")
"""从2026年的方案获批，到…: a step of a story, the date's 的 qualifying its event's subject."""
_SIZED_FIRST = re.compile(
    r"^(?:(?:总投资|投资额?|总?建筑面积|占地(?:面积)?|总?面积|规模|全长|总长)(?:约|逾|近|超过|达)?\d[\d.,]*[万亿]?"
    r"[\u4e00-\u9fff]{0,5}?[、，,]?)+的(?=[\u4e00-\u9fff「“《]{4})"
)
"""总投资约35亿元、建筑面积约20万平方米的: what a project's size is, not its name (a figure's)."""
_MEETING_ENDS = re.compile(r"(?:会|会议|活动|仪式|典礼)(?:圆满|顺利)?结束$")
"""11:10 签约会结束: the close of the occasion the report told of, no news of its own."""
_SAYING = "(?:宣布|表示|透露|宣告|公布称|称)"
_DELAYED_TO = re.compile(r"(?<=[\u4e00-\u9fff])(?<![顺])延(?=[\u4e00-\u9fff])(?![期长续伸误迟后安揽])")
"""新校舍延至…启用 without its date: 延 is left of 延至, and reads as 延期."""
_ALREADY = re.compile(r"已(?!于)")
_WITHIN_THE_YEAR = re.compile(r"年内$")
"""年内建成X, told before the year is out: by its end, an aim (年内已完成… is done)."""


def _within_the_year(text: str, date: DateMention) -> bool:
    """今年内, 年内, 2033年内 (whose 内 the date leaves after it): by the year's end."""
    return bool(_WITHIN_THE_YEAR.search(text, date.start, date.end)) or (
        len(date.iso) == 4 and text.startswith("年内", date.end - 1)
    )


_ROUND_MARK_CROSSED = re.compile(
    r"(?:数量|总数|总量)突破(?:[1-9]0+|[一二两三四五六七八九]?[十百千万]+)[家个名项间所位座]$"
)
"""深港联合实验室数量突破50家: a stock passing a round mark, a milestone of its year (承担的项目达到47项
is the year's count)."""
_DONE_BY_THE_END = re.compile(r"完成|建成|竣工|完工|结束|落成|落幕|闭幕|收官")
"""What a range of months times as done (3月至4月…完成了测试): done by its end; so is the close of
an occasion of days (12.1—12.6，为期六天的X圆满落幕: on the 6th)."""
_PERIOD_DATE = re.compile(r"(?:季度?|半年)$")
_COUNTED = re.compile(r"\d[\d.,万亿]*[个家名项间所位笔件]")
_COUNT_REACHED = re.compile(
    r"(?:达到|达|超过|突破|共计|累计|共提供|共设)(?:约|近|逾)?(?:\d[\d.,]*|[一二两三四五六七八九十百千]+)[万亿]?[余多]?[个家名项间所位笔件人]"
)
"""今年新设立的港资科技企业达到65家: a year's count, whatever the verb of what is counted."""
_LOOKED_FORWARD_TO = re.compile(r"(?:^|[，,。；;])(?:我们|人们|大家|各界|外界)?(?:期待|期盼|憧憬|盼望)(?:着)?[，,]")
"""我们期待，…: what an observer looks forward to, no one's plan."""
_MANY_OF_THEM = re.compile(r"数以[十百千万]计|成百上千|成千上万")
_TAKINGS = re.compile(
    r"(?:营业收入|营收|营业额|销售额|利润|产值|固定资产投资|增加值)(?:预计|将|有望|力争|可望)*(?:达到?|超过|突破|逾|约)"
)
"""公司今年营业收入预计超过1.5亿元: takings aimed at, a figure (see quantities), no event."""
_TAKINGS_CHANGED = re.compile(
    r"(?:收入|营收|营业额|销售额|利润|产值|出口额|增加值)[^，,。；;]{0,6}?(?:增长|增加|上升|下降|减少|回升|回落|翻番|翻一番)"
)
_SIZE_OF_A_CHANGE = re.compile(r"[约逾近]?(?:[\d.]+|[一二两三四五六七八九十]+)(?:倍|成)|翻(?:一)?番")
"""收入按年增长约两倍, 营业额增长三成: by how much, a figure's change (no amount needed)."""
_SUM_OF_A_PERIOD = re.compile(
    r"[\u4e00-\u9fff]{0,12}?(?:投入|收入|产值|营收|营业额|金额|规模|总额|支出|投资额)(?:达到?|为|约为?|超过|逾|近)?"
    r"[约逾近]?[\d.,零一二两三四五六七八九十百千]+[万亿]*[\d.,零一二两三四五六七八九十百千万]*(?:港|美)?元"
)
"""第三季度研发投入25.3亿元, 去年收入约六亿三千万港元: a sum of a period, told with nothing done."""
_AMOUNT_OR_COUNT = re.compile(
    r"(?:\d[\d.,]*|(?<!的)[一二两三四五六七八九十百千]+)[万亿]?[余多]?(?:[个家名项间所位笔件人篇]|元|港元|美元|%|％)"
)
_STATISTIC_DATE = re.compile(r"(?:月份|同期|当月)$")
_AMOUNT = re.compile(r"\d[\d.,]*[千百万亿]*(?:元|港元|美元|%|％)")
"""9月份实现营业收入16.3亿元, 去年同期为106.3亿元: a month's or a year's takings, not an event."""
_VALUE_END = re.compile(
    r"(?:为|是|约为|达|已超过|超过|不到|不足|仅有|只有|共计|合计|增至|增加至|增加到|增长至|增长到|升至|上升至|降至|下降至|减至"
    r"|收入|营收|营业额|产值|利润|销售额|交易额|出口额|投资额|增加值|增长了?|下降了?|上升了?|减少了?|下跌了?|上涨了?)"
    r"(?:约|逾|近|超过|超|达)?(?:[\d.,]+[千百万亿]*[^\d，。]{0,3}|[一二两三四五六七八九]成|百分之[一二三四五六七八九十点]+)$"
)
"""营业收入为106.3亿元: a clause that states a value has no event, whatever jieba tags 收入."""
_SUM_OF_THEM = re.compile(
    r"(?:金额|总额|总值)(?:约|逾|近)?(?:超过|突破|达到|达|为|约为|共计|合计)?(?:约|逾|近)?[\d.,]+[千百万亿]*(?:元|港元|美元)$"
)
_ORDINAL_AFTER = re.compile(
    r"第(?:[一二三四五六七八九十]{1,3}|\d{1,3}(?:,\d{3})*)(?:批|届|期|轮|次)|新春(?!期间|假期)|首场"
)
_NAME_BEFORE = re.compile(r"(?:园区|合作区|公司|政府|署|局)$")
"""河套深圳园区2026年第四批重大项目: a year between a name and a batch names the batch."""
_DATED_ATTRIBUTE = re.compile(r"[\u4e00-\u9fff]{1,6}的(?=[\u4e00-\u9fff“「《]{2})")
_DOER_BEFORE_ITS_DATE = 8
"""At most so many characters (园区于) before a date that times an attribute of the label's subject."""
_NEXT_ONE = re.compile(rf"(?:{NEXT_OF_A_SERIES})(?=预计|将|计划|于|在|会|暂定|定于|拟|举行|举办)")
_OCCASION_WORD = re.compile(
    r"开放日|论坛|大会|峰会|展览|嘉年华|招聘会|发布会|交流会|拍卖会|推介会|大赛|比赛|活动|博览会|展会|夜市|市集"
)
_DURING_IT = re.compile(r"(?:展会|会议|大会|论坛|活动|博览会|峰会|展览|比赛|赛事)期间")
"""展会期间还将发布…: in the occasion's days, which the clause before may not be."""
_SAME_DAY = ("同日", "当日", "当天")
"""…每季举办一次开放日，下一次预计在四月初举行: the next open day, which the clause before named."""
_RECURRING = re.compile(r"每(?:年|月|周|星期|季度?|半年)|(?:多次|屡次|频繁|反复)(?=[\u4e00-\u9fff])")
_RECURRING_OCCASION = re.compile(
    r"(?<!改为)(?<!改成)(?<!变为)(?<!调整为)每(?:月|周|星期|季度?)(?:举办|举行|召开|开放)|每个?月的?(?:第[一二三四1-4]个|最后一个)(?:周|星期)[一二三四五六日天]"
)
"""园方将每季举办一次开放日, 每月第一个周六面向公众开放: a schedule, no one event even as an aim
(将每年举办一次 may be news: a fair made yearly; so is 明年起义诊日将改为每季度举办一次, a schedule changed)."""
_MOVED_TO = ("延至", "推迟至", "押后至", "延期至", "顺延至", "改至", "延后至", "改期至", "提前至")
_DENIED = re.compile(
    r"(?P<what>[\u4e00-\u9fff]{2,16}?)(?:并非|并不是|不是)(?:于|在)?[^，,。]{0,8}?"
    r"(?P<deed>启用|开幕|开放|举行|落成|开通|开业|竣工|投用|开学|交付)"
)
"""X并非于本月底启用，而是…延至下月中旬: X's opening is put off to then."""
_NEGATED = re.compile(r"(?:并非|并不是|不是|并未|未能|并不会|不会)(?:于|在)?$")
_AFTER_AN_EARLIER_DEED = re.compile(
    r"(?:这是|这也是|此为)(?P<who>[^，,。]{2,16}?)继(?P<deed>[^，,。]{2,24}?)(?:之|以)?后?"
)
_THE_PAPERS_OWN = re.compile(
    r"详见|敬请(?:关注|留意)|本报(?:将|会)?(?:刊发|刊出|刊登|连载)|[上中下]篇$|另行(?:公布|通知|公告)$"
)
_STAFF_AT_WORK = re.compile(
    r"(?:工程|工作|技术|维修|施工)人员(?:已|已经|正|正在|将)?(?:完成|进行|开展)了?(?:维修|测试|检查|检测|调试|抢修|清洁)"
)
_A_COUNT_ONLY = re.compile(
    r"[\u4e00-\u9fff]{0,6}?(?:计划|预计|将|拟|会)?(?:增至|增加至|增加到|减至|减少至)[约逾近]?[\d一二两三四五六七八九十]+[场次届轮期]"
    r"|[\u4e00-\u9fff]{0,8}?(?:拟|计划)(?:招收|招聘|录取|招募)[\u4e00-\u9fff]{2,12}?[约逾近]?[\d一二两三四五六七八九十百]+[名人]"
)
_WHO_WAS_THERE = re.compile(r"^(?:现场|当天|当日|会场)(?:仍|亦|也)?有")
_BARE_START_OR_END = re.compile(r"(?:活动|仪式|典礼|会议|大会)(?:正式|随即)?(?:开始|结束|落幕|圆满结束)")
_COPULA_FIRST = re.compile(r"^(?:这|此|这也|这还)?(?:是(?!次)|为(?!期)(?![^，,。]{1,20}?而(?:设|建|设立|打造)的)|成为)")
_STILL_AT_IT = re.compile(
    r"(?:仍|仍然|依然|一直)(?:在|正在)(?:加紧|加快|紧张|进行|推进|忙|赶|坚守|施工|建设|工作|研究|商讨|讨论|测试)"
    r"|(?:一直|始终|仍然|依然)(?:按|依)(?:原)?计划(?:推进|进行|实施)"
    r"|(?:照常|如常)(?:开放|运作|运行|营业|开馆|办公|服务)"
)
"""春节前夕，…科研团队仍在加紧工作; 室内展览厅明日照常开放: what goes on at a time, no event of it."""
_DURATION_FIRST = re.compile(r"^(?:连续|一连)?[两二三四五六七八九十\d]{1,2}(?:天|日|周|个星期)(?![前后内来以之])")
_YEAR_NAMED = re.compile(r"[“「](?:19|20)\d{2}年度?[^”」]{2,30}[”」]")
"""发布“2039年河套深圳园区十件大事”: a year in a quoted name is the name's, as in a title."""
_REVIEWED = re.compile(r"(?:^|[，,。：:])(?:回顾|回首|盘点|纵观|细数)$")
_AFTER_THAT_THEN = re.compile(r"^(?:并|亦|也|还)?(?:会|将)?(?:在|待|等)[^，,。]{2,20}?(?:后|之后|以后)再")
"""并会在交汇处启用后再检讨…: a step once something else is done, of no date of its own."""
_SO_THEN = re.compile(r"^(?:因此|因而|所以|故此|为此)")
_THOSE_WHO_DID = re.compile(r"的(?:观众|市民|人士|旅客|乘客|学生|访客|游客|住户|租户|申请人)$")
_WILL_STUDY = re.compile(r"(?:表示|称|指)(?:会|将)研究|(?:会|将)研究(?:兴建|建设|推出|设立|引入|增设)")
_PERIOD_ONLY = re.compile(r"[\u4e00-\u9fff]{1,8}期(?:限)?(?:止|为止)|[\u4e00-\u9fff]{2,4}期(?:暂定|初步定|拟定)?")
"""咨询期…至七月三十一日止, 招股期由本月五日至十日, 调整期暂定至本周五: how long a window runs, no deed."""
_ROOM_FOR = re.compile(r"可(?:同时)?(?:容纳|供)[约逾近]?[\d一二两三四五六七八九十百千万]")
_STATEMENT_ONLY = re.compile(r"(?:发表|发出|发布)(?:书面|简短)?声明$")
_EVERY_TASK = re.compile(
    r"(?:完成|落实|推进|实现)(?:全年|年度|今年)?(?:各项|全部|所有|既定)(?:重点|目标)?(?:任务|工作|目标)$"
)
_INSTRUCTION = re.compile(
    r"^(?:市民|公众|申请人|参加者|参会者|各单位|旅客|乘客)?(?:须|需要?|必须|务必|请)|^[\u4e00-\u9fff]{1,5}?(?:人员|单位|者)请(?![求示])"
)
"""请于…前联系, 市民须于本月三十日前网上预约, 获配租人员请于…前办理签约手续: what readers are
asked to do, no event."""
_MAY_BY = re.compile(r"^(?:市民|公众|观众|游客|读者|参观者|申请人|旅客|乘客|家长|居民)可(?!望)")
"""观众可于本月15日前在线预约: what readers may do until a day, no event (可于…起预约 opens a window)."""
_THOSE_WHO_MAY = re.compile(r"者[，,]?(?:均|亦|也)?可(?:于|在)?$")
"""未能于新日期出席者，可于本周三前致电查询: what those who… may do, no event."""
_CALLED_OFF = re.compile(r"原定于?$|原计划于?$|原本于?$")
"""原定于10月举行的论坛将推迟至明年3月: the date given up is no event's."""
_AS_OF = re.compile(r"截至$|截止$|^至$|即日起?至$|(?:持续|延续|直)至$|持续到$")
_OBJECT = re.compile(rf"以$|相较$|{COMPARED_WITH}$")


@dataclass(frozen=True)
class MilestoneHit:
    date: DateMention
    label: str
    event_class: str
    is_target: bool


_FUNDS_PAID = re.compile(
    r"(?<=[拨发]付|发放|下达)[\u4e00-\u9fff]{2,8}(?:资金|经费|款项|补贴|奖励)(?:共计|合计|总计|共)?[约逾近]?[\d,.]+(?:万|亿)?元$"
)
"""拨付资助资金共计1,260万元: funds paid, whose amount closes the clause; the payment is the event."""


_ONLY_A_DRILL = re.compile(r"模拟|假设")
_ONLY_SAID = re.compile(
    r"(?<=[\u4e00-\u9fff」”》]{2})(?<!发表|作出|发出|予以)(?:证实|表示|指出|透露|确认|回应|否认|澄清)$"
)
_BULLETIN_ONLY = re.compile(r"(?:发布|发出|公布)(?:了)?(?:通报|通告|公告|消息)$")
_ON_THE_WAY = re.compile(
    r"(?P<who>[\u4e00-\u9fff]{2,12}?)(?:在|于)?(?:驶经|驶入|驶出|行经|途经|行驶至|驶至|进入|离开|前往|返回|抵达|停靠)"
)
"""一辆货车驶经X入口(时): who was on the way, whom the deed after the time befell."""
_WHILE = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?<![零一二三四五六七八九十\d小届同当及准按暂机工])(?:时|之时|的时候)[，,]?$"
)


def event_class(clause: str, tagger: Tagger | None) -> str | None:
    """The class of the clause's event verb; "event" for a verb the classes do not list;
    None if the clause has no event predicate."""
    clause = _TITLE.sub("《》", clause)  # a document's title names it; its verbs (推进…) are not the event's
    clause = _SLOGAN.sub("“”", clause)  # 把重点放在‘引得进、留得住’上: a slogan's verbs are no predicate
    if _MORE_OF_THE_SAME.search(clause):
        return None  # 将继续加大…支持力度: an intention, nothing that happens on a date
    if ceremony := _CEREMONY.search(clause):  # 举行开幕礼, 主持启用仪式: the ceremony's event, not holding one
        return VERB_CLASS[ceremony.group("verb")]
    verbs = EVENT_VERB.findall(clause)
    if verbs:  # 落成启用: the last, as the predicate closes a Chinese clause
        return VERB_CLASS[verbs[-1]]
    if _PASSED_REVIEW.search(clause):
        return "reach"  # 项目近日通过方案审查: jieba tags 通过 a preposition
    if MOTION_PASSED.search(clause):
        return "issue"  # 区议会昨日通过动议: a council's vote, whatever jieba tags 通过
    if _LICENSED.search(clause):
        return "award"  # 首款产品已取得医疗器械注册证: a licence granted, whatever jieba tags 注册证
    if _GRADUATED.search(clause):
        return "event"  # 1994年毕业于中山大学: jieba tags 毕业 a noun (not …毕业后, a time)
    if _PUT_ELSEWHERE.search(clause):
        return "change"  # 把打桩工序改在日间进行: what is moved, whatever light verb ends the clause
    clause = _FUNDS_PAID.sub("", clause)  # 向18个项目拨付资助资金共计1,260万元: funds paid, the amount aside
    if tagger is None or _VALUE_END.search(clause) or _DEADLINE.search(clause) or _WEATHER.search(clause):
        return None  # 营业收入为106.3亿元; 截标日期为…: a value, a deadline; 气温将降至5℃: the weather
    tagged = tagger(clause)
    if len(tagged) >= 2 and tagged[-1][0] == "成功" and tagged[-2][1][:1] in ("n", "v"):
        return "reach"  # 首款芯片流片成功, 首飞成功: jieba tags 流片 a noun, 成功 an adjective
    where = next((i for i, (w, f) in enumerate(tagged[:-1]) if w in ("在", "于") and f == "p"), None)
    if (
        where is not None
        and tagged[-1][1] == "vn"
        and len(tagged[-1][0]) == 2
        and not any(f[:1] == "v" for _, f in tagged[where + 1 : -1])
    ):
        return "event"  # 8月底起在3家养老机构试用, 今日起于网上发售: a verbal noun closing a clause of where
    at = [
        i
        for i, (word, flag) in enumerate(tagged)
        if (len(word) >= 2 or _moved(tagged, i))
        and (
            flag in ("v", "vd", "vi")
            or word in _VERBS_TAGGED_AS_NOUNS
            or (i > 0 and tagged[i - 1][1] in ("d", "ad") and flag[:1] in ("n", "l"))  # 正式并网发电 (l: a set phrase)
            or (_vn_closes(tagged, i) and not any(f[:1] == "v" and f != "vn" for _, f in tagged[:i]))  # 该中心运营
        )
    ]
    verbs = [
        tagged[i][0]
        for n, i in enumerate(at)
        if tagged[i][0] not in _NOT_EVENTS or not _attributive(tagged, i, at[n + 1 :])
    ]  # 购入一幢位于新田的工业大厦: 位于 names the building, 购入 is the predicate
    # The predicate closes a Chinese clause, and an adverb announces it whatever its tag
    # (正式开学: jieba tags 开学 a noun, 已上岗 a place); verbs before it are the subject's (创新 in
    # 创新科技及工业局局长孙东表示): a clause that ends in saying or being reports no event.
    if not verbs or (verbs[-1] in _NOT_EVENTS and not _light_verb_with_object(tagged, verbs[-1])):
        return None
    if _attributive(tagged, at[-1], []) and _COUNT_CLOSES.search(clause):
        return None  # 往返河套的科研人员日均约3,200人次: the verb names whom a count counts
    of = at[-1] + 2 if at[-1] + 2 < len(tagged) and tagged[at[-1] + 1][0] in ("中", "着", "过") else at[-1] + 1
    if len(verbs) == 1 and of + 1 < len(tagged) and tagged[of][0] == "的" and verbs[0] == tagged[at[-1]][0]:
        return None  # 一年内获得的第二轮融资, 只有几栋改造中的旧厂房: the verb names a noun, no predicate
    if tagged[-1][1] == "a" and at and at[-1] < len(tagged) - 2:
        return None  # 科技创新领域动态频出: an adjective closes it, a state (创新 names the field)
    return "event"


def _vn_closes(tagged: list[tuple[str, str]], i: int) -> bool:
    """该中心运营: a verbal noun right after its subject, closing the clause, is its predicate."""
    return (
        tagged[i][1] == "vn"
        and i == len(tagged) - 1
        and i > 0
        and tagged[i - 1][1][:1] in ("n", "r")
        and not any(flag[:1] == "u" for _, flag in tagged[:i])  # 研究部署了重点工作: 工作 is an object
    )


def _goes_on_from_a_plan(text: str, opens: int) -> bool:
    """园区将集中举办3场推介活动，并于月底前出台…: the second deed shares the first's 将."""
    if not _SHARES_THE_PLAN.match(text, opens) or opens < 2:
        return False
    before = text[start_of_clause(text, opens - 1) : opens]
    return bool(_FUTURE.search(before))


_OCCASION_OF_THEN = re.compile(
    r"的[\u4e00-\u9fff]{0,8}?(?:论坛|大会|峰会|展会|博览会|交易会|大赛|典礼|年会|义卖会?|市集|嘉年华|开放日"
    r"|(?<=[技计化])周|(?<=[术影])节)"
    r"[^，,。；;]{0,12}?(?:举行|举办|召开|开幕)"
)
"""去年的论坛首次移师河套举行: the occasion of that year, held then (not 8月的深圳河, a time of a thing)."""
_SHARES_THE_PLAN = re.compile(r"\s*(?:并|还|同时|亦|也)(?:于|在|将)?")


def _attributive(tagged: list[tuple[str, str]], at: int, later_verbs: list[int]) -> bool:
    """位于 in 购入一幢位于新田的工业大厦: a verb whose 的 comes before any verb after it names
    a noun, it is no predicate."""
    of = next((i for i in range(at + 1, len(tagged)) if tagged[i][0] == "的"), None)
    return of is not None and (not later_verbs or of < later_verbs[0])


def _moved(tagged: list[tuple[str, str]], at: int) -> bool:
    """搬 到, 迁 入: a one-character verb with its complement of direction, which jieba cuts in
    two, is a two-character verb (公司把研发中心搬到园区)."""
    word, flag = tagged[at]
    return (
        flag == "v"
        and word not in _SENSING
        and at + 1 < len(tagged)
        and tagged[at + 1][0] in ("到", "进", "入", "回", "往")
    )


_COUNT_CLOSES = re.compile(r"\d[\d,.]*[万亿]?[\u4e00-\u9fff]{1,2}$")
"""A clause that ends in a count: of what its noun names, when its only verb sits before 的."""
_SENSING = frozenset("说想看听提讲谈见感")
"""说到, 想到, 看到: telling and seeing, no deed."""
_LIGHT_VERBS = frozenset({"进行", "开展", "展开", "组织"})


def _light_verb_with_object(tagged: list[tuple[str, str]], verb: str) -> bool:
    """进行招标, 开展评审: a light verb's noun is the event (jieba tags 招标 a noun, 二审 a
    distinguishing word)."""
    if verb not in _LIGHT_VERBS:
        return False
    words = [word for word, _ in tagged]
    at = len(words) - 1 - words[::-1].index(verb)
    return at + 1 < len(tagged) and len(tagged[at + 1][0]) >= 2 and tagged[at + 1][1][:1] in ("n", "v", "b")


_ITEM_MARK = re.compile(r"[；;。：:]|[一二三四五六七八九十\d]$")
"""…；三、年内新增…: a list's item number, not a second deed of one clause."""


_DATED_OCCASION = re.compile(
    r"(?P<verb>发表|公布|发布|举行|举办|召开|提交)的(?P<noun>[\u4e00-\u9fff《》「」]{2,14}?)(?:中|上|里|内)(?=[，,]?(?:宣布|表示|提出|指出|透露))"
)
"""在上月尾发表的财政预算案中宣布: a dated occasion inside which news was told: the occasion."""
_SPEECH_AT = re.compile(
    r"^以下是[^，,。：:]{2,60}?在(?P<what>[^，,。：:]{2,40}?(?:仪式|典礼|礼|开幕式|闭幕式|论坛|大会|峰会|会议|酒会|晚宴))"
    r"(?:上)?(?:的|所作的|发表的)?(?:致辞|讲话|发言|演讲|致词)"
)
"""以下是行政长官今日（一月二十二日）在第三期动土仪式的致辞：: the occasion spoken at, on its day."""
_HEARD_AT = re.compile(
    r"^记者(?:从|在)(?P<when>[^，,。的]{1,8}?)(?P<verb>召开|举行|举办)的(?P<what>[^，,。]{2,30}?)(?:上|中|期间)?"
    r"(?:获悉|了解到|得知)"
)
"""记者从日前召开的X座谈会上获悉，…: where the news was heard, an occasion of its own."""


_TO_JOIN = ("参加", "出席", "参与", "参展", "前往", "赴")
_ATTENDED = re.compile(
    r"(?:[（(][^）)]{2,12}[）)])?(?:上午|下午|晚上)?(?:率团|率领代表团|带队)?(?:(?:到|赴|前往)[\u4e00-\u9fff]{2,4}?)?(?:出席|主持)"
    r"(?P<what>第[一二三四五六七八九十\d]+(?:次|届)[\u4e00-\u9fff]{2,20}?(?:会议|论坛|大会|峰会|联席会议|座谈会|研讨会))(?=[，,。；;]|$)"
)
"""局长今日（九月八日）率团到深圳出席第十一次深港科技合作会议: the meeting is held that day; who
attends a numbered meeting is told with it."""
_TO_JOIN_AN_OCCASION = re.compile(
    r"(?P<where>在[\u4e00-\u9fff]{2,8}?)?(?P<verb>举行|举办|召开|开幕)的(?P<what>[\u4e00-\u9fff「」“”《》]{3,24}?)(?=[，,。；;]|$)"
)
"""邀请园区企业参加今年10月在新加坡举行的东盟科技博览会: the fair's own date; whoever is asked
to join it is no event."""


def _occasion_told(text: str, date: DateMention, phrase: Phrase, tagger: Tagger | None) -> tuple[str, str] | None:
    """The label and class of an event a date times where the sentence names it around the date
    rather than as a clause of its own; None where it does not:
    以下是X今日在Y动土仪式的致辞：(Y仪式举行, an opening as the speech's 正式开幕 is);
    财政司司长在上月尾发表的财政预算案中宣布，… (财政司司长发表财政预算案);
    记者从日前召开的X座谈会上获悉，… (X座谈会召开); 半个月前完成扩容的X平台，… (X平台完成扩容)."""
    if (speech := _SPEECH_AT.match(text)) and date.end <= speech.start("what"):
        ceremony = speech.group("what") + "举行"
        return ceremony, event_class(ceremony, tagger) or "hold"
    if (
        (inside := _DATED_OCCASION.match(text, date.end))
        and text[max(0, date.start - 1) : date.start] == "在"
        and 2 <= len(doer := text[start_of_clause(text, date.start) : date.start - 1].strip()) <= 12
    ):
        deed = doer + inside.group("verb") + inside.group("noun")
        return deed, event_class(deed, tagger) or "hold"
    if (joined := _TO_JOIN_AN_OCCASION.match(text, date.end)) and text[: date.start].endswith(_TO_JOIN):
        occasion = joined.group("what") + (joined.group("where") or "") + joined.group("verb")
        return occasion, event_class(occasion, tagger) or "hold"  # 邀请…参加今年10月在新加坡举行的X: X举行
    if (attended := _ATTENDED.match(text, date.end)) and not text[: date.start].endswith(_TO_JOIN):
        occasion = attended.group("what") + "举行"
        return occasion, event_class(occasion, tagger) or "hold"  # 局长今日率团出席第十一次X会议: the meeting
    if (heard := _HEARD_AT.match(text)) and heard.start("when") <= date.start < heard.end("when"):
        return heard.group("what") + heard.group("verb"), "hold"
    if (
        (built_on := _BUILT_ON.match(text, phrase.end))
        and text[: phrase.group_start].endswith("在")
        and EVENT_VERB.search(built_on.group("deed"))
    ):
        deed = built_on.group("thing") + built_on.group("deed")
        return deed, event_class(deed, tagger) or "event"  # 在去年9月启动的“白名单”试点基础上…: 试点启动
    if (
        (done_to := _DONE_TO_THING.match(text, phrase.end))
        and not text[start_of_clause(text, date.start) : phrase.group_start].strip()
        and EVENT_VERB.search(done_to.group("deed"))
        and not done_to.group("deed").startswith(_MODALS)  # 今年下半年将搬入园区新落成的科研楼: its object
        and not _COUNT_REACHED.search(done_to.group("thing"))  # 今年新设立的港资企业达到65家: a count
        and (tagger is None or tagger(done_to.group("deed"))[-1][1][:1] == "v")  # 完成首块芯片的流片: its object
    ):
        thing = _ITS_PREDICATE.sub("", done_to.group("thing"))  # 出台的X措施已经证明，…: the measures
        verb_first = EVENT_VERB.match(_DONE_ADVERB.sub("", done_to.group("deed"))) is not None  # 已开工的X
        deed = thing + done_to.group("deed") if verb_first else done_to.group("deed") + thing  # 园区出台X措施
        return deed, event_class(deed, tagger) or "event"
    return None


_DONE_ADVERB = re.compile(r"^(?:已经|已|新|正式|刚刚|刚|率先|首次|成功|顺利|共|全面)+")
_ITS_PREDICATE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:已经|已|正在|再次|证明|表明|显示|说明|让|使).*$")
"""去年园区出台的X措施已经证明，…: what the thing is said to do, no part of it."""


def _joined_over_dates(spans: list[tuple[int, int]], dates: list[DateMention]) -> list[tuple[int, int]]:
    """到本年度完结时，即明年3月底: a date said again after a comma is one phrase, in one clause."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and any(d.start < start < d.end for d in dates):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _opens_and_closes(date: DateMention, until: str, what: str, published: Published) -> list[MilestoneHit]:
    """A window told as a range (申报时间为A至B, 公示期为A至B): what opens on its first day and
    closes on its last (`until`)."""
    closes = DateMention(date.start, date.end, until)
    return [
        MilestoneHit(date, f"{what}开始", "open", is_ahead(date, published)),
        MilestoneHit(closes, f"{what}截止", "target", is_ahead(closes, published)),
    ]


def _deeds_listed_apart(text: str, dates: list[DateMention]) -> str:
    """该项目于2024年3月开工、2025年12月封顶: a 、 between two dated deeds parts two clauses, as a
    comma would (the same length, so that the dates' places hold)."""
    for before, date in pairwise(dates):
        between = text[before.end : date.start - 1]
        if text[date.start - 1 : date.start] == "、" and EVENT_VERB.search(between) and not _ITEM_MARK.search(between):
            text = f"{text[: date.start - 1]}，{text[date.start :]}"
    return text


def find_milestones(
    text: str,
    dates: list[DateMention],
    published: Published,
    tagger: Tagger | None = None,
    interviewed: bool = False,
) -> list[MilestoneHit]:
    """One milestone per date phrase that times an event (2021年9月…印发…，同月…开工: two).
    Targets: dates introduced by 到/预计/力争, or lying after publication, or in a clause that
    says 将 of a date not yet past. In an interview (`interviewed`) 我们 is the body asked, not
    the writer."""
    hits: list[MilestoneHit] = []
    if text.rstrip("”」』）)").endswith(("？", "?")):
        asked = start_of_clause(text, len(text.rstrip("”」』）)")) - 1)  # the clause that asks
        stated = [] if _ASKING.search(text, 0, asked) else [d for d in dates if d.end < asked]
        if not stated:
            return hits  # a question reports no event
        text, dates = text[:asked], stated  # X去年今日正式开园，一年来发生了哪些变化？: the opening is told
    text = _deeds_listed_apart(text, dates)
    read: list[tuple[int, int]] = []  # the date phrases read so far, with the dates inside them
    spans = _joined_over_dates(clause_spans(text), dates)
    titles = [(m.start(), m.end()) for pattern in (_TITLE, _YEAR_NAMED) for m in pattern.finditer(text)]
    dates = [d for d in dates if not any(start < d.start < end for start, end in titles)]  # 《…（2027—2029年）》
    for date in dates:
        if date.anniversary or any(start <= date.start < end for start, end in read):
            continue
        if _PLAN_PUT_OFF.match(text, date.end):
            continue  # 展览厅将于本月初开放的计划押后，改为明年一月中旬开放: the day given up, no event
        if mistold := _MISTOLD.search(text, start_of_clause(text, date.start), date.start):
            if corrected := _CORRECTED.search(text, date.end):  # 误指X由本月二十日起实施，正确日期应为明年一月一日
                deed = re.sub(r"^[起开始]+", "", text[date.end : clause_end(spans, date.end)]).rstrip("，,。")
                corrected_on = next((d for d in dates if d.start == corrected.end()), None)
                about = _REPORT_ABOUT.search(text, 0, mistold.start())  # 有关X加密班次的新闻中: X's, not 新班次's
                what = about["topic"] if about else mistold["what"]
                if corrected_on is not None and deed:
                    hits.append(MilestoneHit(corrected_on, what + deed, "change", is_ahead(corrected_on, published)))
                    read.append((corrected_on.start, corrected_on.end))
            continue  # the date a report gave wrongly: no event then
        if _SEASON_ALONE.fullmatch(text, date.start, date.end) and _DESCRIBES_A_NOUN.match(text, date.end):
            continue  # 参加者可观察冬季过境的候鸟: the season says which birds, no time of a deed
        if _MUST_BY.search(text, 0, date.start) and (window := _DONE_BEFORE.match(text, date.end)):
            joining = _JOINING.search(text, 0, date.start)  # 有意参加听证会的人士须于12月11日前报名: its call
            called = (joining["what"] if joining else "") + window["what"] + "截止"
            hits.append(MilestoneHit(date, called, "target", is_ahead(date, published)))
            read.append((date.start, date.end))  # 求职者须于12月15日前通过…报名: the call closes then
            continue
        if date.until and _NOTICE_PERIOD.search(text, max(0, date.start - 8), date.start):
            # 现对X进行公示，公示期为12月7日至12月18日: X's notice opens and closes (公示期：A至B, a bare one)
            shown = _PUT_ON_NOTICE.search(text, 0, date.start) or _LISTED_FOR_NOTICE.search(text, 0, date.start)
            hits.extend(_opens_and_closes(date, date.until, f"{shown['what'] if shown else ''}公示", published))
            read.append((date.start, date.end))
            continue
        if not date.until and _NOTICE_CLOSES.search(text, max(0, date.start - 8), date.start):
            # 公示首批X名单，…，公示期至12月9日: X名单's notice closes then
            shown = (
                _PUT_ON_NOTICE.search(text, 0, date.start)
                or _LISTED_FOR_NOTICE.search(text, 0, date.start)
                or _NOTICE_OF.search(text, 0, date.start)
            )
            closes = f"{shown['what'] if shown else ''}公示截止"
            hits.append(MilestoneHit(date, closes, "target", is_ahead(date, published)))
            read.append((date.start, date.end))
            continue
        if not date.until and _SHOW_RUNS_TO.search(text, max(0, date.start - 8), date.start):
            # 以“X”为主题的摄影展昨日开幕，展期至明年1月10日: the show closes then
            themed = _THEMED_SHOW.search(text, 0, date.start)
            shows = [_SHOW_LEAD.sub("", show) for show in _SHOW_TOLD.findall(text, 0, date.start)]
            what = f"“{themed['theme']}”{themed['show']}" if themed else shows[-1] if shows else ""
            if len(what) >= 4:  # a show named, not 展览 alone
                hits.append(MilestoneHit(date, what + "闭幕", "hold", is_ahead(date, published)))
                read.append((date.start, date.end))
                continue
        if (closing := _CLOSING_DAY_IS.search(text, max(0, date.start - 12), date.start)) and (
            what := closing["what"]
            or next(iter(re.findall(r"报名|申请|申报|预约|登记|征求意见", text[: closing.start()])[-1:]), "")
        ):
            if what == "征求意见" and (drafts := _DRAFT_TITLED.findall(text, 0, closing.start())):
                what = drafts[-1] + what  # 就《X（修订草案）》公开征求意见，截止日期为…: the draft's consultation
            hits.append(MilestoneHit(date, what + "截止", "target", is_ahead(date, published)))
            read.append((date.start, date.end))  # 即日起接受网上报名，截止日期为本月18日: the call closes then
            continue
        if text.endswith(_FROM_TODAY_TO, 0, date.start) and (
            window := _WINDOW_AFTER.match(text, date.end) or _WINDOW_BEFORE.search(text, 0, date.start)
        ):
            what = window["what"]
            if what == "征求意见" and (drafts := _DRAFT_TITLED.findall(text, 0, date.start)):
                what = drafts[-1] + what  # 起草了《X（征求意见稿）》，即日起至…公开征求意见: the draft's
            hits.append(MilestoneHit(date, what + "截止", "target", is_ahead(date, published)))
            read.append((date.start, date.end))  # 公众即日起至12月31日可经网上报名: the call closes then
            continue
        if (
            date.until
            and (call := _CALL_PERIOD.search(text, max(0, date.start - 6), date.start))
            and (schemes := _QUOTED_SCHEME.findall(text, 0, call.start()))
        ):
            deed = f"{schemes[-1]}开始接受{call['what']}"  # 「X计划」…，申请期由下月5日至明年2月15日: X opens
            hits.append(MilestoneHit(date, deed, "open", is_ahead(date, published)))
            read.append((date.start, date.end))
            continue
        if (
            date.until
            and text.endswith(("可于", "可在", "可以在", "可以于"), 0, date.start)
            and (window := _MAY_APPLY_THEN.match(text, date.end))
        ):  # 员工可于1月5日至1月20日通过…平台提交申请: the call opens and closes
            hits.extend(_opens_and_closes(date, date.until, window["what"], published))
            read.append((date.start, date.end))
            continue
        if (
            date.until
            and (call := _CALL_TIME.search(text, max(0, date.start - 12), date.start))
            and call.start() == start_of_clause(text, call.start())
        ):  # 首批申报时间为1月4日至1月29日: the call opens on the first day and closes on the last
            hits.extend(_opens_and_closes(date, date.until, (call["which"] or "") + call["what"], published))
            read.append((date.start, date.end))
            continue
        if text[: date.start].endswith(_HOLDS):
            continue  # 8月27日，园区召开2032年下半年重点工作推进会; 举行2032年第四季度…签约活动: its name
        if text.startswith("度", date.end) and len(dates) > 1:
            continue  # 3月上旬，园区启动2033年度“X”申报: the call's year, its month dates the deed
        if (
            date.end > date.start
            and YEARS_OCCASION.match(text, date.end)
            and any(d is not date and d.end <= date.start for d in dates)
        ):
            continue  # 4月26日下午，园区2039年第二季度重大项目集中签约活动举行: the occasion's name
        if any(d.end < date.start and _RANGE_TO.fullmatch(text, d.end, date.start) for d in dates):
            continue  # 今晚10时起至明早6时，…实施管制: the range's end, its start dates the deed (and 当晚 the
            # change in 当晚将延长运营至次日凌晨1时)
        batch = (
            _ORDINAL_AFTER.match(text, date.end)
            and (
                text[: date.start].endswith(("将", "把", "对", "为", "了", "举行", "举办", "召开", "启动"))
                or _NAME_BEFORE.search(text, 0, date.start)
            )
        ) or text[: date.start].endswith("现将")  # 现将2027年拟开工项目公示如下: the year names the projects
        if (
            text[date.end : date.end + 1] in ("的", "《")
            and not _STEP_OF_A_STORY.search(text, 0, date.start)
            and not (start_of_clause(text, date.start) == date.start and _OCCASION_OF_THEN.match(text, date.end))
        ) or batch:
            continue  # 8月的深圳河, 今年《施政报告》, 将2026年第三批…公布: the date qualifies a noun
        phrase = date_phrase(text, date, dates)
        if around := _occasion_told(text, date, phrase, tagger):  # an occasion or a deed the date only qualifies
            hits.append(MilestoneHit(date, *around, is_ahead(date, published)))
            read.append((date.start, date.end))
            continue
        aimed = _TARGET_CUE.search(text[max(0, phrase.group_start - 4) : phrase.group_start])
        if (
            text[: phrase.end].endswith("以来")
            or (
                text[: phrase.end].endswith("年度")
                and not aimed  # 目标在2028/29年度落成: a target
                and not (not is_past(date, published) and _FUTURE.search(text, 0, date.start))
            )  # 并将于下年度向立法会提交…; 会在2027至28年度成立…; 预计明年动工，并于2041至42年度落成: to come
            or text.startswith((*_PERIOD, "至今"), phrase.end)
            or _MONTHS.search(text, date.start, date.end)
            or _MONTHS_SPAN.search(text, max(0, date.start - 3), date.start)
            or (
                _HOLIDAY.search(text, date.start, phrase.end)
                and not _OCCASION_TIME.fullmatch(text, date.start, date.end)  # 活动期间，园区还发布了…: its day
                and not (
                    _SCHOOL_OR_FESTIVAL.search(text, date.start, date.end)
                    and (
                        _FUTURE.search(text, start_of_clause(text, date.start), date.start)
                        or (
                            text.startswith("并", start_of_clause(text, date.start))
                            and _FUTURE.search(text, 0, date.start)  # 明年将…，并于暑假期间开设…: to come too
                        )
                    )
                )  # 预计暑假期间完成: by then (not 有望在“十五五”期间…, a plan's years)
            )
            or text[date.start : date.end] == "同期"
        ):
            continue  # 今年以来，…; 去年全年…; 年初至今; 2025至26财政年度: a period, not one event's time
        before = text[max(0, phrase.group_start - 4) : phrase.group_start]
        if (
            _CALLED_OFF.search(before)
            and (put_off := _put_off(text, phrase, spans))
            and (
                [d for d in dates if d.start >= start_of_clause(text, date.start)] == [date]  # no new date after
                or put_off.endswith("取消")  # 原定…的X因…而取消，会于明年另定日期举行: called off today, all the same
            )
        ):  # 园区今日暂停开放，原定今日下午举行的X延期举办: news of the day
            told = DateMention(date.start, date.end, published.iso)  # 原定明日…的X将延期，新日期另行公布
            hits.append(MilestoneHit(told, put_off, "change", False))  # the news is today's
            continue
        if _NEGATED.search(before):
            continue  # 会议中心并非于本月底启用，而是…: what will not happen then
        if before.endswith(_MOVED_TO) and (denied := _DENIED.search(text, 0, phrase.start)):
            what = re.sub(r"^(?:指|称|表示|强调)", "", denied.group("what"))  # …作出澄清，指X并非…
            moved = f"{what}{denied.group('deed')}推迟至"  # …并非于本月底启用，而是…延至下月中旬
            hits.append(MilestoneHit(date, moved.removesuffix("至"), "change", is_ahead(date, published)))
            read.append((date.start, date.end))
            continue
        if COMPARED_WITH_ANOTHERS.match(text, start_of_clause(text, date.start), phrase.group_start):
            continue  # 较X今年6月最近一轮融资的估值溢价约15%: the date is of what it is compared with
        if before.endswith(("距", "距离")):
            continue  # 距离春节还有不到三周: the day counted to, no event of the article's
        if _REPORTED.search(before) and _REPORT_OF.match(text, date.end):
            continue  # 7月24日，X发布上半年经济运行数据: the period the figures cover, no event of theirs
        if before.endswith(("每年", "每年的", "每逢")):
            continue  # 比赛将固定在每年端午节举行: every year's day, no one event
        if before.endswith("创") and text.startswith(("新高", "新低", "纪录", "最高", "最好"), date.end):
            continue  # 创年内新高: a record of the period, no event
        if text.startswith("止", phrase.end) and before.endswith("至"):
            continue  # 有效期…至2030年4月30日止: when it ends, no event
        until_done = before.endswith(("直至", "直到")) and (
            text[: clause_end(spans, date.start)].rstrip("，,").endswith("后") or text.startswith("才", date.end)
        )  # 直至7月X推出后; X直至前年底才全面落成: it happened then
        if (_AS_OF.search(before) and not until_done) or _OBJECT.search(before) or _CALLED_OFF.search(before):
            continue  # 截至6月: when a figure was true; 以2025年作为…: a date as an object (直至7月X推出后: X's)
        others = [(d.start, d.end) for d in dates if not phrase.start <= d.start < phrase.end]
        label = event_label(text, phrase, spans, others)
        if label is None or any(hit.date.iso == date.iso and hit.label == label.text for hit in hits):
            continue
        after = text[clause_end(spans, phrase.start) :]  # what follows the date's clause
        announces = after[:1] in ("：", ":") or (  # “明年将推动两件事。”负责人介绍，一是…
            not after.strip("。”」 ") and _THINGS_TO_DO.search(label.text) is not None and "等" not in label.text
        )
        if (
            _LIST_LEAD.search(label.text)
            or (_FOLLOWING_ARE.match(after) and not _HOW_TO.match(after))  # 以下是5大看点：: the items are the events
            or (announces and _COUNTED_ITEMS.search(label.text))
            or _FOLLOWING_IS.match(label.text)
        ):
            continue  # 2027年，园区将重点抓好以下工作：…; 明年将办好五件实事：…: the items are the events
        if (since := _YEARS_SINCE_A_DEED.fullmatch(label.text)) and len(date.iso) == 10:
            years = int(chinese_number(since.group("years")))
            when = f"{int(date.iso[:4]) - years}{date.iso[4:]}"  # 9月6日，X迎来开园一周年: X opened a year before
            hits.append(MilestoneHit(replace(date, iso=when), since.group("what") + since.group("deed"), "open", False))
            continue
        if _TIME_PASSING.match(label.text) or _ANNIVERSARY.search(label.text) or _SHARE_DONE.search(label.text):
            continue  # 2026年即将过去; 迎来开通一周年; 其中约六成已完成招租: time going by, a date again, a level
        if (
            _THE_PAPERS_OWN.search(label.text)
            or _BARE_START_OR_END.fullmatch(label.text)
            or _WHO_WAS_THERE.match(label.text)
            or _A_COUNT_ONLY.fullmatch(label.text)
            or _STAFF_AT_WORK.fullmatch(label.text)
            or label.text.endswith("有效期")  # 《X》有效期至2028年12月31日: how long it lasts, no event
        ):
            continue  # （以下四个关键词，详见本报明日刊发的下篇）: the paper's own next issue, no news (具体安排
            # 届时另行公布: details to come, no deed); 10:05
            # 活动正式开始: a step of an occasion whose holding was told; 现场有数十名市民…仍到场: who was there;
            # 明年计划增至五场, 本年度拟招收博士后30名: how many; 工程人员已完成维修: upkeep of nothing named
        if _SOLD_OUT.search(label.text) or _AN_OUTCOME_ONLY.match(label.text) or _PEAK_DAY.search(label.text):
            continue  # 门票已于上周售罄: demand; 预计今年内有结果: an answer awaited, no deed named
        if _DURATION_FIRST.match(label.text):
            continue  # …本周末举行，周六、周日两天免费开放: how long it is open, no event of its own
        if succeeded := _AFTER_AN_EARLIER_DEED.fullmatch(label.text):
            label = Label(succeeded.group("who") + succeeded.group("deed"))  # 这是X继去年6月完成B轮融资后…: X's B round
        if (_MAY_BY.match(label.text) or _THOSE_WHO_MAY.search(text, 0, date.start)) and text.startswith(
            ("前", "之前", "以前"), date.end
        ):
            continue  # 观众可于本月15日前在线预约: until then, no event
        if (edition := _EDITION_COUNTED.search(text, 0, date.start)) and label.text.startswith(edition["first"]):
            label = Label(edition["first"] + edition["what"] + label.text[len(edition["first"]) :])
        if _ANSWERED.match(label.text) and (
            filed := next(reversed([*_FILED_BEFORE.finditer(text, 0, date.start)]), None)
        ):
            label = Label(filed["what"] + label.text)
        if day_is := _DAY_IS.fullmatch(label.text):
            label = Label(day_is["what"] + "举行")  # 22日为深港青年科学家沙龙: the salon is held that day
        if _COPULA_FIRST.match(label.text) or _INSTRUCTION.match(label.text) or _STILL_AT_IT.search(label.text):
            continue  # 第四季度是全年冲刺的关键期: what a time is; 请于12月10日前联系…: a request
        label = _without_dated_attribute(label, text, dates, date)  # 前年启动的X…竣工: X…竣工
        if (timed := _ITS_TIME.fullmatch(label.text)) and EVENT_VERB.search(timed["what"]) is None:
            label = Label(timed["what"])  # 首批入住时间为明年2月: 首批入住, then
        if confirmed := _CONFIRMED_FIRST.match(label.text):
            label = Label(label.text[confirmed.end() :])  # …会议，确认X将于明年动工: X将动工, what was confirmed
        if delayed := _ITS_DAY_PUT_OFF.fullmatch(label.text):
            label = Label(delayed.group("what") + delayed.group("deed") + "将延期")  # X开幕日期将延至…: X开幕将延期
        if label.text.startswith("或") and not label.text.startswith("或者"):
            continue  # 已购票的市民可于…入场，或于本月底前申请退款: a choice offered, no event
        events_elsewhere = [
            d
            for d in dates
            if d is not date
            and d.end - d.start >= 2
            and text[d.end : d.end + 1] != "的"
            and not (d.end <= date.start and _DATED_ATTRIBUTE.match(text, d.end))  # 园区于7月初发布的《X》已于…施行
            and not text.startswith("年度", d.end - 2)  # 发表2027至28年度财政预算案: a document's year
            and not text.startswith("度", d.end)  # 启动2033年度“X”申报: the call's year
            and not YEARS_OCCASION.match(text, d.end)  # 召开2032年工作大会: the meeting's name
            and not text.startswith(("「", "“"), d.end)  # 公布2058年「河套创科奖」得奖名单: the edition's year
            and not text[: d.start].endswith(_HOLDS)  # 举行2032年第四季度…签约活动: the occasion's name
            and not _ORDINAL_AFTER.match(text, d.end)  # …2026年第四批重大项目集中开工: a batch's year
            and not _year_of(d, date, text)  # 今年计划在春节后启动…: 春节's year
            and not (d.start > date.end and _RANGE_TO.fullmatch(text, date.end, d.start))  # 今晚10时起至明早6时
        ]
        for year in (d for d in dates if _year_of(d, date, text)):
            label = Label(label.text.replace(text[year.start : year.end], "", 1))  # 园区计划…启动: 今年 went with 春节
        for said_on in (d for d in events_elsewhere if d.end <= date.start):  # 校方昨日宣布新校舍延至…启用
            said = re.escape(text[said_on.start : said_on.end])
            announced = re.search(rf"{said}[^，,。]{{0,4}}?{_SAYING}", label.text)
            if announced and len(label.text) - announced.end() >= 4:
                label = Label(label.text[announced.end() :])  # what was announced, on its own date: 新校舍…启用
        untitled = _TITLE.sub("《》", label.text)  # a year in a title is the title's
        if any(text[d.start : d.end] in untitled for d in events_elsewhere):  # 今年的大会: a qualifier, no event
            continue  # 主办方14日宣布，峰会将于明年11月举行: the other date's event, told by its own hit
        if _TOLD_WHY.search(label.text):
            continue  # 政府今日宣布，为配合X工程，Y将于下星期一封闭: why, told on the day; Y's own date times Y
        told_more = after[:1] in ("，", ",", "：", ":")
        firm_plan = False
        if _TELLING_ONLY.search(label.text) and not _TITLE_TOLD.search(label.text) and told_more:
            news = _news_told(label.text, text, spans, phrase.start, dates)
            if news is None:
                continue  # 創新科技及工業局昨日公布，…; 发展署2日发布消息，…: the day news was told
            label = Label(news)  # 中大今日宣布，将于…设立「…中心」: the plan is the news
            firm_plan = _PLAN.search(news) is not None
        if _HYPOTHETICAL.match(label.text) or _HYPOTHETICAL.search(text, 0, phrase.start):
            continue  # 如果到2030年两地能…: a condition, no target
        if _WILL_STUDY.search(label.text):
            continue  # 政府去年曾表示会研究兴建跨河行人天桥: a study said to come, nothing done or set then
        if _EVERY_TASK.search(label.text):
            continue  # 确保年内完成各项重点任务: every task, none a reader could follow
        if _AFTER_THAT_THEN.match(label.text):
            continue  # 并会在交汇处启用后再检讨服务需求: a step once something is done, of no date of its own
        if _SO_THEN.match(label.text):
            continue  # 今年因此增加名额: a consequence, told of the plan it follows
        if _THOSE_WHO_DID.search(label.text):
            continue  # 已预约8月3日至10日参观的观众，预约将自动取消: whom the dates describe, no deed
        if _PERIOD_ONLY.fullmatch(label.text):
            continue  # 咨询期由今日起至七月三十一日止: how long it runs, told with the deed that opened it
        if _REVIEWED.search(text, 0, date.start) and not EVENT_VERB.search(label.text):
            continue  # 回顾上半年，园区建设亮点纷呈：: a review's lead, its items are the events
        if _ROOM_FOR.search(label.text) and not EVENT_VERB.search(label.text):
            continue  # 她预计分部明年底前可容纳约一百间初创企业: room for them, a figure, no event
        if _STATEMENT_ONLY.search(label.text):
            continue  # X今早发表声明，指…: what it said is the news, told as statements, no event
        if _MY_WISH.search(text, 0, phrase.start):
            continue  # 我希望明年可以带着成果参加…: one person's wish, nobody's plan
        if PROPOSED.search(text, 0, phrase.start):
            continue  # 刘振华建议，从2027年起…; 本报认为，政府应…争取在2030年代初…: a proposal, nobody's plan
        opens = start_of_clause(text, date.start)
        writer = _WRITER_DOING.search(text, opens, phrase.end + 4) or _WRITER_DOING.match(label.text)
        mine = (
            writer
            and not (interviewed or is_quoted_speech(text))
            and not _WITNESSING.match(text, writer.end())  # 我们在这里共同见证X揭牌: X's, in a speech
        )  # 「我们在今年四月搬进…」X创办人Y说: the speaker's
        level = _RATE_LEVEL.search(label.text) and not _aimed(label.text) and "目标" not in label.text
        budget = _YEARS_AHEAD.match(text, date.start) and _SET_ASIDE.search(label.text)
        if _CLOSES_ON.search(text, max(0, phrase.group_start - 6), phrase.group_start):
            continue  # 报名截止至2月28日: a deadline, no event
        if _HERE.search(label.text) or _BORN.match(text, date.end) or _NEWS_OF_NEWS.search(label.text):
            continue  # 来到这里, 这里还是一片河滩地 (see _HERE); 1998年出生的X: an age
        if _BARE_TELLING.fullmatch(label.text):
            continue  # 地政总署公布，该幅用地共收到6份标书; 有测量师估计，…: a telling, what it tells no event
        if _SHARE_OF_THEM_SAY.search(label.text):
            continue  # 今年参加者中约七成表示…: what a survey found, no event
        if _WHAT_IT_SHOWED.search(label.text):
            continue  # X公布的调查显示，…: what a survey found is told next, no deed of X
        if _RESPECTIVE_VALUES.search(label.text):
            continue  # 2023年、2024年及2025年，公司收入分别为1.2亿元、…: each year's figure, no event
        if _TIME_SPENT.match(label.text):
            continue  # 有乘客表示，…今早花了接近一小时: how long it took someone, no event
        counted = (
            _STATISTIC.match(label.text) or _TALLY.search(label.text) or _NEW_ONES_COUNTED.match(text, date.end)
        ) and (
            not is_ahead(date, published) or "共安排" in label.text  # 明年共安排重点项目42个: a plan's tally too
        )
        yielded = (
            len(date.iso) < 10
            and _OUTPUT_OF_A_PERIOD.search(label.text)
            and not is_ahead(date, published)
            and not _aimed(label.text)  # 力争服务人才超过2万人次: an aim
        )
        if yielded and not mine:  # 去年发表论文21篇，并与两家药企签订合作协议: the tally aside, the deed after it
            deeds = [d for d in _also_told(text, spans, phrase.start, dates) if not _OUTPUT_OF_A_PERIOD.search(d)]
            hits.extend(MilestoneHit(date, deed, event_class(deed, tagger) or "event", False) for deed in deeds)
        if mine or counted or yielded or level or _MARKET_MOVE.search(label.text) or budget:
            continue
        hearsay = (
            _HEARSAY.search(label.text)
            or _HEARSAY.search(text, 0, phrase.start)
            or _LOOKED_FORWARD_TO.search(text, 0, phrase.start)  # 我们期待，到2040年，河套能成为…: a wish
            or (_SOURCES_SAY.search(text, 0, phrase.start) and _HEDGED.search(text))
        )
        if (
            _PLEASANTRY.match(label.text)
            or _REPORTER.match(label.text)
            or hearsay
            or _ASKS_THE_READER.search(label.text)
            or _DAYS_OFF.fullmatch(label.text)
            or ((_MANY_UNNAMED.match(label.text) or _MANY_OCCASIONS.search(label.text)) and date.approximate)
            or (_THEIR.match(label.text) and not EVENT_VERB.search(label.text))
        ):
            continue  # 今天很高兴出席…: a greeting; 本报记者近日走访园区: the paper's doing; 网上流传…: hearsay
        period_figure = (_PERIOD_DATE.search(text, date.start, date.end) and _COUNTED.search(label.text)) or (
            _STATISTIC_DATE.search(text, date.start, phrase.end) and _AMOUNT.search(label.text)
        )
        if period_figure and is_past(date, published):
            continue  # 今年首季，园区新签约项目23个: a quarter's statistic, not an event
        entry = text[: phrase.start].rstrip()[-1:] in ("", "：", ":") and text[phrase.end : phrase.end + 1] in (
            "：",
            ":",
        )
        text_of_label = label.text
        if _VALUE_ONLY.match(text_of_label) and (measured := _measured_before(text, opens)):
            text_of_label = measured + _VALUE_ONLY.sub("", text_of_label, count=1)  # 目前…约95万平方米，到2028年将超过…
        elif _VERBS_ONLY.fullmatch(text_of_label):  # …项目已获批，…，2029年建成投用: whose building is told before
            if what_is_built(subject_before(text, opens), text_of_label):  # none where another of its kind is meant
                text_of_label = doer_before(text, opens, text_of_label) + text_of_label  # 公司将建设X总部，…建成: X总部
        elif (
            CHRONICLE.match(text)
            and (
                _NO_SUBJECT_OPENING.match(text_of_label)
                or _opens_with_verb(text_of_label, tagger)
                or text_of_label.startswith(("方案", "规划", "项目", "工程"))  # 从2026年的方案获批: its plan
            )
            and (whose := _STORY_OF.search(text))
        ):
            text_of_label = whose.group("who") + text_of_label  # 从…，到2027年4月在园区挂牌，…，X三年间…: X's
        elif (
            text[opens : phrase.start].strip() in ("", "将")
            and _NO_SUBJECT_OPENING.match(text_of_label)
            and not (date.start == 0 and text[date.end : date.end + 1] in ("，", ","))  # 交易会开幕当天，还将…
        ):
            text_of_label = _doer_first(text, opens, text_of_label, 24)  # 首届「X展」，将于…在…举行: the exhibition's
        elif not text[opens : phrase.start].strip() and _opens_with_verb(text_of_label, tagger):
            text_of_label = _doer_first(text, opens, text_of_label, 16)  # X访问团，前日（14日）到访…
        if (next_one := _NEXT_ONE.match(text_of_label)) and (held := _OCCASION_WORD.findall(text, 0, phrase.start)):
            text_of_label = next_one.group(0) + held[-1] + text_of_label[next_one.end() :]  # 下一次开放日预计…举行
        text_of_label = without_the_saying(_without_leftovers(text_of_label))
        if calls := _CALL_RUNS.fullmatch(text_of_label):
            text_of_label = calls["what"] + "开始"  # 报名自12月8日起通过小程序进行: the call opens then
        if _BARE_VALUE.fullmatch(text_of_label):
            continue  # X数目如下：二〇二四年底约四百人；…: a value of a list, no event
        if len(date.iso) == 4 and _ARRIVALS_COUNTED.search(text_of_label):
            continue  # X今年已吸引约六十间机构落户: a year's count, a figure, no event of a day
        if _REQUEST.search(text_of_label):
            continue  # 冷藏样本请于12月9日前转移至…: what a notice asks its readers to do, no event
        if _COUNT_ON_OFFER.search(text_of_label) and not _FUTURE.search(text_of_label):
            continue  # 当天，园区68家企业提供岗位1,200余个: what a fair offered, a figure, no event
        if (
            (to_be := _COUNT_TO_BE.fullmatch(text_of_label))
            and to_be["owner"] in ("", "园区", "公司")  # not 研究所预计增至一百人, whose name is found later
            and (now := _COUNTED_NOW.search(text, 0, phrase.start) or _COUNTED_NOW_AFTER.search(text, 0, phrase.start))
        ):
            counted_by = now["owner"] or ""  # X现时约有N名从业员，公司预计…: X's workers, not the firm's
            owner = counted_by if to_be["owner"] == "公司" and counted_by else to_be["owner"] or counted_by
            # 园区预计增至二百间: 园区进驻机构预计增至二百间
            text_of_label = owner + now["what"] + text_of_label[to_be.end("owner") :]
        if (
            _BILL_SUBMITTED.search(text_of_label)
            and "《" not in text_of_label
            and (bills := _A_BILL.findall(text, 0, phrase.start))
        ):
            text_of_label = text_of_label.replace("提交立法会", f"{bills[-1]}提交立法会", 1)  # 刊宪《X》，并将…提交
        if (bare := _BARE_COUNT.match(text_of_label)) and (
            counts := list(_COUNTED_DEED.finditer(text, 0, phrase.start))
        ):
            what, deed = counts[-1]["what"], counts[-1]["deed"]  # 冬季活动共吸引逾四万人次到访: 冬季活动, 到访
            text_of_label = what + bare["aim"] + deed + text_of_label[bare.end("aim") :]  # 预计人次将增加两成
        if whole := wholes_of_units(text_of_label, text[: phrase.start]):
            owner = whole[-1]["owner"]  # 宿舍共提供约四百个单位，首批两百个单位将…: its
            owner = subject_before(text, whole[-1].start("owner")) if _MODAL_ONLY.fullmatch(owner) else owner
            text_of_label = owner + text_of_label  # 设立「X公寓」，预计提供约一千个单位，首批单位…: X's
        marked = _MARKS_A_MILESTONE.search(text, phrase.end)
        if marked and marked["count"] and _A_SCENE.match(text_of_label) and _REACHED_BY_IT.match(marked["what"]):
            text_of_label = marked["count"] + marked["what"]  # 一家港企完成注册，园区港资企业数量由此突破1000家
        elif (
            marked
            and not marked["count"]
            and _A_SCENE.match(text_of_label)
            and _A_MILESTONE_DONE.search(marked["what"])
        ):
            text_of_label = marked["what"]  # 一架无人机…起飞，…，标志着X正式开通: X opens, the scene shows it
        if done_by := _DONE_BY_THE.match(text_of_label):  # 获得一等奖的“X”项目: “X”项目获得一等奖
            text_of_label = done_by.group("what") + done_by.group("deed")
        purpose = ""
        if granted := _told_next(text, spans, text.find(text_of_label[-4:], phrase.end), _GRANTING):
            text_of_label = f"{text_of_label}，{granted}"  # 自1月1日起，X超过香港部分，给予全额补贴: what is done
        elif (
            text_of_label.endswith(("签约", "合作", "拨款", "协议", "备忘录", "批复"))
            or _INVESTED.search(text_of_label)
        ) and (done_for := _told_next(text, spans, text.find(text_of_label[-4:], phrase.end), _PURPOSE)):
            text_of_label = f"{text_of_label}，{done_for}"  # 园区与X签约，共建Y中心: what it is for
            purpose = f"，{done_for}"  # what the deed is for, which does not class it (签约: a signing)
        if until_done:
            text_of_label = re.sub(r"(?:之|以)?后$", "", text_of_label)  # 直至7月X推出后，…: X推出
        awaited = text_of_label.startswith("待")  # 待园区第二批大楼本月尾落成后，…: the buildings' completion, to come
        text_of_label = text_of_label.removeprefix("待")
        if (planned := _PLANNED_BEFORE.search(text, 0, phrase.start)) and text_of_label.endswith(planned["verb"]):
            text_of_label += planned["what"]  # 原计划上月底公布赛程，因…延误至本月初才正式公布: 公布赛程
        event = event_class(text_of_label.replace(purpose, "", 1) if purpose else text_of_label, tagger) or (
            "hold" if entry else None
        )  # 12月12日：第二届X论坛
        if event is None and firm_plan:
            event = "launch"  # X公告称，公司拟在园区投资建设…: the plan made known is the news
        later = is_ahead(date, published)
        done = _DONE.search(label.text) is not None or _ALREADY.search(label.text) is not None
        cue = _TARGET_CUE.search(before)
        chronicle = cue and cue.group(0) == "到" and CHRONICLE.match(text) and not is_ahead(date, published)
        only_then = cue and cue.group(0) in ("至", "到") and text.startswith("才", date.end)  # 延误至本月初才公布
        moved_then = (
            chronicle
            or (only_then and not later)
            or (
                cue
                and (cue.group(0) == "至" or (cue.group(0) == "到" and _ALREADY.search(label.text)))
                and is_past(date, published)
                and not _aimed(label.text)
            )
        )  # 推迟至2021年3月; 到11月底，…已超过120万平方米; 从2023年…，到2025年…: when it was so
        since_then = is_past(date, published) and _SINCE_AFTER.match(text, phrase.end)  # 计划自2025年推出以来
        named_plan = (
            cue
            and cue.group(0) == "计划"
            and is_past(date, published)
            and (
                _RECEIVED.search(label.text)
                or _SCHEME_NAMED.search(text, 0, phrase.group_start)
                or _THE_PLAN_TOLD.search(text, 0, phrase.start)
            )
        )  # 津贴计划于去年四月推出: the scheme's launch, told after its name; 该计划于今年3月启动: the plan's
        aimed_then = cue and not moved_then and not since_then and not named_plan
        is_target = bool(
            aimed_then  # 推迟至2021年3月, told in 2026: when it happened, no aim
            or later
            or (_aimed(label.text) and not is_past(date, published) and date.iso != published.iso)
            or (_aimed(label.text) and _THIS_WEEK.match(text, date.start))  # 将于本周内启动…: within days
            or (_aimed(label.text) and _LATER_TODAY.match(text, date.start))  # 今天下午3点，X将开放预约
            or (_PLANNED_AFTER.match(text, date.end) and not is_past(date, published))  # 今年内计划接收…
            or (_ITS_PLAN_AFTER.match(text, date.end) and not is_past(date, published))  # 今年园区计划新开工…
            or (text.startswith("近期", date.start) and _aimed(label.text))  # 近期将推进…
            or (awaited and not is_past(date, published))
            or (_within_the_year(text, date) and not is_past(date, published) and not done)
            or (_goes_on_from_a_plan(text, opens) and not is_past(date, published) and date.iso != published.iso)
        )
        if text[date.start : date.end] == "即日起":
            is_target = False  # 计划即日起接受申请: under way, whatever the words say
        whole_period = len(date.iso) == 4 or _PERIOD_DATE.search(text, date.start, date.end)
        a_round = "融资" in label.text  # 去年完成约一亿港元A轮融资: a deal, not a year's total
        reached = (event == "reach" and _AMOUNT_OR_COUNT.search(label.text)) or _COUNT_REACHED.search(label.text)
        crossed = _ROUND_MARK_CROSSED.search(label.text)  # 次年，深港联合实验室数量突破50家: a mark passed
        first_time = "首次" in label.text  # 2025年初，团队首次…实现了16个光子的稳定操控: a first, no year's figure
        if reached and not is_target and whole_period and not a_round and not crossed and not first_time:
            continue  # 今年承担的国家级项目达到47项, 2025年研发投入达186亿元: a year's figure, no event
        if date.until and not is_target and "累计" in label.text and _AMOUNT_OR_COUNT.search(label.text):
            continue  # 2024—2026年，园区累计引进人才5,200余名: a total over the years, no event
        if (not is_target and _PERIOD_COUNT.search(label.text)) or _VARIOUS_COUNT.search(label.text):
            continue
        if (_TAKINGS_CHANGED.search(label.text) or _TAKINGS.search(label.text)) and (
            _AMOUNT_OR_COUNT.search(label.text) or _SIZE_OF_A_CHANGE.search(label.text)
        ):
            continue  # 去年营业额按年增长一倍至一亿二千万港元; 力争全年固定资产投资突破200亿元: a figure, no event
        if _SUM_OF_THEM.search(label.text):
            continue  # 现场签约项目金额超过30亿元: how much the deals were worth, a figure
        if _A_RECORD.match(label.text) or (_SUM_OF_A_PERIOD.fullmatch(label.text) and not is_target):
            continue  # …31家，创年内单月新高; 第三季度研发投入25.3亿元: what a figure was, no event
        if "是否" in label.text:
            continue  # 会视乎天气情况决定明日是否重开: whether it will be, no event
        if text.startswith("当年", date.start) and "每年" in text[: date.start]:
            continue  # 补贴每年申报一次，…在当年9月底前发放: each year's schedule, no one event
        if (_RECURRING.search(label.text) and not is_target) or _RECURRING_OCCASION.search(label.text):
            continue  # 自2024年起，园区每年11月举办…: a schedule, no one event (2027年起每年新增…: an aim); 今年初起
            # 多次出现淤塞: what recurred, no one event
        compared = text[max(0, date.start - 1) : date.start] in ("与", "和", "同", "跟") and text.startswith(
            COMPARED_AFTER, date.end
        )
        lasting = (
            text[max(0, date.start - 1) : date.start] == "至"
            and _LASTS.search(text_of_label)
            and not text.endswith(_MOVED_TO, 0, date.start)  # 推迟至明年元旦开放: opens then
        )
        if (
            _WHILE.search(text, 0, clause_end(spans, phrase.end))
            and not EVENT_VERB.search(label.text)
            and (deeds := _also_told(text, spans, phrase.start, dates, is_target))
        ):
            mover = _ON_THE_WAY.match(text_of_label)  # 一辆货车昨晚驶经X入口时，…撞向…后翻侧: the lorry overturned
            for deed in deeds:
                deed = mover["who"] + deed if mover else deed
                hits.append(MilestoneHit(date, deed, event_class(deed, tagger) or "event", is_target))
            read.append((phrase.start, phrase.end))
            continue  # the clause tells when it happened, the next one what
        if _ONLY_SAID.search(label.text):
            continue  # X昨日证实，已于上月底撤出园区: the saying is no deed; what was said is (its own clause)
        if _BULLETIN_ONLY.search(label.text) and text[
            clause_end(spans, phrase.end) : clause_end(spans, phrase.end) + 1
        ] in (
            "，",
            ",",
            "：",
            ":",
        ):
            continue  # 生态环境局5日发布通报，今年1至10月…: what the bulletin says is the news, not its issue
        if _DOORS_OPEN.search(text_of_label):
            continue  # 开放日当天上午9时开始入场: the hour doors open on the day told, no event of its own
        if _MANY_OF_THEM.search(label.text) and not EVENT_VERB.search(label.text):
            continue  # 当天上午就收到简历数以百计: how many, no deed
        if _WEATHER.search(text_of_label) or compared or _MEETING_ENDS.search(text_of_label) or lasting:
            continue  # 最低气温将降至5℃: the weather; 与三年前相比，…: the base of a comparison
        if (went := _WENT_TO.fullmatch(text_of_label)) and (
            signed := _signed_there(text, spans, text.find(text_of_label[-4:], phrase.start), dates)
        ):
            deed = went["who"] + signed  # 隔日，代表团前往柏林，与X签署了…: the delegation signed there, then
            hits.append(MilestoneHit(date, deed, event_class(deed, tagger) or "sign", is_target))
            read.append((phrase.start, phrase.end))
            if event is None:
                continue
        if _DEADLINE.search(text_of_label) or (
            event is None
            and not (
                (is_target or (date.iso == published.iso and _aimed(label.text)))  # 今晚…会实施管制
                and _has_predicate(label.text, tagger)
                and not _TAKINGS.search(label.text)
            )
            and not _done_outright(label.text, tagger)
        ):
            continue  # 有效期至2028年12月31日, 截止日期为明年1月15日: a deadline, no event or target
        if along := _ALONG.match(text_of_label):  # 随着X本月通过验收，Y已全面落成: X's event, and Y's then
            text_of_label = text_of_label[along.end() :]
            result = _result_told(text, spans, phrase.start, dates)
            if result is not None:
                hits.append(MilestoneHit(date, result, event_class(result, tagger) or "event", is_target))
        also_dated = (
            [d for d in dates if d is not date and phrase.start <= d.start < phrase.end]
            if "分别" in text_of_label or _IN_BATCHES.search(text_of_label) or each_in_turn(text_of_label)
            else []
        )
        apart = (  # 开幕式和闭幕式分别于20日和22日举行; 先后于3月和6月举办A和B
            each_on_its_day(text_of_label)
            or each_in_turn(text_of_label)
            or _both_named(text_of_label, text[: phrase.start])
            if len(also_dated) == 1
            else None
        )
        if date.until and not is_target and _DONE_BY_THE_END.search(text_of_label):  # 3月至4月…完成了测试: by April
            date = replace(date, iso=date.until, until=None)
        hits.append(MilestoneHit(date, apart[0] if apart else text_of_label, event or "target", is_target))
        for each in also_dated:  # 前两宗已分别于6月和9月成交: each date an event of its own
            label_of_each = apart[1] if apart else text_of_label
            hits.append(MilestoneHit(each, label_of_each, event or "target", is_target or is_ahead(each, published)))
        for along in _ALSO_DONE_THEN.finditer(text, phrase.end):  # X揭牌成立，同时启用的还有Y: Y启用 that day
            also_done = along["what"].rsplit("的", 1)[-1] + along["verb"]
            hits.append(MilestoneHit(date, also_done, event_class(also_done, tagger) or "open", is_target))
        # …举行，现场发布了《X》: X's release then too
        for also in _also_told(text, spans, phrase.start, dates, is_target):
            told_apart = _THE_FIRM_FIRST.sub("", also) not in text_of_label  # 公司与Y签订…, told as X与Y签订…
            told_apart = told_apart and not (text_of_label in also and "见证" in also)  # 我们…见证X揭牌: X揭牌
            if told_apart and not _OPENED_TO_WELCOME.match(also) and not _RECURRING_OCCASION.search(also):
                # 11月3日，X上市: its own clause; 每月第二个周六…举办: a schedule, no event
                if (then := _AT_THAT_TIME.match(also)) and (doer := _DOER_OF.match(text_of_label)):
                    who = re.sub(r"(?:将|会|已|预计|计划)+$", "", doer.group("doer"))
                    also = who + also[then.end() :]  # 闭幕式将于11日举行，届时将发布《X》: 闭幕式将发布
                elif (doer := _DOER_OF.match(text_of_label)) and _opens_with_verb(also, tagger):
                    who = _WITH_ANOTHER.sub("", doer.group("doer"))  # 平台与五间企业签署…，并公布…: the platform
                    who = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:每年|每月|每季|每周)$", "", who)  # 将每年举办…，并增设…
                    also = who + also  # 联盟还发布了《X》，并启动首批…项目: the alliance starts them
                hits.append(MilestoneHit(date, also, event_class(also, tagger) or "event", is_target))
        read.append((phrase.start, phrase.end))
    return [
        hit
        for hit in hits
        if not _said_again(hit, hits)
        and not _STILL_AT_IT.search(hit.label)
        and not _ONLY_A_DRILL.match(hit.label)
        and not _subject_announced(hit, hits)
    ]  # 举行演练，模拟实验楼发生泄漏: what a drill pretends is no event


def _both_named(label: str, told: str) -> tuple[str, str] | None:
    """增设一所小学及一所中学，两校预计分别于2029年及2030年9月开课: the primary school opens then, the
    secondary school next, each named as the clause before counted them."""
    both = _BOTH.match(label)
    pair = _ONE_AND_ONE.findall(told)
    if both is None or not pair:
        return None
    where, first, second = pair[-1]
    rest = label[both.end() :].replace("分别", "", 1)
    return where + first + rest, where + second + rest


_BOTH = re.compile(r"^(?:两校|两所学校|两座大楼|两幢大楼|两者|二者)")
_ONE_AND_ONE = re.compile(
    r"(?:在(?P<where>[\u4e00-\u9fff]{2,6}?)(?:增设|兴建|新建|开设|设立))?一(?:所|座|幢|间|家)([\u4e00-\u9fff]{2,8}?)(?:及|和|与)一(?:所|座|幢|间|家)([\u4e00-\u9fff]{2,8}?)(?=[，,。；;]|$)"
)


def _said_again(hit: MilestoneHit, hits: list[MilestoneHit]) -> bool:
    """X将于本月中旬开幕，今年首次设在两个园区同时举办: the year of an occasion the sentence timed
    closer, told of with no subject of its own, is no event apart."""
    return bool(_NO_SUBJECT_OF_ITS_OWN.match(hit.label)) and any(
        other.date.iso.startswith(hit.date.iso) and len(other.date.iso) > len(hit.date.iso) for other in hits
    )


def _subject_announced(hit: MilestoneHit, hits: list[MilestoneHit]) -> bool:
    """保安局今日宣布，X的通关时间，由下星期一起延长至…: what was announced is only the subject of the
    deed the sentence dates apart; that deed is the news, the announcing no event of its own."""
    if (told := _ANNOUNCED_ONLY.match(hit.label)) is None:
        return False
    what = told["what"]
    return any(other is not hit and other.label.startswith(what) for other in hits)


_ANNOUNCED_ONLY = re.compile(r"^[^，,。]{2,20}?(?:宣布|公布|表示|透露)(?P<what>(?![《「“])[^，,。]{4,30})$")


_NO_SUBJECT_OF_ITS_OWN = re.compile(r"(?:首次|同时|还|并|也|亦)?(?:设在|在|于)")


_HOW_TO = re.compile(r"[，,]?(?:以下(?:是|为)|具体如下)[^。：:]{0,8}(?:安排|须知|详情|流程|指引|攻略)[：:]")
"""X将于明年3月入伙，以下为申请安排：: how to apply follows, the lead's deed is still one."""
_FOLLOWING_IS = re.compile(r"^以下(?:是|为)")
"""以下是行政长官今日在…的致辞: a transcript's lead, no event of its own."""
_COUNTED_ITEMS = re.compile(r"[一二三四五六七八九十两几\d]+(?:件|项|个方面|方面|大)[\u4e00-\u9fff]{0,4}$")
_ATTRIBUTE_FIRST = re.compile(r"^[^，,。的]{2,24}的[^，,。的]{1,12}?(?:将|已|会|预计|正式|于|在)")
_THINGS_TO_DO = re.compile(r"[一二三四五六七八九十两几\d]+(?:件|项|个)(?:大事|实事|事|工作|任务)$")
"""明年将推动两件事。: a lead whose items the next sentence tells (not 推出数十项便利措施)."""
_LIST_LEAD = re.compile(r"(?:以下|如下|下列)[\u4e00-\u9fff]{0,6}$")
_DONE = re.compile(
    rf"(?:{EVENT_VERB.pattern})了|已(?:经)?[^，,。；;]{{0,20}}?(?:{EVENT_VERB.pattern})|正式(?:{EVENT_VERB.pattern})"
)
"""签署了《…》, 已正式印发, 已与X签署租约: done by the day it was told."""


def _won_told(text: str, spans: list[tuple[int, int]], position: int, dates: list[DateMention]) -> str | None:
    """公布，X用地，由Y财团投得 (or X用地由Y投得): the plot or contract won, told in the clause
    after the telling or, its name told first, in the one after that; None if neither is."""
    following = _clause_after(spans, position)
    if following is None or any(following[0] <= d.start < following[1] for d in dates):
        return None
    told = text[following[0] : following[1]].rstrip("，,。；;：:")
    if _WON_BY.search(told):
        return told  # 由一间发展商与两间企业组成的财团投得: won, whatever counts name the winners
    after = _clause_after(spans, following[0])
    if after is None or any(after[0] <= d.start < after[1] for d in dates) or not text.startswith("由", after[0]):
        return None
    then = text[after[0] : after[1]].rstrip("，,。；;：:")
    return told + then if _WON_BY.search(then) else None


_WON_BY = re.compile(r"由[^，,。；;]{2,30}?(?:投得|批出|中标|竞得)$")
"""X用地由Y财团投得: a plot or contract won, told when it is."""
_A_COUNT = re.compile(
    r"(?:\d[\d.,]*|[一二两三四五六七八九十百千][零一二两三四五六七八九十百千]+|[二两三四五六七八九十])[万亿]?[个家名项间所位件人]"
)
"""105间, 一百零五间, 三家: a count (一家, one of them, is none)."""
_ALONG = re.compile(r"^(?:随着|伴随着?)")


_THE_PLAN_TOLD = re.compile(r"(?:该|此|这|本|上述|有关)项?计划(?:已经?)?(?:于|在)?$")
"""该计划于今年3月启动: 计划 is the plan told before, a noun, no aim."""
_DEAL_PLANNED = re.compile(r"^拟(?:以[^，,。；;]{1,20}?)?(?:收购|并购|出售|入股|增资|认购|出资|投资)")
"""X昨晚公布，拟以约3.2亿港元收购Y: a listed firm's deal, the news of its notice."""


def _undated_clause_after(
    text: str, spans: list[tuple[int, int]], position: int, dates: list[DateMention], after_means: bool = False
) -> str | None:
    """The clause after the one at `position` if it has no date of its own and tells an event
    (or a firm's plan: 公司拟在园区投资建设…): the date before it may time it too."""
    following = _clause_after(spans, position)
    if following is None or any(following[0] <= d.start < following[1] for d in dates):
        return None
    clause = text[following[0] : following[1]].rstrip("，,。；;：:")
    if (means := _MEANS_ONLY.search(clause)) and (
        then := _undated_clause_after(text, spans, following[0], dates, True)
    ):
        through = means.group(0).endswith(("主体", "载体"))  # 拟以子公司X为实施主体，在…投资建设: 拟在…投资建设
        return (clause[: means.start()] if through else clause) + then  # 公司拟以自有资金约5亿元，在园区设立…
    told = EVENT_VERB.search(clause) or _FIRM_PLANS.match(clause) or _WON.search(clause) or _DEAL_PLANNED.match(clause)
    return clause if told or (after_means and _BUILDS_THERE.match(clause)) else None


_BUILDS_THERE = re.compile(r"^在[^，,。；;]{2,20}?(?:投资建设|投资兴建|投建|建设|兴建)")
"""…为实施主体，在河套深圳园区投资建设X: what the means serve."""


def _clause_start(spans: list[tuple[int, int]], position: int) -> int:
    """Where the clause holding `position` starts."""
    return next((start for start, stop in spans if start <= position < stop), position)


def _clause_after(spans: list[tuple[int, int]], position: int) -> tuple[int, int] | None:
    """The span of the clause after the one holding `position`, if any."""
    end = clause_end(spans, position)
    return next(((start, stop) for start, stop in spans if start > end), None)


def _result_told(text: str, spans: list[tuple[int, int]], position: int, dates: list[DateMention]) -> str | None:
    """The main clause after a dated 随着 clause (随着X本月通过验收，Y已全面落成): what happened
    with it, at its time."""
    clause = _undated_clause_after(text, spans, position, dates)
    return clause if clause and len(clause) >= 6 else None


_CALLING_OFF = "延期|取消|押后|推迟|暂停"
_PUT_OFF = re.compile(rf"(?:将|已|宣布)?(?:{_CALLING_OFF})(?:举行|举办)?$")
_CALLED_OFF_BECAUSE = re.compile(rf"[，,]?(?:因|由于)[^，,。；;]{{2,24}}?而(?P<deed>{_CALLING_OFF})(?=[，,。；;]|$)")


def _put_off(text: str, phrase: Phrase, spans: list[tuple[int, int]]) -> str | None:
    """What was called off on a date given up, with no new date told (原定明日举行的「X展」将延期，
    新日期另行公布): 「X展」将延期, news of the day it was told; None if the clause says no such thing."""
    end = clause_end(spans, phrase.start)
    clause = text[phrase.start : end].rstrip("，,。；;")
    called = re.match(r"^[^，,。的]{0,16}的(?P<what>[^，,。]{2,30}?)$", clause[phrase.end - phrase.start :])
    if called is None:
        return None
    what = called.group("what")
    if not _PUT_OFF.search(what) and (why := _CALLED_OFF_BECAUSE.match(text, end)):
        what += why.group("deed")  # 原定…举行的「X」，因场地维修而取消: 「X」取消
    if not _PUT_OFF.search(what):
        return None
    what = re.sub(r"^(?:在|于)[^的]{0,12}", "", what)
    what = re.sub(rf"(?:因|由于)[^，,。]{{2,12}}?(?={_CALLING_OFF})", "", what)  # X因天气恶劣取消: X取消
    return what if len(what) >= 4 else None


_ON_THE_SPOT = re.compile(r"^(?:现场|会上|会上还|会后|仪式上|活动上|典礼上|当天|当日|同日|随后)(?:还|并|亦|也)?")


_SAID = re.compile(rf"{_SAYING}|指出|介绍|说|获悉")
"""Any verb of telling before a clause: what follows is told, each clause no deed of its own."""
_AND_THEN = re.compile(
    "并(?:将|会)?(?P<where>(?:在|与|同)[\u4e00-\u9fff]{2,10}?|为[^，,。；;]{2,24}?(?=授牌|颁奖|揭牌|颁发))?(?=(?:"
    + "|".join(
        v
        for cls, verbs in EVENT_CLASSES.items()
        if cls not in ("visit", "reach", "pilot")
        for v in verbs
        if v != "主持"
    )
    + ")(?:[\u4e00-\u9fff「“《0-9]|$))"
)
"""…，并举办首届…大会; …，并与两家药企签订合作协议; 并为首批10个项目授牌; 并发布2027年X清单: a
second deed at the first one's time."""
_CHANGE_ONLY = re.compile("|".join(EVENT_CLASSES["change"]))
_SOLD_AT = re.compile(
    rf"(?![将拟])[\u4e00-\u9fff]{{4,20}}?以(?:底价|总价|楼面价)?[约逾近]?[\d.,]+[万亿]*(?:港)?元(?:的价格)?(?:{SOLD})"
)
"""一宗科研用地以底价18.6亿元成交: a sale, its price told in its clause."""
_THE_FIRM_WORDS = frozenset({"公司", "该公司", "企业"})
_DOERS = frozenset({"园区", "政府", "管理局", "发展署", "主办方", "主办单位", "组委会", "大会"})
_A_NAMED_THING = re.compile(r"^(?!推动|推进|加快|建设|启动|打造)[^，,]*(?:路线|线路|巴士|专线|大楼|馆)$")
_MAX_SHARED_SUBJECT = 24
"""X巴士路线每日班次由四十班增至六十班，并延长服务时间: the route's, named whole (at most so long)."""
"""公司计划…设立办事处，并启动新一轮融资: the firm does both, which the pipeline names."""
_REPEALED = re.compile(r"原(?P<what>[《「“][^》」”]{2,40}[》」”])(?:同时|随即|亦|即行)?(?:废止|停止执行|失效)")
"""…施行，原《X》同时废止: the rules replaced end that day."""
_FOUNDED_THEN = re.compile(r"(?:创办|创立|创建|成立)了(?P<what>[\u4e00-\u9fff「」“”]{2,16})")
_OWN_DEED = re.compile(
    rf"(?![吸带推实完并共累已将同其另还也亦而再又均全预计拟标欢至由详具指届这此当随会可]|一连|连续|为期|持续)"
    rf"(?!(?:市民|公众|观众|游客|读者|学生|家长|乘客|居民|旅客|申请人|参加者)(?:均|亦|也)?(?:可|可以|可于|须|需))"
    rf"(?:(?!至今|已|由|会|另行|稍后|择期|日后|容后|详情|标志|欢迎|随|须|需|应|必须)[\u4e00-\u9fff「」“”《》]){{4,20}}?"
    rf"(?:{EVENT_VERB.pattern})了?"
)
"""A clause of its own subject and deed (国际人才社区一期建成交付), after one that a date times; not how
long the one timed goes on (举行…嘉年华，一连三日开放予公众参观), nor what the public may do then
(市民可经网上预约登桥参观)."""
_WON_THEN = re.compile(
    r"(?:来自[^，,。；;]{2,16}?的)?(?P<who>[\u4e00-\u9fff「」“”]{2,16}?)(?:(?:凭借|凭|以)[^，,。；;]{2,30}?|的[“「][^”」]{2,30}[”」](?:专利|项目|产品|作品))"
    r"(?:获得|荣获|摘得|夺得|斩获)[^，,。；;]{2,20}"
)
_WON_A_PRIZE = re.compile(
    r"(?:最终|最后)?(?P<who>[\u4e00-\u9fff「」“”]{2,16}?)(?:获得|荣获|摘得|夺得|斩获)了?总?"
    r"(?:冠军|亚军|季军|金奖|银奖|铜奖|[一二三]等奖|大奖|最佳[^，,。；;]{1,6}奖)"
)
"""…总决赛在杭州落下帷幕，来自园区的X凭借Y获得一等奖; …评选结果揭晓，X的“Y”专利获得金奖; …落下帷幕，
最终X团队摘得冠军: a prize won that day."""
_SIGNED_WITH = re.compile(
    r"(?![并且还亦也将其])(?!.*已)[\u4e00-\u9fff「」“”]{2,16}?与[\u4e00-\u9fff「」“”]{2,20}?(?:签署|签订)了?[\u4e00-\u9fff「」“”《》]{2,16}"
)
"""…举行两场签约仪式：园区与X签署合作协议: a signing of its own, with what was signed after it."""
_ISSUED_WITH = re.compile(
    r"(?![并且还亦也将其])[\u4e00-\u9fff「」“”]{2,12}?(?:同时|还|也|亦|并)?(?:发布|推出|印发|公布)了?《[^》]{2,40}》"
)
"""开港当天，…入驻，人才港同时发布了《X指南》: a release of its own, then too."""
_BARE_ISSUE = re.compile(r"(?:同时|现场)?(?:发布|推出|印发|公布)了?《[^》]{2,40}》")
_HELD_THEN = re.compile(
    r"(?:^|[，,。])(?P<holder>[^，,。；;]{2,20}?)(?:召开|举行|举办)[^，,。；;]{2,20}(?:大会|会议|论坛|峰会|年会|发布会)[，,]$"
)


_PLANNED_BEFORE = re.compile(
    r"原(?:计划|定|本)[^，,。]{0,12}?(?P<verb>公布|发布|举行|举办|开通|启用|完成|开放)(?P<what>[\u4e00-\u9fff]{1,8}?)(?=[，,。；;]|$)"
)
"""What was planned for another day, whose doing a later clause tells without its object."""
_MEETING_HELD = re.compile(
    r"(?:^|[，,])(?P<holder>[\u4e00-\u9fff]{2,12}?)(?:召开|举行)[^，,。；;]{0,20}?(?:会议|常务会|全会|办公会)(?=[，,]|$)"
)
_PASSED_AT_IT = re.compile(r"^(?:会议|会上)?(?P<deed>(?:审议通过|审议并原则通过|审议并通过|原则通过)了?)(?=[《“「])")
"""市政府召开常务会议，审议通过《X》: what the meeting passed, on its day, by who held it."""


_ITS_OWN_DOER = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:与|和|同)[\u4e00-\u9fff]{2,12}?(?:签订|签署)")
"""…；砺行生物与园区签订了…: an item with its own parties, not a deed of the clause before's time."""


def _also_told(
    text: str, spans: list[tuple[int, int]], position: int, dates: list[DateMention], aimed: bool = False
) -> list[str]:
    """Events of the clauses after a dated one that happened there and then (前晚，X举行，现场发布
    了《Y》; 签约仪式上，…；会上还启动了…), when they have no date of their own; of an `aimed`
    one, the plan's second deed even when told (表示，力争在2027年底前…，并启动…)."""
    told = []
    end = clause_end(spans, position)
    for start, stop in spans:
        if start <= end:
            continue
        if text[start - 1 : start] in ("。", "！", "？") or any(start <= d.start < stop for d in dates):
            break
        clause = text[start:stop].rstrip("，,。；;：:")
        if text[start - 1 : start] in ("；", ";") and _ITS_OWN_DOER.match(clause):
            break  # X计划今年三季度启动装修；Y与园区签订了…: another item, told with no date of its own
        if _SUM_OF_THEM.search(clause) or _STATISTIC.match(clause):
            continue  # 现场签约项目金额超过30亿元; 首轮共有520名科研人员获批: how many, a figure
        if _AFTER_THAT_THEN.match(clause):
            break  # 计划于2044年初增设…路线，并会在交汇处启用后再检讨…: not then
        then = text[_clause_start(spans, position) : end]
        if _DURING_IT.match(clause) and not _OCCASION_WORD.search(then) and then.rstrip("，,") not in _SAME_DAY:
            break  # 组委会将于本月下旬公布名单，展会期间还将发布…: the fair's time, not the list's
        if repealed := _REPEALED.fullmatch(clause):
            told.append(repealed.group("what") + "废止")  # 《X》自3月1日起施行，原《Y》同时废止: Y goes then
        elif (passed := _PASSED_AT_IT.match(clause)) and (held := _MEETING_HELD.search(text, 0, start - 1)):
            told.append(tidy(held.group("holder") + clause[passed.start("deed") :]))  # 召开常务会议，审议通过《X》
        elif (lead := _ON_THE_SPOT.match(clause)) and EVENT_VERB.search(clause, lead.end()):
            subject = subject_before(text, start)  # X举行，现场发布了《Y》: X现场发布了《Y》
            told.append(subject + clause if subject else clause[lead.end() :])
        elif (
            _FOUNDED_THEN.fullmatch(clause)
            and not _SAID.search(text, 0, start)
            and (founder := subject_before(text, start))
            and len(founder) <= _MAX_SHARED_SUBJECT
        ):
            told.append(founder + clause)  # X…在园区租下一间实验室，创办了Y: X founded Y then
        elif (won := _WON_THEN.fullmatch(clause) or _WON_A_PRIZE.fullmatch(clause)) and not _SAID.search(
            text, 0, start
        ):
            told.append(clause[won.start("who") :])  # 总决赛…落下帷幕，来自X的Y凭借Z获得一等奖: Y won then
        elif (
            _OWN_DEED.fullmatch(clause)
            or _SOLD_AT.fullmatch(clause)  # …举行土地挂牌出让，园区一宗科研用地以底价18.6亿元成交: sold then
            or _SIGNED_WITH.fullmatch(clause)
            or _ISSUED_WITH.fullmatch(clause)
        ) and not _SAID.search(text, 0, start):
            told.append(clause)  # 2026年，…，国际人才社区一期建成交付，跨境专用通道二期主体完工: each its own
        elif (
            _BARE_ISSUE.fullmatch(clause)
            and (held := _HELD_THEN.search(text, 0, start))
            and not _SAID.search(text, 0, start)
        ):
            holder = held["holder"]
            if (dated := date_words(holder)) and dated[0][0] == 0:
                holder = holder[dated[0][1] :].strip()  # 2月18日 园区召开…: 园区
            told.append(holder + clause)  # 园区召开2032年工作大会，发布《X》: the holder, there, then
        elif (and_then := _AND_THEN.match(clause)) and (
            not _SAID.search(text, 0, start) or (aimed and not _CHANGE_ONLY.match(clause, and_then.end()))
        ):  # 并启动…的设计工作: a second plan; 并扩大至…: the first one's detail
            subject = subject_before(text, start)  # 大会将举办…论坛，并发布《X》: the congress (named before) issues X
            if (did := _DOER_OF.match(subject)) and did["doer"] in _DOERS:
                subject = did["doer"]  # 主办方发布了《X》，并为…授牌: 主办方
            named = _A_NAMED_THING.search(subject) and len(subject) <= _MAX_SHARED_SUBJECT
            subject = subject if named or subject in (*BARE_NOUNS, *_THE_FIRM_WORDS, *_DOERS) else ""  # not 力争…
            where = and_then.group("where") or ""  # 并在港深创科园设立自助服务终端: there too
            if where[:1] in ("与", "同") and not subject:
                continue  # 并与园区签署…: with whom is told, who signed is not
            told.append(subject + where + clause[and_then.end() :])  # 年底前建成X，并举办首届Y大会: Y then too
    return told


_WENT_TO = re.compile(
    r"(?P<who>[\u4e00-\u9fff]{2,12}?)(?:随后|其后|先后)?(?:前往|抵达|来到|转往|转赴|赴)[\u4e00-\u9fff]{2,8}"
)
"""代表团前往柏林: where the doer went, told before what it did there."""
_SIGNED_THERE = re.compile(
    r"(?:并|随后|其后|之后|在当地)?(?P<deed>(?:与|同)[\u4e00-\u9fff「」“”]{2,20}?(?:签署|签订)了?[\u4e00-\u9fff「」“”《》]{2,20})"
)


def _signed_there(text: str, spans: list[tuple[int, int]], position: int, dates: list[DateMention]) -> str | None:
    """The signing the clause after a dated journey tells (…前往柏林，与X签署了…协议) when it has no
    date of its own: the journey's deed."""
    after = _clause_after(spans, position)
    if after is None or any(after[0] <= d.start < after[1] for d in dates):
        return None
    signed = _SIGNED_THERE.fullmatch(text, after[0], len(text[: after[1]].rstrip("，,。；;")))
    return signed["deed"] if signed else None


def _news_told(
    telling: str, text: str, spans: list[tuple[int, int]], position: int, dates: list[DateMention]
) -> str | None:
    """The plan a dated announcement tells in its next clause (宣布，将于港深创科园设立…中心), or
    the deed (公告称，子公司签署了《…》), when that clause has no date of its own (主办方14日宣布，
    峰会将于明年11月举行: the summit's own date times it) and says what is to be or was done."""
    clause = _undated_clause_after(text, spans, position, dates)
    following = _clause_after(spans, position)
    if clause is None and following and text[following[0] : following[1]].rstrip("，,：: ").endswith(telling):
        clause = _undated_clause_after(text, spans, following[0], dates)  # 春节后首个工作日，X传来好消息：…
    if clause is not None and clause.endswith(telling):  # 12月22日晚间，X发布公告称，…: the telling is the next
        clause = _undated_clause_after(text, spans, text.find(clause, position), dates)
    if clause is not None and _BY_DECISION.fullmatch(clause):  # 记者8日获悉，经市政府研究决定，任命X为…
        clause = _undated_clause_after(text, spans, text.find(clause, position), dates)
    if won := _won_told(text, spans, position, dates):
        return won
    if clause is None:
        return None
    if _APPOINTED.match(clause):
        return clause  # …获悉，…，任命X为Y署长: the appointment is the news
    if _GOOD_NEWS.search(telling) and (EVENT_VERB.search(clause) or _WON.search(clause)):
        return clause  # 园区传来好消息：园区企业研发的X获得注册证: what the good news is
    if clause.startswith("拟") and (teller := _TELLING_ONLY.sub("", telling)):
        return teller + clause  # X昨晚公布，拟以约3.2亿港元收购Y: X's plan
    if _FUTURE.match(clause):
        return telling + clause  # 中大宣布将于…设立…: whose plan, the teller's
    if (firm := _FIRM_PLANS.match(clause)) and (teller := _TELLING_ONLY.sub("", telling)):
        return teller + clause[firm.end() :]  # X公告称，公司拟在园区投资建设…: X's plan
    if (signed := _FIRM_SIGNED.match(clause)) and (teller := _TELLING_ONLY.sub("", telling)):
        return teller + clause[signed.end("firm") :]  # X7日晚间公告，公司与Y签订投资合作协议: X's signing
    if _PROCEDURE_BEGUN.search(clause) or _SOLD_AT.fullmatch(clause):
        return clause  # X发布公告，Y用地启动挂牌程序; 地政总署公布，X用地以约12.3亿元批出: done when told
    if _DONE.search(clause) and not _A_COUNT.search(clause) and not _SHARE_OF_WORK.search(clause):
        if clause.startswith("已"):  # X宣布，已与Y签署租约: X's deed
            return _TELLING_ONLY.sub("", telling) + clause
        return clause  # 公告称，子公司签署了《…协议》: done by the day it was told (…已进驻机构105间 is a count)
    return None


_SHARE_OF_WORK = re.compile(
    r"(?:完成|完工)了?[^，,。]{0,10}?的?(?:约|近|逾|超过)?(?:\d+(?:\.\d+)?%|[一二三四五六七八九]成|一半|过半|大半)"
)
"""记者昨日获悉，X目前已完成总工程量的70%: how far the works are, a figure, no deed of the day."""
_THE_FIRM_FIRST = re.compile(r"^(?:该公司|公司|其)(?=[\u4e00-\u9fff]{4})")
_BY_DECISION = re.compile(r"(?:经|根据)[\u4e00-\u9fff]{2,12}?(?:研究决定|决定|批准|同意)")
_APPOINTED = re.compile(r"(?:任命|委任)[\u4e00-\u9fff·]{2,6}为")
_FIRM_SIGNED = re.compile(
    r"^(?P<firm>该公司|公司|其)?(?:全资)?(?:子公司)?(?:与|同|和)[^，,。；;]{2,40}?(?:签订|签署|订立)"
)
"""公司与园区发展署签订投资合作协议, in a firm's announcement: signed by the day it was told."""
_PROCEDURE_BEGUN = re.compile(r"(?:启动|开始|展开)[\u4e00-\u9fff]{0,4}(?:程序|招标|申报|征集|出让|公示)$")


def _doer_first(text: str, opens: int, label: str, longest: int) -> str:
    """The label with the subject its clause left before it (a building, not its works, for what a
    building does when done), where one of 2 to `longest` characters is told."""
    if tells_no_doer(label) and (not label.startswith(("将有", "会有")) or _EXPECTS.search(text, 0, opens)):
        return label  # 预计3月初即可办理入住: no doer left out (园区将有两个平台…: the park's; 金管局预计，…将有…: not)
    doer = _ONE_OF_ITS.sub("旗下", doer_before(text, opens, label))  # X旗下的一间研究所，昨日宣布…: X旗下研究所
    told = (
        2 <= len(doer) <= longest or doer in ("他", "她") or (len(doer) <= 40 and bool(_A_BODY_LAST.search(doer)))
    )  # 他…，次年加入研究院: whom 他 is, named after; 德国…X协会旗下研究所，昨日宣布…: a body named whole;
    # 国际电工委员会…技术委员会第九次全体会议，昨日…闭幕: a meeting named whole; …两家企业之间的一起
    # 专利侵权纠纷，上周五在…一审宣判: a case named whole
    doer_first = doer + label if told and not label.startswith(doer) else label
    return what_the_authority_builds(doer_first, text, opens)  # 当局…，目标在2029年前投入使用: X's use


_WHAT_IT_SHOWED = re.compile(r"的(?:调查|数据|报告|研究|统计)(?:结果)?(?:显示|表明|指出)$")
_RESPECTIVE_VALUES = re.compile(r"分别(?:为|是|达到?|约为|约|录得)[约逾近]?[\d一二两三四五六七八九十]")
_TIME_SPENT = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,4}?)(?:花了|用了|等了|耗时|足足)(?:接近|将近|近|约|超过|逾)?[\d一二两三四五六七八九十半个多]+"
)
"""今早花了接近一小时: how long it took, no deed."""
_ONE_OF_ITS = re.compile(r"旗下的?一[间家所个]")
_A_BODY_LAST = re.compile(
    r"(?:研究所|研究院|协会|学会|大学|集团|有限公司|全体会议|大会|年会|峰会|论坛|博览会|交易会|纠纷|案件|(?<=[纷讼权罪窃骗])案)$"
)
_EXPECTS = re.compile(r"(?:预计|估计|预料|预期|相信)[，,]$")
"""金管局预计，: who tells what there will be, not who will have it."""


_OPENED_TO_WELCOME = re.compile(
    r"^(?P<opened>[^，,。]{2,24}?(?:开园|开馆|开幕|启用|揭牌|落成|开业|投用))(?:后|以来)?(?:即|便|就)?迎来了?[^，,。]{4,}$"
)
"""X开园迎来了一批项目的入驻: what opened; whom it welcomed is no part of the event's name."""
_ALONG_WITH = re.compile(r"随(?:着)?[^，,。]{2,20}?而(?=[\u4e00-\u9fff]{2})")
"""实验室随园区首批大楼启用而投入运作: the laboratory's start; the buildings' is another event."""


_A_REPORT_SAYS = re.compile(
    r"^(?:报告|文件|公告|通报|数据|统计)(?:又|亦|还|也)?(?:指出|指|提到|提及|显示|称)(?=[\u4e00-\u9fff]{4})(?!出)"
)
"""报告指…, 报告又提到…: what a report says was done is the deed; the report told it, no part of it."""
_RESULT_OF_A_TENDER = re.compile(r"的?招标结果(?=由[^，,。]{2,40}?(?:投得|中标|夺得))")
_SINCE_AFTER = re.compile(r"[^，,。；;]{0,6}以来")
_DONE_BY_THE = re.compile(r"^(?P<deed>(?:获得|荣获|获评|摘得|斩获)[^的，,]{1,10})的(?P<what>[^的，,]{2,40})$")
_GRANTING = re.compile(r"^(?:均|可|将|一律)?(?:给予|予以|发放|免收|减免|免征)[\u4e00-\u9fff]{2,12}$")


def _told_next(text: str, spans: list[tuple[int, int]], position: int, kind: re.Pattern[str]) -> str | None:
    """The clause after the one holding `position`, joined to it by a comma, where it is of the
    `kind` the dated clause leaves out: a grant (…超过香港部分，给予全额补贴: the measure's deed) or
    what a bare signing, partnership or funding request is for (园区与X签约，共建Y中心; 计划与X合作，
    建设一条Y中试线; 向立法会申请拨款，以展开第二期的详细设计)."""
    following = _clause_after(spans, position)
    if position < 0 or following is None or text[clause_end(spans, position) :][:1] not in ("，", ","):
        return None
    clause = text[following[0] : following[1]].rstrip("，,。；;")
    return clause if kind.match(clause) else None


_PURPOSE = re.compile(
    r"^(?:将|拟)?(?:在[^，,。；;]{2,12}?)?(?:共建|合建|共同建设|联合建设|共同设立|联合设立|合作建设|建设|设立|开展|研发|打造)"
    r"[^，,。；;]{2,20}$"
    r"|^(?:以|用以|用于)(?:展开|开展|推进|进行|支持|兴建|建设)[^，,。；;]{2,24}$"
    r"|^同意(?:在|于)?[^，,。；;]{4,40}$"
    r"|^以[^，,。；;]{0,16}?(?:收购|购入|认购)[^，,。；;]{2,36}$"
)
"""共建Y中心, 以展开…, 在园区建设研发总部, 同意在X开展Y试点: what a signing, a funding request, a sum
invested or a reply is for."""
_INVESTED = re.compile(r"投资[约逾近超过]*[\d.,一二两三四五六七八九十百千万亿]+(?:亿|万)?(?:元|港元|美元)$")


_ONLY_THEN = re.compile(r"(?<=[\u4e00-\u9fff]{2})才(?=正式|开始|得以|完成|投产|启用|落成|开业|上线|获)")
_QUOTED_WHOLE = re.compile(r"“[^“”]+”|「[^「」]+」")


def _without_leftovers(label: str) -> str:
    """A label without what its date phrase left behind or what names no event: 延 of 延至 reads
    延期 (延至2027/28学年启用), a project's sizes before its name go (总投资约35亿元、建筑面积约20
    万平方米的X封顶: X封顶), and so does a clock's name (于北京时间12月3日凌晨发表: 发表)."""
    label = _ALONG_WITH.sub("", _CLOCK_OF.sub("", _SIZED_FIRST.sub("", _DELAYED_TO.sub("延期", label))))
    label = _ONLY_THEN.sub("", label)  # 直到前年3月，第一条中试线才正式投产: 投产, without 才
    label = _A_REPORT_SAYS.sub("", label)  # 报告指北环线主线工程已于去年动工: the works, not the report
    label = _RESULT_OF_A_TENDER.sub("", label)  # X用地的招标结果，由Y以42亿元投得: X用地由Y…投得
    if _QUOTED_WHOLE.fullmatch(label):
        label = label[1:-1]  # “希望明年上半年能拿下…”: the words, without the quotes around them all
    if welcomed := _OPENED_TO_WELCOME.match(label):
        return welcomed.group("opened")  # 河套科创中心开园迎来了一批重磅深港项目的入驻: the opening
    label = _PUT_OFF_BY.sub("", label)  # 裁判官将案件押后至…再讯: 案件押后再讯 (将 is 把 here)
    label = _AS_FOR_IT.sub("", label)  # 新春市集则定于…开市: 新春市集开市, the contrast's 则 left behind
    if served := _THANKED_FOR_SERVING.search(label):
        return served.group("who") + served.group("served")  # 感谢X自2021年起担任主席期间的贡献: X担任主席
    return label


_AS_FOR_IT = re.compile(
    r"(?<=[\u4e00-\u9fff）)A-Za-z]{2})(?<![规原否细准实守法总])则(?=开|将|会|于|在|已|举行|举办|启用|开放)"
)
_PUT_OFF_BY = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,6}?)将(?=[\u4e00-\u9fff]{1,6}?(?:押后|延后|推迟|改期|顺延)(?:再讯|审理|举行|开庭))"
)
_THANKED_FOR_SERVING = re.compile(
    r"(?:感谢|感激|赞扬|表扬|肯定)(?P<who>[\u4e00-\u9fff]{2,4}?)(?P<served>(?:担任|出任)[\u4e00-\u9fff]{2,12}?)"
    r"(?:期间|时)的(?:贡献|付出|努力|工作)$"
)
"""局长感谢X自2021年起担任主席期间的贡献: X's years as chair began then; the thanks are today's words."""


def _without_dated_attribute(label: Label, text: str, dates: list[DateMention], date: DateMention) -> Label:
    """The label without an attribute of another date at its start (前年启动的X: X; 园区于7月初发布的
    《X》: 《X》), which that date's own hit tells as its event."""
    for other in dates:
        told = text[other.start : other.end]
        at = label.text.find(told)
        if (
            other is not date
            and told != "同期"  # 其余三座同期兴建的大楼: built alongside, no time of their own
            and 0 <= at <= _DOER_BEFORE_ITS_DATE
            and (dated := _DATED_ATTRIBUTE.match(label.text, at + len(told)))
        ):
            return Label(label.text[dated.end() :])
    return label


_ARRIVALS_COUNTED = re.compile(
    r"(?:吸引|引进|迎来)了?(?:约|逾|近|超过)?[\d一二两三四五六七八九十百千,]+[间家个名所][\u4e00-\u9fff]{0,6}?(?:落户|进驻|入驻)"
)
_BARE_VALUE = re.compile(r"(?:约|逾|近|超过|不到|只有|仅)?[\d一二两三四五六七八九十百千万亿.,]+[\u4e00-\u9fff]{0,2}")
_VALUE_ONLY = re.compile(
    r"^[\u4e00-\u9fff]{0,4}?(?=(?:将|可望|有望|预计)?可?"
    r"(?:超过|达到|突破|增至|增加至|提升至|提高至|提高到|扩大至|上升至|升至|降至|达)(?:约|逾|近)?"
    r"(?:\d[\d.,]*[万亿]?|[一二两三四五六七八九十]{1,3})(?:平方米|平方公里|公顷|[个家名人间项所]|%|成半?)$)"
)
"""…，到2028年将超过150万平方米: a level to come, whose measure the clause before names (园区 is left
of the subject the clause before gave)."""
_QUANTITY_END = re.compile(
    r"(?:已?(?:有|达|为|约为|约有))?(?:约|逾|近|超过)?(?:\d[\d.,]*[万亿]?|[一二两三四五六七八九十]{1,3})"
    r"(?:平方米|平方公里|公顷|[个家名人间项所]|%|成半?)$"
)
_NOW_FIRST = re.compile(r"^(?:负责人[：:])?(?:目前|现时|如今|截至目前|现在)，?")
_NOW_ANYWHERE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:目前|现时|如今|现在)")
"""园区目前出租率: 园区出租率, the measure, whatever its time."""


def _measured_before(text: str, opens: int) -> str:
    """What the clause before `opens` measured (目前园区已投用科研空间约95万平方米 → 园区已投用科研空间),
    or "" if it ends in no quantity."""
    if opens < 2 or text[opens - 1] not in "，,":
        return ""
    before = text[start_of_clause(text, opens - 2) : opens - 1]
    quantity = _QUANTITY_END.search(before)
    if quantity is None:
        return ""
    measured = _NOW_ANYWHERE.sub("", _NOW_FIRST.sub("", before[: quantity.start()])).replace(
        "现有", ""
    )  # 园区现有企业: 园区企业
    return measured if 2 <= len(measured) <= 14 else ""


_SUBJECT_NEXT = ("将", "已", "正在", "预计", "计划", "拟", "有望")


_DONE_TO_WHOM = re.compile(r"[\u4e00-\u9fff]{2}(?:人士|人员|者|企业|单位|机构|项目|团队)(?=可|须|需|将|会|均|亦|也|还)")
"""获批人士可…, 入选企业将…: a verb's participle naming who, the subject of the clause."""


_DONE_TO_IT = re.compile(r"^对[^，,。；;]{2,30}?(?:实施|实行|进行|开展|展开|作出|发出)")


def _opens_with_verb(label: str, tagger: Tagger | None) -> bool:
    """Whether the label starts with its predicate (到访河套深圳园区): its subject is elsewhere; not
    where the verb opens an attribute of the subject (来往落马洲与园区的接驳巴士将增加班次)."""
    if _ATTRIBUTE_FIRST.match(label) or _DONE_TO_WHOM.match(label):
        return False  # 获批人士可经网上平台办理续期: those approved are the subject
    if (verb := EVENT_VERB.match(label)) and label.startswith(_SUBJECT_NEXT, verb.end()):
        return False  # 试点将向…开放: 试点 is the subject here
    if verb:
        return True  # 恢复正常运营: jieba makes 恢复正常 one word of its own
    if _DONE_TO_IT.match(label):
        return True  # 对X路实施半封闭施工: what is done to it, by whom the sentence said before
    if tagger is None:
        return False
    words = tagger(label[:8])
    manner = next(
        (i for i, (word, flag) in enumerate(words) if not (flag in ("d", "t") and len(word) == 2)), len(words)
    )
    first = words[manner : manner + 1] if 0 < manner < len(words) else words[:1]  # 先后开展了…: how, then the verb
    if first and label.startswith(_SUBJECT_NEXT, label.find(first[0][0]) + len(first[0][0])):
        return False  # the first word, whatever its tag, has a modal after it: the subject
    return bool(first) and first[0][1] == "v" and len(first[0][0]) >= 2 and first[0][0] not in _NOT_EVENTS


_OUTRIGHT = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:全面|正式|顺利|成功|率先|首次|相继)(?P<verb>[\u4e00-\u9fff]{2})$")


def _done_outright(label: str, tagger: Tagger | None) -> bool:
    """香港科学园深圳分园全面运营, X顺利通车: a subject, an adverb of completion and a verb jieba
    tags as one close the label: an event, whatever the verb."""
    done = _OUTRIGHT.search(label)
    if done is None or tagger is None:
        return False
    words = tagger(label)
    return bool(words) and words[-1][0] == done.group("verb") and words[-1][1].startswith("v")


def _has_predicate(label: str, tagger: Tagger | None) -> bool:
    """Whether a target's label says something is to happen: a verb other than being or
    having, or a cue of aiming (力争, 将…)."""
    if _MORE_OF_THE_SAME.search(label):
        return False
    if label.endswith("截止") and len(label) > 3:
        return True  # 投标于…截止: a deadline of a named doing (not 截止日期为…, a period's end)
    if tagger is None or _FUTURE.search(label):
        return True
    return any(
        (flag.startswith("v") or word in _VERBS_TAGGED_AS_NOUNS) and word not in _NOT_EVENTS
        for word, flag in tagger(label)
    )

"""Words the extractor and the digest both judge facts by. Kept apart from the rules that use
them, so that the digest (and a process that only answers) need not compile those rules."""

from __future__ import annotations

import re

ZONE_WIDE = frozenset({"河套深港科技创新合作区", "河套深圳园区", "香港园区", "粤港澳大湾区", "国务院", "福田区"})
"""Names so general in this corpus that naming them tells two facts apart from nothing: the
zone, its parks, the region. A figure of the zone is a figure of the corpus's subject."""

HEAD_OWNED = re.compile(r"^(?:团队|公司|实验室|研究院)(?=[\u4e00-\u9fff]{2})")
"""团队研究人员, 公司员工: a measure whose first word is its owner, told before under its name:
no other owner is glued on, and two of them (two teams', two firms') make no series."""

POLICY_MEASURES = re.compile(r"(?:具体|政策|支持)?(?:举措|措施)")
"""具体举措, 措施: a count of a policy's measures, whose measure is that policy's (联合政策包具体举措
28条), and which the English line calls its measures."""

COMPARED_WITH = r"(?:超过|超出|高于|低于|多于|少于|好于|较|比起?|同比|相比|相较于?|对比)"
"""Words before a date it is compared with (规模将超过今年, 较去年): the date times nothing."""
FIRM_TRADES = (
    "科技",
    "生物",
    "智能",
    "医药",
    "医疗",
    "电子",
    "材料",
    "半导体",
    "机器人",
    "能源",
    "光电",
    "智算",
    "智造",
)
"""The trades firms' names end in (潜蛟科技, 启衡智造)."""
COMPARED_WITH_ANOTHERS = re.compile(r"\s*(?:较|相较于?|相比于?)[\u4e00-\u9fff]{0,10}$")
"""较X今年6月… (matched up to a date): the date is of what is compared with (X's June), no time of
the deed or the figure told."""

OCCASION_QUOTED = re.compile(
    r"[「“]([^」”]{2,20}?(?:博览|博览会|展|展览|论坛|对话会|沙龙|招聘会|大会|峰会|大赛|比赛|讲座|嘉年华|开放日|节|周))[」”]"
)
"""「创科职位博览」: an occasion named in quotes, whose 下一场 and whose participants' count a later
clause tells without its name."""

EDITION_OF = re.compile(
    r"(?:首|第[一二三四五六七八九十\d]{1,3}|本|上一?|下一?)届(?P<name>[\u4e00-\u9fff“”「」]{2,16}?"
    r"(?:大会|论坛|峰会|大赛|博览会|年会|嘉年华|邀请赛|锦标赛|挑战赛|竞赛|足球赛|篮球赛|联赛|马拉松"
    r"|友谊赛|公开赛|龙舟赛|争霸赛|对抗赛|团体赛)[”」]?)"
)
"""第三届深港脑科学大会: the name of an occasion after its edition, which a bare 第二届 stands for
and by which two editions of differently named forums are told apart."""

PROPOSED = re.compile(
    r"(?<!意见)(?:建议|提议|呼吁|倡议)(?:[，,：:]|$)|提交(?:了)?(?:一份)?建议"
    r"|(?:建议|呼吁|要求|促请|敦促)(?:当局|政府|特区政府|有关部门|相关部门|署方|园方|主办方|校方)"
    r"|认为[，,]?(?:当局|政府|特区政府|有关部门|相关部门|署方|园方|主办方|校方)(?:应|须|必须|有必要)"
)
"""代表建议，从2027年起…; 议员要求当局在…增加班次; 认为当局应于明年检讨…: what someone asks for is no
one's plan, and its numbers are no one's level or aim (收到意见建议330余条 is a count)."""

SOLD = "成交|售出|拍出|批出"
"""Verbs of a sale at a price (一宗科研用地以底价18.6亿元成交, X用地以约12.3亿元批出): the milestone,
the plot a later 中标者 develops and the figure's measure (成交价) all read it."""

PEOPLE_COUNTED = "人员|人才|员工|团队|成员|学生|研究员"
"""Nouns of people a count counts (首批研究人员约40名), whose count a later clause may grow."""

CALLED_AGAIN = ("该", "此", "这", "本届", "本次")
"""该院, 本届大赛: how a thing named before is called again, no name of its own."""

NEXT_OF_A_SERIES = "下一次|下次|下一届|下届|下一场|下一期"
"""下一场, 下届: the next of an occasion the article told (下一场夜市), which no other article's is."""

GOVERNMENT_BODY = "署|局|处|政府|委员会"
"""How a government body's name ends (运输署, 地政总署): one that publishes, gazettes or tells."""

DOCUMENT_KINDS = ("措施", "规划", "方案", "办法", "意见", "通知", "细则", "条例", "计划", "纲要", "指引", "规定")
"""How a policy document's title ends (《…若干措施》, 《…指引》): the word a later sentence calls it by."""

REGISTERED_IN = ("深圳", "香港", "中国", "广东", "广州", "上海", "北京", "珠海", "东莞", "澳门")
"""Where a firm is registered, told in brackets inside its name (朔源生物科技（深圳）有限公司)."""

SCHEME_FROM = re.compile(r"计划自[^，,。；;]{2,14}?(?:起|以来|至今)")
"""计划自今年10月起在…试行, 计划自2025年推出以来: 计划 names the scheme told before; it plans nothing."""

__all__ = [
    "CALLED_AGAIN",
    "COMPARED_WITH",
    "COMPARED_WITH_ANOTHERS",
    "DOCUMENT_KINDS",
    "EDITION_OF",
    "FIRM_TRADES",
    "GOVERNMENT_BODY",
    "HEAD_OWNED",
    "NEXT_OF_A_SERIES",
    "PEOPLE_COUNTED",
    "POLICY_MEASURES",
    "PROPOSED",
    "REGISTERED_IN",
    "SCHEME_FROM",
    "SOLD",
    "ZONE_WIDE",
]

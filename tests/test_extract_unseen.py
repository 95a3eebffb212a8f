"""Extraction on articles written for the tests (tests/data/articles/, in our own words, 简体
and 繁體), which the lexicon was not built from: relative and day-only dates, datelines,
bylines, captions, anniversaries, ranges, targets, thousands separators, comparisons. Their
gold facts are listed here. And a readability check over every milestone label, theirs and
the bundled corpus's."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from hetao_brief.corpus import read_article, read_corpus
from hetao_brief.digest import changed_series
from hetao_brief.extract import Extractor
from hetao_brief.extract.dates import Published, find_dates
from hetao_brief.extract.labels import BARE_NOUNS
from hetao_brief.extract.milestones import find_milestones
from hetao_brief.facts import Fact, FactKind
from hetao_brief.services.briefing import Briefing
from hetao_brief.store.database import Database
from hetao_brief.text.lexicon import Lexicon
from hetao_brief.text.normalize import fold
from hetao_brief.text.segment import Segmenter

from .conftest import CORPUS

ARTICLES = Path(__file__).parent / "data" / "articles"

# (date, words the label holds, target?) of every dated event in the test articles.
GOLD_EVENTS = [
    ("2025-12-22", "首批三座大楼正式启用", False),  # 昨日, in a dispatch filed on 12-23 (its dateline)
    ("2027", "其余5座大楼将陆续完工", True),  # 将于2027年起
    ("2025-03", "与深圳方面签署合作协议", False),  # 今年3月
    ("2026-01", "举办首届创科论坛", True),  # 下月
    ("2035", "全面建成世界级科研枢纽", True),  # 到2035年，
    ("2026-03-10", "公布新一轮港澳青年支援计划", False),  # 今日, after 本報訊（記者…）
    ("2026-03-15", "申请期开始", True),  # 由本月15日开始
    ("2026-02", "国际人才公寓平顶", False),  # 上月; 平顶 is in no verb list
    ("2026-12", "国际人才公寓预计投入使用", True),  # 今年下半年, the subject from the clause before
    ("2025", "引进香港企业51家", False),  # 去年
    ("2030", "研发投入累计达2,000亿港元", True),  # 到2030年, with a thousands separator
    ("2026-03-09", "新田科技城规划咨询会在元朗举行", False),  # 昨日
    ("2025-06-16", "量子计算联合实验室项目在福田保税区动工", False),  # 于6月16日, dateline 6月17日
    ("2026-12", "量子计算联合实验室项目计划封顶", True),  # 明年底, one of two dates in a clause
    ("2027-06", "量子计算联合实验室项目投用", True),  # 2027年上半年
    ("2025-01", "发布《河套深圳园区科研仪器共享办法》", False),  # 已于今年1月
    ("2025-04-17", "首座大楼举行平顶仪式", False),  # 昨日, after 【本報訊】
    ("2026-12", "其后两座大楼亦将相继竣工", True),  # 於2026年底前
    ("2026-03", "首座大楼预计落成", True),  # 明年第一季
    ("2024-12", "与3间内地研究机构签署合作协议", False),  # 去年12月
    ("2025-06", "推出「河套创科人才计划」", True),  # 今年上半年
    ("2026-04-06", "中试基地举行集中签约仪式", False),  # 本周一, in an article of Wednesday 04-08
    ("2026", "生物医药中试基地将分两期投用", True),  # 今年至明年, dated by its start; 该中试基地
    ("2025-04", "厂房完成改造", False),  # 一年前
    ("2026-04-08", "签署战略合作备忘录", False),  # 今天上午
    ("2027", "每年新增中试项目不少于20个", True),  # 2027年起
    ("2030", "中试转化项目累计超过200个", True),  # 力争到2030年，
    ("2026-09-15", "河套创科周将开幕", True),  # 明日, in a dispatch filed on 09-14 and printed on 09-15
    ("2026-08", "第二期工程已动工", False),  # 已于上月
    ("2028-06", "第二期工程预计竣工", True),  # 2028年上半年, the subject from the clause before
    ("2026-09", "签订合作协议", False),  # 本月初
    ("2026-09-01", "国际学校正式开学", False),  # jieba tags 开学 a noun; 正式 marks it the predicate
    ("2026-11-20", "李家超主持港深创新及科技园第四座大楼启用仪式", False),  # 今日（十一月二十日）上午
    ("2026-09", "完成竣工验收", False),  # 本年九月; t15 (a speech: 今年九月…亦完成验收) tells it too
    ("2027", "四座大楼预计分阶段落成", True),  # 二〇二七年至二〇二八年间
    ("2026", "向港深创科园有限公司注资", False),  # 今年较早时
    ("2021-09", "印发《全面深化前海深港现代服务业合作区改革开放方案》", False),
    ("2021-09", "深圳园区首批科研楼宇开工", False),  # 同月: the month told before
    ("2023-08-29", "国务院印发《河套深港科技创新合作区深圳园区发展规划》", False),  # t08 and t12: one fact
    ("2026-12", "园区将启动第二批国际科研平台遴选", True),  # 下半年, alone
    ("2027-12", "引进国际组织和机构不少于10家", True),  # 计划到2027年底
    ("2026-06", "举行了深港科技人才交流会", False),  # 近日
    ("2026-11-01", "通关便利措施扩大适用范围", True),  # 自11月1日起, in a dispatch of 10-28
    ("2024-05", "跨境科研设备通关便利措施首次推出", False),  # 该措施: the name told before
    ("2027-06", "探索建立科研样本跨境“绿色通道”，力争试运行", True),  # the aim's object is the clause before
    ("2026-10-23", "冷冻电镜设备运抵园区", False),  # 上周五, from a Wednesday's dateline
    ("2027-03", "推出「河套研发加速计划」", True),
    ("2026-05", "临床研究中心已在园区揭牌", False),
    ("2026-02-10", "正式印发《河套深圳园区支持科研人才发展若干措施》", False),
    ("2026-03-01", "《河套深圳园区支持科研人才发展若干措施》施行", True),  # the document comes into force
    ("2026", "争取实现科研人员“一证通行”", True),  # 争取于今年内
    ("2025", "引进各类科研人才1,860名", False),
    ("2017-01-03", "签署《关于港深推进落马洲河套地区共同发展的合作备忘录》", False),
    ("2018-12", "科研楼宇改造项目启动", False),
    ("2020-08", "首批国际科研机构揭牌入驻", False),
    ("2024", "陆续出台支持科研、人才和跨境便利的一揽子政策", False),  # 2024年起
    ("2026-05-08", "港深创新及科技园第一期开幕典礼在落马洲河套区举行", False),  # 今日（5月8日）, printed 05-09
    ("2025-12", "首三座已投入运作", False),  # 当中首三座已于去年12月…
    ("2026-09", "公司将推出「河套创科企业服务平台」", True),  # 今年第三季
    ("2027", "把进驻机构数目增至150间", True),  # 在2027年前
    ("2026-05-08", "深圳园区方面亦启用一座跨境科研人才服务中心", False),  # 同日: the day told before
    ("2026-10", "二期主体结构已封顶", False),  # 10月下旬
    ("2026-11-12", "深港联合生物医药实验室正式挂牌", False),
    ("2028", "力争新增科研空间100万平方米以上", True),
    ("2027", "刘晓峰团队研发的新型电池材料计划在东莞建厂量产", True),  # 其团队, after 教授刘晓峰说
    ("2028", "首批单位将落成", True),  # 二〇二八年
    ("2027", "推出更多跨境便利措施", True),  # 在明年
    ("2027", "其余5座预计陆续落成", True),  # 预计于2027年至2028年
    ("2026-08-25", "有限公司宣布园区第二期主体工程正式招标", False),  # 昨（25）日; what it announced
    ("2027-03", "园区第二期主体工程预计批出合约", True),  # 明年首季
    ("2026-09", "首三座大楼将增设跨境穿梭巴士", True),  # 下月起
    ("2024-03", "「一号通道」开通", False),  # 自2024年3月开通以来: the opening, not a period
    ("2025-08", "通道实行人脸识别快速查验", False),  # 去年8月起
    ("2026-06", "跨境专用桥预计动工", True),  # 今年上半年
    ("2025-10", "在深圳园区设立研发中心", False),
    ("2025-12", "两地签署《河套「一区两园」协同发展合作框架》", False),  # 根据两地去年12月签署的《…》
    ("2030", "两园共同引进国际科研机构不少于30家", True),
    ("2026", "将重点推进国际科研机构落地", True),
    ("2026-09-02", "发布《关于促进深港跨境科研合作的若干措施》", False),
    ("2026-12", "将完成对首批受资助项目的绩效评估", True),  # 在2026年底前
    ("2026-11-30", "第三届深港青年创科大赛接受报名", False),  # 今（30）日起
    ("2027-04", "决赛将在港深创新及科技园举行", True),
    ("2026-11-23", "举行国际科研人才招聘会", False),  # 上周 (approximate)
    ("2026-11", "「河套通」手机应用程式将上线", True),  # 本月底
    ("2026-03-17", "印发《河套深圳园区2026年工作要点》", False),  # a year in a title is its name
    ("2026", "园区将新增科研空间20万平方米", True),
    ("2026-06", "开通第二条跨境专用通道", True),  # 于6月底前, in March: this year's June
    ("2026-02", "研发平台旗下两家实验室在园区签署合作协议", False),  # 上月
    ("2026-12-22", "港深创新及科技园迎来首批海外研究团队进驻", False),  # 周二（22日）, on Thursday 12-24
    ("2026-12-25", "园区管理公司将举办开放日", True),  # 本周五
    ("2026-12-21", "第五座大楼已完成消防验收", False),  # 已于星期一
    ("2027-01", "第五座大楼预计启用", True),  # 明年1月
    ("2026-12-22", "国际科研组织联合办公区在福田保税区揭牌", False),  # 12月22日, in a January paper
    ("2026-09", "园区已开通国际科研人员“一站式”服务窗口", False),  # 已于三季度, told in January
    ("2027-03", "园区发展署将启动国际科研组织集聚区二期建设", True),  # 今年第一季度
    ("2030", "二期建设，力争建成", True),  # 力争三年内建成: what is to be built, told before
    ("2027-01", "联合举办河套国际科研合作对接会", True),  # 本月中
    ("2026-03", "第二批机构预计进驻", True),  # 明年首季
    ("2025-12-23", "园区亦举办首场国际科研论坛", False),  # 翌日（23日）
    ("2027", "园区计划出台新一轮科研用房租金补贴政策", True),  # 2027年初
    ("2026-12", "首批“跨境科研通行证”在园区发放", False),  # 12月中旬
    ("2026-12-10", "国际创新论坛定在深港国际科技园举行", True),  # 定于12月10日（星期四）
    ("2025-11", "上届论坛举办", False),  # 于去年11月
    ("2027-12", "将进驻机构增至120间", True),  # 我们的目标是在2027年底前…
    ("2026-08", "第四座及第五座大楼已平顶", False),  # 已於今年8月
    ("2027-09", "第四座及第五座大楼预计落成", True),  # 明年第三季
    ("2026-06", "两个园区签署协议", False),
    ("2026-09", "首次联合赴欧洲推介", False),  # 並於9月: the second dated clause of one sentence
    ("2026-09", "试点迎来第二批参与机构", False),  # 上月底
    ("2025-07", "^试点启动", False),  # 自2025年7月启动以来: when it started
    ("2026-10", "上线“跨境科研数据服务平台”", False),  # 本月初
    ("2027-06", "力争实现重点领域全覆盖", True),  # 明年上半年
    ("2024", "园区首创科研设备“白名单”通关模式", False),  # 首创: jieba tags it a noun
    ("2025", "该模式覆盖机构扩大到100家", False),  # 次年
    ("2027", "第四至第八座大楼预计分阶段落成", True),  # 二〇二七年至二〇二八年: a range, by its start
    ("2026-09-08", "研发中心正式揭牌", False),
    ("2026-10-21", "第六座大楼举行平顶仪式", False),  # 今早
    ("2026-10-20", "政府与深圳市政府举行视像会议", False),  # 昨晚
    ("2027-06", "双方同意合办首届「河套科研成果转化大会」", True),  # 明年上半年
    ("2027-12", "第六座大楼预计落成", True),  # 明年年底前: not this year's 年底
    ("2026-11-18", "园区将连续举办三场深港科研交流活动", True),  # 本周三至周五, told on a Monday
    ("2026-11-18", "“深港医工交叉创新沙龙”举行", True),  # 本周三举行的“…沙龙”: the attribute told as a clause
    ("2026-11", "园区还将发布《河套深圳园区科研仪器共享管理办法》", True),  # 月内
    ("2025-07-07", "河套深港科研专线正式开通", False),
    ("2026-10", "专线计划延伸至港深创新及科技园", True),
    ("2026-03", "港深创新及科技园将推出首批人才宿舍", True),  # 本月底
    ("2026-04", "第二批约500个单位预计开始接受申请", True),  # 下月中
    ("2026-12", "第二批约500个单位入伙", True),  # 年底前: the subject from the clause before
    ("2026-12", "园区管理机构发布《河套深圳园区科研用房租金补贴申报指南》", False),  # 日前
    ("2018", "深圳园区启动建设", False),
    ("2019", "香港园区的土地平整工程完成", False),  # X的Y: an owner before 的, not an attribute
    ("2030", "河套合作区将基本建成具有国际影响力的科技创新平台", True),
    ("2026-09-11", "迎来首间海外大学研究中心", False),  # 上周五（11日）
    ("2026-10", "预计再有两间研究中心开幕", True),  # 下月下旬
    ("2026-09", "园区公司将举办招商推介会", True),  # 本月中
    ("2026-05-11", "两所实验室宣布将在港深创新及科技园设立分支", False),  # 昨日宣布
    ("2026-12", "两所实验室预计投入运作", True),  # 今年第四季
    ("2026-02-25", "发布《河套深圳园区国际科研合作三年行动计划（2026—2028年）》", False),
    ("2028", "园区国际科研合作项目将超过300个", True),
    ("2026", "河套深圳园区新增科研空间约12万平方米", False),  # 刚刚过去的2026年
    ("2026", "园区举办各类科研交流活动逾千场", False),  # 去年, in January
    ("2026-03", "国际科研组织集聚区二期动工", False),  # 2026年，…：3月，…；6月，…: a year's list
    ("2026-06", "深港联合实验室大楼封顶", False),
    ("2026-09", "跨境科研人员服务驿站启用", False),  # 9月下旬
    ("2027", "园区将力争完成二期主体工程", True),
    ("2027-06", "实现首批科研机构入驻", True),  # 2027年，…，年中前: the sentence's year
    ("2026-11", "建设方案获国务院批复", False),  # 近日, after 記者昨日（3日）獲悉
    ("2027-03", "河套深港国际联合创新中心预计动工", True),  # 2027年3月底前; 该中心, two clauses back
    ("2025-11", "园区已获批设立两个国家级重点实验室", False),  # 去年同期: a year before 近日
    ("2031", "园区计划新增科研空间100万平方米", True),  # 未来五年
    ("2026-06-17", "园区与香港大学签署战略合作协议", False),
    ("2026-12", "港深创科园将举办多项活动", True),  # 下月
    ("2026-12-05", "^园区开放日", True),  # 12月5日（星期六）：園區開放日: a calendar's entry (the Hong Kong park's)
    ("2026-12", "园区将举办首届“深港科研开放日”", True),  # 12月初, the Shenzhen park's: another open day
    ("2026-12-12", "第二届河套国际科研论坛", True),
    ("2026-12-20", "第二期工程动土仪式", True),  # t68 too: …第二期的前期工程。…工程预计于今年第四季动工
    ("2027-03", "第二届河套青年科学家论坛将推迟举行", True),  # 原定于10月…推迟至明年3月
    ("2025-10", "首届论坛举办", False),
    ("2026-12-01", "创新科技及工业局公布「河套科研人员住屋津贴计划」", False),  # 今日（十二月一日）
    ("2027-01-01", "「河套科研人员住屋津贴计划」接受申请", True),  # 由明年一月一日起: the plan just named
    ("2026-12-02", "河套深港联合医学影像中心正式投用", False),  # 本月2日, under a 12月2日讯 dateline
    ("2026-12", "中心已与香港医院管理局签署数据互认合作协议", False),  # 日前
    ("2026-04-14", "港深创科园公司公布第二期工程时间表", False),  # 昨日
    ("2026-05", "地基工程将进行", True),  # 5月至7月: a range, by its start
    ("2026-12", "上盖工程预计展开", True),  # 2026年下半年至2027年上半年; t106 too: 今年第四季
    ("2028-06", "第二期的首两座大楼预计陆续落成", True),  # 2028年第二、三季
    ("2027-02-06", "园区将增开早晚高峰加密班次", True),  # 明年春节前: the Chinese calendar's New Year
    ("2026-07", "河套深圳园区启用跨境科研物资“预约通关”系统", False),  # 三个月前
    ("2026-10-15", "首批通过该系统入境的实验动物运抵园区", False),
    ("2026-10-16", "投入实验", False),  # 次日: the day after the date told before
    ("2026-12", "将把预约通关范围扩大至科研试剂", True),  # 本季度内
    ("2026-09", "港深创科园新增十二间进驻机构", False),  # 九月份
    ("2026-09-18", "亚太研发中心开幕", False),
    ("2026-09-20", "另一间新加坡人工智能公司亦宣布进驻", False),  # 两天后: from 9月18日
    ("2026-10-23", "园区公司将公布第二期招租安排", True),  # 两周后: from the article's day
    ("2026-03", "国际量子研究院大楼主体结构封顶", False),  # ——3月, in a dashed list under 今年以来
    ("2026-05", "跨境数据验证平台上线试运行", False),
    ("2026-08", "第二批人才公寓交付使用", False),  # jieba tags 交付使用 a noun
    ("2026-12", "确保全部完成年度投资计划", True),  # 年底前
    ("2026-12-01", "孙东率团访问河套深圳园区", False),  # 今日（十二月一日）, a government release
    ("2025-12", "首三座大楼已投入运作", False),  # 去年十二月
    ("2027-06", "第二期的土地平整工程预计展开", True),  # 明年第二季
    ("2026-12-02", "孙东将出席在深圳举行的创科合作会议", True),  # 明日
    ("2027-02-06", "园区第三批人才公寓将交付", True),  # 明年春节前: the Chinese calendar's New Year
    ("2027-01-01", "跨境通勤专线加密班次", True),  # 自元旦起, in December: the coming one
    ("2026-11-24", "《河套深圳园区科技企业上市培育计划》正式发布", False),  # a weekly's "01｜政策速览"
    ("2026-11-27", "第二届深港青年科学家沙龙在园区国际交流中心举行", False),
    ("2026-12", "园区将举办“开放实验室日”活动", True),  # 12月上旬
    ("2026-06-17", "发展局公布新田科技城的最新发展安排", False),  # 昨日
    ("2031", "整个科技城预计分阶段落成", True),  # 于2031年至2036年间
    ("2027", "首批用地最快推出招标", True),  # 最快明年
    ("2025", "政府已完成新田科技城的土地规划", False),  # 去年
    ("2026-03", "政府展开首期工程的前期工作", False),  # 并于今年3月: 并 shares the subject before it
    ("2027-06", "实验室负责人陈志远博士希望可以推出首款样机", True),  # 「我们希望明年年中…」陈博士说
    ("2028", "实现量产", True),  # 两年内
    ("2026-08", "实验室获得一笔3,500万港元的天使轮融资", False),  # 上月
    ("2026-12", "实验室计划在香港园区设立第二个研发点", True),  # 今年第四季
    ("2026-10-10", "2026深港科技成果交易会将在河套深圳园区举办", True),  # 10月10日至12日: by its start
    ("2025", "首届交易会共促成签约项目46个", False),  # 去年
    ("2026-09-30", "参展报名截止", True),
    ("2026-07", "跨境科研数据专区通过验收", False),  # 日前, after 香港商报网讯（记者 李东）
    ("2026-02", "专区启动建设", False),
    ("2026-07", "专区将向更多港澳高校开放申请", True),  # 本月下旬
    ("2026", "专区争取将接入机构增至50家", True),  # 年内
    ("2026", "「河套青年创科培育计划」共资助三十六支初创团队", False),  # 今年: 「…计划」 names, it aims at nothing
    ("2026-06", "计划第二轮申请将展开", True),  # 六月中旬
    ("2018", "港深创新及科技园有限公司成立", False),  # a chronicle's "date　event" line; its others join
    # the same events told by t08, t12, t01… (2017-01-03, 2023-08-29, 2025-12-22)
    ("2024-08", "《河套深港科技创新合作区香港园区发展纲要》公布", False),
    ("2026-04-20", "河套深港科研合作项目集中签约仪式在福田区举行", False),  # 4月20日下午
    ("2026-12", "园区公司将再推出数十项便利措施", True),  # 下半年
    ("2026-11-08", "第三届河套国际创新创业大赛在河套深圳园区圆满落幕", False),  # 8日晚
    ("2027-05", "第四届大赛将启动报名", True),
    ("2026-03", "双双入选国家级科研平台名单", False),  # 园区内的…日前: a place before 的, no attribute
    ("2024-12", "这两个平台均建成", False),  # 2024年下半年
    ("2026-09", "预计公布评审结果", True),  # 今年第三季度
    ("2026-06-12", "立法会财务委员会批准约48亿元拨款", False),  # 昨日（12日）
    ("2029", "港深创新及科技园第二期的前期工程完成", True),  # 约于2029年: 约 goes with the date
    ("2026-10-13", "港深创新及科技园第七座大楼完成主体结构封顶", False),  # ①…本週二（13日）: no ① in the label
    ("2027-09", "港深创新及科技园第七座大楼预计交付", True),
    ("2026-11", "「河套初创加速器」第二期将开放申请", True),  # 十一月上旬
    ("2026-10-15", "深圳园区一间量子通讯企业宣布完成B轮融资", False),  # 前日
    ("2027-01-01", "《河套深圳园区促进人工智能产业发展若干措施》施行", True),  # the full title, not its 简称《AI措施》
    ("2026-12", "河套深圳园区管理机构发布《河套深圳园区促进人工智能产业发展若干措施》", False),  # 日前
    ("2026-06", "第一期八座大楼中已有五座投入使用", False),  # 今年上半年, under a ■ heading
    ("2024-04", "^首座大楼平顶", False),
    ("2030", "公司目标是引进不少于300间机构", True),  # 在2030年前
    ("2025-09", "深港联合脑科学研究中心开工", False),  # 开工时间：2025年9月, after 项目名称：…
    ("2027-12", "深港联合脑科学研究中心计划完工", True),  # 计划完工：2027年12月
    ("2026-02-17", "「跨境人才驿站」已投入服务", False),  # 已於農曆新年前: the last New Year, not the next
    ("2026-12-01", "新规实施", True),  # 答：新规自12月1日起实施
    ("2027-06", "首批清单将再扩充一批", True),  # 首批清单共涵盖…，明年上半年将再扩充一批
    ("2026-02", "为期半年的「河套深港科学家交流计划」首期已完成", False),  # 已於上月底
    ("2026-04", "第二期将接受报名", True),  # 4月中旬起
    ("2026-11", "河套深港生物样本库项目已正式获批", False),  # 本月中旬
    ("2027-03", "河套深港生物样本库项目计划开建", True),  # 明年一季度: a quarter without 第
    ("2029", "河套深港生物样本库项目建成投用", True),  # past the figure's clause (总投资约9.5亿元)
    ("2027-03", "开通园区至福田口岸的接驳专线", True),  # 一、3月底前
    ("2027-06", "建成第二个国际人才服务中心", True),  # 二、上半年
    ("2027", "新增人才公寓1,000套", True),  # 三、年内
    ("2027-09", "举办第二届河套国际科研合作大会", True),  # 四、三季度
    ("2027-12", "完成园区5G网络全覆盖", True),  # 五、年底前
    ("2026-11-04", "港深创新及科技园首个国际会议中心正式启用", False),  # 11月4日上午10时
    ("2026-11-05", "中心即迎来首场国际会议", False),  # 翌日上午
    ("2028", "主办方宣布下届论坛将在深圳园区举行", True),
    ("2026-06-29", "香港大学（HKU）与河套深圳园区管理机构签署协议", False),
    ("2026-10", "实验室将完成装修并投入运行", True),  # 今年10月前
    ("2026-12", "科技企业总数将突破1,100家", True),  # 到今年底
    ("2026-12", "河套深圳园区国际人才社区将提前全面建成", True),  # 原计划2027年底建成的X，将提前至本月底
    ("2026-03", "“一签多行”科研人员试点推出", False),  # 自从今年3月…推出后
    ("2026-08", "河套深圳园区发布《港澳青年创新创业扶持办法》", False),  # 近日
    ("2026-12-23", "港深创新及科技园第八座大楼平顶", False),  # 本月廿三日: 廿 is twenty
    ("2027-06", "^第八座大楼预计落成", True),  # 明年年中前
    ("2026-11-28", "第二期首批用地的招标工作已展开", False),  # 上月廿八日
    ("2026-02-26", "财政司司长发表新一份财政预算案", False),  # 今日
    ("2026-09-09", "河套深圳园区科研设施共享平台正式上线", False),  # 9日, after a dateline and bylines
    ("2024-04", "深港双方先后在园区联合举办三场国际科研合作对接会", False),  # 2024年4月、6月和9月
    # t89's 2023年8月…印发 and 2024年8月…公布 join t08's and t63's tellings of the same two events
    ("2025-11", "首届河套国际青年科学家峰会成功举办", False),
    ("2027-11", "第二届峰会将在河套深圳园区举行", True),  # not also as the day 14日宣布 it was told
    ("2026-05-19", "与英国、瑞士及新加坡三间大学签署合作意向书", False),  # 昨（19）日
    ("2026-12", "首个中心最快投入运作", True),  # 最快今年底
    ("2025-12", "^首批大楼启用", False),  # 自去年底首批大楼启用以来: told in passing, its own words
    ("2027", "^第一期八座大楼全部落成", True),  # 至2027年…全部落成时: 时 goes
    ("2025", "「河套人才通行证」推出", False),  # 於去年推出的「…」計劃: an event told as an attribute
    ("2027-03", "预计公布具体安排", True),  # 明年首季
    ("2026-11-14", "2026河套科普嘉年华将在河套深圳园区开幕", True),  # 本周六, in a Wednesday's paper
    ("2026-11-09", "预约通道已开放", False),  # 本周一
    ("2025-07", "“白名单”制度实施", False),  # 自…去年7月实施以来: 自 goes
    ("2026-12", "争取将单笔拨付的审核时限压缩至3个工作日内", True),  # 年底前
    ("2026-03", "国际学校二期工程已封顶", False),  # 今年春季: a season, by its first month
    ("2027-09", "国际学校二期工程预计开学", True),  # 明年秋季
    ("2026-10", "招生简章将发布", True),  # 10月中下旬
    ("2024-09", "该校一期开学", False),  # 2024年秋季
    ("2026-12", "跨境专用通道二期工程计划实现主线贯通", True),  # 年末
    ("2025", "跨境专用通道二期工程动工", False),  # 该工程于2025年初: not 总工程量's 工程
    ("2026-09", "工程将完成关键节点的钢结构吊装", True),  # 本季内
    ("2029", "港深创科园第二期将分阶段落成", True),  # 2029年起
    ("2026-09-17", "行政长官发表任内第五份施政报告", False),  # 今日
    ("2026", "政府会成立「河套发展督导委员会」", True),  # 本年度内; 政府会…: what is to come
    ("2023", "陈博士所在的联合实验室成立", False),
    ("2025", "实验室获得国家重点研发计划项目2项", False),  # 去年
    ("2027", "陈博士希望把研究团队扩大到60人", True),  # “明年，我们希望…”陈博士说
    ("2026-11-18", "第二批大楼动土", False),  # 今日（十一月十八日）; the list of t103 tells it too
    ("2029", "第二批大楼预计分阶段落成", True),  # X共三座，位于…，总楼面面积…，预计于二○二九年…: X
    ("2027-03", "公司将推出「创科加速计划」", True),  # 明年首季; not t10's 「河套研发加速计划」
    ("2026-11-18", "签署《河套科研设施共享合作协议》", False),  # 当日
    ("2026-09", "深港国际科技园二期已实现主体结构封顶", False),  # 9月底; 位于园区的 qualifies it
    ("2027-06", "深港国际科技园二期计划交付使用", True),  # t14 told it first: 预计明年年中交付使用
    ("2026-12-10", "第三届深港科技合作大会将在福田会展中心举办", True),  # 12月10日至12日
    ("2025-12", "园区启动“深港青年科学家计划”", False),  # 去年12月
    ("2026-03-01", "跨境科研数据流动管理办法》正式施行", False),  # 2026年3月1日起; and t103's 3月
    ("2027-12", "新口岸联检大楼预计建成", True),  # 2027年底
    ("2027-06", "园区管理部门将争取推出", True),  # X表示，下一步将争取在明年上半年推出…: X
    ("2026-11-27", "立法会财务委员会通过拨款约48亿元", False),  # 昨日（11月27日）
    ("2027", "余下大楼的建造工程预计展开", True),  # 明年初; 工程 is the one the sentence before named
    ("2030", "余下大楼的建造工程最快完成", True),  # 最快2030年完成: what is done is told before
    ("2026-10", "财委会已通过另一笔约6亿元拨款", False),  # 上月
    ("2028", "引入不少于5所海外大学的研究团队", True),  # 在2028年前
    ("2026-01-08", "首个国际学术会议中心投入运营", False),  # 1. 1月8日, in a list of 2026
    ("2026-04-20", "发布第二批跨境科研合作项目清单", False),
    ("2026-06", "香港大学河套研究院在深圳园区揭牌", False),
    ("2026-07-15", "跨境穿梭巴士开通", False),
    ("2026-10", "园区科研人员总数突破1.2万人", False),  # a list's event, though a figure too
    ("2026-12-01", "召开第五次会议", False),
    ("2027", "局方计划将配额扩至5,000个", True),  # 计划下年度: a financial year aimed at
    ("2026-11-18", "首个「跨境人才驿站」正式开幕", False),  # 前日（18日）
    ("2026-11-25", "驿站的服务时间将延长至晚上9时", True),  # 自下周三起, in a paper of Friday 11-20
    ("2026-11", "园区计划再开设两个服务点", True),  # 本月下旬
    ("2026-06", "「港澳科研人员个人所得税补贴」推出", False),  # 今年年中推出的「…」: an attribute
    ("2026-10-13", "正式发布《河套深圳园区支持深港联合研发十条措施》", False),  # 昨日
    ("2026-12", "首批资助项目将公布", True),  # 将于12月上旬公布: what is published, not who tells
    ("2026-09", "第二期首两座大楼的地基工程已完成", False),  # 已于上月
    ("2028", "上盖工程目标落成", True),  # 目标在2028/29年度: a financial year aimed at
    ("2027-06", "公司预计最快落实其中一宗", True),  # 最快于明年年中前
    ("2027-01", "公司亦计划把园区接驳巴士班次由每小时2班增至4班", True),  # 计划于…起，把…: the clause after
    ("2023-06", "林志豪带着两名同学来到河套深圳园区", False),  # 2023年夏天
    ("2024-12", "公司完成了首款产品的临床试验", False),
    ("2026-03", "该产品获得国家药监局颁发的医疗器械注册证", False),
    ("2027", "公司计划在香港园区设立第二个研发中心", True),
    ("2028", "公司争取完成新一轮融资", True),
    ("2026-11-26", "与香港城市大学举行工作会谈", False),  # 【会议】11月26日，
    ("2026-11-27", "深港量子芯片中试线项目在园区开工", False),
    ("2028-03", "深港量子芯片中试线项目计划建成", True),
    ("2026-12-05", "“2026河套科创马拉松”将在深港国际科技园举办", True),  # 12月5日至6日
    ("2026-12", "园区将发布《2027年河套深圳园区重点工作计划》", True),  # 下月中旬
    ("2026-12", "迎来第100间进驻机构", False),  # 本月初; not t22's 首批海外研究团队 (首批 is no 第100间)
    ("2028", "第一期第九及第十座大楼将相继落成", True),  # 两年内
    ("2026-12", "园区公司计划公布新一轮「海外人才支援计划」的细节", True),  # 月底前
    ("2026-11-15", "《河套深圳园区科研设备共享补贴实施细则》正式印发", False),
    ("2026-12-01", "首轮申报将开始", True),  # 将于12月1日开始，12月31日截止
    ("2027", "三期工程计划动工", True),  # not t101's 联检大楼建成: a start is not a completion
    ("2030", "园区科研空间将超过150万平方米", True),  # 到“十五五”末
    ("2030", "基本形成“一区两园”协同发展的格局", True),  # 2030年前后
    ("2026-10-24", "河套科学馆正式开馆", False),  # 今天下午…开馆🎉: without the emoji
    ("2027", "推出“跨境科研一件事”改革", True),  # 明年
    ("2026-03", "深港合成生物学联合实验室揭牌", False),  # 3月，A揭牌；5月，B启用；8月，C开工
    ("2026-05", "国际脑科学数据中心启用", False),
    ("2026-08", "先进光源预研平台开工", False),
    ("2029-12", "先进光源预研平台计划建成", True),
    ("2026", "将有两个平台启动建设", True),  # 年内还将有…: not the speaker's doing
    ("2026-11-24", "与澳门大学签署科研合作框架协议", False),  # ▶ 11.24 …
    ("2026-11-26", "第二届河套科研仪器展在深港国际科技园开幕", False),
    ("2026-11-28", "园区“夜间实验室开放”试点启动", False),
    ("2026-12-03", "河套深港青年创新论坛将在园区举办", True),  # 下周预告：2026.12.03 …
    ("2027-06", "河套跨境专用桥项目动工时间推迟", True),  # 原计划今年第三季度…，因…，…推迟至明年上半年
    ("2026", "政府会向立法会提交港深创科园第二期的拨款申请", True),  # 年內
    ("2027-12", "预计再有两座大楼启用", True),  # 明年年底前
    ("2028", "第二期的主体工程可望展开", True),
    ("2026-11-20", "公司召开第三届董事会第十二次会议", False),
    ("2027-03", "子公司预计将完成工商注册", True),  # 2027年第一季度
    ("2026-12-03", "国际创新创业大赛总决赛在河套深圳园区落下帷幕", False),  # 中新网深圳12月3日电 …3日
    ("2026-06", "本届大赛启动报名", False),
    ("2026-11-26", "首批国际科研组织办公区正式启用", False),  # not the 相关阅读 headlines after it
    ("2026-12-03", "首个药物研发公共平台投入服务", False),  # 昨（3）日
    ("2026-12-10", "公司将举办平台开放日", True),  # 本周四（12月10日）: the written date
    ("2027-06", "人工智能算力平台——预计投入服务", True),
    ("2026-12", "印发《关于支持河套深圳园区建设国际人才高地的若干措施》", False),  # 近日; 〔2026〕5号 is no date
    ("2027-01-01", "国际人才高地的若干措施》施行", True),
    ("2025", "深圳已出台类似政策", False),
    ("2022-12", "注册成立了一家智能巡检机器人公司", False),  # 2022年底; 今年32岁 is no date
    ("2027", "陈家乐准备把研发中心搬进园区新落成的科研楼", True),  # “明年我们…”陈家乐说，…: 我们 is 陈家乐
    ("2027-12", "公司还计划完成A轮融资", True),
    ("2027-06", "园区启动深港国际科技园三期建设", True),  # 并在明年上半年启动…: 园区将以…为契机
    ("2030", "园区力争基本建成世界一流的科研枢纽", True),  # 力争…: who strives is told before
    ("2026", "第四至第六座大楼已相继落成", False),  # 已於今年內
    ("2027-06", "余下两座大楼预计落成", True),  # 二○二七年年中
    ("2026-09-15", "联合发布《河套片区产业空间配套保障方案》", False),
    ("2027-12", "确保皇岗口岸新联检大楼投入使用", True),  # 2027年底前
    ("2028", "《河套片区产业空间配套保障方案》计划新增产业用房50万平方米", True),  # …发布《X》，计划…: X's
    ("2026-12-04", "港深创新及科技园第七座大楼举行启用礼", False),  # 昨日（4日）
    ("2026-12", "政府会公布港深创科园第二期的发展大纲", True),  # 本月中会公布
    ("2026-11", "第八座大楼的装修工程已展开", False),  # 上月底
    ("2027-03", "装修工程预计启用", True),  # 明年首季; not …工程底… (上月底 goes whole)
    ("2026-10-14", "大湾区访问团到访河套深圳园区", False),  # 由…组成的访问团，前日（14日）到访…
    ("2027", "交流会将移师深圳园区举行", True),
    ("2026-12", "深港国际科技园二期将迎来首批入驻企业", True),  # 12月中旬
    ("2026-11", "跨境科研数据专区已通过专家验收", False),  # 11月下旬
    ("2026-09-20", "园区跨境穿梭巴士暂停服务一天", False),
    ("2026-09-21", "园区跨境穿梭巴士恢复正常运营", True),  # 9月21日起…: not t17's 增设 in the same month
    ("2026-09-22", "科技周开幕式仍将在深港国际科技园举行", True),  # 9月22日上午10点
    ("2026-08-05", "宣布将投资港币50亿元", False),
    ("2027-06", "项目预计动工", True),  # 2027年年中前后
    ("2030", "项目正式运营", True),
    ("2026-08", "服务专员”已上岗", False),  # 已于本月上岗: jieba tags 上岗 a place
    ("2026-07", "科技部正式批复同意在河套深港科技创新合作区建设河套深港国际联合实验室", False),  # 日前
    ("2027", "实验室将正式挂牌运行", True),
    ("2024", "河套已有2家国家重点实验室获批建设", False),
    ("2026-09", "光明科学城的同步辐射光源项目完成主体结构封顶", False),  # a roundup's other news: kept as told
    ("2026-10", "深港国际科技园三期完成方案设计招标", False),  # - **10月下旬**：… (Markdown)
    ("2026-11", "国际人才公寓三期开工建设", True),
    ("2026-12", "跨境专线增开晚班车", True),  # [增开晚班车](https://…): the link's words
    ("2026-11-01", "《河套深圳园区科研人员住房保障办法》将施行", True),  # 1. …将于**11月1日**起施行
    ("2026", "园区还将发布《跨境科研数据出境白名单（第二批）》", True),  # 2. …年内
    ("2026-11-27", "创新科技及工业局局长到访河套深圳园区", False),  # not the 圖示… caption
    ("2027-03", "两园将联合推出「一区两园」科研人员跨境通行便利措施", True),
    ("2027-03", "^建成国际科研组织集聚区二期", True),  # 明年有三件大事。第一，3月底前…: next year's
    ("2027-06", "举办第三届河套国际科研合作大会", True),  # 第二，年中…
    ("2027-12", "争取实现深港科研数据“白名单”互认", True),  # 第三，争取年底前…: no subject from item two
    ("2026-11-27", "2026河套深港科技周将在河套深圳园区开幕", True),  # 下周五（11月27日）
    ("2026-12", "资助资金将拨付到位", True),  # 12月底前; not 现将2026年第三批…名单予以公布 (a batch of 2026)
    ("2026-12", "园区运营方将完成园区全部室内分布系统改造", True),  # 本季度内
    ("2026-12", "园区运营方实现5G网络全覆盖", True),  # 第四季度末: not 本季度内 as its subject
    ("2026-10", "园区运营方将上线园区AI安防平台", True),  # 月底前: not 第四季度末's clause as subject
    ("2026", "园区的R&D投入强度预计达到15%", True),
    ("2026-11-13", "在深圳举行首次联合招商推介会", False),  # 昨日
    ("2027-05", "下一次将在香港举行", True),  # 明年5月
    ("2027-03", "园区第二期首批工程计划动工", True),  # ２０２７年３月: full-width digits
    ("2031", "园区第二期首批工程预计落成", True),
    ("2026-12", "第四届河套国际创新创业大赛落幕", False),  # a year's review: its other months merge with t103
    ("2027-06", "园区将力争建成国际科研组织集聚区二期", True),  # 展望2027年，…上半年
    ("2027-12", "园区启动深港国际科技园四期规划", True),  # …下半年: the year told before
    ("2024", "“河套科研人才公寓”启动", False),  # 前年启动的X: an event told as an attribute
    ("2027-10", "“河套科研人才公寓”项目三期工程预计竣工", True),  # …明年10月前后竣工: not 前年启动's
    ("2026-12-10", "今年的大会将开幕", True),  # 两周后 from the article's day; 每年11月举办: a schedule
    ("2027-03", "园区公司会推出第二轮「创科加速计划」", True),  # 三个月后; not t99's first launch
    ("2027-12", "园区公司完成第一期全部八座大楼", True),  # 明年底前
    ("2025-08", "深港首个联合实验室落户河套", False),  # 继去年8月X之后: X
    ("2026-10-20", "深港人工智能协同创新中心又在河套深圳园区揭牌", False),
    ("2027", "深港人工智能协同创新中心计划引进50名以上的港澳科研人员", True),  # 中心: the one named, not 该中心
    ("2021-10", "港深创科园第一期地盘平整工程完成", False),  # 二〇二一年十月：…, a chronicle
    ("2026-12", "第一期八座大楼全部平顶", False),
    ("2026-04", "科研物资“白名单”扩容", False),  # 自今年4月…扩容以来
    ("2027", "深圳海关力争在河套试点", True),  # 明年年内: one date, not 明年 and 年内
    ("2026-06-29", "首批约300名实习生已分批到河套深圳园区及港深创科园的机构实习", False),  # 本週一（6月29日）
    ("2027", "主办方计划将进一步扩展至澳门青年", True),
    ("2027-03", "河套深港先进制造中试平台计划开工", True),  # 项目名称：X；…；计划开工时间：2027年3月；… in one line
    ("2029-06", "河套深港先进制造中试平台计划完工", True),
    ("2027-05", "河套国际青年人才公寓（四期）计划开工", True),
    ("2029-12", "河套国际青年人才公寓（四期）计划完工", True),
    ("2026-09", "第一期第七及第八座大楼已平顶", False),  # （a）…已於本年第三季平頂
    ("2027-06", "第一期第七及第八座大楼预计落成", True),
    ("2026-10", "第二期的地盘勘测工作已展开", False),  # （b）…已於上月展開
    ("2027-06", "第二期的地盘勘测工作预计完成", True),  # 明年年中
    ("2027", "政府计划向财务委员会申请第二期主体工程拨款", True),  # （c）…二〇二七年初
    ("2026-11-17", "政府向立法会工商事务委员会提交文件", False),  # 今日
    ("2027-01-15", "投标截止", True),  # 投标截止时间：2027年1月15日9时30分: a deadline field
    ("2026-12-31", "首轮申报截止", True),  # …将于12月1日开始，12月31日截止
    ("2027-03", "本项目计划开工", True),  # a tender notice's last paragraph
    ("2029-02", "本项目竣工", True),
    ("2026-12-10", "2026深港科技合作大会在河套深圳园区开幕", False),  # 今天; 09:30 大会正式开幕 is the same
    ("2026-12-10", "河套深港量子信息联合研究院揭牌成立", False),  # 10:05 …: a live report's entry
    ("2026-12-10", "会上集中签约项目32个", False),  # 10:40 …
    ("2026-12-10", "《河套深港科技合作白皮书（2026）》正式发布", False),  # 11:20 …
    ("2026-12-12", "2026深港科技合作大会将闭幕", True),  # 将于12日: a day after the article's is to come
    ("2026-12-01", "宣布将于港深创新及科技园设立「中大再生医学研究中心」", False),  # 今日（12月1日）宣布，將於…設立
    ("2027-03", "中大再生医学研究中心预计投入运作", True),  # 中心: the quoted name, not 设于河套的研究中心
    ("2025", "中大已与深圳一家医疗器械企业成立联合实验室", False),  # 去年
    ("2026", "大学计划再向创新科技署申请约一亿港元的研究经费", True),  # 本年度內
    ("2026-11", "第六栋科研楼通过竣工验收", False),  # 随着…本月中旬…: the 随着 clause's event
    ("2026-11", "河套深圳园区首期科研楼群已全面落成", False),  # …，and what followed from it, then
    ("2024", "第一栋已投入使用", False),
    ("2026", "预计将有上百家科研机构和企业陆续入驻", True),  # 年内
    ("2026-11", "配套的人才公寓也已交付", False),  # 近期
    ("2026-11", "空中连廊将开通", True),  # 日内: within days
    ("2027-06", "河套国际会议中心建成", True),  # a Markdown table's row
    ("2027-09", "跨境科研物资仓库启用", True),
    ("2027-09", "深港联合创新学院开学", True),  # 2027年秋季
    ("2027", "清单内其余项目将陆续开工", True),
    ("2026-12-02", "港深创新及科技园第二期首批土地开始招标", False),  # 今日
    ("2030", "第二期预计分阶段落成", True),  # 由二〇三〇年起
    ("2026-12-09", "潘美玲会率团访问深圳园区", True),  # 下星期三, in an article of Wednesday 12-02
    ("2027", "加快国际科研组织集聚区三期建设，确保主体完工", True),  # 2027年，…：一是…，确保年内…
    ("2027", "推动跨境科研数据专区扩容", True),  # 二是…: undated, of the year its lead named
    ("2027", "筹办第五届河套国际创新创业大赛", True),  # 三是…
    ("2027-03", "园区还将出台新一轮科研用房租金补贴政策", True),  # 明年一季度 (入驻三年内 dates nothing)
    ("2027-05", "深港国际科技园三期预计交付", True),  # 答：三期目前…: the name the question gave
    ("2026-11", "推出了“港创通”服务包", False),  # 上个月
    ("2026-11-25", "专线延长服务时间", False),  # 更正：“…11月20日起…”应为“…11月25日起…”
    ("2021", "首次提出新田科技城的构想", False),  # 曾于2021年
    ("2028", "基础设施工程将基本完成", True),  # 再过两年
    ("2029", "首批创科设施预计落成", True),  # 2020年代末
    ("2035", "^整个科技城全面建成", True),  # 要到2030年代中期才会全面建成
    ("2026-11-24", "深港联合知识产权服务中心在河套深圳园区揭牌", False),  # 1. …揭牌（11月24日）
    ("2026-11-26", "园区第二批人才公寓开放申请", False),  # 2. …，共推出房源600套（11月26日）
    ("2026-11-28", "港深创科园举办创科招聘日", False),  # 3. …
    ("2026-12-05", "来往落马洲与港深创科园的接驳巴士将增加班次", True),  # 明日（十二月五日）上午七時起
    ("2026-12-12", "港深创科园开放日改期举行", True),  # 原定今日…取消，改於下星期六（十二月十二日）舉行
    ("2027-03", "当局会检讨有关服务安排", True),
    ("2026-11-30", "公司全资子公司与河套深圳园区一家科研机构签署了《联合研发合作协议》", False),  # 公告称，…签署了
    ("2027-03", "合作项目预计将启动", True),
    ("2026-11", "研究团队在国际学术期刊《自然·神经科学》上发表论文", False),  # 近日
    ("2025-05", "河套深港联合脑科学研究中心在河套深圳园区揭牌", False),  # 该中心于2025年5月
    ("2027-06", "团队计划启动临床前研究", True),
    ("2026-12-12", "2026河套科创之夜在深港国际科技园举行", False),  # 前晚, in a Monday's paper
    ("2026-12-12", "发布了《河套科创人才白皮书》", False),  # …举行，现场发布了…: there and then
    ("2026-12-12", "园区还举办了两场亲子科普活动", False),  # 上周末
    ("2027-02", "主办方将举办首届河套灯光节", True),  # 明年元宵节前后
    ("2027-12", "第一期全部八座大楼将全面投入运作", True),  # 明年年底前; 公布截至九月底的…数据 is no event
    ("2025-07", "深港两地联合发布《河套跨境科研数据流动试点方案》", False),  # …两周年之际: no event
    ("2025-08", "首批12家机构通过试点评估", False),  # 8月中旬
    ("2025-12", "园区将推出第二批试点名单", True),  # 年底前
    ("2026-09-22", "多名立法会议员参观港深创科园", False),  # 前日（周二）; jieba tags 参观 a noun
    ("2026", "第四至第六座大楼已陆续启用", False),  # 餘下兩座…明年年中前: one fact with t143's 2027-06
    ("2026-09", "福田区出台《福田区支持河套深港科技创新合作区建设若干措施》", False),  # 日前
    ("2026-10-01", "《福田区支持河套深港科技创新合作区建设若干措施》施行", True),  # 措施自…起施行: the one named
    ("2027-01", "香港科技园公司位于港深创科园的「科创孵化中心」将正式开幕", True),  # 宣布，其位于…: its
    ("2035", "河套将建成世界级科研枢纽", True),  # its 2017年1月 and 六年后 are t124's and t08's events, merged
    ("2026-06-15", "港深创科园首座设有湿实验室（wet lab）的大楼启用", False),
    ("2026", "政府会推出新一轮「InnoHK」研发平台招募", True),  # 今年内
    ("2026-12-22", "港深创新及科技园第一期八座大楼全部落成并正式开幕", False),  # 以下是…致辞: no event
    ("2028", "争取完成第二期首批大楼的地基工程", True),  # 我们会推出…，并争取二〇二八年…: 我们 names no one
    ("2027", "会推出第二期的招商计划", True),  # 明年
    ("2027-03", "「河套创科发展基金」最快推出", True),  # 港府拟设立…的「X基金」，最快明年首季推出; 有消息指…: hearsay
    ("2026-10-22", "港深创科园首批研究生宿舍正式入伙", False),  # 昨（22）日
    ("2026-10", "第二批约二百个宿位将开放申请", True),  # 本月底
    ("2027-03", "第二批约二百个宿位预计入伙", True),
    ("2027", "政府目标推出", True),  # （三）…，目标于明年内推出
    ("2027", "政府计划向立法会财务委员会申请拨款", True),  # （二）…计划于二〇二七年…
    ("2025-12", "第二期的规划及工程研究已完成", False),  # 已于二〇二五年第四季
    ("2026-09-08", "港深创新及科技园（HSITP）与InnoHK创新香港研发平台签署协议", False),  # 昨日
    ("2028-03", "人工智能超级运算中心预计投入服务", True),
    ("2026-06", "创科人才公寓落成", False),  # 創科人才公寓（2026年6月落成）已住滿: a dated aside
    ("2026-09-15", "「河套创科展」将延期", False),  # 原定明日舉行的…將延期，新日期另行公布: today's news
    ("2026-09-20", "河套科技周户外展览已取消", False),  # 原定于9月20日至21日…已取消 (t132): told that day
    ("2026-12-20", "河套科学之夜举行", True),  # ⏰时间：12月20日（周日）14:00-17:00, after 🔥河套科学之夜来啦！
    ("2026-09-15", "园区往来落马洲的接驳巴士暂停服务", False),  # 今日
    ("2026-09-16", "园区往来落马洲的接驳巴士预计恢复", True),  # 明早
    ("2008", "深港两地政府成立联合专责小组", False),
    ("2018", "深圳方面启动了皇岗口岸片区的规划研究", False),  # 此后…于2018年
    ("2035", "两地计划将河套建成具有全球影响力的科技创新高地", True),
    ("2027-02-25", "财政司司长发表2027至28年度财政预算案", False),  # 今日; the year names the budget
    ("2031", "政府会争取首批大楼落成", True),
    ("2027", "政府会完成第二期首批用地的招标工作", True),  # 二〇二七至二八年度內
]
NOT_EVENTS = [
    "实现营业收入",  # 10月当月实现营业收入41.2亿元: a month's takings
    "五件实事",  # 明年将办好五件实事：一、…: a list's lead, its items are the events
    "以下工作",
    "12-22电",  # a dateline's date
    "外景",  # a photo caption
    "周年",  # an anniversary count
    "较增加",  # a comparison's date
    "表示",  # 孙东今日表示: a statement, not an event
    "仪式现场",  # 图为签约仪式现场: a caption
    "获悉",  # 记者28日从深圳海关获悉: the day the reporter heard of it
    "嘉宾",  # ▲行政长官李家超（中）与嘉宾主持启用仪式: a caption
    "十五五",  # “十五五”期间: a plan period, no date
    "外貌",  # ■图：…外貌: a caption
    "高兴",  # 今天很高兴出席…: a speech's greeting
    "《施政报告》",  # 在今年《施政报告》中提出: the date names the document
    "新增落地",  # 今年以来，…新增落地科研项目30余个: a period's figure, no event
    "汇入",  # 去年全年经「科汇通」试点汇入…约3.6亿元: a year's total, no event
    "有效期",  # 有效期至2028年12月31日: a deadline, no event or target
    "活动9",  # 活动时间：2026年12月10日（周四）9:00—17:30: a notice's field, no clause (it gave 活动9)
    "专访",  # 本报日前专访…: the paper's interview, no event of the zone
    "营运开支",  # 二〇二五至二六財政年度: a financial year is a period
    "走访",  # 本报记者近日走访园区: the paper's own doing
    "至今",  # 今年初至今已收到逾900份申请: a period
    "申报时间",  # 申报时间：2027年1月1日至3月31日: a notice's field
    "时间回",  # 时间回到2017年1月3日，…: a lead-in back in time, no event of its own
    "（2026—）",  # a date inside a document's title is no event's date
    "取得新进展",  # 2026年，…重点工作取得新进展：…: a summary, not an event
    "原定",  # 原定于10月举行的…: the date given up
    "达到47项",  # 今年承担的国家级科研项目达到47项: the year's count so far, a figure
    "营业收入",  # 公司今年上半年营业收入约6,000万元: takings, a figure
    "公众号报名",  # 即日起至12月8日，通过…报名: a deadline
    "🎉",  # 正式开馆🎉: decoration, no part of a label
    "（）",  # 相关阅读：X（2026-10-24）: another story's headline, no event of this one
    "〔",  # （深府办规〔2026〕5号）: a filing number
    "固定资产投资",  # 2025年，园区完成固定资产投资约85亿元: a year's figure, no event
    "研发投入达",  # 2025年，福田区研发投入达186亿元: the same
    "或延",  # 有消息指，…招标工作或延至明年第二季: hearsay
    "发布数据",  # 深圳市统计局昨日发布数据，…: the day figures were told
    "冲刺",  # 第四季度是全年冲刺的关键期: what a time is
    "**",  # Markdown's bold, no part of a label
    "请联系",  # 请于12月10日前联系…: a request, no event
    "每年11月",  # 自2024年起，园区每年11月举办…: a schedule
    "这是",  # 这是…今年揭牌的第5个…平台: what it is, no event
    "公示",  # 现将2027年拟开工项目公示如下; 公示期为…: a notice's lead and its period
    "新认定深港联合实验室4家",  # 当月，园区还新认定…4家: a month's count, a figure (as 新签约项目12个 is)
    "（a）",  # a list's letter
    "随着",  # 随着该中心的启用: a circumstance, no subject
    "予以公布",  # 现将2026年第三批…名单予以公布: 2026 names the batch
    "](",  # a Markdown link's address
    "23个",  # 今年首季，园区新签约项目23个，同比增长约三成: a quarter's statistic
    "流传",  # 网上流传“…将于明年1月停运”的消息: hearsay, denied
    "累计运送",  # 今年1至10月累计运送乘客约4.1万人次: months counted together
    "截止日期",  # 截止日期为明年1月15日
    "营业收入",  # 9月份实现营业收入16.3亿元, 去年同期…为106.3亿元: a month's and a year's takings
    "接待参观",  # 国庆假期期间，园区接待参观团组40余批次: a holiday's figure
    "左三",  # 圖：…孫東（左三）參觀…: a caption
    "报道指",  # 更正：本報昨日報道指…: a correction of the paper's own report
    "编者按",
    "增至约",  # 今年上半年增至约1,400人: a figure's new level, no event
    "继续加大",  # 下半年将继续加大…支持力度: an intention, no event
    "发明专利",  # 同期，园区企业新增发明专利授权412件: the months told before, a period's count
    "如果",  # 如果到2030年两地能…: a condition, no target
    "暂缓",  # 原定本月舉行的成果展示會因場地維修暫緩: the date given up
    "问：",
    "一、",  # 一、3月底前开通…: the list's number is no part of the item
    "10时",  # 11月4日上午10时正式启用: the time of day goes with the date
    "采访",  # 上周，我在河套深圳园区采访了…: the writer's own doing
    "当月新增",  # 10月份当月新增320人: a month's count with no subject
    "原计划",
    "截标",  # 截標日期為明年二月二十六日: a deadline
    "廿",
    "摄",  # 平台上线现场。记者 王晨 摄: a photo credit
    "宣布第二届",  # 主办方14日宣布，第二届峰会将于明年11月…: the summit's date, not the day it was told
    "发布消息",  # 发展署2日发布消息，…
]


@pytest.fixture(scope="module")
def facts(lexicon: Lexicon, segmenter: Segmenter) -> list[Fact]:
    return Extractor(lexicon, segmenter).extract([read_article(p) for p in sorted(ARTICLES.glob("*.md"))])


@pytest.fixture(scope="module")
def corpus_facts(lexicon: Lexicon, segmenter: Segmenter) -> list[Fact]:
    return Extractor(lexicon, segmenter).extract(read_corpus(CORPUS).articles)


def milestones(facts: list[Fact]) -> list[Fact]:
    return [f for f in facts if f.kind is FactKind.MILESTONE]


@pytest.mark.parametrize(("date", "words", "target"), GOLD_EVENTS)
def test_every_dated_event_is_found_with_its_date(facts: list[Fact], date: str, words: str, target: bool) -> None:
    whole = words.startswith("^")  # ^工程完成: the whole label, where its words are in another one too
    hits = [f for f in milestones(facts) if (f.label == words[1:] if whole else words in f.label)]
    assert hits, f"no milestone labelled …{words}…: {[f.label for f in milestones(facts)]}"
    assert [(f.date, f.is_target) for f in hits] == [(date, target)]


def test_nothing_else_is_an_event(facts: list[Fact]) -> None:
    assert len(milestones(facts)) == len(GOLD_EVENTS), [f"{f.date} {f.label}" for f in milestones(facts)]
    for fact in milestones(facts):
        assert not any(mark in fact.label for mark in NOT_EVENTS)
        assert fact.date != "2025-12-22" or "启用" in fact.label  # the dateline's day is no event of its own


def figure(facts: list[Fact], measure: str, date: str) -> Fact:
    (hit,) = [f for f in facts if f.kind is FactKind.FIGURE and f.measure == measure and f.date == date]
    return hit


def test_ranges_qualifiers_and_separators_read_right(facts: list[Fact]) -> None:
    grant = figure(facts, "创业资助", "2026-03-10")
    assert grant.label == "创业资助 2万–5万元" and grant.value == 50_000
    area = figure(facts, "首批三座大楼总楼面面积", "2025-12-22")  # t16 told it a day before t01
    assert (area.value, area.unit, area.qualifier) == (130_000, "平方米", "约")
    named = "河套深港科技创新合作区量子计算联合实验室项目"  # 项目总投资: the project's, which the article named
    investment = figure(facts, f"{named}总投资", "2025-06-17")
    assert investment.value == pytest.approx(1.85e9) and investment.unit == "元"


def test_ranges_of_percentages_and_lower_bounds_keep_their_words(facts: list[Fact]) -> None:
    share = figure(facts, "补贴比例", "2026-04-08")
    assert (share.label, share.value) == ("补贴比例 20%–30%", 30)
    (minimum,) = [f for f in facts if f.kind is FactKind.FIGURE and f.qualifier == "不少于" and "中试项目" in f.label]
    assert minimum.label.endswith("不少于20个") and (minimum.date, minimum.is_target) == ("2027", True)


def test_a_target_figure_is_a_target_not_a_present_value(facts: list[Fact]) -> None:
    (spending,) = [f for f in facts if f.kind is FactKind.FIGURE and f.measure == "研发投入" and f.is_target]
    assert (spending.date, spending.is_target, spending.value, spending.unit) == ("2030", True, 2e11, "港元")
    (projects,) = [f for f in facts if f.kind is FactKind.FIGURE and f.measure == "中试转化项目"]
    assert (projects.date, projects.is_target) == ("2030", True)  # 力争到2030年，中试转化项目…


def test_one_event_told_by_several_articles_is_one_fact_citing_all(facts: list[Fact]) -> None:
    """t01 (a dispatch: 首批三座大楼昨日正式启用), t07 (a release: 已于二〇二五年十二月二十二日启用首三座
    大楼), t16 (22日启用) and t15 (a speech: 去年十二月，园区首三座大楼正式启用) tell one opening in
    different words, and so do t17 (园区2025年12月22日（星期一）启用的首三座大楼: an attribute) and
    t10 (港深创新及科技园自去年底启用以来: the park, counting no buildings),
    without an organisation all of them name; the area two of them give is
    one figure, dated by the earlier telling."""
    (opening,) = [f for f in milestones(facts) if f.date == "2025-12-22"]
    told_by = {s.article_id for s in opening.sources}
    assert told_by == {
        "t29_legco_reply",  # 首三座大樓已於二〇二五年十二月落成啟用: the month, the last verb's class
        "t01_hk_park_opening",
        "t07_gov_release",
        "t10_hk_feature",
        "t15_speech",
        "t16_xinhua_opening",
        "t17_hk_daily",
        "t24_opening_variants",  # 昨（22日）举行开幕礼: the opening ceremony is the opening
        "t63_timeline",  # 2025年12月22日　港深创新及科技园首批三座大楼启用: a chronicle's line
        "t99_press_release",  # 首批三座大樓自去年十二月啟用以來: the month, in a release a year on
        "t125_legco_reply",  # 首三座大樓已於二○二五年十二月啟用: a written reply
        "t146_yearago",  # 首三座大樓去年今日正式啟用, a year on
        "t148_hk_chronicle",  # 二〇二五年十二月二十二日：首三座大樓啟用
        "t181_attributes",  # 於2025年12月22日開幕的港深創科園: the park's own opening, that day
    }
    (area,) = [f for f in facts if f.kind is FactKind.FIGURE and f.measure == "首批三座大楼总楼面面积"]
    assert (area.date, {s.article_id for s in area.sources}) == (
        "2025-12-22",
        {"t01_hk_park_opening", "t16_xinhua_opening"},
    )


def test_an_as_of_date_is_no_target_and_then_is_one(facts: list[Fact]) -> None:
    """截至今年5月底…186个 and 截至9月底…78家 were true then; 届时 (by the date a target names)
    makes a figure a target."""
    assert figure(facts, "高端科研项目", "2026-05").is_target is False
    assert figure(facts, "科研机构纳入白名单", "2026-09").is_target is False
    (space,) = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 200_000 and "届时" in f.text]
    assert (space.date, space.is_target) == ("2027", True)


def test_a_measure_is_the_noun_counted_not_the_date_or_what_it_did(facts: list[Fact]) -> None:
    (attendees,) = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 200 and "交流会" in f.text]
    assert attendees.measure == "参会科研人员"  # 200多名科研人员参加
    (injection,) = [f for f in facts if f.kind is FactKind.FIGURE and f.unit == "港元" and f.value == 1.8e10]
    assert injection.measure == "向港深创科园有限公司注资" and injection.date == "2026"


def test_currencies_origins_and_shares_read_right(facts: list[Fact]) -> None:
    (investment,) = [f for f in facts if f.kind is FactKind.FIGURE and f.measure == "总投资额" and "临床" in f.text]
    assert (investment.value, investment.unit) == (5e8, "港元")  # 港币5亿元
    assert not [f for f in facts if f.kind is FactKind.FIGURE and f.value == 12 and "来自12个国家" in f.text]
    assert not [f for f in facts if f.kind is FactKind.FIGURE and f.unit == "%" and "生命健康" in f.text]  # 占比
    (lettable,) = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 110_000]
    assert lettable.measure == "园区首三座大楼可出租面积"  # not the speaker's company's


def test_a_sentence_opening_with_its_date_dates_its_figures(facts: list[Fact]) -> None:
    """记者日前从…获悉，今年1至10月，…新增落地科研项目42个: this year's, not the article day's."""
    (projects,) = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 42 and "1至10月" in f.text]
    assert (projects.date, projects.is_target) == ("2026-10", False)  # counted over 1至10月: as of their end
    (settled,) = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 60 and "落户" in f.text]
    assert settled.measure == "港深创科园的机构"  # 约60间机构落户港深创科园
    (aim,) = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 150 and f.unit == "间" and f.is_target]
    assert (aim.measure, aim.date, aim.is_target) == ("进驻机构数目", "2027", True)  # 在2027年前把进驻机构数目增至150间
    (space,) = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 1e6 and f.date == "2028"]
    assert space.measure == "新增科研空间面积"  # not 皇岗口岸's, named in the clause before


def test_an_area_is_named_by_what_provides_it_and_when(facts: list[Fact]) -> None:
    (final,) = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 1_160_000]
    assert final.measure == "园区全面建成后总楼面面积"  # 园区全面建成后，总楼面面积可达约116万平方米
    (firms,) = [f for f in facts if f.kind is FactKind.FIGURE and f.unit == "家" and "来自香港、" in f.text]
    assert firms.measure == "进驻机构"  # 超过30家来自香港、内地和海外的机构确认进驻: not 香港


def test_what_will_be_is_a_plan_and_what_was_added_makes_no_series(facts: list[Fact]) -> None:
    """建成后将引进约200名, 预计可容纳逾1,000名: plans with no date, in no series; 新增科研项目 of
    2025 (今年以来) and of 2026 (1至10月) are flows of different periods."""
    planned = [
        f
        for f in facts
        if f.kind is FactKind.FIGURE
        and {s.article_id for s in f.sources} & {"t03_lab_groundbreaking", "t04_first_tower_topped"}
    ]
    assert sorted((f.measure, f.value, f.date, f.is_target) for f in planned if f.unit == "名") == [
        ("可容纳科研人员", 1000, None, True),  # room for them
        ("科研人员", 200, None, True),
    ]
    added = [f for f in facts if f.kind is FactKind.FIGURE and f.measure == "新增科研项目"]
    assert len(added) == 4 and not [s for s in changed_series(facts) if s.measure == "新增科研项目"]  # t47 adds one
    assert not [s for s in changed_series(facts) if s.measure == "科研人员"]


def test_a_share_granted_is_a_rate_and_a_document_is_no_measure(facts: list[Fact]) -> None:
    rates = {
        (f.measure, f.value) for f in facts if f.kind is FactKind.FIGURE and f.unit == "%" and "实际投入" in f.text
    }
    assert rates == {("资助比例", 30)}  # 按（项目）实际投入的30%给予资助
    assert not [f for f in facts if f.kind is FactKind.FIGURE and "》" in (f.measure or "")]  # 《若干措施》共12条


def test_figures_of_one_plan_share_its_date(facts: list[Fact]) -> None:
    """今年园区将新增科研空间20万平方米，新引进高端科研项目不少于25个: both this year's targets."""
    planned = [f for f in facts if f.kind is FactKind.FIGURE and "工作要点" in f.text and f.value in (2e5, 25)]
    assert sorted((f.value, f.date, f.is_target) for f in planned) == [(25, "2026", True), (2e5, "2026", True)]
    assert not [f for f in facts if f.kind is FactKind.FIGURE and f.value == 40 and "任务" in (f.measure or "")]


def test_a_running_total_counts_what_was_newly_counted_before_it(facts: list[Fact]) -> None:
    """园区还新认定深港联合实验室4家，累计达到27家: 4 newly recognised labs, 27 labs in all."""
    labs = {f.value: f.measure for f in facts if f.kind is FactKind.FIGURE and "联合实验室4家" in f.text}
    assert labs == {4: "新认定深港联合实验室", 27: "深港联合实验室"}
    (helped,) = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 300 and "受惠" in f.text]
    assert helped.measure == "受惠香港科研人员"


def test_a_short_name_given_to_a_document_brings_its_content_to_it(facts: list[Fact]) -> None:
    """《…若干措施》（以下简称《措施》）; 根据《措施》，…最高给予1亿元…: the amounts are the document's."""
    (measures,) = [f for f in facts if f.kind is FactKind.POLICY and "支持科研人才发展若干措施" in f.label]
    assert (measures.date, measures.qualifier) == ("2026-02-10", "1亿元; 最高10万元")
    (cross_border,) = [f for f in facts if f.kind is FactKind.POLICY and "促进深港跨境科研合作" in f.label]
    # 《若干措施》主要包括…: its short title, unannounced; 一是…最高500万元…: the list that follows it
    assert cross_border.qualifier == "按实际投入的30%; 最高500万元; 最高5000元" and len(cross_border.sources) == 3


def test_a_figure_in_a_clause_without_a_date_is_of_the_article_day_not_a_range_end(facts: list[Fact]) -> None:
    (area,) = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 42_000 and "中试基地" in f.label]
    assert (area.date, area.is_target) == ("2026-04-08", False)  # 建筑面积约4.2万平方米，今年至明年将…


def test_a_series_joins_only_the_same_measure_of_the_same_subject(facts: list[Fact]) -> None:
    """40 then 51 Hong Kong firms in the branch park are one series (the 40 told as 较前年的40家,
    dated by 前年); the zone's 450 tech firms are another; 较去年底增加约60家 is a change, no level."""
    series = "香港科学园深圳分园的香港企业"
    assert (figure(facts, series, "2024").value, figure(facts, series, "2025").value) == (40, 51)  # 去年，…51家
    firms = [f for f in facts if f.kind is FactKind.FIGURE and f.unit == "家" and f.value == 450]
    assert [f.measure for f in firms] == ["科技企业"]
    assert not [f for f in facts if f.kind is FactKind.FIGURE and f.value == 60 and f.unit == "家"]


def test_policies_are_named_instruments_with_their_amounts(facts: list[Fact]) -> None:
    policies = {f.label: f for f in facts if f.kind is FactKind.POLICY}
    assert policies["港澳青年支援计划"].qualifier == "2万至5万元; 12项措施"  # 该计划共包括12项措施: the plan's
    assert not [label for label in policies if label.endswith("项措施")]
    assert "100万元" in (policies["《河套深圳园区科研仪器共享办法》"].qualifier or "")
    assert (policies["河套创科人才计划"].qualifier or "").split("; ") == ["最高50万港元", "8亿元"]  # and its budget


def test_new_names_are_entities(facts: list[Fact]) -> None:
    names = {f.label for f in facts if f.kind is FactKind.ENTITY}
    assert {"李家超", "孙东", "新田科技城", "港深创新及科技园有限公司", "王立新", "黄志明"} <= names
    assert "黄志" not in names  # 黄志明接受本报专访: the name does not stop at 明
    assert "刘晓峰" in names and not [n for n in names if n.startswith("等")]  # 市长等嘉宾主礼
    assert not names & {"表示", "据深圳园区发展署"}  # 署长表示; 据深圳园区发展署介绍
    assert not names & {"记者", "陈明", "林晓", "王五", "何川", "周航"}  # bylines and photo credits name no actor
    region = [f for f in facts if f.kind is FactKind.ENTITY and f.label == "粤港澳大湾区"]
    told_by = {s.article_id for f in region for s in f.sources}
    mentioned = {"t61_xunwen", "t124_long_feature", "t130_hk_visit", "t156_cuhk"}  # 在大湾区推广, 在大灣區轉化
    assert told_by <= mentioned  # not an outlet's name


_BARE_HEAD = re.compile(rf"(?:^|[，,：:\s])({'|'.join(BARE_NOUNS)})")
_PUNCTUATION_START = re.compile(r"^[\s，,。、：:；;！？!?）)」』”]")
_PREPOSITION_END = re.compile(r"(?:于|在|从|自|到|至|由|将|的|和|与|及|以|对|向|给|并)$")
_DATE_LEFTOVER = re.compile(r"[于在到自从由]起|[于在]陆续|以和|年和|以作为|^[到至于在]，")


def test_every_label_reads_on_its_own(facts: list[Fact], corpus_facts: list[Fact]) -> None:
    """No label starts with punctuation or ends in a preposition, none keeps what its date
    left behind (于起, 以和…作为), and none says a word its sentence does not but the name
    that 该 stood for (该中试基地 → 河套深圳园区生物医药中试基地)."""
    labels = [(f.label, f.text) for f in milestones(facts) + milestones(corpus_facts)]
    assert len(labels) > 40
    for label, text in labels:
        assert not _PUNCTUATION_START.search(label), label
        assert not _PREPOSITION_END.search(label), label
        assert not _DATE_LEFTOVER.search(label), label
        body = label.removesuffix("…")
        if (this := re.search(r"该(\w\w)", text)) and "该" not in body and this.group(1) in body:
            body = body[body.index(this.group(1)) :]  # the name told before, then the sentence's words
        elif (bare := _BARE_HEAD.search(fold(text))) and bare.group(1) in body[1:]:
            body = body[body.index(bare.group(1)) :].replace("》", "", 1)  # 工程预计…, 措施施行: the name told before
        assert all(body.count(ch) <= text.count(ch) for ch in set(body)), (label, text)


# Questions a reader would ask of the test articles, and words the right answer holds.
QUESTIONS = [
    ("河套發展督導委員會", "督導委員會"),
    ("联合实验室研究人员有多少", "40余人"),
    ("国际学校二期什么时候开学", "明年秋季"),
    ("跨境专用通道二期什么时候贯通", "年末"),
    ("河套人才通行證簽發了多少張", "2,600"),
    ("科普嘉年华什么时候开幕", "本周六"),
    ("白名单机构有多少家", "65家"),
    ("第二届青年科学家峰会什么时候举行", "明年11月"),
    ("港深創科園海外大學合作意向書", "意向書"),
    ("第八座大樓何時平頂", "廿三日"),
    ("政府向港深创科园注资多少", "100"),
    ("科研设施资助计划每个项目最高资助多少", "1,000万元"),
    ("国际人才社区什么时候建成", "本月底"),
    ("港澳青年创业资助多少", "30万元"),
    ("一签多行试点", "一签多行"),
    ("国际会议中心什么时候启用", "11月4日"),
    ("AI for Science联合实验室", "HKU"),
    ("科技企业总数", "1,050家"),
    ("接驳专线什么时候开通", "3月底前"),
    ("通关新规什么时候实施", "12月1日"),
    ("生物样本库什么时候建成", "2029年"),
    ("科學家交流計劃參與人數", "48名"),
    ("生物样本库占地面积", "1.8公顷"),
    ("第七座大楼封顶", "封顶"),
    ("人工智能措施什么时候施行", "2027年1月1日"),
    ("技术合同成交额", "38.6亿"),
    ("脑科学研究中心什么时候完工", "2027年12月"),
    ("河套初创加速器名额", "30个"),
    ("海外科研人员有多少", "1,400"),
    ("立法会批准拨款多少", "48亿"),
    ("创新创业大赛获奖项目", "32个"),
    ("国家级科研平台名单", "入选"),
    ("福田区委书记", "杨敏"),
    ("智能传感实验室融资多少", "3,500万"),
    ("河套青年創科培育計劃資助多少隊", "三十六"),
    ("科技成果交易会什么时候举办", "10月10日"),
    ("跨境科研数据专区验收", "验收"),
    ("深港两地政府什么时候签署合作备忘录", "2017年1月3日"),
    ("第三批人才公寓什么时候交付", "春节"),
    ("跨境通勤专线班次", "24班"),
    ("河套园区营业收入多少", "125.6亿"),
    ("新田科技城創科用地面積", "240公頃"),
    ("上市培育计划奖励", "500万"),
    ("量子研究院大楼封顶", "封顶"),
    ("港深创科园首批大楼什么时候启用", "启用"),
    ("港深創科園首批大樓何時啟用", "啟用"),  # answered as 啓用 (OpenCC's Hong Kong form): compared folded
    ("河套創科周什麼時候開幕", "開幕"),
    ("中试基地签约", "签约仪式"),
    ("中试设备补贴比例", "20%"),
    ("国际学校开学", "开学"),
    ("第二期工程何時竣工", "竣工"),
    ("量子计算联合实验室动工", "动工"),
    ("港澳青年支援计划资助多少", "5万"),
    ("新田科技城", "新田科技城"),
    ("研发投入目标", "2,000亿"),
    ("国际人才公寓平顶", "平顶"),
    ("第四座大樓何時啟用", "啟用儀式"),
    ("跨境科研设备通关便利措施", "11月1日"),
    ("深圳园区高端科研项目有多少", "186"),
    ("河套研發加速計劃資助多少", "300萬港元"),
    ("科研人才生活补贴", "10万元"),
    ("落马洲河套地区合作备忘录什么时候签署", "2017年1月3日"),
    ("港深創科園開幕典禮", "開幕典禮"),
    ("深港联合生物医药实验室什么时候挂牌", "11月12日"),
    ("跨境科研人才服务中心", "启用"),
    ("國際科研人才公寓", "一千個單位"),
    ("港深创科园全面建成后楼面面积", "116万"),
    ("港深創科園第二期何時招標", "招標"),
    ("一號通道什麼時候開通", "2024年3月"),
    ("一区两园合作框架", "框架"),
    ("跨境科研合作若干措施资助多少", "500万元"),
    ("深港青年創科大賽獎金", "200萬港元"),
    ("第二条跨境专用通道什么时候开通", "6月底前"),
    ("河套国际创新论坛什么时候举行", "12月10日"),
    ("第四座大樓何時平頂", "平頂"),
    ("跨境科研数据流动试点有多少机构参与", "35家"),
    ("政府向港深創科園撥款多少", "一百五十億"),
    ("外资研发中心总投资", "3000万欧元"),
    ("第六座大樓何時平頂", "平頂"),
    ("河套科研专线什么时候开通", "2025年7月7日"),
    ("人才宿舍有多少个单位", "300個單位"),
    ("科研用房租金补贴标准", "50%"),
    ("InnoHK实验室首期投资多少", "HK$10億"),
    ("香港园区土地平整工程什么时候完成", "2019年"),
    ("河套深圳园区科研空间总量", "92万平方米"),
    ("國際科研合作三年行動計劃", "2026—2028"),
    ("河套国际联合创新中心什么时候动工", "2027年3月底前"),
    ("港深創科園開放日", "12月5日"),
    ("河套青年科学家论坛推迟到什么时候", "明年3月"),
    ("河套深圳园区未来五年新增多少科研空间", "100万平方米"),
    ("國際聯合創新中心總投資", "45億元人民幣"),
    ("河套科研人员住屋津贴每月多少", "一萬二千港元"),
    ("港青河套實習計劃名額", "600個"),
    ("河套科研物资通关业务货值", "5.6亿元"),
    ("河套深圳园区科研空间有多少", "62万平方米"),
    ("人才公寓三期什么时候竣工", "明年10月前后"),
    ("港深創科園第一期出租率", "８０％"),
    ("第三批科研项目资助金额", "4,860万元"),
    ("园区5G网络覆盖率", "96%"),
    ("兩園聯合招商簽約項目總投資", "65億元"),
    ("国际科研组织集聚区二期什么时候建成", "3月底前"),
    ("园区引进了多少国际科研机构", "21家"),
    ("河套深港科技周什么时候开幕", "下周五"),
    ("深港国际科技园二期有多少企业签约", "14家"),
    ("港资科研机构有多少家", "63家"),
    ("跨境穿梭巴士什么时候恢复", "9月21日起"),
    ("国际联合实验室总投入", "15亿元"),
    ("科技企业营收", "320亿元"),
    ("When did the first three buildings of the Hong Kong park open?", "首批三座大楼昨日正式启用"),
    ("How much did LegCo approve for the park?", "拨款"),
    ("第七座大樓樓面面積", "2.8萬平方米"),
    ("港深創科園第一期可容納多少研究人員", "過千名"),
    ("河套創科人才計劃撥款", "8億元"),
    ("大湾区访问团什么时候到访河套", "前日（14日）"),
    ("两园签署了多少份合作协议", "9份"),
    ("经河套专用通道往来的科研人员有多少人次", "12万人次"),
    ("港深創科園餘下兩座大樓何時落成", "二○二七年年中"),
    ("福田区前三季度河套片区固定资产投资", "62亿元"),
    ("产业空间配套保障方案新增多少产业用房", "50万平方米"),
    ("创新创业大赛收到多少参赛项目", "1,186个"),
    ("国际科研组织办公区面积", "3,000平方米"),
    ("药物研发平台什么时候投入服务", "昨（3）日"),
    ("国际人才高地若干措施什么时候施行", "2027年1月1日"),
    ("港澳青年科研人员生活补贴每月多少", "5,000元"),
    ("巡检机器人公司有多少员工", "46人"),
    ("先进光源预研平台总投资", "45亿元"),
    ("先进光源预研平台建筑面积", "26万㎡"),
    ("澳门大学合作协议什么时候签署", "11.24"),
    ("跨境专用桥什么时候动工", "明年上半年"),
    ("港深創科園第二期撥款多少", "180億元"),
    ("港深創科園有多少間機構進駐", "110間"),
    ("子公司什么时候注册", "2027年第一季度"),
    ("港深創科園第100間機構", "荷蘭"),
    ("科研设备共享补贴每年最多多少", "100万元"),
    ("共享平台有多少台科研设备", "1,200台"),
    ("十五五末园区科研空间多少", "150万平方米"),
    ("河套科学馆什么时候开馆", "今天下午"),
    ("科学馆每天限多少人", "2000人"),
    ("港澳科研项目累计多少个", "152个"),
    ("有多少香港科研人员办理跨境手续", "千余名"),
    ("人才驿站什么时候开幕", "前日"),
    ("驿站服务时间延长到几点", "晚上9時"),
    ("联合实验室建设补贴最高多少", "1,000万元"),
    ("首批资助项目什么时候公布", "12月上旬"),
    ("港深創科園出租率", "76%"),
    ("接驳巴士班次", "4班"),
    ("手术机器人公司团队有多少人", "85人"),
    ("量子芯片中试线总投资", "12亿元"),
    ("港澳青年创业团队有多少个", "162个"),
    ("河套深港联合医学影像中心什么时候投用", "本月2日"),
    ("港深創科園第二期首兩座大樓何時落成", "第二、三季"),
    ("科研专线今年运送多少乘客", "4.1万人次"),
    ("预约通关系统什么时候启用", "三个月前"),
    ("港深創科園進駐機構有多少", "九十二間"),
    ("第二批大樓何時落成", "二○二九年"),
    ("创科加速计划资助多少", "三百萬港元"),
    ("深港国际科技园二期什么时候交付", "2027年6月"),
    ("深港科技合作大会什么时候举办", "12月10日至12日"),
    ("有多少机构通过数据出境安全评估", "23家"),
    ("财委会批了多少钱", "48億元"),
    ("港深創科園餘下大樓何時完成", "2030年"),
    ("香港大学河套研究院什么时候揭牌", "6月"),
    ("河套深圳园区今年新增多少科技企业", "136家"),
    ("深港科技合作大会什么时候闭幕", "12日闭幕"),
    ("量子信息联合研究院什么时候揭牌", "揭牌成立"),
    ("科研综合楼二期招标控制价是多少", "18.5亿元"),
    ("投标截止时间是什么时候", "2027年1月15日"),
    ("中大再生醫學研究中心何時投入運作", "明年首季"),
    ("首期科研楼群总建筑面积多大", "42万平方米"),
    ("空中连廊什么时候开通", "日内"),
    ("河套国际会议中心什么时候建成", "2027年6月"),
    ("跨境科研物资仓库什么时候启用", "2027年9月"),
    ("第二期首批土地什么时候招标", "今日開始招標"),
    ("潘美玲什么时候访问深圳园区", "下星期三"),
    ("2027年园区有哪些重点工作", "一是加快"),
    ("深港国际科技园三期什么时候交付", "明年5月"),
    ("港创通服务包", "港创通"),
    ("跨境科研专线延长服务时间从哪天开始", "11月25日"),
    ("新田科技城什么时候全面建成", "2030年代中期"),
    ("深港联合知识产权服务中心什么时候揭牌", "11月24日"),
    ("第二批人才公寓推出多少房源", "600套"),
    ("落马洲接驳巴士什么时候加密班次", "增加班次"),
    ("港深創科園開放日改到哪天", "十二月十二日"),
    ("联合研发合作协议合同金额", "3.2亿元"),
    ("脑科学研究中心发表了什么论文", "自然·神经科学"),
    ("河套科创人才白皮书什么时候发布", "前晚"),
    ("河套灯光节什么时候举办", "元宵节"),
    ("港深創科園截至九月底的營運數據", "一百零五間"),
    ("港深創科園研究人員較去年同期增加多少", "近四成"),
    ("跨境科研数据流动试点方案什么时候发布", "今年7月"),
    ("多少机构通过试点评估", "12家"),
    ("議員什麼時候參觀港深創科園", "前日"),
    ("福田区支持河套建设若干措施有多少条", "18条"),
    ("福田区对国家级科研平台支持多少", "最高1亿元"),
    ("科創孵化中心何時開幕", "明年一月"),
    ("濕實驗室大樓可供多少機構使用", "三十間"),
    ("InnoHK研发平台招募", "InnoHK"),
    ("港深創科園第一期何時開幕", "正式開幕"),
    ("河套創科發展基金規模", "五十億元"),
    ("研究生宿舍什么时候入伙", "入伙"),
    ("港深創科園第二期何時申請撥款", "二〇二七年"),
    ("AI超算中心投资额多少", "十二亿港元"),
    ("跨境科研資金流動安排何時推出", "明年內"),
    ("创科人才公寓什么时候落成", "2026年6月落成"),
    ("深圳园区引进了多少港澳科研人员", "逾三千人"),
    ("河套科学之夜什么时候举行", "12月20日"),
    ("河套創科展延期", "延期"),
    ("河套深圳园区规上企业营业收入", "386.4亿元"),
    ("深港两地什么时候开始研究河套发展", "2008年"),
    ("財政預算案為港深創科園第二期預留多少", "一百億元"),
]


@pytest.fixture(scope="module")
def briefing_of_test_articles(lexicon: Lexicon, tmp_path_factory: pytest.TempPathFactory) -> Briefing:
    database = Database(f"sqlite:///{tmp_path_factory.mktemp('unseen') / 'db.sqlite3'}")
    briefing = Briefing(database, lexicon, ARTICLES)
    briefing.reload(ARTICLES)
    return briefing


def test_questions_on_the_test_articles_are_answered_in_the_top_three(
    briefing_of_test_articles: Briefing, measured: Callable[..., None]
) -> None:
    answered = [
        question
        for question, words in QUESTIONS
        if any(
            fold(words) in fold(result.text + result.detail)
            for result in briefing_of_test_articles.ask(question).results[:3]
        )
    ]
    measured(questions=len(QUESTIONS), answered_in_top_3=len(answered))
    assert len(answered) >= 0.9 * len(QUESTIONS), sorted(set(q for q, _ in QUESTIONS) - set(answered))


def test_figures_of_notices_interviews_and_replies_read_right(facts: list[Fact]) -> None:
    """A clause that goes on from a dated one (上届论坛于去年11月举办，共吸引约3200人次参与) is of
    its time; 次年 dates what follows it; 合共约 and 欧元 are read; 将进驻机构增至120间 counts
    进驻机构, as 约80间机构确认进驻 does."""
    (visits,) = [f for f in facts if f.kind is FactKind.FIGURE and f.unit == "人次" and f.value == 3200]
    assert (visits.measure, visits.date) == ("参会人次", "2025-11")
    (covered,) = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 100 and "白名单" in f.text]
    assert covered.date == "2025"
    (grant,) = [f for f in facts if f.kind is FactKind.FIGURE and f.unit == "港元" and f.value == 1.5e10]
    assert (grant.measure, grant.date, grant.qualifier) == ("向港深创新及科技园有限公司拨款", "2026-09-30", "合共约")
    (spending,) = [f for f in facts if f.kind is FactKind.FIGURE and f.measure == "营运开支"]
    assert (spending.value, spending.date) == (3.2e8, "2025")  # 二〇二五至二六財政年度
    (euros,) = [f for f in facts if f.kind is FactKind.FIGURE and f.unit == "欧元"]
    assert euros.value == 3e7
    aims = sorted(
        (f.value, f.date, f.is_target) for f in facts if f.kind is FactKind.FIGURE and f.measure == "进驻机构"
    )
    assert (80, "2026-10", False) in aims and (120, "2027-12", True) in aims
    (places,) = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 400 and "名额" in f.text]
    assert places.date == "2026-12-03"  # 即日起至12月8日 is when one may apply, not an as-of date


def test_a_notice_keeps_its_rate_and_cap_on_the_policy(facts: list[Fact]) -> None:
    """按实际租金的50%给予补贴，每家机构每年最高不超过200万元: the guide's terms, on the guide;
    每家机构每年 names no figure of the zone."""
    (guide,) = [f for f in facts if f.kind is FactKind.POLICY and "租金补贴申报指南" in f.label]
    assert (guide.date, guide.qualifier) == ("2026-12", "按实际租金的50%; 最高不超过200万元")
    assert not [f for f in facts if f.kind is FactKind.FIGURE and (f.measure or "").startswith("每家")]


def test_money_in_dollars_totals_and_a_years_figures(facts: list[Fact]) -> None:
    """HK$10億 and US$500萬 are read with their currency (the second a plan: 计划投资);
    园区科研空间总量 is said once, without 面积 glued on; a figure after a clause dated 去年 is of
    last year; a date inside a document's title dates nothing."""
    (hk,) = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 1e9 and "t38_latin_money" in str(f.sources)]
    assert (hk.measure, hk.unit, hk.date) == ("首期投资", "港元", "2026-05-11")  # told in the clause after 昨日宣布
    (us,) = [f for f in facts if f.kind is FactKind.FIGURE and f.unit == "美元" and f.value == 5e6]
    assert (us.date, us.is_target) == (None, True)
    (total,) = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 920_000]
    assert (total.measure, total.date) == ("河套深圳园区科研空间总量", "2026")
    (visits,) = [f for f in facts if f.kind is FactKind.FIGURE and f.unit == "人次" and f.value == 80_000]
    assert visits.date == "2026"
    (plan,) = [f for f in facts if f.kind is FactKind.POLICY and "国际科研合作三年行动计划" in f.label]
    assert (plan.label, plan.date) == ("《河套深圳园区国际科研合作三年行动计划（2026—2028年）》", "2026-02-25")


def test_a_lead_in_back_in_time_dates_the_event_after_it(facts: list[Fact]) -> None:
    """时间回到2017年1月3日，深港两地政府签署《…备忘录》: the signing, not a target 'to 时间回'; and
    one fact with the other article that tells it."""
    (signing,) = [f for f in milestones(facts) if f.date == "2017-01-03"]
    assert not signing.is_target and "签署" in signing.label
    assert "t36_xinhua_review" in {s.article_id for s in signing.sources} and len(signing.sources) >= 2


def test_plans_for_the_coming_years_and_money_in_renminbi(facts: list[Fact]) -> None:
    """未来五年，园区计划新增…100万平方米，引进…不少于50家: both targets of 2031; 约45亿元人民币
    is 4.5 billion yuan, not a measure called 人民币; 新签约项目 is what was signed anew."""
    planned = {(f.value, f.date, f.is_target) for f in facts if f.kind is FactKind.FIGURE and "未来五年" in f.text}
    assert planned == {(1e6, "2031", True), (50, "2031", True)}
    (investment,) = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 4.5e9 and "光源" not in f.text]
    assert (investment.measure, investment.unit) == ("项目总投资", "元")
    (signed,) = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 23 and "签约" in f.text]
    assert (signed.measure, signed.date) == ("新签约项目", "2026-03")


def test_lists_plans_and_periods_name_and_date_their_figures(facts: list[Fact]) -> None:
    """——新增落地科研项目：42个 (a dashed list, the number after a colon); 预计…约有八百名受惠，涉及
    开支约一亿港元 (both planned); 今年1至10月累计… (as of October); …大楼预计…落成，提供合共约12万
    平方米 (the buildings' floor area)."""
    listed = {f.measure for f in facts if f.kind is FactKind.FIGURE and "——" in f.text}
    assert {"新增科研项目", "研发投入"} <= listed and not [m for m in listed if m and m.startswith("—")]
    (cost,) = [f for f in facts if f.kind is FactKind.FIGURE and f.measure == "涉及开支"]
    assert (cost.value, cost.date, cost.is_target) == (1e8, None, True)
    (riders,) = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 41_000]
    assert riders.date == "2026-10"
    (floor,) = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 120_000 and "第二期" in f.text]
    assert floor.measure == "第二期的首两座大楼楼面面积"
    (housing,) = [f for f in facts if f.kind is FactKind.POLICY and "住屋津贴计划" in f.label]
    assert housing.qualifier == "最高一万二千港元"


def test_a_months_additions_are_no_series_with_its_total(facts: list[Fact]) -> None:
    """九月份新增十二间进驻机构，累计进驻机构增至九十二间: what was added in September and all there
    are, two measures; never one series 12 → 92."""
    told = {(f.measure, f.value) for f in facts if f.kind is FactKind.FIGURE and "九十二" in f.text}
    assert told == {("新增进驻机构", 12), ("进驻机构", 92)}
    assert not [s for s in changed_series(facts) if {p.value for p in s.points} >= {12, 92}]


def test_a_kind_of_count_is_kept_when_names_are_made_one(facts: list[Fact]) -> None:
    """园区在孵科技企业 (incubated), 新设立科技企业 and 新引进科研人才 count other things than the
    科技企业 and 科研人才 of a park: they keep their words and join no series of the stock."""
    measures = {f.value: f.measure for f in facts if f.kind is FactKind.FIGURE and f.value in (520, 310)}
    assert measures == {520: "在孵科技企业", 310: "新设立科技企业"}
    stock = [s for s in changed_series(facts) if s.measure in ("科技企业", "科研人才")]
    assert not [p for s in stock for p in s.points if p.value in (520, 310) or "——" in p.text]


def test_a_period_s_takings_are_figures_compared_a_year_apart_not_events(facts: list[Fact]) -> None:
    """1—9月…实现营业收入125.6亿元 … 去年同期…为106.3亿元: the same takings of the same months a
    year apart make a series (实现 only says they were made); September's own takings are
    another measure; neither sentence is an event."""
    takings = [s for s in changed_series(facts) if s.measure == "园区规模以上企业营业收入"]
    assert [[(p.date, p.value) for p in s.points] for s in takings] == [[("2025-09", 106.3e8), ("2026-09", 125.6e8)]]
    (month,) = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 16.3e8]
    assert month.measure != "园区规模以上企业营业收入" and month.date == "2026-09"
    assert not [f for f in milestones(facts) if "营业收入" in f.text]


def test_holidays_date_what_happens_around_them(facts: list[Fact]) -> None:
    """国庆假期期间, a holiday past, dates a figure by its month; 整个科技城 (the whole town)
    points back at a place and names none."""
    (visits,) = [f for f in facts if f.kind is FactKind.FIGURE and "参观团组" in (f.measure or "")]
    assert (visits.date, visits.value, visits.qualifier) == ("2026-10", 40, "余")
    assert "整个科技城" not in {f.label for f in facts if f.kind is FactKind.ENTITY}


def test_a_team_s_growth_its_target_and_a_quotation_s_speaker(facts: list[Fact]) -> None:
    """团队规模已由最初的12人扩展至45人: 45 is the team now, 12 where it began (no measure of its
    own); 届时团队人数将突破60人 is a target; 「我们希望…」陈博士说: 我们 is the speaker."""
    told = {
        (f.measure, f.value, f.date, f.is_target, f.qualifier)
        for f in facts
        if f.kind is FactKind.FIGURE and f.sources[0].article_id == "t59_quotes" and "團隊" in f.sources[0].sentence
    }
    assert told == {("团队规模", 45, "2026-09-08", False, None), ("团队人数", 60, "2026-12", True, "突破")}
    teams = [s for s in changed_series(facts) if s.measure == "初创团队"]
    assert [[(p.date, p.value) for p in s.points] for s in teams] == [[("2025", 24), ("2026", 36)]]


def test_a_years_intake_is_no_level_and_a_source_document_no_subject(facts: list[Fact]) -> None:
    """2025年园区共引进各类科研人才1,860名: the year's intake (新引进), never a point after the
    1.5万 researchers there are; 根据《工作要点》，今年园区将…: the document is where the plan is
    told, not who does it."""
    (intake,) = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 1860 and f.date == "2025"]
    assert intake.measure == "新引进科研人才"
    (plan,) = [f for f in milestones(facts) if "新增科研空间20万平方米" in f.label]
    assert plan.label == "园区将新增科研空间20万平方米"


def test_levels_told_from_a_year_edge_vague_counts_and_money_spent_for_a_park(facts: list[Fact]) -> None:
    """去年年底…约有1,100人，今年上半年增至约1,400人: two levels of one measure at two edges of a
    year; 逾百家 is over a hundred, 数十项 no number; 每个项目可获奖金 is a rule, no figure;
    届时 is by the date told before; 政府已为X投入 is money spent on X."""
    overseas = [s for s in changed_series(facts) if s.measure == "海外科研人员"]
    assert [[(p.date, p.value) for p in s.points] for s in overseas] == [[("2025-12", 1100), ("2026-06", 1400)]]
    by_article = [f for f in facts if f.sources[0].article_id in ("t65_vague_numbers", "t66_closing", "t68_budget")]
    figures = {(f.measure, f.value, f.date, f.qualifier) for f in by_article if f.kind is FactKind.FIGURE}
    assert {
        ("海外科研机构", 100, "2026-08-12", "逾"),
        ("报名项目", 1230, "2026-11-09", None),
        ("获奖项目", 32, "2026-11-09", None),
        ("第二期可建设用地面积", 10, "2029", "约"),
        ("港深创科园第一期投入", 3e10, "2026-06-13", "超过"),
    } <= figures
    assert not [f for f in by_article if f.kind is FactKind.POLICY or "每个" in (f.measure or "")]
    names = {f.label for f in facts if f.kind is FactKind.ENTITY}
    assert {"罗海川", "潘美玲", "黄启明", "杨敏"} <= names


def test_a_fact_sheet_a_period_told_again_and_a_documents_parts(facts: list[Fact]) -> None:
    """同期，…新增发明专利授权412件: of the half year told before; 共5章20条 counts a document's
    parts, no figure; 量子通讯企业 is no quantum centre; 早在2017年，两地政府便签署…: 便 goes with
    早在; a fact sheet's 总投资 stays a figure beside its dated lines."""
    (patents,) = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 412]
    assert patents.date == "2026-06"
    assert not [f for f in facts if f.kind is FactKind.FIGURE and "章" in (f.measure or "")]
    assert not [f for f in facts if f.label == "粤港澳大湾区量子科学中心" and "t69_circled" in str(f.sources)]
    (memorandum,) = [f for f in milestones(facts) if f.date and f.date.startswith("2017") and "备忘录" in f.label]
    told_by = {s.article_id for s in memorandum.sources}
    assert {"t71_feature_heads", "t185_history", "t124_long_feature"} <= told_by  # 早在2017年…便签署; 2017年初签署的…
    assert memorandum.date == "2017-01-03" and "便" not in memorandum.label  # the day one of them gave
    assert not [f for f in facts if f.label.startswith(("①", "②", "③"))]


def test_a_range_counts_to_its_end_and_a_site_is_no_owner(facts: list[Fact]) -> None:
    """去年9月至今年2月期间，共有48名…: a count over a range is as of its end; 选址于河套深圳园区…，
    占地约1.8公顷 is the project's site, not the park's area; 500万份 is read."""
    scientists = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 48 and f.unit == "名"]
    assert [f.date for f in scientists] == ["2026-02"]
    (site,) = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 1.8]
    assert site.measure == "占地面积"
    assert [f.value for f in facts if f.kind is FactKind.FIGURE and f.unit == "份" and f.value == 5e6]


def test_a_hall_holds_people_and_a_list_keeps_its_leads_year(facts: list[Fact]) -> None:
    """可同时容纳1,200人 is how many it holds; 三、年内新增人才公寓1,000套 under 明年…： is next
    year's target, not this year's figure."""
    (hall,) = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 1200 and f.unit == "人"]
    assert hall.measure == "容纳人数"
    (flats,) = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 1000 and f.unit == "套"]
    assert (flats.date, flats.is_target) == ("2027", True)


def test_a_months_count_under_its_periods_and_a_writers_day(facts: list[Fact]) -> None:
    """今年前10个月，园区新增国际人才约2,300人，其中10月份当月新增320人: both of October, both
    what was added (其中 names no new measure); 园区目前约有800人 names nothing counted; 10%给予
    奖励 is no measure."""
    added = {f.value: f for f in facts if f.kind is FactKind.FIGURE and f.measure == "园区新增国际人才"}
    assert {v: f.date for v, f in added.items()} == {2300: "2026-10", 320: "2026-10"}
    assert not [f for f in facts if f.kind is FactKind.FIGURE and "目前" in (f.measure or "")]
    assert not [f for f in facts if f.kind is FactKind.FIGURE and "%" in (f.measure or "")]


def test_a_measure_that_names_no_owner_makes_no_series(facts: list[Fact]) -> None:
    """总投资 of a laboratory, a sample bank and a research centre, 名额 of a contest and an
    accelerator: five articles, five things, never one line of change in a digest."""
    bare = [f for f in facts if f.kind is FactKind.FIGURE and f.measure in ("总投资", "名额") and not f.is_target]
    assert len({f.sources[0].article_id for f in bare}) >= 3
    assert not [s.measure for s in changed_series(facts) if s.measure in ("总投资", "名额")]


def test_hong_kong_dollars_and_days_written_the_old_way(facts: list[Fact]) -> None:
    """注资$100億 in a Hong Kong paper is HK$10 billion (再 is no part of what was given); 每个项目
    最高资助1,000万元 is the scheme's cap, thousands separator and all."""
    (injection,) = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 1e10 and f.unit == "港元"]
    assert injection.measure == "向港深创新及科技园有限公司注资"
    (scheme,) = [f for f in facts if f.kind is FactKind.POLICY and "科研设施资助计划" in f.label]
    assert "最高资助1,000万元" in (scheme.qualifier or "")


def test_months_listed_after_a_year_are_of_that_year(facts: list[Fact]) -> None:
    """2024年4月、6月和9月…促成合作项目近百个: the figure is of September 2024, not of a
    September the article's day would give."""
    (deals,) = [f for f in facts if f.kind is FactKind.FIGURE and f.measure == "促成合作项目"]
    assert (deals.date, deals.value, deals.qualifier) == ("2024-09", 100, "近")


def test_a_list_grown_from_its_first_batch_and_a_time_limit(facts: list[Fact]) -> None:
    """由首批的25家扩容至65家: 65 is the list now (25 names nothing of its own); 3个工作日内 is a
    time limit, no figure; 下年度将配额扩至5,000个 is next year's target."""
    told = {(f.measure, f.value) for f in facts if f.kind is FactKind.FIGURE and "t94_agency" in str(f.sources)}
    assert ("跨境科研资金“白名单”机构", 65) in told and not {v for _, v in told} & {25, 3}
    assert "创新科技及工业局公布" not in {f.label for f in milestones(facts)}  # 昨日公布，…: the day news was told
    (quota,) = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 5000 and f.unit == "个"]
    assert (quota.measure, quota.date, quota.is_target) == ("配额", "2027", True)


def test_a_hope_to_grow_a_team_is_a_target_of_the_team(facts: list[Fact]) -> None:
    """“明年，我们希望把研究团队扩大到60人。”陈博士说: the team's target for next year, not a
    measure called 我们希望把研究团队."""
    (team,) = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 60 and "t98_observe" in str(f.sources)]
    assert (team.measure, team.date, team.is_target) == ("研究团队", "2027", True)


def test_measures_name_what_is_counted_and_whose_it_is(facts: list[Fact]) -> None:
    """已有23家机构通过数据出境安全评估 counts the institutions that passed; 第二批大楼共三座，位于…，
    总楼面面积约九万平方米 is that batch's floor area; 位于园区的X…可提供…空间 is X's space (位于园区的
    only says where X is; 可提供 is what it holds); 通过拨款约48亿元 is an appropriation."""
    measures = {f.measure or "" for f in facts if f.kind is FactKind.FIGURE}
    assert {"通过数据出境安全评估的机构", "第二批大楼总楼面面积", "深港国际科技园二期科研办公空间面积"} <= measures
    grants = {f.measure for f in facts if f.kind is FactKind.FIGURE and f.value == 4.8e9}  # 通过/批准…拨款
    assert grants == {"拨款"}
    assert not [m for m in measures if m.startswith(("位于", "通过拨款"))]


def test_five_year_plan_periods_date_their_figures(facts: list[Fact]) -> None:
    """“十四五”期间 is 2021-2025, so what it built is as of 2025; 到“十五五”末 is 2030, a target;
    “十四五”以来 counts up to the article's day."""
    built = figure(facts, "河套深圳园区建成科研空间面积", "2025")
    assert (built.value, built.is_target) == (600_000, False)
    aimed = [f for f in facts if f.kind is FactKind.FIGURE and "十五五" in f.text]
    assert {(f.value, f.date, f.is_target) for f in aimed} == {(1_500_000, "2030", True), (30_000, "2030", True)}
    since = [f for f in facts if f.kind is FactKind.FIGURE and "十四五”以来" in f.text]
    assert {f.date for f in since} == {"2026-08-19"}


def test_a_measure_of_this_building_names_the_building(facts: list[Fact]) -> None:
    """該大樓樓高12層，可提供約2.8萬平方米樓面: the building the article named before, 及 and all."""
    (area,) = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 28_000]
    assert area.measure == "港深创新及科技园第七座大楼楼面面积"


def test_a_long_measure_is_cut_where_a_name_ends(facts: list[Fact]) -> None:
    """前三季度…河套深港科技创新合作区深圳园区新增科研项目38个: not 技创新合作区深圳园区…, cut mid-word."""
    (projects,) = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 38 and "前三季度" in f.text]
    assert (projects.measure, projects.date) == ("深圳园区新增科研项目", "2026-09")


def test_a_schemes_places_are_the_schemes_and_this_years(facts: list[Fact]) -> None:
    """「港青河套實習計劃」今年名額由去年的400個增至600個，申請人數超過2,800人: the scheme's places
    (not '」名额'), and the applicants of this year (去年 is the base of the change)."""
    places = [
        (f.measure, f.date) for f in facts if f.kind is FactKind.FIGURE and f.value == 600 and "实习计划" in f.text
    ]
    assert places == [("港青河套实习计划名额", "2026")]
    (applicants,) = [f for f in facts if f.kind is FactKind.FIGURE and f.value == 2_800 and "申请" in f.text]
    assert applicants.date == "2026-07-03"


@pytest.mark.parametrize(
    "sentence",
    [
        "上半年，园区企业营收突破百亿元。",  # a half-year's takings
        "10月，园区新签约项目12个，总投资约30亿元。",  # a month's signings
        "9月，园区举办各类活动46场，吸引超过1万人次参与。",  # a month's activities
    ],
)
def test_a_periods_count_is_no_event(segmenter: Segmenter, sentence: str) -> None:
    published = Published.parse("2026-11-20")
    assert find_milestones(sentence, find_dates(sentence, published), published, segmenter.tagged) == []


def test_a_months_mark_reached_is_still_an_event(segmenter: Segmenter) -> None:
    published = Published.parse("2026-11-20")
    sentence = "2024年8月，园区企业突破400家。"
    hits = find_milestones(sentence, find_dates(sentence, published), published, segmenter.tagged)
    assert [(h.date.iso, h.label) for h in hits] == [("2024-08", "园区企业突破400家")]


def test_a_policy_answer_shows_the_amounts_its_sentence_leaves_out(briefing_of_test_articles: Briefing) -> None:
    """福田区…若干措施: 18条 and 5亿元 in the sentence shown, 最高1亿元 in the next one (其中，对…)."""
    (policy,) = [
        r for r in briefing_of_test_articles.ask("福田区对国家级科研平台支持多少").results if r.kind is FactKind.POLICY
    ]
    assert "18条" in policy.text and policy.detail == "最高1亿元"
    traditional = briefing_of_test_articles.ask("福田區對國家級科研平台支持多少").results
    assert [r.detail for r in traditional if r.kind is FactKind.POLICY] == ["最高1億元"]


def test_a_count_since_a_year_is_of_now(facts: list[Fact]) -> None:
    """自2023年以来累计引进…逾三千人 is all brought in since 2023, as of the article's day."""
    (since,) = [f for f in facts if f.kind is FactKind.FIGURE and f.measure == "新引进港澳科研人员" and f.value == 3000]
    assert since.date == "2026-12-21"

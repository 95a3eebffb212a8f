import pytest

from hetao_brief.extract.dates import Published, compatible, find_dates
from hetao_brief.extract.numerals import arabic_dates


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        ("2024-08", "一年前，《规划》发布", ["2023-08"]),
        ("2026-11-25", "预计于2027至2028年间分阶段落成", ["2027"]),  # a bare year opening a range
        ("2026-11-25", "预计在2027-2028年分阶段落成", ["2027"]),
        ("2027-01-09", "署方会在3月前检讨班次安排", ["2027-03"]),  # before March, not three months ago
        ("2027-01-09", "三个月前，路线已试行", ["2026-10"]),  # 个: a span back
        ("2026-12-30", "📅 1月9日（周六）｜河套开放日", ["2027-01-09"]),  # its weekday gives the year
        ("2026-12-30", "1月5日起，专用通道的通关时间将延长", ["2027-01-05"]),  # from then on, to come
        ("2026-12-04", "秘书处明年将在园区举办首次年会", ["2027"]),  # 首次年会: no 次年
        ("2026-12-14", "【周一】园区与澳门大学签署合作协议", ["2026-12-07"]),  # told on a Monday: last week's
        ("2026-12-14", "【周三】大赛决赛落幕", ["2026-12-09"]),
        ("2026-12-30", "1月9日（周五），园区举行开放日", ["2026-01-09"]),
        ("2027-01-09", "要求当局在农历新年前后增加班次", ["2027-02"]),  # the festival at hand, not last year's
        ("2026-12-10", "已于中秋前完成", ["2026-09-25"]),  # done: the last one
        ("2026-12-20", "春节期间，园区接待游客3万人次", ["2026-02"]),  # seven weeks off: the last one (a period)
        ("2026-11-12", "预计明年Q2投产，今年H2完成融资", ["2027-06", "2026-12"]),  # a quarter or half in English
        ("2026-10-16", "距离总决赛开幕还有30天", ["2026-11-15"]),  # a countdown, from the article's day
        ("2026-10-16", "项目还有30天完工", []),  # no 距: how long, not when
        ("2026-12-18", "展览今日开幕，开幕前一天已举行对接会", ["2026-12-18", "2026-12-17"]),  # the occasion's eve
        ("2026-12-09", "此前一天，海关刚办理了第3,600批次的手续", ["2026-12-08"]),  # the day before the article's
        ("2026-12-14", "2019年他来到河套，那年冬天租下办公室", ["2019", "2019-12"]),  # that year's winter
        ("2026-12-10", "将于下周一至周三（12月14日至16日）每晚22时至次日6时暂停", ["2026-12-14"]),  # said again; hours
        ("2026-04-16", "本年度第三季将推出第二轮计划", ["2026-09"]),
        ("2026-12-11", "大后天起，中心将推出预约服务", ["2026-12-14"]),
        ("2026-12-05", "第二座人才公寓预计明春交付使用，宿舍今冬分批入伙", ["2027-03", "2026-12"]),  # short seasons
        ("2026-12-05", "今冬明春，园区将开展消防检查", ["2026-12"]),  # one span, by its start
        ("2026-12-01", "国庆前夕，园区服务中心新址正式启用", ["2026-09"]),  # the eve, in the month before
        ("2026-12-04", "12月2日，代表团签署备忘录。隔日，代表团前往柏林", ["2026-12-02", "2026-12-03"]),  # the next day
        ("2026-12-04", "巴士隔日一班", []),  # every other day, no date
        ("2027-01-02", "跨年夜当晚，园区举办了新年音乐会", ["2026-12-31"]),  # New Year's Eve, the last one
        ("2026-10-15", "项目于2024年3月立项，同年底开工", ["2024-03", "2024-12"]),  # that year's end
        ("2026-12-18", "咖啡馆于12.26（周六）举行；增长于12.5%", ["2026-12-26"]),  # after 于, not a number
        ("2027-01-20", "距离开幕还有不到三周", ["2027-02-10"]),
        (
            "2026-12-15",
            "今年1至11月增长三成；登记合同1,120项，去年同期为860项",
            ["2026-01", "2025-11"],
        ),  # a year before
        ("2026-12-20", "2008年成立小组。九年后的2017年1月3日，两地签署备忘录", ["2008", "2017-01-03"]),  # led to it
        ("2026-12-28", "截至上年度完结时，即今年3月底，共有98间机构", ["2026-03"]),  # the date said again
        ("2026-12-28", "预计到本年度完结时，即明年3月底，总数可超过150间", ["2027-03"]),
        ("2026-09-03", "9月2日，发展署发布《措施》，自发布之日起施行", ["2026-09-02", "2026-09-02"]),
        ("2026-12-20", "园区将于农历腊月廿八举办团年饭，正月初八复工", ["2027-02-04", "2027-02-13"]),  # lunar days
        ("2026-12-16", "政府预计于明年中公布方案，明年中国…", ["2027-06", "2027"]),  # not 中国
        ("2026-12-01", "当局预计明年中向财委会申请拨款", ["2027-06"]),  # 中 before a preposition
        ("2026-12-17", "迁入后三年内将再招聘约八十名科研人员", []),  # three years from a move, not from today
        ("2026-12-17", "今后三年内将再招聘约八十名科研人员", ["2029"]),
        ("2026-12-23", "即日起至1月5日，通过园区官方网站在线报名", ["2027-01-05"]),  # from today on: ahead
        ("2026-12-27", "他估计两三年后产品可以上市", ["2029"]),  # two or three years: the later, not 23
        ("2026-12-23", "子公司预计于2027年一季度完成注册", ["2027-03"]),  # a quarter without 第
        ("2027-01-26", "研究团队上周五（二十二日）正式迁入", ["2027-01-22"]),  # a bracketed day in Chinese numerals
        ("2027-04-02", "半个月前完成扩容，工作于今年2、3月间进行", ["2027-03-18", "2027-02"]),
        ("2027-04-06", "公司将于次季推出共享办公室，这次季度考核从略", ["2027-09"]),  # the next quarter
        ("2026-12-31", "12月31日，园区举行2027年新年科技音乐会", ["2026-12-31"]),  # the year names the concert
        ("2026-12-29", "第十座大楼预计下年初落成", ["2027"]),  # Hong Kong's 明年初
        ("2026-12-24", "力争在3到5年内引进重大科研项目", ["2031"]),  # a range of years: by its end
        ("2026-12-22", "一期计划于2027年Q2上线，二期于2027年H2启动", ["2027-06", "2027-12"]),  # quarters and halves
        ("2026-12-17", "人才公寓下个礼拜一（21日）开始入伙", ["2026-12-21"]),  # the bracket is the coming Monday
        ("2026-12-15", "校方宣布延至2027/28学年开学时启用", ["2027-09"]),  # a school year, from its September
        ("2026-12-15", "现有学生会在暑假期间分批迁入", ["2027-07"]),  # 会在: the summer to come
        ("2027-01-10", "寒假期间，科学馆将推出研学营", ["2027-01"]),  # the holiday at hand
        ("2026-11-12", "园区今年首十个月共吸引五十三间机构", ["2026-10"]),  # to October, not 今年头
        ("2026-11-12", "今年前十个月、去年头10个月", ["2026-10", "2025-10"]),
        ("2026-12-10", "大会为期三天，将于12日闭幕", ["2026-12-12"]),  # a day to come, not last month's
        ("2026-12-10", "该中心已于22日揭牌", ["2026-11-22"]),
        ("2026-12-10", "10:05 研究院揭牌成立", ["2026-12-10"]),  # a live report's entry
        ("2026-12-10", "投标截止时间为9时30分，逾期10:30不受理", []),  # a time inside a sentence
        ("2026-11-26", "空中连廊日内将开通，审批压缩至3个工作日内", ["2026-11"]),
        ("2026-12-02", "局长下星期三会率团访问，上个礼拜五已出席论坛", ["2026-12-09", "2026-11-27"]),
        ("2026-08-20", "首批设施于2020年代末落成，整个科技城要到2030年代中期才建成", ["2029", "2035"]),
        ("2026-08-20", "基础设施工程再过两年将基本完成", ["2028"]),
        ("2026-12-04", "由明日（12月5日）上午7时起加密班次", ["2026-12-05"]),  # the hour is the date's
        ("2026-11-18", "前不久，中心揭牌；不久前，平台上线", ["2026-11", "2026-11"]),
        ("2026-11-18", "论坛将于月中举行，展览月中旬开幕，中心将于月中心区启用", ["2026-11", "2026-11"]),
        ("2026-11-18", "实验室半年前启用", ["2026-05"]),
        ("2026-11-18", "实验室预计半年后扩建", ["2027-05"]),
        ("2026-12-14", "明年元宵节前后将举办灯光节", ["2027-02"]),  # about its month
        ("2026-12-20", "对入驻三年内的团队给予补贴，力争三年内建成", ["2029"]),  # a duration since 入驻 dates nothing
        (
            "2026-11-20",
            "本周末（11月21日至22日），园区将举办开放日",
            ["2026-11-21"],
        ),  # the bracket says it again: one phrase
        ("2026-11-20", "第二期工程今年年尾动工，明年年头推出新计划", ["2026-12", "2027"]),  # Hong Kong's words
        ("2026-11-20", "中心将于今个月尾启用，今个星期五举行论坛", ["2026-11", "2026-11-20"]),
        ("2026-11-09", "力争明年年内在河套试点", ["2027"]),
        ("2026-12-22", "首三座大楼去年今日正式启用", ["2025-12-22"]),
        ("2026-11-26", "今年的大会将于两周后开幕", ["2026", "2026-12-10"]),
        ("2026-09-08", "“十四五”期间，园区累计建成科研空间", ["2021"]),
        ("2026-09-08", "到“十五五”末，园区科研空间将超过150万平方米", ["2030"]),
        ("2026-11-30", "▶ 11.24 园区与澳门大学签署协议", ["2026-11-24"]),
        ("2026-11-30", "园区营收增长3.12 倍", []),
        ("2026-10-28", "前三季度，全市地区生产总值约2.7万亿元", ["2026-09"]),
        ("2023-01", "去年11月29日，协议签署", ["2022-11-29"]),
        ("2023-01", "1月5日，颁奖仪式举行", ["2023-01-05"]),
        ("2024-08", "6月11日，10家中试平台授牌", ["2024-06-11"]),
        ("2024-08", "今年初，聚集区揭牌。截至6月，已累计", ["2024", "2024-06"]),
        ("2023-09", "近日，国务院印发《规划》", ["2023-09"]),
        ("2024-07", "首批三栋大楼将在年底陆续落成", ["2024-12"]),
        ("2024-08", "2022年底，首次尝试推进", ["2022-12"]),
        ("2022-01-11", "2020年1至5月，河口水质达标", ["2020-01"]),
        ("2024-07", "今年4月，签署合作备忘录", ["2024-04"]),
        ("2024-07", "去年9月，业务正式试点", ["2023-09"]),
        ("2023-01", "在去年11月举办的高交会上", ["2022-11"]),
        ("2024-01", "11月3日开园", ["2023-11-03"]),
        ("2026-11-20", "第四座大楼则于本年9月完成竣工验收", ["2026-09"]),
        ("2026-06-30", "园区将于下半年启动遴选", ["2026-12"]),
        ("2026-06-30", "上半年，园区新增项目", ["2026-06"]),
        ("2026-06-30", "2021年9月，方案印发，同月首批楼宇开工", ["2021-09", "2021-09"]),
        ("2026-06-30", "2021年9月，方案印发，同年首批楼宇开工", ["2021-09", "2021"]),
        ("2026-08-26", "公司昨（25）日宣布，工程正式招标，预计明年首季批出合约", ["2026-08-25", "2027-03"]),
        ("2026-05-09", "开幕典礼今日（5月8日）举行，深圳园区亦于同日启用服务中心", ["2026-05-08", "2026-05-08"]),
        ("2026-11-16", "二期主体结构预计明年年中交付使用", ["2027-06"]),
        ("2026-03-18", "园区将于6月底前开通第二条通道", ["2026-06"]),  # what is to come: this year
        ("2026-12-24", "园区周二（22日）迎来首批团队，星期一完成验收", ["2026-12-22", "2026-12-21"]),
        ("2026-12-24", "园区将于周一举办开放日", ["2026-12-28"]),  # to come: the next Monday
        ("2025-12-23", "2025年12月22日（星期一）启用的大楼", ["2025-12-22"]),  # the weekday says it again
        ("2026-12-24", "园区每周一开放", []),
        ("2025-12-23", "港深创科园昨（22日）举行开幕礼", ["2025-12-22"]),
        ("2027-01-05", "此前，园区已于三季度开通服务窗口", ["2026-09"]),  # told as past: last year's
        ("2026-03-18", "园区将于三季度开通服务窗口", ["2026-09"]),
        ("2027-01-05", "力争三年内建成", ["2030"]),
        ("2026-06-30", "2019年园区动工，次年首栋大楼封顶，两年后全面投用", ["2019", "2020", "2022"]),
        ("2026-06-30", "2018年签署备忘录，当年10月成立公司", ["2018", "2018-10"]),
        ("2026-06-30", "2021年9月方案印发，同年12月28日首批楼宇开工", ["2021-09", "2021-12-28"]),
        ("2026-06-30", "2018年签署备忘录，翌年3月成立公司", ["2018", "2019-03"]),
        ("2026-06-30", "项目预计三年后建成", ["2029"]),
        ("2026-06-30", "当年的小渔村已成为科创高地", []),
        ("2026-10-21", "第六座大楼今早平顶，政府昨晚举行会议", ["2026-10-21", "2026-10-20"]),
        ("2026-10-21", "今晚宴会", []),
        ("2026-10-21", "第六座大楼预计明年年底前落成", ["2027-12"]),
        ("2026-11-16", "园区月内还将发布办法", ["2026-11"]),
        ("2026-11-16", "园区每月底开放", []),
        ("2026-11-25", "2025至26财政年度的营运开支", ["2025"]),  # a financial year, by its start
        ("2026-11-25", "2025/26年度预算", ["2025"]),
        ("2026-06-18", "未来五年，园区计划新增科研空间", ["2031"]),
        ("2026-11-04", "预计2027年3月底前动工", ["2027-03"]),
        ("2026-12-31", "2027年，园区将完成二期主体工程，年中前实现入驻，年底前投用", ["2027", "2027-06", "2027-12"]),
        ("2026-12-31", "园区年中前实现入驻", ["2026-06"]),
        ("2026-10-20", "三个月前，园区启用系统", ["2026-07"]),
        ("2026-10-20", "10月15日，动物运抵园区，次日即投入实验", ["2026-10-15", "2026-10-16"]),
        ("2026-10-09", "9月18日开幕，两天后另一间公司宣布进驻", ["2026-09-18", "2026-09-20"]),
        ("2026-10-09", "两周后将公布安排", ["2026-10-23"]),
        ("2026-10-20", "本季度内还将扩大范围", ["2026-12"]),
        ("2026-10-09", "园区9月份新增机构", ["2026-09"]),  # not 年内 of this year: 三年内
        ("2026-03-18", "力争年内建成", ["2026"]),
        ("2024-08", "6月11日，10家中试平台授牌", ["2024-06-11"]),
        ("2024-03", "6月11日，10家中试平台授牌", ["2023-06-11"]),  # told as past: last year
        ("2026-12-10", "公寓将于明年春节前交付", ["2027-02-06"]),  # the Chinese calendar's New Year
        ("2026-01-20", "公寓将于春节前交付", ["2026-02-17"]),  # to come: this year's
        ("2026-03-02", "春节期间，园区接待访客", ["2026-02"]),  # a holiday: its month
        ("2026-12-10", "专线自元旦起加密班次", ["2027-01-01"]),  # from: the coming one
        ("2026-12-10", "国庆假期期间，园区接待参观团组", ["2026-10"]),  # told as past: the last one
        ("2026-06-18", "2028年中秋节前落成", ["2028-10-03"]),
        ("2026-06-18", "国庆节日气氛浓厚", ["2025-10-01"]),  # 节日 is no part of the name
        ("2026-10-28", "1—9月，营收125.6亿元；去年同期为106.3亿元", ["2026-09", "2025-09"]),
        ("2026-11-04", "去年同期，园区获批两个实验室", ["2025-11"]),  # no months told: now, a year before
        ("2026-06-05", "已于今年春季封顶，预计明年秋季开学", ["2026-03", "2027-09"]),  # a season's first month
        ("2026-09-18", "计划年末实现主线贯通", ["2026-12"]),
        ("2026-10-16", "局方计划下年度将配额扩至5,000个", ["2027"]),
        ("2026-12-29", "第八座大楼于本月23日平顶", ["2026-12-23"]),
        ("2027-01-05", "截至2026年末，机构31家，较上年末增加9家", ["2026-12", "2025-12"]),
    ],
)
def test_dates_resolve_against_publication(published: str, text: str, expected: list[str]) -> None:
    assert [d.iso for d in find_dates(text, Published.parse(published))] == expected


def test_same_month_repeats_the_date_told_in_an_earlier_sentence() -> None:
    (told,) = find_dates("2023年8月，国务院印发《规划》", Published.parse("2026-06-30"))
    (same,) = find_dates("同月，首批项目入驻", Published.parse("2026-06-30"), earlier=[told])
    assert same.iso == "2023-08"
    assert find_dates("同月，首批项目入驻", Published.parse("2026-06-30")) == []  # nothing told before
    (year_only,) = find_dates("2023年，规划印发", Published.parse("2026-06-30"))
    assert find_dates("同月，项目入驻", Published.parse("2026-06-30"), earlier=[year_only]) == []


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("政府已于二〇二五年十二月二十二日启用首三座大楼", "政府已于2025年12月22日启用首三座大楼"),
        ("今日（十一月二十日）上午", "今日（11月20日）上午"),
        ("截至十月三十一日", "截至10月31日"),
        ("本年九月完成", "本年9月完成"),
        ("二〇二七年至二〇二八年间", "2027年至2028年间"),
        ("二〇二七至二〇二八年間", "2027至2028年間"),  # a bare year before the range's last
        ("三座大楼用了十一个月建成", "三座大楼用了十一个月建成"),  # a count, not a date
        ("一百八十亿港元", "一百八十亿港元"),
        ("二〇二五至二六财政年度", "2025至26财政年度"),
        ("下个月一号开学", "下个月1号开学"),  # spoken Cantonese news: 下个月 before a day
    ],
)
def test_dates_in_chinese_numerals_are_read_in_digits(written: str, read: str) -> None:
    assert arabic_dates(written) == read


def test_anniversary_counts_back_only_in_context() -> None:
    text = "今年是《纲要》发布5周年，也是香港回归祖国27周年"
    assert [d.iso for d in find_dates(text, Published.parse("2024-07"), anniversary_context=True)] == ["2019", "1997"]
    assert find_dates("建立40周年庆祝大会", Published.parse("2020-10"), anniversary_context=False) == []


def test_relative_dates_are_marked_approximate() -> None:
    (recent,) = find_dates("近日，国务院印发", Published.parse("2023-09"))
    (exact,) = find_dates("2023年8月，国务院印发", Published.parse("2024-07"))
    assert recent.approximate and not exact.approximate


def test_invalid_month_is_not_a_date() -> None:
    assert find_dates("2023年13月", Published.parse("2024")) == [] or all(
        d.iso == "2023" for d in find_dates("2023年13月", Published.parse("2024"))
    )


@pytest.mark.parametrize(
    ("a", "b", "approx", "same"),
    [
        ("2017-07", "2017-07-01", False, True),
        ("2023-08", "2023-09", True, True),
        ("2023-08", "2023-09", False, False),
        ("2023-06", "2023-09", True, False),
    ],
)
def test_compatible_dates(a: str, b: str, approx: bool, same: bool) -> None:
    assert compatible(a, b, approx, False) is same


def test_the_month_after_and_weeks_after_count_from_the_date_told_before() -> None:
    """次月 is the month after the one told before; 两周后 opening a sentence counts from the date
    the sentence before told (and from a month told, stays in it), not from the article's day."""
    published = Published.parse("2026-12-07")
    (may,) = find_dates("今年5月，园区发布人才新政", published)
    (june,) = find_dates("次月，首批人才获认定", published, earlier=[may])
    assert june.iso == "2026-06"
    assert find_dates("次月，首批人才获认定", published) == []  # nothing told before
    (topped,) = find_dates("8月15日，一号楼平顶", published)
    (later,) = find_dates("两周后，第二座大楼亦告平顶", published, earlier=[topped])
    assert later.iso == "2026-08-29"
    assert [d.iso for d in find_dates("5月初，地库完成浇筑；两周后，主体结构开始施工", published)] == [
        "2026-05",
        "2026-05",
    ]
    assert [d.iso for d in find_dates("园区将在两周后举行开放日", published, earlier=[topped])] == ["2026-12-21"]


@pytest.mark.parametrize(
    ("text", "isos"),
    [
        ("该中心于2026.11.28正式揭牌", ["2026-11-28"]),  # a year with dots is a date before any word
        ("该中心于2026/11/28正式揭牌", ["2026-11-28"]),
        ("产值增长2.5倍", []),  # a number with a dot is none
    ],
)
def test_dates_written_with_dots_or_slashes(text: str, isos: list[str]) -> None:
    assert [d.iso for d in find_dates(text, Published.parse("2026-12-04"))] == isos


@pytest.mark.parametrize(
    ("text", "isos"),
    [
        ("决赛将于本周六（1月2日）举行", ["2027-01-02"]),  # the written date in the year of the relative one
        ("决赛将于1月2日举行", ["2027-01-02"]),  # to come, and January is past this year
        ("论坛将于2月举行", ["2027-02"]),
        ("该中心于12月20日开幕", ["2026-12-20"]),
        ("园区将于11月完成改造", ["2026-11"]),  # a month before: as told, no guess
    ],
)
def test_a_month_to_come_told_in_december_is_next_years(text: str, isos: list[str]) -> None:
    assert [d.iso for d in find_dates(text, Published.parse("2026-12-29"))] == isos


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("今明两年，园区将新建3座研发大楼", [("2026", "2027")]),  # this year to the next
        ("该中心计划于2027财年投入运营", [("2027", None)]),
        ("五一假期期间，园区接待游客1.2万人次", [("2026-05", None)]),  # a holiday past: its month
        ("园区将在明年一季度末前完成验收", [("2027-03", None)]),  # 末前 goes with the quarter
    ],
)
def test_two_years_a_fiscal_year_may_day_and_a_quarters_end(text: str, told: list[tuple[str, str | None]]) -> None:
    found = find_dates(text, Published.parse("2026-12-04"))
    assert [(d.iso[: len(iso)], d.until) for d, (iso, _) in zip(found, told, strict=True)] == told
    assert text[found[-1].end :].startswith(("，", "投入", "前完成", "期间"))


def test_the_same_day_of_a_deed_to_come_is_the_day_to_come() -> None:
    """通道将于下月中旬开放。…另外，交汇处亦会同日投入服务: the opening's day, not yesterday's news."""
    published = Published.parse("2026-12-09")
    earlier = find_dates("路政署昨日表示，通道将于下月中旬开放", published)
    (same,) = find_dates("交汇处亦会同日投入服务", published, earlier=earlier)
    assert same.iso == "2027-01"
    (told,) = find_dates("交汇处同日启用", published, earlier=earlier[:1])  # no deed to come: the day told
    assert told.iso == "2026-12-08"


def test_that_year_repeats_the_year_told_before() -> None:
    """转折发生在2017年初。那年1月3日，两地政府签署合作备忘录: the 3rd of January 2017."""
    published = Published.parse("2027-01-18")
    earlier = find_dates("转折发生在2017年初", published)
    (day,) = find_dates("那年1月3日，两地政府签署合作备忘录", published, earlier=earlier)
    assert day.iso == "2017-01-03"


def test_the_end_of_a_span_begun_on_a_day_is_no_earlier_than_it() -> None:
    """今日（3月2日）起…，咨询期至5月1日结束: the coming May, though May is two months on (至, not 截至)."""
    published = Published.parse("2027-03-02")
    begun, ended = find_dates("运输署今日（3月2日）起展开为期两个月的公众咨询，咨询期至5月1日结束", published)
    assert (begun.iso, ended.iso) == ("2027-03-02", "2027-05-01")
    (level,) = find_dates("截至5月1日，园区共有企业300家", published)  # as of a day: the last May
    assert level.iso == "2026-05-01"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("测试中心今朝开幕", "2027-05-12"),  # Cantonese: this morning
        ("琴日已经有八间公司预约", "2027-05-11"),  # yesterday
        ("政府听日会公布申请细节", "2027-05-13"),  # tomorrow
    ],
)
def test_cantonese_day_words_are_days(text: str, iso: str) -> None:
    (day,) = find_dates(text, Published.parse("2027-05-12"))
    assert day.iso == iso


@pytest.mark.parametrize(
    ("published", "text", "iso"),
    [
        ("2027-08-18", "校内科技馆预计下学期开放", "2028-02"),  # August looks to the autumn term; next is spring
        ("2027-08-18", "本学期开设16个班", "2027-09"),
        ("2027-03-10", "下学期起增设科学课", "2027-09"),
        ("2028-01-10", "下学期开学", "2028-02"),  # January is still the autumn term
        ("2027-10-05", "政府目标在2028年首季完成招标", "2028-03"),
    ],
)
def test_school_terms_and_a_years_first_quarter(published: str, text: str, iso: str) -> None:
    (found,) = find_dates(text, Published.parse(published))
    assert found.iso == iso


def test_a_season_after_a_date_in_its_clause_names_what_is_brought() -> None:
    """并于11月推出冬季科普课程: November's launch, not a winter date."""
    (month,) = find_dates("并于11月推出冬季科普课程", Published.parse("2027-10-09"))
    assert month.iso == "2027-11"


def test_the_years_end_in_hong_kong_words() -> None:
    """公司计划年尾前引入…: this year's end, as 年底前 is; 尾牙 (a dinner) is no date."""
    published = Published.parse("2027-04-08")
    (end,) = find_dates("公司亦计划年尾前为第一期引入一间大型药厂", published)
    assert end.iso == "2027-12"
    assert find_dates("公司年尾牙宴请员工", published) == []


def test_a_seasons_term_is_one_date() -> None:
    """今年秋季學期起可提供學位…: the autumn term, whole, so that no 学期起 is left in a label."""
    (term,) = find_dates("今年秋季学期起可提供学位共约1,500个", Published.parse("2028-01-16"))
    assert (term.iso, term.end) == ("2028-09", len("今年秋季学期"))


def test_years_counted_from_a_deed_to_come_are_no_date() -> None:
    """项目须在取得土地后6个月内动工，3年内竣工投产: from taking the land, whenever that is."""
    assert find_dates("项目须在取得土地后6个月内动工，3年内竣工投产", Published.parse("2028-04-19")) == []
    (aim,) = find_dates("力争3年内建成", Published.parse("2028-04-19"))
    assert aim.iso == "2031"


def test_opening_hours_name_no_day_and_from_today_is_the_day_told() -> None:
    """每周二至周日开放，周一闭馆 (or 周一闭馆 alone): a week's schedule, no day; 即日起 is the day of publication,
    unless a day was told before it (昨日宣布，…即日起可申请: that day's); 前年夏天 is a season."""
    published = Published.parse("2028-05-09")
    assert find_dates("每周二至周日9:00—17:00开放，周一闭馆", published) == []
    assert find_dates("开馆后，图书馆周一闭馆，其余时间每天9时至21时开放", published) == []  # a weekly day off
    (today,) = find_dates("科普展即日起开放线上预约", published)
    assert today.iso == "2028-05-09"
    (told,) = find_dates("昨日宣布，科研机构即日起可申请开立账户", published)
    assert told.iso == "2028-05-08"
    assert [d.iso for d in find_dates("即日起至7月31日报名", published)] == ["2028-07-31"]
    (summer,) = find_dates("前年夏天进驻", published)
    assert (summer.iso, summer.approximate) == ("2026-06", True)


def test_a_range_of_days_keeps_its_month_and_a_month_told_before_keeps_its_year() -> None:
    """12月6日至7日: the 7th of December, not of the article's month; 现定于今年12月举办….
    活动时间：12月6日, told in October: this December, not the last; 明年中 is mid-year."""
    published = Published.parse("2030-10-28")
    (days,) = find_dates("黑客松将于12月6日至7日举行", published)
    assert (days.iso, days.until) == ("2030-12-06", "2030-12-07")
    (lead,) = find_dates("现定于今年12月举办黑客松", published)
    (field,) = find_dates("黑客松于12月6日举行", published, earlier=[lead])
    assert field.iso == "2030-12-06"
    assert find_dates("黑客松于12月6日举行", published)[0].iso == "2029-12-06"  # no such month told: the last
    (mid,) = find_dates("学人村预计明年中入伙", published)
    assert (mid.iso, mid.approximate) == ("2031-06", True)


def test_days_inside_other_words_are_no_dates() -> None:
    """目前日均 holds 前日 (the day before yesterday) across two words; 连续第二年 counts years in a
    row, not the year after."""
    published = Published.parse("2030-11-15")
    assert find_dates("该专线目前日均客流约1,800人次", published) == []
    assert find_dates("衡准科技连续第二年入选", published) == []
    assert [d.iso for d in find_dates("项目于2027年启动，第二年完工", published)] == ["2027", "2028"]


def test_a_bare_quarter_to_come_and_a_day_after_the_telling_day() -> None:
    """三季度启动…, told in February without 已/了: this year's; 已于三季度开通: last year's. 决赛于
    14日…, after 主办方昨日介绍 (a day of telling) and 10月12日至14日: October's."""
    published = Published.parse("2030-02-20")
    assert find_dates("三季度启动人才社区规划编制", published)[0].iso == "2030-09"
    assert find_dates("园区已于三季度开通服务窗口", published)[0].iso == "2029-09"
    assert find_dates("三季度园区新增了企业", published)[0].iso == "2029-09"
    autumn = Published.parse("2029-09-30")
    (contest,) = find_dates("邀请赛将于10月12日至14日举行", autumn)
    (told,) = find_dates("主办方昨日介绍", autumn)
    (final,) = find_dates("决赛将于14日下午举行", autumn, earlier=[contest, told])
    assert final.iso == "2029-10-14"
    assert find_dates("工程已于14日完成", autumn, earlier=[told])[0].iso == "2029-09-14"


def test_a_weekday_after_another_is_of_the_same_week() -> None:
    """本周六、周日: that week's Sunday, one occasion over both days (not the Sunday just past);
    上周五和周六: last week's; 分别于本周六、周日: two days, each its own."""
    published = Published.parse("2031-05-14")  # a Wednesday
    (weekend,) = find_dates("本周六、周日，市集将在园区举行", published)
    assert (weekend.iso, weekend.until) == ("2031-05-17", "2031-05-18")
    (last,) = find_dates("上周五和周六，园区举办了开放日", published)
    assert (last.iso, last.until) == ("2031-05-09", "2031-05-10")
    apart = find_dates("开幕式和闭幕式分别于本周六、周日举行", published)
    assert [(d.iso, d.until) for d in apart] == [("2031-05-17", None), ("2031-05-18", None)]


def test_a_bare_weekday_whose_deed_is_to_come_is_this_weeks() -> None:
    """星期五晚上更会举行…, told on a Wednesday: the coming Friday; 星期五举行了… the one past."""
    published = Published.parse("2031-05-14")  # a Wednesday
    (coming,) = find_dates("展位之外，星期五晚上更会举行无人机汇演", published)
    assert coming.iso == "2031-05-16"
    (past,) = find_dates("星期五晚上举行了无人机汇演", published)
    assert past.iso == "2031-05-09"


def test_this_day_years_ago_and_a_span_from_a_contract() -> None:
    """五年前的今天: that very day; 须在签订合同之日起一年内开工: a year from a deed, no date."""
    published = Published.parse("2030-12-22")
    (then,) = find_dates("五年前的今天，园区首三座大楼正式启用", published)
    assert (then.iso, then.approximate) == ("2025-12-22", False)
    assert find_dates("竞得人须在签订出让合同之日起一年内开工", published) == []


def test_a_holiday_then_its_days_in_brackets() -> None:
    """元旦假期（1月1日至3日）: the holiday's days, one phrase; 元旦假期 alone: about January."""
    published = Published.parse("2031-12-28")
    (days,) = find_dates("园区将于元旦假期（1月1日至3日）开放", published)
    assert (days.iso, days.until, days.approximate) == ("2032-01-01", "2032-01-03", False)


def test_a_holiday_naming_a_camp_is_no_date_but_a_festivals_opening_hours_are() -> None:
    """寒假研学营 names a camp; 寒假期间 is the holiday's month; 春节营业安排 still dates by the festival."""
    published = Published.parse("2026-12-07")
    assert find_dates("寒假研学营将举办。", published) == []
    assert [d.iso for d in find_dates("寒假期间开放。", published)] == ["2027-01"]
    assert find_dates("园区食堂春节营业安排已公布。", published)

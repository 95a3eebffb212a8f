import pytest

from hetao_brief.extract.dates import Published, compatible, find_dates
from hetao_brief.extract.numerals import arabic_dates


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        ("2024-08", "一年前，《规划》发布", ["2023-08"]),
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
        ("2026-11-25", "2025/26年度预算", ["2025"]),  # not 年内 of this year: 三年内
        ("2026-03-18", "力争年内建成", ["2026"]),
        ("2024-08", "6月11日，10家中试平台授牌", ["2024-06-11"]),
        ("2024-03", "6月11日，10家中试平台授牌", ["2023-06-11"]),  # told as past: last year
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
        ("三座大楼用了十一个月建成", "三座大楼用了十一个月建成"),  # a count, not a date
        ("一百八十亿港元", "一百八十亿港元"),
        ("二〇二五至二六财政年度", "2025至26财政年度"),
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

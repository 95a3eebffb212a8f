"""Chinese numerals (三, 十五, 1.5万, 百亿) as numbers, through cn2an; and dates written in
Chinese numerals (二〇二五年十二月二十二日, 本年九月) in Arabic digits, as the date rules read them.

cn2an is imported on first use rather than with this module: its import is slow, and a process
that only answers queries from stored facts never reads a numeral.
"""

from __future__ import annotations

import re


def chinese_number(text: str) -> float:
    """The value of a Chinese, Arabic or mixed numeral; ValueError if it is not one."""
    from cn2an import cn2an

    return float(cn2an(text, "smart"))


def chinese_numeral(number: int) -> str:
    """A whole number in Chinese numerals (5 → 五), as a label counts what it names."""
    from cn2an import an2cn

    return str(an2cn(number))


_DIGITS = {ch: str(i) for i, ch in enumerate("〇一二三四五六七八九")} | {"○": "0", "零": "0", "O": "0"}
_UNIT = "一二三四五六七八九"
_CHINESE_DATE = re.compile(
    rf"(?P<y>[〇○零一二三四五六七八九]{{4}})(?=年|[至/／][〇○零一二三四五六七八九]{{2}}(?:财政)?年度|[至到][〇○零一二三四五六七八九]{{4}}年)"
    rf"|(?<=[〇○零一二三四五六七八九\d]{{4}}[至/／])(?P<fy>[〇○零一二三四五六七八九]{{2}})(?=(?:财政)?年度)"
    rf"|(?<![{_UNIT}十百千万两第])(?P<m>十[一二]?|[{_UNIT}])(?=月)(?!月份?[底初中]?[{_UNIT}十]?[个名])"
)
_CHINESE_DAY = re.compile(
    rf"(?:(?<=\d月)|(?<=本月)|(?<=上月)|(?<=下月)|(?<=下个月)|(?<=上个月)|(?<=[日号][及和、至])|(?<=[五六天日一二三四][（(]))"
    rf"(?P<d>三十一?|卅一?|二十[{_UNIT}]?|廿[{_UNIT}]?|十[{_UNIT}]?|[{_UNIT}])(?=[日号])"
)
"""A day in Chinese numerals after its month (十二月二十二日, 本月廿三日: 廿 is twenty, 卅 thirty),
or after a day it is listed with (下月六日及七日)."""


def _small(numeral: str) -> int:
    """一 … 三十一: a month's or a day's number."""
    numeral = numeral.replace("廿", "二十").replace("卅", "三十")
    tens, _, ones = numeral.rpartition("十")
    if "十" not in numeral:
        return _UNIT.index(numeral) + 1
    return (_UNIT.index(tens) + 1 if tens else 1) * 10 + (_UNIT.index(ones) + 1 if ones else 0)


def arabic_dates(text: str) -> str:
    """二〇二五年十二月二十二日 → 2025年12月22日, 本年九月 → 本年9月; other numerals (三座大楼)
    are left as written. Government releases in Hong Kong write their dates this way."""

    def digits(match: re.Match[str]) -> str:
        numeral = match.group(0)
        if match.lastgroup in ("y", "fy"):  # 二〇二五至二六财政年度 → 2025至26财政年度
            return "".join(_DIGITS[ch] for ch in numeral)
        return str(_small(numeral))

    return _CHINESE_DAY.sub(digits, _CHINESE_DATE.sub(digits, text))

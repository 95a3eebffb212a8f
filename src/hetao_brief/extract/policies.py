"""Policies: packages, measures, mechanisms and plans, named where the text names them."""

from __future__ import annotations

import re

POLICY_CUE = re.compile(
    r"政策包|政策措施|支持政策|举措|措施|机制|行动计划|支持计划|若干意见|资助|配套支持|资金支持|优惠|试点|政策|规划|纲要"
)
_NAMED = [
    re.compile(r"(?P<name>(?:深港|科研|产业|港澳)?“[^”]{1,12}”\s*(?:政策包|行动计划))"),
    re.compile(r"(?P<name>[^，,。、；\s“”]{2,10}(?:政策包|支持计划|行动计划))"),
    re.compile(r"(?P<name>(?:\d+|[一二三四五六七八九十]+)(?:大|项|条)[^，,。、；\s]{0,10}?(?:机制|举措|措施))"),
    re.compile(r"(?P<name>《[^》]{4,40}》)"),
]
STRONG_CUE = re.compile(r"政策包|举措|措施|机制|行动计划|支持计划|意见|资助|配套支持|资金支持|优惠|试点|支持政策|补贴")
AMOUNT = re.compile(
    r"(?:最高)?\d+(?:\.\d+)?万?(?:到|至|-|~)\d+(?:\.\d+)?万?元|最高(?:\d+:\d+|[一二两三四五六七八九十\d]+个?亿)|\d+(?:\.\d+)?(?:亿|万)?元"
)
_HEADING = re.compile(r"^(?P<name>[^：]{2,24})：")


def policy_label(text: str) -> str | None:
    """The policy's name if the sentence is about one, else None."""
    if not POLICY_CUE.search(text):
        return None
    heading = _HEADING.match(text)
    if heading and POLICY_CUE.search(heading.group("name")):
        return heading.group("name")
    for pattern in _NAMED:
        match = pattern.search(text)
        if match:
            return match.group("name").strip()
    if not STRONG_CUE.search(text):
        return None
    clause = next(c for c in re.split(r"[，,；;。：:]", text) if STRONG_CUE.search(c))
    return clause.strip()[:30]


def amounts(text: str) -> list[str]:
    """Money and ratios a policy grants, as written (2万到5万元, 最高1:1, 最高一个亿)."""
    return list(dict.fromkeys(m.group(0) for m in AMOUNT.finditer(text)))

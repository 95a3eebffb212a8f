"""Chinese numerals (三, 十五, 1.5万, 百亿) as numbers, through cn2an.

cn2an is imported on first use rather than with this module: its import is slow, and a process
that only answers queries from stored facts never reads a numeral.
"""

from __future__ import annotations


def chinese_number(text: str) -> float:
    """The value of a Chinese, Arabic or mixed numeral; ValueError if it is not one."""
    from cn2an import cn2an

    return float(cn2an(text, "smart"))

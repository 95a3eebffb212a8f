"""Folding: the one form in which queries and facts meet."""

import pytest

from hetao_brief.text.normalize import fold, simplify


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("河套合作區", "河套合作区"),
        ("ＨＫＳＴＰ　深圳", "hkstp 深圳"),
        ("China Iron & Steel Research", "china iron and steel research"),
        ("R&D", "r and d"),
        ("粤港澳&香港", "粤港澳&香港"),  # "&" between Chinese words is left alone
        ("a\u200b b\n\n c", "a b c"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_full_width_percent_and_decimal_point_are_half_width() -> None:
    assert simplify("出租率已升至约８０％，面积３．５万平方米") == "出租率已升至约80%，面积3.5万平方米"

"""Folding: the one form in which queries and facts meet."""

import pytest

from hetao_brief.text.normalize import as_written, fold, simplify, to_traditional


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


def test_cantonese_function_words_read_as_written_chinese() -> None:
    """A quotation in Cantonese: 我哋 is 我们, 喺 is 在, 嘅 is 的, 咗 is 了; other words stay."""
    assert as_written("我哋会争取第二期喺2030年之前落成，佢哋嘅大楼已经平顶咗") == (
        "我们会争取第二期在2030年之前落成，他们的大楼已经平顶了"
    )
    assert as_written("河套深圳园区") == "河套深圳园区"


def test_hong_kong_forms_are_simplified_too() -> None:
    """衞星 (Hong Kong's form of 衛星) is 卫星, as OpenCC's t2s alone leaves it; 枱 is 台."""
    assert simplify("遙感衞星") == "遥感卫星"
    assert fold("實驗枱") == "实验台"


def test_the_surname_liang_stays_a_surname_in_traditional() -> None:
    """梁子谦 is a man, not a grudge (OpenCC's phrase 梁子 → 樑子); 桥梁 is still a bridge's beam."""
    assert to_traditional("梁子谦告诉记者，桥梁工程已完成") == "梁子謙告訴記者，橋樑工程已完成"

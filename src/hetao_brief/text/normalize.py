"""Text normalisation shared by extraction and search.

Facts are stored and indexed in simplified Chinese with half-width characters, so that a
traditional article and a simplified query meet on the same tokens. Output goes back to the
script the reader used; OpenCC does both directions (its C++ build converts millions of
characters per second, so converting at query time is cheap).
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum
from functools import lru_cache

import opencc


class Script(StrEnum):
    """The writing system of a text, as the locale tags the bot uses."""

    SIMPLIFIED = "zh-Hans"
    TRADITIONAL = "zh-Hant"
    LATIN = "en"


TRADITIONAL_CACHE = 4_096
"""Texts whose traditional form is remembered (about 2 MB): answers and digests show the same
facts again and again, and converting ten of them took as long as ranking 100k facts, since a
query's scoring has just pushed OpenCC's dictionaries out of the CPU cache."""
FOLD_CACHE = 1_024
"""Folded texts remembered: extraction folds a sentence in several places (each costs a pass
of OpenCC and NFKC), one after another."""
_CJK = re.compile(r"[\u3400-\u9fff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


@lru_cache(maxsize=4)
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


_HONG_KONG_FORMS = str.maketrans("衞敍枱粧糭衹", "卫叙台妆粽只")
_HONG_KONG_FORM = re.compile("[衞敍枱粧糭衹]")
"""Hong Kong forms OpenCC's t2s leaves as they are (衞星: 卫星); its hk2s maps them too, at twice
the cost per call, and translating every text costs more than looking for them first."""


def to_simplified(text: str) -> str:
    if _HONG_KONG_FORM.search(text):
        text = text.translate(_HONG_KONG_FORMS)
    return _converter("t2s").convert(text)


@lru_cache(maxsize=TRADITIONAL_CACHE)
def to_traditional(text: str) -> str:
    """Simplified to traditional with Hong Kong variants: the corpus's traditional articles are
    from Hong Kong papers, and so are most of its traditional-script readers."""
    converted = _converter("s2hk").convert(text)
    if "梁" in text and "樑" in converted and len(converted) == len(text):
        converted = "".join(
            "梁" if was == "梁" and now == "樑" and text[at - 1 : at] not in _BEAMS_OF else now
            for at, (was, now) in enumerate(zip(text, converted, strict=True))
        )
    return converted


_BEAMS_OF = frozenset("桥栋脊横房大屋木钢主悬跳鼻山石")
"""桥梁, 栋梁, 脊梁: 梁 a beam, which Hong Kong writes 樑; anywhere else 梁 is the surname (梁子谦,
which OpenCC's phrase 梁子 would turn into 樑子謙)."""


def detect_script(text: str) -> Script:
    """Traditional if converting to simplified changes any character, simplified if there is
    any Chinese at all, otherwise Latin (English)."""
    if not _CJK.search(text):
        return Script.LATIN
    return Script.TRADITIONAL if to_simplified(text) != text else Script.SIMPLIFIED


def is_script_neutral(text: str) -> bool:
    """Chinese that reads the same in both scripts (河套, 科技): it says nothing of its reader's."""
    return bool(_CJK.search(text)) and to_simplified(text) == text and to_traditional(text) == text


def to_script(text: str, script: Script) -> str:
    """Render text for a reader of `script`; English readers see simplified Chinese, since
    the facts themselves are Chinese."""
    return to_traditional(text) if script is Script.TRADITIONAL else to_simplified(text)


def strip_control(text: str) -> str:
    """Drop control, zero-width and bidi-override characters that would only confuse matching."""
    return _CONTROL.sub("", text)


_LATIN_AMPERSAND = re.compile(r"(?<=[a-z0-9])\s*&\s*(?=[a-z0-9])")
_FULLWIDTH_ALNUM = {c: c - 0xFEE0 for c in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]} | {
    ord("％"): "%",
    ord("．"): ".",
}
"""Full-width digits, letters, the percent sign and the decimal point (８０％, ３．５万): half-width."""


def simplify(text: str) -> str:
    """The stored form of a fact's text: simplified Chinese, half-width digits and letters,
    but Chinese punctuation kept, so that it still reads well when shown."""
    return to_simplified(strip_control(text)).translate(_FULLWIDTH_ALNUM).replace("\u3000", " ")


@lru_cache(maxsize=FOLD_CACHE)
def fold(text: str) -> str:
    """The canonical form for matching: NFKC (full-width to half-width), simplified Chinese,
    lower-case Latin, "&" between Latin words read as "and" (English names are written both
    ways), no control characters, single spaces. Remembered: extraction folds each sentence in
    several places (its names, its firms, its speaker)."""
    text = unicodedata.normalize("NFKC", strip_control(text))
    text = _LATIN_AMPERSAND.sub(" and ", to_simplified(text).lower())
    return re.sub(r"\s+", " ", text).strip()


_CANTONESE = {
    "我哋": "我们",
    "你哋": "你们",
    "佢哋": "他们",
    "佢": "他",
    "喺": "在",
    "嘅": "的",
    "咗": "了",
    "仲有": "还有",
    "仲会": "还会",
    "听讲": "据悉",
    "到时候": "届时",
    "到时": "届时",
}
_CANTONESE_WORD = re.compile("|".join(_CANTONESE))


def as_written(text: str) -> str:
    """Cantonese function words in a quotation (我哋会…，争取…喺2030年之前落成) as written
    Chinese says them, so that dates and subjects are read as in any other sentence."""
    return _CANTONESE_WORD.sub(lambda m: _CANTONESE[m.group(0)], text)

"""A quick "no" for the exact-phrase boost: bigram signatures of the facts' texts.

Whether a query's phrase occurs in a fact's text can only be told by reading the text. At 100k
facts the texts are 30 MB spread over the heap, so each check is a handful of cache misses,
and a page may check 256 of them: that was the largest part of building a page. Each text
gets a 256-bit signature of its character bigrams, one cache line. A phrase can occur only in
a text whose signature has every bit of the phrase's own, so comparing signatures rules out
most texts, and only the rest are read.
"""

from __future__ import annotations

import itertools

import numpy as np
import numpy.typing as npt

from hetao_brief.search.duplicates import bigram_table

BITS = 256
_WORDS = BITS // 64
_CHUNK = 8_192
"""Texts encoded at a time while building: the code points of 100k texts at once would be a
temporary of 50 MB."""
_GOLDEN = 0x9E3779B97F4A7C15


class PhraseSignatures:
    def __init__(self, texts: list[str]) -> None:
        parts = [_signatures(texts[start : start + _CHUNK]) for start in range(0, len(texts), _CHUNK)]
        self._signatures = np.concatenate(parts) if parts else np.zeros((0, _WORDS), dtype=np.uint64)

    def may_contain(self, docs: npt.NDArray[np.intp], phrase: str) -> npt.NDArray[np.bool_]:
        """For each doc, False if `phrase` cannot occur in its text; True if it may."""
        wanted = signature(phrase)
        return np.asarray(((self._signatures[docs] & wanted) == wanted).all(axis=1))


def _signatures(texts: list[str]) -> npt.NDArray[np.uint64]:
    """One row of `BITS` bits per text, set at a hash of each of its character bigrams."""
    starts, codes = bigram_table(texts)
    text_of = np.repeat(np.arange(len(texts)), np.diff(starts))
    return _packed(text_of, _bit(codes.astype(np.uint64)), len(texts))


def signature(phrase: str) -> npt.NDArray[np.uint64]:
    """`_signatures` of one text, its bigram codes worked out in plain Python: a query's
    phrase is a few characters, and the dozen array passes of `bigram_table` took a third of
    the time to build a page at 1k facts. The codes are `bigram_table`'s: two characters'
    low 16 bits side by side."""
    codes = [(ord(first) & 0xFFFF) << 16 | (ord(second) & 0xFFFF) for first, second in itertools.pairwise(phrase)]
    bits = _bit(np.array(codes, dtype=np.uint64))
    return _packed(np.zeros(len(bits), dtype=np.intp), bits, 1)[0]


def _bit(codes: npt.NDArray[np.uint64]) -> npt.NDArray[np.intp]:
    """Which of the `BITS` bits each bigram code sets: the top byte of code × 2⁶⁴/φ modulo
    2⁶⁴ (Fibonacci hashing), which spreads nearby codes (same first character) far apart."""
    return ((codes * np.uint64(_GOLDEN)) >> np.uint64(56)).astype(np.intp)


def _packed(row_of: npt.NDArray[np.intp], bit: npt.NDArray[np.intp], rows: int) -> npt.NDArray[np.uint64]:
    """`rows` signatures with bit `bit[i]` set in row `row_of[i]`, as `_WORDS` words a row."""
    table = np.zeros((rows, BITS), dtype=bool)
    table[row_of, bit] = True
    return np.packbits(table, axis=1).view(np.uint64)

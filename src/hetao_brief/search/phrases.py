"""A quick "no" for the exact-phrase boost: bigram signatures of the facts' texts.

Whether a query's phrase occurs in a fact's text can only be told by reading the text. At 100k
facts the texts are 30 MB spread over the heap, so each check is a handful of cache misses,
and a page may check hundreds of them: that was the largest part of building a page. Each text
gets a 256-bit signature of its character bigrams, one cache line. A phrase can occur only in
a text whose signature has every bit of the phrase's own, so comparing signatures rules out
most texts, and only the rest are read (search/_rank.c does both).
"""

from __future__ import annotations

import itertools

import numpy as np
import numpy.typing as npt

from hetao_brief.search.duplicates import bigram_table

BITS = 256
WORDS = BITS // 64
_CHUNK = 8_192
"""Texts encoded at a time while building: the code points of 100k texts at once would be a
temporary of 50 MB."""
_GOLDEN = 0x9E3779B97F4A7C15


def signatures(texts: list[str]) -> npt.NDArray[np.uint64]:
    """One signature per text: a row of `BITS` bits, set at a hash of each of its character
    bigrams, as `WORDS` 64-bit words."""
    parts = [_signatures(texts[start : start + _CHUNK]) for start in range(0, len(texts), _CHUNK)]
    return np.concatenate(parts) if parts else np.zeros((0, WORDS), dtype=np.uint64)


def _signatures(texts: list[str]) -> npt.NDArray[np.uint64]:
    starts, codes = bigram_table(texts)
    text_of = np.repeat(np.arange(len(texts)), np.diff(starts))
    return _packed(text_of, _bit(codes.astype(np.uint64)), len(texts))


def signature(phrase: str) -> bytes:
    """The phrase's signature, laid out as a row of `signatures` in memory, worked out in plain
    Python: a query's phrase is a few characters, and array passes cost more than the work.
    The bigram codes are `bigram_table`'s: two characters' low 16 bits side by side."""
    row = bytearray(BITS // 8)
    for first, second in itertools.pairwise(phrase):
        code = (ord(first) & 0xFFFF) << 16 | (ord(second) & 0xFFFF)
        bit = (code * _GOLDEN) % 2**64 >> 56
        row[bit >> 3] |= 0x80 >> (bit & 7)  # `np.packbits` order: the first bit is the byte's highest
    return bytes(row)


def _bit(codes: npt.NDArray[np.uint64]) -> npt.NDArray[np.intp]:
    """Which of the `BITS` bits each bigram code sets: the top byte of code × 2⁶⁴/φ modulo
    2⁶⁴ (Fibonacci hashing), which spreads nearby codes (same first character) far apart."""
    return ((codes * np.uint64(_GOLDEN)) >> np.uint64(56)).astype(np.intp)


def _packed(row_of: npt.NDArray[np.intp], bit: npt.NDArray[np.intp], rows: int) -> npt.NDArray[np.uint64]:
    """`rows` signatures with bit `bit[i]` set in row `row_of[i]`, as `WORDS` words a row."""
    table = np.zeros((rows, BITS), dtype=bool)
    table[row_of, bit] = True
    return np.packbits(table, axis=1).view(np.uint64)

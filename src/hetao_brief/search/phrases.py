"""A quick "no" for the exact-phrase boost: bigram signatures of the facts' texts.

Whether a query's phrase occurs in a fact's text can only be told by reading the text. At 100k
facts the texts are 30 MB spread over the heap, so each check is a handful of cache misses,
and a page may check 256 of them: that was the largest part of building a page. Each text
gets a 256-bit signature of its character bigrams, one cache line. A phrase can occur only in
a text whose signature has every bit of the phrase's own, so comparing signatures rules out
most texts, and only the rest are read.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from hetao_brief.search.duplicates import bigram_table

BITS = 256
_WORDS = BITS // 64
_CHUNK = 8_192
"""Texts encoded at a time while building: the code points of 100k texts at once would be a
temporary of 50 MB."""


class PhraseSignatures:
    def __init__(self, texts: list[str]) -> None:
        parts = [_signatures(texts[start : start + _CHUNK]) for start in range(0, len(texts), _CHUNK)]
        self._signatures = np.concatenate(parts) if parts else np.zeros((0, _WORDS), dtype=np.uint64)

    def may_contain(self, docs: npt.NDArray[np.intp], phrase: str) -> npt.NDArray[np.bool_]:
        """For each doc, False if `phrase` cannot occur in its text; True if it may."""
        wanted = _signatures([phrase])[0]
        return np.asarray(((self._signatures[docs] & wanted) == wanted).all(axis=1))


def _signatures(texts: list[str]) -> npt.NDArray[np.uint64]:
    """One row of `BITS` bits per text, set at a hash of each of its character bigrams."""
    starts, codes = bigram_table(texts)
    text_of = np.repeat(np.arange(len(texts)), np.diff(starts))
    bit = ((codes.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(56)).astype(np.intp)
    rows = np.zeros((len(texts), BITS), dtype=bool)
    rows[text_of, bit] = True
    return np.packbits(rows, axis=1).view(np.uint64)

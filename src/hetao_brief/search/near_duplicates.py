"""Near-duplicate groups of sentences, found once per index build.

A page of answers shows each piece of news once, although articles repeat each other's
sentences with small edits, and a larger corpus holds many near-copies of one sentence. Which
sentences are near-identical is a property of the corpus, not of the query, so it is worked out
when the index is built: every sentence gets a group id, and a query keeps the best hit per
group with integer comparisons. Checking wording at query time, pair by pair, was most of a
query's cost at 100k facts.

Two sentences are near-duplicates when the Jaccard similarity of their character-bigram sets
is at least `SIMILAR`; groups are the connected components of that relation. Comparing every
pair is quadratic, so pairs are proposed by MinHash with locality-sensitive banding and each
proposed pair is kept only if its MinHash estimate reaches `SIMILAR`: a pair at 0.6 is found
with near certainty, a pair below 0.4 is almost never joined.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

SIMILAR = 0.6
HASHES = 32
_SEED = 20_241_125
_CHUNK = 65_536


def char_bigrams(text: str) -> set[str]:
    """Every pair of adjacent characters: near-identical wording shares most of them."""
    return {text[i : i + 2] for i in range(len(text) - 1)}


def jaccard(a: str, b: str) -> float:
    """The exact similarity that the groups approximate (for tests and the benchmark)."""
    x, y = char_bigrams(a), char_bigrams(b)
    return len(x & y) / len(x | y) if x or y else float(a == b)


def bigram_table(texts: list[str]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.uint32]]:
    """Every text's character bigrams as 32-bit codes in one flat array, text i's at
    ``codes[starts[i]:starts[i + 1]]``. A code packs two BMP characters exactly; rarer
    characters fold onto BMP codes."""
    chars = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32) & 0xFFFF
    lengths = np.array([len(t) for t in texts], dtype=np.int64)
    counts = np.maximum(lengths - 1, 0)
    starts = np.concatenate(([0], np.cumsum(counts)))
    offsets = np.cumsum(lengths) - lengths  # where each text begins in `chars`
    positions = np.arange(starts[-1]) - np.repeat(starts[:-1] - offsets, counts)
    return starts, (chars[positions] << 16) | chars[positions + 1]


def group_ids(texts: list[str]) -> npt.NDArray[np.int32]:
    """A group id per text (0, 1, 2, … in order of first appearance): equal ids for texts
    joined by a chain of near-duplicate pairs, always for identical texts."""
    distinct = list(dict.fromkeys(texts))
    starts, codes = bigram_table(distinct)
    has_bigrams = np.flatnonzero(np.diff(starts) > 0)  # a text of one character joins nothing
    signatures = _minhash(codes, starts[has_bigrams])
    left, right = _proposed_pairs(signatures)
    similar = _estimated_similar(signatures, left, right)
    roots = _components(len(distinct), has_bigrams[left[similar]], has_bigrams[right[similar]])
    dense = np.unique(roots, return_inverse=True)[1].astype(np.int32)  # a root is its group's first text
    position = {text: i for i, text in enumerate(distinct)}
    return dense[[position[text] for text in texts]] if texts else dense


def _minhash(codes: npt.NDArray[np.uint32], starts: npt.NDArray[np.int64]) -> npt.NDArray[np.uint32]:
    """`HASHES` minimum hash values per text whose bigrams begin at `starts` and run to the
    next start (multiply-shift hashing of the codes); the share of equal values between two
    texts estimates their Jaccard similarity."""
    rng = np.random.default_rng(_SEED)
    multipliers = rng.integers(1, 2**63, size=HASHES, dtype=np.uint64) | np.uint64(1)
    offsets = rng.integers(0, 2**63, size=HASHES, dtype=np.uint64)
    signatures = np.zeros((len(starts), HASHES), dtype=np.uint32)
    if not len(starts):
        return signatures
    wide = codes.astype(np.uint64)
    for i in range(HASHES):
        hashed = ((wide ^ offsets[i]) * multipliers[i]) >> np.uint64(32)
        signatures[:, i] = np.minimum.reduceat(hashed, starts)
    return signatures


def _estimated_similar(
    signatures: npt.NDArray[np.uint32], left: npt.NDArray[np.intp], right: npt.NDArray[np.intp]
) -> npt.NDArray[np.bool_]:
    """Which proposed pairs agree on at least `SIMILAR` of their hashes (in chunks: a pair's two
    rows are copied to compare them)."""
    return np.concatenate(
        [np.zeros(0, dtype=bool)]
        + [
            (signatures[left[i : i + _CHUNK]] == signatures[right[i : i + _CHUNK]]).sum(axis=1)
            >= math.ceil(SIMILAR * HASHES)
            for i in range(0, len(left), _CHUNK)
        ]
    )


def _proposed_pairs(signatures: npt.NDArray[np.uint32]) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """Pairs of texts equal on at least one band of two hashes, each text paired
    with the first text of its bucket (enough to connect the bucket, linear in its size)."""
    lefts, rights = [np.zeros(0, dtype=np.intp)], [np.zeros(0, dtype=np.intp)]
    if len(signatures) < 2:
        return lefts[0], rights[0]
    wide = signatures.astype(np.uint64)
    for band in range(0, HASHES, 2):
        keys = (wide[:, band] << np.uint64(32)) | wide[:, band + 1]
        order = np.argsort(keys, kind="stable")
        opens = np.concatenate(([True], keys[order][1:] != keys[order][:-1]))
        first = order[np.maximum.accumulate(np.where(opens, np.arange(len(order)), 0))]
        lefts.append(first[~opens])
        rights.append(order[~opens])
    pairs = np.sort(np.concatenate(lefts).astype(np.int64) << 32 | np.concatenate(rights))
    pairs = pairs[np.concatenate(([True], pairs[1:] != pairs[:-1]))] if len(pairs) else pairs
    return (pairs >> 32).astype(np.intp), (pairs & 0xFFFFFFFF).astype(np.intp)


def _components(count: int, left: npt.NDArray[np.intp], right: npt.NDArray[np.intp]) -> npt.NDArray[np.intp]:
    """The smallest member of each element's connected component (hook and compress)."""
    parent = np.arange(count)
    while True:
        a, b = parent[left], parent[right]
        if np.array_equal(a, b):
            return parent
        low = np.minimum(a, b)
        np.minimum.at(parent, a, low)
        np.minimum.at(parent, b, low)
        while not np.array_equal(parent[parent], parent):
            parent = parent[parent]

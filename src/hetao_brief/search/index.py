"""An in-memory BM25 index over facts, built once per reload and swapped whole.

The index is immutable once built: a reload builds a new one beside it and the service swaps
a single reference, so a query always sees one complete fact set (old or new), never a half-
built one. Ranking is BM25 over the analyzer's weighted terms, multiplied by query coverage
(answers that match every part of the query first), an exact-phrase boost and a boost for
the kind of fact the question asks for (when → milestones, how many → figures).

Postings are numpy arrays holding each (term, fact) pair's BM25 impact, computed once at build
time, so a query is a handful of vectorised adds however common its words are: at 100k facts
a domain word such as 深圳 is in half of them, and scoring those one Python step at a time was
what made queries slow. Only the exact-phrase boost needs the text, and it is checked only for
the facts it could lift into the page.
"""

from __future__ import annotations

import difflib
import math
from array import array
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from hetao_brief.facts import Fact, FactKind
from hetao_brief.normalize import fold
from hetao_brief.search.analyzer import Analyzer, Query

K1 = 1.2
B = 0.75
PHRASE_BOOST = 1.4
INTENT_BOOST = 1.6
NEAR_DUPLICATE = 0.8
WINDOW_PER_HIT = 16
MIN_WINDOW = 128

_KINDS = list(FactKind)


@dataclass(frozen=True)
class Hit:
    fact: Fact
    score: float


@dataclass(frozen=True)
class _Postings:
    docs: npt.NDArray[np.int32]
    impacts: npt.NDArray[np.float64]
    """BM25 contribution of the term to each doc for a query weight of 1."""


def char_bigrams(text: str) -> set[str]:
    """Every pair of adjacent characters: near-identical wording shares most of them."""
    return {text[i : i + 2] for i in range(len(text) - 1)}


def _bigram_table(texts: list[str]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.uint32]]:
    """Every text's character bigrams as 32-bit codes in one flat array, text i's at
    ``codes[starts[i]:starts[i + 1]]``: the near-duplicate check needs them for whichever facts
    a query brings up, and making them from the strings each time was most of a query's cost.
    A code packs two BMP characters exactly; rarer characters fold onto BMP codes."""
    chars = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32) & 0xFFFF
    lengths = np.array([len(t) for t in texts], dtype=np.int64)
    counts = np.maximum(lengths - 1, 0)
    starts = np.concatenate(([0], np.cumsum(counts)))
    offsets = np.cumsum(lengths) - lengths  # where each text begins in `chars`
    positions = np.arange(starts[-1]) - np.repeat(starts[:-1] - offsets, counts)
    return starts, (chars[positions] << 16) | chars[positions + 1]


class SearchIndex:
    def __init__(self, facts: list[Fact], analyzer: Analyzer) -> None:
        self.facts = facts
        self._analyzer = analyzer
        folded = [fold(f.text) for f in facts]
        self._bigram_starts, self._bigram_codes = _bigram_table(folded)
        lexicon = analyzer.lexicon
        self._phrasable = [
            lexicon.canonicalize(fold(f.label) + " " + text) for f, text in zip(facts, folded, strict=True)
        ]
        self._kinds = np.array([_KINDS.index(f.kind) for f in facts], dtype=np.int8)
        self._ids = [f.id for f in facts]
        sentence_ids: dict[str, int] = {}
        self._sentence = [sentence_ids.setdefault(text, len(sentence_ids)) for text in folded]
        self._postings = self._invert(facts, analyzer)
        self._vocabulary = sorted(
            {*analyzer.lexicon.vocabulary(), *(fold(f.label) for f in facts if len(f.label) <= 20)}
        )

    @staticmethod
    def _invert(facts: list[Fact], analyzer: Analyzer) -> dict[str, _Postings]:
        """Term → postings with precomputed impacts. The pairs are gathered in flat typed
        arrays and grouped by one stable sort, which keeps a 100k-fact build's peak memory a
        fraction of a dict of Python lists."""
        codes: dict[str, int] = {}
        term_of, doc_of, tf_of = array("i"), array("i"), array("d")
        lengths = np.zeros(len(facts))
        for doc, fact in enumerate(facts):
            terms = analyzer.fact_terms(fact)
            lengths[doc] = sum(terms.values())
            for term, tf in terms.items():
                term_of.append(codes.setdefault(term, len(codes)))
                doc_of.append(doc)
                tf_of.append(tf)
        terms_arr = np.frombuffer(term_of, dtype=np.int32)
        docs = np.frombuffer(doc_of, dtype=np.int32)
        tfs = np.frombuffer(tf_of, dtype=np.float64)
        average = float(lengths.mean()) if len(facts) else 1.0
        norms = tfs + K1 * (1 - B + B * lengths[docs] / average)
        order = np.argsort(terms_arr, kind="stable")  # docs stay ascending within a term
        bounds = np.searchsorted(terms_arr[order], np.arange(len(codes) + 1))
        n = len(facts)
        postings = {}
        for term, code in codes.items():
            picked = order[bounds[code] : bounds[code + 1]]
            idf = math.log(1 + (n - len(picked) + 0.5) / (len(picked) + 0.5))
            impacts = idf * tfs[picked] * (K1 + 1) / norms[picked]
            postings[term] = _Postings(docs[picked].copy(), impacts)
        return postings

    def __len__(self) -> int:
        return len(self.facts)

    def search(self, query: Query, limit: int = 3, offset: int = 0) -> list[Hit]:
        return self.page(query, limit, offset)[0]

    def page(self, query: Query, limit: int = 3, offset: int = 0) -> tuple[list[Hit], bool]:
        """One page of hits and whether another page follows (found by asking for one more
        hit, which is far cheaper than counting them all).

        The page is drawn from the best `window` matches only. Near-duplicates are found by
        comparing wording, which costs microseconds per fact; walking every match of a common
        word to prove there is no further distinct one would cost more than the answer is
        worth, and nobody pages that deep in a chat."""
        wanted = offset + limit + 1
        docs, scores = self._scores(query)
        hits = self._distinct(self._best(query, docs, scores, max(WINDOW_PER_HIT * wanted, MIN_WINDOW)), wanted)
        return hits[offset : offset + limit], len(hits) > offset + limit

    def matching(self, query: Query, min_coverage: float = 0.5) -> set[str]:
        """Ids of every fact that matches at least `min_coverage` of the query's weight:
        the fact set of a digest topic."""
        total = sum(query.terms.values()) or 1.0
        matched = np.zeros(len(self.facts))
        for term, weight in query.terms.items():
            if (postings := self._postings.get(term)) is not None:
                matched[postings.docs] += weight
        return {self._ids[doc] for doc in np.flatnonzero(matched / total >= min_coverage)}

    def _scores(self, query: Query) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.float64]]:
        """Every matching doc and its score before the phrase boost: BM25 × coverage × intent."""
        scores = np.zeros(len(self.facts))
        matched = np.zeros(len(self.facts))
        for term, weight in query.terms.items():
            if (postings := self._postings.get(term)) is not None:
                scores[postings.docs] += weight * postings.impacts
                matched[postings.docs] += weight
        docs = np.flatnonzero(matched)
        total = sum(query.terms.values()) or 1.0
        ranked = scores[docs] * (0.25 + 0.75 * matched[docs] / total)
        if query.intent is not None:
            ranked[self._kinds[docs] == _KINDS.index(query.intent)] *= INTENT_BOOST
        return docs, ranked

    def _best(
        self, query: Query, docs: npt.NDArray[np.intp], scores: npt.NDArray[np.float64], window: int
    ) -> list[tuple[float, str, int]]:
        """The best `window` matches as (-score, fact id, doc), best first, ties by id. The
        exact-phrase boost re-ranks this window only: checking the text of every match of a
        common word would cost more than the rest of the query."""
        if window < len(docs):
            top = np.argpartition(scores, len(scores) - window)[len(scores) - window :]
            docs, scores = docs[top], scores[top]
        phrase = self._analyzer.lexicon.canonicalize(query.phrase) if len(query.phrase) > 1 else ""
        ranked = []
        for doc, score in zip(docs.tolist(), scores.tolist(), strict=True):
            if phrase and phrase in self._phrasable[doc]:
                score *= PHRASE_BOOST
            ranked.append((-score, self._ids[doc], doc))
        ranked.sort()
        return ranked

    def _distinct(self, ranked: list[tuple[float, str, int]], wanted: int) -> list[Hit]:
        """Best hits, one per sentence: a sentence that yields a figure, a milestone and an
        entity is shown once, as its best-scoring fact; near-identical wording likewise."""
        hits: list[Hit] = []
        shown: list[set[int]] = []
        sentences: set[int] = set()
        for negative, _, doc in ranked:
            sentence = self._sentence[doc]
            if sentence in sentences:
                continue
            sentences.add(sentence)
            grams = self._bigrams_of(doc)
            if any(len(grams & other) >= NEAR_DUPLICATE * min(len(grams), len(other)) for other in shown):
                continue
            hits.append(Hit(self.facts[doc], round(-negative, 4)))
            shown.append(grams)
            if len(hits) >= wanted:
                break
        return hits

    def _bigrams_of(self, doc: int) -> set[int]:
        return set(self._bigram_codes[self._bigram_starts[doc] : self._bigram_starts[doc + 1]].tolist())

    def suggest(self, query: Query, limit: int = 3) -> list[str]:
        """Known names closest to a query that found nothing ('did you mean')."""
        target = query.folded
        if not target:
            return []
        grams = char_bigrams(target) or {target}
        scored = []
        for name in self._vocabulary:
            overlap = len(grams & (char_bigrams(name) or {name})) / len(grams)
            ratio = difflib.SequenceMatcher(None, target, name).ratio()
            scored.append((max(overlap, ratio), name))
        scored.sort(key=lambda pair: (-pair[0], len(pair[1]), pair[1]))
        return [name for score, name in scored[:limit] if score >= 0.34]

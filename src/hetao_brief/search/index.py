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
the facts it could lift into the page, after bigram signatures (search/phrases.py) have ruled
out most of them. A page shows the best fact of each near-duplicate group
(search/duplicates.py), worked out when the index is built.
"""

from __future__ import annotations

import difflib
import math
from array import array
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from hetao_brief.facts import Fact, FactKind
from hetao_brief.memory import release_free_memory
from hetao_brief.normalize import fold
from hetao_brief.search.analyzer import Analyzer, Query
from hetao_brief.search.duplicates import char_bigrams, group_ids
from hetao_brief.search.phrases import PhraseSignatures

K1 = 1.2
B = 0.75
PHRASE_BOOST = 1.4
INTENT_BOOST = 1.6
PHRASE_CHECKS = 256
PHRASE_SIGNATURES_FROM = 32
COVERAGE_STEPS = 20
"""Query term weights are whole twentieths (1, 1.5, 0.7), so the weight a fact matches is a
whole number of steps; `_scores` relies on it to add up BM25 and coverage in one pass."""

_KINDS = list(FactKind)


@dataclass(frozen=True)
class Hit:
    fact: Fact
    score: float


@dataclass(frozen=True)
class _Postings:
    docs: npt.NDArray[np.int32]
    impacts: npt.NDArray[np.float32]
    """BM25 contribution of the term to each doc for a query weight of 1 (single precision:
    a page is ranked on four decimals, and it halves the largest part of the index)."""
    top: float
    """The largest impact: bounds what the term can add to a score."""


class SearchIndex:
    def __init__(self, facts: list[Fact], analyzer: Analyzer) -> None:
        self.facts = facts
        self._analyzer = analyzer
        folded = [fold(f.text) for f in facts]
        labels = [fold(f.label) for f in facts]
        self._group = group_ids(folded)  # ids count up from 0, so the largest + 1 is how many
        self._group_count = int(self._group.max()) + 1 if len(facts) else 0
        lexicon = analyzer.lexicon
        self._phrasable = [lexicon.canonicalize(label + " " + text) for label, text in zip(labels, folded, strict=True)]
        self._phrase_signatures = PhraseSignatures(self._phrasable)
        self._kinds = np.array([_KINDS.index(f.kind) for f in facts], dtype=np.int8)
        self._ids = [f.id for f in facts]
        self._id_rank = np.empty(len(facts), dtype=np.int32)
        self._id_rank[sorted(range(len(facts)), key=self._ids.__getitem__)] = np.arange(len(facts), dtype=np.int32)
        self._postings = self._invert(facts, labels, folded, analyzer)
        self._vocabulary = _Vocabulary(analyzer.lexicon.vocabulary(), facts, labels)
        release_free_memory()  # the build's temporaries were several times the index

    @staticmethod
    def _invert(facts: list[Fact], labels: list[str], texts: list[str], analyzer: Analyzer) -> dict[str, _Postings]:
        """Term → postings with precomputed impacts. The pairs are gathered in flat typed
        arrays and grouped by one stable sort, which keeps a 100k-fact build's peak memory a
        fraction of a dict of Python lists."""
        codes: dict[str, int] = {}
        term_of, doc_of, tf_of = array("i"), array("i"), array("d")
        lengths = np.zeros(len(facts))
        for doc, fact in enumerate(facts):
            terms = analyzer.fact_terms(fact, labels[doc], texts[doc])
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
            impacts = (idf * tfs[picked] * (K1 + 1) / norms[picked]).astype(np.float32)
            postings[term] = _Postings(docs[picked].copy(), impacts, float(impacts.max()))
        return postings

    def __len__(self) -> int:
        return len(self.facts)

    def search(self, query: Query, limit: int = 3, offset: int = 0) -> list[Hit]:
        return self.page(query, limit, offset)[0]

    def page(self, query: Query, limit: int = 3, offset: int = 0) -> tuple[list[Hit], bool]:
        """One page of hits, one per near-duplicate group, and whether another page follows
        (found by asking for one more hit, which is far cheaper than counting them all)."""
        wanted = offset + limit + 1
        phrase = self._analyzer.lexicon.canonicalize(query.phrase) if len(query.phrase) > 1 else ""
        docs, scores = self._scores(query)
        best = self._best_per_group(phrase, docs, scores, wanted)
        hits = [Hit(self.facts[doc], round(score, 4)) for doc, score in best]
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
        """Every matching doc and its score before the phrase boost: BM25 × coverage × intent.

        One `bincount` over the concatenated postings adds up both sums a score needs: each
        posting carries its weighted impact plus its term's coverage steps × `scale`, a power
        of two above any BM25 sum the query can reach, so a doc's total splits exactly into
        whole steps (the integer part over `scale`) and BM25 (the rest). Common words put
        most of 100k facts in a query's postings, and one pass over them instead of two was a
        third of the slowest queries' time."""
        found = [(weight, p) for term, weight in query.terms.items() if (p := self._postings.get(term)) is not None]
        if not found:
            return np.zeros(0, dtype=np.intp), np.zeros(0)
        scale = 2.0 ** (int(sum(weight * p.top for weight, p in found)).bit_length() + 1)
        every = np.concatenate([p.docs for _, p in found], dtype=np.intp)  # what bincount takes
        packed = np.empty(len(every))
        start = 0
        for weight, p in found:
            steps = round(weight * COVERAGE_STEPS)
            assert abs(steps - weight * COVERAGE_STEPS) < 1e-9, f"query weight {weight} is not whole steps"
            part = packed[start : start + len(p.docs)]
            np.multiply(p.impacts, weight, out=part)
            part += steps * scale
            start += len(p.docs)
        totals = np.asarray(np.bincount(every, packed, len(self.facts)), dtype=np.float64)  # float with weights
        docs = np.flatnonzero(totals > 0)  # a fifth of the time of flatnonzero on the floats themselves
        scores = totals[docs]
        steps_matched = np.floor(scores / scale)
        scores -= steps_matched * scale
        all_steps = sum(query.terms.values()) * COVERAGE_STEPS or 1.0
        scores *= 0.25 + 0.75 * steps_matched / all_steps
        if query.intent is not None:
            scores[self._kinds[docs] == _KINDS.index(query.intent)] *= INTENT_BOOST
        return docs, scores

    def _best_per_group(
        self, phrase: str, docs: npt.NDArray[np.intp], scores: npt.NDArray[np.float64], wanted: int
    ) -> list[tuple[int, float]]:
        """The best `wanted` matches as (doc, score), best first, ties by fact id, keeping the
        best of each near-duplicate group (a sentence that yields a figure, a milestone and an
        entity is one group, and so are near-copies of it).

        The exact-phrase boost reads text, so it is applied only to the matches that could
        still make the page with it: those within the boost of their group's best score and of
        the `wanted`-th best group. Where near-copies crowd that band (a large corpus of
        look-alike sentences), the `PHRASE_CHECKS` highest are checked."""
        lift = PHRASE_BOOST if phrase else 1.0
        groups = self._group[docs]
        group_best = np.full(self._group_count, -np.inf)
        np.maximum.at(group_best, groups, scores)
        matched = group_best[group_best > -np.inf]
        bar = np.partition(matched, len(matched) - wanted)[len(matched) - wanted] if len(matched) > wanted else -np.inf
        candidates = np.flatnonzero(scores * lift >= bar)  # first the few near the page's bar
        candidates = candidates[scores[candidates] * lift >= group_best[groups[candidates]]]
        if len(candidates) > PHRASE_CHECKS:
            candidates = candidates[np.argpartition(scores[candidates], -PHRASE_CHECKS)[-PHRASE_CHECKS:]]
        boosted = scores[candidates]
        if phrase:
            boosted[self._holding(phrase, docs[candidates])] *= lift
        order = np.lexsort((self._id_rank[docs[candidates]], -boosted))
        _, first = np.unique(groups[candidates[order]], return_index=True)
        chosen = order[np.sort(first)[:wanted]]
        return list(zip(docs[candidates[chosen]].tolist(), boosted[chosen].tolist(), strict=True))

    def _holding(self, phrase: str, docs: npt.NDArray[np.intp]) -> list[int]:
        """Positions in `docs` of the facts whose text holds `phrase`. Past a few dozen facts
        their signatures rule most out first: reading texts spread over the heap is what
        costs, and the signature check's own fixed cost is that of reading about 30 (at 100k facts)."""
        picked, texts = docs.tolist(), self._phrasable
        if len(picked) <= PHRASE_SIGNATURES_FROM:
            return [i for i, doc in enumerate(picked) if phrase in texts[doc]]
        maybe = np.flatnonzero(self._phrase_signatures.may_contain(docs, phrase)).tolist()
        return [i for i in maybe if phrase in texts[picked[i]]]

    def suggest(self, query: Query, limit: int = 3) -> list[str]:
        """Known names closest to a query that found nothing ('did you mean')."""
        return self._vocabulary.closest(query.folded, limit)


class _Vocabulary:
    """The names a 'did you mean' may offer: the lexicon's, and the names of the organisations
    and platforms the facts are about. Not every label: milestone and figure labels are
    sentence fragments, and at 100k facts tens of thousands of them made a query that found
    nothing take 0.2 s."""

    MIN_SCORE = 0.34

    def __init__(self, lexicon_names: list[str], facts: list[Fact], labels: list[str]) -> None:
        entity_names = (label for label, f in zip(labels, facts, strict=True) if f.kind is FactKind.ENTITY)
        self._names = sorted({*lexicon_names, *(name for name in entity_names if len(name) <= 20)})

    def closest(self, target: str, limit: int) -> list[str]:
        """Scored by the larger of bigram overlap and difflib's ratio. The ratio is worked out
        only where its cheap upper bounds say it could beat the overlap and the minimum, the
        way `difflib.get_close_matches` saves time; the target is difflib's second sequence,
        whose index it keeps from name to name."""
        if not target:
            return []
        grams = char_bigrams(target) or {target}
        matcher = difflib.SequenceMatcher(None)
        matcher.set_seq2(target)
        scored = []
        for name in self._names:
            score = len(grams & (char_bigrams(name) or {name})) / len(grams)
            matcher.set_seq1(name)
            bar = max(score, self.MIN_SCORE)
            if matcher.real_quick_ratio() >= bar and matcher.quick_ratio() >= bar:
                score = max(score, matcher.ratio())
            scored.append((score, name))
        scored.sort(key=lambda pair: (-pair[0], len(pair[1]), pair[1]))
        return [name for score, name in scored[:limit] if score >= self.MIN_SCORE]

"""Run the benchmarks and write bench/RESULTS.md.

    python -m bench.run              # full: 1k / 10k / 100k facts (several minutes)
    python -m bench.run --tiny       # CI: 300 facts, 30 queries, a few articles; keeps it working

Every figure is a median over repeated runs, with the baselines measured in the same process
on the same facts and queries; ratios, not absolute numbers, are what carry across machines.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import json
import math
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
from tests.support.postgres import PG_URL, postgres_schema, postgres_unreachable

from bench.baselines import Engine, Scored, build_all, jieba_words
from bench.feeds import measure as measure_feeds
from bench.stats import percentile
from bench.stores import catch_up, kept_terms, memory_with, store_facts, store_run
from bench.telegram import bot_throughput, digest_fan_out
from bench.workload import CORPUS, LEXICON, ROOT, queries, real_articles, real_facts, scaled_articles, scaled_facts
from hetao_brief.answer import to_result
from hetao_brief.extract import Extractor
from hetao_brief.facts import Fact
from hetao_brief.search import Analyzer, Query, SearchIndex
from hetao_brief.search.index import DEFAULT_RANKING, PLAIN_BM25, Ranking
from hetao_brief.search.near_duplicates import SIMILAR, jaccard
from hetao_brief.store.terms import terms_from
from hetao_brief.text.lexicon import Lexicon
from hetao_brief.text.normalize import detect_script, fold, to_simplified
from hetao_brief.text.segment import Segmenter

DEV_QUERIES = ROOT.parent / "shared" / "eval" / "dev_queries.jsonl"


TIE_DEPTH = 500
"""How deep into the baseline's ranking ties with its top 3 are looked for: a fact it ranks
below this counts as not tied (which can only undercount agreement)."""


BOOTSTRAP_SAMPLES = 2_000


@dataclass(frozen=True)
class Agreement:
    strict: float
    near: float
    tied: float
    answered: int
    tied_interval: tuple[float, float]
    """95% bootstrap interval of `tied` over the queries: the sampling error of a measure on
    some 200 queries, each worth 0, ⅓, ⅔ or 1, is a few points either way."""

    @property
    def tied_with_interval(self) -> str:
        """The tied agreement and, in brackets, its 95% interval: one format in every table."""
        low, high = self.tied_interval
        return f"{self.tied:.1%} ({low:.0%}–{high:.0%})"


def bootstrap_interval(values: list[float], seed: int = 0) -> tuple[float, float]:
    """The 2.5th and 97.5th percentiles of the mean of `values` resampled with replacement."""
    picks = np.random.default_rng(seed).integers(0, len(values), (BOOTSTRAP_SAMPLES, len(values)))
    resampled = np.asarray(values)[picks]
    low, high = np.percentile(resampled.mean(axis=1), [2.5, 97.5])
    return float(low), float(high)


def latencies(search: Callable[[str], object], texts: list[str], repeats: int) -> tuple[float, float, float, float]:
    """(p50, p99) in ms, each the median over `repeats` passes over the queries, then the
    first pass's (p50, p99): the pass in which our segmentation caches meet each query cold."""
    p50s, p99s = [], []
    for _ in range(repeats):
        times = []
        for text in texts:
            started = time.perf_counter()
            search(text)
            times.append((time.perf_counter() - started) * 1000)
        p50s.append(percentile(times, 0.5))
        p99s.append(percentile(times, 0.99))
    return statistics.median(p50s), statistics.median(p99s), p50s[0], p99s[0]


class Ours:
    name = "Hetao Brief"

    def __init__(self, facts: list[Fact], analyzer: Analyzer, ranking: Ranking = DEFAULT_RANKING) -> None:
        self.index = SearchIndex(facts, analyzer, ranking=ranking)
        self.analyzer = analyzer

    @classmethod
    def plain(cls, facts: list[Fact], analyzer: Analyzer) -> Ours:
        """Our engine as textbook BM25: the same segmenter and stop words, but no alias groups
        (a lexicon without them), no coverage, phrase or intent boost. Set beside the baselines,
        it tells how much of our disagreement with them those additions make; what is left is
        mostly vocabulary (our segmenter keeps the lexicon's names whole and drops stop words)."""
        lexicon = analyzer.lexicon
        bare = Lexicon((), lexicon.glossary, lexicon.stopwords, lexicon.userdict)
        engine = cls(facts, Analyzer(bare, analyzer.segmenter), PLAIN_BM25)
        engine.name = PLAIN_NAME
        return engine

    def query(self, text: str) -> Query:
        return self.analyzer.query(text)

    def search(self, text: str, k: int = 10) -> list[str]:
        """End to end: normalise, segment, retrieve, rank, top k with sources."""
        query = self.query(text)
        hits = self.index.page(query, k).hits if not query.is_empty else []
        return [to_result(h.fact, h.score, query.script, {}).fact_id for h in hits]


class OursOverJiebaWords(Ours):
    """Our engine (the index, the compiled ranker, one fact per near-duplicate group) fed what
    the baselines index: jieba's search-mode words of each fact's label and text, and of the
    query, ranked by textbook BM25 with rank_bm25's k1. Set beside the baselines it tells
    whether our speed costs answers: what it still disagrees on is the engine's doing; what
    `Ours.plain` adds to that, our segmenter's; what `Ours` adds, our ranking's."""

    name = "Hetao Brief's engine over jieba's words"

    def __init__(self, facts: list[Fact], analyzer: Analyzer) -> None:
        self.index = SearchIndex(facts, analyzer, self._terms, JIEBA_BM25)
        self.analyzer = analyzer

    @staticmethod
    def _terms(fact: Fact, _label: str, _text: str) -> Counter[str]:
        return Counter(jieba_words(fact.label + " " + fact.text))

    def query(self, text: str) -> Query:
        """jieba's words of the query for our analyzer's, each weighing 1."""
        words = jieba_words(text)
        return Query(text, fold(text), detect_script(text), dict.fromkeys(words, 1.0), None, "")


JIEBA_BM25 = replace(PLAIN_BM25, k1=1.5)
"""rank_bm25's k1 (SQLite FTS5 and Whoosh use 1.2): the first baseline is the best one where
they tie on the development queries."""
PLAIN_NAME = "Hetao Brief as textbook BM25"
OURS: dict[str, Callable[[list[Fact], Analyzer], Ours]] = {
    Ours.name: Ours,
    PLAIN_NAME: Ours.plain,
    OursOverJiebaWords.name: OursOverJiebaWords,
}
"""Our engine's variants, by name, built from the facts and an analyzer."""
BASELINES = ("rank_bm25", "SQLite FTS5", "Whoosh + jieba")


def dev_hit_rate(engine: Engine, facts_by_id: dict[str, Fact], cases: list[dict[str, Any]]) -> float:
    """Share of the development queries whose expected answer is in the engine's top 3."""
    if not cases:
        return float("nan")
    hits = 0
    for case in cases:
        top = [facts_by_id[i].text for i in engine.search(case["q"], 3)]
        hits += any(expected in text for expected in case["any"] for text in top)
    return hits / len(cases)


class Remembered:
    """A baseline whose answers are worked out once per query and depth: the agreement table
    asks each baseline the same queries up to five times, and rank_bm25 takes 0.1 s a query at
    100k facts. Only for agreement: latency is measured on the baseline itself."""

    def __init__(self, engine: Scored) -> None:
        self.name = engine.name
        self._scored = functools.cache(engine.scored)

    def search(self, query: str, k: int = 10) -> list[str]:
        return [fact_id for fact_id, _ in self.scored(query, k)]

    def scored(self, query: str, k: int = 10) -> list[tuple[str, float]]:
        return self._scored(query, k)


def agreement(ours: Engine, other: Scored, texts: list[str], folded: Mapping[str, str]) -> Agreement:
    """Mean share of the baseline's top 3 that is also in our top 3, over the queries it
    answers, counted three ways, each looser than the one before:

    - strict: the same fact;
    - near-duplicates: the same fact or one of near-identical wording (the threshold our
      index groups sentences by): we show one fact per sentence, the baselines often fill
      their top 3 with copies of one sentence;
    - and ties: or a fact the baseline scores exactly as high. Where the baseline scores more
      facts equally than it shows, its pick among them is its sort order, not a judgement, so
      showing another of them is not a different answer (McSherry and Najork, "Computing
      information retrieval performance measures efficiently in the presence of tied scores",
      ECIR 2008).

    The baselines answer no English query (jieba's tokens of one match no Chinese fact), so
    those are left out. `folded` holds each fact's folded text, by id."""

    def near(a: str, b: str) -> bool:
        return a == b or jaccard(folded[a], folded[b]) >= SIMILAR

    strict, loose, tied = [], [], []
    for text in texts:
        ranked = other.scored(text, TIE_DEPTH)
        theirs = [fact_id for fact_id, _ in ranked[:3]]
        if not theirs:
            continue
        mine = ours.search(text, 3)
        score = dict(ranked)
        strict.append(len(set(theirs) & set(mine)) / len(theirs))
        loose.append(sum(any(near(t, m) for m in mine) for t in theirs) / len(theirs))
        tied.append(
            sum(any(near(t, m) or math.isclose(score[t], score.get(m, -math.inf)) for m in mine) for t in theirs)
            / len(theirs)
        )
    if not strict:
        nan = float("nan")
        return Agreement(nan, nan, nan, 0, (nan, nan))
    return Agreement(
        statistics.mean(strict), statistics.mean(loose), statistics.mean(tied), len(strict), bootstrap_interval(tied)
    )


def cpu_probe_s() -> float:
    """Seconds a fixed pure-Python loop takes: how fast this machine is today, for comparing
    one run's absolute figures with another's."""
    runs = []
    for _ in range(5):
        started = time.perf_counter()
        sum(range(10**7))
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_queries(
    sizes: list[int], facts: list[Fact], texts: list[str], lexicon: Lexicon, analyzer: Analyzer, lines: list[str]
) -> None:
    cases = (
        [json.loads(x) for x in DEV_QUERIES.read_text("utf-8").splitlines() if x.strip()]
        if DEV_QUERIES.exists()
        else []
    )
    cases = [{"q": c["q"], "any": [to_simplified(a) for a in c["any"]]} for c in cases]
    real = {f.id: f for f in facts}
    engines: list[Engine] = [*(build(facts, analyzer) for build in OURS.values()), *build_all(facts)]
    quality = {e.name: dev_hit_rate(e, real, cases) for e in engines}
    best = max(BASELINES, key=lambda name: quality[name])
    lines += [
        "## 1. Query latency, end to end (normalise → segment → retrieve → rank → top 10 with sources)",
        "",
        f"{len(texts)} queries (⅓ 简体, ⅓ 繁體, ⅓ English; two and three words). Quality on the "
        f"{len(cases)} development queries (expected answer in the top 3): "
        + ", ".join(f"{name} {rate:.0%}" for name, rate in quality.items())
        + f". Best baseline by that measure: **{best}** (the first listed, where they tie).",
        "",
        f"*{PLAIN_NAME}* is our engine with our additions to BM25 turned off: the same segmenter and "
        "stop words, but no alias groups, no coverage, phrase or intent boost (`PLAIN_BM25`, `Ours.plain`). "
        f"*{OursOverJiebaWords.name}* is our index and compiled ranker fed the baselines' words (jieba's "
        "search mode, no stop words dropped, no names kept whole) and ranking by textbook BM25: what it "
        "disagrees with them on is the engine's doing (`OursOverJiebaWords`).",
        "",
        "The first pass is listed apart: our analyzer remembers segmented clauses (bounded caches, "
        "filled by the index build), so it meets each query cold only there.",
        "",
        "| facts | engine | build s | p50 ms | p99 ms | first pass p50 / p99 ms | p50 vs ours "
        "| top-3 agreement with best baseline |",
        "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    agreements = [
        "Top-3 agreement with each baseline, ties and near-duplicates counted (see `agreement`), over "
        "the queries the baseline answers. The baselines are set against each other too: three BM25 "
        "engines over the same jieba words, they show how far agreement falls short of 100% on "
        "differences of BM25's details alone. In brackets, 95% bootstrap intervals over the queries.",
        "",
        "| facts | engine | " + " | ".join(f"with {name}" for name in BASELINES) + " |",
        "| ---: | --- |" + " ---: |" * len(BASELINES),
    ]
    for size in sizes:
        scaled = scaled_facts(facts, lexicon, size)
        results: list[tuple[Engine, float, float, float, float, float]] = []
        ours: dict[str, Ours] = {}
        baselines: dict[str, Scored] = {}
        for name in (*OURS, *BASELINES):
            if name in OURS:
                segmenter = Segmenter(lexicon)  # nothing remembered of the other's or earlier sizes' queries
                segmenter.tokens("河套")  # loads the dictionary outside the timing
            started = time.perf_counter()
            engine: Engine
            if name in OURS:
                engine = ours[name] = OURS[name](scaled, Analyzer(lexicon, segmenter))
            else:
                engine = baselines[name] = build_all(scaled, [name])[0]
            built = time.perf_counter() - started
            print(f"{name} built at {size:,} facts in {built:.1f} s", file=sys.stderr)
            slow = engine.name == "rank_bm25" and size > 10_000  # about 0.1 s a query: 60 of them, once
            sample, repeats = (texts[:60], 1) if slow else (texts, 3)
            results.append((engine, built, *latencies(engine.search, sample, repeats)))
        folded = {f.id: fold(f.text) for f in scaled}
        remembered = {name: Remembered(engine) for name, engine in baselines.items()}
        agreed = {
            (mine, theirs): agreement(ours[mine], remembered[theirs], texts, folded)
            for mine in ours
            for theirs in baselines
        }
        reference_p50 = results[0][2]
        for engine, built, p50, p99, first_p50, first_p99 in results:
            ratio = (
                "—"
                if engine is ours[Ours.name]
                else f"{p50 / reference_p50:.1f}× slower"
                if p50 >= reference_p50
                else f"{reference_p50 / p50:.1f}× faster"
            )
            with_best = agreed.get((engine.name, best))
            summary = (
                f"**{with_best.tied_with_interval}**; {with_best.strict:.0%} strict, {with_best.near:.0%} with "
                f"near-duplicates; over the {with_best.answered} of {len(texts)} queries it answers"
                if with_best
                else ""
            )
            lines.append(
                f"| {size:,} | {engine.name} | {built:.2f} | {p50:.3f} | {p99:.3f} "
                f"| {first_p50:.3f} / {first_p99:.3f} | {ratio} | {summary} |"
            )
        for mine in ours:
            cells = " | ".join(agreed[mine, theirs].tied_with_interval for theirs in BASELINES)
            agreements.append(f"| {size:,} | {mine} | {cells} |")
        for mine in BASELINES:  # the measure's own floor: textbook engines over the same words
            cells = " | ".join(
                "—" if mine == theirs else agreement(remembered[mine], other, texts, folded).tied_with_interval
                for theirs, other in remembered.items()
            )
            agreements.append(f"| {size:,} | {mine} | {cells} |")
        print(f"queries at {size:,} facts done", file=sys.stderr)
    lines += ["", *agreements, "", f"Peak RSS of the benchmark process after the largest size: {rss_mb():.0f} MB.", ""]


def bench_reload(article_count: int, fact_count: int, facts: list[Fact], lexicon: Lexicon, lines: list[str]) -> None:
    articles = scaled_articles(real_articles(), article_count)
    segmenter = Segmenter(lexicon)  # its own: nothing segmented by earlier sections
    segmenter.tokens("河套")  # loads the dictionary outside the timing, as a running bot has it
    extractor = Extractor(lexicon, segmenter)
    started = time.perf_counter()
    extracted = extractor.extract(articles)
    SearchIndex(extracted, Analyzer(lexicon, segmenter))
    extract_s = time.perf_counter() - started
    tracemalloc.start()  # a second pass for memory: tracing slows it, so it is not timed
    SearchIndex(extractor.extract(articles), Analyzer(lexicon, segmenter))
    peak_mb = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    scaled = scaled_facts(facts, lexicon, fact_count)
    cold, warm, from_kept, caught_up = [], [], [], []
    for _ in range(3):
        segmenter = Segmenter(lexicon)
        segmenter.tokens("河套")  # loads the dictionary, which is cold start's cost, not re-indexing's
        fresh = Analyzer(lexicon, segmenter)  # nothing segmented yet: a first start
        started = time.perf_counter()
        SearchIndex(scaled, fresh)
        cold.append(time.perf_counter() - started)
        started = time.perf_counter()
        SearchIndex(scaled, fresh)  # the same sentences again: a reload of a corpus it has served
        warm.append(time.perf_counter() - started)
    kept = kept_terms(scaled, fresh)
    for _ in range(3):
        fresh = Analyzer(lexicon, Segmenter(lexicon))
        started = time.perf_counter()
        SearchIndex(scaled, fresh, terms_from(kept))
        from_kept.append(time.perf_counter() - started)
    with tempfile.TemporaryDirectory() as state:
        url = f"sqlite:///{state}/reindex.sqlite3"
        store_facts(url, scaled, fresh.fingerprint, kept)
        for _ in range(3):
            seconds, briefing = catch_up(url, Path(state))
            briefing.database.dispose()
            caught_up.append(seconds)
    lines += [
        "## 3. Reload",
        "",
        "| work | median s | notes |",
        "| --- | ---: | --- |",
        f"| extract + index {article_count:,} articles | {extract_s:.2f} "
        f"| {len(extracted):,} facts; peak memory allocated during it {peak_mb:.0f} MB (tracemalloc) |",
        f"| re-index {fact_count:,} extracted facts from their kept terms | {statistics.median(from_kept):.2f} "
        "| median of 3; what a start or a catch-up does: the terms a reload stored beside the facts |",
        f"| start on {fact_count:,} stored facts (SQLite) | {statistics.median(caught_up):.2f} "
        "| median of 3; a new instance: read the facts and their terms, the above, and load the "
        "segmenter's dictionary (milliseconds, from its cache) |",
        f"| re-analyse and re-index {fact_count:,} facts, cold | {statistics.median(cold):.2f} "
        "| median of 3; a start after the lexicon or analysis code changed, in a process that has "
        "segmented none of the sentences yet |",
        f"| re-analyse and re-index {fact_count:,} facts, warm | {statistics.median(warm):.2f} "
        "| median of 3; the sentences were segmented before (a reload), see `TOKEN_CACHE` |",
        "",
    ]


def bench_conversation(texts: list[str], lines: list[str]) -> None:
    from hetao_brief.app import build_app
    from hetao_brief.config import Settings
    from hetao_brief.conversation.conversation import FloodGate
    from hetao_brief.conversation.events import Sender, TextIn

    with tempfile.TemporaryDirectory() as state:
        app = build_app(Settings(state_dir=Path(state)))
        app.briefing.start()
        app.conversation.flood_gate = FloodGate(rate=1e9, burst=10**9)
        sender = Sender(1, 1, "zh-hans")

        def rate(work: Callable[[str], object]) -> float:
            runs = []
            for _ in range(3):
                started = time.perf_counter()
                for text in texts:
                    work(text)
                runs.append(len(texts) / (time.perf_counter() - started))
            return statistics.median(runs)

        ask = rate(lambda t: app.briefing.ask(t))
        converse = rate(lambda t: app.conversation.handle(TextIn(sender, t)))
        app.database.dispose()
    lines += [
        "## 4. Keyword queries through the conversation layer (one core)",
        "",
        f"{len(texts)} queries, median of 3 passes, SQLite: `Conversation.handle` {converse:,.0f} q/s; "
        f"`Briefing.ask` alone (same process, the baseline) {ask:,.0f} q/s; the conversation layer "
        f"costs {ask / converse:.1f}× (the flood gate, rendering, splitting; a keyword answer speaks its "
        "question's script, so the chat's settings are not read from the database).",
        "",
    ]


def bench_stores(
    size: int, facts: list[Fact], texts: list[str], lexicon: Lexicon, analyzer: Analyzer, lines: list[str]
) -> None:
    scaled = scaled_facts(facts, lexicon, size)
    with tempfile.TemporaryDirectory() as state:
        runs = [store_run("SQLite", f"sqlite:///{state}/bench.sqlite3", scaled, texts, analyzer)]
    if postgres_unreachable() is None:
        with postgres_schema("hb_bench") as url:
            runs.append(store_run("PostgreSQL", url, scaled, texts, analyzer))
    lines += [
        f"## 2. The facts in PostgreSQL ({size:,} facts), beside SQLite",
        "",
        "The index is in memory in every bot process; the database holds the facts, their index "
        "terms and the reload log (see bench/stores.py). Writing is one transaction replacing every "
        "fact and its terms, as a reload does. Catch-up is what another instance does after a "
        "reload, here a new instance's start: read every fact and its terms, build its index and load "
        "the segmenter's dictionary (milliseconds, from its cache). Queries go through "
        "`Briefing.ask` on the instance that caught up.",
        "",
        "| store | write all facts s | catch up s | query p50 ms | query p99 ms |",
        "| --- | ---: | ---: | ---: | ---: |",
        *(f"| {r.store} | {r.write_s:.2f} | {r.catch_up_s:.2f} | {r.p50_ms:.3f} | {r.p99_ms:.3f} |" for r in runs),
        "",
    ]
    if len(runs) == 1:
        lines += ["PostgreSQL was not reachable at " + PG_URL.rsplit("@", 1)[-1] + "; only SQLite was measured.", ""]


def bench_telegram(texts: list[str], updates: int, subscribers: int, lines: list[str]) -> None:
    throughput = asyncio.run(bot_throughput(texts, updates))
    fan_out = asyncio.run(digest_fan_out(subscribers))
    lines += [
        "## 4b. Keyword updates through PTB on loopback",
        "",
        "The bot as its own process (`hetao-brief run`, long polling) against the Bot API stand-in "
        "(bench/telegram.py); one update per user; the send limit lifted, so this measures the bot.",
        "",
        "| measure | result |",
        "| --- | ---: |",
        f"| {throughput.updates:,} updates waiting at once: answered per second | {throughput.per_second:,.0f} |",
        f"| their time from `getUpdates` to `sendMessage`, p50 / p99 ms (includes the queue) "
        f"| {throughput.queued_p50_ms:,.0f} / {throughput.queued_p99_ms:,.0f} |",
        f"| {throughput.updates:,} updates arriving at {throughput.paced_rate:.0f}/s: "
        "`getUpdates` to `sendMessage`, p50 / p99 ms "
        f"| {throughput.paced_p50_ms:.1f} / {throughput.paced_p99_ms:.1f} |",
        "",
        "## 5. Digest fan-out against Telegram's flood limits",
        "",
        f"{fan_out.subscribers:,} daily digests due at once; the stand-in answers 429 (retry_after 1) to "
        "any send over 30 in a second or over one per chat per second. The bot runs with its defaults.",
        "",
        "| measure | result |",
        "| --- | ---: |",
        f"| delivered | {fan_out.delivered:,} of {fan_out.subscribers:,} |",
        f"| 429s received | {fan_out.refused_429} |",
        f"| first to last send | {fan_out.seconds:.1f} s |",
        f"| achieved send rate | {fan_out.rate:.2f}/s = {fan_out.rate / 30:.1%} of 30/s |",
        f"| composing and rendering one subscriber's digest (median, in the bench process) "
        f"| {fan_out.compose_ms:.2f} ms |",
        "",
    ]


def bench_cold_start(memory_size: int, lines: list[str]) -> None:
    memory = memory_with(memory_size)
    with tempfile.TemporaryDirectory() as state:
        env = {**os.environ, "HETAO_STATE_DIR": state, "HETAO_DATABASE_URL": ""}
        run = lambda *args: subprocess.run(args, env=env, capture_output=True, check=True)  # noqa: E731
        run(sys.executable, "-m", "hetao_brief.cli", "reload")

        def timed(*args: str) -> float:
            runs = []
            for _ in range(3):
                started = time.perf_counter()
                run(*args)
                runs.append(time.perf_counter() - started)
            return statistics.median(runs)

        python = timed(sys.executable, "-c", "pass")
        first = timed(sys.executable, "-m", "hetao_brief.cli", "ask", "科汇通")
    lines += [
        "## 6. Cold start",
        "",
        f"Process start to first answered query (`hetao-brief ask 科汇通` on a loaded SQLite store): "
        f"{first:.2f} s median of 3; a bare `python -c pass` takes {python:.2f} s on this machine.",
        "",
        f"Resident memory with {memory_size:,} facts and their index loaded (a fresh process, "
        f"bench/stores.py): {memory.after_mb:.0f} MB, of which the scaled facts and the index are "
        f"{memory.after_mb - memory.before_mb:.0f} MB (the process held {memory.before_mb:.0f} MB before them).",
        "",
        f"A full garbage collection in that process, which stops every thread (the bot's event loop "
        f"included): {memory.collect_ms:.1f} ms; after the heap is settled as the service does after "
        f"serving a snapshot (`memory.settle_heap`: the live objects frozen), {memory.settled_collect_ms:.1f} ms.",
        "",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tiny", action="store_true", help="CI size: checks the benchmarks run, measures little")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "RESULTS.md")
    parser.add_argument("--sizes", help="comma-separated fact counts instead of 1000,10000,100000")
    args = parser.parse_args()
    lexicon = Lexicon.load(LEXICON)
    analyzer = Analyzer(lexicon, Segmenter(lexicon))
    sizes, count, articles, reindex, updates, subscribers = (
        ([300], 30, 10, 1_000, 30, 40) if args.tiny else ([1_000, 10_000, 100_000], 300, 1_000, 20_000, 1_000, 10_000)
    )
    if args.sizes:
        sizes = [int(n) for n in args.sizes.split(",")]
    lines = [
        "# Benchmark results",
        "",
        f"- date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"- machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        f"- command: `python -m bench.run {' '.join(sys.argv[1:])}`",
        f"- corpus: {CORPUS.relative_to(ROOT)} scaled deterministically (bench/workload.py)",
        f"- machine speed: a pure-Python loop (`sum(range(10**7))`) takes {cpu_probe_s():.3f} s, median of 5; "
        "this machine's speed moves between hours, so compare runs by it, and every run by its ratios",
        "",
    ]
    facts = real_facts(lexicon, analyzer.segmenter)  # extracted once, shared by every section
    texts = queries(facts, lexicon, count)
    # Telegram first, while this process (which hosts the stand-in) is small: after the 100k
    # sections its garbage collector pauses long enough to batch the sends it timestamps.
    telegram: list[str] = []
    bench_telegram(texts, updates, subscribers, telegram)
    bench_queries(sizes, facts, texts, lexicon, analyzer, lines)
    bench_stores(max(sizes), facts, texts, lexicon, analyzer, lines)
    bench_reload(articles, reindex, facts, lexicon, lines)
    bench_conversation(texts, lines)
    lines += telegram
    bench_cold_start(max(sizes), lines)
    feeds = 4 if args.tiny else 100
    seconds, articles = measure_feeds(feeds, 20, 2, 1 if args.tiny else 3)
    lines += [
        "## 7. Polling feeds",
        "",
        f"A poll of {feeds} feeds x 20 items on the loopback news site (`bench/feeds.py`), half of them "
        f"unchanged (304), 2 items a feed naming the zone: median {seconds:.2f} s; {articles} articles "
        f"fetched, read with trafilatura and stored with their facts ({articles / seconds:.0f} articles/s). "
        "Target: 10 s.",
        "",
    ]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

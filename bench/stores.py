"""Benchmarks 2 and 6b: the facts in PostgreSQL beside SQLite, and memory with many facts.

The search index lives in memory in each bot process, built from the facts in the database;
PostgreSQL holds the facts and the reload log that keeps several processes consistent. So
what PostgreSQL changes is how long a reload's write takes and how long another instance
needs to catch up after it (read every fact, build the index), not the query path itself.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bench.stats import percentile
from hetao_brief.app import build_app
from hetao_brief.config import Settings
from hetao_brief.facts import Fact
from hetao_brief.search import Analyzer
from hetao_brief.services.briefing import Briefing
from hetao_brief.store.database import Database
from hetao_brief.store.facts import FactRepository
from hetao_brief.store.terms import TermRepository, encode_terms


@dataclass(frozen=True)
class StoreRun:
    store: str
    write_s: float
    """One transaction replacing every fact, as a reload does."""
    catch_up_s: float
    """What another instance does after that reload: read every fact and its terms, build its
    index."""
    p50_ms: float
    p99_ms: float


def kept_terms(facts: list[Fact], analyzer: Analyzer) -> dict[str, str]:
    """Each fact's index terms, encoded as the store keeps them: what a reload makes while it
    builds its own index."""
    return {fact.id: encode_terms(analyzer.fact_terms(fact)) for fact in facts}


def store_facts(url: str, facts: list[Fact], analysis: str, kept: dict[str, str]) -> float:
    """Store the facts and their index terms (made by the analyzer with fingerprint
    `analysis`) as a reload does; returns the seconds its transaction took."""
    database = Database(url)
    started = time.perf_counter()
    with database.unit_of_work() as session:
        FactRepository(session).replace(facts, datetime.now(UTC))
        TermRepository(session).replace(analysis, kept)
    database.dispose()
    return time.perf_counter() - started


def catch_up(url: str, state: Path) -> tuple[float, Briefing]:
    """Seconds a new instance takes to serve what the store holds: read the facts and their
    terms, build the index."""
    app = build_app(Settings(state_dir=state, database_url=url))
    started = time.perf_counter()
    app.briefing.start()
    return time.perf_counter() - started, app.briefing


def store_run(name: str, url: str, facts: list[Fact], texts: list[str], analyzer: Analyzer) -> StoreRun:
    write_s = store_facts(url, facts, analyzer.fingerprint, kept_terms(facts, analyzer))
    with tempfile.TemporaryDirectory() as state:
        catch_up_s, briefing = catch_up(url, Path(state))
        times = []
        for query in texts:
            began = time.perf_counter()
            briefing.ask(query, limit=10)
            times.append((time.perf_counter() - began) * 1000)
        briefing.database.dispose()
    return StoreRun(name, write_s, catch_up_s, statistics.median(times), percentile(times, 0.99))


@dataclass(frozen=True)
class Memory:
    before_mb: float
    """Resident before the facts are loaded."""
    after_mb: float
    """Resident with the facts and their index loaded."""
    collect_ms: float
    """One full garbage collection with them loaded, as Python would start one."""
    settled_collect_ms: float
    """The same once the heap is settled, as the service does after serving a snapshot."""


def memory_with(size: int) -> Memory:
    """Memory and garbage-collection cost of holding `size` facts and their index, measured in
    a fresh process so that nothing else this benchmark did is counted."""
    script = (
        "import gc, time\n"
        "from bench.workload import LEXICON, real_facts, scaled_facts\n"
        "from bench.stores import resident_mb\n"
        "from hetao_brief.text.lexicon import Lexicon\n"
        "from hetao_brief.memory import settle_heap\n"
        "from hetao_brief.search import Analyzer, SearchIndex\n"
        "from hetao_brief.text.segment import Segmenter\n"
        "lexicon = Lexicon.load(LEXICON); analyzer = Analyzer(lexicon, Segmenter(lexicon))\n"
        "facts = real_facts(lexicon, analyzer.segmenter); analyzer.query('河套')\n"
        "before = resident_mb()\n"
        f"index = SearchIndex(scaled_facts(facts, lexicon, {size}), analyzer)\n"
        "after = resident_mb()\n"
        "def collect_ms():\n"
        "    runs = []\n"
        "    for _ in range(3):\n"
        "        started = time.perf_counter(); gc.collect(); runs.append((time.perf_counter() - started) * 1000)\n"
        "    return sorted(runs)[1]\n"
        "unsettled = collect_ms(); settle_heap()\n"
        "print(before, after, unsettled, collect_ms())\n"
    )
    root = Path(__file__).resolve().parent.parent
    output = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, check=True)
    return Memory(*(float(value) for value in output.stdout.split()))


def resident_mb() -> float:
    """Resident memory now (not the peak), from /proc; the peak where /proc is missing."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

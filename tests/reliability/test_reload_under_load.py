"""Queries keep being answered while a reload runs: each answer comes whole from the old facts
or the new ones, and a broken article keeps its last good facts."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from hetao_brief.services.briefing import Briefing
from hetao_brief.store.database import Database
from hetao_brief.text.lexicon import Lexicon

pytestmark = pytest.mark.slow

QUERIES = [
    "河套合作区面积",
    "科汇通",
    "高端科研项目",
    "深圳园区",
    "港深創新及科技園",
    "Hetao area",
    "人才",
    "新材料实验室",
]
NEW_SENTENCE = "2026年11月，河套合作区新材料实验室正式启用，首批入驻团队12个。"


def answer_ids(briefing: Briefing, query: str) -> tuple[str, ...]:
    return tuple(r.fact_id for r in briefing.ask(query, limit=10).results)


def test_a_thousand_queries_during_a_reload_see_old_or_new_facts_never_a_mixture(
    database: Database, lexicon: Lexicon, corpus_copy: Path, measured: Callable[..., None]
) -> None:
    briefing = Briefing(database, lexicon, corpus_copy)
    briefing.reload()
    before = {q: answer_ids(briefing, q) for q in QUERIES}

    files = sorted(corpus_copy.iterdir())
    broken, source = files[1], files[0]
    broken_facts = {f.id for f in briefing.facts() if f.sources[0].article_id == broken.stem}
    broken.write_bytes(b"\xff\xfe not an article")  # no longer UTF-8, no front matter
    text = source.read_text(encoding="utf-8").replace(source.stem, "900_new_article")
    (corpus_copy / "900_new_article.md").write_text(text.replace("+++\n河", f"+++\n{NEW_SENTENCE}\n\n河", 1), "utf-8")

    seen: list[tuple[str, tuple[str, ...], float]] = []
    failures: list[BaseException] = []
    lock = threading.Lock()

    def ask_many(offset: int) -> None:
        for i in range(250):
            query = QUERIES[(i + offset) % len(QUERIES)]
            try:
                ids = answer_ids(briefing, query)
            except BaseException as error:  # any failure is the finding
                failures.append(error)
                continue
            with lock:
                seen.append((query, ids, time.perf_counter()))
            time.sleep(0.004)  # spread the queries across the reload and past its swap

    askers = [threading.Thread(target=ask_many, args=(n,)) for n in range(4)]
    reload_started = time.perf_counter()
    reloader = threading.Thread(target=lambda: summaries.append(briefing.reload(corpus_copy)))
    summaries: list = []  # type: ignore[type-arg]
    reloader.start()
    for asker in askers:
        asker.start()
    for thread in (reloader, *askers):
        thread.join()
    reload_ended = reload_started + summaries[0].seconds

    after = {q: answer_ids(briefing, q) for q in QUERIES}
    mixed = [(q, ids) for q, ids, _ in seen if ids not in (before[q], after[q])]
    during = sum(1 for _, _, at in seen if reload_started <= at <= reload_ended)
    changed = [q for q in QUERIES if before[q] != after[q]]
    from_new = sum(1 for q, ids, _ in seen if q in changed and ids == after[q])
    measured(
        queries=len(seen) + len(failures),
        failed=len(failures),
        answered_during_reload=during,
        of_changed_answers_from_new_facts=f"{from_new}/{sum(1 for q, _, _ in seen if q in changed)}",
        neither_old_nor_new=len(mixed),
        reload_seconds=f"{summaries[0].seconds:.2f}",
    )
    assert not failures and len(seen) == 1000
    assert not mixed
    assert during > 0  # the queries really overlapped the reload
    summary = summaries[0]
    assert [f for f, _ in summary.errors] == [broken.name] and "UTF-8" in summary.errors[0][1]
    assert summary.kept_previous == [broken.name]
    assert broken_facts <= {f.id for f in briefing.facts()}  # its last good facts still served
    assert any("新材料实验室" in r.text for r in briefing.ask("新材料实验室").results)  # new facts answer

"""Freed heap memory goes back to the OS after a peak (where glibc can do it), and the objects
of a served snapshot are left out of garbage collections without keeping any garbage."""

from __future__ import annotations

import gc
import sys
import weakref
from pathlib import Path

import numpy as np
import pytest

from hetao_brief.memory import release_free_memory, settle_after_snapshot
from hetao_brief.services.briefing import Briefing
from hetao_brief.store.database import Database
from hetao_brief.text.lexicon import Lexicon

from .conftest import CORPUS


def resident_mb() -> float:
    return int(Path("/proc/self/statm").read_text().split()[1]) * 4096 / 2**20


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_a_freed_peak_leaves_the_resident_set() -> None:
    blocks = [np.ones(8_000) for _ in range(4_000)]  # 64 kB each: heap, below the mmap threshold
    keep = blocks[::8]  # survivors between the holes keep the heap from shrinking on its own
    del blocks
    before = resident_mb()
    assert release_free_memory()
    assert resident_mb() < before - 100, "most of the 250 MB freed is returned"
    assert all(block[0] == 1 for block in keep)


def _tracked(target: object) -> bool:
    return any(o is target for o in gc.get_objects())


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only a collection frees it


def test_the_bots_policy_leaves_a_served_snapshot_out_of_collections(lexicon: Lexicon, tmp_path: Path) -> None:
    briefing = Briefing(Database(f"sqlite:///{tmp_path / 'db.sqlite3'}"), lexicon, CORPUS)
    briefing.reload()
    assert _tracked(briefing.snapshot.facts), "a library user's heap is left as it is"
    briefing.on_serve = settle_after_snapshot  # what the bot's start-up sets
    briefing.reload()
    facts = briefing.snapshot.facts
    assert facts and not _tracked(facts), "frozen: no collection walks the facts"
    garbage = weakref.ref(_Node())
    gc.collect()
    assert garbage() is None, "what becomes garbage after the freeze is still collected"


def test_a_replaced_snapshot_and_a_discarded_service_are_freed(lexicon: Lexicon, tmp_path: Path) -> None:
    database = Database(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    first = Briefing(database, lexicon, CORPUS)
    first.on_serve = settle_after_snapshot
    first.reload()
    old_index = weakref.ref(first.snapshot.index)
    first.reload()
    assert old_index() is None
    old_analyzer = weakref.ref(first.analyzer)  # in a cycle with its own cache: only a collection frees it
    del first
    second = Briefing(database, lexicon, CORPUS)
    second.on_serve = settle_after_snapshot
    second.start()
    assert old_analyzer() is None
    database.dispose()

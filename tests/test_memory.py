"""Freed heap memory goes back to the OS after a peak (where glibc can do it)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from hetao_brief.memory import release_free_memory


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

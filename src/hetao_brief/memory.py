"""Giving memory back to the operating system after a large, short-lived peak.

An index build allocates temporaries several times the size of the index it leaves behind.
glibc's allocator keeps freed heap memory for reuse instead of returning it, so a process's
resident size would follow the build's peak for the rest of its life (at 100k facts, about
40 MB more than it holds). `malloc_trim` hands the free pages back; elsewhere (macOS, musl)
this does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
from collections.abc import Callable


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name).malloc_trim if name else None  # type: ignore[no-any-return]
    except (OSError, AttributeError):
        return None


def release_free_memory() -> bool:
    """Return freed heap memory to the OS; True if the platform could."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)  # 1 if it released anything, 0 if there was nothing to release
    return True

"""Helpers for work over whole portfolios (imports, exports, classification)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for one bulk operation.

    Reading or writing hundreds of thousands of records allocates millions of
    small objects while all of them stay alive; each allocation burst makes the
    collector walk every live object again, which measured a third of an
    import's time. Bulk work makes no reference cycles worth collecting, so
    the collector waits until it ends (reference counting still frees memory
    as usual). Nested and concurrent uses are counted: the collector resumes,
    if it was running, when the last one ends.
    """
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()

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

    What the work leaves alive (columns of 100,000 values, results) is
    long-lived by nature, so it goes straight to the collector's oldest
    generation when the pause ends: otherwise the first young collection after
    the pause walks all of it at once (40-70 ms for a classification), only to
    promote it there. The oldest generation is still collected as usual; cyclic
    garbage made during the pause waits for that collection. Skipped when the
    process froze objects of its own (``gc.freeze``), which it must not thaw.
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
                if not gc.get_freeze_count():
                    gc.freeze()  # every tracked object to the permanent generation, without a walk,
                    gc.unfreeze()  # and from there to the oldest; the young generations start empty
                gc.enable()

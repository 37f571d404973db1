"""Shared by the benchmark child processes (bare_window.py, startup_app.py, expand_node.py).

A child shows a window, waits until Qt has really painted it, prints
:data:`READY_MARKER` on stdout (the parent stops its clock when it reads that
line), then prints one :data:`REPORT_PREFIX` line with a JSON report.

Timestamps are ``time.monotonic()`` values. On Linux that is
``CLOCK_MONOTONIC``, one clock for the whole machine, so the parent can place a
child's timestamps on its own time line (see ``run.py``).

Only the standard library and PySide6 are imported here: both start-up
children import this module, so it must cost them the same.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from typing import Any

from child_common import REPORT_PREFIX
from child_common import memory_kb as memory_kb  # re-exported: the Qt children report memory too
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

READY_MARKER = "BENCH-READY"
# A child that has not painted after this long is stuck; it reports and gives up.
PAINT_TIMEOUT_S = 60.0


def stamp() -> float:
    """A timestamp comparable across processes (see the module docstring)."""
    return time.monotonic()


class PaintWatcher(QObject):
    """Counts the Paint events a widget receives (an event filter)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.paints = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def wait_for_paint(app: QApplication, watcher: PaintWatcher, already: int = 0) -> bool:
    """Process events until ``watcher`` has seen more than ``already`` paints.

    Used outside a running event loop (after an action in an already shown
    window). Returns ``False`` on time-out.
    """
    deadline = time.monotonic() + PAINT_TIMEOUT_S
    app.processEvents()
    while watcher.paints <= already:
        if time.monotonic() > deadline:
            return False
        app.processEvents()
    return True


def run_until_painted(
    app: QApplication,
    watcher: PaintWatcher,
    ready: Callable[[], bool],
    after_ready: Callable[[], dict[str, Any]],
) -> None:
    """Enter the event loop and leave it once the watched widget was painted.

    Call right after ``window.show()``. A zero-timer fires once the event loop
    runs; it calls ``app.processEvents()`` so that pending expose/paint events
    are delivered, and once a paint was seen and ``ready()`` holds it prints
    the ready marker (the parent's clock stops there). ``after_ready()`` then
    runs (untimed work, e.g. loading the whole tree) and returns the report,
    printed as one JSON line. The process ends with ``os._exit`` so that Qt
    and interpreter teardown never count and cannot hang.
    """
    deadline = time.monotonic() + PAINT_TIMEOUT_S
    report: dict[str, Any] = {}

    def check() -> None:
        app.processEvents()
        if watcher.paints > 0 and ready():
            report["painted_at"] = stamp()
            print(READY_MARKER, flush=True)
            report.update(after_ready())
            app.exit(0)
        elif time.monotonic() > deadline:
            report["error"] = f"not painted/ready after {PAINT_TIMEOUT_S:.0f} s (paints: {watcher.paints})"
            app.exit(1)
        else:
            QTimer.singleShot(1, check)

    QTimer.singleShot(0, check)
    code = app.exec()
    emit_report(report)
    finish(code)


def emit_report(report: dict[str, Any]) -> None:
    print(REPORT_PREFIX + json.dumps(report), flush=True)


def finish(code: int) -> None:
    """Leave at once, without Qt or Python teardown (not part of any figure)."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)

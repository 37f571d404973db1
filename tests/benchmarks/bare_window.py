"""Benchmark child: the baseline PySide6 process, an empty ``QMainWindow``.

Run by ``run.py`` as ``python bare_window.py``. Does exactly what
``startup_app.py`` does around the window (same helper, same wait for the
first paint, same marker), with nothing of Account Planner in it.
"""

from __future__ import annotations

import time

STARTED = time.monotonic()  # first thing: everything before this is interpreter start

import sys  # noqa: E402

# isort: off
# Qt first, then the benchmark helper, in the same order as startup_app.py.
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

import child_support  # noqa: E402

# isort: on


def main() -> None:
    stamps = {"script_started": STARTED, "imports_done": child_support.stamp()}
    app = QApplication(sys.argv[:1])
    stamps["app_created"] = child_support.stamp()
    window = QMainWindow()
    window.resize(1200, 760)  # the size MainWindow gives itself
    watcher = child_support.PaintWatcher(window)
    stamps["window_built"] = child_support.stamp()
    window.show()
    stamps["shown"] = child_support.stamp()

    def after_ready() -> dict[str, object]:
        return {"stamps": stamps, "memory": child_support.memory_kb()}

    child_support.run_until_painted(app, watcher, lambda: True, after_ready)


if __name__ == "__main__":
    main()

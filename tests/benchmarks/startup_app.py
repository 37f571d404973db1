"""Benchmark child: Account Planner's main window on a given database.

Run by ``run.py``::

    python startup_app.py --db PATH --settings INI [--load-all] [--expand-all]

Does what ``main.py`` does to open the window (``ui.app.run_app``), but
instead of running the event loop for ever it waits until the customer tree
has been painted with its top-level accounts, prints the ready marker and
exits (see ``child_support``).

With ``--load-all`` it then (untimed for start-up) fetches every node of the
tree into the model; with ``--expand-all`` it also expands the whole tree and
waits for the repaint. The report gives the time and memory of each step.
"""

from __future__ import annotations

import time

STARTED = time.monotonic()  # first thing: everything before this is interpreter start

import argparse  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

# isort: off
# Qt first, then the benchmark helper: the -X importtime breakdown then charges Qt to PySide6.
from PySide6.QtCore import QModelIndex, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import child_support  # noqa: E402

# isort: on
import main as entry_point  # noqa: E402,F401  (its module-level imports are part of a real start)
from storage.database import default_database_path  # noqa: E402,F401  (imported by main._cmd_gui)
from storage.store import open_store  # noqa: E402
from ui import i18n  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.tree_model import AccountTreeModel  # noqa: E402


def load_whole_tree(model: AccountTreeModel) -> int:
    """Fetch every node of the lazily loaded tree; return how many fetches ran."""
    fetches = 0
    stack = [QModelIndex()]
    while stack:
        parent = stack.pop()
        while model.canFetchMore(parent):  # children come a page at a time
            model.fetchMore(parent)
            fetches += 1
        for row in range(model.rowCount(parent)):
            child = model.index(row, 0, parent)
            if model.hasChildren(child):
                stack.append(child)
    return fetches


def time_loader(model: AccountTreeModel) -> list[float] | None:
    """Wrap the model's child loader so each call's duration is recorded.

    Benchmark instrumentation only: it relies on the model keeping its loader
    in ``_load``; if that ever changes, the breakdown is simply left out.
    """
    load = getattr(model, "_load", None)
    if not callable(load):
        return None
    durations: list[float] = []

    def timed(parent_id: int | None, only: frozenset[int] | None, *page: Any) -> list[Any]:
        started = time.perf_counter()
        try:
            result: list[Any] = load(parent_id, only, *page)
            return result
        finally:
            durations.append(time.perf_counter() - started)

    model._load = timed
    return durations


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--settings", required=True, type=Path)
    parser.add_argument("--load-all", action="store_true")
    parser.add_argument("--expand-all", action="store_true")
    args = parser.parse_args(argv)

    stamps = {"script_started": STARTED, "imports_done": child_support.stamp()}
    # As ui.app.run_app does.
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("AccountPlanner")
    app.setApplicationName("AccountPlanner")
    app.setApplicationDisplayName("Account Planner")
    settings = QSettings(str(args.settings), QSettings.Format.IniFormat)
    translations = i18n.Translations(app)
    translations.apply("en")
    stamps["app_created"] = child_support.stamp()
    store = open_store(args.db, create=False)
    stamps["store_opened"] = child_support.stamp()
    window = MainWindow(store, settings, lambda path, create: open_store(path, create=create), "en")
    watcher = child_support.PaintWatcher(window.tree.viewport())
    stamps["window_built"] = child_support.stamp()
    window.show()
    stamps["shown"] = child_support.stamp()

    def after_ready() -> dict[str, Any]:
        report: dict[str, Any] = {
            "stamps": stamps,
            "top_level_rows": window.model.rowCount(),
            "memory": child_support.memory_kb(),
        }
        if args.load_all:
            query_s = time_loader(window.model)
            started = time.perf_counter()
            fetches = load_whole_tree(window.model)
            app.processEvents()
            report["load_all_s"] = time.perf_counter() - started
            if query_s is not None:
                report["load_all_query_s"] = sum(query_s)
            report["load_all_fetches"] = fetches
            report["loaded_accounts"] = window.model.loaded_count()
            report["memory_loaded"] = child_support.memory_kb()
        if args.expand_all:
            painted = watcher.paints
            started = time.perf_counter()
            window.tree.expandAll()
            report["expand_all_call_s"] = time.perf_counter() - started
            report["expand_all_painted"] = child_support.wait_for_paint(app, watcher, painted)
            report["expand_all_s"] = time.perf_counter() - started
            report["memory_expanded"] = child_support.memory_kb()
        store.close()
        return report

    child_support.run_until_painted(app, watcher, lambda: window.model.rowCount() > 0, after_ready)


if __name__ == "__main__":
    main(sys.argv[1:])

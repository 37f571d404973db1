"""Benchmark child: expanding one tree node with many children.

Run by ``run.py``::

    python expand_node.py --db PATH --parent-id ID --children N --repeat R

Shows an :class:`ui.tree_model.AccountTreeModel` in a ``QTreeView`` (uniform
row heights, as in the main window) and times ``view.expand(parent)`` until
the view has laid out and painted the children. Between repetitions
``model.reload()`` forgets the loaded children, so each expansion fetches
them from the store again. The first expansion in the process is reported on
its own ("cold": SQLAlchemy compiles the statement, Qt warms its caches); the
``--repeat`` expansions after it are the measured samples.

Also timed: the store query ``domain.services.account_children`` alone.

It runs in its own process so that the parent's heap (the large portfolios it
builds) cannot lengthen garbage collections inside the timed code.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

import child_support
from PySide6.QtWidgets import QApplication, QTreeView

from domain import services
from domain.model import AccountNode
from storage.store import open_store
from ui.tree_model import AccountTreeModel


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--parent-id", required=True, type=int)
    parser.add_argument("--children", required=True, type=int)
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args(argv)

    app = QApplication(sys.argv[:1])
    store = open_store(args.db, create=False)
    load_seconds: list[float] = []

    def load_children(
        parent_id: int | None, only: frozenset[int] | None, after: tuple[str, int] | None, limit: int | None
    ) -> list[AccountNode]:
        # The loader the window uses, timed so the query's share is visible.
        started = time.perf_counter()
        nodes = services.account_children(store.queries(), parent_id, only, after, limit)
        load_seconds.append(time.perf_counter() - started)
        return nodes

    model = AccountTreeModel(load_children)
    view = QTreeView()
    view.setUniformRowHeights(True)
    view.setModel(model)
    view.resize(700, 700)
    watcher = child_support.PaintWatcher(view.viewport())
    model.reload()
    view.show()
    if not child_support.wait_for_paint(app, watcher):
        child_support.emit_report({"error": "the view was never painted"})
        child_support.finish(1)

    samples: list[dict[str, float]] = []
    for _ in range(1 + args.repeat):
        index = model.index_of(args.parent_id)
        assert index.isValid(), "the parent must be a loaded top-level node"
        assert model.canFetchMore(index), "the parent's children must not be loaded yet"
        load_seconds.clear()
        painted = watcher.paints
        started = time.perf_counter()
        view.expand(index)  # fetches the children (fetchMore) and schedules the layout
        expand_call = time.perf_counter() - started
        ok = child_support.wait_for_paint(app, watcher, painted)  # layout + paint
        total = time.perf_counter() - started
        rows = model.rowCount(index)
        query_s = sum(load_seconds)
        # The model hands children to the view a page at a time (the view asks
        # for more as the user scrolls); all of them must still be reachable.
        shown = rows
        while model.canFetchMore(index):
            model.fetchMore(index)
        rows = model.rowCount(index)
        if not ok or shown == 0 or rows != args.children or not view.isExpanded(index):
            child_support.emit_report({"error": f"expansion failed: painted={ok} rows={rows}"})
            child_support.finish(1)
        samples.append({"total_s": total, "expand_call_s": expand_call, "query_s": query_s,
                        "rows_at_first_paint": shown})
        # Forget the children again (untimed) and let the view settle.
        painted = watcher.paints
        model.reload()
        child_support.wait_for_paint(app, watcher, painted)

    query_alone: list[float] = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        nodes = services.account_children(store.queries(), args.parent_id, None)
        query_alone.append(time.perf_counter() - started)
        assert len(nodes) == args.children

    report: dict[str, Any] = {
        "cold": samples[0],
        "samples": samples[1:],
        "query_alone_s": query_alone,
        "memory": child_support.memory_kb(),
    }
    store.close()
    child_support.emit_report(report)
    child_support.finish(0)


if __name__ == "__main__":
    main(sys.argv[1:])

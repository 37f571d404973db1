"""Benchmark child: one tier-classification measurement, timed in its own process.

Run by ``tiers.py`` (section 5 of ``run.py``); each call does one thing and
prints one ``BENCH-REPORT`` JSON line with the timed figures and ``memory``
(``VmRSS``/``VmHWM`` in KiB at the end, plus ``before_kb``: RSS just before
the clock started)::

    python tiers_child.py baseline DB --as-of DAY --start DAY [--rotate K]
    python tiers_child.py baseline-weighted DB --as-of DAY --start DAY [--rotate K]
    python tiers_child.py check-api
    python tiers_child.py preview DB --as-of DAY --model MODEL [--profile OUT]
    python tiers_child.py app-figures DB --as-of DAY
    python tiers_child.py apply DB --as-of DAY --model MODEL [--profile OUT]

``baseline`` runs every bare-SQL formulation in :data:`FORMULATIONS` once
(the order rotated by ``--rotate``), each on a fresh read-only connection
(``?mode=ro``) opened before its clock starts, with the standard library's
``sqlite3`` and no application code. Each computes, per account, the sum of
``amount_cents``, the count and the latest ``booked_on`` of its orders in the
window ``START < booked_on <= AS_OF`` (the app's window: ``window_start`` is
exclusive), and the latest ``booked_on <= AS_OF`` of any age; the clock covers
executing the statements and ``fetchall()``. A two-statement formulation's
rows are fetched, not merged (in its favour). After the clock, every
formulation's rows are normalised and hashed, so the parent can check that
they all computed the same figures.

``baseline-weighted`` does the same for :data:`WEIGHTED_FORMULATIONS`: per
account, everything the weighted model reads (the figures above, the first
order in the window, the due and on-time orders, the interactions, feedback
and referrals in the window, and the potential inputs of the account row).
``app-figures`` hashes the figures the app reads for the weighted model the
same way, so the parent checks that the app read what the bare SQL computed.

``check-api`` reports whether ``domain.tiers.service`` offers the functions
the benchmark calls (the app side may not have landed yet).

``preview`` opens the app's store at DB and loads the settings (untimed), then
times ``preview_classification`` with the model set to MODEL; the timestamps
of its progress callback split the time into its steps (:data:`SPLIT`). ``apply`` does
the same on DB (a copy the parent made: it writes), then times
``apply_classification`` of that preview and counts the ``tier_history`` rows.

``--profile OUT`` runs the timed call under cProfile and dumps the stats to
OUT (its timing is then not comparable).
"""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
import sys
import time
from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from child_common import exit_with_report, memory_kb, timed

# The window's per-account figures, three ways each, plus a reference that ignores every index.
# Parameters: ":start" (exclusive) and ":as_of" (inclusive), ISO dates as the store keeps them.
FORMULATIONS: dict[str, tuple[str, ...]] = {
    # Two scans of the covering index: the window's GROUP BY, then the last order of any age.
    "scan-where": (
        "SELECT account_id, sum(amount_cents), count(*), max(booked_on) FROM account_transaction"
        " WHERE booked_on > :start AND booked_on <= :as_of GROUP BY account_id",
        "SELECT account_id, max(booked_on) FROM account_transaction WHERE booked_on <= :as_of GROUP BY account_id",
    ),
    # One scan, conditional aggregates.
    "scan-case": (
        "SELECT account_id, sum(CASE WHEN booked_on > :start THEN amount_cents END),"
        " count(CASE WHEN booked_on > :start THEN 1 END), max(CASE WHEN booked_on > :start THEN booked_on END),"
        " max(booked_on) FROM account_transaction WHERE booked_on <= :as_of GROUP BY account_id",
    ),
    # One scan, aggregate FILTER clauses (SQLite 3.30+).
    "scan-filter": (
        "SELECT account_id, sum(amount_cents) FILTER (WHERE booked_on > :start),"
        " count(*) FILTER (WHERE booked_on > :start), max(booked_on) FILTER (WHERE booked_on > :start),"
        " max(booked_on) FROM account_transaction WHERE booked_on <= :as_of GROUP BY account_id",
    ),
    # Per account, one range seek in the covering index for the window and one for the last order.
    "seek-join": (
        "SELECT a.id, sum(t.amount_cents), count(t.account_id), max(t.booked_on),"
        " (SELECT max(l.booked_on) FROM account_transaction l WHERE l.account_id = a.id AND l.booked_on <= :as_of)"
        " FROM account a LEFT JOIN account_transaction t"
        " ON t.account_id = a.id AND t.booked_on > :start AND t.booked_on <= :as_of GROUP BY a.id",
    ),
    # The same seeks, but the last order of any age is the window's last when there is one:
    # only accounts without a window order need the second seek (COALESCE is lazy).
    "seek-coalesce": (
        "SELECT a.id, sum(t.amount_cents), count(t.account_id), max(t.booked_on),"
        " coalesce(max(t.booked_on), (SELECT max(l.booked_on) FROM account_transaction l"
        " WHERE l.account_id = a.id AND l.booked_on <= :as_of))"
        " FROM account a LEFT JOIN account_transaction t"
        " ON t.account_id = a.id AND t.booked_on > :start AND t.booked_on <= :as_of GROUP BY a.id",
    ),
    # Reference only (never "the fastest"): a plain table scan and a temporary B-tree, no index at all.
    "table-scan": (
        "SELECT account_id, sum(CASE WHEN booked_on > :start THEN amount_cents END),"
        " count(CASE WHEN booked_on > :start THEN 1 END), max(CASE WHEN booked_on > :start THEN booked_on END),"
        " max(booked_on) FROM account_transaction NOT INDEXED WHERE booked_on <= :as_of GROUP BY account_id",
    ),
}
REFERENCE_ONLY = ("table-scan",)

# The weighted model's own baseline: per account everything above that it uses (the window's
# revenue and order count, the first order in the window, the last of any age) plus the
# payments (orders with a due date, those paid by it), the interactions, feedback and referrals
# in the window, and the account's potential inputs (industry, staff, annual revenue, industry
# growth, decision nodes, leader: what the size percentile and the potential criteria read).
_POTENTIAL = "a.industry, a.employees, a.annual_revenue_cents, a.industry_growth_pct, a.decision_nodes, a.industry_leader"
_ORDERS_SEEK = (
    "SELECT a.id, sum(t.amount_cents), count(t.account_id), min(t.booked_on),"
    " coalesce(max(t.booked_on), (SELECT max(l.booked_on) FROM account_transaction l"
    " WHERE l.account_id = a.id AND l.booked_on <= :as_of)), count(t.due_on), sum(t.paid_on <= t.due_on)"
    " FROM account a LEFT JOIN account_transaction t"
    " ON t.account_id = a.id AND t.booked_on > :start AND t.booked_on <= :as_of GROUP BY a.id"
)
_INTERACTIONS_SCAN = (
    "SELECT account_id, count(*), sum(kind = 'feedback'), sum(kind = 'referral') FROM interaction"
    " WHERE occurred_on > :start AND occurred_on <= :as_of GROUP BY account_id"
)
_ACCOUNTS = f"SELECT a.id, {_POTENTIAL} FROM account a"
_IN_WINDOW = "i.account_id = a.id AND i.occurred_on > :start AND i.occurred_on <= :as_of"
WEIGHTED_FORMULATIONS: dict[str, tuple[str, ...]] = {
    # Three statements: the accounts' potential inputs, the orders' range seeks, one scan of the
    # interactions' covering index.
    "seek-3": (_ACCOUNTS, _ORDERS_SEEK, _INTERACTIONS_SCAN),
    # The potential inputs read with the orders' seeks (one statement less).
    "seek-2": (_ORDERS_SEEK.replace("SELECT a.id,", f"SELECT a.id, {_POTENTIAL},", 1), _INTERACTIONS_SCAN),
    # The interactions sought per account too.
    "seek-seek": (
        _ACCOUNTS,
        _ORDERS_SEEK,
        "SELECT a.id, count(i.account_id), sum(i.kind = 'feedback'), sum(i.kind = 'referral')"
        f" FROM account a LEFT JOIN interaction i ON {_IN_WINDOW} GROUP BY a.id",
    ),
    # One statement: the interactions as three correlated counts.
    "seek-correlated": (
        _ORDERS_SEEK.replace("SELECT a.id,", f"SELECT a.id, {_POTENTIAL},", 1).replace(
            " FROM account a LEFT JOIN",
            f", (SELECT count(*) FROM interaction i WHERE {_IN_WINDOW}),"
            f" (SELECT count(*) FROM interaction i WHERE {_IN_WINDOW} AND i.kind = 'feedback'),"
            f" (SELECT count(*) FROM interaction i WHERE {_IN_WINDOW} AND i.kind = 'referral')"
            " FROM account a LEFT JOIN",
            1,
        ),
    ),
    # One pass over each covering index, aggregate FILTER clauses.
    "scan-filter": (
        _ACCOUNTS,
        "SELECT account_id, sum(amount_cents) FILTER (WHERE booked_on > :start),"
        " count(*) FILTER (WHERE booked_on > :start), min(booked_on) FILTER (WHERE booked_on > :start),"
        " max(booked_on), count(due_on) FILTER (WHERE booked_on > :start),"
        " sum(paid_on <= due_on) FILTER (WHERE booked_on > :start)"
        " FROM account_transaction WHERE booked_on <= :as_of GROUP BY account_id",
        _INTERACTIONS_SCAN,
    ),
}
WEIGHTED_DESCRIPTIONS = {
    "seek-3": "accounts; orders by range seeks (as seek-coalesce, + first order, payments); interactions GROUP BY",
    "seek-2": "as seek-3, the potential inputs read with the order seeks (2 statements)",
    "seek-seek": "as seek-3, the interactions by range seeks per account too",
    "seek-correlated": "one statement: order seeks + three correlated interaction counts",
    "scan-filter": "accounts; one pass over the orders' index with FILTER; interactions GROUP BY",
}
DESCRIPTIONS = {
    "scan-where": "WHERE window + GROUP BY, then GROUP BY for the last order (2 statements)",
    "scan-case": "one pass, SUM(CASE ...) + GROUP BY",
    "scan-filter": "one pass, aggregate FILTER (WHERE ...) + GROUP BY",
    "seek-join": "account LEFT JOIN window range seeks + correlated last order, GROUP BY",
    "seek-coalesce": "as seek-join, the correlated last order only for accounts without a window order",
    "table-scan": "one pass SUM(CASE ...), NOT INDEXED (reference: no index)",
}


# -- the bare-SQL baseline ------------------------------------------------------------------------------


def normalise(name: str, results: list[list[tuple[Any, ...]]]) -> list[tuple[Any, ...]]:
    """``(account_id, sum, count, last in window, last ever)`` for every account with an order (untimed)."""
    if name == "scan-where":
        window = {r[0]: r[1:] for r in results[0]}
        rows = [(a, *window.get(a, (None, 0, None)), last) for a, last in results[1]]
    else:
        rows = list(results[0])
    return sorted((a, s or 0, c, w, last) for a, s, c, w, last in rows if last is not None)


_NO_ORDERS = (0, 0, None, None, 0, 0)
_NO_INTERACTIONS = (0, 0, 0)


def normalise_weighted(name: str, results: list[list[tuple[Any, ...]]]) -> list[tuple[Any, ...]]:
    """Per account, in id order: ``(id, revenue, orders, first in window, last ever, due, on time,
    interactions, feedback, referrals, industry, staff, annual revenue, growth, nodes, leader)`` (untimed)."""
    if name == "seek-correlated":
        return [_weighted_row(r[0], r[7:13], r[13:16], r[1:7]) for r in results[0]]
    if name == "seek-2":
        orders, touches = results
        contacts = {r[0]: r[1:] for r in touches}
        return [_weighted_row(r[0], r[7:], contacts.get(r[0], _NO_INTERACTIONS), r[1:7]) for r in orders]
    accounts, orders, touches = results
    bought = {r[0]: r[1:] for r in orders}
    contacts = {r[0]: r[1:] for r in touches}
    return [
        _weighted_row(r[0], bought.get(r[0], _NO_ORDERS), contacts.get(r[0], _NO_INTERACTIONS), r[1:])
        for r in sorted(accounts)
    ]


def _weighted_row(
    account_id: int, orders: Sequence[Any], touches: Sequence[Any], potential: Sequence[Any]
) -> tuple[Any, ...]:
    revenue, count, first, last, due, on_time = orders
    staff_etc = (*potential[:5], None if potential[5] is None else bool(potential[5]))
    return (account_id, revenue or 0, count, first, last, due, on_time or 0, *(t or 0 for t in touches), *staff_etc)


def app_weighted_figures(activity: Any) -> list[tuple[Any, ...]]:
    """The app's activity columns for the weighted model in the form of :func:`normalise_weighted` (untimed)."""
    names = (
        "account_id", "revenue_cents", "orders", "first_order", "last_order", "due_orders", "on_time_orders",
        "interactions", "feedback", "referrals", "industry", "employees", "annual_revenue_cents",
        "industry_growth_pct", "decision_nodes", "industry_leader",
    )  # fmt: skip
    columns = [activity.column(name) for name in names]
    for k in (3, 4):
        columns[k] = [None if day is None else day.isoformat() for day in columns[k]]
    return [tuple(row) for row in zip(*columns, strict=True)]


def digest(rows: list[tuple[Any, ...]]) -> str:
    return hashlib.sha256(repr(rows).encode()).hexdigest()[:16]


def run_weighted_baseline(db: Path, as_of: str, start: str, rotate: int) -> dict[str, Any]:
    """As :func:`run_baseline`, for :data:`WEIGHTED_FORMULATIONS`."""
    names = list(WEIGHTED_FORMULATIONS)
    k = rotate % len(names)
    names = names[k:] + names[:k]
    params = {"start": start, "as_of": as_of}
    uri = f"{db.as_uri()}?mode=ro"
    seconds: dict[str, float] = {}
    digests: dict[str, str] = {}
    plans: dict[str, list[str]] = {}
    summary: dict[str, Any] = {}
    for name in names:
        conn = sqlite3.connect(uri, uri=True)
        try:
            statements = WEIGHTED_FORMULATIONS[name]
            results, seconds[name], _ = timed(
                lambda c=conn, s=statements: [c.execute(q, params).fetchall() for q in s], None
            )
            plans[name] = [r[3] for q in statements for r in conn.execute("EXPLAIN QUERY PLAN " + q, params)]
        finally:
            conn.close()
        normal = normalise_weighted(name, results)
        digests[name] = digest(normal)
        if not summary:
            summary = {
                "accounts": len(normal),
                "accounts_in_window": sum(1 for r in normal if r[2]),
                "window_orders": sum(r[2] for r in normal),
                "due_orders": sum(r[5] for r in normal),
                "on_time_orders": sum(r[6] for r in normal),
                "interactions": sum(r[7] for r in normal),
            }
    return {"seconds": seconds, "digests": digests, "plans": plans, "figures": summary}


def run_baseline(db: Path, as_of: str, start: str, rotate: int) -> dict[str, Any]:
    names = list(FORMULATIONS)
    k = rotate % len(names)
    names = names[k:] + names[:k]  # rotated, so that no formulation always runs first
    params = {"start": start, "as_of": as_of}
    uri = f"{db.as_uri()}?mode=ro"
    before = memory_kb().get("VmRSS_kb", 0)
    seconds: dict[str, float] = {}
    digests: dict[str, str] = {}
    rows: dict[str, int] = {}
    plans: dict[str, list[str]] = {}
    summary: dict[str, Any] = {}
    for name in names:
        conn = sqlite3.connect(uri, uri=True)
        try:
            statements = FORMULATIONS[name]
            results, seconds[name], _ = timed(
                lambda c=conn, s=statements: [c.execute(q, params).fetchall() for q in s], None
            )
            plans[name] = [r[3] for q in statements for r in conn.execute("EXPLAIN QUERY PLAN " + q, params)]
        finally:
            conn.close()
        normal = normalise(name, results)
        rows[name] = sum(len(r) for r in results)
        digests[name] = hashlib.sha256(repr(normal).encode()).hexdigest()[:16]
        if not summary:
            summary = {
                "accounts_with_orders": len(normal),
                "accounts_in_window": sum(1 for r in normal if r[2]),
                "window_orders": sum(r[2] for r in normal),
                "window_amount_cents": sum(r[1] for r in normal),
            }
    return {
        "seconds": seconds,
        "rows_fetched": rows,
        "digests": digests,
        "plans": plans,
        "figures": summary,
        "sqlite": sqlite3.sqlite_version,
        "before_kb": before,
    }


# -- the app ---------------------------------------------------------------------------------------------


# The steps preview_classification reports to its progress callback (done = 0, 1, 2, 3).
SPLIT = ("activity query (SQL)", "metrics", "classify + overrides + current tiers")


def check_api() -> dict[str, Any]:
    missing: list[str] = []
    try:
        from domain.tiers import service
    except ImportError as exc:
        return {"ok": False, "missing": f"domain.tiers.service cannot be imported: {exc}"}
    for name in ("preview_classification", "apply_classification", "load_settings"):
        if not hasattr(service, name):
            missing.append(f"domain.tiers.service.{name}")
    from storage.store import SqlStore

    if not hasattr(SqlStore, "tier_queries"):
        missing.append("storage.store.SqlStore.tier_queries")
    return {"ok": not missing, "missing": ", ".join(missing)}


def describe(preview: Any) -> dict[str, Any]:
    """What the preview holds: how many results and how many per tier (untimed, tolerant of its shape)."""
    results = getattr(preview, "results", preview)
    try:
        items = list(results.values() if isinstance(results, dict) else results)
    except TypeError:
        return {"type": type(preview).__name__}
    tiers = Counter(str(getattr(r, "tier", "?")) for r in items)
    return {"type": type(preview).__name__, "results": len(items), "tiers": dict(sorted(tiers.items()))}


def open_app(db: Path, model: str) -> tuple[Any, Any, Any]:
    """Open the store and load the settings with ``model`` (untimed); return (service, store, settings)."""
    import dataclasses

    from domain.tiers import service
    from storage.store import open_store

    store = open_store(db)
    store.prepare()  # SQLAlchemy, the mappings and the engine: loaded before the clock starts
    settings = dataclasses.replace(service.load_settings(store.unit_of_work()), model=model)
    return service, store, settings


def run_preview(db: Path, as_of: date, model: str, profile: Path | None) -> dict[str, Any]:
    service, store, settings = open_app(db, model)
    queries = store.tier_queries()
    stamps: list[float] = []

    def progress(done: int, total: int) -> bool:
        stamps.append(time.perf_counter())  # between the preview's steps: query, metrics, classify
        return True

    before = memory_kb().get("VmRSS_kb", 0)
    preview, seconds, _ = timed(
        lambda: service.preview_classification(queries, settings, as_of=as_of, progress=progress), profile
    )
    report = {"seconds": seconds, "model": model, "preview": describe(preview), "before_kb": before}
    if len(stamps) == len(SPLIT) + 1:
        report["split_s"] = {name: stamps[i + 1] - stamps[i] for i, name in enumerate(SPLIT)}
    store.close()
    return report


def run_app_figures(db: Path, as_of: date) -> dict[str, Any]:
    """The hash of the figures the app reads for the weighted model (untimed; in a child of its own,
    so that no preview child's peak memory holds them)."""
    service, store, settings = open_app(db, "weighted")
    activity = store.tier_queries().activity_columns(
        as_of, settings.window_months, inputs=service.MODEL_INPUTS["weighted"]
    )
    store.close()
    return {"figures_digest": digest(app_weighted_figures(activity))}


def run_apply(db: Path, as_of: date, model: str, profile: Path | None) -> dict[str, Any]:
    service, store, settings = open_app(db, model)
    preview_started = time.perf_counter()
    preview = service.preview_classification(store.tier_queries(), settings, as_of=as_of)
    preview_s = time.perf_counter() - preview_started
    before = memory_kb().get("VmRSS_kb", 0)
    count, seconds, _ = timed(lambda: service.apply_classification(store.unit_of_work(), preview, on=as_of), profile)
    store.close()
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        history = conn.execute("SELECT count(*) FROM tier_history").fetchone()[0]
        tiered = conn.execute("SELECT count(*) FROM account WHERE tier IS NOT NULL").fetchone()[0]
    finally:
        conn.close()
    return {
        "seconds": seconds,
        "model": model,
        "applied": count if isinstance(count, int) else repr(count),
        "history_rows": history,
        "accounts_with_tier": tiered,
        "preview_s": preview_s,
        "preview": describe(preview),
        "before_kb": before,
    }


def main(argv: Sequence[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("operation", choices=("baseline", "baseline-weighted", "check-api", "preview", "app-figures", "apply"))
    parser.add_argument("db", type=Path, nargs="?")
    parser.add_argument("--as-of")
    parser.add_argument("--start")
    parser.add_argument("--rotate", type=int, default=0)
    parser.add_argument("--model", choices=("pareto", "rfm", "weighted"))
    parser.add_argument("--profile", type=Path)
    options = parser.parse_args(argv)
    op = options.operation
    db = options.db.absolute() if options.db else None
    report: dict[str, Any]
    try:
        if op == "check-api":
            report = check_api()
        elif db is None or options.as_of is None:
            raise ValueError(f"{op} needs DB and --as-of")
        elif op == "baseline":
            report = run_baseline(db, options.as_of, options.start, options.rotate)
        elif op == "baseline-weighted":
            report = run_weighted_baseline(db, options.as_of, options.start, options.rotate)
        elif op == "app-figures":
            report = run_app_figures(db, date.fromisoformat(options.as_of))
        elif op == "preview":
            report = run_preview(db, date.fromisoformat(options.as_of), options.model, options.profile)
        else:
            report = run_apply(db, date.fromisoformat(options.as_of), options.model, options.profile)
        report["memory"] = memory_kb()
    except Exception as exc:  # reported to the parent, which shows stderr
        import traceback

        traceback.print_exc()
        report = {"error": f"{type(exc).__name__}: {exc}"}
    exit_with_report(report)


if __name__ == "__main__":
    main(sys.argv[1:])

"""Benchmark child: one Excel import or export operation, timed in its own process.

Run by ``exchange.py`` (section 4 of ``run.py``); each call does one thing and
prints one ``BENCH-REPORT`` JSON line with ``seconds`` (the timed operation
alone: imports and set-up come before the clock starts) and ``memory``
(``VmRSS``/``VmHWM`` in KiB at the end, plus ``before_kb``: RSS just before
the operation)::

    python exchange_child.py calamine FILE SHEET          # python-calamine alone: one sheet to Python rows
    python exchange_child.py openpyxl FILE SHEET          # openpyxl read-only: the same
    python exchange_child.py import DB FILE [--template DB0 | --existing] [--profile OUT]
    python exchange_child.py export DB OUT HEADERS_JSON [--profile OUT]
    python exchange_child.py bare-xlsxwriter DB OUT HEADERS_JSON
    python exchange_child.py bare-openpyxl DB OUT HEADERS_JSON

``import`` opens a fresh store at DB (a copy of ``--template`` when given,
else empty; with ``--existing`` the store already at DB; untimed) and times ``domain.exchange.service.run_import``. The
adapter passed in is the app's ``SpreadsheetFileAdapter`` wrapped only to
note when reading the file ended, and the progress callback notes when
applying began, so the report splits the time into read / plan / apply.

``export`` times ``domain.exchange.service.export_workbook`` the same way
(split: loading the store into rows / writing the xlsx file).

The ``bare-*`` writers read the store with the ``sqlite3`` module (untimed)
into the same cells the export writes — same sheets, headers, values,
types, number formats, column widths and frozen header row, no application
code — and time writing them only. Their cells are what a writer is
naturally handed: text, ints, floats for amounts, ``date`` and ``datetime``
objects (xlsxwriter takes both); the resulting sheets equal the export's.

``--profile OUT`` runs the operation under cProfile and dumps the stats to
OUT (its timing is then not comparable).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import time
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from child_common import exit_with_report, memory_kb, timed

# -- bare readers ------------------------------------------------------------------------------------


def read_calamine(path: Path, sheet: str) -> dict[str, Any]:
    import python_calamine as pc

    before = memory_kb().get("VmRSS_kb", 0)

    def read() -> list[list[Any]]:
        workbook = pc.CalamineWorkbook.from_path(str(path))
        rows = workbook.get_sheet_by_name(sheet).to_python()
        workbook.close()
        return rows

    rows, seconds, _ = timed(read, None)
    return {"seconds": seconds, "rows": len(rows) - 1, "columns": len(rows[0]), "before_kb": before}


def read_openpyxl(path: Path, sheet: str) -> dict[str, Any]:
    import openpyxl

    before = memory_kb().get("VmRSS_kb", 0)

    def read() -> list[tuple[Any, ...]]:
        workbook = openpyxl.load_workbook(str(path), read_only=True, data_only=True)
        rows = list(workbook[sheet].iter_rows(values_only=True))
        workbook.close()
        return rows

    rows, seconds, _ = timed(read, None)
    return {"seconds": seconds, "rows": len(rows) - 1, "columns": len(rows[0]), "before_kb": before}


# -- the app -----------------------------------------------------------------------------------------


class TimedFiles:
    """The app's SpreadsheetFileAdapter, noting when read() returns and write() is called."""

    def __init__(self) -> None:
        from storage.spreadsheets import SpreadsheetFileAdapter

        self.inner = SpreadsheetFileAdapter()
        self.read_done: float | None = None
        self.write_called: float | None = None

    def read(self, path: Path) -> Any:
        tables = self.inner.read(path)
        self.read_done = time.perf_counter()
        return tables

    def write(self, path: Path, sheets: Any, progress: Any = None) -> None:
        self.write_called = time.perf_counter()
        self.inner.write(path, sheets, progress)


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of an SQLite store (WAL included), with the backup API."""
    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def run_app_import(db: Path, file: Path, template: Path | None, existing: bool, profile: Path | None) -> dict[str, Any]:
    from domain.exchange.service import run_import
    from storage.store import open_store

    if not existing:
        for leftover in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
            leftover.unlink(missing_ok=True)
        if template is not None:
            copy_database(template, db)
    store = open_store(db)
    store.prepare()  # SQLAlchemy, the mappings and the engine: loaded before the clock starts
    from storage.unit_of_work import SqlUnitOfWork

    files = TimedFiles()
    commit_started: list[float] = []
    commit = SqlUnitOfWork.commit

    def timed_commit(uow: SqlUnitOfWork) -> None:
        commit_started.append(time.perf_counter())
        commit(uow)

    SqlUnitOfWork.commit = timed_commit  # type: ignore[method-assign]

    def progress(done: int, total: int) -> bool:
        return True

    before = memory_kb().get("VmRSS_kb", 0)
    plan, seconds, started = timed(lambda: run_import(store.unit_of_work(), files, file, progress=progress), profile)
    SqlUnitOfWork.commit = commit  # type: ignore[method-assign]
    ended = started + seconds
    counts = {kind: c for kind, c in plan.counts().items() if any(c.values())}
    read_s = (files.read_done or started) - started
    commit_s = ended - commit_started[-1] if commit_started else 0.0
    report = {
        "seconds": seconds,
        "ok": plan.ok,
        "counts": counts,
        "rows": sum(c["add"] + c["change"] + c["same"] for c in counts.values()),
        "errors": [f"{i.sheet}!{i.row} {i.column}: {i.message}" for i in plan.errors[:5]],
        "warnings": len(plan.issues) - len(plan.errors),
        "unknown_columns": plan.unknown_columns(),
        # The file opened (sheets listed); its cells read, checked and written
        # (one pass, in batches); the commit.
        "split_s": {"open": read_s, "plan and write": seconds - read_s - commit_s, "commit": commit_s},
        "before_kb": before,
    }
    store.close()
    return report


def load_labels(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text("utf-8"))


def run_app_export(db: Path, out: Path, labels_path: Path, profile: Path | None) -> dict[str, Any]:
    from domain.exchange.service import export_workbook
    from storage.store import open_store

    labels = load_labels(labels_path)
    out.unlink(missing_ok=True)
    store = open_store(db)
    store.prepare()
    files = TimedFiles()
    before = memory_kb().get("VmRSS_kb", 0)
    counts, seconds, started = timed(
        lambda: export_workbook(store.unit_of_work(), files, out, labels["titles"], labels["headers"]), profile
    )
    load_s = (files.write_called or started) - started
    store.close()
    return {
        "seconds": seconds,
        "counts": counts,
        "bytes": out.stat().st_size,
        "split_s": {"load rows from the store": load_s, "write xlsx": seconds - load_s},
        "before_kb": before,
    }


# -- bare writers ----------------------------------------------------------------------------------

# The export's layout (domain.exchange.schema.KINDS and storage.spreadsheets), restated here so
# that no application code runs: per kind, (field, type, width) in column order.
TEXT, INTEGER, MONEY, DATE, DATETIME, BOOLEAN = "text", "integer", "money", "date", "datetime", "boolean"
LAYOUT: dict[str, tuple[tuple[str, str, int], ...]] = {
    "account": (
        ("key", TEXT, 12), ("name", TEXT, 32), ("parent", TEXT, 14), ("industry", TEXT, 16),
        ("region", TEXT, 10), ("city", TEXT, 10), ("employees", INTEGER, 11), ("annual_revenue", MONEY, 18),
        ("lifecycle", TEXT, 11), ("customer_since", DATE, 13), ("notes", TEXT, 40),
        ("created_at", DATETIME, 18), ("updated_at", DATETIME, 18), ("industry_growth_pct", INTEGER, 12),
        ("decision_nodes", INTEGER, 12), ("industry_leader", BOOLEAN, 12), ("tier", TEXT, 6),
        ("tier_score", INTEGER, 9), ("tier_model", TEXT, 10), ("tier_on", DATE, 12),
    ),
    "contact": (
        ("key", TEXT, 12), ("account", TEXT, 14), ("name", TEXT, 14), ("title", TEXT, 16),
        ("department", TEXT, 14), ("reports_to", TEXT, 14), ("email", TEXT, 24), ("phone", TEXT, 16),
        ("notes", TEXT, 40), ("secondary_manager", TEXT, 14), ("buying_role", TEXT, 16),
        ("influence", INTEGER, 10), ("attitude", TEXT, 11), ("layer", TEXT, 14), ("owner", TEXT, 14),
        ("strength", TEXT, 11), ("last_contact_on", DATE, 12),
    ),
    "team_member": (
        ("key", TEXT, 12), ("name", TEXT, 16), ("email", TEXT, 26), ("active", BOOLEAN, 8), ("roles", TEXT, 12),
        ("region", TEXT, 10), ("capacity", INTEGER, 9),
    ),
    "transaction": (
        ("key", TEXT, 12), ("account", TEXT, 14), ("date", DATE, 12), ("amount", MONEY, 16),
        ("due_date", DATE, 12), ("paid_date", DATE, 12),
    ),
    "interaction": (
        ("key", TEXT, 12), ("account", TEXT, 14), ("contact", TEXT, 14), ("date", DATE, 12),
        ("kind", TEXT, 10), ("note", TEXT, 40),
    ),
    "tier_history": (
        ("account", TEXT, 14), ("date", DATE, 12), ("old_tier", TEXT, 8), ("new_tier", TEXT, 8),
        ("model", TEXT, 10), ("score", INTEGER, 9), ("reason", TEXT, 50), ("reason_code", TEXT, 16),
        ("reason_params", TEXT, 30),
    ),
    "tier_override": (("account", TEXT, 14), ("tier", TEXT, 6), ("reason", TEXT, 50), ("date", DATE, 12)),
    "contact_link": (
        ("source", TEXT, 14), ("target", TEXT, 14), ("kind", TEXT, 11), ("strength", INTEGER, 9), ("note", TEXT, 40),
    ),
    "powermap_snapshot": (
        ("account", TEXT, 14), ("date", DATE, 12), ("label", TEXT, 18), ("contact_key", TEXT, 12),
        ("name", TEXT, 14), ("title", TEXT, 16), ("department", TEXT, 14), ("manager_key", TEXT, 12),
        ("buying_role", TEXT, 16), ("influence", INTEGER, 10), ("attitude", TEXT, 11), ("layer", TEXT, 14),
        ("owner_name", TEXT, 14), ("strength", TEXT, 11),
    ),
    "triangle_assignment": (
        ("account", TEXT, 14), ("role", TEXT, 6), ("member", TEXT, 14), ("start", DATE, 12), ("end", DATE, 12),
    ),
    "account_plan": (
        ("account", TEXT, 14), ("period", TEXT, 10), ("status", TEXT, 10), ("challenges", TEXT, 30),
        ("competitors", TEXT, 24), ("strengths", TEXT, 24), ("weaknesses", TEXT, 24), ("trends", TEXT, 24),
        ("fit_business_network", INTEGER, 9), ("fit_business_model", INTEGER, 9),
        ("fit_decision_makers", INTEGER, 9), ("fit_industry_trend", INTEGER, 9), ("fit_competition", INTEGER, 9),
        ("fit_financial_health", INTEGER, 9), ("fit_solution_fit", INTEGER, 9),
    ),
    "plan_objective": (
        ("account", TEXT, 14), ("period", TEXT, 10), ("title", TEXT, 28), ("kind", TEXT, 14),
        ("target", MONEY, 16), ("owner", TEXT, 14), ("due", DATE, 12), ("status", TEXT, 12),
        ("progress", INTEGER, 9),
    ),
    "plan_action": (
        ("account", TEXT, 14), ("period", TEXT, 10), ("objective", TEXT, 28), ("what", TEXT, 36),
        ("owner", TEXT, 14), ("due", DATE, 12), ("status", TEXT, 12),
    ),
    "plan_risk": (
        ("account", TEXT, 14), ("period", TEXT, 10), ("description", TEXT, 36), ("likelihood", INTEGER, 10),
        ("impact", INTEGER, 8), ("mitigation", TEXT, 30), ("owner", TEXT, 14),
    ),
}  # fmt: skip
SHEET_ORDER = (
    "account", "contact", "team_member", "transaction", "interaction", "tier_history", "tier_override",
    "contact_link", "powermap_snapshot", "triangle_assignment", "account_plan", "plan_objective", "plan_action",
    "plan_risk",
)  # fmt: skip
QUERIES = {
    "account": "SELECT a.key, a.name, p.key, a.industry, a.region, a.city, a.employees, a.annual_revenue_cents,"
    " a.lifecycle, a.customer_since, a.notes, a.created_at, a.updated_at, a.industry_growth_pct,"
    " a.decision_nodes, a.industry_leader, a.tier, a.tier_score, a.tier_model, a.tier_on"
    " FROM account a LEFT JOIN account p ON p.id = a.parent_id ORDER BY a.id",
    # The power-map words are written as stored values here (the app writes English words; same cell count).
    "contact": "SELECT c.key, a.key, c.name, c.title, c.department, m.key, c.email, c.phone, c.notes, d.key,"
    " c.buying_role, c.influence, c.attitude, c.layer, t.key, c.strength, c.last_contact_on"
    " FROM contact c JOIN account a ON a.id = c.account_id LEFT JOIN contact m ON m.id = c.reports_to_id"
    " LEFT JOIN contact d ON d.id = c.secondary_manager_id LEFT JOIN team_member t ON t.id = c.owner_id"
    " ORDER BY c.id",
    # Roles, statuses and kinds are written as stored values here (the app writes words; same cell count).
    "team_member": "SELECT key, name, email, active, roles, region, capacity FROM team_member ORDER BY name, id",
    "transaction": "SELECT t.key, a.key, t.booked_on, t.amount_cents, t.due_on, t.paid_on"
    " FROM account_transaction t JOIN account a ON a.id = t.account_id ORDER BY t.id",
    "interaction": "SELECT i.key, a.key, c.key, i.occurred_on, i.kind, i.note FROM interaction i"
    " JOIN account a ON a.id = i.account_id LEFT JOIN contact c ON c.id = i.contact_id ORDER BY i.id",
    "tier_history": "SELECT a.key, h.changed_on, h.old_tier, h.new_tier, h.model, h.score, h.reason, h.reason_code,"
    " h.reason_params FROM tier_history h JOIN account a ON a.id = h.account_id ORDER BY h.changed_on, h.id",
    "tier_override": "SELECT a.key, o.tier, o.reason, o.set_on FROM tier_override o JOIN account a"
    " ON a.id = o.account_id ORDER BY o.account_id",
    "contact_link": "SELECT s.key, t.key, l.kind, l.strength, l.note FROM contact_link l"
    " JOIN contact s ON s.id = l.source_id JOIN contact t ON t.id = l.target_id ORDER BY l.id",
    "powermap_snapshot": "SELECT a.key, p.taken_on, p.label, e.contact_key, e.name, e.title, e.department,"
    " e.manager_key, e.buying_role, e.influence, e.attitude, e.layer, e.owner_name, e.strength"
    " FROM powermap_snapshot p JOIN account a ON a.id = p.account_id"
    " JOIN powermap_snapshot_entry e ON e.snapshot_id = p.id ORDER BY p.taken_on, p.id, e.contact_key",
    "triangle_assignment": "SELECT a.key, s.role, m.key, s.start_on, s.end_on FROM triangle_assignment s"
    " JOIN account a ON a.id = s.account_id JOIN team_member m ON m.id = s.member_id"
    " ORDER BY a.key, s.role, s.start_on",
    "account_plan": "SELECT a.key, p.period, p.status, p.challenges, p.competitors, p.strengths, p.weaknesses,"
    " p.trends, p.fit_business_network, p.fit_business_model, p.fit_decision_makers, p.fit_industry_trend,"
    " p.fit_competition, p.fit_financial_health, p.fit_solution_fit FROM account_plan p"
    " JOIN account a ON a.id = p.account_id ORDER BY a.key, p.period",
    "plan_objective": "SELECT a.key, p.period, o.title, o.kind, o.target_cents, m.key, o.due_on, o.status, o.progress"
    " FROM plan_objective o JOIN account_plan p ON p.id = o.plan_id JOIN account a ON a.id = p.account_id"
    " LEFT JOIN team_member m ON m.id = o.owner_id ORDER BY a.key, p.period, o.id",
    "plan_action": "SELECT a.key, p.period, o.title, x.what, m.key, x.due_on, x.status FROM plan_action x"
    " JOIN plan_objective o ON o.id = x.objective_id JOIN account_plan p ON p.id = o.plan_id"
    " JOIN account a ON a.id = p.account_id LEFT JOIN team_member m ON m.id = x.owner_id"
    " ORDER BY a.key, p.period, o.id, x.id",
    "plan_risk": "SELECT a.key, p.period, r.description, r.likelihood, r.impact, r.mitigation, m.key FROM plan_risk r"
    " JOIN account_plan p ON p.id = r.plan_id JOIN account a ON a.id = p.account_id"
    " LEFT JOIN team_member m ON m.id = r.owner_id ORDER BY a.key, p.period, r.id",
}


def _convert(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == MONEY:
        return value / 100  # cents to a float, as the export's float(Decimal) gives
    if kind == DATE:
        return date.fromisoformat(value[:10])  # xlsxwriter writes a date as it is
    if kind == DATETIME:
        return datetime.fromisoformat(value).replace(microsecond=0)
    if kind == BOOLEAN:
        return bool(value)
    if kind == TEXT and value.__class__ is not str:
        return str(value)  # a stored number the app writes as a word (attitude, strength): a text cell either way
    return value


def load_cells(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The cells the export writes, read with sqlite3 (untimed), converted to Python values."""
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        cells: dict[str, list[tuple[Any, ...]]] = {}
        for kind in SHEET_ORDER:
            types = [t for _, t, _ in LAYOUT[kind]]
            cells[kind] = [
                tuple(_convert(t, v) for t, v in zip(types, row, strict=True)) for row in conn.execute(QUERIES[kind])
            ]
        return cells
    finally:
        conn.close()


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def write_xlsxwriter(out: Path, labels: dict[str, Any], cells: dict[str, list[tuple[Any, ...]]]) -> None:
    import xlsxwriter

    workbook = xlsxwriter.Workbook(
        str(out),
        {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False},
    )
    bold = workbook.add_format({"bold": True, "bg_color": "#E8EEF7", "bottom": 1})
    formats = {
        DATE: workbook.add_format({"num_format": "yyyy-mm-dd"}),
        DATETIME: workbook.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"}),
        MONEY: workbook.add_format({"num_format": "#,##0.00"}),
    }
    quoted = workbook.add_format({"quote_prefix": True})
    for kind in SHEET_ORDER:
        layout = LAYOUT[kind]
        ws = workbook.add_worksheet(labels["titles"][kind][:31])
        ws.freeze_panes(1, 0)
        for c, (name, _, width) in enumerate(layout):
            header = labels["headers"][kind][name]
            ws.set_column(c, c, max(width, min(len(header) + 2, 40)))
            ws.write_string(0, c, header, bold)
        write_string, write_number = ws.write_string, ws.write_number
        write_datetime, write_boolean = ws.write_datetime, ws.write_boolean
        types = [t for _, t, _ in layout]
        for r, row in enumerate(cells[kind], start=1):
            for c, value in enumerate(row):
                if value is None or value == "":
                    continue
                t = types[c]
                if t == TEXT:
                    if value.startswith(FORMULA_START):
                        write_string(r, c, value, quoted)
                    else:
                        write_string(r, c, value)
                elif t == MONEY:
                    write_number(r, c, value, formats[MONEY])
                elif t == INTEGER:
                    write_number(r, c, value)
                elif t == BOOLEAN:
                    write_boolean(r, c, value)
                else:
                    write_datetime(r, c, value, formats[t])
    workbook.close()


def write_openpyxl(out: Path, labels: dict[str, Any], cells: dict[str, list[tuple[Any, ...]]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    number_formats = {DATE: "yyyy-mm-dd", DATETIME: "yyyy-mm-dd hh:mm:ss", MONEY: "#,##0.00"}
    for kind in SHEET_ORDER:
        layout = LAYOUT[kind]
        ws = workbook.create_sheet(labels["titles"][kind][:31])
        ws.freeze_panes = "A2"
        header_cells = []
        for c, (name, _, width) in enumerate(layout):
            header = labels["headers"][kind][name]
            ws.column_dimensions[get_column_letter(c + 1)].width = max(width, min(len(header) + 2, 40))
            cell = WriteOnlyCell(ws, value=header)
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="E8EEF7")
            cell.border = Border(bottom=Side(style="thin"))
            header_cells.append(cell)
        ws.append(header_cells)
        formatted = [c for c, (_, t, _) in enumerate(layout) if t in number_formats]
        fmt = {c: number_formats[layout[c][1]] for c in formatted}
        for row in cells[kind]:
            out_row: list[Any] = list(row)
            for c in formatted:
                if out_row[c] is not None:
                    cell = WriteOnlyCell(ws, value=out_row[c])
                    cell.number_format = fmt[c]
                    out_row[c] = cell
            ws.append(out_row)
    workbook.save(str(out))


def run_bare_writer(name: str, db: Path, out: Path, labels_path: Path) -> dict[str, Any]:
    labels = load_labels(labels_path)
    cells = load_cells(db)
    writer = write_xlsxwriter if name == "bare-xlsxwriter" else write_openpyxl
    if name == "bare-xlsxwriter":
        import xlsxwriter  # noqa: F401  (imported before the clock starts, as the app's children do)
    else:
        import openpyxl  # noqa: F401
    out.unlink(missing_ok=True)
    before = memory_kb().get("VmRSS_kb", 0)
    _, seconds, _ = timed(lambda: writer(out, labels, cells), None)
    counts = {kind: len(rows) for kind, rows in cells.items()}
    cell_count = sum(1 for rows in cells.values() for row in rows for v in row if v is not None and v != "")
    return {
        "seconds": seconds,
        "counts": counts,
        "cells": cell_count,
        "bytes": out.stat().st_size,
        "before_kb": before,
    }


def main(argv: Sequence[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "operation", choices=("calamine", "openpyxl", "import", "export", "bare-xlsxwriter", "bare-openpyxl")
    )
    parser.add_argument("args", nargs="+")
    parser.add_argument("--template", type=Path)
    parser.add_argument("--existing", action="store_true")
    parser.add_argument("--profile", type=Path)
    options = parser.parse_args(argv)
    op = options.operation
    args = [Path(a).absolute() for a in options.args]  # file paths (a sheet name is options.args[1])
    template = options.template.absolute() if options.template else None
    report: dict[str, Any]
    try:
        if op == "calamine":
            report = read_calamine(args[0], options.args[1])
        elif op == "openpyxl":
            report = read_openpyxl(args[0], options.args[1])
        elif op == "import":
            report = run_app_import(args[0], args[1], template, options.existing, options.profile)
        elif op == "export":
            report = run_app_export(args[0], args[1], args[2], options.profile)
        else:
            report = run_bare_writer(op, args[0], args[1], args[2])
        report["memory"] = memory_kb()
    except Exception as exc:  # reported to the parent, which shows stderr
        import traceback

        traceback.print_exc()
        report = {"error": f"{type(exc).__name__}: {exc}"}
    exit_with_report(report)


if __name__ == "__main__":
    main(sys.argv[1:])

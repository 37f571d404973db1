"""Section 4 of the benchmark suite: Excel import and export against bare readers and writers.

Targets from the performance issue, for a workbook of 50,000 accounts x 15
columns, 200,000 contacts and 500,000 orders:

* importing the 50,000-account sheet (into an empty store) within 3x the
  time python-calamine alone takes to read that sheet;
* a 500,000-order sheet imports at the same cost per row as the accounts
  sheet (reported in µs per row; "met" allows 10 % for noise);
* exporting the whole portfolio within 1.3x the time a bare xlsxwriter
  (constant memory) takes to write the same cells;
* peak memory (``VmHWM`` of the child process) of the full import and the
  full export, reported.

Every operation runs in its own child process (``exchange_child.py``), timed
inside the child from just before the call to just after it (imports, opening
the store and, for the bare writers, loading the cells come first and are not
counted). Time figures are medians of ``repeat`` runs, app and bare runs
interleaved so that noise hits both; every import gets a fresh store.

Set-up (untimed): ``exchange_data.py`` writes accounts.xlsx, contacts.xlsx
and orders.xlsx once per run (two children side by side). The accounts store
of the first accounts import is the template the order imports start from;
the store of the last order import, with contacts.xlsx imported into it, is
the portfolio the exports write. The first export's file, read back into an
empty store, is the full import whose memory is reported.

References measured once: openpyxl read-only reading the accounts sheet (not
under ``--quick``) and, only when ``BENCH_OPENPYXL_WRITER=1`` is set (it
takes minutes at full size), openpyxl write-only writing the export's cells.
"""

from __future__ import annotations

import importlib.metadata
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

IMPORT_RATIO_TARGET = 3.0
EXPORT_RATIO_TARGET = 1.3
PER_ROW_TOLERANCE = 1.10  # "the same per-row cost", allowing 10 % for noise


@dataclass(frozen=True)
class Sizes:
    accounts: int
    contacts: int
    orders: int
    repeat: int


FULL_SIZES = Sizes(accounts=50_000, contacts=200_000, orders=500_000, repeat=3)
QUICK_SIZES = Sizes(accounts=2_500, contacts=10_000, orders=25_000, repeat=3)  # 1/20


def _us_per_row(seconds: float, rows: int) -> float:
    return seconds * 1e6 / max(rows, 1)


# How an import's time splits (see exchange_child.run_app_import).
IMPORT_PARTS = ("open", "plan and write", "commit")


def _peak(report: dict[str, Any]) -> float:
    """The child's peak RSS in decimal MB."""
    memory = report["memory"]
    return memory.get("VmHWM_kb", memory.get("VmRSS_kb", 0)) * 1024 / 1e6


def _version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def _remove(*paths: Path) -> None:
    for path in paths:
        for extra in ("", "-wal", "-shm"):
            Path(str(path) + extra).unlink(missing_ok=True)


def bench_exchange(quick: bool, work: Path, h: ModuleType) -> dict[str, Any]:
    """Run section 4; ``h`` is the ``run`` module (its helpers: run_child, line, verdict, …)."""
    sizes = QUICK_SIZES if quick else FULL_SIZES
    n = sizes.repeat
    folder = work / "exchange"
    folder.mkdir(exist_ok=True)
    h.section(
        f"4. Excel import and export: {sizes.accounts:,} accounts x 15 columns, "
        f"{sizes.contacts:,} contacts, {sizes.orders:,} orders"
    )

    def child(args: list[str], stderr: str | None = None) -> dict[str, Any]:
        path = folder / f"{stderr}.stderr.txt" if stderr else None
        return h.run_child("exchange_child.py", args, folder, stderr_path=path).report

    # -- set-up: the workbooks, in two children side by side (untimed) ------------------------------
    counts = ["--accounts", str(sizes.accounts), "--contacts", str(sizes.contacts), "--orders", str(sizes.orders)]
    jobs = ((["accounts", "contacts", "--labels"], "gen-1"), (["orders"], "gen-2"))
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [
            pool.submit(
                h.run_child,
                "exchange_data.py",
                [str(folder), *books, *counts],
                folder,
                stderr_path=folder / f"{tag}.stderr.txt",
            )
            for books, tag in jobs
        ]
        generated = [f.result().report for f in futures]
    gen_s = max(g["seconds"] for g in generated)
    files = {name: info for g in generated for name, info in g["files"].items()}
    accounts_xlsx, contacts_xlsx, orders_xlsx = (folder / f"{w}.xlsx" for w in ("accounts", "contacts", "orders"))
    labels = folder / "headers.json"
    h.line(
        "set-up: workbooks written in (untimed)",
        f"{gen_s:.1f} s  ("
        + ", ".join(f"{name}.xlsx {info['bytes'] / 1e6:.1f} MB" for name, info in files.items())
        + ")",
    )

    # -- 1. reading the accounts sheet: calamine alone vs our import -------------------------------
    print(f"\n  4a. The {sizes.accounts:,}-account sheet: python-calamine alone vs our import (empty store)")
    cal_acc: list[dict[str, Any]] = []
    imp_acc: list[dict[str, Any]] = []
    template = folder / "accounts-0.sqlite"
    for rep in range(n):
        cal_acc.append(child(["calamine", str(accounts_xlsx), "Accounts"]))
        db = folder / f"accounts-{rep}.sqlite"
        imp_acc.append(child(["import", str(db), str(accounts_xlsx)], "import"))
        if rep:
            _remove(db)
        print(
            f"  … repetition {rep + 1}/{n}: calamine {h.ms(cal_acc[-1]['seconds'])}, "
            f"import {h.ms(imp_acc[-1]['seconds'])}",
            flush=True,
        )
    for report in imp_acc:
        if not report["ok"] or report["counts"].get("account", {}).get("add") != sizes.accounts:
            raise h.BenchError(f"the accounts import did not add every account: {report}")
    cal_acc_s = [r["seconds"] for r in cal_acc]
    imp_acc_s = [r["seconds"] for r in imp_acc]
    import_ratio = h.median(imp_acc_s) / h.median(cal_acc_s)
    import_met = import_ratio <= IMPORT_RATIO_TARGET
    h.line("python-calamine: read the sheet to rows", h.spread(cal_acc_s))
    h.line("our import (run_import, empty store)", h.spread(imp_acc_s))
    for part in IMPORT_PARTS:
        h.line(f"  of which: {part}", h.ms(h.median([r["split_s"][part] for r in imp_acc])))
    h.line(
        "ratio import / calamine (medians)",
        f"{import_ratio:.2f}x   target <= {IMPORT_RATIO_TARGET:.0f}x   -> {h.verdict(import_met, quick)}",
    )
    h.line("  columns the import reported as unknown", ", ".join(c for _, c in imp_acc[0]["unknown_columns"]) or "-")
    openpyxl_read: dict[str, Any] | None = None
    if not quick:
        openpyxl_read = child(["openpyxl", str(accounts_xlsx), "Accounts"])
        h.line(
            "openpyxl read-only: the same sheet (1 run)",
            f"{h.ms(openpyxl_read['seconds'])} = {openpyxl_read['seconds'] / h.median(cal_acc_s):.1f}x calamine",
        )

    # -- 2. cost per row: the orders sheet, into a store holding the accounts ------------------------
    print(f"\n  4b. The {sizes.orders:,}-order sheet, imported into a store holding the accounts")
    cal_ord: list[dict[str, Any]] = []
    imp_ord: list[dict[str, Any]] = []
    for rep in range(n):
        cal_ord.append(child(["calamine", str(orders_xlsx), "Orders"]))
        db = folder / f"orders-{rep}.sqlite"
        imp_ord.append(child(["import", str(db), str(orders_xlsx), "--template", str(template)], "import"))
        if rep < n - 1:
            _remove(db)
        print(
            f"  … repetition {rep + 1}/{n}: calamine {h.ms(cal_ord[-1]['seconds'])}, "
            f"import {h.ms(imp_ord[-1]['seconds'])}",
            flush=True,
        )
    for report in imp_ord:
        if not report["ok"] or report["counts"].get("transaction", {}).get("add") != sizes.orders:
            raise h.BenchError(f"the orders import did not add every order: {report}")
    cal_ord_s = [r["seconds"] for r in cal_ord]
    imp_ord_s = [r["seconds"] for r in imp_ord]
    acc_us = _us_per_row(h.median(imp_acc_s), sizes.accounts)
    ord_us = _us_per_row(h.median(imp_ord_s), sizes.orders)
    per_row_ratio = ord_us / acc_us
    per_row_met = per_row_ratio <= PER_ROW_TOLERANCE
    h.line("python-calamine: read the orders sheet", h.spread(cal_ord_s))
    h.line("our import of the orders", h.spread(imp_ord_s))
    for part in IMPORT_PARTS:
        h.line(f"  of which: {part}", h.ms(h.median([r["split_s"][part] for r in imp_ord])))
    h.line("ratio import / calamine, orders (medians)", f"{h.median(imp_ord_s) / h.median(cal_ord_s):.2f}x")
    h.line(
        "per row: accounts sheet / orders sheet",
        f"{acc_us:,.1f} µs / {ord_us:,.1f} µs  (calamine: "
        f"{_us_per_row(h.median(cal_acc_s), sizes.accounts):,.1f} / "
        f"{_us_per_row(h.median(cal_ord_s), sizes.orders):,.1f} µs)",
    )
    h.line(
        "per-row cost orders / accounts",
        f"{per_row_ratio:.2f}x   target: the same (<= {PER_ROW_TOLERANCE:.2f}x)   -> {h.verdict(per_row_met, quick)}",
    )
    acc_cols, ord_cols = cal_acc[0]["columns"], cal_ord[0]["columns"]
    h.line(
        "per cell: accounts sheet / orders sheet",
        f"{acc_us / acc_cols:,.2f} µs / {ord_us / ord_cols:,.2f} µs  ({acc_cols} and {ord_cols} columns)",
    )
    for name, reports, rows in (("accounts", imp_acc, sizes.accounts), ("orders", imp_ord, sizes.orders)):
        h.line(
            f"  per row, {name}: {' / '.join(IMPORT_PARTS)}",
            " / ".join(
                f"{_us_per_row(h.median([r['split_s'][p] for r in reports]), rows):,.1f}"
                for p in IMPORT_PARTS
            )
            + " µs",
        )

    # -- 3. export: the whole portfolio vs a bare xlsxwriter ------------------------------------------
    portfolio = folder / f"orders-{n - 1}.sqlite"
    populate = child(["import", str(portfolio), str(contacts_xlsx), "--existing"], "import")
    if not populate["ok"]:
        raise h.BenchError(f"importing the contacts failed: {populate['errors']}")
    print(
        f"\n  4c. Export of the whole portfolio vs a bare xlsxwriter (constant memory) writing the same cells"
        f"\n  set-up: contacts imported into the store in {populate['seconds']:.1f} s (untimed)"
    )
    app_exp: list[dict[str, Any]] = []
    bare_exp: list[dict[str, Any]] = []
    for rep in range(n):  # interleaved
        out = folder / f"export-{rep}.xlsx"
        app_exp.append(child(["export", str(portfolio), str(out), str(labels)], "export"))
        if rep:
            out.unlink(missing_ok=True)
        bare_out = folder / f"bare-{rep}.xlsx"
        bare_exp.append(child(["bare-xlsxwriter", str(portfolio), str(bare_out), str(labels)], "bare"))
        bare_out.unlink(missing_ok=True)
        print(
            f"  … repetition {rep + 1}/{n}: export {h.ms(app_exp[-1]['seconds'])}, "
            f"bare xlsxwriter {h.ms(bare_exp[-1]['seconds'])}",
            flush=True,
        )
    if app_exp[0]["counts"] != bare_exp[0]["counts"]:
        raise h.BenchError(
            f"export and bare writer wrote different rows: {app_exp[0]['counts']} {bare_exp[0]['counts']}"
        )
    app_exp_s = [r["seconds"] for r in app_exp]
    bare_exp_s = [r["seconds"] for r in bare_exp]
    export_ratio = h.median(app_exp_s) / h.median(bare_exp_s)
    export_met = export_ratio <= EXPORT_RATIO_TARGET
    rows_exported = sum(app_exp[0]["counts"].values())
    h.line("bare xlsxwriter: write the cells", h.spread(bare_exp_s))
    h.line("our export (export_workbook)", h.spread(app_exp_s))
    for part in ("load rows from the store", "write xlsx"):
        h.line(f"  of which: {part}", h.ms(h.median([r["split_s"][part] for r in app_exp])))
    h.line(
        "ratio export / bare xlsxwriter (medians)",
        f"{export_ratio:.2f}x   target <= {EXPORT_RATIO_TARGET}x   -> {h.verdict(export_met, quick)}",
    )
    h.line(
        "  write part alone / bare xlsxwriter",
        f"{h.median([r['split_s']['write xlsx'] for r in app_exp]) / h.median(bare_exp_s):.2f}x",
    )
    h.line(
        "rows / cells written; file size app / bare",
        f"{rows_exported:,} / {bare_exp[0]['cells']:,}; "
        f"{app_exp[0]['bytes'] / 1e6:.1f} MB / {bare_exp[0]['bytes'] / 1e6:.1f} MB",
    )
    openpyxl_write: dict[str, Any] | None = None
    if os.environ.get("BENCH_OPENPYXL_WRITER") == "1":
        openpyxl_write = child(["bare-openpyxl", str(portfolio), str(folder / "openpyxl.xlsx"), str(labels)])
        (folder / "openpyxl.xlsx").unlink(missing_ok=True)
        h.line(
            "openpyxl write-only: the same cells (1 run)",
            f"{h.ms(openpyxl_write['seconds'])} = {openpyxl_write['seconds'] / h.median(bare_exp_s):.2f}x xlsxwriter",
        )

    # -- 4. the full import (our own export read back into an empty store) and memory ----------------
    full_db = folder / "full.sqlite"
    full = child(["import", str(full_db), str(folder / "export-0.xlsx")], "import")
    _remove(full_db, portfolio, template, folder / "export-0.xlsx")
    if not full["ok"]:
        raise h.BenchError(f"the full import failed: {full['errors']}")
    full_rows = full["rows"]
    print("\n  4d. Full import (the first export's file into an empty store, 1 run) and peak memory")
    h.line(
        f"full import: {full_rows:,} rows",
        f"{full['seconds']:.1f} s ({_us_per_row(full['seconds'], full_rows):,.1f} µs per row; "
        + ", ".join(f"{part} {full['split_s'][part]:.1f} s" for part in IMPORT_PARTS)
        + ")",
    )
    memory = {
        "full import": _peak(full),
        "accounts import": h.median([_peak(r) for r in imp_acc]),
        "orders import": h.median([_peak(r) for r in imp_ord]),
        "export": h.median([_peak(r) for r in app_exp]),
        "bare xlsxwriter": h.median([_peak(r) for r in bare_exp]),
        "calamine, accounts sheet": h.median([_peak(r) for r in cal_acc]),
        "calamine, orders sheet": h.median([_peak(r) for r in cal_ord]),
    }
    for name, value in memory.items():
        h.line(f"peak RSS (VmHWM): {name}", f"{value:,.1f} MB")
    print(
        "  note: peaks of the child processes, interpreter and imports included (an idle child with "
        f"the app's store layer open: {full['before_kb'] * 1024 / 1e6:,.0f} MB). 1 MB = 10^6 bytes."
    )
    return {
        "sizes": sizes.__dict__,
        "versions": {d: _version(d) for d in ("python-calamine", "xlsxwriter", "openpyxl")},
        "workbooks": files,
        "generate_s": gen_s,
        "calamine_accounts_s": cal_acc_s,
        "import_accounts_s": imp_acc_s,
        "import_ratio": import_ratio,
        "import_target_ratio": IMPORT_RATIO_TARGET,
        "import_met": import_met,
        "openpyxl_read_accounts_s": openpyxl_read["seconds"] if openpyxl_read else None,
        "calamine_orders_s": cal_ord_s,
        "import_orders_s": imp_ord_s,
        "us_per_row_accounts": acc_us,
        "us_per_row_orders": ord_us,
        "us_per_cell_accounts": acc_us / acc_cols,
        "us_per_cell_orders": ord_us / ord_cols,
        "per_row_ratio": per_row_ratio,
        "per_row_tolerance": PER_ROW_TOLERANCE,
        "per_row_met": per_row_met,
        "export_s": app_exp_s,
        "bare_xlsxwriter_s": bare_exp_s,
        "export_ratio": export_ratio,
        "export_target_ratio": EXPORT_RATIO_TARGET,
        "export_met": export_met,
        "openpyxl_write_s": openpyxl_write["seconds"] if openpyxl_write else None,
        "full_import": full,
        "peak_rss_mb": memory,
        "reports": {
            "import_accounts": imp_acc,
            "import_orders": imp_ord,
            "export": app_exp,
            "bare_xlsxwriter": bare_exp,
            "populate_contacts": populate,
        },
    }


def summary(result: dict[str, Any], quick: bool, h: ModuleType) -> None:
    """The section's lines in the suite's summary."""
    s = result["sizes"]
    h.line(
        f"import {s['accounts']:,} accounts vs calamine",
        f"{h.ms(h.median(result['import_accounts_s']))} vs {h.ms(h.median(result['calamine_accounts_s']))} = "
        f"{result['import_ratio']:.2f}x (target <= {IMPORT_RATIO_TARGET:.0f}x) {h.verdict(result['import_met'], quick)}",
    )
    h.line(
        f"import per row: {s['orders']:,} orders / accounts",
        f"{result['us_per_row_orders']:,.1f} / {result['us_per_row_accounts']:,.1f} µs = "
        f"{result['per_row_ratio']:.2f}x (target: same) {h.verdict(result['per_row_met'], quick)}",
    )
    h.line(
        "export whole portfolio vs bare xlsxwriter",
        f"{h.ms(h.median(result['export_s']))} vs {h.ms(h.median(result['bare_xlsxwriter_s']))} = "
        f"{result['export_ratio']:.2f}x (target <= {EXPORT_RATIO_TARGET}x) {h.verdict(result['export_met'], quick)}",
    )
    h.line(
        "peak memory: full import / export",
        f"{result['peak_rss_mb']['full import']:,.1f} MB / {result['peak_rss_mb']['export']:,.1f} MB",
    )

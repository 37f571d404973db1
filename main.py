"""Account Planner (客户规划): entry point.

``python main.py`` opens the window; subcommands work on the store from the
command line and call the same service functions as the GUI. Heavy modules
are imported inside the functions that need them, to keep start-up quick.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="account-planner",
        description="Account Planner (客户规划): key account planning. Without a command, opens the window.",
    )
    parser.add_argument("--db", metavar="PATH", help="database file or SQLAlchemy URL (default: your user data folder)")
    parser.add_argument(
        "--lang", choices=("zh_CN", "en"), help="language of the window and of exported headers (default: system)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser("demo", help="add a realistic synthetic portfolio to the database")
    demo.add_argument("--accounts", type=_positive, default=500, metavar="N", help="number of accounts (default 500)")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="random seed: same seed, same portfolio")
    demo.add_argument("--as-of", type=_iso_date, metavar="DATE", help="date the history ends (default today)")
    commands.add_parser("stats", help="print how many records the database holds")
    export = commands.add_parser("export", help="write the whole portfolio to an Excel workbook")
    export.add_argument("file", metavar="FILE.xlsx", help="the workbook to write (replaced if it exists)")
    load = commands.add_parser(
        "import", help="read accounts, contacts, team, orders and interactions from a workbook or CSV file"
    )
    load.add_argument("file", metavar="FILE", help="an .xlsx, .xlsm, .xls, .ods or .csv file")
    load.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    load.add_argument(
        "--changes",
        action="store_true",
        help="list each record added or changed, with the fields that change (up to 5,000 of each kind)",
    )
    load.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="HEADER=FIELD",
        help="read the column HEADER as FIELD (e.g. 'Kunde=name'; 'HEADER=' ignores the column); repeatable",
    )
    chart = commands.add_parser(
        "chart", help="draw an account's org chart or power grid into a PNG, SVG or PDF file (no window needed)"
    )
    chart.add_argument("account", metavar="ACCOUNT_KEY", help="the account's key, e.g. C000042")
    chart.add_argument("--view", choices=("org", "grid"), default="org", help="org chart (default) or power grid")
    chart.add_argument("--out", required=True, metavar="FILE", help="picture to write: .png, .svg or .pdf")
    chart.add_argument("--group", action="store_true", help="everyone in the account and every account under it")
    chart.add_argument("--departments", action="store_true", help="draw department boxes on the org chart")
    classify = commands.add_parser(
        "classify", help="classify accounts into tiers A-D (a preview unless --apply is given)"
    )
    classify.add_argument("--model", choices=("pareto", "rfm", "weighted"), help="model (default: the database's)")
    classify.add_argument("--as-of", type=_iso_date, metavar="YYYY-MM-DD", help="date of the figures (default today)")
    classify.add_argument(
        "--window-months", type=_positive, metavar="N", help="months of orders counted, 1-36 (default: the database's)"
    )
    classify.add_argument("--apply", action="store_true", help="make the tiers the accounts' tiers (writes history)")
    classify.add_argument("--format", choices=("table", "csv", "json"), default="table", help="output (default table)")
    classify.add_argument("--explain", metavar="KEY", help="show how one account's tier was reached")
    review = commands.add_parser(
        "review", help="write an account's review pack: a PDF, with the same data in a workbook beside it"
    )
    review.add_argument("account", nargs="?", metavar="ACCOUNT_KEY", help="the account's key, e.g. C000042")
    review.add_argument(
        "--tier", choices=("A", "B", "C", "D"), help="one pack per account of this tier; --out is then a folder"
    )
    review.add_argument("--out", required=True, metavar="FILE.pdf|FOLDER", help="the PDF (or folder) to write")
    review.add_argument(
        "--redacted",
        action="store_true",
        help="leave out contacts' e-mail, phone and notes, notes on lines between people, "
        "the account's notes and plan risks' mitigation notes",
    )
    review.add_argument("--as-of", type=_iso_date, metavar="YYYY-MM-DD", help="date of the figures (default today)")
    return parser


def _database_target(args: argparse.Namespace) -> str | Path:
    if args.db:
        return str(args.db)
    from storage.database import default_database_path

    return default_database_path()


def _cmd_demo(args: argparse.Namespace) -> int:
    from domain.demo import load_demo
    from storage.store import open_store

    store = open_store(_database_target(args))
    try:
        portfolio = load_demo(store.unit_of_work(), args.accounts, args.seed, today=args.as_of)
    finally:
        store.close()
    print(
        f"Added {len(portfolio.accounts)} accounts, {len(portfolio.contacts)} contacts, "
        f"{len(portfolio.transactions)} orders and {len(portfolio.interactions)} interactions "
        f"to {store.label}."
    )
    return 0


def _cmd_stats(args: argparse.Namespace) -> int:
    from domain.services import store_counts
    from storage.store import open_store

    store = open_store(_database_target(args), create=False)
    try:
        counts = store_counts(store.queries())
    finally:
        store.close()
    print(f"database      {store.label}")
    print(f"accounts      {counts.accounts}")
    print(f"  top level   {counts.root_accounts}")
    print(f"contacts      {counts.contacts}")
    print(f"team members  {counts.team_members}")
    print(f"orders        {counts.transactions}")
    print(f"interactions  {counts.interactions}")
    return 0


def _labels(language: str | None) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """Sheet titles and headers in the chosen (or the system's) language."""
    from PySide6.QtCore import QCoreApplication

    from ui import i18n
    from ui.exchange_labels import column_headers, sheet_titles

    app = QCoreApplication.instance() or QCoreApplication([])
    i18n.Translations(app).apply(i18n.resolve(language))
    return sheet_titles(), column_headers()


def _cmd_export(args: argparse.Namespace) -> int:
    from domain.exchange.service import export_workbook
    from storage.spreadsheets import SpreadsheetFileAdapter
    from storage.store import open_store

    titles, headers = _labels(args.lang)
    target = Path(args.file)
    if target.suffix.lower() != ".xlsx":
        target = target.with_suffix(target.suffix + ".xlsx") if target.suffix else target.with_suffix(".xlsx")
    store = open_store(_database_target(args), create=False)
    try:
        written = export_workbook(store.unit_of_work(), SpreadsheetFileAdapter(), target, titles, headers)
    finally:
        store.close()
    names = {
        "account": "accounts",
        "contact": "contacts",
        "team_member": "team members",
        "transaction": "orders",
        "interaction": "interactions",
        "tier_history": "tier changes",
        "tier_override": "tiers set by hand",
        "contact_link": "contact links",
        "powermap_snapshot": "power-map snapshot entries",
        "triangle_assignment": "triangle assignments",
        "account_plan": "account plans",
        "plan_objective": "plan objectives",
        "plan_action": "plan actions",
        "plan_risk": "plan risks",
    }
    parts = ", ".join(f"{count} {names.get(kind, kind)}" for kind, count in written.items())
    print(f"Wrote {parts} to {target}.")
    return 0


def _parse_maps(maps: list[str]) -> dict[str, str | None]:
    import difflib

    from domain.errors import DomainError
    from domain.exchange.schema import KINDS, fields

    overrides: dict[str, str | None] = {}
    for item in maps:
        header, sep, target = item.partition("=")
        if not sep or not header.strip():
            raise DomainError(f"--map needs HEADER=FIELD, not '{item}'.")
        kind, dot, name = target.strip().rpartition(".")
        if dot and kind not in KINDS:
            raise DomainError(f"--map: '{kind}' is not a kind of record; use one of {', '.join(KINDS)}.")
        known = fields(kind) if dot else sorted({f for k in KINDS for f in fields(k)})
        if name and name not in known:
            close = difflib.get_close_matches(name, known, n=3, cutoff=0.5)
            hint = f" (did you mean {' or '.join(close)}?)" if close else ""
            where = f" of {kind}" if dot else ""
            raise DomainError(
                f"--map: '{name}' is not a field{where}{hint}; README's Excel layout lists the fields of each sheet."
            )
        overrides[header.strip()] = name or None
    return overrides


def _change_line(change: Any) -> str:
    """One record of an import, as the --changes list shows it."""
    where = f"(sheet '{change.sheet}', row {change.row})"
    name = " ".join(part for part in (change.key, change.label) if part)
    fields = "; ".join(f"{field}: {_shown(old)} -> {_shown(new)}" for field, (old, new) in change.fields.items())
    return f"  {change.action} {change.kind} {name} {where}" + (f": {fields}" if fields else "")


def _shown(value: Any) -> str:
    text = "" if value is None else str(getattr(value, "value", value))
    return repr(text if len(text) <= 40 else text[:39] + "…")


def _unmatched_maps(overrides: dict[str, str | None], plan: Any) -> list[str]:
    """The --map headers no sheet of the file has."""
    from domain.exchange.headers import normalize

    present = {normalize(h) for report in plan.sheets if report.mapping for h in report.mapping.headers if h}
    return [header for header in overrides if normalize(header) not in present]


def _cmd_import(args: argparse.Namespace) -> int:
    from domain.exchange.plan import ERROR
    from domain.exchange.service import preview_import, run_import
    from storage.spreadsheets import SpreadsheetFileAdapter
    from storage.store import open_store

    overrides = _parse_maps(args.map)
    target = _database_target(args)
    # A database the import creates is removed again when nothing was imported.
    created = Path(target) if "://" not in str(target) and not Path(target).exists() else None
    store = open_store(target)
    plan = None
    try:
        # A real import plans and writes in one pass (one transaction, rolled
        # back on any error); a dry run only plans.
        action = preview_import if args.dry_run else run_import
        plan = action(store.unit_of_work(), SpreadsheetFileAdapter(), Path(args.file), overrides=overrides)
        for report in plan.sheets:
            if report.kind is None:
                print(f"sheet '{report.sheet}': skipped ({report.note})")
            else:
                print(f"sheet '{report.sheet}': {report.kind}, headers in row {report.header_row}, {report.rows} rows")
        for header in _unmatched_maps(overrides, plan):
            print(f"warning: --map: the file has no column '{header}'.", file=sys.stderr)
        unknown = plan.unknown_columns()
        if unknown:
            print('columns not placed (name a field with --map "HEADER=FIELD"):')
            for sheet, header in unknown:
                print(f"  sheet '{sheet}': '{header}'")
        for issue in plan.issues:
            where = ", ".join(
                part
                for part in (
                    f"sheet '{issue.sheet}'" if issue.sheet else "",
                    f"row {issue.row}" if issue.row else "",
                    f"column {issue.column}" if issue.column else "",
                )
                if part
            )
            label = "error" if issue.severity == ERROR else "warning"
            print(f"{label}: {where + ': ' if where else ''}{issue.message}", file=sys.stderr)
        done = plan.written
        for kind, counts in plan.counts().items():
            if any(counts.values()):
                added, changed = ("added", "changed") if done else ("to add", "to change")
                print(f"{kind}: {counts['add']} {added}, {counts['change']} {changed}, {counts['same']} unchanged")
        if args.changes:
            for change in plan.changes:
                if change.action != "same":
                    print(_change_line(change))
        if not plan.ok:
            print(f"{len(plan.errors)} error(s); nothing was imported.", file=sys.stderr)
            return 1
        if not done:
            print("Dry run: nothing was written.")
            return 0
        print(f"Imported into {store.label}.")
        return 0
    finally:
        store.close()
        if created is not None and not (plan is not None and plan.written):
            for leftover in (
                created,
                created.with_name(created.name + "-wal"),
                created.with_name(created.name + "-shm"),
            ):
                leftover.unlink(missing_ok=True)


def _cmd_classify(args: argparse.Namespace) -> int:
    import dataclasses

    from domain.tiers import report
    from domain.tiers.service import DETAIL_INPUTS, apply_classification, load_settings, preview_classification
    from storage.store import open_store

    store = open_store(_database_target(args), create=False)
    try:
        settings = load_settings(store.unit_of_work())
        changes: dict[str, Any] = {}
        if args.model:
            changes["model"] = args.model
        if args.window_months:
            changes["window_months"] = args.window_months
        settings = dataclasses.replace(settings, **changes)
        as_of = args.as_of or date.today()
        # An explanation lists every metric of the account, so it reads them all.
        inputs = DETAIL_INPUTS if args.explain else None
        preview = preview_classification(store.tier_queries(), settings, as_of=as_of, inputs=inputs)
        if args.explain:
            result, metrics, explanation = preview.explain(args.explain)
            print(report.explanation_text(explanation, result.name, report.metric_lines(metrics)))
            return 0
        if args.format == "csv":
            sys.stdout.write(report.as_csv(preview))
        elif args.format == "json":
            print(report.as_json(preview))
        else:
            print(report.as_table(preview))
        if args.apply:
            changed = apply_classification(store.unit_of_work(), preview, on=as_of)
            print(f"applied: {changed} accounts changed tier (history written).", file=sys.stderr)
        elif args.format == "table":
            print("\npreview only: nothing was written (add --apply to make these the accounts' tiers).")
    finally:
        store.close()
    return 0


def _cmd_chart(args: argparse.Namespace) -> int:
    from domain.errors import DomainError
    from domain.powermap.services import load_power_map
    from domain.services import account_by_key

    target = Path(args.out)
    if target.suffix.lower() not in (".png", ".svg", ".pdf"):
        raise DomainError(f"{target.name}: the picture must end in .png, .svg or .pdf.")
    from storage.store import open_store

    store = open_store(_database_target(args), create=False)
    try:
        account = account_by_key(store.unit_of_work(), args.account)
        assert account.id is not None
        power_map = load_power_map(store.unit_of_work(), account.id, whole_group=args.group)
    finally:
        store.close()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a picture needs no display
    from ui import i18n
    from ui.orgchart.export import render_power_map

    language = i18n.resolve(args.lang)
    try:
        render_power_map(power_map, args.view, target, language=language, departments=args.departments)
    except OSError as exc:
        raise DomainError(f"{target}: {exc.strerror or exc}") from None
    people = len(power_map.contacts)
    print(
        f"Wrote the {'org chart' if args.view == 'org' else 'power grid'} of {account.name} "
        f"({people} {'person' if people == 1 else 'people'}) to {target}."
    )
    return 0


def _cmd_review(args: argparse.Namespace) -> int:
    from domain.errors import DomainError

    if (args.account is None) == (args.tier is None):
        raise DomainError("review needs an ACCOUNT_KEY or --tier, one of the two.")
    target = Path(args.out)
    if args.account is not None and target.suffix.lower() != ".pdf":
        raise DomainError(f"{target.name}: the review pack is a PDF; give a file name ending in .pdf.")
    if args.tier is not None and target.suffix.lower() == ".pdf":
        raise DomainError(f"{target.name}: with --tier, --out is a folder (one pack per account is written there).")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the pack needs no display
    from PySide6.QtWidgets import QApplication

    from domain.review import accounts_in_tier, build_review_pack, pack_file_stem, tier_preview
    from domain.services import account_by_key
    from storage.spreadsheets import SpreadsheetFileAdapter
    from storage.store import open_store
    from ui import i18n
    from ui.review.export import power_map_pictures, write_review_pack

    app = QApplication.instance() or QApplication(["account-planner"])
    i18n.Translations(app).apply(i18n.resolve(args.lang))
    as_of = args.as_of or date.today()
    store = open_store(_database_target(args), create=False)
    try:
        if args.account is not None:
            accounts = [account_by_key(store.unit_of_work(), args.account)]
            targets = [target]
        else:
            accounts = accounts_in_tier(store.unit_of_work(), args.tier)
            if not accounts:
                raise DomainError(f"No account has the tier {args.tier}; classify and apply tiers first.")
            target.mkdir(parents=True, exist_ok=True)
            targets = [target / f"{pack_file_stem(account)}.pdf" for account in accounts]
        preview = tier_preview(store.unit_of_work(), store.tier_queries(), as_of)
        for account, pdf in zip(accounts, targets, strict=True):
            assert account.id is not None
            pack = build_review_pack(
                store.unit_of_work(), store.tier_queries(), account.id, as_of, args.redacted, preview=preview
            )
            written = write_review_pack(pack, pdf, SpreadsheetFileAdapter(), power_map_pictures(pack.power_map))
            print(f"Wrote the review pack of {account.name} to {written.pdf} and {written.workbook.name}.")
    except OSError as exc:
        raise DomainError(f"{exc.filename or target}: {exc.strerror or exc}") from None
    finally:
        store.close()
    return 0


def _cmd_gui(args: argparse.Namespace) -> int:
    from domain.ports import Store
    from storage.database import default_database_path
    from storage.store import open_store
    from ui.app import run_app

    def opener(target: Path, create: bool) -> Store:
        return open_store(target, create=create)

    from storage.spreadsheets import SpreadsheetFileAdapter

    return run_app(opener, default_database_path(), SpreadsheetFileAdapter(), db=args.db, language=args.lang)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handlers = {
        "demo": _cmd_demo,
        "stats": _cmd_stats,
        "export": _cmd_export,
        "import": _cmd_import,
        "classify": _cmd_classify,
        "chart": _cmd_chart,
        "review": _cmd_review,
        None: _cmd_gui,
    }
    try:
        return handlers[args.command](args)
    except KeyboardInterrupt:
        print("Interrupted; nothing more was written.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into e.g. `head`, which stopped reading
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # one clear line for user errors, never a traceback
        from domain.errors import DomainError

        if isinstance(exc, DomainError):
            print(f"account-planner: error: {exc}", file=sys.stderr)
            return 1
        raise


if __name__ == "__main__":
    sys.exit(main())

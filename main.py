"""Account Planner (客户规划): entry point.

``python main.py`` opens the window; subcommands work on the store from the
command line and call the same service functions as the GUI. Heavy modules
are imported inside the functions that need them, to keep start-up quick.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path


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
    parser.add_argument(
        "--db", metavar="PATH", help="database file or SQLAlchemy URL (default: your user data folder)"
    )
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="user interface language (window only)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser("demo", help="add a realistic synthetic portfolio to the database")
    demo.add_argument(
        "--accounts", type=_positive, default=500, metavar="N", help="number of accounts (default 500)"
    )
    demo.add_argument(
        "--seed", type=int, default=1, metavar="S", help="random seed: same seed, same portfolio"
    )
    demo.add_argument("--as-of", type=_iso_date, metavar="DATE", help="date the history ends (default today)")
    commands.add_parser("stats", help="print how many records the database holds")
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
        counts = store_counts(store.unit_of_work())
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


def _cmd_gui(args: argparse.Namespace) -> int:
    from domain.ports import Store
    from storage.database import default_database_path
    from storage.store import open_store
    from ui.app import run_app

    def opener(target: Path, create: bool) -> Store:
        return open_store(target, create=create)

    return run_app(opener, default_database_path(), db=args.db, language=args.lang)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handlers = {"demo": _cmd_demo, "stats": _cmd_stats, None: _cmd_gui}
    try:
        return handlers[args.command](args)
    except KeyboardInterrupt:
        print("Interrupted; nothing more was written.", file=sys.stderr)
        return 130
    except Exception as exc:  # one clear line for user errors, never a traceback
        from domain.errors import DomainError

        if isinstance(exc, DomainError):
            print(f"account-planner: error: {exc}", file=sys.stderr)
            return 1
        raise


if __name__ == "__main__":
    sys.exit(main())

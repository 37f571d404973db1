"""Benchmark helper: generate the databases the benchmarks open (untimed set-up).

Run by ``run.py`` in a child process, so that the large portfolios built here
never sit in the parent's memory: a child started by the parent inherits the
parent's peak RSS in ``ru_maxrss`` on Linux, and a big parent heap would slow
its garbage collections. Prints one ``BENCH-REPORT`` JSON line::

    python build_db.py demo PATH ACCOUNTS [--no-details]   -> {"seconds": ...}
    python build_db.py wide PATH CHILDREN                  -> {"seconds": ..., "parent_id": ...}
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import datetime
from pathlib import Path

from domain import services
from domain.demo import CITIES, load_demo
from domain.model import Account
from storage.store import open_store

REPORT_PREFIX = "BENCH-REPORT "  # as in child_support, without importing Qt here


def build_demo(path: Path, accounts: int, *, details: bool) -> dict[str, float]:
    """The demo portfolio of ``accounts`` accounts (seed 1), in one commit."""
    started = time.perf_counter()
    store = open_store(path)
    try:
        load_demo(store.unit_of_work(), accounts, seed=1, details=details)
    finally:
        store.close()
    return {"seconds": time.perf_counter() - started}


def build_wide(path: Path, children: int) -> dict[str, float]:
    """One account with ``children`` direct children (and nothing else).

    The parent is made through the service layer; the children are inserted
    in bulk through the repository, with distinct names in shuffled order so
    that the store really has to sort them.
    """
    started = time.perf_counter()
    store = open_store(path)
    try:
        parent = services.create_account(
            store.unit_of_work(), "华远集团 (benchmark parent)", industry="制造业"
        )
        assert parent.id is not None
        now = datetime(2024, 1, 1, 9, 0, 0)  # naive, as the store keeps timestamps
        numbers = list(range(children))
        random.Random(5000).shuffle(numbers)
        rows = [
            Account(
                key=f"WIDE-{n:06d}",
                name=f"华远{CITIES[n % len(CITIES)]}分公司 {n:05d}",
                industry="制造业",
                parent_id=parent.id,
                created_at=now,
                updated_at=now,
            )
            for n in numbers
        ]
        uow = store.unit_of_work()
        with uow:
            uow.accounts.add_many(rows)
            uow.commit()
    finally:
        store.close()
    return {"seconds": time.perf_counter() - started, "parent_id": parent.id}


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    demo = commands.add_parser("demo")
    demo.add_argument("path", type=Path)
    demo.add_argument("accounts", type=int)
    demo.add_argument(
        "--no-details", action="store_true", help="accounts only: no contacts, orders, interactions"
    )
    wide = commands.add_parser("wide")
    wide.add_argument("path", type=Path)
    wide.add_argument("children", type=int)
    args = parser.parse_args(argv)
    if args.command == "demo":
        report = build_demo(args.path, args.accounts, details=not args.no_details)
    else:
        report = build_wide(args.path, args.children)
    print(REPORT_PREFIX + json.dumps(report), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])

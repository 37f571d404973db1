"""Benchmark helper: build the portfolio database of the tier benchmark (untimed set-up).

Run by ``tiers.py`` (section 5 of ``run.py``) in a child process, once per run::

    python tiers_data.py DB --accounts N --transactions N --interactions N

Opens (creates) the store at DB with the app's own ``open_store``, so the
schema is the app's current one (Alembic head), then fills it with the
standard library's ``sqlite3``: one transaction, ``executemany``, explicit
column lists. ``PRAGMA synchronous=OFF`` and an in-memory journal hold only
during the fill; the named indexes of the filled tables are dropped first and
re-created afterwards from their own stored SQL (quicker than growing them row
by row), and the file is put back in WAL mode, as the app keeps it.

The data is deterministic (seeded):

* accounts C000001… with a name, one of a dozen industries, region, city,
  head count, annual revenue; lifecycle ``customer`` except ~5 % ``prospect``;
  about 10 % of the accounts after the first 2,000 are subsidiaries of one of
  the first 2,000. The potential inputs (``industry_growth_pct``,
  ``decision_nodes``, ``industry_leader``) are filled only when the schema has
  those columns (``PRAGMA table_info``); the applied tier columns stay empty.
* transactions O0000001… in date order over the three years up to ``END``
  (one falls on ``END`` itself, so the as-of date is ``END``), spread over the
  customers Pareto-like (a few accounts have many orders; prospects have none);
  ~70 % have a due date 30 days after booking, paid on time mostly, sometimes
  late, sometimes not (yet) paid.
* interactions I0000001… (visit, call, meeting, event, feedback, referral).

Prints one ``BENCH-REPORT`` JSON line: seconds, sizes, the as-of date, bytes.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import time
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from child_common import REPORT_PREFIX

SEED = 20_240_601
END = date(2025, 9, 30)  # the latest booking date in the data: the benchmark's as-of date
DAYS = 3 * 365
PARENTS = 2_000  # subsidiaries hang under one of the first 2,000 accounts
STAMP = "{} 09:00:00.000000"

INDUSTRIES = (
    ("Manufacturing", 4.5), ("Retail", 2.0), ("Logistics", 3.5), ("Software", 12.0), ("Healthcare", 7.0),
    ("Energy", -1.5), ("Construction", 1.0), ("Finance", 5.0), ("Education", 3.0), ("Agriculture", 0.5),
    ("Hospitality", -3.0), ("Media", 6.0),
)  # fmt: skip
REGIONS = {
    "East": ("Shanghai", "Hangzhou", "Nanjing", "Suzhou"),
    "North": ("Beijing", "Tianjin", "Shijiazhuang"),
    "South": ("Guangzhou", "Shenzhen", "Xiamen"),
    "West": ("Chengdu", "Chongqing", "Xi'an"),
    "Central": ("Wuhan", "Changsha", "Zhengzhou"),
}
WORDS = (
    "Golden",
    "Harbor",
    "Summit",
    "River",
    "Bright",
    "Pioneer",
    "Jade",
    "North",
    "Great",
    "Unity",
    "Crane",
    "Lotus",
)
SUFFIXES = ("Trading", "Industries", "Group", "Technology", "Holdings", "Supply", "Works", "Partners")
KINDS = ("visit", "call", "meeting", "event", "feedback", "referral")
KIND_WEIGHTS = (25, 35, 20, 8, 8, 4)


def day_strings(first: date, last: date) -> dict[int, str]:
    """ISO strings of every day from ``first`` to ``last``, by ordinal (cheaper than isoformat per row)."""
    return {o: date.fromordinal(o).isoformat() for o in range(first.toordinal(), last.toordinal() + 1)}


def columns_of(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def insert(conn: sqlite3.Connection, table: str, columns: Sequence[str], rows: Iterator[tuple[Any, ...]]) -> None:
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    conn.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)


def build(path: Path, accounts: int, transactions: int, interactions: int) -> dict[str, Any]:
    from storage.store import open_store

    for extra in ("", "-wal", "-shm"):
        Path(str(path) + extra).unlink(missing_ok=True)
    store = open_store(path)  # creates the schema at the app's current revision
    store.close()

    rnd = random.Random(SEED)
    first_day = END - timedelta(days=DAYS - 1)
    days = day_strings(END - timedelta(days=12 * 365), END + timedelta(days=130))
    end_o, first_o = END.toordinal(), first_day.toordinal()

    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("PRAGMA journal_mode=MEMORY")
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("BEGIN")
        tables = ("account", "account_transaction", "interaction")
        indexes = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (?, ?, ?)",
            tables,
        ).fetchall()
        for name, _ in indexes:
            conn.execute(f'DROP INDEX "{name}"')

        # -- accounts --------------------------------------------------------------------------------
        have = columns_of(conn, "account")
        potential = [c for c in ("industry_growth_pct", "decision_nodes", "industry_leader") if c in have]
        region_names = list(REGIONS)
        lifecycles: list[str] = []
        rows: list[tuple[Any, ...]] = []
        for i in range(1, accounts + 1):
            industry, growth = INDUSTRIES[rnd.randrange(len(INDUSTRIES))]
            region = region_names[rnd.randrange(len(region_names))]
            city = rnd.choice(REGIONS[region])
            prospect = rnd.random() < 0.05
            lifecycle = "prospect" if prospect else "customer"
            lifecycles.append(lifecycle)
            parent = rnd.randint(1, PARENTS) if i > PARENTS and rnd.random() < 0.11 else None
            employees = int(rnd.paretovariate(1.3) * 20)
            revenue = employees * rnd.randint(50_000, 400_000) * 100
            since = None if prospect else days[end_o - rnd.randint(30, 10 * 365)]
            created = STAMP.format(days[end_o - rnd.randint(0, 11 * 365)])
            row: list[Any] = [
                i, f"C{i:06d}", f"{rnd.choice(WORDS)} {rnd.choice(WORDS)} {rnd.choice(SUFFIXES)} {i}",
                industry, region, city, employees, revenue, lifecycle, since, parent, "", created, created,
            ]  # fmt: skip
            extra = {
                "industry_growth_pct": None if rnd.random() < 0.1 else round(growth + rnd.uniform(-2.0, 2.0), 1),
                "decision_nodes": None if rnd.random() < 0.2 else rnd.randint(1, 12),
                "industry_leader": None if rnd.random() < 0.3 else int(rnd.random() < 0.05),
            }
            row.extend(extra[c] for c in potential)
            rows.append(tuple(row))
        account_columns = [
            "id", "key", "name", "industry", "region", "city", "employees", "annual_revenue_cents", "lifecycle",
            "customer_since", "parent_id", "notes", "created_at", "updated_at", *potential,
        ]  # fmt: skip
        insert(conn, "account", account_columns, iter(rows))
        del rows

        # -- transactions: booked in date order, accounts drawn Pareto-like ------------------------------
        customers = [i for i, lc in enumerate(lifecycles, start=1) if lc == "customer"]
        cumulative: list[float] = []
        total = 0.0
        for _ in customers:
            total += rnd.paretovariate(1.16)
            cumulative.append(total)
        owners = rnd.choices(customers, cum_weights=cumulative, k=transactions)
        booked = sorted(end_o - int(DAYS * rnd.random() ** 0.85) for _ in range(transactions - 1))
        booked.append(end_o)  # the as-of date: one order on END itself

        def transaction_rows(owners: list[int], booked: list[int]) -> Iterator[tuple[Any, ...]]:
            random_ = rnd.random
            randint = rnd.randint
            lognormal = rnd.lognormvariate
            for n, (owner, b) in enumerate(zip(owners, booked, strict=True), start=1):
                amount = int(lognormal(11.5, 1.1)) + 100
                due = paid = None
                if random_() < 0.7:
                    d = b + 30
                    due = days[d]
                    r = random_()
                    if r < 0.72:
                        p = d - randint(0, 25)  # on time
                    elif r < 0.95:
                        p = d + randint(1, 90)  # late
                    else:
                        p = None
                    paid = days[p] if p is not None and p <= end_o else None
                elif random_() < 0.9:
                    paid = days[b]
                yield n, owner, f"O{n:07d}", days[b], amount, due, paid

        insert(
            conn,
            "account_transaction",
            ("id", "account_id", "key", "booked_on", "amount_cents", "due_on", "paid_on"),
            transaction_rows(owners, booked),
        )
        del owners, booked

        # -- interactions ----------------------------------------------------------------------------
        who = rnd.choices(range(1, accounts + 1), k=interactions)
        kinds = rnd.choices(KINDS, weights=KIND_WEIGHTS, k=interactions)
        when = sorted(rnd.randint(first_o, end_o) for _ in range(interactions))
        insert(
            conn,
            "interaction",
            ("id", "account_id", "key", "occurred_on", "kind", "note"),
            ((n, a, f"I{n:07d}", days[o], k, "") for n, (a, k, o) in enumerate(zip(who, kinds, when, strict=True), 1)),
        )

        for _, sql in indexes:
            conn.execute(sql)
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode=WAL")  # as the app keeps the file
        as_of = conn.execute("SELECT max(booked_on) FROM account_transaction").fetchone()[0]
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
        subsidiaries = conn.execute("SELECT count(*) FROM account WHERE parent_id IS NOT NULL").fetchone()[0]
        prospects = conn.execute("SELECT count(*) FROM account WHERE lifecycle = 'prospect'").fetchone()[0]
    finally:
        conn.close()
    return {
        "as_of": as_of,
        "counts": counts,
        "subsidiaries": subsidiaries,
        "prospects": prospects,
        "potential_columns": potential,
        "indexes_rebuilt": [name for name, _ in indexes],
        "bytes": path.stat().st_size,
    }


def main(argv: Sequence[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db", type=Path)
    parser.add_argument("--accounts", type=int, required=True)
    parser.add_argument("--transactions", type=int, required=True)
    parser.add_argument("--interactions", type=int, required=True)
    options = parser.parse_args(argv)
    started = time.perf_counter()
    report = build(options.db.absolute(), options.accounts, options.transactions, options.interactions)
    report["seconds"] = time.perf_counter() - started
    print(REPORT_PREFIX + json.dumps(report), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])

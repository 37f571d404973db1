"""Benchmark helper: generate the workbooks of the Excel exchange benchmark (untimed set-up).

Run by ``exchange.py`` (section 4 of ``run.py``) in child processes, once per
run (two children side by side: this is untimed set-up)::

    python exchange_data.py WORKDIR WORKBOOK... --accounts N --contacts N --orders N [--labels]

Writes each WORKBOOK named (accounts, contacts, orders) as ``WORKBOOK.xlsx``,
with xlsxwriter in constant-memory mode and no application code on the
writing path:

* ``accounts.xlsx`` — one sheet "Accounts": N accounts x 15 columns (our 13
  plus "Website" and "Owner", which the import reports as unknown columns);
* ``contacts.xlsx`` — one sheet "Contacts" (account and reports-to keys);
* ``orders.xlsx``   — one sheet "Orders" (account keys).

Contacts and orders refer to the accounts by key: the benchmark imports them
into a store that already holds the accounts. ``--labels`` also writes
``headers.json``: sheet titles and column headers as the export writes them
(``ui.exchange_labels`` with no translator installed: English).

The values are deterministic (seeded), the same in every run: keys like
C000001, Chinese and English names, parent keys forming group trees (groups
of 25, parents first), industries, regions, cities, head counts, revenue,
lifecycle words in both languages, dates and timestamps; contacts (about four
per account, most reporting to their account's first contact); orders with
date, amount, due date and (mostly) paid date.
Prints one ``BENCH-REPORT`` JSON line with the seconds taken and the sizes.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import xlsxwriter

REPORT_PREFIX = "BENCH-REPORT "  # as in child_support, without importing Qt widgets here

# The two columns our import does not know (the sheet has 15 columns).
EXTRA_ACCOUNT_HEADERS = ("Website", "Owner")

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = (
    "伟",
    "芳",
    "娜",
    "敏",
    "静",
    "丽",
    "强",
    "磊",
    "军",
    "洋",
    "勇",
    "艳",
    "杰",
    "娟",
    "涛",
    "明",
    "超",
    "秀英",
    "华",
    "平",
)
FIRST = ("James", "Mary", "John", "Linda", "Robert", "Susan", "Michael", "Karen", "David", "Lisa", "Wei", "Anna")
LAST = ("Smith", "Johnson", "Brown", "Miller", "Davis", "Garcia", "Wilson", "Moore", "Taylor", "Lee", "Chen", "Wang")
CN_STEMS = (
    "华远",
    "东方",
    "中联",
    "恒信",
    "金桥",
    "新纪元",
    "长城",
    "瑞丰",
    "国泰",
    "天成",
    "宏图",
    "鑫达",
    "博远",
    "海川",
)
CN_FORMS = ("科技有限公司", "集团股份有限公司", "贸易有限公司", "制造有限公司", "信息技术有限公司")
EN_STEMS = ("Northwind", "Contoso", "Fabrikam", "Tailspin", "Wingtip", "Litware", "Proseware", "Adatum", "Woodgrove")
EN_FORMS = ("Trading Ltd.", "Holdings", "Manufacturing Co.", "Logistics GmbH", "Systems Inc.")
INDUSTRIES = (
    "制造业",
    "零售",
    "金融",
    "医疗",
    "教育",
    "物流",
    "能源",
    "Software",
    "Retail",
    "Manufacturing",
    "Finance",
)
REGIONS = ("华东", "华北", "华南", "西南", "East", "North", "South")
CITIES = ("上海", "北京", "深圳", "广州", "杭州", "成都", "南京", "武汉", "Shanghai", "Beijing", "Shenzhen")
LIFECYCLE = ("customer", "prospect", "lost", "客户", "潜在客户", "已流失")
TITLES = ("总经理", "采购经理", "财务总监", "IT Manager", "CFO", "Buyer", "工程师", "Director")
DEPARTMENTS = ("采购部", "财务部", "信息部", "Purchasing", "Finance", "IT", "总经办")
OWNERS = ("张伟", "李娜", "Tom Baker", "王芳", "Sara Kim")
NOTES = ("", "", "", "重点客户，季度回访", "Key account; quarterly review", "年底有扩容计划", "Prefers email")

BASE_DAY = date(2015, 1, 1)
BASE_TIME = datetime(2023, 1, 1, 8, 0, 0)

ACCOUNT_FIELDS = (
    "key", "name", "parent", "industry", "region", "city", "employees", "annual_revenue",
    "lifecycle", "customer_since", "notes", "created_at", "updated_at",
)  # fmt: skip
CONTACT_FIELDS = ("key", "account", "name", "title", "department", "reports_to", "email", "phone", "notes")
ORDER_FIELDS = ("key", "account", "date", "amount", "due_date", "paid_date")


def account_key(index: int) -> str:
    return f"C{index + 1:06d}"


def account_rows(count: int) -> Iterator[tuple[Any, ...]]:
    """Accounts in groups of about 25: a group root, subsidiaries, branches (parents first)."""
    rng = random.Random(1)
    group_start = 0
    for i in range(count):
        if i == group_start or i - group_start >= 25:
            group_start = i
            parent = None
        else:
            # a subsidiary of the root or of an earlier member of the same group
            parent = account_key(group_start if rng.random() < 0.6 else rng.randrange(group_start, i))
        if rng.random() < 0.6:
            name = f"{rng.choice(CN_STEMS)}{rng.choice(CN_FORMS)}{'' if parent is None else '分公司'}{i + 1}"
        else:
            name = f"{rng.choice(EN_STEMS)} {rng.choice(EN_FORMS)} {i + 1}"
        created = BASE_TIME + timedelta(minutes=i * 7)
        yield (
            account_key(i),
            name,
            parent,
            rng.choice(INDUSTRIES),
            rng.choice(REGIONS),
            rng.choice(CITIES),
            rng.randrange(5, 50_000),
            round(rng.uniform(1e5, 5e9), 2),
            rng.choice(LIFECYCLE),
            BASE_DAY + timedelta(days=rng.randrange(0, 3000)) if rng.random() < 0.7 else None,
            rng.choice(NOTES),
            created,
            created + timedelta(days=rng.randrange(0, 400), seconds=rng.randrange(0, 86400)),
            f"https://www.example-{i + 1}.com",
            rng.choice(OWNERS),
        )


def contact_rows(count: int, accounts: int) -> Iterator[tuple[Any, ...]]:
    """Contacts spread over the accounts; most report to their account's first contact."""
    rng = random.Random(2)
    per = max(1, count // max(accounts, 1))
    for i in range(count):
        account = min(i // per, accounts - 1)
        first_of_account = account * per
        reports_to = f"P{first_of_account + 1:06d}" if i != first_of_account and rng.random() < 0.7 else None
        if rng.random() < 0.6:
            name = rng.choice(SURNAMES) + rng.choice(GIVEN)
        else:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        yield (
            f"P{i + 1:06d}",
            account_key(account),
            name,
            rng.choice(TITLES),
            rng.choice(DEPARTMENTS),
            reports_to,
            f"contact{i + 1}@example.com",
            f"138{rng.randrange(10**7, 10**8)}",
            rng.choice(NOTES),
        )


def order_rows(count: int, accounts: int) -> Iterator[tuple[Any, ...]]:
    rng = random.Random(3)
    for i in range(count):
        day = BASE_DAY + timedelta(days=rng.randrange(0, 3300))
        due = day + timedelta(days=rng.choice((30, 45, 60, 90)))
        paid = due + timedelta(days=rng.randrange(-20, 40)) if rng.random() < 0.8 else None
        yield (
            f"O{i + 1:06d}",
            account_key(rng.randrange(accounts)),
            day,
            round(rng.uniform(100, 2_000_000), 2),
            due,
            paid,
        )


def write_sheet(
    workbook: Any,
    formats: dict[str, Any],
    title: str,
    headers: list[str],
    types: list[str],
    rows: Iterator[tuple[Any, ...]],
) -> int:
    ws = workbook.add_worksheet(title)
    for c, header in enumerate(headers):
        ws.write_string(0, c, header, formats["bold"])
    writers = []
    for kind in types:
        if kind == "text":
            writers.append(ws.write_string)
        elif kind == "number":
            writers.append(ws.write_number)
        elif kind == "money":
            writers.append(lambda r, c, v, w=ws.write_number, f=formats["money"]: w(r, c, v, f))
        elif kind == "date":
            writers.append(
                lambda r, c, v, w=ws.write_datetime, f=formats["date"]: w(r, c, datetime(v.year, v.month, v.day), f)
            )
        elif kind == "datetime":
            writers.append(lambda r, c, v, w=ws.write_datetime, f=formats["datetime"]: w(r, c, v, f))
        else:
            raise ValueError(kind)
    count = 0
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if value is not None and value != "":
                writers[c](r, c, value)
        count += 1
    return count


ACCOUNT_TYPES = [
    "text", "text", "text", "text", "text", "text", "number", "money",
    "text", "date", "text", "datetime", "datetime", "text", "text",
]  # fmt: skip
CONTACT_TYPES = ["text"] * 9
ORDER_TYPES = ["text", "text", "date", "money", "date", "date"]


def write_workbook(path: Path, labels: dict[str, Any], which: str, accounts: int, contacts: int, orders: int) -> int:
    """Write the one-sheet workbook ``which`` (accounts, contacts or orders); return its data rows."""
    workbook = xlsxwriter.Workbook(
        str(path),
        {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False},
    )
    formats = {
        "bold": workbook.add_format({"bold": True}),
        "money": workbook.add_format({"num_format": "#,##0.00"}),
        "date": workbook.add_format({"num_format": "yyyy-mm-dd"}),
        "datetime": workbook.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"}),
    }
    titles, headers = labels["titles"], labels["headers"]
    if which == "accounts":
        names = [headers["account"][f] for f in ACCOUNT_FIELDS] + list(EXTRA_ACCOUNT_HEADERS)
        written = write_sheet(workbook, formats, titles["account"], names, ACCOUNT_TYPES, account_rows(accounts))
    elif which == "contacts":
        names = [headers["contact"][f] for f in CONTACT_FIELDS]
        rows = contact_rows(contacts, accounts)
        written = write_sheet(workbook, formats, titles["contact"], names, CONTACT_TYPES, rows)
    else:
        names = [headers["transaction"][f] for f in ORDER_FIELDS]
        rows = order_rows(orders, accounts)
        written = write_sheet(workbook, formats, titles["transaction"], names, ORDER_TYPES, rows)
    workbook.close()
    return written


def labels() -> dict[str, Any]:
    """Sheet titles and headers exactly as the export writes them (English, no translator)."""
    from PySide6.QtCore import QCoreApplication

    from ui.exchange_labels import column_headers, sheet_titles

    _app = QCoreApplication.instance() or QCoreApplication([])
    return {"titles": sheet_titles(), "headers": column_headers()}


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("workdir", type=Path)
    parser.add_argument("workbooks", nargs="+", choices=("accounts", "contacts", "orders"))
    parser.add_argument("--accounts", type=int, required=True)
    parser.add_argument("--contacts", type=int, required=True)
    parser.add_argument("--orders", type=int, required=True)
    parser.add_argument("--labels", action="store_true", help="also write headers.json")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    names = labels()
    if args.labels:
        (args.workdir / "headers.json").write_text(json.dumps(names, ensure_ascii=False), "utf-8")
    report: dict[str, Any] = {"files": {}}
    for which in args.workbooks:
        path = args.workdir / f"{which}.xlsx"
        rows = write_workbook(path, names, which, args.accounts, args.contacts, args.orders)
        report["files"][which] = {"rows": rows, "bytes": path.stat().st_size}
    report["seconds"] = time.perf_counter() - started
    print(REPORT_PREFIX + json.dumps(report), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])

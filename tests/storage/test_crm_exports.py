"""Exports shaped like other CRMs' (header rows from domain.crm_headers.SOURCES,
which cites where each was verified) import without manual mapping."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from domain import services
from domain.crm_headers import SOURCES
from domain.exchange.headers import field_for
from domain.exchange.service import run_import
from storage.spreadsheets import SpreadsheetFileAdapter
from storage.store import SqlStore

FILES = SpreadsheetFileAdapter()
FILE_NAMES = {"account": "Accounts", "contact": "Contacts", "transaction": "Orders"}


def _value(kind: str, header: str, row: int) -> str:
    found = field_for(kind, header)
    field = found[0] if found else ""
    samples = {
        "key": f"ID{row:04d}", "name": f"Company {row}" if kind == "account" else f"Person {row}",
        "first_name": "Ada", "last_name": f"Person{row}", "account": "ID0001", "parent": "",
        "industry": "Manufacturing", "city": "Shanghai", "region": "East", "employees": "120",
        "annual_revenue": "1,500,000", "date": "2024-03-05", "amount": "12,000.50", "due_date": "2024-04-05",
        "paid_date": "2024-04-01", "email": f"p{row}@example.com", "phone": "+86 21 5555 0000",
        "title": "Buyer", "department": "Purchasing", "reports_to": "", "notes": "",
        "customer_since": "2023-01-01", "lifecycle": "", "created_at": "2024-01-01 09:00:00",
        "updated_at": "2024-01-02 10:00:00",
    }
    return samples.get(field, "")


@pytest.mark.parametrize(
    ("source", "kind"),
    sorted((source, kind) for source, kinds in SOURCES.items() for kind in kinds if kind in FILE_NAMES),
)
def test_a_crm_export_imports_without_manual_mapping(store: SqlStore, tmp_path: Path, source: str, kind: str) -> None:
    headers = list(SOURCES[source][kind])
    if kind != "account":  # contacts and orders need their account first
        services.create_account(store.unit_of_work(), "Company 1", key="ID0001")
    path = tmp_path / f"{source}-{FILE_NAMES[kind]}.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        for row in (2, 3):
            writer.writerow([_value(kind, h, row) for h in headers])
    plan = run_import(store.unit_of_work(), FILES, path)
    assert plan.ok, [(i.column, i.message) for i in plan.errors]
    assert plan.sheets[0].kind == kind
    assert plan.counts()[kind]["add"] == 2

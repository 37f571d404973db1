"""Export and import on real files and real SQLite stores."""

from __future__ import annotations

import csv
import hashlib
import shutil
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import xlsxwriter
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from domain import services
from domain.demo import generate_portfolio
from domain.exchange.export import export_tables
from domain.exchange.plan import import_tables, plan_import
from domain.exchange.service import export_workbook, preview_import, run_import
from domain.exchange.table import SheetTable
from domain.model import (
    Account,
    AccountPlan,
    Assignment,
    Attitude,
    BuyingRole,
    Contact,
    ContactLink,
    FitCriterion,
    Lifecycle,
    LinkKind,
    ObjectiveKind,
    PlanAction,
    PlanObjective,
    PlanRisk,
    PlanStatus,
    RelationshipLayer,
    RelationshipStrength,
    TriangleRole,
    WorkStatus,
)
from domain.powermap.services import take_snapshot
from storage.spreadsheets import SpreadsheetFileAdapter, read_tables
from storage.store import SqlStore, open_store
from tests.conftest import DEMO_DAY

FILES = SpreadsheetFileAdapter()
TITLES = {
    "account": "Accounts",
    "contact": "Contacts",
    "team_member": "Team",
    "transaction": "Orders",
    "interaction": "Interactions",
    "tier_history": "Tier history",
    "tier_override": "Tiers set by hand",
    "contact_link": "Contact links",
    "powermap_snapshot": "Power map snapshots",
    "triangle_assignment": "Iron triangles",
    "account_plan": "Account plans",
    "plan_objective": "Plan objectives",
    "plan_action": "Plan actions",
    "plan_risk": "Plan risks",
}


def headers() -> dict[str, dict[str, str]]:
    from domain.exchange.headers import OWN_HEADERS
    from domain.exchange.schema import KINDS

    return {kind: {c.field: OWN_HEADERS[kind][c.field][0] for c in cols} for kind, cols in KINDS.items()}


def snapshot(store: SqlStore) -> list[list[tuple[object, ...]]]:
    return [t.rows for t in export_tables(store.unit_of_work())]


def db_digest(store: SqlStore) -> str:
    assert store.path is not None
    store.backup_to(store.path.with_suffix(".check"))
    return hashlib.sha256(repr(snapshot(store)).encode()).hexdigest()


def test_export_then_import_into_an_empty_store_gives_the_same_data(demo_store: SqlStore, tmp_path: Path) -> None:
    book = tmp_path / "portfolio.xlsx"
    written = export_workbook(demo_store.unit_of_work(), FILES, book, TITLES, headers())
    assert written["account"] == 120

    empty = open_store(tmp_path / "empty.sqlite")
    plan = run_import(empty.unit_of_work(), FILES, book)
    assert plan.ok, plan.issues[:3]
    assert snapshot(empty) == snapshot(demo_store)

    again = preview_import(empty.unit_of_work(), FILES, book)
    counts = again.counts()
    assert all(c["add"] == 0 and c["change"] == 0 for c in counts.values())
    assert counts["account"]["same"] == 120
    empty.close()


def test_the_workbook_has_frozen_headers_real_dates_numbers_and_no_formulas(store: SqlStore, tmp_path: Path) -> None:
    services.create_account(
        store.unit_of_work(),
        '=HYPERLINK("http://evil")',
        key="=1+1",
        annual_revenue=Decimal("1234.5"),
        customer_since=date(2024, 3, 5),
        notes="@SUM(A1)\n+line",
        lifecycle=Lifecycle.CUSTOMER,
    )
    book = tmp_path / "out.xlsx"
    export_workbook(store.unit_of_work(), FILES, book, TITLES, headers())
    sheet = openpyxl.load_workbook(book)["Accounts"]
    assert sheet.freeze_panes == "A2"
    row = {sheet.cell(1, c).value: sheet.cell(2, c) for c in range(1, sheet.max_column + 1)}
    assert row["Key"].data_type == "s"
    assert row["Key"].value == "=1+1"
    assert row["Key"].quotePrefix
    assert row["Name"].data_type == "s"
    assert row["Name"].quotePrefix
    assert row["Notes"].quotePrefix
    assert row["Annual revenue"].data_type == "n"
    assert row["Annual revenue"].value == 1234.5
    assert row["Customer since"].is_date
    assert sheet.column_dimensions["B"].width >= 20


def test_export_is_atomic_when_the_disk_fails(
    demo_store: SqlStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from domain.errors import FileFormatError
    from storage import spreadsheets

    book = tmp_path / "keep.xlsx"
    book.write_bytes(b"the previous export")

    def broken(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(spreadsheets.os, "replace", broken)
    with pytest.raises(FileFormatError, match="No space left"):
        export_workbook(demo_store.unit_of_work(), FILES, book, TITLES, headers())
    assert book.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".export-")] == []


def test_a_round_trip_survives_another_program_saving_the_workbook(demo_store: SqlStore, tmp_path: Path) -> None:
    book = tmp_path / "portfolio.xlsx"
    export_workbook(demo_store.unit_of_work(), FILES, book, TITLES, headers())
    resaved = tmp_path / "resaved.xlsx"
    openpyxl.load_workbook(book).save(resaved)  # a different writer: shared strings, styles, dates
    empty = open_store(tmp_path / "empty.sqlite")
    plan = run_import(empty.unit_of_work(), FILES, resaved)
    assert plan.ok, plan.issues[:3]
    assert snapshot(empty) == snapshot(demo_store)
    empty.close()


texts = (
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30)
    .map(str.strip)
    .filter(bool)
)


maybe = st.none().__or__
power_fields = st.fixed_dictionaries(
    {
        "buying_role": maybe(st.sampled_from(list(BuyingRole))),
        "influence": maybe(st.integers(1, 5)),
        "attitude": maybe(st.sampled_from(list(Attitude))),
        "layer": maybe(st.sampled_from(list(RelationshipLayer))),
        "strength": maybe(st.sampled_from(list(RelationshipStrength))),
        "last_contact_on": maybe(st.dates(date(2000, 1, 1), date(2030, 12, 31))),
        "owner": maybe(st.integers(0, 1_000)),
        "dotted": maybe(st.integers(0, 10_000)),
    }
)
links = st.lists(
    st.tuples(st.integers(0, 10_000), st.integers(0, 10_000), st.sampled_from(list(LinkKind)), st.integers(1, 3)),
    max_size=12,
)


days = st.dates(date(2000, 1, 1), date(2030, 12, 31))
members = st.fixed_dictionaries(
    {
        "roles": st.frozensets(st.sampled_from(list(TriangleRole))),
        "region": st.one_of(st.just(""), texts),
        "capacity": st.integers(0, 100_000).map(lambda n: n / 100),
    }
)
seats = st.lists(
    st.tuples(st.integers(0, 1_000), st.sampled_from(list(TriangleRole)), st.integers(0, 100), days, st.booleans()),
    max_size=12,
)
objectives = st.fixed_dictionaries(
    {
        "title": texts,
        "kind": st.sampled_from(list(ObjectiveKind)),
        "target": st.integers(0, 10_000_000),
        "owner": maybe(st.integers(0, 100)),
        "due": maybe(days),
        "status": st.sampled_from(list(WorkStatus)),
        "progress": maybe(st.integers(0, 1000).map(lambda n: n / 10)),
        "actions": st.lists(
            st.tuples(texts, maybe(st.integers(0, 100)), maybe(days), st.sampled_from(list(WorkStatus))), max_size=3
        ),
    }
)
account_plans = st.lists(
    st.fixed_dictionaries(
        {
            "account": st.integers(0, 1_000),
            "period": texts.map(lambda t: t[:40].strip()).filter(bool),
            "status": st.sampled_from(list(PlanStatus)),
            "fit": st.dictionaries(st.sampled_from(list(FitCriterion)), st.integers(1, 5)),
            "objectives": st.lists(objectives, max_size=3),
            "risks": st.lists(
                st.tuples(texts, st.integers(1, 5), st.integers(1, 5), maybe(st.integers(0, 100))), max_size=2
            ),
        }
    ),
    max_size=3,
)


def _triangle_and_plans(
    portfolio: Any, team: list[dict[str, Any]], drawn_seats: list[Any], drawn_plans: list[dict[str, Any]], text: str
) -> tuple[list[Assignment], list[AccountPlan], list[PlanObjective], list[PlanAction], list[PlanRisk]]:
    """Records drawn for the iron triangle and account plans, made consistent:
    one holder per seat at a time, unique periods per account and titles per plan."""
    members = portfolio.team
    for member, drawn in zip(members, team, strict=False):
        member.roles, member.region, member.capacity = drawn["roles"], drawn["region"], drawn["capacity"]
    accounts = portfolio.accounts
    by_seat: dict[tuple[int, TriangleRole], dict[date, int]] = {}
    for account, role, member, start, _ in drawn_seats:
        by_seat.setdefault((accounts[account % len(accounts)].id, role), {})[start] = members[member % len(members)].id
    assignments = []
    for (account_id, role), history in by_seat.items():
        starts = sorted(history)
        for start, end in zip(starts, [*starts[1:], None], strict=True):
            assignments.append(Assignment(account_id, role, history[start], start, end))
    plans, goals, steps, risks = [], [], [], []
    periods: set[tuple[int, str]] = set()
    for drawn in drawn_plans:
        account_id = accounts[drawn["account"] % len(accounts)].id
        if (account_id, drawn["period"]) in periods:
            continue
        periods.add((account_id, drawn["period"]))
        plan = AccountPlan(account_id, drawn["period"], drawn["status"], text, text, "", text, "", drawn["fit"])
        plan.id = len(plans) + 1
        plans.append(plan)
        titles: set[str] = set()
        for goal in drawn["objectives"]:
            if goal["title"] in titles:
                continue
            titles.add(goal["title"])
            target = None if goal["kind"] is ObjectiveKind.QUALITATIVE else Decimal(goal["target"]) / 100
            if goal["kind"] is ObjectiveKind.SHARE_OF_WALLET:
                target = Decimal(goal["target"] % 10_001) / 100
            owner = None if goal["owner"] is None else members[goal["owner"] % len(members)].id
            objective = PlanObjective(
                plan.id, goal["title"], goal["kind"], target, owner, goal["due"], goal["status"], goal["progress"]
            )
            objective.id = len(goals) + 1
            goals.append(objective)
            for what, doer, due, status in goal["actions"]:
                doer_id = None if doer is None else members[doer % len(members)].id
                steps.append(PlanAction(objective.id, what, doer_id, due, status, len(steps) + 1))
        for description, likelihood, impact, owner in drawn["risks"]:
            owner_id = None if owner is None else members[owner % len(members)].id
            risks.append(PlanRisk(plan.id, description, likelihood, impact, text, owner_id, len(risks) + 1))
    return assignments, plans, goals, steps, risks


@settings(
    max_examples=10,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    size=st.integers(1, 40),
    seed=st.integers(0, 10_000),
    names=st.lists(texts, min_size=1, max_size=5),
    notes=st.sampled_from(["", "=cmd|' /C calc'!A0", "+1", "-2", "@x", "\ttab", "多行\n备注", " padded ", "x" * 300]),
    power=st.lists(power_fields, max_size=60),
    lines=links,
    snapshot_label=st.one_of(st.just(""), texts),
    team=st.lists(members, max_size=8),
    drawn_seats=seats,
    drawn_plans=account_plans,
)
def test_round_trip_property(
    tmp_path_factory: pytest.TempPathFactory,
    size: int,
    seed: int,
    names: list[str],
    notes: str,
    power: list[dict[str, Any]],
    lines: list[tuple[int, int, LinkKind, int]],
    snapshot_label: str,
    team: list[dict[str, Any]],
    drawn_seats: list[Any],
    drawn_plans: list[dict[str, Any]],
) -> None:
    folder = tmp_path_factory.mktemp("prop")
    source = open_store(folder / "a.sqlite")
    portfolio = generate_portfolio(size, seed, today=DEMO_DAY)
    for index, account in enumerate(portfolio.accounts):
        if index < len(names):
            account.name = names[index][:200]
        account.notes = notes
    for index, member in enumerate(portfolio.team, start=1):
        member.id = index
    contacts = portfolio.contacts
    for contact, drawn in zip(contacts, power, strict=False):
        fields = dict(drawn)
        owner, dotted = fields.pop("owner"), fields.pop("dotted")
        for name, value in fields.items():
            setattr(contact, name, value)
        contact.owner_id = None if owner is None else portfolio.team[owner % len(portfolio.team)].id
        manager = None if dotted is None else contacts[dotted % len(contacts)].id
        contact.secondary_manager_id = None if manager == contact.id else manager
    seen: set[tuple[int, int, LinkKind]] = set()
    stored_links = []
    for a, b, kind, strength in lines:
        source_id, target_id = contacts[a % len(contacts)].id, contacts[b % len(contacts)].id
        assert source_id is not None
        assert target_id is not None
        ident = (min(source_id, target_id), max(source_id, target_id), kind)
        if source_id != target_id and ident not in seen and (target_id, source_id, kind) not in seen:
            seen.update({ident, (source_id, target_id, kind)})
            stored_links.append(ContactLink(source_id, target_id, kind, strength, notes))
    assignments, plans, goals, steps, risks = _triangle_and_plans(portfolio, team, drawn_seats, drawn_plans, notes)
    uow = source.unit_of_work()
    with uow:
        uow.accounts.add_many(portfolio.accounts)
        uow.team.add_many(portfolio.team)
        uow.contacts.add_many(contacts)
        uow.transactions.add_many(portfolio.transactions)
        uow.interactions.add_many(portfolio.interactions)
        uow.links.add_many(stored_links)
        uow.assignments.add_many(assignments)
        uow.plans.add_many(plans)
        uow.plans.add_objectives(goals)
        uow.plans.add_actions(steps)
        uow.plans.add_risks(risks)
        uow.commit()
    first_account = portfolio.accounts[0].id
    assert first_account is not None
    take_snapshot(source.unit_of_work(), first_account, DEMO_DAY, snapshot_label)
    book = folder / "book.xlsx"
    export_workbook(source.unit_of_work(), FILES, book, TITLES, headers())
    target = open_store(folder / "b.sqlite")
    plan = run_import(target.unit_of_work(), FILES, book)
    assert plan.ok, plan.issues[:3]
    assert snapshot(target) == snapshot(source)
    source.close()
    target.close()


def _book(path: Path, sheets: dict[str, list[list[object]]], hidden: tuple[str, ...] = ()) -> Path:
    workbook = xlsxwriter.Workbook(str(path))
    for name, rows in sheets.items():
        sheet = workbook.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if isinstance(value, str) and value.startswith("="):
                    sheet.write_formula(r, c, value, None, 42)
                elif value is not None:
                    sheet.write(r, c, value)
        if name in hidden:
            sheet.hide()
    workbook.close()
    return path


def test_every_problem_is_reported_with_sheet_row_and_column_and_nothing_is_written(
    store: SqlStore, tmp_path: Path
) -> None:
    services.create_account(store.unit_of_work(), "Existing", key="E1")
    book = _book(
        tmp_path / "bad.xlsx",
        {
            "Accounts": [
                ["Key", "Name", "Parent key", "Employees", "Customer since"],
                ["A1", "Alpha", "B1", "-4", "2024-02-30"],
                ["B1", "Beta", "A1", "10", ""],
                ["A1", "Alpha again", "", "", ""],
                ["C1", "", "", "", ""],
                ["D1", "Delta", "nobody", "", ""],
            ],
        },
    )
    before = snapshot(store)
    plan = preview_import(store.unit_of_work(), FILES, book)
    found = {(i.row, i.code) for i in plan.errors}
    assert (2, "negative") in found
    assert (2, "impossible_date") in found
    assert (4, "duplicate_in_file") in found
    assert (5, "required") in found
    assert (6, "unknown_account") in found
    assert {(2, "cycle"), (3, "cycle")} <= found
    negative = next(i for i in plan.errors if i.code == "negative")
    assert (negative.sheet, negative.column) == ("Accounts", "D (Employees)")
    imported = run_import(store.unit_of_work(), FILES, book)
    assert not imported.written
    assert {(i.row, i.code) for i in imported.errors} == found
    assert snapshot(store) == before


def test_matching_by_key_then_by_name_and_reporting_changes(store: SqlStore, tmp_path: Path) -> None:
    services.create_account(store.unit_of_work(), "华远集团", key="K1", industry="制造业")
    services.create_account(store.unit_of_work(), "Northwind", key="K2", city="Seattle")
    book = _book(
        tmp_path / "m.xlsx",
        {
            "客户": [
                ["客户编号", "客户名称", "行业", "城市"],
                ["K1", "华远集团", "能源", None],
                [None, "ＮＯＲＴＨＷＩＮＤ", None, "Seattle"],
                [None, "Contoso", "零售", "Redmond"],
            ]
        },
    )
    plan = preview_import(store.unit_of_work(), FILES, book)
    assert plan.ok, plan.issues
    actions = {(c.key, c.label, c.action) for c in plan.changes}
    # The second row has no key but the same name (ignoring width and case): it
    # updates K2, whose name takes the file's spelling.
    assert actions == {
        ("K1", "华远集团", "change"),
        ("K2", "ＮＯＲＴＨＷＩＮＤ", "change"),
        ("C000003", "Contoso", "add"),
    }
    change = next(c for c in plan.changes if c.label == "华远集团")
    assert change.fields["industry"] == ("制造业", "能源")
    assert services.get_account(store.unit_of_work(), 1).industry == "制造业"  # a dry run writes nothing
    assert not plan.written
    imported = run_import(store.unit_of_work(), FILES, book)
    assert imported.written
    assert imported.counts() == plan.counts()
    assert services.get_account(store.unit_of_work(), 1).industry == "能源"
    assert services.store_counts(store.queries()).accounts == 3


def test_title_rows_merged_cells_totals_blank_rows_formulas_and_hidden_sheets(store: SqlStore, tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("Sheet1")
    sheet.merge_range("A1:D1", "2024 年度客户清单")
    sheet.write_row(2, 0, ["客户编号", "客户名称", "年营业额（万元）", "员工人数"])
    sheet.write_row(3, 0, ["K1", "甲公司", "1,200", 50])
    sheet.write_row(5, 0, ["K2", "乙公司", 3.5, 20])
    sheet.write_formula(6, 3, "=D4+D6", None, 70)
    sheet.write(6, 0, "合计")
    hidden = workbook.add_worksheet("Old")
    hidden.write_row(0, 0, ["客户编号", "客户名称"])
    hidden.write_row(1, 0, ["K9", "Hidden Ltd"])
    hidden.hide()
    workbook.close()
    plan = run_import(store.unit_of_work(), FILES, path)
    assert plan.ok, plan.issues
    assert plan.sheets[0].header_row == 3
    names = {n.name: n for n in services.account_children(store.queries(), None)}
    assert set(names) == {"甲公司", "乙公司"}
    first = services.get_account(store.unit_of_work(), names["甲公司"].id)
    assert first.annual_revenue == Decimal("12000000.00")
    assert any(i.code == "hidden_sheet" for i in plan.issues)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_csv_files_in_common_encodings(store: SqlStore, tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "accounts.csv"
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["客户编号", "客户名称", "城市", "是否重点"])
        writer.writerow(["K1", "华远集团", "上海", "是"])
        writer.writerow(["K2", "东方物流", "北京", "否"])
    plan = run_import(store.unit_of_work(), FILES, path)
    assert plan.ok, plan.issues
    assert sorted(n.name for n in services.account_children(store.queries(), None)) == ["东方物流", "华远集团"]
    assert plan.unknown_columns() == [("accounts", "是否重点")]


def test_contacts_with_first_and_last_names_and_reporting_by_name(store: SqlStore, tmp_path: Path) -> None:
    services.create_account(store.unit_of_work(), "Acme", key="A1")
    book = _book(
        tmp_path / "c.xlsx",
        {
            "Contacts": [
                ["Account Name", "First Name", "Last Name", "Title", "Reports To"],
                ["Acme", "Ada", "Lovelace", "CEO", None],
                ["Acme", "Charles", "Babbage", "CTO", "Ada Lovelace"],
                ["A1", "明", "王", "工程师", "Charles Babbage"],
            ]
        },
    )
    plan = run_import(store.unit_of_work(), FILES, book)
    assert plan.ok, plan.issues
    uow = store.unit_of_work()
    with uow:
        people = {c.name: c for c in uow.contacts.all()}
    assert set(people) == {"Ada Lovelace", "Charles Babbage", "王明"}
    assert people["Charles Babbage"].reports_to_id == people["Ada Lovelace"].id
    assert people["王明"].reports_to_id == people["Charles Babbage"].id


def test_reporting_loops_in_the_file_are_errors(store: SqlStore, tmp_path: Path) -> None:
    services.create_account(store.unit_of_work(), "Acme", key="A1")
    book = _book(
        tmp_path / "loop.xlsx",
        {
            "Contacts": [
                ["Key", "Account key", "Full name", "Reports to key"],
                ["P1", "A1", "One", "P2"],
                ["P2", "A1", "Two", "P1"],
            ]
        },
    )
    plan = preview_import(store.unit_of_work(), FILES, book)
    assert {(i.row, i.code) for i in plan.errors} == {(2, "cycle"), (3, "cycle")}


def test_a_cancelled_import_leaves_the_store_as_it_was(
    demo_store: SqlStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from domain.errors import CancelledError

    book = tmp_path / "p.xlsx"
    export_workbook(demo_store.unit_of_work(), FILES, book, TITLES, headers())
    target = open_store(tmp_path / "t.sqlite")
    services.create_account(target.unit_of_work(), "Already here")
    before = snapshot(target)
    monkeypatch.setattr("domain.exchange.plan.WRITE_BATCH", 3)  # rows are written long before the end
    monkeypatch.setattr("domain.exchange.plan._TICK", 2)
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < total // 2  # cancel half-way, after many rows were written

    with pytest.raises(CancelledError):
        run_import(target.unit_of_work(), FILES, book, progress=progress)
    done, total = calls[-1]
    assert total > 100
    assert total // 2 <= done < total
    assert snapshot(target) == before
    target.close()


def test_import_tables_need_no_file(store: SqlStore) -> None:
    table = SheetTable("Accounts", [["Name", "Parent"], ["Group", None], ["Branch", "Group"]])
    plan = import_tables(store.unit_of_work(), [table])
    assert plan.written
    roots = services.account_children(store.queries(), None)
    assert [(n.name, n.child_count) for n in roots] == [("Group", 1)]
    uow = store.unit_of_work()
    with uow:
        assert all(isinstance(a, Account) for a in uow.accounts.all())
        assert uow.contacts.all() == [] or isinstance(uow.contacts.all()[0], Contact)


def test_read_tables_keeps_row_numbers_and_hidden_flags(tmp_path: Path) -> None:
    path = _book(tmp_path / "h.xlsx", {"A": [[None], ["x"]], "B": [["y"]]}, hidden=("B",))
    tables = read_tables(path)
    assert [(t.name, t.hidden) for t in tables] == [("A", False), ("B", True)]
    assert tables[0].rows[1][0] == "x"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed here")
def test_a_round_trip_survives_libreoffice_saving_the_workbook(demo_store: SqlStore, tmp_path: Path) -> None:
    services.create_account(demo_store.unit_of_work(), "=SUM(1,2)", key="+K", notes="@note\n-second line")
    book = tmp_path / "portfolio.xlsx"
    export_workbook(demo_store.unit_of_work(), FILES, book, TITLES, headers())
    out = tmp_path / "lo"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",
            "--headless",
            "--calc",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(out),
            str(book),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    empty = open_store(tmp_path / "empty.sqlite")
    plan = run_import(empty.unit_of_work(), FILES, out / "portfolio.xlsx")
    assert plan.ok, plan.issues[:3]
    assert snapshot(empty) == snapshot(demo_store)
    empty.close()


def test_tiers_history_and_hand_set_tiers_survive_the_round_trip(demo_store: SqlStore, tmp_path: Path) -> None:
    from domain.tiers.service import apply_classification, load_settings, preview_classification, set_override

    settings = load_settings(demo_store.unit_of_work())
    preview = preview_classification(demo_store.tier_queries(), settings, as_of=DEMO_DAY)
    apply_classification(demo_store.unit_of_work(), preview, on=DEMO_DAY)
    first = preview.results[0]
    set_override(demo_store.unit_of_work(), first.account_id, "A", "Strategic: reference site", on=DEMO_DAY)
    book = tmp_path / "tiers.xlsx"
    written = export_workbook(demo_store.unit_of_work(), FILES, book, TITLES, headers())
    assert written["tier_history"] == len(preview.results) + 1
    assert written["tier_override"] == 1

    empty = open_store(tmp_path / "empty.sqlite")
    plan = run_import(empty.unit_of_work(), FILES, book)
    assert plan.ok, plan.issues[:3]
    assert snapshot(empty) == snapshot(demo_store)
    assert empty.tier_queries().current_tiers() == demo_store.tier_queries().current_tiers()
    history = empty.tier_queries().history()
    assert [(h.entry, h.reason_code, dict(h.reason_params)) for h in history] == [
        (h.entry, h.reason_code, dict(h.reason_params)) for h in demo_store.tier_queries().history()
    ]
    assert empty.tier_queries().overrides() == demo_store.tier_queries().overrides()

    again = preview_import(empty.unit_of_work(), FILES, book).counts()
    assert again["tier_history"]["add"] == 0
    assert again["tier_override"] == {"add": 0, "change": 0, "same": 1}


def test_a_bad_tier_is_reported_by_cell(store: SqlStore, tmp_path: Path) -> None:
    book = tmp_path / "bad_tiers.xlsx"
    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.title = "Accounts"
    sheet.append(["Key", "Name", "Tier"])
    sheet.append(["K1", "Good", "b级"])
    sheet.append(["K2", "Bad", "E"])
    wb.save(book)
    plan = preview_import(store.unit_of_work(), FILES, book)
    assert [(i.row, i.code) for i in plan.errors] == [(3, "not_tier")]
    assert next(c for c in plan.changes if c.key == "K1").action == "add"
    sheet.delete_rows(3)
    wb.save(book)
    assert run_import(store.unit_of_work(), FILES, book).written
    assert services.account_by_key(store.unit_of_work(), "K1").tier == "B"


def _orders_table(count: int, bad_rows: dict[int, str]) -> SheetTable:
    rows: list[list[object]] = [["Account", "Order date", "Amount", "Key"]]
    for i in range(count):
        rows.append(["Group", bad_rows.get(i, f"2024-03-{i % 28 + 1:02d}"), 10 + i, f"K{i}"])
    return SheetTable("Orders", rows)


def test_big_sheets_are_counted_in_full_and_previewed_in_part(store: SqlStore, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("domain.exchange.plan.CHANGE_DETAILS", 7)
    monkeypatch.setattr("domain.exchange.plan._CHUNK_ROWS", 4)  # several chunks
    accounts = SheetTable("Accounts", [["Name"], ["Group"]])
    orders = _orders_table(30, {5: "2024-02-30", 22: "soon"})
    plan = plan_import(store.unit_of_work(), [accounts, orders], release_tables=True)
    # Every problem is found, with the row it is in, whichever chunk it fell in.
    assert [(i.sheet, i.row, i.code) for i in plan.errors] == [
        ("Orders", 7, "impossible_date"),
        ("Orders", 24, "not_date"),
    ]
    assert orders.rows == ()  # released once parsed
    assert plan.counts()["transaction"] == {"add": 28, "change": 0, "same": 0}
    added = [c for c in plan.changes if c.kind == "transaction"]
    assert [c.row for c in added] == [2, 3, 4, 5, 6, 8, 9]  # the first seven, in file order


def test_a_big_sheet_imports_the_same_in_chunks(store: SqlStore, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("domain.exchange.plan._CHUNK_ROWS", 3)
    accounts = SheetTable("Accounts", [["Name"], ["Group"]])
    monkeypatch.setattr("domain.exchange.plan.WRITE_BATCH", 4)  # written in several batches, one short
    plan = import_tables(store.unit_of_work(), [accounts, _orders_table(10, {})], release_tables=True)
    assert plan.written
    uow = store.unit_of_work()
    with uow:
        orders = sorted(uow.transactions.all(), key=lambda t: t.key)
    assert [(t.key, t.date, t.amount) for t in orders] == sorted(
        (f"K{i}", date(2024, 3, i % 28 + 1), Decimal(10 + i)) for i in range(10)
    )


def test_workbook_sheets_are_read_when_first_needed(tmp_path: Path) -> None:
    book = tmp_path / "two.xlsx"
    workbook = xlsxwriter.Workbook(str(book))
    workbook.add_worksheet("Accounts").write_row(0, 0, ["Name", "Key"])
    workbook.add_worksheet("Orders").write_row(0, 0, ["Account", "Amount"])
    workbook.close()
    tables = read_tables(book)
    book.unlink()  # the file is not needed (nor held open) once read
    assert [t.name for t in tables] == ["Accounts", "Orders"]
    assert [list(r) for r in tables[1].rows] == [["Account", "Amount"]]
    tables[0].rows = ()  # an import lets a parsed sheet go
    assert tables[0].rows == ()


def test_export_reads_the_big_sheets_in_batches_and_writes_them_whole(
    demo_store: SqlStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = snapshot(demo_store)
    monkeypatch.setattr("domain.exchange.export.BATCH", 7)  # many batches, one short at the end
    book = tmp_path / "batched.xlsx"
    written = export_workbook(demo_store.unit_of_work(), FILES, book, TITLES, headers())
    assert written["transaction"] == len(expected[3]) > 7
    empty = open_store(tmp_path / "empty.sqlite", create=True)
    run_import(empty.unit_of_work(), FILES, book)
    assert snapshot(empty) == expected
    empty.close()


def test_records_are_written_in_batches_before_what_they_point_at(
    store: SqlStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("domain.exchange.plan.WRITE_BATCH", 2)
    accounts = SheetTable(
        "Accounts",
        [["Key", "Name", "Parent"], ["K3", "Branch", "K2"], ["K2", "Subsidiary", "K1"], ["K1", "Group", None]],
    )
    contacts = SheetTable(
        "Contacts",
        [
            ["Key", "Account", "Name", "Reports to"],
            ["P3", "K3", "Clerk", "P2"],
            ["P2", "K3", "Manager", "P1"],
            ["P1", "K3", "Director", None],
        ],
    )
    plan = import_tables(store.unit_of_work(), [accounts, contacts])
    assert plan.written
    uow = store.unit_of_work()
    with uow:
        parents = {a.key: a.parent_id for a in uow.accounts.all()}
        ids = {a.key: a.id for a in uow.accounts.all()}
        people = {c.key: c for c in uow.contacts.all()}
    assert parents == {"K1": None, "K2": ids["K1"], "K3": ids["K2"]}
    assert people["P3"].reports_to_id == people["P2"].id
    assert people["P2"].reports_to_id == people["P1"].id


def test_an_error_after_batches_were_written_leaves_the_store_as_it_was(
    store: SqlStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("domain.exchange.plan.WRITE_BATCH", 3)
    monkeypatch.setattr("domain.exchange.plan._CHUNK_ROWS", 4)
    from domain.exchange import plan as planning

    written: list[int] = []
    write = planning._WRITES[("transaction", "add")]

    def counting(uow: object, records: list[object]) -> object:
        written.append(len(records))
        return write(uow, records)  # type: ignore[arg-type]

    monkeypatch.setitem(planning._WRITES, ("transaction", "add"), counting)
    services.create_account(store.unit_of_work(), "Group")
    before = snapshot(store)
    plan = import_tables(store.unit_of_work(), [_orders_table(20, {19: "2024-13-01"})])
    assert not plan.written
    assert [(i.row, i.code) for i in plan.errors] == [(21, "impossible_date")]
    assert plan.counts()["transaction"]["add"] == 19  # every good row is still planned and counted
    assert sum(written) >= 15  # rows were written before the bad one was read...
    assert snapshot(store) == before  # ...and rolled back


def test_rows_match_only_what_was_stored_before_the_import(store: SqlStore, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("domain.exchange.plan.WRITE_BATCH", 1)  # each order written as soon as it is planned
    monkeypatch.setattr("domain.exchange.plan._CHUNK_ROWS", 1)  # and looked up row by row
    services.create_account(store.unit_of_work(), "Group")
    twice = SheetTable("Orders", [["Account", "Order date", "Amount"], *[["Group", "2024-03-05", 10]] * 2])
    first = import_tables(store.unit_of_work(), [twice])
    assert first.counts()["transaction"] == {"add": 2, "change": 0, "same": 0}
    again = import_tables(store.unit_of_work(), [twice])  # the same two orders, now stored: matched one to one
    assert again.counts()["transaction"] == {"add": 0, "change": 0, "same": 2}
    uow = store.unit_of_work()
    with uow:
        assert len(uow.transactions.all()) == 2


def test_rows_sharing_a_name_without_keys_import_again_onto_the_same_records(store: SqlStore) -> None:
    accounts = SheetTable(
        "Accounts", [["Name", "City"], ["Delta Inc.", "Lyon"], ["DELTA INC", "Paris"], ["Omega", "Rome"]]
    )
    people = [["Account", "Name", "Title"], ["Omega", "Dan Brown", "CFO"], ["Omega", "Dan Brown", "CFO"]]
    first = import_tables(store.unit_of_work(), [accounts, SheetTable("Contacts", people)])
    assert first.written
    assert {(i.sheet, i.row, i.code) for i in first.issues} == {
        ("Accounts", 3, "duplicate_name"),
        ("Contacts", 3, "duplicate_name"),
    }
    assert first.counts()["account"]["add"] == 3
    assert first.counts()["contact"]["add"] == 2
    people[2][2] = "CEO"  # the second Dan Brown was promoted
    again = import_tables(store.unit_of_work(), [accounts, SheetTable("Contacts", people)])
    assert again.ok, again.errors
    assert again.counts()["account"] == {"add": 0, "change": 0, "same": 3}
    assert again.counts()["contact"] == {"add": 0, "change": 1, "same": 1}
    assert services.store_counts(store.queries()).contacts == 2


def test_a_name_shared_by_more_stored_records_than_rows_is_ambiguous(store: SqlStore) -> None:
    import_tables(
        store.unit_of_work(),
        [
            SheetTable("Accounts", [["Key", "Name"], ["K1", "Delta"], ["K2", "Delta"]]),
            SheetTable("Contacts", [["Key", "Account key", "Name"], ["P1", "K1", "Dan"], ["P2", "K1", "Dan"]]),
        ],
    )
    before = snapshot(store)
    plan = import_tables(
        store.unit_of_work(),
        [
            SheetTable("Accounts", [["Name", "City"], ["Delta", "Lyon"]]),
            SheetTable("Contacts", [["Account key", "Name", "Title"], ["K1", "Dan", "CFO"]]),
        ],
    )
    assert {(i.sheet, i.row, i.code) for i in plan.errors} == {
        ("Accounts", 2, "ambiguous_name"),
        ("Contacts", 2, "ambiguous_contact_name"),
    }
    assert snapshot(store) == before


def test_a_manager_named_in_the_parent_company_is_found_in_the_group(store: SqlStore) -> None:
    accounts = SheetTable(
        "Accounts", [["Key", "Name", "Parent"], ["G", "Group", None], ["S", "Subsidiary", "G"], ["X", "Other", None]]
    )
    contacts = SheetTable(
        "Contacts",
        [
            ["Key", "Account key", "Name", "Reports to"],
            ["P1", "G", "Ma Yun", None],
            ["P2", "S", "Li Lei", "Ma Yun"],  # the subsidiary's head reports to the group's CEO
            ["P3", "X", "Wang Wu", "Ma Yun"],  # another group: not found
        ],
    )
    plan = import_tables(store.unit_of_work(), [accounts, contacts])
    assert [(i.row, i.code) for i in plan.errors] == [(4, "unknown_contact")]
    del contacts.rows[3]
    assert import_tables(store.unit_of_work(), [accounts, contacts]).written
    uow = store.unit_of_work()
    with uow:
        people = {c.key: c for c in uow.contacts.all()}
    assert people["P2"].reports_to_id == people["P1"].id


def test_a_sheet_of_a_file_can_let_its_cells_go_and_read_them_again(tmp_path: Path) -> None:
    book = tmp_path / "again.xlsx"
    workbook = xlsxwriter.Workbook(str(book))
    sheet = workbook.add_worksheet("Orders")
    for r, row in enumerate([["Account", "Amount"], ["A", 1], ["B", 2], ["C", 3]]):
        sheet.write_row(r, 1, row)  # from column B: the rows come padded to column A
    workbook.close()
    table = read_tables(book)[0]
    assert [list(r) for r in table.head(2)] == [["", "Account", "Amount"], ["", "A", 1.0]]
    assert table.unload()
    assert table.row_count() == 4
    assert [(first, [list(r) for r in chunk]) for first, chunk in table.chunks(1, 2)] == [
        (1, [["", "A", 1.0], ["", "B", 2.0]]),
        (3, [["", "C", 3.0]]),
    ]
    in_memory = SheetTable("Orders", [["Account"], ["A"]])
    assert not in_memory.unload()
    assert in_memory.row_count() == 2


def test_a_row_naming_its_account_as_another_is_named_is_warned(store: SqlStore) -> None:
    services.create_account(store.unit_of_work(), "Alpha", key="K1")
    services.create_account(store.unit_of_work(), "Beta", key="K2")
    plan = import_tables(store.unit_of_work(), [SheetTable("Accounts", [["Key", "Name"], ["K2", "ALPHA"]])])
    assert plan.written
    assert [(i.row, i.code, i.params["stored_key"]) for i in plan.issues] == [(2, "shared_name", "K1")]
    again = import_tables(store.unit_of_work(), [SheetTable("Accounts", [["Key", "Name"], ["K2", "ALPHA"]])])
    assert again.issues == []  # nothing renamed this time

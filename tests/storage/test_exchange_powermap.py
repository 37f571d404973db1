"""The power map in workbooks: Chinese and English words, owners and links, old workbooks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import xlsxwriter

from domain import services
from domain.exchange.plan import import_tables, plan_import
from domain.exchange.service import preview_import, run_import
from domain.exchange.table import SheetTable
from domain.model import (
    Attitude,
    BuyingRole,
    Contact,
    LinkKind,
    RelationshipLayer,
    RelationshipStrength,
    TeamMember,
)
from domain.powermap import services as pm
from storage.spreadsheets import SpreadsheetFileAdapter
from storage.store import SqlStore

FILES = SpreadsheetFileAdapter()


def _book(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    workbook = xlsxwriter.Workbook(str(path))
    for name, rows in sheets.items():
        sheet = workbook.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is not None:
                    sheet.write(r, c, value)
    workbook.close()
    return path


def _contacts(store: SqlStore) -> dict[str, Contact]:
    with store.unit_of_work() as uow:
        return {c.name: c for c in uow.contacts.all()}


def test_a_chinese_workbook_with_power_map_columns_links_and_a_snapshot(store: SqlStore, tmp_path: Path) -> None:
    book = _book(
        tmp_path / "权力地图.xlsx",
        {
            "客户": [["客户编号", "客户名称"], ["K1", "华远集团"]],
            "团队": [["工号", "姓名"], ["T1", "张经理"]],
            "联系人": [
                ["联系人编号", "客户编号", "姓名", "汇报对象", "虚线上级", "采购角色", "影响力", "态度", "关系层级",
                 "关系负责人", "关系强度", "最近联系日期"],
                ["P1", "K1", "王总", None, None, "决策者", 5, "拥护者", "关键客户关系", "张经理", "信任", "2026-05-01"],
                ["P2", "K1", "李工", "王总", None, "技术评估者", 3, "怀疑者", "普遍", "T1", "一般", None],
                ["P3", "K1", "赵财", "王总", "李工", "Economic buyer", 4, -2, "Organisational", None, 1, None],
            ],
            "联系人连线": [
                ["来源联系人编号", "目标联系人编号", "类型", "强度", "备注"],
                ["P1", "P2", "影响", 3, "老同学"],
                ["李工", "P3", "冲突", None, None],
            ],
            "权力地图快照": [
                ["客户编号", "快照日期", "快照名称", "联系人编号", "姓名", "采购角色", "态度", "关系负责人"],
                ["K1", "2026-01-01", "年初", "P1", "王总", "决策者", "中立", "张经理"],
                ["K1", "2026-01-01", "年初", "P2", "李工", None, None, None],
                ["K1", "2025-06-30", None, None, None, None, None, None],
            ],
        },
    )

    plan = run_import(store.unit_of_work(), FILES, book)

    assert plan.ok, plan.issues
    people = _contacts(store)
    wang, li, zhao = people["王总"], people["李工"], people["赵财"]
    with store.unit_of_work() as uow:
        member = uow.team.all()[0]
        links = uow.links.all()
        snapshots = uow.snapshots.all()
    assert (wang.buying_role, wang.influence, wang.attitude, wang.layer, wang.owner_id, wang.strength) == (
        BuyingRole.DECISION_MAKER,
        5,
        Attitude.CHAMPION,
        RelationshipLayer.KEY_PERSON,
        member.id,
        RelationshipStrength.TRUSTED,
    )
    assert wang.last_contact_on == date(2026, 5, 1)
    assert (li.buying_role, li.attitude, li.layer, li.owner_id, li.reports_to_id) == (
        BuyingRole.TECHNICAL_BUYER,
        Attitude.SCEPTIC,
        RelationshipLayer.BROAD,
        member.id,
        wang.id,
    )
    assert (zhao.buying_role, zhao.attitude, zhao.strength, zhao.secondary_manager_id) == (
        BuyingRole.ECONOMIC_BUYER,
        Attitude.OPPONENT,
        RelationshipStrength.WEAK,
        li.id,
    )
    assert [(k.source_id, k.target_id, k.kind, k.strength, k.note) for k in links] == [
        (wang.id, li.id, LinkKind.INFLUENCE, 3, "老同学"),
        (li.id, zhao.id, LinkKind.CONFLICT, 1, ""),
    ]
    assert [(s.taken_on, s.label, len(s.entries)) for s in snapshots] == [
        (date(2025, 6, 30), "", 0),
        (date(2026, 1, 1), "年初", 2),
    ]
    assert snapshots[1].entries[0].owner_name == "张经理"
    assert snapshots[1].entries[0].attitude is Attitude.NEUTRAL

    # The same workbook again changes nothing (links and snapshots match what is stored).
    again = preview_import(store.unit_of_work(), FILES, book)
    assert all(c.action == "same" for c in again.changes), [c for c in again.changes if c.action != "same"]


def test_a_workbook_without_power_map_columns_keeps_what_is_stored(store: SqlStore) -> None:
    account = services.create_account(store.unit_of_work(), "A", key="K1")
    assert account.id is not None
    with store.unit_of_work() as uow:
        member = uow.team.add(TeamMember("AR"))
        uow.commit()
    pm.add_contact(
        store.unit_of_work(),
        Contact(account.id, "Wang", key="P1", influence=5, attitude=Attitude.SUPPORTER, owner_id=member),
    )
    old = SheetTable("Contacts", [["Key", "Account key", "Name", "Title"], ["P1", "K1", "Wang", "CEO"]])
    plan = import_tables(store.unit_of_work(), [old])
    assert plan.ok, plan.issues
    assert plan.written
    wang = _contacts(store)["Wang"]
    assert (wang.title, wang.influence, wang.attitude, wang.owner_id) == ("CEO", 5, Attitude.SUPPORTER, member)


def test_bad_power_map_cells_and_references_are_reported_by_cell(store: SqlStore) -> None:
    services.create_account(store.unit_of_work(), "A", key="K1")
    tables = [
        SheetTable(
            "Contacts",
            [
                ["Key", "Account key", "Name", "Influence", "Attitude", "Buying role", "Relationship owner"],
                ["P1", "K1", "Wang", 7, "friendly", "boss", "Nobody"],
                ["P2", "K1", "Li", 2, "Neutral", "User", None],
            ],
        ),
        SheetTable(
            "Contact links",
            [["From contact key", "To contact key", "Kind", "Strength"], ["P2", "P2", "Influence", 1], ["P2", "P9", "Conflict", 5]],
        ),
    ]
    plan = plan_import(store.unit_of_work(), tables)
    found = {(i.sheet, i.row, i.column, i.code) for i in plan.errors}
    assert found == {
        ("Contacts", 2, "D (Influence)", "out_of_scale"),
        ("Contacts", 2, "E (Attitude)", "not_attitude"),
        ("Contacts", 2, "F (Buying role)", "not_buying_role"),
        ("Contacts", 2, "G (Relationship owner)", "unknown_team_member"),
        ("Contact links", 2, "B (To contact key)", "self_link"),
        ("Contact links", 3, "D (Strength)", "out_of_scale"),
    }

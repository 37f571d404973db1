"""Iron triangles and account plans in workbooks: round trips, Chinese headers, old workbooks, problems."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import xlsxwriter

from domain import services
from domain.exchange.export import export_tables
from domain.exchange.service import export_workbook, preview_import, run_import
from domain.model import (
    AccountPlan,
    FitCriterion,
    ObjectiveKind,
    PlanAction,
    PlanObjective,
    PlanRisk,
    PlanStatus,
    TeamMember,
    TriangleRole,
    WorkStatus,
)
from domain.plans import services as plans
from domain.triangle import services as tri
from storage.spreadsheets import SpreadsheetFileAdapter
from storage.store import SqlStore, open_store
from tests.storage.test_exchange import TITLES, headers

FILES = SpreadsheetFileAdapter()
AR, SR, FR = TriangleRole.AR, TriangleRole.SR, TriangleRole.FR


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


def rows(store: SqlStore) -> dict[str, list[tuple[object, ...]]]:
    return {t.kind: list(t.rows) for t in export_tables(store.unit_of_work())}


@pytest.fixture
def planned(store: SqlStore) -> SqlStore:
    """Two accounts, a team of three with roles, a triangle with history and a full plan."""
    uow = store.unit_of_work
    ka = services.create_account(uow(), "华远集团", key="KA").id
    kb = services.create_account(uow(), "Beta Ltd", key="KB").id
    assert ka is not None
    assert kb is not None
    ann = tri.add_member(uow(), TeamMember("Ann", key="T1", roles=frozenset({AR}), region="East", capacity=8)).id
    bob = tri.add_member(uow(), TeamMember("Bob", key="T2", roles=frozenset({SR, FR}), capacity=12.5)).id
    cat = tri.add_member(uow(), TeamMember("张三", key="T3", roles=frozenset({AR, SR, FR}))).id
    assert ann is not None
    assert bob is not None
    assert cat is not None
    tri.assign(uow(), ka, AR, ann, on=date(2025, 1, 1))
    tri.assign(uow(), ka, AR, cat, on=date(2026, 1, 1))
    tri.assign(uow(), ka, SR, bob, on=date(2025, 3, 1))
    tri.assign(uow(), kb, FR, bob, on=date(2025, 3, 1))
    tri.assign(uow(), kb, FR, None, on=date(2025, 9, 1))
    plan = plans.create_plan(
        uow(),
        AccountPlan(ka, "FY2026", challenges="=cmd|' /C calc'!A0", fit={FitCriterion.SOLUTION_FIT: 4}),
    ).record
    grow = plans.add_objective(
        uow(), PlanObjective(plan.id, "增长 20%", ObjectiveKind.REVENUE, Decimal("1500000.50"), ann, date(2026, 12, 31))
    ).record
    sow = plans.add_objective(
        uow(), PlanObjective(plan.id, "Share", ObjectiveKind.SHARE_OF_WALLET, Decimal("35.5"), progress=40.0)
    ).record
    plans.add_action(uow(), PlanAction(grow.id, "Workshop", bob, date(2026, 3, 1), WorkStatus.DONE))
    plans.add_action(uow(), PlanAction(grow.id, "Workshop", None, None, WorkStatus.NOT_STARTED))
    plans.add_action(uow(), PlanAction(sow.id, "Map the buying centre"))
    plans.add_risk(uow(), PlanRisk(plan.id, "Champion leaves", 2, 5, "Second sponsor", cat))
    plans.set_plan_status(uow(), plan.id, PlanStatus.IN_REVIEW)
    plans.create_plan(uow(), AccountPlan(kb, "FY2026"))
    return store


def test_triangles_and_plans_round_trip_and_reimport_changes_nothing(planned: SqlStore, tmp_path: Path) -> None:
    book = tmp_path / "plans.xlsx"
    written = export_workbook(planned.unit_of_work(), FILES, book, TITLES, headers())
    assert (written["triangle_assignment"], written["account_plan"], written["plan_objective"]) == (4, 2, 2)
    assert (written["plan_action"], written["plan_risk"]) == (3, 1)
    exported = rows(planned)
    assert exported["team_member"][1] == ("T2", "Bob", "", True, "SR, FR", "", 12.5)
    assert exported["triangle_assignment"][0] == ("KA", "AR", "T1", date(2025, 1, 1), date(2026, 1, 1))

    empty = open_store(tmp_path / "empty.sqlite")
    plan = run_import(empty.unit_of_work(), FILES, book)
    assert plan.ok, plan.issues[:3]
    assert rows(empty) == exported
    empty.close()

    again = preview_import(planned.unit_of_work(), FILES, book)
    assert again.ok, again.issues[:3]
    counts = again.counts()
    for kind in ("team_member", "triangle_assignment", "account_plan", "plan_objective", "plan_action", "plan_risk"):
        assert counts[kind]["add"] == 0, kind
        assert counts[kind]["change"] == 0, kind


def test_an_old_workbook_leaves_roles_assignments_and_plans_alone(planned: SqlStore, tmp_path: Path) -> None:
    before = rows(planned)
    book = _book(
        tmp_path / "old.xlsx",
        {"Team": [["Key", "Name", "Email", "Active"], ["T1", "Ann", "ann@example.com", True]]},
    )
    plan = run_import(planned.unit_of_work(), FILES, book)
    assert plan.ok, plan.issues[:3]
    after = rows(planned)
    assert after["team_member"][0] == ("T1", "Ann", "ann@example.com", True, "AR", "East", 8.0)
    for kind in ("triangle_assignment", "account_plan", "plan_objective", "plan_action", "plan_risk"):
        assert after[kind] == before[kind]


def test_a_chinese_workbook_with_a_triangle_and_a_plan(store: SqlStore, tmp_path: Path) -> None:
    book = _book(
        tmp_path / "客户计划.xlsx",
        {
            "客户": [["客户编号", "客户名称"], ["K1", "华远集团"]],
            "团队": [["工号", "姓名", "铁三角角色", "区域", "容量"], ["T1", "张经理", "客户经理、方案经理", "华东", 6]],
            "铁三角": [
                ["客户编号", "角色", "成员编号", "开始日期", "结束日期"],
                ["K1", "客户经理", "张经理", "2026-01-01", None],
            ],
            "客户计划": [
                ["客户编号", "期间", "状态", "挑战", "匹配度：方案匹配", "匹配度：财务健康"],
                ["K1", "2026年", "草稿", "预算收紧", 5, None],
            ],
            "计划目标": [
                ["客户编号", "期间", "目标", "类型", "目标值", "负责人", "截止日期", "状态", "进度%"],
                ["K1", "2026年", "提升份额", "钱包份额", 30, "T1", "2026-12-31", "进行中", None],
            ],
            "计划行动": [
                ["客户编号", "期间", "所属目标", "行动", "负责人", "状态"],
                ["K1", "2026年", "提升份额", "高层拜访", "张经理", "已完成"],
            ],
            "计划风险": [
                ["客户编号", "期间", "风险", "可能性", "影响", "应对措施"],
                ["K1", "2026年", "关键人离职", 3, 4, "发展第二支持者"],
            ],
        },
    )
    plan = run_import(store.unit_of_work(), FILES, book)
    assert plan.ok, plan.issues[:3]
    with store.unit_of_work() as uow:
        (member,) = uow.team.all()
        assert (member.roles, member.region, member.capacity) == (frozenset({AR, SR}), "华东", 6.0)
        (seat,) = uow.assignments.all()
        assert (seat.role, seat.member_id, seat.start, seat.end) == (AR, member.id, date(2026, 1, 1), None)
        (stored,) = uow.plans.all()
        contents = uow.plans.contents([stored.id])[0]  # type: ignore[list-item]
    assert (stored.period, stored.status, stored.challenges) == ("2026年", PlanStatus.DRAFT, "预算收紧")
    assert stored.fit == {FitCriterion.SOLUTION_FIT: 5}
    (objective,) = contents.objectives
    assert (objective.kind, objective.target, objective.owner_id, objective.status) == (
        ObjectiveKind.SHARE_OF_WALLET,
        Decimal("30.00"),
        member.id,
        WorkStatus.IN_PROGRESS,
    )
    assert [(a.what, a.status, a.owner_id) for a in contents.actions] == [("高层拜访", WorkStatus.DONE, member.id)]
    assert [(r.description, r.likelihood, r.impact) for r in contents.risks] == [("关键人离职", 3, 4)]


def test_problems_are_reported_by_cell_and_nothing_is_written(planned: SqlStore, tmp_path: Path) -> None:
    before = rows(planned)
    book = _book(
        tmp_path / "bad.xlsx",
        {
            "Iron triangles": [
                ["Account key", "Role", "Member key", "From", "To"],
                ["KA", "CEO", "T1", "2026-01-01", None],
                ["KA", "FR", "T2", "2026-05-01", "2026-04-01"],
                ["KB", "AR", "T1", "2026-01-01", None],
                ["KB", "AR", "T3", "2026-02-01", None],
                ["KB", "SR", "Nobody", "2026-02-01", None],
            ],
            "Account plans": [["Account key", "Period", "Fit: business model"], ["KA", "FY2027", 7]],
            "Plan objectives": [
                ["Account key", "Period", "Objective", "Kind", "Target"],
                ["KA", "FY2030", "Ghost plan", "Revenue", 1],
                ["KA", "FY2026", "Be liked", "Qualitative", 5],
            ],
            "Plan actions": [
                ["Account key", "Period", "Objective", "Action"],
                ["KA", "FY2026", "No such goal", "Call"],
            ],
            "Plan risks": [["Account key", "Period", "Risk", "Likelihood"], ["KA", "FY2026", "Churn", 9]],
        },
    )
    plan = preview_import(planned.unit_of_work(), FILES, book)
    found = {(i.sheet, i.row, i.code) for i in plan.errors}
    assert ("Iron triangles", 2, "not_triangle_role") in found
    assert ("Iron triangles", 3, "end_before_start") in found
    assert ("Iron triangles", 4, "two_holders") in found
    assert ("Iron triangles", 5, "two_holders") in found
    assert ("Iron triangles", 6, "unknown_team_member") in found
    assert ("Account plans", 2, "out_of_scale") in found
    assert ("Plan objectives", 2, "unknown_plan") in found
    assert ("Plan objectives", 3, "invalid_value") in found
    assert ("Plan actions", 2, "unknown_objective") in found
    assert ("Plan risks", 2, "out_of_scale") in found
    located = {(i.sheet, i.row): i.column for i in plan.errors}
    assert located[("Plan objectives", 3)] == "E (Target)"
    imported = run_import(planned.unit_of_work(), FILES, book)
    assert not imported.written
    assert len(imported.errors) == len(plan.errors)
    assert rows(planned) == before

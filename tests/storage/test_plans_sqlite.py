"""Account-plan services on real SQLite stores: validation, status, clone, undo, priority."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from domain import services
from domain.errors import DuplicatePlanError, NotFoundError, PlanStatusError, ValidationError
from domain.model import (
    AccountPlan,
    BuyingRole,
    Contact,
    FitCriterion,
    ObjectiveKind,
    PlanAction,
    PlanContents,
    PlanObjective,
    PlanRisk,
    PlanStatus,
    TeamMember,
    TriangleRole,
    WorkStatus,
)
from domain.plans import services as plans
from domain.plans.priority import PriorityWeights
from domain.powermap import services as pm
from domain.triangle import services as tri
from storage.store import SqlStore

DAY = date(2026, 6, 30)


def everything(store: SqlStore) -> list[PlanContents]:
    with store.unit_of_work() as uow:
        return uow.plans.contents([p.id for p in uow.plans.all() if p.id is not None])


@pytest.fixture
def ids(store: SqlStore) -> dict[str, int]:
    uow = store.unit_of_work
    account = services.create_account(uow(), "Key account", key="KA")
    member = tri.add_member(uow(), TeamMember("Ann", roles=frozenset(TriangleRole)))
    assert account.id is not None
    assert member.id is not None
    return {"account": account.id, "member": member.id}


@pytest.fixture
def full(store: SqlStore, ids: dict[str, int]) -> dict[str, int]:
    """A plan with two objectives (one done), three actions and a risk."""
    uow = store.unit_of_work
    plan = plans.create_plan(
        uow(),
        AccountPlan(
            ids["account"],
            " FY2026 ",
            challenges="Budget cuts",
            competitors="Rival Co",
            fit={FitCriterion.SOLUTION_FIT: 4, "financial_health": 3},
        ),
    ).record
    grow = plans.add_objective(
        uow(),
        PlanObjective(
            plan.id, "Grow revenue", ObjectiveKind.REVENUE, Decimal("1200000"), ids["member"], date(2026, 12, 31)
        ),
    ).record
    won = plans.add_objective(uow(), PlanObjective(plan.id, "Reference site", status=WorkStatus.DONE)).record
    first = plans.add_action(uow(), PlanAction(grow.id, "Workshop", ids["member"], status=WorkStatus.DONE)).record
    second = plans.add_action(uow(), PlanAction(grow.id, "Proposal", status=WorkStatus.IN_PROGRESS)).record
    plans.add_action(uow(), PlanAction(won.id, "Site visit", status=WorkStatus.DONE))
    risk = plans.add_risk(uow(), PlanRisk(plan.id, "Champion leaves", 2, 5, "Second sponsor", ids["member"])).record
    return {"plan": plan.id, "grow": grow.id, "won": won.id, "first": first.id, "second": second.id, "risk": risk.id}


def test_a_plan_is_stored_with_its_objectives_actions_and_risks(store: SqlStore, full: dict[str, int]) -> None:
    contents = plans.load_plan(store.unit_of_work(), full["plan"])
    assert contents.plan.period == "FY2026"
    assert contents.plan.status is PlanStatus.DRAFT
    assert contents.plan.fit == {FitCriterion.FINANCIAL_HEALTH: 3, FitCriterion.SOLUTION_FIT: 4}
    assert [o.title for o in contents.objectives] == ["Grow revenue", "Reference site"]
    assert contents.objectives[0].target == Decimal("1200000.00")
    assert [a.what for a in contents.actions] == ["Workshop", "Proposal", "Site visit"]
    assert contents.risks[0].exposure == 10
    from domain.plans.progress import plan_progress

    assert plan_progress(contents).overall == pytest.approx((50.0 + 100.0) / 2)


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda i: AccountPlan(i["account"], " "), "period"),
        (lambda i: AccountPlan(i["account"], "FY", fit={FitCriterion.COMPETITION: 6}), "fit.competition"),
        (lambda i: AccountPlan(i["account"], "FY", fit={"charm": 3}), "fit"),
    ],
)
def test_plans_are_validated(store: SqlStore, ids: dict[str, int], make: object, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        plans.create_plan(store.unit_of_work(), make(ids))  # type: ignore[operator]
    assert caught.value.field == field
    assert everything(store) == []


@pytest.mark.parametrize(
    ("objective", "field"),
    [
        (PlanObjective(0, " "), "title"),
        (PlanObjective(0, "Q", ObjectiveKind.QUALITATIVE, Decimal(5)), "target"),
        (PlanObjective(0, "SoW", ObjectiveKind.SHARE_OF_WALLET, Decimal(120)), "target"),
        (PlanObjective(0, "Rev", ObjectiveKind.REVENUE, Decimal(-1)), "target"),
        (PlanObjective(0, "P", progress=101), "progress"),
        (PlanObjective(0, "S", status="finished"), "status"),  # type: ignore[arg-type]
    ],
)
def test_objectives_are_validated(store: SqlStore, full: dict[str, int], objective: PlanObjective, field: str) -> None:
    before = everything(store)
    with pytest.raises(ValidationError) as caught:
        plans.add_objective(store.unit_of_work(), dataclasses.replace(objective, plan_id=full["plan"]))
    assert caught.value.field == field
    assert everything(store) == before


def test_risks_actions_and_owners_are_checked(store: SqlStore, full: dict[str, int]) -> None:
    uow = store.unit_of_work
    with pytest.raises(ValidationError, match="1 to 5"):
        plans.add_risk(uow(), PlanRisk(full["plan"], "x", likelihood=0))
    with pytest.raises(ValidationError):
        plans.add_action(uow(), PlanAction(full["grow"], "  "))
    with pytest.raises(NotFoundError):
        plans.add_action(uow(), PlanAction(999, "x"))
    with pytest.raises(NotFoundError):
        plans.update_risk(uow(), full["risk"], {"owner_id": 999})
    with pytest.raises(DuplicatePlanError):
        plans.create_plan(uow(), AccountPlan(plans.load_plan(uow(), full["plan"]).plan.account_id, "FY2026"))
    with pytest.raises(ValidationError, match="already has an objective called"):
        plans.add_objective(uow(), PlanObjective(full["plan"], "Grow revenue"))
    with pytest.raises(ValidationError, match="already has an objective called"):
        plans.update_objective(uow(), full["won"], {"title": "Grow revenue"})


def test_status_moves_along_review_and_refuses_shortcuts(store: SqlStore, full: dict[str, int]) -> None:
    uow = store.unit_of_work
    with pytest.raises(PlanStatusError, match="from draft to approved"):
        plans.set_plan_status(uow(), full["plan"], PlanStatus.APPROVED)
    plans.set_plan_status(uow(), full["plan"], "in_review")
    approved = plans.set_plan_status(uow(), full["plan"], PlanStatus.APPROVED)
    assert approved.record.status is PlanStatus.APPROVED
    with pytest.raises(PlanStatusError):
        plans.set_plan_status(uow(), full["plan"], PlanStatus.IN_REVIEW)


def test_execution_keeps_an_approved_plan_and_content_edits_send_it_back(store: SqlStore, full: dict[str, int]) -> None:
    uow = store.unit_of_work
    plans.set_plan_status(uow(), full["plan"], PlanStatus.IN_REVIEW)
    plans.set_plan_status(uow(), full["plan"], PlanStatus.APPROVED)
    plans.update_action(uow(), full["second"], {"status": WorkStatus.DONE})
    plans.update_objective(uow(), full["grow"], {"status": "in_progress"})
    assert plans.load_plan(uow(), full["plan"]).plan.status is PlanStatus.APPROVED
    approved = everything(store)
    change = plans.update_objective(uow(), full["grow"], {"title": "Grow revenue by 20 %"})
    assert plans.load_plan(uow(), full["plan"]).plan.status is PlanStatus.DRAFT
    plans.undo_plan_change(uow(), change)
    assert everything(store) == approved


@pytest.mark.parametrize(
    "action",
    [
        lambda u, f: plans.update_plan(u(), f["plan"], {"trends": "Cloud", "fit": {"business_model": 2}}),
        lambda u, f: plans.update_plan(u(), f["plan"], {"period": "FY2027"}),
        lambda u, f: plans.add_objective(u(), PlanObjective(f["plan"], "Share", ObjectiveKind.SHARE_OF_WALLET, 35)),
        lambda u, f: plans.update_objective(u(), f["grow"], {"target": Decimal("1500000"), "due": None}),
        lambda u, f: plans.delete_objective(u(), f["grow"]),
        lambda u, f: plans.add_action(u(), PlanAction(f["won"], "Press release")),
        lambda u, f: plans.update_action(u(), f["first"], {"objective_id": f["won"], "what": "Moved"}),
        lambda u, f: plans.delete_action(u(), f["second"]),
        lambda u, f: plans.add_risk(u(), PlanRisk(f["plan"], "Budget freeze", 4, 4)),
        lambda u, f: plans.update_risk(u(), f["risk"], {"impact": 3, "mitigation": ""}),
        lambda u, f: plans.delete_risk(u(), f["risk"]),
        lambda u, f: plans.delete_plan(u(), f["plan"]),
        lambda u, f: plans.clone_plan(u(), f["plan"], "FY2027"),
        lambda u, f: plans.set_plan_status(u(), f["plan"], PlanStatus.DRAFT),
    ],
)
def test_every_change_is_undone_exactly(store: SqlStore, full: dict[str, int], action: object) -> None:
    uow = store.unit_of_work
    plans.set_plan_status(uow(), full["plan"], PlanStatus.IN_REVIEW)
    plans.set_plan_status(uow(), full["plan"], PlanStatus.APPROVED)
    before = everything(store)
    change = action(uow, full)  # type: ignore[operator]
    assert everything(store) != before
    plans.undo_plan_change(uow(), change)
    assert everything(store) == before


def test_clone_carries_open_work_and_leaves_done_work_behind(store: SqlStore, full: dict[str, int]) -> None:
    uow = store.unit_of_work
    plans.update_objective(uow(), full["grow"], {"status": WorkStatus.IN_PROGRESS, "progress": 30.0})
    change = plans.clone_plan(uow(), full["plan"], "FY2027")
    source = plans.load_plan(uow(), full["plan"])
    copy = plans.load_plan(uow(), change.record.id)
    assert (copy.plan.period, copy.plan.status) == ("FY2027", PlanStatus.DRAFT)
    assert copy.plan.fit == source.plan.fit
    assert (copy.plan.challenges, copy.plan.competitors) == ("Budget cuts", "Rival Co")
    assert [(o.title, o.status, o.progress, o.target) for o in copy.objectives] == [
        ("Grow revenue", WorkStatus.NOT_STARTED, None, Decimal("1200000.00"))
    ]
    assert [(a.what, a.status, a.objective_id) for a in copy.actions] == [
        ("Proposal", WorkStatus.NOT_STARTED, copy.objectives[0].id)
    ]
    assert [(r.description, r.plan_id) for r in copy.risks] == [("Champion leaves", copy.plan.id)]
    assert len(source.objectives) == 2  # the source is untouched
    with pytest.raises(DuplicatePlanError):
        plans.clone_plan(uow(), full["plan"], "FY2027")


def test_deleting_the_account_and_undoing_it_keeps_its_plans(store: SqlStore, full: dict[str, int]) -> None:
    before = everything(store)
    account_id = before[0].plan.account_id
    removed = services.delete_account(store.unit_of_work(), account_id, lift_children=False)
    assert everything(store) == []
    services.restore_accounts(store.unit_of_work(), removed)
    assert everything(store) == before


def test_priorities_rank_planned_and_key_accounts(store: SqlStore, full: dict[str, int], ids: dict[str, int]) -> None:
    uow = store.unit_of_work
    other = services.create_account(uow(), "Unplanned B", key="KB").id
    small = services.create_account(uow(), "Small C", key="KC").id
    assert other is not None
    assert small is not None
    with uow() as u:
        for account_id, tier, score in ((ids["account"], "A", 90.0), (other, "B", 50.0), (small, "C", 10.0)):
            account = u.accounts.get(account_id)
            assert account is not None
            u.accounts.update(dataclasses.replace(account, tier=tier, tier_score=score, tier_model="weighted"))
        u.commit()
    tri.assign(uow(), ids["account"], TriangleRole.AR, ids["member"], on=DAY)
    pm.add_contact(uow(), Contact(ids["account"], "CEO", buying_role=BuyingRole.DECISION_MAKER, influence=5))
    rows = plans.plan_priorities(uow(), DAY)
    assert [r.account_id for r in rows] == [ids["account"], other]
    top = rows[0]
    assert (top.plan_id, top.period, top.rank) == (full["plan"], "FY2026", 1)
    readiness = top.part("readiness").details
    assert (readiness["required"], readiness["staffed"]) == (3, 1)
    assert readiness["coverage"] is not None
    assert rows[1].plan_id is None
    assert rows[1].part("fit").details["known"] is False
    assert [r.account_id for r in plans.plan_priorities(uow(), DAY, include_unplanned=False)] == [ids["account"]]
    assert plans.plan_priorities(uow(), DAY, period="FY2030", include_unplanned=False) == []


def test_priority_weights_are_kept_with_the_data(store: SqlStore) -> None:
    uow = store.unit_of_work
    assert plans.load_priority_weights(uow()) == PriorityWeights()
    custom = PriorityWeights(value=0.6, fit=0.2, readiness=0.2, triangle=0.7, coverage=0.3)
    assert plans.save_priority_weights(uow(), custom) == PriorityWeights()
    assert plans.load_priority_weights(uow()) == custom
    with pytest.raises(ValidationError):
        plans.save_priority_weights(uow(), PriorityWeights(value=-1))


def test_plan_periods_lists_every_period_once_in_order(store: SqlStore, ids: dict[str, int]) -> None:
    uow = store.unit_of_work
    other = services.create_account(uow(), "Other account", key="OA").id
    assert other is not None
    assert plans.plan_periods(uow()) == []
    for account_id, period in ((ids["account"], "FY2027"), (ids["account"], "FY2026"), (other, "FY2026")):
        plans.create_plan(uow(), AccountPlan(account_id, period))
    assert plans.plan_periods(uow()) == ["FY2026", "FY2027"]

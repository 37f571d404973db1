"""A store with one A account ready for a review: tiers applied, a plan, a
snapshot taken before the power map changed, and personal details to redact."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from domain.demo import load_demo
from domain.model import (
    AccountPlan,
    Attitude,
    ObjectiveKind,
    PlanAction,
    PlanObjective,
    PlanRisk,
    WorkStatus,
)
from domain.plans.services import add_action, add_objective, add_risk, create_plan
from domain.powermap.services import take_snapshot, update_contact
from domain.tiers.service import apply_classification, load_settings, preview_classification
from storage.store import SqlStore, open_store

REVIEW_DAY = date(2026, 6, 30)
EMAIL = "zhang.review@example.com"
PHONE = "13912345678"
CONTACT_NOTE = "Prefers morning calls before the board meets"
MITIGATION = "Escalate to the CFO sponsor each quarter"
OBJECTIVES = ("Grow cloud revenue 20 %", "扩大华东区份额")


@dataclass
class ReviewData:
    store: SqlStore
    account_id: int
    key: str
    name: str


def review_store(folder: Path, accounts: int = 60) -> ReviewData:
    """The demo portfolio with tiers applied; the first A account with people gets a plan and a snapshot."""
    store = open_store(folder / "review.sqlite")
    load_demo(store.unit_of_work(), accounts, seed=5, today=REVIEW_DAY)
    preview = preview_classification(store.tier_queries(), load_settings(store.unit_of_work()), as_of=REVIEW_DAY)
    apply_classification(store.unit_of_work(), preview, on=REVIEW_DAY - timedelta(days=90))
    with store.unit_of_work() as uow:
        a_ids = uow.accounts.with_tiers(["A"])
        chosen = next(i for i in sorted(a_ids) if len(uow.contacts.for_accounts([i])) >= 3)
        account = uow.accounts.get(chosen)
        contacts = uow.contacts.for_accounts([chosen])
        members = [m for m in uow.team.all() if m.id is not None]
    assert account is not None
    take_snapshot(store.unit_of_work(), chosen, REVIEW_DAY - timedelta(days=120), "Q1 review")
    first = contacts[1]
    assert first.id is not None
    update_contact(store.unit_of_work(), first.id, {
        "email": EMAIL, "phone": PHONE, "notes": CONTACT_NOTE, "attitude": Attitude.SUPPORTER, "influence": 5,
    })
    plan = create_plan(store.unit_of_work(), AccountPlan(chosen, "FY2026", challenges="Budget freeze")).record
    owner = members[0].id
    objectives = []
    for title, kind, target in (
        (OBJECTIVES[0], ObjectiveKind.REVENUE, Decimal("1200000")),
        (OBJECTIVES[1], ObjectiveKind.SHARE_OF_WALLET, Decimal("35")),
    ):
        objectives.append(add_objective(store.unit_of_work(), PlanObjective(
            plan.id, title, kind=kind, target=target, owner_id=owner, due=date(2026, 12, 31),
            status=WorkStatus.IN_PROGRESS,
        )).record)
    for what, status in (("Run the executive workshop", WorkStatus.DONE), ("Pilot in Shanghai plant", WorkStatus.IN_PROGRESS)):
        add_action(store.unit_of_work(), PlanAction(objectives[0].id, what, owner_id=owner, due=date(2026, 9, 30), status=status))
    add_risk(store.unit_of_work(), PlanRisk(plan.id, "Competitor undercuts on price", 4, 3, MITIGATION, owner))
    return ReviewData(store, chosen, account.key, account.name)

"""Helpers of the team and iron-triangle window tests: a classified demo portfolio
with gaps to show, and the stored state to compare after undo and redo."""

from __future__ import annotations

from datetime import date

from domain.model import BuyingRole, TriangleRole
from domain.ports import Store
from domain.powermap import services as powermap
from domain.tiers.service import apply_classification, load_settings, preview_classification
from domain.triangle import services as triangle
from tests.conftest import DEMO_DAY


def classify(store: Store) -> None:
    """Apply the default tier model to the demo portfolio (it comes unclassified)."""
    preview = preview_classification(store.tier_queries(), load_settings(store.unit_of_work()), as_of=DEMO_DAY)
    apply_classification(store.unit_of_work(), preview, on=DEMO_DAY)


def staffed_account(store: Store, tier: str = "A") -> int:
    """An account of ``tier`` whose three seats are all held."""
    tiers = _tiers(store)
    for account_id, found in sorted(tiers.items()):
        if found == tier and len(triangle.triangle(store.unit_of_work(), account_id).seats) == 3:
            return account_id
    raise AssertionError(f"no staffed {tier} account")


def _tiers(store: Store) -> dict[int, str | None]:
    uow = store.unit_of_work()
    with uow:
        return triangle.account_tiers(uow)


def make_gaps(store: Store, on: date = DEMO_DAY) -> None:
    """Leave seats empty on an A and a B account and take the owners from two key people of A accounts."""
    for tier, role in (("A", TriangleRole.SR), ("B", TriangleRole.AR)):
        triangle.assign(store.unit_of_work(), staffed_account(store, tier), role, None, on)
    tiers = _tiers(store)
    uow = store.unit_of_work()
    with uow:
        contacts = uow.contacts.for_accounts([a for a, t in tiers.items() if t == "A"])
    key = [c for c in contacts if c.buying_role in (BuyingRole.DECISION_MAKER, BuyingRole.ECONOMIC_BUYER)]
    for contact in key[:2]:
        assert contact.id is not None
        powermap.update_contact(store.unit_of_work(), contact.id, {"owner_id": None})


def stored_team(store: Store) -> list:
    return sorted(powermap.team_members(store.unit_of_work()), key=lambda m: m.id or 0)


def stored_assignments(store: Store) -> list:
    uow = store.unit_of_work()
    with uow:
        return sorted(uow.assignments.all(), key=lambda a: a.id or 0)

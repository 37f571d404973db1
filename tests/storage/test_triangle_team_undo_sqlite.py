"""Taking back a new team member, and the look-ups the triangle windows use, on real SQLite stores."""

from __future__ import annotations

from datetime import date

import pytest

from domain import services
from domain.errors import AssignmentError, NotFoundError
from domain.model import BuyingRole, Contact, TeamMember, TriangleRole
from domain.powermap import services as pm
from domain.triangle import services as tri
from storage.store import SqlStore
from tests.storage.test_triangle_sqlite import set_tier


def test_a_new_member_is_removed_and_restored_with_id_and_key(store: SqlStore) -> None:
    uow = store.unit_of_work
    first = tri.add_member(uow(), TeamMember("Ann", roles=frozenset({TriangleRole.AR})))
    added = tri.add_member(uow(), TeamMember("Bob", email="bob@example.com", region="West", capacity=7))
    assert added.id is not None
    account = services.create_account(uow(), "Acme")
    pm.add_contact(uow(), Contact(account.id, "Cleo", owner_id=added.id))  # type: ignore[arg-type]
    assert tri.remove_new_member(uow(), added.id) == added
    assert pm.team_members(uow()) == [first]
    assert pm.load_power_map(uow(), account.id).contacts[0].owner_id is None  # type: ignore[arg-type]
    tri.restore_member(uow(), added)
    tri.restore_member(uow(), added)  # already there: nothing happens
    assert sorted(pm.team_members(uow()), key=lambda m: m.id or 0) == [first, added]
    with pytest.raises(NotFoundError):
        tri.remove_new_member(uow(), 999)


def test_a_member_who_held_a_seat_cannot_be_removed(store: SqlStore) -> None:
    uow = store.unit_of_work
    member = tri.add_member(uow(), TeamMember("Ann", roles=frozenset({TriangleRole.AR})))
    account = services.create_account(uow(), "Acme")
    assert member.id is not None
    assert account.id is not None
    change = tri.assign(uow(), account.id, TriangleRole.AR, member.id, date(2026, 1, 1))
    tri.assign(uow(), account.id, TriangleRole.AR, None, date(2026, 2, 1))
    with pytest.raises(AssignmentError) as raised:
        tri.remove_new_member(uow(), member.id)
    assert raised.value.params["reason"] == "has_history"
    assert change.opened is not None
    assert pm.team_members(uow()) == [member]


def test_gap_names_and_account_paths(store: SqlStore) -> None:
    uow = store.unit_of_work
    group = services.create_account(uow(), "Group")
    branch = services.create_account(uow(), "Branch", group.id)
    assert group.id is not None
    assert branch.id is not None
    set_tier(store, branch.id, "A")
    boss = pm.add_contact(uow(), Contact(branch.id, "Dana", buying_role=BuyingRole.DECISION_MAKER))
    pm.add_contact(uow(), Contact(branch.id, "Eli", buying_role=BuyingRole.USER))
    gaps = tri.portfolio_gaps(uow())
    assert [g.account_id for g in gaps.triangle] == [branch.id]
    assert tri.gap_names(uow(), gaps) == ({branch.id: "Branch"}, {boss.id: "Dana"})
    assert tri.account_path(uow(), branch.id) == [group.id, branch.id]
    assert tri.account_path(uow(), 999) == [999]
    assert tri.account_names(uow(), [group.id, 999]) == {group.id: "Group"}

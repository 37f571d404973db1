"""Team and iron-triangle services on real SQLite stores."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from domain import services
from domain.errors import AssignmentError, DuplicateKeyError, NotFoundError, ValidationError
from domain.model import Assignment, BuyingRole, Contact, TeamMember, TriangleRole
from domain.powermap import services as pm
from domain.triangle import services as tri
from domain.triangle.rules import TriangleSettings
from storage.store import SqlStore

AR, SR, FR = TriangleRole.AR, TriangleRole.SR, TriangleRole.FR
D1, D2, D3 = date(2026, 1, 1), date(2026, 3, 1), date(2026, 6, 1)


def set_tier(store: SqlStore, account_id: int, tier: str | None) -> None:
    with store.unit_of_work() as uow:
        account = uow.accounts.get(account_id)
        assert account is not None
        uow.accounts.update(dataclasses.replace(account, tier=tier))
        uow.commit()


@pytest.fixture
def team(store: SqlStore) -> dict[str, int]:
    uow = store.unit_of_work
    ids = {}
    for name, roles in (("ann", {AR}), ("bob", {SR, FR}), ("cat", {AR, SR, FR})):
        member = tri.add_member(uow(), TeamMember(name.title(), roles=frozenset(roles), region="East"))
        assert member.id is not None
        ids[name] = member.id
    for key, tier in (("KA", "A"), ("KB", "B"), ("KC", "C")):
        account = services.create_account(uow(), f"Account {key}", key=key)
        assert account.id is not None
        set_tier(store, account.id, tier)
        ids[key] = account.id
    return ids


def current(store: SqlStore) -> list[tuple[int, TriangleRole, int, date, date | None]]:
    with store.unit_of_work() as uow:
        return [(a.account_id, a.role, a.member_id, a.start, a.end) for a in uow.assignments.all()]


def test_members_keep_roles_region_and_capacity(store: SqlStore) -> None:
    member = tri.add_member(store.unit_of_work(), TeamMember(" Ann ", roles=frozenset({AR, FR}), capacity=12))
    assert member.key == f"T{member.id:06d}"
    assert (member.name, member.roles, member.capacity, member.active) == ("Ann", frozenset({AR, FR}), 12.0, True)
    assert member.id is not None
    previous = tri.update_member(store.unit_of_work(), member.id, {"roles": "SR, fr", "region": "North"})
    assert previous == {"roles": frozenset({AR, FR}), "region": ""}
    with store.unit_of_work() as uow:
        stored = uow.team.get(member.id)
    assert stored is not None
    assert (stored.roles, stored.region) == (frozenset({SR, FR}), "North")
    tri.update_member(store.unit_of_work(), member.id, previous)  # undo
    with store.unit_of_work() as uow:
        assert uow.team.get(member.id) == member


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "  "}, "name"),
        ({"capacity": -1}, "capacity"),
        ({"capacity": 5000}, "capacity"),
        ({"roles": ["AR", "CEO"]}, "roles"),
        ({"active": False}, "active"),
        ({"region": "x" * 201}, "region"),
    ],
)
def test_member_changes_are_validated(store: SqlStore, changes: dict[str, object], field: str) -> None:
    member = tri.add_member(store.unit_of_work(), TeamMember("Ann"))
    assert member.id is not None
    with pytest.raises(ValidationError) as caught:
        tri.update_member(store.unit_of_work(), member.id, changes)
    assert caught.value.field == field


def test_member_keys_are_unique(store: SqlStore) -> None:
    tri.add_member(store.unit_of_work(), TeamMember("Ann", key="T1"))
    with pytest.raises(DuplicateKeyError):
        tri.add_member(store.unit_of_work(), TeamMember("Bob", key="T1"))


def test_assign_closes_the_current_seat_and_opens_the_next(store: SqlStore, team: dict[str, int]) -> None:
    uow = store.unit_of_work
    first = tri.assign(uow(), team["KA"], AR, team["ann"], on=D1)
    assert first.ended is None
    assert first.opened is not None
    second = tri.assign(uow(), team["KA"], "AR", team["cat"], on=D2)
    assert second.ended == first.opened
    assert current(store) == [(team["KA"], AR, team["ann"], D1, D2), (team["KA"], AR, team["cat"], D2, None)]
    triangle = tri.triangle(uow(), team["KA"])
    assert triangle.holder(AR) is not None
    assert triangle.holder(AR).name == "Cat"  # type: ignore[union-attr]
    assert triangle.missing == (SR, FR)
    assert [(a.member_id, a.end) for a in tri.assignment_history(uow(), team["KA"])] == [
        (team["ann"], D2),
        (team["cat"], None),
    ]
    # Emptying the seat, then undoing each step, restores every state exactly.
    emptied = tri.assign(uow(), team["KA"], AR, None, on=D3)
    assert emptied.opened is None
    assert current(store)[-1] == (team["KA"], AR, team["cat"], D2, D3)
    tri.undo_assign(uow(), emptied)
    tri.undo_assign(uow(), second)
    assert current(store) == [(team["KA"], AR, team["ann"], D1, None)]
    tri.undo_assign(uow(), first)
    assert current(store) == []


def test_a_same_day_change_replaces_the_assignment(store: SqlStore, team: dict[str, int]) -> None:
    uow = store.unit_of_work
    first = tri.assign(uow(), team["KB"], SR, team["bob"], on=D1)
    again = tri.assign(uow(), team["KB"], SR, team["bob"], on=D2)
    assert not again.changed
    change = tri.assign(uow(), team["KB"], SR, team["cat"], on=D1)
    assert change.ended_removed
    assert current(store) == [(team["KB"], SR, team["cat"], D1, None)]
    tri.undo_assign(uow(), change)
    assert current(store) == [(team["KB"], SR, team["bob"], D1, None)]
    assert first.opened is not None
    with uow() as u:
        assert u.assignments.all() == [first.opened]


def test_assign_refuses_the_wrong_role_an_inactive_member_and_an_earlier_day(
    store: SqlStore, team: dict[str, int]
) -> None:
    uow = store.unit_of_work
    with pytest.raises(AssignmentError, match="Ann cannot take the role SR"):
        tri.assign(uow(), team["KA"], SR, team["ann"], on=D1)
    tri.assign(uow(), team["KA"], AR, team["ann"], on=D2)
    with pytest.raises(AssignmentError, match="before"):
        tri.assign(uow(), team["KA"], AR, team["cat"], on=D1)
    tri.deactivate(uow(), team["cat"], on=D2)
    with pytest.raises(AssignmentError, match="no longer active"):
        tri.assign(uow(), team["KB"], AR, team["cat"], on=D3)
    with pytest.raises(NotFoundError):
        tri.assign(uow(), 999, AR, team["ann"], on=D3)
    with pytest.raises(NotFoundError):
        tri.assign(uow(), team["KA"], AR, 999, on=D3)
    with pytest.raises(ValidationError):
        tri.assign(uow(), team["KA"], "CEO", team["ann"], on=D3)


def test_deactivate_ends_the_members_seats_and_undo_restores_them(store: SqlStore, team: dict[str, int]) -> None:
    uow = store.unit_of_work
    tri.assign(uow(), team["KA"], FR, team["cat"], on=D1)
    tri.assign(uow(), team["KB"], AR, team["cat"], on=D3)
    before = current(store)
    change = tri.deactivate(uow(), team["cat"], on=D3)
    assert change.was_active
    # The seat that began that very day is removed, the other one ended.
    assert current(store) == [(team["KA"], FR, team["cat"], D1, D3)]
    with uow() as u:
        assert not u.team.get(team["cat"]).active  # type: ignore[union-attr]
    gaps = tri.portfolio_gaps(uow())
    assert [(g.account_id, g.missing) for g in gaps.triangle] == [(team["KA"], (AR, SR, FR)), (team["KB"], (AR, SR))]
    tri.undo_deactivate(uow(), change)
    assert sorted(current(store)) == sorted(before)
    assert tri.reactivate(uow(), team["cat"]) is True


def test_gaps_workload_and_split_read_the_store(store: SqlStore, team: dict[str, int]) -> None:
    uow = store.unit_of_work
    for role, member in ((AR, "ann"), (SR, "bob"), (FR, "bob")):
        tri.assign(uow(), team["KA"], role, team[member], on=D1)
    tri.assign(uow(), team["KB"], AR, team["cat"], on=D1)
    tri.assign(uow(), team["KC"], AR, team["cat"], on=D1)
    boss = pm.add_contact(uow(), Contact(team["KA"], "Boss", buying_role=BuyingRole.DECISION_MAKER)).id
    pm.add_contact(uow(), Contact(team["KA"], "CFO", buying_role=BuyingRole.ECONOMIC_BUYER, owner_id=team["ann"]))
    pm.add_contact(uow(), Contact(team["KB"], "B boss", buying_role=BuyingRole.DECISION_MAKER))
    gaps = tri.portfolio_gaps(uow())
    assert [(g.account_id, g.missing) for g in gaps.triangle] == [(team["KB"], (SR,))]
    assert [(g.account_id, g.contact_id) for g in gaps.relationships] == [(team["KA"], boss)]
    assert tri.relationship_gaps(uow()) == gaps.relationships
    loads = {w.name: (w.load, w.seat_count, w.accounts) for w in tri.team_workload(uow())}
    assert loads == {"Ann": (3.0, 1, 1), "Bob": (6.0, 2, 1), "Cat": (3.0, 2, 2)}
    split = tri.portfolio_split(uow())
    assert [(s.tier, s.seats) for s in split.shares] == [("A", 3), ("B", 1), ("C", 1)]
    assert split.total == 5


def test_settings_are_kept_with_the_data(store: SqlStore) -> None:
    uow = store.unit_of_work
    assert tri.load_triangle_settings(uow()) == TriangleSettings()
    custom = TriangleSettings(
        required={"A": frozenset({AR, SR}), "B": frozenset({AR})},
        weights={"A": 4.0, "B": 2.0, "C": 1.0, "D": 0.0},
        target_split={"A": 5.0, "B": 4.0, "C": 1.0},
    )
    previous = tri.save_triangle_settings(uow(), custom)
    assert previous == TriangleSettings()
    assert tri.load_triangle_settings(uow()) == custom
    with pytest.raises(ValidationError):
        tri.save_triangle_settings(uow(), TriangleSettings(weights={"A": -1.0}))
    with pytest.raises(ValidationError):
        tri.save_triangle_settings(uow(), TriangleSettings(target_split={"A": 0.0, "B": 0.0, "C": 0.0}))


def test_deleting_an_account_and_undoing_it_keeps_its_triangle(store: SqlStore, team: dict[str, int]) -> None:
    uow = store.unit_of_work
    tri.assign(uow(), team["KA"], AR, team["ann"], on=D1)
    tri.assign(uow(), team["KA"], AR, team["cat"], on=D2)
    before = current(store)
    removed = services.delete_account(uow(), team["KA"], lift_children=False)
    assert current(store) == []
    services.restore_accounts(uow(), removed)
    assert current(store) == before


def test_assignments_keep_their_ids_through_the_repository(store: SqlStore, team: dict[str, int]) -> None:
    with store.unit_of_work() as uow:
        uow.assignments.add_many(
            [Assignment(team["KA"], AR, team["ann"], D1, D2, 40), Assignment(team["KA"], AR, team["cat"], D2)]
        )
        uow.commit()
    with store.unit_of_work() as uow:
        assert [a.id for a in uow.assignments.all()] == [40, 41]
        assert [a.id for a in uow.assignments.current()] == [41]


def test_the_demo_team_has_roles_and_every_group_a_triangle(demo_store: SqlStore) -> None:
    with demo_store.unit_of_work() as uow:
        team = uow.team.all()
        roots = [a.id for a in uow.accounts.all() if a.parent_id is None]
        current = uow.assignments.current()
        history = uow.assignments.all()
    assert all(m.roles and m.region and m.capacity >= 8 for m in team)
    members = {m.id: m for m in team}
    assert {(a.account_id, a.role) for a in current} == {(r, role) for r in roots for role in (AR, SR, FR)}
    assert all(a.role in members[a.member_id].roles for a in history)
    assert len(history) == len(current) + 1  # the first group's AR changed hands

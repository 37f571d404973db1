"""Triangle rules, gap lists, workload and the tier split: pure arithmetic."""

from __future__ import annotations

from datetime import date

import pytest

from domain.errors import ValidationError
from domain.model import Assignment, BuyingRole, Contact, TeamMember, TriangleRole
from domain.triangle.rules import (
    OwnershipGap,
    TriangleGap,
    TriangleSettings,
    ownership_gaps,
    triangle_gaps,
)
from domain.triangle.workload import tier_split, workloads

AR, SR, FR = TriangleRole.AR, TriangleRole.SR, TriangleRole.FR
DAY = date(2026, 1, 1)


def seat(account: int, role: TriangleRole, member: int, end: date | None = None) -> Assignment:
    return Assignment(account, role, member, DAY, end)


def test_default_rules_follow_the_tier_strategies() -> None:
    rules = TriangleSettings()
    assert rules.required_for("A") == {AR, SR, FR}
    assert rules.required_for("B") == {AR, SR}
    assert rules.required_for("C") == frozenset()
    assert rules.required_for("D") == frozenset()
    assert rules.required_for(None) == frozenset()
    assert [rules.weight_for(t) for t in ("A", "B", "C", "D", None)] == [3.0, 2.0, 1.0, 0.5, 1.0]


def test_gaps_list_missing_roles_a_accounts_first() -> None:
    tiers = {1: "B", 2: "A", 3: "C", 4: "A", 5: None}
    current = [
        seat(2, AR, 10),
        seat(2, SR, 11),
        seat(2, FR, 12),
        seat(4, SR, 11),
        seat(4, AR, 13, end=DAY),  # ended: does not count
        seat(1, AR, 10),
    ]
    assert triangle_gaps(tiers, current) == [TriangleGap(4, "A", (AR, FR)), TriangleGap(1, "B", (SR,))]


def test_a_seat_held_by_an_inactive_member_is_a_gap() -> None:
    tiers = {1: "B"}
    current = [seat(1, AR, 10), seat(1, SR, 11)]
    assert triangle_gaps(tiers, current, active={10, 11}) == []
    assert triangle_gaps(tiers, current, active={10}) == [TriangleGap(1, "B", (SR,), (SR,))]


def test_edited_rules_change_the_gaps() -> None:
    rules = TriangleSettings(required={"C": frozenset({AR})})
    assert triangle_gaps({1: "A", 2: "C"}, [], rules) == [TriangleGap(2, "C", (AR,))]


def test_ownership_gaps_are_decision_makers_and_economic_buyers_on_a_accounts() -> None:
    contacts = [
        Contact(1, "DM", id=1, buying_role=BuyingRole.DECISION_MAKER),
        Contact(1, "EB owned", id=2, buying_role=BuyingRole.ECONOMIC_BUYER, owner_id=7),
        Contact(1, "EB left", id=3, buying_role=BuyingRole.ECONOMIC_BUYER, owner_id=8),
        Contact(1, "Coach", id=4, buying_role=BuyingRole.COACH),
        Contact(2, "B's DM", id=5, buying_role=BuyingRole.DECISION_MAKER),
    ]
    tiers = {1: "A", 2: "B"}
    assert ownership_gaps(contacts, tiers) == [OwnershipGap(1, 1, BuyingRole.DECISION_MAKER, "A")]
    assert ownership_gaps(contacts, tiers, active={7}) == [
        OwnershipGap(1, 1, BuyingRole.DECISION_MAKER, "A"),
        OwnershipGap(1, 3, BuyingRole.ECONOMIC_BUYER, "A"),
    ]
    assert [g.contact_id for g in ownership_gaps(contacts, tiers, checked_tiers=("A", "B"))] == [1, 5]


def test_workload_weighs_seats_by_tier_against_capacity() -> None:
    members = [
        TeamMember("Ann", id=1, capacity=10),
        TeamMember("Bob", id=2, capacity=4),
        TeamMember("Cat", id=3, capacity=0),
        TeamMember("Gone", id=4, active=False),
        TeamMember("Gone but seated", id=5, active=False),
    ]
    tiers = {1: "A", 2: "B", 3: "C", 4: "D", 5: None}
    current = [
        seat(1, AR, 1),
        seat(2, AR, 1),
        seat(4, SR, 1),  # 3 + 2 + 0.5
        seat(1, SR, 2),
        seat(1, FR, 2),  # two seats on one A account: 6
        seat(3, FR, 5),
        seat(5, AR, 2, end=DAY),
    ]
    found = {w.name: w for w in workloads(members, current, tiers)}
    assert set(found) == {"Ann", "Bob", "Cat", "Gone but seated"}
    ann, bob, cat = found["Ann"], found["Bob"], found["Cat"]
    assert (ann.load, ann.load_pct, ann.over_capacity, ann.accounts) == (5.5, 55.0, False, 3)
    assert ann.seats == {AR: {"A": 1, "B": 1}, SR: {"D": 1}}
    assert (bob.load, bob.load_pct, bob.over_capacity, bob.accounts, bob.seat_count) == (6.0, 150.0, True, 1, 2)
    assert (cat.load, cat.load_pct, cat.over_capacity) == (0.0, None, False)
    assert found["Gone but seated"].load == 1.0


def test_split_compares_seats_per_tier_with_six_three_one() -> None:
    tiers = {1: "A", 2: "B", 3: "C", 4: "D", 5: None}
    current = [seat(1, AR, 1), seat(1, SR, 2), seat(2, AR, 1), seat(2, SR, 1), seat(3, AR, 3), seat(4, AR, 1)]
    current += [seat(5, AR, 1), seat(1, FR, 1, end=DAY)]
    split = tier_split(current, tiers)
    assert (split.total, split.outside) == (7, 2)
    rows = {s.tier: s for s in split.shares}
    assert [rows[t].seats for t in "ABC"] == [2, 2, 1]
    assert [rows[t].share for t in "ABC"] == pytest.approx([0.4, 0.4, 0.2])
    assert [rows[t].target for t in "ABC"] == pytest.approx([0.6, 0.3, 0.1])
    assert [rows[t].difference for t in "ABC"] == pytest.approx([-0.2, 0.1, 0.1])
    empty = tier_split([], tiers)
    assert [s.share for s in empty.shares] == [0.0, 0.0, 0.0]


def test_settings_are_validated() -> None:
    TriangleSettings().validate()
    with pytest.raises(ValidationError, match="not a tier"):
        TriangleSettings(required={"E": frozenset()}).validate()
    with pytest.raises(ValidationError, match="0 to 100"):
        TriangleSettings(weights={"A": 101.0}).validate()
    with pytest.raises(ValidationError, match="positive"):
        TriangleSettings(target_split={"A": -1.0, "B": 1.0, "C": 1.0}).validate()

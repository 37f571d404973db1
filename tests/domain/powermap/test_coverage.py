"""Relationship coverage of a power map (pure)."""

from __future__ import annotations

from datetime import date

import pytest

from domain.model import Attitude, BuyingRole, Contact, RelationshipStrength
from domain.powermap import PowerMap
from domain.powermap.coverage import (
    KEY_ROLES,
    CoverageSettings,
    analyse_coverage,
    coverage_by_account,
    split_by_account,
)

AS_OF = date(2026, 6, 30)
RECENT = date(2026, 6, 1)
OLD = date(2025, 12, 1)


def person(contact_id: int, **fields: object) -> Contact:
    fields.setdefault("account_id", 1)
    return Contact(name=f"C{contact_id}", key=f"P{contact_id}", id=contact_id, **fields)  # type: ignore[arg-type]


def power_map(*contacts: Contact, last: dict[int, date] | None = None) -> PowerMap:
    return PowerMap(1, False, contacts=list(contacts), account_names={1: "A"}, last_contact=last or {})


def test_an_empty_map_scores_zero_and_misses_every_key_role() -> None:
    coverage = analyse_coverage(power_map(), AS_OF)
    assert coverage.score == 0
    assert coverage.missing_roles == KEY_ROLES
    assert [p.points for p in coverage.parts] == [0, 0, 0]


def test_a_fully_covered_map_scores_100() -> None:
    healthy = {"owner_id": 1, "strength": RelationshipStrength.STRONG, "influence": 5}
    coverage = analyse_coverage(
        power_map(
            person(1, buying_role=BuyingRole.DECISION_MAKER, **healthy),
            person(2, buying_role=BuyingRole.ECONOMIC_BUYER, **healthy),
            person(3, buying_role=BuyingRole.COACH, attitude=Attitude.CHAMPION, **healthy),
            person(4, influence=1),  # not key: never counted
            last={1: RECENT, 2: RECENT, 3: RECENT},
        ),
        AS_OF,
    )
    assert coverage.score == 100
    assert coverage.missing_roles == ()
    assert coverage.weak == coverage.stale == coverage.uncovered_influential == ()
    assert coverage.key_contacts == (1, 2, 3)


def test_findings_and_the_score_breakdown() -> None:
    coverage = analyse_coverage(
        power_map(
            # Influential, owned, strong but not met for half a year.
            person(1, influence=5, owner_id=1, strength=RelationshipStrength.STRONG, buying_role=BuyingRole.DECISION_MAKER),
            # Influential opponent nobody owns.
            person(2, influence=4, attitude=Attitude.OPPONENT, strength=RelationshipStrength.WEAK),
            # A coach with a working, fresh relationship (date on the contact).
            person(3, influence=2, owner_id=2, strength=RelationshipStrength.WORKING, buying_role=BuyingRole.COACH,
                   last_contact_on=RECENT),
            # Sceptic of little influence: not an influential opponent.
            person(4, influence=2, attitude=Attitude.SCEPTIC),
            last={1: OLD, 3: RECENT},
        ),
        AS_OF,
    )
    assert coverage.influential == (1, 2)
    assert coverage.key_contacts == (1, 2, 3)
    assert coverage.uncovered_influential == (2,)
    assert coverage.weak == (2,)
    assert coverage.stale == (1, 2)
    assert coverage.missing_roles == (BuyingRole.ECONOMIC_BUYER,)
    assert coverage.influential_opponents == (2,)
    owned, roles, relationships = coverage.parts
    assert (owned.covered, owned.total, owned.points) == (1, 2, 20.0)
    assert (roles.covered, roles.total) == (2, 3)
    assert roles.points == pytest.approx(25 * 2 / 3)
    assert (relationships.covered, relationships.total) == (1, 3)
    assert coverage.penalty == 10
    assert coverage.score == round(20 + 25 * 2 / 3 + 35 / 3 - 10)


def test_settings_move_the_thresholds() -> None:
    contacts = (person(1, influence=3, owner_id=1, strength=RelationshipStrength.WORKING),)
    default = analyse_coverage(power_map(*contacts, last={1: OLD}), AS_OF)
    assert default.influential == ()
    lenient = analyse_coverage(
        power_map(*contacts, last={1: OLD}), AS_OF, CoverageSettings(stale_after_days=365, influential_from=3)
    )
    assert lenient.influential == (1,)
    assert lenient.stale == ()


def test_the_penalty_is_capped() -> None:
    opponents = [person(i, influence=5, attitude=Attitude.SCEPTIC) for i in range(1, 6)]
    assert analyse_coverage(power_map(*opponents), AS_OF).penalty == 20


def test_a_group_map_is_split_per_account_and_rolled_up() -> None:
    group = PowerMap(
        1,
        True,
        contacts=[
            person(1, influence=5, owner_id=1, buying_role=BuyingRole.DECISION_MAKER),
            person(2, account_id=2, influence=5, buying_role=BuyingRole.COACH),
        ],
        account_names={1: "Group", 2: "Branch", 3: "Empty branch"},
        last_contact={2: RECENT},
    )
    parts = split_by_account(group)
    assert sorted(parts) == [1, 2, 3]
    assert [c.id for c in parts[2].contacts] == [2]
    assert parts[2].last_contact == {2: RECENT}
    rolled = coverage_by_account(group, AS_OF)
    assert rolled.accounts[1].uncovered_influential == ()
    assert rolled.accounts[2].uncovered_influential == (2,)
    assert rolled.accounts[3].score == 0
    assert rolled.total.uncovered_influential == (2,)
    assert rolled.total.missing_roles == (BuyingRole.ECONOMIC_BUYER,)
    assert rolled.account_names[3] == "Empty branch"


def test_influential_and_uncovered_follow_the_threshold() -> None:
    from domain.model import Contact
    from domain.powermap.coverage import CoverageSettings, is_influential, is_uncovered

    boss = Contact(account_id=1, name="Boss", influence=4)
    assert is_influential(boss)
    assert is_uncovered(boss)
    assert not is_uncovered(Contact(account_id=1, name="Held", influence=5, owner_id=3))
    assert not is_influential(boss, CoverageSettings(influential_from=5))
    assert not is_uncovered(Contact(account_id=1, name="Unknown"))

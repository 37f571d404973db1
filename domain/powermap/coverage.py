"""Relationship coverage: how well our people hold the customer's decision chain.

Pure functions over a :class:`~domain.powermap.PowerMap`. The findings name
contacts by id (the map they came from has the rest) and are what an
account review asks about first:

- **uncovered influential** contacts: influence at or above the threshold
  (default 4 of 5) and no owner on our side;
- **weak** relationships: key contacts whose relationship strength is unknown,
  none or weak;
- **stale** relationships: key contacts not met within ``stale_after_days``
  (default 90) of the as-of day, or never;
- **missing roles**: no economic buyer, no coach and no decision maker
  identified (:data:`KEY_ROLES`);
- **influential opponents**: attitude sceptic or opponent (≤ −1) and
  influence at or above the threshold.

"Key contacts" are the influential ones and the holders of a key role.

The **score** (0-100) adds three weighted shares and subtracts a penalty:

==================  ======  ===================================================
part                weight  share
==================  ======  ===================================================
``owned``           40      influential contacts who have an owner on our side
``roles``           25      key roles (economic buyer, coach, decision maker)
                            held by someone
``relationships``   35      key contacts with a relationship at least
                            *working* and met within ``stale_after_days``
==================  ======  ===================================================

A part with nobody to count (no influential or no key contacts) scores 0:
not knowing who matters is itself the gap. The penalty is 10 points per
influential opponent nobody owns, at most 20: an unwatched opponent can undo
a well-covered map. The score is rounded and kept within 0-100. Weights sum
to 100 so a part's points read as "percent of the score".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from domain.model import Attitude, BuyingRole, Contact, RelationshipStrength
from domain.powermap import PowerMap

KEY_ROLES = (BuyingRole.ECONOMIC_BUYER, BuyingRole.COACH, BuyingRole.DECISION_MAKER)
WEIGHTS = {"owned": 40.0, "roles": 25.0, "relationships": 35.0}
OPPONENT_PENALTY = 10.0
MAX_PENALTY = 20.0


@dataclass(frozen=True, slots=True)
class CoverageSettings:
    """Thresholds of the analysis: a relationship is stale after
    ``stale_after_days`` without contact; a contact is influential from
    ``influential_from`` (of 5)."""

    stale_after_days: int = 90
    influential_from: int = 4


@dataclass(frozen=True, slots=True)
class ScorePart:
    """One weighted part of the score: ``covered`` of ``total`` counted, worth
    ``points`` of its ``weight``."""

    name: str
    weight: float
    covered: int
    total: int

    @property
    def share(self) -> float:
        return self.covered / self.total if self.total else 0.0

    @property
    def points(self) -> float:
        return self.weight * self.share


@dataclass(frozen=True, slots=True)
class Coverage:
    """The coverage analysis of one map (contact ids, ascending)."""

    account_id: int
    as_of: date
    influential: tuple[int, ...] = ()
    key_contacts: tuple[int, ...] = ()
    uncovered_influential: tuple[int, ...] = ()
    weak: tuple[int, ...] = ()
    stale: tuple[int, ...] = ()
    missing_roles: tuple[BuyingRole, ...] = ()
    influential_opponents: tuple[int, ...] = ()
    parts: tuple[ScorePart, ...] = ()
    penalty: float = 0.0
    score: int = 0


@dataclass(frozen=True, slots=True)
class GroupCoverage:
    """Coverage per account under a node of the customer tree, and of the
    whole group taken as one map (``total``)."""

    total: Coverage
    accounts: dict[int, Coverage] = field(default_factory=dict)
    account_names: dict[int, str] = field(default_factory=dict)


def _ids(contacts: list[Contact]) -> tuple[int, ...]:
    return tuple(sorted(c.id for c in contacts if c.id is not None))


def is_influential(contact: Contact, settings: CoverageSettings | None = None) -> bool:
    """Influence at or above the settings' threshold (default 4 of 5)."""
    threshold = (settings or CoverageSettings()).influential_from
    return contact.influence is not None and contact.influence >= threshold


def is_uncovered(contact: Contact, settings: CoverageSettings | None = None) -> bool:
    """Influential, and nobody on our side holds the relationship."""
    return contact.owner_id is None and is_influential(contact, settings)


def analyse_coverage(power_map: PowerMap, as_of: date, settings: CoverageSettings | None = None) -> Coverage:
    """The findings and score of ``power_map`` on day ``as_of`` (see the module docstring)."""
    settings = settings or CoverageSettings()
    contacts = power_map.contacts
    influential = [c for c in contacts if is_influential(c, settings)]
    # Identity sets: a map of thousands of contacts should not compare dataclasses pairwise.
    influential_set = {id(c) for c in influential}
    key = [c for c in contacts if id(c) in influential_set or c.buying_role in KEY_ROLES]
    uncovered = [c for c in influential if c.owner_id is None]
    weak = [c for c in key if c.strength is None or c.strength <= RelationshipStrength.WEAK]
    fresh_from = as_of - timedelta(days=settings.stale_after_days)
    last = power_map.last_contact

    def stale(contact: Contact) -> bool:
        seen = last.get(contact.id) if contact.id is not None else None
        if seen is None:
            seen = contact.last_contact_on
        return seen is None or seen < fresh_from

    stale_contacts = [c for c in key if stale(c)]
    held_roles = {c.buying_role for c in contacts}
    missing = tuple(r for r in KEY_ROLES if r not in held_roles)
    opponents = [c for c in influential if c.attitude is not None and c.attitude <= Attitude.SCEPTIC]
    weak_set = {id(c) for c in weak}
    healthy = [c for c in key if id(c) not in weak_set and not stale(c)]
    parts = (
        ScorePart("owned", WEIGHTS["owned"], len(influential) - len(uncovered), len(influential)),
        ScorePart("roles", WEIGHTS["roles"], len(KEY_ROLES) - len(missing), len(KEY_ROLES)),
        ScorePart("relationships", WEIGHTS["relationships"], len(healthy), len(key)),
    )
    penalty = min(MAX_PENALTY, OPPONENT_PENALTY * sum(1 for c in opponents if c.owner_id is None))
    score = max(0, min(100, round(sum(p.points for p in parts) - penalty)))
    return Coverage(
        account_id=power_map.account_id,
        as_of=as_of,
        influential=_ids(influential),
        key_contacts=_ids(key),
        uncovered_influential=_ids(uncovered),
        weak=_ids(weak),
        stale=_ids(stale_contacts),
        missing_roles=missing,
        influential_opponents=_ids(opponents),
        parts=parts,
        penalty=penalty,
        score=score,
    )


def split_by_account(power_map: PowerMap) -> dict[int, PowerMap]:
    """One map per account of a group map (every account named in it, even
    without contacts); links stay where both ends are in the same account."""
    maps = {
        account_id: PowerMap(
            account_id=account_id,
            whole_group=False,
            owner_names=power_map.owner_names,
            account_names={account_id: name},
        )
        for account_id, name in power_map.account_names.items()
    }
    account_of: dict[int, int] = {}
    for contact in power_map.contacts:
        part = maps.setdefault(contact.account_id, PowerMap(contact.account_id, False))
        part.contacts.append(contact)
        if contact.id is not None:
            account_of[contact.id] = contact.account_id
            if contact.id in power_map.last_contact:
                part.last_contact[contact.id] = power_map.last_contact[contact.id]
    for link in power_map.links:
        home = account_of.get(link.source_id)
        if home is not None and home == account_of.get(link.target_id):
            maps[home].links.append(link)
    return maps


def coverage_by_account(
    group_map: PowerMap, as_of: date, settings: CoverageSettings | None = None
) -> GroupCoverage:
    """Coverage of each account of a group map, and of the group as a whole."""
    accounts = {
        account_id: analyse_coverage(part, as_of, settings)
        for account_id, part in split_by_account(group_map).items()
    }
    return GroupCoverage(analyse_coverage(group_map, as_of, settings), accounts, dict(group_map.account_names))

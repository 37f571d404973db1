"""Snapshots of a power map and what changed between two of them.

A snapshot keeps each contact as names and keys, not ids, so that it still
reads right after the contact, their manager or their owner on our side has
gone. Two snapshots are compared contact by contact, matched by the
contact's key; the current map can be compared too, through
:func:`build_snapshot`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from domain.model import Attitude, BuyingRole, RelationshipLayer, RelationshipStrength
from domain.powermap import PowerMap


@dataclass(frozen=True, slots=True)
class SnapshotEntry:
    """One contact as the snapshot saw them."""

    contact_key: str
    name: str
    title: str = ""
    department: str = ""
    manager_key: str | None = None
    buying_role: BuyingRole | None = None
    influence: int | None = None
    attitude: Attitude | None = None
    layer: RelationshipLayer | None = None
    owner_name: str = ""  # our team member who held the relationship; "" for nobody
    strength: RelationshipStrength | None = None


@dataclass(slots=True)
class Snapshot:
    """An account's power map on ``taken_on``; ``id`` is None until stored
    (and stays None for a snapshot of the current map)."""

    account_id: int
    taken_on: date
    label: str = ""
    entries: list[SnapshotEntry] = field(default_factory=list)
    created_at: datetime | None = None
    id: int | None = None


# The fields a diff compares, in the order changes are listed.
COMPARED = ("attitude", "influence", "owner_name", "buying_role", "strength", "manager_key", "title", "department")


@dataclass(frozen=True, slots=True)
class ContactChange:
    """What changed for one contact found in both snapshots:
    ``changes[field] = (older value, newer value)``, fields as in :data:`COMPARED`."""

    contact_key: str
    name: str
    changes: dict[str, tuple[Any, Any]]


@dataclass(frozen=True, slots=True)
class SnapshotDiff:
    """Who joined, who left and whose standing changed between two snapshots.

    Lists are sorted by name, then key.
    """

    joined: list[SnapshotEntry]
    left: list[SnapshotEntry]
    changed: list[ContactChange]

    @property
    def empty(self) -> bool:
        return not (self.joined or self.left or self.changed)


def build_snapshot(power_map: PowerMap, taken_on: date, label: str = "") -> Snapshot:
    """The snapshot of ``power_map`` as it stands (not stored; ``id`` None)."""
    key_of = {c.id: c.key for c in power_map.contacts}
    entries = [
        SnapshotEntry(
            contact_key=c.key,
            name=c.name,
            title=c.title,
            department=c.department,
            manager_key=key_of.get(c.reports_to_id) if c.reports_to_id is not None else None,
            buying_role=c.buying_role,
            influence=c.influence,
            attitude=c.attitude,
            layer=c.layer,
            owner_name=power_map.owner_names.get(c.owner_id, "") if c.owner_id is not None else "",
            strength=c.strength,
        )
        for c in power_map.contacts
    ]
    entries.sort(key=lambda e: e.contact_key)
    return Snapshot(power_map.account_id, taken_on, label, entries)


def _order(entry: SnapshotEntry) -> tuple[str, str]:
    return entry.name, entry.contact_key


def diff_snapshots(older: Snapshot, newer: Snapshot) -> SnapshotDiff:
    """Compare two snapshots contact by contact, matching contacts by key."""
    before = {e.contact_key: e for e in older.entries}
    after = {e.contact_key: e for e in newer.entries}
    joined = sorted((e for k, e in after.items() if k not in before), key=_order)
    left = sorted((e for k, e in before.items() if k not in after), key=_order)
    changed: list[ContactChange] = []
    for key, new in after.items():
        old = before.get(key)
        if old is None:
            continue
        changes = {
            name: (getattr(old, name), getattr(new, name))
            for name in COMPARED
            if getattr(old, name) != getattr(new, name)
        }
        if changes:
            changed.append(ContactChange(key, new.name, changes))
    changed.sort(key=lambda c: (c.name, c.contact_key))
    return SnapshotDiff(joined, left, changed)

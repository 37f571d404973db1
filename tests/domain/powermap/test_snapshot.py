"""Snapshots of a power map and their differences (pure)."""

from __future__ import annotations

from datetime import date

from domain.model import Attitude, BuyingRole, Contact, RelationshipStrength
from domain.powermap import PowerMap
from domain.powermap.snapshot import Snapshot, SnapshotEntry, build_snapshot, diff_snapshots

DAY = date(2026, 3, 1)


def _map() -> PowerMap:
    return PowerMap(
        account_id=1,
        whole_group=False,
        contacts=[
            Contact(1, "Wang", key="P1", id=10, title="CEO", buying_role=BuyingRole.DECISION_MAKER, influence=5),
            Contact(1, "Li", key="P2", id=11, reports_to_id=10, owner_id=3, attitude=Attitude.SUPPORTER),
            Contact(1, "Zhao", key="P3", id=12, reports_to_id=99),  # manager outside the map
        ],
        owner_names={3: "Our AR"},
    )


def test_a_snapshot_of_the_current_map_names_managers_and_owners_by_key_and_name() -> None:
    snapshot = build_snapshot(_map(), DAY, "Q1 review")
    assert snapshot.id is None
    assert (snapshot.account_id, snapshot.taken_on, snapshot.label) == (1, DAY, "Q1 review")
    by_key = {e.contact_key: e for e in snapshot.entries}
    assert by_key["P1"] == SnapshotEntry(
        "P1", "Wang", "CEO", "", None, BuyingRole.DECISION_MAKER, 5, None, None, "", None
    )
    assert by_key["P2"].manager_key == "P1"
    assert by_key["P2"].owner_name == "Our AR"
    assert by_key["P3"].manager_key is None


def test_identical_snapshots_have_no_difference() -> None:
    snapshot = build_snapshot(_map(), DAY)
    assert diff_snapshots(snapshot, snapshot).empty


def test_the_diff_lists_who_joined_who_left_and_what_changed_by_key() -> None:
    older = Snapshot(
        1,
        DAY,
        entries=[
            SnapshotEntry("P1", "Wang", attitude=Attitude.NEUTRAL, influence=3, owner_name=""),
            SnapshotEntry("P2", "Li", manager_key="P1", strength=RelationshipStrength.WEAK),
            SnapshotEntry("P9", "Gone", buying_role=BuyingRole.COACH),
        ],
    )
    newer = Snapshot(
        1,
        date(2026, 6, 1),
        entries=[
            # Renamed but the same person: matched by key, not by name.
            SnapshotEntry("P1", "Wang Wei", attitude=Attitude.CHAMPION, influence=5, owner_name="Our AR"),
            SnapshotEntry("P2", "Li", manager_key=None, strength=RelationshipStrength.STRONG),
            SnapshotEntry("P5", "New", buying_role=BuyingRole.ECONOMIC_BUYER),
        ],
    )

    diff = diff_snapshots(older, newer)

    assert [e.contact_key for e in diff.joined] == ["P5"]
    assert [e.contact_key for e in diff.left] == ["P9"]
    assert [(c.contact_key, c.name) for c in diff.changed] == [("P2", "Li"), ("P1", "Wang Wei")]
    assert diff.changed[1].changes == {
        "attitude": (Attitude.NEUTRAL, Attitude.CHAMPION),
        "influence": (3, 5),
        "owner_name": ("", "Our AR"),
    }
    assert diff.changed[0].changes == {
        "strength": (RelationshipStrength.WEAK, RelationshipStrength.STRONG),
        "manager_key": ("P1", None),
    }
    assert not diff.empty


def test_a_stored_snapshot_compares_with_the_current_map() -> None:
    stored = build_snapshot(_map(), DAY)
    now = _map()
    now.contacts[0].attitude = Attitude.OPPONENT
    del now.contacts[2]
    diff = diff_snapshots(stored, build_snapshot(now, date(2026, 4, 1)))
    assert [e.name for e in diff.left] == ["Zhao"]
    assert [c.changes for c in diff.changed] == [{"attitude": (None, Attitude.OPPONENT)}]

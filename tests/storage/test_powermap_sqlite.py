"""Power-map services on real SQLite stores: what the org chart's undo commands rely on."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from domain import services
from domain.errors import (
    DuplicateKeyError,
    DuplicateLinkError,
    NotFoundError,
    ReportingCycleError,
    ValidationError,
)
from domain.model import (
    Attitude,
    BuyingRole,
    Contact,
    ContactLink,
    Interaction,
    InteractionKind,
    LinkKind,
    RelationshipLayer,
    RelationshipStrength,
    TeamMember,
)
from domain.powermap import services as pm
from domain.powermap.coverage import CoverageSettings
from domain.powermap.snapshot import build_snapshot, diff_snapshots
from storage.store import SqlStore, open_store

DAY = date(2026, 6, 30)


@pytest.fixture
def org(store: SqlStore) -> dict[str, int]:
    """Group G with branch B; in G: boss <- (ann, bob), ann <- cat; in B: dan. One team member."""
    uow = store.unit_of_work
    group = services.create_account(uow(), "Group", key="G").id
    branch = services.create_account(uow(), "Branch", parent_id=group, key="B").id
    assert group is not None
    assert branch is not None
    with uow() as u:
        member = u.team.add(TeamMember("Our AR", key="T1"))
        u.commit()
    boss = pm.add_contact(uow(), Contact(group, "Boss", influence=5, owner_id=member)).id
    ann = pm.add_contact(uow(), Contact(group, "Ann", reports_to_id=boss)).id
    bob = pm.add_contact(uow(), Contact(group, "Bob", reports_to_id=boss)).id
    cat = pm.add_contact(uow(), Contact(group, "Cat", reports_to_id=ann)).id
    dan = pm.add_contact(uow(), Contact(branch, "Dan", reports_to_id=boss)).id
    people = {"boss": boss, "ann": ann, "bob": bob, "cat": cat, "dan": dan}
    assert all(i is not None for i in people.values())
    return {"group": group, "branch": branch, "member": member, **people}  # type: ignore[dict-item]


def managers(store: SqlStore) -> dict[str, int | None]:
    with store.unit_of_work() as uow:
        contacts = uow.contacts.all()
    name = {c.id: c.name for c in contacts}
    return {c.name: name.get(c.reports_to_id) for c in contacts}  # type: ignore[misc]


def test_contacts_keep_every_power_map_field(store: SqlStore, org: dict[str, int]) -> None:
    added = pm.add_contact(
        store.unit_of_work(),
        Contact(
            org["group"],
            "  Eve  ",
            title="CFO",
            secondary_manager_id=org["ann"],
            buying_role=BuyingRole.ECONOMIC_BUYER,
            influence=4,
            attitude=Attitude.SCEPTIC,
            layer=RelationshipLayer.KEY_PERSON,
            owner_id=org["member"],
            strength=RelationshipStrength.WORKING,
            last_contact_on=date(2026, 5, 1),
        ),
    )
    assert added.id is not None
    assert added.name == "Eve"
    assert added.key == f"P{added.id:06d}"
    with store.unit_of_work() as uow:
        assert uow.contacts.get(added.id) == added
        assert [c for c in uow.contacts.all() if c.id == added.id] == [added]
        assert [c for c in uow.contacts.for_accounts([org["group"]]) if c.id == added.id] == [added]


def test_update_returns_old_values_and_validates(store: SqlStore, org: dict[str, int]) -> None:
    uow = store.unit_of_work
    old = pm.update_contact(uow(), org["ann"], {"influence": 4, "attitude": 2, "buying_role": "coach"})
    assert old == {"influence": None, "attitude": None, "buying_role": None}
    with uow() as u:
        ann = u.contacts.get(org["ann"])
    assert ann is not None
    assert (ann.influence, ann.attitude, ann.buying_role) == (4, Attitude.CHAMPION, BuyingRole.COACH)
    # Undo: the old values go back the same way.
    pm.update_contact(uow(), org["ann"], old)
    with uow() as u:
        restored = u.contacts.get(org["ann"])
    assert restored is not None
    assert restored.influence is None
    assert restored.buying_role is None

    for changes, field in [
        ({"influence": 6}, "influence"),
        ({"influence": 0}, "influence"),
        ({"strength": 9}, "strength"),
        ({"attitude": "friendly"}, "attitude"),
        ({"name": " "}, "name"),
        ({"reports_to_id": org["bob"]}, "reports_to_id"),
        ({"title": "x" * 201}, "title"),
    ]:
        with pytest.raises(ValidationError) as caught:
            pm.update_contact(uow(), org["ann"], changes)
        assert caught.value.field == field
    with pytest.raises(DuplicateKeyError):
        pm.update_contact(uow(), org["ann"], {"key": "P000001"})
    with pytest.raises(NotFoundError):
        pm.update_contact(uow(), org["ann"], {"owner_id": 999})
    with pytest.raises(ReportingCycleError):
        pm.update_contact(uow(), org["ann"], {"secondary_manager_id": org["ann"]})
    with pytest.raises(NotFoundError):
        pm.update_contact(uow(), 999, {"title": "x"})
    with uow() as u:
        assert u.contacts.get(org["ann"]) == restored  # nothing refused was written


def test_set_manager_refuses_cycles_and_returns_the_old_manager(store: SqlStore, org: dict[str, int]) -> None:
    uow = store.unit_of_work
    assert pm.set_manager(uow(), org["cat"], org["bob"]) == org["ann"]
    assert managers(store)["Cat"] == "Bob"
    assert pm.set_manager(uow(), org["cat"], None) == org["bob"]
    assert managers(store)["Cat"] is None
    with pytest.raises(ReportingCycleError, match="themselves"):
        pm.set_manager(uow(), org["ann"], org["ann"])
    pm.set_manager(uow(), org["cat"], org["ann"])
    with pytest.raises(ReportingCycleError):
        pm.set_manager(uow(), org["boss"], org["cat"])  # cat -> ann -> boss
    with pytest.raises(NotFoundError):
        pm.set_manager(uow(), org["ann"], 999)
    assert managers(store) == {"Boss": None, "Ann": "Boss", "Bob": "Boss", "Cat": "Ann", "Dan": "Boss"}


def test_set_managers_is_all_or_nothing_and_checks_the_final_state(store: SqlStore, org: dict[str, int]) -> None:
    uow = store.unit_of_work
    before = managers(store)
    # Swapping a manager and a report is a loop: nothing changes.
    with pytest.raises(ReportingCycleError):
        pm.set_managers(uow(), {org["ann"]: org["cat"], org["bob"]: org["ann"]})
    assert managers(store) == before
    # Moving the boss under ann while ann moves to the root is fine as a whole.
    old = pm.set_managers(uow(), {org["ann"]: None, org["boss"]: org["ann"]})
    assert old == {org["ann"]: org["boss"], org["boss"]: None}
    assert managers(store)["Boss"] == "Ann"
    pm.set_managers(uow(), old)
    assert managers(store) == before


def test_delete_moves_reports_up_and_restore_puts_everything_back(store: SqlStore, org: dict[str, int]) -> None:
    uow = store.unit_of_work
    pm.update_contact(uow(), org["bob"], {"secondary_manager_id": org["ann"]})
    link = pm.add_link(uow(), ContactLink(org["ann"], org["boss"], LinkKind.INFLUENCE, 2, "golf"))
    other = pm.add_link(uow(), ContactLink(org["bob"], org["cat"], LinkKind.CONFLICT))
    with uow() as u:
        u.interactions.add_many([Interaction(org["group"], DAY, InteractionKind.VISIT, contact_id=org["ann"])])
        u.commit()
    with uow() as u:
        before_contacts = u.contacts.all()
        before_links = u.links.all()
        before_interactions = u.interactions.all()

    removed = pm.delete_contact(uow(), org["ann"])

    assert removed.reports == [org["cat"]]
    assert removed.dotted_reports == [org["bob"]]
    assert removed.links == [link]
    assert managers(store)["Cat"] == "Boss"
    with uow() as u:
        assert u.links.all() == [other]
        assert [i.contact_id for i in u.interactions.all()] == [None]
        assert u.contacts.get(org["bob"]).secondary_manager_id is None  # type: ignore[union-attr]

    pm.restore_contact(uow(), removed)

    with uow() as u:
        assert u.contacts.all() == before_contacts
        assert u.links.all() == before_links
        assert u.interactions.all() == before_interactions


def test_links_refuse_self_duplicates_and_bad_strength(store: SqlStore, org: dict[str, int]) -> None:
    uow = store.unit_of_work
    link = pm.add_link(uow(), ContactLink(org["ann"], org["bob"], LinkKind.CONFLICT))
    assert link.id is not None
    with pytest.raises(ValidationError, match="themselves"):
        pm.add_link(uow(), ContactLink(org["ann"], org["ann"], LinkKind.INFLUENCE))
    with pytest.raises(DuplicateLinkError):
        pm.add_link(uow(), ContactLink(org["bob"], org["ann"], LinkKind.CONFLICT))  # undirected
    with pytest.raises(ValidationError):
        pm.add_link(uow(), ContactLink(org["ann"], org["cat"], LinkKind.INFLUENCE, strength=4))
    with pytest.raises(NotFoundError):
        pm.add_link(uow(), ContactLink(org["ann"], 999, LinkKind.INFLUENCE))
    # Influence has a direction: both ways are two links.
    pm.add_link(uow(), ContactLink(org["ann"], org["bob"], LinkKind.INFLUENCE))
    pm.add_link(uow(), ContactLink(org["bob"], org["ann"], LinkKind.INFLUENCE))

    assert pm.update_link(uow(), link.id, {"strength": 3, "note": "budget"}) == {"strength": 1, "note": ""}
    with pytest.raises(DuplicateLinkError):
        pm.update_link(uow(), link.id, {"kind": LinkKind.INFLUENCE})
    removed = pm.delete_link(uow(), link.id)
    assert removed.strength == 3
    pm.restore_link(uow(), removed)
    with uow() as u:
        assert u.links.get(link.id) == removed


def test_load_power_map_of_an_account_or_a_whole_group(store: SqlStore, org: dict[str, int]) -> None:
    uow = store.unit_of_work
    pm.update_contact(uow(), org["bob"], {"last_contact_on": date(2026, 1, 1)})
    pm.update_contact(uow(), org["cat"], {"last_contact_on": date(2026, 5, 1)})
    with uow() as u:
        u.interactions.add_many(
            [
                Interaction(org["group"], date(2026, 3, 1), InteractionKind.CALL, contact_id=org["bob"]),
                Interaction(org["group"], date(2026, 2, 1), InteractionKind.CALL, contact_id=org["cat"]),
            ]
        )
        u.commit()
    pm.add_link(uow(), ContactLink(org["ann"], org["dan"], LinkKind.INFLUENCE))
    pm.add_link(uow(), ContactLink(org["ann"], org["bob"], LinkKind.INFLUENCE))

    one = pm.load_power_map(uow(), org["group"])
    assert [c.name for c in one.contacts] == ["Boss", "Ann", "Bob", "Cat"]
    assert len(one.links) == 1  # the link to Dan leaves the map
    assert one.owner_names == {org["member"]: "Our AR"}
    assert one.account_names == {org["group"]: "Group"}
    assert one.last_contact == {org["bob"]: date(2026, 3, 1), org["cat"]: date(2026, 5, 1)}
    assert not one.whole_group

    group = pm.load_power_map(uow(), org["group"], whole_group=True)
    assert [c.name for c in group.contacts] == ["Boss", "Ann", "Bob", "Cat", "Dan"]
    assert len(group.links) == 2
    assert group.account_names == {org["group"]: "Group", org["branch"]: "Branch"}
    assert group.whole_group

    branch = pm.load_power_map(uow(), org["branch"])
    assert [c.reports_to_id for c in branch.contacts] == [org["boss"]]  # a manager outside the map
    with pytest.raises(NotFoundError):
        pm.load_power_map(uow(), 999)


def test_snapshots_are_stored_listed_compared_and_deleted(store: SqlStore, org: dict[str, int]) -> None:
    uow = store.unit_of_work
    first = pm.take_snapshot(uow(), org["group"], date(2026, 1, 1), " Kick-off ")
    assert first.id is not None
    assert first.label == "Kick-off"
    assert {e.name for e in first.entries} == {"Boss", "Ann", "Bob", "Cat"}
    pm.update_contact(uow(), org["ann"], {"attitude": Attitude.OPPONENT})
    pm.delete_contact(uow(), org["bob"])
    second = pm.take_snapshot(uow(), org["group"], date(2026, 4, 1))

    listed = pm.list_snapshots(uow(), org["group"])
    assert [s.id for s in listed] == [first.id, second.id]
    assert listed[0].entries == first.entries
    diff = diff_snapshots(listed[0], listed[1])
    assert [e.name for e in diff.left] == ["Bob"]
    assert [(c.name, c.changes) for c in diff.changed] == [("Ann", {"attitude": (None, Attitude.OPPONENT)})]
    assert diff_snapshots(listed[1], build_snapshot(pm.load_power_map(uow(), org["group"]), DAY)).empty

    removed = pm.delete_snapshot(uow(), first.id)
    assert [s.id for s in pm.list_snapshots(uow(), org["group"])] == [second.id]
    pm.restore_snapshot(uow(), removed)
    assert pm.list_snapshots(uow(), org["group"])[0] == removed
    # Snapshots go with their account.
    services.delete_account(uow(), org["group"], lift_children=True)
    with uow() as u:
        assert u.snapshots.all() == []


def test_group_coverage_and_stored_settings(store: SqlStore, org: dict[str, int]) -> None:
    uow = store.unit_of_work
    pm.update_contact(uow(), org["dan"], {"influence": 4, "attitude": Attitude.OPPONENT})
    result = pm.group_coverage(uow(), org["group"], DAY)
    assert set(result.accounts) == {org["group"], org["branch"]}
    assert result.accounts[org["branch"]].influential_opponents == (org["dan"],)
    assert result.total.influential == (org["boss"], org["dan"])
    assert result.total.uncovered_influential == (org["dan"],)

    assert pm.load_coverage_settings(uow()) == CoverageSettings()
    assert pm.save_coverage_settings(uow(), CoverageSettings(30, 5)) == CoverageSettings()
    assert pm.load_coverage_settings(uow()) == CoverageSettings(30, 5)
    assert pm.group_coverage(uow(), org["group"], DAY).total.influential == (org["boss"],)
    with pytest.raises(ValidationError):
        pm.save_coverage_settings(uow(), CoverageSettings(0, 4))


def test_deleting_a_team_member_or_a_manager_clears_the_reference(tmp_path: Path) -> None:
    store = open_store(tmp_path / "refs.sqlite")
    uow = store.unit_of_work
    account = services.create_account(uow(), "A").id
    assert account is not None
    with uow() as u:
        member = u.team.add(TeamMember("Leaver"))
        u.commit()
    boss = pm.add_contact(uow(), Contact(account, "Boss")).id
    report = pm.add_contact(uow(), Contact(account, "R", secondary_manager_id=boss, owner_id=member)).id
    assert boss is not None
    assert report is not None
    with uow() as u:
        u.contacts.delete([boss])
        u.commit()
    with uow() as u:
        kept = u.contacts.get(report)
    assert kept is not None
    assert kept.secondary_manager_id is None
    assert kept.owner_id == member
    store.close()


def test_deleting_an_account_and_undoing_it_keeps_links_and_snapshots(store: SqlStore, org: dict[str, int]) -> None:
    uow = store.unit_of_work
    pm.update_contact(uow(), org["dan"], {"secondary_manager_id": org["ann"], "owner_id": org["member"]})
    pm.add_link(uow(), ContactLink(org["ann"], org["dan"], LinkKind.INFLUENCE))
    pm.add_link(uow(), ContactLink(org["bob"], org["cat"], LinkKind.CONFLICT))
    pm.take_snapshot(uow(), org["group"], DAY, "before")
    pm.take_snapshot(uow(), org["branch"], DAY)
    with uow() as u:
        before = (u.contacts.all(), u.links.all(), u.snapshots.all())

    removed = services.delete_account(uow(), org["group"], lift_children=False)
    with uow() as u:
        assert (u.contacts.all(), u.links.all(), u.snapshots.all()) == ([], [], [])
    services.restore_accounts(uow(), removed)

    with uow() as u:
        assert (u.contacts.all(), u.links.all(), u.snapshots.all()) == before


def test_the_demo_portfolio_has_a_power_map_to_show(demo_store: SqlStore) -> None:
    with demo_store.unit_of_work() as uow:
        contacts = uow.contacts.all()
        links = uow.links.all()
        team = {m.id for m in uow.team.all()}
    assert links
    assert all(c.buying_role is BuyingRole.DECISION_MAKER for c in contacts if c.reports_to_id is None)
    assert {c.owner_id for c in contacts if c.owner_id is not None} <= team
    assert any(c.buying_role is BuyingRole.COACH for c in contacts)
    account = contacts[0].account_id
    coverage = pm.group_coverage(demo_store.unit_of_work(), account, DAY)
    assert 0 <= coverage.total.score <= 100

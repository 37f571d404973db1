"""Power-map actions as service functions, one user action each.

The org chart's and the power grid's undo commands call these; each returns
what undoing it needs (the old values, the removed records). Every function
opens ``with uow:`` itself and commits only when the whole action succeeded;
bad input raises a :class:`~domain.errors.DomainError` subclass with a plain
message and nothing is written.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from domain import tree
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
    LinkKind,
    RelationshipLayer,
    RelationshipStrength,
    TeamMember,
)
from domain.ports import UnitOfWork
from domain.powermap import PowerMap
from domain.powermap.coverage import CoverageSettings, GroupCoverage, coverage_by_account
from domain.powermap.snapshot import Snapshot, build_snapshot

MAX_TEXT = 200
MAX_NOTES = 20_000

# Fields update_contact may change; the reporting line changes through set_manager.
EDITABLE_FIELDS = (
    "key",
    "name",
    "title",
    "department",
    "email",
    "phone",
    "notes",
    "secondary_manager_id",
    "buying_role",
    "influence",
    "attitude",
    "layer",
    "owner_id",
    "strength",
    "last_contact_on",
)
_ENUMS: dict[str, type[Any]] = {
    "buying_role": BuyingRole,
    "attitude": Attitude,
    "layer": RelationshipLayer,
    "strength": RelationshipStrength,
}
_TEXT_LIMITS = {
    "key": MAX_TEXT,
    "name": MAX_TEXT,
    "title": MAX_TEXT,
    "department": MAX_TEXT,
    "email": 320,
    "phone": 64,
    "notes": MAX_NOTES,
}


@dataclass
class RemovedContact:
    """Everything :func:`delete_contact` changed, so that :func:`restore_contact`
    can put it back: the contact itself (with id and key), the direct reports
    that moved up to its manager, the contacts that had it as dotted-line
    manager, its links, and the interactions that named it."""

    contact: Contact
    reports: list[int] = field(default_factory=list)
    dotted_reports: list[int] = field(default_factory=list)
    links: list[ContactLink] = field(default_factory=list)
    interactions: list[int] = field(default_factory=list)


# -- reading ----------------------------------------------------------------------------------------


def load_power_map(uow: UnitOfWork, account_id: int, *, whole_group: bool = False) -> PowerMap:
    """The people of one account, or with ``whole_group`` of the account and
    every account below it in the customer tree.

    Links come when both their ends are in the map. ``last_contact`` holds,
    per contact, the later of the date entered on the contact and its latest
    interaction (contacts with neither are left out). Raises
    :class:`NotFoundError` for an unknown account.
    """
    with uow:
        if whole_group:
            parent_of = uow.accounts.subtree_parent_map(account_id)
            if account_id not in parent_of:
                raise NotFoundError("The account no longer exists.", account_id=account_id)
            account_ids = tree.subtree(parent_of, account_id)
        else:
            account_ids = [account_id]
        names = uow.accounts.names(account_ids)
        if account_id not in names:
            raise NotFoundError("The account no longer exists.", account_id=account_id)
        contacts = uow.contacts.for_accounts(account_ids)
        ids = {c.id for c in contacts if c.id is not None}
        links = [k for k in uow.links.for_contacts(ids) if k.source_id in ids and k.target_id in ids]
        latest = uow.interactions.latest_by_contact(ids)
        owners = {c.owner_id for c in contacts if c.owner_id is not None}
        owner_names = {m.id: m.name for m in uow.team.all() if m.id in owners} if owners else {}
    last_contact: dict[int, date] = {}
    for contact in contacts:
        assert contact.id is not None
        days = [d for d in (contact.last_contact_on, latest.get(contact.id)) if d is not None]
        if days:
            last_contact[contact.id] = max(days)
    return PowerMap(
        account_id=account_id,
        whole_group=whole_group,
        contacts=contacts,
        links=links,
        owner_names=owner_names,
        account_names=names,
        last_contact=last_contact,
    )


def team_members(uow: UnitOfWork) -> list[TeamMember]:
    """Our own people who can hold a relationship, by name (inactive ones included,
    so that a contact they still hold shows who it is)."""
    with uow:
        members = uow.team.all()
    return sorted(members, key=lambda m: (m.name.casefold(), m.id or 0))


# -- contacts -----------------------------------------------------------------------------------------


def _require(uow: UnitOfWork, contact_id: int) -> Contact:
    contact = uow.contacts.get(contact_id)
    if contact is None:
        raise NotFoundError("The contact no longer exists.", contact_id=contact_id)
    return contact


def _coerce(name: str, value: Any) -> Any:
    """The value a field holds, converted from its plain form (an enum's value)
    when needed; raises ValidationError for a value the field cannot hold."""
    enum_type = _ENUMS.get(name)
    if enum_type is not None and value is not None and not isinstance(value, enum_type):
        try:
            return enum_type(value)
        except (ValueError, TypeError):
            choices = ", ".join(str(m.value) for m in enum_type)
            raise ValidationError(
                name, f"'{value}' is not one of {choices}.", value=str(value), reason="unknown"
            ) from None
    if name in _TEXT_LIMITS and isinstance(value, str):
        return value.strip() if _TEXT_LIMITS[name] == MAX_TEXT else value
    return value


def validate_contact(contact: Contact) -> None:
    """Raise :class:`ValidationError` if ``contact`` breaks a field rule:
    a name, texts within their length, influence a whole number 1-5, the
    enum fields holding members of their enums
    and a last contact that is a date."""
    if not contact.name.strip():
        raise ValidationError("name", "A contact needs a name.", reason="required")
    for name, limit in _TEXT_LIMITS.items():
        value = getattr(contact, name)
        if not isinstance(value, str):
            raise ValidationError(name, "This field holds text.", reason="not_text")
        if len(value) > limit:
            raise ValidationError(name, f"This field holds at most {limit} characters.", limit=limit, reason="too_long")
    influence = contact.influence
    if influence is not None and (
        isinstance(influence, bool) or not isinstance(influence, int) or not 1 <= influence <= 5
    ):
        raise ValidationError(
            "influence", "Influence is a whole number from 1 to 5.", value=str(influence), reason="out_of_range"
        )
    for name, enum_type in _ENUMS.items():
        value = getattr(contact, name)
        if value is not None and not isinstance(value, enum_type):
            raise ValidationError(name, f"'{value}' is not a valid {name.replace('_', ' ')}.", reason="unknown")
    if contact.last_contact_on is not None and not isinstance(contact.last_contact_on, date):
        raise ValidationError("last_contact_on", "The last contact is a date.", reason="not_date")
    if contact.id is not None and contact.secondary_manager_id == contact.id:
        raise ReportingCycleError("A contact cannot be their own dotted-line manager.", contact_id=contact.id)


def _check_references(uow: UnitOfWork, contact: Contact) -> None:
    """The owner, the managers and the account a contact names must exist."""
    if not uow.accounts.names([contact.account_id]):
        raise NotFoundError("The account no longer exists.", account_id=contact.account_id)
    for name in ("reports_to_id", "secondary_manager_id"):
        manager = getattr(contact, name)
        if manager is not None and uow.contacts.get(manager) is None:
            raise NotFoundError("The manager no longer exists.", contact_id=manager)
    if contact.owner_id is not None and contact.owner_id not in {m.id for m in uow.team.all()}:
        raise NotFoundError("The team member no longer exists.", member_id=contact.owner_id)


def add_contact(uow: UnitOfWork, contact: Contact) -> Contact:
    """Store a new contact and return it with its id and key.

    An empty key gets one made from the id (``P000123``). Raises
    :class:`ValidationError`, :class:`DuplicateKeyError` or
    :class:`NotFoundError` (account, manager or owner missing).
    """
    contact = dataclasses.replace(
        contact, id=None, **{n: _coerce(n, getattr(contact, n)) for n in ("key", "name", *_ENUMS)}
    )
    validate_contact(contact)
    with uow:
        _check_references(uow, contact)
        if contact.key and uow.contacts.key_in_use(contact.key):
            raise DuplicateKeyError(f"The key '{contact.key}' is already in use.", key=contact.key)
        contact_id = uow.contacts.add(contact)
        stored = _require(uow, contact_id)
        uow.commit()
    return stored


def update_contact(uow: UnitOfWork, contact_id: int, changes: Mapping[str, Any]) -> dict[str, Any]:
    """Change fields of a contact; return the previous values of those fields.

    Fields: see :data:`EDITABLE_FIELDS` (enum fields also take their values,
    e.g. ``"decision_maker"`` or ``2``). The reporting line changes through
    :func:`set_manager`. Raises :class:`ValidationError` for an unknown field
    or a bad value, :class:`DuplicateKeyError`, :class:`NotFoundError`, and
    :class:`ReportingCycleError` for a dotted-line manager that is the contact.
    """
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValidationError(sorted(unknown)[0], "This field cannot be edited here.", reason="unknown")
    values = {n: _coerce(n, v) for n, v in changes.items()}
    with uow:
        contact = _require(uow, contact_id)
        previous = {name: getattr(contact, name) for name in values}
        updated = dataclasses.replace(contact, **values)
        validate_contact(updated)
        if "key" in values and uow.contacts.key_in_use(updated.key, except_id=contact_id):
            raise DuplicateKeyError(f"The key '{updated.key}' is already in use.", key=updated.key)
        _check_references(uow, updated)
        uow.contacts.update_many([updated])
        uow.commit()
    return previous


def _check_reporting(reports_to: Mapping[int, int | None], moved: Iterable[int]) -> None:
    """Raise ReportingCycleError if following the managers up from any of
    ``moved`` comes back to it."""
    for contact_id in moved:
        seen = {contact_id}
        node = reports_to.get(contact_id)
        while node is not None:
            if node in seen:
                if node == contact_id and reports_to.get(contact_id) == contact_id:
                    raise ReportingCycleError("A contact cannot report to themselves.", contact_id=contact_id)
                raise ReportingCycleError(
                    "A contact cannot report to someone who reports to them.", contact_id=contact_id
                )
            seen.add(node)
            node = reports_to.get(node)


def set_manager(uow: UnitOfWork, contact_id: int, manager_id: int | None) -> int | None:
    """Make ``contact_id`` report to ``manager_id`` (``None``: to nobody, a root).

    Returns the previous manager. Raises :class:`ReportingCycleError` when the
    manager is the contact or reports to them (at any depth), and
    :class:`NotFoundError` when either is missing.
    """
    return set_managers(uow, {contact_id: manager_id})[contact_id]


def set_managers(uow: UnitOfWork, managers: Mapping[int, int | None]) -> dict[int, int | None]:
    """Move several contacts at once (``{contact: new manager or None}``), all
    or nothing; returns ``{contact: previous manager}`` (pass it back to undo).

    The check for loops runs over the final state, so swapping two people is
    refused but moving a manager and their report together is not.
    """
    if not managers:
        return {}
    with uow:
        involved = set(managers) | {m for m in managers.values() if m is not None}
        reports_to = uow.contacts.lineage(involved)
        missing = sorted(involved - set(reports_to))
        if missing:
            raise NotFoundError("The contact no longer exists.", contact_id=missing[0])
        previous = {c: reports_to[c] for c in managers}
        final = dict(reports_to)
        final.update(managers)
        _check_reporting(final, managers)
        for contact_id, manager_id in managers.items():
            if previous[contact_id] != manager_id:
                uow.contacts.set_reports_to(contact_id, manager_id)
        uow.commit()
    return previous


def delete_contact(uow: UnitOfWork, contact_id: int) -> RemovedContact:
    """Delete a contact. Their direct reports move up to the contact's own
    manager; dotted lines to them, their links and interactions' reference to
    them are cleared. Returns what :func:`restore_contact` needs."""
    with uow:
        contact = _require(uow, contact_id)
        removed = RemovedContact(
            contact=contact,
            reports=uow.contacts.direct_reports(contact_id),
            dotted_reports=uow.contacts.dotted_reports(contact_id),
            links=uow.links.for_contacts([contact_id]),
            interactions=uow.interactions.with_contact(contact_id),
        )
        for report in removed.reports:
            uow.contacts.set_reports_to(report, contact.reports_to_id)
        uow.contacts.set_secondary_manager(removed.dotted_reports, None)
        uow.interactions.set_contact(removed.interactions, None)
        uow.links.delete([link.id for link in removed.links if link.id is not None])
        uow.contacts.delete([contact_id])
        uow.commit()
    return removed


def restore_contact(uow: UnitOfWork, removed: RemovedContact) -> None:
    """Put back a contact removed by :func:`delete_contact`: the same id and
    key, their reports and dotted-line reports, links and interactions."""
    contact = removed.contact
    assert contact.id is not None, "only a stored contact can be restored"
    with uow:
        uow.contacts.add(contact)
        for report in removed.reports:
            uow.contacts.set_reports_to(report, contact.id)
        uow.contacts.set_secondary_manager(removed.dotted_reports, contact.id)
        uow.interactions.set_contact(removed.interactions, contact.id)
        uow.links.add_many(removed.links)
        uow.commit()


# -- links ------------------------------------------------------------------------------------------


def _same_pair(a: ContactLink, b: ContactLink) -> bool:
    if a.kind is not b.kind:
        return False
    if (a.source_id, a.target_id) == (b.source_id, b.target_id):
        return True
    # A conflict has no direction: A-B and B-A are one line.
    return a.kind is LinkKind.CONFLICT and (a.source_id, a.target_id) == (b.target_id, b.source_id)


def _validate_link(uow: UnitOfWork, link: ContactLink) -> ContactLink:
    kind = link.kind if isinstance(link.kind, LinkKind) else _coerce_link_kind(link.kind)
    link = dataclasses.replace(link, kind=kind, note=link.note.strip())
    if link.source_id == link.target_id:
        raise ValidationError("target_id", "A contact cannot be linked to themselves.", reason="self_link")
    if isinstance(link.strength, bool) or not isinstance(link.strength, int) or not 1 <= link.strength <= 3:
        raise ValidationError(
            "strength", "A link's strength is 1 (weak), 2 (medium) or 3 (strong).", reason="out_of_range"
        )
    if len(link.note) > MAX_NOTES:
        raise ValidationError("note", f"This field holds at most {MAX_NOTES} characters.", reason="too_long")
    for end in (link.source_id, link.target_id):
        if uow.contacts.get(end) is None:
            raise NotFoundError("The contact no longer exists.", contact_id=end)
    for other in uow.links.for_contacts([link.source_id]):
        if other.id != link.id and _same_pair(other, link):
            raise DuplicateLinkError("These two contacts are already linked this way.", link_id=other.id)
    return link


def _coerce_link_kind(value: Any) -> LinkKind:
    try:
        return LinkKind(value)
    except ValueError:
        raise ValidationError("kind", f"'{value}' is not a kind of link.", reason="unknown") from None


def add_link(uow: UnitOfWork, link: ContactLink) -> ContactLink:
    """Store a new link and return it with its id.

    Raises :class:`ValidationError` (a link to self, strength outside 1-3),
    :class:`DuplicateLinkError` (the same pair and kind exists; a conflict
    counts both ways) or :class:`NotFoundError`.
    """
    with uow:
        link = _validate_link(uow, dataclasses.replace(link, id=None))
        link.id = uow.links.add(link)
        uow.commit()
    return link


def update_link(uow: UnitOfWork, link_id: int, changes: Mapping[str, Any]) -> dict[str, Any]:
    """Change a link's ``kind``, ``strength``, ``note`` (or ends); return the old values."""
    unknown = set(changes) - {"source_id", "target_id", "kind", "strength", "note"}
    if unknown:
        raise ValidationError(sorted(unknown)[0], "This field cannot be edited here.", reason="unknown")
    with uow:
        link = uow.links.get(link_id)
        if link is None:
            raise NotFoundError("The link no longer exists.", link_id=link_id)
        previous = {name: getattr(link, name) for name in changes}
        updated = _validate_link(uow, dataclasses.replace(link, **changes))
        uow.links.update(updated)
        uow.commit()
    return previous


def delete_link(uow: UnitOfWork, link_id: int) -> ContactLink:
    """Delete a link; returns it (with its id) for :func:`restore_link`."""
    with uow:
        link = uow.links.get(link_id)
        if link is None:
            raise NotFoundError("The link no longer exists.", link_id=link_id)
        uow.links.delete([link_id])
        uow.commit()
    return link


def restore_link(uow: UnitOfWork, link: ContactLink) -> None:
    """Put back a link removed by :func:`delete_link`, with the same id."""
    with uow:
        uow.links.add_many([link])
        uow.commit()


# -- snapshots --------------------------------------------------------------------------------------


def take_snapshot(uow: UnitOfWork, account_id: int, taken_on: date, label: str = "") -> Snapshot:
    """Store the account's power map as it stands, dated ``taken_on``; return it with its id."""
    label = label.strip()
    if len(label) > MAX_TEXT:
        raise ValidationError("label", f"This field holds at most {MAX_TEXT} characters.", reason="too_long")
    snapshot = build_snapshot(load_power_map(uow, account_id), taken_on, label)
    snapshot.created_at = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    with uow:
        snapshot.id = uow.snapshots.add(snapshot)
        uow.commit()
    return snapshot


def list_snapshots(uow: UnitOfWork, account_id: int) -> list[Snapshot]:
    """The account's stored snapshots with their entries, oldest first."""
    with uow:
        return uow.snapshots.for_account(account_id)


def delete_snapshot(uow: UnitOfWork, snapshot_id: int) -> Snapshot:
    """Delete a snapshot; returns it for :func:`restore_snapshot`."""
    with uow:
        snapshot = uow.snapshots.get(snapshot_id)
        if snapshot is None:
            raise NotFoundError("The snapshot no longer exists.", snapshot_id=snapshot_id)
        uow.snapshots.delete([snapshot_id])
        uow.commit()
    return snapshot


def restore_snapshot(uow: UnitOfWork, snapshot: Snapshot) -> None:
    """Put back a snapshot removed by :func:`delete_snapshot`, with the same id."""
    with uow:
        uow.snapshots.add(snapshot)
        uow.commit()


# -- coverage ---------------------------------------------------------------------------------------

SETTINGS_NAME = "powermap_coverage"


def load_coverage_settings(uow: UnitOfWork) -> CoverageSettings:
    """The coverage thresholds kept with the data (the defaults when none are stored)."""
    with uow:
        text = uow.settings.get(SETTINGS_NAME)
    if not text:
        return CoverageSettings()
    try:
        stored = json.loads(text)
        return CoverageSettings(int(stored["stale_after_days"]), int(stored["influential_from"]))
    except (ValueError, KeyError, TypeError):
        return CoverageSettings()  # unreadable settings fall back to the defaults


def save_coverage_settings(uow: UnitOfWork, settings: CoverageSettings) -> CoverageSettings:
    """Keep new coverage thresholds with the data; returns the previous ones.

    Raises :class:`ValidationError` unless ``stale_after_days`` is 1-3650 and
    ``influential_from`` is 1-5.
    """
    if not 1 <= settings.stale_after_days <= 3650:
        raise ValidationError("stale_after_days", "Stale after 1 to 3650 days.", reason="out_of_range")
    if not 1 <= settings.influential_from <= 5:
        raise ValidationError("influential_from", "Influential from 1 to 5.", reason="out_of_range")
    previous = load_coverage_settings(uow)
    with uow:
        value = {"stale_after_days": settings.stale_after_days, "influential_from": settings.influential_from}
        uow.settings.put(SETTINGS_NAME, json.dumps(value))
        uow.commit()
    return previous


def group_coverage(
    uow: UnitOfWork, account_id: int, as_of: date, settings: CoverageSettings | None = None
) -> GroupCoverage:
    """Coverage of every account under ``account_id`` in the customer tree (the
    account included), and of the group as one map. ``settings`` default to
    the stored ones."""
    if settings is None:
        settings = load_coverage_settings(uow)
    return coverage_by_account(load_power_map(uow, account_id, whole_group=True), as_of, settings)

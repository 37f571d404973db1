"""What the domain needs from a store: repositories behind one unit of work.

``storage`` implements these protocols; tests may implement them in memory.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Protocol

from domain.exchange.table import SheetTable, SheetToWrite
from domain.model import (
    Account,
    AccountNode,
    AccountPlan,
    Assignment,
    Contact,
    ContactLink,
    Interaction,
    PlanAction,
    PlanContents,
    PlanObjective,
    PlanRisk,
    StoreCounts,
    TeamMember,
    Transaction,
)

if TYPE_CHECKING:  # only in annotations: the tier and power-map code loads when used
    from domain.powermap.snapshot import Snapshot
    from domain.tiers.classify import TierChange
    from domain.tiers.health import HistoryEntry
    from domain.tiers.metrics import AccountActivity, ActivityColumns
    from domain.tiers.result import Override, RuleValue, TierResult

Progress = Callable[[int, int], bool]


class AccountRepository(Protocol):
    def get(self, account_id: int) -> Account | None: ...

    def add(self, account: Account) -> int:
        """Insert ``account`` (keeping ``account.id`` if set) and return its id."""
        ...

    def add_many(self, accounts: Iterable[Account]) -> None: ...

    def all(self) -> list[Account]: ...

    def update(self, account: Account) -> None: ...

    def update_many(self, accounts: Iterable[Account]) -> None: ...

    def delete(self, account_ids: Collection[int]) -> None: ...

    def set_parent(self, account_ids: Collection[int], parent_id: int | None) -> None: ...

    def parent_map(self) -> dict[int, int | None]: ...

    def subtree_parent_map(self, root_id: int) -> dict[int, int | None]:
        """``{id: parent}`` for ``root_id`` and everything below it; the root maps
        to ``None``. Empty if the account does not exist."""
        ...

    def lineage(self, account_ids: Collection[int]) -> dict[int, int | None]:
        """``{id: parent}`` for the given accounts and all their ancestors."""
        ...

    def children(
        self,
        parent_id: int | None,
        only: Collection[int] | None = None,
        after: tuple[str, int] | None = None,
        limit: int | None = None,
    ) -> list[AccountNode]:
        """The direct children of ``parent_id`` (roots for ``None``) sorted by name (see TreeQueries)."""
        ...

    def search(self, text: str) -> list[int]:
        """Ids whose name, key or industry contains ``text`` (case-insensitive)."""
        ...

    def with_tiers(self, tiers: Collection[str | None]) -> list[int]:
        """Ids of the accounts whose applied tier is one of ``tiers`` (``None``: not classified)."""
        ...

    def by_key(self, key: str) -> Account | None: ...

    def key_in_use(self, key: str, except_id: int | None = None) -> bool: ...

    def max_id(self) -> int: ...

    def annual_revenue(self, account_ids: Collection[int]) -> dict[int, Decimal | None]: ...

    def names(self, account_ids: Collection[int]) -> dict[int, str]:
        """``{id: name}`` of the given accounts that exist."""
        ...


class ContactRepository(Protocol):
    def get(self, contact_id: int) -> Contact | None: ...

    def add(self, contact: Contact) -> int:
        """Insert ``contact`` (keeping its id if set; a key from the id if it has none) and return its id."""
        ...

    def add_many(self, contacts: Iterable[Contact]) -> None: ...

    def all(self, after_id: int = 0, limit: int | None = None) -> list[Contact]:
        """Records by id: all of them, or at most ``limit`` with ids after ``after_id``."""
        ...

    def update_many(self, contacts: Iterable[Contact]) -> None: ...

    def for_accounts(self, account_ids: Collection[int]) -> list[Contact]: ...

    def delete(self, contact_ids: Collection[int]) -> None:
        """Delete contacts; reporting lines and interactions pointing at them are cleared, links go."""
        ...

    def key_in_use(self, key: str, except_id: int | None = None) -> bool: ...

    def set_reports_to(self, contact_id: int, manager_id: int | None) -> None: ...

    def set_secondary_manager(self, contact_ids: Collection[int], manager_id: int | None) -> None: ...

    def direct_reports(self, manager_id: int) -> list[int]:
        """Ids of the contacts reporting to ``manager_id`` (solid line), ascending."""
        ...

    def dotted_reports(self, manager_id: int) -> list[int]:
        """Ids of the contacts whose secondary (dotted-line) manager is ``manager_id``."""
        ...

    def lineage(self, contact_ids: Collection[int]) -> dict[int, int | None]:
        """``{id: reports_to}`` for the given contacts and every manager above them."""
        ...

    def max_id(self) -> int: ...


class ContactLinkRepository(Protocol):
    """Informal links between contacts (power map)."""

    def get(self, link_id: int) -> ContactLink | None: ...

    def add(self, link: ContactLink) -> int: ...

    def add_many(self, links: Iterable[ContactLink]) -> None: ...

    def update(self, link: ContactLink) -> None: ...

    def update_many(self, links: Iterable[ContactLink]) -> None: ...

    def delete(self, link_ids: Collection[int]) -> None: ...

    def all(self) -> list[ContactLink]: ...

    def for_contacts(self, contact_ids: Collection[int]) -> list[ContactLink]:
        """Links with either end among ``contact_ids``, by id."""
        ...


class SnapshotRepository(Protocol):
    """Stored power-map snapshots, each with its entries."""

    def add(self, snapshot: Snapshot) -> int: ...

    def add_many(self, snapshots: Iterable[Snapshot]) -> None: ...

    def get(self, snapshot_id: int) -> Snapshot | None: ...

    def for_account(self, account_id: int) -> list[Snapshot]:
        """The account's snapshots, oldest first (by day taken, then id)."""
        ...

    def for_accounts(self, account_ids: Collection[int]) -> list[Snapshot]: ...

    def all(self) -> list[Snapshot]: ...

    def delete(self, snapshot_ids: Collection[int]) -> None: ...


class TeamRepository(Protocol):
    def add(self, member: TeamMember) -> int: ...

    def add_many(self, members: Iterable[TeamMember]) -> None: ...

    def update_many(self, members: Iterable[TeamMember]) -> None: ...

    def all(self) -> list[TeamMember]:
        """Every member, by name then id."""
        ...

    def get(self, member_id: int) -> TeamMember | None: ...

    def key_in_use(self, key: str, except_id: int | None = None) -> bool: ...

    def delete(self, member_ids: Collection[int]) -> None:
        """Remove members; contacts they owned keep no owner."""
        ...


class AssignmentRepository(Protocol):
    """Iron-triangle seats with their history."""

    def get(self, assignment_id: int) -> Assignment | None: ...

    def add(self, assignment: Assignment) -> int:
        """Insert (keeping ``assignment.id`` if set) and return the id."""
        ...

    def add_many(self, assignments: Iterable[Assignment]) -> None: ...

    def update(self, assignment: Assignment) -> None: ...

    def update_many(self, assignments: Iterable[Assignment]) -> None: ...

    def delete(self, assignment_ids: Collection[int]) -> None: ...

    def all(self) -> list[Assignment]:
        """Every assignment, by account, role, start and id."""
        ...

    def for_accounts(self, account_ids: Collection[int]) -> list[Assignment]:
        """The accounts' assignments, current and past, ordered as :meth:`all`."""
        ...

    def current(self) -> list[Assignment]:
        """The assignments still held (no end), ordered as :meth:`all`."""
        ...

    def current_for_member(self, member_id: int) -> list[Assignment]: ...


class PlanRepository(Protocol):
    """Account plans with their objectives, actions and risks.

    Deleting a plan deletes what is under it; deleting an objective deletes
    its actions."""

    def get(self, plan_id: int) -> AccountPlan | None: ...

    def find(self, account_id: int, period: str) -> AccountPlan | None: ...

    def all(self) -> list[AccountPlan]:
        """Every plan, by account then period."""
        ...

    def for_accounts(self, account_ids: Collection[int]) -> list[AccountPlan]: ...

    def add(self, plan: AccountPlan) -> int: ...

    def add_many(self, plans: Iterable[AccountPlan]) -> None:
        """Insert plans (keeping ids that are set)."""
        ...

    def update(self, plan: AccountPlan) -> None: ...

    def update_many(self, plans: Iterable[AccountPlan]) -> None: ...

    def delete(self, plan_ids: Collection[int]) -> None: ...

    def contents(self, plan_ids: Collection[int]) -> list[PlanContents]:
        """The plans with their objectives, actions and risks (each by id), in plan-id order."""
        ...

    def all_objectives(self) -> list[PlanObjective]: ...

    def all_actions(self) -> list[PlanAction]: ...

    def all_risks(self) -> list[PlanRisk]: ...

    def get_objective(self, objective_id: int) -> PlanObjective | None: ...

    def get_action(self, action_id: int) -> PlanAction | None: ...

    def get_risk(self, risk_id: int) -> PlanRisk | None: ...

    def add_objectives(self, objectives: Iterable[PlanObjective]) -> list[int]:
        """Insert (keeping ids that are set) and return the ids, in order."""
        ...

    def add_actions(self, actions: Iterable[PlanAction]) -> list[int]: ...

    def add_risks(self, risks: Iterable[PlanRisk]) -> list[int]: ...

    def update_objectives(self, objectives: Iterable[PlanObjective]) -> None: ...

    def update_actions(self, actions: Iterable[PlanAction]) -> None: ...

    def update_risks(self, risks: Iterable[PlanRisk]) -> None: ...

    def delete_objectives(self, objective_ids: Collection[int]) -> None: ...

    def delete_actions(self, action_ids: Collection[int]) -> None: ...

    def delete_risks(self, risk_ids: Collection[int]) -> None: ...


class TransactionRepository(Protocol):
    def add_many(self, transactions: Iterable[Transaction]) -> None: ...

    def all(self, after_id: int = 0, limit: int | None = None) -> list[Transaction]:
        """Records by id: all of them, or at most ``limit`` with ids after ``after_id``."""
        ...

    def update_many(self, transactions: Iterable[Transaction]) -> None: ...

    def by_keys(self, keys: Collection[str]) -> list[Transaction]:
        """The stored records with these keys (in no particular order)."""
        ...

    def max_id(self) -> int:
        """The highest id in use (0 when there is none)."""
        ...

    def for_accounts(self, account_ids: Collection[int]) -> list[Transaction]: ...

    def totals(self, account_ids: Collection[int]) -> dict[int, tuple[int, Decimal]]:
        """``{account_id: (order count, amount)}`` for accounts with orders."""
        ...


class InteractionRepository(Protocol):
    def add_many(self, interactions: Iterable[Interaction]) -> None: ...

    def all(self, after_id: int = 0, limit: int | None = None) -> list[Interaction]:
        """Records by id: all of them, or at most ``limit`` with ids after ``after_id``."""
        ...

    def update_many(self, interactions: Iterable[Interaction]) -> None: ...

    def by_keys(self, keys: Collection[str]) -> list[Interaction]:
        """The stored records with these keys (in no particular order)."""
        ...

    def max_id(self) -> int:
        """The highest id in use (0 when there is none)."""
        ...

    def for_accounts(self, account_ids: Collection[int]) -> list[Interaction]: ...

    def latest_by_contact(self, contact_ids: Collection[int]) -> dict[int, date]:
        """The day of each contact's latest interaction (contacts with none are left out)."""
        ...

    def with_contact(self, contact_id: int) -> list[int]:
        """Ids of the interactions held with ``contact_id``."""
        ...

    def set_contact(self, interaction_ids: Collection[int], contact_id: int | None) -> None: ...


class SettingRepository(Protocol):
    """Named settings kept with the data (JSON text)."""

    def get(self, name: str) -> str | None: ...

    def put(self, name: str, value: str) -> None: ...


class TierRepository(Protocol):
    def apply(self, results: Sequence[TierResult], changes: Sequence[TierChange], *, model: str, on: date) -> None:
        """Store each result's tier and score, and one history row per change."""
        ...

    def set_override(self, override: Override) -> None:
        """Keep the override and make its tier the account's (a history row if it changes)."""
        ...

    def clear_override(self, account_id: int) -> None: ...

    def history(self) -> list[TierHistoryRecord]:
        """Every stored tier change, oldest first."""
        ...

    def overrides(self) -> list[Override]: ...

    def add_history(self, records: Sequence[TierHistoryRecord]) -> None: ...

    def put_overrides(self, overrides: Sequence[Override]) -> None:
        """Store these overrides (replacing an account's earlier one); tiers are not changed."""
        ...


class UnitOfWork(Protocol):
    """One user action: everything done inside commits together or not at all.

    Used as ``with uow_factory() as uow: ...; uow.commit()``; leaving the block
    without ``commit()`` rolls back.
    """

    accounts: AccountRepository
    contacts: ContactRepository
    team: TeamRepository
    transactions: TransactionRepository
    interactions: InteractionRepository
    settings: SettingRepository
    tiers: TierRepository
    links: ContactLinkRepository
    snapshots: SnapshotRepository
    assignments: AssignmentRepository
    plans: PlanRepository

    def __enter__(self) -> UnitOfWork: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def commit(self) -> None: ...

    def rollback(self) -> None: ...

    def defer_references(self) -> None:
        """Check references between records at commit, not per statement, for
        the rest of this unit of work (bulk writes in any order)."""
        ...

    def counts(self) -> StoreCounts: ...


class TreeQueries(Protocol):
    """Read-only queries for the customer tree and the status bar, kept apart
    from the unit of work so the store can answer them as fast as it can."""

    def children(
        self,
        parent_id: int | None,
        only: Collection[int] | None = None,
        after: tuple[str, int] | None = None,
        limit: int | None = None,
    ) -> list[AccountNode]:
        """The direct children of ``parent_id`` (roots for ``None``) sorted by
        (name, id); with ``only``, just those in it, with child counts within
        it. ``after`` and ``limit`` read a page: at most ``limit`` children
        that sort after ``(name, id)`` (ignored with ``only``: all come back)."""
        ...

    def search(self, text: str) -> list[int]:
        """Ids whose name, key or industry contains ``text`` (case-insensitive)."""
        ...

    def with_tiers(self, tiers: Collection[str | None]) -> list[int]:
        """Ids of the accounts whose applied tier is one of ``tiers`` (``None``: not classified)."""
        ...

    def parent_map(self) -> dict[int, int | None]: ...

    def counts(self) -> StoreCounts: ...

    def close(self) -> None: ...


@dataclass(frozen=True, slots=True)
class TierHistoryRecord:
    """One stored change of tier, with what the history row says about it."""

    entry: HistoryEntry
    key: str
    name: str
    model: str
    score: float | None
    reason: str
    reason_code: str = ""
    reason_params: Mapping[str, RuleValue] = field(default_factory=dict)


class TierQueries(Protocol):
    """The reads classification needs (storage implements them)."""

    def activity(
        self, as_of: date, window_months: int, *, payments: bool = True, behaviour: bool = True, previous: bool = True
    ) -> list[AccountActivity]:
        """Every account's aggregates over the window ending ``as_of`` (see AccountActivity).

        ``payments`` (due, on-time, days late), ``behaviour`` (interactions) and
        ``previous`` (the window before) may be left out: their fields are then 0."""
        ...

    def activity_columns(self, as_of: date, window_months: int, *, inputs: Collection[str]) -> ActivityColumns:
        """The same aggregates column by column, reading only ``inputs`` (names of
        :data:`~domain.tiers.metrics.ACTIVITY_INPUTS`) besides identity and window
        revenue; the fields of the others are 0, ``None`` or ``""``. Raises
        ``ValueError`` for an unknown input name."""
        ...

    def current_tiers(self) -> dict[int, str | None]:
        """The applied tier of every account (``None``: never classified)."""
        ...

    def overrides(self) -> list[Override]: ...

    def history(self, account_id: int | None = None) -> list[TierHistoryRecord]:
        """Stored tier changes, oldest first; one account's when ``account_id`` is given."""
        ...


class Store(Protocol):
    """An opened account store, as the application sees it."""

    @property
    def label(self) -> str:
        """Where the store lives, for titles and messages."""
        ...

    @property
    def path(self) -> Path | None:
        """The database file, or ``None`` for a server database."""
        ...

    @property
    def migration_backup(self) -> Path | None:
        """The backup taken before this open migrated the file, if any."""
        ...

    def unit_of_work(self) -> UnitOfWork:
        """A fresh unit of work; each user action takes its own."""
        ...

    def tier_queries(self) -> TierQueries:
        """The reads of tier classification."""
        ...

    def queries(self) -> TreeQueries:
        """The read-only tree queries (safe to call from any thread)."""
        ...

    def prepare(self) -> None:
        """Load ahead of time what the first edit needs (may run in a thread)."""
        ...

    def backup_to(self, destination: Path) -> None:
        """Write a consistent copy of the store to ``destination``, atomically."""
        ...

    def close(self) -> None: ...


class SpreadsheetFiles(Protocol):
    """Reading and writing spreadsheet files (implemented in storage)."""

    def read(self, path: Path) -> list[SheetTable]:
        """Every sheet of the file; raises FileFormatError for a bad file."""
        ...

    def write(self, path: Path, sheets: Sequence[SheetToWrite], progress: Progress | None = None) -> None:
        """Write an xlsx file atomically; raises FileFormatError or CancelledError."""
        ...

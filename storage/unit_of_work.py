"""The unit of work: one session per user action, committed all or nothing."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from domain.errors import DomainError, StoreBusyError, StoreError
from domain.model import StoreCounts
from domain.ports import (
    AccountRepository,
    AssignmentRepository,
    ContactLinkRepository,
    ContactRepository,
    InteractionRepository,
    PlanRepository,
    SettingRepository,
    SnapshotRepository,
    TeamRepository,
    TierRepository,
    TransactionRepository,
)
from storage.database import Database
from storage.orm import AccountRow, ContactRow, InteractionRow, TeamMemberRow, TransactionRow
from storage.plan_repository import SqlPlanRepository
from storage.repositories import (
    SqlAccountRepository,
    SqlAssignmentRepository,
    SqlContactLinkRepository,
    SqlContactRepository,
    SqlInteractionRepository,
    SqlSnapshotRepository,
    SqlTeamRepository,
    SqlTransactionRepository,
)
from storage.tier_repository import SqlSettingRepository, SqlTierRepository


class SqlUnitOfWork:
    """Implements :class:`domain.ports.UnitOfWork` over a :class:`Database`.

    Re-entrant across actions, not within one: each ``with`` block opens a
    fresh session and closes it at the end, rolling back what was not
    committed. Database failures surface as :class:`StoreError`.
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

    def __init__(self, database: Database) -> None:
        self.database = database
        self._session: Session | None = None

    def __enter__(self) -> SqlUnitOfWork:
        if self._session is not None:
            raise RuntimeError("A unit of work is already open; actions do not nest.")
        session = self.database.session()
        self._session = session
        self.accounts = SqlAccountRepository(session)
        self.contacts = SqlContactRepository(session)
        self.team = SqlTeamRepository(session)
        self.transactions = SqlTransactionRepository(session)
        self.interactions = SqlInteractionRepository(session)
        self.settings = SqlSettingRepository(session)
        self.tiers = SqlTierRepository(session)
        self.links = SqlContactLinkRepository(session)
        self.snapshots = SqlSnapshotRepository(session)
        self.assignments = SqlAssignmentRepository(session)
        self.plans = SqlPlanRepository(session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session, self._session = self._session, None
        if session is None:
            return
        try:
            session.rollback()
        finally:
            session.close()
        if isinstance(exc, SQLAlchemyError) and not isinstance(exc, DomainError):
            raise self._translate(exc) from exc

    def commit(self) -> None:
        assert self._session is not None, "commit() outside a unit of work"
        try:
            self._session.commit()
        except SQLAlchemyError as exc:
            self._session.rollback()
            raise self._translate(exc) from exc

    def rollback(self) -> None:
        if self._session is not None:
            self._session.rollback()

    def defer_references(self) -> None:
        # SQLite turns this off again at the end of each transaction.
        assert self._session is not None, "defer_references() outside a unit of work"
        if self._session.get_bind().dialect.name == "sqlite":
            self._session.execute(text("PRAGMA defer_foreign_keys=ON"))

    def counts(self) -> StoreCounts:
        assert self._session is not None
        s = self._session

        def count(query: object) -> int:
            return int(s.scalar(query) or 0)  # type: ignore[call-overload]

        return StoreCounts(
            accounts=count(select(func.count(AccountRow.id))),
            root_accounts=count(select(func.count(AccountRow.id)).where(AccountRow.parent_id.is_(None))),
            contacts=count(select(func.count(ContactRow.id))),
            team_members=count(select(func.count(TeamMemberRow.id))),
            transactions=count(select(func.count(TransactionRow.id))),
            interactions=count(select(func.count(InteractionRow.id))),
        )

    def _translate(self, exc: SQLAlchemyError) -> StoreError:
        where = self.database.label
        original = getattr(exc, "orig", None) or exc
        text = str(original).lower()
        if "locked" in text or "busy" in text:
            return StoreBusyError(f"The database {where} is in use by another program; try again.")
        if isinstance(exc, IntegrityError):
            return StoreError(f"The change breaks a rule of the database and was not saved: {original}")
        return StoreError(f"The database {where} could not be written; nothing was changed: {original}")

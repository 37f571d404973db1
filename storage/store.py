"""The application's handle on one opened store (implements domain.ports.Store)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from domain.errors import StoreError
from storage.database import Database
from storage.queries import SqliteTreeQueries, UnitOfWorkTreeQueries

if TYPE_CHECKING:
    from storage.tier_queries import SqliteTierQueries
    from storage.unit_of_work import SqlUnitOfWork


class SqlStore:
    def __init__(self, database: Database) -> None:
        self.database = database
        path = database.path
        self._queries: SqliteTreeQueries | UnitOfWorkTreeQueries = (
            SqliteTreeQueries(path) if path is not None else UnitOfWorkTreeQueries(self.unit_of_work)
        )

    @property
    def label(self) -> str:
        return self.database.label

    @property
    def path(self) -> Path | None:
        return self.database.path

    @property
    def migration_backup(self) -> Path | None:
        return self.database.migration_backup

    def unit_of_work(self) -> SqlUnitOfWork:
        # Imported here: SQLAlchemy loads with the first unit of work, not at start-up.
        from storage.unit_of_work import SqlUnitOfWork

        return SqlUnitOfWork(self.database)

    def queries(self) -> SqliteTreeQueries | UnitOfWorkTreeQueries:
        return self._queries

    def tier_queries(self) -> SqliteTierQueries:
        """The reads of tier classification (an SQLite file is needed)."""
        from storage.tier_queries import SqliteTierQueries

        if self.path is None:
            raise StoreError("Tier classification needs an SQLite database file.")
        return SqliteTierQueries(self.path)

    def prepare(self) -> None:
        """Load what the first edit needs (SQLAlchemy and the mappings) ahead of time."""
        import storage.unit_of_work  # noqa: F401

        _ = self.database.engine

    def backup_to(self, destination: Path) -> None:
        self.database.backup_to(destination)

    def close(self) -> None:
        self._queries.close()
        self.database.close()


def open_store(target: str | os.PathLike[str], *, create: bool = True) -> SqlStore:
    """Open the store at a file path or SQLAlchemy URL (see Database.open)."""
    return SqlStore(Database.open(target, create=create))

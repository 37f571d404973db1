"""The application's handle on one opened store (implements domain.ports.Store)."""

from __future__ import annotations

import os
from pathlib import Path

from storage.database import Database
from storage.unit_of_work import SqlUnitOfWork


class SqlStore:
    def __init__(self, database: Database) -> None:
        self.database = database

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
        return SqlUnitOfWork(self.database)

    def backup_to(self, destination: Path) -> None:
        self.database.backup_to(destination)

    def close(self) -> None:
        self.database.close()


def open_store(target: str | os.PathLike[str], *, create: bool = True) -> SqlStore:
    """Open the store at a file path or SQLAlchemy URL (see Database.open)."""
    return SqlStore(Database.open(target, create=create))

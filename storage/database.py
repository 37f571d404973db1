"""Opening, migrating and backing up the account store.

Opening a database is careful in this order: the file is first inspected
read-only (so a file we must refuse is never touched), then a backup is taken
if a migration is due, and only then is the schema upgraded.

SQLAlchemy is imported only when a session or a migration needs it: opening
a current SQLite file and showing the customer tree (see storage.queries)
use the standard library alone, which keeps start-up quick.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from domain.errors import NewerSchemaError, StoreBusyError, StoreError

# Every revision this version knows, oldest first. A test keeps this list equal
# to the Alembic scripts, so that opening a current database needs no Alembic.
REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007")
HEAD = REVISIONS[-1]
BUSY_TIMEOUT_MS = 5000
_SQLITE_MAGIC = b"SQLite format 3\x00"

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session


def default_database_path() -> Path:
    """The database in the platform's user data folder."""
    from platformdirs import user_data_path

    return user_data_path("AccountPlanner", appauthor=False) / "accounts.sqlite"


def database_url(target: str | os.PathLike[str]) -> str:
    """Turn a file path or an SQLAlchemy URL into an SQLAlchemy URL."""
    text = os.fspath(target)
    if "://" in text:
        return text
    return "sqlite:///" + str(Path(text).expanduser().absolute())


def _sqlite_file(url: str) -> Path | None:
    """The file of an ``sqlite[+driver]:///path`` URL; None for other URLs."""
    scheme, sep, rest = url.partition("://")
    if not sep or scheme.split("+")[0] != "sqlite" or not rest.startswith("/"):
        return None
    database = rest[1:].split("?")[0]
    if not database or database == ":memory:":
        return None
    return Path(database)


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def _stored_revision_sqlite(path: Path) -> tuple[bool, str | None]:
    """Return ``(has_tables, revision)`` of an SQLite file, opened read-only."""
    with path.open("rb") as handle:
        header = handle.read(len(_SQLITE_MAGIC))
    if header and header != _SQLITE_MAGIC:
        raise StoreError(f"{path} is not an Account Planner database.", path=str(path))
    if not header:
        return False, None
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables:
                return bool(tables), None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            return True, row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise _store_error(exc, path) from None


def _store_error(exc: BaseException, where: Path | str) -> StoreError:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return StoreBusyError(f"The database {where} is in use by another program.", path=str(where))
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return StoreError(f"{where} is damaged or not an Account Planner database.", path=str(where))
    return StoreError(f"The database {where} cannot be used: {exc}", path=str(where))


def backup_sqlite(source: Path, destination: Path) -> None:
    """Copy a live SQLite database with the online backup API, atomically.

    The copy is written to a temporary file beside ``destination`` and moved
    into place only when complete, so a failure leaves any old file intact.
    """
    destination.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".backup-", suffix=".sqlite", dir=destination.parent)
    os.close(fd)
    try:
        src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            dst = sqlite3.connect(tmp_name)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        os.replace(tmp_name, destination)
    except (sqlite3.Error, OSError) as exc:
        Path(tmp_name).unlink(missing_ok=True)
        raise StoreError(f"The backup to {destination} failed: {exc}", path=str(destination)) from None


class Database:
    """An opened, migrated account store: the engine and its session factory.

    ``migration_backup`` is the backup taken before a migration, if any.
    """

    def __init__(self, url: str, engine: Engine | None, migration_backup: Path | None) -> None:
        self.url = url
        self._engine = engine
        self.migration_backup = migration_backup
        self._sessions: Any = None

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, made on first use."""
        if self._engine is None:
            self._engine = _make_engine(self.url, self.url)
        return self._engine

    @property
    def path(self) -> Path | None:
        """The SQLite file, or ``None`` for another kind of database."""
        return _sqlite_file(self.url)

    @property
    def label(self) -> str:
        path = self.path
        if path is not None:
            return str(path)
        from sqlalchemy.engine import make_url

        return make_url(self.url).render_as_string(hide_password=True)

    @classmethod
    def open(
        cls,
        target: str | os.PathLike[str],
        *,
        create: bool = True,
        now: Callable[[], datetime] = datetime.now,
    ) -> Database:
        """Open (and if needed create or migrate) the store at ``target``.

        Raises :class:`NewerSchemaError` for a database from a newer version
        and :class:`StoreError` for a missing, foreign or damaged file; in
        every such case the file is left exactly as it was.
        """
        url = database_url(target)
        path = _sqlite_file(url)
        backup: Path | None = None
        revision: str | None = None
        if path is not None:
            if path.is_dir():
                raise StoreError(f"{path} is a folder, not a database file.", path=str(path))
            if path.exists():
                has_tables, revision = _stored_revision_sqlite(path)
                _check_revision(path, has_tables, revision)
                if revision is not None and revision != HEAD:
                    stamp = now().strftime("%Y%m%d-%H%M%S")
                    backup = path.with_name(f"{path.stem}.before-{HEAD}-{stamp}{path.suffix or '.sqlite'}")
                    backup_sqlite(path, backup)
            elif not create:
                raise StoreError(f"There is no database at {path}.", path=str(path))
            else:
                try:
                    path.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise StoreError(f"Cannot create the folder {path.parent}: {exc}") from None
        if path is not None and revision == HEAD:
            return cls(url, None, backup)  # current: no SQLAlchemy needed yet
        from sqlalchemy.exc import SQLAlchemyError

        engine = _make_engine(url, target)
        try:
            if path is None:
                with engine.connect() as conn:
                    revision = _stored_revision(conn)
                _check_revision(Path(str(target)), revision is not None, revision)
            if revision != HEAD:
                _upgrade(engine)
        except SQLAlchemyError as exc:
            engine.dispose()
            raise _store_error(exc, path or str(target)) from None
        return cls(url, engine, backup)

    def session(self) -> Session:
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        return self._sessions()  # type: ignore[no-any-return]

    def backup_to(self, destination: str | os.PathLike[str]) -> None:
        """Write a consistent copy of this SQLite store to ``destination``."""
        path = self.path
        if path is None:
            raise StoreError("Backups are made of SQLite files only.")
        backup_sqlite(path, Path(destination))

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()


def _make_engine(url: str, target: object) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.exc import ArgumentError

    try:
        engine = create_engine(url)
    except (ArgumentError, ImportError) as exc:
        raise StoreError(f"Cannot open '{target}': {exc}") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_connect)
    return engine


def _stored_revision(conn: Any) -> str | None:
    from sqlalchemy import inspect, text

    if not inspect(conn).has_table("alembic_version"):
        return None
    row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    return row[0] if row else None


def _check_revision(where: Path, has_tables: bool, revision: str | None) -> None:
    if revision is None and has_tables:
        raise StoreError(f"{where} is not an Account Planner database.", path=str(where))
    if revision is not None and revision not in REVISIONS:
        raise NewerSchemaError(
            f"{where} was written by a newer version of Account Planner; "
            "update the program to open it. The file was not changed.",
            path=str(where),
        )


def _upgrade(engine: Engine) -> None:
    # Alembic is imported only when a migration is due: it costs start-up time.
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        if sqlite:
            # Migrations rebuild tables by copy-and-drop (batch mode); with
            # foreign keys on, dropping the old table would fire its ON DELETE
            # actions on the rows that refer to it. SQLite's own procedure:
            # keys off outside the transaction, checked before committing.
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
                if sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                    raise StoreError("The database holds broken references; it was not migrated.")
        finally:
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from domain import services
from domain.errors import NewerSchemaError, StoreError
from domain.model import Contact
from storage import database
from storage.database import HEAD, REVISIONS, Database
from storage.orm import Base
from storage.store import open_store

MIGRATIONS = Path(database.__file__).with_name("migrations")


def _alembic_config(conn: sa.Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = conn
    return config


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_known_revisions_match_the_migration_scripts() -> None:
    scripts = ScriptDirectory(str(MIGRATIONS))
    chain = [rev.revision for rev in scripts.walk_revisions()]
    assert tuple(reversed(chain)) == REVISIONS
    assert scripts.get_current_head() == HEAD


def test_a_new_file_is_migrated_to_head_and_matches_the_mappings(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "new.sqlite")
    with db.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == HEAD
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    assert db.migration_backup is None
    db.close()


def test_pragmas_foreign_keys_wal_and_busy_timeout(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "p.sqlite")
    with db.engine.connect() as conn:
        assert conn.execute(sa.text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(sa.text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(sa.text("PRAGMA busy_timeout")).scalar() == database.BUSY_TIMEOUT_MS
    db.close()


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    store = open_store(tmp_path / "fk.sqlite")
    uow = store.unit_of_work()
    with pytest.raises(StoreError), uow:
        uow.contacts.add(Contact(account_id=12345, name="Nobody's contact"))
        uow.commit()
    assert services.store_counts(store.queries()).contacts == 0
    store.close()


def test_an_older_file_is_backed_up_then_migrated_keeping_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0001")
        conn.execute(
            sa.text(
                "INSERT INTO account (id, key, name, industry, region, city, lifecycle, notes, created_at, updated_at) "
                "VALUES (1, 'K1', '老客户集团', '', '', '', 'customer', '', '2024-01-01', '2024-01-01')"
            )
        )
    engine.dispose()
    before = _digest(path)

    db = Database.open(path, now=lambda: datetime(2026, 1, 2, 3, 4, 5))

    assert db.migration_backup == tmp_path / f"old.before-{HEAD}-20260102-030405.sqlite"
    assert db.migration_backup.exists()
    with sqlite3.connect(db.migration_backup) as backup:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert backup.execute("SELECT name FROM account").fetchall() == [("老客户集团",)]
    assert _digest(path) != before
    store_uow = open_store(path).unit_of_work()
    assert services.get_account(store_uow, 1).name == "老客户集团"
    db.close()


def test_a_file_from_a_newer_version_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    Database.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = _digest(path)
    siblings = sorted(p.name for p in tmp_path.iterdir())

    with pytest.raises(NewerSchemaError, match="newer version"):
        Database.open(path)

    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings


@pytest.mark.parametrize(
    "content", [b"this is a spreadsheet, not a database", b"SQLite format 3\x00" + b"\x00" * 50]
)
def test_a_foreign_or_damaged_file_is_refused_and_left_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "other.sqlite"
    path.write_bytes(content)
    with pytest.raises(StoreError):
        Database.open(path)
    assert path.read_bytes() == content


def test_a_database_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "foreign.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    before = _digest(path)
    with pytest.raises(StoreError, match="not an Account Planner database"):
        Database.open(path)
    assert _digest(path) == before


def test_opening_a_missing_file_without_create_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database"):
        Database.open(tmp_path / "missing.sqlite", create=False)
    assert not (tmp_path / "missing.sqlite").exists()


def test_urls_and_paths_are_both_accepted(tmp_path: Path) -> None:
    db = Database.open(f"sqlite:///{tmp_path / 'url.sqlite'}")
    assert db.path == tmp_path / "url.sqlite"
    db.close()
    with pytest.raises(StoreError):
        Database.open("nosuchdialect://user@host/db")


def test_backup_is_a_consistent_copy_and_a_failed_backup_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from domain.demo import load_demo

    store = open_store(tmp_path / "live.sqlite")
    load_demo(store.unit_of_work(), 30, seed=1)
    target = tmp_path / "copy.sqlite"
    store.backup_to(target)
    copy = open_store(target, create=False)
    assert services.store_counts(copy.queries()) == services.store_counts(store.queries())
    copy.close()

    # A disk error at the last step: the previous backup stays as it was.
    (tmp_path / "old.sqlite").write_bytes(b"old backup")

    def failing_replace(src: str, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(database.os, "replace", failing_replace)
    with pytest.raises(StoreError, match="No space left"):
        store.backup_to(tmp_path / "old.sqlite")
    assert (tmp_path / "old.sqlite").read_bytes() == b"old backup"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".backup-")]
    store.close()


def test_records_from_before_keys_get_keys_from_their_ids(tmp_path: Path) -> None:
    path = tmp_path / "v2.sqlite"
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0002")
        conn.execute(sa.text(
            "INSERT INTO account (id, key, name, industry, region, city, lifecycle, notes, created_at, updated_at) "
            "VALUES (1, 'K1', 'A', '', '', '', 'customer', '', '2024-01-01', '2024-01-01')"
        ))
        conn.execute(sa.text("INSERT INTO contact (id, account_id, name, title, department, email, phone, notes) "
                             "VALUES (7, 1, 'Boss', '', '', '', '', ''), (8, 1, 'Report', '', '', '', '', '')"))
        conn.execute(sa.text("INSERT INTO account_transaction (id, account_id, booked_on, amount_cents) "
                             "VALUES (3, 1, '2024-02-01', 1000)"))
    engine.dispose()

    store = open_store(path)

    uow = store.unit_of_work()
    with uow:
        assert [c.key for c in uow.contacts.for_accounts([1])] == ["P000007", "P000008"]
        assert [t.key for t in uow.transactions.for_accounts([1])] == ["O000003"]
        # New rows continue the scheme and keys stay unique.
        uow.contacts.add(Contact(account_id=1, name="New"))
        uow.commit()
    with uow:
        assert [c.key for c in uow.contacts.for_accounts([1])][-1] == "P000009"
    with pytest.raises(StoreError), uow:
        uow.contacts.add(Contact(account_id=1, name="Clash", key="P000007"))
        uow.commit()
    store.close()


def test_the_power_map_migration_keeps_contacts_reporting_lines_and_interactions(tmp_path: Path) -> None:
    path = tmp_path / "v5.sqlite"
    engine = sa.create_engine(f"sqlite:///{path}")

    @sa.event.listens_for(engine, "connect")
    def _keys_on(dbapi_connection: object, _record: object) -> None:
        dbapi_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[attr-defined]

    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0005")
        conn.execute(sa.text(
            "INSERT INTO account (id, key, name, industry, region, city, lifecycle, notes, created_at, updated_at) "
            "VALUES (1, 'K1', 'A', '', '', '', 'customer', '', '2024-01-01', '2024-01-01')"
        ))
        conn.execute(sa.text(
            "INSERT INTO contact (id, account_id, key, name, title, department, reports_to_id, email, phone, notes) "
            "VALUES (7, 1, 'P7', 'Boss', 'CEO', '', NULL, '', '', ''), (8, 1, 'P8', 'Report', '', '', 7, '', '', '')"
        ))
        conn.execute(sa.text(
            "INSERT INTO interaction (id, account_id, contact_id, key, occurred_on, kind, note) "
            "VALUES (3, 1, 8, 'I3', '2024-02-01', 'visit', 'met')"
        ))
    engine.dispose()

    store = open_store(path)

    uow = store.unit_of_work()
    with uow:
        contacts = uow.contacts.for_accounts([1])
        assert [(c.id, c.key, c.name, c.reports_to_id, c.influence, c.owner_id) for c in contacts] == [
            (7, "P7", "Boss", None, None, None),
            (8, "P8", "Report", 7, None, None),
        ]
        assert [i.contact_id for i in uow.interactions.for_accounts([1])] == [8]
        # Ids are never reused after the rebuild (AUTOINCREMENT kept).
        assert uow.contacts.add(Contact(account_id=1, name="New")) == 9
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    store.close()


def test_the_triangle_migration_keeps_the_team_and_contact_owners(tmp_path: Path) -> None:
    path = tmp_path / "v6.sqlite"
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0006")
        conn.execute(sa.text(
            "INSERT INTO account (id, key, name, industry, region, city, lifecycle, notes, created_at, updated_at) "
            "VALUES (1, 'K1', 'A', '', '', '', 'customer', '', '2024-01-01', '2024-01-01')"
        ))
        conn.execute(sa.text("INSERT INTO team_member (id, key, name, email, active) "
                             "VALUES (4, 'T4', 'Ann', 'ann@example.com', 1), (5, 'T5', 'Bob', '', 0)"))
        conn.execute(sa.text(
            "INSERT INTO contact (id, account_id, key, name, title, department, email, phone, notes, owner_id) "
            "VALUES (7, 1, 'P7', 'Boss', '', '', '', '', '', 4)"
        ))
    engine.dispose()

    store = open_store(path)
    from domain.model import TriangleRole

    all_roles = frozenset(TriangleRole)
    uow = store.unit_of_work()
    with uow:
        team = uow.team.all()
        assert [(m.id, m.key, m.name, m.email, m.active, m.roles, m.region, m.capacity) for m in team] == [
            (4, "T4", "Ann", "ann@example.com", True, all_roles, "", 10.0),
            (5, "T5", "Bob", "", False, all_roles, "", 10.0),
        ]  # members from before roles existed may take any seat
        assert [c.owner_id for c in uow.contacts.for_accounts([1])] == [4]
        assert uow.assignments.all() == []
        assert uow.plans.all() == []
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    store.close()

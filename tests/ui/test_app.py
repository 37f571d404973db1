from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from domain import services
from storage.store import SqlStore, open_store
from ui.app import _first_store, should_offer_demo


def _opener(target: Path, create: bool) -> SqlStore:
    return open_store(target, create=create)


def test_the_demo_is_offered_once_on_an_empty_default_database(tmp_path: Path, settings: QSettings) -> None:
    default = tmp_path / "accounts.sqlite"
    store = open_store(default)
    assert should_offer_demo(store, default, settings)
    settings.setValue("demo/offered", True)
    assert not should_offer_demo(store, default, settings)
    store.close()


def test_the_demo_is_not_offered_for_other_or_filled_databases(tmp_path: Path, settings: QSettings) -> None:
    other = open_store(tmp_path / "other.sqlite")
    assert not should_offer_demo(other, tmp_path / "accounts.sqlite", settings)
    services.create_account(other.unit_of_work(), "Existing")
    assert not should_offer_demo(other, other.path, settings)
    other.close()


def test_start_opens_db_argument_else_last_else_default(tmp_path: Path, settings: QSettings) -> None:
    default = tmp_path / "default.sqlite"
    named = tmp_path / "named.sqlite"
    store = _first_store(str(named), settings, _opener, default)
    assert store.path == named
    store.close()
    settings.setValue("database/last", str(named))
    store = _first_store(None, settings, _opener, default)
    assert store.path == named
    store.close()
    settings.setValue("database/last", str(tmp_path / "deleted-since.sqlite"))
    store = _first_store(None, settings, _opener, default)
    assert store.path == default
    store.close()

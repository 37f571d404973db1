from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from storage.spreadsheets import SpreadsheetFileAdapter
from storage.store import SqlStore, open_store
from ui.main_window import MainWindow

# Tests use the real class (translations look up the class name as context);
# error dialogs are replaced per instance by a list of recorded messages.
Window = MainWindow


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _opener(target: Path, create: bool) -> SqlStore:
    return open_store(target, create=create)


@pytest.fixture
def make_window(qtbot, settings: QSettings) -> Iterator[object]:  # type: ignore[no-untyped-def]
    windows: list[Window] = []

    def make(store: SqlStore, language: str = "en") -> Window:
        window = MainWindow(store, settings, _opener, language, files=SpreadsheetFileAdapter())
        window.errors = []  # type: ignore[attr-defined]
        window.show_error = window.errors.append  # type: ignore[attr-defined,method-assign]
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.store.close()


@pytest.fixture
def window(make_window, demo_store: SqlStore) -> Window:  # type: ignore[no-untyped-def]
    return make_window(demo_store)  # type: ignore[no-any-return]

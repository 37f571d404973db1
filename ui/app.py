"""Starting the window: application, settings, language, store."""

from __future__ import annotations

import contextlib
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from domain import services
from domain.errors import DomainError
from domain.ports import SpreadsheetFiles, Store
from ui import i18n
from ui.main_window import MainWindow, StoreOpener
from ui.messages import error_text


def _first_store(db: str | None, settings: QSettings, open_store: StoreOpener, default_path: Path) -> Store:
    """The store to show: ``--db``, else the last one used, else the default."""
    if db:
        return open_store(Path(db) if "://" not in db else db, True)  # type: ignore[arg-type]
    last = settings.value("database/last")
    if last and Path(str(last)).exists():
        try:
            return open_store(Path(str(last)), False)
        except DomainError as error:
            QMessageBox.warning(None, "Account Planner", error_text(error))
    return open_store(default_path, True)


def should_offer_demo(store: Store, default_path: Path, settings: QSettings) -> bool:
    """Offer the demo portfolio on a first start: the default database, empty,
    and never offered before."""
    if store.path != default_path or settings.value("demo/offered", False, type=bool):
        return False
    try:
        return services.store_counts(store.queries()).accounts == 0
    except DomainError:
        return False


def _prepare(store: Store) -> None:
    with contextlib.suppress(DomainError):  # the first edit will report it in full
        store.prepare()


def run_app(
    open_store: StoreOpener,
    default_path: Path,
    files: SpreadsheetFiles,
    db: str | None = None,
    language: str | None = None,
) -> int:
    """Open the main window and run until it closes; returns the exit code.

    ``open_store(target, create)`` opens a store (main.py wires in storage);
    ``default_path`` is the database used when none is named or remembered.
    """
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName("AccountPlanner")
    app.setApplicationName("AccountPlanner")
    app.setApplicationDisplayName("Account Planner")
    settings = QSettings()
    choice = language or str(settings.value("ui/language", i18n.SYSTEM))
    translations = i18n.Translations(app)
    translations.apply(i18n.resolve(choice))

    try:
        store = _first_store(db, settings, open_store, default_path)
    except DomainError as error:
        QMessageBox.critical(None, "Account Planner", error_text(error))
        print(f"account-planner: error: {error}", file=sys.stderr)
        return 1
    window = MainWindow(store, settings, open_store, choice, files=files)
    window.language_requested.connect(lambda code: translations.apply(i18n.resolve(code)))
    window.show()
    # Load what the first edit needs while the user looks at the tree.
    QTimer.singleShot(0, lambda: threading.Thread(target=_prepare, args=(store,), daemon=True).start())
    if should_offer_demo(store, default_path, settings):
        QTimer.singleShot(0, window.offer_demo)
    code = app.exec()
    window.store.close()
    return int(code)

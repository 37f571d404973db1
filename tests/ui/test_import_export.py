"""File → Import… and File → Export… driven as a user would."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import xlsxwriter
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog

from domain import services
from domain.exchange.export import export_tables
from storage.store import SqlStore, open_store
from ui.import_dialog import ImportDialog
from ui.main_window import MainWindow


def _book(path: Path, rows: list[list[object]], sheet: str = "Kunden") -> Path:
    workbook = xlsxwriter.Workbook(str(path))
    ws = workbook.add_worksheet(sheet)
    for r, row in enumerate(rows):
        ws.write_row(r, 0, row)
    workbook.close()
    return path


def _dialog(window: MainWindow, path: Path, qtbot) -> ImportDialog:  # type: ignore[no-untyped-def]
    assert window.files is not None
    dialog = ImportDialog(path, window.store, window.files, window.settings, window)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.planned, timeout=20000):
        dialog.start()
    return dialog


def test_export_writes_a_workbook_that_imports_back_the_same(window: MainWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "out.xlsx"
    task = window.export_to(target)
    done: list[bool] = []
    task.finished.connect(lambda: done.append(True))  # results arrive through the event loop
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    assert "Exported" in window.statusBar().currentMessage()
    assert openpyxl.load_workbook(target, read_only=True).sheetnames == [
        "Accounts", "Contacts", "Team", "Orders", "Interactions", "Tier history", "Tiers set by hand",
        "Contact links", "Power map snapshots", "Iron triangles", "Account plans", "Plan objectives", "Plan actions",
        "Plan risks",
    ]
    empty = open_store(tmp_path / "empty.sqlite")
    other = MainWindow(empty, window.settings, lambda p, c: open_store(p, create=c), "en", files=window.files)
    qtbot.addWidget(other)
    dialog = _dialog(other, target, qtbot)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=30000):
        dialog.run_import()
    assert [t.rows for t in export_tables(empty.unit_of_work())] == [
        t.rows for t in export_tables(window.store.unit_of_work())
    ]
    other.store.close()


def test_unknown_columns_are_mapped_by_hand_and_remembered(window: MainWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = [["Kundennummer", "Name", "Branche"], ["K-1", "Müller GmbH", "Maschinenbau"]]
    path = _book(tmp_path / "kunden.xlsx", rows)
    dialog = _dialog(window, path, qtbot)
    # Only "Name" is known: the sheet could hold anything, so the user says what.
    assert dialog.sheets_model.rows()[0][:2] == ["Kunden", "(not recognised)"]
    with qtbot.waitSignal(dialog.planned, timeout=20000):
        dialog.choose_kind("Kunden", "account")
    assert dialog.columns_model.rowCount() == 2
    assert [r[1] for r in dialog.columns_model.rows()] == ["Kundennummer", "Branche"]
    with qtbot.waitSignal(dialog.planned, timeout=20000):
        dialog.choose_field("account", "Kundennummer", "key")
    with qtbot.waitSignal(dialog.planned, timeout=20000):
        dialog.choose_field("account", "Branche", "industry")
    assert dialog.plan is not None
    assert dialog.plan.unknown_columns() == []
    change = next(c for c in dialog.plan.changes if c.action == "add")
    assert change.key == "K-1"

    # The next file of the same shape is mapped the same way at once.
    again = _dialog(window, _book(tmp_path / "kunden2.xlsx", [rows[0], ["K-2", "Schmidt AG", "Chemie"]],
                                  sheet="Customers"), qtbot)
    # The remembered mapping makes the dialog plan a second time; wait for it.
    qtbot.waitUntil(lambda: again.plan is not None and not again.plan.unknown_columns(), timeout=20000)
    assert again.plan is not None
    assert again.plan.unknown_columns() == []
    with qtbot.waitSignal(again.imported, timeout=20000):
        again.run_import()
    roots = {n.name: n for n in services.account_children(window.store.queries(), None)}
    assert services.get_account(window.store.unit_of_work(), roots["Schmidt AG"].id).industry == "Chemie"


def test_problems_block_the_import_and_can_be_saved(window: MainWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _book(tmp_path / "bad.xlsx", [["Key", "Name", "Employees"], ["B1", "Bad", "-5"], ["B2", "", "3"]],
                 sheet="Accounts")
    before = services.store_counts(window.store.queries())
    dialog = _dialog(window, path, qtbot)
    assert not dialog.import_button.isEnabled()
    problems = dialog.issues_model.rows()
    assert ["Error", "Accounts", "2", "C (Employees)", "The value cannot be negative."] in problems
    assert any(r[2] == "3" and r[3] == "B (Name)" for r in problems)
    saved = tmp_path / "problems.xlsx"
    dialog.save_issues(saved)
    sheet = openpyxl.load_workbook(saved).active
    assert sheet.cell(1, 5).value == "Problem"
    assert sheet.max_row == len(problems) + 1
    assert dialog.run_import() is None
    assert services.store_counts(window.store.queries()) == before


def test_a_broken_file_is_explained_and_nothing_changes(window: MainWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not really a zip")
    assert window.files is not None
    dialog = ImportDialog(path, window.store, window.files, window.settings, window)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=20000) as blocker:
        dialog.start()
    assert blocker.args == ["broken.xlsx is damaged or incomplete."]
    assert not dialog.import_button.isEnabled()


def test_a_spreadsheet_dropped_on_the_window_opens_the_import(window: MainWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _book(tmp_path / "drop.xlsx", [["Key", "Name"], ["D1", "Dropped Ltd"]], sheet="Accounts")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    dialogs = window.findChildren(ImportDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20000)
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        dialog.run_import()
    qtbot.waitUntil(lambda: any(window.model.data(window.model.index(r, 0)) == "Dropped Ltd"
                                for r in range(window.model.rowCount())))


def test_import_and_export_sit_in_the_file_menu(window: MainWindow, demo_store: SqlStore) -> None:
    actions = [a.text() for a in window.file_menu.actions()]
    assert "&Import from Excel or CSV…" in actions
    assert "&Export to Excel…" in actions
    assert window.import_action.shortcut().toString() == "Ctrl+I"


def test_a_file_changed_after_the_preview_is_checked_again_and_not_written(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    path = _book(tmp_path / "later.xlsx", [["Key", "Name", "Employees"], ["L1", "Later Ltd", "12"]], sheet="Accounts")
    before = services.store_counts(window.store.queries())
    dialog = _dialog(window, path, qtbot)
    assert dialog.import_button.isEnabled()
    # Someone edits the file while the preview is on screen.
    _book(path, [["Key", "Name", "Employees"], ["L1", "Later Ltd", "12"], ["L2", "Broken", "-1"]], sheet="Accounts")
    with qtbot.waitSignal(dialog.planned, timeout=20000):
        dialog.run_import()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert ["Error", "Accounts", "3", "C (Employees)", "The value cannot be negative."] in dialog.issues_model.rows()
    assert not dialog.import_button.isEnabled()
    assert services.store_counts(window.store.queries()) == before

"""Import problems as the dialog words them."""

from __future__ import annotations

from pathlib import Path

import xlsxwriter

from ui.import_dialog import ImportDialog
from ui.main_window import MainWindow


def test_a_spreadsheet_error_in_a_cell_is_named(window: MainWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "errors.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("Accounts")
    sheet.write_row(0, 0, ["Key", "Name"])
    sheet.write_row(1, 0, ["E1", "#N/A"])  # what a CSV or another program keeps of a failed VLOOKUP
    workbook.close()
    assert window.files is not None
    dialog = ImportDialog(path, window.store, window.files, window.settings, window)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.planned, timeout=20000):
        dialog.start()
    message = "The cell shows the spreadsheet error #N/A; fix the formula or type the value."
    assert ["Error", "Accounts", "2", "B (Name)", message] in dialog.issues_model.rows()
    assert not dialog.import_button.isEnabled()

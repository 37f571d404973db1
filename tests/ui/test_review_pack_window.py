"""File → Export Review Pack…: the selected account's pack, written in the background."""

from __future__ import annotations

from pathlib import Path

from domain.errors import CancelledError
from ui.main_window import MainWindow
from ui.review.dialog import ReviewPackDialog


def _first_root(window: MainWindow) -> int:
    with window.store.unit_of_work() as uow:
        return min(a.id for a in uow.accounts.all() if a.parent_id is None and a.id is not None)


def test_the_action_needs_a_selected_account(window: MainWindow) -> None:
    assert not window.review_pack_action.isEnabled()
    window.select_account(_first_root(window))
    assert window.review_pack_action.isEnabled()
    assert window.review_pack_action in window.file_menu.actions()


def test_export_review_pack_writes_the_pdf_and_workbook(window: MainWindow, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "pack.pdf"
    asked: list[Path] = []

    def ask(_parent: object, suggested: Path) -> tuple[Path, bool]:
        asked.append(suggested)
        return target, True

    monkeypatch.setattr(ReviewPackDialog, "ask", ask)
    window.select_account(_first_root(window))
    task = window._on_export_review_pack()
    assert task is not None
    done: list[bool] = []
    task.finished.connect(lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=30000)
    assert asked[0].suffix == ".pdf"
    assert target.read_bytes().startswith(b"%PDF")
    assert (tmp_path / "pack.xlsx").exists()
    assert "pack.xlsx" in window.statusBar().currentMessage()
    assert window.errors == []  # type: ignore[attr-defined]


def test_cancelling_the_dialog_writes_nothing(window: MainWindow, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(ReviewPackDialog, "ask", lambda _parent, _suggested: None)
    window.select_account(_first_root(window))
    assert window._on_export_review_pack() is None
    assert not list(tmp_path.glob("*.pdf"))


def test_cancel_leaves_no_file(window: MainWindow, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "pack.pdf"
    monkeypatch.setattr(ReviewPackDialog, "ask", lambda _parent, _suggested: (target, False))
    window.select_account(_first_root(window))
    task = window._on_export_review_pack()
    assert task is not None
    failures: list[object] = []
    task.failed.connect(failures.append)
    task.cancel()
    done: list[bool] = []
    task.finished.connect(lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=30000)
    assert failures
    assert isinstance(failures[0], CancelledError)
    assert not target.exists()


def test_the_dialog_offers_redaction_and_names_the_workbook(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ReviewPackDialog(tmp_path / "C000001 Acme.pdf")
    qtbot.addWidget(dialog)
    assert not dialog.redacted_box.isChecked()
    assert "C000001 Acme.xlsx" in dialog.note.text()
    dialog.path_edit.setText(str(tmp_path / "other"))
    assert dialog.path() == tmp_path / "other.pdf"
    assert "e-mail" in dialog.redacted_box.toolTip()


"""File → Export Review Pack…: where to write the selected account's pack, whether
to redact it, and the background task that writes it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.model import Account
from domain.ports import SpreadsheetFiles, Store
from domain.powermap.services import load_power_map
from domain.review import pack_file_stem
from domain.services import get_account
from ui.review.export import ReviewFiles, power_map_pictures, review_work, workbook_path
from ui.tasks import BackgroundTask

translate = QCoreApplication.translate  # named so that lupdate finds the texts


class ReviewPackDialog(QDialog):
    """Asks for the PDF to write and whether to leave out personal details and notes."""

    def __init__(self, suggested: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ReviewPack", "Export Review Pack"))
        self.path_edit = QLineEdit(str(suggested))
        self.path_edit.setObjectName("reviewPackPath")
        self.path_edit.setMinimumWidth(420)
        browse = QPushButton("…")
        browse.clicked.connect(self._on_browse)
        self.redacted_box = QCheckBox(translate("ReviewPack", "Leave out personal details and notes (redacted)"))
        self.redacted_box.setObjectName("reviewPackRedacted")
        self.redacted_box.setToolTip(_redaction_tip())
        self.note = QLabel()
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.redacted_box)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.path_edit.textChanged.connect(self._on_path_changed)
        self._on_path_changed(self.path_edit.text())

    def path(self) -> Path:
        path = Path(self.path_edit.text().strip())
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def _on_path_changed(self, _text: str) -> None:
        self.note.setText(
            translate(
                "ReviewPack", "The pack is a PDF; a workbook with the same data is written beside it (%1)."
            ).replace("%1", workbook_path(self.path()).name)
        )

    def _on_browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("ReviewPack", "Export Review Pack"),
            self.path_edit.text(),
            translate("ReviewPack", "Review packs (*.pdf)"),
        )
        if name:
            self.path_edit.setText(name)

    @classmethod
    def ask(cls, parent: QWidget, suggested: Path) -> tuple[Path, bool] | None:
        """``(pdf, redacted)``, or ``None`` when the user cancels (tests replace this)."""
        dialog = cls(suggested, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.path_edit.text().strip():
            return None
        return dialog.path(), dialog.redacted_box.isChecked()


def _redaction_tip() -> str:
    from ui.review.content import redaction_note

    return redaction_note()


def suggested_path(account: Account, today: date) -> Path:
    return Path.home() / f"{pack_file_stem(account)} {today:%Y%m%d}.pdf"


def export_review_pack(
    parent: QWidget,
    store: Store,
    files: SpreadsheetFiles,
    account_id: int,
    report: Callable[[str, int], None],
    *,
    as_of: date | None = None,
) -> BackgroundTask | None:
    """Ask where to write the pack of ``account_id``, draw its org chart and power
    grid (here, on the GUI thread) and return the task, not started, that builds
    and writes the pack; ``None`` when the user cancels. ``report(text, ms)``
    shows where the files went once written."""
    as_of = as_of or date.today()
    account = get_account(store.unit_of_work(), account_id)
    choice = ReviewPackDialog.ask(parent, suggested_path(account, as_of))
    if choice is None:
        return None
    pdf, redacted = choice
    pictures = power_map_pictures(load_power_map(store.unit_of_work(), account_id))
    work = review_work(store, files, account_id, pdf, pictures, redacted=redacted, as_of=as_of)
    task = BackgroundTask(
        parent, translate("ReviewPack", "Writing the review pack of %1…").replace("%1", account.name), work
    )

    def done(result: object) -> None:
        assert isinstance(result, ReviewFiles)
        report(
            translate("ReviewPack", "Wrote the review pack to %1 and %2.")
            .replace("%1", str(result.pdf))
            .replace("%2", result.workbook.name),
            10000,
        )

    task.succeeded.connect(done)
    return task

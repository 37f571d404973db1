"""The selected account's details: an editable, validated form.

The form never saves: a changed, valid field becomes ``edit_requested``,
which the window turns into an undoable command. An invalid value is
reported under the form and nothing is saved.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from domain.errors import ValidationError
from domain.model import Account, Lifecycle, Rollup
from domain.validation import parse_account_field
from ui.messages import error_text
from ui.tier_labels import tier_name

TEXT_FIELDS = (
    "name",
    "key",
    "industry",
    "region",
    "city",
    "employees",
    "annual_revenue",
    "customer_since",
    "industry_growth_pct",
    "decision_nodes",
)


class _NotesEdit(QPlainTextEdit):
    """A plain text edit that reports when the user leaves it."""

    editing_finished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()


def format_money(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,.2f}"


def display_text(field: str, value: Any) -> str:
    """How a stored value is written in its form field."""
    if value is None:
        return ""
    if field == "annual_revenue":
        return format_money(value)
    if field == "customer_since":
        return str(value.isoformat())
    if field == "industry_growth_pct":
        return f"{value:g}"
    return str(value)


class AccountForm(QWidget):
    """Editable details of one account plus its subtree roll-up.

    Signals:
        edit_requested(int, str, object): the user entered a valid new value
            for a field of the account (id, field name, parsed value).
        explain_requested(int): the user asked how this account's tier was reached.
    """

    edit_requested = Signal(int, str, object)
    explain_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._account: Account | None = None
        self._edits: dict[str, QLineEdit] = {}
        self._labels: dict[str, QLabel] = {}
        self._error_field: str | None = None

        self.title = QLabel()
        self.title.setObjectName("accountTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.path_label = QLabel()
        self.path_label.setWordWrap(True)
        self.path_label.setStyleSheet("color: palette(mid);")
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020; font-weight: 600;")
        self.error_label.hide()
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.details_box = QGroupBox()
        form = QFormLayout(self.details_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"field_{field}")
            edit.editingFinished.connect(lambda f=field: self._on_text_edited(f))
            self._edits[field] = edit
            self._labels[field] = QLabel()
            form.addRow(self._labels[field], edit)
            if field == "city":
                self.lifecycle = QComboBox()
                self.lifecycle.setObjectName("field_lifecycle")
                for stage in Lifecycle:
                    self.lifecycle.addItem("", stage.value)
                self.lifecycle.activated.connect(self._on_lifecycle_chosen)
                self._labels["lifecycle"] = QLabel()
                form.addRow(self._labels["lifecycle"], self.lifecycle)
            if field == "decision_nodes":
                self.industry_leader = QComboBox()
                self.industry_leader.setObjectName("field_industry_leader")
                for choice in ("", "1", "0"):
                    self.industry_leader.addItem("", choice)
                self.industry_leader.activated.connect(self._on_leader_chosen)
                self._labels["industry_leader"] = QLabel()
                form.addRow(self._labels["industry_leader"], self.industry_leader)
        self._edits["employees"].setAlignment(Qt.AlignmentFlag.AlignRight)
        self._edits["annual_revenue"].setAlignment(Qt.AlignmentFlag.AlignRight)
        self.notes = _NotesEdit()
        self.notes.setObjectName("field_notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(140)
        self.notes.editing_finished.connect(self._on_notes_edited)
        self._labels["notes"] = QLabel()
        form.addRow(self._labels["notes"], self.notes)

        self.tier_value = QLabel()
        self.tier_value.setObjectName("tierValue")
        self.explain_button = QPushButton()
        self.explain_button.setObjectName("explainTier")
        self.explain_button.clicked.connect(self._on_explain)
        tier_row = QHBoxLayout()
        tier_row.addWidget(self.tier_value, 1)
        tier_row.addWidget(self.explain_button)
        self._labels["tier"] = QLabel()
        form.insertRow(0, self._labels["tier"], tier_row)

        self.rollup_box = QGroupBox()
        rollup_form = QFormLayout(self.rollup_box)
        self._rollup_values = {name: QLabel() for name in ("accounts", "revenue", "orders", "created")}
        self._rollup_labels = {name: QLabel() for name in self._rollup_values}
        for name, value in self._rollup_values.items():
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            rollup_form.addRow(self._rollup_labels[name], value)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.title)
        layout.addWidget(self.path_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.details_box)
        layout.addWidget(self.rollup_box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.empty_label)
        outer.addWidget(scroll)
        self._scroll = scroll
        self.retranslate()
        self.show_account(None)

    # -- public --------------------------------------------------------------------------------

    @property
    def account(self) -> Account | None:
        return self._account

    def field_edit(self, field: str) -> QLineEdit:
        return self._edits[field]

    def show_account(self, account: Account | None, rollup: Rollup | None = None, path: str = "") -> None:
        """Show ``account`` (``None``: nothing selected) and its roll-up."""
        same = account is not None and self._account is not None and account.id == self._account.id
        self._account = account
        if not same:
            self._clear_error()
        self.empty_label.setVisible(account is None)
        self._scroll.setVisible(account is not None)
        if account is None:
            return
        self.title.setText(account.name)
        self.path_label.setText(path)
        for field, edit in self._edits.items():
            if field != self._error_field:
                edit.setText(display_text(field, getattr(account, field)))
                edit.setCursorPosition(0)
        self.tier_value.setText(tier_name(account.tier))
        self.lifecycle.setCurrentIndex(self.lifecycle.findData(account.lifecycle.value))
        leader = account.industry_leader
        self.industry_leader.setCurrentIndex(self.industry_leader.findData("" if leader is None else str(int(leader))))
        if self.notes.toPlainText() != account.notes:
            self.notes.setPlainText(account.notes)
        locale = QLocale()
        if rollup is not None:
            self._rollup_values["accounts"].setText(locale.toString(rollup.account_count))
            self._rollup_values["revenue"].setText(format_money(rollup.annual_revenue))
            self._rollup_values["orders"].setText(
                self.tr("%1 orders, %2 in total")
                .replace("%1", locale.toString(rollup.transaction_count))
                .replace("%2", format_money(rollup.transaction_total))
            )
        created = account.created_at.strftime("%Y-%m-%d %H:%M") if account.created_at else ""
        updated = account.updated_at.strftime("%Y-%m-%d %H:%M") if account.updated_at else ""
        self._rollup_values["created"].setText(
            self.tr("%1, changed %2").replace("%1", created).replace("%2", updated)
        )

    def error_message(self) -> str:
        return self.error_label.text() if self.error_label.isVisible() or self._error_field else ""

    # -- edits ---------------------------------------------------------------------------------

    def _on_text_edited(self, field: str) -> None:
        if self._account is None:
            return
        self._submit(field, self._edits[field].text())

    def _on_notes_edited(self) -> None:
        if self._account is not None:
            self._submit("notes", self.notes.toPlainText())

    def _on_lifecycle_chosen(self, index: int) -> None:
        if self._account is not None:
            self._submit("lifecycle", str(self.lifecycle.itemData(index)))

    def _on_explain(self) -> None:
        if self._account is not None and self._account.id is not None:
            self.explain_requested.emit(self._account.id)

    def _on_leader_chosen(self, index: int) -> None:
        if self._account is not None:
            self._submit("industry_leader", str(self.industry_leader.itemData(index)))

    def _submit(self, field: str, text: str) -> None:
        assert self._account is not None
        assert self._account.id is not None
        try:
            value = parse_account_field(field, text)
        except ValidationError as error:
            self._show_error(field, error_text(error))
            return
        if self._error_field == field:
            self._clear_error()
        if value != getattr(self._account, field):
            self.edit_requested.emit(self._account.id, field, value)
        elif field in self._edits:
            self._edits[field].setText(display_text(field, value))

    def _show_error(self, field: str, message: str) -> None:
        self._clear_error()
        self._error_field = field
        self.error_label.setText(message)
        self.error_label.show()
        edit = self._edits.get(field)
        if edit is not None:
            edit.setStyleSheet("border: 2px solid #b00020;")

    def _clear_error(self) -> None:
        if self._error_field in self._edits:
            self._edits[self._error_field].setStyleSheet("")
        self._error_field = None
        self.error_label.clear()
        self.error_label.hide()

    def revert_field(self, field: str) -> None:
        """Put the stored value back into ``field`` (after a refused save)."""
        if self._account is not None and field in self._edits:
            self._edits[field].setText(display_text(field, getattr(self._account, field)))

    # -- language ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        labels = {
            "name": self.tr("Name"),
            "key": self.tr("Key"),
            "industry": self.tr("Industry"),
            "region": self.tr("Region"),
            "city": self.tr("City"),
            "lifecycle": self.tr("Lifecycle"),
            "employees": self.tr("Employees"),
            "annual_revenue": self.tr("Annual revenue"),
            "customer_since": self.tr("Customer since"),
            "notes": self.tr("Notes"),
            "industry_growth_pct": self.tr("Industry growth %"),
            "decision_nodes": self.tr("Decision nodes"),
            "industry_leader": self.tr("Industry leader"),
            "tier": self.tr("Tier"),
        }
        for field, text in labels.items():
            self._labels[field].setText(text)
        self._edits["customer_since"].setPlaceholderText(self.tr("YYYY-MM-DD"))
        self._edits["key"].setToolTip(
            self.tr("A stable key that identifies the account in imports and exports.")
        )
        stages = {
            Lifecycle.PROSPECT.value: self.tr("Prospect"),
            Lifecycle.CUSTOMER.value: self.tr("Customer"),
            Lifecycle.LOST.value: self.tr("Lost"),
        }
        for i in range(self.lifecycle.count()):
            self.lifecycle.setItemText(i, stages[str(self.lifecycle.itemData(i))])
        self.explain_button.setText(self.tr("Why?"))
        self.explain_button.setToolTip(self.tr("Show how the tier models rate this account"))
        leader = {"": self.tr("Not known"), "1": self.tr("Yes"), "0": self.tr("No")}
        for i in range(self.industry_leader.count()):
            self.industry_leader.setItemText(i, leader[str(self.industry_leader.itemData(i))])
        self._edits["industry_growth_pct"].setPlaceholderText(self.tr("e.g. 12.5"))
        self._edits["decision_nodes"].setToolTip(
            self.tr("How many approval steps a purchase passes at this customer (a tiering input).")
        )
        self.details_box.setTitle(self.tr("Details"))
        self.rollup_box.setTitle(self.tr("This account and everything below it"))
        self._rollup_labels["accounts"].setText(self.tr("Accounts"))
        self._rollup_labels["revenue"].setText(self.tr("Annual revenue"))
        self._rollup_labels["orders"].setText(self.tr("Orders"))
        self._rollup_labels["created"].setText(self.tr("Created"))
        self.empty_label.setText(
            self.tr("Select an account in the customer tree to see and edit its details.")
        )
        if self._account is not None:
            self.show_account(self._account)

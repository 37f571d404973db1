"""Dialogs for one objective, action or risk of an account plan.

A dialog never writes: Save hands it to its ``save`` callback, which runs the
change as one undoable command and answers with the error the services raised,
if any. The error is shown under the form in the user's language and the
dialog stays open, so a bad value is never half saved.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from domain.errors import DomainError
from domain.model import ObjectiveKind, PlanAction, PlanObjective, PlanRisk, TeamMember, WorkStatus
from ui.plan_labels import kind_name, plan_error_text, work_status_name

ERROR_STYLE = "color: #b00020; font-weight: 600;"
NO_DATE = QDate(2000, 1, 1)  # the date edit's minimum, shown as "no date"


def owner_text(member: TeamMember) -> str:
    if member.active:
        return member.name
    return QCoreApplication.translate("PlanDialogs", "%1 (inactive)").replace("%1", member.name)


class DueEdit(QDateEdit):
    """A date that may be left empty (shown as its special text at the minimum date)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(NO_DATE)
        self.set_day(None)

    def set_day(self, day: date | None) -> None:
        self.setDate(NO_DATE if day is None else QDate(day.year, day.month, day.day))

    def day(self) -> date | None:
        value = self.date()
        if value == NO_DATE:
            return None
        return date(value.year(), value.month(), value.day())


class OwnerCombo(QComboBox):
    """Nobody, or one of our team (inactive members only when they already own the record)."""

    def __init__(self, team: Sequence[TeamMember], current: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ids: list[int | None] = [None]
        self.addItem("")
        for member in sorted(team, key=lambda m: m.name.casefold()):
            if member.id is not None and (member.active or member.id == current):
                self.ids.append(member.id)
                self.addItem(owner_text(member))
        self.set_owner(current)

    def set_owner(self, owner_id: int | None) -> None:
        self.setCurrentIndex(self.ids.index(owner_id) if owner_id in self.ids else 0)

    def owner(self) -> int | None:
        k = self.currentIndex()
        return self.ids[k] if 0 <= k < len(self.ids) else None


class EnumCombo(QComboBox):
    def __init__(self, values: Sequence[Any], name: Callable[[Any], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values = list(values)
        self.addItems([name(v) for v in self.values])

    def set_value(self, value: Any) -> None:
        self.setCurrentIndex(self.values.index(value) if value in self.values else 0)

    def value(self) -> Any:
        return self.values[max(self.currentIndex(), 0)]


class RecordDialog(QDialog):
    """A form, an error line and Save/Cancel; subclasses add the fields and ``values()``."""

    def __init__(self, record: Any, save: Callable[[RecordDialog], DomainError | None], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.record = record
        self._save = save
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def values(self) -> dict[str, Any]:
        raise TypeError("RecordDialog is used through its subclasses")

    def changes(self) -> dict[str, Any]:
        """The fields that differ from the record, with their new values."""
        return {k: v for k, v in self.values().items() if getattr(self.record, k) != v}

    @Slot()
    def save(self) -> bool:
        """Hand the dialog to its save callback; close when it succeeded, else show why."""
        error = self._save(self)
        if error is not None:
            self.error.setText(plan_error_text(error))
            self.error.show()
            return False
        self.accept()
        return True


class ObjectiveDialog(RecordDialog):
    """An objective: title, kind, target value, owner, due date, status, progress entered by hand."""

    def __init__(
        self,
        objective: PlanObjective,
        team: Sequence[TeamMember],
        save: Callable[[RecordDialog], DomainError | None],
        parent: QWidget | None = None,
        *,
        new: bool = False,
        has_actions: bool = False,
    ) -> None:
        super().__init__(objective, save, parent)
        self.setObjectName("objectiveDialog")
        self.setWindowTitle(self.tr("New Objective") if new else self.tr("Edit Objective"))
        self.title = QLineEdit(objective.title)
        self.title.setMinimumWidth(380)
        self.kind = EnumCombo(list(ObjectiveKind), kind_name)
        self.kind.set_value(objective.kind)
        self.target = QLineEdit("" if objective.target is None else f"{objective.target.normalize():f}")
        self.owner = OwnerCombo(team, objective.owner_id)
        self.owner.setItemText(0, self.tr("Nobody"))
        self.due = DueEdit()
        self.due.setSpecialValueText(self.tr("No date"))
        self.due.set_day(objective.due)
        self.status = EnumCombo(list(WorkStatus), work_status_name)
        self.status.set_value(objective.status)
        self.progress = QSpinBox()
        self.progress.setRange(-1, 100)
        self.progress.setSuffix(" %")
        self.progress.setSpecialValueText(self.tr("Not entered"))
        self.progress.setValue(-1 if objective.progress is None else round(objective.progress))
        self.progress.setEnabled(not has_actions)
        if has_actions:
            self.progress.setToolTip(self.tr("The progress of an objective with actions is the share of them done."))
        self.form.addRow(self.tr("Objective:"), self.title)
        self.form.addRow(self.tr("Kind:"), self.kind)
        self.form.addRow(self.tr("Target:"), self.target)
        self.form.addRow(self.tr("Owner:"), self.owner)
        self.form.addRow(self.tr("Due:"), self.due)
        self.form.addRow(self.tr("Status:"), self.status)
        self.form.addRow(self.tr("Progress entered:"), self.progress)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self._on_kind_changed()

    @Slot()
    def _on_kind_changed(self, _index: int = 0) -> None:
        kind = self.kind.value()
        self.target.setEnabled(kind is not ObjectiveKind.QUALITATIVE)
        placeholders = {
            ObjectiveKind.REVENUE: self.tr("Amount, e.g. 1200000"),
            ObjectiveKind.SHARE_OF_WALLET: self.tr("Percent of the account's spend, 0 to 100"),
            ObjectiveKind.QUALITATIVE: self.tr("No target value"),
        }
        self.target.setPlaceholderText(placeholders[kind])

    def _target(self) -> Decimal | str | None:
        if self.kind.value() is ObjectiveKind.QUALITATIVE:
            return None
        text = self.target.text().strip().replace(",", "").replace(" ", "").rstrip("%")
        if not text:
            return None
        try:
            return Decimal(text)
        except InvalidOperation:
            return text  # the service says why it is not a number

    def values(self) -> dict[str, Any]:
        progress: float | None = None if self.progress.value() < 0 else float(self.progress.value())
        stored = self.record.progress
        if progress is not None and stored is not None and round(stored) == progress:
            progress = stored  # the box shows whole percents: unchanged is unchanged
        return {
            "title": self.title.text(),
            "kind": self.kind.value(),
            "target": self._target(),
            "owner_id": self.owner.owner(),
            "due": self.due.day(),
            "status": self.status.value(),
            "progress": progress,
        }


class ActionDialog(RecordDialog):
    """An action: what, for which objective, owner, due date, status."""

    def __init__(
        self,
        action: PlanAction,
        objectives: Sequence[PlanObjective],
        team: Sequence[TeamMember],
        save: Callable[[RecordDialog], DomainError | None],
        parent: QWidget | None = None,
        *,
        new: bool = False,
    ) -> None:
        super().__init__(action, save, parent)
        self.setObjectName("actionDialog")
        self.setWindowTitle(self.tr("New Action") if new else self.tr("Edit Action"))
        self.what = QLineEdit(action.what)
        self.what.setMinimumWidth(380)
        self.objective = EnumCombo([o.id for o in objectives], lambda i: next(o.title for o in objectives if o.id == i))
        self.objective.set_value(action.objective_id)
        self.owner = OwnerCombo(team, action.owner_id)
        self.owner.setItemText(0, self.tr("Nobody"))
        self.due = DueEdit()
        self.due.setSpecialValueText(self.tr("No date"))
        self.due.set_day(action.due)
        self.status = EnumCombo(list(WorkStatus), work_status_name)
        self.status.set_value(action.status)
        self.form.addRow(self.tr("Action:"), self.what)
        self.form.addRow(self.tr("Objective:"), self.objective)
        self.form.addRow(self.tr("Owner:"), self.owner)
        self.form.addRow(self.tr("Due:"), self.due)
        self.form.addRow(self.tr("Status:"), self.status)

    def values(self) -> dict[str, Any]:
        return {
            "what": self.what.text(),
            "objective_id": self.objective.value(),
            "owner_id": self.owner.owner(),
            "due": self.due.day(),
            "status": self.status.value(),
        }


class RiskDialog(RecordDialog):
    """A risk: description, likelihood and impact 1-5 (exposure shown), mitigation, owner."""

    def __init__(
        self,
        risk: PlanRisk,
        team: Sequence[TeamMember],
        save: Callable[[RecordDialog], DomainError | None],
        parent: QWidget | None = None,
        *,
        new: bool = False,
    ) -> None:
        super().__init__(risk, save, parent)
        self.setObjectName("riskDialog")
        self.setWindowTitle(self.tr("New Risk") if new else self.tr("Edit Risk"))
        self.description = QLineEdit(risk.description)
        self.description.setMinimumWidth(380)
        self.likelihood = QSpinBox()
        self.likelihood.setRange(1, 5)
        self.likelihood.setValue(risk.likelihood)
        self.impact = QSpinBox()
        self.impact.setRange(1, 5)
        self.impact.setValue(risk.impact)
        self.exposure = QLabel()
        self.mitigation = QPlainTextEdit(risk.mitigation)
        self.mitigation.setTabChangesFocus(True)
        self.mitigation.setFixedHeight(90)
        self.owner = OwnerCombo(team, risk.owner_id)
        self.owner.setItemText(0, self.tr("Nobody"))
        self.form.addRow(self.tr("Risk:"), self.description)
        self.form.addRow(self.tr("Likelihood (1-5):"), self.likelihood)
        self.form.addRow(self.tr("Impact (1-5):"), self.impact)
        self.form.addRow(self.tr("Exposure:"), self.exposure)
        self.form.addRow(self.tr("Mitigation:"), self.mitigation)
        self.form.addRow(self.tr("Owner:"), self.owner)
        self.likelihood.valueChanged.connect(self._on_score_changed)
        self.impact.valueChanged.connect(self._on_score_changed)
        self._on_score_changed()

    @Slot()
    def _on_score_changed(self, _value: int = 0) -> None:
        self.exposure.setText(
            self.tr("%1 of 25 (likelihood × impact)").replace("%1", str(self.likelihood.value() * self.impact.value()))
        )

    def values(self) -> dict[str, Any]:
        return {
            "description": self.description.text(),
            "likelihood": self.likelihood.value(),
            "impact": self.impact.value(),
            "mitigation": self.mitigation.toPlainText(),
            "owner_id": self.owner.owner(),
        }

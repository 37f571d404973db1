"""The contact dialog (a person of the power map) and the link dialog (an informal line).

:class:`ContactDialog` edits every field of one contact and the contact's links
(change their strength or note, delete them). It never writes: Save hands the
dialog to its ``save`` callback, which runs the change as one undoable command
and answers with the error the services raised, if any. The error is shown
under the form in the user's language and the dialog stays open, so nothing is
saved on a bad value.

:class:`LinkDialog` asks for the other end of a new influence or conflict line
(a list of the map's people), its strength and a note; or, for an existing
line, its strength and note.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.errors import DomainError, ValidationError
from domain.model import (
    Attitude,
    BuyingRole,
    Contact,
    ContactLink,
    LinkKind,
    RelationshipLayer,
    RelationshipStrength,
    TeamMember,
)
from domain.powermap import PowerMap
from ui.messages import error_text, field_label
from ui.orgchart.labels import attitude_name, buying_role_name, layer_name, link_kind_name, strength_name
from ui.table_model import RowsModel

ERROR_STYLE = "color: #b00020; font-weight: 600;"


def link_strength_name(strength: int) -> str:
    """The name of a link's strength: 1 weak, 2 medium, 3 strong."""
    names = {
        1: QCoreApplication.translate("LinkDialog", "Weak"),
        2: QCoreApplication.translate("LinkDialog", "Medium"),
        3: QCoreApplication.translate("LinkDialog", "Strong"),
    }
    return names.get(strength, str(strength))


def person_text(contact: Contact, account_names: dict[int, str] | None = None) -> str:
    """A person as a picker lists them: name, title, and the account in a group map."""
    parts = [contact.name]
    if contact.title:
        parts.append(contact.title)
    if account_names and contact.account_id in account_names:
        parts.append(account_names[contact.account_id])
    return " · ".join(parts)


def _people(power_map: PowerMap, leave_out: int | None) -> list[Contact]:
    people = [c for c in power_map.contacts if c.id is not None and c.id != leave_out]
    people.sort(key=lambda c: (c.name.casefold(), c.id or 0))
    return people


class _Choices:
    """A combo box over a fixed list of values; ``None`` is "not known" / "nobody"."""

    def __init__(self, combo: QComboBox, values: Sequence[Any]) -> None:
        self.combo = combo
        self.values = list(values)

    def fill(self, texts: Sequence[str]) -> None:
        current = self.combo.currentIndex()
        self.combo.clear()
        self.combo.addItems(list(texts))
        self.combo.setCurrentIndex(max(current, 0))

    def value(self) -> Any:
        k = self.combo.currentIndex()
        return self.values[k] if 0 <= k < len(self.values) else None

    def set_value(self, value: Any) -> None:
        self.combo.setCurrentIndex(self.values.index(value) if value in self.values else 0)


class LinkDialog(QDialog):
    """Ask for a new link from ``source`` (the other person, strength, note), or
    change an existing ``link``'s strength and note."""

    def __init__(
        self,
        power_map: PowerMap,
        source_id: int,
        kind: LinkKind,
        parent: QWidget | None = None,
        *,
        link: ContactLink | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("linkDialog")
        self.kind = kind
        self.source_id = source_id
        self.link = link
        contacts = {c.id: c for c in power_map.contacts}
        self._source = contacts.get(source_id)
        names = power_map.account_names if power_map.whole_group else None
        self.people = _people(power_map, source_id)
        self.other = QComboBox()
        self.other.setObjectName("other")
        self.other.setMinimumWidth(320)
        self.other.addItems([person_text(c, names) for c in self.people])
        if link is not None:
            other_id = link.target_id if link.source_id == source_id else link.source_id
            ids = [c.id for c in self.people]
            self.other.setCurrentIndex(ids.index(other_id) if other_id in ids else -1)
            self.other.setEnabled(False)
        self.strength = QComboBox()
        self.strength.setObjectName("strength")
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self._heading = QLabel()
        self._heading.setWordWrap(True)
        self._form = QFormLayout()
        self._other_label = QLabel()
        self._strength_label = QLabel()
        self._note_label = QLabel()
        self._form.addRow(self._other_label, self.other)
        self._form.addRow(self._strength_label, self.strength)
        self._form.addRow(self._note_label, self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addLayout(self._form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self.strength.setCurrentIndex((link.strength if link is not None else 1) - 1)
        if link is not None:
            self.note.setText(link.note)

    def retranslate(self) -> None:
        source = self._source.name if self._source is not None else ""
        if self.link is not None:
            self.setWindowTitle(self.tr("Edit Link"))
        elif self.kind is LinkKind.INFLUENCE:
            self.setWindowTitle(self.tr("Add Influence"))
        else:
            self.setWindowTitle(self.tr("Add Conflict"))
        if self.kind is LinkKind.INFLUENCE:
            self._heading.setText(self.tr("Whom does %1 influence?").replace("%1", source))
        else:
            self._heading.setText(self.tr("With whom is %1 in conflict?").replace("%1", source))
        self._other_label.setText(self.tr("Other person:"))
        self._strength_label.setText(self.tr("Strength:"))
        self._note_label.setText(self.tr("Note:"))
        current = self.strength.currentIndex()
        self.strength.clear()
        self.strength.addItems([link_strength_name(s) for s in (1, 2, 3)])
        self.strength.setCurrentIndex(max(current, 0))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def target_id(self) -> int | None:
        """The other person chosen (``None`` when the map has nobody else)."""
        k = self.other.currentIndex()
        return self.people[k].id if 0 <= k < len(self.people) else None

    def choose(self, target_id: int) -> None:
        """Choose the other person by id."""
        ids = [c.id for c in self.people]
        self.other.setCurrentIndex(ids.index(target_id))

    def new_link(self) -> ContactLink | None:
        """The link asked for (``None`` when nobody is chosen)."""
        target = self.target_id()
        if target is None:
            return None
        return ContactLink(self.source_id, target, self.kind, self.strength.currentIndex() + 1, self.note.text())

    def changes(self) -> dict[str, Any]:
        """For an existing link: its fields that the dialog changed."""
        assert self.link is not None
        values = {"strength": self.strength.currentIndex() + 1, "note": self.note.text().strip()}
        return {k: v for k, v in values.items() if getattr(self.link, k) != v}

    def accept(self) -> None:
        if self.link is None and self.target_id() is None:
            self.error.setText(self.tr("Choose the other person."))
            self.error.show()
            return
        super().accept()


class ContactDialog(QDialog):
    """Edit one contact of a power map (or a new one) with their links.

    ``save`` runs the change (see :meth:`changes`, :meth:`new_contact`,
    :meth:`link_changes`, :meth:`deleted_links`) and returns the error the
    services raised, or ``None`` when it was saved; on an error the dialog shows
    it under the form and stays open.
    """

    TEXT_FIELDS = ("name", "title", "department", "email", "phone")

    def __init__(
        self,
        power_map: PowerMap,
        team: Sequence[TeamMember],
        contact: Contact,
        save: Callable[[ContactDialog], DomainError | None],
        parent: QWidget | None = None,
        *,
        new: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactDialog")
        self.original = contact
        self.new = new
        self._save = save
        self._power_map = power_map
        self._contacts = {c.id: c for c in power_map.contacts if c.id is not None}
        self._names = power_map.account_names if power_map.whole_group else None
        self._links = [
            link for link in power_map.links
            if contact.id is not None and contact.id in (link.source_id, link.target_id)
        ]
        self._deleted: list[int] = []
        self._link_edits: dict[int, dict[str, Any]] = {}

        self.edits: dict[str, QLineEdit] = {}
        for name in self.TEXT_FIELDS:
            edit = QLineEdit(getattr(contact, name))
            edit.setObjectName(name)
            self.edits[name] = edit
        self.notes = QPlainTextEdit(contact.notes)
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(70)
        self.manager_text = QLabel()
        self.manager_text.setWordWrap(True)

        self.dotted = QComboBox()
        self.dotted.setObjectName("secondary_manager_id")
        self._dotted = _Choices(self.dotted, [None, *[c.id for c in _people(power_map, contact.id)]])
        self.role = QComboBox()
        self.role.setObjectName("buying_role")
        self._role = _Choices(self.role, [None, *BuyingRole])
        self.influence = QSpinBox()
        self.influence.setObjectName("influence")
        self.influence.setRange(0, 5)
        self.attitude = QComboBox()
        self.attitude.setObjectName("attitude")
        self._attitude = _Choices(self.attitude, [None, *Attitude])
        self.layer = QComboBox()
        self.layer.setObjectName("layer")
        self._layer = _Choices(self.layer, [None, *RelationshipLayer])
        self.owner = QComboBox()
        self.owner.setObjectName("owner_id")
        self._team = list(team)
        self._owner = _Choices(self.owner, [None, *[m.id for m in self._team]])
        self.strength = QComboBox()
        self.strength.setObjectName("strength")
        self._strength = _Choices(self.strength, [None, *RelationshipStrength])
        self.last_contact_known = QCheckBox()
        self.last_contact = QDateEdit()
        self.last_contact.setObjectName("last_contact_on")
        self.last_contact.setCalendarPopup(True)
        self.last_contact.setDisplayFormat("yyyy-MM-dd")

        person = QGroupBox()
        self._person_box = person
        self._person_form = QFormLayout(person)
        self._labels: dict[str, QLabel] = {}
        for name in self.TEXT_FIELDS:
            self._add_row(self._person_form, name, self.edits[name])
        self._add_row(self._person_form, "reports_to", self.manager_text)
        self._add_row(self._person_form, "secondary_manager_id", self.dotted)
        self._add_row(self._person_form, "notes", self.notes)
        power = QGroupBox()
        self._power_box = power
        self._power_form = QFormLayout(power)
        self._add_row(self._power_form, "buying_role", self.role)
        self._add_row(self._power_form, "influence", self.influence)
        self._add_row(self._power_form, "attitude", self.attitude)
        self._add_row(self._power_form, "layer", self.layer)
        self._add_row(self._power_form, "owner_id", self.owner)
        self._add_row(self._power_form, "strength", self.strength)
        last_row = QWidget()
        last_layout = QHBoxLayout(last_row)
        last_layout.setContentsMargins(0, 0, 0, 0)
        last_layout.addWidget(self.last_contact_known)
        last_layout.addWidget(self.last_contact, 1)
        self._add_row(self._power_form, "last_contact_on", last_row)

        self.links_model = RowsModel([], self)
        self.links_view = QTableView()
        self.links_view.setObjectName("links")
        self.links_view.setModel(self.links_model)
        self.links_view.verticalHeader().hide()
        self.links_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.links_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.links_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.links_view.horizontalHeader().setStretchLastSection(True)
        self.links_view.setMinimumHeight(110)
        self.edit_link_button = QPushButton()
        self.delete_link_button = QPushButton()
        links_box = QGroupBox()
        self._links_box = links_box
        links_layout = QVBoxLayout(links_box)
        links_layout.addWidget(self.links_view)
        link_buttons = QHBoxLayout()
        link_buttons.addStretch(1)
        link_buttons.addWidget(self.edit_link_button)
        link_buttons.addWidget(self.delete_link_button)
        links_layout.addLayout(link_buttons)
        links_box.setVisible(not new)

        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)

        columns = QHBoxLayout()
        columns.addWidget(person, 3)
        columns.addWidget(power, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(links_box, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.last_contact_known.toggled.connect(self.last_contact.setEnabled)
        self.edit_link_button.clicked.connect(self._on_edit_link)
        self.delete_link_button.clicked.connect(self._on_delete_link)
        self.links_view.selectionModel().selectionChanged.connect(self._on_link_selection)
        self.links_view.doubleClicked.connect(self._on_edit_link)

        self.setMinimumWidth(760)
        self.retranslate()
        self._show_contact(contact)
        self._on_link_selection()

    def _add_row(self, form: QFormLayout, name: str, widget: QWidget) -> None:
        label = QLabel()
        label.setBuddy(widget)
        self._labels[name] = label
        form.addRow(label, widget)

    def _show_contact(self, contact: Contact) -> None:
        self._dotted.set_value(contact.secondary_manager_id)
        self._role.set_value(contact.buying_role)
        self.influence.setValue(contact.influence or 0)
        self._attitude.set_value(contact.attitude)
        self._layer.set_value(contact.layer)
        self._owner.set_value(contact.owner_id)
        self._strength.set_value(contact.strength)
        day = contact.last_contact_on
        self.last_contact_known.setChecked(day is not None)
        self.last_contact.setEnabled(day is not None)
        shown = day or date.today()
        self.last_contact.setDate(QDate(shown.year, shown.month, shown.day))

    # -- language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        name = self.original.name
        self.setWindowTitle(self.tr("New Contact") if self.new else self.tr("Edit Contact — %1").replace("%1", name))
        self._person_box.setTitle(self.tr("Person"))
        self._power_box.setTitle(self.tr("Power map"))
        self._links_box.setTitle(self.tr("Influence and conflict lines"))
        labels = {
            "name": self.tr("Name:"),
            "reports_to": self.tr("Reports to:"),
            "notes": self.tr("Notes:"),
        }
        for key, label in self._labels.items():
            label.setText(labels.get(key) or self.tr("%1:").replace("%1", field_label(key)))
        boss = self._contacts.get(self.original.reports_to_id) if self.original.reports_to_id is not None else None
        self.manager_text.setText(
            person_text(boss, self._names) if boss is not None else self.tr("Nobody (top of the chart)")
        )
        people = [self._contacts[i] for i in self._dotted.values[1:]]
        self._dotted.fill([self.tr("Nobody"), *[person_text(c, self._names) for c in people]])
        self._role.fill([buying_role_name(None), *[buying_role_name(r) for r in BuyingRole]])
        self.influence.setSpecialValueText(self.tr("Not known"))
        self.influence.setSuffix(self.tr(" of 5"))
        self._attitude.fill([attitude_name(None), *[f"{int(a):+d}  {attitude_name(a)}" for a in Attitude]])
        self._layer.fill([layer_name(None), *[layer_name(layer) for layer in RelationshipLayer]])
        member_texts = [
            m.name if m.active else self.tr("%1 (inactive)").replace("%1", m.name) for m in self._team
        ]
        self._owner.fill([self.tr("Nobody on our side"), *member_texts])
        self._strength.fill([strength_name(None), *[strength_name(s) for s in RelationshipStrength]])
        self.last_contact_known.setText(self.tr("Known"))
        self.edit_link_button.setText(self.tr("Edit Link…"))
        self.delete_link_button.setText(self.tr("Delete Link"))
        self.links_model.set_headers([self.tr("Line"), self.tr("Other person"), self.tr("Strength"), self.tr("Note")])
        self._fill_links()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- values --------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """Every field of the form, as :func:`~domain.powermap.services.update_contact` takes them."""
        values: dict[str, Any] = {name: edit.text() for name, edit in self.edits.items()}
        values["notes"] = self.notes.toPlainText()
        values["secondary_manager_id"] = self._dotted.value()
        values["buying_role"] = self._role.value()
        values["influence"] = self.influence.value() or None
        values["attitude"] = self._attitude.value()
        values["layer"] = self._layer.value()
        values["owner_id"] = self._owner.value()
        values["strength"] = self._strength.value()
        values["last_contact_on"] = self.last_contact.date().toPython() if self.last_contact_known.isChecked() else None
        return values

    def set_values(self, **values: Any) -> None:
        """Fill fields by name (as :meth:`values` names them), as a user would."""
        for name, value in values.items():
            if name in self.edits:
                self.edits[name].setText(value)
            elif name == "notes":
                self.notes.setPlainText(value)
            elif name == "influence":
                self.influence.setValue(value or 0)
            elif name == "last_contact_on":
                self.last_contact_known.setChecked(value is not None)
                if value is not None:
                    self.last_contact.setDate(QDate(value.year, value.month, value.day))
            else:
                choices = {
                    "secondary_manager_id": self._dotted, "buying_role": self._role, "attitude": self._attitude,
                    "layer": self._layer, "owner_id": self._owner, "strength": self._strength,
                }[name]
                if value not in choices.values:
                    raise ValueError(f"{value!r} is not a choice of {name}")
                choices.set_value(value)

    def changes(self) -> dict[str, Any]:
        """The fields whose values differ from the contact's (texts compared as the store keeps them)."""
        changes = {}
        for name, value in self.values().items():
            old = getattr(self.original, name)
            same = value.strip() == old if isinstance(value, str) and name in self.TEXT_FIELDS else value == old
            if not same:
                changes[name] = value
        return changes

    def new_contact(self) -> Contact:
        """The contact the form describes (for a new contact: without an id)."""
        return dataclasses.replace(self.original, **self.values())

    def link_changes(self) -> dict[int, dict[str, Any]]:
        """Strength and note changes of the contact's links, by link id."""
        return {k: dict(v) for k, v in self._link_edits.items() if k not in self._deleted}

    def deleted_links(self) -> list[int]:
        """The ids of the links the user deleted."""
        return list(self._deleted)

    def has_changes(self) -> bool:
        return bool(self.changes() or self.link_changes() or self._deleted)

    # -- links ---------------------------------------------------------------------------------

    def shown_links(self) -> list[ContactLink]:
        """The contact's links as the table lists them (deleted ones left out, edits applied)."""
        shown = []
        for link in self._links:
            if link.id in self._deleted:
                continue
            edits = self._link_edits.get(link.id or 0, {})
            shown.append(dataclasses.replace(link, **edits))
        return shown

    def _fill_links(self) -> None:
        rows = []
        me = self.original.id
        for link in self.shown_links():
            other_id = link.target_id if link.source_id == me else link.source_id
            other = self._contacts.get(other_id)
            if link.kind is LinkKind.INFLUENCE and link.target_id == me:
                kind = self.tr("Influenced by")
            else:
                kind = link_kind_name(link.kind)
            rows.append([kind, person_text(other, self._names) if other else str(other_id),
                         link_strength_name(link.strength), link.note])
        self.links_model.set_rows(rows)
        self.links_view.resizeColumnsToContents()
        self._on_link_selection()

    def _selected_link(self) -> ContactLink | None:
        rows = self.links_view.selectionModel().selectedRows()
        shown = self.shown_links()
        return shown[rows[0].row()] if rows and rows[0].row() < len(shown) else None

    @Slot()
    def _on_link_selection(self) -> None:
        chosen = self._selected_link() is not None
        self.edit_link_button.setEnabled(chosen)
        self.delete_link_button.setEnabled(chosen)

    def select_link(self, link_id: int) -> None:
        ids = [link.id for link in self.shown_links()]
        self.links_view.selectRow(ids.index(link_id))

    def delete_link(self, link_id: int) -> None:
        """Mark a link deleted (written when the dialog is saved)."""
        self._deleted.append(link_id)
        self._fill_links()

    def edit_link(self, link_id: int, strength: int, note: str) -> None:
        """Change a link's strength and note (written when the dialog is saved)."""
        link = next(k for k in self._links if k.id == link_id)
        edits = {"strength": strength, "note": note.strip()}
        self._link_edits[link_id] = {k: v for k, v in edits.items() if getattr(link, k) != v}
        self._fill_links()

    @classmethod
    def run_link_dialog(cls, dialog: LinkDialog) -> bool:
        """Show the link dialog and wait (tests replace this); True when accepted."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    @Slot()
    def _on_edit_link(self) -> None:
        link = self._selected_link()
        if link is None or self.original.id is None:
            return
        dialog = LinkDialog(self._power_map, self.original.id, link.kind, self, link=link)
        if self.run_link_dialog(dialog):
            self.edit_link(link.id or 0, dialog.strength.currentIndex() + 1, dialog.note.text())
        dialog.deleteLater()

    @Slot()
    def _on_delete_link(self) -> None:
        link = self._selected_link()
        if link is not None and link.id is not None:
            self.delete_link(link.id)

    # -- saving --------------------------------------------------------------------------------

    def show_error(self, error: DomainError) -> None:
        """Show why the contact could not be saved, under the form."""
        text = error_text(error)
        if isinstance(error, ValidationError) and error.field in self._labels:
            self._mark(error.field)
        self.error.setText(text)
        self.error.show()

    def _mark(self, field: str) -> None:
        for name, label in self._labels.items():
            label.setStyleSheet(ERROR_STYLE if name == field else "")

    def error_text(self) -> str:
        """The error shown under the form ("" when none)."""
        return self.error.text() if not self.error.isHidden() else ""

    def accept(self) -> None:
        if not self.new and not self.has_changes():
            super().accept()
            return
        error = self._save(self)
        if error is not None:
            self.show_error(error)
            return
        super().accept()

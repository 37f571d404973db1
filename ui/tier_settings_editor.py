"""Editing the tier settings: which model classifies, over which window, and each model's parameters.

The editor keeps no settings object of its own. Widgets and two small item
models show the values, and :meth:`TierSettingsEditor.settings` builds a new,
validated :class:`~domain.tiers.params.TierSettings` from them whenever it is
asked. Spin boxes round what they show (a cut-off of 0.8333 shows as 83.3 %),
so each one gives back the exact value it was loaded with until the user
changes it: loading settings and reading them back returns equal settings.

Thresholds of criteria measured as fractions (share of revenue, on-time rate)
are shown and typed in percent; everything else in the unit of
:data:`~domain.tiers.params.CRITERION_UNITS`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.errors import ValidationError
from domain.tiers.metrics import MAX_WINDOW_MONTHS, MIN_WINDOW_MONTHS
from domain.tiers.params import (
    CRITERION_UNITS,
    DIRECTIONS,
    MISSING_POLICIES,
    SEGMENTS,
    Band,
    Criterion,
    ParetoParams,
    RfmParams,
    TierSettings,
    WeightedParams,
    default_settings,
)
from domain.tiers.result import DIMENSIONS, TIERS
from domain.tiers.rfm import segment
from ui.tier_labels import criterion_name, dimension_name, segment_name

ModelIndex = QModelIndex | QPersistentModelIndex

#: Item data role under which a cell offers its allowed values as ``[(value, label), ...]``;
#: :class:`ChoiceDelegate` edits such a cell with a combo box.
CHOICES_ROLE = int(Qt.ItemDataRole.UserRole) + 1

#: The order the model chooser lists the models in (the default first).
MODEL_ORDER = ("weighted", "pareto", "rfm")

_ERROR_COLOUR = "#b00020"
_ERROR_BORDER = f"border: 2px solid {_ERROR_COLOUR};"
_OFF_BRUSH = QBrush(QColor("#8a8a8a"))
_BAND_SEPARATORS = re.compile(r"[,;，；、]")
_PAIR_SEPARATOR = re.compile(r"[:：]")
_CRITERION_FIELD = re.compile(r"weighted\.criteria\.(\w+)\.(\w+)(?:\[\d+\])?(?:\.(\w+))?")


def number_text(value: float) -> str:
    """``value`` as short text: no trailing zeros, float noise (15.000000000000002) rounded away."""
    return f"{value:.10g}"


def threshold_scale(criterion_id: str) -> float:
    """Factor from a criterion's stored thresholds to the ones shown: 100 for fractions (shown in %), else 1."""
    return 100.0 if CRITERION_UNITS.get(criterion_id) == "fraction" else 1.0


def format_bands(bands: Iterable[Band], scale: float = 1.0) -> str:
    """Bands as editable text, ``"15:100, 5:60, 1:30"``; thresholds multiplied by ``scale``."""
    return ", ".join(f"{number_text(threshold * scale)}:{number_text(points)}" for threshold, points in bands)


def parse_bands(text: str, scale: float, path: str) -> tuple[Band, ...]:
    """Bands from text written as by :func:`format_bands`; thresholds divided by ``scale``.

    Pairs are separated by commas or semicolons (also full-width ones), threshold
    and points by a colon; a threshold may end in ``%``. Only the syntax is
    checked here: :class:`Criterion` checks order and ranges. Raises
    :class:`ValidationError` at ``path`` with reason ``required`` (no band) or
    ``bad_band`` (``value`` holds the piece that is not a pair of numbers).
    """
    pieces = [piece.strip() for piece in _BAND_SEPARATORS.split(text) if piece.strip()]
    if not pieces:
        raise ValidationError(path, "Give at least one band, e.g. 15:100, 5:60.", reason="required")
    bands = []
    for piece in pieces:
        parts = _PAIR_SEPARATOR.split(piece)
        try:
            if len(parts) != 2:
                raise ValueError(piece)
            threshold = float(parts[0].strip().removesuffix("%").strip())
            points = float(parts[1].strip())
        except ValueError:
            threshold = points = math.nan
        if not (math.isfinite(threshold) and math.isfinite(points)):
            raise ValidationError(path, f"{piece!r} is not a band; write threshold:points pairs such as 15:100.",
                                  value=piece, reason="bad_band")
        bands.append(Band(threshold / scale, points))
    return tuple(bands)


def _number_from(value: object, path: str) -> float:
    """A number typed into a cell (text or a spin box's float)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    text = str(value).strip()
    try:
        return float(text)
    except ValueError:
        raise ValidationError(path, f"'{text}' is not a number.", value=text, reason="not_number") from None


def _mirrored(bands: Sequence[Band]) -> tuple[Band, ...]:
    """The bands for the other direction: thresholds in reverse order, points still best first.

    ``higher`` 15:100, 5:60, 1:30 becomes ``lower`` 1:100, 5:60, 15:30, which is
    valid for the new direction, so switching never leaves a criterion unusable.
    """
    thresholds = [band.threshold for band in reversed(bands)]
    return tuple(Band(threshold, band.points) for threshold, band in zip(thresholds, bands, strict=True))


def _range_text(values: Iterable[int]) -> str:
    ordered = sorted(set(values))
    if ordered == list(range(ordered[0], ordered[-1] + 1)):
        return str(ordered[0]) if len(ordered) == 1 else f"{ordered[0]}-{ordered[-1]}"
    return ", ".join(map(str, ordered))


def segment_cells() -> dict[str, tuple[str, str]]:
    """For each RFM segment, the R scores and the FM scores that fall in it, as text (``"3-4"``)."""
    cells: dict[str, tuple[set[int], set[int]]] = {}
    for r in range(1, 6):
        for fm in range(1, 6):
            rs, fms = cells.setdefault(segment(r, fm, fm), (set(), set()))
            rs.add(r)
            fms.add(fm)
    return {name: (_range_text(rs), _range_text(fms)) for name, (rs, fms) in cells.items()}


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell that offers :data:`CHOICES_ROLE` with a combo box, any other cell as usual.

    A combo commits as soon as the user picks an entry, so it also works as a
    persistent editor (always shown in the table).
    """

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> QWidget:
        choices = index.data(CHOICES_ROLE)
        if not choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for value, label in choices:
            combo.addItem(label, value)
        combo.activated.connect(self._on_choice_activated)
        return combo

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.findData(index.data(Qt.ItemDataRole.EditRole)))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def _on_choice_activated(self, _index: int) -> None:
        editor = self.sender()
        if isinstance(editor, QWidget):
            self.commitData.emit(editor)


class CriteriaModel(QAbstractTableModel):
    """The weighted model's criteria, one row each, over a list of domain :class:`Criterion`.

    Every edit builds a new :class:`Criterion`, so a row always holds a valid
    one; an edit the domain refuses leaves the row unchanged. Switching the
    direction re-orders the thresholds (see :func:`_mirrored`).

    Signals:
        edited(): the user changed a criterion through :meth:`setData`.
        edit_refused(object): an edit was refused; carries the
            :class:`ValidationError` that says why.
    """

    edited = Signal()
    edit_refused = Signal(object)

    CRITERION, DIMENSION, WEIGHT, DIRECTION, UNIT, BANDS, OTHERWISE = range(7)
    COLUMN_COUNT = 7
    EDITABLE = frozenset({DIMENSION, WEIGHT, DIRECTION, BANDS, OTHERWISE})

    def __init__(self, criteria: Sequence[Criterion] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._criteria: list[Criterion] = list(criteria)

    # -- public --------------------------------------------------------------------------------

    def set_criteria(self, criteria: Sequence[Criterion]) -> None:
        """Show ``criteria`` (no :attr:`edited` signal: this is a load, not an edit)."""
        self.beginResetModel()
        self._criteria = list(criteria)
        self.endResetModel()

    def criteria(self) -> tuple[Criterion, ...]:
        return tuple(self._criteria)

    def row_of(self, criterion_id: str) -> int:
        """The row showing ``criterion_id``; ``ValueError`` if none does."""
        return [c.id for c in self._criteria].index(criterion_id)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        if self._criteria:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._criteria) - 1, self.COLUMN_COUNT - 1))

    def criterion_label(self, criterion_id: str) -> str:
        return criterion_name(criterion_id)

    def criterion_help(self, criterion_id: str) -> str:
        texts = {
            "revenue_share": self.tr("Revenue in the window as a share of the revenue of all accounts."),
            "purchase_cycle": self.tr("Mean days between orders in the window."),
            "repeat_purchases": self.tr("Orders in the window minus one."),
            "on_time_rate": self.tr("Share of due orders paid by their due date."),
            "interactions_per_year": self.tr("Interactions in the window, scaled to twelve months."),
            "referrals": self.tr("Referrals the account made in the window."),
            "feedback": self.tr("Feedback the account gave in the window."),
            "industry_growth": self.tr("Yearly growth of the account's industry."),
            "size_percentile": self.tr("Size rank within its industry: 100 is the largest."),
            "decision_nodes": self.tr("Approval steps a purchase passes at the customer."),
            "industry_leader": self.tr("1 if the account leads its industry, 0 if not."),
        }
        return texts.get(criterion_id, "")

    def dimension_label(self, dimension: str) -> str:
        return dimension_name(dimension)

    def direction_label(self, direction: str) -> str:
        labels = {"higher": self.tr("Higher is better"), "lower": self.tr("Lower is better")}
        return labels.get(direction, direction)

    def unit_label(self, criterion_id: str) -> str:
        labels = {
            "fraction": self.tr("%"),
            "percent": self.tr("%"),
            "days": self.tr("days"),
            "count": self.tr("count"),
            "per_year": self.tr("per year"),
            "percentile": self.tr("percentile"),
            "flag": self.tr("1 = yes"),
        }
        unit = CRITERION_UNITS.get(criterion_id, "")
        return labels.get(unit, unit)

    # -- Qt model ------------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._criteria)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Criterion"),
                self.tr("Dimension"),
                self.tr("Weight"),
                self.tr("Direction"),
                self.tr("Unit"),
                self.tr("Bands"),
                self.tr("Otherwise"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = {
                self.WEIGHT: self.tr("Weight of the criterion within its dimension; 0 switches it off."),
                self.UNIT: self.tr("The unit of the thresholds; shares are written in percent."),
                self.BANDS: self.tr("Threshold:points pairs from best to worst, e.g. 15:100, 5:60."),
                self.OTHERWISE: self.tr("Points for a value that reaches none of the bands."),
            }
            return tips.get(section)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in self.EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        criterion = self._criteria[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(criterion, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(criterion, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(criterion, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.WEIGHT, self.OTHERWISE):
            return int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
        if role == Qt.ItemDataRole.ForegroundRole and criterion.weight == 0:
            return _OFF_BRUSH
        if role == CHOICES_ROLE:
            if column == self.DIMENSION:
                return [(name, self.dimension_label(name)) for name in DIMENSIONS]
            if column == self.DIRECTION:
                return [(name, self.direction_label(name)) for name in DIRECTIONS]
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self._valid(index) or index.column() not in self.EDITABLE:
            return False
        row = index.row()
        old = self._criteria[row]
        try:
            new = self._edited(old, index.column(), value)
        except ValidationError as error:
            self.edit_refused.emit(error)
            return False
        if new != old:
            self._criteria[row] = new
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMN_COUNT - 1))
            self.edited.emit()
        return True

    # -- helpers -------------------------------------------------------------------------------

    def _valid(self, index: ModelIndex) -> bool:
        return (index.isValid() and not index.parent().isValid() and 0 <= index.row() < len(self._criteria)
                and 0 <= index.column() < self.COLUMN_COUNT)

    def _display(self, criterion: Criterion, column: int) -> str:
        if column == self.CRITERION:
            return self.criterion_label(criterion.id)
        if column == self.DIMENSION:
            return self.dimension_label(criterion.dimension)
        if column == self.WEIGHT:
            return number_text(criterion.weight)
        if column == self.DIRECTION:
            return self.direction_label(criterion.direction)
        if column == self.UNIT:
            return self.unit_label(criterion.id)
        if column == self.BANDS:
            return format_bands(criterion.bands, threshold_scale(criterion.id))
        return number_text(criterion.otherwise)

    def _edit_value(self, criterion: Criterion, column: int) -> Any:
        if column == self.DIMENSION:
            return criterion.dimension
        if column == self.DIRECTION:
            return criterion.direction
        if column == self.WEIGHT:
            return float(criterion.weight)
        if column == self.OTHERWISE:
            return float(criterion.otherwise)
        return self._display(criterion, column)

    def _tooltip(self, criterion: Criterion, column: int) -> str | None:
        if column == self.CRITERION:
            return self.criterion_help(criterion.id)
        if column == self.WEIGHT:
            total = sum(c.weight for c in self._criteria if c.dimension == criterion.dimension)
            share = 100 * criterion.weight / total if total else 0.0
            return (self.tr("%1% of the %2 dimension")
                    .replace("%1", f"{share:.0f}")
                    .replace("%2", self.dimension_label(criterion.dimension)))
        if column == self.BANDS:
            if criterion.direction == "higher":
                return self.tr("A value at or above a threshold earns that band's points; the first band "
                               "reached counts.")
            return self.tr("A value at or below a threshold earns that band's points; the first band "
                           "reached counts.")
        return None

    def _edited(self, old: Criterion, column: int, value: object) -> Criterion:
        """``old`` with the cell in ``column`` set to ``value``; raises :class:`ValidationError`."""
        path = f"weighted.criteria.{old.id}"
        if column == self.DIMENSION:
            return replace(old, dimension=str(value))
        if column == self.DIRECTION:
            direction = str(value)
            if direction == old.direction:
                return old
            return replace(old, direction=direction, bands=_mirrored(old.bands))
        if column == self.WEIGHT:
            return replace(old, weight=_number_from(value, f"{path}.weight"))
        if column == self.OTHERWISE:
            return replace(old, otherwise=_number_from(value, f"{path}.otherwise"))
        return replace(old, bands=parse_bands(str(value), threshold_scale(old.id), f"{path}.bands"))


class SegmentTiersModel(QAbstractTableModel):
    """Which tier each RFM segment gets: one row per segment of :data:`SEGMENTS`, best first.

    Signals:
        edited(): the user gave a segment another tier through :meth:`setData`.
    """

    edited = Signal()

    SEGMENT, SCORES, TIER = range(3)
    COLUMN_COUNT = 3

    def __init__(self, segment_tiers: Mapping[str, str] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._segments = tuple(SEGMENTS)
        self._cells = segment_cells()
        self._tiers: dict[str, str] = dict(segment_tiers or RfmParams().segment_tiers)

    # -- public --------------------------------------------------------------------------------

    def set_segment_tiers(self, segment_tiers: Mapping[str, str]) -> None:
        """Show ``segment_tiers`` (no :attr:`edited` signal: this is a load, not an edit)."""
        self._tiers = dict(segment_tiers)
        if self._segments:
            self.dataChanged.emit(self.index(0, self.TIER), self.index(len(self._segments) - 1, self.TIER))

    def segment_tiers(self) -> dict[str, str]:
        return dict(self._tiers)

    def row_of(self, segment_name: str) -> int:
        return self._segments.index(segment_name)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        if self._segments:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._segments) - 1, self.COLUMN_COUNT - 1))

    def segment_label(self, segment_id: str) -> str:
        return segment_name(segment_id)

    # -- Qt model ------------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._segments)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Segment"), self.tr("Scores"), self.tr("Tier"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.SCORES:
            return self.tr("R: recency score; FM: mean of the frequency and monetary scores (1-5, 5 is best).")
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.TIER:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        name = self._segments[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.SEGMENT:
                return self.segment_label(name)
            if column == self.SCORES:
                r, fm = self._cells.get(name, ("", ""))
                return self.tr("R %1, FM %2").replace("%1", r).replace("%2", fm)
            return self._tiers.get(name, "")
        if role == CHOICES_ROLE and column == self.TIER:
            return [(tier, tier) for tier in TIERS]
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self._valid(index) or index.column() != self.TIER:
            return False
        if value not in TIERS:
            return False
        name = self._segments[index.row()]
        if self._tiers.get(name) != value:
            self._tiers[name] = str(value)
            self.dataChanged.emit(index, index)
            self.edited.emit()
        return True

    def _valid(self, index: ModelIndex) -> bool:
        return (index.isValid() and not index.parent().isValid() and 0 <= index.row() < len(self._segments)
                and 0 <= index.column() < self.COLUMN_COUNT)


class _ExactSpinBox(QDoubleSpinBox):
    """A double spin box showing ``value * scale`` that gives back exactly what it was loaded with.

    Until the user changes the shown number, :meth:`exact` returns the value
    given to :meth:`set_exact`, unrounded; after a change, the shown number / ``scale``.
    """

    def __init__(self, scale: float = 1.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scale = scale
        self._exact: float | None = None
        self._shown = 0.0

    def set_exact(self, value: float) -> None:
        self._exact = value
        self.setValue(value * self._scale)
        self._shown = self.value()

    def exact(self) -> float:
        if self._exact is not None and self.value() == self._shown:
            return self._exact
        return self.value() / self._scale


class TierSettingsEditor(QWidget):
    """Edits a whole :class:`TierSettings`: the model, the window, roll-up and each model's parameters.

    :meth:`set_settings` loads settings without signalling; every change the
    user makes afterwards emits :attr:`changed`. :meth:`settings` builds new
    settings from what is shown and raises :class:`ValidationError` when they
    are not valid; the editor also shows the first problem under the pages.

    Signals:
        changed(): the user changed a value (including a model switch and
            "Restore defaults"); the settings may be invalid, so ask :meth:`settings`.
        model_changed(str): the user chose another tiering model ("pareto",
            "rfm" or "weighted").
    """

    changed = Signal()
    model_changed = Signal(str)

    def __init__(self, settings: TierSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._labels: dict[str, QLabel] = {}

        # Top: model, window, roll-up.
        self.model_combo = QComboBox()
        self.model_combo.setObjectName("tierModel")
        self.model_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for model in MODEL_ORDER:
            self.model_combo.addItem("", model)
        self.window_spin = QSpinBox()
        self.window_spin.setObjectName("windowMonths")
        self.window_spin.setRange(MIN_WINDOW_MONTHS, MAX_WINDOW_MONTHS)
        self.roll_up_check = QCheckBox()
        self.roll_up_check.setObjectName("rollUpGroups")
        top = QFormLayout()
        top.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        top.addRow(self._label("model"), self.model_combo)
        top.addRow(self._label("window"), self.window_spin)
        top.addRow(self.roll_up_check)

        # Pareto page.
        self.pareto_a_spin = self._percent_spin("paretoA")
        self.pareto_b_spin = self._percent_spin("paretoB")
        self.pareto_rule = self._explanation()
        self.pareto_page = QWidget()
        pareto_form = QFormLayout()
        pareto_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        pareto_form.addRow(self._label("a_cut"), self.pareto_a_spin)
        pareto_form.addRow(self._label("b_cut"), self.pareto_b_spin)
        pareto_layout = QVBoxLayout(self.pareto_page)
        pareto_layout.addLayout(pareto_form)
        pareto_layout.addWidget(self.pareto_rule)
        pareto_layout.addStretch(1)

        # RFM page.
        self.segment_model = SegmentTiersModel(parent=self)
        self.rfm_rule = self._explanation()
        self.segment_view = QTableView()
        self.segment_view.setObjectName("segmentTiers")
        self.segment_view.setModel(self.segment_model)
        self.segment_view.setItemDelegate(ChoiceDelegate(self.segment_view))
        self.segment_view.verticalHeader().hide()
        self.segment_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.segment_view.horizontalHeader()
        header.setSectionResizeMode(SegmentTiersModel.SEGMENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SegmentTiersModel.SCORES, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SegmentTiersModel.TIER, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(SegmentTiersModel.TIER, 72)
        for row in range(self.segment_model.rowCount()):
            self.segment_view.openPersistentEditor(self.segment_model.index(row, SegmentTiersModel.TIER))
        self.rfm_page = QWidget()
        rfm_layout = QVBoxLayout(self.rfm_page)
        rfm_layout.addWidget(self.rfm_rule)
        rfm_layout.addWidget(self.segment_view, 1)

        # Weighted page.
        self.criteria_model = CriteriaModel(parent=self)
        self.weight_spins: dict[str, _ExactSpinBox] = {}
        self.weights_box = QGroupBox()
        weights_layout = QHBoxLayout(self.weights_box)
        for dimension in DIMENSIONS:
            spin = _ExactSpinBox()
            spin.setObjectName(f"weight_{dimension}")
            spin.setRange(0, 100)
            spin.setDecimals(1)
            self.weight_spins[dimension] = spin
            weights_layout.addWidget(self._label(f"dimension_{dimension}"))
            weights_layout.addWidget(spin)
            weights_layout.addSpacing(8)
        self.weight_total_label = QLabel()
        self.weight_total_label.setObjectName("weightTotal")
        weights_layout.addStretch(1)
        weights_layout.addWidget(self.weight_total_label)

        self.a_min_spin = self._score_spin("aMin")
        self.b_min_spin = self._score_spin("bMin")
        self.missing_combo = QComboBox()
        self.missing_combo.setObjectName("missingInput")
        # Items get their text in retranslate(); follow it instead of a size measured before.
        self.missing_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for policy in MISSING_POLICIES:
            self.missing_combo.addItem("", policy)
        self.cutoffs_box = QGroupBox()
        cutoffs_form = QFormLayout(self.cutoffs_box)
        cutoffs_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        score_lines = QHBoxLayout()
        score_lines.addWidget(self.a_min_spin)
        score_lines.addSpacing(16)
        score_lines.addWidget(self._label("b_min"))
        score_lines.addWidget(self.b_min_spin)
        score_lines.addStretch(1)
        cutoffs_form.addRow(self._label("a_min"), score_lines)
        cutoffs_form.addRow(self._label("missing"), self.missing_combo)
        self.weighted_rule = self._explanation()

        self.criteria_view = QTableView()
        self.criteria_view.setObjectName("criteria")
        self.criteria_view.setModel(self.criteria_model)
        self.criteria_view.setItemDelegate(ChoiceDelegate(self.criteria_view))
        self.criteria_view.verticalHeader().hide()
        self.criteria_view.setWordWrap(False)
        self.criteria_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.criteria_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        criteria_header = self.criteria_view.horizontalHeader()
        # Columns fit their contents (a band list must stay readable); the table scrolls sideways
        # when the dialog gives it less room than that.
        criteria_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        criteria_header.setStretchLastSection(True)
        for view in (self.criteria_view, self.segment_view):
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        self.criteria_box = QGroupBox()
        criteria_layout = QVBoxLayout(self.criteria_box)
        criteria_layout.addWidget(self.criteria_view)

        self.weighted_page = QWidget()
        weighted_layout = QVBoxLayout(self.weighted_page)
        weighted_layout.addWidget(self.weights_box)
        weighted_layout.addWidget(self.cutoffs_box)
        weighted_layout.addWidget(self.weighted_rule)
        weighted_layout.addWidget(self.criteria_box, 1)

        self.pages = QStackedWidget()
        self._pages = {"weighted": self.weighted_page, "pareto": self.pareto_page, "rfm": self.rfm_page}
        for model in MODEL_ORDER:
            self.pages.addWidget(self._pages[model])

        # Bottom: the current problem and "Restore defaults".
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {_ERROR_COLOUR}; font-weight: 600;")
        self.error_label.hide()
        self.defaults_button = QPushButton()
        self.defaults_button.setObjectName("restoreDefaults")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.defaults_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        # Widgets that can be marked as holding the current problem, by settings path.
        self._field_widgets: dict[str, QWidget] = {
            "window_months": self.window_spin,
            "pareto.a_cut": self.pareto_a_spin,
            "pareto.b_cut": self.pareto_b_spin,
            "weighted.a_min": self.a_min_spin,
            "weighted.b_min": self.b_min_spin,
            **{f"weighted.dimensions.{d}": spin for d, spin in self.weight_spins.items()},
        }

        self.model_combo.currentIndexChanged.connect(self._on_model_chosen)
        self.window_spin.valueChanged.connect(self._on_edited)
        self.roll_up_check.toggled.connect(self._on_edited)
        self.pareto_a_spin.valueChanged.connect(self._on_edited)
        self.pareto_b_spin.valueChanged.connect(self._on_edited)
        for spin in self.weight_spins.values():
            spin.valueChanged.connect(self._on_edited)
        self.a_min_spin.valueChanged.connect(self._on_edited)
        self.b_min_spin.valueChanged.connect(self._on_edited)
        self.missing_combo.currentIndexChanged.connect(self._on_edited)
        self.segment_model.edited.connect(self._on_edited)
        self.criteria_model.edited.connect(self._on_edited)
        self.criteria_model.edit_refused.connect(self._on_edit_refused)
        self.defaults_button.clicked.connect(self._on_defaults_clicked)

        self.retranslate()
        self.set_settings(settings or default_settings())

    # -- public --------------------------------------------------------------------------------

    def set_settings(self, settings: TierSettings) -> None:
        """Show ``settings``; emits neither :attr:`changed` nor :attr:`model_changed`."""
        self._loading = True
        try:
            self.model_combo.setCurrentIndex(self.model_combo.findData(settings.model))
            self.window_spin.setValue(settings.window_months)
            self.roll_up_check.setChecked(settings.roll_up_groups)
            self.pareto_a_spin.set_exact(settings.pareto.a_cut)
            self.pareto_b_spin.set_exact(settings.pareto.b_cut)
            self.segment_model.set_segment_tiers(settings.rfm.segment_tiers)
            weighted = settings.weighted
            for dimension, spin in self.weight_spins.items():
                spin.set_exact(weighted.dimensions[dimension])
            self.a_min_spin.set_exact(weighted.a_min)
            self.b_min_spin.set_exact(weighted.b_min)
            self.missing_combo.setCurrentIndex(self.missing_combo.findData(weighted.missing))
            self.criteria_model.set_criteria(weighted.criteria)
            self.pages.setCurrentWidget(self._pages[settings.model])
        finally:
            self._loading = False
        self._refresh()
        self._check()

    def settings(self) -> TierSettings:
        """New settings built from what the editor shows; raises :class:`ValidationError` if invalid."""
        return TierSettings(
            model=self.current_model(),
            window_months=self.window_spin.value(),
            roll_up_groups=self.roll_up_check.isChecked(),
            pareto=ParetoParams(a_cut=self.pareto_a_spin.exact(), b_cut=self.pareto_b_spin.exact()),
            rfm=RfmParams(segment_tiers=self.segment_model.segment_tiers()),
            weighted=WeightedParams(
                dimensions={dimension: spin.exact() for dimension, spin in self.weight_spins.items()},
                criteria=self.criteria_model.criteria(),
                missing=str(self.missing_combo.currentData()),
                a_min=self.a_min_spin.exact(),
                b_min=self.b_min_spin.exact(),
            ),
        )

    def current_model(self) -> str:
        """The id of the chosen tiering model: one of :data:`MODELS`."""
        return str(self.model_combo.currentData())

    def reset_to_defaults(self) -> None:
        """Show :func:`default_settings`; emits :attr:`changed` (and :attr:`model_changed` if the model changed)."""
        before = self.current_model()
        self.set_settings(default_settings())
        if self.current_model() != before:
            self.model_changed.emit(self.current_model())
        self.changed.emit()

    def problem(self) -> str:
        """The message about the current problem shown under the pages, or ``""``."""
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def error_text(self, exc: ValidationError) -> str:
        """A translated message for ``exc`` naming the field; the English message when no translation fits."""
        field = exc.field
        reason = str(exc.params.get("reason", ""))
        value = exc.params.get("value")
        if field == "model":
            return self.tr("Choose a tiering model.")
        if field == "window_months":
            return (self.tr("The time window must be %1 to %2 months.")
                    .replace("%1", str(MIN_WINDOW_MONTHS)).replace("%2", str(MAX_WINDOW_MONTHS)))
        if field == "pareto.a_cut":
            return self.tr("The A cut-off must be above 0% and below 100%.")
        if field == "pareto.b_cut":
            if reason == "out_of_order" and isinstance(value, float):
                return (self.tr("The B cut-off (%1%) must be above the A cut-off (%2%) and at most 100%.")
                        .replace("%1", number_text(100 * value))
                        .replace("%2", number_text(100 * float(exc.params.get("a_cut", 0)))))
            return self.tr("The B cut-off must be above the A cut-off and at most 100%.")
        if field.startswith("rfm.segment_tiers.") and reason == "unknown_tier":
            name = field.removeprefix("rfm.segment_tiers.")
            label = self.segment_model.segment_label(name)
            return self.tr("Choose a tier (A-D) for the segment %1.").replace("%1", label)
        if field == "weighted.dimensions" and reason == "not_100":
            return (self.tr("The dimension weights add up to %1; they must add up to 100.")
                    .replace("%1", number_text(float(exc.params.get("total", 0)))))
        if field.startswith("weighted.dimensions."):
            dimension = self.criteria_model.dimension_label(field.removeprefix("weighted.dimensions."))
            if reason == "empty_dimension":
                return self.tr("The %1 dimension has a weight but none of its criteria has: give one of them a "
                               "weight, or set the dimension's weight to 0.").replace("%1", dimension)
            return self.tr("The weight of the %1 dimension must be between 0 and 100.").replace("%1", dimension)
        if field in ("weighted.a_min", "weighted.b_min"):
            if reason == "out_of_order":
                return (self.tr("The B score line (%1) must be below the A score line (%2).")
                        .replace("%1", number_text(float(exc.params.get("value", 0))))
                        .replace("%2", number_text(float(exc.params.get("a_min", 0)))))
            return self.tr("Score lines must be between 0 and 100.")
        match = _CRITERION_FIELD.fullmatch(field)
        if match:
            text = self._criterion_problem(match.group(2), match.group(3), reason, value)
            if text:
                return text.replace("%1", self.criteria_model.criterion_label(match.group(1)))
        return exc.message

    # -- slots ---------------------------------------------------------------------------------

    def _on_model_chosen(self, index: int) -> None:
        model = str(self.model_combo.itemData(index))
        if model not in self._pages:
            return
        self.pages.setCurrentWidget(self._pages[model])
        if not self._loading:
            self.model_changed.emit(model)
            self._on_edited()

    def _on_edited(self, *_value: object) -> None:
        if self._loading:
            return
        self._refresh()
        self._check()
        self.changed.emit()

    def _on_edit_refused(self, error: ValidationError) -> None:
        self._show_problem(error.field, self.error_text(error))

    def _on_defaults_clicked(self) -> None:
        self.reset_to_defaults()

    # -- helpers -------------------------------------------------------------------------------

    def _criterion_problem(self, part: str, detail: str | None, reason: str, value: object) -> str:
        """The message template (``%1`` = the criterion) for a problem in one part of a criterion."""
        if part == "weight":
            return self.tr("%1: the weight must be a number of 0 or more.")
        if part == "otherwise":
            return self.tr("%1: the points for a value below every band must be between 0 and 100.")
        if part != "bands":
            return ""
        if reason == "required":
            return self.tr("%1 needs at least one band, e.g. 15:100, 5:60.")
        if reason == "bad_band":
            return (self.tr("%1: '%2' is not a band; write threshold:points pairs separated by commas, "
                            "e.g. 15:100, 5:60.").replace("%2", str(value)))
        if detail == "threshold" and reason == "out_of_order":
            return self.tr("%1: the thresholds must run from best to worst, falling when higher is better and "
                           "rising when lower is better.")
        if detail == "points":
            return self.tr("%1: band points must be between 0 and 100.")
        return self.tr("%1: the bands are not valid; write threshold:points pairs such as 15:100, 5:60.")

    def _label(self, key: str) -> QLabel:
        label = QLabel()
        self._labels[key] = label
        return label

    def _explanation(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        return label

    def _percent_spin(self, name: str) -> _ExactSpinBox:
        spin = _ExactSpinBox(scale=100.0)
        spin.setObjectName(name)
        spin.setRange(0, 100)
        spin.setDecimals(1)
        spin.setSingleStep(1)
        return spin

    def _score_spin(self, name: str) -> _ExactSpinBox:
        spin = _ExactSpinBox()
        spin.setObjectName(name)
        spin.setRange(0, 100)
        spin.setDecimals(1)
        return spin

    def _refresh(self) -> None:
        """Texts that follow the values: the weight total and the rule explanations."""
        total = sum(spin.exact() for spin in self.weight_spins.values())
        self.weight_total_label.setText(self.tr("Total: %1").replace("%1", number_text(total)))
        bad = abs(total - 100) > 1e-6
        self.weight_total_label.setStyleSheet(f"color: {_ERROR_COLOUR}; font-weight: 600;" if bad else "")
        self.pareto_rule.setText(
            self.tr("An account is A while the accounts ranked above it hold less than %1% of the revenue, "
                    "B while they hold less than %2%, otherwise C. Accounts without revenue in the window are D.")
            .replace("%1", number_text(self.pareto_a_spin.value()))
            .replace("%2", number_text(self.pareto_b_spin.value()))
        )
        self.weighted_rule.setText(
            self.tr("Each criterion earns 0-100 points from its bands; a dimension scores the weighted mean of its "
                    "criteria, the value score the weighted mean of the dimensions. A from a score of %1, B from "
                    "%2, otherwise C; accounts that never ordered are D.")
            .replace("%1", number_text(self.a_min_spin.value()))
            .replace("%2", number_text(self.b_min_spin.value()))
        )

    def _check(self) -> None:
        """Show the first problem of the settings as shown, or hide the message when they are valid."""
        try:
            self.settings()
        except ValidationError as error:
            self._show_problem(error.field, self.error_text(error))
        else:
            self._show_problem("", "")

    def _show_problem(self, field: str, message: str) -> None:
        for path, widget in self._field_widgets.items():
            widget.setStyleSheet(_ERROR_BORDER if path == field else "")
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    # -- language ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        models = {
            "weighted": self.tr("Weighted multi-dimensional"),
            "pareto": self.tr("Pareto ABC"),
            "rfm": self.tr("RFM"),
        }
        for i in range(self.model_combo.count()):
            self.model_combo.setItemText(i, models[str(self.model_combo.itemData(i))])
        self._labels["model"].setText(self.tr("Tiering model"))
        self._labels["window"].setText(self.tr("Time window"))
        self.window_spin.setSuffix(self.tr(" months"))
        self.window_spin.setToolTip(self.tr("How many months of orders and interactions before the "
                                            "classification date count."))
        self.roll_up_check.setText(self.tr("Classify each group as a whole (roll up its customer tree)"))
        self.roll_up_check.setToolTip(self.tr("When on, a group and all its subsidiaries get one tier from "
                                              "their combined figures."))
        self._labels["a_cut"].setText(self.tr("A cut-off"))
        self._labels["b_cut"].setText(self.tr("B cut-off"))
        for spin in (self.pareto_a_spin, self.pareto_b_spin):
            spin.setSuffix(self.tr(" %"))
            spin.setToolTip(self.tr("Share of the total revenue held by the accounts ranked above."))
        self.rfm_rule.setText(
            self.tr("Accounts that ordered are scored 1-5 against each other on recency (R), frequency (F) and "
                    "monetary value (M); FM is the mean of F and M. Each segment gets the tier chosen here; "
                    "accounts that never ordered are D.")
        )
        self.weights_box.setTitle(self.tr("Dimension weights (must add up to 100)"))
        for dimension in DIMENSIONS:
            self._labels[f"dimension_{dimension}"].setText(self.criteria_model.dimension_label(dimension))
        self.cutoffs_box.setTitle(self.tr("Score lines"))
        self._labels["a_min"].setText(self.tr("A from score"))
        self._labels["b_min"].setText(self.tr("B from score"))
        self._labels["missing"].setText(self.tr("Missing input"))
        policies = {
            "respread": self.tr("Re-spread its weight over the known criteria"),
            "zero": self.tr("Score it 0 points"),
        }
        for i in range(self.missing_combo.count()):
            self.missing_combo.setItemText(i, policies[str(self.missing_combo.itemData(i))])
        self.missing_combo.setToolTip(self.tr("What happens to a criterion whose input is not known, e.g. an "
                                              "account without due orders."))
        self.criteria_box.setTitle(self.tr("Criteria"))
        self.defaults_button.setText(self.tr("Restore defaults"))
        self.criteria_model.retranslate()
        self.segment_model.retranslate()
        self._refresh()
        self._check()


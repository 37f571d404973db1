"""Charts of a tier classification: distribution, Pareto curve, movement and RFM grid.

Each chart is a widget around its own ``FigureCanvasQTAgg(Figure())`` (never
pyplot's global state), drawn from plain numbers handed to ``set_data``; it keeps
them and draws again when the user interface language changes, so titles and
axes follow it. Every chart can be exported as PNG, SVG or PDF from its toolbar
button or its context menu.

Chinese labels need a CJK font. Rather than change matplotlib's global
``rcParams`` (which every other figure in the process would inherit), every text
these charts draw is given :data:`FONT_FAMILIES`: the CJK families installed here
first, then DejaVu Sans, which ships with matplotlib. Matplotlib falls back glyph
by glyph along that list, in the window and in PNG, SVG and PDF files alike.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import textwrap
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from matplotlib import font_manager
from matplotlib.axes import Axes
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.image import AxesImage
from matplotlib.patches import Patch, Rectangle
from matplotlib.ticker import MaxNLocator, PercentFormatter
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMenu, QMessageBox, QToolButton, QVBoxLayout, QWidget

from domain.tiers.result import TIERS

# Preferred families, best first; only the installed ones are used, so matplotlib
# does not log "font family not found" for every text it lays out.
_WANTED_FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Sans CJK JP",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "SimHei",
    "DejaVu Sans",
)


def _installed_families() -> list[str]:
    installed = {entry.name for entry in font_manager.fontManager.ttflist}
    families = [family for family in _WANTED_FAMILIES[:-1] if family in installed]
    return [*families, "DejaVu Sans"]  # bundled with matplotlib: always there


FONT_FAMILIES: list[str] = _installed_families()
"""The font families every chart text is drawn with (CJK first, DejaVu Sans last)."""

TIER_COLOURS: dict[str, str] = {"A": "#2e7d32", "B": "#1565c0", "C": "#ef8f00", "D": "#8d8d8d"}
"""One colour per tier, the same in every chart."""

EXPORT_FORMATS: dict[str, str] = {".png": "png", ".svg": "svg", ".pdf": "pdf"}
"""File suffixes (lower case) the charts can be exported to, and matplotlib's format names."""

MAX_CURVE_POINTS = 2000
"""The Pareto curve is drawn through at most this many points, however many accounts there are."""

_FONT: dict[str, Any] = {"fontfamily": FONT_FAMILIES}


def fm_score(f: int, m: int) -> int:
    """The combined frequency-monetary score (1-5) of F and M scores (each 1-5).

    The mean rounded half up, as the RFM model places segments: (3, 4) gives 4.
    """
    return (f + m + 1) // 2


class ChartWidget(QWidget):
    """A matplotlib figure in a widget, with an Export… action.

    Subclasses keep their data, hand the base the function that draws it
    (``plot``) and call :meth:`redraw` when it changes; the base draws again on
    a language change.

    Signals:
    exported(Path): the chart was written to this file.
    """

    exported = Signal(Path)

    export_name = "chart"
    """The file name (without suffix) suggested when exporting."""

    def __init__(self, parent: QWidget | None = None, *, plot: Callable[[], None]) -> None:
        super().__init__(parent)
        self._plot_data = plot
        self._stale = False
        self._figure = Figure(figsize=(6.4, 4.4), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self._figure)
        self.canvas.setParent(self)
        self.canvas.setMinimumSize(320, 240)
        self.canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.export_action = QAction(self)
        self.export_button = QToolButton()
        self.export_button.setDefaultAction(self.export_action)
        self.export_button.setAutoRaise(True)
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.canvas, 1)

        self.export_action.triggered.connect(self._on_export)
        self.canvas.customContextMenuRequested.connect(self._on_context_menu)
        self._retranslate()

    @property
    def figure(self) -> Figure:
        """The figure the chart is drawn on."""
        return self._figure

    # -- drawing -------------------------------------------------------------------------------

    def redraw(self) -> None:
        """Draw the chart again from its data, in the current language."""
        self._figure.clear()
        self._plot_data()
        # Drawn now when on screen, else when shown: a deferred draw (draw_idle)
        # could fire after the window holding the chart was closed and deleted.
        self._stale = not self.isVisible()
        if not self._stale:
            self.canvas.draw()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.canvas.draw()
        super().showEvent(event)

    def _retranslate(self) -> None:
        self.export_action.setText(self.tr("Export…"))
        self.export_action.setToolTip(self.tr("Save this chart as a PNG picture, an SVG drawing or a PDF file"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.redraw()
        super().changeEvent(event)

    # -- export --------------------------------------------------------------------------------

    def export(self, path: Path) -> None:
        """Write the chart to ``path`` as PNG (150 dpi), SVG or PDF, chosen by its suffix in any case.

        The file is written to a temporary file beside it and then moved into
        place, so a failed export leaves an existing file as it was and no
        temporary file behind. Emits :attr:`exported` when done.

        Raises ``ValueError`` for any other suffix (nothing is written) and
        ``OSError`` when the file cannot be written.
        """
        path = Path(path)
        fmt = EXPORT_FORMATS.get(path.suffix.lower())
        if fmt is None:
            raise ValueError(
                f"Cannot export a chart to '{path.name}': the file name must end in .png, .svg or .pdf."
            )
        temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            with temp.open("xb") as handle:
                self._figure.savefig(handle, format=fmt, dpi=150 if fmt == "png" else "figure", bbox_inches="tight")
            os.replace(temp, path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
            raise
        self.exported.emit(path)

    @classmethod
    def ask_export_path(cls, parent: QWidget, suggested_name: str) -> Path | None:
        """Ask where to export (tests replace this); ``None`` when the user cancels.

        A name typed without a suffix gets the one of the chosen file type.
        """
        name, chosen = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("ChartWidget", "Export Chart"),
            str(Path.home() / suggested_name),
            "PNG (*.png);;SVG (*.svg);;PDF (*.pdf)",
        )
        if not name:
            return None
        path = Path(name)
        if not path.suffix:
            suffix = next((s for s in EXPORT_FORMATS if f"*{s}" in chosen), ".png")
            path = path.with_name(path.name + suffix)
        return path

    def show_error(self, message: str) -> None:
        """Tell the user the export failed (tests replace this)."""
        QMessageBox.warning(self, self.tr("Export Chart"), message)

    @Slot()
    def _on_export(self) -> None:
        path = self.ask_export_path(self, f"{self.export_name}.png")
        if path is None:
            return
        if path.suffix.lower() not in EXPORT_FORMATS:
            self.show_error(self.tr("Choose a file name ending in .png, .svg or .pdf."))
            return
        try:
            self.export(path)
        except OSError as error:
            self.show_error(
                self.tr("The chart could not be saved to %1: %2")
                .replace("%1", str(path))
                .replace("%2", error.strerror or str(error))
            )

    def context_menu(self) -> QMenu:
        """The menu shown on a right click on the chart."""
        menu = QMenu(self)
        menu.addAction(self.export_action)
        return menu

    @Slot(QPoint)
    def _on_context_menu(self, point: QPoint) -> None:
        menu = self.context_menu()
        menu.exec(self.canvas.mapToGlobal(point))
        menu.deleteLater()

    # -- helpers for the charts ----------------------------------------------------------------

    def _axes(self) -> Axes:
        """One axes filling the figure, with tick labels in :data:`FONT_FAMILIES`."""
        ax = self._figure.add_subplot()
        ax.tick_params(labelfontfamily=FONT_FAMILIES)
        return ax

    def _label(self, ax: Axes, title: str, xlabel: str, ylabel: str) -> None:
        ax.set_title(title, fontweight="bold", **_FONT)
        ax.set_xlabel(xlabel, **_FONT)
        ax.set_ylabel(ylabel, **_FONT)

    def _count_cells(self, ax: Axes, image: AxesImage, counts: np.ndarray, *, dy: float = 0.0) -> None:
        """Write each cell's count on a heat map, dark or light to stand out from the cell."""
        for (row, column), count in np.ndenumerate(counts):
            red, green, blue, _ = image.cmap(image.norm(count))
            light = 0.299 * red + 0.587 * green + 0.114 * blue > 0.55
            ax.text(column, row + dy, str(count), ha="center", va="center", fontsize=10,
                    color="#202020" if light else "white", **_FONT)

    def _colour_bar(self, image: AxesImage, ax: Axes, label: str) -> None:
        bar = self._figure.colorbar(image, ax=ax, shrink=0.9)
        bar.set_label(label, **_FONT)
        bar.ax.tick_params(labelfontfamily=FONT_FAMILIES)
        bar.ax.yaxis.set_major_locator(MaxNLocator(integer=True))


class TierDistributionChart(ChartWidget):
    """Accounts per tier A-D as bars, beside the applied distribution when given.

    Signals:
    exported(Path): the chart was written to this file.
    """

    export_name = "tier_distribution"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, plot=self._plot)
        self._counts: dict[str, int] = dict.fromkeys(TIERS, 0)
        self._before: dict[str, int] | None = None
        self.redraw()

    def set_data(self, counts: Mapping[str, int], before: Mapping[str, int] | None = None) -> None:
        """Show ``counts`` (accounts per tier) and, lighter, the ``before`` (applied) counts.

        Tiers missing from a mapping count as 0; raises ``ValueError`` for a key
        that is not a tier or a negative count.
        """
        self._counts = _tier_counts(counts)
        self._before = None if before is None else _tier_counts(before)
        self.redraw()

    def _plot(self) -> None:
        ax = self._axes()
        x = np.arange(len(TIERS))
        colours = [TIER_COLOURS[tier] for tier in TIERS]
        counts = [self._counts[tier] for tier in TIERS]
        if self._before is None:
            bars = ax.bar(x, counts, 0.6, color=colours)
        else:
            width = 0.38
            applied = ax.bar(x - width / 2, [self._before[tier] for tier in TIERS], width, color=colours,
                             alpha=0.35, edgecolor=colours)
            ax.bar_label(applied, padding=2, color="#606060", fontsize=9, **_FONT)
            bars = ax.bar(x + width / 2, counts, width, color=colours)
            ax.legend(
                handles=[Patch(color="#606060", alpha=0.35), Patch(color="#606060")],
                labels=[self.tr("Applied"), self.tr("This classification")],
                prop={"family": FONT_FAMILIES}, frameon=False, loc="upper right",
            )
        ax.bar_label(bars, padding=2, fontsize=10, **_FONT)
        ax.set_xticks(x, labels=list(TIERS))
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        top = max(counts + list((self._before or {}).values()))
        ax.set_ylim(0, max(top, 1) * (1.25 if self._before is not None else 1.12))
        ax.spines[["top", "right"]].set_visible(False)
        self._label(ax, self.tr("Accounts per tier"), self.tr("Tier"), self.tr("Accounts"))


class ParetoChart(ChartWidget):
    """The Pareto curve: cumulative share of revenue over accounts ranked by revenue.

    The bands under the curve show which accounts fall in A, B, C (and D, without
    revenue) by the same rule as the Pareto model.

    Signals:
    exported(Path): the chart was written to this file.
    """

    export_name = "pareto_curve"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, plot=self._plot)
        self._revenues = np.zeros(0)
        self._a_cut = 0.8
        self._b_cut = 0.95
        self.redraw()

    def set_data(self, revenues: Sequence[float], a_cut: float, b_cut: float) -> None:
        """Show the revenue of each account (any order, any currency unit) against the cut-offs.

        ``a_cut`` and ``b_cut`` are fractions of the revenue (0.8 = 80%). Revenue
        that is not positive counts as none, as in the Pareto model. Raises
        ``ValueError`` unless ``0 < a_cut <= b_cut <= 1``.
        """
        if not 0 < a_cut <= b_cut <= 1:
            raise ValueError(f"Cut-offs must satisfy 0 < a_cut <= b_cut <= 1, not a_cut={a_cut}, b_cut={b_cut}.")
        values = np.asarray(revenues, dtype=float).ravel()
        self._revenues = np.clip(np.nan_to_num(values, nan=0.0, posinf=0.0, neginf=0.0), 0.0, None)
        self._a_cut = float(a_cut)
        self._b_cut = float(b_cut)
        self.redraw()

    def _plot(self) -> None:
        ax = self._axes()
        self._label(ax, self.tr("Pareto curve"), self.tr("Accounts, ranked by revenue"),
                    self.tr("Cumulative share of revenue"))
        ax.set_xlim(0, 100)
        ax.set_ylim(0, 103)
        ax.xaxis.set_major_formatter(PercentFormatter(decimals=0))
        ax.yaxis.set_major_formatter(PercentFormatter(decimals=0))
        ax.spines[["top", "right"]].set_visible(False)
        ranked = -np.sort(-self._revenues)
        n = len(ranked)
        total = float(ranked.sum())
        if n == 0 or total <= 0:
            ax.text(0.5, 0.5, self.tr("No revenue in the window"), transform=ax.transAxes, ha="center",
                    va="center", color="#606060", fontsize=12, **_FONT)
            return

        cumulative = np.cumsum(ranked)
        # As in the Pareto model: an account is A while the accounts above it hold
        # less than a_cut of the revenue, B while less than b_cut, else C; D has none.
        before = cumulative - ranked
        positive = int(np.count_nonzero(ranked > 0))
        a_end = int(np.searchsorted(before[:positive], self._a_cut * total, side="left"))
        b_end = int(np.searchsorted(before[:positive], self._b_cut * total, side="left"))
        for tier, start, end in (("A", 0, a_end), ("B", a_end, b_end), ("C", b_end, positive), ("D", positive, n)):
            if end <= start:
                continue
            left, right = 100 * start / n, 100 * end / n
            ax.axvspan(left, right, color=TIER_COLOURS[tier], alpha=0.12, linewidth=0)
            share = f"{100 * (end - start) / n:.0f}%"
            ax.text((left + right) / 2, 4, f"{tier}\n{share}", ha="center", va="bottom", fontsize=9,
                    fontweight="bold", color=TIER_COLOURS[tier], clip_on=True, **_FONT)

        x = np.arange(1, n + 1) * (100 / n)
        y = cumulative * (100 / total)
        if n > MAX_CURVE_POINTS:
            # The curve is monotonic and smooth at this density: evenly spaced
            # ranks (first and last included) draw the same line.
            keep = np.unique(np.linspace(0, n - 1, MAX_CURVE_POINTS).round().astype(np.int64))
            x, y = x[keep], y[keep]
        ax.plot(np.concatenate(([0.0], x)), np.concatenate(([0.0], y)), color="#263238", linewidth=1.8)

        for cut, upper, lower in ((self._a_cut, "A", "B"), (self._b_cut, "B", "C")):
            ax.axhline(100 * cut, color="#546e7a", linestyle="--", linewidth=1)
            ax.text(99, 100 * cut, f"{upper} | {lower}  {cut:.0%}", ha="right", va="bottom", fontsize=9,
                    color="#37474f", **_FONT)


class MovementHeatmap(ChartWidget):
    """How many accounts move from each applied tier (rows; "New" without one) to each new tier.

    Signals:
    exported(Path): the chart was written to this file.
    """

    export_name = "tier_movement"

    ROWS: tuple[str | None, ...] = (None, *TIERS)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, plot=self._plot)
        self._counts = np.zeros((len(self.ROWS), len(TIERS)), dtype=np.int64)
        self.redraw()

    def set_data(self, matrix: Mapping[tuple[str | None, str], int]) -> None:
        """Show the accounts per (from tier, to tier); from ``None`` means no applied tier.

        Pairs missing from ``matrix`` count as 0; raises ``ValueError`` for a key
        that is not a pair of tiers or a negative count.
        """
        counts = np.zeros((len(self.ROWS), len(TIERS)), dtype=np.int64)
        for key, count in matrix.items():
            if not (isinstance(key, tuple) and len(key) == 2 and key[0] in self.ROWS and key[1] in TIERS):
                raise ValueError(f"{key!r} is not a (from tier or None, to tier) pair of tiers A-D.")
            counts[self.ROWS.index(key[0]), TIERS.index(key[1])] = _count(count, key)
        self._counts = counts
        self.redraw()

    def _plot(self) -> None:
        ax = self._axes()
        image = ax.imshow(self._counts, cmap="Blues", vmin=0, vmax=max(1, int(self._counts.max())), aspect="auto")
        self._count_cells(ax, image, self._counts)
        for column in range(len(TIERS)):  # the diagonal: accounts that keep their tier
            ax.add_patch(Rectangle((column - 0.5, column + 0.5), 1, 1, fill=False, edgecolor="#37474f",
                                   linewidth=1.2, linestyle=":"))
        ax.set_xticks(range(len(TIERS)), labels=list(TIERS))
        ax.set_yticks(range(len(self.ROWS)), labels=[self.tr("New"), *TIERS])
        ax.tick_params(length=0)
        self._label(ax, self.tr("Tier movement"), self.tr("To (new tier)"), self.tr("From (applied tier)"))
        self._colour_bar(image, ax, self.tr("Accounts"))


class RfmGrid(ChartWidget):
    """The RFM grid: accounts per recency score (x, 1-5) and frequency-monetary score (y, 1-5).

    Signals:
    exported(Path): the chart was written to this file.
    """

    export_name = "rfm_grid"

    SCORES = (1, 2, 3, 4, 5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, plot=self._plot)
        self._counts = np.zeros((5, 5), dtype=np.int64)
        self._segments: dict[tuple[int, int], str] = {}
        self.redraw()

    def set_data(self, cells: Mapping[tuple[int, int], int],
                 segments: Mapping[tuple[int, int], str] | None = None) -> None:
        """Show the accounts per ``(r, fm)`` cell, with segment names written small in the cells.

        Both scores are 1-5; ``fm`` is :func:`fm_score` of the F and M scores.
        Segment names are shown as given, so pass them in the user's language.
        Cells missing from ``cells`` count as 0; raises ``ValueError`` for a
        score outside 1-5 or a negative count.
        """
        counts = np.zeros((5, 5), dtype=np.int64)
        for key, count in cells.items():
            r, fm = _cell(key)
            counts[fm - 1, r - 1] = _count(count, key)
        names = {}
        for key, name in (segments or {}).items():
            _cell(key)
            names[key] = str(name)
        self._counts = counts
        self._segments = names
        self.redraw()

    def _plot(self) -> None:
        ax = self._axes()
        image = ax.imshow(self._counts, cmap="YlGnBu", vmin=0, vmax=max(1, int(self._counts.max())),
                          origin="lower", aspect="auto")
        self._count_cells(ax, image, self._counts, dy=0.12 if self._segments else 0.0)
        for (r, fm), name in self._segments.items():
            red, green, blue, _ = image.cmap(image.norm(self._counts[fm - 1, r - 1]))
            light = 0.299 * red + 0.587 * green + 0.114 * blue > 0.55
            ax.text(r - 1, fm - 1 - 0.22, "\n".join(textwrap.wrap(name, 14)) or name, ha="center", va="center",
                    fontsize=7, color="#37474f" if light else "#eceff1", linespacing=0.95, **_FONT)
        ax.set_xticks(range(5), labels=[str(s) for s in self.SCORES])
        ax.set_yticks(range(5), labels=[str(s) for s in self.SCORES])
        ax.tick_params(length=0)
        self._label(ax, self.tr("RFM grid"), self.tr("Recency score (R)"), self.tr("Frequency & monetary score (FM)"))
        self._colour_bar(image, ax, self.tr("Accounts"))


def _count(count: object, key: object) -> int:
    if isinstance(count, bool) or not isinstance(count, int | np.integer) or count < 0:
        raise ValueError(f"The count for {key!r} must be a whole number of accounts (0 or more), not {count!r}.")
    return int(count)


def _tier_counts(counts: Mapping[str, int]) -> dict[str, int]:
    result = dict.fromkeys(TIERS, 0)
    for tier, count in counts.items():
        if tier not in result:
            raise ValueError(f"{tier!r} is not a tier; use A, B, C or D.")
        result[tier] = _count(count, tier)
    return result


def _cell(key: object) -> tuple[int, int]:
    if not (isinstance(key, tuple) and len(key) == 2 and all(k in RfmGrid.SCORES for k in key)):
        raise ValueError(f"{key!r} is not an (R score, FM score) pair of scores 1-5.")
    return int(key[0]), int(key[1])


__all__ = [
    "EXPORT_FORMATS",
    "FONT_FAMILIES",
    "MAX_CURVE_POINTS",
    "TIER_COLOURS",
    "ChartWidget",
    "MovementHeatmap",
    "ParetoChart",
    "RfmGrid",
    "TierDistributionChart",
    "fm_score",
]

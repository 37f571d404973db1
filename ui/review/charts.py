"""The review pack's charts: revenue per month and per quarter, and orders per month.

Each is a matplotlib :class:`~matplotlib.figure.Figure` drawn on the Agg
canvas (no window, no pyplot: safe on the worker thread that writes the pack),
with every text in :data:`ui.tier_charts.FONT_FAMILIES` so Chinese labels draw.
"""

from __future__ import annotations

import io

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text
from matplotlib.ticker import FuncFormatter, MaxNLocator
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from domain.review import ReviewPack
from ui.review.content import ORDERS_CHART, REVENUE_CHART, quarter_label
from ui.tier_charts import FONT_FAMILIES

translate = QCoreApplication.translate  # named so that lupdate finds the texts

DPI = 200
SIZE = (7.0, 3.2)  # inches: the page's text width, a third of its height
BAR = "#3f6fb5"
QUARTER = "#8fb3e0"


def _money(value: float, _position: object = None) -> str:
    for limit, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= limit:
            return f"{value / limit:.3g}{suffix}"
    return f"{value:.0f}"


def _fonts(figure: Figure) -> None:
    for text in figure.findobj(Text):
        text.set_fontfamily(FONT_FAMILIES)


def revenue_figure(pack: ReviewPack) -> Figure:
    """Revenue per month (bars) and per quarter (bars), the last 24 months."""
    figure = Figure(figsize=SIZE, dpi=DPI, layout="constrained")
    months, quarters = figure.subplots(1, 2, width_ratios=(3, 2))
    labels = [m.month.strftime("%y-%m") for m in pack.revenue]
    months.bar(range(len(labels)), [float(m.amount) for m in pack.revenue], color=BAR)
    months.set_xticks(range(0, len(labels), 3), labels[::3], rotation=45, fontsize=7)
    months.set_title(translate("ReviewPack", "Revenue per month"), fontsize=10)
    quarter_rows = pack.quarters()
    quarters.bar(range(len(quarter_rows)), [float(q.amount) for q in quarter_rows], color=QUARTER, edgecolor=BAR)
    quarters.set_xticks(
        range(len(quarter_rows)), [quarter_label(q.month) for q in quarter_rows], rotation=45, fontsize=7
    )
    quarters.set_title(translate("ReviewPack", "Revenue per quarter"), fontsize=10)
    for axes in (months, quarters):
        axes.yaxis.set_major_formatter(FuncFormatter(_money))
        axes.tick_params(axis="y", labelsize=7)
        axes.spines[["top", "right"]].set_visible(False)
    _fonts(figure)
    return figure


def orders_figure(pack: ReviewPack) -> Figure:
    """Orders per month, the last 24 months."""
    figure = Figure(figsize=(SIZE[0], SIZE[1] * 0.8), dpi=DPI, layout="constrained")
    axes = figure.subplots()
    labels = [m.month.strftime("%y-%m") for m in pack.revenue]
    axes.bar(range(len(labels)), [m.orders for m in pack.revenue], color="#5a9e6f")
    axes.set_xticks(range(0, len(labels), 2), labels[::2], rotation=45, fontsize=7)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.tick_params(axis="y", labelsize=7)
    axes.set_title(translate("ReviewPack", "Orders per month"), fontsize=10)
    axes.spines[["top", "right"]].set_visible(False)
    _fonts(figure)
    return figure


def figure_image(figure: Figure) -> QImage:
    """The figure drawn as a picture (PNG in memory, at the figure's dpi)."""
    canvas = FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    canvas.print_png(buffer)
    image = QImage()
    image.loadFromData(buffer.getvalue(), "PNG")  # type: ignore[call-overload]
    return image


def chart_images(pack: ReviewPack) -> dict[str, QImage]:
    """The pack's charts by picture name (see ``ui.review.content``)."""
    return {REVENUE_CHART: figure_image(revenue_figure(pack)), ORDERS_CHART: figure_image(orders_figure(pack))}

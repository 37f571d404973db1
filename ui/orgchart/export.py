"""Pictures of the org chart and the power grid: PNG, SVG and PDF files, and printing.

:func:`export_scene` writes a whole card scene (not just the part on screen)
to a temporary file beside the target and moves it into place, so a failed
export leaves an existing file as it was. PNG pictures are drawn at up to
twice the chart's size but never larger than :data:`MAX_PNG_SIDE` pixels on a
side or :data:`MAX_PNG_PIXELS` in all; a very large chart is drawn smaller,
with its cards as coloured blocks. SVG and PDF keep every detail.

:func:`render_power_map` does the same without a window, for the command line
(``main.py chart``): it creates the ``QApplication`` when there is none
(use ``QT_QPA_PLATFORM=offscreen`` on a machine without a display).
"""

from __future__ import annotations

import contextlib
import math
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, QMarginsF, QRect, QRectF, QSize, QSizeF, Qt, QTranslator
from PySide6.QtGui import QColor, QFont, QImage, QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication

from domain.powermap import PowerMap
from ui.orgchart.base import CardScene

EXPORT_SUFFIXES = (".png", ".svg", ".pdf")
"""File suffixes (lower case) the pictures can be written as."""

MAX_PNG_SIDE = 16_000
"""The longest side of a PNG picture, in pixels."""

MAX_PNG_PIXELS = 64_000_000
"""The most pixels a PNG picture may have (about 256 MB of memory while it is drawn)."""

PNG_SCALE = 2.0
"""PNG pictures of charts small enough are drawn at twice their size, so text stays sharp."""

MAX_PDF_POINTS = 14_400.0
"""The longest side of a PDF page, in points (200 inches, the PDF limit)."""

TITLE_HEIGHT = 44.0
"""The height of the title band above the chart, in scene units."""

View = Literal["org", "grid"]


def png_size(rect: QRectF) -> tuple[int, int, float]:
    """The pixel size of a PNG picture of a scene rectangle, and its scale (pixels per scene unit)."""
    width, height = max(rect.width(), 1.0), max(rect.height(), 1.0)
    scale = min(PNG_SCALE, MAX_PNG_SIDE / max(width, height), math.sqrt(MAX_PNG_PIXELS / (width * height)))
    return max(1, math.floor(width * scale)), max(1, math.floor(height * scale)), scale


@contextlib.contextmanager
def _clean(scene: CardScene) -> Iterator[None]:
    """No selection frames in the picture; the selection comes back afterwards."""
    selected = scene.selected_ids()
    scene.clearSelection()
    try:
        yield
    finally:
        for contact_id in selected:
            card = scene.card(contact_id)
            if card is not None:
                card.setSelected(True)


def _paint(scene: CardScene, painter: QPainter, target: QRectF, title: str) -> None:
    """Draw the title band (if any) and the whole scene into ``target`` (device units)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    source = scene.content_rect()
    if title:
        total = source.height() + TITLE_HEIGHT
        scale = min(target.width() / source.width(), target.height() / total)
        band = QRectF(target.left(), target.top(), target.width(), TITLE_HEIGHT * scale)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(1, round(20 * scale)))
        painter.save()
        painter.setFont(font)
        painter.setPen(QColor("#263238"))
        painter.drawText(band.adjusted(16 * scale, 0, -16 * scale, 0),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        painter.restore()
        target = QRectF(target.left(), band.bottom(), target.width(), target.height() - band.height())
    scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)


def _picture_rect(scene: CardScene, title: str) -> QRectF:
    rect = scene.content_rect()
    return rect.adjusted(0.0, -TITLE_HEIGHT, 0.0, 0.0) if title else rect


def _write_png(scene: CardScene, temp: Path, title: str) -> None:
    width, height, _ = png_size(_picture_rect(scene, title))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise OSError(f"Not enough memory for a {width} x {height} picture.")
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        _paint(scene, painter, QRectF(0, 0, width, height), title)
    finally:
        painter.end()
    if not image.save(str(temp), "PNG"):  # type: ignore[call-overload]  # the stubs want bytes
        raise OSError(f"Cannot write the picture to {temp.parent}.")


def _write_svg(scene: CardScene, temp: Path, title: str) -> None:
    rect = _picture_rect(scene, title)
    size = QSize(math.ceil(rect.width()), math.ceil(rect.height()))
    generator = QSvgGenerator()
    generator.setFileName(str(temp))
    generator.setSize(size)
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle(title or "Account Planner")
    generator.setDescription("Account Planner")
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(f"Cannot write the drawing to {temp.parent}.")
    try:
        painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor("#ffffff"))
        _paint(scene, painter, QRectF(0, 0, size.width(), size.height()), title)
    finally:
        painter.end()
    if not temp.exists():
        raise OSError(f"Cannot write the drawing to {temp.parent}.")


def _write_pdf(scene: CardScene, temp: Path, title: str) -> None:
    rect = _picture_rect(scene, title)
    points = 0.75  # 96 scene units per inch, 72 points per inch
    shrink = min(1.0, MAX_PDF_POINTS / (max(rect.width(), rect.height()) * points))
    page = QPageSize(QSizeF(rect.width() * points * shrink, rect.height() * points * shrink), QPageSize.Unit.Point,
                     "", QPageSize.SizeMatchPolicy.ExactMatch)
    writer = QPdfWriter(str(temp))
    writer.setTitle(title or "Account Planner")
    writer.setCreator("Account Planner")
    writer.setPageLayout(QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"Cannot write the PDF file to {temp.parent}.")
    try:
        _paint(scene, painter, QRectF(0, 0, writer.width(), writer.height()), title)
    finally:
        painter.end()
    if not temp.exists():
        raise OSError(f"Cannot write the PDF file to {temp.parent}.")


def export_scene(scene: CardScene, path: Path, *, title: str = "") -> Path:
    """Write the whole scene to ``path`` as PNG, SVG or PDF (chosen by its suffix, in any case).

    ``title`` is written in a band above the chart when given. The picture goes
    to a temporary file beside ``path`` first and is then moved into place: a
    failed export leaves an existing file as it was, and no temporary file.
    Selection frames are left out. Returns ``path``.

    Raises ``ValueError`` for another suffix (nothing is written) and
    ``OSError`` when the file cannot be written.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        raise ValueError(f"Cannot save a chart as '{path.name}': the file name must end in .png, .svg or .pdf.")
    writer = {".png": _write_png, ".svg": _write_svg, ".pdf": _write_pdf}[suffix]
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        with _clean(scene):
            writer(scene, temp, title)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    return path


def print_scene(scene: CardScene, printer: QPagedPaintDevice, *, title: str = "") -> None:
    """Print the whole scene on one page of ``printer`` (a ``QPrinter``), as large as fits.

    Raises ``OSError`` when the printer cannot be started.
    """
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("The printer could not be started.")
    try:
        with _clean(scene):
            page = painter.viewport()
            _paint(scene, painter, QRectF(0, 0, page.width(), page.height()), title)
    finally:
        painter.end()


def chart_title(power_map: PowerMap, view: View) -> str:
    """The title of a picture: the account's name and which picture it is."""
    account = power_map.account_names.get(power_map.account_id, "")
    kind = (QCoreApplication.translate("PowerMapChart", "Org chart") if view == "org"
            else QCoreApplication.translate("PowerMapChart", "Power grid"))
    return f"{account} · {kind}" if account else kind


@contextlib.contextmanager
def _language(app: QCoreApplication, language: str | None) -> Iterator[None]:
    """Draw in ``language`` (zh_CN or en) for the duration; the application's own translators stay."""
    if not language:
        yield
        return
    from ui.i18n import TRANSLATIONS

    translator = QTranslator()
    if not translator.load(str(TRANSLATIONS / f"account_planner_{language}.qm")):
        raise ValueError(f"No translation for the language {language!r}; use zh_CN or en.")
    app.installTranslator(translator)
    try:
        yield
    finally:
        app.removeTranslator(translator)


def render_power_map(power_map: PowerMap, view: View, path: Path, *, language: str | None = None,
                     departments: bool = False) -> Path:
    """Draw a power map's org chart (``view="org"``) or power grid (``"grid"``) into ``path``.

    The picture type follows the suffix (.png, .svg, .pdf), see
    :func:`export_scene`; the title names the account. ``language`` (``"zh_CN"``
    or ``"en"``) chooses the language of the labels, otherwise the
    application's current one is used; ``departments`` draws department boxes
    on the org chart. Works without a window: a ``QApplication`` is created if
    there is none. Returns ``path``.

    Raises ``ValueError`` for an unknown view, suffix or language, ``OSError``
    when the file cannot be written.
    """
    if view not in ("org", "grid"):
        raise ValueError(f"Unknown chart view {view!r}; use 'org' or 'grid'.")
    app = QCoreApplication.instance()
    if app is None:
        app = QApplication(["account-planner"])
    elif not isinstance(app, QApplication):
        raise RuntimeError("Drawing a chart needs a QApplication, not a QCoreApplication.")
    from ui.orgchart.grid import PowerGridScene
    from ui.orgchart.scene import OrgChartScene

    with _language(app, language):
        scene: CardScene
        if view == "org":
            org = OrgChartScene()
            org.set_power_map(power_map)
            org.set_departments_visible(departments)
            scene = org
        else:
            grid = PowerGridScene()
            grid.set_power_map(power_map)
            scene = grid
        try:
            return export_scene(scene, path, title=chart_title(power_map, view))
        finally:
            scene.clear()
            scene.deleteLater()

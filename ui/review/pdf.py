"""The review pack as an A4 document: a ``QTextDocument`` laid out in pages,
drawn into a PDF (``QPdfWriter``) or into pictures of its pages.

The document is laid out at 96 units per inch (CSS pixels) with pixel-sized
fonts, so the layout is the same whatever it is drawn on; drawing scales it to
the device. Each page gets a footer with the pack's title and "page x of n".
Pictures (charts, org chart, power grid) are document resources, scaled to fit
the text width and at most :data:`MAX_PICTURE_HEIGHT` high.

Works on a worker thread: it uses ``QTextDocument``, ``QImage`` and
``QPainter`` on a PDF writer or an image, never a widget or a ``QPixmap``.
"""

from __future__ import annotations

import contextlib
import html
import os
import secrets
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from ui.review.content import Section, Table, format_value, redaction_note

translate = QCoreApplication.translate  # named so that lupdate finds the texts

UNITS_PER_INCH = 96.0
PAGE = QSizeF(210 / 25.4 * UNITS_PER_INCH, 297 / 25.4 * UNITS_PER_INCH)  # A4 in layout units
MARGIN = 15 / 25.4 * UNITS_PER_INCH  # 15 mm
FOOTER = 28.0  # height of the footer band, in layout units
BODY = QSizeF(PAGE.width() - 2 * MARGIN, PAGE.height() - 2 * MARGIN - FOOTER)
MAX_PICTURE_HEIGHT = BODY.height() * 0.62
# Latin letters and digits from a Latin font first: with the CJK fonts' own digits, Qt's PDF
# output maps them to no characters, so the text could not be searched or copied.
FONT_FAMILIES = [
    "DejaVu Sans",
    "Segoe UI",
    "Arial",
    "Helvetica",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "PingFang SC",
    "WenQuanYi Micro Hei",
]
TEXT_PX = 11

_CSS = """
h1 { font-size: 22px; color: #1f3b63; margin: 0 0 4px 0; }
h2 { font-size: 15px; color: #1f3b63; margin: 14px 0 6px 0; }
h3 { font-size: 12px; color: #37474f; margin: 10px 0 4px 0; }
p { margin: 2px 0 4px 0; }
p.note { color: #555555; }
p.redacted { color: #8a1c1c; }
table.facts td.label { color: #455a64; padding-right: 10px; }
table.grid { border-color: #b0bec5; }
table.grid th { background-color: #e8eef7; color: #263238; font-weight: bold; }
td.num { text-align: right; }
"""


def _e(value: object) -> str:
    return html.escape(format_value(value)).replace("\n", "<br/>")


def _picture_size(image: QImage) -> tuple[int, int]:
    width, height = max(1, image.width()), max(1, image.height())
    scale = min(BODY.width() / width, MAX_PICTURE_HEIGHT / height)
    return max(1, round(width * scale)), max(1, round(height * scale))


def _table_html(table: Table) -> str:
    parts = []
    if table.title:
        parts.append(f"<h3>{html.escape(table.title)}</h3>")
    if not table.rows:
        parts.append(f"<p class='note'>{html.escape(table.empty)}</p>")
        return "".join(parts)
    numeric = [t.value in ("integer", "number", "money") for t in table.types]
    head = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in table.headers)
    body = []
    for row in table.rows:
        cells = "".join(
            f"<td class='num' align='right'>{_e(v)}</td>" if numeric[i] else f"<td>{_e(v)}</td>"
            for i, v in enumerate(row)
        )
        body.append(f"<tr>{cells}</tr>")
    parts.append(
        "<table class='grid' width='100%' border='1' cellspacing='0' cellpadding='3'>"
        f"<thead><tr>{head}</tr></thead>{''.join(body)}</table>"
    )
    return "".join(parts)


def sections_html(title: str, subtitle: str, sections: Sequence[Section], pictures: Mapping[str, QImage]) -> str:
    """The whole pack as the HTML subset ``QTextDocument`` understands."""
    parts = [f"<h1>{html.escape(title)}</h1><p class='note'>{html.escape(subtitle)}</p>"]
    for index, section in enumerate(sections):
        style = " style='page-break-before: always'" if section.new_page and index else ""
        parts.append(f"<h2{style}>{html.escape(section.title)}</h2>")
        for note in section.notes:
            css = "redacted" if note == redaction_note() else "note"
            parts.append(f"<p class='{css}'>{html.escape(note)}</p>")
        if section.facts:
            rows = "".join(
                f"<tr><td class='label' width='34%'>{html.escape(label)}</td><td>{_e(value)}</td></tr>"
                for label, value in section.facts
            )
            parts.append(f"<table class='facts' width='100%' cellspacing='0' cellpadding='2'>{rows}</table>")
        for name in section.pictures:
            image = pictures.get(name)
            if image is None or image.isNull():
                continue
            width, height = _picture_size(image)
            parts.append(f"<p align='center'><img src='review:{name}' width='{width}' height='{height}'/></p>")
        for table in section.tables:
            if table.in_pdf:
                parts.append(_table_html(table))
    return "".join(parts)


class ReviewDocument:
    """The pack laid out on A4 pages; draw it with :meth:`write_pdf` or :meth:`page_image`."""

    def __init__(
        self, title: str, subtitle: str, footer: str, sections: Sequence[Section], pictures: Mapping[str, QImage]
    ) -> None:
        self.title = title
        self.footer = footer
        self.document = QTextDocument()
        font = QFont()
        font.setFamilies(FONT_FAMILIES)
        font.setPixelSize(TEXT_PX)
        self.document.setDefaultFont(font)
        self.document.setDefaultStyleSheet(_CSS)
        self.document.setDocumentMargin(0)
        for name, image in pictures.items():
            self.document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"review:{name}"), image)
        self.document.setHtml(sections_html(title, subtitle, sections, pictures))
        self.document.setPageSize(BODY)

    def page_count(self) -> int:
        return self.document.pageCount()

    def paint_page(self, painter: QPainter, index: int) -> None:
        """Draw page ``index`` (0-based) in layout units: scale the painter to the device first."""
        painter.save()
        painter.translate(MARGIN, MARGIN)
        painter.translate(0, -index * BODY.height())
        self.document.drawContents(painter, QRectF(QPointF(0, index * BODY.height()), BODY))
        painter.restore()
        painter.save()
        font = QFont()
        font.setFamilies(FONT_FAMILIES)
        font.setPixelSize(9)
        painter.setFont(font)
        painter.setPen(QColor("#78909c"))
        band = QRectF(MARGIN, PAGE.height() - MARGIN - FOOTER + 10, BODY.width(), FOOTER - 10)
        painter.drawLine(QPointF(band.left(), band.top() - 4), QPointF(band.right(), band.top() - 4))
        painter.drawText(band, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.footer)
        page = (
            translate("ReviewPack", "Page %1 of %2").replace("%1", str(index + 1)).replace("%2", str(self.page_count()))
        )
        painter.drawText(band, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, page)
        painter.restore()

    def write_pdf(self, path: Path) -> Path:
        """Write every page to ``path`` (A4), through a temporary file beside it:
        a failure leaves an existing file as it was. Raises ``OSError``."""
        path = Path(path)
        temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            self._write(temp)
            os.replace(temp, path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
            raise
        return path

    def _write(self, temp: Path) -> None:
        writer = QPdfWriter(str(temp))
        writer.setTitle(self.title)
        writer.setCreator("Account Planner")
        writer.setResolution(300)
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
        )
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"Cannot write the PDF file in {temp.parent}.")
        try:
            scale = writer.resolution() / UNITS_PER_INCH
            painter.scale(scale, scale)
            for index in range(self.page_count()):
                if index and not writer.newPage():
                    raise OSError(f"Cannot write the PDF file in {temp.parent}.")
                self.paint_page(painter, index)
        finally:
            painter.end()
        if not temp.exists() or temp.stat().st_size == 0:
            raise OSError(f"Cannot write the PDF file in {temp.parent}.")

    def page_image(self, index: int, dpi: float = 110.0) -> QImage:
        """Page ``index`` drawn as a picture (white background) at ``dpi``."""
        scale = dpi / UNITS_PER_INCH
        image = QImage(round(PAGE.width() * scale), round(PAGE.height() * scale), QImage.Format.Format_RGB32)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.scale(scale, scale)
            self.paint_page(painter, index)
        finally:
            painter.end()
        return image

"""Writing a review pack: the PDF and, beside it, the workbook with the same data.

Two steps, because pictures of the org chart and power grid are drawn by a
``QGraphicsScene``, which belongs on the GUI thread:

1. :func:`power_map_pictures` on the GUI thread (one account's people: quick);
2. :func:`write_review_pack` anywhere, a worker thread included: charts,
   the workbook, then the PDF, each written to a temporary file first.

The command line runs both in turn; the window runs step 2 in a
``BackgroundTask`` (see :func:`review_work`).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from domain.errors import CancelledError
from domain.ports import Progress, SpreadsheetFiles, Store
from domain.powermap import PowerMap
from domain.review import ReviewPack, build_review_pack
from domain.tiers.service import Preview
from ui.review.charts import chart_images
from ui.review.content import ORG_CHART, POWER_GRID, Section, pack_title, review_sections
from ui.review.pdf import ReviewDocument
from ui.review.workbook import review_sheets

translate = QCoreApplication.translate  # named so that lupdate finds the texts


@dataclass(frozen=True)
class ReviewFiles:
    """The files one pack was written to."""

    pdf: Path
    workbook: Path


def workbook_path(pdf: Path) -> Path:
    """The workbook beside a pack's PDF: the same name ending in .xlsx."""
    return pdf.with_suffix(".xlsx")


def power_map_pictures(power_map: PowerMap) -> dict[str, QImage]:
    """The org chart and power grid of ``power_map`` as pictures, in the
    application's current language (none for a map without people). GUI thread only."""
    from ui.orgchart.export import render_power_map

    if not power_map.contacts:
        return {}
    pictures: dict[str, QImage] = {}
    with tempfile.TemporaryDirectory(prefix="review-") as folder:
        for name, view in ((ORG_CHART, "org"), (POWER_GRID, "grid")):
            path = Path(folder) / f"{name}.png"
            render_power_map(power_map, view, path)  # type: ignore[arg-type]
            pictures[name] = QImage(str(path))
    return pictures


def review_document(
    pack: ReviewPack, pictures: Mapping[str, QImage], sections: list[Section] | None = None
) -> ReviewDocument:
    """The pack laid out on A4 pages, with its charts and the given pictures."""
    account = pack.account
    subtitle = translate("ReviewPack", "%1 · as of %2").replace("%1", account.key).replace("%2", pack.as_of.isoformat())
    footer = f"{account.name} · {account.key} · {pack.as_of.isoformat()}"
    if pack.redacted:
        subtitle += " · " + translate("ReviewPack", "redacted")
        footer += " · " + translate("ReviewPack", "redacted")
    images = {**pictures, **chart_images(pack)}
    if sections is None:
        sections = review_sections(pack)
    return ReviewDocument(pack_title(pack), subtitle, footer, sections, images)


def write_review_pack(
    pack: ReviewPack,
    pdf: Path,
    files: SpreadsheetFiles,
    pictures: Mapping[str, QImage],
    progress: Progress | None = None,
) -> ReviewFiles:
    """Write the pack to ``pdf`` and its data to the workbook beside it.

    Each file goes to a temporary file first: a failure or a cancel (``progress``
    returning False: :class:`CancelledError`) leaves existing files as they
    were. Raises ``OSError`` or ``FileFormatError`` when a file cannot be written.
    """

    def step(done: int) -> None:
        if progress is not None and progress(done, 3) is False:
            raise CancelledError("The review pack was cancelled; nothing was written.")

    pdf = Path(pdf)
    workbook = workbook_path(pdf)
    step(0)
    sections = review_sections(pack)
    document = review_document(pack, pictures, sections)
    step(1)
    token = secrets.token_hex(4)
    temp_book = workbook.with_name(f".{workbook.name}.{token}.tmp.xlsx")
    temp_pdf = pdf.with_name(f".{pdf.name}.{token}.tmp.pdf")
    try:
        files.write(temp_book, review_sheets(sections))
        step(2)
        document.write_pdf(temp_pdf)
        step(3)
        # Both or neither: the files are moved into place only once both are written.
        os.replace(temp_book, workbook)
        os.replace(temp_pdf, pdf)
    except BaseException:
        for temp in (temp_book, temp_pdf):
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
        raise
    return ReviewFiles(pdf, workbook)


def review_work(
    store: Store,
    files: SpreadsheetFiles,
    account_id: int,
    pdf: Path,
    pictures: Mapping[str, QImage],
    *,
    redacted: bool,
    as_of: date,
    preview: Preview | None = None,
) -> Callable[[Callable[[int, int], bool]], ReviewFiles]:
    """The work of a ``BackgroundTask`` that builds one pack and writes it:
    it opens its own unit of work and reports progress in 9 steps."""

    def work(progress: Callable[[int, int], bool]) -> ReviewFiles:
        pack = build_review_pack(
            store.unit_of_work(),
            store.tier_queries(),
            account_id,
            as_of,
            redacted,
            preview=preview,
            progress=lambda done, _total: progress(done, 9),
        )
        return write_review_pack(pack, pdf, files, pictures, lambda done, _total: progress(6 + done, 9))

    return work

"""The review pack as files: the PDF read back with pypdf, the workbook with openpyxl."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from domain.errors import CancelledError, FileFormatError
from domain.exchange.table import SheetTable, SheetToWrite
from domain.ports import Progress
from domain.review import ReviewPack, build_review_pack
from storage.spreadsheets import SpreadsheetFileAdapter
from tests.review.data import CONTACT_NOTE, EMAIL, MITIGATION, OBJECTIVES, PHONE, REVIEW_DAY, ReviewData
from ui import i18n
from ui.review.export import ReviewFiles, power_map_pictures, write_review_pack


@pytest.fixture(autouse=True)
def english(qapp):  # type: ignore[no-untyped-def]
    translations = i18n.Translations(qapp)
    translations.apply("en")
    yield
    translations.apply("en")


def build(review: ReviewData, *, redacted: bool = False) -> ReviewPack:
    return build_review_pack(
        review.store.unit_of_work(), review.store.tier_queries(), review.account_id, REVIEW_DAY, redacted
    )


def write(review: ReviewData, pdf: Path, *, redacted: bool = False) -> ReviewFiles:
    pack = build(review, redacted=redacted)
    return write_review_pack(pack, pdf, SpreadsheetFileAdapter(), power_map_pictures(pack.power_map))


def pdf_text(path: Path) -> tuple[int, str]:
    """The page count and the text; NFKC because some CJK glyphs read back as Kangxi radicals
    (文 as ⽂), and pypdf reads the spaces between words as tabs."""
    reader = PdfReader(str(path))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), unicodedata.normalize("NFKC", text).replace("\t", " ")


def workbook_text(path: Path) -> dict[str, list[list[object]]]:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return {ws.title: [list(row) for row in ws.iter_rows(values_only=True)] for ws in book.worksheets}
    finally:
        book.close()


def test_the_pdf_has_pages_the_account_and_its_plan(review: ReviewData, tmp_path: Path) -> None:
    files = write(review, tmp_path / "pack.pdf")
    assert files.pdf == tmp_path / "pack.pdf"
    assert files.workbook == tmp_path / "pack.xlsx"
    pages, text = pdf_text(files.pdf)
    assert pages > 1
    flat = text.replace("\n", "")
    assert review.name in flat
    for title in OBJECTIVES:
        assert title in flat
    assert f"Page 1 of {pages}" in text
    for detail in (EMAIL, PHONE, CONTACT_NOTE, MITIGATION):
        assert detail in flat
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary files left


def test_the_redacted_pdf_and_workbook_leave_out_personal_details_and_notes(
    review: ReviewData, tmp_path: Path
) -> None:
    files = write(review, tmp_path / "redacted.pdf", redacted=True)
    _pages, text = pdf_text(files.pdf)
    flat = text.replace("\n", "")
    assert review.name in flat
    assert "Redacted:" in flat
    cells = repr(workbook_text(files.workbook))
    for detail in (EMAIL, PHONE, CONTACT_NOTE, MITIGATION):
        assert detail not in flat
        assert detail not in cells


def test_the_workbook_has_the_sections(review: ReviewData, tmp_path: Path) -> None:
    files = write(review, tmp_path / "pack.pdf")
    sheets = workbook_text(files.workbook)
    assert list(sheets)[0] == "Overview"
    for name in ("Tier criteria", "Triangle seats", "People", "Contact details", "Coverage findings",
                 "Plan objectives", "Plan actions", "Plan risks", "Revenue by quarter", "Revenue by month",
                 "Tier history", "Power map changes"):
        assert name in sheets
    sections = {row[0] for row in sheets["Overview"][1:]}
    assert {"Overview", "Tier and why", "Iron triangle", "Coverage gaps", "Account plan",
            "Revenue and orders", "What changed since the last review"} <= sections
    assert [row[0] for row in sheets["Plan objectives"][1:]] == list(OBJECTIVES)
    months = sheets["Revenue by month"]
    assert len(months) == 25
    assert all(isinstance(row[2], int | float) for row in months[1:] if row[2] is not None)
    assert EMAIL in repr(sheets["Contact details"])


class _BrokenFiles:
    def read(self, path: Path) -> list[SheetTable]:
        raise AssertionError("not read")

    def write(self, path: Path, sheets: Sequence[SheetToWrite], progress: Progress | None = None) -> None:
        raise FileFormatError("the disk is full", path=str(path))


def test_a_failed_write_leaves_the_old_pack(review: ReviewData, tmp_path: Path) -> None:
    pdf = tmp_path / "pack.pdf"
    pdf.write_bytes(b"old pack")
    pack = build(review)
    with pytest.raises(FileFormatError):
        write_review_pack(pack, pdf, _BrokenFiles(), {})
    assert pdf.read_bytes() == b"old pack"
    with pytest.raises(CancelledError):
        write_review_pack(pack, pdf, SpreadsheetFileAdapter(), {}, lambda done, _total: done < 2)
    assert pdf.read_bytes() == b"old pack"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.pdf"]

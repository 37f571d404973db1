"""Broken and hostile files: one clear message each, the store untouched.

The corpus is built here, at test time, so every file's construction is
visible and reviewable; each test checks the reason and message a user sees
and that the database did not change.
"""

from __future__ import annotations

import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
import xlsxwriter

from domain.errors import FileFormatError
from domain.exchange.export import export_tables
from domain.exchange.service import run_import
from storage.spreadsheets import SpreadsheetFileAdapter, read_tables
from storage.store import SqlStore

FILES = SpreadsheetFileAdapter()


def _valid_xlsx(path: Path, rows: list[list[object]] | None = None) -> Path:
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("Accounts")
    for r, row in enumerate(rows if rows is not None else [["Key", "Name"], ["K1", "Acme"]]):
        sheet.write_row(r, 0, row)
    workbook.close()
    return path


def _rewrite_zip(source: Path, target: Path, change: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            new.writestr(item.filename, change.get(item.filename, old.read(item.filename)))
    return target


def _not_a_spreadsheet(tmp: Path) -> Path:
    path = tmp / "notes.xlsx"
    path.write_bytes(b"%PDF-1.7\n\x00\x01binary stuff")
    return path


def _truncated(tmp: Path) -> Path:
    whole = _valid_xlsx(tmp / "whole.xlsx").read_bytes()
    path = tmp / "truncated.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    return path


def _encrypted(tmp: Path) -> Path:
    # An encrypted OOXML workbook is an OLE2 compound file holding streams
    # named EncryptionInfo and EncryptedPackage (MS-OFFCRYPTO).
    path = tmp / "protected.xlsx"
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    directory = "EncryptionInfo".encode("utf-16-le") + b"\x00" * 50 + "EncryptedPackage".encode("utf-16-le")
    path.write_bytes(header + directory + b"\x00" * 4096)
    return path


def _damaged_xls(tmp: Path) -> Path:
    path = tmp / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000)
    return path


def _empty_file(tmp: Path) -> Path:
    path = tmp / "empty.xlsx"
    path.write_bytes(b"")
    return path


def _zip_not_spreadsheet(tmp: Path) -> Path:
    path = tmp / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    return path


def _entities(tmp: Path) -> Path:
    source = _valid_xlsx(tmp / "base.xlsx")
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
        b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets>'
        b'<sheet name="&lol2;" sheetId="1" r:id="rId1" '
        b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></sheets></workbook>'
    )
    return _rewrite_zip(source, tmp / "entities.xlsx", {"xl/workbook.xml": laughs})


def _external_entity(tmp: Path) -> Path:
    source = _valid_xlsx(tmp / "base2.xlsx")
    xxe = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><sst>&xxe;</sst>'
    return _rewrite_zip(source, tmp / "xxe.xlsx", {"xl/sharedStrings.xml": xxe})


def _bomb(tmp: Path) -> Path:
    source = _valid_xlsx(tmp / "base3.xlsx")
    path = tmp / "bomb.xlsx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            new.writestr(item.filename, old.read(item.filename))
        # 40 MB of zeros packs into about 40 KB: a ratio no spreadsheet has.
        new.writestr("xl/media/padding.bin", b"\x00" * (40 * 1024 * 1024))
    return path


def _bad_encoding(tmp: Path) -> Path:
    path = tmp / "latin.csv"
    path.write_bytes(b"Name,City\n\xff\xfe\xfa\xfb,\x81\x30\x81\x30\xff\n")
    return path


CASES = {
    "not a spreadsheet": (_not_a_spreadsheet, "not_spreadsheet", "not a spreadsheet"),
    "truncated": (_truncated, "truncated", "damaged or incomplete"),
    "password protected": (_encrypted, "encrypted", "protected with a password"),
    "damaged old .xls": (_damaged_xls, "truncated", "damaged or incomplete"),
    "empty file": (_empty_file, "empty", "empty"),
    "zip but not a workbook": (_zip_not_spreadsheet, "not_spreadsheet", "not a spreadsheet"),
    "XML entity expansion": (_entities, "xml_entities", "XML entities"),
    "XML external entity": (_external_entity, "xml_entities", "XML entities"),
    "decompression bomb": (_bomb, "bomb", "zip bomb"),
    "undecodable CSV": (_bad_encoding, "encoding", "neither UTF-8, UTF-16, GBK/GB18030 nor Windows-1252"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_bad_file_gets_one_clear_message_and_the_store_is_untouched(
    case: str, demo_store: SqlStore, tmp_path: Path
) -> None:
    build, reason, words = CASES[case]
    path = build(tmp_path)
    before = [t.rows for t in export_tables(demo_store.unit_of_work())]
    with pytest.raises(FileFormatError) as error:
        run_import(demo_store.unit_of_work(), FILES, path)
    assert error.value.params["reason"] == reason
    assert words in str(error.value)
    assert path.name in str(error.value)
    assert "\n" not in str(error.value)
    assert [t.rows for t in export_tables(demo_store.unit_of_work())] == before


def test_a_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(FileFormatError, match="does not exist"):
        read_tables(tmp_path / "nowhere.xlsx")


def test_empty_workbook_and_header_only_sheets_import_nothing(store: SqlStore, tmp_path: Path) -> None:
    empty = _valid_xlsx(tmp_path / "blank.xlsx", rows=[])
    plan = run_import(store.unit_of_work(), FILES, empty)
    assert [i.code for i in plan.errors] == ["nothing_to_import"]
    headers_only = _valid_xlsx(tmp_path / "headers.xlsx", rows=[["Key", "Name", "Industry"]])
    plan = run_import(store.unit_of_work(), FILES, headers_only)
    assert "no_rows" in {i.code for i in plan.issues}
    assert not plan.ok


def test_giant_cells_and_control_characters(store: SqlStore, tmp_path: Path) -> None:
    path = tmp_path / "odd.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("Accounts")
    sheet.write_row(0, 0, ["Key", "Name", "Notes"])
    sheet.write_row(1, 0, ["K1", "Bell\x07 Ltd", "n" * 20_000])
    sheet.write_row(2, 0, ["K2", "Long " + "x" * 400, "fine"])
    workbook.close()
    plan = run_import(store.unit_of_work(), FILES, path)
    errors = [(i.row, i.code) for i in plan.errors]
    assert errors == [(3, "too_long")]
    assert not plan.ok


def test_read_survives_a_file_that_looks_like_csv_but_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "data.bin"
    path.write_bytes(bytes(range(256)) * 10)
    with pytest.raises(FileFormatError):
        read_tables(path)


def test_a_web_page_saved_as_xls_is_read_as_its_tables(store: SqlStore, tmp_path: Path) -> None:
    page = tmp_path / "客户导出.xls"
    page.write_bytes(
        "<html><head><meta charset=gbk></head><body><table>"
        "<tr><th>客户名称</th><th>城市</th><th>年营业额（万元）</th></tr>"
        "<tr><td>华远&amp;集团</td><td>上海</td><td>1,200</td></tr>"
        "<tr><td>Delta&nbsp;Inc.</td><td>Lyon</td><td></td></tr>"
        "</table></body></html>".encode("gbk")
    )
    plan = run_import(store.unit_of_work(), FILES, page)
    assert plan.written, plan.errors
    uow = store.unit_of_work()
    with uow:
        found = {a.name: (a.city, a.annual_revenue) for a in uow.accounts.all()}
    assert found == {"华远&集团": ("上海", Decimal("12000000.00")), "Delta Inc.": ("Lyon", None)}
    empty = tmp_path / "empty.xls"
    empty.write_text("<html><body><p>No data</p></body></html>", "utf-8")
    with pytest.raises(FileFormatError, match="holds no table"):
        read_tables(empty)


def test_a_formula_error_or_a_formula_without_a_result_is_named_as_such(store: SqlStore, tmp_path: Path) -> None:
    book = tmp_path / "formulas.xlsx"
    workbook = xlsxwriter.Workbook(str(book))
    sheet = workbook.add_worksheet("Accounts")
    sheet.write_row(0, 0, ["Key", "Name", "City"])
    sheet.write_row(1, 0, ["K1", "Alpha", "Lyon"])
    sheet.write_formula(2, 1, "=VLOOKUP(A3,Other!A:B,2,FALSE)", None, "#N/A")  # a failed lookup, as Excel saved it
    sheet.write(2, 0, "K2")
    sheet.write_formula(3, 1, '=CONCAT("Be","ta")', None, "")  # a result the file does not keep
    sheet.write(3, 0, "K3")
    sheet.write_row(4, 0, ["K4", None, "Paris"])  # truly empty
    workbook.close()
    plan = run_import(store.unit_of_work(), FILES, book)
    assert [(i.row, i.code) for i in plan.errors] == [(3, "formula_error"), (4, "formula_no_value"), (5, "required")]
    assert plan.errors[0].message == "The cell shows the spreadsheet error #N/A; fix the formula or type the value."
    assert not plan.written


def test_a_picture_named_csv_is_not_taken_for_text(tmp_path: Path) -> None:
    picture = tmp_path / "logo.csv"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with pytest.raises(FileFormatError, match="not a spreadsheet file") as caught:
        read_tables(picture)
    assert caught.value.params["reason"] == "not_spreadsheet"

"""Reading and writing spreadsheet files: xlsx/xlsm/xls/ods and CSV in, xlsx out.

Reading is defensive: the file type is sniffed from its bytes, zip archives
are checked for decompression bombs and XML entity declarations before any
XML parser sees them, and every failure becomes one FileFormatError with a
``reason`` the UI can explain. Writing goes to a temporary file that
replaces the target only when complete.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import tempfile
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from html.parser import HTMLParser
from itertools import islice
from pathlib import Path
from typing import Any, cast
from xml.etree import ElementTree as ET

from domain.errors import CancelledError, FileFormatError
from domain.exchange.schema import ValueType
from domain.exchange.table import SheetTable, SheetToWrite

MAX_UNCOMPRESSED = 2 * 1024**3  # bytes a workbook may unpack to
MAX_RATIO = 250  # a member compressed more than this is a bomb (real xlsx: < 30)
MAX_CELLS = 60_000_000  # cells in one sheet
MAX_CSV_BYTES = 1024**3
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
Progress = Callable[[int, int], bool]


def _fail(path: Path, reason: str, message: str) -> FileFormatError:
    return FileFormatError(f"{path.name}: {message}", reason=reason, path=str(path))


_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def read_tables(path: str | os.PathLike[str]) -> list[SheetTable]:
    """Every sheet of a spreadsheet or CSV file as rows of cell values.

    Raises FileFormatError (with ``reason``: missing, unreadable, empty,
    not_spreadsheet, truncated, encrypted, bomb, xml_entities, too_big,
    encoding) and never anything else for a bad file.
    """
    path = Path(path)
    try:
        with path.open("rb") as handle:
            start = handle.read(4096)
        head = start[:8]
        size = path.stat().st_size
    except FileNotFoundError:
        raise _fail(path, "missing", "the file does not exist.") from None
    except OSError as exc:
        raise _fail(path, "unreadable", f"the file cannot be read ({exc.strerror}).") from None
    if size == 0:
        raise _fail(path, "empty", "the file is empty.")
    if head.startswith(b"PK\x03\x04"):
        _check_zip(path)
        return _read_calamine(path)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        _check_ole(path)
        return _read_calamine(path)
    if head.startswith(_UTF16_BOMS):  # Excel's "Unicode text": tab-separated UTF-16
        return [_read_csv(path, size)]
    if path.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".ods") or _binary(start):
        if _is_web_page(path):
            return _read_html(path, size)
        raise _fail(path, "not_spreadsheet", "this is not a spreadsheet file, or it is damaged.")
    return [_read_csv(path, size)]


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def _binary(start: bytes) -> bool:
    """Bytes no text file holds (a picture or a program named .csv): NUL or
    other control characters at the start."""
    return b"\x00" in start or any(b in _CONTROL_BYTES for b in start[:512])


class _HtmlTables(HTMLParser):
    """The cells of every ``<table>`` of a page, as text (nested tables are
    read as their own tables)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[str]]] = []
        self._open: list[list[list[str]]] = []  # tables being read, innermost last
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._open.append([])
        elif tag == "tr" and self._open:
            self._open[-1].append([])
        elif tag in ("td", "th") and self._open:
            if not self._open[-1]:
                self._open[-1].append([])
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None and self._open:
            self._open[-1][-1].append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "table" and self._open:
            self.tables.append(self._open.pop())

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data.replace("\xa0", " "))


def _read_html(path: Path, size: int) -> list[SheetTable]:
    """A web page saved as ``.xls`` (what many web systems call an Excel
    export): each table with rows becomes a sheet."""
    if size > MAX_CSV_BYTES:
        raise _fail(path, "too_big", "the file is larger than 1 GB.")
    data = path.read_bytes()
    text = None
    for encoding in (_html_charset(data), "utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding) if encoding else None
        except (UnicodeDecodeError, LookupError):
            continue
        if text is not None:
            break
    if text is None:
        raise _fail(path, "encoding", "the text is neither UTF-8 nor GBK/GB18030.")
    parser = _HtmlTables()
    parser.feed(text)
    parser.close()
    tables = [t for t in parser.tables if any(any(cell for cell in row) for row in t)]
    if not tables:
        raise _fail(path, "not_spreadsheet", "this web page holds no table to import.")
    stem = path.stem
    return [SheetTable(stem if len(tables) == 1 else f"{stem} {i}", rows) for i, rows in enumerate(tables, 1)]


def _html_charset(data: bytes) -> str | None:
    found = re.search(rb"charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", data[:4096])
    return found.group(1).decode("ascii") if found else None


def _is_web_page(path: Path) -> bool:
    """An HTML table saved as ``.xls`` (old "Excel" exports of web systems)."""
    with path.open("rb") as handle:
        start = handle.read(2048).lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith((b"<!doctype html", b"<html", b"<table", b"<?xml")) and (
        b"<html" in start or b"<table" in start
    )


# What zipfile raises for archives it cannot read: too large, an unsupported
# compression method (NotImplementedError), cut short, or an I/O error.
_ZIP_FAILURES: tuple[type[BaseException], ...] = (zipfile.LargeZipFile, NotImplementedError, EOFError, OSError)


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            names = {m.filename for m in members}
            if "xl/workbook.xml" not in names and "content.xml" not in names and "xl/workbook.bin" not in names:
                raise _fail(path, "not_spreadsheet", "this zip file is not a spreadsheet.")
            if sum(m.file_size for m in members) > MAX_UNCOMPRESSED:
                raise _fail(path, "bomb", "the workbook would unpack to more than 2 GB; it was not opened.")
            for member in members:
                if member.file_size > 10 * 1024**2 and member.file_size > MAX_RATIO * max(member.compress_size, 1):
                    raise _fail(
                        path, "bomb", "the workbook is packed suspiciously tightly (a zip bomb?); it was not opened."
                    )
            for member in members:
                if member.filename.endswith((".xml", ".rels")) and member.file_size:
                    with archive.open(member) as handle:
                        start = handle.read(4096)
                    if b"<!DOCTYPE" in start or b"<!ENTITY" in start:
                        raise _fail(
                            path,
                            "xml_entities",
                            "the workbook declares XML entities, which spreadsheets never need; it was not opened.",
                        )
    except zipfile.BadZipFile:
        raise _fail(path, "truncated", "the file is damaged or incomplete.") from None
    except _ZIP_FAILURES as exc:
        raise _fail(path, "truncated", f"the file is damaged or incomplete ({exc}).") from None


def _check_ole(path: Path) -> None:
    with path.open("rb") as handle:
        data = handle.read(4 * 1024**2)
    if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
        raise _fail(
            path,
            "encrypted",
            "the workbook is protected with a password. Open it in your spreadsheet "
            "program, remove the password, save it, and import it again.",
        )


def _read_calamine(path: Path) -> list[SheetTable]:
    import python_calamine as pc

    try:
        # From memory, so the file is not held open (nor locked, on Windows)
        # while the sheets are read one by one.
        workbook = pc.CalamineWorkbook.from_filelike(io.BytesIO(path.read_bytes()))
    except pc.PasswordError:
        raise _fail(
            path,
            "encrypted",
            "the workbook is protected with a password. Open it in your spreadsheet "
            "program, remove the password, save it, and import it again.",
        ) from None
    except OSError as exc:
        raise _fail(path, "unreadable", f"the file cannot be read ({exc.strerror}).") from None
    except Exception as exc:  # calamine raises several unrelated types for broken files
        raise _fail(path, "truncated", f"the file is damaged or incomplete ({type(exc).__name__}).") from None
    try:
        return [
            _WorkbookSheet(meta.name, meta.visible != pc.SheetVisibleEnum.Visible, path, workbook)
            for meta in workbook.sheets_metadata
            if meta.typ == pc.SheetTypeEnum.WorkSheet
        ]
    except Exception as exc:
        raise _fail(path, "truncated", f"the file is damaged or incomplete ({type(exc).__name__}).") from None


_FORMULA_CELL = re.compile(rb"<c\b([^>]*[^/>]|)>(.*?)</c>", re.S)  # not a self-closing (empty) cell
_CELL_REF = re.compile(rb'\br="([A-Z]+)([0-9]+)"')
_CELL_VALUE = re.compile(rb"<v>([^<]*)</v>")
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _sheet_xml(path: Path, name: str) -> bytes:
    """The XML of an xlsx file's sheet ``name`` (the archive was checked for
    bombs and entity declarations before anything read it)."""
    with zipfile.ZipFile(path) as archive:
        book = ET.fromstring(archive.read("xl/workbook.xml"))
        rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
        ids = {sheet.get(_R_ID): sheet.get("name") for sheet in book.iter() if sheet.tag.endswith("}sheet")}
        for rel in rels.iter(_RELS):
            if ids.get(rel.get("Id")) == name:
                target = (rel.get("Target") or "").lstrip("/")
                return archive.read(target if target.startswith("xl/") else "xl/" + target)
    raise KeyError(name)


class _WorkbookSheet(SheetTable):
    """A sheet whose cells are read when first asked for.

    calamine holds the sheet's cells compactly; an import takes them from
    there a chunk of rows at a time (``chunks``), so a big sheet is never in
    memory as Python objects all at once, and lets the sheet go once read.
    ``rows`` (every row as a list) is there for callers that want them all.
    Reading may raise :class:`FileFormatError` for a damaged sheet.
    """

    def __init__(self, name: str, hidden: bool, path: Path, workbook: Any) -> None:
        self._path: Path | None = path
        self._workbook = workbook
        self._sheet: Any = None
        self._rows: Sequence[Sequence[Any]] | None = None
        super().__init__(name, (), hidden)
        self._rows = None  # the base initialiser assigned ``rows``: not read yet after all

    @property  # type: ignore[override]
    def rows(self) -> Sequence[Sequence[Any]]:
        if self._rows is None:
            self._rows = self._guarded(lambda: self._calamine().to_python(skip_empty_area=False))
            self._sheet = None
        return self._rows

    @rows.setter
    def rows(self, value: Sequence[Sequence[Any]]) -> None:
        self._rows = value
        self._sheet = None

    def head(self, count: int) -> Sequence[Sequence[Any]]:
        if self._rows is not None:
            return self._rows[:count]
        return cast(
            Sequence[Sequence[Any]],
            self._guarded(lambda: self._calamine().to_python(skip_empty_area=False, nrows=count)),
        )

    def row_count(self) -> int:
        if self._rows is not None:
            return len(self._rows)
        end = self._calamine().end
        return 0 if end is None else end[0] + 1

    def formula_cells(self, cells: Iterable[tuple[int, str]]) -> dict[tuple[int, str], str]:
        wanted = set(cells)
        if not wanted or self._path is None or self._path.suffix.lower() not in (".xlsx", ".xlsm"):
            return {}
        try:
            xml = _sheet_xml(self._path, self.name)
        except (OSError, KeyError, ValueError, zipfile.BadZipFile, ET.ParseError):
            return {}  # only a better message is lost
        found: dict[tuple[int, str], str] = {}
        for match in _FORMULA_CELL.finditer(xml):
            attributes, body = match.group(1), match.group(2)
            ref = _CELL_REF.search(attributes)
            if ref is None or b"<f" not in body:
                continue
            where = (int(ref.group(2)), ref.group(1).decode())
            if where not in wanted:
                continue
            value = _CELL_VALUE.search(body)
            text = value.group(1).decode("utf-8", "replace") if value else ""
            if b't="e"' in attributes or not text:
                found[where] = text
        return found

    def unload(self) -> bool:
        if self._rows is not None:
            return False
        self._sheet = None  # calamine reads it from the workbook's bytes again when asked
        return True

    def chunks(self, start: int, size: int, *, release: bool = False) -> Iterator[tuple[int, Sequence[Sequence[Any]]]]:
        if self._rows is not None:
            yield from super().chunks(start, size, release=release)
            return
        sheet = self._calamine()
        if sheet.start is None:  # an empty sheet
            return
        # calamine's row iterator starts at the first row but at the first used column.
        pad = [""] * sheet.start[1]
        rows = self._guarded(lambda: islice(sheet.iter_rows(), start, None))
        first = start
        while True:
            chunk = self._guarded(
                lambda: [pad + row for row in islice(rows, size)] if pad else list(islice(rows, size))
            )
            if not chunk:
                break
            yield first, chunk
            first += len(chunk)
        if release:
            self.rows = ()

    def _calamine(self) -> Any:
        if self._sheet is None:
            self._sheet = self._guarded(lambda: self._workbook.get_sheet_by_name(self.name))
            if self._sheet.height * max(self._sheet.width, 1) > MAX_CELLS:
                self._sheet = None
                raise _fail(self._where, "too_big", f"the sheet '{self.name}' has more than {MAX_CELLS:,} cells.")
        return self._sheet

    @property
    def _where(self) -> Path:
        assert self._path is not None
        return self._path

    def _guarded(self, read: Callable[[], Any]) -> Any:
        try:
            return read()
        except FileFormatError:
            raise
        except Exception as exc:
            raise _fail(
                self._where, "truncated", f"the file is damaged or incomplete ({type(exc).__name__})."
            ) from None


def _read_csv(path: Path, size: int) -> SheetTable:
    if size > MAX_CSV_BYTES:
        raise _fail(path, "too_big", "the CSV file is larger than 1 GB.")
    text = _decode(path, path.read_bytes())
    sample = text[: 64 * 1024]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), dialect))
    except csv.Error as exc:
        raise _fail(path, "not_spreadsheet", f"the CSV file cannot be read ({exc}).") from None
    return SheetTable(path.stem, rows)


def _decode(path: Path, data: bytes) -> str:
    """The text of a CSV file: UTF-16 with its byte order mark, UTF-8 (with or
    without a BOM), else GBK/GB18030 or Windows-1252, whichever the text reads
    as (see :func:`_chinese_or_western`)."""
    if data.startswith(_UTF16_BOMS):
        text = _decoded(data, "utf-16")
    else:
        text = _decoded(data, "utf-8-sig")
        if text is None:
            text = _chinese_or_western(data)
    if text is None:
        raise _fail(
            path, "encoding", "the text is neither UTF-8, UTF-16, GBK/GB18030 nor Windows-1252 (Western European)."
        )
    return text


def _chinese_or_western(data: bytes) -> str | None:
    """Bytes that decode both ways are Chinese when the characters are common
    ones standing in Chinese text, Western when they are letters standing alone
    in Latin words (Müller, Köln, which GB18030 would make M黮ler, K鰈n). When
    neither fits, GB18030 as before; None if nothing decodes."""
    chinese, western = _decoded(data, "gb18030"), _decoded(data, "cp1252")
    chinese_reads = chinese is not None and _reads_as_chinese(chinese)
    if western is not None and not chinese_reads and _reads_as_western(western):
        return western
    return chinese


def _decoded(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SAMPLE_RUNS = 2000  # runs of non-ASCII characters looked at to decide
# Symbols a Western text holds besides letters: typographic quotes and dashes,
# currency, degrees, the no-break space.
_WESTERN_SYMBOLS = frozenset("€£¥¢’‘‚“”„–—…•·°±×÷²³µ§¶©®™«»¿¡¦¬¨´¸¯¹ºª¼½¾†‡‰‹›ˆ˜\u00a0")


def _runs(text: str) -> list[re.Match[str]]:
    return list(islice(_NON_ASCII.finditer(text), _SAMPLE_RUNS))


def _inside_word(text: str, run: re.Match[str]) -> bool:
    """Letters wedged between ASCII letters, as in M黮ler (punctuation such as
    the 、 of "A、B" is at home there)."""
    before, after = text[run.start() - 1 : run.start()], text[run.end() : run.end() + 1]
    wedged = before.isascii() and before.isalpha() and after.isascii() and after.isalpha()
    return wedged and any(ch.isalpha() for ch in run.group())


def _reads_as_chinese(text: str) -> bool:
    """Common Chinese characters (GB2312's) and punctuation, seldom wedged
    inside Latin words."""
    runs = _runs(text)
    chars = "".join(run.group() for run in runs)
    common = sum(1 for ch in chars if not ch.isalpha() or _in_gb2312(ch))
    wedged = sum(1 for run in runs if _inside_word(text, run))
    return common >= 0.9 * len(chars) and wedged <= 0.1 * len(runs)


def _in_gb2312(ch: str) -> bool:
    # GB2312's area of GBK: both bytes from 0xA1 (Latin-1 letters followed by
    # an ASCII letter fall outside it: ü + l is 黮, 0xFC 0x6C).
    try:
        code = ch.encode("gbk")
    except UnicodeEncodeError:
        return False
    return len(code) == 2 and code[0] >= 0xA1 and code[1] >= 0xA1


def _reads_as_western(text: str) -> bool:
    """Latin letters and common symbols, mostly one or two at a time between
    ASCII letters (é in Société, öß in Größe), and no control characters."""
    if _CONTROLS.search(text):
        return False
    runs = _runs(text)
    letters = all(
        unicodedata.category(ch).startswith("L") or ch in _WESTERN_SYMBOLS for run in runs for ch in run.group()
    )
    short = sum(1 for run in runs if len(run.group()) <= 2)
    return letters and short >= 0.5 * len(runs)


def write_workbook(
    path: str | os.PathLike[str], sheets: Sequence[SheetToWrite], progress: Progress | None = None
) -> None:
    """Write ``sheets`` to an xlsx file, atomically.

    Dates are Excel dates, numbers are numbers; a text that a spreadsheet
    could take for a formula (starting with = + - @ tab or CR) is stored as
    text with Excel's quote-prefix, so no program runs it. Raises
    FileFormatError if the file cannot be written and CancelledError if
    ``progress`` returns False; the old file is left intact either way.
    """
    import xlsxwriter

    target = Path(path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".export-", suffix=".xlsx", dir=target.parent)
    except OSError as exc:
        raise _fail(target, "unwritable", f"cannot write in {target.parent} ({exc.strerror}).") from None
    os.close(fd)
    total = sum(s.count for s in sheets) or 1
    done = 0
    try:
        workbook = xlsxwriter.Workbook(
            tmp_name,
            {
                "constant_memory": True,
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "strings_to_numbers": False,
            },
        )
        bold = workbook.add_format({"bold": True, "bg_color": "#E8EEF7", "bottom": 1})
        formats = {
            ValueType.DATE: workbook.add_format({"num_format": "yyyy-mm-dd"}),
            ValueType.DATETIME: workbook.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"}),
            ValueType.MONEY: workbook.add_format({"num_format": "#,##0.00"}),
        }
        quoted = workbook.add_format({"quote_prefix": True})
        for sheet in sheets:
            ws = workbook.add_worksheet(sheet.title[:31])
            ws.freeze_panes(1, 0)
            for index, (header, col) in enumerate(zip(sheet.headers, sheet.columns, strict=True)):
                ws.set_column(index, index, max(col.width, min(len(header) + 2, 40)))
                ws.write_string(0, index, header, bold)
            writers = [_writer(ws, col.type, formats, quoted) for col in sheet.columns]
            for row_index, row in enumerate(sheet.rows, start=1):
                for col_index, (value, write) in enumerate(zip(row, writers, strict=True)):
                    if value is not None and value != "":
                        write(row_index, col_index, value)
                done += 1
                if progress is not None and done % 2000 == 0 and progress(done, total) is False:
                    raise CancelledError("Export cancelled; no file was written.")
        workbook.close()
        if progress is not None and progress(total, total) is False:
            raise CancelledError("Export cancelled; no file was written.")
        os.replace(tmp_name, target)
    except (CancelledError, FileFormatError):
        Path(tmp_name).unlink(missing_ok=True)
        raise
    except Exception as exc:  # disk full, permission, xlsxwriter's own errors
        Path(tmp_name).unlink(missing_ok=True)
        raise _fail(target, "unwritable", f"the file could not be written ({exc}); nothing was changed.") from None


def _writer(ws: Any, kind: ValueType, formats: dict[ValueType, Any], quoted: Any) -> Callable[[int, int, Any], Any]:
    """The cell writer for a column type: xlsxwriter's own method where it
    can be (this runs once per cell, so every extra call counts)."""
    if kind in (ValueType.INTEGER, ValueType.NUMBER, ValueType.INFLUENCE, ValueType.LINK_STRENGTH):
        return cast(Callable[[int, int, Any], Any], ws.write_number)
    if kind is ValueType.BOOLEAN:
        return cast(Callable[[int, int, Any], Any], ws.write_boolean)
    if kind is ValueType.MONEY:
        write_number, money = ws.write_number, formats[kind]
        return lambda r, c, v: write_number(r, c, float(v), money)
    if kind in (ValueType.DATE, ValueType.DATETIME):
        write_datetime, day = ws.write_datetime, formats[kind]
        return lambda r, c, v: write_datetime(r, c, v, day)
    write_string = ws.write_string

    def write_text(r: int, c: int, v: Any) -> Any:
        text = v if v.__class__ is str else str(v)
        if text.startswith(_FORMULA_START):
            return write_string(r, c, text, quoted)
        return write_string(r, c, text)

    return write_text


class SpreadsheetFileAdapter:
    """Implements domain.ports.SpreadsheetFiles with the functions above."""

    def read(self, path: Path) -> list[SheetTable]:
        return read_tables(path)

    def write(self, path: Path, sheets: Sequence[SheetToWrite], progress: Progress | None = None) -> None:
        write_workbook(path, sheets, progress)

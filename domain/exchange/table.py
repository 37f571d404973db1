"""What an import reads: sheets as rows of cell values (from any file type)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from domain.exchange.schema import Column


@dataclass
class SheetTable:
    """One sheet: its name, whether it was hidden, and its rows of cells
    (text, numbers, dates, booleans or ``None``), first row first.

    An import reads a sheet through ``head``, ``row_count`` and ``chunks``,
    which a reader may implement without ever holding every row at once."""

    name: str
    rows: Sequence[Sequence[Any]]
    hidden: bool = False

    def head(self, count: int) -> Sequence[Sequence[Any]]:
        """The first ``count`` rows (where headers are looked for)."""
        return self.rows[:count]

    def row_count(self) -> int:
        return len(self.rows)

    def formula_cells(self, cells: Iterable[tuple[int, str]]) -> dict[tuple[int, str], str]:
        """Of ``cells`` (1-based row, column letter) that read as empty, those
        that hold a formula: its error value (``#N/A``) or "" when the file
        keeps no result for it. Rows given in memory hold no formulas."""
        return {}

    def unload(self) -> bool:
        """Let go of cells that can be read again when next asked for (a sheet
        of a file); returns whether it did. Rows given in memory are kept:
        nothing could read them again."""
        return False

    def chunks(self, start: int, size: int, *, release: bool = False) -> Iterator[tuple[int, Sequence[Sequence[Any]]]]:
        """The rows from index ``start`` on, ``size`` at a time, each chunk
        with the index of its first row. With ``release`` the rows are let go
        as they are handed out (for a caller that reads the sheet once)."""
        rows = self.rows
        for first in range(start, len(rows), size):
            stop = min(first + size, len(rows))
            chunk = rows[first:stop]
            if release and isinstance(rows, list):
                rows[first:stop] = [()] * (stop - first)
            yield first, chunk
        if release:
            self.rows = ()


def column_letter(index: int) -> str:
    """Spreadsheet column name of a 0-based column index: 0 → A, 27 → AB."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass
class SheetToWrite:
    """A sheet to write: its title, header labels, column types and rows."""

    title: str
    headers: Sequence[str]
    columns: Sequence[Column]
    rows: Iterable[Sequence[Any]]
    count: int

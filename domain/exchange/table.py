"""What an import reads: sheets as rows of cell values (from any file type)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from domain.exchange.schema import Column


@dataclass
class SheetTable:
    """One sheet: its name, whether it was hidden, and its rows of cells
    (text, numbers, dates, booleans or ``None``), first row first."""

    name: str
    rows: Sequence[Sequence[Any]]
    hidden: bool = False


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

"""The review pack as workbook sheets: an overview of every section's facts,
then one sheet per table, numbers and dates kept as numbers and dates."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from domain.exchange.schema import Column, ValueType
from domain.exchange.table import SheetToWrite
from ui.review.content import Section, format_value

translate = QCoreApplication.translate  # named so that lupdate finds the texts

_BAD_TITLE = re.compile(r"[\[\]:*?/\\]")
MAX_TITLE = 31


def _unique(title: str, used: set[str]) -> str:
    base = _BAD_TITLE.sub("_", title).strip("' ")[:MAX_TITLE] or "Sheet"
    candidate, number = base, 2
    while candidate.casefold() in used:
        suffix = f" {number}"
        candidate = base[: MAX_TITLE - len(suffix)] + suffix
        number += 1
    used.add(candidate.casefold())
    return candidate


def _width(header: str, kind: ValueType) -> int:
    if kind is ValueType.LONG_TEXT:
        return 48
    return max(12, min(len(header) * 2 + 2, 30))


def review_sheets(sections: Sequence[Section]) -> list[SheetToWrite]:
    """Sheet one lists every section's facts (section, item, value, as text);
    each table of every section follows on a sheet of its own."""
    used: set[str] = set()
    facts = [[section.title, label, format_value(value)] for section in sections for label, value in section.facts] + [
        [section.title, "", note] for section in sections for note in section.notes
    ]
    overview = SheetToWrite(
        title=_unique(translate("ReviewPack", "Overview"), used),
        headers=[translate("ReviewPack", "Section"), translate("ReviewPack", "Item"), translate("ReviewPack", "Value")],
        columns=[
            Column("section", ValueType.TEXT, width=26),
            Column("item", ValueType.TEXT, width=30),
            Column("value", ValueType.LONG_TEXT, width=60),
        ],
        rows=facts,
        count=len(facts),
    )
    sheets = [overview]
    for section in sections:
        for table in section.tables:
            columns = [
                Column(f"c{i}", kind, width=_width(h, kind))
                for i, (h, kind) in enumerate(zip(table.headers, table.types, strict=True))
            ]
            rows = [[_cell(value, kind) for value, kind in zip(row, table.types, strict=True)] for row in table.rows]
            sheets.append(SheetToWrite(_unique(table.sheet, used), table.headers, columns, rows, len(rows)))
    return sheets


def _cell(value: object, kind: ValueType) -> object:
    """Numbers and dates as they are; anything else in a numeric column (a "—") as empty."""
    if kind in (ValueType.INTEGER, ValueType.NUMBER, ValueType.MONEY):
        return value if isinstance(value, int | float | Decimal) else None
    if kind is ValueType.DATE:
        return value if value is not None and hasattr(value, "isoformat") else None
    return format_value(value)

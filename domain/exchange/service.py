"""Export and import as service functions, shared by the window and the CLI."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from domain.bulk import collector_paused
from domain.exchange.export import stream_tables
from domain.exchange.headers import OWN_HEADERS, SHEET_NAMES
from domain.exchange.plan import ImportPlan, import_tables, plan_import
from domain.exchange.schema import SHEET_ORDER
from domain.exchange.table import SheetToWrite
from domain.ports import Progress, SpreadsheetFiles, UnitOfWork

Labels = Mapping[str, Mapping[str, str]]


def export_workbook(
    uow: UnitOfWork,
    files: SpreadsheetFiles,
    path: Path,
    sheet_titles: Mapping[str, str],
    headers: Labels,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Write the whole portfolio to ``path``; returns rows written per kind.

    ``sheet_titles[kind]`` and ``headers[kind][field]`` are the labels in the
    user's language; missing ones are written in English.
    """
    with collector_paused():
        return _export(uow, files, path, sheet_titles, headers, progress)


def _export(
    uow: UnitOfWork,
    files: SpreadsheetFiles,
    path: Path,
    sheet_titles: Mapping[str, str],
    headers: Labels,
    progress: Progress | None,
) -> dict[str, int]:
    with uow:  # one read transaction: the big sheets are read from it while they are written
        tables = stream_tables(uow)
        # A label the caller does not give falls back to our English name (a caller
        # written before a sheet or column existed still exports it, readable back).
        sheets = [
            SheetToWrite(
                title=sheet_titles.get(t.kind) or SHEET_NAMES[t.kind][0],
                headers=[headers.get(t.kind, {}).get(c.field) or OWN_HEADERS[t.kind][c.field][0] for c in t.columns],
                columns=t.columns,
                rows=t.rows,
                count=t.count,
            )
            for t in tables
        ]
        files.write(path, sheets, progress)
    return {t.kind: t.count for t in tables}


def preview_import(
    uow: UnitOfWork,
    files: SpreadsheetFiles,
    path: Path,
    *,
    overrides: Mapping[str, str | None] | None = None,
    kinds: Mapping[str, str | None] | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """Read ``path`` and plan its import (a dry run: nothing is written)."""
    with collector_paused():
        tables = files.read(path)
        return plan_import(uow, tables, overrides=overrides, kinds=kinds, release_tables=True, progress=progress)


def run_import(
    uow: UnitOfWork,
    files: SpreadsheetFiles,
    path: Path,
    *,
    overrides: Mapping[str, str | None] | None = None,
    kinds: Mapping[str, str | None] | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """Read ``path`` and import it in one transaction, written in batches as
    it is planned; committed only if it has no errors (``plan.written``).

    Returns the plan; if it has errors, or the import is cancelled
    (:class:`CancelledError`), nothing was written.
    """
    with collector_paused():
        tables = files.read(path)
        return import_tables(uow, tables, overrides=overrides, kinds=kinds, release_tables=True, progress=progress)


__all__ = ["SHEET_ORDER", "export_workbook", "preview_import", "run_import"]

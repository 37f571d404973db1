"""Planning an import: read the sheets, match rows to stored records, resolve
references, find every problem — and only then, if asked, write it all in
one unit of work.

``plan_import`` never writes: it is the dry run. ``apply_import`` writes a
plan that has no errors; anything that goes wrong rolls the whole import
back, so the store is either fully updated or exactly as it was.
"""

from __future__ import annotations

import dataclasses
import json
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from itertools import islice
from typing import Any

from domain.bulk import collector_paused
from domain.errors import CancelledError, DomainError
from domain.exchange import headers as hdr
from domain.exchange import values as val
from domain.exchange.schema import KINDS, SHEET_ORDER, ValueType, column
from domain.exchange.table import SheetTable, column_letter
from domain.model import (
    Account,
    AccountPlan,
    Assignment,
    Contact,
    ContactLink,
    FitCriterion,
    Interaction,
    Lifecycle,
    LinkKind,
    PlanAction,
    PlanObjective,
    PlanRisk,
    TeamMember,
    Transaction,
    TriangleRole,
    default_key,
)
from domain.ports import TierHistoryRecord, UnitOfWork
from domain.powermap.snapshot import Snapshot, SnapshotEntry

Progress = Callable[[int, int], bool]
ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class Issue:
    """One problem, located as precisely as the file allows.

    ``row`` is the spreadsheet's row number (1-based); ``column`` is the
    column letter and header, e.g. ``C (Employees)``.
    """

    sheet: str
    row: int | None
    column: str | None
    code: str
    message: str
    severity: str = ERROR
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Change:
    """What the import does to one record: ``add``, ``change`` or ``same``.
    ``fields`` holds ``(old, new)`` for each changed field."""

    kind: str
    action: str
    key: str
    label: str
    sheet: str
    row: int
    fields: Mapping[str, tuple[Any, Any]] = field(default_factory=dict)


@dataclass
class SheetReport:
    sheet: str
    kind: str | None
    header_row: int | None  # 1-based
    mapping: hdr.ColumnMapping | None
    rows: int = 0
    note: str = ""


@dataclass(slots=True)
class _Row:
    sheet: str
    row: int
    values: dict[str, Any]
    where: dict[str, str]  # field -> "C (Header)"
    target: int | None = None  # id of the record the row writes, once matched


@dataclass(slots=True)
class _Pending:
    """A sheet read as ``kind``, to be parsed when its kind is planned."""

    table: SheetTable
    kind: str
    report: SheetReport


@dataclass(slots=True)
class _Batch:
    """A chunk of a sheet's rows, parsed, column by column."""

    sheet: str
    numbers: list[int]  # spreadsheet row numbers
    columns: dict[str, list[Any]]  # field -> parsed value per row
    where: dict[str, str]  # field -> "C (Header)"
    joined_name: bool  # a contact's name comes from first and last name columns


_CHUNK_ROWS = 20_000  # rows parsed at a time
CHANGE_DETAILS = 5_000  # changes kept per kind and action for the preview


WRITE_BATCH = 5_000  # records of one kind written at a time
_TICK = 2_000  # rows planned between two progress reports


_HEAD_ROWS = 30  # rows searched for the header row
# Hidden sheets an export keeps for itself (Dynamics 365's re-import metadata):
# skipped without a word.
_METADATA_SHEETS = frozenset({"hiddenDataSheet", "hiddenSheet"})
# Each kind's planner, in the order they run: a record refers only to kinds
# planned before it (a contact's owner is a team member, so team comes first).
_STEPS = (
    ("account", "accounts"),
    ("team_member", "team"),
    ("contact", "contacts"),
    ("transaction", "transactions"),
    ("interaction", "interactions"),
    ("tier_history", "tier_history"),
    ("tier_override", "tier_overrides"),
    ("contact_link", "links"),
    ("powermap_snapshot", "snapshots"),
    ("triangle_assignment", "assignments"),
    ("account_plan", "account_plans"),
    ("plan_objective", "plan_objectives"),
    ("plan_action", "plan_actions"),
    ("plan_risk", "plan_risks"),
)


def _replace_snapshots(uow: UnitOfWork, snapshots: list[Snapshot]) -> None:
    uow.snapshots.delete([s.id for s in snapshots if s.id is not None])
    uow.snapshots.add_many(snapshots)


# How planned records are written, by (kind, action). Every record carries
# its id, and references are checked at commit, so the order of the writes
# does not matter: a record may be written before the one it points at.
_WRITES: dict[tuple[str, str], Callable[[UnitOfWork, list[Any]], object]] = {
    ("account", "add"): lambda uow, records: uow.accounts.add_many(records),
    ("account", "change"): lambda uow, records: uow.accounts.update_many(records),
    ("team_member", "add"): lambda uow, records: uow.team.add_many(records),
    ("team_member", "change"): lambda uow, records: uow.team.update_many(records),
    ("contact", "add"): lambda uow, records: uow.contacts.add_many(records),
    ("contact", "change"): lambda uow, records: uow.contacts.update_many(records),
    ("transaction", "add"): lambda uow, records: uow.transactions.add_many(records),
    ("transaction", "change"): lambda uow, records: uow.transactions.update_many(records),
    ("interaction", "add"): lambda uow, records: uow.interactions.add_many(records),
    ("interaction", "change"): lambda uow, records: uow.interactions.update_many(records),
    ("tier_history", "add"): lambda uow, records: uow.tiers.add_history(records),
    ("tier_override", "add"): lambda uow, records: uow.tiers.put_overrides(records),
    ("tier_override", "change"): lambda uow, records: uow.tiers.put_overrides(records),
    ("contact_link", "add"): lambda uow, records: uow.links.add_many(records),
    ("contact_link", "change"): lambda uow, records: uow.links.update_many(records),
    ("powermap_snapshot", "add"): lambda uow, records: uow.snapshots.add_many(records),
    ("powermap_snapshot", "change"): _replace_snapshots,
    ("triangle_assignment", "add"): lambda uow, records: uow.assignments.add_many(records),
    ("triangle_assignment", "change"): lambda uow, records: uow.assignments.update_many(records),
    ("account_plan", "add"): lambda uow, records: uow.plans.add_many(records),
    ("account_plan", "change"): lambda uow, records: uow.plans.update_many(records),
    ("plan_objective", "add"): lambda uow, records: uow.plans.add_objectives(records),
    ("plan_objective", "change"): lambda uow, records: uow.plans.update_objectives(records),
    ("plan_action", "add"): lambda uow, records: uow.plans.add_actions(records),
    ("plan_action", "change"): lambda uow, records: uow.plans.update_actions(records),
    ("plan_risk", "add"): lambda uow, records: uow.plans.add_risks(records),
    ("plan_risk", "change"): lambda uow, records: uow.plans.update_risks(records),
}


class _Writer:
    """Writes planned records in batches while the planning goes on, inside
    the planner's one transaction, so that an import never holds all its
    records at once. After the first error it writes nothing more: the
    import is then rolled back."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow
        self.buffers: dict[tuple[str, str], list[Any]] = {}
        self.stopped = False

    def put(self, kind: str, action: str, record: Any) -> None:
        if self.stopped:
            return
        key = (kind, action)
        buffer = self.buffers.get(key)
        if buffer is None:
            buffer = self.buffers[key] = []
        buffer.append(record)
        if len(buffer) >= WRITE_BATCH:
            self.buffers[key] = []
            self._write(key, buffer)

    def flush(self) -> None:
        buffers, self.buffers = self.buffers, {}
        for key, buffer in buffers.items():
            if buffer and not self.stopped:
                self._write(key, buffer)

    def stop(self) -> None:
        self.stopped = True
        self.buffers = {}

    def _write(self, key: tuple[str, str], records: list[Any]) -> None:
        self.uow.defer_references()  # kept on for the whole transaction; cheap to repeat
        _WRITES[key](self.uow, records)


@dataclass
class ImportPlan:
    """What an import does, or would do: the sheets as read, every problem,
    and the changes (counted; the first CHANGE_DETAILS per kind and action
    kept for the preview). The records themselves are never all held: an
    import writes them as they are planned, a dry run lets them go."""

    sheets: list[SheetReport] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)  # the first CHANGE_DETAILS per kind and action
    written: bool = False  # the import was committed
    # Every change is counted; the first CHANGE_DETAILS of each kind and action
    # are kept for the preview (a 500,000-row file needs no 500,000 lines).
    tally: dict[str, dict[str, int]] = field(
        default_factory=lambda: {k: {"add": 0, "change": 0, "same": 0} for k in SHEET_ORDER}
    )

    def note(self, change: Change) -> None:
        """Count ``change`` and keep it for the preview while there is room."""
        if self.counted(change.kind, change.action):
            self.changes.append(change)

    def counted(self, kind: str, action: str) -> bool:
        """Count one change; True while the preview still keeps such changes' details."""
        counts = self.tally[kind]
        counts[action] += 1
        return counts[action] <= CHANGE_DETAILS

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == ERROR]

    @property
    def ok(self) -> bool:
        return not self.errors

    def counts(self) -> dict[str, dict[str, int]]:
        """``{kind: {"add": n, "change": n, "same": n}}``."""
        return {kind: dict(counts) for kind, counts in self.tally.items()}

    def unknown_columns(self) -> list[tuple[str, str]]:
        """``(sheet, header)`` of every column nobody placed."""
        return [(s.sheet, h) for s in self.sheets if s.mapping for h in s.mapping.unknown]


def norm_name(text: str) -> str:
    """Names compare without case, width, spaces and punctuation."""
    return hdr.normalize(text)


def _where(mapping: hdr.ColumnMapping, index: int) -> str:
    header = mapping.headers[index]
    return f"{column_letter(index)} ({header})" if header else column_letter(index)


_PARSERS: dict[ValueType, Callable[[Any], Any]] = {
    ValueType.TEXT: lambda v: val.clean_text(v),
    ValueType.LONG_TEXT: val.clean_long_text,
    ValueType.REFERENCE: lambda v: val.clean_text(v),
    ValueType.INTEGER: val.parse_integer,
    ValueType.NUMBER: val.parse_percent,
    ValueType.TIER: val.parse_tier,
    ValueType.DATE: val.parse_date,
    ValueType.DATETIME: val.parse_datetime,
    ValueType.BOOLEAN: val.parse_bool,
    ValueType.LIFECYCLE: val.parse_lifecycle,
    ValueType.INTERACTION_KIND: val.parse_interaction_kind,
    ValueType.BUYING_ROLE: val.parse_buying_role,
    ValueType.ATTITUDE: val.parse_attitude,
    ValueType.LAYER: val.parse_layer,
    ValueType.STRENGTH: val.parse_strength,
    ValueType.LINK_KIND: val.parse_link_kind,
    ValueType.INFLUENCE: val.parse_influence,
    ValueType.LINK_STRENGTH: val.parse_link_strength,
    ValueType.TRIANGLE_ROLE: val.parse_triangle_role,
    ValueType.TRIANGLE_ROLES: val.parse_triangle_roles,
    ValueType.CAPACITY: val.parse_capacity,
    ValueType.PLAN_STATUS: val.parse_plan_status,
    ValueType.OBJECTIVE_KIND: val.parse_objective_kind,
    ValueType.WORK_STATUS: val.parse_work_status,
    ValueType.SCORE: val.parse_score,
}

# A contact's managers: (column field, Contact attribute).
_MANAGER_FIELDS = (("reports_to", "reports_to_id"), ("secondary_manager", "secondary_manager_id"))
# Power-map fields of a contact read as they stand (blank: not known).
_CONTACT_POWER_FIELDS = ("buying_role", "influence", "attitude", "layer", "strength", "last_contact_on")
_PLAN_TEXTS = ("challenges", "competitors", "strengths", "weaknesses", "trends")


def _is_cjk(text: str) -> bool:
    return any("CJK" in unicodedata.name(ch, "") for ch in text)


class _Planner:
    def __init__(self, uow: UnitOfWork, plan: ImportPlan, progress: Progress | None = None) -> None:
        self.release_tables = False
        self.uow = uow
        self.plan = plan
        self.rows: dict[str, list[_Pending]] = defaultdict(list)
        self.writer: _Writer | None = None  # None: a dry run
        self.progress = progress
        self.total = 0  # rows to plan
        self.done = 0

    def steps(self) -> list[Callable[[], None]]:
        """The kinds' planners in the order they run (references point back)."""
        return [getattr(self, method) for _, method in _STEPS]

    def put(self, kind: str, action: str, record: Any) -> None:
        """Hand a planned record to the writer (a dry run lets it go)."""
        if self.writer is not None:
            self.writer.put(kind, action, record)

    def tick(self, rows: int) -> None:
        """Count ``rows`` planned; raises CancelledError when the caller says stop."""
        self.done += rows
        if self.progress is not None and self.progress(min(self.done, self.total), self.total) is False:
            raise CancelledError("Import cancelled; nothing was written.")

    def issue(
        self,
        sheet: str,
        row: int | None,
        where: str | None,
        code: str,
        message: str,
        severity: str = ERROR,
        **params: Any,
    ) -> None:
        self.plan.issues.append(Issue(sheet, row, where, code, message, severity, params))
        if severity == ERROR and self.writer is not None:
            self.writer.stop()  # the import will be rolled back: writing more is wasted

    # -- reading sheets ------------------------------------------------------------------------

    def read(
        self, tables: Sequence[SheetTable], overrides: Mapping[str, str | None], kinds: Mapping[str, str | None]
    ) -> None:
        seen_kinds: dict[str, str] = {}
        for table in tables:
            if table.hidden:
                self.plan.sheets.append(SheetReport(table.name, None, None, None, note="hidden"))
                if table.name not in _METADATA_SHEETS:
                    message = "The sheet is hidden and was not imported."
                    self.issue(table.name, None, None, "hidden_sheet", message, WARNING)
                continue
            forced = kinds.get(table.name, "")
            head = table.head(_HEAD_ROWS)
            if table is not tables[-1]:
                table.unload()  # read again in its turn: the next sheet's cells need not wait beside these
            found = hdr.detect(table.name, head, scan=_HEAD_ROWS)
            if forced is None or (not forced and found is None):
                note = "ignored" if forced is None else "unrecognised"
                self.plan.sheets.append(SheetReport(table.name, None, None, None, note=note))
                if forced is not None and _has_content(table):
                    self.issue(
                        table.name,
                        None,
                        None,
                        "unknown_sheet",
                        "No known columns were found in this sheet; it was not imported.",
                        WARNING,
                    )
                self._let_go(table)
                continue
            kind, header_index = (forced, _header_row(forced, head)) if forced else found  # type: ignore[misc]
            if kind in seen_kinds:
                self.issue(
                    table.name,
                    None,
                    None,
                    "second_sheet",
                    f"Another sheet ({seen_kinds[kind]}) holds the same kind of records; both are read.",
                    WARNING,
                    other=seen_kinds[kind],
                )
            seen_kinds.setdefault(kind, table.name)
            headers = head[header_index] if header_index < len(head) else []
            mapping = hdr.map_columns(kind, header_index, headers, overrides, above=head[:header_index])
            report = SheetReport(table.name, kind, header_index + 1, mapping)
            self.plan.sheets.append(report)
            for header in mapping.duplicates:
                self.issue(
                    table.name,
                    header_index + 1,
                    header,
                    "duplicate_column",
                    f"The column '{header}' names a field another column already gives; it was ignored.",
                    WARNING,
                    header=header,
                )
            missing = [c.field for c in KINDS[kind] if c.required and mapping.column_of(c.field) is None]
            if kind == "contact" and "name" in missing and mapping.column_of("last_name") is not None:
                missing.remove("name")
            if missing:
                for name in missing:
                    self.issue(
                        table.name,
                        header_index + 1,
                        None,
                        "missing_column",
                        f"The sheet has no column for the required field '{name}'.",
                        field=name,
                    )
                self._let_go(table)
                continue
            # Parsed when its kind is planned, a chunk at a time: a sheet's rows are
            # never all in memory as Python objects, raw or parsed.
            self.rows[kind].append(_Pending(table, kind, report))
            self.total += max(table.row_count() - header_index - 1, 0)
        # The sheet planned first keeps its cells; the others let theirs go
        # and read them again when their turn comes, so that at most one
        # sheet's cells are held at a time.
        order = [kind for kind, _ in _STEPS]
        waiting = sorted((p for kind in self.rows for p in self.rows[kind]), key=lambda p: order.index(p.kind))
        for pending in waiting[1:]:
            pending.table.unload()

    def _let_go(self, table: SheetTable) -> None:
        """Drop a sheet that will not be imported (when the caller allows)."""
        if self.release_tables:
            table.rows = ()

    def _batches(self, pending: _Pending) -> Iterator[_Batch]:
        """A sheet's data rows parsed, a chunk at a time. Column by column with
        one parser each: the per-cell cost is what decides how fast a big sheet
        imports. With ``release_tables`` the sheet lets its raw cells go as
        they are parsed."""
        table, kind, report = pending.table, pending.kind, pending.report
        mapping = report.mapping
        assert mapping is not None
        mapped = [(i, f) for i, f in enumerate(mapping.fields) if f is not None]
        where = {f: _where(mapping, i) for i, f in mapped}
        width = max((i for i, _ in mapped), default=-1) + 1
        parsers = [
            (
                i,
                name,
                self._parser(kind, name, mapping.unit(i)),
                self._column_parser(kind, name, mapping.unit(i)),
            )
            for i, name in mapped
        ]
        joined_name = kind == "contact" and "name" not in where and ("first_name" in where or "last_name" in where)
        # A line of one cell after a blank row is held back: a footer (a report's
        # title, copyright and "generated by" lines) unless more data follows.
        seen = gap = False
        held: list[tuple[int, Sequence[Any]]] = []
        for start, raw in table.chunks(mapping.header_row + 1, _CHUNK_ROWS, release=self.release_tables):
            chunk_numbers: list[int] = []
            chunk: list[Sequence[Any]] = []
            for number, cells in enumerate(raw, start + 1):
                if not any(cells) or _only_blanks(cells):
                    gap = seen
                    continue
                if hdr.is_total_row(cells):
                    continue
                if gap:
                    if sum(1 for c in cells if not val.is_blank(c)) == 1:
                        held.append((number, cells))
                        continue
                    gap = False
                    for held_number, held_cells in held:  # data follows: they were records after all
                        chunk_numbers.append(held_number)
                        chunk.append(_widened(held_cells, width))
                    held = []
                seen = True
                chunk_numbers.append(number)
                chunk.append(cells if len(cells) >= width else _widened(cells, width))
            del raw
            columns = {
                name: self._parse_column(table.name, chunk_numbers, chunk, i, parse, fast, where[name])
                for i, name, parse, fast in parsers
            }
            del chunk
            report.rows += len(chunk_numbers)
            if chunk_numbers:
                yield _Batch(table.name, chunk_numbers, columns, where, joined_name)
        if held:
            lines = [next(str(c) for c in cells if not val.is_blank(c)) for _, cells in held]
            shown = ", ".join(f"'{line[:40]}'" for line in lines[:3]) + (", …" if len(lines) > 3 else "")
            self.issue(
                table.name,
                held[0][0],
                None,
                "footer_lines",
                f"Lines below the table ({shown}), {len(lines)} in all, were not read as records.",
                WARNING,
                value=shown,
                limit=len(lines),
            )
        if report.rows == 0:
            self.issue(table.name, None, None, "no_rows", "The sheet has headers but no data rows.", WARNING)

    def _parse_column(
        self,
        sheet: str,
        numbers: list[int],
        chunk: list[Sequence[Any]],
        index: int,
        parse: Callable[[Any], Any],
        fast: Callable[[list[Any]], list[Any] | None] | None,
        where: str,
    ) -> list[Any]:
        if fast is not None:
            parsed = fast([cells[index] for cells in chunk])
            if parsed is not None:
                return parsed
        try:  # fast path: no cell of the column has a problem
            return [parse(cells[index]) for cells in chunk]
        except val.CellProblem:
            return self._parse_reporting(sheet, numbers, chunk, index, parse, where)

    def _rows(self, kind: str) -> Iterator[_Row]:
        """The rows of ``kind``, parsed a chunk at a time and built one at a
        time (a planner walks its rows once)."""
        required = [c.field for c in KINDS[kind] if c.required]
        for pending in self.rows.pop(kind, []):
            yield from self._sheet_rows(pending, required)

    def _sheet_rows(self, pending: _Pending, required: list[str]) -> Iterator[_Row]:
        for batch in self._batches(pending):
            names = list(batch.columns)
            where = batch.where
            joined_where = dict(where, name=where.get("last_name") or where.get("first_name", ""))
            if not names:
                continue
            ticks = 0
            for number, row_values in zip(batch.numbers, zip(*batch.columns.values(), strict=True), strict=True):
                ticks += 1
                if ticks == _TICK:
                    self.tick(ticks)
                    ticks = 0
                values = dict(zip(names, row_values, strict=True))
                row_where = where
                if batch.joined_name:
                    first, last = values.pop("first_name", None) or "", values.pop("last_name", None) or ""
                    values["name"] = (last + first) if _is_cjk(last + first) else f"{first} {last}".strip()
                    row_where = joined_where
                elif "first_name" in values or "last_name" in values:
                    values.pop("first_name", None)
                    values.pop("last_name", None)
                if "mobile" in values:
                    _join_mobile(values)
                    if "phone" not in where:
                        row_where = dict(row_where, phone=where["mobile"])
                for field_name in required:
                    value = values.get(field_name)
                    if value is None or value == "" or value is _INVALID:
                        if value is not _INVALID:
                            self.issue(
                                batch.sheet,
                                number,
                                row_where.get(field_name),
                                "required",
                                f"'{field_name}' is required.",
                                field=field_name,
                            )
                        values[field_name] = _INVALID
                yield _Row(batch.sheet, number, values, row_where)
            self.tick(ticks)

    def _parse_reporting(
        self,
        sheet: str,
        numbers: list[int],
        chunk: list[Sequence[Any]],
        index: int,
        parse: Callable[[Any], Any],
        where: str,
    ) -> list[Any]:
        """Parse one column cell by cell, reporting each cell that fails."""
        parsed: list[Any] = []
        for number, cells in zip(numbers, chunk, strict=True):
            try:
                parsed.append(parse(cells[index]))
            except val.CellProblem as problem:
                self.issue(sheet, number, where, problem.code, problem.message, **problem.params)
                parsed.append(_INVALID)
        return parsed

    @staticmethod
    def _column_parser(kind: str, name: str, unit: Decimal) -> Callable[[list[Any]], list[Any] | None] | None:
        """A parser for a whole column's usual content (None if there is none);
        it returns None for a column it cannot take, which is then read cell by cell."""
        if name in ("first_name", "last_name", "mobile"):
            return val.short_texts
        if name == "stage":
            return None
        value_type = column(kind, name).type
        if value_type in (ValueType.TEXT, ValueType.REFERENCE):
            return val.short_texts
        if value_type is ValueType.MONEY and unit == 1:
            return val.plain_amounts
        if value_type is ValueType.DATE:
            return val.dates
        return None

    @staticmethod
    def _parser(kind: str, name: str, unit: Decimal) -> Callable[[Any], Any]:
        if name in ("first_name", "last_name", "mobile"):
            return val.parse_short_text
        if name == "stage":
            return val.parse_deal_stage
        col = column(kind, name)
        if col.type is ValueType.MONEY:
            refunds = kind == "transaction"  # a credit note or refund is an order of a negative amount
            return lambda raw: val.parse_money(raw, unit, allow_negative=refunds)
        if col.type in (ValueType.TEXT, ValueType.REFERENCE):
            return val.parse_short_text
        return _PARSERS[col.type]

    # -- accounts ------------------------------------------------------------------------------

    def accounts(self) -> None:
        existing = self.uow.accounts.all()
        by_id: dict[int, Account] = {a.id: a for a in existing if a.id is not None}
        by_key = {a.key: a for a in existing}
        by_name: dict[str, list[Account]] = defaultdict(list)
        norms: dict[int, str] = {}  # account id -> normalized name
        for account in existing:
            norm = norm_name(account.name)
            by_name[norm].append(account)
            norms[account.id] = norm  # type: ignore[index]
        next_id = max((a.id or 0 for a in existing), default=0)
        rows = [r for r in self._rows("account") if _INVALID not in (r.values.get("name"), r.values.get("key"))]
        # Rows without a key that share a name are paired, in file order, with
        # the stored accounts of that name: a file with two "Delta Inc." rows
        # imports again onto the two accounts it made the first time.
        keyless = Counter(norm_name(r.values["name"]) for r in rows if not r.values.get("key"))
        file_keys: dict[str, int] = {}
        file_names: dict[str, _Row] = {}  # normalized name -> first row with it
        now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
        self.account_ids: dict[str, int] = {}  # key -> id, file and store
        self.account_names: dict[str, list[int]] = {}
        self.account_final: dict[int, Account] = dict(by_id)
        matched_existing: dict[int, _Row] = {}
        for row in rows:
            key = row.values.get("key") or ""
            name = row.values["name"]
            norm = norm_name(name)
            if self._repeated_key(row, key, file_keys):
                continue
            found = by_key.get(key) if key else None
            if found is None:
                namesakes = by_name.get(norm, [])
                if not key and (len(namesakes) == 1 or keyless[norm] >= len(namesakes) > 1):
                    found = next((a for a in namesakes if a.id not in matched_existing), None)
                    namesakes = []  # paired (or, when every namesake is taken, a new account)
                if len(namesakes) > 1 and not key:
                    self.issue(
                        row.sheet,
                        row.row,
                        row.where.get("name"),
                        "ambiguous_name",
                        f"{len(namesakes)} stored accounts are called '{name}'; give the key to choose one.",
                        name=name,
                        count=len(namesakes),
                    )
                    row.values["key"] = _INVALID
                    continue
                if len(namesakes) == 1 and not (key and namesakes[0].key != key and namesakes[0].key in file_keys):
                    found = namesakes[0]
                    if key and found.key != key:
                        self.issue(
                            row.sheet,
                            row.row,
                            row.where.get("key"),
                            "matched_by_name",
                            f"Matched the stored account '{found.name}' by name; its key {found.key} is kept.",
                            WARNING,
                            stored_key=found.key,
                        )
            if found is not None and found.id in matched_existing:
                first = matched_existing[found.id]
                self.issue(
                    row.sheet,
                    row.row,
                    row.where.get("name"),
                    "duplicate_in_file",
                    f"This row and row {first.row} both describe the stored account '{found.name}'.",
                    first_row=first.row,
                )
                row.values["key"] = _INVALID
                continue
            if found is not None:
                assert found.id is not None
                account_id = found.id
                matched_existing[account_id] = row
            else:
                next_id += 1
                account_id = next_id
            if key:
                file_keys[key] = row.row
                self.account_ids[key] = account_id
            if found is not None:
                self.account_ids.setdefault(found.key, account_id)
            first_named = file_names.setdefault(norm, row)
            if first_named is not row and not key:
                self.issue(
                    row.sheet,
                    row.row,
                    row.where.get("name"),
                    "duplicate_name",
                    f"'{name}' also appears in row {first_named.row}; both are imported.",
                    WARNING,
                    first_row=first_named.row,
                )
            row.target = account_id
            norms[account_id] = norm
            if found is None:
                self.account_final[account_id] = self._new_account(account_id, key, row, now)
            else:
                self.account_final[account_id] = self._merged_account(found, row, now, new=False)
        for account in existing:
            assert account.id is not None
            self.account_ids.setdefault(account.key, account.id)
        names = self.account_names
        for account_id in self.account_final:
            norm = norms[account_id]
            if norm in names:
                names[norm].append(account_id)
            else:
                names[norm] = [account_id]
        # Parents, once every row has an id.
        for row in rows:
            target = row.target
            if target is None or "parent" not in row.values:
                continue
            ref = row.values["parent"]
            parent_id = None
            if ref not in ("", None, _INVALID):
                parent_id = self.resolve_account(row, "parent", ref)
                if parent_id is None:
                    continue
            # The record for a row in the file is always a fresh object: safe to set.
            self.account_final[target].parent_id = parent_id
        self._check_account_cycles(rows)
        for row in rows:
            if row.target is None:
                continue
            account_id = row.target
            final = self.account_final[account_id]
            before = by_id.get(account_id)
            norm = norms[account_id]
            if len(names[norm]) > 1 and row.values.get("key") and (before is None or before.name != final.name):
                self._shared_name(row, final, norm)
            self._record(
                "account",
                row,
                before,
                final,
                final.key,
                final.name,
                ("key", "created_at", "updated_at"),
            )
        del self.account_final  # written or let go: later kinds need only the keys and names

    def _shared_name(self, row: _Row, account: Account, norm: str) -> None:
        """Warn when a row given by key names its account as another is named:
        a reference by that name would then need the key."""
        others = [i for i in self.account_names.get(norm, []) if i != account.id]
        if others:
            other = self.account_final[others[0]]
            self.issue(
                row.sheet,
                row.row,
                row.where.get("name"),
                "shared_name",
                f"The account {other.key} is also called '{account.name}'; a reference by this name needs the key.",
                WARNING,
                stored_key=other.key,
            )

    @staticmethod
    def _new_account(account_id: int, key: str, row: _Row, now: datetime) -> Account:
        # A cell that could not be read stays marked invalid; the plan then has
        # errors and is never written, so the mark only shows in the preview.
        # Positional arguments, in Account's field order: this runs once per row.
        get = row.values.get
        return Account(
            key or default_key("account", account_id),
            row.values["name"],
            get("industry") or "",
            get("region") or "",
            get("city") or "",
            get("employees"),
            get("annual_revenue"),
            get("lifecycle") or Lifecycle.PROSPECT,
            get("customer_since"),
            None,  # parent: set once every row has an id
            get("notes") or "",
            get("created_at") or now,
            get("updated_at") or now,
            account_id,
            get("industry_growth_pct"),
            get("decision_nodes"),
            get("industry_leader"),
            get("tier"),
            get("tier_score"),
            get("tier_model") or None,
            get("tier_on"),
        )

    def _merged_account(self, base: Account, row: _Row, now: datetime, *, new: bool) -> Account:
        changes: dict[str, Any] = {}
        for name in (
            "name",
            "industry",
            "region",
            "city",
            "employees",
            "annual_revenue",
            "lifecycle",
            "customer_since",
            "notes",
            "created_at",
            "updated_at",
            "industry_growth_pct",
            "decision_nodes",
            "industry_leader",
            "tier",
            "tier_score",
            "tier_model",
            "tier_on",
        ):
            if name in row.values and row.values[name] is not _INVALID:
                value = row.values[name]
                if value is None and name in ("industry", "region", "city", "notes"):
                    value = ""
                if value == "" and name == "tier_model":
                    value = None
                if value is None and name == "lifecycle":
                    value = Lifecycle.PROSPECT if new else base.lifecycle
                if value is None and name in ("created_at", "updated_at"):
                    value = getattr(base, name) or now
                changes[name] = value
        return dataclasses.replace(base, **changes)

    def resolve_account(self, row: _Row, field_name: str, ref: str) -> int | None:
        """An account given by key or by name; reports an error if unknown."""
        if ref in self.account_ids:
            return self.account_ids[ref]
        ids = self.account_names.get(norm_name(ref), [])
        if len(ids) == 1:
            return ids[0]
        if len(ids) > 1:
            self.issue(
                row.sheet,
                row.row,
                row.where.get(field_name),
                "ambiguous_reference",
                f"{len(ids)} accounts are called '{ref}'; use the key.",
                ref=ref,
                count=len(ids),
            )
        else:
            self.issue(
                row.sheet,
                row.row,
                row.where.get(field_name),
                "unknown_account",
                f"No account has the key or name '{ref}'.",
                ref=ref,
            )
        return None

    def _check_account_cycles(self, rows: list[_Row]) -> None:
        parent_of = {i: a.parent_id for i, a in self.account_final.items()}
        self.account_parents = parent_of  # kept: a manager may be named within the group
        row_of = {r.target: r for r in rows if r.target is not None}
        reported: set[int] = set()
        for account_id, row in row_of.items():
            seen = {account_id}
            node = parent_of.get(account_id)
            while node is not None:
                if node in seen:
                    if account_id not in reported:
                        reported.add(account_id)
                        self.issue(
                            row.sheet,
                            row.row,
                            row.where.get("parent"),
                            "cycle",
                            "The parent accounts loop back to this account.",
                        )
                    break
                seen.add(node)
                node = parent_of.get(node)

    # -- contacts ------------------------------------------------------------------------------

    def contacts(self) -> None:
        """Contacts match stored ones by key, else by account and name. A row
        whose managers are given by a key already known (or not at all) is
        written at once; one naming its manager, or pointing at a key further
        down, is held until every contact is known. So a sheet whose managers
        come before their reports (as an export writes them) is never held
        whole, only its keys, names and reporting lines."""
        existing = self.uow.contacts.all()
        by_id = {c.id: c for c in existing}
        by_key = {c.key: c for c in existing}
        by_account_name: dict[tuple[int, str], list[Contact]] = defaultdict(list)
        names: dict[tuple[int, str], list[int]] = defaultdict(list)  # every contact, as the import leaves it
        for contact in existing:
            ident = (contact.account_id, norm_name(contact.name))
            by_account_name[ident].append(contact)
            names[ident].append(contact.id)  # type: ignore[arg-type]
        next_id = max((c.id or 0 for c in existing), default=0)
        keys: dict[str, int] = {c.key: c.id for c in existing if c.id is not None}
        parent_of: dict[int, int | None] = {c.id: c.reports_to_id for c in existing if c.id is not None}
        located: dict[int, _Row] = {}  # contact id -> where its row is (no values)
        held: list[tuple[_Row, Contact, tuple[tuple[str, str, Any], ...]]] = []
        file_keys: dict[str, int] = {}
        matched: dict[int, int] = {}  # stored contact id -> the row that describes it
        # Rows without a key pair, in file order, with the stored contacts of
        # the same account and name (see accounts); a row facing more stored
        # namesakes than the file has such rows cannot choose one.
        first_named: dict[tuple[int, str], int] = {}
        facing: dict[tuple[int, str], list[_Row]] = {}
        for row in self._rows("contact"):
            if _INVALID in (row.values.get("name"), row.values.get("account"), row.values.get("key")):
                continue
            account_id = self.resolve_account(row, "account", row.values["account"])
            if account_id is None:
                continue
            key = row.values.get("key") or ""
            if self._repeated_key(row, key, file_keys):
                continue
            found = by_key.get(key) if key else None
            if found is None and key:
                namesakes = by_account_name.get((account_id, norm_name(row.values["name"])), [])
                found = namesakes[0] if len(namesakes) == 1 else None
            elif found is None:
                found = self._paired_contact(row, account_id, by_account_name, matched, first_named, facing)
            if found is not None and found.id in matched:
                self.issue(
                    row.sheet,
                    row.row,
                    row.where.get("name"),
                    "duplicate_in_file",
                    f"This row and row {matched[found.id]} both describe '{found.name}'.",
                    first_row=matched[found.id],
                )
                continue
            if found is not None:
                assert found.id is not None
                contact_id = found.id
                matched[contact_id] = row.row
                base = found
            else:
                next_id += 1
                contact_id = next_id
                base = Contact(
                    account_id=account_id,
                    name=row.values["name"],
                    id=contact_id,
                    key=key or default_key("contact", contact_id),
                )
            if key:
                file_keys[key] = row.row
                keys[key] = contact_id
            contact = self._contact_from_row(row, base, account_id)
            if found is not None:
                names[(found.account_id, norm_name(found.name))].remove(contact_id)
            names[(contact.account_id, norm_name(contact.name))].append(contact_id)
            managers = tuple(
                (name, attribute, row.values[name])
                for name, attribute in _MANAGER_FIELDS
                if name in row.values and row.values[name] is not _INVALID
            )
            where = _Row(row.sheet, row.row, _NO_VALUES, row.where)
            located[contact_id] = where
            if all(not ref or ref in keys for _, _, ref in managers):
                self._settle_contact(where, contact, managers, keys, names, by_id.get(contact_id), parent_of)
            else:
                held.append((where, contact, managers))
        for (account_id, norm), waiting in facing.items():
            stored = by_account_name[(account_id, norm)]
            if len(waiting) < len(stored):
                for row in waiting:
                    self.issue(
                        row.sheet,
                        row.row,
                        row.where.get("name"),
                        "ambiguous_contact_name",
                        f"{len(stored)} stored contacts of this account are called '{stored[0].name}'; "
                        "give the key to choose one.",
                        name=stored[0].name,
                        count=len(stored),
                    )
        for where, contact, managers in held:  # every contact is known now
            self._settle_contact(where, contact, managers, keys, names, by_id.get(contact.id), parent_of)
        for contact_id, row in located.items():
            seen = {contact_id}
            node = parent_of.get(contact_id)
            while node is not None:
                if node in seen:
                    self.issue(
                        row.sheet,
                        row.row,
                        row.where.get("reports_to"),
                        "cycle",
                        "The reporting lines loop back to this contact.",
                    )
                    break
                seen.add(node)
                node = parent_of.get(node)
        self.contact_keys = keys
        self.contact_names = names

    def _contact_from_row(self, row: _Row, base: Contact, account_id: int) -> Contact:
        """``base`` (a stored contact or a new one) with the row's values."""
        values = row.values
        changes: dict[str, Any] = {
            n: (values[n] or "")
            for n in ("name", "title", "department", "email", "phone", "notes")
            if n in values and values[n] is not _INVALID
        }
        for n in _CONTACT_POWER_FIELDS:
            if n in values and values[n] is not _INVALID:
                changes[n] = values[n]
        if "owner" in values and values["owner"] is not _INVALID:
            ref = values["owner"]
            owner = self.resolve_member(row, "owner", ref) if ref else None
            if owner is not None or not ref:
                changes["owner_id"] = owner
        return dataclasses.replace(base, account_id=account_id, **changes)

    def _settle_contact(
        self,
        row: _Row,
        contact: Contact,
        managers: tuple[tuple[str, str, Any], ...],
        keys: Mapping[str, int],
        names: Mapping[tuple[int, str], list[int]],
        before: Contact | None,
        parent_of: dict[int, int | None],
    ) -> None:
        """Resolve a row's managers, then count and write its contact."""
        assert contact.id is not None
        for field_name, attribute, ref in managers:
            manager: int | None = None
            if ref:
                manager = self._resolve_manager(row, field_name, ref, contact, keys, names)
                if manager is None:
                    continue
                if manager == contact.id:
                    self.issue(
                        row.sheet, row.row, row.where.get(field_name), "cycle", "A contact cannot report to themselves."
                    )
                    continue
            setattr(contact, attribute, manager)  # the row's record is a fresh object
        parent_of[contact.id] = contact.reports_to_id
        self._record("contact", row, before, contact, contact.key, contact.name, ("key",))

    def _paired_contact(
        self,
        row: _Row,
        account_id: int,
        stored: Mapping[tuple[int, str], list[Contact]],
        matched: Mapping[int, int],
        first_named: dict[tuple[int, str], int],
        facing: dict[tuple[int, str], list[_Row]],
    ) -> Contact | None:
        """The stored contact a row without a key describes: the first of its
        account's contacts of that name not taken by an earlier row."""
        name = row.values["name"]
        ident = (account_id, norm_name(name))
        namesakes = stored.get(ident, [])
        if len(namesakes) > 1:
            facing.setdefault(ident, []).append(_Row(row.sheet, row.row, _NO_VALUES, row.where))
        first = first_named.setdefault(ident, row.row)
        if first != row.row:
            self.issue(
                row.sheet,
                row.row,
                row.where.get("name"),
                "duplicate_name",
                f"'{name}' also appears in row {first} for this account; both are imported.",
                WARNING,
                first_row=first,
            )
        return next((c for c in namesakes if c.id not in matched), None)

    def _resolve_manager(
        self,
        row: _Row,
        field_name: str,
        ref: str,
        contact: Contact,
        keys: Mapping[str, int],
        names: Mapping[tuple[int, str], list[int]],
    ) -> int | None:
        """A manager given by key, or by name within the contact's account,
        else within its group (a subsidiary's manager may sit in the parent
        company); reports an error and returns None when there is no single match."""
        manager = keys.get(ref)
        if manager is not None:
            return manager
        norm = norm_name(ref)
        found_ids = names.get((contact.account_id, norm), [])
        scope = "this account"
        if not found_ids:
            found_ids = self._group_names(names).get((self._root(contact.account_id), norm), [])
            scope = "this account's group"
        if len(found_ids) == 1:
            return found_ids[0]
        code = "ambiguous_reference" if found_ids else "unknown_contact"
        text = (
            f"{len(found_ids)} contacts of {scope} are called '{ref}'; use the key."
            if found_ids
            else f"No contact has the key '{ref}' or is called so in this account or its group."
        )
        self.issue(row.sheet, row.row, row.where.get(field_name), code, text, ref=ref)
        return None

    def _root(self, account_id: int) -> int:
        """The top of an account's group (cycles are reported elsewhere)."""
        parents = getattr(self, "account_parents", {})
        seen = {account_id}
        while (parent := parents.get(account_id)) is not None and parent not in seen:
            seen.add(parent)
            account_id = parent
        return account_id

    def _group_names(self, names: Mapping[tuple[int, str], list[int]]) -> dict[tuple[int, str], list[int]]:
        """Contacts by (top of their group, normalised name), made once when first needed."""
        grouped: dict[tuple[int, str], list[int]] | None = getattr(self, "_grouped_names", None)
        if grouped is None:
            grouped = defaultdict(list)
            for (account_id, norm), ids in names.items():
                grouped[(self._root(account_id), norm)].extend(ids)
            self._grouped_names = grouped
        return grouped

    def resolve_member(self, row: _Row, field_name: str, ref: str) -> int | None:
        """A team member given by key or by name; reports an error if unknown."""
        found = self.team_keys.get(ref)
        if found is not None:
            return found
        ids = self.team_names.get(norm_name(ref), [])
        if len(ids) == 1:
            return ids[0]
        code = "ambiguous_reference" if ids else "unknown_team_member"
        text = (
            f"{len(ids)} team members are called '{ref}'; use the key."
            if ids
            else f"No team member has the key or name '{ref}'."
        )
        self.issue(row.sheet, row.row, row.where.get(field_name), code, text, ref=ref)
        return None

    # -- team, orders, interactions ------------------------------------------------------------

    def team(self) -> None:
        existing = self.uow.team.all()
        by_key = {m.key: m for m in existing}
        by_name = {norm_name(m.name): m for m in existing}
        next_id = max((m.id or 0 for m in existing), default=0)
        seen: dict[str, _Row] = {}
        members: list[TeamMember] = []  # as the file leaves them (a team is small)
        for row in self._rows("team_member"):
            if _INVALID in (row.values.get("name"), row.values.get("key")):
                continue
            key = row.values.get("key") or ""
            ident = key or "name:" + norm_name(row.values["name"])
            if ident in seen:
                self.issue(
                    row.sheet,
                    row.row,
                    row.where.get("key") or row.where.get("name"),
                    "duplicate_in_file",
                    f"This person appears again (first in row {seen[ident].row}).",
                    first_row=seen[ident].row,
                )
                continue
            seen[ident] = row
            found = by_key.get(key) if key else None
            found = found or by_name.get(norm_name(row.values["name"]))
            if found is None:
                next_id += 1
                base = TeamMember(name=row.values["name"], key=key or default_key("team_member", next_id), id=next_id)
            else:
                base = found
            changes: dict[str, Any] = {
                n: row.values[n]
                for n in ("name", "email", "active", "roles", "capacity")
                if n in row.values and row.values[n] not in (_INVALID, None)
            }
            if "region" in row.values and row.values["region"] is not _INVALID:
                changes["region"] = row.values["region"] or ""
            member = dataclasses.replace(base, **changes)
            members.append(member)
            self._record(
                "team_member",
                row,
                found,
                member,
                member.key,
                member.name,
                ("key",),
            )
        final = {m.id: m for m in (*existing, *members)}
        self.team_keys: dict[str, int] = {m.key: i for i, m in final.items() if i is not None}
        self.team_names: dict[str, list[int]] = defaultdict(list)
        for member_id, member in final.items():
            if member_id is not None:
                self.team_names[norm_name(member.name)].append(member_id)

    def transactions(self) -> None:
        """Orders match stored ones by key, else (rows without a key) by
        account, date and amount. The stored ones are looked up a chunk of
        rows at a time: a store of many orders is never read whole."""
        next_id = stored = self.uow.transactions.max_id()
        file_keys: dict[str, int] = {}
        used: set[int] = set()
        stages: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)  # (sheet, state) -> stage -> rows
        for rows in self._row_chunks("transaction"):
            accounts: list[tuple[_Row, int]] = []
            for row in rows:
                v = row.values
                stage = v.pop("stage", None)
                if stage is not None and stage is not _INVALID:
                    state, text = stage
                    won = state not in (val.DEAL_OPEN, val.DEAL_LOST)
                    stages[(row.sheet, state if won else "not_won")][text] += 1
                    if not won:
                        continue  # a deal lost or still open is no order
                if _INVALID in (v.get("account"), v.get("date"), v.get("amount"), v.get("key")):
                    continue
                account_id = self.resolve_account(row, "account", v["account"])
                if account_id is not None:
                    accounts.append((row, account_id))
            by_key, by_shape = _stored_matches(self.uow.transactions, accounts, stored, _order_shape)
            for row, account_id in accounts:
                v = row.values
                key = v.get("key") or ""
                if self._repeated_key(row, key, file_keys):
                    continue
                if key:
                    file_keys[key] = row.row
                found = by_key.get(key) if key else None
                if found is None and not key:
                    candidates = [t for t in by_shape.get((account_id, v["date"], v["amount"]), []) if t.id not in used]
                    found = candidates[0] if candidates else None
                if found is not None:
                    assert found.id is not None
                    used.add(found.id)
                    changes = {n: v[n] for n in ("due_date", "paid_date") if n in v and v[n] is not _INVALID}
                    order = dataclasses.replace(
                        found, account_id=account_id, date=v["date"], amount=v["amount"], **changes
                    )
                else:
                    next_id += 1
                    due, paid = v.get("due_date"), v.get("paid_date")
                    order = Transaction(
                        account_id=account_id,
                        date=v["date"],
                        amount=v["amount"],
                        due_date=None if due is _INVALID else due,
                        paid_date=None if paid is _INVALID else paid,
                        id=next_id,
                        key=key or default_key("transaction", next_id),
                    )
                self._record("transaction", row, found, order, order.key, _order_label, ("key",))
        self._report_stages(stages)

    def _report_stages(self, stages: Mapping[tuple[str, str], Counter[str]]) -> None:
        """One warning per sheet for the deals left out, and one for the stages
        not known to be won or lost (those rows were taken as orders)."""
        for (sheet, state), counts in stages.items():
            if state == val.DEAL_WON:
                continue
            count = sum(counts.values())
            named = [text for text, _ in counts.most_common(6)]
            shown = ", ".join(named[:5]) + (", …" if len(named) > 5 else "")
            if state == val.DEAL_UNKNOWN:
                message = f"Stages not known as won or lost ({shown}), {count} row(s), were imported as orders."
                self.issue(sheet, None, None, "unknown_stage", message, WARNING, value=shown, limit=count)
            else:
                message = f"Deals not won ({shown}), {count} row(s), were not imported as orders."
                self.issue(sheet, None, None, "not_won", message, WARNING, value=shown, limit=count)

    def interactions(self) -> None:
        """Interactions match stored ones by key, else (rows without a key) by
        account, date, kind and note; looked up a chunk of rows at a time."""
        next_id = stored = self.uow.interactions.max_id()
        file_keys: dict[str, int] = {}
        used: set[int] = set()
        contact_keys = getattr(self, "contact_keys", None) or self._stored_contact_keys()
        contact_names = getattr(self, "contact_names", None) or {}
        for rows in self._row_chunks("interaction"):
            resolved: list[tuple[_Row, int, int | None]] = []
            for row in rows:
                v = row.values
                if _INVALID in (v.get("account"), v.get("date"), v.get("kind"), v.get("key"), v.get("contact")):
                    continue
                account_id = self.resolve_account(row, "account", v["account"])
                if account_id is None:
                    continue
                contact_id = None
                if v.get("contact"):
                    contact_id = contact_keys.get(v["contact"])
                    if contact_id is None:
                        ids = contact_names.get((account_id, norm_name(v["contact"])), [])
                        if len(ids) != 1:
                            self.issue(
                                row.sheet,
                                row.row,
                                row.where.get("contact"),
                                "unknown_contact",
                                f"No contact has the key '{v['contact']}' or is called so in this account.",
                                ref=v["contact"],
                            )
                            continue
                        contact_id = ids[0]
                resolved.append((row, account_id, contact_id))
            by_key, by_shape = _stored_matches(
                self.uow.interactions, [(row, account) for row, account, _ in resolved], stored, _interaction_shape
            )
            for row, account_id, contact_id in resolved:
                v = row.values
                key = v.get("key") or ""
                if self._repeated_key(row, key, file_keys):
                    continue
                if key:
                    file_keys[key] = row.row
                note = v.get("note") or ""
                found = by_key.get(key) if key else None
                if found is None and not key:
                    shape = (account_id, v["date"], v["kind"], note)
                    candidates = [i for i in by_shape.get(shape, []) if i.id not in used]
                    found = candidates[0] if candidates else None
                if found is not None:
                    assert found.id is not None
                    used.add(found.id)
                    base = found
                else:
                    next_id += 1
                    base = Interaction(
                        account_id=account_id,
                        date=v["date"],
                        kind=v["kind"],
                        id=next_id,
                        key=key or default_key("interaction", next_id),
                    )
                changes: dict[str, Any] = {n: v[n] for n in ("date", "kind") if n in v and v[n] is not _INVALID}
                if "note" in v:
                    changes["note"] = note
                if "contact" in v:
                    changes["contact_id"] = contact_id
                item = dataclasses.replace(base, account_id=account_id, **changes)
                self._record("interaction", row, found, item, item.key, _interaction_label, ("key",))

    def _row_chunks(self, kind: str) -> Iterator[list[_Row]]:
        rows = self._rows(kind)
        while chunk := list(islice(rows, _CHUNK_ROWS)):
            yield chunk

    def tier_history(self) -> None:
        """History rows match stored ones by (account, date, old, new, model); the rest are added."""
        if not self.rows["tier_history"]:
            return
        from domain.tiers.health import HistoryEntry  # the tier code loads only when a workbook holds tiers

        stored = {(h.entry.account_id, h.entry.on, h.entry.old, h.entry.new, h.model) for h in self.uow.tiers.history()}
        for row in self._rows("tier_history"):
            v = row.values
            if _INVALID in v.values():
                continue
            account_id = self.resolve_account(row, "account", v["account"])
            if account_id is None:
                continue
            model = v.get("model") or "override"
            shape = (account_id, v["date"], v.get("old_tier"), v["new_tier"], model)
            label = f"{v['date'].isoformat()} {v.get('old_tier') or '–'} → {v['new_tier']}"
            if shape in stored:
                self.plan.note(Change("tier_history", "same", "", label, row.sheet, row.row))
                continue
            stored.add(shape)
            params_text = v.get("reason_params") or "{}"
            try:
                params = json.loads(params_text)
            except ValueError:
                params = None
            if not isinstance(params, dict):
                self.issue(
                    row.sheet,
                    row.row,
                    row.where.get("reason_params"),
                    "not_rule_values",
                    "The rule values are not readable (they are written by an export); leave the cell empty.",
                )
                continue
            self.put(
                "tier_history",
                "add",
                TierHistoryRecord(
                    HistoryEntry(account_id, v["date"], v.get("old_tier"), v["new_tier"]),
                    "",
                    "",
                    model,
                    v.get("score"),
                    v.get("reason") or "",
                    v.get("reason_code") or "",
                    params,
                ),
            )
            self.plan.note(Change("tier_history", "add", "", label, row.sheet, row.row))

    def tier_overrides(self) -> None:
        """A hand-set tier per account: a row replaces the account's stored one."""
        if not self.rows["tier_override"]:
            return
        from domain.tiers.result import Override

        stored = {o.account_id: o for o in self.uow.tiers.overrides()}
        seen: dict[int, _Row] = {}
        for row in self._rows("tier_override"):
            v = row.values
            if _INVALID in v.values():
                continue
            account_id = self.resolve_account(row, "account", v["account"])
            if account_id is None:
                continue
            if account_id in seen:
                self.issue(
                    row.sheet,
                    row.row,
                    row.where.get("account"),
                    "duplicate_in_file",
                    f"The account '{v['account']}' has a tier set by hand in row {seen[account_id].row} already.",
                    key=v["account"],
                    first_row=seen[account_id].row,
                )
                continue
            seen[account_id] = row
            override = Override(account_id, v["tier"], v["reason"], v["date"])
            before = stored.get(account_id)
            label = f"{v['account']} {v['tier']}"
            if before == override:
                self.plan.note(Change("tier_override", "same", "", label, row.sheet, row.row))
                continue
            action = "add" if before is None else "change"
            self.put("tier_override", action, override)
            self.plan.note(Change("tier_override", action, "", label, row.sheet, row.row))

    def links(self) -> None:
        """Links match stored ones by their two contacts and kind (a conflict
        either way round); strength and note are updated, the rest added."""
        if not self.rows["contact_link"]:
            return
        keys = getattr(self, "contact_keys", None) or self._stored_contact_keys()
        by_name: dict[str, list[int]] = defaultdict(list)
        for (_account, name), ids in (getattr(self, "contact_names", None) or {}).items():
            by_name[name].extend(ids)
        key_of = {i: k for k, i in keys.items()}
        existing = self.uow.links.all()
        stored: dict[tuple[int, int, LinkKind], ContactLink] = {}
        for link in existing:
            stored[_link_ident(link.source_id, link.target_id, link.kind)] = link
        next_id = max((k.id or 0 for k in existing), default=0)
        seen: dict[tuple[int, int, LinkKind], _Row] = {}
        for row in self._rows("contact_link"):
            v = row.values
            if _INVALID in v.values():
                continue
            ends = [self._resolve_any_contact(row, name, v[name], keys, by_name) for name in ("source", "target")]
            source, target = ends
            if source is None or target is None:
                continue
            if source == target:
                message = "A contact cannot be linked to themselves."
                self.issue(row.sheet, row.row, row.where.get("target"), "self_link", message)
                continue
            ident = _link_ident(source, target, v["kind"])
            if ident in seen:
                self.issue(
                    row.sheet,
                    row.row,
                    row.where.get("source"),
                    "duplicate_in_file",
                    f"These two contacts are linked this way in row {seen[ident].row} already.",
                    first_row=seen[ident].row,
                )
                continue
            seen[ident] = row
            found = stored.get(ident)
            base = found or ContactLink(source, target, v["kind"])
            strength = (v["strength"] or 1) if "strength" in v else base.strength
            note = (v["note"] or "") if "note" in v else base.note
            link = dataclasses.replace(base, strength=strength, note=note)
            if found is None:
                next_id += 1
                link.id = next_id
            label = f"{key_of.get(source, source)} → {key_of.get(target, target)}"
            self._record("contact_link", row, found, link, "", label, ())

    def _resolve_any_contact(
        self, row: _Row, field_name: str, ref: str, keys: Mapping[str, int], by_name: Mapping[str, list[int]]
    ) -> int | None:
        """A contact given by key, or by a name no other contact has."""
        found = keys.get(ref)
        if found is not None:
            return found
        ids = by_name.get(norm_name(ref), [])
        if len(ids) == 1:
            return ids[0]
        code = "ambiguous_reference" if ids else "unknown_contact"
        text = f"{len(ids)} contacts are called '{ref}'; use the key." if ids else f"No contact has the key '{ref}'."
        self.issue(row.sheet, row.row, row.where.get(field_name), code, text, ref=ref)
        return None

    def snapshots(self) -> None:
        """Rows are grouped into snapshots by (account, date, label). A stored
        snapshot with the same three is the same one: left as it is when its
        entries are equal, replaced otherwise."""
        if not self.rows["powermap_snapshot"]:
            return
        stored = {(s.account_id, s.taken_on, s.label): s for s in self.uow.snapshots.all()}
        groups: dict[tuple[int, Any, str], list[_Row]] = {}
        for row in self._rows("powermap_snapshot"):
            v = row.values
            if _INVALID in v.values():
                continue
            account_id = self.resolve_account(row, "account", v["account"])
            if account_id is None:
                continue
            groups.setdefault((account_id, v["date"], v.get("label") or ""), []).append(row)
        next_id = max((s.id or 0 for s in stored.values()), default=0)
        now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
        for (account_id, taken_on, label), rows in groups.items():
            entries: dict[str, SnapshotEntry] = {}
            first: dict[str, _Row] = {}
            for row in rows:
                v = row.values
                key = v.get("contact_key") or ""
                if not key:
                    if v.get("name"):
                        self.issue(
                            row.sheet,
                            row.row,
                            row.where.get("contact_key"),
                            "required",
                            "A snapshot entry needs the contact's key.",
                            field="contact_key",
                        )
                    continue
                if key in entries:
                    self.issue(
                        row.sheet,
                        row.row,
                        row.where.get("contact_key"),
                        "duplicate_in_file",
                        f"The contact '{key}' appears twice in this snapshot (first in row {first[key].row}).",
                        key=key,
                        first_row=first[key].row,
                    )
                    continue
                first[key] = row
                entries[key] = SnapshotEntry(
                    key,
                    v.get("name") or "",
                    v.get("title") or "",
                    v.get("department") or "",
                    v.get("manager_key") or None,
                    v.get("buying_role"),
                    v.get("influence"),
                    v.get("attitude"),
                    v.get("layer"),
                    v.get("owner_name") or "",
                    v.get("strength"),
                )
            ordered = [entries[k] for k in sorted(entries)]
            before = stored.get((account_id, taken_on, label))
            text = f"{taken_on.isoformat()} {label}".strip()
            sheet, number = rows[0].sheet, rows[0].row
            if before is not None and before.entries == ordered:
                self.plan.note(Change("powermap_snapshot", "same", "", text, sheet, number))
            elif before is not None:
                replaced = Snapshot(account_id, taken_on, label, ordered, before.created_at, before.id)
                self.put("powermap_snapshot", "change", replaced)
                self.plan.note(Change("powermap_snapshot", "change", "", text, sheet, number))
            else:
                next_id += 1
                self.put("powermap_snapshot", "add", Snapshot(account_id, taken_on, label, ordered, now, next_id))
                self.plan.note(Change("powermap_snapshot", "add", "", text, sheet, number))

    # -- iron triangle and account plans ---------------------------------------------------------

    def _cell_problem(self, row: _Row, problem: DomainError) -> None:
        """Report a domain rule a row breaks at the column of the field it names."""
        name = str(problem.params.get("field", ""))
        where = row.where.get(name) or row.where.get(name.replace("fit.", "fit_"))
        self.issue(row.sheet, row.row, where, "invalid_value", problem.message, field=name)

    def assignments(self) -> None:
        """Seats match stored ones by (account, role, member, start); the end is updated."""
        if not self.rows["triangle_assignment"]:
            return
        existing = self.uow.assignments.all()
        stored = {(a.account_id, a.role, a.member_id, a.start): a for a in existing}
        final: dict[tuple[int, TriangleRole, int, Any], Assignment] = dict(stored)
        next_id = max((a.id or 0 for a in existing), default=0)
        seen: dict[tuple[int, TriangleRole, int, Any], _Row] = {}
        for row in self._rows("triangle_assignment"):
            v = row.values
            if _INVALID in v.values():
                continue
            account_id = self.resolve_account(row, "account", v["account"])
            member_id = self.resolve_member(row, "member", v["member"])
            if account_id is None or member_id is None:
                continue
            start, end = v["start"], v.get("end")
            if end is not None and end < start:
                message = "The seat cannot end before it starts."
                self.issue(row.sheet, row.row, row.where.get("end"), "end_before_start", message)
                continue
            ident = (account_id, v["role"], member_id, start)
            if ident in seen:
                message = f"This seat appears in row {seen[ident].row} already."
                self.issue(row.sheet, row.row, row.where.get("member"), "duplicate_in_file", message)
                continue
            seen[ident] = row
            found = stored.get(ident)
            if found is None:
                next_id += 1
                item = Assignment(account_id, v["role"], member_id, start, end, next_id)
            else:
                item = dataclasses.replace(found, end=end if "end" in v else found.end)
            final[ident] = item
            label = f"{v['account']} {v['role'].value} {v['member']}"
            self._record(
                "triangle_assignment",
                row,
                found,
                item,
                "",
                label,
                (),
            )
        holders: dict[tuple[int, TriangleRole], int] = defaultdict(int)
        for ident, item in final.items():
            if item.end is None:
                holders[(ident[0], ident[1])] += 1
        for ident, row in seen.items():
            if final[ident].end is None and holders[(ident[0], ident[1])] > 1:
                self.issue(
                    row.sheet,
                    row.row,
                    row.where.get("end"),
                    "two_holders",
                    f"Someone else holds this account's {ident[1].value} seat too; give one of them an end date.",
                    role=ident[1].value,
                )

    def _plan_kinds_present(self) -> bool:
        return any(self.rows[k] for k in ("account_plan", "plan_objective", "plan_action", "plan_risk"))

    def account_plans(self) -> None:
        """Plans match stored ones by (account, period); the columns present replace their fields."""
        if not self._plan_kinds_present():
            return
        from domain.plans.services import clean_plan

        existing = self.uow.plans.all()
        stored = {(p.account_id, p.period): p for p in existing}
        self.plan_ids: dict[tuple[int, str], int] = {k: p.id for k, p in stored.items() if p.id is not None}
        next_id = max((p.id or 0 for p in existing), default=0)
        seen: dict[tuple[int, str], _Row] = {}
        for row in self._rows("account_plan"):
            v = row.values
            if _INVALID in v.values():
                continue
            account_id = self.resolve_account(row, "account", v["account"])
            if account_id is None:
                continue
            ident = (account_id, v["period"])
            if ident in seen:
                message = f"This account's plan for {v['period']} appears in row {seen[ident].row} already."
                self.issue(row.sheet, row.row, row.where.get("period"), "duplicate_in_file", message)
                continue
            seen[ident] = row
            found = stored.get(ident)
            if found is None:
                next_id += 1
            base = found or AccountPlan(account_id, v["period"], id=next_id)
            changes: dict[str, Any] = {n: v[n] or "" for n in _PLAN_TEXTS if n in v}
            if v.get("status") is not None:
                changes["status"] = v["status"]
            fit = dict(base.fit)
            for criterion in FitCriterion:
                name = f"fit_{criterion.value}"
                if name in v:
                    if v[name] is None:
                        fit.pop(criterion, None)
                    else:
                        fit[criterion] = v[name]
            try:
                plan = clean_plan(dataclasses.replace(base, fit=fit, **changes))
            except DomainError as problem:
                self._cell_problem(row, problem)
                continue
            assert plan.id is not None
            self.plan_ids[(account_id, plan.period)] = plan.id
            label = f"{v['account']} {plan.period}"
            self._record("account_plan", row, found, plan, "", label, ())

    def _resolve_plan(self, row: _Row) -> int | None:
        account_id = self.resolve_account(row, "account", row.values["account"])
        if account_id is None:
            return None
        plan_id = self.plan_ids.get((account_id, row.values["period"]))
        if plan_id is None:
            self.issue(
                row.sheet,
                row.row,
                row.where.get("period"),
                "unknown_plan",
                f"The account has no plan for {row.values['period']}; add it on the plans sheet.",
                period=row.values["period"],
            )
        return plan_id

    def plan_objectives(self) -> None:
        """Objectives match stored ones by (plan, title)."""
        if not self._plan_kinds_present():
            return
        from domain.plans.services import clean_objective

        existing = self.uow.plans.all_objectives()
        stored = {(o.plan_id, o.title): o for o in existing}
        self.objective_ids: dict[tuple[int, str], int] = {k: o.id for k, o in stored.items() if o.id is not None}
        next_id = max((o.id or 0 for o in existing), default=0)
        seen: dict[tuple[int, str], _Row] = {}
        for row in self._rows("plan_objective"):
            v = row.values
            if _INVALID in v.values():
                continue
            plan_id = self._resolve_plan(row)
            if plan_id is None:
                continue
            ident = (plan_id, v["title"])
            if ident in seen:
                message = f"The plan has an objective with this title in row {seen[ident].row} already."
                self.issue(row.sheet, row.row, row.where.get("title"), "duplicate_in_file", message)
                continue
            seen[ident] = row
            found = stored.get(ident)
            if found is None:
                next_id += 1
            base = found or PlanObjective(plan_id, v["title"], id=next_id)
            changes: dict[str, Any] = {n: v[n] for n in ("target", "due", "progress") if n in v}
            changes.update({n: v[n] for n in ("kind", "status") if v.get(n) is not None})
            if "owner" in v:
                owner = self.resolve_member(row, "owner", v["owner"]) if v["owner"] else None
                if v["owner"] and owner is None:
                    continue
                changes["owner_id"] = owner
            try:
                objective = clean_objective(dataclasses.replace(base, **changes))
            except DomainError as problem:
                self._cell_problem(row, problem)
                continue
            assert objective.id is not None
            self.objective_ids[ident] = objective.id
            self._record(
                "plan_objective",
                row,
                found,
                objective,
                "",
                f"{v['account']} {v['period']}: {objective.title}",
                (),
            )

    def plan_actions(self) -> None:
        """Actions match stored ones by (objective, what), each stored action once."""
        if not self.rows["plan_action"]:
            return
        from domain.plans.services import clean_action

        existing = self.uow.plans.all_actions()
        stored: dict[tuple[int, str], list[PlanAction]] = defaultdict(list)
        for action in existing:
            stored[(action.objective_id, action.what)].append(action)
        next_id = max((a.id or 0 for a in existing), default=0)
        for row in self._rows("plan_action"):
            v = row.values
            if _INVALID in v.values():
                continue
            plan_id = self._resolve_plan(row)
            if plan_id is None:
                continue
            objective_id = self.objective_ids.get((plan_id, v["objective"]))
            if objective_id is None:
                self.issue(
                    row.sheet,
                    row.row,
                    row.where.get("objective"),
                    "unknown_objective",
                    f"The plan has no objective called '{v['objective']}'.",
                    ref=v["objective"],
                )
                continue
            candidates = stored.get((objective_id, v["what"]))
            found = candidates.pop(0) if candidates else None
            if found is None:
                next_id += 1
            base = found or PlanAction(objective_id, v["what"], id=next_id)
            changes: dict[str, Any] = {n: v[n] for n in ("due",) if n in v}
            if v.get("status") is not None:
                changes["status"] = v["status"]
            if "owner" in v:
                owner = self.resolve_member(row, "owner", v["owner"]) if v["owner"] else None
                if v["owner"] and owner is None:
                    continue
                changes["owner_id"] = owner
            try:
                action = clean_action(dataclasses.replace(base, **changes))
            except DomainError as problem:
                self._cell_problem(row, problem)
                continue
            label = f"{v['account']} {v['period']}: {action.what[:60]}"
            self._record("plan_action", row, found, action, "", label, ())

    def plan_risks(self) -> None:
        """Risks match stored ones by (plan, description), each stored risk once."""
        if not self.rows["plan_risk"]:
            return
        from domain.plans.services import clean_risk

        existing = self.uow.plans.all_risks()
        stored: dict[tuple[int, str], list[PlanRisk]] = defaultdict(list)
        for risk in existing:
            stored[(risk.plan_id, risk.description)].append(risk)
        next_id = max((k.id or 0 for k in existing), default=0)
        for row in self._rows("plan_risk"):
            v = row.values
            if _INVALID in v.values():
                continue
            plan_id = self._resolve_plan(row)
            if plan_id is None:
                continue
            candidates = stored.get((plan_id, v["description"]))
            found = candidates.pop(0) if candidates else None
            if found is None:
                next_id += 1
            base = found or PlanRisk(plan_id, v["description"], id=next_id)
            changes: dict[str, Any] = {n: v[n] for n in ("likelihood", "impact") if v.get(n) is not None}
            if "mitigation" in v:
                changes["mitigation"] = v["mitigation"] or ""
            if "owner" in v:
                owner = self.resolve_member(row, "owner", v["owner"]) if v["owner"] else None
                if v["owner"] and owner is None:
                    continue
                changes["owner_id"] = owner
            try:
                risk = clean_risk(dataclasses.replace(base, **changes))
            except DomainError as problem:
                self._cell_problem(row, problem)
                continue
            label = f"{v['account']} {v['period']}: {risk.description[:60]}"
            self._record("plan_risk", row, found, risk, "", label, ())

    def _repeated_key(self, row: _Row, key: str, file_keys: Mapping[str, int]) -> bool:
        """Report a key seen before in the file; the row is then left out."""
        if not key or key not in file_keys:
            return False
        first = file_keys[key]
        self.issue(
            row.sheet,
            row.row,
            row.where.get("key"),
            "duplicate_in_file",
            f"The key '{key}' appears again (first in row {first}).",
            key=key,
            first_row=first,
        )
        row.values["key"] = _INVALID
        return True

    def _stored_contact_keys(self) -> dict[str, int]:
        return {c.key: c.id for c in self.uow.contacts.all() if c.id is not None}

    def _record(
        self,
        kind: str,
        row: _Row,
        before: Any,
        after: Any,
        key: str,
        label: str | Callable[[Any], str],
        ignore: tuple[str, ...],
    ) -> None:
        """Count and write one planned record; ``label`` (or ``label(after)``,
        made only when the preview keeps the change) names it in the preview."""
        plan = self.plan
        if before is None:
            self.put(kind, "add", after)
            if plan.counted(kind, "add"):
                plan.changes.append(Change(kind, "add", key, _label(label, after), row.sheet, row.row))
            return
        if before == after:  # the usual row of a re-import: one comparison instead of one per field
            if plan.counted(kind, "same"):
                plan.changes.append(Change(kind, "same", key, _label(label, after), row.sheet, row.row))
            return
        diff = {
            f.name: (getattr(before, f.name), getattr(after, f.name))
            for f in dataclasses.fields(after)
            if f.name not in ignore and f.name != "id" and getattr(before, f.name) != getattr(after, f.name)
        }
        if kind == "account" and diff:
            diff.pop("updated_at", None)
            if diff:
                after = dataclasses.replace(after, updated_at=datetime.now(UTC).replace(tzinfo=None, microsecond=0))
        if diff:
            self.put(kind, "change", after)
            self.plan.note(Change(kind, "change", key, _label(label, after), row.sheet, row.row, diff))
        else:
            self.plan.note(Change(kind, "same", key, _label(label, after), row.sheet, row.row))


def _stored_matches(
    repository: Any, rows: list[tuple[_Row, int]], stored: int, shape: Callable[[Any], tuple[Any, ...]]
) -> tuple[dict[str, Any], dict[tuple[Any, ...], list[Any]]]:
    """The orders or interactions stored before the import (ids up to
    ``stored``) that ``rows`` (with their accounts) may match: by their keys,
    and by ``shape`` among the records of the accounts of rows without one.
    (An import writes as it goes; its own records are not matches.)"""
    keys = [row.values["key"] for row, _ in rows if row.values.get("key")]
    by_key = {r.key: r for r in (repository.by_keys(keys) if keys else []) if (r.id or 0) <= stored}
    keyless = {account_id for row, account_id in rows if not row.values.get("key")}
    by_shape: dict[tuple[Any, ...], list[Any]] = defaultdict(list)
    if keyless:
        for record in sorted(repository.for_accounts(keyless), key=lambda r: r.id or 0):
            if (record.id or 0) <= stored:
                by_shape[shape(record)].append(record)
    return by_key, by_shape


def _order_shape(order: Transaction) -> tuple[Any, ...]:
    return order.account_id, order.date, order.amount


def _interaction_shape(item: Interaction) -> tuple[Any, ...]:
    return item.account_id, item.date, item.kind, item.note


def _label(label: str | Callable[[Any], str], record: Any) -> str:
    return label if isinstance(label, str) else label(record)


def _order_label(order: Transaction) -> str:
    return f"{order.date} {order.amount}"


def _interaction_label(item: Interaction) -> str:
    return f"{item.date.isoformat()} {item.kind.value}"


def _widened(cells: Sequence[Any], width: int) -> Sequence[Any]:
    return cells if len(cells) >= width else [*cells, *([None] * (width - len(cells)))]


def _join_mobile(values: dict[str, Any]) -> None:
    """A contact's mobile number fills in the phone, or joins it when both are given."""
    mobile = values.pop("mobile")
    phone = values.get("phone")
    if mobile is _INVALID or phone is _INVALID:
        values["phone"] = _INVALID
    elif not phone:
        values["phone"] = mobile
    elif mobile and mobile != phone:
        values["phone"] = f"{phone} / {mobile}"


def _link_ident(source: int, target: int, kind: LinkKind) -> tuple[int, int, LinkKind]:
    """What makes two links the same: a conflict has no direction."""
    if kind is LinkKind.CONFLICT and target < source:
        source, target = target, source
    return source, target, kind


def _only_blanks(cells: Sequence[Any]) -> bool:
    first = cells[0] if cells else None
    if first is not None and (first.__class__ is not str or (first and not first.isspace())):
        return False  # the usual row: its first cell holds something
    return all(c is None or (c.__class__ is str and (not c or c.isspace())) for c in cells)


class _Invalid:
    """Marks a cell that could not be read (its problem is already reported)."""

    def __repr__(self) -> str:
        return "<invalid>"


_INVALID: Any = _Invalid()
_NO_VALUES: dict[str, Any] = {}  # the values of a row no longer needed


def _has_content(table: SheetTable) -> bool:
    return any(any(not val.is_blank(c) for c in r) for _, chunk in table.chunks(0, _CHUNK_ROWS) for r in chunk)


def _explain_formulas(plan: ImportPlan, tables: Sequence[SheetTable]) -> None:
    """A required cell that reads as empty may hold a formula that failed, or
    one whose result the file does not keep: say so instead of "required"."""
    empty: dict[str, set[tuple[int, str]]] = defaultdict(set)
    for issue in plan.issues:
        if issue.code == "required" and issue.row and issue.column:
            empty[issue.sheet].add((issue.row, issue.column.split(" ")[0]))
    if not empty:
        return
    found = {
        (table.name, *cell): text
        for table in tables
        if table.name in empty
        for cell, text in table.formula_cells(empty[table.name]).items()
    }
    for index, issue in enumerate(plan.issues):
        if issue.code != "required" or not issue.column or not issue.row:
            continue
        text = found.get((issue.sheet, issue.row, issue.column.split(" ")[0]))
        if text:
            message = f"The cell shows the spreadsheet error {text}; fix the formula or type the value."
            plan.issues[index] = dataclasses.replace(
                issue, code="formula_error", message=message, params={"value": text}
            )
        elif text == "":
            message = (
                "The cell holds a formula whose result the file does not keep; open the file in your "
                "spreadsheet program, save it, and import it again."
            )
            plan.issues[index] = dataclasses.replace(issue, code="formula_no_value", message=message, params={})


def _header_row(kind: str, rows: Sequence[Sequence[Any]]) -> int:
    best, best_index = 0, 0
    for index, row in enumerate(rows[:_HEAD_ROWS]):
        score = sum(1 for c in row if isinstance(c, str) and hdr.field_for(kind, c))
        if score > best:
            best, best_index = score, index
    return best_index


def plan_import(
    uow: UnitOfWork,
    tables: Sequence[SheetTable],
    *,
    overrides: Mapping[str, str | None] | None = None,
    kinds: Mapping[str, str | None] | None = None,
    release_tables: bool = False,
    progress: Progress | None = None,
) -> ImportPlan:
    """Read ``tables`` and work out what importing them would do: the dry
    run. Writes nothing.

    ``release_tables`` empties each table once it is read, so that a big
    workbook's raw cells and its parsed records are not all held at once (for
    callers that do not plan the same tables again).

    ``overrides`` maps headers to fields (``None`` or "" to ignore a column)
    and wins over recognition; ``kinds`` forces a sheet's record kind
    (``None`` to skip the sheet). ``progress(done, total)`` is called as rows
    are planned; returning ``False`` raises :class:`CancelledError`.
    """
    with collector_paused():
        return _import(uow, tables, overrides or {}, kinds or {}, release_tables, progress, write=False)


def import_tables(
    uow: UnitOfWork,
    tables: Sequence[SheetTable],
    *,
    overrides: Mapping[str, str | None] | None = None,
    kinds: Mapping[str, str | None] | None = None,
    release_tables: bool = False,
    progress: Progress | None = None,
) -> ImportPlan:
    """Plan ``tables`` as :func:`plan_import` does and write them, in one
    transaction: records are written in batches as they are planned, and the
    transaction is committed only if no row has an error (``plan.written``).
    Otherwise, or when ``progress`` returns ``False`` (raising
    :class:`CancelledError`), or when the store fails, it is rolled back and
    the store is exactly as it was."""
    with collector_paused():
        return _import(uow, tables, overrides or {}, kinds or {}, release_tables, progress, write=True)


def _import(
    uow: UnitOfWork,
    tables: Sequence[SheetTable],
    overrides: Mapping[str, str | None],
    kinds: Mapping[str, str | None],
    release_tables: bool,
    progress: Progress | None,
    *,
    write: bool,
) -> ImportPlan:
    plan = ImportPlan()
    planner = _Planner(uow, plan, progress)
    planner.release_tables = release_tables
    planner.read(tables, overrides, kinds)
    with uow:
        if write:
            uow.defer_references()
            planner.writer = _Writer(uow)
        for step in planner.steps():
            step()
        if not any(report.rows for report in plan.sheets) and not plan.errors:
            plan.issues.append(Issue("", None, None, "nothing_to_import", "The file holds no records to import."))
        elif any(report.rows for report in plan.sheets):
            # A workbook with records may well have empty sheets (an export writes every kind).
            plan.issues = [i for i in plan.issues if i.code != "no_rows"]
        if planner.writer is not None and plan.ok:
            planner.writer.flush()
            planner.done = planner.total
            planner.tick(0)  # the last chance to cancel
            uow.commit()
            plan.written = True
    _explain_formulas(plan, tables)
    order = {name: i for i, name in enumerate(t.name for t in tables)}
    plan.issues.sort(key=lambda i: (order.get(i.sheet, -1), i.row or 0, i.column or ""))
    return plan

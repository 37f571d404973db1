"""Reads behind tier classification: per-account aggregates straight from SQLite.

Classifying 100,000 accounts over millions of orders reads the orders of two
windows; per account that is a range seek in the covering index
``ix_account_transaction_metrics`` (interactions: ``ix_interaction_metrics``),
run on the standard library's sqlite3, read-only, in one read transaction, and
the results are handed over column by column
(:class:`~domain.tiers.metrics.ActivityColumns`), reading only the inputs the
caller asks for. Implements domain.ports.TierQueries.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Sequence
from datetime import date
from itertools import repeat
from pathlib import Path
from typing import Any

from domain.errors import StoreBusyError, StoreError
from domain.ports import TierHistoryRecord
from domain.tiers.health import HistoryEntry
from domain.tiers.metrics import ACTIVITY_INPUTS, AccountActivity, ActivityColumns, window_start
from domain.tiers.result import Override

# Everything is read in one read transaction, so the statements see the same data.
# Each account's identity (and potential inputs) in id order; the orders' aggregates
# come from a separate statement because a column of ``account`` named next to an
# aggregate is copied for every order row, which doubled the time.
_ACCOUNTS = "SELECT id, key, name, parent_id, lifecycle, tier{potential} FROM account ORDER BY id"
_POTENTIAL = ", industry, employees, annual_revenue_cents, industry_growth_pct, decision_nodes, industry_leader"
# Per account, a range seek in the covering index for the window's orders, in id order.
# The latest order of any age is the window's latest when there is one; only the
# other accounts need a second seek (COALESCE evaluates its second argument lazily).
# ``:ws`` starts the window (exclusive). Days paid late run from the due date to
# payment, or to the end of the window while unpaid.
_WINDOW = """
SELECT COALESCE(SUM(t.amount_cents), 0){columns}
FROM account a LEFT JOIN account_transaction t
  ON t.account_id = a.id AND t.booked_on > :ws AND t.booked_on <= :asof
GROUP BY a.id ORDER BY a.id
"""
_ORDERS = ", COUNT(t.account_id)"
_FIRST_ORDER = ", MIN(t.booked_on)"
_LAST_ORDER = """,
       COALESCE(MAX(t.booked_on), (SELECT MAX(l.booked_on) FROM account_transaction l
                                   WHERE l.account_id = a.id AND l.booked_on <= :asof))"""
_PAYMENTS = ", COUNT(t.due_on), COALESCE(SUM(t.paid_on <= t.due_on), 0)"
_DELAYS = """,
       SUM(julianday(COALESCE(t.paid_on, :asof)) - julianday(t.due_on))
           FILTER (WHERE t.paid_on IS NULL OR t.paid_on > t.due_on)"""
# ``:ps`` starts the window before the window.
_PREVIOUS = """
SELECT a.id, SUM(t.amount_cents), COUNT(*), COUNT(t.due_on),
       SUM(julianday(COALESCE(t.paid_on, :ws)) - julianday(t.due_on))
           FILTER (WHERE t.paid_on IS NULL OR t.paid_on > t.due_on)
FROM account a JOIN account_transaction t
  ON t.account_id = a.id AND t.booked_on > :ps AND t.booked_on <= :ws
GROUP BY a.id
"""
_INTERACTIONS = """
SELECT account_id, COUNT(*), SUM(kind = 'feedback'), SUM(kind = 'referral')
FROM interaction
WHERE occurred_on > :ws AND occurred_on <= :asof
GROUP BY account_id
"""
_NO_PREVIOUS = (0, 0, 0, 0)
_NO_INTERACTIONS = (0, 0, 0)
_ALL_INPUTS = frozenset(ACTIVITY_INPUTS)


def json_params(text: str) -> dict[str, Any]:
    """A rule's stored parameters (JSON object text); an unreadable text gives none."""
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _days(texts: Sequence[str | None]) -> tuple[date | None, ...]:
    """ISO dates as dates; a few hundred distinct days stand for 100,000 accounts, each parsed once."""
    parsed: dict[str | None, date | None] = {text: date.fromisoformat(text) for text in set(texts) if text is not None}
    parsed[None] = None
    return tuple(map(parsed.__getitem__, texts))


_FLAGS: dict[Any, bool | None] = {None: None, 0: False, 1: True}


def _flags(values: Sequence[Any]) -> tuple[bool | None, ...]:
    """Stored booleans (0/1, any truthy value true) as bools; ``None`` stays unknown."""
    if set(values) <= _FLAGS.keys():
        return tuple(map(_FLAGS.__getitem__, values))  # one C-level pass for the usual 0/1/NULL
    return tuple(None if value is None else bool(value) for value in values)


def _delay_days(totals: Sequence[float | None]) -> tuple[int, ...]:
    return tuple(round(total) if total else 0 for total in totals)


class SqliteTierQueries:
    """TierQueries on an SQLite file, over a read-only connection of its own."""

    def __init__(self, path: Path) -> None:
        self._path = path

    def _connect(self) -> sqlite3.Connection:
        try:
            return sqlite3.connect(f"{self._path.resolve().as_uri()}?mode=ro", uri=True, timeout=5.0)
        except sqlite3.Error as exc:
            raise StoreError(f"The database {self._path} cannot be read: {exc}") from None

    def _rows(self, sql: str, params: dict[str, Any] | tuple[Any, ...] = ()) -> list[Any]:
        return self._read([(sql, params)])[0]

    def _read(self, statements: Sequence[tuple[str, dict[str, Any] | tuple[Any, ...]]]) -> list[list[Any]]:
        """The rows of each statement, all read in one read transaction (one snapshot)."""
        conn = self._connect()
        try:
            if len(statements) > 1:
                conn.execute("BEGIN")
            return [conn.execute(sql, params).fetchall() for sql, params in statements]
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise StoreBusyError(f"The database {self._path} is in use by another program.") from None
            raise StoreError(f"The database {self._path} cannot be read: {exc}") from None
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"The database {self._path} cannot be read: {exc}") from None
        finally:
            conn.close()

    def activity(
        self, as_of: date, window_months: int, *, payments: bool = True, behaviour: bool = True, previous: bool = True
    ) -> list[AccountActivity]:
        left_out = {name for name, read in (("payments", payments), ("delays", payments), ("behaviour", behaviour),
                                            ("previous", previous)) if not read}  # fmt: skip
        return self.activity_columns(as_of, window_months, inputs=_ALL_INPUTS - left_out).rows()

    def activity_columns(
        self, as_of: date, window_months: int, *, inputs: Collection[str] = _ALL_INPUTS
    ) -> ActivityColumns:
        unknown = set(inputs) - _ALL_INPUTS
        if unknown:
            raise ValueError(f"unknown activity inputs: {sorted(unknown)}")
        start = window_start(as_of, window_months)
        before = start - (as_of - start)
        params = {"asof": as_of.isoformat(), "ws": start.isoformat(), "ps": before.isoformat()}
        # Only the inputs asked for are read: a model does not pay for what it does not use.
        fragments = {
            "orders": _ORDERS,
            "first_order": _FIRST_ORDER,
            "last_order": _LAST_ORDER,
            "payments": _PAYMENTS,
            "delays": _DELAYS,
        }
        order_columns = [name for name in fragments if name in inputs]
        statements: list[tuple[str, dict[str, Any]]] = [
            (_ACCOUNTS.format(potential=_POTENTIAL if "potential" in inputs else ""), {}),
            (_WINDOW.format(columns="".join(fragments[name] for name in order_columns)), params),
        ]
        if "previous" in inputs:
            statements.append((_PREVIOUS, params))
        if "behaviour" in inputs:
            statements.append((_INTERACTIONS, params))
        results = self._read(statements)
        accounts, window = results[0], results[1]
        n = len(accounts)
        if not n:
            return ActivityColumns({name: () for name in ActivityColumns.FIELDS})
        account_columns = list(zip(*accounts, strict=True))
        ids = account_columns[0]
        # Both statements list every account in id order, in the same snapshot.
        if len(window) != n:
            raise StoreError(f"The database {self._path} changed while it was read; try again.")
        window_columns = list(zip(*window, strict=True))
        zeros, unknown_values = (0,) * n, (None,) * n
        columns: dict[str, Sequence[Any]] = {
            "account_id": ids,
            "key": account_columns[1],
            "name": account_columns[2],
            "parent_id": account_columns[3],
            "lifecycle": account_columns[4],
            "applied_tier": account_columns[5],
            "revenue_cents": window_columns[0],
        }
        read = iter(window_columns[1:])
        columns["orders"] = next(read) if "orders" in inputs else zeros
        columns["first_order"] = _days(next(read)) if "first_order" in inputs else unknown_values
        columns["last_order"] = _days(next(read)) if "last_order" in inputs else unknown_values
        if "payments" in inputs:
            columns["due_orders"], columns["on_time_orders"] = next(read), next(read)
        else:
            columns["due_orders"] = columns["on_time_orders"] = zeros
        columns["delay_days_total"] = _delay_days(next(read)) if "delays" in inputs else zeros
        extra = iter(results[2:])
        if "previous" in inputs:
            earlier = {row[0]: row[1:] for row in next(extra)}
            prev = list(zip(*map(earlier.get, ids, repeat(_NO_PREVIOUS)), strict=True))
            columns["prev_revenue_cents"] = tuple(revenue or 0 for revenue in prev[0])
            columns["prev_orders"], columns["prev_due_orders"] = prev[1], prev[2]
            columns["prev_delay_days_total"] = _delay_days(prev[3])
        else:
            for name in ACTIVITY_INPUTS["previous"]:
                columns[name] = zeros
        if "behaviour" in inputs:
            contacts = {row[0]: row[1:] for row in next(extra)}
            touches = list(zip(*map(contacts.get, ids, repeat(_NO_INTERACTIONS)), strict=True))
            columns["interactions"], columns["feedback"], columns["referrals"] = touches
        else:
            columns["interactions"] = columns["feedback"] = columns["referrals"] = zeros
        if "potential" in inputs:
            industry, staff, revenue, growth, nodes, leader = account_columns[6:]
            columns.update(
                industry=industry,
                employees=staff,
                annual_revenue_cents=revenue,
                industry_growth_pct=growth,
                decision_nodes=nodes,
                industry_leader=_flags(leader),
            )
        else:
            columns["industry"] = ("",) * n
            for name in ACTIVITY_INPUTS["potential"][1:]:
                columns[name] = unknown_values
        return ActivityColumns(columns)

    def current_tiers(self) -> dict[int, str | None]:
        return dict(self._rows("SELECT id, tier FROM account"))

    def overrides(self) -> list[Override]:
        return [
            Override(account_id, tier, reason, date.fromisoformat(on))
            for account_id, tier, reason, on in self._rows(
                "SELECT account_id, tier, reason, set_on FROM tier_override ORDER BY account_id"
            )
        ]

    def history(self, account_id: int | None = None) -> list[TierHistoryRecord]:
        sql = (
            "SELECT h.account_id, a.key, a.name, h.changed_on, h.old_tier, h.new_tier, h.model, h.score, h.reason, "
            "h.reason_code, h.reason_params "
            "FROM tier_history h JOIN account a ON a.id = h.account_id"
        )
        params: tuple[Any, ...] = ()
        if account_id is not None:
            sql += " WHERE h.account_id = ?"
            params = (account_id,)
        rows = self._rows(sql + " ORDER BY h.changed_on, h.id", params)
        return [
            TierHistoryRecord(
                HistoryEntry(i, date.fromisoformat(on), old, new),
                key,
                name,
                model,
                score,
                reason,
                code,
                json_params(params),
            )
            for i, key, name, on, old, new, model, score, reason, code, params in rows
        ]

"""Reads behind tier classification: per-account aggregates straight from SQLite.

Classifying 100,000 accounts over millions of orders reads the orders of two
windows; per account that is a range seek in the covering index
``ix_account_transaction_metrics`` (interactions: ``ix_interaction_metrics``),
run on the standard library's sqlite3, read-only, and the rows become
:class:`~domain.tiers.metrics.AccountActivity` records. Implements
domain.ports.TierQueries.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

from domain.errors import StoreBusyError, StoreError
from domain.ports import TierHistoryRecord
from domain.tiers.health import HistoryEntry
from domain.tiers.metrics import AccountActivity, window_start
from domain.tiers.result import Override

# Per account, range seeks in the covering index: the window's orders, the
# previous window's, and the latest order of any age (one seek). ``:ws``
# starts the window (exclusive), ``:ps`` the window before it. Days paid late
# run from the due date to payment, or to the end of the window while unpaid.
_WINDOW = """
SELECT a.id, a.key, a.name, a.parent_id, a.lifecycle, a.industry, a.employees, a.annual_revenue_cents,
       a.industry_growth_pct, a.decision_nodes, a.industry_leader,
       SUM(t.amount_cents), COUNT(t.account_id), MIN(t.booked_on),
       (SELECT MAX(l.booked_on) FROM account_transaction l WHERE l.account_id = a.id AND l.booked_on <= :asof){payments}
FROM account a LEFT JOIN account_transaction t
  ON t.account_id = a.id AND t.booked_on > :ws AND t.booked_on <= :asof
GROUP BY a.id
"""
_PAYMENTS = """,
       COUNT(t.due_on), SUM(t.paid_on <= t.due_on),
       SUM(julianday(COALESCE(t.paid_on, :asof)) - julianday(t.due_on))
           FILTER (WHERE t.paid_on IS NULL OR t.paid_on > t.due_on)"""
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
_NO_PAYMENTS = (0, 0, 0)
_NO_PREVIOUS = (0, 0, 0, 0)
_NO_INTERACTIONS = (0, 0, 0)


def json_params(text: str) -> dict[str, Any]:
    """A rule's stored parameters (JSON object text); an unreadable text gives none."""
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


class SqliteTierQueries:
    """TierQueries on an SQLite file, over a read-only connection of its own."""

    def __init__(self, path: Path) -> None:
        self._path = path

    def _rows(self, sql: str, params: dict[str, Any] | tuple[Any, ...] = ()) -> list[Any]:
        try:
            conn = sqlite3.connect(f"{self._path.resolve().as_uri()}?mode=ro", uri=True, timeout=5.0)
        except sqlite3.Error as exc:
            raise StoreError(f"The database {self._path} cannot be read: {exc}") from None
        try:
            return conn.execute(sql, params).fetchall()
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
        start = window_start(as_of, window_months)
        before = start - (as_of - start)
        params = {"asof": as_of.isoformat(), "ws": start.isoformat(), "ps": before.isoformat()}
        # A model that does not use some inputs does not pay for reading them;
        # those fields then stay zero.
        # One row per account (in id order) with its window's aggregates.
        window = self._rows(_WINDOW.format(payments=_PAYMENTS if payments else ""), params)
        earlier = {row[0]: row[1:] for row in self._rows(_PREVIOUS, params)} if previous else {}
        contacts = {row[0]: row[1:] for row in self._rows(_INTERACTIONS, params)} if behaviour else {}
        out: list[AccountActivity] = []
        append = out.append
        no_payments, no_previous, no_touches = _NO_PAYMENTS, _NO_PREVIOUS, _NO_INTERACTIONS
        for row in window:
            account_id, key, name, parent, life, industry, staff, revenue, growth, nodes, leader = row[:11]
            o = row[11:]
            pay = o[4:] if payments else no_payments
            p = earlier.get(account_id, no_previous) if previous else no_previous
            t = contacts.get(account_id, no_touches) if behaviour else no_touches
            append(
                AccountActivity(
                    account_id,
                    key,
                    name,
                    parent,
                    life,
                    o[0] or 0,
                    o[1],
                    _day(o[2]),
                    _day(o[3]),
                    pay[0],
                    pay[1] or 0,
                    round(pay[2] or 0),
                    t[0],
                    t[1],
                    t[2],
                    p[0] or 0,
                    p[1],
                    p[2],
                    round(p[3] or 0),
                    industry,
                    staff,
                    revenue,
                    growth,
                    nodes,
                    None if leader is None else bool(leader),
                )
            )
        return out

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

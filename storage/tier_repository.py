"""Writes of tier classification: applied tiers, history, overrides; settings."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date
from functools import partial
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from domain.ports import TierHistoryRecord
from domain.tiers.classify import TierChange
from domain.tiers.health import HistoryEntry
from domain.tiers.result import Override, TierResult, result_column
from storage.orm import AccountRow, SettingRow, TierHistoryRow, TierOverrideRow
from storage.repositories import _bulk_insert, _core_update_many, _insert_tuples
from storage.tier_queries import json_params as _params

_HISTORY_COLUMNS = (
    "account_id", "changed_on", "old_tier", "new_tier", "model", "score", "reason", "reason_code", "reason_params",
)  # fmt: skip


def _as_dict(params: Mapping[str, Any]) -> dict[str, Any]:
    return params if type(params) is dict else dict(params)


class SqlSettingRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, name: str) -> str | None:
        row = self._session.get(SettingRow, name)
        return None if row is None else row.value

    def put(self, name: str, value: str) -> None:
        row = self._session.get(SettingRow, name)
        if row is None:
            self._session.add(SettingRow(name=name, value=value))
        else:
            row.value = value
        self._session.flush()


class SqlTierRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def apply(self, results: Sequence[TierResult], changes: Sequence[TierChange], *, model: str, on: date) -> None:
        column = partial(result_column, results)
        rows = [
            {
                "id": account_id,
                "tier": tier,
                "tier_score": score,
                "tier_model": model if override is None else "override",
                "tier_on": on,
            }
            for account_id, tier, score, override in zip(
                column("account_id"), column("tier"), column("score"), column("override"), strict=True
            )
        ]
        _core_update_many(self._session, AccountRow, rows)
        # One encoder for all rows: json.dumps with options builds a new one per call.
        encode = json.JSONEncoder(ensure_ascii=False).encode
        # Changes often share one parameters mapping (an RFM cell, an equal weighted score):
        # its sentence and JSON are made once. The changes keep the mappings alive, so ids stay theirs.
        texts: dict[tuple[str, int], tuple[str, str]] = {}
        history: list[tuple[Any, ...]] = []
        for c in changes:
            words = texts.get((c.reason_code, id(c.reason_params)))
            if words is None:
                words = texts[c.reason_code, id(c.reason_params)] = (c.reason, encode(_as_dict(c.reason_params)))
            history.append((c.account_id, c.on, c.old, c.new, c.model, c.score, words[0], c.reason_code, words[1]))
        _insert_tuples(self._session, TierHistoryRow, _HISTORY_COLUMNS, history)

    def set_override(self, override: Override) -> None:
        self.clear_override(override.account_id)
        self._session.execute(
            insert(TierOverrideRow).values(
                account_id=override.account_id, tier=override.tier, reason=override.reason, set_on=override.date
            )
        )
        old = self._session.execute(select(AccountRow.tier).where(AccountRow.id == override.account_id)).scalar()
        if old == override.tier:
            return
        self._session.execute(
            update(AccountRow)
            .where(AccountRow.id == override.account_id)
            .values(tier=override.tier, tier_model="override", tier_on=override.date, tier_score=None)
        )
        self._session.execute(
            insert(TierHistoryRow).values(
                account_id=override.account_id,
                changed_on=override.date,
                old_tier=old,
                new_tier=override.tier,
                model="override",
                score=None,
                reason=override.reason,
                reason_code="override_set",
                reason_params=json.dumps({"tier": override.tier, "reason": override.reason}, ensure_ascii=False),
            )
        )

    def clear_override(self, account_id: int) -> None:
        self._session.execute(delete(TierOverrideRow).where(TierOverrideRow.account_id == account_id))

    def history(self) -> list[TierHistoryRecord]:
        h, a = TierHistoryRow, AccountRow
        rows = self._session.execute(
            select(
                h.account_id,
                a.key,
                a.name,
                h.changed_on,
                h.old_tier,
                h.new_tier,
                h.model,
                h.score,
                h.reason,
                h.reason_code,
                h.reason_params,
            )
            .join(a, a.id == h.account_id)
            .order_by(h.changed_on, h.id)
        ).all()
        return [
            TierHistoryRecord(HistoryEntry(i, on, old, new), key, name, model, score, reason, code, _params(params))
            for i, key, name, on, old, new, model, score, reason, code, params in rows
        ]

    def overrides(self) -> list[Override]:
        rows = self._session.execute(
            select(
                TierOverrideRow.account_id, TierOverrideRow.tier, TierOverrideRow.reason, TierOverrideRow.set_on
            ).order_by(TierOverrideRow.account_id)
        ).all()
        return [Override(i, tier, reason, on) for i, tier, reason, on in rows]

    def add_history(self, records: Sequence[TierHistoryRecord]) -> None:
        _bulk_insert(
            self._session,
            TierHistoryRow,
            [
                {
                    "account_id": r.entry.account_id,
                    "changed_on": r.entry.on,
                    "old_tier": r.entry.old,
                    "new_tier": r.entry.new,
                    "model": r.model,
                    "score": r.score,
                    "reason": r.reason,
                    "reason_code": r.reason_code,
                    "reason_params": json.dumps(dict(r.reason_params), ensure_ascii=False),
                }
                for r in records
            ],
        )

    def put_overrides(self, overrides: Sequence[Override]) -> None:
        ids = [o.account_id for o in overrides]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            self._session.execute(delete(TierOverrideRow).where(TierOverrideRow.account_id.in_(chunk)))
        _bulk_insert(
            self._session,
            TierOverrideRow,
            [{"account_id": o.account_id, "tier": o.tier, "reason": o.reason, "set_on": o.date} for o in overrides],
        )

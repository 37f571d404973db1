"""Read-only queries behind the customer tree and the status bar.

These are the app's hot read paths (opening the window, expanding a node of
thousands of children, searching). For SQLite they run on the standard
library's sqlite3 with prepared SQL, without SQLAlchemy's per-statement
overhead or its import cost; for other databases they go through the unit
of work. Both implement domain.ports.TreeQueries.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Collection
from pathlib import Path
from typing import Any

from domain.errors import StoreBusyError, StoreError
from domain.model import AccountNode, StoreCounts

_CHILD_COUNT = "(SELECT count(*) FROM account c WHERE c.parent_id = a.id)"
_SELECT = f"SELECT a.id, a.key, a.name, a.industry, a.parent_id, {_CHILD_COUNT}, a.tier FROM account a WHERE "
_AFTER = " AND (a.name > ? OR (a.name = ? AND a.id > ?))"
_ORDER = " ORDER BY a.name, a.id"


def _children_sql(root: bool, after: bool, limit: bool) -> str:
    sql = _SELECT + ("a.parent_id IS NULL" if root else "a.parent_id = ?")
    return sql + (_AFTER if after else "") + _ORDER + (" LIMIT ?" if limit else "")


_SEARCH = (
    "SELECT id FROM account WHERE lower(name) LIKE ? ESCAPE '\\' OR lower(key) LIKE ? ESCAPE '\\' "
    "OR lower(industry) LIKE ? ESCAPE '\\'"
)
_COUNTS = (
    "SELECT (SELECT count(*) FROM account), (SELECT count(*) FROM account WHERE parent_id IS NULL), "
    "(SELECT count(*) FROM contact), (SELECT count(*) FROM team_member), "
    "(SELECT count(*) FROM account_transaction), (SELECT count(*) FROM interaction)"
)


def like_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, with wildcards escaped."""
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def filter_nodes(nodes: list[AccountNode], only: Collection[int] | None, child_ids: Any) -> list[AccountNode]:
    """Keep the nodes in ``only`` and recount their children within it."""
    if only is None:
        return nodes
    visible = only if isinstance(only, (set, frozenset)) else set(only)
    kept = []
    for n in nodes:
        if n.id in visible:
            count = sum(1 for i in child_ids(n.id) if i in visible) if n.child_count else 0
            kept.append(AccountNode(n.id, n.key, n.name, n.industry, n.parent_id, count, n.tier))
    return kept


class SqliteTreeQueries:
    """TreeQueries on an SQLite file; one read connection per thread."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._local = threading.local()

    def _conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            try:
                conn = sqlite3.connect(str(self._path), timeout=5.0, isolation_level=None)
                conn.execute("PRAGMA query_only=ON")
            except sqlite3.Error as exc:
                raise StoreError(f"The database {self._path} cannot be read: {exc}") from None
            self._local.conn = conn
        return conn

    def _run(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        try:
            return self._conn().execute(sql, params).fetchall()
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise StoreBusyError(f"The database {self._path} is in use by another program.") from None
            raise StoreError(f"The database {self._path} cannot be read: {exc}") from None
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"The database {self._path} cannot be read: {exc}") from None

    def children(
        self,
        parent_id: int | None,
        only: Collection[int] | None = None,
        after: tuple[str, int] | None = None,
        limit: int | None = None,
    ) -> list[AccountNode]:
        if only is not None:
            limit = None  # a filter keeps few rows; chunks would come back short
        params: tuple[Any, ...] = () if parent_id is None else (parent_id,)
        if after is not None:
            params += (after[0], after[0], after[1])
        if limit is not None:
            params += (limit,)
        rows = self._run(_children_sql(parent_id is None, after is not None, limit is not None), params)
        nodes = [AccountNode(*row) for row in rows]
        return filter_nodes(
            nodes, only, lambda i: [r[0] for r in self._run("SELECT id FROM account WHERE parent_id = ?", (i,))]
        )

    def search(self, text: str) -> list[int]:
        if not text:
            return []
        pattern = like_pattern(text)
        return [row[0] for row in self._run(_SEARCH, (pattern, pattern, pattern))]

    def parent_map(self) -> dict[int, int | None]:
        return dict(self._run("SELECT id, parent_id FROM account"))

    def with_tiers(self, tiers: Collection[str | None]) -> list[int]:
        known = sorted(t for t in tiers if t is not None)
        where = [f"tier IN ({', '.join('?' * len(known))})"] if known else []
        if None in tiers:
            where.append("tier IS NULL")
        if not where:
            return []
        return [row[0] for row in self._run("SELECT id FROM account WHERE " + " OR ".join(where), tuple(known))]

    def counts(self) -> StoreCounts:
        return StoreCounts(*self._run(_COUNTS)[0])

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None


class UnitOfWorkTreeQueries:
    """TreeQueries for any database, through the unit of work."""

    def __init__(self, make_uow: Any) -> None:
        self._make_uow = make_uow

    def children(
        self,
        parent_id: int | None,
        only: Collection[int] | None = None,
        after: tuple[str, int] | None = None,
        limit: int | None = None,
    ) -> list[AccountNode]:
        with self._make_uow() as uow:
            return uow.accounts.children(parent_id, only, after, limit)  # type: ignore[no-any-return]

    def search(self, text: str) -> list[int]:
        with self._make_uow() as uow:
            return uow.accounts.search(text)  # type: ignore[no-any-return]

    def parent_map(self) -> dict[int, int | None]:
        with self._make_uow() as uow:
            return uow.accounts.parent_map()  # type: ignore[no-any-return]

    def with_tiers(self, tiers: Collection[str | None]) -> list[int]:
        with self._make_uow() as uow:
            return uow.accounts.with_tiers(tiers)  # type: ignore[no-any-return]

    def counts(self) -> StoreCounts:
        with self._make_uow() as uow:
            return uow.counts()  # type: ignore[no-any-return]

    def close(self) -> None:
        return None

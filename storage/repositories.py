"""Repositories: the domain's store protocols over one SQLAlchemy session."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from operator import itemgetter, methodcaller
from typing import Any, TypeVar, cast

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Select,
    Table,
    and_,
    bindparam,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session, aliased

from domain.model import (
    TRIANGLE_ROLES,
    Account,
    AccountNode,
    Assignment,
    Attitude,
    BuyingRole,
    Contact,
    ContactLink,
    Interaction,
    InteractionKind,
    Lifecycle,
    LinkKind,
    RelationshipLayer,
    RelationshipStrength,
    TeamMember,
    Transaction,
    TriangleRole,
    default_key,
)
from domain.powermap.snapshot import Snapshot, SnapshotEntry
from storage.orm import (
    AccountRow,
    AssignmentRow,
    ContactLinkRow,
    ContactRow,
    InteractionRow,
    PowerMapSnapshotEntryRow,
    PowerMapSnapshotRow,
    TeamMemberRow,
    TransactionRow,
)
from storage.queries import filter_nodes

# Stay well below every engine's limit on bound parameters per statement.
CHUNK = 900
_T = TypeVar("_T")


def _chunks(items: Collection[_T]) -> Iterator[list[_T]]:
    seq = list(items)
    for start in range(0, len(seq), CHUNK):
        yield seq[start : start + CHUNK]


def _with_ids_and_keys(session: Session, table: Any, kind: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give rows without an id the next free ids, and rows without a key a
    key made from their id (see domain.model.default_key)."""
    if any("id" not in r for r in rows):
        next_id = int(session.scalar(select(func.coalesce(func.max(table.id), 0))) or 0)
        for row in rows:
            if "id" not in row:
                next_id += 1
                row["id"] = next_id
    for row in rows:
        if not row.get("key"):
            row["key"] = default_key(kind, row["id"])
    return rows


def _table(model: Any) -> Table:
    return cast(Table, model.__table__)


INSERT_BATCH = 20_000  # rows converted and sent to the driver at a time: bounds the memory of big imports

# SQLAlchemy's own SQLite storage formats for dates and times, written by the
# C-level isoformat (SQLAlchemy's processors format them in Python, per value).
_SQLITE_WRITERS: dict[type[Any], Callable[[Any], Any]] = {
    DateTime: methodcaller("isoformat", " ", "microseconds"),
    Date: date.isoformat,
    Boolean: int,
}


def _bind_converters(table: Table, names: Sequence[str], dialect: Any) -> list[Callable[[Any], Any] | None]:
    """For each column, the function that turns a Python value into what the
    driver stores, or None when the driver takes the value as it is."""
    converters: list[Callable[[Any], Any] | None] = []
    for name in names:
        column_type = table.c[name].type
        fast = next((w for t, w in _SQLITE_WRITERS.items() if isinstance(column_type, t)), None)
        if dialect.name == "sqlite" and fast is not None:
            converters.append(fast)
        else:
            # The dialect's own type (the generic one's processor may be None).
            converters.append(column_type.dialect_impl(dialect).bind_processor(dialect))
    return converters


def _bulk_insert(session: Session, model: Any, rows: list[dict[str, Any]]) -> None:
    """INSERT rows (dicts with the same keys) with driver-level executemany."""
    if not rows:
        return
    names = list(rows[0])
    get = itemgetter(*names)
    values = list(map(get, rows)) if len(names) > 1 else [(get(r),) for r in rows]
    _insert_tuples(session, model, names, values)


def _insert_tuples(session: Session, model: Any, names: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> None:
    """INSERT rows given as tuples of the columns ``names``, with driver-level executemany.

    The statement is compiled once for the session's dialect and each value
    goes through its column type's bind conversion, as SQLAlchemy would do;
    skipping SQLAlchemy's per-row bookkeeping makes big imports several
    times faster (the ORM's bulk path was measured 12x slower than Core).
    Rows go in batches so that the converted copy never holds them all.
    """
    if not rows:
        return
    table = _table(model)
    connection = session.connection()
    dialect = connection.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=list(names))
    sql = str(compiled)
    order = list(compiled.positiontup or ()) if compiled.positional else list(names)
    position_of = {name: i for i, name in enumerate(names)}
    converters = _bind_converters(table, order, dialect)
    for start in range(0, len(rows), INSERT_BATCH):
        # Column by column (zip runs in C; most columns need no conversion).
        given = list(zip(*rows[start : start + INSERT_BATCH], strict=True))
        columns: list[Any] = [given[position_of[name]] for name in order]
        for position, convert in enumerate(converters):
            if convert is not None:
                columns[position] = [None if v is None else convert(v) for v in columns[position]]
        if compiled.positional:
            params: list[Any] = list(zip(*columns, strict=True))
        else:
            params = [dict(zip(order, values, strict=True)) for values in zip(*columns, strict=True)]
        connection.exec_driver_sql(sql, params)


def _core_update_many(session: Session, model: Any, rows: list[dict[str, Any]]) -> None:
    """UPDATE rows (dicts with the same keys, ``id`` among them) by id, with
    driver-level executemany in batches (values converted as in inserts)."""
    if not rows:
        return
    table = _table(model)
    columns = [c for c in rows[0] if c != "id"]
    statement = update(table).where(table.c.id == bindparam("b_id")).values({c: bindparam(f"b_{c}") for c in columns})
    connection = session.connection()
    compiled = statement.compile(dialect=connection.dialect)
    if not compiled.positional:
        for batch in _chunks(rows):
            session.execute(statement, [{f"b_{k}": v for k, v in row.items()} for row in batch])
        return
    order = [name.removeprefix("b_") for name in compiled.positiontup or ()]
    converters = _bind_converters(table, order, connection.dialect)
    get = itemgetter(*order)
    sql = str(compiled)
    for start in range(0, len(rows), INSERT_BATCH):
        values: list[Any] = list(zip(*map(get, rows[start : start + INSERT_BATCH]), strict=True))
        for position, convert in enumerate(converters):
            if convert is not None:
                values[position] = [None if v is None else convert(v) for v in values[position]]
        connection.exec_driver_sql(sql, list(zip(*values, strict=True)))


def _day(text: Any) -> date | None:
    return None if text is None else date.fromisoformat(text) if text.__class__ is str else text


def _moment(text: Any) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text) if text.__class__ is str else text


def _raw_rows(session: Session, sql: str, params: Sequence[Any] = ()) -> list[Any] | None:
    """All rows of ``sql`` straight from the SQLite driver, or None on another
    database. Reading a whole portfolio (exports, import matching) this way
    skips SQLAlchemy's per-value result processing, several times faster;
    SQLite keeps dates as ISO text, which the callers parse."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return None
    return list(connection.exec_driver_sql(sql, tuple(params)).fetchall())


def _by_keys(
    session: Session,
    keys: Collection[str],
    sql: str,
    from_raw: Callable[[list[Any]], list[_T]],
    table: Any,
    from_row: Callable[[Any], _T],
) -> list[_T]:
    """The records with these keys: ``sql`` (a SELECT of the table) with
    ``WHERE key IN`` straight from the driver on SQLite, else through the ORM."""
    found: list[_T] = []
    for batch in _chunks(keys):
        raw = _raw_rows(session, f"{sql} WHERE key IN ({','.join('?' * len(batch))})", batch)
        if raw is not None:
            found.extend(from_raw(raw))
        else:
            found.extend(from_row(r) for r in session.scalars(select(table).where(table.key.in_(batch))))
    return found


def _page(sql: str, after_id: int, limit: int | None, *, where: bool = False) -> str:
    """``sql`` restricted to ids after ``after_id``, at most ``limit`` rows, by id
    (``where``: the statement already has a WHERE clause)."""
    joiner = " AND " if where else " WHERE "
    return f"{sql}{joiner}id > {int(after_id)} ORDER BY id" + ("" if limit is None else f" LIMIT {int(limit)}")


def _paged(statement: Any, id_column: Any, after_id: int, limit: int | None) -> Any:
    statement = statement.where(id_column > after_id).order_by(id_column)
    return statement if limit is None else statement.limit(limit)


def to_cents(amount: Decimal | None) -> int | None:
    if amount is None:
        return None
    return int((amount * 100).to_integral_value())


def from_cents(cents: int | None) -> Decimal | None:
    if cents is None:
        return None
    return Decimal(cents).scaleb(-2)  # exact, two decimal places


def _account(row: Any) -> Account:
    return Account(
        id=row.id,
        key=row.key,
        name=row.name,
        industry=row.industry,
        region=row.region,
        city=row.city,
        employees=row.employees,
        annual_revenue=from_cents(row.annual_revenue_cents),
        lifecycle=Lifecycle(row.lifecycle),
        customer_since=row.customer_since,
        parent_id=row.parent_id,
        notes=row.notes,
        created_at=row.created_at,
        updated_at=row.updated_at,
        industry_growth_pct=row.industry_growth_pct,
        decision_nodes=row.decision_nodes,
        industry_leader=row.industry_leader,
        tier=row.tier,
        tier_score=row.tier_score,
        tier_model=row.tier_model,
        tier_on=row.tier_on,
    )


_ACCOUNT_COLUMNS = (
    "id",
    "key",
    "name",
    "industry",
    "region",
    "city",
    "employees",
    "annual_revenue_cents",
    "lifecycle",
    "customer_since",
    "parent_id",
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
)


def _account_tuple(a: Account) -> tuple[Any, ...]:
    """The values of ``_ACCOUNT_COLUMNS`` (as :func:`_account_values`, without a dict per row)."""
    revenue = a.annual_revenue
    return (
        a.id,
        a.key,
        a.name,
        a.industry,
        a.region,
        a.city,
        a.employees,
        None if revenue is None else int((revenue * 100).to_integral_value()),
        a.lifecycle.value,
        a.customer_since,
        a.parent_id,
        a.notes,
        a.created_at,
        a.updated_at,
        a.industry_growth_pct,
        a.decision_nodes,
        a.industry_leader,
        a.tier,
        a.tier_score,
        a.tier_model,
        a.tier_on,
    )


def _account_values(account: Account) -> dict[str, Any]:
    values = {
        "key": account.key,
        "name": account.name,
        "industry": account.industry,
        "region": account.region,
        "city": account.city,
        "employees": account.employees,
        "annual_revenue_cents": to_cents(account.annual_revenue),
        "lifecycle": account.lifecycle.value,
        "customer_since": account.customer_since,
        "parent_id": account.parent_id,
        "notes": account.notes,
        "created_at": account.created_at,
        "updated_at": account.updated_at,
        "industry_growth_pct": account.industry_growth_pct,
        "decision_nodes": account.decision_nodes,
        "industry_leader": account.industry_leader,
        "tier": account.tier,
        "tier_score": account.tier_score,
        "tier_model": account.tier_model,
        "tier_on": account.tier_on,
    }
    if account.id is not None:
        values["id"] = account.id
    return values


class SqlAccountRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, account_id: int) -> Account | None:
        row = self._session.get(AccountRow, account_id)
        return None if row is None else _account(row)

    def add(self, account: Account) -> int:
        row = AccountRow(**_account_values(account))
        self._session.add(row)
        self._session.flush()
        return row.id

    def add_many(self, accounts: Iterable[Account]) -> None:
        # Parents must exist before children: insert in the given order, which
        # callers keep parents-first. Every account of an import has its id.
        rows = list(accounts)
        if any(a.id is None for a in rows):
            _bulk_insert(self._session, AccountRow, [_account_values(a) for a in rows])
            return
        _insert_tuples(self._session, AccountRow, _ACCOUNT_COLUMNS, [_account_tuple(a) for a in rows])

    def all(self) -> list[Account]:
        raw = _raw_rows(
            self._session,
            "SELECT key, name, industry, region, city, employees, annual_revenue_cents, lifecycle, customer_since, "
            "parent_id, notes, created_at, updated_at, id, industry_growth_pct, decision_nodes, industry_leader, tier, "
            "tier_score, tier_model, tier_on FROM account ORDER BY id",
        )
        if raw is not None:
            return [
                Account(
                    k,
                    n,
                    ind,
                    reg,
                    city,
                    emp,
                    None if rev is None else Decimal(rev).scaleb(-2),
                    Lifecycle(life),
                    _day(since),
                    parent,
                    notes,
                    _moment(created),
                    _moment(updated),
                    i,
                    growth,
                    nodes,
                    None if leader is None else bool(leader),
                    tier,
                    score,
                    model,
                    _day(tier_on),
                )
                for (
                    k,
                    n,
                    ind,
                    reg,
                    city,
                    emp,
                    rev,
                    life,
                    since,
                    parent,
                    notes,
                    created,
                    updated,
                    i,
                    growth,
                    nodes,
                    leader,
                    tier,
                    score,
                    model,
                    tier_on,
                ) in raw
            ]
        # Core rows, not ORM entities: loading a whole portfolio is ~10x faster.
        table = _table(AccountRow)
        return [_account(r) for r in self._session.execute(select(table).order_by(table.c.id)).all()]

    def update_many(self, accounts: Iterable[Account]) -> None:
        # ORM bulk UPDATE by primary key: one executemany per batch.
        rows = [_account_values(a) for a in accounts]
        _core_update_many(self._session, AccountRow, rows)

    def update(self, account: Account) -> None:
        values = _account_values(account)
        values.pop("id", None)
        self._session.execute(update(AccountRow).where(AccountRow.id == account.id).values(**values))

    def delete(self, account_ids: Collection[int]) -> None:
        # Children before parents: the parent_id key is checked per statement.
        ordered = list(reversed(list(account_ids)))
        for batch in _chunks(ordered):
            self._session.execute(delete(AccountRow).where(AccountRow.id.in_(batch)))

    def set_parent(self, account_ids: Collection[int], parent_id: int | None) -> None:
        for batch in _chunks(account_ids):
            self._session.execute(update(AccountRow).where(AccountRow.id.in_(batch)).values(parent_id=parent_id))

    def parent_map(self) -> dict[int, int | None]:
        rows = self._session.execute(select(AccountRow.id, AccountRow.parent_id))
        return {account_id: parent_id for account_id, parent_id in rows}

    def subtree_parent_map(self, root_id: int) -> dict[int, int | None]:
        # A recursive CTE walks only the subtree, not the whole portfolio.
        sub = select(AccountRow.id, AccountRow.parent_id).where(AccountRow.id == root_id).cte("subtree", recursive=True)
        child = aliased(AccountRow)
        sub = sub.union_all(select(child.id, child.parent_id).where(child.parent_id == sub.c.id))
        rows = self._session.execute(select(sub.c.id, sub.c.parent_id))
        result = {account_id: parent_id for account_id, parent_id in rows}
        if root_id in result:
            result[root_id] = None  # the subtree's root, cut from its own parent
        return result

    def lineage(self, account_ids: Collection[int]) -> dict[int, int | None]:
        result: dict[int, int | None] = {}
        for batch in _chunks(account_ids):
            up = (
                select(AccountRow.id, AccountRow.parent_id)
                .where(AccountRow.id.in_(batch))
                .cte("lineage", recursive=True)
            )
            parent = aliased(AccountRow)
            up = up.union(select(parent.id, parent.parent_id).where(parent.id == up.c.parent_id))
            result.update({i: p for i, p in self._session.execute(select(up.c.id, up.c.parent_id))})
        return result

    def children(
        self,
        parent_id: int | None,
        only: Collection[int] | None = None,
        after: tuple[str, int] | None = None,
        limit: int | None = None,
    ) -> list[AccountNode]:
        child = aliased(AccountRow)
        count = (
            select(func.count(child.id)).where(child.parent_id == AccountRow.id).correlate(AccountRow)
        ).scalar_subquery()
        query: Select[Any] = select(
            AccountRow.id,
            AccountRow.key,
            AccountRow.name,
            AccountRow.industry,
            AccountRow.parent_id,
            count,
            AccountRow.tier,
        )
        if parent_id is None:
            query = query.where(AccountRow.parent_id.is_(None))
        else:
            query = query.where(AccountRow.parent_id == parent_id)
        if after is not None:
            query = query.where(
                or_(AccountRow.name > after[0], and_(AccountRow.name == after[0], AccountRow.id > after[1]))
            )
        query = query.order_by(AccountRow.name, AccountRow.id)
        if limit is not None and only is None:
            query = query.limit(limit)
        rows: Sequence[Any] = self._session.execute(query).all()
        nodes = [AccountNode(*row) for row in rows]
        return filter_nodes(
            nodes, only, lambda i: self._session.scalars(select(AccountRow.id).where(AccountRow.parent_id == i))
        )

    def with_tiers(self, tiers: Collection[str | None]) -> list[int]:
        known = [t for t in tiers if t is not None]
        conditions = [AccountRow.tier.in_(known)] if known else []
        if None in tiers:
            conditions.append(AccountRow.tier.is_(None))
        if not conditions:
            return []
        return list(self._session.scalars(select(AccountRow.id).where(or_(*conditions))))

    def search(self, text: str) -> list[int]:
        if not text:
            return []
        pattern = "%" + text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = select(AccountRow.id).where(
            or_(
                func.lower(AccountRow.name).like(pattern, escape="\\"),
                func.lower(AccountRow.key).like(pattern, escape="\\"),
                func.lower(AccountRow.industry).like(pattern, escape="\\"),
            )
        )
        return list(self._session.scalars(query))

    def by_key(self, key: str) -> Account | None:
        row = self._session.scalars(select(AccountRow).where(AccountRow.key == key).limit(1)).first()
        return None if row is None else _account(row)

    def key_in_use(self, key: str, except_id: int | None = None) -> bool:
        query = select(AccountRow.id).where(AccountRow.key == key)
        if except_id is not None:
            query = query.where(AccountRow.id != except_id)
        return self._session.scalars(query.limit(1)).first() is not None

    def max_id(self) -> int:
        return int(self._session.scalar(select(func.coalesce(func.max(AccountRow.id), 0))) or 0)

    def names(self, account_ids: Collection[int]) -> dict[int, str]:
        result: dict[int, str] = {}
        for batch in _chunks(account_ids):
            rows = self._session.execute(select(AccountRow.id, AccountRow.name).where(AccountRow.id.in_(batch)))
            result.update({i: n for i, n in rows})
        return result

    def annual_revenue(self, account_ids: Collection[int]) -> dict[int, Decimal | None]:
        result: dict[int, Decimal | None] = {}
        for batch in _chunks(account_ids):
            rows = self._session.execute(
                select(AccountRow.id, AccountRow.annual_revenue_cents).where(AccountRow.id.in_(batch))
            )
            result.update({i: from_cents(c) for i, c in rows})
        return result


# Stored value -> enum member; ``.get`` turns a NULL (None) into None without a test per row.
_ROLES: dict[Any, BuyingRole] = {r.value: r for r in BuyingRole}
_ATTITUDES: dict[Any, Attitude] = {int(a): a for a in Attitude}
_LAYERS: dict[Any, RelationshipLayer] = {r.value: r for r in RelationshipLayer}
_STRENGTHS: dict[Any, RelationshipStrength] = {int(s): s for s in RelationshipStrength}


def _contact(row: Any) -> Contact:
    return Contact(
        id=row.id,
        account_id=row.account_id,
        key=row.key,
        name=row.name,
        title=row.title,
        department=row.department,
        reports_to_id=row.reports_to_id,
        email=row.email,
        phone=row.phone,
        notes=row.notes,
        secondary_manager_id=row.secondary_manager_id,
        buying_role=_ROLES.get(row.buying_role),
        influence=row.influence,
        attitude=_ATTITUDES.get(row.attitude),
        layer=_LAYERS.get(row.layer),
        owner_id=row.owner_id,
        strength=_STRENGTHS.get(row.strength),
        last_contact_on=_day(row.last_contact_on),
    )


def _contact_values(c: Contact) -> dict[str, Any]:
    values = {
        "account_id": c.account_id,
        "key": c.key,
        "name": c.name,
        "title": c.title,
        "department": c.department,
        "reports_to_id": c.reports_to_id,
        "email": c.email,
        "phone": c.phone,
        "notes": c.notes,
        "secondary_manager_id": c.secondary_manager_id,
        "buying_role": None if c.buying_role is None else c.buying_role.value,
        "influence": c.influence,
        "attitude": None if c.attitude is None else int(c.attitude),
        "layer": None if c.layer is None else c.layer.value,
        "owner_id": c.owner_id,
        "strength": None if c.strength is None else int(c.strength),
        "last_contact_on": c.last_contact_on,
    }
    if c.id is not None:
        values["id"] = c.id
    return values


# Contact(*row) takes these in its field order.
_CONTACT_SELECT = "SELECT account_id, name, key, title, department, reports_to_id, email, phone, notes, id FROM contact"
_CONTACT_BASE_COLUMNS = (
    "id",
    "key",
    "account_id",
    "name",
    "title",
    "department",
    "reports_to_id",
    "email",
    "phone",
    "notes",
)
_POWER_COLUMNS = (
    "secondary_manager_id",
    "buying_role",
    "influence",
    "attitude",
    "layer",
    "owner_id",
    "strength",
    "last_contact_on",
)
_POWER_SELECT = (
    f"SELECT id, {', '.join(_POWER_COLUMNS)} FROM contact WHERE ("
    + " OR ".join(f"{name} IS NOT NULL" for name in _POWER_COLUMNS)
    + ")"
)


def _has_power(c: Contact) -> bool:
    return not (
        c.secondary_manager_id is None
        and c.buying_role is None
        and c.influence is None
        and c.attitude is None
        and c.layer is None
        and c.owner_id is None
        and c.strength is None
        and c.last_contact_on is None
    )


def _power_values(c: Contact) -> dict[str, Any]:
    values = _contact_values(c)
    return {"id": c.id, **{name: values[name] for name in _POWER_COLUMNS}}


def _set_power(contact: Contact, row: Sequence[Any]) -> None:
    _id, manager, role, influence, attitude, layer, owner, strength, on = row
    contact.secondary_manager_id = manager
    contact.buying_role = _ROLES.get(role)
    contact.influence = influence
    contact.attitude = _ATTITUDES.get(attitude)
    contact.layer = _LAYERS.get(layer)
    contact.owner_id = owner
    contact.strength = _STRENGTHS.get(strength)
    contact.last_contact_on = _day(on)


class SqlContactRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, contact_id: int) -> Contact | None:
        row = self._session.get(ContactRow, contact_id)
        return None if row is None else _contact(row)

    def add(self, contact: Contact) -> int:
        row = _with_ids_and_keys(self._session, ContactRow, "contact", [_contact_values(contact)])[0]
        _bulk_insert(self._session, ContactRow, [row])
        return int(row["id"])

    def add_many(self, contacts: Iterable[Contact]) -> None:
        """Insert contacts; managers come before their reports (the callers'
        order), while a dotted line may point at a contact later in the list.

        The power-map fields go in by a second statement, for the contacts
        that have any: most contacts of a big import have none, and the rows
        then cost what they did before the power map existed."""
        items = list(contacts)
        if any(c.id is None or not c.key for c in items):
            # Ids and keys as the store gives them, on copies: the callers' records stay as they were.
            rows = _with_ids_and_keys(self._session, ContactRow, "contact", [_contact_values(c) for c in items])
            items = [dataclasses.replace(c, id=r["id"], key=r["key"]) for c, r in zip(items, rows, strict=True)]
        for start in range(0, len(items), INSERT_BATCH):
            batch = items[start : start + INSERT_BATCH]
            base = [
                (c.id, c.key, c.account_id, c.name, c.title, c.department, c.reports_to_id, c.email, c.phone, c.notes)
                for c in batch
            ]
            _insert_tuples(self._session, ContactRow, _CONTACT_BASE_COLUMNS, base)
        power = [_power_values(c) for c in items if _has_power(c)]
        _core_update_many(self._session, ContactRow, power)

    def all(self, after_id: int = 0, limit: int | None = None) -> list[Contact]:
        raw = _raw_rows(self._session, _page(_CONTACT_SELECT, after_id, limit))
        if raw is not None:
            contacts = [Contact(*row) for row in raw]
            if not contacts:
                return contacts
            # Only the contacts with power-map data come back from the second query.
            last = f" AND id <= {int(contacts[-1].id or 0)}" if limit is not None else ""
            power = _raw_rows(self._session, _page(f"{_POWER_SELECT}{last}", after_id, None, where=True)) or []
            if power:
                by_id = {c.id: c for c in contacts}
                for row in power:
                    _set_power(by_id[row[0]], row)
            return contacts
        table = _table(ContactRow)
        return [_contact(r) for r in self._session.execute(_paged(select(table), table.c.id, after_id, limit)).all()]

    def update_many(self, contacts: Iterable[Contact]) -> None:
        for batch in _chunks([_contact_values(c) for c in contacts]):
            _core_update_many(self._session, ContactRow, batch)

    def for_accounts(self, account_ids: Collection[int]) -> list[Contact]:
        found: list[Contact] = []
        table = _table(ContactRow)
        for batch in _chunks(account_ids):
            rows = self._session.execute(select(table).where(table.c.account_id.in_(batch)).order_by(table.c.id))
            found.extend(_contact(r) for r in rows)
        found.sort(key=lambda c: c.id or 0)
        return found

    def delete(self, contact_ids: Collection[int]) -> None:
        for batch in _chunks(contact_ids):
            self._session.execute(delete(ContactRow).where(ContactRow.id.in_(batch)))

    def max_id(self) -> int:
        return int(self._session.scalar(select(func.coalesce(func.max(ContactRow.id), 0))) or 0)

    def key_in_use(self, key: str, except_id: int | None = None) -> bool:
        query = select(ContactRow.id).where(ContactRow.key == key)
        if except_id is not None:
            query = query.where(ContactRow.id != except_id)
        return self._session.scalars(query.limit(1)).first() is not None

    def set_reports_to(self, contact_id: int, manager_id: int | None) -> None:
        self._session.execute(update(ContactRow).where(ContactRow.id == contact_id).values(reports_to_id=manager_id))

    def set_secondary_manager(self, contact_ids: Collection[int], manager_id: int | None) -> None:
        for batch in _chunks(contact_ids):
            self._session.execute(
                update(ContactRow).where(ContactRow.id.in_(batch)).values(secondary_manager_id=manager_id)
            )

    def direct_reports(self, manager_id: int) -> list[int]:
        query = select(ContactRow.id).where(ContactRow.reports_to_id == manager_id).order_by(ContactRow.id)
        return list(self._session.scalars(query))

    def dotted_reports(self, manager_id: int) -> list[int]:
        query = select(ContactRow.id).where(ContactRow.secondary_manager_id == manager_id).order_by(ContactRow.id)
        return list(self._session.scalars(query))

    def lineage(self, contact_ids: Collection[int]) -> dict[int, int | None]:
        result: dict[int, int | None] = {}
        for batch in _chunks(contact_ids):
            up = (
                select(ContactRow.id, ContactRow.reports_to_id)
                .where(ContactRow.id.in_(batch))
                .cte("lineage", recursive=True)
            )
            manager = aliased(ContactRow)
            up = up.union(select(manager.id, manager.reports_to_id).where(manager.id == up.c.reports_to_id))
            result.update({i: m for i, m in self._session.execute(select(up.c.id, up.c.reports_to_id))})
        return result


def _link(row: Any) -> ContactLink:
    return ContactLink(row.source_id, row.target_id, LinkKind(row.kind), row.strength, row.note, row.id)


def _link_values(link: ContactLink) -> dict[str, Any]:
    values: dict[str, Any] = {
        "source_id": link.source_id,
        "target_id": link.target_id,
        "kind": link.kind.value,
        "strength": link.strength,
        "note": link.note,
    }
    if link.id is not None:
        values["id"] = link.id
    return values


class SqlContactLinkRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, link_id: int) -> ContactLink | None:
        row = self._session.get(ContactLinkRow, link_id)
        return None if row is None else _link(row)

    def add(self, link: ContactLink) -> int:
        row = ContactLinkRow(**_link_values(link))
        self._session.add(row)
        self._session.flush()
        return row.id

    def add_many(self, links: Iterable[ContactLink]) -> None:
        rows = [_link_values(link) for link in links]
        if rows and any("id" not in r for r in rows):
            next_id = int(self._session.scalar(select(func.coalesce(func.max(ContactLinkRow.id), 0))) or 0)
            for row in rows:
                if "id" not in row:
                    next_id += 1
                    row["id"] = next_id
        _bulk_insert(self._session, ContactLinkRow, rows)

    def update(self, link: ContactLink) -> None:
        values = _link_values(link)
        values.pop("id", None)
        self._session.execute(update(ContactLinkRow).where(ContactLinkRow.id == link.id).values(**values))

    def update_many(self, links: Iterable[ContactLink]) -> None:
        _core_update_many(self._session, ContactLinkRow, [_link_values(link) for link in links])

    def delete(self, link_ids: Collection[int]) -> None:
        for batch in _chunks(link_ids):
            self._session.execute(delete(ContactLinkRow).where(ContactLinkRow.id.in_(batch)))

    def all(self) -> list[ContactLink]:
        table = _table(ContactLinkRow)
        return [_link(r) for r in self._session.execute(select(table).order_by(table.c.id))]

    def for_contacts(self, contact_ids: Collection[int]) -> list[ContactLink]:
        table = _table(ContactLinkRow)
        found: dict[int, ContactLink] = {}
        for batch in _chunks(contact_ids):
            query = select(table).where(or_(table.c.source_id.in_(batch), table.c.target_id.in_(batch)))
            found.update((r.id, _link(r)) for r in self._session.execute(query))
        return [found[i] for i in sorted(found)]


class SqlSnapshotRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, snapshot: Snapshot) -> int:
        values: dict[str, Any] = {
            "account_id": snapshot.account_id,
            "taken_on": snapshot.taken_on,
            "label": snapshot.label,
            "created_at": snapshot.created_at or datetime.now(UTC).replace(tzinfo=None, microsecond=0),
        }
        if snapshot.id is not None:
            values["id"] = snapshot.id
        row = PowerMapSnapshotRow(**values)
        self._session.add(row)
        self._session.flush()
        entries = [
            {
                "snapshot_id": row.id,
                "contact_key": e.contact_key,
                "name": e.name,
                "title": e.title,
                "department": e.department,
                "manager_key": e.manager_key,
                "buying_role": None if e.buying_role is None else e.buying_role.value,
                "influence": e.influence,
                "attitude": None if e.attitude is None else int(e.attitude),
                "layer": None if e.layer is None else e.layer.value,
                "owner_name": e.owner_name,
                "strength": None if e.strength is None else int(e.strength),
            }
            for e in snapshot.entries
        ]
        _bulk_insert(self._session, PowerMapSnapshotEntryRow, entries)
        return row.id

    def add_many(self, snapshots: Iterable[Snapshot]) -> None:
        for snapshot in snapshots:
            self.add(snapshot)

    def get(self, snapshot_id: int) -> Snapshot | None:
        found = self._load(PowerMapSnapshotRow.id == snapshot_id)
        return found[0] if found else None

    def for_account(self, account_id: int) -> list[Snapshot]:
        return self._load(PowerMapSnapshotRow.account_id == account_id)

    def for_accounts(self, account_ids: Collection[int]) -> list[Snapshot]:
        found: list[Snapshot] = []
        for batch in _chunks(account_ids):
            found.extend(self._load(PowerMapSnapshotRow.account_id.in_(batch)))
        return found

    def all(self) -> list[Snapshot]:
        return self._load(None)

    def delete(self, snapshot_ids: Collection[int]) -> None:
        for batch in _chunks(snapshot_ids):
            self._session.execute(delete(PowerMapSnapshotRow).where(PowerMapSnapshotRow.id.in_(batch)))

    def _load(self, condition: Any) -> list[Snapshot]:
        head = _table(PowerMapSnapshotRow)
        query = select(head)
        if condition is not None:
            query = query.where(condition)
        snapshots = {
            r.id: Snapshot(r.account_id, r.taken_on, r.label, [], r.created_at, r.id)
            for r in self._session.execute(query.order_by(head.c.taken_on, head.c.id))
        }
        entry = _table(PowerMapSnapshotEntryRow)
        for batch in _chunks(list(snapshots)):
            rows = self._session.execute(
                select(entry).where(entry.c.snapshot_id.in_(batch)).order_by(entry.c.snapshot_id, entry.c.contact_key)
            )
            for r in rows:
                snapshots[r.snapshot_id].entries.append(
                    SnapshotEntry(
                        r.contact_key,
                        r.name,
                        r.title,
                        r.department,
                        r.manager_key,
                        _ROLES.get(r.buying_role),
                        r.influence,
                        _ATTITUDES.get(r.attitude),
                        _LAYERS.get(r.layer),
                        r.owner_name,
                        _STRENGTHS.get(r.strength),
                    )
                )
        return list(snapshots.values())


def roles_text(roles: Iterable[TriangleRole]) -> str:
    """How a member's roles are stored: their values in AR, SR, FR order, comma-separated."""
    held = set(roles)
    return ",".join(r.value for r in TRIANGLE_ROLES if r in held)


def roles_from_text(text: str | None) -> frozenset[TriangleRole]:
    return frozenset(TriangleRole(part) for part in (text or "").split(",") if part)


def _member_values(m: TeamMember) -> dict[str, Any]:
    values: dict[str, Any] = {
        "key": m.key,
        "name": m.name,
        "email": m.email,
        "active": m.active,
        "roles": roles_text(m.roles),
        "region": m.region,
        "capacity": float(m.capacity),
    }
    if m.id:
        values["id"] = m.id
    return values


def _member(r: Any) -> TeamMember:
    return TeamMember(
        id=r.id,
        key=r.key,
        name=r.name,
        email=r.email,
        active=r.active,
        roles=roles_from_text(r.roles),
        region=r.region,
        capacity=r.capacity,
    )


class SqlTeamRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, member: TeamMember) -> int:
        row = _with_ids_and_keys(self._session, TeamMemberRow, "team_member", [_member_values(member)])[0]
        _bulk_insert(self._session, TeamMemberRow, [row])
        return int(row["id"])

    def add_many(self, members: Iterable[TeamMember]) -> None:
        values = [_member_values(m) for m in members]
        _bulk_insert(
            self._session, TeamMemberRow, _with_ids_and_keys(self._session, TeamMemberRow, "team_member", values)
        )

    def update_many(self, members: Iterable[TeamMember]) -> None:
        _core_update_many(self._session, TeamMemberRow, [_member_values(m) for m in members])

    def all(self) -> list[TeamMember]:
        table = _table(TeamMemberRow)
        rows = self._session.execute(select(table).order_by(table.c.name, table.c.id))
        return [_member(r) for r in rows]

    def get(self, member_id: int) -> TeamMember | None:
        table = _table(TeamMemberRow)
        row = self._session.execute(select(table).where(table.c.id == member_id)).first()
        return None if row is None else _member(row)

    def key_in_use(self, key: str, except_id: int | None = None) -> bool:
        query = select(TeamMemberRow.id).where(TeamMemberRow.key == key)
        if except_id is not None:
            query = query.where(TeamMemberRow.id != except_id)
        return self._session.scalar(query.limit(1)) is not None

    def delete(self, member_ids: Collection[int]) -> None:
        for batch in _chunks(member_ids):
            self._session.execute(delete(TeamMemberRow).where(TeamMemberRow.id.in_(batch)))


def _assignment(r: Any) -> Assignment:
    return Assignment(r.account_id, TriangleRole(r.role), r.member_id, r.start_on, r.end_on, r.id)


def _assignment_values(a: Assignment) -> dict[str, Any]:
    values: dict[str, Any] = {
        "account_id": a.account_id,
        "role": a.role.value,
        "member_id": a.member_id,
        "start_on": a.start,
        "end_on": a.end,
    }
    if a.id is not None:
        values["id"] = a.id
    return values


def _next_ids(session: Session, model: Any, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give rows without an id the next free ids."""
    if any("id" not in r for r in rows):
        stored = int(session.scalar(select(func.coalesce(func.max(model.id), 0))) or 0)
        next_id = max([stored, *(r["id"] for r in rows if "id" in r)])
        for row in rows:
            if "id" not in row:
                next_id += 1
                row["id"] = next_id
    return rows


class SqlAssignmentRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def _select(self) -> Select[Any]:
        table = _table(AssignmentRow)
        return select(table).order_by(table.c.account_id, table.c.role, table.c.start_on, table.c.id)

    def get(self, assignment_id: int) -> Assignment | None:
        row = self._session.execute(self._select().where(AssignmentRow.id == assignment_id)).first()
        return None if row is None else _assignment(row)

    def add(self, assignment: Assignment) -> int:
        row = _next_ids(self._session, AssignmentRow, [_assignment_values(assignment)])[0]
        _bulk_insert(self._session, AssignmentRow, [row])
        return int(row["id"])

    def add_many(self, assignments: Iterable[Assignment]) -> None:
        rows = _next_ids(self._session, AssignmentRow, [_assignment_values(a) for a in assignments])
        _bulk_insert(self._session, AssignmentRow, rows)

    def update(self, assignment: Assignment) -> None:
        _core_update_many(self._session, AssignmentRow, [_assignment_values(assignment)])

    def update_many(self, assignments: Iterable[Assignment]) -> None:
        _core_update_many(self._session, AssignmentRow, [_assignment_values(a) for a in assignments])

    def delete(self, assignment_ids: Collection[int]) -> None:
        for batch in _chunks(assignment_ids):
            self._session.execute(delete(AssignmentRow).where(AssignmentRow.id.in_(batch)))

    def all(self) -> list[Assignment]:
        return [_assignment(r) for r in self._session.execute(self._select())]

    def for_accounts(self, account_ids: Collection[int]) -> list[Assignment]:
        found: list[Assignment] = []
        for batch in _chunks(account_ids):
            rows = self._session.execute(self._select().where(AssignmentRow.account_id.in_(batch)))
            found.extend(_assignment(r) for r in rows)
        found.sort(key=lambda a: (a.account_id, a.role.value, a.start, a.id or 0))
        return found

    def current(self) -> list[Assignment]:
        return [_assignment(r) for r in self._session.execute(self._select().where(AssignmentRow.end_on.is_(None)))]

    def current_for_member(self, member_id: int) -> list[Assignment]:
        query = self._select().where(AssignmentRow.end_on.is_(None), AssignmentRow.member_id == member_id)
        return [_assignment(r) for r in self._session.execute(query)]


class SqlTransactionRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    @staticmethod
    def _values(t: Transaction) -> dict[str, Any]:
        row: dict[str, Any] = {
            "account_id": t.account_id,
            "key": t.key,
            "booked_on": t.date,
            "amount_cents": to_cents(t.amount),
            "due_on": t.due_date,
            "paid_on": t.paid_date,
        }
        if t.id is not None:
            row["id"] = t.id
        return row

    _SELECT = "SELECT id, key, account_id, booked_on, amount_cents, due_on, paid_on FROM account_transaction"

    def all(self, after_id: int = 0, limit: int | None = None) -> list[Transaction]:
        raw = _raw_rows(self._session, _page(self._SELECT, after_id, limit))
        if raw is not None:
            return self._from_raw(raw)
        table = _table(TransactionRow)
        statement = _paged(select(table), table.c.id, after_id, limit)
        return [self._record(r) for r in self._session.execute(statement).all()]

    @staticmethod
    def _from_raw(raw: list[Any]) -> list[Transaction]:
        cents = Decimal
        return [
            Transaction(
                account_id=a,
                date=date.fromisoformat(d),
                amount=cents(m).scaleb(-2),
                due_date=_day(u),
                paid_date=_day(p),
                key=k,
                id=i,
            )
            for i, k, a, d, m, u, p in raw
        ]

    @staticmethod
    def _record(r: Any) -> Transaction:
        return Transaction(
            id=r.id,
            key=r.key,
            account_id=r.account_id,
            date=r.booked_on,
            amount=from_cents(r.amount_cents) or Decimal(0),
            due_date=r.due_on,
            paid_date=r.paid_on,
        )

    def update_many(self, transactions: Iterable[Transaction]) -> None:
        for batch in _chunks([self._values(t) for t in transactions]):
            _core_update_many(self._session, TransactionRow, batch)

    def add_many(self, transactions: Iterable[Transaction]) -> None:
        items = list(transactions)
        if all(t.id is not None and t.key for t in items):
            # An import's orders come with ids and keys: tuples, a batch at a
            # time, so that a big import never holds a converted copy of them all.
            columns = ("id", "key", "account_id", "booked_on", "amount_cents", "due_on", "paid_on")
            for start in range(0, len(items), INSERT_BATCH):
                rows = [
                    (t.id, t.key, t.account_id, t.date, to_cents(t.amount), t.due_date, t.paid_date)
                    for t in items[start : start + INSERT_BATCH]
                ]
                _insert_tuples(self._session, TransactionRow, columns, rows)
            return
        values = [self._values(t) for t in items]
        values = _with_ids_and_keys(self._session, TransactionRow, "transaction", values)
        _bulk_insert(self._session, TransactionRow, values)

    def by_keys(self, keys: Collection[str]) -> list[Transaction]:
        return _by_keys(self._session, keys, self._SELECT, self._from_raw, TransactionRow, self._record)

    def max_id(self) -> int:
        return int(self._session.scalar(select(func.coalesce(func.max(TransactionRow.id), 0))) or 0)

    def for_accounts(self, account_ids: Collection[int]) -> list[Transaction]:
        found: list[Transaction] = []
        for batch in _chunks(account_ids):
            rows = self._session.scalars(
                select(TransactionRow).where(TransactionRow.account_id.in_(batch)).order_by(TransactionRow.id)
            )
            found.extend(self._record(r) for r in rows)
        return found

    def totals(self, account_ids: Collection[int]) -> dict[int, tuple[int, Decimal]]:
        result: dict[int, tuple[int, Decimal]] = {}
        for batch in _chunks(account_ids):
            rows = self._session.execute(
                select(TransactionRow.account_id, func.count(), func.sum(TransactionRow.amount_cents))
                .where(TransactionRow.account_id.in_(batch))
                .group_by(TransactionRow.account_id)
            )
            for account_id, count, cents in rows:
                result[account_id] = (int(count), from_cents(int(cents or 0)) or Decimal(0))
        return result


class SqlInteractionRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    @staticmethod
    def _values(i: Interaction) -> dict[str, Any]:
        row: dict[str, Any] = {
            "account_id": i.account_id,
            "key": i.key,
            "contact_id": i.contact_id,
            "occurred_on": i.date,
            "kind": i.kind.value,
            "note": i.note,
        }
        if i.id is not None:
            row["id"] = i.id
        return row

    @staticmethod
    def _record(r: Any) -> Interaction:
        return Interaction(
            id=r.id,
            key=r.key,
            account_id=r.account_id,
            contact_id=r.contact_id,
            date=r.occurred_on,
            kind=InteractionKind(r.kind),
            note=r.note,
        )

    _SELECT = "SELECT id, key, account_id, contact_id, occurred_on, kind, note FROM interaction"

    @staticmethod
    def _from_raw(raw: list[Any]) -> list[Interaction]:
        return [
            Interaction(
                account_id=a,
                date=date.fromisoformat(d),
                kind=InteractionKind(k),
                contact_id=c,
                note=n,
                key=key,
                id=i,
            )
            for i, key, a, c, d, k, n in raw
        ]

    def all(self, after_id: int = 0, limit: int | None = None) -> list[Interaction]:
        raw = _raw_rows(self._session, _page(self._SELECT, after_id, limit))
        if raw is not None:
            return self._from_raw(raw)
        table = _table(InteractionRow)
        statement = _paged(select(table), table.c.id, after_id, limit)
        return [self._record(r) for r in self._session.execute(statement).all()]

    def update_many(self, interactions: Iterable[Interaction]) -> None:
        for batch in _chunks([self._values(i) for i in interactions]):
            _core_update_many(self._session, InteractionRow, batch)

    def add_many(self, interactions: Iterable[Interaction]) -> None:
        values = [self._values(i) for i in interactions]
        values = _with_ids_and_keys(self._session, InteractionRow, "interaction", values)
        _bulk_insert(self._session, InteractionRow, values)

    def by_keys(self, keys: Collection[str]) -> list[Interaction]:
        return _by_keys(self._session, keys, self._SELECT, self._from_raw, InteractionRow, self._record)

    def max_id(self) -> int:
        return int(self._session.scalar(select(func.coalesce(func.max(InteractionRow.id), 0))) or 0)

    def for_accounts(self, account_ids: Collection[int]) -> list[Interaction]:
        found: list[Interaction] = []
        for batch in _chunks(account_ids):
            rows = self._session.scalars(
                select(InteractionRow).where(InteractionRow.account_id.in_(batch)).order_by(InteractionRow.id)
            )
            found.extend(self._record(r) for r in rows)
        return found

    def latest_by_contact(self, contact_ids: Collection[int]) -> dict[int, date]:
        """The date of each contact's latest interaction (contacts with none are left out)."""
        result: dict[int, date] = {}
        for batch in _chunks(contact_ids):
            rows = self._session.execute(
                select(InteractionRow.contact_id, func.max(InteractionRow.occurred_on))
                .where(InteractionRow.contact_id.in_(batch))
                .group_by(InteractionRow.contact_id)
            )
            for contact_id, day in rows:
                found = _day(day)
                if contact_id is not None and found is not None:
                    result[contact_id] = found
        return result

    def with_contact(self, contact_id: int) -> list[int]:
        query = select(InteractionRow.id).where(InteractionRow.contact_id == contact_id).order_by(InteractionRow.id)
        return list(self._session.scalars(query))

    def set_contact(self, interaction_ids: Collection[int], contact_id: int | None) -> None:
        for batch in _chunks(interaction_ids):
            self._session.execute(
                update(InteractionRow).where(InteractionRow.id.in_(batch)).values(contact_id=contact_id)
            )

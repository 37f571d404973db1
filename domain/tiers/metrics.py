"""Tiering metrics: what each account did in the window, ready for the models.

Storage turns transactions and interactions into per-account SQL aggregates,
held column by column (:class:`ActivityColumns`, one :class:`AccountActivity`
per account when asked for); :func:`metrics_table` turns those into a
:class:`MetricsTable` of :class:`AccountMetrics` (:func:`compute_metrics`: the
same as a list), optionally rolling each customer group up into its root.
Columns because classification runs over 100,000 accounts at once and each
model reads only a few fields: a whole column is one C-level pass, and no
per-account record is made for fields nobody reads. Money stays in integer
cents and rates in floats here; :class:`~decimal.Decimal` appears only in the
display properties.
"""

from __future__ import annotations

import calendar
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date
from decimal import Decimal
from itertools import compress, islice, repeat
from operator import is_not, itemgetter, lt, mul, ne, not_, truediv
from types import MappingProxyType
from typing import Any, NamedTuple, overload

from domain.bulk import collector_paused
from domain.errors import ValidationError

MIN_WINDOW_MONTHS = 1
MAX_WINDOW_MONTHS = 36
_CENT = Decimal("0.01")


def window_start(as_of: date, months: int) -> date:
    """The exclusive start of a window of ``months`` calendar months ending on ``as_of``.

    The window is ``window_start < day <= as_of``. The day of month is kept and
    clamped to the end of a shorter month (31 March back one month is 29 or 28
    February). Raises :class:`ValidationError` (field ``window_months``) unless
    ``months`` is a whole number from 1 to 36.
    """
    if isinstance(months, bool) or not isinstance(months, int) or not MIN_WINDOW_MONTHS <= months <= MAX_WINDOW_MONTHS:
        raise ValidationError("window_months", f"The window must be {MIN_WINDOW_MONTHS} to {MAX_WINDOW_MONTHS} months, "
                              f"not {months!r}.", value=repr(months), reason="out_of_range")
    year, month0 = divmod(as_of.year * 12 + as_of.month - 1 - months, 12)
    if year < 1:
        raise ValidationError("as_of", "The window would start before year 1.", value=as_of.isoformat(),
                              reason="out_of_range")
    return date(year, month0 + 1, min(as_of.day, calendar.monthrange(year, month0 + 1)[1]))


class AccountActivity(NamedTuple):
    """One account's raw aggregates over the window (and the window before it).

    A named tuple rather than a frozen dataclass: a tuple is several times
    cheaper to create for 100,000 accounts (:meth:`ActivityColumns.rows`).

    The window is ``window_start < day <= as_of``; the previous window is the
    same length just before it. ``last_order`` is the latest order on or before
    ``as_of`` of any age (for recency); ``first_order`` the earliest in the window.
    ``delay_days_total`` sums, over due orders in the window, the days paid late
    (unpaid orders count as late until ``as_of``). ``applied_tier`` is the tier
    the account has now (``None``: never classified), read with the activity so
    that a preview compares with the same moment.
    """

    account_id: int
    key: str
    name: str
    parent_id: int | None
    lifecycle: str
    revenue_cents: int
    orders: int
    first_order: date | None
    last_order: date | None
    due_orders: int
    on_time_orders: int
    delay_days_total: int
    interactions: int
    feedback: int
    referrals: int
    prev_revenue_cents: int
    prev_orders: int
    prev_due_orders: int
    prev_delay_days_total: int
    industry: str
    employees: int | None
    annual_revenue_cents: int | None
    industry_growth_pct: float | None
    decision_nodes: int | None
    industry_leader: bool | None
    applied_tier: str | None = None


class AccountMetrics(NamedTuple):
    """The tiering inputs of one account (or one whole group when rolled up).

    Immutable; a named tuple for the same speed reason as :class:`AccountActivity`.

    Units: money in integer cents (``revenue`` gives yuan as Decimal), shares
    and rates as fractions 0..1, growth in percent, ``size_percentile`` 0..100
    within the industry (100 = largest). ``None`` means the input is unknown:
    ``mean_days_between_orders`` needs two orders in the window,
    ``on_time_rate``/``avg_delay_days`` need a due order, ``days_since_last_order``
    needs any order ever, ``revenue_growth_pct`` needs positive previous revenue,
    ``size_percentile`` needs an industry and an annual revenue or staff count
    (ranked by revenue among peers with a known revenue, else by staff among
    peers with only a staff count; ties at mid-rank, a lone firm at 50).
    ``member_count`` is how many entities were rolled up into this one (1 alone).
    """

    account_id: int
    key: str
    name: str
    lifecycle: str
    industry: str
    member_count: int
    revenue_cents: int
    revenue_share: float
    orders: int
    mean_days_between_orders: float | None
    repeat_purchases: int
    on_time_rate: float | None
    days_since_last_order: int | None
    interactions_per_year: float
    feedback: int
    referrals: int
    industry_growth_pct: float | None
    size_percentile: float | None
    decision_nodes: int | None
    industry_leader: bool | None
    prev_orders: int
    avg_delay_days: float | None
    prev_avg_delay_days: float | None
    prev_revenue_cents: int
    revenue_growth_pct: float | None

    @property
    def revenue(self) -> Decimal:
        """Window revenue in yuan."""
        return Decimal(self.revenue_cents).scaleb(-2)

    @property
    def prev_revenue(self) -> Decimal:
        """Previous window's revenue in yuan."""
        return Decimal(self.prev_revenue_cents).scaleb(-2)

    @property
    def average_order(self) -> Decimal | None:
        """Average order in yuan (rounded half-even to the cent); ``None`` without orders."""
        if self.orders <= 0:
            return None
        return (Decimal(self.revenue_cents) / self.orders / 100).quantize(_CENT)

    @property
    def ever_ordered(self) -> bool:
        return self.days_since_last_order is not None



#: The inputs storage can read into :class:`ActivityColumns` besides each account's
#: identity (id, key, name, parent, lifecycle, applied tier) and window revenue, which it always reads.
#: The fields of an input left out are 0 (counts), ``None`` (dates, potential inputs)
#: or ``""`` (industry).
ACTIVITY_INPUTS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "orders": ("orders",),
    "first_order": ("first_order",),
    "last_order": ("last_order",),
    "payments": ("due_orders", "on_time_orders"),
    "delays": ("delay_days_total",),
    "behaviour": ("interactions", "feedback", "referrals"),
    "previous": ("prev_revenue_cents", "prev_orders", "prev_due_orders", "prev_delay_days_total"),
    "potential": ("industry", "employees", "annual_revenue_cents", "industry_growth_pct", "decision_nodes",
                  "industry_leader"),
})


class ActivityColumns:
    """The activity of many accounts held column by column: one tuple per :class:`AccountActivity` field.

    Position ``i`` of every column belongs to the same account. Storage builds
    this straight from query results (a transposed result is already a set of
    columns), so no per-account record is made for a field nobody reads.
    Immutable. Raises ``ValueError`` unless every field of
    :class:`AccountActivity` is given and all columns have the same length.
    """

    __slots__ = ("_columns", "_compute", "_length")

    FIELDS: tuple[str, ...] = AccountActivity._fields

    def __init__(self, columns: Mapping[str, Sequence[Any]]) -> None:
        missing = [name for name in self.FIELDS if name not in columns]
        unknown = [name for name in columns if name not in self.FIELDS]
        if missing or unknown:
            raise ValueError(f"activity columns: missing {missing}, unknown {unknown}")
        self._columns = {name: tuple(columns[name]) for name in self.FIELDS}
        lengths = {len(column) for column in self._columns.values()}
        if len(lengths) > 1:
            raise ValueError(f"activity columns of different lengths: {sorted(lengths)}")
        self._length = lengths.pop()
        self._compute: Callable[[str], Sequence[Any]] | None = None

    @classmethod
    def _derived(cls, length: int, compute: Callable[[str], Sequence[Any]]) -> ActivityColumns:
        """Columns made by ``compute(field)`` the first time each is read (the group roll-up)."""
        derived = cls.__new__(cls)
        derived._columns = {}
        derived._compute = compute
        derived._length = length
        return derived

    @classmethod
    def from_rows(cls, rows: Iterable[AccountActivity]) -> ActivityColumns:
        """The columns of ``rows``, in their order."""
        rows = list(rows)
        if not rows:
            return cls({name: () for name in cls.FIELDS})
        return cls(dict(zip(cls.FIELDS, zip(*rows, strict=True), strict=True)))

    def __len__(self) -> int:
        return self._length

    def column(self, name: str) -> tuple[Any, ...]:
        """The values of one field, in account order; ``KeyError`` for an unknown field."""
        column = self._columns.get(name)
        if column is None:
            if self._compute is None or name not in self.FIELDS:
                raise KeyError(name)
            column = tuple(self._compute(name))
            if len(column) != self._length:
                raise ValueError(f"activity column {name} has {len(column)} values, not {self._length}")
            self._columns[name] = column
        return column

    def rows(self) -> list[AccountActivity]:
        """One :class:`AccountActivity` per account, in order."""
        if not self._length:
            return []
        columns = [self.column(name) for name in self.FIELDS]
        return list(map(tuple.__new__, repeat(AccountActivity), zip(*columns, strict=True)))


# How each metric follows from the (rolled-up) activity of one account: the activity
# fields it reads and a function of their values. Fields named alike are copied;
# ``member_count`` and ``size_percentile`` are computed over the whole portfolio.
# A single row is computed with these functions; a whole column with them too, or
# with a rewrite of the same arithmetic that runs in fewer Python steps
# (MetricsTable._compute_column; the tests check that rows and columns agree).


def _mean_days(first: date | None, last: date | None, orders: int) -> float | None:
    return (last - first).days / (orders - 1) if orders > 1 and first is not None and last is not None else None


def _repeat_purchases(orders: int) -> int:
    return orders - 1 if orders > 1 else 0


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole > 0 else None


def _growth(revenue: int, prev_revenue: int) -> float | None:
    return (revenue - prev_revenue) * 100.0 / prev_revenue if prev_revenue > 0 else None


_Recipe = tuple[tuple[str, ...], Callable[..., Any]]
_COPIED = frozenset(AccountMetrics._fields) & frozenset(AccountActivity._fields)


class MetricsTable(Sequence[AccountMetrics]):
    """The metrics of a portfolio, kept as columns; an :class:`AccountMetrics` row is built when asked for.

    What :func:`compute_metrics` returns as a list, in the same order and with
    the same values, but a model reads only the columns it needs
    (:meth:`column`) and no per-account record is made for the others. Indexing
    and iterating give :class:`AccountMetrics`. Made by :func:`metrics_table`;
    immutable (columns are computed once, on first use, and kept).
    """

    def __init__(
        self,
        activity: ActivityColumns,
        member_count: Sequence[int],
        *,
        as_of: date,
        window_months: int,
        total_revenue: int,
        size_percentile: Sequence[float | None] | None,
    ) -> None:
        n = len(activity)
        self._activity = activity
        self._length = n
        self._cache: dict[str, tuple[Any, ...]] = {
            "member_count": tuple(member_count),
            "size_percentile": (None,) * n if size_percentile is None else tuple(size_percentile),
        }
        if len(self._cache["member_count"]) != n or len(self._cache["size_percentile"]) != n:
            raise ValueError("metrics columns of different lengths")
        self._total = total_revenue
        self._per_year = 12.0 / window_months
        total, per_year = total_revenue, self._per_year

        def recency(last: date | None) -> int | None:
            # Clamped: an order dated after as_of would be a storage bug, not "negative recency".
            return None if last is None else max((as_of - last).days, 0)

        self._recipes: dict[str, _Recipe] = {
            "revenue_share": (("revenue_cents",), (lambda r: r / total) if total > 0 else (lambda r: 0.0)),
            "mean_days_between_orders": (("first_order", "last_order", "orders"), _mean_days),
            "repeat_purchases": (("orders",), _repeat_purchases),
            "on_time_rate": (("on_time_orders", "due_orders"), _ratio),
            "days_since_last_order": (("last_order",), recency),
            "interactions_per_year": (("interactions",), lambda count: count * per_year),
            "avg_delay_days": (("delay_days_total", "due_orders"), _ratio),
            "prev_avg_delay_days": (("prev_delay_days_total", "prev_due_orders"), _ratio),
            "revenue_growth_pct": (("revenue_cents", "prev_revenue_cents"), _growth),
        }

    def __len__(self) -> int:
        return self._length

    def column(self, name: str) -> tuple[Any, ...]:
        """One metric of every account, in order (an :class:`AccountMetrics` field name; ``KeyError`` otherwise)."""
        cached = self._cache.get(name)
        if cached is None:
            cached = self._cache[name] = self._compute_column(name)
        return cached

    def _compute_column(self, name: str) -> tuple[Any, ...]:
        if name in _COPIED:
            return self._activity.column(name)
        sources, function = self._recipes[name]
        columns = [self._activity.column(source) for source in sources]
        n = self._length
        # Shortcuts that give exactly what ``function`` gives, one C-level pass each.
        if function is _ratio and not any(columns[1]):
            return (None,) * n  # nothing due: unknown everywhere (also when payments were not read)
        if function is _growth and not any(columns[1]):
            return (None,) * n
        if name == "revenue_share" and self._total > 0:
            return tuple(map(truediv, columns[0], repeat(self._total)))
        if name == "interactions_per_year":
            return tuple(map(mul, columns[0], repeat(self._per_year)))
        if name == "days_since_last_order":
            # A few hundred distinct days stand for 100,000 accounts: compute each day once.
            days = {day: function(day) for day in set(columns[0])}
            return tuple(map(days.__getitem__, columns[0]))
        if name == "mean_days_between_orders":
            if not any(columns[0]):
                return (None,) * n  # no first order known (also when it was not read)
            # (last - first).days is the difference of the days' ordinals; each distinct day converted once.
            ordinal = {day: day.toordinal() for day in {*columns[0], *columns[1]} if day is not None}
            return tuple(
                (ordinal[last] - ordinal[first]) / (orders - 1)
                if orders > 1 and first is not None and last is not None
                else None
                for first, last, orders in zip(*columns, strict=True)
            )
        if function is _ratio:
            return tuple(part / whole if whole > 0 else None for part, whole in zip(*columns, strict=True))
        if function is _repeat_purchases:
            return tuple(orders - 1 if orders > 1 else 0 for orders in columns[0])
        return tuple(map(function, *columns))

    def _value(self, name: str, index: int) -> Any:
        cached = self._cache.get(name)
        if cached is not None:
            return cached[index]
        if name in _COPIED:
            return self._activity.column(name)[index]
        sources, function = self._recipes[name]
        return function(*(self._activity.column(source)[index] for source in sources))

    @overload
    def __getitem__(self, index: int) -> AccountMetrics: ...

    @overload
    def __getitem__(self, index: slice) -> list[AccountMetrics]: ...

    def __getitem__(self, index: int | slice) -> AccountMetrics | list[AccountMetrics]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("metrics index out of range")
        return tuple.__new__(AccountMetrics, [self._value(name, index) for name in AccountMetrics._fields])

    def __iter__(self) -> Iterator[AccountMetrics]:
        if not self._length:
            return iter(())
        columns = [self.column(name) for name in AccountMetrics._fields]
        return map(tuple.__new__, repeat(AccountMetrics), zip(*columns, strict=True))


def metric_column(metrics: Sequence[AccountMetrics], name: str) -> Sequence[Any]:
    """One :class:`AccountMetrics` field of every account in ``metrics``, in order.

    Reads the column of a :class:`MetricsTable` without building its rows;
    for any other sequence it collects the field from each row.
    """
    if isinstance(metrics, MetricsTable):
        return metrics.column(name)
    return list(map(itemgetter(AccountMetrics._fields.index(name)), metrics))


def metrics_table(
    activity: ActivityColumns,
    *,
    as_of: date,
    window_months: int,
    roll_up_groups: bool,
    size_percentiles: bool = True,
) -> MetricsTable:
    """The metrics of every account (every group root when rolled up), as a :class:`MetricsTable`.

    Same rules, order and values as :func:`compute_metrics`, which lists the rows of this table.
    """
    window_start(as_of, window_months)
    with collector_paused():
        total = sum(activity.column("revenue_cents"))
        if roll_up_groups:
            rows, counts = _roll_up(activity)
        else:
            rows, counts = activity, (1,) * len(activity)
        sizes = (
            _size_percentiles(rows.column("industry"), rows.column("employees"), rows.column("annual_revenue_cents"))
            if size_percentiles
            else None
        )
        return MetricsTable(
            rows, counts, as_of=as_of, window_months=window_months, total_revenue=total, size_percentile=sizes
        )


def compute_metrics(
    activities: Sequence[AccountActivity] | ActivityColumns,
    *,
    as_of: date,
    window_months: int,
    roll_up_groups: bool,
    size_percentiles: bool = True,
) -> list[AccountMetrics]:
    """Metrics for every account, in the order of ``activities``.

    With ``roll_up_groups`` each root of the customer tree is measured as a whole
    (sums over its whole subtree; earliest first order, latest last order;
    name, lifecycle and potential inputs of the root) and only roots are
    returned. An account whose parent is not among ``activities`` counts as a
    root; should a stored cycle appear, the account with the lowest id in it
    becomes the root instead of looping. Revenue shares are over the total of
    all ``activities``. Runs in linear time apart from sorting for the size
    percentiles. ``size_percentiles=False`` leaves ``size_percentile`` unknown
    (a model that does not use it skips the sorting). Raises
    :class:`ValidationError` for a bad ``window_months``.
    """
    columns = activities if isinstance(activities, ActivityColumns) else ActivityColumns.from_rows(activities)
    with collector_paused():
        return list(
            metrics_table(
                columns,
                as_of=as_of,
                window_months=window_months,
                roll_up_groups=roll_up_groups,
                size_percentiles=size_percentiles,
            )
        )


_SUMMED = frozenset((
    "revenue_cents", "orders", "due_orders", "on_time_orders", "delay_days_total", "interactions", "feedback",
    "referrals", "prev_revenue_cents", "prev_orders", "prev_due_orders", "prev_delay_days_total",
))  # fmt: skip

_UNRESOLVED = -1
_ON_PATH = -2


def _roots(ids: Sequence[int], parents: Sequence[int | None]) -> list[int]:
    """Position of each account's root, each parent chain walked once (path compression)."""
    n = len(ids)
    children = list(compress(range(n), map(is_not, parents, repeat(None))))  # the few with a parent
    position: Callable[[int], int | None]
    if all(map(lt, ids, islice(ids, 1, None))):
        # Ids in ascending order (as storage reads them): no duplicates, and a parent
        # is found by bisection without indexing every account.
        def position(parent_id: int) -> int | None:
            i = bisect_left(ids, parent_id)
            return i if i < n and ids[i] == parent_id else None
    else:
        index = dict(zip(ids, range(n), strict=True))
        if len(index) != n:
            raise ValueError("compute_metrics got the same account twice")
        position = index.get
    root = list(range(n))  # an account without a parent among ``ids`` is its own root
    up: dict[int, int] = {}
    for i in children:
        parent_id = parents[i]
        above = None if parent_id is None else position(parent_id)
        if above is not None:
            up[i] = above
            root[i] = _UNRESOLVED
    path: list[int] = []
    for start in up:
        if root[start] >= 0:
            continue
        path.clear()
        node = start
        while True:
            found = root[node]
            if found >= 0:
                break
            if found == _ON_PATH:
                # The chain came back to itself: break the loop at its lowest account id.
                cycle = path[path.index(node) :]
                found = min(cycle, key=ids.__getitem__)
                break
            root[node] = _ON_PATH
            path.append(node)
            node = up[node]  # only accounts with a parent are ever unresolved
        for i in path:
            root[i] = found
    return root


def _roll_up(activity: ActivityColumns) -> tuple[ActivityColumns, tuple[int, ...]]:
    """Each root with its whole subtree added in, and how many entities each covers.

    The columns of the roots are made when first read: a model that reads a few
    fields does not pay for rolling up the others.
    """
    ids = activity.column("account_id")
    root = _roots(ids, activity.column("parent_id"))
    n = len(ids)
    # Only the members of groups (a minority) are visited, and each adds into its root once.
    is_member = list(map(ne, root, range(n)))
    members = list(compress(range(n), is_member))
    if not members:
        return activity, (1,) * n
    roots_of_members = list(map(root.__getitem__, members))
    is_root = bytes(map(not_, is_member))  # compress() picks the roots' values at C speed
    counts = [1] * n
    for r in roots_of_members:
        counts[r] += 1

    def rolled_up(name: str) -> Sequence[Any]:
        column: Sequence[Any] = activity.column(name)
        if name in _SUMMED and any(map(column.__getitem__, members)):
            summed = list(column)
            for i, r in zip(members, roots_of_members, strict=True):
                summed[r] += column[i]
            column = summed
        elif name in ("first_order", "last_order"):
            earliest = name == "first_order"
            merged = list(column)
            for i, r in zip(members, roots_of_members, strict=True):
                day = column[i]
                if day is not None:
                    known = merged[r]
                    if known is None or (day < known if earliest else day > known):
                        merged[r] = day
            column = merged
        return tuple(compress(column, is_root))

    return ActivityColumns._derived(n - len(members), rolled_up), tuple(compress(counts, is_root))


def _size_percentiles(
    industries: Sequence[str], employees: Sequence[int | None], annual_revenues: Sequence[int | None]
) -> list[float | None]:
    """Percentile rank of each account's size among the same industry, ties at mid-rank.

    Size is annual revenue when known, else employees; accounts are compared
    only with peers of the same industry measured the same way. The rank is
    ``100 * (smaller + equal / 2) / peers`` (``equal`` counts the account
    itself), so a lone firm sits at 50 and the largest of ten at 95. Unknown
    when the industry is blank or neither size is known.
    """
    # Accounts measured by revenue and by staff are ranked apart: two dicts keyed by industry.
    by_revenue: dict[str, tuple[list[int], list[int]]] = {}
    by_staff: dict[str, tuple[list[int], list[int]]] = {}
    for i, (industry, staff, annual_revenue) in enumerate(zip(industries, employees, annual_revenues, strict=True)):
        if not industry:
            continue
        if annual_revenue is not None:
            group = by_revenue.get(industry)
            if group is None:
                group = by_revenue[industry] = ([], [])
            group[0].append(i)
            group[1].append(annual_revenue)
        elif staff is not None:
            group = by_staff.get(industry)
            if group is None:
                group = by_staff[industry] = ([], [])
            group[0].append(i)
            group[1].append(staff)
    out: list[float | None] = [None] * len(industries)
    for members, values in (*by_revenue.values(), *by_staff.values()):
        ranks = _mid_ranks(values)
        scale = 100.0 / len(values)
        for i, value in zip(members, values, strict=True):
            out[i] = ranks[value] * scale
    return out


def _mid_ranks(values: list[int]) -> dict[int, float]:
    """Per distinct value: how many values are smaller, plus half of those equal to it."""
    counted = Counter(values)
    ranks: dict[int, float] = {}
    below = 0
    for value in sorted(counted):
        equal = counted[value]
        ranks[value] = below + equal / 2
        below += equal
    return ranks

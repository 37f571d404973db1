"""Tiering metrics: what each account did in the window, ready for the models.

Storage turns transactions and interactions into one :class:`AccountActivity`
per account with SQL aggregates; :func:`compute_metrics` turns those into
:class:`AccountMetrics`, optionally rolling each customer group up into its root.
Money stays in integer cents and rates in floats here, because this runs over
every account at once; :class:`~decimal.Decimal` appears only in the display
properties.
"""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from operator import add, itemgetter
from typing import NamedTuple

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

    A named tuple rather than a frozen dataclass: storage builds one per
    account (``AccountActivity._make(row)`` straight from a query row) and a
    tuple is several times cheaper to create for 100,000 accounts.

    The window is ``window_start < day <= as_of``; the previous window is the
    same length just before it. ``last_order`` is the latest order on or before
    ``as_of`` of any age (for recency); ``first_order`` the earliest in the window.
    ``delay_days_total`` sums, over due orders in the window, the days paid late
    (unpaid orders count as late until ``as_of``).
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


def compute_metrics(
    activities: Sequence[AccountActivity],
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
    window_start(as_of, window_months)
    with collector_paused():
        return _compute(activities, as_of, window_months, roll_up_groups, size_percentiles)


def _compute(
    activities: Sequence[AccountActivity],
    as_of: date,
    window_months: int,
    roll_up_groups: bool,
    size_percentiles: bool,
) -> list[AccountMetrics]:
    rows: Sequence[AccountActivity]
    counts: Sequence[int]
    if roll_up_groups:
        rows, counts = _roll_up(activities)
    else:
        rows, counts = activities, [1] * len(activities)
    sizes = _size_percentiles(rows) if size_percentiles else [None] * len(rows)
    total = sum(map(_REVENUE, activities))
    per_year = 12.0 / window_months

    out: list[AccountMetrics] = []
    append = out.append
    # tuple.__new__ skips the generated keyword __new__ of the named tuple, and
    # unpacking each activity into locals beats 25 attribute reads per account.
    new = tuple.__new__
    for (
        account_id, key, name, _parent_id, lifecycle, revenue, orders, first, last, due, on_time, delay,
        interactions, feedback, referrals, prev_revenue, prev_orders, prev_due, prev_delay, industry,
        _employees, _annual_revenue, growth, nodes, leader,
    ), count, size in zip(rows, counts, sizes, strict=True):
        if last is None:
            recency = None
        else:
            # Clamped: an order dated after as_of would be a storage bug, not "negative recency".
            recency = (as_of - last).days
            if recency < 0:
                recency = 0
        append(new(AccountMetrics, (
            account_id,
            key,
            name,
            lifecycle,
            industry,
            count,
            revenue,
            revenue / total if total > 0 else 0.0,
            orders,
            (last - first).days / (orders - 1) if orders > 1 and first is not None and last is not None else None,
            orders - 1 if orders > 1 else 0,
            on_time / due if due > 0 else None,
            recency,
            interactions * per_year,
            feedback,
            referrals,
            growth,
            size,
            nodes,
            leader,
            prev_orders,
            delay / due if due > 0 else None,
            prev_delay / prev_due if prev_due > 0 else None,
            prev_revenue,
            (revenue - prev_revenue) * 100.0 / prev_revenue if prev_revenue > 0 else None,
        )))
    return out


_REVENUE = itemgetter(AccountActivity._fields.index("revenue_cents"))
_SUMMED_INDEXES = tuple(AccountActivity._fields.index(name) for name in (
    "revenue_cents", "orders", "due_orders", "on_time_orders", "delay_days_total", "interactions", "feedback",
    "referrals", "prev_revenue_cents", "prev_orders", "prev_due_orders", "prev_delay_days_total",
))
_SUMMED = itemgetter(*_SUMMED_INDEXES)
_FIRST_ORDER = AccountActivity._fields.index("first_order")
_LAST_ORDER = AccountActivity._fields.index("last_order")

_UNRESOLVED = -1
_ON_PATH = -2


def _roots(activities: Sequence[AccountActivity]) -> list[int]:
    """Index of each activity's root, each parent chain walked once (path compression)."""
    n = len(activities)
    position = {a.account_id: i for i, a in enumerate(activities)}
    if len(position) != n:
        raise ValueError("compute_metrics got the same account twice")
    parent = [position.get(a.parent_id, -1) if a.parent_id is not None else -1 for a in activities]
    root = [_UNRESOLVED] * n
    path: list[int] = []
    for start in range(n):
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
                cycle = path[path.index(node):]
                found = min(cycle, key=lambda i: activities[i].account_id)
                break
            root[node] = _ON_PATH
            path.append(node)
            up = parent[node]
            if up < 0:
                found = node
                break
            node = up
        for i in path:
            root[i] = found
    return root


def _roll_up(activities: Sequence[AccountActivity]) -> tuple[list[AccountActivity], list[int]]:
    """Each root with its whole subtree added in, and how many entities each covers."""
    root = _roots(activities)
    # Every child adds into its root once, so the whole roll-up is linear.
    totals: dict[int, list[int]] = {}
    firsts: dict[int, date | None] = {}
    lasts: dict[int, date | None] = {}
    counts: dict[int, int] = {}
    for i, r in enumerate(root):
        if r == i:
            continue
        child = activities[i]
        total = totals.get(r)
        if total is None:
            parent = activities[r]
            total = totals[r] = list(_SUMMED(parent))
            firsts[r], lasts[r], counts[r] = parent.first_order, parent.last_order, 1
        total[:] = map(add, total, _SUMMED(child))
        counts[r] += 1
        first, last = child.first_order, child.last_order
        if first is not None:
            known = firsts[r]
            if known is None or first < known:
                firsts[r] = first
        if last is not None:
            known = lasts[r]
            if known is None or last > known:
                lasts[r] = last
    rows: list[AccountActivity] = []
    sizes: list[int] = []
    for i, a in enumerate(activities):
        if root[i] != i:
            continue
        total = totals.get(i)
        if total is None:
            rows.append(a)
            sizes.append(1)
            continue
        merged = list(a)
        for index, value in zip(_SUMMED_INDEXES, total, strict=True):
            merged[index] = value
        merged[_FIRST_ORDER] = firsts[i]
        merged[_LAST_ORDER] = lasts[i]
        rows.append(tuple.__new__(AccountActivity, merged))
        sizes.append(counts[i])
    return rows, sizes


def _size_percentiles(rows: Sequence[AccountActivity]) -> list[float | None]:
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
    for i, (industry, employees, annual_revenue) in enumerate(map(_SIZE_FIELDS, rows)):
        if not industry:
            continue
        if annual_revenue is not None:
            group = by_revenue.get(industry)
            if group is None:
                group = by_revenue[industry] = ([], [])
            group[0].append(i)
            group[1].append(annual_revenue)
        elif employees is not None:
            group = by_staff.get(industry)
            if group is None:
                group = by_staff[industry] = ([], [])
            group[0].append(i)
            group[1].append(employees)
    out: list[float | None] = [None] * len(rows)
    for members, values in (*by_revenue.values(), *by_staff.values()):
        ranks = _mid_ranks(values)
        scale = 100.0 / len(values)
        for i, value in zip(members, values, strict=True):
            out[i] = ranks[value] * scale
    return out


_SIZE_FIELDS = itemgetter(*(AccountActivity._fields.index(name) for name in (
    "industry", "employees", "annual_revenue_cents")))


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

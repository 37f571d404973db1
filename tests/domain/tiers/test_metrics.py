from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.errors import ValidationError
from domain.tiers import AccountMetrics, compute_metrics, window_start
from domain.tiers.metrics import ActivityColumns, metric_column, metrics_table
from tests.domain.tiers.helpers import AS_OF, activity, by_id


@pytest.mark.parametrize(("as_of", "months", "start"), [
    (date(2024, 6, 30), 12, date(2023, 6, 30)),
    (date(2024, 3, 31), 1, date(2024, 2, 29)),   # clamped to a leap February
    (date(2023, 3, 31), 1, date(2023, 2, 28)),
    (date(2024, 1, 15), 1, date(2023, 12, 15)),  # across a year end
    (date(2024, 2, 29), 12, date(2023, 2, 28)),
    (date(2024, 12, 31), 36, date(2021, 12, 31)),
])
def test_window_start_goes_back_calendar_months(as_of: date, months: int, start: date) -> None:
    assert window_start(as_of, months) == start


@pytest.mark.parametrize("months", [0, 37, -1, True, 2.5])
def test_window_length_is_validated(months: object) -> None:
    with pytest.raises(ValidationError) as caught:
        window_start(AS_OF, months)  # type: ignore[arg-type]
    assert caught.value.field == "window_months"


def test_metrics_of_a_buying_account_are_computed_from_its_aggregates() -> None:
    rows = [
        activity(1, revenue_cents=30_000, orders=3, first_order=date(2024, 1, 1), last_order=date(2024, 5, 30),
                 due_orders=2, on_time_orders=1, delay_days_total=10, interactions=6, feedback=2, referrals=1,
                 prev_revenue_cents=20_000, prev_orders=4, prev_due_orders=1, prev_delay_days_total=4,
                 industry_growth_pct=12.5, decision_nodes=2, industry_leader=False),
        activity(2, revenue_cents=10_000, orders=1, first_order=date(2024, 6, 30), last_order=date(2024, 6, 30)),
    ]
    m = by_id(compute_metrics(rows, as_of=AS_OF, window_months=6, roll_up_groups=False))

    first = m[1]
    assert first.revenue == Decimal("300.00")
    assert first.revenue_share == 0.75
    assert first.average_order == Decimal("100.00")
    assert first.mean_days_between_orders == 75.0       # 150 days over 2 gaps
    assert first.repeat_purchases == 2
    assert first.on_time_rate == 0.5
    assert first.days_since_last_order == 31
    assert first.interactions_per_year == 12.0          # 6 in a 6-month window
    assert (first.feedback, first.referrals) == (2, 1)
    assert first.avg_delay_days == 10.0 / 2
    assert first.prev_avg_delay_days == 4.0
    assert first.revenue_growth_pct == 50.0
    assert first.prev_orders == 4
    assert (first.industry_growth_pct, first.decision_nodes, first.industry_leader) == (12.5, 2, False)

    single = m[2]
    assert single.mean_days_between_orders is None      # one order has no cycle
    assert single.repeat_purchases == 0
    assert single.days_since_last_order == 0
    assert single.revenue_share == 0.25


def test_unknown_inputs_stay_unknown() -> None:
    (m,) = compute_metrics([activity(1)], as_of=AS_OF, window_months=12, roll_up_groups=False)
    assert m.average_order is None
    assert m.mean_days_between_orders is None
    assert m.on_time_rate is None                       # no due dates: missing, not 0% or 100%
    assert m.days_since_last_order is None
    assert m.avg_delay_days is None
    assert m.revenue_growth_pct is None
    assert m.size_percentile is None
    assert m.revenue_share == 0.0                       # total revenue 0
    assert not m.ever_ordered


def test_an_old_order_gives_recency_without_window_orders() -> None:
    (m,) = compute_metrics([activity(1, last_order=date(2022, 6, 30))], as_of=AS_OF, window_months=12,
                           roll_up_groups=False)
    assert m.orders == 0
    assert m.days_since_last_order == 731
    assert m.ever_ordered


def test_size_percentile_ranks_within_the_industry_by_revenue_then_staff() -> None:
    rows = [
        activity(1, industry="steel", annual_revenue_cents=100),
        activity(2, industry="steel", annual_revenue_cents=200),
        activity(3, industry="steel", annual_revenue_cents=200),
        activity(4, industry="steel", employees=50),           # ranked among staff-measured peers only
        activity(5, industry="food", annual_revenue_cents=1),
        activity(6, industry="", annual_revenue_cents=500),     # no industry to compare within
        activity(7, industry="steel"),                          # size unknown
    ]
    m = by_id(compute_metrics(rows, as_of=AS_OF, window_months=12, roll_up_groups=False))
    assert m[1].size_percentile == pytest.approx(100 * 0.5 / 3)
    assert m[2].size_percentile == m[3].size_percentile == pytest.approx(100 * 2 / 3)
    assert m[4].size_percentile == 50.0
    assert m[5].size_percentile == 50.0
    assert m[6].size_percentile is None
    assert m[7].size_percentile is None


def _forest() -> list:
    # 1 ─┬─ 2 ─── 4        5        6 (parent 99 is not among the accounts)
    #    └─ 3
    return [
        activity(4, parent_id=2, revenue_cents=400, orders=1, first_order=date(2024, 1, 10),
                 last_order=date(2024, 1, 10), due_orders=1, on_time_orders=1, interactions=4, referrals=1),
        activity(1, revenue_cents=100, orders=2, first_order=date(2024, 3, 1), last_order=date(2024, 6, 1),
                 due_orders=1, on_time_orders=0, delay_days_total=6, prev_revenue_cents=500, prev_orders=1,
                 industry="steel", annual_revenue_cents=9, industry_growth_pct=20.0, decision_nodes=1,
                 industry_leader=True, lifecycle="customer"),
        activity(2, parent_id=1, revenue_cents=200, orders=1, first_order=date(2024, 2, 1),
                 last_order=date(2024, 2, 1), industry="food", industry_growth_pct=1.0, industry_leader=False),
        activity(3, parent_id=1, revenue_cents=300, last_order=date(2020, 1, 1), feedback=2, prev_orders=2),
        activity(5, revenue_cents=1_000),
        activity(6, parent_id=99, revenue_cents=0),
    ]


def test_roll_up_measures_each_group_as_a_whole() -> None:
    result = compute_metrics(_forest(), as_of=AS_OF, window_months=12, roll_up_groups=True)
    assert [m.account_id for m in result] == [1, 5, 6]          # roots only, in input order
    group = result[0]
    assert group.member_count == 4
    assert group.revenue_cents == 1_000
    assert group.revenue_share == 0.5                             # of all 2,000
    assert group.orders == 4
    assert group.mean_days_between_orders == (date(2024, 6, 1) - date(2024, 1, 10)).days / 3
    assert group.days_since_last_order == 29
    assert group.on_time_rate == 0.5
    assert group.avg_delay_days == 3.0
    assert group.interactions_per_year == 4.0
    assert (group.feedback, group.referrals) == (2, 1)
    assert (group.prev_orders, group.prev_revenue_cents) == (3, 500)
    # Potential inputs are the root's, not a mix of its subsidiaries'.
    assert (group.industry, group.industry_growth_pct, group.industry_leader, group.decision_nodes) == (
        "steel", 20.0, True, 1)
    assert result[2].member_count == 1


def test_without_roll_up_every_entity_stands_alone() -> None:
    result = compute_metrics(_forest(), as_of=AS_OF, window_months=12, roll_up_groups=False)
    assert [m.account_id for m in result] == [4, 1, 2, 3, 5, 6]
    assert by_id(result)[1].revenue_cents == 100
    assert all(m.member_count == 1 for m in result)


@pytest.mark.parametrize("ids_ascending", [False, True])      # storage reads accounts in id order
def test_a_stored_cycle_does_not_loop_forever(ids_ascending: bool) -> None:
    rows = [activity(11, parent_id=10, revenue_cents=5), activity(10, parent_id=11, revenue_cents=7),
            activity(12, parent_id=11, revenue_cents=1), activity(13, parent_id=99, revenue_cents=2)]
    if ids_ascending:
        rows.sort(key=lambda a: a.account_id)
    group, orphan = compute_metrics(rows, as_of=AS_OF, window_months=12, roll_up_groups=True)
    assert group.account_id == 10                                  # the lowest id in the loop
    assert (group.member_count, group.revenue_cents) == (3, 13)
    assert (orphan.account_id, orphan.member_count) == (13, 1)    # its parent is not among the accounts


def test_a_deep_chain_rolls_up_without_recursion() -> None:
    depth = 30_000
    rows = [activity(1, revenue_cents=1)] + [activity(i, parent_id=i - 1, revenue_cents=1) for i in range(2, depth + 1)]
    (group,) = compute_metrics(rows, as_of=AS_OF, window_months=12, roll_up_groups=True)
    assert (group.account_id, group.member_count, group.revenue_cents) == (1, depth, depth)


def test_the_same_account_twice_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="same account"):
        compute_metrics([activity(1), activity(1)], as_of=AS_OF, window_months=12, roll_up_groups=True)


@st.composite
def forests(draw: st.DrawFn) -> list:
    n = draw(st.integers(1, 25))
    rows = []
    for i in range(1, n + 1):
        parent = draw(st.one_of(st.none(), st.integers(1, i - 1))) if i > 1 else None
        orders = draw(st.integers(0, 4))
        last = AS_OF - timedelta(days=draw(st.integers(0, 400))) if orders or draw(st.booleans()) else None
        rows.append(activity(i, parent_id=parent, revenue_cents=draw(st.integers(-500, 10_000)), orders=orders,
                             first_order=last - timedelta(days=draw(st.integers(0, 90))) if orders and last else None,
                             last_order=last, interactions=draw(st.integers(0, 9)),
                             prev_orders=draw(st.integers(0, 3))))
    return draw(st.permutations(rows))


@given(forests())
def test_roll_up_matches_a_brute_force_subtree_walk(rows: list) -> None:
    parent_of = {a.account_id: a.parent_id for a in rows}
    by_account = {a.account_id: a for a in rows}

    def subtree(root: int) -> list:
        return [a for a in rows if _root_of(parent_of, a.account_id) == root]

    result = compute_metrics(rows, as_of=AS_OF, window_months=12, roll_up_groups=True)
    assert [m.account_id for m in result] == [a.account_id for a in rows if a.parent_id is None]
    for m in result:
        members = subtree(m.account_id)
        assert m.member_count == len(members)
        assert m.revenue_cents == sum(a.revenue_cents for a in members)
        assert m.orders == sum(a.orders for a in members)
        assert m.prev_orders == sum(a.prev_orders for a in members)
        lasts = [a.last_order for a in members if a.last_order is not None]
        assert m.days_since_last_order == ((AS_OF - max(lasts)).days if lasts else None)
        assert m.name == by_account[m.account_id].name


def _root_of(parent_of: dict, account_id: int) -> int:
    while parent_of[account_id] is not None:
        account_id = parent_of[account_id]
    return account_id


# -- column by column: ActivityColumns, MetricsTable, metric_column ------------------------------------------


def test_activity_columns_round_trip_and_check_their_shape() -> None:
    rows = _forest()
    columns = ActivityColumns.from_rows(rows)
    assert len(columns) == len(rows)
    assert columns.rows() == rows
    assert columns.column("revenue_cents") == tuple(a.revenue_cents for a in rows)
    assert ActivityColumns.from_rows([]).rows() == []
    with pytest.raises(KeyError):
        columns.column("no_such_field")
    fields = {name: columns.column(name) for name in ActivityColumns.FIELDS}
    with pytest.raises(ValueError, match="missing"):
        ActivityColumns({k: v for k, v in fields.items() if k != "orders"})
    with pytest.raises(ValueError, match="different lengths"):
        ActivityColumns({**fields, "orders": (1,)})


@pytest.mark.parametrize("roll_up", [True, False])
def test_a_metrics_table_holds_what_compute_metrics_lists(roll_up: bool) -> None:
    rows = _forest()
    listed = compute_metrics(rows, as_of=AS_OF, window_months=12, roll_up_groups=roll_up)
    row_first = metrics_table(ActivityColumns.from_rows(rows), as_of=AS_OF, window_months=12, roll_up_groups=roll_up)
    assert [row_first[i] for i in range(len(row_first))] == listed  # one row at a time, no column computed yet
    table = metrics_table(ActivityColumns.from_rows(rows), as_of=AS_OF, window_months=12, roll_up_groups=roll_up)
    assert len(table) == len(listed)
    assert list(table) == listed
    assert table[-1] == listed[-1]
    assert table[1:] == listed[1:]
    with pytest.raises(IndexError):
        table[len(listed)]
    for name in AccountMetrics._fields:
        assert list(table.column(name)) == [getattr(m, name) for m in listed]
        assert list(metric_column(table, name)) == list(metric_column(listed, name))


@given(forests())
def test_rows_and_columns_of_a_metrics_table_agree(rows: list) -> None:
    listed = compute_metrics(rows, as_of=AS_OF, window_months=12, roll_up_groups=True)
    row_first = metrics_table(ActivityColumns.from_rows(rows), as_of=AS_OF, window_months=12, roll_up_groups=True)
    assert [row_first[i] for i in range(len(row_first))] == listed
    column_first = metrics_table(ActivityColumns.from_rows(rows), as_of=AS_OF, window_months=12, roll_up_groups=True)
    assert list(column_first) == listed

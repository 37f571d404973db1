"""Tier classification on real SQLite stores: aggregates, preview, apply, history, overrides, settings."""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from domain import services
from domain.errors import NotFoundError, ValidationError
from domain.model import Interaction, InteractionKind, Lifecycle, Transaction
from domain.tiers.params import default_settings
from domain.tiers.service import (
    apply_classification,
    clear_override,
    load_settings,
    preview_classification,
    save_settings,
    set_override,
)
from storage.store import SqlStore

AS_OF = date(2026, 6, 30)


def _file_digest(store: SqlStore) -> str:
    assert store.path is not None
    copy = store.path.with_suffix(".copy")
    store.backup_to(copy)
    import sqlite3

    conn = sqlite3.connect(copy)
    try:
        dump = "\n".join(conn.iterdump())
    finally:
        conn.close()
    return hashlib.sha256(dump.encode()).hexdigest()


@pytest.fixture
def portfolio(store: SqlStore) -> SqlStore:
    """Group G (with subsidiary S), and two stand-alone accounts, with orders around AS_OF."""
    group = services.create_account(store.unit_of_work(), "G Group", lifecycle=Lifecycle.CUSTOMER, key="G")
    sub = services.create_account(store.unit_of_work(), "S Sub", parent_id=group.id, key="S")
    big = services.create_account(store.unit_of_work(), "Big", lifecycle=Lifecycle.CUSTOMER, key="BIG")
    services.create_account(store.unit_of_work(), "Prospect", key="P")
    assert group.id
    assert sub.id
    assert big.id
    d = AS_OF
    orders = [
        # In the window (2025-06-30, 2026-06-30]: G 100 on time, S 300 paid 10 days late.
        Transaction(group.id, d - timedelta(days=10), Decimal("100"), d - timedelta(days=5), d - timedelta(days=6)),
        Transaction(sub.id, d - timedelta(days=100), Decimal("300"), d - timedelta(days=70), d - timedelta(days=60)),
        # Previous window only.
        Transaction(big.id, d - timedelta(days=400), Decimal("50")),
        # Before both windows: counts only for recency.
        Transaction(big.id, d - timedelta(days=900), Decimal("7")),
        # After the as-of date: ignored.
        Transaction(group.id, d + timedelta(days=1), Decimal("999")),
    ]
    with store.unit_of_work() as uow:
        uow.transactions.add_many(orders)
        uow.interactions.add_many(
            [
                Interaction(group.id, d - timedelta(days=3), InteractionKind.VISIT),
                Interaction(group.id, d - timedelta(days=4), InteractionKind.REFERRAL),
                Interaction(sub.id, d - timedelta(days=5), InteractionKind.FEEDBACK),
                Interaction(sub.id, d - timedelta(days=500), InteractionKind.FEEDBACK),
            ]
        )
        uow.commit()
    return store


def test_aggregates_follow_the_window_and_the_as_of_date(portfolio: SqlStore) -> None:
    rows = {a.key: a for a in portfolio.tier_queries().activity(AS_OF, 12)}
    g, s, big, prospect = rows["G"], rows["S"], rows["BIG"], rows["P"]
    assert (g.revenue_cents, g.orders, g.due_orders, g.on_time_orders, g.delay_days_total) == (10000, 1, 1, 1, 0)
    assert (s.revenue_cents, s.due_orders, s.on_time_orders, s.delay_days_total) == (30000, 1, 0, 10)
    assert s.parent_id == g.account_id
    assert (big.revenue_cents, big.orders, big.prev_revenue_cents, big.prev_orders) == (0, 0, 5000, 1)
    assert big.last_order == AS_OF - timedelta(days=400)  # recency looks back without limit
    assert g.last_order == AS_OF - timedelta(days=10)  # the order after the as-of date is not seen
    assert (g.interactions, g.referrals, s.feedback) == (2, 1, 1)
    assert (prospect.orders, prospect.last_order, prospect.interactions) == (0, None, 0)


def test_preview_writes_nothing_and_apply_writes_history_for_changes_only(portfolio: SqlStore) -> None:
    settings = dataclasses.replace(default_settings(), model="pareto", roll_up_groups=False)
    before = _file_digest(portfolio)
    preview = preview_classification(portfolio.tier_queries(), settings, as_of=AS_OF)
    assert _file_digest(portfolio) == before
    tiers = {r.key: r.tier for r in preview.results}
    # S has 75 % of the revenue; G is A too, as the accounts before it hold 75 % < 80 %.
    assert tiers == {"S": "A", "G": "A", "BIG": "D", "P": "D"}

    assert apply_classification(portfolio.unit_of_work(), preview, on=AS_OF) == 4
    history = portfolio.tier_queries().history()
    assert {(h.key, h.entry.old, h.entry.new, h.model) for h in history} == {
        ("S", None, "A", "pareto"),
        ("G", None, "A", "pareto"),
        ("BIG", None, "D", "pareto"),
        ("P", None, "D", "pareto"),
    }
    assert all(h.reason for h in history)
    # The deciding rule is kept in machine form too, for showing it in the user's language.
    assert {h.key: h.reason_code for h in history} == {
        "S": "pareto_a",
        "G": "pareto_a",
        "BIG": "pareto_no_revenue",
        "P": "pareto_no_revenue",
    }
    assert next(h for h in history if h.key == "S").reason_params["a_cut"] == 0.8
    # The same run again moves nobody and adds no history.
    again = preview_classification(portfolio.tier_queries(), settings, as_of=AS_OF)
    assert again.movers() == []
    assert apply_classification(portfolio.unit_of_work(), again, on=AS_OF) == 0
    assert len(portfolio.tier_queries().history()) == 4
    with portfolio.unit_of_work() as uow:
        assert {a.key: a.tier for a in uow.accounts.all()} == tiers


def test_groups_roll_up_over_their_tree(portfolio: SqlStore) -> None:
    settings = dataclasses.replace(default_settings(), model="pareto", roll_up_groups=True)
    preview = preview_classification(portfolio.tier_queries(), settings, as_of=AS_OF)
    by_key = {r.key: r for r in preview.results}
    assert set(by_key) == {"G", "BIG", "P"}  # the subsidiary is part of its group
    metrics = {m.key: m for m in preview.metrics}
    assert metrics["G"].revenue_cents == 40000
    assert metrics["G"].member_count == 2


def test_a_hand_set_tier_needs_a_reason_wins_and_is_kept(portfolio: SqlStore) -> None:
    settings = dataclasses.replace(default_settings(), model="pareto", roll_up_groups=False)
    big = next(a for a in portfolio.tier_queries().activity(AS_OF, 12) if a.key == "BIG")
    with pytest.raises(ValidationError):
        set_override(portfolio.unit_of_work(), big.account_id, "A", "   ", on=AS_OF)
    with pytest.raises(ValidationError):
        set_override(portfolio.unit_of_work(), big.account_id, "X", "strategic", on=AS_OF)
    with pytest.raises(NotFoundError):
        set_override(portfolio.unit_of_work(), 9999, "A", "strategic", on=AS_OF)
    set_override(portfolio.unit_of_work(), big.account_id, "A", "Strategic reference customer", on=AS_OF)
    assert portfolio.tier_queries().current_tiers()[big.account_id] == "A"
    preview = preview_classification(portfolio.tier_queries(), settings, as_of=AS_OF)
    result = next(r for r in preview.results if r.key == "BIG")
    assert (result.tier, result.model_tier, result.overridden) == ("A", "D", True)
    apply_classification(portfolio.unit_of_work(), preview, on=AS_OF)
    assert portfolio.tier_queries().current_tiers()[big.account_id] == "A"
    override_rows = [h for h in portfolio.tier_queries().history(big.account_id)]
    assert [(h.entry.new, h.model, h.reason, h.reason_code) for h in override_rows] == [
        ("A", "override", "Strategic reference customer", "override_set")
    ]
    clear_override(portfolio.unit_of_work(), big.account_id)
    after = preview_classification(portfolio.tier_queries(), settings, as_of=AS_OF)
    assert next(r for r in after.results if r.key == "BIG").tier == "D"


def test_settings_are_kept_in_the_database(portfolio: SqlStore, tmp_path: Path) -> None:
    assert load_settings(portfolio.unit_of_work()) == default_settings()
    changed = dataclasses.replace(default_settings(), model="rfm", window_months=24)
    save_settings(portfolio.unit_of_work(), changed)
    assert load_settings(portfolio.unit_of_work()) == changed


def test_rfm_raw_numbers_match_an_independent_pandas_computation(demo_store: SqlStore) -> None:
    """Recency, frequency and monetary of every account, from the order table by pandas."""
    import sqlite3

    import pandas as pd

    as_of = date(2026, 6, 30)
    settings = dataclasses.replace(default_settings(), model="rfm", roll_up_groups=False, window_months=12)
    preview = preview_classification(demo_store.tier_queries(), settings, as_of=as_of)
    assert demo_store.path is not None
    with sqlite3.connect(demo_store.path) as conn:
        orders = pd.read_sql_query("SELECT account_id, booked_on, amount_cents FROM account_transaction", conn)
        accounts = pd.read_sql_query("SELECT id FROM account", conn)
    orders["booked_on"] = pd.to_datetime(orders["booked_on"])
    end = pd.Timestamp(as_of)
    start = end - pd.DateOffset(months=12)
    seen = orders[orders.booked_on <= end]
    in_window = seen[seen.booked_on > start]
    recency = (end - seen.groupby("account_id").booked_on.max()).dt.days
    frequency = in_window.groupby("account_id").size()
    monetary = in_window.groupby("account_id").amount_cents.sum()
    expected = pd.DataFrame({"id": accounts.id}).set_index("id")
    expected["recency"] = recency
    expected["frequency"] = frequency.reindex(expected.index, fill_value=0)
    expected["monetary"] = monetary.reindex(expected.index, fill_value=0)

    got = {m.account_id: m for m in preview.metrics}
    assert set(got) == set(expected.index)
    for account_id, row in expected.iterrows():
        m = got[int(account_id)]
        assert m.days_since_last_order == (None if pd.isna(row.recency) else int(row.recency))
        assert m.orders == int(row.frequency)
        assert m.revenue_cents == int(row.monetary)
    # Accounts that never ordered are D; the others carry their R, F and M scores.
    for result in preview.results:
        if got[result.account_id].days_since_last_order is None:
            assert result.tier == "D"
        else:
            assert {"r", "f", "m"} <= set(result.rule_params)


def test_activity_columns_read_only_the_inputs_asked_for(portfolio: SqlStore) -> None:
    from domain.tiers.metrics import ACTIVITY_INPUTS

    queries = portfolio.tier_queries()
    everything = queries.activity_columns(AS_OF, 12, inputs=ACTIVITY_INPUTS)
    assert everything.rows() == queries.activity(AS_OF, 12)
    few = queries.activity_columns(AS_OF, 12, inputs={"orders"})
    assert few.column("key") == everything.column("key")
    assert few.column("revenue_cents") == everything.column("revenue_cents")  # always read
    assert few.column("orders") == everything.column("orders")
    for name in ("due_orders", "on_time_orders", "delay_days_total", "interactions", "prev_revenue_cents"):
        assert set(few.column(name)) == {0}
    assert set(few.column("last_order")) == {None}
    assert set(few.column("industry")) == {""}
    with pytest.raises(ValueError, match="unknown"):
        queries.activity_columns(AS_OF, 12, inputs={"gossip"})


def test_a_preview_reads_the_applied_tiers_with_the_activity(portfolio: SqlStore) -> None:
    settings = dataclasses.replace(default_settings(), model="pareto", roll_up_groups=False)
    apply_classification(
        portfolio.unit_of_work(), preview_classification(portfolio.tier_queries(), settings, as_of=AS_OF), on=AS_OF
    )
    preview = preview_classification(portfolio.tier_queries(), settings, as_of=AS_OF)
    assert preview.current == portfolio.tier_queries().current_tiers()
    assert all(a.applied_tier is not None for a in portfolio.tier_queries().activity(AS_OF, 12))


def test_a_detailed_preview_shows_every_metric_whatever_the_model(demo_store: SqlStore) -> None:
    from domain.tiers.metrics import compute_metrics
    from domain.tiers.service import DETAIL_INPUTS, MODEL_INPUTS

    as_of = date(2026, 6, 30)
    activity = demo_store.tier_queries().activity(as_of, 12, previous=False)
    full = compute_metrics(activity, as_of=as_of, window_months=12, roll_up_groups=True)
    for model in MODEL_INPUTS:
        settings = dataclasses.replace(default_settings(), model=model)
        detailed = preview_classification(demo_store.tier_queries(), settings, as_of=as_of, inputs=DETAIL_INPUTS)
        # Everything but the days paid late, which only the risk signals read.
        assert [m._replace(avg_delay_days=None) for m in detailed.metrics] == [
            m._replace(avg_delay_days=None) for m in full
        ]
        plain = preview_classification(demo_store.tier_queries(), settings, as_of=as_of)
        assert plain.results == detailed.results

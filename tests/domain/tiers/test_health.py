from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from domain.errors import ValidationError
from domain.tiers import HealthTargets, HistoryEntry, RiskThresholds, health, risk_signals, tier_on
from tests.domain.tiers.helpers import FULL_MARKS, metrics

D0, D1, D2, D3 = date(2024, 1, 1), date(2024, 4, 1), date(2024, 7, 1), date(2024, 12, 31)

HISTORY = [
    HistoryEntry(1, D0, None, "A"), HistoryEntry(1, D2, "A", "B"),        # A churned
    HistoryEntry(2, D0, None, "A"),                                       # A stayed
    HistoryEntry(3, D0, None, "B"), HistoryEntry(3, D1, "B", "A"),        # B upgraded
    HistoryEntry(4, D0, None, "B"),
    HistoryEntry(5, D0, None, "C"), HistoryEntry(5, D1, "C", "B"),        # C converted
    HistoryEntry(6, D0, None, "C"), HistoryEntry(6, D1, "C", "A"),        # C jumped to A: not a C→B conversion
    HistoryEntry(7, D0, None, "C"),
    HistoryEntry(8, D1, None, "A"),                                       # unclassified at the start
]


def test_tier_on_rebuilds_the_tiers_of_a_day() -> None:
    assert tier_on(HISTORY, D0) == {1: "A", 2: "A", 3: "B", 4: "B", 5: "C", 6: "C", 7: "C"}
    assert tier_on(HISTORY, D3)[1] == "B"
    assert tier_on(HISTORY, date(2023, 12, 31)) == {}
    same_day = [HistoryEntry(1, D0, None, "C"), HistoryEntry(1, D0, "C", "B")]
    assert tier_on(same_day, D0) == {1: "B"}


def test_health_rates_by_hand() -> None:
    report = health(HISTORY, D0, D3)
    churn, upgrade, conversion = report.checks
    assert (churn.numerator, churn.denominator, churn.rate, churn.target, churn.at_most, churn.met) == (
        1, 2, 0.5, 0.05, True, False)
    assert (upgrade.numerator, upgrade.denominator, upgrade.rate, upgrade.met) == (1, 2, 0.5, True)
    assert (conversion.numerator, conversion.denominator, conversion.met) == (1, 3, True)
    assert conversion.rate == pytest.approx(1 / 3)
    assert [c.code for c in report.checks] == ["a_churn", "b_to_a", "c_to_b"]


def test_rates_without_anyone_in_the_starting_tier_are_none() -> None:
    report = health([HistoryEntry(1, D0, None, "A")], D0, D3)
    assert (report.a_churn.rate, report.a_churn.met) == (0.0, True)
    assert (report.b_to_a.denominator, report.b_to_a.rate, report.b_to_a.met) == (0, None, None)
    assert (report.c_to_b.rate, report.c_to_b.met) == (None, None)
    empty = health([], D0, D3)
    assert all(check.rate is None and check.met is None for check in empty.checks)


def test_a_rate_exactly_on_its_target_meets_it() -> None:
    history = [HistoryEntry(i, D0, None, "A") for i in range(20)] + [HistoryEntry(0, D1, "A", "C")]
    history += [HistoryEntry(100 + i, D0, None, "C") for i in range(10)] + [HistoryEntry(100, D1, "C", "B")]
    report = health(history, D0, D3)
    assert (report.a_churn.rate, report.a_churn.met) == (0.05, True)
    assert (report.c_to_b.rate, report.c_to_b.met) == (0.1, True)
    stricter = health(history, D0, D3, HealthTargets(a_churn_max=0.04, c_to_b_min=0.11))
    assert (stricter.a_churn.met, stricter.c_to_b.met) == (False, False)


def test_a_period_must_not_end_before_it_starts() -> None:
    with pytest.raises(ValidationError) as caught:
        health(HISTORY, D3, D0)
    assert caught.value.field == "end"


def test_risk_signals_for_core_growth_and_high_potential_accounts() -> None:
    portfolio = [
        metrics(1, orders=3, prev_orders=5),                                            # A buys less often
        metrics(2, orders=5, prev_orders=5, avg_delay_days=10.0, prev_avg_delay_days=2.0),  # B pays later
        metrics(3, orders=1, prev_orders=4, avg_delay_days=9.0, prev_avg_delay_days=None),  # C: not a core signal
        metrics(4, revenue_cents=13_000, prev_revenue_cents=10_000, revenue_growth_pct=30.0),  # C grew 30%
        metrics(5, **FULL_MARKS),                                                       # C scoring 100
        metrics(6, revenue_growth_pct=29.9),
        metrics(7, orders=0, prev_orders=9),                                            # not classified
        metrics(8, orders=2, prev_orders=3),                                            # D
        metrics(9, orders=5, prev_orders=5, avg_delay_days=3.0, prev_avg_delay_days=None),  # nothing to compare
    ]
    tiers = {1: "A", 2: "B", 3: "C", 4: "C", 5: "C", 6: "C", 8: "D", 9: "A"}
    signals = [(s.account_id, s.tier, s.kind, s.before, s.after) for s in risk_signals(portfolio, tiers)]
    assert signals == [
        (1, "A", "orders_fell", 5, 3),
        (2, "B", "paying_later", 2.0, 10.0),
        (4, "C", "c_revenue_growth", Decimal("100.00"), Decimal("130.00")),
        (5, "C", "c_high_score", None, 100.0),
    ]


def test_risk_thresholds_are_adjustable() -> None:
    portfolio = [metrics(1, revenue_growth_pct=20.0)]
    assert risk_signals(portfolio, {1: "C"}) == []
    assert [s.kind for s in risk_signals(portfolio, {1: "C"}, thresholds=RiskThresholds(revenue_growth_pct=20))] == [
        "c_revenue_growth"]

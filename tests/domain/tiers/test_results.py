"""TierResults: a model's results held as columns, read as TierResult rows."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from domain.tiers import ParetoParams, RfmParams, WeightedParams, classify_pareto, classify_rfm, classify_weighted
from domain.tiers.classify import apply_overrides, classify_portfolio, plan_apply
from domain.tiers.params import TierSettings
from domain.tiers.result import Override, TierResult, TierResults, result_column
from tests.domain.tiers.helpers import metrics


def _portfolio() -> list:
    return [
        metrics(1, revenue_cents=5_000, orders=4, days_since_last_order=10),
        metrics(2, revenue_cents=3_000, orders=2, days_since_last_order=40),
        metrics(3, revenue_cents=0, orders=0, days_since_last_order=None),
        metrics(4, revenue_cents=-100, orders=1, days_since_last_order=200),
        metrics(5, revenue_cents=3_000, orders=1, days_since_last_order=90),
    ]


@pytest.mark.parametrize(
    "classify",
    [
        lambda m: classify_pareto(m, ParetoParams()),
        lambda m: classify_rfm(m, RfmParams()),
        lambda m: classify_weighted(m, WeightedParams()),
    ],
    ids=["pareto", "rfm", "weighted"],
)
def test_rows_columns_and_iteration_agree(classify) -> None:
    results = classify(_portfolio())
    rows = list(results)
    assert len(results) == len(rows) == 5
    assert all(type(r) is TierResult for r in rows)
    assert [results[i] for i in range(5)] == rows
    assert results[-1] == rows[-1]
    assert results[1:3] == rows[1:3]
    for field in TierResult._fields:
        assert list(result_column(results, field)) == [getattr(r, field) for r in rows]
        assert list(result_column(rows, field)) == [getattr(r, field) for r in rows]
    assert [r.rule_values for r in rows] == [results[i].rule_values for i in range(5)]
    with pytest.raises(IndexError):
        results[5]


def test_equal_to_any_sequence_of_the_same_results() -> None:
    results = classify_pareto(_portfolio(), ParetoParams())
    rows = list(results)
    assert results == rows
    assert results == tuple(rows)
    assert rows == results
    assert TierResults.from_rows(rows) == results
    assert results != rows[:-1]
    assert results != rows[::-1]
    assert TierResults.from_rows([]) == ()
    assert results != "ABCDE"


def test_columns_must_be_complete_and_of_one_length() -> None:
    with pytest.raises(ValueError, match="missing"):
        TierResults({"tier": ("A",)})
    columns = {name: (None,) for name in TierResult._fields}
    with pytest.raises(ValueError, match="lengths"):
        TierResults({**columns, "tier": ("A", "B")})


def test_overrides_replace_the_tier_column_only_where_set() -> None:
    settings = TierSettings(model="pareto")
    plain = classify_portfolio(_portfolio(), settings)
    override = Override(3, "A", "strategic", date(2025, 1, 2))
    overridden = apply_overrides(plain, [override])
    expected = list(result_column(plain.results, "tier"))
    assert expected[2] == "D"
    expected[2] = "A"
    assert result_column(overridden.results, "tier") == expected
    assert result_column(overridden.results, "model_tier") == result_column(plain.results, "tier")
    assert overridden.results[2].override == override
    assert overridden.results[2].reason_code == "override"
    assert [r for i, r in enumerate(overridden.results) if i != 2] == [r for i, r in enumerate(plain.results) if i != 2]
    assert overridden.distribution == {"A": 4, "B": 0, "C": 0, "D": 1}


@pytest.mark.parametrize("model", ["pareto", "rfm", "weighted"])
def test_planned_changes_are_the_same_from_columns_and_from_rows(model: str) -> None:
    settings = TierSettings(model=model)
    columns = apply_overrides(classify_portfolio(_portfolio(), settings), [Override(2, "D", "paused", date(2025, 1, 2))])
    rows = replace(columns, results=tuple(columns.results))
    current = {1: "B", 2: None, 4: "D"}
    from_columns = plan_apply(columns, current, on=date(2025, 3, 1), model=model)
    from_rows = plan_apply(rows, current, on=date(2025, 3, 1), model=model)
    assert from_columns == from_rows
    assert [c.reason_params for c in from_columns] == [r.reason_params for r in columns.results if current.get(
        r.account_id) != r.tier]
    assert next(c for c in from_columns if c.account_id == 2).reason_code == "override"

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.tiers import (
    CRITERION_IDS,
    Band,
    Criterion,
    TierSettings,
    WeightedParams,
    classify_weighted,
    explain,
    weighted_scores,
)
from domain.tiers.weighted import CRITERION_METRICS
from tests.domain.tiers.helpers import FULL_MARKS, by_id, metrics

# Every criterion exactly on its middle band (60 points); not an industry leader (0 points).
MIDDLE = {
    "revenue_share": 0.05, "mean_days_between_orders": 180.0, "repeat_purchases": 2, "on_time_rate": 0.95,
    "interactions_per_year": 6.0, "referrals": 1, "feedback": 2, "industry_growth_pct": 10.0,
    "size_percentile": 40.0, "decision_nodes": 3, "industry_leader": False,
}


def _score(account: object, params: WeightedParams | None = None) -> float | None:
    return classify_weighted([account], params or WeightedParams())[0].score  # type: ignore[list-item]


def test_every_criterion_metric_is_named_once() -> None:
    assert tuple(CRITERION_METRICS) == CRITERION_IDS


def test_full_marks_score_100_and_make_a() -> None:
    (result,) = classify_weighted([metrics(1, **FULL_MARKS)], WeightedParams())
    assert (result.score, result.tier, result.rule_code) == (100.0, "A", "weighted_a")
    assert result.rule == "Value score 100 is at least 70, so A."


def test_middle_bands_by_hand() -> None:
    # transaction 60, behaviour 60, potential (30*60 + 30*60 + 20*60 + 20*0) / 100 = 48
    # score = 0.4*60 + 0.3*60 + 0.3*48 = 56.4
    (result,) = classify_weighted([metrics(1, **MIDDLE)], WeightedParams())
    assert (result.score, result.tier) == (56.4, "B")
    assert result.rule_params == {"score": 56.4, "a_min": 70.0, "b_min": 45.0}


def test_a_score_exactly_on_the_a_cut_off_is_a() -> None:
    # transaction 100 (40), behaviour 60 (18), potential (30*100 + 30*20 + 20*20 + 20*0) / 100 = 40 (12) = 70
    exactly = dict(FULL_MARKS, interactions_per_year=6.0, referrals=1, feedback=2, size_percentile=10.0,
                   decision_nodes=5, industry_leader=False)
    (result,) = classify_weighted([metrics(1, **exactly)], WeightedParams())
    assert (result.score, result.tier) == (70.0, "A")
    (just_below,) = classify_weighted([metrics(1, **exactly)], WeightedParams(a_min=70.000001))
    assert just_below.tier == "B"


# Transaction known but for the on-time rate (no due orders); behaviour 40; potential unknown.
PARTLY_KNOWN = {
    "revenue_share": 0.20, "mean_days_between_orders": 60.0, "repeat_purchases": 3, "on_time_rate": None,
    "interactions_per_year": 12.0, "referrals": 0, "feedback": 0,
}


def test_respread_spreads_missing_weight_over_what_is_known() -> None:
    # transaction (40*100 + 20*100 + 20*100) / 80 = 100; behaviour 40; potential left out:
    # score = (40*100 + 30*40) / 70 = 74.285714...
    (result,) = classify_weighted([metrics(1, **PARTLY_KNOWN)], WeightedParams(missing="respread"))
    assert result.score == round(5200 / 70, 6)
    assert result.tier == "A"


def test_zero_scores_missing_inputs_as_zero_points() -> None:
    # transaction (40*100 + 20*100 + 20*100 + 20*0) / 100 = 80; behaviour 40; potential 0
    # score = 0.4*80 + 0.3*40 + 0 = 44
    (result,) = classify_weighted([metrics(1, **PARTLY_KNOWN)], WeightedParams(missing="zero"))
    assert (result.score, result.tier) == (44.0, "C")


def test_the_explanation_shows_missing_inputs_and_the_exact_numbers() -> None:
    account = metrics(1, **PARTLY_KNOWN)
    settings = TierSettings(model="weighted")
    (result,) = classify_weighted([account], settings.weighted)
    explanation = explain(result, account, settings)
    lines = {line.criterion: line for line in explanation.lines}
    assert [line.criterion for line in explanation.lines] == list(CRITERION_IDS)
    assert (explanation.score, explanation.tier, explanation.rule_code) == (result.score, "A", "weighted_a")
    assert (lines["on_time_rate"].value, lines["on_time_rate"].points, lines["on_time_rate"].effective_weight) == (
        None, None, 0.0)
    assert lines["industry_growth"].value is None
    assert lines["industry_growth"].points is None
    assert lines["revenue_share"].value == 0.20
    assert lines["revenue_share"].points == 100.0
    assert lines["revenue_share"].weight == 40.0
    assert lines["revenue_share"].effective_weight == pytest.approx(100 * 40 / 70 * 40 / 80)
    assert lines["referrals"].points == 0.0
    assert explanation.dimension_scores == {"transaction": 100.0, "behaviour": 40.0, "potential": None}
    assert sum(line.effective_weight for line in explanation.lines) == pytest.approx(100)
    assert sum((line.points or 0) * line.effective_weight for line in explanation.lines) / 100 == pytest.approx(
        explanation.score)


def test_with_zero_the_explanation_shows_missing_at_zero_points() -> None:
    account = metrics(1, **PARTLY_KNOWN)
    settings = TierSettings(weighted=WeightedParams(missing="zero"))
    explanation = explain(classify_weighted([account], settings.weighted)[0], account, settings)
    lines = {line.criterion: line for line in explanation.lines}
    assert (lines["on_time_rate"].value, lines["on_time_rate"].points) == (None, 0.0)
    assert lines["on_time_rate"].effective_weight == pytest.approx(8.0)  # 40% x 20/100
    assert explanation.dimension_scores == {"transaction": 80.0, "behaviour": 40.0, "potential": 0.0}


def test_a_prospect_that_never_ordered_is_d_but_other_accounts_are_scored() -> None:
    results = by_id(classify_weighted([
        metrics(1, lifecycle="prospect", orders=0, days_since_last_order=None),
        metrics(2, lifecycle="prospect", orders=0, days_since_last_order=800),
        metrics(3, lifecycle="customer", orders=0, days_since_last_order=None),
    ], WeightedParams()))
    assert (results[1].tier, results[1].score, results[1].rule_code) == ("D", None, "weighted_prospect")
    assert results[2].tier == "C"
    assert results[2].score is not None
    assert results[3].tier == "C"
    assert results[3].score is not None


def test_weights_bands_and_directions_are_editable() -> None:
    criteria = tuple(
        Criterion(c.id, c.dimension, c.weight, "higher", (Band(2, 100),), 0) if c.id == "decision_nodes" else c
        for c in WeightedParams().criteria
    )
    params = WeightedParams(dimensions={"transaction": 0, "behaviour": 0, "potential": 100}, criteria=criteria)
    many_nodes = dict(FULL_MARKS, decision_nodes=5)
    # potential: (30*100 + 30*100 + 20*100 + 20*100) / 100 with "more nodes is better" now
    assert _score(metrics(1, **many_nodes), params) == 100.0
    assert _score(metrics(1, **many_nodes)) == pytest.approx(0.7 * 100 + 0.3 * (80 + 20 * 20 / 100), abs=1e-6)


@pytest.mark.parametrize("criterion", WeightedParams().criteria, ids=lambda c: c.id)
def test_points_for_agrees_with_classification_on_and_around_thresholds(criterion: Criterion) -> None:
    params = WeightedParams(dimensions=dict.fromkeys(("transaction", "behaviour", "potential"), 0)
                            | {criterion.dimension: 100},
                            criteria=tuple(c if c.id == criterion.id else Criterion(
                                c.id, c.dimension, 0, c.direction, c.bands, c.otherwise)
                                for c in WeightedParams().criteria))
    attribute = CRITERION_METRICS[criterion.id]
    values = sorted({v for b in criterion.bands for v in (b.threshold - 0.001, b.threshold, b.threshold + 0.001)})
    accounts = [metrics(i, **{attribute: v}) for i, v in enumerate(values)]
    assert weighted_scores(accounts, params) == [criterion.points_for(v) for v in values]


finite = st.floats(0, 1_000, allow_nan=False)
maybe = st.one_of(st.none(), finite)
weighted_metrics = st.builds(
    metrics,
    st.integers(1, 10**6),
    revenue_share=st.floats(0, 1), mean_days_between_orders=maybe, repeat_purchases=st.integers(0, 9),
    on_time_rate=st.one_of(st.none(), st.floats(0, 1)), interactions_per_year=finite,
    referrals=st.integers(0, 5), feedback=st.integers(0, 9), industry_growth_pct=st.one_of(st.none(), st.floats(-50, 50)),
    size_percentile=st.one_of(st.none(), st.floats(0, 100)), decision_nodes=st.one_of(st.none(), st.integers(0, 9)),
    industry_leader=st.one_of(st.none(), st.booleans()),
)


@given(st.lists(weighted_metrics, min_size=1, max_size=30), st.sampled_from(["respread", "zero"]))
def test_weighted_scores_stay_within_0_and_100_and_explain_reproduces_them(accounts: list, missing: str) -> None:
    settings = TierSettings(weighted=WeightedParams(missing=missing))
    results = classify_weighted(accounts, settings.weighted)
    for account, result in zip(accounts, results, strict=True):
        assert result.score is not None
        assert 0 <= result.score <= 100
        explanation = explain(result, account, settings)
        assert (explanation.score, explanation.tier) == (result.score, result.tier)
        assert sum((line.points or 0) * (line.effective_weight or 0) for line in explanation.lines) / 100 == \
            pytest.approx(result.score, abs=1e-5)


@given(weighted_metrics)
def test_a_missing_input_under_respread_never_counts_as_zero(account: object) -> None:
    # Knowing more can lower a respread score, but a missing input alone must not drag it to the zero score.
    respread = _score(account, WeightedParams(missing="respread"))
    zero = _score(account, WeightedParams(missing="zero"))
    assert respread is not None
    assert zero is not None
    assert respread >= zero - 1e-6

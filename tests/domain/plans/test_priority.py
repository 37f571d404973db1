"""Plan priority: the parts, how they combine, and the ranking."""

from __future__ import annotations

import math

import pytest

from domain.errors import ValidationError
from domain.model import FitCriterion
from domain.plans.priority import FLOOR, PriorityInput, PriorityWeights, rank_plans, rating

ALL_FIT = dict.fromkeys(FitCriterion, 3)


def test_each_row_explains_its_priority() -> None:
    item = PriorityInput(
        1,
        "Key account",
        "A",
        80.0,
        "weighted",
        {FitCriterion.SOLUTION_FIT: 5, FitCriterion.COMPETITION: 3},
        required=3,
        staffed=2,
        coverage=40,
    )
    (row,) = rank_plans([item])
    value, fit, readiness = row.parts
    assert value.score == pytest.approx(1.0 * (0.75 + 0.25 * 0.8))  # 0.95
    assert value.details["rating"] == pytest.approx(0.8)
    assert fit.score == pytest.approx((4 - 1) / 4)
    assert (fit.details["mean"], fit.details["scored"], fit.details["known"]) == (4.0, 2, True)
    assert readiness.score == pytest.approx(0.5 * (2 / 3) + 0.5 * 0.4)
    assert [p.exponent for p in row.parts] == pytest.approx([0.5, 0.3, 0.2])
    assert row.priority == pytest.approx(100 * math.prod(p.factor for p in row.parts))
    assert row.priority == pytest.approx(100 * 0.95**0.5 * 0.75**0.3 * (1 / 3 + 0.2) ** 0.2)


def test_higher_tiers_rank_first_and_the_rating_orders_within_a_tier() -> None:
    items = [
        PriorityInput(1, tier="B", tier_score=100.0, tier_model="weighted", fit=ALL_FIT),
        PriorityInput(2, tier="A", tier_score=0.0, tier_model="weighted", fit=ALL_FIT),
        PriorityInput(3, tier="A", tier_score=15.0, tier_model="rfm", fit=ALL_FIT),
        PriorityInput(4, tier="C", fit=ALL_FIT),
    ]
    rows = rank_plans(items)
    assert [r.account_id for r in rows] == [3, 2, 1, 4]
    assert [r.rank for r in rows] == [1, 2, 3, 4]


def test_fit_unknown_is_neutral_and_missing_criteria_are_left_out() -> None:
    unknown, scored = rank_plans(
        [PriorityInput(1, tier="A"), PriorityInput(2, tier="A", fit={FitCriterion.BUSINESS_MODEL: 5})]
    )[::-1]
    assert unknown.part("fit").score == 0.5
    assert unknown.part("fit").details["known"] is False
    assert scored.part("fit").score == 1.0
    assert scored.rank == 1


def test_readiness_without_a_power_map_is_the_triangle_alone_and_none_required_is_ready() -> None:
    (row,) = rank_plans([PriorityInput(1, tier="B", required=2, staffed=1)])
    assert row.part("readiness").score == 0.5
    (row,) = rank_plans([PriorityInput(1, tier="C", coverage=None)])
    assert row.part("readiness").score == 1.0


def test_an_empty_part_is_floored_so_plans_still_differ() -> None:
    low = PriorityInput(1, tier="A", fit=dict.fromkeys(FitCriterion, 1), required=3, staffed=0)
    lower = PriorityInput(2, tier="B", fit=dict.fromkeys(FitCriterion, 1), required=2, staffed=0)
    first, second = rank_plans([lower, low])
    assert first.part("fit").score == 0.0
    assert first.part("fit").factor == pytest.approx(FLOOR**0.3)
    assert (first.account_id, second.account_id) == (1, 2)
    assert first.priority > second.priority > 0


def test_weights_change_the_order() -> None:
    valuable = PriorityInput(1, tier="A", fit=dict.fromkeys(FitCriterion, 2))
    fitting = PriorityInput(2, tier="B", fit=dict.fromkeys(FitCriterion, 5))
    # A poor fit costs the A account more than the lower tier costs the B one...
    assert [r.account_id for r in rank_plans([valuable, fitting])] == [2, 1]
    # ...unless value weighs far more.
    value_first = PriorityWeights(value=0.9, fit=0.1, readiness=0.0)
    assert [r.account_id for r in rank_plans([valuable, fitting], value_first)] == [1, 2]


def test_ratings_are_read_on_their_models_scale() -> None:
    assert rating("weighted", 72.0) == pytest.approx(0.72)
    assert rating("rfm", 9.0) == pytest.approx(0.5)
    assert rating("pareto", None) is None
    assert rating("override", 50.0) is None


def test_weights_are_validated() -> None:
    with pytest.raises(ValidationError):
        PriorityWeights(value=0, fit=0, readiness=0).validate()
    with pytest.raises(ValidationError):
        PriorityWeights(fit=-1).validate()
    with pytest.raises(ValidationError):
        PriorityWeights(triangle=0, coverage=0).validate()

from __future__ import annotations

from bisect import bisect_left, bisect_right

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.tiers import SEGMENTS, RfmParams, classify_rfm, quintile_scores, segment
from tests.domain.tiers.helpers import by_id, metrics


def test_quintiles_give_ties_the_same_mid_rank_score() -> None:
    assert quintile_scores([10, 20, 20, 30, 40]) == [1, 3, 3, 4, 5]
    # Shorter recency is better.
    assert quintile_scores([10, 20, 20, 30, 40], higher_is_better=False) == [5, 4, 4, 2, 1]


def test_quintiles_of_small_and_flat_populations() -> None:
    assert quintile_scores([]) == []
    assert quintile_scores([7]) == [3]
    assert quintile_scores([7, 7, 7]) == [3, 3, 3]
    assert quintile_scores([5, 4, 3, 2, 1]) == [5, 4, 3, 2, 1]
    assert quintile_scores(list(range(10))) == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]


@pytest.mark.parametrize(("r", "f", "m", "name"), [
    (5, 5, 5, "champions"), (5, 4, 3, "champions"), (4, 5, 4, "loyal"), (3, 4, 4, "loyal"),
    (5, 2, 3, "potential_loyalists"), (4, 3, 2, "potential_loyalists"), (5, 1, 1, "new"), (4, 1, 1, "promising"),
    (3, 1, 1, "need_attention"), (3, 3, 3, "need_attention"), (2, 3, 4, "at_risk"), (1, 4, 3, "at_risk"),
    (1, 5, 5, "cannot_lose"), (2, 5, 4, "cannot_lose"), (2, 1, 2, "hibernating"), (1, 2, 1, "lost"),
    (1, 1, 1, "lost"),
])
def test_segments_follow_the_r_against_fm_grid(r: int, f: int, m: int, name: str) -> None:
    assert segment(r, f, m) == name


def test_every_score_combination_has_a_segment_and_every_segment_occurs() -> None:
    seen = {segment(r, f, m) for r in range(1, 6) for f in range(1, 6) for m in range(1, 6)}
    assert seen == set(SEGMENTS)


def _aligned_portfolio() -> list:
    # Account i is i-th best on all three measures; account 6 never ordered.
    accounts = [metrics(i, days_since_last_order=60 - 10 * i, orders=i, revenue_cents=1_000 * i) for i in range(1, 6)]
    return [*accounts, metrics(6, orders=0, days_since_last_order=None)]


def test_rfm_portfolio_by_hand() -> None:
    results = by_id(classify_rfm(_aligned_portfolio(), RfmParams()))
    assert {i: (r.rule_params.get("segment"), r.tier) for i, r in results.items()} == {
        1: ("lost", "C"), 2: ("hibernating", "C"), 3: ("need_attention", "B"), 4: ("loyal", "A"),
        5: ("champions", "A"), 6: (None, "D"),
    }
    assert results[5].rule_params == {"r": 5, "f": 5, "m": 5, "segment": "champions", "tier": "A"}
    assert results[5].score == 15.0
    assert results[6].rule_code == "rfm_never_ordered"
    assert results[6].score is None
    assert results[4].rule == "RFM 4-4-4: segment 'loyal', which maps to tier A."


def test_an_account_without_window_orders_but_an_old_order_is_still_scored() -> None:
    results = by_id(classify_rfm([metrics(1, orders=0, revenue_cents=0, days_since_last_order=400),
                                  metrics(2, orders=3, revenue_cents=9_000, days_since_last_order=5)], RfmParams()))
    assert results[1].rule_params == {"r": 2, "f": 2, "m": 2, "segment": "hibernating", "tier": "C"}
    assert results[2].rule_params == {"r": 4, "f": 4, "m": 4, "segment": "loyal", "tier": "A"}


def test_the_segment_to_tier_mapping_is_editable() -> None:
    tiers = dict(RfmParams().segment_tiers, champions="B", lost="D")
    results = by_id(classify_rfm(_aligned_portfolio(), RfmParams(segment_tiers=tiers)))
    assert (results[5].tier, results[1].tier) == ("B", "D")


def _brute_force(values: list[int], higher_is_better: bool) -> list[int]:
    n = len(values)
    scores = []
    for v in values:
        worse = sum(1 for w in values if (w < v if higher_is_better else w > v))
        equal = sum(1 for w in values if w == v)
        p = (worse + equal / 2) / n
        scores.append(1 + int(5 * p + 1e-9))  # 5p is k/(2n)*5, never within 1e-9 of the next integer from below
    return scores


@given(st.lists(st.integers(0, 30), min_size=1, max_size=60), st.booleans())
def test_quintile_scores_match_the_definition(values: list[int], higher_is_better: bool) -> None:
    scores = quintile_scores(values, higher_is_better=higher_is_better)
    assert scores == _brute_force(values, higher_is_better)
    assert all(1 <= s <= 5 for s in scores)
    for v, s in zip(values, scores, strict=True):
        for w, t in zip(values, scores, strict=True):
            if v == w:
                assert s == t
            elif (v > w) == higher_is_better:
                assert s >= t


@given(st.lists(st.tuples(st.one_of(st.none(), st.integers(0, 50)), st.integers(0, 5), st.integers(0, 90)),
                min_size=1, max_size=40))
def test_rfm_scores_are_in_range_and_tie_equal(rows: list[tuple[int | None, int, int]]) -> None:
    portfolio = [metrics(i, days_since_last_order=d, orders=f, revenue_cents=m) for i, (d, f, m) in enumerate(rows)]
    results = classify_rfm(portfolio, RfmParams())
    for (days, orders, revenue), result in zip(rows, results, strict=True):
        if days is None:
            assert result.tier == "D"
            continue
        p = result.rule_params
        assert all(1 <= p[k] <= 5 for k in "rfm")
        assert p["segment"] == segment(p["r"], p["f"], p["m"])
        assert result.tier == RfmParams().segment_tiers[p["segment"]]
        for (other_days, other_orders, other_revenue), other in zip(rows, results, strict=True):
            if other_days is not None and (other_days, other_orders, other_revenue) == (days, orders, revenue):
                assert other.rule_params == p


@given(st.lists(st.one_of(st.integers(-50, 50), st.integers(), st.floats(-1e6, 1e6)), min_size=1, max_size=300))
def test_mostly_distinct_values_are_scored_as_any_others(values: list[float]) -> None:
    from domain.tiers import rfm

    # The reference: the value -> score table quintile_scores uses for values with many ties.
    n = len(values)
    ordered = sorted(values)
    expected = [1 + 5 * (2 * bisect_left(ordered, v) + (bisect_right(ordered, v) - bisect_left(ordered, v))) // (2 * n)
                for v in values]  # fmt: skip
    assert rfm._scores_by_cuts(values) == expected
    assert quintile_scores(values) == expected

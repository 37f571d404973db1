from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.tiers import ParetoParams, classify_pareto
from tests.domain.tiers.helpers import by_id, metrics

TIER_RANK = {"A": 0, "B": 1, "C": 2, "D": 3}


def _portfolio(revenues: dict[int, int]) -> list:
    return [metrics(i, revenue_cents=r) for i, r in revenues.items()]


def test_a_while_the_accounts_above_hold_less_than_the_cut_off() -> None:
    # Total 10,000: the accounts above #3 hold exactly 80%, above #5 exactly 95%.
    results = by_id(classify_pareto(_portfolio({1: 5_000, 2: 3_000, 3: 1_000, 4: 500, 5: 500, 6: 0, 7: -100}),
                                    ParetoParams()))
    assert {i: r.tier for i, r in results.items()} == {1: "A", 2: "A", 3: "B", 4: "B", 5: "C", 6: "D", 7: "D"}
    assert results[3].rule_params["cumulative_share_before"] == 0.8
    assert results[3].rule_code == "pareto_b"
    assert results[5].rule_params["cumulative_share_before"] == 0.95
    assert results[2].rule_params == {"rank": 2, "revenue_cents": 3_000, "revenue_share": 0.3,
                                      "cumulative_share_before": 0.5, "a_cut": 0.8, "b_cut": 0.95}
    assert results[6].rule_code == "pareto_no_revenue"
    assert all(r.score is None for r in results.values())


def test_the_account_that_crosses_the_cut_off_is_still_a() -> None:
    results = by_id(classify_pareto(_portfolio({1: 7_900, 2: 200, 3: 1_900}), ParetoParams()))
    # Ranked 1 (0% above), 3 (79% above), 2 (98% above).
    assert (results[1].tier, results[3].tier, results[2].tier) == ("A", "A", "C")


def test_equal_revenue_is_ranked_by_key_whatever_the_input_order() -> None:
    accounts = [metrics(1, key="Z", revenue_cents=500), metrics(2, key="A", revenue_cents=500),
                metrics(3, key="M", revenue_cents=9_000)]
    for portfolio in (accounts, accounts[::-1]):
        results = by_id(classify_pareto(portfolio, ParetoParams()))
        assert results[2].rule_params["rank"] == 2
        assert results[1].rule_params["rank"] == 3
        assert (results[2].tier, results[1].tier) == ("B", "C")   # 90% above "A", 95% above "Z"


def test_results_follow_the_input_order() -> None:
    portfolio = _portfolio({5: 1, 3: 100, 9: 0, 1: 50})
    assert [r.account_id for r in classify_pareto(portfolio, ParetoParams())] == [5, 3, 9, 1]


def test_cut_offs_are_editable() -> None:
    results = by_id(classify_pareto(_portfolio({1: 5_000, 2: 3_000, 3: 2_000}), ParetoParams(a_cut=0.5, b_cut=0.8)))
    assert {i: r.tier for i, r in results.items()} == {1: "A", 2: "B", 3: "C"}
    assert results[1].rule == "Pareto: accounts ranked above it hold 0% of revenue, below the 50% cut-off, so A."


def test_an_empty_portfolio_and_one_without_revenue() -> None:
    assert classify_pareto([], ParetoParams()) == []
    assert [r.tier for r in classify_pareto(_portfolio({1: 0, 2: 0}), ParetoParams())] == ["D", "D"]


def _reference(revenues: list[int], keys: list[str], a_cut: float, b_cut: float) -> list[str]:
    """Brute force: for each account sum what the accounts ranked above it hold, exactly."""
    total = sum(r for r in revenues if r > 0)
    tiers = []
    for i, revenue in enumerate(revenues):
        if revenue <= 0:
            tiers.append("D")
            continue
        above = sum(r for j, r in enumerate(revenues) if r > 0 and (-r, keys[j]) < (-revenue, keys[i]))
        share = Fraction(above, total)
        tiers.append("A" if share < Fraction(str(a_cut)) else "B" if share < Fraction(str(b_cut)) else "C")
    return tiers


revenue_lists = st.lists(st.integers(-1_000, 1_000_000), min_size=1, max_size=40)
cut_offs = st.tuples(st.integers(1, 98), st.integers(1, 100)).filter(lambda c: c[0] < c[1]).map(
    lambda c: (c[0] / 100, c[1] / 100))


@given(revenue_lists, cut_offs)
def test_pareto_matches_a_brute_force_reference(revenues: list[int], cuts: tuple[float, float]) -> None:
    keys = [f"K{i:03d}" for i in range(len(revenues))][::-1]  # key order differs from input order
    portfolio = [metrics(i, key=k, revenue_cents=r) for i, (k, r) in enumerate(zip(keys, revenues, strict=True))]
    results = classify_pareto(portfolio, ParetoParams(*cuts))
    assert [r.tier for r in results] == _reference(revenues, keys, *cuts)


@given(revenue_lists)
def test_pareto_tiers_never_fall_as_revenue_grows(revenues: list[int]) -> None:
    results = classify_pareto(_portfolio(dict(enumerate(revenues))), ParetoParams())
    pairs = list(zip(revenues, results, strict=True))
    for revenue, result in pairs:
        assert (result.tier == "D") == (revenue <= 0)
        for other_revenue, other in pairs:
            if revenue > other_revenue:
                assert TIER_RANK[result.tier] <= TIER_RANK[other.tier]


def test_pareto_and_rfm_agree_with_an_independent_pandas_computation() -> None:
    pd = pytest.importorskip("pandas")
    import random

    from domain.tiers import RfmParams, classify_rfm

    rnd = random.Random(5)
    portfolio = [
        metrics(i, key=f"K{rnd.randrange(10**6):06d}-{i}", revenue_cents=rnd.choice([0, rnd.randint(1, 50) * 100]),
                orders=rnd.randint(0, 6), days_since_last_order=rnd.choice([None, rnd.randint(0, 30) * 10]))
        for i in range(300)
    ]
    frame = pd.DataFrame({
        "id": [m.account_id for m in portfolio], "key": [m.key for m in portfolio],
        "revenue": [m.revenue_cents for m in portfolio], "orders": [m.orders for m in portfolio],
        "recency": [m.days_since_last_order for m in portfolio],
    })

    ranked = frame[frame.revenue > 0].sort_values(["revenue", "key"], ascending=[False, True])
    share_before = (ranked.revenue.cumsum() - ranked.revenue) / ranked.revenue.sum()
    expected_tiers = pd.Series("D", index=frame.index)
    expected_tiers[ranked.index] = ["A" if s < 0.8 - 1e-12 else "B" if s < 0.95 - 1e-12 else "C"
                                    for s in share_before]
    got = [r.tier for r in classify_pareto(portfolio, ParetoParams())]
    assert got == list(expected_tiers)

    scored = frame[frame.recency.notna()]
    n = len(scored)

    def quintile(ranks: pd.Series) -> pd.Series:
        # average rank is 1-based with ties averaged: percentile = (rank - 0.5) / n
        return (1 + (5 * (ranks - 0.5) / n).astype(float).apply(int)).astype(int)

    r_scores = quintile(scored.recency.rank(method="average", ascending=False))
    f_scores = quintile(scored.orders.rank(method="average"))
    m_scores = quintile(scored.revenue.rank(method="average"))
    results = classify_rfm(portfolio, RfmParams())
    for position, index in enumerate(scored.index):
        params = results[index].rule_params
        assert (params["r"], params["f"], params["m"]) == (
            r_scores.iloc[position], f_scores.iloc[position], m_scores.iloc[position])

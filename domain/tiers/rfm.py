"""RFM: recency, frequency and monetary value, scored 1-5 by quintile.

Only accounts that have ever ordered are scored, and only against each other:
R is days since the last order (of any age, so an account with no order in
the window still has an R), F the orders in the window, M the window revenue.
An account that never ordered is D.

Quintile score (tie-stable)
    ``p = (worse + equal / 2) / n`` is the account's percentile rank with ties
    at mid-rank, where ``worse`` counts scored accounts with a strictly worse
    value (fewer orders, less revenue, a *longer* time since the last order) and
    ``equal`` counts those with the same value, itself included; the score is
    ``1 + floor(5 * p)``. Equal values always get equal scores, every score is
    1-5, five distinct values score 1..5, and a lone account (or all equal) scores 3.

Segments
    From R and ``FM = ceil((F + M) / 2)`` (the half-up mean of F and M), the
    usual R-against-FM grid, every one of the 25 cells named:

    - champions: R 5, FM 4-5
    - loyal: R 3-4, FM 4-5
    - potential_loyalists: R 4-5, FM 2-3
    - new: R 5, FM 1
    - promising: R 4, FM 1
    - need_attention: R 3, FM 1-3
    - cannot_lose: R 1-2, FM 5
    - at_risk: R 1-2, FM 3-4
    - hibernating: R 2, FM 1-2
    - lost: R 1, FM 1-2

    Each segment maps to a tier through :attr:`RfmParams.segment_tiers`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, deque
from collections.abc import Sequence
from itertools import accumulate, compress, repeat
from operator import add, floordiv, is_not, mul, sub

from domain.bulk import collector_paused
from domain.tiers.metrics import AccountMetrics, metric_column
from domain.tiers.params import RfmParams
from domain.tiers.result import CriterionLine, Explanation, RuleValue, TierResult, TierResults

_GRID: dict[int, tuple[str, str, str, str, str]] = {
    5: ("new", "potential_loyalists", "potential_loyalists", "champions", "champions"),
    4: ("promising", "potential_loyalists", "potential_loyalists", "loyal", "loyal"),
    3: ("need_attention", "need_attention", "need_attention", "loyal", "loyal"),
    2: ("hibernating", "hibernating", "at_risk", "at_risk", "cannot_lose"),
    1: ("lost", "lost", "at_risk", "at_risk", "cannot_lose"),
}


def segment(r: int, f: int, m: int) -> str:
    """The named segment of RFM scores (each 1-5); see the module docstring."""
    return _GRID[r][(f + m + 1) // 2 - 1]


def quintile_scores(values: Sequence[float], *, higher_is_better: bool = True) -> list[int]:
    """The 1-5 quintile score of each value among all of ``values`` (module docstring).

    ``higher_is_better=False`` scores the smallest values highest (recency).
    Sorts the values once: O(n log n).
    """
    n = len(values)
    if higher_is_better and len(set(values[:_FEW_VALUES])) > _FEW_VALUES // 2:
        return _scores_by_cuts(values)  # mostly distinct values (revenue): the same scores, quicker
    counted = Counter(values)
    distinct = sorted(counted)
    equal = list(map(counted.__getitem__, distinct))
    below = list(accumulate(equal, initial=0))
    below.pop()  # how many values are smaller than each distinct one
    worse = below if higher_is_better else map(sub, map(sub, repeat(n), below), equal)
    # 1 + floor(5 * (worse + equal / 2) / n), in integers, one C-level pass per step
    # (a value → score table of up to n entries, so no Python code runs per value).
    doubled = map(add, map(mul, worse, repeat(2)), equal)
    scores = map(add, repeat(1), map(floordiv, map(mul, repeat(5), doubled), repeat(2 * n)))
    score_of = dict(zip(distinct, scores, strict=True))
    return list(map(score_of.__getitem__, values))


_FEW_VALUES = 256  # the sample that tells whether values are mostly distinct


def _scores_by_cuts(values: Sequence[float]) -> list[int]:
    """:func:`quintile_scores` with ``higher_is_better``, through the four values where the score steps up.

    The score only grows with the value, so it is 1 plus how many of the
    smallest values scoring 2, 3, 4 and 5 the value reaches; each is found by
    bisecting the sorted values with the score's own integer formula. A value
    → score table would hold an entry per distinct value, nearly one per account.
    """
    n = len(values)
    ordered = sorted(values)

    def score_at(position: int) -> int:
        value = ordered[position]
        below = bisect_left(ordered, value)
        equal = bisect_right(ordered, value, below) - below
        return 1 + 5 * (2 * below + equal) // (2 * n)

    cuts = []
    for score in range(2, 6):
        first = bisect_left(range(n), score, key=score_at)  # the first position scoring at least this
        if first < n:
            cuts.append(ordered[first])
    return list(map(add, repeat(1), map(bisect_right, repeat(cuts), values)))


def classify_rfm(metrics: Sequence[AccountMetrics], params: RfmParams) -> TierResults:
    """One result per account, in the order of ``metrics`` (as columns); ``score`` is R+F+M (3-15).

    ``rule_params`` carry ``r``, ``f``, ``m`` (1-5), ``segment`` and ``tier``.
    """
    with collector_paused():
        return _classify(metrics, params)


def _classify(metrics: Sequence[AccountMetrics], params: RfmParams) -> TierResults:
    recency = metric_column(metrics, "days_since_last_order")
    orders = metric_column(metrics, "orders")
    revenues = metric_column(metrics, "revenue_cents")
    ordered = bytes(map(is_not, recency, repeat(None)))
    scored: Sequence[int] = list(compress(range(len(recency)), ordered))
    if len(scored) == len(recency):  # everyone has ordered: no gathering needed
        scored = range(len(recency))
    else:
        recency, orders, revenues = (list(compress(column, ordered)) for column in (recency, orders, revenues))
    r_scores = quintile_scores(recency, higher_is_better=False)
    f_scores = quintile_scores(orders)
    m_scores = quintile_scores(revenues)
    # 125 score combinations at most: each one's tier, score, rule and rule values are
    # made once and shared (they are immutable); the results are built column-wise.
    # Each combination as one small integer, 36 r + 6 f + m (scores are 1-5; 0 stands for
    # "never ordered"), so that looking an account's cell up hashes an int, not a tuple.
    combined = list(map(add, map(add, map(mul, r_scores, repeat(36)), map(mul, f_scores, repeat(6))), m_scores))
    n = len(metrics)
    if len(combined) < n:
        everyone = [0] * n
        deque(map(everyone.__setitem__, scored, combined), maxlen=0)  # each code to its account, in C
        combined = everyone
    # 125 combinations at most: each one's tier, score, rule and rule values are made once
    # and shared (they are immutable); the results are built column by column.
    tier_of: dict[int, str] = {0: "D"}
    score_of: dict[int, float | None] = {0: None}
    code_of: dict[int, str] = {0: "rfm_never_ordered"}
    values_of: dict[int, tuple[RuleValue, ...]] = {0: ()}
    tiers = params.segment_tiers
    for code in set(combined) - {0}:
        r, f, m = code // 36, code // 6 % 6, code % 6
        name = _GRID[r][(f + m + 1) // 2 - 1]
        tier_of[code], score_of[code], code_of[code] = tiers[name], float(r + f + m), "rfm_segment"
        values_of[code] = (r, f, m, name, tiers[name])
    tier_column = list(map(tier_of.__getitem__, combined))
    return TierResults({
        "account_id": metric_column(metrics, "account_id"),
        "key": metric_column(metrics, "key"),
        "name": metric_column(metrics, "name"),
        "tier": tier_column,
        "model_tier": tier_column,
        "model": ("rfm",) * n,
        "score": list(map(score_of.__getitem__, combined)),
        "rule_code": list(map(code_of.__getitem__, combined)),
        "rule_values": list(map(values_of.__getitem__, combined)),
        "override": (None,) * n,
    })


def explain_rfm(result: TierResult, metrics: AccountMetrics) -> Explanation:
    """The three values and the quintile scores (as points) they earned."""
    params = result.rule_params
    scores: list[float | None] = [None, None, None]
    if result.rule_code == "rfm_segment":
        scores = [_as_float(params["r"]), _as_float(params["f"]), _as_float(params["m"])]
    lines = (
        CriterionLine("recency", "transaction", metrics.days_since_last_order, scores[0], None, None),
        CriterionLine("frequency", "transaction", metrics.orders, scores[1], None, None),
        CriterionLine("monetary", "transaction", metrics.revenue, scores[2], None, None),
    )
    return Explanation(result.account_id, result.key, "rfm", result.model_tier, result.score, result.rule_code,
                       params, lines, {})


def _as_float(value: object) -> float:
    if isinstance(value, int | float):
        return float(value)
    raise TypeError(f"expected a number, got {value!r}")

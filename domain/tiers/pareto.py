"""Pareto (ABC) analysis: the few accounts that bring most of the revenue are A.

Accounts with positive window revenue are ranked by revenue, highest first
(equal revenue by key, so the order never depends on input order). Walking down
the ranking, an account is A while the accounts ranked *above* it hold less than
``a_cut`` of the revenue, B while they hold less than ``b_cut``, else C. So the
account that carries the total past 80% is still A, and the first one after it
is B. An account without positive revenue is D. Shares are of the total
positive revenue, so refunds on other accounts cannot push the sum past 100%.
The comparison is exact (integer cents against the cut-off as a fraction).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from fractions import Fraction
from itertools import accumulate
from operator import attrgetter, neg

from domain.bulk import collector_paused
from domain.tiers.metrics import AccountMetrics
from domain.tiers.params import ParetoParams
from domain.tiers.result import CriterionLine, Explanation, TierResult


def classify_pareto(metrics: Sequence[AccountMetrics], params: ParetoParams) -> list[TierResult]:
    """One result per account, in the order of ``metrics``; ``score`` is ``None``.

    ``rule_params`` carry ``rank`` (1 = highest revenue), ``revenue_cents``,
    ``revenue_share`` and ``cumulative_share_before`` (fractions of total
    positive revenue) and the cut-offs.
    """
    with collector_paused():
        n = len(metrics)
        revenues = list(map(_REVENUE, metrics))
        order = sorted(range(n), key=list(map(_KEY, metrics)).__getitem__)
        # Stable: equal revenues stay in key order, also with reverse=True.
        order.sort(key=revenues.__getitem__, reverse=True)
        ranked = list(map(metrics.__getitem__, order))
        ranked_revenue = list(map(revenues.__getitem__, order))
        positive = bisect_left(ranked_revenue, 0, key=neg)  # the first account without positive revenue
        before = list(accumulate(ranked_revenue[:positive], initial=0))  # revenue of the accounts above each
        total = before[-1]
        # The cumulative share only grows down the ranking, so each cut-off is one
        # bisection; "before / total < cut" is tested as "before * den < num * total".
        a_cut, b_cut = Fraction(repr(params.a_cut)), Fraction(repr(params.b_cut))
        a_end = bisect_left(before, a_cut.numerator * total, 0, positive, key=lambda c: c * a_cut.denominator)
        b_end = bisect_left(before, b_cut.numerator * total, a_end, positive, key=lambda c: c * b_cut.denominator)
        new = tuple.__new__  # skips the keyword __new__ of the named tuple
        results: list[TierResult] = []
        for tier, code, start, end in (("A", "pareto_a", 0, a_end), ("B", "pareto_b", a_end, b_end),
                                       ("C", "pareto_c", b_end, positive)):
            results.extend(
                new(TierResult, (m.account_id, m.key, m.name, tier, tier, "pareto", None, code, (
                    rank, revenue, revenue / total, cumulative / total, params.a_cut, params.b_cut), None))
                for rank, m, revenue, cumulative in zip(range(start + 1, end + 1), ranked[start:end],
                                                       ranked_revenue[start:end], before[start:end], strict=True)
            )
        results.extend(
            new(TierResult, (m.account_id, m.key, m.name, "D", "D", "pareto", None, "pareto_no_revenue", (revenue,),
                             None))
            for m, revenue in zip(ranked[positive:], ranked_revenue[positive:], strict=True)
        )
        # Back to input order: the rank of input i is where i sits in ``order``.
        rank_of = sorted(range(n), key=order.__getitem__)
        return list(map(results.__getitem__, rank_of))


_REVENUE = attrgetter("revenue_cents")
_KEY = attrgetter("key")


def explain_pareto(result: TierResult, metrics: AccountMetrics) -> Explanation:
    """The revenue and ranking numbers that put the account in its tier."""
    params = result.rule_params
    lines = [CriterionLine("revenue", "transaction", metrics.revenue, None, None, None)]
    for name in ("rank", "revenue_share", "cumulative_share_before"):
        value = params.get(name)
        if isinstance(value, int | float):
            lines.append(CriterionLine(name, "transaction", value, None, None, None))
    return Explanation(result.account_id, result.key, "pareto", result.model_tier, None, result.rule_code,
                       params, tuple(lines), {})

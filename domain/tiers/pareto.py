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
from collections import deque
from collections.abc import Iterator, Sequence
from fractions import Fraction
from itertools import accumulate, compress, repeat
from operator import eq, gt, not_, truediv
from typing import overload

from domain.bulk import collector_paused
from domain.tiers.metrics import AccountMetrics, metric_column
from domain.tiers.params import ParetoParams
from domain.tiers.result import CriterionLine, Explanation, RuleValue, TierResult, TierResults


def classify_pareto(metrics: Sequence[AccountMetrics], params: ParetoParams) -> TierResults:
    """One result per account, in the order of ``metrics`` (as columns); ``score`` is ``None``.

    ``rule_params`` carry ``rank`` (1 = highest revenue), ``revenue_cents``,
    ``revenue_share`` and ``cumulative_share_before`` (fractions of total
    positive revenue) and the cut-offs. Reads the columns of a
    :class:`~domain.tiers.metrics.MetricsTable` without building its rows.
    """
    with collector_paused():
        return _classify(metrics, params)


def _classify(metrics: Sequence[AccountMetrics], params: ParetoParams) -> TierResults:
    revenues = metric_column(metrics, "revenue_cents")
    # Only accounts with positive revenue are ranked; the others are D, unranked.
    order = list(compress(range(len(revenues)), map(gt, revenues, repeat(0))))
    order.sort(key=revenues.__getitem__, reverse=True)  # stable: equal revenues stay in input order
    ranked_revenue = list(map(revenues.__getitem__, order))
    _break_ties_by_key(order, ranked_revenue, metric_column(metrics, "key"))
    positive = len(order)
    before = list(accumulate(ranked_revenue, initial=0))  # revenue of the accounts above each
    total = before[-1]
    # The cumulative share only grows down the ranking, so each cut-off is one
    # bisection; "before / total < cut" is tested as "before * den < num * total".
    a_cut, b_cut = Fraction(repr(params.a_cut)), Fraction(repr(params.b_cut))
    a_end = bisect_left(before, a_cut.numerator * total, 0, positive, key=lambda c: c * a_cut.denominator)
    b_end = bisect_left(before, b_cut.numerator * total, a_end, positive, key=lambda c: c * b_cut.denominator)
    # The results are built in input order, column by column; rank 0 stands for "not ranked".
    rank_of = [0] * len(revenues)
    deque(map(rank_of.__setitem__, order, range(1, positive + 1)), maxlen=0)  # each rank to its account, in C
    tier_by_rank = ["D", *["A"] * a_end, *["B"] * (b_end - a_end), *["C"] * (positive - b_end)]
    code_by_rank = ["pareto_no_revenue", *["pareto_a"] * a_end, *["pareto_b"] * (b_end - a_end),
                    *["pareto_c"] * (positive - b_end)]  # fmt: skip
    tiers = list(map(tier_by_rank.__getitem__, rank_of))
    # The rule values are made when a result is read: most callers read only the tiers.
    unranked: dict[int, tuple[RuleValue, ...]] = {
        revenue: (revenue,) for revenue in set(compress(revenues, map(not_, rank_of)))
    }
    n = len(revenues)
    return TierResults({
        "account_id": metric_column(metrics, "account_id"),
        "key": metric_column(metrics, "key"),
        "name": metric_column(metrics, "name"),
        "tier": tiers,
        "model_tier": tiers,
        "model": ("pareto",) * n,
        "score": (None,) * n,
        "rule_code": list(map(code_by_rank.__getitem__, rank_of)),
        "rule_values": _RuleValues(rank_of, ranked_revenue, before, total, params, revenues, unranked),
        "override": (None,) * n,
    })


class _RuleValues(Sequence[tuple[RuleValue, ...]]):
    """Each account's Pareto rule values, in input order, made when read.

    A ranked account's are ``(rank, revenue_cents, revenue_share,
    cumulative_share_before, a_cut, b_cut)``; an unranked one's
    ``(revenue_cents,)``, one shared tuple per revenue (tuples are immutable).
    """

    def __init__(
        self,
        rank_of: list[int],
        ranked_revenue: list[int],
        before: list[int],
        total: int,
        params: ParetoParams,
        revenues: Sequence[int],
        unranked: dict[int, tuple[RuleValue, ...]],
    ) -> None:
        self._rank_of = rank_of
        self._ranked_revenue = ranked_revenue
        self._before = before
        self._total = total
        self._cuts = (params.a_cut, params.b_cut)
        self._revenues = revenues
        self._unranked = unranked

    def __len__(self) -> int:
        return len(self._rank_of)

    def _values(self, position: int) -> tuple[RuleValue, ...]:
        rank = self._rank_of[position]
        if not rank:
            return self._unranked[self._revenues[position]]
        revenue = self._ranked_revenue[rank - 1]
        return (rank, revenue, revenue / self._total, self._before[rank - 1] / self._total, *self._cuts)

    @overload
    def __getitem__(self, index: int) -> tuple[RuleValue, ...]: ...

    @overload
    def __getitem__(self, index: slice) -> list[tuple[RuleValue, ...]]: ...

    def __getitem__(self, index: int | slice) -> tuple[RuleValue, ...] | list[tuple[RuleValue, ...]]:
        if isinstance(index, slice):
            return [self._values(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("rule values index out of range")
        return self._values(index)

    def __iter__(self) -> Iterator[tuple[RuleValue, ...]]:
        # Every ranked account's values made in rank order at C speed, then put in input order.
        positive = len(self._ranked_revenue)
        total = self._total
        by_rank: list[tuple[RuleValue, ...]] = [()]
        by_rank += zip(
            range(1, positive + 1),
            self._ranked_revenue,
            map(truediv, self._ranked_revenue, repeat(total)),
            map(truediv, self._before[:positive], repeat(total)),
            repeat(self._cuts[0]),
            repeat(self._cuts[1]),
        )
        values = list(map(by_rank.__getitem__, self._rank_of))
        if positive < len(values):
            for i in compress(range(len(values)), map(not_, self._rank_of)):
                values[i] = self._unranked[self._revenues[i]]
        return iter(values)


def _break_ties_by_key(order: list[int], ranked_revenue: list[int], keys: Sequence[str]) -> None:
    """Put each run of equal revenues in ``order`` in key order (stable), in place."""
    # Ties are rare among revenues in cents: find them in one C-level pass.
    tied = list(compress(range(1, len(order)), map(eq, ranked_revenue[1:], ranked_revenue)))
    k = 0
    while k < len(tied):
        start = tied[k] - 1  # a run of equal revenues: tied[k] - 1, tied[k], tied[k] + 1, …
        end = tied[k] + 1
        k += 1
        while k < len(tied) and tied[k] == end:
            end += 1
            k += 1
        order[start:end] = sorted(order[start:end], key=keys.__getitem__)


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

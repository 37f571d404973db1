"""The weighted multi-dimensional model: a 0-100 value score from three dimensions.

Each criterion turns one metric into 0-100 points through its bands (see
:mod:`domain.tiers.params`). A dimension's score is the weighted mean of its
criteria's points; the value score is the weighted mean of the dimension scores
(dimension weights sum to 100), rounded to 6 decimals so that hand-computed
scores meet the cut-offs exactly.

Missing inputs (``None``: no due orders, fewer than two orders, unknown
potential data) are never skipped silently. With ``missing="zero"`` they earn
0 points at full weight. With ``missing="respread"`` they are left out and the
weighted means are taken over the known criteria only, which spreads the
missing weight over the known criteria of the same dimension in proportion to
their weights; a dimension with nothing known is left out of the value score
the same way. An account with nothing known at all scores 0.

A prospect that has never ordered is D without a score; everyone else is A
at ``score >= a_min``, B at ``score >= b_min``, else C.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from itertools import compress, repeat
from operator import and_, eq, is_, itemgetter, mul, or_

from domain.bulk import collector_paused
from domain.tiers.metrics import AccountMetrics, metric_column
from domain.tiers.params import Criterion, WeightedParams
from domain.tiers.result import DIMENSIONS, CriterionLine, Explanation, MetricValue, RuleValue, TierResults

#: The :class:`AccountMetrics` attribute each criterion reads.
CRITERION_METRICS: dict[str, str] = {
    "revenue_share": "revenue_share",
    "purchase_cycle": "mean_days_between_orders",
    "repeat_purchases": "repeat_purchases",
    "on_time_rate": "on_time_rate",
    "interactions_per_year": "interactions_per_year",
    "referrals": "referrals",
    "feedback": "feedback",
    "industry_growth": "industry_growth_pct",
    "size_percentile": "size_percentile",
    "decision_nodes": "decision_nodes",
    "industry_leader": "industry_leader",
}

#: Up to this many distinct values a criterion is scored through a value → points
#: dictionary (one C-level map) instead of a bisection per account.
_FEW_VALUES = 256


class _Scorer:
    """The weighted parameters compiled for fast scoring of many accounts.

    Classification, :func:`weighted_scores` and :func:`explain_weighted` all
    score through :meth:`score_all`, so an explanation shows exactly the
    numbers the classification used.
    """

    def __init__(self, params: WeightedParams) -> None:
        self.criteria = params.criteria
        indexes = [AccountMetrics._fields.index(CRITERION_METRICS[c.id]) for c in self.criteria]
        self.pick = itemgetter(*indexes)
        self.zero_missing = params.missing == "zero"
        self.bands = [_compile(c) for c in self.criteria]
        self.dimensions: list[tuple[str, float, list[int], list[float]]] = []
        for name in DIMENSIONS:
            indexes = [i for i, c in enumerate(self.criteria) if c.dimension == name]
            self.dimensions.append(
                (name, float(params.dimensions[name]), indexes, [float(self.criteria[i].weight) for i in indexes])
            )
        self._coefficients: dict[int, tuple[float, ...]] = {}

    def coefficients(self, missing_mask: int) -> tuple[float, ...]:
        """Each criterion's share (0..1) of the value score when the criteria whose bit
        (``1 << index``) is set in ``missing_mask`` are missing and re-spread."""
        cached = self._coefficients.get(missing_mask)
        if cached is not None:
            return cached
        known_dimensions: list[tuple[float, list[tuple[int, float]], float]] = []
        for _name, dim_weight, indexes, weights in self.dimensions:
            known = [(i, w) for i, w in zip(indexes, weights, strict=True) if not missing_mask >> i & 1]
            within = sum(w for _i, w in known)
            if dim_weight > 0 and within > 0:
                known_dimensions.append((dim_weight, known, within))
        weight_known = sum(d for d, _k, _w in known_dimensions)
        shares = [0.0] * len(self.criteria)
        for dim_weight, known, within in known_dimensions:
            for i, w in known:
                shares[i] = dim_weight / weight_known * w / within
        cached = self._coefficients[missing_mask] = tuple(shares)
        return cached

    def points(self, metrics: Sequence[AccountMetrics]) -> tuple[list[list[float]], list[int] | None]:
        """Each criterion's points column (missing = 0.0) and the missing masks (``None``: nothing missing).

        Works column by column so that each step is one C-level pass over the accounts.
        """
        columns: list[list[float]] = []
        masks: list[int] | None = None
        for index, criterion in enumerate(self.criteria):
            values = metric_column(metrics, CRITERION_METRICS[criterion.id])
            thresholds, table, search = self.bands[index]
            flags: list[int] | None = None
            bit = 1 << index
            # A sample tells cheaply whether a value → points dictionary pays off;
            # either way the points are the same.
            distinct = set(values) if len(set(values[:_FEW_VALUES])) < _FEW_VALUES // 4 else None
            if distinct is not None and len(distinct) <= _FEW_VALUES:
                lookup = {v: 0.0 if v is None else table[search(thresholds, v)] for v in distinct}
                columns.append(list(map(lookup.__getitem__, values)))
                if None in distinct and not self.zero_missing:
                    flags = list(map({v: bit if v is None else 0 for v in distinct}.__getitem__, values))
            else:
                columns.append([0.0 if v is None else table[search(thresholds, v)] for v in values])
                if not self.zero_missing and None in values:
                    flags = [bit if v is None else 0 for v in values]
            if flags is not None:
                masks = flags if masks is None else list(map(or_, masks, flags))
        return columns, masks

    def scores(self, metrics: Sequence[AccountMetrics]) -> list[float]:
        """The value score of every account: ``round(sum(coefficient * points), 6)``.

        The same sum as :meth:`score_all` forms for one row. Banded points make
        few distinct rows of points (and missing masks): each distinct row is
        scored once and every account looks its row up, so no Python code runs
        per account.
        """
        if not metrics:
            return []
        columns, masks = self.points(metrics)
        rows = list(zip(*columns, masks or repeat(0), strict=masks is not None))
        k = len(columns)
        score_of = {row: round(sum(map(mul, self.coefficients(row[k]), row[:k])), 6) for row in set(rows)}
        return list(map(score_of.__getitem__, rows))

    def score_all(self, metrics: Sequence[AccountMetrics]) -> tuple[list[float], list[tuple[float, ...]], list[int]]:
        """Value scores, criterion points (missing = 0.0) and missing masks of every account, row by row."""
        if not metrics:
            return [], [], []
        columns, masks = self.points(metrics)
        rows = list(zip(*columns, strict=True))
        if masks is None:
            masks = [0] * len(rows)
        cache = {mask: self.coefficients(mask) for mask in set(masks)}
        scores = [round(sum(map(mul, cache[mask], row)), 6) for row, mask in zip(rows, masks, strict=True)]
        return scores, rows, masks


def _dimension_score(points: tuple[float, ...], mask: int, indexes: list[int], weights: list[float]) -> float | None:
    earned = 0.0
    weight_known = 0.0
    for i, w in zip(indexes, weights, strict=True):
        if not mask >> i & 1:
            earned += w * points[i]
            weight_known += w
    return earned / weight_known if weight_known > 0 else None


def _compile(c: Criterion) -> tuple[list[float], list[float], Callable[[list[float], float], int]]:
    # Bands as an ascending threshold list plus a points table indexed by a bisection,
    # so each lookup is one C call instead of a Python loop over the bands.
    if c.direction == "higher":
        # bisect_right = how many thresholds the value reaches (value >= threshold).
        return ([b.threshold for b in reversed(c.bands)],
                [c.otherwise, *(b.points for b in reversed(c.bands))], bisect_right)
    # bisect_left = how many thresholds the value exceeds (value > threshold).
    return [b.threshold for b in c.bands], [*(b.points for b in c.bands), c.otherwise], bisect_left


def classify_weighted(metrics: Sequence[AccountMetrics], params: WeightedParams) -> TierResults:
    """One result per account, in the order of ``metrics`` (as columns); ``score`` is the value score 0-100.

    ``rule_params`` carry ``score``, ``a_min`` and ``b_min``.
    """
    with collector_paused():
        return _classify(metrics, params)


def _classify(metrics: Sequence[AccountMetrics], params: WeightedParams) -> TierResults:
    scores = _Scorer(params).scores(metrics)
    a_min, b_min = params.a_min, params.b_min
    # Banded points make few distinct scores: each one's tier is decided once, and accounts
    # with the same score share one (immutable) rule-values tuple.
    distinct = set(scores)
    tier_of = {score: "A" if score >= a_min else "B" if score >= b_min else "C" for score in distinct}
    tiers = list(map(tier_of.__getitem__, scores))
    codes = list(map(_CODES.__getitem__, tiers))
    shared = {score: (score, a_min, b_min) for score in distinct}
    values: list[tuple[RuleValue, ...]] = list(map(shared.__getitem__, scores))
    score_column: list[float | None] = list(scores)
    # A prospect that has never ordered is D without a score.
    prospects = map(eq, metric_column(metrics, "lifecycle"), repeat("prospect"))
    never = map(is_, metric_column(metrics, "days_since_last_order"), repeat(None))
    for i in compress(range(len(scores)), map(and_, prospects, never)):
        tiers[i], codes[i], values[i], score_column[i] = "D", "weighted_prospect", (), None
    n = len(tiers)
    return TierResults({
        "account_id": metric_column(metrics, "account_id"),
        "key": metric_column(metrics, "key"),
        "name": metric_column(metrics, "name"),
        "tier": tiers,
        "model_tier": tiers,
        "model": ("weighted",) * n,
        "score": score_column,
        "rule_code": codes,
        "rule_values": values,
        "override": (None,) * n,
    })


_CODES = {"A": "weighted_a", "B": "weighted_b", "C": "weighted_c"}
def weighted_scores(metrics: Sequence[AccountMetrics], params: WeightedParams) -> list[float]:
    """The value score (0-100) of every account, prospects included, in the order of ``metrics``."""
    with collector_paused():
        return _Scorer(params).scores(metrics)


def explain_weighted(metrics: AccountMetrics, params: WeightedParams) -> Explanation:
    """Every criterion's value, points and effective weight, and each dimension's score.

    The score and tier are computed exactly as :func:`classify_weighted` does.
    A missing value shows as ``None``; with "respread" its points are ``None``
    and its effective weight 0, with "zero" it shows 0 points at full weight.
    """
    scorer = _Scorer(params)
    _scores, rows, masks = scorer.score_all([metrics])
    points, mask = rows[0], masks[0]
    shares = scorer.coefficients(mask)
    result = classify_weighted([metrics], params)[0]
    values: tuple[MetricValue, ...] = scorer.pick(metrics)
    lines = tuple(
        CriterionLine(c.id, c.dimension, values[i], None if mask >> i & 1 else points[i], float(c.weight),
                      shares[i] * 100)
        for i, c in enumerate(scorer.criteria)
    )
    dimension_scores = {name: _dimension_score(points, mask, indexes, weights)
                        for name, _w, indexes, weights in scorer.dimensions}
    return Explanation(metrics.account_id, metrics.key, "weighted", result.model_tier, result.score,
                       result.rule_code, result.rule_params, lines, dimension_scores)

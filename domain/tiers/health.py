"""Monitoring tier health (客户分级健康度) and early risk signals.

Health compares the tiers in force on two days, rebuilt from the tier history:

- **A churn** = accounts that were A at ``start`` and are in a lower tier at
  ``end``, over the accounts that were A at ``start``. Target ≤ 5%.
- **B → A upgrade** = accounts that were B at ``start`` and are A at ``end``,
  over the accounts that were B at ``start``. Target ≥ 20%.
- **C → B conversion** = accounts that were C at ``start`` and are exactly B at
  ``end``, over the accounts that were C at ``start``. A jump straight to A is
  not counted: the target measures the step into growth care. Target ≥ 10%.

A rate is ``None`` (and its target neither met nor missed) when nobody was in
the starting tier.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import NamedTuple

from domain.errors import ValidationError
from domain.tiers.metrics import AccountMetrics
from domain.tiers.params import WeightedParams
from domain.tiers.weighted import weighted_scores


class HistoryEntry(NamedTuple):
    """An account's tier changed from ``old`` (``None`` = never classified) to ``new`` on day ``on``.

    A named tuple so that storage can build years of history from query rows cheaply.
    """

    account_id: int
    on: date
    old: str | None
    new: str


def tier_on(history: Iterable[HistoryEntry], day: date) -> dict[int, str]:
    """The tier each account had at the end of ``day``: its latest entry on or before it.

    Entries on the same day count in the order given (the later wins).
    Accounts with no entry by then are absent (unclassified).
    """
    latest: dict[int, HistoryEntry] = {}
    for entry in history:
        if entry.on > day:
            continue
        current = latest.get(entry.account_id)
        if current is None or entry.on >= current.on:
            latest[entry.account_id] = entry
    return {account_id: entry.new for account_id, entry in latest.items()}


@dataclass(frozen=True, slots=True)
class HealthTargets:
    """Targets of the tier health rates, as fractions."""

    a_churn_max: float = 0.05
    b_to_a_min: float = 0.20
    c_to_b_min: float = 0.10


@dataclass(frozen=True, slots=True)
class RateCheck:
    """One health rate against its target.

    ``rate`` is ``numerator / denominator`` (``None`` when the denominator is 0);
    ``at_most`` says the target is a ceiling (churn) rather than a floor; ``met``
    is ``None`` when there is no rate.
    """

    code: str
    numerator: int
    denominator: int
    rate: float | None
    target: float
    at_most: bool
    met: bool | None


def _check(code: str, numerator: int, denominator: int, target: float, *, at_most: bool) -> RateCheck:
    if denominator == 0:
        return RateCheck(code, numerator, denominator, None, target, at_most, None)
    # Exact: 1 of 20 churned is 5% and meets "≤ 5%" despite float rounding.
    exact = Fraction(numerator, denominator)
    goal = Fraction(repr(target))
    met = exact <= goal if at_most else exact >= goal
    return RateCheck(code, numerator, denominator, numerator / denominator, target, at_most, met)


@dataclass(frozen=True, slots=True)
class HealthReport:
    """Tier health over ``start``..``end``."""

    start: date
    end: date
    a_churn: RateCheck
    b_to_a: RateCheck
    c_to_b: RateCheck

    @property
    def checks(self) -> tuple[RateCheck, RateCheck, RateCheck]:
        return (self.a_churn, self.b_to_a, self.c_to_b)


def health(
    history: Sequence[HistoryEntry], start: date, end: date, targets: HealthTargets | None = None
) -> HealthReport:
    """Churn, upgrade and conversion rates between ``start`` and ``end`` (module docstring).

    Raises :class:`ValidationError` (field ``end``) when ``end`` is before ``start``.
    """
    if end < start:
        raise ValidationError("end", "The end of the period is before its start.", start=start.isoformat(),
                              end=end.isoformat(), reason="out_of_order")
    targets = targets or HealthTargets()
    before = tier_on(history, start)
    after = tier_on(history, end)
    counts = {"A": 0, "B": 0, "C": 0}
    churned = upgraded = converted = 0
    for account_id, tier in before.items():
        if tier not in counts:
            continue
        counts[tier] += 1
        now = after.get(account_id)
        if tier == "A" and now is not None and now != "A":
            churned += 1
        elif tier == "B" and now == "A":
            upgraded += 1
        elif tier == "C" and now == "B":
            converted += 1
    return HealthReport(
        start,
        end,
        _check("a_churn", churned, counts["A"], targets.a_churn_max, at_most=True),
        _check("b_to_a", upgraded, counts["B"], targets.b_to_a_min, at_most=False),
        _check("c_to_b", converted, counts["C"], targets.c_to_b_min, at_most=False),
    )


RISK_KINDS = ("orders_fell", "paying_later", "c_high_score", "c_revenue_growth")


@dataclass(frozen=True, slots=True)
class RiskThresholds:
    """When a C account counts as high-potential."""

    high_score: float = 80.0
    revenue_growth_pct: float = 30.0


@dataclass(frozen=True, slots=True)
class RiskSignal:
    """Something about one account to act on early.

    ``kind`` and what ``before``/``after`` hold (previous window / this window):

    - ``orders_fell`` (A or B): order counts;
    - ``paying_later`` (A or B): average days paid late per due order;
    - ``c_high_score`` (C): ``before`` is ``None``, ``after`` the weighted value score;
    - ``c_revenue_growth`` (C): revenue in yuan (``Decimal``).
    """

    account_id: int
    key: str
    name: str
    tier: str
    kind: str
    before: int | float | Decimal | None
    after: int | float | Decimal | None


def risk_signals(
    metrics: Sequence[AccountMetrics],
    tiers: Mapping[int, str],
    *,
    weighted: WeightedParams | None = None,
    thresholds: RiskThresholds | None = None,
) -> list[RiskSignal]:
    """Risk and opportunity signals, in the order of ``metrics`` and of :data:`RISK_KINDS`.

    A and B accounts (tier from ``tiers``) signal when they ordered less often
    than in the previous window, or paid later on average (both windows need a
    due order to compare). C accounts signal as high-potential when their
    weighted value score (``weighted`` params, default settings if omitted)
    reaches ``thresholds.high_score`` or their revenue grew by at least
    ``thresholds.revenue_growth_pct`` percent over the previous window.
    Accounts missing from ``tiers`` are skipped.
    """
    thresholds = thresholds or RiskThresholds()
    weighted = weighted or WeightedParams()
    c_accounts = [m for m in metrics if tiers.get(m.account_id) == "C"]
    c_scores = dict(zip((m.account_id for m in c_accounts), weighted_scores(c_accounts, weighted), strict=True))
    signals: list[RiskSignal] = []
    for m in metrics:
        tier = tiers.get(m.account_id)
        if tier in ("A", "B"):
            if m.orders < m.prev_orders:
                signals.append(RiskSignal(m.account_id, m.key, m.name, tier, "orders_fell", m.prev_orders, m.orders))
            now, then = m.avg_delay_days, m.prev_avg_delay_days
            if now is not None and then is not None and now > then:
                signals.append(RiskSignal(m.account_id, m.key, m.name, tier, "paying_later", then, now))
        elif tier == "C":
            score = c_scores[m.account_id]
            if score >= thresholds.high_score:
                signals.append(RiskSignal(m.account_id, m.key, m.name, tier, "c_high_score", None, score))
            growth = m.revenue_growth_pct
            if growth is not None and growth >= thresholds.revenue_growth_pct:
                signals.append(RiskSignal(m.account_id, m.key, m.name, tier, "c_revenue_growth", m.prev_revenue,
                                          m.revenue))
    return signals

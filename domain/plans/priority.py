"""Account-plan priority (客户计划优先级): which plans get the team's time first.

Following the domain brief, a plan's priority combines the account's
**value** (its tier and rating), its **strategic fit** (战略匹配度) and its
**readiness** (whether the iron triangle is staffed and the decision chain
is covered). Each part is a score from 0 to 1:

- **value** = tier value × (0.75 + 0.25 × rating). Tier values are A 1.0,
  B 0.6, C 0.3, D 0.1 (unclassified 0.1): the brief's resource split
  A:B:C = 6:3:1 read as "what an account of the tier is worth planning for".
  The rating is the tier score on its model's scale — weighted 0-100 → 0-1,
  RFM 3-15 → 0-1 — and 0.5 when there is none (Pareto, hand-set), so it
  orders accounts inside a tier without ever lifting one above the next tier.
- **fit** = (mean of the fit scores given − 1) / 4; criteria not scored are
  left out of the mean; with none scored the part is 0.5 (unknown: neither
  for nor against) and the row says so.
- **readiness** = weighted mean of *triangle* (required seats held by active
  members ÷ seats the tier's rule requires; 1 when it requires none) and
  *coverage* (the power map's relationship-coverage score ÷ 100, only when
  the account has contacts; otherwise triangle alone).

They combine as a weighted geometric mean, scaled to 0-100::

    priority = 100 × value^(wv/W) × fit^(wf/W) × readiness^(wr/W),  W = wv + wf + wr

with weights (editable, stored) value 0.5, fit 0.3, readiness 0.2. A product
means a plan must be good on every count: a high-value account with no fit
is not a priority. Each part is floored at 0.05 first, so one empty part
pulls a plan down hard without erasing the differences between such plans.
Each row keeps every input, part, exponent and factor: ``priority`` is
``100 ×`` the product of the ``factor`` of its parts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from domain.errors import ValidationError
from domain.model import FitCriterion

TIER_VALUE = {"A": 1.0, "B": 0.6, "C": 0.3, "D": 0.1}
UNCLASSIFIED_VALUE = 0.1
RATING_SPAN = 0.25  # how much of the value part the rating inside the tier moves
NEUTRAL = 0.5  # a part nothing is known about
FLOOR = 0.05
_TIER_ORDER = {"A": 0, "B": 1, "C": 2, "D": 3}


@dataclass(frozen=True)
class PriorityWeights:
    """The weights of the three parts, and inside readiness of triangle and coverage."""

    value: float = 0.5
    fit: float = 0.3
    readiness: float = 0.2
    triangle: float = 0.5
    coverage: float = 0.5

    def validate(self) -> None:
        """Raise :class:`ValidationError` for a negative weight or an all-zero group."""
        for name in ("value", "fit", "readiness", "triangle", "coverage"):
            weight = getattr(self, name)
            if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not 0 <= weight <= 100:
                raise ValidationError(name, "A weight is a number from 0 to 100.", reason="out_of_range")
        if self.value + self.fit + self.readiness <= 0:
            raise ValidationError("value", "At least one of value, fit and readiness needs a weight.")
        if self.triangle + self.coverage <= 0:
            raise ValidationError("triangle", "At least one of triangle and coverage needs a weight.")


@dataclass(frozen=True)
class PriorityInput:
    """What the ranking knows about one account (and its plan, if any).

    ``required`` and ``staffed`` count triangle seats the tier's rule requires
    and those held by active members; ``coverage`` is the 0-100 coverage score
    or ``None`` when the account has no power map."""

    account_id: int
    name: str = ""
    tier: str | None = None
    tier_score: float | None = None
    tier_model: str | None = None
    fit: Mapping[FitCriterion, int] = field(default_factory=dict)
    required: int = 0
    staffed: int = 0
    coverage: int | None = None
    plan_id: int | None = None
    period: str | None = None


@dataclass(frozen=True)
class Part:
    """One part of a priority: its ``score`` (0-1, before the floor), its
    share of the weights (``exponent``) and the ``factor`` it multiplies in."""

    name: str
    score: float
    exponent: float
    factor: float
    details: Mapping[str, float | int | str | bool | None] = field(default_factory=dict)


@dataclass(frozen=True)
class PriorityRow:
    """One ranked account: ``priority`` (0-100) is 100 × the product of the parts' factors."""

    rank: int
    account_id: int
    name: str
    tier: str | None
    plan_id: int | None
    period: str | None
    priority: float
    parts: tuple[Part, Part, Part]

    def part(self, name: str) -> Part:
        return next(p for p in self.parts if p.name == name)


def rating(tier_model: str | None, tier_score: float | None) -> float | None:
    """The tier score on a 0-1 scale for the models that score (weighted, RFM); ``None`` otherwise."""
    if tier_score is None:
        return None
    if tier_model == "weighted":
        return min(1.0, max(0.0, tier_score / 100.0))
    if tier_model == "rfm":
        return min(1.0, max(0.0, (tier_score - 3.0) / 12.0))
    return None


def value_part(item: PriorityInput) -> tuple[float, dict[str, float | int | str | bool | None]]:
    base = TIER_VALUE.get(item.tier or "", UNCLASSIFIED_VALUE)
    rated = rating(item.tier_model, item.tier_score)
    used = NEUTRAL if rated is None else rated
    score = base * (1 - RATING_SPAN + RATING_SPAN * used)
    return score, {"tier": item.tier, "tier_value": base, "tier_score": item.tier_score, "rating": rated}


def fit_part(item: PriorityInput) -> tuple[float, dict[str, float | int | str | bool | None]]:
    scores = list(item.fit.values())
    if not scores:
        return NEUTRAL, {"mean": None, "scored": 0, "criteria": len(FitCriterion), "known": False}
    mean = sum(scores) / len(scores)
    return (mean - 1) / 4, {"mean": mean, "scored": len(scores), "criteria": len(FitCriterion), "known": True}


def readiness_part(
    item: PriorityInput, weights: PriorityWeights
) -> tuple[float, dict[str, float | int | str | bool | None]]:
    triangle = item.staffed / item.required if item.required else 1.0
    if item.coverage is None:
        score = triangle  # no power map: the triangle alone
    else:
        total = weights.triangle + weights.coverage
        score = (weights.triangle * triangle + weights.coverage * item.coverage / 100) / total
    details: dict[str, float | int | str | bool | None] = {
        "required": item.required,
        "staffed": item.staffed,
        "triangle": triangle,
        "coverage": item.coverage,
    }
    return score, details


def rank_plans(items: Iterable[PriorityInput], weights: PriorityWeights | None = None) -> list[PriorityRow]:
    """Every item scored and ranked, highest priority first (ties: higher tier, then account id)."""
    weights = weights or PriorityWeights()
    weights.validate()
    total = weights.value + weights.fit + weights.readiness
    exponents = {"value": weights.value / total, "fit": weights.fit / total, "readiness": weights.readiness / total}
    scored = []
    for item in items:
        found = {
            "value": value_part(item),
            "fit": fit_part(item),
            "readiness": readiness_part(item, weights),
        }
        parts = tuple(
            Part(name, score, exponents[name], max(score, FLOOR) ** exponents[name], details)
            for name, (score, details) in found.items()
        )
        priority = 100.0
        for part in parts:
            priority *= part.factor
        scored.append((item, priority, parts))
    scored.sort(key=lambda s: (-s[1], _TIER_ORDER.get(s[0].tier or "", 4), s[0].account_id))
    return [
        PriorityRow(rank, item.account_id, item.name, item.tier, item.plan_id, item.period, priority, parts)  # type: ignore[arg-type]
        for rank, (item, priority, parts) in enumerate(scored, start=1)
    ]

"""Settings of the three tiering models, validated and JSON-safe.

Every parameter object checks itself when built and raises
:class:`~domain.errors.ValidationError` whose ``field`` is the path of the bad
value inside :meth:`TierSettings.to_dict`, e.g. ``"weighted.dimensions.transaction"``
or ``"weighted.criteria.on_time_rate.bands[1].points"``, so the settings dialog
can point at the offending input.

Defaults follow the reference ABC standard of the domain brief (a starting point
each firm is expected to tune).

Points bands of the weighted model
----------------------------------
A criterion turns a metric value into 0-100 points through ``bands``, a list of
``(threshold, points)`` tried in order: with ``direction="higher"`` the first band
whose threshold the value reaches (``value >= threshold``) gives its points, with
``direction="lower"`` the first band the value stays within (``value <= threshold``);
a value that meets no band gets ``otherwise``. Thresholds must therefore be strictly
decreasing for "higher" and strictly increasing for "lower". Units are those of
:data:`CRITERION_UNITS`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, NamedTuple

from domain.errors import ValidationError
from domain.tiers.metrics import MAX_WINDOW_MONTHS, MIN_WINDOW_MONTHS
from domain.tiers.result import DIMENSIONS, MODELS, TIERS

SETTINGS_VERSION = 1
MISSING_POLICIES = ("respread", "zero")
DIRECTIONS = ("higher", "lower")

#: Criteria of the weighted model, their metric and the unit their thresholds use.
CRITERION_UNITS: Mapping[str, str] = MappingProxyType({
    "revenue_share": "fraction",          # window revenue / total revenue of all accounts, 0..1
    "purchase_cycle": "days",             # mean days between orders in the window
    "repeat_purchases": "count",          # orders in the window minus one
    "on_time_rate": "fraction",           # due orders paid by their due date / due orders, 0..1
    "interactions_per_year": "per_year",  # interactions in the window scaled to 12 months
    "referrals": "count",                 # referral interactions in the window
    "feedback": "count",                  # feedback interactions in the window
    "industry_growth": "percent",         # industry growth per year, %
    "size_percentile": "percentile",      # 0..100 within the account's industry, 100 = largest
    "decision_nodes": "count",            # approval nodes in the decision chain
    "industry_leader": "flag",            # 1 = industry leader, 0 = not
})
CRITERION_IDS = tuple(CRITERION_UNITS)

#: Named RFM segments, best first.
SEGMENTS = (
    "champions", "loyal", "potential_loyalists", "new", "promising",
    "need_attention", "at_risk", "cannot_lose", "hibernating", "lost",
)


class Band(NamedTuple):
    """Points given to a value that reaches (or stays within) ``threshold``."""

    threshold: float
    points: float


def _is_number(value: object) -> bool:
    # bool is an int subclass, but True is not a weight.
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _check_number(path: str, value: object, *, low: float | None = None, high: float | None = None) -> float:
    if not _is_number(value):
        raise ValidationError(path, f"{path} must be a finite number, not {value!r}.", value=repr(value),
                              reason="not_number")
    number = float(value)  # type: ignore[arg-type]  # _is_number checked the type
    if (low is not None and number < low) or (high is not None and number > high):
        raise ValidationError(path, f"{path} must be between {low} and {high}, not {number}.", value=number,
                              low=low, high=high, reason="out_of_range")
    return number


@dataclass(frozen=True, slots=True)
class ParetoParams:
    """Cut-offs of the Pareto (ABC) model as shares of revenue: ``0 < a_cut < b_cut <= 1``."""

    a_cut: float = 0.80
    b_cut: float = 0.95

    def __post_init__(self) -> None:
        a = _check_number("pareto.a_cut", self.a_cut)
        b = _check_number("pareto.b_cut", self.b_cut)
        if not 0 < a < 1:
            raise ValidationError("pareto.a_cut", "The A cut-off must be above 0 and below 1.", value=a,
                                  reason="out_of_range")
        if not a < b <= 1:
            raise ValidationError("pareto.b_cut", "The B cut-off must be above the A cut-off and at most 1.",
                                  value=b, a_cut=a, reason="out_of_order")

    def to_dict(self) -> dict[str, Any]:
        return {"a_cut": self.a_cut, "b_cut": self.b_cut}


DEFAULT_SEGMENT_TIERS: Mapping[str, str] = MappingProxyType({
    "champions": "A", "loyal": "A", "cannot_lose": "A",
    "potential_loyalists": "B", "at_risk": "B", "need_attention": "B",
    "promising": "C", "new": "C", "hibernating": "C", "lost": "C",
})


@dataclass(frozen=True, slots=True)
class RfmParams:
    """Which tier each RFM segment gets; every segment of :data:`SEGMENTS` must be mapped."""

    segment_tiers: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_SEGMENT_TIERS))

    def __post_init__(self) -> None:
        if not isinstance(self.segment_tiers, Mapping):
            raise ValidationError("rfm.segment_tiers", "The segment tiers must be a mapping.", reason="not_mapping")
        for segment in self.segment_tiers:
            if segment not in SEGMENTS:
                raise ValidationError(f"rfm.segment_tiers.{segment}", f"'{segment}' is not an RFM segment.",
                                      value=str(segment), reason="unknown_segment")
        for segment in SEGMENTS:
            tier = self.segment_tiers.get(segment)
            if tier not in TIERS:
                raise ValidationError(f"rfm.segment_tiers.{segment}", f"Segment '{segment}' needs a tier A-D.",
                                      value=repr(tier), reason="unknown_tier")
        object.__setattr__(self, "segment_tiers", MappingProxyType({s: self.segment_tiers[s] for s in SEGMENTS}))

    def to_dict(self) -> dict[str, Any]:
        return {"segment_tiers": dict(self.segment_tiers)}


@dataclass(frozen=True, slots=True)
class Criterion:
    """One criterion of the weighted model; see the module docstring for ``bands``."""

    id: str
    dimension: str
    weight: float
    direction: str
    bands: tuple[Band, ...]
    otherwise: float = 0.0

    def __post_init__(self) -> None:
        path = f"weighted.criteria.{self.id}"
        if self.id not in CRITERION_UNITS:
            raise ValidationError("weighted.criteria", f"'{self.id}' is not a criterion.", value=str(self.id),
                                  reason="unknown_criterion")
        if self.dimension not in DIMENSIONS:
            raise ValidationError(f"{path}.dimension", f"'{self.dimension}' is not a dimension.",
                                  value=str(self.dimension), reason="unknown_dimension")
        _check_number(f"{path}.weight", self.weight, low=0)
        if self.direction not in DIRECTIONS:
            raise ValidationError(f"{path}.direction", "The direction must be 'higher' or 'lower'.",
                                  value=str(self.direction), reason="unknown_direction")
        _check_number(f"{path}.otherwise", self.otherwise, low=0, high=100)
        if isinstance(self.bands, str | bytes) or not isinstance(self.bands, Sequence) or not self.bands:
            raise ValidationError(f"{path}.bands", "A criterion needs at least one band.", reason="required")
        bands: list[Band] = []
        for i, band in enumerate(self.bands):
            if isinstance(band, str | bytes) or not isinstance(band, Sequence) or len(band) != 2:
                raise ValidationError(f"{path}.bands[{i}]", "A band is a pair (threshold, points).",
                                      reason="not_pair")
            threshold = _check_number(f"{path}.bands[{i}].threshold", band[0])
            points = _check_number(f"{path}.bands[{i}].points", band[1], low=0, high=100)
            if bands:
                previous = bands[-1].threshold
                ordered = threshold < previous if self.direction == "higher" else threshold > previous
                if not ordered:
                    raise ValidationError(
                        f"{path}.bands[{i}].threshold",
                        "Band thresholds must go from best to worst: falling for 'higher', rising for 'lower'.",
                        value=threshold, previous=previous, reason="out_of_order",
                    )
            bands.append(Band(threshold, points))
        object.__setattr__(self, "bands", tuple(bands))

    def points_for(self, value: float) -> float:
        """Points (0-100) a known value earns under this criterion's bands."""
        for threshold, points in self.bands:
            if (value >= threshold) if self.direction == "higher" else (value <= threshold):
                return points
        return self.otherwise

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "dimension": self.dimension,
            "weight": self.weight,
            "direction": self.direction,
            "bands": [[b.threshold, b.points] for b in self.bands],
            "otherwise": self.otherwise,
        }


def _c(id_: str, dimension: str, weight: float, direction: str, bands: list[tuple[float, float]],
       otherwise: float) -> Criterion:
    return Criterion(id_, dimension, weight, direction, tuple(Band(t, p) for t, p in bands), otherwise)


#: The reference ABC standard as weighted-model criteria.
DEFAULT_CRITERIA: tuple[Criterion, ...] = (
    # Transaction: A ≥ 15% of revenue, B 5-15%; 1% earns a little so a long tail is not all equal.
    _c("revenue_share", "transaction", 40, "higher", [(0.15, 100), (0.05, 60), (0.01, 30)], 0),
    # A repurchases at least quarterly, B within six months.
    _c("purchase_cycle", "transaction", 20, "lower", [(90, 100), (180, 60)], 20),
    _c("repeat_purchases", "transaction", 20, "higher", [(3, 100), (2, 60)], 20),
    # A pays 100% on time, B ≥ 95%, C ≥ 90%.
    _c("on_time_rate", "transaction", 20, "higher", [(1.0, 100), (0.95, 60), (0.90, 30)], 0),
    # Behaviour: A ≥ 12 interactions a year, B 6-12; A ≥ 2 referrals, B 1.
    _c("interactions_per_year", "behaviour", 40, "higher", [(12, 100), (6, 60)], 20),
    _c("referrals", "behaviour", 40, "higher", [(2, 100), (1, 60)], 0),
    # Useful feedback in the window: several pieces show engagement, one is a start.
    _c("feedback", "behaviour", 20, "higher", [(4, 100), (2, 60), (1, 30)], 0),
    # Potential: industry growth A ≥ 15%, B 10-15%; top 20% of the industry by size; ≤ 1 decision node.
    _c("industry_growth", "potential", 30, "higher", [(15, 100), (10, 60)], 20),
    _c("size_percentile", "potential", 30, "higher", [(80, 100), (40, 60)], 20),
    _c("decision_nodes", "potential", 20, "lower", [(1, 100), (3, 60)], 20),
    _c("industry_leader", "potential", 20, "higher", [(1, 100)], 0),
)

DEFAULT_DIMENSIONS: Mapping[str, float] = MappingProxyType({"transaction": 40, "behaviour": 30, "potential": 30})


@dataclass(frozen=True, slots=True)
class WeightedParams:
    """The weighted multi-dimensional model.

    ``dimensions`` weights (≥ 0) must sum to 100. ``criteria`` lists every id of
    :data:`CRITERION_IDS` exactly once (weight 0 switches one off); a dimension
    with a positive weight needs a criterion with a positive weight. ``missing``
    says what a missing input does: ``"respread"`` spreads its weight over the
    known criteria of its dimension (over the other dimensions when a whole
    dimension is unknown), ``"zero"`` scores it 0 points. Score cut-offs:
    ``0 <= b_min < a_min <= 100``; A at ``score >= a_min``, B at ``score >= b_min``.
    """

    dimensions: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_DIMENSIONS))
    criteria: tuple[Criterion, ...] = DEFAULT_CRITERIA
    missing: str = "respread"
    a_min: float = 70.0
    b_min: float = 45.0

    def __post_init__(self) -> None:
        if not isinstance(self.dimensions, Mapping):
            raise ValidationError("weighted.dimensions", "The dimension weights must be a mapping.",
                                  reason="not_mapping")
        for name in self.dimensions:
            if name not in DIMENSIONS:
                raise ValidationError(f"weighted.dimensions.{name}", f"'{name}' is not a dimension.",
                                      value=str(name), reason="unknown_dimension")
        weights = {}
        for name in DIMENSIONS:
            if name not in self.dimensions:
                raise ValidationError(f"weighted.dimensions.{name}", f"The {name} dimension needs a weight.",
                                      reason="required")
            weights[name] = _check_number(f"weighted.dimensions.{name}", self.dimensions[name], low=0, high=100)
        total = sum(weights.values())
        if abs(total - 100) > 1e-6:
            raise ValidationError("weighted.dimensions", f"The dimension weights must add up to 100, not {total:g}.",
                                  total=total, reason="not_100")
        object.__setattr__(self, "dimensions", MappingProxyType({n: self.dimensions[n] for n in DIMENSIONS}))

        ids = [c.id for c in self.criteria]
        for criterion_id in CRITERION_IDS:
            if ids.count(criterion_id) != 1:
                raise ValidationError("weighted.criteria", f"Criterion '{criterion_id}' must appear exactly once.",
                                      value=criterion_id, reason="criterion_count")
        object.__setattr__(self, "criteria", tuple(self.criteria))
        for name in DIMENSIONS:
            if weights[name] > 0 and not any(c.dimension == name and c.weight > 0 for c in self.criteria):
                raise ValidationError(f"weighted.dimensions.{name}",
                                      f"The {name} dimension has weight but no criterion with weight.",
                                      reason="empty_dimension")

        if self.missing not in MISSING_POLICIES:
            raise ValidationError("weighted.missing", "Missing inputs are either 'respread' or 'zero'.",
                                  value=str(self.missing), reason="unknown_policy")
        a_min = _check_number("weighted.a_min", self.a_min, low=0, high=100)
        b_min = _check_number("weighted.b_min", self.b_min, low=0, high=100)
        if not b_min < a_min:
            raise ValidationError("weighted.b_min", "The B cut-off must be below the A cut-off.", value=b_min,
                                  a_min=a_min, reason="out_of_order")

    def criterion(self, criterion_id: str) -> Criterion:
        """The criterion with this id; ``KeyError`` if unknown."""
        for c in self.criteria:
            if c.id == criterion_id:
                return c
        raise KeyError(criterion_id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "dimensions": dict(self.dimensions),
            "criteria": [c.to_dict() for c in self.criteria],
            "missing": self.missing,
            "a_min": self.a_min,
            "b_min": self.b_min,
        }


@dataclass(frozen=True, slots=True)
class TierSettings:
    """Which model classifies, over which window, and every model's parameters.

    ``window_months`` is 1-36; ``roll_up_groups=True`` classifies each group
    (root of the customer tree) as a whole instead of every entity alone.
    """

    model: str = "weighted"
    window_months: int = 12
    roll_up_groups: bool = True
    pareto: ParetoParams = field(default_factory=ParetoParams)
    rfm: RfmParams = field(default_factory=RfmParams)
    weighted: WeightedParams = field(default_factory=WeightedParams)

    def __post_init__(self) -> None:
        if self.model not in MODELS:
            raise ValidationError("model", f"'{self.model}' is not a tiering model.", value=str(self.model),
                                  reason="unknown_model")
        months = self.window_months
        if isinstance(months, bool) or not isinstance(months, int) or not (
                MIN_WINDOW_MONTHS <= months <= MAX_WINDOW_MONTHS):
            raise ValidationError("window_months", f"The window must be {MIN_WINDOW_MONTHS} to {MAX_WINDOW_MONTHS} "
                                  f"months, not {months!r}.", value=repr(months), reason="out_of_range")
        if not isinstance(self.roll_up_groups, bool):
            raise ValidationError("roll_up_groups", "roll_up_groups must be true or false.",
                                  value=repr(self.roll_up_groups), reason="not_bool")

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict that :meth:`from_dict` turns back into equal settings."""
        return {
            "version": SETTINGS_VERSION,
            "model": self.model,
            "window_months": self.window_months,
            "roll_up_groups": self.roll_up_groups,
            "pareto": self.pareto.to_dict(),
            "rfm": self.rfm.to_dict(),
            "weighted": self.weighted.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TierSettings:
        """Build settings from :meth:`to_dict` output (e.g. read back from JSON).

        Keys left out take their defaults, and criteria left out of
        ``weighted.criteria`` keep their default definition, so settings saved by
        an older version still load. Raises :class:`ValidationError` naming the
        path of the first bad value.
        """
        _mapping("settings", data)
        defaults = default_settings()
        pareto = _mapping("pareto", data.get("pareto", {}))
        rfm = _mapping("rfm", data.get("rfm", {}))
        weighted = _mapping("weighted", data.get("weighted", {}))
        return cls(
            model=data.get("model", defaults.model),
            window_months=data.get("window_months", defaults.window_months),
            roll_up_groups=data.get("roll_up_groups", defaults.roll_up_groups),
            pareto=ParetoParams(
                a_cut=pareto.get("a_cut", defaults.pareto.a_cut),
                b_cut=pareto.get("b_cut", defaults.pareto.b_cut),
            ),
            rfm=RfmParams(segment_tiers=_mapping("rfm.segment_tiers",
                                                 rfm.get("segment_tiers", defaults.rfm.segment_tiers))),
            weighted=WeightedParams(
                dimensions=_mapping("weighted.dimensions", weighted.get("dimensions", defaults.weighted.dimensions)),
                criteria=_criteria_from(weighted.get("criteria", []), defaults.weighted),
                missing=weighted.get("missing", defaults.weighted.missing),
                a_min=weighted.get("a_min", defaults.weighted.a_min),
                b_min=weighted.get("b_min", defaults.weighted.b_min),
            ),
        )


def _mapping(path: str, value: object) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ValidationError(path, f"{path} must be a mapping.", reason="not_mapping")
    return value


def _criteria_from(items: object, defaults: WeightedParams) -> tuple[Criterion, ...]:
    if isinstance(items, str | bytes) or not isinstance(items, Sequence):
        raise ValidationError("weighted.criteria", "The criteria must be a list.", reason="not_list")
    given: dict[str, Criterion] = {}
    for i, item in enumerate(items):
        entry = _mapping(f"weighted.criteria[{i}]", item)
        criterion_id = entry.get("id")
        if not isinstance(criterion_id, str) or criterion_id not in CRITERION_UNITS:
            raise ValidationError(f"weighted.criteria[{i}].id", f"{criterion_id!r} is not a criterion.",
                                  value=repr(criterion_id), reason="unknown_criterion")
        if criterion_id in given:
            raise ValidationError("weighted.criteria", f"Criterion '{criterion_id}' must appear exactly once.",
                                  value=criterion_id, reason="criterion_count")
        base = defaults.criterion(criterion_id)
        given[criterion_id] = Criterion(
            id=criterion_id,
            dimension=entry.get("dimension", base.dimension),
            weight=entry.get("weight", base.weight),
            direction=entry.get("direction", base.direction),
            bands=entry.get("bands", base.bands),
            otherwise=entry.get("otherwise", base.otherwise),
        )
    return tuple(given.get(c.id, c) for c in defaults.criteria)


def default_settings() -> TierSettings:
    """The reference standard: weighted model, 12-month window, groups rolled up."""
    return TierSettings()

from __future__ import annotations

import json
from typing import Any

import pytest

from domain.errors import ValidationError
from domain.tiers import (
    CRITERION_IDS,
    SEGMENTS,
    Band,
    Criterion,
    ParetoParams,
    RfmParams,
    TierSettings,
    WeightedParams,
    default_settings,
)


def _json_round_trip(settings: TierSettings) -> TierSettings:
    return TierSettings.from_dict(json.loads(json.dumps(settings.to_dict())))


def test_defaults_follow_the_reference_standard() -> None:
    settings = default_settings()
    assert (settings.model, settings.window_months, settings.roll_up_groups) == ("weighted", 12, True)
    assert (settings.pareto.a_cut, settings.pareto.b_cut) == (0.80, 0.95)
    assert dict(settings.weighted.dimensions) == {"transaction": 40, "behaviour": 30, "potential": 30}
    assert (settings.weighted.a_min, settings.weighted.b_min, settings.weighted.missing) == (70, 45, "respread")
    assert [c.id for c in settings.weighted.criteria] == list(CRITERION_IDS)
    assert settings.weighted.criterion("on_time_rate").bands == (Band(1.0, 100), Band(0.95, 60), Band(0.90, 30))
    assert set(settings.rfm.segment_tiers) == set(SEGMENTS)


def test_default_settings_survive_json() -> None:
    assert _json_round_trip(default_settings()) == default_settings()


def test_edited_settings_survive_json() -> None:
    criteria = tuple(
        Criterion(c.id, "behaviour", 10, "lower", (Band(1, 90), Band(5, 50.5)), 10) if c.id == "referrals" else c
        for c in WeightedParams().criteria
    )
    settings = TierSettings(
        model="rfm", window_months=24, roll_up_groups=False,
        pareto=ParetoParams(0.7, 0.9),
        rfm=RfmParams(dict(RfmParams().segment_tiers, new="B")),
        weighted=WeightedParams({"transaction": 30, "behaviour": 40, "potential": 30}, criteria, "zero", 75, 40.5),
    )
    back = _json_round_trip(settings)
    assert back == settings
    assert back.weighted.criterion("referrals").bands == (Band(1, 90), Band(5, 50.5))
    assert back.rfm.segment_tiers["new"] == "B"


def test_left_out_keys_take_their_defaults() -> None:
    settings = TierSettings.from_dict({"model": "pareto", "weighted": {"criteria": [{"id": "feedback", "weight": 0}]}})
    assert settings.model == "pareto"
    assert settings.window_months == 12
    assert settings.weighted.criterion("feedback").weight == 0
    assert settings.weighted.criterion("feedback").bands == WeightedParams().criterion("feedback").bands
    assert settings.weighted.criterion("referrals") == WeightedParams().criterion("referrals")


def _weighted(**changes: Any) -> dict[str, Any]:
    data = default_settings().to_dict()
    data["weighted"].update(changes)
    return data


def _criterion(criterion_id: str, **changes: Any) -> dict[str, Any]:
    return _weighted(criteria=[dict(WeightedParams().criterion(criterion_id).to_dict(), **changes)])


@pytest.mark.parametrize(("data", "field"), [
    ({"model": "magic"}, "model"),
    ({"window_months": 0}, "window_months"),
    ({"window_months": 37}, "window_months"),
    ({"window_months": "12"}, "window_months"),
    ({"roll_up_groups": "yes"}, "roll_up_groups"),
    ({"pareto": {"a_cut": 0}}, "pareto.a_cut"),
    ({"pareto": {"a_cut": 0.9, "b_cut": 0.9}}, "pareto.b_cut"),
    ({"pareto": {"b_cut": 1.5}}, "pareto.b_cut"),
    ({"pareto": {"a_cut": "0.8"}}, "pareto.a_cut"),
    ({"pareto": []}, "pareto"),
    ({"rfm": {"segment_tiers": {"champions": "E"}}}, "rfm.segment_tiers.champions"),
    ({"rfm": {"segment_tiers": {"vip": "A"}}}, "rfm.segment_tiers.vip"),
    (_weighted(dimensions={"transaction": 50, "behaviour": 30, "potential": 30}), "weighted.dimensions"),
    (_weighted(dimensions={"transaction": -10, "behaviour": 60, "potential": 50}), "weighted.dimensions.transaction"),
    (_weighted(dimensions={"transaction": 70, "behaviour": 30}), "weighted.dimensions.potential"),
    (_weighted(dimensions={"transaction": True, "behaviour": 69, "potential": 30}), "weighted.dimensions.transaction"),
    (_weighted(missing="guess"), "weighted.missing"),
    (_weighted(a_min=40), "weighted.b_min"),
    (_weighted(a_min=101), "weighted.a_min"),
    (_weighted(criteria=[{"id": "charm"}]), "weighted.criteria[0].id"),
    (_weighted(criteria=[{"id": "feedback"}, {"id": "feedback"}]), "weighted.criteria"),
    (_criterion("revenue_share", bands=[[0.05, 60], [0.15, 100]]), "weighted.criteria.revenue_share.bands[1].threshold"),
    (_criterion("decision_nodes", bands=[[3, 60], [1, 100]]), "weighted.criteria.decision_nodes.bands[1].threshold"),
    (_criterion("feedback", bands=[[4, 120]]), "weighted.criteria.feedback.bands[0].points"),
    (_criterion("feedback", bands=[[4]]), "weighted.criteria.feedback.bands[0]"),
    (_criterion("feedback", bands=[]), "weighted.criteria.feedback.bands"),
    (_criterion("feedback", weight=-1), "weighted.criteria.feedback.weight"),
    (_criterion("feedback", direction="up"), "weighted.criteria.feedback.direction"),
    (_criterion("feedback", dimension="mood"), "weighted.criteria.feedback.dimension"),
    (_criterion("feedback", otherwise=float("nan")), "weighted.criteria.feedback.otherwise"),
])
def test_bad_settings_name_the_field(data: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        TierSettings.from_dict(data)
    assert caught.value.field == field


def test_a_weighted_dimension_needs_a_weighted_criterion() -> None:
    criteria = tuple(Criterion(c.id, c.dimension, 0, c.direction, c.bands, c.otherwise) if c.dimension == "potential"
                     else c for c in WeightedParams().criteria)
    with pytest.raises(ValidationError) as caught:
        WeightedParams(criteria=criteria)
    assert caught.value.field == "weighted.dimensions.potential"
    # ...unless the dimension itself carries no weight.
    WeightedParams(dimensions={"transaction": 60, "behaviour": 40, "potential": 0}, criteria=criteria)


def test_every_criterion_must_be_present() -> None:
    with pytest.raises(ValidationError) as caught:
        WeightedParams(criteria=WeightedParams().criteria[1:])
    assert caught.value.field == "weighted.criteria"


def test_settings_cannot_be_changed_after_validation() -> None:
    settings = default_settings()
    with pytest.raises(TypeError):
        settings.weighted.dimensions["transaction"] = 90  # type: ignore[index]
    with pytest.raises(AttributeError):
        settings.model = "rfm"  # type: ignore[misc]

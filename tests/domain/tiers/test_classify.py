from __future__ import annotations

from datetime import date

import pytest

from domain.errors import ValidationError
from domain.tiers import (
    TIERS,
    HistoryEntry,
    Move,
    Override,
    TierSettings,
    apply_overrides,
    classify_portfolio,
    distribution,
    explain,
    list_overrides,
    movement_matrix,
    movers,
    plan_apply,
)
from tests.domain.tiers.helpers import by_id, metrics

DAY = date(2024, 7, 1)


def _portfolio() -> list:
    # Pareto over 10,000: #1 A, #2 A, #3 B (exactly 80% above), #4 C (95% above), #5 D (a prospect).
    revenue = {1: 5_000, 2: 3_000, 3: 1_500, 4: 500, 5: 0}
    return [metrics(i, revenue_cents=r, orders=1 if r else 0, days_since_last_order=10 * i if r else None,
                    lifecycle="customer" if r else "prospect")
            for i, r in revenue.items()]


PARETO = TierSettings(model="pareto")


def test_classify_portfolio_runs_the_chosen_model_in_input_order() -> None:
    portfolio = _portfolio()[::-1]
    result = classify_portfolio(portfolio, PARETO)
    assert result.model == "pareto"
    assert [r.account_id for r in result.results] == [5, 4, 3, 2, 1]
    assert result.tiers() == {1: "A", 2: "A", 3: "B", 4: "C", 5: "D"}
    assert result.distribution == {"A": 2, "B": 1, "C": 1, "D": 1}
    assert {r.model for r in classify_portfolio(portfolio, TierSettings(model="rfm")).results} == {"rfm"}
    assert {r.model for r in classify_portfolio(portfolio, TierSettings()).results} == {"weighted"}


@pytest.mark.parametrize("model", ["pareto", "rfm", "weighted"])
def test_explain_gives_the_numbers_of_every_model(model: str) -> None:
    portfolio = _portfolio()
    settings = TierSettings(model=model)
    classification = classify_portfolio(portfolio, settings)
    result = classification.by_account()[3]
    explanation = explain(result, portfolio[2], settings)
    assert (explanation.account_id, explanation.model, explanation.tier) == (3, model, result.tier)
    assert explanation.rule_params == result.rule_params
    assert explanation.lines
    if model == "pareto":
        lines = {line.criterion: line.value for line in explanation.lines}
        assert lines["cumulative_share_before"] == 0.8
        assert lines["rank"] == 3
    if model == "rfm":
        assert [line.points for line in explanation.lines] == [
            result.rule_params["r"], result.rule_params["f"], result.rule_params["m"]]


def test_an_override_needs_a_real_tier_and_a_reason() -> None:
    with pytest.raises(ValidationError) as caught:
        Override(1, "A", "   ", DAY)
    assert caught.value.field == "reason"
    with pytest.raises(ValidationError) as caught:
        Override(1, "S", "VIP", DAY)
    assert caught.value.field == "tier"


def test_overrides_win_and_say_so() -> None:
    classification = classify_portfolio(_portfolio(), PARETO)
    overridden = apply_overrides(classification, [
        Override(4, "B", "Strategic logo", date(2024, 1, 1)),
        Override(4, "A", "Board decision", date(2024, 3, 1)),   # the latest wins
        Override(99, "A", "Not in this run", date(2024, 3, 1)),
    ])
    result = overridden.by_account()[4]
    assert (result.tier, result.model_tier, result.overridden) == ("A", "C", True)
    assert result.reason_code == "override"
    assert result.reason_params == {"tier": "A", "reason": "Board decision", "date": "2024-03-01", "model_tier": "C"}
    assert result.rule == "Set to A by hand on 2024-03-01 (the model said C): Board decision"
    assert result.model_rule.startswith("Pareto:")
    assert overridden.distribution == {"A": 3, "B": 1, "C": 0, "D": 1}
    assert [r.account_id for r in list_overrides(overridden)] == [4]
    assert list_overrides(classification) == []
    assert classification.by_account()[4].tier == "C"   # the plain classification is untouched


def test_overrides_survive_reclassification() -> None:
    overrides = [Override(5, "B", "Signed a framework contract", DAY)]
    for settings in (PARETO, TierSettings(model="rfm"), TierSettings(model="weighted")):
        classification = apply_overrides(classify_portfolio(_portfolio(), settings), overrides)
        assert classification.by_account()[5].tier == "B"
        assert classification.by_account()[5].model_tier == "D"


def test_plan_apply_lists_only_changed_tiers() -> None:
    classification = apply_overrides(classify_portfolio(_portfolio(), PARETO),
                                     [Override(5, "C", "Pilot running", DAY)])
    current = {1: "A", 2: "B", 4: "C", 5: None}          # 3 was never classified
    changes = plan_apply(classification, current, on=DAY, model="pareto")
    assert [(c.account_id, c.old, c.new, c.model) for c in changes] == [
        (2, "B", "A", "pareto"), (3, None, "B", "pareto"), (5, None, "C", "override")]
    change = changes[1]
    assert (change.key, change.name, change.score, change.on) == ("C000003", "Account 3", None, DAY)
    assert change.reason_code == "pareto_b"
    assert change.reason == ("Pareto: accounts ranked above it hold 80% of revenue, at or above the 80% cut-off "
                             "for A but below 95%, so B.")
    assert change.history_entry() == HistoryEntry(3, DAY, None, "B")
    assert changes[2].reason_params["reason"] == "Pilot running"


def test_plan_apply_after_apply_plans_nothing() -> None:
    classification = classify_portfolio(_portfolio(), TierSettings())
    assert plan_apply(classification, classification.tiers(), on=DAY, model="weighted") == []


def test_plan_apply_refuses_an_unknown_model() -> None:
    with pytest.raises(ValidationError) as caught:
        plan_apply(classify_portfolio(_portfolio(), PARETO), {}, on=DAY, model="gut feeling")
    assert caught.value.field == "model"


def test_what_if_matrix_movers_and_distribution() -> None:
    before = {1: "A", 2: "B", 3: None, 4: "C", 9: "A"}     # 9 is not in the new run; 5 was never seen
    after = {1: "A", 2: "A", 3: "B", 4: "D", 5: "C"}
    matrix = movement_matrix(before, after)
    assert len(matrix) == 5 * 4
    assert list(matrix)[:4] == [(None, "A"), (None, "B"), (None, "C"), (None, "D")]
    assert {cell: n for cell, n in matrix.items() if n} == {
        ("A", "A"): 1, ("B", "A"): 1, (None, "B"): 1, ("C", "D"): 1, (None, "C"): 1}
    assert sum(matrix.values()) == len(after)
    assert movers(before, after) == [
        Move(2, "B", "A", "up"), Move(3, None, "B", "new"), Move(4, "C", "D", "down"), Move(5, None, "C", "new")]
    assert distribution(before) == {"A": 2, "B": 1, "C": 1, "D": 0, None: 1}
    assert distribution({}) == dict.fromkeys((*TIERS, None), 0)


def test_classifying_nothing_gives_an_empty_classification() -> None:
    for model in ("pareto", "rfm", "weighted"):
        result = classify_portfolio([], TierSettings(model=model))
        assert result.results == ()
        assert result.distribution == {"A": 0, "B": 0, "C": 0, "D": 0}


def test_results_carry_the_accounts_identity() -> None:
    results = by_id(classify_portfolio([metrics(7, key="ACME", name="Acme Group", revenue_cents=1)], PARETO).results)
    assert (results[7].key, results[7].name, results[7].tier) == ("ACME", "Acme Group", "A")


@pytest.mark.parametrize("model", ["pareto", "rfm", "weighted"])
def test_every_rule_has_its_documented_parameters_and_a_sentence(model: str) -> None:
    from domain.tiers.result import RULE_PARAMS

    overrides = [Override(1, "D", "Disputed invoices", DAY)]
    classification = apply_overrides(classify_portfolio(_portfolio(), TierSettings(model=model)), overrides)
    for result in classification.results:
        assert tuple(result.rule_params) == RULE_PARAMS[result.rule_code]
        assert tuple(result.reason_params) == RULE_PARAMS[result.reason_code]
        assert result.rule.endswith((".", "invoices"))
        assert result.model_rule.endswith(".")

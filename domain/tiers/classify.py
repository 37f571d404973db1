"""Classify a portfolio with the chosen model, apply overrides, plan and preview changes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from itertools import compress
from operator import ne
from typing import NamedTuple

from domain.bulk import collector_paused
from domain.errors import ValidationError
from domain.tiers.health import HistoryEntry
from domain.tiers.metrics import AccountMetrics
from domain.tiers.params import TierSettings
from domain.tiers.pareto import classify_pareto, explain_pareto
from domain.tiers.result import (
    MODELS,
    RULE_PARAMS,
    TIERS,
    Explanation,
    Override,
    RuleValue,
    TierResult,
    TierResults,
    override_params,
    result_column,
    rule_sentence,
)
from domain.tiers.rfm import classify_rfm, explain_rfm
from domain.tiers.weighted import classify_weighted, explain_weighted

_RANK = {tier: rank for rank, tier in enumerate(TIERS)}


def _tier_counts(results: Sequence[TierResult]) -> dict[str, int]:
    counted = Counter(result_column(results, "tier"))
    return {tier: counted.get(tier, 0) for tier in TIERS}


@dataclass(frozen=True, slots=True)
class Classification:
    """The outcome of one model run over a portfolio.

    ``results`` follow the order of the metrics classified (a
    :class:`~domain.tiers.result.TierResults`: read whole columns with
    :func:`~domain.tiers.result.result_column`); ``distribution`` counts
    accounts per tier, every tier A-D present.
    """

    model: str
    settings: TierSettings
    results: Sequence[TierResult]
    distribution: Mapping[str, int]

    def by_account(self) -> dict[int, TierResult]:
        """Results keyed by account id."""
        return dict(zip(result_column(self.results, "account_id"), self.results, strict=True))

    def tiers(self) -> dict[int, str]:
        """The tier of each account id (override tiers where set)."""
        return dict(zip(result_column(self.results, "account_id"), result_column(self.results, "tier"), strict=True))


def classify_portfolio(metrics: Sequence[AccountMetrics], settings: TierSettings) -> Classification:
    """Run ``settings.model`` over ``metrics``; one result per account, in input order."""
    if settings.model == "pareto":
        results = classify_pareto(metrics, settings.pareto)
    elif settings.model == "rfm":
        results = classify_rfm(metrics, settings.rfm)
    else:
        results = classify_weighted(metrics, settings.weighted)
    return Classification(settings.model, settings, results, _tier_counts(results))


def explain(result: TierResult, metrics: AccountMetrics, settings: TierSettings) -> Explanation:
    """The criterion lines and numbers behind the *model's* tier for one account.

    ``result`` must come from classifying with ``settings`` (ranking models take
    the portfolio-wide numbers, such as the cumulative share or quintile
    scores, from it); ``metrics`` are the account's metrics from that run. An
    override does not change the explanation: ``result.rule`` names it.
    """
    if result.model == "pareto":
        return explain_pareto(result, metrics)
    if result.model == "rfm":
        return explain_rfm(result, metrics)
    return explain_weighted(metrics, settings.weighted)


def apply_overrides(classification: Classification, overrides: Iterable[Override]) -> Classification:
    """The classification with hand-set tiers in force.

    An overridden result keeps the model's tier in ``model_tier`` and carries
    its :class:`Override`. When one account has several overrides the latest
    ``date`` wins (the later one in ``overrides`` on the same date). Overrides
    of accounts not in the classification are ignored (e.g. subsidiaries when
    groups are rolled up).
    """
    latest: dict[int, Override] = {}
    for override in overrides:
        current = latest.get(override.account_id)
        if current is None or override.date >= current.date:
            latest[override.account_id] = override
    if not latest:
        return classification
    results = TierResults.from_rows(classification.results)
    tiers = list(results.column("tier"))
    set_by_hand = list(results.column("override"))
    for i, account_id in enumerate(results.column("account_id")):
        o = latest.get(account_id)
        if o is not None:
            tiers[i], set_by_hand[i] = o.tier, o
    results = results.replaced(tier=tiers, override=set_by_hand)
    return replace(classification, results=results, distribution=_tier_counts(results))


def list_overrides(classification: Classification) -> list[TierResult]:
    """The results whose tier was set by hand, in classification order."""
    results = classification.results
    return [results[i] for i, o in enumerate(result_column(results, "override")) if o is not None]


class TierChange(NamedTuple):
    """A tier an account will get when a classification is applied.

    ``old`` is ``None`` for an account never classified. ``model`` is the model
    the change is recorded under, ``"override"`` for a hand-set tier.
    :attr:`reason` is an English sentence; ``reason_code``/``reason_params`` its
    machine form (see :func:`~domain.tiers.result.rule_sentence`). A named
    tuple: the first apply changes every account at once.
    """

    account_id: int
    key: str
    name: str
    old: str | None
    new: str
    model: str
    score: float | None
    reason_code: str
    reason_params: Mapping[str, RuleValue]
    on: date

    @property
    def reason(self) -> str:
        """Short English sentence naming the rule behind the new tier."""
        return rule_sentence(self.reason_code, self.reason_params)

    def history_entry(self) -> HistoryEntry:
        """The tier-history record this change leaves behind."""
        return HistoryEntry(self.account_id, self.on, self.old, self.new)


def plan_apply(
    classification: Classification, current_tiers: Mapping[int, str | None], *, on: date, model: str
) -> list[TierChange]:
    """The changes applying ``classification`` on day ``on`` would make, in result order.

    Only accounts whose tier differs from ``current_tiers`` (missing = ``None``)
    appear. Raises :class:`ValidationError` (field ``model``) for an unknown model.
    """
    if model not in MODELS:
        raise ValidationError("model", f"'{model}' is not a tiering model.", value=model, reason="unknown_model")
    with collector_paused():
        return _plan(classification, current_tiers, on, model)


def _plan(
    classification: Classification, current_tiers: Mapping[int, str | None], on: date, model: str
) -> list[TierChange]:
    column = partial(result_column, classification.results)
    ids, tiers = column("account_id"), column("tier")
    olds = list(map(current_tiers.get, ids))
    rows = compress(
        zip(ids, column("key"), column("name"), olds, tiers, column("model_tier"), column("score"),
            column("rule_code"), column("rule_values"), column("override"), strict=True),
        map(ne, olds, tiers),
    )  # fmt: skip
    # Results that share a rule-values tuple (RFM cells, equal weighted scores) share one
    # parameters mapping; the tuple is kept with it, so its id stays its own.
    shared: dict[tuple[str, int], tuple[tuple[RuleValue, ...], dict[str, RuleValue]]] = {}
    new = tuple.__new__  # skips the keyword __new__ of the named tuple
    changes: list[TierChange] = []
    for account_id, key, name, old, tier, model_tier, score, code, values, override in rows:
        if override is None:
            known = shared.get((code, id(values)))
            if known is None:
                known = shared[code, id(values)] = (values, dict(zip(RULE_PARAMS[code], values, strict=True)))
            change = (account_id, key, name, old, tier, model, score, code, known[1], on)
        else:
            change = (account_id, key, name, old, tier, "override", score, "override",
                      override_params(override, model_tier), on)  # fmt: skip
        changes.append(new(TierChange, change))
    return changes


class Move(NamedTuple):
    """One account whose tier a what-if run would change; ``direction`` is "up", "down" or "new"."""

    account_id: int
    old: str | None
    new: str
    direction: str


def movement_matrix(before: Mapping[int, str | None], after: Mapping[int, str]) -> dict[tuple[str | None, str], int]:
    """How many accounts move from each tier (``None`` = unclassified) to each tier.

    Counts every account in ``after``; its old tier is ``before.get(id)``.
    Every cell of (None, A-D) x (A-D) is present, zeros included, rows in that order.
    """
    matrix: dict[tuple[str | None, str], int] = {(old, new): 0 for old in (None, *TIERS) for new in TIERS}
    for account_id, new in after.items():
        cell = (before.get(account_id), new)
        matrix[cell] = matrix.get(cell, 0) + 1
    return matrix


def movers(before: Mapping[int, str | None], after: Mapping[int, str]) -> list[Move]:
    """The accounts of ``after`` whose tier differs from ``before``, in the order of ``after``.

    A is the top tier: A→B is "down", D→C "up", unclassified→any "new".
    """
    moves: list[Move] = []
    for account_id, new in after.items():
        old = before.get(account_id)
        if old == new:
            continue
        if old is None:
            direction = "new"
        else:
            direction = "up" if _RANK.get(new, len(TIERS)) < _RANK.get(old, len(TIERS)) else "down"
        moves.append(Move(account_id, old, new, direction))
    return moves


def distribution(tiers: Mapping[int, str | None]) -> dict[str | None, int]:
    """Accounts per tier, with ``None`` counting the unclassified; keys A-D and None always present."""
    counts: dict[str | None, int] = {tier: 0 for tier in (*TIERS, None)}
    for tier in tiers.values():
        counts[tier] = counts.get(tier, 0) + 1
    return counts

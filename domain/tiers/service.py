"""Tier classification as service functions, shared by the window and the CLI.

A classification is computed as a :class:`Preview` (nothing is written) and
becomes the accounts' tiers only when applied; applying writes one history
row per account whose tier changed. Overrides set by hand win over every
model and are kept by later runs.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

from domain.bulk import collector_paused
from domain.errors import CancelledError, NotFoundError, ValidationError
from domain.ports import Progress, TierHistoryRecord, TierQueries, UnitOfWork
from domain.tiers.classify import (
    Classification,
    Move,
    TierChange,
    apply_overrides,
    classify_portfolio,
    distribution,
    explain,
    movement_matrix,
    movers,
    plan_apply,
)
from domain.tiers.health import HealthReport, HistoryEntry, RiskSignal, health, risk_signals
from domain.tiers.metrics import ACTIVITY_INPUTS, AccountMetrics, compute_metrics, metric_column, metrics_table
from domain.tiers.params import TierSettings, default_settings
from domain.tiers.result import Explanation, Override, TierResult

SETTINGS_NAME = "tiers"

#: What a preview reads for each model (names of ``ACTIVITY_INPUTS``): the model's
#: inputs, plus the order count and recency that the classification dialog shows
#: for every model (the account panel and the RFM grid). No model needs the
#: previous window. Fields not read stay 0 or unknown in the preview's metrics.
MODEL_INPUTS: Mapping[str, frozenset[str]] = MappingProxyType({
    "pareto": frozenset({"orders", "last_order"}),
    "rfm": frozenset({"orders", "last_order"}),
    "weighted": frozenset({"orders", "first_order", "last_order", "payments", "behaviour", "potential"}),
})
#: Every input an account's metrics show (all but the previous window and the
#: days paid late, which only the risk signals use), for explaining one account
#: in full whatever the model.
DETAIL_INPUTS = MODEL_INPUTS["weighted"]


@dataclass(frozen=True)
class Preview:
    """A classification before it is applied: what each account would get and
    what would move. ``current`` holds the applied tiers it is compared with.
    ``metrics`` are in the order of the results (a
    :class:`~domain.tiers.metrics.MetricsTable` when computed here: read whole
    columns with :func:`~domain.tiers.metrics.metric_column`)."""

    as_of: date
    settings: TierSettings
    metrics: Sequence[AccountMetrics]
    classification: Classification
    current: dict[int, str | None]
    _position_by_key: dict[str, int] = field(default_factory=dict, repr=False)

    @property
    def results(self) -> Sequence[TierResult]:
        """One result per account, in the order of ``metrics`` (columns: see ``result_column``)."""
        return self.classification.results

    def tiers(self) -> dict[int, str]:
        return self.classification.tiers()

    def matrix(self) -> dict[tuple[str | None, str], int]:
        """From → to counts against the applied tiers (``None``: not classified yet)."""
        return movement_matrix(self.current, self.tiers())

    def movers(self) -> list[Move]:
        return movers(self.current, self.tiers())

    def distribution(self) -> dict[str | None, int]:
        return distribution(dict(self.tiers()))

    def changes(self, on: date) -> list[TierChange]:
        """What applying on day ``on`` would write, one per account whose tier changes."""
        return plan_apply(self.classification, self.current, on=on, model=self.settings.model)

    def find(self, key_or_name: str) -> tuple[TierResult, AccountMetrics]:
        """The result and metrics of the account with this key (or, failing that, exact name).

        Raises NotFoundError when no classified account matches (with groups
        rolled up, only the groups themselves are classified)."""
        if not self._position_by_key:
            keys = metric_column(self.metrics, "key")
            self._position_by_key.update(zip(keys, range(len(keys)), strict=True))
        position = self._position_by_key.get(key_or_name)
        if position is None:
            named = [i for i, name in enumerate(metric_column(self.metrics, "name")) if name == key_or_name]
            if len(named) == 1:
                position = named[0]
        if position is None:
            raise NotFoundError(f"No classified account has the key '{key_or_name}'.", key=key_or_name)
        return self.results[position], self.metrics[position]

    def classification_explanation(self, result: TierResult, metrics: AccountMetrics) -> Explanation:
        return explain(result, metrics, self.settings)

    def explain(self, key_or_name: str) -> tuple[TierResult, AccountMetrics, Explanation]:
        """Metric values, points per criterion, dimension scores and the deciding rule of one account."""
        result, metrics = self.find(key_or_name)
        return result, metrics, explain(result, metrics, self.settings)


def load_settings(uow: UnitOfWork) -> TierSettings:
    """The tier settings stored in the database (defaults when none are)."""
    with uow:
        text = uow.settings.get(SETTINGS_NAME)
    if text is None:
        return default_settings()
    try:
        data = json.loads(text)
    except ValueError:
        raise ValidationError(
            "settings", "The stored tier settings are not readable; save them again.", reason="unreadable"
        ) from None
    return TierSettings.from_dict(data)


def save_settings(uow: UnitOfWork, settings: TierSettings) -> None:
    """Store ``settings`` (already validated by TierSettings) in the database."""
    text = json.dumps(settings.to_dict(), ensure_ascii=False, sort_keys=True)
    with uow:
        uow.settings.put(SETTINGS_NAME, text)
        uow.commit()


def preview_classification(
    queries: TierQueries,
    settings: TierSettings,
    *,
    as_of: date,
    progress: Progress | None = None,
    inputs: Collection[str] | None = None,
) -> Preview:
    """Classify every account (every group, when rolled up) as of ``as_of``. Writes nothing.

    ``inputs`` (names of ``ACTIVITY_INPUTS``) are read in addition to what the
    model needs (:data:`MODEL_INPUTS`): :data:`DETAIL_INPUTS` to show every
    metric of an account, not only the model's. ``progress(done, total)`` is
    called between the steps; returning False cancels (CancelledError).
    """

    def step(done: int) -> None:
        if progress is not None and progress(done, 3) is False:
            raise CancelledError("Classification cancelled.")

    with collector_paused():
        step(0)
        read = MODEL_INPUTS[settings.model] | frozenset(inputs or ())
        activity = queries.activity_columns(as_of, settings.window_months, inputs=read)
        step(1)
        metrics = metrics_table(
            activity,
            as_of=as_of,
            window_months=settings.window_months,
            roll_up_groups=settings.roll_up_groups,
            size_percentiles="potential" in read,
        )
        current = dict(zip(activity.column("account_id"), activity.column("applied_tier"), strict=True))
        del activity
        step(2)
        classification = apply_overrides(classify_portfolio(metrics, settings), queries.overrides())
        step(3)
    return Preview(as_of, settings, metrics, classification, current)


def apply_classification(uow: UnitOfWork, preview: Preview, *, on: date) -> int:
    """Make the preview's tiers the accounts' tiers; returns how many changed.

    Writes the tier, score and model of every classified account and one
    history row per account whose tier changed, in one transaction.
    """
    with collector_paused():
        changes = preview.changes(on)
        with uow:
            uow.tiers.apply(preview.results, changes, model=preview.settings.model, on=on)
            uow.commit()
    return len(changes)


def set_override(uow: UnitOfWork, account_id: int, tier: str, reason: str, *, on: date) -> Override:
    """Set an account's tier by hand; it wins over every model until cleared.

    The reason is required (ValidationError). The tier applies at once and
    leaves a history row when it changes the account's tier."""
    override = Override(account_id, tier, reason.strip(), on)
    with uow:
        if uow.accounts.get(account_id) is None:
            raise NotFoundError("The account no longer exists.", account_id=account_id)
        uow.tiers.set_override(override)
        uow.commit()
    return override


def clear_override(uow: UnitOfWork, account_id: int) -> None:
    """Let the model decide this account's tier again from the next classification on."""
    with uow:
        uow.tiers.clear_override(account_id)
        uow.commit()


@dataclass(frozen=True)
class HealthOverview:
    """Tier health between two dates (from history) and the risk signals as of the later one."""

    report: HealthReport
    signals: list[RiskSignal]


def health_overview(
    queries: TierQueries, settings: TierSettings, *, start: date, end: date, progress: Progress | None = None
) -> HealthOverview:
    """A churn, B → A upgrades and C → B conversions between ``start`` and ``end``
    against their targets, and the A/B accounts whose ordering or paying got
    worse against the previous window, plus high-potential C accounts, as of
    ``end`` (tiers: the applied ones). Writes nothing."""
    report = health(history_entries(queries.history()), start, end)
    if progress is not None and progress(1, 3) is False:
        raise CancelledError("Cancelled.")
    with collector_paused():
        activity = queries.activity_columns(end, settings.window_months, inputs=ACTIVITY_INPUTS)
        metrics = compute_metrics(
            activity, as_of=end, window_months=settings.window_months, roll_up_groups=settings.roll_up_groups
        )
        if progress is not None and progress(2, 3) is False:
            raise CancelledError("Cancelled.")
        applied = {i: t for i, t in queries.current_tiers().items() if t is not None}
        signals = risk_signals(metrics, applied, weighted=settings.weighted)
    return HealthOverview(report, signals)


def history_entries(records: list[TierHistoryRecord]) -> list[HistoryEntry]:
    return [r.entry for r in records]

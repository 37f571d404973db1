"""Customer tiering (客户分级): metrics, the Pareto, RFM and weighted models, health.

Pure Python over plain data: storage supplies :class:`AccountActivity` rows,
:func:`compute_metrics` turns them into :class:`AccountMetrics` (column by column:
:class:`ActivityColumns` into a :class:`MetricsTable`),
:func:`classify_portfolio` runs the model chosen in :class:`TierSettings`, and
the UI shows results, explanations (:func:`explain`) and planned changes
(:func:`plan_apply`).
"""

from __future__ import annotations

from domain.tiers.classify import (
    Classification,
    Move,
    TierChange,
    apply_overrides,
    classify_portfolio,
    distribution,
    explain,
    list_overrides,
    movement_matrix,
    movers,
    plan_apply,
)
from domain.tiers.health import (
    RISK_KINDS,
    HealthReport,
    HealthTargets,
    HistoryEntry,
    RateCheck,
    RiskSignal,
    RiskThresholds,
    health,
    risk_signals,
    tier_on,
)
from domain.tiers.metrics import (
    ACTIVITY_INPUTS,
    AccountActivity,
    AccountMetrics,
    ActivityColumns,
    MetricsTable,
    compute_metrics,
    metric_column,
    metrics_table,
    window_start,
)
from domain.tiers.params import (
    CRITERION_IDS,
    CRITERION_UNITS,
    SEGMENTS,
    Band,
    Criterion,
    ParetoParams,
    RfmParams,
    TierSettings,
    WeightedParams,
    default_settings,
)
from domain.tiers.pareto import classify_pareto
from domain.tiers.result import (
    DIMENSIONS,
    MODELS,
    TIERS,
    CriterionLine,
    Explanation,
    Override,
    TierResult,
    TierResults,
    result_column,
    rule_sentence,
)
from domain.tiers.rfm import classify_rfm, quintile_scores, segment
from domain.tiers.weighted import classify_weighted, weighted_scores

__all__ = [
    "ACTIVITY_INPUTS",
    "CRITERION_IDS",
    "CRITERION_UNITS",
    "DIMENSIONS",
    "MODELS",
    "RISK_KINDS",
    "SEGMENTS",
    "TIERS",
    "AccountActivity",
    "AccountMetrics",
    "ActivityColumns",
    "Band",
    "Classification",
    "Criterion",
    "CriterionLine",
    "Explanation",
    "HealthReport",
    "HealthTargets",
    "HistoryEntry",
    "MetricsTable",
    "Move",
    "Override",
    "ParetoParams",
    "RateCheck",
    "RfmParams",
    "RiskSignal",
    "RiskThresholds",
    "TierChange",
    "TierResult",
    "TierResults",
    "TierSettings",
    "WeightedParams",
    "apply_overrides",
    "classify_pareto",
    "classify_portfolio",
    "classify_rfm",
    "classify_weighted",
    "compute_metrics",
    "default_settings",
    "distribution",
    "explain",
    "health",
    "list_overrides",
    "metric_column",
    "metrics_table",
    "movement_matrix",
    "movers",
    "plan_apply",
    "risk_signals",
    "result_column",
    "rule_sentence",
    "quintile_scores",
    "segment",
    "tier_on",
    "weighted_scores",
    "window_start",
]

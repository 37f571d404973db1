"""Classification results as plain rows and text (for the command line and files)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from domain.tiers.metrics import AccountMetrics
from domain.tiers.result import TIERS, Explanation
from domain.tiers.service import Preview

_DIMENSIONS = ("transaction", "behaviour", "potential")


def result_rows(preview: Preview) -> Iterator[dict[str, Any]]:
    """One row per classified account: key, name, tier and the model's metrics.

    Pareto: revenue, share, cumulative share before it; RFM: recency_days,
    frequency, monetary, r, f, m, segment; weighted: each dimension's score and
    the total. ``override`` holds the reason of a tier set by hand."""
    model = preview.settings.model
    for result, metrics in zip(preview.results, preview.metrics, strict=True):
        row: dict[str, Any] = {"key": result.key, "name": result.name, "tier": result.tier}
        params = result.rule_params
        if model == "pareto":
            row["revenue"] = str(metrics.revenue)
            row["revenue_share"] = _round(metrics.revenue_share)
            row["cumulative_share_before"] = _round(params.get("cumulative_share_before"))
        elif model == "rfm":
            row["recency_days"] = metrics.days_since_last_order
            row["frequency"] = metrics.orders
            row["monetary"] = str(metrics.revenue)
            for name in ("r", "f", "m", "segment"):
                row[name] = params.get(name)
        else:
            scores = preview.classification_explanation(result, metrics).dimension_scores
            for dimension in _DIMENSIONS:
                row[dimension] = _round(scores.get(dimension))
            row["total"] = _round(result.score)
        row["model_tier"] = result.model_tier
        row["override"] = result.override.reason if result.override is not None else ""
        yield row


def _round(value: Any, digits: int = 4) -> Any:
    return round(value, digits) if isinstance(value, float) else value


def as_csv(preview: Preview) -> str:
    rows = list(result_rows(preview))
    out = io.StringIO()
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return out.getvalue()


def as_json(preview: Preview) -> str:
    return json.dumps(list(result_rows(preview)), ensure_ascii=False, indent=1)


def as_table(preview: Preview) -> str:
    """A readable summary: distribution, movement against the applied tiers, the accounts."""
    lines = [
        f"model {preview.settings.model}, as of {preview.as_of.isoformat()}, "
        f"window {preview.settings.window_months} months, "
        + ("groups rolled up" if preview.settings.roll_up_groups else "each entity alone"),
        "",
        "tier  accounts",
    ]
    counts = preview.distribution()
    lines += [f"{tier:<4}  {counts.get(tier, 0):>8}" for tier in TIERS]
    moves = preview.movers()
    lines += ["", f"{len(moves)} accounts would change tier against the applied tiers."]
    rows = list(result_rows(preview))
    if rows:
        columns = [c for c in rows[0] if c not in ("model_tier",)]
        widths = {c: max(len(c), *(len(_text(r[c])) for r in rows)) for c in columns}
        widths["name"] = min(widths["name"], 30)
        lines += ["", "  ".join(c.ljust(widths[c]) for c in columns)]
        lines += ["  ".join(_text(r[c])[: widths[c]].ljust(widths[c]) for c in columns) for r in rows]
    return "\n".join(lines)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def metric_lines(metrics: AccountMetrics) -> list[tuple[str, Any]]:
    """The account's metric values, labelled, in a fixed order."""
    return [
        ("revenue in window", metrics.revenue),
        ("share of total revenue", metrics.revenue_share),
        ("orders in window", metrics.orders),
        ("average order", metrics.average_order),
        ("mean days between orders", metrics.mean_days_between_orders),
        ("repeat purchases", metrics.repeat_purchases),
        ("on-time payment rate", metrics.on_time_rate),
        ("days since last order", metrics.days_since_last_order),
        ("interactions per year", metrics.interactions_per_year),
        ("feedback", metrics.feedback),
        ("referrals", metrics.referrals),
        ("industry growth %", metrics.industry_growth_pct),
        ("size percentile in industry", metrics.size_percentile),
        ("decision nodes", metrics.decision_nodes),
        ("industry leader", metrics.industry_leader),
        ("entities rolled up", metrics.member_count),
    ]


def explanation_text(explanation: Explanation, name: str, metrics_lines: list[tuple[str, Any]]) -> str:
    """Metric values, points per criterion, dimension scores, total and the deciding rule."""
    lines = [f"{explanation.key}  {name}", f"tier {explanation.tier} ({explanation.model})", "", "metrics"]
    lines += [f"  {label:<28} {_text(_round(value))}" for label, value in metrics_lines]
    if explanation.lines:
        lines += ["", "criteria (dimension, value, points, weight → effective weight)"]
        for line in explanation.lines:
            value = "missing" if line.value is None else _text(_round(line.value))
            points = "missing" if line.points is None and line.value is None else _text(line.points)
            weight = "" if line.weight is None else f"{line.weight:g}"
            effective = "" if line.effective_weight is None else f"{line.effective_weight:g}"
            lines.append(
                f"  {line.criterion:<24} {line.dimension:<12} {value:>14} {points:>8} {weight:>6} → {effective}"
            )
    if any(v is not None for v in explanation.dimension_scores.values()):
        lines += ["", "dimension scores"]
        lines += [f"  {d:<12} {_text(_round(s, 2))}" for d, s in explanation.dimension_scores.items()]
    if explanation.score is not None:
        lines.append(f"total score    {_round(explanation.score, 2)}")
    lines += ["", f"rule: {explanation.rule}"]
    return "\n".join(lines)

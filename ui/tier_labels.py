"""Tier classification's words in the user's language: tiers, models,
criteria, dimensions, RFM segments, the rule that decided a tier, risk kinds."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # the tier code loads when classification is first used
    from domain.tiers.result import RuleValue



def tier_name(tier: str | None) -> str:
    names = {
        "A": QCoreApplication.translate("TierLabels", "A · core"),
        "B": QCoreApplication.translate("TierLabels", "B · growth"),
        "C": QCoreApplication.translate("TierLabels", "C · basic"),
        "D": QCoreApplication.translate("TierLabels", "D · potential"),
        None: QCoreApplication.translate("TierLabels", "not classified"),
    }
    return names.get(tier, str(tier))


def model_name(model: str) -> str:
    names = {
        "pareto": QCoreApplication.translate("TierLabels", "Pareto ABC"),
        "rfm": QCoreApplication.translate("TierLabels", "RFM"),
        "weighted": QCoreApplication.translate("TierLabels", "Weighted multi-dimensional"),
        "override": QCoreApplication.translate("TierLabels", "Set by hand"),
    }
    return names.get(model, model)


def dimension_name(dimension: str) -> str:
    names = {
        "transaction": QCoreApplication.translate("TierLabels", "Transaction"),
        "behaviour": QCoreApplication.translate("TierLabels", "Behaviour"),
        "potential": QCoreApplication.translate("TierLabels", "Potential"),
    }
    return names.get(dimension, dimension)


def criterion_name(criterion: str) -> str:
    names = {
        "revenue_share": QCoreApplication.translate("TierLabels", "Share of revenue"),
        "purchase_cycle": QCoreApplication.translate("TierLabels", "Purchase cycle"),
        "repeat_purchases": QCoreApplication.translate("TierLabels", "Repeat purchases"),
        "on_time_rate": QCoreApplication.translate("TierLabels", "On-time payment rate"),
        "interactions_per_year": QCoreApplication.translate("TierLabels", "Interactions per year"),
        "referrals": QCoreApplication.translate("TierLabels", "Referrals"),
        "feedback": QCoreApplication.translate("TierLabels", "Feedback"),
        "industry_growth": QCoreApplication.translate("TierLabels", "Industry growth"),
        "size_percentile": QCoreApplication.translate("TierLabels", "Size within industry"),
        "decision_nodes": QCoreApplication.translate("TierLabels", "Decision nodes"),
        "industry_leader": QCoreApplication.translate("TierLabels", "Industry leader"),
        "revenue": QCoreApplication.translate("TierLabels", "Revenue in window"),
        "rank": QCoreApplication.translate("TierLabels", "Rank by revenue"),
        "cumulative_share_before": QCoreApplication.translate("TierLabels", "Share held by higher-ranked accounts"),
        "recency_days": QCoreApplication.translate("TierLabels", "Days since last order"),
        "frequency": QCoreApplication.translate("TierLabels", "Orders in window"),
        "monetary": QCoreApplication.translate("TierLabels", "Revenue in window"),
    }
    return names.get(criterion, criterion)


def segment_name(segment: str) -> str:
    names = {
        "champions": QCoreApplication.translate("TierLabels", "Champions"),
        "loyal": QCoreApplication.translate("TierLabels", "Loyal"),
        "potential_loyalists": QCoreApplication.translate("TierLabels", "Potential loyalists"),
        "new": QCoreApplication.translate("TierLabels", "New"),
        "promising": QCoreApplication.translate("TierLabels", "Promising"),
        "need_attention": QCoreApplication.translate("TierLabels", "Need attention"),
        "at_risk": QCoreApplication.translate("TierLabels", "At risk"),
        "cannot_lose": QCoreApplication.translate("TierLabels", "Cannot lose"),
        "hibernating": QCoreApplication.translate("TierLabels", "Hibernating"),
        "lost": QCoreApplication.translate("TierLabels", "Lost"),
    }
    return names.get(segment, segment)


def _percent(value: RuleValue) -> str:
    return f"{float(value) * 100:.1f} %" if isinstance(value, (int, float)) else ""


def _number(value: RuleValue) -> str:
    return f"{float(value):.1f}" if isinstance(value, (int, float)) else ""


def rule_text(code: str, params: Mapping[str, RuleValue]) -> str:
    """The rule that decided a tier, as a sentence in the user's language."""
    p = params
    if code == "pareto_a":
        text = QCoreApplication.translate(
            "TierLabels", "Accounts ranked above it hold %1 of revenue, below the %2 cut-off: A."
        )
        return text.replace("%1", _percent(p.get("cumulative_share_before"))).replace("%2", _percent(p.get("a_cut")))
    if code == "pareto_b":
        text = QCoreApplication.translate(
            "TierLabels", "Accounts ranked above it hold %1 of revenue, from %2 to below %3: B."
        )
        return (
            text.replace("%1", _percent(p.get("cumulative_share_before")))
            .replace("%2", _percent(p.get("a_cut")))
            .replace("%3", _percent(p.get("b_cut")))
        )
    if code == "pareto_c":
        text = QCoreApplication.translate(
            "TierLabels", "Accounts ranked above it hold %1 of revenue, at or above the %2 cut-off: C."
        )
        return text.replace("%1", _percent(p.get("cumulative_share_before"))).replace("%2", _percent(p.get("b_cut")))
    if code == "pareto_no_revenue":
        return QCoreApplication.translate("TierLabels", "No revenue in the window: D.")
    if code == "rfm_segment":
        text = QCoreApplication.translate("TierLabels", "RFM %1-%2-%3, segment “%4”, which maps to %5.")
        return (
            text.replace("%1", str(p.get("r")))
            .replace("%2", str(p.get("f")))
            .replace("%3", str(p.get("m")))
            .replace("%4", segment_name(str(p.get("segment"))))
            .replace("%5", str(p.get("tier")))
        )
    if code == "rfm_never_ordered":
        return QCoreApplication.translate("TierLabels", "Never ordered: D.")
    if code in ("weighted_a", "weighted_b", "weighted_c"):
        texts = {
            "weighted_a": QCoreApplication.translate("TierLabels", "Value score %1 is at least %2: A."),
            "weighted_b": QCoreApplication.translate("TierLabels", "Value score %1 is below %2 but at least %3: B."),
            "weighted_c": QCoreApplication.translate("TierLabels", "Value score %1 is below %3: C."),
        }
        return (
            texts[code]
            .replace("%1", _number(p.get("score")))
            .replace("%2", _number(p.get("a_min")))
            .replace("%3", _number(p.get("b_min")))
        )
    if code == "weighted_prospect":
        return QCoreApplication.translate("TierLabels", "A prospect that has never ordered: D.")
    if code == "override_set":
        text = QCoreApplication.translate("TierLabels", "Set to %1 by hand: %2")
        return text.replace("%1", str(p.get("tier"))).replace("%2", str(p.get("reason")))
    if code == "override":
        text = QCoreApplication.translate("TierLabels", "Set to %1 by hand on %2 (the model said %3): %4")
        return (
            text.replace("%1", str(p.get("tier")))
            .replace("%2", str(p.get("date")))
            .replace("%3", str(p.get("model_tier")))
            .replace("%4", str(p.get("reason")))
        )
    return code


def risk_name(kind: str) -> str:
    names = {
        "orders_fell": QCoreApplication.translate("TierLabels", "Orders fell against the previous window"),
        "paying_later": QCoreApplication.translate("TierLabels", "Paying later than in the previous window"),
        "c_high_score": QCoreApplication.translate("TierLabels", "High-potential C: value score of 80 or more"),
        "c_revenue_growth": QCoreApplication.translate("TierLabels", "High-potential C: revenue grew 30 % or more"),
    }
    return names.get(kind, kind)


def health_name(code: str) -> str:
    names = {
        "a_churn": QCoreApplication.translate("TierLabels", "A accounts lost (churn)"),
        "b_to_a": QCoreApplication.translate("TierLabels", "B accounts upgraded to A"),
        "c_to_b": QCoreApplication.translate("TierLabels", "C accounts converted to B"),
    }
    return names.get(code, code)

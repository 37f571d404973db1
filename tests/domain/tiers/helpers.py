"""Builders for tiering inputs with neutral defaults, so each test states only what matters."""

from __future__ import annotations

from datetime import date
from typing import Any

from domain.tiers import AccountActivity, AccountMetrics

AS_OF = date(2024, 6, 30)

# Metric values that earn every weighted criterion its top band.
FULL_MARKS = {
    "revenue_share": 0.20, "mean_days_between_orders": 60.0, "repeat_purchases": 3, "on_time_rate": 1.0,
    "interactions_per_year": 12.0, "referrals": 2, "feedback": 4, "industry_growth_pct": 15.0,
    "size_percentile": 90.0, "decision_nodes": 1, "industry_leader": True,
}


def activity(account_id: int, **fields: Any) -> AccountActivity:
    """An account with no activity at all unless ``fields`` say otherwise."""
    values: dict[str, Any] = {
        "account_id": account_id, "key": f"C{account_id:06d}", "name": f"Account {account_id}", "parent_id": None,
        "lifecycle": "customer", "revenue_cents": 0, "orders": 0, "first_order": None, "last_order": None,
        "due_orders": 0, "on_time_orders": 0, "delay_days_total": 0, "interactions": 0, "feedback": 0,
        "referrals": 0, "prev_revenue_cents": 0, "prev_orders": 0, "prev_due_orders": 0, "prev_delay_days_total": 0,
        "industry": "", "employees": None, "annual_revenue_cents": None, "industry_growth_pct": None,
        "decision_nodes": None, "industry_leader": None,
    }
    values.update(fields)
    return AccountActivity(**values)


def metrics(account_id: int, **fields: Any) -> AccountMetrics:
    """Metrics of a customer that ordered once 30 days ago, with nothing else known."""
    values: dict[str, Any] = {
        "account_id": account_id, "key": f"C{account_id:06d}", "name": f"Account {account_id}",
        "lifecycle": "customer", "industry": "", "member_count": 1, "revenue_cents": 0, "revenue_share": 0.0,
        "orders": 1, "mean_days_between_orders": None, "repeat_purchases": 0, "on_time_rate": None,
        "days_since_last_order": 30, "interactions_per_year": 0.0, "feedback": 0, "referrals": 0,
        "industry_growth_pct": None, "size_percentile": None, "decision_nodes": None, "industry_leader": None,
        "prev_orders": 0, "avg_delay_days": None, "prev_avg_delay_days": None, "prev_revenue_cents": 0,
        "revenue_growth_pct": None,
    }
    values.update(fields)
    return AccountMetrics(**values)


def by_id(results: Any) -> dict[int, Any]:
    """Results (anything with ``account_id``) keyed by account id."""
    return {r.account_id: r for r in results}

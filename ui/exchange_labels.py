"""Sheet titles and column headers of exported workbooks, in the UI language.

Import recognises these in both languages (domain.exchange.headers lists
them; a test keeps the two in step).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def sheet_titles() -> dict[str, str]:
    return {
        "account": QCoreApplication.translate("Exchange", "Accounts"),
        "contact": QCoreApplication.translate("Exchange", "Contacts"),
        "team_member": QCoreApplication.translate("Exchange", "Team"),
        "transaction": QCoreApplication.translate("Exchange", "Orders"),
        "interaction": QCoreApplication.translate("Exchange", "Interactions"),
        "tier_history": QCoreApplication.translate("Exchange", "Tier history"),
        "tier_override": QCoreApplication.translate("Exchange", "Tiers set by hand"),
        "contact_link": QCoreApplication.translate("Exchange", "Contact links"),
        "powermap_snapshot": QCoreApplication.translate("Exchange", "Power map snapshots"),
        "triangle_assignment": QCoreApplication.translate("Exchange", "Iron triangles"),
        "account_plan": QCoreApplication.translate("Exchange", "Account plans"),
        "plan_objective": QCoreApplication.translate("Exchange", "Plan objectives"),
        "plan_action": QCoreApplication.translate("Exchange", "Plan actions"),
        "plan_risk": QCoreApplication.translate("Exchange", "Plan risks"),
    }


def column_headers() -> dict[str, dict[str, str]]:
    key = QCoreApplication.translate("Exchange", "Key")
    account_key = QCoreApplication.translate("Exchange", "Account key")
    notes = QCoreApplication.translate("Exchange", "Notes")
    date = QCoreApplication.translate("Exchange", "Date")
    email = QCoreApplication.translate("Exchange", "Email")
    buying_role = QCoreApplication.translate("Exchange", "Buying role")
    influence = QCoreApplication.translate("Exchange", "Influence")
    attitude = QCoreApplication.translate("Exchange", "Attitude")
    layer = QCoreApplication.translate("Exchange", "Relationship layer")
    strength = QCoreApplication.translate("Exchange", "Relationship strength")
    period = QCoreApplication.translate("Exchange", "Period")
    status = QCoreApplication.translate("Exchange", "Status")
    owner = QCoreApplication.translate("Exchange", "Owner key")
    due = QCoreApplication.translate("Exchange", "Due")
    return {
        "account": {
            "key": key,
            "name": QCoreApplication.translate("Exchange", "Name"),
            "parent": QCoreApplication.translate("Exchange", "Parent key"),
            "industry": QCoreApplication.translate("Exchange", "Industry"),
            "region": QCoreApplication.translate("Exchange", "Region"),
            "city": QCoreApplication.translate("Exchange", "City"),
            "employees": QCoreApplication.translate("Exchange", "Employees"),
            "annual_revenue": QCoreApplication.translate("Exchange", "Annual revenue"),
            "lifecycle": QCoreApplication.translate("Exchange", "Lifecycle"),
            "customer_since": QCoreApplication.translate("Exchange", "Customer since"),
            "notes": notes,
            "created_at": QCoreApplication.translate("Exchange", "Created"),
            "updated_at": QCoreApplication.translate("Exchange", "Changed"),
            "industry_growth_pct": QCoreApplication.translate("Exchange", "Industry growth %"),
            "decision_nodes": QCoreApplication.translate("Exchange", "Decision nodes"),
            "industry_leader": QCoreApplication.translate("Exchange", "Industry leader"),
            "tier": QCoreApplication.translate("Exchange", "Tier"),
            "tier_score": QCoreApplication.translate("Exchange", "Tier score"),
            "tier_model": QCoreApplication.translate("Exchange", "Tier model"),
            "tier_on": QCoreApplication.translate("Exchange", "Tier set on"),
        },
        "contact": {
            "key": key,
            "account": account_key,
            "name": QCoreApplication.translate("Exchange", "Full name"),
            "title": QCoreApplication.translate("Exchange", "Title"),
            "department": QCoreApplication.translate("Exchange", "Department"),
            "reports_to": QCoreApplication.translate("Exchange", "Reports to key"),
            "email": email,
            "phone": QCoreApplication.translate("Exchange", "Phone"),
            "notes": notes,
            "secondary_manager": QCoreApplication.translate("Exchange", "Dotted-line manager key"),
            "buying_role": buying_role,
            "influence": influence,
            "attitude": attitude,
            "layer": layer,
            "owner": QCoreApplication.translate("Exchange", "Relationship owner"),
            "strength": strength,
            "last_contact_on": QCoreApplication.translate("Exchange", "Last contact"),
        },
        "team_member": {
            "key": key,
            "name": QCoreApplication.translate("Exchange", "Full name"),
            "email": email,
            "active": QCoreApplication.translate("Exchange", "Active"),
            "roles": QCoreApplication.translate("Exchange", "Triangle roles"),
            "region": QCoreApplication.translate("Exchange", "Region"),
            "capacity": QCoreApplication.translate("Exchange", "Capacity"),
        },
        "transaction": {
            "key": key,
            "account": account_key,
            "date": date,
            "amount": QCoreApplication.translate("Exchange", "Amount"),
            "due_date": QCoreApplication.translate("Exchange", "Due date"),
            "paid_date": QCoreApplication.translate("Exchange", "Paid date"),
        },
        "interaction": {
            "key": key,
            "account": account_key,
            "contact": QCoreApplication.translate("Exchange", "Contact key"),
            "date": date,
            "kind": QCoreApplication.translate("Exchange", "Kind"),
            "note": QCoreApplication.translate("Exchange", "Note"),
        },
        "tier_history": {
            "account": account_key,
            "date": date,
            "old_tier": QCoreApplication.translate("Exchange", "From tier"),
            "new_tier": QCoreApplication.translate("Exchange", "To tier"),
            "model": QCoreApplication.translate("Exchange", "Model"),
            "score": QCoreApplication.translate("Exchange", "Score"),
            "reason": QCoreApplication.translate("Exchange", "Reason"),
            "reason_code": QCoreApplication.translate("Exchange", "Rule"),
            "reason_params": QCoreApplication.translate("Exchange", "Rule values"),
        },
        "tier_override": {
            "account": account_key,
            "tier": QCoreApplication.translate("Exchange", "Tier"),
            "reason": QCoreApplication.translate("Exchange", "Reason"),
            "date": date,
        },
        "contact_link": {
            "source": QCoreApplication.translate("Exchange", "From contact key"),
            "target": QCoreApplication.translate("Exchange", "To contact key"),
            "kind": QCoreApplication.translate("Exchange", "Kind"),
            "strength": QCoreApplication.translate("Exchange", "Strength"),
            "note": QCoreApplication.translate("Exchange", "Note"),
        },
        "powermap_snapshot": {
            "account": account_key,
            "date": date,
            "label": QCoreApplication.translate("Exchange", "Label"),
            "contact_key": QCoreApplication.translate("Exchange", "Contact key"),
            "name": QCoreApplication.translate("Exchange", "Contact"),
            "title": QCoreApplication.translate("Exchange", "Title"),
            "department": QCoreApplication.translate("Exchange", "Department"),
            "manager_key": QCoreApplication.translate("Exchange", "Reports to key"),
            "buying_role": buying_role,
            "influence": influence,
            "attitude": attitude,
            "layer": layer,
            "owner_name": QCoreApplication.translate("Exchange", "Relationship owner"),
            "strength": strength,
        },
        "triangle_assignment": {
            "account": account_key,
            "role": QCoreApplication.translate("Exchange", "Role"),
            "member": QCoreApplication.translate("Exchange", "Member key"),
            "start": QCoreApplication.translate("Exchange", "From"),
            "end": QCoreApplication.translate("Exchange", "To"),
        },
        "account_plan": {
            "account": account_key,
            "period": period,
            "status": status,
            "challenges": QCoreApplication.translate("Exchange", "Challenges"),
            "competitors": QCoreApplication.translate("Exchange", "Competitors"),
            "strengths": QCoreApplication.translate("Exchange", "Our strengths"),
            "weaknesses": QCoreApplication.translate("Exchange", "Our weaknesses"),
            "trends": QCoreApplication.translate("Exchange", "Industry trends"),
            "fit_business_network": QCoreApplication.translate("Exchange", "Fit: business network"),
            "fit_business_model": QCoreApplication.translate("Exchange", "Fit: business model"),
            "fit_decision_makers": QCoreApplication.translate("Exchange", "Fit: decision-maker relationships"),
            "fit_industry_trend": QCoreApplication.translate("Exchange", "Fit: industry trend"),
            "fit_competition": QCoreApplication.translate("Exchange", "Fit: competitive situation"),
            "fit_financial_health": QCoreApplication.translate("Exchange", "Fit: financial health"),
            "fit_solution_fit": QCoreApplication.translate("Exchange", "Fit: solution fit"),
        },
        "plan_objective": {
            "account": account_key,
            "period": period,
            "title": QCoreApplication.translate("Exchange", "Objective"),
            "kind": QCoreApplication.translate("Exchange", "Kind"),
            "target": QCoreApplication.translate("Exchange", "Target"),
            "owner": owner,
            "due": due,
            "status": status,
            "progress": QCoreApplication.translate("Exchange", "Progress %"),
        },
        "plan_action": {
            "account": account_key,
            "period": period,
            "objective": QCoreApplication.translate("Exchange", "Objective"),
            "what": QCoreApplication.translate("Exchange", "Action"),
            "owner": owner,
            "due": due,
            "status": status,
        },
        "plan_risk": {
            "account": account_key,
            "period": period,
            "description": QCoreApplication.translate("Exchange", "Risk"),
            "likelihood": QCoreApplication.translate("Exchange", "Likelihood"),
            "impact": QCoreApplication.translate("Exchange", "Impact"),
            "mitigation": QCoreApplication.translate("Exchange", "Mitigation"),
            "owner": owner,
        },
    }

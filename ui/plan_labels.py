"""Account-plan words in the user's language: statuses, fit criteria, objective
kinds, work statuses, priority parts, and plan errors as messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from domain.errors import DomainError, ValidationError
from domain.model import FitCriterion, ObjectiveKind, PlanStatus, WorkStatus
from ui.messages import error_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanLabels", text)


def status_name(status: PlanStatus) -> str:
    names = {
        PlanStatus.DRAFT: _tr("Draft"),
        PlanStatus.IN_REVIEW: _tr("In review"),
        PlanStatus.APPROVED: _tr("Approved"),
    }
    return names[status]


def fit_name(criterion: FitCriterion) -> str:
    names = {
        FitCriterion.BUSINESS_NETWORK: _tr("Business network"),
        FitCriterion.BUSINESS_MODEL: _tr("Business model"),
        FitCriterion.DECISION_MAKERS: _tr("Decision-maker relationships"),
        FitCriterion.INDUSTRY_TREND: _tr("Industry trend"),
        FitCriterion.COMPETITION: _tr("Competitive situation"),
        FitCriterion.FINANCIAL_HEALTH: _tr("Financial health"),
        FitCriterion.SOLUTION_FIT: _tr("How well our solution fits"),
    }
    return names[criterion]


def kind_name(kind: ObjectiveKind) -> str:
    names = {
        ObjectiveKind.REVENUE: _tr("Revenue"),
        ObjectiveKind.SHARE_OF_WALLET: _tr("Share of wallet"),
        ObjectiveKind.QUALITATIVE: _tr("Qualitative"),
    }
    return names[kind]


def work_status_name(status: WorkStatus) -> str:
    names = {
        WorkStatus.NOT_STARTED: _tr("Not started"),
        WorkStatus.IN_PROGRESS: _tr("In progress"),
        WorkStatus.DONE: _tr("Done"),
        WorkStatus.DROPPED: _tr("Dropped"),
    }
    return names[status]


def part_name(part: str) -> str:
    names = {"value": _tr("Value"), "fit": _tr("Strategic fit"), "readiness": _tr("Readiness")}
    return names.get(part, part)


def plan_field_label(field: str) -> str:
    """The name of a plan field (as the services name it) for messages."""
    if field.startswith("fit."):
        try:
            return fit_name(FitCriterion(field[4:]))
        except ValueError:
            pass
    labels = {
        "period": _tr("Period"),
        "challenges": _tr("Challenges"),
        "competitors": _tr("Competitors"),
        "strengths": _tr("Our strengths"),
        "weaknesses": _tr("Our weaknesses"),
        "trends": _tr("Industry trends"),
        "fit": _tr("Strategic fit"),
        "status": _tr("Status"),
        "title": _tr("Objective"),
        "kind": _tr("Kind"),
        "target": _tr("Target"),
        "owner_id": _tr("Owner"),
        "due": _tr("Due"),
        "progress": _tr("Progress"),
        "objective_id": _tr("Objective"),
        "what": _tr("Action"),
        "description": _tr("Risk"),
        "likelihood": _tr("Likelihood"),
        "impact": _tr("Impact"),
        "mitigation": _tr("Mitigation"),
        "value": _tr("Value"),
        "readiness": _tr("Readiness"),
        "triangle": _tr("Iron triangle"),
        "coverage": _tr("Coverage"),
    }
    return labels.get(field, field)


def _out_of_range(field: str) -> str:
    if field in ("likelihood", "impact") or field.startswith("fit."):
        return _tr("%1 is a whole number from 1 to 5.")
    if field == "progress":
        return _tr("%1 is 0 to 100 percent.")
    if field == "target":
        return _tr("%1: a share of wallet is 0 to 100 percent, a revenue target 0 or more.")
    if field in ("value", "fit", "readiness", "triangle", "coverage"):
        return _tr("%1: a weight is a number from 0 to 100.")
    return _tr("%1 is outside the allowed range.")


def _validation_text(error: ValidationError) -> str:
    reason = error.params.get("reason", "")
    field = error.field
    texts = {
        "required": _tr("%1 cannot be empty."),
        "too_long": _tr("%1 holds at most %3 characters."),
        "not_text": _tr("%1 holds text."),
        "not_date": _tr("%1 holds a date."),
        "not_number": _tr("%1: '%2' is not a number."),
        "unknown": _tr("%1: this value is not one of the choices."),
        "not_allowed": _tr("A qualitative objective has no target value."),
        "duplicate": _tr("The plan already has an objective called '%2'."),
    }
    if reason == "out_of_range":
        template = _out_of_range(field)
    elif reason in texts:
        template = texts[reason]
    elif field == "objective_id":
        template = _tr("An action moves only between objectives of its plan.")
    elif field == "value":
        template = _tr("At least one of value, fit and readiness needs a weight.")
    elif field == "triangle":
        template = _tr("At least one of triangle and coverage needs a weight.")
    else:
        return error.message
    value = str(error.params.get("value", ""))
    if "value" not in error.params and error.message.count("'") >= 2:
        value = error.message.split("'", 1)[1].rsplit("'", 1)[0]  # the services quote what was entered
    return (
        template.replace("%1", plan_field_label(field))
        .replace("%2", value)
        .replace("%3", str(error.params.get("limit", "")))
    )


def plan_error_text(error: DomainError) -> str:
    """The message to show for an error of a plan action, in the user's language."""
    if isinstance(error, ValidationError):
        return _validation_text(error)
    params = error.params
    if error.code == "plan_status":
        old, new = PlanStatus(params.get("old")), PlanStatus(params.get("new"))
        if old is PlanStatus.DRAFT and new is PlanStatus.APPROVED:
            return _tr("A draft cannot be approved before it was reviewed: submit it for review first.")
        return _tr("A plan cannot go from %1 to %2.").replace("%1", status_name(old)).replace("%2", status_name(new))
    if error.code == "duplicate_plan":
        return _tr("The account already has a plan for %1.").replace("%1", str(params.get("period", "")))
    if error.code == "not_found":
        texts = {
            "plan_id": _tr("The plan no longer exists; it may have been deleted."),
            "objective_id": _tr("The objective no longer exists; it may have been deleted."),
            "action_id": _tr("The action no longer exists; it may have been deleted."),
            "risk_id": _tr("The risk no longer exists; it may have been deleted."),
        }
        for key, text in texts.items():
            if key in params:
                return text
    return error_text(error)

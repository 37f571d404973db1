"""Account-plan words in the user's language: statuses, fit criteria, objective
kinds, work statuses, priority parts, and plan errors as messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from domain.errors import DomainError, ValidationError
from domain.model import FitCriterion, ObjectiveKind, PlanStatus, WorkStatus
from ui.messages import error_text


def status_name(status: PlanStatus) -> str:
    names = {
        PlanStatus.DRAFT: QCoreApplication.translate("PlanLabels", "Draft"),
        PlanStatus.IN_REVIEW: QCoreApplication.translate("PlanLabels", "In review"),
        PlanStatus.APPROVED: QCoreApplication.translate("PlanLabels", "Approved"),
    }
    return names[status]


def fit_name(criterion: FitCriterion) -> str:
    names = {
        FitCriterion.BUSINESS_NETWORK: QCoreApplication.translate("PlanLabels", "Business network"),
        FitCriterion.BUSINESS_MODEL: QCoreApplication.translate("PlanLabels", "Business model"),
        FitCriterion.DECISION_MAKERS: QCoreApplication.translate("PlanLabels", "Decision-maker relationships"),
        FitCriterion.INDUSTRY_TREND: QCoreApplication.translate("PlanLabels", "Industry trend"),
        FitCriterion.COMPETITION: QCoreApplication.translate("PlanLabels", "Competitive situation"),
        FitCriterion.FINANCIAL_HEALTH: QCoreApplication.translate("PlanLabels", "Financial health"),
        FitCriterion.SOLUTION_FIT: QCoreApplication.translate("PlanLabels", "How well our solution fits"),
    }
    return names[criterion]


def kind_name(kind: ObjectiveKind) -> str:
    names = {
        ObjectiveKind.REVENUE: QCoreApplication.translate("PlanLabels", "Revenue"),
        ObjectiveKind.SHARE_OF_WALLET: QCoreApplication.translate("PlanLabels", "Share of wallet"),
        ObjectiveKind.QUALITATIVE: QCoreApplication.translate("PlanLabels", "Qualitative"),
    }
    return names[kind]


def work_status_name(status: WorkStatus) -> str:
    names = {
        WorkStatus.NOT_STARTED: QCoreApplication.translate("PlanLabels", "Not started"),
        WorkStatus.IN_PROGRESS: QCoreApplication.translate("PlanLabels", "In progress"),
        WorkStatus.DONE: QCoreApplication.translate("PlanLabels", "Done"),
        WorkStatus.DROPPED: QCoreApplication.translate("PlanLabels", "Dropped"),
    }
    return names[status]


def part_name(part: str) -> str:
    names = {
        "value": QCoreApplication.translate("PlanLabels", "Value"),
        "fit": QCoreApplication.translate("PlanLabels", "Strategic fit"),
        "readiness": QCoreApplication.translate("PlanLabels", "Readiness"),
    }
    return names.get(part, part)


def plan_field_label(field: str) -> str:
    """The name of a plan field (as the services name it) for messages."""
    criteria = {f"fit.{c.value}": c for c in FitCriterion}
    if field in criteria:
        return fit_name(criteria[field])
    labels = {
        "period": QCoreApplication.translate("PlanLabels", "Period"),
        "challenges": QCoreApplication.translate("PlanLabels", "Challenges"),
        "competitors": QCoreApplication.translate("PlanLabels", "Competitors"),
        "strengths": QCoreApplication.translate("PlanLabels", "Our strengths"),
        "weaknesses": QCoreApplication.translate("PlanLabels", "Our weaknesses"),
        "trends": QCoreApplication.translate("PlanLabels", "Industry trends"),
        "fit": QCoreApplication.translate("PlanLabels", "Strategic fit"),
        "status": QCoreApplication.translate("PlanLabels", "Status"),
        "title": QCoreApplication.translate("PlanLabels", "Objective"),
        "kind": QCoreApplication.translate("PlanLabels", "Kind"),
        "target": QCoreApplication.translate("PlanLabels", "Target"),
        "owner_id": QCoreApplication.translate("PlanLabels", "Owner"),
        "due": QCoreApplication.translate("PlanLabels", "Due"),
        "progress": QCoreApplication.translate("PlanLabels", "Progress"),
        "objective_id": QCoreApplication.translate("PlanLabels", "Objective"),
        "what": QCoreApplication.translate("PlanLabels", "Action"),
        "description": QCoreApplication.translate("PlanLabels", "Risk"),
        "likelihood": QCoreApplication.translate("PlanLabels", "Likelihood"),
        "impact": QCoreApplication.translate("PlanLabels", "Impact"),
        "mitigation": QCoreApplication.translate("PlanLabels", "Mitigation"),
        "value": QCoreApplication.translate("PlanLabels", "Value"),
        "readiness": QCoreApplication.translate("PlanLabels", "Readiness"),
        "triangle": QCoreApplication.translate("PlanLabels", "Iron triangle"),
        "coverage": QCoreApplication.translate("PlanLabels", "Coverage"),
    }
    return labels.get(field, field)


def _out_of_range(field: str) -> str:
    if field in ("likelihood", "impact") or field.startswith("fit."):
        return QCoreApplication.translate("PlanLabels", "%1 is a whole number from 1 to 5.")
    if field == "progress":
        return QCoreApplication.translate("PlanLabels", "%1 is 0 to 100 percent.")
    if field == "target":
        return QCoreApplication.translate(
            "PlanLabels", "%1: a share of wallet is 0 to 100 percent, a revenue target 0 or more."
        )
    if field in ("value", "fit", "readiness", "triangle", "coverage"):
        return QCoreApplication.translate("PlanLabels", "%1: a weight is a number from 0 to 100.")
    return QCoreApplication.translate("PlanLabels", "%1 is outside the allowed range.")


def _validation_text(error: ValidationError) -> str:
    reason = error.params.get("reason", "")
    field = error.field
    texts = {
        "required": QCoreApplication.translate("PlanLabels", "%1 cannot be empty."),
        "too_long": QCoreApplication.translate("PlanLabels", "%1 holds at most %3 characters."),
        "not_text": QCoreApplication.translate("PlanLabels", "%1 holds text."),
        "not_date": QCoreApplication.translate("PlanLabels", "%1 holds a date."),
        "not_number": QCoreApplication.translate("PlanLabels", "%1: '%2' is not a number."),
        "unknown": QCoreApplication.translate("PlanLabels", "%1: this value is not one of the choices."),
        "not_allowed": QCoreApplication.translate("PlanLabels", "A qualitative objective has no target value."),
        "duplicate": QCoreApplication.translate("PlanLabels", "The plan already has an objective called '%2'."),
    }
    if reason == "out_of_range":
        template = _out_of_range(field)
    elif reason in texts:
        template = texts[reason]
    elif field == "objective_id":
        template = QCoreApplication.translate("PlanLabels", "An action moves only between objectives of its plan.")
    elif field == "value":
        template = QCoreApplication.translate("PlanLabels", "At least one of value, fit and readiness needs a weight.")
    elif field == "triangle":
        template = QCoreApplication.translate("PlanLabels", "At least one of triangle and coverage needs a weight.")
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
            return QCoreApplication.translate(
                "PlanLabels", "A draft cannot be approved before it was reviewed: submit it for review first."
            )
        return (
            QCoreApplication.translate("PlanLabels", "A plan cannot go from %1 to %2.")
            .replace("%1", status_name(old))
            .replace("%2", status_name(new))
        )
    if error.code == "duplicate_plan":
        return QCoreApplication.translate("PlanLabels", "The account already has a plan for %1.").replace(
            "%1", str(params.get("period", ""))
        )
    if error.code == "not_found":
        texts = {
            "plan_id": QCoreApplication.translate("PlanLabels", "The plan no longer exists; it may have been deleted."),
            "objective_id": QCoreApplication.translate(
                "PlanLabels", "The objective no longer exists; it may have been deleted."
            ),
            "action_id": QCoreApplication.translate(
                "PlanLabels", "The action no longer exists; it may have been deleted."
            ),
            "risk_id": QCoreApplication.translate("PlanLabels", "The risk no longer exists; it may have been deleted."),
        }
        for key, text in texts.items():
            if key in params:
                return text
    return error_text(error)

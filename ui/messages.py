"""Domain errors in the user's language.

Domain code raises errors with an English message, a ``code`` and
``params``; this module turns them into translated text for dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from domain.errors import DomainError, ValidationError


def field_label(field: str) -> str:
    labels = {
        "key": QCoreApplication.translate("Messages", "Key"),
        "name": QCoreApplication.translate("Messages", "Name"),
        "industry": QCoreApplication.translate("Messages", "Industry"),
        "region": QCoreApplication.translate("Messages", "Region"),
        "city": QCoreApplication.translate("Messages", "City"),
        "employees": QCoreApplication.translate("Messages", "Employees"),
        "annual_revenue": QCoreApplication.translate("Messages", "Annual revenue"),
        "lifecycle": QCoreApplication.translate("Messages", "Lifecycle"),
        "customer_since": QCoreApplication.translate("Messages", "Customer since"),
        "notes": QCoreApplication.translate("Messages", "Notes"),
        "industry_growth_pct": QCoreApplication.translate("Messages", "Industry growth"),
        "decision_nodes": QCoreApplication.translate("Messages", "Decision nodes"),
        "industry_leader": QCoreApplication.translate("Messages", "Industry leader"),
        "reason": QCoreApplication.translate("Messages", "Reason"),
        "tier": QCoreApplication.translate("Messages", "Tier"),
        # Contacts of the power map.
        "title": QCoreApplication.translate("Messages", "Title"),
        "department": QCoreApplication.translate("Messages", "Department"),
        "email": QCoreApplication.translate("Messages", "Email"),
        "phone": QCoreApplication.translate("Messages", "Phone"),
        "secondary_manager_id": QCoreApplication.translate("Messages", "Dotted-line manager"),
        "buying_role": QCoreApplication.translate("Messages", "Buying role"),
        "influence": QCoreApplication.translate("Messages", "Influence"),
        "attitude": QCoreApplication.translate("Messages", "Attitude"),
        "layer": QCoreApplication.translate("Messages", "Relationship layer"),
        "owner_id": QCoreApplication.translate("Messages", "Owner on our side"),
        "strength": QCoreApplication.translate("Messages", "Strength"),
        "last_contact_on": QCoreApplication.translate("Messages", "Last contact"),
        "target_id": QCoreApplication.translate("Messages", "Other person"),
        "note": QCoreApplication.translate("Messages", "Note"),
        "label": QCoreApplication.translate("Messages", "Label"),
        "stale_after_days": QCoreApplication.translate("Messages", "Stale after (days)"),
        "influential_from": QCoreApplication.translate("Messages", "Influential from"),
    }
    return labels.get(field, field)


def _validation_text(error: ValidationError) -> str:
    reason = error.params.get("reason", "")
    value = str(error.params.get("value", ""))
    texts = {
        "required": QCoreApplication.translate("Messages", "%1 cannot be empty."),
        "too_long": QCoreApplication.translate("Messages", "%1 holds at most %3 characters."),
        "not_number": QCoreApplication.translate("Messages", "%1: '%2' is not a whole number."),
        "negative": QCoreApplication.translate("Messages", "%1 cannot be negative."),
        "too_large": QCoreApplication.translate("Messages", "%1: '%2' is implausibly large."),
        "not_date": QCoreApplication.translate("Messages", "%1: '%2' is not a date; write it as YYYY-MM-DD."),
        "impossible_date": QCoreApplication.translate("Messages", "%1: %2 is not a real calendar date."),
        "future_date": QCoreApplication.translate("Messages", "%1: %2 lies in the future."),
        "not_amount": QCoreApplication.translate("Messages", "%1: '%2' is not an amount."),
        "not_decimal": QCoreApplication.translate("Messages", "%1: '%2' is not a number."),
        "growth_out_of_range": QCoreApplication.translate("Messages", "%1 lies between -100 % and 1000 %."),
        "not_boolean": QCoreApplication.translate("Messages", "%1: '%2' is neither yes nor no."),
        "unknown_tier": QCoreApplication.translate("Messages", "%1: '%2' is not a tier; use A, B, C or D."),
        "out_of_range": QCoreApplication.translate("Messages", "%1 is outside the allowed range."),
        "self_link": QCoreApplication.translate("Messages", "A contact cannot be linked to themselves."),
        "not_text": QCoreApplication.translate("Messages", "%1 holds text."),
        "unknown": QCoreApplication.translate("Messages", "%1: this value is not one of the choices."),
    }
    template = texts.get(reason)
    if template is None:
        return error.message
    return (
        template.replace("%1", field_label(error.field))
        .replace("%2", value)
        .replace("%3", str(error.params.get("limit", "")))
    )


def _not_found_text(error: DomainError) -> str:
    """What no longer exists, by the id the error names."""
    params = error.params
    if "contact_id" in params:
        return QCoreApplication.translate("Messages", "The person no longer exists; they may have been deleted.")
    if "link_id" in params:
        return QCoreApplication.translate("Messages", "The link no longer exists; it may have been deleted.")
    if "snapshot_id" in params:
        return QCoreApplication.translate("Messages", "The snapshot no longer exists; it may have been deleted.")
    if "member_id" in params:
        return QCoreApplication.translate("Messages", "The team member no longer exists.")
    return QCoreApplication.translate("Messages", "The account no longer exists; it may have been deleted.")


def error_text(error: DomainError) -> str:
    """The message to show the user for ``error``, translated where we can."""
    if isinstance(error, ValidationError):
        return _validation_text(error)
    path = str(error.params.get("path", ""))
    texts = {
        "tree_cycle": QCoreApplication.translate(
            "Messages", "An account cannot be moved under itself or one of its own subsidiaries."
        ),
        "not_found": _not_found_text(error),
        "reporting_cycle": QCoreApplication.translate(
            "Messages", "A contact cannot report to themselves or to someone who reports to them."
        ),
        "duplicate_link": QCoreApplication.translate(
            "Messages", "These two people are already linked this way."
        ),
        "duplicate_key": QCoreApplication.translate(
            "Messages", "The key '%1' is already used by another account."
        ).replace("%1", str(error.params.get("key", ""))),
        "newer_schema": QCoreApplication.translate(
            "Messages",
            "%1 was written by a newer version of Account Planner. Update the program to open it; "
            "the file was not changed.",
        ).replace("%1", path),
        "store_busy": QCoreApplication.translate(
            "Messages", "The database is in use by another program. Try again in a moment."
        ),
        "cancelled": QCoreApplication.translate("Messages", "Cancelled; nothing was changed."),
    }
    return texts.get(error.code, error.message)

"""Iron-triangle words in the user's language: the three roles, and the errors
of team and seat changes that :func:`ui.messages.error_text` does not know."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from domain.errors import DomainError, ValidationError
from domain.model import TRIANGLE_ROLES, TriangleRole
from ui.messages import error_text


def role_title(role: TriangleRole) -> str:
    """The role's job title: account manager, solution manager, delivery manager."""
    names = {
        TriangleRole.AR: QCoreApplication.translate("TriangleLabels", "Account manager"),
        TriangleRole.SR: QCoreApplication.translate("TriangleLabels", "Solution manager"),
        TriangleRole.FR: QCoreApplication.translate("TriangleLabels", "Delivery manager"),
    }
    return names.get(role, role.value)


def role_name(role: TriangleRole) -> str:
    """The role's code and title, as the seats and tables show it: "AR · Account manager"."""
    return f"{role.value} · {role_title(role)}"


def roles_text(roles: Iterable[TriangleRole]) -> str:
    """Role codes in AR, SR, FR order, "AR, SR"; a dash for none."""
    held = set(roles)
    return ", ".join(r.value for r in TRIANGLE_ROLES if r in held) or "–"




def triangle_error_text(error: DomainError) -> str:
    """The message for an error of a team, seat or rules change, translated."""
    params = error.params
    if isinstance(error, ValidationError):
        if error.field == "capacity":
            return QCoreApplication.translate(
                "TriangleLabels", "Capacity is a number from 0 to 1000 (tier-weighted seats)."
            )
        if error.field == "roles":
            return QCoreApplication.translate("TriangleLabels", "Roles are AR, SR and FR.")
        if error.field == "weights":
            return QCoreApplication.translate("TriangleLabels", "The weight of tier %1 must be 0 to 100.").replace(
                "%1", str(params.get("tier", ""))
            )
        if error.field == "target_split":
            return QCoreApplication.translate(
                "TriangleLabels", "The target split needs positive parts, such as 6 : 3 : 1."
            )
        if error.field == "name" and params.get("reason") == "required":
            return QCoreApplication.translate("TriangleLabels", "A team member needs a name.")
        return error_text(error)
    if error.code == "duplicate_key":
        return QCoreApplication.translate(
            "TriangleLabels", "The key '%1' is already used by another team member."
        ).replace("%1", str(params.get("key", "")))
    if error.code == "assignment":
        if params.get("reason") == "has_history":
            return QCoreApplication.translate(
                "TriangleLabels", "This team member has held iron-triangle seats; deactivate them instead."
            )
        if "role" in params:
            return QCoreApplication.translate(
                "TriangleLabels", "This team member cannot take the role %1; add the role to the member first."
            ).replace("%1", str(params["role"]))
        if "start" in params:
            return QCoreApplication.translate(
                "TriangleLabels", "The current holder has the seat since %1; a change cannot start before that."
            ).replace("%1", str(params["start"]))
        return QCoreApplication.translate(
            "TriangleLabels", "This team member is no longer active and cannot join an iron triangle."
        )
    return error_text(error)

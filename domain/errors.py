"""Errors raised by domain rules and services.

Every error carries an English message for logs and the command line, plus a
stable ``code`` and ``params`` so that the UI can show the same fact in the
user's language.
"""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """Base class for every error a user can cause and should be told about."""

    code = "domain"

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message)
        self.message = message
        self.params = params

    def __str__(self) -> str:
        return self.message


class ValidationError(DomainError):
    """A value entered by the user breaks a rule; ``field`` names it."""

    code = "validation"

    def __init__(self, field: str, message: str, **params: Any) -> None:
        super().__init__(message, field=field, **params)
        self.field = field


class NotFoundError(DomainError):
    """A record that an action refers to does not exist (any more)."""

    code = "not_found"


class TreeCycleError(DomainError):
    """Moving an account would make it its own ancestor."""

    code = "tree_cycle"


class ReportingCycleError(DomainError):
    """A new reporting line would make a contact their own manager (directly or further up)."""

    code = "reporting_cycle"


class DuplicateLinkError(DomainError):
    """The same two contacts already have a link of this kind."""

    code = "duplicate_link"


class DuplicateKeyError(DomainError):
    """Another account already uses this key."""

    code = "duplicate_key"


class StoreError(DomainError):
    """The account store cannot be used (missing, locked, damaged, too new)."""

    code = "store"


class NewerSchemaError(StoreError):
    """The database was written by a newer version of Account Planner."""

    code = "newer_schema"


class StoreBusyError(StoreError):
    """Another program holds the database locked."""

    code = "store_busy"


class CancelledError(DomainError):
    """The user cancelled a long action; nothing was changed."""

    code = "cancelled"


class FileFormatError(DomainError):
    """A file cannot be read as a spreadsheet; ``reason`` says why."""

    code = "bad_file"


class AssignmentError(DomainError):
    """A team member cannot take this seat of an iron triangle (role not
    theirs, no longer active, or a date before the current holder's start)."""

    code = "assignment"


class PlanStatusError(DomainError):
    """A plan cannot move from its status to the one asked for."""

    code = "plan_status"


class DuplicatePlanError(DomainError):
    """The account already has a plan for this period."""

    code = "duplicate_plan"

"""Turning what a user typed into valid account values.

Each parser takes the text of one form field and returns the value to store,
or raises :class:`~domain.errors.ValidationError` naming the field.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from domain.errors import ValidationError
from domain.model import Account, Lifecycle

MAX_TEXT = 200
MAX_NOTES = 20_000
MAX_EMPLOYEES = 10_000_000
MAX_REVENUE = Decimal("1e13")  # exact to the cent as a spreadsheet float

_DATE_RE = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")


def parse_date(field: str, text: str) -> date | None:
    """Parse ``YYYY-MM-DD`` (also ``/``, ``.`` or 年月日); blank gives ``None``."""
    if not text.strip():
        return None
    match = _DATE_RE.match(text)
    if not match:
        raise ValidationError(field, f"'{text}' is not a date; use YYYY-MM-DD.", value=text, reason="not_date")
    year, month, day = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(
            field, f"{text} is not a real calendar date.", value=text, reason="impossible_date"
        ) from None


def parse_employees(field: str, text: str) -> int | None:
    cleaned = text.strip().replace(",", "").replace("，", "")
    if not cleaned:
        return None
    try:
        value = int(cleaned)
    except ValueError:
        raise ValidationError(field, f"'{text}' is not a whole number.", value=text, reason="not_number") from None
    if value < 0:
        raise ValidationError(field, "The number of employees cannot be negative.", value=text, reason="negative")
    if value > MAX_EMPLOYEES:
        raise ValidationError(field, "The number of employees is implausibly large.", value=text, reason="too_large")
    return value


def parse_money(field: str, text: str) -> Decimal | None:
    cleaned = re.sub(r"[\s,，¥$€￥]", "", text)
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError(field, f"'{text}' is not an amount.", value=text, reason="not_amount") from None
    if not value.is_finite():
        raise ValidationError(field, f"'{text}' is not an amount.", value=text, reason="not_amount")
    if value < 0:
        raise ValidationError(field, "Revenue cannot be negative.", value=text, reason="negative")
    if value >= MAX_REVENUE:
        raise ValidationError(field, "The amount is implausibly large.", value=text, reason="too_large")
    return value.quantize(Decimal("0.01"))


MAX_GROWTH_PCT = 1_000.0
MAX_DECISION_NODES = 1_000


def parse_growth(field: str, text: str) -> float | None:
    """A growth rate in percent: ``12.5`` or ``12.5%``, -100 to 1000; blank gives ``None``."""
    cleaned = text.strip().rstrip("%％").strip().replace(",", "").replace("，", "").replace("−", "-")
    if not cleaned:
        return None
    try:
        value = float(cleaned)
    except ValueError:
        raise ValidationError(field, f"'{text}' is not a number.", value=text, reason="not_decimal") from None
    if not -100.0 <= value <= MAX_GROWTH_PCT:
        raise ValidationError(
            field, "A growth rate lies between -100 % and 1000 %.", value=text, reason="growth_out_of_range"
        )
    return value


def parse_decision_nodes(field: str, text: str) -> int | None:
    value = parse_employees(field, text)
    if value is not None and value > MAX_DECISION_NODES:
        raise ValidationError(field, "The number is implausibly large.", value=text, reason="too_large")
    return value


def parse_yes_no(field: str, text: str) -> bool | None:
    """``yes``/``no`` (also 1/0, 是/否); blank gives ``None`` (not known)."""
    cleaned = text.strip().casefold()
    if not cleaned:
        return None
    if cleaned in ("yes", "y", "true", "1", "是"):
        return True
    if cleaned in ("no", "n", "false", "0", "否"):
        return False
    raise ValidationError(field, f"'{text}' is neither yes nor no.", value=text, reason="not_boolean")


def _text(limit: int, required: bool = False) -> Callable[[str, str], str]:
    def parse(field: str, text: str) -> str:
        value = text.strip() if limit == MAX_TEXT else text
        if required and not value.strip():
            raise ValidationError(field, "This field cannot be empty.", value=text, reason="required")
        if len(value) > limit:
            raise ValidationError(
                field, f"This field holds at most {limit} characters.", limit=limit, reason="too_long"
            )
        return value

    return parse


def parse_lifecycle(field: str, text: str) -> Lifecycle:
    try:
        return Lifecycle(text)
    except ValueError:
        raise ValidationError(field, f"'{text}' is not a lifecycle stage.", value=text, reason="unknown") from None


FIELD_PARSERS: dict[str, Callable[[str, str], Any]] = {
    "key": _text(MAX_TEXT, required=True),
    "name": _text(MAX_TEXT, required=True),
    "industry": _text(MAX_TEXT),
    "region": _text(MAX_TEXT),
    "city": _text(MAX_TEXT),
    "employees": parse_employees,
    "annual_revenue": parse_money,
    "lifecycle": parse_lifecycle,
    "customer_since": lambda field, text: _not_future(field, parse_date(field, text)),
    "notes": _text(MAX_NOTES),
    "industry_growth_pct": parse_growth,
    "decision_nodes": parse_decision_nodes,
    "industry_leader": parse_yes_no,
}

EDITABLE_FIELDS = tuple(FIELD_PARSERS)


def _not_future(field: str, value: date | None) -> date | None:
    if value is not None and value > date.today():
        raise ValidationError(field, "This date lies in the future.", value=value.isoformat(), reason="future_date")
    return value


def parse_account_field(field: str, text: str) -> Any:
    """Parse the text typed into the account form's ``field``."""
    try:
        parser = FIELD_PARSERS[field]
    except KeyError:
        raise ValidationError(field, f"Unknown account field '{field}'.", reason="unknown") from None
    return parser(field, text)


def validate_account(account: Account) -> None:
    """Raise :class:`ValidationError` if ``account`` breaks a field rule."""
    _text(MAX_TEXT, required=True)("key", account.key)
    _text(MAX_TEXT, required=True)("name", account.name)
    for field in ("industry", "region", "city"):
        _text(MAX_TEXT)(field, getattr(account, field))
    _text(MAX_NOTES)("notes", account.notes)
    if account.employees is not None and account.employees < 0:
        raise ValidationError("employees", "The number of employees cannot be negative.", reason="negative")
    if account.annual_revenue is not None and account.annual_revenue < 0:
        raise ValidationError("annual_revenue", "Revenue cannot be negative.", reason="negative")

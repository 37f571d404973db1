from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from domain.errors import ValidationError
from domain.model import Lifecycle
from domain.validation import parse_account_field


def test_employees_must_be_a_whole_non_negative_number() -> None:
    assert parse_account_field("employees", " 1,200 ") == 1200
    assert parse_account_field("employees", "") is None
    with pytest.raises(ValidationError) as error:
        parse_account_field("employees", "-5")
    assert error.value.field == "employees"
    assert error.value.params["reason"] == "negative"
    with pytest.raises(ValidationError):
        parse_account_field("employees", "12.5")


@pytest.mark.parametrize("text", ["2024-02-30", "2023-13-01", "2024/4/31"])
def test_impossible_dates_are_refused(text: str) -> None:
    with pytest.raises(ValidationError) as error:
        parse_account_field("customer_since", text)
    assert error.value.params["reason"] == "impossible_date"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-05", date(2024, 3, 5)),
        ("2024/3/5", date(2024, 3, 5)),
        ("2024年3月5日", date(2024, 3, 5)),
        ("", None),
    ],
)
def test_dates_in_common_forms_are_read(text: str, expected: date | None) -> None:
    assert parse_account_field("customer_since", text) == expected


def test_dates_that_are_not_dates_or_in_the_future_are_refused() -> None:
    with pytest.raises(ValidationError):
        parse_account_field("customer_since", "last spring")
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    with pytest.raises(ValidationError):
        parse_account_field("customer_since", tomorrow)


def test_money_accepts_separators_and_currency_signs() -> None:
    assert parse_account_field("annual_revenue", "¥1,234,567.891") == Decimal("1234567.89")
    with pytest.raises(ValidationError):
        parse_account_field("annual_revenue", "-1")
    with pytest.raises(ValidationError):
        parse_account_field("annual_revenue", "lots")
    with pytest.raises(ValidationError):
        parse_account_field("annual_revenue", "NaN")


def test_name_is_required_and_trimmed() -> None:
    assert parse_account_field("name", "  ACME  ") == "ACME"
    with pytest.raises(ValidationError):
        parse_account_field("name", "   ")
    with pytest.raises(ValidationError):
        parse_account_field("name", "x" * 201)


def test_lifecycle_takes_known_stages_only() -> None:
    assert parse_account_field("lifecycle", "customer") is Lifecycle.CUSTOMER
    with pytest.raises(ValidationError):
        parse_account_field("lifecycle", "friend")

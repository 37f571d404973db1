from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest

from domain.exchange import values as val
from domain.model import InteractionKind, Lifecycle


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("1,234.50", Decimal("1234.50")),
        ("¥1,234", Decimal("1234.00")),
        ("$ 99.999", Decimal("100.00")),
        ("€12", Decimal("12.00")),
        ("3.5万", Decimal("35000.00")),
        ("1.2亿", Decimal("120000000.00")),
        ("１２３", Decimal("123.00")),  # full width
        (1234.5, Decimal("1234.50")),
        (7, Decimal("7.00")),
        ("", None),
        (None, None),
    ],
)
def test_money_written_in_many_ways(cell: object, expected: Decimal | None) -> None:
    assert val.parse_money(cell) == expected


def test_money_units_from_the_header_and_negatives_in_parentheses() -> None:
    assert val.header_unit("年营业额（万元）") == Decimal(10_000)
    assert val.header_unit("Revenue (亿)") == Decimal(100_000_000)
    assert val.header_unit("Annual revenue") == Decimal(1)
    assert val.parse_money("12", val.header_unit("金额(万元)")) == Decimal("120000.00")
    assert val.parse_money("(1,000.00)", allow_negative=True) == Decimal("-1000.00")
    with pytest.raises(val.CellProblem) as problem:
        val.parse_money("(1,000.00)")
    assert problem.value.code == "negative"
    with pytest.raises(val.CellProblem):
        val.parse_money("about ten")
    with pytest.raises(val.CellProblem):
        val.parse_money(float("nan"))


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("2024-03-05", date(2024, 3, 5)),
        ("2024/3/5", date(2024, 3, 5)),
        ("05.03.2024", date(2024, 3, 5)),
        ("2024年3月5日", date(2024, 3, 5)),
        ("3/5/2024", date(2024, 3, 5)),
        (45356, date(2024, 3, 5)),  # an Excel serial number
        ("45356", date(2024, 3, 5)),
        (datetime(2024, 3, 5, 14, 0), date(2024, 3, 5)),
        (date(2024, 3, 5), date(2024, 3, 5)),
        ("", None),
    ],
)
def test_dates_in_common_forms(cell: object, expected: date | None) -> None:
    assert val.parse_date(cell) == expected


def test_impossible_and_non_dates_are_problems() -> None:
    with pytest.raises(val.CellProblem) as problem:
        val.parse_date("2024-02-30")
    assert problem.value.code == "impossible_date"
    with pytest.raises(val.CellProblem) as problem:
        val.parse_date("next Tuesday")
    assert problem.value.code == "not_date"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("yes", True),
        ("是", True),
        ("Y", True),
        (1, True),
        (True, True),
        ("no", False),
        ("否", False),
        ("FALSE", False),
        (0, False),
    ],
)
def test_yes_and_no_in_both_languages(cell: object, expected: bool) -> None:
    assert val.parse_bool(cell) is expected


def test_words_for_lifecycle_and_interaction_kinds() -> None:
    assert val.parse_lifecycle("潜在客户") is Lifecycle.PROSPECT
    assert val.parse_lifecycle("Customer") is Lifecycle.CUSTOMER
    assert val.parse_lifecycle("已流失") is Lifecycle.LOST
    assert val.parse_interaction_kind("拜访") is InteractionKind.VISIT
    assert val.parse_interaction_kind("Phone call") is InteractionKind.CALL
    with pytest.raises(val.CellProblem):
        val.parse_interaction_kind("carrier pigeon")


def test_text_is_cleaned_of_control_characters_and_capped() -> None:
    assert val.clean_text("  Acme\x00\x07 Corp \t") == "Acme Corp"
    assert val.clean_text(12.0) == "12"
    with pytest.raises(val.CellProblem) as problem:
        val.clean_text("x" * 32_768)
    assert problem.value.code == "too_long"


def test_integers_refuse_fractions_and_negatives() -> None:
    assert val.parse_integer("1,200") == 1200
    assert val.parse_integer(300.0) == 300
    with pytest.raises(val.CellProblem):
        val.parse_integer("12.5")
    with pytest.raises(val.CellProblem):
        val.parse_integer(-3)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [(12.5, 12.5), ("12.5%", 12.5), ("-3 %", -3.0), ("１２％", 12.0), ("1,000", 1000.0), (None, None), ("  ", None)],
)
def test_growth_rates_read_as_percent_points(cell: object, expected: float | None) -> None:
    from domain.exchange.values import parse_percent

    assert parse_percent(cell) == expected


@pytest.mark.parametrize(("cell", "code"), [("fast", "not_number"), (True, "not_number"), ("5000%", "out_of_range")])
def test_bad_growth_rates_are_reported(cell: object, code: str) -> None:
    from domain.exchange.values import CellProblem, parse_percent

    with pytest.raises(CellProblem) as problem:
        parse_percent(cell)
    assert problem.value.code == code


def test_a_column_of_dates_shares_one_object_per_day_and_gives_up_on_a_bad_cell() -> None:
    from domain.exchange.values import dates

    column = ["2024-03-05", 45356.0, None, "2024/3/5", date(2024, 3, 6), True]
    assert dates(column[:5]) == [date(2024, 3, 5), date(2024, 3, 5), None, date(2024, 3, 5), date(2024, 3, 6)]
    parsed = dates(["2024-03-05"] * 3)
    assert parsed is not None
    assert parsed[0] is parsed[2]
    assert dates(column) is None  # True is not a date: the caller reads cell by cell and reports it
    assert dates(["1"]) == [date(1899, 12, 31)]  # a serial number as text, like parse_date


@pytest.mark.parametrize(
    ("parse", "words"),
    [
        (val.parse_buying_role, val.BUYING_ROLE_WORDS),
        (val.parse_attitude, val.ATTITUDE_WORDS),
        (val.parse_layer, val.LAYER_WORDS),
        (val.parse_strength, val.STRENGTH_WORDS),
        (val.parse_link_kind, val.LINK_KIND_WORDS),
    ],
)
def test_power_map_words_read_back_in_both_languages(parse: Any, words: dict[Any, tuple[str, ...]]) -> None:
    assert set(words) == set(type(next(iter(words))))  # every member has words
    for member, names in words.items():
        for name in names:
            assert parse(name) is member, name
            assert parse(f" {name.upper()} ") is member, name
        assert parse(member.value) is member
    assert parse(None) is None
    assert parse("  ") is None
    with pytest.raises(val.CellProblem):
        parse("nonsense")


def test_attitudes_and_strengths_also_read_as_numbers() -> None:
    from domain.model import Attitude, RelationshipStrength

    assert [val.parse_attitude(n) for n in (-2, -1.0, 0, 1, 2.0)] == list(Attitude)
    assert [val.parse_attitude(t) for t in ("-2", "-1", "0", "+1", "+2")] == list(Attitude)
    assert [val.parse_strength(n) for n in range(5)] == list(RelationshipStrength)
    assert [val.parse_attitude(t) for t in ("反对者", "怀疑者", "中立", "支持者", "拥护者")] == list(Attitude)


def test_influence_and_link_strength_are_bounded() -> None:
    assert val.parse_influence(5.0) == 5
    assert val.parse_link_strength("2") == 2
    for parse, bad in ((val.parse_influence, 0), (val.parse_influence, 6), (val.parse_link_strength, 4)):
        with pytest.raises(val.CellProblem) as caught:
            parse(bad)
        assert caught.value.code == "out_of_scale"

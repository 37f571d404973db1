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


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("1.234,50", Decimal("1234.50")),  # decimal comma, dots group thousands
        ("€ 2.000,00", Decimal("2000.00")),
        ("999,99", Decimal("999.99")),
        ("1 234,50", Decimal("1234.50")),  # spaces group thousands
        ("1\u00a0234,50", Decimal("1234.50")),  # no-break space, as French Excel writes it
        ("1\u202f234,5", Decimal("1234.50")),  # narrow no-break space
        ("1.234.567", Decimal("1234567.00")),
        ("1.234.567,89 EUR", Decimal("1234567.89")),
        ("1,5万", Decimal("15000.00")),
        # The shape decides nothing new: read as before.
        ("1,234", Decimal("1234.00")),  # one thousand two hundred thirty-four
        ("12,345,678", Decimal("12345678.00")),
        ("1,234.50", Decimal("1234.50")),
        ("2.000", Decimal("2.00")),
    ],
)
def test_european_amounts_are_read_by_their_shape(cell: str, expected: Decimal) -> None:
    assert val.parse_money(cell) == expected


def test_european_negatives_and_percentages() -> None:
    assert val.parse_money("(1.234,50)", allow_negative=True) == Decimal("-1234.50")
    assert val.parse_money("-999,99", allow_negative=True) == Decimal("-999.99")
    assert val.parse_percent("12,5%") == 12.5
    assert val.parse_percent("-3,25") == -3.25
    assert val.parse_percent("1,000") == 1000.0


@pytest.mark.parametrize("cell", ["20240305", 20240305, 20240305.0, " 20240305 "])
def test_eight_digits_are_a_yyyymmdd_date(cell: object) -> None:
    assert val.parse_date(cell) == date(2024, 3, 5)
    assert val.dates([cell]) == [date(2024, 3, 5)]


def test_messages_quote_whole_numbers_without_a_stray_fraction() -> None:
    with pytest.raises(val.CellProblem) as problem:
        val.parse_date(20240230.0)
    assert (problem.value.code, problem.value.message) == ("impossible_date", "20240230 is not a real calendar date.")
    with pytest.raises(val.CellProblem) as problem:
        val.parse_date(99999999.0)
    assert problem.value.message == "'99999999' is not a date."
    assert problem.value.params["value"] == "99999999"
    with pytest.raises(val.CellProblem) as problem:
        val.parse_money(1e14)
    assert problem.value.message == "'100000000000000' is implausibly large."
    with pytest.raises(val.CellProblem) as problem:
        val.parse_integer(-3.0)
    assert problem.value.params["value"] == "-3"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("100-499人", 100),
        ("20-99人", 20),
        ("1000-4999人", 1000),
        ("1,000 - 4,999", 1000),
        ("1000人以上", 1000),
        ("10000人及以上", 10000),
        ("500+", 500),
        ("51-200 employees", 51),
        ("20人以下", 1),  # the lower bound of "under 20"
        ("少于50人", 1),
        ("300人", 300),
        ("1,200", 1200),
    ],
)
def test_head_count_bands_read_as_their_lower_bound(cell: str, expected: int) -> None:
    assert val.parse_integer(cell) == expected


@pytest.mark.parametrize("cell", ["100-499 apples", "499-100人", "many"])
def test_what_is_not_a_count_is_not_a_number(cell: str) -> None:
    with pytest.raises(val.CellProblem) as problem:
        val.parse_integer(cell)
    assert problem.value.code == "not_number"
    assert problem.value.message == f"'{cell}' is not a number."


def test_scores_take_no_bands() -> None:
    with pytest.raises(val.CellProblem):
        val.parse_influence("1-3")


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("A（重点客户）", "A"),  # WukongCRM's levels
        ("B（普通客户）", "B"),
        ("C（非优先客户）", "C"),
        ("重点客户", "A"),
        ("重要客户", "A"),
        ("普通客户", "B"),
        ("非优先客户", "C"),
        ("其他", None),
        ("a类", "A"),
        ("D", "D"),
    ],
)
def test_customer_levels_read_as_tiers(cell: str, expected: str | None) -> None:
    assert val.parse_tier(cell) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        # HubSpot lifecycle stages, as exported (internal names) and as labels.
        ("subscriber", Lifecycle.PROSPECT),
        ("lead", Lifecycle.PROSPECT),
        ("marketingqualifiedlead", Lifecycle.PROSPECT),
        ("Marketing Qualified Lead", Lifecycle.PROSPECT),
        ("salesqualifiedlead", Lifecycle.PROSPECT),
        ("Sales Qualified Lead", Lifecycle.PROSPECT),
        ("opportunity", Lifecycle.PROSPECT),
        ("customer", Lifecycle.CUSTOMER),
        ("evangelist", Lifecycle.CUSTOMER),
        ("other", None),
        # Salesforce account Type.
        ("Prospect", Lifecycle.PROSPECT),
        ("Customer - Direct", Lifecycle.CUSTOMER),
        ("Customer - Channel", Lifecycle.CUSTOMER),
        ("Channel Partner / Reseller", None),
        ("Installation Partner", None),
        ("Technology Partner", None),
        ("Other", None),
        ("Competitor", None),  # older orgs' types: who the account is, not where it stands
        ("Analyst", None),
        # 成交状态 (WukongCRM, Fxiaoke).
        ("未成交", Lifecycle.PROSPECT),
        ("已成交", Lifecycle.CUSTOMER),
        ("多次成交", Lifecycle.CUSTOMER),
        ("流失", Lifecycle.LOST),
    ],
)
def test_other_crms_lifecycle_words(cell: str, expected: Lifecycle | None) -> None:
    assert val.parse_lifecycle(cell) is expected


def test_an_unknown_lifecycle_word_is_still_an_error_naming_the_stages() -> None:
    with pytest.raises(val.CellProblem) as problem:
        val.parse_lifecycle("Dormant")
    assert problem.value.code == "not_lifecycle"
    assert problem.value.message == "'Dormant' is not a lifecycle stage (prospect, customer, lost)."


@pytest.mark.parametrize("error", ["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "Err:502"])
@pytest.mark.parametrize(
    "parse",
    [
        val.parse_money,
        val.parse_date,
        val.parse_integer,
        val.parse_percent,
        val.parse_tier,
        val.parse_lifecycle,
        val.parse_bool,
        val.parse_short_text,
        val.clean_text,
        val.clean_long_text,
        val.parse_attitude,
    ],
)
def test_a_formula_error_is_reported_as_such(parse: Any, error: str) -> None:
    with pytest.raises(val.CellProblem) as problem:
        parse(error)
    assert problem.value.code == "formula_error"
    assert problem.value.message == f"The cell shows the spreadsheet error {error}; fix the formula or type the value."
    assert problem.value.params == {"value": error}


def test_a_column_with_a_formula_error_is_read_cell_by_cell() -> None:
    assert val.short_texts(["Acme", "Store #12"]) is None  # the per-cell path decides
    assert val.parse_short_text("Store #12") == "Store #12"
    assert val.short_texts(["Acme", "Initech"]) == ["Acme", "Initech"]


def test_a_unit_stated_above_the_header_row() -> None:
    assert val.unit_above([["2024年客户收入统计", None], [None, "单位：万元"]]) == Decimal(10_000)
    assert val.unit_above([["基本信息", "", "财务信息（单位：万元）"]]) == Decimal(10_000)
    assert val.unit_above([["制表人：王磊    金额单位：亿元    日期：2024年3月5日"]]) == Decimal(100_000_000)
    assert val.unit_above([["（单位：千元）"]]) == Decimal(1000)
    assert val.unit_above([["Unit: 10,000 CNY"]]) == Decimal(10_000)
    assert val.unit_above([["Amounts in thousands"]]) == Decimal(1000)
    # No unit, or none that is clear: nothing is multiplied.
    assert val.unit_above([["千万元以上客户名单"]]) == Decimal(1)  # an amount, not a unit
    assert val.unit_above([["单位：千克"]]) == Decimal(1)
    assert val.unit_above([["单位：万元", "单位：元"]]) == Decimal(1)
    assert val.unit_above([]) == Decimal(1)


def test_a_header_unit_wins_over_the_sheet_unit() -> None:
    sheet = Decimal(10_000)
    assert val.column_unit("年营业额", sheet) == sheet
    assert val.column_unit("收入（亿元）", sheet) == Decimal(100_000_000)
    assert val.column_unit("金额（元）", sheet) == Decimal(1)
    assert val.column_unit("Annual revenue") == Decimal(1)

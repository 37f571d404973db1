"""Reading cell values the way people and other programs write them.

Each parser takes what a spreadsheet cell holds (text, a number, a date, a
boolean, or nothing) and returns the value to store, ``None`` for an empty
cell, or raises :class:`CellProblem` with a code the UI can translate.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from domain.model import (
    TRIANGLE_ROLES,
    Attitude,
    BuyingRole,
    InteractionKind,
    Lifecycle,
    LinkKind,
    ObjectiveKind,
    PlanStatus,
    RelationshipLayer,
    RelationshipStrength,
    TriangleRole,
    WorkStatus,
)

EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1900-01-01 (with Excel's leap-year bug)
MAX_CELL = 32_767  # Excel's limit for the characters in one cell
MAX_MONEY = Decimal("1e13")
CENT = Decimal("0.01")  # exact to the cent as a spreadsheet float


class CellProblem(Exception):
    """A cell's value cannot be read as the column's type."""

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params = params


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# What a spreadsheet shows instead of a formula's value when the formula fails:
# Excel's error values, and LibreOffice's "Err:502" and the like.
_FORMULA_ERROR = re.compile(
    r"#(?:N/A|DIV/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!)"
    r"|Err:\d{3}"
)


def _refuse_formula_error(text: str) -> None:
    """Raise ``formula_error`` when ``text`` is a spreadsheet's error value
    (``#N/A``, ``#DIV/0!``, ``#VALUE!``, ``#REF!``, ``#NAME?``, ``#NUM!``,
    ``#NULL!``, ``Err:502``...): what a cell shows when its formula fails."""
    if text[:1] in ("#", "E") and _FORMULA_ERROR.fullmatch(text):
        raise CellProblem(
            "formula_error",
            f"The cell shows the spreadsheet error {text}; fix the formula or type the value.",
            value=text,
        )


def _shown(value: Any) -> str:
    """A cell as a message quotes it: a whole number without a stray ``.0``."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def _problem(code: str, message: str, value: Any) -> CellProblem:
    """A CellProblem about ``value``, or the formula error it shows instead."""
    if isinstance(value, str):
        _refuse_formula_error(value.strip())
    return CellProblem(code, message, value=_shown(value))


def clean_text(value: Any) -> str:
    """Text of a cell: trimmed, control characters (except tab and newlines)
    removed. Numbers read as text keep no spurious ``.0``."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    elif isinstance(value, datetime):
        value = value.isoformat(sep=" ")
    text = str(value)
    if len(text) > MAX_CELL:
        raise CellProblem("too_long", f"The cell holds more than {MAX_CELL} characters.", limit=MAX_CELL)
    text = (text if text.isprintable() else _CONTROL.sub("", text)).strip()
    _refuse_formula_error(text)
    return text


MAX_SHORT = 200


def parse_short_text(value: Any) -> str:
    """A name, key or other one-line field: cleaned, at most 200 characters."""
    if value.__class__ is str:
        text = value.strip()
        if not text.isprintable():
            text = _CONTROL.sub("", text)
        _refuse_formula_error(text)
    else:
        text = clean_text(value)
    if len(text) > MAX_SHORT:
        raise CellProblem("too_long", f"The text is longer than {MAX_SHORT} characters.", limit=MAX_SHORT)
    return text


def short_texts(cells: list[Any]) -> list[str] | None:
    """``parse_short_text`` over a whole column at once, or None when some cell
    needs the per-cell path (not text, control characters, too long).

    The common column of names or cities takes one pass instead of a call per
    cell, which is what big imports spend their time on."""
    try:
        texts: list[str] = [cell.strip() if cell is not None else "" for cell in cells]
        joined = "".join(texts)  # TypeError if something else had a strip()
    except (AttributeError, TypeError):  # a number, date or boolean: read each cell
        return None
    if not joined.isprintable() or (texts and max(map(len, texts)) > MAX_SHORT):
        return None
    if "#" in joined or "Err:" in joined:  # perhaps a formula's error value: read each cell
        return None
    return texts


def clean_long_text(value: Any) -> str:
    """Text of a notes cell: kept as written (leading tabs, line breaks),
    control characters other than tab and newlines removed."""
    if value is None:
        return ""
    text = clean_text(value) if not isinstance(value, str) else value
    _refuse_formula_error(text.strip())
    if len(text) > MAX_CELL:
        raise CellProblem("too_long", f"The cell holds more than {MAX_CELL} characters.", limit=MAX_CELL)
    return text if text.isprintable() else _CONTROL.sub("", text)


def is_blank(value: Any) -> bool:
    return value is None or value == "" or (value.__class__ is str and value.isspace())


_MONEY_JUNK = re.compile(r"[\s_'’¥￥$€£]|RMB|CNY|USD|EUR|元|人民币", re.IGNORECASE)
_UNIT = {"万": Decimal(10_000), "亿": Decimal(100_000_000), "千": Decimal(1000), "百万": Decimal(1_000_000)}


def header_unit(header: str) -> Decimal:
    """The multiplier a header announces, e.g. ``年营业额（万元）`` → 10,000."""
    for unit in ("百万", "亿", "万", "千"):
        if re.search(rf"[(（\[【]\s*{unit}|{unit}\s*元|单位\s*[:：]?\s*{unit}", header):
            return _UNIT[unit]
    return Decimal(1)


# A unit stated in a title, subtitle or group header above the header row:
# "单位：万元", "（单位：万元）", "金额单位：万元", "财务信息（万元）", "Unit: 10,000 CNY",
# "in thousands". Stricter than a header's own unit: a title such as
# "千万元以上客户" names an amount, not a unit.
_CURRENCY_WORD = r"(?:元|人民币|美元|港元|港币|欧元)"
_UNIT_NOTE = re.compile(
    r"单位\s*[:：]?\s*(?:人民币)?\s*(?:(百万|亿|万|千)\s*(?:" + _CURRENCY_WORD + r"|(?!\w))|元)"
    r"|[(（\[【]\s*(?:人民币)?\s*(百万|亿|万|千)?\s*元\s*[)）\]】]"
)
_ENGLISH_UNIT_NOTE = re.compile(
    r"\bunits?\s*[:：]\s*(?:(?:CNY|RMB|USD|EUR|[¥￥$€])\s*)?"
    r"(100,?000,?000|10,?000|1,?000,?000|1,?000|thousands?|millions?)\b"
    r"|\bin\s+(thousands|millions)\b",
    re.IGNORECASE,
)
_ENGLISH_UNITS = {
    "100000000": _UNIT["亿"],
    "10000": _UNIT["万"],
    "1000000": _UNIT["百万"],
    "million": _UNIT["百万"],
    "millions": _UNIT["百万"],
    "1000": _UNIT["千"],
    "thousand": _UNIT["千"],
    "thousands": _UNIT["千"],
}


def _units_noted(text: str) -> set[Decimal]:
    found = {_UNIT[m[1] or m[2]] if (m[1] or m[2]) else Decimal(1) for m in _UNIT_NOTE.finditer(text)}
    for match in _ENGLISH_UNIT_NOTE.finditer(text):
        found.add(_ENGLISH_UNITS[(match[1] or match[2]).replace(",", "").casefold()])
    return found


def unit_above(rows: Sequence[Sequence[Any]]) -> Decimal:
    """The money unit the rows above a header row state (a title, a subtitle,
    a merged group header): 10,000 for ``单位：万元``, 1 when none is stated,
    or when they state different units (then no unit is applied)."""
    found: set[Decimal] = set()
    for row in rows:
        for cell in row:
            if isinstance(cell, str) and cell.strip():
                found |= _units_noted(unicodedata.normalize("NFKC", cell))
    return found.pop() if len(found) == 1 else Decimal(1)


_YUAN = re.compile(r"[(（\[【]\s*(?:单位\s*[:：]?\s*)?(?:人民币)?\s*元\s*[)）\]】]|单位\s*[:：]?\s*元")


def column_unit(header: str, sheet_unit: Decimal = Decimal(1)) -> Decimal:
    """The multiplier for a money column: its header's own unit (``金额（万元）``,
    or ``金额（元）`` for 1), else the unit stated above the header row."""
    unit = header_unit(header)
    if unit != 1 or _YUAN.search(unicodedata.normalize("NFKC", header)):
        return unit
    return sheet_unit


# How a number is written, after signs, currency and spaces are taken off:
# "1.234,50" and "999,99" have a decimal comma (dots, if any, group thousands
# and one or two digits follow the comma), "1.234.567" groups with dots.
_DECIMAL_COMMA = re.compile(r"(?:\d{1,3}(?:\.\d{3})+|\d+),\d{1,2}|\d{1,3}(?:\.\d{3})+,\d+")
_DOT_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")


def _plain_number(text: str) -> str:
    """``text`` with its thousands grouping taken out and ``.`` as the decimal
    point, decided by its shape: ``1.234,50`` → ``1234.50``, ``999,99`` →
    ``999.99``, ``1.234.567`` → ``1234567``. Otherwise commas group thousands,
    as English writes them (``1,234`` is one thousand two hundred thirty-four),
    and a single dot is the decimal point (``2.000`` is two)."""
    sign = text[:1] if text[:1] in ("+", "-") else ""
    digits = text[len(sign) :]
    if "," in digits:
        if _DECIMAL_COMMA.fullmatch(digits):
            return sign + digits.replace(".", "").replace(",", ".")
        return sign + digits.replace(",", "")
    if _DOT_GROUPS.fullmatch(digits):
        return sign + digits.replace(".", "")
    return text


def parse_money(value: Any, unit: Decimal = Decimal(1), *, allow_negative: bool = False) -> Decimal | None:
    """An amount: numbers, or text with separators, currency signs, 万/亿,
    and negatives as ``-1`` or ``(1)``. Rounded to cents.

    Text with a decimal comma reads as European exports write it
    (``1.234,50``, ``€ 2.000,00``, ``999,99``, ``1 234,50``); see
    :func:`_plain_number` for how the shape decides."""
    kind = value.__class__
    if (kind is float or kind is int) and unit == 1 and 0 <= value < MAX_MONEY:  # the common case, fast
        return (Decimal(repr(value)) if kind is float else Decimal(value)).quantize(CENT)
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise CellProblem("not_amount", f"'{value}' is not an amount.", value=str(value))
    if isinstance(value, (int, float)):
        if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
            raise CellProblem("not_amount", f"'{value}' is not an amount.", value=str(value))
        amount = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    else:
        text = unicodedata.normalize("NFKC", str(value)).strip()
        negative = False
        if text.startswith("(") and text.endswith(")"):
            negative, text = True, text[1:-1]
        if text.startswith("-") or text.startswith("−"):
            negative, text = not negative, text[1:]
        text = _MONEY_JUNK.sub("", text)
        factor = Decimal(1)
        for suffix in ("百万", "亿", "万", "千"):
            if text.endswith(suffix):
                factor, text = _UNIT[suffix], text[: -len(suffix)]
                break
        try:
            amount = Decimal(_plain_number(text)) * factor
        except InvalidOperation:
            raise _problem("not_amount", f"'{value}' is not an amount.", value) from None
        if not amount.is_finite():
            raise _problem("not_amount", f"'{value}' is not an amount.", value)
        if negative:
            amount = -amount
    amount *= unit
    if amount < 0 and not allow_negative:
        raise CellProblem("negative", "The amount cannot be negative.", value=_shown(value))
    if abs(amount) >= MAX_MONEY:
        raise CellProblem("too_large", f"'{_shown(value)}' is implausibly large.", value=_shown(value))
    return amount.quantize(Decimal("0.01"))


# A letter with a word or a note in brackets: "A类", "B级", "A（重点客户）".
_TIER_TEXT = re.compile(r"^\s*([abcd])\s*(?:类|级|档|tier|class)?\s*(?:\([^)]*\))?\s*$", re.IGNORECASE)
# A customer level in words. WukongCRM's default levels are "A（重点客户）",
# "B（普通客户）", "C（非优先客户）" and "其他"; a level written without its
# letter reads as that letter, 重要客户 as 重点客户, and 其他 (other) as no tier.
_TIER_WORDS: dict[str, str | None] = {
    "重点客户": "A",
    "重点": "A",
    "重要客户": "A",
    "重要": "A",
    "普通客户": "B",
    "普通": "B",
    "非优先客户": "C",
    "非优先": "C",
    "其他": None,
}


def parse_tier(value: Any) -> str | None:
    """A tier: ``A``-``D`` (any case, also ``A类``, ``B级``, ``A（重点客户）``),
    or a CRM's customer level in words (``重点客户`` A, ``普通客户`` B,
    ``非优先客户`` C); blank or ``其他`` gives ``None``."""
    if is_blank(value):
        return None
    text = unicodedata.normalize("NFKC", str(value)).strip()
    match = _TIER_TEXT.match(text)
    if match is not None:
        return match.group(1).upper()
    if text in _TIER_WORDS:
        return _TIER_WORDS[text]
    raise _problem("not_tier", f"'{_shown(value)}' is not a tier (A, B, C or D).", value)


_PLAIN_NUMBERS = frozenset({float, int, type(None)})


def plain_amounts(cells: list[Any]) -> list[Decimal | None] | None:
    """``parse_money`` (unit 1) over a column of plain numbers at once, or None
    when some cell needs the per-cell path (text, negative, huge, not finite)."""
    if not set(map(type, cells)) <= _PLAIN_NUMBERS:
        return None
    numbers = [v for v in cells if v is not None]
    if numbers and not (math.isfinite(sum(numbers)) and min(numbers) >= 0 and max(numbers) < MAX_MONEY):
        return None
    cent, make = CENT, Decimal
    return [None if v is None else make(repr(v)).quantize(cent) for v in cells]


MAX_PERCENT = 1_000.0


def parse_percent(value: Any) -> float | None:
    """A rate in percent: ``12.5``, ``12.5%``, ``-3 %``, ``１２％``. A number
    is taken as percent points as it stands (an export writes 12.5 for 12.5 %)."""
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise CellProblem("not_number", f"'{value}' is not a number.", value=str(value))
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        text = unicodedata.normalize("NFKC", str(value)).strip().rstrip("%").strip().replace(" ", "")
        text = _plain_number(text.replace("−", "-"))
        try:
            number = float(text)
        except ValueError:
            raise _problem("not_number", f"'{value}' is not a number.", value) from None
    if not math.isfinite(number) or abs(number) > MAX_PERCENT:
        raise CellProblem("out_of_range", f"'{_shown(value)}' is outside -1000 to 1000.", value=_shown(value))
    return number


# A head count as Chinese CRMs and company registers give it: a band
# ("100-499人", "1000~4999"), an open band ("1000人以上", "500+", "20人以下",
# "少于50人"), or a number of people ("300人").
_PEOPLE = r"\s*(?:人|名|employees|people)?\s*"
_COUNT = r"(\d[\d,]*)"
_BAND = re.compile(_COUNT + _PEOPLE + r"(?:-|~|–|—|至|到)\s*" + _COUNT + _PEOPLE, re.IGNORECASE)
_AT_LEAST = re.compile(_COUNT + _PEOPLE + r"(?:及?以上|\+)" + _PEOPLE, re.IGNORECASE)
_PEOPLE_COUNT = re.compile(_COUNT + r"\s*(?:人|名|employees|people)\s*", re.IGNORECASE)
_BELOW = re.compile(
    r"(?:(?:少于|小于|低于|不足|不到|<)\s*\d[\d,]*|\d[\d,]*" + _PEOPLE + r"(?:以下|以内))" + _PEOPLE, re.IGNORECASE
)


def _band_floor(text: str) -> int | None:
    """The lower bound of a head-count band (1 for "under N"), or None if
    ``text`` is not one."""
    text = unicodedata.normalize("NFKC", text).strip()
    match = _BAND.fullmatch(text)
    if match:
        low, high = int(match[1].replace(",", "")), int(match[2].replace(",", ""))
        return low if low <= high else None
    match = _AT_LEAST.fullmatch(text) or _PEOPLE_COUNT.fullmatch(text)
    if match:
        return int(match[1].replace(",", ""))
    return 1 if _BELOW.fullmatch(text) else None


def parse_integer(value: Any) -> int | None:
    """A count such as employees: a whole number (``1,200``, ``300人``).
    A band, as Chinese CRMs record a company's size, reads as its lower
    bound: ``100-499人`` is 100, ``1000人以上`` 1000, ``20人以下`` 1."""
    if value.__class__ is str:
        floor = _band_floor(value)
        if floor is not None:
            return floor
    return _whole_number(value)


def _whole_number(value: Any) -> int | None:
    kind = value.__class__
    if kind is int and value >= 0:
        return int(value)
    if kind is float and value >= 0 and value.is_integer():
        return int(value)
    if is_blank(value):
        return None
    try:
        amount = parse_money(value, allow_negative=True)
    except CellProblem as problem:
        if problem.code != "not_amount":
            raise
        raise CellProblem("not_number", f"'{_shown(value)}' is not a number.", value=_shown(value)) from None
    if amount is None:
        return None
    if amount != amount.to_integral_value():
        raise CellProblem("not_integer", f"'{_shown(value)}' is not a whole number.", value=_shown(value))
    if amount < 0:
        raise CellProblem("negative", "The number cannot be negative.", value=_shown(value))
    return int(amount)


_YYYYMMDD_LOW, _YYYYMMDD_HIGH = 19_000_101, 20_991_231


def _compact_date(digits: str) -> date:
    """yyyymmdd, e.g. ``20240305``."""
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        raise CellProblem("impossible_date", f"{digits} is not a real calendar date.", value=digits) from None


_ISO = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$")
_DMY_DOTS = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s.*)?$")
_MDY_SLASH = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})(?:\s.*)?$")


def parse_date(value: Any) -> date | None:
    """A date: a spreadsheet date, an Excel serial number, or text as
    2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日, 05.03.2024 (day first)
    or 3/5/2024 (month first, as US exports write it); an eight-digit number
    or text from 19000101 to 20991231 is yyyymmdd (20240305), as Chinese ERPs
    write dates."""
    if is_blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise CellProblem("not_date", f"'{value}' is not a date.", value=str(value))
    if isinstance(value, (int, float)):
        if _YYYYMMDD_LOW <= value <= _YYYYMMDD_HIGH and value == int(value):
            return _compact_date(str(int(value)))
        if not 1 <= value < 2_958_466:  # 9999-12-31
            raise CellProblem("not_date", f"'{_shown(value)}' is not a date.", value=_shown(value))
        return EXCEL_EPOCH + timedelta(days=int(value))
    text = unicodedata.normalize("NFKC", str(value)).strip()
    for pattern, order in ((_ISO, "ymd"), (_DMY_DOTS, "dmy"), (_MDY_SLASH, "mdy")):
        match = pattern.match(text)
        if match:
            parts = dict(zip(order, (int(g) for g in match.groups()[:3]), strict=True))
            try:
                return date(parts["y"], parts["m"], parts["d"])
            except ValueError:
                raise CellProblem("impossible_date", f"{text} is not a real calendar date.", value=text) from None
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return parse_date(float(text))
    raise _problem("not_date", f"'{text}' is not a date.", text)


def dates(cells: list[Any]) -> list[date | None] | None:
    """A whole column through :func:`parse_date`, with one object per distinct
    value (a big sheet repeats its dates: 500,000 orders fall on a few
    thousand days); None if some cell is not a date, to be read cell by cell."""
    seen: dict[tuple[type, Any], date | None] = {}
    out: list[date | None] = []
    try:
        for cell in cells:
            key = (cell.__class__, cell)
            found = seen.get(key, _NOT_SEEN)
            if found is _NOT_SEEN:
                found = seen[key] = parse_date(cell)
            out.append(found)  # type: ignore[arg-type]
    except CellProblem:
        return None
    return out


_NOT_SEEN: Any = object()


def parse_datetime(value: Any) -> datetime | None:
    if value.__class__ is datetime and not value.microsecond and value.tzinfo is None:
        return value  # type: ignore[no-any-return]
    if is_blank(value):
        return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=None, microsecond=0)
    if isinstance(value, date):
        return datetime.combine(value, time())
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        day = parse_date(value)
        assert day is not None
        seconds = round((float(value) % 1) * 86400)
        return datetime.combine(day, time()) + timedelta(seconds=seconds)
    text = unicodedata.normalize("NFKC", str(value)).strip()
    try:
        return datetime.fromisoformat(text).replace(tzinfo=None, microsecond=0)
    except ValueError:
        day = parse_date(text)
        assert day is not None
        clock = re.search(r"(\d{1,2}):(\d{2})(?::(\d{2}))?", text)
        moment = time(int(clock[1]), int(clock[2]), int(clock[3] or 0)) if clock else time()
        return datetime.combine(day, moment)


_TRUE = {"yes", "y", "true", "t", "1", "是", "对", "真", "有效", "启用", "在职", "✓", "√", "x"}
_FALSE = {"no", "n", "false", "f", "0", "否", "错", "假", "无效", "停用", "离职", "✗", "×", ""}


def parse_bool(value: Any) -> bool | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    text = unicodedata.normalize("NFKC", str(value)).strip().casefold()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise _problem("not_boolean", f"'{_shown(value)}' is neither yes nor no.", value)


# Other CRMs' words are compared without case, spaces or punctuation
# ("Marketing Qualified Lead" = "marketingqualifiedlead"). HubSpot's lifecycle
# stages: subscriber, lead, marketingqualifiedlead, salesqualifiedlead and
# opportunity are before a first purchase, customer and evangelist after it.
# Salesforce's account Type: Prospect, Customer - Direct, Customer - Channel;
# HubSpot's company Type: Prospect.
# WukongCRM's and Fxiaoke's 成交状态: 未成交, 已成交 (Fxiaoke also 多次成交).
def _fold_word(text: str) -> str:
    # Width, case, spaces and punctuation fold away: "Customer - Direct" is "customerdirect".
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text).casefold())


_LIFECYCLE = {
    Lifecycle.PROSPECT: (
        "prospect",
        "lead",
        "potential",
        "潜在客户",
        "潜在",
        "线索",
        "意向客户",
        "d",
        "subscriber",
        "marketingqualifiedlead",
        "mql",
        "salesqualifiedlead",
        "sql",
        "opportunity",
        "未成交",
    ),
    Lifecycle.CUSTOMER: (
        "customer",
        "active",
        "client",
        "客户",
        "成交客户",
        "正式客户",
        "合作中",
        "已成交",
        "evangelist",
        "customerdirect",
        "customerchannel",
        "多次成交",
    ),
    Lifecycle.LOST: ("lost", "churned", "inactive", "former", "已流失", "流失", "流失客户", "丢失", "停止合作"),
}
# Known values that say nothing about where an account stands with us (HubSpot's
# and Salesforce's "Other", their partner and vendor types): read as not given,
# so a new account starts as a prospect and a stored one keeps its stage.
_NO_LIFECYCLE = (
    "other",
    "channelpartnerreseller",
    "installationpartner",
    "technologypartner",
    "partner",
    "reseller",
    "vendor",
    # Types older Salesforce orgs still carry: who the account is, not where it stands with us.
    "competitor",
    "analyst",
    "press",
    "investor",
    "integrator",
    "其他",
)


_LIFECYCLE_WORDS = {word: stage for stage, words in _LIFECYCLE.items() for word in words}
_LIFECYCLE_FOLDED: dict[str, Lifecycle | None] = {
    **{word: None for word in _NO_LIFECYCLE},
    **{_fold_word(word): stage for word, stage in _LIFECYCLE_WORDS.items()},
}


def parse_lifecycle(value: Any) -> Lifecycle | None:
    """A lifecycle stage: ``prospect``, ``customer``, ``lost``, or another
    CRM's word for one (HubSpot's lifecycle stages, Salesforce's account
    types, 成交状态); blank, or a value that names no stage (``Other``, a
    partner type), gives ``None``."""
    found = _LIFECYCLE_WORDS.get(value) if value.__class__ is str else None
    if found is not None:
        return found  # the common case: the word as exported
    if is_blank(value):
        return None
    text = _fold_word(str(value))
    if text in _LIFECYCLE_FOLDED:
        return _LIFECYCLE_FOLDED[text]
    raise _problem("not_lifecycle", f"'{_shown(value)}' is not a lifecycle stage (prospect, customer, lost).", value)


_KINDS = {
    InteractionKind.VISIT: ("visit", "拜访", "现场拜访", "上门拜访"),
    InteractionKind.CALL: ("call", "phone call", "电话", "通话", "电话沟通"),
    InteractionKind.MEETING: ("meeting", "会议", "会面", "开会"),
    InteractionKind.EVENT: ("event", "活动", "市场活动", "展会"),
    InteractionKind.FEEDBACK: ("feedback", "反馈", "建议"),
    InteractionKind.REFERRAL: ("referral", "推荐", "转介绍"),
}


def parse_interaction_kind(value: Any) -> InteractionKind | None:
    if is_blank(value):
        return None
    text = unicodedata.normalize("NFKC", str(value)).strip().casefold()
    for kind, words in _KINDS.items():
        if text in words:
            return kind
    raise _problem("not_interaction_kind", f"'{_shown(value)}' is not a kind of interaction.", value)


# Power-map vocabularies: the first word is what an export writes (English;
# import reads every word, the stored value and, for the ordered scales, the
# number). Chinese words follow the sources' usage.
BUYING_ROLE_WORDS: dict[BuyingRole, tuple[str, ...]] = {
    BuyingRole.DECISION_MAKER: ("Decision maker", "决策者", "拍板人", "最终决策者"),
    BuyingRole.ECONOMIC_BUYER: ("Economic buyer", "经济购买者", "经济决策者", "财务决策者"),
    BuyingRole.TECHNICAL_BUYER: ("Technical buyer", "Evaluator", "技术购买者", "技术评估者", "评估者"),
    BuyingRole.USER: ("User", "End user", "使用者", "用户", "最终用户"),
    BuyingRole.COACH: ("Coach", "教练", "内线", "向导"),
    BuyingRole.GATEKEEPER: ("Gatekeeper", "把关者", "守门人"),
    BuyingRole.INFLUENCER: ("Influencer", "影响者"),
}
ATTITUDE_WORDS: dict[Attitude, tuple[str, ...]] = {
    Attitude.OPPONENT: ("Opponent", "反对者", "反对", "-2"),
    Attitude.SCEPTIC: ("Sceptic", "Skeptic", "怀疑者", "怀疑", "-1"),
    Attitude.NEUTRAL: ("Neutral", "中立", "中立者", "0"),
    Attitude.SUPPORTER: ("Supporter", "支持者", "支持", "+1", "1"),
    Attitude.CHAMPION: ("Champion", "拥护者", "拥护", "+2", "2"),
}
LAYER_WORDS: dict[RelationshipLayer, tuple[str, ...]] = {
    RelationshipLayer.KEY_PERSON: ("Key person", "关键客户关系", "关键人", "关键人关系"),
    RelationshipLayer.BROAD: ("Broad", "普遍客户关系", "普遍", "普遍关系"),
    RelationshipLayer.ORGANISATIONAL: ("Organisational", "Organizational", "组织客户关系", "组织", "组织关系"),
}
STRENGTH_WORDS: dict[RelationshipStrength, tuple[str, ...]] = {
    RelationshipStrength.NONE: ("None", "No relationship", "无", "无关系", "0"),
    RelationshipStrength.WEAK: ("Weak", "弱", "较弱", "1"),
    RelationshipStrength.WORKING: ("Working", "一般", "工作关系", "2"),
    RelationshipStrength.STRONG: ("Strong", "强", "良好", "3"),
    RelationshipStrength.TRUSTED: ("Trusted", "信任", "互信", "紧密", "4"),
}
LINK_KIND_WORDS: dict[LinkKind, tuple[str, ...]] = {
    LinkKind.INFLUENCE: ("Influence", "影响", "影响关系"),
    LinkKind.CONFLICT: ("Conflict", "冲突", "矛盾", "对立"),
}


def _fold(text: str) -> str:
    # Spaces and underscores fold away ("Decision maker", "decision_maker");
    # signs stay, so that "-1" and "1" remain two attitudes.
    return re.sub(r"[\s_]+", "", unicodedata.normalize("NFKC", text).casefold())


def _vocabulary(words: dict[Any, tuple[str, ...]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for member, names in words.items():
        for name in (*names, str(member.value)):
            found.setdefault(_fold(name), member)
    return found


def _word_parser(words: dict[Any, tuple[str, ...]], code: str, what: str) -> Any:
    exact = {name: member for member, names in words.items() for name in names}
    folded = _vocabulary(words)
    choices = ", ".join(names[0] for names in words.values())

    def parse(value: Any) -> Any:
        found = exact.get(value) if value.__class__ is str else None
        if found is not None:
            return found  # the common case: the word as exported
        if is_blank(value):
            return None
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        member = folded.get(_fold(str(value)))
        if member is None:
            raise _problem(code, f"'{value}' is not {what} ({choices}).", value)
        return member

    return parse


parse_buying_role = _word_parser(BUYING_ROLE_WORDS, "not_buying_role", "a buying role")
parse_attitude = _word_parser(ATTITUDE_WORDS, "not_attitude", "an attitude")
parse_layer = _word_parser(LAYER_WORDS, "not_layer", "a relationship layer")
parse_strength = _word_parser(STRENGTH_WORDS, "not_strength", "a relationship strength")
parse_link_kind = _word_parser(LINK_KIND_WORDS, "not_link_kind", "a kind of link")


def _bounded(low: int, high: int) -> Any:
    def parse(value: Any) -> int | None:
        number = _whole_number(value)
        if number is not None and not low <= number <= high:
            # Its own code: "out_of_range" is the percent columns' -1000 to 1000.
            raise CellProblem(
                "out_of_scale",
                f"'{_shown(value)}' is outside {low} to {high}.",
                value=_shown(value),
                low=low,
                high=high,
            )
        return number

    return parse


parse_influence = _bounded(1, 5)
parse_link_strength = _bounded(1, 3)


# Iron triangle and account plans: the first word is what an export writes.
TRIANGLE_ROLE_WORDS: dict[TriangleRole, tuple[str, ...]] = {
    TriangleRole.AR: ("AR", "Account manager", "客户经理"),
    TriangleRole.SR: ("SR", "Solution manager", "方案经理", "解决方案经理"),
    TriangleRole.FR: ("FR", "Delivery manager", "Fulfilment manager", "Fulfillment manager", "交付经理"),
}
PLAN_STATUS_WORDS: dict[PlanStatus, tuple[str, ...]] = {
    PlanStatus.DRAFT: ("Draft", "草稿", "起草"),
    PlanStatus.IN_REVIEW: ("In review", "审核中", "评审中", "待审批"),
    PlanStatus.APPROVED: ("Approved", "已批准", "已审批", "批准"),
}
OBJECTIVE_KIND_WORDS: dict[ObjectiveKind, tuple[str, ...]] = {
    ObjectiveKind.REVENUE: ("Revenue", "收入", "营收", "销售额"),
    ObjectiveKind.SHARE_OF_WALLET: ("Share of wallet", "SoW", "钱包份额", "份额", "采购份额"),
    ObjectiveKind.QUALITATIVE: ("Qualitative", "定性", "定性目标"),
}
WORK_STATUS_WORDS: dict[WorkStatus, tuple[str, ...]] = {
    WorkStatus.NOT_STARTED: ("Not started", "未开始"),
    WorkStatus.IN_PROGRESS: ("In progress", "进行中"),
    WorkStatus.DONE: ("Done", "已完成", "完成"),
    WorkStatus.DROPPED: ("Dropped", "已放弃", "放弃", "取消", "已取消"),
}

parse_triangle_role = _word_parser(TRIANGLE_ROLE_WORDS, "not_triangle_role", "a role of the iron triangle")
parse_plan_status = _word_parser(PLAN_STATUS_WORDS, "not_plan_status", "a plan status")
parse_objective_kind = _word_parser(OBJECTIVE_KIND_WORDS, "not_objective_kind", "a kind of objective")
parse_work_status = _word_parser(WORK_STATUS_WORDS, "not_work_status", "a status")
parse_score = _bounded(1, 5)

_LIST_SEPARATORS = re.compile(r"[,，、;；/|+]+")


def parse_triangle_roles(value: Any) -> frozenset[TriangleRole]:
    """Roles a member can take: ``AR, SR``, ``AR/FR``, ``客户经理、交付经理``; blank: none."""
    if is_blank(value):
        return frozenset()
    text = str(value)
    found = []
    for part in _LIST_SEPARATORS.split(text):
        if part:
            found.append(parse_triangle_role(part))
    return frozenset(found)


def triangle_roles_text(roles: frozenset[TriangleRole]) -> str:
    """What an export writes for a set of roles: ``AR, SR, FR`` in that order (empty for none)."""
    return ", ".join(r.value for r in TRIANGLE_ROLES if r in roles)


MAX_CAPACITY = 1_000.0


def parse_capacity(value: Any) -> float | None:
    """A member's capacity: a number from 0 to 1000; blank gives ``None``."""
    number = parse_percent(value)
    if number is not None and not 0 <= number <= MAX_CAPACITY:
        raise CellProblem(
            "out_of_scale", f"'{value}' is outside 0 to 1000.", value=str(value), low=0, high=int(MAX_CAPACITY)
        )
    return number


# A deal's stage, as opportunity and order exports write it: only a won deal
# (a confirmed order) is an order here. Salesforce's standard opportunity
# stages, HubSpot's default deal pipeline, Dynamics' opportunity status and
# status reason, Odoo's sale order states, common Chinese CRM words.
DEAL_WON, DEAL_OPEN, DEAL_LOST, DEAL_UNKNOWN = "won", "open", "lost", "unknown"
_DEAL_WORDS = {
    DEAL_WON: (
        "closed won",
        "closedwon",
        "won",
        "true",
        "yes",
        "1",
        "sales order",
        "sale",
        "done",
        "locked",
        "booked",
        "confirmed",
        "invoiced",
        "paid",
        "completed",
        "complete",
        "赢单",
        "已赢单",
        "成交",
        "已成交",
        "签约",
        "已签约",
        "已完成",
        "完成",
        "已确认",
        "已付款",
        "已回款",
        "是",
    ),
    DEAL_LOST: (
        "closed lost",
        "closedlost",
        "lost",
        "false",
        "no",
        "0",
        "canceled",
        "cancelled",
        "cancel",
        "out-sold",
        "outsold",
        "void",
        "输单",
        "丢单",
        "已输单",
        "失败",
        "赢单失败",
        "取消",
        "已取消",
        "作废",
        "已作废",
        "无效",
        "否",
    ),
    DEAL_OPEN: (
        "prospecting",
        "qualification",
        "needs analysis",
        "value proposition",
        "id. decision makers",
        "perception analysis",
        "proposal/price quote",
        "negotiation/review",
        "appointmentscheduled",
        "appointment scheduled",
        "qualifiedtobuy",
        "qualified to buy",
        "presentationscheduled",
        "presentation scheduled",
        "decisionmakerboughtin",
        "decision maker bought-in",
        "contractsent",
        "contract sent",
        "open",
        "in progress",
        "on hold",
        "draft",
        "quotation",
        "quotation sent",
        "sent",
        "pending",
        "验证客户",
        "需求确定",
        "方案/报价",
        "谈判审核",
        "初步接洽",
        "需求分析",
        "方案报价",
        "商务谈判",
        "进行中",
        "跟进中",
        "待审核",
        "审核中",
        "草稿",
        "报价",
        "待付款",
        "未成交",
    ),
}
_DEAL_STATES = {_fold_word(word): state for state, words in _DEAL_WORDS.items() for word in words}


def parse_deal_stage(value: Any) -> tuple[str, str] | None:
    """``(state, the text as written)`` of a deal's stage, the state being
    won, open, lost or unknown (a pipeline's own stage name); blank gives None."""
    if is_blank(value):
        return None
    text = _shown(value) if not isinstance(value, bool) else ("true" if value else "false")
    return _DEAL_STATES.get(_fold_word(text), DEAL_UNKNOWN), text

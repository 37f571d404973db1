"""What a tiering model says about one account, and how to say it in words.

Every result carries the rule that decided its tier twice: as a machine form
(``rule_code`` plus JSON-safe ``rule_params``) that the UI can translate, and as
an English sentence (:func:`rule_sentence`) for logs, exports and the command line.
The sentence is built on demand so that classifying 100,000 accounts does not
format 100,000 strings nobody reads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from itertools import repeat
from operator import eq, itemgetter
from types import MappingProxyType
from typing import Any, NamedTuple, overload

from domain.errors import ValidationError

# Alias: Override has a field named ``date``, which hides the type.
Day = date

TIERS = ("A", "B", "C", "D")
MODELS = ("pareto", "rfm", "weighted")
DIMENSIONS = ("transaction", "behaviour", "potential")

RuleValue = str | int | float | bool | None
MetricValue = int | float | bool | Decimal | None


@dataclass(frozen=True, slots=True)
class Override:
    """A tier set by hand for one account; it wins over every model.

    Raises :class:`ValidationError` (field ``tier`` or ``reason``) for a tier
    other than A-D or a blank reason: a hand-set tier must say why.
    """

    account_id: int
    tier: str
    reason: str
    date: Day

    def __post_init__(self) -> None:
        if self.tier not in TIERS:
            raise ValidationError("tier", f"'{self.tier}' is not a tier; use A, B, C or D.", value=self.tier,
                                  reason="unknown_tier")
        if not self.reason.strip():
            raise ValidationError("reason", "Say why this tier is set by hand.", reason="required")


class TierResult(NamedTuple):
    """The tier one account gets, and the rule that gave it.

    ``tier`` is the tier that applies (the override's when there is one);
    ``model_tier`` is what the model alone said. ``score`` depends on the model:
    the weighted value score (0-100), the RFM sum R+F+M (3-15), ``None`` for
    Pareto (ranked, not scored) and for accounts a model puts in D without scoring.
    ``rule_code`` and :attr:`rule_params` describe the model's rule; :attr:`rule`,
    :attr:`reason_code` and :attr:`reason_params` describe what decided ``tier``
    (the override, if any). ``rule_values`` holds the parameters in the order
    of :data:`RULE_PARAMS` ``[rule_code]``.

    A named tuple because a model makes one per account: it costs a fraction
    of a frozen dataclass at 100,000 accounts, and is just as immutable.
    """

    account_id: int
    key: str
    name: str
    tier: str
    model_tier: str
    model: str
    score: float | None
    rule_code: str
    rule_values: tuple[RuleValue, ...]
    override: Override | None = None

    @property
    def overridden(self) -> bool:
        return self.override is not None

    @property
    def rule_params(self) -> dict[str, RuleValue]:
        """JSON-safe parameters of the model's rule, named as in :data:`RULE_PARAMS`."""
        return dict(zip(RULE_PARAMS[self.rule_code], self.rule_values, strict=True))

    @property
    def reason_code(self) -> str:
        """Machine code of what decided ``tier``: ``"override"`` or the model's rule code."""
        return "override" if self.override is not None else self.rule_code

    @property
    def reason_params(self) -> dict[str, RuleValue]:
        """JSON-safe parameters of :attr:`reason_code`."""
        if self.override is None:
            return self.rule_params
        return override_params(self.override, self.model_tier)

    @property
    def rule(self) -> str:
        """English sentence naming what decided ``tier``."""
        return rule_sentence(self.reason_code, self.reason_params)

    @property
    def model_rule(self) -> str:
        """English sentence naming the model's own rule, even when overridden."""
        return rule_sentence(self.rule_code, self.rule_params)


def override_params(override: Override, model_tier: str) -> dict[str, RuleValue]:
    """JSON-safe parameters of the ``"override"`` reason: the tier set by hand, why, when, and the model's tier."""
    return {
        "tier": override.tier,
        "reason": override.reason,
        "date": override.date.isoformat(),
        "model_tier": model_tier,
    }


class TierResults(Sequence[TierResult]):
    """The results of one model run, held column by column; a :class:`TierResult` is built when asked for.

    A model classifies 100,000 accounts at once, and most callers read a few
    fields of every account (the tiers, the ids) or every field of a few (the
    rows on screen): columns serve both without making a record per account.
    Indexing and iterating give :class:`TierResult`; :meth:`column` gives one
    field of every result. Equal to any sequence of the same results.
    Immutable. Raises ``ValueError`` unless every :class:`TierResult` field is
    given and all columns have the same length.
    """

    __slots__ = ("_columns", "_length")

    FIELDS: tuple[str, ...] = TierResult._fields

    def __init__(self, columns: Mapping[str, Sequence[Any]]) -> None:
        missing = [name for name in self.FIELDS if name not in columns]
        unknown = [name for name in columns if name not in self.FIELDS]
        if missing or unknown:
            raise ValueError(f"result columns: missing {missing}, unknown {unknown}")
        self._columns = {name: columns[name] for name in self.FIELDS}
        lengths = {len(column) for column in self._columns.values()}
        if len(lengths) > 1:
            raise ValueError(f"result columns of different lengths: {sorted(lengths)}")
        self._length = lengths.pop()

    @classmethod
    def from_rows(cls, rows: Sequence[TierResult]) -> TierResults:
        """The results ``rows`` as columns, in their order."""
        if isinstance(rows, TierResults):
            return rows
        if not rows:
            return cls({name: () for name in cls.FIELDS})
        return cls(dict(zip(cls.FIELDS, zip(*rows, strict=True), strict=True)))

    def __len__(self) -> int:
        return self._length

    def column(self, name: str) -> Sequence[Any]:
        """One field of every result, in order (a :class:`TierResult` field name; ``KeyError`` otherwise)."""
        return self._columns[name]

    def replaced(self, **columns: Sequence[Any]) -> TierResults:
        """The same results with the given fields replaced by new columns."""
        return TierResults({**self._columns, **columns})

    @overload
    def __getitem__(self, index: int) -> TierResult: ...

    @overload
    def __getitem__(self, index: slice) -> list[TierResult]: ...

    def __getitem__(self, index: int | slice) -> TierResult | list[TierResult]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("result index out of range")
        return tuple.__new__(TierResult, [column[index] for column in self._columns.values()])

    def __iter__(self) -> Iterator[TierResult]:
        if not self._length:
            return iter(())
        return map(tuple.__new__, repeat(TierResult), zip(*self._columns.values(), strict=True))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str | bytes):
            return NotImplemented
        return len(other) == self._length and all(map(eq, self, other))

    __hash__ = None  # type: ignore[assignment]  # equal to lists and tuples, like a list: unhashable

    def __repr__(self) -> str:
        return f"TierResults({list(self)!r})"


def result_column(results: Sequence[TierResult], name: str) -> Sequence[Any]:
    """One :class:`TierResult` field of every result in ``results``, in order.

    Reads the column of a :class:`TierResults` without building its rows; for
    any other sequence it collects the field from each result.
    """
    if isinstance(results, TierResults):
        return results.column(name)
    return list(map(itemgetter(TierResult._fields.index(name)), results))


@dataclass(frozen=True, slots=True)
class CriterionLine:
    """One line of an explanation: a criterion, the value used and what it earned.

    ``value`` is ``None`` when the input is missing. ``points`` is ``None`` when
    the criterion was not scored (missing and re-spread, or a ranking model
    that gives no points). ``weight`` is the configured weight within the
    dimension; ``effective_weight`` is the percentage of the value score the
    line carried after re-spreading, so that
    ``score == sum(points * effective_weight) / 100`` over the scored lines.
    For RFM lines ``points`` is the 1-5 quintile score.
    """

    criterion: str
    dimension: str
    value: MetricValue
    points: float | None
    weight: float | None
    effective_weight: float | None


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why one account got its tier, with the exact numbers the model used."""

    account_id: int
    key: str
    model: str
    tier: str
    score: float | None
    rule_code: str
    rule_params: Mapping[str, RuleValue]
    lines: tuple[CriterionLine, ...]
    dimension_scores: Mapping[str, float | None]

    @property
    def rule(self) -> str:
        return rule_sentence(self.rule_code, self.rule_params)


def _pct(value: RuleValue) -> str:
    if not isinstance(value, int | float):
        return "?"
    return f"{value * 100:.4g}%"


def _num(value: RuleValue) -> str:
    if not isinstance(value, int | float):
        return "?"
    return f"{value:.6g}"


_PARETO_PARAMS = ("rank", "revenue_cents", "revenue_share", "cumulative_share_before", "a_cut", "b_cut")
_WEIGHTED_PARAMS = ("score", "a_min", "b_min")

_SENTENCES: dict[str, Callable[[Mapping[str, RuleValue]], str]] = {
    "pareto_a": lambda p: (
        f"Pareto: accounts ranked above it hold {_pct(p['cumulative_share_before'])} of revenue, "
        f"below the {_pct(p['a_cut'])} cut-off, so A."
    ),
    "pareto_b": lambda p: (
        f"Pareto: accounts ranked above it hold {_pct(p['cumulative_share_before'])} of revenue, "
        f"at or above the {_pct(p['a_cut'])} cut-off for A but below {_pct(p['b_cut'])}, so B."
    ),
    "pareto_c": lambda p: (
        f"Pareto: accounts ranked above it hold {_pct(p['cumulative_share_before'])} of revenue, "
        f"at or above the {_pct(p['b_cut'])} cut-off for B, so C."
    ),
    "pareto_no_revenue": lambda p: "Pareto: no revenue in the window, so D.",
    "rfm_segment": lambda p: (
        f"RFM {p['r']}-{p['f']}-{p['m']}: segment '{p['segment']}', which maps to tier {p['tier']}."
    ),
    "rfm_never_ordered": lambda p: "RFM: never ordered, so D.",
    "weighted_a": lambda p: f"Value score {_num(p['score'])} is at least {_num(p['a_min'])}, so A.",
    "weighted_b": lambda p: (
        f"Value score {_num(p['score'])} is below {_num(p['a_min'])} but at least {_num(p['b_min'])}, so B."
    ),
    "weighted_c": lambda p: f"Value score {_num(p['score'])} is below {_num(p['b_min'])}, so C.",
    "weighted_prospect": lambda p: "A prospect that has never ordered, so D.",
    "override": lambda p: (
        f"Set to {p['tier']} by hand on {p['date']} (the model said {p['model_tier']}): {p['reason']}"
    ),
}

#: The parameters each rule code carries, in the order of ``TierResult.rule_values``.
#: Shares and cut-offs are fractions, money is in cents, RFM scores are 1-5.
RULE_PARAMS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "pareto_a": _PARETO_PARAMS,
    "pareto_b": _PARETO_PARAMS,
    "pareto_c": _PARETO_PARAMS,
    "pareto_no_revenue": ("revenue_cents",),
    "rfm_segment": ("r", "f", "m", "segment", "tier"),
    "rfm_never_ordered": (),
    "weighted_a": _WEIGHTED_PARAMS,
    "weighted_b": _WEIGHTED_PARAMS,
    "weighted_c": _WEIGHTED_PARAMS,
    "weighted_prospect": (),
    "override": ("tier", "reason", "date", "model_tier"),
})
RULE_CODES = tuple(RULE_PARAMS)


def rule_sentence(code: str, params: Mapping[str, RuleValue]) -> str:
    """English sentence for a rule's machine form; raises ``KeyError`` for an unknown code."""
    return _SENTENCES[code](params)

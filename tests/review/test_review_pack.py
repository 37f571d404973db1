"""The review pack's data, gathered from a real store."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from domain.errors import CancelledError, NotFoundError
from domain.model import Account, Attitude, TriangleRole
from domain.review import REDACTED_FIELDS, ReviewPack, build_review_pack, monthly_revenue, pack_file_stem
from tests.review.data import CONTACT_NOTE, EMAIL, MITIGATION, OBJECTIVES, PHONE, REVIEW_DAY, ReviewData


def build(review: ReviewData, *, redacted: bool = False) -> ReviewPack:
    return build_review_pack(
        review.store.unit_of_work(), review.store.tier_queries(), review.account_id, REVIEW_DAY, redacted
    )


def test_the_pack_holds_every_section(review: ReviewData) -> None:
    pack = build(review)
    assert (pack.account.key, pack.account.name) == (review.key, review.name)
    assert pack.rollup.account_count >= 1
    assert pack.tier.applied == "A"
    assert pack.tier.result is not None
    assert pack.tier.result.tier == "A"
    assert pack.tier.explanation is not None
    assert pack.tier.explanation.lines
    assert pack.triangle.required == frozenset(TriangleRole)
    assert {a.role for a in pack.triangle.history} == set(TriangleRole)
    assert len(pack.contacts) >= 3
    assert 0 <= pack.coverage.score <= 100
    assert pack.plan.contents is not None
    assert [o.title for o in pack.plan.contents.objectives] == list(OBJECTIVES)
    assert pack.plan.progress is not None
    assert pack.plan.progress.overall == pytest.approx(25.0)
    assert len(pack.revenue) == 24
    assert pack.revenue[0].month == date(2024, 7, 1)
    assert pack.revenue[-1].month == date(2026, 6, 1)
    assert len(pack.quarters()) == 8
    assert sum(q.amount for q in pack.quarters()) == sum(m.amount for m in pack.revenue)
    history = pack.changes.tier_history
    assert [(r.entry.old, r.entry.new) for r in history] == [(None, "A")]
    diff = pack.changes.diff
    assert pack.changes.last_snapshot is not None
    assert diff is not None
    changed = {c.name: c.changes for c in diff.changed}
    assert any(ch.get("attitude", (None, None))[1] is Attitude.SUPPORTER for ch in changed.values())


def test_the_normal_pack_has_the_details_a_redacted_one_leaves_out(review: ReviewData) -> None:
    normal, redacted = build(review), build(review, redacted=True)
    assert not normal.redacted
    assert redacted.redacted
    everything = repr(normal)
    for secret in (EMAIL, PHONE, CONTACT_NOTE, MITIGATION):
        assert secret in everything
    left = repr(redacted)
    for secret in (EMAIL, PHONE, CONTACT_NOTE, MITIGATION):
        assert secret not in left
    assert all(not (c.email or c.phone or c.notes) for c in redacted.contacts)
    assert all(not k.note for k in redacted.power_map.links)
    assert redacted.account.notes == ""
    # Names, titles and the plan's risks themselves stay.
    assert [c.name for c in redacted.contacts] == [c.name for c in normal.contacts]
    assert redacted.plan.contents is not None
    assert redacted.plan.contents.risks[0].description
    assert "contact.email" in REDACTED_FIELDS
    assert "plan_risk.mitigation" in REDACTED_FIELDS


def test_cancelling_stops_the_pack(review: ReviewData) -> None:
    with pytest.raises(CancelledError):
        build_review_pack(
            review.store.unit_of_work(), review.store.tier_queries(), review.account_id, REVIEW_DAY,
            progress=lambda done, _total: done < 2,
        )


def test_an_unknown_account_is_refused(review: ReviewData) -> None:
    with pytest.raises(NotFoundError):
        build_review_pack(review.store.unit_of_work(), review.store.tier_queries(), 999_999, REVIEW_DAY)


def test_monthly_revenue_fills_empty_months_and_ignores_orders_outside() -> None:
    orders = [
        (date(2026, 6, 30), Decimal("10")),
        (date(2026, 6, 1), Decimal("5")),
        (date(2026, 4, 15), Decimal("7")),
        (date(2026, 7, 1), Decimal("100")),  # after the day
        (date(2026, 3, 31), Decimal("100")),  # before the window
    ]
    months = monthly_revenue(orders, date(2026, 6, 30), months=3)
    assert [(m.month, m.orders, m.amount) for m in months] == [
        (date(2026, 4, 1), 1, Decimal("7")),
        (date(2026, 5, 1), 0, Decimal("0")),
        (date(2026, 6, 1), 2, Decimal("15")),
    ]


def test_year_boundaries_in_the_window() -> None:
    months = monthly_revenue([], date(2026, 1, 10), months=24)
    assert months[0].month == date(2024, 2, 1)
    assert months[-1].month == date(2026, 1, 1)


@pytest.mark.parametrize(
    ("key", "name", "expected"),
    [
        ("C000001", "中明健康集团", "C000001 中明健康集团"),
        ("C000002", 'A/B: "Sales" <East>?', "C000002 A_B_ _Sales_ _East_"),
        ("C000003", "  trailing dots...  ", "C000003 trailing dots"),
        ("C000004", "tab\tand\nnewline", "C000004 tab_and_newline"),
    ],
)
def test_pack_file_names_are_safe(key: str, name: str, expected: str) -> None:
    assert pack_file_stem(Account(key=key, name=name)) == expected


def test_long_names_are_cut() -> None:
    stem = pack_file_stem(Account(key="C1", name="x" * 300))
    assert len(stem) <= 80

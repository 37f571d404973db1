from __future__ import annotations

from collections import Counter
from datetime import date

from domain import tree
from domain.demo import generate_portfolio
from domain.model import Lifecycle

DAY = date(2026, 6, 30)


def test_the_same_seed_gives_the_same_portfolio() -> None:
    assert generate_portfolio(80, seed=3, today=DAY) == generate_portfolio(80, seed=3, today=DAY)
    assert generate_portfolio(80, seed=3, today=DAY) != generate_portfolio(80, seed=4, today=DAY)


def test_groups_are_one_to_four_levels_deep_and_parents_come_first() -> None:
    portfolio = generate_portfolio(600, seed=1, today=DAY)
    assert len(portfolio.accounts) == 600
    parent_of = {a.id: a.parent_id for a in portfolio.accounts}
    seen: set[int | None] = {None}
    for account in portfolio.accounts:
        assert account.parent_id in seen
        seen.add(account.id)
    depths = Counter(len(tree.ancestors(parent_of, i)) + 1 for i in parent_of)  # type: ignore[arg-type]
    assert set(depths) == {1, 2, 3, 4}
    assert len({a.key for a in portfolio.accounts}) == 600


def test_contacts_report_within_their_own_account() -> None:
    portfolio = generate_portfolio(100, seed=2, today=DAY)
    by_id = {c.id: c for c in portfolio.contacts}
    lines = [c for c in portfolio.contacts if c.reports_to_id is not None]
    assert lines
    for contact in lines:
        assert by_id[contact.reports_to_id].account_id == contact.account_id
    assert {c.department for c in portfolio.contacts} > {"总经办"}


def test_orders_cover_three_years_with_due_and_paid_dates() -> None:
    portfolio = generate_portfolio(200, seed=5, today=DAY)
    prospects = {a.id for a in portfolio.accounts if a.lifecycle is Lifecycle.PROSPECT}
    assert prospects
    assert not any(t.account_id in prospects for t in portfolio.transactions)
    dates = [t.date for t in portfolio.transactions]
    assert min(dates).year == DAY.year - 3
    assert max(dates) <= DAY
    assert all(t.due_date is not None and t.due_date > t.date for t in portfolio.transactions)
    assert any(
        t.paid_date is not None and t.due_date is not None and t.paid_date > t.due_date
        for t in portfolio.transactions
    )
    assert {i.kind.value for i in portfolio.interactions} == {
        "visit",
        "call",
        "meeting",
        "event",
        "feedback",
        "referral",
    }


def test_ids_start_after_the_given_bases() -> None:
    portfolio = generate_portfolio(10, seed=1, today=DAY, account_id_base=500, contact_id_base=900)
    assert min(a.id for a in portfolio.accounts if a.id is not None) == 501
    assert min(c.id for c in portfolio.contacts if c.id is not None) == 901

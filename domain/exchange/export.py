"""The portfolio as rows for a workbook: one table per record kind, in the
column order of ``schema.KINDS``, references written as keys."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from domain.exchange.schema import KINDS, SHEET_ORDER, Column
from domain.exchange.values import (
    ATTITUDE_WORDS,
    BUYING_ROLE_WORDS,
    LAYER_WORDS,
    LINK_KIND_WORDS,
    OBJECTIVE_KIND_WORDS,
    PLAN_STATUS_WORDS,
    STRENGTH_WORDS,
    TRIANGLE_ROLE_WORDS,
    WORK_STATUS_WORDS,
    triangle_roles_text,
)
from domain.model import FitCriterion
from domain.ports import UnitOfWork
from domain.tree import children_map


@dataclass
class ExportTable:
    """One sheet's rows. From :func:`stream_tables`, ``rows`` is read from the
    store as it is iterated; from :func:`export_tables`, it is a list."""

    kind: str
    columns: tuple[Column, ...]
    rows: Iterable[tuple[Any, ...]]
    count: int


BATCH = 20_000  # records read from the store at a time while a workbook is written


def export_tables(uow: UnitOfWork) -> list[ExportTable]:
    """Every record in the store, ready to write, in ``SHEET_ORDER``, as lists.

    Accounts come parents first (a depth-first walk of the customer tree), so
    a workbook read top to bottom never meets a parent after its child.
    """
    with uow:
        return [ExportTable(t.kind, t.columns, list(t.rows), t.count) for t in stream_tables(uow)]


def _batched(fetch: Callable[[int, int], list[Any]]) -> Iterator[Any]:
    """Every record ``fetch(after_id, limit)`` pages through, a batch at a time."""
    after = 0
    while True:
        batch = fetch(after, BATCH)
        yield from batch
        if len(batch) < BATCH:
            return
        after = batch[-1].id


def stream_tables(uow: UnitOfWork) -> list[ExportTable]:
    """Like :func:`export_tables`, inside an open ``uow``, with the big kinds
    (contacts, orders, interactions) read a batch at a time while their rows
    are iterated: a big portfolio is written without being held in memory.
    Iterate the rows before the unit of work closes.
    """
    accounts = uow.accounts.all()
    counts = uow.counts()
    contact_key = {c.id: c.key for c in _batched(uow.contacts.all)}
    team = uow.team.all()
    history = uow.tiers.history()
    overrides = uow.tiers.overrides()
    links = uow.links.all()
    snapshots = uow.snapshots.all()
    account_key = {a.id: a.key for a in accounts}
    member_key: dict[int | None, str] = {m.id: m.key for m in team}
    # Enum member -> the word an export writes; None (not known) stays empty.
    role, attitude, layer, strength = (
        {**{m: names[0] for m, names in words.items()}, None: None}
        for words in (BUYING_ROLE_WORDS, ATTITUDE_WORDS, LAYER_WORDS, STRENGTH_WORDS)
    )
    link_kind = {m: names[0] for m, names in LINK_KIND_WORDS.items()}
    snapshot_rows: list[tuple[Any, ...]] = []
    for snap in snapshots:
        head = (account_key[snap.account_id], snap.taken_on, snap.label)
        if not snap.entries:  # an empty snapshot still has its row
            snapshot_rows.append((*head, *([None] * 11)))
        snapshot_rows.extend(
            (
                *head,
                e.contact_key,
                e.name,
                e.title,
                e.department,
                e.manager_key,
                role[e.buying_role],
                e.influence,
                attitude[e.attitude],
                layer[e.layer],
                e.owner_name,
                strength[e.strength],
            )
            for e in snap.entries
        )
    plan_rows, objective_rows, action_rows, risk_rows = _plan_rows(uow, account_key, member_key)
    triangle_role = {m: names[0] for m, names in TRIANGLE_ROLE_WORDS.items()}
    # By account key, role, start: the same order whatever ids another store gives the records.
    assignment_rows = sorted(
        (
            (account_key[a.account_id], triangle_role[a.role], member_key.get(a.member_id), a.start, a.end)
            for a in uow.assignments.all()
        ),
        key=lambda r: (r[0], _ROLE_ORDER[r[1]], r[3], r[2] or ""),
    )
    by_id = {a.id: a for a in accounts}
    ordered = [by_id[i] for i in _tree_order({a.id: a.parent_id for a in accounts if a.id is not None})]
    rows: dict[str, Iterable[tuple[Any, ...]]] = {
        "account": [
            (
                a.key,
                a.name,
                account_key.get(a.parent_id) if a.parent_id else None,
                a.industry,
                a.region,
                a.city,
                a.employees,
                a.annual_revenue,
                a.lifecycle.value,
                a.customer_since,
                a.notes,
                a.created_at,
                a.updated_at,
                a.industry_growth_pct,
                a.decision_nodes,
                a.industry_leader,
                a.tier,
                a.tier_score,
                a.tier_model,
                a.tier_on,
            )
            for a in ordered
        ],
        "contact": (
            (
                c.key,
                account_key[c.account_id],
                c.name,
                c.title,
                c.department,
                contact_key.get(c.reports_to_id) if c.reports_to_id else None,
                c.email,
                c.phone,
                c.notes,
                contact_key.get(c.secondary_manager_id) if c.secondary_manager_id else None,
                role[c.buying_role],
                c.influence,
                attitude[c.attitude],
                layer[c.layer],
                member_key.get(c.owner_id),
                strength[c.strength],
                c.last_contact_on,
            )
            for c in _batched(uow.contacts.all)
        ),
        "team_member": [
            (m.key, m.name, m.email, m.active, triangle_roles_text(m.roles), m.region, m.capacity) for m in team
        ],
        "transaction": (
            (t.key, account_key[t.account_id], t.date, t.amount, t.due_date, t.paid_date)
            for t in _batched(uow.transactions.all)
        ),
        "interaction": (
            (
                i.key,
                account_key[i.account_id],
                contact_key.get(i.contact_id) if i.contact_id else None,
                i.date,
                i.kind.value,
                i.note,
            )
            for i in _batched(uow.interactions.all)
        ),
        "tier_history": [
            (
                account_key[h.entry.account_id],
                h.entry.on,
                h.entry.old,
                h.entry.new,
                h.model,
                h.score,
                h.reason,
                h.reason_code,
                json.dumps(dict(h.reason_params), ensure_ascii=False, sort_keys=True),
            )
            for h in history
        ],
        "tier_override": [(account_key[o.account_id], o.tier, o.reason, o.date) for o in overrides],
        "contact_link": [
            (contact_key[k.source_id], contact_key[k.target_id], link_kind[k.kind], k.strength, k.note) for k in links
        ],
        "powermap_snapshot": snapshot_rows,
        "triangle_assignment": assignment_rows,
        "account_plan": plan_rows,
        "plan_objective": objective_rows,
        "plan_action": action_rows,
        "plan_risk": risk_rows,
    }
    sizes = {"contact": counts.contacts, "transaction": counts.transactions, "interaction": counts.interactions}
    return [
        ExportTable(kind, KINDS[kind], rows[kind], sizes[kind] if kind in sizes else len(rows[kind]))  # type: ignore[arg-type]
        for kind in SHEET_ORDER
    ]


Rows = list[tuple[Any, ...]]
_ROLE_ORDER = {names[0]: index for index, names in enumerate(TRIANGLE_ROLE_WORDS.values())}


def _plan_rows(
    uow: UnitOfWork, account_key: dict[int | None, str], member_key: dict[int | None, str]
) -> tuple[Rows, Rows, Rows, Rows]:
    """Rows of the plan sheets; objectives, actions and risks name their plan
    by account key and period, an action its objective by title."""
    # Plans by account key and period; what is under a plan follows its plan, in id order.
    plans = {p.id: p for p in sorted(uow.plans.all(), key=lambda p: (account_key[p.account_id], p.period))}
    place = {plan_id: index for index, plan_id in enumerate(plans)}
    status = {m: names[0] for m, names in PLAN_STATUS_WORDS.items()}
    kind = {m: names[0] for m, names in OBJECTIVE_KIND_WORDS.items()}
    work = {m: names[0] for m, names in WORK_STATUS_WORDS.items()}
    plan_rows = [
        (
            account_key[p.account_id],
            p.period,
            status[p.status],
            p.challenges,
            p.competitors,
            p.strengths,
            p.weaknesses,
            p.trends,
            *(p.fit.get(c) for c in FitCriterion),
        )
        for p in plans.values()
    ]
    heads = {i: (account_key[p.account_id], p.period) for i, p in plans.items()}
    objectives = sorted(uow.plans.all_objectives(), key=lambda o: (place[o.plan_id], o.id or 0))
    objective_place = {o.id: index for index, o in enumerate(objectives)}
    objective_rows = [
        (
            *heads[o.plan_id],
            o.title,
            kind[o.kind],
            o.target,
            member_key.get(o.owner_id),
            o.due,
            work[o.status],
            o.progress,
        )
        for o in objectives
    ]
    owner_of = {o.id: (heads[o.plan_id], o.title) for o in objectives}
    action_rows = [
        (
            *owner_of[a.objective_id][0],
            owner_of[a.objective_id][1],
            a.what,
            member_key.get(a.owner_id),
            a.due,
            work[a.status],
        )
        for a in sorted(uow.plans.all_actions(), key=lambda a: (objective_place[a.objective_id], a.id or 0))
    ]
    risk_rows = [
        (*heads[k.plan_id], k.description, k.likelihood, k.impact, k.mitigation, member_key.get(k.owner_id))
        for k in sorted(uow.plans.all_risks(), key=lambda k: (place[k.plan_id], k.id or 0))
    ]
    return plan_rows, objective_rows, action_rows, risk_rows


def _tree_order(parent_of: dict[int, int | None]) -> Iterator[int]:
    children = children_map(parent_of)
    stack = list(reversed(children.get(None, [])))
    while stack:
        node = stack.pop()
        yield node
        stack.extend(reversed(children.get(node, [])))

"""A review pack as sections of labelled facts and tables, in the user's language.

Both the PDF and the workbook are drawn from these sections, so the two files
say the same. Values stay typed (dates, money, numbers) until they are drawn:
the PDF formats them, the workbook keeps them as numbers and dates.

Every text goes through ``QCoreApplication.translate`` (context ``ReviewPack``,
or the context of the label module it reuses), which is safe on the worker
thread the pack is written on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from domain.exchange.schema import ValueType
from domain.model import (
    TRIANGLE_ROLES,
    Attitude,
    BuyingRole,
    Lifecycle,
    ObjectiveKind,
    PlanStatus,
    RelationshipLayer,
    RelationshipStrength,
    TriangleRole,
    WorkStatus,
)
from domain.review import ReviewPack
from ui.messages import field_label
from ui.orgchart.labels import attitude_name, buying_role_name, layer_name, strength_name
from ui.tier_labels import criterion_name, dimension_name, model_name, rule_text, tier_name

translate = QCoreApplication.translate  # named so that lupdate finds the texts

T = ValueType

#: Names of the pictures a section shows, drawn by :mod:`ui.review.charts` and the org-chart renderer.
ORG_CHART, POWER_GRID, REVENUE_CHART, ORDERS_CHART = "org", "grid", "revenue", "orders"


@dataclass
class Table:
    """Rows under headers; ``types`` say how each column is written to the
    workbook. ``sheet`` is its sheet's title; ``in_pdf`` False keeps a long
    table (revenue per month) to the workbook."""

    sheet: str
    headers: list[str]
    types: list[ValueType]
    rows: list[list[Any]] = field(default_factory=list)
    empty: str = ""
    in_pdf: bool = True
    title: str = ""


@dataclass
class Section:
    """One part of the pack: a title, labelled facts, notes, pictures and tables."""

    title: str
    facts: list[tuple[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    pictures: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    new_page: bool = False


# -- labels the pack needs of its own (plan words: ui.plan_labels is not ours) -------------------------


def lifecycle_name(lifecycle: Lifecycle) -> str:
    names = {
        Lifecycle.PROSPECT: translate("AccountForm", "Prospect"),
        Lifecycle.CUSTOMER: translate("AccountForm", "Customer"),
        Lifecycle.LOST: translate("AccountForm", "Lost"),
    }
    return names.get(lifecycle, lifecycle.value)


def _review_plan_status(status: PlanStatus) -> str:
    names = {
        PlanStatus.DRAFT: translate("ReviewPack", "Draft"),
        PlanStatus.IN_REVIEW: translate("ReviewPack", "In review"),
        PlanStatus.APPROVED: translate("ReviewPack", "Approved"),
    }
    return names.get(status, status.value)


def _review_work_status(status: WorkStatus) -> str:
    names = {
        WorkStatus.NOT_STARTED: translate("ReviewPack", "Not started"),
        WorkStatus.IN_PROGRESS: translate("ReviewPack", "In progress"),
        WorkStatus.DONE: translate("ReviewPack", "Done"),
        WorkStatus.DROPPED: translate("ReviewPack", "Dropped"),
    }
    return names.get(status, status.value)


def _review_objective_kind(kind: ObjectiveKind) -> str:
    names = {
        ObjectiveKind.REVENUE: translate("ReviewPack", "Revenue"),
        ObjectiveKind.SHARE_OF_WALLET: translate("ReviewPack", "Share of wallet"),
        ObjectiveKind.QUALITATIVE: translate("ReviewPack", "Qualitative"),
    }
    return names.get(kind, kind.value)


def role_name(role: TriangleRole) -> str:
    names = {
        TriangleRole.AR: translate("ReviewPack", "AR · account manager"),
        TriangleRole.SR: translate("ReviewPack", "SR · solution manager"),
        TriangleRole.FR: translate("ReviewPack", "FR · delivery manager"),
    }
    return names.get(role, role.value)


def _roles(roles: Sequence[TriangleRole] | frozenset[TriangleRole]) -> str:
    ordered = [r.value for r in TRIANGLE_ROLES if r in roles]
    return ", ".join(ordered) if ordered else translate("ReviewPack", "none")


def _yes_no(value: bool) -> str:
    return translate("ReviewPack", "yes") if value else translate("ReviewPack", "no")


def _snapshot_value(name: str, value: Any) -> str:
    """A value of a snapshot field (see ``domain.powermap.snapshot.COMPARED``) as text."""
    if value is None or value == "":
        return "—"
    if isinstance(value, Attitude):
        return attitude_name(value)
    if isinstance(value, BuyingRole):
        return buying_role_name(value)
    if isinstance(value, RelationshipStrength):
        return strength_name(value)
    if isinstance(value, RelationshipLayer):
        return layer_name(value)
    return str(value)


def _snapshot_field(name: str) -> str:
    if name == "owner_name":
        return field_label("owner_id")
    if name == "manager_key":
        return translate("ReviewPack", "Manager")
    return field_label(name)


# -- sections ---------------------------------------------------------------------------------------


def redaction_note() -> str:
    """What a redacted pack leaves out, in words (see ``domain.review.REDACTED_FIELDS``)."""
    return translate(
        "ReviewPack",
        "Redacted: contacts' e-mail addresses, phone numbers and notes, the notes on lines between "
        "people, the account's notes and the mitigation notes of plan risks are left out.",
    )


def _overview(pack: ReviewPack) -> Section:
    account, rollup = pack.account, pack.rollup
    facts: list[tuple[str, Any]] = [
        (field_label("name"), account.name),
        (field_label("key"), account.key),
    ]
    if pack.parent_name:
        facts.append((translate("ReviewPack", "Part of"), pack.parent_name))
    facts += [
        (field_label("industry"), account.industry),
        (field_label("region"), " · ".join(p for p in (account.region, account.city) if p)),
        (field_label("lifecycle"), lifecycle_name(account.lifecycle)),
        (field_label("customer_since"), account.customer_since),
        (field_label("employees"), account.employees),
        (field_label("tier"), tier_name(account.tier)),
        (translate("ReviewPack", "Annual revenue (roll-up)"), rollup.annual_revenue),
        (translate("ReviewPack", "Accounts in the roll-up"), rollup.account_count),
        (translate("ReviewPack", "Orders (all time, roll-up)"), rollup.transaction_count),
        (translate("ReviewPack", "Order value (all time, roll-up)"), rollup.transaction_total),
    ]
    if account.notes:
        facts.append((field_label("notes"), account.notes))
    notes = [
        translate("ReviewPack", "As of %1. Revenue and orders cover the account and every account below it.").replace(
            "%1", pack.as_of.isoformat()
        )
    ]
    if pack.redacted:
        notes.append(redaction_note())
    return Section(translate("ReviewPack", "Overview"), facts, notes)


# Criteria whose values are fractions of 1, shown as percentages.
_FRACTIONS = frozenset({"revenue_share", "on_time_rate", "cumulative_share_before"})


def _tier(pack: ReviewPack) -> Section:
    tier = pack.tier
    facts: list[tuple[str, Any]] = [
        (translate("ReviewPack", "Applied tier"), tier_name(tier.applied)),
        (translate("ReviewPack", "Applied on"), tier.applied_on),
        (translate("ReviewPack", "Model that gave it"), model_name(tier.applied_model) if tier.applied_model else ""),
        (translate("ReviewPack", "Score then"), tier.applied_score),
        (translate("ReviewPack", "Model in use"), model_name(tier.model)),
        (translate("ReviewPack", "Window (months)"), tier.window_months),
    ]
    notes: list[str] = []
    tables: list[Table] = []
    result, explanation = tier.result, tier.explanation
    if result is None or explanation is None:
        notes.append(
            translate(
                "ReviewPack",
                "The model in use does not classify this account on its own "
                "(groups are rolled up); see its group's pack.",
            )
        )
    else:
        facts += [
            (translate("ReviewPack", "Tier by the model today"), tier_name(result.tier)),
            (translate("ReviewPack", "Score today"), result.score),
            (translate("ReviewPack", "Why"), rule_text(result.reason_code, result.reason_params)),
        ]
        if result.override is not None:
            facts.append((translate("ReviewPack", "The model alone says"), tier_name(result.model_tier)))
        for dimension, score in explanation.dimension_scores.items():
            if score is not None:
                facts.append((translate("ReviewPack", "%1 score").replace("%1", dimension_name(dimension)), score))
        rows = []
        for line in explanation.lines:
            value: Any = line.value
            if isinstance(value, bool):
                value = _yes_no(value)
            elif line.criterion in _FRACTIONS and isinstance(value, int | float):
                value = f"{value * 100:.1f} %"
            elif isinstance(value, Decimal):
                value = float(value)
            rows.append(
                [
                    criterion_name(line.criterion),
                    dimension_name(line.dimension),
                    "—" if value is None else value,
                    line.points,
                    line.weight,
                    line.effective_weight,
                ]
            )
        tables.append(
            Table(
                translate("ReviewPack", "Tier criteria"),
                [
                    translate("ReviewPack", "Criterion"),
                    translate("ReviewPack", "Dimension"),
                    translate("ReviewPack", "Value"),
                    translate("ReviewPack", "Points"),
                    translate("ReviewPack", "Weight"),
                    translate("ReviewPack", "Share of score %"),
                ],
                [T.TEXT, T.TEXT, T.TEXT, T.NUMBER, T.NUMBER, T.NUMBER],
                rows,
                empty=translate("ReviewPack", "The model gives no criteria for this account."),
            )
        )
    return Section(translate("ReviewPack", "Tier and why"), facts, notes, tables=tables)


def _triangle(pack: ReviewPack) -> Section:
    section = pack.triangle
    current = section.current
    facts: list[tuple[str, Any]] = [
        (translate("ReviewPack", "Required for tier %1").replace("%1", current.tier or "—"), _roles(section.required)),
        (
            translate("ReviewPack", "Missing"),
            _roles(current.missing) if current.missing else translate("ReviewPack", "nothing: the triangle is staffed"),
        ),
    ]
    seats = []
    for role in TRIANGLE_ROLES:
        seat = current.seats.get(role)
        holder = current.holder(role)
        seats.append(
            [
                role_name(role),
                holder.name if holder is not None else translate("ReviewPack", "(nobody)"),
                seat.start if seat is not None else None,
                (_yes_no(holder.active) if holder is not None else ""),
                _yes_no(role in section.required),
            ]
        )
    history = [[role_name(a.role), pack.member_name(a.member_id), a.start, a.end] for a in section.history]
    return Section(
        translate("ReviewPack", "Iron triangle"),
        facts,
        tables=[
            Table(
                translate("ReviewPack", "Triangle seats"),
                [
                    translate("ReviewPack", "Seat"),
                    translate("ReviewPack", "Holder"),
                    translate("ReviewPack", "Since"),
                    translate("ReviewPack", "Active"),
                    translate("ReviewPack", "Required"),
                ],
                [T.TEXT, T.TEXT, T.DATE, T.TEXT, T.TEXT],
                seats,
            ),
            Table(
                translate("ReviewPack", "Triangle history"),
                [
                    translate("ReviewPack", "Seat"),
                    translate("ReviewPack", "Holder"),
                    translate("ReviewPack", "From"),
                    translate("ReviewPack", "To"),
                ],
                [T.TEXT, T.TEXT, T.DATE, T.DATE],
                history,
                empty=translate("ReviewPack", "No seat has been assigned yet."),
                title=translate("ReviewPack", "Who held the seats"),
            ),
        ],
    )


def _people(pack: ReviewPack) -> Section:
    power_map = pack.power_map
    people = []
    details = []
    for contact in power_map.contacts:
        people.append(
            [
                contact.name,
                contact.title,
                contact.department,
                buying_role_name(contact.buying_role) if contact.buying_role is not None else "",
                contact.influence,
                attitude_name(contact.attitude) if contact.attitude is not None else "",
                pack.member_name(contact.owner_id),
                strength_name(contact.strength) if contact.strength is not None else "",
                power_map.last_contact.get(contact.id or 0),
            ]
        )
        if contact.email or contact.phone or contact.notes:
            details.append([contact.name, contact.email, contact.phone, contact.notes])
    tables = [
        Table(
            translate("ReviewPack", "People"),
            [
                field_label("name"),
                field_label("title"),
                field_label("department"),
                field_label("buying_role"),
                field_label("influence"),
                field_label("attitude"),
                field_label("owner_id"),
                field_label("strength"),
                field_label("last_contact_on"),
            ],
            [T.TEXT, T.TEXT, T.TEXT, T.TEXT, T.INTEGER, T.TEXT, T.TEXT, T.TEXT, T.DATE],
            people,
            empty=translate("ReviewPack", "No people are recorded for this account."),
        )
    ]
    if not pack.redacted:
        tables.append(
            Table(
                translate("ReviewPack", "Contact details"),
                [field_label("name"), field_label("email"), field_label("phone"), field_label("notes")],
                [T.TEXT, T.TEXT, T.TEXT, T.LONG_TEXT],
                details,
                empty=translate("ReviewPack", "No contact details are recorded."),
                title=translate("ReviewPack", "Contact details"),
            )
        )
    pictures = [ORG_CHART, POWER_GRID] if power_map.contacts else []
    return Section(translate("ReviewPack", "Org chart and power map"), pictures=pictures, tables=tables, new_page=True)


def _coverage(pack: ReviewPack) -> Section:
    from ui.powermap_panels import part_name

    coverage, settings = pack.coverage, pack.coverage_settings
    facts: list[tuple[str, Any]] = [(translate("ReviewPack", "Coverage score (0-100)"), coverage.score)]
    for part in coverage.parts:
        facts.append(
            (
                part_name(part.name),
                translate("ReviewPack", "%1 of %2, %3 of %4 points")
                .replace("%1", str(part.covered))
                .replace("%2", str(part.total))
                .replace("%3", f"{part.points:.1f}")
                .replace("%4", f"{part.weight:g}"),
            )
        )
    if coverage.penalty:
        facts.append((translate("ReviewPack", "Penalty for influential opponents nobody holds"), -coverage.penalty))
    contacts = {c.id: c for c in pack.power_map.contacts}
    titles = {
        "opponent": translate("CoveragePanel", "Influential opponent"),
        "uncovered": translate("CoveragePanel", "Influential, nobody on our side"),
        "weak": translate("CoveragePanel", "Weak relationship"),
        "stale": translate("CoveragePanel", "Stale relationship"),
    }
    rows: list[list[Any]] = []
    for kind, ids in (
        ("opponent", coverage.influential_opponents),
        ("uncovered", coverage.uncovered_influential),
        ("weak", coverage.weak),
        ("stale", coverage.stale),
    ):
        for contact_id in ids:
            contact = contacts.get(contact_id)
            if contact is None:
                continue
            if kind == "opponent":
                detail = f"{attitude_name(contact.attitude)}, {field_label('influence')} {contact.influence}"
            elif kind == "uncovered":
                detail = translate("CoveragePanel", "Influence %1 of 5").replace("%1", str(contact.influence))
            elif kind == "weak":
                detail = strength_name(contact.strength)
            else:
                seen = pack.power_map.last_contact.get(contact_id) or contact.last_contact_on
                detail = (
                    translate("CoveragePanel", "Last contact %1 (over %2 days ago)")
                    .replace("%1", seen.isoformat())
                    .replace("%2", str(settings.stale_after_days))
                    if seen is not None
                    else translate("CoveragePanel", "Never contacted")
                )
            rows.append([titles[kind], contact.name, contact.title, detail])
    for role in coverage.missing_roles:
        rows.append(
            [
                translate("CoveragePanel", "Role missing"),
                "",
                "",
                translate("CoveragePanel", "Nobody is known as %1.").replace("%1", buying_role_name(role)),
            ]
        )
    return Section(
        translate("ReviewPack", "Coverage gaps"),
        facts,
        new_page=True,
        tables=[
            Table(
                translate("ReviewPack", "Coverage findings"),
                [
                    translate("ReviewPack", "Finding"),
                    field_label("name"),
                    field_label("title"),
                    translate("ReviewPack", "Detail"),
                ],
                [T.TEXT, T.TEXT, T.TEXT, T.TEXT],
                rows,
                empty=translate("ReviewPack", "No gaps: every key person is held, recent and working."),
            )
        ],
    )


def _plan(pack: ReviewPack) -> Section:
    section = pack.plan
    contents, progress = section.contents, section.progress
    if contents is None or progress is None:
        return Section(
            translate("ReviewPack", "Account plan"),
            notes=[translate("ReviewPack", "The account has no plan yet.")],
        )
    plan = contents.plan
    facts: list[tuple[str, Any]] = [
        (translate("ReviewPack", "Period"), plan.period),
        (translate("ReviewPack", "Status"), _review_plan_status(plan.status)),
        (translate("ReviewPack", "Progress %"), progress.overall),
        (
            translate("ReviewPack", "Actions done"),
            translate("ReviewPack", "%1 of %2")
            .replace("%1", str(progress.actions_done))
            .replace("%2", str(progress.actions_counted)),
        ),
    ]
    if len(section.periods) > 1:
        facts.append(
            (translate("ReviewPack", "Other plans"), ", ".join(p for p in section.periods if p != plan.period))
        )
    for name, label in (
        ("challenges", translate("ReviewPack", "Challenges")),
        ("competitors", translate("ReviewPack", "Competitors")),
        ("strengths", translate("ReviewPack", "Our strengths")),
        ("weaknesses", translate("ReviewPack", "Our weaknesses")),
        ("trends", translate("ReviewPack", "Industry trends")),
    ):
        text = getattr(plan, name)
        if text:
            facts.append((label, text))
    titles = {o.id: o.title for o in contents.objectives}
    objectives = []
    for objective in contents.objectives:
        found = progress.objectives.get(objective.id)
        target: Any = objective.target
        if objective.kind is ObjectiveKind.SHARE_OF_WALLET and target is not None:
            target = f"{target:g} %"
        objectives.append(
            [
                objective.title,
                _review_objective_kind(objective.kind),
                target,
                pack.member_name(objective.owner_id),
                objective.due,
                _review_work_status(objective.status),
                found.progress if found is not None else None,
            ]
        )
    actions = [
        [titles.get(a.objective_id, ""), a.what, pack.member_name(a.owner_id), a.due, _review_work_status(a.status)]
        for a in contents.actions
    ]
    risk_headers = [
        translate("ReviewPack", "Risk"),
        translate("ReviewPack", "Likelihood"),
        translate("ReviewPack", "Impact"),
        translate("ReviewPack", "Exposure"),
        translate("ReviewPack", "Owner"),
    ]
    risk_types = [T.TEXT, T.INTEGER, T.INTEGER, T.INTEGER, T.TEXT]
    if not pack.redacted:
        risk_headers.append(translate("ReviewPack", "Mitigation"))
        risk_types.append(T.LONG_TEXT)
    risks = []
    for risk in sorted(contents.risks, key=lambda r: -r.exposure):
        row: list[Any] = [
            risk.description,
            risk.likelihood,
            risk.impact,
            risk.exposure,
            pack.member_name(risk.owner_id),
        ]
        if not pack.redacted:
            row.append(risk.mitigation)
        risks.append(row)
    return Section(
        translate("ReviewPack", "Account plan"),
        facts,
        tables=[
            Table(
                translate("ReviewPack", "Plan objectives"),
                [
                    translate("ReviewPack", "Objective"),
                    translate("ReviewPack", "Kind"),
                    translate("ReviewPack", "Target"),
                    translate("ReviewPack", "Owner"),
                    translate("ReviewPack", "Due"),
                    translate("ReviewPack", "Status"),
                    translate("ReviewPack", "Progress %"),
                ],
                [T.TEXT, T.TEXT, T.TEXT, T.TEXT, T.DATE, T.TEXT, T.NUMBER],
                objectives,
                empty=translate("ReviewPack", "The plan has no objectives yet."),
                title=translate("ReviewPack", "Objectives"),
            ),
            Table(
                translate("ReviewPack", "Plan actions"),
                [
                    translate("ReviewPack", "Objective"),
                    translate("ReviewPack", "Action"),
                    translate("ReviewPack", "Owner"),
                    translate("ReviewPack", "Due"),
                    translate("ReviewPack", "Status"),
                ],
                [T.TEXT, T.TEXT, T.TEXT, T.DATE, T.TEXT],
                actions,
                empty=translate("ReviewPack", "The plan has no actions yet."),
                title=translate("ReviewPack", "Actions"),
            ),
            Table(
                translate("ReviewPack", "Plan risks"),
                risk_headers,
                risk_types,
                risks,
                empty=translate("ReviewPack", "No risks are recorded."),
                title=translate("ReviewPack", "Risks"),
            ),
        ],
    )


def quarter_label(start: date) -> str:
    return f"{start.year} Q{(start.month - 1) // 3 + 1}"


def _revenue(pack: ReviewPack) -> Section:
    months = [[m.month.strftime("%Y-%m"), m.orders, m.amount] for m in pack.revenue]
    quarters = [[quarter_label(q.month), q.orders, q.amount] for q in pack.quarters()]
    total = sum((m.amount for m in pack.revenue), Decimal(0))
    facts: list[tuple[str, Any]] = [
        (translate("ReviewPack", "Revenue, last 24 months"), total),
        (translate("ReviewPack", "Orders, last 24 months"), sum(m.orders for m in pack.revenue)),
    ]
    return Section(
        translate("ReviewPack", "Revenue and orders"),
        facts,
        pictures=[REVENUE_CHART, ORDERS_CHART],
        new_page=True,
        tables=[
            Table(
                translate("ReviewPack", "Revenue by quarter"),
                [
                    translate("ReviewPack", "Quarter"),
                    translate("ReviewPack", "Orders"),
                    translate("ReviewPack", "Revenue"),
                ],
                [T.TEXT, T.INTEGER, T.MONEY],
                quarters,
            ),
            Table(
                translate("ReviewPack", "Revenue by month"),
                [
                    translate("ReviewPack", "Month"),
                    translate("ReviewPack", "Orders"),
                    translate("ReviewPack", "Revenue"),
                ],
                [T.TEXT, T.INTEGER, T.MONEY],
                months,
                in_pdf=False,
            ),
        ],
    )


def _changes(pack: ReviewPack) -> Section:
    changes = pack.changes
    facts: list[tuple[str, Any]] = []
    notes: list[str] = []
    snapshot = changes.last_snapshot
    if snapshot is None:
        notes.append(
            translate(
                "ReviewPack",
                "No power-map snapshot has been taken yet, so there is nothing to compare the "
                "people with. Take one after this review.",
            )
        )
    else:
        label = f"{snapshot.taken_on.isoformat()} {snapshot.label}".strip()
        facts.append((translate("ReviewPack", "Last review (power-map snapshot)"), label))
    history = [
        [
            r.entry.on,
            tier_name(r.entry.old),
            tier_name(r.entry.new),
            model_name(r.model),
            r.score,
            rule_text(r.reason_code, r.reason_params) if r.reason_code else r.reason,
        ]
        for r in reversed(changes.tier_history)
    ]
    diff_rows: list[list[Any]] = []
    if changes.diff is not None:
        for entry in changes.diff.joined:
            diff_rows.append([entry.name, translate("ReviewPack", "Joined"), "", "", entry.title])
        for entry in changes.diff.left:
            diff_rows.append([entry.name, translate("ReviewPack", "Left"), "", "", entry.title])
        for change in changes.diff.changed:
            for name, (old, new) in change.changes.items():
                diff_rows.append(
                    [change.name, _snapshot_field(name), _snapshot_value(name, old), _snapshot_value(name, new), ""]
                )
    tables = [
        Table(
            translate("ReviewPack", "Tier history"),
            [
                translate("ReviewPack", "Date"),
                translate("ReviewPack", "Tier before"),
                translate("ReviewPack", "Tier after"),
                translate("ReviewPack", "Model"),
                translate("ReviewPack", "Score"),
                translate("ReviewPack", "Why"),
            ],
            [T.DATE, T.TEXT, T.TEXT, T.TEXT, T.NUMBER, T.LONG_TEXT],
            history,
            empty=translate("ReviewPack", "The tier has not changed yet."),
            title=translate("ReviewPack", "Tier changes, latest first"),
        ),
    ]
    if changes.diff is not None:
        tables.append(
            Table(
                translate("ReviewPack", "Power map changes"),
                [
                    translate("ReviewPack", "Person"),
                    translate("ReviewPack", "What"),
                    translate("ReviewPack", "Then"),
                    translate("ReviewPack", "Now"),
                    field_label("title"),
                ],
                [T.TEXT] * 5,
                diff_rows,
                empty=translate("ReviewPack", "Nobody joined, left or changed since then."),
                title=translate("ReviewPack", "People since the last snapshot"),
            )
        )
    return Section(
        translate("ReviewPack", "What changed since the last review"), facts, notes, tables=tables, new_page=True
    )


def review_sections(pack: ReviewPack) -> list[Section]:
    """The pack's sections, in the order the PDF shows them."""
    return [
        _overview(pack),
        _tier(pack),
        _triangle(pack),
        _people(pack),
        _coverage(pack),
        _plan(pack),
        _revenue(pack),
        _changes(pack),
    ]


def pack_title(pack: ReviewPack) -> str:
    return translate("ReviewPack", "Account review: %1").replace("%1", pack.account.name)


def format_value(value: Any) -> str:
    """A value as the PDF shows it: dates ISO, money with thousands separators, numbers to one decimal."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _yes_no(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    if isinstance(value, float):
        return f"{value:,.1f}".rstrip("0").rstrip(".") if value != int(value) else f"{value:,.0f}"
    if isinstance(value, int):
        return f"{value:,}" if abs(value) >= 10000 else str(value)
    return str(value)

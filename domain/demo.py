"""A realistic synthetic portfolio for first starts, demos and benchmarks.

Pure and deterministic: the same ``seed``, size and ``today`` always give the
same portfolio. Ids are assigned here (after ``id_base``) so that reporting
lines and parents can refer to each other before anything is stored.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from domain.errors import CancelledError
from domain.model import (
    TRIANGLE_ROLES,
    Account,
    Assignment,
    Attitude,
    BuyingRole,
    Contact,
    ContactLink,
    Interaction,
    InteractionKind,
    Lifecycle,
    LinkKind,
    RelationshipLayer,
    RelationshipStrength,
    TeamMember,
    Transaction,
    TriangleRole,
    default_key,
)
from domain.ports import UnitOfWork

INDUSTRIES = (
    "制造业",
    "金融",
    "能源",
    "医疗健康",
    "零售",
    "物流",
    "电信",
    "教育",
    "汽车",
    "化工",
    "政府与公共事业",
    "互联网",
)
CITIES = (
    "北京",
    "上海",
    "广州",
    "深圳",
    "杭州",
    "成都",
    "武汉",
    "南京",
    "西安",
    "苏州",
    "天津",
    "重庆",
    "青岛",
    "长沙",
)
REGIONS = {
    "北京": "华北",
    "天津": "华北",
    "青岛": "华东",
    "上海": "华东",
    "杭州": "华东",
    "南京": "华东",
    "苏州": "华东",
    "广州": "华南",
    "深圳": "华南",
    "成都": "西南",
    "重庆": "西南",
    "武汉": "华中",
    "长沙": "华中",
    "西安": "西北",
}
NAME_HEADS = (
    "华",
    "中",
    "东",
    "远",
    "恒",
    "泰",
    "瑞",
    "鼎",
    "新",
    "宏",
    "嘉",
    "安",
    "博",
    "海",
    "天",
    "明",
    "盛",
    "锦",
    "信",
    "永",
)
NAME_TAILS = ("科技", "实业", "控股", "智造", "能源", "健康", "物流", "数据", "材料", "电子", "汽车", "通信")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建国志红"
DEPARTMENTS = ("总经办", "采购部", "信息技术部", "财务部", "生产部", "研发部", "市场部", "法务部")
TITLES = {
    "总经办": ("总经理", "副总经理", "总经理助理"),
    "采购部": ("采购总监", "采购经理", "采购专员"),
    "信息技术部": ("CIO", "IT经理", "系统架构师", "工程师"),
    "财务部": ("CFO", "财务经理", "会计"),
    "生产部": ("生产总监", "车间主任", "质量工程师"),
    "研发部": ("CTO", "研发经理", "研究员"),
    "市场部": ("市场总监", "品牌经理", "市场专员"),
    "法务部": ("法务总监", "法务专员"),
}
TEAM = ("陈晓东", "刘佳", "王海峰", "赵敏", "孙立", "周婷", "吴凯", "郑雪", "黄磊", "林珊", "何勇", "马丽")
NOTES = {
    InteractionKind.VISIT: "现场拜访，了解年度规划",
    InteractionKind.CALL: "电话沟通交付进度",
    InteractionKind.MEETING: "方案研讨会",
    InteractionKind.EVENT: "参加行业峰会",
    InteractionKind.FEEDBACK: "反馈产品改进建议",
    InteractionKind.REFERRAL: "推荐同行客户",
}


# The demo team's iron-triangle roles and regions, by position in TEAM (not drawn: the
# random streams of the portfolios other code generates stay as they were).
_DEMO_ROLES = (
    frozenset({TriangleRole.AR}),
    frozenset({TriangleRole.SR}),
    frozenset({TriangleRole.FR}),
    frozenset({TriangleRole.AR, TriangleRole.SR}),
)
_DEMO_REGIONS = ("华东", "华北", "华南")


@dataclass
class DemoPortfolio:
    accounts: list[Account] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    team: list[TeamMember] = field(default_factory=list)
    transactions: list[Transaction] = field(default_factory=list)
    interactions: list[Interaction] = field(default_factory=list)
    links: list[ContactLink] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)


@dataclass
class _Ids:
    account: int
    contact: int

    def next_account(self) -> int:
        self.account += 1
        return self.account

    def next_contact(self) -> int:
        self.contact += 1
        return self.contact


def generate_portfolio(
    accounts: int,
    seed: int = 1,
    *,
    today: date | None = None,
    account_id_base: int = 0,
    contact_id_base: int = 0,
    with_team: bool = True,
    details: bool = True,
) -> DemoPortfolio:
    """Generate ``accounts`` accounts in group trees 1-4 levels deep.

    With ``details`` each account also gets contacts with reporting lines,
    three years of orders with due and paid dates, and interactions. Accounts
    come parents first.
    """
    if accounts < 0:
        raise ValueError("accounts must be >= 0")
    rng = random.Random(seed)
    today = today or date.today()
    created = datetime(today.year, today.month, today.day) - timedelta(days=1100)
    ids = _Ids(account_id_base, contact_id_base)
    out = DemoPortfolio()
    if with_team:
        out.team = [
            TeamMember(
                name=n,
                email=f"member{i + 1}@example.com",
                roles=_DEMO_ROLES[i % len(_DEMO_ROLES)],
                region=_DEMO_REGIONS[i % len(_DEMO_REGIONS)],
                capacity=float(8 + 2 * (i % 3)),
            )
            for i, n in enumerate(TEAM)
        ]
    while len(out.accounts) < accounts:
        _group(rng, out, ids, accounts, created)
    if details:
        for account in out.accounts:
            _details(rng, out, ids, account, today)
    return out


def _company_name(rng: random.Random) -> str:
    return rng.choice(NAME_HEADS) + rng.choice(NAME_HEADS) + rng.choice(NAME_TAILS)


def _group(rng: random.Random, out: DemoPortfolio, ids: _Ids, limit: int, created: datetime) -> None:
    depth = rng.choices((1, 2, 3, 4), weights=(45, 30, 17, 8))[0]
    industry = rng.choice(INDUSTRIES)
    base = _company_name(rng)
    root_name = base + ("集团" if depth > 1 else "有限公司")

    def add(name: str, parent: int | None, level: int) -> int:
        city = rng.choice(CITIES)
        account_id = ids.next_account()
        scale = 10 ** max(0, max(depth, 2) - level)
        lifecycle = rng.choices(list(Lifecycle), weights=(20, 72, 8))[0]
        revenue = Decimal(rng.randint(50, 5000) * scale * 10000 // 100) if rng.random() < 0.9 else None
        # Potential inputs from a generator of their own, so that adding them
        # left the rest of a seeded portfolio as it was.
        extra = random.Random(f"{name}/{account_id}")
        growth = round(extra.uniform(-5.0, 30.0), 1) if extra.random() < 0.8 else None
        nodes = extra.randint(1, 6) if extra.random() < 0.7 else None
        leader = extra.random() < 0.08 if extra.random() < 0.6 else None
        out.accounts.append(
            Account(
                id=account_id,
                key=default_key("account", account_id),
                name=name,
                industry=industry,
                region=REGIONS[city],
                city=city,
                employees=rng.randint(20, 500) * scale // 10 + 10 if rng.random() < 0.92 else None,
                annual_revenue=revenue,
                lifecycle=lifecycle,
                customer_since=(created + timedelta(days=rng.randint(0, 900))).date()
                if lifecycle is not Lifecycle.PROSPECT
                else None,
                parent_id=parent,
                notes="",
                created_at=created,
                updated_at=created,
                industry_growth_pct=growth,
                decision_nodes=nodes,
                industry_leader=leader,
            )
        )
        return account_id

    root = add(root_name, None, 0)
    frontier = [(root, root_name, 1)]
    while frontier and len(out.accounts) < limit:
        parent, parent_name, level = frontier.pop(0)
        if level >= depth:
            continue
        for _ in range(rng.randint(1, 4 if level == 1 else 3)):
            if len(out.accounts) >= limit:
                return
            city = rng.choice(CITIES)
            suffix = f"{city}子公司" if level == 1 else f"{city}分公司" if level == 2 else f"{city}办事处"
            name = f"{base}{suffix}"
            frontier.append((add(name, parent, level), name, level + 1))


def _person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))


def _details(rng: random.Random, out: DemoPortfolio, ids: _Ids, account: Account, today: date) -> None:
    assert account.id is not None
    people: list[int] = []
    head = ids.next_contact()
    out.contacts.append(Contact(id=head, account_id=account.id, name=_person(rng), title="总经理", department="总经办"))
    people.append(head)
    for department in rng.sample(DEPARTMENTS[1:], rng.randint(1, 3)):
        titles = TITLES[department]
        lead = ids.next_contact()
        out.contacts.append(
            Contact(
                id=lead,
                account_id=account.id,
                name=_person(rng),
                title=titles[0],
                department=department,
                reports_to_id=head,
                phone=f"138{rng.randint(0, 99999999):08d}",
            )
        )
        people.append(lead)
        for _ in range(rng.randint(0, 2)):
            member = ids.next_contact()
            out.contacts.append(
                Contact(
                    id=member,
                    account_id=account.id,
                    name=_person(rng),
                    title=rng.choice(titles[1:]),
                    department=department,
                    reports_to_id=lead,
                )
            )
            people.append(member)
    if account.lifecycle is not Lifecycle.PROSPECT:
        _orders(rng, out, account.id, today, lost=account.lifecycle is Lifecycle.LOST)
    for _ in range(rng.randint(0, 12)):
        kind = rng.choices(list(InteractionKind), weights=(30, 30, 15, 10, 10, 5))[0]
        out.interactions.append(
            Interaction(
                account_id=account.id,
                date=today - timedelta(days=rng.randint(0, 1095)),
                kind=kind,
                contact_id=rng.choice(people),
                note=NOTES[kind],
            )
        )


def _orders(rng: random.Random, out: DemoPortfolio, account_id: int, today: date, *, lost: bool) -> None:
    size = rng.choice((5_000, 20_000, 80_000, 300_000))
    every = rng.choice((30, 60, 90, 180, 365))
    day = today - timedelta(days=1095 - rng.randint(0, every))
    end = today - timedelta(days=400) if lost else today
    late_payer = rng.random() < 0.25
    while day <= end:
        amount = Decimal(int(size * rng.uniform(0.4, 1.8))).quantize(Decimal("1")) + Decimal("0.00")
        due = day + timedelta(days=rng.choice((30, 45, 60)))
        paid: date | None = due + timedelta(days=rng.randint(-20, 40 if late_payer else 3))
        if paid is not None and paid > today:
            paid = None
        out.transactions.append(
            Transaction(account_id=account_id, date=day, amount=amount, due_date=due, paid_date=paid)
        )
        day += timedelta(days=max(7, int(every * rng.uniform(0.6, 1.4))))


# The buying role a department's lead usually plays (others: an influencer or nobody known).
_LEAD_ROLES = {
    "财务部": BuyingRole.ECONOMIC_BUYER,
    "信息技术部": BuyingRole.TECHNICAL_BUYER,
    "研发部": BuyingRole.TECHNICAL_BUYER,
    "采购部": BuyingRole.GATEKEEPER,
    "生产部": BuyingRole.USER,
}


def add_triangles(portfolio: DemoPortfolio, team: list[TeamMember], today: date) -> None:
    """Staff the iron triangle of every group (root account): an AR, an SR and
    an FR from the active members who can take each role, in turn; the first
    group's AR changed hands half a year ago, so it has history."""
    holders = {
        role: [m.id for m in team if m.active and m.id is not None and role in m.roles] for role in TRIANGLE_ROLES
    }
    roots = [a for a in portfolio.accounts if a.parent_id is None and a.id is not None]
    start = today - timedelta(days=730)
    for index, account in enumerate(roots):
        assert account.id is not None
        for role in TRIANGLE_ROLES:
            people = holders[role]
            if not people:
                continue
            member = people[index % len(people)]
            if index == 0 and role is TriangleRole.AR and len(people) > 1:
                handover = today - timedelta(days=182)
                portfolio.assignments.append(Assignment(account.id, role, people[-1], start, handover))
                portfolio.assignments.append(Assignment(account.id, role, member, handover))
            else:
                portfolio.assignments.append(Assignment(account.id, role, member, start))


def add_power_map(rng: random.Random, portfolio: DemoPortfolio, team_ids: list[int], today: date) -> None:
    """Give the portfolio's contacts power-map data (roles, influence, attitude,
    our owners, relationship strength) and a few links between them.

    Kept apart from :func:`generate_portfolio` and its random stream, so the
    portfolios other code generates stay as they were."""
    by_account: dict[int, list[Contact]] = {}
    for contact in portfolio.contacts:
        by_account.setdefault(contact.account_id, []).append(contact)
    attitudes = list(Attitude)
    strengths = list(RelationshipStrength)
    for people in by_account.values():
        leads: list[Contact] = []
        heads = {p.id for p in people if p.reports_to_id is None}
        for contact in people:
            if contact.reports_to_id is None:
                contact.buying_role, contact.influence = BuyingRole.DECISION_MAKER, 5
                contact.layer = RelationshipLayer.KEY_PERSON
            elif contact.reports_to_id in heads:
                leads.append(contact)
                contact.buying_role = _LEAD_ROLES.get(contact.department, BuyingRole.INFLUENCER)
                contact.influence = rng.randint(3, 4)
                contact.layer = RelationshipLayer.KEY_PERSON
            else:
                contact.buying_role = rng.choice((BuyingRole.USER, BuyingRole.INFLUENCER, None))
                contact.influence = rng.randint(1, 3)
                contact.layer = RelationshipLayer.BROAD
            if rng.random() < 0.8:
                contact.attitude = rng.choices(attitudes, weights=(1, 2, 4, 3, 1))[0]
            if team_ids and rng.random() < (0.8 if (contact.influence or 0) >= 3 else 0.3):
                contact.owner_id = rng.choice(team_ids)
                contact.strength = rng.choices(strengths, weights=(1, 3, 4, 2, 1))[0]
                contact.last_contact_on = today - timedelta(days=rng.randint(0, 240))
        if leads and rng.random() < 0.3:
            rng.choice(leads).buying_role = BuyingRole.COACH
        if len(people) >= 3 and rng.random() < 0.5:
            source, target = rng.sample(people, 2)
            assert source.id is not None
            assert target.id is not None
            portfolio.links.append(ContactLink(source.id, target.id, LinkKind.INFLUENCE, rng.randint(1, 3)))
        if len(leads) >= 2 and rng.random() < 0.2:
            first, second = rng.sample(leads, 2)
            assert first.id is not None
            assert second.id is not None
            portfolio.links.append(ContactLink(first.id, second.id, LinkKind.CONFLICT, rng.randint(1, 3)))


def load_demo(
    uow: UnitOfWork,
    accounts: int,
    seed: int = 1,
    *,
    today: date | None = None,
    details: bool = True,
    progress: Callable[[int, int], bool] | None = None,
) -> DemoPortfolio:
    """Add a demo portfolio to the store, after what is there, in one commit.

    ``progress(done, total)`` may return ``False`` to cancel; nothing is then
    written.
    """
    with uow:
        account_base = uow.accounts.max_id()
        contact_base = uow.contacts.max_id()
        has_team = bool(uow.team.all())
        portfolio = generate_portfolio(
            accounts,
            seed,
            today=today,
            account_id_base=account_base,
            contact_id_base=contact_base,
            with_team=not has_team,
            details=details,
        )
        team_ids: list[int] = []

        def add_team() -> None:
            team_ids.extend(uow.team.add(m) for m in portfolio.team)
            if not team_ids:
                team_ids.extend(m.id for m in uow.team.all() if m.id is not None and m.active)
            if details:  # the power map's owners are our people: they come first
                add_power_map(random.Random(seed * 1_000_003 + 17), portfolio, team_ids, today or date.today())
                add_triangles(portfolio, uow.team.all(), today or date.today())

        steps = [
            lambda: uow.accounts.add_many(portfolio.accounts),
            add_team,
            lambda: uow.contacts.add_many(portfolio.contacts),
            lambda: uow.transactions.add_many(portfolio.transactions),
            lambda: uow.interactions.add_many(portfolio.interactions),
            lambda: uow.links.add_many(portfolio.links),
            lambda: uow.assignments.add_many(portfolio.assignments),
        ]
        for done, step in enumerate(steps):
            if progress is not None and progress(done, len(steps)) is False:
                raise CancelledError("Cancelled; nothing was added.")
            step()
        if progress is not None:
            progress(len(steps), len(steps))
        uow.commit()
    return portfolio

"""A realistic power map of 22 people at a steel maker, in English or Chinese, for tests and screenshots."""

from __future__ import annotations

from datetime import date

from domain.model import Attitude, BuyingRole, Contact, ContactLink, LinkKind
from domain.powermap import PowerMap

A = Attitude
R = BuyingRole

ACCOUNT_ID = 7
SISTER_ACCOUNT_ID = 8

# id, manager, English name, Chinese name, English title, Chinese title, department (en, zh),
# role, influence, attitude, owner
PEOPLE: list[tuple] = [
    (1, None, "Robert Chen", "陈志强", "Chief Executive Officer", "总经理", ("Executive office", "总经办"),
     R.DECISION_MAKER, 5, A.NEUTRAL, 1),
    (2, 1, "Linda Zhou", "周丽华", "Chief Financial Officer", "财务总监", ("Finance", "财务部"), R.ECONOMIC_BUYER, 5,
     A.SCEPTIC, None),
    (3, 1, "James Wang", "王军", "Chief Information Officer", "信息化总监", ("IT", "信息中心"), R.DECISION_MAKER, 4,
     A.SUPPORTER, 2),
    (4, 1, "Zhang Min", "张敏", "VP Operations", "运营副总经理", ("Operations", "运营部"), R.DECISION_MAKER, 4,
     A.SUPPORTER, 1),
    (5, 1, "Sun Hao", "孙浩", "Procurement Director", "采购总监", ("Procurement", "采购部"), R.GATEKEEPER, 4,
     A.OPPONENT, None),
    (19, 1, "Michael Tang", "唐明", "Board Adviser", "董事会顾问", ("Executive office", "总经办"), R.COACH, 3,
     A.CHAMPION, 1),
    (6, 2, "Amy Liu", "刘芳", "Finance Manager", "财务经理", ("Finance", "财务部"), R.USER, 2, A.NEUTRAL, None),
    (7, 2, "Kevin Xu", "徐凯", "Budget Controller", "预算主管", ("Finance", "财务部"), R.INFLUENCER, 3, A.SCEPTIC, 3),
    (8, 3, "Grace Lin", "林雅婷", "Enterprise Architect", "企业架构师", ("IT", "信息中心"), R.TECHNICAL_BUYER, 4,
     A.CHAMPION, 2),
    (9, 3, "Tom Huang", "黄涛", "Infrastructure Manager", "基础设施经理", ("IT", "信息中心"), R.TECHNICAL_BUYER, 3,
     A.SUPPORTER, 3),
    (10, 3, "Eric Ma", "马超", "Security Lead", "信息安全主管", ("IT", "信息中心"), R.INFLUENCER, 3, A.OPPONENT, None),
    (11, 8, "Jenny Gao", "高静", "Systems Engineer", "系统工程师", ("IT", "信息中心"), R.USER, 1, A.SUPPORTER, 3),
    (12, 8, "Leo He", "何磊", "Data Engineer", "数据工程师", ("IT", "信息中心"), R.USER, 2, None, None),
    (13, 4, "Helen Zhao", "赵红", "Plant Manager", "工厂厂长", ("Operations", "运营部"), R.USER, 4, A.SUPPORTER, 1),
    (14, 4, "David Wu", "吴大伟", "Logistics Manager", "物流经理", ("Operations", "运营部"), R.USER, 2, A.NEUTRAL, None),
    (21, 4, "Cathy Song", "宋凯西", "Lean Programme Manager", "精益项目经理", ("Operations", "运营部"), R.COACH, 3,
     A.SUPPORTER, 2),
    (15, 13, "Frank Deng", "邓飞", "Production Supervisor", "生产主管", ("Operations", "运营部"), R.USER, 2,
     A.CHAMPION, 2),
    (16, 13, "Sophie Guo", "郭晓燕", "Quality Manager", "质量经理", ("Quality", "质量部"), R.INFLUENCER, 4,
     A.SCEPTIC, None),
    (17, 5, "Peter Qian", "钱鹏", "Category Buyer", "品类采购经理", ("Procurement", "采购部"), R.GATEKEEPER, 2,
     A.NEUTRAL, 1),
    (18, 5, "Nina Feng", "冯妮娜", "Contract Specialist", "合同专员", ("Procurement", "采购部"), None, None, None, None),
    (20, 14, "Alan Yu", "于安", "Warehouse Lead", "仓库主管", ("Operations", "运营部"), None, 1, A.NEUTRAL, None),
    (22, 9, "Ivy Luo", "罗艺", "Network Engineer", "网络工程师", ("IT", "信息中心"), R.USER, None, None, None),
]

SECONDARY = {21: 3, 7: 5}  # dotted-line managers
LINKS = [
    (8, 3, LinkKind.INFLUENCE, 3),
    (19, 1, LinkKind.INFLUENCE, 3),
    (13, 4, LinkKind.INFLUENCE, 2),
    (2, 5, LinkKind.INFLUENCE, 2),
    (15, 13, LinkKind.INFLUENCE, 1),
    (5, 4, LinkKind.CONFLICT, 2),
    (10, 8, LinkKind.CONFLICT, 1),
]
OWNERS = {"en": {1: "Alice Wang", 2: "Bob Li", 3: "Carol Zhang"}, "zh": {1: "王晓", 2: "李斌", 3: "张颖"}}
ACCOUNTS = {"en": {ACCOUNT_ID: "Northwind Steel", SISTER_ACCOUNT_ID: "Northwind Logistics"},
            "zh": {ACCOUNT_ID: "北风钢铁", SISTER_ACCOUNT_ID: "北风物流"}}


def sample_contacts(language: str = "en") -> list[Contact]:
    zh = language.startswith("zh")
    contacts = []
    for cid, boss, name_en, name_zh, title_en, title_zh, department, role, influence, attitude, owner in PEOPLE:
        contacts.append(
            Contact(
                account_id=ACCOUNT_ID,
                name=name_zh if zh else name_en,
                title=title_zh if zh else title_en,
                department=department[1] if zh else department[0],
                reports_to_id=boss,
                id=cid,
                secondary_manager_id=SECONDARY.get(cid),
                buying_role=role,
                influence=influence,
                attitude=attitude,
                owner_id=owner,
            )
        )
    return contacts


def sample_power_map(language: str = "en", *, whole_group: bool = False) -> PowerMap:
    """The steel maker's power map; ``whole_group`` adds two people of its logistics subsidiary."""
    key = "zh" if language.startswith("zh") else "en"
    contacts = sample_contacts(language)
    if whole_group:
        contacts += [
            Contact(SISTER_ACCOUNT_ID, "孙立" if key == "zh" else "Sun Li",
                    title="总经理" if key == "zh" else "General Manager", id=31, buying_role=R.DECISION_MAKER,
                    influence=4, attitude=A.NEUTRAL, owner_id=1),
            Contact(SISTER_ACCOUNT_ID, "何静" if key == "zh" else "Jing He",
                    title="采购经理" if key == "zh" else "Purchasing Manager", id=32, reports_to_id=31,
                    buying_role=R.GATEKEEPER, influence=2, attitude=A.SUPPORTER),
        ]
    return PowerMap(
        account_id=ACCOUNT_ID,
        whole_group=whole_group,
        contacts=contacts,
        links=[ContactLink(s, t, kind, strength) for s, t, kind, strength in LINKS],
        owner_names=dict(OWNERS[key]),
        account_names=dict(ACCOUNTS[key]),
        last_contact={1: date(2026, 5, 12), 3: date(2026, 6, 2)},
    )

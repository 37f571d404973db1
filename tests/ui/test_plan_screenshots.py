"""Screenshots of the account-plan and plan-priority windows on a realistic portfolio, for
people to look at.

Saved to tests/screenshots/ (not committed), in Chinese (Chinese names and texts) and in
English: the plan's situation and fit, its objectives with actions and progress bars, its
risks, the objective dialog, and the priority list with the breakdown of one account.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from domain import services
from domain.model import (
    AccountPlan,
    FitCriterion,
    ObjectiveKind,
    PlanAction,
    PlanObjective,
    PlanRisk,
    PlanStatus,
    TeamMember,
    TriangleRole,
    WorkStatus,
)
from domain.plans import services as plans
from domain.triangle import services as triangle
from storage.store import SqlStore
from tests.ui.test_powermap_screenshots import check
from ui import i18n
from ui.plan_dialogs import ObjectiveDialog
from ui.plan_window import PlanWindow

SHOTS = Path(__file__).resolve().parent.parent / "screenshots"
F = FitCriterion

ACCOUNTS = {
    "zh": ["华信钢铁集团", "东方电气股份", "海川物流", "新材科技", "远航汽车零部件", "瑞丰食品", "中科智能装备", "蓝海化工"],
    "en": ["Huaxin Steel Group", "Oriental Electric", "Haichuan Logistics", "NewMat Technology",
           "Voyager Auto Parts", "Ruifeng Foods", "Zhongke Smart Equipment", "Blue Sea Chemicals"],
}
TEAM = {"zh": ["王磊", "李娜", "陈刚"], "en": ["Lei Wang", "Na Li", "Gang Chen"]}
SITUATION = {
    "zh": {
        "challenges": "钢价下行，集团要求采购成本降低 8%；老旧产线改造预算分两年释放。",
        "competitors": "A 公司在热轧线占主导，价格低 5%；B 公司正在争取冷轧改造项目。",
        "strengths": "冷轧线三年零重大故障；本地服务团队 4 小时响应。",
        "weaknesses": "热轧线无成功案例；集团采购中心关系薄弱。",
        "trends": "行业整合加速，绿色低碳改造有政策补贴。",
    },
    "en": {
        "challenges": "Steel prices falling; the group wants purchasing costs 8 % lower. Line upgrades funded over two years.",
        "competitors": "Company A dominates the hot-rolling line at 5 % lower prices; Company B bids for the cold-rolling upgrade.",
        "strengths": "Three years without a major failure on the cold-rolling line; local service within 4 hours.",
        "weaknesses": "No reference on hot-rolling lines; weak ties to the group purchasing centre.",
        "trends": "Consolidation speeds up; green upgrades get subsidies.",
    },
}
OBJECTIVES = {
    "zh": [("冷轧线改造项目中标", ObjectiveKind.REVENUE, Decimal(12_000_000)),
           ("钢铁事业部钱包份额提升到 35%", ObjectiveKind.SHARE_OF_WALLET, Decimal(35)),
           ("与集团采购中心建立高层关系", ObjectiveKind.QUALITATIVE, None)],
    "en": [("Win the cold-rolling upgrade", ObjectiveKind.REVENUE, Decimal(12_000_000)),
           ("Raise share of wallet in steel to 35 %", ObjectiveKind.SHARE_OF_WALLET, Decimal(35)),
           ("Senior ties to the group purchasing centre", ObjectiveKind.QUALITATIVE, None)],
}
ACTIONS = {
    "zh": [(0, "完成技术交流与现场勘查", WorkStatus.DONE), (0, "提交改造方案与报价", WorkStatus.DONE),
           (0, "组织标杆客户参观", WorkStatus.IN_PROGRESS), (0, "商务谈判与合同签订", WorkStatus.NOT_STARTED),
           (1, "备件年度框架协议续签", WorkStatus.DONE), (1, "推出运维服务包", WorkStatus.IN_PROGRESS),
           (2, "安排高层互访", WorkStatus.NOT_STARTED)],
    "en": [(0, "Technical workshop and site survey", WorkStatus.DONE), (0, "Submit upgrade proposal and quote", WorkStatus.DONE),
           (0, "Reference visit to a showcase customer", WorkStatus.IN_PROGRESS),
           (0, "Negotiate and sign the contract", WorkStatus.NOT_STARTED),
           (1, "Renew the spare-parts framework agreement", WorkStatus.DONE),
           (1, "Launch a maintenance service bundle", WorkStatus.IN_PROGRESS),
           (2, "Arrange an executive visit", WorkStatus.NOT_STARTED)],
}
RISKS = {
    "zh": [("A 公司大幅降价抢单", 4, 4, "强调全生命周期成本，捆绑运维服务"),
           ("集团预算推迟到下一年度", 2, 5, "拆分项目分期实施"),
           ("关键支持者调岗", 2, 3, "发展第二位内部支持者")],
    "en": [("Company A undercuts heavily", 4, 4, "Sell lifetime cost; bundle maintenance"),
           ("Group budget slips to next year", 2, 5, "Split the project into phases"),
           ("Our sponsor changes jobs", 2, 3, "Build a second internal sponsor")],
}


def portfolio(store: SqlStore, language: str) -> tuple[int, int]:
    """Eight tiered accounts, a staffed triangle for some, plans with fit scores; the first
    account's FY2026 plan is full. Returns (its account id, its plan id)."""
    key = "zh" if language.startswith("zh") else "en"
    uow = store.unit_of_work
    ids = [services.create_account(uow(), name).id for name in ACCOUNTS[key]]
    tiers = [("A", 88.0), ("A", 72.0), ("B", 64.0), ("B", 55.0), ("A", 80.0), ("C", 35.0), ("B", 60.0), ("C", 20.0)]
    with uow() as u:
        for account_id, (tier, score) in zip(ids, tiers, strict=True):
            account = u.accounts.get(account_id)
            assert account is not None
            u.accounts.update(dataclasses.replace(account, tier=tier, tier_score=score, tier_model="weighted"))
        u.commit()
    team = [triangle.add_member(uow(), TeamMember(n, roles=frozenset(TriangleRole))).id for n in TEAM[key]]
    for account_id in ids[:3]:
        for role, member in zip(TriangleRole, team, strict=False):
            triangle.assign(uow(), account_id, role, member, on=date(2026, 1, 5))  # type: ignore[arg-type]
    fits = [
        {F.BUSINESS_NETWORK: 4, F.BUSINESS_MODEL: 4, F.DECISION_MAKERS: 3, F.INDUSTRY_TREND: 4, F.SOLUTION_FIT: 5},
        {F.BUSINESS_MODEL: 3, F.COMPETITION: 2, F.SOLUTION_FIT: 3},
        {F.BUSINESS_NETWORK: 5, F.FINANCIAL_HEALTH: 4, F.SOLUTION_FIT: 4},
        {F.DECISION_MAKERS: 2},
        None,
        {F.SOLUTION_FIT: 5, F.BUSINESS_MODEL: 5},
        {F.COMPETITION: 3, F.FINANCIAL_HEALTH: 3},
        None,
    ]
    plan_ids = []
    for account_id, fit in zip(ids, fits, strict=True):
        if fit is not None:
            plan_ids.append(plans.create_plan(uow(), AccountPlan(account_id, "FY2026", fit=fit)).record.id)  # type: ignore[arg-type]
    plan_id = plan_ids[0]
    plans.update_plan(uow(), plan_id, SITUATION[key])
    objective_ids = []
    for k, (title, kind, target) in enumerate(OBJECTIVES[key]):
        objective = PlanObjective(plan_id, title, kind, target, team[k % 3], date(2026, 3 + 4 * k, 30),
                                  WorkStatus.IN_PROGRESS if k < 2 else WorkStatus.NOT_STARTED)
        objective_ids.append(plans.add_objective(uow(), objective).record.id)
    for k, (objective, what, status) in enumerate(ACTIONS[key]):
        plans.add_action(uow(), PlanAction(objective_ids[objective], what, team[(k + 1) % 3],
                                           date(2026, 2 + k, 15), status))
    for k, (description, likelihood, impact, mitigation) in enumerate(RISKS[key]):
        plans.add_risk(uow(), PlanRisk(plan_id, description, likelihood, impact, mitigation, team[k % 3]))
    plans.set_plan_status(uow(), plan_id, PlanStatus.IN_REVIEW)
    return ids[0], plan_id


@pytest.mark.parametrize(("language", "risks_tab"), [("zh_CN", "风险"), ("en", "Risks")])
def test_plan_window_screenshots(make_window, store, qapp, qtbot, monkeypatch, language: str, risks_tab: str) -> None:  # type: ignore[no-untyped-def]
    translations = i18n.Translations(qapp)
    translations.apply(language)
    try:
        account_id, plan_id = portfolio(store, language)
        window = make_window(store, language)
        planner = window.plans.open_plan(account_id)
        planner.resize(1400, 860)
        qtbot.waitExposed(planner)
        SHOTS.mkdir(exist_ok=True)
        translated = QCoreApplication.translate("PlanWindow", "Risks") != "Risks" or language == "en"

        def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
            qapp.processEvents()
            path = SHOTS / f"plans_{name}_{language}.png"
            assert widget.grab().save(str(path))
            check(path)

        planner.tabs.setCurrentIndex(planner.SITUATION_TAB)
        shot(planner, "situation")
        planner.tabs.setCurrentIndex(planner.OBJECTIVES_TAB)
        planner.select_objective(planner.objectives_model.records()[0].id)  # type: ignore[arg-type]
        shot(planner, "objectives")
        planner.tabs.setCurrentIndex(planner.RISKS_TAB)
        shot(planner, "risks")
        if translated:
            assert planner.tabs.tabText(planner.RISKS_TAB) == risks_tab

        def show(dialog: ObjectiveDialog) -> bool:
            dialog.resize(dialog.sizeHint())
            dialog.show()
            qtbot.waitExposed(dialog)
            qapp.processEvents()
            path = SHOTS / f"plans_objective_dialog_{language}.png"
            assert dialog.grab().save(str(path))
            check(path, width=400, height=200)
            dialog.reject()
            return False

        monkeypatch.setattr(PlanWindow, "run_dialog", classmethod(lambda cls, dialog: show(dialog)))
        planner.edit_objective(planner.objectives_model.records()[0].id)  # type: ignore[arg-type]

        priorities = window.plans.open_priorities()
        priorities.resize(1500, 760)
        qtbot.waitExposed(priorities)
        priorities.select_account(priorities.rows[1].account_id)
        shot(priorities, "priorities")
    finally:
        translations.apply("en")
        qapp.processEvents()

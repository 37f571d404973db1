"""Recognising sheets and columns by their headers.

Headers are compared after :func:`normalize`: Unicode compatibility folding
(full-width to half-width), case folding, and everything but letters and
digits removed — so ``Account Name``, ``account_name`` and ``ＡＣＣＯＵＮＴ　ＮＡＭＥ``
are one header. Our own headers in English and Chinese and the headers of
common CRM exports (``domain.crm_headers``) are known.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from domain.exchange import values as val
from domain.exchange.schema import KINDS, fields

# Our own column names, English and Chinese, per kind and field; the export
# writes the UI's translation of the first English name (a test keeps the
# translations inside these lists).
OWN_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "account": {
        "key": ("Key", "Account key", "Account ID", "编号", "客户编号", "客户代码", "客户ID"),
        "name": (
            "Name",
            "Account",
            "Account name",
            "Company",
            "Company name",
            "客户名称",
            "客户",
            "名称",
            "公司名称",
            "企业名称",
            "单位名称",
        ),
        "parent": (
            "Parent key",
            "Parent",
            "Parent account",
            "Parent account key",
            "上级客户编号",
            "上级客户",
            "上级单位",
            "母公司",
            "所属集团",
            "上级",
        ),
        "industry": ("Industry", "行业", "所属行业"),
        "region": ("Region", "区域", "地区", "大区", "省份", "省"),
        "city": ("City", "城市", "市"),
        "employees": ("Employees", "Number of employees", "员工人数", "人数", "员工数", "人员规模"),
        "annual_revenue": ("Annual revenue", "Revenue", "年营业收入", "年收入", "营业收入", "年营业额", "营收"),
        "lifecycle": ("Lifecycle", "Lifecycle stage", "Stage", "生命周期", "客户状态", "生命周期阶段"),
        "customer_since": ("Customer since", "成为客户日期", "首次合作日期", "合作开始日期"),
        "notes": ("Notes", "Description", "备注", "说明", "描述"),
        "created_at": ("Created", "Created at", "创建时间", "创建日期"),
        "updated_at": ("Changed", "Updated", "Updated at", "Last modified", "修改时间", "更新时间", "最后修改时间"),
        "industry_growth_pct": ("Industry growth %", "Industry growth", "行业增长率%", "行业增长率", "行业增速"),
        "decision_nodes": ("Decision nodes", "Approval nodes", "决策节点数", "决策节点", "审批节点数"),
        "industry_leader": ("Industry leader", "行业龙头", "是否行业龙头", "行业领先"),
        "tier": ("Tier", "Customer tier", "Account tier", "ABC class", "客户等级", "等级", "客户分级", "分级"),
        "tier_score": ("Tier score", "Score", "分级得分", "得分", "价值分"),
        "tier_model": ("Tier model", "分级模型"),
        "tier_on": ("Tier set on", "Tier date", "分级日期", "定级日期"),
    },
    "contact": {
        "key": ("Key", "Contact key", "Contact ID", "编号", "联系人编号", "联系人ID"),
        "account": (
            "Account key",
            "Account",
            "Account name",
            "Company",
            "Company name",
            "客户编号",
            "客户",
            "客户名称",
            "公司",
            "公司名称",
            "所属客户",
        ),
        "name": ("Name", "Full name", "Contact", "Contact name", "姓名", "联系人", "联系人姓名", "名称"),
        "first_name": ("First name", "Given name", "名"),
        "last_name": ("Last name", "Surname", "Family name", "姓"),
        "title": ("Title", "Job title", "Position", "职务", "职位", "头衔"),
        "department": ("Department", "部门", "所属部门"),
        "reports_to": ("Reports to key", "Reports to", "Manager", "汇报对象编号", "汇报对象", "直属上级", "上级"),
        "email": ("Email", "E-mail", "Email address", "邮箱", "电子邮件", "电子邮箱"),
        "phone": ("Phone", "Telephone", "电话", "联系电话", "座机", "办公电话"),
        "mobile": ("Mobile", "Mobile phone", "Cell phone", "手机", "手机号", "手机号码", "移动电话"),
        "notes": ("Notes", "Description", "备注", "说明"),
        "secondary_manager": (
            "Dotted-line manager key",
            "Dotted-line manager",
            "Secondary manager",
            "Secondary manager key",
            "虚线上级编号",
            "虚线上级",
            "虚线汇报对象",
        ),
        "buying_role": ("Buying role", "Role", "Decision role", "采购角色", "决策角色", "角色"),
        "influence": ("Influence", "Influence 1-5", "影响力"),
        "attitude": ("Attitude", "Attitude to us", "态度", "支持度", "对我方态度"),
        "layer": ("Relationship layer", "Layer", "关系层级", "关系层次"),
        "owner": (
            "Relationship owner",
            "Relationship owner key",
            "Our owner",
            "关系负责人",
            "我方负责人",
            "关系维护人",
        ),
        "strength": ("Relationship strength", "Strength", "关系强度", "关系紧密度", "关系程度", "强度"),
        "last_contact_on": (
            "Last contact",
            "Last contacted",
            "Last contact date",
            "最近联系日期",
            "最后联系日期",
            "最近联系",
        ),
    },
    "team_member": {
        "key": ("Key", "Member key", "Employee ID", "编号", "工号", "员工编号"),
        "name": ("Name", "Full name", "Member", "Team member", "姓名", "成员", "员工姓名"),
        "email": ("Email", "E-mail", "邮箱", "电子邮件"),
        "active": ("Active", "Is active", "在职", "有效", "是否在职", "启用"),
        "roles": ("Triangle roles", "Roles", "铁三角角色", "可担任角色", "角色"),
        "region": ("Region", "区域", "地区", "负责区域"),
        "capacity": ("Capacity", "Account capacity", "容量", "负荷上限", "可承接客户数"),
    },
    "transaction": {
        "key": ("Key", "Order key", "Order ID", "Order number", "编号", "订单编号", "订单号"),
        "account": ("Account key", "Account", "Account name", "Customer", "客户编号", "客户", "客户名称"),
        "date": ("Date", "Order date", "日期", "下单日期", "订单日期", "成交日期"),
        "amount": ("Amount", "Order amount", "Total", "金额", "订单金额", "合同金额", "成交金额"),
        "due_date": ("Due date", "Payment due", "到期日", "应回款日期", "付款到期日"),
        "paid_date": ("Paid date", "Payment date", "Paid on", "回款日期", "付款日期", "实际回款日期"),
        "stage": ("Stage", "Deal stage", "Status", "Order status", "阶段", "销售阶段", "商机阶段", "状态", "订单状态"),
    },
    "interaction": {
        "key": ("Key", "Interaction key", "Activity ID", "编号", "记录编号"),
        "account": ("Account key", "Account", "Account name", "Customer", "客户编号", "客户", "客户名称"),
        "contact": ("Contact key", "Contact", "Contact name", "联系人编号", "联系人"),
        "date": ("Date", "Activity date", "日期", "跟进日期", "活动日期"),
        "kind": ("Kind", "Type", "Activity type", "类型", "方式", "跟进方式", "互动类型"),
        "note": ("Note", "Notes", "Subject", "Description", "内容", "备注", "跟进内容", "说明"),
    },
    "tier_history": {
        "account": ("Account key", "Account", "Customer", "客户编号", "客户"),
        "date": ("Date", "Changed on", "日期", "变更日期"),
        "old_tier": ("From tier", "Old tier", "原等级"),
        "new_tier": ("To tier", "New tier", "新等级"),
        "model": ("Model", "模型"),
        "score": ("Score", "得分"),
        "reason": ("Reason", "原因", "依据"),
        "reason_code": ("Rule", "规则"),
        "reason_params": ("Rule values", "规则参数"),
    },
    "tier_override": {
        "account": ("Account key", "Account", "Customer", "客户编号", "客户"),
        "tier": ("Tier", "客户等级", "等级"),
        "reason": ("Reason", "原因"),
        "date": ("Date", "Set on", "日期", "设定日期"),
    },
    "contact_link": {
        "source": ("From contact key", "From", "Source", "From contact", "来源联系人编号", "来源联系人", "发起方"),
        "target": ("To contact key", "To", "Target", "To contact", "目标联系人编号", "目标联系人", "对象"),
        "kind": ("Kind", "Link kind", "Type", "类型", "连线类型", "关系类型"),
        "strength": ("Strength", "Link strength", "强度", "连线强度"),
        "note": ("Note", "Notes", "备注", "说明", "内容"),
    },
    "powermap_snapshot": {
        "account": ("Account key", "Account", "Customer", "客户编号", "客户"),
        "date": ("Date", "Taken on", "Snapshot date", "日期", "快照日期"),
        "label": ("Label", "Snapshot", "Snapshot label", "快照名称", "快照", "标签"),
        "contact_key": ("Contact key", "联系人编号"),
        "name": ("Contact", "Name", "Contact name", "联系人", "姓名"),
        "title": ("Title", "Job title", "职务", "职位"),
        "department": ("Department", "部门"),
        "manager_key": ("Reports to key", "Manager key", "汇报对象编号", "上级编号"),
        "buying_role": ("Buying role", "Role", "采购角色", "角色"),
        "influence": ("Influence", "影响力"),
        "attitude": ("Attitude", "态度"),
        "layer": ("Relationship layer", "Layer", "关系层级"),
        "owner_name": ("Relationship owner", "Owner", "关系负责人", "负责人"),
        "strength": ("Relationship strength", "Strength", "关系强度", "强度"),
    },
    "triangle_assignment": {
        "account": ("Account key", "Account", "Customer", "客户编号", "客户"),
        "role": ("Role", "Triangle role", "角色", "铁三角角色"),
        "member": ("Member key", "Member", "Team member", "成员编号", "成员", "团队成员", "负责人"),
        "start": ("From", "Start", "Start date", "开始日期", "起始日期", "自"),
        "end": ("To", "End", "End date", "结束日期", "截止日期", "至"),
    },
    "account_plan": {
        "account": ("Account key", "Account", "Customer", "客户编号", "客户"),
        "period": ("Period", "Plan period", "期间", "计划期间", "年度"),
        "status": ("Status", "Plan status", "状态", "计划状态"),
        "challenges": ("Challenges", "挑战", "客户挑战"),
        "competitors": ("Competitors", "竞争对手", "竞争者"),
        "strengths": ("Our strengths", "Strengths", "我方优势", "优势"),
        "weaknesses": ("Our weaknesses", "Weaknesses", "我方劣势", "劣势"),
        "trends": ("Industry trends", "Trends", "行业趋势", "趋势"),
        "fit_business_network": ("Fit: business network", "匹配度：业务网络", "业务网络"),
        "fit_business_model": ("Fit: business model", "匹配度：商业模式", "商业模式"),
        "fit_decision_makers": ("Fit: decision-maker relationships", "匹配度：决策层关系", "决策层关系"),
        "fit_industry_trend": ("Fit: industry trend", "匹配度：行业趋势", "行业趋势匹配"),
        "fit_competition": ("Fit: competitive situation", "匹配度：竞争态势", "竞争态势"),
        "fit_financial_health": ("Fit: financial health", "匹配度：财务健康", "财务健康"),
        "fit_solution_fit": ("Fit: solution fit", "匹配度：方案匹配", "方案匹配"),
    },
    "plan_objective": {
        "account": ("Account key", "Account", "Customer", "客户编号", "客户"),
        "period": ("Period", "Plan period", "期间", "计划期间", "年度"),
        "title": ("Objective", "Title", "目标", "目标名称"),
        "kind": ("Kind", "Objective kind", "Type", "类型", "目标类型"),
        "target": ("Target", "Target value", "目标值"),
        "owner": ("Owner key", "Owner", "负责人编号", "负责人"),
        "due": ("Due", "Due date", "截止日期", "到期日"),
        "status": ("Status", "状态"),
        "progress": ("Progress %", "Progress", "进度%", "进度"),
    },
    "plan_action": {
        "account": ("Account key", "Account", "Customer", "客户编号", "客户"),
        "period": ("Period", "Plan period", "期间", "计划期间", "年度"),
        "objective": ("Objective", "目标", "所属目标"),
        "what": ("Action", "What", "行动", "行动内容", "内容"),
        "owner": ("Owner key", "Owner", "负责人编号", "负责人"),
        "due": ("Due", "Due date", "截止日期", "到期日"),
        "status": ("Status", "状态"),
    },
    "plan_risk": {
        "account": ("Account key", "Account", "Customer", "客户编号", "客户"),
        "period": ("Period", "Plan period", "期间", "计划期间", "年度"),
        "description": ("Risk", "Description", "风险", "风险描述"),
        "likelihood": ("Likelihood", "Probability", "可能性", "发生概率"),
        "impact": ("Impact", "影响", "影响程度"),
        "mitigation": ("Mitigation", "应对措施", "缓解措施"),
        "owner": ("Owner key", "Owner", "负责人编号", "负责人"),
    },
}

SHEET_NAMES: dict[str, tuple[str, ...]] = {
    "account": ("Accounts", "Account", "Customers", "Companies", "Company", "客户", "客户列表", "客户信息", "公司"),
    "contact": ("Contacts", "Contact", "People", "联系人", "联系人列表"),
    "team_member": ("Team", "Team members", "Our team", "Users", "团队", "团队成员", "我方团队", "成员"),
    "transaction": (
        "Orders",
        "Order",
        "Transactions",
        "Deals",
        "Opportunities",
        "Sales orders",
        "订单",
        "交易",
        "销售订单",
        "订单列表",
        "成交",
    ),
    "interaction": ("Interactions", "Activities", "Activity", "互动", "互动记录", "跟进记录", "活动记录", "拜访记录"),
    "tier_history": ("Tier history", "Tier changes", "分级历史", "等级历史", "等级变化"),
    "tier_override": ("Tiers set by hand", "Tier overrides", "手动等级", "手动设定等级"),
    "contact_link": ("Contact links", "Links", "Influence lines", "联系人连线", "联系人关系", "影响关系"),
    "powermap_snapshot": ("Power map snapshots", "Snapshots", "权力地图快照", "快照"),
    "triangle_assignment": ("Iron triangles", "Triangle assignments", "铁三角", "铁三角分工", "铁三角任命"),
    "account_plan": ("Account plans", "Plans", "客户计划", "客户规划"),
    "plan_objective": ("Plan objectives", "Objectives", "计划目标", "目标"),
    "plan_action": ("Plan actions", "Actions", "计划行动", "行动计划"),
    "plan_risk": ("Plan risks", "Risks", "计划风险", "风险"),
}

TOTAL_WORDS = frozenset(
    {
        "合计",
        "总计",
        "小计",
        "total",
        "totals",
        "grandtotal",
        "grandtotals",
        "subtotal",
        "subtotals",
        "sum",
        "总和",
        "count",
        "recordcount",
    }
)
# A totals row with a count or a colon after the word: Salesforce's "Subtotal
# (1 record)", "Grand Totals (5700 records)"; "合计：12 家"; "共 2 条" (2 rows in all).
_TOTAL_TEXT = re.compile(
    r"(?:grand\s*totals?|sub\s*totals?|totals?|合计|总计|小计)\s*(?:\(\s*[\d,]+\s*records?\s*\)|[:：].*)"
    r"|共\s*[\d,]+\s*(?:条|家|个|项|行|笔|位|名|人)\S*",
    re.IGNORECASE | re.DOTALL,
)
# A note below (or above) a table, alone in its row: Salesforce's report footer
# ("Copyright (c) 2000-2024 salesforce.com, inc. All rights reserved.",
# "Confidential Information - Do Not Distribute", "Generated By: ..."), and the
# notes of hand-made sheets ("注：数据来源于财务部", "备注：...", "Note: ...").
_NOTE_TEXT = re.compile(
    r"copyright\s*(?:©|\(c\)|\d)|©\s*\d|confidential information\b|generated by\s*:"
    r"|(?:notes?|source)\s*:|(?:注|备注|说明|附注|数据来源|资料来源)\s*[:：]",
    re.IGNORECASE,
)
_NOTE_COLUMNS = 2  # a note sits in one of the first columns
# How the text of a totals row or a note starts (case folded): one cheap test
# lets the usual row, which starts with a key or a name, through.
_TOTAL_STARTS = (
    "合计",
    "总计",
    "小计",
    "总和",
    "共",
    "total",
    "sub",
    "grand",
    "sum",
    "count",
    "record",
    "copyright",
    "©",
    "confidential",
    "generated",
    "note",
    "source",
    "注",
    "备注",
    "说明",
    "附注",
    "数据来源",
    "资料来源",
)


_NOT_ALNUM = re.compile(r"[\W_]+")


def normalize(header: Any) -> str:
    """Fold a header for comparison: width, case, spacing and punctuation."""
    text = header if header.__class__ is str else str(header or "")
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return _NOT_ALNUM.sub("", text.casefold())


def _without_brackets(header: str) -> str:
    return re.sub(r"[(（\[【][^)）\]】]*[)）\]】]", "", unicodedata.normalize("NFKC", header))


def _extra_synonyms() -> dict[str, dict[str, tuple[str, ...]]]:
    try:
        from domain.crm_headers import HEADER_SYNONYMS
    except ImportError:  # pragma: no cover - the table ships with the app
        return {}
    return HEADER_SYNONYMS


def _build_index() -> dict[str, dict[str, tuple[str, int]]]:
    """``{kind: {normalized header: (field, priority)}}``; lower priority wins."""
    index: dict[str, dict[str, tuple[str, int]]] = {}
    extra = _extra_synonyms()
    for kind in KINDS:
        entries: dict[str, tuple[str, int]] = {}
        for source in (OWN_HEADERS.get(kind, {}), extra.get(kind, {})):
            for field_name, names in source.items():
                if field_name not in fields(kind):
                    continue
                for priority, name in enumerate(names):
                    key = normalize(name)
                    if key and key not in entries:
                        entries[key] = (field_name, priority)
        index[kind] = entries
    return index


_INDEX = _build_index()
_SHEETS = {normalize(n): kind for kind, names in SHEET_NAMES.items() for n in names}


def field_for(kind: str, header: Any) -> tuple[str, int] | None:
    """The field a header names in a sheet of ``kind``, with its priority."""
    text = str(header or "")
    found = _INDEX[kind].get(normalize(text))
    if found is None and re.search(r"[(（\[【]", text):
        found = _INDEX[kind].get(normalize(_without_brackets(text)))
    return found


# Words inside longer sheet or file names (``hubspot-crm-exports-all-deals``,
# ``Opportunity.csv``), most specific first.
_NAME_WORDS = (
    ("contact", ("contact", "联系人", "people")),
    ("interaction", ("activit", "interaction", "互动", "跟进", "拜访")),
    ("transaction", ("deal", "opportunit", "order", "订单", "商机", "transaction", "回款")),
    ("team_member", ("teammember", "团队")),
    ("account", ("account", "compan", "customer", "客户", "公司")),
)


def kind_for_sheet_name(name: str) -> str | None:
    """The record kind a sheet (or CSV file) name announces, if any."""
    key = normalize(name)
    if key in _SHEETS:
        return _SHEETS[key]
    for kind, words in _NAME_WORDS:
        if any(word in key for word in words):
            return kind
    return None


@dataclass
class ColumnMapping:
    """How one sheet's columns are read. ``fields[i]`` is the field of column
    ``i`` or ``None`` (ignored); ``unknown`` lists headers nobody placed."""

    kind: str
    header_row: int  # 0-based index into the sheet's rows
    headers: list[str]
    fields: list[str | None]
    unknown: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    sheet_unit: Decimal = Decimal(1)  # the money unit stated above the header row (单位：万元)

    def column_of(self, field_name: str) -> int | None:
        try:
            return self.fields.index(field_name)
        except ValueError:
            return None

    def unit(self, column: int) -> Decimal:
        """The multiplier for the amounts in ``column`` if it holds money: the
        unit its header gives (``年营业额（万元）``), else the sheet's."""
        return val.column_unit(self.headers[column], self.sheet_unit)


def _score(kind: str, row: Sequence[Any]) -> int:
    return sum(1 for cell in row if isinstance(cell, str) and cell.strip() and field_for(kind, cell))


def detect(sheet_name: str, rows: Sequence[Sequence[Any]], *, scan: int = 30) -> tuple[str, int] | None:
    """Guess ``(kind, header row index)`` of a sheet, or ``None``.

    The sheet name decides the kind when it is a known one; otherwise the
    kind whose headers match the most cells of some row in the first
    ``scan`` rows. The header row is the one with the most matches.
    """
    named = kind_for_sheet_name(sheet_name)
    kinds = [named] if named else list(KINDS)
    best: tuple[int, str, int] | None = None
    for kind in kinds:
        for index, row in enumerate(rows[:scan]):
            score = _score(kind, row)
            if score and (best is None or score > best[0]):
                best = (score, kind, index)
    if best is None or (named is None and best[0] < 2):
        return None
    return best[1], best[2]


def map_columns(
    kind: str,
    header_row: int,
    headers: Sequence[Any],
    overrides: Mapping[str, str | None] | None = None,
    above: Sequence[Sequence[Any]] = (),
) -> ColumnMapping:
    """Map each header to a field of ``kind``.

    ``overrides`` maps a normalized header to a field (or ``None``/"" to
    ignore it) and wins over recognition. When two columns name one field,
    the better-known name wins and the other is reported as a duplicate.
    ``above`` are the rows above the header row: a money unit they state
    (``单位：万元`` in a subtitle) becomes the mapping's ``sheet_unit``.
    """
    overrides = {normalize(k): v for k, v in (overrides or {}).items()}
    texts = ["" if h is None else str(h).strip() for h in headers]
    chosen: dict[str, tuple[int, int]] = {}  # field -> (priority, column)
    result: list[str | None] = [None] * len(texts)
    unknown: list[str] = []
    duplicates: list[str] = []
    for column, text in enumerate(texts):
        if not text:
            continue
        key = normalize(text)
        if key in overrides:
            target = overrides[key] or None
            if target is not None and target in fields(kind):
                _claim(chosen, result, duplicates, texts, target, -1, column)
            continue
        found = field_for(kind, text)
        if found is None:
            unknown.append(text)
            continue
        _claim(chosen, result, duplicates, texts, found[0], found[1], column)
    return ColumnMapping(kind, header_row, texts, result, unknown, duplicates, val.unit_above(above))


def _claim(
    chosen: dict[str, tuple[int, int]],
    result: list[str | None],
    duplicates: list[str],
    texts: list[str],
    field_name: str,
    priority: int,
    column: int,
) -> None:
    previous = chosen.get(field_name)
    if previous is None:
        chosen[field_name] = (priority, column)
        result[column] = field_name
    elif priority < previous[0]:
        result[previous[1]] = None
        duplicates.append(texts[previous[1]])
        chosen[field_name] = (priority, column)
        result[column] = field_name
    else:
        duplicates.append(texts[column])


def is_total_row(row: Iterable[Any]) -> bool:
    """A row that is not a record: a totals row, whose first non-empty cell
    says Total / 合计 / Grand Total (3 records) / 共 2 条 (other cells may hold
    the sums), or a note alone in one of the first columns (a report's
    copyright and "Confidential" lines, 注：...)."""
    cells = row if isinstance(row, Sequence) else list(row)
    for index, cell in enumerate(cells):
        if cell is None or cell == "":
            continue
        if cell.__class__ is not str:
            return False
        text = cell.strip()
        if not text:
            continue
        if not text.casefold().startswith(_TOTAL_STARTS):  # the usual case: a key or a name
            return False
        return _says_total(text) or (index < _NOTE_COLUMNS and _is_note(text, cells, index))
    return False


def _says_total(text: str) -> bool:
    return (
        normalize(text).rstrip(":：") in TOTAL_WORDS
        or _TOTAL_TEXT.fullmatch(unicodedata.normalize("NFKC", text)) is not None
    )


def _is_note(text: str, cells: Sequence[Any], index: int) -> bool:
    if not _NOTE_TEXT.match(unicodedata.normalize("NFKC", text)):
        return False
    return all(val.is_blank(other) for other in cells[index + 1 :])


def shape_signature(kind: str, headers: Sequence[Any]) -> str:
    """A key for remembering manual mappings: the kind and its sorted headers."""
    return kind + ":" + "|".join(sorted(normalize(h) for h in headers if normalize(h)))

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../ui/account_form.py" line="222"/>
        <source>%1 orders, %2 in total</source>
        <translation>%1 笔订单，合计 %2</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="229"/>
        <source>%1, changed %2</source>
        <translation>%1，最后修改 %2</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="303"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="304"/>
        <source>Key</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="305"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="306"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="307"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="308"/>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="309"/>
        <source>Employees</source>
        <translation>员工人数</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="310"/>
        <location filename="../../ui/account_form.py" line="343"/>
        <source>Annual revenue</source>
        <translation>年营业收入</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="311"/>
        <source>Customer since</source>
        <translation>成为客户日期</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="312"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="313"/>
        <source>Industry growth %</source>
        <translation>行业增长率 %</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="314"/>
        <source>Decision nodes</source>
        <translation>决策节点数</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="315"/>
        <source>Industry leader</source>
        <translation>行业龙头</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="316"/>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="320"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="322"/>
        <source>A stable key that identifies the account in imports and exports.</source>
        <translation>稳定的客户编号，导入导出时用来识别客户。</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="325"/>
        <location filename="../../ui/review/content.py" line="80"/>
        <source>Prospect</source>
        <extracomment>Names of the pictures a section shows, drawn by :mod:`ui.review.charts` and the org-chart renderer.</extracomment>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="326"/>
        <location filename="../../ui/review/content.py" line="81"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="327"/>
        <location filename="../../ui/review/content.py" line="82"/>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="331"/>
        <source>Why?</source>
        <translation>为什么？</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="332"/>
        <source>Show how the tier models rate this account</source>
        <translation>查看分级模型如何评定该客户</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="333"/>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="333"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="333"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="336"/>
        <source>e.g. 12.5</source>
        <translation>例如 12.5</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="338"/>
        <source>How many approval steps a purchase passes at this customer (a tiering input).</source>
        <translation>该客户一次采购要经过几个审批环节（分级输入项）。</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="340"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="341"/>
        <source>This account and everything below it</source>
        <translation>本客户及其所有下级</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="342"/>
        <source>Accounts</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="344"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="345"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="347"/>
        <source>Select an account in the customer tree to see and edit its details.</source>
        <translation>在左侧客户树中选择一个客户，即可查看和编辑其详细信息。</translation>
    </message>
</context>
<context>
    <name>AccountTreeModel</name>
    <message>
        <location filename="../../ui/tree_model.py" line="281"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/tree_model.py" line="281"/>
        <source>Key</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/tree_model.py" line="281"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/tree_model.py" line="281"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="239"/>
        <source>New Action</source>
        <translation>新建行动</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="239"/>
        <source>Edit Action</source>
        <translation>编辑行动</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="245"/>
        <source>Nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="247"/>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="251"/>
        <source>Action:</source>
        <translation>行动：</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="252"/>
        <source>Objective:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="253"/>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="254"/>
        <source>Due:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="255"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../ui/tasks.py" line="63"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../ui/orgchart/view.py" line="72"/>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/view.py" line="73"/>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/view.py" line="74"/>
        <source>Fit to Window</source>
        <translation>适合窗口</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../ui/tier_charts.py" line="151"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/tier_charts.py" line="152"/>
        <source>Save this chart as a PNG picture, an SVG drawing or a PDF file</source>
        <translation>将此图表保存为 PNG 图片、SVG 矢量图或 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../ui/tier_charts.py" line="197"/>
        <location filename="../../ui/tier_charts.py" line="211"/>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../ui/tier_charts.py" line="219"/>
        <source>Choose a file name ending in .png, .svg or .pdf.</source>
        <translation>请选择以 .png、.svg 或 .pdf 结尾的文件名。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_charts.py" line="225"/>
        <source>The chart could not be saved to %1: %2</source>
        <translation>无法将图表保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>ClassifyDialog</name>
    <message>
        <location filename="../../ui/classify_dialog.py" line="429"/>
        <source>Apply the new tiers? %1 of %2 accounts change tier; each change is kept in the history.</source>
        <translation>应用新的等级？%2 个客户中有 %1 个等级变化；每次变化都会记入历史。</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="434"/>
        <location filename="../../ui/classify_dialog.py" line="835"/>
        <source>Apply Tiers</source>
        <translation>应用等级</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="445"/>
        <location filename="../../ui/classify_dialog.py" line="455"/>
        <source>Set Tier by Hand</source>
        <translation>手动设定等级</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="446"/>
        <source>Tier for %1:</source>
        <translation>%1 的等级：</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="456"/>
        <source>Why does %1 get tier %2? (required)</source>
        <translation>为什么把 %1 设为 %2 级？（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="463"/>
        <location filename="../../ui/classify_dialog.py" line="819"/>
        <source>Tier Classification</source>
        <translation>客户分级</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="492"/>
        <source>Classifying…</source>
        <translation>正在分级…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="493"/>
        <source>Classifying accounts…</source>
        <translation>正在为客户分级…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="521"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="526"/>
        <source>Unexpected problem: %1</source>
        <translation>意外问题：%1</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="535"/>
        <source>%1 as of %2: %3. %4 accounts would change tier against the applied tiers.</source>
        <translation>%1，截至 %2：%3。与当前等级相比，将有 %4 个客户等级变化。</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="575"/>
        <source>Scoring RFM…</source>
        <translation>正在计算 RFM 评分…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="606"/>
        <source>Select an account to see how its tier was reached.</source>
        <translation>选择一个客户，查看其等级是如何得出的。</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="611"/>
        <source>%1 (%2): tier %3</source>
        <translation>%1（%2）：%3 级</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="616"/>
        <source>The model alone said: %1</source>
        <translation>模型本身的结论：%1</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="620"/>
        <source>Dimension scores: %1</source>
        <translation>维度得分：%1</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="627"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="648"/>
        <source>Tier history: none yet (tiers not applied).</source>
        <translation>等级历史：暂无（尚未应用等级）。</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="649"/>
        <source>Tier history:</source>
        <translation>等级历史：</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="660"/>
        <source>Revenue in window</source>
        <translation>统计期内收入</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="661"/>
        <source>Orders in window</source>
        <translation>统计期内订单数</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="662"/>
        <source>Average order</source>
        <translation>平均订单金额</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="663"/>
        <source>Days since last order</source>
        <translation>距上次下单天数</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="664"/>
        <source>Entities rolled up</source>
        <translation>汇总的实体数</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="714"/>
        <source>No classified account matches “%1”.</source>
        <translation>没有已分级的客户匹配“%1”。</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="732"/>
        <source>Saved: the database classifies with these settings from now on.</source>
        <translation>已保存：此后本数据库按这些设置分级。</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="751"/>
        <source>Applying tiers…</source>
        <translation>正在应用等级…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="755"/>
        <source>Applied: %1 accounts changed tier.</source>
        <translation>已应用：%1 个客户等级发生变化。</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="775"/>
        <source>Checking tier health…</source>
        <translation>正在检查分级健康度…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="785"/>
        <source>no accounts to measure</source>
        <translation>无可统计的客户</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="787"/>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="787"/>
        <source>not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="820"/>
        <source>As of</source>
        <translation>截至日期</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="821"/>
        <source>Save as Database Settings</source>
        <translation>保存为数据库设置</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="822"/>
        <source>Classify with these settings from now on, here and on the command line.</source>
        <translation>此后在这里和命令行中都按这些设置分级。</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="823"/>
        <source>Defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="828"/>
        <source>All accounts</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="828"/>
        <source>Only accounts that change tier</source>
        <translation>只看等级变化的客户</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="828"/>
        <source>Only tiers set by hand</source>
        <translation>只看手动设定的等级</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="832"/>
        <source>Find by key or name, then Enter</source>
        <translation>按编号或名称查找，回车确认</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="833"/>
        <source>Set Tier by Hand…</source>
        <translation>手动设定等级…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="834"/>
        <source>Let the Model Decide</source>
        <translation>交由模型评定</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="836"/>
        <source>Make these the accounts&apos; tiers; every change is kept in the history.</source>
        <translation>把这些设为客户的等级；每次变化都记入历史。</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="837"/>
        <location filename="../../ui/classify_dialog.py" line="856"/>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="838"/>
        <source>Movement</source>
        <translation>等级迁移</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="839"/>
        <source>Pareto Curve</source>
        <translation>帕累托曲线</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="840"/>
        <source>RFM Grid</source>
        <translation>RFM 网格</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="841"/>
        <source>Health and Risk</source>
        <translation>健康度与风险</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="842"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="843"/>
        <source>Tier changes from</source>
        <translation>统计等级变化自</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="844"/>
        <source>Risk signals as of the classification date</source>
        <translation>截至分级日期的风险信号</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="847"/>
        <source>Criterion</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="848"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="849"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="850"/>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="851"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="852"/>
        <source>Share of score %</source>
        <translation>占总分 %</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="856"/>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="856"/>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="856"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="856"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="859"/>
        <source>Key</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="859"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="859"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="859"/>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="859"/>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="859"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/contact_dialog.py" line="403"/>
        <source>New Contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="403"/>
        <source>Edit Contact — %1</source>
        <translation>编辑联系人 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="404"/>
        <source>Person</source>
        <translation>人员信息</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="405"/>
        <source>Power map</source>
        <translation>权力地图</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="406"/>
        <source>Influence and conflict lines</source>
        <translation>影响与冲突连线</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="408"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="409"/>
        <source>Reports to:</source>
        <translation>汇报给：</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="410"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="413"/>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="416"/>
        <source>Nobody (top of the chart)</source>
        <translation>无（位于架构图顶层）</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="419"/>
        <source>Nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="421"/>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="422"/>
        <source> of 5</source>
        <translation> / 5</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="426"/>
        <source>%1 (inactive)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="428"/>
        <source>Nobody on our side</source>
        <translation>我方无人负责</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="430"/>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="431"/>
        <source>Edit Link…</source>
        <translation>编辑连线…</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="432"/>
        <source>Delete Link</source>
        <translation>删除连线</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="433"/>
        <source>Line</source>
        <translation>连线</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="433"/>
        <source>Other person</source>
        <translation>对方</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="433"/>
        <source>Strength</source>
        <translation>强度</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="433"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="523"/>
        <source>Influenced by</source>
        <translation>受其影响</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <location filename="../../ui/powermap_panels.py" line="66"/>
        <source>Influential people held by someone on our side</source>
        <translation>高影响力人物有我方负责人</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="67"/>
        <source>Key roles identified</source>
        <translation>关键角色已识别</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="68"/>
        <source>Key relationships working and recent</source>
        <translation>关键关系良好且近期有联系</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="199"/>
        <source>Thresholds (kept with the data, for every account)</source>
        <translation>阈值（随数据保存，适用于所有客户）</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="200"/>
        <source>A relationship is stale after</source>
        <translation>关系超过以下时间未联系即视为陈旧：</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="201"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="202"/>
        <source>Influential from</source>
        <translation>高影响力起点：</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="203"/>
        <source> of 5</source>
        <translation> / 5</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="204"/>
        <source>Save Thresholds</source>
        <translation>保存阈值</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="205"/>
        <source>Accounts of the group</source>
        <translation>集团下属客户</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="206"/>
        <location filename="../../ui/powermap_panels.py" line="210"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="207"/>
        <source>Findings</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="208"/>
        <source>Click a person to show them in the org chart.</source>
        <translation>点击人员可在组织架构图中定位。</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="210"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Influential, no owner</source>
        <translation type="vanished">高影响力无负责人</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="210"/>
        <source>Weak</source>
        <translation>关系弱</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="210"/>
        <source>Uncovered</source>
        <translation>未覆盖</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="211"/>
        <source>Stale</source>
        <translation>陈旧</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="211"/>
        <source>Roles missing</source>
        <translation>缺失角色</translation>
    </message>
    <message>
        <source>Influential opponents</source>
        <translation type="vanished">高影响力反对者</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="211"/>
        <source>Opponents</source>
        <translation>反对者</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="213"/>
        <source>Part</source>
        <translation>组成部分</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="213"/>
        <source>Covered</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="213"/>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="213"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="214"/>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="214"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="214"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="214"/>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="281"/>
        <source>Whole group</source>
        <translation>整个集团</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="305"/>
        <source>The whole group, as one map</source>
        <translation>整个集团（合并为一张地图）</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="308"/>
        <source>Coverage score: %1 / 100</source>
        <translation>覆盖得分：%1 / 100</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="310"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="319"/>
        <source>Minus %1 points: influential opponents nobody on our side holds.</source>
        <translation>扣 %1 分：有我方无人负责的高影响力反对者。</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="323"/>
        <source>No penalty: every influential opponent is held by someone.</source>
        <translation>无扣分：每位高影响力反对者都有我方负责人。</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="405"/>
        <location filename="../../ui/powermap_panels.py" line="341"/>
        <source>Influential opponent</source>
        <translation>高影响力反对者</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="406"/>
        <location filename="../../ui/powermap_panels.py" line="342"/>
        <source>Influential, nobody on our side</source>
        <translation>影响力大，我方无人负责</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="407"/>
        <location filename="../../ui/powermap_panels.py" line="343"/>
        <source>Weak relationship</source>
        <translation>关系薄弱</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="408"/>
        <location filename="../../ui/powermap_panels.py" line="344"/>
        <source>Stale relationship</source>
        <translation>关系陈旧</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="440"/>
        <location filename="../../ui/powermap_panels.py" line="345"/>
        <source>Role missing</source>
        <translation>缺失角色</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="443"/>
        <location filename="../../ui/powermap_panels.py" line="353"/>
        <source>Nobody is known as %1.</source>
        <translation>尚未识别%1。</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="357"/>
        <source>%1, influence %2</source>
        <translation>%1，影响力 %2</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="360"/>
        <source>; nobody on our side holds them</source>
        <translation>；我方无人负责</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="424"/>
        <location filename="../../ui/powermap_panels.py" line="362"/>
        <source>Influence %1 of 5</source>
        <translation>影响力 %1 / 5</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="430"/>
        <location filename="../../ui/powermap_panels.py" line="367"/>
        <source>Last contact %1 (over %2 days ago)</source>
        <translation>最近联系 %1（超过 %2 天）</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="434"/>
        <location filename="../../ui/powermap_panels.py" line="368"/>
        <source>Never contacted</source>
        <translation>从未联系</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <source>Share of revenue</source>
        <extracomment>Item data role under which a cell offers its allowed values as ``[(value, label), ...]``; :class:`ChoiceDelegate` edits such a cell with a combo box. The order the model chooser lists the models in (the default first).</extracomment>
        <translation type="vanished">收入占比</translation>
    </message>
    <message>
        <source>Purchase cycle</source>
        <translation type="vanished">采购周期</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation type="vanished">复购次数</translation>
    </message>
    <message>
        <source>On-time payment rate</source>
        <translation type="vanished">按时回款率</translation>
    </message>
    <message>
        <source>Interactions per year</source>
        <translation type="vanished">年互动次数</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="vanished">转介绍次数</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="vanished">反馈次数</translation>
    </message>
    <message>
        <source>Industry growth</source>
        <translation type="vanished">行业增长率</translation>
    </message>
    <message>
        <source>Size within industry</source>
        <translation type="vanished">行业内规模排名</translation>
    </message>
    <message>
        <source>Decision nodes</source>
        <translation type="vanished">决策节点数</translation>
    </message>
    <message>
        <source>Industry leader</source>
        <translation type="vanished">行业龙头</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="257"/>
        <source>Revenue in the window as a share of the revenue of all accounts.</source>
        <extracomment>Item data role under which a cell offers its allowed values as ``[(value, label), ...]``; :class:`ChoiceDelegate` edits such a cell with a combo box. The order the model chooser lists the models in (the default first).</extracomment>
        <translation>统计周期内的收入占全部客户收入的比例。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="258"/>
        <source>Mean days between orders in the window.</source>
        <translation>统计周期内相邻两笔订单的平均间隔天数。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="259"/>
        <source>Orders in the window minus one.</source>
        <translation>统计周期内的订单数减一。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="260"/>
        <source>Share of due orders paid by their due date.</source>
        <translation>已到期订单中按期回款的比例。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="261"/>
        <source>Interactions in the window, scaled to twelve months.</source>
        <translation>统计周期内的互动次数，折算为 12 个月。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="262"/>
        <source>Referrals the account made in the window.</source>
        <translation>客户在统计周期内的转介绍次数。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="263"/>
        <source>Feedback the account gave in the window.</source>
        <translation>客户在统计周期内提供反馈的次数。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="264"/>
        <source>Yearly growth of the account&apos;s industry.</source>
        <translation>客户所在行业的年增长率。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="265"/>
        <source>Size rank within its industry: 100 is the largest.</source>
        <translation>在本行业内的规模百分位排名：100 为最大。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="266"/>
        <source>Approval steps a purchase passes at the customer.</source>
        <translation>客户内部采购需经过的审批环节数。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="267"/>
        <source>1 if the account leads its industry, 0 if not.</source>
        <translation>客户是行业龙头为 1，否则为 0。</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="vanished">交易</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation type="vanished">行为</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation type="vanished">潜力</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="275"/>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="275"/>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="280"/>
        <location filename="../../ui/tier_settings_editor.py" line="281"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="282"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="283"/>
        <source>count</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="284"/>
        <source>per year</source>
        <translation>次/年</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="285"/>
        <source>percentile</source>
        <translation>百分位</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="286"/>
        <source>1 = yes</source>
        <translation>1 = 是</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="304"/>
        <source>Criterion</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="305"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="306"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="307"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="308"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="309"/>
        <source>Bands</source>
        <translation>分档（阈值:得分）</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="310"/>
        <source>Otherwise</source>
        <translation>未达档得分</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="314"/>
        <source>Weight of the criterion within its dimension; 0 switches it off.</source>
        <translation>该指标在所属维度内的权重；设为 0 即停用该指标。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="315"/>
        <source>The unit of the thresholds; shares are written in percent.</source>
        <translation>阈值的单位；占比按百分数填写。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="316"/>
        <source>Threshold:points pairs from best to worst, e.g. 15:100, 5:60.</source>
        <translation>“阈值:得分”组合，从最好到最差排列，例如 15:100, 5:60。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="317"/>
        <source>Points for a value that reaches none of the bands.</source>
        <translation>未达到任何分档时的得分。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="406"/>
        <source>%1% of the %2 dimension</source>
        <translation>占“%2”维度的 %1%</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="411"/>
        <source>A value at or above a threshold earns that band&apos;s points; the first band reached counts.</source>
        <translation>数值达到或高于阈值即得该档分数；按顺序取首个达到的分档。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="413"/>
        <source>A value at or below a threshold earns that band&apos;s points; the first band reached counts.</source>
        <translation>数值达到或低于阈值即得该档分数；按顺序取首个满足的分档。</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../ui/exchange_labels.py" line="14"/>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="15"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="16"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="17"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="18"/>
        <source>Interactions</source>
        <translation>互动记录</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="19"/>
        <source>Tier history</source>
        <translation>分级历史</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="20"/>
        <source>Tiers set by hand</source>
        <translation>手动等级</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="21"/>
        <source>Contact links</source>
        <translation>联系人连线</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="22"/>
        <source>Power map snapshots</source>
        <translation>权力地图快照</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="23"/>
        <source>Iron triangles</source>
        <translation>铁三角</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="24"/>
        <source>Account plans</source>
        <translation>客户计划</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="25"/>
        <source>Plan objectives</source>
        <translation>计划目标</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="26"/>
        <source>Plan actions</source>
        <translation>计划行动</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="27"/>
        <source>Plan risks</source>
        <translation>计划风险</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="32"/>
        <source>Key</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="33"/>
        <source>Account key</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="34"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="35"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="36"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="37"/>
        <source>Buying role</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="38"/>
        <source>Influence</source>
        <translation>影响力</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="39"/>
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="40"/>
        <source>Relationship layer</source>
        <translation>关系层级</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="41"/>
        <source>Relationship strength</source>
        <translation>关系强度</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="42"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="43"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="44"/>
        <source>Owner key</source>
        <translation>负责人编号</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="45"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="49"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="50"/>
        <source>Parent key</source>
        <translation>上级客户编号</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="51"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="52"/>
        <location filename="../../ui/exchange_labels.py" line="94"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="53"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="54"/>
        <source>Employees</source>
        <translation>员工人数</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="55"/>
        <source>Annual revenue</source>
        <translation>年营业收入</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="56"/>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="57"/>
        <source>Customer since</source>
        <translation>成为客户日期</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="59"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="60"/>
        <source>Changed</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="61"/>
        <source>Industry growth %</source>
        <translation>行业增长率%</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="62"/>
        <source>Decision nodes</source>
        <translation>决策节点数</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="63"/>
        <source>Industry leader</source>
        <translation>行业龙头</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="64"/>
        <location filename="../../ui/exchange_labels.py" line="126"/>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="65"/>
        <source>Tier score</source>
        <translation>分级得分</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="66"/>
        <source>Tier model</source>
        <translation>分级模型</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="67"/>
        <source>Tier set on</source>
        <translation>分级日期</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="72"/>
        <location filename="../../ui/exchange_labels.py" line="90"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="73"/>
        <location filename="../../ui/exchange_labels.py" line="143"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="74"/>
        <location filename="../../ui/exchange_labels.py" line="144"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="75"/>
        <location filename="../../ui/exchange_labels.py" line="145"/>
        <source>Reports to key</source>
        <translation>汇报对象编号</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="77"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="79"/>
        <source>Dotted-line manager key</source>
        <translation>虚线上级编号</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="84"/>
        <location filename="../../ui/exchange_labels.py" line="150"/>
        <source>Relationship owner</source>
        <translation>关系负责人</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="86"/>
        <source>Last contact</source>
        <translation>最近联系日期</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="92"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="93"/>
        <source>Triangle roles</source>
        <translation>铁三角角色</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="95"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="101"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="102"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="103"/>
        <source>Paid date</source>
        <translation>回款日期</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="108"/>
        <location filename="../../ui/exchange_labels.py" line="141"/>
        <source>Contact key</source>
        <translation>联系人编号</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="110"/>
        <location filename="../../ui/exchange_labels.py" line="133"/>
        <location filename="../../ui/exchange_labels.py" line="181"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="111"/>
        <location filename="../../ui/exchange_labels.py" line="135"/>
        <source>Note</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="116"/>
        <source>From tier</source>
        <translation>原等级</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="117"/>
        <source>To tier</source>
        <translation>新等级</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="118"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="119"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="120"/>
        <location filename="../../ui/exchange_labels.py" line="127"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="121"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="122"/>
        <source>Rule values</source>
        <translation>规则参数</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="131"/>
        <source>From contact key</source>
        <translation>来源联系人编号</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="132"/>
        <source>To contact key</source>
        <translation>目标联系人编号</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="134"/>
        <source>Strength</source>
        <translation>强度</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="140"/>
        <source>Label</source>
        <translation>快照名称</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="142"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="155"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="156"/>
        <source>Member key</source>
        <translation>成员编号</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="157"/>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="158"/>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="164"/>
        <source>Challenges</source>
        <translation>挑战</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="165"/>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="166"/>
        <source>Our strengths</source>
        <translation>我方优势</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="167"/>
        <source>Our weaknesses</source>
        <translation>我方劣势</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="168"/>
        <source>Industry trends</source>
        <translation>行业趋势</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="169"/>
        <source>Fit: business network</source>
        <translation>匹配度：业务网络</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="170"/>
        <source>Fit: business model</source>
        <translation>匹配度：商业模式</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="171"/>
        <source>Fit: decision-maker relationships</source>
        <translation>匹配度：决策层关系</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="172"/>
        <source>Fit: industry trend</source>
        <translation>匹配度：行业趋势</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="173"/>
        <source>Fit: competitive situation</source>
        <translation>匹配度：竞争态势</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="174"/>
        <source>Fit: financial health</source>
        <translation>匹配度：财务健康</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="175"/>
        <source>Fit: solution fit</source>
        <translation>匹配度：方案匹配</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="180"/>
        <location filename="../../ui/exchange_labels.py" line="191"/>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="182"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="186"/>
        <source>Progress %</source>
        <translation>进度%</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="192"/>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="200"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="201"/>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="202"/>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="203"/>
        <source>Mitigation</source>
        <translation>应对措施</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../ui/import_messages.py" line="15"/>
        <source>The value cannot be negative.</source>
        <translation>该值不能为负数。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="16"/>
        <source>&apos;%1&apos; is not an amount.</source>
        <translation>“%1”不是金额。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="17"/>
        <source>&apos;%1&apos; is implausibly large.</source>
        <translation>“%1”大得不合常理。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="18"/>
        <source>&apos;%1&apos; is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="19"/>
        <source>&apos;%1&apos; is not a date.</source>
        <translation>“%1”不是日期。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="20"/>
        <source>The cell shows the spreadsheet error %1; fix the formula or type the value.</source>
        <translation>单元格显示表格错误 %1；请修正公式或直接填写数值。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="23"/>
        <source>The cell holds a formula whose result the file does not keep; open the file in your spreadsheet program, save it, and import it again.</source>
        <translation>该单元格是公式，但文件中没有保存计算结果；请在表格软件中打开并保存该文件后再导入。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="28"/>
        <source>%1 is not a real calendar date.</source>
        <translation>%1 不是一个真实存在的日期。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="29"/>
        <source>&apos;%1&apos; is neither yes nor no.</source>
        <translation>“%1”既不是“是”也不是“否”。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="30"/>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="31"/>
        <source>&apos;%1&apos; is not a tier (A, B, C or D).</source>
        <translation>“%1”不是有效等级（A、B、C 或 D）。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="32"/>
        <source>The rule values are not readable (an export writes them); leave the cell empty.</source>
        <translation>规则参数无法读取（它们由导出写入）；请将该单元格留空。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="35"/>
        <source>&apos;%1&apos; is outside -1000 to 1000.</source>
        <translation>“%1”超出 -1000 到 1000 的范围。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="36"/>
        <source>&apos;%1&apos; is not a lifecycle stage (prospect, customer, lost).</source>
        <translation>“%1”不是有效的生命周期阶段（潜在客户、客户、已流失）。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="39"/>
        <source>&apos;%1&apos; is not a kind of interaction.</source>
        <translation>“%1”不是有效的互动类型。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="40"/>
        <source>The text is longer than %2 characters.</source>
        <translation>文本超过 %2 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="41"/>
        <source>This value is required.</source>
        <translation>此项为必填。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="42"/>
        <source>This record appears twice in the file (first in row %3).</source>
        <translation>此记录在文件中重复出现（首次出现在第 %3 行）。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="45"/>
        <source>Several stored accounts have this name; give the key.</source>
        <translation>有多个现有客户使用此名称，请提供编号。</translation>
    </message>
    <message>
        <source>%2 rows are deals not won (%1); they were not imported as orders.</source>
        <translation type="vanished">有 %2 行是未赢单的商机（%1），未作为订单导入。</translation>
    </message>
    <message>
        <source>%2 rows have a stage not known as won or lost (%1); they were imported as orders.</source>
        <translation type="vanished">有 %2 行的阶段无法判断是赢单还是输单（%1），已作为订单导入。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="46"/>
        <source>The account %4 has this name too; a reference by this name needs the key.</source>
        <translation>客户 %4 也叫这个名称；按名称引用时需要填写编号。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="49"/>
        <source>Lines below the table (%1), %2 in all, were not read as records.</source>
        <translation>表格下方的文字（%1）共 %2 行，不是记录，未导入。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="52"/>
        <source>Deals not won (%1), %2 row(s), were not imported as orders.</source>
        <translation>未赢单的商机（%1）共 %2 行，未作为订单导入。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="53"/>
        <source>Stages not known as won or lost (%1), %2 row(s), were imported as orders.</source>
        <translation>无法判断赢单或输单的阶段（%1）共 %2 行，已作为订单导入。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="56"/>
        <source>Several stored contacts of this account have this name; give the key.</source>
        <translation>该客户下有多位同名的已存联系人；请填写编号以指明是哪一位。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="59"/>
        <source>Matched a stored account by name; its key %4 is kept.</source>
        <translation>已按名称匹配到现有客户，保留其编号 %4。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="62"/>
        <source>The same name appears in row %3; both rows are imported.</source>
        <translation>第 %3 行有相同名称，两行都会导入。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="65"/>
        <source>No account has the key or name &apos;%5&apos;.</source>
        <translation>没有编号或名称为“%5”的客户。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="66"/>
        <source>Several records are called &apos;%5&apos;; use the key.</source>
        <translation>有多条记录名为“%5”，请使用编号。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="67"/>
        <source>No contact has the key or name &apos;%5&apos; in this account.</source>
        <translation>该客户下没有编号或姓名为“%5”的联系人。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="68"/>
        <source>The references loop back to this row (A under B under A).</source>
        <translation>引用关系形成了循环（A 属于 B，B 又属于 A）。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="69"/>
        <source>The sheet is hidden and was not imported.</source>
        <translation>该工作表已隐藏，未导入。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="70"/>
        <source>No known columns were found; the sheet was not imported.</source>
        <translation>未找到可识别的列，该工作表未导入。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="73"/>
        <source>Another sheet holds the same kind of records; both are read.</source>
        <translation>另一个工作表包含同类记录，两者都会读取。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="76"/>
        <source>Another column gives the same field; this one was ignored.</source>
        <translation>另一列已提供同一字段，此列被忽略。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="79"/>
        <source>The sheet has no column for a required field (%6).</source>
        <translation>该工作表缺少必填字段（%6）的列。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="80"/>
        <source>The sheet has headers but no data rows.</source>
        <translation>该工作表只有表头，没有数据行。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="81"/>
        <source>The file holds no records to import.</source>
        <translation>文件中没有可导入的记录。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="82"/>
        <source>&apos;%1&apos; is not a buying role (decision maker, economic buyer, technical buyer, user, coach, gatekeeper, influencer).</source>
        <translation>“%1”不是采购角色（决策者、经济决策者、技术评估者、使用者、教练、把关者、影响者）。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="87"/>
        <source>&apos;%1&apos; is not an attitude (opponent, sceptic, neutral, supporter, champion, or -2 to 2).</source>
        <translation>“%1”不是态度（反对者、怀疑者、中立、支持者、拥护者，或 -2 到 2）。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="90"/>
        <source>&apos;%1&apos; is not a relationship layer (key person, broad, organisational).</source>
        <translation>“%1”不是关系层级（关键客户关系、普遍客户关系、组织客户关系）。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="93"/>
        <source>&apos;%1&apos; is not a relationship strength (none, weak, working, strong, trusted, or 0 to 4).</source>
        <translation>“%1”不是关系强度（无关系、弱、一般、强、信任，或 0 到 4）。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="96"/>
        <source>&apos;%1&apos; is not a kind of link (influence, conflict).</source>
        <translation>“%1”不是关系线类型（影响、冲突）。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="97"/>
        <source>&apos;%1&apos; is outside %7 to %8.</source>
        <translation>“%1”不在 %7 到 %8 之间。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="98"/>
        <source>No team member has the key or name &apos;%5&apos;.</source>
        <translation>没有编号或姓名为“%5”的团队成员。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="99"/>
        <source>A contact cannot be linked to themselves.</source>
        <translation>联系人不能与自己建立关系线。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="120"/>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="121"/>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="122"/>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="123"/>
        <source>%1 is not a spreadsheet, or it is damaged.</source>
        <translation>%1 不是电子表格，或已损坏。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="124"/>
        <source>%1 is damaged or incomplete.</source>
        <translation>%1 已损坏或不完整。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="125"/>
        <source>%1 is protected with a password. Open it in your spreadsheet program, remove the password, save it, and import it again.</source>
        <translation>%1 设有密码保护。请在电子表格软件中打开，取消密码并保存后再导入。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="130"/>
        <source>%1 unpacks to a suspicious size (a zip bomb?); it was not opened.</source>
        <translation>%1 解压后大小异常（可能是压缩炸弹），已拒绝打开。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="133"/>
        <source>%1 declares XML entities, which spreadsheets never need; it was not opened.</source>
        <translation>%1 声明了 XML 实体（正常的电子表格从不需要），已拒绝打开。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="136"/>
        <source>%1 is too large to import.</source>
        <translation>%1 太大，无法导入。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="137"/>
        <source>The text of %1 is neither UTF-8, UTF-16, GBK/GB18030 nor Windows-1252 (Western European).</source>
        <translation>%1 的文本编码既不是 UTF-8、UTF-16、GBK/GB18030，也不是 Windows-1252（西欧）。</translation>
    </message>
    <message>
        <source>The text of %1 is neither UTF-8 nor GBK/GB18030.</source>
        <translation type="vanished">%1 的文本编码既不是 UTF-8，也不是 GBK/GB18030。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="140"/>
        <source>%1 could not be written; nothing was changed.</source>
        <translation>无法写入 %1，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="73"/>
        <source>Import — %1</source>
        <translation>导入 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="144"/>
        <source>Sheets</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="145"/>
        <source>Columns not recognised — choose a field, or leave them ignored</source>
        <translation>未识别的列——请选择对应字段，或保持忽略</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="146"/>
        <source>What the import will do</source>
        <translation>导入将执行的操作</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="147"/>
        <location filename="../../ui/import_dialog.py" line="439"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="148"/>
        <source>Save Problems…</source>
        <translation>保存问题列表…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="149"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="150"/>
        <location filename="../../ui/import_dialog.py" line="151"/>
        <location filename="../../ui/import_dialog.py" line="159"/>
        <location filename="../../ui/import_dialog.py" line="164"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="150"/>
        <source>Read as</source>
        <translation>识别为</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="150"/>
        <source>Header row</source>
        <translation>表头行</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="150"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="151"/>
        <location filename="../../ui/import_dialog.py" line="164"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="151"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="154"/>
        <source>Records</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="155"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="156"/>
        <source>Key</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="157"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="158"/>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="160"/>
        <location filename="../../ui/import_dialog.py" line="164"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="164"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="164"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="174"/>
        <location filename="../../ui/import_dialog.py" line="175"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="180"/>
        <source>Checking the file…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="253"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="253"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="280"/>
        <source>(hidden, skipped)</source>
        <translation>（隐藏，已跳过）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="281"/>
        <source>(skipped)</source>
        <translation>（已跳过）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="282"/>
        <source>(not recognised)</source>
        <translation>（无法识别）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="288"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="288"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="310"/>
        <source>%1: %2 new, %3 changed, %4 unchanged</source>
        <translation>%1：新增 %2，修改 %3，不变 %4</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="316"/>
        <source>Nothing to import.</source>
        <translation>没有可导入的内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="321"/>
        <source>%n problem(s) must be fixed in the file before it can be imported; nothing has been written.</source>
        <translation>
            <numerusform>文件中有 %n 个问题需要先修正才能导入；尚未写入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="328"/>
        <source>Nothing has been written yet. Press Import to write all of it at once.</source>
        <translation>尚未写入任何数据。点击“导入”将一次性全部写入。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="334"/>
        <source>(skip this sheet)</source>
        <translation>（跳过此工作表）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="343"/>
        <source>(ignore this column)</source>
        <translation>（忽略此列）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="346"/>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="347"/>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="348"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="349"/>
        <source>Deal stage (only won deals are orders)</source>
        <translation>商机阶段（仅赢单计为订单）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="401"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="420"/>
        <source>Something went wrong: %1</source>
        <translation>出现错误：%1</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="450"/>
        <source>Save Problems</source>
        <translation>保存问题列表</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="452"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>IronTriangleWindow</name>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="351"/>
        <source>Changes take effect on:</source>
        <translation>变更生效日期：</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="352"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="353"/>
        <source>Drag a member onto a seat.</source>
        <translation>将成员拖到席位上。</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="354"/>
        <source>Assignment history</source>
        <translation>任职记录</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="355"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="355"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="355"/>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="355"/>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="393"/>
        <source>Iron Triangle</source>
        <translation>铁三角</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="394"/>
        <source>Select an account in the customer tree.</source>
        <translation>请在客户树中选择一个客户。</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="397"/>
        <source>%1 — Iron Triangle</source>
        <translation>%1 — 铁三角</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="400"/>
        <source>Tier: %1</source>
        <translation>等级：%1</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="402"/>
        <source>requires %1</source>
        <translation>需要 %1</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="404"/>
        <source>no seat required</source>
        <translation>无必需席位</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="406"/>
        <source>missing: %1</source>
        <translation>缺：%1</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="420"/>
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="446"/>
        <source>Empty the %1 seat</source>
        <translation>清空 %1 席位</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="449"/>
        <source>Make %1 the %2</source>
        <translation>由 %1 担任 %2</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../ui/contact_dialog.py" line="65"/>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="66"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="67"/>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="173"/>
        <source>Edit Link</source>
        <translation>编辑连线</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="175"/>
        <source>Add Influence</source>
        <translation>添加影响关系</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="177"/>
        <source>Add Conflict</source>
        <translation>添加冲突关系</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="179"/>
        <source>Whom does %1 influence?</source>
        <translation>%1 影响谁？</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="181"/>
        <source>With whom is %1 in conflict?</source>
        <translation>%1 与谁存在冲突？</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="182"/>
        <source>Other person:</source>
        <translation>对方：</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="183"/>
        <source>Strength:</source>
        <translation>强度：</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="184"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="220"/>
        <source>Choose the other person.</source>
        <translation>请选择对方。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="235"/>
        <source>The database was upgraded; the previous version was saved as %1.</source>
        <translation>数据库已升级；升级前的版本已备份为 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>%1 — Account Planner</source>
        <translation>%1 — 客户规划</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>%1 accounts · %2 contacts · %3 orders · %4 interactions</source>
        <translation>%1 个客户 · %2 位联系人 · %3 笔订单 · %4 次互动</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="370"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="372"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373"/>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="374"/>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="375"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376"/>
        <source>&amp;Backup…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="377"/>
        <source>&amp;Import from Excel or CSV…</source>
        <translation>从 Excel 或 CSV 导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378"/>
        <source>&amp;Export to Excel…</source>
        <translation>导出到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="379"/>
        <source>Export &amp;Review Pack…</source>
        <translation>导出评审资料(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="381"/>
        <source>A PDF of the selected account for its review: tier, iron triangle, people, plan, revenue and changes</source>
        <translation>所选客户的评审 PDF：级别、铁三角、人员、计划、收入及变化</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="384"/>
        <source>New &amp;Top-Level Account</source>
        <translation>新建顶层客户(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385"/>
        <source>New &amp;Sub-Account</source>
        <translation>新建下级客户(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="386"/>
        <source>New Account at the Same &amp;Level</source>
        <translation>新建同级客户(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="387"/>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="388"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="389"/>
        <source>&amp;Find Account</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="390"/>
        <source>&amp;Collapse All</source>
        <translation>全部折叠(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="391"/>
        <source>&amp;Account</source>
        <translation>客户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392"/>
        <source>&amp;Org Chart and Power Map…</source>
        <translation>组织架构与权力地图(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="394"/>
        <source>The people of the selected account: org chart, power grid, coverage and snapshots</source>
        <translation>所选客户的人员：组织架构图、权力矩阵、关系覆盖和快照</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="396"/>
        <source>&amp;Tiers</source>
        <translation>客户分级(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="397"/>
        <source>&amp;Classify Accounts…</source>
        <translation>客户分级评定(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="398"/>
        <source>&amp;Why This Tier?</source>
        <translation>为什么是这个等级(&amp;W)？</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="399"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="400"/>
        <source>System Default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="403"/>
        <source>&amp;About Account Planner</source>
        <translation>关于客户规划(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="404"/>
        <source>Search by name, key or industry</source>
        <translation>按名称、编号或行业搜索</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="421"/>
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U) %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="422"/>
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R) %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="522"/>
        <source>Account Planner</source>
        <translation>客户规划</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="541"/>
        <source>New account</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="541"/>
        <source>Add account</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="553"/>
        <source>Rename account</source>
        <translation>重命名客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="556"/>
        <source>Move account</source>
        <translation>移动客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="559"/>
        <location filename="../../ui/main_window.py" line="608"/>
        <source>Delete account</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="573"/>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="611"/>
        <source>“%1” has sub-accounts. What should happen to them?</source>
        <translation>“%1”有下级客户。要如何处理它们？</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="616"/>
        <source>Contacts, orders and interactions of deleted accounts are deleted too. You can undo this.</source>
        <translation>被删除客户的联系人、订单和互动记录也会一并删除。此操作可以撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="622"/>
        <source>Delete Everything Below Too</source>
        <translation>连同所有下级一起删除</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="626"/>
        <source>Move Sub-Accounts Up a Level</source>
        <translation>下级客户上移一级</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="631"/>
        <source>Delete “%1” with its contacts, orders and interactions?</source>
        <translation>删除“%1”及其联系人、订单和互动记录？</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="635"/>
        <source>You can undo this.</source>
        <translation>此操作可以撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="637"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="704"/>
        <source>%n account(s) found</source>
        <translation>
            <numerusform>找到 %n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="791"/>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="793"/>
        <source>Tier %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="794"/>
        <source>Not classified</source>
        <translation>未分级</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="797"/>
        <source>Show only accounts of this tier</source>
        <translation>只显示该等级的客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="819"/>
        <source>%1 exists already. Choose another name, or use Open Database.</source>
        <translation>%1 已存在。请换一个文件名，或使用“打开数据库”。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="842"/>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="844"/>
        <source>Account Planner databases (*.sqlite *.db)</source>
        <translation>客户规划数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="853"/>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="855"/>
        <source>Account Planner databases (*.sqlite *.db);;All files (*)</source>
        <translation>客户规划数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="863"/>
        <source>Back Up Database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="865"/>
        <source>Account Planner databases (*.sqlite)</source>
        <translation>客户规划数据库 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="872"/>
        <source>Only database files can be backed up here.</source>
        <translation>这里只能备份数据库文件。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="879"/>
        <source>Choose another file: a backup cannot replace the database itself.</source>
        <translation>请选择其他文件：备份不能覆盖数据库本身。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="886"/>
        <source>Backup saved to %1.</source>
        <translation>备份已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="909"/>
        <source>No other recent databases</source>
        <translation>没有其他最近打开的数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="936"/>
        <source>Import finished.</source>
        <translation>导入完成。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="953"/>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="955"/>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="986"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="988"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.xlsm *.xls *.ods *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="996"/>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="998"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1036"/>
        <source>Welcome to Account Planner</source>
        <translation>欢迎使用客户规划</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1037"/>
        <source>Your database is empty. Load a demo portfolio of 300 customer accounts, with contacts, orders and interactions, to try the program? You can open a new, empty database at any time from the File menu.</source>
        <translation>您的数据库还是空的。要载入一个包含 300 个客户及其联系人、订单和互动记录的演示组合来试用吗？您随时可以从“文件”菜单新建一个空数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1053"/>
        <source>Loading the demo portfolio…</source>
        <translation>正在载入演示客户组合…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1066"/>
        <source>Something went wrong: %1</source>
        <translation>出现错误：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1078"/>
        <source>About Account Planner</source>
        <translation>关于客户规划</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1080"/>
        <source>&lt;h3&gt;Account Planner 0.1&lt;/h3&gt;&lt;p&gt;Key account planning on your own computer: customer trees with roll-ups, and Excel import and export.&lt;/p&gt;&lt;p&gt;Your data is stored in %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;客户规划 0.1&lt;/h3&gt;&lt;p&gt;在您自己的电脑上做大客户规划：带汇总的客户树，以及 Excel 导入导出。&lt;/p&gt;&lt;p&gt;您的数据保存在 %1。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../ui/team_window.py" line="206"/>
        <source>New Team Member</source>
        <translation>新建团队成员</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="208"/>
        <source>Edit Team Member — %1</source>
        <translation>编辑团队成员 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="210"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="210"/>
        <source>Key:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="210"/>
        <source>Email:</source>
        <translation>邮箱：</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="211"/>
        <source>Roles:</source>
        <translation>铁三角角色：</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="211"/>
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="211"/>
        <source>Capacity:</source>
        <translation>容量：</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="215"/>
        <source>Given automatically when empty</source>
        <translation>留空则自动生成</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="217"/>
        <source>Capacity is how many tier-weighted seats the member can carry: a seat on an A account weighs 3, on a B account 2, on a C account 1 (see the rules in Coverage and Workload).</source>
        <translation>容量是该成员能承担的按等级加权的席位数：A 类客户的一个席位计 3，B 类计 2，C 类计 1（规则见“覆盖与工作量”）。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="16"/>
        <source>Key</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="17"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="18"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="19"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="20"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="21"/>
        <source>Employees</source>
        <translation>员工人数</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="22"/>
        <source>Annual revenue</source>
        <translation>年营业收入</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="23"/>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="24"/>
        <source>Customer since</source>
        <translation>成为客户日期</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="25"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="26"/>
        <source>Industry growth</source>
        <translation>行业增长率</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="27"/>
        <source>Decision nodes</source>
        <translation>决策节点数</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="28"/>
        <source>Industry leader</source>
        <translation>行业龙头</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="29"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="30"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="32"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="33"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="34"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="35"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="36"/>
        <source>Dotted-line manager</source>
        <translation>虚线上级</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="37"/>
        <source>Buying role</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="38"/>
        <source>Influence</source>
        <translation>影响力</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="39"/>
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="40"/>
        <source>Relationship layer</source>
        <translation>关系层级</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="41"/>
        <source>Owner on our side</source>
        <translation>关系负责人</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="42"/>
        <source>Strength</source>
        <translation>关系强度</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="43"/>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="44"/>
        <source>Other person</source>
        <translation>对方</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="45"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="46"/>
        <source>Label</source>
        <translation>快照名称</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="47"/>
        <source>Stale after (days)</source>
        <translation>陈旧天数</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="48"/>
        <source>Influential from</source>
        <translation>高影响力起点</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57"/>
        <source>%1 cannot be empty.</source>
        <translation>%1不能为空。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="58"/>
        <source>%1 holds at most %3 characters.</source>
        <translation>%1最多 %3 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="59"/>
        <source>%1: &apos;%2&apos; is not a whole number.</source>
        <translation>%1：“%2”不是整数。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="60"/>
        <source>%1 cannot be negative.</source>
        <translation>%1不能为负数。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="61"/>
        <source>%1: &apos;%2&apos; is implausibly large.</source>
        <translation>%1：“%2”大得不合常理。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="62"/>
        <source>%1: &apos;%2&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation>%1：“%2”不是日期，请按 YYYY-MM-DD 格式填写。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="63"/>
        <source>%1: %2 is not a real calendar date.</source>
        <translation>%1：%2 不是一个真实存在的日期。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="64"/>
        <source>%1: %2 lies in the future.</source>
        <translation>%1：%2 是将来的日期。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="65"/>
        <source>%1: &apos;%2&apos; is not an amount.</source>
        <translation>%1：“%2”不是金额。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="66"/>
        <source>%1: &apos;%2&apos; is not a number.</source>
        <translation>%1：“%2”不是数字。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="67"/>
        <source>%1 lies between -100 % and 1000 %.</source>
        <translation>%1应在 -100% 到 1000% 之间。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="68"/>
        <source>%1: &apos;%2&apos; is neither yes nor no.</source>
        <translation>%1：“%2”既不是“是”也不是“否”。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="69"/>
        <source>%1: &apos;%2&apos; is not a tier; use A, B, C or D.</source>
        <translation>%1：“%2”不是有效等级，请用 A、B、C 或 D。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="70"/>
        <source>%1 is outside the allowed range.</source>
        <translation>%1超出允许范围。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="71"/>
        <source>A contact cannot be linked to themselves.</source>
        <translation>联系人不能与自己建立关系线。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="72"/>
        <source>%1 holds text.</source>
        <translation>%1应为文本。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="73"/>
        <source>%1: this value is not one of the choices.</source>
        <translation>%1：该值不在可选范围内。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="89"/>
        <source>The person no longer exists; they may have been deleted.</source>
        <translation>该人员已不存在，可能已被删除。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="91"/>
        <source>The link no longer exists; it may have been deleted.</source>
        <translation>该连线已不存在，可能已被删除。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="93"/>
        <source>The snapshot no longer exists; it may have been deleted.</source>
        <translation>该快照已不存在，可能已被删除。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="95"/>
        <source>The team member no longer exists.</source>
        <translation>该团队成员已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="105"/>
        <source>An account cannot be moved under itself or one of its own subsidiaries.</source>
        <translation>客户不能移动到自身或其下级公司之下。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="96"/>
        <source>The account no longer exists; it may have been deleted.</source>
        <translation>该客户已不存在，可能已被删除。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="109"/>
        <source>A contact cannot report to themselves or to someone who reports to them.</source>
        <translation>联系人不能汇报给自己，也不能汇报给其下属（直接或间接）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="112"/>
        <source>These two people are already linked this way.</source>
        <translation>这两人之间已有同类连线。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="115"/>
        <source>The key &apos;%1&apos; is already used by another account.</source>
        <translation>编号“%1”已被其他客户使用。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="118"/>
        <source>%1 was written by a newer version of Account Planner. Update the program to open it; the file was not changed.</source>
        <translation>%1 由更新版本的客户规划创建。请升级程序后再打开；文件未被改动。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="123"/>
        <source>The database is in use by another program. Try again in a moment.</source>
        <translation>数据库正被其他程序占用，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="126"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>MovementHeatmap</name>
    <message>
        <location filename="../../ui/tier_charts.py" line="442"/>
        <source>New</source>
        <translation>未分级</translation>
    </message>
    <message>
        <location filename="../../ui/tier_charts.py" line="444"/>
        <source>Tier movement</source>
        <translation>分级迁移矩阵</translation>
    </message>
    <message>
        <location filename="../../ui/tier_charts.py" line="444"/>
        <source>To (new tier)</source>
        <translation>迁移至（新分级）</translation>
    </message>
    <message>
        <location filename="../../ui/tier_charts.py" line="444"/>
        <source>From (applied tier)</source>
        <translation>迁移自（现有分级）</translation>
    </message>
    <message>
        <location filename="../../ui/tier_charts.py" line="445"/>
        <source>Accounts</source>
        <translation>客户数</translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="155"/>
        <source>New Objective</source>
        <translation>新建目标</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="155"/>
        <source>Edit Objective</source>
        <translation>编辑目标</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="162"/>
        <source>Nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="164"/>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="171"/>
        <source>Not entered</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="175"/>
        <source>The progress of an objective with actions is the share of them done.</source>
        <translation>有行动的目标，其进度为已完成行动所占的比例。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="176"/>
        <source>Objective:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="177"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="178"/>
        <source>Target:</source>
        <translation>目标值：</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="179"/>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="180"/>
        <source>Due:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="181"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="182"/>
        <source>Progress entered:</source>
        <translation>手工填写进度：</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="191"/>
        <source>Amount, e.g. 1200000</source>
        <translation>金额，例如 1200000</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="192"/>
        <source>Percent of the account&apos;s spend, 0 to 100</source>
        <translation>占客户采购额的百分比，0 到 100</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="193"/>
        <source>No target value</source>
        <translation>无目标值</translation>
    </message>
</context>
<context>
    <name>OrgChartScene</name>
    <message>
        <location filename="../../ui/orgchart/scene.py" line="561"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/scene.py" line="562"/>
        <source>Add a report</source>
        <translation>添加下属</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/scene.py" line="563"/>
        <source>Add a colleague (same manager)</source>
        <translation>添加同级（同一上级）</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/scene.py" line="565"/>
        <source>Add influence on…</source>
        <translation>添加影响关系…</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/scene.py" line="567"/>
        <source>Add conflict with…</source>
        <translation>添加冲突关系…</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/scene.py" line="571"/>
        <source>Remove from manager</source>
        <translation>解除汇报关系</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/scene.py" line="574"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>OrgChartWidget</name>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="269"/>
        <source>Find a person (name or title)…</source>
        <translation>查找人员（姓名或职务）…</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="270"/>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="271"/>
        <source>Show departments as boxes around their people</source>
        <translation>用方框圈出各部门的人员</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="284"/>
        <source>%1 of %2</source>
        <translation>第 %1 / %2 个</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="286"/>
        <source>No match</source>
        <translation>无匹配</translation>
    </message>
</context>
<context>
    <name>ParetoChart</name>
    <message>
        <location filename="../../ui/tier_charts.py" line="358"/>
        <source>Pareto curve</source>
        <translation>帕累托曲线</translation>
    </message>
    <message>
        <location filename="../../ui/tier_charts.py" line="358"/>
        <source>Accounts, ranked by revenue</source>
        <translation>客户（按收入从高到低排序）</translation>
    </message>
    <message>
        <location filename="../../ui/tier_charts.py" line="359"/>
        <source>Cumulative share of revenue</source>
        <translation>累计收入占比</translation>
    </message>
    <message>
        <location filename="../../ui/tier_charts.py" line="369"/>
        <source>No revenue in the window</source>
        <translation>统计期内没有收入</translation>
    </message>
</context>
<context>
    <name>PlanDialogs</name>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="42"/>
        <source>%1 (inactive)</source>
        <translation>%1（已停用）</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <location filename="../../ui/plan_labels.py" line="15"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="16"/>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="17"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="24"/>
        <source>Business network</source>
        <translation>业务网络</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="25"/>
        <source>Business model</source>
        <translation>商业模式</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="26"/>
        <source>Decision-maker relationships</source>
        <translation>决策层关系</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="27"/>
        <source>Industry trend</source>
        <translation>行业趋势</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="28"/>
        <source>Competitive situation</source>
        <translation>竞争态势</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="29"/>
        <source>Financial health</source>
        <translation>财务健康</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="30"/>
        <source>How well our solution fits</source>
        <translation>方案匹配</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="37"/>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="38"/>
        <source>Share of wallet</source>
        <translation>钱包份额</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="39"/>
        <source>Qualitative</source>
        <translation>定性</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="46"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="47"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="48"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="49"/>
        <source>Dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="56"/>
        <location filename="../../ui/plan_labels.py" line="89"/>
        <source>Value</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="57"/>
        <location filename="../../ui/plan_labels.py" line="75"/>
        <source>Strategic fit</source>
        <translation>战略匹配度</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="58"/>
        <location filename="../../ui/plan_labels.py" line="90"/>
        <source>Readiness</source>
        <translation>准备度</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="69"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="70"/>
        <source>Challenges</source>
        <translation>挑战</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="71"/>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="72"/>
        <source>Our strengths</source>
        <translation>我方优势</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="73"/>
        <source>Our weaknesses</source>
        <translation>我方劣势</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="74"/>
        <source>Industry trends</source>
        <translation>行业趋势</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="76"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="77"/>
        <location filename="../../ui/plan_labels.py" line="83"/>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="78"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="79"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="80"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="81"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="82"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="84"/>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="85"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="86"/>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="87"/>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="88"/>
        <source>Mitigation</source>
        <translation>应对措施</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="91"/>
        <source>Iron triangle</source>
        <translation>铁三角</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="92"/>
        <source>Coverage</source>
        <translation>关系覆盖</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="99"/>
        <source>%1 is a whole number from 1 to 5.</source>
        <translation>%1 须为 1 到 5 的整数。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="101"/>
        <source>%1 is 0 to 100 percent.</source>
        <translation>%1 须在 0 到 100% 之间。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="103"/>
        <source>%1: a share of wallet is 0 to 100 percent, a revenue target 0 or more.</source>
        <translation>%1：钱包份额须在 0 到 100% 之间，收入目标须不小于 0。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="107"/>
        <source>%1: a weight is a number from 0 to 100.</source>
        <translation>%1：权重须为 0 到 100 之间的数。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="108"/>
        <source>%1 is outside the allowed range.</source>
        <translation>%1 超出允许范围。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="115"/>
        <source>%1 cannot be empty.</source>
        <translation>%1 不能为空。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="116"/>
        <source>%1 holds at most %3 characters.</source>
        <translation>%1 最多 %3 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="117"/>
        <source>%1 holds text.</source>
        <translation>%1 须为文本。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="118"/>
        <source>%1 holds a date.</source>
        <translation>%1 须为日期。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="119"/>
        <source>%1: &apos;%2&apos; is not a number.</source>
        <translation>%1：“%2”不是数字。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="120"/>
        <source>%1: this value is not one of the choices.</source>
        <translation>%1：该值不在可选范围内。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="121"/>
        <source>A qualitative objective has no target value.</source>
        <translation>定性目标没有目标值。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="122"/>
        <source>The plan already has an objective called &apos;%2&apos;.</source>
        <translation>该计划已有名为“%2”的目标。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="129"/>
        <source>An action moves only between objectives of its plan.</source>
        <translation>行动只能在本计划的目标之间移动。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="131"/>
        <source>At least one of value, fit and readiness needs a weight.</source>
        <translation>客户价值、战略匹配度和准备度中至少一项须有权重。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="133"/>
        <source>At least one of triangle and coverage needs a weight.</source>
        <translation>铁三角和关系覆盖中至少一项须有权重。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="154"/>
        <source>A draft cannot be approved before it was reviewed: submit it for review first.</source>
        <translation>草稿须先经审核才能批准：请先提交审核。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="158"/>
        <source>A plan cannot go from %1 to %2.</source>
        <translation>计划不能从“%1”变为“%2”。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="163"/>
        <source>The account already has a plan for %1.</source>
        <translation>该客户已有 %1 的计划。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="168"/>
        <source>The plan no longer exists; it may have been deleted.</source>
        <translation>该计划已不存在，可能已被删除。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="169"/>
        <source>The objective no longer exists; it may have been deleted.</source>
        <translation>该目标已不存在，可能已被删除。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="172"/>
        <source>The action no longer exists; it may have been deleted.</source>
        <translation>该行动已不存在，可能已被删除。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="175"/>
        <source>The risk no longer exists; it may have been deleted.</source>
        <translation>该风险已不存在，可能已被删除。</translation>
    </message>
</context>
<context>
    <name>PlanWindow</name>
    <message>
        <location filename="../../ui/plan_window.py" line="231"/>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="232"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="233"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="234"/>
        <location filename="../../ui/plan_window.py" line="250"/>
        <location filename="../../ui/plan_window.py" line="280"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="235"/>
        <location filename="../../ui/plan_window.py" line="251"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="237"/>
        <location filename="../../ui/plan_window.py" line="253"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="240"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="249"/>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="260"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="262"/>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="267"/>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="272"/>
        <source>Exposure</source>
        <translation>风险值</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="277"/>
        <source>Mitigation</source>
        <translation>应对措施</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="437"/>
        <source>Plan for period:</source>
        <translation>计划期间：</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="438"/>
        <location filename="../../ui/plan_window.py" line="491"/>
        <source>New Plan…</source>
        <translation>新建计划…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="439"/>
        <source>Start a plan of this account for another period</source>
        <translation>为该客户新建另一期间的计划</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="440"/>
        <source>Clone into Next Period…</source>
        <translation>复制到下一期间…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="442"/>
        <source>Start next period&apos;s plan from this one: situation, fit, risks and the open objectives and actions</source>
        <translation>以本计划为基础开始下一期间的计划：现状、匹配度、风险以及未完成的目标和行动</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="444"/>
        <source>Rename Period…</source>
        <translation>重命名期间…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="445"/>
        <source>Delete Plan…</source>
        <translation>删除计划…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="446"/>
        <source>Submit for Review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="447"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="448"/>
        <source>Back to Draft</source>
        <translation>退回草稿</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="449"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="451"/>
        <source>Challenges</source>
        <translation>挑战</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="452"/>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="453"/>
        <source>Our strengths</source>
        <translation>我方优势</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="454"/>
        <source>Our weaknesses</source>
        <translation>我方劣势</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="455"/>
        <source>Industry trends</source>
        <translation>行业趋势</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="458"/>
        <source>What the customer is struggling with</source>
        <translation>客户面临的困难</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="459"/>
        <source>Who else is in the account, and how strong</source>
        <translation>客户中还有哪些竞争对手，实力如何</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="460"/>
        <source>Why the customer buys from us</source>
        <translation>客户为什么选择我们</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="461"/>
        <source>Where we fall short</source>
        <translation>我们的不足之处</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="462"/>
        <source>What is changing in the customer&apos;s industry</source>
        <translation>客户所在行业正在发生的变化</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="467"/>
        <source>Strategic fit (1 poor – 5 excellent)</source>
        <translation>战略匹配度（1 差 – 5 极好）</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="470"/>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="472"/>
        <source>Leave a criterion unscored when you do not know; the mean counts the scored ones.</source>
        <translation>不清楚的维度可不评分；平均值只计算已评分的维度。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="474"/>
        <source>Situation and Fit</source>
        <translation>现状与匹配度</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="475"/>
        <source>Objectives and Actions</source>
        <translation>目标与行动</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="476"/>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="477"/>
        <source>Add Objective…</source>
        <translation>添加目标…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="478"/>
        <location filename="../../ui/plan_window.py" line="481"/>
        <location filename="../../ui/plan_window.py" line="484"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="479"/>
        <location filename="../../ui/plan_window.py" line="482"/>
        <location filename="../../ui/plan_window.py" line="485"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="480"/>
        <source>Add Action…</source>
        <translation>添加行动…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="483"/>
        <source>Add Risk…</source>
        <translation>添加风险…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="487"/>
        <source>This account has no plan yet. Start one for a period such as %1.</source>
        <translation>该客户还没有计划。请为某个期间（例如 %1）新建计划。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="507"/>
        <source>Undo %1</source>
        <translation>撤销 %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="508"/>
        <source>Redo %1</source>
        <translation>重做 %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="593"/>
        <source>%1 — Account Plan %2</source>
        <translation>%1 — 客户计划 %2</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="593"/>
        <source>%1 — Account Plan</source>
        <translation>%1 — 客户计划</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="610"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="614"/>
        <source>Changing the content of an approved plan sends it back to draft.</source>
        <translation>修改已批准计划的内容会使其退回草稿。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="619"/>
        <source>Mean: not known yet (no criterion scored)</source>
        <translation>平均值：未知（尚无维度评分）</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="622"/>
        <source>Mean: %1 from %2 of %3 criteria</source>
        <translation>平均值：%1（%3 个维度中已评 %2 个）</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="631"/>
        <source>Plan progress: no objectives yet</source>
        <translation>计划进度：尚无目标</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="636"/>
        <source>Plan progress (%1 of %2 actions done):</source>
        <translation>计划进度（%2 项行动已完成 %1 项）：</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="646"/>
        <source>Actions</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="649"/>
        <source>Actions for “%1”</source>
        <translation>“%1”的行动</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="759"/>
        <source>Delete Plan</source>
        <translation>删除计划</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="760"/>
        <source>Delete the %1 plan of %2 with its objectives, actions and risks?</source>
        <translation>删除 %2 的 %1 计划及其目标、行动和风险？</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="764"/>
        <source>You can undo this.</source>
        <translation>此操作可以撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="777"/>
        <source>New Plan</source>
        <translation>新建计划</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="777"/>
        <source>Period of the new plan (e.g. FY2026):</source>
        <translation>新计划的期间（例如 FY2026）：</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="783"/>
        <source>New plan %1</source>
        <translation>新建计划 %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="800"/>
        <source>Clone into Next Period</source>
        <translation>复制到下一期间</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="802"/>
        <source>Period of the new plan. It takes this plan&apos;s situation, fit and risks, and the objectives and actions still open:</source>
        <translation>新计划的期间。新计划将沿用本计划的现状、匹配度和风险，以及尚未完成的目标和行动：</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="812"/>
        <source>Clone plan into %1</source>
        <translation>复制计划到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="827"/>
        <source>Rename Period</source>
        <translation>重命名期间</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="827"/>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="832"/>
        <source>Rename period</source>
        <translation>重命名期间</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="845"/>
        <source>Delete plan %1</source>
        <translation>删除计划 %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="858"/>
        <source>Submit plan for review</source>
        <translation>提交计划审核</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="859"/>
        <source>Approve plan</source>
        <translation>批准计划</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="860"/>
        <source>Send plan back to draft</source>
        <translation>计划退回草稿</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="892"/>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="894"/>
        <source>Edit situation</source>
        <translation>编辑现状</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="916"/>
        <source>Score %1</source>
        <translation>评分：%1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="955"/>
        <source>Add objective %1</source>
        <translation>添加目标 %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="980"/>
        <source>Edit objective %1</source>
        <translation>编辑目标 %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="996"/>
        <source>Delete objective %1</source>
        <translation>删除目标 %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="1012"/>
        <source>Add action %1</source>
        <translation>添加行动 %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="1037"/>
        <source>Edit action %1</source>
        <translation>编辑行动 %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="1051"/>
        <source>Delete action %1</source>
        <translation>删除行动 %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="1068"/>
        <source>Add risk %1</source>
        <translation>添加风险 %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="1090"/>
        <source>Edit risk %1</source>
        <translation>编辑风险 %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="1104"/>
        <source>Delete risk %1</source>
        <translation>删除风险 %1</translation>
    </message>
</context>
<context>
    <name>PlanWindows</name>
    <message>
        <location filename="../../ui/plan_windows.py" line="50"/>
        <source>&amp;Plans</source>
        <translation>计划(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/plan_windows.py" line="51"/>
        <source>Account &amp;Plan…</source>
        <translation>客户计划(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_windows.py" line="53"/>
        <source>The selected account&apos;s plan: situation, strategic fit, objectives, actions and risks</source>
        <translation>所选客户的计划：现状、战略匹配度、目标、行动和风险</translation>
    </message>
    <message>
        <location filename="../../ui/plan_windows.py" line="55"/>
        <source>Plan &amp;Priorities…</source>
        <translation>计划优先级(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_windows.py" line="56"/>
        <source>Which accounts&apos; plans deserve the team&apos;s time first</source>
        <translation>哪些客户的计划最值得团队优先投入</translation>
    </message>
</context>
<context>
    <name>PortfolioWindow</name>
    <message>
        <location filename="../../ui/portfolio_window.py" line="375"/>
        <source>Coverage and Workload</source>
        <translation>覆盖与工作量</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="377"/>
        <source>Gaps</source>
        <translation>缺口</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="378"/>
        <source>Workload</source>
        <translation>工作量</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="379"/>
        <source>Split across Tiers</source>
        <translation>等级配比</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="380"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="383"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="384"/>
        <source>Read the data again (after tiers were applied, for instance)</source>
        <translation>重新读取数据（例如应用客户分级之后）</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="385"/>
        <source>Iron triangles lacking required seats</source>
        <translation>缺少必需席位的铁三角</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="386"/>
        <source>Key people of A accounts without an owner on our side</source>
        <translation>A 类客户中我方无人负责的关键人物</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="387"/>
        <source>Double-click a row to select the account in the customer tree.</source>
        <translation>双击一行即可在客户树中选中该客户。</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="388"/>
        <location filename="../../ui/portfolio_window.py" line="389"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="388"/>
        <location filename="../../ui/portfolio_window.py" line="395"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="388"/>
        <source>Missing roles</source>
        <translation>缺少的角色</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="389"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="389"/>
        <source>Buying role</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="391"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="391"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="391"/>
        <source>Accounts</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="392"/>
        <source>Load</source>
        <translation>负荷</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="392"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="392"/>
        <source>Load %</source>
        <translation>负荷率</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="395"/>
        <source>Seats</source>
        <translation>席位数</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="395"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="395"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="395"/>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="423"/>
        <source>(%1 held by an inactive member)</source>
        <translation>（%1 由已停用成员担任）</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="436"/>
        <source>%1 (inactive)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="456"/>
        <source>%1 seats in all; %2 on D or unclassified accounts are not counted in the split.</source>
        <translation>共 %1 个席位；其中 %2 个在 D 类或未分级客户上，不计入配比。</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="462"/>
        <source>%1 triangle gaps · %2 relationship gaps · %3 members over capacity</source>
        <translation>铁三角缺口 %1 个 · 关系缺口 %2 个 · 超负荷成员 %3 人</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="506"/>
        <source>Change iron-triangle rules</source>
        <translation>修改铁三角规则</translation>
    </message>
</context>
<context>
    <name>PowerGridScene</name>
    <message>
        <location filename="../../ui/orgchart/grid.py" line="47"/>
        <source>Powerful opponents: win over or neutralise</source>
        <translation>高影响力反对者：争取或化解</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/grid.py" line="48"/>
        <source>Powerful supporters: keep close</source>
        <translation>高影响力支持者：重点维护</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/grid.py" line="49"/>
        <source>Opponents with little power: watch</source>
        <translation>低影响力反对者：持续关注</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/grid.py" line="50"/>
        <source>Supporters with little power: mobilise</source>
        <translation>低影响力支持者：发动支持</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/grid.py" line="133"/>
        <source>Attitude towards us →</source>
        <translation>对我方态度 →</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/grid.py" line="138"/>
        <source>Influence →</source>
        <translation>影响力 →</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/grid.py" line="149"/>
        <source>Not placed yet (%1)</source>
        <translation>尚未定位（%1）</translation>
    </message>
</context>
<context>
    <name>PowerMapCard</name>
    <message>
        <location filename="../../ui/orgchart/items.py" line="341"/>
        <source>Account: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/items.py" line="343"/>
        <source>Role: %1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/items.py" line="345"/>
        <source>Attitude: %1</source>
        <translation>态度：%1</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/items.py" line="347"/>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/items.py" line="348"/>
        <source>Influence: %1 of 5</source>
        <translation>影响力：%1 / 5</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/items.py" line="352"/>
        <source>Relationship held by: %1</source>
        <translation>关系负责人：%1</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/items.py" line="353"/>
        <source>Strength: %1</source>
        <translation>关系强度：%1</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/items.py" line="358"/>
        <source>Last contact: %1</source>
        <translation>最近联系：%1</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/items.py" line="360"/>
        <source>Influential, and nobody on our side holds this relationship</source>
        <translation>影响力大，但我方无人负责这段关系</translation>
    </message>
</context>
<context>
    <name>PowerMapChart</name>
    <message>
        <location filename="../../ui/orgchart/export.py" line="206"/>
        <source>Org chart</source>
        <translation>组织架构图</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/export.py" line="207"/>
        <source>Power grid</source>
        <translation>权力矩阵</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="107"/>
        <source>Only decision makers</source>
        <translation>只看决策者</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="109"/>
        <source>Dim everyone but decision makers and economic buyers</source>
        <translation>淡化决策者和经济决策者以外的所有人</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="111"/>
        <source>Highlight uncovered</source>
        <translation>突出未覆盖</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="113"/>
        <source>Frame influential people (influence 4-5) nobody on our side holds; dim the others</source>
        <translation>为我方无人负责的高影响力人物（影响力 4-5）加框，并淡化其他人</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="117"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="118"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="119"/>
        <source>Save the whole chart as a PNG picture, an SVG drawing or a PDF file</source>
        <translation>将整张图保存为 PNG 图片、SVG 矢量图或 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="122"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="177"/>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="199"/>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="208"/>
        <source>Choose a file name ending in .png, .svg or .pdf.</source>
        <translation>请选择以 .png、.svg 或 .pdf 结尾的文件名。</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="215"/>
        <source>The chart could not be saved to %1: %2</source>
        <translation>无法将图表保存到 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="228"/>
        <source>The chart could not be printed: %1</source>
        <translation>无法打印图表：%1</translation>
    </message>
</context>
<context>
    <name>PowerMapLabels</name>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="14"/>
        <source>Decision maker</source>
        <translation>决策者</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="15"/>
        <source>Economic buyer</source>
        <translation>经济决策者</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="16"/>
        <source>Technical buyer</source>
        <translation>技术评估者</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="17"/>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="18"/>
        <source>Coach</source>
        <translation>教练（内线）</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="19"/>
        <source>Gatekeeper</source>
        <translation>把关者</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="20"/>
        <source>Influencer</source>
        <translation>影响者</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="23"/>
        <source>Role not known</source>
        <translation>角色未知</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="31"/>
        <source>DM</source>
        <translation>决</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="32"/>
        <source>EB</source>
        <translation>财</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="33"/>
        <source>TB</source>
        <translation>技</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="34"/>
        <source>U</source>
        <translation>用</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="35"/>
        <source>C</source>
        <translation>教</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="36"/>
        <source>G</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="37"/>
        <source>I</source>
        <translation>影</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="45"/>
        <source>Opponent</source>
        <translation>反对者</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="46"/>
        <source>Sceptic</source>
        <translation>怀疑者</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="47"/>
        <source>Neutral</source>
        <translation>中立</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="48"/>
        <source>Supporter</source>
        <translation>支持者</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="49"/>
        <source>Champion</source>
        <translation>拥护者</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="52"/>
        <source>Attitude not known</source>
        <translation>态度未知</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="59"/>
        <source>Key-person relationship</source>
        <translation>关键客户关系</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="60"/>
        <source>Broad relationship</source>
        <translation>普遍客户关系</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="61"/>
        <source>Organisational relationship</source>
        <translation>组织客户关系</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="64"/>
        <source>Layer not known</source>
        <translation>关系层级未知</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="71"/>
        <source>No relationship</source>
        <translation>无关系</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="72"/>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="73"/>
        <source>Working</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="74"/>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="75"/>
        <source>Trusted</source>
        <translation>信任</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="78"/>
        <source>Strength not known</source>
        <translation>关系强度未知</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="85"/>
        <source>Influences</source>
        <translation>影响</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="86"/>
        <source>In conflict with</source>
        <translation>与之冲突</translation>
    </message>
</context>
<context>
    <name>PowerMapLegend</name>
    <message>
        <location filename="../../ui/orgchart/legend.py" line="165"/>
        <source>Attitude towards us</source>
        <translation>对我方态度</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/legend.py" line="169"/>
        <source>Buying role</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/legend.py" line="172"/>
        <source>Marks</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/legend.py" line="173"/>
        <source>Influence (filled dots, of 5)</source>
        <translation>影响力（实心点，满分 5）</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/legend.py" line="174"/>
        <source>Influential, nobody on our side holds them</source>
        <translation>影响力大，我方无人负责</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/legend.py" line="175"/>
        <source>Uncovered (when highlighted)</source>
        <translation>未覆盖（突出显示时）</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/legend.py" line="176"/>
        <source>Selected</source>
        <translation>已选中</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/legend.py" line="178"/>
        <source>Lines</source>
        <translation>连线</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/legend.py" line="179"/>
        <source>Reports to</source>
        <translation>汇报给</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/legend.py" line="180"/>
        <source>Dotted-line manager</source>
        <translation>虚线汇报（第二上级）</translation>
    </message>
</context>
<context>
    <name>PowerMapWindow</name>
    <message>
        <location filename="../../ui/powermap_window.py" line="196"/>
        <source>Org Chart</source>
        <translation>组织架构图</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="197"/>
        <source>Power Grid</source>
        <translation>权力矩阵</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="198"/>
        <source>Coverage</source>
        <translation>关系覆盖</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="199"/>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="200"/>
        <source>Whole Group</source>
        <translation>整个集团</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="201"/>
        <source>Show the people of every account under this one in the customer tree</source>
        <translation>显示客户树中此客户及其所有下级客户的人员</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="202"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="217"/>
        <source>Undo %1</source>
        <translation>撤销 %1</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="218"/>
        <source>Redo %1</source>
        <translation>重做 %1</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="224"/>
        <source>%1 and its group — Org Chart and Power Map</source>
        <translation>%1 及下属客户 — 组织架构与权力地图</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="226"/>
        <source>%1 — Org Chart and Power Map</source>
        <translation>%1 — 组织架构与权力地图</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="231"/>
        <location filename="../../ui/powermap_window.py" line="266"/>
        <source>Loading the power map…</source>
        <translation>正在加载权力地图…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/powermap_window.py" line="234"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/powermap_window.py" line="237"/>
        <source>%1 in %n account(s)</source>
        <translation>
            <numerusform>%1，分布在 %n 个客户中</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="288"/>
        <source>The power map could not be loaded: %1</source>
        <translation>无法加载权力地图：%1</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="397"/>
        <source>Delete “%1”?</source>
        <translation>删除“%1”？</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="399"/>
        <source>Delete these %1 people?</source>
        <translation>删除这 %1 人？</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="403"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="404"/>
        <source>Their reports move up to their manager. You can undo this.</source>
        <translation>其下属将改为汇报给其上级。此操作可以撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="423"/>
        <source>Detach from manager</source>
        <translation>解除汇报关系</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="424"/>
        <source>Change manager</source>
        <translation>更换上级</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="463"/>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="494"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="496"/>
        <source>Delete link</source>
        <translation>删除连线</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="498"/>
        <source>Edit link</source>
        <translation>编辑连线</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="529"/>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/powermap_window.py" line="531"/>
        <source>Delete %n people</source>
        <translation>
            <numerusform>删除 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="554"/>
        <source>Move on the power grid</source>
        <translation>在权力矩阵中移动</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="571"/>
        <source>Add influence</source>
        <translation>添加影响关系</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="571"/>
        <source>Add conflict</source>
        <translation>添加冲突关系</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="580"/>
        <source>Take snapshot</source>
        <translation>拍摄快照</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/powermap_window.py" line="589"/>
        <source>Delete %n snapshot(s)</source>
        <translation>
            <numerusform>删除 %n 个快照</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriorityWindow</name>
    <message>
        <location filename="../../ui/priority_window.py" line="107"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="108"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="109"/>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="111"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="111"/>
        <source>No plan</source>
        <translation>无计划</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="114"/>
        <location filename="../../ui/priority_window.py" line="209"/>
        <source>Value</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="119"/>
        <location filename="../../ui/priority_window.py" line="210"/>
        <source>Fit</source>
        <translation>战略匹配度</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="121"/>
        <location filename="../../ui/priority_window.py" line="211"/>
        <source>Readiness</source>
        <translation>准备度</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="127"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="205"/>
        <source>Plan Priorities</source>
        <translation>客户计划优先级</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="206"/>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="207"/>
        <source>Include A and B accounts without a plan</source>
        <translation>包括尚无计划的 A、B 类客户</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="208"/>
        <source>Weights:</source>
        <translation>权重：</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="212"/>
        <source>Save Weights</source>
        <translation>保存权重</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="213"/>
        <source>Keep these weights with the data and rank again</source>
        <translation>将这些权重保存到数据中并重新排名</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="214"/>
        <source>Defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="215"/>
        <source>Put the default weights in the boxes (0.50, 0.30, 0.20)</source>
        <translation>填入默认权重（0.50、0.30、0.20）</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="216"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="217"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="219"/>
        <location filename="../../ui/priority_window.py" line="265"/>
        <source>Each account&apos;s latest plan</source>
        <translation>各客户最新的计划</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/priority_window.py" line="291"/>
        <source>%n account(s) ranked</source>
        <translation>
            <numerusform>已排名 %n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="344"/>
        <source>Change priority weights</source>
        <translation>修改优先级权重</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="364"/>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="376"/>
        <source>tier %1, worth %2</source>
        <translation>等级 %1，价值 %2</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="381"/>
        <source>; no rating inside the tier, counted as %1</source>
        <translation>；等级内无评分，按 %1 计</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="383"/>
        <source>; rating %1 (tier score %2)</source>
        <translation>；评分 %1（分级得分 %2）</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="388"/>
        <source>no criterion scored: counted as neutral %1</source>
        <translation>尚无维度评分：按中性值 %1 计</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="390"/>
        <source>mean %1 of 5 from %2 of %3 criteria</source>
        <translation>平均 %1 / 5（%3 个维度中已评 %2 个）</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="397"/>
        <source>iron triangle %1 of %2 seats staffed</source>
        <translation>铁三角 %2 个席位已到位 %1 个</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="401"/>
        <source>the tier requires no iron-triangle seats</source>
        <translation>该等级不要求铁三角席位</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="405"/>
        <source>; no power map, so the triangle alone</source>
        <translation>；无权力地图，仅按铁三角计</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="407"/>
        <source>; relationship coverage %1 of 100</source>
        <translation>；关系覆盖 %1 / 100</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="413"/>
        <source>a plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="415"/>
        <source>strategic-fit scores</source>
        <translation>战略匹配度评分</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="417"/>
        <source>a rating inside the tier</source>
        <translation>等级内评分</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="419"/>
        <source>a power map</source>
        <translation>权力地图</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="422"/>
        <source>iron-triangle seats</source>
        <translation>铁三角席位</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="433"/>
        <source>Select an account to see how its priority is made up.</source>
        <translation>选择一个客户，查看其优先级的构成。</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="437"/>
        <source>no plan</source>
        <translation>无计划</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="442"/>
        <source>below the floor: counted as %1</source>
        <translation>低于下限：按 %1 计</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="455"/>
        <source>Not known or missing:</source>
        <translation>未知或缺失：</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="457"/>
        <source>Nothing missing.</source>
        <translation>无缺失项。</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="460"/>
        <source>#%1 %2</source>
        <translation>第 %1 名 %2</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="461"/>
        <source>Tier: %1 · Plan: %2</source>
        <translation>等级：%1 · 计划：%2</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="462"/>
        <source>Priority %1 of 100</source>
        <translation>优先级 %1 / 100</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="463"/>
        <source>Part</source>
        <translation>组成部分</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="463"/>
        <source>Score (0-1)</source>
        <translation>得分（0-1）</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="463"/>
        <source>Exponent</source>
        <translation>指数</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="463"/>
        <source>Factor</source>
        <translation>因子</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="464"/>
        <source>Priority = %1</source>
        <translation>优先级 = %1</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="465"/>
        <source>Each exponent is the part&apos;s weight over the sum of the weights: %1.</source>
        <translation>每个指数为该部分权重除以权重之和：%1。</translation>
    </message>
</context>
<context>
    <name>ReviewPack</name>
    <message>
        <location filename="../../ui/review/dialog.py" line="40"/>
        <location filename="../../ui/review/dialog.py" line="79"/>
        <source>Export Review Pack</source>
        <translation>导出评审资料</translation>
    </message>
    <message>
        <location filename="../../ui/review/dialog.py" line="46"/>
        <source>Leave out personal details and notes (redacted)</source>
        <translation>不含个人联系方式和备注（脱敏）</translation>
    </message>
    <message>
        <location filename="../../ui/review/dialog.py" line="71"/>
        <source>The pack is a PDF; a workbook with the same data is written beside it (%1).</source>
        <translation>评审资料为 PDF 文件；同名的 Excel 工作簿（%1）会写在它旁边，包含相同数据。</translation>
    </message>
    <message>
        <location filename="../../ui/review/dialog.py" line="81"/>
        <source>Review packs (*.pdf)</source>
        <translation>评审资料 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/review/dialog.py" line="127"/>
        <source>Writing the review pack of %1…</source>
        <translation>正在生成 %1 的评审资料…</translation>
    </message>
    <message>
        <location filename="../../ui/review/dialog.py" line="133"/>
        <source>Wrote the review pack to %1 and %2.</source>
        <translation>评审资料已写入 %1 和 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="89"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="90"/>
        <source>In review</source>
        <translation>评审中</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="91"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="98"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="99"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="100"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="101"/>
        <source>Dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="108"/>
        <location filename="../../ui/review/content.py" line="615"/>
        <location filename="../../ui/review/content.py" line="625"/>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="109"/>
        <source>Share of wallet</source>
        <translation>钱包份额</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="110"/>
        <source>Qualitative</source>
        <translation>定性</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="117"/>
        <source>AR · account manager</source>
        <translation>AR · 客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="118"/>
        <source>SR · solution manager</source>
        <translation>SR · 方案经理</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="119"/>
        <source>FR · delivery manager</source>
        <translation>FR · 交付经理</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="126"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="130"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="130"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="152"/>
        <source>Manager</source>
        <translation>上级</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="161"/>
        <source>Redacted: contacts&apos; e-mail addresses, phone numbers and notes, the notes on lines between people, the account&apos;s notes and the mitigation notes of plan risks are left out.</source>
        <translation>已脱敏：未包含联系人的电子邮件、电话和备注，人员之间关系线的备注，客户备注，以及计划风险的应对措施。</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="175"/>
        <source>Part of</source>
        <translation>所属客户</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="183"/>
        <source>Annual revenue (roll-up)</source>
        <translation>年营业收入（汇总）</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="184"/>
        <source>Accounts in the roll-up</source>
        <translation>汇总的客户数</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="185"/>
        <source>Orders (all time, roll-up)</source>
        <translation>订单数（全部，汇总）</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="186"/>
        <source>Order value (all time, roll-up)</source>
        <translation>订单金额（全部，汇总）</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="191"/>
        <source>As of %1. Revenue and orders cover the account and every account below it.</source>
        <translation>截至 %1。收入和订单包括该客户及其所有下属客户。</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="197"/>
        <location filename="../../ui/review/workbook.py" line="47"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="207"/>
        <source>Applied tier</source>
        <translation>当前级别</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="208"/>
        <source>Applied on</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="209"/>
        <source>Model that gave it</source>
        <translation>评定模型</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="210"/>
        <source>Score then</source>
        <translation>当时得分</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="211"/>
        <source>Model in use</source>
        <translation>当前使用的模型</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="212"/>
        <source>Window (months)</source>
        <translation>统计期（月）</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="219"/>
        <source>The model in use does not classify this account on its own (groups are rolled up); see its group&apos;s pack.</source>
        <translation>当前模型不单独评定该客户（按集团汇总评定）；请参阅其所属集团的评审资料。</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="227"/>
        <source>Tier by the model today</source>
        <translation>模型当前评定的级别</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="228"/>
        <source>Score today</source>
        <translation>当前得分</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="229"/>
        <location filename="../../ui/review/content.py" line="682"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="232"/>
        <source>The model alone says</source>
        <translation>模型本身的评定</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="235"/>
        <source>%1 score</source>
        <translation>%1得分</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="257"/>
        <source>Tier criteria</source>
        <translation>分级指标</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="259"/>
        <source>Criterion</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="260"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="261"/>
        <location filename="../../ui/review/workbook.py" line="48"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="262"/>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="263"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="264"/>
        <source>Share of score %</source>
        <translation>占总分%</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="268"/>
        <source>The model gives no criteria for this account.</source>
        <translation>该模型没有为此客户给出指标。</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="271"/>
        <source>Tier and why</source>
        <translation>级别及原因</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="278"/>
        <source>Required for tier %1</source>
        <translation>%1 级客户须配备</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="280"/>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="281"/>
        <source>nothing: the triangle is staffed</source>
        <translation>无：铁三角已配齐</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="291"/>
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="299"/>
        <source>Iron triangle</source>
        <translation>铁三角</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="303"/>
        <source>Triangle seats</source>
        <translation>铁三角席位</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="305"/>
        <location filename="../../ui/review/content.py" line="317"/>
        <source>Seat</source>
        <translation>席位</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="306"/>
        <location filename="../../ui/review/content.py" line="318"/>
        <source>Holder</source>
        <translation>担任人</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="307"/>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="308"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="309"/>
        <source>Required</source>
        <translation>必需</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="315"/>
        <source>Triangle history</source>
        <translation>铁三角历史</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="319"/>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="320"/>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="324"/>
        <source>No seat has been assigned yet.</source>
        <translation>尚未分配任何席位。</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="325"/>
        <source>Who held the seats</source>
        <translation>历任席位担任人</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="353"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="367"/>
        <source>No people are recorded for this account.</source>
        <translation>该客户尚未记录任何人员。</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="373"/>
        <location filename="../../ui/review/content.py" line="378"/>
        <source>Contact details</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="377"/>
        <source>No contact details are recorded.</source>
        <translation>尚未记录联系方式。</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="382"/>
        <source>Org chart and power map</source>
        <translation>组织架构图与权力地图</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="389"/>
        <source>Coverage score (0-100)</source>
        <translation>关系覆盖得分（0-100）</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="394"/>
        <source>%1 of %2, %3 of %4 points</source>
        <translation>%1/%2，得 %3 分（满分 %4）</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="402"/>
        <source>Penalty for influential opponents nobody holds</source>
        <translation>无人负责的高影响力反对者扣分</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="447"/>
        <source>Coverage gaps</source>
        <translation>关系覆盖缺口</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="452"/>
        <source>Coverage findings</source>
        <translation>关系覆盖发现</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="454"/>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="457"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="461"/>
        <source>No gaps: every key person is held, recent and working.</source>
        <translation>没有缺口：每位关键人物都有人负责，联系及时且关系良好。</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="472"/>
        <location filename="../../ui/review/content.py" line="547"/>
        <source>Account plan</source>
        <translation>客户计划</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="473"/>
        <source>The account has no plan yet.</source>
        <translation>该客户还没有计划。</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="477"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="478"/>
        <location filename="../../ui/review/content.py" line="558"/>
        <location filename="../../ui/review/content.py" line="573"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="479"/>
        <location filename="../../ui/review/content.py" line="559"/>
        <source>Progress %</source>
        <translation>进度%</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="481"/>
        <source>Actions done</source>
        <translation>已完成行动</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="482"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="489"/>
        <source>Other plans</source>
        <translation>其他计划</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="492"/>
        <source>Challenges</source>
        <translation>挑战</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="493"/>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="494"/>
        <source>Our strengths</source>
        <translation>我方优势</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="495"/>
        <source>Our weaknesses</source>
        <translation>我方劣势</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="496"/>
        <source>Industry trends</source>
        <translation>行业趋势</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="524"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="525"/>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="526"/>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="527"/>
        <source>Exposure</source>
        <translation>风险值</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="528"/>
        <location filename="../../ui/review/content.py" line="556"/>
        <location filename="../../ui/review/content.py" line="571"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="532"/>
        <source>Mitigation</source>
        <translation>应对措施</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="551"/>
        <source>Plan objectives</source>
        <translation>计划目标</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="553"/>
        <location filename="../../ui/review/content.py" line="569"/>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="554"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="555"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="557"/>
        <location filename="../../ui/review/content.py" line="572"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="563"/>
        <source>The plan has no objectives yet.</source>
        <translation>该计划还没有目标。</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="564"/>
        <source>Objectives</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="567"/>
        <source>Plan actions</source>
        <translation>计划行动</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="570"/>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="577"/>
        <source>The plan has no actions yet.</source>
        <translation>该计划还没有行动。</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="578"/>
        <source>Actions</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="581"/>
        <source>Plan risks</source>
        <translation>计划风险</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="585"/>
        <source>No risks are recorded.</source>
        <translation>尚未记录风险。</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="586"/>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="601"/>
        <source>Revenue, last 24 months</source>
        <translation>近 24 个月收入</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="602"/>
        <source>Orders, last 24 months</source>
        <translation>近 24 个月订单数</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="605"/>
        <source>Revenue and orders</source>
        <translation>收入与订单</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="611"/>
        <source>Revenue by quarter</source>
        <translation>按季度收入</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="613"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="614"/>
        <location filename="../../ui/review/content.py" line="624"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="621"/>
        <source>Revenue by month</source>
        <translation>按月收入</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="623"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="642"/>
        <source>No power-map snapshot has been taken yet, so there is nothing to compare the people with. Take one after this review.</source>
        <translation>尚未拍摄权力地图快照，因此无法比较人员变化。请在本次评审后拍摄一个快照。</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="650"/>
        <source>Last review (power-map snapshot)</source>
        <translation>上次评审（权力地图快照）</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="665"/>
        <source>Joined</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="667"/>
        <source>Left</source>
        <translation>离开</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="675"/>
        <source>Tier history</source>
        <translation>级别历史</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="677"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="678"/>
        <source>Tier before</source>
        <translation>原级别</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="679"/>
        <source>Tier after</source>
        <translation>新级别</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="680"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="681"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="686"/>
        <source>The tier has not changed yet.</source>
        <translation>级别尚未变化。</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="687"/>
        <source>Tier changes, latest first</source>
        <translation>级别变化（最新在前）</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="693"/>
        <source>Power map changes</source>
        <translation>权力地图变化</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="695"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="696"/>
        <source>What</source>
        <translation>变化项</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="697"/>
        <source>Then</source>
        <translation>当时</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="698"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="703"/>
        <source>Nobody joined, left or changed since then.</source>
        <translation>此后没有人员新增、离开或变化。</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="704"/>
        <source>People since the last snapshot</source>
        <translation>上次快照以来的人员变化</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="708"/>
        <source>What changed since the last review</source>
        <translation>上次评审以来的变化</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="727"/>
        <source>Account review: %1</source>
        <translation>客户评审：%1</translation>
    </message>
    <message>
        <location filename="../../ui/review/workbook.py" line="48"/>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <location filename="../../ui/review/workbook.py" line="48"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/review/export.py" line="75"/>
        <source>%1 · as of %2</source>
        <translation>%1 · 截至 %2</translation>
    </message>
    <message>
        <location filename="../../ui/review/export.py" line="78"/>
        <location filename="../../ui/review/export.py" line="79"/>
        <source>redacted</source>
        <translation>已脱敏</translation>
    </message>
    <message>
        <location filename="../../ui/review/pdf.py" line="174"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../../ui/review/charts.py" line="50"/>
        <source>Revenue per month</source>
        <translation>每月收入</translation>
    </message>
    <message>
        <location filename="../../ui/review/charts.py" line="56"/>
        <source>Revenue per quarter</source>
        <translation>每季度收入</translation>
    </message>
    <message>
        <location filename="../../ui/review/charts.py" line="74"/>
        <source>Orders per month</source>
        <translation>每月订单数</translation>
    </message>
</context>
<context>
    <name>RfmGrid</name>
    <message>
        <location filename="../../ui/tier_charts.py" line="499"/>
        <source>RFM grid</source>
        <translation>RFM 分群网格</translation>
    </message>
    <message>
        <location filename="../../ui/tier_charts.py" line="499"/>
        <source>Recency score (R)</source>
        <translation>最近购买得分（R）</translation>
    </message>
    <message>
        <location filename="../../ui/tier_charts.py" line="499"/>
        <source>Frequency &amp; monetary score (FM)</source>
        <translation>频次与金额得分（FM）</translation>
    </message>
    <message>
        <location filename="../../ui/tier_charts.py" line="500"/>
        <source>Accounts</source>
        <translation>客户数</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="281"/>
        <source>New Risk</source>
        <translation>新建风险</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="281"/>
        <source>Edit Risk</source>
        <translation>编辑风险</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="295"/>
        <source>Nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="296"/>
        <source>Risk:</source>
        <translation>风险：</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="297"/>
        <source>Likelihood (1-5):</source>
        <translation>可能性（1-5）：</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="298"/>
        <source>Impact (1-5):</source>
        <translation>影响（1-5）：</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="299"/>
        <source>Exposure:</source>
        <translation>风险值：</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="300"/>
        <source>Mitigation:</source>
        <translation>应对措施：</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="301"/>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="309"/>
        <source>%1 of 25 (likelihood × impact)</source>
        <translation>%1 / 25（可能性 × 影响）</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <location filename="../../ui/portfolio_window.py" line="245"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="246"/>
        <source>Weight of a seat</source>
        <translation>席位权重</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="246"/>
        <source>Target split</source>
        <translation>目标配比</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="252"/>
        <source>A ticked role is a seat every account of that tier needs; accounts lacking it are listed under Gaps. A seat&apos;s weight is the workload it stands for: a member&apos;s load is the sum of the weights of the seats they hold. The target split is the planned proportion of seats on A, B and C accounts (the domain&apos;s 6 : 3 : 1). Saving is one step you can undo.</source>
        <translation>勾选的角色是该等级每个客户都必需的席位，缺少的客户列在“缺口”中。席位权重代表其工作量：成员的负荷是其所担任席位的权重之和。目标配比是 A、B、C 类客户席位的计划比例（默认 6 : 3 : 1）。保存后可以撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="257"/>
        <source>Save Rules</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="258"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="259"/>
        <source>Restore Defaults</source>
        <translation>恢复默认设置</translation>
    </message>
</context>
<context>
    <name>SeatCard</name>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="196"/>
        <source>⚠ Required for this tier — missing</source>
        <translation>⚠ 该等级必需 — 缺位</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="198"/>
        <source>✓ Required for this tier</source>
        <translation>✓ 该等级必需</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="200"/>
        <source>Not required for this tier</source>
        <translation>该等级非必需</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="205"/>
        <source>Vacant</source>
        <translation>空缺</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="206"/>
        <source>Pick a member or drag one here</source>
        <translation>从下拉框选择成员，或将成员拖到这里</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="210"/>
        <source>%1 (inactive)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="212"/>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="217"/>
        <source>— nobody —</source>
        <translation>— 无人 —</translation>
    </message>
</context>
<context>
    <name>SegmentTiersModel</name>
    <message>
        <source>Champions</source>
        <translation type="vanished">重要价值客户</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation type="vanished">忠诚客户</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation type="vanished">潜力客户</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="vanished">新客户</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation type="vanished">有希望客户</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation type="vanished">需要关注</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="vanished">流失风险</translation>
    </message>
    <message>
        <source>Cannot lose</source>
        <translation type="vanished">不能失去</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation type="vanished">休眠客户</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="vanished">已流失</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="486"/>
        <source>Segment</source>
        <translation>客户细分</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="486"/>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="486"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="488"/>
        <source>R: recency score; FM: mean of the frequency and monetary scores (1-5, 5 is best).</source>
        <translation>R：最近消费得分；FM：消费频率与消费金额得分的平均值（1-5 分，5 分最好）。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="509"/>
        <source>R %1, FM %2</source>
        <translation>R %1，FM %2</translation>
    </message>
</context>
<context>
    <name>SnapshotsPanel</name>
    <message>
        <location filename="../../ui/powermap_panels.py" line="500"/>
        <source>Account:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="501"/>
        <source>Label (optional), e.g. “before the tender”</source>
        <translation>名称（可选），如“招标前”</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="502"/>
        <source>Take Snapshot</source>
        <translation>拍摄快照</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="503"/>
        <source>Keep the account&apos;s power map as it stands today</source>
        <translation>保存该客户当前的权力地图</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="504"/>
        <source>Compare with Current Map</source>
        <translation>与当前地图比较</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="505"/>
        <source>Compare the Two Selected</source>
        <translation>比较所选两个快照</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="506"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="507"/>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="508"/>
        <source>What changed</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="509"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="509"/>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="509"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="509"/>
        <source>Saved at</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="510"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="510"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="510"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="510"/>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="511"/>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="625"/>
        <source>Select a snapshot to compare with the current map, or two snapshots to compare with each other.</source>
        <translation>选择一个快照与当前地图比较，或选择两个快照相互比较。</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="631"/>
        <source>the current map</source>
        <translation>当前地图</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="632"/>
        <source>%1 joined, %2 left, %3 changed</source>
        <translation>新增 %1 人，离开 %2 人，变化 %3 人</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="635"/>
        <source>nothing changed</source>
        <translation>没有变化</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="636"/>
        <source>From %1 to %2: %3.</source>
        <translation>从 %1 到 %2：%3。</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="642"/>
        <source>Joined</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="645"/>
        <source>Left</source>
        <translation>离开</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="648"/>
        <source>Changed</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="699"/>
        <source>Reports to</source>
        <translation>汇报给</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="712"/>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="714"/>
        <location filename="../../ui/powermap_panels.py" line="716"/>
        <source>nobody</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>SplitChart</name>
    <message>
        <location filename="../../ui/portfolio_window.py" line="170"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="170"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="173"/>
        <source>Seats per tier against the target split</source>
        <translation>各等级席位占比与目标配比</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="174"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="174"/>
        <source>Share of seats (%)</source>
        <translation>席位占比（%）</translation>
    </message>
</context>
<context>
    <name>TeamTableModel</name>
    <message>
        <location filename="../../ui/team_window.py" line="122"/>
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="122"/>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="131"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="131"/>
        <source>Key</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="131"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="132"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="132"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="132"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>TeamWindow</name>
    <message>
        <location filename="../../ui/team_window.py" line="328"/>
        <source>Team Members</source>
        <translation>团队成员</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="329"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="330"/>
        <source>Add a team member</source>
        <translation>添加团队成员</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="331"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="332"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="334"/>
        <source>The member leaves the team: their seats end today and their accounts show the gap</source>
        <translation>该成员离开团队：其担任的席位今日结束，相关客户将显示缺口</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="336"/>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="337"/>
        <source>Show inactive members</source>
        <translation>显示已停用成员</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="367"/>
        <source>%1 active, %2 inactive</source>
        <translation>在岗 %1 人，已停用 %2 人</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="410"/>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="432"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="448"/>
        <source>Deactivate %1</source>
        <translation>停用 %1</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="455"/>
        <source>Reactivate %1</source>
        <translation>重新启用 %1</translation>
    </message>
</context>
<context>
    <name>TierDistributionChart</name>
    <message>
        <location filename="../../ui/tier_charts.py" line="310"/>
        <source>Applied</source>
        <translation>当前已应用</translation>
    </message>
    <message>
        <location filename="../../ui/tier_charts.py" line="310"/>
        <source>This classification</source>
        <translation>本次分级</translation>
    </message>
    <message>
        <location filename="../../ui/tier_charts.py" line="319"/>
        <source>Accounts per tier</source>
        <translation>各级客户数量</translation>
    </message>
    <message>
        <location filename="../../ui/tier_charts.py" line="319"/>
        <source>Tier</source>
        <translation>客户分级</translation>
    </message>
    <message>
        <location filename="../../ui/tier_charts.py" line="319"/>
        <source>Accounts</source>
        <translation>客户数</translation>
    </message>
</context>
<context>
    <name>TierLabels</name>
    <message>
        <location filename="../../ui/tier_labels.py" line="18"/>
        <source>A · core</source>
        <translation>A · 核心</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="19"/>
        <source>B · growth</source>
        <translation>B · 成长</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="20"/>
        <source>C · basic</source>
        <translation>C · 基础</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="21"/>
        <source>D · potential</source>
        <translation>D · 潜在</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="22"/>
        <source>not classified</source>
        <translation>未分级</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="29"/>
        <source>Pareto ABC</source>
        <translation>帕累托 ABC</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="30"/>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="31"/>
        <source>Weighted multi-dimensional</source>
        <translation>加权多维</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="32"/>
        <source>Set by hand</source>
        <translation>手动设定</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="39"/>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="40"/>
        <source>Behaviour</source>
        <translation>行为</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="41"/>
        <source>Potential</source>
        <translation>潜力</translation>
    </message>
    <message>
        <source>Share of total revenue</source>
        <translation type="vanished">占总收入比例</translation>
    </message>
    <message>
        <source>Days between orders</source>
        <translation type="vanished">下单间隔天数</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="50"/>
        <source>Repeat purchases</source>
        <translation>复购次数</translation>
    </message>
    <message>
        <source>Paid on time</source>
        <translation type="vanished">按时回款率</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="52"/>
        <source>Interactions per year</source>
        <translation>年互动次数</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="53"/>
        <source>Referrals</source>
        <translation>转介绍次数</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="54"/>
        <source>Feedback</source>
        <translation>反馈次数</translation>
    </message>
    <message>
        <source>Industry growth %</source>
        <translation type="vanished">行业增长率 %</translation>
    </message>
    <message>
        <source>Size percentile in industry</source>
        <translation type="vanished">行业内规模百分位</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="48"/>
        <source>Share of revenue</source>
        <translation>收入占比</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="49"/>
        <source>Purchase cycle</source>
        <translation>采购周期</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="51"/>
        <source>On-time payment rate</source>
        <translation>按时回款率</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="55"/>
        <source>Industry growth</source>
        <translation>行业增长率</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="56"/>
        <source>Size within industry</source>
        <translation>行业内规模排名</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="57"/>
        <source>Decision nodes</source>
        <translation>决策节点数</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="58"/>
        <source>Industry leader</source>
        <translation>行业龙头</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="59"/>
        <location filename="../../ui/tier_labels.py" line="64"/>
        <source>Revenue in window</source>
        <translation>统计期内收入</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="60"/>
        <source>Rank by revenue</source>
        <translation>收入排名</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="61"/>
        <source>Share held by higher-ranked accounts</source>
        <translation>排名靠前客户所占份额</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="62"/>
        <source>Days since last order</source>
        <translation>距上次下单天数</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="63"/>
        <source>Orders in window</source>
        <translation>统计期内订单数</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="71"/>
        <source>Champions</source>
        <translation>重要价值客户</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="72"/>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="73"/>
        <source>Potential loyalists</source>
        <translation>潜力客户</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="74"/>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="75"/>
        <source>Promising</source>
        <translation>有希望客户</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="76"/>
        <source>Need attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="77"/>
        <source>At risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="78"/>
        <source>Cannot lose</source>
        <translation>不能失去</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="79"/>
        <source>Hibernating</source>
        <translation>休眠客户</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="80"/>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="97"/>
        <source>Accounts ranked above it hold %1 of revenue, below the %2 cut-off: A.</source>
        <translation>排名在其之前的客户占收入 %1，低于 %2 的分界线：A 级。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="102"/>
        <source>Accounts ranked above it hold %1 of revenue, from %2 to below %3: B.</source>
        <translation>排名在其之前的客户占收入 %1，在 %2 到 %3 之间：B 级。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="111"/>
        <source>Accounts ranked above it hold %1 of revenue, at or above the %2 cut-off: C.</source>
        <translation>排名在其之前的客户占收入 %1，达到或超过 %2 的分界线：C 级。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="116"/>
        <source>No revenue in the window: D.</source>
        <translation>统计期内没有收入：D 级。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="118"/>
        <source>RFM %1-%2-%3, segment “%4”, which maps to %5.</source>
        <translation>RFM %1-%2-%3，属于“%4”分群，对应 %5 级。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="127"/>
        <source>Never ordered: D.</source>
        <translation>从未下单：D 级。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="130"/>
        <source>Value score %1 is at least %2: A.</source>
        <translation>价值分 %1 不低于 %2：A 级。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="131"/>
        <source>Value score %1 is below %2 but at least %3: B.</source>
        <translation>价值分 %1 低于 %2 但不低于 %3：B 级。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="132"/>
        <source>Value score %1 is below %3: C.</source>
        <translation>价值分 %1 低于 %3：C 级。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="141"/>
        <source>A prospect that has never ordered: D.</source>
        <translation>从未下单的潜在客户：D 级。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="143"/>
        <source>Set to %1 by hand: %2</source>
        <translation>手动设为 %1 级：%2</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="146"/>
        <source>Set to %1 by hand on %2 (the model said %3): %4</source>
        <translation>%2 手动设为 %1 级（模型结论为 %3）：%4</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="158"/>
        <source>Orders fell against the previous window</source>
        <translation>订单数比上一统计期减少</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="159"/>
        <source>Paying later than in the previous window</source>
        <translation>回款比上一统计期更慢</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="160"/>
        <source>High-potential C: value score of 80 or more</source>
        <translation>高潜力 C 类：价值分 80 及以上</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="161"/>
        <source>High-potential C: revenue grew 30 % or more</source>
        <translation>高潜力 C 类：收入增长 30% 及以上</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="168"/>
        <source>A accounts lost (churn)</source>
        <translation>A 类客户流失率</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="169"/>
        <source>B accounts upgraded to A</source>
        <translation>B 类升级为 A 类</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="170"/>
        <source>C accounts converted to B</source>
        <translation>C 类转化为 B 类</translation>
    </message>
</context>
<context>
    <name>TierResultsModel</name>
    <message>
        <location filename="../../ui/classify_dialog.py" line="113"/>
        <source>Key</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="114"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="115"/>
        <source>Applied</source>
        <translation>当前等级</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="116"/>
        <source>New</source>
        <translation>新等级</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="117"/>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="118"/>
        <source>Why</source>
        <translation>依据</translation>
    </message>
</context>
<context>
    <name>TierSettingsEditor</name>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="816"/>
        <source>Choose a tiering model.</source>
        <translation>请选择分级模型。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="818"/>
        <source>The time window must be %1 to %2 months.</source>
        <translation>统计周期须为 %1 至 %2 个月。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="821"/>
        <source>The A cut-off must be above 0% and below 100%.</source>
        <translation>A 类分界线须大于 0% 且小于 100%。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="824"/>
        <source>The B cut-off (%1%) must be above the A cut-off (%2%) and at most 100%.</source>
        <translation>B 类分界线（%1%）须高于 A 类分界线（%2%），且不超过 100%。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="827"/>
        <source>The B cut-off must be above the A cut-off and at most 100%.</source>
        <translation>B 类分界线须高于 A 类分界线，且不超过 100%。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="831"/>
        <source>Choose a tier (A-D) for the segment %1.</source>
        <translation>请为客户细分“%1”选择等级（A-D）。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="833"/>
        <source>The dimension weights add up to %1; they must add up to 100.</source>
        <translation>维度权重合计为 %1，须为 100。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="838"/>
        <source>The %1 dimension has a weight but none of its criteria has: give one of them a weight, or set the dimension&apos;s weight to 0.</source>
        <translation>“%1”维度设有权重，但其下没有任何指标设有权重：请为其中一项指标设置权重，或将该维度权重设为 0。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="840"/>
        <source>The weight of the %1 dimension must be between 0 and 100.</source>
        <translation>“%1”维度的权重须在 0 到 100 之间。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="843"/>
        <source>The B score line (%1) must be below the A score line (%2).</source>
        <translation>B 类分数线（%1）须低于 A 类分数线（%2）。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="846"/>
        <source>Score lines must be between 0 and 100.</source>
        <translation>分数线须在 0 到 100 之间。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="883"/>
        <source>%1: the weight must be a number of 0 or more.</source>
        <translation>%1：权重须为不小于 0 的数字。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="885"/>
        <source>%1: the points for a value below every band must be between 0 and 100.</source>
        <translation>%1：未达任何分档时的得分须在 0 到 100 之间。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="889"/>
        <source>%1 needs at least one band, e.g. 15:100, 5:60.</source>
        <translation>%1 至少需要一个分档，例如 15:100, 5:60。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="891"/>
        <source>%1: &apos;%2&apos; is not a band; write threshold:points pairs separated by commas, e.g. 15:100, 5:60.</source>
        <translation>%1：“%2”不是有效的分档；请按“阈值:得分”填写，多组之间用逗号分隔，例如 15:100, 5:60。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="894"/>
        <source>%1: the thresholds must run from best to worst, falling when higher is better and rising when lower is better.</source>
        <translation>%1：阈值须从最好到最差排列——越高越好时从高到低，越低越好时从低到高。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="897"/>
        <source>%1: band points must be between 0 and 100.</source>
        <translation>%1：分档得分须在 0 到 100 之间。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="898"/>
        <source>%1: the bands are not valid; write threshold:points pairs such as 15:100, 5:60.</source>
        <translation>%1：分档无效；请按“阈值:得分”填写，例如 15:100, 5:60。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="928"/>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="932"/>
        <source>An account is A while the accounts ranked above it hold less than %1% of the revenue, B while they hold less than %2%, otherwise C. Accounts without revenue in the window are D.</source>
        <translation>按收入从高到低排序：排在该客户之前的客户累计收入占比低于 %1% 时为 A 类，低于 %2% 时为 B 类，其余为 C 类；统计周期内没有收入的客户为 D 类。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="938"/>
        <source>Each criterion earns 0-100 points from its bands; a dimension scores the weighted mean of its criteria, the value score the weighted mean of the dimensions. A from a score of %1, B from %2, otherwise C; accounts that never ordered are D.</source>
        <translation>每项指标按分档得 0-100 分；维度得分为其各指标的加权平均，价值总分为各维度的加权平均。总分达到 %1 为 A 类，达到 %2 为 B 类，其余为 C 类；从未下单的客户为 D 类。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="969"/>
        <source>Weighted multi-dimensional</source>
        <translation>多维加权评分</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="970"/>
        <source>Pareto ABC</source>
        <translation>帕累托 ABC 分析</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="971"/>
        <source>RFM</source>
        <translation>RFM 模型</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="975"/>
        <source>Tiering model</source>
        <translation>分级模型</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="976"/>
        <source>Time window</source>
        <translation>统计周期</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="977"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="978"/>
        <source>How many months of orders and interactions before the classification date count.</source>
        <translation>计入分级日期之前多少个月内的订单和互动记录。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="980"/>
        <source>Classify each group as a whole (roll up its customer tree)</source>
        <translation>按集团整体分级（汇总其客户树）</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="981"/>
        <source>When on, a group and all its subsidiaries get one tier from their combined figures.</source>
        <translation>勾选后，集团及其所有下属公司按合并数据统一定为一个等级。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="983"/>
        <source>A cut-off</source>
        <translation>A 类分界线</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="984"/>
        <source>B cut-off</source>
        <translation>B 类分界线</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="986"/>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="987"/>
        <source>Share of the total revenue held by the accounts ranked above.</source>
        <translation>排名在前的客户累计占总收入的比例。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="989"/>
        <source>Accounts that ordered are scored 1-5 against each other on recency (R), frequency (F) and monetary value (M); FM is the mean of F and M. Each segment gets the tier chosen here; accounts that never ordered are D.</source>
        <translation>有过订单的客户相互比较，按最近一次消费（R）、消费频率（F）和消费金额（M）分别评 1-5 分；FM 为 F 与 M 的平均分。每个客户细分按此处选择的等级分级；从未下单的客户为 D 类。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="993"/>
        <source>Dimension weights (must add up to 100)</source>
        <translation>维度权重（合计须为 100）</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="996"/>
        <source>Score lines</source>
        <translation>分数线</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="997"/>
        <source>A from score</source>
        <translation>A 类分数线</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="998"/>
        <source>B from score</source>
        <translation>B 类分数线</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="999"/>
        <source>Missing input</source>
        <translation>数据缺失时</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="1001"/>
        <source>Re-spread its weight over the known criteria</source>
        <translation>将其权重分摊到已知指标</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="1002"/>
        <source>Score it 0 points</source>
        <translation>按 0 分计</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="1006"/>
        <source>What happens to a criterion whose input is not known, e.g. an account without due orders.</source>
        <translation>某项指标缺少数据时的处理方式，例如客户尚无到期订单。</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="1008"/>
        <source>Criteria</source>
        <translation>评分指标</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="1009"/>
        <source>Restore defaults</source>
        <translation>恢复默认设置</translation>
    </message>
</context>
<context>
    <name>TriangleLabels</name>
    <message>
        <location filename="../../ui/triangle_labels.py" line="18"/>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/triangle_labels.py" line="19"/>
        <source>Solution manager</source>
        <translation>方案经理</translation>
    </message>
    <message>
        <location filename="../../ui/triangle_labels.py" line="20"/>
        <source>Delivery manager</source>
        <translation>交付经理</translation>
    </message>
    <message>
        <location filename="../../ui/triangle_labels.py" line="43"/>
        <source>Capacity is a number from 0 to 1000 (tier-weighted seats).</source>
        <translation>容量是 0 到 1000 之间的数字（按客户等级加权的席位数）。</translation>
    </message>
    <message>
        <location filename="../../ui/triangle_labels.py" line="47"/>
        <source>Roles are AR, SR and FR.</source>
        <translation>角色只能是 AR、SR 和 FR。</translation>
    </message>
    <message>
        <location filename="../../ui/triangle_labels.py" line="49"/>
        <source>The weight of tier %1 must be 0 to 100.</source>
        <translation>%1 级的权重必须在 0 到 100 之间。</translation>
    </message>
    <message>
        <location filename="../../ui/triangle_labels.py" line="53"/>
        <source>The target split needs positive parts, such as 6 : 3 : 1.</source>
        <translation>目标配比需要正数，例如 6 : 3 : 1。</translation>
    </message>
    <message>
        <location filename="../../ui/triangle_labels.py" line="57"/>
        <source>A team member needs a name.</source>
        <translation>团队成员需要填写姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/triangle_labels.py" line="60"/>
        <source>The key &apos;%1&apos; is already used by another team member.</source>
        <translation>编号“%1”已被另一位团队成员使用。</translation>
    </message>
    <message>
        <location filename="../../ui/triangle_labels.py" line="65"/>
        <source>This team member has held iron-triangle seats; deactivate them instead.</source>
        <translation>该团队成员曾在铁三角中任职，不能删除；请改为停用。</translation>
    </message>
    <message>
        <location filename="../../ui/triangle_labels.py" line="69"/>
        <source>This team member cannot take the role %1; add the role to the member first.</source>
        <translation>该团队成员不能担任 %1 角色；请先为其添加该角色。</translation>
    </message>
    <message>
        <location filename="../../ui/triangle_labels.py" line="73"/>
        <source>The current holder has the seat since %1; a change cannot start before that.</source>
        <translation>现任人员自 %1 起担任该席位；变更不能早于该日期。</translation>
    </message>
    <message>
        <location filename="../../ui/triangle_labels.py" line="76"/>
        <source>This team member is no longer active and cannot join an iron triangle.</source>
        <translation>该团队成员已停用，不能加入铁三角。</translation>
    </message>
</context>
<context>
    <name>TriangleMenus</name>
    <message>
        <location filename="../../ui/triangle_menus.py" line="59"/>
        <source>&amp;Iron Triangle…</source>
        <translation>铁三角(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/triangle_menus.py" line="61"/>
        <source>The AR, SR and FR seats of the selected account, who holds them and since when</source>
        <translation>所选客户的 AR、SR、FR 席位：由谁担任、自何时起</translation>
    </message>
    <message>
        <location filename="../../ui/triangle_menus.py" line="63"/>
        <source>Tea&amp;m</source>
        <translation>团队(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/triangle_menus.py" line="64"/>
        <source>&amp;Team Members…</source>
        <translation>团队成员(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/triangle_menus.py" line="65"/>
        <source>&amp;Coverage and Workload…</source>
        <translation>覆盖与工作量(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>TriangleWindow</name>
    <message>
        <location filename="../../ui/triangle_base.py" line="145"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/triangle_base.py" line="158"/>
        <source>Undo %1</source>
        <translation>撤销 %1</translation>
    </message>
    <message>
        <location filename="../../ui/triangle_base.py" line="159"/>
        <source>Redo %1</source>
        <translation>重做 %1</translation>
    </message>
</context>
<context>
    <name>WorkloadChart</name>
    <message>
        <location filename="../../ui/portfolio_window.py" line="134"/>
        <source>Load</source>
        <translation>负荷</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="134"/>
        <source>Load over capacity</source>
        <translation>超出容量的负荷</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="134"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="137"/>
        <source>Load against capacity</source>
        <translation>负荷与容量</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="137"/>
        <source>Tier-weighted seats</source>
        <translation>按等级加权的席位数</translation>
    </message>
</context>
</TS>

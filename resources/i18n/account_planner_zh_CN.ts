<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../ui/account_form.py" line="182" />
        <source>%1 orders, %2 in total</source>
        <translation>%1 笔订单，合计 %2</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="189" />
        <source>%1, changed %2</source>
        <translation>%1，最后修改 %2</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="255" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="256" />
        <source>Key</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="257" />
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="258" />
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="259" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="260" />
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="261" />
        <source>Employees</source>
        <translation>员工人数</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="262" />
        <location filename="../../ui/account_form.py" line="282" />
        <source>Annual revenue</source>
        <translation>年营业收入</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="263" />
        <source>Customer since</source>
        <translation>成为客户日期</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="264" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="268" />
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="270" />
        <source>A stable key that identifies the account in imports and exports.</source>
        <translation>稳定的客户编号，导入导出时用来识别客户。</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="273" />
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="274" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="275" />
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="279" />
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="280" />
        <source>This account and everything below it</source>
        <translation>本客户及其所有下级</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="281" />
        <source>Accounts</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="283" />
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="284" />
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="286" />
        <source>Select an account in the customer tree to see and edit its details.</source>
        <translation>在左侧客户树中选择一个客户，即可查看和编辑其详细信息。</translation>
    </message>
</context>
<context>
    <name>AccountTreeModel</name>
    <message>
        <location filename="../../ui/tree_model.py" line="261" />
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/tree_model.py" line="261" />
        <source>Key</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/tree_model.py" line="261" />
        <source>Industry</source>
        <translation>行业</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../ui/tasks.py" line="63" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../ui/exchange_labels.py" line="14" />
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="15" />
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="16" />
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="17" />
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="18" />
        <source>Interactions</source>
        <translation>互动记录</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="23" />
        <source>Key</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="24" />
        <source>Account key</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="25" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="26" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="27" />
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="31" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="32" />
        <source>Parent key</source>
        <translation>上级客户编号</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="33" />
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="34" />
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="35" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="36" />
        <source>Employees</source>
        <translation>员工人数</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="37" />
        <source>Annual revenue</source>
        <translation>年营业收入</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="38" />
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="39" />
        <source>Customer since</source>
        <translation>成为客户日期</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="41" />
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="42" />
        <source>Changed</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="47" />
        <location filename="../../ui/exchange_labels.py" line="57" />
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="48" />
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="49" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="50" />
        <source>Reports to key</source>
        <translation>汇报对象编号</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="52" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="59" />
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="65" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="66" />
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="67" />
        <source>Paid date</source>
        <translation>回款日期</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="72" />
        <source>Contact key</source>
        <translation>联系人编号</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="74" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="75" />
        <source>Note</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="183" />
        <source>The database was upgraded; the previous version was saved as %1.</source>
        <translation>数据库已升级；升级前的版本已备份为 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198" />
        <source>%1 — Account Planner</source>
        <translation>%1 — 客户规划</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207" />
        <source>%1 accounts · %2 contacts · %3 orders · %4 interactions</source>
        <translation>%1 个客户 · %2 位联系人 · %3 笔订单 · %4 次互动</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303" />
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304" />
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306" />
        <source>&amp;Backup…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308" />
        <source>New &amp;Top-Level Account</source>
        <translation>新建顶层客户(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309" />
        <source>New &amp;Sub-Account</source>
        <translation>新建下级客户(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="310" />
        <source>New Account at the Same &amp;Level</source>
        <translation>新建同级客户(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311" />
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312" />
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313" />
        <source>&amp;Find Account</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314" />
        <source>&amp;Collapse All</source>
        <translation>全部折叠(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="315" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316" />
        <source>System Default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319" />
        <source>&amp;About Account Planner</source>
        <translation>关于客户规划(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320" />
        <source>Search by name, key or industry</source>
        <translation>按名称、编号或行业搜索</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335" />
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U) %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="336" />
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R) %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="419" />
        <source>Account Planner</source>
        <translation>客户规划</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="438" />
        <source>New account</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="438" />
        <source>Add account</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="450" />
        <source>Rename account</source>
        <translation>重命名客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="453" />
        <source>Move account</source>
        <translation>移动客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="456" />
        <location filename="../../ui/main_window.py" line="505" />
        <source>Delete account</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="470" />
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="508" />
        <source>“%1” has sub-accounts. What should happen to them?</source>
        <translation>“%1”有下级客户。要如何处理它们？</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="513" />
        <source>Contacts, orders and interactions of deleted accounts are deleted too. You can undo this.</source>
        <translation>被删除客户的联系人、订单和互动记录也会一并删除。此操作可以撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="520" />
        <source>Delete Everything Below Too</source>
        <translation>连同所有下级一起删除</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="524" />
        <source>Move Sub-Accounts Up a Level</source>
        <translation>下级客户上移一级</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="529" />
        <source>Delete “%1” with its contacts, orders and interactions?</source>
        <translation>删除“%1”及其联系人、订单和互动记录？</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="533" />
        <source>You can undo this.</source>
        <translation>此操作可以撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="535" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="590" />
        <source>%n account(s) found</source>
        <translation>
            <numerusform>找到 %n 个客户</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="614" />
        <source>%1 exists already. Choose another name, or use Open Database.</source>
        <translation>%1 已存在。请换一个文件名，或使用“打开数据库”。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="639" />
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="641" />
        <source>Account Planner databases (*.sqlite *.db)</source>
        <translation>客户规划数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="650" />
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="652" />
        <source>Account Planner databases (*.sqlite *.db);;All files (*)</source>
        <translation>客户规划数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="662" />
        <source>Back Up Database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="664" />
        <source>Account Planner databases (*.sqlite)</source>
        <translation>客户规划数据库 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="671" />
        <source>Only database files can be backed up here.</source>
        <translation>这里只能备份数据库文件。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="678" />
        <source>Choose another file: a backup cannot replace the database itself.</source>
        <translation>请选择其他文件：备份不能覆盖数据库本身。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="685" />
        <source>Backup saved to %1.</source>
        <translation>备份已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="708" />
        <source>No other recent databases</source>
        <translation>没有其他最近打开的数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="723" />
        <source>Welcome to Account Planner</source>
        <translation>欢迎使用客户规划</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="724" />
        <source>Your database is empty. Load a demo portfolio of 300 customer accounts, with contacts, orders and interactions, to try the program? You can open a new, empty database at any time from the File menu.</source>
        <translation>您的数据库还是空的。要载入一个包含 300 个客户及其联系人、订单和互动记录的演示组合来试用吗？您随时可以从“文件”菜单新建一个空数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="740" />
        <source>Loading the demo portfolio…</source>
        <translation>正在载入演示客户组合…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="753" />
        <source>Something went wrong: %1</source>
        <translation>出现错误：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="765" />
        <source>About Account Planner</source>
        <translation>关于客户规划</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="767" />
        <source>&lt;h3&gt;Account Planner 0.1&lt;/h3&gt;&lt;p&gt;Key account planning on your own computer: customer trees, and more to come.&lt;/p&gt;&lt;p&gt;Your data is stored in %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;客户规划 0.1&lt;/h3&gt;&lt;p&gt;在您自己的电脑上做大客户规划：客户树，更多功能即将推出。&lt;/p&gt;&lt;p&gt;您的数据保存在 %1。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="16" />
        <source>Key</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="17" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="18" />
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="19" />
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="20" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="21" />
        <source>Employees</source>
        <translation>员工人数</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="22" />
        <source>Annual revenue</source>
        <translation>年营业收入</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="23" />
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="24" />
        <source>Customer since</source>
        <translation>成为客户日期</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="25" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="34" />
        <source>%1 cannot be empty.</source>
        <translation>%1不能为空。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="35" />
        <source>%1 holds at most %3 characters.</source>
        <translation>%1最多 %3 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="36" />
        <source>%1: '%2' is not a whole number.</source>
        <translation>%1：“%2”不是整数。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="37" />
        <source>%1 cannot be negative.</source>
        <translation>%1不能为负数。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="38" />
        <source>%1: '%2' is implausibly large.</source>
        <translation>%1：“%2”大得不合常理。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="39" />
        <source>%1: '%2' is not a date; write it as YYYY-MM-DD.</source>
        <translation>%1：“%2”不是日期，请按 YYYY-MM-DD 格式填写。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="40" />
        <source>%1: %2 is not a real calendar date.</source>
        <translation>%1：%2 不是一个真实存在的日期。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="41" />
        <source>%1: %2 lies in the future.</source>
        <translation>%1：%2 是将来的日期。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="42" />
        <source>%1: '%2' is not an amount.</source>
        <translation>%1：“%2”不是金额。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="60" />
        <source>An account cannot be moved under itself or one of its own subsidiaries.</source>
        <translation>客户不能移动到自身或其下级公司之下。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="63" />
        <source>The account no longer exists; it may have been deleted.</source>
        <translation>该客户已不存在，可能已被删除。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="66" />
        <source>The key '%1' is already used by another account.</source>
        <translation>编号“%1”已被其他客户使用。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="69" />
        <source>%1 was written by a newer version of Account Planner. Update the program to open it; the file was not changed.</source>
        <translation>%1 由更新版本的客户规划创建。请升级程序后再打开；文件未被改动。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="74" />
        <source>The database is in use by another program. Try again in a moment.</source>
        <translation>数据库正被其他程序占用，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="77" />
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未做任何更改。</translation>
    </message>
</context>
</TS>
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
        <location filename="../../ui/account_form.py" line="187" />
        <source>%1, changed %2</source>
        <translation>%1，最后修改 %2</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="251" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="252" />
        <source>Key</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="253" />
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="254" />
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="255" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="256" />
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="257" />
        <source>Employees</source>
        <translation>员工人数</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="258" />
        <location filename="../../ui/account_form.py" line="276" />
        <source>Annual revenue</source>
        <translation>年营业收入</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="259" />
        <source>Customer since</source>
        <translation>成为客户日期</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="260" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="264" />
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="265" />
        <source>A stable key that identifies the account in imports and exports.</source>
        <translation>稳定的客户编号，导入导出时用来识别客户。</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="267" />
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="268" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="269" />
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="273" />
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="274" />
        <source>This account and everything below it</source>
        <translation>本客户及其所有下级</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="275" />
        <source>Accounts</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="277" />
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="278" />
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="279" />
        <source>Select an account in the customer tree to see and edit its details.</source>
        <translation>在左侧客户树中选择一个客户，即可查看和编辑其详细信息。</translation>
    </message>
</context>
<context>
    <name>AccountTreeModel</name>
    <message>
        <location filename="../../ui/tree_model.py" line="211" />
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/tree_model.py" line="211" />
        <source>Key</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/tree_model.py" line="211" />
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
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="167" />
        <source>The database was upgraded; the previous version was saved as %1.</source>
        <translation>数据库已升级；升级前的版本已备份为 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182" />
        <source>%1 — Account Planner</source>
        <translation>%1 — 客户规划</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191" />
        <source>%1 accounts · %2 contacts · %3 orders · %4 interactions</source>
        <translation>%1 个客户 · %2 位联系人 · %3 笔订单 · %4 次互动</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282" />
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283" />
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285" />
        <source>&amp;Backup…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287" />
        <source>New &amp;Top-Level Account</source>
        <translation>新建顶层客户(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288" />
        <source>New &amp;Sub-Account</source>
        <translation>新建下级客户(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289" />
        <source>New Account at the Same &amp;Level</source>
        <translation>新建同级客户(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="290" />
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291" />
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292" />
        <source>&amp;Find Account</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293" />
        <source>&amp;Collapse All</source>
        <translation>全部折叠(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295" />
        <source>System Default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298" />
        <source>&amp;About Account Planner</source>
        <translation>关于客户规划(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299" />
        <source>Search by name, key or industry</source>
        <translation>按名称、编号或行业搜索</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313" />
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U) %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314" />
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R) %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392" />
        <source>Account Planner</source>
        <translation>客户规划</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="411" />
        <source>New account</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="411" />
        <source>Add account</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="423" />
        <source>Rename account</source>
        <translation>重命名客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="426" />
        <source>Move account</source>
        <translation>移动客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="429" />
        <location filename="../../ui/main_window.py" line="478" />
        <source>Delete account</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="443" />
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="480" />
        <source>“%1” has sub-accounts. What should happen to them?</source>
        <translation>“%1”有下级客户。要如何处理它们？</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="481" />
        <source>Contacts, orders and interactions of deleted accounts are deleted too. You can undo this.</source>
        <translation>被删除客户的联系人、订单和互动记录也会一并删除。此操作可以撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="483" />
        <source>Delete Everything Below Too</source>
        <translation>连同所有下级一起删除</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="484" />
        <source>Move Sub-Accounts Up a Level</source>
        <translation>下级客户上移一级</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="486" />
        <source>Delete “%1” with its contacts, orders and interactions?</source>
        <translation>删除“%1”及其联系人、订单和互动记录？</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="487" />
        <source>You can undo this.</source>
        <translation>此操作可以撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="488" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="542" />
        <source>%n account(s) found</source>
        <translation>
            <numerusform>找到 %n 个客户</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="565" />
        <source>%1 exists already. Choose another name, or use Open Database.</source>
        <translation>%1 已存在。请换一个文件名，或使用“打开数据库”。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="587" />
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="588" />
        <source>Account Planner databases (*.sqlite *.db)</source>
        <translation>客户规划数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="596" />
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="597" />
        <source>Account Planner databases (*.sqlite *.db);;All files (*)</source>
        <translation>客户规划数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="604" />
        <source>Back Up Database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="604" />
        <source>Account Planner databases (*.sqlite)</source>
        <translation>客户规划数据库 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="611" />
        <source>Only database files can be backed up here.</source>
        <translation>这里只能备份数据库文件。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="618" />
        <source>Choose another file: a backup cannot replace the database itself.</source>
        <translation>请选择其他文件：备份不能覆盖数据库本身。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="625" />
        <source>Backup saved to %1.</source>
        <translation>备份已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="648" />
        <source>No other recent databases</source>
        <translation>没有其他最近打开的数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="663" />
        <source>Welcome to Account Planner</source>
        <translation>欢迎使用客户规划</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="664" />
        <source>Your database is empty. Load a demo portfolio of 300 customer accounts, with contacts, orders and interactions, to try the program? You can open a new, empty database at any time from the File menu.</source>
        <translation>您的数据库还是空的。要载入一个包含 300 个客户及其联系人、订单和互动记录的演示组合来试用吗？您随时可以从“文件”菜单新建一个空数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="677" />
        <source>Loading the demo portfolio…</source>
        <translation>正在载入演示客户组合…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="690" />
        <source>Something went wrong: %1</source>
        <translation>出现错误：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="702" />
        <source>About Account Planner</source>
        <translation>关于客户规划</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="703" />
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
        <location filename="../../ui/messages.py" line="61" />
        <source>The account no longer exists; it may have been deleted.</source>
        <translation>该客户已不存在，可能已被删除。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="62" />
        <source>The key '%1' is already used by another account.</source>
        <translation>编号“%1”已被其他客户使用。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="65" />
        <source>%1 was written by a newer version of Account Planner. Update the program to open it; the file was not changed.</source>
        <translation>%1 由更新版本的客户规划创建。请升级程序后再打开；文件未被改动。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="69" />
        <source>The database is in use by another program. Try again in a moment.</source>
        <translation>数据库正被其他程序占用，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="70" />
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未做任何更改。</translation>
    </message>
</context>
</TS>
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../ui/account_form.py" line="182"/>
        <source>%1 orders, %2 in total</source>
        <translation>%1 笔订单，合计 %2</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="189"/>
        <source>%1, changed %2</source>
        <translation>%1，最后修改 %2</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="255"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="256"/>
        <source>Key</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="257"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="258"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="259"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="260"/>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="261"/>
        <source>Employees</source>
        <translation>员工人数</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="262"/>
        <location filename="../../ui/account_form.py" line="282"/>
        <source>Annual revenue</source>
        <translation>年营业收入</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="263"/>
        <source>Customer since</source>
        <translation>成为客户日期</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="264"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="268"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="270"/>
        <source>A stable key that identifies the account in imports and exports.</source>
        <translation>稳定的客户编号，导入导出时用来识别客户。</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="273"/>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="274"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="275"/>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="279"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="280"/>
        <source>This account and everything below it</source>
        <translation>本客户及其所有下级</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="281"/>
        <source>Accounts</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="283"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="284"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="286"/>
        <source>Select an account in the customer tree to see and edit its details.</source>
        <translation>在左侧客户树中选择一个客户，即可查看和编辑其详细信息。</translation>
    </message>
</context>
<context>
    <name>AccountTreeModel</name>
    <message>
        <location filename="../../ui/tree_model.py" line="261"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/tree_model.py" line="261"/>
        <source>Key</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/tree_model.py" line="261"/>
        <source>Industry</source>
        <translation>行业</translation>
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
        <location filename="../../ui/exchange_labels.py" line="23"/>
        <source>Key</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="24"/>
        <source>Account key</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="25"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="26"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="27"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="31"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="32"/>
        <source>Parent key</source>
        <translation>上级客户编号</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="33"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="34"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="35"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="36"/>
        <source>Employees</source>
        <translation>员工人数</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="37"/>
        <source>Annual revenue</source>
        <translation>年营业收入</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="38"/>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="39"/>
        <source>Customer since</source>
        <translation>成为客户日期</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="41"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="42"/>
        <source>Changed</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="43"/>
        <source>Industry growth %</source>
        <translation>行业增长率%</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="44"/>
        <source>Decision nodes</source>
        <translation>决策节点数</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="45"/>
        <source>Industry leader</source>
        <translation>行业龙头</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="50"/>
        <location filename="../../ui/exchange_labels.py" line="60"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="51"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="52"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="53"/>
        <source>Reports to key</source>
        <translation>汇报对象编号</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="55"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="62"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="68"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="69"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="70"/>
        <source>Paid date</source>
        <translation>回款日期</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="75"/>
        <source>Contact key</source>
        <translation>联系人编号</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="77"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="78"/>
        <source>Note</source>
        <translation>内容</translation>
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
        <source>%1 is not a real calendar date.</source>
        <translation>%1 不是一个真实存在的日期。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="21"/>
        <source>&apos;%1&apos; is neither yes nor no.</source>
        <translation>“%1”既不是“是”也不是“否”。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="22"/>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="23"/>
        <source>&apos;%1&apos; is outside -1000 to 1000.</source>
        <translation>“%1”超出 -1000 到 1000 的范围。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="24"/>
        <source>&apos;%1&apos; is not a lifecycle stage (prospect, customer, lost).</source>
        <translation>“%1”不是有效的生命周期阶段（潜在客户、客户、已流失）。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="27"/>
        <source>&apos;%1&apos; is not a kind of interaction.</source>
        <translation>“%1”不是有效的互动类型。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="28"/>
        <source>The text is longer than %2 characters.</source>
        <translation>文本超过 %2 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="29"/>
        <source>This value is required.</source>
        <translation>此项为必填。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="30"/>
        <source>This record appears twice in the file (first in row %3).</source>
        <translation>此记录在文件中重复出现（首次出现在第 %3 行）。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="33"/>
        <source>Several stored accounts have this name; give the key.</source>
        <translation>有多个现有客户使用此名称，请提供编号。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="34"/>
        <source>Matched a stored account by name; its key %4 is kept.</source>
        <translation>已按名称匹配到现有客户，保留其编号 %4。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="37"/>
        <source>The same name appears in row %3; both rows are imported.</source>
        <translation>第 %3 行有相同名称，两行都会导入。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="40"/>
        <source>No account has the key or name &apos;%5&apos;.</source>
        <translation>没有编号或名称为“%5”的客户。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="41"/>
        <source>Several records are called &apos;%5&apos;; use the key.</source>
        <translation>有多条记录名为“%5”，请使用编号。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="42"/>
        <source>No contact has the key or name &apos;%5&apos; in this account.</source>
        <translation>该客户下没有编号或姓名为“%5”的联系人。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="43"/>
        <source>The references loop back to this row (A under B under A).</source>
        <translation>引用关系形成了循环（A 属于 B，B 又属于 A）。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="44"/>
        <source>The sheet is hidden and was not imported.</source>
        <translation>该工作表已隐藏，未导入。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="45"/>
        <source>No known columns were found; the sheet was not imported.</source>
        <translation>未找到可识别的列，该工作表未导入。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="48"/>
        <source>Another sheet holds the same kind of records; both are read.</source>
        <translation>另一个工作表包含同类记录，两者都会读取。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="51"/>
        <source>Another column gives the same field; this one was ignored.</source>
        <translation>另一列已提供同一字段，此列被忽略。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="54"/>
        <source>The sheet has no column for a required field (%6).</source>
        <translation>该工作表缺少必填字段（%6）的列。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="55"/>
        <source>The sheet has headers but no data rows.</source>
        <translation>该工作表只有表头，没有数据行。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="56"/>
        <source>The file holds no records to import.</source>
        <translation>文件中没有可导入的记录。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="75"/>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="76"/>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="77"/>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="78"/>
        <source>%1 is not a spreadsheet, or it is damaged.</source>
        <translation>%1 不是电子表格，或已损坏。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="79"/>
        <source>%1 is damaged or incomplete.</source>
        <translation>%1 已损坏或不完整。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="80"/>
        <source>%1 is protected with a password. Open it in your spreadsheet program, remove the password, save it, and import it again.</source>
        <translation>%1 设有密码保护。请在电子表格软件中打开，取消密码并保存后再导入。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="85"/>
        <source>%1 unpacks to a suspicious size (a zip bomb?); it was not opened.</source>
        <translation>%1 解压后大小异常（可能是压缩炸弹），已拒绝打开。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="88"/>
        <source>%1 declares XML entities, which spreadsheets never need; it was not opened.</source>
        <translation>%1 声明了 XML 实体（正常的电子表格从不需要），已拒绝打开。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="91"/>
        <source>%1 is too large to import.</source>
        <translation>%1 太大，无法导入。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="92"/>
        <source>The text of %1 is neither UTF-8 nor GBK/GB18030.</source>
        <translation>%1 的文本编码既不是 UTF-8，也不是 GBK/GB18030。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="93"/>
        <source>%1 could not be written; nothing was changed.</source>
        <translation>无法写入 %1，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="74"/>
        <source>Import — %1</source>
        <translation>导入 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="145"/>
        <source>Sheets</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="146"/>
        <source>Columns not recognised — choose a field, or leave them ignored</source>
        <translation>未识别的列——请选择对应字段，或保持忽略</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="147"/>
        <source>What the import will do</source>
        <translation>导入将执行的操作</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="148"/>
        <location filename="../../ui/import_dialog.py" line="432"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="149"/>
        <source>Save Problems…</source>
        <translation>保存问题列表…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="150"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="151"/>
        <location filename="../../ui/import_dialog.py" line="152"/>
        <location filename="../../ui/import_dialog.py" line="160"/>
        <location filename="../../ui/import_dialog.py" line="165"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="151"/>
        <source>Read as</source>
        <translation>识别为</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="151"/>
        <source>Header row</source>
        <translation>表头行</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="151"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="152"/>
        <location filename="../../ui/import_dialog.py" line="165"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="152"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="155"/>
        <source>Records</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="156"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="157"/>
        <source>Key</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="158"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="159"/>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="161"/>
        <location filename="../../ui/import_dialog.py" line="165"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="165"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="165"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="175"/>
        <location filename="../../ui/import_dialog.py" line="184"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="195"/>
        <source>Checking the file…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="258"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="258"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="285"/>
        <source>(hidden, skipped)</source>
        <translation>（隐藏，已跳过）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="286"/>
        <source>(skipped)</source>
        <translation>（已跳过）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="287"/>
        <source>(not recognised)</source>
        <translation>（无法识别）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="293"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="293"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="315"/>
        <source>%1: %2 new, %3 changed, %4 unchanged</source>
        <translation>%1：新增 %2，修改 %3，不变 %4</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="321"/>
        <source>Nothing to import.</source>
        <translation>没有可导入的内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="326"/>
        <source>%n problem(s) must be fixed in the file before it can be imported; nothing has been written.</source>
        <translation>
            <numerusform>文件中有 %n 个问题需要先修正才能导入；尚未写入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="333"/>
        <source>Nothing has been written yet. Press Import to write all of it at once.</source>
        <translation>尚未写入任何数据。点击“导入”将一次性全部写入。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="339"/>
        <source>(skip this sheet)</source>
        <translation>（跳过此工作表）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="348"/>
        <source>(ignore this column)</source>
        <translation>（忽略此列）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="350"/>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="350"/>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="397"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="413"/>
        <source>Something went wrong: %1</source>
        <translation>出现错误：%1</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="443"/>
        <source>Save Problems</source>
        <translation>保存问题列表</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="445"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>The database was upgraded; the previous version was saved as %1.</source>
        <translation>数据库已升级；升级前的版本已备份为 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>%1 — Account Planner</source>
        <translation>%1 — 客户规划</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222"/>
        <source>%1 accounts · %2 contacts · %3 orders · %4 interactions</source>
        <translation>%1 个客户 · %2 位联系人 · %3 笔订单 · %4 次互动</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="325"/>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="327"/>
        <source>&amp;Backup…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328"/>
        <source>&amp;Import from Excel or CSV…</source>
        <translation>从 Excel 或 CSV 导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="329"/>
        <source>&amp;Export to Excel…</source>
        <translation>导出到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="331"/>
        <source>New &amp;Top-Level Account</source>
        <translation>新建顶层客户(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="332"/>
        <source>New &amp;Sub-Account</source>
        <translation>新建下级客户(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="333"/>
        <source>New Account at the Same &amp;Level</source>
        <translation>新建同级客户(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="334"/>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="336"/>
        <source>&amp;Find Account</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="337"/>
        <source>&amp;Collapse All</source>
        <translation>全部折叠(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <source>System Default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="342"/>
        <source>&amp;About Account Planner</source>
        <translation>关于客户规划(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="343"/>
        <source>Search by name, key or industry</source>
        <translation>按名称、编号或行业搜索</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U) %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359"/>
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R) %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="442"/>
        <source>Account Planner</source>
        <translation>客户规划</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="461"/>
        <source>New account</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="461"/>
        <source>Add account</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="473"/>
        <source>Rename account</source>
        <translation>重命名客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="476"/>
        <source>Move account</source>
        <translation>移动客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="479"/>
        <location filename="../../ui/main_window.py" line="528"/>
        <source>Delete account</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="493"/>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="531"/>
        <source>“%1” has sub-accounts. What should happen to them?</source>
        <translation>“%1”有下级客户。要如何处理它们？</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="536"/>
        <source>Contacts, orders and interactions of deleted accounts are deleted too. You can undo this.</source>
        <translation>被删除客户的联系人、订单和互动记录也会一并删除。此操作可以撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="542"/>
        <source>Delete Everything Below Too</source>
        <translation>连同所有下级一起删除</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="546"/>
        <source>Move Sub-Accounts Up a Level</source>
        <translation>下级客户上移一级</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="551"/>
        <source>Delete “%1” with its contacts, orders and interactions?</source>
        <translation>删除“%1”及其联系人、订单和互动记录？</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="555"/>
        <source>You can undo this.</source>
        <translation>此操作可以撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="557"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="612"/>
        <source>%n account(s) found</source>
        <translation>
            <numerusform>找到 %n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="636"/>
        <source>%1 exists already. Choose another name, or use Open Database.</source>
        <translation>%1 已存在。请换一个文件名，或使用“打开数据库”。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="659"/>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="661"/>
        <source>Account Planner databases (*.sqlite *.db)</source>
        <translation>客户规划数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="670"/>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="672"/>
        <source>Account Planner databases (*.sqlite *.db);;All files (*)</source>
        <translation>客户规划数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="680"/>
        <source>Back Up Database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="682"/>
        <source>Account Planner databases (*.sqlite)</source>
        <translation>客户规划数据库 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="689"/>
        <source>Only database files can be backed up here.</source>
        <translation>这里只能备份数据库文件。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="696"/>
        <source>Choose another file: a backup cannot replace the database itself.</source>
        <translation>请选择其他文件：备份不能覆盖数据库本身。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="703"/>
        <source>Backup saved to %1.</source>
        <translation>备份已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="726"/>
        <source>No other recent databases</source>
        <translation>没有其他最近打开的数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="753"/>
        <source>Import finished.</source>
        <translation>导入完成。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="770"/>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="772"/>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="784"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="786"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.xlsm *.xls *.ods *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="794"/>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="796"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="834"/>
        <source>Welcome to Account Planner</source>
        <translation>欢迎使用客户规划</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="835"/>
        <source>Your database is empty. Load a demo portfolio of 300 customer accounts, with contacts, orders and interactions, to try the program? You can open a new, empty database at any time from the File menu.</source>
        <translation>您的数据库还是空的。要载入一个包含 300 个客户及其联系人、订单和互动记录的演示组合来试用吗？您随时可以从“文件”菜单新建一个空数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="851"/>
        <source>Loading the demo portfolio…</source>
        <translation>正在载入演示客户组合…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="864"/>
        <source>Something went wrong: %1</source>
        <translation>出现错误：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="876"/>
        <source>About Account Planner</source>
        <translation>关于客户规划</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="878"/>
        <source>&lt;h3&gt;Account Planner 0.1&lt;/h3&gt;&lt;p&gt;Key account planning on your own computer: customer trees with roll-ups, and Excel import and export.&lt;/p&gt;&lt;p&gt;Your data is stored in %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;客户规划 0.1&lt;/h3&gt;&lt;p&gt;在您自己的电脑上做大客户规划：带汇总的客户树，以及 Excel 导入导出。&lt;/p&gt;&lt;p&gt;您的数据保存在 %1。&lt;/p&gt;</translation>
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
        <location filename="../../ui/messages.py" line="34"/>
        <source>%1 cannot be empty.</source>
        <translation>%1不能为空。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="35"/>
        <source>%1 holds at most %3 characters.</source>
        <translation>%1最多 %3 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="36"/>
        <source>%1: &apos;%2&apos; is not a whole number.</source>
        <translation>%1：“%2”不是整数。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="37"/>
        <source>%1 cannot be negative.</source>
        <translation>%1不能为负数。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="38"/>
        <source>%1: &apos;%2&apos; is implausibly large.</source>
        <translation>%1：“%2”大得不合常理。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="39"/>
        <source>%1: &apos;%2&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation>%1：“%2”不是日期，请按 YYYY-MM-DD 格式填写。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="40"/>
        <source>%1: %2 is not a real calendar date.</source>
        <translation>%1：%2 不是一个真实存在的日期。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="41"/>
        <source>%1: %2 lies in the future.</source>
        <translation>%1：%2 是将来的日期。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="42"/>
        <source>%1: &apos;%2&apos; is not an amount.</source>
        <translation>%1：“%2”不是金额。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="60"/>
        <source>An account cannot be moved under itself or one of its own subsidiaries.</source>
        <translation>客户不能移动到自身或其下级公司之下。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="63"/>
        <source>The account no longer exists; it may have been deleted.</source>
        <translation>该客户已不存在，可能已被删除。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="66"/>
        <source>The key &apos;%1&apos; is already used by another account.</source>
        <translation>编号“%1”已被其他客户使用。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="69"/>
        <source>%1 was written by a newer version of Account Planner. Update the program to open it; the file was not changed.</source>
        <translation>%1 由更新版本的客户规划创建。请升级程序后再打开；文件未被改动。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="74"/>
        <source>The database is in use by another program. Try again in a moment.</source>
        <translation>数据库正被其他程序占用，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="77"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未做任何更改。</translation>
    </message>
</context>
</TS>

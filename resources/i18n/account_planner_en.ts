<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../ui/account_form.py" line="182" />
        <source>%1 orders, %2 in total</source>
        <translation>%1 orders, %2 in total</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="189" />
        <source>%1, changed %2</source>
        <translation>%1, changed %2</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="255" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="256" />
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="257" />
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="258" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="259" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="260" />
        <source>Lifecycle</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="261" />
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="262" />
        <location filename="../../ui/account_form.py" line="282" />
        <source>Annual revenue</source>
        <translation>Annual revenue</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="263" />
        <source>Customer since</source>
        <translation>Customer since</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="264" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="268" />
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="270" />
        <source>A stable key that identifies the account in imports and exports.</source>
        <translation>A stable key that identifies the account in imports and exports.</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="273" />
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="274" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="275" />
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="279" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="280" />
        <source>This account and everything below it</source>
        <translation>This account and everything below it</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="281" />
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="283" />
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="284" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="286" />
        <source>Select an account in the customer tree to see and edit its details.</source>
        <translation>Select an account in the customer tree to see and edit its details.</translation>
    </message>
</context>
<context>
    <name>AccountTreeModel</name>
    <message>
        <location filename="../../ui/tree_model.py" line="261" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/tree_model.py" line="261" />
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../ui/tree_model.py" line="261" />
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../ui/tasks.py" line="63" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../ui/exchange_labels.py" line="14" />
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="15" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="16" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="17" />
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="18" />
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="23" />
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="24" />
        <source>Account key</source>
        <translation>Account key</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="25" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="26" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="27" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="31" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="32" />
        <source>Parent key</source>
        <translation>Parent key</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="33" />
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="34" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="35" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="36" />
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="37" />
        <source>Annual revenue</source>
        <translation>Annual revenue</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="38" />
        <source>Lifecycle</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="39" />
        <source>Customer since</source>
        <translation>Customer since</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="41" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="42" />
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="47" />
        <location filename="../../ui/exchange_labels.py" line="57" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="48" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="49" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="50" />
        <source>Reports to key</source>
        <translation>Reports to key</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="52" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="59" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="65" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="66" />
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="67" />
        <source>Paid date</source>
        <translation>Paid date</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="72" />
        <source>Contact key</source>
        <translation>Contact key</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="74" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="75" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="183" />
        <source>The database was upgraded; the previous version was saved as %1.</source>
        <translation>The database was upgraded; the previous version was saved as %1.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198" />
        <source>%1 — Account Planner</source>
        <translation>%1 — Account Planner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207" />
        <source>%1 accounts · %2 contacts · %3 orders · %4 interactions</source>
        <translation>%1 accounts · %2 contacts · %3 orders · %4 interactions</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303" />
        <source>&amp;New Database…</source>
        <translation>&amp;New Database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304" />
        <source>&amp;Open Database…</source>
        <translation>&amp;Open Database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305" />
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306" />
        <source>&amp;Backup…</source>
        <translation>&amp;Backup…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308" />
        <source>New &amp;Top-Level Account</source>
        <translation>New &amp;Top-Level Account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309" />
        <source>New &amp;Sub-Account</source>
        <translation>New &amp;Sub-Account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="310" />
        <source>New Account at the Same &amp;Level</source>
        <translation>New Account at the Same &amp;Level</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311" />
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312" />
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313" />
        <source>&amp;Find Account</source>
        <translation>&amp;Find Account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314" />
        <source>&amp;Collapse All</source>
        <translation>&amp;Collapse All</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="315" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316" />
        <source>System Default</source>
        <translation>System Default</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319" />
        <source>&amp;About Account Planner</source>
        <translation>&amp;About Account Planner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320" />
        <source>Search by name, key or industry</source>
        <translation>Search by name, key or industry</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335" />
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="336" />
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="419" />
        <source>Account Planner</source>
        <translation>Account Planner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="438" />
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="438" />
        <source>Add account</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="450" />
        <source>Rename account</source>
        <translation>Rename account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="453" />
        <source>Move account</source>
        <translation>Move account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="456" />
        <location filename="../../ui/main_window.py" line="505" />
        <source>Delete account</source>
        <translation>Delete account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="470" />
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="508" />
        <source>“%1” has sub-accounts. What should happen to them?</source>
        <translation>“%1” has sub-accounts. What should happen to them?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="513" />
        <source>Contacts, orders and interactions of deleted accounts are deleted too. You can undo this.</source>
        <translation>Contacts, orders and interactions of deleted accounts are deleted too. You can undo this.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="520" />
        <source>Delete Everything Below Too</source>
        <translation>Delete Everything Below Too</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="524" />
        <source>Move Sub-Accounts Up a Level</source>
        <translation>Move Sub-Accounts Up a Level</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="529" />
        <source>Delete “%1” with its contacts, orders and interactions?</source>
        <translation>Delete “%1” with its contacts, orders and interactions?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="533" />
        <source>You can undo this.</source>
        <translation>You can undo this.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="535" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="590" />
        <source>%n account(s) found</source>
        <translation>
            <numerusform>%n account found</numerusform><numerusform>%n accounts found</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="614" />
        <source>%1 exists already. Choose another name, or use Open Database.</source>
        <translation>%1 exists already. Choose another name, or use Open Database.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="639" />
        <source>New Database</source>
        <translation>New Database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="641" />
        <source>Account Planner databases (*.sqlite *.db)</source>
        <translation>Account Planner databases (*.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="650" />
        <source>Open Database</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="652" />
        <source>Account Planner databases (*.sqlite *.db);;All files (*)</source>
        <translation>Account Planner databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="662" />
        <source>Back Up Database</source>
        <translation>Back Up Database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="664" />
        <source>Account Planner databases (*.sqlite)</source>
        <translation>Account Planner databases (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="671" />
        <source>Only database files can be backed up here.</source>
        <translation>Only database files can be backed up here.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="678" />
        <source>Choose another file: a backup cannot replace the database itself.</source>
        <translation>Choose another file: a backup cannot replace the database itself.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="685" />
        <source>Backup saved to %1.</source>
        <translation>Backup saved to %1.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="708" />
        <source>No other recent databases</source>
        <translation>No other recent databases</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="723" />
        <source>Welcome to Account Planner</source>
        <translation>Welcome to Account Planner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="724" />
        <source>Your database is empty. Load a demo portfolio of 300 customer accounts, with contacts, orders and interactions, to try the program? You can open a new, empty database at any time from the File menu.</source>
        <translation>Your database is empty. Load a demo portfolio of 300 customer accounts, with contacts, orders and interactions, to try the program? You can open a new, empty database at any time from the File menu.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="740" />
        <source>Loading the demo portfolio…</source>
        <translation>Loading the demo portfolio…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="753" />
        <source>Something went wrong: %1</source>
        <translation>Something went wrong: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="765" />
        <source>About Account Planner</source>
        <translation>About Account Planner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="767" />
        <source>&lt;h3&gt;Account Planner 0.1&lt;/h3&gt;&lt;p&gt;Key account planning on your own computer: customer trees, and more to come.&lt;/p&gt;&lt;p&gt;Your data is stored in %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Account Planner 0.1&lt;/h3&gt;&lt;p&gt;Key account planning on your own computer: customer trees, and more to come.&lt;/p&gt;&lt;p&gt;Your data is stored in %1.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="16" />
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="17" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="18" />
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="19" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="20" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="21" />
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="22" />
        <source>Annual revenue</source>
        <translation>Annual revenue</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="23" />
        <source>Lifecycle</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="24" />
        <source>Customer since</source>
        <translation>Customer since</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="25" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="34" />
        <source>%1 cannot be empty.</source>
        <translation>%1 cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="35" />
        <source>%1 holds at most %3 characters.</source>
        <translation>%1 holds at most %3 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="36" />
        <source>%1: '%2' is not a whole number.</source>
        <translation>%1: '%2' is not a whole number.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="37" />
        <source>%1 cannot be negative.</source>
        <translation>%1 cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="38" />
        <source>%1: '%2' is implausibly large.</source>
        <translation>%1: '%2' is implausibly large.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="39" />
        <source>%1: '%2' is not a date; write it as YYYY-MM-DD.</source>
        <translation>%1: '%2' is not a date; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="40" />
        <source>%1: %2 is not a real calendar date.</source>
        <translation>%1: %2 is not a real calendar date.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="41" />
        <source>%1: %2 lies in the future.</source>
        <translation>%1: %2 lies in the future.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="42" />
        <source>%1: '%2' is not an amount.</source>
        <translation>%1: '%2' is not an amount.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="60" />
        <source>An account cannot be moved under itself or one of its own subsidiaries.</source>
        <translation>An account cannot be moved under itself or one of its own subsidiaries.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="63" />
        <source>The account no longer exists; it may have been deleted.</source>
        <translation>The account no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="66" />
        <source>The key '%1' is already used by another account.</source>
        <translation>The key '%1' is already used by another account.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="69" />
        <source>%1 was written by a newer version of Account Planner. Update the program to open it; the file was not changed.</source>
        <translation>%1 was written by a newer version of Account Planner. Update the program to open it; the file was not changed.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="74" />
        <source>The database is in use by another program. Try again in a moment.</source>
        <translation>The database is in use by another program. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="77" />
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
</context>
</TS>
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../ui/account_form.py" line="182"/>
        <source>%1 orders, %2 in total</source>
        <translation>%1 orders, %2 in total</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="189"/>
        <source>%1, changed %2</source>
        <translation>%1, changed %2</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="255"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="256"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="257"/>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="258"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="259"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="260"/>
        <source>Lifecycle</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="261"/>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="262"/>
        <location filename="../../ui/account_form.py" line="282"/>
        <source>Annual revenue</source>
        <translation>Annual revenue</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="263"/>
        <source>Customer since</source>
        <translation>Customer since</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="264"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="268"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="270"/>
        <source>A stable key that identifies the account in imports and exports.</source>
        <translation>A stable key that identifies the account in imports and exports.</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="273"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="274"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="275"/>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="279"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="280"/>
        <source>This account and everything below it</source>
        <translation>This account and everything below it</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="281"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="283"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="284"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="286"/>
        <source>Select an account in the customer tree to see and edit its details.</source>
        <translation>Select an account in the customer tree to see and edit its details.</translation>
    </message>
</context>
<context>
    <name>AccountTreeModel</name>
    <message>
        <location filename="../../ui/tree_model.py" line="261"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/tree_model.py" line="261"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../ui/tree_model.py" line="261"/>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../ui/tasks.py" line="63"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../ui/exchange_labels.py" line="14"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="15"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="16"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="17"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="18"/>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="23"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="24"/>
        <source>Account key</source>
        <translation>Account key</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="25"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="26"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="27"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="31"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="32"/>
        <source>Parent key</source>
        <translation>Parent key</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="33"/>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="34"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="35"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="36"/>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="37"/>
        <source>Annual revenue</source>
        <translation>Annual revenue</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="38"/>
        <source>Lifecycle</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="39"/>
        <source>Customer since</source>
        <translation>Customer since</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="41"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="42"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="43"/>
        <source>Industry growth %</source>
        <translation>Industry growth %</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="44"/>
        <source>Decision nodes</source>
        <translation>Decision nodes</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="45"/>
        <source>Industry leader</source>
        <translation>Industry leader</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="50"/>
        <location filename="../../ui/exchange_labels.py" line="60"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="51"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="52"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="53"/>
        <source>Reports to key</source>
        <translation>Reports to key</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="55"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="62"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="68"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="69"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="70"/>
        <source>Paid date</source>
        <translation>Paid date</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="75"/>
        <source>Contact key</source>
        <translation>Contact key</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="77"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="78"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../ui/import_messages.py" line="15"/>
        <source>The value cannot be negative.</source>
        <translation>The value cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="16"/>
        <source>&apos;%1&apos; is not an amount.</source>
        <translation>&apos;%1&apos; is not an amount.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="17"/>
        <source>&apos;%1&apos; is implausibly large.</source>
        <translation>&apos;%1&apos; is implausibly large.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="18"/>
        <source>&apos;%1&apos; is not a whole number.</source>
        <translation>&apos;%1&apos; is not a whole number.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="19"/>
        <source>&apos;%1&apos; is not a date.</source>
        <translation>&apos;%1&apos; is not a date.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="20"/>
        <source>%1 is not a real calendar date.</source>
        <translation>%1 is not a real calendar date.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="21"/>
        <source>&apos;%1&apos; is neither yes nor no.</source>
        <translation>&apos;%1&apos; is neither yes nor no.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="22"/>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>&apos;%1&apos; is not a number.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="23"/>
        <source>&apos;%1&apos; is outside -1000 to 1000.</source>
        <translation>&apos;%1&apos; is outside -1000 to 1000.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="24"/>
        <source>&apos;%1&apos; is not a lifecycle stage (prospect, customer, lost).</source>
        <translation>&apos;%1&apos; is not a lifecycle stage (prospect, customer, lost).</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="27"/>
        <source>&apos;%1&apos; is not a kind of interaction.</source>
        <translation>&apos;%1&apos; is not a kind of interaction.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="28"/>
        <source>The text is longer than %2 characters.</source>
        <translation>The text is longer than %2 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="29"/>
        <source>This value is required.</source>
        <translation>This value is required.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="30"/>
        <source>This record appears twice in the file (first in row %3).</source>
        <translation>This record appears twice in the file (first in row %3).</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="33"/>
        <source>Several stored accounts have this name; give the key.</source>
        <translation>Several stored accounts have this name; give the key.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="34"/>
        <source>Matched a stored account by name; its key %4 is kept.</source>
        <translation>Matched a stored account by name; its key %4 is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="37"/>
        <source>The same name appears in row %3; both rows are imported.</source>
        <translation>The same name appears in row %3; both rows are imported.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="40"/>
        <source>No account has the key or name &apos;%5&apos;.</source>
        <translation>No account has the key or name &apos;%5&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="41"/>
        <source>Several records are called &apos;%5&apos;; use the key.</source>
        <translation>Several records are called &apos;%5&apos;; use the key.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="42"/>
        <source>No contact has the key or name &apos;%5&apos; in this account.</source>
        <translation>No contact has the key or name &apos;%5&apos; in this account.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="43"/>
        <source>The references loop back to this row (A under B under A).</source>
        <translation>The references loop back to this row (A under B under A).</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="44"/>
        <source>The sheet is hidden and was not imported.</source>
        <translation>The sheet is hidden and was not imported.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="45"/>
        <source>No known columns were found; the sheet was not imported.</source>
        <translation>No known columns were found; the sheet was not imported.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="48"/>
        <source>Another sheet holds the same kind of records; both are read.</source>
        <translation>Another sheet holds the same kind of records; both are read.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="51"/>
        <source>Another column gives the same field; this one was ignored.</source>
        <translation>Another column gives the same field; this one was ignored.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="54"/>
        <source>The sheet has no column for a required field (%6).</source>
        <translation>The sheet has no column for a required field (%6).</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="55"/>
        <source>The sheet has headers but no data rows.</source>
        <translation>The sheet has headers but no data rows.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="56"/>
        <source>The file holds no records to import.</source>
        <translation>The file holds no records to import.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="75"/>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="76"/>
        <source>%1 cannot be read.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="77"/>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="78"/>
        <source>%1 is not a spreadsheet, or it is damaged.</source>
        <translation>%1 is not a spreadsheet, or it is damaged.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="79"/>
        <source>%1 is damaged or incomplete.</source>
        <translation>%1 is damaged or incomplete.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="80"/>
        <source>%1 is protected with a password. Open it in your spreadsheet program, remove the password, save it, and import it again.</source>
        <translation>%1 is protected with a password. Open it in your spreadsheet program, remove the password, save it, and import it again.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="85"/>
        <source>%1 unpacks to a suspicious size (a zip bomb?); it was not opened.</source>
        <translation>%1 unpacks to a suspicious size (a zip bomb?); it was not opened.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="88"/>
        <source>%1 declares XML entities, which spreadsheets never need; it was not opened.</source>
        <translation>%1 declares XML entities, which spreadsheets never need; it was not opened.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="91"/>
        <source>%1 is too large to import.</source>
        <translation>%1 is too large to import.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="92"/>
        <source>The text of %1 is neither UTF-8 nor GBK/GB18030.</source>
        <translation>The text of %1 is neither UTF-8 nor GBK/GB18030.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="93"/>
        <source>%1 could not be written; nothing was changed.</source>
        <translation>%1 could not be written; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="74"/>
        <source>Import — %1</source>
        <translation>Import — %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="145"/>
        <source>Sheets</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="146"/>
        <source>Columns not recognised — choose a field, or leave them ignored</source>
        <translation>Columns not recognised — choose a field, or leave them ignored</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="147"/>
        <source>What the import will do</source>
        <translation>What the import will do</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="148"/>
        <location filename="../../ui/import_dialog.py" line="432"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="149"/>
        <source>Save Problems…</source>
        <translation>Save Problems…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="150"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="151"/>
        <location filename="../../ui/import_dialog.py" line="152"/>
        <location filename="../../ui/import_dialog.py" line="160"/>
        <location filename="../../ui/import_dialog.py" line="165"/>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="151"/>
        <source>Read as</source>
        <translation>Read as</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="151"/>
        <source>Header row</source>
        <translation>Header row</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="151"/>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="152"/>
        <location filename="../../ui/import_dialog.py" line="165"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="152"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="155"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="156"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="157"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="158"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="159"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="161"/>
        <location filename="../../ui/import_dialog.py" line="165"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="165"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="165"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="175"/>
        <location filename="../../ui/import_dialog.py" line="184"/>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="195"/>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="258"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="258"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="285"/>
        <source>(hidden, skipped)</source>
        <translation>(hidden, skipped)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="286"/>
        <source>(skipped)</source>
        <translation>(skipped)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="287"/>
        <source>(not recognised)</source>
        <translation>(not recognised)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="293"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="293"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="315"/>
        <source>%1: %2 new, %3 changed, %4 unchanged</source>
        <translation>%1: %2 new, %3 changed, %4 unchanged</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="321"/>
        <source>Nothing to import.</source>
        <translation>Nothing to import.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="326"/>
        <source>%n problem(s) must be fixed in the file before it can be imported; nothing has been written.</source>
        <translation>
            <numerusform>%n problem must be fixed in the file before it can be imported; nothing has been written.</numerusform>
            <numerusform>%n problems must be fixed in the file before it can be imported; nothing has been written.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="333"/>
        <source>Nothing has been written yet. Press Import to write all of it at once.</source>
        <translation>Nothing has been written yet. Press Import to write all of it at once.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="339"/>
        <source>(skip this sheet)</source>
        <translation>(skip this sheet)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="348"/>
        <source>(ignore this column)</source>
        <translation>(ignore this column)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="350"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="350"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="397"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="413"/>
        <source>Something went wrong: %1</source>
        <translation>Something went wrong: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="443"/>
        <source>Save Problems</source>
        <translation>Save Problems</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="445"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>The database was upgraded; the previous version was saved as %1.</source>
        <translation>The database was upgraded; the previous version was saved as %1.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>%1 — Account Planner</source>
        <translation>%1 — Account Planner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222"/>
        <source>%1 accounts · %2 contacts · %3 orders · %4 interactions</source>
        <translation>%1 accounts · %2 contacts · %3 orders · %4 interactions</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>&amp;New Database…</source>
        <translation>&amp;New Database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="325"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Open Database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="327"/>
        <source>&amp;Backup…</source>
        <translation>&amp;Backup…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328"/>
        <source>&amp;Import from Excel or CSV…</source>
        <translation>&amp;Import from Excel or CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="329"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="331"/>
        <source>New &amp;Top-Level Account</source>
        <translation>New &amp;Top-Level Account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="332"/>
        <source>New &amp;Sub-Account</source>
        <translation>New &amp;Sub-Account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="333"/>
        <source>New Account at the Same &amp;Level</source>
        <translation>New Account at the Same &amp;Level</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="334"/>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="336"/>
        <source>&amp;Find Account</source>
        <translation>&amp;Find Account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="337"/>
        <source>&amp;Collapse All</source>
        <translation>&amp;Collapse All</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <source>System Default</source>
        <translation>System Default</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="342"/>
        <source>&amp;About Account Planner</source>
        <translation>&amp;About Account Planner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="343"/>
        <source>Search by name, key or industry</source>
        <translation>Search by name, key or industry</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="442"/>
        <source>Account Planner</source>
        <translation>Account Planner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="461"/>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="461"/>
        <source>Add account</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="473"/>
        <source>Rename account</source>
        <translation>Rename account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="476"/>
        <source>Move account</source>
        <translation>Move account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="479"/>
        <location filename="../../ui/main_window.py" line="528"/>
        <source>Delete account</source>
        <translation>Delete account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="493"/>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="531"/>
        <source>“%1” has sub-accounts. What should happen to them?</source>
        <translation>“%1” has sub-accounts. What should happen to them?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="536"/>
        <source>Contacts, orders and interactions of deleted accounts are deleted too. You can undo this.</source>
        <translation>Contacts, orders and interactions of deleted accounts are deleted too. You can undo this.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="542"/>
        <source>Delete Everything Below Too</source>
        <translation>Delete Everything Below Too</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="546"/>
        <source>Move Sub-Accounts Up a Level</source>
        <translation>Move Sub-Accounts Up a Level</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="551"/>
        <source>Delete “%1” with its contacts, orders and interactions?</source>
        <translation>Delete “%1” with its contacts, orders and interactions?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="555"/>
        <source>You can undo this.</source>
        <translation>You can undo this.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="557"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="612"/>
        <source>%n account(s) found</source>
        <translation>
            <numerusform>%n account found</numerusform>
            <numerusform>%n accounts found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="636"/>
        <source>%1 exists already. Choose another name, or use Open Database.</source>
        <translation>%1 exists already. Choose another name, or use Open Database.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="659"/>
        <source>New Database</source>
        <translation>New Database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="661"/>
        <source>Account Planner databases (*.sqlite *.db)</source>
        <translation>Account Planner databases (*.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="670"/>
        <source>Open Database</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="672"/>
        <source>Account Planner databases (*.sqlite *.db);;All files (*)</source>
        <translation>Account Planner databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="680"/>
        <source>Back Up Database</source>
        <translation>Back Up Database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="682"/>
        <source>Account Planner databases (*.sqlite)</source>
        <translation>Account Planner databases (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="689"/>
        <source>Only database files can be backed up here.</source>
        <translation>Only database files can be backed up here.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="696"/>
        <source>Choose another file: a backup cannot replace the database itself.</source>
        <translation>Choose another file: a backup cannot replace the database itself.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="703"/>
        <source>Backup saved to %1.</source>
        <translation>Backup saved to %1.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="726"/>
        <source>No other recent databases</source>
        <translation>No other recent databases</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="753"/>
        <source>Import finished.</source>
        <translation>Import finished.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="770"/>
        <source>Exporting to %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="772"/>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="784"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="786"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="794"/>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="796"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="834"/>
        <source>Welcome to Account Planner</source>
        <translation>Welcome to Account Planner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="835"/>
        <source>Your database is empty. Load a demo portfolio of 300 customer accounts, with contacts, orders and interactions, to try the program? You can open a new, empty database at any time from the File menu.</source>
        <translation>Your database is empty. Load a demo portfolio of 300 customer accounts, with contacts, orders and interactions, to try the program? You can open a new, empty database at any time from the File menu.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="851"/>
        <source>Loading the demo portfolio…</source>
        <translation>Loading the demo portfolio…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="864"/>
        <source>Something went wrong: %1</source>
        <translation>Something went wrong: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="876"/>
        <source>About Account Planner</source>
        <translation>About Account Planner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="878"/>
        <source>&lt;h3&gt;Account Planner 0.1&lt;/h3&gt;&lt;p&gt;Key account planning on your own computer: customer trees with roll-ups, and Excel import and export.&lt;/p&gt;&lt;p&gt;Your data is stored in %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Account Planner 0.1&lt;/h3&gt;&lt;p&gt;Key account planning on your own computer: customer trees with roll-ups, and Excel import and export.&lt;/p&gt;&lt;p&gt;Your data is stored in %1.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="16"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="17"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="18"/>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="19"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="20"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="21"/>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="22"/>
        <source>Annual revenue</source>
        <translation>Annual revenue</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="23"/>
        <source>Lifecycle</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="24"/>
        <source>Customer since</source>
        <translation>Customer since</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="25"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="34"/>
        <source>%1 cannot be empty.</source>
        <translation>%1 cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="35"/>
        <source>%1 holds at most %3 characters.</source>
        <translation>%1 holds at most %3 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="36"/>
        <source>%1: &apos;%2&apos; is not a whole number.</source>
        <translation>%1: &apos;%2&apos; is not a whole number.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="37"/>
        <source>%1 cannot be negative.</source>
        <translation>%1 cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="38"/>
        <source>%1: &apos;%2&apos; is implausibly large.</source>
        <translation>%1: &apos;%2&apos; is implausibly large.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="39"/>
        <source>%1: &apos;%2&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation>%1: &apos;%2&apos; is not a date; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="40"/>
        <source>%1: %2 is not a real calendar date.</source>
        <translation>%1: %2 is not a real calendar date.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="41"/>
        <source>%1: %2 lies in the future.</source>
        <translation>%1: %2 lies in the future.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="42"/>
        <source>%1: &apos;%2&apos; is not an amount.</source>
        <translation>%1: &apos;%2&apos; is not an amount.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="60"/>
        <source>An account cannot be moved under itself or one of its own subsidiaries.</source>
        <translation>An account cannot be moved under itself or one of its own subsidiaries.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="63"/>
        <source>The account no longer exists; it may have been deleted.</source>
        <translation>The account no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="66"/>
        <source>The key &apos;%1&apos; is already used by another account.</source>
        <translation>The key &apos;%1&apos; is already used by another account.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="69"/>
        <source>%1 was written by a newer version of Account Planner. Update the program to open it; the file was not changed.</source>
        <translation>%1 was written by a newer version of Account Planner. Update the program to open it; the file was not changed.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="74"/>
        <source>The database is in use by another program. Try again in a moment.</source>
        <translation>The database is in use by another program. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="77"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
</context>
</TS>

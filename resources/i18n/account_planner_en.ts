<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../ui/account_form.py" line="222"/>
        <source>%1 orders, %2 in total</source>
        <translation>%1 orders, %2 in total</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="229"/>
        <source>%1, changed %2</source>
        <translation>%1, changed %2</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="303"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="304"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="305"/>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="306"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="307"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="308"/>
        <source>Lifecycle</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="309"/>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="310"/>
        <location filename="../../ui/account_form.py" line="343"/>
        <source>Annual revenue</source>
        <translation>Annual revenue</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="311"/>
        <source>Customer since</source>
        <translation>Customer since</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="312"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="313"/>
        <source>Industry growth %</source>
        <translation>Industry growth %</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="314"/>
        <source>Decision nodes</source>
        <translation>Decision nodes</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="315"/>
        <source>Industry leader</source>
        <translation>Industry leader</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="316"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="320"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="322"/>
        <source>A stable key that identifies the account in imports and exports.</source>
        <translation>A stable key that identifies the account in imports and exports.</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="325"/>
        <location filename="../../ui/review/content.py" line="80"/>
        <source>Prospect</source>
        <extracomment>Names of the pictures a section shows, drawn by :mod:`ui.review.charts` and the org-chart renderer.</extracomment>
        <translation>Prospect</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="326"/>
        <location filename="../../ui/review/content.py" line="81"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="327"/>
        <location filename="../../ui/review/content.py" line="82"/>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="331"/>
        <source>Why?</source>
        <translation>Why?</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="332"/>
        <source>Show how the tier models rate this account</source>
        <translation>Show how the tier models rate this account</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="333"/>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="333"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="333"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="336"/>
        <source>e.g. 12.5</source>
        <translation>e.g. 12.5</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="338"/>
        <source>How many approval steps a purchase passes at this customer (a tiering input).</source>
        <translation>How many approval steps a purchase passes at this customer (a tiering input).</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="340"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="341"/>
        <source>This account and everything below it</source>
        <translation>This account and everything below it</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="342"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="344"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="345"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../ui/account_form.py" line="347"/>
        <source>Select an account in the customer tree to see and edit its details.</source>
        <translation>Select an account in the customer tree to see and edit its details.</translation>
    </message>
</context>
<context>
    <name>AccountTreeModel</name>
    <message>
        <location filename="../../ui/tree_model.py" line="281"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/tree_model.py" line="281"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../ui/tree_model.py" line="281"/>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../ui/tree_model.py" line="281"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="239"/>
        <source>New Action</source>
        <translation>New Action</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="239"/>
        <source>Edit Action</source>
        <translation>Edit Action</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="245"/>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="247"/>
        <source>No date</source>
        <translation>No date</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="251"/>
        <source>Action:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="252"/>
        <source>Objective:</source>
        <translation>Objective:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="253"/>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="254"/>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="255"/>
        <source>Status:</source>
        <translation>Status:</translation>
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
    <name>ChartView</name>
    <message>
        <location filename="../../ui/orgchart/view.py" line="72"/>
        <source>Zoom In</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/view.py" line="73"/>
        <source>Zoom Out</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/view.py" line="74"/>
        <source>Fit to Window</source>
        <translation>Fit to Window</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../ui/tier_charts.py" line="151"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/tier_charts.py" line="152"/>
        <source>Save this chart as a PNG picture, an SVG drawing or a PDF file</source>
        <translation>Save this chart as a PNG picture, an SVG drawing or a PDF file</translation>
    </message>
    <message>
        <location filename="../../ui/tier_charts.py" line="197"/>
        <location filename="../../ui/tier_charts.py" line="211"/>
        <source>Export Chart</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <location filename="../../ui/tier_charts.py" line="219"/>
        <source>Choose a file name ending in .png, .svg or .pdf.</source>
        <translation>Choose a file name ending in .png, .svg or .pdf.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_charts.py" line="225"/>
        <source>The chart could not be saved to %1: %2</source>
        <translation>The chart could not be saved to %1: %2</translation>
    </message>
</context>
<context>
    <name>ClassifyDialog</name>
    <message>
        <location filename="../../ui/classify_dialog.py" line="429"/>
        <source>Apply the new tiers? %1 of %2 accounts change tier; each change is kept in the history.</source>
        <translation>Apply the new tiers? %1 of %2 accounts change tier; each change is kept in the history.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="434"/>
        <location filename="../../ui/classify_dialog.py" line="835"/>
        <source>Apply Tiers</source>
        <translation>Apply Tiers</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="445"/>
        <location filename="../../ui/classify_dialog.py" line="455"/>
        <source>Set Tier by Hand</source>
        <translation>Set Tier by Hand</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="446"/>
        <source>Tier for %1:</source>
        <translation>Tier for %1:</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="456"/>
        <source>Why does %1 get tier %2? (required)</source>
        <translation>Why does %1 get tier %2? (required)</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="463"/>
        <location filename="../../ui/classify_dialog.py" line="819"/>
        <source>Tier Classification</source>
        <translation>Tier Classification</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="492"/>
        <source>Classifying…</source>
        <translation>Classifying…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="493"/>
        <source>Classifying accounts…</source>
        <translation>Classifying accounts…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="521"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="526"/>
        <source>Unexpected problem: %1</source>
        <translation>Unexpected problem: %1</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="535"/>
        <source>%1 as of %2: %3. %4 accounts would change tier against the applied tiers.</source>
        <translation>%1 as of %2: %3. %4 accounts would change tier against the applied tiers.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="575"/>
        <source>Scoring RFM…</source>
        <translation>Scoring RFM…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="606"/>
        <source>Select an account to see how its tier was reached.</source>
        <translation>Select an account to see how its tier was reached.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="611"/>
        <source>%1 (%2): tier %3</source>
        <translation>%1 (%2): tier %3</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="616"/>
        <source>The model alone said: %1</source>
        <translation>The model alone said: %1</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="620"/>
        <source>Dimension scores: %1</source>
        <translation>Dimension scores: %1</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="627"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="648"/>
        <source>Tier history: none yet (tiers not applied).</source>
        <translation>Tier history: none yet (tiers not applied).</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="649"/>
        <source>Tier history:</source>
        <translation>Tier history:</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="660"/>
        <source>Revenue in window</source>
        <translation>Revenue in window</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="661"/>
        <source>Orders in window</source>
        <translation>Orders in window</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="662"/>
        <source>Average order</source>
        <translation>Average order</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="663"/>
        <source>Days since last order</source>
        <translation>Days since last order</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="664"/>
        <source>Entities rolled up</source>
        <translation>Entities rolled up</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="714"/>
        <source>No classified account matches “%1”.</source>
        <translation>No classified account matches “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="732"/>
        <source>Saved: the database classifies with these settings from now on.</source>
        <translation>Saved: the database classifies with these settings from now on.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="751"/>
        <source>Applying tiers…</source>
        <translation>Applying tiers…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="755"/>
        <source>Applied: %1 accounts changed tier.</source>
        <translation>Applied: %1 accounts changed tier.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="775"/>
        <source>Checking tier health…</source>
        <translation>Checking tier health…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="785"/>
        <source>no accounts to measure</source>
        <translation>no accounts to measure</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="787"/>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="787"/>
        <source>not met</source>
        <translation>not met</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="820"/>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="821"/>
        <source>Save as Database Settings</source>
        <translation>Save as Database Settings</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="822"/>
        <source>Classify with these settings from now on, here and on the command line.</source>
        <translation>Classify with these settings from now on, here and on the command line.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="823"/>
        <source>Defaults</source>
        <translation>Defaults</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="828"/>
        <source>All accounts</source>
        <translation>All accounts</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="828"/>
        <source>Only accounts that change tier</source>
        <translation>Only accounts that change tier</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="828"/>
        <source>Only tiers set by hand</source>
        <translation>Only tiers set by hand</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="832"/>
        <source>Find by key or name, then Enter</source>
        <translation>Find by key or name, then Enter</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="833"/>
        <source>Set Tier by Hand…</source>
        <translation>Set Tier by Hand…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="834"/>
        <source>Let the Model Decide</source>
        <translation>Let the Model Decide</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="836"/>
        <source>Make these the accounts&apos; tiers; every change is kept in the history.</source>
        <translation>Make these the accounts&apos; tiers; every change is kept in the history.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="837"/>
        <location filename="../../ui/classify_dialog.py" line="856"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="838"/>
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="839"/>
        <source>Pareto Curve</source>
        <translation>Pareto Curve</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="840"/>
        <source>RFM Grid</source>
        <translation>RFM Grid</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="841"/>
        <source>Health and Risk</source>
        <translation>Health and Risk</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="842"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="843"/>
        <source>Tier changes from</source>
        <translation>Tier changes from</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="844"/>
        <source>Risk signals as of the classification date</source>
        <translation>Risk signals as of the classification date</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="847"/>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="848"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="849"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="850"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="851"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="852"/>
        <source>Share of score %</source>
        <translation>Share of score %</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="856"/>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="856"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="856"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="856"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="859"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="859"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="859"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="859"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="859"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="859"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/contact_dialog.py" line="403"/>
        <source>New Contact</source>
        <translation>New Contact</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="403"/>
        <source>Edit Contact — %1</source>
        <translation>Edit Contact — %1</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="404"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="405"/>
        <source>Power map</source>
        <translation>Power map</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="406"/>
        <source>Influence and conflict lines</source>
        <translation>Influence and conflict lines</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="408"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="409"/>
        <source>Reports to:</source>
        <translation>Reports to:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="410"/>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="413"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="416"/>
        <source>Nobody (top of the chart)</source>
        <translation>Nobody (top of the chart)</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="419"/>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="421"/>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="422"/>
        <source> of 5</source>
        <translation> of 5</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="426"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="428"/>
        <source>Nobody on our side</source>
        <translation>Nobody on our side</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="430"/>
        <source>Known</source>
        <translation>Known</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="431"/>
        <source>Edit Link…</source>
        <translation>Edit Link…</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="432"/>
        <source>Delete Link</source>
        <translation>Delete Link</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="433"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="433"/>
        <source>Other person</source>
        <translation>Other person</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="433"/>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="433"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="523"/>
        <source>Influenced by</source>
        <translation>Influenced by</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <location filename="../../ui/powermap_panels.py" line="66"/>
        <source>Influential people held by someone on our side</source>
        <translation>Influential people held by someone on our side</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="67"/>
        <source>Key roles identified</source>
        <translation>Key roles identified</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="68"/>
        <source>Key relationships working and recent</source>
        <translation>Key relationships working and recent</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="199"/>
        <source>Thresholds (kept with the data, for every account)</source>
        <translation>Thresholds (kept with the data, for every account)</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="200"/>
        <source>A relationship is stale after</source>
        <translation>A relationship is stale after</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="201"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="202"/>
        <source>Influential from</source>
        <translation>Influential from</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="203"/>
        <source> of 5</source>
        <translation> of 5</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="204"/>
        <source>Save Thresholds</source>
        <translation>Save Thresholds</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="205"/>
        <source>Accounts of the group</source>
        <translation>Accounts of the group</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="206"/>
        <location filename="../../ui/powermap_panels.py" line="210"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="207"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="208"/>
        <source>Click a person to show them in the org chart.</source>
        <translation>Click a person to show them in the org chart.</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="210"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Influential, no owner</source>
        <translation type="vanished">Influential, no owner</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="210"/>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="210"/>
        <source>Uncovered</source>
        <translation>Uncovered</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="211"/>
        <source>Stale</source>
        <translation>Stale</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="211"/>
        <source>Roles missing</source>
        <translation>Roles missing</translation>
    </message>
    <message>
        <source>Influential opponents</source>
        <translation type="vanished">Influential opponents</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="211"/>
        <source>Opponents</source>
        <translation>Opponents</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="213"/>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="213"/>
        <source>Covered</source>
        <translation>Covered</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="213"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="213"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="214"/>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="214"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="214"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="214"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="281"/>
        <source>Whole group</source>
        <translation>Whole group</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="305"/>
        <source>The whole group, as one map</source>
        <translation>The whole group, as one map</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="308"/>
        <source>Coverage score: %1 / 100</source>
        <translation>Coverage score: %1 / 100</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="310"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="319"/>
        <source>Minus %1 points: influential opponents nobody on our side holds.</source>
        <translation>Minus %1 points: influential opponents nobody on our side holds.</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="323"/>
        <source>No penalty: every influential opponent is held by someone.</source>
        <translation>No penalty: every influential opponent is held by someone.</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="405"/>
        <location filename="../../ui/powermap_panels.py" line="341"/>
        <source>Influential opponent</source>
        <translation>Influential opponent</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="406"/>
        <location filename="../../ui/powermap_panels.py" line="342"/>
        <source>Influential, nobody on our side</source>
        <translation>Influential, nobody on our side</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="407"/>
        <location filename="../../ui/powermap_panels.py" line="343"/>
        <source>Weak relationship</source>
        <translation>Weak relationship</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="408"/>
        <location filename="../../ui/powermap_panels.py" line="344"/>
        <source>Stale relationship</source>
        <translation>Stale relationship</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="440"/>
        <location filename="../../ui/powermap_panels.py" line="345"/>
        <source>Role missing</source>
        <translation>Role missing</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="443"/>
        <location filename="../../ui/powermap_panels.py" line="353"/>
        <source>Nobody is known as %1.</source>
        <translation>Nobody is known as %1.</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="357"/>
        <source>%1, influence %2</source>
        <translation>%1, influence %2</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="360"/>
        <source>; nobody on our side holds them</source>
        <translation>; nobody on our side holds them</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="424"/>
        <location filename="../../ui/powermap_panels.py" line="362"/>
        <source>Influence %1 of 5</source>
        <translation>Influence %1 of 5</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="430"/>
        <location filename="../../ui/powermap_panels.py" line="367"/>
        <source>Last contact %1 (over %2 days ago)</source>
        <translation>Last contact %1 (over %2 days ago)</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="434"/>
        <location filename="../../ui/powermap_panels.py" line="368"/>
        <source>Never contacted</source>
        <translation>Never contacted</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <source>Share of revenue</source>
        <extracomment>Item data role under which a cell offers its allowed values as ``[(value, label), ...]``; :class:`ChoiceDelegate` edits such a cell with a combo box. The order the model chooser lists the models in (the default first).</extracomment>
        <translation type="vanished">Share of revenue</translation>
    </message>
    <message>
        <source>Purchase cycle</source>
        <translation type="vanished">Purchase cycle</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation type="vanished">Repeat purchases</translation>
    </message>
    <message>
        <source>On-time payment rate</source>
        <translation type="vanished">On-time payment rate</translation>
    </message>
    <message>
        <source>Interactions per year</source>
        <translation type="vanished">Interactions per year</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="vanished">Referrals</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="vanished">Feedback</translation>
    </message>
    <message>
        <source>Industry growth</source>
        <translation type="vanished">Industry growth</translation>
    </message>
    <message>
        <source>Size within industry</source>
        <translation type="vanished">Size within industry</translation>
    </message>
    <message>
        <source>Decision nodes</source>
        <translation type="vanished">Decision nodes</translation>
    </message>
    <message>
        <source>Industry leader</source>
        <translation type="vanished">Industry leader</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="257"/>
        <source>Revenue in the window as a share of the revenue of all accounts.</source>
        <extracomment>Item data role under which a cell offers its allowed values as ``[(value, label), ...]``; :class:`ChoiceDelegate` edits such a cell with a combo box. The order the model chooser lists the models in (the default first).</extracomment>
        <translation>Revenue in the window as a share of the revenue of all accounts.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="258"/>
        <source>Mean days between orders in the window.</source>
        <translation>Mean days between orders in the window.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="259"/>
        <source>Orders in the window minus one.</source>
        <translation>Orders in the window minus one.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="260"/>
        <source>Share of due orders paid by their due date.</source>
        <translation>Share of due orders paid by their due date.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="261"/>
        <source>Interactions in the window, scaled to twelve months.</source>
        <translation>Interactions in the window, scaled to twelve months.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="262"/>
        <source>Referrals the account made in the window.</source>
        <translation>Referrals the account made in the window.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="263"/>
        <source>Feedback the account gave in the window.</source>
        <translation>Feedback the account gave in the window.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="264"/>
        <source>Yearly growth of the account&apos;s industry.</source>
        <translation>Yearly growth of the account&apos;s industry.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="265"/>
        <source>Size rank within its industry: 100 is the largest.</source>
        <translation>Size rank within its industry: 100 is the largest.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="266"/>
        <source>Approval steps a purchase passes at the customer.</source>
        <translation>Approval steps a purchase passes at the customer.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="267"/>
        <source>1 if the account leads its industry, 0 if not.</source>
        <translation>1 if the account leads its industry, 0 if not.</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="vanished">Transaction</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation type="vanished">Behaviour</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation type="vanished">Potential</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="275"/>
        <source>Higher is better</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="275"/>
        <source>Lower is better</source>
        <translation>Lower is better</translation>
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
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="283"/>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="284"/>
        <source>per year</source>
        <translation>per year</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="285"/>
        <source>percentile</source>
        <translation>percentile</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="286"/>
        <source>1 = yes</source>
        <translation>1 = yes</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="304"/>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="305"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="306"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="307"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="308"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="309"/>
        <source>Bands</source>
        <translation>Bands</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="310"/>
        <source>Otherwise</source>
        <translation>Otherwise</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="314"/>
        <source>Weight of the criterion within its dimension; 0 switches it off.</source>
        <translation>Weight of the criterion within its dimension; 0 switches it off.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="315"/>
        <source>The unit of the thresholds; shares are written in percent.</source>
        <translation>The unit of the thresholds; shares are written in percent.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="316"/>
        <source>Threshold:points pairs from best to worst, e.g. 15:100, 5:60.</source>
        <translation>Threshold:points pairs from best to worst, e.g. 15:100, 5:60.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="317"/>
        <source>Points for a value that reaches none of the bands.</source>
        <translation>Points for a value that reaches none of the bands.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="406"/>
        <source>%1% of the %2 dimension</source>
        <translation>%1% of the %2 dimension</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="411"/>
        <source>A value at or above a threshold earns that band&apos;s points; the first band reached counts.</source>
        <translation>A value at or above a threshold earns that band&apos;s points; the first band reached counts.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="413"/>
        <source>A value at or below a threshold earns that band&apos;s points; the first band reached counts.</source>
        <translation>A value at or below a threshold earns that band&apos;s points; the first band reached counts.</translation>
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
        <location filename="../../ui/exchange_labels.py" line="19"/>
        <source>Tier history</source>
        <translation>Tier history</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="20"/>
        <source>Tiers set by hand</source>
        <translation>Tiers set by hand</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="21"/>
        <source>Contact links</source>
        <translation>Contact links</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="22"/>
        <source>Power map snapshots</source>
        <translation>Power map snapshots</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="23"/>
        <source>Iron triangles</source>
        <translation>Iron triangles</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="24"/>
        <source>Account plans</source>
        <translation>Account plans</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="25"/>
        <source>Plan objectives</source>
        <translation>Plan objectives</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="26"/>
        <source>Plan actions</source>
        <translation>Plan actions</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="27"/>
        <source>Plan risks</source>
        <translation>Plan risks</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="32"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="33"/>
        <source>Account key</source>
        <translation>Account key</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="34"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="35"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="36"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="37"/>
        <source>Buying role</source>
        <translation>Buying role</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="38"/>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="39"/>
        <source>Attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="40"/>
        <source>Relationship layer</source>
        <translation>Relationship layer</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="41"/>
        <source>Relationship strength</source>
        <translation>Relationship strength</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="42"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="43"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="44"/>
        <source>Owner key</source>
        <translation>Owner key</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="45"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="49"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="50"/>
        <source>Parent key</source>
        <translation>Parent key</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="51"/>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="52"/>
        <location filename="../../ui/exchange_labels.py" line="94"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="53"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="54"/>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="55"/>
        <source>Annual revenue</source>
        <translation>Annual revenue</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="56"/>
        <source>Lifecycle</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="57"/>
        <source>Customer since</source>
        <translation>Customer since</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="59"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="60"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="61"/>
        <source>Industry growth %</source>
        <translation>Industry growth %</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="62"/>
        <source>Decision nodes</source>
        <translation>Decision nodes</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="63"/>
        <source>Industry leader</source>
        <translation>Industry leader</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="64"/>
        <location filename="../../ui/exchange_labels.py" line="126"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="65"/>
        <source>Tier score</source>
        <translation>Tier score</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="66"/>
        <source>Tier model</source>
        <translation>Tier model</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="67"/>
        <source>Tier set on</source>
        <translation>Tier set on</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="72"/>
        <location filename="../../ui/exchange_labels.py" line="90"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="73"/>
        <location filename="../../ui/exchange_labels.py" line="143"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="74"/>
        <location filename="../../ui/exchange_labels.py" line="144"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="75"/>
        <location filename="../../ui/exchange_labels.py" line="145"/>
        <source>Reports to key</source>
        <translation>Reports to key</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="77"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="79"/>
        <source>Dotted-line manager key</source>
        <translation>Dotted-line manager key</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="84"/>
        <location filename="../../ui/exchange_labels.py" line="150"/>
        <source>Relationship owner</source>
        <translation>Relationship owner</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="86"/>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="92"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="93"/>
        <source>Triangle roles</source>
        <translation>Triangle roles</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="95"/>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="101"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="102"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="103"/>
        <source>Paid date</source>
        <translation>Paid date</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="108"/>
        <location filename="../../ui/exchange_labels.py" line="141"/>
        <source>Contact key</source>
        <translation>Contact key</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="110"/>
        <location filename="../../ui/exchange_labels.py" line="133"/>
        <location filename="../../ui/exchange_labels.py" line="181"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="111"/>
        <location filename="../../ui/exchange_labels.py" line="135"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="116"/>
        <source>From tier</source>
        <translation>From tier</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="117"/>
        <source>To tier</source>
        <translation>To tier</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="118"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="119"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="120"/>
        <location filename="../../ui/exchange_labels.py" line="127"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="121"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="122"/>
        <source>Rule values</source>
        <translation>Rule values</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="131"/>
        <source>From contact key</source>
        <translation>From contact key</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="132"/>
        <source>To contact key</source>
        <translation>To contact key</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="134"/>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="140"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="142"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="155"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="156"/>
        <source>Member key</source>
        <translation>Member key</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="157"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="158"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="164"/>
        <source>Challenges</source>
        <translation>Challenges</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="165"/>
        <source>Competitors</source>
        <translation>Competitors</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="166"/>
        <source>Our strengths</source>
        <translation>Our strengths</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="167"/>
        <source>Our weaknesses</source>
        <translation>Our weaknesses</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="168"/>
        <source>Industry trends</source>
        <translation>Industry trends</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="169"/>
        <source>Fit: business network</source>
        <translation>Fit: business network</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="170"/>
        <source>Fit: business model</source>
        <translation>Fit: business model</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="171"/>
        <source>Fit: decision-maker relationships</source>
        <translation>Fit: decision-maker relationships</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="172"/>
        <source>Fit: industry trend</source>
        <translation>Fit: industry trend</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="173"/>
        <source>Fit: competitive situation</source>
        <translation>Fit: competitive situation</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="174"/>
        <source>Fit: financial health</source>
        <translation>Fit: financial health</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="175"/>
        <source>Fit: solution fit</source>
        <translation>Fit: solution fit</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="180"/>
        <location filename="../../ui/exchange_labels.py" line="191"/>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="182"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="186"/>
        <source>Progress %</source>
        <translation>Progress %</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="192"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="200"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="201"/>
        <source>Likelihood</source>
        <translation>Likelihood</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="202"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_labels.py" line="203"/>
        <source>Mitigation</source>
        <translation>Mitigation</translation>
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
        <source>The cell shows the spreadsheet error %1; fix the formula or type the value.</source>
        <translation>The cell shows the spreadsheet error %1; fix the formula or type the value.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="23"/>
        <source>The cell holds a formula whose result the file does not keep; open the file in your spreadsheet program, save it, and import it again.</source>
        <translation>The cell holds a formula whose result the file does not keep; open the file in your spreadsheet program, save it, and import it again.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="28"/>
        <source>%1 is not a real calendar date.</source>
        <translation>%1 is not a real calendar date.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="29"/>
        <source>&apos;%1&apos; is neither yes nor no.</source>
        <translation>&apos;%1&apos; is neither yes nor no.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="30"/>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>&apos;%1&apos; is not a number.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="31"/>
        <source>&apos;%1&apos; is not a tier (A, B, C or D).</source>
        <translation>&apos;%1&apos; is not a tier (A, B, C or D).</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="32"/>
        <source>The rule values are not readable (an export writes them); leave the cell empty.</source>
        <translation>The rule values are not readable (an export writes them); leave the cell empty.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="35"/>
        <source>&apos;%1&apos; is outside -1000 to 1000.</source>
        <translation>&apos;%1&apos; is outside -1000 to 1000.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="36"/>
        <source>&apos;%1&apos; is not a lifecycle stage (prospect, customer, lost).</source>
        <translation>&apos;%1&apos; is not a lifecycle stage (prospect, customer, lost).</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="39"/>
        <source>&apos;%1&apos; is not a kind of interaction.</source>
        <translation>&apos;%1&apos; is not a kind of interaction.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="40"/>
        <source>The text is longer than %2 characters.</source>
        <translation>The text is longer than %2 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="41"/>
        <source>This value is required.</source>
        <translation>This value is required.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="42"/>
        <source>This record appears twice in the file (first in row %3).</source>
        <translation>This record appears twice in the file (first in row %3).</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="45"/>
        <source>Several stored accounts have this name; give the key.</source>
        <translation>Several stored accounts have this name; give the key.</translation>
    </message>
    <message>
        <source>%2 rows are deals not won (%1); they were not imported as orders.</source>
        <translation type="vanished">%2 rows are deals not won (%1); they were not imported as orders.</translation>
    </message>
    <message>
        <source>%2 rows have a stage not known as won or lost (%1); they were imported as orders.</source>
        <translation type="vanished">%2 rows have a stage not known as won or lost (%1); they were imported as orders.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="46"/>
        <source>The account %4 has this name too; a reference by this name needs the key.</source>
        <translation>The account %4 has this name too; a reference by this name needs the key.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="49"/>
        <source>Lines below the table (%1), %2 in all, were not read as records.</source>
        <translation>Lines below the table (%1), %2 in all, were not read as records.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="52"/>
        <source>Deals not won (%1), %2 row(s), were not imported as orders.</source>
        <translation>Deals not won (%1), %2 row(s), were not imported as orders.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="53"/>
        <source>Stages not known as won or lost (%1), %2 row(s), were imported as orders.</source>
        <translation>Stages not known as won or lost (%1), %2 row(s), were imported as orders.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="56"/>
        <source>Several stored contacts of this account have this name; give the key.</source>
        <translation>Several stored contacts of this account have this name; give the key.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="59"/>
        <source>Matched a stored account by name; its key %4 is kept.</source>
        <translation>Matched a stored account by name; its key %4 is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="62"/>
        <source>The same name appears in row %3; both rows are imported.</source>
        <translation>The same name appears in row %3; both rows are imported.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="65"/>
        <source>No account has the key or name &apos;%5&apos;.</source>
        <translation>No account has the key or name &apos;%5&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="66"/>
        <source>Several records are called &apos;%5&apos;; use the key.</source>
        <translation>Several records are called &apos;%5&apos;; use the key.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="67"/>
        <source>No contact has the key or name &apos;%5&apos; in this account.</source>
        <translation>No contact has the key or name &apos;%5&apos; in this account.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="68"/>
        <source>The references loop back to this row (A under B under A).</source>
        <translation>The references loop back to this row (A under B under A).</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="69"/>
        <source>The sheet is hidden and was not imported.</source>
        <translation>The sheet is hidden and was not imported.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="70"/>
        <source>No known columns were found; the sheet was not imported.</source>
        <translation>No known columns were found; the sheet was not imported.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="73"/>
        <source>Another sheet holds the same kind of records; both are read.</source>
        <translation>Another sheet holds the same kind of records; both are read.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="76"/>
        <source>Another column gives the same field; this one was ignored.</source>
        <translation>Another column gives the same field; this one was ignored.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="79"/>
        <source>The sheet has no column for a required field (%6).</source>
        <translation>The sheet has no column for a required field (%6).</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="80"/>
        <source>The sheet has headers but no data rows.</source>
        <translation>The sheet has headers but no data rows.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="81"/>
        <source>The file holds no records to import.</source>
        <translation>The file holds no records to import.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="82"/>
        <source>&apos;%1&apos; is not a buying role (decision maker, economic buyer, technical buyer, user, coach, gatekeeper, influencer).</source>
        <translation>&apos;%1&apos; is not a buying role (decision maker, economic buyer, technical buyer, user, coach, gatekeeper, influencer).</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="87"/>
        <source>&apos;%1&apos; is not an attitude (opponent, sceptic, neutral, supporter, champion, or -2 to 2).</source>
        <translation>&apos;%1&apos; is not an attitude (opponent, sceptic, neutral, supporter, champion, or -2 to 2).</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="90"/>
        <source>&apos;%1&apos; is not a relationship layer (key person, broad, organisational).</source>
        <translation>&apos;%1&apos; is not a relationship layer (key person, broad, organisational).</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="93"/>
        <source>&apos;%1&apos; is not a relationship strength (none, weak, working, strong, trusted, or 0 to 4).</source>
        <translation>&apos;%1&apos; is not a relationship strength (none, weak, working, strong, trusted, or 0 to 4).</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="96"/>
        <source>&apos;%1&apos; is not a kind of link (influence, conflict).</source>
        <translation>&apos;%1&apos; is not a kind of link (influence, conflict).</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="97"/>
        <source>&apos;%1&apos; is outside %7 to %8.</source>
        <translation>&apos;%1&apos; is outside %7 to %8.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="98"/>
        <source>No team member has the key or name &apos;%5&apos;.</source>
        <translation>No team member has the key or name &apos;%5&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="99"/>
        <source>A contact cannot be linked to themselves.</source>
        <translation>A contact cannot be linked to themselves.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="120"/>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="121"/>
        <source>%1 cannot be read.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="122"/>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="123"/>
        <source>%1 is not a spreadsheet, or it is damaged.</source>
        <translation>%1 is not a spreadsheet, or it is damaged.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="124"/>
        <source>%1 is damaged or incomplete.</source>
        <translation>%1 is damaged or incomplete.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="125"/>
        <source>%1 is protected with a password. Open it in your spreadsheet program, remove the password, save it, and import it again.</source>
        <translation>%1 is protected with a password. Open it in your spreadsheet program, remove the password, save it, and import it again.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="130"/>
        <source>%1 unpacks to a suspicious size (a zip bomb?); it was not opened.</source>
        <translation>%1 unpacks to a suspicious size (a zip bomb?); it was not opened.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="133"/>
        <source>%1 declares XML entities, which spreadsheets never need; it was not opened.</source>
        <translation>%1 declares XML entities, which spreadsheets never need; it was not opened.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="136"/>
        <source>%1 is too large to import.</source>
        <translation>%1 is too large to import.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="137"/>
        <source>The text of %1 is neither UTF-8, UTF-16, GBK/GB18030 nor Windows-1252 (Western European).</source>
        <translation>The text of %1 is neither UTF-8, UTF-16, GBK/GB18030 nor Windows-1252 (Western European).</translation>
    </message>
    <message>
        <source>The text of %1 is neither UTF-8 nor GBK/GB18030.</source>
        <translation type="vanished">The text of %1 is neither UTF-8 nor GBK/GB18030.</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="140"/>
        <source>%1 could not be written; nothing was changed.</source>
        <translation>%1 could not be written; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="73"/>
        <source>Import — %1</source>
        <translation>Import — %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="144"/>
        <source>Sheets</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="145"/>
        <source>Columns not recognised — choose a field, or leave them ignored</source>
        <translation>Columns not recognised — choose a field, or leave them ignored</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="146"/>
        <source>What the import will do</source>
        <translation>What the import will do</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="147"/>
        <location filename="../../ui/import_dialog.py" line="439"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="148"/>
        <source>Save Problems…</source>
        <translation>Save Problems…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="149"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="150"/>
        <location filename="../../ui/import_dialog.py" line="151"/>
        <location filename="../../ui/import_dialog.py" line="159"/>
        <location filename="../../ui/import_dialog.py" line="164"/>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="150"/>
        <source>Read as</source>
        <translation>Read as</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="150"/>
        <source>Header row</source>
        <translation>Header row</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="150"/>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="151"/>
        <location filename="../../ui/import_dialog.py" line="164"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="151"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="154"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="155"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="156"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="157"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="158"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="160"/>
        <location filename="../../ui/import_dialog.py" line="164"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="164"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="164"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="174"/>
        <location filename="../../ui/import_dialog.py" line="175"/>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="180"/>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="253"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="253"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="280"/>
        <source>(hidden, skipped)</source>
        <translation>(hidden, skipped)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="281"/>
        <source>(skipped)</source>
        <translation>(skipped)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="282"/>
        <source>(not recognised)</source>
        <translation>(not recognised)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="288"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="288"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="310"/>
        <source>%1: %2 new, %3 changed, %4 unchanged</source>
        <translation>%1: %2 new, %3 changed, %4 unchanged</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="316"/>
        <source>Nothing to import.</source>
        <translation>Nothing to import.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="321"/>
        <source>%n problem(s) must be fixed in the file before it can be imported; nothing has been written.</source>
        <translation>
            <numerusform>%n problem must be fixed in the file before it can be imported; nothing has been written.</numerusform>
            <numerusform>%n problems must be fixed in the file before it can be imported; nothing has been written.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="328"/>
        <source>Nothing has been written yet. Press Import to write all of it at once.</source>
        <translation>Nothing has been written yet. Press Import to write all of it at once.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="334"/>
        <source>(skip this sheet)</source>
        <translation>(skip this sheet)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="343"/>
        <source>(ignore this column)</source>
        <translation>(ignore this column)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="346"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="347"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="348"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="349"/>
        <source>Deal stage (only won deals are orders)</source>
        <translation>Deal stage (only won deals are orders)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="401"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="420"/>
        <source>Something went wrong: %1</source>
        <translation>Something went wrong: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="450"/>
        <source>Save Problems</source>
        <translation>Save Problems</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="452"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>IronTriangleWindow</name>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="351"/>
        <source>Changes take effect on:</source>
        <translation>Changes take effect on:</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="352"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="353"/>
        <source>Drag a member onto a seat.</source>
        <translation>Drag a member onto a seat.</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="354"/>
        <source>Assignment history</source>
        <translation>Assignment history</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="355"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="355"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="355"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="355"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="393"/>
        <source>Iron Triangle</source>
        <translation>Iron Triangle</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="394"/>
        <source>Select an account in the customer tree.</source>
        <translation>Select an account in the customer tree.</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="397"/>
        <source>%1 — Iron Triangle</source>
        <translation>%1 — Iron Triangle</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="400"/>
        <source>Tier: %1</source>
        <translation>Tier: %1</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="402"/>
        <source>requires %1</source>
        <translation>requires %1</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="404"/>
        <source>no seat required</source>
        <translation>no seat required</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="406"/>
        <source>missing: %1</source>
        <translation>missing: %1</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="420"/>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="446"/>
        <source>Empty the %1 seat</source>
        <translation>Empty the %1 seat</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="449"/>
        <source>Make %1 the %2</source>
        <translation>Make %1 the %2</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../ui/contact_dialog.py" line="65"/>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="66"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="67"/>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="173"/>
        <source>Edit Link</source>
        <translation>Edit Link</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="175"/>
        <source>Add Influence</source>
        <translation>Add Influence</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="177"/>
        <source>Add Conflict</source>
        <translation>Add Conflict</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="179"/>
        <source>Whom does %1 influence?</source>
        <translation>Whom does %1 influence?</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="181"/>
        <source>With whom is %1 in conflict?</source>
        <translation>With whom is %1 in conflict?</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="182"/>
        <source>Other person:</source>
        <translation>Other person:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="183"/>
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="184"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="220"/>
        <source>Choose the other person.</source>
        <translation>Choose the other person.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="235"/>
        <source>The database was upgraded; the previous version was saved as %1.</source>
        <translation>The database was upgraded; the previous version was saved as %1.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>%1 — Account Planner</source>
        <translation>%1 — Account Planner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>%1 accounts · %2 contacts · %3 orders · %4 interactions</source>
        <translation>%1 accounts · %2 contacts · %3 orders · %4 interactions</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="370"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="372"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373"/>
        <source>&amp;New Database…</source>
        <translation>&amp;New Database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="374"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Open Database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="375"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376"/>
        <source>&amp;Backup…</source>
        <translation>&amp;Backup…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="377"/>
        <source>&amp;Import from Excel or CSV…</source>
        <translation>&amp;Import from Excel or CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="379"/>
        <source>Export &amp;Review Pack…</source>
        <translation>Export &amp;Review Pack…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="381"/>
        <source>A PDF of the selected account for its review: tier, iron triangle, people, plan, revenue and changes</source>
        <translation>A PDF of the selected account for its review: tier, iron triangle, people, plan, revenue and changes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="384"/>
        <source>New &amp;Top-Level Account</source>
        <translation>New &amp;Top-Level Account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385"/>
        <source>New &amp;Sub-Account</source>
        <translation>New &amp;Sub-Account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="386"/>
        <source>New Account at the Same &amp;Level</source>
        <translation>New Account at the Same &amp;Level</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="387"/>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="388"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="389"/>
        <source>&amp;Find Account</source>
        <translation>&amp;Find Account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="390"/>
        <source>&amp;Collapse All</source>
        <translation>&amp;Collapse All</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="391"/>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392"/>
        <source>&amp;Org Chart and Power Map…</source>
        <translation>&amp;Org Chart and Power Map…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="394"/>
        <source>The people of the selected account: org chart, power grid, coverage and snapshots</source>
        <translation>The people of the selected account: org chart, power grid, coverage and snapshots</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="396"/>
        <source>&amp;Tiers</source>
        <translation>&amp;Tiers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="397"/>
        <source>&amp;Classify Accounts…</source>
        <translation>&amp;Classify Accounts…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="398"/>
        <source>&amp;Why This Tier?</source>
        <translation>&amp;Why This Tier?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="399"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="400"/>
        <source>System Default</source>
        <translation>System Default</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="403"/>
        <source>&amp;About Account Planner</source>
        <translation>&amp;About Account Planner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="404"/>
        <source>Search by name, key or industry</source>
        <translation>Search by name, key or industry</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="421"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="422"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="522"/>
        <source>Account Planner</source>
        <translation>Account Planner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="541"/>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="541"/>
        <source>Add account</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="553"/>
        <source>Rename account</source>
        <translation>Rename account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="556"/>
        <source>Move account</source>
        <translation>Move account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="559"/>
        <location filename="../../ui/main_window.py" line="608"/>
        <source>Delete account</source>
        <translation>Delete account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="573"/>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="611"/>
        <source>“%1” has sub-accounts. What should happen to them?</source>
        <translation>“%1” has sub-accounts. What should happen to them?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="616"/>
        <source>Contacts, orders and interactions of deleted accounts are deleted too. You can undo this.</source>
        <translation>Contacts, orders and interactions of deleted accounts are deleted too. You can undo this.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="622"/>
        <source>Delete Everything Below Too</source>
        <translation>Delete Everything Below Too</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="626"/>
        <source>Move Sub-Accounts Up a Level</source>
        <translation>Move Sub-Accounts Up a Level</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="631"/>
        <source>Delete “%1” with its contacts, orders and interactions?</source>
        <translation>Delete “%1” with its contacts, orders and interactions?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="635"/>
        <source>You can undo this.</source>
        <translation>You can undo this.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="637"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="704"/>
        <source>%n account(s) found</source>
        <translation>
            <numerusform>%n account found</numerusform>
            <numerusform>%n accounts found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="791"/>
        <source>All tiers</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="793"/>
        <source>Tier %1</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="794"/>
        <source>Not classified</source>
        <translation>Not classified</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="797"/>
        <source>Show only accounts of this tier</source>
        <translation>Show only accounts of this tier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="819"/>
        <source>%1 exists already. Choose another name, or use Open Database.</source>
        <translation>%1 exists already. Choose another name, or use Open Database.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="842"/>
        <source>New Database</source>
        <translation>New Database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="844"/>
        <source>Account Planner databases (*.sqlite *.db)</source>
        <translation>Account Planner databases (*.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="853"/>
        <source>Open Database</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="855"/>
        <source>Account Planner databases (*.sqlite *.db);;All files (*)</source>
        <translation>Account Planner databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="863"/>
        <source>Back Up Database</source>
        <translation>Back Up Database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="865"/>
        <source>Account Planner databases (*.sqlite)</source>
        <translation>Account Planner databases (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="872"/>
        <source>Only database files can be backed up here.</source>
        <translation>Only database files can be backed up here.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="879"/>
        <source>Choose another file: a backup cannot replace the database itself.</source>
        <translation>Choose another file: a backup cannot replace the database itself.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="886"/>
        <source>Backup saved to %1.</source>
        <translation>Backup saved to %1.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="909"/>
        <source>No other recent databases</source>
        <translation>No other recent databases</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="936"/>
        <source>Import finished.</source>
        <translation>Import finished.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="953"/>
        <source>Exporting to %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="955"/>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="986"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="988"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="996"/>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="998"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1036"/>
        <source>Welcome to Account Planner</source>
        <translation>Welcome to Account Planner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1037"/>
        <source>Your database is empty. Load a demo portfolio of 300 customer accounts, with contacts, orders and interactions, to try the program? You can open a new, empty database at any time from the File menu.</source>
        <translation>Your database is empty. Load a demo portfolio of 300 customer accounts, with contacts, orders and interactions, to try the program? You can open a new, empty database at any time from the File menu.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1053"/>
        <source>Loading the demo portfolio…</source>
        <translation>Loading the demo portfolio…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1066"/>
        <source>Something went wrong: %1</source>
        <translation>Something went wrong: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1078"/>
        <source>About Account Planner</source>
        <translation>About Account Planner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1080"/>
        <source>&lt;h3&gt;Account Planner 0.1&lt;/h3&gt;&lt;p&gt;Key account planning on your own computer: customer trees with roll-ups, and Excel import and export.&lt;/p&gt;&lt;p&gt;Your data is stored in %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Account Planner 0.1&lt;/h3&gt;&lt;p&gt;Key account planning on your own computer: customer trees with roll-ups, and Excel import and export.&lt;/p&gt;&lt;p&gt;Your data is stored in %1.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../ui/team_window.py" line="206"/>
        <source>New Team Member</source>
        <translation>New Team Member</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="208"/>
        <source>Edit Team Member — %1</source>
        <translation>Edit Team Member — %1</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="210"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="210"/>
        <source>Key:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="210"/>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="211"/>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="211"/>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="211"/>
        <source>Capacity:</source>
        <translation>Capacity:</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="215"/>
        <source>Given automatically when empty</source>
        <translation>Given automatically when empty</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="217"/>
        <source>Capacity is how many tier-weighted seats the member can carry: a seat on an A account weighs 3, on a B account 2, on a C account 1 (see the rules in Coverage and Workload).</source>
        <translation>Capacity is how many tier-weighted seats the member can carry: a seat on an A account weighs 3, on a B account 2, on a C account 1 (see the rules in Coverage and Workload).</translation>
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
        <location filename="../../ui/messages.py" line="26"/>
        <source>Industry growth</source>
        <translation>Industry growth</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="27"/>
        <source>Decision nodes</source>
        <translation>Decision nodes</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="28"/>
        <source>Industry leader</source>
        <translation>Industry leader</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="29"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="30"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="32"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="33"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="34"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="35"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="36"/>
        <source>Dotted-line manager</source>
        <translation>Dotted-line manager</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="37"/>
        <source>Buying role</source>
        <translation>Buying role</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="38"/>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="39"/>
        <source>Attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="40"/>
        <source>Relationship layer</source>
        <translation>Relationship layer</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="41"/>
        <source>Owner on our side</source>
        <translation>Owner on our side</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="42"/>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="43"/>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="44"/>
        <source>Other person</source>
        <translation>Other person</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="45"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="46"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="47"/>
        <source>Stale after (days)</source>
        <translation>Stale after (days)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="48"/>
        <source>Influential from</source>
        <translation>Influential from</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57"/>
        <source>%1 cannot be empty.</source>
        <translation>%1 cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="58"/>
        <source>%1 holds at most %3 characters.</source>
        <translation>%1 holds at most %3 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="59"/>
        <source>%1: &apos;%2&apos; is not a whole number.</source>
        <translation>%1: &apos;%2&apos; is not a whole number.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="60"/>
        <source>%1 cannot be negative.</source>
        <translation>%1 cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="61"/>
        <source>%1: &apos;%2&apos; is implausibly large.</source>
        <translation>%1: &apos;%2&apos; is implausibly large.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="62"/>
        <source>%1: &apos;%2&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation>%1: &apos;%2&apos; is not a date; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="63"/>
        <source>%1: %2 is not a real calendar date.</source>
        <translation>%1: %2 is not a real calendar date.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="64"/>
        <source>%1: %2 lies in the future.</source>
        <translation>%1: %2 lies in the future.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="65"/>
        <source>%1: &apos;%2&apos; is not an amount.</source>
        <translation>%1: &apos;%2&apos; is not an amount.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="66"/>
        <source>%1: &apos;%2&apos; is not a number.</source>
        <translation>%1: &apos;%2&apos; is not a number.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="67"/>
        <source>%1 lies between -100 % and 1000 %.</source>
        <translation>%1 lies between -100 % and 1000 %.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="68"/>
        <source>%1: &apos;%2&apos; is neither yes nor no.</source>
        <translation>%1: &apos;%2&apos; is neither yes nor no.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="69"/>
        <source>%1: &apos;%2&apos; is not a tier; use A, B, C or D.</source>
        <translation>%1: &apos;%2&apos; is not a tier; use A, B, C or D.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="70"/>
        <source>%1 is outside the allowed range.</source>
        <translation>%1 is outside the allowed range.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="71"/>
        <source>A contact cannot be linked to themselves.</source>
        <translation>A contact cannot be linked to themselves.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="72"/>
        <source>%1 holds text.</source>
        <translation>%1 holds text.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="73"/>
        <source>%1: this value is not one of the choices.</source>
        <translation>%1: this value is not one of the choices.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="89"/>
        <source>The person no longer exists; they may have been deleted.</source>
        <translation>The person no longer exists; they may have been deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="91"/>
        <source>The link no longer exists; it may have been deleted.</source>
        <translation>The link no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="93"/>
        <source>The snapshot no longer exists; it may have been deleted.</source>
        <translation>The snapshot no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="95"/>
        <source>The team member no longer exists.</source>
        <translation>The team member no longer exists.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="105"/>
        <source>An account cannot be moved under itself or one of its own subsidiaries.</source>
        <translation>An account cannot be moved under itself or one of its own subsidiaries.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="96"/>
        <source>The account no longer exists; it may have been deleted.</source>
        <translation>The account no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="109"/>
        <source>A contact cannot report to themselves or to someone who reports to them.</source>
        <translation>A contact cannot report to themselves or to someone who reports to them.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="112"/>
        <source>These two people are already linked this way.</source>
        <translation>These two people are already linked this way.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="115"/>
        <source>The key &apos;%1&apos; is already used by another account.</source>
        <translation>The key &apos;%1&apos; is already used by another account.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="118"/>
        <source>%1 was written by a newer version of Account Planner. Update the program to open it; the file was not changed.</source>
        <translation>%1 was written by a newer version of Account Planner. Update the program to open it; the file was not changed.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="123"/>
        <source>The database is in use by another program. Try again in a moment.</source>
        <translation>The database is in use by another program. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="126"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>MovementHeatmap</name>
    <message>
        <location filename="../../ui/tier_charts.py" line="442"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/tier_charts.py" line="444"/>
        <source>Tier movement</source>
        <translation>Tier movement</translation>
    </message>
    <message>
        <location filename="../../ui/tier_charts.py" line="444"/>
        <source>To (new tier)</source>
        <translation>To (new tier)</translation>
    </message>
    <message>
        <location filename="../../ui/tier_charts.py" line="444"/>
        <source>From (applied tier)</source>
        <translation>From (applied tier)</translation>
    </message>
    <message>
        <location filename="../../ui/tier_charts.py" line="445"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="155"/>
        <source>New Objective</source>
        <translation>New Objective</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="155"/>
        <source>Edit Objective</source>
        <translation>Edit Objective</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="162"/>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="164"/>
        <source>No date</source>
        <translation>No date</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="171"/>
        <source>Not entered</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="175"/>
        <source>The progress of an objective with actions is the share of them done.</source>
        <translation>The progress of an objective with actions is the share of them done.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="176"/>
        <source>Objective:</source>
        <translation>Objective:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="177"/>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="178"/>
        <source>Target:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="179"/>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="180"/>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="181"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="182"/>
        <source>Progress entered:</source>
        <translation>Progress entered:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="191"/>
        <source>Amount, e.g. 1200000</source>
        <translation>Amount, e.g. 1200000</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="192"/>
        <source>Percent of the account&apos;s spend, 0 to 100</source>
        <translation>Percent of the account&apos;s spend, 0 to 100</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="193"/>
        <source>No target value</source>
        <translation>No target value</translation>
    </message>
</context>
<context>
    <name>OrgChartScene</name>
    <message>
        <location filename="../../ui/orgchart/scene.py" line="561"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/scene.py" line="562"/>
        <source>Add a report</source>
        <translation>Add a report</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/scene.py" line="563"/>
        <source>Add a colleague (same manager)</source>
        <translation>Add a colleague (same manager)</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/scene.py" line="565"/>
        <source>Add influence on…</source>
        <translation>Add influence on…</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/scene.py" line="567"/>
        <source>Add conflict with…</source>
        <translation>Add conflict with…</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/scene.py" line="571"/>
        <source>Remove from manager</source>
        <translation>Remove from manager</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/scene.py" line="574"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>OrgChartWidget</name>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="269"/>
        <source>Find a person (name or title)…</source>
        <translation>Find a person (name or title)…</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="270"/>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="271"/>
        <source>Show departments as boxes around their people</source>
        <translation>Show departments as boxes around their people</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="284"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="286"/>
        <source>No match</source>
        <translation>No match</translation>
    </message>
</context>
<context>
    <name>ParetoChart</name>
    <message>
        <location filename="../../ui/tier_charts.py" line="358"/>
        <source>Pareto curve</source>
        <translation>Pareto curve</translation>
    </message>
    <message>
        <location filename="../../ui/tier_charts.py" line="358"/>
        <source>Accounts, ranked by revenue</source>
        <translation>Accounts, ranked by revenue</translation>
    </message>
    <message>
        <location filename="../../ui/tier_charts.py" line="359"/>
        <source>Cumulative share of revenue</source>
        <translation>Cumulative share of revenue</translation>
    </message>
    <message>
        <location filename="../../ui/tier_charts.py" line="369"/>
        <source>No revenue in the window</source>
        <translation>No revenue in the window</translation>
    </message>
</context>
<context>
    <name>PlanDialogs</name>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="42"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <location filename="../../ui/plan_labels.py" line="15"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="16"/>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="17"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="24"/>
        <source>Business network</source>
        <translation>Business network</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="25"/>
        <source>Business model</source>
        <translation>Business model</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="26"/>
        <source>Decision-maker relationships</source>
        <translation>Decision-maker relationships</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="27"/>
        <source>Industry trend</source>
        <translation>Industry trend</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="28"/>
        <source>Competitive situation</source>
        <translation>Competitive situation</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="29"/>
        <source>Financial health</source>
        <translation>Financial health</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="30"/>
        <source>How well our solution fits</source>
        <translation>How well our solution fits</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="37"/>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="38"/>
        <source>Share of wallet</source>
        <translation>Share of wallet</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="39"/>
        <source>Qualitative</source>
        <translation>Qualitative</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="46"/>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="47"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="48"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="49"/>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="56"/>
        <location filename="../../ui/plan_labels.py" line="89"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="57"/>
        <location filename="../../ui/plan_labels.py" line="75"/>
        <source>Strategic fit</source>
        <translation>Strategic fit</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="58"/>
        <location filename="../../ui/plan_labels.py" line="90"/>
        <source>Readiness</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="69"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="70"/>
        <source>Challenges</source>
        <translation>Challenges</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="71"/>
        <source>Competitors</source>
        <translation>Competitors</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="72"/>
        <source>Our strengths</source>
        <translation>Our strengths</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="73"/>
        <source>Our weaknesses</source>
        <translation>Our weaknesses</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="74"/>
        <source>Industry trends</source>
        <translation>Industry trends</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="76"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="77"/>
        <location filename="../../ui/plan_labels.py" line="83"/>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="78"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="79"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="80"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="81"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="82"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="84"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="85"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="86"/>
        <source>Likelihood</source>
        <translation>Likelihood</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="87"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="88"/>
        <source>Mitigation</source>
        <translation>Mitigation</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="91"/>
        <source>Iron triangle</source>
        <translation>Iron triangle</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="92"/>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="99"/>
        <source>%1 is a whole number from 1 to 5.</source>
        <translation>%1 is a whole number from 1 to 5.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="101"/>
        <source>%1 is 0 to 100 percent.</source>
        <translation>%1 is 0 to 100 percent.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="103"/>
        <source>%1: a share of wallet is 0 to 100 percent, a revenue target 0 or more.</source>
        <translation>%1: a share of wallet is 0 to 100 percent, a revenue target 0 or more.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="107"/>
        <source>%1: a weight is a number from 0 to 100.</source>
        <translation>%1: a weight is a number from 0 to 100.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="108"/>
        <source>%1 is outside the allowed range.</source>
        <translation>%1 is outside the allowed range.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="115"/>
        <source>%1 cannot be empty.</source>
        <translation>%1 cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="116"/>
        <source>%1 holds at most %3 characters.</source>
        <translation>%1 holds at most %3 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="117"/>
        <source>%1 holds text.</source>
        <translation>%1 holds text.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="118"/>
        <source>%1 holds a date.</source>
        <translation>%1 holds a date.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="119"/>
        <source>%1: &apos;%2&apos; is not a number.</source>
        <translation>%1: &apos;%2&apos; is not a number.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="120"/>
        <source>%1: this value is not one of the choices.</source>
        <translation>%1: this value is not one of the choices.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="121"/>
        <source>A qualitative objective has no target value.</source>
        <translation>A qualitative objective has no target value.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="122"/>
        <source>The plan already has an objective called &apos;%2&apos;.</source>
        <translation>The plan already has an objective called &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="129"/>
        <source>An action moves only between objectives of its plan.</source>
        <translation>An action moves only between objectives of its plan.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="131"/>
        <source>At least one of value, fit and readiness needs a weight.</source>
        <translation>At least one of value, fit and readiness needs a weight.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="133"/>
        <source>At least one of triangle and coverage needs a weight.</source>
        <translation>At least one of triangle and coverage needs a weight.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="154"/>
        <source>A draft cannot be approved before it was reviewed: submit it for review first.</source>
        <translation>A draft cannot be approved before it was reviewed: submit it for review first.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="158"/>
        <source>A plan cannot go from %1 to %2.</source>
        <translation>A plan cannot go from %1 to %2.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="163"/>
        <source>The account already has a plan for %1.</source>
        <translation>The account already has a plan for %1.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="168"/>
        <source>The plan no longer exists; it may have been deleted.</source>
        <translation>The plan no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="169"/>
        <source>The objective no longer exists; it may have been deleted.</source>
        <translation>The objective no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="172"/>
        <source>The action no longer exists; it may have been deleted.</source>
        <translation>The action no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_labels.py" line="175"/>
        <source>The risk no longer exists; it may have been deleted.</source>
        <translation>The risk no longer exists; it may have been deleted.</translation>
    </message>
</context>
<context>
    <name>PlanWindow</name>
    <message>
        <location filename="../../ui/plan_window.py" line="231"/>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="232"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="233"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="234"/>
        <location filename="../../ui/plan_window.py" line="250"/>
        <location filename="../../ui/plan_window.py" line="280"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="235"/>
        <location filename="../../ui/plan_window.py" line="251"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="237"/>
        <location filename="../../ui/plan_window.py" line="253"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="240"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="249"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="260"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="262"/>
        <source>Likelihood</source>
        <translation>Likelihood</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="267"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="272"/>
        <source>Exposure</source>
        <translation>Exposure</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="277"/>
        <source>Mitigation</source>
        <translation>Mitigation</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="437"/>
        <source>Plan for period:</source>
        <translation>Plan for period:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="438"/>
        <location filename="../../ui/plan_window.py" line="491"/>
        <source>New Plan…</source>
        <translation>New Plan…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="439"/>
        <source>Start a plan of this account for another period</source>
        <translation>Start a plan of this account for another period</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="440"/>
        <source>Clone into Next Period…</source>
        <translation>Clone into Next Period…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="442"/>
        <source>Start next period&apos;s plan from this one: situation, fit, risks and the open objectives and actions</source>
        <translation>Start next period&apos;s plan from this one: situation, fit, risks and the open objectives and actions</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="444"/>
        <source>Rename Period…</source>
        <translation>Rename Period…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="445"/>
        <source>Delete Plan…</source>
        <translation>Delete Plan…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="446"/>
        <source>Submit for Review</source>
        <translation>Submit for Review</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="447"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="448"/>
        <source>Back to Draft</source>
        <translation>Back to Draft</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="449"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="451"/>
        <source>Challenges</source>
        <translation>Challenges</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="452"/>
        <source>Competitors</source>
        <translation>Competitors</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="453"/>
        <source>Our strengths</source>
        <translation>Our strengths</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="454"/>
        <source>Our weaknesses</source>
        <translation>Our weaknesses</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="455"/>
        <source>Industry trends</source>
        <translation>Industry trends</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="458"/>
        <source>What the customer is struggling with</source>
        <translation>What the customer is struggling with</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="459"/>
        <source>Who else is in the account, and how strong</source>
        <translation>Who else is in the account, and how strong</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="460"/>
        <source>Why the customer buys from us</source>
        <translation>Why the customer buys from us</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="461"/>
        <source>Where we fall short</source>
        <translation>Where we fall short</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="462"/>
        <source>What is changing in the customer&apos;s industry</source>
        <translation>What is changing in the customer&apos;s industry</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="467"/>
        <source>Strategic fit (1 poor – 5 excellent)</source>
        <translation>Strategic fit (1 poor – 5 excellent)</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="470"/>
        <source>Not scored</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="472"/>
        <source>Leave a criterion unscored when you do not know; the mean counts the scored ones.</source>
        <translation>Leave a criterion unscored when you do not know; the mean counts the scored ones.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="474"/>
        <source>Situation and Fit</source>
        <translation>Situation and Fit</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="475"/>
        <source>Objectives and Actions</source>
        <translation>Objectives and Actions</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="476"/>
        <source>Risks</source>
        <translation>Risks</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="477"/>
        <source>Add Objective…</source>
        <translation>Add Objective…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="478"/>
        <location filename="../../ui/plan_window.py" line="481"/>
        <location filename="../../ui/plan_window.py" line="484"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="479"/>
        <location filename="../../ui/plan_window.py" line="482"/>
        <location filename="../../ui/plan_window.py" line="485"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="480"/>
        <source>Add Action…</source>
        <translation>Add Action…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="483"/>
        <source>Add Risk…</source>
        <translation>Add Risk…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="487"/>
        <source>This account has no plan yet. Start one for a period such as %1.</source>
        <translation>This account has no plan yet. Start one for a period such as %1.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="507"/>
        <source>Undo %1</source>
        <translation>Undo %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="508"/>
        <source>Redo %1</source>
        <translation>Redo %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="593"/>
        <source>%1 — Account Plan %2</source>
        <translation>%1 — Account Plan %2</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="593"/>
        <source>%1 — Account Plan</source>
        <translation>%1 — Account Plan</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="610"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="614"/>
        <source>Changing the content of an approved plan sends it back to draft.</source>
        <translation>Changing the content of an approved plan sends it back to draft.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="619"/>
        <source>Mean: not known yet (no criterion scored)</source>
        <translation>Mean: not known yet (no criterion scored)</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="622"/>
        <source>Mean: %1 from %2 of %3 criteria</source>
        <translation>Mean: %1 from %2 of %3 criteria</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="631"/>
        <source>Plan progress: no objectives yet</source>
        <translation>Plan progress: no objectives yet</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="636"/>
        <source>Plan progress (%1 of %2 actions done):</source>
        <translation>Plan progress (%1 of %2 actions done):</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="646"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="649"/>
        <source>Actions for “%1”</source>
        <translation>Actions for “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="759"/>
        <source>Delete Plan</source>
        <translation>Delete Plan</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="760"/>
        <source>Delete the %1 plan of %2 with its objectives, actions and risks?</source>
        <translation>Delete the %1 plan of %2 with its objectives, actions and risks?</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="764"/>
        <source>You can undo this.</source>
        <translation>You can undo this.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="777"/>
        <source>New Plan</source>
        <translation>New Plan</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="777"/>
        <source>Period of the new plan (e.g. FY2026):</source>
        <translation>Period of the new plan (e.g. FY2026):</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="783"/>
        <source>New plan %1</source>
        <translation>New plan %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="800"/>
        <source>Clone into Next Period</source>
        <translation>Clone into Next Period</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="802"/>
        <source>Period of the new plan. It takes this plan&apos;s situation, fit and risks, and the objectives and actions still open:</source>
        <translation>Period of the new plan. It takes this plan&apos;s situation, fit and risks, and the objectives and actions still open:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="812"/>
        <source>Clone plan into %1</source>
        <translation>Clone plan into %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="827"/>
        <source>Rename Period</source>
        <translation>Rename Period</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="827"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="832"/>
        <source>Rename period</source>
        <translation>Rename period</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="845"/>
        <source>Delete plan %1</source>
        <translation>Delete plan %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="858"/>
        <source>Submit plan for review</source>
        <translation>Submit plan for review</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="859"/>
        <source>Approve plan</source>
        <translation>Approve plan</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="860"/>
        <source>Send plan back to draft</source>
        <translation>Send plan back to draft</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="892"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="894"/>
        <source>Edit situation</source>
        <translation>Edit situation</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="916"/>
        <source>Score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="955"/>
        <source>Add objective %1</source>
        <translation>Add objective %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="980"/>
        <source>Edit objective %1</source>
        <translation>Edit objective %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="996"/>
        <source>Delete objective %1</source>
        <translation>Delete objective %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="1012"/>
        <source>Add action %1</source>
        <translation>Add action %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="1037"/>
        <source>Edit action %1</source>
        <translation>Edit action %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="1051"/>
        <source>Delete action %1</source>
        <translation>Delete action %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="1068"/>
        <source>Add risk %1</source>
        <translation>Add risk %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="1090"/>
        <source>Edit risk %1</source>
        <translation>Edit risk %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_window.py" line="1104"/>
        <source>Delete risk %1</source>
        <translation>Delete risk %1</translation>
    </message>
</context>
<context>
    <name>PlanWindows</name>
    <message>
        <location filename="../../ui/plan_windows.py" line="50"/>
        <source>&amp;Plans</source>
        <translation>&amp;Plans</translation>
    </message>
    <message>
        <location filename="../../ui/plan_windows.py" line="51"/>
        <source>Account &amp;Plan…</source>
        <translation>Account &amp;Plan…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_windows.py" line="53"/>
        <source>The selected account&apos;s plan: situation, strategic fit, objectives, actions and risks</source>
        <translation>The selected account&apos;s plan: situation, strategic fit, objectives, actions and risks</translation>
    </message>
    <message>
        <location filename="../../ui/plan_windows.py" line="55"/>
        <source>Plan &amp;Priorities…</source>
        <translation>Plan &amp;Priorities…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_windows.py" line="56"/>
        <source>Which accounts&apos; plans deserve the team&apos;s time first</source>
        <translation>Which accounts&apos; plans deserve the team&apos;s time first</translation>
    </message>
</context>
<context>
    <name>PortfolioWindow</name>
    <message>
        <location filename="../../ui/portfolio_window.py" line="375"/>
        <source>Coverage and Workload</source>
        <translation>Coverage and Workload</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="377"/>
        <source>Gaps</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="378"/>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="379"/>
        <source>Split across Tiers</source>
        <translation>Split across Tiers</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="380"/>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="383"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="384"/>
        <source>Read the data again (after tiers were applied, for instance)</source>
        <translation>Read the data again (after tiers were applied, for instance)</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="385"/>
        <source>Iron triangles lacking required seats</source>
        <translation>Iron triangles lacking required seats</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="386"/>
        <source>Key people of A accounts without an owner on our side</source>
        <translation>Key people of A accounts without an owner on our side</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="387"/>
        <source>Double-click a row to select the account in the customer tree.</source>
        <translation>Double-click a row to select the account in the customer tree.</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="388"/>
        <location filename="../../ui/portfolio_window.py" line="389"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="388"/>
        <location filename="../../ui/portfolio_window.py" line="395"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="388"/>
        <source>Missing roles</source>
        <translation>Missing roles</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="389"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="389"/>
        <source>Buying role</source>
        <translation>Buying role</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="391"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="391"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="391"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="392"/>
        <source>Load</source>
        <translation>Load</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="392"/>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="392"/>
        <source>Load %</source>
        <translation>Load %</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="395"/>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="395"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="395"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="395"/>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="423"/>
        <source>(%1 held by an inactive member)</source>
        <translation>(%1 held by an inactive member)</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="436"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="456"/>
        <source>%1 seats in all; %2 on D or unclassified accounts are not counted in the split.</source>
        <translation>%1 seats in all; %2 on D or unclassified accounts are not counted in the split.</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="462"/>
        <source>%1 triangle gaps · %2 relationship gaps · %3 members over capacity</source>
        <translation>%1 triangle gaps · %2 relationship gaps · %3 members over capacity</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="506"/>
        <source>Change iron-triangle rules</source>
        <translation>Change iron-triangle rules</translation>
    </message>
</context>
<context>
    <name>PowerGridScene</name>
    <message>
        <location filename="../../ui/orgchart/grid.py" line="47"/>
        <source>Powerful opponents: win over or neutralise</source>
        <translation>Powerful opponents: win over or neutralise</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/grid.py" line="48"/>
        <source>Powerful supporters: keep close</source>
        <translation>Powerful supporters: keep close</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/grid.py" line="49"/>
        <source>Opponents with little power: watch</source>
        <translation>Opponents with little power: watch</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/grid.py" line="50"/>
        <source>Supporters with little power: mobilise</source>
        <translation>Supporters with little power: mobilise</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/grid.py" line="133"/>
        <source>Attitude towards us →</source>
        <translation>Attitude towards us →</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/grid.py" line="138"/>
        <source>Influence →</source>
        <translation>Influence →</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/grid.py" line="149"/>
        <source>Not placed yet (%1)</source>
        <translation>Not placed yet (%1)</translation>
    </message>
</context>
<context>
    <name>PowerMapCard</name>
    <message>
        <location filename="../../ui/orgchart/items.py" line="341"/>
        <source>Account: %1</source>
        <translation>Account: %1</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/items.py" line="343"/>
        <source>Role: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/items.py" line="345"/>
        <source>Attitude: %1</source>
        <translation>Attitude: %1</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/items.py" line="347"/>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/items.py" line="348"/>
        <source>Influence: %1 of 5</source>
        <translation>Influence: %1 of 5</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/items.py" line="352"/>
        <source>Relationship held by: %1</source>
        <translation>Relationship held by: %1</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/items.py" line="353"/>
        <source>Strength: %1</source>
        <translation>Strength: %1</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/items.py" line="358"/>
        <source>Last contact: %1</source>
        <translation>Last contact: %1</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/items.py" line="360"/>
        <source>Influential, and nobody on our side holds this relationship</source>
        <translation>Influential, and nobody on our side holds this relationship</translation>
    </message>
</context>
<context>
    <name>PowerMapChart</name>
    <message>
        <location filename="../../ui/orgchart/export.py" line="206"/>
        <source>Org chart</source>
        <translation>Org chart</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/export.py" line="207"/>
        <source>Power grid</source>
        <translation>Power grid</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="107"/>
        <source>Only decision makers</source>
        <translation>Only decision makers</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="109"/>
        <source>Dim everyone but decision makers and economic buyers</source>
        <translation>Dim everyone but decision makers and economic buyers</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="111"/>
        <source>Highlight uncovered</source>
        <translation>Highlight uncovered</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="113"/>
        <source>Frame influential people (influence 4-5) nobody on our side holds; dim the others</source>
        <translation>Frame influential people (influence 4-5) nobody on our side holds; dim the others</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="117"/>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="118"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="119"/>
        <source>Save the whole chart as a PNG picture, an SVG drawing or a PDF file</source>
        <translation>Save the whole chart as a PNG picture, an SVG drawing or a PDF file</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="122"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="177"/>
        <source>Export Chart</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="199"/>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="208"/>
        <source>Choose a file name ending in .png, .svg or .pdf.</source>
        <translation>Choose a file name ending in .png, .svg or .pdf.</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="215"/>
        <source>The chart could not be saved to %1: %2</source>
        <translation>The chart could not be saved to %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/widget.py" line="228"/>
        <source>The chart could not be printed: %1</source>
        <translation>The chart could not be printed: %1</translation>
    </message>
</context>
<context>
    <name>PowerMapLabels</name>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="14"/>
        <source>Decision maker</source>
        <translation>Decision maker</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="15"/>
        <source>Economic buyer</source>
        <translation>Economic buyer</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="16"/>
        <source>Technical buyer</source>
        <translation>Technical buyer</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="17"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="18"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="19"/>
        <source>Gatekeeper</source>
        <translation>Gatekeeper</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="20"/>
        <source>Influencer</source>
        <translation>Influencer</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="23"/>
        <source>Role not known</source>
        <translation>Role not known</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="31"/>
        <source>DM</source>
        <translation>DM</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="32"/>
        <source>EB</source>
        <translation>EB</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="33"/>
        <source>TB</source>
        <translation>TB</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="34"/>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="35"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="36"/>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="37"/>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="45"/>
        <source>Opponent</source>
        <translation>Opponent</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="46"/>
        <source>Sceptic</source>
        <translation>Sceptic</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="47"/>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="48"/>
        <source>Supporter</source>
        <translation>Supporter</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="49"/>
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="52"/>
        <source>Attitude not known</source>
        <translation>Attitude not known</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="59"/>
        <source>Key-person relationship</source>
        <translation>Key-person relationship</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="60"/>
        <source>Broad relationship</source>
        <translation>Broad relationship</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="61"/>
        <source>Organisational relationship</source>
        <translation>Organisational relationship</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="64"/>
        <source>Layer not known</source>
        <translation>Layer not known</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="71"/>
        <source>No relationship</source>
        <translation>No relationship</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="72"/>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="73"/>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="74"/>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="75"/>
        <source>Trusted</source>
        <translation>Trusted</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="78"/>
        <source>Strength not known</source>
        <translation>Strength not known</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="85"/>
        <source>Influences</source>
        <translation>Influences</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/labels.py" line="86"/>
        <source>In conflict with</source>
        <translation>In conflict with</translation>
    </message>
</context>
<context>
    <name>PowerMapLegend</name>
    <message>
        <location filename="../../ui/orgchart/legend.py" line="165"/>
        <source>Attitude towards us</source>
        <translation>Attitude towards us</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/legend.py" line="169"/>
        <source>Buying role</source>
        <translation>Buying role</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/legend.py" line="172"/>
        <source>Marks</source>
        <translation>Marks</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/legend.py" line="173"/>
        <source>Influence (filled dots, of 5)</source>
        <translation>Influence (filled dots, of 5)</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/legend.py" line="174"/>
        <source>Influential, nobody on our side holds them</source>
        <translation>Influential, nobody on our side holds them</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/legend.py" line="175"/>
        <source>Uncovered (when highlighted)</source>
        <translation>Uncovered (when highlighted)</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/legend.py" line="176"/>
        <source>Selected</source>
        <translation>Selected</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/legend.py" line="178"/>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/legend.py" line="179"/>
        <source>Reports to</source>
        <translation>Reports to</translation>
    </message>
    <message>
        <location filename="../../ui/orgchart/legend.py" line="180"/>
        <source>Dotted-line manager</source>
        <translation>Dotted-line manager</translation>
    </message>
</context>
<context>
    <name>PowerMapWindow</name>
    <message>
        <location filename="../../ui/powermap_window.py" line="196"/>
        <source>Org Chart</source>
        <translation>Org Chart</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="197"/>
        <source>Power Grid</source>
        <translation>Power Grid</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="198"/>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="199"/>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="200"/>
        <source>Whole Group</source>
        <translation>Whole Group</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="201"/>
        <source>Show the people of every account under this one in the customer tree</source>
        <translation>Show the people of every account under this one in the customer tree</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="202"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="217"/>
        <source>Undo %1</source>
        <translation>Undo %1</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="218"/>
        <source>Redo %1</source>
        <translation>Redo %1</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="224"/>
        <source>%1 and its group — Org Chart and Power Map</source>
        <translation>%1 and its group — Org Chart and Power Map</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="226"/>
        <source>%1 — Org Chart and Power Map</source>
        <translation>%1 — Org Chart and Power Map</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="231"/>
        <location filename="../../ui/powermap_window.py" line="266"/>
        <source>Loading the power map…</source>
        <translation>Loading the power map…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/powermap_window.py" line="234"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/powermap_window.py" line="237"/>
        <source>%1 in %n account(s)</source>
        <translation>
            <numerusform>%1 in %n account</numerusform>
            <numerusform>%1 in %n accounts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="288"/>
        <source>The power map could not be loaded: %1</source>
        <translation>The power map could not be loaded: %1</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="397"/>
        <source>Delete “%1”?</source>
        <translation>Delete “%1”?</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="399"/>
        <source>Delete these %1 people?</source>
        <translation>Delete these %1 people?</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="403"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="404"/>
        <source>Their reports move up to their manager. You can undo this.</source>
        <translation>Their reports move up to their manager. You can undo this.</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="423"/>
        <source>Detach from manager</source>
        <translation>Detach from manager</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="424"/>
        <source>Change manager</source>
        <translation>Change manager</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="463"/>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="494"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="496"/>
        <source>Delete link</source>
        <translation>Delete link</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="498"/>
        <source>Edit link</source>
        <translation>Edit link</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="529"/>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/powermap_window.py" line="531"/>
        <source>Delete %n people</source>
        <translation>
            <numerusform>Delete %n person</numerusform>
            <numerusform>Delete %n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="554"/>
        <source>Move on the power grid</source>
        <translation>Move on the power grid</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="571"/>
        <source>Add influence</source>
        <translation>Add influence</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="571"/>
        <source>Add conflict</source>
        <translation>Add conflict</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_window.py" line="580"/>
        <source>Take snapshot</source>
        <translation>Take snapshot</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/powermap_window.py" line="589"/>
        <source>Delete %n snapshot(s)</source>
        <translation>
            <numerusform>Delete %n snapshot</numerusform>
            <numerusform>Delete %n snapshots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriorityWindow</name>
    <message>
        <location filename="../../ui/priority_window.py" line="107"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="108"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="109"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="111"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="111"/>
        <source>No plan</source>
        <translation>No plan</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="114"/>
        <location filename="../../ui/priority_window.py" line="209"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="119"/>
        <location filename="../../ui/priority_window.py" line="210"/>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="121"/>
        <location filename="../../ui/priority_window.py" line="211"/>
        <source>Readiness</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="127"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="205"/>
        <source>Plan Priorities</source>
        <translation>Plan Priorities</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="206"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="207"/>
        <source>Include A and B accounts without a plan</source>
        <translation>Include A and B accounts without a plan</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="208"/>
        <source>Weights:</source>
        <translation>Weights:</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="212"/>
        <source>Save Weights</source>
        <translation>Save Weights</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="213"/>
        <source>Keep these weights with the data and rank again</source>
        <translation>Keep these weights with the data and rank again</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="214"/>
        <source>Defaults</source>
        <translation>Defaults</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="215"/>
        <source>Put the default weights in the boxes (0.50, 0.30, 0.20)</source>
        <translation>Put the default weights in the boxes (0.50, 0.30, 0.20)</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="216"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="217"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="219"/>
        <location filename="../../ui/priority_window.py" line="265"/>
        <source>Each account&apos;s latest plan</source>
        <translation>Each account&apos;s latest plan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/priority_window.py" line="291"/>
        <source>%n account(s) ranked</source>
        <translation>
            <numerusform>%n account ranked</numerusform>
            <numerusform>%n accounts ranked</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="344"/>
        <source>Change priority weights</source>
        <translation>Change priority weights</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="364"/>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="376"/>
        <source>tier %1, worth %2</source>
        <translation>tier %1, worth %2</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="381"/>
        <source>; no rating inside the tier, counted as %1</source>
        <translation>; no rating inside the tier, counted as %1</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="383"/>
        <source>; rating %1 (tier score %2)</source>
        <translation>; rating %1 (tier score %2)</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="388"/>
        <source>no criterion scored: counted as neutral %1</source>
        <translation>no criterion scored: counted as neutral %1</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="390"/>
        <source>mean %1 of 5 from %2 of %3 criteria</source>
        <translation>mean %1 of 5 from %2 of %3 criteria</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="397"/>
        <source>iron triangle %1 of %2 seats staffed</source>
        <translation>iron triangle %1 of %2 seats staffed</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="401"/>
        <source>the tier requires no iron-triangle seats</source>
        <translation>the tier requires no iron-triangle seats</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="405"/>
        <source>; no power map, so the triangle alone</source>
        <translation>; no power map, so the triangle alone</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="407"/>
        <source>; relationship coverage %1 of 100</source>
        <translation>; relationship coverage %1 of 100</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="413"/>
        <source>a plan</source>
        <translation>a plan</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="415"/>
        <source>strategic-fit scores</source>
        <translation>strategic-fit scores</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="417"/>
        <source>a rating inside the tier</source>
        <translation>a rating inside the tier</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="419"/>
        <source>a power map</source>
        <translation>a power map</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="422"/>
        <source>iron-triangle seats</source>
        <translation>iron-triangle seats</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="433"/>
        <source>Select an account to see how its priority is made up.</source>
        <translation>Select an account to see how its priority is made up.</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="437"/>
        <source>no plan</source>
        <translation>no plan</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="442"/>
        <source>below the floor: counted as %1</source>
        <translation>below the floor: counted as %1</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="455"/>
        <source>Not known or missing:</source>
        <translation>Not known or missing:</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="457"/>
        <source>Nothing missing.</source>
        <translation>Nothing missing.</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="460"/>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="461"/>
        <source>Tier: %1 · Plan: %2</source>
        <translation>Tier: %1 · Plan: %2</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="462"/>
        <source>Priority %1 of 100</source>
        <translation>Priority %1 of 100</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="463"/>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="463"/>
        <source>Score (0-1)</source>
        <translation>Score (0-1)</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="463"/>
        <source>Exponent</source>
        <translation>Exponent</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="463"/>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="464"/>
        <source>Priority = %1</source>
        <translation>Priority = %1</translation>
    </message>
    <message>
        <location filename="../../ui/priority_window.py" line="465"/>
        <source>Each exponent is the part&apos;s weight over the sum of the weights: %1.</source>
        <translation>Each exponent is the part&apos;s weight over the sum of the weights: %1.</translation>
    </message>
</context>
<context>
    <name>ReviewPack</name>
    <message>
        <location filename="../../ui/review/dialog.py" line="40"/>
        <location filename="../../ui/review/dialog.py" line="79"/>
        <source>Export Review Pack</source>
        <translation>Export Review Pack</translation>
    </message>
    <message>
        <location filename="../../ui/review/dialog.py" line="46"/>
        <source>Leave out personal details and notes (redacted)</source>
        <translation>Leave out personal details and notes (redacted)</translation>
    </message>
    <message>
        <location filename="../../ui/review/dialog.py" line="71"/>
        <source>The pack is a PDF; a workbook with the same data is written beside it (%1).</source>
        <translation>The pack is a PDF; a workbook with the same data is written beside it (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/review/dialog.py" line="81"/>
        <source>Review packs (*.pdf)</source>
        <translation>Review packs (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/review/dialog.py" line="127"/>
        <source>Writing the review pack of %1…</source>
        <translation>Writing the review pack of %1…</translation>
    </message>
    <message>
        <location filename="../../ui/review/dialog.py" line="133"/>
        <source>Wrote the review pack to %1 and %2.</source>
        <translation>Wrote the review pack to %1 and %2.</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="89"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="90"/>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="91"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="98"/>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="99"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="100"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="101"/>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="108"/>
        <location filename="../../ui/review/content.py" line="615"/>
        <location filename="../../ui/review/content.py" line="625"/>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="109"/>
        <source>Share of wallet</source>
        <translation>Share of wallet</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="110"/>
        <source>Qualitative</source>
        <translation>Qualitative</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="117"/>
        <source>AR · account manager</source>
        <translation>AR · account manager</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="118"/>
        <source>SR · solution manager</source>
        <translation>SR · solution manager</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="119"/>
        <source>FR · delivery manager</source>
        <translation>FR · delivery manager</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="126"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="130"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="130"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="152"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="161"/>
        <source>Redacted: contacts&apos; e-mail addresses, phone numbers and notes, the notes on lines between people, the account&apos;s notes and the mitigation notes of plan risks are left out.</source>
        <translation>Redacted: contacts&apos; e-mail addresses, phone numbers and notes, the notes on lines between people, the account&apos;s notes and the mitigation notes of plan risks are left out.</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="175"/>
        <source>Part of</source>
        <translation>Part of</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="183"/>
        <source>Annual revenue (roll-up)</source>
        <translation>Annual revenue (roll-up)</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="184"/>
        <source>Accounts in the roll-up</source>
        <translation>Accounts in the roll-up</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="185"/>
        <source>Orders (all time, roll-up)</source>
        <translation>Orders (all time, roll-up)</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="186"/>
        <source>Order value (all time, roll-up)</source>
        <translation>Order value (all time, roll-up)</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="191"/>
        <source>As of %1. Revenue and orders cover the account and every account below it.</source>
        <translation>As of %1. Revenue and orders cover the account and every account below it.</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="197"/>
        <location filename="../../ui/review/workbook.py" line="47"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="207"/>
        <source>Applied tier</source>
        <translation>Applied tier</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="208"/>
        <source>Applied on</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="209"/>
        <source>Model that gave it</source>
        <translation>Model that gave it</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="210"/>
        <source>Score then</source>
        <translation>Score then</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="211"/>
        <source>Model in use</source>
        <translation>Model in use</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="212"/>
        <source>Window (months)</source>
        <translation>Window (months)</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="219"/>
        <source>The model in use does not classify this account on its own (groups are rolled up); see its group&apos;s pack.</source>
        <translation>The model in use does not classify this account on its own (groups are rolled up); see its group&apos;s pack.</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="227"/>
        <source>Tier by the model today</source>
        <translation>Tier by the model today</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="228"/>
        <source>Score today</source>
        <translation>Score today</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="229"/>
        <location filename="../../ui/review/content.py" line="682"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="232"/>
        <source>The model alone says</source>
        <translation>The model alone says</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="235"/>
        <source>%1 score</source>
        <translation>%1 score</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="257"/>
        <source>Tier criteria</source>
        <translation>Tier criteria</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="259"/>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="260"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="261"/>
        <location filename="../../ui/review/workbook.py" line="48"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="262"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="263"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="264"/>
        <source>Share of score %</source>
        <translation>Share of score %</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="268"/>
        <source>The model gives no criteria for this account.</source>
        <translation>The model gives no criteria for this account.</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="271"/>
        <source>Tier and why</source>
        <translation>Tier and why</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="278"/>
        <source>Required for tier %1</source>
        <translation>Required for tier %1</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="280"/>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="281"/>
        <source>nothing: the triangle is staffed</source>
        <translation>nothing: the triangle is staffed</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="291"/>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="299"/>
        <source>Iron triangle</source>
        <translation>Iron triangle</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="303"/>
        <source>Triangle seats</source>
        <translation>Triangle seats</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="305"/>
        <location filename="../../ui/review/content.py" line="317"/>
        <source>Seat</source>
        <translation>Seat</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="306"/>
        <location filename="../../ui/review/content.py" line="318"/>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="307"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="308"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="309"/>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="315"/>
        <source>Triangle history</source>
        <translation>Triangle history</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="319"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="320"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="324"/>
        <source>No seat has been assigned yet.</source>
        <translation>No seat has been assigned yet.</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="325"/>
        <source>Who held the seats</source>
        <translation>Who held the seats</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="353"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="367"/>
        <source>No people are recorded for this account.</source>
        <translation>No people are recorded for this account.</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="373"/>
        <location filename="../../ui/review/content.py" line="378"/>
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="377"/>
        <source>No contact details are recorded.</source>
        <translation>No contact details are recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="382"/>
        <source>Org chart and power map</source>
        <translation>Org chart and power map</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="389"/>
        <source>Coverage score (0-100)</source>
        <translation>Coverage score (0-100)</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="394"/>
        <source>%1 of %2, %3 of %4 points</source>
        <translation>%1 of %2, %3 of %4 points</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="402"/>
        <source>Penalty for influential opponents nobody holds</source>
        <translation>Penalty for influential opponents nobody holds</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="447"/>
        <source>Coverage gaps</source>
        <translation>Coverage gaps</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="452"/>
        <source>Coverage findings</source>
        <translation>Coverage findings</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="454"/>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="457"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="461"/>
        <source>No gaps: every key person is held, recent and working.</source>
        <translation>No gaps: every key person is held, recent and working.</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="472"/>
        <location filename="../../ui/review/content.py" line="547"/>
        <source>Account plan</source>
        <translation>Account plan</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="473"/>
        <source>The account has no plan yet.</source>
        <translation>The account has no plan yet.</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="477"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="478"/>
        <location filename="../../ui/review/content.py" line="558"/>
        <location filename="../../ui/review/content.py" line="573"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="479"/>
        <location filename="../../ui/review/content.py" line="559"/>
        <source>Progress %</source>
        <translation>Progress %</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="481"/>
        <source>Actions done</source>
        <translation>Actions done</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="482"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="489"/>
        <source>Other plans</source>
        <translation>Other plans</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="492"/>
        <source>Challenges</source>
        <translation>Challenges</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="493"/>
        <source>Competitors</source>
        <translation>Competitors</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="494"/>
        <source>Our strengths</source>
        <translation>Our strengths</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="495"/>
        <source>Our weaknesses</source>
        <translation>Our weaknesses</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="496"/>
        <source>Industry trends</source>
        <translation>Industry trends</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="524"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="525"/>
        <source>Likelihood</source>
        <translation>Likelihood</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="526"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="527"/>
        <source>Exposure</source>
        <translation>Exposure</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="528"/>
        <location filename="../../ui/review/content.py" line="556"/>
        <location filename="../../ui/review/content.py" line="571"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="532"/>
        <source>Mitigation</source>
        <translation>Mitigation</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="551"/>
        <source>Plan objectives</source>
        <translation>Plan objectives</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="553"/>
        <location filename="../../ui/review/content.py" line="569"/>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="554"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="555"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="557"/>
        <location filename="../../ui/review/content.py" line="572"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="563"/>
        <source>The plan has no objectives yet.</source>
        <translation>The plan has no objectives yet.</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="564"/>
        <source>Objectives</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="567"/>
        <source>Plan actions</source>
        <translation>Plan actions</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="570"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="577"/>
        <source>The plan has no actions yet.</source>
        <translation>The plan has no actions yet.</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="578"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="581"/>
        <source>Plan risks</source>
        <translation>Plan risks</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="585"/>
        <source>No risks are recorded.</source>
        <translation>No risks are recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="586"/>
        <source>Risks</source>
        <translation>Risks</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="601"/>
        <source>Revenue, last 24 months</source>
        <translation>Revenue, last 24 months</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="602"/>
        <source>Orders, last 24 months</source>
        <translation>Orders, last 24 months</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="605"/>
        <source>Revenue and orders</source>
        <translation>Revenue and orders</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="611"/>
        <source>Revenue by quarter</source>
        <translation>Revenue by quarter</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="613"/>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="614"/>
        <location filename="../../ui/review/content.py" line="624"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="621"/>
        <source>Revenue by month</source>
        <translation>Revenue by month</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="623"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="642"/>
        <source>No power-map snapshot has been taken yet, so there is nothing to compare the people with. Take one after this review.</source>
        <translation>No power-map snapshot has been taken yet, so there is nothing to compare the people with. Take one after this review.</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="650"/>
        <source>Last review (power-map snapshot)</source>
        <translation>Last review (power-map snapshot)</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="665"/>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="667"/>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="675"/>
        <source>Tier history</source>
        <translation>Tier history</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="677"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="678"/>
        <source>Tier before</source>
        <translation>Tier before</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="679"/>
        <source>Tier after</source>
        <translation>Tier after</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="680"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="681"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="686"/>
        <source>The tier has not changed yet.</source>
        <translation>The tier has not changed yet.</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="687"/>
        <source>Tier changes, latest first</source>
        <translation>Tier changes, latest first</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="693"/>
        <source>Power map changes</source>
        <translation>Power map changes</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="695"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="696"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="697"/>
        <source>Then</source>
        <translation>Then</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="698"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="703"/>
        <source>Nobody joined, left or changed since then.</source>
        <translation>Nobody joined, left or changed since then.</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="704"/>
        <source>People since the last snapshot</source>
        <translation>People since the last snapshot</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="708"/>
        <source>What changed since the last review</source>
        <translation>What changed since the last review</translation>
    </message>
    <message>
        <location filename="../../ui/review/content.py" line="727"/>
        <source>Account review: %1</source>
        <translation>Account review: %1</translation>
    </message>
    <message>
        <location filename="../../ui/review/workbook.py" line="48"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../ui/review/workbook.py" line="48"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/review/export.py" line="75"/>
        <source>%1 · as of %2</source>
        <translation>%1 · as of %2</translation>
    </message>
    <message>
        <location filename="../../ui/review/export.py" line="78"/>
        <location filename="../../ui/review/export.py" line="79"/>
        <source>redacted</source>
        <translation>redacted</translation>
    </message>
    <message>
        <location filename="../../ui/review/pdf.py" line="174"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/review/charts.py" line="50"/>
        <source>Revenue per month</source>
        <translation>Revenue per month</translation>
    </message>
    <message>
        <location filename="../../ui/review/charts.py" line="56"/>
        <source>Revenue per quarter</source>
        <translation>Revenue per quarter</translation>
    </message>
    <message>
        <location filename="../../ui/review/charts.py" line="74"/>
        <source>Orders per month</source>
        <translation>Orders per month</translation>
    </message>
</context>
<context>
    <name>RfmGrid</name>
    <message>
        <location filename="../../ui/tier_charts.py" line="499"/>
        <source>RFM grid</source>
        <translation>RFM grid</translation>
    </message>
    <message>
        <location filename="../../ui/tier_charts.py" line="499"/>
        <source>Recency score (R)</source>
        <translation>Recency score (R)</translation>
    </message>
    <message>
        <location filename="../../ui/tier_charts.py" line="499"/>
        <source>Frequency &amp; monetary score (FM)</source>
        <translation>Frequency &amp; monetary score (FM)</translation>
    </message>
    <message>
        <location filename="../../ui/tier_charts.py" line="500"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="281"/>
        <source>New Risk</source>
        <translation>New Risk</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="281"/>
        <source>Edit Risk</source>
        <translation>Edit Risk</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="295"/>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="296"/>
        <source>Risk:</source>
        <translation>Risk:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="297"/>
        <source>Likelihood (1-5):</source>
        <translation>Likelihood (1-5):</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="298"/>
        <source>Impact (1-5):</source>
        <translation>Impact (1-5):</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="299"/>
        <source>Exposure:</source>
        <translation>Exposure:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="300"/>
        <source>Mitigation:</source>
        <translation>Mitigation:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="301"/>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="309"/>
        <source>%1 of 25 (likelihood × impact)</source>
        <translation>%1 of 25 (likelihood × impact)</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <location filename="../../ui/portfolio_window.py" line="245"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="246"/>
        <source>Weight of a seat</source>
        <translation>Weight of a seat</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="246"/>
        <source>Target split</source>
        <translation>Target split</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="252"/>
        <source>A ticked role is a seat every account of that tier needs; accounts lacking it are listed under Gaps. A seat&apos;s weight is the workload it stands for: a member&apos;s load is the sum of the weights of the seats they hold. The target split is the planned proportion of seats on A, B and C accounts (the domain&apos;s 6 : 3 : 1). Saving is one step you can undo.</source>
        <translation>A ticked role is a seat every account of that tier needs; accounts lacking it are listed under Gaps. A seat&apos;s weight is the workload it stands for: a member&apos;s load is the sum of the weights of the seats they hold. The target split is the planned proportion of seats on A, B and C accounts (the domain&apos;s 6 : 3 : 1). Saving is one step you can undo.</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="257"/>
        <source>Save Rules</source>
        <translation>Save Rules</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="258"/>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="259"/>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>SeatCard</name>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="196"/>
        <source>⚠ Required for this tier — missing</source>
        <translation>⚠ Required for this tier — missing</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="198"/>
        <source>✓ Required for this tier</source>
        <translation>✓ Required for this tier</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="200"/>
        <source>Not required for this tier</source>
        <translation>Not required for this tier</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="205"/>
        <source>Vacant</source>
        <translation>Vacant</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="206"/>
        <source>Pick a member or drag one here</source>
        <translation>Pick a member or drag one here</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="210"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="212"/>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <location filename="../../ui/iron_triangle_window.py" line="217"/>
        <source>— nobody —</source>
        <translation>— nobody —</translation>
    </message>
</context>
<context>
    <name>SegmentTiersModel</name>
    <message>
        <source>Champions</source>
        <translation type="vanished">Champions</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation type="vanished">Loyal</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation type="vanished">Potential loyalists</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="vanished">New</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation type="vanished">Promising</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation type="vanished">Need attention</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="vanished">At risk</translation>
    </message>
    <message>
        <source>Cannot lose</source>
        <translation type="vanished">Cannot lose</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation type="vanished">Hibernating</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="vanished">Lost</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="486"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="486"/>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="486"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="488"/>
        <source>R: recency score; FM: mean of the frequency and monetary scores (1-5, 5 is best).</source>
        <translation>R: recency score; FM: mean of the frequency and monetary scores (1-5, 5 is best).</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="509"/>
        <source>R %1, FM %2</source>
        <translation>R %1, FM %2</translation>
    </message>
</context>
<context>
    <name>SnapshotsPanel</name>
    <message>
        <location filename="../../ui/powermap_panels.py" line="500"/>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="501"/>
        <source>Label (optional), e.g. “before the tender”</source>
        <translation>Label (optional), e.g. “before the tender”</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="502"/>
        <source>Take Snapshot</source>
        <translation>Take Snapshot</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="503"/>
        <source>Keep the account&apos;s power map as it stands today</source>
        <translation>Keep the account&apos;s power map as it stands today</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="504"/>
        <source>Compare with Current Map</source>
        <translation>Compare with Current Map</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="505"/>
        <source>Compare the Two Selected</source>
        <translation>Compare the Two Selected</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="506"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="507"/>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="508"/>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="509"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="509"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="509"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="509"/>
        <source>Saved at</source>
        <translation>Saved at</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="510"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="510"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="510"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="510"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="511"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="625"/>
        <source>Select a snapshot to compare with the current map, or two snapshots to compare with each other.</source>
        <translation>Select a snapshot to compare with the current map, or two snapshots to compare with each other.</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="631"/>
        <source>the current map</source>
        <translation>the current map</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="632"/>
        <source>%1 joined, %2 left, %3 changed</source>
        <translation>%1 joined, %2 left, %3 changed</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="635"/>
        <source>nothing changed</source>
        <translation>nothing changed</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="636"/>
        <source>From %1 to %2: %3.</source>
        <translation>From %1 to %2: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="642"/>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="645"/>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="648"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="699"/>
        <source>Reports to</source>
        <translation>Reports to</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="712"/>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <location filename="../../ui/powermap_panels.py" line="714"/>
        <location filename="../../ui/powermap_panels.py" line="716"/>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
</context>
<context>
    <name>SplitChart</name>
    <message>
        <location filename="../../ui/portfolio_window.py" line="170"/>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="170"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="173"/>
        <source>Seats per tier against the target split</source>
        <translation>Seats per tier against the target split</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="174"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="174"/>
        <source>Share of seats (%)</source>
        <translation>Share of seats (%)</translation>
    </message>
</context>
<context>
    <name>TeamTableModel</name>
    <message>
        <location filename="../../ui/team_window.py" line="122"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="122"/>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="131"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="131"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="131"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="132"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="132"/>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="132"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>TeamWindow</name>
    <message>
        <location filename="../../ui/team_window.py" line="328"/>
        <source>Team Members</source>
        <translation>Team Members</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="329"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="330"/>
        <source>Add a team member</source>
        <translation>Add a team member</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="331"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="332"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="334"/>
        <source>The member leaves the team: their seats end today and their accounts show the gap</source>
        <translation>The member leaves the team: their seats end today and their accounts show the gap</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="336"/>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="337"/>
        <source>Show inactive members</source>
        <translation>Show inactive members</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="367"/>
        <source>%1 active, %2 inactive</source>
        <translation>%1 active, %2 inactive</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="410"/>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="432"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="448"/>
        <source>Deactivate %1</source>
        <translation>Deactivate %1</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="455"/>
        <source>Reactivate %1</source>
        <translation>Reactivate %1</translation>
    </message>
</context>
<context>
    <name>TierDistributionChart</name>
    <message>
        <location filename="../../ui/tier_charts.py" line="310"/>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location filename="../../ui/tier_charts.py" line="310"/>
        <source>This classification</source>
        <translation>This classification</translation>
    </message>
    <message>
        <location filename="../../ui/tier_charts.py" line="319"/>
        <source>Accounts per tier</source>
        <translation>Accounts per tier</translation>
    </message>
    <message>
        <location filename="../../ui/tier_charts.py" line="319"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/tier_charts.py" line="319"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
</context>
<context>
    <name>TierLabels</name>
    <message>
        <location filename="../../ui/tier_labels.py" line="18"/>
        <source>A · core</source>
        <translation>A · core</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="19"/>
        <source>B · growth</source>
        <translation>B · growth</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="20"/>
        <source>C · basic</source>
        <translation>C · basic</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="21"/>
        <source>D · potential</source>
        <translation>D · potential</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="22"/>
        <source>not classified</source>
        <translation>not classified</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="29"/>
        <source>Pareto ABC</source>
        <translation>Pareto ABC</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="30"/>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="31"/>
        <source>Weighted multi-dimensional</source>
        <translation>Weighted multi-dimensional</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="32"/>
        <source>Set by hand</source>
        <translation>Set by hand</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="39"/>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="40"/>
        <source>Behaviour</source>
        <translation>Behaviour</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="41"/>
        <source>Potential</source>
        <translation>Potential</translation>
    </message>
    <message>
        <source>Share of total revenue</source>
        <translation type="vanished">Share of total revenue</translation>
    </message>
    <message>
        <source>Days between orders</source>
        <translation type="vanished">Days between orders</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="50"/>
        <source>Repeat purchases</source>
        <translation>Repeat purchases</translation>
    </message>
    <message>
        <source>Paid on time</source>
        <translation type="vanished">Paid on time</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="52"/>
        <source>Interactions per year</source>
        <translation>Interactions per year</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="53"/>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="54"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Industry growth %</source>
        <translation type="vanished">Industry growth %</translation>
    </message>
    <message>
        <source>Size percentile in industry</source>
        <translation type="vanished">Size percentile in industry</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="48"/>
        <source>Share of revenue</source>
        <translation>Share of revenue</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="49"/>
        <source>Purchase cycle</source>
        <translation>Purchase cycle</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="51"/>
        <source>On-time payment rate</source>
        <translation>On-time payment rate</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="55"/>
        <source>Industry growth</source>
        <translation>Industry growth</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="56"/>
        <source>Size within industry</source>
        <translation>Size within industry</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="57"/>
        <source>Decision nodes</source>
        <translation>Decision nodes</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="58"/>
        <source>Industry leader</source>
        <translation>Industry leader</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="59"/>
        <location filename="../../ui/tier_labels.py" line="64"/>
        <source>Revenue in window</source>
        <translation>Revenue in window</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="60"/>
        <source>Rank by revenue</source>
        <translation>Rank by revenue</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="61"/>
        <source>Share held by higher-ranked accounts</source>
        <translation>Share held by higher-ranked accounts</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="62"/>
        <source>Days since last order</source>
        <translation>Days since last order</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="63"/>
        <source>Orders in window</source>
        <translation>Orders in window</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="71"/>
        <source>Champions</source>
        <translation>Champions</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="72"/>
        <source>Loyal</source>
        <translation>Loyal</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="73"/>
        <source>Potential loyalists</source>
        <translation>Potential loyalists</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="74"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="75"/>
        <source>Promising</source>
        <translation>Promising</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="76"/>
        <source>Need attention</source>
        <translation>Need attention</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="77"/>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="78"/>
        <source>Cannot lose</source>
        <translation>Cannot lose</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="79"/>
        <source>Hibernating</source>
        <translation>Hibernating</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="80"/>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="97"/>
        <source>Accounts ranked above it hold %1 of revenue, below the %2 cut-off: A.</source>
        <translation>Accounts ranked above it hold %1 of revenue, below the %2 cut-off: A.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="102"/>
        <source>Accounts ranked above it hold %1 of revenue, from %2 to below %3: B.</source>
        <translation>Accounts ranked above it hold %1 of revenue, from %2 to below %3: B.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="111"/>
        <source>Accounts ranked above it hold %1 of revenue, at or above the %2 cut-off: C.</source>
        <translation>Accounts ranked above it hold %1 of revenue, at or above the %2 cut-off: C.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="116"/>
        <source>No revenue in the window: D.</source>
        <translation>No revenue in the window: D.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="118"/>
        <source>RFM %1-%2-%3, segment “%4”, which maps to %5.</source>
        <translation>RFM %1-%2-%3, segment “%4”, which maps to %5.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="127"/>
        <source>Never ordered: D.</source>
        <translation>Never ordered: D.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="130"/>
        <source>Value score %1 is at least %2: A.</source>
        <translation>Value score %1 is at least %2: A.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="131"/>
        <source>Value score %1 is below %2 but at least %3: B.</source>
        <translation>Value score %1 is below %2 but at least %3: B.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="132"/>
        <source>Value score %1 is below %3: C.</source>
        <translation>Value score %1 is below %3: C.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="141"/>
        <source>A prospect that has never ordered: D.</source>
        <translation>A prospect that has never ordered: D.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="143"/>
        <source>Set to %1 by hand: %2</source>
        <translation>Set to %1 by hand: %2</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="146"/>
        <source>Set to %1 by hand on %2 (the model said %3): %4</source>
        <translation>Set to %1 by hand on %2 (the model said %3): %4</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="158"/>
        <source>Orders fell against the previous window</source>
        <translation>Orders fell against the previous window</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="159"/>
        <source>Paying later than in the previous window</source>
        <translation>Paying later than in the previous window</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="160"/>
        <source>High-potential C: value score of 80 or more</source>
        <translation>High-potential C: value score of 80 or more</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="161"/>
        <source>High-potential C: revenue grew 30 % or more</source>
        <translation>High-potential C: revenue grew 30 % or more</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="168"/>
        <source>A accounts lost (churn)</source>
        <translation>A accounts lost (churn)</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="169"/>
        <source>B accounts upgraded to A</source>
        <translation>B accounts upgraded to A</translation>
    </message>
    <message>
        <location filename="../../ui/tier_labels.py" line="170"/>
        <source>C accounts converted to B</source>
        <translation>C accounts converted to B</translation>
    </message>
</context>
<context>
    <name>TierResultsModel</name>
    <message>
        <location filename="../../ui/classify_dialog.py" line="113"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="114"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="115"/>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="116"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="117"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/classify_dialog.py" line="118"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>TierSettingsEditor</name>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="816"/>
        <source>Choose a tiering model.</source>
        <translation>Choose a tiering model.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="818"/>
        <source>The time window must be %1 to %2 months.</source>
        <translation>The time window must be %1 to %2 months.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="821"/>
        <source>The A cut-off must be above 0% and below 100%.</source>
        <translation>The A cut-off must be above 0% and below 100%.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="824"/>
        <source>The B cut-off (%1%) must be above the A cut-off (%2%) and at most 100%.</source>
        <translation>The B cut-off (%1%) must be above the A cut-off (%2%) and at most 100%.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="827"/>
        <source>The B cut-off must be above the A cut-off and at most 100%.</source>
        <translation>The B cut-off must be above the A cut-off and at most 100%.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="831"/>
        <source>Choose a tier (A-D) for the segment %1.</source>
        <translation>Choose a tier (A-D) for the segment %1.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="833"/>
        <source>The dimension weights add up to %1; they must add up to 100.</source>
        <translation>The dimension weights add up to %1; they must add up to 100.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="838"/>
        <source>The %1 dimension has a weight but none of its criteria has: give one of them a weight, or set the dimension&apos;s weight to 0.</source>
        <translation>The %1 dimension has a weight but none of its criteria has: give one of them a weight, or set the dimension&apos;s weight to 0.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="840"/>
        <source>The weight of the %1 dimension must be between 0 and 100.</source>
        <translation>The weight of the %1 dimension must be between 0 and 100.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="843"/>
        <source>The B score line (%1) must be below the A score line (%2).</source>
        <translation>The B score line (%1) must be below the A score line (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="846"/>
        <source>Score lines must be between 0 and 100.</source>
        <translation>Score lines must be between 0 and 100.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="883"/>
        <source>%1: the weight must be a number of 0 or more.</source>
        <translation>%1: the weight must be a number of 0 or more.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="885"/>
        <source>%1: the points for a value below every band must be between 0 and 100.</source>
        <translation>%1: the points for a value below every band must be between 0 and 100.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="889"/>
        <source>%1 needs at least one band, e.g. 15:100, 5:60.</source>
        <translation>%1 needs at least one band, e.g. 15:100, 5:60.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="891"/>
        <source>%1: &apos;%2&apos; is not a band; write threshold:points pairs separated by commas, e.g. 15:100, 5:60.</source>
        <translation>%1: &apos;%2&apos; is not a band; write threshold:points pairs separated by commas, e.g. 15:100, 5:60.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="894"/>
        <source>%1: the thresholds must run from best to worst, falling when higher is better and rising when lower is better.</source>
        <translation>%1: the thresholds must run from best to worst, falling when higher is better and rising when lower is better.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="897"/>
        <source>%1: band points must be between 0 and 100.</source>
        <translation>%1: band points must be between 0 and 100.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="898"/>
        <source>%1: the bands are not valid; write threshold:points pairs such as 15:100, 5:60.</source>
        <translation>%1: the bands are not valid; write threshold:points pairs such as 15:100, 5:60.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="928"/>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="932"/>
        <source>An account is A while the accounts ranked above it hold less than %1% of the revenue, B while they hold less than %2%, otherwise C. Accounts without revenue in the window are D.</source>
        <translation>An account is A while the accounts ranked above it hold less than %1% of the revenue, B while they hold less than %2%, otherwise C. Accounts without revenue in the window are D.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="938"/>
        <source>Each criterion earns 0-100 points from its bands; a dimension scores the weighted mean of its criteria, the value score the weighted mean of the dimensions. A from a score of %1, B from %2, otherwise C; accounts that never ordered are D.</source>
        <translation>Each criterion earns 0-100 points from its bands; a dimension scores the weighted mean of its criteria, the value score the weighted mean of the dimensions. A from a score of %1, B from %2, otherwise C; accounts that never ordered are D.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="969"/>
        <source>Weighted multi-dimensional</source>
        <translation>Weighted multi-dimensional</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="970"/>
        <source>Pareto ABC</source>
        <translation>Pareto ABC</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="971"/>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="975"/>
        <source>Tiering model</source>
        <translation>Tiering model</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="976"/>
        <source>Time window</source>
        <translation>Time window</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="977"/>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="978"/>
        <source>How many months of orders and interactions before the classification date count.</source>
        <translation>How many months of orders and interactions before the classification date count.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="980"/>
        <source>Classify each group as a whole (roll up its customer tree)</source>
        <translation>Classify each group as a whole (roll up its customer tree)</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="981"/>
        <source>When on, a group and all its subsidiaries get one tier from their combined figures.</source>
        <translation>When on, a group and all its subsidiaries get one tier from their combined figures.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="983"/>
        <source>A cut-off</source>
        <translation>A cut-off</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="984"/>
        <source>B cut-off</source>
        <translation>B cut-off</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="986"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="987"/>
        <source>Share of the total revenue held by the accounts ranked above.</source>
        <translation>Share of the total revenue held by the accounts ranked above.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="989"/>
        <source>Accounts that ordered are scored 1-5 against each other on recency (R), frequency (F) and monetary value (M); FM is the mean of F and M. Each segment gets the tier chosen here; accounts that never ordered are D.</source>
        <translation>Accounts that ordered are scored 1-5 against each other on recency (R), frequency (F) and monetary value (M); FM is the mean of F and M. Each segment gets the tier chosen here; accounts that never ordered are D.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="993"/>
        <source>Dimension weights (must add up to 100)</source>
        <translation>Dimension weights (must add up to 100)</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="996"/>
        <source>Score lines</source>
        <translation>Score lines</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="997"/>
        <source>A from score</source>
        <translation>A from score</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="998"/>
        <source>B from score</source>
        <translation>B from score</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="999"/>
        <source>Missing input</source>
        <translation>Missing input</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="1001"/>
        <source>Re-spread its weight over the known criteria</source>
        <translation>Re-spread its weight over the known criteria</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="1002"/>
        <source>Score it 0 points</source>
        <translation>Score it 0 points</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="1006"/>
        <source>What happens to a criterion whose input is not known, e.g. an account without due orders.</source>
        <translation>What happens to a criterion whose input is not known, e.g. an account without due orders.</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="1008"/>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location filename="../../ui/tier_settings_editor.py" line="1009"/>
        <source>Restore defaults</source>
        <translation>Restore defaults</translation>
    </message>
</context>
<context>
    <name>TriangleLabels</name>
    <message>
        <location filename="../../ui/triangle_labels.py" line="18"/>
        <source>Account manager</source>
        <translation>Account manager</translation>
    </message>
    <message>
        <location filename="../../ui/triangle_labels.py" line="19"/>
        <source>Solution manager</source>
        <translation>Solution manager</translation>
    </message>
    <message>
        <location filename="../../ui/triangle_labels.py" line="20"/>
        <source>Delivery manager</source>
        <translation>Delivery manager</translation>
    </message>
    <message>
        <location filename="../../ui/triangle_labels.py" line="43"/>
        <source>Capacity is a number from 0 to 1000 (tier-weighted seats).</source>
        <translation>Capacity is a number from 0 to 1000 (tier-weighted seats).</translation>
    </message>
    <message>
        <location filename="../../ui/triangle_labels.py" line="47"/>
        <source>Roles are AR, SR and FR.</source>
        <translation>Roles are AR, SR and FR.</translation>
    </message>
    <message>
        <location filename="../../ui/triangle_labels.py" line="49"/>
        <source>The weight of tier %1 must be 0 to 100.</source>
        <translation>The weight of tier %1 must be 0 to 100.</translation>
    </message>
    <message>
        <location filename="../../ui/triangle_labels.py" line="53"/>
        <source>The target split needs positive parts, such as 6 : 3 : 1.</source>
        <translation>The target split needs positive parts, such as 6 : 3 : 1.</translation>
    </message>
    <message>
        <location filename="../../ui/triangle_labels.py" line="57"/>
        <source>A team member needs a name.</source>
        <translation>A team member needs a name.</translation>
    </message>
    <message>
        <location filename="../../ui/triangle_labels.py" line="60"/>
        <source>The key &apos;%1&apos; is already used by another team member.</source>
        <translation>The key &apos;%1&apos; is already used by another team member.</translation>
    </message>
    <message>
        <location filename="../../ui/triangle_labels.py" line="65"/>
        <source>This team member has held iron-triangle seats; deactivate them instead.</source>
        <translation>This team member has held iron-triangle seats; deactivate them instead.</translation>
    </message>
    <message>
        <location filename="../../ui/triangle_labels.py" line="69"/>
        <source>This team member cannot take the role %1; add the role to the member first.</source>
        <translation>This team member cannot take the role %1; add the role to the member first.</translation>
    </message>
    <message>
        <location filename="../../ui/triangle_labels.py" line="73"/>
        <source>The current holder has the seat since %1; a change cannot start before that.</source>
        <translation>The current holder has the seat since %1; a change cannot start before that.</translation>
    </message>
    <message>
        <location filename="../../ui/triangle_labels.py" line="76"/>
        <source>This team member is no longer active and cannot join an iron triangle.</source>
        <translation>This team member is no longer active and cannot join an iron triangle.</translation>
    </message>
</context>
<context>
    <name>TriangleMenus</name>
    <message>
        <location filename="../../ui/triangle_menus.py" line="59"/>
        <source>&amp;Iron Triangle…</source>
        <translation>&amp;Iron Triangle…</translation>
    </message>
    <message>
        <location filename="../../ui/triangle_menus.py" line="61"/>
        <source>The AR, SR and FR seats of the selected account, who holds them and since when</source>
        <translation>The AR, SR and FR seats of the selected account, who holds them and since when</translation>
    </message>
    <message>
        <location filename="../../ui/triangle_menus.py" line="63"/>
        <source>Tea&amp;m</source>
        <translation>Tea&amp;m</translation>
    </message>
    <message>
        <location filename="../../ui/triangle_menus.py" line="64"/>
        <source>&amp;Team Members…</source>
        <translation>&amp;Team Members…</translation>
    </message>
    <message>
        <location filename="../../ui/triangle_menus.py" line="65"/>
        <source>&amp;Coverage and Workload…</source>
        <translation>&amp;Coverage and Workload…</translation>
    </message>
</context>
<context>
    <name>TriangleWindow</name>
    <message>
        <location filename="../../ui/triangle_base.py" line="145"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/triangle_base.py" line="158"/>
        <source>Undo %1</source>
        <translation>Undo %1</translation>
    </message>
    <message>
        <location filename="../../ui/triangle_base.py" line="159"/>
        <source>Redo %1</source>
        <translation>Redo %1</translation>
    </message>
</context>
<context>
    <name>WorkloadChart</name>
    <message>
        <location filename="../../ui/portfolio_window.py" line="134"/>
        <source>Load</source>
        <translation>Load</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="134"/>
        <source>Load over capacity</source>
        <translation>Load over capacity</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="134"/>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="137"/>
        <source>Load against capacity</source>
        <translation>Load against capacity</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio_window.py" line="137"/>
        <source>Tier-weighted seats</source>
        <translation>Tier-weighted seats</translation>
    </message>
</context>
</TS>

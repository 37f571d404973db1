"""Column headers written by the account, contact and order/deal exports of other CRMs.

``domain.exchange.headers`` adds ``HEADER_SYNONYMS`` after its own names
(``OWN_HEADERS``); a header already known there keeps its own meaning, and
the position in a tuple is the priority when two columns name one field (the
lower index wins). Headers are compared normalised (case folded, NFKC, only
letters and digits), so ``AccountId``, ``Account ID`` and ``accountid`` are one
header and are listed once; API/logical names that normalise like a label are
kept only where they document a source.

Where the names come from (checked against stored copies of the sources):

* Salesforce: Field Reference guide (API name <-> label),
  https://developer.salesforce.com/docs/atlas.en-us.sfFieldRef.meta/sfFieldRef/salesforce_field_reference_Account.htm
  (and ..._Contact.htm, ..._Opportunity.htm, ..._Order.htm); Salesforce Help "Account Fields" / "Order Fields";
  report-export header rows seen in public repos ("Account Owner","Account Name","Billing State/Province",...,
  "Account ID"; "Opportunity ID","Opportunity Name","Account Name","Stage","Amount"; "First Name","Last Name",
  "Title","Account Name","Email","Phone"). Chinese UI labels: field lists copied from a zh_CN org in
  github.com/xwh123807/org.myfly org.myfly.apps.crm/src/main/java/org/myfly/apps/crm/domain/{Account,Contact,
  Opportunity,Order}.java.
* HubSpot: export header rows in public repos (companies: "Record ID","Company name","Company owner",
  "Create Date","Phone Number","Last Activity Date","City","Country/Region","Industry"; contacts:
  "Record ID","First Name","Last Name","Email","Phone Number","Contact owner","Primary Associated Company ID",
  ...,"Associated Company"; all-properties contacts export ending "Associated Company","Associated Company IDs";
  deals: "Record ID","Deal Name",...,"Deal Stage","Close Date","Deal owner","Amount"); property labels
  (hs_parent_company_id = "Parent Company", numberofemployees = "Number of Employees", ...) from
  github.com/hull-services hubspot connector default company mapping (stored copy).
* Dynamics 365 / Dataverse: table reference pages, github.com/MicrosoftDocs/powerapps-docs
  powerapps-docs/developer/data-platform/reference/entities/{account,contact,salesorder,opportunity,invoice}.md
  (DisplayName <-> LogicalName); default "Active Accounts" view columns "Account Name","Main Phone",
  "Address 1: City","Primary Contact","Email (Primary Contact)"; hidden re-import columns
  "(Do Not Modify) <table>", "(Do Not Modify) Row Checksum", "(Do Not Modify) Modified On"
  (https://nishantrana.me/2022/07/20/import-data-import-data-wizard-few-key-points/).
* Odoo: field strings in github.com/odoo/odoo odoo/addons/base/models/res_partner.py and
  addons/sale/models/sale_order.py; export controller (addons/web/controllers/export.py): a normal export
  writes field labels, an "import-compatible" export writes field names ("id", "parent_id/id", ...).
* WukongCRM (悟空CRM, open source): default field labels, table 5kcrm_admin_field in
  github.com/WuKongOpenSource/WukongCRM-9.0-PHP public/sql/5kcrm.sql (with the options of its select
  fields: 客户级别 "A（重点客户）\nB（普通客户）\nC（非优先客户）", 成交状态 "未成交\n已成交").
* Salesforce account Type picklist (label "Account Type"): Prospect, Customer - Direct, Customer - Channel,
  Channel Partner / Reseller, Installation Partner, Technology Partner, Other (default values, seen in
  public repos' picklist fixtures). HubSpot company Type: Prospect, Partner, Reseller, Vendor, Other.
* Fxiaoke (纷享销客): object describes in Fxiaoke's own source, github.com/dnf666/hrms
  fs-crm-payment/src/main/java/com/facishare/crm/payment/initialize/{CustomerPayment,OrderPayment,
  PaymentPlan}ObjectDescribe.java and fs-crm-common/.../constants/DeliveryNoteObjConstants.java
  (labels of the references to AccountObj "客户名称" and SalesOrderObj "销售订单编号", "销售订单金额",
  "回款日期", "计划回款日期"). The other Fxiaoke account/contact labels could not be checked.

Entries marked "unverified" are common variants kept without a source.
"""

from __future__ import annotations

# For each record kind and field, the header names real exports use.
HEADER_SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "account": {
        "key": (
            "Id",  # Salesforce API (18-character record Id; ParentId refers to it)
            "Record ID",  # HubSpot
            "(Do Not Modify) Account",  # Dynamics 365 hidden column, the row's GUID
            "Account ID",  # Salesforce label / report column (15-character Id in reports); = AccountId, accountid
            "Account Number",  # Salesforce label, Dynamics display name; = AccountNumber, accountnumber
            "Company ID",  # HubSpot legacy export; Odoo 17+ company_registry label
            "Reference",  # Odoo ref
            "Internal Reference",  # Odoo <= 12 ref
            "客户编号",  # Salesforce zh_CN AccountNumber; Fxiaoke account_no (unverified)
        ),
        "name": (
            "Name",  # Salesforce API, Odoo, Dynamics logical name
            "Account Name",  # Salesforce label, Dynamics display name
            "Company name",  # HubSpot
            "客户名",  # Salesforce zh_CN
            "客户名称",  # WukongCRM, Fxiaoke
        ),
        "parent": (
            "ParentId",  # Salesforce API; = Odoo import-compatible "parent_id"
            "Parent Account ID",  # Salesforce label of ParentId
            "Parent Company",  # HubSpot hs_parent_company_id (the parent's Record ID)
            "Related Company",  # Odoo parent_id
            "parentaccountid",  # Dynamics logical name
            "parent_id/id",  # Odoo import-compatible export, parent's external ID
            "Parent Account",  # Dynamics display name, Salesforce report column (a name)
            "母公司",  # Salesforce zh_CN
            "上级客户",  # Fxiaoke (unverified)
        ),
        "industry": (
            "Industry",  # Salesforce, HubSpot, Dynamics, Odoo
            "industrycode",  # Dynamics logical name
            "industry_id",  # Odoo import-compatible
            "客户行业",  # WukongCRM
            "行业",  # Salesforce zh_CN
        ),
        "region": (
            "BillingState",  # Salesforce API
            "Billing State/Province",  # Salesforce label
            "State/Region",  # HubSpot
            "Address 1: State/Province",  # Dynamics display name
            "address1_stateorprovince",  # Dynamics logical name
            "State",  # Odoo state_id
            "state_id",  # Odoo import-compatible
        ),
        "city": (
            "BillingCity",  # Salesforce API
            "Billing City",  # Salesforce label
            "City",  # HubSpot, Odoo
            "Address 1: City",  # Dynamics display name
            "address1_city",  # Dynamics logical name
        ),
        "employees": (
            "NumberOfEmployees",  # Salesforce API; = Number of Employees (HubSpot, Dynamics), numberofemployees
            "Employees",  # Salesforce label
            "员工",  # Salesforce zh_CN
            "No. of Employees",  # common variant, unverified
        ),
        "annual_revenue": (
            "AnnualRevenue",  # Salesforce API; = Annual Revenue (Salesforce, HubSpot, Dynamics)
            "revenue",  # Dynamics logical name
            "年收入",  # Salesforce zh_CN
        ),
        "lifecycle": (
            "Lifecycle Stage",  # HubSpot (values subscriber/lead/MQL/SQL/opportunity/customer/evangelist/other)
            "成交状态",  # WukongCRM deal_status (未成交/已成交); Fxiaoke (also 多次成交, unverified)
            "Type",  # Salesforce API; picklist Prospect, Customer - Direct, Customer - Channel, partner types, Other
            "Account Type",  # Salesforce label of Type
        ),
        "customer_since": (
            "Became a Customer Date",  # HubSpot
        ),
        "notes": (
            "Description",  # Salesforce API, HubSpot, Dynamics
            "Account Description",  # Salesforce label
            "comment",  # Odoo import-compatible (label "Notes")
            "描述",  # Salesforce zh_CN
        ),
        "created_at": (
            "Create Date",  # HubSpot createdate (companies export)
        ),
        "tier": (
            "客户级别",  # WukongCRM level: A（重点客户）, B（普通客户）, C（非优先客户）, 其他; Fxiaoke (unverified)
        ),
    },
    "contact": {
        "key": (
            "Id",  # Salesforce API; Odoo import-compatible "id"
            "Record ID",  # HubSpot
            "(Do Not Modify) Contact",  # Dynamics 365 hidden column, the row's GUID
            "Contact ID",  # Salesforce label, HubSpot legacy; = contactid (Dynamics)
        ),
        "account": (
            "AccountId",  # Salesforce API; = "Account ID" (label, report)
            "Related Company",  # Odoo parent_id (must beat Odoo "Company", the owning res.company)
            "Associated Company",  # HubSpot (company name; beats the typed "Company Name" property)
            "parentcustomerid",  # Dynamics logical name (display name "Company Name")
            "Primary Associated Company ID",  # HubSpot (the company's Record ID)
            "Associated Company ID",  # HubSpot legacy
            "parent_id/id",  # Odoo import-compatible, external ID
            "Record ID - Company",  # HubSpot export with associated company properties
            "Associated Company IDs",  # HubSpot, may hold several IDs separated by ';'
            "客户名",  # Salesforce zh_CN
            "客户名称",  # WukongCRM, Fxiaoke
        ),
        "name": (
            "Name",  # Salesforce API (read-only full name), Odoo
            "Full Name",  # Salesforce label, Dynamics display name; = fullname
            "姓名",  # WukongCRM, Salesforce zh_CN
        ),
        "first_name": (
            "FirstName",  # Salesforce API; = First Name (HubSpot, Dynamics), firstname
        ),
        "last_name": (
            "LastName",  # Salesforce API; = Last Name (HubSpot, Dynamics), lastname
        ),
        "title": (
            "Title",  # Salesforce
            "Job Title",  # HubSpot, Dynamics; = jobtitle
            "Job Position",  # Odoo function
            "function",  # Odoo import-compatible
            "职务",  # WukongCRM, Salesforce zh_CN
        ),
        "department": (
            "Department",  # Salesforce, Dynamics
            "部门",  # Salesforce zh_CN
        ),
        "reports_to": (
            "ReportsToId",  # Salesforce API (a contact Id); = "Reports To ID" (label)
            "managername",  # Dynamics logical name (display name "Manager", free text)
            "Manager",  # Dynamics display name
            "直属上司",  # Salesforce zh_CN
            "汇报对象",  # Fxiaoke (unverified)
        ),
        "email": (
            "Email",  # Salesforce, HubSpot, Dynamics, Odoo
            "emailaddress1",  # Dynamics logical name
            "电子邮箱",  # WukongCRM
            "电子邮件",  # Salesforce zh_CN
            "邮件",  # Fxiaoke, unverified
        ),
        "phone": (
            "Phone",  # Salesforce API, Odoo
            "Business Phone",  # Salesforce label of Phone, Dynamics display name
            "Phone Number",  # HubSpot
            "telephone1",  # Dynamics logical name
        ),
        "mobile": (
            "Mobile Phone",  # Salesforce label, Dynamics display name; = MobilePhone, mobilephone
            "Mobile Phone Number",  # HubSpot
            "Mobile",  # Odoo
            "手机",  # WukongCRM, Salesforce zh_CN
        ),
        "notes": (
            "Description",  # Salesforce API, Dynamics
            "Contact Description",  # Salesforce label
            "comment",  # Odoo import-compatible (label "Notes")
            "备注",  # WukongCRM, Salesforce zh_CN
        ),
    },
    "transaction": {
        "key": (
            "Id",  # Salesforce API (Opportunity / Order); Odoo import-compatible "id"
            "Record ID",  # HubSpot deals
            "(Do Not Modify) Order",  # Dynamics 365 hidden column, the sales order's GUID
            "Opportunity ID",  # Salesforce label / report column; = opportunityid
            "(Do Not Modify) Opportunity",  # Dynamics 365 hidden column
            "Order ID",  # Dynamics display name of ordernumber; Salesforce label of Order.Id
            "OrderNumber",  # Salesforce Order API (label "Order Number"); = ordernumber (Dynamics)
            "Order Reference",  # Odoo sale.order name
            "Deal ID",  # HubSpot legacy
            "salesorderid",  # Dynamics logical name
            "合同编号",  # WukongCRM contract
            "销售订单编号",  # Fxiaoke SalesOrderObj name
        ),
        "account": (
            "AccountId",  # Salesforce API; = "Account ID" (label, report)
            "Associated Company",  # HubSpot deals (company name)
            "Potential Customer",  # Dynamics opportunity customerid display name
            "customerid",  # Dynamics logical name (sales order display name "Customer")
            "parentaccountid",  # Dynamics opportunity logical name (display name "Account")
            "partner_id",  # Odoo import-compatible (label "Customer")
            "Associated Company ID",  # HubSpot legacy
            "Record ID - Company",  # HubSpot export with associated company properties
            "Associated Company IDs",  # HubSpot, may hold several IDs separated by ';'
            "客户名",  # Salesforce zh_CN
            "客户名称",  # WukongCRM, Fxiaoke
        ),
        "date": (
            "CloseDate",  # Salesforce API; = Close Date (Salesforce label, HubSpot)
            "EffectiveDate",  # Salesforce Order API
            "Order Start Date",  # Salesforce Order label of EffectiveDate
            "Actual Close Date",  # Dynamics opportunity
            "Est. Close Date",  # Dynamics opportunity
            "Order Date",  # Odoo sale.order date_order
            "date_order",  # Odoo import-compatible
            "Creation Date",  # Odoo sale.order create_date (the date column of the Quotations list)
            "下单时间",  # WukongCRM contract order_date
            "结束日期",  # Salesforce zh_CN CloseDate
            "Created On",  # Dynamics sales orders have no order date; createdon
            "Date Submitted",  # Dynamics sales order submitdate
            "Date Fulfilled",  # Dynamics sales order datefulfilled (shipping date)
        ),
        "amount": (
            "Amount",  # Salesforce Opportunity, HubSpot deals
            "TotalAmount",  # Salesforce Order API (label "Order Amount"); = Total Amount (Dynamics), totalamount
            "Order Amount",  # Salesforce Order label
            "Total",  # Odoo sale.order amount_total
            "Actual Revenue",  # Dynamics opportunity actualvalue
            "Est. Revenue",  # Dynamics opportunity estimatedvalue
            "actualvalue",  # Dynamics logical name
            "estimatedvalue",  # Dynamics logical name
            "amount_total",  # Odoo import-compatible
            "Amount in company currency",  # HubSpot (multi-currency portals)
            "合同金额",  # WukongCRM contract
            "销售订单金额",  # Fxiaoke SalesOrderObj order_amount
            "金额",  # Salesforce zh_CN Amount
        ),
        "due_date": (
            "Due Date",  # Dynamics invoice duedate, Odoo invoice_date_due
            "invoice_date_due",  # Odoo import-compatible (account.move)
            "计划回款日期",  # WukongCRM / Fxiaoke payment plan
        ),
        "paid_date": (
            "回款日期",  # WukongCRM receivables, Fxiaoke PaymentObj
        ),
        # Whether a deal was won: an opportunity or deal export lists open and lost ones too.
        "stage": (
            "StageName",  # Salesforce Opportunity API (label "Stage": Prospecting ... Closed Won, Closed Lost)
            "Deal Stage",  # HubSpot deals (appointmentscheduled ... closedwon, closedlost)
            "Status Reason",  # Dynamics opportunity statuscode (In Progress, On Hold, Won, Canceled, Out-Sold)
            "statuscode",  # Dynamics logical name
            "statecode",  # Dynamics opportunity statecode (Open, Won, Lost), display name "Status"
            "state",  # Odoo sale.order state (string "Status": Quotation, Quotation Sent, Sales Order, Cancelled)
            "Won",  # Salesforce Opportunity IsWon label (true/false)
            "IsWon",  # Salesforce API
        ),
    },
}

# Header names that identify which CRM and which kind of export a sheet came from (for tests/fixtures).
# Each row is a typical header row; every name in it was seen in the sources above unless the block says
# otherwise, but the selection and order of columns of a real export depend on the view, report or query.
SOURCES: dict[str, dict[str, tuple[str, ...]]] = {
    # Salesforce Data Loader / weekly Data Export: API names, one object per CSV (Account.csv, Contact.csv,
    # Opportunity.csv, Order.csv). Field Reference Guide,
    # https://developer.salesforce.com/docs/atlas.en-us.sfFieldRef.meta/sfFieldRef/salesforce_field_reference_Account.htm
    "salesforce": {
        "account": (
            "Id",
            "IsDeleted",
            "MasterRecordId",
            "Name",
            "Type",
            "ParentId",
            "BillingStreet",
            "BillingCity",
            "BillingState",
            "BillingPostalCode",
            "BillingCountry",
            "Phone",
            "Fax",
            "AccountNumber",
            "Website",
            "Industry",
            "AnnualRevenue",
            "NumberOfEmployees",
            "Description",
            "Rating",
            "OwnerId",
            "CreatedDate",
            "CreatedById",
            "LastModifiedDate",
            "LastModifiedById",
            "AccountSource",
        ),
        "contact": (
            "Id",
            "IsDeleted",
            "MasterRecordId",
            "AccountId",
            "LastName",
            "FirstName",
            "Salutation",
            "Name",
            "MailingStreet",
            "MailingCity",
            "MailingState",
            "MailingPostalCode",
            "MailingCountry",
            "Phone",
            "Fax",
            "MobilePhone",
            "ReportsToId",
            "Email",
            "Title",
            "Department",
            "LeadSource",
            "Birthdate",
            "Description",
            "OwnerId",
            "CreatedDate",
            "CreatedById",
            "LastModifiedDate",
            "LastModifiedById",
        ),
        "transaction": (
            "Id",
            "IsDeleted",
            "AccountId",
            "Name",
            "Description",
            "StageName",
            "Amount",
            "Probability",
            "CloseDate",
            "Type",
            "LeadSource",
            "IsClosed",
            "IsWon",
            "ForecastCategory",
            "OwnerId",
            "CreatedDate",
            "CreatedById",
            "LastModifiedDate",
            "LastModifiedById",
        ),
    },
    # Salesforce report exports (Reports > Export > Details Only): field labels; Ids are 15 characters.
    # Rows seen in public repos (account and opportunity report header rows); labels from the Field Reference.
    "salesforce_report": {
        "account": (
            "Last Activity",
            "Account Owner",
            "Account Name",
            "Billing State/Province",
            "Type",
            "Last Modified Date",
            "Account ID",
        ),
        "contact": ("First Name", "Last Name", "Title", "Account Name", "Email", "Phone"),
        "transaction": ("Opportunity ID", "Opportunity Name", "Account Name", "Stage", "Amount", "Close Date"),
    },
    # HubSpot CRM exports (Companies/Contacts/Deals > Export), file hubspot-crm-exports-all-<object>-<date>.csv:
    # property labels, "Record ID" first, associations as "Associated <Object>" (names) and
    # "Associated <Object> IDs". The first columns of each row are default-view exports seen in public repos;
    # the rest are property labels from the same sources (all-properties export).
    "hubspot": {
        "account": (
            "Record ID",
            "Company name",
            "Company owner",
            "Create Date",
            "Phone Number",
            "Last Activity Date",
            "City",
            "Country/Region",
            "Industry",
            "Company Domain Name",
            "State/Region",
            "Number of Employees",
            "Annual Revenue",
            "Parent Company",
            "Lifecycle Stage",
            "Became a Customer Date",
            "Description",
        ),
        "contact": (
            "Record ID",
            "First Name",
            "Last Name",
            "Email",
            "Phone Number",
            "Contact owner",
            "Primary Associated Company ID",
            "Last Activity Date",
            "Lead Status",
            "Marketing contact status",
            "Create Date",
            "Associated Company",
            "Job Title",
            "Company Name",
            "Mobile Phone Number",
        ),
        "transaction": (
            "Record ID",
            "Deal Name",
            "Last Activity Date",
            "Deal Stage",
            "Close Date",
            "Deal owner",
            "Amount",
            "Pipeline",
            "Associated Company",
            "Associated Company IDs",
        ),
    },
    # Dynamics 365 (Dataverse) "Export to Excel" of a view: display names, preceded by three hidden columns
    # "(Do Not Modify) <table>", "(Do Not Modify) Row Checksum", "(Do Not Modify) Modified On".
    # github.com/MicrosoftDocs/powerapps-docs .../reference/entities/{account,contact,salesorder}.md;
    # https://nishantrana.me/2022/07/20/import-data-import-data-wizard-few-key-points/
    # Default "Active Accounts" view: Account Name, Main Phone, Address 1: City, Primary Contact,
    # Email (Primary Contact); the other columns are display names a user adds to the view.
    "dynamics365": {
        "account": (
            "(Do Not Modify) Account",
            "(Do Not Modify) Row Checksum",
            "(Do Not Modify) Modified On",
            "Account Name",
            "Main Phone",
            "Address 1: City",
            "Primary Contact",
            "Email (Primary Contact)",
            "Account Number",
            "Parent Account",
            "Industry",
            "Number of Employees",
            "Annual Revenue",
            "Address 1: State/Province",
            "Description",
        ),
        "contact": (
            "(Do Not Modify) Contact",
            "(Do Not Modify) Row Checksum",
            "(Do Not Modify) Modified On",
            "Full Name",
            "Email",
            "Company Name",
            "Business Phone",
            "First Name",
            "Last Name",
            "Job Title",
            "Department",
            "Manager",
            "Mobile Phone",
        ),
        "transaction": (
            "(Do Not Modify) Order",
            "(Do Not Modify) Row Checksum",
            "(Do Not Modify) Modified On",
            "Order ID",
            "Name",
            "Customer",
            "Total Amount",
            "Created On",
            "Date Fulfilled",
        ),
    },
    # Odoo "Export" (list view > Action > Export), normal mode: field labels.
    # github.com/odoo/odoo odoo/addons/base/models/res_partner.py, addons/sale/models/sale_order.py.
    # res.partner holds companies and people in one model; "Is a Company" tells them apart.
    "odoo": {
        "account": (
            "Name",
            "Is a Company",
            "Related Company",
            "Reference",
            "Street",
            "City",
            "State",
            "Country",
            "Industry",
            "Phone",
            "Email",
            "Website Link",
            "Salesperson",
            "Tags",
            "Notes",
        ),
        "contact": ("Name", "Related Company", "Job Position", "Email", "Phone", "Mobile", "City", "Notes"),
        "transaction": (
            "Order Reference",
            "Customer",
            "Order Date",
            "Salesperson",
            "Untaxed Amount",
            "Total",
            "Status",
            "Invoice Status",
        ),
    },
    # Odoo "I want to update data (import-compatible export)": field names, "id" is the external ID
    # (e.g. __export__.res_partner_42_1a2b3c4d) and "<many2one>/id" the referenced record's external ID.
    # github.com/odoo/odoo addons/web/controllers/export.py (columns_headers = field names if import_compat).
    "odoo_import_compatible": {
        "account": ("id", "name", "is_company", "parent_id/id", "ref", "city", "state_id", "industry_id", "comment"),
        "contact": ("id", "name", "parent_id/id", "function", "email", "phone", "mobile", "comment"),
        "transaction": ("id", "name", "partner_id", "date_order", "amount_total", "state"),
    },
    # WukongCRM (悟空CRM) list exports: the labels of the default fields (5kcrm_admin_field,
    # github.com/WuKongOpenSource/WukongCRM-9.0-PHP public/sql/5kcrm.sql). Orders are contracts (合同);
    # payments are 回款 (回款编号, 客户名称, 合同编号, 回款日期, 回款方式, 回款金额) and
    # payment plans 回款计划 (计划回款金额, 计划回款日期). No account key column by default.
    "wukong": {
        "account": (
            "客户名称",
            "客户级别",
            "客户行业",
            "客户来源",
            "成交状态",
            "电话",
            "网址",
            "下次联系时间",
            "备注",
            "手机",
            "邮箱",
        ),
        "contact": (
            "姓名",
            "客户名称",
            "手机",
            "电话",
            "电子邮箱",
            "是否关键决策人",
            "职务",
            "性别",
            "地址",
            "下次联系时间",
            "备注",
        ),
        "transaction": (
            "合同编号",
            "合同名称",
            "客户名称",
            "商机名称",
            "下单时间",
            "合同金额",
            "合同开始时间",
            "合同到期时间",
            "客户签约人",
            "公司签约人",
            "备注",
        ),
    },
    # Fxiaoke (纷享销客). Verified only: 客户名称 (reference to AccountObj), 销售订单编号 (SalesOrderObj name),
    # 销售订单金额 (order_amount), 回款日期, 计划回款日期 - github.com/dnf666/hrms fs-crm-payment/.../initialize/
    # *ObjectDescribe.java. The account and contact rows and 下单日期 are UNVERIFIED common labels (fixtures only).
    "fxiaoke": {
        "account": ("客户名称", "客户编号", "上级客户", "客户级别", "行业", "省", "市", "详细地址", "负责人"),
        "contact": ("姓名", "客户名称", "职务", "部门", "手机", "电话", "邮件", "负责人"),
        "transaction": ("销售订单编号", "客户名称", "下单日期", "销售订单金额", "负责人", "状态"),
    },
}

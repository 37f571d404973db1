"""Import problems and file errors in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from domain.errors import FileFormatError
from domain.exchange.plan import Issue


def issue_text(issue: Issue) -> str:
    """The translated message of one import problem (English as a fallback)."""
    p = issue.params
    texts = {
        "negative": QCoreApplication.translate("Import", "The value cannot be negative."),
        "not_amount": QCoreApplication.translate("Import", "'%1' is not an amount."),
        "too_large": QCoreApplication.translate("Import", "'%1' is implausibly large."),
        "not_integer": QCoreApplication.translate("Import", "'%1' is not a whole number."),
        "not_date": QCoreApplication.translate("Import", "'%1' is not a date."),
        "formula_error": QCoreApplication.translate(
            "Import", "The cell shows the spreadsheet error %1; fix the formula or type the value."
        ),
        "formula_no_value": QCoreApplication.translate(
            "Import",
            "The cell holds a formula whose result the file does not keep; open the file in your spreadsheet "
            "program, save it, and import it again.",
        ),
        "impossible_date": QCoreApplication.translate("Import", "%1 is not a real calendar date."),
        "not_boolean": QCoreApplication.translate("Import", "'%1' is neither yes nor no."),
        "not_number": QCoreApplication.translate("Import", "'%1' is not a number."),
        "not_tier": QCoreApplication.translate("Import", "'%1' is not a tier (A, B, C or D)."),
        "not_rule_values": QCoreApplication.translate(
            "Import", "The rule values are not readable (an export writes them); leave the cell empty."
        ),
        "out_of_range": QCoreApplication.translate("Import", "'%1' is outside -1000 to 1000."),
        "not_lifecycle": QCoreApplication.translate(
            "Import", "'%1' is not a lifecycle stage (prospect, customer, lost)."
        ),
        "not_interaction_kind": QCoreApplication.translate("Import", "'%1' is not a kind of interaction."),
        "too_long": QCoreApplication.translate("Import", "The text is longer than %2 characters."),
        "required": QCoreApplication.translate("Import", "This value is required."),
        "duplicate_in_file": QCoreApplication.translate(
            "Import", "This record appears twice in the file (first in row %3)."
        ),
        "ambiguous_name": QCoreApplication.translate("Import", "Several stored accounts have this name; give the key."),
        "shared_name": QCoreApplication.translate(
            "Import", "The account %4 has this name too; a reference by this name needs the key."
        ),
        "footer_lines": QCoreApplication.translate(
            "Import", "Lines below the table (%1), %2 in all, were not read as records."
        ),
        "not_won": QCoreApplication.translate("Import", "Deals not won (%1), %2 row(s), were not imported as orders."),
        "unknown_stage": QCoreApplication.translate(
            "Import", "Stages not known as won or lost (%1), %2 row(s), were imported as orders."
        ),
        "ambiguous_contact_name": QCoreApplication.translate(
            "Import", "Several stored contacts of this account have this name; give the key."
        ),
        "matched_by_name": QCoreApplication.translate(
            "Import", "Matched a stored account by name; its key %4 is kept."
        ),
        "duplicate_name": QCoreApplication.translate(
            "Import", "The same name appears in row %3; both rows are imported."
        ),
        "unknown_account": QCoreApplication.translate("Import", "No account has the key or name '%5'."),
        "ambiguous_reference": QCoreApplication.translate("Import", "Several records are called '%5'; use the key."),
        "unknown_contact": QCoreApplication.translate("Import", "No contact has the key or name '%5' in this account."),
        "cycle": QCoreApplication.translate("Import", "The references loop back to this row (A under B under A)."),
        "hidden_sheet": QCoreApplication.translate("Import", "The sheet is hidden and was not imported."),
        "unknown_sheet": QCoreApplication.translate(
            "Import", "No known columns were found; the sheet was not imported."
        ),
        "second_sheet": QCoreApplication.translate(
            "Import", "Another sheet holds the same kind of records; both are read."
        ),
        "duplicate_column": QCoreApplication.translate(
            "Import", "Another column gives the same field; this one was ignored."
        ),
        "missing_column": QCoreApplication.translate("Import", "The sheet has no column for a required field (%6)."),
        "no_rows": QCoreApplication.translate("Import", "The sheet has headers but no data rows."),
        "nothing_to_import": QCoreApplication.translate("Import", "The file holds no records to import."),
        "not_buying_role": QCoreApplication.translate(
            "Import",
            "'%1' is not a buying role (decision maker, economic buyer, technical buyer, user, coach, "
            "gatekeeper, influencer).",
        ),
        "not_attitude": QCoreApplication.translate(
            "Import", "'%1' is not an attitude (opponent, sceptic, neutral, supporter, champion, or -2 to 2)."
        ),
        "not_layer": QCoreApplication.translate(
            "Import", "'%1' is not a relationship layer (key person, broad, organisational)."
        ),
        "not_strength": QCoreApplication.translate(
            "Import", "'%1' is not a relationship strength (none, weak, working, strong, trusted, or 0 to 4)."
        ),
        "not_link_kind": QCoreApplication.translate("Import", "'%1' is not a kind of link (influence, conflict)."),
        "out_of_scale": QCoreApplication.translate("Import", "'%1' is outside %7 to %8."),
        "unknown_team_member": QCoreApplication.translate("Import", "No team member has the key or name '%5'."),
        "self_link": QCoreApplication.translate("Import", "A contact cannot be linked to themselves."),
    }
    template = texts.get(issue.code)
    if template is None:
        return issue.message
    return (
        template.replace("%1", str(p.get("value", "")))
        .replace("%2", str(p.get("limit", "")))
        .replace("%3", str(p.get("first_row", "")))
        .replace("%4", str(p.get("stored_key", "")))
        .replace("%5", str(p.get("ref", "")))
        .replace("%6", str(p.get("field", "")))
        .replace("%7", str(p.get("low", "")))
        .replace("%8", str(p.get("high", "")))
    )


def file_error_text(error: FileFormatError) -> str:
    """A file that cannot be read, explained."""
    name = str(error.params.get("path", "")).rsplit("/", 1)[-1]
    texts = {
        "missing": QCoreApplication.translate("Import", "%1 does not exist."),
        "unreadable": QCoreApplication.translate("Import", "%1 cannot be read."),
        "empty": QCoreApplication.translate("Import", "%1 is empty."),
        "not_spreadsheet": QCoreApplication.translate("Import", "%1 is not a spreadsheet, or it is damaged."),
        "truncated": QCoreApplication.translate("Import", "%1 is damaged or incomplete."),
        "encrypted": QCoreApplication.translate(
            "Import",
            "%1 is protected with a password. Open it in your spreadsheet program, remove the password, "
            "save it, and import it again.",
        ),
        "bomb": QCoreApplication.translate(
            "Import", "%1 unpacks to a suspicious size (a zip bomb?); it was not opened."
        ),
        "xml_entities": QCoreApplication.translate(
            "Import", "%1 declares XML entities, which spreadsheets never need; it was not opened."
        ),
        "too_big": QCoreApplication.translate("Import", "%1 is too large to import."),
        "encoding": QCoreApplication.translate(
            "Import", "The text of %1 is neither UTF-8, UTF-16, GBK/GB18030 nor Windows-1252 (Western European)."
        ),
        "unwritable": QCoreApplication.translate("Import", "%1 could not be written; nothing was changed."),
    }
    template = texts.get(str(error.params.get("reason", "")))
    return error.message if template is None else template.replace("%1", name)

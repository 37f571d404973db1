from __future__ import annotations

import pytest

from domain.exchange import headers as hdr
from domain.exchange.schema import KINDS


def test_normalize_ignores_case_spacing_punctuation_and_width() -> None:
    assert hdr.normalize("Account Name") == hdr.normalize("account_name") == hdr.normalize("ＡＣＣＯＵＮＴ　ＮＡＭＥ")
    assert hdr.normalize("客户 名称：") == "客户名称"


@pytest.mark.parametrize(
    ("kind", "header", "field"),
    [
        ("account", "客户名称", "name"),
        ("account", "Account Name", "name"),
        ("account", "年营业额（万元）", "annual_revenue"),
        ("account", "上级客户", "parent"),
        ("contact", "Job Title", "title"),
        ("contact", "汇报对象", "reports_to"),
        ("transaction", "订单金额", "amount"),
        ("interaction", "跟进方式", "kind"),
    ],
)
def test_known_headers_map_to_fields(kind: str, header: str, field: str) -> None:
    found = hdr.field_for(kind, header)
    assert found is not None
    assert found[0] == field


def test_header_row_below_title_rows_is_found() -> None:
    rows = [
        ["2024年客户清单", None, None],
        [None, None, None],
        ["客户编号", "客户名称", "行业"],
        ["C1", "甲", "制造业"],
    ]
    assert hdr.detect("Sheet1", rows) == ("account", 2)


def test_sheet_names_decide_the_kind() -> None:
    assert hdr.detect("联系人", [["姓名", "职务"]]) == ("contact", 0)
    assert hdr.kind_for_sheet_name("Orders") == "transaction"


def test_mapping_reports_unknown_and_duplicate_columns_and_takes_overrides() -> None:
    mapping = hdr.map_columns("account", 0, ["Name", "Kundennummer", "客户名称", "Website"])
    assert mapping.fields == ["name", None, None, None]
    assert mapping.unknown == ["Kundennummer", "Website"]
    assert mapping.duplicates == ["客户名称"]
    mapped = hdr.map_columns(
        "account", 0, ["Name", "Kundennummer", "Website"], {"kundennummer": "key", "WEBSITE": None}
    )
    assert mapped.fields == ["name", "key", None]
    assert mapped.unknown == []


def test_totals_rows_are_recognised() -> None:
    assert hdr.is_total_row([None, "合计", 12])
    assert hdr.is_total_row(["Total:", 12])
    assert not hdr.is_total_row(["Totally Fine Ltd", 12])


def test_exported_headers_in_both_languages_map_back(qapp) -> None:  # type: ignore[no-untyped-def]
    from ui import i18n
    from ui.exchange_labels import column_headers, sheet_titles

    translations = i18n.Translations(qapp)
    try:
        for language in ("en", "zh_CN"):
            translations.apply(language)
            titles, headers = sheet_titles(), column_headers()
            for kind, columns in KINDS.items():
                assert hdr.kind_for_sheet_name(titles[kind]) == kind, (language, titles[kind])
                for column in columns:
                    label = headers[kind][column.field]
                    found = hdr.field_for(kind, label)
                    assert found is not None, (language, kind, label)
                    assert found[0] == column.field, (language, kind, label)
    finally:
        translations.apply("en")

"""CSV files in the encodings spreadsheet programs write them."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from storage.spreadsheets import read_tables


def _csv(path: Path, rows: list[list[str]], encoding: str, delimiter: str = ",") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def test_a_western_windows_csv_is_not_read_as_chinese(tmp_path: Path) -> None:
    rows = [
        ["Account Name", "City"],
        ["Müller GmbH", "Köln"],
        ["Björkman AB", "Göteborg"],
        ["Société Générale", "Paris"],
    ]
    path = _csv(tmp_path / "accounts.csv", rows, encoding="cp1252")
    assert read_tables(path)[0].rows == rows


def test_chinese_csv_in_gbk_is_still_chinese(tmp_path: Path) -> None:
    rows = [
        ["客户名称", "城市"],
        ["上海汽车集团股份有限公司", "上海"],
        ["ABC科技（苏州）有限公司", "苏州"],
        ["朱镕基研究会", "北京"],
        ["A、B 两级 – 华东", "上海"],  # punctuation between Latin letters, a dash outside GB2312
    ]
    for encoding in ("gbk", "gb18030"):
        path = _csv(tmp_path / f"accounts-{encoding}.csv", rows, encoding=encoding)
        assert read_tables(path)[0].rows == rows


def test_excel_unicode_text_is_read(tmp_path: Path) -> None:
    rows = [["Account Name", "City"], ["Müller GmbH", "Köln"], ["华远集团", "上海"]]
    for name in ("accounts.txt", "accounts.csv"):
        path = _csv(tmp_path / name, rows, encoding="utf-16", delimiter="\t")  # what "Unicode text" writes
        assert read_tables(path)[0].rows == rows


@pytest.mark.parametrize("name", ["Größe AG", "Ærø Ålborg ApS", "Straße 5", "Nestlé", "São Paulo Ltda", "Café “Crème”"])
def test_a_single_western_word_decides_as_well(tmp_path: Path, name: str) -> None:
    rows = [["Account Name"], [name]]
    path = _csv(tmp_path / "accounts.csv", rows, encoding="cp1252")
    assert read_tables(path)[0].rows == rows

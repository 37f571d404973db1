"""The command line as a user runs it: exit codes, output, one-line errors."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / "data"), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=home,
    )


def test_demo_then_stats(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite"
    made = run("--db", str(db), "demo", "--accounts", "40", "--seed", "3", "--as-of", "2026-06-30", home=tmp_path)
    assert made.returncode == 0, made.stderr
    assert "Added 40 accounts" in made.stdout
    stats = run("--db", str(db), "stats", home=tmp_path)
    assert stats.returncode == 0
    assert "accounts      40" in stats.stdout
    assert "team members  12" in stats.stdout


def test_the_same_seed_gives_the_same_data(tmp_path: Path) -> None:
    dumps = []
    for name in ("one", "two"):
        db = tmp_path / f"{name}.sqlite"
        result = run("--db", str(db), "demo", "--accounts", "25", "--seed", "9", "--as-of", "2026-01-31", home=tmp_path)
        assert result.returncode == 0, result.stderr
        with sqlite3.connect(db) as conn:
            dumps.append(
                [
                    conn.execute("SELECT key, name, parent_id, employees FROM account ORDER BY id").fetchall(),
                    conn.execute(
                        "SELECT account_id, booked_on, amount_cents, due_on, paid_on FROM account_transaction "
                        "ORDER BY id"
                    ).fetchall(),
                    conn.execute("SELECT name, reports_to_id FROM contact ORDER BY id").fetchall(),
                ]
            )
    assert dumps[0] == dumps[1]


def test_the_default_database_lives_in_the_user_data_folder(tmp_path: Path) -> None:
    result = run("demo", "--accounts", "3", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "AccountPlanner" / "accounts.sqlite").exists()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("stats",), "There is no database at"),
        (("demo", "--accounts", "-3"), "must be 0 or more"),
        (("demo", "--accounts", "many"), "is not a whole number"),
    ],
)
def test_user_errors_are_one_line_without_traceback(tmp_path: Path, args: tuple[str, ...], expected: str) -> None:
    result = run("--db", str(tmp_path / "missing.sqlite"), *args, home=tmp_path)
    assert result.returncode != 0
    assert expected in result.stderr
    assert "Traceback" not in result.stderr


def test_a_newer_database_is_refused_and_untouched(tmp_path: Path) -> None:
    db = tmp_path / "n.sqlite"
    assert run("--db", str(db), "demo", "--accounts", "2", home=tmp_path).returncode == 0
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = db.read_bytes()
    result = run("--db", str(db), "stats", home=tmp_path)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "newer version" in result.stderr
    assert db.read_bytes() == before


def test_a_locked_database_is_reported_as_in_use(tmp_path: Path) -> None:
    db = tmp_path / "l.sqlite"
    assert run("--db", str(db), "demo", "--accounts", "2", home=tmp_path).returncode == 0
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        env_args = ("--db", str(db), "demo", "--accounts", "2")
        result = run(*env_args, home=tmp_path)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 1
    assert "in use by another program" in result.stderr
    assert "Traceback" not in result.stderr


def test_help_lists_the_commands(tmp_path: Path) -> None:
    result = run("--help", home=tmp_path)
    assert result.returncode == 0
    assert "demo" in result.stdout
    assert "stats" in result.stdout


def test_export_then_import_round_trip_and_dry_run(tmp_path: Path) -> None:
    source = tmp_path / "source.sqlite"
    assert run("--db", str(source), "demo", "--accounts", "20", home=tmp_path).returncode == 0
    book = tmp_path / "book.xlsx"
    exported = run("--db", str(source), "--lang", "zh_CN", "export", str(book), home=tmp_path)
    assert exported.returncode == 0, exported.stderr
    assert "Wrote 20 accounts" in exported.stdout

    target = tmp_path / "target.sqlite"
    dry = run("--db", str(target), "import", str(book), "--dry-run", home=tmp_path)
    assert dry.returncode == 0, dry.stderr
    assert "account: 20 to add" in dry.stdout
    assert "Dry run" in dry.stdout
    assert not target.exists()  # a dry run leaves the disk as it was: no database made
    done = run("--db", str(target), "import", str(book), home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "account: 20 added" in done.stdout
    assert "accounts      20" in run("--db", str(target), "stats", home=tmp_path).stdout


def test_import_lists_unplaced_columns_and_map_places_them(tmp_path: Path) -> None:
    path = tmp_path / "customers.csv"
    path.write_text("Kundennummer,Name,Ort\nK-1,Müller GmbH,Berlin\n", encoding="utf-8")
    db = tmp_path / "m.sqlite"
    first = run("--db", str(db), "import", str(path), "--dry-run", home=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "'Kundennummer'" in first.stdout
    assert "'Ort'" in first.stdout
    mapped = run("--db", str(db), "import", str(path), "--map", "Kundennummer=key", "--map", "Ort=city", home=tmp_path)
    assert mapped.returncode == 0, mapped.stderr
    assert "columns not placed" not in mapped.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT key, name, city FROM account").fetchall() == [("K-1", "Müller GmbH", "Berlin")]


def test_a_dry_run_can_list_each_change(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite"
    first = tmp_path / "first.csv"
    first.write_text("Key,Name,City\nK1,Alpha,Lyon\nK2,Beta,Rome\n", encoding="utf-8")
    assert run("--db", str(db), "import", str(first), home=tmp_path).returncode == 0
    second = tmp_path / "second.csv"
    second.write_text("Key,Name,City\nK1,Alpha,Paris\nK2,Beta,Rome\nK3,Gamma,Oslo\n", encoding="utf-8")
    dry = run("--db", str(db), "import", str(second), "--dry-run", "--changes", home=tmp_path)
    assert dry.returncode == 0, dry.stderr
    lines = [line.strip() for line in dry.stdout.splitlines() if line.startswith("  ")]
    assert lines == [
        "change account K1 Alpha (sheet 'second', row 2): city: 'Lyon' -> 'Paris'",
        "add account K3 Gamma (sheet 'second', row 4)",
    ]


def test_a_map_to_no_field_is_refused_and_a_map_of_no_column_is_warned(tmp_path: Path) -> None:
    path = tmp_path / "customers.csv"
    path.write_text("Name,Type\nMüller GmbH,Customer\n", encoding="utf-8")
    db = tmp_path / "w.sqlite"
    wrong = run("--db", str(db), "import", str(path), "--map", "Type=lifecycle_stage", home=tmp_path)
    assert wrong.returncode == 1
    assert "--map: 'lifecycle_stage' is not a field (did you mean lifecycle or stage?)" in wrong.stderr
    assert len(wrong.stderr.splitlines()) == 1
    kind = run("--db", str(db), "import", str(path), "--map", "Type=deal.stage", home=tmp_path)
    assert kind.returncode == 1
    assert "'deal' is not a kind of record" in kind.stderr
    absent = run("--db", str(db), "import", str(path), "--map", "Typ=lifecycle", "--map", "Type=", home=tmp_path)
    assert absent.returncode == 0, absent.stderr
    assert "warning: --map: the file has no column 'Typ'." in absent.stderr
    assert "columns not placed" not in absent.stdout  # "Type=" ignores the column


def test_import_errors_go_to_stderr_with_sheet_row_and_column(tmp_path: Path) -> None:
    path = tmp_path / "accounts.csv"
    path.write_text("Key,Name,Employees\nA1,Alpha,-3\nA2,,4\n", encoding="utf-8")
    db = tmp_path / "e.sqlite"
    result = run("--db", str(db), "import", str(path), home=tmp_path)
    assert result.returncode == 1
    assert "error: sheet 'accounts', row 2, column C (Employees): The number cannot be negative." in result.stderr
    assert "row 3, column B (Name)" in result.stderr
    assert "nothing was imported" in result.stderr
    assert "Traceback" not in result.stderr
    assert not db.exists()  # the import made the database, and took it away again: the disk is as it was


def test_import_of_a_broken_file_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04garbage")
    result = run("--db", str(tmp_path / "b.sqlite"), "import", str(path), home=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert "damaged or incomplete" in result.stderr


def test_classify_previews_explains_and_applies(tmp_path: Path) -> None:
    import json

    db = tmp_path / "t.sqlite"
    assert run("--db", str(db), "demo", "--accounts", "60", "--as-of", "2026-06-30", home=tmp_path).returncode == 0
    table = run("--db", str(db), "classify", "--as-of", "2026-06-30", home=tmp_path)
    assert table.returncode == 0, table.stderr
    assert "model weighted" in table.stdout
    assert "preview only" in table.stdout

    rfm = run("--db", str(db), "classify", "--model", "rfm", "--as-of", "2026-06-30", "--format", "json", home=tmp_path)
    rows = json.loads(rfm.stdout)
    assert rows
    assert {"key", "name", "tier", "recency_days", "frequency", "monetary", "r", "f", "m", "segment"} <= set(rows[0])
    assert all(row["tier"] in "ABCD" for row in rows)

    csv_out = run("--db", str(db), "classify", "--format", "csv", "--as-of", "2026-06-30", home=tmp_path)
    header = csv_out.stdout.splitlines()[0].split(",")
    assert header[:3] == ["key", "name", "tier"]
    assert {"transaction", "behaviour", "potential", "total"} <= set(header)

    key = rows[0]["key"]
    explained = run("--db", str(db), "classify", "--explain", key, "--as-of", "2026-06-30", home=tmp_path)
    assert explained.returncode == 0
    assert "rule:" in explained.stdout
    assert "revenue_share" in explained.stdout

    applied = run("--db", str(db), "classify", "--apply", "--as-of", "2026-06-30", home=tmp_path)
    assert applied.returncode == 0
    assert "applied:" in applied.stderr
    with sqlite3.connect(db) as conn:
        changed = conn.execute("SELECT count(*) FROM tier_history").fetchone()[0]
        tiers = conn.execute("SELECT count(*) FROM account WHERE tier IS NOT NULL").fetchone()[0]
    assert changed == tiers > 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--explain", "NO-SUCH-KEY"], "No classified account has the key 'NO-SUCH-KEY'"),
        (["--window-months", "40"], "The window must be 1 to 36 months"),
    ],
)
def test_classify_errors_are_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    db = tmp_path / "t.sqlite"
    assert run("--db", str(db), "demo", "--accounts", "20", home=tmp_path).returncode == 0
    result = run("--db", str(db), "classify", *args, home=tmp_path)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_chart_draws_an_accounts_org_chart_and_power_grid_headless(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite"
    assert run("--db", str(db), "demo", "--accounts", "30", "--seed", "3", home=tmp_path).returncode == 0
    with sqlite3.connect(db) as conn:
        key, people = conn.execute(
            "SELECT a.key, count(*) FROM contact c JOIN account a ON a.id = c.account_id "
            "GROUP BY a.id ORDER BY 2 DESC, a.key LIMIT 1"
        ).fetchone()
    headers = {".png": b"\x89PNG", ".svg": b"<?xml", ".pdf": b"%PDF"}
    for view, suffix in (("org", ".png"), ("grid", ".svg"), ("org", ".pdf")):
        out = tmp_path / f"chart{suffix}"
        drawn = run("--db", str(db), "--lang", "en", "chart", key, "--view", view, "--out", str(out), home=tmp_path)
        assert drawn.returncode == 0, drawn.stderr
        assert f"({people} people)" in drawn.stdout
        assert out.read_bytes().startswith(headers[suffix])
    group = run(
        "--db", str(db), "chart", key, "--group", "--departments", "--out", str(tmp_path / "g.png"), home=tmp_path
    )
    assert group.returncode == 0, group.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["chart", "NO-SUCH", "--out", "x.png"], "No account has the key 'NO-SUCH'."),
        (["chart", "C000001", "--out", "x.gif"], "x.gif: the picture must end in .png, .svg or .pdf."),
    ],
)
def test_chart_errors_are_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    db = tmp_path / "a.sqlite"
    assert run("--db", str(db), "demo", "--accounts", "5", home=tmp_path).returncode == 0
    result = run("--db", str(db), *args, home=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip() == f"account-planner: error: {message}"
    assert not (tmp_path / "x.png").exists()

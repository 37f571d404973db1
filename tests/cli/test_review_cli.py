"""`main.py review`: one pack, one pack per account of a tier, and one-line errors."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from domain.review import accounts_in_tier, pack_file_stem
from domain.tiers.service import set_override
from tests.cli.test_cli import run
from tests.review.data import REVIEW_DAY, ReviewData, review_store


@pytest.fixture(scope="module")
def two_a(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ReviewData, list[str]]:
    """A database with two A accounts (one of them set by hand); the store is closed."""
    folder = tmp_path_factory.mktemp("review-cli")
    data = review_store(folder)
    with data.store.unit_of_work() as uow:
        other = next(a for a in uow.accounts.all() if a.tier == "B")
    assert other.id is not None
    set_override(data.store.unit_of_work(), other.id, "A", "Strategic: new group contract", on=REVIEW_DAY - timedelta(days=1))
    stems = [pack_file_stem(a) for a in accounts_in_tier(data.store.unit_of_work(), "A")]
    data.store.close()
    return folder / "review.sqlite", data, stems


def test_one_pack_per_a_account(two_a: tuple[Path, ReviewData, list[str]], tmp_path: Path) -> None:
    db, _data, stems = two_a
    assert len(stems) == 2
    result = run("--db", str(db), "--lang", "en", "review", "--tier", "A", "--out", str(tmp_path / "packs"),
                 "--as-of", REVIEW_DAY.isoformat(), home=tmp_path)
    assert result.returncode == 0, result.stderr
    written = sorted(p.name for p in (tmp_path / "packs").iterdir())
    assert written == sorted([f"{s}.pdf" for s in stems] + [f"{s}.xlsx" for s in stems])
    assert result.stdout.count("Wrote the review pack of") == 2


def test_one_account_redacted(two_a: tuple[Path, ReviewData, list[str]], tmp_path: Path) -> None:
    db, data, _stems = two_a
    target = tmp_path / "pack.pdf"
    result = run("--db", str(db), "--lang", "zh_CN", "review", data.key, "--out", str(target), "--redacted",
                 home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF")
    assert (tmp_path / "pack.xlsx").exists()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("review", "C999999", "--out", "x.pdf"), "No account has the key 'C999999'."),
        (("review", "--out", "x.pdf"), "needs an ACCOUNT_KEY or --tier"),
        (("review", "C000001", "--tier", "A", "--out", "x"), "needs an ACCOUNT_KEY or --tier"),
        (("review", "C000001", "--out", "x.docx"), "give a file name ending in .pdf"),
        (("review", "--tier", "A", "--out", "packs.pdf"), "--out is a folder"),
        (("review", "--tier", "D", "--out", "packs"), "No account has the tier D"),
        (("review", "C000001", "--out", "missing/folder/x.pdf"), "cannot write in"),
    ],
)
def test_review_errors_are_one_line(
    two_a: tuple[Path, ReviewData, list[str]], tmp_path: Path, args: tuple[str, ...], expected: str
) -> None:
    db, _data, _stems = two_a
    if "D" in args:  # a database where nobody is a D account
        db = tmp_path / "no-tiers.sqlite"
        assert run("--db", str(db), "demo", "--accounts", "3", home=tmp_path).returncode == 0
    result = run("--db", str(db), *args, home=tmp_path)
    assert result.returncode == 1
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not list(tmp_path.glob("**/*.pdf"))

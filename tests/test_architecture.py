"""Imports flow ui → domain ← storage; main.py wires them together."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = {
    "domain": ("ui", "storage", "PySide6", "shiboken6", "sqlalchemy", "alembic"),
    "storage": ("ui", "PySide6", "shiboken6"),
    "ui": ("storage", "sqlalchemy", "alembic"),
}


def imported_modules(source: str) -> set[str]:
    """Top-level names of every module a Python source imports (at any depth)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def violations(layer: str, folder: Path) -> list[str]:
    bad = []
    for path in sorted(folder.rglob("*.py")):
        for module in imported_modules(path.read_text(encoding="utf-8")) & set(FORBIDDEN[layer]):
            bad.append(f"{path.relative_to(folder.parent)} imports {module}")
    return bad


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_what_it_may(layer: str) -> None:
    assert violations(layer, ROOT / layer) == []


def test_the_check_catches_a_forbidden_import(tmp_path: Path) -> None:
    (tmp_path / "domain").mkdir()
    (tmp_path / "domain" / "bad.py").write_text("def f():\n    from PySide6.QtCore import QObject\n")
    assert violations("domain", tmp_path / "domain") == ["domain/bad.py imports PySide6"]


def test_import_linter_contracts_hold() -> None:
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert exe is not None, "import-linter is a test dependency"
    result = subprocess.run([exe], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr

"""Shared fixtures: real SQLite stores in temporary folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from domain.demo import load_demo  # noqa: E402
from storage.store import SqlStore, open_store  # noqa: E402

DEMO_DAY = date(2026, 6, 30)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SqlStore]:
    """An empty store in a fresh SQLite file."""
    opened = open_store(tmp_path / "accounts.sqlite")
    yield opened
    opened.close()


@pytest.fixture
def demo_store(tmp_path: Path) -> Iterator[SqlStore]:
    """A store holding a 120-account demo portfolio (seed 7)."""
    opened = open_store(tmp_path / "demo.sqlite")
    load_demo(opened.unit_of_work(), 120, seed=7, today=DEMO_DAY)
    yield opened
    opened.close()

"""PySide6 6.12.0 on Python 3.11 aborts after ~5,000 calls of a Qt method that
returns None ("Fatal Python error: none_dealloc"). pyproject.toml pins a
version without the bug; this makes 20,000 such calls to prove it."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtWidgets import QApplication, QLabel
from PySide6.QtGui import QPen
app = QApplication([])
label = QLabel()
pen = QPen()
for i in range(20_000):
    label.setText(str(i))
    pen.setWidth(i % 7)
print("survived", label.text())
"""


def test_twenty_thousand_void_qt_calls_survive() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived 19999" in result.stdout

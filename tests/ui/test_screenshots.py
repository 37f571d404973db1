"""Screenshots of the main window on a demo portfolio, for people to look at.

Saved to tests/screenshots/ (not committed); the test checks that the
picture is not empty and that the language really changed the window.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from ui import i18n

SHOTS = Path(__file__).resolve().parent.parent / "screenshots"


@pytest.mark.parametrize(("language", "file_menu"), [("zh_CN", "文件(&F)"), ("en", "&File")])
def test_main_window_screenshot(make_window, demo_store, qapp, qtbot, language: str, file_menu: str) -> None:  # type: ignore[no-untyped-def]
    translations = i18n.Translations(qapp)
    translations.apply(language)
    try:
        window = make_window(demo_store, language)
        window.resize(1200, 760)
        window.show()
        qtbot.waitExposed(window)
        group = next(
            window.model.index(r, 0)
            for r in range(window.model.rowCount())
            if window.model.hasChildren(window.model.index(r, 0))
        )
        window.tree.expand(group)
        window.tree.setCurrentIndex(window.model.index(0, 0, group))
        qapp.processEvents()
        assert window.file_menu.title() == file_menu

        SHOTS.mkdir(exist_ok=True)
        path = SHOTS / f"main_window_{language}.png"
        assert window.grab().save(str(path))
        image = QImage(str(path))
        assert image.width() >= 700
        assert image.height() >= 500
        colours = {
            image.pixel(x, y) for x in range(0, image.width(), 17) for y in range(0, image.height(), 17)
        }
        assert len(colours) > 10
    finally:
        translations.apply("en")
        qapp.processEvents()

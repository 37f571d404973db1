"""Screenshots of the org chart and the power grid on a realistic 22-person account, for people to look at.

Saved to tests/screenshots/ (not committed), in Chinese (with Chinese names and titles) and in English;
the test checks that the pictures are not empty and that the language really changed the widgets.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from domain.model import BuyingRole
from tests.ui.orgchart.sample import sample_power_map
from ui import i18n
from ui.orgchart.export import export_scene
from ui.orgchart.grid import quadrant_caption
from ui.orgchart.widget import OrgChartWidget, PowerGridWidget

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def check(path: Path) -> None:
    image = QImage(str(path))
    assert image.width() >= 700
    assert image.height() >= 400
    colours = {image.pixel(x, y) for x in range(0, image.width(), 17) for y in range(0, image.height(), 17)}
    assert len(colours) > 10


@pytest.mark.parametrize(("language", "departments", "grid_caption"),
                         [("zh_CN", "部门", "高影响力支持者：重点维护"), ("en", "Departments", "Powerful supporters: keep close")])
def test_power_map_screenshots(qapp, qtbot, language: str, departments: str, grid_caption: str) -> None:  # type: ignore[no-untyped-def]
    translations = i18n.Translations(qapp)
    translations.apply(language)
    try:
        SHOTS.mkdir(exist_ok=True)
        power_map = sample_power_map(language)

        org = OrgChartWidget()
        qtbot.addWidget(org)
        org.resize(1600, 900)
        org.set_power_map(power_map)
        org.show()
        qtbot.waitExposed(org)
        assert org.departments_action.text() == departments
        org.departments_action.setChecked(True)
        org.view.set_zoom(0.8)
        org.view.centerOn(org.scene.card(4))  # type: ignore[arg-type]  # the operations side, with most lines
        org.scene.select_only([8])
        qapp.processEvents()
        path = SHOTS / f"org_chart_{language}.png"
        assert org.grab().save(str(path))
        check(path)
        org.uncovered_action.setChecked(True)
        org.view.fit()
        qapp.processEvents()
        path = SHOTS / f"org_chart_uncovered_{language}.png"
        assert org.grab().save(str(path))
        check(path)

        grid = PowerGridWidget()
        qtbot.addWidget(grid)
        grid.resize(1600, 900)
        grid.set_power_map(power_map)
        grid.show()
        qtbot.waitExposed(grid)
        qapp.processEvents()
        path = SHOTS / f"power_grid_{language}.png"
        assert grid.grab().save(str(path))
        check(path)
        assert quadrant_caption("high", "for") == grid_caption

        # The pictures a user exports, whole.
        check(export_scene(org.scene, SHOTS / f"org_chart_export_{language}.png", title=org.title()))
        check(export_scene(grid.scene, SHOTS / f"power_grid_export_{language}.png", title=grid.title()))
    finally:
        translations.apply("en")
        qapp.processEvents()


def test_switching_language_redraws_the_texts(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = OrgChartWidget()
    qtbot.addWidget(widget)
    widget.set_power_map(sample_power_map("en"))
    assert widget.scene.card_style.badges[BuyingRole.DECISION_MAKER] == "DM"
    translations = i18n.Translations(qapp)
    try:
        translations.apply("zh_CN")
        qapp.processEvents()
        assert widget.departments_action.text() == "部门"
        assert widget.view.fit_action.text() == "适合窗口"
        assert widget.scene.card_style.badges[BuyingRole.DECISION_MAKER] == "决"
        assert "决策者" in widget.legend.texts()
    finally:
        translations.apply("en")
        qapp.processEvents()
    assert widget.scene.card_style.badges[BuyingRole.DECISION_MAKER] == "DM"

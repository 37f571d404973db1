from __future__ import annotations

from collections.abc import Iterator

import pytest

from domain.powermap import PowerMap
from tests.ui.orgchart.sample import sample_power_map
from ui.orgchart.grid import PowerGridScene
from ui.orgchart.scene import OrgChartScene
from ui.orgchart.view import ChartView


@pytest.fixture
def power_map() -> PowerMap:
    return sample_power_map("en")


@pytest.fixture
def org(qtbot, power_map: PowerMap) -> Iterator[OrgChartScene]:  # type: ignore[no-untyped-def]
    scene = OrgChartScene()
    scene.set_power_map(power_map)
    view = ChartView(scene)
    view.resize(1000, 700)
    qtbot.addWidget(view)
    yield scene  # the view (and so the scene) lives until the test ends
    view.close()


@pytest.fixture
def grid(qtbot, power_map: PowerMap) -> Iterator[PowerGridScene]:  # type: ignore[no-untyped-def]
    scene = PowerGridScene()
    scene.set_power_map(power_map)
    view = ChartView(scene)
    view.resize(1000, 700)
    qtbot.addWidget(view)
    yield scene  # the view (and so the scene) lives until the test ends
    view.close()

"""The tier charts: drawn from plain data, exported atomically, following the language."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QImage

from ui.tier_charts import (
    MAX_CURVE_POINTS,
    ChartWidget,
    MovementHeatmap,
    ParetoChart,
    RfmGrid,
    TierDistributionChart,
    fm_score,
)

SHOTS = Path(__file__).resolve().parent.parent / "screenshots"
MAGIC = {".png": (b"\x89PNG",), ".svg": (b"<?xml", b"<svg"), ".pdf": (b"%PDF",)}

# The Chinese the integrator puts in the .ts files; enough here to check that
# the charts follow a language change and that CJK text renders.
ZH = {
    "ChartWidget": {"Export…": "导出…"},
    "TierDistributionChart": {
        "Applied": "当前已应用", "This classification": "本次分级", "Accounts per tier": "各级客户数量",
        "Tier": "客户分级", "Accounts": "客户数",
    },
    "ParetoChart": {
        "Pareto curve": "帕累托曲线", "Accounts, ranked by revenue": "客户（按收入从高到低排序）",
        "Cumulative share of revenue": "累计收入占比", "No revenue in the window": "统计期内没有收入",
    },
    "MovementHeatmap": {
        "New": "未分级", "Tier movement": "分级迁移矩阵", "To (new tier)": "迁移至（新分级）",
        "From (applied tier)": "迁移自（现有分级）", "Accounts": "客户数",
    },
    "RfmGrid": {
        "RFM grid": "RFM 分群网格", "Recency score (R)": "最近购买得分（R）",
        "Frequency & monetary score (FM)": "频次与金额得分（FM）", "Accounts": "客户数",
    },
}


class _Chinese(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        return ZH.get(context, {}).get(source)

    def isEmpty(self) -> bool:
        return False


def _distribution(chart: TierDistributionChart) -> None:
    chart.set_data({"A": 12, "B": 31, "C": 58, "D": 19}, before={"A": 10, "B": 35, "C": 50, "D": 25})


def _pareto(chart: ParetoChart) -> None:
    rng = np.random.default_rng(7)
    chart.set_data([*rng.lognormal(9, 1.6, 117).tolist(), 0.0, 0.0, -50.0], 0.8, 0.95)


MOVEMENT = {(None, "A"): 2, (None, "C"): 7, ("A", "A"): 9, ("A", "B"): 3, ("B", "A"): 1, ("B", "B"): 25,
            ("B", "C"): 5, ("C", "B"): 4, ("C", "C"): 44, ("C", "D"): 6, ("D", "C"): 3, ("D", "D"): 15}


def _movement(chart: MovementHeatmap) -> None:
    chart.set_data(MOVEMENT)


SEGMENTS = {(5, 5): "Champions", (4, 4): "Loyal", (1, 1): "Lost", (2, 2): "Hibernating", (5, 1): "New",
            (1, 5): "Cannot lose them", (3, 3): "Need attention"}


def _rfm(chart: RfmGrid) -> None:
    cells = {(r, fm): (r * 3 + fm * 2) % 11 for r in range(1, 6) for fm in range(1, 6)}
    chart.set_data(cells, SEGMENTS)


CHARTS: dict[str, tuple[type[ChartWidget], Callable[..., None]]] = {
    "distribution": (TierDistributionChart, _distribution),
    "pareto": (ParetoChart, _pareto),
    "movement": (MovementHeatmap, _movement),
    "rfm": (RfmGrid, _rfm),
}


@pytest.fixture
def make_chart(qtbot) -> Callable[[str], ChartWidget]:  # type: ignore[no-untyped-def]
    def make(name: str) -> ChartWidget:
        cls, fill = CHARTS[name]
        chart = cls()
        chart.errors = []  # type: ignore[attr-defined]
        chart.show_error = chart.errors.append  # type: ignore[attr-defined,method-assign]
        qtbot.addWidget(chart)
        fill(chart)
        return chart

    return make


@pytest.fixture
def chinese(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translator = _Chinese()
    assert qapp.installTranslator(translator)
    qapp.processEvents()
    yield
    qapp.removeTranslator(translator)
    qapp.processEvents()


def _texts(chart: ChartWidget) -> list[str]:
    return [text.get_text() for text in chart.figure.axes[0].texts]


# -- export ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", CHARTS)
@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf", ".PNG"])
def test_export_writes_the_format_of_the_suffix(make_chart, qtbot, tmp_path: Path, name: str, suffix: str) -> None:  # type: ignore[no-untyped-def]
    chart = make_chart(name)
    target = tmp_path / f"chart{suffix}"
    with qtbot.waitSignal(chart.exported) as signal:
        chart.export(target)
    assert signal.args == [target]
    data = target.read_bytes()
    assert len(data) > 2000
    assert data.lstrip().startswith(MAGIC[suffix.lower()])
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


@pytest.mark.parametrize("name", CHARTS)
def test_an_unsupported_suffix_raises_and_writes_nothing(make_chart, tmp_path: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    chart = make_chart(name)
    for target in (tmp_path / "chart.jpg", tmp_path / "chart"):
        with pytest.raises(ValueError, match=r"\.png, \.svg or \.pdf"):
            chart.export(target)
    assert list(tmp_path.iterdir()) == []


def test_export_into_a_missing_folder_fails_and_leaves_nothing(make_chart, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    chart = make_chart("distribution")
    with pytest.raises(FileNotFoundError):
        chart.export(tmp_path / "missing" / "chart.png")
    assert list(tmp_path.iterdir()) == []


def test_a_failed_export_keeps_the_old_file_and_removes_the_temp_file(make_chart, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    chart = make_chart("pareto")
    target = tmp_path / "chart.pdf"
    target.write_bytes(b"%PDF-old")
    written: list[str] = []

    def fail_halfway(handle, **kwargs) -> None:  # type: ignore[no-untyped-def]
        handle.write(b"%PDF-partial")
        written.append(handle.name)
        raise OSError(28, "No space left on device")

    chart.figure.savefig = fail_halfway  # type: ignore[method-assign]
    with pytest.raises(OSError, match="No space left"):
        chart.export(target)
    assert written  # the failure really came while writing the temporary file
    assert target.read_bytes() == b"%PDF-old"
    assert [p.name for p in tmp_path.iterdir()] == ["chart.pdf"]


def test_the_export_action_asks_for_a_path_writes_it_and_says_so(make_chart, qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    chart = make_chart("movement")
    asked: list[str] = []
    target = tmp_path / "movement.svg"

    def ask(cls, parent, suggested_name: str) -> Path:  # type: ignore[no-untyped-def]
        asked.append(suggested_name)
        return target

    monkeypatch.setattr(ChartWidget, "ask_export_path", classmethod(ask))
    assert chart.export_button.defaultAction() is chart.export_action
    assert chart.export_action in chart.context_menu().actions()
    assert chart.export_action.text() == "Export…"
    with qtbot.waitSignal(chart.exported) as signal:
        chart.export_action.trigger()
    assert signal.args == [target]
    assert asked == ["tier_movement.png"]
    assert target.read_bytes().lstrip().startswith((b"<?xml", b"<svg"))
    assert chart.errors == []


def test_the_export_action_reports_failures_and_does_nothing_on_cancel(make_chart, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    chart = make_chart("rfm")
    exported: list[Path] = []
    chart.exported.connect(exported.append)
    answers: list[Path | None] = [None, tmp_path / "chart.gif", tmp_path / "missing" / "chart.png"]
    monkeypatch.setattr(ChartWidget, "ask_export_path", classmethod(lambda cls, parent, name: answers.pop(0)))
    chart.export_action.trigger()
    assert chart.errors == []
    chart.export_action.trigger()
    assert chart.errors == ["Choose a file name ending in .png, .svg or .pdf."]
    chart.export_action.trigger()
    assert len(chart.errors) == 2
    assert chart.errors[1].startswith(f"The chart could not be saved to {tmp_path / 'missing' / 'chart.png'}: ")
    assert exported == []
    assert list(tmp_path.iterdir()) == []


# -- what the charts show ----------------------------------------------------------------------


def test_the_distribution_labels_bars_with_counts_and_shows_the_applied_ones(make_chart) -> None:  # type: ignore[no-untyped-def]
    chart = make_chart("distribution")
    ax = chart.figure.axes[0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["A", "B", "C", "D"]
    assert {"12", "31", "58", "19", "10", "35", "50", "25"} <= set(_texts(chart))
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Applied", "This classification"]
    chart.set_data({"A": 4})
    assert chart.figure.axes[0].get_legend() is None
    assert sorted(_texts(chart)) == ["0", "0", "0", "4"]


def test_the_pareto_bands_follow_the_models_rule(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = ParetoChart()
    qtbot.addWidget(chart)
    # Revenue above each account: 0, 50, 80, 90, 95 (of 100). A while < 80%, B while < 95%.
    chart.set_data([5, 30, 0, 50, 5, 10], 0.8, 0.95)
    texts = _texts(chart)
    assert {"A\n33%", "B\n33%", "C\n17%", "D\n17%"} <= set(texts)
    assert "A | B  80%" in texts
    assert "B | C  95%" in texts
    curve = chart.figure.axes[0].get_lines()[0]
    assert np.asarray(curve.get_xdata())[0] == 0
    assert np.asarray(curve.get_ydata())[-1] == pytest.approx(100)


def test_a_pareto_of_100000_accounts_draws_a_thinned_curve(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    chart = ParetoChart()
    qtbot.addWidget(chart)
    chart.set_data(np.random.default_rng(3).pareto(1.2, 100_000).tolist(), 0.8, 0.95)
    curve = chart.figure.axes[0].get_lines()[0]
    x, y = np.asarray(curve.get_xdata()), np.asarray(curve.get_ydata())
    assert len(x) <= MAX_CURVE_POINTS + 1
    assert x[-1] == pytest.approx(100)
    assert y[-1] == pytest.approx(100)
    assert np.all(np.diff(y) >= 0)
    chart.export(tmp_path / "big.png")
    assert (tmp_path / "big.png").stat().st_size > 2000


@pytest.mark.parametrize("revenues", [[0.0] * 50, [], [-10.0, 0.0]])
def test_a_pareto_without_revenue_says_so(qtbot, tmp_path: Path, revenues: list[float]) -> None:  # type: ignore[no-untyped-def]
    chart = ParetoChart()
    qtbot.addWidget(chart)
    chart.set_data(revenues, 0.8, 0.95)
    assert _texts(chart) == ["No revenue in the window"]
    assert chart.figure.axes[0].get_lines() == []
    chart.export(tmp_path / "empty.png")


def test_pareto_cut_offs_must_be_ordered_fractions(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = ParetoChart()
    qtbot.addWidget(chart)
    for a_cut, b_cut in ((0.95, 0.8), (0.0, 0.5), (0.8, 1.5)):
        with pytest.raises(ValueError, match="a_cut"):
            chart.set_data([1.0], a_cut, b_cut)


def test_the_movement_heat_map_writes_every_count_in_its_cell(make_chart) -> None:  # type: ignore[no-untyped-def]
    chart = make_chart("movement")
    ax = chart.figure.axes[0]
    cells = {(round(t.get_position()[1]), round(t.get_position()[0])): t.get_text() for t in ax.texts}
    assert len(cells) == 5 * 4
    rows = (None, "A", "B", "C", "D")
    for (source, target), count in MOVEMENT.items():
        assert cells[rows.index(source), "ABCD".index(target)] == str(count)
    assert cells[rows.index("A"), "ABCD".index("D")] == "0"
    assert [t.get_text() for t in ax.get_yticklabels()] == ["New", "A", "B", "C", "D"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["A", "B", "C", "D"]


def test_the_rfm_grid_writes_counts_and_segment_names(make_chart) -> None:  # type: ignore[no-untyped-def]
    chart = make_chart("rfm")
    texts = _texts(chart)
    assert {str((r * 3 + fm * 2) % 11) for r in range(1, 6) for fm in range(1, 6)} <= set(texts)
    assert {"Champions", "Lost", "Cannot lose\nthem"} <= set(texts)  # long names wrap inside the cell
    champions = next(t for t in chart.figure.axes[0].texts if t.get_text() == "Champions")
    assert round(champions.get_position()[0]) == 4  # R = 5 is the right-most column
    chart.set_data({(1, 1): 3})
    assert sorted(_texts(chart)).count("0") == 24
    assert "3" in _texts(chart)


def test_data_outside_the_charts_range_is_refused(qtbot) -> None:  # type: ignore[no-untyped-def]
    distribution, movement, rfm = TierDistributionChart(), MovementHeatmap(), RfmGrid()
    for chart in (distribution, movement, rfm):
        qtbot.addWidget(chart)
    with pytest.raises(ValueError, match="'E' is not a tier"):
        distribution.set_data({"E": 1})
    with pytest.raises(ValueError, match="whole number"):
        distribution.set_data({"A": -1})
    with pytest.raises(ValueError, match="pair of tiers"):
        movement.set_data({("A", None): 1})  # type: ignore[dict-item]
    with pytest.raises(ValueError, match="scores 1-5"):
        rfm.set_data({(6, 1): 1})
    with pytest.raises(ValueError, match="scores 1-5"):
        rfm.set_data({}, {(0, 3): "Lost"})


def test_fm_score_is_the_mean_rounded_half_up() -> None:
    assert [fm_score(f, m) for f, m in ((1, 1), (1, 2), (3, 4), (4, 5), (5, 5), (2, 5))] == [1, 2, 4, 5, 5, 4]


# -- language and screenshots ------------------------------------------------------------------


def test_charts_redraw_in_the_new_language(make_chart, qapp) -> None:  # type: ignore[no-untyped-def]
    charts = {name: make_chart(name) for name in CHARTS}
    translator = _Chinese()
    qapp.installTranslator(translator)
    try:
        qapp.processEvents()
        titles = {name: chart.figure.axes[0].get_title() for name, chart in charts.items()}
        assert titles == {"distribution": "各级客户数量", "pareto": "帕累托曲线", "movement": "分级迁移矩阵",
                          "rfm": "RFM 分群网格"}
        assert charts["movement"].figure.axes[0].get_yticklabels()[0].get_text() == "未分级"
        assert charts["distribution"].export_action.text() == "导出…"
        # Drawn with a CJK font: a missing glyph would be a warning, and warnings fail the suite.
        charts["movement"].figure.canvas.draw()
    finally:
        qapp.removeTranslator(translator)
        qapp.processEvents()
    assert charts["pareto"].figure.axes[0].get_title() == "Pareto curve"
    assert charts["distribution"].export_action.text() == "Export…"


# One chart (the one with the most text) stands for all: embedding a CJK font is slow.
@pytest.mark.parametrize("suffix", [".svg", ".pdf"])
def test_chinese_labels_export_to_vector_files(make_chart, chinese, tmp_path: Path, suffix: str) -> None:  # type: ignore[no-untyped-def]
    chart = make_chart("rfm")
    chart.export(tmp_path / f"chart{suffix}")
    assert (tmp_path / f"chart{suffix}").read_bytes().lstrip().startswith(MAGIC[suffix])


def _screenshot(chart: ChartWidget, qtbot, path: Path) -> None:  # type: ignore[no-untyped-def]
    chart.resize(760, 520)
    chart.show()
    qtbot.waitExposed(chart)
    SHOTS.mkdir(exist_ok=True)
    assert chart.grab().save(str(path))
    image = QImage(str(path))
    assert image.width() >= 700
    assert image.height() >= 480
    colours = {image.pixel(x, y) for x in range(0, image.width(), 11) for y in range(0, image.height(), 11)}
    assert len(colours) > 10


@pytest.mark.parametrize("name", CHARTS)
def test_chart_screenshots(make_chart, qtbot, name: str) -> None:  # type: ignore[no-untyped-def]
    _screenshot(make_chart(name), qtbot, SHOTS / f"tier_chart_{name}.png")


def test_chart_screenshots_in_chinese(make_chart, chinese, qtbot) -> None:  # type: ignore[no-untyped-def]
    for name in CHARTS:
        chart = make_chart(name)
        assert all(ord(c) > 0x2E80 for c in chart.figure.axes[0].get_title().replace("RFM ", ""))
        _screenshot(chart, qtbot, SHOTS / f"tier_chart_{name}_zh_CN.png")

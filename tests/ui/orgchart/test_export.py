"""Pictures: PNG, SVG and PDF files written atomically, printing, and drawing without a window."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter

import ui.orgchart.export as export
from tests.ui.orgchart.sample import sample_power_map
from ui.orgchart.export import MAX_PNG_PIXELS, MAX_PNG_SIDE, export_scene, png_size, render_power_map
from ui.orgchart.grid import PowerGridScene
from ui.orgchart.scene import OrgChartScene
from ui.orgchart.widget import OrgChartWidget, PowerGridWidget

ROOT = Path(__file__).resolve().parents[3]
HEADERS = {".png": b"\x89PNG\r\n\x1a\n", ".pdf": b"%PDF-"}


def assert_picture(path: Path) -> None:
    data = path.read_bytes()
    if path.suffix.lower() == ".svg":
        assert data.lstrip().startswith(b"<?xml")
        assert b"<svg" in data[:2000]
    else:
        assert data.startswith(HEADERS[path.suffix.lower()])
    assert len(data) > 1000
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf", ".PNG"])
def test_export_writes_each_format(qtbot, tmp_path: Path, org: OrgChartScene, suffix: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / f"chart{suffix}"
    org.select_only([3])
    assert export_scene(org, path, title="Northwind Steel") == path
    assert_picture(path)
    assert org.selected_ids() == [3]  # the selection is left out of the picture, and kept


def test_png_is_drawn_at_twice_the_size_and_shows_the_chart(tmp_path: Path, org: OrgChartScene) -> None:
    path = export_scene(org, tmp_path / "chart.png")
    image = QImage(str(path))
    assert image.width() == int(org.sceneRect().width() * 2)
    colours = {image.pixel(x, y) for x in range(0, image.width(), 23) for y in range(0, image.height(), 23)}
    assert len(colours) > 10


def test_large_charts_give_capped_pngs() -> None:
    width, height, scale = png_size(QRectF(0, 0, 900_000, 6_000))
    assert width <= MAX_PNG_SIDE
    assert width * height <= MAX_PNG_PIXELS
    assert scale < 0.02
    width, height, _ = png_size(QRectF(0, 0, 40_000, 30_000))
    assert width * height <= MAX_PNG_PIXELS


def test_the_grid_exports_too(tmp_path: Path, grid: PowerGridScene) -> None:
    for suffix in (".png", ".svg", ".pdf"):
        assert_picture(export_scene(grid, tmp_path / f"grid{suffix}"))


def test_unknown_suffix_writes_nothing(tmp_path: Path, org: OrgChartScene) -> None:
    with pytest.raises(ValueError, match=r"\.png, \.svg or \.pdf"):
        export_scene(org, tmp_path / "chart.gif")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_a_failed_export_leaves_the_old_file(monkeypatch, tmp_path: Path, org: OrgChartScene, suffix: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / f"chart{suffix}"
    path.write_bytes(b"the old picture")

    def broken_paint(scene, painter, target, title):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export, "_paint", broken_paint)
    with pytest.raises(OSError, match="No space left"):
        export_scene(org, path)
    assert path.read_bytes() == b"the old picture"
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_an_unwritable_folder_raises_oserror(tmp_path: Path, org: OrgChartScene) -> None:
    with pytest.raises(OSError, match="no such folder"):
        export_scene(org, tmp_path / "no such folder" / "chart.png")


def test_widget_export_and_print_use_replaceable_dialogs(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    widget = OrgChartWidget()
    qtbot.addWidget(widget)
    widget.set_power_map(sample_power_map("en"))
    target = tmp_path / "org.svg"
    monkeypatch.setattr(OrgChartWidget, "ask_export_path", classmethod(lambda cls, parent, name: target))
    with qtbot.waitSignal(widget.exported) as blocker:
        widget.export_action.trigger()
    assert blocker.args == [target]
    assert_picture(target)
    assert b"Northwind Steel" in target.read_bytes()  # the title names the account

    errors: list[str] = []
    monkeypatch.setattr(widget, "show_error", errors.append)
    monkeypatch.setattr(OrgChartWidget, "ask_export_path",
                        classmethod(lambda cls, parent, name: tmp_path / "missing" / "org.png"))
    widget.export_action.trigger()
    assert len(errors) == 1
    assert "missing" in errors[0]

    printed = tmp_path / "printed.pdf"

    def printer(cls, parent):  # type: ignore[no-untyped-def]
        device = QPrinter(QPrinter.PrinterMode.HighResolution)
        device.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        device.setOutputFileName(str(printed))
        return device

    monkeypatch.setattr(OrgChartWidget, "ask_printer", classmethod(printer))
    widget.print_action.trigger()
    assert printed.read_bytes().startswith(b"%PDF-")
    monkeypatch.setattr(OrgChartWidget, "ask_printer", classmethod(lambda cls, parent: None))
    widget.print_action.trigger()  # cancelled: nothing happens
    assert len(errors) == 1


def test_render_power_map_in_process(tmp_path: Path) -> None:
    for view in ("org", "grid"):
        for suffix in (".png", ".svg", ".pdf"):
            assert_picture(render_power_map(sample_power_map("zh_CN"), view, tmp_path / f"{view}{suffix}"))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="view"):
        render_power_map(sample_power_map(), "tree", tmp_path / "x.png")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="language"):
        render_power_map(sample_power_map(), "org", tmp_path / "x.png", language="fr")


def test_render_power_map_headless_in_a_fresh_process(tmp_path: Path) -> None:
    """No QApplication yet, no display: what ``main.py chart`` does."""
    script = textwrap.dedent(f"""
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication
        from tests.ui.orgchart.sample import sample_power_map
        from ui.orgchart.export import render_power_map
        assert QCoreApplication.instance() is None
        render_power_map(sample_power_map("zh_CN"), "org", Path({str(tmp_path / "org.png")!r}), language="zh_CN")
        render_power_map(sample_power_map("en"), "grid", Path({str(tmp_path / "grid.pdf")!r}), language="en")
        print("done")
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("DISPLAY", None)
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "done"
    assert_picture(tmp_path / "org.png")
    assert_picture(tmp_path / "grid.pdf")


def test_grid_widget_exports(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    widget = PowerGridWidget()
    qtbot.addWidget(widget)
    widget.set_power_map(sample_power_map("en"))
    assert "Power grid" in widget.title()
    assert_picture(widget.export(tmp_path / "grid.png"))

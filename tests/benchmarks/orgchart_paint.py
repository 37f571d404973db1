"""Org chart speed (issue 9): layout and first paint of a 20,000-person org.

Target: building the org chart scene of a 20,000-person power map (layout,
cards, lines) and painting it once, fitted into a view-sized image, takes at
most 2x as long as building a bare ``QGraphicsScene`` with the same number of
``QGraphicsRectItem`` cards and ``QGraphicsLineItem`` reporting lines (at the
same, precomputed, positions) and painting it the same way. And the layout
alone stays linear: about the same time per person for 2,000, 20,000 and
200,000 people.

Both sides render with ``QGraphicsScene.render`` into a 1280x800 ARGB image
with antialiasing, the scene rectangle fitted with its aspect ratio kept (what
"fit to window" shows). Runs are interleaved and the medians are compared; the
power map itself (contacts, links) is built beforehand, untimed, as a service
would hand it over.

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/orgchart_paint.py [--quick] [--report]

``--report`` prints the machine-readable report line ``run.py`` reads
(``run.py --only orgchart`` runs this file as a child process).
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from child_common import exit_with_report  # noqa: E402
from orgchart_layout import random_org  # noqa: E402
from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen  # noqa: E402
from PySide6.QtWidgets import QApplication, QGraphicsLineItem, QGraphicsRectItem, QGraphicsScene  # noqa: E402

from domain.model import Attitude, BuyingRole, Contact, ContactLink, LinkKind  # noqa: E402
from domain.orgchart import tidy_layout  # noqa: E402
from domain.powermap import PowerMap  # noqa: E402
from ui.orgchart.scene import OrgChartScene  # noqa: E402

RATIO_TARGET = 2.0
IMAGE_SIZE = (1280, 800)
LAYOUT_SIZES = (2_000, 20_000, 200_000)
DEPARTMENTS = ("Finance", "IT", "Procurement", "Operations", "Sales", "R&D", "Legal", "HR")
TITLES = ("Director", "Manager", "Engineer", "Analyst", "Buyer", "Specialist", "Head of unit")


def sample_power_map(size: int, seed: int = 20) -> PowerMap:
    """A realistic random power map of ``size`` people: reporting lines as in orgchart_layout.py,
    about 2 % dotted-line managers, 1 % influence and 0.5 % conflict links, badges on most cards."""
    rnd = random.Random(seed)
    parent_of = random_org(size, seed)
    contacts = []
    roles = list(BuyingRole)
    for contact_id, boss in parent_of.items():
        contacts.append(
            Contact(
                account_id=1,
                name=f"Person {contact_id}",
                title=rnd.choice(TITLES),
                department=rnd.choice(DEPARTMENTS),
                reports_to_id=boss,
                id=contact_id,
                secondary_manager_id=rnd.randint(1, size) if rnd.random() < 0.02 else None,
                buying_role=rnd.choice(roles) if rnd.random() < 0.6 else None,
                influence=rnd.randint(1, 5) if rnd.random() < 0.8 else None,
                attitude=Attitude(rnd.randint(-2, 2)) if rnd.random() < 0.8 else None,
                owner_id=rnd.randint(1, 12) if rnd.random() < 0.4 else None,
            )
        )
    links = [
        ContactLink(rnd.randint(1, size), rnd.randint(1, size),
                    LinkKind.CONFLICT if k % 3 == 0 else LinkKind.INFLUENCE, rnd.randint(1, 3))
        for k in range(size * 15 // 1000)
    ]
    return PowerMap(account_id=1, whole_group=False, contacts=contacts, links=links,
                    owner_names={k: f"Seller {k}" for k in range(1, 13)})


def _render(scene: QGraphicsScene) -> QImage:
    image = QImage(*IMAGE_SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(image.rect()), scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    return image


def real_chart(power_map: PowerMap) -> tuple[float, dict[str, float], QGraphicsScene]:
    """Build the org chart scene and paint it once; the total and a breakdown, in seconds."""
    started = time.perf_counter()
    scene = OrgChartScene()
    scene.set_power_map(power_map)
    built = time.perf_counter()
    _render(scene)
    done = time.perf_counter()
    return done - started, {"build": built - started, "paint": done - built}, scene


def bare_chart(geometry: tuple[list[tuple[float, float]], list[tuple[float, float, float, float]]],
               scene_rect: QRectF) -> tuple[float, dict[str, float], QGraphicsScene]:
    """A bare scene with as many rectangles and lines at the same places, painted the same way."""
    cards, lines = geometry
    w, h = OrgChartScene.OPTIONS.card_width, OrgChartScene.OPTIONS.card_height
    started = time.perf_counter()
    scene = QGraphicsScene()
    brush = QBrush(QColor("#e3f2fd"))
    pen = QPen(QColor("#78909c"), 1.0)
    for x, y in cards:
        item = QGraphicsRectItem(x, y, w, h)
        item.setBrush(brush)
        scene.addItem(item)
    for x0, y0, x1, y1 in lines:
        line = QGraphicsLineItem(x0, y0, x1, y1)
        line.setPen(pen)
        scene.addItem(line)
    scene.setSceneRect(scene_rect)
    built = time.perf_counter()
    _render(scene)
    done = time.perf_counter()
    return done - started, {"build": built - started, "paint": done - built}, scene


def bare_geometry(power_map: PowerMap) -> tuple[list[tuple[float, float]], list[tuple[float, float, float, float]]]:
    """Card corners and one line per reporting line, from the same layout (computed untimed)."""
    options = OrgChartScene.OPTIONS
    placements = tidy_layout({c.id: c.reports_to_id for c in power_map.contacts if c.id is not None}, options)
    w, h = options.card_width, options.card_height
    cards = [(p.x, p.y) for p in placements.values()]
    lines = []
    for contact in power_map.contacts:
        boss = placements.get(contact.reports_to_id) if contact.reports_to_id is not None else None
        me = placements[contact.id]  # type: ignore[index]
        if boss is not None and me.depth > 0:
            lines.append((boss.x + w / 2, boss.y + h, me.x + w / 2, me.y))
    return cards, lines


def _dispose(scene: QGraphicsScene) -> None:
    scene.clear()
    scene.deleteLater()
    QApplication.processEvents()
    gc.collect()


def measure(size: int, runs: int) -> dict[str, Any]:
    power_map = sample_power_map(size)
    geometry = bare_geometry(power_map)
    real_times: list[float] = []
    bare_times: list[float] = []
    real_parts: list[dict[str, float]] = []
    bare_parts: list[dict[str, float]] = []
    for run in range(runs + 1):  # the first pair warms up (fonts, glyph caches) and is not counted
        seconds, parts, scene = real_chart(power_map)
        rect = scene.sceneRect()
        _dispose(scene)
        bare_seconds, bare_part, bare_scene = bare_chart(geometry, rect)
        _dispose(bare_scene)
        if run:
            real_times.append(seconds)
            real_parts.append(parts)
            bare_times.append(bare_seconds)
            bare_parts.append(bare_part)
    real = statistics.median(real_times)
    bare = statistics.median(bare_times)
    return {
        "people": size,
        "cards": len(geometry[0]),
        "reporting_lines": len(geometry[1]),
        "runs": runs,
        "real_median_s": real,
        "bare_median_s": bare,
        "ratio": real / bare,
        "met": real / bare <= RATIO_TARGET,
        "real_parts_median_s": {k: statistics.median(p[k] for p in real_parts) for k in real_parts[0]},
        "bare_parts_median_s": {k: statistics.median(p[k] for p in bare_parts) for k in bare_parts[0]},
        "real_s": real_times,
        "bare_s": bare_times,
    }


def measure_layout(sizes: tuple[int, ...], runs: Callable[[int], int]) -> list[dict[str, Any]]:
    rows = []
    for size in sizes:
        parent_of = random_org(size, seed=size)
        times = []
        for _ in range(runs(size)):
            started = time.perf_counter()
            tidy_layout(parent_of, OrgChartScene.OPTIONS)
            times.append(time.perf_counter() - started)
        median = statistics.median(times)
        rows.append({"people": size, "runs": len(times), "median_s": median, "us_per_person": median * 1e6 / size})
    return rows


def run(quick: bool) -> dict[str, Any]:
    app = QApplication.instance() or QApplication([])
    assert app is not None
    size = 2_000 if quick else 20_000
    paint = measure(size, 3 if quick else 7)
    layout_sizes = LAYOUT_SIZES[:2] if quick else LAYOUT_SIZES
    layout = measure_layout(layout_sizes, lambda n: 3 if n >= 200_000 else 5)
    per_person = [row["us_per_person"] for row in layout]
    return {"paint": paint, "layout": layout, "layout_growth": max(per_person) / min(per_person), "quick": quick}


def print_report(result: dict[str, Any]) -> None:
    p = result["paint"]
    print(f"Org chart of {p['people']:,} people ({p['cards']:,} cards, {p['reporting_lines']:,} reporting lines), "
          f"{IMAGE_SIZE[0]}x{IMAGE_SIZE[1]} fit to window, medians of {p['runs']} runs:")
    parts = p["real_parts_median_s"]
    bare_parts = p["bare_parts_median_s"]
    print(f"  org chart (layout + cards + lines, paint): {p['real_median_s'] * 1e3:8.1f} ms "
          f"(build {parts['build'] * 1e3:.1f}, paint {parts['paint'] * 1e3:.1f})")
    print(f"  bare rects + lines:                        {p['bare_median_s'] * 1e3:8.1f} ms "
          f"(build {bare_parts['build'] * 1e3:.1f}, paint {bare_parts['paint'] * 1e3:.1f})")
    verdict = "MET" if p["met"] else "MISSED"
    print(f"  ratio {p['ratio']:.2f}x (target <= {RATIO_TARGET:.0f}x) -> {verdict}")
    print("Layout alone (tidy_layout):")
    for row in result["layout"]:
        print(f"  {row['people']:>8,} people: {row['median_s'] * 1e3:8.1f} ms  {row['us_per_person']:.2f} µs/person")
    print(f"  largest / smallest time per person: {result['layout_growth']:.2f}x")


def bench_orgchart(quick: bool, work: Path, h: Any) -> dict[str, Any]:
    """Section 6 of ``run.py``: this file in a child process (``h`` is run.py's helper module)."""
    h.section(f"6. Org chart: layout and first paint of {'2,000' if quick else '20,000'} people vs. a bare scene")
    args = ["--report"] + (["--quick"] if quick else [])
    result: dict[str, Any] = h.run_child("orgchart_paint.py", args, work).report
    p = result["paint"]
    h.line("org chart: build + first paint", h.spread(p["real_s"]))
    h.line("bare rects + lines: build + first paint", h.spread(p["bare_s"]))
    h.line("ratio org chart / bare (medians)",
           f"{p['ratio']:.2f}x   target <= {RATIO_TARGET:.0f}x   -> {h.verdict(p['met'], quick)}")
    for row in result["layout"]:
        h.line(f"layout of {row['people']:,} people", f"{h.ms(row['median_s'])}  {row['us_per_person']:.2f} µs/person")
    return result


def summary(result: dict[str, Any], quick: bool, h: Any) -> None:
    """The section's lines in the suite's summary."""
    p = result["paint"]
    h.line(f"org chart, {p['people']:,} people, vs bare scene",
           f"{h.ms(p['real_median_s'])} vs {h.ms(p['bare_median_s'])} = {p['ratio']:.2f}x "
           f"(target <= {RATIO_TARGET:.0f}x) {h.verdict(p['met'], quick)}")
    per_person = ", ".join(f"{row['people']:,}: {row['us_per_person']:.1f}" for row in result["layout"])
    h.line("org chart layout, µs per person", per_person)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2,000 people, fewer runs (a smoke check)")
    parser.add_argument("--report", action="store_true", help="end with the report line for run.py")
    args = parser.parse_args()
    result = run(args.quick)
    if args.report:
        exit_with_report(result)
    print_report(result)


if __name__ == "__main__":
    main()

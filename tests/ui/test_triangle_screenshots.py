"""Screenshots of the team, iron-triangle and coverage windows, for people to look at.

Saved to tests/screenshots/ (not committed), in Chinese and in English, over the
classified demo portfolio with a few gaps made: the team table, an A account's
iron triangle with a missing seat, and the coverage window's gaps, workload
chart, split and rules. The test checks that the pictures are not empty and that
the language really changed the windows.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from domain.model import TriangleRole
from domain.triangle import services as triangle
from storage.store import SqlStore
from tests.ui.test_powermap_screenshots import check
from tests.ui.triangle_support import classify, make_gaps
from ui import i18n
from ui.team_window import MemberDialog
from ui.triangle_base import TriangleWindowBase

SHOTS = Path(__file__).resolve().parent.parent / "screenshots"


@pytest.mark.parametrize(("language", "menu"), [("zh_CN", "团队(&M)"), ("en", "Tea&m")])
def test_triangle_window_screenshots(  # type: ignore[no-untyped-def]
    make_window, demo_store: SqlStore, qapp, qtbot, monkeypatch, language: str, menu: str
) -> None:
    translations = i18n.Translations(qapp)
    translations.apply(language)
    try:
        classify(demo_store)
        make_gaps(demo_store)
        window = make_window(demo_store, language)
        assert window.triangle_menus.menu.title() == menu
        SHOTS.mkdir(exist_ok=True)

        def shot(widget, name: str, **size: int) -> None:  # type: ignore[no-untyped-def]
            qtbot.waitExposed(widget)
            qapp.processEvents()
            path = SHOTS / f"triangle_{name}_{language}.png"
            assert widget.grab().save(str(path))
            check(path, **size)

        team = window.triangle_menus.open_team()
        team.resize(1000, 480)
        team.select_member(team.model.members()[1].id)
        shot(team, "team")

        def show(dialog: MemberDialog) -> bool:
            dialog.role_boxes[TriangleRole.FR].setChecked(True)
            dialog.name.clear()
            dialog.accept()  # refused: a member needs a name
            assert dialog.error_text()
            dialog.resize(dialog.sizeHint())
            dialog.show()
            shot(dialog, "member_dialog", width=400, height=300)
            dialog.reject()
            return False

        monkeypatch.setattr(TriangleWindowBase, "run_dialog", classmethod(lambda cls, dialog: show(dialog)))
        assert not team.edit_member(team.model.members()[1].id)  # type: ignore[arg-type]

        gaps = triangle.portfolio_gaps(demo_store.unit_of_work())
        gap = next(g for g in gaps.triangle if g.tier == "A")
        window.select_account(gap.account_id)
        seats = window.triangle_menus.open_triangle()
        seats.resize(1180, 660)
        assert TriangleRole.SR in seats.iron_triangle.missing  # type: ignore[union-attr]
        seats.team_list.setFocus()
        seats.team_list.setCurrentIndex(seats.team_model.index(2))
        shot(seats, "iron_triangle")

        portfolio = window.triangle_menus.open_portfolio()
        portfolio.resize(1320, 760)
        for tab, name in ((portfolio.GAPS, "gaps"), (portfolio.WORKLOAD, "workload"),
                          (portfolio.SPLIT, "split"), (portfolio.RULES, "rules")):
            portfolio.tabs.setCurrentIndex(tab)
            shot(portfolio, f"portfolio_{name}")
    finally:
        translations.apply("en")
        qapp.processEvents()

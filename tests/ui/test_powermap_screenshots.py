"""Screenshots of the power-map window on a realistic 22-person account, for people to look at.

Saved to tests/screenshots/ (not committed), in Chinese (Chinese names and titles) and in
English: the org chart, the power grid, the coverage tab, a snapshot comparison and the
contact dialog. The test checks that the pictures are not empty and that the language really
changed the window.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from domain import services
from domain.model import Attitude, Contact, ContactLink, RelationshipLayer, RelationshipStrength, TeamMember
from domain.powermap import services as powermap
from storage.store import SqlStore
from tests.ui.orgchart.sample import ACCOUNTS, LINKS, OWNERS, SECONDARY, SISTER_ACCOUNT_ID, sample_contacts
from ui import i18n
from ui.contact_dialog import ContactDialog
from ui.powermap_window import PowerMapWindow

SHOTS = Path(__file__).resolve().parent.parent / "screenshots"


def steel_maker(store: SqlStore, language: str) -> tuple[int, dict[int, int]]:
    """Store the sample steel maker (and its logistics subsidiary) with an older snapshot;
    returns the account id and the stored id of each sample person."""
    key = "zh" if language.startswith("zh") else "en"
    uow = store.unit_of_work
    steel = services.create_account(uow(), ACCOUNTS[key][7], None)
    sister = services.create_account(uow(), ACCOUNTS[key][SISTER_ACCOUNT_ID], steel.id)
    assert steel.id is not None
    assert sister.id is not None
    team: dict[int, int] = {}
    u = uow()
    with u:
        for number, name in OWNERS[key].items():
            team[number] = u.team.add(TeamMember(name=name))
        u.commit()
    today = date.today()
    ids: dict[int, int] = {}
    for k, contact in enumerate(sample_contacts(language)):
        sample_id = contact.id
        assert sample_id is not None
        stored = dataclasses.replace(
            contact, id=None, account_id=steel.id, secondary_manager_id=None,
            reports_to_id=ids.get(contact.reports_to_id) if contact.reports_to_id is not None else None,
            owner_id=team.get(contact.owner_id) if contact.owner_id is not None else None,
            strength=RelationshipStrength((k % 4) + 1) if contact.owner_id is not None else None,
            layer=RelationshipLayer.KEY_PERSON if (contact.influence or 0) >= 4 else RelationshipLayer.BROAD,
            last_contact_on=today - timedelta(days=12 + 17 * k) if contact.owner_id is not None else None,
        )
        ids[sample_id] = powermap.add_contact(uow(), stored).id  # type: ignore[assignment]
    for sample_id, manager in SECONDARY.items():
        powermap.update_contact(uow(), ids[sample_id], {"secondary_manager_id": ids[manager]})
    for source, target, kind, strength in LINKS:
        powermap.add_link(uow(), ContactLink(ids[source], ids[target], kind, strength))
    zh = key == "zh"
    general = powermap.add_contact(uow(), Contact(
        sister.id, "孙立" if zh else "Sun Li", title="总经理" if zh else "General Manager",
        influence=4, attitude=Attitude.NEUTRAL, owner_id=team[1]))
    powermap.add_contact(uow(), Contact(
        sister.id, "何静" if zh else "Jing He", title="采购经理" if zh else "Purchasing Manager",
        reports_to_id=general.id, influence=2, attitude=Attitude.SUPPORTER))
    # Three months ago the CFO was neutral, procurement had no owner, and Nina was not yet there.
    powermap.update_contact(uow(), ids[2], {"attitude": Attitude.NEUTRAL})
    powermap.update_contact(uow(), ids[5], {"attitude": Attitude.SCEPTIC, "owner_id": team[3]})
    departed = powermap.add_contact(uow(), Contact(
        steel.id, "钱伟" if zh else "Wei Qian", title="IT 经理" if zh else "IT Manager", reports_to_id=ids[3],
        influence=3, attitude=Attitude.SUPPORTER, owner_id=team[2]))
    nina = powermap.delete_contact(uow(), ids[18])
    powermap.take_snapshot(uow(), steel.id, today - timedelta(days=91), "季度回顾" if zh else "Quarterly review")
    powermap.restore_contact(uow(), nina)
    powermap.delete_contact(uow(), departed.id)  # type: ignore[arg-type]
    powermap.update_contact(uow(), ids[2], {"attitude": Attitude.SCEPTIC})
    powermap.update_contact(uow(), ids[5], {"attitude": Attitude.OPPONENT, "owner_id": None})
    return steel.id, ids


def check(path: Path, *, width: int = 700, height: int = 400) -> None:
    image = QImage(str(path))
    assert image.width() >= width
    assert image.height() >= height
    colours = {image.pixel(x, y) for x in range(0, image.width(), 17) for y in range(0, image.height(), 17)}
    assert len(colours) > 10


@pytest.mark.parametrize(("language", "org_tab"), [("zh_CN", "组织架构图"), ("en", "Org Chart")])
def test_power_map_window_screenshots(make_window, store, qapp, qtbot, monkeypatch, language: str, org_tab: str) -> None:  # type: ignore[no-untyped-def]
    translations = i18n.Translations(qapp)
    translations.apply(language)
    try:
        account_id, ids = steel_maker(store, language)
        window = make_window(store, language)
        chart = window.open_power_map(account_id)
        qtbot.waitUntil(lambda: chart.power_map is not None and chart._task is None, timeout=10000)
        chart.resize(1500, 900)
        qtbot.waitExposed(chart)
        assert chart.tabs.tabText(chart.ORG) == org_tab
        SHOTS.mkdir(exist_ok=True)

        def shot(name: str) -> None:
            qapp.processEvents()
            path = SHOTS / f"powermap_{name}_{language}.png"
            assert chart.grab().save(str(path))
            check(path)

        chart.org.view.set_zoom(0.85)
        chart.org.view.centerOn(chart.org.scene.card(ids[4]))  # type: ignore[arg-type]
        chart.org.scene.select_only([ids[3]])
        shot("org_chart")
        chart.tabs.setCurrentIndex(chart.GRID)
        chart.grid.view.fit()
        shot("power_grid")
        chart.tabs.setCurrentIndex(chart.COVERAGE)
        shot("coverage")
        with qtbot.waitSignal(chart.loaded, timeout=10000):
            chart.group_action.setChecked(True)
        chart.tabs.setCurrentIndex(chart.COVERAGE)
        shot("coverage_group")
        chart.group_action.setChecked(False)
        qtbot.waitUntil(lambda: chart._task is None and not chart.power_map.whole_group, timeout=10000)  # type: ignore[union-attr]
        chart.tabs.setCurrentIndex(chart.SNAPSHOTS)
        panel = chart.snapshots
        panel.select_snapshots([panel.snapshots[0].id])  # type: ignore[list-item]
        panel.compare_now_button.click()
        assert panel.diff is not None
        assert panel.diff.changed
        shot("snapshots")

        def show(dialog: ContactDialog) -> bool:
            dialog.resize(dialog.sizeHint())
            dialog.show()
            qtbot.waitExposed(dialog)
            qapp.processEvents()
            path = SHOTS / f"powermap_contact_dialog_{language}.png"
            assert dialog.grab().save(str(path))
            check(path, width=500, height=300)
            dialog.reject()
            return False

        monkeypatch.setattr(PowerMapWindow, "run_dialog", classmethod(lambda cls, dialog: show(dialog)))
        chart.edit_contact(ids[2])
    finally:
        translations.apply("en")
        qapp.processEvents()

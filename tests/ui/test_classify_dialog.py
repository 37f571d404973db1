"""The tier classification window as a user drives it: preview, explain, what-if, override, apply."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex

from domain.tiers.service import load_settings
from tests.ui.conftest import Window
from ui.classify_dialog import ClassifyDialog, TierResultsModel

AS_OF = date(2026, 6, 30)


def _digest(window: Window) -> list[tuple[object, ...]]:
    import sqlite3

    assert window.store.path is not None
    with sqlite3.connect(window.store.path) as conn:
        return conn.execute("SELECT id, tier FROM account ORDER BY id").fetchall() + conn.execute(
            "SELECT count(*) FROM tier_history"
        ).fetchall()


@pytest.fixture
def dialog(window: Window, qtbot) -> ClassifyDialog:  # type: ignore[no-untyped-def]
    dialog = ClassifyDialog(window.store, window, as_of=AS_OF)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.results_model.modelReset, timeout=20000):
        dialog.refresh()
    return dialog


def test_the_preview_writes_nothing_and_shows_every_group(window: Window, dialog: ClassifyDialog) -> None:
    before = _digest(window)
    assert dialog.preview is not None
    assert dialog.results_model.rowCount() == len(dialog.preview.results) > 0
    assert "weighted" in dialog.summary.text().lower() or "加权" in dialog.summary.text()
    assert _digest(window) == before
    assert dialog.apply_button.isEnabled()


def test_selecting_an_account_explains_its_tier(dialog: ClassifyDialog) -> None:
    dialog.results_view.selectRow(0)
    result = dialog.selected_result()
    assert result is not None
    assert result.key in dialog.explain_title.text()
    rows = dialog.explain_model.rows()
    assert any(row[0] == "Share of revenue" for row in rows)
    assert dialog.explain_title.text().count("\n") >= 1  # the deciding rule is spelled out


def test_what_if_a_parameter_change_moves_accounts_before_anything_is_written(
    window: Window, dialog: ClassifyDialog, qtbot  # type: ignore[no-untyped-def]
) -> None:
    before = _digest(window)
    pareto = dataclasses.replace(load_settings(window.store.unit_of_work()), model="pareto")
    dialog.editor.set_settings(pareto)
    with qtbot.waitSignal(dialog.results_model.modelReset, timeout=20000):
        dialog.refresh()
    assert dialog.preview is not None
    assert dialog.preview.settings.model == "pareto"
    matrix = dialog.preview.matrix()
    assert sum(matrix.values()) == len(dialog.preview.results)
    dialog.show_choice.setCurrentIndex(TierResultsModel.MOVERS)
    assert dialog.results_model.rowCount() == len(dialog.preview.movers())
    assert _digest(window) == before


def test_apply_writes_tiers_and_history_and_the_tree_shows_them(
    window: Window, dialog: ClassifyDialog, qtbot, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setattr(ClassifyDialog, "ask_confirm_apply", classmethod(lambda cls, parent, changes, total: True))
    dialog.applied.connect(window._on_tiers_changed)
    with qtbot.waitSignal(dialog.applied, timeout=20000) as applied:
        dialog._on_apply()
    assert applied.args[0] > 0
    tiers = dict(_digest(window)[:-1])
    first = window.model.index(0, 0)
    shown = window.model.index(0, 3).data()
    assert shown == (tiers[window.model.account_id(first)] or "")


def test_a_hand_set_tier_needs_a_reason(
    window: Window, dialog: ClassifyDialog, qtbot, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(dialog, "show_error", errors.append)
    dialog.results_view.selectRow(0)
    result = dialog.selected_result()
    assert result is not None
    monkeypatch.setattr(ClassifyDialog, "ask_override", classmethod(lambda cls, parent, name, current: ("A", "  ")))
    dialog._on_set_override()
    assert errors
    assert "Reason" in errors[0]

    monkeypatch.setattr(
        ClassifyDialog, "ask_override", classmethod(lambda cls, parent, name, current: ("A", "Board decision"))
    )
    with qtbot.waitSignal(dialog.results_model.modelReset, timeout=20000):
        dialog._on_set_override()
    row = dialog.results_model.row_of(result.account_id)
    assert row is not None
    overridden = dialog.results_model.result(row)
    assert overridden is not None
    assert overridden.tier == "A"
    assert overridden.override is not None
    assert dialog.results_model.index(row, TierResultsModel.NEW).data().startswith("A")


def test_the_results_model_passes_the_model_tester(dialog: ClassifyDialog, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(dialog.results_model)
    dialog.results_model.sort(TierResultsModel.SCORE)
    assert dialog.results_model.index(0, 0, QModelIndex()).isValid()


def test_why_in_the_form_explains_the_accounts_group(window: Window, qtbot) -> None:  # type: ignore[no-untyped-def]
    model = window.model
    group = next(model.index(r, 0) for r in range(model.rowCount()) if model.hasChildren(model.index(r, 0)))
    window.tree.expand(group)
    child = model.index(0, 0, group)
    window.tree.setCurrentIndex(child)
    assert window.explain_tier_action.isEnabled()
    dialog = window.classify_dialog()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.results_model.modelReset, timeout=20000):
        window.form.explain_button.click()
    assert dialog.isVisible()
    result = dialog.selected_result()
    assert result is not None
    assert result.account_id == model.account_id(group)  # groups are classified as a whole
    assert result.key in dialog.explain_title.text()


def test_the_rfm_grid_counts_every_account_that_ever_ordered(dialog: ClassifyDialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert dialog.preview is not None
    ordered = sum(1 for m in dialog.preview.metrics if m.days_since_last_order is not None)

    def shown() -> int:
        axes = dialog.rfm_chart.figure.axes
        return sum(int(t.get_text()) for t in axes[0].texts if t.get_text().isdigit()) if axes else 0

    dialog.tabs.setCurrentWidget(dialog.rfm_chart)  # the weighted model's preview: RFM is scored on demand
    qtbot.waitUntil(lambda: shown() == ordered, timeout=20000)

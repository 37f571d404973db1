"""The tier settings editor: every value round-trips, edits signal, bad input is refused and explained."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem

from domain.errors import ValidationError
from domain.tiers.params import (
    DEFAULT_SEGMENT_TIERS,
    SEGMENTS,
    Band,
    Criterion,
    ParetoParams,
    TierSettings,
    WeightedParams,
    default_settings,
)
from ui.tier_settings_editor import (
    CHOICES_ROLE,
    CriteriaModel,
    SegmentTiersModel,
    TierSettingsEditor,
    format_bands,
    parse_bands,
)

SHOTS = Path(__file__).resolve().parent.parent / "screenshots"

Edit = Callable[[TierSettingsEditor], object]


@pytest.fixture
def editor(qtbot) -> TierSettingsEditor:  # type: ignore[no-untyped-def]
    widget = TierSettingsEditor()
    qtbot.addWidget(widget)
    return widget


def _odd_settings() -> TierSettings:
    """Settings with values spin boxes cannot show exactly, on every page."""
    return TierSettings.from_dict({
        "model": "rfm",
        "window_months": 7,
        "roll_up_groups": False,
        "pareto": {"a_cut": 0.8333, "b_cut": 0.97},
        "rfm": {"segment_tiers": {**DEFAULT_SEGMENT_TIERS, "lost": "D", "new": "B"}},
        "weighted": {
            "dimensions": {"transaction": 33.3, "behaviour": 33.3, "potential": 33.4},
            "criteria": [{"id": "on_time_rate", "bands": [[0.987, 100], [0.9, 40]], "otherwise": 5},
                         {"id": "feedback", "weight": 0}],
            "missing": "zero",
            "a_min": 72.25,
            "b_min": 41.125,
        },
    })


def _cell(model: CriteriaModel, criterion_id: str, column: int):  # type: ignore[no-untyped-def]
    return model.index(model.row_of(criterion_id), column)


def _tier_cell(model: SegmentTiersModel, segment_name: str):  # type: ignore[no-untyped-def]
    return model.index(model.row_of(segment_name), SegmentTiersModel.TIER)


# -- round trip ---------------------------------------------------------------------------------


def test_the_editor_starts_with_the_defaults_and_gives_them_back(editor: TierSettingsEditor) -> None:
    assert editor.settings() == default_settings()
    assert editor.problem() == ""


@pytest.mark.parametrize("settings", [default_settings(), _odd_settings()], ids=["defaults", "odd"])
def test_set_settings_then_settings_round_trips_exactly(editor: TierSettingsEditor, settings: TierSettings) -> None:
    other = default_settings() if settings != default_settings() else _odd_settings()
    editor.set_settings(other)
    assert editor.settings() == other
    editor.set_settings(settings)
    assert editor.settings() == settings
    assert editor.settings().to_dict() == settings.to_dict()
    assert editor.current_model() == settings.model


def test_loaded_values_are_shown_in_the_widgets(editor: TierSettingsEditor) -> None:
    editor.set_settings(_odd_settings())
    assert editor.model_combo.currentData() == "rfm"
    assert editor.pages.currentWidget() is editor.rfm_page
    assert editor.window_spin.value() == 7
    assert not editor.roll_up_check.isChecked()
    assert editor.pareto_a_spin.value() == pytest.approx(83.3)
    assert editor.weight_spins["potential"].value() == pytest.approx(33.4)
    assert editor.weight_total_label.text() == "Total: 100"
    assert editor.missing_combo.currentData() == "zero"
    model = editor.criteria_model
    assert model.data(_cell(model, "on_time_rate", CriteriaModel.BANDS)) == "98.7:100, 90:40"
    assert model.data(_cell(model, "on_time_rate", CriteriaModel.OTHERWISE)) == "5"
    combo = editor.segment_view.indexWidget(_tier_cell(editor.segment_model, "lost"))
    assert isinstance(combo, QComboBox)
    assert combo.currentText() == "D"


# -- top of the editor ---------------------------------------------------------------------------


def test_window_roll_up_and_model_come_from_their_widgets(editor: TierSettingsEditor) -> None:
    editor.window_spin.setValue(6)
    editor.roll_up_check.setChecked(False)
    editor.model_combo.setCurrentIndex(editor.model_combo.findData("pareto"))
    settings = editor.settings()
    assert (settings.window_months, settings.roll_up_groups, settings.model) == (6, False, "pareto")
    assert editor.window_spin.minimum() == 1
    assert editor.window_spin.maximum() == 36


@pytest.mark.parametrize(("model", "page"), [("pareto", "pareto_page"), ("rfm", "rfm_page"),
                                             ("weighted", "weighted_page")])
def test_choosing_a_model_shows_its_page_and_emits_model_changed(qtbot, model: str, page: str) -> None:  # type: ignore[no-untyped-def]
    editor = TierSettingsEditor(TierSettings(model="rfm" if model != "rfm" else "pareto"))
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.model_changed) as blocker, qtbot.waitSignal(editor.changed):
        editor.model_combo.setCurrentIndex(editor.model_combo.findData(model))
    assert blocker.args == [model]
    assert editor.pages.currentWidget() is getattr(editor, page)
    assert editor.settings().model == model


def test_the_model_chooser_lists_the_three_models_by_name(editor: TierSettingsEditor) -> None:
    names = [editor.model_combo.itemText(i) for i in range(editor.model_combo.count())]
    assert names == ["Weighted multi-dimensional", "Pareto ABC", "RFM"]


# -- Pareto ---------------------------------------------------------------------------------------


def test_pareto_cut_offs_are_percent_on_screen_and_fractions_in_the_settings(editor: TierSettingsEditor) -> None:
    editor.pareto_a_spin.setValue(70)
    editor.pareto_b_spin.setValue(90)
    assert editor.settings().pareto == ParetoParams(a_cut=0.7, b_cut=0.9)
    assert "less than 70% of the revenue" in editor.pareto_rule.text()
    assert "less than 90%" in editor.pareto_rule.text()


def test_an_a_cut_off_not_below_the_b_cut_off_is_explained(editor: TierSettingsEditor) -> None:
    editor.pareto_a_spin.setValue(96)
    with pytest.raises(ValidationError) as caught:
        editor.settings()
    assert caught.value.field == "pareto.b_cut"
    message = editor.error_text(caught.value)
    assert message == "The B cut-off (95%) must be above the A cut-off (96%) and at most 100%."
    assert editor.problem() == message
    assert "b00020" in editor.pareto_b_spin.styleSheet()
    editor.pareto_a_spin.setValue(80)
    assert editor.problem() == ""
    assert editor.pareto_b_spin.styleSheet() == ""


# -- RFM ------------------------------------------------------------------------------------------


def test_the_rfm_table_lists_every_segment_with_its_scores_and_tier(editor: TierSettingsEditor) -> None:
    model = editor.segment_model
    assert model.rowCount() == len(SEGMENTS)
    rows = [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert rows[0] == ["Champions", "R 5, FM 4-5", "A"]
    assert ["At risk", "R 1-2, FM 3-4", "B"] in rows
    assert [row[2] for row in rows] == [DEFAULT_SEGMENT_TIERS[s] for s in SEGMENTS]
    assert model.data(model.index(0, SegmentTiersModel.TIER), CHOICES_ROLE) == [(t, t) for t in "ABCD"]


def test_a_segment_tier_set_through_the_model_reaches_the_settings(qtbot, editor: TierSettingsEditor) -> None:  # type: ignore[no-untyped-def]
    model = editor.segment_model
    with qtbot.waitSignal(editor.changed):
        assert model.setData(_tier_cell(model, "lost"), "D")
    assert editor.settings().rfm.segment_tiers["lost"] == "D"
    assert not model.setData(_tier_cell(model, "lost"), "E")
    assert not model.setData(model.index(0, SegmentTiersModel.SEGMENT), "Heroes")
    assert editor.settings().rfm.segment_tiers["lost"] == "D"


def test_a_tier_picked_in_the_table_combo_reaches_the_settings(qtbot, editor: TierSettingsEditor) -> None:  # type: ignore[no-untyped-def]
    combo = editor.segment_view.indexWidget(_tier_cell(editor.segment_model, "champions"))
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["A", "B", "C", "D"]
    with qtbot.waitSignal(editor.changed):
        combo.setCurrentIndex(combo.findData("B"))
        combo.activated.emit(combo.currentIndex())  # what a click on the entry does
    assert editor.settings().rfm.segment_tiers["champions"] == "B"


# -- weighted: dimensions, score lines, missing input ---------------------------------------------


def test_dimension_weights_must_add_up_to_100(editor: TierSettingsEditor) -> None:
    editor.weight_spins["transaction"].setValue(50)
    assert editor.weight_total_label.text() == "Total: 110"
    assert "b00020" in editor.weight_total_label.styleSheet()
    with pytest.raises(ValidationError) as caught:
        editor.settings()
    assert caught.value.field == "weighted.dimensions"
    assert editor.error_text(caught.value) == "The dimension weights add up to 110; they must add up to 100."
    assert editor.problem() == editor.error_text(caught.value)

    editor.weight_spins["behaviour"].setValue(20)
    assert editor.weight_total_label.text() == "Total: 100"
    assert editor.weight_total_label.styleSheet() == ""
    assert dict(editor.settings().weighted.dimensions) == {"transaction": 50, "behaviour": 20, "potential": 30}
    assert editor.problem() == ""


def test_score_lines_and_the_missing_input_policy_come_from_their_widgets(editor: TierSettingsEditor) -> None:
    editor.a_min_spin.setValue(80)
    editor.b_min_spin.setValue(55.5)
    editor.missing_combo.setCurrentIndex(editor.missing_combo.findData("zero"))
    weighted = editor.settings().weighted
    assert (weighted.a_min, weighted.b_min, weighted.missing) == (80, 55.5, "zero")
    assert "A from a score of 80, B from 55.5" in editor.weighted_rule.text()


def test_a_b_score_line_not_below_the_a_line_is_explained(editor: TierSettingsEditor) -> None:
    editor.b_min_spin.setValue(75)
    with pytest.raises(ValidationError) as caught:
        editor.settings()
    assert caught.value.field == "weighted.b_min"
    assert editor.error_text(caught.value) == "The B score line (75) must be below the A score line (70)."
    assert "b00020" in editor.b_min_spin.styleSheet()


def test_a_dimension_whose_criteria_all_weigh_nothing_is_explained(editor: TierSettingsEditor) -> None:
    model = editor.criteria_model
    for criterion_id in ("interactions_per_year", "referrals", "feedback"):
        assert model.setData(_cell(model, criterion_id, CriteriaModel.WEIGHT), 0.0)
    with pytest.raises(ValidationError) as caught:
        editor.settings()
    assert editor.error_text(caught.value).startswith("The Behaviour dimension has a weight but none of its criteria")
    assert "b00020" in editor.weight_spins["behaviour"].styleSheet()
    assert model.data(_cell(model, "referrals", CriteriaModel.CRITERION), Qt.ItemDataRole.ForegroundRole) is not None


# -- weighted: the criteria table -------------------------------------------------------------------


def test_the_criteria_table_shows_every_criterion_in_words(editor: TierSettingsEditor) -> None:
    model = editor.criteria_model
    assert model.rowCount() == len(default_settings().weighted.criteria)
    row = [model.data(_cell(model, "revenue_share", c)) for c in range(model.columnCount())]
    assert row == ["Share of revenue", "Transaction", "40", "Higher is better", "%", "15:100, 5:60, 1:30", "0"]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Criterion", "Dimension", "Weight", "Direction", "Unit", "Bands", "Otherwise"]


def test_criterion_edits_through_the_model_reach_the_settings(editor: TierSettingsEditor) -> None:
    model = editor.criteria_model
    assert model.setData(_cell(model, "revenue_share", CriteriaModel.BANDS), "20:100, 10%:50")
    assert model.setData(_cell(model, "revenue_share", CriteriaModel.WEIGHT), "35")
    assert model.setData(_cell(model, "revenue_share", CriteriaModel.OTHERWISE), 10.0)
    assert model.setData(_cell(model, "industry_leader", CriteriaModel.DIMENSION), "behaviour")
    assert model.setData(_cell(model, "purchase_cycle", CriteriaModel.BANDS), "60：100，120：50")  # full-width too
    criteria = editor.settings().weighted
    assert criteria.criterion("revenue_share") == Criterion(
        "revenue_share", "transaction", 35, "higher", (Band(0.2, 100), Band(0.1, 50)), 10)
    assert criteria.criterion("industry_leader").dimension == "behaviour"
    assert criteria.criterion("purchase_cycle").bands == (Band(60, 100), Band(120, 50))


def test_switching_the_direction_keeps_the_bands_valid(editor: TierSettingsEditor) -> None:
    model = editor.criteria_model
    assert model.setData(_cell(model, "revenue_share", CriteriaModel.DIRECTION), "lower")
    criterion = editor.settings().weighted.criterion("revenue_share")
    assert criterion.direction == "lower"
    assert criterion.bands == (Band(0.01, 100), Band(0.05, 60), Band(0.15, 30))
    assert model.data(_cell(model, "revenue_share", CriteriaModel.DIRECTION)) == "Lower is better"


@pytest.mark.parametrize(("text", "message"), [
    ("", "Share of revenue needs at least one band, e.g. 15:100, 5:60."),
    ("15", "Share of revenue: '15' is not a band; write threshold:points pairs separated by commas, e.g. 15:100, 5:60."),
    ("15:100, a:b", "Share of revenue: 'a:b' is not a band; write threshold:points pairs separated by commas, "
                    "e.g. 15:100, 5:60."),
    ("15:100:3", "Share of revenue: '15:100:3' is not a band; write threshold:points pairs separated by commas, "
                 "e.g. 15:100, 5:60."),
    ("nan:100", "Share of revenue: 'nan:100' is not a band; write threshold:points pairs separated by commas, "
                "e.g. 15:100, 5:60."),
    ("5:60, 15:100", "Share of revenue: the thresholds must run from best to worst, falling when higher is better "
                     "and rising when lower is better."),
    ("15:120", "Share of revenue: band points must be between 0 and 100."),
])
def test_bad_band_text_is_refused_with_a_message_and_changes_nothing(
        qtbot, editor: TierSettingsEditor, text: str, message: str) -> None:  # type: ignore[no-untyped-def]
    model = editor.criteria_model
    index = _cell(model, "revenue_share", CriteriaModel.BANDS)
    before = editor.settings()
    with qtbot.assertNotEmitted(editor.changed), qtbot.waitSignal(model.edit_refused) as refused:
        assert not model.setData(index, text)
    assert isinstance(refused.args[0], ValidationError)
    assert model.data(index) == "15:100, 5:60, 1:30"
    assert editor.settings() == before
    assert editor.problem() == message


@pytest.mark.parametrize(("column", "value"), [
    (CriteriaModel.WEIGHT, "-1"), (CriteriaModel.WEIGHT, "heavy"), (CriteriaModel.OTHERWISE, 101.0),
    (CriteriaModel.DIMENSION, "luck"), (CriteriaModel.DIRECTION, "sideways"),
])
def test_other_bad_cell_values_are_refused(editor: TierSettingsEditor, column: int, value: object) -> None:
    model = editor.criteria_model
    before = editor.settings()
    assert not model.setData(_cell(model, "referrals", column), value)
    assert editor.settings() == before
    assert editor.problem()


def test_only_the_value_columns_are_editable(editor: TierSettingsEditor) -> None:
    model = editor.criteria_model
    assert not model.flags(model.index(0, CriteriaModel.CRITERION)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, CriteriaModel.UNIT)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, CriteriaModel.BANDS)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, CriteriaModel.CRITERION), "Something else")
    assert not model.setData(model.index(0, CriteriaModel.BANDS), "15:100", Qt.ItemDataRole.DisplayRole)


def test_the_dimension_combo_of_the_delegate_writes_through_the_model(editor: TierSettingsEditor) -> None:
    model = editor.criteria_model
    index = _cell(model, "feedback", CriteriaModel.DIMENSION)
    delegate = editor.criteria_view.itemDelegate()
    combo = delegate.createEditor(editor.criteria_view.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(combo, QComboBox)
    delegate.setEditorData(combo, index)
    assert combo.currentText() == "Behaviour"
    assert [combo.itemText(i) for i in range(combo.count())] == ["Transaction", "Behaviour", "Potential"]
    combo.setCurrentIndex(combo.findData("potential"))
    delegate.setModelData(combo, model, index)
    assert editor.settings().weighted.criterion("feedback").dimension == "potential"
    combo.deleteLater()


def test_bands_text_round_trips_and_percent_units_are_scaled() -> None:
    bands = (Band(0.15, 100), Band(0.05, 60), Band(0.01, 30))
    assert format_bands(bands, 100) == "15:100, 5:60, 1:30"
    assert parse_bands(format_bands(bands, 100), 100, "p") == bands
    assert parse_bands(" 90:100 ; 180 : 60 ", 1, "p") == (Band(90, 100), Band(180, 60))


# -- signals ---------------------------------------------------------------------------------------


def _segment_edit(e: TierSettingsEditor) -> object:
    return e.segment_model.setData(_tier_cell(e.segment_model, "new"), "D")


def _criterion_edit(e: TierSettingsEditor) -> object:
    return e.criteria_model.setData(_cell(e.criteria_model, "referrals", CriteriaModel.BANDS), "3:100")


EDITS: dict[str, Edit] = {
    "window": lambda e: e.window_spin.setValue(3),
    "roll_up": lambda e: e.roll_up_check.setChecked(False),
    "model": lambda e: e.model_combo.setCurrentIndex(e.model_combo.findData("pareto")),
    "pareto_a": lambda e: e.pareto_a_spin.setValue(75),
    "pareto_b": lambda e: e.pareto_b_spin.setValue(90),
    "weight": lambda e: e.weight_spins["potential"].setValue(20),
    "a_min": lambda e: e.a_min_spin.setValue(75),
    "b_min": lambda e: e.b_min_spin.setValue(40),
    "missing": lambda e: e.missing_combo.setCurrentIndex(e.missing_combo.findData("zero")),
    "segment": _segment_edit,
    "criterion": _criterion_edit,
    "defaults_button": lambda e: e.defaults_button.click(),
}


@pytest.mark.parametrize("edit", list(EDITS))
def test_every_edit_emits_changed(qtbot, editor: TierSettingsEditor, edit: str) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(editor.changed, timeout=1000):
        EDITS[edit](editor)


def test_loading_settings_emits_nothing(qtbot, editor: TierSettingsEditor) -> None:  # type: ignore[no-untyped-def]
    with qtbot.assertNotEmitted(editor.changed), qtbot.assertNotEmitted(editor.model_changed):
        editor.set_settings(_odd_settings())
        editor.set_settings(default_settings())


def test_reset_to_defaults_restores_everything_and_signals(qtbot, editor: TierSettingsEditor) -> None:  # type: ignore[no-untyped-def]
    editor.set_settings(_odd_settings())
    editor.weight_spins["transaction"].setValue(90)
    with qtbot.waitSignal(editor.changed), qtbot.waitSignal(editor.model_changed) as blocker:
        editor.reset_to_defaults()
    assert blocker.args == ["weighted"]
    assert editor.settings() == default_settings()
    assert editor.problem() == ""


# -- messages ----------------------------------------------------------------------------------------


def _raised(build: Callable[[], object]) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        build()
    return caught.value


@pytest.mark.parametrize(("build", "message"), [
    (lambda: TierSettings(window_months=40), "The time window must be 1 to 36 months."),
    (lambda: ParetoParams(a_cut=0.9, b_cut=0.85), "The B cut-off (85%) must be above the A cut-off (90%) and at most 100%."),
    (lambda: ParetoParams(a_cut=0.0), "The A cut-off must be above 0% and below 100%."),
    (lambda: WeightedParams(a_min=40, b_min=40), "The B score line (40) must be below the A score line (40)."),
    (lambda: WeightedParams(dimensions={"transaction": 50, "behaviour": 30, "potential": 30}),
     "The dimension weights add up to 110; they must add up to 100."),
    (lambda: Criterion("referrals", "behaviour", 40, "higher", (Band(1, 60), Band(2, 100))),
     "Referrals: the thresholds must run from best to worst, falling when higher is better and rising when lower "
     "is better."),
    (lambda: Criterion("referrals", "behaviour", -1, "higher", (Band(1, 60),)),
     "Referrals: the weight must be a number of 0 or more."),
    (lambda: TierSettings.from_dict({"rfm": {"segment_tiers": {**DEFAULT_SEGMENT_TIERS, "lost": "Z"}}}),
     "Choose a tier (A-D) for the segment Lost."),
])
def test_error_text_names_the_field(editor: TierSettingsEditor, build: Callable[[], object], message: str) -> None:
    assert editor.error_text(_raised(build)) == message


def test_error_text_falls_back_to_the_english_message(editor: TierSettingsEditor) -> None:
    error = _raised(lambda: WeightedParams(criteria=default_settings().weighted.criteria[1:]))
    assert editor.error_text(error) == error.message == "Criterion 'revenue_share' must appear exactly once."


class _DictTranslator(QTranslator):
    """Translates from a {context: {source: text}} dict; anything else stays untranslated."""

    def __init__(self, texts: dict[str, dict[str, str]]) -> None:
        super().__init__()
        self.texts = texts

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:  # type: ignore[override]
        return self.texts.get(context, {}).get(source)

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def chinese(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translator = _DictTranslator({
        "TierSettingsEditor": {"Pareto ABC": "帕累托 ABC 分析", "Total: %1": "合计：%1"},
        "CriteriaModel": {"Criterion": "指标"},
        "TierLabels": {"Transaction": "交易", "Share of revenue": "收入占比", "Lost": "已流失"},
    })
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_a_language_change_retranslates_in_each_class_context(qtbot, editor: TierSettingsEditor, chinese: None) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: editor.model_combo.itemText(1) == "帕累托 ABC 分析")
    criteria, segments = editor.criteria_model, editor.segment_model
    assert criteria.data(_cell(criteria, "revenue_share", CriteriaModel.CRITERION)) == "收入占比"
    assert criteria.data(_cell(criteria, "revenue_share", CriteriaModel.DIMENSION)) == "交易"
    assert criteria.headerData(0, Qt.Orientation.Horizontal) == "指标"
    assert segments.data(segments.index(segments.row_of("lost"), SegmentTiersModel.SEGMENT)) == "已流失"
    assert editor.weight_total_label.text() == "合计：100"
    assert editor._labels["dimension_transaction"].text() == "交易"


# -- models and screenshots ---------------------------------------------------------------------------


def test_criteria_model_passes_qtmodeltester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(CriteriaModel(default_settings().weighted.criteria), force_py=True)
    qtmodeltester.check(CriteriaModel(), force_py=True)


def test_segment_model_passes_qtmodeltester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(SegmentTiersModel(), force_py=True)


def test_criteria_model_passes_qtmodeltester_while_edited(qtmodeltester, editor: TierSettingsEditor) -> None:  # type: ignore[no-untyped-def]
    model = editor.criteria_model
    qtmodeltester.check(model, force_py=True)
    assert model.setData(_cell(model, "feedback", CriteriaModel.DIRECTION), "lower")
    model.set_criteria(_odd_settings().weighted.criteria)


@pytest.mark.parametrize("model", ["weighted", "pareto", "rfm"])
def test_screenshot_of_each_model_page(qtbot, editor: TierSettingsEditor, model: str) -> None:  # type: ignore[no-untyped-def]
    editor.set_settings(TierSettings(model=model))
    editor.resize(640, 720)
    editor.show()
    qtbot.waitExposed(editor)
    page = editor.pages.currentWidget()
    assert page is not None
    assert page.isVisible()
    for combo in (editor.model_combo, editor.missing_combo):  # wide enough for their text
        assert combo.width() > combo.fontMetrics().horizontalAdvance(combo.currentText())
    SHOTS.mkdir(exist_ok=True)
    path = SHOTS / f"tier_settings_{model}.png"
    assert editor.grab().save(str(path))
    image = QImage(str(path))
    assert image.width() >= 600
    assert image.height() >= 600
    colours = {image.pixel(x, y) for x in range(0, image.width(), 13) for y in range(0, image.height(), 13)}
    assert len(colours) > 10

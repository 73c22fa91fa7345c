"""The taxonomy picker driven with the keyboard: search, arrows, Enter, number keys, favourites."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QInputMethodEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QToolButton, QWidget
from taxonomy_data import taxonomy_fixture

from labeldesk.taxonomy.dto import TaxonomyDTO
from labeldesk.taxonomy.search import SearchHit
from labeldesk.ui.labelling.picker import TaxonomyPicker
from labeldesk.ui.models.taxonomy_model import (
    CHOOSABLE_ROLE,
    CHOSEN_ROLE,
    FAVOURITE_ROLE,
    KEY_ROLE,
    LabelListModel,
    LabelTree,
    TaxonomyTreeModel,
)

pytestmark = pytest.mark.gui

Key = Qt.Key


bitext = taxonomy_fixture("bitext")
sgd = taxonomy_fixture("sgd")
shop = taxonomy_fixture("shop")
translated = taxonomy_fixture("translated")


@pytest.fixture
def picker(qtbot) -> TaxonomyPicker:
    widget = TaxonomyPicker()
    qtbot.addWidget(widget)
    widget.resize(460, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown(picker: TaxonomyPicker, qtbot, taxonomy: TaxonomyDTO, lang: str = "en") -> None:
    """Show ``taxonomy`` and put the focus in the search box."""
    picker.set_taxonomy(taxonomy, lang)
    picker.focus_search()
    qtbot.waitUntil(picker.search_edit.hasFocus)


def press(qtbot, widget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifier)


def focused():
    return QApplication.focusWidget()


def type_text(widget, text: str) -> None:
    """Type non-Latin text one character at a time, as a Thai keyboard layout sends it."""
    for char in text:
        event = QKeyEvent(
            QEvent.Type.KeyPress, Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char
        )
        QApplication.sendEvent(widget, event)


def commit_text(widget, text: str) -> None:
    """Commit text through the input method, as a Chinese IME does."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def visible(widgets: list[QWidget]) -> list[QWidget]:
    """The widgets on screen (replaced ones wait hidden for deletion)."""
    return [w for w in widgets if w.isVisible()]


def result_keys(picker: TaxonomyPicker) -> list[str]:
    return picker.results_model.keys()


# -- search -------------------------------------------------------------------------------


def test_typing_a_typo_then_enter_chooses_the_top_hit(qtbot, picker, bitext) -> None:
    shown(picker, qtbot, bitext)
    qtbot.keyClicks(picker.search_edit, "get refnd")
    assert result_keys(picker)[0] == "REFUND>get_refund"
    # the path and guideline follow the top hit once typing pauses
    qtbot.waitUntil(lambda: picker.breadcrumb.texts() == ["All labels", "REFUND", "get_refund"])
    assert picker.guideline.toPlainText().startswith("get_refund")
    with qtbot.waitSignal(picker.labelChosen) as chosen:
        press(qtbot, picker.search_edit, Key.Key_Return)
    assert chosen.args == ["REFUND>get_refund"]
    assert picker.search_edit.text() == ""  # ready for the next label
    assert picker.breadcrumb.texts() == ["All labels", "REFUND", "get_refund"]


def test_down_and_up_move_through_the_results(qtbot, picker, bitext) -> None:
    shown(picker, qtbot, bitext)
    qtbot.keyClicks(picker.search_edit, "order")
    hits = result_keys(picker)
    assert hits[:3] == ["ORDER", "ORDER>cancel_order", "ORDER>change_order"]
    press(qtbot, picker.search_edit, Key.Key_Down)
    press(qtbot, picker.search_edit, Key.Key_Down)
    assert picker.current_key() == "ORDER>change_order"
    press(qtbot, picker.search_edit, Key.Key_Up)
    assert picker.current_key() == "ORDER>cancel_order"
    assert "cancel_order" in picker.guideline.toPlainText()
    assert picker.search_edit.hasFocus()  # the arrows never leave the search box
    with qtbot.waitSignal(picker.labelChosen) as chosen:
        press(qtbot, picker.search_edit, Key.Key_Enter)
    assert chosen.args == ["ORDER>cancel_order"]


def test_escape_clears_the_search(qtbot, picker, bitext) -> None:
    shown(picker, qtbot, bitext)
    qtbot.keyClicks(picker.search_edit, "refund")
    assert picker.tree_view.isHidden()
    press(qtbot, picker.search_edit, Key.Key_Escape)
    assert picker.search_edit.text() == ""
    assert picker.tree_view.isVisible()


def test_a_branch_hit_opens_in_the_tree_when_only_leaves_count(qtbot, picker, bitext) -> None:
    shown(picker, qtbot, bitext)
    qtbot.keyClicks(picker.search_edit, "shipping address")
    assert result_keys(picker)[0] == "SHIPPING_ADDRESS"
    with qtbot.assertNotEmitted(picker.labelChosen):
        press(qtbot, picker.search_edit, Key.Key_Return)
    assert picker.search_edit.text() == ""
    assert picker.current_key() == "SHIPPING_ADDRESS>change_shipping_address"
    with qtbot.waitSignal(picker.labelChosen) as chosen:
        press(qtbot, picker.search_edit, Key.Key_2)
    assert chosen.args == ["SHIPPING_ADDRESS>set_up_shipping_address"]


def test_no_match_says_so(qtbot, picker, bitext) -> None:
    shown(picker, qtbot, bitext)
    qtbot.keyClicks(picker.search_edit, "zzzz")
    assert picker.results_model.rowCount() == 0
    assert "zzzz" in picker.findChild(QLabel, "picker_section").text()


# -- the tree -----------------------------------------------------------------------------


def test_number_keys_open_a_category_then_choose_a_label(qtbot, picker, bitext) -> None:
    shown(picker, qtbot, bitext)
    with qtbot.assertNotEmitted(picker.labelChosen):
        press(qtbot, picker.search_edit, Key.Key_8)  # ORDER, a category: it opens
    assert picker.breadcrumb.texts() == ["All labels", "ORDER", "cancel_order"]
    with qtbot.waitSignal(picker.labelChosen) as chosen:
        press(qtbot, picker.search_edit, Key.Key_4)
    assert chosen.args == ["ORDER>track_order"]
    assert picker.search_edit.text() == ""  # digits did not go into the search


def test_backspace_on_an_empty_search_goes_up_a_level(qtbot, picker, bitext) -> None:
    shown(picker, qtbot, bitext)
    press(qtbot, picker.search_edit, Key.Key_8)
    assert picker.current_key() == "ORDER>cancel_order"
    press(qtbot, picker.search_edit, Key.Key_Backspace)
    assert picker.current_key() == "ORDER"
    assert not picker.tree_view.isExpanded(picker.tree_model.index_for_key("ORDER"))
    with qtbot.waitSignal(picker.labelChosen) as chosen:
        press(qtbot, picker.search_edit, Key.Key_4)  # DELIVERY opens ...
        press(qtbot, picker.search_edit, Key.Key_2)  # ... and its 2nd label is chosen
    assert chosen.args == ["DELIVERY>delivery_period"]


def test_right_and_left_enter_and_leave_branches(qtbot, picker, sgd) -> None:
    shown(picker, qtbot, sgd)
    press(qtbot, picker.search_edit, Key.Key_Down)  # no recent labels: into the tree
    assert focused() is picker.tree_view
    assert picker.current_key() == "Alarm"
    press(qtbot, picker.tree_view, Key.Key_Right)
    assert picker.current_key() == "Alarm_1"
    press(qtbot, picker.tree_view, Key.Key_Right)
    assert picker.current_key() == "Alarm_1>GetAlarms"
    assert picker.breadcrumb.texts() == ["All labels", "Alarm", "Alarm_1", "GetAlarms"]
    press(qtbot, picker.tree_view, Key.Key_Down)
    assert picker.current_key() == "Alarm_1>AddAlarm"
    press(qtbot, picker.tree_view, Key.Key_Left)
    assert picker.current_key() == "Alarm_1"
    press(qtbot, picker.tree_view, Key.Key_Left)
    assert picker.current_key() == "Alarm"
    press(qtbot, picker.tree_view, Key.Key_Down)
    assert picker.current_key() == "Banks"


def test_enter_in_the_tree_chooses_a_leaf_and_opens_a_category(qtbot, picker, bitext) -> None:
    shown(picker, qtbot, bitext)
    press(qtbot, picker.search_edit, Key.Key_Down)
    with qtbot.assertNotEmitted(picker.labelChosen):
        press(qtbot, picker.tree_view, Key.Key_Return)  # ACCOUNT: a category
    assert picker.current_key() == "ACCOUNT>create_account"
    press(qtbot, picker.tree_view, Key.Key_Down)
    with qtbot.waitSignal(picker.labelChosen) as chosen:
        press(qtbot, picker.tree_view, Key.Key_Return)
    assert chosen.args == ["ACCOUNT>delete_account"]
    assert focused() is picker.search_edit
    assert picker.current_key() == "ACCOUNT>delete_account"  # the tree keeps its place


def test_typing_anywhere_goes_to_the_search(qtbot, picker, sgd) -> None:
    shown(picker, qtbot, sgd)
    press(qtbot, picker.search_edit, Key.Key_Down)
    assert focused() is picker.tree_view
    qtbot.keyClicks(picker.tree_view, "balance")
    assert focused() is picker.search_edit
    assert picker.search_edit.text() == "balance"
    assert set(result_keys(picker)) == {"Banks_1>CheckBalance", "Banks_2>CheckBalance"}
    picker.guideline.setFocus()
    qtbot.keyClicks(picker.guideline, " 2")
    assert picker.search_edit.text() == "balance 2"
    assert result_keys(picker) == ["Banks_2>CheckBalance"]


def test_the_breadcrumb_goes_back_up(qtbot, picker, sgd) -> None:
    shown(picker, qtbot, sgd)
    press(qtbot, picker.search_edit, Key.Key_2)  # Banks
    press(qtbot, picker.search_edit, Key.Key_1)  # Banks_1
    assert picker.breadcrumb.texts() == ["All labels", "Banks", "Banks_1", "CheckBalance"]
    segments = visible(picker.breadcrumb.findChildren(QToolButton, "breadcrumb_segment"))
    assert [b.text() for b in segments] == ["All labels", "Banks", "Banks_1"]
    segment = segments[1]
    segment.setFocus()
    press(qtbot, segment, Key.Key_Space)
    assert picker.current_key() == "Banks_1"
    assert not picker.tree_view.isExpanded(picker.tree_model.index_for_key("Banks_1"))
    assert focused() is picker.tree_view


# -- recent and favourite labels ----------------------------------------------------------


def test_recent_and_favourites_come_first(qtbot, picker, bitext) -> None:
    shown(picker, qtbot, bitext)
    picker.set_recent(["ORDER>track_order", "REFUND>get_refund"])
    picker.set_favourites(["PAYMENT>payment_issue"])
    assert result_keys(picker) == [
        "PAYMENT>payment_issue",
        "ORDER>track_order",
        "REFUND>get_refund",
    ]
    press(qtbot, picker.search_edit, Key.Key_Down)
    assert focused() is picker.results_view
    press(qtbot, picker.results_view, Key.Key_Down)
    with qtbot.waitSignal(picker.labelChosen) as chosen:
        press(qtbot, picker.results_view, Key.Key_Return)
    assert chosen.args == ["ORDER>track_order"]
    assert focused() is picker.search_edit  # a second Enter would be the window's (submit)
    press(qtbot, picker.search_edit, Key.Key_Down)
    qtbot.keyClicks(picker.results_view, "order")  # typing goes to the search ...
    assert result_keys(picker)[:2] == ["ORDER", "ORDER>track_order"]  # ... recent ranks first


def test_down_from_the_last_recent_label_enters_the_tree(qtbot, picker, bitext) -> None:
    shown(picker, qtbot, bitext)
    picker.set_recent(["ORDER>track_order"])
    press(qtbot, picker.search_edit, Key.Key_Down)
    press(qtbot, picker.results_view, Key.Key_Down)
    assert focused() is picker.tree_view
    press(qtbot, picker.tree_view, Key.Key_Up)
    assert focused() is picker.results_view
    press(qtbot, picker.results_view, Key.Key_Up)
    assert focused() is picker.search_edit


def test_ctrl_d_toggles_a_favourite(qtbot, picker, bitext) -> None:
    shown(picker, qtbot, bitext)
    qtbot.keyClicks(picker.search_edit, "track refund")
    with qtbot.waitSignal(picker.favouriteToggled) as toggled:
        press(qtbot, picker.search_edit, Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert toggled.args == ["REFUND>track_refund", True]
    index = picker.tree_model.index_for_key("REFUND>track_refund")
    assert index.data(FAVOURITE_ROLE) is True
    assert picker.results_model.index(0, 0).data(FAVOURITE_ROLE) is True
    assert "\u2605" in picker.guideline.toPlainText()
    press(qtbot, picker.search_edit, Key.Key_Escape)
    assert result_keys(picker) == ["REFUND>track_refund"]  # now in "Recent & favourites"
    press(qtbot, picker.search_edit, Key.Key_Down)
    with qtbot.waitSignal(picker.favouriteToggled) as toggled:
        press(qtbot, picker.results_view, Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert toggled.args == ["REFUND>track_refund", False]
    assert index.data(FAVOURITE_ROLE) is False


# -- what can't be chosen -----------------------------------------------------------------


def test_deprecated_labels_cannot_be_chosen(qtbot, picker, shop) -> None:
    shown(picker, qtbot, shop)
    with qtbot.assertNotEmitted(picker.labelChosen):
        press(qtbot, picker.search_edit, Key.Key_2)  # Norway, deprecated
    assert picker.current_key() == "NO"
    text = picker.guideline.toPlainText()
    assert "can't be chosen" in text
    assert "Deprecated" in text
    qtbot.keyClicks(picker.search_edit, "norway")
    assert result_keys(picker) == ["NO"]  # listed, so the labeller learns why
    with qtbot.assertNotEmitted(picker.labelChosen):
        press(qtbot, picker.search_edit, Key.Key_Return)
    assert "can't be chosen" in picker.guideline.toPlainText()
    index = picker.tree_model.index_for_key("NO")
    assert not index.flags() & Qt.ItemFlag.ItemIsSelectable
    assert "Deprecated" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_any_level_taxonomy_lets_a_branch_be_chosen(qtbot, picker, shop) -> None:
    assert not shop.leaf_only
    shown(picker, qtbot, shop)
    press(qtbot, picker.search_edit, Key.Key_Down)
    assert picker.current_key() == "order"
    with qtbot.waitSignal(picker.labelChosen) as chosen:
        press(qtbot, picker.tree_view, Key.Key_Return)
    assert chosen.args == ["order"]


# -- languages and the chosen strip -------------------------------------------------------


def test_names_show_in_the_ui_language_and_thai_and_chinese_search(
    qtbot, picker, translated
) -> None:
    shown(picker, qtbot, translated, "th")
    top = picker.tree_model.index(0, 0)
    assert top.data() == "คำสั่งซื้อ"
    assert picker.tree_model.index(1, 0, top).data() == "Lost parcel"  # no Thai name: English
    type_text(picker.search_edit, "ล่าช้า")
    assert result_keys(picker) == ["order.late"]
    with qtbot.waitSignal(picker.labelChosen) as chosen:
        press(qtbot, picker.search_edit, Key.Key_Return)
    assert chosen.args == ["order.late"]
    shown(picker, qtbot, translated, "zh")
    assert picker.tree_model.index(0, 0).data() == "订单"
    commit_text(picker.search_edit, "延迟")
    assert result_keys(picker) == ["order.late"]
    qtbot.waitUntil(lambda: "Where is my parcel?" in picker.guideline.toPlainText())  # examples


def test_the_chosen_strip_shows_the_target_and_removes_by_keyboard(qtbot, picker, bitext) -> None:
    shown(picker, qtbot, bitext)
    picker.set_chosen(["ORDER>cancel_order", "REFUND>get_refund"], "Turn 3")
    strip = picker.chosen_strip
    assert strip.chip_texts() == ["cancel_order", "get_refund"]
    assert "Turn 3" in strip.findChild(QLabel, "chosen_caption").text()
    assert picker.tree_model.index_for_key("ORDER>cancel_order").data(CHOSEN_ROLE) is True
    chip = visible(strip.findChildren(QToolButton, "chosen_chip"))[1]
    chip.setFocus()
    with qtbot.waitSignal(picker.labelChosen) as chosen:
        press(qtbot, chip, Key.Key_Space)
    assert chosen.args == ["REFUND>get_refund"]  # choosing again removes it (the session does)
    picker.set_chosen([], "Conversation")
    assert strip.chip_texts() == []


def test_enter_in_an_empty_search_is_left_to_the_window(qtbot, bitext) -> None:
    """The window's Enter shortcut (submit) works in the empty search box, not while searching."""
    window = QMainWindow()
    qtbot.addWidget(window)
    picker = TaxonomyPicker(window)
    window.setCentralWidget(picker)
    submit = QAction("Submit", window)
    submit.setShortcuts([QKeySequence(Key.Key_Return), QKeySequence(Key.Key_Enter)])
    window.addAction(submit)
    window.show()
    qtbot.waitExposed(window)
    shown(picker, qtbot, bitext)
    with qtbot.waitSignal(submit.triggered), qtbot.assertNotEmitted(picker.labelChosen):
        press(qtbot, picker.search_edit, Key.Key_Return)
    qtbot.keyClicks(picker.search_edit, "get refund")
    with qtbot.waitSignal(picker.labelChosen), qtbot.assertNotEmitted(submit.triggered):
        press(qtbot, picker.search_edit, Key.Key_Return)


# -- the models ---------------------------------------------------------------------------


@pytest.mark.parametrize("fixture", ["bitext", "sgd", "shop", "translated"])
def test_tree_model_passes_the_model_tester(qtmodeltester, request, fixture) -> None:
    taxonomy = request.getfixturevalue(fixture)
    model = TaxonomyTreeModel()
    model.set_tree(LabelTree(taxonomy, "th"))
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)
    assert model.rowCount() == sum(1 for lb in taxonomy.labels if lb.parent_key is None)


def test_tree_model_flags_follow_leaf_only(bitext, shop) -> None:
    model = TaxonomyTreeModel()
    model.set_tree(LabelTree(bitext, "en"))
    category = model.index_for_key("ORDER")
    leaf = model.index_for_key("ORDER>cancel_order")
    assert category.data(CHOOSABLE_ROLE) is False
    assert not category.flags() & Qt.ItemFlag.ItemIsSelectable
    assert category.flags() & Qt.ItemFlag.ItemIsEnabled  # still reachable by keyboard
    assert leaf.flags() & Qt.ItemFlag.ItemIsSelectable
    model.set_tree(LabelTree(shop, "en"))
    assert model.index_for_key("order").flags() & Qt.ItemFlag.ItemIsSelectable


def test_list_model_passes_the_model_tester(qtmodeltester, bitext) -> None:
    model = LabelListModel()
    model.set_tree(LabelTree(bitext, "en"))
    qtmodeltester.check(model)
    model.set_hits([SearchHit("ORDER>track_order", 0.9, "track_order", "name"),
                    SearchHit("gone", 0.8, "gone", "name")])  # fmt: skip
    assert model.keys() == ["ORDER>track_order"]
    model.set_keys(["REFUND>get_refund", "ORDER"])
    model.set_marks(favourites=["ORDER"], chosen=["REFUND>get_refund"])
    qtmodeltester.check(model)
    assert model.index(1, 0).data(KEY_ROLE) == "ORDER"
    assert model.index(1, 0).data(FAVOURITE_ROLE) is True


def test_the_picker_models_pass_the_model_tester_while_typing(qtbot, qtmodeltester, picker, sgd):
    shown(picker, qtbot, sgd)
    qtmodeltester.check(picker.results_model)
    qtmodeltester.check(picker.tree_model)
    qtbot.keyClicks(picker.search_edit, "restaurant")
    assert picker.results_model.rowCount() > 0
    qtmodeltester.check(picker.results_model)


# -- translated guidelines ----------------------------------------------------------------


@pytest.fixture
def guidelines(workspace) -> TaxonomyDTO:
    """guidelines.csv: names and guidelines in Thai (one label has only Thai examples)."""
    from taxonomy_data import FIXTURES

    workspace.taxonomy.import_file(FIXTURES / "guidelines.csv", name="guidelines")
    return workspace.taxonomy.latest("guidelines", lang="th")


def test_the_guideline_shows_in_the_ui_language_where_the_label_has_it(
    qtbot, picker, guidelines
) -> None:
    shown(picker, qtbot, guidelines, "th")
    type_text(picker.search_edit, "ล่าช้า")
    assert result_keys(picker) == ["order.late"]
    qtbot.waitUntil(lambda: "พัสดุไม่มาส่งตามเวลาที่แจ้งไว้" in picker.guideline.toPlainText())
    thai = picker.guideline.toPlainText()
    assert "พัสดุของฉันอยู่ไหนคะ" in thai  # the examples too
    assert "ช้าไปหนึ่งอาทิตย์แล้วครับ" in thai
    assert "as promised" not in thai
    assert "Where is my parcel?" not in thai
    press(qtbot, picker.search_edit, Key.Key_Escape)
    type_text(picker.search_edit, "พัสดุหาย")  # Thai examples, but no Thai definition
    assert result_keys(picker) == ["order.lost"]
    qtbot.waitUntil(lambda: "ระบบขึ้นว่าส่งแล้วแต่ไม่ได้รับของ" in picker.guideline.toPlainText())
    assert "The parcel never arrived" in picker.guideline.toPlainText()  # English definition
    shown(picker, qtbot, guidelines, "en")
    qtbot.keyClicks(picker.search_edit, "late delivery")
    assert result_keys(picker)[0] == "order.late"
    qtbot.waitUntil(lambda: "as promised" in picker.guideline.toPlainText())
    assert "พัสดุไม่มาส่งตามเวลาที่แจ้งไว้" not in picker.guideline.toPlainText()

"""The conversation view, metadata panel, language badge and find bar on real conversations."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import (
    QAction,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QGuiApplication,
    QInputMethodEvent,
    QKeySequence,
    QTextTable,
)
from PySide6.QtWidgets import QApplication, QLabel

from labeldesk.labelling.dto import ConversationView as ConversationDTO
from labeldesk.labelling.dto import TurnView
from labeldesk.ui.labelling.conversation_view import (
    SCRIPT_SAMPLES,
    ConversationView,
    uncovered_scripts,
)
from labeldesk.ui.labelling.meta_panel import MetaPanel, flatten_meta
from labeldesk.ui.theme import contrast_ratio, make_palette
from labeldesk.ui.widgets.language_badge import LanguageBadge

pytestmark = pytest.mark.gui

Key = Qt.Key
Mod = Qt.KeyboardModifier


def open_conversation(ws, name: str, language: str) -> ConversationDTO:
    """The first conversation in ``language`` in ``name``'s queue, opened for labelling."""
    profile = ws.users.find(name)
    for row in ws.queue.page(profile):
        if row.language == language:
            return ws.labelling.open(profile, row.assignment_id).conversation
    raise AssertionError(f"{name} has no {language} conversation")


@pytest.fixture
def thai(labelling_ws) -> ConversationDTO:
    """A real Thai chat from Anong's queue: customer, agent, customer."""
    return open_conversation(labelling_ws.ws, "Anong", "th")


@pytest.fixture
def view(qtbot) -> ConversationView:
    """A conversation view on screen, active, with the focus in its text."""
    widget = ConversationView()
    qtbot.add_widget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.wait_exposed(widget)
    widget.activateWindow()
    widget.setFocus()
    qtbot.wait_until(lambda: widget.text.hasFocus())
    return widget


def with_turns(base: ConversationDTO, speakers_texts: list[tuple[str, str]]) -> ConversationDTO:
    """``base`` (a real DTO) with its turns replaced."""
    turns = tuple(
        TurnView(i, speaker, text, f"2026-11-01T09:{i % 60:02d}:00Z")
        for i, (speaker, text) in enumerate(speakers_texts)
    )
    return dataclasses.replace(base, turns=turns)


def tables(view: ConversationView) -> list[QTextTable]:
    """The turn bubbles of the view's document, in order."""
    frames = view.text.document().rootFrame().childFrames()
    return [f for f in frames if isinstance(f, QTextTable)]


def bubble_centre(view: ConversationView, n: int) -> QPoint:
    """The centre of bubble ``n`` in viewport coordinates."""
    rect = view.text.document().documentLayout().frameBoundingRect(tables(view)[n])
    return rect.center().toPoint() - QPoint(0, view.text.verticalScrollBar().value())


def press(qtbot, view: ConversationView, key: Qt.Key, modifier=Mod.NoModifier) -> int:
    """Press ``key`` in the view and return the turn it selected."""
    with qtbot.wait_signal(view.turnSelected, timeout=1000) as blocker:
        qtbot.keyClick(view.text, key, modifier)
    return blocker.args[0]


# -- chat layout ----------------------------------------------------------------------------


def test_speakers_are_told_apart(view, thai):
    view.show_conversation(thai)
    bubbles = tables(view)
    assert [t.speaker for t in thai.turns] == ["customer", "agent", "customer"]
    assert len(bubbles) == 3
    right = Qt.AlignmentFlag.AlignRight
    sides = ["right" if t.format().alignment() & right else "left" for t in bubbles]
    assert sides == ["left", "right", "left"]
    colours = [t.format().background().color().name() for t in bubbles]
    assert colours[0] == colours[2] != colours[1]
    text = view.text.toPlainText()
    for n, turn in enumerate(thai.turns, start=1):
        assert turn.text in text
        assert f"#{n}" in text
    assert text.count("Customer") == 2
    assert text.count("Agent") == 1
    assert "09:01" in text  # the agent's time; the first bubble also has the date


def test_bot_turns_look_different(view, thai):
    view.show_conversation(
        with_turns(thai, [("customer", "hi"), ("bot", "I am a bot"), ("agent", "I am Som")])
    )
    customer, bot, agent = (t.format() for t in tables(view))
    assert len({customer.background().color().name(), bot.background().color().name(),
                agent.background().color().name()}) == 3  # fmt: skip
    assert bot.borderStyle() != agent.borderStyle()
    assert "Bot" in view.text.toPlainText()


def test_text_is_escaped_and_newlines_kept(view, thai):
    nasty = "<script>alert('x')</script> <b>bold</b>\nsecond line https://example.com/track?a=1&b=2"
    view.show_conversation(with_turns(thai, [("customer", nasty), ("agent", "a  b\n\nc")]))
    text = view.text.toPlainText()
    assert nasty in text
    assert "a  b\n\nc" in text
    doc = view.text.document()
    bold = doc.find("bold")
    assert bold.charFormat().fontWeight() == QFont.Weight.Normal
    url = doc.find("example.com")
    assert not url.charFormat().isAnchor()
    assert view.text.anchorAt(view.text.cursorRect(url).center()) == ""


def test_empty_view_says_so(qtbot):
    widget = ConversationView()
    qtbot.add_widget(widget)
    assert widget.conversation() is None
    assert widget.current_turn() == -1
    assert widget.text.placeholderText()


# -- turn selection -------------------------------------------------------------------------

MIXED = [
    ("customer", "first question"),
    ("bot", "bot answer"),
    ("agent", "agent answer"),
    ("customer", "second question"),
    ("agent", "another answer"),
    ("customer", "third question"),
]


def test_keys_move_the_current_turn(qtbot, view, thai):
    view.show_conversation(with_turns(thai, MIXED))
    assert press(qtbot, view, Key.Key_N) == 0
    assert press(qtbot, view, Key.Key_N) == 3
    assert press(qtbot, view, Key.Key_Down, Mod.ControlModifier) == 5
    assert press(qtbot, view, Key.Key_Up, Mod.ControlModifier) == 3
    assert press(qtbot, view, Key.Key_Down, Mod.AltModifier) == 4
    assert press(qtbot, view, Key.Key_Up, Mod.AltModifier) == 3
    assert press(qtbot, view, Key.Key_Up, Mod.AltModifier) == 2
    assert view.current_turn() == 2
    assert press(qtbot, view, Key.Key_Escape) == -1
    assert view.current_turn() == -1
    # From conversation level, Ctrl+Up starts at the bottom.
    assert press(qtbot, view, Key.Key_Up, Mod.ControlModifier) == 5
    with qtbot.assert_not_emitted(view.turnSelected):
        qtbot.keyClick(view.text, Key.Key_Down, Mod.ControlModifier)  # no customer turn after


def test_window_shortcut_for_the_same_key_wins_without_clash(qtbot, view, thai):
    """The main window binds the registry's keys to the view's methods; no ambiguity."""
    view.show_conversation(with_turns(thai, MIXED))
    action = QAction(view)
    action.setShortcut(QKeySequence("Ctrl+Down"))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(view.next_customer_turn)
    view.addAction(action)
    with qtbot.wait_signal(action.triggered):
        qtbot.keyClick(view.text, Key.Key_Down, Mod.ControlModifier)
    assert view.current_turn() == 0  # moved once, by the window's action


def test_keys_can_be_rebound(qtbot, view, thai):
    view.show_conversation(with_turns(thai, MIXED))
    view.set_key_bindings({"next_customer_turn": [QKeySequence("J")]})
    with qtbot.assert_not_emitted(view.turnSelected):
        qtbot.keyClick(view.text, Key.Key_N)
    assert press(qtbot, view, Key.Key_J) == 0
    with pytest.raises(KeyError, match="unknown commands"):
        view.set_key_bindings({"no_such_command": []})


def test_current_turn_is_highlighted(qtbot, view, thai):
    view.show_conversation(thai)
    before = [t.format().borderBrush().color().name() for t in tables(view)]
    press(qtbot, view, Key.Key_Down, Mod.AltModifier)
    press(qtbot, view, Key.Key_Down, Mod.AltModifier)
    after = [t.format().borderBrush().color().name() for t in tables(view)]
    highlight = view.text.palette().highlight().color().name()
    assert after[1] == highlight != before[1]
    assert after[0] == before[0]
    assert after[2] == before[2]


def test_click_selects_a_turn(qtbot, view, thai):
    view.show_conversation(thai)
    with qtbot.wait_signal(view.turnSelected) as blocker:
        qtbot.mouseClick(
            view.text.viewport(), Qt.MouseButton.LeftButton, pos=bubble_centre(view, 1)
        )
    assert blocker.args == [thai.turns[1].idx]


def test_new_conversation_goes_back_to_conversation_level(qtbot, view, thai):
    view.show_conversation(thai)
    press(qtbot, view, Key.Key_N)
    with qtbot.wait_signal(view.turnSelected) as blocker:
        view.show_conversation(thai)
    assert blocker.args == [-1]


def test_turn_label_chips(qtbot, view, thai):
    names = {"ORDER.cancel_order": "Cancel order", "ORDER.track": "Track order"}
    view.show_conversation(thai, {0: ("ORDER.cancel_order",)}, names)
    assert "Cancel order" in view.text.toPlainText()
    view.set_turn_labels({0: ("ORDER.cancel_order",), 2: ("ORDER.track", "ORDER.cancel_order")})
    text = view.text.toPlainText()
    assert text.count("Cancel order") == 2
    assert "Track order" in text
    view.set_turn_labels({2: ("ORDER.track",)}, names)
    text = view.text.toPlainText()
    assert "Cancel order" not in text
    assert text.count("Track order") == 1
    for turn in thai.turns:  # the turns' own text is untouched by the chip edits
        assert turn.text in text


# -- long conversations ---------------------------------------------------------------------


def test_long_conversation_scrolls(qtbot, view, thai):
    long_text = ("ข้อความยาวมาก 很长的消息 a very long message. " * 1400)[:50_000]
    turns = [("customer" if i % 2 == 0 else "agent", f"turn {i}") for i in range(200)]
    turns[150] = ("customer", long_text)
    view.show_conversation(with_turns(thai, turns))
    bar = view.text.verticalScrollBar()
    assert bar.maximum() > 10 * view.text.viewport().height()
    assert press(qtbot, view, Key.Key_Up, Mod.ControlModifier) == 198  # the last customer turn
    viewport = view.text.viewport().rect()
    assert viewport.contains(bubble_centre(view, 198))
    view.select_turn(150)
    top = view.text.document().documentLayout().frameBoundingRect(tables(view)[150]).top()
    assert abs(bar.value() - top) < view.text.fontMetrics().height()
    assert long_text in view.text.toPlainText()


def test_chips_keep_the_scroll_position(qtbot, view, thai):
    turns = [("customer" if i % 2 == 0 else "agent", f"turn {i}") for i in range(120)]
    view.show_conversation(with_turns(thai, turns))
    view.select_turn(100)
    bar = view.text.verticalScrollBar()
    position = bar.value()
    assert position > 0
    view.set_turn_labels({100: ("a.b",)}, {"a.b": "A label"})
    assert bar.value() == position
    assert view.current_turn() == 100


# -- find -----------------------------------------------------------------------------------


def type_text(qtbot, widget, text: str) -> None:
    """Type ``text`` into ``widget``: keys for ASCII, an input-method commit for other scripts
    (as a Thai or Chinese keyboard does; QTest can only press keys for Latin-1 characters)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)


def open_find(qtbot, view: ConversationView, query: str) -> None:
    """Ctrl+F, then type ``query``."""
    qtbot.keyClick(view.text, Key.Key_F, Mod.ControlModifier)
    qtbot.wait_until(lambda: view.find_bar.edit.hasFocus())
    type_text(qtbot, view.find_bar.edit, query)


def test_find_counts_and_navigates(qtbot, view, thai):
    texts = ["refund please", "your refund is on its way", "REFUND? when", "thanks"]
    view.show_conversation(with_turns(thai, [("customer", t) for t in texts]))
    open_find(qtbot, view, "refund")
    assert view.find_bar.count_text() == "1 of 3"
    qtbot.keyClick(view.find_bar.edit, Key.Key_Return)
    assert view.find_bar.count_text() == "2 of 3"
    qtbot.keyClick(view.find_bar.edit, Key.Key_F3)
    assert view.find_bar.count_text() == "3 of 3"
    qtbot.keyClick(view.find_bar.edit, Key.Key_Return)
    assert view.find_bar.count_text() == "1 of 3"  # wraps around
    qtbot.keyClick(view.find_bar.edit, Key.Key_Return, Mod.ShiftModifier)
    assert view.find_bar.count_text() == "3 of 3"
    qtbot.keyClick(view.find_bar.edit, Key.Key_F3, Mod.ShiftModifier)
    assert view.find_bar.count_text() == "2 of 3"
    assert len(view.text.extraSelections()) == 3
    qtbot.keyClicks(view.find_bar.edit, "zzz")
    assert view.find_bar.count_text() == "No matches"
    qtbot.keyClick(view.find_bar.edit, Key.Key_Escape)
    assert view.find_bar.isHidden()
    assert view.text.extraSelections() == []
    assert view.text.hasFocus()


def test_find_skips_headers(qtbot, view, thai):
    view.show_conversation(thai)
    open_find(qtbot, view, "Customer")
    assert view.match_count() == 0
    assert view.find_bar.count_text() == "No matches"


@pytest.mark.parametrize(("name", "language"), [("Anong", "th"), ("Wei", "zh"), ("Linh", "vi")])
def test_find_thai_chinese_vietnamese(qtbot, view, labelling_ws, name, language):
    conversation = open_conversation(labelling_ws.ws, name, language)
    view.show_conversation(conversation)
    query = conversation.turns[1].text[:3]  # the agent's reply, in the conversation's language
    expected = sum(t.text.casefold().count(query.casefold()) for t in conversation.turns)
    assert expected >= 1
    open_find(qtbot, view, query)
    assert view.match_count() == expected
    assert view.find_bar.count_text() == f"1 of {expected}"
    selections = view.text.extraSelections()
    assert selections[0].cursor.selectedText().casefold() == query.casefold()


def test_f3_opens_find_with_the_selection(qtbot, view, thai):
    view.show_conversation(thai)
    cursor = view.text.document().find(thai.turns[1].text[:4])
    view.text.setTextCursor(cursor)
    qtbot.keyClick(view.text, Key.Key_F, Mod.ControlModifier)
    assert view.find_bar.query() == thai.turns[1].text[:4]
    assert view.match_count() >= 1


# -- selection and copy ---------------------------------------------------------------------


def test_copy_all_with_keyboard(qtbot, view, thai):
    view.show_conversation(thai)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(view.text, Key.Key_A, Mod.ControlModifier)
    qtbot.keyClick(view.text, Key.Key_C, Mod.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    for turn in thai.turns:
        assert turn.text in copied
    assert "<table" not in copied
    assert "<span" not in copied


def test_copy_a_selected_line(qtbot, view, thai):
    view.show_conversation(with_turns(thai, [("customer", "ขอคืนเงิน 请退款\nsecond line")]))
    qtbot.keyClick(view.text, Key.Key_Home, Mod.ControlModifier)
    for _ in range(5):  # from the header line down to the message's first line
        if view.text.textCursor().block().text() == "ขอคืนเงิน 请退款":
            break
        qtbot.keyClick(view.text, Key.Key_Down)
    qtbot.keyClick(view.text, Key.Key_Home)
    qtbot.keyClick(view.text, Key.Key_End, Mod.ShiftModifier)
    qtbot.keyClick(view.text, Key.Key_C, Mod.ControlModifier)
    assert QGuiApplication.clipboard().text() == "ขอคืนเงิน 请退款"


# -- fonts and palettes ---------------------------------------------------------------------


def test_fonts_cover_thai_chinese_vietnamese(view, thai):
    """Fails on a machine without Thai or Chinese fonts: install fonts-tlwg-loma-ttf and
    fonts-wqy-microhei (or Noto Sans Thai / Noto Sans CJK)."""
    view.show_conversation(thai)
    font = view.text.document().defaultFont()
    installed = [f for f in font.families() if QFontDatabase.hasFamily(f)]
    assert installed, f"none of the view's font families is installed: {font.families()}"
    for script, char in SCRIPT_SAMPLES.items():
        covering = [f for f in installed if QFontMetrics(QFont(f)).inFontUcs4(ord(char))]
        assert covering, f"no installed font of {font.families()} draws {script} {char!r}"


def test_missing_fonts_are_reported(view):
    assert uncovered_scripts(view.text.document().defaultFont()) == []
    bare = QFont()
    bare.setFamilies(["No Such Font Family"])
    assert uncovered_scripts(bare) == list(SCRIPT_SAMPLES)


def test_markup_in_metadata_stays_text(qtbot, thai):
    meta = {"<b>key</b>": "<img src='x.png'> " + "y" * 300}
    panel = MetaPanel()
    qtbot.add_widget(panel)
    panel.resize(300, 200)
    panel.show_conversation(dataclasses.replace(thai, meta=meta))
    labels = {label.text(): label for label in panel.findChildren(QLabel)}
    assert labels["<b>key</b>"].textFormat() == Qt.TextFormat.PlainText
    value = panel.findChild(QLabel, "value_meta_0")
    assert "&lt;img src=&#x27;x.png&#x27;&gt;" in value.toolTip()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_bubbles_readable_in_light_and_dark(view, thai, theme):
    palette = make_palette(theme)
    view.setPalette(palette)
    view.show_conversation(thai)
    text = view.text.palette().text().color()
    for table in tables(view):
        bubble = table.format().background().color()
        assert contrast_ratio(text, bubble) >= 7.0, (theme, bubble.name())


def test_palette_change_recolours(view, thai):
    view.setPalette(make_palette("light"))
    view.show_conversation(thai)
    light = tables(view)[0].format().background().color().lightness()
    view.setPalette(make_palette("dark"))
    dark = tables(view)[0].format().background().color().lightness()
    assert dark < 100 < light
    assert thai.turns[0].text in view.text.toPlainText()


def test_font_size_follows_the_widget(view, thai):
    view.show_conversation(thai)
    small = view.text.document().defaultFont().pointSizeF()
    font = view.font()
    font.setPointSizeF(small * 1.5)
    view.setFont(font)
    assert view.text.document().defaultFont().pointSizeF() == pytest.approx(small * 1.5)
    assert len(view.text.document().defaultFont().families()) > 1  # the script fallbacks stay
    assert thai.turns[0].text in view.text.toPlainText()


# -- metadata panel -------------------------------------------------------------------------


def test_meta_panel_shows_real_metadata(qtbot, thai):
    panel = MetaPanel()
    qtbot.add_widget(panel)
    panel.show()
    panel.show_conversation(thai)
    rows = dict(panel.rows())
    assert rows["market"] == "TH"
    assert rows["channel"] in {"chat", "app"}
    assert rows["order_id"].startswith("TH")
    shown = [label.text() for label in panel.findChildren(QLabel)]
    assert thai.external_id in shown
    assert thai.batch in shown
    assert "3" in shown
    assert panel.badge.code == "th"
    assert panel.badge.text().startswith("TH")


def test_hidden_meta_keys_never_show(qtbot, view, thai):
    panel = MetaPanel()
    qtbot.add_widget(panel)
    panel.show_conversation(thai)
    view.show_conversation(thai)
    assert "intent" not in thai.meta
    texts = [label.text() + label.toolTip() for label in panel.findChildren(QLabel)]
    assert not any("intent" in t or "cancel_order" in t for t in texts)
    assert "cancel_order" not in view.text.toPlainText()


def test_meta_panel_flattens_elides_and_copies(qtbot, thai):
    long_value = "x" * 400
    meta = {"source": {"shop": "Lazada", "region": None}, "note": long_value, "gone": None}
    panel = MetaPanel()
    qtbot.add_widget(panel)
    panel.resize(320, 300)
    panel.show()
    qtbot.wait_exposed(panel)
    panel.show_conversation(dataclasses.replace(thai, meta=meta))
    assert panel.rows() == [("source.shop", "Lazada"), ("note", long_value)]
    value = panel.findChild(QLabel, "value_meta_1")
    assert value.text() != long_value
    assert value.text().endswith("…")
    assert long_value in value.toolTip()
    panel.activateWindow()
    qtbot.wait_until(panel.isActiveWindow)
    first = panel.findChild(QLabel, "value_conversation")
    first.setFocus()
    qtbot.wait_until(first.hasFocus)
    for _ in range(10):  # the value is reachable with Tab
        if value.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Key.Key_Tab)
    assert value.hasFocus()
    qtbot.keyClick(value, Key.Key_C, Mod.ControlModifier)
    assert QGuiApplication.clipboard().text() == long_value
    panel.show_conversation(dataclasses.replace(thai, meta={}))
    assert panel.rows() == []
    assert panel.findChild(QLabel, "empty_metadata").isVisible()


def test_flatten_meta():
    meta = {"a": {"b": 1, "c": None, "d": {"e": True}}, "f": ["x", 2], "g": None}
    assert flatten_meta(meta) == [("a.b", "1"), ("a.d.e", "true"), ("f", "x, 2")]


# -- language badge -------------------------------------------------------------------------


def test_language_badge(qtbot):
    badge = LanguageBadge()
    qtbot.add_widget(badge)
    badge.set_language("th", 0.97)
    assert badge.text() == "TH · 97%"
    assert "ไทย" in badge.toolTip()
    assert not badge.is_warning()
    normal = badge.colours()
    badge.set_language("th", 0.55)
    assert badge.is_warning()
    assert badge.text() == "TH? · 55%"
    assert badge.colours() != normal
    badge.set_language("und", 0.0)
    assert badge.text() == "? · unknown"
    assert badge.is_warning()
    badge.set_language("zh", 0.9)
    assert "中文" in badge.toolTip()

"""One chart of the dashboard: a title, and a matplotlib canvas made on first use.

matplotlib's Qt canvas is imported and created only when a chart is first drawn (the page
pays matplotlib's import on a worker thread before that, see
:func:`labeldesk.charts.preload`). A click on an element (a bar, a week, a heatmap cell)
emits its key; so does Enter on the element chosen with the arrow keys once the panel has
the keyboard focus (Tab reaches it, and Alt with the title's underlined letter). The panel,
not the canvas, is the tab stop: it exists from the start, so the tab order is fixed once.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QCursor, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from labeldesk.charts.hits import Hits, highlight
from labeldesk.charts.style import DARK, LIGHT, Palette, new_figure
from labeldesk.ui.theme import DARK_PROPERTY

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.backend_bases import Event
    from matplotlib.figure import Figure

#: The smallest size a chart is drawn at, in pixels.
MIN_WIDTH, MIN_HEIGHT = 320, 230
_STYLE = """
QFrame#chart_panel { border: 1px solid palette(mid); border-radius: 4px; }
QFrame#chart_panel:focus { border: 2px solid palette(highlight); }
"""
#: Qt keys that move the chosen element back and forward, jump, and emit it.
_BACK = (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp)
_FORWARD = (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown)
_ACTIVATE = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


def chart_palette() -> Palette:
    """The chart colours that go with the app's theme."""
    app = QApplication.instance()
    return DARK if app is not None and app.property(DARK_PROPERTY) else LIGHT


class ChartPanel(QFrame):
    """A titled chart whose elements can be clicked or chosen with the keyboard.

    Parameters
    ----------
    name
        The chart's name (its object names derive from it).
    parent
        The owning widget.

    Signals
    -------
    elementActivated(object)
        An element was clicked, or Enter was pressed on the chosen one: its key.
    """

    elementActivated = Signal(object)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setObjectName("chart_panel")
        self.setStyleSheet(_STYLE)
        # the panel is the tab stop (the canvas comes later): keys choose elements
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.title = QLabel(self)
        self.title.setObjectName(f"chart_title_{name}")
        self.title.setBuddy(self)
        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        self.canvas: Any = None  # a FigureCanvasQTAgg once made
        self.figure: Figure | None = None
        self.hits = Hits()
        self._current = -1
        self._mark: Artist | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 4, 6, 6)
        self._layout.setSpacing(2)
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.placeholder, 1)

    # -- the canvas -----------------------------------------------------------------------

    def ensure_canvas(self) -> Any:  # noqa: ANN401 - a FigureCanvasQTAgg
        """Make the canvas (importing matplotlib's Qt backend) if it is not made yet."""
        if self.canvas is not None:
            return self.canvas
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        self.figure = new_figure(palette=chart_palette())
        canvas = FigureCanvasQTAgg(self.figure)
        canvas.setParent(self)
        canvas.setObjectName(f"chart_{self.name}")
        canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        canvas.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        canvas.mpl_connect("button_press_event", self._on_press)
        canvas.mpl_connect("motion_notify_event", self._on_motion)
        self._layout.replaceWidget(self.placeholder, canvas)
        self.placeholder.hide()
        canvas.show()
        self.canvas = canvas
        return canvas

    def show_chart(self, draw: Callable[[Figure], Hits], accessible: str = "") -> None:
        """Draw a chart with ``draw`` (a builder of :mod:`labeldesk.charts`, bound to its
        data); the element chosen before stays chosen if the new chart has it too."""
        canvas = self.ensure_canvas()
        assert self.figure is not None
        previous = self.current_key()
        self._mark = None
        self.hits = draw(self.figure)
        keys = self.hits.keys()
        self._current = keys.index(previous) if previous in keys else -1
        if self.hasFocus():
            self._show_mark()
        self.setAccessibleName(self.title.text().replace("&", ""))
        self.setAccessibleDescription(accessible)
        canvas.draw_idle()

    def set_message(self, text: str) -> None:
        """Show a line of text where the chart goes (before the first chart)."""
        self.placeholder.setText(text)

    # -- choosing elements ----------------------------------------------------------------

    def current_key(self) -> Hashable | None:
        """The key of the element chosen with the keyboard, or None."""
        keys = self.hits.keys()
        return keys[self._current] if 0 <= self._current < len(keys) else None

    def choose(self, key: Hashable) -> None:
        """Choose the element with ``key`` (it is outlined while the chart has the focus)."""
        keys = self.hits.keys()
        if key in keys:
            self._current = keys.index(key)
            self._show_mark()

    def step(self, step: int) -> None:
        """Choose the element ``step`` places on (wrapping around)."""
        n = len(self.hits)
        if n:
            self._current = (self._current + step) % n if self._current >= 0 else 0
            self._show_mark()

    def activate_current(self) -> None:
        """Emit the chosen element's key (Enter)."""
        key = self.current_key()
        if key is not None:
            self.elementActivated.emit(key)

    def element_point(self, key: Hashable) -> QPoint:
        """Where the element with ``key`` is on the canvas, in widget coordinates (the chart
        is drawn first, so its layout is final)."""
        self.canvas.draw()
        x, y = self.hits.anchor(key)
        ratio = self.canvas.device_pixel_ratio
        return QPoint(round(x / ratio), round(self.canvas.height() - y / ratio))

    def _show_mark(self) -> None:
        """Outline the chosen element (only while the chart has the keyboard focus)."""
        if self._mark is not None:
            self._mark.remove()
            self._mark = None
        key = self.current_key()
        if key is not None and self.hasFocus():
            hit = self.hits.find(key)
            if hit is not None:
                self._mark = highlight(hit, chart_palette())
        if self.canvas is not None:
            self.canvas.draw_idle()

    # -- events ---------------------------------------------------------------------------

    def _on_press(self, event: Event) -> None:
        """A click: focus the chart, choose the element under it and emit its key."""
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        key = self.hits.at(event.x, event.y)  # type: ignore[attr-defined]
        if key is not None:
            self.choose(key)
            self.elementActivated.emit(key)

    def _on_motion(self, event: Event) -> None:
        """A pointing hand over clickable elements."""
        over = self.hits.at(event.x, event.y) is not None  # type: ignore[attr-defined]
        shape = Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor
        self.canvas.setCursor(QCursor(shape))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QWidget.keyPressEvent: arrows choose, Home and End jump, Enter emits."""
        key = event.key()
        if key in _BACK:
            self.step(-1)
        elif key in _FORWARD:
            self.step(1)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End) and len(self.hits):
            self._current = 0 if key == Qt.Key.Key_Home else len(self.hits) - 1
            self._show_mark()
        elif key in _ACTIVATE:
            self.activate_current()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Override QWidget.focusInEvent: outline the chosen element (the first at first)."""
        super().focusInEvent(event)
        if self._current < 0 and len(self.hits):
            self._current = 0
        self._show_mark()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Override QWidget.focusOutEvent: no outline without the focus."""
        super().focusOutEvent(event)
        self._show_mark()

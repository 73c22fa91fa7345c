"""The taxonomy picker's breadcrumb: the current label's ancestors as buttons, then the label.

Long names are shortened in the middle so the whole path fits the bar's width.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from labeldesk.ui.models.taxonomy_model import PATH_SEPARATOR, LabelTree


def label_path(tree: LabelTree | None, key: str | None) -> list[tuple[str, str]]:
    """The breadcrumb's segments for label ``key``: its ancestors, then the label.

    Parameters
    ----------
    tree
        The taxonomy shown, if any.
    key
        The current label's key, if any.

    Returns
    -------
    list of (str, str)
        (key, name) pairs from the top level down; empty if there is no such label.
    """
    pos = tree.pos(key) if tree is not None and key is not None else None
    if tree is None or pos is None:
        return []
    chain = [*tree.ancestors(pos), pos]
    return [(tree.labels[p].key, tree.name(p)) for p in chain]


def _fair_cap(widths: Sequence[int], available: int) -> int:
    """The widest any item may be so that all fit in ``available`` (shortest ones whole)."""
    left, ordered = available, sorted(widths)
    for n, width in enumerate(ordered):
        share = left // (len(ordered) - n)
        if width > share:
            return share
        left -= width
    return max(ordered, default=0)


class BreadcrumbBar(QWidget):
    """Where the current label sits: all labels, then each ancestor (clickable), then the label.

    Its buttons are kept and reused as the path changes (a path changes with every arrow key),
    and long names are shortened in the middle to fit the width.

    Signals
    -------
    segmentClicked(str)
        An ancestor was clicked: its key, or "" for the top ("All labels").
    """

    segmentClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("picker_breadcrumb")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # it elides
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._segments: list[tuple[str, str]] = []
        self._buttons: list[tuple[QToolButton, QLabel]] = []  # (ancestor, separator after it)
        self._current = QLabel(self)
        self._current.setObjectName("breadcrumb_current")
        self._current.setTextFormat(Qt.TextFormat.PlainText)
        self._current.setContentsMargins(4, 0, 4, 0)
        font = self._current.font()
        font.setWeight(QFont.Weight.DemiBold)
        self._current.setFont(font)
        self._layout.addWidget(self._current)
        self._layout.addStretch(1)
        self.key_filter: QObject | None = None
        self.set_segments([])

    def set_segments(self, segments: Sequence[tuple[str, str]]) -> None:
        """Show ``segments`` as (key, name) pairs: the ancestors, then the current label."""
        self._segments = list(segments)
        ancestors = [("", self.tr("All labels")), *self._segments[:-1]]
        while len(self._buttons) < len(ancestors):
            self._add_button()
        for n, (button, sep) in enumerate(self._buttons):
            shown = n < len(ancestors)
            button.setVisible(shown)
            sep.setVisible(shown and bool(self._segments))
            if shown:
                button.setProperty("crumb_key", ancestors[n][0])
                button.setProperty("crumb_name", ancestors[n][1])
                button.setToolTip(self.tr("Go to %1").replace("%1", ancestors[n][1]))
        self._current.setVisible(bool(self._segments))
        self._elide()

    def texts(self) -> list[str]:
        """The segments' texts, "All labels" first."""
        return [self.tr("All labels"), *(name for _, name in self._segments)]

    def set_key_filter(self, watcher: QObject) -> None:
        """Let ``watcher`` see the keys pressed on the buttons, now and as they are made."""
        self.key_filter = watcher
        for button, _sep in self._buttons:
            button.installEventFilter(watcher)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Override QWidget::resizeEvent: shorten long names to fit the new width."""
        super().resizeEvent(event)
        self._elide()

    def _add_button(self) -> None:
        """One more ancestor button and the separator after it, before the current label."""
        button = QToolButton(self)
        button.setObjectName("breadcrumb_segment")
        button.setAutoRaise(True)
        button.clicked.connect(lambda: self.segmentClicked.emit(button.property("crumb_key")))
        if self.key_filter is not None:
            button.installEventFilter(self.key_filter)
        sep = QLabel(PATH_SEPARATOR.strip(), self)
        sep.setObjectName("breadcrumb_separator")
        sep.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        at = self._layout.indexOf(self._current)
        self._layout.insertWidget(at, button)
        self._layout.insertWidget(at + 1, sep)
        self._buttons.append((button, sep))

    def _elide(self) -> None:
        """Shorten the longest names (in the middle) until the path fits the bar's width."""
        crumbs: list[tuple[QWidget, str]] = [
            (button, str(button.property("crumb_name")))
            for button, _sep in self._buttons
            if not button.isHidden()
        ]
        if self._segments:
            crumbs.append((self._current, self._segments[-1][1]))
        metrics = self.fontMetrics()
        seps = sum(sep.sizeHint().width() for _b, sep in self._buttons if not sep.isHidden())
        widths = [metrics.horizontalAdvance(name) + 8 for _, name in crumbs]  # bold is wider
        cap = _fair_cap(widths, self.width() - seps - 14 * len(crumbs))  # 14: button margins
        for widget, name in crumbs:
            text = name
            if self.width() > 0:
                text = metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, max(cap, 24))
            if isinstance(widget, QToolButton):
                widget.setText(text.replace("&", "&&"))
            elif isinstance(widget, QLabel):
                widget.setText(text)
                widget.setToolTip(name if text != name else "")

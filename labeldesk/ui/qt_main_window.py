"""The main window: for now a calm placeholder with the batches and one sample conversation."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labeldesk.demo import ATTRIBUTION, SampleConversation, SampleTurn
from labeldesk.stats import StatsDTO

#: Widest a message bubble grows, in pixels; longer text wraps.
BUBBLE_MAX_WIDTH = 560
#: A bubble's padding left and right of its text, and its font size, in pixels.
BUBBLE_PAD_X = 12
BUBBLE_FONT_PX = 14

STYLE = f"""
QMainWindow, QScrollArea, QFrame#conversation_panel {{ background: #f6f7f9; }}
QLabel#heading {{ font-size: 15px; font-weight: 600; color: #1f2933; padding: 4px 0; }}
QLabel#caption {{ color: #616e7c; }}
QLabel#bubble_customer, QLabel#bubble_agent, QLabel#bubble_bot {{
    border-radius: 10px; padding: 8px {BUBBLE_PAD_X}px; color: #1f2933;
}}
QLabel#bubble_customer {{ background: #e4ecf7; }}
QLabel#bubble_agent {{ background: #e3f4e8; }}
QLabel#bubble_bot {{ background: #f0ebf8; }}
QLabel#footer {{ color: #616e7c; font-size: 11px; padding: 2px 8px; }}
QTreeWidget {{ background: white; border: 1px solid #d9dee4; border-radius: 6px; }}
"""


@dataclass(frozen=True)
class WindowContent:
    """What the window shows, gathered from the services by the caller (no SQL in widgets).

    ``stats`` is None when the workspace's counts are not available; ``data_sources`` names
    the sources and licences of the workspace's data for a footer line, empty when none is
    needed.
    """

    workspace_name: str
    workspace_path: str
    stats: StatsDTO | None = None
    sample: SampleConversation | None = None
    script_samples: tuple[SampleTurn, ...] = ()
    data_sources: str = ""


class QtMainWindow(QMainWindow):
    """The application's main window: batches on the left, a conversation in the middle."""

    def __init__(self, content: WindowContent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.setObjectName("main_window")
        self.setStyleSheet(STYLE)
        self.setWindowTitle(self.tr("LabelDesk — {name}").format(name=content.workspace_name))
        self.resize(1200, 760)
        self._build_menus()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._build_batches_panel())
        splitter.addWidget(_scrolling(self._build_conversation_panel()))
        splitter.setSizes([380, 820])
        self.setCentralWidget(self._with_footer(splitter))
        self.statusBar().showMessage(self._status_text())

    # -- building -------------------------------------------------------------------------

    def _build_menus(self) -> None:
        """File > Quit and Help > About."""
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setObjectName("action_quit")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.menuBar().addMenu(self.tr("&File")).addAction(quit_action)
        about_action = QAction(self.tr("&About LabelDesk"), self)
        about_action.setObjectName("action_about")
        about_action.triggered.connect(self._on_about_triggered)
        self.menuBar().addMenu(self.tr("&Help")).addAction(about_action)

    def _build_batches_panel(self) -> QWidget:
        """The batches with their conversation counts and languages, or the workspace path."""
        panel, layout = _column("batches_panel")
        layout.addWidget(_label(self.tr("Batches"), "heading"))
        self.batch_tree = QTreeWidget(panel)
        self.batch_tree.setObjectName("tree_batches")
        self.batch_tree.setHeaderLabels(
            [self.tr("Batch"), self.tr("Conversations"), self.tr("Languages")]
        )
        self.batch_tree.setRootIsDecorated(False)
        layout.addWidget(self.batch_tree, 1)
        stats = self.content.stats
        if stats is None:
            layout.addWidget(_label(self.content.workspace_path, "caption"))
            return panel
        # A handful of batches from a DTO; the real UI pages batches from a Qt item model.
        for batch in stats.batches:
            languages = ", ".join(f"{code} {n:,}" for code, n in batch.languages.items())
            item = QTreeWidgetItem([batch.name, f"{batch.conversations:,}", languages])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.batch_tree.addTopLevelItem(item)
        for column in range(3):
            self.batch_tree.resizeColumnToContents(column)
        if not stats.batches:
            layout.addWidget(_label(self.tr("No batches yet: import one."), "caption"))
        return panel

    def _build_conversation_panel(self) -> QWidget:
        """One sample conversation as bubbles, then a line in each non-Latin script."""
        panel, layout = _column("conversation_panel")
        sample = self.content.sample
        if sample is None:
            layout.addWidget(_label(self.tr("No conversations yet"), "heading"))
        else:
            layout.addWidget(_label(self.tr("Sample conversation"), "heading"))
            caption = self.tr("{id} · batch {batch}").format(
                id=sample.external_id, batch=sample.batch
            )
            layout.addWidget(_label(caption, "caption"))
            for turn in sample.turns:
                layout.addLayout(self._bubble_row(turn))
        if self.content.script_samples:
            layout.addSpacing(12)
            layout.addWidget(_label(self.tr("Languages LabelDesk expects"), "heading"))
            for turn in self.content.script_samples:
                layout.addLayout(self._bubble_row(turn))
        layout.addStretch(1)
        return panel

    def _bubble_row(self, turn: SampleTurn) -> QHBoxLayout:
        """A message bubble: customers on the left, agents and bots on the right."""
        speaker = turn.speaker if turn.speaker in ("customer", "agent", "bot") else "customer"
        who = {"customer": self.tr("customer"), "agent": self.tr("agent"), "bot": self.tr("bot")}
        bubble = _label(turn.text, f"bubble_{speaker}")
        _fit_width(bubble)
        bubble.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bubble.setToolTip(f"{who[speaker]} · {turn.language}")
        row = QHBoxLayout()
        if speaker == "customer":
            row.addWidget(bubble)
            row.addStretch(1)
        else:
            row.addStretch(1)
            row.addWidget(bubble)
        return row

    def _with_footer(self, body: QWidget) -> QWidget:
        """``body`` above a one-line credit for the data's sources, when there is one."""
        if not self.content.data_sources:
            return body
        wrapper, layout = _column("central", margins=0)
        layout.addWidget(body, 1)
        text = self.tr("Demo data: {sources} · Help ▸ About LabelDesk for sources").format(
            sources=self.content.data_sources
        )
        footer = _label(text, "footer")
        layout.addWidget(footer)
        return wrapper

    def _status_text(self) -> str:
        """``Workspace: <path> · N conversations``."""
        if self.content.stats is None:
            return self.tr("Workspace: {path}").format(path=self.content.workspace_path)
        return self.tr("Workspace: {path} · {n} conversations").format(
            path=self.content.workspace_path, n=f"{self.content.stats.conversations:,}"
        )

    # -- slots ----------------------------------------------------------------------------

    def _on_about_triggered(self) -> None:
        """Show the version and the data's sources and licences."""
        from labeldesk import __version__

        text = self.tr("LabelDesk {version}\n\n{attribution}").format(
            version=__version__, attribution=ATTRIBUTION
        )
        QMessageBox.about(self, self.tr("About LabelDesk"), text)


def _scrolling(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area that follows its width."""
    area = QScrollArea()
    area.setObjectName(f"scroll_{widget.objectName()}")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


def _column(name: str, margins: int = 12) -> tuple[QWidget, QVBoxLayout]:
    """A named widget with a vertical layout."""
    widget = QFrame()
    widget.setObjectName(name)
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(margins, margins, margins, margins)
    return widget, layout


def _fit_width(bubble: QLabel) -> None:
    """Size a label to its text, wrapping only lines wider than :data:`BUBBLE_MAX_WIDTH`.

    A word-wrapped QLabel in nested layouts picks a narrow width and wraps even short
    messages, so short ones are not wrapped at all. The font is set here, not in the style
    sheet, because the label is measured before it has a parent.
    """
    font = bubble.font()
    font.setPixelSize(BUBBLE_FONT_PX)
    bubble.setFont(font)
    metrics = bubble.fontMetrics()
    longest = max(metrics.horizontalAdvance(line) for line in bubble.text().splitlines() or [""])
    wraps = longest + 2 * BUBBLE_PAD_X > BUBBLE_MAX_WIDTH
    bubble.setWordWrap(wraps)
    bubble.setMaximumWidth(BUBBLE_MAX_WIDTH)
    if wraps:
        bubble.setMinimumWidth(BUBBLE_MAX_WIDTH)


def _label(text: str, name: str) -> QLabel:
    """A plain-text label with an object name the style sheet uses."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label

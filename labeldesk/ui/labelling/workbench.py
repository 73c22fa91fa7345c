"""The labelling workbench: the open conversation, the answer being built, and the picker.

The workbench binds widgets to a Qt-free :class:`~labeldesk.labelling.LabellingSession`: the
picker's choices, the unsure flag and the note edit the session's draft; submit and skip save
through it. It never touches the database itself.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from labeldesk.errors import LabelDeskError
from labeldesk.labelling import LabellingSession, Saved, WorkItem
from labeldesk.labelling.session import Undone
from labeldesk.storage.models import WorkStatus
from labeldesk.taxonomy.dto import TaxonomyDTO
from labeldesk.ui.labelling.conversation_view import ConversationView
from labeldesk.ui.labelling.feedback_panel import FeedbackPanel
from labeldesk.ui.labelling.meta_panel import MetaPanel
from labeldesk.ui.labelling.picker import TaxonomyPicker
from labeldesk.workspace import Workspace

# How many recently used labels the picker offers first.
RECENT_LABELS = 9


class AnswerBar(QFrame):
    """The answer being built: chosen labels, the unsure flag, a note, and Submit / Skip."""

    noteEdited = Signal(str)
    unsureToggled = Signal(bool)
    submitClicked = Signal()
    skipClicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answer_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.chosen = QLabel(self)
        self.chosen.setObjectName("chosen_labels")
        self.chosen.setWordWrap(True)
        self.chosen.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.unsure = QCheckBox(self)
        self.unsure.setObjectName("unsure")
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.note.setClearButtonEnabled(True)
        self.note.setMaxLength(10_000)
        self.skip = QPushButton(self)
        self.skip.setObjectName("skip")
        self.submit = QPushButton(self)
        self.submit.setObjectName("submit")
        self.submit.setDefault(False)
        self.submit.setAutoDefault(False)
        top = QHBoxLayout()
        top.addWidget(self.chosen, 1)
        top.addWidget(self.unsure)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.skip)
        bottom.addWidget(self.submit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self.unsure.toggled.connect(self.unsureToggled)
        self.note.textEdited.connect(self.noteEdited)
        self.note.returnPressed.connect(self.submitClicked)
        self.submit.clicked.connect(self.submitClicked)
        self.skip.clicked.connect(self.skipClicked)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current UI language."""
        self.unsure.setText(self.tr("&Unsure"))
        self.unsure.setToolTip(self.tr("Flag the answer as unsure"))
        self.note.setPlaceholderText(self.tr("Note for the reviewer"))
        self.skip.setText(self.tr("Skip…"))
        self.skip.setToolTip(self.tr("Skip this conversation with a reason"))
        self.submit.setText(self.tr("Submit"))
        self.submit.setToolTip(self.tr("Save the answer and go to the next conversation"))

    def show_answer(
        self, labels: list[str], names: Mapping[str, str], unsure: bool, note: str
    ) -> None:
        """Show the draft: chosen labels by name, the unsure flag, the note."""
        if labels:
            self.chosen.setText(" · ".join(names.get(k, k) for k in labels))
        else:
            self.chosen.setText(self.tr("No label chosen yet"))
        self.chosen.setProperty("empty", not labels)
        self.unsure.blockSignals(True)
        self.unsure.setChecked(unsure)
        self.unsure.blockSignals(False)
        if self.note.text() != note:
            self.note.setText(note)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class Workbench(QWidget):
    """Conversation, answer bar, taxonomy picker and side panels for one labelling session.

    Signals
    -------
    saved(Saved)
        A submit or skip was stored (durably) for the open item.
    undone(Undone)
        An action was undone; ``Undone.assignment_id`` is the item now open.
    problem(str)
        Something the user can act on went wrong (shown in the message bar).
    """

    saved = Signal(object)
    undone = Signal(object)
    problem = Signal(str)
    itemOpened = Signal(object)

    def __init__(
        self, ws: Workspace, session: LabellingSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.session = session
        self.lang = "en"
        self._taxonomies: dict[str, TaxonomyDTO] = {}
        self._names: dict[str, str] = {}
        self._label_names: dict[str, dict[str, str]] = {}  # per taxonomy, built once
        self._turn: int | None = None
        self._recent: list[str] | None = None  # loaded with the first item, then kept here
        self.header = QLabel(self)
        self.header.setObjectName("item_header")
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.conversation = ConversationView(self)
        self.answer = AnswerBar(self)
        self.picker = TaxonomyPicker(self)
        self.meta = MetaPanel(self)
        self.feedback = FeedbackPanel(ws, session.user, self)
        self.side = QTabWidget(self)
        self.side.setObjectName("side_tabs")
        self.side.addTab(self.meta, "")
        self.side.addTab(self.feedback, "")
        self.empty = QLabel(self)
        self.empty.setObjectName("empty_state")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()
        self._build_layout()
        self.picker.labelChosen.connect(self.choose_label)
        self.picker.favouriteToggled.connect(self._favourite)
        self.conversation.turnSelected.connect(self._turn_selected)
        self.answer.unsureToggled.connect(self.set_unsure)
        self.answer.noteEdited.connect(self._note_edited)
        self.answer.submitClicked.connect(self.submit)
        self.retranslate()

    def _build_layout(self) -> None:
        """Conversation and answer bar in the middle; picker above the side tabs on the right."""
        middle = QWidget(self)
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.header)
        column.addWidget(self.conversation, 1)
        column.addWidget(self.empty, 1)
        column.addWidget(self.answer)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.setObjectName("right_splitter")
        right.addWidget(self.picker)
        right.addWidget(self.side)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("workbench_splitter")
        self.splitter.addWidget(middle)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.header.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def retranslate(self) -> None:
        """Set the texts in the current UI language."""
        self.side.setTabText(0, self.tr("Details"))
        self.side.setTabText(1, self.tr("Feedback"))
        self.empty.setText(
            self.tr(
                "Nothing to label here. Pick a conversation in the queue, or change the filters."
            )
        )
        self._show_header()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- items ----------------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        """Show taxonomy names in ``lang`` where the taxonomy has them."""
        if lang == self.lang:
            return
        self.lang = lang
        self._taxonomies.clear()
        self._label_names.clear()
        if self.session.item is not None:
            self._show_item(self.session.item)

    def open(self, assignment_id: str) -> WorkItem | None:
        """Open an assignment for labelling; None (and a problem) if it can't be opened."""
        try:
            item = self.session.open(assignment_id)
        except LabelDeskError as exc:
            self.problem.emit(str(exc))
            return None
        self._turn = None
        self._show_item(item)
        self.itemOpened.emit(item)
        return item

    def show_empty(self) -> None:
        """Show the empty state: no item is open."""
        self.session.item = None
        self.conversation.hide()
        self.answer.setEnabled(False)
        self.empty.show()
        self.header.setText("")

    def _show_item(self, item: WorkItem) -> None:
        """Show an opened item in every part of the workbench."""
        view = item.conversation
        tax = self._taxonomy(view.taxonomy)
        names = self._label_names.get(tax.name, {}) if tax is not None else {}
        if names is not self._names:
            self._names = names
            self.feedback.set_label_names(names)
        self.empty.hide()
        self.conversation.show()
        self.answer.setEnabled(True)
        self.conversation.show_conversation(view, self._turn_labels(), self._names)
        self.meta.show_conversation(view, self._names)
        if tax is not None:
            self.picker.set_taxonomy(tax, self.lang)
            if self._recent is None:
                self._recent = self.ws.users.recent_labels(self.session.user.id)
                self.picker.set_recent(self._recent)
                self.picker.set_favourites(self.ws.users.favourites(self.session.user.id))
        self._show_header()
        self._show_draft()

    def _taxonomy(self, name: str | None) -> TaxonomyDTO | None:
        """The latest version of taxonomy ``name`` with names in the UI language (cached)."""
        if name is None:
            return None
        if name not in self._taxonomies:
            tax = self.ws.taxonomy.latest(name, lang=self.lang)
            self._taxonomies[name] = tax
            self._label_names[name] = {lb.key: lb.display_name for lb in tax.labels}
        return self._taxonomies[name]

    def refresh_taxonomies(self) -> None:
        """Forget cached taxonomies (a new version was imported)."""
        self._taxonomies.clear()
        self._label_names.clear()

    def _show_header(self) -> None:
        """The header line: which conversation, its status and revision."""
        item = self.session.item
        if item is None:
            self.header.setText("")
            return
        status = {
            WorkStatus.TODO: self.tr("to do"),
            WorkStatus.DONE: self.tr("done"),
            WorkStatus.UNSURE: self.tr("unsure"),
            WorkStatus.SKIPPED: self.tr("skipped"),
            WorkStatus.EXPIRED: self.tr("expired"),
        }[item.status]
        if item.latest is None:
            text = self.tr("%1 · %2")
        else:
            text = self.tr("%1 · %2 · revision %3").replace("%3", str(item.latest.number))
        self.header.setText(text.replace("%1", item.conversation.external_id).replace("%2", status))

    def _show_draft(self) -> None:
        """Show the session's draft in the answer bar, the picker and the turn chips."""
        draft = self.session.draft
        self.answer.show_answer(draft.labels, self._names, draft.unsure, draft.note)
        if self._turn is None:
            self.picker.set_chosen(draft.labels, self.tr("Conversation"))
        else:
            self.picker.set_chosen(
                draft.turn_labels.get(self._turn, []),
                self.tr("Turn %1").replace("%1", str(self._turn + 1)),
            )
        self.conversation.set_turn_labels(self._turn_labels(), self._names)

    def _turn_labels(self) -> dict[int, tuple[str, ...]]:
        """The draft's turn labels as tuples."""
        return {t: tuple(v) for t, v in self.session.draft.turn_labels.items()}

    # -- edits ----------------------------------------------------------------------------

    def choose_label(self, key: str) -> None:
        """Choose (or un-choose) ``key`` for the conversation, or for the selected turn."""
        if self.session.item is None:
            return
        self.session.toggle_label(key, self._turn)
        self._show_draft()

    def clear_labels(self) -> None:
        """Un-choose every label of the conversation (or of the selected turn)."""
        if self.session.item is None:
            return
        self.session.clear_labels(self._turn)
        self._show_draft()

    def set_unsure(self, unsure: bool) -> None:
        """Set the unsure flag."""
        if self.session.item is None:
            return
        self.session.set_unsure(unsure)
        self._show_draft()

    def toggle_unsure(self) -> None:
        """Flip the unsure flag."""
        if self.session.item is not None:
            self.set_unsure(not self.session.draft.unsure)

    def focus_note(self) -> None:
        """Put the cursor in the note field."""
        self.answer.note.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.answer.note.selectAll()

    def _note_edited(self, text: str) -> None:
        """The labeller typed in the note."""
        if self.session.item is not None:
            self.session.set_note(text)

    def _turn_selected(self, turn: int) -> None:
        """A turn was selected (or -1: the conversation); the picker now labels that."""
        self._turn = None if turn < 0 else turn
        self._show_draft()

    def _favourite(self, key: str, favourite: bool) -> None:
        """Store a favourite label for the user."""
        keys = self.ws.users.set_favourite(self.session.user.id, key, favourite)
        self.picker.set_favourites(keys)

    # -- saves ----------------------------------------------------------------------------

    def submit(self) -> Saved | None:
        """Save the draft; emits ``saved`` on success and ``problem`` if it was refused."""
        if self.session.item is None:
            return None
        try:
            saved = self.session.submit()
        except LabelDeskError as exc:
            self.problem.emit(str(exc))
            return None
        self._remember_recent(self.session.draft.labels)
        self.saved.emit(saved)
        return saved

    def _remember_recent(self, labels: list[str]) -> None:
        """Put just-submitted labels first among the recent ones shown in the picker."""
        if self._recent is None or not labels:
            return
        self._recent = list(dict.fromkeys([*labels, *self._recent]))[:RECENT_LABELS]
        self.picker.set_recent(self._recent)

    def skip(self, reason: str) -> Saved | None:
        """Skip the open item with ``reason``; emits ``saved`` or ``problem``."""
        if self.session.item is None:
            return None
        try:
            saved = self.session.skip(reason)
        except LabelDeskError as exc:
            self.problem.emit(str(exc))
            return None
        self.saved.emit(saved)
        return saved

    def undo(self) -> Undone | None:
        """Undo the last action; emits ``undone`` (the window then shows that item)."""
        try:
            undone = self.session.undo()
        except LabelDeskError as exc:
            self.problem.emit(str(exc))
            return None
        if undone is None:
            self.problem.emit(self.tr("Nothing to undo."))
            return None
        if self.session.item is not None:
            self._show_item(self.session.item)
        self.undone.emit(undone)
        return undone

"""Reviewer mode: the review queue, the conversation, the blind slots and the decision.

The page binds keys and widgets to a Qt-free :class:`~labeldesk.review.review_draft.
ReviewDraft` and saves through :class:`~labeldesk.review.adjudication.ReviewService`; it never
touches the database itself. It shows the labellers' answers as anonymous slots A, B, ... in
the item's shuffled order: no names, times or submission order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QLabel, QSplitter, QVBoxLayout, QWidget

from labeldesk.errors import LabelDeskError
from labeldesk.labelling.dto import Profile
from labeldesk.labelling.session import ActiveTimer
from labeldesk.review.dto import ReviewSaved, ReviewTask
from labeldesk.review.review_draft import ReviewDraft
from labeldesk.storage.models import CauseCode, ReviewReason, WorkStatus
from labeldesk.taxonomy.dto import LabelDTO, TaxonomyDTO
from labeldesk.ui.labelling.conversation_view import ConversationView
from labeldesk.ui.labelling.flow_helpers import ActivityFilter
from labeldesk.ui.labelling.picker import TaxonomyPicker
from labeldesk.ui.review.decision_panel import DecisionPanel
from labeldesk.ui.review.queue_panel import ReviewQueuePanel, reason_text
from labeldesk.ui.review.slot_card import SlotList
from labeldesk.ui.shortcuts import sequences_text

if TYPE_CHECKING:
    from labeldesk.ui.main_window import MainWindow
    from labeldesk.workspace import Workspace

# Slots that have keys for accept and verdict (accept_slot_a..d, verdict_slot_a..d).
KEYED_SLOTS = "ABCD"


class ReviewPage(QWidget):
    """The reviewer's mode page: queue on the left, conversation, slots, picker, decision.

    Parameters
    ----------
    ws
        The open workspace (``ws.reviews``, ``ws.taxonomy``, ``ws.users``).
    profile
        The reviewer (or lead).
    window
        The main window: its shortcut registry, settings and message bar.

    Signals
    -------
    saved(ReviewSaved)
        A review was stored durably.
    itemOpened(ReviewTask)
        A review item was opened.
    """

    saved = Signal(object)
    itemOpened = Signal(object)

    def __init__(self, ws: Workspace, profile: Profile, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("review_page")
        self.ws, self.profile, self._window = ws, profile, window
        self.lang = window.settings.ui_language
        self.task: ReviewTask | None = None
        self.draft: ReviewDraft | None = None
        self.timer = ActiveTimer(idle_seconds=float(window.settings.idle_timeout_seconds))
        # counts input as active review time; on the application only while the page shows
        self._activity = ActivityFilter(self.timer, self)
        self._taxonomies: dict[tuple[str, str], TaxonomyDTO] = {}
        self._labels: dict[tuple[str, str], dict[str, LabelDTO]] = {}
        self.queue = ReviewQueuePanel(ws, self)
        self.header = QLabel(self)
        self.header.setObjectName("review_header")
        self.conversation = ConversationView(self)
        self.empty = QLabel(self)
        self.empty.setObjectName("review_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.slots = SlotList(self)
        self.picker = TaxonomyPicker(self)
        self.decision = DecisionPanel(self)
        self._build_layout()
        self._actions = self._build_actions()
        self._connect()
        self.retranslate()
        self.queue.set_user(profile)

    # -- building -------------------------------------------------------------------------

    def _build_layout(self) -> None:
        """Queue | header and conversation | slots over the picker, and the decision."""
        centre = QWidget(self)
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.header)
        column.addWidget(self.conversation, 1)
        column.addWidget(self.empty, 1)
        stack = self.right_splitter = QSplitter(Qt.Orientation.Vertical, self)
        stack.setObjectName("review_right_splitter")
        stack.addWidget(self.slots)
        stack.addWidget(self.picker)
        stack.setStretchFactor(0, 2)
        stack.setStretchFactor(1, 3)
        stack.setChildrenCollapsible(False)
        stack.setSizes([300, 460])
        right = QWidget(self)
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(stack, 1)
        right_column.addWidget(self.decision)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("review_splitter")
        for widget, stretch in ((self.queue, 1), (centre, 3), (right, 3)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([260, 560, 540])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _build_actions(self) -> dict[str, QAction]:
        """The review shortcuts, from the window's registry (remappable)."""
        handlers: dict[str, Callable[..., object]] = {
            "review_submit": self.submit,
            "review_reason": self.focus_reason,
            "review_comment": self.focus_comment,
            "review_search_label": self.picker.focus_search,
            "promote_gold": self.toggle_promote,
            "review_back": self.back,
            "review_forward": self.forward,
        }
        for letter in KEYED_SLOTS:
            # QAction.triggered passes "checked" first: keep the slot name out of its way
            handlers[f"accept_slot_{letter.lower()}"] = lambda _=False, s=letter: self.accept(s)
            handlers[f"verdict_slot_{letter.lower()}"] = lambda _=False, s=letter: self.flip(s)
        actions = {}
        for action_id, handler in handlers.items():
            action = QAction(self)
            action.triggered.connect(handler)
            self._window.shortcuts.apply(action, action_id)
            actions[action_id] = action
        return actions

    def _connect(self) -> None:
        """Wire the queue, the picker, the slots and the decision to the draft."""
        self.queue.assignmentActivated.connect(self.open)
        self.picker.labelChosen.connect(self.choose_label)
        self.picker.favouriteToggled.connect(self._favourite)
        self.slots.acceptClicked.connect(self.accept)
        self.slots.verdictClicked.connect(self.flip)
        self.decision.causeChosen.connect(self._cause_chosen)
        self.decision.commentEdited.connect(lambda text: self._edit("comment", text))
        self.decision.explanationEdited.connect(lambda text: self._edit("explanation", text))
        self.decision.promoteToggled.connect(lambda on: self._edit("promote", on))
        self.decision.saveClicked.connect(self.submit)
        self._window.settings.changed.connect(self._settings_changed)

    # -- the mode page protocol -----------------------------------------------------------

    def mode_actions(self) -> dict[str, QAction]:
        """The page's actions by registry id (the window enables them in review mode)."""
        return dict(self._actions)

    def activate(self) -> None:
        """Shown: refresh the queue, open the first item to review, focus the picker."""
        self.queue.refresh()
        if self.task is None:
            first = self.queue.first_todo()
            if first is None:
                self.show_empty()
            else:
                self.open(first)
        self.picker.focus_search()

    def retranslate(self) -> None:
        """Set the texts in the current UI language."""
        self.empty.setText(
            self.tr("Nothing to review. New disagreements appear here when labellers finish.")
        )
        self._show_header()
        self._show_hints()
        if self.draft is not None:
            self._show_draft()

    def changeEvent(self, event: QEvent) -> None:
        """Override QWidget.changeEvent: retranslate when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """Override QWidget.showEvent: input counts as active review time from now."""
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._activity)
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Override QWidget.resizeEvent: the slot cards keep the height they need."""
        super().resizeEvent(event)
        self._fit_slots()

    def hideEvent(self, event: QHideEvent) -> None:
        """Override QWidget.hideEvent: input no longer counts (another mode, or closing)."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self._activity)
        super().hideEvent(event)

    # -- items ----------------------------------------------------------------------------

    def open(self, assignment_id: str) -> ReviewTask | None:
        """Open a review assignment; None (and a message) if it can't be opened."""
        if self.task is not None and self.task.assignment_id == assignment_id:
            return self.task
        try:
            task = self.ws.reviews.open(self.profile, assignment_id)
        except LabelDeskError as exc:
            self._window.show_problem(str(exc))
            return None
        self.task, self.draft = task, ReviewDraft(task)
        self.timer.take()
        self.empty.hide()
        self.conversation.show()
        self.decision.setEnabled(True)
        self.slots.set_slots(task.slots, self.describe)
        self._fit_slots()
        self._show_hints()
        tax = self._taxonomy(task.taxonomy)
        if tax is not None:
            self.picker.set_taxonomy(tax, self.lang)
            self.picker.set_favourites(self.ws.users.favourites(self.profile.id))
        names = {k: lb.display_name for k, lb in self._label_map(task.taxonomy).items()}
        self.conversation.show_conversation(task.conversation, self.draft.turn_labels, names)
        self.decision.set_gold(task.gold)
        self._show_draft()
        self._show_header()
        self.queue.select_assignment(assignment_id)
        self.itemOpened.emit(task)
        return task

    def show_empty(self) -> None:
        """No item open: say so."""
        self.task, self.draft = None, None
        self.conversation.hide()
        self.slots.set_slots((), self.describe)
        self.decision.setEnabled(False)
        self.empty.show()
        self._show_header()

    def describe(self, key: str) -> tuple[str, tuple[str, ...]]:
        """A label's name and its ancestors' names in the UI language (the key if unknown)."""
        labels = self._label_map(self.task.taxonomy if self.task else None)
        label = labels.get(key)
        if label is None:
            return key, ()
        path: list[str] = []
        parent = label.parent_key
        while parent is not None and parent in labels:
            path.append(labels[parent].display_name)
            parent = labels[parent].parent_key
        return label.display_name, tuple(reversed(path))

    def _taxonomy(self, name: str | None) -> TaxonomyDTO | None:
        """A taxonomy's latest version with names in the UI language (cached)."""
        if name is None:
            return None
        if (name, self.lang) not in self._taxonomies:
            tax = self.ws.taxonomy.latest(name, lang=self.lang)
            self._taxonomies[(name, self.lang)] = tax
            self._labels[(name, self.lang)] = {lb.key: lb for lb in tax.labels}
        return self._taxonomies[(name, self.lang)]

    def _label_map(self, taxonomy: str | None) -> dict[str, LabelDTO]:
        """The labels of a taxonomy's latest version in the UI language, by key."""
        if self._taxonomy(taxonomy) is None:
            return {}
        return self._labels[(str(taxonomy), self.lang)]

    # -- edits ----------------------------------------------------------------------------

    def accept(self, slot: str) -> None:
        """Take slot ``slot``'s labels as the final labels."""
        if self.draft is not None and self.draft.accept(slot):
            self._show_draft()

    def flip(self, slot: str) -> None:
        """Flip slot ``slot``'s verdict between correct and incorrect."""
        if self.draft is not None and self.draft.flip(slot) is not None:
            self._show_draft()

    def choose_label(self, key: str) -> None:
        """Pick (or un-pick) a final label in the picker."""
        if self.draft is not None:
            self.draft.toggle_label(key)
            self._show_draft()

    def focus_reason(self) -> None:
        """Put the keyboard in the reason box (Up/Down choose)."""
        self.decision.reason.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_comment(self) -> None:
        """Put the cursor in the comment."""
        self.decision.comment.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.decision.comment.selectAll()

    def toggle_promote(self) -> None:
        """Tick or untick "Promote to gold"; ticked, the cursor goes to the explanation."""
        if self.draft is None:
            return
        if self.task is not None and self.task.gold:
            self._window.show_problem(self.tr("This conversation is already a gold item."))
            return
        self.decision.promote.toggle()
        if self.decision.promote.isChecked():
            self.decision.explanation.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _cause_chosen(self, cause: CauseCode | None) -> None:
        """A reason was chosen in the box."""
        if self.draft is not None:
            self.draft.cause = cause
            self.decision.show_needs_reason(self.draft.any_incorrect and cause is None)

    def _edit(self, field: str, value: object) -> None:
        """The comment, the explanation or the promote box changed."""
        if self.draft is not None:
            setattr(self.draft, field, value)

    def _favourite(self, key: str, favourite: bool) -> None:
        """Store a favourite label for the reviewer."""
        self.picker.set_favourites(self.ws.users.set_favourite(self.profile.id, key, favourite))

    # -- saving and moving ----------------------------------------------------------------

    def submit(self) -> ReviewSaved | None:
        """Save the review and open the next item; a message if it was refused."""
        task, draft = self.task, self.draft
        if task is None or draft is None:
            return None
        try:
            saved = self.ws.reviews.submit(
                self.profile, task.assignment_id, draft.answer(), active_seconds=self.timer.seconds
            )
        except LabelDeskError as exc:
            self._window.show_problem(str(exc))
            return None
        self.timer.take()
        self.queue.mark(task.assignment_id, WorkStatus.DONE)
        self._window.status_saved.setText(
            self.tr("Saved the review of %1").replace("%1", task.conversation.external_id)
        )
        self.saved.emit(saved)
        nxt = self.queue.next_assignment(task.assignment_id)
        if nxt is None:
            self.show_empty()
            self._window.message_bar.show_message(
                self.tr("That was the last item in this list."), "info"
            )
        else:
            self.open(nxt)
        self.picker.focus_search()
        return saved

    def back(self) -> None:
        """Open the previous item in the queue."""
        self._step(self.queue.previous_assignment)

    def forward(self) -> None:
        """Open the next item in the queue without saving."""
        self._step(self.queue.next_assignment)

    def _step(self, find: Callable[[str], str | None]) -> None:
        """Open the item ``find(current id)`` names, if any."""
        if self.task is None:
            return
        target = find(self.task.assignment_id)
        if target is not None:
            self.open(target)

    # -- showing --------------------------------------------------------------------------

    def _show_draft(self) -> None:
        """Show the draft in the picker's chosen strip, the slot cards and the decision."""
        draft = self.draft
        if draft is None:
            return
        self.picker.set_chosen(draft.labels, self.tr("Final labels"))
        self.slots.set_verdicts(draft.verdicts)
        self.decision.show_draft(draft)
        self.conversation.set_turn_labels(draft.turn_labels)

    def _show_header(self) -> None:
        """Which conversation, why it is here, and whether it is reviewed."""
        task = self.task
        if task is None:
            self.header.setText("")
            return
        status = self.tr("reviewed") if task.status == WorkStatus.DONE else self.tr("to review")
        why = reason_text(ReviewReason(task.reason))
        self.header.setText(
            self.tr("%1 · %2 · %3 · %n slot(s)", "", len(task.slots))
            .replace("%1", task.conversation.external_id)
            .replace("%2", why)
            .replace("%3", status)
        )

    def _fit_slots(self) -> None:
        """Give the slot cards the height they need (up to half the column), the picker the rest."""
        total = sum(self.right_splitter.sizes())
        if total > 0:
            needed = min(self.slots.content_height(), total // 2)
            self.right_splitter.setSizes([needed, total - needed])

    def _show_hints(self) -> None:
        """The slot cards' tooltips, with the keys of their actions."""
        for name, card in self.slots.cards.items():
            if name in KEYED_SLOTS:
                accept = self._actions[f"accept_slot_{name.lower()}"]
                verdict = self._actions[f"verdict_slot_{name.lower()}"]
                take = self.tr("Take these labels as the final labels")
                mark = self.tr("Mark correct or incorrect")
                card.set_hints(
                    f"{take} ({sequences_text(accept.shortcuts())})",
                    f"{mark} ({sequences_text(verdict.shortcuts())})",
                )

    def _settings_changed(self, key: str) -> None:
        """Follow the UI language (taxonomy names) and the idle timeout."""
        if key == "ui_language":
            self.lang = self._window.settings.ui_language
            self._taxonomies.clear()
            self._labels.clear()
            if self.task is not None:
                assignment_id, self.task = self.task.assignment_id, None
                self.open(assignment_id)
        elif key == "idle_timeout_seconds":
            self.timer.idle_seconds = float(self._window.settings.idle_timeout_seconds)

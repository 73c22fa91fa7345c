"""The reviewer's queue: their review items, paged from SQL, with a status filter and progress.

The list is the labeller's queue model and delegate over :class:`ReviewService` (its rows
have the queue rows' fields), so it pages by keyset the same way and never holds a widget
per row. A row shows the conversation's language and first customer message; nothing about
who labelled it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from labeldesk.labelling.dto import Profile
from labeldesk.review.dto import ReviewFilter, ReviewRow
from labeldesk.storage.models import ReviewReason, WorkStatus
from labeldesk.ui.models.queue_model import PAGE_SIZE, QueueModel, QueueRole, status_text
from labeldesk.ui.widgets.queue_view import QueueDelegate, QueueView

if TYPE_CHECKING:
    from labeldesk.review.adjudication import ReviewService
    from labeldesk.workspace import Workspace

# The status filter's choices, in order: (status or None for all).
STATUS_CHOICES: tuple[WorkStatus | None, ...] = (WorkStatus.TODO, WorkStatus.DONE, None)


class ReviewQueueModel(QueueModel):
    """A reviewer's review queue as a table, fetched a page at a time from SQL.

    Parameters
    ----------
    service
        The workspace's review service (``ws.reviews``).
    user
        Whose queue; None shows an empty queue until :meth:`set_user`.
    flt
        Which rows to show.
    page_size
        Rows fetched per ``fetchMore``.
    parent
        The owning QObject.
    """

    def __init__(
        self,
        service: ReviewService,
        user: Profile | None = None,
        flt: ReviewFilter = ReviewFilter(),  # noqa: B008 - frozen dataclass
        *,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        # the review service pages like the queue service; its rows have the same fields
        super().__init__(service, user, flt, page_size=page_size, parent=parent)  # type: ignore[arg-type]

    def set_user(
        self,
        user: Profile | None,
        flt: ReviewFilter = ReviewFilter(),  # type: ignore[override]  # noqa: B008
    ) -> None:
        """Show ``user``'s review queue from the top, with filter ``flt`` (a model reset)."""
        super().set_user(user, flt)  # type: ignore[arg-type]

    def set_filter(self, flt: ReviewFilter) -> None:  # type: ignore[override]
        """Show the rows matching ``flt`` from the top (a model reset)."""
        super().set_filter(flt)  # type: ignore[arg-type]

    def _tooltip(self, row: Any) -> str:  # noqa: ANN401 - a ReviewRow
        """Override QueueModel._tooltip: the id, batch, language, why it is here, status."""
        reason = reason_text(row.reason) if isinstance(row, ReviewRow) else ""
        return (
            self.tr("%1 · batch %2 · language %3 · %4 · %5")
            .replace("%1", row.external_id)
            .replace("%2", row.batch)
            .replace("%3", row.language)
            .replace("%4", reason)
            .replace("%5", status_text(row.status))
        )


def reason_text(reason: ReviewReason) -> str:
    """Why an item is in review, in the UI language."""
    if reason == ReviewReason.AUDIT:
        return QCoreApplication.translate("ReviewQueue", "audit of an agreed item")
    return QCoreApplication.translate("ReviewQueue", "disagreement")


class ReviewQueuePanel(QWidget):
    """The reviewer's queue: a status filter, the paged list and the progress line.

    Signals
    -------
    assignmentActivated(str)
        A review assignment id, when the reviewer moves to a row or presses Enter on it
        (not for :meth:`select_assignment`).
    """

    assignmentActivated = Signal(str)

    def __init__(
        self, ws: Workspace, parent: QWidget | None = None, *, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(parent)
        self.setObjectName("review_queue_panel")
        self._service = ws.reviews
        self._user: Profile | None = None
        self._programmatic = False
        self.model = ReviewQueueModel(self._service, page_size=page_size, parent=self)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("combo_review_status")
        self.list = QueueView(self)
        self.list.setObjectName("list_reviews")
        self.list.setModel(self.model)
        self.delegate = QueueDelegate(self.list)  # a Python reference keeps it alive
        self.list.setItemDelegate(self.delegate)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("label_review_progress")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.status_filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.progress_label)
        self.status_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.list.activated.connect(self._on_activated)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.retranslate()

    # -- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        chosen = self.status_filter.currentIndex()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        for status in STATUS_CHOICES:
            text = self.tr("All reviews") if status is None else status_text(status)
            self.status_filter.addItem(text, None if status is None else status.value)
        self.status_filter.setCurrentIndex(max(chosen, 0))
        self.status_filter.blockSignals(False)
        self.status_filter.setAccessibleName(self.tr("Review status filter"))
        self.list.setAccessibleName(self.tr("Review queue"))
        self.list.setToolTip(self.tr("Items to review: arrows move, Enter opens"))
        self.refresh_counts()

    def changeEvent(self, event: QEvent) -> None:
        """Override QWidget.changeEvent: retranslate when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- state ----------------------------------------------------------------------------

    def set_user(self, profile: Profile | None) -> None:
        """Show ``profile``'s review queue from the top."""
        self._user = profile
        self.model.set_user(profile, self.current_filter())
        self.refresh_counts()

    def current_filter(self) -> ReviewFilter:
        """The filter the status box describes."""
        status = self.status_filter.currentData()
        return ReviewFilter(
            statuses=frozenset() if status is None else frozenset({WorkStatus(status)})
        )

    def refresh(self) -> None:
        """Reload the list (new review items appear) and the counts."""
        current = self.current_assignment()
        self.model.refresh()
        if current is not None:
            self.select_assignment(current)
        self.refresh_counts()

    def refresh_counts(self) -> None:
        """The progress line: reviews to do and done."""
        if self._user is None:
            self.progress_label.setText("")
            return
        counts = self._service.counts(self._user)
        locale = QLocale()
        self.progress_label.setText(
            self.tr("%1 to review · %2 done · %Ln today", "", counts.done_today)
            .replace("%1", locale.toString(counts.todo))
            .replace("%2", locale.toString(counts.done))
        )

    # -- navigation -----------------------------------------------------------------------

    def focus_list(self) -> None:
        """Move the keyboard focus to the list."""
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def current_assignment(self) -> str | None:
        """The assignment id of the current row, or None."""
        index = self.list.currentIndex()
        return index.data(QueueRole.ASSIGNMENT_ID) if index.isValid() else None

    def first_todo(self) -> str | None:
        """The first review still to do, or None."""
        if self._user is None:
            return None
        todo = ReviewFilter(statuses=frozenset({WorkStatus.TODO}))
        rows = self._service.page(self._user, todo, limit=1)
        return rows[0].assignment_id if rows else None

    def select_assignment(self, assignment_id: str) -> bool:
        """Make the assignment the current row (fetching down to it); False if not listed."""
        row = self._locate(assignment_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self._programmatic = True
        try:
            self.list.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        finally:
            self._programmatic = False
        self.list.scrollTo(index)
        return True

    def next_assignment(self, after_id: str) -> str | None:
        """The assignment listed after ``after_id`` (fetching more if needed), or None."""
        row = self._locate(after_id)
        if row is None:
            return None
        while row + 1 >= self.model.rowCount() and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        return self._id_at(row + 1)

    def previous_assignment(self, before_id: str) -> str | None:
        """The assignment listed before ``before_id``, or None at the top."""
        row = self._locate(before_id)
        return None if row is None else self._id_at(row - 1)

    def mark(self, assignment_id: str, status: WorkStatus) -> None:
        """Show a new status for a listed assignment in place, and recount."""
        self.model.update_status(assignment_id, status)
        self.refresh_counts()

    # -- helpers --------------------------------------------------------------------------

    def _locate(self, assignment_id: str) -> int | None:
        """The model row of an assignment, fetching down to it if needed."""
        row = self.model.find_assignment(assignment_id)
        if row is None and self._user is not None:
            found = self._service.row(self._user, assignment_id)
            if found is None:
                return None
            self.model.fetch_through(found.key)
            row = self.model.find_assignment(assignment_id)
        return row

    def _id_at(self, row: int) -> str | None:
        """The assignment id at a model row, or None outside the loaded rows."""
        if 0 <= row < self.model.rowCount():
            return self.model.row_for(row).assignment_id
        return None

    def _on_filter_changed(self) -> None:
        """The status filter changed: reload, keeping the current item if still listed."""
        current = self.current_assignment()
        self.model.set_filter(self.current_filter())
        if current is not None and self.model.find_assignment(current) is not None:
            self.select_assignment(current)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """Emit the assignment when the reviewer moves the current row."""
        if current.isValid() and not self._programmatic:
            self.assignmentActivated.emit(current.data(QueueRole.ASSIGNMENT_ID))

    def _on_activated(self, index: QModelIndex) -> None:
        """Enter or double-click on a row."""
        if index.isValid():
            self.assignmentActivated.emit(index.data(QueueRole.ASSIGNMENT_ID))

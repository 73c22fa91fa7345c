"""The labeller's queue: a paged list of their assignments with filters, progress and position.

The list is a :class:`~labeldesk.ui.models.queue_model.QueueModel` in a one-column table view
with a compact delegate (no widget per row). Counts (progress, "Item 5 of 2,000") and the filter
choices come from queries that can take a while on a million assignments, so they run on a
worker thread and the labels update when the answers arrive; typing never waits for them.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from labeldesk.labelling.dto import Profile, QueueCounts, QueueFilter
from labeldesk.langid import UNKNOWN as UNKNOWN_LANGUAGE
from labeldesk.storage.models import WorkStatus
from labeldesk.ui.models.queue_model import (
    PAGE_SIZE,
    QueueModel,
    QueueRole,
    status_text,
)
from labeldesk.ui.widgets.queue_view import QueueDelegate, QueueView
from labeldesk.ui.workers import BackgroundCalls

if TYPE_CHECKING:
    from labeldesk.workspace import Workspace

log = logging.getLogger(__name__)

# Keys that move the focus to the status, language and batch filters (in the order they are
# laid out and reached with Tab), and to the list.
FILTER_KEYS = ("Alt+1", "Alt+2", "Alt+3")
LIST_KEY = "Alt+0"


# How long after the last status change the progress counts are read again, in milliseconds.
COUNTS_REFRESH_MS = 1500


class QueuePanel(QWidget):
    """The labeller's queue: filters, progress, the paged list and the current position.

    Parameters
    ----------
    ws
        The open workspace; the panel reads ``ws.queue`` only.
    parent
        The parent widget.
    page_size
        Rows the list fetches at a time.

    Attributes
    ----------
    assignmentActivated : Signal(str)
        An assignment id, when the labeller presses Enter on a row, double-clicks it, or
        moves the current row (keyboard or click). Not emitted for
        :meth:`select_assignment`.
    countsChanged : Signal(object)
        The new :class:`~labeldesk.labelling.dto.QueueCounts`, when they arrive.
    """

    assignmentActivated = Signal(str)
    countsChanged = Signal(object)

    def __init__(
        self, ws: Workspace, parent: QWidget | None = None, *, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(parent)
        self.setObjectName("queue_panel")
        self._service = ws.queue
        self._background = BackgroundCalls(self)
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(COUNTS_REFRESH_MS)
        self._counts_timer.timeout.connect(self.refresh_counts)
        self._user: Profile | None = None
        self._counts: QueueCounts | None = None
        self._filter_count: int | None = None
        self._programmatic = False
        self.model = QueueModel(self._service, page_size=page_size, parent=self)
        self._build()
        self._build_shortcuts()
        self.retranslate()

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        """Filters on top, the progress line, the list, the position line."""
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("label_progress")
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("progress_queue")
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(6)
        self.progress_bar.setRange(0, 1)
        self.position_label = QLabel(self)
        self.position_label.setObjectName("label_position")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self._build_filters())
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self._build_list(), 1)
        layout.addWidget(self.position_label)

    def _build_filters(self) -> QGridLayout:
        """Status and language side by side, the batch (longer names) below them."""
        self.status_filter = _combo(self, "combo_status")
        self.language_filter = _combo(self, "combo_language")
        self.batch_filter = _combo(self, "combo_batch")
        filters = QGridLayout()
        filters.setSpacing(4)
        filters.addWidget(self.status_filter, 0, 0)
        filters.addWidget(self.language_filter, 0, 1)
        filters.addWidget(self.batch_filter, 1, 0, 1, 2)
        self._fill_status_filter()
        self._fill_choices(self.batch_filter, [], None)
        self._fill_choices(self.language_filter, [], None)
        for combo in (self.status_filter, self.language_filter, self.batch_filter):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        return filters

    def _build_list(self) -> QueueView:
        """The list view on the model, with the compact delegate."""
        self.list = QueueView(self)
        self.list.setObjectName("list_queue")
        self.list.setModel(self.model)
        self.delegate = QueueDelegate(self.list)  # a Python reference keeps it alive
        self.list.setItemDelegate(self.delegate)
        self.list.activated.connect(self._on_list_activated)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.model.modelReset.connect(self._show_position)
        return self.list

    def _build_shortcuts(self) -> None:
        """Alt+1..3 focus the filters (status, language, batch), Alt+0 the list.

        The keys are in the widgets' tooltips; :attr:`shortcuts` lets the window remap them.
        """
        self.shortcuts: dict[str, QShortcut] = {}
        targets = (self.status_filter, self.language_filter, self.batch_filter, self.list)
        for name, keys, target in zip(
            ("status", "language", "batch", "list"), (*FILTER_KEYS, LIST_KEY), targets, strict=True
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(
                lambda w=target: w.setFocus(Qt.FocusReason.ShortcutFocusReason)
            )
            self.shortcuts[name] = shortcut

    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        tips = (
            (self.status_filter, self.tr("Show items with this status (%1)")),
            (self.batch_filter, self.tr("Show items of this batch (%1)")),
            (self.language_filter, self.tr("Show items in this language (%1)")),
            (self.list, self.tr("Your queue (%1): arrows, Page Up/Down, Home/End; Enter opens")),
        )
        for widget, tip in tips:
            name = "list" if widget is self.list else widget.objectName().removeprefix("combo_")
            keys = self.shortcuts[name].key().toString(QKeySequence.SequenceFormat.NativeText)
            widget.setToolTip(tip.replace("%1", keys))
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.batch_filter.setAccessibleName(self.tr("Batch filter"))
        self.language_filter.setAccessibleName(self.tr("Language filter"))
        self.list.setAccessibleName(self.tr("Queue"))
        self._fill_status_filter()
        self._retranslate_choices()
        self._show_counts()
        self._show_position()
        self.list.viewport().update()

    def changeEvent(self, event: QEvent) -> None:
        """Override QWidget.changeEvent: retranslate when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- public API -----------------------------------------------------------------------

    @property
    def user(self) -> Profile | None:
        """Whose queue is shown."""
        return self._user

    def set_user(self, profile: Profile | None) -> None:
        """Show ``profile``'s queue (batch and language filters reset; status kept)."""
        self._user = profile
        self._counts, self._filter_count = None, None
        self._fill_choices(self.batch_filter, [], None)
        self._fill_choices(self.language_filter, [], None)
        self._retranslate_choices()
        self._show_counts()
        self.model.set_user(profile, self.current_filter())
        self._load_choices()
        self.refresh_counts()

    def current_filter(self) -> QueueFilter:
        """The filter the combo boxes describe."""
        status = self.status_filter.currentData()
        return QueueFilter(
            statuses=frozenset() if status is None else frozenset({WorkStatus(status)}),
            batch=self.batch_filter.currentData(),
            language=self.language_filter.currentData(),
        )

    def set_filter(self, flt: QueueFilter) -> None:
        """Set the combo boxes to ``flt`` (one status at most) and show the matching rows."""
        status = next(iter(sorted(flt.statuses)), None)
        with _blocked(self.status_filter, self.batch_filter, self.language_filter):
            _select_data(self.status_filter, None if status is None else status.value)
            _select_data(self.batch_filter, flt.batch, add=True)
            _select_data(self.language_filter, flt.language, add=True)
        self._on_filter_changed()

    def focus_list(self) -> None:
        """Move the keyboard focus to the list."""
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def current_assignment(self) -> str | None:
        """The assignment id of the current row, or None."""
        index = self.list.currentIndex()
        return index.data(QueueRole.ASSIGNMENT_ID) if index.isValid() else None

    def select_assignment(self, assignment_id: str) -> bool:
        """Make the assignment the current row (fetching down to it); False if not listed.

        Does not emit :attr:`assignmentActivated`.
        """
        row = self._locate(assignment_id)
        if row is None:
            return False
        self._set_current(row)
        return True

    def next_assignment(self, after_id: str) -> str | None:
        """The assignment listed after ``after_id`` (fetching more if needed), or None."""
        row = self.model.find_assignment(after_id)
        if row is not None:
            nxt = row + 1
        else:
            key = self._key_of(after_id)
            if key is None:
                return None
            self.model.fetch_through(key)
            nxt = self.model.row_after_key(key)
        while nxt >= self.model.rowCount() and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        return self._id_at(nxt)

    def previous_assignment(self, before_id: str) -> str | None:
        """The assignment listed before ``before_id``, or None at the top."""
        row = self.model.find_assignment(before_id)
        if row is None:
            key = self._key_of(before_id)
            if key is None:
                return None
            self.model.fetch_through(key)
            row = self.model.row_after_key(key)
        return self._id_at(row - 1)

    def first_todo_assignment(self) -> str | None:
        """The first assignment still to do under the batch and language filters, or None."""
        if self._user is None:
            return None
        for row in range(self.model.rowCount()):
            if self.model.row_for(row).status == WorkStatus.TODO:
                return self.model.row_for(row).assignment_id
            if row >= PAGE_SIZE:
                break  # not near the top: ask SQL rather than walk the list
        todo = dataclasses.replace(self.current_filter(), statuses=frozenset({WorkStatus.TODO}))
        rows = self._service.page(self._user, todo, limit=1)
        return rows[0].assignment_id if rows else None

    def mark(self, assignment_id: str, status: WorkStatus) -> None:
        """Show a new status for a listed assignment in place and update the progress."""
        self.model.update_status(assignment_id, status)
        self._counts_timer.start()  # recount once saving pauses, not after every submit

    def refresh(self) -> None:
        """Reload the list with the current filters (keeping the current row) and the counts."""
        current = self.current_assignment()
        self.model.refresh()
        if current is not None and self.model.find_assignment(current) is not None:
            self._set_current(self.model.find_assignment(current))  # type: ignore[arg-type]
        self._load_choices()
        self.refresh_counts()

    def refresh_counts(self) -> None:
        """Recount progress and the filtered total on worker threads; labels update later.

        The two are separate calls, so the progress line shows as soon as it is counted.
        """
        user = self._user
        if user is None:
            self._on_progress(None)
            self._on_filter_count(None)
            return
        service = self._service
        self._background.call(
            "progress", lambda: service.counts(user), self._on_progress, self._on_progress_failed
        )
        self._refresh_filter_count()

    def _refresh_filter_count(self) -> None:
        """Count the rows the filters match (the "of 2,000" in the position) on a worker."""
        user, flt, service = self._user, self.current_filter(), self._service
        if user is not None:
            self._background.call(
                "filter_count", lambda: service.count(user, flt), self._on_filter_count
            )

    def wait_for_background(self, msecs: int = -1) -> bool:
        """Wait until background counting is done and shown (for shutdown and tests)."""
        return self._background.wait(msecs)

    @property
    def counts(self) -> QueueCounts | None:
        """The latest progress counts, once they arrived."""
        return self._counts

    # -- slots ----------------------------------------------------------------------------

    def _on_filter_changed(self) -> None:
        """A filter changed: reload the list, keep the current item if it is still listed."""
        current = self.current_assignment()
        self._filter_count = None
        self.model.set_filter(self.current_filter())
        row = None if current is None else self.model.find_assignment(current)
        if row is not None:
            self._set_current(row)
        self._refresh_filter_count()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """Show the position; emit the assignment if the labeller moved the current row."""
        self._show_position()
        if current.isValid() and not self._programmatic:
            self.assignmentActivated.emit(current.data(QueueRole.ASSIGNMENT_ID))

    def _on_list_activated(self, index: QModelIndex) -> None:
        """Enter or double-click on a row."""
        if index.isValid():
            self.assignmentActivated.emit(index.data(QueueRole.ASSIGNMENT_ID))

    def _on_progress(self, counts: QueueCounts | None) -> None:
        """The progress counts arrived from a worker thread."""
        self._counts = counts
        self._show_counts()
        if counts is not None:
            self.countsChanged.emit(counts)

    def _on_progress_failed(self, error: str) -> None:
        """Counting failed (logged with its trace); say so instead of a number."""
        self.progress_label.setText(self.tr("Progress unavailable"))
        self.progress_label.setToolTip(error)

    def _on_filter_count(self, count: int | None) -> None:
        """The number of rows the filters match arrived from a worker thread."""
        self._filter_count = count
        self._show_position()

    # -- showing --------------------------------------------------------------------------

    def _show_counts(self) -> None:
        """The progress line and bar."""
        counts = self._counts
        if counts is None:
            self.progress_label.setText(self.tr("Counting…") if self._user else "")
            self.progress_bar.setRange(0, 1)
            self.progress_bar.setValue(0)
            return
        locale = QLocale()
        self.progress_label.setText(
            self.tr("%1 / %2 done · %Ln done today", "", counts.done_today)
            .replace("%1", locale.toString(counts.finished))
            .replace("%2", locale.toString(counts.total))
        )
        self.progress_label.setToolTip(
            self.tr("To do %1 · done %2 · unsure %3 · skipped %4")
            .replace("%1", locale.toString(counts.todo))
            .replace("%2", locale.toString(counts.done))
            .replace("%3", locale.toString(counts.unsure))
            .replace("%4", locale.toString(counts.skipped))
        )
        self.progress_bar.setRange(0, max(1, counts.total))
        self.progress_bar.setValue(counts.finished)

    def _show_position(self) -> None:
        """ "Item 5 of 2,000" for the current row, or why the list is empty."""
        locale = QLocale()
        index = self.list.currentIndex()
        if self._user is None:
            text = self.tr("No profile chosen.")
        elif self.model.rowCount() == 0 and self.model.exhausted:
            text = self.tr("No items match these filters.")
        elif not index.isValid():
            text = ""
        elif self._filter_count is None:
            text = self.tr("Item %1").replace("%1", locale.toString(index.row() + 1))
        else:
            text = (
                self.tr("Item %1 of %2")
                .replace("%1", locale.toString(index.row() + 1))
                .replace("%2", locale.toString(self._filter_count))
            )
        self.position_label.setText(text)

    # -- helpers --------------------------------------------------------------------------

    def _locate(self, assignment_id: str) -> int | None:
        """The model row of an assignment, fetching down to it if needed; None if not listed."""
        row = self.model.find_assignment(assignment_id)
        if row is None:
            key = self._key_of(assignment_id)
            if key is None:
                return None
            self.model.fetch_through(key)
            row = self.model.find_assignment(assignment_id)
        return row

    def _key_of(self, assignment_id: str) -> tuple[int, str] | None:
        """The queue key of one of the user's assignments (one indexed query), or None."""
        if self._user is None:
            return None
        row = self._service.row(self._user, assignment_id)
        return None if row is None else row.key

    def _id_at(self, row: int) -> str | None:
        """The assignment id at a model row, or None outside the loaded rows."""
        if 0 <= row < self.model.rowCount():
            return self.model.row_for(row).assignment_id
        return None

    def _set_current(self, row: int) -> None:
        """Make ``row`` current and selected without emitting assignmentActivated."""
        index = self.model.index(row, 0)
        self._programmatic = True
        try:
            self.list.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        finally:
            self._programmatic = False
        self.list.scrollTo(index)

    def _load_choices(self) -> None:
        """Fetch the batches and languages for the filter combo boxes on a worker thread."""
        user = self._user
        if user is None:
            return
        service = self._service
        self._background.call(
            "choices", lambda: (service.batches(user), service.languages(user)), self._on_choices
        )

    def _on_choices(self, result: tuple[list[str], list[str]]) -> None:
        """The filter choices arrived."""
        batches, languages = result
        with _blocked(self.batch_filter, self.language_filter):
            self._fill_choices(self.batch_filter, batches, self.batch_filter.currentData())
            self._fill_choices(self.language_filter, languages, self.language_filter.currentData())
        self._retranslate_choices()

    def _fill_status_filter(self) -> None:
        """The status choices, keeping the chosen one (default: to do)."""
        chosen = self.status_filter.currentData() if self.status_filter.count() else "todo"
        with _blocked(self.status_filter):
            self.status_filter.clear()
            self.status_filter.addItem(self.tr("All statuses"), None)
            for status in WorkStatus:
                self.status_filter.addItem(status_text(status), status.value)
            _select_data(self.status_filter, chosen)

    @staticmethod
    def _fill_choices(combo: QComboBox, values: list[str], chosen: str | None) -> None:
        """An "all" entry and ``values``, keeping ``chosen`` selected."""
        with _blocked(combo):
            combo.clear()
            combo.addItem("", None)
            for value in values:
                combo.addItem(value, value)
            _select_data(combo, chosen, add=True)

    def _retranslate_choices(self) -> None:
        """The texts of the batch and language choices in the UI language."""
        self.batch_filter.setItemText(0, self.tr("All batches"))
        self.language_filter.setItemText(0, self.tr("All languages"))
        for i in range(1, self.language_filter.count()):
            code = str(self.language_filter.itemData(i))
            self.language_filter.setItemText(i, self._language_name(code))

    def _language_name(self, code: str) -> str:
        """``ไทย (th)``: the language's own name and its code."""
        if code == UNKNOWN_LANGUAGE:
            return self.tr("Undetermined (%1)").replace("%1", code)
        locale = QLocale(code)
        if locale.language() == QLocale.Language.C:
            return code
        return self.tr("%1 (%2)").replace("%1", locale.nativeLanguageName()).replace("%2", code)


def _combo(parent: QWidget, name: str) -> QComboBox:
    """A filter combo box that sizes to the panel, not to its longest entry."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(6)
    return combo


def _select_data(combo: QComboBox, value: object, *, add: bool = False) -> None:
    """Select the entry whose data is ``value``; with ``add``, add it first if missing."""
    i = combo.findData(value)
    if i < 0 and add and value is not None:
        combo.addItem(str(value), value)
        i = combo.count() - 1
    combo.setCurrentIndex(max(i, 0))


@contextlib.contextmanager
def _blocked(*objects: QObject) -> Iterator[None]:
    """Block the signals of ``objects`` inside a ``with`` block."""
    before = [o.blockSignals(True) for o in objects]
    try:
        yield
    finally:
        for obj, was in zip(objects, before, strict=True):
            obj.blockSignals(was)

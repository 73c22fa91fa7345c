"""Qt item model of a labeller's queue, paged from SQL by keyset (``canFetchMore``/``fetchMore``).

The model never loads the whole queue: it holds the rows fetched so far (a page at a time,
as the view scrolls) and asks :class:`~labeldesk.labelling.queue.QueueService` for the next
page after the last loaded row's key. A new filter resets it. Rows whose status changes
(submit, skip, undo) are updated in place and keep their place, even when they no longer
match the filter, until the next :meth:`QueueModel.refresh`.
"""

from __future__ import annotations

import bisect
import dataclasses
import enum
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPainterPath, QPen, QPixmap

from labeldesk.labelling.dto import Profile, QueueFilter, QueueRow
from labeldesk.storage.models import WorkStatus
from labeldesk.ui.models.common import ModelIndex, read_only_row_flags

if TYPE_CHECKING:
    from labeldesk.labelling.queue import QueueService

# Rows fetched per ``fetchMore``.
PAGE_SIZE = 200

# Largest page fetched in one query when the model has to reach a row far down the list.
MAX_PAGE_SIZE = 25_600

# Colour of each status glyph; mid tones that read on light and dark backgrounds.
STATUS_COLOURS = {
    WorkStatus.TODO: QColor("#8a94a3"),
    WorkStatus.DONE: QColor("#2f9e5b"),
    WorkStatus.UNSURE: QColor("#d9901a"),
    WorkStatus.SKIPPED: QColor("#7b6fd0"),
    WorkStatus.EXPIRED: QColor("#b4b9c2"),
}


class QueueColumn(enum.IntEnum):
    """The model's columns (a list view shows column 0 through the delegate)."""

    POSITION = 0
    STATUS = 1
    LANGUAGE = 2
    EXTERNAL_ID = 3
    PREVIEW = 4
    BATCH = 5


class QueueRole(enum.IntEnum):
    """Custom data roles for the delegate; every column answers them for its row."""

    ROW = Qt.ItemDataRole.UserRole + 1  #: the QueueRow
    ASSIGNMENT_ID = Qt.ItemDataRole.UserRole + 2
    STATUS = Qt.ItemDataRole.UserRole + 3  #: the WorkStatus
    STATUS_TEXT = Qt.ItemDataRole.UserRole + 4  #: the status, translated
    POSITION = Qt.ItemDataRole.UserRole + 5  #: the row's number in the list (1-based)
    LANGUAGE = Qt.ItemDataRole.UserRole + 6
    PREVIEW = Qt.ItemDataRole.UserRole + 7
    BATCH = Qt.ItemDataRole.UserRole + 8
    EXTERNAL_ID = Qt.ItemDataRole.UserRole + 9


def status_text(status: WorkStatus) -> str:
    """A work status as the user reads it, translated."""
    texts = {
        WorkStatus.TODO: QCoreApplication.translate("QueueModel", "To do"),
        WorkStatus.DONE: QCoreApplication.translate("QueueModel", "Done"),
        WorkStatus.UNSURE: QCoreApplication.translate("QueueModel", "Unsure"),
        WorkStatus.SKIPPED: QCoreApplication.translate("QueueModel", "Skipped"),
        # A hub lease that ran out unworked: the hub gave the item to someone else.
        WorkStatus.EXPIRED: QCoreApplication.translate("QueueModel", "Expired"),
    }
    return texts[status]


def paint_status_glyph(painter: QPainter, rect: QRectF, status: WorkStatus) -> None:
    """Draw the status glyph in ``rect``: ring (to do), tick, question mark or skip arrow."""
    colour = STATUS_COLOURS[status]
    side = min(rect.width(), rect.height())
    box = QRectF(0, 0, side, side)
    box.moveCenter(rect.center())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if status == WorkStatus.TODO:
        painter.setPen(QPen(colour, max(1.0, side / 9)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box.adjusted(side / 6, side / 6, -side / 6, -side / 6))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(box.adjusted(side / 12, side / 12, -side / 12, -side / 12))
        pen = QPen(QColor("white"), max(1.2, side / 8))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(_glyph_path(status, box))
    painter.restore()


def _glyph_path(status: WorkStatus, box: QRectF) -> QPainterPath:
    """The white mark inside a filled status circle."""
    x, y, s = box.x(), box.y(), box.width()
    path = QPainterPath()
    if status == WorkStatus.DONE:
        path.moveTo(QPointF(x + s * 0.30, y + s * 0.52))
        path.lineTo(QPointF(x + s * 0.45, y + s * 0.66))
        path.lineTo(QPointF(x + s * 0.70, y + s * 0.38))
    elif status == WorkStatus.UNSURE:
        path.moveTo(QPointF(x + s * 0.38, y + s * 0.40))
        path.cubicTo(
            QPointF(x + s * 0.38, y + s * 0.24),
            QPointF(x + s * 0.64, y + s * 0.24),
            QPointF(x + s * 0.62, y + s * 0.42),
        )
        path.cubicTo(
            QPointF(x + s * 0.60, y + s * 0.52),
            QPointF(x + s * 0.50, y + s * 0.50),
            QPointF(x + s * 0.50, y + s * 0.60),
        )
        path.addEllipse(QPointF(x + s * 0.50, y + s * 0.74), s * 0.02, s * 0.02)
    elif status == WorkStatus.EXPIRED:  # a dash: no longer this labeller's
        path.moveTo(QPointF(x + s * 0.30, y + s * 0.50))
        path.lineTo(QPointF(x + s * 0.70, y + s * 0.50))
    else:  # skipped: an arrow to the right
        path.moveTo(QPointF(x + s * 0.28, y + s * 0.50))
        path.lineTo(QPointF(x + s * 0.70, y + s * 0.50))
        path.moveTo(QPointF(x + s * 0.54, y + s * 0.34))
        path.lineTo(QPointF(x + s * 0.70, y + s * 0.50))
        path.lineTo(QPointF(x + s * 0.54, y + s * 0.66))
    return path


_ICONS: dict[WorkStatus, QIcon] = {}


def status_icon(status: WorkStatus) -> QIcon:
    """A 16 px icon of the status glyph (made once; needs a QGuiApplication)."""
    icon = _ICONS.get(status)
    if icon is None and QGuiApplication.instance() is None:
        return QIcon()  # pixmaps need a GUI application; a headless caller gets no icon
    if icon is None:
        pixmap = QPixmap(32, 32)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        paint_status_glyph(painter, QRectF(0, 0, 32, 32), status)
        painter.end()
        icon = _ICONS[status] = QIcon(pixmap)
    return icon


class QueueModel(QAbstractTableModel):
    """A labeller's queue as a table, fetched a page at a time from SQL.

    Parameters
    ----------
    service
        The workspace's queue service (``ws.queue``).
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
        service: QueueService,
        user: Profile | None = None,
        flt: QueueFilter = QueueFilter(),  # noqa: B008 - frozen dataclass
        *,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._user = user
        self._filter = flt
        self._page_size = page_size
        self._rows: list[QueueRow] = []
        self._keys: list[tuple[int, str]] = []
        self._by_id: dict[str, int] = {}
        self._exhausted = user is None
        self._fetching = False  # views and testers may ask for more while rows go in
        if user is not None:
            self._load_first(page_size)

    # -- state ----------------------------------------------------------------------------

    @property
    def user(self) -> Profile | None:
        """Whose queue the model shows."""
        return self._user

    @property
    def queue_filter(self) -> QueueFilter:
        """The filter the rows match (rows updated in place since may no longer match)."""
        return self._filter

    @property
    def exhausted(self) -> bool:
        """Whether every row of the queue is loaded."""
        return self._exhausted

    def set_user(
        self,
        user: Profile | None,
        flt: QueueFilter = QueueFilter(),  # noqa: B008 - frozen dataclass
    ) -> None:
        """Show ``user``'s queue from the top, with filter ``flt`` (a model reset)."""
        self._user = user
        self._reload(flt, self._page_size)

    def set_filter(self, flt: QueueFilter) -> None:
        """Show the rows matching ``flt`` from the top (a model reset)."""
        self._reload(flt, self._page_size)

    def refresh(self) -> None:
        """Reload with the current filter, as many rows as were loaded (a model reset).

        Rows that no longer match the filter drop out; new assignments appear.
        """
        wanted = max(self._page_size, len(self._rows))
        self._reload(self._filter, wanted)

    # -- rows -----------------------------------------------------------------------------

    def row_for(self, row: int) -> QueueRow:
        """The queue row shown at model row ``row`` (IndexError if it is not loaded)."""
        if row < 0:
            raise IndexError(row)
        return self._rows[row]

    def find_assignment(self, assignment_id: str) -> int | None:
        """The model row of an assignment among the loaded rows, or None."""
        return self._by_id.get(assignment_id)

    def row_after_key(self, key: tuple[int, str]) -> int:
        """The first loaded row whose key is greater than ``key`` (rowCount if none)."""
        return bisect.bisect_right(self._keys, key)

    def update_status(self, assignment_id: str, status: WorkStatus) -> bool:
        """Show a new status for a loaded row, in place; False if the row is not loaded.

        The row stays where it is even if it no longer matches the filter, so the list does
        not jump under the labeller; the next :meth:`refresh` or filter change drops it.
        """
        row = self._by_id.get(assignment_id)
        if row is None:
            return False
        if self._rows[row].status != status:
            self._rows[row] = dataclasses.replace(self._rows[row], status=status)
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        return True

    def fetch_through(self, key: tuple[int, str]) -> None:
        """Fetch pages until the row with ``key`` (or the first one after it) is loaded.

        Page sizes double up to :data:`MAX_PAGE_SIZE`, so reaching row *n* takes about
        log2(*n* / page size) queries.
        """
        size = self._page_size
        while (
            not self._exhausted and not self._fetching and (not self._keys or self._keys[-1] < key)
        ):
            self._fetch(size)
            size = min(size * 2, MAX_PAGE_SIZE)

    # -- Qt overrides ---------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.rowCount: the rows loaded so far."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.columnCount."""
        return 0 if parent.isValid() else len(QueueColumn)

    def canFetchMore(self, parent: ModelIndex) -> bool:
        """Override QAbstractItemModel.canFetchMore: whether rows are left to fetch."""
        if not shiboken6.isValid(self):  # a view asking while the model is being destroyed
            return False
        return not parent.isValid() and not self._exhausted and not self._fetching

    def fetchMore(self, parent: ModelIndex) -> None:
        """Override QAbstractItemModel.fetchMore: append the next page of rows."""
        if self.canFetchMore(parent):
            self._fetch(self._page_size)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Override QAbstractItemModel.flags: rows are selectable, never editable."""
        return read_only_row_flags(index)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:  # noqa: ANN401 - Qt variant
        """Override QAbstractItemModel.headerData: the column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            QueueColumn.POSITION: self.tr("#"),
            QueueColumn.STATUS: self.tr("Status"),
            QueueColumn.LANGUAGE: self.tr("Language"),
            QueueColumn.EXTERNAL_ID: self.tr("ID"),
            QueueColumn.PREVIEW: self.tr("Preview"),
            QueueColumn.BATCH: self.tr("Batch"),
        }
        return titles.get(QueueColumn(section)) if 0 <= section < len(QueueColumn) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: ANN401
        """Override QAbstractItemModel.data: display text per column, custom roles per row."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role >= Qt.ItemDataRole.UserRole:
            return self._custom(row, index.row(), role)
        column = QueueColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.row(), column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible(row, index.row())
        return _decoration(row, column, role)

    # -- helpers --------------------------------------------------------------------------

    def _display(self, row: QueueRow, number: int, column: QueueColumn) -> str:
        """The display text of one cell."""
        if column == QueueColumn.POSITION:
            return QLocale().toString(number + 1)
        if column == QueueColumn.STATUS:
            return status_text(row.status)
        if column == QueueColumn.LANGUAGE:
            return row.language
        if column == QueueColumn.EXTERNAL_ID:
            return row.external_id
        if column == QueueColumn.PREVIEW:
            return row.preview
        return row.batch

    def _custom(self, row: QueueRow, number: int, role: int) -> Any:  # noqa: ANN401
        """The value of a :class:`QueueRole` for a row."""
        values: dict[int, Any] = {
            QueueRole.ROW: row,
            QueueRole.ASSIGNMENT_ID: row.assignment_id,
            QueueRole.STATUS: row.status,
            QueueRole.POSITION: number + 1,
            QueueRole.LANGUAGE: row.language,
            QueueRole.PREVIEW: row.preview,
            QueueRole.BATCH: row.batch,
            QueueRole.EXTERNAL_ID: row.external_id,
        }
        if role == QueueRole.STATUS_TEXT:
            return status_text(row.status)
        return values.get(role)

    def _accessible(self, row: QueueRow, number: int) -> str:
        """What a screen reader says for a row: number, status, language and preview."""
        return (
            self.tr("Item %1, %2, language %3: %4")
            .replace("%1", QLocale().toString(number + 1))
            .replace("%2", status_text(row.status))
            .replace("%3", row.language)
            .replace("%4", row.preview or row.external_id)
        )

    def _tooltip(self, row: QueueRow) -> str:
        """A row's tooltip: id, batch, language and status."""
        return (
            self.tr("%1 · batch %2 · language %3 · %4")
            .replace("%1", row.external_id)
            .replace("%2", row.batch)
            .replace("%3", row.language)
            .replace("%4", status_text(row.status))
        )

    def _reload(self, flt: QueueFilter, first_page: int) -> None:
        """Reset to the top of the queue with ``flt`` and load ``first_page`` rows."""
        self._fetching = True
        try:
            self.beginResetModel()
            self._filter = flt
            self._rows, self._keys, self._by_id = [], [], {}
            self._exhausted = self._user is None
            if self._user is not None:
                self._append(self._page(first_page), first_page)
            self.endResetModel()
        finally:
            self._fetching = False

    def _load_first(self, size: int) -> None:
        """Load the first page during construction (no reset needed yet)."""
        self._append(self._page(size), size)

    def _fetch(self, size: int) -> None:
        """Fetch up to ``size`` rows after the last loaded one and insert them."""
        rows = self._page(size)
        if not shiboken6.isValid(self):  # deleted meanwhile (its owner was collected)
            return
        if not rows:
            self._exhausted = True
            return
        start = len(self._rows)
        self._fetching = True
        try:
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._append(rows, size)
            self.endInsertRows()
        finally:
            self._fetching = False

    def _page(self, size: int) -> list[QueueRow]:
        """The next ``size`` rows after the last loaded one, from the service."""
        if self._user is None:
            return []
        after = self._keys[-1] if self._keys else None
        return self._service.page(self._user, self._filter, after=after, limit=size)

    def _append(self, rows: list[QueueRow], asked: int) -> None:
        """Add fetched rows to the loaded ones; fewer than asked means the end."""
        start = len(self._rows)
        for offset, row in enumerate(rows):
            self._by_id[row.assignment_id] = start + offset
        self._rows.extend(rows)
        self._keys.extend(row.key for row in rows)
        if len(rows) < asked:
            self._exhausted = True


def _decoration(row: QueueRow, column: QueueColumn, role: int) -> Any:  # noqa: ANN401
    """The status icon and the number's alignment; None for any other role."""
    if role == Qt.ItemDataRole.DecorationRole and column == QueueColumn.STATUS:
        return status_icon(row.status)
    if role == Qt.ItemDataRole.TextAlignmentRole and column == QueueColumn.POSITION:
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return None

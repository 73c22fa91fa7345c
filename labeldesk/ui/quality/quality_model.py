"""Qt table model of a quality report: one row per labeller, vendor, language or branch.

Rows are :class:`~labeldesk.review.quality.QualityRow` DTOs. Numbers are right-aligned and
shown in the UI locale; rates as percentages, gold accuracy with its Wilson interval
(``92% (88-95%)``, with an en dash). A row below target carries a warning icon, a tinted
background and a tooltip saying which target it misses; the cells that miss are coloured.
``SORT_ROLE`` holds the raw value of each cell, for a sorting proxy.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from labeldesk.review.quality import QualityRow, Targets
from labeldesk.ui.models.common import ModelIndex, read_only_row_flags
from labeldesk.ui.theme import is_dark

#: What a cell without a value shows, and what joins an interval's ends (an en dash).
DASH = "\u2013"
#: The raw value of a cell (a number, None last), for sorting.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: The row's QualityRow.
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


class Column(enum.IntEnum):
    """The table's columns."""

    NAME = 0
    ITEMS = 1
    GOLD = 2
    AGREEMENT = 3
    KAPPA = 4
    OVERTURN = 5
    SKIP = 6
    UNSURE = 7
    SPEED = 8
    ESTIMATED = 9


def percent(value: float | None, decimals: int = 0) -> str:
    """A proportion as a percentage in the UI locale (``92%``), or an en dash."""
    if value is None:
        return DASH
    return QLocale().toString(100.0 * value, "f", decimals) + "%"


def interval_text(value: float | None, ci: tuple[float, float] | None) -> str:
    """``92% (88-95%)`` (with an en dash), or an en dash alone."""
    if value is None:
        return DASH
    if ci is None:
        return percent(value)
    low, high = QLocale().toString(100.0 * ci[0], "f", 0), percent(ci[1])
    return f"{percent(value)} ({low}{DASH}{high})"


def language_name(code: str) -> str:
    """A language code with its own name for the language (``ไทย (th)``), or the code."""
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C or not code.isalpha():
        return code
    return f"{locale.nativeLanguageName()} ({code})"


class QualityTableModel(QAbstractTableModel):
    """The rows of one quality report.

    Parameters
    ----------
    parent
        The owning QObject.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[QualityRow] = []
        self._targets = Targets(0.95, 0.8, 20)
        self._by = "labeller"

    def set_report(self, rows: Sequence[QualityRow], targets: Targets, by: str) -> None:
        """Show ``rows`` (a model reset), judged against ``targets``, grouped ``by``."""
        self.beginResetModel()
        self._rows, self._targets, self._by = list(rows), targets, by
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    def row(self, row: int) -> QualityRow:
        """The report row at ``row`` (IndexError if there is none)."""
        if row < 0:
            raise IndexError(row)
        return self._rows[row]

    # -- Qt overrides ---------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.rowCount."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.columnCount."""
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Override QAbstractItemModel.flags: cells are selectable, never editable."""
        return read_only_row_flags(index)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: ANN401 - Qt's variant
        """Override QAbstractItemModel.headerData: translated column titles."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles()[Column(section)]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips().get(Column(section))
        if role == Qt.ItemDataRole.TextAlignmentRole and section != Column.NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: ANN401
        """Override QAbstractItemModel.data: text, alignment, flags as icon and colour."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != Column.NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == ROW_ROLE:
            return row
        return self._decoration(row, column, role)

    # -- texts ----------------------------------------------------------------------------

    def _titles(self) -> dict[Column, str]:
        """Column titles in the UI language."""
        first = {
            "labeller": self.tr("Labeller"),
            "vendor": self.tr("Vendor"),
            "language": self.tr("Language"),
            "label": self.tr("Branch"),
        }.get(self._by, self.tr("Group"))
        return {
            Column.NAME: first,
            Column.ITEMS: self.tr("Items"),
            Column.GOLD: self.tr("Gold accuracy"),
            Column.AGREEMENT: self.tr("Agrees with final"),
            Column.KAPPA: self.tr("κ vs final"),
            Column.OVERTURN: self.tr("Overturned"),
            Column.SKIP: self.tr("Skipped"),
            Column.UNSURE: self.tr("Unsure"),
            Column.SPEED: self.tr("Items / hour"),
            Column.ESTIMATED: self.tr("Est. accuracy"),
        }

    def _header_tips(self) -> dict[Column, str]:
        """What each column means."""
        return {
            Column.GOLD: self.tr("Share of gold items answered right, with a 95% Wilson interval"),
            Column.AGREEMENT: self.tr(
                "Share of answers equal to the final label, on items answered at least twice"
            ),
            Column.KAPPA: self.tr("Cohen's kappa of the answers against the final labels"),
            Column.OVERTURN: self.tr("Share of reviewed answers the reviewer judged incorrect"),
            Column.SPEED: self.tr("Items per hour of active time"),
            Column.ESTIMATED: self.tr("Accuracy as the Dawid-Skene model estimates it"),
        }

    def _text(self, row: QualityRow, column: Column) -> str:
        """A cell's text."""
        locale = QLocale()
        if column == Column.NAME:
            return language_name(row.name) if self._by == "language" else row.name
        if column == Column.ITEMS:
            return locale.toString(row.n_items)
        if column == Column.GOLD:
            return interval_text(row.gold_accuracy, row.gold_ci)
        if column == Column.KAPPA:
            return DASH if row.kappa is None else locale.toString(row.kappa, "f", 2)
        if column == Column.SPEED:
            speed = row.items_per_hour
            return DASH if speed is None else locale.toString(speed, "f", 0)
        rates = {
            Column.AGREEMENT: row.agreement,
            Column.OVERTURN: row.overturn_rate,
            Column.SKIP: row.skip_rate,
            Column.UNSURE: row.unsure_rate,
            Column.ESTIMATED: row.estimated_accuracy,
        }
        return percent(rates[column], 1 if column in (Column.SKIP, Column.UNSURE) else 0)

    @staticmethod
    def _sort_value(row: QualityRow, column: Column) -> Any:  # noqa: ANN401 - str or float
        """The raw value to sort by; a missing value sorts below every number."""
        values: dict[Column, Any] = {
            Column.NAME: row.name.casefold(),
            Column.ITEMS: row.n_items,
            Column.GOLD: row.gold_accuracy,
            Column.AGREEMENT: row.agreement,
            Column.KAPPA: row.kappa,
            Column.OVERTURN: row.overturn_rate,
            Column.SKIP: row.skip_rate,
            Column.UNSURE: row.unsure_rate,
            Column.SPEED: row.items_per_hour,
            Column.ESTIMATED: row.estimated_accuracy,
        }
        value = values[column]
        return -1e300 if value is None else value

    def flag_text(self, row: QualityRow) -> str:
        """Which targets the row misses, and whether it is too fast, in full sentences."""
        t, lines = self._targets, []
        if "gold_accuracy" in row.flags:
            lines.append(
                self.tr("Gold accuracy %1 is below the target %2.")
                .replace("%1", percent(row.gold_accuracy))
                .replace("%2", percent(t.gold_accuracy))
            )
        if "kappa" in row.flags and row.kappa is not None:
            lines.append(
                self.tr("Kappa %1 is below the target %2.")
                .replace("%1", QLocale().toString(row.kappa, "f", 2))
                .replace("%2", QLocale().toString(t.kappa, "f", 2))
            )
        if row.too_fast:
            lines.append(self.tr("Too fast: more than twice the median items per active hour."))
        return "\n".join(lines)

    def _decoration(self, row: QualityRow, column: Column, role: int) -> Any:  # noqa: ANN401
        """Icon, tooltip and colours that mark a row below target."""
        marked = bool(row.flags) or row.too_fast
        if role == Qt.ItemDataRole.DecorationRole and column == Column.NAME and marked:
            return _icon(row)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return self.flag_text(row) or None
        if role == Qt.ItemDataRole.BackgroundRole and row.flags:
            return QColor("#4a2326") if _dark() else QColor("#fdecea")
        if role == Qt.ItemDataRole.ForegroundRole and _misses(row, column):
            return QColor("#ff9c9c") if _dark() else QColor("#a4262c")
        return None


def _misses(row: QualityRow, column: Column) -> bool:
    """Whether this cell is the one that misses a target (or is too fast)."""
    return (
        (column == Column.GOLD and "gold_accuracy" in row.flags)
        or (column == Column.KAPPA and "kappa" in row.flags)
        or (column == Column.SPEED and row.too_fast)
    )


def _dark() -> bool:
    """Whether the application palette is dark."""
    return is_dark(QGuiApplication.palette()) if QGuiApplication.instance() else False


def _icon(row: QualityRow) -> QIcon:
    """A warning icon for a row below target, an information icon for one only too fast."""
    style = QApplication.style()
    pixmap = (
        QStyle.StandardPixmap.SP_MessageBoxWarning
        if row.flags
        else QStyle.StandardPixmap.SP_MessageBoxInformation
    )
    return style.standardIcon(pixmap)

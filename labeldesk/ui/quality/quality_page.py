"""Quality mode for leads: the quality table against targets, and refreshers for the flagged.

The report is computed by :class:`~labeldesk.review.quality.QualityService` on a worker
thread (:class:`~labeldesk.ui.workers.BackgroundCalls`) while a busy bar runs; the page only
shows the DTOs that come back. Everything is reachable from the keyboard: Alt+G groups,
Alt+B picks the batch, Alt+R recomputes, Alt+T edits the targets, Alt+S sends refreshers.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from labeldesk.labelling.dto import Profile
from labeldesk.review.quality import QualityReport, Targets
from labeldesk.ui.quality.quality_model import SORT_ROLE, Column, QualityTableModel, percent
from labeldesk.ui.quality.targets_dialog import TargetsDialog
from labeldesk.ui.widgets.report_controls import batch_chooser, busy_bar
from labeldesk.ui.workers import BackgroundCalls

if TYPE_CHECKING:
    from labeldesk.ui.main_window import MainWindow
    from labeldesk.workspace import Workspace

#: The groupings, in the order the combo box lists them.
GROUPINGS = ("labeller", "vendor", "language", "label")


class QualityPage(QWidget):
    """The lead's quality mode page.

    Parameters
    ----------
    ws
        The open workspace (``ws.quality``).
    profile
        The lead.
    window
        The main window: its message bar.

    Signals
    -------
    reportShown(QualityReport)
        A freshly computed report is on show.
    refreshersSent(list)
        Refresher quizzes were started (their QuizView DTOs).
    """

    reportShown = Signal(object)
    refreshersSent = Signal(object)

    def __init__(self, ws: Workspace, profile: Profile, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("quality_page")
        self.ws, self.profile, self._window = ws, profile, window
        self.report: QualityReport | None = None
        self.targets: Targets | None = None
        self.confirm_box: QMessageBox | None = None
        self.targets_dialog: TargetsDialog | None = None
        self._batches_loaded = False
        self._calls = BackgroundCalls(self)
        self._build_widgets()
        self._build_layout()
        self._connect()
        self.retranslate()

    # -- building -------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        """The controls, the summary lines and the table."""
        self.group_label, self.group_combo = QLabel(self), QComboBox(self)
        self.group_combo.setObjectName("combo_group_by")
        self.group_label.setBuddy(self.group_combo)
        self.batch_label, self.batch_combo = batch_chooser(self, "combo_batch")
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("button_refresh")
        self.busy = busy_bar(self, "quality_busy")
        self.status = QLabel(self)
        self.status.setObjectName("quality_status")
        self._build_summary()

    def _build_summary(self) -> None:
        """The targets and summary lines, the table and the refresher button."""
        self.targets_label = QLabel(self)
        self.targets_label.setObjectName("quality_targets")
        self.targets_button = QPushButton(self)
        self.targets_button.setObjectName("button_targets")
        self.decided_label = QLabel(self)
        self.decided_label.setObjectName("quality_decided")
        self.agreement_label = QLabel(self)
        self.agreement_label.setObjectName("quality_agreement")
        self.warnings_label = QLabel(self)
        self.warnings_label.setObjectName("quality_warnings")
        for label in (self.decided_label, self.agreement_label, self.warnings_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = QualityTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setObjectName("quality_table")
        self.table.setModel(self.proxy)
        # the report's own order first (by name, "(none)" last); a header click sorts
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.flagged_label = QLabel(self)
        self.flagged_label.setObjectName("quality_flagged")
        self.flagged_label.setWordWrap(True)
        self.send_button = QPushButton(self)
        self.send_button.setObjectName("button_send_refreshers")
        self.send_button.setEnabled(False)

    def _build_layout(self) -> None:
        """Controls, targets, summary, table, refreshers; the tab order follows."""
        controls = QHBoxLayout()
        for widget in (self.group_label, self.group_combo, self.batch_label, self.batch_combo,
                       self.refresh_button, self.busy, self.status):  # fmt: skip
            controls.addWidget(widget)
        controls.addStretch(1)
        targets = QHBoxLayout()
        targets.addWidget(self.targets_label)
        targets.addWidget(self.targets_button)
        targets.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.send_button)
        bottom.addWidget(self.flagged_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(controls)
        layout.addLayout(targets)
        for label in (self.decided_label, self.agreement_label, self.warnings_label):
            layout.addWidget(label)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        order = (self.group_combo, self.batch_combo, self.refresh_button, self.targets_button,
                 self.table, self.send_button)  # fmt: skip
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

    def _connect(self) -> None:
        """Recompute when the grouping or batch changes; buttons to their actions."""
        self.group_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.batch_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        self.targets_button.clicked.connect(self.edit_targets)
        self.send_button.clicked.connect(self.confirm_refreshers)

    # -- the mode page protocol -----------------------------------------------------------

    def mode_actions(self) -> dict[str, QAction]:
        """The page's registry actions: none (its buttons have Alt mnemonics)."""
        return {}

    def activate(self) -> None:
        """Shown: list the batches and compute the report the first time; focus the table."""
        if not self._batches_loaded:
            self._load_batches()
        if self.report is None:
            self.refresh()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        """Set the texts in the current UI language."""
        self.group_label.setText(self.tr("&Group by:"))
        self.batch_label.setText(self.tr("&Batch:"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.targets_button.setText(self.tr("Edit &targets…"))
        names = [self.tr("Labeller"), self.tr("Vendor"), self.tr("Language"),
                 self.tr("Taxonomy branch")]  # fmt: skip
        current = self.group_combo.currentIndex()
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        self.group_combo.addItems(names)
        self.group_combo.setCurrentIndex(max(current, 0))
        self.group_combo.blockSignals(False)
        self.batch_combo.setItemText(0, self.tr("All batches"))
        self._show_targets()
        self._show_report()

    def changeEvent(self, event: QEvent) -> None:
        """Override QWidget.changeEvent: retranslate when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- computing ------------------------------------------------------------------------

    @property
    def by(self) -> str:
        """The chosen grouping."""
        return GROUPINGS[max(self.group_combo.currentIndex(), 0)]

    @property
    def batch(self) -> str | None:
        """The chosen batch (None: all)."""
        return self.batch_combo.currentData()

    def _load_batches(self) -> None:
        """Fill the batch choice (a quick read of the batch names)."""
        self._batches_loaded = True
        self.batch_combo.blockSignals(True)
        for name in self.ws.quality.batches():
            self.batch_combo.addItem(name, name)
        self.batch_combo.blockSignals(False)

    def refresh(self) -> None:
        """Compute the report for the chosen grouping and batch, off the GUI thread."""
        batch, by, quality = self.batch, self.by, self.ws.quality
        self.busy.show()
        self.status.setText(self.tr("Computing…"))
        self._calls.call(
            "report",
            lambda: (quality.report(batch=batch, by=by), quality.targets()),  # type: ignore[arg-type]
            self._on_report,
            self._on_failed,
        )

    def wait(self, msecs: int = -1) -> bool:
        """Wait for running computations and deliver them (for tests and shutdown)."""
        return self._calls.wait(msecs)

    def _on_report(self, result: tuple[QualityReport, Targets]) -> None:
        """A report arrived: show it."""
        self.report, self.targets = result
        self.busy.hide()
        self.status.setText("")
        self._show_targets()
        self._show_report()
        self.reportShown.emit(self.report)

    def _on_failed(self, error: str) -> None:
        """The computation failed: say so where the lead looks."""
        self.busy.hide()
        self.status.setText(self.tr("Could not compute the report."))
        self._window.show_problem(error)

    # -- showing --------------------------------------------------------------------------

    def _show_targets(self) -> None:
        """The targets line."""
        t = self.targets
        if t is None:
            self.targets_label.setText(self.tr("Targets: loading…"))
            return
        self.targets_label.setText(
            self.tr(
                "Targets: gold accuracy ≥ %1 · κ ≥ %2 · once a labeller has %n answer(s)",
                "",
                t.min_items,
            )
            .replace("%1", percent(t.gold_accuracy, 1))
            .replace("%2", QLocale().toString(t.kappa, "f", 2))
        )

    def _show_report(self) -> None:
        """The summary lines, the table and the refresher button."""
        r = self.report
        if r is None:
            self.decided_label.setText("")
            self.agreement_label.setText("")
            self.warnings_label.setText("")
            self.flagged_label.setText("")
            self.send_button.setText(self.tr("&Send refreshers to flagged…"))
            return
        self.model.set_report(r.rows, r.targets, r.by)
        # Dawid-Skene estimates an accuracy per labeller, not per vendor or language
        self.table.setColumnHidden(Column.ESTIMATED, r.by != "labeller")
        self.decided_label.setText(self._decided_text(r))
        self.agreement_label.setText(self._agreement_text(r))
        self.warnings_label.setText("\n".join(r.agreement.warnings))
        self.warnings_label.setVisible(bool(r.agreement.warnings))
        n = len(r.flagged)
        self.send_button.setText(self.tr("&Send refreshers to flagged (%n)…", "", n))
        self.send_button.setEnabled(n > 0)
        self.flagged_label.setText(
            self.tr("%n labeller(s) below target.", "", n)
            if n
            else self.tr("Everyone meets the targets.")
        )

    def _decided_text(self, r: QualityReport) -> str:
        """How the final labels were decided."""
        locale = QLocale()
        names = {
            "gold": self.tr("gold"),
            "review": self.tr("review"),
            "agreement": self.tr("agreement"),
            "consensus": self.tr("consensus"),
            "single": self.tr("single answer"),
            "none": self.tr("no answer"),
        }
        parts = " · ".join(f"{names[k]} {locale.toString(v)}" for k, v in r.decided.items() if v)
        text = (
            self.tr("Final labels of %1 conversations: %2")
            .replace("%1", locale.toString(sum(r.decided.values())))
            .replace("%2", parts or self.tr("none yet"))
        )
        if r.consensus_confidence is not None:
            text += self.tr(" (mean consensus confidence %1)").replace(
                "%1", percent(r.consensus_confidence)
            )
        return text

    def _agreement_text(self, r: QualityReport) -> str:
        """Batch-wide agreement with intervals."""
        a, locale = r.agreement, QLocale()

        def show(estimate: object, as_percent: bool) -> str:
            if estimate is None:
                return self.tr("n/a")
            value, low, high = estimate.value, estimate.ci_low, estimate.ci_high  # type: ignore[attr-defined]
            fmt = (lambda v: percent(v)) if as_percent else (lambda v: locale.toString(v, "f", 2))
            if low is None or high is None:
                return fmt(value)
            return f"{fmt(value)} ({fmt(low)}–{fmt(high)})"  # noqa: RUF001 - en dash

        return (
            self.tr(
                "Agreement on %1 items answered twice or more: %2 · Fleiss' κ %3 · "
                "Krippendorff's α %4"  # noqa: RUF001 - the statistic's symbol
            )
            .replace("%1", locale.toString(a.n_items))
            .replace("%2", show(a.percent, True))
            .replace("%3", show(a.fleiss_kappa, False))
            .replace("%4", show(a.krippendorff_alpha, False))
        )

    # -- targets and refreshers -----------------------------------------------------------

    def edit_targets(self) -> None:
        """Open the targets dialog; saving it stores the targets and recomputes."""
        current = self.targets or self.ws.quality.targets()
        self.targets_dialog = TargetsDialog(current, self)
        self.targets_dialog.accepted.connect(self._save_targets)
        self.targets_dialog.open()

    def _save_targets(self) -> None:
        """Store the dialog's targets, then recompute the flags."""
        if self.targets_dialog is None:
            return
        t = self.targets_dialog.targets()
        self.targets = self.ws.quality.set_targets(
            gold_accuracy=t.gold_accuracy, kappa=t.kappa, min_items=t.min_items
        )
        self._show_targets()
        self.refresh()

    def confirm_refreshers(self) -> None:
        """Ask before giving every flagged labeller a refresher quiz."""
        if self.report is None or not self.report.flagged:
            return
        any_branch = self.tr("any branch")
        lines = [f"• {f.name}: {', '.join(f.branches) or any_branch}" for f in self.report.flagged]
        box = QMessageBox(self)
        box.setObjectName("confirm_refreshers")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Send refreshers"))
        box.setText(
            self.tr(
                "Give %n labeller(s) a refresher quiz on the branches they miss most?",
                "",
                len(lines),
            )
        )
        box.setInformativeText("\n".join(lines))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.finished.connect(self._on_confirmed)
        self.confirm_box = box
        box.open()

    def _on_confirmed(self, result: int) -> None:
        """Send the refreshers if the lead said yes."""
        box, self.confirm_box = self.confirm_box, None
        if box is None or self.report is None:
            return
        del result  # a QMessageBox reports the button pressed, not accepted/rejected
        if box.clickedButton() is not box.button(QMessageBox.StandardButton.Yes):
            return
        flagged, quality = self.report.flagged, self.ws.quality
        self._calls.call(
            "refreshers",
            lambda: quality.send_refreshers(flagged),
            self._on_sent,
            self._window.show_problem,
        )

    def _on_sent(self, quizzes: list[object]) -> None:
        """Refreshers started: tell the lead."""
        self._window.message_bar.show_message(
            self.tr("Refresher quizzes sent to %n labeller(s).", "", len(quizzes)), "info"
        )
        self.refreshersSent.emit(quizzes)

"""Dashboard mode for leads: quality at a glance, as charts, each clickable down to conversations.

Six charts (:mod:`labeldesk.charts`) over the chosen batch or the whole workspace: progress
and throughput, agreement per week, gold accuracy per labeller against the target, label
confusions, and breakdowns per language and per vendor. The numbers come from
:class:`~labeldesk.review.dashboard.DashboardService` on a worker thread
(:class:`~labeldesk.ui.workers.BackgroundCalls`) while a busy bar runs; the service keeps
them until something is committed to the workspace, and the page redraws only what changed.
The canvases are made when the first numbers arrive (matplotlib is imported on the worker).

Clicking an element, or choosing it with the arrow keys and pressing Enter, lists the
conversations behind it in the drill-down panel. Keyboard: Alt+B batch, Alt+R refresh,
Alt+P/A/G/C/L/D the charts, Alt+O the list, Alt+E or Esc closes it; Tab reaches everything.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Hashable
from itertools import pairwise
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from labeldesk.charts import (
    Breakdown,
    ChartTexts,
    draw_agreement,
    draw_breakdown,
    draw_confusion,
    draw_progress,
    draw_proportions,
    preload,
)
from labeldesk.labelling.dto import Profile
from labeldesk.review.dashboard import (
    ALPHA,
    CHARTS,
    PERCENT,
    ChartKind,
    Dashboard,
    DrillDown,
    Element,
)
from labeldesk.review.quality import NO_GROUP
from labeldesk.ui.dashboard.chart_panel import ChartPanel, chart_palette
from labeldesk.ui.dashboard.drill_panel import DrillPanel
from labeldesk.ui.widgets.report_controls import batch_chooser, busy_bar
from labeldesk.ui.workers import BackgroundCalls

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from labeldesk.charts import Hits
    from labeldesk.ui.main_window import MainWindow
    from labeldesk.workspace import Workspace

#: Charts per row of the grid, and while the drill-down list shows beside it.
COLUMNS, COLUMNS_WITH_LIST = 3, 2


def language_name(code: str) -> str:
    """A language code as its own name (``th`` -> ``ไทย``), English by its English name."""
    if code == "und":
        return QCoreApplication.translate("DashboardPage", "Undetermined")
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    if locale.language() == QLocale.Language.English:
        return QLocale.languageToString(locale.language())
    return locale.nativeLanguageName() or QLocale.languageToString(locale.language())


class DashboardPage(QWidget):
    """The lead's dashboard mode page.

    Parameters
    ----------
    ws
        The open workspace (its database).
    profile
        The lead.
    window
        The main window: its message bar, settings and shortcuts.

    Signals
    -------
    dashboardShown(Dashboard)
        Charts of freshly computed numbers are on show.
    drillShown(DrillDown)
        The conversations behind an element are listed.
    """

    dashboardShown = Signal(object)
    drillShown = Signal(object)

    def __init__(self, ws: Workspace, profile: Profile, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("dashboard_page")
        self.ws, self.profile, self._window = ws, profile, window
        self.service = ws.dashboard
        self.dashboard: Dashboard | None = None
        self._batches_loaded = False
        self._last_chart: ChartKind = CHARTS[0]
        self._asked_lang = ""
        self._calls = BackgroundCalls(self)
        self._build_widgets()
        self._build_layout()
        self._connect()
        self.retranslate()

    # -- building -------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        """The controls, a panel per chart and the drill-down panel."""
        self.batch_label, self.batch_combo = batch_chooser(self, "combo_dashboard_batch")
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("button_dashboard_refresh")
        self.busy = busy_bar(self, "dashboard_busy")
        self.status = QLabel(self)
        self.status.setObjectName("dashboard_status")
        self.panels: dict[ChartKind, ChartPanel] = {name: ChartPanel(name, self) for name in CHARTS}
        self.drill_panel = DrillPanel(self.service, self)
        self.drill_panel.hide()

    def _build_layout(self) -> None:
        """Controls on top; the chart grid beside the drill-down panel; tab order follows."""
        controls = QHBoxLayout()
        for widget in (self.batch_label, self.batch_combo, self.refresh_button, self.busy,
                       self.status):  # fmt: skip
            controls.addWidget(widget)
        controls.addStretch(1)
        grid_widget = QWidget(self)
        self.grid = QGridLayout(grid_widget)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(6)
        self._flow(COLUMNS)
        self.chart_area = QScrollArea(self)
        self.chart_area.setObjectName("dashboard_charts")
        self.chart_area.setWidgetResizable(True)
        self.chart_area.setFrameShape(QFrame.Shape.NoFrame)
        self.chart_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.chart_area.setWidget(grid_widget)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("dashboard_splitter")
        self.splitter.addWidget(self.chart_area)
        self.splitter.addWidget(self.drill_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(controls)
        layout.addWidget(self.splitter, 1)
        self._tab_order()

    def _tab_order(self) -> None:
        """Controls, the charts in reading order, then the drill-down panel."""
        drill = self.drill_panel
        order = [self.batch_combo, self.refresh_button, *self.panels.values(), drill.table,
                 drill.conversation.text, drill.close_button]  # fmt: skip
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

    def _flow(self, columns: int) -> None:
        """Lay the charts out ``columns`` to a row (fewer while the drill-down list shows)."""
        for panel in self.panels.values():
            self.grid.removeWidget(panel)
        for n, name in enumerate(CHARTS):
            self.grid.addWidget(self.panels[name], n // columns, n % columns)
        for c in range(COLUMNS):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)
        for r in range(len(CHARTS)):
            self.grid.setRowStretch(r, 1 if r < -(-len(CHARTS) // columns) else 0)

    def _connect(self) -> None:
        """Recompute when the batch changes; elements drill down; the mode switch."""
        self.batch_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        for name, panel in self.panels.items():
            panel.elementActivated.connect(lambda key, chart=name: self.drill(chart, key))
        self.drill_panel.closed.connect(self._on_drill_closed)

    # -- the mode page protocol -----------------------------------------------------------

    def activate(self) -> None:
        """Shown: list the batches the first time, ask for the numbers (the service answers
        at once if nothing changed), and focus the first chart."""
        if not self._batches_loaded:
            self._load_batches()
        self.refresh()
        self.panels[CHARTS[0]].setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        """Set the texts in the current UI language (and redraw the charts' words)."""
        self.batch_label.setText(self.tr("&Batch:"))
        self.batch_combo.setItemText(0, self.tr("All batches"))
        self.refresh_button.setText(self.tr("&Refresh"))
        titles = {
            "progress": self.tr("&Progress and throughput"),
            "agreement": self.tr("&Agreement per week"),
            "gold": self.tr("&Gold accuracy per labeller"),
            "confusion": self.tr("Label &confusions: final label by answer given"),
            "language": self.tr("&Languages"),
            "vendor": self.tr("Ven&dors"),
        }
        for name, panel in self.panels.items():
            panel.title.setText(titles[name])
            panel.set_message(self.tr("Loading…"))
        self.drill_panel.retranslate()
        if self.dashboard is not None and self._asked_lang != self.lang:
            self.refresh()  # label names in the new language (the numbers are kept)
        elif self.dashboard is not None:
            self._draw(self.dashboard)

    def changeEvent(self, event: QEvent) -> None:
        """Override QWidget.changeEvent: retranslate when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- computing ------------------------------------------------------------------------

    @property
    def batch(self) -> str | None:
        """The chosen batch (None: all)."""
        return self.batch_combo.currentData()

    @property
    def lang(self) -> str:
        """The language label names are shown in (the UI language)."""
        return str(self._window.settings.ui_language)

    def _load_batches(self) -> None:
        """Fill the batch choice (a quick read of the batch names)."""
        self._batches_loaded = True
        self.batch_combo.blockSignals(True)
        for name in self.service.batches():
            self.batch_combo.addItem(name, name)
        self.batch_combo.blockSignals(False)

    def refresh(self) -> None:
        """Compute the chosen batch's numbers off the GUI thread; a busy bar runs meanwhile."""
        batch, lang, service = self.batch, self.lang, self.service
        self._asked_lang = lang

        def compute() -> Dashboard:
            preload()  # matplotlib's import, off the GUI thread
            return service.dashboard(batch, lang=lang)

        self.busy.show()
        self.status.setText(self.tr("Computing…"))
        self._calls.call("dashboard", compute, self._on_dashboard, self._on_failed)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for running computations and deliver them (for tests and shutdown)."""
        return self._calls.wait(msecs)

    def _on_dashboard(self, result: Dashboard) -> None:
        """Numbers arrived: draw them, unless they are the ones on show."""
        self.busy.hide()
        self.status.setText(self._status_text(result))
        if result is not self.dashboard:
            self.dashboard = result
            self._draw(result)
        self.dashboardShown.emit(result)

    def _on_failed(self, error: str) -> None:
        """The computation failed: say so where the lead looks."""
        self.busy.hide()
        self.status.setText(self.tr("Could not compute the dashboard."))
        self._window.show_problem(error)

    def _status_text(self, d: Dashboard) -> str:
        """How much the charts stand on."""
        locale = QLocale()
        return (
            self.tr("%1 answers on %2 conversations")
            .replace("%1", locale.toString(d.answers))
            .replace("%2", locale.toString(d.conversations))
        )

    # -- drawing --------------------------------------------------------------------------

    def _draw(self, d: Dashboard) -> None:
        """Draw every chart of ``d`` with the words in the UI language."""
        texts, palette = self._chart_texts(), chart_palette()
        names = {PERCENT: self.tr("Percent agreement"), ALPHA: self.tr("Krippendorff's α")}  # noqa: RUF001
        series = tuple(
            dataclasses.replace(s, name=names[k])
            for k, s in zip((PERCENT, ALPHA), d.agreement, strict=True)
        )
        builders: dict[ChartKind, Callable[[Figure], Hits]] = {
            "progress": lambda f: draw_progress(f, d.progress, texts=texts, palette=palette),
            "agreement": lambda f: draw_agreement(f, series, texts=texts, palette=palette),
            "gold": lambda f: draw_proportions(f, d.gold, texts=texts, palette=palette),
            "confusion": lambda f: draw_confusion(f, d.confusion, texts=texts, palette=palette),
            "language": lambda f: draw_breakdown(
                f, self._named(d.languages, language_name), texts=texts, palette=palette
            ),
            "vendor": lambda f: draw_breakdown(
                f, self._named(d.vendors, self._vendor_name), texts=texts, palette=palette
            ),
        }
        for name, draw in builders.items():
            self.panels[name].show_chart(draw)

    def _named(self, data: Breakdown, name: Callable[[str], str]) -> Breakdown:
        """A breakdown with its groups and measures named in the UI language."""
        measures = {
            "agreement": self.tr("Agreement with final label"),
            "gold": self.tr("Gold accuracy"),
        }
        return dataclasses.replace(
            data,
            groups=tuple((key, name(str(key))) for key, _ in data.groups),
            measures=tuple((key, measures.get(key, text)) for key, text in data.measures),
        )

    def _vendor_name(self, vendor: str) -> str:
        """A vendor's name; labellers with no vendor as one group."""
        return self.tr("(no vendor)") if vendor == NO_GROUP else vendor

    def _chart_texts(self) -> ChartTexts:
        """The charts' words in the UI language."""
        return ChartTexts(
            answers_per_day=self.tr("Answers per day"),
            done_share=self.tr("Done (of assigned)"),
            done_count=self.tr("Answers so far"),
            done_note=self.tr("%1 done"),
            agreement=self.tr("Agreement"),
            items_note=self.tr("%1 items"),
            gold_accuracy=self.tr("Gold accuracy"),
            target=self.tr("Target %1"),
            answers=self.tr("%1 answers"),
            share=self.tr("Share"),
            final_label=self.tr("Final label"),
            answer_given=self.tr("Answer given"),
            more=self.tr("+ %1 more"),
            nothing=self.tr("Nothing to show yet"),
            nothing_measured=self.tr("nothing compared or scored yet"),
        )

    # -- drilling down --------------------------------------------------------------------

    def drill(self, chart: ChartKind, key: Hashable) -> None:
        """List the conversations behind an element (computed off the GUI thread)."""
        batch, lang, service = self.batch, self.lang, self.service
        element = Element(chart, key)
        self.busy.show()
        self._last_chart = chart
        self._calls.call(
            "drill",
            lambda: service.drill(batch, element, lang=lang),
            self._on_drill,
            self._on_failed,
        )

    def _on_drill(self, drill: DrillDown) -> None:
        """Show the list of a drill-down."""
        self.busy.hide()
        if self.drill_panel.isHidden():  # two charts to a row beside the list
            self._flow(COLUMNS_WITH_LIST)
            width = self.splitter.width()
            self.splitter.setSizes([width * 3 // 5, width - width * 3 // 5])
        self.drill_panel.show_drill_down(drill, self.describe(drill.element))
        self.drillShown.emit(drill)

    def _on_drill_closed(self) -> None:
        """Back to the chart the list came from, the charts three to a row again."""
        self._flow(COLUMNS)
        self.panels[self._last_chart].setFocus(Qt.FocusReason.OtherFocusReason)

    def describe(self, element: Element) -> str:
        """What an element stands for, as the drill-down list's summary says it."""
        key = element.key
        if element.chart == "progress":
            return self.tr("Answers saved on %1").replace("%1", _date_text(key))
        if element.chart == "agreement":
            return self.tr("Items finished in the week of %1").replace("%1", _date_text(key))
        if element.chart == "gold":
            share = (
                next((s for s in self.dashboard.gold.shares if s.key == key), None)
                if self.dashboard
                else None
            )
            return self.tr("Gold answers of %1").replace("%1", share.name if share else str(key))
        if element.chart == "confusion":
            return self._cell_text(key)
        group, measure = _pair(key)
        name = language_name(group) if element.chart == "language" else self._vendor_name(group)
        if measure == "gold":
            return self.tr("%1: gold answers").replace("%1", name)
        return self.tr("%1: answers compared with the final label").replace("%1", name)

    def _cell_text(self, key: Hashable) -> str:
        """A confusion cell: its final label and the answer given, by name."""
        final, answer = _pair(key)
        names = (
            dict(zip(self.dashboard.confusion.keys, self.dashboard.confusion.names, strict=True))
            if self.dashboard
            else {}
        )
        return (
            self.tr("Final label %1, answered %2")
            .replace("%1", names.get(final, final))
            .replace("%2", names.get(answer, answer))
        )


def _date_text(day: Hashable) -> str:
    """A day in the UI locale's short format."""
    if not isinstance(day, dt.date):
        return str(day)
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def _pair(key: Hashable) -> tuple[str, str]:
    """A two-part element key (a heatmap cell, a group and measure) as two strings."""
    parts = cast("tuple[object, object]", key)
    return str(parts[0]), str(parts[1])

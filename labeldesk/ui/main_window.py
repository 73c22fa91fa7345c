"""The labeller's main window: the queue, the workbench, menus, shortcuts and the status line."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from labeldesk.demo import ATTRIBUTION
from labeldesk.labelling import LabellingSession, Profile, Saved
from labeldesk.labelling.session import ActiveTimer, Undone
from labeldesk.ui.dialogs.cheat_sheet import CheatSheet
from labeldesk.ui.dialogs.settings_dialog import SettingsDialog
from labeldesk.ui.labelling.flow_helpers import ActivityFilter, SkipDialog, UndoPassThrough
from labeldesk.ui.labelling.queue_panel import QueuePanel
from labeldesk.ui.labelling.training_feedback import TrainingFlow
from labeldesk.ui.labelling.workbench import Workbench
from labeldesk.ui.settings import AppSettings
from labeldesk.ui.shortcuts import ShortcutRegistry, action_by_id
from labeldesk.ui.sync.sync_controller import SyncController
from labeldesk.ui.widgets.message_bar import MessageBar
from labeldesk.ui.workers import BackgroundCalls
from labeldesk.workspace import Workspace

log = logging.getLogger(__name__)

# The mode switches, in menu order; all but labelling show only for roles that have the mode.
MODE_SWITCHES = ("mode_labelling", "mode_review", "mode_quality", "mode_dashboard")


class MainWindow(QMainWindow):
    """The labeller's window on one workspace, for one profile.

    Signals
    -------
    saved(Saved)
        A submit or skip was stored durably (the kill test listens to this).
    switchProfileRequested()
        The user asked to work as someone else.
    """

    saved = Signal(object)
    switchProfileRequested = Signal()

    def __init__(
        self,
        ws: Workspace,
        profile: Profile,
        settings: AppSettings,
        *,
        attribution: str = "",
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.ws = ws
        self.profile = profile
        self.settings = settings
        self.attribution = attribution
        self.shortcuts = ShortcutRegistry(settings)
        timer = ActiveTimer(idle_seconds=float(settings.idle_timeout_seconds), clock=clock)
        self.session = LabellingSession(ws.labelling, profile, timer)
        self.activity = ActivityFilter(timer, self)
        self.message_bar = MessageBar(self)
        self.queue = QueuePanel(ws, self)
        self.workbench = Workbench(ws, self.session, self)
        self.workbench.set_language(settings.ui_language)
        self.splitter = self._labelling_splitter()
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(self.message_bar)
        self.training = TrainingFlow(ws, profile, settings, self, banner_in=layout)
        # One page per mode: labelling for everyone, review and quality by role.
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("mode_pages")
        self.pages.addWidget(self.splitter)
        self.modes: dict[str, QWidget] = {"labelling": self.splitter}
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._build_status_bar()
        self.actions_by_id: dict[str, QAction] = {}
        self._build_actions()
        self._build_modes()
        self._build_menus()
        self._connect()
        # the Sync action (F5), background syncs and the sync status line
        self.sync = SyncController(self)
        self.resize(1360, 820)
        self._restore_layout()
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_active_time)
        self._tick.start()
        self.retranslate()
        self.set_mode("labelling")
        self.queue.set_user(profile)
        QTimer.singleShot(0, self._open_first)

    # -- building -------------------------------------------------------------------------

    def _labelling_splitter(self) -> QSplitter:
        """The labelling page: the queue beside the workbench."""
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("main_splitter")
        splitter.addWidget(self.queue)
        splitter.addWidget(self.workbench)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([320, 1040])
        return splitter

    def _build_status_bar(self) -> None:
        """Who is working, the last save, and the active time on the open item."""
        self.status_user = QLabel(self)
        self.status_saved = QLabel(self)
        self.status_saved.setObjectName("status_saved")
        self.status_active = QLabel(self)
        self.statusBar().addWidget(self.status_user)
        self.statusBar().addWidget(self.status_saved, 1)
        self.statusBar().addPermanentWidget(self.status_active)

    def _build_actions(self) -> None:
        """One QAction per registry entry, with its (remappable) shortcut."""
        handlers: dict[str, Callable[[], object]] = {
            "submit": self.submit,
            "skip": self.skip,
            "unsure": self.workbench.toggle_unsure,
            "note": self.workbench.focus_note,
            "back": self.back,
            "forward": self.forward,
            "undo": self.undo,
            "search_label": self.workbench.picker.focus_search,
            "clear_labels": self.workbench.clear_labels,
            "next_customer_turn": self.workbench.conversation.next_customer_turn,
            "previous_customer_turn": self.workbench.conversation.previous_customer_turn,
            "next_turn": self.workbench.conversation.next_turn,
            "previous_turn": self.workbench.conversation.previous_turn,
            "clear_turn": self.workbench.conversation.clear_turn,
            "find": self.workbench.conversation.open_find,
            "toggle_favourite": self.workbench.picker.toggle_favourite,
            "focus_queue": self.queue.focus_list,
            "focus_conversation": lambda: self.workbench.conversation.setFocus(
                Qt.FocusReason.ShortcutFocusReason
            ),
            "focus_picker": self.workbench.picker.focus_search,
            "feedback": self.show_feedback,
            "settings": self.open_settings,
            "cheat_sheet": self.open_cheat_sheet,
            "quit": self.close,
            "switch_profile": self.switchProfileRequested.emit,
            "mode_labelling": lambda: self.set_mode("labelling"),
            "mode_review": lambda: self.set_mode("review"),
            "mode_quality": lambda: self.set_mode("quality"),
            "mode_dashboard": lambda: self.set_mode("dashboard"),
        }
        for action_id, handler in handlers.items():
            action = QAction(self)
            action.setObjectName(f"action_{action_id}")
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(handler)
            self.shortcuts.apply(action, action_id)
            self.addAction(action)
            self.actions_by_id[action_id] = action

    def _build_modes(self) -> None:
        """The review and quality pages, for the roles that use them.

        A mode page may have ``mode_actions() -> dict[str, QAction]`` (its shortcuts, enabled
        only while it shows), ``activate()`` (called when it is shown) and ``retranslate()``.
        """
        for action_id in MODE_SWITCHES[1:]:
            self.actions_by_id[action_id].setVisible(False)
        from labeldesk.storage.models import Role

        if self.profile.role in (Role.REVIEWER, Role.LEAD):
            from labeldesk.ui.review.review_page import ReviewPage

            self.review_page = ReviewPage(self.ws, self.profile, self)
            self.add_mode("review", self.review_page)
            if self.profile.role == Role.REVIEWER:  # reviewers start in review mode
                QTimer.singleShot(0, self, lambda: self.set_mode("review"))
        if self.profile.role == Role.LEAD:  # leads start in labelling, like everyone
            from labeldesk.ui.quality.quality_page import QualityPage

            self.quality_page = QualityPage(self.ws, self.profile, self)
            self.add_mode("quality", self.quality_page)
            from labeldesk.ui.dashboard import DashboardPage

            self.dashboard_page = DashboardPage(self.ws, self.profile, self)
            self.add_mode("dashboard", self.dashboard_page)

    def add_mode(self, name: str, page: QWidget) -> None:
        """Add a mode page and its actions (shortcuts work only while the page shows)."""
        self.pages.addWidget(page)
        self.modes[name] = page
        mode_actions = getattr(page, "mode_actions", None)
        if mode_actions is not None:
            for action_id, action in mode_actions().items():
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                self.addAction(action)
                self.actions_by_id[action_id] = action
        switch = self.actions_by_id.get(f"mode_{name}")
        if switch is not None:
            switch.setVisible(True)

    @property
    def mode(self) -> str:
        """The mode on show: "labelling", "review", "quality" or "dashboard"."""
        current = self.pages.currentWidget()
        return next(name for name, page in self.modes.items() if page is current)

    def set_mode(self, name: str) -> None:
        """Show a mode's page; only that mode's shortcuts (and global ones) stay live."""
        page = self.modes.get(name)
        if page is None:
            return
        self.pages.setCurrentWidget(page)
        for action_id, action in self.actions_by_id.items():
            try:
                scope = action_by_id(action_id).scope
            except KeyError:
                scope = None
            action.setEnabled(scope is None or scope == name)
        for mode_id in MODE_SWITCHES:
            self.actions_by_id[mode_id].setCheckable(True)
            self.actions_by_id[mode_id].setChecked(mode_id == f"mode_{name}")
        activate = getattr(page, "activate", None)
        if activate is not None:
            activate()
        elif name == "labelling":
            self._focus_work()

    def _build_menus(self) -> None:
        """File, Item, View, Mode and Help menus over the actions."""
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_item = bar.addMenu("")
        self.menu_view = bar.addMenu("")
        self.menu_mode = bar.addMenu("")
        self.menu_help = bar.addMenu("")
        for action_id in ("switch_profile", "settings", None, "quit"):
            self._add(self.menu_file, action_id)
        for action_id in MODE_SWITCHES:
            self._add(self.menu_mode, action_id)
        for action_id in (
            "submit",
            "skip",
            "unsure",
            "note",
            "clear_labels",
            None,
            "back",
            "forward",
            None,
            "undo",
        ):
            self._add(self.menu_item, action_id)
        for action_id in (
            "focus_queue",
            "focus_conversation",
            "focus_picker",
            "feedback",
            None,
            "find",
            "next_customer_turn",
            "previous_customer_turn",
            "next_turn",
            "previous_turn",
            "clear_turn",
            None,
            "search_label",
            "toggle_favourite",
        ):
            self._add(self.menu_view, action_id)
        self._add(self.menu_help, "cheat_sheet")
        self.action_about = QAction(self)
        self.action_about.triggered.connect(self.about)
        self.menu_help.addAction(self.action_about)

    def _add(self, menu: QWidget, action_id: str | None) -> None:
        """Add an action (or a separator for None) to a menu."""
        if action_id is None:
            menu.addSeparator()  # type: ignore[attr-defined]
        else:
            menu.addAction(self.actions_by_id[action_id])  # type: ignore[attr-defined]

    def _connect(self) -> None:
        """Wire the queue, the workbench and the activity clock."""
        self.queue.assignmentActivated.connect(self.open_assignment)
        self.workbench.saved.connect(self._after_save)
        self.workbench.undone.connect(self._after_undo)
        self.workbench.problem.connect(self.show_problem)
        QApplication.instance().installEventFilter(self.activity)
        QGuiApplication.instance().applicationStateChanged.connect(  # type: ignore[union-attr]
            self.activity.application_state_changed
        )
        self.settings.changed.connect(self._settings_changed)
        self.undo_pass = UndoPassThrough(self.actions_by_id["undo"], self)
        for field in (self.workbench.picker.search_edit, self.workbench.answer.note):
            field.installEventFilter(self.undo_pass)

    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        self.setWindowTitle(
            self.tr("LabelDesk — %1 (%2)")
            .replace("%1", self.profile.name)
            .replace("%2", self._role_text())
        )
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_item.setTitle(self.tr("&Item"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_mode.setTitle(self.tr("&Mode"))
        self.menu_help.setTitle(self.tr("&Help"))
        for action_id, action in self.actions_by_id.items():
            action.setText(self.shortcuts.title(action_id))
        self.action_about.setText(self.tr("&About LabelDesk"))
        languages = ", ".join(self.profile.languages)
        self.status_user.setText(
            self.tr("%1 · %2 · languages: %3")
            .replace("%1", self.profile.name)
            .replace("%2", self._role_text())
            .replace("%3", languages)
        )
        self._show_active_time()

    def _role_text(self) -> str:
        """The profile's role in the UI language."""
        return {
            "labeller": self.tr("labeller"),
            "reviewer": self.tr("reviewer"),
            "lead": self.tr("lead"),
        }.get(self.profile.role.value, self.profile.role.value)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            for page in self.modes.values():
                retranslate = getattr(page, "retranslate", None)
                if retranslate is not None and page is not self.splitter:
                    retranslate()
        super().changeEvent(event)

    # -- layout memory --------------------------------------------------------------------

    def _restore_layout(self) -> None:
        """Restore the window's geometry and splitter positions from the settings."""
        geometry, state = self.settings.window_geometry, self.settings.window_state
        if geometry:
            self.restoreGeometry(geometry)
        if state:
            self.restoreState(state)
        splitters = self.settings.splitter_states
        for splitter in (self.splitter, self.workbench.splitter):
            saved = splitters.get(splitter.objectName())
            if saved:
                splitter.restoreState(saved)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the layout; nothing else needs saving (every save is already on disk)."""
        self.settings.window_geometry = self.saveGeometry().data()
        self.settings.window_state = self.saveState().data()
        self.settings.splitter_states = {
            s.objectName(): s.saveState().data() for s in (self.splitter, self.workbench.splitter)
        }
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.activity)
        for calls in self.findChildren(BackgroundCalls):
            calls.shutdown()  # before destruction, which would wait holding the GIL
        super().closeEvent(event)

    # -- navigation -----------------------------------------------------------------------

    def _open_first(self) -> None:
        """Open the first item still to do (or the first item), or show the empty state."""
        first = self.queue.first_todo_assignment()
        if first is None:
            self.workbench.show_empty()
            return
        self.queue.select_assignment(first)
        self.open_assignment(first)

    def open_assignment(self, assignment_id: str) -> None:
        """Open an assignment in the workbench (from the queue or after a save)."""
        current = self.session.item
        if current is not None and current.assignment_id == assignment_id:
            return
        if self.workbench.open(assignment_id) is not None:
            self.queue.select_assignment(assignment_id)

    def submit(self) -> Saved | None:
        """Save the answer and move on."""
        return self.workbench.submit()

    def skip(self) -> Saved | None:
        """Ask for a reason and skip the open conversation."""
        if self.session.item is None:
            return None
        dialog = SkipDialog(self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.activateWindow()
        self._focus_work()
        return self.workbench.skip(dialog.chosen_reason()) if accepted else None

    def back(self) -> None:
        """Go to the previous conversation in the queue, to revise it."""
        item = self.session.item
        target = (
            self.queue.previous_assignment(item.assignment_id)
            if item is not None
            else self.queue.first_todo_assignment()
        )
        if target is not None:
            self.open_assignment(target)

    def forward(self) -> None:
        """Go to the next conversation in the queue without saving."""
        item = self.session.item
        if item is None:
            return
        target = self.queue.next_assignment(item.assignment_id)
        if target is not None:
            self.open_assignment(target)

    def undo(self) -> None:
        """Undo the last action (a label choice, a flag, a note, a submit or a skip)."""
        self.workbench.undo()

    def _after_save(self, saved: Saved) -> None:
        """A save is on disk: say so, update the queue, open the next item.

        A training item's answer shows first; the next item opens once it is closed, and a
        quiz that just ended reloads the queue (passing unlocks production work).
        """
        self.queue.mark(saved.assignment_id, saved.status)
        self.status_saved.setText(
            self.tr("Saved %1 (revision %2)")
            .replace("%1", self.session.item.conversation.external_id if self.session.item else "")
            .replace("%2", str(saved.revision))
        )
        self.saved.emit(saved)
        self.training.after_save(saved, lambda: self._open_next(saved), self._reload_queue)

    def _reload_queue(self) -> None:
        """Show the queue afresh (a training quiz ended) and open its first item to do."""
        self.queue.set_user(self.profile)
        self._open_first()
        self._focus_work()

    def reload_work(self) -> None:
        """Show what a sync brought: new or expired assignments, quizzes, feedback, taxonomies.

        The open item stays open unless the hub took it back (an expired lease); then, as
        when nothing was open, the first item to do opens.
        """
        self.workbench.refresh_taxonomies()
        self.training.refresh()
        self.queue.refresh()
        self.workbench.feedback.refresh()
        item = self.session.item
        if item is None or self.ws.queue.row(self.profile, item.assignment_id) is None:
            self._open_first()
        review = getattr(self, "review_page", None)
        if review is not None:
            review.queue.refresh()
            if review.task is None and self.mode == "review":
                review.activate()

    def _open_next(self, saved: Saved) -> None:
        """Open the item after the saved one, or say that was the last."""
        nxt = self.queue.next_assignment(saved.assignment_id)
        if nxt is None:
            self.workbench.show_empty()
            self.message_bar.show_message(
                self.tr("That was the last conversation in this list."), "info"
            )
        else:
            self.open_assignment(nxt)
        self._focus_work()

    def _after_undo(self, undone: Undone) -> None:
        """Show the item the undo applied to, with its status in the queue."""
        item = self.session.item
        if item is not None:
            self.queue.mark(item.assignment_id, item.status)
            self.queue.select_assignment(item.assignment_id)
        self.status_saved.setText(self._undone_text(undone))
        self._focus_work()

    def _undone_text(self, undone: Undone) -> str:
        """What was undone, as a whole sentence in the UI language."""
        what = undone.description
        if what == "submit":
            return self.tr("Undid the submit; the answer before it is back.")
        if what == "skip":
            return self.tr("Undid the skip.")
        if what in ("mark unsure", "clear unsure"):
            return self.tr("Undid the change to the unsure flag.")
        if what == "edit note":
            return self.tr("Undid the note edit.")
        if what == "clear labels":
            return self.tr("Undid clearing the labels.")
        return self.tr("Undid a label choice.")

    def _focus_work(self) -> None:
        """Put the keyboard where labelling goes on: the picker's search (Enter submits)."""
        focused = QApplication.focusWidget()
        if (
            focused is None
            or not focused.isVisible()
            or not self.isAncestorOf(focused)
            or focused is self.workbench.answer.note
        ):
            self.workbench.picker.focus_search()

    def show_problem(self, text: str) -> None:
        """Show an error the user can act on in the message bar."""
        self.message_bar.show_message(text, "error")

    def _show_active_time(self) -> None:
        """The active time on the open item, in the status bar."""
        seconds = int(self.session.timer.seconds)
        self.status_active.setText(
            self.tr("Active %1:%2")
            .replace("%1", str(seconds // 60))
            .replace("%2", f"{seconds % 60:02d}")
        )

    # -- dialogs --------------------------------------------------------------------------

    def show_feedback(self) -> None:
        """Show the feedback tab."""
        self.workbench.side.setCurrentWidget(self.workbench.feedback)
        self.workbench.feedback.refresh()
        self.workbench.feedback.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_settings(self) -> None:
        """Open the settings dialog."""
        SettingsDialog(self.settings, self.shortcuts, self).exec()

    def open_cheat_sheet(self) -> None:
        """Show every shortcut (F1)."""
        CheatSheet(self.shortcuts, self).exec()

    def about(self) -> None:
        """About LabelDesk, with the demo data's attribution."""
        from labeldesk import __version__

        text = self.tr("LabelDesk %1 — offline-first labelling with QA built in.").replace(
            "%1", __version__
        )
        QMessageBox.about(
            self, self.tr("About LabelDesk"), f"{text}\n\n{self.attribution or ATTRIBUTION}"
        )

    def _settings_changed(self, key: str) -> None:
        """Apply a setting that changed while the window is open."""
        if key == "idle_timeout_seconds":
            self.session.timer.idle_seconds = float(self.settings.idle_timeout_seconds)
        elif key == "ui_language":
            self.workbench.set_language(self.settings.ui_language)

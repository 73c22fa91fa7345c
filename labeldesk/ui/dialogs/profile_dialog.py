"""The "Who is working?" dialog: pick an existing profile, or create one (name, role, languages)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from labeldesk.labelling.dto import Profile
from labeldesk.storage.models import Role
from labeldesk.ui.dialogs.common import filter_field
from labeldesk.ui.i18n import CONTENT_LANGUAGE_NAMES
from labeldesk.ui.theme import PROBLEM_TEXT, is_dark
from labeldesk.users import UserError

if TYPE_CHECKING:
    from labeldesk.workspace import Workspace

# The role that holds a row's Profile.
PROFILE_ROLE: Final[int] = Qt.ItemDataRole.UserRole + 1
# The languages the new-profile form offers, in this order.
FORM_LANGUAGES: Final[tuple[str, ...]] = ("en", "th", "id", "ms", "vi", "zh", "tl")
AnyIndex = QModelIndex | QPersistentModelIndex


def role_title(role: Role | str) -> str:
    """A role's name in the UI language."""
    titles = {
        Role.LABELLER: QCoreApplication.translate("ProfileDialog", "Labeller"),
        Role.REVIEWER: QCoreApplication.translate("ProfileDialog", "Reviewer"),
        Role.LEAD: QCoreApplication.translate("ProfileDialog", "Lead"),
    }
    return titles.get(str(role), str(role))


def language_names(codes: Sequence[str]) -> str:
    """Language codes as their own names, comma separated: ``ไทย, English``."""
    return ", ".join(CONTENT_LANGUAGE_NAMES.get(code, code) for code in codes)


class ProfileListModel(QAbstractListModel):
    """The workspace's profiles: name, role and languages on one line.

    A team has a handful of profiles, so they are all loaded at once.
    """

    def __init__(self, profiles: Sequence[Profile], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._profiles = list(profiles)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt override
        """Override QAbstractItemModel.rowCount: one row per profile."""
        return 0 if parent.isValid() else len(self._profiles)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Override QAbstractItemModel.data: the line to show, and the Profile itself."""
        if not index.isValid() or not 0 <= index.row() < len(self._profiles):
            return None
        profile = self._profiles[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            role_text, languages = role_title(profile.role), language_names(profile.languages)
            return f"{profile.name}  ·  {role_text}  ·  {languages}"
        if role == PROFILE_ROLE:
            return profile
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return profile.name
        return None

    def profile(self, row: int) -> Profile:
        """The profile on ``row``."""
        return self._profiles[row]

    def row_of(self, user_id: str) -> int:
        """The row of the profile with id ``user_id``, or -1."""
        return next((i for i, p in enumerate(self._profiles) if p.id == user_id), -1)

    def names(self) -> set[str]:
        """Every profile's name, case-folded."""
        return {p.name.casefold() for p in self._profiles}


class ProfileDialog(QDialog):
    """Ask who is working: pick a profile (type to filter, Enter picks) or create a new one.

    Parameters
    ----------
    ws
        The open workspace; ``ws.users`` lists and creates profiles.
    parent
        The window the dialog belongs to, if any.
    current_user_id
        The profile to select at first, e.g. the one chosen last time.
    """

    def __init__(
        self, ws: Workspace, parent: QWidget | None = None, *, current_user_id: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("profile_dialog")
        self._ws = ws
        self._chosen: Profile | None = None
        self.model = ProfileListModel(ws.users.list(), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._build()
        self._retranslate()
        self._select_first(current_user_id)
        start = self.filter_edit if self.model.rowCount() else self.name_edit
        start.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(560, 620)

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        """Heading, filter and list, the new-profile form, Start / Cancel."""
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.filter_label, self.filter_edit = filter_field(self, self._on_filter_edit_text_changed)
        self.filter_edit.installEventFilter(self)
        self.list_view = QListView(self)
        self.list_view.setObjectName("list_profiles")
        self.list_view.setModel(self.proxy)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setSpacing(2)
        self.list_view.selectionModel().currentChanged.connect(self._update_start)
        self.list_view.doubleClicked.connect(self._on_start)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("label_empty")
        self.empty_label.setWordWrap(True)
        for widget in (self.heading, self.filter_label, self.filter_edit, self.list_view):
            layout.addWidget(widget)
        layout.addWidget(self.empty_label)
        layout.addWidget(self._build_new_box())
        self.buttons = QDialogButtonBox(self)
        self.start_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setObjectName("button_start")
        self.start_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _build_new_box(self) -> QGroupBox:
        """The form that creates a profile."""
        self.new_box = QGroupBox(self)
        form = QFormLayout(self.new_box)
        self.name_edit = QLineEdit(self.new_box)
        self.name_edit.setObjectName("edit_name")
        self.role_combo = QComboBox(self.new_box)
        self.role_combo.setObjectName("combo_role")
        for role in Role:
            self.role_combo.addItem("", role.value)
        languages = QGridLayout()
        self.language_checks: dict[str, QCheckBox] = {}
        for i, code in enumerate(FORM_LANGUAGES):
            check = QCheckBox(CONTENT_LANGUAGE_NAMES[code], self.new_box)
            check.setObjectName(f"check_language_{code}")
            check.setToolTip(code)
            self.language_checks[code] = check
            languages.addWidget(check, i // 4, i % 4)
        self.form_labels = [QLabel(self.new_box) for _ in range(3)]
        self.form_labels[0].setBuddy(self.name_edit)
        self.form_labels[1].setBuddy(self.role_combo)
        self.form_labels[2].setBuddy(self.language_checks[FORM_LANGUAGES[0]])
        form.addRow(self.form_labels[0], self.name_edit)
        form.addRow(self.form_labels[1], self.role_combo)
        form.addRow(self.form_labels[2], languages)
        self.error_label = QLabel(self.new_box)
        self.error_label.setObjectName("label_error")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()
        self.create_button = QPushButton(self.new_box)
        self.create_button.setObjectName("button_create")
        self.create_button.setAutoDefault(False)
        self.create_button.clicked.connect(self.create_profile)
        form.addRow(self.error_label)
        form.addRow("", self.create_button)
        return self.new_box

    # -- public ---------------------------------------------------------------------------

    def chosen_profile(self) -> Profile | None:
        """The profile picked or created, once the dialog was accepted; else None."""
        return self._chosen

    def error_text(self) -> str:
        """The error the form shows, or ``""``."""
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""

    def create_profile(self) -> Profile | None:
        """Create the profile the form describes and accept the dialog with it.

        Problems (no name, a taken name, no language) show under the form instead.
        """
        name = self.name_edit.text().strip()
        languages = [code for code, check in self.language_checks.items() if check.isChecked()]
        problem = self._form_problem(name, languages)
        if problem:
            return None
        try:
            profile = self._ws.users.create(name, str(self.role_combo.currentData()), languages)
        except UserError as exc:
            self._show_error(str(exc), self.name_edit)
            return None
        self._chosen = profile
        self.accept()
        return profile

    # -- Qt overrides ---------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QDialog.keyPressEvent: Enter in the new-profile form creates the profile."""
        focus = QApplication.focusWidget()
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and focus is not None and self.new_box.isAncestorOf(focus):
            self.create_profile()
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: Up and Down in the filter box move in the list."""
        if watched is self.filter_edit and isinstance(event, QKeyEvent):
            step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
            if step is not None and event.type() == QEvent.Type.KeyPress:
                self._move(step)
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        """Override QDialog.changeEvent: follow the UI language."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- private --------------------------------------------------------------------------

    def _retranslate(self) -> None:
        """Every text in the UI language."""
        self.setWindowTitle(self.tr("Who is working?"))
        self.heading.setText(self.tr("Who is working?"))
        self.filter_label.setText(self.tr("&Find your profile:"))
        self.filter_edit.setPlaceholderText(self.tr("Type your name, then press Enter"))
        self.new_box.setTitle(self.tr("New profile"))
        for label, text in zip(
            self.form_labels,
            (self.tr("&Name:"), self.tr("&Role:"), self.tr("&Languages you can label:")),
            strict=True,
        ):
            label.setText(text)
        for i in range(self.role_combo.count()):
            self.role_combo.setItemText(i, role_title(str(self.role_combo.itemData(i))))
        self.create_button.setText(self.tr("&Create profile and start"))
        self.start_button.setText(self.tr("&Start"))
        self._update_empty()

    def _form_problem(self, name: str, languages: list[str]) -> str:
        """Show what is wrong with the form, and return it; ``""`` if nothing is."""
        if not name:
            text, widget = self.tr("Enter a name for the new profile."), self.name_edit
        elif name.casefold() in self.model.names():
            text = self.tr("There is already a profile named %1: pick it in the list above.")
            text, widget = text.replace("%1", name), self.name_edit
        elif not languages:
            text = self.tr("Choose at least one language you can label.")
            widget = self.language_checks[FORM_LANGUAGES[0]]
        else:
            self.error_label.hide()
            return ""
        self._show_error(text, widget)
        return text

    def _show_error(self, text: str, widget: QWidget) -> None:
        """Show ``text`` under the form in red and put the focus on ``widget``."""
        color = PROBLEM_TEXT["dark" if is_dark(self.palette()) else "light"]
        self.error_label.setStyleSheet(f"color: {color};")
        self.error_label.setText(text)
        self.error_label.show()
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _select_first(self, user_id: str | None) -> None:
        """Make ``user_id``'s row (else the first row) the current one."""
        row = self.model.row_of(user_id) if user_id else -1
        source = self.model.index(max(row, 0), 0)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            index = self.proxy.index(0, 0)
        self.list_view.setCurrentIndex(index)
        self._update_start()

    def _move(self, step: int) -> None:
        """Move the list's current row by ``step``, staying within the list."""
        count = self.proxy.rowCount()
        if not count:
            return
        row = min(max(self.list_view.currentIndex().row() + step, 0), count - 1)
        self.list_view.setCurrentIndex(self.proxy.index(row, 0))

    def _update_start(self) -> None:
        """Start is possible only with a profile selected."""
        self.start_button.setEnabled(self.list_view.currentIndex().isValid())

    def _update_empty(self) -> None:
        """Say why the list is empty, if it is."""
        if not self.model.rowCount():
            text = self.tr("No profiles yet: create yours below.")
        elif not self.proxy.rowCount():
            text = self.tr("No profile matches “%1”.").replace("%1", self.filter_edit.text())
        else:
            text = ""
        self.empty_label.setText(text)
        self.empty_label.setVisible(bool(text))

    def _on_filter_edit_text_changed(self, text: str) -> None:
        """Show the profiles whose line contains ``text``, the first one selected."""
        self.proxy.setFilterFixedString(text.strip())
        self.list_view.setCurrentIndex(self.proxy.index(0, 0))
        self._update_start()
        self._update_empty()

    def _on_start(self) -> None:
        """Start as the selected profile."""
        index = self.list_view.currentIndex()
        if not index.isValid():
            return
        profile = index.data(PROFILE_ROLE)
        if isinstance(profile, Profile):
            self._chosen = profile
            self.accept()

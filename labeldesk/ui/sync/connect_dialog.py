"""The "Connect to hub" dialog: the hub's address and the user's token, tried at once.

The dialog only collects and checks the two fields; the window runs the first sync with
them (off the GUI thread) and tells the dialog how it went: :meth:`ConnectDialog.succeed`
closes it, :meth:`ConnectDialog.fail` shows the hub's reason and lets the person try again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from labeldesk.ui.theme import PROBLEM_TEXT, is_dark

# The schemes a hub address may use (TLS is terminated in front of a real hub).
SCHEMES = ("http://", "https://")


class ConnectDialog(QDialog):
    """Ask for the hub's address and the user's token; the caller tries them.

    Parameters
    ----------
    url
        The address to offer (a hub remembered for someone else), or empty.
    profile_name
        Who is working, for the explanation.
    parent
        The main window.

    Signals
    -------
    connectRequested(str, str)
        The hub's address and the token, checked for form; the caller syncs with them.
    cancelRequested()
        The person closed the dialog while a try was running.
    """

    connectRequested = Signal(str, str)
    cancelRequested = Signal()

    def __init__(self, url: str, profile_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connect_dialog")
        self._profile_name = profile_name
        self._busy = False
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.url_edit = QLineEdit(url, self)
        self.url_edit.setObjectName("edit_hub_url")
        self.url_edit.setClearButtonEnabled(True)
        self.token_edit = QLineEdit(self)
        self.token_edit.setObjectName("edit_hub_token")
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.url_label, self.token_label = QLabel(self), QLabel(self)
        self.url_label.setBuddy(self.url_edit)
        self.token_label.setBuddy(self.token_edit)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("label_connect_error")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(8)
        self.busy_bar.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.connect_button = QPushButton(self)
        self.connect_button.setObjectName("button_connect")
        self.connect_button.setDefault(True)
        self.buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.try_connect)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(460)
        self._build_layout()
        self.retranslate()
        self.adjustSize()  # the wrapped explanation's height at the dialog's width
        (self.token_edit if url else self.url_edit).setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_layout(self) -> None:
        """The explanation, the two fields, the error, then Connect / Cancel."""
        form = QFormLayout()
        form.addRow(self.url_label, self.url_edit)
        form.addRow(self.token_label, self.token_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.url_edit, self.token_edit)
        QWidget.setTabOrder(self.token_edit, self.buttons)

    def retranslate(self) -> None:
        """Set the texts in the current UI language."""
        self.setWindowTitle(self.tr("Connect to hub"))
        self.intro.setText(
            self.tr(
                "Connect this workspace to your team's hub to send your work and fetch new "
                "items. Ask your lead for the hub's address and for the token of %1."
            ).replace("%1", self._profile_name)
        )
        self.url_label.setText(self.tr("Hub &address:"))
        self.token_label.setText(self.tr("&Token:"))
        self.url_edit.setPlaceholderText(self.tr("https://hub.example.com"))
        self.token_edit.setPlaceholderText(self.tr("the token your lead gave you"))
        self.connect_button.setText(self.tr("&Connect"))

    def changeEvent(self, event: QEvent) -> None:
        """Override QDialog.changeEvent: retranslate when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the try --------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """The hub address as typed, trimmed (no slash at the end, as the client keys it)."""
        return self.url_edit.text().strip().rstrip("/")

    @property
    def token(self) -> str:
        """The token as typed, trimmed."""
        return self.token_edit.text().strip()

    @property
    def busy(self) -> bool:
        """Whether a try is running."""
        return self._busy

    @property
    def error(self) -> str:
        """The problem shown, or empty."""
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""

    def try_connect(self) -> None:
        """Check the fields' form; if fine, ask the caller to try them."""
        if self._busy:
            return
        problem = self._form_problem()
        if problem:
            self.fail(problem)
            return
        self._set_busy(True)
        self.error_label.hide()
        self.connectRequested.emit(self.url, self.token)

    def _form_problem(self) -> str:
        """What is wrong with the fields before asking the hub, or empty."""
        if not self.url:
            self.url_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return self.tr("Type the hub's address, e.g. https://hub.example.com.")
        if not self.url.lower().startswith(SCHEMES):
            self.url_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return self.tr("The hub's address starts with https:// (or http:// on a test hub).")
        if not self.token:
            self.token_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return self.tr("Type your token.")
        return ""

    def succeed(self) -> None:
        """The try worked: close the dialog."""
        self._set_busy(False)
        self.accept()

    def fail(self, message: str) -> None:
        """The try did not work: say why and let the person edit and try again."""
        self._set_busy(False)
        color = PROBLEM_TEXT["dark" if is_dark(self.palette()) else "light"]
        self.error_label.setStyleSheet(f"color: {color};")
        self.error_label.setText(message)
        self.error_label.show()
        self.adjustSize()  # room for the wrapped message

    def reject(self) -> None:
        """Override QDialog.reject: stop a running try, then close."""
        if self._busy:
            self._busy = False
            self.cancelRequested.emit()
        super().reject()

    def _set_busy(self, busy: bool) -> None:
        """Lock the fields while the hub is asked."""
        self._busy = busy
        self.busy_bar.setVisible(busy)
        for widget in (self.url_edit, self.token_edit, self.connect_button):
            widget.setEnabled(not busy)
        if not busy:
            self.token_edit.setFocus(Qt.FocusReason.OtherFocusReason)

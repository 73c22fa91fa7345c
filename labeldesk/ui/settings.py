"""The app's own settings (language, font size, theme, idle timeout, shortcuts, window layout,
last profile per workspace) in an INI file, read defensively so a hand-edited file never crashes.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Final

import platformdirs
from PySide6.QtCore import QByteArray, QLocale, QObject, QSettings, Signal

from labeldesk.ui.i18n import SUPPORTED_UI_LANGUAGES

# The environment variable that names the settings file (tests point it into tmp_path).
CONFIG_ENV: Final[str] = "LABELDESK_CONFIG"

# The themes: light, dark, or whatever the desktop uses.
THEMES: Final[tuple[str, ...]] = ("light", "dark", "system")

# Font size in points: default and inclusive range.
DEFAULT_FONT_SIZE: Final[int] = 11
FONT_SIZE_RANGE: Final[tuple[int, int]] = (8, 24)

# Seconds without input after which active time stops counting: default and inclusive range.
DEFAULT_IDLE_TIMEOUT: Final[int] = 60
IDLE_TIMEOUT_RANGE: Final[tuple[int, int]] = (10, 600)

# The names :attr:`AppSettings.changed` carries.
UI_LANGUAGE, FONT_SIZE, THEME = "ui_language", "font_size", "theme"
IDLE_TIMEOUT, SHORTCUTS, PROFILE = "idle_timeout_seconds", "shortcuts", "profile"

_KEYS: Final[dict[str, str]] = {
    UI_LANGUAGE: "ui/language",
    FONT_SIZE: "ui/font_size",
    THEME: "ui/theme",
    IDLE_TIMEOUT: "labelling/idle_timeout_seconds",
}
_SHORTCUT_GROUP: Final[str] = "shortcuts"
_GEOMETRY_KEY, _STATE_KEY = "window/geometry", "window/state"
_SPLITTER_GROUP: Final[str] = "splitters"
_PROFILES_KEY: Final[str] = "profiles/last_by_workspace"


def default_config_path() -> Path:
    """``$LABELDESK_CONFIG`` if set, else ``labeldesk.ini`` in the user's config folder."""
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir("labeldesk", appauthor=False)) / "labeldesk.ini"


def system_ui_language() -> str:
    """The desktop's language if LabelDesk's UI has it, else ``"en"``."""
    code = QLocale.system().name().split("_")[0]
    return code if code in SUPPORTED_UI_LANGUAGES else "en"


def workspace_key(location: str | Path) -> str:
    """How a workspace is named in the settings: an absolute path, or a database URL as is."""
    text = str(location)
    if "://" in text:
        return text
    return str(Path(text).expanduser().resolve())


class AppSettings(QObject):
    """The user's LabelDesk settings, stored in an INI file.

    Every property reads the file and falls back to its default when the stored value is
    missing or not valid; setters check their value, write it at once and emit
    :attr:`changed` when it differs.

    Parameters
    ----------
    path
        The INI file; by default :func:`default_config_path`.
    parent
        The owning QObject, if any.

    Attributes
    ----------
    changed : Signal(str)
        Emitted after a setting changed, with its name: ``"ui_language"``, ``"font_size"``,
        ``"theme"``, ``"idle_timeout_seconds"``, ``"shortcuts"`` or ``"profile"``. The window
        layout is saved without a signal.
    """

    changed = Signal(str)

    def __init__(self, path: str | Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = Path(path) if path is not None else default_config_path()
        self._path.parent.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(self._path), QSettings.Format.IniFormat)

    @property
    def path(self) -> Path:
        """The INI file."""
        return self._path

    # -- plain settings -------------------------------------------------------------------

    @property
    def ui_language(self) -> str:
        """The UI language, one of ``SUPPORTED_UI_LANGUAGES``."""
        value = self._read_str(_KEYS[UI_LANGUAGE])
        return value if value in SUPPORTED_UI_LANGUAGES else system_ui_language()

    @ui_language.setter
    def ui_language(self, value: str) -> None:
        if value not in SUPPORTED_UI_LANGUAGES:
            raise ValueError(f"ui_language must be one of {', '.join(SUPPORTED_UI_LANGUAGES)}")
        self._write(UI_LANGUAGE, _KEYS[UI_LANGUAGE], value, self.ui_language)

    @property
    def font_size(self) -> int:
        """The UI font size in points, within :data:`FONT_SIZE_RANGE`."""
        return self._read_int(_KEYS[FONT_SIZE], DEFAULT_FONT_SIZE, FONT_SIZE_RANGE)

    @font_size.setter
    def font_size(self, value: int) -> None:
        _check_range("font_size", value, FONT_SIZE_RANGE)
        self._write(FONT_SIZE, _KEYS[FONT_SIZE], int(value), self.font_size)

    @property
    def theme(self) -> str:
        """``"light"``, ``"dark"`` or ``"system"``."""
        value = self._read_str(_KEYS[THEME])
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        if value not in THEMES:
            raise ValueError(f"theme must be one of {', '.join(THEMES)}")
        self._write(THEME, _KEYS[THEME], value, self.theme)

    @property
    def idle_timeout_seconds(self) -> int:
        """Seconds without input before active time stops, within :data:`IDLE_TIMEOUT_RANGE`."""
        return self._read_int(_KEYS[IDLE_TIMEOUT], DEFAULT_IDLE_TIMEOUT, IDLE_TIMEOUT_RANGE)

    @idle_timeout_seconds.setter
    def idle_timeout_seconds(self, value: int) -> None:
        _check_range("idle_timeout_seconds", value, IDLE_TIMEOUT_RANGE)
        self._write(IDLE_TIMEOUT, _KEYS[IDLE_TIMEOUT], int(value), self.idle_timeout_seconds)

    # -- shortcuts ------------------------------------------------------------------------

    def shortcut_overrides(self) -> dict[str, str]:
        """The remapped shortcuts: action id -> key sequence(s) in portable text.

        Several sequences for one action are separated by ``"; "`` (``QKeySequence.listToString``).
        """
        self._qs.beginGroup(_SHORTCUT_GROUP)
        try:
            keys = self._qs.childKeys()
            values = {key: self._qs.value(key) for key in keys}
        finally:
            self._qs.endGroup()
        return {key: value for key, value in values.items() if isinstance(value, str)}

    def set_shortcut_overrides(self, overrides: dict[str, str]) -> None:
        """Replace every remapped shortcut with ``overrides`` (action id -> portable text)."""
        if overrides == self.shortcut_overrides():
            return
        self._qs.remove(_SHORTCUT_GROUP)
        for action_id, text in overrides.items():
            self._qs.setValue(f"{_SHORTCUT_GROUP}/{action_id}", text)
        self._qs.sync()
        self.changed.emit(SHORTCUTS)

    def set_shortcut(self, action_id: str, text: str) -> None:
        """Remap ``action_id`` to ``text`` (portable key sequence text)."""
        self.set_shortcut_overrides({**self.shortcut_overrides(), action_id: text})

    def reset_shortcut(self, action_id: str) -> None:
        """Forget the remapping of ``action_id`` (its defaults apply again)."""
        overrides = self.shortcut_overrides()
        overrides.pop(action_id, None)
        self.set_shortcut_overrides(overrides)

    # -- window layout --------------------------------------------------------------------

    @property
    def window_geometry(self) -> bytes:
        """The main window's saved geometry (``QWidget.saveGeometry``), empty if none."""
        return self._read_bytes(_GEOMETRY_KEY)

    @window_geometry.setter
    def window_geometry(self, value: bytes | QByteArray) -> None:
        self._write_bytes(_GEOMETRY_KEY, value)

    @property
    def window_state(self) -> bytes:
        """The main window's saved docks and toolbars (``QMainWindow.saveState``), or empty."""
        return self._read_bytes(_STATE_KEY)

    @window_state.setter
    def window_state(self, value: bytes | QByteArray) -> None:
        self._write_bytes(_STATE_KEY, value)

    @property
    def splitter_states(self) -> dict[str, bytes]:
        """Saved splitter positions (``QSplitter.saveState``) by the splitter's object name."""
        self._qs.beginGroup(_SPLITTER_GROUP)
        try:
            names = self._qs.childKeys()
        finally:
            self._qs.endGroup()
        states = {name: self._read_bytes(f"{_SPLITTER_GROUP}/{name}") for name in names}
        return {name: state for name, state in states.items() if state}

    @splitter_states.setter
    def splitter_states(self, value: dict[str, bytes | QByteArray]) -> None:
        self._qs.remove(_SPLITTER_GROUP)
        for name, state in value.items():
            self._qs.setValue(f"{_SPLITTER_GROUP}/{name}", QByteArray(state))
        self._qs.sync()

    # -- profiles -------------------------------------------------------------------------

    def profile_for(self, workspace_location: str | Path) -> str | None:
        """The user id last chosen in this workspace, or None."""
        return self._profiles().get(workspace_key(workspace_location))

    def set_profile_for(self, workspace_location: str | Path, user_id: str) -> None:
        """Remember that ``user_id`` is the person working in this workspace."""
        profiles = self._profiles()
        key = workspace_key(workspace_location)
        if profiles.get(key) == user_id:
            return
        profiles[key] = user_id
        self._qs.setValue(_PROFILES_KEY, json.dumps(profiles, ensure_ascii=False))
        self._qs.sync()
        self.changed.emit(PROFILE)

    # -- reading and writing --------------------------------------------------------------

    def sync(self) -> None:
        """Write pending changes to the file and read changes other processes made."""
        self._qs.sync()

    def _profiles(self) -> dict[str, str]:
        """Workspace -> user id, from the JSON the file holds; empty if it is not valid."""
        try:
            data = json.loads(self._read_str(_PROFILES_KEY) or "{}")
        except ValueError:
            return {}
        if not isinstance(data, dict):
            return {}
        return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)}

    def _read_str(self, key: str) -> str | None:
        """The value at ``key`` if it is a string."""
        value = self._qs.value(key)
        return value if isinstance(value, str) else None

    def _read_int(self, key: str, default: int, bounds: tuple[int, int]) -> int:
        """The integer at ``key``, or ``default`` when missing, not a number or out of range."""
        try:
            value = int(str(self._qs.value(key, default)).strip())
        except ValueError:
            return default
        return value if bounds[0] <= value <= bounds[1] else default

    def _read_bytes(self, key: str) -> bytes:
        """The bytes at ``key``, or empty bytes when missing or not bytes."""
        value = self._qs.value(key)
        return value.data() if isinstance(value, QByteArray) else b""

    def _write_bytes(self, key: str, value: bytes | QByteArray) -> None:
        """Store bytes at ``key``."""
        self._qs.setValue(key, QByteArray(value))
        self._qs.sync()

    def _write(self, name: str, key: str, value: str | int, current: str | int) -> None:
        """Store ``value`` at ``key``; emit :attr:`changed` with ``name`` if it differs."""
        self._qs.setValue(key, value)
        self._qs.sync()
        if value != current:
            self.changed.emit(name)


def _check_range(name: str, value: int, bounds: tuple[int, int]) -> None:
    """ValueError unless ``bounds[0] <= value <= bounds[1]``."""
    if not bounds[0] <= int(value) <= bounds[1]:
        raise ValueError(f"{name} must be between {bounds[0]} and {bounds[1]}, got {value}")

"""The look of the app: Fusion with a calm light or dark palette, the reading font at the user's
size with fallbacks for Thai, Chinese and Vietnamese, and high-DPI scaling.

Text colours are chosen for contrast (WCAG 2 ratio): body text at least 7:1 against its
background, selected text and placeholders at least 4.5:1, disabled text at least 3:1.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

# Preferred UI font families, best first. Latin and Vietnamese come from the first installed
# one; Qt falls back along the list for Thai (Loma, Noto Sans Thai) and Chinese.
FONT_FAMILIES: Final[tuple[str, ...]] = (
    "Noto Sans",
    "DejaVu Sans",
    "Noto Sans Thai",
    "Loma",
    "Noto Sans CJK SC",
    "WenQuanYi Micro Hei",
    "Noto Color Emoji",
)

# The message levels, most severe first.
LEVELS: Final[tuple[str, ...]] = ("error", "warning", "info")

# The app property that tells widgets whether the dark palette is on.
DARK_PROPERTY: Final[str] = "labeldesk_dark"

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

LIGHT: Final[dict[Role, str]] = {
    Role.Window: "#f4f5f7",
    Role.WindowText: "#1d232a",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#f1f3f6",
    Role.Text: "#1d232a",
    Role.Button: "#e9ecf0",
    Role.ButtonText: "#1d232a",
    Role.BrightText: "#ffffff",
    Role.Highlight: "#1f5fbf",
    Role.HighlightedText: "#ffffff",
    Role.ToolTipBase: "#fffbe6",
    Role.ToolTipText: "#1d232a",
    Role.PlaceholderText: "#5f6b7a",
    Role.Link: "#1a56b0",
    Role.LinkVisited: "#6a3fb0",
    Role.Light: "#ffffff",
    Role.Midlight: "#e3e6ea",
    Role.Mid: "#b8bfc8",
    Role.Dark: "#8a939f",
    Role.Shadow: "#5c6470",
}
LIGHT_DISABLED_TEXT: Final[str] = "#8a939f"

DARK: Final[dict[Role, str]] = {
    Role.Window: "#1f2328",
    Role.WindowText: "#e4e7eb",
    Role.Base: "#16191d",
    Role.AlternateBase: "#1c2025",
    Role.Text: "#e4e7eb",
    Role.Button: "#2b3037",
    Role.ButtonText: "#e4e7eb",
    Role.BrightText: "#ffffff",
    Role.Highlight: "#2a62c4",
    Role.HighlightedText: "#ffffff",
    Role.ToolTipBase: "#2b3037",
    Role.ToolTipText: "#e4e7eb",
    Role.PlaceholderText: "#9aa4b1",
    Role.Link: "#7ab0ff",
    Role.LinkVisited: "#c3a6ff",
    Role.Light: "#3a4048",
    Role.Midlight: "#30353c",
    Role.Mid: "#444b54",
    Role.Dark: "#0f1114",
    Role.Shadow: "#000000",
}
DARK_DISABLED_TEXT: Final[str] = "#6b7480"


class LevelColors(NamedTuple):
    """The colours of a message of one level: background, border and text."""

    background: str
    border: str
    text: str


# Message bar colours per theme and level (text on background at least 9:1).
MESSAGE_COLORS: Final[dict[str, dict[str, LevelColors]]] = {
    "light": {
        "error": LevelColors("#fdecea", "#e0a39c", "#5f1a12"),
        "warning": LevelColors("#fff4e0", "#e6c48a", "#5a3a00"),
        "info": LevelColors("#e8f1fd", "#a9c6ee", "#123b6d"),
    },
    "dark": {
        "error": LevelColors("#3b1f1e", "#8c3b35", "#ffd7d2"),
        "warning": LevelColors("#3a2f17", "#8a6a2a", "#ffe6b3"),
        "info": LevelColors("#1b2b40", "#3a5f8f", "#d6e6ff"),
    },
}

# The colour that marks a problem in text (e.g. a shortcut conflict), per theme.
PROBLEM_TEXT: Final[dict[str, str]] = {"light": "#c62828", "dark": "#ff8a80"}

# Label chips: background, text and border per theme (text on background at least 9:1).
CHIP_COLORS: Final[dict[str, LevelColors]] = {
    "light": LevelColors("#e4ecf7", "#b9cde8", "#123b6d"),
    "dark": LevelColors("#233449", "#3a5f8f", "#d6e6ff"),
}


def configure_high_dpi() -> bool:
    """Scale by the screen's exact factor (150 % stays 1.5, not 2); call before the app exists.

    Returns
    -------
    bool
        False, changing nothing, when a QApplication already exists (Qt ignores the policy then).
    """
    if QCoreApplication.instance() is not None:
        return False
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    return True


def resolve_theme(theme: str) -> str:
    """``"light"`` or ``"dark"``: ``"system"`` follows the desktop's colour scheme."""
    if theme in ("light", "dark"):
        return theme
    if theme != "system":
        raise ValueError(f"unknown theme {theme!r}; themes: light, dark, system")
    app = QGuiApplication.instance()
    scheme = app.styleHints().colorScheme() if isinstance(app, QGuiApplication) else None
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def make_palette(theme: str) -> QPalette:
    """The light or dark palette (``theme`` is ``"light"`` or ``"dark"``)."""
    dark = theme == "dark"
    colors, disabled = (DARK, DARK_DISABLED_TEXT) if dark else (LIGHT, LIGHT_DISABLED_TEXT)
    palette = QPalette()
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    palette.setColor(Role.Accent, QColor(colors[Role.Highlight]))
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.PlaceholderText):
        palette.setColor(Group.Disabled, role, QColor(disabled))
    palette.setColor(Group.Inactive, Role.Highlight, QColor(colors[Role.Highlight]))
    return palette


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` draws light text on a dark window."""
    return palette.color(Role.Window).lightness() < palette.color(Role.WindowText).lightness()


def installed_families(preferred: tuple[str, ...] = FONT_FAMILIES) -> list[str]:
    """The families of ``preferred`` that are installed, in the same order."""
    available = {name.casefold() for name in QFontDatabase.families()}
    return [name for name in preferred if name.casefold() in available]


def make_font(font_size: int, base: QFont | None = None) -> QFont:
    """The UI font: ``base`` (or the default font) at ``font_size`` points with the fallbacks."""
    font = QFont(base) if base is not None else QFont()
    families = installed_families()
    if families:
        font.setFamilies(families)
    font.setPointSize(font_size)
    return font


def apply_theme(app: QApplication, theme: str, font_size: int) -> str:
    """Give the whole app the Fusion style, the palette of ``theme`` and the UI font.

    No application style sheet is set, so widgets keep Fusion's drawing; the message bar and
    chips (:func:`chip_style_sheet`) colour themselves from the palette.

    Parameters
    ----------
    app
        The running application.
    theme
        ``"light"``, ``"dark"`` or ``"system"``.
    font_size
        The font size in points.

    Returns
    -------
    str
        The palette applied: ``"light"`` or ``"dark"``.
    """
    resolved = resolve_theme(theme)
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    app.setPalette(make_palette(resolved))
    app.setFont(make_font(font_size))
    app.setProperty(DARK_PROPERTY, resolved == "dark")
    return resolved


def chip_style_sheet(palette: QPalette, selector: str = "QLabel") -> str:
    """A style sheet that draws ``selector`` widgets as rounded, tinted label chips.

    Set it on the widget (or its container) and again on ``QEvent.PaletteChange``; the
    colours follow the light or dark ``palette``.
    """
    colors = CHIP_COLORS["dark" if is_dark(palette) else "light"]
    return (
        f"{selector} {{ background: {colors.background}; color: {colors.text};"
        f" border: 1px solid {colors.border}; border-radius: 9px; padding: 1px 8px; }}"
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours, from 1 (same) to 21 (black on white)."""
    hi, lo = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _luminance(color: QColor) -> float:
    """The relative luminance of ``color`` (WCAG 2)."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.red())
        + 0.7152 * channel(color.green())
        + 0.0722 * channel(color.blue())
    )

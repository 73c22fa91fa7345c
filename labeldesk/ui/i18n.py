"""Installs the UI's translation catalogs (LabelDesk's and Qt's own) and switches them at run time.

The catalogs' sources are ``translations/labeldesk_<locale>.ts``; ``tools/translations.py build``
compiles them into ``labeldesk/ui/i18n/labeldesk_<locale>.qm``, which ship with the package.
Installing a translator makes Qt send ``QEvent.LanguageChange`` to every widget, which then
sets its texts again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Final

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

# The UI languages, as stored in the settings: English, Thai, Indonesian, Malay, Vietnamese,
# Simplified Chinese.
SUPPORTED_UI_LANGUAGES: Final[tuple[str, ...]] = ("en", "th", "id", "ms", "vi", "zh")

# Each UI language by its own name, as the settings dialog lists them (never translated).
UI_LANGUAGE_NAMES: Final[dict[str, str]] = {
    "en": "English",
    "th": "ไทย",
    "id": "Bahasa Indonesia",
    "ms": "Bahasa Melayu",
    "vi": "Tiếng Việt",
    "zh": "简体中文",
}

# Languages a person can label, by their own names, as the profile form lists them.
CONTENT_LANGUAGE_NAMES: Final[dict[str, str]] = {
    "en": "English",
    "th": "ไทย",
    "id": "Bahasa Indonesia",
    "ms": "Bahasa Melayu",
    "vi": "Tiếng Việt",
    "zh": "中文",
    "tl": "Tagalog",
}

# The Qt locale name of each UI language's catalog (the ``.ts``/``.qm`` file suffix).
CATALOG_LOCALES: Final[dict[str, str]] = {
    "en": "en",
    "th": "th",
    "id": "id",
    "ms": "ms",
    "vi": "vi",
    "zh": "zh_CN",
}

# Where the compiled catalogs live inside the package.
QM_DIR: Final[Path] = Path(__file__).resolve().parent / "i18n"

# The object name that marks the translators this module installed.
TRANSLATOR_NAME: Final[str] = "labeldesk_translator"

# Qt's own texts that LabelDesk's windows show: dialog buttons, the context menus of text
# fields, the key recorder. Listed here so that lupdate puts them in LabelDesk's catalogs,
# because Qt ships no Thai, Indonesian, Malay or Vietnamese catalog. Key names keep the English
# printed on keyboards in every language (Qt's Chinese catalog would show 回车 for Return).
QT_TEXTS: Final[tuple[str, ...]] = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&OK"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Save"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Close"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "Close without Saving"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
    QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Select All"),
    QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Step up"),
    QT_TRANSLATE_NOOP("QAbstractSpinBox", "Step &down"),
    QT_TRANSLATE_NOOP("QKeySequenceEdit", "Press shortcut"),
    QT_TRANSLATE_NOOP("QShortcut", "Return"),
    QT_TRANSLATE_NOOP("QShortcut", "Enter"),
    QT_TRANSLATE_NOOP("QShortcut", "Backspace"),
    QT_TRANSLATE_NOOP("QShortcut", "Esc"),
    QT_TRANSLATE_NOOP("QShortcut", "Left"),
    QT_TRANSLATE_NOOP("QShortcut", "Right"),
    QT_TRANSLATE_NOOP("QShortcut", "Up"),
    QT_TRANSLATE_NOOP("QShortcut", "Down"),
    QT_TRANSLATE_NOOP("QShortcut", "Ctrl"),
    QT_TRANSLATE_NOOP("QShortcut", "Alt"),
    QT_TRANSLATE_NOOP("QShortcut", "Shift"),
)


def catalog_stem(lang: str) -> str:
    """The catalog file name without suffix for UI language ``lang``: ``labeldesk_zh_CN``.

    Raises
    ------
    ValueError
        If ``lang`` is not one of :data:`SUPPORTED_UI_LANGUAGES`.
    """
    if lang not in CATALOG_LOCALES:
        supported = ", ".join(SUPPORTED_UI_LANGUAGES)
        raise ValueError(f"unsupported UI language {lang!r}; supported: {supported}")
    return f"labeldesk_{CATALOG_LOCALES[lang]}"


def qm_path(lang: str, qm_dir: Path = QM_DIR) -> Path:
    """The compiled catalog for UI language ``lang``."""
    return qm_dir / f"{catalog_stem(lang)}.qm"


def installed_translators(app: QCoreApplication) -> list[QTranslator]:
    """The translators :func:`install_translator` installed on ``app``, oldest first."""
    return app.findChildren(QTranslator, TRANSLATOR_NAME)


def install_translator(app: QCoreApplication, lang: str, qm_dir: Path = QM_DIR) -> bool:
    """Show the UI in ``lang``: replace the installed catalogs with that language's.

    Removes the translators a previous call installed, then installs Qt's own ``qtbase``
    catalog for the language (standard buttons, context menus) when Qt ships one, and
    LabelDesk's catalog. Qt then sends ``QEvent.LanguageChange`` to every widget. The
    default ``QLocale`` follows, so numbers and dates format in the same language.

    Parameters
    ----------
    app
        The running application.
    lang
        One of :data:`SUPPORTED_UI_LANGUAGES`.
    qm_dir
        The folder with the compiled catalogs.

    Returns
    -------
    bool
        True if LabelDesk's catalog for ``lang`` was found and installed.

    Raises
    ------
    ValueError
        If ``lang`` is not a supported UI language.
    """
    path = qm_path(lang, qm_dir)
    for old in installed_translators(app):
        app.removeTranslator(old)
        old.setParent(None)
        old.deleteLater()
    locale = QLocale(CATALOG_LOCALES[lang])
    QLocale.setDefault(locale)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    _install(app, lambda t: t.load(locale, "qtbase", "_", qt_dir))
    return _install(app, lambda t: t.load(str(path)))


def _install(app: QCoreApplication, load: Callable[[QTranslator], bool]) -> bool:
    """Make a translator owned by ``app``, fill it with ``load`` and install it if that worked."""
    translator = QTranslator(app)
    translator.setObjectName(TRANSLATOR_NAME)
    if not load(translator):
        translator.setParent(None)
        translator.deleteLater()
        return False
    return app.installTranslator(translator)

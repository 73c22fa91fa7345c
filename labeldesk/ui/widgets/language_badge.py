"""A compact pill that shows a conversation's detected language and how sure the detector is."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QEvent, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from labeldesk.langid import UNKNOWN
from labeldesk.ui.theme import is_dark

Role = QPalette.ColorRole

# Below this confidence the badge warns that the detected language may be wrong.
LOW_CONFIDENCE: Final[float] = 0.7


# Warning colours (background, text) for a light and a dark palette; both pass 7:1 contrast.
WARNING_LIGHT: Final[tuple[str, str]] = ("#fdecc8", "#5c3a00")
WARNING_DARK: Final[tuple[str, str]] = ("#5a4310", "#fde7b0")


class LanguageBadge(QLabel):
    """A pill such as ``TH · 97%``; the native language name is in the tooltip.

    A detection below :data:`LOW_CONFIDENCE` shows ``TH? · 55%`` and an undetermined one
    ``? · unknown``, both in a warning style (the question mark keeps the warning readable
    without colour). Colours come from the widget's palette and sizes from its font.

    Parameters
    ----------
    parent
        The owning widget.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("language_badge")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._code = UNKNOWN
        self._confidence = 0.0
        self._update_margins()
        self.set_language(UNKNOWN, 0.0)

    # -- public ---------------------------------------------------------------------------

    @property
    def code(self) -> str:
        """The language code shown (``und`` when unknown)."""
        return self._code

    @property
    def confidence(self) -> float:
        """The detector's confidence, in [0, 1]."""
        return self._confidence

    def is_warning(self) -> bool:
        """Whether the badge shows the warning style (unknown or low-confidence language)."""
        return self._code == UNKNOWN or self._confidence < LOW_CONFIDENCE

    def set_language(self, code: str, confidence: float) -> None:
        """Show language ``code`` (ISO 639-1, or ``und``) detected with ``confidence``."""
        self._code = (code or UNKNOWN).strip().lower()
        self._confidence = max(0.0, min(1.0, float(confidence)))
        self._retranslate()

    # -- Qt overrides ---------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """Override QWidget::changeEvent: follow the UI language, font and palette."""
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self._retranslate()
        elif kind == QEvent.Type.FontChange:
            self._update_margins()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        """Override QWidget::sizeHint: the bold text plus the pill's padding."""
        metrics = QFontMetrics(self._badge_font())
        margins = self.contentsMargins()
        width = metrics.horizontalAdvance(self.text()) + margins.left() + margins.right()
        return QSize(width, metrics.height() + margins.top() + margins.bottom())

    def minimumSizeHint(self) -> QSize:
        """Override QWidget::minimumSizeHint: the badge never shrinks below its text."""
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Override QWidget::paintEvent: a rounded pill with the text centred in it."""
        background, foreground = self.colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        radius = rect.height() / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(rect, radius, radius)
        painter.setPen(foreground)
        painter.setFont(self._badge_font())
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.text())
        painter.end()

    def colours(self) -> tuple[QColor, QColor]:
        """The pill's background and text colours for the current palette and state."""
        palette = self.palette()
        if self.is_warning():
            background, text = WARNING_DARK if is_dark(palette) else WARNING_LIGHT
            return QColor(background), QColor(text)
        return (
            blend(palette.color(Role.Highlight), palette.color(Role.Base), 0.22),
            palette.color(Role.Text),
        )

    # -- private --------------------------------------------------------------------------

    def _retranslate(self) -> None:
        """Set the text, tooltip and accessible name in the UI language."""
        if self._code == UNKNOWN:
            self.setText(self.tr("? · unknown"))
            self.setToolTip(self.tr("The language of this conversation could not be detected."))
        else:
            template = self.tr("%1? · %2%") if self.is_warning() else self.tr("%1 · %2%")
            percent = QLocale().toString(round(self._confidence * 100))
            self.setText(template.replace("%1", self._code.upper()).replace("%2", percent))
            self.setToolTip(self._tooltip(percent))
        self.setAccessibleName(self.toolTip())
        self.updateGeometry()
        self.update()

    def _tooltip(self, percent: str) -> str:
        """The language's English and native names, and the confidence, as a sentence."""
        locale = QLocale(self._code)
        known = locale.language() != QLocale.Language.C
        english = QLocale.languageToString(locale.language()) if known else self._code
        native = locale.nativeLanguageName() if known else self._code
        if self.is_warning():
            text = self.tr("%1 (%2)? Detected with only %3% confidence: check before labelling.")
        else:
            text = self.tr("%1 (%2), detected with %3% confidence.")
        return text.replace("%1", native or english).replace("%2", english).replace("%3", percent)

    def _badge_font(self) -> QFont:
        """The widget's font, semi-bold."""
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def _update_margins(self) -> None:
        """Padding in proportion to the font, so the pill grows with the user's font size."""
        em = QFontMetrics(self.font()).height()
        self.setContentsMargins(
            round(em * 0.6), round(em * 0.12), round(em * 0.6), round(em * 0.12)
        )


def blend(first: QColor, second: QColor, amount: float) -> QColor:
    """``amount`` of ``first`` blended over ``second``."""
    keep = 1.0 - amount
    return QColor.fromRgbF(
        first.redF() * amount + second.redF() * keep,
        first.greenF() * amount + second.greenF() * keep,
        first.blueF() * amount + second.blueF() * keep,
    )

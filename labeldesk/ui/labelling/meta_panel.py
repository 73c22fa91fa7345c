"""The side panel with a conversation's details: ids, batch, turns, language and metadata.

When the lead shows model predictions, a line above the metadata says what the model
suggests for the conversation.
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping
from typing import Any, Final

from PySide6.QtCore import QEvent, QLocale, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import QFormLayout, QLabel, QSizePolicy, QWidget

from labeldesk.labelling import dto
from labeldesk.ui.widgets.language_badge import LanguageBadge

# Widest a value is drawn before it is elided, in average character widths.
VALUE_MAX_CHARS: Final[int] = 48

# Most conversation-level model suggestions named in the "Model suggests" line.
MAX_SUGGESTIONS: Final[int] = 3


def flatten_meta(meta: Mapping[str, Any], prefix: str = "") -> list[tuple[str, str]]:
    """``meta`` as (key, text) rows: nested dicts as ``a.b``, None values left out.

    Lists of plain values are joined with commas; other values are shown as JSON.
    """
    rows: list[tuple[str, str]] = []
    for key, value in meta.items():
        name = f"{prefix}{key}"
        if value is None:
            continue
        if isinstance(value, Mapping):
            rows.extend(flatten_meta(value, f"{name}."))
        else:
            rows.append((name, _value_text(value)))
    return rows


def _value_text(value: object) -> str:
    """How a metadata value reads in the panel."""
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple) and all(isinstance(v, str | int | float) for v in value):
        return ", ".join(str(v) for v in value)
    if isinstance(value, bool | int | float):
        return json.dumps(value)
    return json.dumps(value, ensure_ascii=False, default=str)


class ValueLabel(QLabel):
    """A one-line, selectable value that elides to its width; Ctrl+C copies the full value.

    The full value is in the tooltip when the label is elided.

    Parameters
    ----------
    parent
        The owning widget.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable with Tab, to copy by key
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._copy = QAction(self)
        self._copy.triggered.connect(self.copy_value)
        self.addAction(self._copy)
        self._retranslate()

    def full_text(self) -> str:
        """The whole value, however it is drawn."""
        return self._full

    def set_full_text(self, text: str) -> None:
        """Show ``text``, elided to the label's width if it does not fit."""
        self._full = text
        self._elide()

    def copy_value(self) -> None:
        """Put the full value on the clipboard."""
        QGuiApplication.clipboard().setText(self._full)

    def sizeHint(self) -> QSize:
        """Override QWidget::sizeHint: the value's width, up to :data:`VALUE_MAX_CHARS`."""
        metrics = QFontMetrics(self.font())
        cap = metrics.averageCharWidth() * VALUE_MAX_CHARS
        return QSize(min(metrics.horizontalAdvance(self._full), cap) + 4, metrics.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Override QWidget::resizeEvent: elide again for the new width."""
        super().resizeEvent(event)
        self._elide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QWidget::keyPressEvent: Ctrl+C copies the full value unless part is selected."""
        partial = self.hasSelectedText() and self.selectedText() != self.text()
        if event.matches(QKeySequence.StandardKey.Copy) and not partial:
            self.copy_value()
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        """Override QWidget::changeEvent: re-elide for a new font; retranslate."""
        if event.type() == QEvent.Type.FontChange:
            self._elide()
        elif event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _elide(self) -> None:
        """Draw the value elided to the width, with the full value in the tooltip if cut."""
        one_line = " ".join(self._full.split())
        shown = QFontMetrics(self.font()).elidedText(
            one_line, Qt.TextElideMode.ElideRight, max(self.contentsRect().width(), 16)
        )
        self.setText(shown)
        # Always rich text, escaped: a value that looks like HTML must not render as HTML.
        escaped = html.escape(self._full)
        self.setToolTip(
            f'<p style="white-space:pre-wrap">{escaped}</p>' if shown != self._full else ""
        )

    def _retranslate(self) -> None:
        """The context menu's text in the UI language."""
        self._copy.setText(self.tr("Copy value"))


class MetaPanel(QWidget):
    """A form with the conversation's id, batch, turn count, language badge and metadata.

    Metadata rows reuse their widgets from item to item, so showing the next conversation
    builds nothing new unless it has more metadata keys than any before.

    Parameters
    ----------
    parent
        The owning widget.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meta_panel")
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self._fixed: dict[str, tuple[QLabel, QWidget]] = {}
        self._values: dict[str, ValueLabel] = {}
        for name in ("conversation", "batch", "turns"):
            self._values[name] = self._value_label(f"value_{name}")
            self._fixed[name] = (QLabel(self), self._values[name])
        self.badge = LanguageBadge(self)
        self.badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._fixed["language"] = (QLabel(self), self.badge)
        for caption, field in self._fixed.values():
            caption.setBuddy(field)
            self.form.addRow(caption, field)
        self.suggestion = QLabel(self)
        self.suggestion.setObjectName("model_suggestion")
        self.suggestion.setTextFormat(Qt.TextFormat.PlainText)  # label names are data
        self.suggestion.setWordWrap(True)
        self.form.addRow(self.suggestion)
        self.heading = QLabel(self)
        self.heading.setObjectName("heading_metadata")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.form.addRow(self.heading)
        self.empty = QLabel(self)
        self.empty.setObjectName("empty_metadata")
        self.empty.setWordWrap(True)
        self.form.addRow(self.empty)
        self._rows: list[tuple[QLabel, ValueLabel]] = []
        self._view: dto.ConversationView | None = None
        self._names: Mapping[str, str] = {}
        self._retranslate()
        self.clear()

    # -- public ---------------------------------------------------------------------------

    def show_conversation(
        self, view: dto.ConversationView, names: Mapping[str, str] | None = None
    ) -> None:
        """Show ``view``'s details, the model's suggestion if any, and metadata.

        ``names`` maps label keys to the names shown (keys are shown where it has none).
        """
        self._view = view
        self._names = names or {}
        self._show_suggestion(view.predictions)
        locale = QLocale()
        self._set_fixed("conversation", view.external_id)
        self._set_fixed("batch", view.batch)
        self._set_fixed("turns", locale.toString(len(view.turns)))
        self.badge.set_language(view.language, view.language_confidence)
        for name in self._fixed:
            self.form.setRowVisible(self._fixed[name][1], True)
        rows = flatten_meta(view.meta)
        self._show_rows(rows)
        self.empty.setText(self.tr("This conversation has no metadata."))
        self.form.setRowVisible(self.empty, not rows)

    def clear(self) -> None:
        """The empty state: no conversation open."""
        self._view = None
        self.form.setRowVisible(self.suggestion, False)
        for _caption, field in self._fixed.values():
            self.form.setRowVisible(field, False)
        self._show_rows([])
        self.empty.setText(self.tr("No conversation is open."))
        self.form.setRowVisible(self.empty, True)

    def rows(self) -> list[tuple[str, str]]:
        """The (key, full value) metadata rows shown, in order."""
        return [(c.text(), v.full_text()) for c, v in self._rows if not v.isHidden()]

    # -- Qt overrides ---------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """Override QWidget::changeEvent: retranslate when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self._view is not None:
                self.show_conversation(self._view, self._names)
            else:
                self.clear()
        super().changeEvent(event)

    # -- private --------------------------------------------------------------------------

    def _value_label(self, name: str) -> ValueLabel:
        """A value label named ``name``."""
        label = ValueLabel(self)
        label.setObjectName(name)
        return label

    def suggestion_text(self) -> str:
        """The "Model suggests" line, or "" when none is shown."""
        return "" if self.suggestion.isHidden() else self.suggestion.text()

    def _show_suggestion(self, predictions: tuple[dto.PredictionView, ...]) -> None:
        """Name the model's best conversation-level labels, with their scores."""
        best = [p for p in predictions if p.turn_idx is None][:MAX_SUGGESTIONS]
        self.form.setRowVisible(self.suggestion, bool(best))
        if not best:
            self.suggestion.clear()
            return
        locale = QLocale()
        parts = []
        for p in best:
            name = self._names.get(p.label_key, p.label_key)
            if p.score is None:
                parts.append(name)
            else:
                parts.append(
                    self.tr("%1 (%2)")
                    .replace("%2", locale.toString(p.score, "f", 2))
                    .replace("%1", name)
                )
        self.suggestion.setText(self.tr("Model suggests: %1").replace("%1", ", ".join(parts)))
        models = sorted({p.model for p in best if p.model})
        self.suggestion.setToolTip(
            self.tr("Predicted by %1").replace("%1", ", ".join(models)) if models else ""
        )

    def _set_fixed(self, name: str, text: str) -> None:
        """Set the value of fixed row ``name``."""
        self._values[name].set_full_text(text)

    def _show_rows(self, rows: list[tuple[str, str]]) -> None:
        """Fill the metadata rows (adding rows only when there are more than ever before)."""
        while len(self._rows) < len(rows):
            caption = QLabel(self)
            caption.setTextFormat(Qt.TextFormat.PlainText)  # keys are data, never markup
            value = self._value_label(f"value_meta_{len(self._rows)}")
            caption.setBuddy(value)
            self.form.insertRow(self.form.rowCount() - 1, caption, value)
            self._rows.append((caption, value))
        for n, (caption, value) in enumerate(self._rows):
            if n < len(rows):
                caption.setText(rows[n][0])
                value.set_full_text(rows[n][1])
            self.form.setRowVisible(value, n < len(rows))
        self.form.setRowVisible(self.heading, bool(rows) or self._view is not None)

    def _retranslate(self) -> None:
        """Row captions in the UI language."""
        captions = {
            "conversation": self.tr("Conversation"),
            "batch": self.tr("Batch"),
            "turns": self.tr("Turns"),
            "language": self.tr("Language"),
        }
        for name, text in captions.items():
            self._fixed[name][0].setText(text)
        self.heading.setText(self.tr("Metadata"))

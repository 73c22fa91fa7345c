"""The taxonomy picker's guideline pane as HTML: a label's definition, examples and status.

Every text from the taxonomy is escaped; the style sheet follows the widget's light or dark
palette. The strings are translated in the ``TaxonomyPicker`` context.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget

from labeldesk.ui.labelling.picker_delegate import STAR, STAR_COLORS
from labeldesk.ui.models.taxonomy_model import LabelTree

# Separates items of a list on one line.
MIDDLE_DOT = " \u00b7 "


def empty_guideline(widget: QWidget) -> str:
    """The guideline pane's text when no label is current.

    Parameters
    ----------
    widget
        The widget whose palette colours the text.

    Returns
    -------
    str
        A hint on how to find a label, as an HTML document.
    """
    hint = QCoreApplication.translate(
        "TaxonomyPicker",
        "Type to find a label, or browse the tree. The definition and examples of the "
        "label you are on show here.",
    )
    return _styled(widget, f"<p class='dim'>{escape(hint)}</p>")


def _heading(text: str) -> str:
    """A small heading of the guideline pane."""
    return f"<p class='head'>{escape(text)}</p>"


def guideline_html(
    widget: QWidget, tree: LabelTree, pos: int, *, favourite: bool, refused: bool
) -> str:
    """The guideline of label ``pos`` as HTML (every text escaped).

    Parameters
    ----------
    widget
        The widget whose palette colours the text.
    tree
        The taxonomy shown, with names in the UI language; the definition and examples show
        in that language too where the label has them (else untranslated).
    pos
        The label's position in ``tree``.
    favourite
        Show a star after the label's name.
    refused
        The labeller just tried to choose the label and could not: say so before the reason.

    Returns
    -------
    str
        The name, path and key, why it can't be chosen (if so), definition, examples,
        synonyms and names in other languages, as an HTML document.
    """
    label = tree.labels[pos]
    star = f" <span class='star'>{STAR}</span>" if favourite else ""
    parts = [f"<h3>{escape(tree.name(pos))}{star}</h3>"]
    path = tree.path_text(pos)
    where = f"{escape(path)}{MIDDLE_DOT}" if path else ""
    parts.append(f"<p class='dim'>{where}<code>{escape(label.key)}</code></p>")
    reason = tree.why_not(pos)
    if reason:
        lead = QCoreApplication.translate("TaxonomyPicker", "Not chosen.") if refused else ""
        parts.append(f"<p class='notice'><b>{escape(lead)}</b> {escape(reason)}</p>")
    guide = label.guideline_in(tree.lang)
    parts.append(_heading(QCoreApplication.translate("TaxonomyPicker", "Definition")))
    if guide.description:
        parts.append(f"<p>{_lines(guide.description)}</p>")
    else:
        none = QCoreApplication.translate("TaxonomyPicker", "No definition yet.")
        parts.append(f"<p class='dim'>{escape(none)}</p>")
    if guide.examples:
        items = "".join(f"<li>{_lines(example)}</li>" for example in guide.examples)
        parts.append(_heading(QCoreApplication.translate("TaxonomyPicker", "Examples")))
        parts.append(f"<ul>{items}</ul>")
    if label.synonyms:
        parts.append(_heading(QCoreApplication.translate("TaxonomyPicker", "Also called")))
        parts.append(f"<p>{escape(MIDDLE_DOT.join(label.synonyms))}</p>")
    others = sorted((lang, name) for lang, name in label.names.items() if name != tree.name(pos))
    if others:
        names = MIDDLE_DOT.join(
            f"<span class='dim'>{escape(lang)}</span> {escape(name)}" for lang, name in others
        )
        parts.append(_heading(QCoreApplication.translate("TaxonomyPicker", "Other languages")))
        parts.append(f"<p>{names}</p>")
    return _styled(widget, "".join(parts))


def _lines(text: str) -> str:
    """Escape ``text`` and keep its line breaks."""
    return "<br>".join(escape(line) for line in text.splitlines())


def _styled(widget: QWidget, body: str) -> str:
    """Wrap guideline HTML with a style sheet in the widget's palette colours."""
    palette = widget.palette()
    dim = palette.color(QPalette.ColorRole.PlaceholderText).name()
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    notice_bg, notice_fg = ("#3a2f17", "#ffe6b3") if dark else ("#fff4e0", "#5a3a00")
    style = (
        f".dim {{ color: {dim}; }} .head {{ color: {dim}; font-weight: 600; margin-top: 10px;"
        " margin-bottom: 2px; } h3 { margin-bottom: 2px; } ul { margin-top: 0; }"
        f" .notice {{ background-color: {notice_bg}; color: {notice_fg}; }}"
        f" .star {{ color: {STAR_COLORS[1] if dark else STAR_COLORS[0]}; }}"
    )
    return f"<html><head><style>{style}</style></head><body>{body}</body></html>"

"""The conversation view's look: bubble colours and sizes, fonts for every script, turn HTML.

Pure functions of a palette, a font and the turns: :func:`chat_style` picks the colours and
sizes, :func:`turn_html` writes one turn as an escaped HTML table, :func:`format_times` the
times its header shows, and :func:`text_font` adds the installed Thai, Chinese and
Vietnamese fallbacks to a font.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetrics, QPalette

from labeldesk.labelling import dto
from labeldesk.ui.theme import installed_families, is_dark
from labeldesk.ui.widgets.language_badge import blend

# Speaker -> (side, light bubble, light accent, dark bubble, dark accent).
SPEAKER_STYLE: Final[dict[str, tuple[str, str, str, str, str]]] = {
    "customer": ("left", "#e3ebf7", "#1c4a94", "#1d2f47", "#a9c8ff"),
    "agent": ("right", "#e1f2e5", "#1b5e31", "#1b3a26", "#93d9a8"),
    "bot": ("right", "#eee8f8", "#553590", "#322748", "#cdb6f7"),
}
# One character per script the view must draw (the font test checks each is covered).
SCRIPT_SAMPLES: Final[dict[str, str]] = {"Thai": "ก", "Chinese": "中", "Vietnamese": "ệ"}


@dataclass(frozen=True)
class ChatStyle:
    """Colours (``#rrggbb``) and sizes (pixels, points) of the chat, from a palette and a font."""

    dark: bool
    bubble: Mapping[str, str]
    accent: Mapping[str, str]
    muted: str
    current: str
    chip_bg: str
    chip_fg: str
    small_pt: float
    pad: int
    far: int
    border: int


def chat_style(palette: QPalette, font: QFont) -> ChatStyle:
    """The chat's look for ``palette`` (light or dark) and ``font`` (sizes scale with it)."""
    dark = is_dark(palette)
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    em = QFontMetrics(font).height()
    return ChatStyle(
        dark=dark,
        bubble={k: v[3 if dark else 1] for k, v in SPEAKER_STYLE.items()},
        accent={k: v[4 if dark else 2] for k, v in SPEAKER_STYLE.items()},
        muted=blend(text, base, 0.68).name(),
        current=highlight.name(),
        chip_bg=blend(highlight, base, 0.5 if dark else 0.3).name(),
        chip_fg=text.name(),
        small_pt=round(QFontInfo(font).pointSizeF() * 0.86, 1),
        pad=max(4, round(em * 0.45)),
        far=round(em * 4),
        border=max(2, round(em / 8)),
    )


def text_font(base: QFont) -> QFont:
    """``base`` with the installed fallback families for Thai, Chinese and Vietnamese."""
    font = QFont(base)
    families = [f for f in base.families() if f] or [base.family()]
    font.setFamilies(families + [f for f in installed_families() if f not in families])
    return font


def uncovered_scripts(font: QFont) -> list[str]:
    """The scripts of :data:`SCRIPT_SAMPLES` that no installed family of ``font`` can draw."""
    names = [f for f in font.families() if f] or [font.family()]
    installed = [QFont(f) for f in names if QFontDatabase.hasFamily(f)]
    return [
        script
        for script, char in SCRIPT_SAMPLES.items()
        if not any(QFontMetrics(f).inFontUcs4(ord(char)) for f in installed)
    ]


def speaker_name(speaker: str) -> str:
    """The speaker's name in the UI language (an unknown speaker as it is)."""
    names = {
        "customer": QCoreApplication.translate("ConversationView", "Customer"),
        "agent": QCoreApplication.translate("ConversationView", "Agent"),
        "bot": QCoreApplication.translate("ConversationView", "Bot"),
    }
    return names.get(speaker, speaker)


def speaker_kind(speaker: str) -> str:
    """The speaker whose look a turn takes: its own, or a bot's for an unknown speaker."""
    return speaker if speaker in SPEAKER_STYLE else "bot"


def bubble_edge(style: ChatStyle, kind: str) -> tuple[str, bool]:
    """A bubble's edge colour, and whether it is dashed: bots have a visible dashed edge."""
    return (style.accent[kind], True) if kind == "bot" else (style.bubble[kind], False)


def turn_html(turn: dto.TurnView, number: int, when: str, style: ChatStyle) -> str:
    """One turn as an escaped HTML table: a header line (number, speaker, time) and the text."""
    kind = speaker_kind(turn.speaker)
    side = SPEAKER_STYLE[kind][0]
    bubble = style.bubble[kind]
    edge, dashed = bubble_edge(style, kind)
    margin = f"margin-{'right' if side == 'left' else 'left'}:{style.far}px"
    small = f"font-size:{style.small_pt}pt"
    time = f" · {html.escape(when)}" if when else ""
    header = (
        f'<span style="color:{style.muted};{small}">#{number}  </span>'
        f'<span style="color:{style.accent[kind]};font-weight:600;{small}">'
        f"{html.escape(speaker_name(turn.speaker))}</span>"
        f'<span style="color:{style.muted};{small}">{time}</span>'
    )
    body = html.escape(turn.text.replace("\r\n", "\n").replace("\r", "\n"), quote=False)
    return (
        f'<table align="{side}" bgcolor="{bubble}" cellspacing="0" cellpadding="0" '
        f'style="border-collapse:collapse;border-width:{style.border}px;'
        f"border-style:{'dashed' if dashed else 'solid'};border-color:{edge};"
        f'{margin};margin-top:2px;margin-bottom:2px">'
        f'<tr><td bgcolor="{bubble}" style="padding:{style.pad}px {style.pad * 2}px;'
        'white-space:pre-wrap">'
        f'<p style="margin:0;white-space:nowrap">{header}</p>{body}</td></tr></table>'
    )


def format_times(turns: tuple[dto.TurnView, ...]) -> list[str]:
    """Each turn's time as the bubble shows it: date and time when the day changes, else time."""
    locale = QLocale()
    out: list[str] = []
    last_day = None
    for turn in turns:
        stamp = QDateTime.fromString(turn.ts or "", Qt.DateFormat.ISODateWithMs)
        if not stamp.isValid():
            out.append(turn.ts or "")
            continue
        stamp = stamp.toLocalTime()
        day = stamp.date()
        fmt = QLocale.FormatType.ShortFormat
        out.append(
            locale.toString(stamp.time(), fmt) if day == last_day else locale.toString(stamp, fmt)
        )
        last_day = day
    return out

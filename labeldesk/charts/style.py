"""How the charts look: fonts that render Thai and Chinese, two palettes, and new figures.

matplotlib takes most of a second to import, so it is imported here only inside functions;
:func:`preload` lets a worker thread pay that cost before the GUI thread needs it.

Fonts: matplotlib (3.6 and later) falls back glyph by glyph along ``font.family`` when it is
a list of installed families, in Agg (the app's canvas) and in SVG (the report). So
:func:`configure` puts the installed ones of :data:`FONT_FAMILIES` there: a Latin and
Vietnamese font first, then Thai (Noto Sans Thai, Loma from fonts-tlwg, Leelawadee UI,
Thonburi), then Chinese (Noto Sans CJK, WenQuanYi Micro Hei, Microsoft YaHei, PingFang).
SVG text is written as paths (``svg.fonttype = "path"``), so a report renders the same
anywhere, and with a fixed hash salt, so the same chart gives the same file.
"""

from __future__ import annotations

import functools
import io
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = [
    "DARK",
    "FONT_FAMILIES",
    "LIGHT",
    "Palette",
    "configure",
    "installed_families",
    "new_figure",
    "preload",
    "svg_text",
]

#: Preferred chart fonts, best first; only the installed ones are used.
FONT_FAMILIES: Final[tuple[str, ...]] = (
    "Noto Sans",
    "DejaVu Sans",
    "Noto Sans Thai",
    "Loma",
    "Leelawadee UI",
    "Thonburi",
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "PingFang SC",
)


@dataclass(frozen=True)
class Palette:
    """The colours of a chart (any colour matplotlib understands)."""

    background: str
    text: str
    muted: str
    grid: str
    primary: str  # bars and the main line
    secondary: str  # the second measure or line
    warning: str  # below target
    target: str
    highlight: str  # the element chosen with the keyboard
    heat: str  # colour map of the confusion heatmap
    diagonal: str  # agreeing cells of the heatmap


LIGHT: Final[Palette] = Palette(
    background="#ffffff",
    text="#1d232a",
    muted="#5f6b7a",
    grid="#e3e6eb",
    primary="#3a78c2",
    secondary="#8a63c9",
    warning="#d0693a",
    target="#2f9e5b",
    highlight="#f0b429",
    heat="OrRd",
    diagonal="#e9edf2",
)
DARK: Final[Palette] = Palette(
    background="#23272e",
    text="#e6e9ee",
    muted="#a3acb9",
    grid="#3a404a",
    primary="#6aa5e8",
    secondary="#b391ea",
    warning="#ef8a5a",
    target="#5cc98a",
    highlight="#f5c451",
    heat="OrRd",
    diagonal="#343a44",
)

_CONFIGURED = threading.Lock()
_done = False


def preload() -> None:
    """Import matplotlib's figure machinery now (for a worker thread, ahead of the GUI)."""
    import matplotlib.figure  # noqa: F401 - the import is the point

    configure()


@functools.cache
def installed_families() -> tuple[str, ...]:
    """The installed families of :data:`FONT_FAMILIES`, in that order."""
    from matplotlib import font_manager

    names = {f.name.casefold() for f in font_manager.fontManager.ttflist}
    return tuple(f for f in FONT_FAMILIES if f.casefold() in names)


def configure() -> None:
    """Set matplotlib's fonts and SVG output once per process (see the module docstring)."""
    global _done
    with _CONFIGURED:
        if _done:
            return
        import matplotlib as mpl

        families = list(installed_families()) or ["DejaVu Sans"]
        mpl.rcParams["font.family"] = families
        mpl.rcParams["svg.fonttype"] = "path"
        mpl.rcParams["svg.hashsalt"] = "labeldesk"
        mpl.rcParams["axes.unicode_minus"] = False  # U+2212 is missing from some Thai fonts
        mpl.rcParams["text.parse_math"] = False  # names are text: "$5 to $10" is no TeX
        _done = True


def new_figure(
    width: float = 6.4, height: float = 4.0, dpi: float = 100, palette: Palette = LIGHT
) -> Figure:
    """A figure (no pyplot, no GUI) with constrained layout and the palette's background.

    Parameters
    ----------
    width, height
        Size in inches.
    dpi
        Dots per inch.
    palette
        Its colours.
    """
    configure()
    from matplotlib.figure import Figure

    return Figure(
        figsize=(width, height), dpi=dpi, layout="constrained", facecolor=palette.background
    )


def svg_text(fig: Figure) -> str:
    """The figure as an SVG document (text as paths: no font needed to show it)."""
    configure()
    out = io.StringIO()
    fig.savefig(out, format="svg", metadata={"Date": None})
    return out.getvalue()

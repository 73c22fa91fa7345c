"""What every chart builder shares: a fresh axes in the palette's colours, percentages,
an empty state, short tick labels and fixed limits."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from labeldesk.charts.style import Palette

#: Longest tick label before it is shortened with an ellipsis.
MAX_TICK_CHARS = 24


def fresh_axes(fig: Figure, palette: Palette, title: str | None = None) -> Axes:
    """Clear ``fig`` and give it one axes styled with ``palette`` (and a title if given)."""
    from labeldesk.charts.style import configure

    configure()
    fig.clear()
    fig.set_facecolor(palette.background)
    ax = fig.add_subplot()
    style_axes(ax, palette)
    if title:  # above a legend over the axes (see top_legend), if there is one
        ax.set_title(title, color=palette.text, fontsize="medium", loc="left", pad=18)
    return ax


def style_axes(ax: Axes, palette: Palette) -> None:
    """Colours of the axes' background, spines, ticks and grid."""
    ax.set_facecolor(palette.background)
    for side, spine in ax.spines.items():
        spine.set_color(palette.grid)
        spine.set_visible(side in ("left", "bottom"))
    ax.tick_params(colors=palette.muted, labelcolor=palette.text, labelsize="small")
    ax.xaxis.label.set_color(palette.text)
    ax.yaxis.label.set_color(palette.text)
    ax.grid(True, color=palette.grid, linewidth=0.8)
    ax.set_axisbelow(True)


def percent_axis(ax: Axes, which: str = "x") -> None:
    """Show the ``x`` or ``y`` axis's proportions (0..1) as percentages."""
    from matplotlib.ticker import PercentFormatter

    axis = ax.xaxis if which == "x" else ax.yaxis
    axis.set_major_formatter(PercentFormatter(xmax=1.0, decimals=0))


def percent(value: float) -> str:
    """A proportion as a whole percentage (``0.954`` -> ``"95%"``)."""
    return f"{value * 100:.0f}%"


def empty(ax: Axes, text: str, palette: Palette) -> None:
    """Say there is nothing to show, in the middle of an axes without ticks."""
    ax.set_xticks([])
    ax.set_yticks([])
    ax.grid(False)
    ax.text(0.5, 0.5, text, transform=ax.transAxes, ha="center", va="center", color=palette.muted)


def short(text: str, limit: int = MAX_TICK_CHARS) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def freeze_limits(*axes: Axes) -> None:
    """Keep the axes' current limits (a highlight added later must not rescale them)."""
    for ax in axes:
        ax.set_xlim(ax.get_xlim())
        ax.set_ylim(ax.get_ylim())
        ax.set_autoscale_on(False)


def fill(template: str, value: str) -> str:
    """``template`` with ``%1`` replaced by ``value``."""
    return template.replace("%1", value)


def top_legend(ax: Axes, entries: list[tuple[str, str]], palette: Palette) -> None:
    """A legend of ``(name, colour)`` swatches above the axes, on the right (a title, if
    any, is on the left)."""
    from matplotlib.patches import Patch

    legend = ax.legend(
        handles=[Patch(color=colour, label=name) for name, colour in entries],
        loc="lower right", bbox_to_anchor=(1.0, 1.0), ncols=len(entries),
        fontsize="x-small", frameon=False, borderaxespad=0.2, handlelength=1.2,
    )  # fmt: skip
    for text in legend.get_texts():
        text.set_color(palette.text)


def compact(n: int) -> str:
    """A count in at most about four characters: ``987``, ``3.1k``, ``158k``, ``1.2M``."""
    if n < 1000:
        return str(n)
    value, suffix = (n / 1000, "k") if n < 999_500 else (n / 1_000_000, "M")
    return f"{value:.1f}{suffix}" if value < 9.95 else f"{value:.0f}{suffix}"

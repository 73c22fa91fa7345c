"""The report as one self-contained HTML page (Jinja2 template ``templates/report.html.j2``).

Everything is in the file: CSS in a ``<style>`` element, charts as inline SVG, no script,
no font, image or style sheet fetched from anywhere. Text is escaped by the template
(autoescape); only the SVG the report drew itself is inserted as markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from labeldesk import __version__
from labeldesk.report.tables import MISSING, format_cell, report_tables

if TYPE_CHECKING:
    from jinja2 import Environment

    from labeldesk.report.content import ReportContent

#: The template, in ``labeldesk/report/templates``.
TEMPLATE = "report.html.j2"


def environment() -> Environment:
    """The Jinja2 environment: package templates, autoescape, undefined names fail."""
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(
        loader=PackageLoader("labeldesk.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["cell"] = format_cell
    env.globals["MISSING"] = MISSING
    return env


def render_html(content: ReportContent) -> str:
    """The report page."""
    from markupsafe import Markup

    tables = {t.key: t for t in report_tables(content)}
    charts = {name: Markup(svg) for name, svg in content.charts.items()}  # our own SVG
    return (
        environment()
        .get_template(TEMPLATE)
        .render(c=content, t=tables, charts=charts, version=__version__)
    )

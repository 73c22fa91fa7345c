"""What a report holds: the quality table, the insights, the model comparison and charts.

:func:`build_content` asks the review services for a batch (or the workspace) and day, in
the steps of :data:`STEPS`, reporting progress after each. The content has no clock in it:
the only time it shows is the data's own (the latest answer in scope), so the same data give
the same report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import func, select

from labeldesk.errors import LabelDeskError
from labeldesk.progress import Progress, ProgressCallback, no_progress
from labeldesk.review.insights import Insights, InsightsService
from labeldesk.review.model_eval import THRESHOLD, ModelEvalService, ModelReport
from labeldesk.review.quality import QualityReport, QualityService
from labeldesk.storage.db import Database
from labeldesk.storage.models import Annotation, Batch, Conversation

#: The steps of :func:`build_content`, as its progress reports them.
STEPS = ("quality", "insights", "models", "charts")


class ReportError(LabelDeskError):
    """A report was asked for with a bad value, or could not be written; the message says
    which."""


@dataclass(frozen=True)
class ReportContent:
    """Everything one report shows.

    Attributes
    ----------
    title
        The report's title.
    batch, since
        Its scope: a batch (None: the workspace) and the first day of answers counted.
    as_of
        When the latest answer in scope was saved (UTC; None without answers): the
        report's only date besides ``since``.
    quality, insights, models
        What the services found.
    charts
        Chart name -> inline SVG (:func:`labeldesk.report.charts.draw_all`).
    """

    title: str
    batch: str | None
    since: dt.date | None
    as_of: dt.datetime | None
    quality: QualityReport
    insights: Insights
    models: ModelReport
    charts: Mapping[str, str] = field(default_factory=dict, hash=False, compare=False)


def default_title(batch: str | None, since: dt.date | None) -> str:
    """``Quality report: <batch>`` (or ``all batches``), with ``since <day>``."""
    scope = batch if batch is not None else "all batches"
    return f"Quality report: {scope}" + (f", since {since.isoformat()}" if since else "")


def check_batch(db: Database, batch: str | None) -> None:
    """Fail early, before any work, when there is no batch of that name.

    Raises
    ------
    ReportError
        Naming the batches there are.
    """
    if batch is None:
        return
    known = QualityService(db).batches()
    if batch not in known:
        raise ReportError(f"no batch named {batch!r} (batches: {', '.join(known) or 'none yet'})")


def build_content(
    db: Database,
    *,
    batch: str | None = None,
    since: dt.date | None = None,
    title: str | None = None,
    threshold: float = THRESHOLD,
    progress: ProgressCallback = no_progress,
) -> ReportContent:
    """Gather a report's content (see the module docstring), charts included.

    Raises
    ------
    ReportError
        If the batch is unknown.
    """
    from labeldesk.report.charts import draw_all

    check_batch(db, batch)
    total = len(STEPS)
    progress(Progress(0, total, "steps", STEPS[0]))
    quality = QualityService(db).report(batch=batch, since=since)
    progress(Progress(1, total, "steps", STEPS[1]))
    insights = InsightsService(db).insights(batch=batch, since=since, quality=quality)
    progress(Progress(2, total, "steps", STEPS[2]))
    models = ModelEvalService(db).evaluate(batch=batch, threshold=threshold)
    progress(Progress(3, total, "steps", STEPS[3]))
    content = ReportContent(
        title=title or default_title(batch, since),
        batch=batch,
        since=since,
        as_of=_as_of(db, batch),
        quality=quality,
        insights=insights,
        models=models,
        charts=draw_all(quality, insights, models),
    )
    progress(Progress(4, total, "steps", "done"))
    return content


def _as_of(db: Database, batch: str | None) -> dt.datetime | None:
    """When the latest answer on the scope's own conversations was saved."""
    query = select(func.max(Annotation.answered_at))
    if batch is not None:
        query = (
            query.join(Conversation, Conversation.id == Annotation.conversation_id)
            .join(Batch, Batch.id == Conversation.batch_id)
            .where(Batch.name == batch)
        )
    with db.sessions() as s:
        at = s.scalar(query)
    if at is None:
        return None
    return at.replace(tzinfo=dt.UTC) if at.tzinfo is None else at.astimezone(dt.UTC)

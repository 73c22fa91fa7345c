"""The latest revision's answer on its annotation, so reports read one table.

Adds ``answer`` (the label keys sorted and joined by ``|``), ``skipped``, ``unsure``,
``active_seconds`` and ``answered_at`` to ``annotation`` and fills them in from each
annotation's latest revision (``annotation.latest_revision``), in batches of annotation ids.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26 17:40:00.000000
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

#: Annotations updated per statement.
BATCH = 50_000
#: Label-set texts inserted into the lookup table per statement.
MAP_ROWS = 500

_COLUMNS = ("answer", "skipped", "unsure", "active_seconds", "answered_at")


def upgrade() -> None:
    """Apply this migration."""
    # ``op.add_column`` is a plain ALTER TABLE ADD COLUMN on SQLite too: no table rebuild,
    # which would fail with foreign keys on (revisions, gold results point to annotations).
    op.add_column("annotation", sa.Column("answer", sa.Text(), server_default="", nullable=False))
    for name in ("skipped", "unsure"):
        op.add_column(
            "annotation",
            sa.Column(name, sa.Boolean(), server_default=sa.false(), nullable=False),
        )
    op.add_column(
        "annotation", sa.Column("active_seconds", sa.Float(), server_default="0", nullable=False)
    )
    op.add_column("annotation", sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True))
    _backfill(op.get_bind())


def downgrade() -> None:
    """Revert this migration."""
    for name in reversed(_COLUMNS):
        op.execute(f"ALTER TABLE annotation DROP COLUMN {name}")


def _category(raw: str | None) -> str:
    """A label set's JSON text as the answer string (a copy: migrations never import models)."""
    labels = json.loads(raw) if raw else []
    if not isinstance(labels, list):
        return ""
    return "|".join(sorted({str(k) for k in labels}))


def _backfill(conn: sa.Connection) -> None:
    """Copy every annotation's latest revision onto it."""
    conn.execute(
        sa.text("CREATE TEMPORARY TABLE answer_of (labels TEXT PRIMARY KEY, answer TEXT NOT NULL)")
    )
    texts = conn.execute(
        sa.text("SELECT DISTINCT CAST(labels AS TEXT) FROM annotation_revision")
    ).scalars()
    pairs = [{"labels": t, "answer": _category(t)} for t in texts if t is not None]
    for start in range(0, len(pairs), MAP_ROWS):
        conn.execute(
            sa.text("INSERT INTO answer_of (labels, answer) VALUES (:labels, :answer)"),
            pairs[start : start + MAP_ROWS],
        )
    latest = (
        "FROM annotation_revision r WHERE r.annotation_id = annotation.id "
        "AND r.number = annotation.latest_revision"
    )
    update = (
        "UPDATE annotation SET (answer, skipped, unsure, active_seconds, answered_at) = ("
        "SELECT coalesce((SELECT m.answer FROM answer_of m "
        "WHERE m.labels = CAST(r.labels AS TEXT)), ''), "
        "CASE WHEN r.skip_reason IS NULL THEN FALSE ELSE TRUE END, "
        "CASE WHEN r.unsure THEN TRUE ELSE FALSE END, "
        f"coalesce(r.active_seconds, 0), r.created_at {latest}) "
        "WHERE annotation.latest_revision > 0 AND annotation.id >= :lo "
        f"AND EXISTS (SELECT 1 {latest})"
    )
    for lo, hi in _id_ranges(conn):
        below = "" if hi is None else " AND annotation.id < :hi"
        conn.execute(sa.text(update + below), {"lo": lo, "hi": hi} if hi else {"lo": lo})
    conn.execute(sa.text("DROP TABLE answer_of"))


def _id_ranges(conn: sa.Connection) -> list[tuple[str, str | None]]:
    """Ranges ``[lo, hi)`` of annotation ids of about :data:`BATCH` rows each (hi None: open)."""
    first = conn.execute(sa.text("SELECT min(id) FROM annotation")).scalar()
    if first is None:
        return []
    bounds = [str(first)]
    step = sa.text("SELECT id FROM annotation WHERE id > :after ORDER BY id LIMIT 1 OFFSET :skip")
    while True:
        nxt = conn.execute(step, {"after": bounds[-1], "skip": BATCH - 1}).scalar()
        if nxt is None:
            break
        bounds.append(str(nxt))
    return [(lo, hi) for lo, hi in zip(bounds, [*bounds[1:], None], strict=True)]

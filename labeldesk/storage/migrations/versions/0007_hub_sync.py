"""Hub and sync: publication numbers, leases, client audit chains, outbox errors.

- ``sync_seq`` on the rows a client pulls (taxonomy versions, assignments, gold results,
  training quizzes, reviews), with an index per owner and a partial index of the rows not
  yet published;
- an index on ``assignment.lease_expires_at`` (leases that ran out);
- ``user.token_hash`` unique (tokens are looked up by hash);
- ``outbox.error``: why the hub refused a record for good;
- ``sync_state`` per hub *and user* (it was per hub and never written before this);
- ``client_audit``: the audit entries clients upload, with the result of the chain check
  (``audit_log`` itself is append-only by triggers since 0001).

Columns are added with plain ALTER TABLE (no SQLite table rebuild: foreign keys point at
these tables).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26 19:45:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

#: Tables a client pulls from, and the column that owns a row (None: everyone's).
SYNCED = {
    "taxonomy_version": None,
    "assignment": "user_id",
    "gold_result": "user_id",
    "training_quiz": "user_id",
    "review": None,
}


def upgrade() -> None:
    """Apply this migration."""
    unpublished = sa.text("sync_seq IS NULL")
    for table, owner in SYNCED.items():
        op.add_column(table, sa.Column("sync_seq", sa.BigInteger(), nullable=True))
        op.create_index(f"ix_{table}_sync", table, [*([owner] if owner else []), "sync_seq"])
        op.create_index(
            f"ix_{table}_unpublished",
            table,
            ["id"],
            sqlite_where=unpublished,
            postgresql_where=unpublished,
        )
    op.create_index("ix_assignment_lease", "assignment", ["lease_expires_at"])
    op.create_index("ix_user_token_hash", "user", ["token_hash"], unique=True)
    op.add_column("outbox", sa.Column("error", sa.Text(), nullable=True))

    op.drop_table("sync_state")
    op.create_table(
        "sync_state",
        sa.Column("hub_url", sa.String(length=500), nullable=False),
        sa.Column("user_id", sa.String(length=32), nullable=False),
        sa.Column("cursor", sa.BigInteger(), nullable=False),
        sa.Column("audit_seq", sa.BigInteger(), nullable=False),
        sa.Column("last_sync_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("hub_url", "user_id", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "client_audit",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("client_id", sa.String(length=32), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("uploaded_by", sa.String(length=32), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.String(length=32), nullable=True),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("entity_id", sa.String(length=300), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("chain_ok", sa.Boolean(), nullable=True),
        sa.Column("problem", sa.Text(), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["uploaded_by"], ["user.id"], name=op.f("fk_client_audit_uploaded_by_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_audit")),
        sa.UniqueConstraint("client_id", "seq", name=op.f("uq_client_audit_client_id")),
    )


def downgrade() -> None:
    """Revert this migration."""
    op.drop_table("client_audit")
    op.drop_table("sync_state")
    op.create_table(
        "sync_state",
        sa.Column("hub_url", sa.String(length=500), nullable=False),
        sa.Column("cursor", sa.String(length=200), nullable=False),
        sa.Column("last_sync_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("hub_url", name=op.f("pk_sync_state")),
    )
    op.execute("ALTER TABLE outbox DROP COLUMN error")
    op.drop_index("ix_user_token_hash", "user")
    op.drop_index("ix_assignment_lease", "assignment")
    for table in SYNCED:
        op.drop_index(f"ix_{table}_unpublished", table)
        op.drop_index(f"ix_{table}_sync", table)
        op.execute(f"ALTER TABLE {table} DROP COLUMN sync_seq")


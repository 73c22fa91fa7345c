"""``labeldesk review detect|status|promote``: the review queue from the command line."""

from __future__ import annotations

from dataclasses import asdict

import click

from labeldesk.cli.common import echo_json, opened, workspace_option
from labeldesk.review.dto import DetectResult, ReviewStatus


@click.group("review")
def review_group() -> None:
    """Find disagreements, see the review queue, promote reviewed items to gold."""


@review_group.command("detect")
@workspace_option
@click.option("--batch", "-b", metavar="NAME", help="Only this batch (default: every batch).")
@click.option(
    "--mode",
    type=click.Choice(["exact", "leaf"]),
    help="What differ means: exact labels and turn labels, or the same most specific "
    "labels (default: the workspace setting disagreement_mode).",
)
@click.option(
    "--audit",
    "audit_share",
    type=click.FloatRange(0.0, 1.0),
    metavar="SHARE",
    help="Share of agreed items also reviewed, 0 to 1 (default: the setting audit_share).",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the audit draw.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
def detect_cmd(  # noqa: PLR0917 - click passes every option
    workspace: str | None,
    batch: str | None,
    mode: str | None,
    audit_share: float | None,
    seed: int,
    as_json: bool,
) -> None:
    """Put conversations whose blind labels differ (and an audit share) in the review queue.

    Only conversations every overlap labeller has answered are compared. Running it again
    adds nothing for the same seed; items that had no reviewer are routed again.
    """
    with opened(workspace) as ws:
        result = ws.reviews.detect(batch, mode=mode, audit_share=audit_share, seed=seed)
    if as_json:
        echo_json(asdict(result))
    else:
        click.echo(format_detect(result, batch))


def format_detect(result: DetectResult, batch: str | None) -> str:
    """The plain-text summary of a detection run."""
    where = f"batch {batch}" if batch else "every batch"
    lines = [
        f"{where}: {result.checked:,} conversations with overlap "
        f"(mode {result.mode}, audit share {result.audit_share:g}, seed {result.seed})",
        f"  new disagreements     {result.disagreements:>8,}",
        f"  new audit items       {result.audits:>8,}",
        f"  agreed, not audited   {result.agreed:>8,}",
        f"  already in review     {result.already:>8,}",
        f"  waiting for labellers {result.not_ready:>8,}",
        f"  fewer than 2 answers  {result.too_few_answers:>8,}",
        f"  routed to reviewers   {result.routed:>8,}",
    ]
    if result.unrouted:
        lines.append(
            f"warning: {result.unrouted:,} review item(s) have no reviewer: add a reviewer "
            "(or lead) with the conversation's language, then run this again"
        )
    return "\n".join(lines)


@review_group.command("status")
@workspace_option
@click.option("--batch", "-b", metavar="NAME", help="Only this batch (default: every batch).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
def status_cmd(workspace: str | None, batch: str | None, as_json: bool) -> None:
    """Review items by reason: how many are reviewed and how many wait."""
    with opened(workspace) as ws:
        status = ws.reviews.status(batch)
    if as_json:
        echo_json(asdict(status))
    else:
        click.echo(format_status(status))


def format_status(status: ReviewStatus) -> str:
    """The plain-text table of the review queue."""
    lines = [f"{'reason':<14} {'items':>8} {'reviewed':>9} {'pending':>8}"]
    for reason, row in status.by_reason.items():
        lines.append(f"{reason:<14} {row.items:>8,} {row.done:>9,} {row.pending:>8,}")
    if status.unrouted:
        lines.append(f"{status.unrouted:,} item(s) have no reviewer yet")
    return "\n".join(lines)


@review_group.command("promote")
@workspace_option
@click.argument("item")
@click.option(
    "--explanation",
    "-e",
    required=True,
    help="Why the final labels are right: what labellers read when they miss this item.",
)
@click.option(
    "--as",
    "as_user",
    required=True,
    metavar="NAME",
    help="Who promotes: a lead, or the reviewer who reviewed the item.",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
def promote_cmd(
    workspace: str | None, item: str, explanation: str, as_user: str, as_json: bool
) -> None:
    """Make reviewed ITEM a gold item with its final labels.

    ITEM is a review item id or the conversation's id (its external id).
    """
    with opened(workspace) as ws:
        profile = ws.users.find(as_user)
        promoted = ws.reviews.promote(profile, ws.reviews.item_id(item), explanation)
    if as_json:
        echo_json(asdict(promoted))
    else:
        click.echo(f"{promoted.external_id} is now a gold item ({promoted.gold_item_id})")

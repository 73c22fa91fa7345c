"""``labeldesk training``: start a training quiz for a labeller, and see how quizzes stand."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any

import click

from labeldesk.cli.common import echo_json, opened, workspace_option
from labeldesk.storage.models import QuizKind

if TYPE_CHECKING:
    from labeldesk.review.training import QuizView


@click.group("training")
def training_group() -> None:
    """Training quizzes of training-pool gold items, with immediate feedback."""


@training_group.command("start")
@click.argument("user")
@click.option(
    "--items",
    "n_items",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="Items in the quiz (default: the workspace setting training.n_items).",
)
@click.option(
    "--threshold",
    type=click.FloatRange(0.0, 1.0, min_open=True),
    default=None,
    metavar="SHARE",
    help="Share correct needed to pass, e.g. 0.8 (default: training.threshold).",
)
@click.option(
    "--branch",
    "branches",
    multiple=True,
    metavar="KEY",
    help="Draw only items with a label under this top-level label; repeatable.",
)
@click.option(
    "--no-pause",
    "no_pause",
    is_flag=True,
    help="Leave the production queue open during the quiz (default: training.pause_production).",
)
@click.option(
    "--kind",
    type=click.Choice([k.value for k in QuizKind]),
    default=QuizKind.ONBOARDING.value,
    show_default=True,
    help="Why the labeller takes the quiz.",
)
@workspace_option
@click.option("--json", "as_json", is_flag=True, help="Print the quiz as JSON.")
def training_start_cmd(  # noqa: PLR0917 - click passes every option
    user: str,
    n_items: int | None,
    threshold: float | None,
    branches: tuple[str, ...],
    no_pause: bool,
    kind: str,
    workspace: str | None,
    as_json: bool,
) -> None:
    """Give USER (a name) a quiz of training items they have never been assigned."""
    with opened(workspace) as ws:
        profile = ws.users.find(user)
        quiz = ws.training.start_quiz(
            profile.id,
            kind=QuizKind(kind),
            branches=branches,
            n_items=n_items,
            threshold=threshold,
            pauses_production=False if no_pause else None,
        )
    if as_json:
        echo_json(_json(quiz))
    else:
        click.echo(f"started: {describe(quiz)}")


@training_group.command("status")
@click.argument("user", required=False)
@workspace_option
@click.option("--json", "as_json", is_flag=True, help="Print the quizzes as JSON.")
def training_status_cmd(user: str | None, workspace: str | None, as_json: bool) -> None:
    """The quizzes of USER (a name), or of everyone, newest first."""
    with opened(workspace) as ws:
        user_id = None if user is None else ws.users.find(user).id
        quizzes = ws.training.quizzes(user_id)
    if as_json:
        echo_json([_json(q) for q in quizzes])
        return
    if not quizzes:
        click.echo("no training quizzes")
    for quiz in quizzes:
        click.echo(describe(quiz))


def describe(quiz: QuizView) -> str:
    """One line: who, what kind, how far, the pass mark and the status."""
    branches = f" on {', '.join(quiz.branches)}" if quiz.branches else ""
    pause = "production paused" if quiz.locks_production else "production open"
    score = "" if quiz.score is None else f", score {quiz.score:.0%}"
    return (
        f"{quiz.user}: {quiz.kind.value} quiz{branches}, {quiz.n_answered} of {quiz.n_items} "
        f"answered, {quiz.n_correct} correct, pass mark {quiz.threshold:.0%} — "
        f"{quiz.status.value}{score} ({pause})"
    )


def _json(quiz: QuizView) -> dict[str, Any]:
    """A quiz as a JSON object."""
    out = asdict(quiz)
    out.update(
        kind=quiz.kind.value,
        status=quiz.status.value,
        created_at=quiz.created_at.isoformat(),
        finished_at=None if quiz.finished_at is None else quiz.finished_at.isoformat(),
        locks_production=quiz.locks_production,
    )
    return out

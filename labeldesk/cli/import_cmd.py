"""``labeldesk import FILE --batch NAME``: import conversations from JSONL, CSV, XLSX, Parquet
or a Label Studio export."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import click

from labeldesk.cli.common import echo_json, opened, progress_bar, workspace_option
from labeldesk.errors import InputError
from labeldesk.ingest.importer import LABELS_AS, ImportOptions, ImportResult
from labeldesk.ingest.readers import FORMATS


def _pairs(values: tuple[str, ...] | list[str], option: str) -> dict[str, str]:
    """``a=b`` strings as a dict, or a usage error naming the bad one."""
    out: dict[str, str] = {}
    for value in values:
        key, sep, target = value.partition("=")
        if not sep or not key.strip() or not target.strip():
            raise click.BadParameter(f"{value!r} is not NAME=VALUE", param_hint=option)
        out[key.strip()] = target.strip()
    return out


@click.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--batch", "-b", required=True, metavar="NAME",
              help="Batch to import into. A new name creates the batch; an existing one is "
              "appended to (duplicates are skipped).")
@click.option("--format", "fmt", type=click.Choice(FORMATS),
              help="File format (default: from the file name; a .json file holding a list is "
              "read as a Label Studio export).")
@click.option("--map", "maps", multiple=True, metavar="FIELD=COLUMN",
              help="Read FIELD from the file's COLUMN (or JSON key); repeatable. Fields: "
              "conversation_id (alias id), speaker, text, ts, turn, turns, response, language, "
              "labels, predictions, gold, annotations, meta.")
@click.option("--speaker-map", "speaker_map", metavar="NAME=SPEAKER,…",
              help="Extra speaker names, e.g. 'SYSTEM=agent,USER=customer' (SPEAKER is "
              "customer, agent or bot). Common names (user, assistant, system, …) are known.")
@click.option("--layout", type=click.Choice(["turns", "conversations"]),
              help="CSV/XLSX/Parquet: one row per turn, or one row per conversation "
              "(default: per turn if there is a conversation_id or speaker column and no "
              "turns/response column).")
@click.option("--labels-as", "labels_as", type=click.Choice(LABELS_AS), default="prediction",
              show_default=True,
              help="What the file's labels become: model predictions, gold answers, or nothing.")
@click.option("--taxonomy", metavar="NAME",
              help="Taxonomy to resolve labels against (default: the batch's, else the only "
              "one; with no taxonomy, labels are kept as written).")
@click.option("--gold-explanation-field", "gold_explanation_field", metavar="KEY",
              help="With --labels-as gold: the field holding each answer's explanation "
              "(it is taken out of the conversation's metadata).")
@click.option("--skip-invalid", "skip_invalid", is_flag=True,
              help="Import the valid conversations and write the rejected ones, with the "
              "reasons, to the rejects file (default: any problem imports nothing).")
@click.option("--rejects", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="With --skip-invalid: where to write rejected records as JSONL "
              "(default: FILE.rejects.jsonl next to the input).")
@click.option("--encoding", default="utf-8", show_default=True, metavar="NAME",
              help="Text encoding of a JSONL or CSV file, e.g. cp1252 or cp874 (a UTF-8 BOM "
              "is always accepted).")
@click.option("--no-detect-language", "no_detect", is_flag=True,
              help="Skip language detection; store the file's own language field (or 'und').")
@click.option("--redact", is_flag=True,
              help="Mask personal data before it is stored: e-mail addresses, phone numbers, "
              "card numbers, national ids (Thai id, MyKad, NIK) and the workspace's "
              "redaction.patterns (order and tracking numbers), e.g. [PHONE]. The counts per "
              "type are printed and logged.")
@workspace_option
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON for scripts.")
def import_cmd(  # noqa: PLR0917 - click passes every option
    file: Path,
    batch: str,
    fmt: str | None,
    maps: tuple[str, ...],
    speaker_map: str | None,
    layout: str | None,
    labels_as: str,
    taxonomy: str | None,
    gold_explanation_field: str | None,
    skip_invalid: bool,
    rejects: Path | None,
    encoding: str,
    no_detect: bool,
    redact: bool,
    workspace: str | None,
    as_json: bool,
) -> None:
    """Import the conversations in FILE into a batch.

    The whole file is one transaction: if anything is wrong, nothing is imported and every
    problem is listed with its line or row and field (unless --skip-invalid). Conversations
    whose id or content is already in the workspace are skipped and counted.
    """
    if rejects is not None and not skip_invalid:
        raise click.UsageError("--rejects only applies with --skip-invalid")
    options = ImportOptions(
        batch=batch,
        format=fmt,
        column_map=_pairs(maps, "--map"),
        speaker_map=_pairs((speaker_map or "").split(",") if speaker_map else [], "--speaker-map"),
        layout=layout,
        labels_as=labels_as,
        taxonomy=taxonomy,
        gold_explanation_field=gold_explanation_field,
        skip_invalid=skip_invalid,
        rejects=rejects,
        encoding=encoding,
        detect_language=not no_detect,
        redact=redact,
    )
    with opened(workspace) as ws, progress_bar(f"importing {file.name}", unit="B") as bar:
        try:
            result = ws.importer.import_file(file, options, bar)
        except InputError as exc:
            _list_problems(exc, as_json)
            raise
    if as_json:
        echo_json({**asdict(result), "rejects_path": _str(result.rejects_path)})
    else:
        click.echo(summary(result))


def _str(path: Path | None) -> str | None:
    return None if path is None else str(path)


def _list_problems(exc: InputError, as_json: bool) -> None:
    """List every problem on stdout; the one-line error on stderr names only the first."""
    if as_json:
        echo_json({"problems": [asdict(p) for p in exc.problems], "more": exc.more})
        return
    if len(exc.problems) + exc.more <= 1:
        return
    click.echo(f"{len(exc.problems) + exc.more:,} problems, nothing imported:")
    for problem in exc.problems:
        click.echo(f"  {problem}")
    if exc.more:
        click.echo(f"  … and {exc.more:,} more")


def summary(r: ImportResult) -> str:
    """The human summary of an import, e.g. for the CLI and the UI's result dialog."""
    verb = "into new batch" if r.batch_created else "into existing batch"
    langs = ", ".join(f"{lang} {n:,}" for lang, n in r.languages.items()) or "none"
    lines = [
        f"imported {r.imported:,} conversation{'s' if r.imported != 1 else ''} {verb} "
        f"{r.batch!r} ({r.duplicates:,} duplicates skipped: {r.duplicate_ids:,} by id, "
        f"{r.duplicate_content:,} by content) — languages: {langs}"
    ]
    extras = [(r.predictions, "predictions"), (r.gold, "gold answers"),
              (r.annotations, "annotations")]
    if any(n for n, _ in extras):
        lines.append("with " + ", ".join(f"{n:,} {what}" for n, what in extras if n))
    if r.redacted is not None:
        lines.append(_redacted(r.redacted))
    if r.rejected:
        where = f"; see {r.rejects_path}" if r.rejects_path else ""
        lines.append(f"rejected {r.rejected:,} invalid record(s){where}")
    lines.append(f"took {r.seconds:.1f} s")
    return "\n".join(lines)


def _redacted(counts: dict[str, int]) -> str:
    """``redacted 5 spans: EMAIL 1, PHONE 4`` (or that there was nothing to mask)."""
    total = sum(counts.values())
    if not total:
        return "redacted nothing: no personal data found"
    kinds = ", ".join(f"{kind} {n:,}" for kind, n in counts.items())
    return f"redacted {total:,} span{'s' if total != 1 else ''}: {kinds}"

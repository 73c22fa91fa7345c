"""``labeldesk export``: write a batch to CSV, JSONL, Parquet, XLSX or Label Studio JSON."""

from __future__ import annotations

from pathlib import Path

import click

from labeldesk.cli.common import echo_json, opened, progress_bar, workspace_option
from labeldesk.export.service import EXTENSIONS, FORMATS, ExportResult, resolve_format


@click.command("export")
@workspace_option
@click.option("--batch", "-b", required=True, metavar="NAME", help="The batch to export.")
@click.option(
    "--format",
    "-f",
    "fmt",
    metavar="FORMAT",
    help=f"One of {', '.join(FORMATS)}. Default: from the extension of --output "
    f"({', '.join(f'{ext}={name}' for ext, name in EXTENSIONS.items())}).",
)
@click.option(
    "--output",
    "-o",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="The file to write; replaced only once the export is complete.",
)
@click.option(
    "--with-qa",
    "with_qa",
    is_flag=True,
    help="Also write OUTPUT.manifest.json: taxonomy version, counts, agreement with "
    "intervals, gold accuracy, review verdicts, labeller pseudonyms and the file's SHA-256.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON for scripts.")
def export_cmd(  # noqa: PLR0917 - click passes every option
    workspace: str | None,
    batch: str,
    fmt: str | None,
    output: Path,
    with_qa: bool,
    as_json: bool,
) -> None:
    """Export a batch: one row or record per conversation, with its turns, metadata,
    language, predictions, gold answer and each labeller's latest labels.

    Every format reads back with `labeldesk import` with nothing lost. CSV is UTF-8 without
    a byte-order mark; open exports in Excel as XLSX. The same workspace always gives the
    same bytes. With --with-qa a JSON manifest is written beside the file (both files are
    replaced together); it holds no time but those of the newest answer and review.
    """
    name = resolve_format(fmt, output)  # fail on a bad format before opening the workspace
    manifest = None
    if with_qa:
        from labeldesk.review.manifest import qa_manifest

        manifest = qa_manifest
    with opened(workspace) as ws, progress_bar(f"exporting {batch}", "conv") as progress:
        result = ws.exporter.export_batch(batch, name, output, progress, manifest=manifest)
    if as_json:
        echo_json(_result_json(result))
    else:
        click.echo(summary(result))


def summary(result: ExportResult) -> str:
    """The one-line report of an export."""
    rate = result.conversations / result.seconds if result.seconds > 0 else 0.0
    line = (
        f"exported {result.conversations:,} conversations of batch {result.batch!r} "
        f"to {result.path} ({result.format}) in {result.seconds:.1f} s ({rate:,.0f}/s)"
    )
    if result.manifest is not None:
        line += f"\nwrote the QA manifest {result.manifest}"
    return line


def _result_json(result: ExportResult) -> dict[str, object]:
    """The result as plain JSON values."""
    return {
        "batch": result.batch,
        "format": result.format,
        "path": str(result.path),
        "conversations": result.conversations,
        "seconds": round(result.seconds, 3),
        "manifest": None if result.manifest is None else str(result.manifest),
    }

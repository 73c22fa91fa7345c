"""An annotation carries its latest revision's answer, however the revision was written."""

from __future__ import annotations

from pathlib import Path

import orjson
from sqlalchemy import select

from labeldesk.ingest.importer import ImportOptions
from labeldesk.labelling import Answer
from labeldesk.storage.models import Annotation, AnnotationRevision, answer_category
from labeldesk.workspace import Workspace

LEAF = "ORDER>cancel_order"
OTHER_LEAF = "REFUND>get_refund"


def _columns_match_latest(ws: Workspace) -> list[tuple[object, ...]]:
    """Every annotation's copied answer, after checking it equals its latest revision's."""
    seen = []
    with ws.db.sessions() as s:
        rows = s.execute(
            select(Annotation, AnnotationRevision).join(
                AnnotationRevision,
                (AnnotationRevision.annotation_id == Annotation.id)
                & (AnnotationRevision.number == Annotation.latest_revision),
            )
        ).all()
        assert len(rows) == s.query(Annotation).count()
        for ann, rev in rows:
            copied = (ann.answer, ann.skipped, ann.unsure, ann.active_seconds, ann.answered_at)
            latest = (
                answer_category(rev.labels),
                rev.skip_reason is not None,
                rev.unsure,
                rev.active_seconds,
                rev.created_at,
            )
            assert copied == latest
            seen.append(copied[:4])
    return seen


def test_submit_skip_and_revert_keep_the_answer_on_the_annotation(labelling_ws) -> None:
    ws = labelling_ws.ws
    user = ws.users.find("Anong")
    first, second = (a.assignment_id for a in ws.queue.page(user, limit=2))
    ws.labelling.submit(user, first, Answer(labels=(OTHER_LEAF,)), active_seconds=3.5)
    assert _columns_match_latest(ws) == [(OTHER_LEAF, False, False, 3.5)]
    ws.labelling.submit(user, first, Answer(labels=(LEAF,), unsure=True), active_seconds=2)
    assert _columns_match_latest(ws) == [(LEAF, False, True, 2.0)]
    ws.labelling.skip(user, second, "not customer service")
    assert sorted(_columns_match_latest(ws)) == [("", True, False, 0.0), (LEAF, False, True, 2.0)]
    ws.labelling.revert(user, first, 1)
    assert sorted(_columns_match_latest(ws)) == [
        ("", True, False, 0.0),
        (OTHER_LEAF, False, False, 0.0),
    ]
    ws.labelling.revert(user, first, None)
    assert sorted(_columns_match_latest(ws)) == [("", False, False, 0.0), ("", True, False, 0.0)]


def test_imported_annotations_carry_their_answer(workspace: Workspace, tmp_path: Path) -> None:
    rows = [
        {
            "id": "x-1",
            "turns": [{"speaker": "customer", "text": "cancel my order please"}],
            "annotations": [
                {"labeller": "ana", "labels": ["b", "a", "b"], "unsure": True,
                 "active_seconds": 12.5, "revision": 3},
                {"labeller": "ben", "labels": [], "skip_reason": "not English"},
            ],
        },
    ]  # fmt: skip
    path = tmp_path / "exported.jsonl"
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows))
    workspace.importer.import_file(path, ImportOptions(batch="b", detect_language=False))
    assert sorted(_columns_match_latest(workspace)) == [
        ("", True, False, 0.0),
        ("a|b", False, True, 12.5),
    ]

"""Final labels per conversation, and how each was decided, on the hand-worked case."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from quality_case import Case, W, X, Y, Z, build

import labeldesk.review.columns as columns
import labeldesk.review.final as final
from labeldesk.errors import LabelDeskError
from labeldesk.review.consensus import dawid_skene, observations
from labeldesk.review.final import HOWS, final_labels
from labeldesk.review.qa_tables import category_of
from labeldesk.storage.models import (
    Annotation,
    AnnotationRevision,
    Conversation,
    Review,
    ReviewItem,
    ReviewReason,
)
from labeldesk.workspace import Workspace

#: conversation -> (final labels, how, answers with labels); see tests/quality_case.py.
EXPECTED = {
    "c1": ((X,), "agreement", 2),
    "c2": ((X,), "review", 2),  # the second review (X) replaced the first (Y)
    "c3": ((Z,), "agreement", 2),
    "c4": ((Z,), "consensus", 3),  # Z, Z, W: the majority
    "c5": ((Y,), "single", 1),  # an unsure answer with labels counts
    "c6": ((), "none", 0),  # only a skip
    "c7": ((X,), "single", 1),  # a skip does not count
    "c8": ((Y,), "agreement", 3),
    "c9": ((W,), "review", 2),
    "c10": ((), "none", 0),  # the answer was withdrawn
    "g1": ((X,), "gold", 4),
    "g2": ((Z,), "gold", 3),
}


@pytest.fixture(params=["uuid", "short"])
def case(request, tmp_path: Path) -> Iterator[Case]:
    ws = Workspace.open(tmp_path / "ws.db", create=True)
    try:
        yield build(ws, ids=request.param)
    finally:
        ws.close()


def table_of(case: Case, batch: str | None = "b1") -> dict[str, tuple]:
    t = final_labels(case.ws.db, batch=batch)
    names = {v: k for k, v in case.conversations.items()}
    return {
        names[int(cid)]: (t.labels(i), str(t.how[i]), int(t.n_answers[i]), float(t.confidence[i]))
        for i, cid in enumerate(t.conversation_id)
    }


def test_each_conversation_is_decided_by_the_rules(case):
    got = table_of(case)
    assert {k: v[:3] for k, v in got.items()} == EXPECTED


def test_confidence(case):
    got = table_of(case)
    for name, (_labels, how, _n, confidence) in got.items():
        if how in ("gold", "review"):
            assert confidence == 1.0, name
        elif how == "none":
            assert math.isnan(confidence), name
        else:
            assert 0.0 < confidence <= 1.0, name
    # c8: three labellers agree; c5: one unsure answer: less sure
    assert got["c8"][3] > got["c5"][3]


def test_table_api(case):
    t = final_labels(case.ws.db, batch="b1")
    assert len(t) == 12
    assert list(t.conversation_id) == sorted(t.conversation_id)
    one = t.get(case.conversations["c4"])
    assert (one.labels, one.how, one.n_answers) == ((Z,), "consensus", 3)
    assert t.get(999_999) is None
    assert t.counts() == {"gold": 2, "review": 2, "agreement": 3, "consensus": 1, "single": 2,
                          "none": 2}  # fmt: skip
    frame = t.frame()
    assert list(frame.columns) == ["conversation_id", "labels", "how", "confidence", "n_answers"]
    row = frame.set_index("conversation_id").loc[case.conversations["c2"]]
    assert (row["labels"], row["how"]) == ((X,), "review")
    assert list(frame["how"].cat.categories) == list(HOWS)
    names = set(t.labellers)
    assert names == {case.users[k] for k in "ABCD"}
    assert np.nanmin(t.labeller_accuracy) >= 0.0


def test_whole_workspace_and_unknown_batch(case):
    got = table_of(case, batch=None)
    assert got["t1"][:2] == ((X,), "gold")  # a training item is a gold item too
    assert got["t1"][2] == 0  # ... and its quiz answer is not a blind answer
    assert {k: v[:3] for k, v in got.items() if k != "t1"} == EXPECTED
    with pytest.raises(LabelDeskError, match="no batch named 'x'"):
        final_labels(case.ws.db, batch="x")


def test_label_sets_agree_whatever_their_order(case):
    add_answers(case, "c11", {"A": [X, Z], "B": [Z, X]})
    add_answers(case, "c12", {"A": [X], "B": [X, Z], "C": [X]})
    got = table_of(case)
    assert got["c11"][:2] == ((X, Z), "agreement")  # sorted: ORDER>... before REFUND>...
    assert got["c12"][:2] == ((X,), "consensus")  # {X} and {X, Z} differ: 2 to 1
    assert category_of([Z, X, X]) == f"{X}|{Z}"
    assert category_of("[]") == ""


def test_an_empty_review_is_final_with_no_labels(case):
    add_answers(case, "c13", {"A": [X], "B": [Y]})
    with case.ws.db.sessions.begin() as s:
        item = ReviewItem(conversation_id=case.conversations["c13"],
                          reason=ReviewReason.DISAGREEMENT, slot_annotation_ids=[])  # fmt: skip
        s.add(item)
        s.flush()
        s.add(Review(review_item_id=item.id, reviewer_id=case.users["A"], labels=[],
                     turn_labels={}))  # fmt: skip
    assert table_of(case)["c13"][:2] == ((), "review")


def test_a_tie_is_broken_by_dawid_skene(case):
    # Anong agreed with every final label so far, Chai missed half: a 1:1 tie between them
    # goes to Anong's answer.
    add_answers(case, "c14", {"A": [W], "C": [Y]})
    assert table_of(case)["c14"][:2] == ((W,), "consensus")


def test_large_models_use_the_observed_classes_with_the_same_decisions(case, monkeypatch):
    exact = table_of(case)
    monkeypatch.setattr(final, "EXACT_CELLS", 0)
    sparse = table_of(case)
    assert {k: v[:3] for k, v in sparse.items()} == {k: v[:3] for k, v in exact.items()}


def test_reading_in_small_chunks_gives_the_same_table(case, monkeypatch):
    whole = table_of(case)
    monkeypatch.setattr(columns, "CHUNK_ROWS", 3)
    chunked = table_of(case)
    assert {k: v[:3] for k, v in chunked.items()} == {k: v[:3] for k, v in whole.items()}
    assert [v[3] for v in chunked.values()] == pytest.approx(
        [v[3] for v in whole.values()], nan_ok=True
    )


def add_answers(case: Case, name: str, answers: dict[str, list[str]]) -> None:
    """A new conversation of b1 with one latest revision per labeller."""
    with case.ws.db.sessions.begin() as s:
        b1 = s.get(Conversation, case.conversations["c1"]).batch_id
        conv = Conversation(external_id=name, batch_id=b1, content_hash=name.ljust(32, "0"),
                            language="en", meta={}, n_turns=0)  # fmt: skip
        s.add(conv)
        s.flush()
        case.conversations[name] = conv.id
        for letter, labels in answers.items():
            ann = Annotation(conversation_id=conv.id, user_id=case.users[letter],
                             latest_revision=1)  # fmt: skip
            s.add(ann)
            s.flush()
            s.add(AnnotationRevision(annotation_id=ann.id, number=1, labels=labels,
                                     turn_labels={}, active_seconds=10.0))  # fmt: skip


def test_a_fit_is_reused_only_for_the_very_same_answers(monkeypatch):
    # Reports regrouped or refreshed on unchanged answers reuse the Dawid-Skene fit; any
    # change in the answers, the known truths or the settings fits again.
    monkeypatch.setattr(final, "_FITS", [])
    rng = np.random.default_rng(4)
    items = np.repeat(np.arange(60), 3)
    obs = observations(items, np.tile([0, 1, 2], 60), rng.integers(0, 3, items.size))
    sizes, known = np.ones(60, dtype=np.int64), np.full(60, -1)
    first = final._fit(obs, sizes, known)
    assert final._fit(obs, sizes.copy(), known.copy()) is first
    fresh = dawid_skene(obs, weights=sizes, known=known, tol=final.TOL, max_iter=final.MAX_ITER)
    assert np.array_equal(first.cand_prob, fresh.cand_prob)
    known[0] = 1
    assert final._fit(obs, sizes, known) is not first
    monkeypatch.setattr(final, "TOL", 1e-6)
    assert final._fit(obs, sizes, np.full(60, -1)) is not first
    assert len(final._FITS) == 3
    monkeypatch.setattr(final, "FITS_KEPT", 1)
    final._fit(obs, sizes, known)
    assert len(final._FITS) == 1

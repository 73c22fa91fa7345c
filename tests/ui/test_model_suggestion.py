"""The "Model suggests" line of the details panel: shown only when the lead turns predictions on.

Driven through the real workbench on a QA workspace whose chats carry model predictions.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from qa_data import GOLD_LABEL, PREDICTED, make_qa_workspace
from sqlalchemy import select

from labeldesk.labelling import LabellingSession
from labeldesk.labelling.dto import Profile
from labeldesk.review.assignment import assign_batch
from labeldesk.storage.models import Assignment, Conversation, Purpose
from labeldesk.ui.labelling.workbench import Workbench
from labeldesk.workspace import Workspace

pytestmark = pytest.mark.gui


@pytest.fixture
def qa_ws(tmp_path: Path) -> Iterator[Workspace]:
    """The QA workspace with its chats assigned (gold mixed in)."""
    ws = make_qa_workspace(tmp_path)
    assign_batch(ws.db, "chats", ["Anong", "Wei", "Linh"], overlap=1.0, gold=0.25, seed=4)
    try:
        yield ws
    finally:
        ws.close()


@pytest.fixture
def anong(qa_ws: Workspace) -> Profile:
    return qa_ws.users.find("Anong")


@pytest.fixture
def bench(qtbot, qa_ws: Workspace, anong: Profile) -> Workbench:
    """Anong's workbench, on screen."""
    widget = Workbench(qa_ws, LabellingSession(qa_ws.labelling, anong))
    qtbot.add_widget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.wait_exposed(widget)
    return widget


def assignment(ws: Workspace, user: Profile, external_id: str, purpose=Purpose.LABEL) -> str:
    """The user's assignment of the conversation ``external_id``."""
    with ws.db.sessions() as s:
        return s.scalars(
            select(Assignment.id)
            .join(Conversation, Conversation.id == Assignment.conversation_id)
            .where(
                Assignment.user_id == user.id,
                Conversation.external_id == external_id,
                Assignment.purpose == purpose,
            )
        ).one()


def gold_assignment(ws: Workspace, user: Profile) -> str:
    """One of the user's gold assignments."""
    with ws.db.sessions() as s:
        return s.scalars(
            select(Assignment.id).where(
                Assignment.user_id == user.id, Assignment.purpose == Purpose.GOLD
            )
        ).first()


def names(ws: Workspace) -> dict[str, str]:
    """Label key -> the name the workbench shows (English UI)."""
    return {lb.key: lb.display_name for lb in ws.taxonomy.latest("bitext", lang="en").labels}


def test_no_suggestion_in_the_blind_pass(bench, qa_ws, anong) -> None:
    bench.open(assignment(qa_ws, anong, "en-000"))
    assert bench.meta.suggestion.isHidden()
    assert bench.meta.suggestion_text() == ""


def test_the_model_suggestion_shows_when_the_lead_turns_it_on(bench, qa_ws, anong) -> None:
    qa_ws.set_setting("show_predictions", True)
    bench.open(assignment(qa_ws, anong, "en-000"))
    label = names(qa_ws)
    score = QLocale().toString(0.87, "f", 2)
    low = QLocale().toString(0.09, "f", 2)
    assert bench.meta.suggestion.isVisible()
    assert bench.meta.suggestion_text() == (
        f"Model suggests: {label[PREDICTED]} ({score}), {label[GOLD_LABEL]} ({low})"
    )
    assert bench.meta.suggestion.toolTip() == "Predicted by intent-v3"
    # the next item has no prediction: the line goes away
    bench.open(assignment(qa_ws, anong, "en-001"))
    assert bench.meta.suggestion.isHidden()
    # nor does a gold item have one
    bench.open(gold_assignment(qa_ws, anong))
    assert bench.meta.suggestion.isHidden()
    bench.open(assignment(qa_ws, anong, "th-000"))
    assert bench.meta.suggestion_text().startswith("Model suggests: ")


def test_the_suggestion_is_left_out_of_the_empty_state(bench, qa_ws, anong) -> None:
    qa_ws.set_setting("show_predictions", True)
    bench.open(assignment(qa_ws, anong, "en-000"))
    bench.meta.clear()
    assert bench.meta.suggestion.isHidden()

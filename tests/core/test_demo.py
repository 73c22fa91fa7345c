"""The demo workspace: users, queues routed by language, the multilingual chats, the taxonomy.

The full demo is built once for the module from the real shared data (it takes seconds);
one test builds it again from a small copy of the shared data, as the UI tests do.
"""

from __future__ import annotations

import csv
import json
import shutil
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from labeldesk import demo_qa
from labeldesk.demo import (
    ALL_DATASETS,
    ATTRIBUTION,
    DEMO_DATASETS,
    DEMO_USERS,
    MULTILINGUAL_DATASET,
    SHARED_DATA_ENV,
    build_demo_workspace,
    demo_resource,
    is_demo_batch,
    merge_taxonomy_names,
)
from labeldesk.errors import LabelDeskError
from labeldesk.labelling.dto import Profile, QueueFilter, QueueRow
from labeldesk.labelling.service import DEFAULT_HIDDEN_META
from labeldesk.storage.models import (
    AuditEntry,
    Batch,
    Conversation,
    GoldPool,
    Prediction,
    Role,
)
from labeldesk.workspace import Workspace

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
UI_LANGUAGES = ("th", "id", "ms", "vi", "zh")
#: The answer as the shared files and the multilingual chats carry it.
ANSWER_FIELDS = ("labels", "category", "intent", "services", "active_intents")


def multilingual_rows() -> list[dict]:
    """The multilingual chats as written in resources/demo."""
    path = demo_resource(MULTILINGUAL_DATASET.conversations_file)
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    """The full demo workspace."""
    path = build_demo_workspace(tmp_path_factory.mktemp("demo") / "demo.db")
    ws = Workspace.open(path)
    try:
        yield ws
    finally:
        ws.close()


@pytest.fixture(scope="module")
def ws(demo: Workspace) -> Workspace:
    """The full demo workspace."""
    return demo


def queue(ws: Workspace, user: Profile, flt: QueueFilter = QueueFilter()) -> list[QueueRow]:  # noqa: B008
    """Every row of ``user``'s queue, page by page as the UI reads it."""
    rows: list[QueueRow] = []
    after = None
    while page := ws.queue.page(user, flt, after=after, limit=1000):
        rows.extend(page)
        after = page[-1].key
    return rows


def labellers(ws: Workspace) -> list[Profile]:
    """The demo's labellers in production (the new one is on an onboarding quiz)."""
    return [
        p for p in ws.users.list() if p.role is Role.LABELLER and p.name != demo_qa.NEW_LABELLER
    ]


def test_the_full_demo_builds_with_all_batches(demo: Workspace) -> None:
    ws = demo
    batches = {b.name: b for b in ws.stats.summary().batches}
    assert set(batches) == {d.batch for d in ALL_DATASETS}
    for dataset in DEMO_DATASETS:
        with (SHARED / dataset.conversations_file).open(encoding="utf-8") as f:
            assert batches[dataset.batch].conversations == sum(1 for _ in f)
    assert batches[MULTILINGUAL_DATASET.batch].conversations == len(multilingual_rows())
    # Only the training items (a Bitext quiz pool) are nobody's production or gold work.
    n_training = len(ws.gold.list(pool=GoldPool.TRAINING))
    assert n_training > 0
    assert {name: b.unassigned for name, b in batches.items()} == {
        d.batch: n_training if d.batch == "bitext-support" else 0 for d in ALL_DATASETS
    }
    assert all(is_demo_batch(name) for name in batches)


def test_users_are_made_by_the_user_service_with_roles_and_languages(ws: Workspace) -> None:
    profiles = {p.name: p for p in ws.users.list()}
    assert {(p.name, p.role, p.languages) for p in profiles.values()} == set(DEMO_USERS)
    with ws.db.sessions() as s:
        created = {
            e.payload["name"]: e.payload
            for e in s.scalars(select(AuditEntry).where(AuditEntry.action == "user.create"))
        }
    # The user service records the languages in the audit log; the old ORM path did not.
    assert {name: tuple(p["languages"]) for name, p in created.items()} == {
        name: languages for name, _, languages in DEMO_USERS
    }


def test_every_labeller_has_a_queue_only_in_their_languages(ws: Workspace) -> None:
    for user in labellers(ws):
        rows = queue(ws, user)
        assert ws.queue.count(user) == len(rows) > 800
        # "und" (language not told) is routed to anyone; nothing else outside the profile.
        assert {r.language for r in rows} <= {*user.languages, "und"}, user.name
        own = [r for r in rows if r.batch == MULTILINGUAL_DATASET.batch]
        assert {r.language for r in own} >= set(user.languages) - {"en"}
        # The chats in the labeller's own languages open the queue.
        assert {r.batch for r in rows[: len(own)]} == {MULTILINGUAL_DATASET.batch}
        assert {r.batch for r in rows} == {d.batch for d in ALL_DATASETS}
    for user in ws.users.list():
        if user.role is not Role.LABELLER:
            assert ws.queue.count(user) == 0


def test_the_new_labeller_sees_only_the_onboarding_quiz(ws: Workspace) -> None:
    nok = ws.users.find(demo_qa.NEW_LABELLER)
    quiz = ws.training.active_quiz(nok.id)
    assert quiz is not None
    assert quiz.pauses_production
    rows = queue(ws, nok)
    assert len(rows) == quiz.n_items == 8


def test_made_up_work_leaves_reviews_and_quality_to_show(ws: Workspace) -> None:
    status = ws.reviews.status()
    assert status.by_reason["disagreement"].items > 20
    assert status.by_reason["disagreement"].done > 10
    assert status.by_reason["disagreement"].pending > 10
    report = ws.quality.report(batch="bitext-support")
    rows = {r.name: r for r in report.rows}
    assert set(demo_qa.SIMULATED) <= set(rows)
    assert rows["Mei"].too_fast  # the fast one is flagged against the median
    assert all(rows[name].gold_n > 0 for name in demo_qa.SIMULATED)


def test_the_work_is_spread_evenly_over_the_labellers(ws: Workspace) -> None:
    # Each conversation goes to the eligible labeller with the least work so far, so the
    # English batches make up for the multilingual chats: queues end up the same size.
    totals = [ws.queue.count(user) for user in labellers(ws)]
    assert max(totals) - min(totals) <= 2
    for dataset in DEMO_DATASETS:
        counts = [ws.queue.count(u, QueueFilter(batch=dataset.batch)) for u in labellers(ws)]
        assert max(counts) - min(counts) <= 30


def test_each_multilingual_chat_is_detected_in_its_intended_language(ws: Workspace) -> None:
    intended = {row["id"]: row["language"] for row in multilingual_rows()}
    with ws.db.sessions() as s:
        detected = dict(
            s.execute(
                select(Conversation.external_id, Conversation.language)
                .join(Batch)
                .where(Batch.name == MULTILINGUAL_DATASET.batch)
            ).all()
        )
    assert detected == intended
    per_language = Counter(intended.values())
    assert all(10 <= per_language[lang] <= 14 for lang in UI_LANGUAGES)
    assert 1 <= per_language["en"] <= 6


def test_the_multilingual_chats_are_shaped_like_real_support_chats() -> None:
    rows = multilingual_rows()
    assert len({r["id"] for r in rows}) == len(rows)
    for row in rows:
        assert row["source"] == "written for LabelDesk, synthetic"
        assert row["market"] in {"TH", "ID", "MY", "VN", "CN", "SG"}
        assert row["channel"] in {"chat", "app", "line", "whatsapp", "email"}
        assert row["order_id"]
        assert 3 <= len(row["turns"]) <= 8, row["id"]
        assert row["turns"][0]["speaker"] in {"customer", "bot"}
        assert {t["speaker"] for t in row["turns"]} >= {"customer", "agent"}
        times = [t["ts"] for t in row["turns"]]
        assert all(t[10] == "T" and t[-6] in "+-" for t in times)  # ISO 8601 with an offset
        assert times == sorted(times)
    assert any(t["speaker"] == "bot" for r in rows for t in r["turns"])


def test_the_multilingual_labels_are_stored_as_predictions(ws: Workspace) -> None:
    expected = {row["id"]: row["labels"] for row in multilingual_rows()}
    index = ws.taxonomy.label_index("bitext")
    assert all(index.is_leaf(key) for keys in expected.values() for key in keys)
    with ws.db.sessions() as s:
        stored = defaultdict(list)
        for external_id, key in s.execute(
            select(Conversation.external_id, Prediction.label_key)
            .join(Conversation, Conversation.id == Prediction.conversation_id)
            .join(Batch)
            .where(Batch.name == MULTILINGUAL_DATASET.batch)
        ):
            stored[external_id].append(key)
    assert stored == expected


def test_the_bitext_taxonomy_has_display_names_translations_and_guidelines(
    ws: Workspace,
) -> None:
    with (SHARED / "bitext_taxonomy.csv").open(encoding="utf-8") as f:
        shared_ids = [row["id"] for row in csv.DictReader(f)]
    labels = {lb.key: lb for lb in ws.taxonomy.latest("bitext").labels}
    assert sorted(labels) == sorted(shared_ids)  # keys exactly the shared file's ids
    for label in labels.values():
        assert set(label.names) >= set(UI_LANGUAGES), label.key
        assert label.description.endswith("."), label.key
        assert len(label.examples) == 2, label.key
    cancel = labels["ORDER>cancel_order"]
    assert (cancel.name, cancel.path) == ("Cancel order", "Order > Cancel order")
    assert cancel.names["th"] == "ยกเลิกคำสั่งซื้อ"
    assert cancel.names["zh"] == "取消订单"
    thai = {lb.key: lb.display_name for lb in ws.taxonomy.tree("bitext", lang="th")}
    assert all(any("\u0e00" <= ch <= "\u0e7f" for ch in name) for name in thai.values())
    assert ws.taxonomy.latest("bitext").leaf_only


def test_the_bitext_guidelines_are_translated_into_every_ui_language(ws: Workspace) -> None:
    labels = ws.taxonomy.latest("bitext").labels
    for label in labels:
        assert set(label.guidelines) == set(UI_LANGUAGES), label.key
        for lang, guide in label.guidelines.items():
            assert guide.description, (label.key, lang)
            assert len(guide.examples) == len(label.examples), (label.key, lang)
            assert guide.description != label.description, (label.key, lang)
    thai = {lb.key: lb for lb in ws.taxonomy.latest("bitext", lang="th").labels}
    for label in thai.values():  # the description and every example are Thai
        for text in (label.display_description, *label.display_examples):
            assert any("\u0e00" <= ch <= "\u0e7f" for ch in text), (label.key, text)
    assert thai["ORDER>cancel_order"].display_description == "ลูกค้าต้องการยกเลิกคำสั่งซื้อที่สั่งไปแล้ว"
    chinese = {lb.key: lb for lb in ws.taxonomy.tree("bitext", lang="zh_CN")}
    assert chinese["REFUND>get_refund"].display_description == "顾客想为订单或商品申请退款。"


def test_the_merged_taxonomy_carries_the_translated_guideline_columns(tmp_path: Path) -> None:
    out = tmp_path / "bitext_taxonomy.csv"
    merge_taxonomy_names(
        SHARED / "bitext_taxonomy.csv", demo_resource("bitext_taxonomy_names.csv"), out
    )
    with out.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        rows = {row["id"]: row for row in reader}
        columns = reader.fieldnames or []
    for lang in UI_LANGUAGES:
        assert {f"description_{lang}", f"examples_{lang}"} <= set(columns)
    assert rows["ORDER>track_order"]["examples_vi"].count("|") == 1


def test_a_labeller_sees_nothing_of_the_answer(ws: Workspace) -> None:
    hidden = set(DEFAULT_HIDDEN_META)
    for user in labellers(ws):
        for dataset in ALL_DATASETS:
            for row in ws.queue.page(user, QueueFilter(batch=dataset.batch), limit=25):
                view = ws.labelling.open(user, row.assignment_id).conversation
                answer = _answer(ws, view.conversation_id)
                metas = [view.meta, *(t.meta for t in view.turns)]
                for meta in metas:
                    assert not hidden & {k.lower() for k in meta}, (dataset.batch, meta)
                    assert not set(ANSWER_FIELDS) & set(meta)
                    shown = json.dumps(meta, ensure_ascii=False)
                    assert not any(key in shown for key in answer), (answer, shown)


def _answer(ws: Workspace, conversation_id: int) -> set[str]:
    """The label keys a conversation was imported with (as predictions), and their last parts."""
    with ws.db.sessions() as s:
        query = select(Prediction.label_key).where(Prediction.conversation_id == conversation_id)
        keys = set(s.scalars(query))
    return keys | {key.rsplit(">", 1)[-1] for key in keys}


def test_the_attribution_names_every_source_its_licence_and_the_synthetic_data() -> None:
    readme = (SHARED / "README.md").read_text(encoding="utf-8")
    for commit in ("cf857859", "e852981a"):
        assert commit in ATTRIBUTION
        assert commit in readme
    for licence in ("CDLA-Sharing-1.0", "CC BY-SA 4.0"):
        assert licence in ATTRIBUTION
    assert "written for LabelDesk, synthetic" in ATTRIBUTION
    assert "ABCD" not in ATTRIBUTION  # not in the demo


def test_a_small_copy_of_the_shared_data_builds_the_same_demo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    for dataset in DEMO_DATASETS:
        shutil.copy(SHARED / dataset.taxonomy_file, data / dataset.taxonomy_file)
        with (SHARED / dataset.conversations_file).open(encoding="utf-8") as src:
            lines = [next(src) for _ in range(8)]
        (data / dataset.conversations_file).write_text("".join(lines), encoding="utf-8")
    monkeypatch.setenv(SHARED_DATA_ENV, str(data))
    with Workspace.open(build_demo_workspace(tmp_path / "demo.db")) as small:
        counts = {b.name: b.conversations for b in small.stats.summary().batches}
        assert counts == {
            "bitext-support": 8,
            "sgd-dialogues": 8,
            MULTILINGUAL_DATASET.batch: len(multilingual_rows()),
        }
        assert all(small.queue.count(user) > 0 for user in labellers(small))
    assert not (tmp_path / "demo.db.building").exists()


def test_an_overlay_id_the_taxonomy_lacks_is_an_error(tmp_path: Path) -> None:
    names = tmp_path / "names.csv"
    names.write_text("id,name,name_th\nORDER>cancel_order,Cancel order,ยกเลิก\nORDER>nope,X,Y\n")
    with pytest.raises(LabelDeskError, match=r"ORDER>nope"):
        merge_taxonomy_names(SHARED / "bitext_taxonomy.csv", names, tmp_path / "out.csv")
    assert not (tmp_path / "out.csv").exists()


def test_a_missing_demo_resource_lists_the_ones_there_are() -> None:
    with pytest.raises(LabelDeskError, match=r"multilingual_chats\.jsonl"):
        demo_resource("no_such_file.jsonl")

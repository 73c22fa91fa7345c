"""QA end to end on the demo data, through the CLI and the services the app uses.

Twelve Bitext conversations (the demo's own data): two become hidden gold with
``labeldesk gold import``; ``labeldesk assign`` gives the other ten to two labellers with full
overlap, mixing the gold in; Ann and Ben label (Ann always right, Ben wrong on c3 and on one
gold item, and he skips c9; Ann is unsure on c5); the disagreements reach the reviewer, who
sides with Ann on c3 and with Ben on c7 (where Ann picked a sibling). Every quality number
and every export decision is then checked against the values worked out by hand below.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import orjson
import pytest
from db_backends import fresh_pg_database, pg_server_url

from labeldesk.labelling import Answer
from labeldesk.review.dto import ReviewAnswer, ReviewFilter
from labeldesk.storage.models import CauseCode, Role, Verdict
from labeldesk.workspace import Workspace
from tests.cli.cli_helpers import labeldesk

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"

#: The conversations used, in file order: c1..c10 are production items, g1 and g2 gold.
IDS = [f"bitext-{n:05d}" for n in range(1, 13)]
NAMES = {ext: f"c{i}" for i, ext in enumerate(IDS[:10], start=1)} | {
    IDS[10]: "g1",
    IDS[11]: "g2",
}


def sibling(key: str, keys: list[str]) -> str:
    """Another leaf under the same category (the classic labelling mistake)."""
    parent = key.split(">")[0]
    return next(k for k in keys if k.startswith(parent + ">") and k != key)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def location(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """A fresh workspace location: a SQLite file, or a PostgreSQL database when one is set."""
    if request.param == "sqlite":
        yield str(tmp_path_factory.mktemp("qa_ws") / "ws.db")
        return
    pg_server_url()  # skipped without a server; failed under CI=true
    with fresh_pg_database() as url:
        yield url


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory, location: str) -> dict:
    """The whole run; returns the workspace path, the truth and the tool outputs."""
    tmp = tmp_path_factory.mktemp("qa_e2e")
    ws_path = location
    rows = [json.loads(line) for line in (SHARED / "bitext_customer_support.jsonl").open()]
    chosen = [r for r in rows if r["id"] in IDS]
    truth = {r["id"]: next(k for k in r["labels"] if ">" in k) for r in chosen}
    data = tmp / "slice.jsonl"
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in chosen))
    gold = tmp / "gold.csv"
    gold.write_text(
        "conversation,labels,explanation\n"
        + "".join(f"{ext},{truth[ext]},The customer asks exactly this.\n" for ext in IDS[10:])
    )
    for args in (
        ("init",),
        ("taxonomy", "import", str(SHARED / "bitext_taxonomy.csv"), "--name", "bitext"),
        ("import", str(data), "--batch", "e2e", "--taxonomy", "bitext"),
        ("gold", "import", str(gold)),
    ):
        proc = labeldesk(*args, "-w", ws_path)
        assert proc.returncode == 0, proc.stderr
    with Workspace.open(ws_path) as ws:
        ws.set_setting("audit_share", 0.0)
        for name, role in (("Ann", Role.LABELLER), ("Ben", Role.LABELLER)):
            ws.users.create(name, role, ["en"])
        ws.users.create("Rita", Role.REVIEWER, ["en"])
        ws.users.create("Lee", Role.LEAD, ["en"])
    proc = labeldesk(
        "assign", "--batch", "e2e", "--labellers", "Ann,Ben", "--overlap", "1",
        "--per-item", "2", "--gold", "0.2", "--seed", "7", "-w", ws_path,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    with Workspace.open(ws_path) as ws:
        keys = [label.key for label in ws.taxonomy.tree("bitext") if ">" in label.key]
        by_name = {NAMES[ext]: key for ext, key in truth.items()}
        answers = {
            "Ann": {**by_name, "c7": sibling(by_name["c7"], keys)},
            "Ben": {
                **by_name,
                "c3": sibling(by_name["c3"], keys),
                "g2": sibling(by_name["g2"], keys),
            },
        }
        for who, seconds in (("Ann", 60.0), ("Ben", 30.0)):
            me = ws.users.find(who)
            for row in ws.queue.page(me, limit=100):
                name = NAMES[row.external_id]
                if who == "Ben" and name == "c9":
                    ws.labelling.skip(me, row.assignment_id, "not sure", active_seconds=seconds)
                    continue
                ws.labelling.submit(
                    me,
                    row.assignment_id,
                    Answer(labels=(answers[who][name],), unsure=(who, name) == ("Ann", "c5")),
                    active_seconds=seconds,
                )
        rita = ws.users.find("Rita")
        queue = ws.reviews.page(rita, ReviewFilter(), limit=100)
        reviewed = sorted(NAMES[r.external_id] for r in queue)
        for row in queue:
            task = ws.reviews.open(rita, row.assignment_id)
            name = NAMES[row.external_id]
            final = answers["Ann" if name == "c3" else "Ben"][name]
            ws.reviews.submit(
                rita,
                row.assignment_id,
                ReviewAnswer(
                    labels=(final,),
                    verdicts={
                        s.slot: Verdict.CORRECT if s.labels == (final,) else Verdict.INCORRECT
                        for s in task.slots
                    },
                    cause=CauseCode.LABELLER_ERROR if name == "c3" else CauseCode.AMBIGUOUS,
                ),
            )
    quality = labeldesk("quality", "--batch", "e2e", "--json", "-w", ws_path)
    assert quality.returncode == 0, quality.stderr
    out = tmp / "e2e.jsonl"
    export = labeldesk("export", "--batch", "e2e", "-o", str(out), "-w", ws_path)
    assert export.returncode == 0, export.stderr
    return {
        "reviewed": reviewed,
        "quality": json.loads(quality.stdout),
        "export": [orjson.loads(line) for line in out.read_bytes().splitlines()],
        "answers": answers,
        "truth": by_name,
    }


def wilson(k: int, n: int, z: float = 1.959963984540054) -> tuple[float, float]:
    """The Wilson score interval, by its formula."""
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return centre - half, centre + half


def test_only_the_disagreements_reach_the_reviewer(run: dict) -> None:
    # c3 (Ben's sibling) and c7 (Ann's sibling) differ; c9 has one answer; audit share is 0.
    assert run["reviewed"] == ["c3", "c7"]


def test_quality_numbers_match_the_hand_computed_ones(run: dict) -> None:
    rows = {row["name"]: row for row in run["quality"]["rows"]}
    ann, ben = rows["Ann"], rows["Ben"]
    # Each has the ten production items and both gold items (rate 0.2 of 10).
    assert (ann["n_items"], ben["n_items"]) == (12, 12)
    assert (ann["answered"], ben["answered"], ben["skipped"]) == (12, 11, 1)
    # Gold: Ann 2 of 2, Ben 1 of 2 (g2 wrong).
    assert (ann["gold_n"], ann["gold_correct"], ben["gold_correct"]) == (2, 2, 1)
    assert ann["gold_ci"] == pytest.approx(wilson(2, 2))
    assert ben["gold_accuracy"] == pytest.approx(0.5)
    assert ben["gold_ci"] == pytest.approx(wilson(1, 2))
    # Agreement with the final label, over the nine items with two answers (not c9, which
    # only Ann answered): Ann misses c7 (the reviewer sided with Ben), Ben misses c3.
    assert (ann["agreement_n"], ben["agreement_n"]) == (9, 9)
    assert ann["agreement"] == pytest.approx(8 / 9)
    assert ben["agreement"] == pytest.approx(8 / 9)
    # Each was in both reviews, and overturned once.
    assert (ann["reviewed_slots"], ann["overturned"]) == (2, 1)
    assert (ben["reviewed_slots"], ben["overturned"]) == (2, 1)
    assert ann["overturn_rate"] == pytest.approx(0.5)
    # Skip and unsure rates over the twelve items each.
    assert ben["skip_rate"] == pytest.approx(1 / 12)
    assert ann["unsure_rate"] == pytest.approx(1 / 12)
    # Ann: 12 answers x 60 s = 0.2 h, so 60 items per hour.
    assert ann["items_per_hour"] == pytest.approx(60.0)


def test_export_says_how_each_final_label_was_decided(run: dict) -> None:
    truth, answers = run["truth"], run["answers"]
    by_name = {NAMES[rec["id"]]: rec for rec in run["export"]}
    assert sorted(by_name) == sorted(NAMES.values())
    how = {name: rec["final"]["decided_by"] for name, rec in by_name.items()}
    assert how == {
        "c1": "agreement", "c2": "agreement", "c3": "review", "c4": "agreement",
        "c5": "agreement", "c6": "agreement", "c7": "review", "c8": "agreement",
        "c9": "single", "c10": "agreement", "g1": "gold", "g2": "gold",
    }  # fmt: skip
    assert by_name["c3"]["final"]["labels"] == [truth["c3"]]
    assert by_name["c7"]["final"]["labels"] == [answers["Ben"]["c7"]]
    review = by_name["c3"]["qa"]["review"]
    assert review["status"] == "reviewed"
    assert review["cause"] == "labeller_error"
    # Leads see who was in which slot, by pseudonymous id; never by name.
    slots = {s["verdict"] for s in review["slots"]}
    assert slots == {"correct", "incorrect"}
    ids = {a["labeller"]: a["labeller_id"] for a in by_name["c3"]["annotations"]}
    wrong = next(s for s in review["slots"] if s["verdict"] == "incorrect")
    assert wrong["labeller_id"] == ids["Ben"]
    gold = by_name["g2"]["qa"]["gold"]
    assert {(r["labeller_id"], r["correct"]) for r in gold["results"]} == {
        (ids["Ann"], True),
        (ids["Ben"], False),
    }

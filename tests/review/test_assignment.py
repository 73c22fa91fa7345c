"""Assignment invariants, as hypothesis properties on real SQLite workspaces.

Each example copies an empty, migrated workspace file (made once per module) and fills it
with rows: a batch on taxonomy ``t1``, its conversations in a few languages, labellers with
language profiles, and hidden gold items in a second batch on the same taxonomy.
"""

from __future__ import annotations

import itertools
import math
import shutil
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select

from labeldesk.errors import LabelDeskError
from labeldesk.review.assignment import AssignResult, assign_batch
from labeldesk.review.assignment_gold import gold_count, gold_slots
from labeldesk.storage.models import (
    Assignment,
    AuditEntry,
    Batch,
    Conversation,
    GoldItem,
    GoldPool,
    Prediction,
    Purpose,
    Role,
    Taxonomy,
    User,
)
from labeldesk.workspace import Workspace

LANGS = ("en", "th", "zh")
CONV_LANGS = (*LANGS, "und")
BATCH = "b"

PROPERTY = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@dataclass(frozen=True)
class Spec:
    """What a test workspace holds."""

    conversations: tuple[str, ...]  # the batch's conversation languages, in id order
    labellers: tuple[tuple[str, ...], ...]  # each labeller's languages
    gold: tuple[str, ...] = ()  # languages of hidden gold items on the batch's taxonomy
    other_gold: tuple[str, ...] = ()  # hidden gold items on another taxonomy
    roles: dict[int, Role] = field(default_factory=dict)  # labeller index -> role if not L

    @property
    def names(self) -> list[str]:
        """The labellers' names."""
        return [f"u{i}" for i in range(len(self.labellers))]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated workspace with taxonomies t1 and t2, checkpointed so it can be copied."""
    path = tmp_path_factory.mktemp("template") / "ws.db"
    with Workspace.open(path, create=True) as ws:
        with ws.db.sessions.begin() as s:
            s.add_all([Taxonomy(name="t1"), Taxonomy(name="t2")])
        with ws.db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def make_ws(template: Path, tmp_path_factory: pytest.TempPathFactory):
    """Build a workspace for a Spec (a fresh copy of the template per call); closed at the end."""
    opened: list[Workspace] = []

    def make(spec: Spec) -> Workspace:
        path = tmp_path_factory.mktemp("ex") / "ws.db"
        shutil.copy(template, path)
        ws = Workspace.open(path)
        opened.append(ws)
        fill(ws, spec)
        return ws

    yield make
    for ws in opened:
        ws.close()


def fill(ws: Workspace, spec: Spec) -> None:
    """Add the spec's batch, conversations, users and gold items."""
    with ws.db.sessions.begin() as s:
        t1, t2 = (s.scalar(select(Taxonomy.id).where(Taxonomy.name == n)) for n in ("t1", "t2"))
        batches = {
            name: Batch(name=name, taxonomy_id=tax)
            for name, tax in ((BATCH, t1), ("gold1", t1), ("gold2", t2))
        }
        s.add_all(batches.values())
        s.flush()
        for i, lang in enumerate(spec.conversations):
            s.add(conversation(batches[BATCH].id, f"c{i:04d}", lang))
        for name, langs in (("gold1", spec.gold), ("gold2", spec.other_gold)):
            for i, lang in enumerate(langs):
                conv = conversation(batches[name].id, f"{name}-{i:03d}", lang)
                s.add(conv)
                s.flush()
                s.add(GoldItem(conversation_id=conv.id, labels=["x"], turn_labels={}))
        for i, langs in enumerate(spec.labellers):
            role = spec.roles.get(i, Role.LABELLER)
            s.add(User(name=f"u{i}", role=role, languages=list(langs)))


def conversation(batch_id: int, external_id: str, lang: str) -> Conversation:
    """A conversation row with no turns (assignment needs none)."""
    return Conversation(
        external_id=external_id, batch_id=batch_id, content_hash=external_id, language=lang
    )


@dataclass(frozen=True, order=True)
class Row:
    """An assignment as a test compares it: names, not generated ids ("" for no batch)."""

    conversation: str
    user: str
    purpose: Purpose
    position: int
    batch: str
    language: str


def rows(ws: Workspace) -> list[Row]:
    """Every assignment, sorted."""
    with ws.db.sessions() as s:
        found = s.execute(
            select(
                Conversation.external_id,
                User.name,
                Assignment.purpose,
                Assignment.position,
                Batch.name,
                Conversation.language,
            )
            .join(Conversation, Conversation.id == Assignment.conversation_id)
            .join(User, User.id == Assignment.user_id)
            .outerjoin(Batch, Batch.id == Assignment.batch_id)
        )
        return sorted(Row(c, u, Purpose(p), pos, b or "", lang) for c, u, p, pos, b, lang in found)


def label_counts(found: Sequence[Row]) -> Counter[str]:
    """Label assignments per conversation."""
    return Counter(r.conversation for r in found if r.purpose == Purpose.LABEL)


def half_up(x: float) -> int:
    return math.floor(x + 0.5)


# -- strategies -----------------------------------------------------------------------------

languages = st.lists(st.sampled_from(LANGS), min_size=1, max_size=3, unique=True).map(tuple)


@st.composite
def specs(draw: st.DrawFn, *, min_convs: int = 0, all_speak: bool = False) -> Spec:
    """A random workspace: up to 40 conversations, 1-5 labellers, up to 8 gold items."""
    convs = tuple(draw(st.lists(st.sampled_from(CONV_LANGS), min_size=min_convs, max_size=40)))
    n = draw(st.integers(1, 5))
    people = tuple(LANGS if all_speak else draw(languages) for _ in range(n))
    gold = tuple(draw(st.lists(st.sampled_from(CONV_LANGS), max_size=8)))
    return Spec(convs, people, gold)


@st.composite
def options(draw: st.DrawFn, n_labellers: int) -> dict:
    """assign_batch keyword options valid for ``n_labellers`` labellers."""
    overlap = draw(st.sampled_from([0.0, 0.1, 0.25, 0.5, 1.0]) | st.floats(0, 1))
    per_item = draw(st.integers(2, max(2, n_labellers)))
    if per_item > n_labellers:
        overlap = 0.0
    return {
        "overlap": overlap,
        "per_item": per_item,
        "by_language": draw(st.booleans()),
        "seed": draw(st.integers(0, 10_000)),
    }


# -- properties -----------------------------------------------------------------------------


@PROPERTY
@given(data=st.data(), spec=specs())
def test_invariants(make_ws, data, spec) -> None:
    opts = data.draw(options(len(spec.labellers)))
    if spec.gold:
        opts["gold"] = data.draw(st.sampled_from([0.0, 0.05, 0.1, 0.25, 0.5]))
    ws = make_ws(spec)
    try:
        result = assign_batch(ws.db, BATCH, spec.names, **opts)
    except LabelDeskError as exc:  # only the "no usable gold" refusal is expected here
        assert opts.get("gold")
        assert "gold was asked for" in str(exc)  # noqa: PT017 - the run may refuse gold
        assert not rows(ws)
        return
    found = rows(ws)
    check_invariants(spec, opts, result, found)


def check_invariants(spec: Spec, opts: dict, result: AssignResult, found: list[Row]) -> None:
    """What every run must leave behind in a fresh workspace."""
    pairs = [(r.conversation, r.user) for r in found]
    assert len(pairs) == len(set(pairs)), "a labeller got a conversation twice"
    labels = [r for r in found if r.purpose == Purpose.LABEL]
    golds = [r for r in found if r.purpose == Purpose.GOLD]
    assert all(r.conversation.startswith("c") and not r.batch for r in labels)
    assert all(r.conversation.startswith("gold1-") and r.batch == BATCH for r in golds)
    # each conversation: 1 labeller, or per_item for the overlap share (fewer only if short)
    n = len(spec.conversations)
    per_item = opts["per_item"] if opts["overlap"] > 0 else 1
    counts = label_counts(found)
    per_conv = [counts[f"c{i:04d}"] for i in range(n)]
    assert result.overlap == half_up(opts["overlap"] * n)
    assert max(per_conv, default=0) <= per_item
    assert per_conv.count(0) == result.unroutable
    full = per_conv.count(per_item) if per_item > 1 else 0
    assert result.overlap - result.unroutable <= full + result.short <= result.overlap
    assert sum(1 for c in per_conv if 1 < c < per_item) <= result.short
    # routing
    speaks = dict(zip(spec.names, spec.labellers, strict=True))
    if opts["by_language"]:
        assert all(r.language == "und" or r.language in speaks[r.user] for r in found)
    # result counts match the rows
    assert result.added == {u: sum(1 for r in labels if r.user == u) for u in spec.names}
    assert result.gold_added == {u: sum(1 for r in golds if r.user == u) for u in spec.names}
    assert result.already == 0
    # gold: the rate of each labeller's new work, unless they ran out of usable gold items
    rate = opts.get("gold", 0.0)
    wanted = {u: gold_count(rate, result.added[u]) for u in spec.names}
    assert sum(wanted.values()) - sum(result.gold_added.values()) == result.gold_short
    assert all(result.gold_added[u] <= wanted[u] for u in spec.names)
    # queue positions: 0..k-1 per labeller, gold never next to gold
    by_user: dict[str, list[Row]] = defaultdict(list)
    for r in sorted(found, key=lambda r: r.position):
        by_user[r.user].append(r)
    for queue in by_user.values():
        assert [r.position for r in queue] == list(range(len(queue)))
        kinds = [r.purpose for r in queue]
        assert all(not (a == b == Purpose.GOLD) for a, b in itertools.pairwise(kinds))


@PROPERTY
@given(data=st.data(), spec=specs(all_speak=True))
def test_all_eligible_spread_is_even_and_exact(make_ws, data, spec) -> None:
    opts = data.draw(options(len(spec.labellers)))
    ws = make_ws(spec)
    result = assign_batch(ws.db, BATCH, spec.names, **opts)
    found = rows(ws)
    loads = [result.added[u] for u in spec.names]
    assert max(loads) - min(loads) <= 1
    per_item = opts["per_item"] if opts["overlap"] > 0 else 1
    per_conv = Counter(label_counts(found).values())
    n = len(spec.conversations)
    assert (result.unroutable, result.short) == (0, 0)
    if per_item == 1:
        assert per_conv == Counter({1: n} if n else {})
    else:
        expected = {per_item: result.overlap, 1: n - result.overlap}
        assert per_conv == Counter({k: v for k, v in expected.items() if v})


@PROPERTY
@given(spec=specs(), seed=st.integers(0, 10_000))
def test_labellers_with_the_same_languages_get_loads_within_one(make_ws, spec, seed) -> None:
    spec = Spec(spec.conversations, (*spec.labellers, spec.labellers[0]))  # a pair at least
    ws = make_ws(spec)
    result = assign_batch(ws.db, BATCH, spec.names, overlap=0.3, per_item=2, seed=seed)
    groups: dict[frozenset[str], list[int]] = defaultdict(list)
    for name, langs in zip(spec.names, spec.labellers, strict=True):
        groups[frozenset(langs)].append(result.added[name])
    for loads in groups.values():
        assert max(loads) - min(loads) <= 1


@PROPERTY
@given(spec=specs(min_convs=20, all_speak=True), seed=st.integers(0, 10_000))
def test_same_seed_same_rows_other_seed_other_rows(make_ws, spec, seed) -> None:
    spec = Spec(spec.conversations, (*spec.labellers[:1], LANGS, LANGS), ("en", "th", "zh"))
    runs = {}
    for key, s in (("a", seed), ("b", seed), ("c", seed + 1)):
        ws = make_ws(spec)
        assign_batch(ws.db, BATCH, spec.names, overlap=0.25, per_item=2, gold=0.1, seed=s)
        runs[key] = rows(ws)
    assert runs["a"] == runs["b"]
    assert runs["a"] != runs["c"]


@PROPERTY
@given(data=st.data(), spec=specs())
def test_a_second_run_adds_nothing(make_ws, data, spec) -> None:
    opts = data.draw(options(len(spec.labellers)))
    ws = make_ws(spec)
    first = assign_batch(ws.db, BATCH, spec.names, **opts)
    before = rows(ws)
    again = assign_batch(ws.db, BATCH, spec.names, **opts)
    assert again.total_added == 0
    assert rows(ws) == before
    n = len(spec.conversations)
    assert again.already == n - first.unroutable - first.short
    assert (again.unroutable, again.short) == (first.unroutable, first.short)


@PROPERTY
@given(
    data=st.data(),
    spec=specs(all_speak=True),
    low=st.sampled_from([0.0, 0.1, 0.3]),
    high=st.sampled_from([0.3, 0.6, 1.0]),
)
def test_more_labellers_or_more_overlap_add_only_the_missing(make_ws, data, spec, low, high):
    seed = data.draw(st.integers(0, 10_000))
    spec = Spec(spec.conversations, (*spec.labellers, LANGS, LANGS))
    names = spec.names
    ws = make_ws(spec)
    assign_batch(ws.db, BATCH, names[:-1], overlap=low, seed=seed)
    before = rows(ws)
    second = assign_batch(ws.db, BATCH, names, overlap=high, per_item=2, seed=seed)
    after = rows(ws)
    assert set(before) <= set(after)
    assert len(after) - len(before) == second.total_added
    per_conv = Counter(label_counts(after).values())
    n = len(spec.conversations)
    assert per_conv[2] == half_up(high * n)
    assert per_conv[1] == n - half_up(high * n)
    assert sum(per_conv.values()) == n


# -- examples -------------------------------------------------------------------------------


EVERYONE = (LANGS, LANGS, LANGS)


def test_current_behaviour_one_labeller_each_in_seeded_order(make_ws) -> None:
    ws = make_ws(Spec(("en",) * 9, EVERYONE))
    result = assign_batch(ws.db, BATCH, ["u0", "u1", "u2"])
    assert result == AssignResult(
        BATCH, {"u0": 3, "u1": 3, "u2": 3}, 0, 0, 0, {"u0": 0, "u1": 0, "u2": 0}
    )
    found = rows(ws)
    assert {r.purpose for r in found} == {Purpose.LABEL}
    # ties go to the labeller named first: round-robin over a shuffled order
    first = [r for r in found if r.position == 0]
    assert len(first) == 3


def test_an_overlap_item_missing_its_second_labeller_gets_one(make_ws) -> None:
    ws = make_ws(Spec(("en",) * 10, EVERYONE))
    assign_batch(ws.db, BATCH, ["u0", "u1", "u2"], overlap=0.5, per_item=2, seed=3)
    full = sorted(c for c, k in label_counts(rows(ws)).items() if k == 2)
    assert len(full) == 5
    with ws.db.sessions.begin() as s:
        conv_id = s.scalar(select(Conversation.id).where(Conversation.external_id == full[0]))
        victim = s.scalars(
            select(Assignment.id).where(Assignment.conversation_id == conv_id)
        ).first()
        s.execute(delete(Assignment).where(Assignment.id == victim))
    again = assign_batch(ws.db, BATCH, ["u0", "u1", "u2"], overlap=0.5, per_item=2, seed=3)
    assert sum(again.added.values()) == 1
    assert (again.already, again.overlap) == (9, 5)
    assert label_counts(rows(ws))[full[0]] == 2


def test_the_overlap_set_does_not_depend_on_the_labellers(make_ws) -> None:
    spec = Spec(("en",) * 30, EVERYONE)
    a, b = make_ws(spec), make_ws(spec)
    assign_batch(a.db, BATCH, ["u0", "u1"], overlap=0.3, seed=5)
    assign_batch(b.db, BATCH, ["u2", "u1", "u0"], overlap=0.3, seed=5)
    doubled = [{c for c, k in label_counts(rows(ws)).items() if k == 2} for ws in (a, b)]
    assert doubled[0] == doubled[1]
    assert len(doubled[0]) == 9


def test_language_routing_strands_only_what_nobody_speaks(make_ws) -> None:
    spec = Spec(("th", "th", "zh", "und", "en"), (("th",), ("th", "en")))
    ws = make_ws(spec)
    result = assign_batch(ws.db, BATCH, spec.names, overlap=1.0, per_item=2)
    assert result.unroutable == 1  # zh: nobody speaks it
    assert result.short == 1  # en: only u1 speaks it
    counts = label_counts(rows(ws))
    assert [counts[f"c{i:04d}"] for i in range(5)] == [2, 2, 0, 2, 1]
    ws2 = make_ws(spec)
    result2 = assign_batch(ws2.db, BATCH, spec.names, overlap=1.0, per_item=2, by_language=False)
    assert (result2.unroutable, result2.short) == (0, 0)


def test_short_counts_overlap_items_with_too_few_eligible(make_ws) -> None:
    spec = Spec(("en", "th"), (("th",), ("th", "en")))
    ws = make_ws(spec)
    result = assign_batch(ws.db, BATCH, spec.names, overlap=1.0, per_item=2)
    assert (result.unroutable, result.short) == (0, 1)
    assert label_counts(rows(ws)) == Counter({"c0000": 1, "c0001": 2})


def test_gold_is_mixed_in_at_the_rate_spread_and_rotated(make_ws) -> None:
    spec = Spec(("en",) * 60, EVERYONE, gold=("en",) * 6)
    ws = make_ws(spec)
    result = assign_batch(ws.db, BATCH, spec.names, gold=0.1, seed=1)
    assert result.gold_added == {"u0": 2, "u1": 2, "u2": 2}
    found = rows(ws)
    golds = [r for r in found if r.purpose == Purpose.GOLD]
    assert len({r.conversation for r in golds}) == 6  # least used first: all six used once
    again = make_ws(Spec(("en",) * 60, EVERYONE, gold=("en",) * 6))
    assign_batch(again.db, BATCH, spec.names, gold=0.1, seed=1)
    assert rows(again) == found


def test_gold_rotates_and_never_repeats_for_a_labeller(make_ws) -> None:
    spec = Spec(("en",) * 40, (LANGS,), gold=("en",) * 3)
    ws = make_ws(spec)
    assign_batch(ws.db, BATCH, ["u0"], gold=0.05, seed=2)  # 2 gold items of 3
    with ws.db.sessions.begin() as s:  # a second batch of new work for the same labeller
        batch = Batch(
            name="b2", taxonomy_id=s.scalar(select(Batch.taxonomy_id).where(Batch.name == BATCH))
        )
        s.add(batch)
        s.flush()
        s.add_all(conversation(batch.id, f"d{i}", "en") for i in range(40))
    second = assign_batch(ws.db, "b2", ["u0"], gold=0.05, seed=2)
    assert second.gold_added == {"u0": 1}
    assert second.gold_short == 1
    golds = [r.conversation for r in rows(ws) if r.purpose == Purpose.GOLD]
    assert sorted(golds) == ["gold1-000", "gold1-001", "gold1-002"]


def test_gold_positions_vary_with_the_seed_and_never_touch(make_ws) -> None:
    firsts = set()
    for seed in range(8):
        ws = make_ws(Spec(("en",) * 20, (LANGS,), gold=("en",) * 4))
        assign_batch(ws.db, BATCH, ["u0"], gold=0.2, seed=seed)
        places = sorted(r.position for r in rows(ws) if r.purpose == Purpose.GOLD)
        assert len(places) == 4
        assert all(b - a >= 2 for a, b in itertools.pairwise(places))
        firsts.add(places[0])
    assert len(firsts) > 1
    assert firsts != {0}


@pytest.mark.parametrize(
    ("total", "n_gold"), [(1, 1), (2, 1), (10, 5), (21, 1), (105, 5), (3, 1), (30, 10)]
)
def test_gold_slots_are_distinct_in_range_and_apart(total, n_gold) -> None:
    for offset in (0.0, 0.2, 0.5, 0.999999):
        slots = sorted(gold_slots(total, n_gold, offset))
        assert len(slots) == n_gold
        assert slots[0] >= 0
        assert slots[-1] < total
        if total >= 2 * n_gold:
            assert all(b - a >= 2 for a, b in itertools.pairwise(slots))


def test_gold_count_rounds_half_up_and_is_at_least_one() -> None:
    assert [gold_count(0.05, n) for n in (0, 1, 9, 10, 29, 30, 31)] == [0, 1, 1, 1, 1, 2, 2]
    assert gold_count(0.5, 3) == 2
    assert gold_count(0.0, 100) == 0


def test_gold_conversations_are_never_production_work(make_ws) -> None:
    ws = make_ws(Spec(("en",) * 6, EVERYONE))
    with ws.db.sessions.begin() as s:
        conv = s.scalar(select(Conversation.id).where(Conversation.external_id == "c0000"))
        s.add(GoldItem(conversation_id=conv, labels=["x"], turn_labels={}))
    result = assign_batch(ws.db, BATCH, ["u0", "u1"], overlap=1.0, gold=0.5)
    found = rows(ws)
    assert "c0000" not in label_counts(found)
    assert sum(result.added.values()) == 10
    assert result.overlap == 5
    assert {r.conversation for r in found if r.purpose == Purpose.GOLD} == {"c0000"}


def test_the_run_is_audited_with_its_counts(make_ws) -> None:
    ws = make_ws(Spec(("en",) * 4, EVERYONE, gold=("en",)))
    assign_batch(ws.db, BATCH, ["u0", "u1"], overlap=0.5, gold=0.25, seed=9)
    with ws.db.sessions() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "batch.assign")).one()
    assert entry.entity_id == BATCH
    payload = entry.payload
    assert payload["added"] == {"u0": 3, "u1": 3}
    assert sum(payload["gold_added"].values()) == 2
    assert (payload["overlap_items"], payload["per_item"], payload["seed"]) == (2, 2, 9)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"batch": "nope"}, "no batch named 'nope'; batches: b, gold1, gold2"),
        ({"labellers": ["u0", "ghost"]}, "no user named 'ghost'"),
        ({"labellers": []}, "at least one labeller"),
        ({"labellers": ["u0", "u3"]}, "u3 is a lead"),
        ({"overlap": 1.5}, "overlap must be a share between 0 and 1"),
        ({"overlap": -0.1}, "overlap must be a share between 0 and 1"),
        ({"overlap": float("nan")}, "overlap must be a share"),
        ({"overlap": 0.2, "per_item": 1}, "per item must be at least 2"),
        ({"overlap": 0.2, "per_item": 4}, "more than the number of labellers named (3)"),
        ({"gold": 0.6}, "gold must be a rate between 0 and 0.5"),
        ({"gold": -0.01}, "gold must be a rate"),
    ],
)
def test_bad_requests_are_refused_and_change_nothing(make_ws, kwargs, message) -> None:
    spec = Spec(("en",) * 4, (*EVERYONE, ("en",)), gold=("en",), roles={3: Role.LEAD})
    ws = make_ws(spec)
    args = {"batch": BATCH, "labellers": ["u0", "u1", "u2"], **kwargs}
    with pytest.raises(LabelDeskError) as err:
        assign_batch(ws.db, args.pop("batch"), args.pop("labellers"), **args)
    assert message in str(err.value)
    assert_untouched(ws)


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        (Spec(("en",), (("en",),)), "the workspace has no hidden gold items"),
        (
            Spec(("en",), (("en",),), other_gold=("en",)),
            "none of the 1 hidden gold items is on taxonomy 't1'",
        ),
        (Spec(("en",), (("en",),), gold=("th", "zh")), "are in th, zh, which none of u0 labels"),
    ],
)
def test_gold_that_cannot_be_used_is_refused_with_the_reason(make_ws, spec, message) -> None:
    ws = make_ws(spec)
    with pytest.raises(LabelDeskError, match="gold was asked for") as err:
        assign_batch(ws.db, BATCH, ["u0"], gold=0.1)
    assert message in str(err.value)
    assert_untouched(ws)


def test_training_gold_is_not_mixed_into_production(make_ws) -> None:
    ws = make_ws(Spec(("en",) * 4, (("en",),), gold=("en",)))
    with ws.db.sessions.begin() as s:
        s.execute(GoldItem.__table__.update().values(pool=GoldPool.TRAINING))
    with pytest.raises(LabelDeskError, match="no hidden gold items"):
        assign_batch(ws.db, BATCH, ["u0"], gold=0.1)


def assert_untouched(ws: Workspace) -> None:
    """No assignment and no audit entry were written."""
    with ws.db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Assignment)) == 0
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == 0


def _predict(ws: Workspace, scores: dict[str, list[float | None]]) -> None:
    """Conversation-level predictions with these scores, by external id (several per
    conversation allowed), plus a turn-level one that must not count."""
    with ws.db.sessions.begin() as s:
        ids = dict(s.execute(select(Conversation.external_id, Conversation.id)).tuples().all())
        for ext, values in scores.items():
            for i, score in enumerate(values):
                s.add(Prediction(conversation_id=ids[ext], label_key=f"l{i}", score=score))
            s.add(Prediction(conversation_id=ids[ext], label_key="t", turn_idx=0, score=0.0))


def test_least_confident_first_queues_by_the_best_prediction_score(make_ws) -> None:
    ws = make_ws(Spec(("en",) * 6, EVERYONE))
    # best score per conversation: c0000 0.9, c0001 0.2, c0002 0.55, c0003 none,
    # c0004 0.2 (a tie with c0001), c0005 only an unscored prediction
    _predict(ws, {"c0000": [0.3, 0.9], "c0001": [0.2], "c0002": [0.55, 0.1],
                  "c0004": [0.2], "c0005": [None]})  # fmt: skip
    assign_batch(ws.db, BATCH, ["u0"], least_confident_first=True)
    order = [r.conversation for r in sorted(rows(ws), key=lambda r: r.position)]
    assert order[2:4] == ["c0002", "c0000"]  # 0.55 then 0.9, after the two at 0.2
    assert set(order[:2]) == {"c0001", "c0004"}
    assert set(order[4:]) == {"c0003", "c0005"}  # no scored prediction: last
    # ties and unscored keep the seeded order of a run without the option
    plain = make_ws(Spec(("en",) * 6, EVERYONE))
    assign_batch(plain.db, BATCH, ["u0"])
    seeded = [r.conversation for r in sorted(rows(plain), key=lambda r: r.position)]
    assert [c for c in seeded if c in ("c0001", "c0004")] == order[:2]
    assert [c for c in seeded if c in ("c0003", "c0005")] == order[4:]


def test_least_confident_first_spreads_work_as_evenly(make_ws) -> None:
    ws = make_ws(Spec(("en",) * 10, EVERYONE))
    _predict(ws, {f"c{i:04d}": [i / 10] for i in range(10)})
    result = assign_batch(ws.db, BATCH, ["u0", "u1"], least_confident_first=True)
    assert result.added == {"u0": 5, "u1": 5}
    for user in ("u0", "u1"):
        mine = sorted((r for r in rows(ws) if r.user == user), key=lambda r: r.position)
        assert [r.conversation for r in mine] == sorted(r.conversation for r in mine)

"""LabelSearch: ranking, typos, scripts without spaces, accents, synonyms, keys, boosts."""

from __future__ import annotations

import itertools
import random

import pytest
from rapidfuzz.distance import OSA
from taxonomy_data import taxonomy_fixture

from labeldesk.taxonomy.dto import LabelDTO, TaxonomyDTO
from labeldesk.taxonomy.search import LabelSearch, SearchHit, field_words, fold


def label(key: str, name: str, parent: str | None = None, **extra) -> LabelDTO:
    """A label DTO; position is filled in by :func:`labels`."""
    return LabelDTO(
        key=key,
        parent_key=parent,
        path=name,
        depth=1 if parent is None else 2,
        position=0,
        name=name,
        **extra,
    )


def keys(hits: list[SearchHit]) -> list[str]:
    return [hit.key for hit in hits]


bitext = taxonomy_fixture("bitext")
sgd = taxonomy_fixture("sgd")
translated = taxonomy_fixture("translated")
shop = taxonomy_fixture("shop")


# -- folding ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Hoàn TIỀN", "hoan tien"),
        ("Đơn hàng", "don hang"),
        ("cancel_order", "cancel order"),
        ("ORDER>cancel", "order cancel"),
        ("ＡＢＣ１", "abc1"),  # noqa: RUF001 - full-width letters from an IME
        ("จัดส่งล่าช้า", "จัดส่งล่าช้า"),  # Thai marks are kept
    ],
)
def test_fold_drops_case_accents_and_punctuation(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_field_words_split_camel_case_and_keep_the_whole_run() -> None:
    assert field_words("Banks_1>CheckBalance") == ["banks", "1", "check", "balance", "checkbalance"]


# -- ranking ------------------------------------------------------------------------------


def test_exact_beats_word_beats_prefix_beats_substring_beats_typo() -> None:
    search = LabelSearch(
        [
            label("typo", "Refunt request"),  # a typo of the query
            label("inside", "Prerefund check"),  # the query inside a word
            label("prefix", "Refunded order"),  # a word starting with the query
            label("word", "Refund status"),  # the query as a whole word
            label("exact", "Refund"),  # the whole name
            label("other", "Delivery"),
        ]
    )
    hits = search.search("refund")
    assert keys(hits) == ["exact", "word", "prefix", "inside", "typo"]
    scores = [hit.score for hit in hits]
    assert scores == sorted(scores, reverse=True)
    assert len(set(scores)) == 5


def test_every_token_must_match(bitext: TaxonomyDTO) -> None:
    search = LabelSearch(bitext.labels)
    assert keys(search.search("cancel order")) == ["ORDER>cancel_order"]
    assert keys(search.search("order cancel")) == ["ORDER>cancel_order"]
    assert search.search("cancel zebra") == []


def test_equal_scores_keep_taxonomy_order(bitext: TaxonomyDTO) -> None:
    hits = LabelSearch(bitext.labels).search("refund")
    assert hits[0] == SearchHit("REFUND", 1.0, "REFUND", "name")
    tied = [hit.key for hit in hits[1:]]
    assert tied == ["REFUND>check_refund_policy", "REFUND>get_refund", "REFUND>track_refund"]
    assert len({hit.score for hit in hits[1:]}) == 1


def test_type_ahead_finds_the_label_at_every_keystroke(bitext: TaxonomyDTO) -> None:
    search = LabelSearch(bitext.labels)
    for n in range(1, len("track order") + 1):
        assert "ORDER>track_order" in keys(search.search("track order"[:n], limit=50)), n


def test_limit(bitext: TaxonomyDTO) -> None:
    search = LabelSearch(bitext.labels)
    assert len(search.search("c", limit=5)) == 5
    assert search.search("order", limit=0) == []


# -- typos --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("refnd", "REFUND>get_refund"),  # a letter left out
        ("get refnud", "REFUND>get_refund"),  # two letters swapped
        ("cancle order", "ORDER>cancel_order"),
        ("pasword", "ACCOUNT>recover_password"),
        ("shiping adress", "SHIPPING_ADDRESS>change_shipping_address"),
        ("refn", "REFUND>get_refund"),  # a typo while still typing the word
    ],
)
def test_typos_still_find_the_label(bitext: TaxonomyDTO, query: str, expected: str) -> None:
    hits = LabelSearch(bitext.labels).search(query)
    assert expected in keys(hits)


def test_a_typo_ranks_below_a_correct_match() -> None:
    search = LabelSearch([label("late", "Late delivery"), label("lane", "Lane closed")])
    assert keys(search.search("late")) == ["late", "lane"]


def test_short_tokens_are_not_matched_with_typos(bitext: TaxonomyDTO) -> None:
    assert LabelSearch(bitext.labels).search("xq") == []


# -- languages ----------------------------------------------------------------------------

REFUND_NAMES = {
    "th": "ไม่ได้รับเงินคืน",
    "zh": "未收到退款",
    "vi": "Chưa nhận được hoàn tiền",
}


@pytest.fixture
def multilingual() -> LabelSearch:
    return LabelSearch(
        [
            label("refund", "Refunds"),
            label("refund.missing", "Refund not received", "refund", names=REFUND_NAMES),
            label("order", "Order", names={"th": "คำสั่งซื้อ", "zh": "订单", "vi": "Đơn hàng"}),
        ]
    )


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("เงินคืน", "name_th"),  # Thai: no spaces, found inside the run
        ("ไม่ได้รับ", "name_th"),
        ("退款", "name_zh"),  # Chinese: inside the run
        ("未收到", "name_zh"),
        ("hoan tien", "name_vi"),  # Vietnamese typed without accents
        ("HOÀN TIỀN", "name_vi"),
        ("chua nhan", "name_vi"),
    ],
)
def test_thai_chinese_and_vietnamese(multilingual: LabelSearch, query: str, field: str) -> None:
    hits = multilingual.search(query)
    assert hits[0].key == "refund.missing"
    assert hits[0].field == field
    assert hits[0].text == REFUND_NAMES[field.removeprefix("name_")]


def test_a_single_chinese_character_matches(multilingual: LabelSearch) -> None:
    assert keys(multilingual.search("款")) == ["refund.missing"]


def test_languages_limit_the_names_searched() -> None:
    labels = [label("refund.missing", "Refund not received", names=REFUND_NAMES)]
    assert LabelSearch(labels, languages={"th"}).search("退款") == []
    assert keys(LabelSearch(labels, languages={"zh"}).search("退款")) == ["refund.missing"]


def test_translated_names_from_an_imported_file(translated: TaxonomyDTO) -> None:
    search = LabelSearch(translated.labels)
    assert search.search("ล่าช้า")[0] == SearchHit(
        "order.late", search.search("ล่าช้า")[0].score, "จัดส่งล่าช้า", "name_th"
    )
    assert keys(search.search("延迟")) == ["order.late"]


# -- synonyms, keys, deprecated, boosts ---------------------------------------------------


def test_synonyms_match_and_say_so(translated: TaxonomyDTO) -> None:
    hits = LabelSearch(translated.labels).search("overdue")
    assert hits == [SearchHit("order.late", hits[0].score, "overdue", "synonym")]


def test_a_name_match_ranks_above_a_synonym_match() -> None:
    search = LabelSearch(
        [
            label("a", "Parcel lost", synonyms=("delayed shipment",)),
            label("b", "Delayed parcel"),
        ]
    )
    assert keys(search.search("delayed")) == ["b", "a"]


def test_keys_match(bitext: TaxonomyDTO, sgd: TaxonomyDTO) -> None:
    hit = LabelSearch(bitext.labels).search("ORDER>track_order")[0]
    assert (hit.key, hit.field) == ("ORDER>track_order", "name")  # the name equals the key's leaf
    sgd_hits = LabelSearch(sgd.labels).search("banks_2 balance")
    assert keys(sgd_hits) == ["Banks_2>CheckBalance"]
    assert sgd_hits[0].field in ("key", "name")


def test_camel_case_names_match_by_word(sgd: TaxonomyDTO) -> None:
    search = LabelSearch(sgd.labels)
    assert set(keys(search.search("balance"))) == {"Banks_1>CheckBalance", "Banks_2>CheckBalance"}
    assert keys(search.search("checkbal"))[0].endswith("CheckBalance")


def test_deprecated_labels_only_on_request(shop: TaxonomyDTO) -> None:
    search = LabelSearch(shop.labels)
    assert search.search("norway") == []
    assert keys(search.search("norway", include_deprecated=True)) == ["NO"]


def test_boosts_reorder_within_a_kind_of_match(bitext: TaxonomyDTO) -> None:
    search = LabelSearch(bitext.labels)
    plain = keys(search.search("order"))
    assert plain[:2] == ["ORDER", "ORDER>cancel_order"]
    boosted = keys(search.search("order", boost={"ORDER>track_order": 0.05}))
    assert boosted[:2] == ["ORDER", "ORDER>track_order"]  # the exact match stays first


def test_boosts_of_unknown_keys_are_ignored(bitext: TaxonomyDTO) -> None:
    search = LabelSearch(bitext.labels)
    assert search.search("order", boost={"nope": 1.0}) == search.search("order")


@pytest.mark.parametrize("query", ["", "   ", "> / _", "\t"])
def test_an_empty_query_matches_nothing(bitext: TaxonomyDTO, query: str) -> None:
    assert LabelSearch(bitext.labels).search(query) == []


def test_an_empty_taxonomy() -> None:
    assert LabelSearch([]).search("anything") == []


# -- 5,000 labels -------------------------------------------------------------------------

ADJECTIVES = [
    "late", "missing", "damaged", "wrong", "double", "partial", "expired", "blocked", "slow",
    "broken", "duplicate", "unpaid", "cancelled", "pending", "failed", "incorrect", "lost",
    "extra", "early", "urgent",
]  # fmt: skip
NOUNS = [
    "parcel", "invoice", "payment", "voucher", "address", "password", "card", "order", "refund",
    "receipt", "booking", "ticket", "subscription", "account", "delivery", "transfer", "plan",
    "device", "warranty", "points", "wallet", "courier", "return", "exchange", "bill",
]  # fmt: skip
PLANTED = LabelDTO(
    key="d7.t3.refund_not_received",
    parent_key="d7.t3",
    path="Domain 7 > Topic 3 > Refund not received",
    depth=3,
    position=0,
    name="Refund not received",
    names=REFUND_NAMES,
    synonyms=("money never came back",),
)


def generated_labels(seed: int = 7) -> list[LabelDTO]:
    """10 domains x 20 topics x 24 leaves (+ 1 planted leaf) = 5,011 labels, depth-first."""
    rng = random.Random(seed)
    pairs = list(itertools.product(ADJECTIVES, NOUNS))
    out: list[LabelDTO] = []
    for d in range(10):
        out.append(
            LabelDTO(f"d{d}", None, f"Domain {d}", 1, len(out), f"Domain {d}", is_leaf=False)
        )
        for t in range(20):
            tkey = f"d{d}.t{t}"
            out.append(LabelDTO(tkey, f"d{d}", f"Domain {d} > Topic {t}", 2, len(out), f"Topic {t}",
                                is_leaf=False))  # fmt: skip
            for adjective, noun in rng.sample(pairs, 24):
                name = f"{noun.capitalize()} {adjective}"
                out.append(LabelDTO(f"{tkey}.{noun}_{adjective}", tkey, name, 3, len(out), name,
                                    deprecated=rng.random() < 0.01))  # fmt: skip
            if (d, t) == (7, 3):
                out.append(PLANTED)
    return out


@pytest.fixture(scope="module")
def big() -> tuple[list[LabelDTO], LabelSearch]:
    labels = generated_labels()
    return labels, LabelSearch(labels)


def test_5000_labels_find_the_planted_label_in_every_language(big) -> None:
    labels, search = big
    assert len(labels) == 5011
    for query in ("refund not received", "refnd not recieved", "เงินคืน", "未收到退款",
                  "hoan tien", "money never"):  # fmt: skip
        assert search.search(query)[0].key == PLANTED.key, query


def _contains(token: str, word: str) -> bool:
    """The non-typo match rule: a word starts with the token, or (2+ chars) contains it."""
    return word.startswith(token) or (len(token) >= 2 and token in word)


def _near(token: str, word: str) -> bool:
    """Within the typo rule: 1 edit (2 from 8 chars) of the word or of a start of it."""
    cutoff = 1 if len(token) < 8 else 2
    starts = {word[:n] for n in (len(token) - 1, len(token), len(token) + 1)}
    return any(OSA.distance(token, w) <= cutoff for w in (word, *starts))


def test_5000_labels_hits_are_exactly_the_matching_labels(big) -> None:
    """Every label whose words hold every token is a hit; any other hit is a typo match."""
    labels, search = big
    rng = random.Random(3)
    queries = ["parcel", "late", "card dam", "ord", "dup inv", "ail", "wallet lost", "urgent b"]
    queries += [f"{rng.choice(NOUNS)[:4]} {rng.choice(ADJECTIVES)[:3]}" for _ in range(10)]
    by_key = {lb.key: lb for lb in labels}

    def words(lb: LabelDTO) -> list[str]:
        texts = (lb.name, lb.key, *lb.synonyms, *lb.names.values())
        return [w for text in texts for w in field_words(text)]

    for query in queries:
        tokens = fold(query).split()
        expected = {
            lb.key
            for lb in labels
            if not lb.deprecated and all(any(_contains(t, w) for w in words(lb)) for t in tokens)
        }
        found = [h.key for h in search.search(query, limit=len(labels))]
        assert len(set(found)) == len(found)
        assert expected <= set(found), query
        for key in set(found) - expected:
            lb_words = words(by_key[key])
            assert all(any(_contains(t, w) or _near(t, w) for w in lb_words) for t in tokens)
            assert not by_key[key].deprecated


def test_5000_labels_ranking_puts_whole_words_first(big) -> None:
    _, search = big
    hits = search.search("parcel late")
    top = [h for h in hits if h.score == hits[0].score]
    assert all(h.text.lower() == "parcel late" or "parcel_late" in h.key for h in top)

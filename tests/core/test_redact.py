"""``labeldesk.redact``: each type of personal data is masked, look-alikes are not, overlaps
are resolved, workspace patterns are checked, and no input makes the regexes backtrack.

The huge inputs at the end are the known worst cases for regex backtracking (long runs of
digit groups, of letters before an ``@``, of keywords); with a backtracking pattern they
would run for hours, so a regression shows as a test that does not finish.
"""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from labeldesk.redact import (
    CARD,
    EMAIL,
    NATIONAL_ID,
    PHONE,
    PatternError,
    RedactionCounts,
    Redactor,
    Span,
    check_patterns,
    resolve,
)
from labeldesk.redact.defaults import DEFAULT_PATTERNS

REDACTOR = Redactor(DEFAULT_PATTERNS)


def masked(text: str) -> str:
    return REDACTOR.redact(text).text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("mail me at somchai.k@gmail.com.", "mail me at [EMAIL]."),
        ("อีเมลnok_p+shop@mail.co.thค่ะ", "อีเมล[EMAIL]ค่ะ"),
        ("UPPER@EXAMPLE.COM.SG ok", "[EMAIL] ok"),
    ],
)
def test_emails(text, want):
    assert masked(text) == want


@pytest.mark.parametrize(
    "phone",
    [
        # TH
        "081-234-5678",
        "0897654321",
        "02-123-4567",
        "053-123456",
        "+66 81 234 5678",
        "+66 (0) 89 765 4321",
        "66812345678",
        "๐๘๑-๒๓๔-๕๖๗๘",
        # MY
        "012-345 6789",
        "011-2345 6789",
        "03-2345 6789",
        "+60 12-345 6789",
        "+6019-2345678",
        "60123456789",
        # ID
        "0812-3456-7890",
        "081234567890",
        "(021) 5678 9012",
        "+62 857-1234-5678",
        "6281234567890",
        "0813.1234.5678",
        "(+62) 812-9876-5432",
        # VN
        "0912 345 678",
        "090.123.4567",
        "028 3823 4567",
        "+84 912 345 678",
        "84912345678",
        # PH
        "0917 123 4567",
        "09171234567",
        "(02) 8123 4567",
        "+63 917 123 4567",
        "+639171234567",
        # SG, and a number of another country written with +
        "9123 4567",
        "+65 6123-4567",
        "+6591234567",
        "+86 138 0013 8000",
        # full-width digits, as typed on a Chinese keyboard
        "０１２-３４５ ６７８９",  # noqa: RUF001 - full-width digits are the point
    ],
)
def test_phone_numbers_of_the_six_countries(phone):
    assert masked(f"call {phone} please") == "call [PHONE] please"


@pytest.mark.parametrize(
    "text",
    [
        "price Rp 1.250.000 only",
        "total 89.000.000 đ",
        "paid RM 1299.00",
        "฿12900 ok",
        "on 31-08-2024 at 10:30",
        "on 2024.03.15",
        "1800 88 1234 hotline",
        "1-300-88-1234",
        "SKU-98812345 wrong colour",
        "serial 100234567890",
        "barcode 8850999320014",
        "OTP 482913",
        "postcode 560123",
        "qty 12, 3-5 days",
        "call 1111 now",
        "TH0412345678A is a tracking code, not a phone",
        "member 12345678901",
    ],
)
def test_amounts_dates_codes_and_hotlines_are_not_phones(text):
    assert Redactor().spans(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "promo valid 01.01.2024 - 31.01.2024",
        "Promo 15-03-2024 - 20-03-2024",
        "beli pada 01.03.2024 - 05.03.2024",
        "ngày 15.03.2024 10.30",
        "dates: 2024-03-15 2024-03-16",
        "SL 2 - 150.000 - 300.000",
    ],
)
def test_no_part_of_a_date_or_an_amount_in_a_longer_run_is_a_number(text):
    """Date ranges, a date and a time, and amounts in a row were cut into phone numbers
    (``01.[PHONE].2024``) or a Thai id: a stretch must not take part of a date or amount."""
    assert Redactor().spans(text) == []


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("giá 65000000", ""),
        ("harga: 99000000 sudah termasuk ongkir", ""),
        ("total 89900000", ""),
        ("ยอดรวม 90000000 บาท", ""),
        ("总共 98000000", ""),
        ("qty 80000000", ""),
        ("65000000", "price"),
        ("95000000", "order total"),
    ],
)
def test_a_number_right_after_a_word_for_price_or_quantity_is_not_a_phone(text, context):
    """Eight digits starting 6, 8 or 9 pass as a Singapore number; after "price", "harga",
    "giá", "ยอดรวม", "总共"... (or in a metadata field named so) they are an amount."""
    assert Redactor().spans(text, context) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("harga 99rb, hp 91234567", "harga 99rb, hp [PHONE]"),
        ("total 2 orders, call 0812345678", "total 2 orders, call [PHONE]"),
        ("tgl 15.03.2024 0812345678", "tgl 15.03.2024 [PHONE]"),
        ("Rp 1.250.000 0812-3456-7890", "Rp 1.250.000 [PHONE]"),
        ("call +84 912.345.678", "call [PHONE]"),
    ],
)
def test_a_number_next_to_a_date_or_amount_is_still_masked(text, want):
    assert masked(text) == want


@pytest.mark.parametrize("key", ["timestamp", "created_at_ms", "sent_at", "ts", "epoch"])
def test_an_epoch_time_in_a_field_named_for_a_time_is_not_a_thai_id(key):
    """1731567890123 (milliseconds since 1970) has a valid Thai id check digit, as one in
    eleven such times has; in a metadata field named for a time it is a time."""
    context = key.replace("_", " ")
    assert Redactor().spans("1731567890123", context) == []
    assert masked("บัตรประชาชน 1731567890123") == "บัตรประชาชน [NATIONAL_ID]"


def test_thai_id_needs_its_check_digit():
    assert masked("บัตรประชาชน 1-2601-81590-83-9") == "บัตรประชาชน [NATIONAL_ID]"
    assert masked("id 3574911862521") == "id [NATIONAL_ID]"
    assert REDACTOR.spans("บัตรประชาชน 1-3307-92440-26-3") == []  # check digit off by one
    assert REDACTOR.spans("เลขบัตร 1459571177776") == []


def test_mykad_needs_a_real_birth_date_and_place_code():
    assert masked("IC 850312-14-5523") == "IC [NATIONAL_ID]"
    assert masked("My IC no: 920704106188") == "My IC no: [NATIONAL_ID]"
    assert masked("IC号码920704106188") == "IC号码[NATIONAL_ID]"
    assert REDACTOR.spans("IC 851332-14-5523") == []  # month 13
    assert REDACTOR.spans("IC 990231-10-1234") == []  # 31 February
    assert REDACTOR.spans("IC 920704-17-6188") == []  # no place of birth 17


def test_unformatted_twelve_digits_are_a_mykad_only_after_a_word_for_it():
    assert REDACTOR.spans("reference 920704106188 on the receipt") == []


def test_nik_needs_a_region_and_a_birth_date():
    assert masked("NIK 3171015708850003") == "NIK [NATIONAL_ID]"  # a woman: day 17 + 40
    assert masked("KTP 3273 0125 0590 0001") == "KTP [NATIONAL_ID]"
    assert REDACTOR.spans("NIK 3171013208850003") == []  # day 32
    assert REDACTOR.spans("NIK 9971011708450001") == []  # no province 99


def test_cards_need_luhn_and_an_issuer():
    for card in (
        "4885 3933 6338 7508",
        "5280729022279180",
        "3758 948113 11441",
        "4047-4395-7551-3137",
        "6219314170586498",
    ):
        assert masked(f"card {card} declined") == "card [CARD] declined"
    assert REDACTOR.spans("card 4885 3933 6338 7501 declined") == []  # Luhn fails
    assert REDACTOR.spans("number 1234567812345670 here") == []  # Luhn passes, no issuer 1


def test_a_card_is_not_also_a_phone_and_no_part_of_a_bad_one_is():
    spans = REDACTOR.spans("card 4111 1111 1111 1111 or 0812345678")
    assert [s.kind for s in spans] == [CARD, PHONE]
    # 6338 7501 would be a Singapore number on its own
    assert REDACTOR.spans("Card 4885 3933 6338 7501 fails") == []


def test_an_ambiguous_number_takes_the_type_its_words_name():
    # valid both as a Mastercard and as a NIK
    assert REDACTOR.spans("Kad 5263 5515 0587 7061 ditolak")[0].kind == CARD
    assert REDACTOR.spans("NIK 5263 5515 0587 7061")[0].kind == NATIONAL_ID


def test_two_numbers_side_by_side_are_two_masks():
    assert masked("0812345678 0898765432") == "[PHONE] [PHONE]"
    assert masked("081 234 5678 089 876 5432") == "[PHONE] [PHONE]"
    assert masked("call 9876 5432 30 min before") == "call [PHONE] 30 min before"


def test_an_email_wins_over_the_digits_in_it():
    assert masked("0812345678@gmail.com") == "[EMAIL]"


def test_brackets_stay_paired():
    assert masked("call (0812345678) now") == "call [PHONE] now"
    assert masked("call (02) 8123 4567 now") == "call [PHONE] now"


def test_default_order_and_tracking_patterns():
    assert masked("My order no. 240315ABCD1234, tracking TH0412345678A") == (
        "My order no. [ORDER], tracking [TRACKING]"
    )
    assert masked("Order #12345678 please") == "Order #[ORDER] please"
    assert masked("INV/20240315/MPL/3812345678 belum") == "[ORDER] belum"
    assert masked("คำสั่งซื้อเลขที่ 240315ABCD1234 ค่ะ") == "คำสั่งซื้อเลขที่ [ORDER] ค่ะ"
    assert masked("订单号240315ABCD1234") == "订单号[ORDER]"
    assert masked("Mã vận đơn GHN5A7B9C2D ạ") == "Mã vận đơn [TRACKING] ạ"
    assert masked("Resi JNE CGK1234567890123") == "Resi JNE [TRACKING]"
    assert masked("parcel EB123456789TH") == "parcel [TRACKING]"
    for text in ("I ordered 2 items for 350 baht", "order of 12000 baht", "ordered on 15/03"):
        assert REDACTOR.spans(text) == []


def test_context_names_what_a_field_holds():
    assert REDACTOR.redact("5664107866").counts == {}
    redacted = REDACTOR.redact("5664107866", context="order id")
    assert redacted.text == "[ORDER]"
    assert redacted.counts == {"ORDER": 1}


def test_workspace_patterns_mask_their_first_group_if_they_have_one():
    r = Redactor({"TICKET": r"(?i:ticket\s*#?)(\d{4,})", "SKU": r"SKU-\d{5}"})
    assert r.redact("ticket #4521 and SKU-12345").text == "ticket #[TICKET] and [SKU]"
    assert r.redact("ticket #4521").counts == {"TICKET": 1}


def test_no_patterns_means_builtin_types_only():
    assert Redactor().redact("order 240315ABCD1234 call 0812345678").text == (
        "order 240315ABCD1234 call [PHONE]"
    )


@pytest.mark.parametrize(
    ("patterns", "needle"),
    [
        ({"ORDER": "ORD-(\\d+"}, "pattern ORDER ('ORD-(\\\\d+') is not a valid regular expression"),
        ({"order": "x\\d"}, "type name 'order' must be upper-case letters A-Z and _"),
        ({"ORDER2": "x\\d"}, "type name 'ORDER2'"),
        ({"ORDER": 5}, "pattern ORDER must be a regular expression (a string), not 5"),
        ({"ORDER": "\\d*"}, "pattern ORDER ('\\\\d*') matches empty text"),
        (["ORD-\\d+"], "must be an object of TYPE: regex"),
    ],
)
def test_bad_patterns_are_refused_naming_the_setting_and_the_pattern(patterns, needle):
    with pytest.raises(PatternError) as exc:
        Redactor(patterns)
    assert str(exc.value).startswith("setting 'redaction.patterns'")
    assert needle in str(exc.value)
    with pytest.raises(PatternError, match=r"setting 'my\.patterns'"):
        check_patterns(patterns, setting="my.patterns")


def test_counts_add_up_and_stay_sorted():
    a = RedactionCounts.of([Span(0, 1, PHONE), Span(2, 3, EMAIL), Span(4, 5, PHONE)])
    assert dict(a) == {EMAIL: 1, PHONE: 2}
    assert list(a + {CARD: 1, PHONE: 1}) == [CARD, EMAIL, PHONE]
    assert (a + {PHONE: 1})[PHONE] == 3
    assert (a + {PHONE: 1}).total == 4
    assert RedactionCounts({"X": 0}) == {}


def test_resolve_keeps_the_most_text_then_the_better_checked_type():
    spans = [Span(0, 10, PHONE), Span(0, 13, NATIONAL_ID), Span(11, 20, PHONE), Span(0, 10, CARD)]
    assert resolve(spans) == [Span(0, 10, CARD), Span(11, 20, PHONE)]
    assert resolve([Span(0, 5, PHONE), Span(0, 5, "ORDER")]) == [Span(0, 5, "ORDER")]


# -- properties -----------------------------------------------------------------------------

PII_BITS = [
    "0812345678",
    "+65 9123 4567",
    "4111 1111 1111 1111",
    "a.b@gmail.com",
    "1-2601-81590-83-9",
    "850312-14-5523",
    "3171015708850003",
    "order #12345678",
    "TH0412345678A",
    "240315ABCD1234",
    "(02) 8123 4567",
    "Rp 1.250.000",
    "15-03-2024",
]
chat_text = st.lists(
    st.one_of(
        st.sampled_from(PII_BITS),
        st.text(alphabet="0123456789 -.()+@#/:", max_size=24),
        st.text(alphabet="abcxyzORDEABCIKPTH# สวัสดีค่ะ订单号你好๑๒", max_size=12),
    ),
    max_size=8,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(chat_text)
def test_redacting_twice_changes_nothing(text):
    once = REDACTOR.redact(text)
    twice = REDACTOR.redact(once.text)
    assert twice.text == once.text
    assert twice.counts == {}


@settings(max_examples=300, deadline=None)
@given(st.text().filter(lambda t: "@" not in t and not re.search(r"\d", t)))
def test_text_with_no_digit_or_at_sign_is_unchanged(text):
    redacted = REDACTOR.redact(text)
    assert redacted.text == text
    assert redacted.counts == {}


@settings(max_examples=200, deadline=None)
@given(chat_text)
def test_spans_are_ordered_and_disjoint_and_each_is_counted(text):
    spans = REDACTOR.spans(text)
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
    assert all(a.end <= b.start for a, b in pairwise(spans))
    redacted = REDACTOR.redact(text)
    assert redacted.counts.total >= len(spans)
    assert redacted.text.count("[") - text.count("[") == redacted.counts.total


# -- huge inputs ----------------------------------------------------------------------------

MB = 1_000_000


@pytest.mark.parametrize(
    "text",
    [
        "0" * MB,
        "12-" * (MB // 3),
        "1 " * (MB // 2),
        "4111 " * (MB // 5),
        "+1 (2) 3-4.5 " * (MB // 13),
        "a" * MB + "@",
        "a@" + "b." * (MB // 2),
        "order #" * (MB // 7),
        "tracking AAAA" * (MB // 13),
        "A1" * (MB // 2),
        "๑" * MB,
    ],
    ids=[
        "digits",
        "dash-groups",
        "space-groups",
        "card-groups",
        "mixed-separators",
        "local-part",
        "domain-labels",
        "order-keywords",
        "tracking-keywords",
        "letters-and-digits",
        "thai-digits",
    ],
)
def test_a_one_megabyte_field_without_personal_data_is_linear_work(text):
    assert REDACTOR.redact(text).text == text


def test_a_one_megabyte_message_is_masked_throughout():
    line = "Hi, call 081-234-5678 or mail a.b@gmail.com about order 240315ABCD1234. "
    text = line * (MB // len(line))
    redacted = REDACTOR.redact(text)
    n = MB // len(line)
    assert redacted.counts == {EMAIL: n, "ORDER": n, PHONE: n}
    assert "081-234-5678" not in redacted.text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("my order number is 58213377", "my order number is [ORDER]"),
        ("我的订单号是 SG240315123456", "我的订单号是 [ORDER]"),
        ("Mã đơn hàng của tôi là 2403158821", "Mã đơn hàng của tôi là [ORDER]"),
        ("nomor pesanan saya 58213377", "nomor pesanan saya [ORDER]"),
        ("pesananku 58213377 belum sampai", "pesananku [ORDER] belum sampai"),
        ("resi saya JP1234567890", "resi saya [TRACKING]"),
        ("the order is late", "the order is late"),
        ("order of 25 boxes on 15.03.2024", "order of 25 boxes on 15.03.2024"),
    ],
)
def test_order_and_tracking_numbers_after_a_few_filler_words(text, masked):
    from labeldesk.redact.defaults import DEFAULT_PATTERNS

    assert Redactor(DEFAULT_PATTERNS).redact(text).text == masked

"""Phone, card and national-id numbers in a text: digit runs, cut and checked.

A *run* is digits in groups joined by the separators people type in numbers (space, dash,
dot, brackets), maybe after ``+`` or ``(``. Two numbers next to each other form one run, so
every stretch of at most :data:`MAX_GROUPS` groups and 8 to 19 digits is checked
(:mod:`labeldesk.redact.checks`); the resolver then keeps the best set that does not overlap.
A stretch shaped like an amount (``1.250.000``) or a date (``15-03-2024``), right next to a
currency, glued to letters (``TH0412345678A``, ``SKU-98812345``), after ``#``, or after words
such as "SKU" or "barcode" is not personal data; nor is any part of a run shaped like a
card or a formatted Thai id or MyKad but the whole. When a stretch is valid as several
types, words just before it decide (``IC``, ``card``, ``โทร``…), else a national id beats a
card, which beats a phone number.

Everything is linear in the text: the run pattern cannot backtrack (possessive quantifiers),
and each group starts at most :data:`MAX_GROUPS` stretches.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import NamedTuple

from labeldesk.redact.checks import is_card, is_mykad, is_nik, is_phone, is_thai_id
from labeldesk.redact.types import CARD, NATIONAL_ID, PHONE, Span

#: Most digit groups in one number (``+66 (0) 81 234 5678``, ``1-2345-67890-12-3``).
MAX_GROUPS = 6
MIN_DIGITS, MAX_DIGITS = 8, 19
#: Characters before a number read for words that say what it is.
CONTEXT_CHARS = 40

_SEP = r"(?:[ \u00a0]?[-.\u2010-\u2013][ \u00a0]?|[ \u00a0]|\)[ \u00a0]?|[ \u00a0]?\()"
_RUN = re.compile(
    r"(?=[(+\d])"  # (lets the scanner skip other characters fast)
    r"(?<![A-Za-z_\d#])(?<![A-Za-z]-)"  # not in a word, a number, a code (SKU-123), #123
    r"(?P<lead>\(?\+[ \u00a0]?|\()?"
    r"\d++(?:" + _SEP + r"\d++)*+"
)
_GROUP = re.compile(r"\d+")
_MASK = re.compile(r"\[[A-Z_]+\]")
_ENOUGH_DIGITS = re.compile(rf"\D*+(?:\d\D*+){{{MIN_DIGITS}}}")  # a cheap first test
_GLUED = re.compile(r"[A-Za-z_]|[-/][A-Za-z]")  # after a number: it is part of a code
_AMOUNT = re.compile(r"[1-9]\d{0,2}(?:[.,]\d{3})+")
#: Digit groups joined by a dash or dot with no space: where a date or an amount is read.
_TOKEN = re.compile(r"\d+(?:[-.\u2010-\u2013]\d+)*+")
_DATE = re.compile(r"\d{1,2}([-.])\d{1,2}\1\d{2,4}|\d{4}([-.])\d{1,2}\2\d{1,2}")
_CURRENCY_BEFORE = re.compile(r"(?:rp|rm|s?\$|฿|₱|php|sgd|usd|vnd|idr|thb|myr)\.?\s?$", re.I)
_CURRENCY_AFTER = re.compile(
    r"\s?(?:₫|บาท|元|块|円|(?:đ|vnd|baht|rp|ringgit|peso|dong|đồng|k|usd|sgd|myr|thb|idr|php)"
    r"(?![A-Za-z\u00c0-\u024f\u1e00-\u1eff]))",
    re.I,
)


def _words(pattern: str) -> re.Pattern[str]:
    """Case-insensitive keywords; ``<word>`` must not touch other Latin letters (CJK or Thai
    may: those scripts run words together)."""
    return re.compile(re.sub(r"<([^>]+)>", r"(?<![A-Za-z])(?:\1)(?![A-Za-z])", pattern), re.I)


_NOT_PERSONAL = _words(
    r"sku|barcode|bar code|<ean|upc>|isbn|model|serial|<siri>|รหัสสินค้า|บาร์โค้ด|mã vạch"
    r"|mã sản phẩm|kode produk|kode barang|条码|条形码|型号|货号|序列号"
)
#: A word for a price, total or quantity right before a number: the number is an amount;
#: or for a time (a metadata field such as ``created_at_ms``): it is an epoch time.
_AMOUNT_BEFORE = _words(
    r"(?:<price|prices|total|subtotal|amount|cost|qty|quantity|weight|harga|jumlah|biaya"
    r"|berat|giá|tổng|phí|presyo|halaga|kabuuan>|tổng cộng|số lượng|số tiền|thành tiền"
    r"|ราคา|ยอด|ยอดรวม|รวม|จำนวน|价格|价钱|金额|总共|合计|总计|数量"
    r"|<timestamp|epoch|ts|created|updated|sent|received>(?: at)?(?: ms)?)[\s:\uff1a=]{0,3}$"
)
_SAYS_ID = _words(
    r"<i/?c|nric|mykad|k/?p|nik|ktp|id>|pengenalan|identity|citizen"
    r"|บัตรประชาชน|ประจำตัว|身份|证件|身分"
)
_SAYS_CARD = _words(
    r"card|credit|debit|kredit|<visa|master|mastercard|amex|jcb|kad|kartu>|บัตรเครดิต|เดบิต"
    r"|thẻ|卡"
)
_SAYS_PHONE = _words(
    r"phone|<tel|call|hp|wa|sms>|mobile|whatsapp|contact|โทร|เบอร์|电话|電話|手机"
    r"|điện thoại|<sđt>|telepon|telefon|hubungi|nombor|nomor"
)


def ascii_digits(text: str) -> str:
    """``text``'s digits (Thai, full-width, … included) as ASCII digits, nothing else."""
    if text.isascii():
        return "".join(ch for ch in text if ch.isdigit())
    return "".join(str(unicodedata.decimal(ch)) for ch in text if ch.isdecimal())


def number_spans(text: str) -> Iterator[Span]:
    """Every stretch of ``text`` that is a phone, card or national-id number (they overlap)."""
    if _ENOUGH_DIGITS.match(text) is None:
        return
    for run in _RUN.finditer(text):
        if run.end() - run.start() >= MIN_DIGITS:
            yield from _run_spans(text, run)


def _run_spans(text: str, run: re.Match[str]) -> Iterator[Span]:
    groups = [
        (g.start(), g.end(), ascii_digits(g.group()))
        for g in _GROUP.finditer(text, run.start(), run.end())
    ]
    lead = run.group("lead") or ""
    before = _words_before(text, run.start())
    if _NOT_PERSONAL.search(before[-24:]):
        return
    sizes = [len(g[2]) for g in groups]
    last = len(groups) - 1
    whole_only = _whole_only(sizes)
    in_date_or_amount = _in_date_or_amount(text, run, groups)
    for i in range(1 if whole_only else len(groups)):
        digits = ""
        for j in range(i, min(len(groups), i + MAX_GROUPS)):
            digits += groups[j][2]
            if len(digits) > MAX_DIGITS:
                break
            if len(digits) < MIN_DIGITS or (j < last and whole_only):
                continue
            if any(in_date_or_amount[i : j + 1]) and not (i == 0 and "+" in lead):
                continue  # a date range, a date and a time, amounts in a row
            start = run.start() if i == 0 and lead else groups[i][0]
            number = _Number(digits, sizes[i : j + 1], i == 0 and "+" in lead)
            kind = _kind(text, start, groups[j][1], number, before)
            if kind is not None:
                yield _balanced(text, start, groups[j][1], kind)


def _in_date_or_amount(
    text: str, run: re.Match[str], groups: list[tuple[int, int, str]]
) -> list[bool]:
    """Which groups of a run belong to a date (``15.03.2024``) or an amount (``150.000``)
    written without spaces inside it. No stretch may take them (only a number after ``+``,
    whose country's plan checks it: ``+84 912.345.678``), so that ``01.01.2024 - 31.01.2024``
    gives no ``01.2024 - 31.01`` and amounts in a row no Thai id.
    """
    found = [False] * len(groups)
    for token in _TOKEN.finditer(text, run.start(), run.end()):
        if _DATE.fullmatch(token.group()) or _AMOUNT.fullmatch(token.group()):
            for k, (start, _, _) in enumerate(groups):
                if token.start() <= start < token.end():
                    found[k] = True
    return found


def _words_before(text: str, start: int) -> str:
    """Up to :data:`CONTEXT_CHARS` characters before ``start``: masks of an earlier pass
    blanked (``[NATIONAL_ID]`` says nothing) and no Latin word cut in two at the left edge,
    so that redacting a text twice changes nothing.
    """
    window = _MASK.sub(" ", text[max(0, start - 2 * CONTEXT_CHARS) : start])
    cut = len(window) - CONTEXT_CHARS
    if cut <= 0:
        return window
    if window[cut - 1].isascii() and window[cut - 1].isalpha():
        return window[cut:].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    return window[cut:]


class _Number(NamedTuple):
    """A stretch of a run: its digits, their group sizes, whether it follows ``+``."""

    digits: str
    sizes: list[int]
    plus: bool


def _whole_only(sizes: list[int]) -> bool:
    """A run shaped like a card (groups of 4) or a formatted Thai id or MyKad is one number:
    no part of it is checked on its own (an invalid card is not a phone number's worth)."""
    if sizes in ([1, 4, 5, 2, 1], [6, 2, 4]):
        return True
    return 3 <= len(sizes) <= 5 and all(n == 4 for n in sizes[:-1]) and 13 <= sum(sizes) <= 19


def _kind(text: str, start: int, end: int, number: _Number, before: str) -> str | None:
    """The type of ``text[start:end]`` (``number``), or None if it is not personal data."""
    digits = number.digits
    raw = text[start:end]
    if _GLUED.match(text, end) or _AMOUNT.fullmatch(raw) or _DATE.fullmatch(raw.replace(" ", "")):
        return None
    if _CURRENCY_BEFORE.search(text, max(0, start - 5), start) or _CURRENCY_AFTER.match(text, end):
        return None
    if _AMOUNT_BEFORE.search(text, max(0, start - 16), start):
        return None
    if number.plus:
        return PHONE if is_phone(digits, international=True) else None
    kinds = []
    if _national_id(digits, number.sizes, before):
        kinds.append(NATIONAL_ID)
    if len(digits) >= 13 and is_card(digits):
        kinds.append(CARD)
    if len(digits) <= 13 and _phone_shaped(number) and is_phone(digits, international=False):
        kinds.append(PHONE)
    if len(kinds) > 1:
        for kind, says in ((NATIONAL_ID, _SAYS_ID), (CARD, _SAYS_CARD), (PHONE, _SAYS_PHONE)):
            if kind in kinds and says.search(before):
                return kind
    return kinds[0] if kinds else None


def _phone_shaped(number: _Number) -> bool:
    """Whether a stretch could be a phone number by its grouping: 8 digits with no trunk 0
    (Singapore) are too weak a sign unless written as Singaporeans do, 4 + 4 or 8."""
    if len(number.digits) != 8 or number.digits[0] == "0":
        return True
    return number.sizes in ([4, 4], [8])


def _national_id(digits: str, sizes: list[int], before: str) -> bool:
    """A Thai id, a NIK, or a MyKad (unformatted only after a word like IC or MyKad)."""
    n = len(digits)
    if n == 13:
        return is_thai_id(digits)
    if n == 16:
        return is_nik(digits)
    if n == 12:
        return (sizes == [6, 2, 4] or _SAYS_ID.search(before) is not None) and is_mykad(digits)
    return False


def _balanced(text: str, start: int, end: int, kind: str) -> Span:
    """The span with its brackets paired: take the closing one, or drop a lone opening one."""
    part = text[start:end]
    if part.count("(") > part.count(")"):
        if text.startswith(")", end):
            end += 1
        elif part.startswith("("):
            start += 1
    return Span(start, end, kind)

"""Is this digit string a phone number, a card number or a national id? (pure functions)

Phone numbers are checked against the numbering plans of Thailand, Malaysia, Indonesia,
Vietnam, the Philippines and Singapore, written here as short regexes of the national
significant number (what follows the country code, without the trunk ``0``). They say
which lengths and leading digits each country uses, so a 10-digit price or a 13-digit
code that no plan allows is not a phone. bench/bench_redact.py compares this with the
``phonenumbers`` library, which takes hotlines and some dates for phone numbers and costs
3 to 15 times the time (README, "PII redaction").

Card numbers and national ids are checked with python-stdnum: the Luhn checksum, the Thai
id's check digit, MyKad's birth date and place-of-birth code, and NIK's region and birth
date (the day plus 40 for women).
"""

from __future__ import annotations

import re

#: National significant numbers per calling code: mobile and fixed lines, no toll-free.
PLANS: dict[str, str] = {
    "66": r"[689]\d{8}|[2-7]\d{7}",  # TH: 08x-xxx-xxxx, 02-xxx-xxxx, 053-xxx-xxx
    "60": r"1\d{8,9}|3\d{8}|[4-79]\d{7}|8[2-9]\d{6}",  # MY: 01x-xxx xxxx, 03-xxxx xxxx
    "62": r"8[1-9]\d{7,10}|[2-79]\d{7,9}",  # ID: 08xx-xxxx-xxxx, (021) xxxx xxxx
    "84": r"[35789]\d{8}|2\d{9}",  # VN: 09x xxx xxxx, 028 xxxx xxxx
    "63": r"9\d{9}|2\d{7,8}|[3-8]\d{8}",  # PH: 09xx xxx xxxx, (02) 8xxx xxxx
    "65": r"[689]\d{7}",  # SG: 9xxx xxxx (no trunk prefix)
}
_PLAN = {cc: re.compile(plan) for cc, plan in PLANS.items()}
#: A number written nationally: the trunk 0 and a number of TH, MY, ID, VN or PH.
_NATIONAL = re.compile("0(?:" + "|".join(PLANS[cc] for cc in ("66", "60", "62", "84", "63")) + ")")
_SINGAPORE = _PLAN["65"]

_CARD = re.compile(
    r"4\d{12}(?:\d{3}){0,2}"  # Visa: 13, 16 or 19 digits
    r"|5[1-5]\d{14}|2(?:22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)\d{12}"  # Mastercard
    r"|3[47]\d{13}"  # American Express
    r"|3(?:0[0-5]|[689]\d)\d{11}(?:\d{2})?"  # Diners Club: 14 or 16
    r"|35(?:2[89]|[3-8]\d)\d{12,15}"  # JCB
    r"|6\d{15,18}"  # Discover, UnionPay, Maestro, RuPay
)


def is_phone(digits: str, international: bool) -> bool:
    """Whether ``digits`` is a phone number; ``international``: it was written after ``+``.

    An international number of one of the six countries must fit its plan (a ``(0)`` after
    the country code is allowed); of another country, it must have 8 to 15 digits. A
    national number is a trunk ``0`` and a plan's number, a Singapore number of 8 digits,
    or one of the six country codes and a plan's number written without the ``+``.
    """
    if international:
        plan = _PLAN.get(digits[:2])
        if plan is None:
            return 8 <= len(digits) <= 15 and digits[0] != "0"
        nsn = digits[2:]
        return plan.fullmatch(nsn[1:] if nsn.startswith("0") else nsn) is not None
    if digits.startswith("00"):  # 00 is the international call prefix in all six
        return len(digits) > 4 and is_phone(digits[2:], international=True)
    if digits[0] == "0":
        return _NATIONAL.fullmatch(digits) is not None
    if len(digits) == 8:
        return _SINGAPORE.fullmatch(digits) is not None
    plan = _PLAN.get(digits[:2])
    return len(digits) >= 10 and plan is not None and plan.fullmatch(digits[2:]) is not None


def is_card(digits: str) -> bool:
    """Whether ``digits`` is a payment card number: a known issuer's length and Luhn."""
    from stdnum import luhn

    return _CARD.fullmatch(digits) is not None and luhn.is_valid(digits)


def is_thai_id(digits: str) -> bool:
    """Whether ``digits`` is a Thai citizen id: 13 digits, first 1-8, check digit right."""
    from stdnum.th import pin

    return len(digits) == 13 and pin.is_valid(digits)


def is_mykad(digits: str) -> bool:
    """Whether ``digits`` is a Malaysian MyKad number: YYMMDD, a birth-place code, NNNN."""
    from stdnum.my import nric

    return len(digits) == 12 and nric.is_valid(digits)


def is_nik(digits: str) -> bool:
    """Whether ``digits`` is an Indonesian NIK: a region, a birth date (women: day + 40)."""
    from stdnum.id import nik

    return len(digits) == 16 and nik.is_valid(digits)

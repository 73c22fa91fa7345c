"""The default ``redaction.patterns``: order and tracking numbers in their common forms.

``ORDER``: a number after a word for "order" in the workspace languages (order no.,
invoice, pesanan, mã đơn hàng, คำสั่งซื้อ, ออเดอร์, 订单号…), ``#`` and 6 or more digits,
Tokopedia invoices (``INV/20240315/MPL/3812345678``), ``ORD-123456`` and Shopee order
numbers (a YYMMDD date and 8 letters and digits, ``240315ABCD1234``).

``TRACKING``: a code after a word for "tracking number" (tracking no., AWB, resi, mã vận
đơn, เลขพัสดุ, 运单号…, maybe with the courier's name between: "resi JNE …"), UPU parcel
ids (``EB123456789TH``) and the forms of Flash, Kerry, J&T, Ninja Van, Lazada and Shopee
Xpress.

Each pattern starts with a look-ahead of the characters it can start with, so the regex
engine skips the rest of a text fast; the quantifiers are bounded or possessive, so no
input makes them backtrack for long.
"""

from __future__ import annotations

#: Between a keyword and its id, at most three filler words: "(my order number) is",
#: "(mã đơn hàng) của tôi là", "(nomor pesanan) saya", "(tracking number) ko po", "(订单号)是".
#: A closed list, so "order of 25 boxes" or "order placed on …" still need the id next to
#: them.
_FILLER = (
    r"(?:\s{1,2}(?i:is|was|của\s(?:tôi|bạn|em|anh|chị)|là|saya|anda|kamu|aku|adalah|ialah"
    r"|sebenarnya|ni|tu|ko|po|ay|ang)(?![a-zà-ỹ])|\s?(?:是|为|為)){0,3}+"
)
#: After a keyword: separators, then an id of upper-case letters, digits and dashes that
#: has a digit (``%d``: fewest characters after the first, minus one).
_ID = r"[\s:\uff1a#]{0,4}+(?=[A-Z0-9-]{0,30}\d)([A-Z0-9][A-Z0-9-]{%d,30}+(?<!-))(?![A-Za-z0-9])"

ORDER = (
    r"(?=[oOiIpPmMđĐคอ订訂#\d])"
    r"(?:(?i:(?<![a-z])(?:order(?:\s?(?:no\.?|number|num|id|code))?|invoice(?:\s?no\.?)?"
    r"|pesanan(?:ku|nya)?)(?![a-z])|mã\s?đơn(?:\s?hàng)?|đơn\s?hàng(?:\s?số)?"
    r"|คำสั่งซื้อ(?:\s?(?:เลขที่|หมายเลข))?|ออเดอร์|订单(?:号|编号)?|訂單(?:編號|號碼)?)"
    + _FILLER
    + (_ID % 5)
    + r"|#(\d{6,14}+)(?!\d)"
    r"|(?<![A-Za-z0-9])(?:INV/\d{8}/[A-Z]{2,5}/(?:[A-Z]{2,5}/){0,2}\d{6,12}"
    r"|ORD[-#]?\d{5,14}|\d{6}(?=\d{0,7}[A-Z])[A-Z0-9]{8})(?![A-Za-z0-9]))"
)

TRACKING = (
    r"(?=[tTaArRmMvVเ运快物A-Z])"
    r"(?:(?i:(?<![a-z])(?:tracking(?:\s?(?:no\.?|number|num|id|code))?|awb|resi)(?![a-z])"
    r"|mã\s?vận\s?đơn|vận\s?đơn|เลขพัสดุ|เลขแทร็ก(?:กิ้ง)?|เลขแทรค|运单号?|快递单号|物流单号)"
    r"(?:\s(?:JNE|J&T|JNT|SiCepat|AnterAja|Ninja\sVan|Kerry|Flash|GHN|GHTK|LBC|Pos\sLaju)"
    r"(?=[\s:\uff1a#]))?"
    + _FILLER
    + (_ID % 6)
    + r"|(?<![A-Za-z0-9])(?:[A-Z]{2}\d{9}[A-Z]{2}|TH\d{10,13}[A-Z]?|(?:KEX|SHP|KBK)\d{8,13}"
    r"|J[PXDT]\d{10}|NV[A-Z]{2}[A-Z0-9]{8,16}|LEX[A-Z]{0,4}-?\d{8,14}|SPX[A-Z]{2}\d{9,15}[A-Z]?)"
    r"(?![A-Za-z0-9]))"
)

#: The setting's default value.
DEFAULT_PATTERNS: dict[str, str] = {"ORDER": ORDER, "TRACKING": TRACKING}

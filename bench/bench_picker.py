"""Time the taxonomy picker's type-ahead search per keystroke, over a 5,000-label taxonomy.

The taxonomy is generated: 8 domains x 24 topics x 25 issues = 5,000 labels in 3 levels,
with names in English, Thai, Chinese and Vietnamese, synonyms, definitions and examples,
and 1 leaf in 97 deprecated. Each query is typed one character at a time; every prefix is
one keystroke. Timed:

- ``LabelSearch.search`` alone (the Qt-free core), with the boosts the picker passes;
- the whole keystroke in the real widget: set the search box's text, which runs the search
  and refills the results model, then process the events that lay out and paint the
  picker (``QT_QPA_PLATFORM=offscreen``). The guideline pane and the breadcrumb follow the
  highlighted hit once typing pauses (``DETAILS_DELAY_MS`` in the picker), so they are
  timed on their own: Down in the results moves to the next hit and updates them at once.

Each run builds a fresh search index (so no run profits from the previous one's per-token
cache); the figures are the median and the 99th percentile over all keystrokes of all runs.
Results go to stdout and to ``bench/results/picker.md``.

Usage::

    python bench/bench_picker.py --runs 10
    python bench/bench_picker.py --no-widget   # the Qt-free search only
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "bench" / "results"
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO))

from bench_io import machine  # noqa: E402

from labeldesk.taxonomy.dto import LabelDTO, TaxonomyDTO  # noqa: E402
from labeldesk.taxonomy.search import LabelSearch  # noqa: E402

#: The per-keystroke budget (DESIGN.md: taxonomy search over 5,000 labels).
BUDGET_MS = 10.0

DOMAINS = [  # en, th, zh, vi
    ("Orders", "คำสั่งซื้อ", "订单", "Đơn hàng"),
    ("Payments", "การชำระเงิน", "付款", "Thanh toán"),
    ("Delivery", "การจัดส่ง", "配送", "Giao hàng"),
    ("Account", "บัญชี", "账户", "Tài khoản"),
    ("Refunds", "การคืนเงิน", "退款", "Hoàn tiền"),
    ("Subscriptions", "การสมัครสมาชิก", "订阅", "Gói đăng ký"),
    ("Technical support", "ฝ่ายเทคนิค", "技术支持", "Hỗ trợ kỹ thuật"),
    ("Feedback", "ความคิดเห็น", "反馈", "Góp ý"),
]
TOPICS = [  # 32 objects; each domain takes 24 of them
    ("card", "บัตร", "银行卡", "thẻ"),
    ("wallet", "กระเป๋าเงิน", "钱包", "ví"),
    ("invoice", "ใบแจ้งหนี้", "发票", "hóa đơn"),
    ("parcel", "พัสดุ", "包裹", "bưu kiện"),
    ("address", "ที่อยู่", "地址", "địa chỉ"),
    ("password", "รหัสผ่าน", "密码", "mật khẩu"),
    ("voucher", "บัตรกำนัล", "优惠券", "phiếu giảm giá"),
    ("plan", "แพ็กเกจ", "套餐", "gói cước"),
    ("device", "อุปกรณ์", "设备", "thiết bị"),
    ("app", "แอป", "应用", "ứng dụng"),
    ("courier", "พนักงานส่งของ", "快递员", "người giao hàng"),
    ("store", "ร้านค้า", "店铺", "cửa hàng"),
    ("promotion", "โปรโมชัน", "促销", "khuyến mãi"),
    ("points", "คะแนนสะสม", "积分", "điểm thưởng"),
    ("warranty", "การรับประกัน", "保修", "bảo hành"),
    ("return", "การคืนสินค้า", "退货", "trả hàng"),
    ("exchange", "การเปลี่ยนสินค้า", "换货", "đổi hàng"),
    ("booking", "การจอง", "预订", "đặt chỗ"),
    ("ticket", "ตั๋ว", "票", "vé"),
    ("insurance", "ประกัน", "保险", "bảo hiểm"),
    ("transfer", "การโอนเงิน", "转账", "chuyển khoản"),
    ("bill", "บิล", "账单", "phiếu thanh toán"),
    ("order", "คำสั่งซื้อ", "订单", "đơn hàng"),
    ("email", "อีเมล", "邮箱", "email"),
    ("phone number", "เบอร์โทรศัพท์", "手机号", "số điện thoại"),
    ("membership", "สมาชิกภาพ", "会员", "thành viên"),
    ("gift card", "บัตรของขวัญ", "礼品卡", "thẻ quà tặng"),
    ("installment", "การผ่อนชำระ", "分期付款", "trả góp"),
    ("receipt", "ใบเสร็จ", "收据", "biên lai"),
    ("pickup point", "จุดรับสินค้า", "自提点", "điểm nhận hàng"),
    ("seller", "ผู้ขาย", "卖家", "người bán"),
    ("product", "สินค้า", "商品", "sản phẩm"),
]
ISSUES = [  # 50 issues (en, th, zh, vi, an English synonym); each topic takes 25
    ("not received", "ไม่ได้รับ", "未收到", "chưa nhận được", "never arrived"),
    ("delayed", "ล่าช้า", "延迟", "bị chậm", "late"),
    ("cancel", "ยกเลิก", "取消", "hủy", "call off"),
    ("change", "เปลี่ยน", "更改", "thay đổi", "modify"),
    ("charged twice", "ถูกเรียกเก็บเงินซ้ำ", "重复扣款", "bị trừ tiền hai lần", "double charge"),
    ("refund status", "สถานะการคืนเงิน", "退款进度", "tình trạng hoàn tiền", "where is my refund"),
    ("cannot log in", "เข้าสู่ระบบไม่ได้", "无法登录", "không đăng nhập được", "login failed"),
    ("wrong item", "ได้รับสินค้าผิด", "发错货", "giao sai hàng", "incorrect item"),
    ("damaged", "เสียหาย", "损坏", "bị hư hỏng", "broken"),
    ("missing", "สูญหาย", "丢失", "bị thất lạc", "lost"),
    ("update details", "อัปเดตข้อมูล", "更新信息", "cập nhật thông tin", "edit"),
    ("how to use", "วิธีใช้งาน", "使用方法", "cách sử dụng", "instructions"),
    ("expired", "หมดอายุ", "已过期", "hết hạn", "no longer valid"),
    ("declined", "ถูกปฏิเสธ", "被拒绝", "bị từ chối", "rejected"),
    ("dispute", "โต้แย้งรายการ", "申诉", "khiếu nại giao dịch", "chargeback"),
    ("complaint", "ร้องเรียน", "投诉", "phàn nàn", "grievance"),
    ("track", "ติดตาม", "跟踪", "theo dõi", "where is"),
    ("confirm", "ยืนยัน", "确认", "xác nhận", "verification"),
    ("duplicate", "ซ้ำซ้อน", "重复", "bị trùng", "double"),
    ("error message", "ข้อความแสดงข้อผิดพลาด", "错误提示", "thông báo lỗi", "error code"),
    ("limit reached", "เกินวงเงิน", "超出限额", "vượt hạn mức", "over limit"),
    ("fee question", "สอบถามค่าธรรมเนียม", "费用咨询", "hỏi về phí", "charges"),
    ("eligibility", "คุณสมบัติ", "资格", "điều kiện", "qualify"),
    ("reactivate", "เปิดใช้งานอีกครั้ง", "重新激活", "kích hoạt lại", "restore"),
    ("other", "อื่น ๆ", "其他", "khác", "miscellaneous"),
    ("not working", "ใช้งานไม่ได้", "无法使用", "không hoạt động", "out of order"),
    ("slow", "ช้า", "缓慢", "chậm", "lag"),
    ("add", "เพิ่ม", "添加", "thêm", "new"),
    ("remove", "ลบ", "删除", "xóa", "delete"),
    ("verify", "ตรวจสอบ", "核实", "kiểm tra", "check"),
    ("price difference", "ส่วนต่างราคา", "差价", "chênh lệch giá", "price match"),
    ("partial", "บางส่วน", "部分", "một phần", "incomplete"),
    ("reschedule", "เลื่อนนัด", "改期", "đổi lịch", "new date"),
    ("unauthorised use", "ใช้งานโดยไม่ได้รับอนุญาต", "未经授权使用", "sử dụng trái phép", "fraud"),
    ("locked", "ถูกล็อก", "被锁定", "bị khóa", "blocked"),
    ("reset", "รีเซ็ต", "重置", "đặt lại", "recover"),
    ("upgrade", "อัปเกรด", "升级", "nâng cấp", "higher tier"),
    ("downgrade", "ดาวน์เกรด", "降级", "hạ cấp", "lower tier"),
    ("renewal", "ต่ออายุ", "续订", "gia hạn", "renew"),
    ("balance enquiry", "สอบถามยอดคงเหลือ", "余额查询", "tra cứu số dư", "how much left"),
    ("wrong amount", "จำนวนเงินไม่ถูกต้อง", "金额错误", "sai số tiền", "incorrect amount"),
    ("not applied", "ไม่ถูกนำไปใช้", "未生效", "không được áp dụng", "did not work"),
    ("poor service", "บริการไม่ดี", "服务差", "dịch vụ kém", "rude staff"),
    ("compliment", "คำชม", "表扬", "khen ngợi", "praise"),
    ("language settings", "ตั้งค่าภาษา", "语言设置", "cài đặt ngôn ngữ", "translation"),
    ("notification", "การแจ้งเตือน", "通知", "thông báo", "alert"),
    ("privacy", "ความเป็นส่วนตัว", "隐私", "quyền riêng tư", "personal data"),
    ("documents", "เอกสาร", "文件", "giấy tờ", "paperwork"),
    ("availability", "ความพร้อมใช้งาน", "可用性", "tình trạng còn hàng", "in stock"),
    ("deadline", "กำหนดเวลา", "截止日期", "thời hạn", "due date"),
]

#: What a labeller types, one keystroke per character: plain English, a typo (refnd), a
#: transposition (pasword), a synonym, Thai and Chinese (no spaces), Vietnamese without
#: accents, and a key.
QUERIES = [
    "parcel not received",
    "refnd status",
    "card declined",
    "pasword reset",
    "double charge",
    "ไม่ได้รับพัสดุ",
    "退款进度",
    "hoan tien",
    "payments.card",
]


def _slug(text: str) -> str:
    """A key segment: lower case, words joined by underscores."""
    return text.lower().replace(" ", "_")


def generate_labels() -> list[LabelDTO]:
    """The 5,000 labels, depth-first: domain, then its topics, then each topic's issues."""
    labels: list[LabelDTO] = []

    def add(
        key: str, parent: str | None, path: str, depth: int, names: tuple[str, ...], **extra: object
    ) -> None:
        en, th, zh, vi = names
        labels.append(
            LabelDTO(
                key=key,
                parent_key=parent,
                path=path,
                depth=depth,
                position=len(labels),
                name=en,
                names={"th": th, "zh": zh, "vi": vi},
                **extra,
            )
        )

    for d, domain in enumerate(DOMAINS):
        dkey = _slug(domain[0])
        add(dkey, None, domain[0], 1, domain, is_leaf=False)
        for t in range(24):
            topic = TOPICS[(d * 3 + t) % len(TOPICS)]
            tkey = f"{dkey}.{_slug(topic[0])}"
            tname = topic[0].capitalize()
            add(
                tkey,
                dkey,
                f"{domain[0]} > {tname}",
                2,
                (tname, *topic[1:]),
                is_leaf=False,
                description=f"Questions about the customer's {topic[0]} ({domain[0].lower()}).",
            )
            for i in range(25):
                issue = ISSUES[(t * 7 + i) % len(ISSUES)]
                names = (
                    f"{tname} {issue[0]}",
                    topic[1] + issue[1],
                    topic[2] + issue[2],
                    f"{topic[3]} {issue[3]}".capitalize(),
                )
                add(
                    f"{tkey}.{_slug(issue[0])}",
                    tkey,
                    f"{domain[0]} > {tname} > {names[0]}",
                    3,
                    names,
                    synonyms=(f"{topic[0]} {issue[4]}",),
                    description=f"The customer writes that the {topic[0]} is: {issue[0]}.",
                    examples=(f"My {topic[0]}: {issue[0]}?", f"Help, {issue[4]} ({topic[0]})"),
                    deprecated=len(labels) % 97 == 0,
                )
    return labels


def taxonomy() -> TaxonomyDTO:
    """The generated labels as a taxonomy version."""
    return TaxonomyDTO(
        name="generated",
        leaf_only=True,
        version=1,
        version_id=1,
        source="bench/bench_picker.py",
        checksum="",
        created_at=dt.datetime.now(),
        labels=tuple(generate_labels()),
    )


def keystrokes() -> list[str]:
    """Every prefix of every query: what the search box holds after each keystroke."""
    return [query[:n] for query in QUERIES for n in range(1, len(query) + 1)]


def boosts(labels: list[LabelDTO]) -> dict[str, float]:
    """Boosts like the picker's: 9 recent labels and 12 favourites."""
    leaves = [lb.key for lb in labels if lb.depth == 3]
    out = {key: 0.04 for key in leaves[100:109]}
    out.update({key: 0.06 for key in leaves[2000:2012]})
    return out


def percentile(values: list[float], q: float) -> float:
    """The ``q`` quantile (0..1) of ``values``, nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


def time_core(runs: int) -> tuple[list[float], list[float], dict[str, list[float]]]:
    """Build times (ms), per-keystroke times (ms), and per-query keystroke times."""
    labels = generate_labels()
    boost = boosts(labels)
    builds, all_times = [], []
    per_query: dict[str, list[float]] = {q: [] for q in QUERIES}
    for _ in range(runs):
        start = time.perf_counter()
        search = LabelSearch(labels)
        builds.append((time.perf_counter() - start) * 1000)
        for query in QUERIES:
            for n in range(1, len(query) + 1):
                start = time.perf_counter()
                search.search(query[:n], limit=50, boost=boost, include_deprecated=True)
                ms = (time.perf_counter() - start) * 1000
                all_times.append(ms)
                per_query[query].append(ms)
    return builds, all_times, per_query


def pyside_version() -> str:
    """The PySide6 version, or a note that it can't be used here.

    PySide6 6.12.0 on CPython 3.11 releases a reference to None on each call of a C++
    method returning void; a process dies ("deallocating None") after some thousands of
    calls, and painting 330 keystrokes makes far more.
    """
    import PySide6

    if PySide6.__version__ == "6.12.0" and sys.version_info < (3, 12):
        raise SystemExit(
            "PySide6 6.12.0 crashes on Python 3.11 (it drops references to None); run with "
            "another PySide6, e.g. PYTHONPATH=<site-packages of PySide6 6.11>, or --no-widget"
        )
    where = Path(PySide6.__file__).resolve()
    if not where.is_relative_to(REPO):
        return f"{PySide6.__version__} (from {where.parents[1]}, not the project's venv)"
    return PySide6.__version__


def time_widget(runs: int) -> dict[str, list[float]]:
    """Per keystroke in the real picker, ms: typing (model updated; painted) and arrow keys."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from labeldesk.ui.labelling.picker import TaxonomyPicker

    app = QApplication.instance() or QApplication([])
    tax = taxonomy()
    times: dict[str, list[float]] = {"updated": [], "painted": [], "arrow": []}
    for run in range(runs):
        picker = TaxonomyPicker()
        picker.resize(460, 720)
        picker.set_taxonomy(tax.__class__(**{**tax.__dict__, "version_id": run + 1}), "en")
        picker.set_recent([lb.key for lb in tax.labels if lb.depth == 3][100:109])
        picker.show()
        app.processEvents()  # the search index is built here, after the first paint
        edit = picker.search_edit
        edit.setFocus()
        for query in QUERIES:
            for n in range(1, len(query) + 1):
                start = time.perf_counter()
                edit.setText(query[:n])
                mid = time.perf_counter()
                app.processEvents()  # layout and paint: one pass draws the updated list
                end = time.perf_counter()
                times["updated"].append((mid - start) * 1000)
                times["painted"].append((end - start) * 1000)
            for _ in range(3):  # Down: the next hit, its breadcrumb and guideline, painted
                start = time.perf_counter()
                QTest.keyClick(edit, Qt.Key.Key_Down)
                app.processEvents()
                times["arrow"].append((time.perf_counter() - start) * 1000)
            edit.clear()
            app.processEvents()
        picker.close()
        picker.deleteLater()
        app.processEvents()
    return times


def _row(name: str, times: list[float]) -> str:
    """A table row: median, p99, max and whether p99 is within budget."""
    p99 = percentile(times, 0.99)
    ok = "yes" if p99 <= BUDGET_MS else "**no**"
    return (
        f"| {name} | {statistics.median(times):.2f} | {p99:.2f} | {max(times):.2f} | "
        f"{len(times)} | {ok} |"
    )


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-widget", action="store_true", help="time the core search only")
    args = parser.parse_args(argv)
    import rapidfuzz

    labels = generate_labels()
    strokes = keystrokes()
    qt = "" if args.no_widget else f"; PySide6 {pyside_version()}"
    builds, core, per_query = time_core(args.runs)
    lines = [
        "# Taxonomy picker: search per keystroke",
        "",
        f"`python bench/bench_picker.py --runs {args.runs}`. Machine: {machine()} "
        f"(a 2-core machine, as in DESIGN.md's budgets); rapidfuzz {rapidfuzz.__version__}{qt}. "
        f"Load average at start: {', '.join(f'{x:.2f}' for x in os.getloadavg())}.",
        "",
        f"Taxonomy: {len(labels):,} generated labels in 3 levels (8 x 24 x 25), names in en, "
        f"th, zh, vi, one synonym per leaf, {sum(lb.deprecated for lb in labels)} deprecated. "
        f"Typing: {len(strokes)} keystrokes per run, every prefix of: "
        + ", ".join(f"`{q}`" for q in QUERIES)
        + ". Boosts for 9 recent and 12 favourite labels. "
        f"Budget: {BUDGET_MS:.0f} ms per keystroke. Index build (once per taxonomy version): "
        f"median {statistics.median(builds):.0f} ms.",
        "",
        "| per keystroke | median ms | p99 ms | max ms | keystrokes | p99 within budget |",
        "|---|---:|---:|---:|---:|---|",
        _row("`LabelSearch.search`", core),
    ]
    if not args.no_widget:
        widget = time_widget(args.runs)
        lines += [
            _row("picker: set text -> results model updated", widget["updated"]),
            _row("picker: set text -> results list painted", widget["painted"]),
            _row("picker: Down -> next hit, breadcrumb and guideline painted", widget["arrow"]),
        ]
    lines += [
        "",
        "Per query, `LabelSearch.search` (all prefixes, all runs):",
        "",
        "| query | keystrokes | median ms | p99 ms | max ms |",
        "|---|---:|---:|---:|---:|",
    ]
    for query, times in per_query.items():
        lines.append(
            f"| `{query}` | {len(query)} | {statistics.median(times):.2f} | "
            f"{percentile(times, 0.99):.2f} | {max(times):.2f} |"
        )
    lines += [
        "",
        "How: `LabelSearch` folds case and accents once per taxonomy version and keeps a sorted",
        "vocabulary of the words of every name, synonym and key, each word owning a slice of",
        "flat numpy arrays (labels, field penalty). A keystroke finds the matching words (a",
        "bisected prefix range, a substring scan of the vocabulary, rapidfuzz OSA distance for",
        "typos) and turns them into per-label scores with one `np.maximum.at`; the last 64",
        "tokens' scores are cached, so typing the second word does not redo the first. The",
        "picker builds the index in the event loop's first pass after showing a taxonomy, so",
        "the build does not fall on a keystroke. The",
        "widget rows need a PySide6 other than 6.12.0 on Python 3.11: that release drops a",
        "reference to `None` on each call of a C++ method returning void, and the process",
        "dies after some thousands of calls.",
    ]
    text = "\n".join(lines) + "\n"
    print(text)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "picker.md").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

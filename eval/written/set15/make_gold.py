#!/usr/bin/env python3
"""Write /work/eval15/gold.jsonl for the 12 invented post-merger articles in articles/, then
validate it.

Gold follows the shape of /work/shared/eval/dev.gold.jsonl (plain values, no spans) and the
conventions of /work/shared/SCHEMA.md and DOMAIN.md; the judgement calls are listed in NOTES.md.

usage: python3 make_gold.py            (writes gold.jsonl, exits 1 on any validation error)
Standard library only.
"""
import datetime
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = os.path.join(HERE, "articles")
OUT = os.path.join(HERE, "gold.jsonl")
EXT = ".txt"

# --- gazetteer (DOMAIN.md §3.2, §3.3) -----------------------------------------------------------
AFTER_2025 = [  # the 34 provincial units from 1 July 2025
    "Hà Nội", "Cao Bằng", "Tuyên Quang", "Điện Biên", "Lai Châu", "Sơn La", "Lào Cai", "Thái Nguyên",
    "Lạng Sơn", "Quảng Ninh", "Bắc Ninh", "Phú Thọ", "Hải Phòng", "Hưng Yên", "Ninh Bình", "Thanh Hóa",
    "Nghệ An", "Hà Tĩnh", "Quảng Trị", "Huế", "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Đắk Lắk",
    "Lâm Đồng", "Đồng Nai", "Hồ Chí Minh", "Tây Ninh", "Đồng Tháp", "Vĩnh Long", "An Giang", "Cần Thơ",
    "Cà Mau",
]
CITIES = {"Hà Nội", "Hải Phòng", "Huế", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"}
assert len(AFTER_2025) == 34 and len(set(AFTER_2025)) == 34


def alliance(province, **extra):
    """Canonical party record of a provincial alliance (SCHEMA.md 'Canonical names')."""
    assert province in AFTER_2025, province
    if province == "Hồ Chí Minh":
        name = "Liên minh Hợp tác xã Thành phố Hồ Chí Minh"
    elif province in CITIES:
        name = f"Liên minh Hợp tác xã thành phố {province}"
    else:
        name = f"Liên minh Hợp tác xã tỉnh {province}"
    rec = {"name": name, "kind": "cooperative_alliance", "province": province}
    rec.update(extra)
    return rec


VCA = {"name": "Liên minh Hợp tác xã Việt Nam", "kind": "cooperative_alliance", "province": None}


def alliance_name(province):
    return alliance(province)["name"]


def alliance_aliases(province):
    """Accepted spellings of an alliance used as an award recipient (awardees are keyed by name)."""
    out = [f"Liên minh Hợp tác xã {province}"]
    if province in CITIES:
        out.append(f"Liên minh Hợp tác xã TP {province}")
    if province == "Hồ Chí Minh":
        out += ["Liên minh Hợp tác xã TP HCM", "Liên minh Hợp tác xã TP.HCM", "Liên minh Hợp tác xã Thành phố Hồ Chí Minh"]
    return out


def ev(t, d):
    return {"type": t, "date": d}


def per(s, e):
    return {"start": s, "end": e}


def aw(award, recipient, aliases=None):
    a = {"award": award, "recipient": recipient}
    if aliases:
        a["aliases"] = aliases
    return a


def cnt(award, c, i):
    return {"award": award, "collectives": c, "individuals": i}


def pp(name, title):
    return {"name": name, "title": title}


LM = "Liên minh Hợp tác xã"

# --- the gold records -------------------------------------------------------------------------
GOLD = [
    {
        "id": "s01",
        "title": "Đại hội đại biểu Liên minh Hợp tác xã tỉnh Lâm Đồng lần thứ I, nhiệm kỳ 2025 - 2030",
        "published": "2025-10-15T17:40",
        "events": [ev("congress", "2025-10-14/2025-10-15"), ev("award", "2025-10-15")],
        "dates": ["2025-10-14/2025-10-15", "2022-06-16", "2025-09-30", "2025-10-15"],
        "parties": [alliance("Lâm Đồng")],
        "periods": [per(2025, 2030), per(2020, 2025), per(None, 2030), per(2026, 2031)],
        "awards": [
            aw("Bằng khen", "Hợp tác xã Nông nghiệp Cà phê Quảng Phú"),
            aw("Bằng khen", "Hợp tác xã Thanh long Hàm Minh"),
        ],
        "award_counts": [cnt("Bằng khen", 12, 18)],
        "people": [
            pp("Đặng Thế Vinh", f"Phó Chủ tịch {LM} Việt Nam"),
            pp("Lê Quang Hiển", "Phó Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng"),
            pp("Võ Đình Khôi", f"Chủ tịch {LM} tỉnh Lâm Đồng"),
            pp("Nguyễn Thị Thu Sương", f"Phó Chủ tịch {LM} tỉnh Lâm Đồng"),
            pp("Hà Văn Lộc", f"Phó Chủ tịch {LM} tỉnh Lâm Đồng"),
        ],
        "authors": ["Ngọc Ánh", "Hoài Thu"],
    },
    {
        "id": "s02",
        "title": "Công bố quyết định hợp nhất Liên minh Hợp tác xã tỉnh Đắk Lắk và Liên minh Hợp tác xã tỉnh Phú Yên",
        "published": "2025-08-28T11:05",
        "events": [ev("conference", "2025-08-28")],
        "dates": ["2025-08-28", "2025-08-20", "2025-09-01", "2025-09-15"],
        "parties": [alliance("Đắk Lắk")],
        "periods": [per(2026, 2031), per(2026, 2030)],
        "awards": [],
        "award_counts": [],
        "people": [
            pp("Phan Thị Mỹ Hạnh", "Phó Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk"),
            pp("Lương Quốc Bảo", f"Chủ tịch {LM} tỉnh Đắk Lắk"),
            pp("Đoàn Thị Kim Loan", f"Phó Chủ tịch Thường trực {LM} tỉnh Đắk Lắk"),
            pp("Ksor Y Bhiêm", f"Phó Chủ tịch {LM} tỉnh Đắk Lắk"),
        ],
        "authors": ["Hà Phương"],
    },
    {
        "id": "s03",
        "title": "Tôn vinh tập thể, cá nhân tiêu biểu nhân Ngày Hợp tác xã Việt Nam 11/4",
        "published": "2026-04-11T07:30",
        "events": [ev("conference", "2026-04-10"), ev("award", "2026-04-10")],
        "dates": ["2026-04-10", "2026-04-11", "2025-12-31", "2026-03-24"],
        "parties": [dict(VCA)],
        "periods": [per(2021, 2025), per(None, 2030)],
        "awards": [
            aw("Huân chương Lao động hạng Ba", alliance_name("Quảng Ngãi"), alliance_aliases("Quảng Ngãi")),
            aw("Huân chương Lao động hạng Ba", "Hợp tác xã Nông nghiệp sạch Tân Hiệp"),
            aw("Huân chương Lao động hạng Ba", "Trịnh Văn Lực"),
        ] + [
            aw("Cờ thi đua", alliance_name(p), alliance_aliases(p))
            for p in ["Hà Nội", "Hồ Chí Minh", "Thái Nguyên", "Đồng Tháp", "Gia Lai", "Quảng Trị"]
        ],
        "award_counts": [
            cnt("Cờ thi đua", 6, None),
            cnt("Bằng khen", 45, 60),
            cnt("Kỷ niệm chương", None, 120),
        ],
        "people": [
            pp("Trần Quốc Phong", f"Chủ tịch {LM} Việt Nam"),
            pp("Lâm Hữu Đạt", "Thứ trưởng Bộ Tài chính"),
            pp("Trịnh Văn Lực", "Giám đốc Hợp tác xã Dịch vụ nông nghiệp Yên Thành"),
        ],
        "authors": ["Minh Châu"],
    },
    {
        "id": "s04",
        "title": "Liên minh HTX tỉnh Gia Lai và Agribank ký kết hỗ trợ vốn cho hợp tác xã",
        "published": "2026-01-02T08:30",
        "events": [ev("signing", "2025-12-30")],
        "dates": ["2025-12-30", "2026-01-01/2027-12-31", "2024-09-12"],
        "parties": [
            alliance("Gia Lai"),
            {
                "name": "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam chi nhánh tỉnh Gia Lai",
                "kind": "bank",
                "province": "Gia Lai",
                "aliases": [
                    "Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam (Agribank) Chi nhánh tỉnh Gia Lai",
                    "Agribank Chi nhánh tỉnh Gia Lai",
                    "Agribank chi nhánh Gia Lai",
                    "Agribank Gia Lai",
                ],
            },
        ],
        "periods": [per(2026, 2030), per(None, 2030)],
        "awards": [],
        "award_counts": [],
        "people": [
            pp("Đỗ Minh Khang", "Phó Chủ tịch Ủy ban nhân dân tỉnh Gia Lai"),
            pp("Nguyễn Hữu Tài", f"Chủ tịch {LM} tỉnh Gia Lai"),
            pp("Lê Thị Bích Ngọc", "Giám đốc Agribank Chi nhánh tỉnh Gia Lai"),
            pp("Nguyễn Văn Bảy", "Giám đốc Hợp tác xã Nông nghiệp Hoài Hảo"),
        ],
        "authors": ["Trần Dung"],
    },
    {
        "id": "s05",
        "title": "Hưng Yên: Kỷ niệm Ngày Hợp tác xã Việt Nam, tôn vinh HTX tiêu biểu năm 2025",
        "published": "2026-04-09T15:45",
        "events": [ev("conference", "2026-04-09"), ev("award", "2026-04-09")],
        "dates": ["2026-04-09", "2026-04-11", "2025-07", "2026-03-20"],
        "parties": [alliance("Hưng Yên")],
        "periods": [per(2021, 2025), per(2026, 2030)],
        "awards": [
            aw("Huân chương Lao động hạng Ba", "Hợp tác xã Dịch vụ nông nghiệp Đông Cường",
               ["Hợp tác xã DVNN Đông Cường"]),
            aw("Cờ thi đua", "Hợp tác xã Nhãn lồng Phố Hiến"),
            aw("Cờ thi đua", "Hợp tác xã Dịch vụ tổng hợp Tân Lễ"),
            aw("Cờ thi đua", "Quỹ tín dụng nhân dân Quỳnh Côi"),
        ],
        "award_counts": [
            cnt("Cờ thi đua", 3, None),
            cnt("Bằng khen", 15, 22),
            cnt("Giấy khen", 30, 41),
        ],
        "people": [
            pp("Bùi Đức Thịnh", "Tỉnh ủy viên, Phó Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên"),
            pp("Vũ Thị Thanh Huyền", f"Chủ tịch {LM} tỉnh Hưng Yên"),
            pp("Phạm Văn Sinh", "Chủ tịch Hội đồng quản trị kiêm Giám đốc Hợp tác xã Dịch vụ nông nghiệp Đông Cường"),
        ],
        "authors": ["Thu Hiền"],
    },
    {
        "id": "s06",
        "title": "Liên minh HTX Cà Mau và TP Cần Thơ bắt tay phát triển kinh tế tập thể",
        "published": "2025-08-26T08:05",
        "events": [ev("signing", "2025-08-25"), ev("trade_promotion", "2025-08-25"), ev("visit", "2025-08-24")],
        "dates": ["2025-08-25", "2025-08-24"],
        "parties": [alliance("Cà Mau"), alliance("Cần Thơ")],
        "periods": [per(2025, 2030), per(None, 2030)],
        "awards": [],
        "award_counts": [],
        "people": [
            pp("Tạ Minh Quang", f"Chủ tịch {LM} tỉnh Cà Mau"),
            pp("Huỳnh Thị Diễm Châu", f"Chủ tịch {LM} thành phố Cần Thơ"),
            pp("Trần Văn Sáu", "Giám đốc Hợp tác xã Thủy sản Gành Hào"),
        ],
        "authors": ["Hoàng Vũ"],
    },
    {
        "id": "s07",
        "title": "Đại hội Liên minh Hợp tác xã tỉnh Đồng Nai lần thứ I: Đổi mới, liên kết để phát triển",
        "published": "2026-03-12T18:25",
        "events": [ev("congress", "2026-03-12"), ev("award", "2026-03-12")],
        "dates": ["2026-03-12", "2025-07-01", "2025-09-08"],
        "parties": [alliance("Đồng Nai")],
        "periods": [per(2026, 2031), per(2020, 2025), per(None, 2031)],
        "awards": [aw("Cờ thi đua", alliance_name("Đồng Nai"), alliance_aliases("Đồng Nai"))],
        "award_counts": [cnt("Bằng khen", 10, 15)],
        "people": [
            pp("Nguyễn Hoài Sơn", f"Phó Chủ tịch {LM} Việt Nam"),
            pp("Dương Minh Trí", "Phó Chủ tịch Ủy ban nhân dân tỉnh Đồng Nai"),
            pp("Trịnh Thị Ngọc Lan", f"Chủ tịch {LM} tỉnh Đồng Nai"),
        ],
        "authors": ["Bình Nguyên"],
    },
    {
        "id": "s08",
        "title": "Khánh Hoà ban hành Kế hoạch phát triển kinh tế tập thể, hợp tác xã đến năm 2030",
        "published": "2025-11-24T10:12",
        "events": [ev("other", "2025-11-18")],
        "dates": ["2025-11-18", "2024-07-01", "2025-12-15", "2028-12"],
        "parties": [
            {
                "name": "Ủy ban nhân dân tỉnh Khánh Hòa",
                "kind": "government",
                "province": "Khánh Hòa",
                "aliases": ["UBND tỉnh Khánh Hòa", "UBND tỉnh Khánh Hoà"],
            }
        ],
        "periods": [per(None, 2030), per(None, 2045), per(2021, 2025), per(2026, 2030)],
        "awards": [],
        "award_counts": [],
        "people": [pp("Mai Xuân Khiêm", "Phó Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa")],
        "authors": ["Thái Hà"],
    },
    {
        "id": "s09",
        "title": "Liên minh HTX Tây Ninh, TP.HCM và Co-opBank ký thỏa thuận hợp tác ba bên",
        "published": "2026-05-21T19:10",
        "events": [ev("trade_promotion", "2026-05-21/2026-05-23"), ev("signing", "2026-05-21")],
        "dates": ["2026-05-21/2026-05-23", "2026-05-21"],
        "parties": [
            alliance("Tây Ninh"),
            alliance("Hồ Chí Minh"),
            {
                "name": "Ngân hàng Hợp tác xã Việt Nam chi nhánh Tây Ninh",
                "kind": "bank",
                "province": "Tây Ninh",
                "aliases": [
                    "Ngân hàng Hợp tác xã Việt Nam (Co-opBank) Chi nhánh Tây Ninh",
                    "Co-opBank Chi nhánh Tây Ninh",
                    "Co-opBank Tây Ninh",
                ],
            },
        ],
        "periods": [per(2026, 2028)],
        "awards": [],
        "award_counts": [],
        "people": [
            pp("Nguyễn Thành Trung", f"Chủ tịch {LM} tỉnh Tây Ninh"),
            pp("Lê Thị Kim Thoa", f"Phó Chủ tịch Thường trực {LM} Thành phố Hồ Chí Minh"),
            pp("Phan Quốc Vinh", "Giám đốc Ngân hàng Hợp tác xã Việt Nam chi nhánh Tây Ninh"),
        ],
        "authors": ["Khánh Duy", "Minh Tâm"],
    },
    {
        "id": "s10",
        "title": "Kiện toàn lãnh đạo Liên minh HTX tỉnh Ninh Bình sau hợp nhất",
        "published": "2025-09-09T20:30",
        "events": [ev("conference", "2025-09-09"), ev("award", "2025-09-09")],
        "dates": ["2025-09-09", "2025-09-03", "2025-10-01"],
        "parties": [alliance("Ninh Bình")],
        "periods": [per(2020, 2025), per(2025, 2030)],
        "awards": [
            aw("Kỷ niệm chương", "Phạm Văn Tứ"),
            aw("Bằng khen", "Phạm Văn Tứ"),
        ],
        "award_counts": [cnt("Giấy khen", None, 6)],
        "people": [
            pp("Lưu Quang Định", "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy Ninh Bình"),
            pp("Đinh Văn Khải", f"Chủ tịch {LM} tỉnh Ninh Bình"),
            pp("Lại Thị Hương", f"Phó Chủ tịch {LM} tỉnh Ninh Bình"),
            pp("Vũ Đình Nam", f"Phó Chủ tịch {LM} tỉnh Ninh Bình"),
            pp("Phạm Văn Tứ", f"Chủ tịch {LM} tỉnh Ninh Bình (trước hợp nhất)"),
        ],
        "authors": ["Đức Lam"],
    },
    {
        "id": "s11",
        "title": "Khai mạc Đại hội đại biểu Liên minh Hợp tác xã thành phố Hải Phòng lần thứ I",
        "published": "2025-12-18T09:15",
        "events": [ev("congress", "2025-12-18"), ev("award", "2025-12-18")],
        "dates": ["2025-12-18", "2025-07-01", "2025-08-29"],
        "parties": [alliance("Hải Phòng")],
        "periods": [per(2025, 2030), per(2020, 2025), per(None, 2030), per(2020, 2024)],
        "awards": [aw("Bằng khen", alliance_name("Hải Phòng"), alliance_aliases("Hải Phòng"))],
        "award_counts": [cnt("Bằng khen", 8, 12)],
        "people": [
            pp("Nguyễn Hoài Sơn", f"Phó Chủ tịch {LM} Việt Nam"),
            pp("Đoàn Thị Thu Hà", "Phó Chủ tịch Ủy ban nhân dân thành phố Hải Phòng"),
            pp("Ngô Văn Toản", f"Chủ tịch {LM} thành phố Hải Phòng"),
        ],
        "authors": ["Hồng Nhung"],
    },
    {
        "id": "s12",
        "title": "Liên minh HTX tỉnh An Giang ra mắt sau hợp nhất, kết nạp 8 thành viên mới",
        "published": "2025-10-03T19:45",
        "events": [ev("conference", "2025-10-03"), ev("membership", "2025-10-03"), ev("signing", "2025-10-03")],
        "dates": ["2025-10-03", "2025-06-12", "2025-09-26"],
        "parties": [
            alliance("An Giang"),
            {
                "name": "Sở Nông nghiệp và Môi trường tỉnh An Giang",
                "kind": "government",
                "province": "An Giang",
                "aliases": ["Sở Nông nghiệp và Môi trường"],
            },
        ],
        "periods": [per(2025, 2027)],
        "awards": [],
        "award_counts": [],
        "people": [
            pp("Huỳnh Văn Nhã", f"Chủ tịch {LM} tỉnh An Giang"),
            pp("Thạch Sô Phol", f"Phó Chủ tịch Thường trực {LM} tỉnh An Giang"),
            pp("Trần Hữu Lộc", "Giám đốc Sở Nông nghiệp và Môi trường tỉnh An Giang"),
        ],
        "authors": ["Thanh Tiến"],
    },
]

# --- validation ---------------------------------------------------------------------------------
KEYS = ["id", "title", "published", "events", "dates", "parties", "periods", "awards", "award_counts",
        "people", "authors"]
EVENT_TYPES = {"signing", "award", "conference", "congress", "trade_promotion", "membership",
               "establishment", "visit", "training", "other"}
PARTY_KINDS = {"cooperative_alliance", "cooperative", "cooperative_union", "credit_fund", "government",
               "bank", "enterprise", "association", "other"}
AWARDS = {"Cờ thi đua", "Bằng khen", "Giấy khen", "Kỷ niệm chương", "Huân chương Lao động hạng Nhất",
          "Huân chương Lao động hạng Nhì", "Huân chương Lao động hạng Ba"}
ABBREV = re.compile(r"\b(HTX|LMHTX|LM HTX|QTDND|UBND|HĐQT|DVNN|TP|TP\.HCM|HCM|NN&MT|KTTT)\b")
END_MARKERS = re.compile(r"^\s*(Tin liên quan|Tin liên quan:|Các tin khác|Tin khác|Tin cùng chuyên mục|"
                         r"Bài viết liên quan|Các tin đã đưa:?)\s*$", re.M)
ONE = r"(?:\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|--\d{2}-\d{2})"
DATE_RE = re.compile(rf"^{ONE}(?:/{ONE})?$")
PUB_RE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$")
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def fold(s):  # as score.py
    s = unicodedata.normalize("NFD", str(s or ""))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.replace("đ", "d").replace("Đ", "D").lower()
    s = "".join(c if c.isalnum() else " " for c in s)
    return " ".join(s.split())


def _split(ch):
    d = unicodedata.normalize("NFD", ch)
    base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
    return base, "".join(c for c in d if c in TONES)


def retone_old(syl):  # DOMAIN.md §1.2 reference implementation, old style
    parts = [_split(c) for c in unicodedata.normalize("NFC", syl)]
    low = "".join(b for b, _ in parts).lower()
    tone = "".join(t for _, t in parts)
    m = re.fullmatch(r"([^aăâeêioôơuưy]*)(oa|oe|uy)", low)
    if not tone or not m or m.group(1).endswith("q"):
        return syl
    target = len(m.group(1))
    return "".join(unicodedata.normalize("NFC", b + (tone if i == target else "")) for i, (b, _) in enumerate(parts))


def canonical_text_problems(s):
    out = []
    if unicodedata.normalize("NFC", s) != s:
        out.append("not NFC")
    if any(c in s for c in "\u00d0\u00f0\u0189\u0256"):
        out.append("eth instead of Đ/đ")
    for w in re.findall(r"\w+", s):
        if retone_old(w) != w:
            out.append(f"new-style tone in {w!r}")
    return out


def valid_one(v):
    if v.startswith("--"):
        datetime.date(2000, int(v[2:4]), int(v[5:7]))
    elif len(v) == 7:
        datetime.date(int(v[:4]), int(v[5:7]), 1)
    else:
        datetime.date.fromisoformat(v)


def province_in(province, fbody):
    if province == "Hồ Chí Minh" and re.search(r"\b(tp hcm|tphcm|hcm)\b", fbody):
        return True
    return fold(province) in fbody


RUN_ON = re.compile(r"[a-zà-ỹđ]\s+[A-ZÀ-ỸĐ][a-zà-ỹđ]+\s+[A-ZÀ-ỸĐ]?")


def body_of(text, published=None):
    """The article body: after the publication stamp, before the first related-news heading,
    without run-on related-headline lines (DOMAIN.md §8)."""
    m = END_MARKERS.search(text)
    body = text[: m.start()] if m else text
    if published:
        y, mo, d = published[:10].split("-")
        i = body.find(f"{d}/{mo}/{y}")
        if i >= 0:
            body = body[body.index("\n", i) + 1:]
    keep = []
    for line in body.splitlines():
        s = line.strip()
        glued = re.findall(r"[a-zà-ỹđ0-9] (?=[A-ZĐ][a-zà-ỹđ]+ [a-zà-ỹđ])", s)
        if len(s) > 120 and not s.endswith((".", ":", '"', "”")) and len(glued) >= 2 and "," not in s[-40:]:
            continue  # related headlines glued together by the scraper
        keep.append(line)
    return "\n".join(keep)


def expand(text):
    """Rough expansion of the domain abbreviations, for presence checks only."""
    rep = [(r"\bLMHTX\b", "Liên minh Hợp tác xã"), (r"\bQTDND\b", "Quỹ tín dụng nhân dân"),
           (r"\bHTX\b", "Hợp tác xã"), (r"\bDVNN\b", "Dịch vụ nông nghiệp"), (r"\bUBND\b", "Ủy ban nhân dân")]
    for a, b in rep:
        text = re.sub(a, b, text)
    return text


def day_months(body):
    """(day, month) pairs and (month, year) pairs written in the body, in any of the press forms."""
    dm, my = set(), set()
    for d, m in re.findall(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})(?![\d])", body):
        dm.add((int(d), int(m)))
    for d, m in re.findall(r"(\d{1,2}) tháng (\d{1,2})", body):
        dm.add((int(d), int(m)))
    # "14 và 15/10", "từ ngày 21 đến 23/5": the first day of a range shares the month of the last
    for d1, d2, m in re.findall(r"(\d{1,2}) (?:và|đến) (\d{1,2})[/.-](\d{1,2})", body):
        dm.add((int(d1), int(m)))
    for m, y in re.findall(r"tháng (\d{1,2})/(\d{4})", body):
        my.add((int(m), int(y)))
    return dm, my


def validate(gold, texts):
    errors = []

    def err(gid, msg):
        errors.append(f"{gid}: {msg}")

    ids = [g["id"] for g in gold]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if set(ids) != set(texts):
        errors.append(f"ids {sorted(set(ids) ^ set(texts))} lack an article or a gold line")
    for g in gold:
        gid = g["id"]
        text = texts.get(gid, "")
        body = body_of(text, g["published"])
        fbody = fold(expand(body))
        if list(g) != KEYS:
            err(gid, f"keys {list(g)} differ from the dev shape")
        # title
        t = g["title"]
        if t is not None and t not in text.splitlines():
            err(gid, "title is not a line of the article")
        # published
        p = g["published"]
        if p is not None:
            if not PUB_RE.match(p):
                err(gid, f"published {p!r} not ISO")
            else:
                y, mo, d = p[:10].split("-")
                if f"{d}/{mo}/{y}" not in text:
                    err(gid, f"published {p} has no dd/mm/yyyy stamp in the text")
                if len(p) > 10 and p[11:] not in text:
                    err(gid, f"published time {p[11:]} not in the text")
        # dates
        dm, my = day_months(body)
        if len(set(g["dates"])) != len(g["dates"]):
            err(gid, "duplicate dates")
        for v in g["dates"]:
            if not DATE_RE.match(v):
                err(gid, f"date {v!r} not ISO")
                continue
            for one in v.split("/"):
                try:
                    valid_one(one)
                except ValueError:
                    err(gid, f"date {one!r} impossible")
                    continue
                if len(one) == 7:
                    if (int(one[5:7]), int(one[:4])) not in my:
                        err(gid, f"month {one} not written in the body")
                elif (int(one[-2:]), int(one[-5:-3])) not in dm:
                    err(gid, f"date {one} not written in the body (furniture?)")
            if "/" in v and v.split("/")[0] > v.split("/")[1]:
                err(gid, f"range {v} reversed")
        # events
        for e in g["events"]:
            if set(e) != {"type", "date"} or e["type"] not in EVENT_TYPES:
                err(gid, f"bad event {e}")
            if e["date"] is not None and e["date"] not in g["dates"]:
                err(gid, f"event date {e['date']} missing from dates")
        if len({(e["type"], e["date"]) for e in g["events"]}) != len(g["events"]):
            err(gid, "duplicate events")
        # parties
        for pa in g["parties"]:
            if not {"name", "kind", "province"} <= set(pa) or not set(pa) <= {"name", "kind", "province", "aliases"}:
                err(gid, f"bad party keys {pa}")
            if pa["kind"] not in PARTY_KINDS:
                err(gid, f"bad party kind {pa['kind']}")
            if pa["province"] is not None and pa["province"] not in AFTER_2025:
                err(gid, f"party province {pa['province']} is not one of the 34 units valid after 1 July 2025")
            if pa["kind"] == "cooperative_alliance":
                if pa["province"] is None and pa["name"] != VCA["name"]:
                    err(gid, f"alliance {pa['name']} without province")
                elif pa["province"] in AFTER_2025 and pa["name"] != alliance_name(pa["province"]):
                    err(gid, f"alliance name {pa['name']} not canonical")
                where = pa["province"] or "Việt Nam"
                if not province_in(where, fbody):
                    err(gid, f"party province {where} not in the body")
            else:
                forms = [pa["name"]] + pa.get("aliases", [])
                found = any(fold(expand(f)) in fbody for f in forms)
                if not found and pa["province"]:
                    # the province may be resolved from elsewhere ("UBND tỉnh" ... "tỉnh Khánh Hoà")
                    bare = re.sub(rf"\s+(tỉnh |thành phố )?{re.escape(pa['province'])}$", "", pa["name"])
                    found = fold(bare) in fbody and province_in(pa["province"], fbody)
                if not found:
                    err(gid, f"party {pa['name']} (or an alias) not in the body")
            if ABBREV.search(pa["name"]):
                err(gid, f"party name {pa['name']} not expanded")
            for prob in canonical_text_problems(pa["name"]) + canonical_text_problems(pa["province"] or ""):
                err(gid, f"party {pa['name']}: {prob}")
        if len({fold(x["province"]) if x["kind"] == "cooperative_alliance" and x["province"] else fold(x["name"])
                for x in g["parties"]}) != len(g["parties"]):
            err(gid, "duplicate party keys")
        # periods
        for pe in g["periods"]:
            s, e = pe.get("start"), pe.get("end")
            if set(pe) != {"start", "end"} or not isinstance(e, int) or not (s is None or isinstance(s, int)):
                err(gid, f"bad period {pe}")
                continue
            if s is not None and not (s <= e and e - s <= 20):
                err(gid, f"implausible period {pe}")
            if str(e) not in body or (s is not None and str(s) not in body):
                err(gid, f"period {pe} years not in the body")
            if s is None and not re.search(rf"đến năm {e}", body):
                err(gid, f"horizon {e} without 'đến năm {e}' in the body")
        if len({(x['start'], x['end']) for x in g["periods"]}) != len(g["periods"]):
            err(gid, "duplicate periods")
        # awards
        for a in g["awards"]:
            if not {"award", "recipient"} <= set(a) or not set(a) <= {"award", "recipient", "aliases"}:
                err(gid, f"bad award keys {a}")
            if a["award"] not in AWARDS:
                err(gid, f"award {a['award']} not canonical")
            r = a["recipient"]
            if ABBREV.search(r):
                err(gid, f"recipient {r} not expanded")
            for prob in canonical_text_problems(r):
                err(gid, f"recipient {r}: {prob}")
            if r.startswith("Liên minh Hợp tác xã "):
                prov = re.sub(r"^Liên minh Hợp tác xã (tỉnh |thành phố |Thành phố )?", "", r)
                if prov not in AFTER_2025 or not province_in(prov, fbody):
                    err(gid, f"alliance recipient {r} not grounded")
            elif not any(fold(expand(f)) in fbody for f in [r] + a.get("aliases", [])):
                err(gid, f"recipient {r} (or an alias) not in the body")
        # award counts
        for c in g["award_counts"]:
            if set(c) != {"award", "collectives", "individuals"} or c["award"] not in AWARDS:
                err(gid, f"bad award count {c}")
            if c["collectives"] is None and c["individuals"] is None:
                err(gid, f"empty award count {c}")
            for n in (c["collectives"], c["individuals"]):
                if n is not None and not re.search(rf"\b0?{n}\b", body):
                    err(gid, f"count {n} not in the body")
        # people, authors
        for pe in g["people"]:
            if set(pe) != {"name", "title"}:
                err(gid, f"bad person {pe}")
            if fold(pe["name"]) not in fold(body):
                err(gid, f"person {pe['name']} not in the body")
            if pe["title"] and ABBREV.search(pe["title"]):
                err(gid, f"title of {pe['name']} not expanded")
            for prob in canonical_text_problems(pe["name"]) + canonical_text_problems(pe["title"] or ""):
                err(gid, f"person {pe['name']}: {prob}")
        for au in g["authors"]:
            if not isinstance(au, str) or fold(au) not in fold(body):
                err(gid, f"author {au!r} not in the text before the related-news list")
    return errors


def main():
    texts = {}
    for fn in sorted(os.listdir(ARTICLES)):
        if fn.endswith(EXT):
            with open(os.path.join(ARTICLES, fn), encoding="utf-8") as f:
                texts[fn[: -len(EXT)]] = f.read()
    gold = sorted(GOLD, key=lambda g: g["id"])
    errors = validate(gold, texts)
    with open(OUT, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}: {len(gold)} records for {len(texts)} articles")
    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("validation OK")


if __name__ == "__main__":
    main()

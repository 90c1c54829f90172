#!/usr/bin/env python3
"""Write and validate the gold records of eval16 (12 saved HTML pages in articles/).

usage: python3 make_gold.py            # writes gold.jsonl next to this script, then validates it

The gold follows ../shared/SCHEMA.md and the conventions of ../shared/eval/dev.gold.jsonl:
plain values, no spans; "id" is the file name without ".html". The reasons behind each value
are in NOTES.md. Standard library only.
"""
import datetime as dt
import html
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = os.path.join(HERE, "articles")
OUT = os.path.join(HERE, "gold.jsonl")

# ---------------------------------------------------------------------------------------------
# helpers for writing the gold compactly


def LM(unit, prov, name_prov=None):
    """A provincial/municipal cooperative alliance as a party."""
    return {"name": f"Liên minh Hợp tác xã {unit} {name_prov or prov}", "kind": "cooperative_alliance",
            "province": prov}


VCA = {"name": "Liên minh Hợp tác xã Việt Nam", "kind": "cooperative_alliance", "province": None}


def ev(t, d):
    return {"type": t, "date": d}


def P(s, e):
    return {"start": s, "end": e}


def AW(award, recipient, *aliases):
    r = {"award": award, "recipient": recipient}
    if aliases:
        r["aliases"] = list(aliases)
    return r


def AC(award, coll, ind):
    return {"award": award, "collectives": coll, "individuals": ind}


def PE(name, title):
    return {"name": name, "title": title}


HCLD3 = "Huân chương Lao động hạng Ba"

GOLD = [
    {
        "id": "s01",
        "title": "Nghệ An: Trao Huân chương Lao động cho hợp tác xã và cá nhân có thành tích xuất sắc",
        "published": "2019-04-11T18:42",
        "events": [ev("conference", "2019-04-10"), ev("award", "2019-04-10")],
        "dates": ["2019-04-10", "2019-03-31", "2018-12-28"],
        "parties": [LM("tỉnh", "Nghệ An")],
        "periods": [P(2016, 2018), P(None, 2020), P(2013, 2017)],
        "awards": [
            AW(HCLD3, "Hợp tác xã Dịch vụ nông nghiệp Nghi Hoa Xanh",
               "Hợp tác xã Dịch vụ nông nghiệp Nghi Hoa Xanh (huyện Nghi Lộc)"),
            AW(HCLD3, "Trần Đình Lực"),
            AW("Cờ thi đua", "Hợp tác xã Công nghiệp Tân Phú Hưng",
               "Hợp tác xã Công nghiệp Tân Phú Hưng (TP Vinh)",
               "Hợp tác xã Công nghiệp Tân Phú Hưng (Thành phố Vinh)"),
        ],
        "award_counts": [AC("Bằng khen", 12, 20), AC("Giấy khen", 25, 37)],
        "people": [
            PE("Phan Thị Hồng Nhung", "Chủ tịch Liên minh Hợp tác xã tỉnh Nghệ An"),
            PE("Đinh Viết Thắng", "Phó Chủ tịch Ủy ban nhân dân tỉnh Nghệ An"),
            PE("Trần Đình Lực",
               "Chủ tịch Hội đồng quản trị kiêm Giám đốc Hợp tác xã Dịch vụ tổng hợp Quỳnh Lương"),
        ],
        "authors": ["Hữu Nghĩa"],
    },
    {
        "id": "s02",
        "title": "Đại hội đại biểu Liên minh Hợp tác xã tỉnh Thái Bình lần thứ VI, nhiệm kỳ 2020 - 2025",
        "published": "2020-08-27T16:05",
        "events": [ev("congress", "2020-08-26/2020-08-27"), ev("award", "2020-08-27")],
        "dates": ["2020-08-26/2020-08-27", "2020-06-10", "2020-12", "2020-08-27"],
        "parties": [LM("tỉnh", "Thái Bình")],
        "periods": [P(2020, 2025), P(2015, 2020), P(None, 2025)],
        "awards": [AW("Cờ thi đua", "Liên minh Hợp tác xã tỉnh Thái Bình")],
        "award_counts": [AC("Kỷ niệm chương", None, 5)],
        "people": [
            PE("Nguyễn Tiến Thành", "Phó Bí thư Thường trực Tỉnh ủy Thái Bình"),
            PE("Phạm Đức Toản", "Chủ tịch Liên minh Hợp tác xã tỉnh Thái Bình"),
            PE("Trần Quốc Hưng", "Phó Chủ tịch Liên minh Hợp tác xã Việt Nam"),
        ],
        "authors": ["Xuân Tiến"],
    },
    {
        "id": "s03",
        "title": "Liên minh Hợp tác xã Việt Nam và Agribank ký thỏa thuận hợp tác giai đoạn 2021-2025",
        "published": "2021-08-26T10:32",
        "events": [ev("signing", "2021-08-25")],
        "dates": ["2021-08-25", "2021-06", "2015-06-09"],
        "parties": [
            VCA,
            {"name": "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam", "kind": "bank",
             "province": None, "aliases": ["Agribank"]},
        ],
        "periods": [P(2021, 2025), P(None, 2030)],
        "awards": [],
        "award_counts": [],
        "people": [
            PE("Đào Minh Hải", "Phó Chủ tịch Liên minh Hợp tác xã Việt Nam"),
            PE("Lưu Quang Vinh", "Phó Tổng Giám đốc Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam"),
        ],
        "authors": ["Minh Thu"],
    },
    {
        "id": "s04",
        "title": "Cụm thi đua Liên minh HTX 6 tỉnh Bắc Trung Bộ ký giao ước thi đua năm 2022",
        "published": "2022-03-24T19:20",
        "events": [ev("conference", "2022-03-24"), ev("signing", "2022-03-24"), ev("award", "2022-03-24")],
        "dates": ["2022-03-24", "2022-01-18"],
        "parties": [LM("tỉnh", "Thanh Hóa"), LM("tỉnh", "Nghệ An"), LM("tỉnh", "Hà Tĩnh"),
                    LM("tỉnh", "Quảng Bình"), LM("tỉnh", "Quảng Trị"), LM("tỉnh", "Thừa Thiên Huế")],
        "periods": [P(2021, 2025)],
        "awards": [AW("Cờ thi đua", "Liên minh Hợp tác xã tỉnh Hà Tĩnh"),
                   AW("Cờ thi đua", "Liên minh Hợp tác xã tỉnh Quảng Trị")],
        "award_counts": [AC("Cờ thi đua", 2, None), AC("Bằng khen", 4, 6)],
        "people": [
            PE("Lê Văn Nghĩa", "Phó Chủ tịch Liên minh Hợp tác xã Việt Nam"),
            PE("Võ Văn Tiến", "Chủ tịch Liên minh Hợp tác xã tỉnh Hà Tĩnh, Cụm trưởng năm 2021"),
        ],
        "authors": ["Hoàng Yến"],
    },
    {
        "id": "s05",
        "title": "Hà Nội: 118 hợp tác xã được thành lập mới trong năm 2023",
        "published": "2024-01-02T08:45",
        "events": [ev("conference", "2023-12-29"), ev("award", "2023-12-29")],
        "dates": ["2023-12-29", "2024-07-01", "2023-09-15"],
        "parties": [LM("thành phố", "Hà Nội")],
        "periods": [P(2021, 2025)],
        "awards": [
            AW("Bằng khen", "Hợp tác xã Nông nghiệp và dịch vụ Tiên Dương Xanh",
               "Hợp tác xã Nông nghiệp và dịch vụ Tiên Dương Xanh (huyện Đông Anh)"),
            AW("Bằng khen", "Hợp tác xã Mây tre đan Phú Vinh Mới",
               "Hợp tác xã Mây tre đan Phú Vinh Mới (huyện Chương Mỹ)"),
        ],
        "award_counts": [AC("Giấy khen", 15, 21)],
        "people": [
            PE("Trần Quốc Việt", "Phó Chủ tịch Ủy ban nhân dân thành phố Hà Nội"),
            PE("Lê Văn Thăng", "Chủ tịch Liên minh Hợp tác xã thành phố Hà Nội"),
        ],
        "authors": ["Hoài Nam"],
    },
    {
        "id": "s06",
        "title": "Liên minh HTX Cần Thơ, Sóc Trăng, Hậu Giang ký kết phối hợp giai đoạn 2023 - 2027",
        "published": "2023-03-15T09:10",
        "events": [ev("signing", "2023-03-14"), ev("trade_promotion", "2023-03-14")],
        "dates": ["2023-03-14", "2020-11-13"],
        "parties": [LM("thành phố", "Cần Thơ"), LM("tỉnh", "Sóc Trăng"), LM("tỉnh", "Hậu Giang")],
        "periods": [P(2023, 2027), P(None, 2030), P(2021, 2025)],
        "awards": [],
        "award_counts": [],
        "people": [
            PE("Huỳnh Văn Bé Tư", "Chủ tịch Liên minh Hợp tác xã thành phố Cần Thơ"),
            PE("Lâm Thị Kim Xuyến", "Phó Chủ tịch phụ trách Liên minh Hợp tác xã tỉnh Sóc Trăng"),
            PE("Trương Minh Triều", "Chủ tịch Liên minh Hợp tác xã tỉnh Hậu Giang"),
        ],
        "authors": ["Kim Ngân"],
    },
    {
        "id": "s07",
        "title": "Thanh Hóa: Biểu dương 68 hợp tác xã điển hình tiên tiến, trao Huân chương Lao động cho tập thể và cá nhân",
        "published": "2024-04-11T17:05",
        "events": [ev("conference", "2024-04-10"), ev("award", "2024-04-10")],
        "dates": ["2024-04-10", "2024-04-11", "2023-12-29", "2024-03-05"],
        "parties": [LM("tỉnh", "Thanh Hóa")],
        "periods": [P(2018, 2022), P(None, 2025), P(None, 2030)],
        "awards": [
            AW(HCLD3, "Hợp tác xã Dịch vụ nông nghiệp Hoằng Đạt Xanh",
               "Hợp tác xã Dịch vụ nông nghiệp Hoằng Đạt Xanh (huyện Hoằng Hóa)"),
            AW(HCLD3, "Lê Văn Tuyển", "Ông Lê Văn Tuyển"),
            AW("Bằng khen", "Quỹ tín dụng nhân dân Thiệu Tâm Phú",
               "Quỹ tín dụng nhân dân Thiệu Tâm Phú (huyện Thiệu Hóa)"),
            AW("Cờ thi đua", "Hợp tác xã Nông nghiệp Yên Trung Phát",
               "Hợp tác xã Nông nghiệp Yên Trung Phát (huyện Yên Định)"),
        ],
        "award_counts": [AC(HCLD3, 1, 1), AC("Bằng khen", 8, 12)],
        "people": [
            PE("Lê Đức Giang", "Phó Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa"),
            PE("Nguyễn Hồng Sơn", "Phó Chủ tịch Liên minh Hợp tác xã Việt Nam"),
            PE("Lê Văn Tuyển", "Giám đốc Hợp tác xã Chè Thanh Sơn Mới"),
            PE("Hà Thị Lan", "Chủ tịch Liên minh Hợp tác xã tỉnh Thanh Hóa"),
        ],
        "authors": ["Lê Hà"],
    },
    {
        "id": "s08",
        "title": "Tọa đàm \"Luật Hợp tác xã 2023: Tháo gỡ điểm nghẽn, mở đường cho kinh tế tập thể\"",
        "published": "2024-10-08T14:30",
        "events": [ev("conference", "2024-10-07")],
        "dates": ["2024-10-07", "2023-06-20", "2024-07-01", "2024-09-12", "2024-06-30", "2022-06-16"],
        "parties": [{"name": "Báo Đầu tư", "kind": "other", "province": None}, VCA],
        "periods": [P(None, 2030), P(None, 2045)],
        "awards": [],
        "award_counts": [],
        "people": [
            PE("Nguyễn Mạnh Hà", "Phó Tổng biên tập Báo Đầu tư"),
            PE("Đặng Quang Thái", "Trưởng ban Chính sách - Pháp luật, Liên minh Hợp tác xã Việt Nam"),
            PE("Nguyễn Thị Hương Giang", "Viện Nghiên cứu quản lý kinh tế Trung ương"),
            PE("Nguyễn Văn Phúc", "Giám đốc Hợp tác xã Nông nghiệp Tân Lộc Phát"),
        ],
        "authors": ["Quang Minh"],
    },
    {
        "id": "s09",
        "title": "Khai mạc Hội chợ sản phẩm hợp tác xã các tỉnh miền Trung tại Huế",
        "published": "2025-03-05T15:40",
        "events": [ev("trade_promotion", "2025-03-05/2025-03-07"), ev("signing", "2025-03-05")],
        "dates": ["2025-03-05/2025-03-07", "2025-03-05", "2025-01-01", "2024-11-30", "2025-03-06"],
        "parties": [LM("thành phố", "Huế"), LM("thành phố", "Đà Nẵng")],
        "periods": [P(2025, 2030)],
        "awards": [],
        "award_counts": [],
        "people": [
            PE("Hồ Thị Thanh Tâm", "Chủ tịch Liên minh Hợp tác xã thành phố Huế"),
            PE("Phan Văn Lực", "Phó Chủ tịch Liên minh Hợp tác xã thành phố Đà Nẵng"),
        ],
        "authors": ["Mai Trang"],
    },
    {
        "id": "s10",
        "title": "Liên minh HTX Lâm Đồng và Đắk Lắk ký kết phối hợp, hỗ trợ hợp tác xã sau sắp xếp tỉnh",
        "published": "2025-10-16T20:15",
        "events": [ev("signing", "2025-10-16"), ev("award", "2025-10-16")],
        "dates": ["2025-10-16", "2025-06-12", "2025-07-01"],
        "parties": [LM("tỉnh", "Đắk Lắk"), LM("tỉnh", "Lâm Đồng")],
        "periods": [P(2025, 2030), P(None, 2030)],
        "awards": [],
        "award_counts": [AC("Giấy khen", 6, None)],
        "people": [
            PE("Đinh Văn Tuấn", "Chủ tịch Liên minh Hợp tác xã tỉnh Lâm Đồng"),
            PE("H’Bia Niê", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh Đắk Lắk"),
        ],
        "authors": ["Quang Hải"],
    },
    {
        "id": "s11",
        "title": "Bắc Ninh: Ký quy chế phối hợp chăm lo cho người lao động trong hợp tác xã",
        "published": "2026-03-18T11:25",
        "events": [ev("signing", "2026-03-17"), ev("award", "2026-03-17")],
        "dates": ["2026-03-17", "2025-07-01", "2022-06-16"],
        "parties": [{"name": "Liên đoàn Lao động tỉnh Bắc Ninh", "kind": "other", "province": "Bắc Ninh"},
                    LM("tỉnh", "Bắc Ninh")],
        "periods": [P(2026, 2030), P(None, 2030)],
        "awards": [AW("Bằng khen", "Ngô Thị Hồng Vân"), AW("Bằng khen", "Thân Văn Khải"),
                   AW("Bằng khen", "Hoàng Văn Quý")],
        "award_counts": [AC("Bằng khen", None, 3), AC("Giấy khen", 10, 15)],
        "people": [
            PE("Ngô Thị Thanh Hương", "Chủ tịch Liên đoàn Lao động tỉnh Bắc Ninh"),
            PE("Thân Đức Mạnh", "Chủ tịch Liên minh Hợp tác xã tỉnh Bắc Ninh"),
            PE("Ngô Thị Hồng Vân", "Chủ tịch Công đoàn cơ sở Hợp tác xã Vải thiều Lục Ngạn Xanh"),
            PE("Thân Văn Khải", "Giám đốc Hợp tác xã Gà đồi Yên Thế Phát"),
            PE("Hoàng Văn Quý", "Chủ tịch Hội đồng quản trị Quỹ tín dụng nhân dân Tân Dĩnh"),
        ],
        "authors": ["Trần Vương"],
    },
    {
        "id": "s12",
        "title": "Đại hội đại biểu Liên minh Hợp tác xã tỉnh An Giang lần thứ I, nhiệm kỳ 2025-2030",
        "published": "2025-12-11T06:30",
        "events": [ev("congress", "2025-12-10"), ev("award", "2025-12-10")],
        "dates": ["2025-12-10", "2025-07-28", "2026-03"],
        "parties": [LM("tỉnh", "An Giang")],
        "periods": [P(2025, 2030), P(2020, 2025), P(None, 2030), P(2026, 2031)],
        "awards": [
            AW("Cờ thi đua", "Hợp tác xã Nông nghiệp Tân Hội Phát",
               "Hợp tác xã Nông nghiệp Tân Hội Phát (xã Tân Hội)"),
            AW("Kỷ niệm chương", "Lâm Văn Hiếu"),
        ],
        "award_counts": [AC("Bằng khen", 3, 4)],
        "people": [
            PE("Nguyễn Thanh Nhàn", "Phó Chủ tịch Ủy ban nhân dân tỉnh An Giang"),
            PE("Danh Thị Mỹ Duyên", "Chủ tịch Liên minh Hợp tác xã tỉnh An Giang"),
            PE("Lâm Văn Hiếu", "nguyên Chủ tịch Liên minh Hợp tác xã tỉnh Kiên Giang"),
        ],
        "authors": ["Thanh Dũng"],
    },
]

FIELDS = ["id", "title", "published", "events", "dates", "parties", "periods", "awards", "award_counts",
          "people", "authors"]

# ---------------------------------------------------------------------------------------------
# reference data for validation

PROVINCES_PRE2025 = """Hà Nội|Hà Giang|Cao Bằng|Bắc Kạn|Tuyên Quang|Lào Cai|Điện Biên|Lai Châu|Sơn La|Yên Bái|Hòa Bình|
Thái Nguyên|Lạng Sơn|Quảng Ninh|Bắc Giang|Phú Thọ|Vĩnh Phúc|Bắc Ninh|Hải Dương|Hải Phòng|Hưng Yên|Thái Bình|Hà Nam|
Nam Định|Ninh Bình|Thanh Hóa|Nghệ An|Hà Tĩnh|Quảng Bình|Quảng Trị|Thừa Thiên Huế|Đà Nẵng|Quảng Nam|Quảng Ngãi|
Bình Định|Phú Yên|Khánh Hòa|Ninh Thuận|Bình Thuận|Kon Tum|Gia Lai|Đắk Lắk|Đắk Nông|Lâm Đồng|Bình Phước|Tây Ninh|
Bình Dương|Đồng Nai|Bà Rịa - Vũng Tàu|Hồ Chí Minh|Long An|Tiền Giang|Bến Tre|Trà Vinh|Vĩnh Long|Đồng Tháp|An Giang|
Kiên Giang|Cần Thơ|Hậu Giang|Sóc Trăng|Bạc Liêu|Cà Mau"""
PROVINCES_PRE2025 = [p.strip() for p in PROVINCES_PRE2025.replace("\n", "").split("|")]
PROVINCES_POST2025 = ["Hà Nội", "Cao Bằng", "Tuyên Quang", "Điện Biên", "Lai Châu", "Sơn La", "Lào Cai",
                      "Thái Nguyên", "Lạng Sơn", "Quảng Ninh", "Bắc Ninh", "Phú Thọ", "Hải Phòng", "Hưng Yên",
                      "Ninh Bình", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Trị", "Huế", "Đà Nẵng",
                      "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Đắk Lắk", "Lâm Đồng", "Đồng Nai", "Hồ Chí Minh",
                      "Tây Ninh", "Đồng Tháp", "Vĩnh Long", "An Giang", "Cần Thơ", "Cà Mau"]
CITIES_PRE2025 = {"Hà Nội", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"}
CITIES_2025 = CITIES_PRE2025 | {"Huế"}
assert len(PROVINCES_PRE2025) == 63 and len(PROVINCES_POST2025) == 34

EVENT_TYPES = {"signing", "award", "conference", "congress", "trade_promotion", "membership",
               "establishment", "visit", "training", "other"}
PARTY_KINDS = {"cooperative_alliance", "cooperative", "cooperative_union", "credit_fund", "government",
               "bank", "enterprise", "association", "other"}
AWARDS = {"Cờ thi đua", "Bằng khen", "Giấy khen", "Kỷ niệm chương"} | {
    f"Huân chương Lao động hạng {r}" for r in ("Nhất", "Nhì", "Ba")}
ABBREV = re.compile(r"(?<![\w])(HTX|LMHTX|LM HTX|LHHTX|QTDND|QTD|UBND|HĐND|TP\.?|Tp\.?|THT|KTTT|KTHT|HĐQT|"
                    r"LĐLĐ|MTTQ|VCA|TW|NN&PTNT)(?![\w])")

# ---------------------------------------------------------------------------------------------
# validation

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _split(ch):
    d = unicodedata.normalize("NFD", ch)
    return (unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES)),
            "".join(c for c in d if c in TONES))


def retone_old(syl):
    """DOMAIN.md §1.2 reference implementation, old style (hòa, thủy)."""
    parts = [_split(c) for c in unicodedata.normalize("NFC", syl)]
    low = "".join(b for b, _ in parts).lower()
    tone = "".join(t for _, t in parts)
    m = re.fullmatch(r"([^aăâeêioôơuưy]*)(oa|oe|uy)", low)
    if not tone or not m or m.group(1).endswith("q"):
        return syl
    target = len(m.group(1))
    return "".join(unicodedata.normalize("NFC", b + (tone if i == target else "")) for i, (b, _) in enumerate(parts))


def canonical_text_problems(s, where, allow_abbrev=False):
    out = []
    if s != unicodedata.normalize("NFC", s):
        out.append(f"{where}: not NFC: {s!r}")
    if any(c in s for c in "\u00d0\u00f0\u0189\u0256"):
        out.append(f"{where}: eth instead of Đ/đ: {s!r}")
    if any(c in s for c in "\u00a0\u200b\u00ad\ufeff") or "  " in s or s != s.strip():
        out.append(f"{where}: bad spacing: {s!r}")
    for w in re.findall(r"\w+", s):
        if retone_old(w) != w:
            out.append(f"{where}: new-style tone placement {w!r} (canonical: {retone_old(w)!r})")
    if not allow_abbrev and ABBREV.search(s):
        out.append(f"{where}: unexpanded abbreviation {ABBREV.search(s).group(0)!r} in {s!r}")
    return out


DATE_RE = re.compile(r"^(\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|--\d{2}-\d{2})$")


def check_date(v, where):
    if not isinstance(v, str):
        return [f"{where}: date not a string: {v!r}"]
    parts = v.split("/")
    if len(parts) > 2:
        return [f"{where}: bad range {v!r}"]
    out = []
    for p in parts:
        if not DATE_RE.match(p):
            out.append(f"{where}: not ISO: {v!r}")
            continue
        try:
            if p.startswith("--"):
                dt.date(2024, int(p[2:4]), int(p[5:7]))
            elif len(p) == 7:
                dt.date(int(p[:4]), int(p[5:7]), 1)
            else:
                dt.date.fromisoformat(p)
        except ValueError:
            out.append(f"{where}: impossible date {v!r}")
    if len(parts) == 2 and not out and len(parts[0]) == len(parts[1]) and parts[0] >= parts[1]:
        out.append(f"{where}: range not increasing {v!r}")
    return out


def page_text(path):
    raw = open(path, encoding="utf-8").read()
    return raw, html.unescape(raw)


def h1_texts(raw):
    return [" ".join(html.unescape(re.sub(r"<[^>]+>", "", m)).split())
            for m in re.findall(r"<h1[^>]*>(.*?)</h1>", raw, flags=re.S)]


def surface_forms(name):
    """Ways a canonical organisation name is commonly abbreviated in the articles."""
    forms = {name}
    for full, ab in (("Liên minh Hợp tác xã", "Liên minh HTX"), ("Hợp tác xã", "HTX"),
                     ("Quỹ tín dụng nhân dân", "QTDND"), ("Ủy ban nhân dân", "UBND"),
                     ("thành phố", "TP"), ("Hội đồng quản trị", "HĐQT"), ("Liên đoàn Lao động", "LĐLĐ")):
        forms |= {f.replace(full, ab) for f in forms}
    return forms


def validate(records):
    errs = []
    files = sorted(f[:-5] for f in os.listdir(ARTICLES) if f.endswith(".html"))
    ids = [r["id"] for r in records]
    if sorted(ids) != files:
        errs.append(f"ids {sorted(ids)} do not match articles {files}")
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for r in records:
        i = r["id"]
        if list(r) != FIELDS:
            errs.append(f"{i}: fields {list(r)} != {FIELDS}")
            continue
        raw, text = page_text(os.path.join(ARTICLES, i + ".html"))
        pub = r["published"]
        # title: the <h1> as the reader sees it
        if r["title"] is not None:
            errs += canonical_text_problems(r["title"], f"{i}.title", allow_abbrev=True)
            if r["title"] not in h1_texts(raw):
                errs.append(f"{i}.title not the page's <h1>: {h1_texts(raw)}")
        # published: stamp, equal to article:published_time to the minute
        if pub is not None:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?", pub):
                errs.append(f"{i}.published malformed {pub!r}")
            m = re.search(r'property="article:published_time" content="([^"]+)"', raw)
            if not m or not m.group(1).startswith(pub):
                errs.append(f"{i}.published {pub} disagrees with meta {m and m.group(1)}")
        pubday = dt.date.fromisoformat(pub[:10]) if pub else None
        # dates
        if len(set(r["dates"])) != len(r["dates"]):
            errs.append(f"{i}.dates has duplicates")
        for d in r["dates"]:
            errs += check_date(d, f"{i}.dates")
            if pub and d == pub[:10] and d not in text.replace(" ", ""):
                pass  # a body date may equal the stamp's day; it is listed because the body states it
        # events
        types = [e["type"] for e in r["events"]]
        if len(set(types)) != len(types):
            errs.append(f"{i}.events: one item per type expected: {types}")
        for e in r["events"]:
            if e["type"] not in EVENT_TYPES:
                errs.append(f"{i}.events: unknown type {e['type']!r}")
            if e["date"] is not None:
                errs += check_date(e["date"], f"{i}.events")
                if e["date"] not in r["dates"]:
                    errs.append(f"{i}.events: event date {e['date']} not among dates")
                if pubday and e["date"][:10] > pub[:10]:
                    errs.append(f"{i}.events: event {e} after publication")
        # parties
        for p in r["parties"]:
            if set(p) - {"name", "kind", "province", "aliases"} or p.get("kind") not in PARTY_KINDS:
                errs.append(f"{i}.parties malformed {p}")
                continue
            errs += canonical_text_problems(p["name"], f"{i}.parties")
            prov = p["province"]
            if p["kind"] == "cooperative_alliance":
                if p["name"] == "Liên minh Hợp tác xã Việt Nam":
                    if prov is not None:
                        errs.append(f"{i}: the national alliance has no province")
                    continue
                after = pubday and pubday >= dt.date(2025, 7, 1)
                valid = PROVINCES_POST2025 if after else PROVINCES_PRE2025 + (
                    ["Huế"] if pubday and pubday >= dt.date(2025, 1, 1) else [])
                if prov not in valid:
                    errs.append(f"{i}: province {prov!r} not a unit on {pub}")
                cities = CITIES_2025 if pubday and pubday >= dt.date(2025, 1, 1) else CITIES_PRE2025
                unit = "Thành phố" if prov == "Hồ Chí Minh" else ("thành phố" if prov in cities else "tỉnh")
                if prov == "Huế" and pubday < dt.date(2025, 1, 1):
                    errs.append(f"{i}: Huế was not a provincial unit before 2025")
                if p["name"] != f"Liên minh Hợp tác xã {unit} {prov}":
                    errs.append(f"{i}: alliance name {p['name']!r} not canonical for {prov!r}")
            if not any(f in text for f in surface_forms(p["name"]) | set(p.get("aliases", []))) \
                    and not (p["kind"] == "cooperative_alliance" and prov and prov in text):
                errs.append(f"{i}: party {p['name']!r} not found in the page")
        # periods
        for p in r["periods"]:
            s, e = p.get("start"), p.get("end")
            if set(p) != {"start", "end"} or not isinstance(e, int) or (s is not None and not isinstance(s, int)):
                errs.append(f"{i}.periods malformed {p}")
            elif s is not None and not (s <= e and e - s <= 20):
                errs.append(f"{i}.periods implausible {p}")
        keys = [(p["start"], p["end"]) for p in r["periods"]]
        if len(set(keys)) != len(keys):
            errs.append(f"{i}.periods duplicates")
        # awards
        for a in r["awards"]:
            if a["award"] not in AWARDS:
                errs.append(f"{i}.awards: non-canonical award {a['award']!r}")
            errs += canonical_text_problems(a["recipient"], f"{i}.awards")
            if not any(f in text for f in surface_forms(a["recipient"])):
                errs.append(f"{i}.awards: recipient {a['recipient']!r} not found in the page")
        pairs = [(a["award"], a["recipient"]) for a in r["awards"]]
        if len(set(pairs)) != len(pairs):
            errs.append(f"{i}.awards duplicates")
        if r["awards"] and "award" not in types:
            errs.append(f"{i}: awards without an award event")
        for c in r["award_counts"]:
            if c["award"] not in AWARDS:
                errs.append(f"{i}.award_counts: non-canonical award {c['award']!r}")
            vals = [c["collectives"], c["individuals"]]
            if all(v is None for v in vals) or any(v is not None and (not isinstance(v, int) or v <= 0) for v in vals):
                errs.append(f"{i}.award_counts malformed {c}")
        if r["award_counts"] and "award" not in types:
            errs.append(f"{i}: award counts without an award event")
        # people and authors
        for p in r["people"]:
            errs += canonical_text_problems(p["name"], f"{i}.people")
            if p["title"] is not None:
                errs += canonical_text_problems(p["title"], f"{i}.people.title")
            if p["name"] not in text:
                errs.append(f"{i}.people: {p['name']!r} not in the page")
        for a in r["authors"]:
            errs += canonical_text_problems(a, f"{i}.authors", allow_abbrev=True)
            if a != a.title() and a.isupper():
                errs.append(f"{i}.authors: {a!r} should be written in title case")
            if a.lower() not in text.lower():
                errs.append(f"{i}.authors: {a!r} not in the page")
    return errs


def main():
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in GOLD:
            f.write(json.dumps({k: r[k] for k in FIELDS}, ensure_ascii=False) + "\n")
    # re-read what was written, so the file itself is what gets validated
    with open(OUT, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    errs = validate(records)
    for e in errs:
        print("ERROR", e, file=sys.stderr)
    print(f"wrote {OUT}: {len(records)} records, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())

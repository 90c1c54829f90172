#!/usr/bin/env python3
"""Write and validate the gold records for the eval26 set.

usage: python3 make_gold.py

Reads articles/dump.jsonl (12 invented articles, one JSON object per line with
"id", "url", "title", "published", "text"), writes gold.jsonl next to this script
(one line per article, same shape as ../shared/eval/dev.gold.jsonl: plain values, no
spans) and validates every record. Exits 1 and lists the problems when a check fails.

The gold was annotated by hand from the article TEXT, following SCHEMA.md, DOMAIN.md and
the conventions visible in dev.gold.jsonl; the judgement calls are in NOTES.md.
Conventions used throughout:
  * "published" is the stamp the text shows (never the dump's metadata field); null when
    the text shows none. Year-less dates take their year from that stamp, or, when the text
    has no stamp, from the dump's metadata "published".
  * furniture (site clock, breadcrumbs, "Xem thêm:" links, captions, bylines, tags, share
    lines, related/latest-news lists, counters) contributes nothing.
Standard library only.
"""
import json
import os
import re
import sys
import unicodedata as ud

HERE = os.path.dirname(os.path.abspath(__file__))
DUMP = os.path.join(HERE, "articles", "dump.jsonl")
OUT = os.path.join(HERE, "gold.jsonl")


def alliance(province, unit="tỉnh", aliases=None):
    """A provincial / city cooperative alliance party in canonical form."""
    if unit == "TP":  # only Hồ Chí Minh keeps the capital T (SCHEMA canonical names)
        name = f"Liên minh Hợp tác xã Thành phố {province}"
    else:
        name = f"Liên minh Hợp tác xã {unit} {province}"
    p = {"name": name, "kind": "cooperative_alliance", "province": province}
    if aliases:
        p["aliases"] = aliases
    return p


def party(name, kind, province=None, aliases=None):
    p = {"name": name, "kind": kind, "province": province}
    if aliases:
        p["aliases"] = aliases
    return p


def award(a, recipient, aliases=None):
    x = {"award": a, "recipient": recipient}
    if aliases:
        x["aliases"] = aliases
    return x


def count(a, collectives, individuals):
    return {"award": a, "collectives": collectives, "individuals": individuals}


def person(name, title):
    return {"name": name, "title": title}


def ev(t, d):
    return {"type": t, "date": d}


def per(s, e):
    return {"start": s, "end": e}


GOLD = [
    {
        "id": "s01",
        "title": "25 năm hệ thống Quỹ tín dụng nhân dân Thanh Hóa: Điểm tựa vốn cho kinh tế hộ",
        "published": "2019-03-12T16:45",
        "events": [ev("conference", "2019-03-12"), ev("award", "2019-03-12")],
        "dates": ["2019-03-12", "1993-07-27", "2019-03-05"],
        "parties": [
            alliance("Thanh Hóa"),
            party("Ngân hàng Nhà nước Việt Nam chi nhánh Thanh Hóa", "bank", "Thanh Hóa",
                  ["Ngân hàng Nhà nước chi nhánh Thanh Hóa", "Ngân hàng Nhà nước chi nhánh tỉnh Thanh Hóa"]),
        ],
        "periods": [per(1994, 2019), per(None, 2025)],
        "awards": [
            award("Huân chương Lao động hạng Ba", "Quỹ tín dụng nhân dân Thiệu Trung Hòa",
                  ["Quỹ tín dụng nhân dân Thiệu Trung Hòa (huyện Thiệu Hóa)"]),
        ],
        "award_counts": [count("Bằng khen", 9, 14), count("Giấy khen", 12, 20)],
        "people": [
            person("Hoàng Minh Đức", "Phó Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa"),
            person("Trần Đình Tĩnh", "Chủ tịch Liên minh Hợp tác xã tỉnh Thanh Hóa"),
            person("Đỗ Thị Hạnh", "Giám đốc Ngân hàng Nhà nước chi nhánh Thanh Hóa"),
        ],
        "authors": ["Lê Hà"],
    },
    {
        "id": "s02",
        "title": "Liên minh HTX tỉnh và Agribank Bắc Giang ký kết phối hợp hỗ trợ vốn cho kinh tế tập thể",
        "published": "2020-06-06T08:15",
        "events": [ev("signing", "2020-06-05")],
        "dates": ["2020-06-05", "2020-05", "2015-06-09", "2018-09-07"],
        "parties": [
            alliance("Bắc Giang"),
            party("Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam Chi nhánh tỉnh Bắc Giang", "bank", "Bắc Giang",
                  ["Ngân hàng Nông nghiệp và Phát triển nông thôn (Agribank) Chi nhánh tỉnh Bắc Giang",
                   "Ngân hàng Nông nghiệp và Phát triển nông thôn Chi nhánh tỉnh Bắc Giang",
                   "Agribank Chi nhánh tỉnh Bắc Giang", "Agribank Bắc Giang"]),
        ],
        "periods": [per(2020, 2025)],
        "awards": [],
        "award_counts": [],
        "people": [
            person("Hoàng Thị Lan Anh", "Phó Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang"),
            person("Nguyễn Văn Hữu", "Chủ tịch Liên minh Hợp tác xã tỉnh Bắc Giang"),
            person("Thân Đức Lực", "Giám đốc Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam Chi nhánh tỉnh Bắc Giang"),
        ],
        "authors": ["Ngọc Thúy"],
    },
    {
        "id": "s03",
        "title": "Tập huấn nâng cao năng lực quản trị cho cán bộ quản lý hợp tác xã năm 2021",
        "published": None,
        "events": [ev("training", "2021-03-23/2021-03-25")],
        "dates": ["2021-02-02", "2021-03-23/2021-03-25", "2021-03-12", "2021-04-15"],
        "parties": [
            alliance("Sóc Trăng"),
            party("Trường Cán bộ quản lý nông nghiệp và phát triển nông thôn II", "other", None),
        ],
        "periods": [per(2021, 2030), per(2021, 2025)],
        "awards": [],
        "award_counts": [],
        "people": [
            person("Lâm Văn Sương", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh Sóc Trăng"),
            person("Trần Thị Kim Ngân", "giảng viên Trường Cán bộ quản lý nông nghiệp và phát triển nông thôn II"),
        ],
        "authors": ["Minh Khoa"],
    },
    {
        "id": "s04",
        "title": "Khai mạc Hội chợ sản phẩm HTX, OCOP khu vực Tây Nguyên năm 2022",
        "published": "2022-11-10T07:40",
        "events": [ev("trade_promotion", "2022-11-09/2022-11-13"), ev("conference", "2022-11-11")],
        "dates": ["2022-11-09/2022-11-13", "2022-03-28", "2022-11-11"],
        "parties": [
            alliance("Đắk Lắk"),
            party("Sở Công Thương tỉnh Đắk Lắk", "government", "Đắk Lắk", ["Sở Công Thương"]),
        ],
        "periods": [per(2021, 2025), per(None, 2030)],
        "awards": [],
        "award_counts": [],
        "people": [
            person("Lê Đình Khôi", "Phó Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk"),
            person("Nguyễn Hoài Dương", "Chủ tịch Liên minh Hợp tác xã tỉnh Đắk Lắk"),
        ],
        "authors": ["Hoàng Tâm"],
    },
    {
        "id": "s05",
        "title": "Đại hội Liên minh HTX tỉnh lần thứ V: Đổi mới, liên kết, phát triển bền vững",
        "published": "2020-07-25T18:20",
        "events": [ev("congress", "2020-07-24/2020-07-25"), ev("award", "2020-07-25")],
        "dates": ["2020-07-24/2020-07-25", "2020-06-10", "2020-07-25"],
        "parties": [alliance("Thừa Thiên Huế")],
        "periods": [per(2020, 2025), per(2015, 2020), per(None, 2025), per(None, 2030)],
        "awards": [
            award("Cờ thi đua", "Liên minh Hợp tác xã tỉnh Thừa Thiên Huế", ["Liên minh Hợp tác xã tỉnh"]),
        ],
        "award_counts": [count("Bằng khen", 6, 9)],
        "people": [
            person("Đặng Hữu Phước", "Phó Chủ tịch Liên minh Hợp tác xã Việt Nam"),
            person("Lê Trọng Khiêm", "Phó Chủ tịch Ủy ban nhân dân tỉnh Thừa Thiên Huế"),
            person("Hồ Văn Thân", "Chủ tịch Liên minh Hợp tác xã tỉnh Thừa Thiên Huế"),
        ],
        "authors": ["Phan Thành"],
    },
    {
        "id": "s06",
        "title": "Liên minh HTX TP.HCM bắt tay Đại học Nông Lâm đào tạo giám đốc hợp tác xã",
        "published": "2023-08-26T06:30",
        "events": [ev("signing", "2023-08-25")],
        "dates": ["2023-08-25", "2022-06-16", "2023-06-20", "2023-09-15"],
        "parties": [
            alliance("Hồ Chí Minh", unit="TP"),
            party("Trường Đại học Nông Lâm Thành phố Hồ Chí Minh", "other", "Hồ Chí Minh",
                  ["Đại học Nông Lâm Thành phố Hồ Chí Minh", "Trường Đại học Nông Lâm"]),
        ],
        "periods": [per(2023, 2027), per(None, 2030)],
        "awards": [],
        "award_counts": [],
        "people": [
            person("Đỗ Thanh Bình", "Chủ tịch Liên minh Hợp tác xã Thành phố Hồ Chí Minh"),
            person("Hồ Ngọc Trâm", "Phó Hiệu trưởng Trường Đại học Nông Lâm Thành phố Hồ Chí Minh"),
            person("Nguyễn Văn Tùng", "Giám đốc một Hợp tác xã rau an toàn ở Củ Chi"),
        ],
        "authors": ["Hà An"],
    },
    {
        "id": "s07",
        "title": "Vĩnh Phúc: Tôn vinh hợp tác xã, cá nhân tiêu biểu nhân Ngày Hợp tác xã Việt Nam",
        "published": "2024-04-10T20:15",
        "events": [ev("conference", "2024-04-10"), ev("award", "2024-04-10")],
        "dates": ["2024-04-10", "2024-04-11", "2023-12-28"],
        "parties": [alliance("Vĩnh Phúc")],
        "periods": [per(2021, 2025), per(2018, 2022)],
        "awards": [
            award("Huân chương Lao động hạng Ba", "Hợp tác xã Nông nghiệp Đồng Thịnh Phát",
                  ["Hợp tác xã Nông nghiệp Đồng Thịnh Phát (huyện Yên Lạc)"]),
            award("Bằng khen", "Nguyễn Thị Thu Hằng"),
            award("Kỷ niệm chương", "Trần Văn Lực"),
            award("Kỷ niệm chương", "Phùng Thị Mai"),
            award("Kỷ niệm chương", "Lê Đức Hòa"),
            award("Kỷ niệm chương", "Nguyễn Hữu Tiến"),
            award("Kỷ niệm chương", "Đỗ Thị Ngân"),
        ],
        "award_counts": [count("Kỷ niệm chương", None, 5), count("Bằng khen", 8, 12), count("Giấy khen", 15, 22)],
        "people": [
            person("Khổng Minh Tuấn", "Phó Chủ tịch Ủy ban nhân dân tỉnh Vĩnh Phúc"),
            person("Lưu Thị Phương Thảo", "Phó Chủ tịch Liên minh Hợp tác xã Việt Nam"),
            person("Nguyễn Thị Thu Hằng", "Giám đốc Hợp tác xã Dịch vụ nông nghiệp Tam Hợp Xanh"),
            person("Trần Văn Lực", None),
            person("Phùng Thị Mai", None),
            person("Lê Đức Hòa", None),
            person("Nguyễn Hữu Tiến", None),
            person("Đỗ Thị Ngân", None),
        ],
        "authors": ["Thế Hùng"],
    },
    {
        "id": "s08",
        "title": "Liên minh Hợp tác xã tỉnh kết nạp 17 thành viên mới",
        "published": "2024-09-12",
        "events": [ev("membership", "2024-09-11"), ev("award", "2024-09-11")],
        "dates": ["2024-09-11", "2024-09-03", "2024-07-01"],
        "parties": [alliance("Vĩnh Long")],
        "periods": [per(None, 2025), per(2020, 2025)],
        "awards": [
            award("Giấy khen", "Hợp tác xã Nông nghiệp Tân Hạnh Phát"),
            award("Giấy khen", "Hợp tác xã Khoai lang Bình Tân Xanh"),
            award("Giấy khen", "Hợp tác xã Dịch vụ Nông nghiệp Song Phú Lợi"),
        ],
        "award_counts": [count("Giấy khen", 3, None)],
        "people": [
            person("Phạm Thị Ngọc Hân", "Phó Chủ tịch Thường trực Liên minh Hợp tác xã tỉnh Vĩnh Long"),
            person("Lê Văn Ba", "Chủ tịch Hội đồng quản trị kiêm Giám đốc Hợp tác xã Nông nghiệp Mỹ Hòa Xanh"),
        ],
        "authors": ["Thanh Nhàn"],
    },
    {
        "id": "s09",
        "title": "Đoàn công tác Liên minh HTX Việt Nam thăm và làm việc tại Hàn Quốc",
        "published": None,
        "events": [ev("visit", "2025-11-03/2025-11-08"), ev("signing", "2025-11-05")],
        "dates": ["2025-11-03/2025-11-08", "2025-11-05", "2022-06-16", "2025-11-06"],
        "parties": [
            party("Liên minh Hợp tác xã Việt Nam", "cooperative_alliance", None),
            party("Liên đoàn Hợp tác xã Nông nghiệp Hàn Quốc", "other", None,
                  ["Liên đoàn Hợp tác xã Nông nghiệp Hàn Quốc (NACF)", "NACF"]),
        ],
        "periods": [per(2026, 2030), per(None, 2030)],
        "awards": [],
        "award_counts": [],
        "people": [
            person("Vũ Quốc Khánh", "Phó Chủ tịch Liên minh Hợp tác xã Việt Nam"),
            person("Park Jin-seok", "Phó Chủ tịch Liên đoàn Hợp tác xã Nông nghiệp Hàn Quốc"),
        ],
        "authors": ["Thu Trang"],
    },
    {
        "id": "s10",
        "title": "Đại hội đại biểu Liên minh Hợp tác xã tỉnh Hưng Yên lần thứ nhất, nhiệm kỳ 2025 – 2030 thành công tốt đẹp",
        "published": "2025-12-20T07:15",
        "events": [ev("congress", "2025-12-18/2025-12-19"), ev("award", "2025-12-19")],
        "dates": ["2025-12-18/2025-12-19", "2025-06-12", "2025-07-01", "2025-12-19", "2025-11-25"],
        "parties": [alliance("Hưng Yên")],
        "periods": [per(2025, 2030), per(2020, 2025), per(None, 2030)],
        "awards": [
            award("Huân chương Lao động hạng Ba", "Đào Thị Minh Nguyệt"),
            award("Cờ thi đua", "Liên minh Hợp tác xã tỉnh Hưng Yên"),
        ],
        "award_counts": [count("Bằng khen", 5, 7)],
        "people": [
            person("Bùi Đức Thịnh", "Phó Bí thư Thường trực Tỉnh ủy Hưng Yên"),
            person("Vũ Thị Lệ Hằng", "Phó Chủ tịch Liên minh Hợp tác xã Việt Nam"),
            person("Đào Thị Minh Nguyệt", "nguyên Chủ tịch Liên minh Hợp tác xã tỉnh Thái Bình (cũ)"),
            person("Phạm Văn Quang", "Chủ tịch Liên minh Hợp tác xã tỉnh Hưng Yên"),
        ],
        "authors": ["Minh Hương", "Quang Vinh"],
    },
    {
        "id": "s11",
        "title": "Liên minh HTX tỉnh và Co-opBank Cà Mau ký kết hỗ trợ hệ thống Quỹ tín dụng nhân dân",
        "published": "2026-03-05T16:02",
        "events": [ev("signing", "2026-03-05"), ev("award", "2026-03-05")],
        "dates": ["2026-03-05", "2024-01-18", "2026-03-16/2026-03-20"],
        "parties": [
            alliance("Cà Mau"),
            party("Ngân hàng Hợp tác xã Việt Nam Chi nhánh Cà Mau", "bank", "Cà Mau",
                  ["Ngân hàng Hợp tác xã Việt Nam (Co-opBank) Chi nhánh Cà Mau", "Co-opBank Chi nhánh Cà Mau",
                   "Co-opBank Cà Mau"]),
        ],
        "periods": [per(2026, 2030), per(2021, 2025), per(None, 2030)],
        "awards": [
            award("Bằng khen", "Quỹ tín dụng nhân dân Phước Long Xanh"),
            award("Bằng khen", "Quỹ tín dụng nhân dân Tân Thành Đông"),
        ],
        "award_counts": [count("Giấy khen", 4, None)],
        "people": [
            person("Lý Hoàng Phúc", "Chủ tịch Liên minh Hợp tác xã tỉnh Cà Mau"),
            person("Tăng Thị Mỹ Duyên", "Giám đốc Ngân hàng Hợp tác xã Việt Nam Chi nhánh Cà Mau"),
            person("Trần Minh Lợi", "Giám đốc Quỹ tín dụng nhân dân Phước Long Xanh"),
        ],
        "authors": ["Huỳnh Lâm"],
    },
    {
        "id": "s12",
        "title": "Hơn 300 gian hàng tham gia Hội chợ sản phẩm hợp tác xã, OCOP các tỉnh, thành phố năm 2026",
        "published": None,
        "events": [ev("trade_promotion", "2026-04-24/2026-04-26"), ev("signing", "2026-04-24")],
        "dates": ["2026-04-24/2026-04-26", "2026-01-30", "2026-04-24"],
        "parties": [
            alliance("Hà Nội", unit="thành phố"),
            alliance("Tuyên Quang"),
            alliance("Lào Cai"),
            alliance("Phú Thọ"),
        ],
        "periods": [per(2026, 2030)],
        "awards": [],
        "award_counts": [],
        "people": [
            person("Bùi Thị Thanh Vân", "Phó Chủ tịch Thường trực Liên minh Hợp tác xã thành phố Hà Nội"),
            person("Hoàng Văn Sính", "Chủ tịch Liên minh Hợp tác xã tỉnh Lào Cai"),
        ],
        "authors": ["Ngọc Ánh"],
    },
]

# ----------------------------------------------------------------------------- validation

FIELDS = ["id", "title", "published", "events", "dates", "parties", "periods", "awards",
          "award_counts", "people", "authors"]
EVENT_TYPES = {"signing", "award", "conference", "congress", "trade_promotion", "membership",
               "establishment", "visit", "training", "other"}
KINDS = {"cooperative_alliance", "cooperative", "cooperative_union", "credit_fund", "government",
         "bank", "enterprise", "association", "other"}
AWARDS = {"Cờ thi đua", "Bằng khen", "Giấy khen", "Kỷ niệm chương", "Huân chương Lao động hạng Nhất",
          "Huân chương Lao động hạng Nhì", "Huân chương Lao động hạng Ba"}
# canonical provincial units: the 63 before 1/7/2025 plus Huế (2025) — names without tỉnh/thành phố
PROVINCES = set("""Hà Nội|Hà Giang|Cao Bằng|Bắc Kạn|Tuyên Quang|Lào Cai|Điện Biên|Lai Châu|Sơn La|Yên Bái|
Hòa Bình|Thái Nguyên|Lạng Sơn|Quảng Ninh|Bắc Giang|Phú Thọ|Vĩnh Phúc|Bắc Ninh|Hải Dương|Hải Phòng|
Hưng Yên|Thái Bình|Hà Nam|Nam Định|Ninh Bình|Thanh Hóa|Nghệ An|Hà Tĩnh|Quảng Bình|Quảng Trị|
Thừa Thiên Huế|Huế|Đà Nẵng|Quảng Nam|Quảng Ngãi|Bình Định|Phú Yên|Khánh Hòa|Ninh Thuận|Bình Thuận|
Kon Tum|Gia Lai|Đắk Lắk|Đắk Nông|Lâm Đồng|Bình Phước|Tây Ninh|Bình Dương|Đồng Nai|Bà Rịa - Vũng Tàu|
Hồ Chí Minh|Long An|Tiền Giang|Bến Tre|Trà Vinh|Vĩnh Long|Đồng Tháp|An Giang|Kiên Giang|Cần Thơ|
Hậu Giang|Sóc Trăng|Bạc Liêu|Cà Mau""".replace("\n", "").split("|"))
CITIES = {"Hà Nội", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ", "Huế"}
# abbreviations SCHEMA.md says must be expanded in every canonical name / title
ABBR = re.compile(r"(?<![\w-])(HTX|LMHTX|LM HTX|LHHTX|THT|QTDND|QTD|KTTT|UBND|HĐND|TP\.?|TPHCM|HCM|"
                  r"HĐQT|NN&PTNT|PTNT|MTTQ|VCA|LMHTXVN)(?![\w-])")
# brand names kept as they are written only inside aliases (surface variants)
ALIAS_OK = re.compile(r"^(Agribank|Co-opBank|NACF)$")
DATE = re.compile(r"^(\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|--\d{2}-\d{2})(/(\d{4}-\d{2}-\d{2}|--\d{2}-\d{2}))?$")
PUB = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
ISO_TZ = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _split(ch):
    d = ud.normalize("NFD", ch)
    return (ud.normalize("NFC", "".join(c for c in d if c not in TONES)), "".join(c for c in d if c in TONES))


def retone_old(syl):
    """DOMAIN.md §1.2 reference implementation: the traditional (old-style) tone placement."""
    parts = [_split(c) for c in ud.normalize("NFC", syl)]
    low = "".join(b for b, _ in parts).lower()
    tone = "".join(t for _, t in parts)
    m = re.fullmatch(r"([^aăâeêioôơuưy]*)(oa|oe|uy)", low)
    if not tone or not m or m.group(1).endswith("q"):
        return syl
    target = len(m.group(1))
    return "".join(ud.normalize("NFC", b + (tone if i == target else "")) for i, (b, _) in enumerate(parts))


def canonical_problems(s, where, alias=False):
    out = []
    if s != ud.normalize("NFC", s):
        out.append(f"{where}: not NFC: {s!r}")
    if re.search("[\u00d0\u00f0\u00a0\u200b\ufeff\u00ad]", s):
        out.append(f"{where}: eth / invisible character in {s!r}")
    if re.search(r"\d\s*[\u2013\u2014]\s*\d", s):
        out.append(f"{where}: dash between numbers not folded in {s!r}")
    for w in re.findall(r"\w+", s):
        if retone_old(w) != w:
            out.append(f"{where}: new-style tone placement {w!r} (canonical {retone_old(w)!r})")
    for m in ABBR.finditer(s):
        out.append(f"{where}: unexpanded abbreviation {m.group(0)!r} in {s!r}")
    if not alias:
        for w in ("Agribank", "Co-opBank", "NACF"):
            if w in s:
                out.append(f"{where}: brand abbreviation {w!r} in a canonical name {s!r}")
    return out


def fold(s):
    s = ud.normalize("NFD", s)
    s = "".join(c for c in s if ud.category(c) != "Mn").replace("đ", "d").replace("Đ", "D").lower()
    return " ".join("".join(c if c.isalnum() else " " for c in s).split())


def check_date_value(v, where):
    if not isinstance(v, str) or not DATE.match(v):
        return [f"{where}: bad ISO date {v!r}"]
    out = []
    for part in v.split("/"):
        if part.startswith("--"):
            continue
        bits = [int(x) for x in part.split("-")]
        if not 1 <= bits[1] <= 12 or (len(bits) == 3 and not 1 <= bits[2] <= 31):
            out.append(f"{where}: impossible date {v!r}")
        if not 1900 <= bits[0] <= 2030:
            out.append(f"{where}: implausible year {v!r}")
    ends = v.split("/")
    if len(ends) == 2 and not ends[0].startswith("--") and ends[0] >= ends[1]:
        out.append(f"{where}: range does not go forward {v!r}")
    return out


def day_month_in_text(v, text):
    """Loose grounding: every day and month of a gold date is written somewhere in the text."""
    for part in v.split("/"):
        bits = part.lstrip("-").split("-")
        nums = bits[-2:] if len(bits) >= 2 else bits
        for n in nums:
            if not re.search(r"(?<!\d)0?%d(?!\d)" % int(n), text):
                return False
    return True


def validate(gold, dump):
    errs = []
    ids = [g["id"] for g in gold]
    if len(ids) != len(set(ids)):
        errs.append("duplicate gold ids")
    if set(ids) != set(dump):
        errs.append(f"ids differ: gold-only {sorted(set(ids) - set(dump))}, dump-only {sorted(set(dump) - set(ids))}")
    for g in gold:
        i = g["id"]
        art = dump.get(i)
        if art is None:
            continue
        text = art["text"]
        for f in FIELDS:
            if f not in g:
                errs.append(f"{i}: missing field {f}")
        for k in ("id", "url", "title", "published", "text"):
            if k not in art:
                errs.append(f"{i}: dump line lacks {k}")
        if not ISO_TZ.match(art.get("published", "")):
            errs.append(f"{i}: dump published not ISO with time zone: {art.get('published')!r}")
        n = len(text.split())
        if not 250 <= n <= 900:
            errs.append(f"{i}: text has {n} words (want 250-900)")
        if text != ud.normalize("NFC", text):
            errs.append(f"{i}: text not NFC")
        # title: the headline, which this scraper repeats as the first line of the text
        if g["title"] is not None and fold(g["title"]) != fold(text.splitlines()[0]):
            errs.append(f"{i}: title is not the text's headline line")
        # published: from the text's stamp only
        p = g["published"]
        if p is not None:
            if not PUB.match(p):
                errs.append(f"{i}: bad published {p!r}")
            else:
                y, m, d = p[:10].split("-")
                pats = [rf"(?<!\d)0?{int(d)}[/.-]0?{int(m)}[/.-]{y}(?!\d)"]
                if not any(re.search(x, text) for x in pats):
                    errs.append(f"{i}: published date {p} not written in the text")
                if "T" in p and p[11:] not in text:
                    errs.append(f"{i}: published time {p[11:]} not written in the text")
        # dates
        if len(g["dates"]) != len(set(g["dates"])):
            errs.append(f"{i}: duplicate dates")
        for v in g["dates"]:
            errs += check_date_value(v, f"{i} dates")
            if not day_month_in_text(v, text):
                errs.append(f"{i}: date {v} has a day/month not written in the text")
        # events: one per type; the date is null or one of the article's dates
        types = [e["type"] for e in g["events"]]
        if len(types) != len(set(types)):
            errs.append(f"{i}: two events of one type")
        for e in g["events"]:
            if e["type"] not in EVENT_TYPES:
                errs.append(f"{i}: unknown event type {e['type']!r}")
            if e["date"] is not None and e["date"] not in g["dates"]:
                errs.append(f"{i}: event date {e['date']} not among the dates")
        # parties
        for pa in g["parties"]:
            where = f"{i} party"
            if pa.get("kind") not in KINDS:
                errs.append(f"{where}: bad kind {pa.get('kind')!r}")
            errs += canonical_problems(pa["name"], where)
            for al in pa.get("aliases", []):
                errs += canonical_problems(al, where + " alias", alias=True)
            prov = pa.get("province")
            if prov is not None and prov not in PROVINCES:
                errs.append(f"{where}: province {prov!r} is not canonical")
            if pa.get("kind") == "cooperative_alliance":
                if prov is None:
                    if pa["name"] != "Liên minh Hợp tác xã Việt Nam":
                        errs.append(f"{where}: alliance without province {pa['name']!r}")
                else:
                    unit = "Thành phố" if prov == "Hồ Chí Minh" else ("thành phố" if prov in CITIES else "tỉnh")
                    want = f"Liên minh Hợp tác xã {unit} {prov}"
                    if pa["name"] != want:
                        errs.append(f"{where}: alliance name {pa['name']!r}, want {want!r}")
        # periods
        for pe in g["periods"]:
            s, e = pe.get("start"), pe.get("end")
            if not isinstance(e, int) or (s is not None and not isinstance(s, int)):
                errs.append(f"{i}: bad period {pe}")
            elif s is not None and not (s < e and e - s <= 40):
                errs.append(f"{i}: implausible period {pe}")
            if s is not None and not re.search(rf"{s}\s*[-–]\s*{e}", text):
                errs.append(f"{i}: period {s}-{e} not written in the text")
            if s is None and not re.search(rf"đến năm {e}", text):
                errs.append(f"{i}: horizon {e} not written as 'đến năm {e}'")
        keys = [(pe.get("start"), pe.get("end")) for pe in g["periods"]]
        if len(keys) != len(set(keys)):
            errs.append(f"{i}: duplicate periods")
        # awards
        for a in g["awards"]:
            if a["award"] not in AWARDS:
                errs.append(f"{i}: award name {a['award']!r} not canonical")
            errs += canonical_problems(a["recipient"], f"{i} recipient")
            for al in a.get("aliases", []):
                errs += canonical_problems(al, f"{i} recipient alias", alias=True)
            core = re.sub(r"^(Hợp tác xã|Quỹ tín dụng nhân dân|Liên minh Hợp tác xã)\s+", "", a["recipient"])
            if fold(core) not in fold(text):
                errs.append(f"{i}: recipient {a['recipient']!r} not found in the text")
        pairs = [(a["award"], a["recipient"]) for a in g["awards"]]
        if len(pairs) != len(set(pairs)):
            errs.append(f"{i}: duplicate award pair")
        for c in g["award_counts"]:
            if c["award"] not in AWARDS:
                errs.append(f"{i}: award-count name {c['award']!r} not canonical")
            vals = (c["collectives"], c["individuals"])
            if all(v is None for v in vals) or any(v is not None and (not isinstance(v, int) or v <= 0) for v in vals):
                errs.append(f"{i}: bad award count {c}")
        ck = [(c["award"], c["collectives"], c["individuals"]) for c in g["award_counts"]]
        if len(ck) != len(set(ck)):
            errs.append(f"{i}: duplicate award counts")
        # people and authors: names written in the text; titles canonical
        for pp in g["people"]:
            errs += canonical_problems(pp["name"], f"{i} person")
            if pp["title"] is not None:
                errs += canonical_problems(pp["title"], f"{i} person title")
            if fold(pp["name"]) not in fold(text):
                errs.append(f"{i}: person {pp['name']!r} not in the text")
        for au in g["authors"]:
            errs += canonical_problems(au, f"{i} author")
            tail = "\n".join(text.splitlines()[-12:])
            if fold(au) not in fold(tail):
                errs.append(f"{i}: author {au!r} not in the byline area")
    return errs


def main():
    dump = {}
    with open(DUMP, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                rec = json.loads(line)
                dump[rec["id"]] = rec
    errs = validate(GOLD, dump)
    with open(OUT, "w", encoding="utf-8") as f:
        for g in sorted(GOLD, key=lambda r: r["id"]):
            f.write(json.dumps({k: g[k] for k in FIELDS}, ensure_ascii=False) + "\n")
    if errs:
        print("\n".join(errs))
        print(f"{len(errs)} problem(s); wrote {OUT} anyway")
        sys.exit(1)
    print(f"wrote {OUT}: {len(GOLD)} records, all checks passed")


if __name__ == "__main__":
    main()

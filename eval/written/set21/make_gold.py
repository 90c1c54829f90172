#!/usr/bin/env python3
"""Write and validate the gold records of eval21 (12 invented HTX / LHHTX / QTDND articles).

usage: python3 make_gold.py            # writes gold.jsonl next to this script, then validates it
       python3 make_gold.py --check    # validates the existing gold.jsonl only

The records follow the shape of /work/shared/eval/dev.gold.jsonl: plain values, no spans.
Conventions are those of /work/shared/SCHEMA.md and DOMAIN.md as applied in the dev gold;
every judgement call is listed in NOTES.md. Standard library only.
"""
import glob
import json
import os
import re
import sys
import unicodedata
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = os.path.join(HERE, "articles")
OUT = os.path.join(HERE, "gold.jsonl")


def party(name, kind, province, aliases=None):
    p = {"name": name, "kind": kind, "province": province}
    if aliases:
        p["aliases"] = aliases
    return p


def award(award_name, recipient, aliases=None):
    a = {"award": award_name, "recipient": recipient}
    if aliases:
        a["aliases"] = aliases
    return a


def count(award_name, collectives, individuals):
    return {"award": award_name, "collectives": collectives, "individuals": individuals}


def person(name, title):
    return {"name": name, "title": title}


def ev(type_, date_):
    return {"type": type_, "date": date_}


def per(start, end):
    return {"start": start, "end": end}


GOLD = [
    {
        "id": "s01",
        "title": "HTX Tân Phú Lợi ký hợp đồng bao tiêu 1.200 ha lúa chất lượng cao",
        "published": "2024-03-12T16:05",
        "events": [ev("signing", "2024-03-12"), ev("trade_promotion", "2024-03-05/2024-03-07")],
        "dates": ["2024-03-12", "2024-03-05/2024-03-07", "2023-11-27"],
        "parties": [
            party("Hợp tác xã Nông nghiệp Tân Phú Lợi", "cooperative", "Đồng Tháp",
                  ["Hợp tác xã Tân Phú Lợi"]),
            party("Công ty Cổ phần Lương thực Sông Tiền", "enterprise", None,
                  ["Công ty CP Lương thực Sông Tiền"]),
        ],
        "periods": [per(2024, 2026), per(None, 2030), per(None, 2025)],
        "awards": [],
        "award_counts": [],
        "people": [
            person("Trần Văn Nghĩa", "Chủ tịch Hội đồng quản trị kiêm Giám đốc Hợp tác xã Nông nghiệp Tân Phú Lợi"),
            person("Lê Minh Quang", "Phó Tổng Giám đốc Công ty Cổ phần Lương thực Sông Tiền"),
            person("Nguyễn Thị Bích Vân", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh Đồng Tháp"),
        ],
        "authors": ["Lê Hoàng Vũ"],
    },
    {
        "id": "s02",
        "title": "Một HTX dược liệu ở Lào Cai trả thù lao, chia lãi hơn 1,2 tỷ đồng cho thành viên",
        "published": "2023-03-06T14:25",
        "events": [ev("congress", "2023-03-05")],
        "dates": ["2023-03-05", "2022-10", "2022-12-20"],
        "parties": [
            party("Hợp tác xã Dược liệu Sín Chải", "cooperative", "Lào Cai"),
        ],
        "periods": [per(None, 2025), per(None, 2030)],
        "awards": [],
        "award_counts": [],
        "people": [
            person("Giàng Seo Vần", "Giám đốc Hợp tác xã Dược liệu Sín Chải"),
            person("Lù Thị Mai", "kế toán Hợp tác xã Dược liệu Sín Chải"),
            person("Phạm Quốc Hưng", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh Lào Cai"),
        ],
        "authors": ["Thanh Hà"],
    },
    {
        "id": "s03",
        "title": "Ra mắt Liên hiệp HTX cà phê đặc sản đầu tiên ở Cư M’gar",
        "published": "2022-05-23T15:42",
        "events": [ev("congress", "2022-05-21"), ev("establishment", "2022-05-21")],
        "dates": ["2022-05-21", "2022-06"],
        "parties": [
            party("Liên hiệp Hợp tác xã Cà phê Đặc sản Cư M’gar", "cooperative_union", "Đắk Lắk",
                  ["Liên hiệp Hợp tác xã Cà phê Đặc sản Cư M'gar"]),
            party("Hợp tác xã Nông nghiệp Dịch vụ Ea Tul Xanh", "cooperative", "Đắk Lắk"),
            party("Hợp tác xã Cà phê Công bằng Ea Kpam", "cooperative", "Đắk Lắk"),
            party("Hợp tác xã Nông nghiệp Hữu cơ Cuôr Đăng", "cooperative", "Đắk Lắk"),
            party("Hợp tác xã Dịch vụ Tổng hợp Quảng Tiến", "cooperative", "Đắk Lắk"),
        ],
        "periods": [per(2022, 2025), per(None, 2030), per(2022, 2027), per(None, 2025)],
        "awards": [],
        "award_counts": [],
        "people": [
            person("H’Nhi Êban", "Chủ tịch Hội đồng quản trị kiêm Giám đốc Liên hiệp Hợp tác xã Cà phê Đặc sản Cư M’gar"),
            person("Nguyễn Đình Thắng", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh Đắk Lắk"),
        ],
        "authors": ["Hữu Long"],
    },
    {
        "id": "s04",
        "title": "Hợp tác xã ở Sơn La khánh thành nhà máy sấy xoài 45 tỷ đồng",
        "published": "2021-06-12T10:05",
        "events": [ev("other", "2021-06-11"), ev("award", "2021-06-11")],
        "dates": ["2021-06-11", "2020-09"],
        "parties": [
            party("Hợp tác xã Nông nghiệp Chiềng Hặc Xanh", "cooperative", "Sơn La"),
        ],
        "periods": [per(None, 2025), per(2016, 2020)],
        "awards": [
            award("Bằng khen", "Hợp tác xã Nông nghiệp Chiềng Hặc Xanh"),
            award("Bằng khen", "Lò Văn Thương"),
        ],
        "award_counts": [],
        "people": [
            person("Lò Văn Thương", "Giám đốc Hợp tác xã Nông nghiệp Chiềng Hặc Xanh"),
            person("Cầm Văn Khiêm", "Phó Chủ tịch Ủy ban nhân dân tỉnh Sơn La"),
        ],
        "authors": ["Hoàng Phương"],
    },
    {
        "id": "s05",
        "title": "Quỹ tín dụng nhân dân Vũ Hội tổ chức Đại hội thành viên nhiệm kỳ 2025 - 2030",
        "published": "2025-01-15T16:20",
        "events": [ev("congress", "2025-01-14"), ev("award", "2025-01-14")],
        "dates": ["2025-01-14", "2024-12-31", "2024-07-01"],
        "parties": [
            party("Quỹ tín dụng nhân dân Vũ Hội", "credit_fund", "Thái Bình"),
        ],
        "periods": [per(2025, 2030), per(2020, 2025), per(None, 2030), per(2020, 2024)],
        "awards": [
            award("Giấy khen", "Quỹ tín dụng nhân dân Vũ Hội"),
        ],
        "award_counts": [count("Giấy khen", 2, 4)],
        "people": [
            person("Phạm Văn Tuấn", "Chủ tịch Hội đồng quản trị Quỹ tín dụng nhân dân Vũ Hội"),
            person("Đỗ Thị Hằng", "Giám đốc Quỹ tín dụng nhân dân Vũ Hội"),
            person("Vũ Thị Thanh Nhàn", "Trưởng Ban kiểm soát Quỹ tín dụng nhân dân Vũ Hội"),
            person("Nguyễn Quang Huy", "Phó Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh Thái Bình"),
        ],
        "authors": ["Minh Hương"],
    },
    {
        "id": "s06",
        "title": "Ra mắt Hợp tác xã Nông nghiệp Sầu riêng Quảng Tín",
        "published": "2025-10-20T10:15",
        "events": [ev("establishment", "2025-10-18"), ev("membership", "2025-10-18")],
        "dates": ["2025-10-18", "2025-08", "2025-10-08"],
        "parties": [
            party("Hợp tác xã Nông nghiệp Sầu riêng Quảng Tín", "cooperative", "Lâm Đồng"),
            party("Liên minh Hợp tác xã tỉnh Lâm Đồng", "cooperative_alliance", "Lâm Đồng"),
        ],
        "periods": [per(2025, 2030), per(None, 2028)],
        "awards": [],
        "award_counts": [],
        "people": [
            person("Lê Văn Hòa", "Chủ tịch Hội đồng quản trị kiêm Giám đốc Hợp tác xã Nông nghiệp Sầu riêng Quảng Tín"),
            person("Trần Thị Thu Hà", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh Lâm Đồng"),
            person("Điểu K’Lương", "Chủ tịch Ủy ban nhân dân xã Quảng Tín"),
        ],
        "authors": ["Khánh Phúc"],
    },
    {
        "id": "s07",
        "title": "Đưa nông sản của HTX vào chuỗi siêu thị Biển Xanh Mart",
        "published": "2020-10-16T08:05",
        "events": [ev("signing", "2020-10-15")],
        "dates": ["2020-10-15", "2020-08"],
        "parties": [
            party("Liên minh Hợp tác xã tỉnh Quảng Ngãi", "cooperative_alliance", "Quảng Ngãi"),
            party("Công ty TNHH MTV Thương mại Biển Xanh", "enterprise", "Quảng Ngãi",
                  ["Công ty TNHH Một thành viên Thương mại Biển Xanh",
                   "Công ty Trách nhiệm hữu hạn Một thành viên Thương mại Biển Xanh",
                   "Biển Xanh Mart"]),
            party("Hợp tác xã Nông nghiệp Đức Chánh Xanh", "cooperative", "Quảng Ngãi"),
            party("Hợp tác xã Sản xuất kinh doanh hành tỏi An Vĩnh", "cooperative", "Quảng Ngãi"),
        ],
        "periods": [per(2020, 2023), per(2020, 2025), per(None, 2025)],
        "awards": [],
        "award_counts": [],
        "people": [
            person("Phạm Thị Diệu", "Giám đốc Công ty TNHH MTV Thương mại Biển Xanh"),
            person("Trương Công Minh", "Giám đốc Hợp tác xã Nông nghiệp Đức Chánh Xanh"),
            person("Võ Thanh Bình", "Chủ tịch Liên minh Hợp tác xã tỉnh Quảng Ngãi"),
        ],
        "authors": ["Minh Thư"],
    },
    {
        "id": "s08",
        "title": "HTX bưởi Phúc Trạch Hòa Hải đón nhận Bằng khen của Chủ tịch UBND tỉnh",
        "published": "2024-12-09T15:42",
        "events": [ev("conference", "2024-12-07"), ev("award", "2024-12-07")],
        "dates": ["2024-12-07", "2014-11", "2024-11-25"],
        "parties": [
            party("Hợp tác xã Bưởi Phúc Trạch Hòa Hải", "cooperative", "Hà Tĩnh"),
        ],
        "periods": [per(2014, 2024), per(2025, 2030), per(2019, 2023)],
        "awards": [
            award("Bằng khen", "Hợp tác xã Bưởi Phúc Trạch Hòa Hải"),
            award("Bằng khen", "Phan Thị Lài"),
        ],
        "award_counts": [count("Giấy khen", 1, 6)],
        "people": [
            person("Phan Thị Lài", "Chủ tịch Hội đồng quản trị kiêm Giám đốc Hợp tác xã Bưởi Phúc Trạch Hòa Hải"),
            person("Nguyễn Văn Hiền", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Tĩnh"),
            person("Lê Văn Thanh", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh Hà Tĩnh"),
        ],
        "authors": ["Thu Trang"],
    },
    {
        "id": "s09",
        "title": "HTX Khóm Hỏa Tiến ký hợp đồng cung ứng 3.000 tấn khóm mỗi năm cho doanh nghiệp xuất khẩu",
        "published": "2026-01-05T07:30",
        "events": [ev("signing", "2025-12-30")],
        "dates": ["2025-12-30", "2018-07-05"],
        "parties": [
            party("Hợp tác xã Nông nghiệp Khóm Hỏa Tiến", "cooperative", "Cần Thơ",
                  ["Hợp tác xã Khóm Hỏa Tiến"]),
            party("Công ty TNHH Chế biến nông sản xuất khẩu Tây Đô Việt", "enterprise", "Cần Thơ",
                  ["Công ty Trách nhiệm hữu hạn Chế biến nông sản xuất khẩu Tây Đô Việt"]),
        ],
        "periods": [per(2026, 2028), per(None, 2030)],
        "awards": [],
        "award_counts": [],
        "people": [
            person("Nguyễn Văn Sáu", "Chủ tịch Hội đồng quản trị kiêm Giám đốc Hợp tác xã Nông nghiệp Khóm Hỏa Tiến"),
            person("Huỳnh Minh Trí", "Tổng Giám đốc Công ty TNHH Chế biến nông sản xuất khẩu Tây Đô Việt"),
        ],
        "authors": ["Mỹ Hoa"],
    },
    {
        "id": "s10",
        "title": "HTX Dịch vụ nông nghiệp Vải thiều Phượng Sơn đón nhận Huân chương Lao động hạng Ba",
        "published": "2019-07-22T14:20",
        "events": [ev("congress", "2019-07-21"), ev("award", "2019-07-21")],
        "dates": ["2019-07-21", "2019-06-28"],
        "parties": [
            party("Hợp tác xã Dịch vụ nông nghiệp Vải thiều Phượng Sơn", "cooperative", "Bắc Giang",
                  ["Hợp tác xã DVNN Vải thiều Phượng Sơn"]),
        ],
        "periods": [per(2019, 2024), per(2014, 2019), per(2014, 2018), per(None, 2024)],
        "awards": [
            award("Huân chương Lao động hạng Ba", "Hợp tác xã Dịch vụ nông nghiệp Vải thiều Phượng Sơn",
                  ["Hợp tác xã DVNN Vải thiều Phượng Sơn"]),
            award("Bằng khen", "Tổ sản xuất vải thiều VietGAP thôn Hồ Sen"),
            award("Bằng khen", "Hoàng Văn Chung"),
            award("Bằng khen", "Nguyễn Thị Nga"),
        ],
        "award_counts": [count("Bằng khen", 1, 2)],
        "people": [
            person("Ngô Thế Khanh", "Phó Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang"),
            person("Hoàng Văn Chung", "Chủ tịch Hội đồng quản trị kiêm Giám đốc Hợp tác xã Dịch vụ nông nghiệp Vải thiều Phượng Sơn"),
            person("Nguyễn Thị Nga", "Kế toán trưởng Hợp tác xã Dịch vụ nông nghiệp Vải thiều Phượng Sơn"),
        ],
        "authors": ["Ngọc Thúy"],
    },
    {
        "id": "s11",
        "title": "Nông sản của 7 HTX ngoại thành sắp lên kệ chuỗi Phố Xanh Mart",
        "published": "2023-08-26T06:30",
        "events": [ev("signing", "2023-08-25")],
        "dates": ["2023-08-25", "2023-09", "2023-09-22/2023-09-24"],
        "parties": [
            party("Liên hiệp Hợp tác xã Nông sản An toàn Thủ đô", "cooperative_union", "Hà Nội"),
            party("Công ty Cổ phần Chuỗi siêu thị Phố Xanh", "enterprise", "Hà Nội",
                  ["Công ty CP Chuỗi siêu thị Phố Xanh", "Phố Xanh Mart"]),
        ],
        "periods": [per(2021, 2025)],
        "awards": [],
        "award_counts": [],
        "people": [
            person("Đặng Văn Lực", "Chủ tịch Hội đồng quản trị Liên hiệp Hợp tác xã Nông sản An toàn Thủ đô"),
            person("Phạm Thu Hiền", "Giám đốc điều hành chuỗi Phố Xanh Mart"),
            person("Lê Thị Hồng Vân", "Phó Chủ tịch Liên minh Hợp tác xã thành phố Hà Nội"),
        ],
        "authors": ["Hà Linh"],
    },
    {
        "id": "s12",
        "title": "Quỹ tín dụng nhân dân Nhơn Phong tổ chức Đại hội thành viên thường niên năm 2026",
        "published": None,
        "events": [ev("congress", "2026-03-07"), ev("award", "2026-03-07")],
        "dates": ["2026-03-07", "2025-12-31"],
        "parties": [
            party("Quỹ tín dụng nhân dân Nhơn Phong", "credit_fund", "Gia Lai"),
        ],
        "periods": [per(2025, 2030)],
        "awards": [
            award("Bằng khen", "Quỹ tín dụng nhân dân Nhơn Phong"),
        ],
        "award_counts": [count("Giấy khen", None, 3)],
        "people": [
            person("Trương Thị Mỹ Duyên", "thành viên Ban kiểm soát Quỹ tín dụng nhân dân Nhơn Phong"),
            person("Đinh Thị Kim Loan", "Giám đốc Quỹ tín dụng nhân dân Nhơn Phong"),
            person("Nguyễn Hữu Phước", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh Gia Lai"),
        ],
        "authors": ["Hoàng Thương"],
    },
]

# --------------------------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------------------------

FIELDS = ["id", "title", "published", "events", "dates", "parties", "periods", "awards",
          "award_counts", "people", "authors"]
EVENT_TYPES = {"signing", "award", "conference", "congress", "trade_promotion", "membership",
               "establishment", "visit", "training", "other"}
PARTY_KINDS = {"cooperative_alliance", "cooperative", "cooperative_union", "credit_fund",
               "government", "bank", "enterprise", "association", "other"}
AWARDS = {"Cờ thi đua", "Bằng khen", "Giấy khen", "Kỷ niệm chương",
          "Huân chương Lao động hạng Nhất", "Huân chương Lao động hạng Nhì",
          "Huân chương Lao động hạng Ba"}

# DOMAIN.md §3.2 (63 units, until 30/6/2025) and §3.3 (34 units, from 1/7/2025).
OLD_PROVINCES = set("""Hà Nội|Hà Giang|Cao Bằng|Bắc Kạn|Tuyên Quang|Lào Cai|Điện Biên|Lai Châu|Sơn La|
Yên Bái|Hòa Bình|Thái Nguyên|Lạng Sơn|Quảng Ninh|Bắc Giang|Phú Thọ|Vĩnh Phúc|Bắc Ninh|Hải Dương|
Hải Phòng|Hưng Yên|Thái Bình|Hà Nam|Nam Định|Ninh Bình|Thanh Hóa|Nghệ An|Hà Tĩnh|Quảng Bình|
Quảng Trị|Thừa Thiên Huế|Đà Nẵng|Quảng Nam|Quảng Ngãi|Bình Định|Phú Yên|Khánh Hòa|Ninh Thuận|
Bình Thuận|Kon Tum|Gia Lai|Đắk Lắk|Đắk Nông|Lâm Đồng|Bình Phước|Tây Ninh|Bình Dương|Đồng Nai|
Bà Rịa - Vũng Tàu|Hồ Chí Minh|Long An|Tiền Giang|Bến Tre|Trà Vinh|Vĩnh Long|Đồng Tháp|An Giang|
Kiên Giang|Cần Thơ|Hậu Giang|Sóc Trăng|Bạc Liêu|Cà Mau""".replace("\n", "").split("|"))
NEW_PROVINCES = set("""Hà Nội|Cao Bằng|Tuyên Quang|Điện Biên|Lai Châu|Sơn La|Lào Cai|Thái Nguyên|
Lạng Sơn|Quảng Ninh|Bắc Ninh|Phú Thọ|Hải Phòng|Hưng Yên|Ninh Bình|Thanh Hóa|Nghệ An|Hà Tĩnh|
Quảng Trị|Huế|Đà Nẵng|Quảng Ngãi|Gia Lai|Khánh Hòa|Đắk Lắk|Lâm Đồng|Đồng Nai|Hồ Chí Minh|
Tây Ninh|Đồng Tháp|Vĩnh Long|An Giang|Cần Thơ|Cà Mau""".replace("\n", "").split("|"))
CITIES = {"Hà Nội", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ", "Huế"}
assert len(OLD_PROVINCES) == 63 and len(NEW_PROVINCES) == 34

# Abbreviations that SCHEMA.md expands in canonical names (TNHH/MTV are kept: they are part of
# registered company names, and the expanded spellings are given as aliases).
ABBREV = {"HTX", "LMHTX", "LHHTX", "QTDND", "QTD", "UBND", "HĐND", "HĐQT", "THT", "DVNN", "TMDV",
          "KTTT", "TP", "CP", "SXKD", "NN&PTNT", "PTNT", "LM", "LH", "VCA"}

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _split(ch):
    d = unicodedata.normalize("NFD", ch)
    base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
    return base, "".join(c for c in d if c in TONES)


def retone_old(syl):
    """DOMAIN.md §1.2 reference implementation, old style (hòa, thủy)."""
    parts = [_split(c) for c in unicodedata.normalize("NFC", syl)]
    low = "".join(b for b, _ in parts).lower()
    tone = "".join(t for _, t in parts)
    m = re.fullmatch(r"([^aăâeêioôơuưy]*)(oa|oe|uy)", low)
    if not tone or not m or m.group(1).endswith("q"):
        return syl
    target = len(m.group(1))
    return "".join(unicodedata.normalize("NFC", b + (tone if i == target else ""))
                   for i, (b, _) in enumerate(parts))


def fold(s):
    """Same folding as score.py."""
    s = unicodedata.normalize("NFD", str(s or ""))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.replace("đ", "d").replace("Đ", "D").replace("ð", "d").replace("Ð", "D").lower()
    s = "".join(c if c.isalnum() else " " for c in s)
    return " ".join(s.split())


EXPANSIONS = [
    (r"\bLMHTX\b|\bLiên minh HTX\b", "Liên minh Hợp tác xã"),
    (r"\bLHHTX\b|\bLiên hiệp HTX\b", "Liên hiệp Hợp tác xã"),
    (r"\bQTDND\b", "Quỹ tín dụng nhân dân"),
    (r"\bHTX\b", "Hợp tác xã"),
    (r"\bTHT\b", "Tổ hợp tác"),
    (r"\bUBND\b", "Ủy ban nhân dân"),
    (r"\bHĐQT\b", "Hội đồng quản trị"),
    (r"\bDVNN\b", "Dịch vụ nông nghiệp"),
    (r"\bNN&PTNT\b", "Nông nghiệp và Phát triển nông thôn"),
    (r"\bCông ty CP\b", "Công ty Cổ phần"),
    (r"\bTP\.?\s*", "thành phố "),
]


def has(hay, needle):
    """Whole-word containment of a folded needle in a folded haystack."""
    return f" {fold(needle)} " in f" {hay} "


def expanded_fold(text):
    for pat, rep in EXPANSIONS:
        text = re.sub(pat, rep, text)
    return fold(text)


DATE_RE = re.compile(r"^(?:\d{4}|--)-\d{2}(?:-\d{2})?$|^\d{4}-\d{2}$")


def parse_date(v):
    """Checks one ISO value (full, month, year-less) and returns a comparable tuple or None."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v)
    if m:
        y, mo, d = map(int, m.groups())
        return date(y, mo, d)
    m = re.fullmatch(r"(\d{4})-(\d{2})", v)
    if m:
        y, mo = map(int, m.groups())
        return date(y, mo, 1)
    m = re.fullmatch(r"--(\d{2})-(\d{2})", v)
    if m:
        mo, d = map(int, m.groups())
        date(2024, mo, d)
        return None
    m = re.fullmatch(r"--(\d{2})", v)
    if m and 1 <= int(m.group(1)) <= 12:
        return None
    raise ValueError(v)


def check_date_value(v):
    parts = v.split("/")
    if len(parts) > 2:
        raise ValueError(v)
    ds = [parse_date(p) for p in parts]
    if len(ds) == 2 and ds[0] and ds[1] and not ds[0] <= ds[1]:
        raise ValueError(f"range goes backwards: {v}")
    return ds[0]


def name_problems(name, where, allow_abbrev=False):
    out = []
    if not isinstance(name, str) or not name.strip():
        return [f"{where}: empty name"]
    if not unicodedata.is_normalized("NFC", name):
        out.append(f"{where}: not NFC: {name!r}")
    if "\u00d0" in name or "\u00f0" in name:
        out.append(f"{where}: eth instead of Đ/đ: {name!r}")
    if name != " ".join(name.split()):
        out.append(f"{where}: stray spaces: {name!r}")
    for syl in re.findall(r"[^\W\d_]+", name):
        if retone_old(syl) != syl:
            out.append(f"{where}: new-style tone mark {syl!r} in {name!r} (canonical: {retone_old(syl)!r})")
    if not allow_abbrev:
        for tok in re.findall(r"[\w&]+", name):
            if tok in ABBREV:
                out.append(f"{where}: abbreviation {tok!r} not expanded in {name!r}")
    return out


def validate(records):
    problems = []
    files = {os.path.splitext(os.path.basename(p))[0]: p for p in glob.glob(os.path.join(ARTICLES, "*.txt"))}
    ids = [r.get("id") for r in records]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    for missing in sorted(set(files) - set(ids)):
        problems.append(f"{missing}: article has no gold line")
    for extra in sorted(set(ids) - set(files)):
        problems.append(f"{extra}: gold line has no article")

    for r in records:
        rid = r.get("id")
        text = open(files[rid], encoding="utf-8").read() if rid in files else ""
        ftext, etext = fold(text), expanded_fold(text)
        p = problems.append
        if list(r) != FIELDS:
            p(f"{rid}: fields {list(r)} != {FIELDS}")
            continue
        words = len(text.split())
        if not 250 <= words <= 900:
            p(f"{rid}: {words} words, outside 250-900")
        if not unicodedata.is_normalized("NFC", text):
            p(f"{rid}: article text is not NFC")

        # title: a whole line of the article
        t = r["title"]
        if t is not None and t not in text.splitlines():
            p(f"{rid}: title is not a line of the article")
        # published
        pub = r["published"]
        pub_date = None
        if pub is not None:
            m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?", pub)
            if not m:
                p(f"{rid}: published {pub!r} is not YYYY-MM-DD[THH:MM]")
            else:
                y, mo, d = int(m[1]), int(m[2]), int(m[3])
                pub_date = date(y, mo, d)
                if not re.search(rf"\b0?{d}[/.-]0?{mo}[/.-]{y}\b", text):
                    p(f"{rid}: published date not found in the text")
                if m[4] and f"{m[4]}:{m[5]}" not in text:
                    p(f"{rid}: published time not found in the text")
        # dates
        values = set()
        for v in r["dates"]:
            try:
                check_date_value(v)
            except (ValueError, TypeError) as e:
                p(f"{rid}: bad date {v!r} ({e})")
            if v in values:
                p(f"{rid}: date {v} listed twice")
            values.add(v)
        # events
        seen = set()
        for e in r["events"]:
            if set(e) != {"type", "date"} or e["type"] not in EVENT_TYPES:
                p(f"{rid}: bad event {e}")
            if e["type"] in seen:
                p(f"{rid}: event type {e['type']} twice")
            seen.add(e["type"])
            if e["date"] is not None and e["date"] not in values:
                p(f"{rid}: event date {e['date']} not among the dates")
            if e["date"] and pub_date:
                d0 = check_date_value(e["date"])
                if d0 and d0 > pub_date:
                    p(f"{rid}: event {e} after the publication date")
        ref = pub_date
        if ref is None:
            ev_dates = [check_date_value(e["date"]) for e in r["events"] if e["date"]]
            ref = next((d for d in ev_dates if d), None)
        # parties
        if not r["parties"]:
            p(f"{rid}: no parties")
        for q in r["parties"]:
            if not {"name", "kind", "province"} <= set(q) or not set(q) <= {"name", "kind", "province", "aliases"}:
                p(f"{rid}: bad party keys {q}")
                continue
            if q["kind"] not in PARTY_KINDS:
                p(f"{rid}: bad party kind {q['kind']}")
            problems.extend(name_problems(q["name"], f"{rid} party", allow_abbrev=q["kind"] == "enterprise"))
            prov = q["province"]
            if prov is not None:
                valid = NEW_PROVINCES if ref and ref >= date(2025, 7, 1) else OLD_PROVINCES | ({"Huế"} if ref and ref >= date(2025, 1, 1) else set())
                if prov not in valid:
                    p(f"{rid}: province {prov!r} not valid on {ref}")
            if q["kind"] == "cooperative_alliance" and prov:
                unit = "Thành phố" if prov == "Hồ Chí Minh" else ("thành phố" if prov in CITIES else "tỉnh")
                if q["name"] != f"Liên minh Hợp tác xã {unit} {prov}":
                    p(f"{rid}: alliance name {q['name']!r} not canonical")
            forms = [q["name"]] + q.get("aliases", [])
            if not any(has(etext, f) or has(ftext, f) for f in forms):
                p(f"{rid}: party {q['name']!r} not found in the article")
        # periods
        for q in r["periods"]:
            if set(q) != {"start", "end"} or not isinstance(q["end"], int):
                p(f"{rid}: bad period {q}")
                continue
            s, e = q["start"], q["end"]
            if s is not None and not (isinstance(s, int) and s <= e and e - s <= 20):
                p(f"{rid}: bad period {q}")
            if str(e) not in text or (s is not None and str(s) not in text):
                p(f"{rid}: period {q} years not in the text")
        keys = [f"{q['start']}-{q['end']}" for q in r["periods"]]
        if len(keys) != len(set(keys)):
            p(f"{rid}: a period is listed twice")
        # awards
        for a in r["awards"]:
            if not {"award", "recipient"} <= set(a) or not set(a) <= {"award", "recipient", "aliases"}:
                p(f"{rid}: bad award keys {a}")
                continue
            if a["award"] not in AWARDS:
                p(f"{rid}: award name {a['award']!r} not canonical")
            problems.extend(name_problems(a["recipient"], f"{rid} recipient"))
            forms = [a["recipient"]] + a.get("aliases", [])
            if not any(has(etext, f) for f in forms):
                p(f"{rid}: recipient {a['recipient']!r} not found in the article")
        for c in r["award_counts"]:
            if set(c) != {"award", "collectives", "individuals"} or c["award"] not in AWARDS:
                p(f"{rid}: bad award count {c}")
            elif c["collectives"] is None and c["individuals"] is None:
                p(f"{rid}: award count without numbers {c}")
            elif any(v is not None and not (isinstance(v, int) and v > 0) for v in (c["collectives"], c["individuals"])):
                p(f"{rid}: bad numbers in {c}")
        if r["awards"] or r["award_counts"]:
            if "award" not in seen:
                p(f"{rid}: awards listed but no award event")
        # people and authors
        for q in r["people"]:
            if set(q) != {"name", "title"}:
                p(f"{rid}: bad person {q}")
                continue
            problems.extend(name_problems(q["name"], f"{rid} person"))
            if q["title"] is not None:
                problems.extend(name_problems(q["title"], f"{rid} title of {q['name']}", allow_abbrev="Công ty" in q["title"]))
            if not has(ftext, q["name"]):
                p(f"{rid}: person {q['name']!r} not in the article")
        for a in r["authors"]:
            if not isinstance(a, str) or not has(ftext, a):
                p(f"{rid}: author {a!r} not in the article")
            if a in {q["name"] for q in r["people"]}:
                p(f"{rid}: author {a!r} also listed as a person")
    return problems


def main():
    if "--check" in sys.argv:
        records = [json.loads(line) for line in open(OUT, encoding="utf-8") if line.strip()]
    else:
        records = GOLD
        with open(OUT, "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"wrote {len(records)} records to {OUT}")
    problems = validate(records)
    for q in problems:
        print("PROBLEM", q)
    print(f"{len(records)} records, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

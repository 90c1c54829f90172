#!/usr/bin/env python3
"""Write and validate the gold records of eval25 (district/commune portals and mass-organisation
portals, plain text).

usage: python3 make_gold.py        # writes gold.jsonl next to this script, then validates it

The gold is written by hand below, one dict per article, following ../shared/SCHEMA.md and the
conventions of ../shared/eval/dev.gold.jsonl (see NOTES.md for every judgement call). The record
shape is the dev gold's: id, title, published, events, dates, parties, periods, awards,
award_counts, people, authors; plain values, no spans. Standard library only.

Validation (exits 1 on any problem):
  * one line per article file and one file per line;
  * keys and types as in dev.gold.jsonl; NFC; no U+00D0/U+00F0; canonical (old-style) tone marks;
  * dates ISO (YYYY-MM-DD, YYYY-MM, --MM-DD, or A/B ranges of those), real calendar dates;
    event dates are among the dates; published is YYYY-MM-DD or YYYY-MM-DDTHH:MM and sits in the
    page header (before the body);
  * every full or month date has a surface form inside the article body (between the header and
    the byline), so nothing was taken from related-news lists or site clocks;
  * names canonical: no unexpanded abbreviations (HTX, LMHTX, UBND, QTDND, HĐND, HĐQT, PTNT, TP.)
    in party names, recipients, people's titles; provinces from the gazetteer valid on the
    article's date (63 units before 2025-07-01, 34 after); alliance names shaped
    "Liên minh Hợp tác xã tỉnh|thành phố X" and keyed to the same province;
  * title is a line of the article; people, authors and award recipients (or an alias) occur in
    the text once abbreviations are expanded;
  * periods well-formed; award names and counts well-formed; article length 250-900 words.
"""
import datetime as dt
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = os.path.join(HERE, "articles")
OUT = os.path.join(HERE, "gold.jsonl")


def alliance(prov, unit="tỉnh"):
    return {"name": f"Liên minh Hợp tác xã {unit} {prov}", "kind": "cooperative_alliance", "province": prov}


def party(name, kind, prov, aliases=None):
    p = {"name": name, "kind": kind, "province": prov}
    if aliases:
        p["aliases"] = aliases
    return p


def award(a, recipient, aliases=None):
    x = {"award": a, "recipient": recipient}
    if aliases:
        x["aliases"] = aliases
    return x


def count(a, coll, ind):
    return {"award": a, "collectives": coll, "individuals": ind}


def person(name, title):
    return {"name": name, "title": title}


def ev(t, d):
    return {"type": t, "date": d}


def per(s, e):
    return {"start": s, "end": e}


HTX_TH = "Hợp tác xã Nông nghiệp Dịch vụ Thuận Hạnh Xanh"
HTX_HL = "Hợp tác xã Thanh niên chè Hạnh Lâm"
HTX_DP = "Hợp tác xã Dịch vụ nông nghiệp Đông Phước"
HTX_LL = "Hợp tác xã Nông nghiệp Lóng Luông Xanh"

GOLD = [
    {
        "id": "s01",
        "title": "RA MẮT HỢP TÁC XÃ NÔNG NGHIỆP DỊCH VỤ THUẬN HẠNH XANH",
        "published": "2024-03-15",
        "events": [ev("establishment", "2024-03-14")],
        "dates": ["2024-03-14", "2023-12", "2024-02-26", "2022-04-20"],
        "parties": [
            party("Ủy ban nhân dân huyện Đắk Song", "government", "Đắk Nông"),
            alliance("Đắk Nông"),
            party(HTX_TH, "cooperative", "Đắk Nông",
                  ["Hợp tác xã NN-DV Thuận Hạnh Xanh", "Hợp tác xã Thuận Hạnh Xanh"]),
        ],
        "periods": [per(2021, 2025), per(None, 2030)],
        "awards": [],
        "award_counts": [],
        "people": [
            person("Phạm Văn Lực", "Huyện ủy viên, Phó Chủ tịch Ủy ban nhân dân huyện Đắk Song"),
            person("Hồ Thị Mỹ Lan", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh Đắk Nông"),
            person("Nguyễn Đình Khoa", f"Chủ tịch Hội đồng quản trị kiêm Giám đốc {HTX_TH}"),
            person("Lê Thị Thanh Hương", f"Trưởng Ban kiểm soát {HTX_TH}"),
        ],
        "authors": ["Trần Thị Ngọc Ánh"],
    },
    {
        "id": "s02",
        "title": "Huyện đoàn Thanh Chương ra mắt Hợp tác xã Thanh niên chè Hạnh Lâm",
        "published": "2024-03-24T09:12",
        "events": [ev("establishment", "2024-03-23"), ev("award", "2024-03-23")],
        "dates": ["2024-03-23", "2024-03-26", "2024-01-15"],
        "parties": [
            party("Huyện đoàn Thanh Chương", "association", "Nghệ An",
                  ["Ban Thường vụ Huyện đoàn Thanh Chương",
                   "Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện Thanh Chương"]),
            party("Ủy ban nhân dân xã Hạnh Lâm", "government", "Nghệ An"),
            party(HTX_HL, "cooperative", "Nghệ An"),
        ],
        "periods": [per(2022, 2027), per(None, 2025)],
        "awards": [],
        "award_counts": [count("Giấy khen", 2, 3)],
        "people": [
            person("Phan Thị Thu Hà", "Ủy viên Ban Thường vụ, Trưởng Ban Phong trào Tỉnh đoàn Nghệ An"),
            person("Nguyễn Văn Quyết", "Huyện ủy viên, Bí thư Huyện đoàn Thanh Chương"),
            person("Trần Đình Sơn", "Phó Chủ tịch Ủy ban nhân dân xã Hạnh Lâm"),
            person("Lê Đình Tuấn", f"Giám đốc {HTX_HL}"),
        ],
        "authors": ["Hoàng Minh Trang"],
    },
    {
        "id": "s03",
        "title": "Hội Nông dân tỉnh và Liên minh HTX tỉnh ký kết chương trình phối hợp giai đoạn 2023 - 2027",
        "published": "2023-04-10T15:20",
        "events": [ev("signing", "2023-04-07")],
        "dates": ["2023-04-07", "2018-03-12", "2022-06-16"],
        "parties": [
            party("Hội Nông dân tỉnh Thái Nguyên", "association", "Thái Nguyên"),
            alliance("Thái Nguyên"),
        ],
        "periods": [per(2023, 2027), per(2018, 2022), per(None, 2027)],
        "awards": [],
        "award_counts": [],
        "people": [
            person("Đỗ Thị Lan Anh", "Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh Thái Nguyên"),
            person("Dương Văn Khởi", "Chủ tịch Liên minh Hợp tác xã tỉnh Thái Nguyên"),
            person("Hà Văn Thịnh", "Giám đốc Hợp tác xã Chè Khe Cốc Xanh"),
        ],
        "authors": ["Minh Hằng"],
    },
    {
        "id": "s04",
        "title": "Xã Tân Hiệp tổng kết công tác phát triển kinh tế tập thể năm 2024",
        "published": "2025-01-03",
        "events": [ev("conference", "2024-12-30"), ev("award", "2024-12-30")],
        "dates": ["2024-12-30", "2024-12-15", "2024-12-20"],
        "parties": [party("Ủy ban nhân dân xã Tân Hiệp", "government", "Bắc Giang")],
        "periods": [per(2020, 2025)],
        "awards": [
            award("Giấy khen", "Hợp tác xã Gà đồi Tân Hiệp"),
            award("Giấy khen", "Hợp tác xã Dịch vụ nông nghiệp Đồng Tâm"),
            award("Giấy khen", "Ngô Văn Toản"),
        ],
        "award_counts": [count("Giấy khen", 2, 1), count("Giấy khen", 6, 15)],
        "people": [
            person("Hoàng Thị Thu Huyền",
                   "Huyện ủy viên, Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện Yên Thế"),
            person("Vi Văn Thắng", "Bí thư Đảng ủy, Chủ tịch Hội đồng nhân dân xã Tân Hiệp"),
            person("Nguyễn Văn Chiến", "Phó Chủ tịch Ủy ban nhân dân xã Tân Hiệp"),
            person("Ngô Văn Toản", "Giám đốc Hợp tác xã Gà đồi Tân Hiệp"),
        ],
        "authors": ["Lương Thị Hòa"],
    },
    {
        "id": "s05",
        "title": "06 HTX TRÊN ĐỊA BÀN HUYỆN ĐƯỢC KẾT NẠP THÀNH VIÊN LIÊN MINH HTX TỈNH",
        "published": "2023-08-18T10:45",
        "events": [ev("conference", "2023-08-17"), ev("membership", "2023-08-17")],
        "dates": ["2023-08-17", "2023-06-20", "2024-07-01", "2023-10"],
        "parties": [
            alliance("Hòa Bình"),
            party("Ủy ban nhân dân huyện Cao Phong", "government", "Hòa Bình"),
        ],
        "periods": [per(2021, 2025)],
        "awards": [],
        "award_counts": [],
        "people": [
            person("Bùi Đức Hạnh", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh Hòa Bình"),
            person("Quách Thị Thanh Hoa", "Huyện ủy viên, Phó Chủ tịch Ủy ban nhân dân huyện Cao Phong"),
        ],
        "authors": ["Bùi Thị Hường"],
    },
    {
        "id": "s06",
        "title": "CHỦ TỊCH UBND HUYỆN KIỂM TRA, LÀM VIỆC VỚI CÁC HỢP TÁC XÃ Ở XÃ PHÚC TRẠCH",
        "published": "2024-03-13T07:55",
        "events": [ev("visit", "2024-03-12")],
        "dates": ["2024-03-12", "2023-09", "2021-01-18", "2024-04-30"],
        "parties": [
            party("Ủy ban nhân dân huyện Hương Khê", "government", "Hà Tĩnh"),
            party("Hợp tác xã Bưởi Thanh Phúc", "cooperative", "Hà Tĩnh"),
            party("Hợp tác xã Dịch vụ nông nghiệp Phúc Trạch", "cooperative", "Hà Tĩnh"),
        ],
        "periods": [per(2021, 2025)],
        "awards": [],
        "award_counts": [],
        "people": [
            person("Nguyễn Trí Lực", "Phó Bí thư Huyện ủy, Chủ tịch Ủy ban nhân dân huyện Hương Khê"),
            person("Phan Đình Thuận", "Giám đốc Hợp tác xã Bưởi Thanh Phúc"),
            person("Võ Thị Hằng",
                   "Chủ tịch Hội đồng quản trị kiêm Giám đốc Hợp tác xã Dịch vụ nông nghiệp Phúc Trạch"),
        ],
        "authors": ["Thu Trang"],
    },
    {
        "id": "s07",
        "title": "HTX Dịch vụ nông nghiệp Đông Phước đón nhận Huân chương Lao động hạng Ba",
        "published": "2025-08-26T16:40",
        "events": [ev("award", "2025-08-25")],
        "dates": ["2025-08-25", "2025-07-01", "2025-06-12", "2025-06-30"],
        "parties": [party(HTX_DP, "cooperative", "Gia Lai")],
        "periods": [per(1980, 2025), per(2019, 2023), per(None, 2030)],
        "awards": [
            award("Huân chương Lao động hạng Ba", HTX_DP),
            award("Bằng khen", "Trần Văn Hòa"),
        ],
        "award_counts": [count("Bằng khen", 2, 4)],
        "people": [
            person("Lê Thị Phương Dung", "Phó Chủ tịch Ủy ban nhân dân tỉnh Gia Lai"),
            person("Đặng Văn Lâm", "Phó Chủ tịch Hội Nông dân tỉnh Gia Lai"),
            person("Trần Văn Hòa", f"Giám đốc {HTX_DP}"),
        ],
        "authors": ["Văn Phú"],
    },
    {
        "id": "s08",
        "title": "Tập huấn nâng cao năng lực cho cán bộ Hội và cán bộ quản lý hợp tác xã",
        "published": "2024-03-08T16:05",
        "events": [ev("training", "2024-03-05/2024-03-07")],
        "dates": ["2024-03-05/2024-03-07", "2022-08-15", "2024-08"],
        "parties": [
            party("Hội Nông dân tỉnh Nam Định", "association", "Nam Định"),
            alliance("Nam Định"),
        ],
        "periods": [per(2022, 2025)],
        "awards": [],
        "award_counts": [],
        "people": [
            person("Đặng Thu Trang", "giảng viên Học viện Nông nghiệp Việt Nam"),
            person("Đoàn Văn Mạnh", "Giám đốc Hợp tác xã Nông nghiệp Hải Đông Xanh"),
            person("Trần Văn Dũng", "Phó Chủ tịch Hội Nông dân tỉnh Nam Định"),
            person("Vũ Thị Huệ", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh Nam Định"),
        ],
        "authors": ["Phạm Hương"],
    },
    {
        "id": "s09",
        "title": "ĐẠI HỘI THÀNH VIÊN HỢP TÁC XÃ NÔNG NGHIỆP LÓNG LUÔNG XANH NHIỆM KỲ 2025 – 2030",
        "published": "2025-03-13T10:20",
        "events": [ev("congress", "2025-03-12"), ev("award", "2025-03-12")],
        "dates": ["2025-03-12", "2015-05-20", "2024-09-12"],
        "parties": [party(HTX_LL, "cooperative", "Sơn La")],
        "periods": [per(2025, 2030), per(2020, 2025), per(None, 2030)],
        "awards": [
            award("Giấy khen", HTX_LL),
            award("Kỷ niệm chương", "Lò Văn Thanh"),
        ],
        "award_counts": [],
        "people": [
            person("Đinh Thị Ngọc Lan", "Huyện ủy viên, Phó Chủ tịch Ủy ban nhân dân huyện Vân Hồ"),
            person("Hà Văn Tiến", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh Sơn La"),
            person("Lò Văn Thanh", f"Chủ tịch Hội đồng quản trị kiêm Giám đốc {HTX_LL}"),
            person("Mùi Thị Duyên", f"Trưởng Ban kiểm soát {HTX_LL}"),
        ],
        "authors": [],
    },
    {
        "id": "s10",
        "title": None,
        "published": "2024-01-17",
        "events": [ev("conference", "2024-01-16"), ev("award", "2024-01-16"), ev("signing", "2024-01-16")],
        "dates": ["2024-01-16", "2023-12-28"],
        "parties": [party("Ủy ban nhân dân huyện Chợ Gạo", "government", "Tiền Giang")],
        "periods": [per(2021, 2025), per(2020, 2025)],
        "awards": [
            award("Cờ thi đua", "Quỹ tín dụng nhân dân Long Bình Điền"),
            award("Bằng khen", "Hợp tác xã Nông nghiệp Thanh long Quơn Long"),
            award("Bằng khen", "Hợp tác xã Dịch vụ nông nghiệp Song Bình"),
            award("Bằng khen", "Nguyễn Thị Kim Loan"),
        ],
        "award_counts": [count("Bằng khen", 2, 1), count("Giấy khen", 5, 9)],
        "people": [
            person("Huỳnh Văn Nghĩa", "Huyện ủy viên, Phó Chủ tịch Ủy ban nhân dân huyện Chợ Gạo"),
            person("Nguyễn Thị Kim Loan", "Giám đốc Quỹ tín dụng nhân dân Long Bình Điền"),
        ],
        "authors": ["Thanh Nhàn"],
    },
    {
        "id": "s11",
        "title": "HỘI CHỢ NÔNG SẢN VÀ SẢN PHẨM HỢP TÁC XÃ TỈNH HƯNG YÊN NĂM 2025 THU HÚT HƠN 120 GIAN HÀNG",
        "published": "2025-09-23T14:30",
        "events": [ev("trade_promotion", "2025-09-18/2025-09-22"), ev("signing", "2025-09-18"),
                   ev("award", "2025-09-22")],
        "dates": ["2025-09-18/2025-09-22", "2025-07-01", "2025-09-18", "2025-09-22"],
        "parties": [
            party("Hội Nông dân tỉnh Hưng Yên", "association", "Hưng Yên"),
            alliance("Hưng Yên"),
        ],
        "periods": [per(None, 2030)],
        "awards": [],
        "award_counts": [count("Bằng khen", 8, None)],
        "people": [
            person("Nguyễn Hữu Thắng", "Phó Chủ tịch Hội Nông dân tỉnh Hưng Yên"),
            person("Phạm Thị Nhàn", "Giám đốc Hợp tác xã Dịch vụ nông nghiệp Vũ Ninh Xanh"),
        ],
        "authors": ["Hải Yến"],
    },
    {
        "id": "s12",
        "title": "Thông báo kết luận của Phó Chủ tịch UBND thị xã tại Hội nghị sơ kết 6 tháng đầu năm 2024 về phát triển kinh tế tập thể, hợp tác xã",
        "published": "2024-07-11",
        "events": [ev("conference", "2024-07-05"), ev("award", "2024-07-05")],
        "dates": ["2024-07-10", "2024-07-05", "2023-05-12", "2024-07-01", "2024-12-15"],
        "parties": [party("Ủy ban nhân dân thị xã Ba Đồn", "government", "Quảng Bình")],
        "periods": [per(2023, 2025), per(None, 2025), per(2019, 2023)],
        "awards": [],
        "award_counts": [count("Giấy khen", 4, 6)],
        "people": [
            person("Trần Quốc Hưng", "Thị ủy viên, Phó Chủ tịch Ủy ban nhân dân thị xã Ba Đồn"),
            person("Hoàng Thị Minh Nguyệt", "Chánh Văn phòng"),
        ],
        "authors": [],
    },
]

# Where the article body ends (the byline or source line), for the furniture check.
BODY_END = {
    "s01": "Người viết:", "s02": "Tác giả:", "s03": "Tin, ảnh:", "s04": "Người viết:",
    "s05": "Tác giả:", "s06": "Tin, ảnh:", "s07": "\nVăn Phú\n", "s08": "\nPhạm Hương -",
    "s09": "Nguồn:", "s10": "Tác giả:", "s11": "Tin, ảnh:", "s12": "Nguồn:",
}

# ---------------------------------------------------------------- reference data
PRE_2025 = """Hà Nội|Hà Giang|Cao Bằng|Bắc Kạn|Tuyên Quang|Lào Cai|Điện Biên|Lai Châu|Sơn La|Yên Bái|Hòa Bình|
Thái Nguyên|Lạng Sơn|Quảng Ninh|Bắc Giang|Phú Thọ|Vĩnh Phúc|Bắc Ninh|Hải Dương|Hải Phòng|Hưng Yên|Thái Bình|
Hà Nam|Nam Định|Ninh Bình|Thanh Hóa|Nghệ An|Hà Tĩnh|Quảng Bình|Quảng Trị|Thừa Thiên Huế|Đà Nẵng|Quảng Nam|
Quảng Ngãi|Bình Định|Phú Yên|Khánh Hòa|Ninh Thuận|Bình Thuận|Kon Tum|Gia Lai|Đắk Lắk|Đắk Nông|Lâm Đồng|
Bình Phước|Tây Ninh|Bình Dương|Đồng Nai|Bà Rịa - Vũng Tàu|Hồ Chí Minh|Long An|Tiền Giang|Bến Tre|Trà Vinh|
Vĩnh Long|Đồng Tháp|An Giang|Kiên Giang|Cần Thơ|Hậu Giang|Sóc Trăng|Bạc Liêu|Cà Mau"""
POST_2025 = """Hà Nội|Cao Bằng|Tuyên Quang|Điện Biên|Lai Châu|Sơn La|Lào Cai|Thái Nguyên|Lạng Sơn|Quảng Ninh|
Bắc Ninh|Phú Thọ|Hải Phòng|Hưng Yên|Ninh Bình|Thanh Hóa|Nghệ An|Hà Tĩnh|Quảng Trị|Huế|Đà Nẵng|Quảng Ngãi|
Gia Lai|Khánh Hòa|Đắk Lắk|Lâm Đồng|Đồng Nai|Hồ Chí Minh|Tây Ninh|Đồng Tháp|Vĩnh Long|An Giang|Cần Thơ|Cà Mau"""
PRE = {x.strip() for x in PRE_2025.replace("\n", "").split("|")}
POST = {x.strip() for x in POST_2025.replace("\n", "").split("|")}
assert len(PRE) == 63 and len(POST) == 34, (len(PRE), len(POST))
CITIES = {"Hà Nội", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ", "Huế"}
MERGER = "2025-07-01"

KEYS = ["id", "title", "published", "events", "dates", "parties", "periods", "awards",
        "award_counts", "people", "authors"]
EVENT_TYPES = {"signing", "award", "conference", "congress", "trade_promotion", "membership",
               "establishment", "visit", "training", "other"}
PARTY_KINDS = {"cooperative_alliance", "cooperative", "cooperative_union", "credit_fund", "government",
               "bank", "enterprise", "association", "other"}
AWARDS = {"Cờ thi đua", "Bằng khen", "Giấy khen", "Kỷ niệm chương", "Huân chương Lao động hạng Nhất",
          "Huân chương Lao động hạng Nhì", "Huân chương Lao động hạng Ba"}
ABBREV = re.compile(r"\b(HTX|LMHTX|LM HTX|LHHTX|UBND|HĐND|QTDND|QTD|HĐQT|PTNT|KTTT|HND|TP\.?|CSXH|NN-DV|DVNN)(?!\w)")
# new-style tone placement on open oa/oe/uy syllables ("hoà", "khoẻ", "thuỷ"); "quý" is fine
NEW_TONE = re.compile(r"(?<![qQ])(?:[oO][àáảãạ]|[oO][èéẻẽẹ]|[uU][ỳýỷỹỵ])(?![^\W\d_])")
DAY = r"(?P<d>\d{2})"
ISO_ONE = re.compile(r"^(\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|--\d{2}-\d{2})$")
PUB = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")

EXPAND = [("HTX", "Hợp tác xã"), ("LMHTX", "Liên minh Hợp tác xã"), ("UBND", "Ủy ban nhân dân"),
          ("HĐND", "Hội đồng nhân dân"), ("QTDND", "Quỹ tín dụng nhân dân"), ("HĐQT", "Hội đồng quản trị"),
          ("HND", "Hội Nông dân"), ("PTNT", "Phát triển nông thôn"), ("CSXH", "Chính sách xã hội")]


def fold(s):
    s = unicodedata.normalize("NFD", s or "")
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.replace("đ", "d").replace("Đ", "D").lower()
    s = "".join(c if c.isalnum() else " " for c in s)
    return " ".join(s.split())


def expand(text):
    for a, b in EXPAND:
        text = re.sub(rf"\b{a}\b", b, text)
    return text


def valid_one(v):
    if not ISO_ONE.match(v):
        return False
    try:
        if v.startswith("--"):
            dt.date(2024, int(v[2:4]), int(v[5:7]))  # leap year allows 29/2
        elif len(v) == 7:
            dt.date(int(v[:4]), int(v[5:7]), 1)
        else:
            dt.date.fromisoformat(v)
    except ValueError:
        return False
    return True


def valid_date(v):
    parts = v.split("/")
    if len(parts) == 1:
        return valid_one(v)
    return len(parts) == 2 and all(valid_one(p) for p in parts) and parts[0] <= parts[1]


def surface_ok(value, body):
    """A date or month value has a plausible surface form in the body."""
    def day_month(d, m):
        d, m = int(d), int(m)
        pats = [rf"(?<!\d)0?{d}\s*[/.\-]\s*0?{m}(?!\d)", rf"(?<!\d)0?{d} tháng 0?{m}(?!\d)"]
        return any(re.search(p, body) for p in pats)

    parts = value.split("/")
    if len(parts) == 2:  # range: start day and end date
        a, b = parts
        return re.search(rf"(?<!\d)0?{int(a[-2:])}(?!\d)", body) and day_month(b[-2:], b[-5:-3])
    v = parts[0]
    if len(v) == 7:  # month
        y, m = v[:4], int(v[5:7])
        return re.search(rf"tháng 0?{m}\s*(/|năm)\s*{y}", body) is not None
    return day_month(v[-2:], v[-5:-3])


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in GOLD:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    problems = validate()
    for p in problems:
        print("PROBLEM:", p)
    print(f"wrote {OUT}: {len(GOLD)} records; {len(problems)} problems")
    sys.exit(1 if problems else 0)


def validate():
    errs = []
    files = sorted(fn[:-4] for fn in os.listdir(ARTICLES) if fn.endswith(".txt"))
    lines = [json.loads(l) for l in open(OUT, encoding="utf-8") if l.strip()]
    ids = [r["id"] for r in lines]
    if sorted(ids) != files or len(set(ids)) != len(ids):
        errs.append(f"ids {ids} do not match article files {files}")
    for rec in lines:
        rid = rec["id"]
        e = lambda m: errs.append(f"{rid}: {m}")
        path = os.path.join(ARTICLES, rid + ".txt")
        if not os.path.exists(path):
            e("no article file")
            continue
        text = open(path, encoding="utf-8").read()
        if text != unicodedata.normalize("NFC", text):
            e("article not NFC")
        n_words = len(text.split())
        if not 250 <= n_words <= 900:
            e(f"article has {n_words} words")
        if list(rec.keys()) != KEYS:
            e(f"keys {list(rec.keys())}")
        raw = json.dumps(rec, ensure_ascii=False)
        if raw != unicodedata.normalize("NFC", raw) or "\u00d0" in raw or "\u00f0" in raw:
            e("record not NFC or uses eth for Đ")
        lines_of = [l.strip() for l in text.splitlines()]
        end_marker = BODY_END[rid]
        if end_marker not in text:
            e(f"body end marker {end_marker!r} not found")
            continue
        body_end = text.index(end_marker)

        # title and published: in the header, before the body
        t = rec["title"]
        if t is not None and t not in lines_of:
            e(f"title is not a line of the article: {t!r}")
        pub = rec["published"]
        header_end = None
        if pub is not None:
            if not PUB.match(pub) or not valid_one(pub[:10]):
                e(f"bad published {pub}")
            else:
                y, m, d = pub[:4], int(pub[5:7]), int(pub[8:10])
                mt = re.search(rf"(?<!\d)0?{d}\s*[/.\-]\s*0?{m}\s*[/.\-]\s*{y}", text)
                if not mt:
                    e(f"published {pub} has no stamp in the text")
                else:
                    header_end = text.index("\n", mt.end())
                    if "T" in pub and pub[11:] not in text[mt.start() - 30: mt.end() + 30]:
                        e(f"published time {pub[11:]} not next to the stamp")
        body_start = header_end if header_end is not None else (text.index(t) + len(t) if t else 0)
        body = text[body_start:body_end]

        # dates
        ds = rec["dates"]
        if len(set(ds)) != len(ds):
            e("duplicate dates")
        for d in ds:
            if not isinstance(d, str) or not valid_date(d):
                e(f"bad date {d!r}")
            elif not d.startswith("--") and not surface_ok(d, body):
                e(f"date {d} has no surface form in the body")
        for x in rec["events"]:
            if set(x) != {"type", "date"} or x["type"] not in EVENT_TYPES:
                e(f"bad event {x}")
            if x["date"] is not None and x["date"] not in ds:
                e(f"event date {x['date']} not among dates")
        if len({x["type"] for x in rec["events"]}) != len(rec["events"]):
            e("one event per type")
        ref = next((x["date"] for x in rec["events"] if x["date"]), None) or (pub or "")[:10]
        gazetteer = POST if ref[:10] >= MERGER else PRE

        # parties
        for p in rec["parties"]:
            if p["kind"] not in PARTY_KINDS:
                e(f"bad party kind {p}")
            if ABBREV.search(p["name"]):
                e(f"party name not expanded: {p['name']}")
            if p["province"] is not None and p["province"] not in gazetteer:
                e(f"province {p['province']} not valid on {ref}")
            if p["kind"] == "cooperative_alliance" and p["province"]:
                unit = "thành phố" if p["province"] in CITIES else "tỉnh"
                if p["name"] != f"Liên minh Hợp tác xã {unit} {p['province']}":
                    e(f"alliance name not canonical: {p['name']}")
            names = [p["name"]] + p.get("aliases", [])
            if p["kind"] not in ("cooperative_alliance", "government", "association") and \
                    not any(fold(n) in fold(expand(body)) for n in names):
                e(f"party {p['name']} not found in the body")

        # periods
        for x in rec["periods"]:
            s, en = x.get("start"), x.get("end")
            if set(x) != {"start", "end"} or not isinstance(en, int) or not (s is None or isinstance(s, int)):
                e(f"bad period {x}")
            elif s is not None and not (s <= en and en - s <= 50):
                e(f"implausible period {x}")
            elif s is not None and not re.search(rf"{s}\s*[-–]\s*{en}|{s} đến năm {en}", body):
                e(f"period {s}-{en} not in the body")
            elif s is None and not re.search(rf"đến năm {en}", body):
                e(f"horizon {en} not in the body")

        # awards and counts
        for a in rec["awards"]:
            if a["award"] not in AWARDS:
                e(f"award not canonical: {a['award']}")
            r = a["recipient"]
            if not isinstance(r, str) or ABBREV.search(r):
                e(f"recipient not canonical: {r}")
            if not any(fold(n) in fold(expand(body)) for n in [r] + a.get("aliases", [])):
                e(f"recipient {r} not found in the body")
        for c in rec["award_counts"]:
            if c["award"] not in AWARDS:
                e(f"count award not canonical: {c}")
            vals = [c["collectives"], c["individuals"]]
            if all(v is None for v in vals) or any(v is not None and (not isinstance(v, int) or v <= 0) for v in vals):
                e(f"bad count {c}")

        # people and authors
        for p in rec["people"]:
            if set(p) != {"name", "title"}:
                e(f"bad person {p}")
            if p["name"] not in text[:body_end] and p["name"] not in text:
                e(f"person {p['name']} not in the text")
            if p["title"] and ABBREV.search(p["title"]):
                e(f"title not expanded: {p['title']}")
        for a in rec["authors"]:
            if not isinstance(a, str) or a not in text[body_end - 1:]:
                e(f"author {a!r} not in the byline")
        if NEW_TONE.search(raw):
            e(f"new-style tone mark in record: {NEW_TONE.search(raw).group(0)}")
    return errs


if __name__ == "__main__":
    main()

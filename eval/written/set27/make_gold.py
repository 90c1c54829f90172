#!/usr/bin/env python3
"""Write and validate the gold records of the eval27 set.

usage: python3 make_gold.py            (writes gold.jsonl next to this script)

The gold is annotated by hand from the articles in articles/ following ../shared/SCHEMA.md,
../shared/DOMAIN.md and the conventions visible in ../shared/eval/dev.gold.jsonl (see NOTES.md
for every judgement call). It has the same shape as dev.gold.jsonl: plain values, no spans.

Validation (the script exits 1 on the first batch of problems and writes nothing):
  * every article has exactly one record and every record an article;
  * fields well-formed: types, event types, party kinds, award names, ISO dates that exist on
    the calendar, periods with start <= end, award counts with at least one number;
  * canonical names: NFC, Đ not eth, old-style tone placement (hòa, thủy, Ủy), abbreviations
    expanded (HTX, LMHTX, UBND, QTDND, HĐQT, TP ...), alliance names of the canonical shape and
    consistent with their province, provinces from the gazetteer valid on the article's date;
  * grounding: title = the page's <h1>, published = the page's datePublished, every event date
    is one of the record's dates, every person, author, recipient and party is findable in the
    page text;
  * article length 250-900 words (headline, lead, body and captions; furniture excluded).
Standard library only.
"""
import datetime
import html
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = os.path.join(HERE, "articles")
OUT = os.path.join(HERE, "gold.jsonl")

EVENT_TYPES = {"signing", "award", "conference", "congress", "trade_promotion", "membership",
               "establishment", "visit", "training", "other"}
PARTY_KINDS = {"cooperative_alliance", "cooperative", "cooperative_union", "credit_fund", "government",
               "bank", "enterprise", "association", "other"}
AWARDS = {"Cờ thi đua", "Bằng khen", "Giấy khen", "Kỷ niệm chương",
          "Huân chương Lao động hạng Nhất", "Huân chương Lao động hạng Nhì", "Huân chương Lao động hạng Ba"}

# Gazetteers (DOMAIN.md §3.2, §3.3): canonical names without the unit word.
PROVINCES_63 = """Hà Nội|Hà Giang|Cao Bằng|Bắc Kạn|Tuyên Quang|Lào Cai|Điện Biên|Lai Châu|Sơn La|Yên Bái|
Hòa Bình|Thái Nguyên|Lạng Sơn|Quảng Ninh|Bắc Giang|Phú Thọ|Vĩnh Phúc|Bắc Ninh|Hải Dương|Hải Phòng|Hưng Yên|
Thái Bình|Hà Nam|Nam Định|Ninh Bình|Thanh Hóa|Nghệ An|Hà Tĩnh|Quảng Bình|Quảng Trị|Thừa Thiên Huế|Đà Nẵng|
Quảng Nam|Quảng Ngãi|Bình Định|Phú Yên|Khánh Hòa|Ninh Thuận|Bình Thuận|Kon Tum|Gia Lai|Đắk Lắk|Đắk Nông|
Lâm Đồng|Bình Phước|Tây Ninh|Bình Dương|Đồng Nai|Bà Rịa - Vũng Tàu|Hồ Chí Minh|Long An|Tiền Giang|Bến Tre|
Trà Vinh|Vĩnh Long|Đồng Tháp|An Giang|Kiên Giang|Cần Thơ|Hậu Giang|Sóc Trăng|Bạc Liêu|Cà Mau"""
PROVINCES_63 = {p.strip() for p in PROVINCES_63.replace("\n", "").split("|")}
PROVINCES_34 = {"Hà Nội", "Cao Bằng", "Tuyên Quang", "Điện Biên", "Lai Châu", "Sơn La", "Lào Cai", "Thái Nguyên",
                "Lạng Sơn", "Quảng Ninh", "Bắc Ninh", "Phú Thọ", "Hải Phòng", "Hưng Yên", "Ninh Bình", "Thanh Hóa",
                "Nghệ An", "Hà Tĩnh", "Quảng Trị", "Huế", "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Khánh Hòa",
                "Đắk Lắk", "Lâm Đồng", "Đồng Nai", "Hồ Chí Minh", "Tây Ninh", "Đồng Tháp", "Vĩnh Long",
                "An Giang", "Cần Thơ", "Cà Mau"}
assert len(PROVINCES_63) == 63 and len(PROVINCES_34) == 34
CITIES_BEFORE_2025 = {"Hà Nội", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"}
CITIES_FROM_2025 = CITIES_BEFORE_2025 | {"Huế"}


def gazetteer(published):
    """Provincial units valid on the article's date (DOMAIN.md §3.1)."""
    day = (published or "9999")[:10]
    if day >= "2025-07-01":
        return PROVINCES_34, CITIES_FROM_2025
    if day >= "2025-01-01":
        return (PROVINCES_63 - {"Thừa Thiên Huế"}) | {"Huế"}, CITIES_FROM_2025
    return PROVINCES_63, CITIES_BEFORE_2025


def P(name, kind, province, aliases=None):
    d = {"name": name, "kind": kind, "province": province}
    if aliases:
        d["aliases"] = aliases
    return d


def A(award, recipient, aliases=None):
    d = {"award": award, "recipient": recipient}
    if aliases:
        d["aliases"] = aliases
    return d


def C(award, collectives, individuals):
    return {"award": award, "collectives": collectives, "individuals": individuals}


def E(type_, date):
    return {"type": type_, "date": date}


def R(start, end):
    return {"start": start, "end": end}


def H(name, title):
    return {"name": name, "title": title}


VCA = P("Liên minh Hợp tác xã Việt Nam", "cooperative_alliance", None)

GOLD = [
    {
        "id": "s01",
        "title": "Biểu dương 110 hợp tác xã tiêu biểu nhân Ngày Hợp tác xã Việt Nam",
        "published": "2025-04-11T21:15",
        "events": [E("conference", "2025-04-11"), E("award", "2025-04-11")],
        "dates": ["2025-04-11", "2025-03", "2023-06-20", "2024-07-01", "2022-06-16"],
        "parties": [VCA],
        "periods": [R(2021, 2025), R(None, 2030), R(None, 2045), R(2019, 2023)],
        "awards": [
            A("Huân chương Lao động hạng Ba", "Hợp tác xã Nông nghiệp sạch Tân Phú Hưng",
              ["Hợp tác xã Nông nghiệp sạch Tân Phú Hưng (tỉnh Đồng Nai)"]),
            A("Huân chương Lao động hạng Ba", "Hợp tác xã Dịch vụ tổng hợp Yên Thành",
              ["Hợp tác xã Dịch vụ tổng hợp Yên Thành (tỉnh Ninh Bình)"]),
            A("Huân chương Lao động hạng Ba", "Lò Văn Piêng"),
        ],
        "award_counts": [C("Huân chương Lao động hạng Ba", 2, 1), C("Bằng khen", 12, 9),
                         C("Bằng khen", 110, None), C("Kỷ niệm chương", None, 25)],
        "people": [H("Lê Minh Khôi", "Thứ trưởng Bộ Tài chính"),
                   H("Đinh Văn Thắng", "Phó Chủ tịch Liên minh Hợp tác xã Việt Nam"),
                   H("Lò Văn Piêng", "Giám đốc Hợp tác xã Chè Shan Mây Trắng")],
        "authors": ["Thu Hà"],
    },
    {
        "id": "s02",
        "title": "Một năm thi hành Luật Hợp tác xã 2023: gần 1.900 hợp tác xã tổ chức lại",
        "published": "2025-07-18T16:40",
        "events": [E("conference", "2025-07-18")],
        "dates": ["2025-07-18", "2024-07-01", "2025-06-30", "2024-09-12", "2025-07-01"],
        "parties": [P("Bộ Tài chính", "government", None), VCA],
        "periods": [R(2021, 2030), R(None, 2030)],
        "awards": [],
        "award_counts": [],
        "people": [H("Vũ Thành Công", "Thứ trưởng Bộ Tài chính"),
                   H("Nguyễn Thị Lụa", "Giám đốc Hợp tác xã Rau an toàn Văn Đức Xanh"),
                   H("Phạm Hữu Nghĩa", "Phó Chủ tịch Liên minh Hợp tác xã Việt Nam")],
        "authors": ["Phương Linh"],
    },
    {
        "id": "s03",
        "title": "Chuẩn bị Đại hội Liên minh HTX Việt Nam lần thứ VII: dự kiến 800 đại biểu dự",
        "published": "2025-11-21T07:30",
        "events": [E("conference", "2025-11-20")],
        "dates": ["2025-11-20", "2026-03", "2020-12-21/2020-12-22", "2025-11-15", "2025-12-15"],
        "parties": [VCA],
        "periods": [R(2026, 2031), R(2020, 2025), R(2025, 2030)],
        "awards": [],
        "award_counts": [],
        "people": [H("Lê Quang Vinh", "Phó Chủ tịch Liên minh Hợp tác xã Việt Nam, Trưởng tiểu ban Văn kiện"),
                   H("Nguyễn Hữu Đạt", "Chủ tịch Liên minh Hợp tác xã tỉnh Gia Lai"),
                   H("Đặng Thị Mỹ Hạnh", "Chủ tịch Hội đồng quản trị Hợp tác xã Nông nghiệp Phước Thạnh")],
        "authors": ["Nhật Minh"],
    },
    {
        "id": "s04",
        "title": "Liên minh HTX tỉnh Lâm Đồng sau hợp nhất: trao Cờ thi đua, Bằng khen cho nhiều tập thể",
        "published": "2025-09-25T17:45",
        "events": [E("conference", "2025-09-24"), E("award", "2025-09-24")],
        "dates": ["2025-09-24", "2025-08-15", "2025-07-01"],
        "parties": [P("Liên minh Hợp tác xã tỉnh Lâm Đồng", "cooperative_alliance", "Lâm Đồng")],
        "periods": [R(2020, 2025), R(None, 2030)],
        "awards": [
            A("Cờ thi đua", "Hợp tác xã Nông nghiệp Đắk Ha Xanh",
              ["Hợp tác xã Nông nghiệp Đắk Ha Xanh (xã Quảng Sơn)"]),
            A("Cờ thi đua", "Quỹ tín dụng nhân dân Phan Rí Cửa"),
        ],
        "award_counts": [C("Cờ thi đua", 2, None), C("Bằng khen", 6, 4), C("Giấy khen", 12, 15)],
        "people": [H("Trương Công Thạch", "Chủ tịch Liên minh Hợp tác xã tỉnh Lâm Đồng"),
                   H("Y Bliêng Niê", "Giám đốc Hợp tác xã Nông nghiệp Đắk Ha Xanh"),
                   H("Võ Thành Nhân", "Phó Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng")],
        "authors": ["Thanh Mai"],
    },
    {
        "id": "s05",
        "title": "TP HCM: Hơn 200 hợp tác xã đưa đặc sản về tuần lễ kết nối cung cầu",
        "published": "2025-10-06T11:02",
        "events": [E("trade_promotion", "2025-10-03/2025-10-05"), E("signing", "2025-10-03")],
        "dates": ["2025-10-03/2025-10-05", "2025-10-03", "2024-11"],
        "parties": [
            P("Liên minh Hợp tác xã Thành phố Hồ Chí Minh", "cooperative_alliance", "Hồ Chí Minh"),
            P("Liên hiệp Hợp tác xã Thương mại Thành phố Hồ Chí Minh", "cooperative_union", "Hồ Chí Minh",
              ["Saigon Co.op", "Liên hiệp Hợp tác xã Thương mại TP HCM",
               "Liên hiệp Hợp tác xã Thương mại Thành phố Hồ Chí Minh (Saigon Co.op)"]),
        ],
        "periods": [R(2025, 2027)],
        "awards": [],
        "award_counts": [],
        "people": [H("Lê Văn Sang", "Chủ tịch Liên minh Hợp tác xã Thành phố Hồ Chí Minh"),
                   H("Tô Ngọc Bích", "Phó Tổng Giám đốc Liên hiệp Hợp tác xã Thương mại Thành phố Hồ Chí Minh"),
                   H("Trần Văn Thuận", "Giám đốc Hợp tác xã Nông nghiệp Xuân Thới Sơn Xanh")],
        "authors": ["Ngọc Ánh"],
    },
    {
        "id": "s06",
        "title": "Hợp tác xã sầu riêng của 'ông chủ 8X' thu gần 90 tỉ đồng mỗi năm",
        "published": "2025-08-15T08:00",
        "events": [E("visit", "2025-08-13")],
        "dates": ["2025-08-13", "2019-03", "2022-09"],
        "parties": [
            P("Liên minh Hợp tác xã tỉnh Đồng Tháp", "cooperative_alliance", "Đồng Tháp"),
            P("Hợp tác xã Sầu riêng Ngũ Hiệp Xanh", "cooperative", "Đồng Tháp"),
        ],
        "periods": [R(2025, 2030)],
        "awards": [A("Bằng khen", "Hợp tác xã Sầu riêng Ngũ Hiệp Xanh")],
        "award_counts": [],
        "people": [H("Huỳnh Văn Tám", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh Đồng Tháp"),
                   H("Nguyễn Hoàng Phúc", "Giám đốc Hợp tác xã Sầu riêng Ngũ Hiệp Xanh"),
                   H("Lê Văn Bảy", "thành viên Hợp tác xã Sầu riêng Ngũ Hiệp Xanh")],
        "authors": ["Hoài Thương"],
    },
    {
        "id": "s07",
        "title": "Đại hội đại biểu Liên minh Hợp tác xã tỉnh Phú Thọ lần thứ I, nhiệm kỳ 2025-2030",
        "published": "2025-09-06T10:42",
        "events": [E("congress", "2025-09-05"), E("award", "2025-09-05")],
        "dates": ["2025-09-05", "2025-07-20"],
        "parties": [P("Liên minh Hợp tác xã tỉnh Phú Thọ", "cooperative_alliance", "Phú Thọ")],
        "periods": [R(2025, 2030), R(2020, 2025), R(None, 2030)],
        "awards": [A("Cờ thi đua", "Liên minh Hợp tác xã tỉnh Phú Thọ", ["Liên minh Hợp tác xã Phú Thọ"])],
        "award_counts": [C("Bằng khen", 3, 5)],
        "people": [H("Đặng Xuân Hòa", "Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh Phú Thọ"),
                   H("Đinh Văn Thắng", "Phó Chủ tịch Liên minh Hợp tác xã Việt Nam"),
                   H("Hà Quang Trung", "Chủ tịch Liên minh Hợp tác xã tỉnh Phú Thọ")],
        "authors": ["Minh Hải"],
    },
    {
        "id": "s08",
        "title": "Hà Nội bắt tay 3 tỉnh miền núi phía bắc đưa nông sản hợp tác xã về thủ đô",
        "published": "2025-11-13T06:15",
        "events": [E("signing", "2025-11-12"), E("trade_promotion", "2025-11-12/2025-11-14")],
        "dates": ["2025-11-12", "2025-10-03", "2025-11-12/2025-11-14"],
        "parties": [
            P("Liên minh Hợp tác xã thành phố Hà Nội", "cooperative_alliance", "Hà Nội"),
            P("Liên minh Hợp tác xã tỉnh Tuyên Quang", "cooperative_alliance", "Tuyên Quang"),
            P("Liên minh Hợp tác xã tỉnh Lào Cai", "cooperative_alliance", "Lào Cai"),
            P("Liên minh Hợp tác xã tỉnh Thái Nguyên", "cooperative_alliance", "Thái Nguyên"),
        ],
        "periods": [R(2025, 2030), R(None, 2035)],
        "awards": [],
        "award_counts": [],
        "people": [H("Nguyễn Thị Thu Hương", "Chủ tịch Liên minh Hợp tác xã thành phố Hà Nội"),
                   H("Hoàng Văn Kiên", "Chủ tịch Liên minh Hợp tác xã tỉnh Lào Cai"),
                   H("Vàng Seo Páo", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh Tuyên Quang")],
        "authors": ["Lê Thanh"],
    },
    {
        "id": "s09",
        "title": "Quỹ tín dụng nhân dân Diễn Hồng Phúc đón nhận Huân chương Lao động hạng Ba",
        "published": "2025-01-02T16:20",
        "events": [E("award", "2024-12-28")],
        "dates": ["2024-12-28", "1994-03-15", "2024-11-25"],
        "parties": [P("Quỹ tín dụng nhân dân Diễn Hồng Phúc", "credit_fund", "Nghệ An")],
        "periods": [R(1994, 2024), R(2019, 2023)],
        "awards": [
            A("Huân chương Lao động hạng Ba", "Quỹ tín dụng nhân dân Diễn Hồng Phúc"),
            A("Huân chương Lao động hạng Ba", "Cao Xuân Lộc"),
            A("Bằng khen", "Trần Thị Mai Anh"),
        ],
        "award_counts": [C("Giấy khen", None, 4)],
        "people": [H("Phan Đình Thuận", "Phó Chủ tịch Ủy ban nhân dân tỉnh Nghệ An"),
                   H("Cao Xuân Lộc", "Chủ tịch Hội đồng quản trị Quỹ tín dụng nhân dân Diễn Hồng Phúc"),
                   H("Trần Thị Mai Anh", "Giám đốc Quỹ tín dụng nhân dân Diễn Hồng Phúc")],
        "authors": ["Hải Đăng"],
    },
    {
        "id": "s10",
        "title": "Đà Nẵng: 120 cán bộ hợp tác xã được tập huấn chuyển đổi số",
        "published": "2025-10-25T14:30",
        "events": [E("training", "2025-10-22/2025-10-24"), E("membership", "2025-10-24")],
        "dates": ["2025-10-22/2025-10-24", "2025-10-02", "2025-10-24"],
        "parties": [
            P("Liên minh Hợp tác xã thành phố Đà Nẵng", "cooperative_alliance", "Đà Nẵng"),
            P("Sở Khoa học và Công nghệ thành phố Đà Nẵng", "government", "Đà Nẵng",
              ["Sở Khoa học và Công nghệ TP Đà Nẵng", "Sở Khoa học và Công nghệ Đà Nẵng"]),
        ],
        "periods": [R(2025, 2027), R(None, 2027)],
        "awards": [],
        "award_counts": [],
        "people": [H("Lê Hữu Khoa", "giảng viên Trường Đại học Bách khoa - Đại học Đà Nẵng"),
                   H("A Lăng Thị Bích", "Giám đốc Hợp tác xã Dệt zèng A Tiêng Xanh"),
                   H("Phạm Ngọc Sơn", "Phó Chủ tịch Liên minh Hợp tác xã thành phố Đà Nẵng")],
        "authors": ["Bích Vân"],
    },
    {
        "id": "s11",
        "title": "Hợp tác xã du lịch cộng đồng đầu tiên ở đặc khu Phú Quốc ra mắt",
        "published": "2025-08-09T15:20",
        "events": [E("establishment", "2025-08-09")],
        "dates": ["2025-08-09", "2025-07-01", "2024-10"],
        "parties": [P("Hợp tác xã Du lịch cộng đồng Rạch Vẹm Xanh", "cooperative", "An Giang")],
        "periods": [R(None, 2030)],
        "awards": [],
        "award_counts": [],
        "people": [H("Nguyễn Trung Hiếu", "Giám đốc Hợp tác xã Du lịch cộng đồng Rạch Vẹm Xanh"),
                   H("Lâm Văn Đức", "Chủ tịch Ủy ban nhân dân đặc khu Phú Quốc")],
        "authors": ["Thanh Nhã"],
    },
    {
        "id": "s12",
        "title": "Liên minh hợp tác xã TP Huế bắt tay Agribank mở gói vay 500 tỉ đồng",
        "published": "2025-10-16T19:05",
        "events": [E("signing", "2025-10-16"), E("award", "2025-10-16")],
        "dates": ["2025-10-16", "2025-01-01", "2025-07-01"],
        "parties": [
            P("Liên minh Hợp tác xã thành phố Huế", "cooperative_alliance", "Huế"),
            P("Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam chi nhánh Huế", "bank", "Huế",
              ["Agribank chi nhánh Huế", "Agribank Huế", "Agribank"]),
        ],
        "periods": [R(2025, 2028), R(2021, 2025)],
        "awards": [A("Giấy khen", "Hợp tác xã Nông nghiệp Thủy Thanh 1"),
                   A("Giấy khen", "Hợp tác xã Nón lá Phú Cam Xanh")],
        "award_counts": [C("Giấy khen", 2, None)],
        "people": [H("Ngô Đình Khánh", "Giám đốc Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam chi nhánh Huế"),
                   H("Hoàng Thị Thanh Tâm", "Chủ tịch Liên minh Hợp tác xã thành phố Huế"),
                   H("Trần Văn Mười", "Giám đốc Hợp tác xã Nông nghiệp Thủy Thanh 1")],
        "authors": ["Nhật Linh"],
    },
]

# ---------------------------------------------------------------------------------------------
# Validation helpers

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _split(ch):
    d = unicodedata.normalize("NFD", ch)
    return (unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES)),
            "".join(c for c in d if c in TONES))


def retone_old(syl):
    """DOMAIN.md §1.2 reference implementation, old style (hòa, thủy, Ủy)."""
    parts = [_split(c) for c in unicodedata.normalize("NFC", syl)]
    low = "".join(b for b, _ in parts).lower()
    tone = "".join(t for _, t in parts)
    m = re.fullmatch(r"([^aăâeêioôơuưy]*)(oa|oe|uy)", low)
    if not tone or not m or m.group(1).endswith("q"):
        return syl
    target = len(m.group(1))
    return "".join(unicodedata.normalize("NFC", b + (tone if i == target else "")) for i, (b, _) in enumerate(parts))


def fold(s):
    """Same folding as score.py: case, diacritics, đ and punctuation."""
    s = unicodedata.normalize("NFD", str(s))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.replace("đ", "d").replace("Đ", "D").lower()
    s = "".join(c if c.isalnum() else " " for c in s)
    return " ".join(s.split())


ABBREV = re.compile(r"(?<![\w])(HTX|LMHTX|LM HTX|LHHTX|QTDND|QTD|UBND|HĐND|HĐQT|THT|KTTT|TP\.?|Tp\.?|ĐH|VCA|"
                    r"NN&PTNT|KH&ĐT|KH&CN|CTN|TTg)(?![\w])")
ABBREV_ALIAS = re.compile(r"(?<![\w])(HTX|LMHTX|QTDND|UBND)(?![\w])")
DAY = r"\d{4}-\d{2}-\d{2}"
DATE_RE = re.compile(rf"^(?:{DAY}|\d{{4}}-\d{{2}}|--\d{{2}}-\d{{2}})(?:/(?:{DAY}|\d{{4}}-\d{{2}}|--\d{{2}}-\d{{2}}))?$")
PUB_RE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")


def check_calendar(value):
    for part in value.split("/"):
        if part.startswith("--"):
            datetime.date(2024, int(part[2:4]), int(part[5:7]))  # 2024: a leap year accepts 29/2
        elif len(part) == 7:
            datetime.date(int(part[:4]), int(part[5:7]), 1)
        else:
            datetime.date.fromisoformat(part)
    if "/" in value:
        a, b = value.split("/")
        if len(a) == len(b) and a > b:
            raise ValueError("range runs backwards")


def canonical_problems(label, s, aliases=False):
    out = []
    if not isinstance(s, str) or not s.strip():
        return [f"{label}: empty or not a string"]
    if s != unicodedata.normalize("NFC", s):
        out.append(f"{label}: not NFC: {s!r}")
    if any(c in s for c in "\u00d0\u00f0\u0189\u0256\u00a0\u200b\u00ad"):
        out.append(f"{label}: eth or invisible character: {s!r}")
    if s != " ".join(s.split()):
        out.append(f"{label}: spacing: {s!r}")
    for w in re.findall(r"\w+", s):
        if retone_old(w) != w:
            out.append(f"{label}: new-style tone placement {w!r} (want {retone_old(w)!r})")
    m = (ABBREV_ALIAS if aliases else ABBREV).search(s)
    if m:
        out.append(f"{label}: abbreviation {m.group(0)!r} not expanded: {s!r}")
    return out


def alliance_problems(label, p, provinces, cities):
    name, prov = p["name"], p["province"]
    if prov is None:
        return [] if name == "Liên minh Hợp tác xã Việt Nam" else [f"{label}: alliance without province: {name!r}"]
    if prov not in provinces:
        return [f"{label}: province {prov!r} not in the gazetteer valid on the article's date"]
    if prov == "Hồ Chí Minh":
        want = "Liên minh Hợp tác xã Thành phố Hồ Chí Minh"
    elif prov in cities:
        want = f"Liên minh Hợp tác xã thành phố {prov}"
    else:
        want = f"Liên minh Hợp tác xã tỉnh {prov}"
    return [] if name == want else [f"{label}: alliance name {name!r}, canonical form is {want!r}"]


# ---------------------------------------------------------------------------------------------
# The page: headline, stamp, article text (for grounding and length checks)

END_MARKERS = ['class="article__tags"', 'class="footer-content', 'class="art-footer"', 'class="detail__author"',
               'class="detail-tab"', 'class="detail__tags"']
FURNITURE_BOX = re.compile(r'<div class="[^"]*(?:related|tinlienquan|link-content-footer)[^"]*"[^>]*>.*?</div>', re.S)


def strip_tags(fragment):
    fragment = re.sub(r"<(script|style)\b.*?</\1>", " ", fragment, flags=re.S)
    fragment = re.sub(r"<[^>]+>", " ", fragment)
    return " ".join(html.unescape(fragment).split())


def page_facts(path):
    raw = open(path, encoding="utf-8").read()
    h1 = re.search(r"<h1\b[^>]*>(.*?)</h1>", raw, re.S)
    ld = re.search(r'"datePublished"\s*:\s*"([^"]+)"', raw)
    start = h1.start() if h1 else 0
    ends = [raw.rfind("<", 0, i) for i in (raw.find(m, start) for m in END_MARKERS) if i > 0]
    body = raw[start:min(ends)] if ends else raw[start:]
    body = FURNITURE_BOX.sub(" ", body)
    return {
        "raw": raw,
        "h1": strip_tags(h1.group(1)) if h1 else None,
        "date_published": ld.group(1)[:16] if ld else None,
        "article_text": strip_tags(body),
    }


# ---------------------------------------------------------------------------------------------

def validate(records):
    problems = []
    files = sorted(f for f in os.listdir(ARTICLES) if f.endswith(".html"))
    stems = [os.path.splitext(f)[0] for f in files]
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    for s in stems:
        if s not in ids:
            problems.append(f"{s}: article without a gold line")
    for i in ids:
        if i not in stems:
            problems.append(f"{i}: gold line without an article")
    keys = ["id", "title", "published", "events", "dates", "parties", "periods", "awards", "award_counts",
            "people", "authors"]
    for r in records:
        rid = r["id"]
        if list(r) != keys:
            problems.append(f"{rid}: keys {list(r)} differ from the dev shape {keys}")
            continue
        path = os.path.join(ARTICLES, rid + ".html")
        if not os.path.exists(path):
            continue
        page = page_facts(path)
        if page["raw"] != unicodedata.normalize("NFC", page["raw"]):
            problems.append(f"{rid}: article file is not NFC")
        text_fold = fold(page["article_text"]) + " | " + fold(expand(page["article_text"]))
        words = len(page["article_text"].split())
        if not 250 <= words <= 900:
            problems.append(f"{rid}: article text has {words} words, outside 250-900")

        # title and published
        if r["title"] is not None and r["title"] != page["h1"]:
            problems.append(f"{rid}: title {r['title']!r} differs from <h1> {page['h1']!r}")
        if r["published"] is not None:
            if not PUB_RE.match(r["published"]):
                problems.append(f"{rid}: published {r['published']!r} not ISO")
            elif page["date_published"] and r["published"] != page["date_published"][:len(r["published"])]:
                problems.append(f"{rid}: published {r['published']} differs from datePublished {page['date_published']}")
        provinces, cities = gazetteer(r["published"])

        # dates
        for d in r["dates"]:
            if not isinstance(d, str) or not DATE_RE.match(d):
                problems.append(f"{rid}: date {d!r} not ISO")
                continue
            try:
                check_calendar(d)
            except ValueError as e:
                problems.append(f"{rid}: date {d!r} impossible: {e}")
        if len(set(r["dates"])) != len(r["dates"]):
            problems.append(f"{rid}: duplicate dates")

        # events
        seen = set()
        for e in r["events"]:
            if set(e) != {"type", "date"} or e["type"] not in EVENT_TYPES:
                problems.append(f"{rid}: bad event {e}")
                continue
            if e["date"] is not None and e["date"] not in r["dates"]:
                problems.append(f"{rid}: event date {e['date']} is not among the dates")
            if (e["type"], e["date"]) in seen:
                problems.append(f"{rid}: duplicate event {e}")
            seen.add((e["type"], e["date"]))

        # parties
        for p in r["parties"]:
            label = f"{rid} party"
            if not {"name", "kind", "province"} <= set(p) or not set(p) <= {"name", "kind", "province", "aliases"}:
                problems.append(f"{label}: bad shape {p}")
                continue
            if p["kind"] not in PARTY_KINDS:
                problems.append(f"{label}: kind {p['kind']!r}")
            problems += canonical_problems(label, p["name"])
            for al in p.get("aliases", []):
                problems += canonical_problems(label + " alias", al, aliases=True)
            if p["kind"] == "cooperative_alliance":
                problems += alliance_problems(label, p, provinces, cities)
            elif p["province"] is not None and p["province"] not in provinces:
                problems.append(f"{label}: province {p['province']!r} not valid on the article's date")
            forms = [p["name"]] + p.get("aliases", [])
            if p["kind"] == "cooperative_alliance" and p["province"]:
                forms.append(p["province"])
            if not any(grounded(f, text_fold) for f in forms):
                problems.append(f"{label}: {p['name']!r} not found in the article text")

        # periods
        for pr in r["periods"]:
            if set(pr) != {"start", "end"} or not isinstance(pr["end"], int) or not (
                    pr["start"] is None or isinstance(pr["start"], int)):
                problems.append(f"{rid}: bad period {pr}")
            elif pr["start"] is not None and not (pr["start"] <= pr["end"] and pr["end"] - pr["start"] <= 40):
                problems.append(f"{rid}: implausible period {pr}")
            elif str(pr["end"]) not in page["article_text"]:
                problems.append(f"{rid}: period end {pr['end']} not in the article text")

        # awards
        for a in r["awards"]:
            if not {"award", "recipient"} <= set(a) or not set(a) <= {"award", "recipient", "aliases"}:
                problems.append(f"{rid}: bad award {a}")
                continue
            if a["award"] not in AWARDS:
                problems.append(f"{rid}: award name {a['award']!r} not canonical")
            problems += canonical_problems(f"{rid} recipient", a["recipient"])
            for al in a.get("aliases", []):
                problems += canonical_problems(f"{rid} recipient alias", al, aliases=True)
            if not any(grounded(f, text_fold) for f in [a["recipient"]] + a.get("aliases", [])):
                problems.append(f"{rid}: recipient {a['recipient']!r} not found in the article text")
        for c in r["award_counts"]:
            if set(c) != {"award", "collectives", "individuals"} or c["award"] not in AWARDS:
                problems.append(f"{rid}: bad award count {c}")
            elif c["collectives"] is None and c["individuals"] is None:
                problems.append(f"{rid}: award count without numbers {c}")
            elif any(v is not None and (not isinstance(v, int) or v <= 0) for v in (c["collectives"], c["individuals"])):
                problems.append(f"{rid}: award count not a positive integer {c}")

        # people and authors
        for h in r["people"]:
            if set(h) != {"name", "title"}:
                problems.append(f"{rid}: bad person {h}")
                continue
            problems += canonical_problems(f"{rid} person", h["name"])
            if h["title"] is not None:
                problems += canonical_problems(f"{rid} title", h["title"])
            if fold(h["name"]) not in text_fold:
                problems.append(f"{rid}: person {h['name']!r} not in the article text")
        for au in r["authors"]:
            problems += canonical_problems(f"{rid} author", au)
            if fold(au) not in fold(strip_tags(page["raw"])):
                problems.append(f"{rid}: author {au!r} not on the page")
        if len({fold(h["name"]) for h in r["people"]}) != len(r["people"]):
            problems.append(f"{rid}: duplicate people")
    return problems


EXPANSIONS = [(r"TP\.? ?HCM|TPHCM", "Thành phố Hồ Chí Minh"), (r"LMHTX", "Liên minh Hợp tác xã"),
              (r"HTX", "Hợp tác xã"), (r"QTDND", "Quỹ tín dụng nhân dân"), (r"UBND", "Ủy ban nhân dân"),
              (r"HĐQT", "Hội đồng quản trị"), (r"TP\.?", "thành phố")]


def expand(text):
    """The domain's abbreviations written out (SCHEMA.md, normalize --expand), for grounding only."""
    for pat, full in EXPANSIONS:
        text = re.sub(rf"(?<![\w.]){pat}(?![\w])", full, text)
    return text


PREFIXES = ["Hợp tác xã ", "Quỹ tín dụng nhân dân ", "Liên minh Hợp tác xã ", "Liên hiệp Hợp tác xã "]


def grounded(name, text_fold):
    """A name is findable when its distinctive part (legal-form prefix removed) occurs in the text."""
    core = name
    for pre in PREFIXES:
        if core.startswith(pre):
            core = core[len(pre):]
            break
    return fold(core) in text_fold


def main():
    problems = validate(GOLD)
    if problems:
        for p in problems:
            print("PROBLEM", p, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in GOLD:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for r in GOLD:
        page = page_facts(os.path.join(ARTICLES, r["id"] + ".html"))
        print(f"{r['id']}: {len(page['article_text'].split())} words, {len(r['dates'])} dates, "
              f"{len(r['events'])} events, {len(r['parties'])} parties, {len(r['periods'])} periods, "
              f"{len(r['awards'])} awards, {len(r['award_counts'])} counts, {len(r['people'])} people")
    print(f"wrote {len(GOLD)} records to {OUT}")


if __name__ == "__main__":
    main()

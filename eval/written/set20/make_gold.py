#!/usr/bin/env python3
"""Write and validate the gold records of eval20 (12 invented AMP/mobile news pages).

usage: python3 make_gold.py            # writes gold.jsonl next to this file, then validates it

The records follow the shape of shared/eval/dev.gold.jsonl: plain values, no spans, no source.
Conventions (see NOTES.md for the per-article calls):
  * title      = the <h1> as the reader sees it (entities decoded, spaces folded), not <title>/og:title;
  * published  = the visible stamp next to the headline (YYYY-MM-DD or YYYY-MM-DDTHH:MM),
                 never the header clock, the JSON-LD modified time or a related-news date;
  * dates      = every calendar date or month stated in the article body (sapo included, captions
                 and furniture excluded), resolved to ISO; year-less dates take the stamp's year;
  * parties    = principal organisations of the main event, alliances with their canonical province;
  * periods    = year spans (start null for horizons "đến năm 2030");
  * awards     = one item per (award, named recipient); award_counts = stated counts;
  * people     = persons named in the body with their (expanded) title; authors = byline names.
Standard library only.
"""
import html
import json
import os
import re
import sys
import unicodedata
from datetime import date
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = os.path.join(HERE, "articles")
OUT = os.path.join(HERE, "gold.jsonl")


def alliance(province, unit="tỉnh"):
    if province is None:
        return {"name": "Liên minh Hợp tác xã Việt Nam", "kind": "cooperative_alliance", "province": None}
    if province == "Hồ Chí Minh":
        name = "Liên minh Hợp tác xã Thành phố Hồ Chí Minh"
    else:
        name = f"Liên minh Hợp tác xã {unit} {province}"
    return {"name": name, "kind": "cooperative_alliance", "province": province}


def ev(t, d):
    return {"type": t, "date": d}


def per(s, e):
    return {"start": s, "end": e}


def aw(award, recipient, aliases=None):
    a = {"award": award, "recipient": recipient}
    if aliases:
        a["aliases"] = aliases
    return a


def cnt(award, collectives, individuals):
    return {"award": award, "collectives": collectives, "individuals": individuals}


def pp(name, title):
    return {"name": name, "title": title}


GOLD = [
    {
        "id": "s01",
        "title": "Liên minh HTX tỉnh và Agribank Bắc Giang ký kết phối hợp hỗ trợ vốn cho hợp tác xã",
        "published": "2024-03-25T09:15",
        "events": [ev("signing", "2024-03-22")],
        "dates": ["2024-03-22", "2024-02-29", "2022-06-16", "2024-12-31"],
        "parties": [
            alliance("Bắc Giang"),
            {"name": "Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam chi nhánh tỉnh Bắc Giang",
             "kind": "bank", "province": "Bắc Giang",
             "aliases": ["Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam - Chi nhánh tỉnh Bắc Giang",
                         "Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh Bắc Giang",
                         "Agribank Bắc Giang", "Agribank chi nhánh tỉnh Bắc Giang",
                         "Agribank chi nhánh Bắc Giang", "Agribank"]},
        ],
        "periods": [per(2024, 2026), per(None, 2030)],
        "awards": [],
        "award_counts": [],
        "people": [
            pp("Đào Quang Vinh", "Phó Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang"),
            pp("Ngô Văn Thành", "Chủ tịch Liên minh Hợp tác xã tỉnh Bắc Giang"),
            pp("Lương Thị Hải Yến", "Giám đốc Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam - Chi nhánh tỉnh Bắc Giang"),
        ],
        "authors": ["Thu Hà"],
    },
    {
        "id": "s02",
        "title": "Liên minh HTX tỉnh triển khai nhiệm vụ năm 2020",
        "published": "2020-01-03T08:30",
        "events": [ev("conference", "2019-12-27"), ev("award", "2019-12-27")],
        "dates": ["2019-12-27", "2020-06"],
        "parties": [alliance("Quảng Ninh")],
        "periods": [per(2020, 2025), per(2016, 2020), per(2015, 2019)],
        "awards": [
            aw("Cờ thi đua", "Hợp tác xã Dịch vụ nông nghiệp Đầm Hà Xanh",
               ["Hợp tác xã DVNN Đầm Hà Xanh"]),
            aw("Cờ thi đua", "Quỹ tín dụng nhân dân Hà An",
               ["Quỹ tín dụng nhân dân Hà An (TX Quảng Yên)", "Quỹ tín dụng nhân dân Hà An (thị xã Quảng Yên)"]),
            aw("Bằng khen", "Phạm Văn Lực"),
        ],
        "award_counts": [cnt("Cờ thi đua", 2, None), cnt("Bằng khen", 6, 9), cnt("Giấy khen", 21, 34)],
        "people": [
            pp("Đặng Huy Khiêm", "Phó Chủ tịch Ủy ban nhân dân tỉnh Quảng Ninh"),
            pp("Phạm Văn Lực", "Giám đốc Hợp tác xã Thủy sản Cái Rồng"),
            pp("Vũ Thị Thanh Hoa", "Chủ tịch Liên minh Hợp tác xã tỉnh Quảng Ninh"),
        ],
        "authors": ["Mạnh Trường"],
    },
    {
        "id": "s03",
        "title": "Đại hội đại biểu Liên minh Hợp tác xã tỉnh Nghệ An lần thứ VI, nhiệm kỳ 2025–2030",
        "published": "2025-08-20T17:45",
        "events": [ev("congress", "2025-08-20"), ev("award", "2025-08-20")],
        "dates": ["2025-08-20", "2025-06-30", "2025-07-01"],
        "parties": [alliance("Nghệ An")],
        "periods": [per(2025, 2030), per(2020, 2025), per(None, 2030)],
        "awards": [
            aw("Bằng khen", "Hợp tác xã Nông nghiệp và Dịch vụ Hưng Tân Xanh"),
            aw("Bằng khen", "Hợp tác xã Chè Đồi Xanh Thanh Chương"),
        ],
        "award_counts": [cnt("Bằng khen", 4, 6), cnt("Bằng khen", 2, None)],
        "people": [
            pp("Phạm Minh Khôi", "Phó Chủ tịch Liên minh Hợp tác xã Việt Nam"),
            pp("Lê Đình Thạch", "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Ủy ban nhân dân tỉnh Nghệ An"),
            pp("Nguyễn Thị Thu Hường", "Chủ tịch Liên minh Hợp tác xã tỉnh Nghệ An"),
            pp("Hồ Sỹ Nguyên", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh Nghệ An"),
            pp("Trần Văn Lâm", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh Nghệ An"),
        ],
        "authors": ["Thành Duy"],
    },
    {
        "id": "s04",
        "title": "Hơn 80 cán bộ hợp tác xã được tập huấn quản trị theo Luật Hợp tác xã 2023",
        "published": "2025-10-16T20:10",
        "events": [ev("training", "2025-10-14/2025-10-16")],
        "dates": ["2025-10-14/2025-10-16", "2024-07-01", "2024-09-12", "2025-11"],
        "parties": [alliance("Đồng Nai")],
        "periods": [per(2021, 2025), per(2026, 2030)],
        "awards": [],
        "award_counts": [],
        "people": [
            pp("Đỗ Thị Ngọc Lan", "giảng viên Trường Cán bộ quản lý nông nghiệp và phát triển nông thôn II"),
            pp("Trần Minh Luân", "Phó Chủ tịch Thường trực Liên minh Hợp tác xã tỉnh Đồng Nai"),
        ],
        "authors": ["Bảo Ngọc"],
    },
    {
        "id": "s05",
        "title": "Liên minh HTX Việt Nam làm việc với Liên minh HTX tỉnh Quảng Ninh",
        "published": "2019-08-23T10:05",
        "events": [ev("visit", "2019-08-22")],
        "dates": ["2019-08-22", "2018-04-27"],
        "parties": [alliance(None), alliance("Quảng Ninh")],
        "periods": [per(None, 2020), per(2020, 2025)],
        "awards": [],
        "award_counts": [],
        "people": [
            pp("Lê Quang Vinh", "Phó Chủ tịch Liên minh Hợp tác xã Việt Nam"),
            pp("Vũ Thị Thanh Hoa", "Chủ tịch Liên minh Hợp tác xã tỉnh Quảng Ninh"),
        ],
        "authors": ["Minh Đức", "Quốc Huy"],
    },
    {
        "id": "s06",
        "title": "Cụm thi đua Liên minh HTX 5 tỉnh ký kết giao ước thi đua năm 2024",
        "published": "2023-12-06T14:20",
        "events": [ev("conference", "2023-12-05"), ev("signing", "2023-12-05"), ev("award", "2023-12-05")],
        "dates": ["2023-12-05", "2024-01-15"],
        "parties": [alliance("Cà Mau"), alliance("Bạc Liêu"), alliance("Sóc Trăng"),
                    alliance("Hậu Giang"), alliance("Kiên Giang")],
        "periods": [per(2021, 2025)],
        "awards": [
            aw("Giấy khen", "Hợp tác xã Nuôi tôm sinh thái Năm Căn Xanh"),
            aw("Giấy khen", "Hợp tác xã Mật ong U Minh Hạ"),
            aw("Giấy khen", "Quỹ tín dụng nhân dân Tân Thành"),
        ],
        "award_counts": [cnt("Giấy khen", 3, None)],
        "people": [
            pp("Huỳnh Văn Tư", "Phó Trưởng ban Thi đua - Khen thưởng Liên minh Hợp tác xã Việt Nam"),
            pp("Tô Hoàng Nam", "Chủ tịch Liên minh Hợp tác xã tỉnh Cà Mau, Cụm trưởng Cụm thi đua năm 2023"),
        ],
        "authors": ["Hồng Phượng"],
    },
    {
        "id": "s07",
        "title": "Liên minh Hợp tác xã tỉnh Lào Cai kết nạp 15 thành viên mới",
        "published": "2025-10-04T07:30",
        "events": [ev("conference", "2025-10-03"), ev("membership", "2025-10-03"), ev("award", "2025-10-03")],
        "dates": ["2025-10-03", "2025-06-12", "2025-07-01", "2025-07-15", "2025-12-15"],
        "parties": [alliance("Lào Cai")],
        "periods": [per(2026, 2030)],
        "awards": [],
        "award_counts": [cnt("Giấy khen", 7, 11)],
        "people": [
            pp("Sùng Thị Mai", "Giám đốc Hợp tác xã Chè Shan tuyết Suối Giàng"),
            pp("Nguyễn Đức Thịnh", "Chủ tịch Liên minh Hợp tác xã tỉnh Lào Cai"),
        ],
        "authors": ["Tuấn Anh"],
    },
    {
        "id": "s08",
        "title": "Liên minh HTX tỉnh đón nhận Huân chương Lao động hạng Ba",
        "published": "2021-04-09T16:30",
        "events": [ev("conference", "2021-04-09"), ev("award", "2021-04-09")],
        "dates": ["2021-04-09", "2021-04-11", "2020-12-31", "2021-01-15"],
        "parties": [alliance("Phú Thọ")],
        "periods": [per(2016, 2020), per(2021, 2025)],
        "awards": [
            aw("Huân chương Lao động hạng Ba", "Liên minh Hợp tác xã tỉnh Phú Thọ"),
            aw("Huân chương Lao động hạng Ba", "Hà Văn Thắng"),
            aw("Bằng khen", "Hợp tác xã Nông nghiệp Thanh Ba Xanh"),
        ],
        "award_counts": [cnt("Kỷ niệm chương", None, 21), cnt("Bằng khen", 9, 14)],
        "people": [
            pp("Đinh Công Sáu", "Phó Chủ tịch Ủy ban nhân dân tỉnh Phú Thọ"),
            pp("Trần Văn Phúc", "Phó Chủ tịch Liên minh Hợp tác xã Việt Nam"),
            pp("Hà Văn Thắng", "Giám đốc Hợp tác xã Chè Phú Hộ An Khang"),
            pp("Nguyễn Thị Lan Phương", "Chủ tịch Liên minh Hợp tác xã tỉnh Phú Thọ"),
        ],
        "authors": ["Thanh Nga"],
    },
    {
        "id": "s09",
        "title": "Liên minh HTX Việt Nam và Co-opBank ký thỏa thuận hợp tác giai đoạn 2024 - 2028",
        "published": "2024-03-12T16:05",
        "events": [ev("signing", "2024-03-12")],
        "dates": ["2024-03-12", "2023-12-31", "2020-11-13", "2024-07-01"],
        "parties": [
            alliance(None),
            {"name": "Ngân hàng Hợp tác xã Việt Nam", "kind": "bank", "province": None,
             "aliases": ["Co-opBank", "Ngân hàng Hợp tác xã Việt Nam (Co-opBank)"]},
        ],
        "periods": [per(2024, 2028), per(2021, 2025)],
        "awards": [],
        "award_counts": [],
        "people": [
            pp("Lê Quang Vinh", "Phó Chủ tịch Liên minh Hợp tác xã Việt Nam"),
            pp("Vũ Hoài Nam", "Chủ tịch Hội đồng quản trị Ngân hàng Hợp tác xã Việt Nam"),
            pp("Phạm Thanh Sơn", "Tổng Giám đốc Ngân hàng Hợp tác xã Việt Nam"),
        ],
        "authors": ["Minh Thu"],
    },
    {
        "id": "s10",
        "title": "Liên minh HTX Việt Nam tổng kết năm 2025, triển khai nhiệm vụ năm 2026",
        "published": "2026-01-09T07:45",
        "events": [ev("conference", "2026-01-08"), ev("award", "2026-01-08")],
        "dates": ["2026-01-08", "2025-07-01", "2026-06"],
        "parties": [alliance(None)],
        "periods": [per(2026, 2031), per(2026, 2030), per(None, 2030)],
        "awards": [
            aw("Bằng khen", "Liên minh Hợp tác xã tỉnh Gia Lai"),
            aw("Bằng khen", "Hợp tác xã Dịch vụ nông nghiệp Hòa Thuận",
               ["Hợp tác xã Dịch vụ nông nghiệp Hòa Thuận (tỉnh Vĩnh Long)"]),
            aw("Bằng khen", "Nguyễn Thị Bích Ngọc"),
        ],
        "award_counts": [cnt("Bằng khen", 2, 1), cnt("Cờ thi đua", 10, None), cnt("Bằng khen", 28, 45)],
        "people": [
            pp("Vũ Thu Trang", "Thứ trưởng Bộ Tài chính"),
            pp("Trịnh Công Bằng", "Phó Chủ tịch Thường trực Liên minh Hợp tác xã Việt Nam"),
            pp("Nguyễn Thị Bích Ngọc", "Giám đốc Hợp tác xã Dịch vụ nông nghiệp Hòa Thuận"),
        ],
        "authors": ["Ngọc Hà"],
    },
    {
        "id": "s11",
        "title": "Khai mạc Tuần lễ giới thiệu sản phẩm hợp tác xã và sản phẩm OCOP năm 2022",
        "published": "2022-11-29T06:40",
        "events": [ev("trade_promotion", "2022-11-28/2022-12-04"), ev("signing", "2022-11-28")],
        "dates": ["2022-11-28", "2022-11-28/2022-12-04", "2022-12-01"],
        "parties": [alliance("Đồng Nai")],
        "periods": [per(2021, 2025)],
        "awards": [],
        "award_counts": [],
        "people": [
            pp("Lương Minh Đạt", "Phó Chủ tịch Ủy ban nhân dân tỉnh Đồng Nai"),
            pp("Nguyễn Hữu Tài", "Chủ tịch Liên minh Hợp tác xã tỉnh Đồng Nai"),
        ],
        "authors": ["Lê Duy"],
    },
    {
        "id": "s12",
        "title": "Liên minh HTX tỉnh Cà Mau và TP. Cần Thơ ký kết chương trình phối hợp giai đoạn 2026 - 2030",
        "published": "2025-12-12T10:20",
        "events": [ev("visit", "2025-12-11"), ev("signing", "2025-12-11")],
        "dates": ["2025-12-11", "2025-11-24"],
        "parties": [alliance("Cà Mau"), alliance("Cần Thơ", "thành phố")],
        "periods": [per(2026, 2030), per(None, 2035)],
        "awards": [],
        "award_counts": [],
        "people": [
            pp("Trần Quốc Bảo", "Chủ tịch Liên minh Hợp tác xã thành phố Cần Thơ"),
            pp("Tô Hoàng Nam", "Chủ tịch Liên minh Hợp tác xã tỉnh Cà Mau"),
        ],
        "authors": ["Hữu Nghĩa"],
    },
]

FIELDS = ["id", "title", "published", "events", "dates", "parties", "periods", "awards",
          "award_counts", "people", "authors"]

# ---------------------------------------------------------------- reference lists (DOMAIN.md §3)
PROVINCES_63 = [
    "Hà Nội", "Hà Giang", "Cao Bằng", "Bắc Kạn", "Tuyên Quang", "Lào Cai", "Điện Biên", "Lai Châu",
    "Sơn La", "Yên Bái", "Hòa Bình", "Thái Nguyên", "Lạng Sơn", "Quảng Ninh", "Bắc Giang", "Phú Thọ",
    "Vĩnh Phúc", "Bắc Ninh", "Hải Dương", "Hải Phòng", "Hưng Yên", "Thái Bình", "Hà Nam", "Nam Định",
    "Ninh Bình", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Thừa Thiên Huế",
    "Đà Nẵng", "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa", "Ninh Thuận",
    "Bình Thuận", "Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng", "Bình Phước", "Tây Ninh",
    "Bình Dương", "Đồng Nai", "Bà Rịa - Vũng Tàu", "Hồ Chí Minh", "Long An", "Tiền Giang", "Bến Tre",
    "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang", "Kiên Giang", "Cần Thơ", "Hậu Giang",
    "Sóc Trăng", "Bạc Liêu", "Cà Mau",
]
PROVINCES_34 = [
    "Hà Nội", "Cao Bằng", "Tuyên Quang", "Điện Biên", "Lai Châu", "Sơn La", "Lào Cai", "Thái Nguyên",
    "Lạng Sơn", "Quảng Ninh", "Bắc Ninh", "Phú Thọ", "Hải Phòng", "Hưng Yên", "Ninh Bình",
    "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Trị", "Huế", "Đà Nẵng", "Quảng Ngãi", "Gia Lai",
    "Khánh Hòa", "Đắk Lắk", "Lâm Đồng", "Đồng Nai", "Hồ Chí Minh", "Tây Ninh", "Đồng Tháp",
    "Vĩnh Long", "An Giang", "Cần Thơ", "Cà Mau",
]
assert len(PROVINCES_63) == 63 and len(set(PROVINCES_63)) == 63
assert len(PROVINCES_34) == 34 and len(set(PROVINCES_34)) == 34
CITIES = {"Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế", "Hồ Chí Minh"}
MERGER = date(2025, 7, 1)

EVENT_TYPES = {"signing", "award", "conference", "congress", "trade_promotion", "membership",
               "establishment", "visit", "training", "other"}
PARTY_KINDS = {"cooperative_alliance", "cooperative", "cooperative_union", "credit_fund", "government",
               "bank", "enterprise", "association", "other"}
AWARD_RE = re.compile(r"^(Cờ thi đua|Bằng khen|Giấy khen|Kỷ niệm chương|"
                      r"Huân chương (Lao động|Độc lập|Hữu nghị|Đại đoàn kết dân tộc) hạng (Nhất|Nhì|Ba))$")
ABBREV_RE = re.compile(r"\b(HTX|LMHTX|LM HTX|LHHTX|QTDND|QTD|UBND|HĐND|TP|TX|DVNN|TMDV|TM DV|SXKD|"
                       r"KTTT|NN&PTNT|HĐQT|PTNT|VCA)\b")
# new-style tone placement on oa/oe/uy (not after q: "quý", "quỳ" keep their marks)
NEW_TONE_RE = re.compile(r"(?<![qQ])(o[àáảãạ]|o[èéẻẽẹ]|u[ỳýỷỹỵ])(?![a-zđ\u00C0-\u1EF9])", re.I)
PUB_RE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
DAY_RE = r"(\d{4}|--)-(\d{2})-(\d{2})"
DATE_RES = [re.compile(rf"^{DAY_RE}$"), re.compile(r"^\d{4}-\d{2}$"), re.compile(rf"^{DAY_RE}/{DAY_RE}$")]


def nfc_ok(s):
    return unicodedata.normalize("NFC", s) == s and "\u00d0" not in s and "\u00f0" not in s


def canonical_name_problems(s):
    out = []
    if not nfc_ok(s):
        out.append("not NFC or uses Ð/ð")
    if ABBREV_RE.search(s):
        out.append("abbreviation left unexpanded: " + ABBREV_RE.search(s).group(0))
    if NEW_TONE_RE.search(s):
        out.append("new-style tone mark: " + NEW_TONE_RE.search(s).group(0))
    if s != " ".join(s.split()):
        out.append("spacing")
    return out


def valid_day(y, m, d):
    try:
        date(2024 if y == "--" else int(y), int(m), int(d))
        return True
    except ValueError:
        return False


def date_ok(v):
    if not isinstance(v, str):
        return False
    m = DATE_RES[0].match(v)
    if m:
        return valid_day(*m.groups())
    if DATE_RES[1].match(v):
        return 1 <= int(v[5:7]) <= 12
    m = DATE_RES[2].match(v)
    if m:
        y1, m1, d1, y2, m2, d2 = m.groups()
        if not (valid_day(y1, m1, d1) and valid_day(y2, m2, d2)):
            return False
        return (y1, m1, d1) < (y2, m2, d2)
    return False


def first_day(v):
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?", v or "")
    if not m:
        return None
    return date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))


# ---------------------------------------------------------------- reading the pages
class PageText(HTMLParser):
    """Collects the <h1>, the visible article text (body without furniture) and all visible text."""
    SKIP_TAGS = {"script", "style", "noscript", "amp-sidebar", "footer", "header", "section", "ol",
                 "amp-analytics", "amp-ad", "button", "figcaption"}
    SKIP_CLASS = re.compile(r"xemthem|related|rel-box|tinlienquan|inline-related|tags?\b|the-tag|"
                            r"keywords?|share|meta|info|byline|time|post-meta|author|tacgia|by\b|"
                            r"top-date|dn-date|subhdr|date-line|ngay|clock")
    VOID = {"meta", "link", "br", "img", "input", "hr", "source"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []          # (tag, skipping?)
        self.h1 = None
        self._in_h1 = False
        self.after_h1 = False
        self.body = []
        self.all = []

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        cls = dict(attrs).get("class") or ""
        skip = tag in self.SKIP_TAGS or bool(self.SKIP_CLASS.search(cls))
        parent_skip = self.stack[-1][1] if self.stack else False
        self.stack.append((tag, skip or parent_skip))
        if tag == "h1":
            self._in_h1 = True
            self.h1 = ""

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag:
                break
        if tag == "h1":
            self._in_h1 = False
            self.after_h1 = True
        if tag in ("p", "h2", "div", "li", "figcaption"):
            self.all.append("\n")
            self.body.append("\n")

    def handle_data(self, data):
        skipping = self.stack[-1][1] if self.stack else False
        in_script = any(t in ("script", "style") for t, _ in self.stack)
        if not in_script:
            self.all.append(data)
        if self._in_h1:
            self.h1 += data
        elif self.after_h1 and not skipping:
            self.body.append(data)


def read_page(path):
    raw = open(path, encoding="utf-8").read()
    p = PageText()
    p.feed(raw)
    h1 = " ".join((p.h1 or "").split())
    body = " ".join("".join(p.body).split())
    visible = " ".join("".join(p.all).split())
    m = re.search(r'"datePublished"\s*:\s*"([^"]+)"', raw)
    return raw, h1, body, visible, (m.group(1) if m else None)


def fold(s):
    s = unicodedata.normalize("NFD", s or "")
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.replace("đ", "d").replace("Đ", "D").lower()
    return " ".join("".join(c if c.isalnum() else " " for c in s).split())


SHORT = [("Liên minh Hợp tác xã", "Liên minh HTX"), ("Hợp tác xã", "HTX"),
         ("Quỹ tín dụng nhân dân", "QTDND"), ("Ủy ban nhân dân", "UBND"), ("thành phố", "TP.")]


def surface_variants(name):
    out = {name}
    for long, short in SHORT:
        out |= {v.replace(long, short) for v in out}
    return out


def appears(names, text):
    ft = " " + fold(text) + " "
    return any(" " + fold(v) + " " in ft for n in names for v in surface_variants(n))


def date_surface_found(v, body):
    """The day and month of a gold value (or of both ends of a range) are written in the body."""
    for part in v.split("/"):
        m = re.match(r"^(?:\d{4}|--)-(\d{2})-(\d{2})$", part)
        if m:
            mo, d = int(m.group(1)), int(m.group(2))
            pat = rf"(?<!\d)0?{d}\s*[/.\-]\s*0?{mo}(?!\d)|(?<!\d)0?{d} tháng 0?{mo}(?!\d)"
            # ranges written "từ ngày 14 đến 16/10": the first day carries no month
            if not re.search(pat, body) and not re.search(rf"ngày 0?{d} (đến|và)", body):
                return False
            continue
        m = re.match(r"^(\d{4})-(\d{2})$", part)
        if m:
            if not re.search(rf"tháng 0?{int(m.group(2))}\s*(/|năm)\s*{m.group(1)}", body):
                return False
    return True


# ---------------------------------------------------------------- validation
def validate(records):
    problems = []

    def bad(rid, msg):
        problems.append(f"{rid}: {msg}")

    files = sorted(f for f in os.listdir(ARTICLES) if f.endswith(".html"))
    stems = [os.path.splitext(f)[0] for f in files]
    ids = [r["id"] for r in records]
    if sorted(ids) != sorted(stems):
        bad("*", f"ids {sorted(ids)} do not match article files {stems}")
    if len(set(ids)) != len(ids):
        bad("*", "duplicate ids")

    for r in records:
        rid = r["id"]
        if list(r.keys()) != FIELDS:
            bad(rid, f"fields {list(r.keys())} != {FIELDS}")
            continue
        path = os.path.join(ARTICLES, rid + ".html")
        if not os.path.exists(path):
            bad(rid, "no article file")
            continue
        raw, h1, body, visible, ld_pub = read_page(path)

        # size of the article body
        words = len(body.split())
        if not 250 <= words <= 900:
            bad(rid, f"body has {words} words, outside 250-900")

        # title = the h1 as read
        if r["title"] is not None:
            if not nfc_ok(r["title"]):
                bad(rid, "title not NFC")
            if html.unescape(r["title"]) != h1:
                bad(rid, f"title {r['title']!r} != h1 {h1!r}")

        # published: format, agreement with the JSON-LD stamp and presence in the visible meta line
        pub = r["published"]
        if pub is not None:
            if not PUB_RE.match(pub) or not date_ok(pub[:10]):
                bad(rid, f"published {pub!r} malformed")
            elif ld_pub and not ld_pub.startswith(pub):
                bad(rid, f"published {pub} disagrees with JSON-LD datePublished {ld_pub}")
            y, mo, d = pub[:4], pub[5:7], pub[8:10]
            if f"{d}/{mo}/{y}" not in visible:
                bad(rid, f"published date {d}/{mo}/{y} not shown on the page")
            if "T" in pub and pub[11:] not in visible:
                bad(rid, f"published time {pub[11:]} not shown on the page")

        # dates
        for v in r["dates"]:
            if not date_ok(v):
                bad(rid, f"date {v!r} is not ISO (day, month or range)")
            elif not date_surface_found(v, body):
                bad(rid, f"date {v!r}: no matching day/month in the body")
        if pub and pub[:10] in r["dates"] and pub[:10] not in [e["date"] for e in r["events"]]:
            pass  # allowed only when the body states it; date_surface_found already checked
        if len(set(r["dates"])) != len(r["dates"]):
            bad(rid, "duplicate dates")

        # events
        for e in r["events"]:
            if set(e) != {"type", "date"} or e["type"] not in EVENT_TYPES:
                bad(rid, f"bad event {e}")
            elif e["date"] is not None and e["date"] not in r["dates"]:
                bad(rid, f"event date {e['date']} missing from dates")
        if len({(e['type'], e['date']) for e in r["events"]}) != len(r["events"]):
            bad(rid, "duplicate events")

        # parties
        ev_day = first_day(next((e["date"] for e in r["events"] if e["date"]), None) or pub)
        for p in r["parties"]:
            if p.get("kind") not in PARTY_KINDS:
                bad(rid, f"party kind {p.get('kind')!r}")
            for msg in canonical_name_problems(p["name"]):
                bad(rid, f"party {p['name']!r}: {msg}")
            prov = p.get("province")
            if prov is not None:
                valid = PROVINCES_63 if (ev_day and ev_day < MERGER) else PROVINCES_34
                if prov not in valid:
                    bad(rid, f"province {prov!r} not a unit on {ev_day}")
            if p["kind"] == "cooperative_alliance":
                if prov is None:
                    ok = p["name"] in ("Liên minh Hợp tác xã Việt Nam", "Liên minh Hợp tác xã tỉnh")
                elif prov == "Hồ Chí Minh":
                    ok = p["name"] == "Liên minh Hợp tác xã Thành phố Hồ Chí Minh"
                else:
                    unit = "thành phố" if prov in CITIES else "tỉnh"
                    ok = p["name"] == f"Liên minh Hợp tác xã {unit} {prov}"
                if not ok:
                    bad(rid, f"alliance name {p['name']!r} not canonical for {prov!r}")
                if prov and fold(prov) not in fold(body):
                    bad(rid, f"alliance province {prov} never named in the body")
            elif not appears([p["name"]] + p.get("aliases", []), body):
                bad(rid, f"party {p['name']!r} (or an alias) not found in the body")

        keys = [("alliance", p["province"]) if p["kind"] == "cooperative_alliance" and p.get("province")
                else fold(p["name"]) for p in r["parties"]]
        if len(set(keys)) != len(keys):
            bad(rid, "duplicate parties")

        # periods
        for q in r["periods"]:
            s, e = q.get("start"), q.get("end")
            if set(q) != {"start", "end"} or not isinstance(e, int) or not (s is None or isinstance(s, int)):
                bad(rid, f"bad period {q}")
            elif s is not None and not (s <= e and e - s <= 20):
                bad(rid, f"implausible period {q}")
            elif s is not None and not re.search(rf"{s}\s*[-–]\s*{e}|{s} đến năm {e}|\({s}\s*-\s*{e}\)", body):
                bad(rid, f"period {s}-{e} not written in the body")
            elif s is None and not re.search(rf"đến năm {e}", body):
                bad(rid, f"horizon {e} not written in the body")
        if len({(q['start'], q['end']) for q in r["periods"]}) != len(r["periods"]):
            bad(rid, "duplicate periods")

        # awards
        for a in r["awards"]:
            if not AWARD_RE.match(a["award"]):
                bad(rid, f"award {a['award']!r} not canonical")
            for msg in canonical_name_problems(a["recipient"]):
                bad(rid, f"recipient {a['recipient']!r}: {msg}")
            if not appears([a["recipient"]] + a.get("aliases", []), body):
                bad(rid, f"recipient {a['recipient']!r} not found in the body")
        for c in r["award_counts"]:
            if not AWARD_RE.match(c["award"]):
                bad(rid, f"count award {c['award']!r} not canonical")
            if c["collectives"] is None and c["individuals"] is None:
                bad(rid, f"empty count {c}")
            for k in ("collectives", "individuals"):
                if c[k] is not None and not (isinstance(c[k], int) and c[k] > 0):
                    bad(rid, f"bad {k} in {c}")
        if r["awards"] or r["award_counts"]:
            if "award" not in [e["type"] for e in r["events"]]:
                bad(rid, "awards without an award event")

        # people and authors
        for q in r["people"]:
            if set(q) != {"name", "title"}:
                bad(rid, f"bad person {q}")
                continue
            for msg in canonical_name_problems(q["name"]):
                bad(rid, f"person {q['name']!r}: {msg}")
            if q["title"] is not None and not nfc_ok(q["title"]):
                bad(rid, f"title of {q['name']} not NFC")
            if q["title"] and ABBREV_RE.search(q["title"]):
                bad(rid, f"title of {q['name']} keeps an abbreviation")
            if q["name"] not in body:
                bad(rid, f"person {q['name']!r} not in the body")
        for a in r["authors"]:
            if not isinstance(a, str) or not nfc_ok(a) or a not in visible:
                bad(rid, f"author {a!r} missing from the page")
    return problems


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for r in GOLD:
            f.write(json.dumps({k: r[k] for k in FIELDS}, ensure_ascii=False) + "\n")
    records = [json.loads(line) for line in open(OUT, encoding="utf-8")]
    problems = validate(records)
    for p in problems:
        print("PROBLEM", p)
    print(f"wrote {OUT}: {len(records)} records, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Write /work/eval23/gold.jsonl for the 12 invented articles in articles/ and validate it.

Gold is hand-annotated by the conventions of ../shared/SCHEMA.md, ../shared/DOMAIN.md and
../shared/eval/dev.gold.jsonl (see NOTES.md for every judgement call and its dev precedent).
Shape = dev.gold.jsonl: plain values, no spans. Standard library only.

usage: python3 make_gold.py            # writes gold.jsonl, then validates it
       python3 make_gold.py --check    # validates the existing gold.jsonl only
"""
import calendar
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = os.path.join(HERE, "articles")
GOLD = os.path.join(HERE, "gold.jsonl")
EXT = ".txt"


def alliance(province, unit="tỉnh", **extra):
    """A provincial/city alliance party in canonical form."""
    if province == "Hồ Chí Minh":
        name = "Liên minh Hợp tác xã Thành phố Hồ Chí Minh"
    else:
        name = f"Liên minh Hợp tác xã {unit} {province}"
    d = {"name": name, "kind": "cooperative_alliance", "province": province}
    d.update(extra)
    return d


VCA = {"name": "Liên minh Hợp tác xã Việt Nam", "kind": "cooperative_alliance", "province": None}


def ev(t, d=None):
    return {"type": t, "date": d}


def per(s, e):
    return {"start": s, "end": e}


def aw(award, recipient, aliases=None):
    d = {"award": award, "recipient": recipient}
    if aliases:
        d["aliases"] = aliases
    return d


def cnt(award, collectives, individuals):
    return {"award": award, "collectives": collectives, "individuals": individuals}


def pp(name, title):
    return {"name": name, "title": title}


THANH_HOA_XANH = "Hợp tác xã Nông nghiệp Thạnh Hòa Xanh"

GOLD_RECORDS = [
    {
        "id": "s01",
        "title": "HTX Thạnh Hòa Xanh: Từ 9 thành viên đến vùng sầu riêng 85 ha",
        "published": "2024-06-14T08:30",
        "events": [ev("establishment", "2016-05-18"), ev("award", None)],
        "dates": ["2016-05-18"],
        "parties": [{"name": THANH_HOA_XANH, "kind": "cooperative", "province": "Tiền Giang",
                     "aliases": ["Hợp tác xã Thạnh Hòa Xanh"]}],
        "periods": [per(2021, 2025), per(None, 2030)],
        "awards": [
            aw("Bằng khen", THANH_HOA_XANH, ["Hợp tác xã Thạnh Hòa Xanh"]),
            aw("Cờ thi đua", THANH_HOA_XANH, ["Hợp tác xã Thạnh Hòa Xanh"]),
            aw("Huân chương Lao động hạng Ba", THANH_HOA_XANH, ["Hợp tác xã Thạnh Hòa Xanh"]),
            aw("Bằng khen", "Võ Văn Tám"),
        ],
        "award_counts": [],
        "people": [
            pp("Võ Văn Tám", "Giám đốc Hợp tác xã Nông nghiệp Thạnh Hòa Xanh"),
            pp("Lê Văn Út", "thành viên Hợp tác xã Nông nghiệp Thạnh Hòa Xanh"),
            pp("Trần Quốc Việt", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh Tiền Giang"),
        ],
        "authors": ["Hoàng Vũ"],
    },
    {
        "id": "s02",
        "title": "Chủ tịch Liên minh HTX tỉnh Nghệ An: Giai đoạn 2026 - 2030 phải có những HTX quy mô lớn, làm chủ chuỗi giá trị",
        "published": "2025-10-09T06:45",
        "events": [ev("congress", "2025-09-26")],
        "dates": ["2025-09-26", "2022-06-16", "2024-07-01", "2025-07"],
        "parties": [alliance("Nghệ An")],
        "periods": [per(2025, 2030), per(2026, 2030), per(2020, 2025), per(None, 2030), per(None, 2045)],
        "awards": [],
        "award_counts": [],
        "people": [
            pp("Hồ Sỹ Nguyên", "Chủ tịch Liên minh Hợp tác xã tỉnh Nghệ An"),
            pp("Nguyễn Thị Thanh Hà", "Giám đốc Hợp tác xã Chè Thanh Hà Xanh"),
        ],
        "authors": ["Quang Thắng"],
    },
    {
        "id": "s03",
        "title": "Quỹ tín dụng nhân dân ở Thái Bình: Giữ an toàn, mở rộng vốn cho kinh tế hộ",
        "published": "2025-01-08T15:20",
        "events": [ev("conference", "2024-12-27"), ev("award", "2024-12-27")],
        "dates": ["2024-12-27", "2024-11-30", "2024-07-01", "2023-04-20"],
        "parties": [
            {"name": "Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Thái Bình", "kind": "bank", "province": "Thái Bình",
             "aliases": ["Ngân hàng Nhà nước chi nhánh tỉnh Thái Bình", "Ngân hàng Nhà nước chi nhánh Thái Bình",
                         "Ngân hàng Nhà nước Việt Nam chi nhánh Thái Bình"]},
            alliance("Thái Bình"),
        ],
        "periods": [per(2021, 2025)],
        "awards": [
            aw("Cờ thi đua", "Quỹ tín dụng nhân dân Hồng Phong"),
            aw("Cờ thi đua", "Quỹ tín dụng nhân dân Minh Tân"),
        ],
        "award_counts": [cnt("Bằng khen", 3, None), cnt("Cờ thi đua", 2, None), cnt("Giấy khen", 9, 15)],
        "people": [
            pp("Bùi Đức Thành", "Giám đốc Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Thái Bình"),
            pp("Trần Thị Hạnh", "Giám đốc Quỹ tín dụng nhân dân Hồng Phong"),
            pp("Lại Văn Sơn", "Giám đốc Ngân hàng Hợp tác xã Việt Nam chi nhánh Thái Bình"),
        ],
        "authors": ["Thu Hằng"],
    },
    {
        "id": "s04",
        "title": "Hưng Yên (mới): Liên minh HTX tỉnh kiện toàn bộ máy, đồng hành cùng gần 1.000 hợp tác xã",
        "published": "2025-10-15T15:16",
        "events": [ev("conference", "2025-10-14"), ev("award", "2025-10-14")],
        "dates": ["2025-10-14", "2025-06-12", "2025-07-01", "2025-08-29", "2025-12"],
        "parties": [alliance("Hưng Yên")],
        "periods": [per(2026, 2030), per(2025, 2030)],
        "awards": [],
        "award_counts": [cnt("Giấy khen", 10, 14)],
        "people": [
            pp("Đỗ Mạnh Cường", "Chủ tịch Liên minh Hợp tác xã tỉnh Hưng Yên"),
            pp("Phạm Thị Thu Hiền", "Phó Chủ tịch Thường trực Liên minh Hợp tác xã tỉnh Hưng Yên"),
            pp("Vũ Thị Nga", "Phó Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên"),
        ],
        "authors": ["Nguyễn Hương"],
    },
    {
        "id": "s05",
        "title": "Lạng Sơn: HTX Hồi Quế Mẫu Sơn đón nhận Huân chương Lao động hạng Ba",
        "published": "2024-03-13T07:15",
        "events": [ev("award", "2024-03-12"), ev("visit", "2024-03-05")],
        "dates": ["2024-03-12", "2024-03-05", "2024-03-28"],
        "parties": [{"name": "Hợp tác xã Hồi Quế Mẫu Sơn", "kind": "cooperative", "province": "Lạng Sơn"}],
        "periods": [per(2018, 2022)],
        "awards": [
            aw("Huân chương Lao động hạng Ba", "Hợp tác xã Hồi Quế Mẫu Sơn"),
            aw("Giấy khen", "Hợp tác xã Hồi Quế Mẫu Sơn"),
            aw("Bằng khen", "Hoàng Thị Mai"),
        ],
        "award_counts": [cnt("Bằng khen", None, 4)],
        "people": [
            pp("Lương Văn Tùng", "Phó Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"),
            pp("Hoàng Thị Mai", "Giám đốc Hợp tác xã Hồi Quế Mẫu Sơn"),
            pp("Nông Đức Hiếu", "Chủ tịch Liên minh Hợp tác xã tỉnh Lạng Sơn"),
        ],
        "authors": ["Hoàng Nam"],
    },
    {
        "id": "s06",
        "title": "Hơn 180 HTX đưa đặc sản miền Tây về hội chợ tại Cần Thơ",
        "published": "2024-11-28T10:05",
        "events": [ev("trade_promotion", "2024-11-27/2024-12-01"), ev("signing", "2024-11-27")],
        "dates": ["2024-11-27/2024-12-01", "2024-11-27", "2022-08-01", "2024-11-29"],
        "parties": [VCA, alliance("Cần Thơ", "thành phố")],
        "periods": [per(2021, 2025)],
        "awards": [],
        "award_counts": [],
        "people": [
            pp("Lâm Thị Ngọc Diệp", "Phó Chủ tịch Liên minh Hợp tác xã Việt Nam"),
            pp("Huỳnh Văn Lắm", "Chủ tịch Liên minh Hợp tác xã thành phố Cần Thơ"),
            pp("Nguyễn Thị Bé Tư", "Giám đốc Hợp tác xã Nông nghiệp Khánh Hưng Phát"),
        ],
        "authors": ["Ngọc Thảo"],
    },
    {
        "id": "s07",
        "title": "Hà Nội: Đại hội Liên minh HTX thành phố nhiệm kỳ 2025 - 2030 đặt mục tiêu 3.000 HTX hoạt động hiệu quả",
        "published": "2025-10-17T18:20",
        "events": [ev("congress", "2025-10-16/2025-10-17"), ev("award", "2025-10-17")],
        "dates": ["2025-10-16/2025-10-17", "2025-10-17"],
        "parties": [alliance("Hà Nội", "thành phố")],
        "periods": [per(2025, 2030), per(2020, 2025), per(None, 2030)],
        "awards": [aw("Cờ thi đua", "Liên minh Hợp tác xã thành phố Hà Nội", ["Liên minh Hợp tác xã Hà Nội"])],
        "award_counts": [cnt("Bằng khen", 5, 7)],
        "people": [
            pp("Nguyễn Thu Trang", "Phó Chủ tịch Liên minh Hợp tác xã Việt Nam"),
            pp("Trần Đức Minh", "Phó Chủ tịch Ủy ban nhân dân thành phố Hà Nội"),
            pp("Lê Quang Hiển", "Chủ tịch Liên minh Hợp tác xã thành phố Hà Nội"),
        ],
        "authors": ["Việt Hà"],
    },
    {
        "id": "s08",
        "title": "Đắk Lắk - TP.HCM: Liên minh HTX hai địa phương bắt tay đưa nông sản vào kênh bán lẻ",
        "published": "2024-05-21T16:40",
        "events": [ev("signing", "2024-05-21"), ev("visit", "2024-03-12")],
        "dates": ["2024-05-21", "2024-03-12", "2021-02-03"],
        "parties": [alliance("Đắk Lắk"), alliance("Hồ Chí Minh")],
        "periods": [per(2024, 2026), per(2021, 2025)],
        "awards": [],
        "award_counts": [],
        "people": [
            pp("Trương Thị Kim Liên", "Phó Chủ tịch Thường trực Liên minh Hợp tác xã Thành phố Hồ Chí Minh"),
            pp("Nguyễn Hữu Phước", "Chủ tịch Liên minh Hợp tác xã tỉnh Đắk Lắk"),
            pp("Y Thịnh Mlô", "Giám đốc Hợp tác xã Cà phê Ea Kiết Xanh"),
        ],
        "authors": ["Thùy Dung"],
    },
    {
        "id": "s09",
        "title": "Thanh Hóa: 82 HTX thành lập mới, doanh thu bình quân đạt 5,3 tỷ đồng/HTX",
        "published": "2025-01-10T07:30",
        "events": [ev("conference", "2025-01-09"), ev("award", "2025-01-09")],
        "dates": ["2025-01-09", "2022-08-26"],
        "parties": [alliance("Thanh Hóa")],
        "periods": [per(2020, 2025), per(2025, 2030)],
        "awards": [
            aw("Cờ thi đua", "Hợp tác xã Dịch vụ nông nghiệp Thiệu Quang Xanh"),
            aw("Cờ thi đua", "Quỹ tín dụng nhân dân Hoằng Phú Tây"),
            aw("Kỷ niệm chương", "Lê Đình Tuấn"),
        ],
        "award_counts": [cnt("Cờ thi đua", 2, None), cnt("Bằng khen", 8, 12),
                         cnt("Kỷ niệm chương", None, 6), cnt("Giấy khen", 25, None)],
        "people": [
            pp("Mai Xuân Hùng", "Chủ tịch Liên minh Hợp tác xã tỉnh Thanh Hóa"),
            pp("Phạm Ngọc Quyết", "Phó Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa"),
            pp("Lê Đình Tuấn", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Thanh Hóa"),
        ],
        "authors": ["Lê Hà"],
    },
    {
        "id": "s10",
        "title": "Sơn La hướng tới 1.200 HTX nông nghiệp gắn chuỗi giá trị",
        "published": "2025-09-22T14:10",
        "events": [ev("visit", "2025-09-18")],
        "dates": ["2025-09-18", "2021-11-10", "2025-07-01"],
        "parties": [VCA, {"name": "Ủy ban nhân dân tỉnh Sơn La", "kind": "government", "province": "Sơn La"}],
        "periods": [per(2021, 2025), per(None, 2030), per(2021, 2030), per(None, 2050)],
        "awards": [],
        "award_counts": [],
        "people": [
            pp("Đinh Thị Hồng Nhung", "Phó Chủ tịch Liên minh Hợp tác xã Việt Nam"),
            pp("Cầm Văn Thủy", "Phó Chủ tịch Ủy ban nhân dân tỉnh Sơn La"),
            pp("Lò Văn Páo", "Giám đốc Hợp tác xã Cà phê Nà Ban"),
        ],
        "authors": ["Tuấn Khôi"],
    },
    {
        "id": "s11",
        "title": "Liên minh HTX tỉnh Bến Tre sơ kết 6 tháng đầu năm 2024, kết nạp 5 thành viên mới",
        "published": None,
        "events": [ev("conference", "2024-07-05"), ev("membership", "2024-07-05"), ev("award", "2024-07-05")],
        "dates": ["2024-07-05", "2024-07-06", "2023-05-17"],
        "parties": [alliance("Bến Tre")],
        "periods": [per(2023, 2025)],
        "awards": [],
        "award_counts": [cnt("Giấy khen", 6, None)],
        "people": [
            pp("Lê Văn Đức", "Chủ tịch Liên minh Hợp tác xã tỉnh Bến Tre"),
            pp("Nguyễn Thị Kim Thoa", "Phó Giám đốc Sở Kế hoạch và Đầu tư tỉnh Bến Tre"),
        ],
        "authors": ["Phương Nam"],
    },
    {
        "id": "s12",
        "title": "Quỹ Hỗ trợ phát triển HTX Quảng Ngãi: Vốn “mồi” giúp hợp tác xã mở rộng sản xuất",
        "published": None,
        "events": [ev("conference", "--04-22")],
        "dates": ["--04-22", "--06-30"],
        "parties": [
            {"name": "Quỹ Hỗ trợ phát triển Hợp tác xã tỉnh Quảng Ngãi", "kind": "other", "province": "Quảng Ngãi",
             "aliases": ["Quỹ Hỗ trợ phát triển Hợp tác xã Quảng Ngãi"]},
            alliance("Quảng Ngãi"),
        ],
        "periods": [],
        "awards": [],
        "award_counts": [],
        "people": [
            pp("Đặng Văn Lộc", "Giám đốc Quỹ Hỗ trợ phát triển Hợp tác xã tỉnh Quảng Ngãi"),
            pp("Trương Công Danh", "Chủ tịch Liên minh Hợp tác xã tỉnh Quảng Ngãi"),
            pp("Võ Thị Thu Sương", "Giám đốc Hợp tác xã Nông nghiệp Tịnh Bắc Xanh"),
        ],
        "authors": ["Minh Phương"],
    },
]

# ----------------------------------------------------------------------------------------------
# Validation
# ----------------------------------------------------------------------------------------------

FIELDS = ["id", "title", "published", "events", "dates", "parties", "periods", "awards",
          "award_counts", "people", "authors"]
EVENT_TYPES = {"signing", "award", "conference", "congress", "trade_promotion", "membership",
               "establishment", "visit", "training", "other"}
PARTY_KINDS = {"cooperative_alliance", "cooperative", "cooperative_union", "credit_fund", "government",
               "bank", "enterprise", "association", "other"}
AWARDS = {"Cờ thi đua", "Bằng khen", "Giấy khen", "Kỷ niệm chương",
          "Huân chương Lao động hạng Nhất", "Huân chương Lao động hạng Nhì", "Huân chương Lao động hạng Ba",
          "Huân chương Độc lập hạng Nhất", "Huân chương Độc lập hạng Nhì", "Huân chương Độc lập hạng Ba"}
# 63 pre-2025 units and the 34 from 1/7/2025 (DOMAIN.md §3.2-3.3), canonical spelling.
PROVINCES = set("""Hà Nội|Hà Giang|Cao Bằng|Bắc Kạn|Tuyên Quang|Lào Cai|Điện Biên|Lai Châu|Sơn La|Yên Bái|
Hòa Bình|Thái Nguyên|Lạng Sơn|Quảng Ninh|Bắc Giang|Phú Thọ|Vĩnh Phúc|Bắc Ninh|Hải Dương|Hải Phòng|Hưng Yên|
Thái Bình|Hà Nam|Nam Định|Ninh Bình|Thanh Hóa|Nghệ An|Hà Tĩnh|Quảng Bình|Quảng Trị|Thừa Thiên Huế|Huế|Đà Nẵng|
Quảng Nam|Quảng Ngãi|Bình Định|Phú Yên|Khánh Hòa|Ninh Thuận|Bình Thuận|Kon Tum|Gia Lai|Đắk Lắk|Đắk Nông|
Lâm Đồng|Bình Phước|Tây Ninh|Bình Dương|Đồng Nai|Bà Rịa - Vũng Tàu|Hồ Chí Minh|Long An|Tiền Giang|Bến Tre|
Trà Vinh|Vĩnh Long|Đồng Tháp|An Giang|Kiên Giang|Cần Thơ|Hậu Giang|Sóc Trăng|Bạc Liêu|Cà Mau""".replace("\n", "").split("|"))
# Abbreviations that SCHEMA.md says must be expanded in every canonical name.
ABBR = re.compile(r"(?<!\w)(HTX|LMHTX|LM HTX|LHHTX|QTDND|QTD|UBND|HĐND|THT|KTTT|TP\.?|Tp\.?|TPHCM|HCM|NHNN|"
                  r"NN&PTNT|KH&ĐT|HĐQT|VCA|Co-opBank|Sở NN|BCH|BTV)(?!\w)")
# New-style tone placement on open syllables oa/oe/uy (hoà, khoẻ, thuỷ); "quý" is unchanged.
NEW_TONE = re.compile(r"(?<![qQ])(o[àáảãạ]|o[èéẻẽẹ]|u[ỳýỷỹỵ])(?!\w)", re.IGNORECASE)
DATE_RE = re.compile(r"^(?:(\d{4})-(\d{2})(?:-(\d{2}))?|--(\d{2})-(\d{2}))$")
PUB_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$")
END_MARKERS = re.compile(r"^(Xem thêm|Tin liên quan|Bài liên quan|Tin cùng chuyên mục|Tin mới|Từ khóa:|"
                         r"Chia sẻ|Like \d|Bình luận|Ý kiến bạn đọc)", re.IGNORECASE)

problems = []


def bad(rid, msg):
    problems.append(f"{rid}: {msg}")


def check_text(rid, where, s, canonical=True):
    if not isinstance(s, str) or not s.strip():
        bad(rid, f"{where}: empty or not a string: {s!r}")
        return
    if unicodedata.normalize("NFC", s) != s:
        bad(rid, f"{where}: not NFC: {s!r}")
    if "\u00d0" in s or "\u00f0" in s:
        bad(rid, f"{where}: eth instead of Đ/đ: {s!r}")
    if canonical:
        if ABBR.search(s):
            bad(rid, f"{where}: unexpanded abbreviation {ABBR.search(s).group(0)!r} in {s!r}")
        if NEW_TONE.search(s):
            bad(rid, f"{where}: new-style tone mark {NEW_TONE.search(s).group(0)!r} in {s!r}")
        if s != " ".join(s.split()):
            bad(rid, f"{where}: stray spaces in {s!r}")


def parse_date(v):
    """(year or None, month, day or None) for a single ISO value, or None if malformed/impossible."""
    m = DATE_RE.match(v)
    if not m:
        return None
    if m.group(4):
        y, mo, d = None, int(m.group(4)), int(m.group(5))
    else:
        y, mo = int(m.group(1)), int(m.group(2))
        d = int(m.group(3)) if m.group(3) else None
        if not 1990 <= y <= 2030:
            return None
    if not 1 <= mo <= 12:
        return None
    if d is not None and not 1 <= d <= calendar.monthrange(y or 2000, mo)[1]:
        return None
    return (y, mo, d)


def valid_date_value(v):
    if not isinstance(v, str):
        return False
    parts = v.split("/")
    if len(parts) > 2:
        return False
    ps = [parse_date(p) for p in parts]
    if any(p is None for p in ps):
        return False
    if len(ps) == 2:
        a, b = ps
        if (a[0] is None) != (b[0] is None) or a[2] is None or b[2] is None:
            return False
        if ((a[0] or 0), a[1], a[2]) >= ((b[0] or 0), b[1], b[2]):
            return False
    return True


def body_of(text, title):
    """Article body: after the title/stamp header, up to the first furniture end marker."""
    lines = text.split("\n")
    start = 0
    if title:
        idx = [i for i, l in enumerate(lines) if l.strip() == title]
        start = idx[0] + 1 if idx else 0
    out = []
    for l in lines[start:]:
        if END_MARKERS.match(l.strip()):
            break
        out.append(l)
    return "\n".join(out)


def surfaces(v):
    """Loose surface forms a date value must show in the body (checks the gold against the text)."""
    last = v.split("/")[-1]
    y, mo, d = parse_date(last)
    if d is None:
        return [f"tháng {mo}/{y}", f"tháng {mo:02d}/{y}", f"tháng {mo} năm {y}"]
    out = []
    for dd in {str(d), f"{d:02d}"}:
        for mm in {str(mo), f"{mo:02d}"}:
            for sep in "/-.":
                out.append(f"{dd}{sep}{mm}")
            out.append(f"{dd} tháng {mm}")
    return out


def validate(records):
    files = sorted(f[:-len(EXT)] for f in os.listdir(ARTICLES) if f.endswith(EXT))
    ids = [r.get("id") for r in records]
    if sorted(ids) != files:
        bad("*", f"ids {sorted(ids)} do not match article files {files}")
    if len(set(ids)) != len(ids):
        bad("*", "duplicate ids")
    if len(files) != 12:
        bad("*", f"expected 12 articles, found {len(files)}")
    for r in records:
        rid = r.get("id")
        path = os.path.join(ARTICLES, f"{rid}{EXT}")
        if not os.path.exists(path):
            bad(rid, "no article file")
            continue
        raw = open(path, "rb").read()
        text = raw.decode("utf-8")
        if text.startswith("\ufeff"):
            text = text[1:]
        words = len(text.split())
        if not 250 <= words <= 900:
            bad(rid, f"article has {words} words, outside 250-900")
        if unicodedata.normalize("NFC", text) != text:
            bad(rid, "article text is not NFC")
        if set(r) != set(FIELDS):
            bad(rid, f"fields {sorted(r)} != {sorted(FIELDS)}")
        # title: verbatim line of the source, or null
        t = r.get("title")
        if t is not None:
            check_text(rid, "title", t, canonical=False)
            if t not in [l.strip() for l in text.split("\n")]:
                bad(rid, f"title is not a line of the article: {t!r}")
        body = body_of(text, t)
        # published: ISO and actually stamped in the header
        p = r.get("published")
        if p is not None:
            m = PUB_RE.match(p) if isinstance(p, str) else None
            if not m:
                bad(rid, f"published not ISO: {p!r}")
            else:
                y, mo, d = m.group(1), m.group(2), m.group(3)
                stamp = f"{d}/{mo}/{y}"
                if stamp not in text:
                    bad(rid, f"published {p} has no stamp {stamp} in the text")
                if m.group(4) and f"{m.group(4)}:{m.group(5)}" not in text:
                    bad(rid, f"published time of {p} not in the text")
        # dates
        dates = r.get("dates")
        if not isinstance(dates, list):
            bad(rid, "dates not a list")
            dates = []
        if len(set(dates)) != len(dates):
            bad(rid, "duplicate date values")
        for v in dates:
            if not valid_date_value(v):
                bad(rid, f"bad date value {v!r}")
                continue
            if not any(s in body for s in surfaces(v)):
                bad(rid, f"date {v} has no surface form in the article body")
        # events
        seen = set()
        for e in r.get("events") or []:
            if set(e) != {"type", "date"} or e["type"] not in EVENT_TYPES:
                bad(rid, f"bad event {e!r}")
                continue
            if e["type"] in seen:
                bad(rid, f"event type {e['type']} twice (one item per type)")
            seen.add(e["type"])
            if e["date"] is not None and e["date"] not in dates:
                bad(rid, f"event date {e['date']} not among the dates")
        # parties
        for x in r.get("parties") or []:
            if not {"name", "kind", "province"} <= set(x) <= {"name", "kind", "province", "aliases"}:
                bad(rid, f"bad party fields {sorted(x)}")
                continue
            check_text(rid, "party", x["name"])
            for al in x.get("aliases", []):
                check_text(rid, "party alias", al)
            if x["kind"] not in PARTY_KINDS:
                bad(rid, f"bad party kind {x['kind']!r}")
            if x["province"] is not None and x["province"] not in PROVINCES:
                bad(rid, f"non-canonical province {x['province']!r}")
            if x["kind"] == "cooperative_alliance":
                if not x["name"].startswith("Liên minh Hợp tác xã "):
                    bad(rid, f"alliance name not canonical: {x['name']!r}")
                if x["province"] and not x["name"].endswith(x["province"]):
                    bad(rid, f"alliance name does not end with its province: {x['name']!r}")
                if x["province"] is None and x["name"] != "Liên minh Hợp tác xã Việt Nam":
                    bad(rid, f"provincial alliance without province: {x['name']!r}")
        # periods
        keys = set()
        for x in r.get("periods") or []:
            s, e = x.get("start"), x.get("end")
            if set(x) != {"start", "end"} or not isinstance(e, int) or (s is not None and not isinstance(s, int)):
                bad(rid, f"bad period {x!r}")
                continue
            if not 1990 <= e <= 2060 or (s is not None and not (1990 <= s < e and e - s <= 20)):
                bad(rid, f"implausible period {x!r}")
            if str(e) not in body or (s is not None and str(s) not in body):
                bad(rid, f"period {x!r} years not in the body")
            if (s, e) in keys:
                bad(rid, f"duplicate period {x!r}")
            keys.add((s, e))
        # awards
        pairs = set()
        for x in r.get("awards") or []:
            if not {"award", "recipient"} <= set(x) <= {"award", "recipient", "aliases"}:
                bad(rid, f"bad award fields {sorted(x)}")
                continue
            if x["award"] not in AWARDS:
                bad(rid, f"non-canonical award {x['award']!r}")
            check_text(rid, "recipient", x["recipient"])
            for al in x.get("aliases", []):
                check_text(rid, "recipient alias", al)
            if (x["award"], x["recipient"]) in pairs:
                bad(rid, f"duplicate award pair {x!r}")
            pairs.add((x["award"], x["recipient"]))
        for x in r.get("award_counts") or []:
            if set(x) != {"award", "collectives", "individuals"} or x["award"] not in AWARDS:
                bad(rid, f"bad award count {x!r}")
                continue
            c, i = x["collectives"], x["individuals"]
            if (c is None and i is None) or any(v is not None and (not isinstance(v, int) or v <= 0) for v in (c, i)):
                bad(rid, f"bad counts {x!r}")
        # people and authors: names are verbatim in the text (case-folded for ALL-CAPS bylines)
        low = text.lower()
        for x in r.get("people") or []:
            if set(x) != {"name", "title"}:
                bad(rid, f"bad person {x!r}")
                continue
            check_text(rid, "person", x["name"], canonical=False)
            if x["name"] not in body:
                bad(rid, f"person {x['name']!r} not in the body")
            if x["title"] is not None:
                check_text(rid, "person title", x["title"])
        for a in r.get("authors") or []:
            check_text(rid, "author", a, canonical=False)
            if a.lower() not in low:
                bad(rid, f"author {a!r} not in the text")
    return problems


def main():
    if "--check" not in sys.argv:
        with open(GOLD, "w", encoding="utf-8") as f:
            for r in GOLD_RECORDS:
                f.write(json.dumps({k: r[k] for k in FIELDS}, ensure_ascii=False) + "\n")
        print(f"wrote {GOLD} ({len(GOLD_RECORDS)} records)")
    records = [json.loads(l) for l in open(GOLD, encoding="utf-8") if l.strip()]
    validate(records)
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print(f"validated {len(records)} records: OK")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Write gold.jsonl for the eval22 set (12 invented portal articles, HTML) and validate it.

usage: python3 make_gold.py            # writes ./gold.jsonl next to this script, then validates
       python3 make_gold.py --check    # validates only (gold.jsonl must already exist)

Every record has the shape of ../shared/eval/dev.gold.jsonl: plain values, no spans.
Conventions (see NOTES.md for the per-article judgement calls):
  * dates: every calendar date / month stated in the article body (lead + body, not the publication
    stamp, header clock, attachment box, related-news lists or footer), resolved to ISO; dates of
    cited documents count here but are never event dates;
  * events: one item per event type that took place, with its date (ranges allowed); future events
    ("sẽ", "dự kiến") are not events;
  * parties: principal organisations of the main event (signatories / host / both sides of a visit);
  * periods: {start, end}; horizons ("đến năm 2030", "tầm nhìn đến năm 2045") have start null;
  * names (parties, recipients, people titles) are canonical: abbreviations expanded, NFC,
    traditional tone placement.
Standard library only.
"""
import calendar
import html
import json
import os
import re
import sys
import unicodedata
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")
OUT = os.path.join(HERE, "gold.jsonl")

VCA = {"name": "Liên minh Hợp tác xã Việt Nam", "kind": "cooperative_alliance", "province": None,
       "aliases": ["VCA", "Liên minh Hợp tác xã (Hợp tác xã) Việt Nam"]}


def alliance(unit, prov):
    return {"name": f"Liên minh Hợp tác xã {unit} {prov}", "kind": "cooperative_alliance", "province": prov}


def per(start, end):
    return {"start": start, "end": end}


def ev(t, d):
    return {"type": t, "date": d}


def aw(award, recipient, aliases=None):
    a = {"award": award, "recipient": recipient}
    if aliases:
        a["aliases"] = aliases
    return a


def cnt(award, coll, ind):
    return {"award": award, "collectives": coll, "individuals": ind}


def pp(name, title):
    return {"name": name, "title": title}


KHIEM_2024 = "Ủy viên Trung ương Đảng, Bí thư Đảng đoàn, Chủ tịch Liên minh Hợp tác xã Việt Nam"
HANG = "Phó Chủ tịch Thường trực Liên minh Hợp tác xã Việt Nam"

# body_end: the first characters of the byline (or of the line that closes the article body);
# the body region used by the checks runs from the headline to this marker.
GOLD = [
    {
        "id": "s01", "body_end": "Minh Châu",
        "title": "Liên minh HTX Việt Nam và Trung ương Hội Nông dân Việt Nam ký kết Chương trình phối hợp giai đoạn 2024 - 2028",
        "published": "2024-03-14T15:20",
        "events": [ev("signing", "2024-03-13")],
        "dates": ["2024-03-13", "2019-06-19", "2022-06-16"],
        "parties": [VCA,
                    {"name": "Trung ương Hội Nông dân Việt Nam", "kind": "association", "province": None,
                     "aliases": ["Hội Nông dân Việt Nam", "Ban Chấp hành Trung ương Hội Nông dân Việt Nam"]}],
        "periods": [per(2024, 2028), per(None, 2030), per(None, 2028)],
        "awards": [], "award_counts": [],
        "people": [pp("Trịnh Văn Khiêm", KHIEM_2024),
                   pp("Hoàng Trọng Nghĩa", "Bí thư Đảng đoàn, Chủ tịch Trung ương Hội Nông dân Việt Nam")],
        "authors": ["Minh Châu"],
    },
    {
        "id": "s02", "body_end": "Minh Hiển",
        "title": "Tặng Bằng khen của Thủ tướng Chính phủ cho 3 tập thể, 4 cá nhân thuộc Liên minh HTX tỉnh Bình Thuận",
        "published": "2024-10-07T10:15",
        "events": [ev("award", "2024-10-03")],
        "dates": ["2024-10-03", "2024-08-15", "2024-09-24", "2024-06"],
        "parties": [{"name": "Thủ tướng Chính phủ", "kind": "government", "province": None,
                     "aliases": ["Chính phủ"]}],
        "periods": [per(2019, 2023), per(2021, 2025), per(None, 2025)],
        "awards": [aw("Bằng khen", "Hợp tác xã Nông nghiệp Dịch vụ Tân Thuận Phát", ["Hợp tác xã Tân Thuận Phát"]),
                   aw("Bằng khen", "Hợp tác xã Dịch vụ Hải sản Bình Thạnh Xanh", ["Hợp tác xã Bình Thạnh Xanh"]),
                   aw("Bằng khen", "Quỹ tín dụng nhân dân Hòa Phú Đông"),
                   aw("Bằng khen", "Nguyễn Tấn Lộc"),
                   aw("Bằng khen", "Phan Thị Kim Yến"),
                   aw("Bằng khen", "Đặng Minh Trí"),
                   aw("Bằng khen", "Huỳnh Văn Sáu")],
        "award_counts": [cnt("Bằng khen", 3, 4)],
        "people": [pp("Lê Minh Tuấn", "Phó Thủ tướng Chính phủ"),
                   pp("Nguyễn Tấn Lộc", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh Bình Thuận"),
                   pp("Phan Thị Kim Yến", "Giám đốc Hợp tác xã Nông nghiệp Dịch vụ Tân Thuận Phát"),
                   pp("Đặng Minh Trí", "Chủ tịch Hội đồng quản trị Quỹ tín dụng nhân dân Hòa Phú Đông"),
                   pp("Huỳnh Văn Sáu", "Trưởng Ban Kiểm tra Liên minh Hợp tác xã tỉnh Bình Thuận")],
        "authors": ["Minh Hiển"],
    },
    {
        "id": "s03", "body_end": "Thu Hà - Phòng Kinh tế ngành",
        "title": "Sơ kết 3 năm thực hiện Kế hoạch phát triển kinh tế tập thể, hợp tác xã giai đoạn 2021-2025",
        "published": "2023-12-22",
        "events": [ev("conference", "2023-12-20"), ev("award", "2023-12-20")],
        "dates": ["2023-12-20", "2023-11-30", "2023-06-20", "2024-07-01"],
        "parties": [{"name": "Sở Kế hoạch và Đầu tư tỉnh Hải Dương", "kind": "government", "province": "Hải Dương",
                     "aliases": ["Sở Kế hoạch và Đầu tư"]},
                    alliance("tỉnh", "Hải Dương")],
        "periods": [per(2021, 2025), per(2021, 2023), per(None, 2025)],
        "awards": [],
        "award_counts": [cnt("Bằng khen", 6, 9), cnt("Giấy khen", 12, None)],
        "people": [pp("Lưu Văn Bảy", "Phó Chủ tịch Ủy ban nhân dân tỉnh Hải Dương"),
                   pp("Nguyễn Thị Hồng Vân", "Giám đốc Sở Kế hoạch và Đầu tư tỉnh Hải Dương"),
                   pp("Phạm Đức Thịnh", "Chủ tịch Liên minh Hợp tác xã tỉnh Hải Dương")],
        "authors": ["Thu Hà"],
    },
    {
        "id": "s04", "body_end": "Ngọc Lan - Ban Tuyên truyền",
        "title": "Chủ tịch Liên minh HTX Việt Nam làm việc tại Bến Tre",
        "published": "2025-04-11T16:05",
        "events": [ev("visit", "2025-04-10")],
        "dates": ["2025-04-10", "2025-03-31", "2021-02-03", "2017-10-25", "2025-04-11"],
        "parties": [VCA,
                    {"name": "Ủy ban nhân dân tỉnh Bến Tre", "kind": "government", "province": "Bến Tre"}],
        "periods": [per(2021, 2025), per(None, 2030)],
        "awards": [], "award_counts": [],
        "people": [pp("Trịnh Văn Khiêm", KHIEM_2024),
                   pp("Võ Thành Hưng", "Tỉnh ủy viên, Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh Bến Tre"),
                   pp("Lê Thị Ngọc Hân", "Chủ tịch Liên minh Hợp tác xã tỉnh Bến Tre")],
        "authors": ["Ngọc Lan"],
    },
    {
        "id": "s05", "body_end": "Thanh Bình (Ban Đối ngoại)",
        "title": "Đoàn công tác Liên minh HTX Việt Nam thăm và làm việc tại Hàn Quốc",
        "published": "2024-06-24T08:45",
        "events": [ev("visit", "2024-06-17/2024-06-21"), ev("signing", "2024-06-18"),
                   ev("conference", "2024-06-19")],
        "dates": ["2024-06-17/2024-06-21", "2024-06-18", "2016-10-25", "2024-06-19"],
        "parties": [VCA,
                    {"name": "Liên đoàn Hợp tác xã Nông nghiệp Hàn Quốc", "kind": "other", "province": None,
                     "aliases": ["NACF", "Nonghyup"]}],
        "periods": [per(2024, 2027)],
        "awards": [], "award_counts": [],
        "people": [pp("Lương Thị Minh Hằng", HANG),
                   pp("Park Jin-seok", "Phó Chủ tịch Liên đoàn Hợp tác xã Nông nghiệp Hàn Quốc")],
        "authors": ["Thanh Bình"],
    },
    {
        "id": "s06", "body_end": "Hoàng Anh (Cục Kinh tế hợp tác)",
        "title": "Tập huấn triển khai Luật Hợp tác xã năm 2023 cho cán bộ quản lý hợp tác xã khu vực Bắc Trung Bộ",
        "published": "2024-09-09T17:30",
        "events": [ev("training", "2024-09-05/2024-09-07")],
        "dates": ["2024-09-05/2024-09-07", "2023-06-20", "2024-07-01", "2024-06-30", "2024-09-24/2024-09-26"],
        "parties": [{"name": "Bộ Kế hoạch và Đầu tư", "kind": "government", "province": None},
                    alliance("tỉnh", "Nghệ An")],
        "periods": [per(2021, 2030)],
        "awards": [], "award_counts": [],
        "people": [pp("Nguyễn Hoàng Long", "Phó Cục trưởng Cục Kinh tế hợp tác, Bộ Kế hoạch và Đầu tư"),
                   pp("Trần Đình Khoa", "Chủ tịch Liên minh Hợp tác xã tỉnh Nghệ An")],
        "authors": ["Hoàng Anh"],
    },
    {
        "id": "s07", "body_end": "Tin, ảnh: Minh Hậu",
        "title": "Ký kết Chương trình phối hợp giữa Liên minh HTX tỉnh, Sở Nông nghiệp và Môi trường và Hội Nông dân tỉnh giai đoạn 2025 – 2030",
        "published": "2025-09-08T09:12",
        "events": [ev("signing", "2025-09-05")],
        "dates": ["2025-09-05", "2025-07-01"],
        "parties": [alliance("tỉnh", "Lâm Đồng"),
                    {"name": "Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng", "kind": "government", "province": "Lâm Đồng",
                     "aliases": ["Sở Nông nghiệp và Môi trường"]},
                    {"name": "Hội Nông dân tỉnh Lâm Đồng", "kind": "association", "province": "Lâm Đồng",
                     "aliases": ["Hội Nông dân tỉnh"]}],
        "periods": [per(2025, 2030), per(2021, 2025), per(None, 2030)],
        "awards": [], "award_counts": [],
        "people": [pp("Đinh Văn Tuấn", "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng"),
                   pp("Nguyễn Thị Thanh Xuân", "Chủ tịch Liên minh Hợp tác xã tỉnh Lâm Đồng"),
                   pp("Lê Quang Vinh", "Phó Giám đốc Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng"),
                   pp("Nguyễn Văn Sơn", "Chủ tịch Hội Nông dân tỉnh Lâm Đồng")],
        "authors": ["Minh Hậu"],
    },
    {
        "id": "s08", "body_end": "Hải Yến - Ban Tuyên truyền",
        "title": "Hệ thống Liên minh HTX Việt Nam tổng kết giai đoạn 2021-2025, triển khai nhiệm vụ giai đoạn 2026-2030",
        "published": "2025-12-18T17:40",
        "events": [ev("conference", "2025-12-18"), ev("award", "2025-12-18")],
        "dates": ["2025-12-18", "2025-11-30", "2026-03"],
        "parties": [VCA],
        "periods": [per(2021, 2025), per(2026, 2030), per(2020, 2025), per(None, 2030), per(None, 2045),
                    per(2026, 2031), per(2020, 2024)],
        "awards": [aw("Huân chương Lao động hạng Ba", "Hợp tác xã Nông nghiệp Công nghệ cao Phước An",
                      ["Hợp tác xã Phước An"]),
                   aw("Huân chương Lao động hạng Ba", "Quỹ tín dụng nhân dân Tiên Phong"),
                   aw("Huân chương Lao động hạng Ba", "Bùi Quang Hiển")],
        "award_counts": [cnt("Huân chương Lao động hạng Ba", 2, 1), cnt("Cờ thi đua", 10, None),
                         cnt("Bằng khen", 35, 52)],
        "people": [pp("Vũ Thanh Sơn", "Ủy viên Trung ương Đảng, Phó Thủ tướng Chính phủ"),
                   pp("Trịnh Văn Khiêm", "Ủy viên Trung ương Đảng, Chủ tịch Liên minh Hợp tác xã Việt Nam"),
                   pp("Lương Thị Minh Hằng", HANG),
                   pp("Bùi Quang Hiển", "Chủ tịch Hội đồng quản trị kiêm Giám đốc Hợp tác xã Chè Tân Lĩnh")],
        "authors": ["Hải Yến"],
    },
    {
        "id": "s09", "body_end": "Thanh Trúc",
        "title": "Liên minh HTX tỉnh sơ kết phong trào thi đua năm 2025, khen thưởng nhiều tập thể, cá nhân",
        "published": "2025-11-10",
        "events": [ev("conference", "2025-11-07"), ev("award", "2025-11-07")],
        "dates": ["2025-11-07", "2025-10-31", "2025-10-28"],
        "parties": [alliance("tỉnh", "Tây Ninh")],
        "periods": [per(2025, 2030), per(2026, 2030)],
        "awards": [aw("Bằng khen", "Hợp tác xã Nông nghiệp Thạnh Lợi Xanh", ["Hợp tác xã Thạnh Lợi Xanh"]),
                   aw("Bằng khen", "Hợp tác xã Dịch vụ Nông nghiệp Mỹ Hạnh Phát", ["Hợp tác xã Mỹ Hạnh Phát"]),
                   aw("Bằng khen", "Hợp tác xã Thanh long Châu Thành Đỏ", ["Hợp tác xã Châu Thành Đỏ"]),
                   aw("Bằng khen", "Quỹ tín dụng nhân dân Hòa Thạnh Đông"),
                   aw("Bằng khen", "Hợp tác xã Vận tải Tây Ninh Xanh", ["Hợp tác xã Tây Ninh Xanh"]),
                   aw("Bằng khen", "Trần Văn Lượm"),
                   aw("Bằng khen", "Lê Thị Bích Tuyền"),
                   aw("Bằng khen", "Nguyễn Văn Tám")],
        "award_counts": [cnt("Bằng khen", 5, 3), cnt("Giấy khen", 21, 34), cnt("Kỷ niệm chương", None, 6)],
        "people": [pp("Võ Minh Đức", "Phó Chủ tịch Ủy ban nhân dân tỉnh Tây Ninh"),
                   pp("Huỳnh Thị Diễm", "Chủ tịch Liên minh Hợp tác xã tỉnh Tây Ninh"),
                   pp("Trần Văn Lượm", "Giám đốc Hợp tác xã Nông nghiệp Thạnh Lợi Xanh"),
                   pp("Lê Thị Bích Tuyền", "Giám đốc Quỹ tín dụng nhân dân Hòa Thạnh Đông"),
                   pp("Nguyễn Văn Tám", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh Tây Ninh")],
        "authors": ["Thanh Trúc"],
    },
    {
        "id": "s10", "body_end": "Hồng Nhung",
        "title": "Thứ trưởng Bộ Nông nghiệp và Môi trường làm việc với tỉnh Gia Lai về phát triển hợp tác xã nông nghiệp",
        "published": "2025-08-26T11:20",
        "events": [ev("visit", "2025-08-25")],
        "dates": ["2025-08-25", "2025-08-15", "2020-11-13"],
        "parties": [{"name": "Bộ Nông nghiệp và Môi trường", "kind": "government", "province": None},
                    {"name": "Ủy ban nhân dân tỉnh Gia Lai", "kind": "government", "province": "Gia Lai",
                     "aliases": ["tỉnh Gia Lai"]}],
        "periods": [per(2021, 2025), per(None, 2030)],
        "awards": [], "award_counts": [],
        "people": [pp("Phan Quốc Hưng", "Thứ trưởng Bộ Nông nghiệp và Môi trường"),
                   pp("Lê Đình Quý", "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Ủy ban nhân dân tỉnh Gia Lai"),
                   pp("Đào Xuân Thọ", "Chủ tịch Liên minh Hợp tác xã tỉnh Gia Lai")],
        "authors": ["Hồng Nhung"],
    },
    {
        "id": "s11", "body_end": "Thu Hằng",
        "title": "Tăng cường hợp tác giữa khu vực hợp tác xã Việt Nam và Lào",
        "published": "2025-10-17T20:05",
        "events": [ev("visit", "2025-10-13/2025-10-16"), ev("signing", "2025-10-14"),
                   ev("trade_promotion", "2025-10-15")],
        "dates": ["2025-10-13/2025-10-16", "2025-10-14", "2025-10-15"],
        "parties": [VCA,
                    {"name": "Bộ Nông nghiệp và Lâm nghiệp Lào", "kind": "government", "province": None}],
        "periods": [per(2025, 2028)],
        "awards": [], "award_counts": [],
        "people": [pp("Lương Thị Minh Hằng", HANG),
                   pp("Lại Đức Vinh", "Đại sứ Việt Nam tại Lào"),
                   pp("Khamphoui Sisavath", "Thứ trưởng Bộ Nông nghiệp và Lâm nghiệp Lào")],
        "authors": ["Thu Hằng"],
    },
    {
        "id": "s12", "body_end": "Nguồn: Liên minh HTX tỉnh Thái Bình (cũ)",
        "title": "Liên minh HTX tỉnh Thái Bình tổng kết hoạt động nhiệm kỳ 2020 – 2025 trước khi hợp nhất",
        "published": "2025-07-03",
        "events": [ev("conference", "2025-06-27"), ev("award", "2025-06-27"),
                   ev("trade_promotion", "2025-06-26/2025-06-28")],
        "dates": ["2025-06-27", "2025-06-12", "2025-06-26/2025-06-28", "2025-07-01"],
        "parties": [alliance("tỉnh", "Thái Bình")],
        "periods": [per(2020, 2025), per(None, 2025)],
        "awards": [],
        "award_counts": [cnt("Giấy khen", 15, 20)],
        "people": [pp("Phạm Văn Nghiêm", "Phó Chủ tịch Ủy ban nhân dân tỉnh Thái Bình"),
                   pp("Vũ Thị Thu Hiền", "Chủ tịch Liên minh Hợp tác xã tỉnh Thái Bình")],
        "authors": [],
    },
]

FIELDS = ["id", "title", "published", "events", "dates", "parties", "periods", "awards", "award_counts",
          "people", "authors"]
EVENT_TYPES = {"signing", "award", "conference", "congress", "trade_promotion", "membership", "establishment",
               "visit", "training", "other"}
PARTY_KINDS = {"cooperative_alliance", "cooperative", "cooperative_union", "credit_fund", "government", "bank",
               "enterprise", "association", "other"}
AWARDS = {"Cờ thi đua", "Bằng khen", "Giấy khen", "Kỷ niệm chương", "Huân chương Lao động hạng Nhất",
          "Huân chương Lao động hạng Nhì", "Huân chương Lao động hạng Ba"}
PROVINCES_OLD = """Hà Nội|Hà Giang|Cao Bằng|Bắc Kạn|Tuyên Quang|Lào Cai|Điện Biên|Lai Châu|Sơn La|Yên Bái|Hòa Bình|
Thái Nguyên|Lạng Sơn|Quảng Ninh|Bắc Giang|Phú Thọ|Vĩnh Phúc|Bắc Ninh|Hải Dương|Hải Phòng|Hưng Yên|Thái Bình|Hà Nam|
Nam Định|Ninh Bình|Thanh Hóa|Nghệ An|Hà Tĩnh|Quảng Bình|Quảng Trị|Thừa Thiên Huế|Huế|Đà Nẵng|Quảng Nam|Quảng Ngãi|
Bình Định|Phú Yên|Khánh Hòa|Ninh Thuận|Bình Thuận|Kon Tum|Gia Lai|Đắk Lắk|Đắk Nông|Lâm Đồng|Bình Phước|Tây Ninh|
Bình Dương|Đồng Nai|Bà Rịa - Vũng Tàu|Hồ Chí Minh|Long An|Tiền Giang|Bến Tre|Trà Vinh|Vĩnh Long|Đồng Tháp|An Giang|
Kiên Giang|Cần Thơ|Hậu Giang|Sóc Trăng|Bạc Liêu|Cà Mau"""
PROVINCES_OLD = {p.strip() for p in PROVINCES_OLD.replace("\n", "").split("|")}
PROVINCES_NEW = {"Hà Nội", "Cao Bằng", "Tuyên Quang", "Điện Biên", "Lai Châu", "Sơn La", "Lào Cai", "Thái Nguyên",
                 "Lạng Sơn", "Quảng Ninh", "Bắc Ninh", "Phú Thọ", "Hải Phòng", "Hưng Yên", "Ninh Bình", "Thanh Hóa",
                 "Nghệ An", "Hà Tĩnh", "Quảng Trị", "Huế", "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Khánh Hòa",
                 "Đắk Lắk", "Lâm Đồng", "Đồng Nai", "Hồ Chí Minh", "Tây Ninh", "Đồng Tháp", "Vĩnh Long",
                 "An Giang", "Cần Thơ", "Cà Mau"}
CITIES = {"Hà Nội", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ", "Huế"}
MERGER = "2025-07-01"
# abbreviations that must not survive in a canonical name or title
ABBR = re.compile(r"\b(HTX|LMHTX|LM HTX|LHHTX|QTDND|QTD|UBND|HĐND|HĐQT|THT|KTTT|TP\.?|Tp\.?|NN&MT|NN&PTNT|"
                  r"KH&ĐT|BCH|BTV|TW|TƯ|VN|PCT|GĐ|PGĐ)\b")
NEW_STYLE_TONE = re.compile(r"(?<![qQ])(o[àáảãạ]|o[èéẻẽẹ]|u[ỳýỷỹỵ])(?![a-zA-Zà-ỹÀ-Ỹ])")
DATE1 = r"(?:\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|--\d{2}-\d{2})"
DATE_RE = re.compile(rf"^{DATE1}(?:/{DATE1})?$")


class Visible(HTMLParser):
    """Visible text of a page (script/style/title dropped), entities decoded, NBSP made plain."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible_text(path):
    p = Visible()
    p.feed(open(path, encoding="utf-8").read())
    t = " ".join(p.parts).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", t)


def fold(s):
    s = unicodedata.normalize("NFD", str(s))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.replace("đ", "d").replace("Đ", "D").lower()
    return " ".join("".join(c if c.isalnum() else " " for c in s).split())


def short_forms(name):
    """Surface forms a canonical organisation name may take in the text."""
    forms = {name}
    for full, ab in (("Hợp tác xã", "HTX"), ("Quỹ tín dụng nhân dân", "QTDND"), ("Ủy ban nhân dân", "UBND"),
                     ("Liên minh Hợp tác xã", "Liên minh HTX")):
        for f in list(forms):
            if f.startswith(full):
                forms.add(ab + f[len(full):])
    return forms


def check_date(v, errs, where):
    if not isinstance(v, str) or not DATE_RE.match(v):
        errs.append(f"{where}: bad date {v!r}")
        return
    parts = v.split("/")
    for part in parts:
        if part.startswith("--"):
            m, d = int(part[2:4]), int(part[5:7])
            if not (1 <= m <= 12 and 1 <= d <= 31):
                errs.append(f"{where}: impossible date {v}")
        elif len(part) == 7:
            if not 1 <= int(part[5:7]) <= 12:
                errs.append(f"{where}: impossible month {v}")
        else:
            y, m, d = int(part[:4]), int(part[5:7]), int(part[8:10])
            if not (1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]):
                errs.append(f"{where}: impossible date {v}")
    if len(parts) == 2 and parts[0] > parts[1]:
        errs.append(f"{where}: range ends before it starts {v}")


def date_in_body(v, body):
    """A loose check that the body states this date in one of the usual surface forms."""
    def one(part, start_of_range=False):
        if len(part) == 7:  # YYYY-MM
            y, m = part[:4], int(part[5:7])
            return re.search(rf"tháng 0?{m}\s*/\s*{y}|tháng 0?{m} năm {y}", body)
        m, d = int(part[-5:-3]), int(part[-2:])
        if start_of_range:
            return re.search(rf"(?:từ ngày|từ|ngày)\s+0?{d}\b", body)
        return re.search(rf"(?<!\d)0?{d}\s*[/.\-]\s*0?{m}(?!\d)|(?<!\d)0?{d} tháng 0?{m}(?!\d)", body)
    parts = v.split("/")
    if len(parts) == 2:
        return one(parts[0], True) and one(parts[1])
    return one(parts[0])


def validate(records):
    errs = []
    ids = sorted(os.path.splitext(f)[0] for f in os.listdir(ART) if f.endswith(".html"))
    got = [r["id"] for r in records]
    if sorted(got) != ids:
        errs.append(f"ids {sorted(got)} do not match articles {ids}")
    if len(set(got)) != len(got):
        errs.append("duplicate ids")
    for r in records:
        rid = r["id"]
        if list(r.keys()) != FIELDS:
            errs.append(f"{rid}: keys {list(r.keys())} != {FIELDS}")
        raw = json.dumps(r, ensure_ascii=False)
        if unicodedata.normalize("NFC", raw) != raw:
            errs.append(f"{rid}: not NFC")
        if "\u00d0" in raw or "\u00f0" in raw:
            errs.append(f"{rid}: eth instead of Đ/đ")
        path = os.path.join(ART, rid + ".html")
        if not os.path.exists(path):
            continue
        page = visible_text(path)
        body_end = BODY_END[rid]
        i = page.find(r["title"]) if r["title"] else 0
        j = page.find(body_end, max(i, 0))
        if i < 0:
            errs.append(f"{rid}: title not found on the page")
        if j < 0:
            errs.append(f"{rid}: body end marker {body_end!r} not found")
            continue
        body = page[i:j]
        fbody = fold(body)
        words = len(body.split())
        if not 250 <= words <= 900:
            errs.append(f"{rid}: body has {words} words (want 250-900)")
        # published
        pub = r["published"]
        if pub is not None:
            if not re.match(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$", pub):
                errs.append(f"{rid}: bad published {pub!r}")
            else:
                stamp = f"{pub[8:10]}/{pub[5:7]}/{pub[:4]}"
                if stamp not in page[:i + 2000] and stamp not in page:
                    errs.append(f"{rid}: published stamp {stamp} not on the page")
                if "T" in pub and pub[11:16] not in page:
                    errs.append(f"{rid}: published time {pub[11:16]} not on the page")
        # dates
        if len(set(r["dates"])) != len(r["dates"]):
            errs.append(f"{rid}: duplicate dates")
        for d in r["dates"]:
            check_date(d, errs, f"{rid} dates")
            if DATE_RE.match(d) and not date_in_body(d, body):
                errs.append(f"{rid}: date {d} has no surface form in the body")
            if pub and d == pub[:10]:
                pass  # the stamp itself is never repeated, but an event may fall on the same day
        # events
        seen = set()
        for e in r["events"]:
            if set(e) != {"type", "date"} or e["type"] not in EVENT_TYPES:
                errs.append(f"{rid}: bad event {e}")
            if e["type"] in seen:
                errs.append(f"{rid}: event type {e['type']} twice")
            seen.add(e["type"])
            if e["date"] is not None:
                check_date(e["date"], errs, f"{rid} events")
                if e["date"] not in r["dates"]:
                    errs.append(f"{rid}: event date {e['date']} not in dates")
                if pub and e["date"].split("/")[-1] > pub[:10]:
                    errs.append(f"{rid}: event {e} after publication")
        # parties
        for p in r["parties"]:
            if set(p) - {"name", "kind", "province", "aliases"} or p.get("kind") not in PARTY_KINDS:
                errs.append(f"{rid}: bad party {p}")
                continue
            name, prov = p["name"], p["province"]
            if ABBR.search(name):
                errs.append(f"{rid}: abbreviation left in party name {name!r}")
            if NEW_STYLE_TONE.search(name):
                errs.append(f"{rid}: new-style tone in {name!r}")
            if prov is not None:
                event_day = min((e["date"] or "9999")[:10] for e in r["events"]) if r["events"] else pub
                gaz = PROVINCES_OLD if event_day < MERGER else PROVINCES_NEW
                if prov not in gaz:
                    errs.append(f"{rid}: province {prov!r} not a unit on {event_day}")
                if not name.endswith(prov):
                    errs.append(f"{rid}: party {name!r} does not end with its province")
            if p["kind"] == "cooperative_alliance":
                if prov is None:
                    if name != "Liên minh Hợp tác xã Việt Nam":
                        errs.append(f"{rid}: alliance without province {name!r}")
                else:
                    unit = "Thành phố" if prov == "Hồ Chí Minh" else ("thành phố" if prov in CITIES else "tỉnh")
                    if name != f"Liên minh Hợp tác xã {unit} {prov}":
                        errs.append(f"{rid}: non-canonical alliance name {name!r}")
            if not any(fold(f) in fbody for f in short_forms(name) | set(p.get("aliases", []))) \
                    and not (prov and fold(prov) in fbody):
                errs.append(f"{rid}: party {name!r} not found in the body")
        # periods
        for q in r["periods"]:
            s, e = q.get("start"), q.get("end")
            if set(q) != {"start", "end"} or not isinstance(e, int) or (s is not None and not isinstance(s, int)):
                errs.append(f"{rid}: bad period {q}")
            elif s is not None and not (s <= e and e - s <= 20):
                errs.append(f"{rid}: implausible period {q}")
            elif s is None and not re.search(rf"đến năm {e}", body):
                errs.append(f"{rid}: horizon {e} has no 'đến năm {e}' in the body")
            elif s is not None and not re.search(rf"{s}\s*[-–]\s*{e}|từ năm {s} đến năm {e}", body):
                errs.append(f"{rid}: period {s}-{e} has no surface form in the body")
        if len({(q["start"], q["end"]) for q in r["periods"]}) != len(r["periods"]):
            errs.append(f"{rid}: duplicate periods")
        # awards
        for a in r["awards"]:
            if a["award"] not in AWARDS:
                errs.append(f"{rid}: non-canonical award {a['award']!r}")
            rec = a["recipient"]
            if not isinstance(rec, str) or ABBR.search(rec) or NEW_STYLE_TONE.search(rec):
                errs.append(f"{rid}: non-canonical recipient {rec!r}")
            elif not any(fold(f) in fbody for f in short_forms(rec)):
                errs.append(f"{rid}: recipient {rec!r} not found in the body")
        for c in r["award_counts"]:
            if c["award"] not in AWARDS or not any(isinstance(c[k], int) for k in ("collectives", "individuals")):
                errs.append(f"{rid}: bad award count {c}")
        # people and authors
        for q in r["people"]:
            if set(q) != {"name", "title"} or fold(q["name"]) not in fbody:
                errs.append(f"{rid}: person {q} not in body")
            t = q["title"]
            if t is not None and (ABBR.search(t) or NEW_STYLE_TONE.search(t)):
                errs.append(f"{rid}: non-canonical title {t!r}")
        for a in r["authors"]:
            if not isinstance(a, str) or a not in page[j:j + len(body_end) + 60]:
                errs.append(f"{rid}: author {a!r} is not in the byline")
    return errs


BODY_END = {g["id"]: g["body_end"] for g in GOLD}


def records():
    return [{k: g[k] for k in FIELDS} for g in GOLD]


def main():
    check_only = "--check" in sys.argv[1:]
    recs = records()
    if check_only:
        with open(OUT, encoding="utf-8") as f:
            on_disk = [json.loads(line) for line in f if line.strip()]
        if on_disk != recs:
            print("gold.jsonl differs from make_gold.py; rerun without --check", file=sys.stderr)
            return 1
    else:
        with open(OUT, "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    errs = validate(recs)
    for e in errs:
        print("ERROR", e, file=sys.stderr)
    print(f"{len(recs)} records, {len(errs)} problems -> {OUT}")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Write and validate gold.jsonl for the eval24 set (radio/TV and ethnic-minority press).

usage: python3 make_gold.py            # writes gold.jsonl next to this file, then validates it
       python3 make_gold.py --check    # validates the existing gold.jsonl only

The gold was annotated by hand from the articles in articles/ following ../shared/SCHEMA.md,
../shared/DOMAIN.md and the conventions visible in ../shared/eval/dev.gold.jsonl (see NOTES.md for
every judgement call). Records have the same shape as dev.gold.jsonl: plain values, no spans.

Validation (exit status 1 on any problem):
  * one line per article file and one article file per line, ids = file stems;
  * exactly the dev keys, well-typed values, event types and party kinds from SCHEMA.md;
  * dates ISO (YYYY-MM-DD, YYYY-MM, --MM-DD, ranges A/B), real calendar days, every event date listed
    in `dates`, and every date backed by a day/month (or month/year) written inside the article body
    (between the body markers below, so furniture dates cannot sneak in);
  * periods with start <= end, horizons with start null;
  * canonical names: NFC, Đ not Ð, old-style tone marks (hòa, thủy, Ủy), no domain abbreviation
    left (HTX, LMHTX, UBND, QTDND, HĐQT, NHCSXH, TP, ...), province names from the gazetteer valid
    at the article's date (the 34 units for post-merger articles);
  * every person, author, awardee and non-alliance party found (folded, abbreviations expanded)
    in the article text, people and awardees inside the body;
  * 250-900 words per article; the title is a line of the article; the published stamp is there.
Standard library only.
"""
import json
import os
import re
import sys
import unicodedata
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")
OUT = os.path.join(HERE, "gold.jsonl")
EXT = ".txt"

KEYS = ["id", "title", "published", "events", "dates", "parties", "periods", "awards",
        "award_counts", "people", "authors"]
EVENT_TYPES = {"signing", "award", "conference", "congress", "trade_promotion", "membership",
               "establishment", "visit", "training", "other"}
PARTY_KINDS = {"cooperative_alliance", "cooperative", "cooperative_union", "credit_fund", "government",
               "bank", "enterprise", "association", "other"}
AWARDS = {"Cờ thi đua", "Bằng khen", "Giấy khen", "Kỷ niệm chương", "Huân chương Lao động hạng Nhất",
          "Huân chương Lao động hạng Nhì", "Huân chương Lao động hạng Ba"}

PRE_2025 = """Hà Nội;Hà Giang;Cao Bằng;Bắc Kạn;Tuyên Quang;Lào Cai;Điện Biên;Lai Châu;Sơn La;Yên Bái;
Hòa Bình;Thái Nguyên;Lạng Sơn;Quảng Ninh;Bắc Giang;Phú Thọ;Vĩnh Phúc;Bắc Ninh;Hải Dương;Hải Phòng;
Hưng Yên;Thái Bình;Hà Nam;Nam Định;Ninh Bình;Thanh Hóa;Nghệ An;Hà Tĩnh;Quảng Bình;Quảng Trị;
Thừa Thiên Huế;Huế;Đà Nẵng;Quảng Nam;Quảng Ngãi;Bình Định;Phú Yên;Khánh Hòa;Ninh Thuận;Bình Thuận;
Kon Tum;Gia Lai;Đắk Lắk;Đắk Nông;Lâm Đồng;Bình Phước;Tây Ninh;Bình Dương;Đồng Nai;Bà Rịa - Vũng Tàu;
Hồ Chí Minh;Long An;Tiền Giang;Bến Tre;Trà Vinh;Vĩnh Long;Đồng Tháp;An Giang;Kiên Giang;Cần Thơ;
Hậu Giang;Sóc Trăng;Bạc Liêu;Cà Mau"""
POST_2025 = """Hà Nội;Cao Bằng;Tuyên Quang;Điện Biên;Lai Châu;Sơn La;Lào Cai;Thái Nguyên;Lạng Sơn;
Quảng Ninh;Bắc Ninh;Phú Thọ;Hải Phòng;Hưng Yên;Ninh Bình;Thanh Hóa;Nghệ An;Hà Tĩnh;Quảng Trị;Huế;
Đà Nẵng;Quảng Ngãi;Gia Lai;Khánh Hòa;Đắk Lắk;Lâm Đồng;Đồng Nai;Hồ Chí Minh;Tây Ninh;Đồng Tháp;
Vĩnh Long;An Giang;Cần Thơ;Cà Mau"""
PRE = {p.strip() for p in PRE_2025.split(";")}
POST = {p.strip() for p in POST_2025.split(";")}
assert len(PRE) == 64 and len(POST) == 34, (len(PRE), len(POST))
CITIES = {"Hà Nội", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ", "Huế"}


# ---------------------------------------------------------------- helpers used by the gold below

def alliance(province):
    """A provincial cooperative alliance, canonical name per SCHEMA.md."""
    if province == "Hồ Chí Minh":
        name = "Liên minh Hợp tác xã Thành phố Hồ Chí Minh"
    elif province in CITIES:
        name = "Liên minh Hợp tác xã thành phố " + province
    else:
        name = "Liên minh Hợp tác xã tỉnh " + province
    return {"name": name, "kind": "cooperative_alliance", "province": province}


VCA = {"name": "Liên minh Hợp tác xã Việt Nam", "kind": "cooperative_alliance", "province": None}


def party(name, kind, province, aliases=None):
    p = {"name": name, "kind": kind, "province": province}
    if aliases:
        p["aliases"] = aliases
    return p


def ev(t, d):
    return {"type": t, "date": d}


def per(start, end):
    return {"start": start, "end": end}


def aw(award, recipient, aliases=None):
    a = {"award": award, "recipient": recipient}
    if aliases:
        a["aliases"] = aliases
    return a


def cnt(award, collectives, individuals):
    return {"award": award, "collectives": collectives, "individuals": individuals}


def pp(name, title):
    return {"name": name, "title": title}


# ---------------------------------------------------------------- the gold records

GOLD = [
    {   # VOV, Lai Châu, 10/4/2025: Ngày HTX Việt Nam conference + awards with counts and named recipients
        "id": "s01",
        "title": "Lai Châu tôn vinh hợp tác xã tiêu biểu nhân Ngày Hợp tác xã Việt Nam",
        "published": "2025-04-10T19:32",
        "events": [ev("conference", "2025-04-10"), ev("award", "2025-04-10")],
        "dates": ["2025-04-10", "2025-04-11"],
        "parties": [alliance("Lai Châu")],
        "periods": [per(2021, 2025), per(None, 2030)],
        "awards": [aw("Bằng khen", "Hợp tác xã chè Shan tuyết Phìn Hồ Vàng"),
                   aw("Bằng khen", "Tẩn Láo Lở")],
        "award_counts": [cnt("Bằng khen", 4, 6), cnt("Giấy khen", 15, 22)],
        "people": [pp("Vàng Văn Thắng", "Phó Chủ tịch Ủy ban nhân dân tỉnh Lai Châu"),
                   pp("Chẻo Mẩy Chiêm", "Giám đốc Hợp tác xã dệt thổ cẩm Sì Lở Lầu"),
                   pp("Nguyễn Đức Hạnh", "Chủ tịch Liên minh Hợp tác xã tỉnh Lai Châu"),
                   pp("Tẩn Láo Lở", "Giám đốc Hợp tác xã thảo dược Sin Suối Hồ")],
        "authors": ["Đinh Thùy"],
    },
    {   # VTV, Tuyên Quang (merged with Hà Giang), congress 5-6/8/2025, term 2025-2030
        "id": "s02",
        "title": "Tuyên Quang: Đại hội đại biểu Liên minh Hợp tác xã tỉnh lần thứ I, nhiệm kỳ 2025 - 2030",
        "published": "2025-08-06T17:45",
        "events": [ev("congress", "2025-08-05/2025-08-06"), ev("award", "2025-08-06")],
        "dates": ["2025-08-05/2025-08-06", "2025-08-05", "2025-08-06", "2025-06-12", "2025-07-01"],
        "parties": [alliance("Tuyên Quang")],
        "periods": [per(2025, 2030), per(2020, 2025), per(None, 2030)],
        "awards": [aw("Cờ thi đua", "Hợp tác xã Nông nghiệp Lũng Phìn Xanh"),
                   aw("Cờ thi đua", "Hợp tác xã chè Vĩnh Tân"),
                   aw("Cờ thi đua", "Quỹ tín dụng nhân dân Tân Thành")],
        "award_counts": [cnt("Cờ thi đua", 3, None), cnt("Bằng khen", 8, 12)],
        "people": [pp("Vàng Seo Pử", "Giám đốc Hợp tác xã Nông nghiệp Lũng Phìn Xanh"),
                   pp("Lê Đình Khang", "Phó Chủ tịch Liên minh Hợp tác xã Việt Nam"),
                   pp("Triệu Văn Lực", "Phó Chủ tịch Ủy ban nhân dân tỉnh Tuyên Quang"),
                   pp("Ma Thị Thúy", "Chủ tịch Liên minh Hợp tác xã tỉnh Tuyên Quang")],
        "authors": ["Ma Thu Hà", "Lý Quang Vinh"],
    },
    {   # Báo Dân tộc và Phát triển, Điện Biên, handover under QĐ 1719 (14/5/2024)
        "id": "s03",
        "title": "Tủa Chùa: Bàn giao máy chế biến chè cho hợp tác xã của đồng bào Mông",
        "published": "2024-05-15T10:05",
        "events": [ev("other", "2024-05-14")],
        "dates": ["2024-05-14", "2021-08", "2021-10-14"],
        "parties": [party("Ủy ban nhân dân huyện Tủa Chùa", "government", "Điện Biên"),
                    party("Hợp tác xã Nông lâm nghiệp Háng Sung", "cooperative", "Điện Biên",
                          ["Hợp tác xã Háng Sung", "Hợp tác xã Nông lâm nghiệp Háng Sung, xã Sín Chải"])],
        "periods": [per(2021, 2030), per(2021, 2025)],
        "awards": [],
        "award_counts": [],
        "people": [pp("Mùa A Chớ", "Giám đốc Hợp tác xã Nông lâm nghiệp Háng Sung"),
                   pp("Sùng Thị Dợ", "thành viên Hợp tác xã Nông lâm nghiệp Háng Sung"),
                   pp("Giàng A Sử", "Phó Chủ tịch Ủy ban nhân dân huyện Tủa Chùa")],
        "authors": ["Quang Tuấn"],
    },
    {   # YTV Yên Bái (pre-merger), signing 14/3/2025 with the social policy bank; dotted date 12.3.2024
        "id": "s04",
        "title": "Yên Bái: Đưa vốn chính sách đến hợp tác xã vùng đồng bào dân tộc thiểu số",
        "published": "2025-03-14T20:10",
        "events": [ev("signing", "2025-03-14")],
        "dates": ["2025-03-14", "2024-03-12", "2025-02", "2025-04-30"],
        "parties": [alliance("Yên Bái"),
                    party("Chi nhánh Ngân hàng Chính sách xã hội tỉnh Yên Bái", "bank", "Yên Bái",
                          ["Ngân hàng Chính sách xã hội tỉnh Yên Bái",
                           "Ngân hàng Chính sách xã hội chi nhánh tỉnh Yên Bái",
                           "Chi nhánh Ngân hàng Chính sách xã hội (NHCSXH) tỉnh Yên Bái",
                           "Ngân hàng Chính sách xã hội Yên Bái"])],
        "periods": [per(2025, 2027), per(2021, 2025)],
        "awards": [],
        "award_counts": [],
        "people": [pp("Hoàng Thị Lan", "Chủ tịch Liên minh Hợp tác xã tỉnh Yên Bái"),
                   pp("Nguyễn Văn Hòa", "Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh Yên Bái"),
                   pp("Giàng A Lử", "Giám đốc Hợp tác xã Nông nghiệp Khau Phạ Xanh")],
        "authors": ["Thu Trang", "Quang Hưng"],
    },
    {   # VOV4, Sóc Trăng (pre-merger), Khmer cooperatives' fair 5-7/12/2024 + tọa đàm 6/12
        "id": "s05",
        "title": "Sóc Trăng: Đưa sản phẩm của hợp tác xã đồng bào Khmer đến gần người tiêu dùng",
        "published": "2024-12-06T15:20",
        "events": [ev("trade_promotion", "2024-12-05/2024-12-07"), ev("conference", "2024-12-06")],
        "dates": ["2024-12-05/2024-12-07", "2024-12-05", "2024-12-06", "2025-04"],
        "parties": [alliance("Sóc Trăng"),
                    party("Ban Dân tộc tỉnh Sóc Trăng", "government", "Sóc Trăng")],
        "periods": [per(2021, 2025), per(None, 2025)],
        "awards": [],
        "award_counts": [],
        "people": [pp("Thạch Kim Sươl", "Trưởng Ban Dân tộc tỉnh Sóc Trăng"),
                   pp("Lý Thị Sa Phone", "Giám đốc Hợp tác xã cốm dẹp Phú Tâm"),
                   pp("Kim Sóc Thia", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh Sóc Trăng")],
        "authors": ["Thạch Sô Phanh"],
    },
    {   # Báo và PT-TH Đắk Lắk (post-merger), Huân chương Lao động hạng Ba, "Sáng hôm qua (25/8)"
        "id": "s06",
        "title": "Hợp tác xã của đồng bào Ê Đê đón nhận Huân chương Lao động hạng Ba",
        "published": "2025-08-26T06:30",
        "events": [ev("award", "2025-08-25")],
        "dates": ["2025-08-25", "2015-08", "2025-06-30", "2025-07-01"],
        "parties": [party("Hợp tác xã Nông nghiệp Dịch vụ Ea Ktur Xanh", "cooperative", "Đắk Lắk",
                          ["Hợp tác xã Ea Ktur Xanh", "Hợp tác xã Nông nghiệp - Dịch vụ Ea Ktur Xanh",
                           "Hợp tác xã Dịch vụ Nông nghiệp Ea Ktur Xanh"])],
        "periods": [per(2015, 2025), per(2020, 2024)],
        "awards": [aw("Huân chương Lao động hạng Ba", "Hợp tác xã Nông nghiệp Dịch vụ Ea Ktur Xanh",
                      ["Hợp tác xã Ea Ktur Xanh", "Hợp tác xã Nông nghiệp - Dịch vụ Ea Ktur Xanh",
                       "Hợp tác xã Dịch vụ Nông nghiệp Ea Ktur Xanh"]),
                   aw("Bằng khen", "H’Nguyệt Byă"),
                   aw("Bằng khen", "Y Khu Niê")],
        "award_counts": [cnt("Giấy khen", None, 8)],
        "people": [pp("H’Nguyệt Byă", "Chủ tịch Hội đồng quản trị kiêm Giám đốc Hợp tác xã Nông nghiệp Dịch vụ Ea Ktur Xanh"),
                   pp("Nguyễn Thị Thu Sương", "Chủ tịch Liên minh Hợp tác xã tỉnh Đắk Lắk"),
                   pp("Y Wang Mlô", "Phó Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk"),
                   pp("Y Khu Niê", "thành viên Hội đồng quản trị Hợp tác xã Nông nghiệp Dịch vụ Ea Ktur Xanh")],
        "authors": ["H’Ly Niê", "Quang Vinh"],
    },
    {   # PTTH Cao Bằng, training "Từ ngày 5 đến 7/3" (2025); BTV credit not an author
        "id": "s07",
        "title": "Tập huấn nâng cao năng lực quản trị cho hợp tác xã vùng đồng bào dân tộc thiểu số",
        "published": "2025-03-07T17:05",
        "events": [ev("training", "2025-03-05/2025-03-07")],
        "dates": ["2025-03-05/2025-03-07", "2025-01-20", "2025-04"],
        "parties": [alliance("Cao Bằng")],
        "periods": [per(2021, 2025)],
        "awards": [],
        "award_counts": [],
        "people": [pp("Nông Thị Hạnh", "giảng viên Trường Đại học Nông Lâm - Đại học Thái Nguyên"),
                   pp("Lục Văn Khiêm", "Giám đốc Hợp tác xã hạt dẻ Trùng Khánh Xanh"),
                   pp("Đàm Thị Mai", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh Cao Bằng")],
        "authors": ["Lục Thúy", "Hoàng Anh"],
    },
    {   # VOV, Gia Lai (post-merger), no headline in the scrape, bare "Sáng qua" = stamp - 1 day
        "id": "s08",
        "title": None,
        "published": "2025-11-19T08:15",
        "events": [ev("conference", "2025-11-18"), ev("award", "2025-11-18")],
        "dates": ["2025-11-18", "2025-07-01"],
        "parties": [alliance("Gia Lai")],
        "periods": [per(2021, 2025), per(2026, 2030), per(None, 2030)],
        "awards": [aw("Bằng khen", "Hợp tác xã dệt thổ cẩm Plei Ktu")],
        "award_counts": [cnt("Bằng khen", 10, 12), cnt("Giấy khen", 18, 25)],
        "people": [pp("Siu H’Mai", "Giám đốc Hợp tác xã dệt thổ cẩm Plei Ktu"),
                   pp("Đinh Văn Hmưn", "Giám đốc Hợp tác xã Nông nghiệp Dịch vụ Kông Bơ La"),
                   pp("Rơ Châm Blép", "Phó Chủ tịch Ủy ban nhân dân tỉnh Gia Lai")],
        "authors": ["Nguyễn Thảo", "Nay H’Lan"],
    },
    {   # PT-TH Hà Giang, no stamp and no year anywhere in the body: year-less dates
        "id": "s09",
        "title": "Kết nạp thành viên mới cho các hợp tác xã của đồng bào Dao",
        "published": None,
        "events": [ev("membership", "--09-12"), ev("training", "--09-12")],
        "dates": ["--09-12", "--09-30"],
        "parties": [alliance("Hà Giang")],
        "periods": [per(2021, 2025)],
        "awards": [],
        "award_counts": [],
        "people": [pp("Triệu Thị Mẩy", "Giám đốc Hợp tác xã thổ cẩm Dao Đỏ Hồ Thầu"),
                   pp("Đặng Văn Chiêu", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh Hà Giang"),
                   pp("Bàn Văn Lở", "Chủ tịch Ủy ban nhân dân xã Hồ Thầu")],
        "authors": ["Triệu Mai", "Vương Hùng"],
    },
    {   # Báo và PT-TH Lào Cai, emulation cluster no. 1 (8 post-merger provinces); year from the title
        "id": "s10",
        "title": "Cụm thi đua số 1 Liên minh Hợp tác xã các tỉnh miền núi phía Bắc tổng kết phong trào thi đua năm 2025",
        "published": None,
        "events": [ev("conference", "2025-11-20"), ev("award", "2025-11-20"), ev("signing", "2025-11-20")],
        "dates": ["2025-11-20", "2025-07-01", "2025-10-31", "2022-06-16"],
        "parties": [alliance(p) for p in ["Lào Cai", "Tuyên Quang", "Phú Thọ", "Sơn La", "Điện Biên",
                                          "Lai Châu", "Cao Bằng", "Lạng Sơn"]],
        "periods": [per(2025, 2030)],
        "awards": [aw("Cờ thi đua", "Liên minh Hợp tác xã tỉnh Lào Cai", ["Liên minh Hợp tác xã Lào Cai"]),
                   aw("Cờ thi đua", "Liên minh Hợp tác xã tỉnh Tuyên Quang", ["Liên minh Hợp tác xã Tuyên Quang"])],
        "award_counts": [cnt("Cờ thi đua", 2, None), cnt("Bằng khen", 4, 5)],
        "people": [pp("Vũ Quang Triều", "Phó Chủ tịch Liên minh Hợp tác xã Việt Nam"),
                   pp("Sầm Văn Phúc", "Chủ tịch Liên minh Hợp tác xã tỉnh Lào Cai, Cụm trưởng")],
        "authors": ["Lương Thái"],
    },
    {   # LSTV Lạng Sơn, new cooperative launched "Ngày 5-3" (2025), registered 20-2-2025
        "id": "s11",
        "title": "Bắc Sơn: Ra mắt hợp tác xã quýt vàng của đồng bào Tày",
        "published": "2025-03-06T09:40",
        "events": [ev("establishment", "2025-03-05")],
        "dates": ["2025-03-05", "2025-02-20", "2022-01-18"],
        "parties": [party("Hợp tác xã quýt vàng Khuổi Slưởng", "cooperative", "Lạng Sơn",
                          ["Hợp tác xã Khuổi Slưởng"])],
        "periods": [per(2021, 2025), per(None, 2030)],
        "awards": [],
        "award_counts": [],
        "people": [pp("Hoàng Văn Slằn", "Giám đốc Hợp tác xã quýt vàng Khuổi Slưởng"),
                   pp("Lương Thị Nhung", "Phó Chủ tịch Ủy ban nhân dân huyện Bắc Sơn"),
                   pp("Vi Văn Toản", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh Lạng Sơn")],
        "authors": ["Hoàng Huyền", "Lăng Quân"],
    },
    {   # Báo Dân tộc và Phát triển, VCA working visit to Lâm Đồng (post-merger), Kỷ niệm chương
        "id": "s12",
        "title": "Liên minh Hợp tác xã Việt Nam làm việc tại Lâm Đồng",
        "published": "2025-09-12T21:10",
        "events": [ev("visit", "2025-09-12"), ev("award", "2025-09-12")],
        "dates": ["2025-09-12", "2024-07-01"],
        "parties": [VCA, alliance("Lâm Đồng")],
        "periods": [per(2021, 2030), per(None, 2030)],
        "awards": [aw("Kỷ niệm chương", "K’Brơi"), aw("Kỷ niệm chương", "Ka H’Điệp")],
        "award_counts": [cnt("Kỷ niệm chương", None, 3)],
        "people": [pp("Phạm Hữu Nghĩa", "Phó Chủ tịch Liên minh Hợp tác xã Việt Nam"),
                   pp("Lê Thị Kim Oanh", "Chủ tịch Liên minh Hợp tác xã tỉnh Lâm Đồng"),
                   pp("K’Brơi", "Giám đốc Hợp tác xã Nông nghiệp Bon Lang Xanh"),
                   pp("Ka H’Điệp", "Chủ tịch Hội đồng quản trị Quỹ tín dụng nhân dân Lạc Dương")],
        "authors": [],
    },
]

# Map era per article (which gazetteer applies) and the body boundaries: the first line of the body
# (after header, menus, stamps, players) and the line where the body ends (byline / credit line).
META = {
    "s01": ("pre", "(VOV) - Chiều 10/4", "Đinh Thùy/VOV-Tây Bắc"),
    "s02": ("post", "Trong 2 ngày 5 - 6/8", "Phóng viên: Ma Thu Hà"),
    "s03": ("pre", "(Baodantoc.vn) - Ngày 14/5", "Thẻ: Tủa Chùa"),
    "s04": ("pre", "PTTH Yên Bái - Chiều 14/3", "Thu Trang - Quang Hưng (YTV)"),
    "s05": ("pre", "(VOV4) - Từ ngày 5 đến 7/12", "Thạch Sô Phanh/VOV4"),
    "s06": ("post", "Sáng hôm qua (25/8)", "H’Ly Niê - Quang Vinh"),
    "s07": ("pre", "PTTH Cao Bằng - Từ ngày 5 đến 7/3", "Phóng viên: Lục Thúy"),
    "s08": ("post", "(VOV) - Sáng qua", "Nguyễn Thảo - Nay H’Lan/VOV Tây Nguyên"),
    "s09": ("pre", "HGTV - Ngày 12.9", "Triệu Mai - Vương Hùng (HGTV)"),
    "s10": ("post", "Chiều 20/11, tại phường Yên Bái", "Lương Thái"),
    "s11": ("pre", "LSTV - Ngày 5-3", "Hoàng Huyền - Lăng Quân"),
    "s12": ("post", "(Baodantoc.vn) - Sáng 12/9", "Nhóm PV"),
}

# Dates that the body states only relatively ("Sáng qua"), with the cue that must be in the body.
RELATIVE = {("s08", "2025-11-18"): "Sáng qua"}

# ---------------------------------------------------------------- validation


def fold(s):
    """Same folding as score.py: case, diacritics, đ and punctuation folded."""
    s = unicodedata.normalize("NFD", str(s))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.replace("đ", "d").replace("Đ", "D").replace("ð", "d").replace("Ð", "D").lower()
    s = "".join(c if c.isalnum() else " " for c in s)
    return " ".join(s.split())


EXPAND = [(r"\bLMHTX\b", "Liên minh Hợp tác xã"), (r"\bHTX\b", "Hợp tác xã"),
          (r"\bQTDND\b", "Quỹ tín dụng nhân dân"), (r"\bUBND\b", "Ủy ban nhân dân"),
          (r"\bHĐQT\b", "Hội đồng quản trị"), (r"\bNHCSXH\b", "Ngân hàng Chính sách xã hội"),
          (r"\bTHT\b", "Tổ hợp tác"), (r"\bThS\.\s*", "")]


def expand(text):
    for pat, rep in EXPAND:
        text = re.sub(pat, rep, text)
    return text


ABBREV = re.compile(r"\b(HTX|LMHTX|LHHTX|UBND|HĐND|QTDND|QTD|HĐQT|NHCSXH|THT|TP|Tp|KTTT|MTQG|DTTS|"
                    r"DVNN|TMDV|TM|DV|SX|KD|NN|PTNT|VN|VCA|ThS|TS|BCH|BTV)\b\.?")

# Old-style tone placement (DOMAIN.md §1.2): only oa/oe/uy without coda, not after q.
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _split(ch):
    d = unicodedata.normalize("NFD", ch)
    base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
    return base, "".join(c for c in d if c in TONES)


def retone_old(syl):
    parts = [_split(c) for c in unicodedata.normalize("NFC", syl)]
    low = "".join(b for b, _ in parts).lower()
    tone = "".join(t for _, t in parts)
    m = re.fullmatch(r"([^aăâeêioôơuưy]*)(oa|oe|uy)", low)
    if not tone or not m or m.group(1).endswith("q"):
        return syl
    target = len(m.group(1))
    return "".join(unicodedata.normalize("NFC", b + (tone if i == target else "")) for i, (b, _) in enumerate(parts))


def canonical_problems(s, what):
    out = []
    if s != unicodedata.normalize("NFC", s):
        out.append(f"{what}: not NFC: {s!r}")
    if any(c in s for c in "\u00d0\u00f0\u0189\u0256"):
        out.append(f"{what}: eth instead of Đ/đ: {s!r}")
    if "  " in s or s != s.strip():
        out.append(f"{what}: stray spaces: {s!r}")
    m = ABBREV.search(s)
    if m:
        out.append(f"{what}: abbreviation {m.group(0)!r} not expanded: {s!r}")
    for w in re.findall(r"\w+", s):
        if retone_old(w) != w:
            out.append(f"{what}: new-style tone mark {w!r} (canonical {retone_old(w)!r}): {s!r}")
    return out


DATE1 = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$|^(\d{4})-(\d{2})$|^--(\d{2})-(\d{2})$")


def check_date_value(v):
    """True if v is a well-formed ISO date, month, year-less date or a range of them."""
    parts = v.split("/")
    if len(parts) > 2:
        return False
    for p in parts:
        m = DATE1.match(p)
        if not m:
            return False
        try:
            if m.group(1):
                datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            elif m.group(4):
                if not 1 <= int(m.group(5)) <= 12:
                    return False
            else:
                datetime.date(2024, int(m.group(6)), int(m.group(7)))  # leap year allows 29/2
        except ValueError:
            return False
    if len(parts) == 2 and parts[0] >= parts[1]:
        return False
    return True


def day_month_evidence(body, day, month, year=None):
    """Does the body write this day and month (D/M, D.M, D-M, D - M, 'D tháng M'), or a range ending there?"""
    d, m = int(day), int(month)
    pats = [rf"(?<!\d)0?{d}\s*[/.\-]\s*0?{m}(?![\d])", rf"(?<!\d)0?{d}\s+tháng\s+0?{m}(?!\d)"]
    return any(re.search(p, body) for p in pats)


def evidence_for(body, value):
    """Check that each element of a date value is written in the body (ranges: 'A - B/M', 'từ A đến B/M')."""
    parts = value.split("/")
    for i, p in enumerate(parts):
        m = DATE1.match(p)
        if m.group(1):
            y, mo, d = m.group(1), m.group(2), m.group(3)
        elif m.group(4):
            y, mo, d = m.group(4), m.group(5), None
        else:
            y, mo, d = None, m.group(6), m.group(7)
        if d is None:
            if not re.search(rf"tháng\s+0?{int(mo)}\s*[/.\-]\s*{y}|tháng\s+0?{int(mo)}\s+năm\s+{y}", body):
                return False
            continue
        if len(parts) == 2 and i == 0:
            # the first day of a range shares the month written after the second day
            e = DATE1.match(parts[1])
            d2 = int(e.group(3) or e.group(7))
            if not re.search(rf"(?<!\d)0?{int(d)}\s*(?:-|–|đến|và)\s*(?:ngày\s+)?0?{d2}\s*[/.\-]\s*0?{int(mo)}", body):
                return False
            continue
        if not day_month_evidence(body, d, mo):
            return False
    return True


def load_text(aid):
    with open(os.path.join(ART, aid + EXT), encoding="utf-8") as f:
        return f.read()


def body_of(aid, text):
    _, start, end = META[aid]
    i = text.find(start)
    j = text.find(end, i + 1)
    if i < 0 or j < 0:
        return None
    return text[i:j]


def validate(records):
    problems = []
    files = sorted(f[:-len(EXT)] for f in os.listdir(ART) if f.endswith(EXT))
    ids = [r.get("id") for r in records]
    if sorted(ids) != files or len(set(ids)) != len(ids):
        problems.append(f"ids {sorted(ids)} do not match article files {files}")
    for r in records:
        aid = r.get("id")
        P = lambda msg: problems.append(f"{aid}: {msg}")  # noqa: E731
        if list(r.keys()) != KEYS:
            P(f"keys {list(r.keys())} differ from the dev shape {KEYS}")
            continue
        if aid not in META:
            P("no META entry")
            continue
        text = load_text(aid)
        if text != unicodedata.normalize("NFC", text):
            P("article text is not NFC")
        words = len(text.split())
        if not 250 <= words <= 900:
            P(f"{words} words, outside 250-900")
        body = body_of(aid, text)
        if body is None:
            P("body markers not found")
            continue
        fbody, ftext = fold(expand(body)), fold(expand(text))
        era = META[aid][0]

        # title
        t = r["title"]
        if t is not None:
            if not isinstance(t, str) or fold(t) not in {fold(l) for l in text.splitlines()}:
                P(f"title is not a line of the article: {t!r}")
        # published
        pub = r["published"]
        if pub is not None:
            m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?", pub)
            if not m:
                P(f"published not ISO: {pub!r}")
            else:
                y, mo, d, hh, mi = m.groups()
                datetime.date(int(y), int(mo), int(d))
                stamp = rf"0?{int(d)}/{mo}/{y}|0?{int(d)}/{int(mo)}/{y}"
                lines = text.splitlines()
                hits = [i for i, l in enumerate(lines)
                        if re.search(stamp, l) and (hh is None or f"{hh}:{mi}" in l)]
                # the stamp sits next to the headline (or, with no headline, just before the lead);
                # a site clock or a schedule date further away does not count
                anchor = ([i for i, l in enumerate(lines) if t is not None and fold(l) == fold(t)] or
                          [i for i, l in enumerate(lines) if l.startswith(META[aid][1])])[0]
                near = [i for i in hits if abs(i - anchor) <= 3 or (t is None and 0 < anchor - i <= 6)]
                if not near:
                    P(f"published stamp {pub} not found next to the headline/lead")
                elif body.find(lines[near[0]]) >= 0:
                    P(f"published stamp line is inside the body: {lines[near[0]]!r}")
                elif hh is None and re.search(r"\b\d{1,2}:\d{2}\b", lines[near[0]]):
                    P(f"the stamp {lines[near[0]]!r} has a time but published {pub} has none")
        # dates
        dates = r["dates"]
        if not isinstance(dates, list) or len(set(dates)) != len(dates):
            P("dates must be a list of distinct values")
            dates = []
        for v in dates:
            if not isinstance(v, str) or not check_date_value(v):
                P(f"bad date value {v!r}")
                continue
            if (aid, v) in RELATIVE:
                if RELATIVE[(aid, v)] not in body:
                    P(f"relative date {v} without its cue {RELATIVE[(aid, v)]!r} in the body")
                continue
            if not evidence_for(body, v):
                P(f"date {v} has no day/month evidence inside the body")
        # events
        seen = set()
        for e in r["events"]:
            if set(e) != {"type", "date"} or e["type"] not in EVENT_TYPES:
                P(f"bad event {e}")
                continue
            if e["type"] in seen:
                P(f"event type {e['type']} listed twice")
            seen.add(e["type"])
            if e["date"] is not None and e["date"] not in dates:
                P(f"event date {e['date']} is not in dates")
        # parties
        for p in r["parties"]:
            if not {"name", "kind", "province"} <= set(p) or p["kind"] not in PARTY_KINDS:
                P(f"bad party {p}")
                continue
            problems.extend(f"{aid}: {x}" for x in canonical_problems(p["name"], "party"))
            prov = p["province"]
            if prov is not None:
                valid = POST if era == "post" else PRE
                if prov not in valid:
                    P(f"province {prov!r} is not a {era}-merger unit")
                if fold(prov) not in fbody:
                    P(f"province {prov!r} not named in the body")
            if p["kind"] == "cooperative_alliance":
                if prov is None and p["name"] != "Liên minh Hợp tác xã Việt Nam":
                    pass  # an unresolved "Liên minh Hợp tác xã tỉnh" would be allowed (dev p013)
                elif prov is not None and p != alliance(prov):
                    P(f"alliance not in canonical form: {p}")
                if prov is None and fold(p["name"]) not in fbody:
                    P(f"party {p['name']!r} not in the body")
            else:
                names = [p["name"]] + p.get("aliases", [])
                if not any(fold(expand(n)) in fbody for n in names):
                    P(f"party {p['name']!r} (or an alias) not found in the body")
        # periods
        keys = set()
        for q in r["periods"]:
            s, e = q.get("start"), q.get("end")
            if set(q) != {"start", "end"} or not isinstance(e, int) or (s is not None and not isinstance(s, int)):
                P(f"bad period {q}")
                continue
            if s is not None and not (s <= e and e - s <= 20):
                P(f"implausible period {q}")
            k = f"{s}-{e}"
            if k in keys:
                P(f"period {k} twice")
            keys.add(k)
            if s is None:
                if not re.search(rf"đến năm {e}", body):
                    P(f"horizon {e} has no 'đến năm {e}' in the body")
            elif not re.search(rf"{s}\s*[-–]\s*{e}", body):
                P(f"period {s}-{e} not written in the body")
        # awards
        for a in r["awards"]:
            if not {"award", "recipient"} <= set(a) or a["award"] not in AWARDS:
                P(f"bad award {a}")
                continue
            problems.extend(f"{aid}: {x}" for x in canonical_problems(a["recipient"], "award recipient"))
            names = [a["recipient"]] + a.get("aliases", [])
            if not any(fold(expand(n)) in fbody for n in names):
                P(f"award recipient {a['recipient']!r} not in the body")
            if fold(a["award"].split(" hạng")[0]) not in fbody:
                P(f"award {a['award']!r} not named in the body")
        ckeys = set()
        for c in r["award_counts"]:
            if set(c) != {"award", "collectives", "individuals"} or c["award"] not in AWARDS:
                P(f"bad award count {c}")
                continue
            col, ind = c["collectives"], c["individuals"]
            if col is None and ind is None:
                P(f"award count without numbers {c}")
            for n, word in ((col, "tập thể|đơn vị"), (ind, "cá nhân")):
                if n is not None and not re.search(rf"(?<!\d)0?{n}\s+(?:{word})", body):
                    P(f"count {n} ({word}) not written in the body for {c['award']}")
            k = (c["award"], col, ind)
            if k in ckeys:
                P(f"award count {k} twice")
            ckeys.add(k)
        # people and authors
        for person in r["people"]:
            if set(person) != {"name", "title"}:
                P(f"bad person {person}")
                continue
            problems.extend(f"{aid}: {x}" for x in canonical_problems(person["name"], "person"))
            if person["title"] is not None:
                problems.extend(f"{aid}: {x}" for x in canonical_problems(person["title"], "title"))
            if fold(person["name"]) not in fbody:
                P(f"person {person['name']!r} not in the body")
        for au in r["authors"]:
            if not isinstance(au, str):
                P(f"bad author {au!r}")
                continue
            problems.extend(f"{aid}: {x}" for x in canonical_problems(au, "author"))
            if fold(au) not in ftext:
                P(f"author {au!r} not in the text")
            if fold(au) in {fold(x["name"]) for x in r["people"]}:
                P(f"author {au!r} also listed as a person of the body")
    return problems


def main():
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            records = [json.loads(l) for l in f if l.strip()]
    else:
        records = GOLD
        with open(OUT, "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"wrote {len(records)} records to {OUT}")
    problems = validate(records)
    for p in problems:
        print("PROBLEM", p)
    if problems:
        sys.exit(1)
    print(f"validated {len(records)} records: no problems")


if __name__ == "__main__":
    main()

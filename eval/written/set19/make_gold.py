#!/usr/bin/env python3
"""Write and validate the gold records of the eval19 set (older local sources, 2015-2020).

usage: python3 make_gold.py            # writes gold.jsonl next to this script, then validates it

The records follow the shape of ../shared/eval/dev.gold.jsonl: plain values, no spans.
Every value was annotated by hand from the article text by the conventions of
/work/shared/SCHEMA.md and the dev gold (see NOTES.md for the judgement calls).
Validation checks: one line per article, field shapes, ISO dates (real calendar days),
canonical names (NFC, expanded abbreviations, old-style tone marks, known provinces),
and that names, titles, years and dates can be found in the article body
(before the byline, so that nothing comes from site furniture).
Standard library only.
"""
import json
import os
import re
import sys
import unicodedata
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = os.path.join(HERE, "articles")
OUT = os.path.join(HERE, "gold.jsonl")


def alliance(province, unit="tỉnh"):
    if province == "Hồ Chí Minh":
        name = "Liên minh Hợp tác xã Thành phố Hồ Chí Minh"
    else:
        name = f"Liên minh Hợp tác xã {unit} {province}"
    return {"name": name, "kind": "cooperative_alliance", "province": province}


def party(name, kind, province=None, aliases=None):
    p = {"name": name, "kind": kind, "province": province}
    if aliases:
        p["aliases"] = aliases
    return p


def award(aw, recipient, aliases=None):
    a = {"award": aw, "recipient": recipient}
    if aliases:
        a["aliases"] = aliases
    return a


def count(aw, collectives, individuals):
    return {"award": aw, "collectives": collectives, "individuals": individuals}


def per(start, end):
    return {"start": start, "end": end}


def ev(t, d):
    return {"type": t, "date": d}


def person(name, title):
    return {"name": name, "title": title}


# body_end: the first line that is no longer article body (the byline); everything from it on
# is byline or site furniture, and gold values must be findable before it.
GOLD = [
    dict(
        id="s01",
        body_end="Hồng Nhung - Phòng NN&PTNT huyện",
        title="RA MẮT HỢP TÁC XÃ NÔNG LÂM NGHIỆP BẢN TÀN, XÃ NGỌC PHÁI",
        published="2018-05-12",
        events=[ev("establishment", "2018-05-10"), ev("membership", "2018-05-10")],
        dates=["2018-05-10", "2018-04-25"],
        parties=[party("Hợp tác xã Nông lâm nghiệp Bản Tàn", "cooperative", "Bắc Kạn")],
        periods=[per(None, 2020), per(2016, 2020)],
        awards=[],
        award_counts=[],
        people=[
            person("Hoàng Văn Thạch", "Phó Bí thư Thường trực Huyện ủy, Chủ tịch Hội đồng nhân dân huyện Chợ Đồn"),
            person("Ma Thị Huyền", "Phó Chủ tịch Ủy ban nhân dân huyện Chợ Đồn"),
            person("Triệu Văn Sinh", "Chủ tịch Hội đồng quản trị kiêm Giám đốc Hợp tác xã Nông lâm nghiệp Bản Tàn"),
            person("Nông Thị Lan", "Trưởng Ban kiểm soát Hợp tác xã Nông lâm nghiệp Bản Tàn"),
        ],
        authors=["Hồng Nhung"],
    ),
    dict(
        id="s02",
        body_end="BBT",
        title="Hợp tác xã Chè Shan tuyết Hồ Thầu tổ chức Đại hội thành viên nhiệm kỳ 2020 - 2025",
        published="2020-03-09",
        events=[ev("congress", "2020-03-05"), ev("award", "2020-03-05")],
        dates=["2020-03-05", "2018-06-12"],
        parties=[party("Hợp tác xã Chè Shan tuyết Hồ Thầu", "cooperative", "Hà Giang",
                       ["Hợp tác xã (HTX) Chè Shan tuyết Hồ Thầu"])],
        periods=[per(2020, 2025), per(2015, 2020), per(2018, 2025), per(None, 2025)],
        awards=[
            award("Giấy khen", "Hợp tác xã Chè Shan tuyết Hồ Thầu", ["Hợp tác xã (HTX) Chè Shan tuyết Hồ Thầu"]),
            award("Giấy khen", "Lù Seo Chính"),
            award("Giấy khen", "Hoàng Văn Páo"),
        ],
        award_counts=[count("Giấy khen", None, 2)],
        people=[
            person("Hoàng Thị Thơm", "Phó Chủ tịch Ủy ban nhân dân huyện Hoàng Su Phì"),
            person("Lù Seo Chính", "Chủ tịch Hội đồng quản trị Hợp tác xã Chè Shan tuyết Hồ Thầu"),
            person("Hoàng Văn Páo", "Giám đốc Hợp tác xã Chè Shan tuyết Hồ Thầu"),
            person("Sèn Thị Mai", "Kiểm soát viên Hợp tác xã Chè Shan tuyết Hồ Thầu"),
        ],
        authors=[],
    ),
    dict(
        id="s03",
        body_end="Thanh Hải - Văn phòng Liên minh HTX tỉnh",
        title="Đại hội đại biểu Liên minh HTX tỉnh Quảng Bình lần thứ IV, nhiệm kỳ 2015 - 2020",
        published="2015-07-31T09:12",
        events=[ev("congress", "2015-07-29/2015-07-30"), ev("award", "2015-07-29")],
        dates=["2015-07-29/2015-07-30", "2015-07-29", "2015-07-10"],
        parties=[alliance("Quảng Bình")],
        periods=[per(2015, 2020), per(2010, 2015), per(None, 2020)],
        awards=[
            award("Huân chương Lao động hạng Ba", "Hợp tác xã Dịch vụ nông nghiệp Cam Thủy",
                  ["Hợp tác xã Dịch vụ nông nghiệp Cam Thủy (huyện Lệ Thủy)"]),
            award("Cờ thi đua", "Liên minh Hợp tác xã tỉnh Quảng Bình"),
        ],
        award_counts=[count("Bằng khen", 6, 4), count("Bằng khen", 10, 12)],
        people=[
            person("Trần Minh Quân", "Phó Chủ tịch Liên minh Hợp tác xã Việt Nam"),
            person("Lê Xuân Thịnh", "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh Quảng Bình"),
            person("Phan Văn Lợi", "Chủ tịch Liên minh Hợp tác xã tỉnh Quảng Bình"),
        ],
        authors=["Thanh Hải"],
    ),
    dict(
        id="s04",
        body_end="Phạm Hoa (Văn phòng LMHTX tỉnh)",
        title="ĐẠI HỘI ĐẠI BIỂU LIÊN MINH HỢP TÁC XÃ TỈNH TUYÊN QUANG LẦN THỨ V, NHIỆM KỲ 2020-2025 THÀNH CÔNG TỐT ĐẸP",
        published="2020-08-20",
        events=[ev("congress", "2020-08-18"), ev("award", "2020-08-18")],
        dates=["2020-08-18", "2020-06-10"],
        parties=[alliance("Tuyên Quang")],
        periods=[per(2020, 2025), per(2015, 2020), per(None, 2025), per(None, 2030), per(2021, 2025)],
        awards=[award("Cờ thi đua", "Liên minh Hợp tác xã tỉnh Tuyên Quang", ["Liên minh Hợp tác xã tỉnh"])],
        award_counts=[count("Bằng khen", 5, 7), count("Giấy khen", 12, 20)],
        people=[
            person("Nguyễn Thanh Tâm", "Phó Chủ tịch Liên minh Hợp tác xã Việt Nam"),
            person("Hà Văn Lực", "Phó Bí thư Tỉnh ủy, Chủ tịch Hội đồng nhân dân tỉnh Tuyên Quang"),
            person("Triệu Thị Bích", "Phó Chủ tịch Ủy ban nhân dân tỉnh Tuyên Quang"),
            person("Ma Thế Hùng", "Chủ tịch Liên minh Hợp tác xã tỉnh Tuyên Quang"),
        ],
        authors=["Phạm Hoa"],
    ),
    dict(
        id="s05",
        body_end="Đức Anh - Đài TT-TH Yên Thành",
        title="Yên Thành: Sơ kết 3 năm thực hiện Luật Hợp tác xã năm 2012",
        published="2016-08-04T16:40",
        events=[ev("conference", "2016-08-03"), ev("award", "2016-08-03")],
        dates=["2016-08-03", "2013-07-01", "2014-03-14", "2016-06-30", "2016-07-01"],
        parties=[party("Ủy ban nhân dân huyện Yên Thành", "government", "Nghệ An")],
        periods=[per(2013, 2016), per(2016, 2020)],
        awards=[],
        award_counts=[count("Giấy khen", 4, 6)],
        people=[
            person("Phan Đình Tâm", "Ủy viên Ban Thường vụ Huyện ủy, Phó Chủ tịch Ủy ban nhân dân huyện Yên Thành"),
            person("Trần Thị Hà", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh Nghệ An"),
            person("Nguyễn Hữu Quý", "Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện Yên Thành"),
        ],
        authors=["Đức Anh"],
    ),
    dict(
        id="s06",
        body_end="Minh Phương - Trung tâm VH-TT&TT huyện",
        title="Đoàn công tác Liên minh HTX Việt Nam làm việc tại huyện Bố Trạch",
        published="2019-08-26T08:15",
        events=[ev("visit", "2019-08-25")],
        dates=["2019-08-25", "2002-03-18", "2019-06", "2019-08-26"],
        parties=[
            party("Liên minh Hợp tác xã Việt Nam", "cooperative_alliance", None),
            party("Ủy ban nhân dân huyện Bố Trạch", "government", "Quảng Bình"),
        ],
        periods=[per(2019, 2025)],
        awards=[],
        award_counts=[],
        people=[
            person("Đặng Quang Vinh", "Ủy viên Ban Thường vụ, Trưởng ban Tuyên truyền - Thi đua Liên minh Hợp tác xã Việt Nam"),
            person("Trần Văn Tuân", "Phó Chủ tịch Ủy ban nhân dân huyện Bố Trạch"),
        ],
        authors=["Minh Phương"],
    ),
    dict(
        id="s07",
        body_end="Hà Linh",
        title="Huyện Thọ Xuân tổng kết phong trào thi đua phát triển kinh tế tập thể giai đoạn 2015 - 2019",
        published="2019-12-17",
        events=[ev("conference", "2019-12-16"), ev("award", "2019-12-16")],
        dates=["2019-12-16", "2016-07-25", "2019-12-02"],
        parties=[party("Ủy ban nhân dân huyện Thọ Xuân", "government", "Thanh Hóa")],
        periods=[per(2015, 2019), per(2016, 2020), per(None, 2025)],
        awards=[
            award("Bằng khen", "Hợp tác xã Dịch vụ nông nghiệp Xuân Phong", ["Hợp tác xã DVNN Xuân Phong"]),
            award("Bằng khen", "Hợp tác xã Dịch vụ nông nghiệp Thọ Hải", ["Hợp tác xã DVNN Thọ Hải"]),
            award("Bằng khen", "Nguyễn Đình Luyện"),
            award("Cờ thi đua", "Hợp tác xã Nông nghiệp Thọ Lâm"),
        ],
        award_counts=[count("Bằng khen", 2, 1), count("Giấy khen", 9, 14)],
        people=[
            person("Lê Văn Bình", "Phó Bí thư Thường trực Huyện ủy, Chủ tịch Hội đồng nhân dân huyện Thọ Xuân"),
            person("Trịnh Thị Nga", "Phó Chủ tịch Ủy ban nhân dân huyện Thọ Xuân"),
            person("Nguyễn Đình Luyện", "Giám đốc Hợp tác xã Dịch vụ nông nghiệp Xuân Phong"),
        ],
        authors=["Hà Linh"],
    ),
    dict(
        id="s08",
        body_end="Vũ Thị Hương - Kế toán QTDND Vũ Hội",
        title="QTDND Vũ Hội tổ chức thành công Đại hội thành viên nhiệm kỳ 2020 - 2025",
        published="2020-01-17",
        events=[ev("congress", "2020-01-15"), ev("award", "2020-01-15")],
        dates=["2020-01-15", "2019-12-31"],
        parties=[party("Quỹ tín dụng nhân dân Vũ Hội", "credit_fund", "Thái Bình",
                       ["Quỹ tín dụng nhân dân (QTDND) Vũ Hội"])],
        periods=[per(2020, 2025), per(2015, 2020), per(None, 2025), per(2018, 2019)],
        awards=[award("Bằng khen", "Quỹ tín dụng nhân dân Vũ Hội")],
        award_counts=[count("Giấy khen", None, 2)],
        people=[
            person("Phạm Văn Thắng", "Phó Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh Thái Bình"),
            person("Bùi Văn Sơn", "Bí thư Đảng ủy, Chủ tịch Hội đồng nhân dân xã Vũ Hội"),
            person("Nguyễn Thị Thu Hằng", "Chủ tịch Hội đồng quản trị Quỹ tín dụng nhân dân Vũ Hội"),
            person("Đỗ Văn Kiên", "Giám đốc Quỹ tín dụng nhân dân Vũ Hội"),
            person("Vũ Thị Nhài", "Trưởng Ban kiểm soát Quỹ tín dụng nhân dân Vũ Hội"),
        ],
        authors=["Vũ Thị Hương"],
    ),
    dict(
        id="s09",
        body_end="Thu Hà - Trạm Khuyến nông Lý Nhân",
        title="Tập huấn nâng cao năng lực quản lý cho cán bộ HTX nông nghiệp huyện Lý Nhân",
        published="2018-03-09",
        events=[ev("training", "2018-03-05/2018-03-07"), ev("congress", "2018-02-28"),
                ev("establishment", "2018-02-28")],
        dates=["2018-03-05/2018-03-07", "2018-02-28", "2013-11-21", "2014-12-15"],
        parties=[
            party("Trung tâm Khuyến nông tỉnh Hà Nam", "government", "Hà Nam"),
            party("Phòng Nông nghiệp và Phát triển nông thôn huyện Lý Nhân", "government", "Hà Nam",
                  ["Phòng Nông nghiệp và PTNT huyện Lý Nhân"]),
        ],
        periods=[per(2015, 2020), per(None, 2020)],
        awards=[],
        award_counts=[],
        people=[person("Trần Quang Huy", "Phó Giám đốc Trung tâm Khuyến nông tỉnh Hà Nam")],
        authors=["Thu Hà"],
    ),
    dict(
        id="s10",
        body_end="Văn Khoa - Cán bộ VH-TT xã",
        title="ĐẠI HỘI THÀNH LẬP HTX DỊCH VỤ NÔNG NGHIỆP VÀ NUÔI TRỒNG THỦY SẢN HẢI ANH XANH",
        published=None,
        events=[ev("congress", "2017-09-12"), ev("establishment", "2017-09-12")],
        dates=["2017-09-12", "2017-09-30"],
        parties=[party("Hợp tác xã Dịch vụ nông nghiệp và Nuôi trồng thủy sản Hải Anh Xanh", "cooperative", "Nam Định")],
        periods=[per(2017, 2020), per(None, 2020)],
        awards=[],
        award_counts=[],
        people=[
            person("Phạm Văn Toản", "Bí thư Đảng ủy xã Hải Anh"),
            person("Đoàn Minh Tuấn", "Phó Chủ tịch Ủy ban nhân dân xã Hải Anh"),
            person("Trần Văn Hưng", "Chủ tịch Hội đồng quản trị kiêm Giám đốc Hợp tác xã Dịch vụ nông nghiệp và Nuôi trồng thủy sản Hải Anh Xanh"),
            person("Vũ Thị Liên", "Kiểm soát viên Hợp tác xã Dịch vụ nông nghiệp và Nuôi trồng thủy sản Hải Anh Xanh"),
        ],
        authors=["Văn Khoa"],
    ),
    dict(
        id="s11",
        body_end="Hoàng Yến",
        title="HTX NÔNG NGHIỆP - DỊCH VỤ EA YÔNG ĐÓN NHẬN HUÂN CHƯƠNG LAO ĐỘNG HẠNG BA",
        published="2018-04-24",
        events=[ev("award", "2018-04-22")],
        dates=["2018-04-22", "2018-03", "2017-11-14"],
        parties=[party("Hợp tác xã Nông nghiệp - Dịch vụ Ea Yông", "cooperative", "Đắk Lắk",
                       ["Hợp tác xã Nông nghiệp - Dịch vụ Ea Yông (xã Ea Yông)"])],
        periods=[per(1998, 2018), per(2018, 2023)],
        awards=[
            award("Huân chương Lao động hạng Ba", "Hợp tác xã Nông nghiệp - Dịch vụ Ea Yông",
                  ["Hợp tác xã Nông nghiệp - Dịch vụ Ea Yông (xã Ea Yông)"]),
            award("Kỷ niệm chương", "Lê Văn Quang"),
            award("Kỷ niệm chương", "H'Luyến Êban"),
            award("Bằng khen", "Hợp tác xã Nông nghiệp - Dịch vụ Ea Yông",
                  ["Hợp tác xã Nông nghiệp - Dịch vụ Ea Yông (xã Ea Yông)"]),
        ],
        award_counts=[count("Giấy khen", None, 5)],
        people=[
            person("Y Khim Niê", "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk"),
            person("Nguyễn Hữu Thắng", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh Đắk Lắk"),
            person("Lê Văn Quang", "Giám đốc Hợp tác xã Nông nghiệp - Dịch vụ Ea Yông"),
            person("H'Luyến Êban", "Kế toán trưởng Hợp tác xã Nông nghiệp - Dịch vụ Ea Yông"),
        ],
        authors=["Hoàng Yến"],
    ),
    dict(
        id="s12",
        body_end="Ban Quản trị website",
        title="Đại hội thành viên thường niên năm 2016: HTX Cà phê Tân Hà Xanh hoàn thành chuyển đổi theo Luật HTX 2012",
        published=None,
        events=[ev("congress", "2016-03-28"), ev("membership", "2016-03-28")],
        dates=["2016-03-28", "2013-07-01", "2016-07-01"],
        parties=[party("Hợp tác xã Cà phê Tân Hà Xanh", "cooperative", "Lâm Đồng")],
        periods=[per(2016, 2021), per(None, 2020)],
        awards=[],
        award_counts=[],
        people=[
            person("Nguyễn Thị Bích Ngọc", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh Lâm Đồng"),
            person("K'Brel", "Phó Chủ tịch Ủy ban nhân dân xã Tân Hà"),
            person("Phan Văn Thuận", "Chủ tịch Hội đồng quản trị kiêm Giám đốc Hợp tác xã Cà phê Tân Hà Xanh"),
            person("Lê Thị Kim Oanh", "Trưởng Ban kiểm soát Hợp tác xã Cà phê Tân Hà Xanh"),
        ],
        authors=[],
    ),
]

FIELDS = ["id", "title", "published", "events", "dates", "parties", "periods", "awards",
          "award_counts", "people", "authors"]
EVENT_TYPES = {"signing", "award", "conference", "congress", "trade_promotion", "membership",
               "establishment", "visit", "training", "other"}
PARTY_KINDS = {"cooperative_alliance", "cooperative", "cooperative_union", "credit_fund", "government",
               "bank", "enterprise", "association", "other"}
AWARDS = {"Cờ thi đua", "Bằng khen", "Giấy khen", "Kỷ niệm chương", "Huân chương Lao động hạng Nhất",
          "Huân chương Lao động hạng Nhì", "Huân chương Lao động hạng Ba"}
# The 63 provincial units before 1 July 2025 (all articles here are 2015-2020).
PROVINCES = set("""Hà Nội|Hà Giang|Cao Bằng|Bắc Kạn|Tuyên Quang|Lào Cai|Điện Biên|Lai Châu|Sơn La|Yên Bái|
Hòa Bình|Thái Nguyên|Lạng Sơn|Quảng Ninh|Bắc Giang|Phú Thọ|Vĩnh Phúc|Bắc Ninh|Hải Dương|Hải Phòng|Hưng Yên|
Thái Bình|Hà Nam|Nam Định|Ninh Bình|Thanh Hóa|Nghệ An|Hà Tĩnh|Quảng Bình|Quảng Trị|Thừa Thiên Huế|Đà Nẵng|
Quảng Nam|Quảng Ngãi|Bình Định|Phú Yên|Khánh Hòa|Ninh Thuận|Bình Thuận|Kon Tum|Gia Lai|Đắk Lắk|Đắk Nông|
Lâm Đồng|Bình Phước|Tây Ninh|Bình Dương|Đồng Nai|Bà Rịa - Vũng Tàu|Hồ Chí Minh|Long An|Tiền Giang|Bến Tre|
Trà Vinh|Vĩnh Long|Đồng Tháp|An Giang|Kiên Giang|Cần Thơ|Hậu Giang|Sóc Trăng|Bạc Liêu|Cà Mau""".replace("\n", "").split("|"))
CITIES = {"Hà Nội", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"}
# Abbreviations that must be expanded in canonical names and titles (SCHEMA.md, "Canonical text").
ABBREV = re.compile(r"\b(HTX|LMHTX|LM HTX|LHHTX|THT|QTDND|QTD|KTTT|UBND|HĐND|HĐQT|BTV|BCH|TP|NN&PTNT|PTNT|DVNN|TM|DV|SX|KD)\b")
NEW_STYLE_TONES = re.compile(r"(?i)(?<![q])(oà|oá|oả|oã|oạ|oè|oé|oẻ|oẽ|oẹ|uỳ|uý|uỷ|uỹ|uỵ)(?![a-zà-ỹđ])")
ISO_DAY = r"(\d{4}-\d{2}-\d{2}|--\d{2}-\d{2})"
DATE_RE = re.compile(rf"^({ISO_DAY}(/{ISO_DAY})?|\d{{4}}-\d{{2}})$")
PUB_RE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
# header clocks ("Thứ Hai, 21/05/2018", "Hôm nay: Thứ Năm, 27/08/2020") are not publication stamps
CLOCK_RE = re.compile(r"^(Hôm nay:\s*)?(Thứ|Chủ nhật)")
STAMP_WORDS = re.compile(r"Ngày đăng|Cập nhật|Đăng lúc")


def fold(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.replace("đ", "d").replace("Đ", "D").lower()
    return " ".join("".join(c if c.isalnum() else " " for c in s).split())


def read_article(aid):
    with open(os.path.join(ARTICLES, aid + ".txt"), encoding="utf-8", newline="") as f:
        return f.read()


def body_of(text, body_end):
    lines = text.replace("\r\n", "\n").split("\n")
    idx = [i for i, ln in enumerate(lines) if ln.strip() == body_end]
    if not idx:
        raise ValueError(f"byline line {body_end!r} not found")
    return "\n".join(lines[: idx[-1]]), "\n".join(lines[idx[-1]:])


def check_day(v, problems, where):
    if v.startswith("--"):
        m, d = int(v[2:4]), int(v[5:7])
        try:
            date(2000, m, d)
        except ValueError:
            problems.append(f"{where}: impossible day {v}")
        return
    try:
        date.fromisoformat(v)
    except ValueError:
        problems.append(f"{where}: impossible date {v}")


def check_date_value(v, problems, where):
    if not isinstance(v, str) or not DATE_RE.match(v):
        problems.append(f"{where}: not an ISO date/month/range: {v!r}")
        return
    if "/" in v:
        a, b = v.split("/")
        check_day(a, problems, where)
        check_day(b, problems, where)
        if a >= b:
            problems.append(f"{where}: range not increasing {v}")
    elif len(v) == 7 and not v.startswith("--"):
        if not 1 <= int(v[5:7]) <= 12:
            problems.append(f"{where}: impossible month {v}")
    else:
        check_day(v, problems, where)


def date_in_body(v, body):
    """Is there a surface form of this date (day-month, or month-year) in the body text?"""
    def dm_pattern(day, month):
        return (rf"(?<!\d)0?{day}\s*[/.\-]\s*0?{month}(?!\d)|"
                rf"(?<!\d)0?{day}\s+tháng\s+0?{month}(?!\d)")
    if "/" in v:  # a range: both ends must show up (the start may be a bare day "5 đến 7/3")
        a, b = v.split("/")
        _, bm, bd = b.lstrip("-").split("-") if not b.startswith("--") else ("", b[2:4], b[5:7])
        ad = a[-2:]
        return bool(re.search(dm_pattern(int(bd), int(bm)), body)) and bool(
            re.search(rf"(?<!\d)0?{int(ad)}(?!\d)", body))
    if len(v) == 7 and not v.startswith("--"):
        y, m = v.split("-")
        return bool(re.search(rf"tháng\s+0?{int(m)}\s*/\s*{y}", body))
    m, d = (v[2:4], v[5:7]) if v.startswith("--") else (v[5:7], v[8:10])
    return bool(re.search(dm_pattern(int(d), int(m)), body))


def check_name(name, problems, where, allow_abbrev=False):
    if not isinstance(name, str) or not name.strip():
        problems.append(f"{where}: empty name")
        return
    if unicodedata.normalize("NFC", name) != name:
        problems.append(f"{where}: not NFC: {name!r}")
    if "Ð" in name or "ð" in name:
        problems.append(f"{where}: eth instead of Đ/đ: {name!r}")
    if not allow_abbrev and ABBREV.search(name):
        problems.append(f"{where}: unexpanded abbreviation in {name!r}")
    if NEW_STYLE_TONES.search(name):
        problems.append(f"{where}: new-style tone mark in {name!r}")
    if name != " ".join(name.split()):
        problems.append(f"{where}: irregular spaces in {name!r}")


def validate(records):
    problems = []
    ids = sorted(f[:-4] for f in os.listdir(ARTICLES) if f.endswith(".txt"))
    got = [r["id"] for r in records]
    if sorted(got) != ids or len(set(got)) != len(got):
        problems.append(f"ids {got} do not match articles {ids}")
    for r in records:
        aid = r["id"]
        text = read_article(aid)
        body, tail = body_of(text, BODY_END[aid])
        fbody = fold(body)
        if list(r) != FIELDS:
            problems.append(f"{aid}: fields {list(r)} != {FIELDS}")
        # title: a line of the article (trailing period dropped), before the body starts
        t = r["title"]
        if t is not None:
            check_name(t, problems, f"{aid} title", allow_abbrev=True)
            if t not in [ln.strip().rstrip(".") for ln in body.split("\n")]:
                problems.append(f"{aid}: title is not a line of the article")
        # published: ISO, and the stamp line must carry the same day
        p = r["published"]
        if p is not None:
            if not PUB_RE.match(p):
                problems.append(f"{aid}: published not ISO: {p}")
            else:
                y, m, d = p[:10].split("-")
                stamp_lines = [ln for ln in body.split("\n") if re.search(rf"0?{int(d)}/0?{int(m)}/{y}", ln)
                               and not CLOCK_RE.match(ln.strip())]
                if not stamp_lines:
                    problems.append(f"{aid}: published {p} not found as a stamp (site clocks do not count)")
                elif "T" in p and p[11:] not in stamp_lines[0]:
                    problems.append(f"{aid}: published time {p[11:]} not on the stamp line")
        elif any(STAMP_WORDS.search(ln) for ln in body.split("\n")):
            problems.append(f"{aid}: published is null but the page has a stamp line")
        # events
        seen = set()
        for e in r["events"]:
            if set(e) != {"type", "date"} or e["type"] not in EVENT_TYPES:
                problems.append(f"{aid}: bad event {e}")
            if e["date"] is not None:
                check_date_value(e["date"], problems, f"{aid} event")
                if e["date"] not in r["dates"]:
                    problems.append(f"{aid}: event date {e['date']} not in dates")
            if (e["type"], e["date"]) in seen:
                problems.append(f"{aid}: duplicate event {e}")
            seen.add((e["type"], e["date"]))
        # dates
        if len(set(r["dates"])) != len(r["dates"]):
            problems.append(f"{aid}: duplicate dates")
        for v in r["dates"]:
            check_date_value(v, problems, f"{aid} dates")
            if not date_in_body(v, body):
                problems.append(f"{aid}: date {v} has no surface form in the body")
            if p and v == p[:10] and not date_in_body(v, body.split(p[8:10] + "/" + p[5:7], 1)[-1]):
                problems.append(f"{aid}: date {v} seems to be only the publication stamp")
        # parties
        for pa in r["parties"]:
            if set(pa) - {"name", "kind", "province", "aliases"} or pa.get("kind") not in PARTY_KINDS:
                problems.append(f"{aid}: bad party {pa}")
                continue
            check_name(pa["name"], problems, f"{aid} party")
            prov = pa["province"]
            if prov is not None and prov not in PROVINCES:
                problems.append(f"{aid}: unknown province {prov!r}")
            if pa["kind"] == "cooperative_alliance":
                if prov is None:
                    if pa["name"] != "Liên minh Hợp tác xã Việt Nam":
                        problems.append(f"{aid}: alliance without province {pa['name']!r}")
                else:
                    unit = "thành phố" if prov in CITIES else "tỉnh"
                    want = alliance(prov, unit)["name"]
                    if pa["name"] != want:
                        problems.append(f"{aid}: alliance name {pa['name']!r} != {want!r}")
        # periods
        keys = set()
        for pe in r["periods"]:
            s, e = pe.get("start"), pe.get("end")
            if set(pe) != {"start", "end"} or not isinstance(e, int) or (s is not None and not isinstance(s, int)):
                problems.append(f"{aid}: bad period {pe}")
                continue
            if s is not None and not (s <= e <= s + 20):
                problems.append(f"{aid}: implausible period {pe}")
            for yv in [x for x in (s, e) if x is not None]:
                if str(yv) not in body:
                    problems.append(f"{aid}: period year {yv} not in body")
            k = (s, e)
            if k in keys:
                problems.append(f"{aid}: duplicate period {pe}")
            keys.add(k)
        # awards
        for a in r["awards"]:
            if set(a) - {"award", "recipient", "aliases"} or a["award"] not in AWARDS:
                problems.append(f"{aid}: bad award {a}")
            check_name(a["recipient"], problems, f"{aid} award recipient")
        for c in r["award_counts"]:
            if set(c) != {"award", "collectives", "individuals"} or c["award"] not in AWARDS:
                problems.append(f"{aid}: bad award count {c}")
            for k in ("collectives", "individuals"):
                if c[k] is not None and not (isinstance(c[k], int) and c[k] > 0):
                    problems.append(f"{aid}: bad count {c}")
            if c["collectives"] is None and c["individuals"] is None:
                problems.append(f"{aid}: empty count {c}")
        # people and authors: the names are written in the body / byline
        for pe in r["people"]:
            if set(pe) != {"name", "title"}:
                problems.append(f"{aid}: bad person {pe}")
            check_name(pe["name"], problems, f"{aid} person")
            if pe["title"] is not None:
                check_name(pe["title"], problems, f"{aid} person title")
            if fold(pe["name"]) not in fbody:
                problems.append(f"{aid}: person {pe['name']} not in body")
        for au in r["authors"]:
            check_name(au, problems, f"{aid} author")
            first = tail.split("\n", 1)[0]
            if fold(au) not in fold(first):
                problems.append(f"{aid}: author {au} not in the byline line {first!r}")
        # every named recipient (or one of its aliases) is found in the body after folding,
        # with the domain abbreviations expanded on the body side
        ebody = fold(expand(body))
        for a in r["awards"]:
            names = [a["recipient"]] + a.get("aliases", [])
            if not any(fold(n) in ebody for n in names):
                problems.append(f"{aid}: award recipient {a['recipient']} not found in body")
        for pa in r["parties"]:
            if pa["kind"] == "cooperative_alliance":
                continue
            names = [pa["name"]] + pa.get("aliases", [])
            if not any(fold(n) in ebody for n in names):
                problems.append(f"{aid}: party {pa['name']} not found in body")
    return problems


def expand(text):
    rep = [(r"\bLM ?HTX\b", "Liên minh Hợp tác xã"), (r"\bHTX\b", "Hợp tác xã"),
           (r"\bQTDND\b", "Quỹ tín dụng nhân dân"), (r"\bUBND\b", "Ủy ban nhân dân"),
           (r"\bDVNN\b", "Dịch vụ nông nghiệp"), (r"\bPTNT\b", "Phát triển nông thôn")]
    for a, b in rep:
        text = re.sub(a, b, text)
    return text


BODY_END = {g["id"]: g["body_end"] for g in GOLD}


def main():
    records = [{k: g[k] for k in FIELDS} for g in GOLD]
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    problems = validate(records)
    for p in problems:
        print("PROBLEM", p)
    print(f"wrote {OUT}: {len(records)} records, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

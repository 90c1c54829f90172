#!/usr/bin/env python3
"""Write /work/eval17/gold.jsonl (one hand-annotated record per article in articles/) and validate it.

The records follow the shape of ../shared/eval/dev.gold.jsonl: plain values, no spans.
Conventions and the judgement calls behind each record are in NOTES.md.

usage: python3 make_gold.py        (writes gold.jsonl next to this file, exits 1 on a problem)
Standard library only.
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


def alliance(province, unit="tỉnh", aliases=None):
    """A provincial cooperative alliance as a party (keyed by province when scored)."""
    if province == "Hồ Chí Minh":
        name = "Liên minh Hợp tác xã Thành phố Hồ Chí Minh"
    else:
        name = f"Liên minh Hợp tác xã {unit} {province}"
    p = {"name": name, "kind": "cooperative_alliance", "province": province}
    if aliases:
        p["aliases"] = aliases
    return p


def award(kind, recipient, aliases=None):
    a = {"award": kind, "recipient": recipient}
    if aliases:
        a["aliases"] = aliases
    return a


def count(kind, collectives, individuals):
    return {"award": kind, "collectives": collectives, "individuals": individuals}


def ev(type_, date):
    return {"type": type_, "date": date}


def per(start, end):
    return {"start": start, "end": end}


def person(name, title):
    return {"name": name, "title": title}


RECORDS = [
    {
        "id": "s01",
        "title": "Liên minh HTX tỉnh Lai Châu triển khai nhiệm vụ năm 2019",
        "published": "2019-01-17T10:45",
        "events": [ev("conference", "2019-01-17"), ev("award", "2019-01-17")],
        "dates": ["2019-01-17", "2018-10"],
        "parties": [alliance("Lai Châu")],
        "periods": [per(2018, 2020)],
        "awards": [],
        "award_counts": [count("Bằng khen", 3, 5), count("Giấy khen", 9, 14)],
        "people": [person("Lò Thị Mai Hương", "Phó Chủ tịch Ủy ban nhân dân tỉnh Lai Châu")],
        "authors": ["Thu Hà", "Minh Tuấn"],
    },
    {
        "id": "s02",
        "title": "HTX Nông nghiệp công nghệ cao Minh Phát đón nhận Huân chương Lao động hạng Ba",
        "published": "2023-09-15T16:20",
        "events": [ev("award", "2023-09-15")],
        "dates": ["2023-09-15", "2021-05", "2023-08-21"],
        "parties": [
            {"name": "Hợp tác xã Nông nghiệp công nghệ cao Minh Phát", "kind": "cooperative",
             "province": "Hưng Yên", "aliases": ["Hợp tác xã Minh Phát"]},
        ],
        "periods": [per(2018, 2022), per(2003, 2023)],
        "awards": [
            award("Huân chương Lao động hạng Ba", "Hợp tác xã Nông nghiệp công nghệ cao Minh Phát",
                  ["Hợp tác xã Minh Phát"]),
            award("Bằng khen", "Đỗ Văn Thịnh"),
        ],
        "award_counts": [count("Giấy khen", 2, 6)],
        "people": [
            person("Vũ Đình Lượng", "Tỉnh ủy viên, Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh Hưng Yên"),
            person("Phạm Thị Thu Trang", "Chủ tịch Liên minh Hợp tác xã tỉnh Hưng Yên"),
            person("Lê Minh Tuấn", "Bí thư Huyện ủy Khoái Châu"),
            person("Đỗ Văn Thịnh",
                   "Chủ tịch Hội đồng quản trị kiêm Giám đốc Hợp tác xã Nông nghiệp công nghệ cao Minh Phát"),
        ],
        "authors": ["Thanh Nga"],
    },
    {
        "id": "s03",
        "title": "Đại hội Liên minh HTX tỉnh Hà Tĩnh lần thứ V: Đổi mới, liên kết, phát triển bền vững",
        "published": "2020-09-25T17:35",
        "events": [ev("congress", "2020-09-24/2020-09-25"), ev("award", "2020-09-25")],
        "dates": ["2020-09-24/2020-09-25", "2020-09-25", "2020-08", "2020-07-14"],
        "parties": [alliance("Hà Tĩnh")],
        "periods": [per(2020, 2025), per(2015, 2020), per(None, 2030)],
        "awards": [
            award("Cờ thi đua", "Liên minh Hợp tác xã tỉnh Hà Tĩnh", ["Liên minh Hợp tác xã tỉnh"]),
            award("Bằng khen", "Hợp tác xã Dịch vụ nông nghiệp Sơn Long Phú",
                  ["Hợp tác xã DVNN Sơn Long Phú", "Hợp tác xã DVNN Sơn Long Phú (Hương Sơn)",
                   "Hợp tác xã Sơn Long Phú"]),
            award("Bằng khen", "Hợp tác xã nuôi trồng thủy sản Kỳ Hà Xanh",
                  ["Hợp tác xã nuôi trồng thủy sản Kỳ Hà Xanh (TX Kỳ Anh)",
                   "Hợp tác xã nuôi trồng thủy sản Kỳ Hà Xanh (thị xã Kỳ Anh)", "Hợp tác xã Kỳ Hà Xanh"]),
            award("Bằng khen", "Quỹ tín dụng nhân dân Thạch Kênh",
                  ["Quỹ tín dụng nhân dân Thạch Kênh (Thạch Hà)"]),
        ],
        "award_counts": [count("Bằng khen", 3, None), count("Bằng khen", 4, 6)],
        "people": [
            person("Võ Hồng Sơn", "Ủy viên Ban Thường vụ, Trưởng ban Dân vận Tỉnh ủy Hà Tĩnh"),
            person("Nguyễn Minh Đức", "Phó Chủ tịch Liên minh Hợp tác xã Việt Nam"),
            person("Đặng Quốc Thuần", "Phó Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh"),
            person("Nguyễn Đình Hòa", "Chủ tịch Liên minh Hợp tác xã tỉnh Hà Tĩnh"),
            person("Phan Văn Tuấn", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh Hà Tĩnh"),
            person("Lê Thị Hằng", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh Hà Tĩnh"),
        ],
        "authors": ["Hoàng Anh", "Ngọc Loan"],
    },
    {
        "id": "s04",
        "title": "Lục Ngạn: Sơ kết 5 năm thực hiện Nghị quyết về phát triển kinh tế tập thể",
        "published": "2022-10-21T08:30",
        "events": [ev("conference", "2022-10-20"), ev("award", "2022-10-20")],
        "dates": ["2022-10-20", "2018-03-12", "2022-09"],
        "parties": [
            {"name": "Ủy ban nhân dân huyện Lục Ngạn", "kind": "government", "province": "Bắc Giang",
             "aliases": ["Ủy ban nhân dân huyện"]},
        ],
        "periods": [per(2018, 2022), per(None, 2025)],
        "awards": [],
        "award_counts": [count("Giấy khen", 6, 8)],
        "people": [person("Hoàng Văn Nghị", "Phó Chủ tịch Ủy ban nhân dân huyện Lục Ngạn")],
        "authors": [],
    },
    {
        "id": "s05",
        "title": "Liên minh HTX thành phố triển khai nhiệm vụ năm 2025: Tập trung tổ chức thành công Đại hội nhiệm kỳ mới",
        "published": "2025-01-10T16:05",
        "events": [ev("conference", "2025-01-10"), ev("award", "2025-01-10"), ev("signing", "2025-01-10")],
        "dates": ["2025-01-10", "2024-12-27", "2024-07-01", "2025-08"],
        "parties": [alliance("Hải Phòng", "thành phố")],
        "periods": [per(2025, 2030)],
        "awards": [
            award("Cờ thi đua", "Hợp tác xã Nông nghiệp sạch An Hưng Phát",
                  ["Hợp tác xã Nông nghiệp sạch An Hưng Phát (huyện Vĩnh Bảo)", "Hợp tác xã An Hưng Phát"]),
            award("Cờ thi đua", "Hợp tác xã Thủy sản Ngọc Hải",
                  ["Hợp tác xã Thủy sản Ngọc Hải (quận Đồ Sơn)", "Hợp tác xã Ngọc Hải"]),
            award("Cờ thi đua", "Quỹ tín dụng nhân dân Quang Trung Mới",
                  ["Quỹ tín dụng nhân dân Quang Trung Mới (huyện An Lão)"]),
            award("Bằng khen", "Hợp tác xã Dịch vụ tổng hợp Kiến Quốc Xanh", ["Hợp tác xã Kiến Quốc Xanh"]),
        ],
        "award_counts": [count("Cờ thi đua", 3, None), count("Bằng khen", 5, 9), count("Bằng khen", 6, 10),
                         count("Kỷ niệm chương", None, 12)],
        "people": [
            person("Phạm Văn Thuận", "Phó Chủ tịch Ủy ban nhân dân thành phố Hải Phòng"),
            person("Nguyễn Thị Thanh Tâm", "Phó Chủ tịch Liên minh Hợp tác xã Việt Nam"),
            person("Vũ Mạnh Cường", "Chủ tịch Liên minh Hợp tác xã thành phố Hải Phòng"),
            person("Đoàn Thị Lựu", "Giám đốc Hợp tác xã Thủy sản Ngọc Hải"),
        ],
        "authors": ["Hải Yến"],
    },
    {
        "id": "s06",
        "title": "Liên minh HTX tỉnh và Agribank Hà Giang ký kết chương trình phối hợp",
        "published": "2021-04-16T07:30",
        "events": [ev("signing", "2021-04-15")],
        "dates": ["2021-04-15", "2021-03-10"],
        "parties": [
            alliance("Hà Giang"),
            {"name": "Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh Hà Giang", "kind": "bank",
             "province": "Hà Giang",
             "aliases": ["Ngân hàng Nông nghiệp và Phát triển nông thôn (Agribank) Chi nhánh tỉnh Hà Giang",
                         "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam chi nhánh tỉnh Hà Giang",
                         "Agribank Chi nhánh tỉnh Hà Giang", "Agribank Hà Giang"]},
        ],
        "periods": [per(2021, 2025)],
        "awards": [],
        "award_counts": [],
        "people": [
            person("Hoàng Minh Quân", "Chủ tịch Liên minh Hợp tác xã tỉnh Hà Giang"),
            person("Lý Thị Dung", "Phó Giám đốc Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh Hà Giang"),
        ],
        "authors": [],
    },
    {
        "id": "s07",
        "title": "Đại hội đại biểu thành viên Liên minh HTX tỉnh Lâm Đồng nhiệm kỳ 2025 - 2030 thành công tốt đẹp",
        "published": "2025-11-08T07:20",
        "events": [ev("congress", "2025-11-06/2025-11-07"), ev("award", "2025-11-07")],
        "dates": ["2025-11-06/2025-11-07", "2025-11-07", "2025-07-04", "2025-09"],
        "parties": [alliance("Lâm Đồng")],
        "periods": [per(2025, 2030), per(2020, 2025), per(None, 2030), per(None, 2045)],
        "awards": [award("Kỷ niệm chương", "Nguyễn Thị Kim Xuyến")],
        "award_counts": [count("Bằng khen", 6, 11), count("Kỷ niệm chương", None, 9)],
        "people": [
            person("Trương Công Bình", "Phó Bí thư Tỉnh ủy Lâm Đồng"),
            person("Đinh Thị Hồng Nhung", "Phó Chủ tịch Liên minh Hợp tác xã Việt Nam"),
            person("Lưu Đức Thắng", "Phó Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng"),
            person("Đinh Thị Ngọc Hân", "Chủ tịch Liên minh Hợp tác xã tỉnh Lâm Đồng"),
            person("Trần Quang Vinh", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh Lâm Đồng"),
            person("Nguyễn Hữu Phước", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh Lâm Đồng"),
            person("Phan Hữu Tài", "Phó Chủ tịch kiêm Chủ nhiệm Ủy ban Kiểm tra Liên minh Hợp tác xã tỉnh Lâm Đồng"),
            person("Nguyễn Thị Kim Xuyến",
                   "Chủ tịch Hội đồng quản trị kiêm Giám đốc Hợp tác xã Nông nghiệp Cà phê Cầu Đất Xanh"),
        ],
        "authors": ["Ngọc Minh", "Hà Vy"],
    },
    {
        "id": "s08",
        "title": "HTX chè Khe Cốc Xanh nhận Bằng khen của Bộ trưởng Bộ Nông nghiệp và PTNT",
        "published": "2020-06-09T06:45",
        "events": [ev("award", "2020-06-08")],
        "dates": ["2020-06-08", "2020-05-27"],
        "parties": [alliance("Thái Nguyên")],
        "periods": [per(2016, 2020)],
        "awards": [
            award("Bằng khen", "Hợp tác xã chè Khe Cốc Xanh",
                  ["Hợp tác xã chè Khe Cốc Xanh (xã Tức Tranh, huyện Phú Lương)"]),
            award("Bằng khen", "Ma Thị Lan"),
        ],
        "award_counts": [],
        "people": [
            person("Ma Thị Lan", "Giám đốc Hợp tác xã chè Khe Cốc Xanh"),
            person("Dương Văn Khải", "Chủ tịch Liên minh Hợp tác xã tỉnh Thái Nguyên"),
        ],
        "authors": [],
    },
    {
        "id": "s09",
        "title": "Kỷ niệm Ngày Hợp tác xã Việt Nam và biểu dương HTX điển hình tiên tiến năm 2024",
        "published": "2024-04-10T17:32",
        "events": [ev("conference", "2024-04-10"), ev("award", "2024-04-10"), ev("membership", "2024-04-10")],
        "dates": ["2024-04-10", "2024-04-11", "2024-03", "2024-03-25"],
        "parties": [alliance("Bình Định")],
        "periods": [per(2021, 2025)],
        "awards": [
            award("Kỷ niệm chương", "Lê Văn Hiền"),
            award("Kỷ niệm chương", "Trương Thị Mỹ"),
            award("Cờ thi đua", "Hợp tác xã Dịch vụ nông nghiệp Cát Hanh Tân",
                  ["Hợp tác xã Dịch vụ nông nghiệp Cát Hanh Tân (huyện Phù Cát)", "Hợp tác xã Cát Hanh Tân"]),
            award("Giấy khen", "Hợp tác xã Nông nghiệp Nhơn Phong Xanh",
                  ["Hợp tác xã Nông nghiệp Nhơn Phong Xanh (thị xã An Nhơn)"]),
            award("Giấy khen", "Hợp tác xã Dịch vụ tổng hợp Hoài Hảo Tân",
                  ["Hợp tác xã Dịch vụ tổng hợp Hoài Hảo Tân (thị xã Hoài Nhơn)"]),
            award("Giấy khen", "Hợp tác xã Thủy sản Đề Gi Phát",
                  ["Hợp tác xã Thủy sản Đề Gi Phát (huyện Phù Cát)"]),
            award("Giấy khen", "Hợp tác xã Dừa sáp Tam Quan Xanh",
                  ["Hợp tác xã Dừa sáp Tam Quan Xanh (thị xã Hoài Nhơn)"]),
            award("Giấy khen", "Quỹ tín dụng nhân dân Phước Sơn Tây",
                  ["Quỹ tín dụng nhân dân Phước Sơn Tây (huyện Tuy Phước)"]),
        ],
        "award_counts": [count("Kỷ niệm chương", None, 15), count("Bằng khen", 4, 7), count("Giấy khen", 5, None)],
        "people": [
            person("Nguyễn Tự Khải", "Phó Chủ tịch Ủy ban nhân dân tỉnh Bình Định"),
            person("Huỳnh Văn Lạc", "Chủ tịch Liên minh Hợp tác xã tỉnh Bình Định"),
            person("Lê Văn Hiền", "nguyên Chủ tịch Liên minh Hợp tác xã tỉnh Bình Định"),
            person("Trương Thị Mỹ", "Giám đốc Hợp tác xã Nông nghiệp Phước Thắng Xanh"),
        ],
        "authors": ["Phạm Hòa"],
    },
    {
        "id": "s10",
        "title": "Xã Minh Quang có thêm HTX nông nghiệp sinh thái",
        "published": "2026-03-06T08:10",
        "events": [ev("establishment", "2026-03-05"), ev("membership", "2026-03-05")],
        "dates": ["2026-03-05", "2026-02-12"],
        "parties": [
            {"name": "Hợp tác xã Nông nghiệp sinh thái Khuổi Nhụng", "kind": "cooperative",
             "province": "Tuyên Quang", "aliases": ["Hợp tác xã Khuổi Nhụng"]},
        ],
        "periods": [per(None, 2030)],
        "awards": [],
        "award_counts": [],
        "people": [
            person("Hà Thị Thoa", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh Tuyên Quang"),
            person("Ma Văn Thiện", "Giám đốc Hợp tác xã Nông nghiệp sinh thái Khuổi Nhụng"),
        ],
        "authors": ["Hoàng Bách", "Đức Trung"],
    },
    {
        "id": "s11",
        "title": "Liên minh HTX tỉnh Nghệ An đón nhận Huân chương Lao động hạng Nhì",
        "published": "2022-01-14T15:48",
        "events": [ev("conference", "2022-01-14"), ev("award", "2022-01-14")],
        "dates": ["2022-01-14", "2021-12-31"],
        "parties": [alliance("Nghệ An")],
        "periods": [per(2021, 2025), per(2016, 2020)],
        "awards": [
            award("Huân chương Lao động hạng Nhì", "Liên minh Hợp tác xã tỉnh Nghệ An",
                  ["Liên minh Hợp tác xã tỉnh"]),
            award("Huân chương Lao động hạng Ba", "Hồ Sỹ Thắng"),
            award("Cờ thi đua", "Hợp tác xã Dịch vụ nông nghiệp Nghi Văn Xanh",
                  ["Hợp tác xã Dịch vụ nông nghiệp Nghi Văn Xanh (huyện Nghi Lộc)", "Hợp tác xã Nghi Văn Xanh"]),
            award("Bằng khen", "Hợp tác xã Nông nghiệp Diễn Kim Phát",
                  ["Hợp tác xã Nông nghiệp Diễn Kim Phát (huyện Diễn Châu)", "Hợp tác xã Diễn Kim Phát"]),
            award("Bằng khen", "Quỹ tín dụng nhân dân Quỳnh Lương Mới",
                  ["Quỹ tín dụng nhân dân Quỳnh Lương Mới (huyện Quỳnh Lưu)"]),
            award("Bằng khen", "Phan Đình Tú"),
        ],
        "award_counts": [count("Cờ thi đua", 2, None), count("Bằng khen", 8, 12)],
        "people": [
            person("Nguyễn Sỹ Cường", "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy Nghệ An"),
            person("Trần Quang Khánh", "Phó Chủ tịch Liên minh Hợp tác xã Việt Nam"),
            person("Hoàng Văn Phượng", "Phó Chủ tịch Ủy ban nhân dân tỉnh Nghệ An"),
            person("Hồ Sỹ Thắng", "Chủ tịch Liên minh Hợp tác xã tỉnh Nghệ An"),
            person("Phan Đình Tú",
                   "Chủ tịch Hội đồng quản trị kiêm Giám đốc Hợp tác xã Thương mại dịch vụ Vinh Hưng"),
        ],
        "authors": ["Thu Giang"],
    },
    {
        "id": "s12",
        "title": "Liên minh HTX Việt Nam tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024",
        "published": "2024-01-19T17:40",
        "events": [ev("conference", "2024-01-19"), ev("award", "2024-01-19"), ev("signing", "2024-01-19")],
        "dates": ["2024-01-19", "2023-06-20", "2024-07-01"],
        "parties": [{"name": "Liên minh Hợp tác xã Việt Nam", "kind": "cooperative_alliance", "province": None}],
        "periods": [per(2020, 2025), per(2021, 2030)],
        "awards": [
            award("Cờ thi đua", "Liên minh Hợp tác xã tỉnh Bắc Giang", ["Liên minh Hợp tác xã Bắc Giang"]),
            award("Cờ thi đua", "Liên minh Hợp tác xã thành phố Cần Thơ",
                  ["Liên minh Hợp tác xã TP Cần Thơ", "Liên minh Hợp tác xã Cần Thơ"]),
            award("Cờ thi đua", "Liên minh Hợp tác xã tỉnh Hưng Yên", ["Liên minh Hợp tác xã Hưng Yên"]),
            award("Cờ thi đua", "Liên minh Hợp tác xã tỉnh Quảng Trị", ["Liên minh Hợp tác xã Quảng Trị"]),
            award("Cờ thi đua", "Liên minh Hợp tác xã tỉnh Sóc Trăng", ["Liên minh Hợp tác xã Sóc Trăng"]),
            award("Cờ thi đua", "Liên minh Hợp tác xã tỉnh Lâm Đồng", ["Liên minh Hợp tác xã Lâm Đồng"]),
            award("Cờ thi đua", "Liên minh Hợp tác xã thành phố Đà Nẵng",
                  ["Liên minh Hợp tác xã TP Đà Nẵng", "Liên minh Hợp tác xã Đà Nẵng"]),
        ],
        "award_counts": [count("Bằng khen", 3, 4), count("Cờ thi đua", 5, None)],
        "people": [
            person("Trịnh Hoài Nam", "Phó Trưởng Ban Kinh tế Trung ương"),
            person("Lê Thanh Bình", "Phó Chủ tịch Liên minh Hợp tác xã Việt Nam"),
        ],
        "authors": ["Minh Châu"],
    },
]

# ---------------------------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------------------------

FIELDS = ["id", "title", "published", "events", "dates", "parties", "periods", "awards", "award_counts",
          "people", "authors"]
EVENT_TYPES = {"signing", "award", "conference", "congress", "trade_promotion", "membership", "establishment",
               "visit", "training", "other"}
PARTY_KINDS = {"cooperative_alliance", "cooperative", "cooperative_union", "credit_fund", "government", "bank",
               "enterprise", "association", "other"}
AWARDS = {"Cờ thi đua", "Bằng khen", "Giấy khen", "Kỷ niệm chương", "Huân chương Lao động hạng Nhất",
          "Huân chương Lao động hạng Nhì", "Huân chương Lao động hạng Ba"}
PROVINCES_OLD = """Hà Nội|Hà Giang|Cao Bằng|Bắc Kạn|Tuyên Quang|Lào Cai|Điện Biên|Lai Châu|Sơn La|Yên Bái|Hòa Bình|
Thái Nguyên|Lạng Sơn|Quảng Ninh|Bắc Giang|Phú Thọ|Vĩnh Phúc|Bắc Ninh|Hải Dương|Hải Phòng|Hưng Yên|Thái Bình|
Hà Nam|Nam Định|Ninh Bình|Thanh Hóa|Nghệ An|Hà Tĩnh|Quảng Bình|Quảng Trị|Thừa Thiên Huế|Đà Nẵng|Quảng Nam|
Quảng Ngãi|Bình Định|Phú Yên|Khánh Hòa|Ninh Thuận|Bình Thuận|Kon Tum|Gia Lai|Đắk Lắk|Đắk Nông|Lâm Đồng|
Bình Phước|Tây Ninh|Bình Dương|Đồng Nai|Bà Rịa - Vũng Tàu|Hồ Chí Minh|Long An|Tiền Giang|Bến Tre|Trà Vinh|
Vĩnh Long|Đồng Tháp|An Giang|Kiên Giang|Cần Thơ|Hậu Giang|Sóc Trăng|Bạc Liêu|Cà Mau"""
PROVINCES_OLD = {p.strip() for p in PROVINCES_OLD.replace("\n", "").split("|")}
PROVINCES_NEW = {"Hà Nội", "Cao Bằng", "Tuyên Quang", "Điện Biên", "Lai Châu", "Sơn La", "Lào Cai", "Thái Nguyên",
                 "Lạng Sơn", "Quảng Ninh", "Bắc Ninh", "Phú Thọ", "Hải Phòng", "Hưng Yên", "Ninh Bình",
                 "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Trị", "Huế", "Đà Nẵng", "Quảng Ngãi", "Gia Lai",
                 "Khánh Hòa", "Đắk Lắk", "Lâm Đồng", "Đồng Nai", "Hồ Chí Minh", "Tây Ninh", "Đồng Tháp",
                 "Vĩnh Long", "An Giang", "Cần Thơ", "Cà Mau"}
assert len(PROVINCES_OLD) == 63 and len(PROVINCES_NEW) == 34
CITIES = {"Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Hồ Chí Minh", "Huế"}
MERGER = "2025-07-01"

ABBREV = re.compile(r"\b(HTX|LMHTX|LHHTX|QTDND|QTD|UBND|HĐND|TP|TX|HĐQT|DVNN|TM|DV|NN&PTNT|PTNT|KTTT)\b")
DATE_RE = re.compile(r"^(\d{4}|-)-(\d{2})(?:-(\d{2}))?$")
PUB_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$")

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _split(ch):
    d = unicodedata.normalize("NFD", ch)
    base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
    return base, "".join(c for c in d if c in TONES)


def old_style(syl):
    """DOMAIN.md §1.2: the old (traditional) tone placement of one syllable."""
    parts = [_split(c) for c in unicodedata.normalize("NFC", syl)]
    low = "".join(b for b, _ in parts).lower()
    tone = "".join(t for _, t in parts)
    m = re.fullmatch(r"([^aăâeêioôơuưy]*)(oa|oe|uy)", low)
    if not tone or not m or m.group(1).endswith("q"):
        return syl
    target = len(m.group(1))
    return "".join(unicodedata.normalize("NFC", b + (tone if i == target else "")) for i, (b, _) in enumerate(parts))


def fold(s):
    s = unicodedata.normalize("NFD", s or "")
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.replace("đ", "d").replace("Đ", "D").lower()
    s = "".join(c if c.isalnum() else " " for c in s)
    return " ".join(s.split())


EXPAND = [(r"\bLiên minh HTX\b", "Liên minh Hợp tác xã"), (r"\bLMHTX\b", "Liên minh Hợp tác xã"),
          (r"\bQTDND\b", "Quỹ tín dụng nhân dân"), (r"\bHTX\b", "Hợp tác xã"), (r"\bUBND\b", "Ủy ban nhân dân"),
          (r"\bDVNN\b", "Dịch vụ nông nghiệp"), (r"\bHĐQT\b", "Hội đồng quản trị"), (r"\bTP\b", "thành phố")]


def expanded_fold(text):
    for pat, rep in EXPAND:
        text = re.sub(pat, rep, text)
    return " " + fold(text) + " "


def body_of(text):
    """The article without its trailing related-news list (furniture must not supply gold)."""
    cut = re.search(r"^(Tin khác|Các tin khác|Tin liên quan|Tin cùng chuyên mục)\s*$", text, re.M)
    return text[:cut.start()] if cut else text


def check_name(problems, rid, what, name, aliases_ok=False):
    """Canonical-name checks (SCHEMA.md "Canonical text"); aliases may keep an abbreviation."""
    if not isinstance(name, str) or not name.strip():
        problems.append(f"{rid}: {what} is empty")
        return
    if name != unicodedata.normalize("NFC", name):
        problems.append(f"{rid}: {what} {name!r} is not NFC")
    if re.search("[\u00d0\u00f0\u00a0\u200b]", name):
        problems.append(f"{rid}: {what} {name!r} has an eth, NBSP or zero-width character")
    if not aliases_ok and ABBREV.search(name):
        problems.append(f"{rid}: {what} {name!r} keeps an abbreviation (names must be expanded)")
    for syl in re.findall(r"\w+", name):
        if old_style(syl) != syl:
            problems.append(f"{rid}: {what} {name!r}: {syl!r} is not in the traditional tone placement")


def valid_date(y, m, d):
    try:
        dt.date(int(y) if y != "-" else 2024, int(m), int(d) if d else 1)
        return True
    except ValueError:
        return False


def check_date_value(problems, rid, v):
    for part in v.split("/"):
        if part.startswith("--"):
            m = re.fullmatch(r"--(\d{2})-(\d{2})", part)
            ok = bool(m) and valid_date("-", m.group(1), m.group(2))
        else:
            m = DATE_RE.match(part)
            ok = bool(m) and valid_date(m.group(1), m.group(2), m.group(3)) and 2018 <= int(m.group(1)) <= 2026
        if not ok:
            problems.append(f"{rid}: date {v!r} is not ISO (or outside 2018-2026)")
    if "/" in v:
        a, b = v.split("/")
        if not (len(a) == len(b) and a < b):
            problems.append(f"{rid}: range {v!r} is not ordered")


def validate(records, article_ids, texts):
    problems = []
    ids = [r.get("id") for r in records]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    for missing in sorted(set(article_ids) - set(ids)):
        problems.append(f"{missing}: article has no gold line")
    for extra in sorted(set(ids) - set(article_ids)):
        problems.append(f"{extra}: gold line without an article")
    for r in records:
        rid = r.get("id")
        if list(r) != FIELDS:
            problems.append(f"{rid}: fields {list(r)} != {FIELDS}")
            continue
        text = texts.get(rid, "")
        body = body_of(text)
        efold = expanded_fold(body)
        lines = [ln.strip() for ln in text.splitlines()]
        # title: a line of the page
        if r["title"] is not None and r["title"] not in lines:
            problems.append(f"{rid}: title is not a line of the article")
        # published
        pub = r["published"]
        if pub is not None:
            m = PUB_RE.match(pub)
            if not m:
                problems.append(f"{rid}: published {pub!r} is not YYYY-MM-DD[THH:MM]")
            else:
                y, mo, d, hh, mi = m.groups()
                stamp = f"{d}/{mo}/{y}"
                if stamp not in text:
                    problems.append(f"{rid}: published {pub!r}: {stamp} is not on the page")
                if hh and f"{hh}:{mi}" not in text:
                    problems.append(f"{rid}: published {pub!r}: time not on the page")
        # dates
        if len(set(r["dates"])) != len(r["dates"]):
            problems.append(f"{rid}: duplicate dates")
        for v in r["dates"]:
            if not isinstance(v, str):
                problems.append(f"{rid}: date {v!r} is not a string")
                continue
            check_date_value(problems, rid, v)
        # events
        types = [e["type"] for e in r["events"]]
        if len(set(types)) != len(types):
            problems.append(f"{rid}: one event per type")
        for e in r["events"]:
            if set(e) != {"type", "date"} or e["type"] not in EVENT_TYPES:
                problems.append(f"{rid}: bad event {e}")
            if e["date"] is not None and e["date"] not in r["dates"]:
                problems.append(f"{rid}: event date {e['date']} is not in dates")
        # parties
        pub_date = (pub or "")[:10]
        for p in r["parties"]:
            check_name(problems, rid, "party", p.get("name"))
            for al in p.get("aliases", []):
                check_name(problems, rid, "party alias", al, aliases_ok=True)
            if p.get("kind") not in PARTY_KINDS:
                problems.append(f"{rid}: party kind {p.get('kind')!r}")
            prov = p.get("province")
            valid = PROVINCES_NEW if pub_date >= MERGER else PROVINCES_OLD
            if prov is not None and prov not in valid:
                problems.append(f"{rid}: province {prov!r} is not a unit on {pub_date}")
            if p.get("kind") == "cooperative_alliance":
                if prov is None:
                    if p["name"] != "Liên minh Hợp tác xã Việt Nam" and p["name"] != "Liên minh Hợp tác xã tỉnh":
                        problems.append(f"{rid}: alliance {p['name']!r} without province")
                else:
                    unit = "thành phố" if prov in CITIES else "tỉnh"
                    want = ("Liên minh Hợp tác xã Thành phố Hồ Chí Minh" if prov == "Hồ Chí Minh"
                            else f"Liên minh Hợp tác xã {unit} {prov}")
                    if p["name"] != want:
                        problems.append(f"{rid}: alliance {p['name']!r} should read {want!r}")
                    if fold(prov) not in fold(body):
                        problems.append(f"{rid}: province {prov!r} not named in the body")
            else:
                forms = [p["name"]] + p.get("aliases", [])
                if not any(" " + fold(f) + " " in efold for f in forms):
                    problems.append(f"{rid}: party {p['name']!r} not found in the body")
        # periods
        keys = set()
        for q in r["periods"]:
            s, e = q.get("start"), q.get("end")
            if set(q) != {"start", "end"} or not isinstance(e, int) or not (s is None or isinstance(s, int)):
                problems.append(f"{rid}: bad period {q}")
                continue
            if s is not None and not (s <= e and e - s <= 25):
                problems.append(f"{rid}: period {q} out of order")
            k = (s, e)
            if k in keys:
                problems.append(f"{rid}: duplicate period {q}")
            keys.add(k)
            if str(e) not in body:
                problems.append(f"{rid}: period end {e} not in the body")
        # awards
        pairs = set()
        people = {p["name"] for p in r["people"]}
        for a in r["awards"]:
            if a.get("award") not in AWARDS:
                problems.append(f"{rid}: award name {a.get('award')!r} is not canonical")
            rec = a.get("recipient")
            check_name(problems, rid, "recipient", rec)
            for al in a.get("aliases", []):
                check_name(problems, rid, "recipient alias", al, aliases_ok=True)
            if (a.get("award"), rec) in pairs:
                problems.append(f"{rid}: duplicate award pair {a}")
            pairs.add((a.get("award"), rec))
            forms = [rec] + a.get("aliases", [])
            is_org = rec.startswith(("Hợp tác xã", "Quỹ tín dụng", "Liên minh"))
            if not is_org and rec not in people:
                problems.append(f"{rid}: person recipient {rec!r} missing from people")
            if rec.startswith("Liên minh Hợp tác xã ") and rec != "Liên minh Hợp tác xã Việt Nam":
                prov = re.sub(r"^Liên minh Hợp tác xã (tỉnh|thành phố|Thành phố) ", "", rec)
                if fold(prov) not in fold(body):
                    problems.append(f"{rid}: recipient province {prov!r} not in the body")
            elif not any(" " + fold(f) + " " in efold for f in forms):
                problems.append(f"{rid}: recipient {rec!r} not found in the body")
        # award counts
        for c in r["award_counts"]:
            if set(c) != {"award", "collectives", "individuals"} or c["award"] not in AWARDS:
                problems.append(f"{rid}: bad award count {c}")
                continue
            if c["collectives"] is None and c["individuals"] is None:
                problems.append(f"{rid}: award count with no number {c}")
            for n in (c["collectives"], c["individuals"]):
                if n is not None and (not isinstance(n, int) or n <= 0):
                    problems.append(f"{rid}: count {n!r} is not a positive integer")
        keyset = [(fold(c["award"]), c["collectives"], c["individuals"]) for c in r["award_counts"]]
        if len(set(keyset)) != len(keyset):
            problems.append(f"{rid}: duplicate award counts")
        # people and authors
        for p in r["people"]:
            if set(p) != {"name", "title"}:
                problems.append(f"{rid}: bad person {p}")
                continue
            check_name(problems, rid, "person", p["name"])
            if p["title"] is not None:
                check_name(problems, rid, "title", p["title"])
            if p["name"] not in body:
                problems.append(f"{rid}: person {p['name']!r} not in the body")
        for a in r["authors"]:
            check_name(problems, rid, "author", a)
            if fold(a) not in fold(body):
                problems.append(f"{rid}: author {a!r} not in the article")
    return problems


def main():
    files = sorted(f for f in os.listdir(ARTICLES) if f.endswith(".txt"))
    texts = {}
    for f in files:
        raw = open(os.path.join(ARTICLES, f), "rb").read()
        texts[f[:-4]] = raw.decode("utf-8")
    problems = validate(RECORDS, list(texts), texts)
    with open(OUT, "w", encoding="utf-8") as out:
        for r in sorted(RECORDS, key=lambda r: r["id"]):
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    if problems:
        for p in problems:
            print("PROBLEM", p, file=sys.stderr)
        sys.exit(1)
    print(f"wrote {OUT}: {len(RECORDS)} records, {len(files)} articles, no problems")


if __name__ == "__main__":
    main()

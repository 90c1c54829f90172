#!/usr/bin/env python3
"""Writes the eval18 set: articles/dump.jsonl (12 invented scraped articles, one JSON object per
line, as a news scraper outputs them) and gold.jsonl (one gold record per article, same shape as
../shared/eval/dev.gold.jsonl), then validates both.

Every gold item carries, in this script only, the surface evidence it was annotated from (`ev`).
The validator checks that each piece of evidence occurs in the article body (the part of the
"text" field before the site furniture), that titles are text of the "text" field, that dates are
valid ISO values, that names are canonical (expanded, NFC, traditional tone placement, provinces
from the gazetteer valid on the event date), and it lists date-like and period-like strings in the
body that no gold item accounts for, so that nothing is left out silently.

usage: python3 make_gold.py            (writes and validates; exit status 1 on a problem)
Standard library only.
"""
import datetime
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OMIT = object()  # "published" key left out of the dump line


# ---------------------------------------------------------------- gold item helpers
def D(value, ev):
    return {"value": value, "ev": ev}


def E(type_, date, ev):
    return {"type": type_, "date": date, "ev": ev}


def P(name, kind, province, ev, aliases=None):
    d = {"name": name, "kind": kind, "province": province, "ev": ev}
    if aliases:
        d["aliases"] = aliases
    return d


def R(start, end, ev):
    return {"start": start, "end": end, "ev": ev}


def A(award, recipient, ev, aliases=None):
    d = {"award": award, "recipient": recipient, "ev": ev}
    if aliases:
        d["aliases"] = aliases
    return d


def C(award, collectives, individuals, ev):
    return {"award": award, "collectives": collectives, "individuals": individuals, "ev": ev}


def H(name, title, ev=None):
    return {"name": name, "title": title, "ev": ev or name}


def W(name, ev):
    return {"name": name, "ev": ev}


VCA = "Liên minh Hợp tác xã Việt Nam"


def LM(unit, province):
    """Canonical alliance name: unit is 'tỉnh' or 'thành phố'."""
    if province == "Hồ Chí Minh":
        return "Liên minh Hợp tác xã Thành phố Hồ Chí Minh"
    return f"Liên minh Hợp tác xã {unit} {province}"


# ---------------------------------------------------------------- the articles
ARTICLES = []

# d01 ------------------------------------------------------------ Nhân Dân, national signing
ARTICLES.append(dict(
    id="d01",
    url="https://nhandan.vn/lien-minh-htx-viet-nam-va-co-opbank-ky-ket-thoa-thuan-hop-tac-giai-doan-2024-2028-post801245.html",
    title="Liên minh HTX Việt Nam và Co-opBank ký kết thỏa thuận hợp tác giai đoạn 2024-2028",
    published="2024-03-12T15:42:10+07:00",
    cut="\n\nTin liên quan\n",
    text="""\
Liên minh HTX Việt Nam và Co-opBank ký kết thỏa thuận hợp tác giai đoạn 2024-2028

Sáng 12/3, tại Hà Nội, Liên minh Hợp tác xã Việt Nam và Ngân hàng Hợp tác xã Việt Nam (Co-opBank) ký kết thỏa thuận hợp tác giai đoạn 2024 - 2028, định hướng đến năm 2030, nhằm mở rộng khả năng tiếp cận vốn tín dụng cho hợp tác xã, liên hiệp hợp tác xã và quỹ tín dụng nhân dân trên cả nước.

Đại diện lãnh đạo Liên minh HTX Việt Nam và Co-opBank ký kết thỏa thuận hợp tác. (Ảnh: BTC)

Phát biểu tại lễ ký kết, Phó Chủ tịch Liên minh HTX Việt Nam Hoàng Văn Tuấn cho biết, sau gần hai năm triển khai Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới, khu vực hợp tác xã đã có những chuyển biến rõ nét. Tính đến ngày 31/12/2023, cả nước có hơn 31.700 hợp tác xã, 143 liên hiệp hợp tác xã và gần 1.180 quỹ tín dụng nhân dân. Tuy vậy, thiếu vốn vẫn là "điểm nghẽn" lớn nhất: phần lớn hợp tác xã có quy mô nhỏ, tài sản bảo đảm hạn chế, báo cáo tài chính chưa minh bạch nên rất khó vay vốn tại các ngân hàng thương mại.

Theo thỏa thuận, hai bên phối hợp tuyên truyền chính sách tín dụng ưu đãi đối với khu vực kinh tế tập thể; tư vấn cho hợp tác xã xây dựng phương án sản xuất, kinh doanh khả thi; giới thiệu các hợp tác xã đủ điều kiện tiếp cận nguồn vốn của Co-opBank. Liên minh HTX các tỉnh, thành phố là đầu mối tổng hợp nhu cầu vay vốn của thành viên, còn hệ thống chi nhánh của ngân hàng thực hiện thẩm định, giải ngân theo quy định. Hai bên cũng thống nhất nghiên cứu sản phẩm cho vay theo chuỗi giá trị, cho vay hợp tác xã ứng dụng công nghệ cao và hợp tác xã có sản phẩm OCOP.

Đối với hệ thống quỹ tín dụng nhân dân, Co-opBank tiếp tục giữ vai trò ngân hàng hợp tác của toàn hệ thống, hỗ trợ điều hòa vốn, đào tạo nghiệp vụ và chuyển đổi số. Thỏa thuận đặt mục tiêu đến năm 2028, dư nợ cho vay đối với khu vực kinh tế tập thể qua kênh phối hợp của hai bên đạt ít nhất 10.000 tỷ đồng.

Chủ tịch HĐQT Co-opBank Nguyễn Quang Vinh khẳng định, ngân hàng sẵn sàng dành nguồn vốn với lãi suất hợp lý cho các hợp tác xã có phương án kinh doanh hiệu quả. Khi Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 1/7/2024, Co-opBank sẽ rà soát, điều chỉnh quy trình cho vay để phù hợp với các quy định mới về tổ chức kinh tế hợp tác, đồng thời đơn giản hóa hồ sơ, rút ngắn thời gian xét duyệt.

Ông Nguyễn Quang Vinh cũng đề nghị Liên minh HTX các địa phương chủ động chia sẻ thông tin về tình hình hoạt động của thành viên để ngân hàng có cơ sở đánh giá, xếp hạng tín nhiệm, từ đó nâng hạn mức cho vay không có tài sản bảo đảm đối với những hợp tác xã làm ăn bài bản.

Theo kế hoạch, hằng năm hai bên tổ chức sơ kết, đánh giá kết quả thực hiện thỏa thuận và kiến nghị các bộ, ngành tháo gỡ vướng mắc trong cơ chế, chính sách tín dụng đối với khu vực hợp tác xã.

HÀ LINH

Tin liên quan
Hơn 400 hợp tác xã được vay vốn ưu đãi từ Quỹ hỗ trợ phát triển hợp tác xã (08/01/2024)
Co-opBank dành 5.000 tỷ đồng cho vay phát triển nông nghiệp xanh (20/12/2023)
Liên minh HTX Việt Nam triển khai nhiệm vụ năm 2024 (26/01/2024)""",
    gold=dict(
        title="Liên minh HTX Việt Nam và Co-opBank ký kết thỏa thuận hợp tác giai đoạn 2024-2028",
        published="2024-03-12T15:42",
        events=[E("signing", "2024-03-12", "Sáng 12/3, tại Hà Nội, Liên minh Hợp tác xã Việt Nam và Ngân hàng Hợp tác xã Việt Nam (Co-opBank) ký kết")],
        dates=[D("2024-03-12", "Sáng 12/3"), D("2022-06-16", "ngày 16/6/2022"),
               D("2023-12-31", "ngày 31/12/2023"), D("2024-07-01", "ngày 1/7/2024")],
        parties=[P(VCA, "cooperative_alliance", None, "Liên minh Hợp tác xã Việt Nam"),
                 P("Ngân hàng Hợp tác xã Việt Nam", "bank", None, "Ngân hàng Hợp tác xã Việt Nam (Co-opBank)",
                   aliases=["Co-opBank", "Ngân hàng Hợp tác xã Việt Nam (Co-opBank)"])],
        periods=[R(2024, 2028, "giai đoạn 2024 - 2028"), R(None, 2030, "định hướng đến năm 2030"),
                 R(None, 2028, "mục tiêu đến năm 2028")],
        awards=[], award_counts=[],
        people=[H("Hoàng Văn Tuấn", "Phó Chủ tịch Liên minh Hợp tác xã Việt Nam"),
                H("Nguyễn Quang Vinh", "Chủ tịch Hội đồng quản trị Ngân hàng Hợp tác xã Việt Nam")],
        authors=[W("Hà Linh", "HÀ LINH")],
    ),
    notes=[
        "headline repeated as the first line of \"text\" → title is that line (dev 002, 004, p008: title = headline line of the text).",
        "published from the dump's \"published\" field 2024-03-12T15:42:10+07:00 → 2024-03-12T15:42: local time kept, seconds and offset dropped (SCHEMA: YYYY-MM-DDTHH:MM; dev 002, p055).",
        "\"Sáng 12/3\" has no year → 2024 from the published metadata (SCHEMA dates; dev 002 \"Sáng 31/3\").",
        "the date of the cited resolution \"20-NQ/TW ngày 16/6/2022\" is a date (reference) (dev 004 keeps 2022-06-16).",
        "\"Tính đến ngày 31/12/2023\" and \"có hiệu lực từ ngày 1/7/2024\" are calendar dates the body states → in dates, not events (SCHEMA: every calendar date the body states).",
        "\"định hướng đến năm 2030\" → horizon (dev 001); \"đặt mục tiêu đến năm 2028\" → horizon too (dev p021 \"Đến năm 2018\", p055 \"kế hoạch đến năm 2025\").",
        "parties = the two signatories; Co-opBank is a bank under its expanded name, alias Co-opBank (SCHEMA kinds; dev 000 signatories).",
        "\"khóa XIII\" is not a period (dev 004 has no period for it).",
        "\"Ảnh: BTC\" caption credit is not an author; byline HÀ LINH → Hà Linh (dev 002 THANH TÙNG → Thanh Tùng).",
        "the dates in the \"Tin liên quan\" list (08/01/2024, 20/12/2023, 26/01/2024) are furniture, not extracted (SCHEMA furniture; dev 000).",
    ],
))

# d02 ------------------------------------------------------------ Báo Đắk Lắk, year-end conference + awards
ARTICLES.append(dict(
    id="d02",
    url="https://baodaklak.vn/kinh-te/202301/lien-minh-htx-tinh-tong-ket-cong-tac-nam-2022-7a31c09/",
    title="Liên minh HTX tỉnh tổng kết công tác năm 2022",
    published="2023-01-10T17:05:00+07:00",
    cut="\nTừ khóa:",
    text="""\
(Baodaklak) - Chiều 9/1, Liên minh Hợp tác xã (HTX) tỉnh tổ chức hội nghị tổng kết công tác năm 2022, triển khai nhiệm vụ năm 2023. Dự hội nghị có Phó Chủ tịch UBND tỉnh Nguyễn Hoài Nam; lãnh đạo các sở, ngành liên quan cùng hơn 150 đại biểu đại diện các HTX, quỹ tín dụng nhân dân (QTDND) trên địa bàn.
Năm 2022, kinh tế tập thể của tỉnh tiếp tục phát triển cả về số lượng và chất lượng. Tính đến ngày 31/12/2022, toàn tỉnh Đắk Lắk có 486 HTX, 5 liên hiệp HTX, 21 QTDND và hơn 1.300 tổ hợp tác; trong năm đã thành lập mới 64 HTX, vượt 28% kế hoạch. Doanh thu bình quân của một HTX đạt khoảng 3,4 tỷ đồng/năm, lãi bình quân 265 triệu đồng; thu nhập bình quân của lao động thường xuyên trong HTX đạt 5,2 triệu đồng/tháng.
Liên minh HTX tỉnh đã tư vấn thành lập mới 31 HTX; tổ chức 14 lớp tập huấn cho hơn 900 lượt cán bộ quản lý, thành viên HTX; hỗ trợ 22 HTX tham gia hội chợ, triển lãm trong và ngoài tỉnh. Quỹ Hỗ trợ phát triển HTX tỉnh giải ngân 18,6 tỷ đồng cho 39 dự án vay vốn, tỷ lệ nợ quá hạn dưới 1%. Đáng chú ý, có thêm 47 sản phẩm của HTX được công nhận đạt chuẩn OCOP từ 3 sao trở lên, nâng tổng số sản phẩm OCOP của khu vực kinh tế tập thể lên 112 sản phẩm.
Phó Chủ tịch UBND tỉnh Nguyễn Hoài Nam trao Cờ thi đua của UBND tỉnh cho các tập thể xuất sắc
Tuy nhiên, hội nghị cũng chỉ ra không ít hạn chế: nhiều HTX hoạt động cầm chừng, năng lực quản trị còn yếu; liên kết với doanh nghiệp theo chuỗi giá trị chưa nhiều; việc tiếp cận vốn tín dụng, đất đai để xây dựng nhà xưởng, kho bãi còn khó khăn. Toàn tỉnh còn 37 HTX ngừng hoạt động nhưng chưa được giải thể dứt điểm.
Năm 2023, Liên minh HTX tỉnh Đăk Lăk phấn đấu thành lập mới ít nhất 50 HTX, có trên 45% HTX xếp loại tốt và khá; hỗ trợ ít nhất 20 sản phẩm của HTX tham gia Chương trình OCOP; đồng thời hoàn thành các chỉ tiêu Nghị quyết Đại hội Liên minh HTX tỉnh nhiệm kỳ 2020 - 2025.
Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh Nguyễn Hoài Nam ghi nhận những kết quả mà khu vực kinh tế tập thể đạt được trong bối cảnh giá vật tư nông nghiệp tăng cao. Ông đề nghị Liên minh HTX tỉnh đổi mới phương thức hoạt động, tăng cường tư vấn, hỗ trợ HTX xây dựng phương án sản xuất kinh doanh gắn với các sản phẩm chủ lực của tỉnh như cà phê, hồ tiêu, sầu riêng, mắc ca; phối hợp với các địa phương xử lý dứt điểm các HTX ngừng hoạt động kéo dài.
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 5 tập thể và 7 cá nhân có thành tích xuất sắc trong phong trào thi đua năm 2022; UBND tỉnh tặng Cờ thi đua cho 2 tập thể dẫn đầu phong trào thi đua khối HTX là HTX Nông nghiệp Dịch vụ Hòa Thuận Phát (huyện Cư M'gar) và QTDND Ea Kmút (huyện Ea Kar). Liên minh HTX tỉnh cũng tặng Giấy khen cho 18 tập thể, 26 cá nhân có thành tích tiêu biểu trong năm qua.
Thùy Dung
Từ khóa: Liên minh HTX tỉnh, kinh tế tập thể, tổng kết năm 2022""",
    gold=dict(
        title=None,
        published="2023-01-10T17:05",
        events=[E("conference", "2023-01-09", "Chiều 9/1, Liên minh Hợp tác xã (HTX) tỉnh tổ chức hội nghị tổng kết"),
                E("award", "2023-01-09", "Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen")],
        dates=[D("2023-01-09", "Chiều 9/1"), D("2022-12-31", "ngày 31/12/2022")],
        parties=[P(LM("tỉnh", "Đắk Lắk"), "cooperative_alliance", "Đắk Lắk", "Liên minh HTX tỉnh Đăk Lăk")],
        periods=[R(2020, 2025, "nhiệm kỳ 2020 - 2025")],
        awards=[A("Cờ thi đua", "Hợp tác xã Nông nghiệp Dịch vụ Hòa Thuận Phát", "HTX Nông nghiệp Dịch vụ Hòa Thuận Phát",
                  aliases=["Hợp tác xã Nông nghiệp Dịch vụ Hòa Thuận Phát (huyện Cư M'gar)", "Hợp tác xã Hòa Thuận Phát"]),
                A("Cờ thi đua", "Quỹ tín dụng nhân dân Ea Kmút", "QTDND Ea Kmút",
                  aliases=["Quỹ tín dụng nhân dân Ea Kmút (huyện Ea Kar)"])],
        award_counts=[C("Bằng khen", 5, 7, "tặng Bằng khen cho 5 tập thể và 7 cá nhân"),
                      C("Cờ thi đua", 2, None, "tặng Cờ thi đua cho 2 tập thể"),
                      C("Giấy khen", 18, 26, "tặng Giấy khen cho 18 tập thể, 26 cá nhân")],
        people=[H("Nguyễn Hoài Nam", "Phó Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk")],
        authors=[W("Thùy Dung", "\nThùy Dung")],
    ),
    notes=[
        "headline only in the dump's \"title\" field, text starts with the lead → title null (SCHEMA: title has a span into \"text\"; null when the article starts with its body; dev 001, p025).",
        "dateline \"(Baodaklak) - \" is an outlet tag, not content (DOMAIN §8; dev 002 \"TTTĐ - \").",
        "\"Chiều 9/1\" → 2023-01-09 from the published year 2023, not from \"năm 2022\" (the reporting year) (SCHEMA dates: publication date first; dev 003 \"năm qua\" = previous year).",
        "\"Liên minh Hợp tác xã (HTX) tỉnh\" is resolved to Đắk Lắk from \"Liên minh HTX tỉnh Đăk Lăk\" later in the body (dev 003, p036: province named elsewhere in the body); \"Đăk Lăk\" → canonical Đắk Lắk.",
        "conference and award on the same date: honours presented \"Dịp này\" at the conference (dev 003, p036).",
        "Cờ thi đua to 2 named collectives → 2 award pairs and the count (Cờ thi đua, 2, null) (dev 001 \"cờ thi đua cho 02 đơn vị\").",
        "Bằng khen 5 tập thể + 7 cá nhân and Giấy khen 18 tập thể + 26 cá nhân are counts only (dev 003, p036).",
        "issuer of the Bằng khen is the Chủ tịch UBND tỉnh, of the Cờ the UBND tỉnh; gold awards carry no issuer (dev gold shape).",
        "\"Tính đến ngày 31/12/2022\" is a stated calendar date → in dates.",
        "\"nhiệm kỳ 2020 - 2025\" of the provincial alliance congress resolution → term period (dev p008).",
        "the caption line (no final period) repeats the Cờ thi đua without names: no extra item.",
        "\"Từ khóa:\" line is furniture; its \"năm 2022\" is a bare year anyway.",
    ],
))

# d03 ------------------------------------------------------------ Báo Tin tức (TTXVN), award ceremony, post-merger
ARTICLES.append(dict(
    id="d03",
    url="https://baotintuc.vn/kinh-te/hop-tac-xa-o-hung-yen-don-nhan-huan-chuong-lao-dong-hang-ba-20251220194833412.htm",
    title="Hợp tác xã ở Hưng Yên đón nhận Huân chương Lao động hạng Ba",
    published="2025-12-20T19:48:33+07:00",
    cut="\nTin liên quan\n",
    text="""\
Hợp tác xã ở Hưng Yên đón nhận Huân chương Lao động hạng Ba
Sáng 20/12, tại phường Thái Bình, tỉnh Hưng Yên, Hợp tác xã Dịch vụ nông nghiệp Đông Hòa Phát tổ chức Lễ đón nhận Huân chương Lao động hạng Ba nhân kỷ niệm 30 năm thành lập (1995 - 2025).
Phó Chủ tịch UBND tỉnh Hưng Yên Trần Quốc Hưng trao Huân chương Lao động hạng Ba cho Hợp tác xã Dịch vụ nông nghiệp Đông Hòa Phát. Ảnh: Bích Ngọc/TTXVN
Thừa ủy quyền của Chủ tịch nước, Phó Chủ tịch UBND tỉnh Hưng Yên Trần Quốc Hưng đã trao Huân chương Lao động hạng Ba cho hợp tác xã vì đã có thành tích xuất sắc trong sản xuất, kinh doanh, góp phần vào sự nghiệp xây dựng chủ nghĩa xã hội và bảo vệ Tổ quốc.
Thành lập năm 1995 với 312 hộ thành viên, những năm đầu hợp tác xã chỉ làm dịch vụ thủy nông và bảo vệ đồng ruộng. Đến nay, hợp tác xã có 1.146 thành viên, tổ chức 9 khâu dịch vụ, trong đó có làm đất, gieo cấy bằng máy, cung ứng giống, vật tư nông nghiệp và bao tiêu lúa hàng hóa. Hợp tác xã liên kết với doanh nghiệp sản xuất 180 ha lúa chất lượng cao, giá thu mua cao hơn thị trường từ 300 - 500 đồng/kg. Năm 2024, doanh thu của hợp tác xã đạt 14,7 tỷ đồng, lãi hơn 900 triệu đồng; thu nhập bình quân của lao động thường xuyên đạt 7,5 triệu đồng/người/tháng.
Giám đốc Hợp tác xã Đào Văn Khánh cho biết, bước ngoặt đến khi hợp tác xã mạnh dạn đầu tư 2 máy cấy, 3 máy gặt đập liên hợp và hệ thống sấy lúa công suất 30 tấn/mẻ từ nguồn vốn vay Quỹ hỗ trợ phát triển hợp tác xã. Nhờ cơ giới hóa đồng bộ, chi phí sản xuất của thành viên giảm khoảng 15%, nhiều hộ yên tâm giao ruộng cho hợp tác xã làm dịch vụ trọn gói.
Phát biểu tại buổi lễ, Phó Chủ tịch UBND tỉnh Trần Quốc Hưng ghi nhận những đóng góp của hợp tác xã đối với phát triển nông nghiệp, nông thôn của địa phương. Ông cho biết, sau khi hợp nhất tỉnh Thái Bình và tỉnh Hưng Yên từ ngày 1/7/2025, tỉnh Hưng Yên có hơn 870 hợp tác xã nông nghiệp, là lực lượng quan trọng trong tổ chức lại sản xuất, xây dựng vùng nguyên liệu tập trung. Ông đề nghị hợp tác xã tiếp tục đổi mới quản trị, ứng dụng chuyển đổi số, mở rộng liên kết theo chuỗi giá trị, xứng đáng với phần thưởng cao quý được Đảng, Nhà nước trao tặng.
Tại buổi lễ, ông Đào Văn Khánh, Giám đốc Hợp tác xã vinh dự được Thủ tướng Chính phủ tặng Bằng khen; bà Trần Thị Lụa, Kế toán trưởng Hợp tác xã được Liên minh HTX Việt Nam tặng Bằng khen. Dịp này, Chủ tịch UBND tỉnh Hưng Yên cũng tặng Bằng khen cho 3 tập thể và 6 cá nhân của hợp tác xã có thành tích tiêu biểu giai đoạn 2020 - 2025.
Chủ tịch Liên minh HTX tỉnh Hưng Yên Phạm Thị Hạnh đánh giá, Đông Hòa Phát là một trong những hợp tác xã nông nghiệp kiểu mới điển hình của tỉnh, có cách làm bài bản, công khai, minh bạch tài chính với thành viên. Liên minh HTX tỉnh sẽ tiếp tục đồng hành, hỗ trợ hợp tác xã tiếp cận vốn, mở rộng thị trường tiêu thụ lúa gạo chất lượng cao.
Bích Ngọc (TTXVN)
Tin liên quan
Hưng Yên: Hơn 200 hợp tác xã được hỗ trợ chuyển đổi số
Liên minh HTX tỉnh Quảng Trị đón nhận Huân chương Lao động hạng Nhì""",
    gold=dict(
        title="Hợp tác xã ở Hưng Yên đón nhận Huân chương Lao động hạng Ba",
        published="2025-12-20T19:48",
        events=[E("award", "2025-12-20", "Sáng 20/12, tại phường Thái Bình, tỉnh Hưng Yên, Hợp tác xã Dịch vụ nông nghiệp Đông Hòa Phát tổ chức Lễ đón nhận Huân chương")],
        dates=[D("2025-12-20", "Sáng 20/12"), D("2025-07-01", "ngày 1/7/2025")],
        parties=[P("Hợp tác xã Dịch vụ nông nghiệp Đông Hòa Phát", "cooperative", "Hưng Yên",
                   "Hợp tác xã Dịch vụ nông nghiệp Đông Hòa Phát", aliases=["Hợp tác xã Đông Hòa Phát"])],
        periods=[R(1995, 2025, "(1995 - 2025)"), R(2020, 2025, "giai đoạn 2020 - 2025")],
        awards=[A("Huân chương Lao động hạng Ba", "Hợp tác xã Dịch vụ nông nghiệp Đông Hòa Phát",
                  "trao Huân chương Lao động hạng Ba cho hợp tác xã", aliases=["Hợp tác xã Đông Hòa Phát"]),
                A("Bằng khen", "Đào Văn Khánh", "ông Đào Văn Khánh, Giám đốc Hợp tác xã vinh dự được Thủ tướng Chính phủ tặng Bằng khen"),
                A("Bằng khen", "Trần Thị Lụa", "bà Trần Thị Lụa, Kế toán trưởng Hợp tác xã được Liên minh HTX Việt Nam tặng Bằng khen")],
        award_counts=[C("Bằng khen", 3, 6, "tặng Bằng khen cho 3 tập thể và 6 cá nhân")],
        people=[H("Trần Quốc Hưng", "Phó Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên"),
                H("Đào Văn Khánh", "Giám đốc Hợp tác xã Dịch vụ nông nghiệp Đông Hòa Phát"),
                H("Trần Thị Lụa", "Kế toán trưởng Hợp tác xã Dịch vụ nông nghiệp Đông Hòa Phát"),
                H("Phạm Thị Hạnh", "Chủ tịch Liên minh Hợp tác xã tỉnh Hưng Yên")],
        authors=[W("Bích Ngọc", "Bích Ngọc (TTXVN)")],
    ),
    notes=[
        "headline is the first line of \"text\" → title (dev 002).",
        "event = award only: a \"Lễ đón nhận Huân chương\" is the presentation of honours; an anniversary ceremony is not in the conference list (SCHEMA event types).",
        "party = the cooperative that holds the ceremony (host); kind cooperative, province Hưng Yên (post-merger unit, event after 1/7/2025) (SCHEMA parties: host; DOMAIN §3.3).",
        "\"phường Thái Bình\" is a ward of Hưng Yên after 7/2025, not the old province; \"tỉnh Thái Bình\" is only named as merged history (DOMAIN §3.3).",
        "\"(1995 - 2025)\" after \"kỷ niệm 30 năm thành lập\" is a bare range used as a span of time → reference period (SCHEMA periods; dev 001 \"từ năm 2020-2022\").",
        "\"thành tích tiêu biểu giai đoạn 2020 - 2025\" → period 2020-2025 (achievement period, still a giai đoạn).",
        "\"300 - 500 đồng/kg\" is a price range, not a period.",
        "Huân chương Lao động hạng Ba → recipient the cooperative (\"cho hợp tác xã\" refers to the host named in the lead); canonical award name keeps the class (SCHEMA awards).",
        "two Bằng khen to named persons (one of the Thủ tướng, one of the VCA) → two (Bằng khen, person) pairs (SCHEMA awards: recipient the named collective or person).",
        "\"Bằng khen cho 3 tập thể và 6 cá nhân\" → count (dev p036).",
        "\"ngày 1/7/2025\" (merger date) is a stated date → in dates.",
        "people: the Giám đốc and Kế toán trưởng titles resolved to the named cooperative; the caption repeats Trần Quốc Hưng only.",
        "author \"Bích Ngọc (TTXVN)\" → Bích Ngọc (dev p021 \"Thanh Tuấn (TTXVN)\"); the caption credit \"Ảnh: Bích Ngọc/TTXVN\" adds nothing.",
        "the \"Tin liên quan\" headline with a Huân chương Lao động hạng Nhì is furniture: no award.",
    ],
))

# d04 ------------------------------------------------------------ Báo Quảng Ninh, congress 2020
ARTICLES.append(dict(
    id="d04",
    url="https://baoquangninh.vn/dai-hoi-dai-bieu-lien-minh-htx-tinh-lan-thu-vi-nhiem-ky-2020-2025-3129874.html",
    title="Đại hội đại biểu Liên minh HTX tỉnh lần thứ VI, nhiệm kỳ 2020-2025",
    published="2020-09-23T18:20:00+07:00",
    cut="\n\nBÌNH LUẬN",
    text="""\
Trong 2 ngày 22 và 23/9, Liên minh Hợp tác xã tỉnh Quảng Ninh tổ chức Đại hội đại biểu lần thứ VI, nhiệm kỳ 2020-2025. Đây là sự kiện chính trị quan trọng của khu vực kinh tế tập thể tỉnh, diễn ra trước thềm Đại hội đại biểu toàn quốc Liên minh HTX Việt Nam lần thứ VI.

Báo cáo chính trị trình Đại hội cho thấy, nhiệm kỳ 2015-2020, dù còn nhiều khó khăn, Liên minh HTX tỉnh đã bám sát chỉ đạo của Tỉnh ủy, UBND tỉnh và Liên minh HTX Việt Nam, làm tốt vai trò tư vấn, hỗ trợ thành viên. Đến nay, toàn tỉnh có 496 HTX, tăng 213 HTX so với đầu nhiệm kỳ; 1 liên hiệp HTX và 18 quỹ tín dụng nhân dân. Số HTX hoạt động hiệu quả từ khá trở lên chiếm 52%; doanh thu bình quân của một HTX đạt 2,8 tỷ đồng/năm. Nhiều HTX đã tham gia Chương trình OCOP, xây dựng được thương hiệu cho các sản phẩm như chè hoa vàng, ba kích, miến dong, nước mắm, hải sản khô.

Đại biểu tham quan gian trưng bày sản phẩm OCOP của các HTX bên lề Đại hội.

Tại phiên chính thức sáng 23/9, đồng chí Đỗ Minh Quân, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh đề nghị Liên minh HTX tỉnh tập trung nâng cao chất lượng hoạt động của các HTX hiện có, hạn chế tình trạng thành lập ồ ạt rồi ngừng hoạt động; chú trọng phát triển HTX ở các xã miền núi, hải đảo; đẩy mạnh liên kết với doanh nghiệp trong tiêu thụ sản phẩm. Đồng chí Lê Quang Vũ, Phó Chủ tịch Liên minh HTX Việt Nam đánh giá cao vai trò của Quảng Ninh trong phát triển kinh tế tập thể vùng Đông Bắc.

Cũng tại phiên chính thức, thừa ủy quyền của Chủ tịch Liên minh HTX Việt Nam, đồng chí Lê Quang Vũ đã trao Cờ thi đua của Liên minh HTX Việt Nam cho Liên minh HTX tỉnh Quảng Ninh vì có thành tích xuất sắc dẫn đầu phong trào thi đua năm 2019; trao Kỷ niệm chương "Vì sự nghiệp phát triển Hợp tác xã Việt Nam" cho 12 cá nhân có nhiều đóng góp cho sự phát triển kinh tế tập thể của tỉnh.

Đại hội đề ra mục tiêu nhiệm kỳ 2020-2025: phấn đấu đến năm 2025 toàn tỉnh có 650 HTX, trong đó trên 60% HTX hoạt động hiệu quả từ khá trở lên; 100% cán bộ quản lý HTX được bồi dưỡng kiến thức quản trị; mỗi năm hỗ trợ ít nhất 15 HTX ứng dụng công nghệ cao trong sản xuất.

Đại hội đã bầu Ban Chấp hành Liên minh HTX tỉnh khóa VI gồm 31 đồng chí. Tại phiên họp thứ nhất, Ban Chấp hành bầu Ban Thường vụ gồm 9 đồng chí; bà Vũ Thị Thu Hà tái đắc cử Chủ tịch Liên minh HTX tỉnh nhiệm kỳ 2020-2025. Đại hội cũng bầu 15 đại biểu chính thức đi dự Đại hội đại biểu toàn quốc Liên minh HTX Việt Nam lần thứ VI, dự kiến diễn ra vào tháng 12/2020 tại Hà Nội.

Hoàng Quỳnh

BÌNH LUẬN""",
    gold=dict(
        title=None,
        published="2020-09-23T18:20",
        events=[E("congress", "2020-09-22/2020-09-23", "Trong 2 ngày 22 và 23/9, Liên minh Hợp tác xã tỉnh Quảng Ninh tổ chức Đại hội đại biểu lần thứ VI"),
                E("award", "2020-09-23", "Cũng tại phiên chính thức, thừa ủy quyền của Chủ tịch Liên minh HTX Việt Nam, đồng chí Lê Quang Vũ đã trao Cờ thi đua")],
        dates=[D("2020-09-22/2020-09-23", "22 và 23/9"), D("2020-09-23", "sáng 23/9"), D("2020-12", "tháng 12/2020")],
        parties=[P(LM("tỉnh", "Quảng Ninh"), "cooperative_alliance", "Quảng Ninh", "Liên minh Hợp tác xã tỉnh Quảng Ninh")],
        periods=[R(2020, 2025, "nhiệm kỳ 2020-2025"), R(2015, 2020, "nhiệm kỳ 2015-2020"),
                 R(None, 2025, "phấn đấu đến năm 2025")],
        awards=[A("Cờ thi đua", LM("tỉnh", "Quảng Ninh"), "cho Liên minh HTX tỉnh Quảng Ninh")],
        award_counts=[C("Kỷ niệm chương", None, 12, "Kỷ niệm chương \"Vì sự nghiệp phát triển Hợp tác xã Việt Nam\" cho 12 cá nhân")],
        people=[H("Đỗ Minh Quân", "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Ủy ban nhân dân tỉnh Quảng Ninh"),
                H("Lê Quang Vũ", "Phó Chủ tịch Liên minh Hợp tác xã Việt Nam"),
                H("Vũ Thị Thu Hà", "Chủ tịch Liên minh Hợp tác xã tỉnh Quảng Ninh")],
        authors=[W("Hoàng Quỳnh", "\n\nHoàng Quỳnh")],
    ),
    notes=[
        "headline only in metadata → title null (SCHEMA title span; dev 001).",
        "\"Trong 2 ngày 22 và 23/9\" → one range 2020-09-22/2020-09-23, year from published (dev p008 \"trong 2 ngày 21 - 22/12\"; DOMAIN §4.1 \"ngày 5 và 6/6\").",
        "congress event dated with the range (the congress is the two days; dev p049 dates a multi-day event with its range); award dated 2020-09-23, the official session where the Cờ was presented.",
        "\"sáng 23/9\" is stated separately → 2020-09-23 also in dates (value differs from the range).",
        "\"dự kiến diễn ra vào tháng 12/2020\" → month date 2020-12 in dates, but no event: the national congress is future (dev p008: a future congress gives no event).",
        "periods: term 2020-2025, previous term 2015-2020 (dev p008 keeps both terms), \"phấn đấu đến năm 2025\" → horizon (dev p021, p055).",
        "\"khóa VI\", \"lần thứ VI\" are not periods (dev 004, p036).",
        "Cờ thi đua of the VCA to the provincial alliance itself → award pair with the alliance as recipient (canonical name).",
        "Kỷ niệm chương to 12 cá nhân → (Kỷ niệm chương, null, 12) (dev p036).",
        "\"thành tích ... năm 2019\" is the achievement year, a bare year: not a date.",
        "party = the alliance holding the congress; the VCA only attends (SCHEMA parties: host).",
        "the caption line (\"Đại biểu tham quan ...\") has no date or award.",
        "byline \"Hoàng Quỳnh\"; \"BÌNH LUẬN\" is furniture (dev 001).",
    ],
))

# d05 ------------------------------------------------------------ Kinh tế & Đô thị, trade fair, no published field
ARTICLES.append(dict(
    id="d05",
    url="https://kinhtedothi.vn/khai-mac-tuan-hang-nong-san-san-pham-ocop-ha-noi-va-cac-tinh-tay-bac-nam-2023.html",
    title="Khai mạc Tuần hàng nông sản, sản phẩm OCOP Hà Nội và các tỉnh Tây Bắc năm 2023",
    published=OMIT,
    cut="\nTừ khóa:",
    text="""\
Khai mạc Tuần hàng nông sản, sản phẩm OCOP Hà Nội và các tỉnh Tây Bắc năm 2023
Thứ Ba, 05/12/2023 - 11:20
Kinhtedothi - Liên minh HTX TP Hà Nội phối hợp với Liên minh HTX 3 tỉnh Sơn La, Hoà Bình và Phú Thọ tổ chức Tuần hàng nông sản, sản phẩm OCOP năm 2023 từ ngày 5 đến 7/12 tại trụ sở Liên minh HTX TP Hà Nội (quận Hà Đông).
Khai mạc Tuần hàng nông sản, sản phẩm OCOP Hà Nội và các tỉnh Tây Bắc năm 2023
Các đại biểu cắt băng khai mạc Tuần hàng. Ảnh: Minh Phương
Tuần hàng có 86 gian hàng của gần 70 HTX, doanh nghiệp, trưng bày và giới thiệu hơn 600 sản phẩm nông sản, đặc sản vùng miền; trong đó có trên 250 sản phẩm đạt chứng nhận OCOP từ 3 sao trở lên. Khách tham quan có thể tìm thấy xoài, mận hậu, chè Shan tuyết của Sơn La; cam, bưởi đỏ, gạo nếp của Hoà Bình; chè, bưởi, thịt chua của Phú Thọ bên cạnh các sản phẩm làng nghề của Thủ đô.
Phát biểu khai mạc, Phó Chủ tịch Thường trực Liên minh HTX TP Hà Nội Nguyễn Thị Hồng Minh cho biết, Tuần hàng là một trong các hoạt động triển khai Kế hoạch số 312/KH-LMHTX ngày 20/10/2023 về kết nối cung cầu, tiêu thụ nông sản cho thành viên, đồng thời cụ thể hóa Chương trình phối hợp giai đoạn 2022 - 2025 mà Liên minh HTX Thủ đô đã ký với Liên minh HTX các tỉnh Tây Bắc.
“Thông qua Tuần hàng, chúng tôi mong muốn các HTX vùng cao có thêm kênh tiếp cận người tiêu dùng Thủ đô, còn các HTX Hà Nội có cơ hội tìm kiếm vùng nguyên liệu ổn định” - bà Nguyễn Thị Hồng Minh nói.
Tại lễ khai mạc sáng 5/12, 12 HTX của 3 tỉnh đã ký kết biên bản ghi nhớ cung ứng sản phẩm với 5 doanh nghiệp phân phối, chuỗi cửa hàng thực phẩm sạch trên địa bàn Hà Nội. Ông Lê Văn Phúc, Giám đốc HTX Nông nghiệp Suối Hoa (Hoà Bình) chia sẻ, đây là lần thứ ba HTX mang cam, bưởi xuống Hà Nội; mỗi lần tham gia, HTX không chỉ bán được hàng mà còn ký được hợp đồng với các cửa hàng, bếp ăn tập thể.
Hiện nay, Hà Nội có hơn 2.300 HTX, trong đó gần 1.200 HTX nông nghiệp. Năm 2023, Liên minh HTX TP Hà Nội đã tổ chức và hỗ trợ thành viên tham gia 15 hội chợ, tuần hàng trong và ngoài nước, giúp nhiều HTX mở rộng thị trường tiêu thụ.
Minh Phương
Từ khóa: Liên minh HTX TP Hà Nội, OCOP, Tuần hàng nông sản
Có thể bạn quan tâm
Hà Nội: Hơn 300 HTX được hỗ trợ chuyển đổi số trong năm 2023
Kết nối tiêu thụ nông sản an toàn Hà Nội - Hưng Yên từ ngày 10 đến 12/11""",
    gold=dict(
        title="Khai mạc Tuần hàng nông sản, sản phẩm OCOP Hà Nội và các tỉnh Tây Bắc năm 2023",
        published="2023-12-05T11:20",
        events=[E("trade_promotion", "2023-12-05/2023-12-07", "tổ chức Tuần hàng nông sản, sản phẩm OCOP năm 2023 từ ngày 5 đến 7/12"),
                E("signing", "2023-12-05", "Tại lễ khai mạc sáng 5/12, 12 HTX của 3 tỉnh đã ký kết biên bản ghi nhớ")],
        dates=[D("2023-12-05/2023-12-07", "từ ngày 5 đến 7/12"), D("2023-10-20", "ngày 20/10/2023"),
               D("2023-12-05", "sáng 5/12")],
        parties=[P(LM("thành phố", "Hà Nội"), "cooperative_alliance", "Hà Nội", "Liên minh HTX TP Hà Nội"),
                 P(LM("tỉnh", "Sơn La"), "cooperative_alliance", "Sơn La", "Liên minh HTX 3 tỉnh Sơn La, Hoà Bình và Phú Thọ"),
                 P(LM("tỉnh", "Hòa Bình"), "cooperative_alliance", "Hòa Bình", "Liên minh HTX 3 tỉnh Sơn La, Hoà Bình và Phú Thọ"),
                 P(LM("tỉnh", "Phú Thọ"), "cooperative_alliance", "Phú Thọ", "Liên minh HTX 3 tỉnh Sơn La, Hoà Bình và Phú Thọ")],
        periods=[R(2022, 2025, "giai đoạn 2022 - 2025")],
        awards=[], award_counts=[],
        people=[H("Nguyễn Thị Hồng Minh", "Phó Chủ tịch Thường trực Liên minh Hợp tác xã thành phố Hà Nội"),
                H("Lê Văn Phúc", "Giám đốc Hợp tác xã Nông nghiệp Suối Hoa")],
        authors=[W("Minh Phương", "\nMinh Phương")],
    ),
    notes=[
        "dump line has no \"published\" key; the text carries the page stamp \"Thứ Ba, 05/12/2023 - 11:20\" under the headline → published 2023-12-05T11:20 (SCHEMA published = the page's stamp; dev 002 \"16:17 | 31/03/2023\"). The stamp is not repeated in dates.",
        "title = first line; the repeated headline line before the caption is image alt text (dev 002).",
        "\"từ ngày 5 đến 7/12\" → range 2023-12-05/2023-12-07 (year from the in-text stamp); the trade_promotion event takes the range (dev p049).",
        "side signing at the opening (\"sáng 5/12\", 12 unnamed HTX with 5 unnamed enterprises) → signing event 2023-12-05; its signatories are unnamed and are not parties of the main event.",
        "parties = organisers: \"Liên minh HTX TP Hà Nội phối hợp với Liên minh HTX 3 tỉnh Sơn La, Hoà Bình và Phú Thọ\" → 4 alliances; count 3 = 3 listed (dev 002, 000 coordination); \"Hoà Bình\" → canonical Hòa Bình.",
        "\"Liên minh HTX các tỉnh Tây Bắc\" is a plural with no list: no extra party (DOMAIN §6.3).",
        "\"Kế hoạch số 312/KH-LMHTX ngày 20/10/2023\" → reference date in dates (dev p013).",
        "\"Chương trình phối hợp giai đoạn 2022 - 2025\" → program period.",
        "people from the body; the caption credit \"Ảnh: Minh Phương\" is not a person mention.",
        "\"Từ khóa\" and \"Có thể bạn quan tâm\" are furniture: \"từ ngày 10 đến 12/11\" there is not a date.",
    ],
))

# d06 ------------------------------------------------------------ Báo Lâm Đồng, training, post-merger
ARTICLES.append(dict(
    id="d06",
    url="https://baolamdong.vn/tap-huan-nang-cao-nang-luc-quan-tri-cho-can-bo-hop-tac-xa-391245.html",
    title="Tập huấn nâng cao năng lực quản trị cho cán bộ hợp tác xã",
    published="2025-10-17T16:45:12+07:00",
    cut="\n\nTin khác\n",
    text="""\
Từ ngày 15 đến 17/10, Liên minh Hợp tác xã tỉnh Lâm Đồng tổ chức lớp tập huấn nâng cao năng lực quản trị và chuyển đổi số cho 72 cán bộ quản lý hợp tác xã khu vực Gia Nghĩa và các xã lân cận.

Đây là lớp tập huấn đầu tiên Liên minh HTX tỉnh tổ chức tại khu vực này kể từ khi Liên minh HTX ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận hợp nhất, chính thức hoạt động theo mô hình mới từ ngày 1/7/2025. Học viên là chủ tịch hội đồng quản trị, giám đốc, kế toán của các hợp tác xã nông nghiệp, dịch vụ tổng hợp, phần lớn trên địa bàn tỉnh Đắk Nông (cũ).

Trong 3 ngày, giảng viên Trường Đại học Tây Nguyên và chuyên gia của Liên minh HTX Việt Nam đã truyền đạt các chuyên đề: những điểm mới của Luật Hợp tác xã năm 2023 và Nghị định số 113/2024/NĐ-CP ngày 12/9/2024 của Chính phủ quy định chi tiết một số điều của Luật Hợp tác xã; kỹ năng xây dựng phương án sản xuất, kinh doanh; quản lý tài chính, kế toán hợp tác xã; sử dụng phần mềm kế toán, hóa đơn điện tử và bán hàng trên sàn thương mại điện tử.

Ông Lê Văn Thạnh, Phó Chủ tịch Liên minh HTX tỉnh phát biểu khai giảng lớp tập huấn

Phát biểu khai giảng, ông Lê Văn Thạnh, Phó Chủ tịch Liên minh HTX tỉnh cho biết, sau sắp xếp, tỉnh Lâm Đồng có 1.146 hợp tác xã, 3 liên hiệp hợp tác xã và 29 quỹ tín dụng nhân dân, là một trong những địa phương có số lượng hợp tác xã lớn nhất cả nước. Riêng khu vực Đắk Nông (cũ) có 283 hợp tác xã, chủ yếu sản xuất cà phê, hồ tiêu, sầu riêng, mắc ca. Tuy nhiên, nhiều hợp tác xã còn lúng túng trong việc tổ chức lại theo Luật Hợp tác xã năm 2023, sổ sách kế toán chưa đầy đủ nên khó tiếp cận vốn vay.

Theo ông Thạnh, giai đoạn 2026 - 2030, Liên minh HTX tỉnh sẽ tổ chức ít nhất 40 lớp tập huấn mỗi năm, ưu tiên các nội dung chuyển đổi số, truy xuất nguồn gốc và kết nối thị trường; phối hợp với các sở, ngành hỗ trợ hợp tác xã xây dựng vùng nguyên liệu đạt chuẩn xuất khẩu.

Bà Hoàng Thị Nga, Giám đốc HTX Nông nghiệp Thuận Hạnh Phát cho biết, lần đầu tiên bà được hướng dẫn cụ thể cách lập báo cáo tài chính theo mẫu mới và đăng ký gian hàng trên sàn thương mại điện tử. "Học xong, tôi sẽ hướng dẫn lại cho bộ phận kế toán để hợp tác xã minh bạch sổ sách, có cơ sở làm hồ sơ vay vốn", bà Nga chia sẻ.

Kết thúc khóa tập huấn, Liên minh HTX tỉnh đã trao giấy chứng nhận cho 72 học viên hoàn thành chương trình.

HOÀNG YẾN

Tin khác
Lâm Đồng: Ra mắt Liên minh HTX tỉnh sau hợp nhất (02/07/2025)
Hơn 500 hợp tác xã tham gia chương trình OCOP (28/09/2025)""",
    gold=dict(
        title=None,
        published="2025-10-17T16:45",
        events=[E("training", "2025-10-15/2025-10-17", "Từ ngày 15 đến 17/10, Liên minh Hợp tác xã tỉnh Lâm Đồng tổ chức lớp tập huấn")],
        dates=[D("2025-10-15/2025-10-17", "Từ ngày 15 đến 17/10"), D("2025-07-01", "ngày 1/7/2025"),
               D("2024-09-12", "ngày 12/9/2024")],
        parties=[P(LM("tỉnh", "Lâm Đồng"), "cooperative_alliance", "Lâm Đồng", "Liên minh Hợp tác xã tỉnh Lâm Đồng")],
        periods=[R(2026, 2030, "giai đoạn 2026 - 2030")],
        awards=[], award_counts=[],
        people=[H("Lê Văn Thạnh", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh Lâm Đồng"),
                H("Hoàng Thị Nga", "Giám đốc Hợp tác xã Nông nghiệp Thuận Hạnh Phát")],
        authors=[W("Hoàng Yến", "HOÀNG YẾN")],
    ),
    notes=[
        "headline only in metadata → title null.",
        "\"Từ ngày 15 đến 17/10\" → range 2025-10-15/2025-10-17 from the published year; training event dated with the range.",
        "party = the organiser, the post-merger Liên minh Hợp tác xã tỉnh Lâm Đồng (event after 1/7/2025 → 34-unit map, DOMAIN §3.3).",
        "\"Liên minh HTX ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận hợp nhất\" describes the merger history; those pre-merger alliances do not organise the course → not parties (SCHEMA: principal organisations of the main event, not every organisation mentioned).",
        "\"tỉnh Đắk Nông (cũ)\" is historical geography, no party.",
        "\"Nghị định số 113/2024/NĐ-CP ngày 12/9/2024\" → reference date; \"từ ngày 1/7/2025\" → date.",
        "\"giai đoạn 2026 - 2030\" → program period.",
        "\"khóa tập huấn\" is a training course, not a term (DOMAIN §5 khóa ambiguity).",
        "\"trao giấy chứng nhận cho 72 học viên\" is a course certificate, not an honour (SCHEMA award list: cờ thi đua, bằng khen, giấy khen, huân chương, kỷ niệm chương) → no award, no count.",
        "the caption line repeats Lê Văn Thạnh, who is also in the body.",
        "\"Tin khác\" list dates (02/07/2025, 28/09/2025) are furniture.",
    ],
))

# d07 ------------------------------------------------------------ Báo Thanh Hóa, signing, DD/MM/YYYY stamp
ARTICLES.append(dict(
    id="d07",
    url="https://baothanhhoa.vn/lien-minh-htx-tinh-va-hoi-nong-dan-tinh-ky-ket-chuong-trinh-phoi-hop-giai-doan-2024-2028-211560.htm",
    title="Liên minh HTX tỉnh và Hội Nông dân tỉnh ký kết chương trình phối hợp giai đoạn 2024-2028",
    published="05/03/2024 14:20",
    cut="\nTin liên quan:\n",
    text="""\
Liên minh HTX tỉnh và Hội Nông dân tỉnh ký kết chương trình phối hợp giai đoạn 2024-2028
Sáng 5-3, Liên minh Hợp tác xã (HTX) tỉnh và Hội Nông dân tỉnh tổ chức hội nghị ký kết chương trình phối hợp hỗ trợ nông dân, HTX phát triển kinh tế tập thể giai đoạn 2024-2028.
Dự hội nghị có đại diện lãnh đạo Ban Dân vận Tỉnh ủy, Sở Nông nghiệp và PTNT, Ngân hàng Chính sách xã hội chi nhánh tỉnh.
Theo báo cáo, giai đoạn 2019-2023, hai đơn vị đã phối hợp tổ chức 46 lớp tập huấn cho hơn 3.200 lượt hội viên nông dân, cán bộ HTX; vận động, hỗ trợ thành lập mới 58 HTX và 214 tổ hợp tác. Tính đến tháng 2/2024, toàn tỉnh Thanh Hoá có 1.137 HTX đang hoạt động, trong đó có 726 HTX nông nghiệp, hơn 40% HTX xếp loại khá, tốt. Nhiều mô hình liên kết sản xuất lúa, rau an toàn, chăn nuôi theo chuỗi do nông dân và HTX cùng tham gia đã mang lại hiệu quả rõ rệt.
Theo chương trình phối hợp ký kết lần này, hai bên thống nhất 6 nội dung trọng tâm: tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước về kinh tế tập thể, nhất là Luật Hợp tác xã năm 2023; vận động hội viên nông dân tham gia thành lập, phát triển tổ hợp tác, HTX; phối hợp đào tạo, bồi dưỡng cán bộ; hỗ trợ HTX tiếp cận vốn vay từ Quỹ Hỗ trợ nông dân và Quỹ Hỗ trợ phát triển HTX; xúc tiến thương mại, kết nối tiêu thụ sản phẩm OCOP; ứng dụng chuyển đổi số trong sản xuất, kinh doanh.
Lãnh đạo Liên minh HTX tỉnh và Hội Nông dân tỉnh ký kết chương trình phối hợp.
Phát biểu tại hội nghị, đồng chí Phạm Văn Tùng, Chủ tịch Hội Nông dân tỉnh nhấn mạnh, nông dân muốn làm giàu bền vững phải liên kết lại, và HTX chính là "ngôi nhà chung" để hội viên cùng sản xuất, cùng tiêu thụ. Các cấp hội sẽ phát hiện, giới thiệu các tổ hợp tác, mô hình kinh tế hộ tiêu biểu đủ điều kiện để Liên minh HTX tỉnh tư vấn nâng lên thành HTX.
Đồng chí Lê Thị Hải Yến, Chủ tịch Liên minh HTX tỉnh đề nghị hai bên định kỳ giao ban 6 tháng, đánh giá kết quả thực hiện hằng năm, kịp thời tháo gỡ khó khăn cho HTX trong tiếp cận đất đai, tín dụng; đồng thời giao các phòng chuyên môn xây dựng kế hoạch cụ thể để triển khai ngay trong năm 2024.
Bài và ảnh: Minh Hằng
Tin liên quan:
- Thanh Hóa: Trao Bằng khen cho 25 HTX tiêu biểu (14/02/2024)
- Hội Nông dân tỉnh ra quân hỗ trợ nông dân tiêu thụ nông sản dịp Tết (25/01/2024)""",
    gold=dict(
        title="Liên minh HTX tỉnh và Hội Nông dân tỉnh ký kết chương trình phối hợp giai đoạn 2024-2028",
        published="2024-03-05T14:20",
        events=[E("signing", "2024-03-05", "Sáng 5-3, Liên minh Hợp tác xã (HTX) tỉnh và Hội Nông dân tỉnh tổ chức hội nghị ký kết")],
        dates=[D("2024-03-05", "Sáng 5-3"), D("2024-02", "tháng 2/2024")],
        parties=[P(LM("tỉnh", "Thanh Hóa"), "cooperative_alliance", "Thanh Hóa", "Liên minh Hợp tác xã (HTX) tỉnh"),
                 P("Hội Nông dân tỉnh Thanh Hóa", "association", "Thanh Hóa", "Hội Nông dân tỉnh",
                   aliases=["Hội Nông dân tỉnh"])],
        periods=[R(2024, 2028, "giai đoạn 2024-2028"), R(2019, 2023, "giai đoạn 2019-2023")],
        awards=[], award_counts=[],
        people=[H("Phạm Văn Tùng", "Chủ tịch Hội Nông dân tỉnh Thanh Hóa"),
                H("Lê Thị Hải Yến", "Chủ tịch Liên minh Hợp tác xã tỉnh Thanh Hóa")],
        authors=[W("Minh Hằng", "Bài và ảnh: Minh Hằng")],
    ),
    notes=[
        "dump \"published\" is \"05/03/2024 14:20\" (DD/MM/YYYY HH:MM, day first as always in Vietnamese) → 2024-03-05T14:20 (DOMAIN §4: day before month).",
        "title = first line of text (identical to metadata title).",
        "\"Sáng 5-3\" (D-M with a hyphen, no year) → 2024-03-05 from the published year (DOMAIN §4.1 D-M-Y hyphen forms).",
        "\"hội nghị ký kết\" → one signing event, no separate conference (dev 002: \"hội nghị ký kết chương trình phối hợp\" gives signing only).",
        "\"Liên minh HTX tỉnh\" / \"Hội Nông dân tỉnh\" resolved to Thanh Hóa from \"toàn tỉnh Thanh Hoá\" in the body (dev 003 style); \"Thanh Hoá\" (new-style tone) → canonical Thanh Hóa.",
        "parties = the two signatories; Hội Nông dân tỉnh Thanh Hóa is an association with the unresolved surface as alias.",
        "\"Tính đến tháng 2/2024\" → month date 2024-02 (SCHEMA month precision).",
        "\"giai đoạn 2019-2023\" (review of past cooperation) and \"giai đoạn 2024-2028\" (the new programme) → two periods.",
        "\"năm 2024\", \"Luật Hợp tác xã năm 2023\" are bare years: no dates.",
        "Ban Dân vận, Sở Nông nghiệp và PTNT, Ngân hàng Chính sách xã hội only attend → not parties.",
        "byline \"Bài và ảnh: Minh Hằng\" → Minh Hằng (dev 001 \"Tin, ảnh: ...\").",
        "the \"Tin liên quan\" item \"Trao Bằng khen cho 25 HTX tiêu biểu (14/02/2024)\" is furniture: no award count, no date.",
    ],
))

# d08 ------------------------------------------------------------ Báo Cần Thơ, emulation cluster
ARTICLES.append(dict(
    id="d08",
    url="https://baocantho.com.vn/cum-thi-dua-lien-minh-htx-cac-tinh-thanh-vung-dbscl-tong-ket-nam-2022-a154127.html",
    title="Cụm thi đua Liên minh HTX các tỉnh, thành vùng ĐBSCL tổng kết năm 2022",
    published="2022-11-26T06:30:00+07:00",
    cut="\n\nChia sẻ\n",
    text="""\
Hôm qua (25/11), tại TP Cần Thơ, Cụm thi đua Liên minh Hợp tác xã (HTX) các tỉnh, thành phố vùng Đồng bằng sông Cửu Long tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2022 và ký kết giao ước thi đua năm 2023.

Cụm thi đua gồm Liên minh HTX 7 địa phương: TP Cần Thơ, An Giang, Kiên Giang, Hậu Giang, Sóc Trăng, Bạc Liêu và Cà Mau. Năm 2022, Liên minh HTX các tỉnh, thành trong Cụm đã tư vấn thành lập mới 312 HTX, 45 tổ hợp tác; tổ chức 86 lớp bồi dưỡng cho hơn 5.400 lượt cán bộ, thành viên HTX; hỗ trợ trên 260 lượt HTX tham gia hội chợ, triển lãm và kết nối tiêu thụ sản phẩm. Nhiều HTX đã liên kết với doanh nghiệp sản xuất lúa chất lượng cao, nuôi tôm - lúa, trồng cây ăn trái theo tiêu chuẩn VietGAP, GlobalGAP.

Theo ông Trần Minh Khôi, Chủ tịch LMHTX TP Cần Thơ, Cụm trưởng năm 2022, các phong trào thi đua được phát động thiết thực, gắn với nhiệm vụ chính trị của từng địa phương; công tác bình xét, khen thưởng bảo đảm công khai, dân chủ. Tuy vậy, một số chỉ tiêu như tỷ lệ HTX khá, tốt, số HTX ứng dụng công nghệ cao vẫn chưa đạt kỳ vọng.

Phát biểu tại hội nghị, ông Nguyễn Văn Sang, Phó Chủ tịch Liên minh HTX Việt Nam đề nghị Cụm thi đua tiếp tục đổi mới nội dung, hình thức thi đua; chú trọng phát hiện, nhân rộng các mô hình HTX kiểu mới, HTX thích ứng với biến đổi khí hậu, xâm nhập mặn.

Dịp này, Liên minh HTX Việt Nam trao Cờ thi đua năm 2021 cho 2 đơn vị dẫn đầu Cụm là Liên minh HTX tỉnh An Giang và Liên minh HTX tỉnh Cà Mau. Hội nghị cũng thống nhất đề nghị Liên minh HTX Việt Nam tặng Bằng khen cho 4 tập thể và 5 cá nhân có thành tích xuất sắc năm 2022.

Ông Trần Minh Khôi (bìa phải) trao cờ luân phiên Cụm trưởng năm 2023 cho Liên minh HTX tỉnh Hậu Giang.

Liên minh HTX 7 tỉnh, thành đã ký kết giao ước thi đua năm 2023, thống nhất bầu Liên minh HTX tỉnh Hậu Giang làm Cụm trưởng, Liên minh HTX tỉnh Sóc Trăng làm Cụm phó. Bà Lâm Thị Ngọc Diệp, Chủ tịch Liên minh HTX tỉnh Hậu Giang, Cụm trưởng năm 2023 cam kết cùng các thành viên trong Cụm hoàn thành tốt các chỉ tiêu thi đua đã đăng ký.

THANH HẢI

Chia sẻ
In bài""",
    gold=dict(
        title=None,
        published="2022-11-26T06:30",
        events=[E("conference", "2022-11-25", "Hôm qua (25/11), tại TP Cần Thơ, Cụm thi đua ... tổ chức hội nghị tổng kết"),
                E("signing", "2022-11-25", "Liên minh HTX 7 tỉnh, thành đã ký kết giao ước thi đua năm 2023"),
                E("award", "2022-11-25", "Dịp này, Liên minh HTX Việt Nam trao Cờ thi đua năm 2021")],
        dates=[D("2022-11-25", "Hôm qua (25/11)")],
        parties=[P(LM("thành phố", "Cần Thơ"), "cooperative_alliance", "Cần Thơ", "TP Cần Thơ"),
                 P(LM("tỉnh", "An Giang"), "cooperative_alliance", "An Giang", "An Giang"),
                 P(LM("tỉnh", "Kiên Giang"), "cooperative_alliance", "Kiên Giang", "Kiên Giang"),
                 P(LM("tỉnh", "Hậu Giang"), "cooperative_alliance", "Hậu Giang", "Hậu Giang"),
                 P(LM("tỉnh", "Sóc Trăng"), "cooperative_alliance", "Sóc Trăng", "Sóc Trăng"),
                 P(LM("tỉnh", "Bạc Liêu"), "cooperative_alliance", "Bạc Liêu", "Bạc Liêu"),
                 P(LM("tỉnh", "Cà Mau"), "cooperative_alliance", "Cà Mau", "Cà Mau")],
        periods=[],
        awards=[A("Cờ thi đua", LM("tỉnh", "An Giang"), "Liên minh HTX tỉnh An Giang"),
                A("Cờ thi đua", LM("tỉnh", "Cà Mau"), "Liên minh HTX tỉnh Cà Mau")],
        award_counts=[C("Cờ thi đua", 2, None, "trao Cờ thi đua năm 2021 cho 2 đơn vị")],
        people=[H("Trần Minh Khôi", "Chủ tịch Liên minh Hợp tác xã thành phố Cần Thơ, Cụm trưởng"),
                H("Nguyễn Văn Sang", "Phó Chủ tịch Liên minh Hợp tác xã Việt Nam"),
                H("Lâm Thị Ngọc Diệp", "Chủ tịch Liên minh Hợp tác xã tỉnh Hậu Giang, Cụm trưởng")],
        authors=[W("Thanh Hải", "THANH HẢI")],
    ),
    notes=[
        "headline only in metadata → title null.",
        "\"Hôm qua (25/11)\" → the date in parentheses wins: 2022-11-25, year from published 2022-11-26 (DOMAIN §4.2, §4.5 rule 5).",
        "parties = the cluster members that meet, listed \"Liên minh HTX 7 địa phương: TP Cần Thơ, An Giang, ...\" → 7 alliances, count 7 = 7 listed (SCHEMA parties: members of an emulation cluster; dev 004, p026); TP Cần Thơ → thành phố.",
        "events: conference (tổng kết), signing (ký kết giao ước thi đua, dev 004), award (Cờ thi đua presented \"Dịp này\"), all 2022-11-25.",
        "Cờ thi đua năm 2021 to 2 named alliances → 2 award pairs + count (Cờ thi đua, 2, null); \"năm 2021\" is the achievement year (dev 001).",
        "\"thống nhất đề nghị Liên minh HTX Việt Nam tặng Bằng khen cho 4 tập thể và 5 cá nhân\" is a proposal, not a presentation → no count, no award (SCHEMA award_counts: honours given).",
        "\"trao cờ luân phiên Cụm trưởng năm 2023 cho Liên minh HTX tỉnh Hậu Giang\" hands over the cluster lead, not an honour → no award (dev p026 \"Trao cờ cụm trưởng\" has awards []).",
        "titles with abbreviations expanded: \"Chủ tịch LMHTX TP Cần Thơ\" → Chủ tịch Liên minh Hợp tác xã thành phố Cần Thơ.",
        "no periods: \"năm 2022\", \"năm 2023\" are single years.",
        "byline THANH HẢI → Thanh Hải; \"Chia sẻ\", \"In bài\" are toolbar furniture.",
    ],
))

# d09 ------------------------------------------------------------ VCA portal, mid-year review, published null
ARTICLES.append(dict(
    id="d09",
    url="https://vca.org.vn/lien-minh-htx-viet-nam-so-ket-cong-tac-6-thang-dau-nam-2021-a23815.html",
    title="Liên minh HTX Việt Nam sơ kết công tác 6 tháng đầu năm 2021",
    published=None,
    cut="\nTin mới nhất\n",
    text="""\
Liên minh HTX Việt Nam sơ kết công tác 6 tháng đầu năm 2021
Chiều 14/7, Liên minh HTX Việt Nam tổ chức Hội nghị trực tuyến sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ trọng tâm 6 tháng cuối năm 2021, kết nối với điểm cầu Liên minh HTX 63 tỉnh, thành phố.
Quang cảnh hội nghị tại điểm cầu Hà Nội
Chủ trì hội nghị có ông Nguyễn Hữu Phước, Phó Chủ tịch Liên minh HTX Việt Nam cùng lãnh đạo các ban, đơn vị trực thuộc.
Báo cáo tại hội nghị cho biết, 6 tháng đầu năm, dù chịu ảnh hưởng nặng nề của đợt dịch Covid-19 thứ tư, cả nước vẫn thành lập mới 1.065 HTX, 5 liên hiệp HTX và hơn 2.000 tổ hợp tác. Tính đến ngày 30/6/2021, cả nước có 26.524 HTX với khoảng 6,2 triệu thành viên. Hệ thống Liên minh HTX đã tích cực triển khai Nghị quyết Đại hội đại biểu toàn quốc Liên minh HTX Việt Nam lần thứ VI, nhiệm kỳ 2020 - 2025; phối hợp với các bộ, ngành tham mưu triển khai Quyết định số 340/QĐ-TTg ngày 12.3.2021 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển kinh tế tập thể, hợp tác xã giai đoạn 2021 - 2030.
Bên cạnh đó, Liên minh HTX Việt Nam đã hỗ trợ các HTX tiêu thụ nông sản ở những vùng bị ảnh hưởng bởi dịch bệnh, nhất là vải thiều và nông sản của Bắc Giang, Hải Dương; phối hợp với các sàn thương mại điện tử đưa hàng nghìn tấn nông sản của HTX đến với người tiêu dùng.
Tại điểm cầu Bắc Giang, bà Đinh Thị Hương Giang, Chủ tịch Liên minh HTX tỉnh Bắc Giang chia sẻ, trong thời điểm giãn cách xã hội, Liên minh HTX tỉnh đã phối hợp với các HTX, doanh nghiệp tổ chức thu mua, bao tiêu hơn 1.800 tấn vải thiều, giúp thành viên giảm thiệt hại.
Về nhiệm vụ 6 tháng cuối năm, ông Nguyễn Hữu Phước đề nghị hệ thống Liên minh HTX tập trung hỗ trợ HTX khôi phục sản xuất kinh doanh, thích ứng an toàn với dịch bệnh; đẩy mạnh chuyển đổi số; hoàn thiện hồ sơ đề xuất sửa đổi Luật Hợp tác xã năm 2012; chuẩn bị tổ chức Hội chợ triển lãm quốc tế về hợp tác xã, dự kiến diễn ra vào tháng 10/2021 nếu tình hình dịch bệnh cho phép.
Thu Trang
Tin mới nhất
Đại hội đại biểu toàn quốc Liên minh HTX Việt Nam lần thứ VII, nhiệm kỳ 2026 - 2031 thành công tốt đẹp
Liên minh HTX Việt Nam phát động thi đua chào mừng Ngày Hợp tác xã Việt Nam 11/4""",
    gold=dict(
        title="Liên minh HTX Việt Nam sơ kết công tác 6 tháng đầu năm 2021",
        published=None,
        events=[E("conference", "2021-07-14", "Chiều 14/7, Liên minh HTX Việt Nam tổ chức Hội nghị trực tuyến sơ kết")],
        dates=[D("2021-07-14", "Chiều 14/7"), D("2021-06-30", "ngày 30/6/2021"), D("2021-03-12", "ngày 12.3.2021"),
               D("2021-10", "tháng 10/2021")],
        parties=[P(VCA, "cooperative_alliance", None, "Liên minh HTX Việt Nam tổ chức Hội nghị")],
        periods=[R(2020, 2025, "nhiệm kỳ 2020 - 2025"), R(2021, 2030, "giai đoạn 2021 - 2030")],
        awards=[], award_counts=[],
        people=[H("Nguyễn Hữu Phước", "Phó Chủ tịch Liên minh Hợp tác xã Việt Nam"),
                H("Đinh Thị Hương Giang", "Chủ tịch Liên minh Hợp tác xã tỉnh Bắc Giang")],
        authors=[W("Thu Trang", "\nThu Trang")],
    ),
    notes=[
        "dump \"published\" is null and the text has no stamp → published null (SCHEMA: null when absent).",
        "title = first line (the headline is repeated in the text).",
        "\"Chiều 14/7\" has no year and there is no publication date → year 2021 from the title's \"6 tháng đầu năm 2021\" / the lead's \"6 tháng cuối năm 2021\", which the text ties to this very meeting (SCHEMA dates: \"else from an explicit year that the text ties to the same event (a title's 'năm 2023')\"; dev p026 \"Chiều 16/10\" + title \"năm 2022\" → 2022-10-16).",
        "\"ngày 12.3.2021\" with dots after the cited decision → 2021-03-12 (reference) (dev p055 \"ngày 22.7.2021\").",
        "\"dự kiến diễn ra vào tháng 10/2021\" → month date 2021-10; future, so no trade_promotion event (dev p008).",
        "party = the host VCA, province null (dev p008); the 63 provincial alliances are connected points and Bắc Giang only speaks → not parties.",
        "periods: \"nhiệm kỳ 2020 - 2025\" (term), \"giai đoạn 2021 - 2030\" (strategy programme).",
        "\"6 tháng đầu năm\"/\"6 tháng cuối năm\" are year fractions, not dates (dev p036 \"6 tháng đầu năm\" not in dates).",
        "\"Luật Hợp tác xã năm 2012\", \"lần thứ VI\" → nothing.",
        "\"Tin mới nhất\" lines (nhiệm kỳ 2026 - 2031, 11/4) are furniture (dev 000).",
        "caption \"Quang cảnh hội nghị tại điểm cầu Hà Nội\" carries nothing.",
    ],
))

# d10 ------------------------------------------------------------ Báo Gia Lai, congress of a merged alliance 2026
ARTICLES.append(dict(
    id="d10",
    url="https://baogialai.com.vn/dai-hoi-dai-bieu-lien-minh-htx-tinh-gia-lai-lan-thu-i-nhiem-ky-2026-2031-post412876.html",
    title="Đại hội đại biểu Liên minh HTX tỉnh Gia Lai lần thứ I, nhiệm kỳ 2026-2031",
    published="2026-03-20T21:10:00+07:00",
    cut="\n\nTin liên quan\n",
    text="""\
Ngày 19 và 20-3, tại phường Quy Nhơn, Liên minh Hợp tác xã tỉnh Gia Lai tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2026 - 2031. Đây là đại hội đầu tiên kể từ khi hợp nhất Liên minh HTX hai tỉnh Gia Lai và Bình Định.

Dự Đại hội có đồng chí Hồ Văn Điền, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh; đồng chí Trương Quốc Bình, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức - Kiểm tra Liên minh HTX Việt Nam cùng 220 đại biểu đại diện cho hơn 1.200 hợp tác xã, liên hiệp hợp tác xã, quỹ tín dụng nhân dân thành viên.

Liên minh HTX tỉnh Gia Lai được tổ chức lại theo Quyết định số 27/QĐ-UBND ngày 30/6/2025 của UBND tỉnh, trên cơ sở hợp nhất Liên minh HTX tỉnh Gia Lai và Liên minh HTX tỉnh Bình Định (trước sắp xếp), chính thức hoạt động từ ngày 1/7/2025. Nhiệm kỳ 2020 - 2025, Liên minh HTX hai tỉnh đã tư vấn thành lập mới 412 hợp tác xã, tổ chức hơn 300 lớp bồi dưỡng cho cán bộ, thành viên; hỗ trợ 96 sản phẩm của hợp tác xã đạt chuẩn OCOP. Đến cuối năm 2025, toàn tỉnh có 1.238 hợp tác xã, 6 liên hiệp hợp tác xã và 26 quỹ tín dụng nhân dân; tổng doanh thu của khu vực hợp tác xã ước đạt 4.100 tỷ đồng.

Ban Chấp hành Liên minh HTX tỉnh Gia Lai khóa I ra mắt Đại hội. Ảnh: Ngọc Minh

Đại hội đề ra mục tiêu giai đoạn 2026 - 2030: mỗi năm thành lập mới ít nhất 120 hợp tác xã; đến năm 2030 có trên 70% hợp tác xã hoạt động hiệu quả từ khá trở lên, thu nhập bình quân của lao động thường xuyên trong hợp tác xã tăng 1,5 lần so với năm 2025; tầm nhìn đến năm 2045, kinh tế tập thể thực sự trở thành một trụ cột của nền kinh tế tỉnh. Trọng tâm là phát triển hợp tác xã gắn với vùng nguyên liệu cà phê, hồ tiêu, điều ở phía tây và thủy sản, du lịch cộng đồng ở phía đông của tỉnh.

Phát biểu chỉ đạo, đồng chí Hồ Văn Điền đề nghị Liên minh HTX tỉnh sớm ổn định tổ chức, khắc phục khó khăn do địa bàn rộng, trụ sở phân tán; phát huy thế mạnh "rừng - biển" sau hợp nhất để kết nối chuỗi giá trị giữa hợp tác xã vùng cao nguyên và vùng duyên hải.

Đại hội đã bầu Ban Chấp hành khóa I gồm 35 ủy viên; ông Nguyễn Thành Trung được bầu giữ chức Chủ tịch Liên minh HTX tỉnh nhiệm kỳ 2026 - 2031. Đại hội cũng bầu đoàn đại biểu đi dự Đại hội đại biểu toàn quốc Liên minh HTX Việt Nam lần thứ VII.

NGỌC MINH

Tin liên quan
Gia Lai tổng kết Chương trình OCOP giai đoạn 2021-2025 (12/03/2026)
Trao Huân chương Lao động hạng Ba cho 2 hợp tác xã tiêu biểu (05/03/2026)""",
    gold=dict(
        title=None,
        published="2026-03-20T21:10",
        events=[E("congress", "2026-03-19/2026-03-20", "Ngày 19 và 20-3, tại phường Quy Nhơn, Liên minh Hợp tác xã tỉnh Gia Lai tổ chức Đại hội")],
        dates=[D("2026-03-19/2026-03-20", "Ngày 19 và 20-3"), D("2025-06-30", "ngày 30/6/2025"),
               D("2025-07-01", "ngày 1/7/2025")],
        parties=[P(LM("tỉnh", "Gia Lai"), "cooperative_alliance", "Gia Lai", "Liên minh Hợp tác xã tỉnh Gia Lai")],
        periods=[R(2026, 2031, "nhiệm kỳ 2026 - 2031"), R(2020, 2025, "Nhiệm kỳ 2020 - 2025"),
                 R(2026, 2030, "giai đoạn 2026 - 2030"), R(None, 2030, "đến năm 2030"),
                 R(None, 2045, "tầm nhìn đến năm 2045")],
        awards=[], award_counts=[],
        people=[H("Hồ Văn Điền", "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Ủy ban nhân dân tỉnh Gia Lai"),
                H("Trương Quốc Bình", "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức - Kiểm tra Liên minh Hợp tác xã Việt Nam"),
                H("Nguyễn Thành Trung", "Chủ tịch Liên minh Hợp tác xã tỉnh Gia Lai")],
        authors=[W("Ngọc Minh", "NGỌC MINH")],
    ),
    notes=[
        "headline only in metadata → title null.",
        "\"Ngày 19 và 20-3\" → range 2026-03-19/2026-03-20 (hyphen D-M, year from published); congress event dated with the range.",
        "party = the post-merger Liên minh Hợp tác xã tỉnh Gia Lai holding the congress; \"Liên minh HTX hai tỉnh Gia Lai và Bình Định\" and \"Liên minh HTX tỉnh Bình Định (trước sắp xếp)\" are merger history, not parties (Bình Định no longer a province after 1/7/2025, DOMAIN §3.3).",
        "\"phường Quy Nhơn\" is a ward: no party, no province.",
        "\"Quyết định số 27/QĐ-UBND ngày 30/6/2025\" → reference date; \"từ ngày 1/7/2025\" → date.",
        "periods: term 2026-2031, previous term 2020-2025 (dev p008), programme 2026-2030, \"đến năm 2030\" target → horizon (dev p021), \"tầm nhìn đến năm 2045\" → horizon (SCHEMA).",
        "\"khóa I\", \"lần thứ I\", \"lần thứ VII\", \"so với năm 2025\", \"cuối năm 2025\" → nothing.",
        "no award in the body; the \"Tin liên quan\" Huân chương line and its \"giai đoạn 2021-2025\" are furniture.",
        "VCA official attends (Trưởng Ban Tổ chức - Kiểm tra) → person, not party.",
        "byline NGỌC MINH → Ngọc Minh.",
    ],
))

# d11 ------------------------------------------------------------ Nông nghiệp Việt Nam, regional trade fair 2022
ARTICLES.append(dict(
    id="d11",
    url="https://nongnghiep.vn/hoi-cho-san-pham-hop-tac-xa-mien-trung-tay-nguyen-thu-hut-hon-20000-luot-khach-d331764.html",
    title="Hội chợ sản phẩm hợp tác xã miền Trung - Tây Nguyên thu hút hơn 20.000 lượt khách - Báo Nông nghiệp Việt Nam",
    published="2022-10-02T18:30:00+07:00",
    cut="\n\nĐọc nhiều\n",
    text="""\
Hội chợ sản phẩm hợp tác xã miền Trung - Tây Nguyên thu hút hơn 20.000 lượt khách

Hội chợ triển lãm sản phẩm HTX khu vực miền Trung - Tây Nguyên năm 2022 diễn ra từ 30/9 đến 2/10/2022 tại Quảng trường Nguyễn Tất Thành, TP Quy Nhơn (Bình Định) đã thu hút hơn 20.000 lượt khách tham quan, mua sắm.

Hội chợ do Liên minh HTX Việt Nam (VCA) phối hợp với Liên minh HTX tỉnh Bình Định tổ chức, với 180 gian hàng của 126 HTX, doanh nghiệp đến từ 16 tỉnh, thành phố. Các sản phẩm trưng bày chủ yếu là nông sản, đặc sản vùng miền, hàng thủ công mỹ nghệ, dược liệu; trong đó nhiều sản phẩm đạt chuẩn OCOP 3 - 4 sao.

Gian hàng sản phẩm OCOP của các HTX tỉnh Kon Tum tại hội chợ. Ảnh: Hoài Thu

Phát biểu khai mạc, ông Phan Quốc Hùng, Phó Chủ tịch Liên minh HTX Việt Nam cho biết, hội chợ là hoạt động thiết thực giúp HTX khu vực miền Trung - Tây Nguyên phục hồi sản xuất, kinh doanh sau dịch Covid-19, quảng bá thương hiệu và tìm kiếm đối tác tiêu thụ. Phó Chủ tịch UBND tỉnh Bình Định Trần Văn Lộc đánh giá, đây là dịp để các HTX của tỉnh học hỏi kinh nghiệm từ các địa phương bạn.

Trong khuôn khổ hội chợ, sáng 1/10 đã diễn ra hội thảo "Giải pháp nâng cao năng lực tiếp cận thị trường cho HTX khu vực miền Trung - Tây Nguyên" với sự tham dự của hơn 150 đại biểu. Các ý kiến cho rằng, HTX cần chuẩn hóa bao bì, nhãn mác, truy xuất nguồn gốc và mạnh dạn tham gia các sàn thương mại điện tử.

Ông Đinh Văn Rin, Giám đốc HTX Dược liệu Ngọc Linh Xanh (Kon Tum) cho biết, chỉ sau 2 ngày, gian hàng sâm dây, trà dược liệu của HTX đã bán được gần 80 triệu đồng và nhận nhiều đơn đặt hàng từ các đại lý ở Quy Nhơn, Đà Nẵng.

Theo bà Nguyễn Thị Thu Ba, Chủ tịch Liên minh HTX tỉnh Bình Định, tổng doanh thu bán hàng tại hội chợ ước đạt 6,8 tỷ đồng. Chiều 2/10, hội chợ bế mạc; Ban tổ chức đánh giá đây là kỳ hội chợ có số lượng HTX tham gia đông nhất từ trước đến nay trong khu vực.

Hoài Thu

Đọc nhiều
Giá cà phê hôm nay 3/10/2022: Tiếp tục giảm mạnh
Giá heo hơi hôm nay 3/10/2022 đi ngang""",
    gold=dict(
        title="Hội chợ sản phẩm hợp tác xã miền Trung - Tây Nguyên thu hút hơn 20.000 lượt khách",
        published="2022-10-02T18:30",
        events=[E("trade_promotion", "2022-09-30/2022-10-02", "Hội chợ triển lãm sản phẩm HTX khu vực miền Trung - Tây Nguyên năm 2022 diễn ra từ 30/9 đến 2/10/2022"),
                E("conference", "2022-10-01", "sáng 1/10 đã diễn ra hội thảo")],
        dates=[D("2022-09-30/2022-10-02", "từ 30/9 đến 2/10/2022"), D("2022-10-01", "sáng 1/10"),
               D("2022-10-02", "Chiều 2/10")],
        parties=[P(VCA, "cooperative_alliance", None, "Liên minh HTX Việt Nam (VCA)"),
                 P(LM("tỉnh", "Bình Định"), "cooperative_alliance", "Bình Định", "Liên minh HTX tỉnh Bình Định tổ chức")],
        periods=[],
        awards=[], award_counts=[],
        people=[H("Phan Quốc Hùng", "Phó Chủ tịch Liên minh Hợp tác xã Việt Nam"),
                H("Trần Văn Lộc", "Phó Chủ tịch Ủy ban nhân dân tỉnh Bình Định"),
                H("Đinh Văn Rin", "Giám đốc Hợp tác xã Dược liệu Ngọc Linh Xanh"),
                H("Nguyễn Thị Thu Ba", "Chủ tịch Liên minh Hợp tác xã tỉnh Bình Định")],
        authors=[W("Hoài Thu", "\n\nHoài Thu")],
    ),
    notes=[
        "the dump title has the site suffix \" - Báo Nông nghiệp Việt Nam\"; the text's first line has the headline without it → title = the text's line (SCHEMA: title is text of the \"text\" field).",
        "\"từ 30/9 đến 2/10/2022\" → one cross-month range 2022-09-30/2022-10-02: the shared year attaches to the last element (DOMAIN §4.1); trade_promotion dated with it (dev p049).",
        "\"sáng 1/10 đã diễn ra hội thảo\" inside the fair → conference 2022-10-01 (dev p049 has a conference inside the fair week).",
        "\"Chiều 2/10, hội chợ bế mạc\" → date 2022-10-02 (a separate value from the range); the closing is part of the fair, no second trade_promotion item (one item per type).",
        "parties = organisers \"Liên minh HTX Việt Nam (VCA) phối hợp với Liên minh HTX tỉnh Bình Định\" (pre-merger 2022 map: Bình Định is a province).",
        "UBND tỉnh Bình Định is represented by a speaker only → not a party; HTX tỉnh Kon Tum exhibit only.",
        "\"OCOP 3 - 4 sao\" is a star range, not a period.",
        "\"Đọc nhiều\" sidebar dates (3/10/2022) are furniture; caption credit \"Ảnh: Hoài Thu\" is not a byline, the byline line is.",
    ],
))

# d12 ------------------------------------------------------------ Báo Tuyên Quang, merger announcement + membership
ARTICLES.append(dict(
    id="d12",
    url="https://baotuyenquang.com.vn/kinh-te/hop-tac-xa/cong-bo-quyet-dinh-hop-nhat-lien-minh-htx-tinh-214375.html",
    title="Công bố quyết định hợp nhất Liên minh HTX tỉnh",
    published="2025-08-02T09:15:00+07:00",
    cut="\nTin cùng chuyên mục\n",
    text="""\
Thứ Hai, ngày 04/08/2025
Sáng 1/8, Liên minh Hợp tác xã (HTX) tỉnh Tuyên Quang tổ chức hội nghị công bố quyết định hợp nhất Liên minh HTX tỉnh, kết nạp thành viên mới và triển khai nhiệm vụ những tháng cuối năm 2025.
Theo Quyết định số 145/QĐ-UBND ngày 25/7/2025 của UBND tỉnh, Liên minh HTX tỉnh Tuyên Quang được tổ chức lại trên cơ sở hợp nhất Liên minh HTX tỉnh Tuyên Quang và Liên minh HTX tỉnh Hà Giang; trụ sở chính đặt tại phường Minh Xuân, cơ sở 2 đặt tại phường Hà Giang 1. Ban Chấp hành, Ban Thường vụ Liên minh HTX tỉnh sau hợp nhất gồm các thành viên của hai Liên minh, hoạt động đến hết nhiệm kỳ 2020 - 2025 cho tới khi tổ chức Đại hội nhiệm kỳ mới.
Ông Hoàng Văn Lâm được giao giữ chức Chủ tịch Liên minh HTX tỉnh; các ông, bà: Nguyễn Thị Hằng, Vàng Seo Pờ được giao giữ chức Phó Chủ tịch.
Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh Hà Trung Kiên đề nghị Liên minh HTX tỉnh nhanh chóng ổn định tổ chức bộ máy, bố trí cán bộ hợp lý giữa hai cơ sở; tập trung hỗ trợ các HTX vùng cao, nhất là các HTX trồng chè Shan tuyết, dược liệu, chăn nuôi bò ở khu vực Hà Giang (cũ) tiếp cận thị trường, phát triển sản phẩm OCOP gắn với du lịch cộng đồng.
Tỉnh Tuyên Quang sau sắp xếp có 1.046 HTX, 2 liên hiệp HTX và 11 quỹ tín dụng nhân dân, thu hút hơn 38.000 thành viên. Tỉnh phấn đấu đến năm 2030 có 1.500 HTX, trong đó ít nhất 50% HTX hoạt động hiệu quả.
Lãnh đạo Liên minh HTX tỉnh trao quyết định kết nạp thành viên cho các HTX
Tại hội nghị, Liên minh HTX tỉnh đã trao quyết định kết nạp thành viên cho 9 HTX, trong đó có 4 HTX ở khu vực Hà Giang (cũ). Ông Hoàng Văn Lâm cho biết, thời gian tới Liên minh HTX tỉnh sẽ rà soát, cập nhật danh sách thành viên, hoàn thiện quy chế làm việc và xây dựng chương trình công tác những tháng cuối năm, trong đó ưu tiên tư vấn chuyển đổi, tổ chức lại các HTX theo Luật Hợp tác xã năm 2023.
Bài, ảnh: Thanh Phúc
Tin cùng chuyên mục
Tuyên Quang: 27 sản phẩm được công nhận OCOP đợt 1 năm 2025 (30/07/2025)
Hội nghị giao ban các HTX vùng chè (28/07/2025)""",
    gold=dict(
        title=None,
        published="2025-08-02T09:15",
        events=[E("conference", "2025-08-01", "Sáng 1/8, Liên minh Hợp tác xã (HTX) tỉnh Tuyên Quang tổ chức hội nghị"),
                E("membership", "2025-08-01", "trao quyết định kết nạp thành viên cho 9 HTX")],
        dates=[D("2025-08-01", "Sáng 1/8"), D("2025-07-25", "ngày 25/7/2025")],
        parties=[P(LM("tỉnh", "Tuyên Quang"), "cooperative_alliance", "Tuyên Quang", "Liên minh Hợp tác xã (HTX) tỉnh Tuyên Quang")],
        periods=[R(2020, 2025, "nhiệm kỳ 2020 - 2025"), R(None, 2030, "phấn đấu đến năm 2030")],
        awards=[], award_counts=[],
        people=[H("Hoàng Văn Lâm", "Chủ tịch Liên minh Hợp tác xã tỉnh Tuyên Quang"),
                H("Nguyễn Thị Hằng", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh Tuyên Quang"),
                H("Vàng Seo Pờ", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh Tuyên Quang"),
                H("Hà Trung Kiên", "Phó Chủ tịch Ủy ban nhân dân tỉnh Tuyên Quang")],
        authors=[W("Thanh Phúc", "Bài, ảnh: Thanh Phúc")],
    ),
    notes=[
        "the first line \"Thứ Hai, ngày 04/08/2025\" is the site's header clock (two days after the published metadata 2025-08-02T09:15): neither the published value nor a date (DOMAIN §4.4 traps, §8 site clocks).",
        "no headline in text → title null.",
        "\"Sáng 1/8\" → 2025-08-01 from the published year; conference (hội nghị công bố) and membership (kết nạp thành viên) on that date (SCHEMA event types; dev 001 membership).",
        "party = the host, post-merger Liên minh Hợp tác xã tỉnh Tuyên Quang; \"Liên minh HTX tỉnh Hà Giang\" is the merged-in body, not the host → not a party.",
        "\"phường Hà Giang 1\", \"phường Minh Xuân\" are wards; \"Hà Giang (cũ)\" is former territory (DOMAIN §3.3).",
        "\"Quyết định số 145/QĐ-UBND ngày 25/7/2025\" → reference date.",
        "\"hoạt động đến hết nhiệm kỳ 2020 - 2025\" → term 2020-2025; \"phấn đấu đến năm 2030\" → horizon (dev p021).",
        "\"các ông, bà: Nguyễn Thị Hằng, Vàng Seo Pờ được giao giữ chức Phó Chủ tịch\" → two people sharing one title.",
        "kết nạp 9 HTX is membership, not an award and not an award count (dev 001).",
        "\"những tháng cuối năm 2025\", \"đợt 1 năm 2025\" → no date; \"Tin cùng chuyên mục\" dates are furniture.",
        "byline \"Bài, ảnh: Thanh Phúc\" → Thanh Phúc.",
    ],
))


# ---------------------------------------------------------------- gazetteers for validation
PRE_2025 = """Hà Nội;Hà Giang;Cao Bằng;Bắc Kạn;Tuyên Quang;Lào Cai;Điện Biên;Lai Châu;Sơn La;Yên Bái;Hòa Bình;
Thái Nguyên;Lạng Sơn;Quảng Ninh;Bắc Giang;Phú Thọ;Vĩnh Phúc;Bắc Ninh;Hải Dương;Hải Phòng;Hưng Yên;Thái Bình;
Hà Nam;Nam Định;Ninh Bình;Thanh Hóa;Nghệ An;Hà Tĩnh;Quảng Bình;Quảng Trị;Thừa Thiên Huế;Đà Nẵng;Quảng Nam;
Quảng Ngãi;Bình Định;Phú Yên;Khánh Hòa;Ninh Thuận;Bình Thuận;Kon Tum;Gia Lai;Đắk Lắk;Đắk Nông;Lâm Đồng;
Bình Phước;Tây Ninh;Bình Dương;Đồng Nai;Bà Rịa - Vũng Tàu;Hồ Chí Minh;Long An;Tiền Giang;Bến Tre;Trà Vinh;
Vĩnh Long;Đồng Tháp;An Giang;Kiên Giang;Cần Thơ;Hậu Giang;Sóc Trăng;Bạc Liêu;Cà Mau"""
POST_2025 = """Hà Nội;Cao Bằng;Tuyên Quang;Điện Biên;Lai Châu;Sơn La;Lào Cai;Thái Nguyên;Lạng Sơn;Quảng Ninh;
Bắc Ninh;Phú Thọ;Hải Phòng;Hưng Yên;Ninh Bình;Thanh Hóa;Nghệ An;Hà Tĩnh;Quảng Trị;Huế;Đà Nẵng;Quảng Ngãi;
Gia Lai;Khánh Hòa;Đắk Lắk;Lâm Đồng;Đồng Nai;Hồ Chí Minh;Tây Ninh;Đồng Tháp;Vĩnh Long;An Giang;Cần Thơ;Cà Mau"""
PRE = [p.strip() for p in PRE_2025.replace("\n", "").split(";")]
POST = [p.strip() for p in POST_2025.replace("\n", "").split(";")]
assert len(PRE) == 63 and len(POST) == 34, (len(PRE), len(POST))
CITIES_PRE = {"Hà Nội", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"}
CITIES_POST = CITIES_PRE | {"Huế"}

EVENT_TYPES = {"signing", "award", "conference", "congress", "trade_promotion", "membership",
               "establishment", "visit", "training", "other"}
PARTY_KINDS = {"cooperative_alliance", "cooperative", "cooperative_union", "credit_fund", "government",
               "bank", "enterprise", "association", "other"}
AWARDS = {"Cờ thi đua", "Bằng khen", "Giấy khen", "Kỷ niệm chương", "Huân chương Lao động hạng Nhất",
          "Huân chương Lao động hạng Nhì", "Huân chương Lao động hạng Ba"}
ABBREV = re.compile(r"\b(HTX|LMHTX|LM|LHHTX|THT|QTDND|QTD|KTTT|UBND|HĐND|TP|HĐQT|BCH|BTV|NN&PTNT|PTNT|VCA)\b")
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _split(ch):
    d = unicodedata.normalize("NFD", ch)
    return (unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES)),
            "".join(c for c in d if c in TONES))


def retone_old(syl):
    """DOMAIN §1.2 reference implementation, old (traditional) placement."""
    parts = [_split(c) for c in unicodedata.normalize("NFC", syl)]
    low = "".join(b for b, _ in parts).lower()
    tone = "".join(t for _, t in parts)
    m = re.fullmatch(r"([^aăâeêioôơuưy]*)(oa|oe|uy)", low)
    if not tone or not m or m.group(1).endswith("q"):
        return syl
    target = len(m.group(1))
    return "".join(unicodedata.normalize("NFC", b + (tone if i == target else "")) for i, (b, _) in enumerate(parts))


# ---------------------------------------------------------------- date handling
DATE_RE = re.compile(r"^(\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|--\d{2}-\d{2})(/(\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|--\d{2}-\d{2}))?$")


def valid_date(v):
    m = DATE_RE.match(v or "")
    if not m:
        return False
    for part in v.split("/"):
        try:
            if part.startswith("--"):
                datetime.date(2024, int(part[2:4]), int(part[5:7]))
            elif len(part) == 7:
                datetime.date(int(part[:4]), int(part[5:7]), 1)
            else:
                datetime.date.fromisoformat(part)
        except ValueError:
            return False
    parts = v.split("/")
    return len(parts) == 1 or parts[0] < parts[1]


def published_from_meta(p):
    """The scraper's "published" field → SCHEMA value (local time, minutes)."""
    if p is None or p is OMIT:
        return None
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\+07:00", p)
    if m:
        y, mo, d, h, mi, _ = m.groups()
        return f"{y}-{mo}-{d}T{h}:{mi}"
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4}) (\d{2}):(\d{2})", p)
    if m:
        d, mo, y, h, mi = m.groups()
        return f"{y}-{mo}-{d}T{h}:{mi}"
    raise ValueError(p)


# ---------------------------------------------------------------- build + validate
def strip_ev(x):
    if isinstance(x, dict):
        return {k: strip_ev(v) for k, v in x.items() if k != "ev"}
    if isinstance(x, list):
        return [strip_ev(v) for v in x]
    return x


def gold_record(a):
    g = a["gold"]
    return {
        "id": a["id"],
        "title": g["title"],
        "published": g["published"],
        "events": strip_ev(g["events"]),
        "dates": [d["value"] for d in g["dates"]],
        "parties": strip_ev(g["parties"]),
        "periods": strip_ev(g["periods"]),
        "awards": strip_ev(g["awards"]),
        "award_counts": strip_ev(g["award_counts"]),
        "people": strip_ev(g["people"]),
        "authors": [w["name"] for w in g["authors"]],
    }


def dump_line(a):
    obj = {"id": a["id"], "url": a["url"], "title": a["title"]}
    if a["published"] is not OMIT:
        obj["published"] = a["published"]
    obj["text"] = a["text"]
    return json.dumps(obj, ensure_ascii=False)


def main():
    problems = []
    report = []

    def bad(aid, msg):
        problems.append(f"{aid}: {msg}")

    ids = [a["id"] for a in ARTICLES]
    if ids != [f"d{i:02d}" for i in range(1, 13)]:
        problems.append(f"ids are {ids}")

    meta_missing = meta_null = meta_dmy = meta_iso = headline_first = 0
    for a in ARTICLES:
        aid, text, g = a["id"], a["text"], a["gold"]
        for s in (text, a["title"], a["url"]):
            if not unicodedata.is_normalized("NFC", s):
                bad(aid, "not NFC")
            if "\u00d0" in s or "\u00f0" in s or "\u00a0" in s or "\t" in s or "\r" in s:
                bad(aid, "eth, NBSP, tab or CR in text")
        words = len(text.split())
        if not 250 <= words <= 900:
            bad(aid, f"{words} words")
        cut = text.find(a["cut"])
        if cut < 0:
            bad(aid, f"furniture marker {a['cut']!r} not found")
            cut = len(text)
        body = text[:cut]

        # published
        p = a["published"]
        if p is OMIT:
            meta_missing += 1
        elif p is None:
            meta_null += 1
        elif re.fullmatch(r"\d{2}/\d{2}/\d{4} \d{2}:\d{2}", p):
            meta_dmy += 1
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00", p):
            meta_iso += 1
        else:
            bad(aid, f"published metadata shape {p!r}")
        gp = g["published"]
        if p is not OMIT and p is not None:
            if published_from_meta(p) != gp:
                bad(aid, f"published {gp} != metadata {published_from_meta(p)}")
        elif gp is not None:
            # must come from an in-text stamp: DD/MM/YYYY - HH:MM near the top
            m = re.search(r"(\d{2})/(\d{2})/(\d{4}) - (\d{2}):(\d{2})", text[:300])
            if not m or f"{m[3]}-{m[2]}-{m[1]}T{m[4]}:{m[5]}" != gp:
                bad(aid, "published without metadata must match an in-text stamp")
        if gp is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?", gp):
            bad(aid, f"published value {gp}")

        # title
        first_line = text.split("\n", 1)[0]
        if g["title"] is not None:
            if g["title"] != first_line:
                bad(aid, "title is not the first line of text")
            headline_first += 1
        else:
            if a["title"] in text or a["title"].split(" - ")[0] in text:
                bad(aid, "title null but the headline is in the text")

        # evidence
        def need(ev, what):
            if ev not in body:
                bad(aid, f"{what}: evidence {ev!r} not in body")

        for d in g["dates"]:
            need(d["ev"], f"date {d['value']}")
            if not valid_date(d["value"]):
                bad(aid, f"bad date {d['value']}")
        values = [d["value"] for d in g["dates"]]
        if len(set(values)) != len(values):
            bad(aid, "duplicate dates")
        types = [e["type"] for e in g["events"]]
        if len(set(types)) != len(types):
            bad(aid, "more than one event of a type")
        for e in g["events"]:
            if e["type"] not in EVENT_TYPES:
                bad(aid, f"event type {e['type']}")
            if e["date"] is not None and e["date"] not in values:
                bad(aid, f"event date {e['date']} not in dates")
            if "..." not in e["ev"]:
                need(e["ev"], f"event {e['type']}")
            else:
                for piece in e["ev"].split(" ... "):
                    need(piece, f"event {e['type']}")
        main_date = min((e["date"] for e in g["events"] if e["date"]), default="2000")
        gaz, cities = (POST, CITIES_POST) if main_date[:10] >= "2025-07-01" else (PRE, CITIES_PRE)
        for pt in g["parties"]:
            need(pt["ev"], f"party {pt['name']}")
            if pt["kind"] not in PARTY_KINDS:
                bad(aid, f"party kind {pt['kind']}")
            if pt["kind"] == "cooperative_alliance":
                if pt["province"] is None:
                    if pt["name"] != VCA:
                        bad(aid, f"alliance without province {pt['name']}")
                else:
                    prov = pt["province"]
                    if prov not in gaz:
                        bad(aid, f"province {prov} not valid on {main_date}")
                    unit = "thành phố" if prov in cities else "tỉnh"
                    if pt["name"] != LM(unit, prov):
                        bad(aid, f"alliance name {pt['name']} not canonical")
            elif pt["province"] is not None and pt["province"] not in gaz:
                bad(aid, f"province {pt['province']} not valid on {main_date}")
        for r in g["periods"]:
            need(r["ev"], f"period {r['start']}-{r['end']}")
            if r["start"] is not None and not (0 < r["end"] - r["start"] <= 40):
                bad(aid, f"period {r}")
        for aw in g["awards"]:
            need(aw["ev"], f"award {aw['recipient']}")
            if aw["award"] not in AWARDS:
                bad(aid, f"award name {aw['award']}")
        for c in g["award_counts"]:
            need(c["ev"], f"count {c['award']}")
            if c["award"] not in AWARDS:
                bad(aid, f"count award name {c['award']}")
            if c["collectives"] is None and c["individuals"] is None:
                bad(aid, "empty count")
            for n in (c["collectives"], c["individuals"]):
                if n is not None and not (isinstance(n, int) and n > 0):
                    bad(aid, f"count value {n}")
            if str(c["collectives"] or c["individuals"]) not in c["ev"]:
                bad(aid, f"count {c} does not match its evidence")
        for h in g["people"]:
            need(h["ev"], f"person {h['name']}")
        for w in g["authors"]:
            need(w["ev"], f"author {w['name']}")
            if w["name"].upper() != w["ev"].strip().upper() and w["name"] not in w["ev"]:
                bad(aid, f"author {w['name']} vs {w['ev']!r}")
            if any(w["name"] == h["name"] for h in g["people"]):
                bad(aid, f"author {w['name']} also in people")

        # canonical names: expanded, NFC, traditional tone placement
        names = [pt["name"] for pt in g["parties"]] + [aw["recipient"] for aw in g["awards"]]
        names += [h["name"] for h in g["people"]] + [h["title"] for h in g["people"] if h["title"]]
        names += [w["name"] for w in g["authors"]]
        for nm in names:
            if ABBREV.search(nm):
                bad(aid, f"abbreviation left in name {nm!r}")
            if not unicodedata.is_normalized("NFC", nm):
                bad(aid, f"name not NFC {nm!r}")
            for syl in re.findall(r"\w+", nm):
                if retone_old(syl) != syl:
                    bad(aid, f"new-style tone in name {nm!r} ({syl})")
        for aw in g["awards"]:
            if aw["recipient"].startswith("Liên minh Hợp tác xã") and aw["recipient"] != VCA:
                prov = aw["recipient"].split(" tỉnh ")[-1].split(" thành phố ")[-1]
                if prov not in gaz:
                    bad(aid, f"recipient province {prov}")

        # coverage report: date-like and period-like strings in the body no gold item explains
        covered = []
        evs = [d["ev"] for d in g["dates"]] + [r["ev"] for r in g["periods"]]
        for ev in evs:
            for m in re.finditer(re.escape(ev), body):
                covered.append((m.start(), m.end()))
        stamp = re.search(r"\d{2}/\d{2}/\d{4} - \d{2}:\d{2}", body[:300])
        if stamp:
            covered.append(stamp.span())
        pats = [r"\b\d{1,2}\s?[/.-]\s?\d{1,2}(?:\s?[/.-]\s?\d{2,4})?\b", r"\b(?:19|20)\d{2}\s?[-–]\s?(?:19|20)\d{2}\b",
                r"đến năm (?:19|20)\d{2}", r"tháng \d{1,2}/\d{4}"]
        for pat in pats:
            for m in re.finditer(pat, body):
                if not any(s <= m.start() and m.end() <= e for s, e in covered):
                    ctx = body[max(0, m.start() - 25):m.end() + 10].replace("\n", " ")
                    report.append(f"{aid}: uncovered {m.group(0)!r} in …{ctx}…")

    if meta_missing != 1 or meta_null != 1 or meta_dmy != 1 or meta_iso != 9:
        problems.append(f"published metadata mix missing={meta_missing} null={meta_null} dmy={meta_dmy} iso={meta_iso}")
    if headline_first != 6:
        problems.append(f"{headline_first} lines repeat the headline (want 6)")

    # write
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    with open(os.path.join(HERE, "articles", "dump.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for a in ARTICLES:
            f.write(dump_line(a) + "\n")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for a in ARTICLES:
            f.write(json.dumps(gold_record(a), ensure_ascii=False) + "\n")

    # re-read what was written
    with open(os.path.join(HERE, "articles", "dump.jsonl"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[-1] != "":
        problems.append("dump does not end with a newline")
    lines = lines[:-1]
    for a, line in zip(ARTICLES, lines):
        obj = json.loads(line)
        if obj["text"] != a["text"]:
            problems.append(f"{a['id']}: text does not round-trip")
        if "\\u" in line:
            problems.append(f"{a['id']}: \\u escape in the dump line")
    if len(lines) != len(ARTICLES):
        problems.append("dump line count")

    for r in report:
        print("note:", r)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print(f"ok: {len(ARTICLES)} articles, gold.jsonl and articles/dump.jsonl written")


if __name__ == "__main__":
    main()

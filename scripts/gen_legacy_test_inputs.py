# Rebuilds the legacy-encoding test inputs of tests/legacy_cli.rs byte for byte: a small
# article (written for these tests; the cooperatives and people are made up) as an HTML page in
# raw TCVN3 (ABC) bytes declared windows-1252, and as a VIQR plain-text file.
# Run from the repository root: python3 scripts/gen_legacy_test_inputs.py
import unicodedata

TITLE = "Liên minh HTX tỉnh Đắk Nông và Bình Phước ký kết chương trình phối hợp"
PARAS = [
    "Ngày 15/3/2023, tại thành phố Gia Nghĩa, Liên minh Hợp tác xã tỉnh Đắk Nông và "
    "Liên minh Hợp tác xã tỉnh Bình Phước tổ chức ký kết chương trình phối hợp công tác "
    "giai đoạn 2023 - 2025.",
    "Theo chương trình, hai bên phối hợp tuyên truyền, hỗ trợ các hợp tác xã xây dựng chuỗi "
    "liên kết sản xuất và tiêu thụ nông sản, nhất là cà phê, hồ tiêu và hạt điều.",
    "Phát biểu tại lễ ký kết, ông Trần Văn Minh, Chủ tịch Liên minh Hợp tác xã tỉnh Đắk Nông "
    "đề nghị các hợp tác xã chủ động đổi mới, nâng cao chất lượng sản phẩm.",
]
BYLINE = "Lê Hoàng Nam"

# TCVN3 (ABC): the table of src/legacy.rs (tcvn3_char), reversed. Upper-case toned letters are
# not in the ABC set; the article avoids them.
TCVN3 = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ", 0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ",
    0xBE: "ắ", 0xC6: "ặ", 0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ", 0xCC: "è",
    0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ", 0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế",
    0xD6: "ệ", 0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị", 0xDF: "ò", 0xE1: "ỏ",
    0xE2: "õ", 0xE3: "ó", 0xE4: "ọ", 0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ", 0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ",
    0xF3: "ú", 0xF4: "ụ", 0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự", 0xFA: "ỳ",
    0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}
TCVN3_OF = {c: b for b, c in TCVN3.items()}


def tcvn3(text):
    out = bytearray()
    for c in text:
        if ord(c) < 0x80:
            out.append(ord(c))
        else:
            out.append(TCVN3_OF[c])  # KeyError: a letter TCVN3 (ABC) cannot write
    return bytes(out)


QUALITY = {"\u0306": "(", "\u0302": "^", "\u031b": "+"}
TONE = {"\u0301": "'", "\u0300": "`", "\u0309": "?", "\u0303": "~", "\u0323": "."}
MARKS = set(QUALITY.values()) | set(TONE.values())


def viqr(text):
    out = []
    for c in text:
        if c in "đĐ":
            out.append("dd" if c == "đ" else "DD")
            continue
        d = unicodedata.normalize("NFD", c)
        q = "".join(QUALITY[m] for m in d[1:] if m in QUALITY)
        t = "".join(TONE[m] for m in d[1:] if m in TONE)
        # RFC 1456: a mark character right after a vowel (or its marks) that is punctuation
        # is escaped with a backslash.
        if d in MARKS and out and (out[-1][-1:] in MARKS or out[-1][-1:].lower() in "aeiouy"):
            out.append("\\" + d)
        else:
            out.append(d[0] + q + t)
    return "".join(out)


def html_page(title, paras, byline):
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">\n'
        f"<title>{title}</title>\n"
        '<style>p { font-family: ".VnTime"; }</style>\n'
        "</head>\n<body>\n<article>\n"
        f"<h1>{title}</h1>\n{body}\n<p><b>{byline}</b></p>\n"
        "</article>\n</body>\n</html>\n"
    )


text = "\n\n".join([TITLE] + PARAS + [BYLINE]) + "\n"
open("tests/data/legacy/tcvn3_page.html", "wb").write(tcvn3(html_page(TITLE, PARAS, BYLINE)))
open("tests/data/legacy/viqr_article.txt", "wb").write(viqr(text).encode("ascii"))

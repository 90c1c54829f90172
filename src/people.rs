//! People named in the body, with their titles (DOMAIN.md §6.7).
//!
//! A name is 2–4 capitalised syllables starting with a family name from
//! `data/surnames.tsv`, not inside a place name, not the tail of a longer capitalised phrase
//! ("Hợp tác xã Vạn Xuân Trương"). It counts as a person only with evidence: an honorific
//! before it (ông, bà, đồng chí, "Đồng chí:"), a title before it ("Chủ tịch Liên minh Hợp tác
//! xã thành phố Hà Nội Đỗ Huy Chiến", "Phó Thủ tướng Vương Đình Huệ"), or a title after it
//! ("Nguyễn Khải – Chủ tịch …", "Cao Xuân Thu Vân, Bí thư Đảng đoàn, Chủ tịch …").
//! An elided organisation in a title ("Chủ tịch Liên minh HTX tỉnh") takes the province named
//! last before it in the same sentence.
//!
//! A family name not in the list (Khmer "Chau", Raglai "Mấu", "Ya", K'Ho "K'Brơi") is taken
//! only after "ông"/"bà"/"đồng chí" and with a title or a middle name (Văn, Thị) after it.
//!
//! Not handled yet: foreign names, titles without names ("các Phó Chủ tịch").

use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

use crate::abbrev::canonical_name;

static SURNAMES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../data/surnames.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .collect()
});

/// Whether `word` is a listed family name ("Hoàng", "Nguyễn").
pub fn is_surname(word: &str) -> bool {
    SURNAMES.contains(word)
}

const TITLES: &str = r"(?:quyền\s+)?(?:phó\s+)?(?:chủ\s+tịch|bí\s+thư|giám\s+đốc|thứ\s+trưởng|bộ\s+trưởng|thủ\s+tướng|trưởng\s+ban|trưởng\s+phòng|trưởng\s+đoàn|cục\s+trưởng|vụ\s+trưởng|chánh\s+văn\s+phòng|tổng\s+giám\s+đốc|tổng\s+biên\s+tập|khối\s+trưởng|khối\s+phó|cụm\s+trưởng|cụm\s+phó|chủ\s+nhiệm|ủy\s+viên|uỷ\s+viên|cán\s+bộ|chuyên\s+viên|kế\s+toán\s+trưởng|trưởng\s+ban\s+kiểm\s+soát|nguyên\s+chủ\s+tịch|giảng\s+viên|hiệu\s+trưởng|viện\s+trưởng|chuyên\s+gia|kế\s+toán|phóng\s+viên|trưởng\s+thôn|trưởng\s+ấp)\b";
re!(
    HONORIFIC_BEFORE,
    r"(?i)(?:^|[^\p{L}])(?:ông|bà|đồng\s+chí|đ/c|anh|chị|nghệ\s+nhân|ThS\.?|TS\.?|PGS\.\s*TS\.?|GS\.\s*TS\.?|KS\.?|BS\.?|NSƯT|NSND)\s*:?\s*$"
);
static TITLE_ANYWHERE: LazyLock<crate::wordre::WordRegex> =
    LazyLock::new(|| crate::wordre::WordRegex::new(&format!(r"(?i)\b{TITLES}")));
re!(TITLE_START, &format!(r"(?i)^{TITLES}"));
re!(
    BETWEEN_VERB,
    r"(?i)\s(?:đã|đang|sẽ|làm|đến|với|tại|cho|của\s+các|cùng|và\s+các|có|dự|về|trao|tặng|tham\s+dự|phát\s+biểu|cho\s+biết)\b"
);
static TITLE_CUT: LazyLock<crate::wordre::WordRegex> = LazyLock::new(|| {
    crate::wordre::WordRegex::new(
        r"(?i)\s(?:đã|được|đề\s+nghị|đề\s+xuất|kiến\s+nghị|mong\s+muốn|cho\s+rằng|bày\s+tỏ|đánh\s+giá|trình\s+bày|giới\s+thiệu|thông\s+tin|nêu|yêu\s+cầu|đang|sẽ|làm|phát\s+biểu|cho\s+biết|chia\s+sẻ|khẳng\s+định|nhấn\s+mạnh|cùng|và\s+các|có|về\s+dự|dự|chủ\s+trì|trao|tặng|tham\s+dự|báo\s+cáo)\b",
    )
});

re!(
    ROLE_VERB,
    r"(?i)^(?:giữ\s+chức|được\s+bầu\s+(?:giữ\s+chức|làm)|tái\s+đắc\s+cử|đắc\s+cử|làm|là)\s+"
);

// A local unit and its name right before a word: "xã Lục Ngạn ", "phường Cẩm Thành ".
re!(
    UNIT_NAME_BEFORE,
    r"(?:^|[^\p{L}])(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã)\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2}\s+$"
);
re!(
    PLACE_UNIT_BEFORE,
    r"(?i)(?:^|[^\p{L}])(?:huyện|xã|quận|phường|thị\s+xã|thị\s+trấn|xóm|ấp)\s+$"
);

re!(
    SCHOOL_BEFORE,
    r"(?i)(?:^|[^\p{L}])(?:đại\s+học|học\s+viện|cao\s+đẳng|trung\s+cấp|trường)\s+$"
);

/// Words that start a title, so a name never runs into them.
const TITLE_WORDS: &[&str] = &[
    "Chủ",
    "Phó",
    "Giám",
    "Bí",
    "Trưởng",
    "Thứ",
    "Bộ",
    "Tổng",
    "Chánh",
    "Ủy",
    "Uỷ",
    "Cán",
    "Chuyên",
    "Khối",
    "Cụm",
    "Kế",
    "Thủ",
    "Quyền",
    "Nguyên",
    "Đại",
];

/// A person found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonFact {
    pub name: String,
    pub title: Option<String>,
    pub span: Range<usize>,
}

/// The length of the word at the start of `s`: letters, and a one-letter prefix with an
/// apostrophe joined to a capital (Ê Đê "H’Nhi", K'Ho "K'Brơi").
fn word_len(s: &str) -> usize {
    let letters = |t: &str| {
        t.find(|c: char| !crate::text::is_letter(c))
            .unwrap_or(t.len())
    };
    let n = letters(s);
    let rest = &s[n..];
    // One capital before the apostrophe: "H’Nhi", "Y’Bông", the K'Ho "K'Brơi".
    if n == 1 && s.starts_with(|c: char| c.is_ascii_uppercase()) {
        for apostrophe in ['’', '\''] {
            if let Some(after) = rest.strip_prefix(apostrophe) {
                if after.starts_with(char::is_uppercase) {
                    return n + apostrophe.len_utf8() + letters(after);
                }
            }
        }
    }
    n
}

/// Whether `before` ends with "ông ", "bà " or "đồng chí " as whole words: the honorifics
/// that only ever precede a person's name.
fn after_strong_honorific(before: &str) -> bool {
    // Every honorific ends in "g ", "à " or "í ": most words are ruled out on two bytes.
    let b = before.as_bytes();
    if b.len() < 3 || b[b.len() - 1] != b' ' || !before[..b.len() - 1].ends_with(['g', 'à', 'í'])
    {
        return false;
    }
    ["ông ", "bà ", "Ông ", "Bà ", "đồng chí ", "Đồng chí "]
        .iter()
        .any(|h| {
            before
                .strip_suffix(h)
                .is_some_and(|b| !b.chars().next_back().is_some_and(crate::text::is_letter))
        })
}

fn words_from(text: &str, start: usize, limit: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut pos = start;
    while pos < limit {
        let rest = &text[pos..limit];
        let wlen = word_len(rest);
        if wlen == 0 {
            break;
        }
        out.push(pos..pos + wlen);
        pos += wlen;
        if !text[pos..limit].starts_with(' ') {
            break;
        }
        pos += 1;
    }
    out
}

fn inside(r: &Range<usize>, places: &[Range<usize>]) -> bool {
    places.iter().any(|p| p.start <= r.start && r.end <= p.end)
}

/// Title case for ALL-CAPS names.
fn display_name(s: &str) -> String {
    crate::text::person_name(s)
}

/// People in `ranges`. `places` are province mentions (so "Hà Nội" is not a person) and
/// `province_names` gives each place's canonical name with its unit word, for elided titles.
pub fn extract(
    text: &str,
    ranges: &[Range<usize>],
    places: &[(Range<usize>, &'static crate::gazetteer::Province)],
) -> Vec<PersonFact> {
    let place_ranges: Vec<Range<usize>> = places.iter().map(|p| p.0.clone()).collect();
    let mut out: Vec<PersonFact> = Vec::new();
    for r in ranges {
        let s = &text[r.clone()];
        let mut orgs_cache: Option<Vec<crate::orgs::OrgPhrase>> = None;
        let mut i = 0;
        while i < s.len() {
            // Jump to the next capital letter.
            let Some(off) = s[i..].find(char::is_uppercase) else {
                break;
            };
            i += off;
            let abs = r.start + i;
            let c = s[i..].chars().next().unwrap_or(' ');
            let at_word = !text[..abs]
                .chars()
                .next_back()
                .is_some_and(crate::text::is_letter);
            if !at_word {
                i += c.len_utf8();
                continue;
            }
            // The first word alone decides most cases: check it before collecting the rest.
            let first_len = word_len(&s[i..]);
            let first = &s[i..i + first_len];
            let skip = i + first_len.max(1);
            // word_len joins an apostrophe only after one capital ("H’Nhi", "K'Brơi").
            let ede = first.contains(['’', '\'']);
            // A family name we do not list ("ông Chau Văn Khiêm, Phó Chủ tịch …", "ông Ya
            // Tuấn, Giám đốc …") needs "ông"/"bà"/"đồng chí" before it and, below, a title or a
            // middle name after it.
            let unlisted = !SURNAMES.contains(first) && !ede;
            if unlisted && !after_strong_honorific(&text[..abs]) {
                i = skip;
                continue;
            }
            let words = words_from(text, abs, r.end);
            if inside(&words[0], &place_ranges) {
                i = skip;
                continue;
            }
            // The word before must not be a capitalised part of the same phrase.
            let before = &text[r.start..abs];
            let prev_word = before.trim_end().rsplit(' ').next().unwrap_or("");
            let prev_is_cap = before.ends_with(' ')
                && prev_word.chars().next().is_some_and(char::is_uppercase)
                && prev_word.chars().all(crate::text::is_letter);
            let prev_is_place = place_ranges
                .iter()
                .any(|p| p.end + 1 == abs || p.end == abs)
                || before.ends_with("Việt Nam ")
                || before.ends_with("VN ")
                // "Chủ tịch UBND xã Lục Ngạn Vi Văn Khiêm": a local unit's name, then the
                // person.
                || UNIT_NAME_BEFORE.is_match(crate::text::tail(before, 48));
            // "các đồng chí Võ Thị Thu Hằng và Nguyễn Quang Trung": a name joined to the
            // person just found shares that person's evidence.
            let joined_to_person = out.last().is_some_and(|p: &PersonFact| {
                p.span.end <= abs && matches!(&text[p.span.end..abs], " và " | ", " | ", và ")
            });
            let prev_is_honorific =
                HONORIFIC_BEFORE.is_match(crate::text::tail(before, 16)) || joined_to_person;
            // "huyện Lục Ngạn", "xã Lê Lợi": a place, not a person ("tỉnh" is left out: "Chủ tịch
            // UBND tỉnh Võ Thanh Hải" names the person after an elided province).
            // "Trường Đại học Nông Lâm": a school's name either.
            if PLACE_UNIT_BEFORE.is_match(crate::text::tail(before, 16))
                || SCHOOL_BEFORE.is_match(crate::text::tail(before, 24))
            {
                i = skip;
                continue;
            }
            if prev_is_cap && !prev_is_place && !prev_is_honorific {
                i = skip;
                continue;
            }
            let mut n = 0;
            for (wi, w) in words.iter().enumerate() {
                let wt = &text[w.clone()];
                let cap = wt.chars().next().is_some_and(char::is_uppercase);
                // "Nguyên", "Quyền" are given names too ("Hồ Sỹ Nguyên"); as "former" and
                // "acting" a title word follows them ("Nguyên Chủ tịch").
                let title_word = TITLE_WORDS.contains(&wt)
                    && (!matches!(wt, "Nguyên" | "Quyền")
                        || words
                            .get(wi + 1)
                            .is_some_and(|nx| TITLE_WORDS.contains(&&text[nx.clone()])));
                if !cap
                    || n >= 4
                    || (n > 0 && title_word)
                    || (n > 0 && place_ranges.iter().any(|p| p.start == w.start))
                {
                    break;
                }
                n += 1;
            }
            // One word only for an apostrophe name after "ông"/"bà" ("ông K'Brơi").
            let single = n == 1 && ede && after_strong_honorific(&text[..abs]);
            if n < 2 && !single {
                i = skip;
                continue;
            }
            let middle_name = n >= 3 && matches!(&text[words[1].clone()], "Thị" | "Văn");
            let span = words[0].start..words[n - 1].end;
            // A longer capitalised run after four words is an organisation, not a person.
            let after = &text[span.end..r.end];
            // Evidence.
            let title_after = {
                let a = after.trim_start_matches([' ', ',', '-', '–', '—', ':']);
                // "ông X giữ chức Chủ tịch …", "được bầu làm Chủ tịch …".
                let a = match ROLE_VERB.find(a) {
                    Some(m) => &a[m.end()..],
                    None => a,
                };
                if TITLE_START.is_match(a) && a.len() < after.len() {
                    let abs_a = r.end - a.len();
                    let mut end = a.find([';', '.', '(', '\n']).unwrap_or(a.len());
                    if let Some(m) = TITLE_CUT.find_at(&a[..end], 0) {
                        end = m.start;
                    }
                    // Commas separate titles ("Bí thư Đảng đoàn, Chủ tịch …"); anything
                    // else after a comma is not part of the title.
                    let mut k = 0;
                    while let Some(c) = a[k..end].find(',') {
                        let next = a[k + c + 1..end].trim_start();
                        if TITLE_START.is_match(next) && !next.to_lowercase().starts_with("các") {
                            k += c + 1;
                        } else {
                            end = k + c;
                            break;
                        }
                    }
                    Some(abs_a..abs_a + a[..end].trim_end_matches([',', ' ']).len())
                } else {
                    None
                }
            };
            let title_before = {
                let seg_start = before
                    .rfind([',', ';', ':', '.', '(', '–', '-'])
                    .map_or(0, |k| {
                        k + before[k..].chars().next().map_or(1, char::len_utf8)
                    });
                let seg = &before[seg_start..];
                // The last title of the segment, directly followed (title and organisation
                // only, no verb in between) by the name.
                TITLE_ANYWHERE
                    .find_iter(seg)
                    .last()
                    .filter(|m| !BETWEEN_VERB.is_match(&seg[m.end..]))
                    .map(|m| {
                        let st = r.start + seg_start + m.start;
                        st..abs
                    })
            };
            // Inside the name of a cooperative or company ("Hợp tác xã Dệt chiếu cói Kim Sơn").
            let orgs = orgs_cache.get_or_insert_with(|| crate::orgs::find(text, r.clone()));
            let in_business_name = !prev_is_honorific
                && orgs.iter().any(|o| {
                    o.span.start < span.start
                        && span.end <= o.span.end
                        && matches!(
                            o.kind,
                            "cooperative" | "credit_fund" | "cooperative_union" | "enterprise"
                        )
                });
            if in_business_name
                || !(prev_is_honorific || title_after.is_some() || title_before.is_some())
                || (unlisted && title_after.is_none() && !middle_name)
            {
                i = skip;
                continue;
            }
            let title_range = title_before.or(title_after);
            let title = title_range.map(|tr| {
                // Province names inside the title in their canonical spelling.
                let mut raw = String::new();
                let mut last = tr.start;
                for (p, prov) in places
                    .iter()
                    .filter(|(p, _)| tr.start <= p.start && p.end <= tr.end)
                {
                    raw.push_str(&text[last..p.start]);
                    raw.push_str(prov.name);
                    last = p.end;
                }
                // The title ends with its place name: "… tỉnh Ninh Thuận đề nghị …" stops there.
                let mut tr_end = tr.end;
                if let Some((p, _)) = places
                    .iter()
                    .rfind(|(p, _)| tr.start <= p.start && p.end <= tr.end)
                {
                    let after = text[p.end..tr.end].trim_start();
                    if after.starts_with(char::is_lowercase) {
                        tr_end = p.end;
                    }
                }
                raw.push_str(&text[last.min(tr_end)..tr_end]);
                let mut t = canonical_name(raw.trim());
                // Elided organisation: "… Liên minh Hợp tác xã tỉnh".
                if t.ends_with(" tỉnh") || t.ends_with(" thành phố") {
                    let sentence_start = text[..tr.start].rfind(['.', '\n']).map_or(0, |k| k + 1);
                    if let Some((_, prov)) = places
                        .iter()
                        .rev()
                        .find(|(p, _)| p.start >= sentence_start && p.end <= tr.start)
                    {
                        let unit = if t.ends_with(" tỉnh") {
                            " tỉnh"
                        } else {
                            " thành phố"
                        };
                        t.truncate(t.len() - unit.len());
                        t.push(' ');
                        t.push_str(&prov.with_unit());
                    }
                }
                t
            });
            let name = display_name(&text[span.clone()]);
            match out.iter_mut().find(|p| p.name == name) {
                Some(p) => {
                    if p.title.is_none() {
                        p.title = title;
                    }
                }
                None => out.push(PersonFact {
                    name,
                    title,
                    span: span.clone(),
                }),
            }
            i = span.end - r.start;
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::*;

    fn run(s: &str, _places: &[(&str, &str)]) -> Vec<(String, Option<String>)> {
        let p: Vec<(Range<usize>, &'static crate::gazetteer::Province)> =
            crate::gazetteer::find_all(s)
                .into_iter()
                .map(|h| (h.range, h.province))
                .collect();
        extract(s, &[0..s.len()], &p)
            .into_iter()
            .map(|p| (p.name, p.title))
            .collect()
    }

    #[test]
    fn ok_school_name_is_no_person() {
        let r = run("học viên được ThS. Nông Thị Hạnh, giảng viên Trường Đại học Nông Lâm - Đại học Thái Nguyên truyền đạt.", &[]);
        let names: Vec<&str> = r.iter().map(|p| p.0.as_str()).collect();
        assert_eq!(names, ["Nông Thị Hạnh"]);
    }

    #[test]
    fn ok_name_then_title_with_dash() {
        assert_eq!(
            run(
                "có đồng chí Nguyễn Khải – Chủ tịch Liên minh HTX tỉnh Đăk Nông, các Phó Chủ tịch",
                &[("Đăk Nông", "Đắk Nông")]
            ),
            vec![(
                "Nguyễn Khải".into(),
                Some("Chủ tịch Liên minh Hợp tác xã tỉnh Đắk Nông".into())
            )]
        );
    }

    #[test]
    fn ok_local_unit_name_then_person_and_ede_names() {
        let r = run(
            "Chủ tịch UBND xã Lục Ngạn Vi Văn Khiêm đề nghị HTX xây dựng phương án",
            &[],
        );
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].0, "Vi Văn Khiêm");
        let r = run(
            "Phát biểu tại hội nghị, ông Y Khoa Niê, Phó Chủ tịch Liên minh HTX tỉnh cho biết",
            &[],
        );
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].0, "Y Khoa Niê");
        let r = run(
            "Bà H’Nhi Êban, Giám đốc HTX Nông nghiệp Ea Kiết Xanh cho biết",
            &[],
        );
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].0, "H’Nhi Êban");
        let r = run(
            "các đồng chí Võ Thị Thu Hằng và Nguyễn Quang Trung được bầu giữ chức Phó Chủ tịch",
            &[],
        );
        let names: Vec<&str> = r.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, vec!["Võ Thị Thu Hằng", "Nguyễn Quang Trung"]);
        // "Sở Y tế" is no one.
        assert!(run("Giám đốc Sở Y tế cho biết", &[]).is_empty());
        // "Nguyên" is a given name here, "former" before a title.
        let r = run(
            "Phát biểu khai mạc, ông Hồ Sỹ Nguyên, Chủ tịch Liên minh HTX tỉnh cho biết",
            &[],
        );
        assert_eq!(r[0].0, "Hồ Sỹ Nguyên");
        let r = run("Dự có ông Lê Văn Hòa Nguyên Chủ tịch UBND tỉnh", &[]);
        assert_eq!(r[0].0, "Lê Văn Hòa");
    }

    #[test]
    fn ok_family_names_we_do_not_list_need_honorific_and_title() {
        let names = |s: &str| -> Vec<String> { run(s, &[]).into_iter().map(|p| p.0).collect() };
        // Khmer, Raglai, Churu and K'Ho names: "ông"/"bà" before, a title or middle name after.
        assert_eq!(
            names("Tại buổi lễ, ông Chau Văn Khiêm, Phó Chủ tịch Hội Nông dân tỉnh, thông tin"),
            ["Chau Văn Khiêm"]
        );
        assert_eq!(
            names("Chia sẻ tại hội nghị, ông Ya Tuấn, Giám đốc HTX nông nghiệp Đạ Sar kiến nghị"),
            ["Ya Tuấn"]
        );
        assert_eq!(
            names("Báo cáo tại hội nghị, ông K'Brơi, Phó Chủ tịch Liên minh HTX tỉnh cho biết"),
            ["K'Brơi"]
        );
        assert_eq!(
            names("Đại hội bầu bổ sung bà Sơn Thị Dara vào Hội đồng quản trị HTX"),
            ["Sơn Thị Dara"]
        );
        // Without the honorific, or with neither a title nor a middle name, no one.
        assert!(names("Chau Văn Khiêm, Phó Chủ tịch Hội Nông dân tỉnh, thông tin").is_empty());
        assert!(names("Đoàn đã thăm ông Ya Tuấn tại nhà riêng").is_empty());
        // "Đông " ends in "ông " but is no honorific.
        assert!(names("phía Đông Ya Tuấn, Giám đốc HTX").is_empty());
    }

    #[test]
    fn ok_title_org_then_name_without_punctuation() {
        assert_eq!(
            run(
                "Chủ tịch Liên minh Hợp tác xã thành phố Hà Nội Đỗ Huy Chiến cho biết",
                &[("Hà Nội", "Hà Nội")]
            ),
            vec![(
                "Đỗ Huy Chiến".into(),
                Some("Chủ tịch Liên minh Hợp tác xã thành phố Hà Nội".into())
            )]
        );
        assert_eq!(
            run(
                "Phát biểu tại hội nghị, Phó thủ tướng Chính phủ Vương Đình Huệ yêu cầu",
                &[]
            ),
            vec![(
                "Vương Đình Huệ".into(),
                Some("Phó thủ tướng Chính phủ".into())
            )]
        );
    }

    #[test]
    fn ok_elided_org_takes_province_of_the_sentence() {
        let r = run("về phía Liên minh HTX tỉnh Bình Phước có đồng chí Nguyễn Thanh Phương – Chủ tịch Liên minh HTX tỉnh và các phòng, ban", &[("Bình Phước", "tỉnh Bình Phước")]);
        assert_eq!(
            r[0].1.as_deref(),
            Some("Chủ tịch Liên minh Hợp tác xã tỉnh Bình Phước")
        );
    }

    #[test]
    fn ok_honorific_without_title_and_multiple_titles() {
        let r = run("Đồng chí: Đỗ Ngọc Khang và đồng chí Cao Xuân Thu Vân, Bí thư Đảng đoàn, Chủ tịch Liên minh Hợp tác xã Việt Nam đã biểu dương", &[]);
        assert_eq!(r[0], ("Đỗ Ngọc Khang".into(), None));
        assert_eq!(r[1].0, "Cao Xuân Thu Vân");
        assert_eq!(
            r[1].1.as_deref(),
            Some("Bí thư Đảng đoàn, Chủ tịch Liên minh Hợp tác xã Việt Nam")
        );
    }

    #[test]
    fn err_names_inside_cooperatives_or_far_from_titles() {
        assert!(run("đại diện Hợp tác xã Dịch vụ nông nghiệp Gia Trung và Hợp tác xã Dệt chiếu cói Kim Sơn phát biểu", &[]).is_empty());
        assert!(run("ông A, Phó Chủ tịch Liên minh Hợp tác xã tỉnh làm trưởng đoàn đã đến làm việc với Hợp tác xã Nông nghiệp Dịch vụ Triệu Lăng.", &[]).is_empty());
    }

    #[test]
    fn err_names_inside_organisations_and_places() {
        assert!(run(
            "Hợp tác xã cựu chiến binh Vạn Xuân Trương (Nam Định) và Hà Nam",
            &[("Hà Nam", "Hà Nam")]
        )
        .is_empty());
        assert!(run("Nguyễn Huệ là tên đường", &[]).is_empty());
    }
}

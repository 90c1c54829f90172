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
//! Not handled yet: names without a family name from the list, foreign names, titles
//! without names ("các Phó Chủ tịch").

use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::abbrev::canonical_name;

static SURNAMES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../data/surnames.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .collect()
});

macro_rules! re {
    ($name:ident, $pat:expr) => {
        static $name: LazyLock<Regex> =
            LazyLock::new(|| Regex::new($pat).expect(concat!("regex ", stringify!($name))));
    };
}

const TITLES: &str = r"(?:quyền\s+)?(?:phó\s+)?(?:chủ\s+tịch|bí\s+thư|giám\s+đốc|thứ\s+trưởng|bộ\s+trưởng|thủ\s+tướng|trưởng\s+ban|trưởng\s+phòng|trưởng\s+đoàn|cục\s+trưởng|vụ\s+trưởng|chánh\s+văn\s+phòng|tổng\s+giám\s+đốc|tổng\s+biên\s+tập|khối\s+trưởng|khối\s+phó|cụm\s+trưởng|cụm\s+phó|chủ\s+nhiệm|ủy\s+viên|uỷ\s+viên|cán\s+bộ|chuyên\s+viên|kế\s+toán\s+trưởng|trưởng\s+ban\s+kiểm\s+soát|đại\s+diện|nguyên\s+chủ\s+tịch)\b";
re!(
    HONORIFIC_BEFORE,
    r"(?i)(?:^|[^\p{L}])(?:ông|bà|đồng\s+chí|đ/c|anh|chị|nghệ\s+nhân)\s*:?\s*$"
);
re!(TITLE_ANYWHERE, &format!(r"(?i)\b{TITLES}"));
re!(TITLE_START, &format!(r"(?i)^{TITLES}"));
re!(
    TITLE_CUT,
    r"(?i)\s(?:đã|đang|sẽ|làm|phát\s+biểu|cho\s+biết|chia\s+sẻ|khẳng\s+định|nhấn\s+mạnh|cùng|và\s+các|có|về\s+dự|dự|chủ\s+trì|trao|tặng|tham\s+dự|báo\s+cáo)\b"
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

fn words_from(text: &str, start: usize, limit: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut pos = start;
    while pos < limit {
        let rest = &text[pos..limit];
        let wlen = rest
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(rest.len());
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
    crate::pipeline::person_name(s)
}

/// People in `ranges`. `places` are province mentions (so "Hà Nội" is not a person) and
/// `province_names` gives each place's canonical name with its unit word, for elided titles.
pub fn extract(
    text: &str,
    ranges: &[Range<usize>],
    places: &[(Range<usize>, String)],
) -> Vec<PersonFact> {
    let place_ranges: Vec<Range<usize>> = places.iter().map(|p| p.0.clone()).collect();
    let mut out: Vec<PersonFact> = Vec::new();
    for r in ranges {
        let s = &text[r.clone()];
        let mut i = 0;
        while i < s.len() {
            let abs = r.start + i;
            let c = s[i..].chars().next().unwrap_or(' ');
            let at_word = !text[..abs]
                .chars()
                .next_back()
                .is_some_and(char::is_alphabetic);
            if !(at_word && c.is_uppercase()) {
                i += c.len_utf8();
                continue;
            }
            let words = words_from(text, abs, r.end);
            let first = &text[words[0].clone()];
            let skip = words[0].end - r.start;
            if !SURNAMES.contains(first) || inside(&words[0], &place_ranges) {
                i = skip;
                continue;
            }
            // The word before must not be a capitalised part of the same phrase.
            let before = &text[r.start..abs];
            let prev_word = before.trim_end().rsplit(' ').next().unwrap_or("");
            let prev_is_cap = before.ends_with(' ')
                && prev_word.chars().next().is_some_and(char::is_uppercase)
                && prev_word.chars().all(char::is_alphabetic);
            let prev_is_place = place_ranges
                .iter()
                .any(|p| p.end + 1 == abs || p.end == abs);
            let prev_is_honorific = HONORIFIC_BEFORE.is_match(crate::dates::tail(before, 16));
            if prev_is_cap && !prev_is_place && !prev_is_honorific {
                i = skip;
                continue;
            }
            let mut n = 0;
            for w in &words {
                let wt = &text[w.clone()];
                let cap = wt.chars().next().is_some_and(char::is_uppercase);
                if !cap
                    || n >= 4
                    || (n > 0 && TITLE_WORDS.contains(&wt))
                    || (n > 0 && place_ranges.iter().any(|p| p.start == w.start))
                {
                    break;
                }
                n += 1;
            }
            if n < 2 {
                i = skip;
                continue;
            }
            let span = words[0].start..words[n - 1].end;
            // A longer capitalised run after four words is an organisation, not a person.
            let after = &text[span.end..r.end];
            // Evidence.
            let title_after = {
                let a = after.trim_start_matches([' ', ',', '-', '–', '—', ':']);
                if TITLE_START.is_match(a) && a.len() < after.len() {
                    let abs_a = r.end - a.len();
                    let mut end = a.find([';', '.', '(', '\n']).unwrap_or(a.len());
                    if let Some(m) = TITLE_CUT.find(&a[..end]) {
                        end = m.start();
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
                    .map_or(0, |k| k + 1);
                let seg = &before[seg_start..];
                TITLE_ANYWHERE.find(seg).map(|m| {
                    let st = r.start + seg_start + m.start();
                    st..abs
                })
            };
            if !(prev_is_honorific || title_after.is_some() || title_before.is_some()) {
                i = skip;
                continue;
            }
            let title_range = title_before.or(title_after);
            let title = title_range.map(|tr| {
                let mut t = canonical_name(text[tr.clone()].trim());
                // Elided organisation: "… Liên minh Hợp tác xã tỉnh".
                if t.ends_with(" tỉnh") || t.ends_with(" thành phố") {
                    let sentence_start = text[..tr.start].rfind(['.', '\n']).map_or(0, |k| k + 1);
                    if let Some((_, name)) = places
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
                        t.push_str(name);
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

    fn run(s: &str, places: &[(&str, &str)]) -> Vec<(String, Option<String>)> {
        let p: Vec<(Range<usize>, String)> = places
            .iter()
            .map(|(surface, name)| {
                let i = s.find(surface).unwrap();
                (i..i + surface.len(), name.to_string())
            })
            .collect();
        extract(s, &[0..s.len()], &p)
            .into_iter()
            .map(|p| (p.name, p.title))
            .collect()
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
                Some("Chủ tịch Liên minh Hợp tác xã tỉnh Đăk Nông".into())
            )]
        );
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
    fn err_names_inside_organisations_and_places() {
        assert!(run(
            "Hợp tác xã cựu chiến binh Vạn Xuân Trương (Nam Định) và Hà Nam",
            &[("Hà Nam", "Hà Nam")]
        )
        .is_empty());
        assert!(run("Nguyễn Huệ là tên đường", &[]).is_empty());
    }
}

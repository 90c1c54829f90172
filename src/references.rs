//! References: cited legal and planning documents (DOMAIN.md §2.1).
//!
//! Shapes: state individual documents `167/QĐ-TTg`, normative documents `30/2020/NĐ-CP`,
//! laws `17/2023/QH15`, Party documents `20-NQ/TW`; introduced by a document-type word
//! (Quyết định, Nghị quyết, Kế hoạch, Chương trình, …) with or without "số", optionally followed
//! by the issue date ("ngày 16/6/2022").
//!
//! Not handled yet: bare mentions without a number ("Nghị quyết 20"), công văn numbers
//! without a type word.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

/// A cited document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReferenceFact {
    pub kind: String,
    pub number: Option<String>,
    pub date: Option<String>,
    pub span: Range<usize>,
}

static REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?P<kind>Nghị\s+quyết|Nghị\s+định|Quyết\s+định|Chỉ\s+thị|Kết\s+luận|Kế\s+hoạch|Chương\s+trình|
           Thông\s+tư|Công\s+văn|Luật|Quy\s+định|Hướng\s+dẫn|Thông\s+báo|Đề\s+án|Báo\s+cáo|Tờ\s+trình|Lệnh)
        (?:\s+liên\s+tịch)?
        \s+(?:số\s*:?\s*)?
        (?P<num>\d{1,5}(?:/(?:19|20)\d{2})?[/-][\p{Lu}Đ][\p{L}\d.&]*(?:[-/][\p{L}\d.&]+)*)
        (?:\s*,?\s+(?:ban\s+hành\s+|ký\s+)?ngày\s+
           (?:(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})
             |(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>\d{4})))?",
    )
    .expect("reference regex")
});

/// Extracts the references of the text ranges `ranges`.
pub fn extract(text: &str, ranges: &[Range<usize>]) -> Vec<ReferenceFact> {
    let mut out = Vec::new();
    for r in ranges {
        let s = &text[r.clone()];
        // Every document number has a "/" ("167/QĐ-TTg", "20-NQ/TW").
        if !s.contains('/') {
            continue;
        }
        for c in REFERENCE.captures_iter(s) {
            let m = c.get(0).expect("match");
            if !crate::text::starts_word(text, r.start + m.start()) {
                continue;
            }
            let kind: String = {
                let k = c["kind"].split_whitespace().collect::<Vec<_>>().join(" ");
                let mut ch = k.chars();
                match ch.next() {
                    Some(f) => f.to_uppercase().chain(ch).collect(),
                    None => k,
                }
            };
            let num = c["num"].trim_end_matches(['.', ',']).to_string();
            let date = match (
                c.name("d").or(c.name("d2")),
                c.name("m").or(c.name("m2")),
                c.name("y").or(c.name("y2")),
            ) {
                (Some(d), Some(mo), Some(y)) => {
                    let (d, mo, y): (u32, u32, i32) = (
                        d.as_str().parse().unwrap_or(0),
                        mo.as_str().parse().unwrap_or(0),
                        y.as_str().parse().unwrap_or(0),
                    );
                    ((1..=12).contains(&mo)
                        && d >= 1
                        && d <= crate::dates::days_in_month(Some(y), mo))
                    .then(|| format!("{y:04}-{mo:02}-{d:02}"))
                }
                _ => None,
            };
            let end = base_end(m.start(), m.end(), s, &c["num"]);
            out.push(ReferenceFact {
                kind,
                number: Some(num),
                date,
                span: r.start + m.start()..r.start + end,
            });
        }
    }
    out
}

/// Trims a trailing dot or comma swallowed by the number pattern.
fn base_end(_start: usize, end: usize, s: &str, _num: &str) -> usize {
    let t = s[..end].trim_end_matches(['.', ',']);
    t.len()
}

#[cfg(test)]
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::*;

    fn run(s: &str) -> Vec<(String, Option<String>, Option<String>, String)> {
        extract(s, &[0..s.len()])
            .into_iter()
            .map(|r| (r.kind, r.number, r.date, s[r.span].to_string()))
            .collect()
    }

    #[test]
    fn ok_state_and_party_documents() {
        let r = run("theo Quyết định số 167/QĐ-TTg của Thủ tướng và Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành");
        assert_eq!(r[0].0, "Quyết định");
        assert_eq!(r[0].1.as_deref(), Some("167/QĐ-TTg"));
        assert_eq!(r[1].1.as_deref(), Some("20-NQ/TW"));
        assert_eq!(r[1].2.as_deref(), Some("2022-06-16"));
        assert_eq!(r[1].3, "Nghị quyết số 20-NQ/TW ngày 16/6/2022");
    }

    #[test]
    fn ok_numbers_with_years_and_plans() {
        let r = run("Nghị định số 210/2013/NĐ-CP về chính sách; Kế hoạch số 58/KH-LMHTX về hỗ trợ; Chương trình số 04/CTr-UBND.");
        let nums: Vec<_> = r.iter().map(|x| x.1.clone().unwrap()).collect();
        assert_eq!(nums, vec!["210/2013/NĐ-CP", "58/KH-LMHTX", "04/CTr-UBND"]);
        let r = run("Quyết định số 1318/QĐ-TTg ngày 22.7.2021 phê duyệt");
        assert_eq!(r[0].2.as_deref(), Some("2021-07-22"));
    }

    #[test]
    fn err_laws_without_numbers_are_not_references() {
        assert!(run("Luật Hợp tác xã năm 2012 cơ bản đáp ứng").is_empty());
    }
}

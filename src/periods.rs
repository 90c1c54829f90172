//! Periods: spans of years (DOMAIN.md §5).
//!
//! Rules, each named:
//! - `program`: "giai đoạn 2022 - 2026", "giai đoạn từ năm 2021 đến năm 2025";
//! - `term`: "nhiệm kỳ 2020-2025", "nhiệm kỳ 2020 – 2025";
//! - `horizon`: "định hướng đến năm 2030", "tầm nhìn đến năm 2045", "đến năm 2025" (start null);
//! - `reference`: a bare year range used as a span of time ("từ năm 2020-2022", "5 năm
//!   2019 - 2023", "niên vụ 2022-2023").
//!
//! A range must run forwards and cover at most 30 years; a single year is not a period.
//! "giai đoạn X–Y, định hướng đến năm Z" gives two periods, never X–Z.
//!
//! Not handled yet: "khóa XIII" (terms by ordinal), quarters and half-years.

use std::ops::Range;

/// The kind of a year span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Program,
    Term,
    Horizon,
    Reference,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Program => "program",
            Kind::Term => "term",
            Kind::Horizon => "horizon",
            Kind::Reference => "reference",
        }
    }
}

/// A period found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PeriodFact {
    pub start: Option<i32>,
    pub end: i32,
    pub kind: Kind,
    pub span: Range<usize>,
}

const Y: &str = r"((?:19|20)\d{2})";
re!(
    PROGRAM,
    &format!(
        r"(?i)(?-u:\b)giai\s+đoạn\s+(?:từ\s+)?(?:năm\s+)?{Y}\s*(?:-|–|—|đến(?:\s+năm)?)\s*{Y}(?-u:\b)"
    )
);
re!(
    TERM,
    &format!(
        r"(?i)(?-u:\b)nhiệm\s+k[ỳì]\s+(?:từ\s+)?(?:năm\s+)?{Y}\s*(?:-|–|—|đến(?:\s+năm)?)\s*{Y}(?-u:\b)"
    )
);
re!(
    HORIZON,
    &format!(
        r"(?i)(?:(?:định\s+hướng|tầm\s+nhìn)\s+(?:đến|tới)(?:\s+năm)?|đến\s+năm)\s+{Y}(?-u:\b)"
    )
);
re!(
    FROM_TO,
    &format!(r"(?i)(?-u:\b)từ\s+năm\s+{Y}\s+(?:đến|tới)\s+(?:hết\s+)?năm\s+{Y}(?-u:\b)")
);
re!(BARE, &format!(r"(?-u:\b){Y}\s*(?:-|–|—)\s*{Y}(?-u:\b)"));

/// Whether `s` has four digits starting with 19 or 20 (what [`Y`] needs), by a byte scan.
fn has_year(s: &str) -> bool {
    s.as_bytes()
        .windows(4)
        .any(|w| matches!(w, [b'1', b'9', c, d] | [b'2', b'0', c, d] if c.is_ascii_digit() && d.is_ascii_digit()))
}

/// Extracts the periods of the text ranges `ranges`.
pub fn extract(text: &str, ranges: &[Range<usize>]) -> Vec<PeriodFact> {
    let mut out: Vec<PeriodFact> = Vec::new();
    for r in ranges {
        let s = &text[r.clone()];
        // Every rule names a year (19xx or 20xx): skip text that has none.
        if !has_year(s) {
            continue;
        }
        let mut found: Vec<PeriodFact> = Vec::new();
        // Rules in priority order: a later rule never takes text an earlier one took.
        for (re, kind) in [
            (&*PROGRAM, Kind::Program),
            (&*TERM, Kind::Term),
            (&*FROM_TO, Kind::Reference),
            (&*HORIZON, Kind::Horizon),
            (&*BARE, Kind::Reference),
        ] {
            for c in re.captures_iter(s) {
                let m = c.get(0).expect("match");
                let span = r.start + m.start()..r.start + m.end();
                if found
                    .iter()
                    .any(|f| f.span.start < span.end && span.start < f.span.end)
                {
                    continue;
                }
                if let Some((start, end)) = years(&c, s, kind) {
                    found.push(PeriodFact {
                        start,
                        end,
                        kind,
                        span,
                    });
                }
            }
        }
        found.sort_by_key(|f| f.span.start);
        out.extend(found);
    }
    out
}

/// The years of a match, or `None` when its context rules it out.
fn years(c: &regex::Captures, s: &str, kind: Kind) -> Option<(Option<i32>, i32)> {
    let m = c.get(0)?;
    let (before, after) = (&s[..m.start()], &s[m.end()..]);
    if kind == Kind::Horizon {
        // "từ năm 2016 đến năm 2020" is a range, not a horizon.
        let near = crate::text::tail(before, 24);
        if near.contains("từ") && near.chars().any(|ch| ch.is_ascii_digit()) {
            return None;
        }
        // "Tính đến năm 2023, …": figures as of a year, not a target.
        if before.trim_end().to_lowercase().ends_with("tính") {
            return None;
        }
        return Some((None, c[1].parse().ok()?));
    }
    // A bare range that is part of a date or a document number ("3/1996 - 3/2021").
    let in_number = before.ends_with(['/', '.', '-'])
        || after.starts_with('/')
        || (after.starts_with('.') && after[1..].starts_with(|d: char| d.is_ascii_digit()));
    if kind == Kind::Reference && in_number {
        return None;
    }
    let (a, b): (i32, i32) = (c[1].parse().ok()?, c[2].parse().ok()?);
    valid(a, b).then_some((Some(a), b))
}

fn valid(a: i32, b: i32) -> bool {
    a < b && b - a <= 30
}

#[cfg(test)]
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::*;

    #[test]
    fn ok_year_test_finds_the_years_rules_need() {
        assert!(has_year("nhiệm kỳ 2020-2025"));
        assert!(has_year("1998"));
        assert!(!has_year("ngày 12/3, 150 HTX, 2.000 tỷ đồng, 21 - 25"));
        assert!(!has_year("203"));
    }

    fn run(s: &str) -> Vec<(Option<i32>, i32, &'static str, String)> {
        extract(s, &[0..s.len()])
            .into_iter()
            .map(|p| (p.start, p.end, p.kind.as_str(), s[p.span].to_string()))
            .collect()
    }

    #[test]
    fn ok_program_and_horizon_stay_apart() {
        assert_eq!(
            run("chương trình hợp tác giai đoạn 2022-2025, định hướng đến năm 2030."),
            vec![
                (Some(2022), 2025, "program", "giai đoạn 2022-2025".into()),
                (None, 2030, "horizon", "định hướng đến năm 2030".into()),
            ]
        );
    }

    #[test]
    fn ok_terms_and_spacing_variants() {
        assert_eq!(run("nhiệm kỳ 2020 - 2025")[0].3, "nhiệm kỳ 2020 - 2025");
        assert_eq!(run("nhiệm kì 2016 – 2020")[0].1, 2020);
        assert_eq!(run("giai đoạn 2021- 2025")[0].0, Some(2021));
    }

    #[test]
    fn ok_horizons() {
        assert_eq!(run("tầm nhìn đến năm 2045")[0].1, 2045);
        assert_eq!(
            run("Đến năm 2018, cơ bản thực hiện xong")[0],
            (None, 2018, "horizon", "Đến năm 2018".into())
        );
        // As of a year, not a target: "Tính đến năm 2023", "Đến hết năm 2016" (dev p021).
        assert!(run("Tính đến năm 2023, toàn huyện có 45 HTX").is_empty());
        assert!(run("Đến hết năm 2016, toàn vùng có 45 HTX").is_empty());
    }

    #[test]
    fn ok_bare_ranges_are_reference_periods() {
        assert_eq!(
            run("cho HTX thành lập mới từ năm 2020-2022."),
            vec![(Some(2020), 2022, "reference", "2020-2022".into())]
        );
    }

    #[test]
    fn err_not_periods() {
        assert!(run("năm 2023 và năm 2024").is_empty());
        assert!(run("giai đoạn 2025 - 2020").is_empty());
        assert!(run("Nghị định số 30/2020-2021").is_empty());
        assert_eq!(
            run("từ năm 2016 đến năm 2020"),
            vec![(
                Some(2016),
                2020,
                "reference",
                "từ năm 2016 đến năm 2020".into()
            )]
        );
    }
}

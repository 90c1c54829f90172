//! Dates: every calendar date, month or date range the article body states (DOMAIN.md §4).
//!
//! Rules, each named, tried on the normalised text; the longest match wins where matches
//! overlap:
//! - `range_from_to`: "từ ngày 1/12 đến ngày 4/12/2022", "từ 17/7 đến 19/7", "từ 30/9 đến 2/10/2022";
//! - `range_days`: "21-22/12/2020", "21 - 22/12", "ngày 5 và 6/6";
//! - `long_form`: "ngày 30 tháng 9 năm 2022", "30 tháng 9/2022", "25 Tháng 1 2022";
//! - `dmy`: "18/4/2022", "18-4-2022", "22.7.2021" (one separator throughout);
//! - `month_year`: "tháng 7/2021", "tháng 6 năm 2023", "(3/1996 - 3/2021)";
//! - `month_range`: "từ tháng 3 đến tháng 5/2024", "tháng 6 - 8/2023";
//! - `month_no_year`: "tháng 6", only when a publication date or title year resolves it;
//! - `day_month`: "Sáng 31/3", "ngày 17/6", "Hôm qua 3.7", "(5.7)" — year-less, so only after a
//!   date cue (ngày, sáng, chiều, hôm qua, từ, đến, …) or inside parentheses.
//!
//! A missing year comes from the publication date (±: a date more than 60 days after it is
//! last year's unless the sentence speaks of the future), else from the one year the title
//! names ("… năm 2022"), with `year_inferred`; else the value is year-less (`--MM-DD`).
//! Impossible dates ("31/3/203", "30/2/2023") become warnings, not values.
//!
//! Not handled yet: lunar dates, quarters, relative days ("hôm qua" alone), weekday checks.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

/// A civil date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Ymd {
    pub y: i32,
    pub m: u32,
    pub d: u32,
}

impl Ymd {
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }

    /// Days since 1970-01-01 (proleptic Gregorian).
    pub fn days(&self) -> i64 {
        let (y, m, d) = (self.y as i64, self.m as i64, self.d as i64);
        let y = if m <= 2 { y - 1 } else { y };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }
}

pub fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Days in a month; with no year, February has 29.
pub fn days_in_month(y: Option<i32>, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => match y {
            Some(y) if !is_leap(y) => 28,
            _ => 29,
        },
        _ => 0,
    }
}

/// What the date is in the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Event,
    Reference,
    Deadline,
    Other,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Event => "event",
            Role::Reference => "reference",
            Role::Deadline => "deadline",
            Role::Other => "other",
        }
    }
}

/// A date found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateFact {
    /// ISO value: `2022-04-18`, `2023-06`, `2020-12-21/2020-12-22`, `--06-17`.
    pub value: String,
    /// The (first) full date, when the year is known.
    pub first: Option<Ymd>,
    pub role: Role,
    pub part_of_day: Option<&'static str>,
    pub year_inferred: bool,
    pub span: Range<usize>,
    /// Which rule matched.
    pub rule: &'static str,
}

/// A problem found while reading dates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateWarning {
    pub code: &'static str,
    pub message: String,
    pub span: Range<usize>,
}

/// What year-less dates are resolved against.
#[derive(Clone, Copy, Debug, Default)]
pub struct Context {
    pub published: Option<Ymd>,
    pub title_year: Option<i32>,
}

macro_rules! re {
    ($name:ident, $pat:expr) => {
        static $name: LazyLock<Regex> =
            LazyLock::new(|| Regex::new($pat).expect(concat!("regex ", stringify!($name))));
    };
}

const D: &str = r"(\d{1,2})";
re!(
    RANGE_FROM_TO,
    &format!(
        r"(?i)(?-u:\b)(?:từ\s+)(?:ngày\s+)?{D}(?:\s*[/.-]\s*{D})?(?:\s*[/.-]\s*(\d{{4}}))?\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?{D}\s*[/.-]\s*{D}(?:\s*[/.-]\s*(\d{{4}}))?(?-u:\b)"
    )
);
re!(
    RANGE_DAYS,
    &format!(r"(?i)(?-u:\b){D}\s*(?:-|–|và|,)\s*{D}\s*/\s*{D}(?:\s*/\s*(\d{{4}}))?(?-u:\b)")
);
re!(
    LONG_FORM,
    &format!(
        r"(?i)((?-u:\b)ngày\s+)?(?-u:\b){D}\s+tháng\s+{D}(?:(?:\s*,)?\s+năm\s+(\d{{3,5}})|\s*/\s*(\d{{4}})|\s+(\d{{4}}))?(?-u:\b)"
    )
);
re!(
    DMY,
    &format!(r"(?-u:\b){D}\s?([/.-])\s?{D}\s?([/.-])\s?(\d{{2,5}})(?-u:\b)")
);
re!(
    MONTH_YEAR,
    r"(?i)(?-u:\b)tháng\s+(\d{1,2})\s*(?:/|-|\s+năm\s+)\s*(\d{4})(?-u:\b)"
);
re!(
    MONTH_RANGE,
    r"(?i)(?-u:\b)(?:từ\s+)?tháng\s+(\d{1,2})(?:\s*/\s*(\d{4}))?\s*(?:-|–|đến|tới)\s*(?:hết\s+)?(?:tháng\s+)?(\d{1,2})\s*(?:/|\s+năm\s+)\s*(\d{4})(?-u:\b)"
);
re!(MONTH_ONLY, r"(?i)(?-u:\b)tháng\s+(\d{1,2})(?-u:\b)");
re!(BARE_MONTH_YEAR, r"(?-u:\b)(\d{1,2})/(\d{4})(?-u:\b)");
re!(DAY_MONTH, &format!(r"(?-u:\b){D}([/.-]){D}(?-u:\b)"));
re!(
    CUE_BEFORE,
    r"(?i)(?:ngày|sáng|chiều|tối|trưa|đêm|khuya|hôm nay|hôm qua|hôm kia|nay|qua|từ|đến|tới|vào|trước|sau|hạn|dịp|lúc|đến hết)\s*$"
);
re!(
    PART_OF_DAY,
    r"(?i)\b(rạng sáng|sáng|trưa|chiều|tối|đêm|khuya)(?:\s+(?:nay|qua|hôm nay|hôm qua|mai))?\s*(?:,\s*)?(?:ngày\s*)?$"
);
re!(
    REFERENCE_BEFORE,
    r"(?i)(?:\d+(?:/\d{4})?[/-][\p{L}\d/.&-]*[\p{L}\d]|(?:Nghị quyết|Quyết định|Kế hoạch|Thông tư|Nghị định|Chỉ thị|Công văn|Luật|Chương trình|Kết luận|Hướng dẫn|Thông báo|Đề án|Tờ trình|Báo cáo)(?:\s+số)?(?:\s+\d+)?)\s*,?\s*(?:do\s+[^,.;]{1,40}\s+)?(?:ban hành\s+|ký\s+|được ban hành\s+)?(?:vào\s+)?(?:ngày\s*)?$"
);
re!(
    DEADLINE_BEFORE,
    r"(?i)(?:trước|chậm nhất|hạn chót|hết hạn|đến hết|hạn cuối)\s*(?:vào\s+)?(?:ngày\s*)?$"
);
re!(FUTURE, r"(?i)\b(?:sẽ|dự kiến|chuẩn bị|kế hoạch|sắp)\b");
re!(TITLE_YEAR, r"(?i)(?-u:\b)năm\s+((?:19|20)\d{2})(?-u:\b)");

/// The one year a title names with "năm YYYY", if exactly one.
pub fn title_year(title: &str) -> Option<i32> {
    let mut years: Vec<i32> = TITLE_YEAR
        .captures_iter(title)
        .filter_map(|c| c[1].parse().ok())
        .collect();
    years.sort_unstable();
    years.dedup();
    (years.len() == 1).then(|| years[0])
}

fn num(s: Option<regex::Match>) -> Option<u32> {
    s.and_then(|m| m.as_str().parse().ok())
}

struct Candidate {
    span: Range<usize>,
    rule: &'static str,
    kind: Kind,
}

enum Kind {
    Day {
        d: u32,
        m: u32,
        y: Option<YearText>,
    },
    Range {
        d1: u32,
        m1: u32,
        y1: Option<YearText>,
        d2: u32,
        m2: u32,
        y2: Option<YearText>,
    },
    Month {
        m: u32,
        y: i32,
    },
    MonthRange {
        m1: u32,
        y1: i32,
        m2: u32,
        y2: i32,
    },
    /// "tháng 6" with no year: resolved like a year-less day, or dropped.
    MonthNoYear {
        m: u32,
    },
}

/// A year as written: its value and its digit count (3 or 5 digits is a typo).
#[derive(Clone, Copy)]
struct YearText {
    value: i32,
    digits: usize,
}

fn year_of(m: Option<regex::Match>) -> Option<YearText> {
    m.and_then(|m| {
        Some(YearText {
            value: m.as_str().parse().ok()?,
            digits: m.as_str().len(),
        })
    })
}

/// Finds candidates in `s` (a slice of the text starting at byte `base`).
fn candidates(text: &str, r: Range<usize>, out: &mut Vec<Candidate>) {
    let s = &text[r.clone()];
    let base = r.start;
    for c in RANGE_FROM_TO.captures_iter(s) {
        let m = c.get(0).expect("match");
        let (d2, m2) = (num(c.get(4)).unwrap_or(0), num(c.get(5)).unwrap_or(0));
        let m1 = num(c.get(2)).unwrap_or(m2);
        let y2 = year_of(c.get(6));
        let y1 = year_of(c.get(3)).or(y2);
        out.push(Candidate {
            span: base + m.start()..base + m.end(),
            rule: "range_from_to",
            kind: Kind::Range {
                d1: num(c.get(1)).unwrap_or(0),
                m1,
                y1,
                d2,
                m2,
                y2,
            },
        });
    }
    for c in RANGE_DAYS.captures_iter(s) {
        let m = c.get(0).expect("match");
        // "2, 3/4" after a number list is too weak without a cue: require a cue or a year.
        let sep_is_comma = s[m.start()..m.end()].contains(',');
        if sep_is_comma && c.get(4).is_none() {
            continue;
        }
        let mm = num(c.get(3)).unwrap_or(0);
        let y = year_of(c.get(4));
        out.push(Candidate {
            span: base + m.start()..base + m.end(),
            rule: "range_days",
            kind: Kind::Range {
                d1: num(c.get(1)).unwrap_or(0),
                m1: mm,
                y1: y,
                d2: num(c.get(2)).unwrap_or(0),
                m2: mm,
                y2: y,
            },
        });
    }
    for c in LONG_FORM.captures_iter(s) {
        let m = c.get(0).expect("match");
        let y = year_of(c.get(4).or(c.get(5)).or(c.get(6)));
        if y.is_none() && c.get(1).is_none() {
            continue;
        }
        out.push(Candidate {
            span: base + m.start()..base + m.end(),
            rule: "long_form",
            kind: Kind::Day {
                d: num(c.get(2)).unwrap_or(0),
                m: num(c.get(3)).unwrap_or(0),
                y,
            },
        });
    }
    for c in DMY.captures_iter(s) {
        let m = c.get(0).expect("match");
        if c[2] != c[4] {
            continue;
        }
        let after = &s[m.end()..];
        if after.starts_with('/')
            || (c[2] == *"."
                && after.starts_with(|ch: char| {
                    ch == '.' && after[1..].starts_with(|d: char| d.is_ascii_digit())
                }))
        {
            continue; // document number or a longer number
        }
        let y = year_of(c.get(5));
        // Two-digit years only with slashes ("14/9/15").
        if y.is_some_and(|y| y.digits == 2) && &c[2] != "/" {
            continue;
        }
        out.push(Candidate {
            span: base + m.start()..base + m.end(),
            rule: "dmy",
            kind: Kind::Day {
                d: num(c.get(1)).unwrap_or(0),
                m: num(c.get(3)).unwrap_or(0),
                y,
            },
        });
    }
    for c in MONTH_YEAR.captures_iter(s) {
        let m = c.get(0).expect("match");
        out.push(Candidate {
            span: base + m.start()..base + m.end(),
            rule: "month_year",
            kind: Kind::Month {
                m: num(c.get(1)).unwrap_or(0),
                y: c[2].parse().unwrap_or(0),
            },
        });
    }
    for c in MONTH_RANGE.captures_iter(s) {
        let m = c.get(0).expect("match");
        let y2: i32 = c[4].parse().unwrap_or(0);
        let y1 = c.get(2).and_then(|y| y.as_str().parse().ok()).unwrap_or(y2);
        out.push(Candidate {
            span: base + m.start()..base + m.end(),
            rule: "month_range",
            kind: Kind::MonthRange {
                m1: num(c.get(1)).unwrap_or(0),
                y1,
                m2: num(c.get(3)).unwrap_or(0),
                y2,
            },
        });
    }
    for c in MONTH_ONLY.captures_iter(s) {
        let m = c.get(0).expect("match");
        let after = &s[m.end()..];
        let before = s[..m.start()].trim_end();
        // "tháng 6/2023", "tháng 6 năm 2023" are other rules; "30 tháng 9" is a day.
        let after_t = after.trim_start();
        if after_t.starts_with(['/', '-', '–'])
            || after_t.to_lowercase().starts_with("năm")
            || before.ends_with(|ch: char| ch.is_ascii_digit())
        {
            continue;
        }
        out.push(Candidate {
            span: base + m.start()..base + m.end(),
            rule: "month_no_year",
            kind: Kind::MonthNoYear {
                m: num(c.get(1)).unwrap_or(0),
            },
        });
    }
    for c in BARE_MONTH_YEAR.captures_iter(s) {
        let m = c.get(0).expect("match");
        let after = &s[m.end()..];
        let before = &s[..m.start()];
        if after.starts_with('/')
            || before.ends_with('/')
            || before.ends_with(|ch: char| ch.is_ascii_digit())
        {
            continue;
        }
        let month = num(c.get(1)).unwrap_or(0);
        if !(1..=12).contains(&month) {
            continue;
        }
        out.push(Candidate {
            span: base + m.start()..base + m.end(),
            rule: "month_year",
            kind: Kind::Month {
                m: month,
                y: c[2].parse().unwrap_or(0),
            },
        });
    }
    for c in DAY_MONTH.captures_iter(s) {
        let m = c.get(0).expect("match");
        let after = &s[m.end()..];
        let before = &s[..m.start()];
        if after.starts_with(['/', '.', '-'])
            && after[1..].starts_with(|d: char| d.is_ascii_digit())
        {
            continue;
        }
        if before.ends_with(|ch: char| matches!(ch, '/' | '.' | '-' | ',') || ch.is_ascii_digit()) {
            continue;
        }
        let in_parens = before.trim_end().ends_with('(') && after.trim_start().starts_with(')');
        let cue = CUE_BEFORE.is_match(tail(before, 24));
        if !(cue || in_parens) {
            continue;
        }
        out.push(Candidate {
            span: base + m.start()..base + m.end(),
            rule: "day_month",
            kind: Kind::Day {
                d: num(c.get(1)).unwrap_or(0),
                m: num(c.get(3)).unwrap_or(0),
                y: None,
            },
        });
    }
}

/// The last `n` bytes of `s` (at a char boundary).
pub fn tail(s: &str, n: usize) -> &str {
    let mut i = s.len().saturating_sub(n);
    while !s.is_char_boundary(i) {
        i += 1;
    }
    &s[i..]
}

/// Resolves a year-less day against the context.
fn infer_year(m: u32, d: u32, ctx: &Context, future: bool) -> Option<i32> {
    if let Some(p) = ctx.published {
        let mut y = p.y;
        let c = Ymd { y, m, d };
        if d <= days_in_month(Some(y), m) {
            let diff = c.days() - p.days();
            if diff > 60 && !future {
                y -= 1;
            } else if diff < -300 && future {
                y += 1;
            }
        }
        return Some(y);
    }
    ctx.title_year
}

/// Extracts the dates of the text ranges `ranges` (body paragraphs).
pub fn extract(
    text: &str,
    ranges: &[Range<usize>],
    ctx: &Context,
) -> (Vec<DateFact>, Vec<DateWarning>) {
    let mut cands = Vec::new();
    for r in ranges {
        // Every date rule needs a digit.
        if text.as_bytes()[r.clone()].iter().any(u8::is_ascii_digit) {
            candidates(text, r.clone(), &mut cands);
        }
    }
    // Longest match first among overlaps.
    cands.sort_by(|a, b| {
        a.span
            .start
            .cmp(&b.span.start)
            .then((b.span.end - b.span.start).cmp(&(a.span.end - a.span.start)))
    });
    let mut chosen: Vec<Candidate> = Vec::new();
    for c in cands {
        if let Some(last) = chosen.last() {
            if c.span.start < last.span.end {
                continue;
            }
        }
        chosen.push(c);
    }
    let mut facts = Vec::new();
    let mut warnings = Vec::new();
    for c in chosen {
        let before = &text[..c.span.start];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let sentence_before = &text[line_start..c.span.start];
        let future = FUTURE.is_match(tail(sentence_before, 120));
        let role = if REFERENCE_BEFORE.is_match(tail(sentence_before, 90)) {
            Role::Reference
        } else if DEADLINE_BEFORE.is_match(tail(sentence_before, 30)) {
            Role::Deadline
        } else {
            Role::Event
        };
        let part_of_day = PART_OF_DAY.captures(tail(sentence_before, 30)).map(|cap| {
            match cap[1].to_lowercase().as_str() {
                "sáng" | "rạng sáng" => "morning",
                "trưa" => "noon",
                "chiều" => "afternoon",
                "tối" => "evening",
                _ => "night",
            }
        });
        let shown = &text[c.span.clone()];
        let mut warn = |code: &'static str, message: String| {
            warnings.push(DateWarning {
                code,
                message,
                span: c.span.clone(),
            })
        };
        match c.kind {
            Kind::Day { d, m, y } => {
                if let Some(yt) = y {
                    let yv = if yt.digits == 2 {
                        2000 + yt.value
                    } else {
                        yt.value
                    };
                    if !(yt.digits == 4 || yt.digits == 2) || !(1900..=2100).contains(&yv) {
                        warn("invalid_year", format!("impossible year in date {shown:?}"));
                        continue;
                    }
                    if !(1..=12).contains(&m) || d == 0 || d > days_in_month(Some(yv), m) {
                        warn("invalid_date", format!("no such day: {shown:?}"));
                        continue;
                    }
                    let ymd = Ymd { y: yv, m, d };
                    facts.push(DateFact {
                        value: ymd.iso(),
                        first: Some(ymd),
                        role,
                        part_of_day,
                        year_inferred: false,
                        span: c.span,
                        rule: c.rule,
                    });
                } else {
                    if !(1..=12).contains(&m) || d == 0 || d > days_in_month(None, m) {
                        warn("invalid_date", format!("no such day: {shown:?}"));
                        continue;
                    }
                    match infer_year(m, d, ctx, future) {
                        Some(y) if d <= days_in_month(Some(y), m) => {
                            let ymd = Ymd { y, m, d };
                            facts.push(DateFact {
                                value: ymd.iso(),
                                first: Some(ymd),
                                role,
                                part_of_day,
                                year_inferred: true,
                                span: c.span,
                                rule: c.rule,
                            });
                        }
                        _ => facts.push(DateFact {
                            value: format!("--{m:02}-{d:02}"),
                            first: None,
                            role,
                            part_of_day,
                            year_inferred: false,
                            span: c.span,
                            rule: c.rule,
                        }),
                    }
                }
            }
            Kind::Range {
                d1,
                m1,
                y1,
                d2,
                m2,
                y2,
            } => {
                let ok_md = |d: u32, m: u32, y: Option<i32>| {
                    (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)
                };
                let bad_year = [y1, y2]
                    .iter()
                    .flatten()
                    .any(|y| y.digits != 4 || !(1900..=2100).contains(&y.value));
                if bad_year {
                    warn(
                        "invalid_year",
                        format!("impossible year in date range {shown:?}"),
                    );
                    continue;
                }
                let (mut ya, mut yb) = (y1.map(|y| y.value), y2.map(|y| y.value));
                let mut inferred = false;
                if yb.is_none() {
                    if let Some(y) = infer_year(m2, d2, ctx, future) {
                        yb = Some(y);
                        inferred = true;
                    }
                }
                if ya.is_none() {
                    // A range crossing the new year ("từ 30/12 đến 2/1").
                    ya = yb.map(|y| if m1 > m2 { y - 1 } else { y });
                }
                if !ok_md(d1, m1, ya) || !ok_md(d2, m2, yb) {
                    warn("invalid_date", format!("no such day in range {shown:?}"));
                    continue;
                }
                let (value, first) = match (ya, yb) {
                    (Some(a), Some(b)) => {
                        let (s, e) = (Ymd { y: a, m: m1, d: d1 }, Ymd { y: b, m: m2, d: d2 });
                        if e < s {
                            warn(
                                "invalid_date",
                                format!("range ends before it starts: {shown:?}"),
                            );
                            continue;
                        }
                        (format!("{}/{}", s.iso(), e.iso()), Some(s))
                    }
                    _ => (format!("--{m1:02}-{d1:02}/--{m2:02}-{d2:02}"), None),
                };
                facts.push(DateFact {
                    value,
                    first,
                    role,
                    part_of_day,
                    year_inferred: inferred,
                    span: c.span,
                    rule: c.rule,
                });
            }
            Kind::MonthRange { m1, y1, m2, y2 } => {
                let ok = |m: u32, y: i32| (1..=12).contains(&m) && (1900..=2100).contains(&y);
                if !ok(m1, y1) || !ok(m2, y2) || (y1, m1) >= (y2, m2) {
                    warn("invalid_date", format!("no such month range: {shown:?}"));
                    continue;
                }
                facts.push(DateFact {
                    value: format!("{y1:04}-{m1:02}/{y2:04}-{m2:02}"),
                    first: None,
                    role,
                    part_of_day,
                    year_inferred: false,
                    span: c.span,
                    rule: c.rule,
                });
            }
            Kind::MonthNoYear { m } => {
                if !(1..=12).contains(&m) {
                    continue;
                }
                // Only with a year to resolve against: a bare "tháng 6" stays unstated.
                if let Some(y) = infer_year(m, 1, ctx, future) {
                    facts.push(DateFact {
                        value: format!("{y:04}-{m:02}"),
                        first: None,
                        role,
                        part_of_day,
                        year_inferred: true,
                        span: c.span,
                        rule: c.rule,
                    });
                }
            }
            Kind::Month { m, y } => {
                if !(1..=12).contains(&m) || !(1900..=2100).contains(&y) {
                    warn("invalid_date", format!("no such month: {shown:?}"));
                    continue;
                }
                facts.push(DateFact {
                    value: format!("{y:04}-{m:02}"),
                    first: None,
                    role,
                    part_of_day,
                    year_inferred: false,
                    span: c.span,
                    rule: c.rule,
                });
            }
        }
    }
    (facts, warnings)
}

/// A publication stamp found on one line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stamp {
    /// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`.
    pub value: String,
    pub date: Ymd,
    pub span: Range<usize>,
}

re!(
    STAMP_DATE,
    r"\b(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*([/.-])\s*(\d{4}|\d{2})\b"
);
re!(
    STAMP_LONG,
    r"(?i)\b(\d{1,2})\s+tháng\s+(\d{1,2}),?\s+(?:năm\s+)?(\d{4})\b"
);
re!(
    STAMP_TIME,
    r"(?i)\b([01]?\d|2[0-3])\s*[:hg]\s*([0-5]\d)(?:\s*:\s*[0-5]\d)?'?(?:\s*(AM|PM|SA|CH))?"
);

/// Reads a publication stamp ("16:17 | 31/03/2023", "Ngày: 20/11/2023", "Ngày đăng : 13:57,
/// 09/12/2020", "Thứ ba, 25 Tháng 1 2022 16:22") from the line `r` of `text`.
pub fn parse_stamp(text: &str, r: Range<usize>) -> Option<Stamp> {
    let s = &text[r.clone()];
    let (date, dspan) = if let Some(c) = STAMP_DATE.captures(s) {
        if c[2] != c[4] {
            return None;
        }
        let y: i32 = c[5].parse().ok()?;
        let y = if c[5].len() == 2 { 2000 + y } else { y };
        let (d, m): (u32, u32) = (c[1].parse().ok()?, c[3].parse().ok()?);
        let m0 = c.get(0)?;
        (Ymd { y, m, d }, m0.start()..m0.end())
    } else if let Some(c) = STAMP_LONG.captures(s) {
        let m0 = c.get(0)?;
        (
            Ymd {
                y: c[3].parse().ok()?,
                m: c[2].parse().ok()?,
                d: c[1].parse().ok()?,
            },
            m0.start()..m0.end(),
        )
    } else {
        return None;
    };
    if !(1..=12).contains(&date.m)
        || date.d == 0
        || date.d > days_in_month(Some(date.y), date.m)
        || !(1990..=2100).contains(&date.y)
    {
        return None;
    }
    let time = STAMP_TIME.captures_iter(s).find(|c| {
        let m = c.get(0).expect("match");
        m.end() <= dspan.start || m.start() >= dspan.end
    });
    let mut span = dspan.clone();
    let value = match time {
        Some(c) => {
            let m0 = c.get(0).expect("match");
            let mut h: u32 = c[1].parse().ok()?;
            let min: u32 = c[2].parse().ok()?;
            if let Some(ampm) = c.get(3) {
                let pm = matches!(ampm.as_str().to_uppercase().as_str(), "PM" | "CH");
                if pm && h < 12 {
                    h += 12;
                }
            }
            span = span.start.min(m0.start())..span.end.max(m0.end());
            format!("{}T{h:02}:{min:02}", date.iso())
        }
        None => date.iso(),
    };
    Some(Stamp {
        value,
        date,
        span: r.start + span.start..r.start + span.end,
    })
}

#[cfg(test)]
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::*;

    fn run(s: &str, ctx: Context) -> Vec<(String, String)> {
        let (facts, _) = extract(s, &[0..s.len()], &ctx);
        facts
            .into_iter()
            .map(|f| (f.value, s[f.span].to_string()))
            .collect()
    }

    fn values(s: &str, ctx: Context) -> Vec<String> {
        run(s, ctx).into_iter().map(|(v, _)| v).collect()
    }

    fn pubd(y: i32, m: u32, d: u32) -> Context {
        Context {
            published: Some(Ymd { y, m, d }),
            title_year: None,
        }
    }

    #[test]
    fn ok_long_form_with_whole_span() {
        assert_eq!(
            run(
                "Ngày 30 tháng 9 năm 2022, tại Hội trường",
                Context::default()
            ),
            vec![("2022-09-30".into(), "Ngày 30 tháng 9 năm 2022".into())]
        );
        assert_eq!(
            values("Thứ ba, 25 Tháng 1 2022", Context::default()),
            vec!["2022-01-25"]
        );
        assert_eq!(
            values("ngày 30 tháng 9/2022", Context::default()),
            vec!["2022-09-30"]
        );
    }

    #[test]
    fn ok_dmy_separators() {
        assert_eq!(
            values(
                "chiều ngày 18/4/2022, ngày 18-3-2002 và ngày 22.7.2021",
                Context::default()
            ),
            vec!["2022-04-18", "2002-03-18", "2021-07-22"]
        );
    }

    #[test]
    fn ok_day_ranges() {
        assert_eq!(
            values("trong 2 ngày 21-22/12/2020", Context::default()),
            vec!["2020-12-21/2020-12-22"]
        );
        assert_eq!(
            values("trong 2 ngày 21 - 22/12 tại", pubd(2020, 12, 9)),
            vec!["2020-12-21/2020-12-22"]
        );
        assert_eq!(
            values(
                "diễn ra từ ngày 1/12 đến ngày 4/12/2022 với",
                Context::default()
            ),
            vec!["2022-12-01/2022-12-04"]
        );
        assert_eq!(
            values("từ 17/7 đến 19/7", Context::default()),
            vec!["--07-17/--07-19"]
        );
        assert_eq!(
            values("từ 30/9 đến 2/10/2022", Context::default()),
            vec!["2022-09-30/2022-10-02"]
        );
    }

    #[test]
    fn ok_yearless_resolved_from_publication() {
        assert_eq!(
            values("Sáng 31/3, Liên minh", pubd(2023, 3, 31)),
            vec!["2023-03-31"]
        );
        // Late December event in a January article is last year's.
        assert_eq!(
            values("Ngày 28/12, hội nghị", pubd(2024, 1, 5)),
            vec!["2023-12-28"]
        );
    }

    #[test]
    fn ok_yearless_from_title_year_else_yearless_form() {
        let ctx = Context {
            published: None,
            title_year: Some(2022),
        };
        assert_eq!(values("Chiều 16/10, Cụm thi đua", ctx), vec!["2022-10-16"]);
        assert_eq!(
            values("Ngày 17/6, tại thành phố", Context::default()),
            vec!["--06-17"]
        );
        assert_eq!(
            values(
                "Hôm qua 3.7, Liên minh tổ chức ngày HTX quốc tế (5.7);",
                Context::default()
            ),
            vec!["--07-03", "--07-05"]
        );
    }

    #[test]
    fn ok_months() {
        assert_eq!(
            values("từ tháng 7/2021 và tháng 6 năm 2023", Context::default()),
            vec!["2021-07", "2023-06"]
        );
        assert_eq!(
            values("(3/1996 - 3/2021)", Context::default()),
            vec!["1996-03", "2021-03"]
        );
    }

    #[test]
    fn ok_month_ranges_and_months_without_year() {
        assert_eq!(
            values("từ tháng 3 đến tháng 5/2024", Context::default()),
            vec!["2024-03/2024-05"]
        );
        assert_eq!(
            values("trong tháng 6 - 8/2023", Context::default()),
            vec!["2023-06/2023-08"]
        );
        assert_eq!(
            values("dự kiến trong tháng 6, hợp tác xã", pubd(2024, 5, 14)),
            vec!["2024-06"]
        );
        assert!(values("trong tháng 6, hợp tác xã", Context::default()).is_empty());
        assert!(values("6 tháng đầu năm", pubd(2024, 5, 14)).is_empty());
    }

    #[test]
    fn ok_reference_role_and_part_of_day() {
        let s = "Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành; chiều ngày 18/4/2022";
        let (f, _) = extract(s, &[0..s.len()], &Context::default());
        assert_eq!(f[0].role, Role::Reference);
        assert_eq!(f[1].role, Role::Event);
        assert_eq!(f[1].part_of_day, Some("afternoon"));
        let s = "Quyết định số 1318/QĐ-TTg ngày 22.7.2021 phê duyệt";
        let (f, _) = extract(s, &[0..s.len()], &Context::default());
        assert_eq!(
            (f[0].value.as_str(), f[0].role),
            ("2021-07-22", Role::Reference)
        );
    }

    #[test]
    fn err_impossible_dates_become_warnings() {
        let s = "Tuần lễ khai mạc ngày 31/3/203 và ngày 30/2/2023, ngày 31/2";
        let (f, w) = extract(s, &[0..s.len()], &Context::default());
        assert!(f.is_empty(), "{f:?}");
        let codes: Vec<&str> = w.iter().map(|w| w.code).collect();
        assert_eq!(codes, vec!["invalid_year", "invalid_date", "invalid_date"]);
        assert_eq!(&s[w[0].span.clone()], "31/3/203");
    }

    #[test]
    fn err_numbers_and_document_codes_are_not_dates() {
        assert!(values(
            "Nghị định số 210/2013/NĐ-CP về chính sách, 1.200.000 đồng, 1/2 số HTX",
            Context::default()
        )
        .is_empty());
        assert!(values("đạt 3.7 tỷ đồng và 2,5 triệu", Context::default()).is_empty());
    }

    #[test]
    fn ok_stamps() {
        let t = "16:17 | 31/03/2023";
        assert_eq!(
            parse_stamp(t, 0..t.len()).unwrap().value,
            "2023-03-31T16:17"
        );
        let t = "Xã hội - Ngày đăng : 13:57, 09/12/2020";
        let st = parse_stamp(t, 0..t.len()).unwrap();
        assert_eq!(st.value, "2020-12-09T13:57");
        assert_eq!(&t[st.span], "13:57, 09/12/2020");
        let t = "Ngày: 20/11/2023";
        assert_eq!(parse_stamp(t, 0..t.len()).unwrap().value, "2023-11-20");
        let t = "Ngày 27-04-2022 - Lượt xem: 28";
        assert_eq!(parse_stamp(t, 0..t.len()).unwrap().value, "2022-04-27");
        let t = "23/10/2023 05:32 PM";
        assert_eq!(
            parse_stamp(t, 0..t.len()).unwrap().value,
            "2023-10-23T17:32"
        );
    }
}

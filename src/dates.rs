//! Dates: every calendar date, month or date range the article body states (DOMAIN.md §4).
//!
//! Rules, each named, tried on the normalised text; the longest match wins where matches
//! overlap:
//! - `range_from_to`: "từ ngày 1/12 đến ngày 4/12/2022", "từ 17/7 đến 19/7", "từ 30/9 đến 2/10/2022";
//! - `range_days`: "21-22/12/2020", "21 - 22/12", "ngày 5 và 6/6";
//! - `long_form`: "ngày 30 tháng 9 năm 2022", "30 tháng 9/2022", "25 Tháng 1 2022",
//!   "Ngày mùng 5 tháng 3" (a lunar "… âm lịch" is not a calendar date);
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

    /// The day an ISO value starts with ("2025-10-16", "2025-10-16T19:05").
    pub fn from_iso(s: &str) -> Option<Ymd> {
        Ymd::from_iso_or(s, None)
    }

    /// As [`Ymd::from_iso`], a month value ("2025-10") taking `month_day` as its day.
    fn from_iso_or(s: &str, month_day: Option<u32>) -> Option<Ymd> {
        let field = |r: Range<usize>| s.get(r).and_then(|f| f.parse::<u32>().ok());
        let d = match s.get(7..8) {
            Some("-") => field(8..10)?,
            _ => month_day?,
        };
        Some(Ymd {
            y: field(0..4)? as i32,
            m: field(5..7)?,
            d,
        })
    }

    /// The date `days` days after 1970-01-01 (the inverse of [`Ymd::days`]).
    pub fn from_days(days: i64) -> Ymd {
        let z = days + 719468;
        let era = if z >= 0 { z } else { z - 146096 } / 146097;
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
        Ymd { y, m, d }
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

const D: &str = r"(\d{1,2})";
re!(
    RANGE_FROM_TO,
    &format!(
        r"(?i)(?-u:\b)(?:từ\s+)(?:ngày\s+)?{D}(?:\s*[/.-]\s*{D})?(?:\s*[/.-]\s*(\d{{4}}))?(?:\s+(?:đến|tới)\s+(?:hết\s+)?|\s*[-–]\s*)(?:ngày\s+)?{D}\s*[/.-]\s*{D}(?:\s*[/.-]\s*(\d{{4}}))?(?-u:\b)"
    )
);
re!(
    RANGE_FULL,
    &format!(r"(?-u:\b){D}/{D}/(\d{{4}})\s*[-–]\s*{D}/{D}/(\d{{4}})(?-u:\b)")
);
re!(
    RANGE_DAYS,
    &format!(
        r"(?i)(?-u:\b){D}\s*(?:-|–|và|,)\s*{D}\s*/\s*{D}(?:\s*/\s*(\d{{4}}))?(?-u:\b)|(?-u:\b){D}\s*(?:-|–|và|,)\s*{D}\.{D}(?:\.(\d{{4}}))?(?-u:\b)|(?-u:\b){D}\s+và\s+{D}\s*[-.]\s*{D}(?:\s*[-.]\s*(\d{{4}}))?(?-u:\b)|(?-u:\b){D}\s*(?:-|–|và|đến)\s*{D}\s+tháng\s+{D}(?:\s*(?:năm\s+|/)(\d{{4}}))?(?-u:\b)"
    )
);
re!(
    LONG_FORM,
    &format!(
        r"(?i)((?-u:\b)(?:ngày\s+)?(?:mùng|mồng)\s+|(?-u:\b)ngày\s+)?(?-u:\b){D}\s+tháng\s+{D}(?:(?:\s*,)?\s+năm\s+(\d{{3,5}})|\s*/\s*(\d{{4}})|\s+(\d{{4}}))?(?-u:\b)"
    )
);
re!(
    DMY,
    &format!(r"(?-u:\b){D}\s?([/.-])\s?{D}\s?([/.-])\s?(\d{{2,5}})(?-u:\b)")
);
re!(
    MONTH_YEAR,
    r"(?i)(?-u:\b)tháng\s+(\d{1,2})\s*(?:/|-|\.|\s+năm\s+)\s*(\d{4})(?-u:\b)"
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
// "Đến ngày 30/11/2023, tổng nguồn vốn …", "Tính đến hết ngày 31/12": the date figures are
// given as of, opening its clause.
re!(
    AS_OF_BEFORE,
    r"(?i)(?:^|[.;:,(]\s*)(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?$"
);
// "từ ngày 1/7/2025, Liên minh HTX các tỉnh …": a single day as a starting point.
re!(
    SINCE_BEFORE,
    r"(?i)(?:^|[\s,(])(?:kể\s+)?từ\s+(?:ngày\s+)?$"
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

/// Whether a date right after `before` is the date of a named day ("Ngày Hợp tác xã Việt Nam
/// (11/4)", "Ngày HTX Việt Nam 11/4/2026"): a reference, not when something happened. A
/// weekday ("ngày Thứ Hai (12/3)") names no day.
fn is_named_day(before: &str) -> bool {
    // "Ngày" and one to eight words, the first capitalised, then "(" or nothing.
    let Some(k) = before.rfind("gày ") else {
        return false;
    };
    if !before[..k].ends_with(['N', 'n']) {
        return false;
    }
    let rest = before[k + "gày ".len()..].trim_end();
    let rest = rest.strip_suffix('(').unwrap_or(rest).trim_end();
    let words: Vec<&str> = rest.split_whitespace().collect();
    let word = |w: &&str| w.chars().all(|c| c.is_alphanumeric() || c == '-');
    (1..=8).contains(&words.len())
        && words[0].starts_with(char::is_uppercase)
        && !matches!(words[0], "Thứ" | "Chủ")
        && words.iter().all(word)
}

/// A date rule: what a match of its pattern means, or `None` when the context rules it out.
/// `s` is the text searched (one paragraph); `c` a match of the rule's pattern in it.
type RuleFn = fn(&regex::Captures, &str) -> Option<Kind>;

/// The date rules, in no particular order: overlaps are settled by length afterwards.
static RULES: &[(&str, &std::sync::LazyLock<regex::Regex>, RuleFn)] = &[
    ("range_from_to", &RANGE_FROM_TO, rule_range_from_to),
    ("range_days", &RANGE_DAYS, rule_range_days),
    ("range_full", &RANGE_FULL, rule_range_full),
    ("long_form", &LONG_FORM, rule_long_form),
    ("dmy", &DMY, rule_dmy),
    ("month_year", &MONTH_YEAR, rule_month_year),
    ("month_range", &MONTH_RANGE, rule_month_range),
    ("month_no_year", &MONTH_ONLY, rule_month_no_year),
    ("month_year", &BARE_MONTH_YEAR, rule_bare_month_year),
    ("day_month", &DAY_MONTH, rule_day_month),
];

/// "(11/4/1946 - 11/4/2025)": two whole dates joined by a dash.
fn rule_range_full(c: &regex::Captures, _: &str) -> Option<Kind> {
    Some(Kind::Range {
        d1: num(c.get(1))?,
        m1: num(c.get(2))?,
        y1: year_of(c.get(3)),
        d2: num(c.get(4))?,
        m2: num(c.get(5))?,
        y2: year_of(c.get(6)),
    })
}

/// "từ ngày 1/12 đến ngày 4/12/2022", "từ 17/7 đến 19/7", "từ ngày 5 đến 7/6".
fn rule_range_from_to(c: &regex::Captures, _: &str) -> Option<Kind> {
    let (d2, m2) = (num(c.get(4))?, num(c.get(5))?);
    let y2 = year_of(c.get(6));
    Some(Kind::Range {
        d1: num(c.get(1))?,
        m1: num(c.get(2)).unwrap_or(m2),
        y1: year_of(c.get(3)).or(y2),
        d2,
        m2,
        y2,
    })
}

/// "21-22/12/2020", "21 - 22/12", "ngày 5 và 6/6"; "2, 3/4" only with a year.
fn rule_range_days(c: &regex::Captures, _: &str) -> Option<Kind> {
    // Four alternatives: "21-22/12/2020" (groups 1-4), "21 - 22.12.2020" (5-8), "9 và 10-10"
    // (9-12) and "18 và 19 tháng 12 năm 2025" (13-16).
    let g = [1, 5, 9, 13]
        .into_iter()
        .find(|&k| c.get(k).is_some())
        .map_or(0, |k| k - 1);
    if c[0].contains(',') && c.get(g + 4).is_none() {
        return None;
    }
    let m = num(c.get(g + 3))?;
    let y = year_of(c.get(g + 4));
    Some(Kind::Range {
        d1: num(c.get(g + 1))?,
        m1: m,
        y1: y,
        d2: num(c.get(g + 2))?,
        m2: m,
        y2: y,
    })
}

/// "ngày 30 tháng 9 năm 2022", "30 tháng 9/2022", "25 Tháng 1 2022"; without a year only
/// after "ngày" or "mùng"/"mồng" ("Ngày mùng 5 tháng 3"). A lunar date ("mùng 10 tháng 3 âm
/// lịch") is none.
fn rule_long_form(c: &regex::Captures, s: &str) -> Option<Kind> {
    let y = year_of(c.get(4).or(c.get(5)).or(c.get(6)));
    if y.is_none() && c.get(1).is_none() {
        return None;
    }
    let after = s[c.get(0)?.end()..].trim_start_matches([' ', '(']);
    if after.starts_with("âm lịch") || after.starts_with("Âm lịch") {
        return None;
    }
    Some(Kind::Day {
        d: num(c.get(2))?,
        m: num(c.get(3))?,
        y,
    })
}

/// "18/4/2022", "18-4-2022", "22.7.2021": one separator throughout, not part of a document
/// number or a longer number; two-digit years only with slashes ("14/9/15").
fn rule_dmy(c: &regex::Captures, s: &str) -> Option<Kind> {
    if c[2] != c[4] {
        return None;
    }
    let after = &s[c.get(0)?.end()..];
    let longer_number = &c[2] == "."
        && after.starts_with('.')
        && after[1..].starts_with(|d: char| d.is_ascii_digit());
    if after.starts_with('/') || longer_number {
        return None;
    }
    let y = year_of(c.get(5));
    if y.is_some_and(|y| y.digits == 2) && &c[2] != "/" {
        return None;
    }
    Some(Kind::Day {
        d: num(c.get(1))?,
        m: num(c.get(3))?,
        y,
    })
}

/// "tháng 7/2021", "tháng 6 năm 2023".
fn rule_month_year(c: &regex::Captures, _: &str) -> Option<Kind> {
    Some(Kind::Month {
        m: num(c.get(1))?,
        y: c[2].parse().ok()?,
    })
}

/// "từ tháng 3 đến tháng 5/2024", "tháng 6 - 8/2023".
fn rule_month_range(c: &regex::Captures, _: &str) -> Option<Kind> {
    let y2: i32 = c[4].parse().ok()?;
    Some(Kind::MonthRange {
        m1: num(c.get(1))?,
        y1: c.get(2).and_then(|y| y.as_str().parse().ok()).unwrap_or(y2),
        m2: num(c.get(3))?,
        y2,
    })
}

/// "tháng 6" alone ("tháng 6/2023", "tháng 6 năm 2023" and "30 tháng 9" are other rules).
fn rule_month_no_year(c: &regex::Captures, s: &str) -> Option<Kind> {
    let m0 = c.get(0)?;
    let after = s[m0.end()..].trim_start();
    let before = s[..m0.start()].trim_end();
    if after.starts_with(['/', '-', '–'])
        || after.to_lowercase().starts_with("năm")
        || before.ends_with(|ch: char| ch.is_ascii_digit())
    {
        return None;
    }
    Some(Kind::MonthNoYear { m: num(c.get(1))? })
}

/// "(3/1996 - 3/2021)": a month and a four-digit year, not inside a document number.
fn rule_bare_month_year(c: &regex::Captures, s: &str) -> Option<Kind> {
    let m0 = c.get(0)?;
    let (before, after) = (&s[..m0.start()], &s[m0.end()..]);
    if after.starts_with('/')
        || before.ends_with('/')
        || before.ends_with(|ch: char| ch.is_ascii_digit())
    {
        return None;
    }
    let m = num(c.get(1)).filter(|m| (1..=12).contains(m))?;
    Some(Kind::Month {
        m,
        y: c[2].parse().ok()?,
    })
}

/// "Sáng 31/3", "ngày 17/6", "Hôm qua 3.7", "(5.7)": year-less, so only after a date cue or
/// inside parentheses, and not part of a longer number or list.
fn rule_day_month(c: &regex::Captures, s: &str) -> Option<Kind> {
    let m0 = c.get(0)?;
    let (before, after) = (&s[..m0.start()], &s[m0.end()..]);
    if after.starts_with(['/', '.', '-']) && after[1..].starts_with(|d: char| d.is_ascii_digit()) {
        return None;
    }
    if before.ends_with(|ch: char| matches!(ch, '/' | '.' | '-' | ',') || ch.is_ascii_digit()) {
        return None;
    }
    let in_parens = before.trim_end().ends_with('(') && after.trim_start().starts_with(')');
    if !(in_parens || CUE_BEFORE.is_match(crate::text::tail(before, 24))) {
        return None;
    }
    Some(Kind::Day {
        d: num(c.get(1))?,
        m: num(c.get(3))?,
        y: None,
    })
}

/// Finds the candidates of every rule in the paragraph `r` of `text`.
fn candidates(text: &str, r: Range<usize>, out: &mut Vec<Candidate>) {
    let s = &text[r.clone()];
    for (name, re, rule) in RULES {
        for c in re.captures_iter(s) {
            let Some(kind) = rule(&c, s) else {
                continue;
            };
            let m = c.get(0).expect("match");
            out.push(Candidate {
                span: r.start + m.start()..r.start + m.end(),
                rule: name,
                kind,
            });
        }
    }
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

/// What a candidate resolves to: its ISO value and whether the year was
/// inferred; `Ok(None)` when it states nothing resolvable ("tháng 6" with no year to hand);
/// `Err` with a warning code when it is impossible.
type Resolved = Result<Option<(String, bool)>, (&'static str, String)>;

fn resolve(kind: &Kind, ctx: &Context, future: bool, shown: &str) -> Resolved {
    let valid_year = |y: i32| (1900..=2100).contains(&y);
    match *kind {
        Kind::Day { d, m, y: Some(yt) } => {
            let y = if yt.digits == 2 {
                2000 + yt.value
            } else {
                yt.value
            };
            if !(yt.digits == 4 || yt.digits == 2) || !valid_year(y) {
                return Err(("invalid_year", format!("impossible year in date {shown:?}")));
            }
            if !(1..=12).contains(&m) || d == 0 || d > days_in_month(Some(y), m) {
                return Err(("invalid_date", format!("no such day: {shown:?}")));
            }
            let ymd = Ymd { y, m, d };
            Ok(Some((ymd.iso(), false)))
        }
        Kind::Day { d, m, y: None } => {
            if !(1..=12).contains(&m) || d == 0 || d > days_in_month(None, m) {
                return Err(("invalid_date", format!("no such day: {shown:?}")));
            }
            match infer_year(m, d, ctx, future) {
                Some(y) if d <= days_in_month(Some(y), m) => {
                    let ymd = Ymd { y, m, d };
                    Ok(Some((ymd.iso(), true)))
                }
                _ => Ok(Some((format!("--{m:02}-{d:02}"), false))),
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
            if [y1, y2]
                .iter()
                .flatten()
                .any(|y| y.digits != 4 || !valid_year(y.value))
            {
                return Err((
                    "invalid_year",
                    format!("impossible year in date range {shown:?}"),
                ));
            }
            let (mut ya, mut yb) = (y1.map(|y| y.value), y2.map(|y| y.value));
            let mut inferred = false;
            if yb.is_none() {
                yb = infer_year(m2, d2, ctx, future);
                inferred = yb.is_some();
            }
            if ya.is_none() {
                // A range crossing the new year ("từ 30/12 đến 2/1").
                ya = yb.map(|y| if m1 > m2 { y - 1 } else { y });
            }
            let ok = |d: u32, m: u32, y: Option<i32>| {
                (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)
            };
            if !ok(d1, m1, ya) || !ok(d2, m2, yb) {
                return Err(("invalid_date", format!("no such day in range {shown:?}")));
            }
            match (ya, yb) {
                (Some(a), Some(b)) => {
                    let (s, e) = (Ymd { y: a, m: m1, d: d1 }, Ymd { y: b, m: m2, d: d2 });
                    if e < s {
                        return Err((
                            "invalid_date",
                            format!("range ends before it starts: {shown:?}"),
                        ));
                    }
                    Ok(Some((format!("{}/{}", s.iso(), e.iso()), inferred)))
                }
                _ => Ok(Some((
                    format!("--{m1:02}-{d1:02}/--{m2:02}-{d2:02}"),
                    false,
                ))),
            }
        }
        Kind::MonthRange { m1, y1, m2, y2 } => {
            let ok = |m: u32, y: i32| (1..=12).contains(&m) && valid_year(y);
            if !ok(m1, y1) || !ok(m2, y2) || (y1, m1) >= (y2, m2) {
                return Err(("invalid_date", format!("no such month range: {shown:?}")));
            }
            Ok(Some((format!("{y1:04}-{m1:02}/{y2:04}-{m2:02}"), false)))
        }
        // Only with a year to resolve against: a bare "tháng 6" stays unstated.
        Kind::MonthNoYear { m } => Ok(if (1..=12).contains(&m) {
            infer_year(m, 1, ctx, future).map(|y| (format!("{y:04}-{m:02}"), true))
        } else {
            None
        }),
        Kind::Month { m, y } => {
            if !(1..=12).contains(&m) || !valid_year(y) {
                return Err(("invalid_date", format!("no such month: {shown:?}")));
            }
            Ok(Some((format!("{y:04}-{m:02}"), false)))
        }
    }
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
        let role = if REFERENCE_BEFORE.is_match(crate::text::tail(sentence_before, 90))
            || is_named_day(crate::text::tail(sentence_before, 80))
        {
            Role::Reference
        } else if DEADLINE_BEFORE.is_match(crate::text::tail(sentence_before, 30)) {
            Role::Deadline
        } else if as_of(sentence_before)
            || (matches!(c.kind, Kind::Day { .. })
                && SINCE_BEFORE.is_match(crate::text::tail(sentence_before, 20)))
        {
            Role::Other
        } else {
            Role::Event
        };
        // Told as to come: a future word before it in the sentence, or after it in the same
        // clause ("trước ngày 30/6 sẽ hoàn thành"), or a deadline, which looks ahead.
        let after = &text[c.span.end..];
        let clause_after = &after[..after.find(['.', ';', '\n']).unwrap_or(after.len())];
        let future = FUTURE.is_match(crate::text::tail(sentence_before, 120))
            || FUTURE.is_match(crate::text::prefix(clause_after, 80))
            || role == Role::Deadline;
        let part_of_day = PART_OF_DAY
            .captures(crate::text::tail(sentence_before, 30))
            .map(|cap| part_of_day(&cap[1]).unwrap_or("night"));
        let shown = &text[c.span.clone()];
        match resolve(&c.kind, ctx, future, shown) {
            Ok(Some((value, year_inferred))) => facts.push(DateFact {
                // Half a year or more before the page was published: a past event the story
                // looks back on ("kể từ khi ký Bản ghi nhớ lần đầu ngày 25/10/2016").
                role: if role == Role::Event && long_before(&value, ctx.published) {
                    Role::Reference
                } else {
                    role
                },
                value,
                part_of_day,
                year_inferred,
                span: c.span,
                rule: c.rule,
            }),
            Ok(None) => {}
            Err((code, message)) => warnings.push(DateWarning {
                code,
                message,
                span: c.span,
            }),
        }
    }
    relative_leads(text, ranges, ctx, &mut facts);
    (facts, warnings)
}

// "Sáng qua, tại phường Pleiku, …", "(VOV) - Hôm nay, …": a paragraph opening on a relative
// day with no date after it.
re!(
    RELATIVE_LEAD,
    r"^(?:\([^)]{2,40}\)\s*[-–]\s*|\p{Lu}{2,10}\s*[-–]\s*)?((?i:(sáng|trưa|chiều|tối|đêm|hôm)\s+(nay|qua)))\s*,"
);

/// The part of the day a word names: "sáng" → "morning", …; `None` for "hôm".
fn part_of_day(word: &str) -> Option<&'static str> {
    match word.to_lowercase().as_str() {
        "sáng" | "rạng sáng" => Some("morning"),
        "trưa" => Some("noon"),
        "chiều" => Some("afternoon"),
        "tối" => Some("evening"),
        "đêm" | "khuya" => Some("night"),
        _ => None,
    }
}

/// The dates that a paragraph's opening relative day gives (DOMAIN.md §4.2: "hôm nay" is the
/// publication date, "hôm qua" the day before), when the page has a stamp.
fn relative_leads(text: &str, ranges: &[Range<usize>], ctx: &Context, facts: &mut Vec<DateFact>) {
    let Some(p) = ctx.published else {
        return;
    };
    for r in ranges {
        let para = &text[r.clone()];
        // Capitalised at the paragraph's start: "Sáng qua", not "… cũng trong buổi sáng nay".
        let Some(c) = RELATIVE_LEAD.captures(crate::text::prefix(para, 80)) else {
            continue;
        };
        let (m, when, day) = (c.get(1).expect("group"), &c[2], &c[3]);
        if !m.as_str().starts_with(char::is_uppercase) {
            continue;
        }
        let days = p.days() - i64::from(day == "qua");
        let span = r.start + m.start()..r.start + m.end();
        if facts
            .iter()
            .any(|f| f.span.start < span.end && span.start < f.span.end)
        {
            continue;
        }
        facts.push(DateFact {
            value: Ymd::from_days(days).iso(),
            role: Role::Event,
            part_of_day: part_of_day(when),
            year_inferred: true,
            span,
            rule: "relative_day",
        });
    }
    facts.sort_by_key(|f| f.span.start);
}

/// Whether the date after `before` (the line up to it) opens a clause with "đến (ngày)": the
/// figures are given as of that date.
fn as_of(before: &str) -> bool {
    let t = crate::text::tail(before, 30);
    // "^" matches the line's start only when the tail is the whole line.
    AS_OF_BEFORE
        .find(t)
        .is_some_and(|m| m.start() > 0 || t.len() == before.len())
}

/// Whether an ISO value (a day, a month or a range of them) ends 183 days or more before
/// `published`.
fn long_before(value: &str, published: Option<Ymd>) -> bool {
    let Some(p) = published else {
        return false;
    };
    let end = value.rsplit('/').next().unwrap_or(value);
    // A month counts from its last days.
    Ymd::from_iso_or(end, Some(28)).is_some_and(|e| e.days() + 183 <= p.days())
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
    // "16:40 - 26/01/2024": the first match ("40 - 26/01") mixes separators; look again
    // from its second number.
    let mut from = 0;
    let dmy = loop {
        match STAMP_DATE.captures_at(s, from) {
            Some(c) if c[2] != c[4] => from = c.get(3).map_or(s.len(), |m| m.start()),
            other => break other,
        }
    };
    let (date, dspan) = if let Some(c) = dmy {
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
            let mut end = m0.end();
            // "SA"/"CH" as a word only: "08:45 Chia sẻ" is no afternoon.
            let marker = c
                .get(3)
                .filter(|a| !s[a.end()..].starts_with(char::is_alphanumeric));
            match marker {
                Some(ampm) => {
                    let pm = matches!(ampm.as_str().to_uppercase().as_str(), "PM" | "CH");
                    if pm && h < 12 {
                        h += 12;
                    }
                }
                None => {
                    if let Some(a) = c.get(3) {
                        end = m0.start() + s[m0.start()..a.start()].trim_end().len();
                    }
                }
            }
            span = span.start.min(m0.start())..span.end.max(end);
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
        // "mùng"/"mồng" before the day, the year from the stamp; a lunar date is none.
        assert_eq!(
            run(
                "Ngày mùng 5 tháng 3, đoàn công tác đến làm việc",
                pubd(2024, 3, 7)
            ),
            vec![("2024-03-05".into(), "Ngày mùng 5 tháng 3".into())]
        );
        assert_eq!(
            values("mồng 2 tháng 9 năm 1945", Context::default()),
            vec!["1945-09-02"]
        );
        assert!(values("Giỗ Tổ mùng 10 tháng 3 âm lịch", pubd(2024, 3, 7)).is_empty());
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
            values("Trong hai ngày 9 và 10-10", pubd(2023, 10, 10)),
            vec!["2023-10-09/2023-10-10"]
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
    fn ok_from_range_with_a_dash() {
        assert_eq!(
            values(
                "Hội chợ diễn ra từ ngày 30/11 - 2/12/2024 tại Nha Trang",
                Context::default()
            ),
            vec!["2024-11-30/2024-12-02"]
        );
        assert_eq!(
            values("từ 5-6/12/2024, hội nghị", Context::default()),
            vec!["2024-12-05/2024-12-06"]
        );
    }

    #[test]
    fn ok_deadlines_and_later_future_words_look_ahead() {
        // A deadline months after the article is this year's, not last year's.
        assert_eq!(
            values(
                "Hai bên thống nhất trước ngày 30/6 hoàn thành rà soát",
                pubd(2024, 3, 12)
            ),
            vec!["2024-06-30"]
        );
        // "sẽ" after the date, in the same clause.
        assert_eq!(
            values(
                "Ngày 20/9, hội chợ sẽ khai mạc tại Đà Nẵng",
                pubd(2024, 3, 12)
            ),
            vec!["2024-09-20"]
        );
        // A future word in the next sentence does not reach back.
        assert_eq!(
            values(
                "Ngày 20/9, hội chợ khai mạc. Năm sau sẽ tiếp tục",
                pubd(2024, 3, 12)
            ),
            vec!["2023-09-20"]
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

    fn roles(s: &str, ctx: &Context) -> Vec<(String, Role)> {
        extract(s, &[0..s.len()], ctx)
            .0
            .into_iter()
            .map(|f| (f.value, f.role))
            .collect()
    }

    #[test]
    fn ok_long_past_dates_are_references() {
        let s = "Ngày 18/6, đoàn đã hội đàm. Hai bên đánh giá kết quả kể từ khi ký Bản ghi nhớ lần đầu ngày 25/10/2016 và từ tháng 10/2023.";
        assert_eq!(
            roles(s, &pubd(2024, 6, 24)),
            [
                ("2024-06-18".into(), Role::Event),
                ("2016-10-25".into(), Role::Reference),
                ("2023-10".into(), Role::Reference),
            ]
        );
        // Within half a year of the stamp, or with no stamp, a date stays an event date.
        let s = "Ngày 2/1/2024, Liên minh HTX tỉnh tổ chức hội nghị.";
        assert_eq!(roles(s, &pubd(2024, 6, 24))[0].1, Role::Event);
        assert_eq!(roles(s, &Context::default())[0].1, Role::Event);
    }

    #[test]
    fn ok_dotted_month_and_day_range() {
        assert_eq!(
            values("Đại hội lần thứ VI (diễn ra trong hai ngày 21 - 22.12.2020) và đại hội tới vào tháng 3.2026", Context::default()),
            vec!["2020-12-21/2020-12-22", "2026-03"]
        );
    }

    #[test]
    fn ok_two_whole_dates_joined_by_a_dash() {
        assert_eq!(
            values(
                "Lễ kỷ niệm 79 năm Ngày Hợp tác xã Việt Nam (11/4/1946 - 11/4/2025)",
                Context::default()
            ),
            vec!["1946-04-11/2025-04-11"]
        );
    }

    #[test]
    fn ok_long_form_day_range() {
        assert_eq!(
            values(
                "Trong hai ngày 18 và 19 tháng 12 năm 2025, tại Trung tâm Hội nghị tỉnh",
                Context::default()
            ),
            vec!["2025-12-18/2025-12-19"]
        );
        assert_eq!(
            values("từ ngày 5 đến 7 tháng 3, lớp tập huấn", pubd(2024, 3, 8)),
            vec!["2024-03-05/2024-03-07"]
        );
    }

    #[test]
    fn ok_days_round_trip() {
        for days in (-800_000..800_000).step_by(997) {
            assert_eq!(Ymd::from_days(days).days(), days);
        }
        assert_eq!(
            Ymd::from_days(
                Ymd {
                    y: 2024,
                    m: 3,
                    d: 1
                }
                .days()
                    - 1
            )
            .iso(),
            "2024-02-29"
        );
    }

    #[test]
    fn ok_paragraph_opening_on_a_relative_day() {
        let s =
            "(VOV) - Sáng qua, tại phường Pleiku, Liên minh HTX tỉnh tổ chức Hội nghị tổng kết.";
        let f = extract(s, &[0..s.len()], &pubd(2025, 11, 19)).0;
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].value, "2025-11-18");
        assert_eq!(f[0].part_of_day, Some("morning"));
        assert_eq!(&s[f[0].span.clone()], "Sáng qua");
        // With its own date, with no stamp, or inside a sentence: nothing more.
        let s = "Sáng nay (12/3), Liên minh tổ chức hội nghị.";
        assert_eq!(values(s, pubd(2024, 3, 12)), ["2024-03-12"]);
        let s = "Sáng qua, Liên minh tổ chức hội nghị.";
        assert!(values(s, Context::default()).is_empty());
        let s = "Cũng trong buổi sáng nay, Tuần lễ quảng bá đã được khai mạc.";
        assert!(values(s, pubd(2023, 3, 31)).is_empty());
    }

    #[test]
    fn ok_as_of_date_opening_its_clause() {
        let s = "Đến ngày 30/11/2023, tổng nguồn vốn đạt 1.450 tỷ đồng; tính đến ngày 31/12/2023, dư nợ đạt 1.210 tỷ đồng.";
        let r = roles(s, &Context::default());
        assert!(r.iter().all(|(_, role)| *role == Role::Other), "{r:?}");
        // A single day as a starting point.
        let s = "Từ ngày 1/7/2025, Liên minh HTX các tỉnh hợp nhất đã tổ chức thành công Đại hội; kể từ 1/7/2024 Luật có hiệu lực.";
        let r = roles(s, &Context::default());
        assert!(r.iter().all(|(_, role)| *role == Role::Other), "{r:?}");
        // "đến" inside a range or a clause is not an as-of date.
        let s = "Hội chợ diễn ra từ ngày 1/12 đến ngày 4/12/2022 tại Cần Thơ.";
        assert_eq!(roles(s, &Context::default())[0].1, Role::Event);
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
        // The date a named day falls on is a reference; the meeting's own date is the event.
        let s = "Sáng 10.4, Liên minh tổ chức họp mặt kỷ niệm Ngày HTX Việt Nam (11/4) và hội nghị tôn vinh.";
        let (f, _) = extract(s, &[0..s.len()], &pubd(2024, 4, 10));
        let roles: Vec<(&str, Role)> = f.iter().map(|d| (d.value.as_str(), d.role)).collect();
        assert_eq!(
            roles,
            [("2024-04-10", Role::Event), ("2024-04-11", Role::Reference)]
        );
        // Spelled out, without parentheses; a weekday names no day.
        for s in [
            "Sáng 9/4, Liên minh tổ chức Lễ kỷ niệm Ngày Hợp tác xã Việt Nam 11/4/2024, tổng kết phong trào thi đua.",
            "Sáng 9/4, Liên minh tổ chức Lễ kỷ niệm Ngày Hợp tác xã Việt Nam (11/4) và hội nghị.",
        ] {
            let (f, _) = extract(s, &[0..s.len()], &pubd(2024, 4, 10));
            assert_eq!(f[1].role, Role::Reference, "{s}");
        }
        let s = "Liên minh sẽ tổ chức hội nghị vào ngày Thứ Hai (15/4) tới.";
        let (f, _) = extract(s, &[0..s.len()], &pubd(2024, 4, 10));
        assert_ne!(f[0].role, Role::Reference);
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
        let t = "23/10/2023 05:32 CH";
        assert_eq!(
            parse_stamp(t, 0..t.len()).unwrap().value,
            "2023-10-23T17:32"
        );
        // "Ch" that opens a word ("Chia sẻ") marks no afternoon, and is not in the stamp.
        let t = "Hoài Nam 02/01/2024 08:45 Chia sẻ";
        let st = parse_stamp(t, 0..t.len()).unwrap();
        assert_eq!(st.value, "2024-01-02T08:45");
        assert_eq!(&t[st.span], "02/01/2024 08:45");
        // The minutes and a dash before the date are not part of it.
        let t = "Cập nhật lúc 16:40 - 26/01/2024";
        let st = parse_stamp(t, 0..t.len()).unwrap();
        assert_eq!(st.value, "2024-01-26T16:40");
        assert_eq!(&t[st.span], "16:40 - 26/01/2024");
        let t = "Ngày 12/3-2024";
        assert!(parse_stamp(t, 0..t.len()).is_none());
    }
}

//! Corpus statistics over records: counts per event type, province, award, year, error code
//! and warning code, and the coverage of each field (the share of records with at least one
//! item). Printed as aligned text tables ([`Stats::render`]) or serialised as one JSON object.
//!
//! Years come from `dates[].value` (the first four digits of the value or of a range's start);
//! a year-less date (`--12-10`) counts under `(no year)`. Provinces come from
//! `parties[].province`, `(none)` for national bodies. Error records count in `records` and
//! `error_codes` only; coverage shares are over records without an error.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use crate::record::{Output, Record};

/// Coverage of one field.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Coverage {
    /// Records with at least one item.
    pub records: usize,
    /// `records` over the records without an error (0 when there are none).
    pub share: f64,
    /// Items over all records.
    pub items: usize,
}

/// The statistics of a set of records.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Stats {
    /// Lines read (records and error records).
    pub records: usize,
    /// Error records among them.
    pub errors: usize,
    pub event_types: BTreeMap<String, usize>,
    pub provinces: BTreeMap<String, usize>,
    pub awards: BTreeMap<String, usize>,
    pub years: BTreeMap<String, usize>,
    pub error_codes: BTreeMap<String, usize>,
    pub warning_codes: BTreeMap<String, usize>,
    pub coverage: BTreeMap<String, Coverage>,
}

/// The year of a date value: `2022-04-18` → `2022`, `--12-10` → `None`.
pub fn year_of(value: &str) -> Option<&str> {
    let y = value.get(..4)?;
    y.bytes().all(|b| b.is_ascii_digit()).then_some(y)
}

fn field_counts(r: &Record) -> [(&'static str, usize); 12] {
    [
        ("title", usize::from(r.title.is_some())),
        ("published", usize::from(r.published.is_some())),
        ("events", r.events.len()),
        ("dates", r.dates.len()),
        ("parties", r.parties.len()),
        ("periods", r.periods.len()),
        ("awards", r.awards.len()),
        ("award_counts", r.award_counts.len()),
        ("people", r.people.len()),
        ("authors", r.authors.len()),
        ("references", r.references.len()),
        ("warnings", r.warnings.len()),
    ]
}

fn bump(m: &mut BTreeMap<String, usize>, k: &str) {
    *m.entry(k.to_owned()).or_default() += 1;
}

/// Computes the statistics of some outputs.
pub fn compute(outputs: &[Output]) -> Stats {
    let mut s = Stats::default();
    let mut with: BTreeMap<&'static str, (usize, usize)> = BTreeMap::new();
    for o in outputs {
        s.records += 1;
        let r = match o {
            Output::Error(e) => {
                s.errors += 1;
                bump(&mut s.error_codes, &e.error.code);
                continue;
            }
            Output::Record(r) => r,
        };
        for e in &r.events {
            bump(&mut s.event_types, &e.kind);
        }
        for p in &r.parties {
            bump(&mut s.provinces, p.province.as_deref().unwrap_or("(none)"));
        }
        for a in &r.awards {
            bump(&mut s.awards, &a.award);
        }
        for d in &r.dates {
            bump(&mut s.years, year_of(&d.value).unwrap_or("(no year)"));
        }
        for w in &r.warnings {
            bump(&mut s.warning_codes, &w.code);
        }
        for (field, n) in field_counts(r) {
            let e = with.entry(field).or_default();
            e.0 += usize::from(n > 0);
            e.1 += n;
        }
    }
    let ok = s.records - s.errors;
    let names = crate::review::SPAN_FIELDS;
    for field in names {
        let (records, items) = with.get(field).copied().unwrap_or_default();
        let share = if ok == 0 {
            0.0
        } else {
            // Four decimals keep the JSON readable and stable.
            (records as f64 / ok as f64 * 10_000.0).round() / 10_000.0
        };
        s.coverage.insert(
            (*field).to_owned(),
            Coverage {
                records,
                share,
                items,
            },
        );
    }
    s
}

fn width(s: &str) -> usize {
    s.chars().count()
}

/// Key column width of every table, so that all counts line up.
const KEY_WIDTH: usize = 24;

/// Writes a two-column table sorted by count (descending), then key.
fn table(out: &mut String, title: &str, m: &BTreeMap<String, usize>) {
    let _ = writeln!(out, "{title}");
    if m.is_empty() {
        let _ = writeln!(out, "  (none)\n");
        return;
    }
    let mut rows: Vec<(&String, &usize)> = m.iter().collect();
    rows.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let w = rows
        .iter()
        .map(|(k, _)| width(k))
        .max()
        .unwrap_or(0)
        .max(KEY_WIDTH);
    for (k, n) in rows {
        let pad = w - width(k);
        let _ = writeln!(out, "  {k}{}  {n:>7}", " ".repeat(pad));
    }
    out.push('\n');
}

impl Stats {
    /// Aligned text tables.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "records {}, errors {}\n", self.records, self.errors);
        let _ = writeln!(out, "coverage (records with ≥1 item)");
        let w = KEY_WIDTH;
        let _ = writeln!(
            out,
            "  {:<w$}  {:>7}  {:>6}  {:>6}",
            "field", "records", "share", "items"
        );
        for field in crate::review::SPAN_FIELDS {
            if let Some(c) = self.coverage.get(*field) {
                let _ = writeln!(
                    out,
                    "  {field:<w$}  {:>7}  {:>5.1}%  {:>6}",
                    c.records,
                    c.share * 100.0,
                    c.items
                );
            }
        }
        out.push('\n');
        table(&mut out, "event types", &self.event_types);
        table(&mut out, "provinces (parties)", &self.provinces);
        table(&mut out, "awards", &self.awards);
        table(&mut out, "years (dates)", &self.years);
        table(&mut out, "error codes", &self.error_codes);
        table(&mut out, "warning codes", &self.warning_codes);
        while out.ends_with("\n\n") {
            out.pop();
        }
        out
    }

    /// One JSON object.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::*;

    fn source() -> Source {
        Source {
            path: "a.txt".into(),
            sha256: String::new(),
            bytes: 1,
            encoding: "utf-8".into(),
            line: None,
            format: None,
            url: None,
            title: None,
            published: None,
        }
    }

    fn record(id: &str) -> Record {
        Record {
            schema: SCHEMA_VERSION.into(),
            id: id.into(),
            source: source(),
            title: None,
            published: None,
            events: vec![],
            dates: vec![],
            parties: vec![],
            periods: vec![],
            awards: vec![],
            award_counts: vec![],
            people: vec![],
            authors: vec![],
            references: vec![],
            warnings: vec![],
        }
    }

    fn date(v: &str) -> DateItem {
        DateItem {
            value: v.into(),
            role: "event".into(),
            part_of_day: None,
            year_inferred: false,
            text: v.into(),
            span: [0, 1],
        }
    }

    fn party(prov: Option<&str>) -> Party {
        Party {
            name: "X".into(),
            kind: "cooperative_alliance".into(),
            province: prov.map(Into::into),
            province_2025: None,
            text: "X".into(),
            span: [0, 1],
        }
    }

    fn sample() -> Vec<Output> {
        let mut a = record("a");
        a.dates = vec![date("2022-04-18"), date("2022-05"), date("--12-10")];
        a.parties = vec![party(Some("Đắk Nông")), party(Some("Bình Phước"))];
        a.events = vec![Event {
            kind: "signing".into(),
            date: Some("2022-04-18".into()),
            text: "ký kết".into(),
            span: [0, 6],
        }];
        a.warnings = vec![Warning {
            code: "invalid_year".into(),
            message: "m".into(),
            text: None,
            span: None,
        }];
        let mut b = record("b");
        b.dates = vec![date("2023-01-02/2023-01-03")];
        b.parties = vec![party(Some("Đắk Nông")), party(None)];
        b.awards = vec![Award {
            award: "Cờ thi đua".into(),
            issuer: None,
            recipient: Recipient {
                name: "Hợp tác xã A".into(),
                kind: "cooperative".into(),
                text: "HTX A".into(),
                span: [0, 5],
            },
        }];
        let e = Output::Error(ErrorRecord {
            schema: SCHEMA_VERSION.into(),
            id: "c".into(),
            source: source(),
            error: ErrorInfo {
                code: "empty".into(),
                message: "the input is empty".into(),
            },
        });
        vec![Output::Record(Box::new(a)), Output::Record(Box::new(b)), e]
    }

    #[test]
    fn ok_counts() {
        let s = compute(&sample());
        assert_eq!((s.records, s.errors), (3, 1));
        assert_eq!(s.event_types["signing"], 1);
        assert_eq!(s.provinces["Đắk Nông"], 2);
        assert_eq!(s.provinces["(none)"], 1);
        assert_eq!(s.awards["Cờ thi đua"], 1);
        assert_eq!(s.years["2022"], 2);
        assert_eq!(s.years["2023"], 1);
        assert_eq!(s.years["(no year)"], 1);
        assert_eq!(s.error_codes["empty"], 1);
        assert_eq!(s.warning_codes["invalid_year"], 1);
    }

    #[test]
    fn ok_coverage() {
        let s = compute(&sample());
        let d = &s.coverage["dates"];
        assert_eq!((d.records, d.items, d.share), (2, 4, 1.0));
        let a = &s.coverage["awards"];
        assert_eq!((a.records, a.share), (1, 0.5));
        assert_eq!(s.coverage["title"].records, 0);
        assert_eq!(s.coverage.len(), 12);
    }

    #[test]
    fn ok_render_aligns_columns() {
        let text = compute(&sample()).render();
        assert!(text.starts_with("records 3, errors 1\n"), "{text}");
        let dates = format!("  {:<24}        2  100.0%       4\n", "dates");
        assert!(text.contains(&dates), "{text}");
        let provinces = format!(
            "provinces (parties)\n  {:<24}        2\n  {:<24}        1\n",
            "Đắk Nông", "(none)"
        );
        assert!(text.contains(&provinces), "{text}");
        let json: serde_json::Value = serde_json::from_str(&compute(&sample()).to_json()).unwrap();
        assert_eq!(json["coverage"]["awards"]["share"], 0.5);
        assert_eq!(json["years"]["2022"], 2);
    }

    #[test]
    fn ok_year_of() {
        assert_eq!(year_of("2022-04-18"), Some("2022"));
        assert_eq!(year_of("--12-10"), None);
        assert_eq!(year_of("20"), None);
    }
}

//! Flat CSV exports for spreadsheet users: one file per fact kind, keyed by article id.
//!
//! [`export_csv`] writes, into a folder, `articles.csv` (one row per record or error record:
//! id, path, line, title, published, error code) and one file per fact kind: `dates.csv`,
//! `events.csv`, `parties.csv`, `periods.csv`, `awards.csv`, `award_counts.csv`, `people.csv`,
//! `authors.csv`, `references.csv`. Every fact row starts with `id` and ends with
//! `span_start`, `span_end` (character offsets, as in the record) and `text`. Empty cells
//! stand for null. Files are UTF-8 without a byte-order mark; rows follow the input order.

use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::record::Output;

/// The files [`export_csv`] writes, in order: the articles, then one per fact kind
/// ([`crate::record::FACT_FIELDS`]).
pub fn files() -> impl Iterator<Item = &'static str> {
    std::iter::once("articles").chain(crate::record::FACT_FIELDS.iter().copied())
}

fn header(kind: &str) -> &'static [&'static str] {
    match kind {
        "articles" => &["id", "path", "line", "title", "published", "error"],
        "dates" => &[
            "id",
            "value",
            "role",
            "part_of_day",
            "year_inferred",
            "span_start",
            "span_end",
            "text",
        ],
        "events" => &["id", "type", "date", "span_start", "span_end", "text"],
        "parties" => &[
            "id",
            "name",
            "kind",
            "province",
            "province_2025",
            "span_start",
            "span_end",
            "text",
        ],
        "periods" => &[
            "id",
            "start",
            "end",
            "kind",
            "span_start",
            "span_end",
            "text",
        ],
        "awards" => &[
            "id",
            "award",
            "issuer",
            "recipient",
            "recipient_kind",
            "span_start",
            "span_end",
            "text",
        ],
        "award_counts" => &[
            "id",
            "award",
            "collectives",
            "individuals",
            "span_start",
            "span_end",
            "text",
        ],
        "people" => &["id", "name", "title", "span_start", "span_end", "text"],
        "authors" => &["id", "name", "span_start", "span_end", "text"],
        "references" => &[
            "id",
            "kind",
            "number",
            "date",
            "span_start",
            "span_end",
            "text",
        ],
        _ => &[],
    }
}

fn o<T: ToString>(x: &Option<T>) -> String {
    x.as_ref().map(ToString::to_string).unwrap_or_default()
}

/// The rows of one fact kind for one output (without the header).
pub fn rows(kind: &str, out: &Output) -> Vec<Vec<String>> {
    let s = |x: &str| x.to_owned();
    let n = |x: usize| x.to_string();
    let r = match out {
        Output::Error(e) => {
            return if kind == "articles" {
                vec![vec![
                    e.id.clone(),
                    e.source.path.clone(),
                    o(&e.source.line),
                    String::new(),
                    String::new(),
                    e.error.code.clone(),
                ]]
            } else {
                Vec::new()
            };
        }
        Output::Record(r) => r,
    };
    let id = &r.id;
    match kind {
        "articles" => vec![vec![
            id.clone(),
            r.source.path.clone(),
            o(&r.source.line),
            r.title.as_ref().map(|t| t.text.clone()).unwrap_or_default(),
            r.published
                .as_ref()
                .map(|p| p.value.clone())
                .unwrap_or_default(),
            String::new(),
        ]],
        "dates" => r
            .dates
            .iter()
            .map(|d| {
                vec![
                    id.clone(),
                    s(&d.value),
                    s(&d.role),
                    o(&d.part_of_day),
                    d.year_inferred.to_string(),
                    n(d.span[0]),
                    n(d.span[1]),
                    s(&d.text),
                ]
            })
            .collect(),
        "events" => r
            .events
            .iter()
            .map(|e| {
                vec![
                    id.clone(),
                    s(&e.kind),
                    o(&e.date),
                    n(e.span[0]),
                    n(e.span[1]),
                    s(&e.text),
                ]
            })
            .collect(),
        "parties" => r
            .parties
            .iter()
            .map(|p| {
                vec![
                    id.clone(),
                    s(&p.name),
                    s(&p.kind),
                    o(&p.province),
                    o(&p.province_2025),
                    n(p.span[0]),
                    n(p.span[1]),
                    s(&p.text),
                ]
            })
            .collect(),
        "periods" => r
            .periods
            .iter()
            .map(|p| {
                vec![
                    id.clone(),
                    o(&p.start),
                    p.end.to_string(),
                    s(&p.kind),
                    n(p.span[0]),
                    n(p.span[1]),
                    s(&p.text),
                ]
            })
            .collect(),
        "awards" => r
            .awards
            .iter()
            .map(|a| {
                vec![
                    id.clone(),
                    s(&a.award),
                    o(&a.issuer),
                    s(&a.recipient.name),
                    s(&a.recipient.kind),
                    n(a.recipient.span[0]),
                    n(a.recipient.span[1]),
                    s(&a.recipient.text),
                ]
            })
            .collect(),
        "award_counts" => r
            .award_counts
            .iter()
            .map(|c| {
                vec![
                    id.clone(),
                    s(&c.award),
                    o(&c.collectives),
                    o(&c.individuals),
                    n(c.span[0]),
                    n(c.span[1]),
                    s(&c.text),
                ]
            })
            .collect(),
        "people" => r
            .people
            .iter()
            .map(|p| {
                vec![
                    id.clone(),
                    s(&p.name),
                    o(&p.title),
                    n(p.span[0]),
                    n(p.span[1]),
                    s(&p.text),
                ]
            })
            .collect(),
        "authors" => r
            .authors
            .iter()
            .map(|a| {
                vec![
                    id.clone(),
                    s(&a.name),
                    n(a.span[0]),
                    n(a.span[1]),
                    s(&a.text),
                ]
            })
            .collect(),
        "references" => r
            .references
            .iter()
            .map(|x| {
                vec![
                    id.clone(),
                    s(&x.kind),
                    o(&x.number),
                    o(&x.date),
                    n(x.span[0]),
                    n(x.span[1]),
                    s(&x.text),
                ]
            })
            .collect(),
        _ => Vec::new(),
    }
}

fn io_err(path: &Path, e: impl Into<std::io::Error>) -> Error {
    Error::Io {
        path: path.to_path_buf(),
        source: e.into(),
    }
}

/// Writes one CSV per fact kind into `dir` (created if missing). Returns the files written.
pub fn export_csv(outputs: &[Output], dir: &Path) -> Result<Vec<PathBuf>, Error> {
    std::fs::create_dir_all(dir).map_err(|e| io_err(dir, e))?;
    let mut written = Vec::new();
    for kind in files() {
        let path = dir.join(format!("{kind}.csv"));
        let mut w = csv::Writer::from_path(&path).map_err(|e| io_err(&path, e))?;
        w.write_record(header(kind)).map_err(|e| io_err(&path, e))?;
        for out in outputs {
            for row in rows(kind, out) {
                w.write_record(&row).map_err(|e| io_err(&path, e))?;
            }
        }
        w.flush().map_err(|e| io_err(&path, e))?;
        written.push(path);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_headers_match_row_widths() {
        let line = r#"{"schema":"htx-extract/1","id":"a","source":{"path":"a.txt","sha256":"","bytes":1,"encoding":"utf-8"},
            "title":{"text":"T","span":[0,1]},"published":{"value":"2023-03-31","text":"31/03/2023","span":[2,12]},
            "events":[{"type":"signing","date":null,"text":"ký","span":[0,2]}],
            "dates":[{"value":"2022-09-30","role":"event","part_of_day":null,"year_inferred":false,"text":"30/9/2022","span":[0,9]}],
            "parties":[{"name":"P","kind":"bank","province":null,"text":"P","span":[0,1]}],
            "periods":[{"start":null,"end":2030,"kind":"horizon","text":"đến năm 2030","span":[0,12]}],
            "awards":[{"award":"Cờ thi đua","issuer":null,"recipient":{"name":"R","kind":"cooperative","text":"R","span":[1,2]}}],
            "award_counts":[{"award":"Giấy khen","collectives":11,"individuals":null,"text":"x","span":[0,1]}],
            "people":[{"name":"N","title":null,"text":"N","span":[0,1]}],
            "authors":[{"name":"A","text":"A","span":[0,1]}],
            "references":[{"kind":"Quyết định","number":"1/QĐ","date":null,"text":"QĐ","span":[0,2]}],
            "warnings":[]}"#
            .replace('\n', "");
        let out: Output = serde_json::from_str(&line).unwrap();
        for kind in files() {
            let rows = rows(kind, &out);
            assert_eq!(rows.len(), 1, "{kind}");
            assert_eq!(rows[0].len(), header(kind).len(), "{kind}");
            assert_eq!(rows[0][0], "a");
        }
        assert_eq!(rows("periods", &out)[0][1..4], ["", "2030", "horizon"]);
        assert_eq!(rows("award_counts", &out)[0][2..4], ["11", ""]);
    }
}

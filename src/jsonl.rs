//! JSON Lines dumps: one article per line.
//!
//! Each non-blank line is a JSON object with at least `text` (a string) and optionally `id`
//! (string or number), `url`, `title` and `published`; other fields are ignored. The article's
//! text IS the `text` field, so spans index that field's characters. `published` (ISO
//! `YYYY-MM-DD[THH:MM…]`, or `DD/MM/YYYY[ HH:MM]`) becomes [`Article::meta_published`] and
//! resolves year-less dates; `title` becomes [`Article::meta_title`].
//!
//! `id` comes from the field, else `STEM:LINE` (the file stem and the 1-based line number).
//! `source.sha256` and `source.bytes` describe the raw line (without its line ending);
//! `source.line` is the 1-based line number. A line that is not such an object gives an error
//! record (`json`) for that line only; a line with an empty `text` gives `empty`.
//!
//! Blank lines are not inputs. [`LineReader`] reads a dump line by line with a cap on the
//! length of a line, so a huge line never sits in memory whole.

use std::io::BufRead;

use serde::Deserialize;

use crate::error::Error;
use crate::input::{source_for, Article, Format, InputWarning};
use crate::record::Source;

#[derive(Deserialize)]
struct LineIn {
    text: String,
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    #[allow(dead_code)]
    url: Option<serde_json::Value>,
    #[serde(default)]
    title: Option<serde_json::Value>,
    #[serde(default)]
    published: Option<serde_json::Value>,
}

/// A `published` value as ISO `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`.
pub fn iso_published(v: &str) -> Option<String> {
    let v = v.trim();
    let b = v.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r)
            .is_some_and(|s| !s.is_empty() && s.iter().all(u8::is_ascii_digit))
    };
    let time_at = |i: usize| -> Option<String> {
        if matches!(b.get(i), Some(b'T') | Some(b' '))
            && digits(i + 1..i + 3)
            && b.get(i + 3) == Some(&b':')
            && digits(i + 4..i + 6)
        {
            Some(v[i + 1..i + 6].to_owned())
        } else {
            None
        }
    };
    let valid = |y: u32, m: u32, d: u32| {
        (1900..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)
    };
    if digits(0..4)
        && b.get(4) == Some(&b'-')
        && digits(5..7)
        && b.get(7) == Some(&b'-')
        && digits(8..10)
    {
        let (y, m, d) = (
            v[0..4].parse().ok()?,
            v[5..7].parse().ok()?,
            v[8..10].parse().ok()?,
        );
        if !valid(y, m, d) {
            return None;
        }
        return Some(match time_at(10) {
            Some(t) => format!("{}T{t}", &v[..10]),
            None => v[..10].to_owned(),
        });
    }
    // DD/MM/YYYY
    let mut parts = v.splitn(3, '/');
    let d: u32 = parts.next()?.trim().parse().ok()?;
    let m: u32 = parts.next()?.trim().parse().ok()?;
    let rest = parts.next()?;
    let y: u32 = rest.get(..4)?.parse().ok()?;
    if !valid(y, m, d) {
        return None;
    }
    let date = format!("{y:04}-{m:02}-{d:02}");
    let after = &rest[4..];
    let t = after.trim_start();
    let tb = t.as_bytes();
    if tb.len() >= 5
        && tb[2] == b':'
        && t[..2].parse::<u32>().is_ok()
        && t[3..5].parse::<u32>().is_ok()
    {
        Some(format!("{date}T{}", &t[..5]))
    } else {
        Some(date)
    }
}

fn value_string(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Builds the article of one line (`line_no` is 1-based; `line` excludes the line ending).
#[allow(clippy::result_large_err)]
pub fn article_from_line(
    file_stem: &str,
    path: &str,
    line_no: usize,
    line: &[u8],
) -> Result<Article, (Source, Error)> {
    let source = source_for(path, line, Format::Jsonl, Some(line_no));
    let fallback_id = format!("{file_stem}:{line_no}");
    let parsed: LineIn = match serde_json::from_slice(line) {
        Ok(p) => p,
        Err(e) => return Err((source, Error::Json(e.to_string()))),
    };
    let id = parsed
        .id
        .as_ref()
        .and_then(value_string)
        .filter(|s| !s.is_empty())
        .unwrap_or(fallback_id);
    if parsed.text.trim().is_empty() {
        return Err((source, Error::Empty));
    }
    let mut warnings = Vec::new();
    let meta_published = match parsed.published.as_ref() {
        None | Some(serde_json::Value::Null) => None,
        Some(v) => {
            let iso = value_string(v).as_deref().and_then(iso_published);
            if iso.is_none() {
                warnings.push(InputWarning {
                    code: "bad_published".into(),
                    message: format!("the published field {v} is not a date; it was ignored"),
                });
            }
            iso
        }
    };
    let base = crate::legacy::detect(&parsed.text).map(|enc| {
        let (text, map) = crate::legacy::repair(&parsed.text, enc);
        warnings.push(InputWarning {
            code: "decode_repaired".into(),
            message: enc.warning_message("the text field"),
        });
        crate::input::Base { text, map }
    });
    let meta_title = parsed.title.as_ref().and_then(value_string);
    let source = crate::record::Source {
        url: parsed.url.as_ref().and_then(value_string),
        title: meta_title.clone(),
        published: meta_published.clone(),
        ..source
    };
    Ok(Article {
        id,
        source,
        text: parsed.text,
        base,
        meta_published,
        meta_published_at: None,
        meta_published_weak: false,
        meta_title,
        warnings,
    })
}

/// One line of a dump, or a line that was too long to keep.
#[derive(Debug)]
pub enum Line {
    /// 1-based number and bytes (line ending removed).
    Text(usize, Vec<u8>),
    /// 1-based number and the full length of a line longer than the cap (its bytes were read
    /// and dropped).
    TooLong(usize, u64),
}

/// Reads lines of at most `cap` bytes; longer lines are skipped (and reported) without being
/// held in memory. Blank lines are skipped.
pub struct LineReader<R> {
    inner: R,
    cap: usize,
    line_no: usize,
    /// Whether the first line has been read (to strip a UTF-8 BOM).
    started: bool,
}

impl<R: BufRead> LineReader<R> {
    pub fn new(inner: R, cap: usize) -> Self {
        LineReader {
            inner,
            cap,
            line_no: 0,
            started: false,
        }
    }

    /// The next line, `None` at the end.
    pub fn next_line(&mut self) -> std::io::Result<Option<Line>> {
        loop {
            let mut buf = Vec::new();
            let mut total: u64 = 0;
            let mut too_long = false;
            let mut any = false;
            loop {
                let chunk = self.inner.fill_buf()?;
                if chunk.is_empty() {
                    break;
                }
                any = true;
                let (take, done) = match memchr::memchr(b'\n', chunk) {
                    Some(i) => (i + 1, true),
                    None => (chunk.len(), false),
                };
                total += take as u64;
                if !too_long {
                    if buf.len() + take > self.cap + 2 {
                        too_long = true;
                        buf = Vec::new();
                    } else {
                        buf.extend_from_slice(&chunk[..take]);
                    }
                }
                self.inner.consume(take);
                if done {
                    break;
                }
            }
            if !any {
                return Ok(None);
            }
            self.line_no += 1;
            if too_long {
                return Ok(Some(Line::TooLong(self.line_no, total)));
            }
            while buf.last().is_some_and(|&b| b == b'\n' || b == b'\r') {
                buf.pop();
            }
            if !self.started {
                self.started = true;
                if buf.starts_with(&[0xEF, 0xBB, 0xBF]) {
                    buf.drain(..3);
                }
            }
            if buf.len() > self.cap {
                return Ok(Some(Line::TooLong(self.line_no, buf.len() as u64)));
            }
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Ok(Some(Line::Text(self.line_no, buf)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_published_forms() {
        assert_eq!(iso_published("2023-03-31").as_deref(), Some("2023-03-31"));
        assert_eq!(
            iso_published("2023-03-31T16:17:00+07:00").as_deref(),
            Some("2023-03-31T16:17")
        );
        assert_eq!(iso_published("31/3/2023").as_deref(), Some("2023-03-31"));
        assert_eq!(
            iso_published("31/03/2023 16:17").as_deref(),
            Some("2023-03-31T16:17")
        );
        assert_eq!(iso_published("hôm qua"), None);
        assert_eq!(iso_published("2023-13-01"), None);
    }

    #[test]
    fn ok_line_fields_and_fallback_id() {
        let a = article_from_line(
            "dump",
            "d/dump.jsonl",
            3,
            br#"{"text":"Ng\u00e0y 5/6","published":"2023-01-02"}"#,
        )
        .unwrap();
        assert_eq!(a.id, "dump:3");
        assert_eq!(a.text, "Ngày 5/6");
        assert_eq!(a.meta_published.as_deref(), Some("2023-01-02"));
        assert_eq!(a.source.line, Some(3));
        // The metadata travels with the record's source.
        assert_eq!(a.source.published.as_deref(), Some("2023-01-02"));
        assert_eq!(
            (a.source.url.as_deref(), a.source.title.as_deref()),
            (None, None)
        );
        let a = article_from_line(
            "dump",
            "d/dump.jsonl",
            4,
            r#"{"id":"d04","text":"Ngày 5/6","url":"https://x.vn/a.htm","title":"Tiêu đề","published":"2023-01-02T08:45:00+07:00"}"#.as_bytes(),
        )
        .unwrap();
        assert_eq!(a.source.url.as_deref(), Some("https://x.vn/a.htm"));
        assert_eq!(a.source.title.as_deref(), Some("Tiêu đề"));
        assert_eq!(a.source.published.as_deref(), Some("2023-01-02T08:45"));
        let a = article_from_line("dump", "d", 1, br#"{"id":42,"text":"x"}"#).unwrap();
        assert_eq!(a.id, "42");
    }

    #[test]
    fn err_malformed_and_empty_lines() {
        let (_, e) = article_from_line("d", "d", 1, b"{not json").unwrap_err();
        assert_eq!(e.code(), "json");
        let (_, e) = article_from_line("d", "d", 1, br#"{"id":"a"}"#).unwrap_err();
        assert_eq!(e.code(), "json");
        let (_, e) = article_from_line("d", "d", 1, br#"{"text":"  "}"#).unwrap_err();
        assert_eq!(e.code(), "empty");
    }

    #[test]
    fn ok_line_reader_caps_long_lines() {
        let data = format!("\u{FEFF}{{\"text\":\"a\"}}\r\n\n{}\nlast", "x".repeat(100));
        let mut r = LineReader::new(std::io::Cursor::new(data.into_bytes()), 50);
        assert!(
            matches!(r.next_line().unwrap(), Some(Line::Text(1, b)) if b == br#"{"text":"a"}"#)
        );
        assert!(matches!(
            r.next_line().unwrap(),
            Some(Line::TooLong(3, 101))
        ));
        assert!(matches!(r.next_line().unwrap(), Some(Line::Text(4, b)) if b == b"last"));
        assert!(r.next_line().unwrap().is_none());
    }
}

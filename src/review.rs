//! Reading records back, and the review page: one self-contained HTML file that shows each
//! article with every grounded span highlighted.
//!
//! # Reading back
//! [`read_outputs`] parses a JSON Lines file of records (and error records).
//! [`source_text`] opens the article a record came from (`source.path`, relative to a root
//! folder unless absolute), decodes it as `source.encoding` names, strips a byte-order mark,
//! and for a record read from a JSON Lines dump (`source.line`) takes that line's `text`, so
//! that `text[start..end]` (in characters) is what every span points at.
//!
//! # The page
//! Every item with a `span` becomes exactly one `<mark class="f-FIELD">` element whose `title`
//! holds the canonical value (the date's value, a party's name and province, the award and its
//! recipient, ...). Beside the article sits the record as pretty JSON; warnings are listed in a
//! red box above the article, and spans that do not match their `text` are flagged too.
//!
//! Everything taken from the article or the record is HTML-escaped ([`escape_html`]): markup
//! inside an article is shown as text, never interpreted. The page has inline CSS only, no
//! script and no external resource.
//!
//! ## Overlapping spans
//! Spans are sorted by start, longer first. A span inside another nests inside its mark. A
//! span that starts inside a mark and ends after it (a crossing span) is *clipped* at the end
//! of the enclosing mark, so the HTML stays a tree and every span still gets exactly one mark;
//! a clipped mark has the class `clip` (dashed underline) and its `title` gives the full span.
//! A zero-length span becomes an empty mark shown as a thin bar. A span past the end of the
//! text is clipped to the text and flagged.
//!
//! # Limits
//! Decoding back supports `utf-8`, `utf-16le` and `utf-16be`; any other encoding name is read
//! with the library's own decoder, which may not be the one that produced the record.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::record::{Output, Record, Source};

// ----------------------------------------------------------------------------------------
// Reading records and their articles back
// ----------------------------------------------------------------------------------------

/// Parses JSON Lines text into outputs; blank lines are skipped. `name` is used in errors.
pub fn parse_outputs(text: &str, name: &str) -> Result<Vec<Output>, Error> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let o: Output = serde_json::from_str(line)
            .map_err(|e| Error::Json(format!("{name}:{}: {e}", n + 1)))?;
        out.push(o);
    }
    Ok(out)
}

/// Reads a JSON Lines file of records.
pub fn read_outputs(path: &Path) -> Result<Vec<Output>, Error> {
    let bytes = std::fs::read(path).map_err(|e| Error::Io {
        path: path.to_path_buf(),
        source: e,
    })?;
    let text = String::from_utf8(bytes)
        .map_err(|e| Error::Decode(format!("{}: not UTF-8: {e}", path.display())))?;
    parse_outputs(&text, &path.display().to_string())
}

/// Decodes raw bytes as the named encoding; a leading byte-order mark is removed.
pub fn decode_as(bytes: &[u8], encoding: &str) -> Result<String, Error> {
    let utf16 = |le: bool| -> String {
        let units = bytes.chunks(2).map(|c| match (c, le) {
            ([a, b], true) => u16::from_le_bytes([*a, *b]),
            ([a, b], false) => u16::from_be_bytes([*a, *b]),
            _ => 0xFFFD,
        });
        char::decode_utf16(units)
            .map(|r| r.unwrap_or('\u{FFFD}'))
            .collect()
    };
    let text = match encoding.to_ascii_lowercase().as_str() {
        "utf-8" | "utf8" | "" => String::from_utf8_lossy(bytes).into_owned(),
        "utf-16le" | "utf-16-le" => utf16(true),
        "utf-16be" | "utf-16-be" => utf16(false),
        _ => return crate::input::decode(bytes).map(|d| d.text),
    };
    Ok(match text.strip_prefix('\u{FEFF}') {
        Some(rest) => rest.to_owned(),
        None => text,
    })
}

/// The path of a record's article: `source.path` under `root` unless absolute.
pub fn source_file(source: &Source, root: &Path) -> PathBuf {
    let p = Path::new(&source.path);
    if p.is_absolute() {
        p.to_path_buf()
    } else {
        root.join(p)
    }
}

/// The text a record's spans index (see the module docs).
pub fn source_text(source: &Source, root: &Path) -> Result<String, Error> {
    let path = source_file(source, root);
    let bytes = std::fs::read(&path).map_err(|e| Error::Io {
        path: path.clone(),
        source: e,
    })?;
    let text = decode_as(&bytes, &source.encoding)?;
    let Some(line) = source.line else {
        return Ok(text);
    };
    let raw = text
        .split('\n')
        .nth(line.saturating_sub(1))
        .ok_or_else(|| Error::Json(format!("{}: no line {line}", path.display())))?;
    let v: serde_json::Value = serde_json::from_str(raw.trim_end_matches('\r'))
        .map_err(|e| Error::Json(format!("{}:{line}: {e}", path.display())))?;
    v.get("text")
        .and_then(|t| t.as_str())
        .map(str::to_owned)
        .ok_or_else(|| Error::Json(format!("{}:{line}: no \"text\" field", path.display())))
}

/// `text[start..end]` in characters, or `None` when out of range.
pub fn char_slice(text: &str, start: usize, end: usize) -> Option<&str> {
    if start > end {
        return None;
    }
    let mut idx = text.char_indices().map(|(i, _)| i).chain([text.len()]);
    let a = idx.nth(start)?;
    let b = if end == start {
        a
    } else {
        idx.nth(end - start - 1)?
    };
    Some(&text[a..b])
}

// ----------------------------------------------------------------------------------------
// Spans of a record
// ----------------------------------------------------------------------------------------

/// The fields that carry spans, in the order of the legend.
pub use crate::record::SPAN_FIELDS;

/// One grounded item of a record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpanItem {
    /// The record field (one of [`SPAN_FIELDS`]).
    pub field: &'static str,
    pub start: usize,
    pub end: usize,
    /// The item's `text`.
    pub text: String,
    /// The canonical value, for people (shown on hover).
    pub label: String,
}

fn opt(s: &Option<String>) -> &str {
    s.as_deref().unwrap_or("")
}

/// Every item of a record that has a span, in field order.
pub fn record_spans(r: &Record) -> Vec<SpanItem> {
    let mut v = Vec::new();
    let mut push = |field: &'static str, span: [usize; 2], text: &str, label: String| {
        v.push(SpanItem {
            field,
            start: span[0],
            end: span[1],
            text: text.to_owned(),
            label,
        });
    };
    if let Some(t) = &r.title {
        push("title", t.span, &t.text, format!("title: {}", t.text));
    }
    if let Some(p) = &r.published {
        push(
            "published",
            p.span,
            &p.text,
            format!("published {}", p.value),
        );
    }
    for e in &r.events {
        let label = match &e.date {
            Some(d) => format!("event {} on {d}", e.kind),
            None => format!("event {}", e.kind),
        };
        push("events", e.span, &e.text, label);
    }
    for d in &r.dates {
        let mut label = format!("date {} ({})", d.value, d.role);
        if let Some(p) = &d.part_of_day {
            let _ = write!(label, ", {p}");
        }
        if d.year_inferred {
            label.push_str(", year inferred");
        }
        push("dates", d.span, &d.text, label);
    }
    for p in &r.parties {
        let label = match &p.province {
            Some(prov) => format!("{} — {prov} ({})", p.name, p.kind),
            None => format!("{} ({})", p.name, p.kind),
        };
        push("parties", p.span, &p.text, label);
    }
    for p in &r.periods {
        let start = p.start.map(|s| s.to_string()).unwrap_or_default();
        let label = format!("period {start}–{} ({})", p.end, p.kind);
        push("periods", p.span, &p.text, label);
    }
    for a in &r.awards {
        let mut label = format!("{} → {} ({})", a.award, a.recipient.name, a.recipient.kind);
        if let Some(i) = &a.issuer {
            let _ = write!(label, ", from {i}");
        }
        push("awards", a.recipient.span, &a.recipient.text, label);
    }
    for c in &r.award_counts {
        let n = |x: Option<u32>| x.map(|n| n.to_string()).unwrap_or_else(|| "–".into());
        let label = format!(
            "{}: {} collectives, {} individuals",
            c.award,
            n(c.collectives),
            n(c.individuals)
        );
        push("award_counts", c.span, &c.text, label);
    }
    for p in &r.people {
        let label = match &p.title {
            Some(t) => format!("{}, {t}", p.name),
            None => p.name.clone(),
        };
        push("people", p.span, &p.text, label);
    }
    for a in &r.authors {
        push("authors", a.span, &a.text, format!("author {}", a.name));
    }
    for x in &r.references {
        let mut label = format!("{} {}", x.kind, opt(&x.number));
        if let Some(d) = &x.date {
            let _ = write!(label, " of {d}");
        }
        push("references", x.span, &x.text, label.trim().to_owned());
    }
    for w in &r.warnings {
        if let Some(span) = w.span {
            let text = w.text.clone().unwrap_or_default();
            push(
                "warnings",
                span,
                &text,
                format!("warning {}: {}", w.code, w.message),
            );
        }
    }
    v
}

// ----------------------------------------------------------------------------------------
// HTML
// ----------------------------------------------------------------------------------------

/// Pretty JSON with every two-number array (`span`) on one line.
pub fn pretty_json<T: serde::Serialize>(v: &T) -> String {
    let pretty = serde_json::to_string_pretty(v).unwrap_or_default();
    let Ok(re) = regex::Regex::new(r"\[\n\s*(\d+),\n\s*(\d+)\n\s*\]") else {
        return pretty;
    };
    re.replace_all(&pretty, "[$1, $2]").into_owned()
}

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Renders `text` with one `<mark>` per span (see "Overlapping spans" in the module docs).
/// Returns the HTML and the number of spans that had to be clipped or were out of range.
pub fn highlight(text: &str, spans: &[SpanItem]) -> (String, usize) {
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    let slice =
        |a: usize, b: usize| -> String { escape_html(&chars[a..b].iter().collect::<String>()) };
    let mut order: Vec<usize> = (0..spans.len()).collect();
    order.sort_by_key(|&i| {
        let s = &spans[i];
        let start = s.start.min(n);
        let end = s.end.clamp(start, n);
        (start, std::cmp::Reverse(end), i)
    });
    let mut html = String::with_capacity(text.len() * 2);
    let mut stack: Vec<usize> = Vec::new(); // end offsets of open marks
    let mut pos = 0;
    let mut clipped = 0;
    for i in order {
        let s = &spans[i];
        let start = s.start.min(n);
        let mut end = s.end.clamp(start, n);
        let mut classes = format!("f-{}", s.field);
        if start != s.start || end != s.end {
            classes.push_str(" bad");
            clipped += 1;
        }
        while let Some(&top) = stack.last() {
            if top > start {
                break;
            }
            html.push_str(&slice(pos, top));
            html.push_str("</mark>");
            pos = top;
            stack.pop();
        }
        html.push_str(&slice(pos, start));
        pos = start;
        if let Some(&top) = stack.last() {
            if end > top {
                end = top;
                classes.push_str(" clip");
                clipped += 1;
            }
        }
        if end == start {
            classes.push_str(" empty");
        }
        let _ = write!(
            html,
            "<mark class=\"{classes}\" data-span=\"{}-{}\" title=\"{} [{}, {})\">",
            s.start,
            s.end,
            escape_html(&s.label),
            s.start,
            s.end
        );
        stack.push(end);
    }
    while let Some(top) = stack.pop() {
        html.push_str(&slice(pos, top));
        html.push_str("</mark>");
        pos = top;
    }
    html.push_str(&slice(pos, n));
    (html, clipped)
}

const COLOURS: &[(&str, &str)] = &[
    ("title", "#d0e4ff"),
    ("published", "#c8f0f0"),
    ("events", "#ffd6a5"),
    ("dates", "#fdffb6"),
    ("parties", "#caffbf"),
    ("periods", "#e4c1f9"),
    ("awards", "#ffc6ff"),
    ("award_counts", "#f1c0e8"),
    ("people", "#a0c4ff"),
    ("authors", "#bdb2ff"),
    ("references", "#d9ed92"),
    ("warnings", "#ff8080"),
];

fn css() -> String {
    let mut css = String::from(
        "body{font-family:system-ui,sans-serif;margin:1em;background:#fafafa;color:#222}\
         h1{font-size:1.4em}h2{font-size:1.1em;margin:0 0 .3em}\
         .legend mark{margin-right:.4em}\
         .article{border:1px solid #ccc;background:#fff;margin:1em 0;padding:.8em}\
         .cols{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1em}\
         .text{white-space:pre-wrap;line-height:1.7;font-family:Georgia,serif;margin:0}\
         .json{white-space:pre;overflow:auto;max-height:60em;font-size:.8em;background:#f4f4f4;\
         padding:.5em;margin:0}\
         .meta{color:#666;font-size:.85em}\
         .warn{background:#ffe0e0;border:2px solid #d00;padding:.4em .8em;margin:.5em 0}\
         .error{background:#ffd0d0;border:2px solid #a00;padding:.4em .8em}\
         mark{border-radius:2px;padding:0 1px;color:inherit}\
         mark mark{border-bottom:2px solid #555}\
         mark.clip{text-decoration:underline dashed}\
         mark.bad{outline:2px solid #d00}\
         mark.empty{padding:0;border-left:3px solid #d00}\n",
    );
    for (field, colour) in COLOURS {
        // The legend uses spans, not marks, so that marks count spans of records only.
        let _ = writeln!(css, "mark.f-{field},span.f-{field}{{background:{colour}}}");
    }
    css.push_str("mark.f-warnings{outline:2px solid #d00}\n");
    css
}

/// Options of the review page.
#[derive(Clone, Debug)]
pub struct ReviewOptions {
    /// The folder that relative `source.path`s are resolved against.
    pub root: PathBuf,
    /// The page title.
    pub title: String,
}

impl Default for ReviewOptions {
    fn default() -> Self {
        ReviewOptions {
            root: PathBuf::from("."),
            title: "htx-extract review".into(),
        }
    }
}

/// Totals of a review page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReviewSummary {
    pub articles: usize,
    pub marks: usize,
    pub unreadable: usize,
}

fn render_record(html: &mut String, r: &Record, opts: &ReviewOptions, sum: &mut ReviewSummary) {
    let spans = record_spans(r);
    let _ = write!(
        html,
        "<section class=\"article\" id=\"{}\"><h2>{}</h2><div class=\"meta\">{} · {} · {} spans</div>",
        escape_html(&r.id),
        escape_html(&r.id),
        escape_html(&r.source.path),
        escape_html(&r.source.encoding),
        spans.len()
    );
    let text = source_text(&r.source, &opts.root);
    let mut flags: Vec<String> = r
        .warnings
        .iter()
        .map(|w| match &w.text {
            Some(t) => format!("{}: {} («{}»)", w.code, w.message, t),
            None => format!("{}: {}", w.code, w.message),
        })
        .collect();
    if let Ok(t) = &text {
        for s in &spans {
            if char_slice(t, s.start, s.end) != Some(s.text.as_str()) {
                flags.push(format!(
                    "ungrounded span: {} [{}, {}) should read «{}»",
                    s.field, s.start, s.end, s.text
                ));
            }
        }
    }
    if !flags.is_empty() {
        html.push_str("<div class=\"warn\"><strong>⚠ Warnings</strong><ul>");
        for f in &flags {
            let _ = write!(html, "<li>{}</li>", escape_html(f));
        }
        html.push_str("</ul></div>");
    }
    html.push_str("<div class=\"cols\">");
    match &text {
        Ok(t) => {
            let (body, _) = highlight(t, &spans);
            sum.marks += spans.len();
            let _ = write!(html, "<pre class=\"text\">{body}</pre>");
        }
        Err(e) => {
            sum.unreadable += 1;
            let _ = write!(
                html,
                "<div class=\"error\">cannot show the article: {}</div>",
                escape_html(&e.to_string())
            );
        }
    }
    let json = pretty_json(r);
    let _ = writeln!(
        html,
        "<details open><summary>record</summary><pre class=\"json\">{}</pre></details></div></section>",
        escape_html(&json)
    );
}

/// Renders the review page for some outputs.
pub fn render_page(outputs: &[Output], opts: &ReviewOptions) -> (String, ReviewSummary) {
    let mut sum = ReviewSummary::default();
    let mut html = String::new();
    let _ = write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\
         <title>{}</title><style>{}</style></head><body><h1>{}</h1>\n",
        escape_html(&opts.title),
        css(),
        escape_html(&opts.title)
    );
    html.push_str("<p class=\"legend\">");
    for (field, _) in COLOURS {
        let _ = write!(
            html,
            "<span class=\"f-{field}\" style=\"padding:0 .3em\">{field}</span> "
        );
    }
    html.push_str("</p>\n");
    let _ = writeln!(html, "<p class=\"meta\">{} records</p>", outputs.len());
    for o in outputs {
        sum.articles += 1;
        match o {
            Output::Record(r) => render_record(&mut html, r, opts, &mut sum),
            Output::Error(e) => {
                let json = pretty_json(e);
                let _ = writeln!(
                    html,
                    "<section class=\"article\" id=\"{}\"><h2>{}</h2><div class=\"error\">error {}: {}</div>\
                     <pre class=\"json\">{}</pre></section>",
                    escape_html(&e.id),
                    escape_html(&e.id),
                    escape_html(&e.error.code),
                    escape_html(&e.error.message),
                    escape_html(&json)
                );
            }
        }
    }
    html.push_str("</body></html>\n");
    (html, sum)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(field: &'static str, start: usize, end: usize) -> SpanItem {
        SpanItem {
            field,
            start,
            end,
            text: String::new(),
            label: field.to_string(),
        }
    }

    fn marks(html: &str) -> usize {
        html.matches("<mark ").count()
    }

    #[test]
    fn ok_escape_html() {
        assert_eq!(
            escape_html("<script>alert('x&y')</script> \"q\""),
            "&lt;script&gt;alert(&#39;x&amp;y&#39;)&lt;/script&gt; &quot;q&quot;"
        );
        assert_eq!(escape_html("Hợp tác xã"), "Hợp tác xã");
    }

    #[test]
    fn ok_highlight_escapes_article_text() {
        let (html, _) = highlight("a <b> c", &[item("dates", 2, 5)]);
        assert!(html.contains("&lt;b&gt;</mark>"), "{html}");
        assert!(!html.contains("<b>"));
    }

    #[test]
    fn ok_highlight_counts_characters_not_bytes() {
        let text = "Ngày 30 tháng 9";
        let (html, clipped) = highlight(text, &[item("dates", 5, 15)]);
        assert_eq!(clipped, 0);
        assert!(html.starts_with("Ngày <mark"), "{html}");
        assert!(html.ends_with(">30 tháng 9</mark>"), "{html}");
    }

    #[test]
    fn ok_highlight_nests_contained_and_identical_spans() {
        let spans = [
            item("events", 0, 10),
            item("dates", 2, 4),
            item("parties", 0, 10),
        ];
        let (html, clipped) = highlight("0123456789xyz", &spans);
        assert_eq!(marks(&html), 3);
        assert_eq!(clipped, 0);
        assert_eq!(html.matches("</mark>").count(), 3);
        assert!(html.ends_with("</mark></mark>xyz"), "{html}");
    }

    #[test]
    fn ok_highlight_clips_crossing_spans() {
        let spans = [item("events", 0, 6), item("dates", 4, 9)];
        let (html, clipped) = highlight("0123456789", &spans);
        assert_eq!(marks(&html), 2);
        assert_eq!(clipped, 1);
        assert!(html.contains("f-dates clip"), "{html}");
        assert!(html.contains("data-span=\"4-9\""), "{html}");
        // The crossing span ends with its parent; the text after it is plain.
        assert!(html.ends_with(">45</mark></mark>6789"), "{html}");
    }

    #[test]
    fn ok_highlight_empty_and_out_of_range_spans() {
        let spans = [
            item("warnings", 3, 3),
            item("dates", 8, 20),
            item("people", 2, 5),
        ];
        let (html, clipped) = highlight("0123456789", &spans);
        assert_eq!(marks(&html), 3);
        assert_eq!(clipped, 1);
        assert!(html.contains("empty"));
        assert!(html.contains("f-dates bad"));
        assert_eq!(html.matches("</mark>").count(), 3);
    }

    #[test]
    fn ok_pretty_json_keeps_spans_on_one_line() {
        let v = serde_json::json!({"text": "a", "span": [3, 14]});
        assert_eq!(
            pretty_json(&v),
            "{\n  \"span\": [3, 14],\n  \"text\": \"a\"\n}"
        );
    }

    #[test]
    fn ok_char_slice() {
        assert_eq!(char_slice("Đắk Nông", 0, 3), Some("Đắk"));
        assert_eq!(char_slice("Đắk Nông", 4, 8), Some("Nông"));
        assert_eq!(char_slice("Đắk", 3, 3), Some(""));
        assert_eq!(char_slice("Đắk", 2, 4), None);
        assert_eq!(char_slice("Đắk", 2, 1), None);
    }

    #[test]
    fn ok_decode_as_strips_bom() {
        assert_eq!(decode_as(b"\xEF\xBB\xBFab", "utf-8").unwrap(), "ab");
        let mut le = vec![0xFF, 0xFE];
        for u in "Hà".encode_utf16() {
            le.extend(u.to_le_bytes());
        }
        assert_eq!(decode_as(&le[2..], "utf-16le").unwrap(), "Hà");
        assert_eq!(decode_as(&le, "utf-16le").unwrap(), "Hà");
    }
}

//! Golden checks: extract every article of a folder and compare each record with the
//! expected record stored beside it.
//!
//! # Layout
//! For an input `DIR/a/NAME.txt` (also `.html`, `.htm`, `.jsonl`; folders are walked
//! recursively, hidden files skipped) the expected record is `DIR/a/NAME.expected.json`: the
//! record pretty-printed as JSON, or, for a `.jsonl` input that yields several records, a JSON
//! array of them in line order. Two inputs with the same stem in one folder share one expected
//! file: give them different names.
//!
//! # Machine independence
//! Records carry `source.path` as the program was given it. Before comparing or blessing,
//! [`check_dir`] rewrites it to the path *relative to DIR*, with `/` separators
//! (`a/NAME.txt`), and replaces that same given path inside error messages. The expected files
//! therefore do not depend on where the checkout lives or on how DIR was spelt, and
//! `review::source_text(&record.source, DIR)` opens the article again. Nothing else is
//! ignored: records are deterministic (`sha256` and `bytes` describe the input file).
//!
//! # Comparison
//! [`diff_values`] compares two JSON values field by field. Objects are compared key by key;
//! arrays of items are aligned by their longest common subsequence, then an unmatched expected
//! item and an unmatched new item with the same `span` (or `text`) are compared field by field;
//! the rest are reported as missing or extra. Each [`Difference`] keeps the span of the item
//! it belongs to, so that [`Report::render`] can show the source text around it (±40
//! characters, the span itself between `⟦` and `⟧`).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::error::Error;
use crate::record::Output;
use crate::review;

/// Extensions of the inputs that [`check_dir`] looks at.
pub const INPUT_EXTENSIONS: &[&str] = &["txt", "html", "htm", "jsonl"];

/// Characters of context shown on each side of a span.
pub const CONTEXT_CHARS: usize = 40;

/// How two values differ at one place.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// A value that differs (or is only on one side of an object).
    Changed { expected: Value, got: Value },
    /// An array item the expected record has and the new one does not.
    Missing(Value),
    /// An array item the new record has and the expected one does not.
    Extra(Value),
}

/// One difference between an expected and a new record.
#[derive(Clone, Debug, PartialEq)]
pub struct Difference {
    /// Where: `dates[1].value`, `parties`, `source.sha256`.
    pub path: String,
    pub change: Change,
    /// The span of the item the difference belongs to (the expected item's span first).
    pub span: Option<[usize; 2]>,
}

fn span_of(v: &Value) -> Option<[usize; 2]> {
    let s = v.get("span")?.as_array()?;
    match s.as_slice() {
        [a, b] => Some([a.as_u64()? as usize, b.as_u64()? as usize]),
        _ => None,
    }
}

/// Record fields in the order the record writes them: differences are listed in this order.
const FIELD_ORDER: &[&str] = &[
    "schema",
    "id",
    "source",
    "path",
    "sha256",
    "bytes",
    "encoding",
    "line",
    "format",
    "error",
    "code",
    "message",
    "title",
    "published",
    "events",
    "dates",
    "parties",
    "periods",
    "awards",
    "award_counts",
    "people",
    "authors",
    "references",
    "warnings",
    "type",
    "award",
    "value",
    "role",
    "part_of_day",
    "year_inferred",
    "name",
    "kind",
    "province",
    "province_2025",
    "start",
    "end",
    "issuer",
    "recipient",
    "collectives",
    "individuals",
    "number",
    "date",
    "text",
    "span",
];

fn key_rank(k: &str) -> usize {
    FIELD_ORDER
        .iter()
        .position(|f| *f == k)
        .unwrap_or(FIELD_ORDER.len())
}

/// The span of an item, or of its recipient (awards).
fn item_span(v: &Value) -> Option<[usize; 2]> {
    span_of(v).or_else(|| v.get("recipient").and_then(span_of))
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// The differences between two JSON values (empty when equal).
pub fn diff_values(expected: &Value, got: &Value) -> Vec<Difference> {
    let mut out = Vec::new();
    diff_into(&mut out, "", expected, got, None);
    out
}

fn diff_into(
    out: &mut Vec<Difference>,
    path: &str,
    expected: &Value,
    got: &Value,
    span: Option<[usize; 2]>,
) {
    if expected == got {
        return;
    }
    match (expected, got) {
        (Value::Object(a), Value::Object(b)) => {
            let span = item_span(expected).or_else(|| item_span(got)).or(span);
            let mut keys: Vec<&String> = a.keys().collect();
            keys.sort_by_key(|k| (key_rank(k), k.as_str()));
            for k in keys {
                let va = &a[k.as_str()];
                let p = join(path, k);
                match b.get(k) {
                    Some(vb) => diff_into(out, &p, va, vb, span),
                    None => out.push(Difference {
                        path: p,
                        change: Change::Changed {
                            expected: va.clone(),
                            got: Value::Null,
                        },
                        span,
                    }),
                }
            }
            for (k, vb) in b {
                if !a.contains_key(k) {
                    out.push(Difference {
                        path: join(path, k),
                        change: Change::Changed {
                            expected: Value::Null,
                            got: vb.clone(),
                        },
                        span,
                    });
                }
            }
        }
        (Value::Array(a), Value::Array(b)) => diff_arrays(out, path, a, b),
        _ => out.push(Difference {
            path: path.to_owned(),
            change: Change::Changed {
                expected: expected.clone(),
                got: got.clone(),
            },
            span,
        }),
    }
}

/// Longest common subsequence of equal items: pairs of indices.
fn lcs(a: &[Value], b: &[Value]) -> Vec<(usize, usize)> {
    let (n, m) = (a.len(), b.len());
    let mut t = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            t[i][j] = if a[i] == b[j] {
                t[i + 1][j + 1] + 1
            } else {
                t[i + 1][j].max(t[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut pairs) = (0, 0, Vec::new());
    while i < n && j < m {
        if a[i] == b[j] {
            pairs.push((i, j));
            i += 1;
            j += 1;
        } else if t[i + 1][j] >= t[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    pairs
}

fn same_item(a: &Value, b: &Value) -> bool {
    if !(a.is_object() && b.is_object()) {
        return false;
    }
    let (sa, sb) = (item_span(a), item_span(b));
    if sa.is_some() && sa == sb {
        return true;
    }
    matches!((a.get("text"), b.get("text")), (Some(x), Some(y)) if x == y && x.is_string())
}

fn diff_arrays(out: &mut Vec<Difference>, path: &str, a: &[Value], b: &[Value]) {
    let mut pairs = lcs(a, b);
    pairs.push((a.len(), b.len()));
    let (mut i, mut j) = (0, 0);
    for (pi, pj) in pairs {
        // The gap a[i..pi] vs b[j..pj]: pair up items about the same text, report the rest.
        let mut used = vec![false; pj - j];
        for (ai, va) in a.iter().enumerate().take(pi).skip(i) {
            let found = (j..pj).find(|&bj| !used[bj - j] && same_item(va, &b[bj]));
            match found {
                Some(bj) => {
                    used[bj - j] = true;
                    diff_into(out, &format!("{path}[{ai}]"), va, &b[bj], item_span(va));
                }
                None => out.push(Difference {
                    path: format!("{path}[{ai}]"),
                    change: Change::Missing(va.clone()),
                    span: item_span(va),
                }),
            }
        }
        for (k, vb) in b[j..pj].iter().enumerate() {
            if !used[k] {
                out.push(Difference {
                    path: format!("{path}[+{}]", j + k),
                    change: Change::Extra(vb.clone()),
                    span: item_span(vb),
                });
            }
        }
        i = pi + 1;
        j = pj + 1;
    }
}

/// The source text around a character span: `…before⟦span⟧after…` on one line.
pub fn context(text: &str, span: [usize; 2], width: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    let s = span[0].min(n);
    let e = span[1].clamp(s, n);
    let from = s.saturating_sub(width);
    let to = (e + width).min(n);
    let flat = |a: usize, b: usize| -> String {
        chars[a..b]
            .iter()
            .map(|&c| {
                if c == '\n' || c == '\r' || c == '\t' {
                    ' '
                } else {
                    c
                }
            })
            .collect()
    };
    format!(
        "{}{}⟦{}⟧{}{}",
        if from > 0 { "…" } else { "" },
        flat(from, s),
        flat(s, e),
        flat(e, to),
        if to < n { "…" } else { "" }
    )
}

/// What happened to one input.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// The records equal the expected ones.
    Match,
    /// They differ.
    Differ(Vec<Difference>),
    /// There is no expected file.
    NoExpected,
    /// The expected file cannot be read or parsed.
    BadExpected(String),
    /// `--bless` wrote the expected file (`true` when it did not exist before).
    Blessed { created: bool },
}

/// The check of one input.
#[derive(Clone, Debug)]
pub struct ArticleCheck {
    /// The input, relative to the checked folder (`/` separators).
    pub input: String,
    /// The expected file.
    pub expected_path: PathBuf,
    pub outcome: Outcome,
    /// The source text the records' spans index, when it could be read.
    pub text: Option<String>,
}

/// The result of checking a folder.
#[derive(Clone, Debug)]
pub struct Report {
    pub dir: PathBuf,
    pub articles: Vec<ArticleCheck>,
}

/// Compact JSON with object keys in record order.
fn ordered_json(v: &Value, out: &mut String) {
    match v {
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort_by_key(|k| (key_rank(k), k.as_str()));
            out.push('{');
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(k.clone()).to_string());
                out.push(':');
                ordered_json(&m[k.as_str()], out);
            }
            out.push('}');
        }
        Value::Array(a) => {
            out.push('[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                ordered_json(x, out);
            }
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

fn show(v: &Value) -> String {
    let mut s = String::new();
    ordered_json(v, &mut s);
    if s.chars().count() > 300 {
        let cut: String = s.chars().take(300).collect();
        format!("{cut}…")
    } else {
        s
    }
}

impl Report {
    /// True when every input matched (or was blessed).
    pub fn ok(&self) -> bool {
        self.articles
            .iter()
            .all(|a| matches!(a.outcome, Outcome::Match | Outcome::Blessed { .. }))
    }

    /// Inputs that differ or have no usable expected file.
    pub fn failures(&self) -> usize {
        self.articles
            .iter()
            .filter(|a| !matches!(a.outcome, Outcome::Match | Outcome::Blessed { .. }))
            .count()
    }

    /// The readable report: one block per input that does not match, then a summary line.
    pub fn render(&self) -> String {
        let mut s = String::new();
        let dir = self.dir.display();
        let (mut matched, mut blessed) = (0, 0);
        for a in &self.articles {
            match &a.outcome {
                Outcome::Match => matched += 1,
                Outcome::Blessed { created } => {
                    blessed += 1;
                    let verb = if *created { "created" } else { "wrote" };
                    let _ = writeln!(s, "{verb} {}", a.expected_path.display());
                }
                Outcome::NoExpected => {
                    let _ = writeln!(
                        s,
                        "{dir}/{}: no expected record ({} is missing)",
                        a.input,
                        a.expected_path.display()
                    );
                }
                Outcome::BadExpected(e) => {
                    let _ = writeln!(s, "{dir}/{}: unreadable expected record: {e}", a.input);
                }
                Outcome::Differ(diffs) => {
                    let _ = writeln!(
                        s,
                        "{dir}/{}: {} difference{}",
                        a.input,
                        diffs.len(),
                        if diffs.len() == 1 { "" } else { "s" }
                    );
                    for d in diffs {
                        match &d.change {
                            Change::Changed { expected, got } => {
                                let _ = writeln!(s, "  {}:", d.path);
                                let _ = writeln!(s, "    expected: {}", show(expected));
                                let _ = writeln!(s, "    got:      {}", show(got));
                            }
                            Change::Missing(v) => {
                                let _ = writeln!(s, "  {}: missing", d.path);
                                let _ = writeln!(s, "    expected: {}", show(v));
                            }
                            Change::Extra(v) => {
                                let _ = writeln!(s, "  {}: extra", d.path);
                                let _ = writeln!(s, "    got:      {}", show(v));
                            }
                        }
                        if let (Some(span), Some(text)) = (d.span, &a.text) {
                            let _ = writeln!(
                                s,
                                "    source [{}, {}): {}",
                                span[0],
                                span[1],
                                context(text, span, CONTEXT_CHARS)
                            );
                        }
                    }
                }
            }
        }
        let _ = write!(
            s,
            "check {dir}: {} inputs, {matched} match, {} differ or lack an expected record",
            self.articles.len(),
            self.failures()
        );
        if blessed > 0 {
            let _ = write!(s, ", {blessed} blessed");
        }
        s.push('\n');
        s
    }
}

/// The inputs of a folder, relative to it, sorted.
pub fn inputs_of(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let mut found = Vec::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.map_err(|e| Error::Io {
            path: e
                .path()
                .map(Path::to_path_buf)
                .unwrap_or_else(|| dir.to_path_buf()),
            source: e
                .into_io_error()
                .unwrap_or_else(|| std::io::Error::other("filesystem loop")),
        })?;
        let p = entry.path();
        let name = entry.file_name().to_string_lossy();
        if !entry.file_type().is_file() || name.starts_with('.') {
            continue;
        }
        let ext = p
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        if INPUT_EXTENSIONS.contains(&ext.as_str()) {
            if let Ok(rel) = p.strip_prefix(dir) {
                found.push(rel.to_path_buf());
            }
        }
    }
    found.sort();
    Ok(found)
}

/// `a/b.txt` → `a/b.expected.json`.
pub fn expected_path_for(input: &Path) -> PathBuf {
    let stem = input
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    input.with_file_name(format!("{stem}.expected.json"))
}

fn rel_string(rel: &Path) -> String {
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// Extracts one input with the batch runner and makes its records machine-independent.
pub fn extract_normalised(dir: &Path, rel: &Path) -> Result<Vec<Output>, Error> {
    let full = dir.join(rel);
    let given = full.to_string_lossy().into_owned();
    let mut buf = Vec::new();
    crate::batch::run(std::slice::from_ref(&full), &mut buf).map_err(|e| Error::Io {
        path: full.clone(),
        source: e,
    })?;
    let text = String::from_utf8_lossy(&buf);
    let mut outputs = review::parse_outputs(&text, &given)?;
    let shown = rel_string(rel);
    for o in &mut outputs {
        match o {
            Output::Record(r) => r.source.path = shown.clone(),
            Output::Error(e) => {
                e.source.path = shown.clone();
                e.error.message = e.error.message.replace(&given, &shown);
            }
        }
    }
    Ok(outputs)
}

fn to_value(outputs: &[Output]) -> Value {
    let vals: Vec<Value> = outputs
        .iter()
        .map(|o| serde_json::to_value(o).unwrap_or(Value::Null))
        .collect();
    match <[Value; 1]>::try_from(vals) {
        Ok([one]) => one,
        Err(vals) => Value::Array(vals),
    }
}

/// Checks (or, with `bless`, writes) the expected records of every input in `dir`.
pub fn check_dir(dir: &Path, bless: bool) -> Result<Report, Error> {
    let mut articles = Vec::new();
    for rel in inputs_of(dir)? {
        let outputs = extract_normalised(dir, &rel)?;
        let got = to_value(&outputs);
        let expected_path = dir.join(expected_path_for(&rel));
        let text = outputs.iter().find_map(|o| match o {
            Output::Record(r) => review::source_text(&r.source, dir).ok(),
            Output::Error(_) => None,
        });
        let outcome = if bless {
            let created = !expected_path.exists();
            // Serialised from the typed records, so that fields keep the record's order.
            let mut pretty = match outputs.as_slice() {
                [one] => serde_json::to_string_pretty(one),
                many => serde_json::to_string_pretty(many),
            }
            .unwrap_or_default();
            pretty.push('\n');
            std::fs::write(&expected_path, pretty).map_err(|e| Error::Io {
                path: expected_path.clone(),
                source: e,
            })?;
            Outcome::Blessed { created }
        } else {
            match std::fs::read_to_string(&expected_path) {
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Outcome::NoExpected,
                Err(e) => Outcome::BadExpected(e.to_string()),
                Ok(s) => match serde_json::from_str::<Value>(&s) {
                    Err(e) => Outcome::BadExpected(e.to_string()),
                    Ok(expected) => {
                        let diffs = diff_values(&expected, &got);
                        if diffs.is_empty() {
                            Outcome::Match
                        } else {
                            Outcome::Differ(diffs)
                        }
                    }
                },
            }
        };
        articles.push(ArticleCheck {
            input: rel_string(&rel),
            expected_path,
            outcome,
            text,
        });
    }
    Ok(Report {
        dir: dir.to_path_buf(),
        articles,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn ok_equal_values_have_no_difference() {
        let v = json!({"a": [1, 2], "b": {"c": null}});
        assert!(diff_values(&v, &v.clone()).is_empty());
    }

    #[test]
    fn ok_changed_leaf_keeps_path_and_span() {
        let e = json!({"dates": [{"value": "2022-09-30", "text": "30/9/2022", "span": [5, 14]}]});
        let g = json!({"dates": [{"value": "2022-09-03", "text": "30/9/2022", "span": [5, 14]}]});
        let d = diff_values(&e, &g);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].path, "dates[0].value");
        assert_eq!(d[0].span, Some([5, 14]));
        assert_eq!(
            d[0].change,
            Change::Changed {
                expected: json!("2022-09-30"),
                got: json!("2022-09-03")
            }
        );
    }

    #[test]
    fn ok_inserted_item_is_extra_not_a_cascade() {
        let a = json!({"text": "a", "span": [0, 1]});
        let b = json!({"text": "b", "span": [2, 3]});
        let c = json!({"text": "c", "span": [4, 5]});
        let d = diff_values(&json!([a, c]), &json!([a, b, c]));
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].path, "[+1]");
        assert_eq!(d[0].change, Change::Extra(b));
        assert_eq!(d[0].span, Some([2, 3]));
    }

    #[test]
    fn ok_missing_item_and_added_key() {
        let e = json!({"x": 1, "people": [{"name": "A", "text": "A", "span": [0, 1]}]});
        let g = json!({"x": 1, "y": 2, "people": []});
        let d = diff_values(&e, &g);
        assert_eq!(d.len(), 2, "{d:?}");
        assert!(matches!(d[0].change, Change::Missing(_)));
        assert_eq!(d[0].path, "people[0]");
        assert_eq!(d[1].path, "y");
    }

    #[test]
    fn ok_award_items_pair_by_recipient_span() {
        let e = json!([{"award": "Bằng khen", "recipient": {"name": "X", "text": "X", "span": [3, 4]}}]);
        let g = json!([{"award": "Giấy khen", "recipient": {"name": "X", "text": "X", "span": [3, 4]}}]);
        let d = diff_values(&e, &g);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].path, "[0].award");
        assert_eq!(d[0].span, Some([3, 4]));
    }

    #[test]
    fn ok_context_marks_the_span_and_flattens_lines() {
        let text = "Ngày 30 tháng 9 năm 2022,\ntại tỉnh Đắk Nông";
        assert_eq!(context(text, [5, 15], 5), "Ngày ⟦30 tháng 9⟧ năm …");
        assert_eq!(context(text, [26, 29], 4), "…22, ⟦tại⟧ tỉn…");
    }

    #[test]
    fn ok_expected_path() {
        assert_eq!(
            expected_path_for(Path::new("a/b.txt")),
            PathBuf::from("a/b.expected.json")
        );
    }
}

//! Writes `ACCURACY.md`: the program's precision, recall and F1 per field on the visible gold
//! set, so that a reader sees what each change did to quality.
//!
//! ```text
//! cargo run --release --example accuracy                 # extract ../shared/eval/dev, score, write ACCURACY.md
//! cargo run --release --example accuracy -- --json       # also print the figures as score.py --json does
//! cargo run --release --example accuracy -- --pred FILE --root DIR --json --no-write
//!                                                         # score existing records instead
//! ```
//!
//! The scoring is a line-by-line port of `../shared/eval/score.py` (same keys, name folding,
//! alias maps, rounding and headline), so that both give the same figures on the same records;
//! see the cross-check in `docs/RESEARCH.md`. Limits: source encodings other than UTF-8 and
//! UTF-16 are read as UTF-8 when checking grounding (score.py decodes them with Python's codecs).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::{json, Map, Value};
use unicode_general_category::{get_general_category, GeneralCategory as G};
use unicode_normalization::UnicodeNormalization;

const CORE: &[&str] = &[
    "title",
    "published",
    "dates",
    "event_dates",
    "parties",
    "periods",
    "awardees",
    "award_counts",
];
const EXTRA: &[&str] = &["event_types", "award_pairs", "people", "authors"];

// ---------------------------------------------------------------- Python value semantics

fn truthy(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => n.as_f64().is_some_and(|x| x != 0.0),
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(o)) => !o.is_empty(),
    }
}

/// Python's `str()` of a JSON value (strings, numbers, None, booleans; others as JSON).
fn py_str(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => "None".into(),
        Some(Value::Bool(true)) => "True".into(),
        Some(Value::Bool(false)) => "False".into(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => {
            if n.is_f64() {
                let x = n.as_f64().unwrap_or(0.0);
                if x.fract() == 0.0 && x.abs() < 1e16 {
                    format!("{x:.1}")
                } else {
                    x.to_string()
                }
            } else {
                n.to_string()
            }
        }
        Some(other) => other.to_string(),
    }
}

fn get<'a>(v: Option<&'a Value>, k: &str) -> Option<&'a Value> {
    v.and_then(|v| v.as_object()).and_then(|o| o.get(k))
}

/// `x or []` for a list field.
fn list(v: Option<&Value>) -> &[Value] {
    match v {
        Some(Value::Array(a)) => a,
        _ => &[],
    }
}

fn is_alnum(c: char) -> bool {
    matches!(
        get_general_category(c),
        G::UppercaseLetter
            | G::LowercaseLetter
            | G::TitlecaseLetter
            | G::ModifierLetter
            | G::OtherLetter
            | G::DecimalNumber
            | G::LetterNumber
            | G::OtherNumber
    )
}

/// score.py's `fold`: case, diacritics, đ and punctuation folded; words kept.
fn fold(v: Option<&Value>) -> String {
    let s = match v {
        None | Some(Value::Null) => return String::new(),
        other => py_str(other),
    };
    let s: String = s
        .nfd()
        .filter(|&c| get_general_category(c) != G::NonspacingMark)
        .map(|c| match c {
            'đ' | 'ð' => 'd',
            'Đ' | 'Ð' => 'D',
            c => c,
        })
        .collect();
    let s = s.to_lowercase();
    let s: String = s
        .chars()
        .map(|c| if is_alnum(c) { c } else { ' ' })
        .collect();
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn name_of(x: Option<&Value>) -> Option<&Value> {
    match x {
        Some(Value::Object(o)) => {
            let n = o.get("name");
            if truthy(n) {
                n
            } else {
                o.get("text")
            }
        }
        other => other,
    }
}

fn party_key(p: &Value) -> String {
    if let Value::Object(o) = p {
        let kind_ok = match o.get("kind") {
            None => true,
            Some(k) => k == "cooperative_alliance",
        };
        if truthy(o.get("province")) && kind_ok {
            return format!("alliance:{}", fold(o.get("province")));
        }
    }
    fold(name_of(Some(p)))
}

fn period_key(p: &Value) -> String {
    let Value::Object(o) = p else {
        return py_str(Some(p));
    };
    let start = match o.get("start") {
        None | Some(Value::Null) => String::new(),
        Some(Value::Number(n)) => match n.as_i64() {
            Some(i) => i.to_string(),
            None => (n.as_f64().unwrap_or(0.0).trunc() as i64).to_string(),
        },
        Some(Value::String(s)) => s
            .trim()
            .parse::<i64>()
            .map(|i| i.to_string())
            .unwrap_or_default(),
        Some(other) => other.to_string(),
    };
    format!("{start}-{}", py_str(o.get("end")))
}

fn date_value(d: &Value) -> Option<&Value> {
    match d {
        Value::Object(o) => o.get("value"),
        other => Some(other),
    }
}

fn published_value(p: Option<&Value>) -> Option<Value> {
    let v = match p {
        None | Some(Value::Null) => return None,
        Some(Value::Object(o)) => o.get("value"),
        other => other,
    };
    truthy(v).then(|| v.cloned()).flatten()
}

fn title_value(t: Option<&Value>) -> Option<String> {
    let v = match t {
        None | Some(Value::Null) => return None,
        Some(Value::Object(o)) => o.get("text"),
        other => other,
    };
    let f = fold(v);
    (!f.is_empty()).then_some(f)
}

type Aliases = HashMap<String, String>;

fn alias_map(gold: &Value) -> Aliases {
    let mut m = HashMap::new();
    for a in list(gold.get("awards")) {
        let key = fold(a.get("recipient"));
        for al in list(a.get("aliases")) {
            m.insert(fold(Some(al)), key.clone());
        }
    }
    for p in list(gold.get("parties")) {
        let key = party_key(p);
        for al in list(p.get("aliases")) {
            m.insert(fold(Some(al)), key.clone());
        }
    }
    m
}

fn alias<'a>(aliases: &'a Aliases, k: &'a str) -> &'a str {
    aliases.get(k).map(String::as_str).unwrap_or(k)
}

/// A key as its JSON text, so that tuples, strings and None compare as in Python.
fn k(v: Value) -> String {
    v.to_string()
}

fn keys(rec: &Value, field: &str, aliases: &Aliases) -> BTreeSet<String> {
    let r = Some(rec);
    let mut out = BTreeSet::new();
    match field {
        "dates" => {
            for d in list(get(r, "dates")) {
                let v = date_value(d);
                if truthy(v) {
                    out.insert(k(v.cloned().unwrap_or(Value::Null)));
                }
            }
        }
        "event_types" => {
            for e in list(get(r, "events")) {
                out.insert(k(get(Some(e), "type").cloned().unwrap_or(Value::Null)));
            }
        }
        "event_dates" => {
            for e in list(get(r, "events")) {
                let t = get(Some(e), "type").cloned().unwrap_or(Value::Null);
                let d = get(Some(e), "date").cloned().unwrap_or(Value::Null);
                out.insert(k(json!([t, d])));
            }
        }
        "parties" => {
            for p in list(get(r, "parties")) {
                let key = party_key(p);
                out.insert(k(json!(alias(aliases, &key))));
            }
        }
        "periods" => {
            for p in list(get(r, "periods")) {
                out.insert(k(json!(period_key(p))));
            }
        }
        "awardees" | "award_pairs" => {
            for a in list(get(r, "awards")) {
                let rf = fold(name_of(get(Some(a), "recipient")));
                let rr = alias(aliases, &rf).to_owned();
                if field == "awardees" {
                    out.insert(k(json!(rr)));
                } else {
                    out.insert(k(json!([fold(get(Some(a), "award")), rr])));
                }
            }
        }
        "award_counts" => {
            for c in list(get(r, "award_counts")) {
                let col = get(Some(c), "collectives").cloned().unwrap_or(Value::Null);
                let ind = get(Some(c), "individuals").cloned().unwrap_or(Value::Null);
                out.insert(k(json!([fold(get(Some(c), "award")), col, ind])));
            }
        }
        "people" | "authors" => {
            for p in list(get(r, field)) {
                out.insert(k(json!(fold(name_of(Some(p))))));
            }
        }
        "published" => {
            if let Some(v) = published_value(get(r, "published")) {
                out.insert(k(v));
            }
        }
        "title" => {
            if let Some(v) = title_value(get(r, "title")) {
                out.insert(k(json!(v)));
            }
        }
        other => panic!("unknown field {other}"),
    }
    out
}

// ---------------------------------------------------------------- grounding

fn spans<'a>(obj: &'a Value, out: &mut Vec<(&'a str, &'a [Value])>) {
    match obj {
        Value::Object(o) => {
            if let (Some(Value::Array(s)), Some(Value::String(t))) = (o.get("span"), o.get("text"))
            {
                if s.len() == 2 {
                    out.push((t, s));
                }
            }
            for (key, v) in o {
                if key != "source" {
                    spans(v, out);
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|v| spans(v, out)),
        _ => {}
    }
}

/// Python's `str.splitlines()`.
fn py_splitlines(s: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let brk = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if brk {
            lines.push(&s[start..i]);
            let mut next = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(j, '\n')) = it.peek() {
                    it.next();
                    next = j + 1;
                }
            }
            start = next;
        }
    }
    if start < s.len() {
        lines.push(&s[start..]);
    }
    lines
}

fn decode_strict(raw: &[u8], enc: &str) -> Option<String> {
    let utf16 = |le: bool| -> Option<String> {
        if raw.len() % 2 == 1 {
            return None;
        }
        let units = raw.chunks(2).map(|c| {
            if le {
                u16::from_le_bytes([c[0], c[1]])
            } else {
                u16::from_be_bytes([c[0], c[1]])
            }
        });
        char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .ok()
    };
    match enc.replace('_', "-").as_str() {
        "utf-8" | "utf8" | "u8" => String::from_utf8(raw.to_vec()).ok(),
        "utf-16le" | "utf-16-le" => utf16(true),
        "utf-16be" | "utf-16-be" => utf16(false),
        _ => None,
    }
}

fn source_text(rec: &Value, root: &Path) -> Option<String> {
    let src = rec.get("source").filter(|s| truthy(Some(s)));
    let path = get(src, "path").filter(|p| truthy(Some(p)))?;
    let path = py_str(Some(path));
    let full = if Path::new(&path).is_absolute() {
        PathBuf::from(&path)
    } else {
        root.join(&path)
    };
    let raw = std::fs::read(full).ok()?;
    let enc = get(src, "encoding")
        .filter(|e| truthy(Some(e)))
        .map(|e| py_str(Some(e)))
        .unwrap_or_else(|| "utf-8".into())
        .to_lowercase();
    let text =
        decode_strict(&raw, &enc).unwrap_or_else(|| String::from_utf8_lossy(&raw).into_owned());
    let text = text
        .strip_prefix('\u{FEFF}')
        .map(str::to_owned)
        .unwrap_or(text);
    let line = get(src, "line");
    if truthy(line) {
        let n = line?.as_i64()?;
        let lines = py_splitlines(&text);
        let idx = if n >= 1 {
            (n - 1) as usize
        } else {
            lines.len().checked_sub((1 - n) as usize)?
        };
        let v: Value = serde_json::from_str(lines.get(idx)?).ok()?;
        return v.get("text")?.as_str().map(str::to_owned);
    }
    Some(text)
}

fn grounded(text: &Option<Vec<char>>, t: &str, span: &[Value]) -> bool {
    let (Some(text), Some(s), Some(e)) = (text, span[0].as_i64(), span[1].as_i64()) else {
        return false;
    };
    if !(0 <= s && s <= e && e as usize <= text.len()) {
        return false;
    }
    text[s as usize..e as usize].iter().collect::<String>() == t
}

// ---------------------------------------------------------------- scoring

fn read_jsonl(text: &str, name: &str) -> Result<Vec<(String, Value)>, String> {
    let mut out: Vec<(String, Value)> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let rec: Value =
            serde_json::from_str(line).map_err(|e| format!("{name}:{}: not JSON: {e}", n + 1))?;
        let id = py_str(rec.get("id"));
        match index.get(&id) {
            Some(&i) => out[i].1 = rec,
            None => {
                index.insert(id.clone(), out.len());
                out.push((id, rec));
            }
        }
    }
    Ok(out)
}

fn prf(tp: usize, fp: usize, fn_: usize) -> (f64, f64, f64) {
    let p = if tp + fp > 0 {
        tp as f64 / (tp + fp) as f64
    } else {
        1.0
    };
    let r = if tp + fn_ > 0 {
        tp as f64 / (tp + fn_) as f64
    } else {
        1.0
    };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

/// Python's `round(x, 4)` (half to even on the exact binary value, as Rust's formatting).
fn round4(x: f64) -> f64 {
    format!("{x:.4}").parse().unwrap_or(x)
}

fn score(gold: &[(String, Value)], pred: &[(String, Value)], root: &Path) -> Value {
    let pred: HashMap<&str, &Value> = pred.iter().map(|(k, v)| (k.as_str(), v)).collect();
    let empty = Value::Object(Map::new());
    let mut counts: BTreeMap<&str, [usize; 3]> = BTreeMap::new();
    let mut errors = 0;
    for (gid, g) in gold {
        let p = pred.get(gid.as_str()).copied().unwrap_or(&empty);
        if p.get("error").is_some() || !truthy(Some(p)) {
            errors += 1;
        }
        let aliases = alias_map(g);
        for field in CORE.iter().chain(EXTRA) {
            let gk = keys(g, field, &aliases);
            let pk = keys(p, field, &aliases);
            let c = counts.entry(field).or_default();
            c[0] += gk.intersection(&pk).count();
            c[1] += pk.difference(&gk).count();
            c[2] += gk.difference(&pk).count();
        }
    }
    let (mut checked, mut ok) = (0usize, 0usize);
    for (gid, _) in gold {
        let Some(p) = pred.get(gid.as_str()).filter(|p| truthy(Some(p))) else {
            continue;
        };
        let text = source_text(p, root).map(|t| t.chars().collect::<Vec<char>>());
        let mut found = Vec::new();
        spans(p, &mut found);
        for (t, span) in found {
            checked += 1;
            if grounded(&text, t, span) {
                ok += 1;
            }
        }
    }
    let mut fields = Map::new();
    for field in CORE.iter().chain(EXTRA) {
        let [tp, fp, fn_] = counts[field];
        let (p, r, f) = prf(tp, fp, fn_);
        fields.insert(
            (*field).to_owned(),
            json!({"p": round4(p), "r": round4(r), "f1": round4(f), "tp": tp, "fp": fp, "fn": fn_}),
        );
    }
    let headline = CORE
        .iter()
        .map(|f| fields[*f]["f1"].as_f64().unwrap_or(0.0))
        .fold(0.0, |a, b| a + b)
        / CORE.len() as f64;
    json!({
        "articles": gold.len(),
        "missing_or_error": errors,
        "headline_f1": round4(headline),
        "fields": fields,
        "spans_checked": checked,
        "spans_grounded": ok,
        "grounding": if checked > 0 { json!(round4(ok as f64 / checked as f64)) } else { Value::Null },
    })
}

// ---------------------------------------------------------------- report

/// Today's date (UTC), `YYYY-MM-DD`.
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    // Civil from days (H. Hinnant's algorithm).
    let z = secs.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// One section of the report: a heading, what was scored, and the table.
fn markdown(heading: &str, what: &str, fig: &Value) -> String {
    let mut s = String::new();
    s.push_str(&format!("## {heading}\n\n"));
    s.push_str(&format!("{what} ({} articles)\n\n", fig["articles"]));
    s.push_str(&format!(
        "**Headline F1 (mean of the core fields): {:.3}**\n\n",
        fig["headline_f1"].as_f64().unwrap_or(0.0)
    ));
    s.push_str("| field | P | R | F1 | tp | fp | fn | headline |\n");
    s.push_str("|---|---:|---:|---:|---:|---:|---:|:---:|\n");
    for field in CORE.iter().chain(EXTRA) {
        let x = &fig["fields"][*field];
        let f = |k: &str| x[k].as_f64().unwrap_or(0.0);
        s.push_str(&format!(
            "| {field} | {:.3} | {:.3} | {:.3} | {} | {} | {} | {} |\n",
            f("p"),
            f("r"),
            f("f1"),
            x["tp"],
            x["fp"],
            x["fn"],
            if CORE.contains(field) { "yes" } else { "" }
        ));
    }
    s.push_str(&format!(
        "\nArticles missing or failed: {}. Spans grounded (`text == source[start:end]`): {}/{}.\n",
        fig["missing_or_error"], fig["spans_grounded"], fig["spans_checked"]
    ));
    s
}

/// Sections for the written sets in the repository (`eval/written/*/articles` with their
/// `gold.jsonl`): articles and gold annotated independently of the rules, kept to measure how
/// the rules carry over to unseen articles.
fn written_sections(crate_dir: &Path) -> Result<String, String> {
    let mut report = String::new();
    let written = crate_dir.join("eval/written");
    let mut sets: Vec<PathBuf> = std::fs::read_dir(&written)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    // Natural order: set2 … set9, set10.
    sets.sort_by_key(|p| {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let digits: String = name.chars().filter(char::is_ascii_digit).collect();
        (digits.parse::<u64>().unwrap_or(u64::MAX), name)
    });
    for set in sets {
        let (articles, gold_file) = (set.join("articles"), set.join("gold.jsonl"));
        if !articles.is_dir() || !gold_file.is_file() {
            continue;
        }
        let mut buf = Vec::new();
        htx_extract::batch::run(std::slice::from_ref(&articles), &mut buf)
            .map_err(|e| e.to_string())?;
        let gold_text = std::fs::read_to_string(&gold_file).map_err(|e| e.to_string())?;
        let fig = score(
            &read_jsonl(&gold_text, "gold")?,
            &read_jsonl(&String::from_utf8_lossy(&buf), "pred")?,
            Path::new("/"),
        );
        let name = set
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        eprintln!(
            "{name}: headline F1 {:.3}",
            fig["headline_f1"].as_f64().unwrap_or(0.0)
        );
        report.push_str(&markdown(
            &format!("Written set `{name}`"),
            &format!(
                "`eval/written/{name}/articles` scored against `eval/written/{name}/gold.jsonl`"
            ),
            &fig,
        ));
        report.push('\n');
    }
    Ok(report)
}

fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |f: &str| args.iter().any(|a| a == f);
    let value = |f: &str| {
        args.iter()
            .position(|a| a == f)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let eval = crate_dir.join("../shared/eval");
    let (dev, gold_path) = (eval.join("dev"), eval.join("dev.gold.jsonl"));
    if !gold_path.is_file() || (value("--pred").is_none() && !dev.is_dir()) {
        println!("no gold set at ../shared/eval (dev/ and dev.gold.jsonl): scoring the written sets only");
        if !flag("--no-write") {
            let report = format!(
                "# Accuracy\n\nGenerated by `cargo run --release --example accuracy` on {}: do not edit by hand.\n\n{}",
                today(),
                written_sections(crate_dir)?
            );
            std::fs::write(crate_dir.join("ACCURACY.md"), report).map_err(|e| e.to_string())?;
        }
        return Ok(());
    }
    let (pred_text, root) = match value("--pred") {
        Some(p) => (
            std::fs::read_to_string(&p).map_err(|e| format!("{p}: {e}"))?,
            PathBuf::from(value("--root").unwrap_or_else(|| ".".into())),
        ),
        None => {
            let mut buf = Vec::new();
            htx_extract::batch::run(std::slice::from_ref(&dev), &mut buf)
                .map_err(|e| e.to_string())?;
            // Source paths are absolute here, so the root does not matter.
            (
                String::from_utf8_lossy(&buf).into_owned(),
                PathBuf::from("/"),
            )
        }
    };
    let gold_text = std::fs::read_to_string(&gold_path).map_err(|e| e.to_string())?;
    let gold = read_jsonl(&gold_text, "gold")?;
    let pred = read_jsonl(&pred_text, "pred")?;
    let fig = score(&gold, &pred, &root);
    if flag("--json") {
        println!("{fig}");
    }
    if !flag("--no-write") {
        let mut report = format!(
            "# Accuracy\n\nGenerated by `cargo run --release --example accuracy` on {}: do not edit by hand. \
             Scores use the rules of `../shared/eval/score.py` (ported to Rust in `examples/accuracy.rs`); \
             the headline is the mean F1 of the core fields.\n\n",
            today()
        );
        report.push_str(&markdown(
            "Development set",
            "`../shared/eval/dev` scored against `../shared/eval/dev.gold.jsonl`, the hand-checked \
             gold of the real articles the rules were written against",
            &fig,
        ));
        eprintln!(
            "dev: headline F1 {:.3}",
            fig["headline_f1"].as_f64().unwrap_or(0.0)
        );
        report.push('\n');
        report.push_str(&written_sections(crate_dir)?);
        let out = crate_dir.join("ACCURACY.md");
        std::fs::write(&out, report).map_err(|e| e.to_string())?;
        eprintln!("wrote {}", out.display());
    }
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("accuracy: {e}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold_str(s: &str) -> String {
        fold(Some(&Value::String(s.to_owned())))
    }

    #[test]
    fn ok_fold_like_score_py() {
        assert_eq!(
            fold_str("Liên minh HTX tỉnh Đăk Nông"),
            "lien minh htx tinh dak nong"
        );
        assert_eq!(fold_str("Đắk  Nông!"), "dak nong");
        assert_eq!(fold(None), "");
    }

    #[test]
    fn ok_splitlines_like_python() {
        assert_eq!(py_splitlines("a\r\nb\rc\u{2028}d\n"), ["a", "b", "c", "d"]);
        assert_eq!(py_splitlines("a\n\nb"), ["a", "", "b"]);
    }
}

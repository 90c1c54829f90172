//! Legacy encodings through the command line: an HTML page in raw TCVN3 (ABC) bytes declared
//! windows-1252, and a VIQR plain-text article (`tests/data/legacy/`, written by
//! `scripts/gen_legacy_test_inputs.py`). Both are repaired with warning `decode_repaired`, give
//! the facts of the Vietnamese text, and every span grounds in the file as decoded.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

mod common;
use common::check_grounding;

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/legacy")
        .join(name)
}

fn extract_one(path: &Path) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_htx-extract"))
        .arg("extract")
        .arg(path)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 1);
    serde_json::from_str(lines[0]).unwrap()
}

fn names(r: &Value, field: &str, key: &str) -> Vec<String> {
    r[field]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x[key].as_str().unwrap_or_default().to_owned())
        .collect()
}

/// The facts of the article, the same whatever the encoding.
fn check_facts(r: &Value) {
    assert_eq!(r["warnings"][0]["code"], "decode_repaired");
    assert_eq!(r["warnings"].as_array().unwrap().len(), 1);
    assert_eq!(names(r, "dates", "value"), ["2023-03-15"]);
    assert_eq!(names(r, "events", "type"), ["signing"]);
    assert_eq!(names(r, "parties", "province"), ["Đắk Nông", "Bình Phước"]);
    assert_eq!(r["periods"][0]["start"], 2023);
    assert_eq!(r["periods"][0]["end"], 2025);
    assert_eq!(names(r, "people", "name"), ["Trần Văn Minh"]);
    assert_eq!(
        r["people"][0]["title"],
        "Chủ tịch Liên minh Hợp tác xã tỉnh Đắk Nông"
    );
    assert_eq!(names(r, "authors", "name"), ["Lê Hoàng Nam"]);
}

#[test]
fn legacy_tcvn3_html_page_is_repaired_and_grounded_in_the_page() {
    let path = data("tcvn3_page.html");
    let bytes = std::fs::read(&path).unwrap();
    let r = extract_one(&path);
    assert_eq!(r["source"]["encoding"], "latin-1");
    assert_eq!(r["source"]["format"], "html");
    check_facts(&r);
    assert!(r["warnings"][0]["message"]
        .as_str()
        .unwrap()
        .contains("tcvn3"));
    // Python's bytes.decode("latin-1"): one character per byte.
    let source: Vec<char> = bytes.iter().map(|&b| b as char).collect();
    assert!(check_grounding(&r, &source) >= 8);
    assert_eq!(r["parties"][0]["text"], "§¾k N«ng");
    assert_eq!(r["people"][0]["text"], "TrÇn V¨n Minh");
}

#[test]
fn legacy_viqr_text_is_repaired_and_grounded_in_the_ascii() {
    let path = data("viqr_article.txt");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.is_ascii());
    let r = extract_one(&path);
    assert_eq!(r["source"]["encoding"], "utf-8");
    assert_eq!(r["source"]["format"], "text");
    check_facts(&r);
    assert!(r["warnings"][0]["message"]
        .as_str()
        .unwrap()
        .contains("viqr"));
    let source: Vec<char> = text.chars().collect();
    assert!(check_grounding(&r, &source) >= 8);
    assert_eq!(r["parties"][0]["text"], "DDa('k No^ng");
    assert_eq!(r["periods"][0]["text"], "giai ddoa.n 2023 - 2025");
}

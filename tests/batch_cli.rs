//! The `extract` command over many inputs (issue 4, "Nightly batch at scale"): one record or
//! error record per input, order independent of `--jobs`, error records for every kind of
//! bad input, exit codes, atomic output, manifest skipping, JSON Lines, HTML grounding and
//! legacy decodings.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

mod common;
use common::check_grounding;

const BIN: &str = env!("CARGO_BIN_EXE_htx-extract");

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

fn seed(n: usize) -> String {
    let mut v: Vec<_> = std::fs::read_dir(corpus())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    v.sort();
    std::fs::read_to_string(&v[n]).unwrap()
}

fn extract(args: &[&str]) -> Output {
    Command::new(BIN)
        .arg("extract")
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("runs")
}

fn records(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

fn error_code(r: &Value) -> Option<&str> {
    r.get("error")
        .and_then(|e| e.get("code"))
        .and_then(Value::as_str)
}

fn warning_codes(r: &Value) -> Vec<String> {
    r["warnings"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|w| w["code"].as_str().unwrap().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

/// A folder with every kind of input, good and bad.
fn mixed_folder() -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    let p = d.path();
    for i in 0..5 {
        std::fs::write(p.join(format!("a{i}.txt")), seed(i)).unwrap();
    }
    std::fs::write(p.join("empty.txt"), "").unwrap();
    std::fs::write(p.join("binary.txt"), b"\x00\x01\x02\x03PK\x00\x00").unwrap();
    // A file cut in the middle of its last multi-byte character.
    let s = seed(1);
    let (at, c) = s.char_indices().rev().find(|(_, c)| !c.is_ascii()).unwrap();
    let truncated = &s.as_bytes()[..at + c.len_utf8() - 1];
    std::fs::write(p.join("truncated.txt"), truncated).unwrap();
    let dump = format!(
        "{}\n{{broken\n{}\n",
        serde_json::json!({"id": "j1", "text": seed(0), "published": "2023-03-31"}),
        serde_json::json!({"text": seed(2)})
    );
    std::fs::write(p.join("dump.jsonl"), dump).unwrap();
    std::fs::write(
        p.join("page.html"),
        format!(
            "<html><body><p>{}</p></body></html>",
            seed(3).replace('\n', "</p><p>")
        ),
    )
    .unwrap();
    d
}

#[test]
fn batch_count_equals_inputs_and_order_is_independent_of_jobs() {
    let d = mixed_folder();
    let dir = d.path().to_str().unwrap();
    let one = extract(&[dir, "--jobs", "1"]);
    let two = extract(&[dir, "--jobs", "2"]);
    let four = extract(&[dir, "--jobs", "4"]);
    assert_eq!(one.stdout, two.stdout);
    assert_eq!(one.stdout, four.stdout);
    let recs = records(&one);
    // 5 texts + empty + binary + truncated + 3 dump lines + 1 page
    assert_eq!(recs.len(), 12);
    let stderr = String::from_utf8_lossy(&one.stderr);
    assert!(
        stderr.contains("12 articles: 9 records, 3 errors"),
        "{stderr}"
    );
    assert!(stderr.contains("binary 1, empty 1, json 1"), "{stderr}");
    // Sorted by path, then line.
    let ids: Vec<&str> = recs.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "a0",
            "a1",
            "a2",
            "a3",
            "a4",
            "binary",
            "j1",
            "dump:2",
            "dump:3",
            "empty",
            "page",
            "truncated"
        ]
    );
    assert_eq!(one.status.code(), Some(1));
}

#[test]
fn batch_error_records_for_each_bad_input() {
    let d = mixed_folder();
    let out = extract(&[d.path().to_str().unwrap(), "--jobs", "2"]);
    let recs = records(&out);
    let by_id = |id: &str| recs.iter().find(|r| r["id"] == id).unwrap().clone();
    assert_eq!(error_code(&by_id("empty")), Some("empty"));
    assert_eq!(error_code(&by_id("binary")), Some("binary"));
    assert_eq!(error_code(&by_id("dump:2")), Some("json"));
    assert_eq!(by_id("dump:2")["source"]["line"], 2);
    let t = by_id("truncated");
    assert_eq!(error_code(&t), None);
    assert!(warning_codes(&t).contains(&"invalid_utf8".to_owned()));
}

#[test]
fn batch_huge_single_line_file_is_too_large() {
    let d = tempfile::tempdir().unwrap();
    let big = d.path().join("big.txt");
    let line = "Hợp tác xã ".repeat(50 * 1024 * 1024 / 14);
    std::fs::write(&big, &line).unwrap();
    let size = std::fs::metadata(&big).unwrap().len();
    assert!(size >= 50_000_000);
    std::fs::write(
        d.path().join("dump.jsonl"),
        format!(
            "{}\n{{\"text\":\"ok\"}}\n",
            serde_json::json!({"text": line})
        ),
    )
    .unwrap();
    std::fs::write(d.path().join("small.txt"), seed(0)).unwrap();
    let out = extract(&[d.path().to_str().unwrap()]);
    let recs = records(&out);
    assert_eq!(recs.len(), 4);
    assert_eq!(error_code(&recs[0]), Some("too_large"));
    assert_eq!(recs[0]["source"]["bytes"].as_u64(), Some(size));
    assert_eq!(error_code(&recs[1]), Some("too_large"));
    assert_eq!(recs[1]["source"]["line"], 1);
    assert_eq!(error_code(&recs[2]), None);
    assert_eq!(error_code(&recs[3]), None);
    assert_eq!(out.status.code(), Some(1));
    // A smaller limit applies to every article.
    let out = extract(&[
        d.path().join("small.txt").to_str().unwrap(),
        "--max-bytes",
        "100",
    ]);
    assert_eq!(error_code(&records(&out)[0]), Some("too_large"));
}

#[cfg(unix)]
#[test]
fn batch_unreadable_symlink_loop_and_non_utf8_name() {
    use std::os::unix::ffi::OsStrExt;
    let d = tempfile::tempdir().unwrap();
    let p = d.path();
    std::fs::write(p.join("ok.txt"), seed(0)).unwrap();
    std::os::unix::fs::symlink(p, p.join("loop")).unwrap();
    std::os::unix::fs::symlink(p.join("missing.txt"), p.join("dangling.txt")).unwrap();
    let bad_name = p.join(std::ffi::OsStr::from_bytes(b"bad\xFFname.txt"));
    std::fs::write(&bad_name, seed(1)).unwrap();
    let locked = p.join("locked.txt");
    std::fs::write(&locked, seed(2)).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let root = std::fs::read(&locked).is_ok(); // root reads anything
    let out = extract(&[p.to_str().unwrap()]);
    let recs = records(&out);
    assert_eq!(recs.len(), 5, "{recs:#?}");
    let by_id = |id: &str| {
        recs.iter()
            .find(|r| r["id"].as_str().unwrap().starts_with(id))
            .unwrap()
    };
    assert_eq!(error_code(by_id("dangling")), Some("io"));
    assert_eq!(error_code(by_id("loop")), Some("io"));
    assert!(by_id("loop")["error"]["message"]
        .as_str()
        .unwrap()
        .contains("loop"));
    let bad = by_id("bad");
    assert_eq!(error_code(bad), None);
    assert!(warning_codes(bad).contains(&"path_not_utf8".to_owned()));
    if !root {
        assert_eq!(error_code(by_id("locked")), Some("io"));
    }
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn batch_exit_codes() {
    let ok = extract(&[corpus().to_str().unwrap()]);
    assert_eq!(ok.status.code(), Some(0));
    assert_eq!(records(&ok).len(), 5);
    let d = tempfile::tempdir().unwrap();
    std::fs::write(d.path().join("e.txt"), "").unwrap();
    let some = extract(&[corpus().to_str().unwrap(), d.path().to_str().unwrap()]);
    assert_eq!(some.status.code(), Some(1));
    assert_eq!(records(&some).len(), 6);
    assert_eq!(extract(&[]).status.code(), Some(2));
    assert_eq!(extract(&["x", "--bogus"]).status.code(), Some(2));
    assert_eq!(
        extract(&["-", "--stdin-format", "pdf"]).status.code(),
        Some(2)
    );
    let missing = extract(&[d.path().join("nope.txt").to_str().unwrap()]);
    assert_eq!(missing.status.code(), Some(1));
    assert_eq!(error_code(&records(&missing)[0]), Some("io"));
}

#[test]
fn batch_output_is_atomic() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("records.jsonl");
    std::fs::write(&out, "OLD\n").unwrap();
    // An interrupted run (killed while waiting on standard input) leaves the old file.
    let mut child = Command::new(BIN)
        .args(["extract", corpus().to_str().unwrap(), "-", "--output"])
        .arg(&out)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "OLD\n");
    // A finished run replaces it.
    let done = extract(&[
        corpus().to_str().unwrap(),
        "--output",
        out.to_str().unwrap(),
    ]);
    assert_eq!(done.status.code(), Some(0));
    assert!(done.stdout.is_empty());
    let text = std::fs::read_to_string(&out).unwrap();
    assert_eq!(text.lines().count(), 5);
}

/// `--output` to a FIFO or device is written in place, never renamed over (a rename would
/// replace `/dev/null` with a regular file).
#[cfg(unix)]
#[test]
fn batch_output_to_a_fifo_is_written_in_place() {
    use std::os::unix::fs::FileTypeExt;
    let d = tempfile::tempdir().unwrap();
    let fifo = d.path().join("pipe");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        return; // no mkfifo here
    }
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    let out = extract(&[
        corpus().to_str().unwrap(),
        "--output",
        fifo.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(reader.join().unwrap().lines().count(), 5);
    assert!(std::fs::symlink_metadata(&fifo)
        .unwrap()
        .file_type()
        .is_fifo());
}

#[cfg(unix)]
#[test]
fn batch_output_through_a_symlink_replaces_the_target() {
    let d = tempfile::tempdir().unwrap();
    let real = d.path().join("real.jsonl");
    std::fs::write(&real, "OLD\n").unwrap();
    let link = d.path().join("link.jsonl");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let out = extract(&[
        corpus().to_str().unwrap(),
        "--output",
        link.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert_eq!(std::fs::read_to_string(&real).unwrap().lines().count(), 5);
}

#[test]
fn batch_manifest_skips_known_articles() {
    let d = tempfile::tempdir().unwrap();
    let input = d.path().join("in");
    std::fs::create_dir(&input).unwrap();
    for i in 0..5 {
        std::fs::write(input.join(format!("a{i}.txt")), seed(i)).unwrap();
    }
    std::fs::write(
        input.join("d.jsonl"),
        format!("{}\n", serde_json::json!({"text": seed(0), "id": "x"})),
    )
    .unwrap();
    let m = d.path().join("manifest.tsv");
    let args = [
        input.to_str().unwrap(),
        "--since-manifest",
        m.to_str().unwrap(),
    ];
    let first = extract(&args);
    assert_eq!(records(&first).len(), 6);
    let manifest = std::fs::read_to_string(&m).unwrap();
    assert!(manifest.starts_with("# htx-extract manifest 1\n"));
    assert_eq!(manifest.lines().count(), 7);
    assert!(manifest.lines().any(|l| l.ends_with("d.jsonl\t1")));
    // Unchanged corpus: no work, nothing written, every article skipped.
    let second = extract(&args);
    assert_eq!(second.status.code(), Some(0));
    assert!(second.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert!(
        stderr.contains("0 records, 0 errors, 6 skipped"),
        "{stderr}"
    );
    assert_eq!(std::fs::read_to_string(&m).unwrap(), manifest);
    // One changed file: one record.
    std::fs::write(input.join("a2.txt"), format!("{}\nThêm một dòng.", seed(2))).unwrap();
    let third = extract(&args);
    let recs = records(&third);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["id"], "a2");
}

#[test]
fn batch_jsonl_ids_lines_and_published() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("news.jsonl");
    let lines = [
        serde_json::json!({"id": "art-1", "text": "Ngày 5/6, Liên minh HTX tỉnh ký kết chương trình.", "published": "2023-07-01T08:00:00+07:00", "url": "https://example.invalid/1"}),
        serde_json::json!({"text": "Sáng 12/3/2022, hội nghị tổng kết."}),
    ];
    std::fs::write(&p, format!("{}\n\n{}\n", lines[0], lines[1])).unwrap();
    let out = extract(&[p.to_str().unwrap()]);
    let recs = records(&out);
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0]["id"], "art-1");
    assert_eq!(recs[0]["source"]["line"], 1);
    assert_eq!(recs[0]["source"]["format"], "jsonl");
    assert_eq!(recs[1]["id"], "news:3");
    assert_eq!(recs[1]["source"]["line"], 3);
    // Spans index the text field.
    for (r, l) in recs.iter().zip(&lines) {
        let chars: Vec<char> = l["text"].as_str().unwrap().chars().collect();
        check_grounding(r, &chars);
    }
    // The published field gives the year of a year-less date.
    let dates = recs[0]["dates"].as_array().unwrap();
    assert!(
        dates
            .iter()
            .any(|d| d["value"].as_str().unwrap().starts_with("2023-06-05")),
        "{dates:?}"
    );
    // Standard input as JSON Lines.
    let mut child = Command::new(BIN)
        .args(["extract", "-", "--stdin-format", "jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{}\n{}\n", lines[0], lines[1]).as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let recs = records(&out);
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[1]["id"], "stdin:2");
}

#[test]
fn batch_html_spans_index_the_source_file() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("page.html");
    let s = seed(1);
    let mut body = String::new();
    for l in s.lines() {
        body.push_str("<p>\n   ");
        body.push_str(
            &l.replace('&', "&amp;")
                .replace("Hợp", "H&#7907;p")
                .replace(' ', "&nbsp;"),
        );
        body.push_str("\n</p>\n");
    }
    let html = format!(
        "<!DOCTYPE html><html><head><title>Báo</title><style>p{{x:1}}</style></head>\
         <body><nav>Trang chủ | Tin mới</nav><article>{body}</article>\
         <aside>Tin liên quan 1/1/2020</aside><footer>Bản quyền 2024</footer></body></html>"
    );
    std::fs::write(&p, &html).unwrap();
    let out = extract(&[p.to_str().unwrap()]);
    let recs = records(&out);
    assert_eq!(recs[0]["source"]["format"], "html");
    let chars: Vec<char> = html.chars().collect();
    let n = check_grounding(&recs[0], &chars);
    assert!(n >= 3, "too few grounded items: {n}");
    assert!(!recs[0]["dates"].as_array().unwrap().is_empty());
    // Nothing from the navigation, aside or footer.
    assert!(!recs[0]["dates"].to_string().contains("2020-01-01"));
}

#[test]
fn batch_html_headline_from_the_page_title() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("page.html");
    let headline = "Liên minh HTX tỉnh Hà Tĩnh ký kết chương trình phối hợp với Hội Nông dân tỉnh";
    let html = format!(
        "<!DOCTYPE html><html><head><title>{headline} - Báo Hà Tĩnh</title></head><body>\
         <div class=\"masthead\"><span>Cơ quan của Đảng bộ tỉnh Hà Tĩnh</span> <span>Hotline: 0912 345 678</span></div>\
         <h1>{headline}</h1><div class=\"meta\">Thu Phương</div><div class=\"time\">18/06/2024 06:45</div>\
         <p>Sáng 17/6, Liên minh HTX tỉnh Hà Tĩnh và Hội Nông dân tỉnh ký kết chương trình phối hợp giai đoạn 2024 - 2028.</p>\
         </body></html>"
    );
    std::fs::write(&p, &html).unwrap();
    let recs = records(&extract(&[p.to_str().unwrap()]));
    assert_eq!(recs[0]["title"]["text"], headline);
    assert_eq!(recs[0]["published"]["value"], "2024-06-18T06:45");
    assert_eq!(recs[0]["authors"][0]["name"], "Thu Phương");
    // The page's own title travels with the source, as the page gives it.
    assert_eq!(
        recs[0]["source"]["title"],
        format!("{headline} - Báo Hà Tĩnh")
    );
    let chars: Vec<char> = html.chars().collect();
    check_grounding(&recs[0], &chars);
}

fn utf16le(s: &str) -> Vec<u8> {
    let mut v = vec![0xFF, 0xFE];
    for u in s.encode_utf16() {
        v.extend(u.to_le_bytes());
    }
    v
}

fn cp1258(text: &str) -> Vec<u8> {
    use unicode_normalization::UnicodeNormalization;
    let mut s = String::new();
    for c in text.chars() {
        let d: String = c.to_string().nfd().collect();
        let is_tone =
            |c: &char| matches!(c, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}');
        let base: String = d
            .chars()
            .filter(|c| !is_tone(c))
            .collect::<String>()
            .nfc()
            .collect();
        s.push_str(&base);
        s.extend(d.chars().filter(is_tone));
    }
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1258.encode(&s);
    assert!(!unmappable);
    bytes.into_owned()
}

#[test]
fn batch_utf16_and_cp1258_are_decoded_and_grounded() {
    let d = tempfile::tempdir().unwrap();
    let s = seed(1);
    std::fs::write(d.path().join("u16.txt"), utf16le(&s)).unwrap();
    let legacy = cp1258(&s);
    std::fs::write(d.path().join("win.txt"), &legacy).unwrap();
    let out = extract(&[d.path().to_str().unwrap()]);
    let recs = records(&out);
    assert_eq!(recs.len(), 2);
    let (u16r, winr) = (&recs[0], &recs[1]);
    assert_eq!(u16r["source"]["encoding"], "utf-16le");
    let chars: Vec<char> = s.chars().collect();
    assert!(check_grounding(u16r, &chars) > 0);
    assert_eq!(winr["source"]["encoding"], "windows-1258");
    let decoded = encoding_rs::WINDOWS_1258
        .decode_without_bom_handling(&legacy)
        .0;
    let chars: Vec<char> = decoded.chars().collect();
    assert!(check_grounding(winr, &chars) > 0);
    // Same facts, whatever the encoding (values are NFC).
    assert_eq!(
        u16r["dates"].as_array().unwrap().len(),
        winr["dates"].as_array().unwrap().len()
    );
    assert_eq!(u16r["dates"][0]["value"], winr["dates"][0]["value"]);
}

#[test]
fn batch_tcvn3_text_is_repaired_with_spans_on_the_source() {
    let d = tempfile::tempdir().unwrap();
    let moji = "Ngµy 30/9/2022, Liªn minh Hîp t¸c x· tØnh §¾k N«ng ký kÕt ch\u{AD}¬ng tr×nh phèi hîp giai ®o¹n 2022-2025.";
    std::fs::write(d.path().join("t.txt"), moji).unwrap();
    let out = extract(&[d.path().to_str().unwrap()]);
    let r = &records(&out)[0];
    assert!(warning_codes(r).contains(&"decode_repaired".to_owned()));
    assert_eq!(r["source"]["encoding"], "utf-8");
    let chars: Vec<char> = moji.chars().collect();
    assert!(check_grounding(r, &chars) > 0);
    assert_eq!(r["dates"][0]["value"], "2022-09-30");
}

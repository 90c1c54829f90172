//! `htx-extract check DIR [--bless]` end to end (issue 5, "CI regression on fixture articles").
//!
//! The articles in `tests/data/check/` have no committed expected records: this test copies
//! them to a temporary folder, blesses them, changes an expected record on purpose and checks
//! that the difference is reported, then blesses again.

use std::path::{Path, PathBuf};
use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_htx-extract"))
}

fn fresh_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/check");
    for entry in std::fs::read_dir(data).unwrap() {
        let p = entry.unwrap().path();
        if p.extension().is_some_and(|e| e == "txt") {
            std::fs::copy(&p, dir.join(p.file_name().unwrap())).unwrap();
        }
    }
    dir
}

fn run(args: &[&str]) -> (i32, String) {
    let out = bin().args(args).output().unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code().unwrap_or(-1), text)
}

#[test]
fn ok_check_reports_a_changed_expected_record_then_bless_fixes_it() {
    let dir = fresh_dir("research_check_cli");
    let d = dir.to_str().unwrap();

    // No expected records yet: a failure that says so.
    let (code, out) = run(&["check", d]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("signing.txt: no expected record"), "{out}");

    // Bless creates them; then everything matches.
    let (code, out) = run(&["check", d, "--bless"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("created"), "{out}");
    let (code, out) = run(&["check", d]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("2 inputs, 2 match"), "{out}");

    // The expected record stores the path relative to the folder.
    let expected_path = dir.join("signing.expected.json");
    let mut expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&expected_path).unwrap()).unwrap();
    assert_eq!(expected["source"]["path"], "signing.txt");

    // Change it on purpose: another id, and a date the program does not find.
    let text = std::fs::read_to_string(dir.join("signing.txt")).unwrap();
    let byte = text.find("30 tháng 9").unwrap();
    let start = text[..byte].chars().count();
    expected["id"] = "changed-id".into();
    expected["dates"].as_array_mut().unwrap().insert(
        0,
        serde_json::json!({
            "value": "1999-09-30", "role": "event", "part_of_day": null, "year_inferred": false,
            "text": "30 tháng 9", "span": [start, start + 10]
        }),
    );
    std::fs::write(
        &expected_path,
        serde_json::to_string_pretty(&expected).unwrap(),
    )
    .unwrap();

    let (code, out) = run(&["check", d]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("signing.txt: 2 differences"), "{out}");
    assert!(
        out.contains("  id:\n    expected: \"changed-id\"\n    got:      \"signing\"\n"),
        "{out}"
    );
    assert!(
        out.contains("  dates[0]: missing\n    expected: {"),
        "{out}"
    );
    assert!(out.contains("\"value\":\"1999-09-30\""), "{out}");
    assert!(
        out.contains(&format!("    source [{start}, {}): …", start + 10)),
        "{out}"
    );
    assert!(
        out.contains("Ngày ⟦30 tháng 9⟧ năm 2022, tại Hội trường"),
        "{out}"
    );
    assert!(out.contains("1 differ or lack an expected record"), "{out}");
    eprintln!("{out}");

    let (code, out) = run(&["check", d, "--bless"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("wrote"), "{out}");
    let (code, out) = run(&["check", d]);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn err_check_of_a_missing_folder_is_a_usage_error() {
    let (code, out) = run(&["check", "/nonexistent/htx-extract-check"]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("cannot check"), "{out}");
}

//! The command line as a user runs it: `normalize`, usage errors, and the exit status of
//! `extract` on good and bad inputs.

use std::io::Write;
use std::process::{Command, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_htx-extract"))
}

fn run_with_stdin(args: &[&str], input: &[u8]) -> std::process::Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("write");
    child.wait_with_output().expect("wait")
}

#[test]
fn ok_normalize_composes_retones_and_folds_spaces() {
    let out = run_with_stdin(
        &["normalize"],
        "Thanh Hoa\u{0301}\u{00A0}\u{00A0}hoà\r\n2020 – 2025".as_bytes(),
    );
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "Thanh Hóa hòa\n2020 - 2025"
    );
}

#[test]
fn ok_normalize_expand_spells_out_abbreviations() {
    let out = run_with_stdin(
        &["normalize", "--expand"],
        "Liên minh HTX tỉnh và UBND TP.HCM".as_bytes(),
    );
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "Liên minh Hợp tác xã tỉnh và Ủy ban nhân dân Thành phố Hồ Chí Minh"
    );
}

#[test]
fn err_bad_usage_exits_2() {
    let out = bin().arg("frobnicate").output().expect("run");
    assert_eq!(out.status.code(), Some(2));
    let out = bin().arg("extract").output().expect("run");
    assert_eq!(out.status.code(), Some(2), "extract needs a path");
}

#[test]
fn ok_extract_from_stdin_gives_one_grounded_record() {
    let text = "Ngày 30 tháng 9 năm 2022, Liên minh HTX hai tỉnh Đăk Nông và Bình Phước ký kết chương trình hợp tác.";
    let out = run_with_stdin(&["extract", "-"], text.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    let rec: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON line");
    assert_eq!(rec["dates"][0]["value"], "2022-09-30");
    let chars: Vec<char> = text.chars().collect();
    let span = &rec["parties"][1]["span"];
    let (a, b) = (
        span[0].as_u64().unwrap() as usize,
        span[1].as_u64().unwrap() as usize,
    );
    assert_eq!(
        chars[a..b].iter().collect::<String>(),
        rec["parties"][1]["text"].as_str().unwrap()
    );
}

#[test]
fn err_empty_input_gives_an_error_record_and_exit_1() {
    let out = run_with_stdin(&["extract", "-"], b"");
    assert_eq!(out.status.code(), Some(1));
    let rec: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON line");
    assert_eq!(rec["error"]["code"], "empty");
    assert!(!out.stderr.is_empty(), "the failure is reported on stderr");
}

//! Golden test over the project's `fixtures/`: every article there (`NAME.txt`, `.html`,
//! `.jsonl`) must have a `NAME.expected.json` beside it, and the program's record must equal
//! it field by field. The comparison is `htx_extract::check`, the same as `htx-extract check`.
//!
//! After a deliberate change in extraction, rewrite the expected records with
//! `cargo run -- check fixtures --bless`, then review the diff (`git diff fixtures/`) before
//! committing: blessed records are reviewed, never hand-edited.

use std::path::Path;

#[test]
fn golden_fixtures_match_their_expected_records() {
    // Relative when run from the package root (as `cargo test` does), so that the report
    // names `fixtures/...`.
    let dir = if Path::new("fixtures").is_dir() {
        Path::new("fixtures").to_path_buf()
    } else {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
    };
    if !dir.is_dir() {
        eprintln!("no fixtures/ folder: nothing to check");
        return;
    }
    let report = htx_extract::check::check_dir(&dir, false).expect("cannot check fixtures/");
    let missing = report
        .articles
        .iter()
        .filter(|a| matches!(a.outcome, htx_extract::check::Outcome::NoExpected))
        .count();
    assert!(
        report.ok(),
        "\n{}\n{}",
        report.render(),
        if missing > 0 {
            format!(
                "{missing} fixture(s) have no expected record: run `cargo run -- check fixtures --bless` \
                 and review the new fixtures/*.expected.json before committing."
            )
        } else {
            "If the change is intended: `cargo run -- check fixtures --bless`, then review `git diff fixtures/`."
                .to_owned()
        }
    );
}

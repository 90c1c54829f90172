//! `htx-extract export RECORDS.jsonl --csv DIR` and `htx-extract stats` on records the program
//! wrote (issue 5, "Flat exports for spreadsheet users", "stats").

use std::path::Path;
use std::process::Command;

use htx_extract::record::Output;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_htx-extract"))
}

#[test]
fn ok_export_writes_one_csv_per_fact_kind_matching_the_records() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("research_export");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let records = dir.join("records.jsonl");
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/check");
    let st = bin()
        .arg("extract")
        .arg(&data)
        .arg("-o")
        .arg(&records)
        .status()
        .unwrap();
    assert!(st.success());
    let out = bin()
        .arg("export")
        .arg(&records)
        .arg("--csv")
        .arg(dir.join("csv"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let outputs = htx_extract::review::read_outputs(&records).unwrap();
    for kind in htx_extract::export::files() {
        let path = dir.join("csv").join(format!("{kind}.csv"));
        let mut r = csv::Reader::from_path(&path).unwrap();
        let header: Vec<String> = r.headers().unwrap().iter().map(str::to_owned).collect();
        assert_eq!(header[0], "id", "{kind}");
        let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
        let expected: Vec<Vec<String>> = outputs
            .iter()
            .flat_map(|o| htx_extract::export::rows(kind, o))
            .collect();
        assert_eq!(rows.len(), expected.len(), "{kind}");
        for (row, exp) in rows.iter().zip(&expected) {
            assert_eq!(row.iter().collect::<Vec<_>>(), *exp, "{kind}");
        }
        if kind != "articles" {
            assert_eq!(
                &header[header.len() - 3..],
                ["span_start", "span_end", "text"],
                "{kind}"
            );
        }
    }
    // Every date of every record is a row of dates.csv, with its span.
    let n_dates: usize = outputs
        .iter()
        .map(|o| match o {
            Output::Record(r) => r.dates.len(),
            Output::Error(_) => 0,
        })
        .sum();
    let dates = std::fs::read_to_string(dir.join("csv/dates.csv")).unwrap();
    assert_eq!(dates.lines().count(), n_dates + 1);

    // stats reads the same file, as tables and as JSON.
    let out = bin().arg("stats").arg(&records).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("records 2, errors 0"), "{text}");
    assert!(text.contains("coverage (records with ≥1 item)"), "{text}");
    let out = bin()
        .arg("stats")
        .arg(&records)
        .arg("--json")
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["records"], 2);
    assert_eq!(json["coverage"]["dates"]["items"], n_dates);
}

//! A panic inside one article's extraction becomes that article's error record (code
//! `panic`); the other articles of the run are still extracted (issue 4).

use htx_extract::batch::{run_with, Options};
use htx_extract::input::Article;
use htx_extract::Record;

fn panics_on_b(a: &Article) -> Record {
    if a.id == "b" || a.id == "d:2" {
        panic!("boom in {}", a.id);
    }
    htx_extract::extract(a)
}

#[test]
fn batch_panic_becomes_error_record() {
    let d = tempfile::tempdir().unwrap();
    for (n, t) in [
        ("a", "Ngày 1/2/2023"),
        ("b", "Ngày 2/2/2023"),
        ("c", "Ngày 3/2/2023"),
    ] {
        std::fs::write(d.path().join(format!("{n}.txt")), t).unwrap();
    }
    std::fs::write(
        d.path().join("d.jsonl"),
        "{\"text\":\"x\"}\n{\"text\":\"y\"}\n{\"text\":\"z\"}\n",
    )
    .unwrap();
    let opts = Options {
        jobs: 2,
        extractor: panics_on_b,
        ..Options::default()
    };
    let mut out = Vec::new();
    let s = run_with(&[d.path().to_path_buf()], &mut out, &opts, None, None).unwrap();
    assert_eq!((s.inputs, s.records, s.errors), (6, 4, 2));
    assert_eq!(s.errors_by_code.get("panic"), Some(&2));
    let lines: Vec<serde_json::Value> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids: Vec<&str> = lines.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["a", "b", "c", "d:1", "d:2", "d:3"]);
    assert_eq!(lines[1]["error"]["code"], "panic");
    assert!(lines[1]["error"]["message"]
        .as_str()
        .unwrap()
        .contains("boom in b"));
    assert_eq!(
        lines[1]["source"]["path"],
        d.path().join("b.txt").to_str().unwrap()
    );
    assert_eq!(lines[4]["error"]["code"], "panic");
    assert_eq!(lines[4]["source"]["line"], 2);
}

#[test]
fn batch_small_window_keeps_order() {
    let d = tempfile::tempdir().unwrap();
    let mut dump = String::new();
    for i in 0..300 {
        dump.push_str(&format!(
            "{{\"id\":\"{i}\",\"text\":\"Ngày {}/3/2023\"}}\n",
            i % 28 + 1
        ));
    }
    std::fs::write(d.path().join("d.jsonl"), dump).unwrap();
    let opts = Options {
        jobs: 2,
        window: 3,
        ..Options::default()
    };
    let mut out = Vec::new();
    let s = run_with(&[d.path().to_path_buf()], &mut out, &opts, None, None).unwrap();
    assert_eq!(s.records, 300);
    let ids: Vec<String> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(ids, (0..300).map(|i| i.to_string()).collect::<Vec<_>>());
}

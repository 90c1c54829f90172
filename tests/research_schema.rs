//! `schema/record.schema.json` against the record types and against what the program emits
//! (issue 5, "A JSON Schema ... and a test that every record the program emits on `corpus/` and
//! `fixtures/` validates against it").

use std::path::{Path, PathBuf};

use htx_extract::record::*;
use serde_json::{json, Value};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn validator() -> jsonschema::Validator {
    let text = std::fs::read_to_string(root().join("schema/record.schema.json")).unwrap();
    let schema: Value = serde_json::from_str(&text).unwrap();
    assert!(
        jsonschema::meta::is_valid(&schema),
        "the schema is not a valid JSON Schema"
    );
    jsonschema::draft202012::new(&schema).unwrap()
}

fn errors(v: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    v.iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect()
}

fn assert_valid(v: &jsonschema::Validator, instance: &Value) {
    let errs = errors(v, instance);
    assert!(
        errs.is_empty(),
        "record {} does not validate:\n  {}\n{}",
        instance["id"],
        errs.join("\n  "),
        serde_json::to_string_pretty(instance).unwrap()
    );
}

fn source() -> Source {
    Source {
        path: "dump.jsonl".into(),
        sha256: "ab".repeat(32),
        bytes: 6174,
        encoding: "utf-8".into(),
        line: Some(3),
        format: Some("jsonl".into()),
        url: None,
        title: None,
        published: None,
    }
}

/// A record with every field and every optional part filled in.
fn full_record() -> Record {
    Record {
        schema: SCHEMA_VERSION.into(),
        id: "001_c1c2232586442bf4".into(),
        source: source(),
        title: Some(Grounded {
            text: "Ký kết".into(),
            span: [0, 6],
        }),
        published: Some(Published {
            value: "2023-03-31T16:17".into(),
            text: "16:17 | 31/03/2023".into(),
            span: [76, 94],
        }),
        events: vec![
            Event {
                kind: "signing".into(),
                date: Some("2022-09-30".into()),
                text: "ký kết".into(),
                span: [160, 166],
            },
            Event {
                kind: "trade_promotion".into(),
                date: None,
                text: "hội chợ".into(),
                span: [170, 177],
            },
        ],
        dates: vec![
            DateItem {
                value: "2022-09-30".into(),
                role: "event".into(),
                part_of_day: Some("morning".into()),
                year_inferred: false,
                text: "Ngày 30 tháng 9 năm 2022".into(),
                span: [0, 24],
            },
            DateItem {
                value: "2023-06".into(),
                role: "deadline".into(),
                part_of_day: None,
                year_inferred: true,
                text: "tháng 6".into(),
                span: [30, 37],
            },
            DateItem {
                value: "--12-21/--12-22".into(),
                role: "other".into(),
                part_of_day: Some("night".into()),
                year_inferred: false,
                text: "21-22/12".into(),
                span: [40, 48],
            },
            DateItem {
                value: "2020-12-21/2020-12-22".into(),
                role: "reference".into(),
                part_of_day: None,
                year_inferred: false,
                text: "21-22/12/2020".into(),
                span: [50, 63],
            },
        ],
        parties: vec![
            Party {
                name: "Liên minh Hợp tác xã tỉnh Đắk Nông".into(),
                kind: "cooperative_alliance".into(),
                province: Some("Đắk Nông".into()),
                province_2025: Some("Lâm Đồng".into()),
                text: "Liên minh HTX tỉnh Đăk Nông".into(),
                span: [40, 67],
            },
            Party {
                name: "Liên minh Hợp tác xã Việt Nam".into(),
                kind: "cooperative_alliance".into(),
                province: None,
                province_2025: None,
                text: "Liên minh HTX Việt Nam".into(),
                span: [70, 92],
            },
        ],
        periods: vec![
            Period {
                start: Some(2022),
                end: 2025,
                kind: "program".into(),
                text: "giai đoạn 2022-2025".into(),
                span: [150, 169],
            },
            Period {
                start: None,
                end: 2030,
                kind: "horizon".into(),
                text: "định hướng đến năm 2030".into(),
                span: [171, 194],
            },
        ],
        awards: vec![
            Award {
                award: "Cờ thi đua".into(),
                issuer: Some("Ủy ban nhân dân tỉnh Đắk Nông".into()),
                recipient: Recipient {
                    name: "Hợp tác xã Công Bằng Thuận An".into(),
                    kind: "cooperative".into(),
                    text: "HTX Công Bằng Thuận An".into(),
                    span: [1700, 1722],
                },
            },
            Award {
                award: "Bằng khen".into(),
                issuer: None,
                recipient: Recipient {
                    name: "Nguyễn Khải".into(),
                    kind: "person".into(),
                    text: "ông Nguyễn Khải".into(),
                    span: [1730, 1745],
                },
            },
        ],
        award_counts: vec![AwardCount {
            award: "Giấy khen".into(),
            collectives: Some(11),
            individuals: None,
            text: "giấy khen cho 11 tập thể".into(),
            span: [200, 224],
        }],
        people: vec![Person {
            name: "Nguyễn Khải".into(),
            title: Some("Chủ tịch Liên minh Hợp tác xã tỉnh Đắk Nông".into()),
            text: "Nguyễn Khải".into(),
            span: [300, 311],
        }],
        authors: vec![Author {
            name: "Trần Xuân Bắc".into(),
            text: "Trần Xuân Bắc".into(),
            span: [400, 413],
        }],
        references: vec![
            Reference {
                kind: "Nghị quyết".into(),
                number: Some("20-NQ/TW".into()),
                date: Some("2022-06-16".into()),
                text: "Nghị quyết số 20-NQ/TW ngày 16/6/2022".into(),
                span: [500, 537],
            },
            Reference {
                kind: "Kế hoạch".into(),
                number: None,
                date: None,
                text: "Kế hoạch".into(),
                span: [540, 548],
            },
        ],
        warnings: vec![
            Warning {
                code: "invalid_year".into(),
                message: "year 203 is impossible".into(),
                text: Some("31/3/203".into()),
                span: Some([600, 608]),
            },
            Warning {
                code: "decode_repaired".into(),
                message: "invalid UTF-16 sequences were replaced".into(),
                text: None,
                span: None,
            },
        ],
    }
}

fn error_record() -> ErrorRecord {
    ErrorRecord {
        schema: SCHEMA_VERSION.into(),
        id: "empty".into(),
        source: Source {
            path: "fixtures/err_empty.txt".into(),
            sha256: String::new(),
            bytes: 0,
            encoding: String::new(),
            line: None,
            format: None,
            url: None,
            title: None,
            published: None,
        },
        error: ErrorInfo {
            code: "empty".into(),
            message: "the input is empty".into(),
        },
    }
}

#[test]
fn ok_hand_made_records_validate_and_round_trip() {
    let v = validator();
    let full = Output::Record(Box::new(full_record()));
    let value = serde_json::to_value(&full).unwrap();
    assert_valid(&v, &value);
    let back: Output = serde_json::from_value(value).unwrap();
    assert_eq!(back, full);

    // Every optional part empty.
    let mut bare = full_record();
    bare.source.line = None;
    bare.source.format = None;
    bare.title = None;
    bare.published = None;
    bare.events.clear();
    bare.dates.clear();
    bare.parties.clear();
    bare.periods.clear();
    bare.awards.clear();
    bare.award_counts.clear();
    bare.people.clear();
    bare.authors.clear();
    bare.references.clear();
    bare.warnings.clear();
    assert_valid(
        &v,
        &serde_json::to_value(Output::Record(Box::new(bare))).unwrap(),
    );

    let err = Output::Error(error_record());
    assert_valid(&v, &serde_json::to_value(&err).unwrap());
}

#[test]
fn ok_every_emitted_record_validates() {
    let v = validator();
    let dirs: Vec<PathBuf> = ["corpus", "fixtures", "tests/data/check"]
        .iter()
        .map(|d| root().join(d))
        .filter(|d| d.is_dir())
        .collect();
    let mut buf = Vec::new();
    htx_extract::batch::run(&dirs, &mut buf).unwrap();
    let text = String::from_utf8(buf).unwrap();
    let mut n = 0;
    for line in text.lines() {
        let value: Value = serde_json::from_str(line).unwrap();
        assert_valid(&v, &value);
        n += 1;
    }
    assert!(n >= 5, "expected records for corpus/ at least, got {n}");
}

fn invalid(v: &jsonschema::Validator, value: &Value, why: &str) {
    assert!(!v.is_valid(value), "should be invalid ({why}): {value}");
}

#[test]
fn err_records_that_break_the_contract() {
    let v = validator();
    let good = serde_json::to_value(Output::Record(Box::new(full_record()))).unwrap();

    let mut no_id = good.clone();
    no_id.as_object_mut().unwrap().remove("id");
    invalid(&v, &no_id, "missing id");

    let mut e = serde_json::to_value(Output::Error(error_record())).unwrap();
    e.as_object_mut().unwrap().remove("id");
    invalid(&v, &e, "error record missing id");

    let mut wrong_version = good.clone();
    wrong_version["schema"] = json!("htx-extract/2");
    invalid(&v, &wrong_version, "schema version");

    let mut unknown = good.clone();
    unknown["confidence"] = json!(0.5);
    invalid(&v, &unknown, "field not in the schema");

    let mut bad_date = good.clone();
    bad_date["dates"][0]["value"] = json!("30/9/2022");
    invalid(&v, &bad_date, "date not ISO");

    let mut bad_span = good.clone();
    bad_span["dates"][0]["span"] = json!([1, 2, 3]);
    invalid(&v, &bad_span, "span of three numbers");

    let mut bad_kind = good.clone();
    bad_kind["events"][0]["type"] = json!("party");
    invalid(&v, &bad_kind, "unknown event type");

    let mut both = good;
    both["error"] = json!({"code": "io", "message": "m"});
    invalid(&v, &both, "a record and an error at once");
}

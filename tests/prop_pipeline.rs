//! Property test of the whole per-article pipeline (issue 4): arbitrary bytes and arbitrary
//! Unicode text (combining marks, CR, NBSP, ZWSP, BOMs, Vietnamese, TCVN3/VNI/VIQR) through
//! decode and extract, as text, HTML and JSON Lines. No panic, and every `text`/`span` in the
//! record is inside the source and `source_chars[start..end] == text`. The case count is
//! bounded so that it runs in seconds; raise `PROPTEST_CASES` for a longer run.

use htx_extract::input::{article_from_bytes_as, decode, Format};
use proptest::prelude::*;
use serde_json::Value;

mod common;

fn run(bytes: &[u8], format: Format) {
    let Ok(article) = article_from_bytes_as("p".into(), "p", bytes, format) else {
        return;
    };
    let record = htx_extract::extract(&article);
    let json: Value = serde_json::to_value(&record).unwrap();
    let chars: Vec<char> = article.text.chars().collect();
    common::check_grounding(&json, &chars);
    // The decoded text is what decode() gives. An HTML page of bytes that are not UTF-8 is
    // read as Latin-1 when its visible text is TCVN3 or VNI, which decode() decides on the
    // whole input instead: then the text is what the codec that `source.encoding` names
    // gives.
    let decoded = decode(bytes).unwrap();
    if decoded.encoding == article.source.encoding {
        assert_eq!(decoded.text, article.text);
    } else {
        let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
        let text: String = match article.source.encoding.as_str() {
            "latin-1" => body.iter().map(|&b| b as char).collect(),
            "utf-8" => String::from_utf8_lossy(body).into_owned(),
            other => panic!("{other} differs from {}", decoded.encoding),
        };
        assert_eq!(text, article.text);
    }
}

/// 96 cases, or `PROPTEST_CASES`.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(96)
}

/// Pieces that stress normalisation and offsets.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("\u{300}".to_owned()),
        Just("\u{323}".to_owned()),
        Just("\u{301}\u{301}".to_owned()),
        Just("\r".to_owned()),
        Just("\r\n".to_owned()),
        Just("\n".to_owned()),
        Just("\u{A0}".to_owned()),
        Just("\u{200B}".to_owned()),
        Just("\u{FEFF}".to_owned()),
        Just("\u{AD}".to_owned()),
        Just("\u{2013}".to_owned()),
        Just("Ð".to_owned()),
        Just("Ngày 30/9/2022".to_owned()),
        Just("16:17 | 31/03/2023".to_owned()),
        Just("giai đoạn 2022 - 2025".to_owned()),
        Just("Liên minh HTX tỉnh Đắk Nông".to_owned()),
        Just("Hợp tác xã".to_owned()),
        Just("Quyết định số 167/QĐ-TTg".to_owned()),
        Just("hoà thuỷ".to_owned()),
        Just("<p>".to_owned()),
        Just("&amp;".to_owned()),
        Just("&#7907;".to_owned()),
        Just("</p>".to_owned()),
        Just("<script>".to_owned()),
        Just("Hîp t¸c x·".to_owned()),
        Just("Hôïp taùc xaõ".to_owned()),
        Just("Ho+.p ta'c xa~ Vie^.t Nam".to_owned()),
        Just("DDa('k No^ng\\. QDD-TTg".to_owned()),
        Just("&#39;".to_owned()),
        "\\PC{0,8}",
        "[ -~]{0,8}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn prop_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        run(&bytes, Format::Text);
        run(&bytes, Format::Html);
    }

    #[test]
    fn prop_arbitrary_text(parts in proptest::collection::vec(piece(), 0..40), bom in any::<bool>()) {
        let text: String = parts.concat();
        let mut bytes = if bom { vec![0xEF, 0xBB, 0xBF] } else { Vec::new() };
        bytes.extend_from_slice(text.as_bytes());
        run(&bytes, Format::Text);
        run(&bytes, Format::Html);
        // UTF-16 with BOM, both byte orders.
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for u in text.encode_utf16() {
            le.extend(u.to_le_bytes());
            be.extend(u.to_be_bytes());
        }
        run(&le, Format::Text);
        run(&be, Format::Text);
        // As a JSON Lines line: spans index the text field.
        let line = serde_json::json!({"text": text, "published": "2023-03-31"}).to_string();
        if let Ok(a) = htx_extract::jsonl::article_from_line("d", "d", 1, line.as_bytes()) {
            let json = serde_json::to_value(htx_extract::extract(&a)).unwrap();
            let chars: Vec<char> = text.chars().collect();
            common::check_grounding(&json, &chars);
        }
    }
}

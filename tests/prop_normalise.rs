//! Property tests for normalisation and its offset map: on generated text mixing composed and
//! decomposed Vietnamese, new-style tones, look-alike Đ, odd spaces, invisible characters,
//! CRLF and dash variants, every output span maps back to source text that means the same.

use htx_extract::normalise::{fold_key, normalise};
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

/// Pieces that real scraped text is made of.
fn piece() -> impl Strategy<Value = String> {
    let words = prop_oneof![
        Just("Hợp tác xã".to_string()),
        Just("Liên minh".to_string()),
        Just("Đắk Nông".to_string()),
        Just("hoà".to_string()),
        Just("Thanh Hoá".to_string()),
        Just("thuỷ".to_string()),
        Just("Uỷ ban".to_string()),
        Just("quý".to_string()),
        Just("Ðà Nẵng".to_string()),
        Just("2022 – 2025".to_string()),
        Just("18/4/2022".to_string()),
        Just("ngày".to_string()),
        Just("HTX".to_string()),
        "[a-zA-Z0-9]{1,6}".prop_map(|s| s),
    ];
    let decorated = (words, 0u8..4).prop_map(|(w, how)| match how {
        0 => w.nfd().collect(),
        1 => w.nfc().collect(),
        2 => w.replace('ợ', "\u{01A1}\u{0323}"),
        _ => w,
    });
    let seps = prop_oneof![
        Just(" ".to_string()),
        Just("  ".to_string()),
        Just("\u{00A0}".to_string()),
        Just("\u{200B}".to_string()),
        Just("\r\n".to_string()),
        Just("\n".to_string()),
        Just("\u{FEFF}".to_string()),
        Just(", ".to_string()),
        Just(" – ".to_string()),
        Just("\u{00AD}".to_string()),
    ];
    (decorated, seps).prop_map(|(w, s)| format!("{w}{s}"))
}

fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(piece(), 0..24).prop_map(|v| v.concat())
}

fn alnum(s: &str) -> String {
    fold_key(s)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Spans stay inside the source, on character boundaries, in order.
    #[test]
    fn spans_are_inside_and_ordered(src in text()) {
        let n = normalise(&src);
        let mut last = 0;
        for (i, c) in n.text.char_indices() {
            let (a, b) = n.map.span(i, i + c.len_utf8());
            prop_assert!(a <= b && b <= src.len());
            prop_assert!(src.is_char_boundary(a) && src.is_char_boundary(b));
            prop_assert!(a >= last, "out of order at {i}");
            last = a;
        }
    }

    /// Every word of the output maps to source text with the same letters (tone placement,
    /// composition and Đ look-alikes aside).
    #[test]
    fn words_map_to_the_same_letters(src in text()) {
        let n = normalise(&src);
        let t = &n.text;
        let mut start = None;
        for (i, c) in t.char_indices().chain(std::iter::once((t.len(), ' '))) {
            if c.is_alphanumeric() {
                start.get_or_insert(i);
            } else if let Some(s) = start.take() {
                let (a, b) = n.map.span(s, i);
                prop_assert_eq!(alnum(&src[a..b]), alnum(&t[s..i]), "word {:?}", &t[s..i]);
            }
        }
    }

    /// The output is NFC, has no invisible characters or CR, and normalising it again
    /// changes nothing.
    #[test]
    fn output_is_canonical_and_idempotent(src in text()) {
        let out = normalise(&src).text;
        prop_assert!(unicode_normalization::is_nfc(&out));
        let banned = ['\u{200B}', '\u{FEFF}', '\u{00AD}', '\r', '\u{00A0}', 'Ð'];
        prop_assert!(!out.contains(banned), "banned character in {:?}", out);
        prop_assert_eq!(normalise(&out).text, out.clone());
    }
}

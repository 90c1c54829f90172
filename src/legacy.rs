//! Legacy Vietnamese encodings (DOMAIN.md §1.5): Windows-1258 bytes, TCVN3 (ABC) or
//! VNI-Windows text, either as raw bytes or as mojibake that was already decoded as cp1252, and
//! VIQR (ASCII marks after vowels, [`crate::viqr`]).
//!
//! Everything here is conservative: a conversion happens only when the signatures of the
//! encoding are dense enough and genuine Vietnamese letters (U+1EA0–U+1EF9, ă ơ ư đ) are
//! absent; otherwise the text is left alone.
//!
//! Grounding. Windows-1258 has a Python codec (`cp1258`), so its decoded text is the source
//! text that spans index. TCVN3, VNI and VIQR have none, so a repair never replaces the source
//! text: [`repair`] returns the repaired text with an [`OffsetMap`] back to the text as
//! decoded (UTF-8, or `latin-1` for raw bytes), and the pipeline extracts from the repaired
//! text while every span still indexes the text a Python codec gives. `text` fields then
//! show the mojibake as it stands in the source; canonical values (names, dates) come from
//! the repaired text.
//!
//! HTML pages are repaired the same way on their visible text ([`crate::input`] composes the
//! repair map with the page map).
//!
//! Not handled yet: UTF-8 read as cp437, double-encoded UTF-8 (`Há»£p`).

use unicode_normalization::UnicodeNormalization;

use crate::offsets::OffsetMap;

/// A legacy encoding that a text was found in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Legacy {
    Tcvn3,
    Vni,
    Viqr,
}

impl Legacy {
    pub fn name(self) -> &'static str {
        match self {
            Legacy::Tcvn3 => "tcvn3",
            Legacy::Vni => "vni",
            Legacy::Viqr => "viqr",
        }
    }

    /// What the text looks like, for the `decode_repaired` warning.
    pub fn describe(self) -> &'static str {
        match self {
            Legacy::Tcvn3 => "tcvn3 mojibake",
            Legacy::Vni => "vni mojibake",
            Legacy::Viqr => "viqr (ASCII marks after vowels)",
        }
    }

    /// The message of the `decode_repaired` warning of a repair; `spans_index` says what the
    /// spans index ("the text as decoded", "the text field").
    pub fn warning_message(self, spans_index: &str) -> String {
        format!(
            "the text looks like {}; facts were read from the repaired text, spans index {spans_index}",
            self.describe()
        )
    }
}

/// TCVN3 (ABC) byte → Unicode, for the Latin-1 character of the byte. Checked against the
/// examples of DOMAIN.md §1.5 in the tests below.
fn tcvn3_char(c: char) -> Option<char> {
    const LOWER: &str = "ăâêôơưđ";
    const UPPER: &str = "ĂÂÊÔƠƯĐ";
    let u = c as u32;
    Some(match u {
        0xA1..=0xA7 => UPPER.chars().nth((u - 0xA1) as usize)?,
        0xA8..=0xAE => LOWER.chars().nth((u - 0xA8) as usize)?,
        0xB5 => 'à',
        0xB6 => 'ả',
        0xB7 => 'ã',
        0xB8 => 'á',
        0xB9 => 'ạ',
        0xBB => 'ằ',
        0xBC => 'ẳ',
        0xBD => 'ẵ',
        0xBE => 'ắ',
        0xC6 => 'ặ',
        0xC7 => 'ầ',
        0xC8 => 'ẩ',
        0xC9 => 'ẫ',
        0xCA => 'ấ',
        0xCB => 'ậ',
        0xCC => 'è',
        0xCE => 'ẻ',
        0xCF => 'ẽ',
        0xD0 => 'é',
        0xD1 => 'ẹ',
        0xD2 => 'ề',
        0xD3 => 'ể',
        0xD4 => 'ễ',
        0xD5 => 'ế',
        0xD6 => 'ệ',
        0xD7 => 'ì',
        0xD8 => 'ỉ',
        0xDC => 'ĩ',
        0xDD => 'í',
        0xDE => 'ị',
        0xDF => 'ò',
        0xE1 => 'ỏ',
        0xE2 => 'õ',
        0xE3 => 'ó',
        0xE4 => 'ọ',
        0xE5 => 'ồ',
        0xE6 => 'ổ',
        0xE7 => 'ỗ',
        0xE8 => 'ố',
        0xE9 => 'ộ',
        0xEA => 'ờ',
        0xEB => 'ở',
        0xEC => 'ỡ',
        0xED => 'ớ',
        0xEE => 'ợ',
        0xEF => 'ù',
        0xF1 => 'ủ',
        0xF2 => 'ũ',
        0xF3 => 'ú',
        0xF4 => 'ụ',
        0xF5 => 'ừ',
        0xF6 => 'ử',
        0xF7 => 'ữ',
        0xF8 => 'ứ',
        0xF9 => 'ự',
        0xFA => 'ỳ',
        0xFB => 'ỷ',
        0xFC => 'ỹ',
        0xFD => 'ý',
        0xFE => 'ỵ',
        _ => return None,
    })
}

/// Characters that are TCVN3 letters but symbols in cp1252: `¨ © ª « ¬ ® µ ¶ · ¸ ¹ § »¼½¾`.
fn is_tcvn3_signature(c: char) -> bool {
    matches!(c as u32, 0xA7..=0xAC | 0xAE | 0xB5..=0xB9 | 0xBB..=0xBE)
}

/// Genuine Vietnamese letters: Latin Extended Additional, and ă ơ ư đ (any case).
fn is_vietnamese_letter(c: char) -> bool {
    matches!(
        c as u32,
        0x1EA0..=0x1EF9 | 0x102 | 0x103 | 0x1A0 | 0x1A1 | 0x1AF | 0x1B0 | 0x110 | 0x111
    )
}

fn is_ascii_vowel(c: char) -> bool {
    matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// VNI mark bytes (as cp1252 characters) that follow a vowel: the tones and the vowel-quality
/// marks with or without a tone. Returns the combining marks they stand for.
fn vni_mark(base: char, m: char) -> Option<&'static [char]> {
    let b = base.to_lowercase().next().unwrap_or(base);
    let tone: Option<&'static [char]> = match m {
        'ù' | 'Ù' => Some(&['\u{301}']),
        'ø' | 'Ø' => Some(&['\u{300}']),
        'û' | 'Û' => Some(&['\u{309}']),
        'õ' | 'Õ' => Some(&['\u{303}']),
        'ï' | 'Ï' => Some(&['\u{323}']),
        _ => None,
    };
    if tone.is_some() {
        return if matches!(b, 'a' | 'e' | 'o' | 'u' | 'y' | 'ơ' | 'ư') {
            tone
        } else {
            None
        };
    }
    if matches!(b, 'a' | 'e' | 'o') {
        let circ: Option<&'static [char]> = match m {
            'â' | 'Â' => Some(&['\u{302}']),
            'á' | 'Á' => Some(&['\u{302}', '\u{301}']),
            'à' | 'À' => Some(&['\u{302}', '\u{300}']),
            'å' | 'Å' => Some(&['\u{302}', '\u{309}']),
            'ã' | 'Ã' => Some(&['\u{302}', '\u{303}']),
            'ä' | 'Ä' => Some(&['\u{302}', '\u{323}']),
            _ => None,
        };
        if circ.is_some() {
            return circ;
        }
    }
    if b == 'a' {
        return match m {
            'ê' | 'Ê' => Some(&['\u{306}']),
            'é' | 'É' => Some(&['\u{306}', '\u{301}']),
            'è' | 'È' => Some(&['\u{306}', '\u{300}']),
            'ú' | 'Ú' => Some(&['\u{306}', '\u{309}']),
            'ü' | 'Ü' => Some(&['\u{306}', '\u{303}']),
            'ë' | 'Ë' => Some(&['\u{306}', '\u{323}']),
            _ => None,
        };
    }
    None
}

/// VNI single characters (cp1252 view) that are letters on their own.
fn vni_single(c: char) -> Option<char> {
    Some(match c {
        'ô' => 'ơ',
        'Ô' => 'Ơ',
        'ö' => 'ư',
        'Ö' => 'Ư',
        'ñ' => 'đ',
        'Ñ' => 'Đ',
        'æ' => 'ỉ',
        'Æ' => 'Ỉ',
        'ó' => 'ĩ',
        'Ó' => 'Ĩ',
        'ò' => 'ị',
        'Ò' => 'Ị',
        'î' => 'ỵ',
        'Î' => 'Ỵ',
        _ => return None,
    })
}

/// Counts of signatures in a text, per encoding.
#[derive(Clone, Copy, Debug, Default)]
struct Scores {
    chars: usize,
    vietnamese: usize,
    tcvn3: usize,
    vni: usize,
}

fn score(text: &str) -> Scores {
    let mut s = Scores::default();
    let mut prev = ' ';
    for c in text.chars() {
        s.chars += 1;
        if is_vietnamese_letter(c) {
            // Genuine Vietnamese: no repair, whatever follows.
            s.vietnamese += 1;
            return s;
        }
        if is_tcvn3_signature(c) {
            s.tcvn3 += 1;
        }
        if (is_ascii_vowel(prev) && vni_mark(prev, c).is_some()) || matches!(c, 'ñ' | 'Ñ' | 'ö')
        {
            s.vni += 1;
        }
        prev = c;
    }
    s
}

/// Which legacy encoding `text` (decoded as UTF-8 or Latin-1) is written in, if any, by the
/// thresholds: no genuine Vietnamese letter, at least 5 signatures and at least one per 100
/// characters, and clearly more of one kind than the other; VIQR only when there are fewer
/// than 5 TCVN3 and VNI signatures, by the thresholds of [`crate::viqr::detect`].
pub fn detect(text: &str) -> Option<Legacy> {
    let s = score(text);
    if s.vietnamese > 0 {
        return None;
    }
    let dense = |n: usize| n >= 5 && n * 100 >= s.chars;
    if dense(s.tcvn3) && s.tcvn3 > 2 * s.vni {
        Some(Legacy::Tcvn3)
    } else if dense(s.vni) && s.vni > 2 * s.tcvn3 {
        Some(Legacy::Vni)
    } else if s.tcvn3 < 5 && s.vni < 5 && crate::viqr::detect(text) {
        Some(Legacy::Viqr)
    } else {
        None
    }
}

/// Repairs `text` from a legacy encoding: the repaired text and its map back to `text`.
pub fn repair(text: &str, enc: Legacy) -> (String, OffsetMap) {
    if enc == Legacy::Viqr {
        return crate::viqr::repair(text);
    }
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut map = OffsetMap::default();
    let mut copy_from: Option<usize> = None;
    let flush = |map: &mut OffsetMap, copy_from: &mut Option<usize>, to: usize| {
        if let Some(f) = copy_from.take() {
            map.push_copy(f, to);
        }
    };
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        let mut replaced: Option<(String, usize)> = None; // (new text, chars consumed)
        match enc {
            Legacy::Tcvn3 => {
                if let Some(m) = tcvn3_char(c) {
                    replaced = Some((m.to_string(), 1));
                }
            }
            Legacy::Viqr => {}
            Legacy::Vni => {
                let base = vni_single(c).unwrap_or(c);
                let base_ok = is_ascii_vowel(c) || matches!(base, 'ơ' | 'Ơ' | 'ư' | 'Ư');
                let next = chars.get(i + 1).map(|&(_, n)| n);
                let marks = if base_ok {
                    next.and_then(|n| vni_mark(base, n))
                } else {
                    None
                };
                if let Some(marks) = marks {
                    let mut s = String::new();
                    s.push(base);
                    s.extend(marks.iter());
                    replaced = Some((s.nfc().collect(), 2));
                } else if base != c {
                    replaced = Some((base.to_string(), 1));
                }
            }
        }
        match replaced {
            Some((s, n)) => {
                flush(&mut map, &mut copy_from, pos);
                let end = chars.get(i + n).map(|&(p, _)| p).unwrap_or(text.len());
                map.push_replace(pos, end, s.len());
                out.push_str(&s);
                i += n;
            }
            None => {
                if copy_from.is_none() {
                    copy_from = Some(pos);
                }
                out.push(c);
                i += 1;
            }
        }
    }
    flush(&mut map, &mut copy_from, text.len());
    (out, map)
}

/// Whether bytes that are not valid UTF-8 look like Windows-1258: Vietnamese combining tone
/// bytes (0xCC 0xEC 0xDE 0xD2 0xF2) right after vowels, and more of them than of the TCVN3
/// signatures.
pub fn looks_cp1258(bytes: &[u8]) -> bool {
    let mut tones = 0usize;
    let mut tcvn = 0usize;
    let mut high = 0usize;
    let mut prev = b' ';
    for &b in bytes {
        if b >= 0x80 {
            high += 1;
        }
        let vowel = matches!(
            prev.to_ascii_lowercase(),
            b'a' | b'e' | b'i' | b'o' | b'u' | b'y'
        ) || matches!(
            prev,
            0xC2 | 0xE2 | 0xCA | 0xEA | 0xD4 | 0xF4 | 0xC3 | 0xE3 | 0xD5 | 0xF5 | 0xDD | 0xFD
        );
        if vowel && matches!(b, 0xCC | 0xEC | 0xDE | 0xD2 | 0xF2) {
            tones += 1;
        }
        if matches!(b, 0xA7..=0xAC | 0xAE | 0xB5..=0xB9 | 0xBB..=0xBE) {
            tcvn += 1;
        }
        prev = b;
    }
    tones >= 2 && tones > 2 * tcvn && tones * 20 >= high
}

#[cfg(test)]
mod tests {
    use super::*;

    fn latin1(bytes: &[u8]) -> String {
        bytes.iter().map(|&b| b as char).collect()
    }

    /// Windows-1258 bytes of an NFC text: tones as separate combining bytes.
    pub fn to_cp1258(text: &str) -> Vec<u8> {
        let mut s = String::new();
        for c in text.chars() {
            let d: String = c.to_string().nfd().collect();
            let tone: String = d
                .chars()
                .filter(|c| matches!(c, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}'))
                .collect();
            let base: String = d
                .chars()
                .filter(|c| !tone.contains(*c))
                .collect::<String>()
                .nfc()
                .collect();
            s.push_str(&base);
            s.push_str(&tone);
        }
        encoding_rs::WINDOWS_1258.encode(&s).0.into_owned()
    }

    #[test]
    fn ok_tcvn3_examples_of_domain() {
        for (moji, want) in [
            ("Hîp t¸c x·", "Hợp tác xã"),
            ("ViÖt Nam", "Việt Nam"),
            ("Liªn minh", "Liên minh"),
            ("®ång chÝ", "đồng chí"),
            ("§¾k N«ng", "Đắk Nông"),
            ("Quü tÝn dông nh©n d©n", "Quỹ tín dụng nhân dân"),
            ("Thõa Thiªn HuÕ", "Thừa Thiên Huế"),
            ("Lµm c«ng ¨n l\u{AD}¬ng", "Làm công ăn lương"),
        ] {
            assert_eq!(repair(moji, Legacy::Tcvn3).0, want, "{moji}");
        }
    }

    #[test]
    fn ok_vni_examples_of_domain() {
        for (moji, want) in [
            ("Hôïp taùc xaõ", "Hợp tác xã"),
            (
                "Lieân minh Hôïp taùc xaõ Vieät Nam",
                "Liên minh Hợp tác xã Việt Nam",
            ),
            ("Ñaék Noâng", "Đắk Nông"),
            ("UÛy ban nhaân daân", "Ủy ban nhân dân"),
            ("Quyõ tín duïng nhaân daân", "Quỹ tín dụng nhân dân"),
            ("Thaønh phoá Hoà Chí Minh", "Thành phố Hồ Chí Minh"),
            ("HÔÏP TAÙC XAÕ", "HỢP TÁC XÃ"),
        ] {
            assert_eq!(repair(moji, Legacy::Vni).0, want, "{moji}");
        }
    }

    #[test]
    fn ok_detect_is_conservative() {
        let tcvn = "Liªn minh Hîp t¸c x· tØnh §¾k N«ng ký kÕt ch\u{AD}¬ng tr×nh phèi hîp";
        assert_eq!(detect(tcvn), Some(Legacy::Tcvn3));
        let vni = "Lieân minh Hôïp taùc xaõ tænh Ñaék Noâng kyù keát chöông trình";
        assert_eq!(detect(vni), Some(Legacy::Vni));
        assert_eq!(detect("Liên minh Hợp tác xã tỉnh Đắk Nông"), None);
        assert_eq!(detect("Café © 2023 « déjà vu »"), None);
        assert_eq!(detect("plain ascii text"), None);
    }

    #[test]
    fn ok_viqr_is_detected_after_tcvn3_and_vni() {
        let viqr =
            "Lie^n minh Ho+.p ta'c xa~ ti?nh DDa('k No^ng ky' ke^'t chu+o+ng tri`nh pho^'i ho+.p";
        assert_eq!(detect(viqr), Some(Legacy::Viqr));
        let (fixed, _) = repair(viqr, Legacy::Viqr);
        assert_eq!(
            fixed,
            "Liên minh Hợp tác xã tỉnh Đắk Nông ký kết chương trình phối hợp"
        );
        // A genuine Vietnamese letter anywhere: no repair.
        assert_eq!(detect(&format!("Việt Nam. {viqr}")), None);
        // Plain English and ASCII, URLs included.
        for t in [
            "The cooperative alliance signed a programme on 30 September 2022. It's fine, isn't it?",
            "See https://example.com/index.php?id=5&x=a'b or e.g. ~/a.b.c, f(x) = e^x + a^2.",
            "Hop tac xa Viet Nam va Lien minh HTX tinh Dak Nong ky ket chuong trinh phoi hop.",
        ] {
            assert_eq!(detect(t), None, "{t}");
        }
    }

    #[test]
    fn ok_repair_map_points_back_to_the_mojibake() {
        let moji = "ab Hîp t¸c";
        let (fixed, map) = repair(moji, Legacy::Tcvn3);
        let start = fixed.find("Hợp").unwrap();
        let (a, b) = map.span(start, start + "Hợp tác".len());
        assert_eq!(&moji[a..b], "Hîp t¸c");
    }

    #[test]
    fn ok_cp1258_bytes_are_recognised() {
        assert!(looks_cp1258(&to_cp1258("Hợp tác xã Việt Nam")));
        assert!(!looks_cp1258(&latin1(b"abc").into_bytes()));
    }
}

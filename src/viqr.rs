//! VIQR, Vietnamese Quoted-Readable (RFC 1456; DOMAIN.md §1.5): Vietnamese written in 7-bit
//! ASCII with each mark typed after its vowel — `(` breve, `^` circumflex, `+` horn, `'` sắc,
//! `` ` `` huyền, `?` hỏi, `~` ngã, `.` nặng; `dd`/`DD` is đ/Đ; a backslash makes the next mark
//! character literal (`dda^u\?`). The marks and the syllable lists are data
//! (`data/viqr.tsv`).
//!
//! Detection ([`detect`]) is conservative, because `?`, `.` and `'` are also ordinary
//! punctuation and apostrophes: it counts ASCII words that read as marked Vietnamese
//! syllables and asks for at least 5 of them, at least 3 with a mark that ordinary text does not
//! put after a vowel (a quality mark, `` ` `` or `~`, `dd`, or a tone inside a syllable such as
//! `ta'c`), and at least one word in four. The caller ([`crate::legacy::detect`]) has already
//! ruled out texts with genuine Vietnamese letters and TCVN3/VNI mojibake.
//!
//! Conversion ([`repair`]) reads a word (a run of ASCII letters and the marks that follow its
//! vowels) at a time:
//! - a word converts when it is a Vietnamese syllable (onset, nucleus, coda of the data file)
//!   or carries an unambiguous mark (`Kro^ng` converts although `kr` is no onset); a word
//!   whose only marks are `.`, `?` or `'` and that is no syllable (`hoptacxa.vn`, `e.g`) is
//!   left as it is;
//! - one tone per word: a second tone character is punctuation (`No^.i.` is "Nội.",
//!   `tu+?.` is "tử.");
//! - a `.` after the last vowel of a word is a tone ("Thi. Hoa" is "Thị Hoa") except before an
//!   ellipsis (`ra...`) and, in a text whose writer never escapes a period after a vowel
//!   (no `\.` after a vowel anywhere), at the end of a line or of the text (`ra.` ending a
//!   paragraph). So in unescaped text a sentence end after a toneless vowel in the middle of
//!   a line reads as a nặng tone ("ra. Sau" gives "rạ Sau"), and a line that ends in a nặng
//!   syllable without a period (a headline or caption ending in "hội nghị") loses the tone;
//!   RFC 1456 asks writers to escape such periods (`ra\.`), and escaped text has neither
//!   problem. `?` after a vowel is always a tone (headlines end in "thể" far more often than
//!   news asks questions);
//! - `dd`/`DD`/`Dd` is đ/Đ at the start of a word before a vowel, and every `DD` in a word of
//!   capitals only (`QDD-TTg`, `HDDND`, `DDBSCL`: QĐ, HĐND, ĐBSCL);
//! - `\` before a mark character is dropped and the mark kept literally.
//!
//! Like TCVN3 and VNI, the converted text never replaces the source: [`repair`] returns it
//! with an [`OffsetMap`] back to the VIQR text, so spans index the ASCII source.

use std::collections::HashSet;
use std::sync::LazyLock;

use unicode_normalization::UnicodeNormalization;

use crate::offsets::OffsetMap;

/// A mark character of VIQR.
#[derive(Clone, Debug)]
struct Mark {
    ascii: u8,
    combining: char,
    vowels: String,
    tone: bool,
}

#[derive(Debug, Default)]
struct Tables {
    marks: Vec<Mark>,
    onsets: HashSet<String>,
    nuclei: HashSet<String>,
    codas: HashSet<String>,
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| parse_tables(include_str!("../data/viqr.tsv")));

fn parse_tables(tsv: &str) -> Tables {
    let mut t = Tables::default();
    for line in tsv.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let key = cols.get(1).copied().unwrap_or_default();
        match cols[0] {
            kind @ ("quality" | "tone") => {
                let combining = cols
                    .get(2)
                    .and_then(|v| v.strip_prefix("U+"))
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .and_then(char::from_u32);
                if let (&[ascii], Some(combining)) = (key.as_bytes(), combining) {
                    t.marks.push(Mark {
                        ascii,
                        combining,
                        vowels: cols.get(3).copied().unwrap_or_default().to_owned(),
                        tone: kind == "tone",
                    });
                }
            }
            "onset" => {
                t.onsets.insert(key.to_owned());
            }
            "nucleus" => {
                t.nuclei.insert(key.to_owned());
            }
            "coda" => {
                t.codas.insert(key.to_owned());
            }
            _ => {} // the header row
        }
    }
    t
}

fn mark(b: u8) -> Option<&'static Mark> {
    TABLES.marks.iter().find(|m| m.ascii == b)
}

fn is_vowel(b: u8) -> bool {
    matches!(
        b.to_ascii_lowercase(),
        b'a' | b'e' | b'i' | b'o' | b'u' | b'y'
    )
}

/// Whether `base` (lower-case ASCII letters, đ as `dd`) is a Vietnamese syllable: an optional
/// onset, a nucleus and an optional coda.
fn is_syllable(base: &str) -> bool {
    let t = &*TABLES;
    let rest_ok = |rest: &str| {
        (1..=rest.len().min(3)).any(|n| {
            rest.is_char_boundary(n)
                && t.nuclei.contains(&rest[..n])
                && (rest.len() == n || t.codas.contains(&rest[n..]))
        })
    };
    if rest_ok(base) {
        return true;
    }
    (1..=base.len().min(3))
        .any(|n| base.is_char_boundary(n) && t.onsets.contains(&base[..n]) && rest_ok(&base[n..]))
}

/// One piece of a word.
#[derive(Clone, Debug)]
enum Unit {
    /// A letter left as it is.
    Letter,
    /// `dd`, `DD` or `Dd`: đ or Đ.
    Dd { upper: bool },
    /// A vowel and the marks after it.
    Vowel {
        base: u8,
        quality: Option<char>,
        tone: Option<char>,
    },
}

/// A word: ASCII letters and the marks that follow its vowels.
#[derive(Clone, Debug)]
struct Word {
    /// Byte ranges of the pieces and what they are; they cover the word.
    units: Vec<(usize, usize, Unit)>,
    /// A Vietnamese syllable (onset, nucleus, coda).
    syllable: bool,
    /// Some mark or `dd`.
    marked: bool,
    /// A mark that ordinary text does not put after a vowel: quality, `` ` `` or `~`, `dd`,
    /// or a tone inside the word.
    strong: bool,
    /// A word of capitals only with `DD` in it (an abbreviation); not counted by [`detect`].
    acronym: bool,
}

impl Word {
    fn end(&self) -> usize {
        self.units.last().map_or(0, |u| u.1)
    }

    /// Whether the word is converted (see the module docs).
    fn converts(&self) -> bool {
        self.marked && (self.syllable || self.strong_without_inner_tone())
    }

    fn strong_without_inner_tone(&self) -> bool {
        self.units.iter().any(|(_, _, u)| match u {
            Unit::Dd { .. } => true,
            Unit::Vowel { quality, tone, .. } => {
                quality.is_some() || matches!(tone, Some('\u{300}') | Some('\u{303}'))
            }
            Unit::Letter => false,
        })
    }
}

/// The word of capitals only (no mark after its last letter) that starts at byte `i`, when it
/// has `DD` in it: every `DD` is Đ.
fn read_acronym(b: &[u8], i: usize) -> Option<Word> {
    let r = b[i..]
        .iter()
        .position(|c| !c.is_ascii_alphabetic())
        .map_or(b.len(), |n| i + n);
    let letters = &b[i..r];
    let marked_after = b.get(r).is_some_and(|&c| mark(c).is_some()) && is_vowel(b[r - 1]);
    if letters.len() < 2
        || !letters.iter().all(u8::is_ascii_uppercase)
        || !letters.windows(2).any(|w| w == b"DD")
        || marked_after
    {
        return None;
    }
    let mut units = Vec::new();
    let mut j = i;
    while j < r {
        if b[j..r].starts_with(b"DD") {
            units.push((j, j + 2, Unit::Dd { upper: true }));
            j += 2;
        } else {
            units.push((j, j + 1, Unit::Letter));
            j += 1;
        }
    }
    Some(Word {
        units,
        syllable: false,
        marked: true,
        strong: true,
        acronym: true,
    })
}

/// Whether the writer escapes periods after vowels (`ddi\.`): then an unescaped one is a tone
/// even at the end of a line.
fn escapes_periods(b: &[u8]) -> bool {
    b.windows(3)
        .any(|w| w[1] == b'\\' && w[2] == b'.' && (is_vowel(w[0]) || mark(w[0]).is_some()))
}

/// Reads the word that starts at byte `i` (an ASCII letter); `escaped`: see
/// [`escapes_periods`].
fn read_word(b: &[u8], i: usize, escaped: bool) -> Word {
    if let Some(w) = read_acronym(b, i) {
        return w;
    }
    let mut units = Vec::new();
    let mut base = String::new();
    let mut j = i;
    let mut tone_seen = false;
    let mut marked = false;
    let mut strong = false;
    while j < b.len() && b[j].is_ascii_alphabetic() {
        let c = b[j];
        let at = j;
        if j == i
            && matches!(c, b'd' | b'D')
            && b.get(j + 1)
                .is_some_and(|&n| n == b'd' || (c == b'D' && n == b'D'))
            && b.get(j + 2).is_some_and(|&n| is_vowel(n))
        {
            units.push((at, j + 2, Unit::Dd { upper: c == b'D' }));
            base.push_str("dd");
            marked = true;
            strong = true;
            j += 2;
            continue;
        }
        base.push(c.to_ascii_lowercase() as char);
        j += 1;
        if !is_vowel(c) {
            units.push((at, j, Unit::Letter));
            continue;
        }
        let lower = c.to_ascii_lowercase() as char;
        let mut quality = None;
        if let Some(m) = b.get(j).and_then(|&n| mark(n)) {
            if !m.tone && m.vowels.contains(lower) {
                quality = Some(m.combining);
                marked = true;
                strong = true;
                j += 1;
            }
        }
        let mut tone = None;
        if let Some(m) = b.get(j).and_then(|&n| mark(n)) {
            let next = b.get(j + 1).copied();
            let inside = next.is_some_and(|n| n.is_ascii_alphabetic());
            let period = m.ascii == b'.'
                && ((!escaped && matches!(next, None | Some(b'\n' | b'\r')))
                    || b[j + 1..].starts_with(b".."));
            if m.tone && !tone_seen && m.vowels.contains(lower) && !period {
                tone = Some(m.combining);
                tone_seen = true;
                marked = true;
                strong |= inside || matches!(m.ascii, b'`' | b'~');
                j += 1;
            }
        }
        let unit = if quality.is_some() || tone.is_some() {
            Unit::Vowel {
                base: c,
                quality,
                tone,
            }
        } else {
            Unit::Letter
        };
        units.push((at, j, unit));
    }
    Word {
        syllable: is_syllable(&base),
        units,
        marked,
        strong,
        acronym: false,
    }
}

/// Calls `f` on every word of `text`: a run of ASCII letters with the marks after its vowels.
fn for_each_word(text: &str, mut f: impl FnMut(&Word)) {
    let b = text.as_bytes();
    let escaped = escapes_periods(b);
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_alphabetic() {
            let w = read_word(b, i, escaped);
            f(&w);
            i = w.end().max(i + 1);
        } else {
            i += 1;
        }
    }
}

/// Whether `text` (with no Vietnamese letter; see [`crate::legacy::detect`]) is VIQR: see the
/// module docs for the thresholds.
pub fn detect(text: &str) -> bool {
    let (mut words, mut marked, mut strong) = (0usize, 0usize, 0usize);
    for_each_word(text, |w| {
        words += 1;
        if w.converts() && !w.acronym {
            marked += 1;
            if w.strong {
                strong += 1;
            }
        }
    });
    marked >= 5 && strong >= 3 && marked * 4 >= words
}

/// Converts VIQR `text` to Vietnamese (NFC), with the map back to `text`.
pub fn repair(text: &str) -> (String, OffsetMap) {
    // Edits: (start, end, replacement) in order, not overlapping.
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    let b = text.as_bytes();
    let escaped = escapes_periods(b);
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_alphabetic() {
            let w = read_word(b, i, escaped);
            if w.converts() {
                for (s, e, u) in &w.units {
                    match u {
                        Unit::Letter => {}
                        Unit::Dd { upper } => {
                            edits.push((*s, *e, if *upper { "Đ" } else { "đ" }.to_owned()))
                        }
                        Unit::Vowel {
                            base,
                            quality,
                            tone,
                        } => {
                            let mut v = String::new();
                            v.push(*base as char);
                            v.extend(quality.iter().chain(tone.iter()));
                            edits.push((*s, *e, v.nfc().collect()));
                        }
                    }
                }
            }
            i = w.end().max(i + 1);
        } else if c == b'\\'
            && b.get(i + 1)
                .is_some_and(|&n| mark(n).is_some() || n == b'\\')
        {
            edits.push((i, i + 2, (b[i + 1] as char).to_string()));
            i += 2;
        } else {
            i += 1;
        }
    }
    apply_edits(text, &edits)
}

/// The text with the edits applied, and its map back to `text`.
fn apply_edits(text: &str, edits: &[(usize, usize, String)]) -> (String, OffsetMap) {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut map = OffsetMap::default();
    let mut pos = 0;
    for (s, e, r) in edits {
        if *s < pos || *e > text.len() || !text.is_char_boundary(*s) || !text.is_char_boundary(*e) {
            continue;
        }
        map.push_copy(pos, *s);
        out.push_str(&text[pos..*s]);
        map.push_replace(*s, *e, r.len());
        out.push_str(r);
        pos = *e;
    }
    map.push_copy(pos, text.len());
    out.push_str(&text[pos..]);
    (out, map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_tables_are_complete() {
        let t = &*TABLES;
        assert_eq!(t.marks.len(), 8);
        assert_eq!(t.marks.iter().filter(|m| m.tone).count(), 5);
        for s in [
            "hop", "tac", "xa", "viet", "nguyen", "ddak", "nghieng", "quyen", "giua",
        ] {
            assert!(is_syllable(s), "{s}");
        }
        for s in ["eg", "hoptacxa", "street", "idea", "kr", "who"] {
            assert!(!is_syllable(s), "{s}");
        }
    }

    #[test]
    fn ok_examples_of_domain_and_rfc() {
        for (viqr, want) in [
            ("Ho+.p ta'c xa~ Vie^.t Nam", "Hợp tác xã Việt Nam"),
            ("DDa('k No^ng", "Đắk Nông"),
            ("Lie^n minh Ho+.p ta'c xa~", "Liên minh Hợp tác xã"),
            ("Nguye^~n Thi. Hoa", "Nguyễn Thị Hoa"),
            ("Chu? ti.ch UBND ti?nh", "Chủ tịch UBND tỉnh"),
            ("Thu+`a Thie^n Hue^'", "Thừa Thiên Huế"),
            ("ddu+o+.c", "được"),
            ("HO+.P TA'C XA~", "HỢP TÁC XÃ"),
            ("Dda('k La('k, Kro^ng Bu'k", "Đắk Lắk, Krông Búk"),
            (
                "so^' 167/QDD-TTg cu?a HDDND, DDBSCL",
                "số 167/QĐ-TTg của HĐND, ĐBSCL",
            ),
            ("DDA('K NO^NG", "ĐẮK NÔNG"),
            // A tone then punctuation.
            ("tu+?. Bo^.. ta^.p the^?", "tử. Bộ. tập thể"),
        ] {
            assert_eq!(repair(viqr).0, want, "{viqr}");
        }
    }

    #[test]
    fn ok_punctuation_stays_punctuation() {
        for (viqr, want) in [
            // One tone per word: the second mark is punctuation.
            ("o+? Ha` No^.i.", "ở Hà Nội."),
            ("ca'c ho^. kha'c?", "các hộ khác?"),
            // A period or question mark at the end of the line or text.
            ("ddi ra.\nSau ddo'", "đi ra.\nSau đó"),
            ("v.v... ra...", "v.v... ra..."),
            ("Anh ddi dda^u\\?", "Anh đi đâu?"),
            // A writer who escapes periods: an unescaped one at the end of a line is a tone.
            ("ho^.i nghi.\nddi ra\\.", "hội nghị\nđi ra."),
            ("ta.i dda^y\\. Ro^`i", "tại đây. Rồi"),
            // Not syllables, no unambiguous mark: left alone.
            ("xem hoptacxa.vn, e.g. mo^.t", "xem hoptacxa.vn, e.g. một"),
            ("H'Mo^ng, Ea H'leo", "H'Mông, Ea H'leo"),
        ] {
            assert_eq!(repair(viqr).0, want, "{viqr}");
        }
    }

    #[test]
    fn ok_map_points_back_to_the_ascii() {
        let src = "Lie^n minh Ho+.p ta'c xa~ ti?nh DDa('k No^ng";
        let (fixed, map) = repair(src);
        let a = fixed.find("Hợp").unwrap();
        let b = fixed.find(" tỉnh").unwrap();
        let (x, y) = map.span(a, b);
        assert_eq!(&src[x..y], "Ho+.p ta'c xa~");
        let a = fixed.find("Đắk").unwrap();
        let (x, y) = map.span(a, fixed.len());
        assert_eq!(&src[x..y], "DDa('k No^ng");
    }

    #[test]
    fn ok_detects_viqr_articles() {
        let t = "Nga`y 30/9/2022, Lie^n minh Ho+.p ta'c xa~ ti?nh DDa('k No^ng va` Lie^n minh \
                 Ho+.p ta'c xa~ ti?nh Bi`nh Phu+o+'c dda~ ky' ke^'t chu+o+ng tri`nh pho^'i ho+.p \
                 giai ddoa.n 2022-2025.";
        assert!(detect(t));
    }

    #[test]
    fn err_english_and_ascii_are_not_viqr() {
        for t in [
            "The cooperative alliance signed an agreement in 2022. It's a good idea, isn't it? \
             I'm sure we'll see more. Go to www.example.com/index.php?id=5&page=2 or e.g. \
             mail info@coop.vn. Do it so. See you there... Who? Me? Yes, me.",
            "Hop tac xa Viet Nam ky ket chuong trinh phoi hop giai doan 2022-2025 tai Ha Noi.",
            "f(x) = e^x + a^2 - b^n; C++ and x+y; ~/src/main.rs; `code` and 'quotes'.",
            "https://vnexpress.net/hop-tac-xa-4567.html?utm=a&b=c https://a.io/~me/e.g.x",
            "O'Brien, D'Arcy and O'Neill met Ea H'leo people. Oh! Ah? Eh. Uh... Ok.",
            "",
            "a'",
        ] {
            assert!(!detect(t), "{t}");
        }
    }

    #[test]
    fn err_odd_input_does_not_panic() {
        for t in [
            "\\",
            "dd",
            "DD",
            "a(",
            "^^^",
            "\\.",
            "é'é'",
            "a\u{300}'",
            "Dd\u{1EA1}",
        ] {
            let (fixed, map) = repair(t);
            assert_eq!(map.out_len(), fixed.len());
            let _ = detect(t);
        }
    }
}

//! Small text helpers shared by the stages: lines, sentences, clauses and words over byte
//! ranges of the normalised text.
//!
//! The sentence splitter knows the dotted abbreviations of the genre ("TP.", "v.v.", "TS.")
//! and numbers ("3.7", "1.200"), so neither ends a sentence.

use std::ops::Range;

/// Byte ranges of the lines of `text`, trimmed of spaces at both ends (empty lines kept as
/// empty ranges).
pub fn lines(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            out.push(trim(text, start..i));
            start = i + 1;
        }
    }
    if start <= text.len() {
        out.push(trim(text, start..text.len()));
    }
    out
}

/// Shrinks a range so that it neither starts nor ends with whitespace.
pub fn trim(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead == s.len() {
        return r.start..r.start;
    }
    r.start + lead..r.end - trail
}

/// Dotted abbreviations that do not end a sentence (lower-cased, without the final dot).
const ABBREVIATIONS: &[&str] = &[
    "tp", "v.v", "q", "p", "h", "tx", "tt", "ts", "ths", "pgs.ts", "gs.ts", "pgs", "gs", "ks",
    "bs", "th.s", "đ/c", "x", "ô", "b", "st", "no", "vs", "tr",
];

fn ends_with_abbreviation(before: &str) -> bool {
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .map(|i| i + before[i..].chars().next().map_or(1, char::len_utf8))
        .unwrap_or(0);
    let original = &before[word_start..];
    let word = original.to_lowercase();
    if word.is_empty() {
        return false;
    }
    // Initials such as "L.T.T.N" or "Nguyễn H."
    let initials = original
        .split('.')
        .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase));
    // "lần thứ I.", "khóa V.": a Roman numeral ends the sentence.
    let numeral = original.len() == 1
        && matches!(original, "I" | "V" | "X")
        && before[..word_start]
            .trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(|w| matches!(w, "thứ" | "khóa" | "khoá" | "kỳ" | "đoạn"));
    ABBREVIATIONS.contains(&word.as_str()) || (initials && !numeral)
}

/// Sentence ranges inside `r`: a sentence ends at `.`, `!`, `?` or `…` followed by a space and
/// an upper-case letter, a digit or an opening quote, or at the end of the range.
pub fn sentences(text: &str, r: Range<usize>) -> Vec<Range<usize>> {
    let s = &text[r.clone()];
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    // Terminators, found by byte: ASCII ones, and "…" (E2 80 A6). Closing quotes (” ’) are
    // E2 80 9D / E2 80 99.
    let term_at = |k: usize| -> usize {
        match b[k] {
            b'.' | b'!' | b'?' => 1,
            0xE2 if b.get(k + 1) == Some(&0x80) && b.get(k + 2) == Some(&0xA6) => 3,
            _ => 0,
        }
    };
    let mut k = 0;
    while k < b.len() {
        let n = term_at(k);
        if n == 0 {
            k += 1;
            continue;
        }
        let i = k;
        let c = b[k];
        let mut end = k + n;
        // Swallow repeated terminators and closing quotes ("…", "..", ".”").
        loop {
            let m = if end < b.len() {
                match b[end] {
                    b'"' | b')' => 1,
                    0xE2 if b.get(end + 1) == Some(&0x80)
                        && matches!(b.get(end + 2), Some(0x9D | 0x99)) =>
                    {
                        3
                    }
                    _ => term_at(end),
                }
            } else {
                0
            };
            if m == 0 {
                break;
            }
            end += m;
        }
        k = end;
        let rest = &s[end..];
        let after = rest.trim_start();
        if after.len() == rest.len() && !after.is_empty() {
            continue; // no space after: "3.7", "TP.HCM"
        }
        let next = after.chars().next();
        let starts_new = match next {
            None => true,
            Some(n) => n.is_uppercase() || n.is_ascii_digit() || matches!(n, '"' | '“' | '(' | '-'),
        };
        if !starts_new {
            continue;
        }
        if c == b'.' && end == i + 1 && ends_with_abbreviation(&s[start..i]) {
            continue;
        }
        // A lone tag ("(SGGPO). - Ngày 27-10, …") does not make a sentence.
        if word_count(&s[start..end]) < 2 {
            continue;
        }
        let t = trim(text, r.start + start..r.start + end);
        if !t.is_empty() {
            out.push(t);
        }
        start = end;
    }
    let t = trim(text, r.start + start..r.end);
    if !t.is_empty() {
        out.push(t);
    }
    out
}

/// Clause ranges inside `r`, split at `;`.
pub fn clauses(text: &str, r: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = r.start;
    for (i, c) in text[r.clone()].char_indices() {
        if c == ';' {
            let t = trim(text, start..r.start + i);
            if !t.is_empty() {
                out.push(t);
            }
            start = r.start + i + 1;
        }
    }
    let t = trim(text, start..r.end);
    if !t.is_empty() {
        out.push(t);
    }
    out
}

/// A count written in digits or words ("02", "hai", "mười"): the counted lists of the genre.
pub fn count_word(s: &str) -> Option<u32> {
    match s.to_lowercase().as_str() {
        "một" => Some(1),
        "hai" => Some(2),
        "ba" => Some(3),
        "bốn" => Some(4),
        "năm" => Some(5),
        "sáu" => Some(6),
        "bảy" => Some(7),
        "tám" => Some(8),
        "chín" => Some(9),
        "mười" => Some(10),
        other => other.parse().ok(),
    }
}

/// The last `n` bytes of `s` (lengthened to a char boundary).
pub fn tail(s: &str, n: usize) -> &str {
    let mut i = s.len().saturating_sub(n);
    while !s.is_char_boundary(i) {
        i += 1;
    }
    &s[i..]
}

/// The first `n` bytes of `s` (shortened to a char boundary).
pub fn prefix(s: &str, n: usize) -> &str {
    let mut i = n.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    &s[..i]
}

/// Number of whitespace-separated words.
pub fn word_count(s: &str) -> usize {
    // Byte scan: the normalised text has only ASCII spaces and line breaks.
    let mut n = 0;
    let mut in_word = false;
    for &b in s.as_bytes() {
        let space = matches!(b, b' ' | b'\n' | b'\t' | b'\r');
        if !space && !in_word {
            n += 1;
        }
        in_word = !space;
    }
    n
}

/// A word that starts with an upper-case letter and has only letters after it
/// ("Nguyễn", "THANH").
pub fn is_capitalised(word: &str) -> bool {
    let mut it = word.chars();
    match it.next() {
        Some(c) if c.is_uppercase() => it.all(|c| is_letter(c) || matches!(c, '\'' | '’')),
        _ => false,
    }
}

/// `char::is_alphabetic`, answered without a table search for the letters of Vietnamese text
/// (ASCII, Latin-1 and Latin Extended-A/B, Latin Extended Additional).
pub fn is_letter(c: char) -> bool {
    match c as u32 {
        0x41..=0x5A | 0x61..=0x7A => true,
        0..=0x7F | 0xD7 | 0xF7 => false,
        0xC0..=0x24F | 0x1E00..=0x1EFF => true,
        _ => c.is_alphabetic(),
    }
}

/// Title case of a word ("THANH" → "Thanh").
pub fn title_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for (i, c) in word.chars().enumerate() {
        if i == 0 {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Title case for ALL-CAPS names ("THANH TÙNG" → "Thanh Tùng"); other names unchanged.
pub fn person_name(s: &str) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    let caps = words
        .iter()
        .all(|w| w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase()));
    if caps {
        words
            .iter()
            .map(|w| title_case(w))
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        words.join(" ")
    }
}

/// True if no letter or digit stands right before byte `pos`.
pub fn starts_word(text: &str, pos: usize) -> bool {
    !text[..pos]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

/// True if no letter or digit stands right after byte `pos`.
pub fn ends_word(text: &str, pos: usize) -> bool {
    !text[pos..].starts_with(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_is_letter_agrees_with_is_alphabetic() {
        for c in (0..0x3000u32).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?} U+{:04X}", c as u32);
        }
    }

    fn sents(s: &str) -> Vec<&str> {
        sentences(s, 0..s.len())
            .into_iter()
            .map(|r| &s[r])
            .collect()
    }

    #[test]
    fn ok_sentences_split_at_terminators() {
        assert_eq!(
            sents("Hôm qua 3.7, hội nghị diễn ra. Tại TP. Hồ Chí Minh có 1.200 HTX. Xong"),
            vec![
                "Hôm qua 3.7, hội nghị diễn ra.",
                "Tại TP. Hồ Chí Minh có 1.200 HTX.",
                "Xong"
            ]
        );
    }

    #[test]
    fn ok_roman_numeral_ends_a_sentence_an_initial_does_not() {
        assert_eq!(
            sents("Liên minh tổ chức Đại hội lần thứ I. Phiên trù bị diễn ra chiều 5/8. Ông Nguyễn H. Nam phát biểu."),
            vec![
                "Liên minh tổ chức Đại hội lần thứ I.",
                "Phiên trù bị diễn ra chiều 5/8.",
                "Ông Nguyễn H. Nam phát biểu."
            ]
        );
    }

    #[test]
    fn ok_ellipsis_and_closing_quotes_end_with_the_sentence() {
        assert_eq!(
            sents("Ông nói: “Hợp tác xã là nhà chung.” Sau đó… Hội nghị bế mạc!? 2 HTX mới… thành lập"),
            vec![
                "Ông nói: “Hợp tác xã là nhà chung.”",
                "Sau đó…",
                "Hội nghị bế mạc!?",
                "2 HTX mới… thành lập"
            ]
        );
    }

    #[test]
    fn ok_etc_does_not_end_sentence_before_lower_case() {
        assert_eq!(
            sents("sản phẩm v.v.. và hơn thế. Hết"),
            vec!["sản phẩm v.v.. và hơn thế.", "Hết"]
        );
    }

    #[test]
    fn ok_lines_are_trimmed() {
        let t = "  a \n\nb";
        let l: Vec<&str> = lines(t).into_iter().map(|r| &t[r]).collect();
        assert_eq!(l, vec!["a", "", "b"]);
    }

    #[test]
    fn ok_clauses_split_at_semicolons() {
        let t = "a; b ;c";
        let c: Vec<&str> = clauses(t, 0..t.len()).into_iter().map(|r| &t[r]).collect();
        assert_eq!(c, vec!["a", "b", "c"]);
    }
}

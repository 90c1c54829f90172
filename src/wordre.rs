//! Regexes with Unicode word boundaries, searched on the fast engines.
//!
//! A Unicode `\b` keeps the regex crate's DFAs from running on non-ASCII text, so a pattern
//! such as `(?i)\b(?:bằng\s+khen|cờ\s+thi\s+đua)\b` is searched with the slow engines over the
//! whole of a Vietnamese sentence. [`WordRegex`] gives the same matches as the regex itself:
//! a copy without any `\b` (which can only match more) finds, on a DFA, where a match may
//! start; only there is the exact pattern tried, anchored (with the text before it in view
//! for its boundaries), over the few bytes of the match.

use regex::Regex;
use regex_automata::{meta, Anchored, Input};

/// A regex whose word boundaries do not slow its search down (see the module docs).
pub struct WordRegex {
    /// The pattern: what `find_iter` must agree with.
    exact: Regex,
    /// The pattern without `\b`: every match of `exact` starts where this one can.
    loose: Regex,
    /// The pattern, for anchored searches.
    anchored: meta::Regex,
}

/// `pattern` without any `\b` (an escaped backslash before `b` is kept).
fn without_boundaries(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('b') => {}
            Some(d) => {
                out.push('\\');
                out.push(d);
            }
            None => out.push('\\'),
        }
    }
    out
}

impl WordRegex {
    /// Panics if the pattern does not compile: patterns are data of this crate, built by the
    /// tests of the module that owns them.
    pub fn new(pattern: &str) -> WordRegex {
        let build = |p: &str| Regex::new(p).unwrap_or_else(|e| panic!("regex {p:?}: {e}"));
        WordRegex {
            exact: build(pattern),
            loose: build(&without_boundaries(pattern)),
            anchored: meta::Regex::new(pattern)
                .unwrap_or_else(|e| panic!("regex {pattern:?}: {e}")),
        }
    }

    /// The pattern as written.
    pub fn as_str(&self) -> &str {
        self.exact.as_str()
    }

    /// What `Regex::find_iter(hay)` of the pattern gives, as byte ranges.
    pub fn find_iter<'h>(
        &'h self,
        hay: &'h str,
    ) -> impl Iterator<Item = std::ops::Range<usize>> + 'h {
        let mut pos = 0;
        std::iter::from_fn(move || {
            let m = self.find_at(hay, pos)?;
            pos = if m.is_empty() {
                // An empty match: go on after the next character, as find_iter does.
                m.end + hay[m.end..].chars().next().map_or(1, char::len_utf8)
            } else {
                m.end
            };
            Some(m)
        })
    }

    /// The first match starting at or after `from`.
    pub fn find_at(&self, hay: &str, from: usize) -> Option<std::ops::Range<usize>> {
        let mut q = from;
        while q <= hay.len() {
            let start = self.loose.find_at(hay, q)?.start();
            let input = Input::new(hay).range(start..).anchored(Anchored::Yes);
            if let Some(m) = self.anchored.find(input) {
                return Some(m.range());
            }
            q = start + hay[start..].chars().next().map_or(1, char::len_utf8);
        }
        None
    }

    /// Whether the pattern matches somewhere in `hay`.
    pub fn is_match(&self, hay: &str) -> bool {
        self.find_at(hay, 0).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_boundaries_removed() {
        assert_eq!(without_boundaries(r"(?i)\bký\b"), "(?i)ký");
        assert_eq!(without_boundaries(r"a\\b\s"), r"a\\b\s");
    }

    /// Same matches as the regex itself, on many generated texts.
    #[test]
    fn ok_same_matches_as_the_regex() {
        let patterns = [
            r"(?i)\b(?:huân\s+chương\s+lao\s+động\s+hạng\s+(?:nhất|I|1)\b|cờ\s+thi\s+đua|bằng\s+khen)",
            r"(?i)\b(?:trao|tặng|trao\s+tặng|nhận)\b",
            r"(?i)\s(?:đã|được|đề\s+nghị|cho\s+biết)\b",
            r"(?i)\b(?:phó\s+)?(?:chủ\s+tịch|giám\s+đốc|cụm\s+phó|phóng\s+viên)\b",
            r"(?i)(?:x|\bnhận|\Bhạng)\b",
        ];
        let pieces = [
            "huân chương",
            "Huân Chương",
            "lao động",
            "hạng",
            "nhất",
            "Nhất",
            "I",
            "II",
            "1",
            "12",
            "cờ",
            "Cờ",
            "thi đua",
            "bằng khen",
            "BẰNG KHEN",
            "trao",
            "tặng",
            "nhận",
            "nhậnx",
            "x",
            "đã",
            "được",
            "đề nghị",
            "cho biết",
            "phó",
            "Phó",
            "chủ tịch",
            "giám đốc",
            "cụm",
            "phóng",
            "viên",
            " ",
            "  ",
            ",",
            ".",
            "_",
            "ő",
            "\u{0301}",
            "1a",
        ];
        let compiled: Vec<(Regex, WordRegex)> = patterns
            .iter()
            .map(|p| (Regex::new(p).unwrap(), WordRegex::new(p)))
            .collect();
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..6000 {
            let mut s = String::new();
            for _ in 0..(seed % 14) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                s.push_str(pieces[(seed % pieces.len() as u64) as usize]);
                if seed % 3 > 0 {
                    s.push(' ');
                }
            }
            for (re, w) in &compiled {
                let a: Vec<_> = re.find_iter(&s).map(|m| m.range()).collect();
                let b: Vec<_> = w.find_iter(&s).collect();
                assert_eq!(a, b, "{} on {s:?}", re.as_str());
                assert_eq!(re.is_match(&s), w.is_match(&s));
            }
        }
    }
}

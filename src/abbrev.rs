//! Abbreviations of the domain and their expansions (`data/abbreviations.tsv`), for
//! `normalize --expand` and for canonical names (HTX → Hợp tác xã, UBND → Ủy ban nhân dân).
//!
//! One aho-corasick automaton (leftmost-longest) finds every abbreviation; a hit counts only
//! at word boundaries. A definition inside a name, "Liên minh Hợp tác xã (HTX) tỉnh", is
//! dropped by [`canonical_name`].
//!
//! Not handled yet: abbreviations the article defines itself ("… (ABBR)") beyond dropping
//! them from names; ambiguous ones (KTTT as kinh tế thị trường) are always read the
//! cooperative way.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

struct Entry {
    abbr: &'static str,
    expansion: &'static str,
    common: bool,
}

struct Table {
    entries: Vec<Entry>,
    ac: AhoCorasick,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let entries: Vec<Entry> = include_str!("../data/abbreviations.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut c = l.split('\t');
            Some(Entry {
                abbr: c.next()?,
                expansion: c.next()?,
                common: c.next()? == "common",
            })
        })
        .collect();
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(entries.iter().map(|e| e.abbr))
        .expect("abbreviation automaton");
    Table { entries, ac }
});

fn boundary_ok(text: &str, start: usize, end: usize, abbr: &str) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let after_ok = if abbr.ends_with('.') {
        true
    } else {
        !after.is_some_and(|c| c.is_alphanumeric() || c == '&')
    };
    !before.is_some_and(|c| c.is_alphanumeric() || c == '&' || c == '/' || c == '-') && after_ok
        // "TP" must not be read inside document codes ("KH-TP").
        && !(after == Some('-') || after == Some('/'))
}

fn lower_first(s: &str) -> String {
    let mut it = s.chars();
    match it.next() {
        Some(f) => f.to_lowercase().chain(it).collect(),
        None => String::new(),
    }
}

/// Expands the abbreviations of running text, fitting capitals to the sentence.
pub fn expand(text: &str) -> String {
    let t = &*TABLE;
    let mut out = String::with_capacity(text.len() + 64);
    let mut last = 0;
    for m in t.ac.find_iter(text) {
        let e = &t.entries[m.pattern().as_usize()];
        if !boundary_ok(text, m.start(), m.end(), e.abbr) {
            continue;
        }
        out.push_str(&text[last..m.start()]);
        let before = text[..m.start()].trim_end();
        let sentence_start =
            before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':', '"', '“']);
        let next_word = text[m.end()..].split_whitespace().next().unwrap_or("");
        let name_follows = next_word.chars().next().is_some_and(char::is_uppercase);
        let in_name = before.ends_with("Liên minh") || before.ends_with("Liên hiệp");
        if sentence_start {
            let mut it = e.expansion.chars();
            if let Some(f) = it.next() {
                out.extend(f.to_uppercase());
                out.push_str(it.as_str());
            }
        } else if e.common && !name_follows && !in_name {
            out.push_str(&lower_first(e.expansion));
        } else {
            out.push_str(e.expansion);
        }
        last = m.end();
    }
    out.push_str(&text[last..]);
    out
}

/// The canonical form of an organisation or person-title phrase: abbreviations expanded in
/// their name form, in-name definitions "(HTX)" dropped, dashes and spaces folded.
pub fn canonical_name(s: &str) -> String {
    let t = &*TABLE;
    let mut out = String::with_capacity(s.len() + 32);
    let mut last = 0;
    for m in t.ac.find_iter(s) {
        let e = &t.entries[m.pattern().as_usize()];
        if !boundary_ok(s, m.start(), m.end(), e.abbr) {
            continue;
        }
        // "(HTX)" right after its own expansion: drop it.
        let before = &s[last..m.start()];
        if before.ends_with('(') && s[m.end()..].starts_with(')') {
            out.push_str(before.trim_end_matches('(').trim_end());
            last = m.end() + 1;
            continue;
        }
        out.push_str(before);
        out.push_str(e.expansion);
        last = m.end();
    }
    out.push_str(&s[last..]);
    let out = out.replace(['–', '—'], "-");
    let mut folded = String::with_capacity(out.len());
    for w in out.split_whitespace() {
        if !folded.is_empty() {
            folded.push(' ');
        }
        folded.push_str(w);
    }
    folded
        .trim_matches(|c: char| c == ',' || c == ';' || c == ':' || c == ' ')
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_expand_fits_case_to_place() {
        assert_eq!(
            expand("HTX Công Bằng và các HTX, QTDND thành viên của LMHTX tỉnh"),
            "Hợp tác xã Công Bằng và các hợp tác xã, quỹ tín dụng nhân dân thành viên của Liên minh Hợp tác xã tỉnh"
        );
        assert_eq!(
            expand("Liên minh HTX tỉnh; UBND TP.HCM"),
            "Liên minh Hợp tác xã tỉnh; Ủy ban nhân dân Thành phố Hồ Chí Minh"
        );
        assert_eq!(expand("KTTT phát triển"), "Kinh tế tập thể phát triển");
    }

    #[test]
    fn ok_canonical_names() {
        assert_eq!(
            canonical_name("HTX TM DV Bình Minh"),
            "Hợp tác xã Thương mại Dịch vụ Bình Minh"
        );
        assert_eq!(
            canonical_name("Liên minh Hợp tác xã (HTX) tỉnh"),
            "Liên minh Hợp tác xã tỉnh"
        );
        assert_eq!(
            canonical_name("Liên hiệp hội Khoa học – kỹ thuật tỉnh"),
            "Liên hiệp hội Khoa học - kỹ thuật tỉnh"
        );
        assert_eq!(
            canonical_name("Chủ tịch UBND tỉnh Hà Nam"),
            "Chủ tịch Ủy ban nhân dân tỉnh Hà Nam"
        );
    }

    #[test]
    fn err_codes_and_words_are_not_expanded() {
        assert_eq!(expand("Kế hoạch số 58/KH-LMHTX"), "Kế hoạch số 58/KH-LMHTX");
        assert_eq!(expand("HTXA và THTX"), "HTXA và THTX");
    }
}

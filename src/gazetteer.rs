//! Provincial units of Viet Nam and the GSO regions that group them: lookup of a name in any
//! spelling, and every mention in a text.
//!
//! The tables are data (`data/provinces.tsv`, `data/regions.tsv`, compiled in with
//! `include_str!`), parsed once on first use. They cover the 63 units before the 1 July 2025
//! reorganisation and the 34 after it (DOMAIN.md §3.2, §3.3); a unit in both lists is one row
//! with both flags. Names are compared through a *fold key*: NFD, combining marks dropped,
//! đ/Đ/ð/Ð/ɖ/Ɖ → d, lower case, every other non-alphanumeric character a space, spaces folded
//! ("Đăk Nông", "Đắk Nông", "Dak-Nong" → `dak nong`). [`lookup`] also drops the spaces
//! (`daknong`), so "DakNong" and "Dak Nong" agree; `c`/`k` spellings ("Đắc Lắc", "Daclac") are
//! listed variants, not fuzzy matches.
//!
//! [`find_all`] and [`find_regions`] run one Aho-Corasick automaton (leftmost-longest) over a
//! folded copy of the text, anchored at each word start, and map the match back to byte
//! offsets of the original through a per-byte map. Only capitalised words whose fold begins
//! some spelling are tried, and only the words around them are folded. A match must also:
//! - end at a word boundary;
//! - be capitalised like the listed spelling: every word that starts with a capital there
//!   starts with a capital in the text ("Bình Định" matches, "bình định giá" and "Hòa bình"
//!   do not; "Đồng bằng Sông Hồng" still matches "Đồng bằng sông Hồng");
//! - for an abbreviation (a listed spelling without lower-case letters: "HCM", "TPHCM",
//!   "BR-VT", "ĐBSH"), be all capitals in the text, except a leading "Tp" ("Tp.HCM");
//! - for a spelling marked `~` in the data (only a bare "Hồ Chí Minh"), follow a unit word
//!   ("thành phố", "TP"), since "Chủ tịch Hồ Chí Minh" or "Đoàn Thanh niên Cộng sản Hồ Chí
//!   Minh" is not the city.
//!
//! Spellings marked `!` in the data are longer names that contain a unit's name but are not a
//! mention of it ("Điện Biên Phủ", "Thái Bình Dương"): being longer, they win the
//! leftmost-longest match and yield nothing. If the longest match at a word start is rejected,
//! shorter ones starting there are tried.
//!
//! A hit covers the name without its unit word ("thành phố Đà Nẵng" → "Đà Nẵng"), except the
//! fused abbreviations "TP.HCM", "TP HCM", "TPHCM", which are matched whole. Use
//! [`unit_before`] to find the unit word in front of a hit.
//!
//! "Huế": the pre-2025 province is "Thừa Thiên Huế" (tỉnh, pre-2025 only) and its successor is
//! "Huế" (thành phố, post-2025 only; it became a centrally-run city on 1/1/2025). A plain "Huế"
//! resolves to the "Huế" row: that is the name, and from 2025 the unit. Before 2025 "Huế" in
//! text was the provincial city inside Thừa Thiên Huế; a caller that knows the article date
//! can step back with [`Province::predecessors`].
//!
//! # Limits
//! - Nothing here knows the article date: "Kon Tum" after 7/2025 is a ward of Quảng Ngãi, and
//!   "tỉnh Lâm Đồng" in 2026 covers the old Đắk Nông and Bình Thuận. Callers pick the pre- or
//!   post-2025 reading ([`Province::successor`], [`Province::predecessors`]).
//! - Province names inside person or company names match ("Trần Thái Bình", "Bia Sài Gòn"):
//!   only the `!` list above is excluded. Provincial cities with the province's name
//!   ("thành phố Thái Bình") match as the province.
//! - Nicknames ("xứ Thanh", "đất Cảng", "Tây Đô", "cố đô") and two-letter abbreviations (HN,
//!   HP, SG) are not listed; old merged provinces ("Hà Nam Ninh") are not handled.
//! - The capitalisation test works on NFC text; [`unit_before`] expects NFC text too.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

const PROVINCES_TSV: &str = include_str!("../data/provinces.tsv");
const REGIONS_TSV: &str = include_str!("../data/regions.tsv");

const PROVINCES_HEADER: &str =
    "name\tunit\tcode\tregion\tpre_2025\tpost_2025\tsuccessor_2025\tvariants\tcode_2025";
const REGIONS_HEADER: &str = "name\tvariants\tmembers";

/// GSO 6-region codes used in the `region` column.
pub const REGION_CODES: [&str; 6] = ["TDMNPB", "DBSH", "BTB_DHMT", "TAY_NGUYEN", "DNB", "DBSCL"];

/// The kind of a provincial unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// tỉnh
    Province,
    /// thành phố trực thuộc trung ương
    City,
}

impl Unit {
    /// The unit word as written in running text: "tỉnh", "thành phố".
    pub fn word(self) -> &'static str {
        match self {
            Unit::Province => "tỉnh",
            Unit::City => "thành phố",
        }
    }
}

/// One provincial unit (a row of `data/provinces.tsv`).
#[derive(Debug, PartialEq, Eq)]
pub struct Province {
    /// Canonical name without the unit word: "Đắk Nông", "Hồ Chí Minh", "Thừa Thiên Huế".
    pub name: &'static str,
    pub unit: Unit,
    /// GSO code before 2025 ("67"); for a unit that exists only after 2025 (Huế), its code
    /// from QĐ 19/2025/QĐ-TTg.
    pub code: &'static str,
    /// QĐ 19/2025/QĐ-TTg code of the post-2025 unit; `None` if the unit did not survive.
    /// Partly inferred (DOMAIN.md §3.1).
    pub code_2025: Option<&'static str>,
    /// GSO 6-region code of the territory, one of [`REGION_CODES`].
    pub region: &'static str,
    /// Among the 63 units of 2024.
    pub pre_2025: bool,
    /// Among the 34 units from 1 July 2025.
    pub post_2025: bool,
    /// Name of the post-2025 unit this one became (part of); its own name if it survives.
    pub successor_2025: &'static str,
    /// Listed spellings other than the name (without the `~` mark; `!` entries left out).
    pub variants: Vec<&'static str>,
}

impl Province {
    /// The name with its unit word, as in canonical organisation names (SCHEMA.md):
    /// "tỉnh Đắk Nông", "thành phố Hà Nội", and "Thành phố Hồ Chí Minh", the one city whose
    /// unit word is part of the proper name (NĐ 30/2020, DOMAIN.md §3.4).
    pub fn with_unit(&self) -> String {
        if self.name == "Hồ Chí Minh" {
            return "Thành phố Hồ Chí Minh".to_owned();
        }
        format!("{} {}", self.unit.word(), self.name)
    }

    /// The post-2025 unit this one became (part of); itself if it survives.
    pub fn successor(&self) -> Option<&'static Province> {
        by_name(self.successor_2025)
    }

    /// The pre-2025 units that became (part of) this post-2025 unit, in table order; empty for
    /// a unit that did not survive. Huế → [Thừa Thiên Huế]; Lâm Đồng → [Bình Thuận, Đắk Nông,
    /// Lâm Đồng].
    pub fn predecessors(&self) -> Vec<&'static Province> {
        if !self.post_2025 {
            return Vec::new();
        }
        provinces()
            .iter()
            .filter(|p| p.pre_2025 && p.successor_2025 == self.name)
            .collect()
    }
}

/// A mention of a provincial unit in a text.
#[derive(Clone, Debug)]
pub struct Hit {
    /// Byte range in the text.
    pub range: Range<usize>,
    pub province: &'static Province,
}

/// A regional grouping of provincial units (a row of `data/regions.tsv`).
#[derive(Debug)]
pub struct Region {
    /// Canonical name: "Tây Nguyên", "Đồng bằng sông Hồng".
    pub name: &'static str,
    /// The GSO region code shared by all members ("TAY_NGUYEN").
    pub code: &'static str,
    /// Listed spellings other than the name.
    pub variants: Vec<&'static str>,
    /// Members, in table order (pre-2025 units).
    pub members: Vec<&'static Province>,
}

/// All rows, sorted by folded name.
pub fn provinces() -> &'static [Province] {
    &provinces_data().rows
}

/// A row by its exact canonical name ("Đắk Nông").
pub fn by_name(name: &str) -> Option<&'static Province> {
    provinces().iter().find(|p| p.name == name)
}

/// A unit by any spelling, ignoring case, diacritics, spaces and punctuation ("Đăk Nông",
/// "dak nong", "Daklak", "TP.HCM"). A leading unit word ("tỉnh", "thành phố", "TP", "Tp.",
/// "Thủ đô") is ignored: "Thành phố Hồ Chí Minh", "tỉnh Đắk Nông". A plain "Huế" gives the
/// post-2025 city (see the module docs).
pub fn lookup(name: &str) -> Option<&'static Province> {
    let data = provinces_data();
    lookup_key(name, &data.index, &["tinh", "tp", "thanh pho", "thu do"]).map(|i| &data.rows[i])
}

/// "Ủy ban nhân dân tỉnh", "Hội Nông dân tỉnh" with the article's province when the text leaves
/// it out.
pub fn complete_unit(name: &str, province: Option<&'static Province>) -> String {
    let head = name
        .strip_suffix(" tỉnh")
        .or_else(|| name.strip_suffix(" thành phố"));
    match (province, head) {
        (Some(p), Some(head)) => format!("{head} {}", p.with_unit()),
        _ => name.to_owned(),
    }
}

/// Every mention of a provincial unit in `text` (NFC), leftmost-longest, at word boundaries,
/// with byte ranges into `text`. See the module docs for the rules.
pub fn find_all(text: &str) -> Vec<Hit> {
    let data = provinces_data();
    scan(&data.matcher, text)
        .into_iter()
        .map(|(range, i)| Hit {
            range,
            province: &data.rows[i],
        })
        .filter(|h| tones_agree(&text[h.range.clone()], h.province))
        .collect()
}

/// A one-word mention written with diacritics must carry the name's own diacritics: "Huệ" (a
/// person's name) is not "Huế". Spellings without diacritics ("Hue", "Daklak") and multi-word
/// spellings (where variants such as "Đăk Nông" are listed) are accepted as matched.
fn tones_agree(surface: &str, p: &Province) -> bool {
    if surface.is_ascii() || surface.split_whitespace().count() > 1 {
        return true;
    }
    let s = surface.to_lowercase();
    std::iter::once(p.name)
        .chain(p.variants.iter().copied())
        .any(|v| v.to_lowercase() == s)
}

/// All regions, in table order.
pub fn regions() -> &'static [Region] {
    &regions_data().rows
}

/// A region by any of its spellings, ignoring case and diacritics ("Tây Nguyên", "ĐBSH",
/// "Đồng bằng Sông Hồng"); a leading "vùng" or "khu vực" is ignored.
pub fn region(name: &str) -> Option<&'static Region> {
    let data = regions_data();
    lookup_key(name, &data.index, &["vung", "khu vuc"]).map(|i| &data.rows[i])
}

/// Every region mention in `text`, with the same matching rules as [`find_all`].
pub fn find_regions(text: &str) -> Vec<(Range<usize>, &'static Region)> {
    let data = regions_data();
    scan(&data.matcher, text)
        .into_iter()
        .map(|(range, i)| (range, &data.rows[i]))
        .collect()
}

/// The unit word right before byte offset `at` (spaces in between allowed): "tỉnh",
/// "thành phố", "TP", "TP.", "Tp.", "Thủ đô" (any case). Returns its byte range and the unit
/// it names. Meant for the start of a [`Hit`]; expects NFC text.
pub fn unit_before(text: &str, at: usize) -> Option<(Range<usize>, Unit)> {
    const WORDS: [(&str, Unit); 5] = [
        ("thành phố", Unit::City),
        ("thủ đô", Unit::City),
        ("tỉnh", Unit::Province),
        ("tp.", Unit::City),
        ("tp", Unit::City),
    ];
    let head = text.get(..at)?.trim_end();
    for (word, unit) in WORDS {
        // Compare char by char from the end, so case changes of any length are harmless.
        let mut rest = head;
        let mut ok = true;
        for w in word.chars().rev() {
            match rest.chars().next_back() {
                Some(c) if c.to_lowercase().eq(std::iter::once(w)) => {
                    rest = &rest[..rest.len() - c.len_utf8()];
                }
                _ => {
                    ok = false;
                    break;
                }
            }
        }
        let boundary = !matches!(rest.chars().next_back(), Some(c) if c.is_alphanumeric());
        if ok && boundary {
            return Some((rest.len()..head.len(), unit));
        }
    }
    None
}

// ---------------------------------------------------------------------------------------------
// Folding

/// Folded text with, for each byte, the byte range of the original character it came from.
/// Always starts and ends with a space, so every word is delimited by spaces.
struct Folded {
    text: String,
    start: Vec<usize>,
    end: Vec<usize>,
}

impl Folded {
    fn push(&mut self, c: char, start: usize, end: usize) {
        self.text.push(c);
        for _ in 0..c.len_utf8() {
            self.start.push(start);
            self.end.push(end);
        }
    }
}

fn fold_map(s: &str) -> Folded {
    fold_range(s, 0..s.len())
}

/// What folding makes of a character: part of a word, a word separator, or a mark that
/// joins the character before it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Alnum,
    Space,
    Mark,
}

#[inline]
fn kind(c: char) -> Kind {
    if c.is_ascii() {
        return if c.is_ascii_alphanumeric() {
            Kind::Alnum
        } else {
            Kind::Space
        };
    }
    if latin_base(c).is_some() {
        return Kind::Alnum;
    }
    kind_general(c)
}

fn kind_general(c: char) -> Kind {
    let mut first = None;
    decompose_canonical(c, |d| {
        if first.is_none() {
            first = Some(d);
        }
    });
    match first.unwrap_or(c) {
        d if is_combining_mark(d) => Kind::Mark,
        'đ' | 'Đ' | 'ð' | 'Ð' | 'ɖ' | 'Ɖ' => Kind::Alnum,
        d if d.is_alphanumeric() => Kind::Alnum,
        _ => Kind::Space,
    }
}

/// [`fold_map`] of `s[range]`, with offsets into `s`.
fn fold_range(s: &str, range: Range<usize>) -> Folded {
    let base = range.start;
    let mut f = Folded {
        text: String::with_capacity(range.len() + 2),
        start: Vec::with_capacity(range.len() + 2),
        end: Vec::with_capacity(range.len() + 2),
    };
    f.push(' ', base, base);
    for (i, c) in s[range.clone()].char_indices() {
        let i = i + base;
        let j = i + c.len_utf8();
        // ASCII needs no decomposition.
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                f.push(c.to_ascii_lowercase(), i, j);
            } else if !f.text.ends_with(' ') {
                f.push(' ', i, j);
            }
            continue;
        }
        // Latin letters with diacritics: one table look-up instead of a decomposition.
        if let Some(b) = latin_base(c) {
            f.push(b, i, j);
            continue;
        }
        decompose_canonical(c, |d| {
            if is_combining_mark(d) {
                // A stray mark (NFD input) belongs to the character before it.
                if let Some(e) = f.end.last_mut() {
                    *e = j;
                }
                return;
            }
            let d = match d {
                'đ' | 'Đ' | 'ð' | 'Ð' | 'ɖ' | 'Ɖ' => 'd',
                _ => d,
            };
            if d.is_alphanumeric() {
                for l in d.to_lowercase().filter(|l| !is_combining_mark(*l)) {
                    f.push(l, i, j);
                }
            } else if !f.text.ends_with(' ') {
                f.push(' ', i, j);
            }
        });
    }
    if !f.text.ends_with(' ') {
        f.push(' ', range.end, range.end);
    }
    f
}

/// The lower-case ASCII base letter of a Latin letter with diacritics (U+00C0–U+1EFF): "ắ" →
/// 'a', "Đ" → 'd'; `None` outside the table or for letters with no ASCII base. Built once
/// from the Unicode decompositions.
#[inline]
pub(crate) fn latin_base(c: char) -> Option<char> {
    const FIRST: u32 = 0xC0;
    const LAST: u32 = 0x1EFF;
    static TABLE: std::sync::LazyLock<Vec<u8>> = std::sync::LazyLock::new(|| {
        (FIRST..=LAST)
            .map(|cp| {
                let Some(ch) = char::from_u32(cp) else {
                    return 0;
                };
                if matches!(ch, 'đ' | 'Đ' | 'ð' | 'Ð') {
                    return b'd';
                }
                let mut base = None;
                decompose_canonical(ch, |d| {
                    if base.is_none() {
                        base = Some(d);
                    }
                });
                match base {
                    Some(b) if b != ch && b.is_ascii_alphabetic() => b.to_ascii_lowercase() as u8,
                    _ => 0,
                }
            })
            .collect()
    });
    let cp = c as u32;
    if !(FIRST..=LAST).contains(&cp) {
        return None;
    }
    match TABLE[(cp - FIRST) as usize] {
        0 => None,
        b => Some(b as char),
    }
}

/// The fold key of a name: "Đăk  Nông" → "dak nong".
fn fold(s: &str) -> String {
    fold_map(s).text.trim().to_owned()
}

/// Whether each word of `s` (as split by folding) starts with an upper-case letter.
fn word_caps(s: &str, f: &Folded, span: Range<usize>) -> Vec<bool> {
    let bytes = f.text.as_bytes();
    (span.start..span.end)
        .filter(|&q| bytes[q] != b' ' && bytes[q - 1] == b' ')
        .map(|q| {
            s[f.start[q]..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        })
        .collect()
}

/// An abbreviation: at least two letters, all capitals, except a leading "Tp" ("Tp.HCM").
fn is_abbrev(s: &str) -> bool {
    let rest = s.strip_prefix("Tp").unwrap_or(s);
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && !rest.chars().any(char::is_lowercase)
}

/// Looks `name` up by its compact key, then again without a leading unit word.
fn lookup_key(name: &str, index: &HashMap<String, usize>, prefixes: &[&str]) -> Option<usize> {
    let key = fold(name);
    if let Some(&i) = index.get(&key.replace(' ', "")) {
        return Some(i);
    }
    prefixes.iter().find_map(|p| {
        let rest = key.strip_prefix(p)?.strip_prefix(' ')?;
        index.get(&rest.replace(' ', "")).copied()
    })
}

// ---------------------------------------------------------------------------------------------
// Matching

/// What a folded key stands for.
#[derive(Debug)]
struct Pattern {
    /// Row index; `None` for a `!` spelling (matches, reports nothing).
    target: Option<usize>,
    /// Words that must start with a capital in the text.
    caps: Vec<bool>,
    abbrev: bool,
    needs_unit: bool,
}

struct Matcher {
    ac: AhoCorasick,
    patterns: Vec<Pattern>,
    /// The first word of every key: a mention can only start at one of these.
    first_words: std::collections::HashSet<String>,
    /// The most words in a key.
    max_words: usize,
}

/// A spelling from a data file, with what it stands for.
struct Spelling {
    text: &'static str,
    target: Option<usize>,
    needs_unit: bool,
}

/// Records a row's name and variant spellings for the matcher; returns the variants that name
/// the row (the `!` spellings that name nothing are matched but not listed).
fn add_spellings(
    spelled: &mut Vec<Spelling>,
    name: &'static str,
    variants: &'static str,
    target: usize,
) -> Vec<&'static str> {
    spelled.push(Spelling {
        text: name,
        target: Some(target),
        needs_unit: false,
    });
    let mut listed = Vec::new();
    for s in spellings(variants, target) {
        if s.target.is_some() {
            listed.push(s.text);
        }
        spelled.push(s);
    }
    listed
}

/// Splits a variants cell into spellings, reading the `~` and `!` marks.
fn spellings(cell: &'static str, target: usize) -> impl Iterator<Item = Spelling> {
    cell.split('|')
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(move |v| {
            if let Some(v) = v.strip_prefix('~') {
                Spelling {
                    text: v,
                    target: Some(target),
                    needs_unit: true,
                }
            } else if let Some(v) = v.strip_prefix('!') {
                Spelling {
                    text: v,
                    target: None,
                    needs_unit: false,
                }
            } else {
                Spelling {
                    text: v,
                    target: Some(target),
                    needs_unit: false,
                }
            }
        })
}

/// Builds the lookup index (compact keys) and the automaton (fold keys). Spellings of the same
/// row that fold alike are merged: a word must be capitalised if every spelling capitalises
/// it, a key is an abbreviation if every spelling is one, and needs a unit word if any
/// spelling says so. Two rows sharing a key is an error.
fn build(
    spellings: &[Spelling],
    names: &[&str],
) -> Result<(HashMap<String, usize>, Matcher), String> {
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut keys: Vec<String> = Vec::new();
    let mut patterns: Vec<Pattern> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let owner = |t: Option<usize>| t.map_or("a '!' spelling", |i| names[i]);
    for s in spellings {
        let f = fold_map(s.text);
        let key = f.text.trim().to_owned();
        if key.is_empty() {
            return Err(format!("empty spelling for {}", owner(s.target)));
        }
        if !s.text.chars().next().is_some_and(char::is_uppercase) {
            return Err(format!("{:?} must start with a capital", s.text));
        }
        if let Some(t) = s.target {
            let c = key.replace(' ', "");
            match index.get(&c) {
                Some(&u) if u != t => {
                    return Err(format!(
                        "{:?} ({}) and {} share the key {c:?}",
                        s.text, names[t], names[u]
                    ))
                }
                _ => {
                    index.insert(c, t);
                }
            }
        }
        let caps = word_caps(s.text, &f, 1..f.text.len() - 1);
        let abbrev = is_abbrev(s.text);
        match by_key.get(&key) {
            Some(&k) => {
                let p = &mut patterns[k];
                if p.target != s.target {
                    return Err(format!(
                        "{:?} ({}) and {} share the key {key:?}",
                        s.text,
                        owner(s.target),
                        owner(p.target)
                    ));
                }
                for (a, b) in p.caps.iter_mut().zip(&caps) {
                    *a &= *b;
                }
                p.abbrev &= abbrev;
                p.needs_unit |= s.needs_unit;
            }
            None => {
                by_key.insert(key.clone(), patterns.len());
                keys.push(format!("{key} "));
                patterns.push(Pattern {
                    target: s.target,
                    caps,
                    abbrev,
                    needs_unit: s.needs_unit,
                });
            }
        }
    }
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(StartKind::Anchored)
        .build(&keys)
        .map_err(|e| e.to_string())?;
    let first_words = keys
        .iter()
        .filter_map(|k| k.split(' ').next())
        .map(str::to_owned)
        .collect();
    let max_words = keys
        .iter()
        .map(|k| k.split_whitespace().count())
        .max()
        .unwrap_or(1);
    Ok((
        index,
        Matcher {
            ac,
            patterns,
            first_words,
            max_words,
        },
    ))
}

/// Every accepted match in `text`: (byte range in `text`, row index).
///
/// Matches start at capitalised words whose folded form begins some key, so only those words
/// are looked at: each is folded with the words around it that a match can use (two words of
/// unit before, the longest key after) and the automaton runs anchored there. The result is
/// that of folding the whole text and trying every word start.
fn scan(m: &Matcher, text: &str) -> Vec<(Range<usize>, usize)> {
    let mut out = Vec::new();
    // Matches cannot start before `resume` (the end of the last accepted match).
    let mut resume = 0;
    let mut prev = Kind::Space;
    let mut first = String::new();
    for (i, c) in text.char_indices() {
        let k = kind(c);
        if k == Kind::Mark {
            continue;
        }
        let word_start = k == Kind::Alnum && prev == Kind::Space;
        prev = k;
        if !word_start || i < resume || !c.is_uppercase() {
            continue;
        }
        let first_end = word_end(text, i);
        if !fold_word(&mut first, &text[i..first_end]) {
            first = fold_range(text, i..first_end).text.trim().to_owned();
        }
        if !m.first_words.contains(first.as_str()) {
            continue;
        }
        let from = words_back(text, i, 2);
        let mut to = first_end;
        for _ in 1..m.max_words {
            to = word_end(text, next_word(text, to));
        }
        let f = fold_range(text, from..to);
        let bytes = f.text.as_bytes();
        let Some(p) = (1..bytes.len()).find(|&q| f.start[q] == i && bytes[q] != b' ') else {
            continue;
        };
        // Longest match anchored at this word start; if rejected, try shorter ones.
        let mut limit = bytes.len();
        while let Ok(Some(mat)) =
            m.ac.try_find(Input::new(&f.text).span(p..limit).anchored(Anchored::Yes))
        {
            let pat = &m.patterns[mat.pattern().as_usize()];
            let last = mat.end() - 2; // the last byte of the key (a space follows)
            let range = f.start[p]..f.end[last];
            let Some(target) = pat.target else {
                resume = range.end; // a '!' spelling: skip it whole
                break;
            };
            if accept(pat, text, &f, p..mat.end() - 1, &range) {
                resume = range.end;
                out.push((range, target));
                break;
            }
            limit = mat.end() - 1;
        }
    }
    out
}

/// The fold of one word made of ASCII letters and digits and Latin letters with diacritics,
/// into `out`; false (and `out` unusable) when the word has other characters.
fn fold_word(out: &mut String, word: &str) -> bool {
    out.clear();
    for c in word.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if let Some(b) = latin_base(c) {
            out.push(b);
        } else {
            return false;
        }
    }
    true
}

/// The end of the word starting at `at`: the first separator character after it (marks
/// belong to the word).
fn word_end(text: &str, at: usize) -> usize {
    text[at..]
        .char_indices()
        .find(|&(_, c)| kind(c) == Kind::Space)
        .map_or(text.len(), |(o, _)| at + o)
}

/// The start of the next word at or after `at` (the end of the text if none).
fn next_word(text: &str, at: usize) -> usize {
    text[at..]
        .char_indices()
        .find(|&(_, c)| kind(c) == Kind::Alnum)
        .map_or(text.len(), |(o, _)| at + o)
}

/// The start of the `n`th word before the word starting at `at` (or the start of the text).
fn words_back(text: &str, at: usize, n: usize) -> usize {
    let mut start = at;
    let mut seen = 0;
    let mut in_word = false;
    for (o, c) in text[..at].char_indices().rev() {
        match kind(c) {
            Kind::Alnum => {
                in_word = true;
                start = o;
            }
            Kind::Mark => {}
            Kind::Space => {
                if in_word {
                    seen += 1;
                    in_word = false;
                    if seen == n {
                        return start;
                    }
                }
            }
        }
    }
    if in_word {
        0
    } else {
        start
    }
}

fn accept(pat: &Pattern, text: &str, f: &Folded, span: Range<usize>, range: &Range<usize>) -> bool {
    let caps = word_caps(text, f, span.clone());
    if pat.caps.iter().zip(&caps).any(|(need, has)| *need && !*has) {
        return false;
    }
    if pat.abbrev && !is_abbrev(&text[range.clone()]) {
        return false;
    }
    if pat.needs_unit {
        let before = f.text[..span.start].trim_end();
        if !(before.ends_with(" tp") || before.ends_with(" thanh pho")) {
            return false;
        }
    }
    true
}

// ---------------------------------------------------------------------------------------------
// Tables

struct ProvinceData {
    rows: Vec<Province>,
    index: HashMap<String, usize>,
    matcher: Matcher,
}

struct RegionData {
    rows: Vec<Region>,
    index: HashMap<String, usize>,
    matcher: Matcher,
}

static PROVINCES: LazyLock<ProvinceData> = LazyLock::new(|| {
    parse_provinces(PROVINCES_TSV).unwrap_or_else(|e| panic!("data/provinces.tsv: {e}"))
});

static REGIONS: LazyLock<RegionData> = LazyLock::new(|| {
    parse_regions(REGIONS_TSV, provinces()).unwrap_or_else(|e| panic!("data/regions.tsv: {e}"))
});

fn provinces_data() -> &'static ProvinceData {
    &PROVINCES
}

fn regions_data() -> &'static RegionData {
    &REGIONS
}

/// Data lines with their 1-based line numbers, after checking the header.
fn data_lines(
    tsv: &'static str,
    header: &str,
) -> Result<impl Iterator<Item = (usize, &'static str)>, String> {
    let mut lines = tsv.lines();
    if lines.next() != Some(header) {
        return Err(format!("the first line must be the header {header:?}"));
    }
    Ok(lines
        .enumerate()
        .map(|(i, l)| (i + 2, l))
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#')))
}

fn flag(s: &str, line: usize, column: &str) -> Result<bool, String> {
    match s {
        "1" => Ok(true),
        "0" => Ok(false),
        _ => Err(format!("line {line}: {column} must be 0 or 1, not {s:?}")),
    }
}

fn parse_provinces(tsv: &'static str) -> Result<ProvinceData, String> {
    let mut rows = Vec::new();
    let mut spelled = Vec::new();
    for (n, line) in data_lines(tsv, PROVINCES_HEADER)? {
        let cols: Vec<&'static str> = line.split('\t').collect();
        let [name, unit, code, region, pre, post, successor, variants, code_2025] = cols[..] else {
            return Err(format!("line {n}: expected 9 columns, got {}", cols.len()));
        };
        let unit = match unit {
            "tinh" => Unit::Province,
            "thanh_pho" => Unit::City,
            _ => {
                return Err(format!(
                    "line {n}: unit must be tinh or thanh_pho, not {unit:?}"
                ))
            }
        };
        if !REGION_CODES.contains(&region) {
            return Err(format!("line {n}: unknown region {region:?}"));
        }
        if code.is_empty() || !code.bytes().all(|b| b.is_ascii_digit()) {
            return Err(format!("line {n}: bad code {code:?}"));
        }
        let post_2025 = flag(post, n, "post_2025")?;
        if post_2025 == code_2025.is_empty() {
            return Err(format!(
                "line {n}: code_2025 is given exactly when post_2025 is 1"
            ));
        }
        let listed = add_spellings(&mut spelled, name, variants, rows.len());
        rows.push(Province {
            name,
            unit,
            code,
            code_2025: (!code_2025.is_empty()).then_some(code_2025),
            region,
            pre_2025: flag(pre, n, "pre_2025")?,
            post_2025,
            successor_2025: successor,
            variants: listed,
        });
    }
    for p in &rows {
        let ok = rows
            .iter()
            .any(|s| s.name == p.successor_2025 && s.post_2025);
        if !ok {
            return Err(format!(
                "{}: successor {:?} is not a post-2025 row",
                p.name, p.successor_2025
            ));
        }
        if p.post_2025 && p.successor_2025 != p.name {
            return Err(format!("{}: a post-2025 unit is its own successor", p.name));
        }
    }
    let names: Vec<&str> = rows.iter().map(|p| p.name).collect();
    let (index, matcher) = build(&spelled, &names)?;
    Ok(ProvinceData {
        rows,
        index,
        matcher,
    })
}

fn parse_regions(tsv: &'static str, provinces: &'static [Province]) -> Result<RegionData, String> {
    let mut rows = Vec::new();
    let mut spelled = Vec::new();
    for (n, line) in data_lines(tsv, REGIONS_HEADER)? {
        let cols: Vec<&'static str> = line.split('\t').collect();
        let [name, variants, members] = cols[..] else {
            return Err(format!("line {n}: expected 3 columns, got {}", cols.len()));
        };
        let members = members
            .split('|')
            .map(|m| {
                provinces
                    .iter()
                    .find(|p| p.name == m)
                    .ok_or_else(|| format!("line {n}: unknown member {m:?}"))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let code = members.first().map(|p| p.region).unwrap_or_default();
        if members.iter().any(|p| p.region != code) {
            return Err(format!("line {n}: members come from different GSO regions"));
        }
        let listed = add_spellings(&mut spelled, name, variants, rows.len());
        rows.push(Region {
            name,
            code,
            variants: listed,
            members,
        });
    }
    let names: Vec<&str> = rows.iter().map(|r| r.name).collect();
    let (index, matcher) = build(&spelled, &names)?;
    Ok(RegionData {
        rows,
        index,
        matcher,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The scan as first written: fold the whole text, try every capitalised word start.
    fn scan_whole(m: &Matcher, text: &str) -> Vec<(Range<usize>, usize)> {
        let f = fold_map(text);
        let bytes = f.text.as_bytes();
        let mut out = Vec::new();
        let mut p = 1;
        while p < bytes.len() {
            if bytes[p] == b' '
                || bytes[p - 1] != b' '
                || !text[f.start[p]..]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            {
                p += 1;
                continue;
            }
            let mut limit = bytes.len();
            let mut next = p + 1;
            while let Ok(Some(mat)) =
                m.ac.try_find(Input::new(&f.text).span(p..limit).anchored(Anchored::Yes))
            {
                let pat = &m.patterns[mat.pattern().as_usize()];
                let range = f.start[p]..f.end[mat.end() - 2];
                let Some(target) = pat.target else {
                    next = mat.end();
                    break;
                };
                if accept(pat, text, &f, p..mat.end() - 1, &range) {
                    out.push((range, target));
                    next = mat.end();
                    break;
                }
                limit = mat.end() - 1;
            }
            p = next;
        }
        out
    }

    /// Looking only at words that can start a key finds what trying every word finds.
    #[test]
    fn ok_windowed_scan_agrees_with_whole_text_scan() {
        let pieces = [
            "Hà",
            "Nội",
            "Hồ",
            "Chí",
            "Minh",
            "TP",
            "TP.",
            "thành",
            "phố",
            "tỉnh",
            "Đắk",
            "Nông",
            "Đăk",
            "Bà",
            "Rịa",
            "Vũng",
            "Tàu",
            "BR-VT",
            "Thừa",
            "Thiên",
            "Huế",
            "Huệ",
            "Cần",
            "Thơ",
            "Quảng",
            "Ninh",
            "Nam",
            "Bình",
            "Định",
            "Tây",
            "Nguyên",
            "ĐBSH",
            "Việt",
            "Hợp",
            "tác",
            "xã",
            " ",
            "  ",
            ", ",
            ". ",
            "-",
            "\n",
            "(",
            ")",
            "a\u{0301}",
            "\u{0301}",
            "Ð",
            "x",
            "Thanh",
            "Hóa",
            "HÀ",
            "NỘI",
            "Sài",
            "Gòn",
            "Long",
            "An",
            "Hải",
            "Phòng",
            "thành phố ",
            "Thành phố ",
            "TP ",
            "Tp.",
            "Hồ Chí Minh",
            "Ho Chi Minh",
            "Điện Biên",
            "Điện Biên Phủ",
            "Thái Bình",
            "Thái Bình Dương",
            "Đông Nam Bộ",
        ];
        let data = provinces_data();
        let regions = regions_data();
        for s in [
            "ở thành phố Hồ Chí Minh",
            "Thành phố Hồ Chí Minh, TP Hồ Chí Minh và Tp.Hồ Chí Minh",
            "Chủ tịch Hồ Chí Minh",
            "Điện Biên Phủ, Điện Biên và Thái Bình Dương",
        ] {
            assert_eq!(
                scan(&data.matcher, s),
                scan_whole(&data.matcher, s),
                "{s:?}"
            );
        }
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..20000 {
            let mut s = String::new();
            for _ in 0..(seed % 16) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                s.push_str(pieces[(seed % pieces.len() as u64) as usize]);
                if seed % 3 == 0 {
                    s.push(' ');
                }
            }
            assert_eq!(
                scan(&data.matcher, &s),
                scan_whole(&data.matcher, &s),
                "{s:?}"
            );
            assert_eq!(
                scan(&regions.matcher, &s),
                scan_whole(&regions.matcher, &s),
                "{s:?}"
            );
        }
    }

    /// The fold key without spaces, as [`lookup`] compares it: "Đăk Nông" → "daknong".
    fn compact(s: &str) -> String {
        fold(s).replace(' ', "")
    }

    /// The surface text and canonical name of every hit.
    fn hits(text: &str) -> Vec<(&str, &'static str)> {
        find_all(text)
            .into_iter()
            .map(|h| (&text[h.range], h.province.name))
            .collect()
    }

    #[test]
    fn ok_table_counts() {
        let pre = provinces().iter().filter(|p| p.pre_2025).count();
        let post = provinces().iter().filter(|p| p.post_2025).count();
        assert_eq!((pre, post, provinces().len()), (63, 34, 64));
        let cities = |f: fn(&Province) -> bool| {
            provinces()
                .iter()
                .filter(|p| f(p) && p.unit == Unit::City)
                .count()
        };
        assert_eq!(cities(|p| p.pre_2025), 5);
        assert_eq!(cities(|p| p.post_2025), 6);
        // 29 names disappear as provinces (DOMAIN.md §3.3); Thừa Thiên Huế is renamed.
        let gone = provinces().iter().filter(|p| !p.post_2025).count();
        assert_eq!(gone, 30);
    }

    #[test]
    fn ok_table_successors_and_codes() {
        for p in provinces() {
            let s = p.successor().expect(p.name);
            assert!(s.post_2025, "{}", p.name);
            assert_eq!(s.successor_2025, s.name);
            assert_eq!(p.code.len(), 2, "{}", p.name);
        }
        let pre_codes: std::collections::HashSet<_> = provinces()
            .iter()
            .filter(|p| p.pre_2025)
            .map(|p| p.code)
            .collect();
        assert_eq!(pre_codes.len(), 63);
        let post_codes: std::collections::HashSet<_> =
            provinces().iter().filter_map(|p| p.code_2025).collect();
        assert_eq!(post_codes.len(), 34);
        // Every post-2025 unit has predecessors, and they cover the 63 exactly once.
        let covered: usize = provinces()
            .iter()
            .filter(|p| p.post_2025)
            .map(|p| p.predecessors().len())
            .sum();
        assert_eq!(covered, 63);
        let names = |v: Vec<&'static Province>| v.iter().map(|p| p.name).collect::<Vec<_>>();
        assert_eq!(
            names(lookup("Lâm Đồng").unwrap().predecessors()),
            ["Bình Thuận", "Đắk Nông", "Lâm Đồng"]
        );
        assert_eq!(
            names(lookup("Huế").unwrap().predecessors()),
            ["Thừa Thiên Huế"]
        );
        assert_eq!(lookup("Lào Cai").unwrap().code_2025, Some("15"));
    }

    #[test]
    fn ok_table_sorted_and_region_counts() {
        let keys: Vec<String> = provinces().iter().map(|p| fold(p.name)).collect();
        assert!(keys.windows(2).all(|w| w[0] < w[1]), "{keys:?}");
        let rkeys: Vec<String> = regions().iter().map(|r| fold(r.name)).collect();
        assert!(rkeys.windows(2).all(|w| w[0] < w[1]), "{rkeys:?}");
        let mut total = 0;
        for r in regions() {
            let n = provinces()
                .iter()
                .filter(|p| p.pre_2025 && p.region == r.code)
                .count();
            assert_eq!(r.members.len(), n, "{}", r.name);
            assert!(r.members.iter().all(|p| p.pre_2025), "{}", r.name);
            total += n;
        }
        assert_eq!(total, 63);
        assert_eq!(regions().len(), 6);
    }

    #[test]
    fn ok_table_keys_unique() {
        // build() refuses shared keys; check again over everything the index holds.
        let mut seen: HashMap<String, &str> = HashMap::new();
        for p in provinces() {
            let mut own: Vec<String> = std::iter::once(p.name)
                .chain(p.variants.iter().copied())
                .map(compact)
                .collect();
            own.sort();
            own.dedup();
            for k in own {
                if let Some(other) = seen.insert(k.clone(), p.name) {
                    panic!("{k:?} is shared by {other} and {}", p.name);
                }
            }
        }
        // The fold here agrees with the crate's comparison key.
        for p in provinces() {
            for v in std::iter::once(&p.name).chain(&p.variants) {
                assert_eq!(fold(v), crate::normalise::fold_key(v));
            }
        }
    }

    #[test]
    fn err_duplicate_key() {
        let tsv =
            "name\tunit\tcode\tregion\tpre_2025\tpost_2025\tsuccessor_2025\tvariants\tcode_2025\n\
                   Đắk Nông\ttinh\t67\tTAY_NGUYEN\t1\t1\tĐắk Nông\tDak Nong\t67\n\
                   Đắk Lắk\ttinh\t66\tTAY_NGUYEN\t1\t1\tĐắk Lắk\tĐăk Nông\t66\n";
        let err = parse_provinces(tsv).err().unwrap();
        assert!(err.contains("share the key"), "{err}");
    }

    #[test]
    fn err_bad_rows() {
        let head =
            "name\tunit\tcode\tregion\tpre_2025\tpost_2025\tsuccessor_2025\tvariants\tcode_2025\n";
        let cases: [(&'static str, &str); 4] = [
            ("X\ttinh\t01\tDBSH\t1\t0\tY\t\t\n", "successor"),
            ("X\tquan\t01\tDBSH\t1\t1\tX\t\t01\n", "unit"),
            ("X\ttinh\t01\tNORTH\t1\t1\tX\t\t01\n", "region"),
            ("X\ttinh\t01\tDBSH\t1\t1\tX\n", "columns"),
        ];
        for (row, what) in cases {
            let tsv: &'static str = Box::leak(format!("{head}{row}").into_boxed_str());
            let err = parse_provinces(tsv).err().unwrap();
            assert!(err.contains(what), "{err}");
        }
        assert!(parse_provinces("name\tunit\n").is_err());
    }

    #[test]
    fn ok_elided_unit_completed_once() {
        let hp = lookup("Hải Phòng");
        assert_eq!(
            complete_unit("Ủy ban nhân dân thành phố", hp),
            "Ủy ban nhân dân thành phố Hải Phòng"
        );
        let dn = lookup("Đắk Nông");
        assert_eq!(
            complete_unit("Ủy ban nhân dân tỉnh", dn),
            "Ủy ban nhân dân tỉnh Đắk Nông"
        );
        assert_eq!(complete_unit("Chính phủ", dn), "Chính phủ");
        assert_eq!(
            complete_unit("Ủy ban nhân dân tỉnh", None),
            "Ủy ban nhân dân tỉnh"
        );
    }

    #[test]
    fn ok_with_unit() {
        assert_eq!(lookup("Đắk Nông").unwrap().with_unit(), "tỉnh Đắk Nông");
        assert_eq!(lookup("Hà Nội").unwrap().with_unit(), "thành phố Hà Nội");
        assert_eq!(
            lookup("TP.HCM").unwrap().with_unit(),
            "Thành phố Hồ Chí Minh"
        );
        assert_eq!(lookup("Huế").unwrap().with_unit(), "thành phố Huế");
        assert_eq!(
            lookup("Thừa Thiên Huế").unwrap().with_unit(),
            "tỉnh Thừa Thiên Huế"
        );
    }

    #[test]
    fn ok_lookup_variants() {
        let cases = [
            ("Đăk Nông", "Đắk Nông"),
            ("Đắc Nông", "Đắk Nông"),
            ("dak nong", "Đắk Nông"),
            ("DakNong", "Đắk Nông"),
            ("Ðắk Nông", "Đắk Nông"),
            ("tỉnh Đăk Nông", "Đắk Nông"),
            ("Daklak", "Đắk Lắk"),
            ("Đắc Lắc", "Đắk Lắk"),
            ("Daclac", "Đắk Lắk"),
            ("ĐẮK LẮK", "Đắk Lắk"),
            ("Kontum", "Kon Tum"),
            ("Kon-Tum", "Kon Tum"),
            ("Gialai", "Gia Lai"),
            ("TP.HCM", "Hồ Chí Minh"),
            ("TP HCM", "Hồ Chí Minh"),
            ("TPHCM", "Hồ Chí Minh"),
            ("Tp.HCM", "Hồ Chí Minh"),
            ("HCMC", "Hồ Chí Minh"),
            ("Sài Gòn", "Hồ Chí Minh"),
            ("Thành phố Hồ Chí Minh", "Hồ Chí Minh"),
            ("TP. Hồ Chí Minh", "Hồ Chí Minh"),
            ("Thừa Thiên - Huế", "Thừa Thiên Huế"),
            ("TT-Huế", "Thừa Thiên Huế"),
            ("Huế", "Huế"),
            ("Thành phố Huế", "Huế"),
            ("Hoà Bình", "Hòa Bình"),
            ("Thanh Hoá", "Thanh Hóa"),
            ("Khánh Hoà", "Khánh Hòa"),
            ("Bà Rịa – Vũng Tàu", "Bà Rịa - Vũng Tàu"),
            ("Bà Rịa Vũng Tàu", "Bà Rịa - Vũng Tàu"),
            ("BR-VT", "Bà Rịa - Vũng Tàu"),
            ("Bắc Cạn", "Bắc Kạn"),
            ("Ha Noi", "Hà Nội"),
            ("Hanoi", "Hà Nội"),
            ("Thủ đô Hà Nội", "Hà Nội"),
            ("TP Hà Nội", "Hà Nội"),
            ("Da Nang", "Đà Nẵng"),
            ("Ðà Nẵng", "Đà Nẵng"),
            ("  cần   thơ ", "Cần Thơ"),
        ];
        for (input, want) in cases {
            assert_eq!(lookup(input).map(|p| p.name), Some(want), "{input}");
        }
    }

    #[test]
    fn err_lookup_unknown() {
        for input in [
            "Đắk Mil",
            "Điện Biên Phủ",
            "Tây Nguyên",
            "tỉnh",
            "",
            "Vũng Tàu",
            "HN",
        ] {
            assert_eq!(lookup(input).map(|p| p.name), None, "{input}");
        }
    }

    #[test]
    fn ok_find_two_provinces() {
        let text = "Liên minh HTX hai tỉnh Đăk Nông và Bình Phước";
        let found = find_all(text);
        assert_eq!(found.len(), 2);
        let a = text.find("Đăk").unwrap();
        let b = text.find("Bình").unwrap();
        assert_eq!(found[0].range, a..a + "Đăk Nông".len());
        assert_eq!(found[0].province.name, "Đắk Nông");
        assert_eq!(found[1].range, b..text.len());
        assert_eq!(found[1].province.name, "Bình Phước");
        assert_eq!(unit_before(text, a), Some((a - 7..a - 1, Unit::Province)));
    }

    #[test]
    fn ok_find_four_cities() {
        let text = "Liên minh Hợp tác xã 4 thành phố lớn gồm: Hải Phòng, Đà Nẵng, Cần Thơ và \
                    Thành phố Hồ Chí Minh";
        assert_eq!(
            hits(text),
            [
                ("Hải Phòng", "Hải Phòng"),
                ("Đà Nẵng", "Đà Nẵng"),
                ("Cần Thơ", "Cần Thơ"),
                ("Hồ Chí Minh", "Hồ Chí Minh"),
            ]
        );
        let hcm = find_all(text).pop().unwrap();
        let (r, unit) = unit_before(text, hcm.range.start).unwrap();
        assert_eq!((&text[r], unit), ("Thành phố", Unit::City));
    }

    #[test]
    fn ok_find_variants_in_text() {
        assert_eq!(
            hits("Đoàn công tác TP.HCM, TPHCM và Tp.HCM thăm Daklak, Kontum (Gialai)."),
            [
                ("TP.HCM", "Hồ Chí Minh"),
                ("TPHCM", "Hồ Chí Minh"),
                ("Tp.HCM", "Hồ Chí Minh"),
                ("Daklak", "Đắk Lắk"),
                ("Kontum", "Kon Tum"),
                ("Gialai", "Gia Lai"),
            ]
        );
        assert_eq!(
            hits("tỉnh Thừa Thiên - Huế, TT-Huế, thành phố Huế, tỉnh Bà Rịa – Vũng Tàu (BR-VT)"),
            [
                ("Thừa Thiên - Huế", "Thừa Thiên Huế"),
                ("TT-Huế", "Thừa Thiên Huế"),
                ("Huế", "Huế"),
                ("Bà Rịa – Vũng Tàu", "Bà Rịa - Vũng Tàu"),
                ("BR-VT", "Bà Rịa - Vũng Tàu"),
            ]
        );
        assert_eq!(
            hits("Cụm Đồng bằng Sông Hồng (Thành phố Hà Nội, Ninh Bình, Hà Nam, Nam Định, Thái Bình, Thành phố Hải Phòng)")
                .len(),
            6
        );
        assert_eq!(hits("TỈNH ĐẮK NÔNG"), [("ĐẮK NÔNG", "Đắk Nông")]);
        assert_eq!(
            hits("Hoà Bình, Thanh Hoá"),
            [("Hoà Bình", "Hòa Bình"), ("Thanh Hoá", "Thanh Hóa")]
        );
    }

    #[test]
    fn ok_find_nfd_and_eth() {
        use unicode_normalization::UnicodeNormalization;
        let text: String = "ở Đắk Nông.".nfd().collect();
        let found = find_all(&text);
        assert_eq!(found.len(), 1);
        assert_eq!(
            &text[found[0].range.clone()],
            "Đắk Nông".nfd().collect::<String>()
        );
        assert_eq!(hits("Ðà Nẵng"), [("Ðà Nẵng", "Đà Nẵng")]);
    }

    #[test]
    fn err_find_lower_case_and_districts() {
        assert!(find_all("cần bình định giá lại; long an toàn").is_empty());
        assert!(find_all("Hòa bình là khát vọng").is_empty());
        assert!(find_all("huyện Đắk Mil, Đăk Mil, Đắk R'Lấp").is_empty());
        assert!(find_all("5 tỉnh Tây Nguyên").is_empty());
        assert!(find_all("hcm, Hcm, brvt").is_empty());
        assert!(find_all("Bình Địnhh, XĐà Nẵng").is_empty());
    }

    #[test]
    fn err_find_blocked_longer_names() {
        assert!(find_all("chiến thắng Điện Biên Phủ").is_empty());
        assert!(find_all("Thái Bình Dương").is_empty());
        assert!(find_all("Chủ tịch Hồ Chí Minh, Đoàn Thanh niên Cộng sản Hồ Chí Minh").is_empty());
        assert_eq!(hits("tỉnh Điện Biên"), [("Điện Biên", "Điện Biên")]);
        assert_eq!(hits("tỉnh Thái Bình"), [("Thái Bình", "Thái Bình")]);
        assert_eq!(hits("TP Hồ Chí Minh"), [("Hồ Chí Minh", "Hồ Chí Minh")]);
    }

    #[test]
    fn ok_regions() {
        let r = region("Tây Nguyên").unwrap();
        let names: Vec<&str> = r.members.iter().map(|p| p.name).collect();
        assert_eq!(
            names,
            ["Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng"]
        );
        assert_eq!(r.code, "TAY_NGUYEN");
        assert_eq!(region("ĐBSH").unwrap().name, "Đồng bằng sông Hồng");
        assert_eq!(region("Đồng bằng Sông Hồng").unwrap().members.len(), 11);
        assert_eq!(region("dbscl").unwrap().members.len(), 13);
        assert_eq!(region("vùng Đông Nam Bộ").unwrap().members.len(), 6);
        assert_eq!(region("BTB&DHMT").unwrap().members.len(), 14);
        assert_eq!(
            region("Trung du miền núi phía Bắc").unwrap().members.len(),
            14
        );
        assert!(region("Thái Nguyên").is_none());
        assert!(region("Tây Bắc").is_none());
    }

    #[test]
    fn ok_find_regions() {
        let text = "5 tỉnh Tây Nguyên và các tỉnh ĐBSCL";
        let found = find_regions(text);
        assert_eq!(found.len(), 2);
        let at = text.find("Tây").unwrap();
        assert_eq!(found[0].0, at..at + "Tây Nguyên".len());
        assert_eq!(found[0].1.members.len(), 5);
        assert_eq!(found[1].1.name, "Đồng bằng sông Cửu Long");
        let cum = "Cụm Đồng bằng Sông Hồng (Thành phố Hà Nội)";
        let found = find_regions(cum);
        assert_eq!(&cum[found[0].0.clone()], "Đồng bằng Sông Hồng");
        assert!(find_regions("tỉnh Thái Nguyên; tây nguyên; đbsh").is_empty());
    }
}

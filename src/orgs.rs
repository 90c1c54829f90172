//! Organisation phrases: where a named organisation starts and ends in running text, and
//! what kind it is (DOMAIN.md §6).
//!
//! An organisation starts with a head word from `data/org_heads.tsv` ("Bộ", "Sở", "Ủy ban
//! nhân dân", "Hợp tác xã", "Quỹ tín dụng nhân dân", "Khối thi đua", …) and runs until a
//! verb or function word that cannot be part of a name (đã, tổ chức, thuộc, của, tại, …), a
//! punctuation mark, or a "và" not followed by a capitalised word. A dash between words
//! ("Khoa học – kỹ thuật") stays inside.
//!
//! The alliances (Liên minh Hợp tác xã …) have their own grammar in [`crate::parties`].

use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

struct HeadEntry {
    head: &'static str,
    kind: &'static str,
    /// Needs a capitalised word (or a unit word) right after it to count as a name.
    needs_name: bool,
    /// The head is the whole name: "Thủ tướng Chính phủ Lê Minh Tuấn" is an office and a
    /// person.
    whole: bool,
}

struct Heads {
    entries: Vec<HeadEntry>,
    ac: AhoCorasick,
}

static HEADS: LazyLock<Heads> = LazyLock::new(|| {
    let entries: Vec<HeadEntry> = include_str!("../data/org_heads.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut c = l.split('\t');
            let head = c.next()?;
            let kind = c.next()?;
            let flag = c.next()?;
            Some(HeadEntry {
                head,
                kind,
                needs_name: flag == "1",
                whole: flag == "whole",
            })
        })
        .collect();
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        .build(entries.iter().map(|e| e.head))
        .expect("org head automaton");
    Heads { entries, ac }
});

/// Words that end an organisation name.
const STOP_WORDS: &[&str] = &[
    "đã", "vừa", "sẽ", "đang", "tổ", "tiến", "ban", "có", "thuộc", "là", "của", "tại", "với",
    "cho", "về", "trong", "phối", "cùng", "được", "làm", "tiếp", "ký", "trao", "tặng", "nhận",
    "đề", "tham", "chủ", "phát", "thông", "chia", "cũng", "đến", "từ", "theo", "nhằm", "để",
    "khai", "diễn", "tham", "giới", "trên", "dưới", "sau", "trước", "khi", "nay", "hiện", "gồm",
    "do", "vào", "năm", "ngày", "lần", "nhiệm", "giai", "các", "những", "một", "hai", "báo", "yêu",
    "vì", "nhờ", "bởi", "vinh", "đón", "đạt", "luôn", "tiếp", "vẫn", "còn", "không", "chưa", "mới",
    "đều", "bị", "như",
];

/// Two-word verbs that end an organisation name.
const STOP_BIGRAMS: &[(&str, &str)] = &[
    ("hợp", "tác"),
    ("ký", "kết"),
    ("phối", "hợp"),
    ("triển", "khai"),
    ("khai", "mạc"),
    ("tổ", "chức"),
    ("đào", "tạo"),
    ("hỗ", "trợ"),
    ("ra", "mắt"),
    ("kết", "nối"),
    ("trao", "đổi"),
    ("long", "trọng"),
    ("trọng", "thể"),
];

/// An organisation phrase found in text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrgPhrase {
    pub span: Range<usize>,
    pub head: &'static str,
    pub kind: &'static str,
}

/// Whether `s` starts with an administrative unit word ("tỉnh", "thành phố", "huyện", …):
/// "Hội Liên hiệp Phụ nữ (LHPN) tỉnh" goes on past its abbreviation.
fn starts_with_unit(s: &str) -> bool {
    [
        "tỉnh",
        "thành phố",
        "huyện",
        "quận",
        "thị xã",
        "xã",
        "phường",
    ]
    .iter()
    .any(|u| s.starts_with(u) && !s[u.len()..].starts_with(char::is_alphanumeric))
}

/// The end of the name that starts at `start` (after its head ending at `head_end`).
pub fn name_end(text: &str, head_end: usize, limit: usize, max_words: usize) -> usize {
    let mut end = head_end;
    let mut pos = head_end;
    let mut words = 0;
    let bytes = text.as_bytes();
    while pos < limit && words < max_words {
        // Skip one space.
        let rest = &text[pos..limit];
        let trimmed = rest.trim_start_matches(' ');
        if trimmed.len() == rest.len() || trimmed.is_empty() {
            break;
        }
        let wstart = pos + (rest.len() - trimmed.len());
        // "Liên hiệp Hợp tác xã (HTX) Cà phê …", "Ngân hàng … (Agribank) chi nhánh …": a short
        // definition or alias in parentheses, and the name goes on after it.
        if trimmed.starts_with('(') {
            if let Some(close) = trimmed.find(')').filter(|&k| k < 30) {
                let next = trimmed[close + 1..].trim_start();
                let inner = &trimmed[1..close];
                let definition = !inner.is_empty()
                    && inner.chars().all(|c| c.is_uppercase() || c == ' ')
                    && (next.starts_with(char::is_uppercase) || starts_with_unit(next));
                let branch = next.starts_with("chi nhánh") || next.starts_with("Chi nhánh");
                if branch || definition {
                    pos = wstart + close + 1;
                    continue;
                }
            }
            break;
        }
        // A dash between words stays in the name: "Khoa học – kỹ thuật".
        if trimmed.starts_with(['-', '–', '—']) {
            let dash_len = trimmed.chars().next().map_or(1, char::len_utf8);
            let after = &trimmed[dash_len..];
            if after.starts_with(' ') && after.trim_start().starts_with(char::is_alphabetic) {
                pos = wstart + dash_len;
                continue;
            }
            break;
        }
        // A word may join letters with "-" or "&" ("TM-DV", "NN&PTNT").
        let wlen = trimmed
            .char_indices()
            .find(|&(k, c)| {
                // "TM-DV", "NN&PTNT", "K'Long", "K’Long": joined inside a word; "TP.HCM":
                // capitals joined by a dot.
                let after = &trimmed[k + c.len_utf8()..];
                let joiner = (matches!(c, '-' | '&' | '\'' | '’')
                    && after.starts_with(char::is_alphanumeric)
                    && k > 0)
                    || (c == '.'
                        && after.starts_with(char::is_uppercase)
                        && trimmed[..k].chars().all(char::is_uppercase)
                        && k > 0);
                !(c.is_alphanumeric() || joiner)
            })
            .map_or(trimmed.len(), |(k, _)| k);
        if wlen == 0 {
            break;
        }
        let word = &trimmed[..wlen];
        let lower = word.to_lowercase();
        if lower == "và" {
            let next = trimmed[wlen..].trim_start();
            if next.starts_with(char::is_uppercase) && !starts_with_head(next) {
                pos = wstart + wlen;
                continue;
            }
            break;
        }
        // "Khối thi đua các Quỹ tín dụng nhân dân": "các" before a name stays in it.
        let plural_of_name =
            lower == "các" && trimmed[wlen..].trim_start().starts_with(char::is_uppercase);
        if STOP_WORDS.contains(&lower.as_str())
            && !word.starts_with(char::is_uppercase)
            && !plural_of_name
        {
            break;
        }
        // Verbs of two words: "… Vinh hợp tác đào tạo", "… Tân Phú ký kết".
        if !word.starts_with(char::is_uppercase) {
            let next = trimmed[wlen..].trim_start();
            let next_word: String = next
                .chars()
                .take_while(|c| c.is_alphabetic())
                .flat_map(char::to_lowercase)
                .collect();
            if STOP_BIGRAMS.contains(&(lower.as_str(), next_word.as_str())) {
                break;
            }
        }
        end = wstart + wlen;
        pos = end;
        words += 1;
        if bytes
            .get(pos)
            .is_some_and(|b| matches!(b, b',' | b'.' | b';' | b':' | b')'))
        {
            break;
        }
    }
    end
}

/// True if `s` starts with an organisation head ("Quỹ tín dụng nhân dân …").
pub fn starts_with_head(s: &str) -> bool {
    HEADS
        .ac
        .find(s)
        .is_some_and(|m| m.start() == 0 && !s[m.end()..].starts_with(char::is_alphanumeric))
        || s.starts_with("Liên minh")
}

/// Every organisation phrase in `range` of `text`.
pub fn find(text: &str, range: Range<usize>) -> Vec<OrgPhrase> {
    let h = &*HEADS;
    let s = &text[range.clone()];
    let mut out = Vec::new();
    for m in h.ac.find_iter(s) {
        let start = range.start + m.start();
        if !crate::text::starts_word(text, start) || !text[start..].starts_with(char::is_uppercase)
        {
            continue;
        }
        // "Liên minh Hợp tác xã …" is an alliance (parties.rs), not a cooperative; "Ngày Hợp
        // tác xã Việt Nam" is a day.
        let before = text[..start].trim_end();
        if before.ends_with("minh")
            || before.ends_with("Minh")
            || before.ends_with("các")
            || before.ends_with("Ngày")
        {
            continue;
        }
        let head_end = range.start + m.end();
        if text[head_end..].starts_with(char::is_alphanumeric) {
            continue;
        }
        let e = &h.entries[m.pattern().as_usize()];
        // "Phó Thủ tướng", "Phó Chủ tịch UBND …": a deputy's title, not the body.
        if e.whole && before.ends_with("Phó") {
            continue;
        }
        let end = if e.whole {
            head_end
        } else {
            name_end(text, head_end, range.end, 16)
        };
        if e.needs_name {
            // A proper name somewhere after the head ("HTX hồ tiêu hữu cơ Bình Tiến"), or a
            // unit word right after it ("Ủy ban nhân dân tỉnh").
            let next = text[head_end..end].trim_start();
            let named = next
                .split_whitespace()
                .any(|w| w.starts_with(char::is_uppercase));
            if !named && !starts_with_unit(next) {
                continue;
            }
        }
        if out.last().is_some_and(|o: &OrgPhrase| o.span.end > start) {
            continue;
        }
        out.push(OrgPhrase {
            span: start..end,
            head: e.head,
            kind: e.kind,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(s: &str) -> Vec<(&str, &'static str)> {
        find(s, 0..s.len())
            .into_iter()
            .map(|o| (&s[o.span], o.kind))
            .collect()
    }

    #[test]
    fn ok_cooperative_development_fund() {
        assert_eq!(
            names("Liên minh HTX tỉnh và Quỹ Hỗ trợ phát triển HTX tỉnh tổ chức trao quyết định cho vay")[0],
            ("Quỹ Hỗ trợ phát triển HTX tỉnh", "other")
        );
    }

    #[test]
    fn ok_named_day_is_no_organisation() {
        assert!(names("tổ chức Lễ kỷ niệm Ngày HTX Việt Nam (11/4)").is_empty());
        assert!(names("kỷ niệm Ngày Hợp tác xã Việt Nam 11/4").is_empty());
    }

    #[test]
    fn ok_apostrophe_inside_a_name() {
        assert_eq!(
            names("Đại hội của HTX Nông nghiệp Dịch vụ K’Long Phi Liêng.")[0].0,
            "HTX Nông nghiệp Dịch vụ K’Long Phi Liêng"
        );
        assert_eq!(
            names("thành viên HTX Chè K'Bang đã ký")[0].0,
            "HTX Chè K'Bang"
        );
    }

    #[test]
    fn ok_adverb_ends_a_name_a_fruit_does_not() {
        assert_eq!(
            names("Sáng 15/01/2020, QTDND Vũ Hội long trọng tổ chức Đại hội thành viên")[0].0,
            "QTDND Vũ Hội"
        );
        assert_eq!(
            names("tặng Bằng khen cho HTX Thanh long Hàm Minh.")[0].0,
            "HTX Thanh long Hàm Minh"
        );
    }

    #[test]
    fn ok_ministry_name_with_va() {
        assert_eq!(
            names("tỉnh Hà Nam, Bộ Nông nghiệp và Phát triển nông thôn đã tổ chức hội nghị"),
            vec![("Bộ Nông nghiệp và Phát triển nông thôn", "government")]
        );
    }

    #[test]
    fn ok_dash_inside_name_and_stop_words() {
        assert_eq!(
            names("ủy viên của Liên hiệp hội Khoa học – kỹ thuật tỉnh."),
            vec![("Liên hiệp hội Khoa học – kỹ thuật tỉnh", "association")]
        );
        assert_eq!(
            names("Khối thi đua khen thưởng Phi nông nghiệp thuộc Liên minh"),
            vec![("Khối thi đua khen thưởng Phi nông nghiệp", "other")]
        );
        assert_eq!(
            names("Thủ tướng Chính phủ vừa ban hành"),
            vec![("Thủ tướng Chính phủ", "government")]
        );
    }

    #[test]
    fn ok_office_named_whole_not_its_holder_or_deputy() {
        assert_eq!(
            names("tặng Bằng khen của Thủ tướng Chính phủ Phạm Minh Chính cho"),
            vec![("Thủ tướng Chính phủ", "government")]
        );
        assert!(names("Phó Thủ tướng Chính phủ Lê Minh Tuấn vừa ký").is_empty());
    }

    #[test]
    fn ok_city_abbreviation_with_a_dot_inside_a_name() {
        assert_eq!(
            names("Trường Đại học Nông Lâm TP.HCM ký kết với Liên minh")[0].0,
            "Trường Đại học Nông Lâm TP.HCM"
        );
        // A dot after a name ends it.
        assert_eq!(
            names("Hợp tác xã Tân Phú. Ông Nam cho biết")[0].0,
            "Hợp tác xã Tân Phú"
        );
    }

    #[test]
    fn ok_plural_inside_a_name() {
        assert_eq!(
            names("Khối thi đua các Quỹ tín dụng nhân dân tổ chức hội nghị"),
            vec![("Khối thi đua các Quỹ tín dụng nhân dân", "other")]
        );
    }

    #[test]
    fn ok_definitions_and_aliases_in_parentheses() {
        assert_eq!(
            names("Liên hiệp Hợp tác xã (HTX) Cà phê bền vững Ea Tu tổ chức lễ ra mắt."),
            vec![(
                "Liên hiệp Hợp tác xã (HTX) Cà phê bền vững Ea Tu",
                "cooperative_union"
            )]
        );
        assert_eq!(
            names("Ngân hàng Nông nghiệp (Agribank) chi nhánh tỉnh Đắk Lắk ký kết"),
            vec![(
                "Ngân hàng Nông nghiệp (Agribank) chi nhánh tỉnh Đắk Lắk",
                "bank"
            )]
        );
        // The abbreviation sits before the unit word, which still belongs to the name.
        assert_eq!(
            names("Hội Liên hiệp Phụ nữ (LHPN) tỉnh tổ chức ký kết"),
            vec![("Hội Liên hiệp Phụ nữ (LHPN) tỉnh", "association")]
        );
        // Abbreviated heads and the youth union.
        assert_eq!(
            names("Liên minh HTX tỉnh phối hợp với Hội Nông dân và Hội LHPN tỉnh nhằm hỗ trợ"),
            vec![
                ("Hội Nông dân", "association"),
                ("Hội LHPN tỉnh", "association")
            ]
        );
        assert_eq!(
            names("Liên minh Hợp tác xã tỉnh và Tỉnh đoàn Thanh Hóa đã ký kết"),
            vec![("Tỉnh đoàn Thanh Hóa", "association")]
        );
        // A bracketed note before an ordinary word ends the name.
        assert_eq!(
            names("Hội Nông dân (HND) xây dựng mô hình"),
            vec![("Hội Nông dân", "association")]
        );
    }

    #[test]
    fn ok_cooperatives() {
        assert_eq!(
            names("trao cho HTX Công Bằng Thuận An, Quỹ tín dụng nhân dân Đăk Mil;"),
            vec![
                ("HTX Công Bằng Thuận An", "cooperative"),
                ("Quỹ tín dụng nhân dân Đăk Mil", "credit_fund")
            ]
        );
    }

    #[test]
    fn err_common_nouns_are_not_names() {
        assert!(names("các Hợp tác xã đang hoạt động; Ủy ban nhân dân cấp huyện").is_empty());
    }
}

//! Awards: which honour went to whom, and honours given to counted collectives and
//! individuals (DOMAIN.md §7).
//!
//! An award phrase ("cờ thi đua", "Bằng khen", "giấy khen", "Huân chương Lao động hạng Ba",
//! "Kỷ niệm chương", "cờ “Đơn vị dẫn đầu …”", …; `data/awards.tsv`) counts when a presenting
//! verb (trao, tặng, khen thưởng, đón nhận, …) stands before it in the clause, or when it opens
//! a clause that continues an award list ("…; Bằng khen cho các tập thể: …"). Phrases joined
//! by "và" share their recipients. After the phrase: an optional issuer ("của UBND tỉnh …"),
//! then "cho" and the recipients up to the end of the clause: a count ("02 đơn vị", "11 tập thể
//! và 25 cá nhân") and/or named recipients after ":", "là" or directly. Passive forms ("X được
//! … tặng Huân chương …", "X vinh dự đón nhận …") take the organisation before the verb.
//! Proposals ("đề nghị tặng"), membership decisions and rotating cluster flags are not
//! awards. An issuer stated once applies to later awards of the article.
//!
//! Not handled yet: recipients that are people without an honorific; awards in captions.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::abbrev::canonical_name;
use crate::orgs;
use crate::parties::Places;

/// One (award, recipient) pair.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AwardFact {
    pub award: String,
    pub issuer: Option<String>,
    pub recipient: String,
    pub recipient_kind: &'static str,
    pub recipient_span: Range<usize>,
}

/// An award given to counted recipients.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CountFact {
    pub award: String,
    pub collectives: Option<u32>,
    pub individuals: Option<u32>,
    pub span: Range<usize>,
}

impl CountFact {
    /// Fills the side of the count still unknown ("… và 01 cá nhân là …"), the span reaching
    /// to `end`.
    fn complete(&mut self, n: Option<u32>, individual: bool, end: usize) {
        let side = if individual {
            &mut self.individuals
        } else {
            &mut self.collectives
        };
        if side.is_none() {
            *side = n;
            self.span.end = self.span.end.max(end);
        }
    }
}

struct AwardRule {
    canonical: &'static str,
    /// The pattern without word boundaries, which would keep the regex crate off its DFAs
    /// on Vietnamese text: the match must start a word, checked after the search.
    re: Regex,
    /// The pattern ended with `\b`: the match must also end a word.
    ends_word: bool,
}

static AWARDS: LazyLock<Vec<AwardRule>> = LazyLock::new(|| {
    include_str!("../data/awards.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut c = l.split('\t');
            let canonical = c.next()?;
            let pat = c.next()?;
            let (pat, ends_word) = match pat.strip_suffix(r"\b") {
                Some(p) => (p, true),
                None => (pat, false),
            };
            Some(AwardRule {
                canonical,
                re: Regex::new(&format!(r"(?i)(?:{pat})")).ok()?,
                ends_word,
            })
        })
        .collect()
});

re!(
    VERB_BEFORE,
    r"(?i)\b(?:trao|tặng|trao\s+tặng|tặng\s+thưởng|khen\s+thưởng|đón\s+nhận|nhận|được\s+nhận|trao\s+tặng\s+danh\s+hiệu|công\s+nhận\s+danh\s+hiệu|vinh\s+danh|tôn\s+vinh)\b"
);
re!(
    NEGATIVE_BEFORE,
    r"(?i)\b(?:đề\s+nghị|đề\s+xuất|xét\s+tặng|trình|hướng\s+dẫn|quy\s+định|bình\s+xét)\b(?:[^;.]|\.\S){0,40}$"
);
re!(
    PASSIVE_VERB,
    r"(?i)\b(?:được\s+(?:[^;.]{0,60}?\s)?(?:tặng\s+thưởng|tặng|trao\s+tặng|trao)|vinh\s+dự\s+(?:đón\s+)?nhận|vinh\s+dự\s+được\s+(?:trao\s+tặng|tặng|nhận)|được\s+nhận|đón\s+nhận|(?:^|\s)nhận)\s*$"
);
re!(
    ISSUER,
    r"^\s*(?:của|do)\s+((?:Chủ\s+tịch\s+nước|Thủ\s+tướng\s+Chính\s+phủ|Chính\s+phủ|Ủy\s+ban\s+nhân\s+dân|UBND|Liên\s+minh\s+(?:Hợp\s+tác\s+xã|HTX)|Bộ|Sở|Ban)[^;,:]*?)(?:\s+(?:cho|vì|về|đã|năm|được)\b|[;,:]|$)"
);
re!(
    PASSIVE_ISSUER,
    r"được\s+(Chủ\s+tịch\s+nước|Thủ\s+tướng\s+Chính\s+phủ|Chính\s+phủ|Ủy\s+ban\s+nhân\s+dân[^,;]{0,30}?|UBND[^,;]{0,30}?|Liên\s+minh\s+(?:Hợp\s+tác\s+xã|HTX)\s+Việt\s+Nam)\s+(?:tặng|trao)"
);
re!(
    OFFICE_BEFORE_NAME,
    r"(?:^|[\s,:])(?:Phó\s+)?(?:Giám\s+đốc|Chủ\s+tịch\s+HĐQT|Chủ\s+tịch\s+Hội\s+đồng\s+quản\s+trị|Kế\s+toán|Trưởng\s+ban\s+kiểm\s+soát)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,3})"
);
re!(
    HONORIFICS_LIST,
    r"(?i)(?:các\s+)?(?:ông\s*,\s*bà|ông\s+bà|đồng\s+chí)\s*:\s*"
);
re!(
    LATER_COUNT,
    &format!(
        r"(?i)(?:,|\svà|;)\s+{NUMBER}\s+(tập\s+thể|đơn\s+vị|cá\s+nhân)\s*(?::|\s(?:là|gồm)\b)"
    )
);
re!(
    AMONG,
    r"(?i)^(?:trong\s+số|trong)\s+(?:các|những|\d{1,4})\s+(?:tập\s+thể|đơn\s+vị|cá\s+nhân|hợp\s+tác\s+xã|HTX)\s"
);
re!(HAS, r"^\s*(?:[^,;]{0,40}?\s)?có\s+");
re!(
    ONE_OF,
    &format!(
        r"(?i)\s(?:là|cũng\s+là)\s+(?:một|1)\s+trong\s+(?:số\s+)?{NUMBER}\s+(?:tập\s+thể|đơn\s+vị|cá\s+nhân|hợp\s+tác\s+xã|HTX)"
    )
);
re!(
    // A name of two to four words, or one joined by an apostrophe after one capital
    // ("K’Brơi", "Ka H’Điệp": K'Ho and Ê Đê names).
    PERSON_BEFORE,
    r"(?:^|[^\p{L}])(?i:ông|bà|đồng\s+chí|anh|chị)\s+(\p{Lu}['’]\p{Lu}\p{Ll}*(?:\s+(?:\p{Lu}['’])?\p{Lu}\p{Ll}*){0,3}|(?:\p{Lu}['’])?\p{Lu}\p{Ll}*(?:\s+(?:\p{Lu}['’])?\p{Lu}\p{Ll}*){1,3})"
);
re!(
    AWARD_WORDS,
    r"(?i)khen|cờ|chương|chiến\s+s|ngôi\s+sao|tiêu\s+biểu"
);
re!(
    HISTORY,
    r"(?i)^(?:năm|trong\s+năm|từ\s+năm)\s+(?:19|20)\d{2}\s*,|^trong\s+năm(?:\s+qua)?\s*,|\btừng\s+(?:vinh\s+dự\s+)?(?:được|nhận|đón\s+nhận)\b|\bđã\s+từng\b"
);
re!(PASSIVE_MARK, r"(?i)\b(?:được|vinh\s+dự|đón\s+nhận)\b");
re!(
    LIST_ITEM_START,
    r"^(?:(?i:ông|bà|đồng\s+chí)\s+\p{Lu}|(?:HTX|Hợp\s+tác\s+xã|Quỹ\s+tín\s+dụng|QTDND|Liên\s+hiệp|Liên\s+minh)\s)"
);
re!(
    TITLE_BEFORE,
    r"(?i)(?:giám\s+đốc|chủ\s+tịch|kế\s+toán(?:\s+trưởng)?|trưởng\s+ban|thành\s+viên|xã\s+viên|phó\s+giám\s+đốc|chủ\s+nhiệm|cán\s+bộ|nhân\s+viên)\s*$"
);
re!(
    ISSUER_BEFORE_CHO,
    r"^\s*(?:của|do)\s+([^;:,]{3,80}?)\s+cho\s"
);
re!(LEADS_IN, r"(?i)(?:dẫn\s+đầu|trong|thuộc|của)\s*$");
// "HTX X cùng 6 tập thể, 10 cá nhân khác": a named recipient and a count of others.
re!(
    COUNT_OTHERS,
    &format!(
        r"(?i)\s(?:cùng(?:\s+với)?|và)\s+{NUMBER}\s+(tập\s+thể|đơn\s+vị|cá\s+nhân)(?:\s*(?:,|và)\s*{NUMBER}\s+(tập\s+thể|đơn\s+vị|cá\s+nhân))?\s+khác(?:[\s,.;:)]|$)"
    )
);
re!(
    COUNT_AFTER_NAMES,
    r"(?i)^[^;:]{3,200}?\s(?:là|gồm)\s+(\d{1,3}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(đơn\s+vị|tập\s+thể|cá\s+nhân)"
);
re!(
    PERSON_TITLE,
    r"(?:^|[^\p{L}])(?i:ông|bà|đồng\s+chí)\s+\p{Lu}[^,;:]{1,40},([^;]*)"
);
re!(
    LIST_HEADING_VERB,
    r"(?i)\b(?:trao|tặng|khen\s+thưởng|nhận|đón\s+nhận)\b"
);
re!(QUOTED, r#"^\s*["“][^"”]{2,120}["”]"#);
re!(CHO, r"^\s*(?:cho|tới|đến|tặng)(?:\s*:\s*|\s+)");
// "trao Huân chương … theo Quyết định số 412/QĐ-CTN ngày 24/3/2026 cho …", "trao Cờ thi đua
// năm 2021 cho …": a decision or the year of the achievement between the honour and its
// recipients.
re!(
    DECISION_BEFORE_CHO,
    r"(?i)^\s*,?\s*(?:(?:theo|tại)\s+(?:quyết\s+định|qđ)[^;:]{0,100}?|(?:của\s+)?năm\s+\d{4})\s(cho|tới)\s"
);
// "Cờ thi đua của Chính phủ được trao cho …": the honour first, then a passive verb and the
// recipients (checked from the end of the honour's phrase, across a quoted title and issuer).
re!(
    VERB_AFTER,
    r#"^(?:\s*["“][^"”]{2,120}["”])?(?:\s+(?:của|do)\s+[^;:.]{0,80}?)?\s+(?:đã\s+|cũng\s+)?được\s+(?:trao\s+tặng|tặng\s+thưởng|trao|tặng)\s+(?:cho|tới)\b"#
);
re!(
    PASSIVE_AFTER,
    r"^\s*(?:đã\s+|cũng\s+)?được\s+(?:trao\s+tặng|tặng\s+thưởng|trao|tặng)\b"
);
/// A count of recipients: digits or a number word.
const NUMBER: &str = r"(\d{1,4}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)";
re!(
    COUNT,
    &format!(
        r"(?i)^(?:các\s+)?{NUMBER}\s+(tập\s+thể|đơn\s+vị|cá\s+nhân|hợp\s+tác\s+xã|HTX|QTDND|quỹ\s+tín\s+dụng\s+nhân\s+dân|liên\s+minh\s+(?:HTX|hợp\s+tác\s+xã)|thanh\s+niên|hội\s+viên|đoàn\s+viên)(?:\s*(?:,|và)\s*{NUMBER}\s+(tập\s+thể|đơn\s+vị|cá\s+nhân))?"
    )
);
// "12 tập thể và 15 cá nhân thuộc hệ thống … được tặng Bằng khen": a count as the subject of
// a passive verb, with no names.
re!(
    SUBJECT_COUNT,
    &format!(
        r"(?i)(?:^|[\s,])(?:có\s+)?{NUMBER}\s+(tập\s+thể|đơn\s+vị|cá\s+nhân|hợp\s+tác\s+xã|HTX|QTDND|quỹ\s+tín\s+dụng\s+nhân\s+dân)(?:\s*(?:,|và)\s*{NUMBER}\s+(tập\s+thể|đơn\s+vị|cá\s+nhân))?\b"
    )
);
// "2 tập thể là …", "3 HTX gồm: …" before a passive verb: a count, then the recipients.
re!(
    PASSIVE_COUNT,
    &format!(
        r"(?i)(?:^|[\s,])(?:các\s+)?{NUMBER}\s+(tập\s+thể|đơn\s+vị|cá\s+nhân|hợp\s+tác\s+xã|HTX|QTDND|quỹ\s+tín\s+dụng\s+nhân\s+dân)\s+(?:là|gồm(?:\s+có)?)\s*:?\s*"
    )
);
re!(AT_PLACE, r"(?i)(?:^|[\s,])(?:tại|ở)\s*$");
// "Các tập thể được khen gồm:", "Các cá nhân được tặng Bằng khen là": names of a count
// given in the sentence before.
re!(
    LIST_FOLLOW,
    r"(?i)^(?:các|những)\s+(?:tập\s+thể|cá\s+nhân|đơn\s+vị|hợp\s+tác\s+xã|HTX)\b[^:;.]{0,60}?(?:gồm|là)\s*:?\s*"
);
re!(
    LIST_INTRO,
    r"(?i)^(?:[^:;]{0,80}?)(?::|\s+là\s+|\s+gồm\s*:?\s*|,?\s+trong\s+đó\s+có\s+)"
);
re!(
    GROUP_INTRO,
    r"(?i)^(?:các\s+)?(?:tập\s+thể|đơn\s+vị|cá\s+nhân|hợp\s+tác\s+xã|HTX)(?:\s*(?:,|và)\s*(?:tập\s+thể|cá\s+nhân))?\s*:"
);
re!(
    LOCATION_TAIL,
    r"\s+(?:huyện|xã|thị\s+xã|thị\s+trấn|thành\s+phố|tỉnh|quận|phường|TP\.?)\s+\p{Lu}.*$"
);
re!(
    NOT_AWARD,
    r"(?i)cờ\s+(?:cụm\s+trưởng|cụm\s+phó|luân\s+phiên|khối\s+trưởng)"
);

/// The recipients that end a subject: the last one and those joined to it by "và" or commas.
fn trailing_list(
    text: &str,
    all: Vec<(String, &'static str, Range<usize>)>,
) -> Vec<(String, &'static str, Range<usize>)> {
    let mut keep = all.len().min(1);
    while keep < all.len() {
        let (later, earlier) = (&all[all.len() - keep], &all[all.len() - keep - 1]);
        let between = text[earlier.2.end..later.2.start].trim_matches([' ', ',']);
        if !(between.is_empty() || between == "và") {
            break;
        }
        keep += 1;
    }
    let from = all.len() - keep;
    all.into_iter().skip(from).collect()
}

/// "cá nhân", and the people counted by what they are ("5 thanh niên tiêu biểu").
fn is_individual(unit: &str) -> bool {
    let u = unit.to_lowercase();
    ["cá", "thanh", "hội", "đoàn"]
        .iter()
        .any(|p| u.starts_with(p))
}

/// Award phrase occurrences in a clause: (span, canonical).
fn award_phrases(text: &str, clause: Range<usize>) -> Vec<(Range<usize>, &'static str)> {
    let s = &text[clause.clone()];
    let mut found: Vec<(Range<usize>, &'static str)> = Vec::new();
    for rule in AWARDS.iter() {
        let mut at = 0;
        while let Some(m) = rule.re.find_at(s, at) {
            let span = clause.start + m.start()..clause.start + m.end();
            let bounded = crate::text::starts_word(text, span.start)
                && (!rule.ends_word || crate::text::ends_word(text, span.end));
            if !bounded {
                // As `\b…` would: try again from the next character.
                at = m.start() + s[m.start()..].chars().next().map_or(1, char::len_utf8);
                continue;
            }
            at = if m.is_empty() {
                m.end() + s[m.end()..].chars().next().map_or(1, char::len_utf8)
            } else {
                m.end()
            };
            if found
                .iter()
                .any(|(f, _)| f.start < span.end && span.start < f.end)
            {
                continue;
            }
            found.push((span, rule.canonical));
        }
    }
    found.sort_by_key(|(r, _)| r.start);
    found
}

/// A row of an honours table, as the page's table reads ("1 | Huân chương Lao động hạng Ba |
/// HTX …", "Bằng khen của Chủ tịch UBND tỉnh | 08 tập thể, 12 cá nhân"): the cell that opens
/// with an honour, and the cell after it (the recipients).
fn table_row(text: &str, para: Range<usize>) -> Option<(Range<usize>, Range<usize>)> {
    let p = &text[para.clone()];
    if !p.contains(" | ") {
        return None;
    }
    let mut cells = Vec::new();
    let mut start = para.start;
    for (k, sep) in p.match_indices(" | ") {
        cells.push(crate::text::trim(text, start..para.start + k));
        start = para.start + k + sep.len();
    }
    cells.push(crate::text::trim(text, start..para.end));
    cells.windows(2).find_map(|w| {
        let opens = award_phrases(text, w[0].clone())
            .first()
            .is_some_and(|(r, _)| r.start == w[0].start);
        (opens && !w[1].is_empty()).then(|| (w[0].clone(), w[1].clone()))
    })
}

/// The item of a bullet line ("- HTX Sen Phú Điền, huyện Tháp Mười;", "1. HTX …"), after its
/// marker.
fn bullet_item(text: &str, para: Range<usize>) -> Option<Range<usize>> {
    let p = &text[para.clone()];
    let lead = p.len() - p.trim_start().len();
    let rest = &p[lead..];
    // "1. HTX …", "2) QTDND …": a numbered item.
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=2).contains(&digits) && rest[digits..].starts_with(['.', ')']) {
        let after = &rest[digits + 1..];
        let item = after.trim_start();
        return (after.starts_with(' ') && !item.starts_with(|c: char| c.is_ascii_digit()))
            .then(|| para.end - item.len()..para.end);
    }
    let marker = ['-', '–', '+', '•', '*', '·']
        .into_iter()
        .find(|&m| rest.starts_with(m))?;
    let after = &rest[marker.len_utf8()..];
    after
        .starts_with(' ')
        .then(|| para.start + lead + marker.len_utf8() + 1..para.end)
}

/// A paragraph that gives an honour and ends with a colon before its list of recipients
/// ("Cờ thi đua của UBND tỉnh được trao cho các tập thể:", "Tặng Bằng khen cho:"): the
/// honours and their issuer.
fn list_heading(text: &str, para: Range<usize>) -> Option<(Vec<String>, Option<String>)> {
    let p = text[para.clone()].trim_end();
    if !p.ends_with(':') || crate::text::word_count(p) > 25 {
        return None;
    }
    let phrases = award_phrases(text, para.clone());
    let last = phrases.last()?.0.clone();
    let after = &text[last.end..para.end];
    if !LIST_HEADING_VERB.is_match(p)
        || NOT_AWARD.is_match(crate::text::prefix(&text[phrases[0].0.start..para.end], 40))
    {
        return None;
    }
    let issuer = ISSUER.captures(after).map(|c| canonical_name(&c[1]));
    Some((phrases.iter().map(|(_, c)| c.to_string()).collect(), issuer))
}

/// Named recipients in `r` (a list after "cho", ":" or "là").
fn recipients(
    text: &str,
    r: Range<usize>,
    places: &Places,
) -> Vec<(String, &'static str, Range<usize>)> {
    let mut out = Vec::new();
    // "Ông Phạm Hữu Nghĩa, Trưởng phòng Tổ chức - Kiểm tra, Liên minh HTX tỉnh": what
    // follows a person's name up to the next ";" is the person's title.
    let rs = &text[r.clone()];
    let honorific = ["ông ", "Ông ", "bà ", "Bà ", "chí "]
        .iter()
        .any(|h| rs.contains(h));
    let titled: Vec<Range<usize>> = PERSON_TITLE
        .captures_iter(if honorific { rs } else { "" })
        .filter_map(|c| c.get(1))
        .map(|m| r.start + m.start()..r.start + m.end())
        .collect();
    let in_title = |at: usize| titled.iter().any(|t| t.start <= at && at < t.end);
    // "Liên minh HTX tỉnh Quảng Ngãi (hợp nhất từ Liên minh HTX hai tỉnh …)", "(tỉnh An
    // Giang, trước đây thuộc tỉnh Kiên Giang)": what a parenthesis says about a recipient
    // names no recipient.
    let in_parentheses = |at: usize| {
        let before = &text[r.start..at];
        before.matches('(').count() > before.matches(')').count()
    };
    for o in orgs::find(text, r.clone()) {
        if in_parentheses(o.span.start) {
            continue;
        }
        // "ông A, Giám đốc HTX X": the cooperative is where the person works; "đơn vị dẫn
        // đầu Cụm thi đua": the cluster is where the recipient leads.
        let before_org = crate::text::tail(&text[r.start..o.span.start], 40);
        // "tại Trung tâm Hội nghị thành phố": where it happened, not who received.
        if TITLE_BEFORE.is_match(before_org)
            || in_title(o.span.start)
            || (o.kind == "other" && LEADS_IN.is_match(before_org))
            || AT_PLACE.is_match(before_org)
        {
            continue;
        }
        if matches!(o.kind, "government")
            && out.is_empty()
            && o.head != "UBND"
            && o.head != "Ủy ban nhân dân"
        {
            continue;
        }
        let mut span = o.span.clone();
        let mut name = text[span.clone()].to_string();
        // "Hợp tác xã Sáu Nhung huyện Đăk Hà": the address is not part of the name.
        // Keep "Quỹ tín dụng nhân dân xã Vinh Quang": a unit word right after the head is
        // part of the name; one after a proper name is an address.
        let from = (o.head.len() + 1).min(name.len());
        if let Some(m) = LOCATION_TAIL
            .find_at(&name, from)
            .filter(|m| m.start() > from)
        {
            span.end = span.start + m.start();
            name.truncate(m.start());
        }
        out.push((canonical_name(&name), o.kind, span));
    }
    // Alliances ("… là Liên minh HTX tỉnh Bình Dương và Liên minh HTX tỉnh Tây Ninh").
    for m in crate::parties::alliance_mentions(text, r.clone(), &places.within(&r)) {
        // "ông B, nguyên Chủ tịch Liên minh HTX tỉnh": part of a person's title.
        if TITLE_BEFORE.is_match(crate::text::tail(&text[r.start..m.span.start], 40))
            || in_title(m.span.start)
            || in_parentheses(m.span.start)
        {
            continue;
        }
        match m.refers {
            crate::parties::AllianceRef::Provinces(list) if list.len() == 1 => out.push((
                format!("Liên minh Hợp tác xã {}", list[0].0.with_unit()),
                "cooperative_alliance",
                m.span.clone(),
            )),
            // "cho Liên minh HTX tỉnh Thái Nguyên và tỉnh Lạng Sơn": each province's alliance,
            // named where the province is.
            crate::parties::AllianceRef::Provinces(list) => {
                for (p, span) in list {
                    out.push((
                        format!("Liên minh Hợp tác xã {}", p.with_unit()),
                        "cooperative_alliance",
                        span,
                    ));
                }
            }
            crate::parties::AllianceRef::National => out.push((
                "Liên minh Hợp tác xã Việt Nam".to_owned(),
                "cooperative_alliance",
                m.span.clone(),
            )),
            // "Liên minh HTX tỉnh vinh dự đón nhận …": the article's own province.
            crate::parties::AllianceRef::Elided(unit) => out.push((
                match places.default {
                    Some(p) => format!("Liên minh Hợp tác xã {}", p.with_unit()),
                    None => format!("Liên minh Hợp tác xã {unit}"),
                },
                "cooperative_alliance",
                m.span.clone(),
            )),
        }
    }
    // People named with an honorific ("cho ông Nguyễn Văn Tám và bà Lê Thị Kim Hoa"), or
    // with their office before the name ("trong đó có Giám đốc Hoàng Thị Mai").
    for c in PERSON_BEFORE.captures_iter(&text[r.clone()]) {
        let m = c.get(1).expect("group");
        let span = r.start + m.start()..r.start + m.end();
        out.push((crate::text::person_name(m.as_str()), "person", span));
    }
    // "cho 5 cá nhân gồm các ông, bà: Trần Văn Lực, Phùng Thị Mai và Đỗ Thị Ngân".
    let listed = rs.contains(':').then(|| HONORIFICS_LIST.find(rs)).flatten();
    if let Some(m) = listed {
        let from = r.start + m.end();
        let list = &text[from..r.end];
        let list_end = list.find([';', '.', '(']).unwrap_or(list.len());
        let mut at = from;
        for item in list[..list_end].split([',']).flat_map(|p| p.split(" và ")) {
            let name = item.trim();
            let start = at + (item.len() - item.trim_start().len());
            at += item.len() + 1;
            let words: Vec<&str> = name.split(' ').collect();
            let capitalised = words.iter().all(|w| w.starts_with(char::is_uppercase));
            if (2..=4).contains(&words.len()) && capitalised && crate::people::is_surname(words[0])
            {
                out.push((
                    crate::text::person_name(name),
                    "person",
                    start..start + name.len(),
                ));
            }
        }
    }
    let offices = ["Giám đốc", "Chủ tịch", "Kế toán", "Trưởng ban"]
        .iter()
        .any(|o| rs.contains(o));
    for c in OFFICE_BEFORE_NAME.captures_iter(if offices { rs } else { "" }) {
        let m = c.get(1).expect("group");
        let first = m.as_str().split(' ').next().unwrap_or("");
        if !crate::people::is_surname(first) {
            continue;
        }
        let span = r.start + m.start()..r.start + m.end();
        out.push((crate::text::person_name(m.as_str()), "person", span));
    }
    out.sort_by_key(|x| x.2.start);
    out
}

/// One count per honour of a group, read from a count's captures (number, unit, then
/// optionally a second number and unit).
fn push_counts(
    counts: &mut Vec<CountFact>,
    names: &[String],
    c: &regex::Captures,
    span: Range<usize>,
) {
    let (collectives, individuals) = collectives_and_individuals(c);
    for a in names {
        counts.push(CountFact {
            award: a.clone(),
            collectives,
            individuals,
            span: span.clone(),
        });
    }
}

/// One pair per honour of a group, all to the same recipient.
fn push_pairs(
    awards: &mut Vec<AwardFact>,
    names: &[String],
    issuer: &Option<String>,
    recipient: &str,
    kind: &'static str,
    span: &Range<usize>,
) {
    for a in names {
        awards.push(AwardFact {
            award: a.clone(),
            issuer: issuer.clone(),
            recipient: recipient.to_owned(),
            recipient_kind: kind,
            recipient_span: span.clone(),
        });
    }
}

/// Extracts the awards and award counts of the body `ranges`; `default_issuer` is used when
/// no issuer is stated anywhere.
/// The collectives and individuals of a count's captures (number, unit, then optionally a
/// second number and unit): "11 tập thể và 25 cá nhân" → (11, 25).
fn collectives_and_individuals(c: &regex::Captures) -> (Option<u32>, Option<u32>) {
    let (mut col, mut ind) = (None, None);
    for (n, u) in [(c.get(1), c.get(2)), (c.get(3), c.get(4))] {
        if let (Some(n), Some(u)) = (n, u) {
            let n = crate::text::count_word(n.as_str());
            if is_individual(u.as_str()) {
                ind = n;
            } else {
                col = n;
            }
        }
    }
    (col, ind)
}

pub fn extract(
    text: &str,
    ranges: &[Range<usize>],
    places: &Places,
) -> (Vec<AwardFact>, Vec<CountFact>) {
    let mut awards: Vec<AwardFact> = Vec::new();
    let mut counts: Vec<CountFact> = Vec::new();
    let mut last_issuer: Option<String> = None;
    let mut last_list: Option<(Vec<String>, Option<String>)> = None;
    // An honour whose recipients follow as bullet lines ("Cờ thi đua của UBND tỉnh được trao
    // cho các tập thể:" / "- HTX Nông nghiệp Tân Tiến, huyện Tháp Mười;").
    let mut bullets: Option<(Vec<String>, Option<String>)> = None;
    for para in ranges {
        let ptext = &text[para.clone()];
        if let Some((names, issuer)) = bullets.as_ref() {
            if let Some(item) = bullet_item(text, para.clone()) {
                for (name, kind, span) in recipients(text, item, places) {
                    push_pairs(&mut awards, names, issuer, &name, kind, &span);
                }
                continue;
            }
            // "Và các cá nhân:": the list goes on under a short heading.
            let heading = ptext.trim_end().ends_with(':')
                && crate::text::word_count(ptext) <= 8
                && !AWARD_WORDS.is_match(ptext);
            if heading {
                continue;
            }
            bullets = None;
        }
        // Most paragraphs name no honour: skip them without running the phrase rules.
        if !AWARD_WORDS.is_match(ptext) {
            continue;
        }
        if let Some((cell, to)) = table_row(text, para.clone()) {
            let phrases = award_phrases(text, cell.clone());
            let names: Vec<String> = phrases.iter().map(|(_, c)| c.to_string()).collect();
            let after = phrases.last().map_or(cell.end, |(r, _)| r.end)..cell.end;
            let issuer = ISSUER
                .captures(&text[after])
                .map(|c| canonical_name(&c[1]))
                .or_else(|| last_issuer.clone());
            match COUNT.captures(&text[to.clone()]) {
                Some(c) => {
                    push_counts(
                        &mut counts,
                        &names,
                        &c,
                        to.start..to.start + c.get(0).expect("match").end(),
                    );
                }
                None => {
                    for (name, kind, span) in recipients(text, to, places) {
                        push_pairs(&mut awards, &names, &issuer, &name, kind, &span);
                    }
                }
            }
            continue;
        }
        if let Some(list) = list_heading(text, para.clone()) {
            // "3 đơn vị được nhận Cờ thi đua …, gồm:", "tặng Bằng khen cho 5 tập thể:": the
            // heading may count the items.
            let phrases = award_phrases(text, para.clone());
            let (first, last) = (phrases[0].0.clone(), phrases[phrases.len() - 1].0.clone());
            let counted = SUBJECT_COUNT
                .captures(&text[para.start..first.start])
                .map(|c| (c.get(1).expect("count").start() + para.start, c))
                .or_else(|| {
                    let after = &text[last.end..para.end];
                    let cho = after.find(" cho ")? + " cho ".len();
                    let c = COUNT.captures(&after[cho..])?;
                    Some((last.end + cho, c))
                });
            if let Some((at, c)) = counted {
                push_counts(&mut counts, &list.0, &c, first.start.min(at)..para.end);
            }
            bullets = Some(list);
            continue;
        }
        // Whether the sentence before gave a count ("tặng Bằng khen cho 5 tập thể và 3 cá
        // nhân"), whose names may follow in sentences of their own ("Các tập thể được khen
        // gồm: …").
        let mut prev_counted = false;
        for sentence in crate::text::sentences(text, para.clone()) {
            let counts_before = counts.len();
            let mut follows = false;
            let mut list_open = false;
            let all_clauses = crate::text::clauses(text, sentence.clone());
            for (ci, clause) in all_clauses.iter().cloned().enumerate() {
                let phrases = if AWARD_WORDS.is_match(&text[clause.clone()]) {
                    award_phrases(text, clause.clone())
                } else {
                    Vec::new()
                };
                if phrases.is_empty() && ci == 0 && prev_counted {
                    if let (Some(m), Some((names, issuer))) =
                        (LIST_FOLLOW.find(&text[clause.clone()]), last_list.as_ref())
                    {
                        let rest = clause.start + m.end()..clause.end;
                        for (name, kind, span) in recipients(text, rest, places) {
                            push_pairs(&mut awards, names, issuer, &name, kind, &span);
                        }
                        list_open = true;
                        follows = true;
                        continue;
                    }
                }
                if phrases.is_empty() {
                    // "…: ông A, Giám đốc HTX X; bà B, Giám đốc QTDND Y": the list goes on
                    // past a semicolon.
                    if let (true, Some((names, issuer))) = (list_open, last_list.as_ref()) {
                        // "…cho 3 tập thể là …; 2 cá nhân là ông …": the count goes on too.
                        if let Some(c) = COUNT.captures(&text[clause.clone()]) {
                            let (n, unit) = (crate::text::count_word(&c[1]), &c[2]);
                            if let Some(last) =
                                counts.last_mut().filter(|l| names.contains(&l.award))
                            {
                                let end = clause.start + c.get(0).expect("match").end();
                                last.complete(n, is_individual(unit), end);
                            }
                            for (name, kind, span) in recipients(text, clause.clone(), places) {
                                push_pairs(&mut awards, names, issuer, &name, kind, &span);
                            }
                            continue;
                        }
                        if LIST_ITEM_START.is_match(&text[clause.clone()]) {
                            for (name, kind, span) in recipients(text, clause.clone(), places) {
                                push_pairs(&mut awards, names, issuer, &name, kind, &span);
                            }
                            continue;
                        }
                    }
                    list_open = false;
                    continue;
                }
                // Group phrases joined by "và" / ",".
                let mut groups: Vec<Vec<(Range<usize>, &'static str)>> = Vec::new();
                for p in phrases {
                    if let Some(g) = groups.last_mut() {
                        let prev_end = g.last().map(|x| x.0.end).unwrap_or(0);
                        let between = text[prev_end..p.0.start].trim();
                        if between.is_empty() || between == "và" || between == "," {
                            g.push(p);
                            continue;
                        }
                    }
                    groups.push(vec![p]);
                }
                for (gi, group) in groups.iter().enumerate() {
                    let first = group[0].0.clone();
                    let last = group[group.len() - 1].0.clone();
                    let before = &text[clause.start..first.start];
                    if NOT_AWARD.is_match(crate::text::prefix(&text[first.start..clause.end], 40)) {
                        continue;
                    }
                    // Past honours told as background ("Năm 2022, HTX được … tặng Bằng khen",
                    // "HTX từng được …") were not presented at this event.
                    let sentence_text = &text[sentence.clone()];
                    if HISTORY.is_match(sentence_text) {
                        continue;
                    }
                    let verb = VERB_BEFORE.is_match(before) || {
                        let after = &text[last.end..clause.end];
                        after.contains("được") && VERB_AFTER.is_match(after)
                    };
                    let continues = list_open && before.trim().is_empty() && gi == 0;
                    let negative = NEGATIVE_BEFORE.is_match(before);
                    let passive = PASSIVE_VERB.is_match(before);
                    if negative || !(verb || continues || passive) {
                        continue;
                    }
                    list_open = true;
                    // Issuer.
                    let mut pos = last.end;
                    let mut group_end = groups.get(gi + 1).map_or(clause.end, |g| g[0].0.start);
                    // "…: Nghệ An; Đồng Tháp; Thái Nguyên": a list after a colon whose items
                    // are separated by semicolons goes on through the short clauses after it.
                    if gi + 1 == groups.len() {
                        let tail = &text[last.end..clause.end];
                        let short = |r: &Range<usize>| {
                            crate::text::word_count(&text[r.clone()]) <= 6
                                && !AWARD_WORDS.is_match(&text[r.clone()])
                        };
                        if let Some(colon) = tail.rfind(':') {
                            let item = last.end + colon + 1..clause.end;
                            if short(&item) {
                                for next in all_clauses[ci + 1..].iter().take_while(|r| short(r)) {
                                    group_end = next.end;
                                }
                            }
                        }
                    }
                    let mut issuer = None;
                    // 'danh hiệu "HTX tiêu biểu" cho …': the phrase opened a quote it did not
                    // close.
                    let quotes = text[last.clone()].matches(['"', '“', '”']).count();
                    if quotes % 2 == 1 && text[pos..group_end].starts_with(['"', '”']) {
                        pos += text[pos..].chars().next().map_or(0, char::len_utf8);
                    }
                    if let Some(q) = QUOTED.find(&text[pos..group_end]) {
                        pos += q.end();
                    }
                    if let Some(c) = ISSUER.captures(&text[pos..group_end]) {
                        let m = c.get(1).expect("group");
                        // "… của Chủ tịch nước." at the end of the sentence.
                        issuer = Some(canonical_name(m.as_str().trim_end_matches('.')));
                        pos += m.end();
                    } else if let Some(c) = ISSUER_BEFORE_CHO.captures(&text[pos..group_end]) {
                        // "của Chủ tịch UBND tỉnh cho …", "của Giám đốc Sở … cho …".
                        let m = c.get(1).expect("group");
                        issuer = Some(canonical_name(m.as_str()));
                        pos += m.end();
                    }
                    if let Some(q) = QUOTED.find(&text[pos..group_end]) {
                        pos += q.end();
                    }
                    if let Some(m) = PASSIVE_AFTER.find(&text[pos..group_end]) {
                        pos += m.end();
                    }
                    let ahead = &text[pos..group_end];
                    if ahead.contains(" cho ") || ahead.contains(" tới ") {
                        if let Some(c) = DECISION_BEFORE_CHO.captures(ahead) {
                            pos += c.get(1).expect("group").start();
                        }
                    }
                    if issuer.is_some() {
                        last_issuer.clone_from(&issuer);
                    } else {
                        issuer.clone_from(&last_issuer);
                    }
                    let award_names: Vec<String> =
                        group.iter().map(|(_, c)| c.to_string()).collect();
                    last_list = Some((award_names.clone(), issuer.clone()));
                    let has_cho = CHO.is_match(&text[pos..group_end]);
                    // "Các cá nhân được tặng Bằng khen gồm: ông A, …; bà B, …": the group's
                    // names follow the honour.
                    let listed = LIST_FOLLOW
                        .find(&text[clause.clone()])
                        .filter(|m| clause.start + m.end() > last.end);
                    // "Trong số các tập thể được nhận Bằng khen có HTX X": X.
                    let among = AMONG
                        .is_match(before)
                        .then(|| HAS.find(&text[pos..group_end]))
                        .flatten();
                    let names_from = among
                        .map(|m| pos + m.end())
                        .or(listed.map(|m| clause.start + m.end()));
                    if let (true, false, Some(from)) = (passive, has_cho, names_from) {
                        for (name, kind, span) in recipients(text, from..group_end, places) {
                            push_pairs(&mut awards, &award_names, &issuer, &name, kind, &span);
                        }
                        continue;
                    }
                    if passive && !has_cho {
                        // "HTX X vinh dự đón nhận Huân chương …", "ông X, Giám đốc …, được Chủ
                        // tịch nước tặng thưởng …": the recipient comes first.
                        if issuer.is_none() {
                            if let Some(c) = PASSIVE_ISSUER.captures(before) {
                                issuer = Some(canonical_name(&c[1]));
                            }
                        }
                        let person = PERSON_BEFORE
                            .captures_iter(before)
                            .last()
                            .and_then(|c| c.get(1));
                        if let Some(pm) = person {
                            let span = clause.start + pm.start()..clause.start + pm.end();
                            let name = crate::text::person_name(pm.as_str());
                            push_pairs(&mut awards, &award_names, &issuer, &name, "person", &span);
                        } else {
                            // The recipients stand before "được" / "vinh dự" (an organisation
                            // between "được" and the verb is the issuer): after a count ("2 tập
                            // thể là A và B vinh dự đón nhận …") all of them, else the list
                            // that ends right before the verb ("A và B được tặng …").
                            let cut = PASSIVE_MARK
                                .find_iter(before)
                                .last()
                                .map_or(first.start, |m| clause.start + m.start());
                            let subject = &text[clause.start..cut];
                            // "HTX X là một trong 10 tập thể được nhận Bằng khen": X, and the
                            // count was told before.
                            if let Some(m) = ONE_OF.find(subject) {
                                let named = recipients(
                                    text,
                                    clause.start..clause.start + m.start(),
                                    places,
                                );
                                for (name, kind, span) in trailing_list(text, named) {
                                    push_pairs(
                                        &mut awards,
                                        &award_names,
                                        &issuer,
                                        &name,
                                        kind,
                                        &span,
                                    );
                                }
                                continue;
                            }
                            let counted = PASSIVE_COUNT.captures_iter(subject).last();
                            let named = match &counted {
                                Some(c) => {
                                    let m = c.get(0).expect("match");
                                    push_counts(
                                        &mut counts,
                                        &award_names,
                                        c,
                                        clause.start + c.get(1).expect("count").start()..last.end,
                                    );
                                    recipients(text, clause.start + m.end()..cut, places)
                                }
                                None => match SUBJECT_COUNT.captures(subject) {
                                    // A counted subject names no one ("… của UBND tỉnh, dịp
                                    // này có 2 tập thể được tặng …": not UBND).
                                    Some(c) => {
                                        push_counts(
                                            &mut counts,
                                            &award_names,
                                            &c,
                                            clause.start + c.get(1).expect("count").start()
                                                ..last.end,
                                        );
                                        Vec::new()
                                    }
                                    None => {
                                        let all = recipients(text, clause.start..cut, places);
                                        trailing_list(text, all)
                                    }
                                },
                            };
                            for (name, kind, span) in named {
                                push_pairs(&mut awards, &award_names, &issuer, &name, kind, &span);
                            }
                        }
                        continue;
                    }
                    let Some(cho) = CHO.find(&text[pos..group_end]) else {
                        continue;
                    };
                    let rstart = pos + cho.end();
                    let rest = &text[rstart..group_end];
                    let mut named_from = rstart;
                    if let Some(c) = COUNT.captures(rest) {
                        let m = c.get(0).expect("match");
                        push_counts(&mut counts, &award_names, &c, first.start..rstart + m.end());
                        named_from = rstart + m.end();
                        match LIST_INTRO.find(&text[named_from..group_end]) {
                            Some(li) => named_from += li.end(),
                            None => continue,
                        }
                        // "cho 02 tập thể là A, B và 01 cá nhân là ông C": the other side of
                        // the count after the first list.
                        if let Some(c2) = LATER_COUNT.captures(&text[named_from..group_end]) {
                            let n = crate::text::count_word(&c2[1]);
                            let individual = is_individual(&c2[2]);
                            let end = named_from + c2.get(0).expect("match").end();
                            let from = counts.len().saturating_sub(award_names.len());
                            for last in &mut counts[from..] {
                                last.complete(n, individual, end);
                            }
                        }
                    } else if let Some(g) = GROUP_INTRO.find(rest) {
                        named_from = rstart + g.end();
                    } else if let Some(c) = rest
                        .contains("khác")
                        .then(|| COUNT_OTHERS.captures(rest))
                        .flatten()
                    {
                        // "cho HTX X cùng 6 tập thể, 10 cá nhân khác": the count, then X.
                        push_counts(
                            &mut counts,
                            &award_names,
                            &c,
                            first.start..rstart + c.get(0).expect("match").end(),
                        );
                        group_end = rstart + c.get(0).expect("match").start();
                    } else if let Some(c) = COUNT_AFTER_NAMES.captures(rest) {
                        // "cho Liên minh HTX tỉnh A và Liên minh HTX tỉnh B là 2 đơn vị dẫn đầu".
                        push_counts(
                            &mut counts,
                            &award_names,
                            &c,
                            first.start..rstart + c.get(0).expect("match").end(),
                        );
                    }
                    last_list = Some((award_names.clone(), issuer.clone()));
                    for (name, kind, span) in recipients(text, named_from..group_end, places) {
                        push_pairs(&mut awards, &award_names, &issuer, &name, kind, &span);
                    }
                }
            }
            prev_counted = counts.len() > counts_before || (prev_counted && follows);
        }
    }
    (awards, counts)
}

#[cfg(test)]
#[allow(clippy::single_range_in_vec_init, clippy::type_complexity)]
mod tests {
    use super::*;

    /// Extracts with the places of `s` and the given default province.
    fn with_places(
        s: &str,
        default: Option<&'static crate::gazetteer::Province>,
    ) -> (Vec<AwardFact>, Vec<CountFact>) {
        in_paragraphs(s, &[0..s.len()], default)
    }

    fn in_paragraphs(
        s: &str,
        paragraphs: &[Range<usize>],
        default: Option<&'static crate::gazetteer::Province>,
    ) -> (Vec<AwardFact>, Vec<CountFact>) {
        let hits = crate::gazetteer::find_all(s);
        extract(
            s,
            paragraphs,
            &Places {
                hits: &hits,
                default,
            },
        )
    }

    /// (award, recipient) pairs and (award, collectives, individuals) counts.
    type Plain = (
        Vec<(String, String)>,
        Vec<(String, Option<u32>, Option<u32>)>,
    );

    fn plain((a, c): (Vec<AwardFact>, Vec<CountFact>)) -> Plain {
        (
            a.into_iter().map(|a| (a.award, a.recipient)).collect(),
            c.into_iter()
                .map(|c| (c.award, c.collectives, c.individuals))
                .collect(),
        )
    }

    fn run(s: &str) -> Plain {
        plain(with_places(s, None))
    }

    /// As [`run`], with each line of `s` a paragraph.
    fn run_lines(s: &str) -> Plain {
        plain(in_paragraphs(s, &crate::text::lines(s), None))
    }

    #[test]
    fn ok_numbered_list_under_a_counted_heading_and_others_counted() {
        let s = "Dịp này, 3 đơn vị được nhận Cờ thi đua của UBND thành phố, gồm:\n1. HTX Nông nghiệp sạch An Hưng Phát (huyện Vĩnh Bảo);\n2. HTX Thủy sản Ngọc Hải (quận Đồ Sơn);\n3. QTDND Quang Trung Mới (huyện An Lão).\nLiên minh HTX Việt Nam tặng Bằng khen cho HTX Dịch vụ tổng hợp Kiến Quốc Xanh cùng 6 tập thể, 10 cá nhân khác.";
        let (a, c) = run_lines(s);
        assert_eq!(
            a,
            vec![
                (
                    "Cờ thi đua".into(),
                    "Hợp tác xã Nông nghiệp sạch An Hưng Phát".into()
                ),
                ("Cờ thi đua".into(), "Hợp tác xã Thủy sản Ngọc Hải".into()),
                (
                    "Cờ thi đua".into(),
                    "Quỹ tín dụng nhân dân Quang Trung Mới".into()
                ),
                (
                    "Bằng khen".into(),
                    "Hợp tác xã Dịch vụ tổng hợp Kiến Quốc Xanh".into()
                ),
            ]
        );
        assert_eq!(
            c,
            vec![
                ("Cờ thi đua".into(), Some(3), None),
                ("Bằng khen".into(), Some(6), Some(10))
            ]
        );
    }

    #[test]
    fn ok_names_joined_by_an_apostrophe() {
        let (a, _) = run("Dịp này, ông Phạm Hữu Nghĩa trao Kỷ niệm chương cho 3 cá nhân, trong đó có ông K’Brơi và bà Ka H’Điệp.");
        assert_eq!(
            a,
            [
                ("Kỷ niệm chương".into(), "K’Brơi".into()),
                ("Kỷ niệm chương".into(), "Ka H’Điệp".into())
            ]
        );
        // A one-word name without an apostrophe is no recipient.
        let (a, _) = run("Dịp này, Liên minh trao Kỷ niệm chương cho ông Đức.");
        assert!(a.is_empty(), "{a:?}");
    }

    #[test]
    fn ok_office_before_the_recipients_name() {
        let (a, c) = run("Dịp này, Chủ tịch UBND tỉnh Lạng Sơn tặng Bằng khen cho 4 cá nhân của HTX có thành tích xuất sắc, trong đó có Giám đốc Hoàng Thị Mai.");
        assert_eq!(a, [("Bằng khen".into(), "Hoàng Thị Mai".into())]);
        assert_eq!(c, [("Bằng khen".into(), None, Some(4))]);
        // A proposal is no award, even past an abbreviation with a dot.
        let (a, _) = run("Liên minh đề nghị Chủ tịch UBND TP.HCM tặng Bằng khen cho HTX và cá nhân Giám đốc Lê Hoàng Phúc.");
        assert!(a.is_empty(), "{a:?}");
        // An office before an organisation's name is no person.
        let (a, _) = run("UBND tỉnh tặng Bằng khen cho Giám đốc Sở Nông nghiệp và Môi trường.");
        assert!(a.iter().all(|(_, r)| !r.starts_with("Sở Nông")), "{a:?}");
    }

    #[test]
    fn ok_credit_funds_counted_before_a_passive() {
        let (_, c) = run("Dịp này, 3 QTDND được Thống đốc NHNN tặng Bằng khen; UBND tỉnh tặng Cờ thi đua cho 2 đơn vị.");
        assert_eq!(
            c,
            [
                ("Bằng khen".into(), Some(3), None),
                ("Cờ thi đua".into(), Some(2), None)
            ]
        );
    }

    #[test]
    fn ok_second_count_after_the_first_list() {
        let (a, c) = run("Tại hội nghị, đồng chí Hoàng Thị Thu Huyền trao Giấy khen của Chủ tịch UBND huyện cho 02 tập thể là HTX Gà đồi Tân Hiệp, HTX Dịch vụ nông nghiệp Đồng Tâm và 01 cá nhân là ông Ngô Văn Toản, Giám đốc HTX Gà đồi Tân Hiệp.");
        assert_eq!(c, [("Giấy khen".into(), Some(2), Some(1))]);
        let (_, c) = run("Bằng khen của Chủ tịch UBND tỉnh được trao cho 02 tập thể: HTX Nông nghiệp Quơn Long, HTX Dịch vụ nông nghiệp Song Bình và 01 cá nhân: bà Nguyễn Thị Kim Loan.");
        assert_eq!(c, [("Bằng khen".into(), Some(2), Some(1))]);
        assert_eq!(
            a.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(),
            [
                "Hợp tác xã Gà đồi Tân Hiệp",
                "Hợp tác xã Dịch vụ nông nghiệp Đồng Tâm",
                "Ngô Văn Toản"
            ]
        );
    }

    #[test]
    fn ok_names_listed_after_the_honorifics() {
        let (a, c) = run("Liên minh HTX Việt Nam tặng Kỷ niệm chương cho 5 cá nhân gồm các ông, bà: Trần Văn Lực, Phùng Thị Mai, Lê Đức Hòa, Nguyễn Hữu Tiến và Đỗ Thị Ngân. Liên minh HTX tỉnh tặng Giấy khen cho 12 QTDND và 20 cá nhân.");
        assert_eq!(
            a.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(),
            [
                "Trần Văn Lực",
                "Phùng Thị Mai",
                "Lê Đức Hòa",
                "Nguyễn Hữu Tiến",
                "Đỗ Thị Ngân"
            ]
        );
        assert_eq!(
            c,
            [
                ("Kỷ niệm chương".into(), None, Some(5)),
                ("Giấy khen".into(), Some(12), Some(20))
            ]
        );
    }

    #[test]
    fn ok_among_those_given_the_honour() {
        let (a, _) = run("Liên minh HTX tỉnh tặng Giấy khen cho 15 tập thể. Trong số các tập thể được nhận Bằng khen có HTX chè Shan tuyết Phìn Hồ Vàng.");
        assert_eq!(
            a,
            [(
                "Bằng khen".into(),
                "Hợp tác xã chè Shan tuyết Phìn Hồ Vàng".into()
            )]
        );
    }

    #[test]
    fn ok_one_of_the_counted_recipients() {
        let (a, c) = run("Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 10 tập thể và 12 cá nhân. HTX dệt thổ cẩm Plei Ktu là một trong 10 tập thể được nhận Bằng khen.");
        assert_eq!(
            a,
            [("Bằng khen".into(), "Hợp tác xã dệt thổ cẩm Plei Ktu".into())]
        );
        assert_eq!(c, [("Bằng khen".into(), Some(10), Some(12))]);
    }

    #[test]
    fn ok_group_given_the_honour_then_its_names() {
        let (a, _) = run("Các cá nhân được tặng Bằng khen gồm: ông Nguyễn Tấn Lộc, Phó Chủ tịch Liên minh Hợp tác xã tỉnh Bình Thuận; bà Phan Thị Kim Yến, Giám đốc Hợp tác xã Tân Thuận Phát.");
        assert_eq!(
            a,
            [
                ("Bằng khen".into(), "Nguyễn Tấn Lộc".into()),
                ("Bằng khen".into(), "Phan Thị Kim Yến".into())
            ]
        );
    }

    #[test]
    fn ok_decision_between_honour_and_recipients() {
        let (a, c) = run("Tại buổi lễ, Thứ trưởng trao Huân chương Lao động hạng Ba theo Quyết định số 412/QĐ-CTN ngày 24/3/2026 cho Liên minh HTX tỉnh Quảng Ngãi (hợp nhất từ Liên minh HTX hai tỉnh Quảng Ngãi và Kon Tum), HTX Nông nghiệp sạch Tân Hiệp (tỉnh An Giang, trước đây thuộc tỉnh Kiên Giang) và ông Trịnh Văn Lực, Giám đốc HTX. Chủ tịch Liên minh HTX Việt Nam trao Cờ thi đua cho 6 Liên minh HTX tỉnh, thành phố dẫn đầu phong trào thi đua năm 2025.");
        assert_eq!(
            a.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(),
            [
                "Liên minh Hợp tác xã tỉnh Quảng Ngãi",
                "Hợp tác xã Nông nghiệp sạch Tân Hiệp",
                "Trịnh Văn Lực"
            ]
        );
        assert_eq!(c, vec![("Cờ thi đua".into(), Some(6), None)]);
        let (a, c) = run("Dịp này, Ban Thường vụ Tỉnh đoàn tặng Bằng khen cho 5 thanh niên tiêu biểu trong phát triển kinh tế tập thể, trong đó có anh Sùng Mí Dế.");
        assert_eq!(a, vec![("Bằng khen".into(), "Sùng Mí Dế".into())]);
        assert_eq!(c, vec![("Bằng khen".into(), None, Some(5))]);
        let (a, c) = run("Dịp này, Liên minh HTX Việt Nam trao Cờ thi đua năm 2021 cho 2 đơn vị dẫn đầu Cụm là Liên minh HTX tỉnh An Giang và Liên minh HTX tỉnh Cà Mau.");
        assert_eq!(a.len(), 2);
        assert_eq!(c, vec![("Cờ thi đua".into(), Some(2), None)]);
    }

    #[test]
    fn ok_honours_table_rows_and_honour_first_passives() {
        let s = "1 | Huân chương Lao động hạng Ba | HTX Dịch vụ nông nghiệp Hoằng Đạt (huyện Hoằng Hóa)\n2 | Huân chương Lao động hạng Ba | Ông Lê Văn Tuyển, Giám đốc HTX Chè Thanh Sơn\n3 | Bằng khen của Chủ tịch UBND tỉnh | 08 tập thể, 12 cá nhân\nSTT | Hình thức khen thưởng | Tập thể, cá nhân";
        let (a, c) = run_lines(s);
        assert_eq!(
            a,
            vec![
                (
                    "Huân chương Lao động hạng Ba".into(),
                    "Hợp tác xã Dịch vụ nông nghiệp Hoằng Đạt".into()
                ),
                ("Huân chương Lao động hạng Ba".into(), "Lê Văn Tuyển".into()),
            ]
        );
        assert_eq!(c, vec![("Bằng khen".into(), Some(8), Some(12))]);
        let (a, c) = run("Tại hội nghị, Cờ thi đua của Chính phủ được trao cho Liên minh HTX tỉnh Bắc Giang và Liên minh HTX TP Cần Thơ; Bằng khen của Thủ tướng Chính phủ được trao cho 3 tập thể và 4 cá nhân.");
        assert_eq!(
            a.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(),
            [
                "Liên minh Hợp tác xã tỉnh Bắc Giang",
                "Liên minh Hợp tác xã thành phố Cần Thơ"
            ]
        );
        assert_eq!(c, vec![("Bằng khen".into(), Some(3), Some(4))]);
        // The honour named as a topic, not presented, gives nothing.
        assert_eq!(
            run("Cờ thi đua của Chính phủ là phần thưởng cao quý.").0,
            vec![]
        );
    }

    #[test]
    fn ok_lists_after_counts_and_continued_clauses() {
        let (a, c) = run("Kết hợp tại Hội nghị Liên minh HTX tỉnh trao cờ thi đua cho 02 đơn vị: HTX Công Bằng Thuận An, Quỹ tín dụng nhân dân Đăk Mil; Bằng khen cho các tập thể: HTX TM DV Bình Minh, HTX Thành Tín; Trao quyết định công nhận thành viên cho HTX thành lập mới.");
        assert_eq!(
            a,
            vec![
                ("Cờ thi đua".into(), "Hợp tác xã Công Bằng Thuận An".into()),
                ("Cờ thi đua".into(), "Quỹ tín dụng nhân dân Đăk Mil".into()),
                (
                    "Bằng khen".into(),
                    "Hợp tác xã Thương mại Dịch vụ Bình Minh".into()
                ),
                ("Bằng khen".into(), "Hợp tác xã Thành Tín".into()),
            ]
        );
        assert_eq!(c, vec![("Cờ thi đua".into(), Some(2), None)]);
    }

    #[test]
    fn ok_recipients_in_bullet_lines() {
        let text = "Cờ thi đua của UBND tỉnh được trao cho các tập thể:\n- HTX Nông nghiệp Tân Tiến, huyện Tháp Mười;\n- HTX Dịch vụ nông nghiệp Bình Thành, huyện Thanh Bình.\nVà các cá nhân:\n- Ông Phạm Hữu Nghĩa, Trưởng phòng Tổ chức - Kiểm tra, Liên minh HTX tỉnh.\nChia sẻ tại buổi họp mặt, ông Sáu cho biết HTX Sen Phú Điền có 286 thành viên.";
        let (a, _) = in_paragraphs(text, &crate::text::lines(text), None);
        let pairs: Vec<(&str, &str)> = a
            .iter()
            .map(|f| (f.award.as_str(), f.recipient.as_str()))
            .collect();
        assert_eq!(
            pairs,
            [
                ("Cờ thi đua", "Hợp tác xã Nông nghiệp Tân Tiến"),
                ("Cờ thi đua", "Hợp tác xã Dịch vụ nông nghiệp Bình Thành"),
                ("Cờ thi đua", "Phạm Hữu Nghĩa"),
            ]
        );
    }

    #[test]
    fn ok_counts_only() {
        let (a, c) = run("Dịp này, Liên minh Hợp tác xã tỉnh tặng giấy khen cho 11 tập thể và 25 cá nhân có thành tích tiêu biểu trong năm qua.");
        assert!(a.is_empty());
        assert_eq!(c, vec![("Giấy khen".into(), Some(11), Some(25))]);
        let (_, c) = run("Liên minh HTX trao Kỷ niệm chương “Vì sự nghiệp phát triển HTX” cho 46 cá nhân đã có nhiều đóng góp.");
        assert_eq!(c, vec![("Kỷ niệm chương".into(), None, Some(46))]);
        // The count is the subject of a passive verb, with no names.
        let (a, c) = run("Dịp này, 12 tập thể và 15 cá nhân thuộc hệ thống Liên minh HTX được tặng Bằng khen của Thủ tướng Chính phủ.");
        assert!(a.is_empty(), "{a:?}");
        assert_eq!(c, vec![("Bằng khen".into(), Some(12), Some(15))]);
        // A title in quotes that the honour phrase opens: the count follows the closing quote.
        for q in ["\"HTX tiêu biểu\"", "“HTX tiêu biểu”"] {
            let (_, c) = run(&format!(
                "Liên minh HTX tỉnh tặng danh hiệu {q} cho 7 HTX có mô hình hiệu quả."
            ));
            assert_eq!(
                c,
                vec![("Hợp tác xã tiêu biểu".into(), Some(7), None)],
                "{q}"
            );
        }
    }

    #[test]
    fn ok_quoted_flag_issuer_and_location_tail() {
        let (a, c) = run("Nhân dịp này, Liên minh trao cờ đơn vị xuất sắc của UBND tỉnh Kon Tum cho hai đơn vị dẫn đầu phong trào thi đua là Hợp tác xã Sáu Nhung huyện Đăk Hà và Quỹ tín dụng nhân dân xã Vinh Quang, thành phố Kon Tum.");
        assert_eq!(a[0], ("Cờ thi đua".into(), "Hợp tác xã Sáu Nhung".into()));
        assert_eq!(
            a[1],
            (
                "Cờ thi đua".into(),
                "Quỹ tín dụng nhân dân xã Vinh Quang".into()
            )
        );
        assert_eq!(c, vec![("Cờ thi đua".into(), Some(2), None)]);
        let (a, _) = run("Liên minh HTX Việt Nam tặng cờ “Đơn vị dẫn đầu khu vực” cho HTX Đại Hiệp, tặng Bằng khen cho 3 tập thể và 8 cá nhân.");
        assert_eq!(a, vec![("Cờ thi đua".into(), "Hợp tác xã Đại Hiệp".into())]);
    }

    #[test]
    fn ok_passive_count_and_list_before_the_verb() {
        let (a, c) = run("Cũng tại hội nghị, 2 tập thể là HTX Thủy sản Hải Bình và HTX May mặc Thành Đạt vinh dự đón nhận Bằng khen của Thủ tướng Chính phủ.");
        assert_eq!(
            a,
            vec![
                ("Bằng khen".into(), "Hợp tác xã Thủy sản Hải Bình".into()),
                ("Bằng khen".into(), "Hợp tác xã May mặc Thành Đạt".into()),
            ]
        );
        assert_eq!(c, vec![("Bằng khen".into(), Some(2), None)]);
        // Without a count: the list that ends at the verb, not what stands before it.
        let (a, c) =
            run("Theo đó, UBND tỉnh cho biết HTX An Phú và HTX Bình Minh được tặng Cờ thi đua.");
        assert_eq!(
            a,
            vec![
                ("Cờ thi đua".into(), "Hợp tác xã An Phú".into()),
                ("Cờ thi đua".into(), "Hợp tác xã Bình Minh".into()),
            ]
        );
        assert!(c.is_empty());
    }

    #[test]
    fn ok_coordinated_alliances_each_receive() {
        let (a, _) = run("Đồng chí Trịnh Minh Khuê trao Cờ thi đua xuất sắc cho Liên minh HTX tỉnh Thái Nguyên và tỉnh Lạng Sơn vì có thành tích dẫn đầu.");
        assert_eq!(
            a,
            vec![
                (
                    "Cờ thi đua".into(),
                    "Liên minh Hợp tác xã tỉnh Thái Nguyên".into()
                ),
                (
                    "Cờ thi đua".into(),
                    "Liên minh Hợp tác xã tỉnh Lạng Sơn".into()
                ),
            ]
        );
        // An honour received before ("từng vinh dự được …") is background.
        let (a, _) = run("Được biết, năm 2023, Liên minh HTX tỉnh Bắc Giang từng vinh dự được Chủ tịch nước tặng Huân chương Lao động hạng Ba.");
        assert!(a.is_empty());
    }

    #[test]
    fn ok_alliances_listed_after_a_colon_with_semicolons() {
        let (a, _) = run("Liên minh HTX Việt Nam tặng Cờ thi đua cho Liên minh HTX các tỉnh, thành phố dẫn đầu các cụm thi đua năm 2024: Nghệ An; Đồng Tháp; Hải Phòng. Dịp này, Liên minh HTX Việt Nam cũng trao Bằng khen cho 25 tập thể.");
        let got: Vec<&str> = a.iter().map(|(_, r)| r.as_str()).collect();
        assert_eq!(
            got,
            vec![
                "Liên minh Hợp tác xã tỉnh Nghệ An",
                "Liên minh Hợp tác xã tỉnh Đồng Tháp",
                "Liên minh Hợp tác xã thành phố Hải Phòng"
            ]
        );
        assert!(a.iter().all(|(award, _)| award == "Cờ thi đua"));
    }

    #[test]
    fn ok_names_of_a_count_in_the_next_sentence() {
        let (a, c) = run("Dịp này, UBND tỉnh tặng Bằng khen cho 2 tập thể và 1 cá nhân có thành tích xuất sắc. Các tập thể được khen gồm: HTX Dừa Thạnh Phú (huyện Thạnh Phú) và HTX Nông nghiệp Phú Phụng. Các cá nhân được khen gồm: ông Nguyễn Văn Tám, Giám đốc HTX Dừa Thạnh Phú.");
        let got: Vec<&str> = a.iter().map(|(_, r)| r.as_str()).collect();
        assert_eq!(
            got,
            vec![
                "Hợp tác xã Dừa Thạnh Phú",
                "Hợp tác xã Nông nghiệp Phú Phụng",
                "Nguyễn Văn Tám"
            ]
        );
        assert_eq!(c, vec![("Bằng khen".into(), Some(2), Some(1))]);
        // Without a count before, such a sentence names no one.
        let (a, _) =
            run("Các tập thể tham dự gồm: HTX Dừa Thạnh Phú và HTX Nông nghiệp Phú Phụng.");
        assert!(a.is_empty());
    }

    #[test]
    fn ok_the_place_of_a_ceremony_receives_nothing() {
        let (a, _) = run("Lúc 18h ngày 3/3, tại Trung tâm Hội nghị thành phố, Liên minh HTX tỉnh Bến Tre tổ chức lễ kỷ niệm 30 năm thành lập và đón nhận Huân chương Lao động hạng Ba.");
        let got: Vec<&str> = a.iter().map(|(_, r)| r.as_str()).collect();
        assert_eq!(got, vec!["Liên minh Hợp tác xã tỉnh Bến Tre"]);
    }

    #[test]
    fn ok_passive_medal() {
        let (a, _) = run("HTX Nông nghiệp Tân Phú vinh dự đón nhận Huân chương Lao động hạng Ba.");
        assert_eq!(
            a,
            vec![(
                "Huân chương Lao động hạng Ba".into(),
                "Hợp tác xã Nông nghiệp Tân Phú".into()
            )]
        );
    }

    #[test]
    fn ok_passive_person_with_issuer() {
        let s = "Cùng dịp, ông Võ Văn Lành, Giám đốc hợp tác xã được Chủ tịch nước tặng thưởng Huân chương Lao động hạng Nhì vì đã có nhiều đóng góp.";
        let (a, _) = with_places(s, None);
        assert_eq!(a[0].recipient, "Võ Văn Lành");
        assert_eq!(a[0].recipient_kind, "person");
        assert_eq!(a[0].issuer.as_deref(), Some("Chủ tịch nước"));
        assert_eq!(a[0].award, "Huân chương Lao động hạng Nhì");
    }

    #[test]
    fn ok_alliances_and_people_as_recipients() {
        let (a, c) = run("Tại hội nghị, ông Trịnh Quốc Bảo đã trao Cờ thi đua của Liên minh HTX Việt Nam cho 2 đơn vị dẫn đầu phong trào thi đua năm 2023 là Liên minh HTX tỉnh Bình Dương và Liên minh HTX tỉnh Tây Ninh; trao Bằng khen cho 4 tập thể.");
        assert_eq!(
            a,
            vec![
                (
                    "Cờ thi đua".into(),
                    "Liên minh Hợp tác xã tỉnh Bình Dương".into()
                ),
                (
                    "Cờ thi đua".into(),
                    "Liên minh Hợp tác xã tỉnh Tây Ninh".into()
                ),
            ]
        );
        assert_eq!(c.len(), 2);
        let (a, _) = run("Dịp này, UBND tỉnh tặng Bằng khen cho ông Nguyễn Văn Tám và bà Lê Thị Kim Hoa, Kế toán trưởng HTX.");
        assert_eq!(a[1], ("Bằng khen".into(), "Lê Thị Kim Hoa".into()));
    }

    #[test]
    fn ok_person_lists_run_past_semicolons() {
        let (a, _) = run("Liên minh trao Bằng khen cho các cá nhân: ông Trần Văn Phú, Giám đốc HTX Nông nghiệp Điện Quang; bà Nguyễn Thị Thu Sương, Giám đốc Quỹ tín dụng nhân dân Phước Sơn.");
        assert_eq!(
            a,
            vec![
                ("Bằng khen".into(), "Trần Văn Phú".into()),
                ("Bằng khen".into(), "Nguyễn Thị Thu Sương".into()),
            ]
        );
    }

    #[test]
    fn ok_recipient_receives() {
        let (a, _) =
            run("Tại buổi lễ, HTX Nông nghiệp Tân Hòa nhận Bằng khen của Liên minh HTX Việt Nam.");
        assert_eq!(
            a,
            vec![("Bằng khen".into(), "Hợp tác xã Nông nghiệp Tân Hòa".into())]
        );
    }

    #[test]
    fn ok_alliance_receives_with_elided_province() {
        let p = crate::gazetteer::lookup("Hà Tĩnh");
        let s = "Tại phiên khai mạc sáng 24/9, Liên minh HTX tỉnh vinh dự đón nhận Bằng khen của Thủ tướng Chính phủ vì đã có thành tích xuất sắc.";
        let (a, _) = with_places(s, p);
        assert_eq!(a[0].recipient, "Liên minh Hợp tác xã tỉnh Hà Tĩnh");
        assert_eq!(a[0].award, "Bằng khen");
    }

    #[test]
    fn ok_counts_after_names_and_after_semicolons() {
        let (a, c) = run("Liên minh HTX Việt Nam đã trao Cờ thi đua cho Liên minh HTX tỉnh Nghệ An và Liên minh HTX tỉnh Quảng Trị là 2 đơn vị dẫn đầu phong trào thi đua năm 2023.");
        assert_eq!(a.len(), 2);
        assert_eq!(c, vec![("Cờ thi đua".into(), Some(2), None)]);
        let (a, c) = run("Dịp này, Liên minh HTX tỉnh trao Giấy khen cho 3 tập thể là HTX Tân Sỏi, HTX Nghĩa Hồ và Quỹ tín dụng nhân dân Thị trấn Neo; 2 cá nhân là ông Thân Văn Hùng, Giám đốc HTX Tân Sỏi và bà Lưu Thị Nga, Giám đốc HTX Nghĩa Hồ.");
        assert_eq!(a.len(), 5, "{a:?}");
        assert_eq!(c, vec![("Giấy khen".into(), Some(3), Some(2))]);
    }

    #[test]
    fn ok_named_among_counted_and_abbreviated_names() {
        let (a, c) = run("Liên minh HTX tỉnh tặng Giấy khen cho 7 tập thể và 12 cá nhân, trong đó có HTX TM-DV Mỹ Xuyên và THT trồng hành tím Lạc Hòa.");
        assert_eq!(c, vec![("Giấy khen".into(), Some(7), Some(12))]);
        assert_eq!(
            a,
            vec![
                (
                    "Giấy khen".into(),
                    "Hợp tác xã Thương mại - Dịch vụ Mỹ Xuyên".into()
                ),
                (
                    "Giấy khen".into(),
                    "Tổ hợp tác trồng hành tím Lạc Hòa".into()
                ),
            ]
        );
    }

    #[test]
    fn err_past_honours_are_background() {
        let (a, _) =
            run("Năm 2022, HTX Hòa Lợi được UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc.");
        assert!(a.is_empty());
        let (a, _) = run("Trước đó, HTX Hòa Lợi từng được UBND tỉnh tặng Bằng khen.");
        assert!(a.is_empty());
    }

    #[test]
    fn err_proposals_pledges_and_cluster_flags() {
        let (a, c) = run("Hội nghị đề nghị tặng Bằng khen cho 5 tập thể; các đơn vị ký giao ước thi đua; Trao cờ cụm trưởng cho Liên minh HTX tỉnh Lâm Đồng.");
        assert!(a.is_empty() && c.is_empty(), "{a:?} {c:?}");
    }
}

//! Segmentation: which lines of an article are its title, publication stamp, body, captions
//! and byline, and which are site furniture (DOMAIN.md §8).
//!
//! Lines are classified whole, never phrases inside sentences. The furniture table is data
//! (`data/furniture.tsv`): `end` lines (related news, comments, copyright) cut the article
//! there once the body has started; `drop` lines (counters, breadcrumbs, tool bars) are
//! skipped wherever they stand. Then, from the top: an optional stamp, the title (unless the
//! article starts with its body), title repeats (image alt text) with the caption after them;
//! from the bottom: the byline ("Tin, ảnh: …", an ALL-CAPS name, "Anh Quân, Văn Tường/ CTV",
//! "NAME - Phó Chủ tịch …"). Short lines without final punctuation between paragraphs are
//! captions.
//!
//! Not handled yet: furniture glued into a body line (other than an inline byline at the
//! end), run-on related headlines inside the body.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::dates::{parse_stamp, Stamp};
use crate::normalise::fold_key;
use crate::text::{self, is_capitalised, word_count};

/// What the lines of an article are.
#[derive(Clone, Debug, Default)]
pub struct Segments {
    pub title: Option<Range<usize>>,
    pub published: Option<Stamp>,
    /// Body paragraphs (one per line), in order.
    pub body: Vec<Range<usize>>,
    /// Photo captions (kept apart: they name people but report no events).
    pub captions: Vec<Range<usize>>,
    /// Author names found in bylines, one range per name.
    pub authors: Vec<Range<usize>>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Action {
    End,
    Drop,
}

enum Matcher {
    Exact(String),
    Prefix(String),
    Regex(Regex),
}

struct Rule {
    action: Action,
    matcher: Matcher,
}

static RULES: LazyLock<Vec<Rule>> = LazyLock::new(|| {
    let mut rules: Vec<Rule> = include_str!("../data/furniture.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut cols = l.split('\t');
            let action = match cols.next()? {
                "end" => Action::End,
                _ => Action::Drop,
            };
            let kind = cols.next()?;
            let pat = cols.next()?;
            let matcher = match kind {
                "exact" => Matcher::Exact(pat.to_lowercase()),
                "prefix" => Matcher::Prefix(pat.to_lowercase()),
                _ => Matcher::Regex(Regex::new(pat).ok()?),
            };
            Some(Rule { action, matcher })
        })
        .collect();
    // End markers are tried first: an end marker wins over a drop row that also matches
    // ("Tags:" alone opens the tag list; "Tags: a, b" is one line to drop).
    rules.sort_by_key(|r| r.action != Action::End);
    rules
});

fn classify(line: &str) -> Option<Action> {
    // Furniture lines are short; a paragraph is never one.
    if line.len() > 240 {
        return None;
    }
    let lower = line.trim().to_lowercase();
    RULES.iter().find_map(|r| {
        let hit = match &r.matcher {
            // "Tin liên quan:" is the heading "Tin liên quan".
            Matcher::Exact(p) => {
                lower == *p || lower.strip_suffix(':').map(str::trim_end) == Some(p)
            }
            Matcher::Prefix(p) => lower.starts_with(p.as_str()),
            Matcher::Regex(re) => re.is_match(&lower),
        };
        hit.then_some(r.action)
    })
}

re!(
    DATELINE,
    r"^(?:\([^)]{2,40}\)|[A-ZĐ][A-ZĐ.]{1,10}(?:\s+Online)?|[A-Z][a-z]{3,20})\s*[-–—]\s"
);
re!(
    CATEGORY,
    r"(?i)^(?:hoạt\s+động\s+(?:liên\s+minh|lm)\s+htx(?:\s+và\s+thành\s+viên)?|tin\s+hoạt\s+động|tin\s+tức\s*-\s*sự\s+kiện|kinh\s+tế\s*-\s*xã\s+hội|kinh\s+tế\s+tập\s+thể)$"
);
re!(
    LEAD_START,
    r"^(?:Sáng|Chiều|Tối|Trưa|Đêm|Hôm qua|Hôm nay|Vừa qua|Mới đây|Thời gian qua|Những năm qua|Thực hiện|Theo đó|Nhằm|Trong (?:năm|những|thời gian|tháng|ngày|\d))\b[^,]{0,60},"
);
re!(
    DATE_START,
    r"(?i)^(?:ngày|sáng|chiều|tối|trưa|đêm|hôm qua|hôm nay|vào)?\s*(?:ngày\s+)?\d{1,2}\s*(?:[/.-]|\s+tháng\s)"
);
re!(SENTENCE_BREAK, r"[.!?…]\s+[\p{Lu}\d]");
// Related headlines run together: a dated headline, then the next one ("… (01/07/2025) HTX …").
re!(RUN_ON, r"\(\d{1,2}/\d{1,2}/\d{4}\)\s*\p{Lu}");
// A news site's name as the first line: "Báo Quảng Nam Online", "BẮC NINH ĐIỆN TỬ".
re!(
    SITE_NAME,
    r"(?i)^(?:báo\s+\S+(?:\s+\S+){0,4}|\S+(?:\s+\S+){0,4}\s+(?:online|điện\s+tử)|[\w.-]+\.(?:vn|com|net|org)(?:\.vn)?|(?:[^.,;:!?]{2,60}\s[-–|]\s)?(?:đài\s+phát\s+thanh|đài\s+pt|báo\s+và\s+phát\s+thanh|trung\s+tâm\s+truyền\s+thông|cổng\s+thông\s+tin|trang\s+thông\s+tin)(?:[\s-][^.,;:!?]{0,60})?)$"
);
re!(
    BYLINE_LABEL,
    r"(?i)^(?:tin|bài|tin và ảnh|bài và ảnh|tin,\s*ảnh|bài,\s*ảnh|tin\s*-\s*ảnh|bài\s*-\s*ảnh|tin/ảnh|bài/ảnh|tin ảnh|bài ảnh|thực hiện|nhóm pv|pv|phóng viên|nhóm phóng viên)\s*:\s*(.+)$"
);
re!(
    INLINE_BYLINE,
    r"(?i)(?:^|[.!?…]\s*|\s)((?:tin|bài)(?:,\s*|\s+và\s+|\s*-\s*|/|\s+)ảnh\s*:\s*(.+?))\s*$"
);
re!(
    WEEKDAY,
    r"(?i)^(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)(?:[\s,]|$)"
);
re!(SOURCE_LINE, r"(?i)^(?:theo|nguồn\s*:)\s+\S");
re!(NAMED_SOURCE, r"(?i)^nguồn\s*:");
re!(
    TITLE_WORD_AFTER_DASH,
    r"(?i)^(?:phó\s+)?(?:chủ tịch|giám đốc|trưởng|bí thư|tổng biên tập|phóng viên|pv|ctv|cộng tác viên|vp|văn phòng|chánh văn phòng|cán bộ|chuyên viên|ủy viên|trung tâm|báo|đài|phòng|liên minh|hội|sở|ban|ubnd|cổng|tạp chí|ttxvn)"
);

/// Bylines that name the newsroom, not a person: reporter, editorial board, contributor.
const NEWSROOM: &[&str] = &[
    "PV", "BBT", "CTV", "BTV", "PTV", "NPV", "TTXVN", "VNA", "TPV",
];

/// Splits a list of names ("Anh Quân, Văn Tường") into name ranges; `None` if some part is
/// not a name of 1–4 capitalised words.
fn name_list(text: &str, r: Range<usize>) -> Option<Vec<Range<usize>>> {
    let s = &text[r.clone()];
    let mut out = Vec::new();
    let mut start = 0;
    let mut parts: Vec<Range<usize>> = Vec::new();
    for (i, c) in s.char_indices() {
        if c == ',' || c == ';' {
            parts.push(start..i);
            start = i + 1;
        }
    }
    parts.push(start..s.len());
    for p in parts {
        let t = text::trim(text, r.start + p.start..r.start + p.end);
        let part = &text[t.clone()];
        // " và " joins two names.
        let subparts: Vec<Range<usize>> = match part.find(" và ") {
            Some(k) => vec![
                text::trim(text, t.start..t.start + k),
                text::trim(text, t.start + k + " và ".len()..t.end),
            ],
            None => vec![t],
        };
        for sp in subparts {
            let words: Vec<&str> = text[sp.clone()].split_whitespace().collect();
            if words.is_empty() || words.len() > 4 || !words.iter().all(|w| is_capitalised(w)) {
                return None;
            }
            // "PV", "BBT", "Nhóm PV": the newsroom, not a name.
            if words
                .iter()
                .any(|w| NEWSROOM.contains(&w.to_uppercase().as_str()))
            {
                return None;
            }
            out.push(sp);
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Reads a byline line: the author name ranges, or `None` if the line is not a byline.
fn byline(text: &str, r: Range<usize>) -> Option<Vec<Range<usize>>> {
    let s = &text[r.clone()];
    if let Some(c) = BYLINE_LABEL.captures(s) {
        let m = c.get(1)?;
        let names = r.start + m.start()..r.start + m.end();
        return byline_names(text, names);
    }
    if word_count(s) > 16 {
        return None;
    }
    byline_names(text, r)
}

/// The names of a byline body: "Anh Quân, Văn Tường/ CTV ĐNTV", "THANH TÙNG", "NGUYỄN DƯƠNG |",
/// "Trương Thanh Sơn - Phó Chủ tịch …", "Thanh Tuấn (TTXVN)".
fn byline_names(text: &str, r: Range<usize>) -> Option<Vec<Range<usize>>> {
    let s = &text[r.clone()];
    let mut end = s.len();
    // Cut at the first "/", "|", "(" or " - TITLE".
    for (i, c) in s.char_indices() {
        if matches!(c, '/' | '|' | '(') {
            end = i;
            break;
        }
        if matches!(c, '-' | '–' | '—') {
            let rest = s[i + c.len_utf8()..].trim_start();
            if TITLE_WORD_AFTER_DASH.is_match(rest) || rest.is_empty() {
                end = i;
                break;
            }
            // "Hoàng Anh - Thu Hà": two names.
            let first = text::trim(text, r.start..r.start + i);
            let second_full = r.end - rest.len()..r.end;
            let cut = text[second_full.clone()]
                .find(['/', '|', '('])
                .unwrap_or(second_full.len());
            let second = text::trim(text, second_full.start..second_full.start + cut);
            let mut names = name_list(text, first)?;
            names.extend(name_list(text, second)?);
            return Some(names);
        }
    }
    let head = text::trim(text, r.start..r.start + end);
    if head.is_empty() {
        return None;
    }
    name_list(text, head)
}

/// Segments the normalised text of an article.
pub fn segment(text: &str) -> Segments {
    segment_with_title(text, None)
}

/// Segments the normalised text of an article whose headline is known from elsewhere (an HTML
/// page's `<title>`, a JSON Lines `title`): when the headline is a line of the text, that line
/// is the title.
pub fn segment_with_title(text: &str, title_hint: Option<&str>) -> Segments {
    let all = text::lines(text);
    // 1. Furniture: end markers (once a body-like line was seen) and dropped lines.
    let mut kept: Vec<Range<usize>> = Vec::new();
    let mut body_started = false;
    // A paragraph of running text seen: before one, an end marker is a sidebar box above the
    // article ("TIN NỔI BẬT" + headlines on a portal page), not the end.
    let mut paragraph_seen = false;
    let mut skip_until = 0;
    for (k, r) in all.iter().enumerate() {
        if r.is_empty() || k < skip_until {
            continue;
        }
        let mut r = r.clone();
        let line = &text[r.clone()];
        match classify(line) {
            Some(Action::End) if body_started && !paragraph_seen => continue,
            Some(Action::End) if body_started => {
                // A related-links box inside the article ("Đọc thêm" + a few headlines, then
                // the article goes on) is skipped; anywhere else the article ends here.
                match box_end(text, &all, k) {
                    Some(resume) => {
                        skip_until = resume;
                        continue;
                    }
                    None => break,
                }
            }
            Some(_) => continue,
            None => {}
        }
        if let Some(rest) = line.strip_prefix("null ") {
            r = text::trim(text, r.end - rest.len()..r.end);
        }
        let words = word_count(&text[r.clone()]);
        if words >= 8 {
            body_started = true;
            paragraph_seen |= ends_sentence(&text[r.clone()]);
        }
        kept.push(r);
    }
    let mut seg = Segments::default();
    // The page's own headline (an HTML page's `<title>`, a dump's `title` field), when it is a
    // line of the text: everything above it is header, and only a stamp right above it counts.
    let hinted = title_hint.and_then(|h| hinted_title(text, &kept, h));
    let (mut i, early_stamp) = match hinted {
        Some(h) => (h, h.checked_sub(1).and_then(|p| stamp_line(text, &kept[p]))),
        None => header_and_title_line(text, &kept),
    };
    let is_stamp_line = |r: &Range<usize>| stamp_line(text, r).is_some();
    if let Some(r) = kept.get(i).cloned() {
        let line = &text[r.clone()];
        let next_is_stamp = kept.get(i + 1).is_some_and(is_stamp_line);
        let words = word_count(line);
        let inner = line.trim_end_matches(['.', ' ']);
        // A headline may open with a date ("Ngày 11-4, TPHCM tôn vinh …") when the stamp
        // follows it; otherwise such a line is the lead.
        let short_above_stamp =
            next_is_stamp && words <= 25 && !SENTENCE_BREAK.is_match(inner) && !ends_sentence(line);
        // A category, breadcrumb or site name is never the title.
        let header = CATEGORY.is_match(line) || is_breadcrumb(line) || SITE_NAME.is_match(line);
        let is_title = hinted.is_some()
            || !header
                && !DATELINE.is_match(line)
                && (short_above_stamp
                    || (!DATE_START.is_match(line) && !LEAD_START.is_match(line)))
                && ((next_is_stamp && words <= 80)
                    || (words <= 40 && !SENTENCE_BREAK.is_match(inner)));
        if is_title {
            let end = r.start + line.trim_end_matches(['.', ' ']).len();
            seg.title = Some(r.start..end);
            i += 1;
        }
    }
    // 4. The stamp after the title (up to three lines down).
    for k in i..(i + 3).min(kept.len()) {
        let r = kept[k].clone();
        if let Some(st) = stamp_line(text, &r) {
            // "NGỌC ÁNH | Thứ năm, 27/10/2022 - 18:20", "Lê Hà | 06:45 AM, 16/04/2024", "Hoài
            // Nam 02/01/2024 08:45": a byline before the stamp.
            let before = &text[r.start..st.span.start];
            if let Some(bar) = before.find('|') {
                let head = text::trim(text, r.start..r.start + bar);
                if let Some(names) =
                    byline_top(text, head.clone()).or_else(|| header_byline(text, head))
                {
                    seg.authors.extend(names);
                }
            } else {
                // Two words or more: "Ngày 27-04-2022" has a label there, not a name.
                let head = before.trim_end_matches([' ', '-', '–', '•', '·', ',']);
                let head = text::trim(text, r.start..r.start + head.len());
                if word_count(&text[head.clone()]) >= 2 {
                    if let Some(names) = header_byline(text, head) {
                        seg.authors.extend(names);
                    }
                }
            }
            // "Thứ Ba, 29/11/2022 - 06:40 | Lê Duy": a byline after the stamp and a bar.
            if let Some(bar) = text[st.span.end..r.end].find('|') {
                let tail = text::trim(text, st.span.end + bar + 1..r.end);
                if let Some(names) = header_byline(text, tail) {
                    seg.authors.extend(names);
                }
            }
            seg.published = Some(st);
            kept.remove(k);
            // "Thu Phương" on its own line right above the stamp, under the sapo.
            if k > i {
                if let Some(names) = header_byline(text, kept[k - 1].clone()) {
                    seg.authors.extend(names);
                    kept.remove(k - 1);
                }
            }
            break;
        }
    }
    if seg.published.is_none() {
        seg.published = early_stamp;
    }
    let title_key = seg.title.as_ref().map(|t| fold_key(&text[t.clone()]));
    let rest: Vec<Range<usize>> = kept[i..].to_vec();
    // 5. Title repeats, captions after them; the top byline.
    let mut lines: Vec<(Range<usize>, bool)> = Vec::new(); // (range, is_caption)
    let mut after_repeat = false;
    for (k, r) in rest.iter().enumerate() {
        let line = &text[r.clone()];
        let similar_length = seg
            .title
            .as_ref()
            .is_some_and(|t| line.len() + 8 >= t.len() && line.len() <= t.len() + 8);
        if similar_length && title_key.as_deref().is_some_and(|t| fold_key(line) == t) {
            after_repeat = true;
            continue;
        }
        // A byline right under the title, in capitals, or in title case when the stamp is in
        // the header too ("Kiên Trung" above "Thứ Tư 19/06/2024 , 14:32").
        let header_name = k == 0 && seg.published.is_some() && word_count(line) <= 5;
        if k == 0 && word_count(line) <= 6 {
            let names = byline_top(text, r.clone()).or_else(|| {
                header_name
                    .then(|| header_byline(text, r.clone()))
                    .flatten()
            });
            if let Some(names) = names {
                seg.authors.extend(names);
                continue;
            }
        }
        let caption = after_repeat && word_count(line) <= 30 && !ends_sentence(line);
        after_repeat = false;
        lines.push((r.clone(), caption));
    }
    // 5b. No stamp in the header: the page may give it at the bottom ("Thu Hương" / "Cập nhật
    // lúc: 06/03/2019 09:12"), among the last three lines.
    if seg.published.is_none() {
        let from = lines.len().saturating_sub(3);
        let bottom = (from..lines.len())
            .rev()
            .filter(|&k| !lines[k].1)
            .find_map(|k| Some((k, stamp_line(text, &lines[k].0)?)));
        if let Some((k, st)) = bottom {
            seg.published = Some(st);
            lines.remove(k);
        }
    }
    // 6. The byline at the end: drop source lines, read the last line.
    while let Some((r, _)) = lines.last() {
        if is_source_line(&text[r.clone()]) {
            lines.pop();
        } else {
            break;
        }
    }
    if let Some((r, _)) = lines.last().cloned() {
        if let Some(names) = byline(text, r.clone()) {
            seg.authors.extend(names);
            lines.pop();
        } else if let Some(c) = INLINE_BYLINE.captures(&text[r.clone()]) {
            let whole = c.get(1).expect("group");
            let names = c.get(2).expect("group");
            let names_r = r.start + names.start()..r.start + names.end();
            if let Some(n) = byline_names(text, names_r) {
                seg.authors.extend(n);
                let body = text::trim(text, r.start..r.start + whole.start());
                if let Some(last) = lines.last_mut() {
                    last.0 = body;
                }
            }
        }
    }
    // A byline read twice (next to the stamp and on its own line) is one.
    let mut seen_authors: Vec<&str> = Vec::new();
    seg.authors.retain(|r| {
        let name = &text[r.clone()];
        let new = !seen_authors.contains(&name);
        seen_authors.push(name);
        new
    });
    // 7. Captions: short lines without final punctuation between paragraphs.
    let n = lines.len();
    for (k, (r, caption)) in lines.into_iter().enumerate() {
        let line = &text[r.clone()];
        // Captions and run-on related headlines: no final punctuation, not the last line.
        let short = word_count(line) <= 60 && !ends_sentence(line);
        if !is_table_row(line) && (caption || (short && k + 1 < n)) {
            seg.captions.push(r);
        } else if !r.is_empty() {
            seg.body.push(r);
        }
    }
    seg
}

/// Where the title line is (or would be) when the page gives no headline: past a stamp on the
/// first line and the header lines above the headline. Returns the line index and the stamp
/// seen before it.
fn header_and_title_line(text: &str, kept: &[Range<usize>]) -> (usize, Option<Stamp>) {
    // 2. A stamp before the title (site clock or stamp first).
    let mut early_stamp = None;
    let mut i = 0;
    if let Some(st) = kept.first().and_then(|r| stamp_line(text, r)) {
        // A clock above the site's name (even a name dropped as furniture) is the day the
        // page was read, not a stamp.
        let next = text[kept[0].end..]
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty());
        if !next.is_some_and(|l| SITE_NAME.is_match(l)) {
            early_stamp = Some(st);
        }
        i = 1;
    }
    // 3. Title. Header lines first — a category label ("Kinh tế", "Hoạt động Liên minh HTX và
    // thành viên"), a breadcrumb ("Kinh tế | Nông nghiệp - Nông thôn"), the site's name ("Báo
    // Quảng Nam Online", "LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ HUẾ" above a label) — are short
    // lines without punctuation above the title: skip them, and a stamp right after them.
    let is_stamp_line = |r: &Range<usize>| stamp_line(text, r).is_some();
    let mut j = i;
    let mut after_header = false;
    while j < i + 4 && j + 1 < kept.len() {
        let (la, lb) = (&text[kept[j].clone()], &text[kept[j + 1].clone()]);
        // A banner in capitals above a headline that the stamp follows.
        // A banner in capitals (the site's or the cooperative's name) above a headline that
        // the stamp or a dated lead follows.
        let banner_above_title = is_caps_line(la)
            && word_count(la) <= 10
            && (5..=40).contains(&word_count(lb))
            && !is_caps_line(lb)
            && !ends_sentence(lb)
            && kept
                .get(j + 2)
                .is_some_and(|r| is_stamp_line(r) || DATE_START.is_match(&text[r.clone()]));
        // A short first line (the site's name, "Diễn đàn Doanh nghiệp") above a headline that a
        // dateline lead ("(DĐDN) - Sáng 5/7, …") or a dated lead follows.
        // Or above the site's menu.
        let name_above_title = j == 0
            && word_count(la) <= 5
            && !ends_sentence(la)
            && (is_breadcrumb(lb)
                || headline_like(text, &kept[j + 1])
                    && kept.get(j + 2).is_some_and(|r| {
                        let l = &text[r.clone()];
                        DATELINE.is_match(l) || DATE_START.is_match(l)
                    }));
        let header = word_count(la) <= 3
            || name_above_title
            || CATEGORY.is_match(la)
            || is_breadcrumb(la)
            || SITE_NAME.is_match(la)
            || (is_caps_line(la) && word_count(la) <= 10 && is_header_line(lb))
            || banner_above_title
            // "Kinh tế - Nông nghiệp" under the site's name.
            || (after_header && word_count(la) <= 5);
        if !header || ends_sentence(la) || fold_key(la) == fold_key(lb) || is_stamp_line(&kept[j]) {
            break;
        }
        // Only a site name, breadcrumb, banner or category (not a bare label on the first
        // line) can have a sub-category line under it.
        after_header = !(word_count(la) <= 3 && j == i) || SITE_NAME.is_match(la);
        j += 1;
    }
    if j > i {
        // Only when a headline follows (after a stamp, if one comes first).
        let mut t = j;
        let stamp_first = early_stamp.is_none() && is_stamp_line(&kept[t]);
        if stamp_first {
            t += 1;
        }
        let headline = kept.get(t).is_some_and(|b| headline_like(text, b));
        if headline {
            if stamp_first {
                early_stamp = stamp_line(text, &kept[j]);
            }
            i = t;
        } else if stamp_first && {
            // The site's name, or a banner in capitals ("HỘI NÔNG DÂN TỈNH GIA LAI").
            let top = &text[kept[i].clone()];
            SITE_NAME.is_match(top)
                || (is_caps_line(top)
                    && word_count(top) <= 8
                    && !top.contains(|c: char| c.is_ascii_digit()))
        } {
            // The site's name and its clock ("Đài Phát thanh và Truyền hình Lai Châu" /
            // "Thứ Hai, 25/11/2024 | 14:07"), then more header: the headline is searched
            // below the clock, which stays only a fallback.
            early_stamp = stamp_line(text, &kept[j]);
            i = j + 1;
        }
    }
    // A deeper header (a banner, a menu, a category, a site clock) above a headline that the
    // stamp follows: the headline is the line right above the first such stamp, when nothing
    // above it reads as running text.
    let header_like = |r: &Range<usize>| {
        let l = &text[r.clone()];
        !ends_sentence(l) && !SENTENCE_BREAK.is_match(l) && !DATELINE.is_match(l)
    };
    if !kept.get(i + 1).is_some_and(is_stamp_line) {
        // Portal menus can run to a few dozen short lines; running text ends the search.
        let last = (i + 40).min(kept.len());
        for k in i + 2..last {
            if !header_like(&kept[k - 2]) {
                break;
            }
            if !is_stamp_line(&kept[k]) {
                continue;
            }
            // "Hữu Long" between the headline and the stamp is the byline.
            let mut c = k - 1;
            if c > i && header_byline(text, kept[c].clone()).is_some() {
                c -= 1;
            }
            let cand = &text[kept[c].clone()];
            let words = word_count(cand);
            // ("TP. Cần Thơ" in a headline is no sentence break.)
            // An older site may end its headline with a period.
            if (5..=40).contains(&words)
                && !ends_sentence(cand.trim_end().trim_end_matches('.'))
                && !DATELINE.is_match(cand)
                && !SITE_NAME.is_match(cand)
                && !is_breadcrumb(cand)
                && !CATEGORY.is_match(cand)
            {
                i = c;
                break;
            }
        }
    }
    // A menu given one item per line ("Thời sự", "Kinh tế", … "Địa phương"), then the
    // headline (maybe under its stamp): past the run of short lines.
    if kept
        .get(i)
        .is_some_and(|r| word_count(&text[r.clone()]) <= 3)
    {
        let mut k = i;
        while k < kept.len() && k < i + 40 && word_count(&text[kept[k].clone()]) <= 3 {
            k += 1;
        }
        let mut stamp = None;
        if let Some(st) = kept.get(k).and_then(|r| stamp_line(text, r)) {
            stamp = Some(st);
            k += 1;
        }
        let headline = kept.get(k).is_some_and(|r| headline_like(text, r));
        if k - i >= 3 && headline {
            i = k;
            if stamp.is_some() {
                early_stamp = stamp;
            }
        }
    }
    (i, early_stamp)
}

/// A line that can be a headline below the header: 5–40 words, one sentence without its end,
/// no stamp, no dateline.
fn headline_like(text: &str, r: &Range<usize>) -> bool {
    let l = &text[r.clone()];
    (5..=40).contains(&word_count(l))
        && parse_stamp(text, r.clone()).is_none()
        && !DATELINE.is_match(l)
        && !ends_sentence(l)
        && !SENTENCE_BREAK.is_match(l)
}

/// The line of `kept` that is the page's headline `hint` (an HTML `<title>` or `og:title`, a
/// dump's `title`), maybe followed there by the site's name ("Tiêu đề - Báo Lao Động"): the
/// first such line in the first half of the page (or its first 12 lines), preferring one with
/// a stamp within three lines below it. A line of more than 40 words or of several sentences
/// is no headline.
fn hinted_title(text: &str, kept: &[Range<usize>], hint: &str) -> Option<usize> {
    let hint = crate::normalise::normalise(hint.trim());
    let full = fold_key(&hint.text);
    let mut keys = vec![full.clone()];
    for sep in [" - ", " | ", " – ", " — ", " :: "] {
        if let Some(k) = hint.text.rfind(sep) {
            keys.push(fold_key(&hint.text[..k]));
        }
    }
    keys.retain(|k| word_count(k) >= 4);
    if keys.is_empty() {
        return None;
    }
    // Folding drops punctuation ("Khoa học - kỹ thuật" loses a word): only lines within two
    // words of a key are folded and compared.
    let key_words: Vec<usize> = keys.iter().map(|k| word_count(k)).collect();
    let limit = kept.len().div_ceil(2).max(12);
    let matches: Vec<usize> = (0..limit.min(kept.len()))
        .filter(|&k| {
            let line = &text[kept[k].clone()];
            let words = word_count(line);
            // A headline, not a lead paragraph that a generator copied into `<title>`.
            (4..=40).contains(&words)
                && key_words.iter().any(|&n| words.abs_diff(n) <= 2)
                && !SENTENCE_BREAK.is_match(line.trim_end_matches(['.', ' ']))
                && keys.contains(&fold_key(line))
        })
        .collect();
    let stamped =
        |k: usize| (k + 1..(k + 4).min(kept.len())).any(|j| stamp_line(text, &kept[j]).is_some());
    matches
        .iter()
        .copied()
        .find(|&k| stamped(k))
        .or(matches.first().copied())
}

/// If line `k` opens a related-links box that the article continues after, the index of the
/// first line after the box: a paragraph (25+ words ending a sentence) within the next six
/// lines, with only short lines between.
fn box_end(text: &str, lines: &[Range<usize>], k: usize) -> Option<usize> {
    let marker = text[lines[k].clone()].trim().to_lowercase();
    if !BOX_MARKERS.contains(&marker.as_str()) {
        return None;
    }
    for (j, r) in lines.iter().enumerate().skip(k + 1).take(6) {
        let line = &text[r.clone()];
        if word_count(line) >= 25 && ends_sentence(line) {
            return Some(j);
        }
        // A long line that ends no sentence is the box's headlines run together by the
        // scraper ("… (01/07/2025) HTX quế Văn Yên ký hợp đồng …"); a long one that does not
        // end with a headline's date either is text of another kind.
        if word_count(line) >= 25 && !line.trim_end().ends_with(')') && !RUN_ON.is_match(line) {
            return None;
        }
    }
    None
}

/// End markers that may open a box of links inside the article.
const BOX_MARKERS: &[&str] = &[
    "đọc thêm",
    "xem thêm",
    "tin liên quan",
    "các tin liên quan",
    "tin bài liên quan",
    "tin tức liên quan",
    "bài liên quan",
    "bài viết liên quan",
    "có thể bạn quan tâm",
];

/// The publication stamp of a short line (at most 12 words: a stamp line, not a sentence
/// that mentions a date).
/// A headline with its date in parentheses ("Đại hội thành viên HTX Chè Khe Cốc
/// (09/11/2023)", a related-news link) is not a stamp.
fn stamp_line(text: &str, r: &Range<usize>) -> Option<Stamp> {
    let line = &text[r.clone()];
    let st = if word_count(line) <= 12 {
        parse_stamp(text, r.clone())?
    } else {
        // "Ngày đăng: 08/09/2025 - 09:12 | Lượt xem: 457 | In ra | Gửi bài viết qua email": the
        // stamp in the first cells of a row, a portal's counters and toolbar after it.
        line.match_indices(" | ")
            .take(3)
            .map(|(k, _)| r.start..r.start + k)
            .take_while(|c| word_count(&text[c.clone()]) <= 12)
            .find_map(|c| parse_stamp(text, c))?
    };
    let dated_headline = line.trim_end().ends_with(')')
        && text[r.start..st.span.start]
            .rfind('(')
            .is_some_and(|k| word_count(&text[r.start..r.start + k]) >= 4);
    (!dated_headline).then_some(st)
}

/// A row of a table in the article, as an HTML page's table reads ("1 | Huân chương Lao động
/// hạng Ba | HTX …"): numbered, or of three cells or more.
fn is_table_row(line: &str) -> bool {
    if memchr::memchr(b'|', line.as_bytes()).is_none() {
        return false;
    }
    let mut cells = line.split(" | ");
    let first = cells.next().unwrap_or("").trim();
    match cells.count() {
        0 => false,
        1 => !first.is_empty() && first.bytes().all(|b| b.is_ascii_digit()),
        _ => true,
    }
}

/// "Kinh tế | Nông nghiệp - Nông thôn", "Kinh tế » Kinh tế tập thể", "Kinh tế / Thị trường":
/// short parts joined by a breadcrumb separator.
fn is_breadcrumb(line: &str) -> bool {
    let parts: Vec<&str> = line
        .split(['|', '»', '›', '>', '/'])
        .map(str::trim)
        .collect();
    parts.len() >= 2
        && parts.iter().all(|p| {
            !p.is_empty() && word_count(p) <= 5 && !p.contains(|c: char| c.is_ascii_digit())
        })
}

/// A line in capitals (letters present, none lower case).
fn is_caps_line(line: &str) -> bool {
    line.chars().any(char::is_alphabetic) && !line.chars().any(char::is_lowercase)
}

/// A label, category or breadcrumb line.
fn is_header_line(line: &str) -> bool {
    (word_count(line) <= 3 || CATEGORY.is_match(line) || is_breadcrumb(line))
        && !ends_sentence(line)
}

fn ends_sentence(line: &str) -> bool {
    // Markdown emphasis from a scraper's html-to-text ("**… năm 2025.**") is not the end.
    line.trim_end()
        .trim_end_matches(['*', '_'])
        .ends_with(['.', '!', '?', '…', ':', ';', '"', '”'])
}

/// "Theo nhandan.vn", "Nguồn: VnExpress", "Nguồn: Văn phòng Liên minh HTX tỉnh Sơn La": a
/// source credit at the end, not a byline.
fn is_source_line(line: &str) -> bool {
    let words = word_count(line);
    SOURCE_LINE.is_match(line)
        && (words <= 6 || (words <= 14 && NAMED_SOURCE.is_match(line) && !ends_sentence(line)))
}

/// A byline in the header, next to the stamp, in title case: "Lê Hà", "Tuấn Anh (TTXVN)",
/// "Thu Phương". Not a place, a site's name, a category, a weekday or a sentence.
fn header_byline(text: &str, r: Range<usize>) -> Option<Vec<Range<usize>>> {
    let line = &text[r.clone()];
    if word_count(line) > 6
        || ends_sentence(line)
        || line.contains(|c: char| c.is_ascii_digit())
        || crate::gazetteer::lookup(line).is_some()
        || SITE_NAME.is_match(line)
        || CATEGORY.is_match(line)
        || is_breadcrumb(line)
        || WEEKDAY.is_match(line)
    {
        return None;
    }
    byline_names(text, r)
}

/// A byline right under the title: an ALL-CAPS name, optionally followed by "|".
fn byline_top(text: &str, r: Range<usize>) -> Option<Vec<Range<usize>>> {
    let line = &text[r.clone()];
    let core = line.trim_end_matches(['|', ' ']);
    let all_caps = core.chars().all(|c| !c.is_alphabetic() || c.is_uppercase());
    if !all_caps || core.is_empty() {
        return None;
    }
    byline_names(text, r)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(s: &str) -> Segments {
        segment(s)
    }

    fn texts<'a>(s: &'a str, rs: &[Range<usize>]) -> Vec<&'a str> {
        rs.iter().map(|r| &s[r.clone()]).collect()
    }

    #[test]
    fn ok_the_pages_own_headline_is_the_title() {
        let s = "Báo điện tử của Trung ương Hội Nông dân Việt Nam Hotline: 0901 897 888 Đăng nhập\nTrang chủ\nNhà nông\nHợp tác xã\nCụm thi đua Liên minh HTX 6 tỉnh Bắc Trung Bộ ký giao ước thi đua năm 2022\nHoàng Yến\n24/03/2022 19:20 GMT+7\nNgày 24/3, tại TP Hà Tĩnh, Cụm thi đua Liên minh HTX các tỉnh Bắc Trung Bộ tổ chức hội nghị.\nTags:\nLiên minh HTX\nHà Tĩnh";
        let hint = "Cụm thi đua Liên minh HTX 6 tỉnh Bắc Trung Bộ ký giao ước thi đua năm 2022 - Báo Dân Việt";
        let g = segment_with_title(s, Some(hint));
        assert_eq!(
            &s[g.title.clone().unwrap()],
            "Cụm thi đua Liên minh HTX 6 tỉnh Bắc Trung Bộ ký giao ước thi đua năm 2022"
        );
        assert_eq!(g.published.unwrap().value, "2022-03-24T19:20");
        assert_eq!(texts(s, &g.authors), ["Hoàng Yến"]);
        assert_eq!(g.body.len(), 1, "{:?}", texts(s, &g.body));
        // Here the header rules find the headline too (above the byline and stamp); on a
        // page without a stamp only the hint tells the masthead from the headline.
        assert_eq!(seg(s).title, g.title);
        let bare = "Báo điện tử của Trung ương Hội Nông dân Việt Nam Hotline: 0901 897 888 Đăng nhập\nNhà nông\nCụm thi đua Liên minh HTX 6 tỉnh Bắc Trung Bộ ký giao ước thi đua năm 2022\nNgày 24/3, tại TP Hà Tĩnh, Cụm thi đua Liên minh HTX các tỉnh Bắc Trung Bộ tổ chức hội nghị.";
        assert!(seg(bare)
            .title
            .is_some_and(|t| bare[t].starts_with("Báo điện tử")));
        assert!(segment_with_title(bare, Some(hint))
            .title
            .is_some_and(|t| bare[t].starts_with("Cụm thi đua")));
        // A hint that is no line of the text, or a lead paragraph, changes nothing.
        for hint in [
            "Một tiêu đề khác hẳn không có trong bài viết này",
            "Ngày 24/3, tại TP Hà Tĩnh, Cụm thi đua Liên minh HTX các tỉnh Bắc Trung Bộ tổ chức hội nghị. Hội nghị thành công.",
        ] {
            assert_eq!(segment_with_title(s, Some(hint)).title, seg(s).title, "{hint}");
        }
    }

    #[test]
    fn ok_inline_box_with_headlines_run_together() {
        let s = "Liên minh Hợp tác xã tỉnh Lào Cai kết nạp 15 thành viên mới\n07:30, 04/10/2025\nSáng 3/10, tại phường Yên Bái, Liên minh Hợp tác xã tỉnh Lào Cai tổ chức hội nghị sơ kết hoạt động 9 tháng đầu năm 2025.\nTin liên quan\nHợp nhất Liên minh Hợp tác xã tỉnh Lào Cai và Yên Bái (01/07/2025) HTX quế Văn Yên ký hợp đồng xuất khẩu 500 tấn quế sang thị trường châu Âu trong năm nay (20/09/2025) Lào Cai có thêm 12 sản phẩm OCOP\nDịp này, Liên minh HTX tỉnh trao quyết định kết nạp thành viên cho 15 HTX, nâng tổng số thành viên của Liên minh HTX tỉnh lên 312 thành viên sau khi hợp nhất hai tỉnh.";
        let g = seg(s);
        assert_eq!(g.body.len(), 2, "{:?}", texts(s, &g.body));
        assert!(texts(s, &g.body)[1].starts_with("Dịp này"));
    }

    #[test]
    fn ok_menu_one_item_per_line_above_the_headline() {
        let menu = "Thời sự\nGóc nhìn\nThế giới\nKinh doanh\nBất động sản\nKhoa học";
        // The stamp above the headline.
        let s = format!("VnExpress\n{menu}\nThứ bảy, 12/6/2021, 10:05 (GMT+7)\nHợp tác xã ở Sơn La khánh thành nhà máy sấy xoài 45 tỷ đồng\nHôm qua (11/6), HTX Nông nghiệp Chiềng Hặc Xanh khánh thành nhà máy sấy xoài.");
        let g = seg(&s);
        assert!(s[g.title.unwrap()].starts_with("Hợp tác xã ở Sơn La"));
        assert_eq!(g.published.unwrap().value, "2021-06-12T10:05");
        // No stamp at all.
        let s = format!("Báo Gia Lai điện tử\n{menu}\nQuỹ tín dụng nhân dân Nhơn Phong tổ chức Đại hội thành viên thường niên năm 2026\n(GLO)- Sáng 7/3, Quỹ tín dụng nhân dân Nhơn Phong tổ chức Đại hội thành viên thường niên.");
        assert!(seg(&s)
            .title
            .is_some_and(|t| s[t].starts_with("Quỹ tín dụng")));
        // The byline between the headline and the stamp.
        let s = format!("Báo Đầu tư\n{menu}\nRa mắt Liên hiệp HTX cà phê đặc sản đầu tiên của Cư M’gar\nHữu Long\nThứ Hai, 23/05/2022 15:42\n(ĐTO) Bốn hợp tác xã trồng cà phê tại huyện Cư M’gar đã cùng thành lập Liên hiệp HTX.");
        let g = seg(&s);
        assert!(s[g.title.unwrap()].starts_with("Ra mắt Liên hiệp"));
        assert_eq!(texts(&s, &g.authors), ["Hữu Long"]);
        assert_eq!(g.published.unwrap().value, "2022-05-23T15:42");
    }

    #[test]
    fn ok_small_sites_banner_clock_and_period_ended_headline() {
        // The cooperative's name and address above the headline, no stamp, a dated lead.
        let s = "HỢP TÁC XÃ CÀ PHÊ TÂN HÀ XANH\nXã Tân Hà - huyện Lâm Hà - tỉnh Lâm Đồng\nTrang chủ | Giới thiệu HTX | Sản phẩm | Tin tức\nTin tức\nĐại hội thành viên thường niên năm 2016: HTX Cà phê Tân Hà Xanh hoàn thành chuyển đổi\nNgày 28/3, tại hội trường thôn Tân Lin, HTX Cà phê Tân Hà Xanh đã tổ chức Đại hội thành viên thường niên năm 2016.";
        let g = seg(s);
        assert!(s[g.title.unwrap()].starts_with("Đại hội thành viên thường niên"));
        assert_eq!(g.body.len(), 1);
        // A clock above the portal's name is no stamp.
        let s = "Thứ Ba, 17/10/2017 | 10:42\nCỔNG THÔNG TIN ĐIỆN TỬ XÃ HẢI ANH - HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH\nĐẠI HỘI THÀNH LẬP HTX DỊCH VỤ NÔNG NGHIỆP HẢI ANH XANH\nNgày 12.9.2017, tại Hội trường UBND xã, Ban sáng lập tổ chức Đại hội thành lập HTX.";
        assert!(seg(s).published.is_none());
        // A stamp first, above the headline, is the stamp.
        let s = "16:17 | 31/03/2023\nHội nghị ký kết chương trình phối hợp giai đoạn mới\nSáng 31/3, Liên minh tổ chức hội nghị ký kết chương trình phối hợp với nhiều đơn vị.";
        assert_eq!(seg(s).published.unwrap().value, "2023-03-31T16:17");
        // A headline that ends with a period, above the stamp, under the portal's header.
        let s = "UBND HUYỆN YÊN THÀNH - CỔNG THÔNG TIN ĐIỆN TỬ\nTin tức - Sự kiện > Kinh tế\nYên Thành: Sơ kết 3 năm thực hiện Luật Hợp tác xã năm 2012.\nCập nhật lúc: 16:40 - 04/08/2016\nChiều 3/8, UBND huyện Yên Thành tổ chức Hội nghị sơ kết 3 năm thực hiện Luật Hợp tác xã.";
        let g = seg(s);
        assert_eq!(
            &s[g.title.unwrap()],
            "Yên Thành: Sơ kết 3 năm thực hiện Luật Hợp tác xã năm 2012"
        );
        assert_eq!(g.published.unwrap().value, "2016-08-04T16:40");
    }

    #[test]
    fn ok_short_site_name_above_menu_or_headline() {
        let lead = "(DĐDN) - Sáng 5/7, Liên minh HTX tỉnh Bến Tre tổ chức hội nghị sơ kết hoạt động 6 tháng đầu năm.";
        let head =
            "Liên minh HTX tỉnh Bến Tre sơ kết 6 tháng đầu năm 2024, kết nạp 5 thành viên mới";
        for s in [
            format!("Diễn đàn Doanh nghiệp\nThời sự | Kinh tế | Doanh nghiệp | Địa phương\n{head}\n{lead}"),
            format!("Kinh tế nông thôn\n{head}\n{lead}"),
        ] {
            let g = seg(&s);
            assert_eq!(&s[g.title.unwrap()], head, "{s}");
        }
        // A short headline above its sapo stays the title.
        let s = "Bến Tre kết nạp thành viên\nLiên minh HTX tỉnh vừa kết nạp 5 thành viên mới.\nNội dung.";
        assert_eq!(&s[seg(s).title.unwrap()], "Bến Tre kết nạp thành viên");
    }

    #[test]
    fn ok_reporters_credit_and_social_counters_after_the_byline() {
        let head = "Tập huấn nâng cao năng lực quản trị cho hợp tác xã\n07/03/2025 17:05\nPTTH Cao Bằng - Từ ngày 5 đến 7/3, Liên minh Hợp tác xã tỉnh tổ chức lớp tập huấn.";
        let s = format!("{head}\nPhóng viên: Lục Thúy - Hoàng Anh | BTV: Nông Hà\nChia sẻ Facebook | Zalo | Twitter");
        assert_eq!(texts(&s, &seg(&s).authors), ["Lục Thúy", "Hoàng Anh"]);
        let s = format!("{head}\nViệt Hà\nLike 8 | Share\nBình luận (0)\nTin cùng chuyên mục");
        let g = seg(&s);
        assert_eq!(texts(&s, &g.authors), ["Việt Hà"]);
        assert_eq!(g.body.len(), 1);
    }

    #[test]
    fn ok_attachments_end_the_article() {
        let s = "Liên minh HTX tỉnh tổng kết 3 năm thực hiện Kế hoạch phát triển kinh tế tập thể\n20/12/2023\nNgày 20.12.2023, Liên minh HTX tỉnh tổ chức hội nghị sơ kết 3 năm thực hiện kế hoạch.\nThu Hà - Phòng Kinh tế ngành\nVăn bản đính kèm:\nKế hoạch số 2350/KH-UBND ngày 15/9/2021 của UBND tỉnh về phát triển kinh tế tập thể";
        let g = seg(s);
        assert_eq!(texts(s, &g.authors), ["Thu Hà"]);
        assert_eq!(g.body.len(), 1);
    }

    #[test]
    fn ok_banner_then_clock_then_category_and_headline() {
        let s = "HỘI NÔNG DÂN TỈNH GIA LAI\nThứ Năm, 20/11/2025\nKinh tế tập thể\nHTX Dịch vụ nông nghiệp Đông Phước đón nhận Huân chương Lao động hạng Ba\n26/08/2025 - 16:40\nHôm qua (25/8), Hợp tác xã Dịch vụ nông nghiệp Đông Phước long trọng tổ chức Lễ đón nhận Huân chương.";
        let g = seg(s);
        assert!(s[g.title.unwrap()].starts_with("HTX Dịch vụ nông nghiệp Đông Phước"));
        assert_eq!(g.published.unwrap().value, "2025-08-26T16:40");
    }

    #[test]
    fn ok_stamp_followed_by_counters_and_toolbar() {
        let s = "Trang nhất » Tin tức - Sự kiện\nKý kết Chương trình phối hợp giữa Liên minh HTX tỉnh và Hội Nông dân tỉnh\nNgày đăng: 08/09/2025 - 09:12 | Lượt xem: 457 | In ra | Gửi bài viết qua email\nNgày 5-9, tại trụ sở Liên minh Hợp tác xã tỉnh, hai bên tổ chức Lễ ký kết.";
        let g = seg(s);
        assert_eq!(g.published.unwrap().value, "2025-09-08T09:12");
        assert!(s[g.title.unwrap()].starts_with("Ký kết Chương trình"));
        // A long sentence with a date and a bar is not a stamp.
        let s = "Hội nghị tổng kết\nNgày 08/09/2025 Liên minh HTX tỉnh tổ chức hội nghị tổng kết công tác năm với nhiều nội dung quan trọng | Ảnh minh họa\nNội dung hội nghị.";
        assert!(seg(s).published.is_none());
    }

    #[test]
    fn ok_broadcasters_name_and_clock_above_the_headline() {
        let s = "Đài Phát thanh và Truyền hình Lai Châu\nThứ Hai, 25/11/2024 | 14:07\nTrang chủ Thời sự Kinh tế Xã hội Văn hóa Quốc phòng - An ninh Truyền hình\nKinh tế\nLiên minh HTX tỉnh Lai Châu triển khai nhiệm vụ năm 2019\nLiên minh HTX tỉnh Lai Châu triển khai nhiệm vụ năm 2019\nThứ Năm, 17/01/2019 - 10:45\nLCTV - Sáng nay (17/1), Liên minh Hợp tác xã tỉnh Lai Châu tổ chức hội nghị tổng kết công tác năm 2018.";
        let g = seg(s);
        assert_eq!(
            &s[g.title.unwrap()],
            "Liên minh HTX tỉnh Lai Châu triển khai nhiệm vụ năm 2019"
        );
        assert_eq!(g.published.unwrap().value, "2019-01-17T10:45");
        assert_eq!(g.body.len(), 1);
        let s = "TNTV - Đài Phát thanh - Truyền hình Thái Nguyên\nThời sự | Kinh tế | Xã hội | Nông nghiệp - Nông thôn\nHTX chè Khe Cốc Xanh nhận Bằng khen của Bộ trưởng Bộ Nông nghiệp và PTNT\n09/06/2020 06:45\nTNTV - Sáng thứ Hai (8/6), Liên minh HTX tỉnh Thái Nguyên tổ chức trao Bằng khen.";
        let g = seg(s);
        assert!(s[g.title.unwrap()].starts_with("HTX chè Khe Cốc Xanh"));
        assert_eq!(g.published.unwrap().value, "2020-06-09T06:45");
    }

    #[test]
    fn ok_title_case_bylines_next_to_the_stamp() {
        let lead = "Hôm qua (15/4), Liên minh Hợp tác xã tỉnh Thanh Hóa và Tỉnh đoàn Thanh Hóa đã ký kết Chương trình phối hợp.";
        // Before the stamp, on its line.
        let s = format!("Thanh Hóa: Tiếp sức thanh niên khởi nghiệp bằng mô hình hợp tác xã\nLê Hà | 06:45 AM, 16/04/2024\n{lead}");
        let g = seg(&s);
        assert_eq!(texts(&s, &g.authors), ["Lê Hà"]);
        assert_eq!(g.published.unwrap().date.d, 16);
        // Under the stamp, with the agency.
        let s = format!("Ra mắt Liên minh Hợp tác xã tỉnh Đắk Lắk sau hợp nhất\nThứ tư, 9/7/2025, 16:05 (GMT+7)\nTuấn Anh (TTXVN)\n{lead}");
        assert_eq!(texts(&s, &seg(&s).authors), ["Tuấn Anh"]);
        // On its own line above the stamp, under the sapo.
        let s = format!("Hợp tác xã cần chủ động thích ứng với Luật Hợp tác xã năm 2023\n(Baohatinh.vn) - Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 1/7/2024 với nhiều điểm mới.\nThu Phương\n18/06/2024 06:45\n{lead}");
        let g = seg(&s);
        assert_eq!(texts(&s, &g.authors), ["Thu Phương"]);
        assert_eq!(g.body.len(), 2);
        // After the stamp and a bar.
        let s = format!("Khai mạc Tuần lễ giới thiệu sản phẩm hợp tác xã năm 2022\nThứ Ba, 29/11/2022 - 06:40 | Lê Duy\n{lead}");
        assert_eq!(texts(&s, &seg(&s).authors), ["Lê Duy"]);
        let s = format!("Khai mạc Tuần lễ giới thiệu sản phẩm hợp tác xã năm 2022\n29/11/2022 | 06:40 | Lượt xem: 120\n{lead}");
        assert!(seg(&s).authors.is_empty());
        // Before the stamp without a bar; a label there ("Ngày") is no name.
        let s = format!("Hà Nội: 118 hợp tác xã được thành lập mới trong năm 2023\nHoài Nam 02/01/2024 08:45 Chia sẻ\n{lead}");
        let g = seg(&s);
        assert_eq!(texts(&s, &g.authors), ["Hoài Nam"]);
        assert_eq!(g.published.unwrap().value, "2024-01-02T08:45");
        let s = format!("Hà Nội: 118 hợp tác xã được thành lập mới trong năm 2023\nNgày 27-04-2022 - Lượt xem: 28\n{lead}");
        assert!(seg(&s).authors.is_empty());
        // A category, a weekday or a place there is no byline.
        for head in ["Kinh tế", "Thứ Năm", "Thanh Hóa", "Báo Lao Động"] {
            let s = format!("Thanh Hóa: Tiếp sức thanh niên khởi nghiệp bằng mô hình hợp tác xã\n{head} | 16/04/2024\n{lead}");
            assert!(seg(&s).authors.is_empty(), "{head}");
        }
    }

    #[test]
    fn ok_source_credit_toolbar_and_pager_before_the_byline() {
        let s = "Phó Chủ tịch Liên minh HTX Việt Nam thăm và làm việc tại Sơn La\n(09:35 | 14/06/2023)\nIn Email\nNgày 13/6/2023, đoàn công tác Liên minh Hợp tác xã Việt Nam làm việc với tỉnh Sơn La về phát triển kinh tế tập thể.\nLò Thị Yến\nNguồn: Văn phòng Liên minh HTX tỉnh Sơn La\n< Trước\nTiếp >\nCác bài viết khác\n- Liên minh HTX tỉnh sơ kết công tác 6 tháng đầu năm 2023 (06/07/2023)\nBản quyền © 2023 Liên minh HTX tỉnh Sơn La";
        let g = seg(s);
        assert_eq!(texts(s, &g.authors), ["Lò Thị Yến"]);
        assert_eq!(g.body.len(), 1, "{:?}", texts(s, &g.body));
        assert!(g.captions.is_empty(), "{:?}", texts(s, &g.captions));
        // A sentence that opens with "Nguồn:" and ends stays in the body.
        let s = "Liên minh HTX tỉnh tổng kết năm 2024\n11/01/2025 16:20\nChiều 10/1, Liên minh HTX tỉnh Nghệ An tổ chức hội nghị tổng kết công tác năm 2024.\nNguồn: vốn của các HTX chủ yếu là vốn tự có và vốn vay ưu đãi.";
        assert_eq!(seg(s).body.len(), 2);
    }

    #[test]
    fn ok_heading_with_a_colon_ends_and_newsroom_is_no_author() {
        let s = "Liên minh HTX tỉnh và Hội Nông dân tỉnh ký kết chương trình phối hợp\n05/03/2024 10:00\nSáng 5-3, Liên minh Hợp tác xã tỉnh và Hội Nông dân tỉnh tổ chức hội nghị ký kết chương trình phối hợp.\nBài và ảnh: Minh Hằng\nTin liên quan:\n- Hội Nông dân tỉnh ra quân hỗ trợ nông dân tiêu thụ nông sản dịp Tết (25/01/2024)";
        let g = seg(s);
        assert_eq!(texts(s, &g.authors), ["Minh Hằng"]);
        assert_eq!(g.body.len(), 1);
        // A tag line after the byline.
        let s = "Liên minh HTX tỉnh tổng kết năm 2025\n11/01/2026 16:20\nChiều 10/1, Liên minh HTX tỉnh tổ chức hội nghị tổng kết công tác năm 2025.\nNgọc Hà\nTag: Tổng kết năm 2025Đại hội VIIThi đua khen thưởng";
        assert_eq!(texts(s, &seg(s).authors), ["Ngọc Hà"]);
        for byline in ["PV", "BBT", "Nhóm PV"] {
            let s = format!("Liên minh HTX tỉnh tổng kết năm 2024\n11/01/2025 16:20\nChiều 10/1, Liên minh HTX tỉnh Nghệ An tổ chức hội nghị tổng kết công tác năm 2024.\n{byline}");
            assert!(seg(&s).authors.is_empty(), "{byline}");
        }
    }

    #[test]
    fn ok_byline_with_office_after_the_dash() {
        let s = "Liên minh HTX tỉnh làm việc với Hội LHPN tỉnh\n12/06/2024 10:00\nSáng 11/6, Liên minh HTX tỉnh Sóc Trăng làm việc với Hội Liên hiệp Phụ nữ tỉnh về hỗ trợ phụ nữ khởi nghiệp.\nMinh Hoàng - VP Liên minh HTX tỉnh";
        assert_eq!(texts(s, &seg(s).authors), ["Minh Hoàng"]);
    }

    #[test]
    fn ok_stamp_at_the_bottom_after_the_byline() {
        let s = "LIÊN MINH HTX TỈNH KÝ KẾT CHƯƠNG TRÌNH PHỐI HỢP VỚI HỘI NÔNG DÂN\n\nSáng 5-3, tại TP Bắc Giang, Liên minh HTX tỉnh và Hội Nông dân tỉnh tổ chức hội nghị ký kết chương trình phối hợp giai đoạn 2019-2024.\n\nThu Hương\n\nCập nhật lúc: 06/03/2019 09:12\n\nTin liên quan\n- Lục Ngạn: Thành lập mới 6 HTX vải thiều (28/02/2019)";
        let g = seg(s);
        assert_eq!(g.published.as_ref().unwrap().value, "2019-03-06T09:12");
        assert_eq!(texts(s, &g.authors), ["Thu Hương"]);
        assert_eq!(g.body.len(), 1);
        // A stamp in the header wins; a dated line at the bottom stays in the body.
        let s = "Hội nghị ký kết chương trình phối hợp giai đoạn mới\n16:17 | 31/03/2023\nSáng 31/3, Liên minh tổ chức hội nghị ký kết chương trình phối hợp với nhiều đơn vị.\nNgày 30/3/2023";
        assert_eq!(seg(s).published.unwrap().value, "2023-03-31T16:17");
    }

    #[test]
    fn ok_bold_lead_from_markdown_is_body() {
        let s = "Liên minh HTX tỉnh tổng kết năm 2024\n\nThanh Lê • 11/01/2025 16:20\n\n**(Baonghean.vn) - Chiều 10/1, Liên minh HTX tỉnh Nghệ An tổ chức hội nghị tổng kết công tác năm 2024.**\n\nDự hội nghị có đồng chí Đặng Quang Hiếu, Phó Chủ tịch UBND tỉnh.";
        let g = seg(s);
        assert!(g.captions.is_empty(), "{:?}", texts(s, &g.captions));
        assert_eq!(g.body.len(), 2);
    }

    #[test]
    fn ok_sidebar_box_above_the_article_does_not_end_it() {
        let s = "Thứ Hai, ngày 29/01/2024\nBạn đang ở: Trang chủ » Tin tức - Sự kiện » Hoạt động Liên minh\nTIN NỔI BẬT\nHội nghị xúc tiến thương mại sản phẩm chè năm 2023(15/12/2023)\nLiên minh HTX tỉnh tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024\nCập nhật lúc 16:40 - 26/01/2024\nChiều 25/1, Liên minh HTX tỉnh Thái Nguyên tổ chức Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024 với gần 200 đại biểu.\nThu Hà\nCác tin khác\nKhối thi đua HTX nông nghiệp tổng kết năm 2023 (12/01/2024)";
        let g = seg(s);
        assert_eq!(
            &s[g.title.clone().unwrap()],
            "Liên minh HTX tỉnh tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024"
        );
        assert_eq!(g.published.as_ref().unwrap().value, "2024-01-26T16:40");
        assert_eq!(g.body.len(), 1, "{:?}", texts(s, &g.body));
        assert_eq!(texts(s, &g.authors), ["Thu Hà"]);
    }

    #[test]
    fn ok_title_stamp_body_and_caps_byline() {
        let s = "Hà Nội tăng cường liên kết\n\n16:17 | 31/03/2023\nTTTĐ - Sáng 31/3, Liên minh tổ chức hội nghị ký kết chương trình phối hợp với nhiều đơn vị.\nHà Nội tăng cường liên kết\nChủ tịch phát biểu tại hội nghị\n\nNội dung thứ hai của bài viết khá dài ở đây.\n\nTHANH TÙNG\n\nBản quyền thuộc https://x.vn/";
        let g = seg(s);
        assert_eq!(&s[g.title.clone().unwrap()], "Hà Nội tăng cường liên kết");
        assert_eq!(g.published.as_ref().unwrap().value, "2023-03-31T16:17");
        assert_eq!(
            texts(s, &g.captions),
            vec!["Chủ tịch phát biểu tại hội nghị"]
        );
        assert_eq!(texts(s, &g.authors), vec!["THANH TÙNG"]);
        assert_eq!(g.body.len(), 2);
    }

    #[test]
    fn ok_article_starting_with_body_has_no_title() {
        let s = "Ngày 30 tháng 9 năm 2022, tại Hội trường Liên minh HTX tỉnh Đăk Nông, hai bên ký kết. Hội nghị kết hợp trao cờ.\n\nTin, ảnh: Trần Xuân Bắc\n\nBÌNH LUẬN";
        let g = seg(s);
        assert!(g.title.is_none());
        assert_eq!(texts(s, &g.authors), vec!["Trần Xuân Bắc"]);
        assert_eq!(g.body.len(), 1);
    }

    #[test]
    fn ok_related_news_are_cut() {
        let s = "Tiêu đề bài viết\nNội dung chính của bài viết có đủ tám chữ trở lên.\nAnh Quân, Văn Tường/ CTV ĐNTV\nTin liên quan\n- Chủ tịch làm việc với HTX Tân Bình\nTin mới nhất\nĐại hội nhiệm kỳ 2026-2031";
        let g = seg(s);
        assert_eq!(texts(s, &g.authors), vec!["Anh Quân", "Văn Tường"]);
        assert!(g.body.iter().all(|r| !s[r.clone()].contains("2026")));
        assert_eq!(g.body.len(), 1);
    }

    #[test]
    fn ok_title_case_byline_in_the_header() {
        let s = "Hơn 400 đại biểu tìm hiểu Luật Hợp tác xã năm 2023\nKiên Trung\nThứ Tư 19/06/2024 , 14:32 (GMT+7)\nSáng nay (19/6), tại Hà Nội, Bộ Kế hoạch và Đầu tư tổ chức hội nghị.\n\nThu Hà - Trung tâm VH-TT&TT huyện\n\nIn bài | Gửi bài | Quay lại";
        let g = seg(s);
        assert_eq!(texts(s, &g.authors), vec!["Kiên Trung", "Thu Hà"]);
    }

    #[test]
    fn ok_related_box_inside_the_article_is_skipped() {
        let s = "Tiêu đề bài viết\nĐoạn đầu của bài viết có đủ tám chữ trở lên và kết thúc.\nĐọc thêm\nHội chợ OCOP năm ngoái thu hút nhiều khách\nĐoạn tiếp theo của bài viết vẫn còn rất dài, kể về hội chợ, các gian hàng, các hợp tác xã tham gia và những kết quả đạt được trong năm nay.";
        let g = seg(s);
        assert_eq!(g.body.len(), 2);
        assert!(s[g.body[1].clone()].starts_with("Đoạn tiếp theo"));
    }

    #[test]
    fn ok_portal_header_lines_are_dropped() {
        let s = "Xuất bản thông tin\n\nnull Liên minh Hợp tác xã tỉnh triển khai kế hoạch\n\nChi tiết bài viết Tin tức\n\nLiên minh Hợp tác xã tỉnh triển khai kế hoạch\n\nHội nghị triển khai kế hoạch công tác diễn ra vào sáng ngày 28/02/2023, với nhiều đại biểu.";
        let g = seg(s);
        assert_eq!(
            &s[g.title.clone().unwrap()],
            "Liên minh Hợp tác xã tỉnh triển khai kế hoạch"
        );
        assert_eq!(g.body.len(), 1);
    }

    #[test]
    fn ok_skip_link_social_and_category_lines_are_dropped() {
        let s = "Chuyển đến nội dung\nThứ Hai, 22/07/2024\nFacebook\nYoutube\nTrang chủ / Tin hoạt động / Cụm thi đua giao ban 6 tháng đầu năm 2024\nCụm thi đua Liên minh HTX các tỉnh Bắc Trung Bộ giao ban 6 tháng đầu năm 2024\nThứ Sáu, 19/07/2024 | 15:20\nNgày 18/7/2024, tại thành phố Đông Hà, Liên minh HTX tỉnh Quảng Trị tổ chức Hội nghị giao ban.\nHoài Nam\nChuyên mục: Tin hoạt động, Thi đua - Khen thưởng Thẻ: cụm thi đua\nChia sẻ: Facebook Twitter Zalo";
        let g = seg(s);
        assert_eq!(
            &s[g.title.clone().unwrap()],
            "Cụm thi đua Liên minh HTX các tỉnh Bắc Trung Bộ giao ban 6 tháng đầu năm 2024"
        );
        assert_eq!(g.published.as_ref().unwrap().value, "2024-07-19T15:20");
        assert_eq!(texts(s, &g.authors), ["Hoài Nam"]);
        // A long portal menu and a "Bạn đang ở:" breadcrumb above the headline.
        let menu = "Trang chủ\nGiới thiệu\nTin tức\nKinh tế tập thể\nThi đua khen thưởng\nVăn bản\nLiên hệ\nDanh mục\nHoạt động Liên minh\nHoạt động HTX\nTin Trung ương\nGương điển hình\nTin đọc nhiều\nHTX Nông nghiệp Nhơn Lộc 1 phát triển dịch vụ cơ giới hóa\nBạn đang ở:\nTrang chủ/\nTin tức/\nHoạt động Liên minh\n";
        let s = format!("{menu}Liên minh Hợp tác xã tỉnh Bình Định kỷ niệm 30 năm thành lập\nNgày: 29/11/2023\nLượt xem: 733\nSáng 28/11, tại Hội trường Tỉnh ủy, Liên minh Hợp tác xã tỉnh tổ chức Lễ kỷ niệm 30 năm thành lập.");
        let g = seg(&s);
        assert_eq!(
            &s[g.title.clone().unwrap()],
            "Liên minh Hợp tác xã tỉnh Bình Định kỷ niệm 30 năm thành lập"
        );
        assert_eq!(g.published.as_ref().unwrap().value, "2023-11-29");
    }

    #[test]
    fn ok_counters_and_author_with_title() {
        let s = "Tiêu đề\nNgày: 20/11/2023\n\nNgày 18/11/2023 tại tỉnh Hà Nam, các bên tổng kết phong trào thi đua năm 2023.\n\nTrương Thanh Sơn - Phó Chủ tịch Liên minh HTX Thái Bình\n\nThống kê truy cập:280465\nSố người trực tuyến: 37";
        let g = seg(s);
        assert_eq!(g.published.as_ref().unwrap().value, "2023-11-20");
        assert_eq!(texts(s, &g.authors), vec!["Trương Thanh Sơn"]);
        assert_eq!(g.body.len(), 1);
    }

    #[test]
    fn ok_author_line_with_a_long_title() {
        let s = "Tiêu đề\nĐoạn văn dài có nhiều chữ ở đây để làm thân bài.\nHoàng Văn Lợi - Phó Chủ tịch Liên minh HTX tỉnh Lạng Sơn";
        assert_eq!(texts(s, &seg(s).authors), vec!["Hoàng Văn Lợi"]);
    }

    #[test]
    fn ok_byline_before_the_stamp_on_one_line() {
        let s = "Tiêu đề bài viết\nNGỌC ÁNH | Thứ năm, 27/10/2022 - 18:20\nNgày 27-10, tại Nhà văn hóa, Liên minh tổ chức hội nghị kết nối cung cầu.";
        let g = seg(s);
        assert_eq!(g.published.as_ref().unwrap().value, "2022-10-27T18:20");
        assert_eq!(texts(s, &g.authors), vec!["NGỌC ÁNH"]);
    }

    #[test]
    fn ok_two_names_with_an_outlet() {
        let s =
            "Tiêu đề\nĐoạn văn dài có nhiều chữ ở đây để làm thân bài.\nĐăng Khoa – Thu Trang/LĐTV";
        assert_eq!(texts(s, &seg(s).authors), vec!["Đăng Khoa", "Thu Trang"]);
    }

    #[test]
    fn ok_inline_byline_at_the_end_of_the_last_paragraph() {
        let s = "Tiêu đề\nĐoạn văn dài có nhiều chữ ở đây để làm thân bài. Còn nữa… Tin, ảnh: Thanh Tuấn (TTXVN) ";
        let g = seg(s);
        assert_eq!(texts(s, &g.authors), vec!["Thanh Tuấn"]);
        assert!(s[g.body[0].clone()].ends_with("Còn nữa…"));
    }

    #[test]
    fn ok_category_label_above_the_title_is_skipped() {
        let s = "Kinh tế\nĐại hội đại biểu Liên minh Hợp tác xã tỉnh Thái Bình lần thứ V\nCác ngày 14-15/9, Đại hội đã diễn ra với nhiều đại biểu tham dự.";
        assert_eq!(
            &s[seg(s).title.unwrap()],
            "Đại hội đại biểu Liên minh Hợp tác xã tỉnh Thái Bình lần thứ V"
        );
    }

    #[test]
    fn ok_newspaper_headers_above_the_title_are_skipped() {
        let body = "\n\nQNO - Sáng 5/9, tại TP.Tam Kỳ, Liên minh HTX tỉnh tổ chức hội thảo về Luật Hợp tác xã năm 2023 với nhiều đại biểu.";
        for head in [
            "Báo Quảng Nam Online\nKinh tế | Nông nghiệp - Nông thôn\n",
            "BẮC NINH ĐIỆN TỬ\nKinh tế - Nông nghiệp\n",
            "SGGP\nKinh tế / Thị trường\n",
            "LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ HUẾ\n",
        ] {
            let s = format!("{head}Tháo gỡ vướng mắc khi hợp tác xã tổ chức lại\nThứ Năm, 05/09/2024 11:32{body}");
            let g = seg(&s);
            assert_eq!(
                &s[g.title.unwrap()],
                "Tháo gỡ vướng mắc khi hợp tác xã tổ chức lại",
                "{head:?}"
            );
            assert!(g.published.is_some());
        }
        // A breadcrumb, then the stamp, then the headline.
        let s = format!("Kinh tế | Thị trường\nThứ Ba, 14-01-2025, 19:40\nLiên minh Hợp tác xã Việt Nam triển khai nhiệm vụ năm 2025{body}");
        let g = seg(&s);
        assert_eq!(
            &s[g.title.unwrap()],
            "Liên minh Hợp tác xã Việt Nam triển khai nhiệm vụ năm 2025"
        );
        assert_eq!(g.published.unwrap().value, "2025-01-14T19:40");
        // A headline that opens with a date, above the stamp.
        let s = format!("SGGP\nKinh tế\nNgày 11-4, TPHCM tôn vinh 60 hợp tác xã tiêu biểu\nThứ Sáu, 11/4/2025 14:05{body}");
        assert_eq!(
            &s[seg(&s).title.unwrap()],
            "Ngày 11-4, TPHCM tôn vinh 60 hợp tác xã tiêu biểu"
        );
        // An all-caps headline with a byline under it is still the title.
        let s = format!("HTX HỒNG PHONG AN ĐÓN NHẬN HUÂN CHƯƠNG LAO ĐỘNG\nMINH CHÂU{body}");
        assert_eq!(
            &s[seg(&s).title.unwrap()],
            "HTX HỒNG PHONG AN ĐÓN NHẬN HUÂN CHƯƠNG LAO ĐỘNG"
        );
    }

    #[test]
    fn ok_headline_above_the_stamp_under_banner_menu_and_clock() {
        let body = "\n\nLúc 18h ngày 3/3, tại Trung tâm Hội nghị thành phố, Liên minh Hợp tác xã TP. Cần Thơ tổ chức lễ kỷ niệm.";
        let s = format!("BÁO CẦN THƠ ĐIỆN TỬ\nThứ Tư, 05/03/2025\nTrang chủ   Thời sự   Chính trị   Kinh tế   Xã hội   Văn hóa\nKinh tế\nLiên minh HTX TP. Cần Thơ kỷ niệm 30 năm thành lập\nCập nhật: 21:15, 04/03/2025{body}");
        let g = seg(&s);
        assert_eq!(
            &s[g.title.unwrap()],
            "Liên minh HTX TP. Cần Thơ kỷ niệm 30 năm thành lập"
        );
        assert_eq!(g.published.unwrap().value, "2025-03-04T21:15");
        let s = format!("LIÊN MINH HỢP TÁC XÃ TỈNH TRÀ VINH\nTin tức - Sự kiện » Hoạt động LM HTX và thành viên\nHTX Nông nghiệp Phước Hảo tổ chức Đại hội thành viên thường niên năm 2025\n(09:12 | 17/03/2025){body}");
        assert_eq!(
            &s[seg(&s).title.unwrap()],
            "HTX Nông nghiệp Phước Hảo tổ chức Đại hội thành viên thường niên năm 2025"
        );
        // A category label straight above the body is not a title.
        let s = format!("Hoạt động LM HTX và thành viên{body}");
        assert!(seg(&s).title.is_none());
    }

    #[test]
    fn ok_a_short_lead_is_not_a_title() {
        let s = "Sáng nay, Liên minh HTX tỉnh tổ chức hội nghị tổng kết năm 2023.\n\nHội nghị có nhiều đại biểu tham dự và phát biểu ý kiến.";
        assert!(seg(s).title.is_none());
        let s = "QĐND Online - Liên minh HTX tỉnh tổ chức hội nghị tổng kết.\n\nNội dung.";
        assert!(seg(s).title.is_none());
    }

    #[test]
    fn ok_top_byline_and_dateline_lead() {
        let s = "Khen thưởng nhiều tập thể\n\nNGUYỄN DƯƠNG |\n\nHôm qua 3.7, Liên minh tổ chức họp mặt với rất nhiều đại biểu.";
        let g = seg(s);
        assert_eq!(texts(s, &g.authors), vec!["NGUYỄN DƯƠNG"]);
        let s = "(kontumtv.vn) – Liên minh Hợp tác xã tỉnh Kon Tum đã tổ chức Lễ công bố thành viên mới.\n\nVăn Hiển\n\nTrả lời";
        let g = seg(s);
        assert!(g.title.is_none());
        assert_eq!(texts(s, &g.authors), vec!["Văn Hiển"]);
    }
}

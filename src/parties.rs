//! Parties: the principal organisations of the article's main event (SCHEMA.md `parties`,
//! DOMAIN.md §6.2–6.4).
//!
//! Alliance mentions ("Liên minh Hợp tác xã …", "Liên minh HTX …", "LMHTX …") are read with
//! their own grammar after the head:
//! - national: "Việt Nam", "VN", or "toàn quốc Liên minh HTX";
//! - a list of provinces with optional unit words, one head distributing over coordinated
//!   names: "thành phố Đà Nẵng và tỉnh Sơn La", "tỉnh Hậu Giang, An Giang và Quảng Ngãi",
//!   "Thái Bình";
//! - a counted or plural unit, then a list ("hai tỉnh Đăk Nông và Bình Phước", "4 thành phố lớn
//!   gồm: …", "8 tỉnh, TP gồm: …", "các tỉnh, thành phố Cụm Đồng bằng Sông Hồng (…)") or a
//!   region whose member count equals the stated count ("5 tỉnh Tây Nguyên"); a plural with
//!   neither ("Liên minh HTX các tỉnh", "5 thành phố") names no one;
//! - a bare unit word ("Liên minh HTX tỉnh"): the province is elided; it is the province the
//!   article names for its alliance elsewhere, else the province it names most, else unknown.
//!
//! Which mentions are principal: those of the title and of the first clause of the lead
//! sentence, minus mentions after "thuộc" (a body that belongs to the alliance is the actor)
//! or inside a participants phrase ("với sự tham dự của …"). An elided mention is dropped when
//! a named alliance is also principal. With no alliance, the principal is the first named
//! organisation of the lead clause (a ministry, the Prime Minister, an emulation bloc); with
//! alliances, the organisation a lead verb such as "làm việc với" names is added.
//!
//! Not handled yet: anaphora ("Liên minh Hợp tác xã 2 địa phương"), site-implied provinces.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

use crate::abbrev::canonical_name;
use crate::gazetteer::{self, Hit, Province};
use crate::orgs;

/// The places of an article, found once and shared by the extractors: every province
/// mention (title, body, captions) and the province an elided "Liên minh HTX tỉnh" means.
#[derive(Clone, Copy, Debug)]
pub struct Places<'a> {
    pub hits: &'a [Hit],
    pub default: Option<&'static Province>,
}

impl<'a> Places<'a> {
    /// Finds the default province of `body` among `hits`.
    pub fn new(text: &str, body: &[Range<usize>], hits: &'a [Hit]) -> Self {
        Places {
            hits,
            default: default_province(text, body, hits),
        }
    }

    /// The mentions inside `r`.
    pub fn within(&self, r: &Range<usize>) -> Vec<Hit> {
        self.hits
            .iter()
            .filter(|h| r.start <= h.range.start && h.range.end <= r.end)
            .cloned()
            .collect()
    }
}

/// A principal organisation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartyFact {
    pub name: String,
    pub kind: &'static str,
    pub province: Option<&'static Province>,
    pub span: Range<usize>,
}

/// What an alliance mention names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AllianceRef {
    National,
    Provinces(Vec<(&'static Province, Range<usize>)>),
    /// "Liên minh HTX tỉnh": the unit word, province elided.
    Elided(&'static str),
}

/// An alliance mention in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AllianceMention {
    pub span: Range<usize>,
    pub refers: AllianceRef,
}

re!(
    HEAD,
    r"(?:(?i:liên\s+minh)\s+(?:các\s+)?(?:(?i:hợp\s+tác\s+xã)|HTX)(?:\s*\((?:HTX|Liên\s+minh\s+HTX|LMHTX)\))?|(?-u:\b)LM\s?HTX(?-u:\b))"
);
re!(NATIONAL, r"^\s+(?:Việt\s+Nam|VN)\b");
re!(
    PLURAL,
    r"(?i)^\s+(?:(các|\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+)(tỉnh|thành\s+phố|tp\.?|địa\s+phương|đơn\s+vị)(?:\s*,\s*(?:thành\s+phố|thành|tp\.?))?(?:\s+lớn)?"
);
re!(
    LIST_INTRO,
    r"(?i)^\s*(?:(?:trong\s+)?(?:cụm(?:\s+thi\s+đua)?\s+)?[^:(;.]{0,50}?\s*)?(?:gồm\s*:?|:|là|\()\s*"
);
re!(
    UNIT_WORD,
    r"(?i)^\s*(?:các\s+)?(?:tỉnh\s+|thành\s+phố\s+|tp\.\s*|tp\s+|thủ\s+đô\s+)"
);
re!(ELIDED, r"^\s+(tỉnh|thành\s+phố)\b");
re!(SEP, r"^\s*(?:,\s*và|,|;|và|-|–)\s*");
re!(
    EXCLUDED_BEFORE,
    r"(?i)(?:thuộc|sự\s+tham\s+dự\s+của|sự\s+tham\s+gia\s+của|sự\s+chứng\s+kiến\s+của)\s*$"
);
// An alliance merged into the new one, or named as former, is history, not a party.
re!(
    MERGED_BEFORE,
    r"(?i)(?:hợp\s+nhất|sáp\s+nhập)(?:\s+(?:với|vào))?\s*$"
);
re!(
    FORMER_AFTER,
    r"(?i)^\s*(?:\((?:cũ|trước\s+đây|trước\s+hợp\s+nhất|trước\s+sáp\s+nhập)\)|cũ\b)"
);
re!(
    PARTICIPANTS,
    r"(?i)(?:với\s+sự\s+tham\s+(?:dự|gia)|sự\s+chứng\s+kiến|có\s+sự\s+tham\s+dự)"
);
re!(TOAN_QUOC_BEFORE, r"(?i)toàn\s+quốc\s*$");
re!(
    COUNTERPART,
    r"(?i)(?:làm\s+việc\s+với|ký\s+kết\s+(?:[^,.;]{0,40}\s)?với|phối\s+hợp\s+với|hợp\s+tác\s+với|bàn\s+giao\s+(?:[^.;]{0,60}\s)?cho|ra\s+mắt|công\s+bố\s+(?:quyết\s+định\s+)?thành\s+lập)"
);

re!(
    LOCATION_BEFORE,
    r"(?i)\b(?:tại|ở|hội\s+trường|trụ\s+sở|cơ\s+quan)(?:\s+\p{L}+){0,2}\s*$"
);
re!(
    SUBJECT_VERB_AFTER,
    r"(?i)^\s*(?:đã|vừa|sẽ|đang|chính\s+thức)?\s*(?:tổ\s+chức|tiến\s+hành|ban\s+hành|phối\s+hợp|khai\s+mạc|triển\s+khai|ký|trao|tặng|tiếp|làm\s+việc|họp|phát\s+động|công\s+bố|ra\s+mắt)\b"
);

re!(
    DATE_OPENS,
    r"^(?:\([^)]{2,40}\)\s*[-–]\s*|\p{Lu}{2,8}(?:\s+\p{Lu}\p{Ll}*){0,3}\s*[-–]\s*)?(?i:sáng|chiều|tối|trưa|ngày|hôm\s+qua|hôm\s+nay|vừa\s+qua|mới\s+đây|trong\s+(?:2|hai|ba|3)\s+ngày\s+(?:\d|từ))(?-u:\b)"
);
re!(CLUSTER, r"(?i)\bcụm\s+thi\s+đua|(?-i:Cụm)\s");
re!(AND_ALLIANCE, r"^\s*(?:,\s*)?và\s+(?i:liên\s+minh)");
re!(AND_ORG, r"^\s*(?:,\s*)?và\s+");
re!(
    ORGANISED_BY,
    r"(?i)(?:^|[\s,(])do\s+([^.;\s][^.;]*?)\s+(?:cùng\s+)?(?:phối\s+hợp\s+)?(?:tổ\s+chức|chủ\s+trì|đăng\s+cai)(?:[\s,.;)]|$)"
);
re!(
    CO_ORGANISER,
    r"(?i)(?:phối\s+hợp\s+với|cùng\s+với|cùng|với|và|,)\s*$"
);
re!(PERSON_FIRST, r"(?i)^(?:đồng\s+chí|ông|bà|anh|chị)\s");
re!(LIST_JOIN, r"^\s*(?:,\s*và|,|và)\s*$");

/// Reads a list of provinces starting at `pos`: optional unit words, names separated by ",",
/// "và" or ", và". Returns the provinces and where the list ends.
fn province_list(
    text: &str,
    pos: usize,
    limit: usize,
    hits: &[Hit],
) -> (Vec<(&'static Province, Range<usize>)>, usize) {
    let mut out = Vec::new();
    let mut p = pos;
    let mut end = pos;
    loop {
        // A hit right here ("TP.HCM", fused), or after a unit word ("tỉnh Đăk Nông").
        let here = p + (text[p..limit].len() - text[p..limit].trim_start().len());
        let mut hit = hits.iter().find(|h| h.range.start == here);
        if hit.is_none() {
            if let Some(m) = UNIT_WORD.find(&text[p..limit]) {
                let q = p + m.end();
                let q_trim = q + (text[q..limit].len() - text[q..limit].trim_start().len());
                hit = hits.iter().find(|h| h.range.start == q_trim);
            }
        }
        let Some(hit) = hit else {
            break;
        };
        out.push((hit.province, hit.range.clone()));
        end = hit.range.end;
        match SEP.find(&text[end..limit]) {
            Some(m) => p = end + m.end(),
            None => break,
        }
    }
    (out, end)
}

/// Every alliance mention in `range`.
pub fn alliance_mentions(text: &str, range: Range<usize>, hits: &[Hit]) -> Vec<AllianceMention> {
    let mut out = Vec::new();
    let limit = range.end;
    for m in HEAD.find_iter(&text[range.clone()]) {
        let start = range.start + m.start();
        let head_end = range.start + m.end();
        let rest = &text[head_end..limit];
        if let Some(n) = NATIONAL.find(rest) {
            out.push(AllianceMention {
                span: start..head_end + n.end(),
                refers: AllianceRef::National,
            });
            continue;
        }
        if let Some(c) = PLURAL.captures(rest) {
            let pm = c.get(0).expect("match");
            let count = crate::text::count_word(&c[1]).map(|n| n as usize);
            let after = head_end + pm.end();
            // Direct list ("hai tỉnh Đăk Nông và Bình Phước") or after an intro.
            let (mut list, mut end) = province_list(text, after, limit, hits);
            if list.is_empty() {
                if let Some(li) = LIST_INTRO.find(&text[after..limit]) {
                    (list, end) = province_list(text, after + li.end(), limit, hits);
                }
            }
            if list.len() >= 2 {
                if text[end..limit].trim_start().starts_with(')') {
                    end = end + text[end..limit].find(')').unwrap_or(0) + 1;
                }
                out.push(AllianceMention {
                    span: start..end,
                    refers: AllianceRef::Provinces(list),
                });
                continue;
            }
            // A region whose size matches the count: "5 tỉnh Tây Nguyên".
            let after_trim =
                after + (text[after..limit].len() - text[after..limit].trim_start().len());
            let region = gazetteer::find_regions(&text[after_trim..limit])
                .into_iter()
                .next()
                .filter(|(r, reg)| r.start == 0 && Some(reg.members.len()) == count);
            if let Some((r, reg)) = region {
                let span_end = after_trim + r.end;
                out.push(AllianceMention {
                    span: start..span_end,
                    refers: AllianceRef::Provinces(
                        reg.members
                            .iter()
                            .map(|p| (*p, after_trim..span_end))
                            .collect(),
                    ),
                });
            }
            continue;
        }
        let (list, end) = province_list(text, head_end, limit, hits);
        if !list.is_empty() {
            out.push(AllianceMention {
                span: start..end,
                refers: AllianceRef::Provinces(list),
            });
            continue;
        }
        if let Some(c) = ELIDED.captures(rest) {
            let unit = if c[1].starts_with('t') && c[1].starts_with("tỉnh") {
                "tỉnh"
            } else {
                "thành phố"
            };
            out.push(AllianceMention {
                span: start..head_end + c.get(0).expect("match").end(),
                refers: AllianceRef::Elided(unit),
            });
            continue;
        }
        if TOAN_QUOC_BEFORE.is_match(&text[range.start..start]) {
            out.push(AllianceMention {
                span: start..head_end,
                refers: AllianceRef::National,
            });
        }
    }
    out
}

/// The province an elided "Liên minh HTX tỉnh" most likely means in this article.
pub fn default_province(
    text: &str,
    body: &[Range<usize>],
    hits: &[Hit],
) -> Option<&'static Province> {
    let mut alliance_counts: HashMap<&'static str, (usize, &'static Province)> = HashMap::new();
    for r in body {
        for m in alliance_mentions(text, r.clone(), hits) {
            // "… sau khi hợp nhất với LMHTX tỉnh Thái Bình": a unit merged away is not where
            // the article is.
            if MERGED_BEFORE.is_match(&text[r.start..m.span.start]) {
                continue;
            }
            if let AllianceRef::Provinces(list) = m.refers {
                for (p, _) in list {
                    alliance_counts.entry(p.name).or_insert((0, p)).0 += 1;
                }
            }
        }
    }
    let best = |counts: HashMap<&'static str, (usize, &'static Province)>| {
        let mut v: Vec<_> = counts.into_values().collect();
        v.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.name.cmp(b.1.name)));
        // A tie between two provinces is no answer.
        match v.as_slice() {
            [first, second, ..] if first.0 == second.0 => None,
            [first, ..] => Some(first.1),
            [] => None,
        }
    };
    if !alliance_counts.is_empty() {
        return best(alliance_counts);
    }
    let mut counts: HashMap<&'static str, (usize, &'static Province)> = HashMap::new();
    for h in hits {
        if body
            .iter()
            .any(|r| r.start <= h.range.start && h.range.end <= r.end)
            && gazetteer::unit_before(text, h.range.start).is_some()
        {
            counts.entry(h.province.name).or_insert((0, h.province)).0 += 1;
        }
    }
    best(counts)
}

fn alliance_party(p: &'static Province, span: Range<usize>) -> PartyFact {
    PartyFact {
        name: format!("Liên minh Hợp tác xã {}", p.with_unit()),
        kind: "cooperative_alliance",
        province: Some(p),
        span,
    }
}

/// The parties an alliance mention names: the national alliance, or each province's (spanned
/// on the whole mention when it names one province, else on the province's name); none when
/// the province is elided.
fn alliance_parties(m: &AllianceMention) -> Vec<PartyFact> {
    match &m.refers {
        AllianceRef::National => vec![PartyFact {
            name: "Liên minh Hợp tác xã Việt Nam".into(),
            kind: "cooperative_alliance",
            province: None,
            span: m.span.clone(),
        }],
        AllianceRef::Provinces(list) => {
            let single = list.len() == 1;
            list.iter()
                .map(|(p, r)| alliance_party(p, if single { m.span.clone() } else { r.clone() }))
                .collect()
        }
        AllianceRef::Elided(_) => Vec::new(),
    }
}

fn push(out: &mut Vec<PartyFact>, p: PartyFact) {
    let dup = out.iter().any(|q| match (q.province, p.province) {
        (Some(a), Some(b)) => a.name == b.name && q.kind == p.kind,
        _ => crate::normalise::fold_key(&q.name) == crate::normalise::fold_key(&p.name),
    });
    if !dup {
        out.push(p);
    }
}

/// The first clause of a sentence (up to ";"), with any participants phrase cut off.
fn first_clause(text: &str, sentence: Range<usize>) -> Option<Range<usize>> {
    let clause = crate::text::clauses(text, sentence).into_iter().next()?;
    let end = PARTICIPANTS
        .find(&text[clause.clone()])
        .map_or(clause.end, |m| clause.start + m.start());
    Some(clause.start..end)
}

/// The clauses that report the main event: the first clause of the lead sentence, and when the
/// lead is a summary that does not open with the date, the first clause of the first sentence
/// that does ("Ngày 14/3, đoàn công tác … học tập kinh nghiệm tại Liên minh HTX tỉnh Lâm Đồng").
fn main_clauses(text: &str, body: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut sentences = body
        .iter()
        .take(2)
        .flat_map(|p| crate::text::sentences(text, p.clone()).into_iter().take(3));
    let Some(lead) = sentences.next() else {
        return Vec::new();
    };
    let mut out: Vec<Range<usize>> = first_clause(text, lead.clone()).into_iter().collect();
    if !DATE_OPENS.is_match(&text[lead]) {
        if let Some(s) = sentences.find(|s| DATE_OPENS.is_match(&text[s.clone()])) {
            out.extend(first_clause(text, s));
        }
    }
    out
}

/// Extracts the parties of the article.
pub fn extract(
    text: &str,
    title: Option<&Range<usize>>,
    body: &[Range<usize>],
    places: &Places,
) -> Vec<PartyFact> {
    let hits = places.hits;
    let leads = main_clauses(text, body);
    let zones: Vec<Range<usize>> = title
        .cloned()
        .into_iter()
        .chain(leads.iter().cloned())
        .collect();
    let mut named: Vec<PartyFact> = Vec::new();
    let mut elided: Vec<(Range<usize>, &'static str)> = Vec::new();
    for z in &zones {
        // The end of the last alliance merged away ("hợp nhất Liên minh HTX tỉnh An Giang và
        // Liên minh HTX tỉnh Kiên Giang"): the next one joined to it is merged away too.
        let mut merged_until: Option<usize> = None;
        for m in alliance_mentions(text, z.clone(), hits) {
            if EXCLUDED_BEFORE.is_match(&text[z.start..m.span.start]) {
                continue;
            }
            let merged = MERGED_BEFORE.is_match(&text[z.start..m.span.start])
                || merged_until.is_some_and(|e| LIST_JOIN.is_match(&text[e..m.span.start]))
                || FORMER_AFTER.is_match(&text[m.span.end..z.end]);
            if merged {
                merged_until = Some(m.span.end);
                continue;
            }
            if let AllianceRef::Elided(unit) = m.refers {
                elided.push((m.span.clone(), unit));
            }
            for p in alliance_parties(&m) {
                push(&mut named, p);
            }
            // "Liên minh HTX tỉnh Vĩnh Long và Ngân hàng … đã ký kết": a co-actor.
            let after = &text[m.span.end..z.end];
            if let Some(j) = AND_ORG.find(after) {
                let from = m.span.end + j.end();
                if let Some(o) = orgs::find(text, from..z.end).first() {
                    if o.span.start == from {
                        push(
                            &mut named,
                            PartyFact {
                                name: canonical_name(&strip_parentheses(&text[o.span.clone()])),
                                kind: o.kind,
                                province: None,
                                span: o.span.clone(),
                            },
                        );
                    }
                }
            }
        }
    }
    // An emulation cluster named without its members in the title and lead: the members are
    // the first list of alliances the article gives ("Cụm gồm Liên minh HTX 4 tỉnh: …").
    let cluster = zones.iter().any(|z| CLUSTER.is_match(&text[z.clone()]));
    let alliances = named.iter().filter(|p| p.province.is_some()).count();
    if cluster && alliances < 2 {
        let listed = body.iter().take(4).find_map(|p| {
            alliance_mentions(text, p.clone(), hits)
                .into_iter()
                .find_map(|m| match m.refers {
                    AllianceRef::Provinces(list) if list.len() >= 2 => Some(list),
                    _ => None,
                })
        });
        for (p, r) in listed.unwrap_or_default() {
            push(&mut named, alliance_party(p, r));
        }
    }
    // "Liên minh HTX tỉnh và Hội Nông dân tỉnh ký kết": the co-actor does not stand for the
    // alliance, whose province is the article's.
    if !named.iter().any(|p| p.kind == "cooperative_alliance") {
        if let Some((span, unit)) = elided.first().cloned() {
            match places.default {
                Some(p) => named.push(alliance_party(p, span)),
                None => named.push(PartyFact {
                    name: format!("Liên minh Hợp tác xã {unit}"),
                    kind: "cooperative_alliance",
                    province: None,
                    span,
                }),
            }
        }
    }
    let org_party = |o: &orgs::OrgPhrase, limit: usize| PartyFact {
        name: canonical_name(&strip_parentheses(&with_shared_unit(text, o, limit))),
        kind: o.kind,
        province: None,
        span: o.span.clone(),
    };
    // "Hội chợ do Liên minh HTX Việt Nam phối hợp với Liên minh HTX tỉnh Bình Định tổ chức":
    // the organisers, named in the first paragraphs when the lead only sums up.
    for para in body.iter().take(2) {
        let ptext = &text[para.clone()];
        if memchr::memmem::find(ptext.as_bytes(), b"do ").is_none() {
            continue;
        }
        for c in ORGANISED_BY.captures_iter(ptext) {
            let m = c.get(1).expect("group");
            let by = para.start + m.start()..para.start + m.end();
            // "do đồng chí X, Phó Chủ tịch UBND tỉnh chủ trì": a person chairs.
            if by.len() > 200 || PERSON_FIRST.is_match(&text[by.clone()]) {
                continue;
            }
            for a in alliance_mentions(text, by.clone(), hits) {
                // "do NHNN chi nhánh tỉnh Thái Bình phối hợp với Liên minh HTX tỉnh tổ chức":
                // the article's alliance.
                if let (AllianceRef::Elided(_), Some(p)) = (&a.refers, places.default) {
                    if !named.iter().any(|q| q.kind == "cooperative_alliance") {
                        push(&mut named, alliance_party(p, a.span.clone()));
                    }
                }
                for p in alliance_parties(&a) {
                    push(&mut named, p);
                }
            }
            // The other organisers: the first one named, and those it works with.
            for o in orgs::find(text, by.clone()) {
                let before = &text[by.start..o.span.start];
                if before.trim().is_empty() || CO_ORGANISER.is_match(before) {
                    push(&mut named, org_party(&o, by.end));
                }
            }
        }
    }
    let had_alliance = !named.is_empty();
    for lead in &leads {
        // The organisations that act in the clause (followed by a verb such as "tổ chức",
        // "đã", "vừa ban hành", or joined by "và" to an alliance that acts); places ("tại hội
        // trường UBND xã …") do not count. With no alliance and no actor, the clause's first
        // named organisation.
        let candidates: Vec<orgs::OrgPhrase> = orgs::find(text, lead.clone())
            .into_iter()
            .filter(|o| !LOCATION_BEFORE.is_match(&text[lead.start..o.span.start]))
            .collect();
        // A coordinated list acts as a whole: "Liên minh HTX tỉnh Bến Tre, Hội Nông dân tỉnh
        // Bến Tre và Công ty CP … ký kết" — from the last member back, an organisation joined
        // by "," or "và" to an acting one acts too.
        let mut acts: Vec<bool> = candidates
            .iter()
            .map(|o| {
                let after = &text[o.span.end..lead.end];
                SUBJECT_VERB_AFTER.is_match(after) || AND_ALLIANCE.is_match(after)
            })
            .collect();
        for k in (0..candidates.len().saturating_sub(1)).rev() {
            let between = &text[candidates[k].span.end..candidates[k + 1].span.start];
            if !acts[k] && acts[k + 1] && LIST_JOIN.is_match(between) {
                acts[k] = true;
            }
        }
        let acting: Vec<&orgs::OrgPhrase> = candidates
            .iter()
            .zip(&acts)
            .filter_map(|(o, a)| a.then_some(o))
            .collect();
        for o in &acting {
            push(&mut named, org_party(o, lead.end));
        }
        if !had_alliance && acting.is_empty() {
            if let Some(o) = candidates.first() {
                push(&mut named, org_party(o, lead.end));
            }
        }
        if had_alliance || !named.is_empty() {
            for o in counterpart(text, lead.clone()) {
                push(&mut named, org_party(&o, lead.end));
            }
        }
    }
    // "Liên minh HTX tỉnh làm việc với Sở Nông nghiệp và Môi trường": the headline names the
    // counterpart the lead may only call "lãnh đạo Sở".
    if let (true, Some(t)) = (had_alliance, title) {
        for o in counterpart(text, t.clone()) {
            push(&mut named, org_party(&o, t.end));
        }
    }
    // "Hội Nông dân tỉnh" in an article about one province: that province's body.
    if places.default.is_some() {
        for q in named
            .iter_mut()
            .filter(|q| q.kind != "cooperative_alliance")
        {
            q.name = gazetteer::complete_unit(&q.name, places.default);
        }
    }
    drop_aliases(text, named)
}

/// Without the parties that another party names as its alias in parentheses: "Agribank Hà
/// Giang" in the headline is "Ngân hàng Nông nghiệp và Phát triển nông thôn (Agribank) Chi
/// nhánh tỉnh Hà Giang" of the lead.
fn drop_aliases(text: &str, named: Vec<PartyFact>) -> Vec<PartyFact> {
    let aliases: Vec<(usize, String)> = named
        .iter()
        .enumerate()
        .flat_map(|(k, p)| {
            let surface = &text[p.span.clone()];
            surface
                .match_indices('(')
                .filter_map(move |(a, _)| {
                    let close = surface[a..].find(')')?;
                    Some((k, crate::normalise::fold_key(&surface[a + 1..a + close])))
                })
                .filter(|(_, alias)| !alias.is_empty())
        })
        .collect();
    named
        .iter()
        .enumerate()
        .filter(|(k, p)| {
            let key = crate::normalise::fold_key(&p.name);
            !aliases.iter().any(|(owner, alias)| {
                owner != k
                    && named[*owner].kind == p.kind
                    && (key == *alias || key.starts_with(&format!("{alias} ")))
            })
        })
        .map(|(_, p)| p.clone())
        .collect()
}

/// The organisation an alliance works, signs or cooperates with in `zone` ("… làm việc với
/// Sở Công Thương", "ký kết chương trình phối hợp với Ngân hàng …"), up to the sentence's end
/// or the next alliance.
/// Organisations joined to the first by "và" or "," ("làm việc với HTX A và HTX B") come too.
fn counterpart(text: &str, zone: Range<usize>) -> Vec<orgs::OrgPhrase> {
    let mut out: Vec<orgs::OrgPhrase> = Vec::new();
    // Word boundaries checked after the search (a Unicode `\b` keeps the regex off its DFA).
    for m in COUNTERPART.find_iter(&text[zone.clone()]) {
        let (a, b) = (zone.start + m.start(), zone.start + m.end());
        if !crate::text::starts_word(text, a) || !crate::text::ends_word(text, b) {
            continue;
        }
        for o in counterpart_at(text, b) {
            if !out.iter().any(|p| p.span == o.span) {
                out.push(o);
            }
        }
    }
    out
}

/// The organisations right after a counterpart phrase ending at `from`.
fn counterpart_at(text: &str, from: usize) -> Vec<orgs::OrgPhrase> {
    let sentence_end = text[from..]
        .find(['.', '\n'])
        .map_or(text.len(), |k| from + k);
    let next_alliance = HEAD
        .find(&text[from..sentence_end])
        .map_or(sentence_end, |h| from + h.start());
    let mut found = orgs::find(text, from..next_alliance).into_iter();
    let Some(first) = found.next() else {
        return Vec::new();
    };
    let mut out = vec![first];
    for o in found {
        let prev = out.last().map_or(from, |p: &orgs::OrgPhrase| p.span.end);
        if !LIST_JOIN.is_match(&text[prev..o.span.start]) {
            break;
        }
        out.push(o);
    }
    out
}

/// The text of an organisation, with the unit that a coordinated organisation of the same kind
/// gives both: "Hội Nông dân và Hội LHPN tỉnh" → "Hội Nông dân tỉnh".
fn with_shared_unit<'t>(text: &'t str, o: &orgs::OrgPhrase, limit: usize) -> Cow<'t, str> {
    let own = &text[o.span.clone()];
    let first_word = |s: &'static str| s.split_whitespace().next();
    let shared = AND_ORG
        .find(&text[o.span.end..limit])
        .map(|j| o.span.end + j.end())
        .and_then(|from| {
            let next = orgs::find(text, from..limit).into_iter().next()?;
            (next.span.start == from && next.kind == o.kind).then_some(next)
        })
        .filter(|next| first_word(next.head) == first_word(o.head))
        .filter(|_| !own.split_whitespace().any(is_unit_word))
        .and_then(|next| {
            // From the first unit word after the head: "Hội LHPN tỉnh" → "tỉnh".
            let other = &text[next.span.clone()];
            let k = other
                .match_indices(' ')
                .map(|(i, _)| i + 1)
                .find(|&i| other[i..].split(' ').next().is_some_and(is_unit_word))?;
            Some(format!("{own} {}", &other[k..]))
        });
    shared.map_or(Cow::Borrowed(own), Cow::Owned)
}

/// "tỉnh", "thành phố" (its first word), "TP": a word that opens a province's unit.
fn is_unit_word(w: &str) -> bool {
    matches!(w, "tỉnh" | "thành" | "TP" | "TP." | "Tỉnh")
}

/// A name without its parenthesised aliases: "Ngân hàng … (Agribank) chi nhánh …".
fn strip_parentheses(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0;
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::*;

    fn run(title: &str, body: &str) -> Vec<(String, Option<&'static str>)> {
        let text = format!("{title}\n{body}");
        let hits = gazetteer::find_all(&text);
        let t = (!title.is_empty()).then_some(0..title.len());
        let b: Vec<Range<usize>> = crate::text::lines(&text)
            .into_iter()
            .filter(|r| r.start > title.len() && !r.is_empty())
            .collect();
        extract(&text, t.as_ref(), &b, &Places::new(&text, &b, &hits))
            .into_iter()
            .map(|p| (p.name, p.province.map(|p| p.name)))
            .collect()
    }

    fn provinces(title: &str, body: &str) -> Vec<&'static str> {
        run(title, body).into_iter().filter_map(|p| p.1).collect()
    }

    #[test]
    fn ok_coordinated_units_distribute_the_head() {
        assert_eq!(
            provinces(
                "Liên minh Hợp tác xã thành phố Đà Nẵng và tỉnh Sơn La ký kết Chương trình",
                ""
            ),
            vec!["Đà Nẵng", "Sơn La"]
        );
        assert_eq!(
            provinces("", "Ngày 30 tháng 9 năm 2022, tại Hội trường Liên minh HTX tỉnh Đăk Nông, Liên minh HTX hai tỉnh Đăk Nông và Bình Phước ký kết chương trình."),
            vec!["Đắk Nông", "Bình Phước"]
        );
        assert_eq!(
            provinces(
                "Liên minh Hợp tác xã tỉnh Hậu Giang, An Giang và Quảng Ngãi, ký kết bản ghi nhớ",
                ""
            ),
            vec!["Hậu Giang", "An Giang", "Quảng Ngãi"]
        );
    }

    #[test]
    fn ok_organisers_named_after_do() {
        let p = run(
            "Quỹ tín dụng nhân dân ở Thái Bình: Giữ an toàn, mở rộng vốn",
            "(TBTCO) - Năm 2024, hệ thống 46 quỹ tín dụng nhân dân trên địa bàn tỉnh Thái Bình tăng trưởng ổn định.\nThông tin được đưa ra tại Hội nghị tổng kết do Ngân hàng Nhà nước (NHNN) chi nhánh tỉnh Thái Bình phối hợp với Liên minh HTX tỉnh tổ chức chiều 27/12.",
        );
        assert_eq!(
            p,
            [
                (
                    "Liên minh Hợp tác xã tỉnh Thái Bình".into(),
                    Some("Thái Bình")
                ),
                ("Ngân hàng Nhà nước chi nhánh tỉnh Thái Bình".into(), None)
            ]
        );
    }

    #[test]
    fn ok_visit_by_a_ministry_names_its_host() {
        let p = run(
            "Thứ trưởng Bộ Nông nghiệp và Môi trường làm việc tại Gia Lai",
            "Hôm qua (25/8), đoàn công tác Bộ Nông nghiệp và Môi trường do Thứ trưởng Phan Quốc Hưng dẫn đầu đã làm việc với UBND tỉnh Gia Lai về tình hình phát triển kinh tế hợp tác.",
        );
        assert_eq!(
            p,
            [
                ("Bộ Nông nghiệp và Môi trường".into(), None),
                ("Ủy ban nhân dân tỉnh Gia Lai".into(), None)
            ]
        );
    }

    #[test]
    fn ok_bodies_of_the_articles_province() {
        let p = run(
            "Liên minh HTX và Hội Nông dân tỉnh Nam Định phối hợp mở lớp tập huấn",
            "Sáng 5/3, Liên minh HTX tỉnh Nam Định và Hội Nông dân tỉnh tổ chức lớp tập huấn.",
        );
        assert_eq!(
            p,
            [
                (
                    "Liên minh Hợp tác xã tỉnh Nam Định".into(),
                    Some("Nam Định")
                ),
                ("Hội Nông dân tỉnh Nam Định".into(), None)
            ]
        );
    }

    #[test]
    fn ok_every_counterpart_and_the_handover_recipient() {
        let p = run(
            "",
            "Sáng 12/3, đoàn công tác của UBND huyện Hương Khê đã làm việc với HTX Bưởi Thanh Phúc và HTX Dịch vụ nông nghiệp Phúc Trạch.",
        );
        assert_eq!(p.len(), 3, "{p:?}");
        assert_eq!(p[2].0, "Hợp tác xã Dịch vụ nông nghiệp Phúc Trạch");
        let p = run(
            "",
            "Ngày 14/5, UBND huyện Tủa Chùa tổ chức bàn giao máy móc, thiết bị chế biến chè cho HTX Nông lâm nghiệp Háng Sung, xã Sín Chải.",
        );
        assert_eq!(p[1].0, "Hợp tác xã Nông lâm nghiệp Háng Sung");
        // A launch names the cooperative founded, after every other counterpart phrase.
        let p = run(
            "",
            "(Đoàn Nghệ An) - Hôm qua (23/3), Huyện đoàn Thanh Chương phối hợp với UBND xã Hạnh Lâm tổ chức Lễ ra mắt Hợp tác xã Thanh niên chè Hạnh Lâm.",
        );
        let names: Vec<&str> = p.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(
            names,
            [
                "Huyện đoàn Thanh Chương",
                "Ủy ban nhân dân xã Hạnh Lâm",
                "Hợp tác xã Thanh niên chè Hạnh Lâm"
            ]
        );
    }

    #[test]
    fn ok_a_duration_is_no_dated_opening() {
        let p = run(
            "Tập huấn nâng cao năng lực quản trị cho hợp tác xã",
            "PTTH Cao Bằng - Từ ngày 5 đến 7/3, Liên minh Hợp tác xã tỉnh Cao Bằng tổ chức lớp tập huấn cho 60 học viên.\nTrong 3 ngày, học viên được các chuyên gia của Liên minh HTX Việt Nam truyền đạt các nội dung.",
        );
        assert_eq!(
            p,
            [(
                "Liên minh Hợp tác xã tỉnh Cao Bằng".into(),
                Some("Cao Bằng")
            )]
        );
    }

    #[test]
    fn ok_counted_lists_and_regions() {
        // The intro before the list may hold commas ("trung du, miền núi phía Bắc gồm: …").
        assert_eq!(
            provinces("", "Ngày 14/3, tại TP Bắc Giang, Cụm thi đua Liên minh Hợp tác xã (HTX) các tỉnh trung du, miền núi phía Bắc gồm: Bắc Giang, Lạng Sơn, Thái Nguyên, Bắc Kạn, Tuyên Quang và Phú Thọ tổ chức hội nghị tổng kết."),
            vec!["Bắc Giang", "Lạng Sơn", "Thái Nguyên", "Bắc Kạn", "Tuyên Quang", "Phú Thọ"]
        );
        assert_eq!(
            provinces("", "Sáng 31/3, Liên minh Hợp tác xã thành phố Hà Nội tổ chức hội nghị ký kết chương trình phối hợp với Liên minh Hợp tác xã 4 thành phố lớn gồm: Hải Phòng, Đà Nẵng, Cần Thơ và Thành phố Hồ Chí Minh, về đẩy mạnh."),
            vec!["Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Hồ Chí Minh"]
        );
        assert_eq!(
            provinces(
                "Cụm thi đua Liên minh hợp tác xã 5 tỉnh Tây Nguyên tổng kết",
                ""
            )
            .len(),
            5
        );
        assert_eq!(
            provinces("", "Ngày 18/11/2023 tại tỉnh Hà Nam, Liên minh Hợp tác xã các tỉnh, thành phố Cụm Đồng bằng Sông Hồng (Thành phố Hà Nội, Ninh Bình, Hà Nam, Nam Định, Thái Bình, Thành phố Hải Phòng) Tổng kết; do Liên minh Hợp tác xã Việt Nam phát động."),
            vec!["Hà Nội", "Ninh Bình", "Hà Nam", "Nam Định", "Thái Bình", "Hải Phòng"]
        );
    }

    #[test]
    fn ok_elided_province_and_national() {
        assert_eq!(
            run(
                "Liên minh Hợp tác xã tỉnh triển khai kế hoạch",
                "Hội nghị của Liên minh Hợp tác xã tỉnh Đồng Tháp diễn ra."
            ),
            vec![(
                "Liên minh Hợp tác xã tỉnh Đồng Tháp".into(),
                Some("Đồng Tháp")
            )]
        );
        assert_eq!(
            run(
                "",
                "Ông A – Phó Chủ tịch Liên minh HTX tỉnh triển khai Kế hoạch."
            ),
            vec![("Liên minh Hợp tác xã tỉnh".into(), None)]
        );
        assert_eq!(
            run(
                "600 đại biểu sẽ dự Đại hội toàn quốc Liên minh HTX lần thứ VI",
                ""
            ),
            vec![("Liên minh Hợp tác xã Việt Nam".into(), None)]
        );
    }

    #[test]
    fn ok_elided_alliance_with_a_co_actor_takes_the_articles_province() {
        let v = run("Liên minh HTX tỉnh và Hội Nông dân tỉnh ký kết chương trình phối hợp", "Sáng 5-3, Liên minh Hợp tác xã (HTX) tỉnh và Hội Nông dân tỉnh tổ chức hội nghị ký kết.\nTính đến tháng 2/2024, toàn tỉnh Thanh Hoá có 1.137 HTX.");
        assert!(
            v.iter()
                .any(|(n, _)| n == "Liên minh Hợp tác xã tỉnh Thanh Hóa"),
            "{v:?}"
        );
    }

    #[test]
    fn ok_organisers_after_a_summary_lead() {
        let v = run("", "Hội chợ triển lãm sản phẩm HTX khu vực miền Trung - Tây Nguyên năm 2022 diễn ra từ 30/9 đến 2/10/2022 tại TP Quy Nhơn đã thu hút hơn 20.000 lượt khách.\nHội chợ do Liên minh HTX Việt Nam (VCA) phối hợp với Liên minh HTX tỉnh Bình Định tổ chức, với 180 gian hàng.");
        let names: Vec<&str> = v.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "Liên minh Hợp tác xã Việt Nam",
                "Liên minh Hợp tác xã tỉnh Bình Định"
            ]
        );
        // A person who chairs is no organiser.
        let v = run("", "Hội nghị tổng kết năm 2023 đã thành công tốt đẹp.\nHội nghị do đồng chí Nguyễn Văn A, Chủ tịch Liên minh HTX tỉnh Bình Định chủ trì.");
        assert!(v.iter().all(|(n, _)| !n.contains("Bình Định")), "{v:?}");
    }

    #[test]
    fn ok_bank_branch_named_once_with_its_alias() {
        let names = |v: Vec<(String, Option<&'static str>)>| -> Vec<String> {
            v.into_iter().map(|(n, _)| n).collect()
        };
        assert_eq!(
            names(run("Liên minh HTX tỉnh Hà Giang và Agribank Hà Giang ký kết chương trình phối hợp", "Chiều qua (15-4), Liên minh Hợp tác xã tỉnh Hà Giang và Ngân hàng Nông nghiệp và Phát triển nông thôn (Agribank) Chi nhánh tỉnh Hà Giang ký kết chương trình phối hợp.")),
            [
                "Liên minh Hợp tác xã tỉnh Hà Giang",
                "Ngân hàng Nông nghiệp và Phát triển nông thôn Chi nhánh tỉnh Hà Giang"
            ]
        );
    }

    #[test]
    fn ok_default_province_ignores_a_unit_merged_away() {
        let text = "Sáng 9/4, Liên minh Hợp tác xã (LMHTX) tỉnh tổ chức Lễ kỷ niệm.\nĐây là lần đầu tiên LMHTX tỉnh Hưng Yên tổ chức kỷ niệm sau khi hợp nhất với LMHTX tỉnh Thái Bình.";
        let hits = gazetteer::find_all(text);
        let body = crate::text::lines(text);
        let p = Places::new(text, &body, &hits).default.map(|p| p.name);
        assert_eq!(p, Some("Hưng Yên"));
        // Without the merger, the two alliances tie and no province is assumed.
        let text = text.replace("sau khi hợp nhất với", "và");
        let hits = gazetteer::find_all(&text);
        let body = crate::text::lines(&text);
        assert!(Places::new(&text, &body, &hits).default.is_none());
    }

    #[test]
    fn ok_alliances_merged_away_are_no_parties() {
        let names = |v: Vec<(String, Option<&'static str>)>| -> Vec<String> {
            v.into_iter().map(|(n, _)| n).collect()
        };
        assert_eq!(
            names(run("Công bố quyết định hợp nhất Liên minh Hợp tác xã tỉnh Đắk Lắk và Liên minh Hợp tác xã tỉnh Phú Yên", "Sáng 28/8, Liên minh HTX tỉnh Đắk Lắk tổ chức Hội nghị công bố Quyết định về việc hợp nhất Liên minh HTX tỉnh Đăk Lăk và Liên minh HTX tỉnh Phú Yên.")),
            ["Liên minh Hợp tác xã tỉnh Đắk Lắk"]
        );
        assert_eq!(
            names(run("", "Chiều 9/9, Ban Chấp hành Liên minh HTX tỉnh Ninh Bình tổ chức Hội nghị sau khi hợp nhất Liên minh HTX 3 tỉnh Ninh Bình, Hà Nam và Nam Định.")),
            ["Liên minh Hợp tác xã tỉnh Ninh Bình"]
        );
        assert_eq!(
            names(run("", "Chiều 3/10, Liên minh HTX tỉnh An Giang và Liên minh HTX tỉnh Kiên Giang (cũ) tổ chức hội nghị.")),
            ["Liên minh Hợp tác xã tỉnh An Giang"]
        );
        // Two alliances that act are both parties.
        assert_eq!(
            names(run("", "Chiều 3/10, Liên minh HTX tỉnh An Giang và Liên minh HTX tỉnh Kiên Giang ký kết chương trình phối hợp.")).len(),
            2
        );
    }

    #[test]
    fn ok_coordinated_organisations_act_together_and_share_a_unit() {
        let names = |v: Vec<(String, Option<&'static str>)>| -> Vec<String> {
            v.into_iter().map(|(n, _)| n).collect()
        };
        assert_eq!(
            names(run("", "Sáng 12/3, tại TP Bến Tre, Liên minh HTX tỉnh Bến Tre, Hội Nông dân tỉnh Bến Tre và Công ty CP Dừa Xanh Mỏ Cày ký kết chương trình phối hợp.")),
            [
                "Liên minh Hợp tác xã tỉnh Bến Tre",
                "Hội Nông dân tỉnh Bến Tre",
                "Công ty cổ phần Dừa Xanh Mỏ Cày"
            ]
        );
        assert_eq!(
            names(run("Liên minh HTX tỉnh ký kết chương trình phối hợp với Hội Nông dân và Hội LHPN tỉnh", "Sáng 5-3, tại TP Bắc Giang, Liên minh HTX tỉnh Bắc Giang, Hội Nông dân tỉnh và Hội Liên hiệp Phụ nữ tỉnh tổ chức hội nghị ký kết chương trình phối hợp.")),
            [
                "Liên minh Hợp tác xã tỉnh Bắc Giang",
                "Hội Nông dân tỉnh Bắc Giang",
                "Hội Liên hiệp Phụ nữ tỉnh Bắc Giang"
            ]
        );
        // An organisation of another kind does not lend its unit, and a listed place is no
        // actor.
        assert_eq!(
            names(run(
                "",
                "Ngày 17/6, Bộ Nông nghiệp và Môi trường và UBND tỉnh Hà Nam đã tổ chức hội nghị."
            )),
            [
                "Bộ Nông nghiệp và Môi trường",
                "Ủy ban nhân dân tỉnh Hà Nam"
            ]
        );
    }

    #[test]
    fn ok_other_organisations_as_hosts_and_counterparts() {
        assert_eq!(
            run("", "Ngày 17/6, tại thành phố Phủ Lý, tỉnh Hà Nam, Bộ Nông nghiệp và Phát triển nông thôn đã tổ chức hội nghị."),
            vec![("Bộ Nông nghiệp và Phát triển nông thôn".into(), None)]
        );
        assert_eq!(
            run("", "Ngày 12 tháng 12 năm 2022 tại thị trấn Đắk Mil, Khối thi đua khen thưởng Phi nông nghiệp thuộc Liên minh Hợp tác xã tỉnh tiến hành Tổng kết."),
            vec![("Khối thi đua khen thưởng Phi nông nghiệp".into(), None)]
        );
        let r = run("", "Ngày 01/6/2022 tại cơ quan Liên minh Hợp tác xã tỉnh: Thường trực Liên minh Hợp tác xã tỉnh có cuộc làm việc với Đồng chí: Trần Mạnh Đương- Chủ tịch và các Đồng chí ủy viên của Liên hiệp hội Khoa học – kỹ thuật tỉnh.");
        assert_eq!(r[1].0, "Liên hiệp hội Khoa học - kỹ thuật tỉnh");
        // The headline names the counterpart that the lead calls "lãnh đạo Sở".
        let r = run(
            "Liên minh HTX tỉnh Đắk Lắk làm việc với Sở Nông nghiệp và Môi trường về kinh tế tập thể",
            "Chiều 12/3, đoàn công tác Liên minh HTX tỉnh đã có buổi làm việc với lãnh đạo Sở về phát triển HTX.",
        );
        assert_eq!(
            r,
            vec![
                ("Liên minh Hợp tác xã tỉnh Đắk Lắk".into(), Some("Đắk Lắk")),
                ("Sở Nông nghiệp và Môi trường".into(), None)
            ]
        );
    }

    #[test]
    fn ok_acting_organisation_not_the_venue() {
        assert_eq!(
            run("", "Ngày 12 tháng 3 năm 2024, tại hội trường UBND xã Tân Phú, huyện Đồng Phú, HTX Nông nghiệp Dịch vụ Tân Phú tổ chức Đại hội thành viên thường niên năm 2024."),
            vec![("Hợp tác xã Nông nghiệp Dịch vụ Tân Phú".into(), None)]
        );
    }

    #[test]
    fn ok_alliance_and_a_bank_sign_together() {
        let r = run("", "Ngày 25/8, Liên minh Hợp tác xã tỉnh Vĩnh Long và Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam - Chi nhánh tỉnh Vĩnh Long (Agribank Vĩnh Long) đã ký kết thỏa thuận hợp tác.");
        assert_eq!(r.len(), 2);
        assert_eq!(
            r[1].0,
            "Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam - Chi nhánh tỉnh Vĩnh Long"
        );
    }

    #[test]
    fn ok_cluster_members_listed_later() {
        let b = "Trong 2 ngày (27 và 28/11), Cụm thi đua Liên minh HTX các tỉnh Tây Nguyên - Nam Trung Bộ tổ chức hội nghị tổng kết.\nTừ ngày 1/7/2025, Cụm gồm Liên minh HTX 4 tỉnh: Lâm Đồng, Gia Lai, Đăk Lăk và Khánh Hòa.";
        assert_eq!(
            provinces("", b),
            vec!["Lâm Đồng", "Gia Lai", "Đắk Lắk", "Khánh Hòa"]
        );
        // Members given in parentheses: one city, then "và các tỉnh …" sharing its head.
        let b = "Ngày 14/11/2025, Cụm thi đua Liên minh HTX các tỉnh, thành phố Nam Trung Bộ và Tây Nguyên (gồm Liên minh HTX thành phố Đà Nẵng và các tỉnh Quảng Ngãi, Gia Lai, Đắk Lắk) tổ chức Hội nghị tổng kết.";
        assert_eq!(
            provinces("", b),
            vec!["Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Đắk Lắk"]
        );
    }

    #[test]
    fn err_plural_without_members_names_no_one() {
        assert!(run("", "Liên minh HTX các tỉnh đã tổ chức các lớp đào tạo.").is_empty());
        assert!(run(
            "",
            "Tuần lễ trưng bày sản phẩm các hợp tác xã của 28 tỉnh, thành phố năm 2022 diễn ra."
        )
        .is_empty());
    }
}

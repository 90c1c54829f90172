//! One article through every stage: normalise, segment, extract, build the record.
//!
//! Extraction never fails: it returns the facts and a list of warnings. All internal spans
//! are byte ranges of the normalised text; [`Grounder`] maps them back to character offsets
//! of the source and copies `text` from the source, so every emitted item is grounded.

use std::ops::Range;

use crate::input::Article;
use crate::normalise::{normalise, Normalised};
use crate::offsets::CharIndex;
use crate::record::{self, Record, Span, SCHEMA_VERSION};
use crate::{awards, dates, events, gazetteer, parties, people, periods, references, segment};

/// Maps normalised byte ranges to grounded source text.
pub struct Grounder<'a> {
    source: &'a str,
    norm: &'a Normalised,
    base: Option<&'a crate::offsets::OffsetMap>,
    chars: CharIndex<'a>,
}

impl<'a> Grounder<'a> {
    /// `norm` is the normalised form of `source`, or of a base text derived from `source`
    /// through `base` (HTML).
    pub fn new(
        source: &'a str,
        norm: &'a Normalised,
        base: Option<&'a crate::offsets::OffsetMap>,
    ) -> Self {
        Grounder {
            source,
            norm,
            base,
            chars: CharIndex::new(source),
        }
    }

    /// The source text and character span of a normalised byte range.
    pub fn ground(&self, r: &Range<usize>) -> (String, Span) {
        let (mut a, mut b) = self.norm.map.span(r.start, r.end);
        if let Some(base) = self.base {
            (a, b) = base.span(a, b);
        }
        let b = b.min(self.source.len()).max(a);
        let text = self.source.get(a..b).unwrap_or_default().to_owned();
        (text, [self.chars.char_offset(a), self.chars.char_offset(b)])
    }

    /// The text and character span of a byte range of the source itself.
    pub fn ground_source(&self, r: &Range<usize>) -> (String, Span) {
        let b = r.end.min(self.source.len());
        let a = r.start.min(b);
        let text = self.source.get(a..b).unwrap_or_default().to_owned();
        (text, [self.chars.char_offset(a), self.chars.char_offset(b)])
    }
}

/// Whether a stamp's value and the page's metadata name the same moment: the same day, and
/// the same minute when both give a time.
fn same_stamp(text: &str, meta: &str) -> bool {
    let n = text.len().min(meta.len());
    text.get(..10) == meta.get(..10) && text[..n] == meta[..n]
}

/// The publication stamp: the one the text shows next to the headline. When the input's
/// metadata (an HTML page's `article:published_time` or `<time datetime>`, a dump's
/// `published`) gives another moment, or the text none: a line of the text that shows the
/// metadata's moment, else on an HTML page the metadata's attribute.
fn choose_published(
    t: &str,
    seg: &segment::Segments,
    article: &Article,
    g: &Grounder,
) -> Option<(record::Published, dates::Ymd)> {
    let from_text = |st: &dates::Stamp| {
        let (text, span) = g.ground(&st.span);
        let p = record::Published {
            value: st.value.clone(),
            text,
            span,
        };
        (p, st.date)
    };
    let meta = article
        .meta_published
        .as_deref()
        .filter(|_| !(article.meta_published_weak && seg.published.is_some()));
    let Some(value) = meta else {
        return seg.published.as_ref().map(from_text);
    };
    if let Some(st) = seg
        .published
        .as_ref()
        .filter(|st| same_stamp(&st.value, value))
    {
        return Some(from_text(st));
    }
    let shown = crate::text::lines(t)
        .into_iter()
        .filter(|r| crate::text::word_count(&t[r.clone()]) <= 16)
        .find_map(|r| dates::parse_stamp(t, r).filter(|st| st.value == value));
    if let Some(st) = shown {
        return Some(from_text(&st));
    }
    // A dump's metadata is not in the text: the text's own stamp stays.
    let Some(at) = article.meta_published_at.clone() else {
        return seg.published.as_ref().map(from_text);
    };
    let date = dates::Ymd::from_iso(value)?;
    let (text, span) = g.ground_source(&at);
    Some((
        record::Published {
            value: value.to_owned(),
            text,
            span,
        },
        date,
    ))
}

/// Extracts the record of one article.
pub fn extract(article: &Article) -> Record {
    let norm = match &article.base {
        Some(b) => normalise(&b.text),
        None => normalise(&article.text),
    };
    let g = Grounder::new(&article.text, &norm, article.base.as_ref().map(|b| &b.map));
    let t = norm.text.as_str();
    let seg = segment::segment_with_title(t, article.meta_title.as_deref());
    let mut warnings: Vec<record::Warning> = article
        .warnings
        .iter()
        .map(|w| record::Warning {
            code: w.code.clone(),
            message: w.message.clone(),
            text: None,
            span: None,
        })
        .collect();

    let title = seg.title.as_ref().map(|r| {
        let (text, span) = g.ground(r);
        record::Grounded { text, span }
    });
    let chosen = choose_published(t, &seg, article, &g);
    let pub_ymd = chosen
        .as_ref()
        .map(|c| c.1)
        .or_else(|| dates::Ymd::from_iso(article.meta_published.as_deref()?));
    let title_str = seg.title.as_ref().map(|r| &t[r.clone()]);
    let ctx = dates::Context {
        published: pub_ymd,
        title_year: title_str.and_then(dates::title_year),
    };

    // Dates: one item per value, first mention.
    let (date_facts, date_warnings) = dates::extract(t, &seg.body, &ctx);
    let mut seen = std::collections::HashSet::new();
    let dates_out: Vec<record::DateItem> = date_facts
        .iter()
        .filter(|d| seen.insert(d.value.clone()))
        .map(|d| {
            let (text, span) = g.ground(&d.span);
            record::DateItem {
                value: d.value.clone(),
                role: d.role.as_str().into(),
                part_of_day: d.part_of_day.map(str::to_owned),
                year_inferred: d.year_inferred,
                text,
                span,
            }
        })
        .collect();
    for w in &date_warnings {
        let (text, span) = g.ground(&w.span);
        warnings.push(record::Warning {
            code: w.code.into(),
            message: w.message.clone(),
            text: Some(text),
            span: Some(span),
        });
    }

    // Periods: body first, then the title; one item per (start, end).
    let mut period_ranges = seg.body.clone();
    period_ranges.extend(seg.title.clone());
    let period_facts = periods::extract(t, &period_ranges);
    let mut seen = std::collections::HashSet::new();
    let periods_out: Vec<record::Period> = period_facts
        .iter()
        .filter(|p| seen.insert((p.start, p.end)))
        .map(|p| {
            let (text, span) = g.ground(&p.span);
            record::Period {
                start: p.start,
                end: p.end,
                kind: p.kind.as_str().into(),
                text,
                span,
            }
        })
        .collect();

    let references_out: Vec<record::Reference> = references::extract(t, &seg.body)
        .into_iter()
        .map(|r| {
            let (text, span) = g.ground(&r.span);
            record::Reference {
                kind: r.kind,
                number: r.number,
                date: r.date,
                text,
                span,
            }
        })
        .collect();

    let authors_out: Vec<record::Author> = seg
        .authors
        .iter()
        .map(|r| {
            let (text, span) = g.ground(r);
            record::Author {
                name: crate::text::person_name(&t[r.clone()]),
                text,
                span,
            }
        })
        .collect();

    // Places, in the title, body and captions only (furniture names other places).
    let mut place_ranges: Vec<std::ops::Range<usize>> = seg.title.iter().cloned().collect();
    place_ranges.extend(seg.body.iter().cloned());
    place_ranges.extend(seg.captions.iter().cloned());
    place_ranges.sort_by_key(|r| r.start);
    let hits: Vec<gazetteer::Hit> = place_ranges
        .iter()
        .flat_map(|r| {
            gazetteer::find_all(&t[r.clone()])
                .into_iter()
                .map(move |h| gazetteer::Hit {
                    range: h.range.start + r.start..h.range.end + r.start,
                    province: h.province,
                })
        })
        .collect();

    let places = parties::Places::new(t, &seg.body, &hits);
    let parties_out: Vec<record::Party> =
        parties::extract(t, seg.title.as_ref(), &seg.body, &places)
            .into_iter()
            .map(|p| {
                let (text, span) = g.ground(&p.span);
                record::Party {
                    name: p.name,
                    kind: p.kind.into(),
                    province: p.province.map(|p| p.name.to_owned()),
                    province_2025: p.province.map(|p| p.successor_2025.to_owned()),
                    text,
                    span,
                }
            })
            .collect();

    let (award_facts, count_facts) = awards::extract(t, &seg.body, &places);
    let awards_out: Vec<record::Award> = {
        let mut seen = std::collections::HashSet::new();
        award_facts
            .into_iter()
            .filter(|a| seen.insert((a.award.clone(), crate::normalise::fold_key(&a.recipient))))
            .map(|a| {
                let (text, span) = g.ground(&a.recipient_span);
                record::Award {
                    award: a.award,
                    issuer: a
                        .issuer
                        .map(|i| gazetteer::complete_unit(&i, places.default)),
                    recipient: record::Recipient {
                        name: a.recipient,
                        kind: a.recipient_kind.into(),
                        text,
                        span,
                    },
                }
            })
            .collect()
    };
    let award_counts_out: Vec<record::AwardCount> = count_facts
        .into_iter()
        .map(|c| {
            let (text, span) = g.ground(&c.span);
            record::AwardCount {
                award: c.award,
                collectives: c.collectives,
                individuals: c.individuals,
                text,
                span,
            }
        })
        .collect();

    let places: Vec<(std::ops::Range<usize>, &'static gazetteer::Province)> =
        hits.iter().map(|h| (h.range.clone(), h.province)).collect();
    let mut people_ranges = seg.body.clone();
    people_ranges.extend(seg.captions.iter().cloned());
    people_ranges.sort_by_key(|r| r.start);
    let people_out: Vec<record::Person> = people::extract(t, &people_ranges, &places)
        .into_iter()
        .map(|p| {
            let (text, span) = g.ground(&p.span);
            record::Person {
                name: p.name,
                title: p.title,
                text,
                span,
            }
        })
        .collect();

    let events_out: Vec<record::Event> =
        events::extract(t, seg.title.as_ref(), &seg.body, &date_facts)
            .into_iter()
            .map(|e| {
                let (text, span) = g.ground(&e.span);
                record::Event {
                    kind: e.kind.into(),
                    date: e.date,
                    text,
                    span,
                }
            })
            .collect();

    Record {
        schema: SCHEMA_VERSION.into(),
        id: article.id.clone(),
        source: article.source.clone(),
        title,
        published: chosen.map(|c| c.0),
        events: events_out,
        dates: dates_out,
        parties: parties_out,
        periods: periods_out,
        awards: awards_out,
        award_counts: award_counts_out,
        people: people_out,
        authors: authors_out,
        references: references_out,
        warnings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(html: &str) -> Record {
        let a = crate::input::article_from_bytes_as(
            "p".into(),
            "p.html",
            html.as_bytes(),
            crate::input::Format::Html,
        )
        .expect("article");
        extract(&a)
    }

    fn shown(html: &str, p: &record::Published) -> String {
        html.chars()
            .skip(p.span[0])
            .take(p.span[1] - p.span[0])
            .collect()
    }

    #[test]
    fn ok_published_is_the_metadatas_moment() {
        let body = "<h1>Liên minh HTX thành phố Huế và Agribank ký thỏa thuận hợp tác</h1>\
            <div>Cập nhật: 17/10/2025 08:10</div>\
            <p>TTO - Chiều 16-10, Liên minh Hợp tác xã thành phố Huế và Agribank chi nhánh Huế ký thỏa thuận hợp tác.</p>";
        // The text shows only the update: the page's metadata, grounded on its attribute.
        let html = format!("<html><head><meta property=\"article:published_time\" content=\"2025-10-16T12:05:00Z\"></head><body>{body}</body></html>");
        let p = page(&html).published.expect("published");
        assert_eq!(p.value, "2025-10-16T19:05");
        assert_eq!(p.text, "2025-10-16T12:05:00Z");
        assert_eq!(shown(&html, &p), p.text);
        // The text shows the same moment too: that line.
        let html = html.replace("<div>Cập", "<div>Đăng: 16/10/2025 19:05</div><div>Cập");
        let p = page(&html).published.expect("published");
        assert_eq!(p.text, "16/10/2025 19:05");
        assert_eq!(shown(&html, &p), p.text);
        // A `<time>` in a list of other articles does not overrule the text's stamp.
        let html = format!("<html><body>{body}<ul><li><a href=\"/x\">Tin khác</a> <time datetime=\"2025-10-18T09:00\">18/10</time></li></ul></body></html>");
        let p = page(&html).published.expect("published");
        assert_eq!(p.value, "2025-10-17T08:10");
    }

    #[test]
    fn ok_dump_published_picks_the_line_that_shows_it() {
        let text = "Khai mạc Hội chợ sản phẩm HTX khu vực Tây Nguyên năm 2022\nThứ Tư, 23/11/2022, 21:05 [GMT+7]\nKhai mạc Hội chợ sản phẩm HTX khu vực Tây Nguyên năm 2022\n10/11/2022 07:40\n(ĐLO) - Từ ngày 9 đến 13.11, Liên minh HTX tỉnh Đắk Lắk tổ chức Hội chợ sản phẩm HTX.";
        let line = serde_json::json!({"id": "s04", "text": text, "published": "2022-11-10T07:40:00+07:00"});
        let a = crate::jsonl::article_from_line("d", "d.jsonl", 1, line.to_string().as_bytes())
            .expect("article");
        let p = extract(&a).published.expect("published");
        assert_eq!(p.value, "2022-11-10T07:40");
        assert_eq!(p.text, "10/11/2022 07:40");
        // Metadata that no line shows leaves the text's stamp.
        let line = serde_json::json!({"id": "s04", "text": text, "published": "2022-11-11T09:00:00+07:00"});
        let a = crate::jsonl::article_from_line("d", "d.jsonl", 1, line.to_string().as_bytes())
            .expect("article");
        assert_ne!(
            extract(&a).published.expect("published").value,
            "2022-11-11T09:00"
        );
    }
}

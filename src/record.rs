//! The record: the serialised shape of one article's facts (SCHEMA.md, "Record fields").
//!
//! Only this module defines what goes on the wire. The types here exist for output: the
//! extractors work on internal types with byte spans into the normalised text, and
//! [`crate::pipeline`] converts them, mapping every span back to character offsets of the
//! source and copying `text` from the source, so that `source[start:end] == text` holds by
//! construction.
//!
//! Field order follows SCHEMA.md. `schema` names the format and its major version: adding a
//! field keeps the version, removing or changing the meaning of one bumps it.

use serde::{Deserialize, Serialize};

/// The format name and major version written in every record.
pub const SCHEMA_VERSION: &str = "htx-extract/1";

/// The fact arrays of a record, in the order the record writes them.
pub const FACT_FIELDS: &[&str] = &[
    "events",
    "dates",
    "parties",
    "periods",
    "awards",
    "award_counts",
    "people",
    "authors",
    "references",
];

/// Every field whose items carry grounded spans, in record order: the title, the stamp, the
/// fact arrays ([`FACT_FIELDS`]) and the warnings.
pub const SPAN_FIELDS: &[&str] = &[
    "title",
    "published",
    "events",
    "dates",
    "parties",
    "periods",
    "awards",
    "award_counts",
    "people",
    "authors",
    "references",
    "warnings",
];

/// `[start, end)` in Unicode scalar values of the decoded source.
pub type Span = [usize; 2];

/// Where the article came from.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Source {
    /// The path as given on the command line (or `-` for standard input).
    pub path: String,
    /// SHA-256 of the raw input bytes (of the line, for JSON Lines input), hex.
    pub sha256: String,
    /// Size of the raw input in bytes.
    pub bytes: usize,
    /// The encoding the text was decoded from (`utf-8`, `utf-16le`, `windows-1258`, …).
    pub encoding: String,
    /// 1-based line number, for articles read from a JSON Lines dump.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub line: Option<usize>,
    /// Input format: `text`, `html` or `jsonl` (added field).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub format: Option<String>,
    /// What the input's metadata says, when it says it (added fields): a dump's `url`, the
    /// page's `<title>` or a dump's `title`, and its publication time (`article:published_time`
    /// or a dump's `published`) as `YYYY-MM-DD[THH:MM]`. Not grounded in the text: the record's
    /// `title` and `published` are what the text itself shows.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub published: Option<String>,
}

/// A piece of source text.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Grounded {
    pub text: String,
    pub span: Span,
}

/// The publication stamp.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Published {
    /// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`.
    pub value: String,
    pub text: String,
    pub span: Span,
}

/// Something that happened.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Event {
    /// `signing`, `award`, `conference`, `congress`, `trade_promotion`, `membership`,
    /// `establishment`, `visit`, `training` or `other`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The ISO date (or range, or year-less form) the event took place, when stated.
    pub date: Option<String>,
    pub text: String,
    pub span: Span,
}

/// A calendar date, month or range the body states.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct DateItem {
    /// `2022-04-18`, `2023-06`, `2020-12-21/2020-12-22`, `--12-10`.
    pub value: String,
    /// `event`, `reference`, `deadline` or `other`.
    pub role: String,
    /// `morning`, `noon`, `afternoon`, `evening`, `night` or null.
    pub part_of_day: Option<String>,
    pub year_inferred: bool,
    pub text: String,
    pub span: Span,
}

/// An organisation taking part in the main event.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Party {
    pub name: String,
    /// `cooperative_alliance`, `cooperative`, `cooperative_union`, `credit_fund`,
    /// `government`, `bank`, `enterprise`, `association` or `other`.
    pub kind: String,
    /// Canonical province or city name, null for national bodies or when unknown.
    pub province: Option<String>,
    /// The post-2025 provincial unit that the province became (added field).
    #[serde(default)]
    pub province_2025: Option<String>,
    pub text: String,
    pub span: Span,
}

/// A span of years.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Period {
    pub start: Option<i32>,
    pub end: i32,
    /// `program`, `term`, `horizon` or `reference`.
    pub kind: String,
    pub text: String,
    pub span: Span,
}

/// Who received an award.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Recipient {
    pub name: String,
    /// Same kinds as [`Party::kind`], plus `person`.
    pub kind: String,
    pub text: String,
    pub span: Span,
}

/// One (honour, recipient) pair.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Award {
    pub award: String,
    pub issuer: Option<String>,
    pub recipient: Recipient,
}

/// Honours given to a stated number of collectives and/or individuals.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct AwardCount {
    pub award: String,
    pub collectives: Option<u32>,
    pub individuals: Option<u32>,
    pub text: String,
    pub span: Span,
}

/// A person named in the body.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    pub title: Option<String>,
    pub text: String,
    pub span: Span,
}

/// A byline author.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Author {
    pub name: String,
    pub text: String,
    pub span: Span,
}

/// A cited legal or planning document.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Reference {
    /// The document type in full: `Quyết định`, `Nghị quyết`, `Kế hoạch`, …
    pub kind: String,
    /// The number with its codes: `167/QĐ-TTg`, `20-NQ/TW`.
    pub number: Option<String>,
    /// The issue date, ISO, when stated right after the number.
    pub date: Option<String>,
    pub text: String,
    pub span: Span,
}

/// Something a person should look at.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Warning {
    pub code: String,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub span: Option<Span>,
}

/// The facts of one article.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Record {
    pub schema: String,
    pub id: String,
    pub source: Source,
    pub title: Option<Grounded>,
    pub published: Option<Published>,
    pub events: Vec<Event>,
    pub dates: Vec<DateItem>,
    pub parties: Vec<Party>,
    pub periods: Vec<Period>,
    pub awards: Vec<Award>,
    pub award_counts: Vec<AwardCount>,
    pub people: Vec<Person>,
    pub authors: Vec<Author>,
    pub references: Vec<Reference>,
    pub warnings: Vec<Warning>,
}

/// Why an input gave no record.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct ErrorInfo {
    /// A stable machine-readable code: `io`, `empty`, `binary`, `decode`, `json`, `too_large`,
    /// `panic`, …
    pub code: String,
    pub message: String,
}

/// The record of an input that could not be read or decoded.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct ErrorRecord {
    pub schema: String,
    pub id: String,
    pub source: Source,
    pub error: ErrorInfo,
}

/// One line of output: a record or an error record.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum Output {
    Record(Box<Record>),
    Error(ErrorRecord),
}

impl Output {
    pub fn id(&self) -> &str {
        match self {
            Output::Record(r) => &r.id,
            Output::Error(e) => &e.id,
        }
    }

    pub fn is_error(&self) -> bool {
        matches!(self, Output::Error(_))
    }

    /// One JSON line (without the newline).
    pub fn to_json_line(&self) -> String {
        // Serialising these plain types cannot fail.
        serde_json::to_string(self).unwrap_or_else(|e| {
            format!(
                "{{\"schema\":\"{SCHEMA_VERSION}\",\"id\":{:?},\"error\":{{\"code\":\"serialise\",\"message\":{:?}}}}}",
                self.id(),
                e.to_string()
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_span_fields_are_title_stamp_facts_and_warnings() {
        assert_eq!(&SPAN_FIELDS[..2], &["title", "published"]);
        assert_eq!(&SPAN_FIELDS[2..SPAN_FIELDS.len() - 1], FACT_FIELDS);
        assert_eq!(SPAN_FIELDS.last(), Some(&"warnings"));
    }
}

//! htx-extract: structured, grounded facts from Vietnamese news about cooperatives (hợp tác
//! xã, HTX) and cooperative alliances (Liên minh Hợp tác xã).
//!
//! Data flows one way (see ARCHITECTURE.md):
//! bytes → [`input`] (decoded text) → [`normalise`] (canonical text + offset map) →
//! segment (title, stamp, body, byline; furniture cut) → extractors (dates, periods,
//! parties, awards, people, references, events) → [`record`] (the serialised record, spans
//! mapped back to the source).

/// `re!(NAME, pattern)`: a regex compiled once, on first use. A pattern that does not
/// compile is a bug in this crate, caught by the unit tests of the module that owns it.
macro_rules! re {
    ($name:ident, $pat:expr) => {
        static $name: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
            regex::Regex::new($pat).expect(concat!("regex ", stringify!($name)))
        });
    };
}

pub mod abbrev;
pub mod awards;
pub mod batch;
pub mod check;
pub mod dates;
pub mod error;
pub mod events;
pub mod export;
pub mod gazetteer;
pub mod html;
pub mod input;
pub mod jsonl;
pub mod legacy;
pub mod normalise;
pub mod offsets;
pub mod orgs;
pub mod parties;
pub mod people;
pub mod periods;
pub mod pipeline;
pub mod record;
pub mod references;
pub mod review;
pub mod segment;
pub mod stats;
pub mod text;
pub mod viqr;
pub mod wordre;

pub use error::Error;
pub use pipeline::extract;
pub use record::{Output, Record};

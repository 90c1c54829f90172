//! The library's error type: reading and decoding input. Extraction itself never fails.

use std::path::PathBuf;

/// Why an input could not become an article.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("the input is empty")]
    Empty,
    #[error("the input looks binary ({0})")]
    Binary(String),
    #[error("the input cannot be decoded: {0}")]
    Decode(String),
    #[error("the input is too large: {size} bytes (limit {limit})")]
    TooLarge { size: u64, limit: u64 },
    #[error("malformed JSON Lines record: {0}")]
    Json(String),
}

impl Error {
    /// The stable code written in error records.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Io { .. } => "io",
            Error::Empty => "empty",
            Error::Binary(_) => "binary",
            Error::Decode(_) => "decode",
            Error::TooLarge { .. } => "too_large",
            Error::Json(_) => "json",
        }
    }
}

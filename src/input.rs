//! Input: bytes to decoded text, and paths to the ordered list of inputs.
//!
//! Decoding: UTF-8 with or without BOM; UTF-16 LE/BE with BOM; invalid UTF-8 is replaced
//! (U+FFFD) with a warning. Empty and binary inputs are errors. Offsets in records count
//! characters of the decoded text after any byte-order mark.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::error::Error;
use crate::record::Source;

/// A warning raised while reading (kept as plain code + message; becomes a record warning).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputWarning {
    pub code: String,
    pub message: String,
}

/// One article ready for extraction.
#[derive(Clone, Debug)]
pub struct Article {
    pub id: String,
    pub source: Source,
    /// The decoded source text: spans index this, in characters.
    pub text: String,
    /// Text taken out of a markup source (HTML), with its map back to `text`; extraction
    /// runs on it instead of `text` when present. `None` for plain text.
    pub base: Option<Base>,
    /// Publication date given by the input's metadata (JSON Lines `published`), ISO
    /// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`.
    pub meta_published: Option<String>,
    /// Title given by the input's metadata (JSON Lines `title`).
    pub meta_title: Option<String>,
    pub warnings: Vec<InputWarning>,
}

/// Text derived from the source (e.g. the visible text of an HTML page) and the map from its
/// byte offsets to byte offsets of [`Article::text`].
#[derive(Clone, Debug)]
pub struct Base {
    pub text: String,
    pub map: crate::offsets::OffsetMap,
}

/// The decoded text of some bytes, with the encoding's name.
#[derive(Clone, Debug)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
    pub warnings: Vec<InputWarning>,
}

/// Hex SHA-256 of some bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut s = String::with_capacity(64);
    for b in digest {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

fn looks_binary(bytes: &[u8]) -> Option<String> {
    let sample = &bytes[..bytes.len().min(8192)];
    let nul = sample.iter().filter(|&&b| b == 0).count();
    if nul > 0 {
        return Some(format!(
            "{nul} NUL bytes in the first {} bytes",
            sample.len()
        ));
    }
    let ctrl = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C))
        .count();
    if ctrl * 10 > sample.len() {
        return Some(format!(
            "{ctrl} control bytes in the first {} bytes",
            sample.len()
        ));
    }
    None
}

fn decode_utf16(bytes: &[u8], le: bool) -> Decoded {
    let mut units = Vec::with_capacity(bytes.len() / 2);
    for ch in bytes.chunks(2) {
        let u = if ch.len() == 2 {
            if le {
                u16::from_le_bytes([ch[0], ch[1]])
            } else {
                u16::from_be_bytes([ch[0], ch[1]])
            }
        } else {
            0xFFFD
        };
        units.push(u);
    }
    let mut warnings = Vec::new();
    let text: String = char::decode_utf16(units)
        .map(|r| r.unwrap_or('\u{FFFD}'))
        .collect();
    if text.contains('\u{FFFD}') || bytes.len() % 2 == 1 {
        warnings.push(InputWarning {
            code: "decode_repaired".into(),
            message: "invalid UTF-16 sequences were replaced with U+FFFD".into(),
        });
    }
    Decoded {
        text,
        encoding: if le { "utf-16le" } else { "utf-16be" },
        warnings,
    }
}

/// Decodes raw bytes (BOM stripped; offsets start after it).
pub fn decode(bytes: &[u8]) -> Result<Decoded, Error> {
    if bytes.is_empty() {
        return Err(Error::Empty);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return Ok(decode_utf16(rest, true));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return Ok(decode_utf16(rest, false));
    }
    let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    if let Some(why) = looks_binary(body) {
        return Err(Error::Binary(why));
    }
    match std::str::from_utf8(body) {
        Ok(s) => Ok(Decoded {
            text: s.to_owned(),
            encoding: "utf-8",
            warnings: Vec::new(),
        }),
        Err(e) => {
            let text = String::from_utf8_lossy(body).into_owned();
            Ok(Decoded {
                text,
                encoding: "utf-8",
                warnings: vec![InputWarning {
                    code: "invalid_utf8".into(),
                    message: format!(
                        "invalid UTF-8 (first at byte {}) was replaced with U+FFFD",
                        e.valid_up_to()
                    ),
                }],
            })
        }
    }
}

/// The id of a file: its stem.
pub fn id_for_path(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string_lossy().into_owned())
}

/// Builds an article from raw bytes.
#[allow(clippy::result_large_err)]
pub fn article_from_bytes(
    id: String,
    path: &str,
    bytes: &[u8],
) -> Result<Article, (Source, Error)> {
    let mut source = Source {
        path: path.to_owned(),
        sha256: sha256_hex(bytes),
        bytes: bytes.len(),
        encoding: "utf-8".into(),
        line: None,
        format: None,
    };
    match decode(bytes) {
        Ok(d) => {
            source.encoding = d.encoding.into();
            Ok(Article {
                id,
                source,
                text: d.text,
                base: None,
                meta_published: None,
                meta_title: None,
                warnings: d.warnings,
            })
        }
        Err(e) => Err((source, e)),
    }
}

/// Expands PATH arguments: files as given, folders walked recursively, sorted by path.
/// Unreadable entries are returned as errors in place so that none is lost.
pub fn collect_paths(args: &[PathBuf]) -> Vec<Result<PathBuf, (PathBuf, Error)>> {
    let mut out = Vec::new();
    for arg in args {
        if arg.as_os_str() == "-" {
            out.push(Ok(arg.clone()));
            continue;
        }
        if arg.is_dir() {
            let mut found = Vec::new();
            for entry in walkdir::WalkDir::new(arg)
                .follow_links(true)
                .sort_by_file_name()
            {
                match entry {
                    Ok(e) if e.file_type().is_file() => {
                        let p = e.into_path();
                        let hidden = p
                            .file_name()
                            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
                        let expected = p
                            .file_name()
                            .is_some_and(|n| n.to_string_lossy().ends_with(".expected.json"));
                        if !hidden && !expected {
                            found.push(Ok(p));
                        }
                    }
                    Ok(_) => {}
                    Err(e) => {
                        let p = e
                            .path()
                            .map(Path::to_path_buf)
                            .unwrap_or_else(|| arg.clone());
                        let io = e
                            .into_io_error()
                            .unwrap_or_else(|| std::io::Error::other("filesystem loop"));
                        found.push(Err((
                            p.clone(),
                            Error::Io {
                                path: p,
                                source: io,
                            },
                        )));
                    }
                }
            }
            found.sort_by(|a, b| {
                let pa = match a {
                    Ok(p) | Err((p, _)) => p,
                };
                let pb = match b {
                    Ok(p) | Err((p, _)) => p,
                };
                pa.cmp(pb)
            });
            out.extend(found);
        } else {
            out.push(Ok(arg.clone()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_utf8_bom_is_stripped() {
        let d = decode(b"\xEF\xBB\xBFHello").unwrap();
        assert_eq!(d.text, "Hello");
        assert_eq!(d.encoding, "utf-8");
    }

    #[test]
    fn ok_utf16_le_and_be() {
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for u in "Hợp tác xã".encode_utf16() {
            le.extend(u.to_le_bytes());
            be.extend(u.to_be_bytes());
        }
        assert_eq!(decode(&le).unwrap().text, "Hợp tác xã");
        assert_eq!(decode(&be).unwrap().encoding, "utf-16be");
    }

    #[test]
    fn ok_invalid_utf8_is_replaced_with_warning() {
        let d = decode(b"H\xFFa").unwrap();
        assert_eq!(d.text, "H\u{FFFD}a");
        assert_eq!(d.warnings[0].code, "invalid_utf8");
    }

    #[test]
    fn err_empty_and_binary() {
        assert!(matches!(decode(b""), Err(Error::Empty)));
        assert!(matches!(decode(b"\x00\x01\x02abc"), Err(Error::Binary(_))));
    }
}

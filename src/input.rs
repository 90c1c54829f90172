//! Input: bytes to decoded text, and paths to the ordered list of inputs.
//!
//! Decoding ([`decode`]), in this order:
//! - empty input: error `empty`;
//! - UTF-16 LE/BE with a BOM, or without one when every other byte is NUL (`utf-16le`,
//!   `utf-16be`);
//! - UTF-8 with or without BOM (`utf-8`); NUL or many control bytes: error `binary`;
//! - bytes that are not valid UTF-8: mostly valid UTF-8 with a few bad sequences (a truncated
//!   file) is decoded with U+FFFD and warning `invalid_utf8`; single-byte text that looks like
//!   Windows-1258 is decoded as `windows-1258` (warning `legacy_encoding`); raw TCVN3 or VNI
//!   bytes are decoded as `latin-1` and repaired (below); anything else as lossy UTF-8;
//! - TCVN3/VNI text (raw, or mojibake already in UTF-8) is repaired into [`Base`] with a map
//!   back to the decoded text, warning `decode_repaired` ([`crate::legacy`]); spans keep
//!   indexing the text as decoded by the codec that `source.encoding` names.
//!
//! Offsets in records count characters of the decoded text after any byte-order mark.
//! Formats ([`Format`]): plain text, HTML ([`crate::html`]), JSON Lines ([`crate::jsonl`]).

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
    /// The text repaired from a legacy encoding (TCVN3, VNI), mapped back to `text`.
    pub repaired: Option<Base>,
}

/// The format of an input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Html,
    Jsonl,
}

impl Format {
    /// The name written in `source.format`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Html => "html",
            Format::Jsonl => "jsonl",
        }
    }

    /// The format of a file, by extension (`.html`, `.htm`, `.xhtml`; `.jsonl`, `.ndjson`;
    /// anything else is text).
    pub fn of_path(path: &Path) -> Format {
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        match ext.as_str() {
            "html" | "htm" | "xhtml" => Format::Html,
            "jsonl" | "ndjson" => Format::Jsonl,
            _ => Format::Text,
        }
    }
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "text" | "txt" => Ok(Format::Text),
            "html" => Ok(Format::Html),
            "jsonl" => Ok(Format::Jsonl),
            _ => Err(format!("unknown format {s:?} (text, html or jsonl)")),
        }
    }
}

fn warning(code: &str, message: impl Into<String>) -> InputWarning {
    InputWarning {
        code: code.into(),
        message: message.into(),
    }
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
        repaired: None,
    }
}

/// UTF-16 without a BOM: NUL in (almost) every other byte of the first 4 KiB, and in the
/// other half almost never. Returns whether it is little-endian.
fn sniff_utf16(bytes: &[u8]) -> Option<bool> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 8 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    if odd * 10 >= pairs * 7 && even * 20 <= pairs {
        Some(true)
    } else if even * 10 >= pairs * 7 && odd * 20 <= pairs {
        Some(false)
    } else {
        None
    }
}

/// Repairs TCVN3/VNI text in place of nothing: the repaired base and the warning.
fn legacy_repair(text: &str, warnings: &mut Vec<InputWarning>) -> Option<Base> {
    let enc = crate::legacy::detect(text)?;
    let (fixed, map) = crate::legacy::repair(text, enc);
    warnings.push(warning(
        "decode_repaired",
        format!(
            "the text looks like {} mojibake; facts were read from the repaired text, spans index the text as decoded",
            enc.name()
        ),
    ));
    Some(Base { text: fixed, map })
}

/// Decodes raw bytes (BOM stripped; offsets start after it). See the module docs.
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
    if body.is_empty() {
        return Err(Error::Empty);
    }
    if let Some(le) = sniff_utf16(body) {
        let mut d = decode_utf16(body, le);
        d.warnings
            .push(warning("no_bom", "UTF-16 without a byte-order mark"));
        return Ok(d);
    }
    if let Some(why) = looks_binary(body) {
        return Err(Error::Binary(why));
    }
    let mut warnings = Vec::new();
    if let Ok(s) = std::str::from_utf8(body) {
        let repaired = legacy_repair(s, &mut warnings);
        return Ok(Decoded {
            text: s.to_owned(),
            encoding: "utf-8",
            warnings,
            repaired,
        });
    }
    // Not UTF-8: a few bad sequences in UTF-8, or a single-byte encoding?
    let (mut good, mut bad) = (0usize, 0usize);
    for chunk in body.utf8_chunks() {
        good += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        bad += usize::from(!chunk.invalid().is_empty());
    }
    let first_bad = std::str::from_utf8(body)
        .err()
        .map_or(0, |e| e.valid_up_to());
    if good < bad {
        if crate::legacy::looks_cp1258(body) {
            let (text, _) = encoding_rs::WINDOWS_1258.decode_without_bom_handling(body);
            warnings.push(warning(
                "legacy_encoding",
                "the bytes are not UTF-8 and were decoded as Windows-1258",
            ));
            return Ok(Decoded {
                text: text.into_owned(),
                encoding: "windows-1258",
                warnings,
                repaired: None,
            });
        }
        let latin1: String = body.iter().map(|&b| b as char).collect();
        if let Some(base) = legacy_repair(&latin1, &mut warnings) {
            return Ok(Decoded {
                text: latin1,
                encoding: "latin-1",
                warnings,
                repaired: Some(base),
            });
        }
    }
    warnings.push(warning(
        "invalid_utf8",
        format!("invalid UTF-8 (first at byte {first_bad}) was replaced with U+FFFD"),
    ));
    Ok(Decoded {
        text: String::from_utf8_lossy(body).into_owned(),
        encoding: "utf-8",
        warnings,
        repaired: None,
    })
}

/// The id of a file: its stem.
pub fn id_for_path(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string_lossy().into_owned())
}

/// A source description for raw input bytes (encoding filled in once decoded).
pub fn source_for(path: &str, bytes: &[u8], format: Format, line: Option<usize>) -> Source {
    Source {
        path: path.to_owned(),
        sha256: sha256_hex(bytes),
        bytes: bytes.len(),
        encoding: "utf-8".into(),
        line,
        format: Some(format.name().into()),
    }
}

/// Whether a text that came as `.txt` is in fact an HTML page.
fn sniff_html(text: &str) -> bool {
    let head = text.trim_start();
    let head = head
        .get(..15.min(head.len()))
        .unwrap_or(head)
        .to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

/// Builds an article from the raw bytes of a plain-text (or HTML) file.
#[allow(clippy::result_large_err)]
pub fn article_from_bytes(
    id: String,
    path: &str,
    bytes: &[u8],
) -> Result<Article, (Source, Error)> {
    article_from_bytes_as(id, path, bytes, Format::Text)
}

/// Builds an article from raw bytes in the given format (`Text` or `Html`; a text that
/// starts like an HTML document is read as HTML).
#[allow(clippy::result_large_err)]
pub fn article_from_bytes_as(
    id: String,
    path: &str,
    bytes: &[u8],
    format: Format,
) -> Result<Article, (Source, Error)> {
    let mut source = source_for(path, bytes, format, None);
    let d = match decode(bytes) {
        Ok(d) => d,
        Err(e) => return Err((source, e)),
    };
    source.encoding = d.encoding.into();
    let mut article = Article {
        id,
        source,
        text: d.text,
        base: d.repaired,
        meta_published: None,
        meta_title: None,
        warnings: d.warnings,
    };
    let html = format == Format::Html || (format == Format::Text && sniff_html(&article.text));
    if html {
        article.source.format = Some(Format::Html.name().into());
        let page = crate::html::page_text(&article.text);
        // A legacy repair of an HTML page is not composed with the page map (yet).
        article.base = Some(Base {
            text: page.text,
            map: page.map,
        });
        article.meta_title = page.title;
        article.meta_published = page.published;
    }
    Ok(article)
}

/// Expands PATH arguments: files as given, folders walked recursively, sorted by path.
/// Unreadable entries are returned as errors in place so that none is lost.
pub fn collect_paths(args: &[PathBuf]) -> Vec<Result<PathBuf, (PathBuf, Error)>> {
    walk_paths(args).collect()
}

/// Like [`collect_paths`], lazily: a folder is walked as the iterator is consumed, holding
/// only the open folders, so memory does not grow with the number of files. Walking with
/// every folder's entries sorted by name yields paths in sorted (component-wise) order.
/// Hidden files (`.name`) and `*.expected.json` are not inputs. Symbolic links are followed;
/// a loop or a dangling link is an error entry.
pub fn walk_paths(
    args: &[PathBuf],
) -> impl Iterator<Item = Result<PathBuf, (PathBuf, Error)>> + '_ {
    args.iter().flat_map(|arg| -> Box<dyn Iterator<Item = _>> {
        if arg.as_os_str() == "-" || !arg.is_dir() {
            return Box::new(std::iter::once(Ok(arg.clone())));
        }
        let walk = walkdir::WalkDir::new(arg)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_map(move |entry| match entry {
                Ok(e) if e.file_type().is_file() => {
                    let p = e.into_path();
                    let name = p
                        .file_name()
                        .map(|n| n.to_string_lossy())
                        .unwrap_or_default();
                    let skip = name.starts_with('.') || name.ends_with(".expected.json");
                    (!skip).then_some(Ok(p))
                }
                Ok(_) => None,
                Err(e) => {
                    let p = e
                        .path()
                        .map(Path::to_path_buf)
                        .unwrap_or_else(|| arg.clone());
                    let message = match e.loop_ancestor() {
                        Some(a) => format!("filesystem loop back to {}", a.display()),
                        None => String::new(),
                    };
                    let io = e.into_io_error().unwrap_or_else(|| {
                        std::io::Error::other(if message.is_empty() {
                            "filesystem loop".to_owned()
                        } else {
                            message
                        })
                    });
                    Some(Err((
                        p.clone(),
                        Error::Io {
                            path: p,
                            source: io,
                        },
                    )))
                }
            });
        Box::new(walk)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_walk_order_is_sorted_path_order() {
        let d = tempfile::tempdir().unwrap();
        for p in [
            "b.txt",
            "a.txt",
            "a/z.txt",
            "a/b/c.txt",
            "a-b.txt",
            "A.txt",
            ".hidden",
        ] {
            let p = d.path().join(p);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, "x").unwrap();
        }
        let walked: Vec<PathBuf> = walk_paths(&[d.path().to_path_buf()])
            .map(|r| r.unwrap())
            .collect();
        let mut sorted = walked.clone();
        sorted.sort();
        assert_eq!(walked, sorted);
        assert_eq!(walked.len(), 6);
    }

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
    fn ok_truncated_utf8_is_utf8_with_warning() {
        let t = "Hợp tác xã Việt Nam".as_bytes();
        let d = decode(&t[..t.len() - 6]).unwrap();
        assert_eq!(d.encoding, "utf-8");
        assert_eq!(d.warnings[0].code, "invalid_utf8");
    }

    #[test]
    fn ok_utf16_without_bom() {
        let mut le = Vec::new();
        for u in "Hop tac xa Viet Nam".encode_utf16() {
            le.extend(u.to_le_bytes());
        }
        let d = decode(&le).unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding),
            ("Hop tac xa Viet Nam", "utf-16le")
        );
    }

    #[test]
    fn ok_tcvn3_bytes_are_repaired_into_base() {
        let moji = "Liªn minh Hîp t¸c x· tØnh §¾k N«ng ký kÕt ch\u{AD}¬ng tr×nh";
        let bytes: Vec<u8> = moji.chars().map(|c| c as u32 as u8).collect();
        let d = decode(&bytes).unwrap();
        assert_eq!(d.encoding, "latin-1");
        assert_eq!(d.text, moji);
        assert!(d
            .repaired
            .unwrap()
            .text
            .starts_with("Liên minh Hợp tác xã tỉnh Đắk Nông"));
        assert_eq!(d.warnings[0].code, "decode_repaired");
    }

    #[test]
    fn err_empty_and_binary() {
        assert!(matches!(decode(b""), Err(Error::Empty)));
        assert!(matches!(decode(b"\x00\x01\x02abc"), Err(Error::Binary(_))));
    }
}

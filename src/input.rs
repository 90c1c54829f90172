//! Input: bytes to decoded text, and paths to the ordered list of inputs.
//!
//! Decoding ([`decode`]), in this order:
//! - empty input: error `empty`;
//! - UTF-16 LE/BE with a BOM, or without one when every other byte is NUL (`utf-16le`,
//!   `utf-16be`);
//! - UTF-8 with or without BOM (`utf-8`); NUL or many control bytes: error `binary`;
//! - bytes that are not valid UTF-8: mostly valid UTF-8 with a few bad sequences (a truncated
//!   file) is decoded with U+FFFD and warning `invalid_utf8`; an HTML page in the encoding its
//!   `<meta charset>` declares (warning `legacy_encoding`; a declared Latin-1 is not taken on
//!   trust); single-byte text that looks like
//!   Windows-1258 is decoded as `windows-1258` (warning `legacy_encoding`); raw TCVN3 or VNI
//!   bytes are decoded as `latin-1` and repaired (below); anything else as lossy UTF-8;
//! - TCVN3/VNI text (raw, or mojibake already in UTF-8) and VIQR text are repaired into
//!   [`Base`] with a map back to the decoded text, warning `decode_repaired`
//!   ([`crate::legacy`]); spans keep indexing the text as decoded by the codec that
//!   `source.encoding` names.
//!
//! HTML pages get the same repair, decided on and applied to the visible text of the page (the
//! markup would dilute the signatures): raw bytes are decoded as `latin-1` when the page's
//! visible text is TCVN3 or VNI, and the repair map is composed with the page map
//! ([`crate::offsets::OffsetMap::compose`]), so spans index the HTML source as decoded, as for
//! any other page.
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
    /// Where an HTML page writes `meta_published` (a `content` or `datetime` attribute), as a
    /// byte range of `text`.
    pub meta_published_at: Option<std::ops::Range<usize>>,
    /// `meta_published` comes only from a `<time>` element: a stamp in the text wins.
    pub meta_published_weak: bool,
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

/// Repairs TCVN3/VNI/VIQR text in place of nothing: the repaired base and the warning.
fn legacy_repair(text: &str, warnings: &mut Vec<InputWarning>) -> Option<Base> {
    let enc = crate::legacy::detect(text)?;
    let (fixed, map) = crate::legacy::repair(text, enc);
    warnings.push(warning(
        "decode_repaired",
        enc.warning_message("the text as decoded"),
    ));
    Some(Base { text: fixed, map })
}

/// How decoded text is going to be read: as plain text, or as an HTML page, whose legacy
/// repair is decided on its visible text (by [`page_base`], not by the decoder).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum View {
    Text,
    Html,
}

/// Decodes raw bytes (BOM stripped; offsets start after it). See the module docs.
pub fn decode(bytes: &[u8]) -> Result<Decoded, Error> {
    decode_view(bytes, View::Text)
}

fn decode_view(bytes: &[u8], view: View) -> Result<Decoded, Error> {
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
        let repaired = match view {
            View::Text => legacy_repair(s, &mut warnings),
            View::Html => None,
        };
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
        if let Some(enc) = declared_charset(body, view) {
            let (text, _) = enc.decode_without_bom_handling(body);
            warnings.push(warning(
                "legacy_encoding",
                format!(
                    "the bytes are not UTF-8 and were decoded as {}, as the page declares",
                    enc.name()
                ),
            ));
            return Ok(Decoded {
                text: text.into_owned(),
                encoding: enc.name(),
                warnings,
                repaired: None,
            });
        }
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
        let repaired = match view {
            View::Text => legacy_repair(&latin1, &mut warnings).map(Some),
            // The page is repaired later, on its visible text (parsed twice for such pages).
            View::Html => {
                crate::legacy::detect(&crate::html::page_text(&latin1).text).map(|_| None)
            }
        };
        if let Some(repaired) = repaired {
            return Ok(Decoded {
                text: latin1,
                encoding: "latin-1",
                warnings,
                repaired,
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

/// The encoding an HTML page declares in its first 1024 bytes (`<meta charset="…">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=…">`), when it is one to
/// trust for bytes that are not UTF-8. A declared Latin-1 or Windows-1252 is not trusted:
/// pages in TCVN3 or VNI fonts declare it too, and the heuristics below tell them apart.
fn declared_charset(body: &[u8], view: View) -> Option<&'static encoding_rs::Encoding> {
    if view != View::Html {
        return None;
    }
    let head = body[..body.len().min(1024)].to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = memchr::memmem::find(&head[from..], b"charset") {
        let mut p = from + i + b"charset".len();
        from = p;
        while head.get(p).is_some_and(|b| b.is_ascii_whitespace()) {
            p += 1;
        }
        if head.get(p) != Some(&b'=') {
            continue;
        }
        p += 1;
        while head
            .get(p)
            .is_some_and(|b| b.is_ascii_whitespace() || *b == b'"' || *b == b'\'')
        {
            p += 1;
        }
        let end = head[p..]
            .iter()
            .position(|b| !(b.is_ascii_alphanumeric() || b"-_.:".contains(b)))
            .map_or(head.len(), |n| p + n);
        let enc = encoding_rs::Encoding::for_label(&head[p..end])?;
        let untrusted = [
            encoding_rs::UTF_8,
            encoding_rs::WINDOWS_1252,
            encoding_rs::UTF_16LE,
            encoding_rs::UTF_16BE,
            encoding_rs::X_USER_DEFINED,
            encoding_rs::REPLACEMENT,
        ];
        return (!untrusted.contains(&enc)).then_some(enc);
    }
    None
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
        url: None,
        title: None,
        published: None,
    }
}

/// [`sniff_html`] on raw bytes (after a UTF-8 BOM), before decoding.
fn sniff_html_bytes(bytes: &[u8]) -> bool {
    let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    let start = body
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(body.len());
    let head = body[start..start + 15.min(body.len() - start)].to_ascii_lowercase();
    head.starts_with(b"<!doctype html") || head.starts_with(b"<html")
}

/// The visible text of an HTML page as an article's base. Text in TCVN3, VNI or VIQR is
/// repaired (warning `decode_repaired`, as for plain text) and the repair map composed with
/// the page map, so that spans still index the page source. Returns the base and the rest of
/// the page (title, repaired too, and publication metadata).
fn page_base(html: &str, warnings: &mut Vec<InputWarning>) -> (Base, crate::html::Page) {
    let mut page = crate::html::page_text(html);
    let Some(enc) = crate::legacy::detect(&page.text) else {
        let base = Base {
            text: std::mem::take(&mut page.text),
            map: std::mem::take(&mut page.map),
        };
        return (base, page);
    };
    let (fixed, repair_map) = crate::legacy::repair(&page.text, enc);
    let map = crate::offsets::OffsetMap::compose(&repair_map, &page.map);
    warnings.push(warning(
        "decode_repaired",
        enc.warning_message("the text as decoded"),
    ));
    page.title = page.title.map(|t| crate::legacy::repair(&t, enc).0);
    (Base { text: fixed, map }, page)
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
    let view = if format == Format::Html || (format == Format::Text && sniff_html_bytes(bytes)) {
        View::Html
    } else {
        View::Text
    };
    let d = match decode_view(bytes, view) {
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
        meta_published_at: None,
        meta_published_weak: false,
        meta_title: None,
        warnings: d.warnings,
    };
    let html = format == Format::Html || (format == Format::Text && sniff_html(&article.text));
    if html {
        article.source.format = Some(Format::Html.name().into());
        if article.base.take().is_some() {
            // Decoded as plain text (only the decoded text showed the page): the repair of the
            // whole source is dropped and redone on the visible text.
            article.warnings.retain(|w| w.code != "decode_repaired");
        }
        let (base, page) = page_base(&article.text, &mut article.warnings);
        article.base = Some(base);
        article.source.title.clone_from(&page.title);
        article.source.published.clone_from(&page.published);
        article.meta_title = page.title;
        article.meta_published = page.published;
        article.meta_published_at = page.published_at;
        article.meta_published_weak = page.published_weak;
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

    /// A TCVN3 page (as cp1252 characters): `&shy;` and the raw U+00AD both stand for ư.
    const TCVN3_PAGE: &str = "<html><head><meta charset=\"windows-1252\">\
        <title>Liªn minh Hîp t¸c x· ký kÕt</title></head><body>\
        <h1>Liªn minh Hîp t¸c x· tØnh §¾k N«ng ký kÕt ch\u{AD}¬ng tr×nh phèi hîp</h1>\
        <p>Ngµy 30/9/2022, Liªn minh <b>HTX</b> tØnh §¾k N«ng vµ Liªn minh HTX tØnh B×nh Ph&shy;íc \
        ®· ký kÕt ch\u{AD}¬ng tr×nh phèi hîp giai ®o¹n 2022-2025.</p></body></html>";

    /// Every character of an article's base maps to source text, and the record's spans
    /// ground in the source; returns the record as JSON.
    fn extract_grounded(a: &Article) -> serde_json::Value {
        let base = a.base.as_ref().expect("a base");
        assert_eq!(base.map.out_len(), base.text.len());
        for (i, c) in base.text.char_indices() {
            let (x, y) = base.map.span(i, i + c.len_utf8());
            assert!(a.text.get(x..y).is_some(), "{c:?} at {i} maps to {x}..{y}");
            assert!(c == '\n' || y > x, "{c:?} at {i} maps to nothing");
        }
        let rec = serde_json::to_value(crate::pipeline::extract(a)).unwrap();
        fn walk(v: &serde_json::Value, src: &[char], n: &mut usize) {
            match v {
                serde_json::Value::Object(m) => {
                    if let (Some(t), Some(sp)) = (m.get("text"), m.get("span")) {
                        if let (Some(t), Some(sp)) = (t.as_str(), sp.as_array()) {
                            let a = sp[0].as_u64().unwrap() as usize;
                            let b = sp[1].as_u64().unwrap() as usize;
                            assert_eq!(src[a..b].iter().collect::<String>(), t);
                            *n += 1;
                        }
                    }
                    m.values().for_each(|x| walk(x, src, n));
                }
                serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, src, n)),
                _ => {}
            }
        }
        let chars: Vec<char> = a.text.chars().collect();
        let mut n = 0;
        walk(&rec, &chars, &mut n);
        assert!(n > 0, "no spans in {rec}");
        rec
    }

    fn warning_codes(a: &Article) -> Vec<&str> {
        a.warnings.iter().map(|w| w.code.as_str()).collect()
    }

    #[test]
    fn ok_tcvn3_html_in_utf8_is_repaired_with_spans_on_the_page() {
        let a = article_from_bytes_as("t".into(), "t.html", TCVN3_PAGE.as_bytes(), Format::Html)
            .unwrap();
        assert_eq!(a.source.encoding, "utf-8");
        assert_eq!(warning_codes(&a), ["decode_repaired"]);
        let base = a.base.as_ref().unwrap();
        assert!(base
            .text
            .starts_with("Liên minh Hợp tác xã tỉnh Đắk Nông ký kết chương trình phối hợp\n"));
        assert!(base.text.contains("Bình Phước đã ký kết"), "{}", base.text);
        assert_eq!(a.meta_title.as_deref(), Some("Liên minh Hợp tác xã ký kết"));
        // A span over repaired text gives the mojibake of the page, markup and entity included.
        let at = base.text.find("Bình Phước").unwrap();
        let (x, y) = base.map.span(at, at + "Bình Phước".len());
        assert_eq!(&a.text[x..y], "B×nh Ph&shy;íc");
        let at = base.text.find("Liên minh HTX").unwrap();
        let (x, y) = base.map.span(at, at + "Liên minh HTX".len());
        assert_eq!(&a.text[x..y], "Liªn minh <b>HTX");
        let rec = extract_grounded(&a);
        assert_eq!(rec["dates"][0]["value"], "2022-09-30");
        assert_eq!(rec["warnings"][0]["code"], "decode_repaired");
    }

    #[test]
    fn ok_composed_page_map_is_the_two_step_lookup() {
        let page = crate::html::page_text(TCVN3_PAGE);
        let enc = crate::legacy::detect(&page.text).unwrap();
        let (fixed, repair_map) = crate::legacy::repair(&page.text, enc);
        let composed = crate::offsets::OffsetMap::compose(&repair_map, &page.map);
        let bounds: Vec<usize> = fixed
            .char_indices()
            .map(|(i, _)| i)
            .chain([fixed.len()])
            .collect();
        for (k, &a) in bounds.iter().enumerate() {
            for &b in &bounds[k..] {
                let (x, y) = repair_map.span(a, b);
                assert_eq!(composed.span(a, b), page.map.span(x, y), "{a}..{b}");
            }
        }
    }

    #[test]
    fn ok_raw_tcvn3_html_bytes_are_latin1_and_repaired() {
        let bytes: Vec<u8> = TCVN3_PAGE.chars().map(|c| c as u32 as u8).collect();
        // Undetected in the whole source, by the plain-text rule? Either way the page decides.
        let a = article_from_bytes_as("t".into(), "t.html", &bytes, Format::Html).unwrap();
        assert_eq!(a.source.encoding, "latin-1");
        assert_eq!(a.text, TCVN3_PAGE);
        assert_eq!(warning_codes(&a), ["decode_repaired"]);
        let rec = extract_grounded(&a);
        assert_eq!(rec["dates"][0]["value"], "2022-09-30");
        // Sniffed from a .txt file too.
        let t = article_from_bytes("t".into(), "t.txt", &bytes).unwrap();
        assert_eq!(t.source.format.as_deref(), Some("html"));
        assert_eq!(t.base.unwrap().text, a.base.unwrap().text);
    }

    #[test]
    fn ok_declared_charset_decodes_a_legacy_page() {
        // Too little text for the Windows-1258 heuristic: the page's own declaration decides.
        let page = "<html><head><meta http-equiv=\"Content-Type\" \
                    content=\"text/html; charset=windows-1258\"></head>\
                    <body><p>Nga\u{300}y 30/9/2022 ky\u{301} kê\u{301}t.</p></body></html>";
        // Windows-1258 writes tones as combining marks.
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1258.encode(page);
        assert!(!unmappable);
        assert!(std::str::from_utf8(&bytes).is_err());
        let a = article_from_bytes_as("t".into(), "t.html", &bytes, Format::Html).unwrap();
        assert_eq!(a.source.encoding, "windows-1258");
        assert_eq!(a.text, page);
        assert_eq!(warning_codes(&a), ["legacy_encoding"]);
        let rec = extract_grounded(&a);
        assert_eq!(rec["published"]["value"], "2022-09-30", "{rec}");
        // Another declared code page is honoured the same way.
        let ru = "<html><head><meta charset='koi8-r'></head><body><p>Привет</p></body></html>";
        let (bytes, _, _) = encoding_rs::KOI8_R.encode(ru);
        let a = article_from_bytes_as("t".into(), "t.html", &bytes, Format::Html).unwrap();
        assert_eq!(
            (a.source.encoding.as_str(), a.text.as_str()),
            ("KOI8-R", ru)
        );
    }

    #[test]
    fn err_declared_charset_does_not_override_utf8_or_latin1() {
        // Valid UTF-8 under a wrong declaration stays UTF-8.
        let page = "<html><head><meta charset=\"windows-1258\"></head><body><p>Hợp tác xã</p>\
                    </body></html>";
        let a = article_from_bytes_as("t".into(), "t.html", page.as_bytes(), Format::Html).unwrap();
        assert_eq!(a.source.encoding, "utf-8");
        assert!(a.warnings.is_empty());
        // A TCVN3 page declaring Latin-1, as the old font sites did, is still repaired.
        let tcvn: Vec<u8> = TCVN3_PAGE
            .replacen("<head>", "<head><meta charset=\"iso-8859-1\">", 1)
            .chars()
            .map(|c| c as u32 as u8)
            .collect();
        let a = article_from_bytes_as("t".into(), "t.html", &tcvn, Format::Html).unwrap();
        assert_eq!(a.source.encoding, "latin-1");
        assert_eq!(warning_codes(&a), ["decode_repaired"]);
        // Plain text never reads a declaration.
        let (bytes, _, _) = encoding_rs::KOI8_R.encode("charset=koi8-r Привет");
        let t = article_from_bytes("t".into(), "t.txt", &bytes).unwrap();
        assert_ne!(t.source.encoding, "KOI8-R");
    }

    #[test]
    fn ok_raw_tcvn3_html_with_a_heavy_head_is_still_found() {
        // Markup and script dilute the signatures below the plain-text threshold.
        let script = format!("<script>{}</script>", "var x = 1; ".repeat(400));
        let page = TCVN3_PAGE.replace("</head>", &format!("{script}</head>"));
        let bytes: Vec<u8> = page.chars().map(|c| c as u32 as u8).collect();
        assert!(decode(&bytes).unwrap().repaired.is_none());
        let a = article_from_bytes_as("t".into(), "t.htm", &bytes, Format::Html).unwrap();
        assert_eq!(a.source.encoding, "latin-1");
        assert!(a.base.as_ref().unwrap().text.contains("Hợp tác xã"));
        extract_grounded(&a);
    }

    #[test]
    fn ok_vni_and_viqr_html_are_repaired() {
        let vni = "<html><body><p>Ngaøy 30/9/2022, Lieân minh Hôïp taùc xaõ tænh Ñaék Noâng \
                   kyù keát chöông trình phoái hôïp giai ñoaïn 2022-2025.</p></body></html>";
        let viqr = "<html><body><p>Nga`y 30/9/2022, Lie^n minh Ho+.p ta&#39;c xa~ ti?nh DDa('k \
                    No^ng ky' ke^'t chu+o+ng tri`nh pho^'i ho+.p giai ddoa.n 2022-2025.</p></body></html>";
        for (page, enc) in [(vni, "vni"), (viqr, "viqr")] {
            let a =
                article_from_bytes_as("t".into(), "t.html", page.as_bytes(), Format::Html).unwrap();
            assert_eq!(a.source.encoding, "utf-8");
            assert_eq!(warning_codes(&a), ["decode_repaired"], "{enc}");
            assert!(a.warnings[0].message.contains(enc));
            let base = a.base.as_ref().unwrap();
            assert!(
                base.text
                    .contains("Liên minh Hợp tác xã tỉnh Đắk Nông ký kết chương trình"),
                "{}",
                base.text
            );
            let rec = extract_grounded(&a);
            assert_eq!(rec["dates"][0]["value"], "2022-09-30");
        }
    }

    #[test]
    fn ok_viqr_text_is_repaired_on_utf8() {
        let t = "Nga`y 30/9/2022, Lie^n minh Ho+.p ta'c xa~ ti?nh DDa('k No^ng ky' ke^'t \
                 chu+o+ng tri`nh pho^'i ho+.p giai ddoa.n 2022-2025.";
        let a = article_from_bytes("v".into(), "v.txt", t.as_bytes()).unwrap();
        assert_eq!(a.source.encoding, "utf-8");
        assert_eq!(warning_codes(&a), ["decode_repaired"]);
        assert!(a
            .base
            .as_ref()
            .unwrap()
            .text
            .starts_with("Ngày 30/9/2022, Liên minh Hợp tác xã"));
        let rec = extract_grounded(&a);
        assert_eq!(rec["dates"][0]["value"], "2022-09-30");
        assert_eq!(
            rec["parties"][0]["text"],
            "Lie^n minh Ho+.p ta'c xa~ ti?nh DDa('k No^ng"
        );
        assert_eq!(rec["parties"][0]["province"], "Đắk Nông");
    }

    #[test]
    fn err_utf8_vietnamese_and_english_pages_are_not_repaired() {
        for page in [
            "<html><body><h1>Liên minh Hợp tác xã tỉnh Đắk Nông ký kết</h1>\
             <p>Ngày 30/9/2022, hai bên ký kết chương trình phối hợp. © 2023 · Bản quyền</p></body></html>",
            "<html><body><p>I'm sure it's fine. Go to www.example.com/a.php?id=5, e.g. today. \
             Who? Me? So be it. Do so.</p></body></html>",
        ] {
            let a = article_from_bytes_as("t".into(), "t.html", page.as_bytes(), Format::Html)
                .unwrap();
            assert!(a.warnings.is_empty(), "{:?}", a.warnings);
            let page_text = crate::html::page_text(page);
            assert_eq!(a.base.unwrap().text, page_text.text);
        }
        let plain = "The cooperative signed an agreement on 30/9/2022. I'm sure it's fine.";
        assert!(decode(plain.as_bytes()).unwrap().repaired.is_none());
    }

    #[test]
    fn err_empty_and_binary() {
        assert!(matches!(decode(b""), Err(Error::Empty)));
        assert!(matches!(decode(b"\x00\x01\x02abc"), Err(Error::Binary(_))));
    }
}

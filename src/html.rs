//! HTML pages: the visible text of a page, with a map from every byte of it back to the HTML
//! source, so that spans of facts found in the text index the source file.
//!
//! The page is parsed with `tl` (a tolerant HTML parser that borrows its input, so the byte
//! position of every text node is known). Before parsing, the bodies of raw-text elements
//! (`script`, `style`, `textarea`, `noscript`, `template`) and comments are blanked with
//! spaces in a copy of the same length, so that a `<` inside a script cannot open a fake
//! element; positions are unchanged.
//!
//! Text rules:
//! - dropped: `head` (its `<title>` and publication-time metadata are kept as metadata),
//!   `script`, `style`, `noscript`, `template`, `nav`, `aside`, `form` (unless it wraps
//!   paragraphs, headings or the article, as on ASP.NET portals), `button`, `select`,
//!   `iframe`, `svg`, `canvas`, `object`; `header` and `footer` unless they sit inside an
//!   `article` or `main` element (news sites keep the headline and byline there);
//! - block elements (`p`, `div`, `h1`–`h6`, `li`, `tr`, `br`, …) become line breaks, and the
//!   cells of a table row are joined by " | " (a row reads as one line);
//! - runs of whitespace inside text become one space (none at the start of a line);
//! - character references (`&amp;`, `&nbsp;`, `&#7907;`, `&#x1EE3;`, common named ones) are
//!   decoded; unknown ones are kept as written.
//!
//! Inserted line breaks map to an empty source span at the tag; every other output byte maps
//! to the source bytes that produced it ([`OffsetMap`]).
//!
//! Not handled yet: `<pre>` keeps no line breaks; CSS `display:none` is not looked at.

use crate::offsets::OffsetMap;

/// The visible text of a page and what its head says.
#[derive(Clone, Debug, Default)]
pub struct Page {
    pub text: String,
    /// Map from bytes of `text` to bytes of the HTML source.
    pub map: OffsetMap,
    /// `<title>`, or `og:title`.
    pub title: Option<String>,
    /// `article:published_time` (or a similar meta, else the first `<time datetime>`), as ISO
    /// `YYYY-MM-DD[THH:MM]` in Vietnam's time (UTC+7).
    pub published: Option<String>,
    /// Where that value is written in the source (the attribute's value).
    pub published_at: Option<std::ops::Range<usize>>,
    /// The value comes from a `<time>` element only, which may belong to a list of other
    /// articles: it does not overrule a stamp the text shows.
    pub published_weak: bool,
}

/// A JSON-LD `"datePublished": "…"` in the page's scripts: the value and its source range.
fn json_ld_published(html: &str) -> Option<(String, std::ops::Range<usize>)> {
    let key = b"\"datePublished\"";
    let at = memchr::memmem::find(html.as_bytes(), key)? + key.len();
    let rest = &html[at..];
    let open = rest
        .find('"')
        .filter(|&k| rest[..k].trim_start_matches([' ', ':']).is_empty())?
        + 1;
    let len = rest[open..].find('"')?;
    let start = at + open;
    let value = iso_local(&html[start..start + len])?;
    Some((value, start..start + len))
}

const RAW_TEXT: &[&str] = &["script", "style", "textarea", "noscript", "template"];

const DROPPED: &[&str] = &[
    "head", "script", "style", "noscript", "template", "nav", "aside", "form", "button", "select",
    "iframe", "svg", "canvas", "object", "textarea",
];

const BLOCKS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "br",
    "caption",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tr",
    "ul",
];

/// A copy of `html` of the same length where comments, declarations (`<!DOCTYPE …>`,
/// `<?xml …?>`) and raw-text element bodies are spaces.
fn blank_raw_text(html: &str) -> String {
    let bytes = html.as_bytes();
    let lower = html.to_ascii_lowercase();
    let lb = lower.as_bytes();
    let mut out = bytes.to_vec();
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'<', &lb[i..]) {
        let at = i + off;
        if lb[at..].starts_with(b"<!--") {
            let end = lower[at + 4..]
                .find("-->")
                .map(|e| at + 4 + e + 3)
                .unwrap_or(lb.len());
            out[at..end].fill(b' ');
            i = end;
            continue;
        }
        // "<!DOCTYPE html PUBLIC …>", "<?xml …?>": declarations, never text.
        if lb[at + 1..].starts_with(b"!") || lb[at + 1..].starts_with(b"?") {
            let end = memchr::memchr(b'>', &lb[at..]).map_or(lb.len(), |e| at + e + 1);
            out[at..end].fill(b' ');
            i = end;
            continue;
        }
        let mut next = at + 1;
        for name in RAW_TEXT {
            let n = name.len();
            if lb[at + 1..].starts_with(name.as_bytes())
                && lb
                    .get(at + 1 + n)
                    .is_some_and(|&c| c == b'>' || c == b'/' || c.is_ascii_whitespace())
            {
                // Body runs from the end of the start tag to the matching end tag.
                let Some(gt) = memchr::memchr(b'>', &lb[at..]) else {
                    break;
                };
                let body = at + gt + 1;
                let close = format!("</{name}");
                let end = lower[body..]
                    .find(&close)
                    .map(|e| body + e)
                    .unwrap_or(lb.len());
                out[body..end].fill(b' ');
                next = end;
                break;
            }
        }
        i = next.max(at + 1);
        if i >= lb.len() {
            break;
        }
    }
    // Only ASCII bytes were written, at positions that start and end on ASCII bytes, so
    // the result is still UTF-8; fall back to the input otherwise.
    String::from_utf8(out).unwrap_or_else(|_| html.to_owned())
}

/// Whether an element holds page content: ASP.NET and DNN portals wrap the whole page in one
/// `<form>`, which is then no search box to drop.
fn holds_content(tag: &tl::HTMLTag) -> bool {
    let raw = tag.raw().as_bytes().to_ascii_lowercase();
    [&b"<p>"[..], b"<p ", b"<article", b"<main", b"<h1"]
        .iter()
        .any(|needle| memchr::memmem::find(&raw, needle).is_some())
}

/// Decodes the character reference at the start of `s` (which starts with `&`): the
/// character and the length of the reference in bytes.
fn char_ref(s: &str) -> Option<(char, usize)> {
    let b = s.as_bytes();
    let end = b.iter().take(34).position(|&c| c == b';')?;
    let body = &s[1..end];
    let c = if let Some(num) = body.strip_prefix('#') {
        let v = if let Some(hex) = num.strip_prefix(['x', 'X']) {
            u32::from_str_radix(hex, 16).ok()?
        } else {
            num.parse::<u32>().ok()?
        };
        match v {
            0 => '\u{FFFD}',
            // Windows-1252 numeric references, as browsers read them.
            0x80..=0x9F => encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(&[v as u8])
                .0
                .chars()
                .next()?,
            _ => char::from_u32(v).unwrap_or('\u{FFFD}'),
        }
    } else {
        named_entity(body)?
    };
    Some((c, end + 1))
}

fn named_entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{A0}',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "laquo" => '«',
        "raquo" => '»',
        "copy" => '©',
        "reg" => '®',
        "deg" => '°',
        "middot" => '·',
        "bull" => '•',
        "shy" => '\u{AD}',
        "zwj" => '\u{200D}',
        "zwnj" => '\u{200C}',
        "Agrave" => 'À',
        "Aacute" => 'Á',
        "Acirc" => 'Â',
        "Atilde" => 'Ã',
        "Egrave" => 'È',
        "Eacute" => 'É',
        "Ecirc" => 'Ê',
        "Igrave" => 'Ì',
        "Iacute" => 'Í',
        "Ograve" => 'Ò',
        "Oacute" => 'Ó',
        "Ocirc" => 'Ô',
        "Otilde" => 'Õ',
        "Ugrave" => 'Ù',
        "Uacute" => 'Ú',
        "Yacute" => 'Ý',
        "agrave" => 'à',
        "aacute" => 'á',
        "acirc" => 'â',
        "atilde" => 'ã',
        "egrave" => 'è',
        "eacute" => 'é',
        "ecirc" => 'ê',
        "igrave" => 'ì',
        "iacute" => 'í',
        "ograve" => 'ò',
        "oacute" => 'ó',
        "ocirc" => 'ô',
        "otilde" => 'õ',
        "ugrave" => 'ù',
        "uacute" => 'ú',
        "yacute" => 'ý',
        "ETH" => 'Ð',
        "eth" => 'ð',
        _ => return None,
    })
}

/// Builds the output text and map.
struct Builder {
    text: String,
    map: OffsetMap,
    /// Source position reached so far; text before it is never emitted again.
    pos: usize,
    pending_break: bool,
    /// A table cell began after text on the same row: " | " before the next text.
    pending_cell: bool,
    /// The text ends with a cell separator: a space at the start of the cell is dropped.
    after_cell: bool,
}

impl Builder {
    fn ends_line(&self) -> bool {
        self.text.is_empty() || self.text.ends_with('\n')
    }

    /// Asks for a line break before the next text (so that it maps to an empty span at
    /// that text's start, and nothing is emitted after the last text).
    fn line_break(&mut self) {
        if !self.ends_line() {
            self.pending_break = true;
        }
    }

    /// Asks for a cell separator (" | ") before the next text, unless a line break comes
    /// first: a table row reads as one line ("1 | Huân chương Lao động hạng Ba | HTX …").
    fn cell_break(&mut self) {
        if !self.ends_line() {
            self.pending_cell = true;
        }
    }

    /// Emits the text node `src[start..end]`.
    fn text_node(&mut self, src: &str, start: usize, end: usize) {
        if start < self.pos || end > src.len() || !src.is_char_boundary(start) {
            return;
        }
        if start > self.pos {
            // Markup between text nodes maps to nothing, except between a letter and a digit,
            // which no word joins ("<span>Mạnh Trường</span><time>03/01/2020</time>"): a
            // space there.
            let last = self.text.chars().next_back();
            let next = src[start..end].chars().next();
            let split = matches!((last, next), (Some(a), Some(b))
                if (a.is_alphabetic() && b.is_ascii_digit()) || (a.is_ascii_digit() && b.is_alphabetic()));
            if split && !self.pending_break && !self.pending_cell {
                self.map.push_replace(self.pos, start, 1);
                self.text.push(' ');
            } else {
                self.map.push_replace(self.pos, start, 0);
            }
            self.pos = start;
        }
        let s = &src[start..end];
        if self.pending_break && s.bytes().any(|b| !b.is_ascii_whitespace()) {
            self.pending_break = false;
            self.pending_cell = false;
            self.map.push_replace(start, start, 1);
            self.text.push('\n');
        }
        if self.pending_cell && s.bytes().any(|b| !b.is_ascii_whitespace()) {
            self.pending_cell = false;
            let sep = if self.text.ends_with(' ') {
                "| "
            } else {
                " | "
            };
            self.map.push_replace(start, start, sep.len());
            self.text.push_str(sep);
            self.after_cell = true;
        }
        let mut copy_from: Option<usize> = None;
        let mut i = 0;
        let bytes = s.as_bytes();
        while i < bytes.len() {
            let c = bytes[i];
            if c.is_ascii_whitespace() {
                let mut j = i;
                while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                    j += 1;
                }
                let single = j == i + 1 && c == b' ';
                if single && !self.ends_line() && !self.after_cell {
                    copy_from.get_or_insert(start + i);
                    self.text.push(' ');
                } else {
                    if let Some(f) = copy_from.take() {
                        self.map.push_copy(f, start + i);
                    }
                    let keep = !self.ends_line() && !self.text.ends_with(' ');
                    self.map
                        .push_replace(start + i, start + j, usize::from(keep));
                    if keep {
                        self.text.push(' ');
                    }
                }
                i = j;
            } else if c == b'&' {
                self.after_cell = false;
                if let Some((ch, n)) = char_ref(&s[i..]) {
                    if let Some(f) = copy_from.take() {
                        self.map.push_copy(f, start + i);
                    }
                    self.map
                        .push_replace(start + i, start + i + n, ch.len_utf8());
                    self.text.push(ch);
                    i += n;
                } else {
                    copy_from.get_or_insert(start + i);
                    self.text.push('&');
                    i += 1;
                }
            } else {
                self.after_cell = false;
                let ch_len = s[i..].chars().next().map_or(1, char::len_utf8);
                copy_from.get_or_insert(start + i);
                self.text.push_str(&s[i..i + ch_len]);
                i += ch_len;
            }
        }
        if let Some(f) = copy_from.take() {
            self.map.push_copy(f, end);
        }
        self.pos = end;
    }
}

/// Byte offset of `part` inside `whole`, when `part` borrows from it.
fn offset_in(whole: &str, part: &[u8]) -> Option<usize> {
    let w = whole.as_ptr() as usize;
    let p = part.as_ptr() as usize;
    (p >= w && p + part.len() <= w + whole.len()).then(|| p - w)
}

/// Plain text of an element's subtree (for `<title>`), entities decoded.
fn plain_text(parser: &tl::Parser<'_>, src: &str, handle: tl::NodeHandle) -> String {
    let mut b = Builder {
        text: String::new(),
        map: OffsetMap::default(),
        pos: 0,
        pending_break: false,
        pending_cell: false,
        after_cell: false,
    };
    if let Some(node) = handle.get(parser) {
        if let Some(children) = node.children() {
            for h in children.top().iter() {
                if let Some(tl::Node::Raw(raw)) = h.get(parser) {
                    if let Some(at) = offset_in(src, raw.as_bytes()) {
                        b.text_node(src, at, at + raw.as_bytes().len());
                    }
                }
            }
        }
    }
    b.text.trim().to_owned()
}

/// ISO date (and time to the minute) at the start of a metadata value.
fn iso_prefix(v: &str) -> Option<String> {
    let b = v.trim().as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    if !(digits(0..4)
        && b.get(4) == Some(&b'-')
        && digits(5..7)
        && b.get(7) == Some(&b'-')
        && digits(8..10))
    {
        return None;
    }
    let date = std::str::from_utf8(&b[..10]).ok()?;
    if matches!(b.get(10), Some(b'T') | Some(b' '))
        && digits(11..13)
        && b.get(13) == Some(&b':')
        && digits(14..16)
    {
        Some(format!("{date}T{}", std::str::from_utf8(&b[11..16]).ok()?))
    } else {
        Some(date.to_owned())
    }
}

/// [`iso_prefix`] of a metadata value, moved to Vietnam's time (UTC+7) when the value states
/// another offset ("2025-10-16T12:05:00Z" → "2025-10-16T19:05").
fn iso_local(v: &str) -> Option<String> {
    let iso = iso_prefix(v)?;
    if iso.len() < 16 {
        return Some(iso);
    }
    let rest =
        v.trim()[16..].trim_start_matches(|c: char| c == ':' || c == '.' || c.is_ascii_digit());
    let offset_min: i64 = if rest.starts_with(['Z', 'z']) {
        0
    } else if let Some(sign) = rest.chars().next().filter(|c| matches!(c, '+' | '-')) {
        let digits: String = rest[1..]
            .chars()
            .filter(char::is_ascii_digit)
            .take(4)
            .collect();
        if digits.len() != 4 {
            return Some(iso);
        }
        let h: i64 = digits[..2].parse().ok()?;
        let m: i64 = digits[2..].parse().ok()?;
        if sign == '+' {
            h * 60 + m
        } else {
            -(h * 60 + m)
        }
    } else {
        return Some(iso);
    };
    let shift = 7 * 60 - offset_min;
    if shift == 0 {
        return Some(iso);
    }
    let day = crate::dates::Ymd::from_iso(&iso)?;
    let num = |r: std::ops::Range<usize>| iso[r].parse::<i64>().ok();
    let minutes = day.days() * 1440 + num(11..13)? * 60 + num(14..16)? + shift;
    let local = crate::dates::Ymd::from_days(minutes.div_euclid(1440));
    let m = minutes.rem_euclid(1440);
    Some(format!("{}T{:02}:{:02}", local.iso(), m / 60, m % 60))
}

struct Walker<'p, 'a> {
    parser: &'p tl::Parser<'a>,
    src: &'a str,
    out: Builder,
    title: Option<String>,
    og_title: Option<String>,
    published: Option<(String, Option<std::ops::Range<usize>>)>,
    /// The first `<time datetime>`: the stamp when no meta gives one.
    time: Option<(String, Option<std::ops::Range<usize>>)>,
    depth: usize,
}

impl<'p, 'a> Walker<'p, 'a> {
    fn meta(&mut self, tag: &tl::HTMLTag<'_>) {
        let attrs = tag.attributes();
        let get = |k: &str| {
            attrs
                .get(k)
                .flatten()
                .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
        };
        let key = get("property")
            .or_else(|| get("name"))
            .or_else(|| get("itemprop"))
            .unwrap_or_default()
            .to_ascii_lowercase();
        let Some(content) = get("content") else {
            return;
        };
        match key.as_str() {
            "article:published_time"
            | "datepublished"
            | "pubdate"
            | "publishdate"
            | "dc.date.issued"
            | "og:published_time"
                if self.published.is_none() =>
            {
                self.published =
                    iso_local(&content).map(|v| (v, self.attribute_at(tag, "content")));
            }
            "og:title" => self.og_title = Some(content.trim().to_owned()),
            _ => {}
        }
    }

    /// The source range of an attribute's value, trimmed.
    fn attribute_at(&self, tag: &tl::HTMLTag<'_>, key: &str) -> Option<std::ops::Range<usize>> {
        let v = tag.attributes().get(key).flatten()?.as_bytes();
        let at = offset_in(self.src, v)?;
        let text = std::str::from_utf8(v).ok()?;
        let lead = text.len() - text.trim_start().len();
        Some(at + lead..at + lead + text.trim().len())
    }

    fn walk(&mut self, handle: tl::NodeHandle, in_article: bool) {
        self.depth += 1;
        if self.depth > 512 {
            self.depth -= 1;
            return;
        }
        match handle.get(self.parser) {
            Some(tl::Node::Raw(raw)) => {
                let bytes = raw.as_bytes();
                if let Some(at) = offset_in(self.src, bytes) {
                    self.out.text_node(self.src, at, at + bytes.len());
                }
            }
            Some(tl::Node::Tag(tag)) => {
                let name = String::from_utf8_lossy(tag.name().as_bytes()).to_ascii_lowercase();
                if name == "time" && self.time.is_none() {
                    let value = tag
                        .attributes()
                        .get("datetime")
                        .flatten()
                        .and_then(|v| iso_local(&String::from_utf8_lossy(v.as_bytes())));
                    if let Some(v) = value {
                        self.time = Some((v, self.attribute_at(tag, "datetime")));
                    }
                }
                if name == "meta" {
                    self.meta(tag);
                } else if name == "title" {
                    if self.title.is_none() {
                        self.title = Some(plain_text(self.parser, self.src, handle));
                    }
                } else if name == "head" {
                    // Only metadata is read from the head.
                    for h in tag.children().top().iter() {
                        self.head(*h);
                    }
                } else if (DROPPED.contains(&name.as_str())
                    && !(name == "form" && holds_content(tag)))
                    || (matches!(name.as_str(), "header" | "footer") && !in_article)
                {
                    // skipped with everything inside
                } else {
                    let block = BLOCKS.contains(&name.as_str());
                    if block {
                        self.out.line_break();
                    } else if matches!(name.as_str(), "td" | "th") {
                        self.out.cell_break();
                    }
                    let inside = in_article || matches!(name.as_str(), "article" | "main");
                    let children: Vec<tl::NodeHandle> =
                        tag.children().top().iter().copied().collect();
                    for h in children {
                        self.walk(h, inside);
                    }
                    if block {
                        self.out.line_break();
                    }
                }
            }
            _ => {}
        }
        self.depth -= 1;
    }

    fn head(&mut self, handle: tl::NodeHandle) {
        if let Some(tl::Node::Tag(tag)) = handle.get(self.parser) {
            let name = String::from_utf8_lossy(tag.name().as_bytes()).to_ascii_lowercase();
            if name == "meta" {
                self.meta(tag);
            } else if name == "title" && self.title.is_none() {
                self.title = Some(plain_text(self.parser, self.src, handle));
            }
        }
    }
}

/// The visible text of an HTML page (see the module docs).
pub fn page_text(html: &str) -> Page {
    let blanked = blank_raw_text(html);
    // `tl` borrows `blanked`; positions in it are positions in `html`.
    let Ok(dom) = tl::parse(&blanked, tl::ParserOptions::default()) else {
        return Page::default();
    };
    let parser = dom.parser();
    let mut w = Walker {
        parser,
        src: &blanked,
        out: Builder {
            text: String::new(),
            map: OffsetMap::default(),
            pos: 0,
            pending_break: false,
            pending_cell: false,
            after_cell: false,
        },
        title: None,
        og_title: None,
        published: None,
        time: None,
        depth: 0,
    };
    for h in dom.children() {
        w.walk(*h, false);
    }
    // Text was copied from the blanked copy; outside blanked regions it equals `html`.
    let Walker {
        out,
        title,
        og_title,
        published,
        time,
        ..
    } = w;
    let (text, map) = (out.text, out.map);
    let published = published.or_else(|| json_ld_published(html).map(|(v, at)| (v, Some(at))));
    let published_weak = published.is_none() && time.is_some();
    let (published, published_at) = published
        .or(time)
        .map_or((None, None), |(v, at)| (Some(v), at));
    Page {
        text,
        map,
        title: title.filter(|t| !t.is_empty()).or(og_title),
        published,
        published_at,
        published_weak,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_grounding(html: &str, page: &Page) {
        // Every non-space character of the text maps back to source bytes that decode to it
        // (or to a character reference for it).
        for (i, c) in page.text.char_indices() {
            let (a, b) = page.map.span(i, i + c.len_utf8());
            let src = &html[a..b];
            if c == '\n' {
                assert!(src.is_empty(), "break at {i} maps to {src:?}");
            } else if c == '|' && src.is_empty() {
                // A cell separator, made up between two table cells.
            } else if !c.is_whitespace() {
                assert!(
                    src == c.to_string() || src.starts_with('&'),
                    "{c:?} maps to {src:?}"
                );
            }
        }
    }

    #[test]
    fn ok_metadata_moment_in_vietnams_time() {
        assert_eq!(
            iso_local("2025-10-16T19:05:00+07:00").as_deref(),
            Some("2025-10-16T19:05")
        );
        assert_eq!(
            iso_local("2025-10-16T12:05:00Z").as_deref(),
            Some("2025-10-16T19:05")
        );
        assert_eq!(
            iso_local("2025-12-31T20:30:00.000+0000").as_deref(),
            Some("2026-01-01T03:30")
        );
        assert_eq!(
            iso_local("2025-03-01T06:00:00+09:00").as_deref(),
            Some("2025-03-01T04:00")
        );
        assert_eq!(iso_local("2025-10-16").as_deref(), Some("2025-10-16"));
        assert_eq!(iso_local("16/10/2025"), None);
        // JSON-LD when no meta says it, a `<time>` last (and weak).
        let html = r#"<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished": "2025-08-20T17:45:00+07:00"}</script></head><body><p>Nội dung <time datetime="2025-08-20T19:10">19:10</time></p></body></html>"#;
        let page = page_text(html);
        assert_eq!(page.published.as_deref(), Some("2025-08-20T17:45"));
        assert_eq!(
            &html[page.published_at.clone().unwrap()],
            "2025-08-20T17:45:00+07:00"
        );
        assert!(!page.published_weak);
        let html = r#"<html><body><p>Nội dung</p><time datetime=" 2025-08-20T19:10 ">19:10</time></body></html>"#;
        let page = page_text(html);
        assert_eq!(page.published.as_deref(), Some("2025-08-20T19:10"));
        assert_eq!(
            &html[page.published_at.clone().unwrap()],
            "2025-08-20T19:10"
        );
        assert!(page.published_weak);
    }

    #[test]
    fn ok_visible_text_with_blocks_and_entities() {
        let html = "<html><head><title>T&amp;T</title>\
            <meta property=\"article:published_time\" content=\"2023-03-31T16:17:00+07:00\">\
            <script>if (a<b) { x = '</div>'; }</script></head><body>\
            <nav>Trang chủ</nav><h1>Hợp tác xã  Đắk&nbsp;Nông</h1>\
            <p>Ngày 30/9/2022,\n   Liên minh HTX &#273;ã ký</p><footer>© 2023</footer></body></html>";
        let page = page_text(html);
        assert_eq!(
            page.text,
            "Hợp tác xã Đắk\u{A0}Nông\nNgày 30/9/2022, Liên minh HTX đã ký"
        );
        assert_eq!(page.title.as_deref(), Some("T&T"));
        assert_eq!(page.published.as_deref(), Some("2023-03-31T16:17"));
        check_grounding(html, &page);
    }

    #[test]
    fn ok_letter_and_digit_in_adjacent_elements_are_two_words() {
        let html = "<html><body><div class=\"meta\"><span>Mạnh Trường</span><time>03/01/2020 | 08:30</time></div><p>H<sub>2</sub>O và <b>H</b>TX</p></body></html>";
        let page = page_text(html);
        assert_eq!(page.text, "Mạnh Trường 03/01/2020 | 08:30\nH 2 O và HTX");
        check_grounding(html, &page);
    }

    #[test]
    fn ok_table_rows_read_as_lines_of_cells() {
        let html = "<html><body><p>Danh sách khen thưởng:</p><table>\
            <tr><th>STT</th><th>Hình thức</th><th>Tập thể, cá nhân</th></tr>\
            <tr><td>1</td><td> Huân chương Lao động hạng Ba </td><td><p>HTX Hoằng Đạt</p></td></tr>\
            <tr><td>2</td><td><strong>Bằng khen</strong> của Thủ tướng</td><td>08 tập thể</td></tr>\
            </table><p>Hết.</p></body></html>";
        let page = page_text(html);
        assert_eq!(
            page.text,
            "Danh sách khen thưởng:\nSTT | Hình thức | Tập thể, cá nhân\n1 | Huân chương Lao động hạng Ba \nHTX Hoằng Đạt\n2 | Bằng khen của Thủ tướng | 08 tập thể\nHết."
        );
        check_grounding(html, &page);
    }

    #[test]
    fn ok_declarations_are_not_text() {
        let html = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html PUBLIC \
            \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \
            \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n\
            <html><body><h1>Liên minh HTX tỉnh tổng kết năm 2023</h1></body></html>";
        let page = page_text(html);
        assert_eq!(page.text, "Liên minh HTX tỉnh tổng kết năm 2023");
        check_grounding(html, &page);
    }

    #[test]
    fn ok_a_form_wrapping_the_page_is_kept_a_search_form_is_not() {
        let html = "<html><body><form id=\"Form\" method=\"post\">\
            <div><form><input name=\"q\">Tìm kiếm</form></div>\
            <h2>Liên minh HTX tỉnh tổng kết năm 2023</h2><p>Sáng 25/1, hội nghị diễn ra.</p>\
            </form></body></html>";
        let page = page_text(html);
        assert_eq!(
            page.text,
            "Liên minh HTX tỉnh tổng kết năm 2023\nSáng 25/1, hội nghị diễn ra."
        );
        check_grounding(html, &page);
    }

    #[test]
    fn ok_header_inside_article_is_kept() {
        let html = "<header>Site</header><article><header><h1>Tiêu đề</h1></header><p>Nội dung</p></article>";
        assert_eq!(page_text(html).text, "Tiêu đề\nNội dung");
    }

    #[test]
    fn ok_broken_html_does_not_panic() {
        for html in [
            "<",
            "<p",
            "<<>>",
            "</p></div>",
            "<script>",
            "<!--",
            "&#xFFFFFFFF;",
            "<p>a<b>c",
        ] {
            let page = page_text(html);
            check_grounding(html, &page);
        }
    }
}

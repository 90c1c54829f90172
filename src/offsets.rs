//! Offset maps: how a span of derived text (normalised text, text taken out of HTML) maps back
//! to the text it came from.
//!
//! Every stage that rewrites text records, piece by piece, which source bytes produced which
//! output bytes. A *copy* piece maps byte for byte; a *replace* piece maps a whole output run to
//! a whole source run (NFC composition, a folded space run, a deleted invisible character).
//! Looking a span up never splits a replace piece, so `source[start..end]` is always a whole
//! number of characters and always contains what produced the span.
//!
//! Offsets are byte positions here; [`CharIndex`] converts them to the character (Unicode
//! scalar value) offsets that the record format uses, at the edge.

/// One run of output bytes and the source bytes that produced it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Piece {
    out: u32,
    src: u32,
    copy: bool,
}

/// Maps byte offsets of derived text to byte offsets of its source.
#[derive(Clone, Debug, Default)]
pub struct OffsetMap {
    pieces: Vec<Piece>,
    out_len: usize,
    src_len: usize,
}

impl OffsetMap {
    /// The identity map over a text of `len` bytes.
    pub fn identity(len: usize) -> Self {
        let mut m = OffsetMap::default();
        m.push_copy(0, len);
        m
    }

    /// Length of the derived text, in bytes.
    pub fn out_len(&self) -> usize {
        self.out_len
    }

    /// Length of the source text covered so far, in bytes.
    pub fn src_len(&self) -> usize {
        self.src_len
    }

    /// Records that source bytes `src_start..src_end` were copied unchanged to the output.
    pub fn push_copy(&mut self, src_start: usize, src_end: usize) {
        debug_assert!(src_end >= src_start);
        if src_end == src_start {
            return;
        }
        let len = src_end - src_start;
        if let Some(last) = self.pieces.last() {
            if last.copy && self.src_len == src_start && (last.out as usize) < self.out_len {
                // Extends the previous copy piece.
                self.out_len += len;
                self.src_len = src_end;
                return;
            }
        }
        self.pieces.push(Piece {
            out: self.out_len as u32,
            src: src_start as u32,
            copy: true,
        });
        self.out_len += len;
        self.src_len = src_end;
    }

    /// Records that source bytes `src_start..src_end` became `out_len` bytes of other text
    /// (zero for a deletion).
    pub fn push_replace(&mut self, src_start: usize, src_end: usize, out_len: usize) {
        debug_assert!(src_end >= src_start);
        self.pieces.push(Piece {
            out: self.out_len as u32,
            src: src_start as u32,
            copy: false,
        });
        self.out_len += out_len;
        self.src_len = src_end;
    }

    /// Index of the piece that holds output byte `pos` (`pos < out_len`).
    fn piece_at(&self, pos: usize) -> usize {
        let i = self.pieces.partition_point(|p| p.out as usize <= pos);
        i.saturating_sub(1)
    }

    fn src_end_of(&self, i: usize) -> usize {
        self.pieces
            .get(i + 1)
            .map(|p| p.src as usize)
            .unwrap_or(self.src_len)
    }

    /// Source offset where the output byte `pos` starts.
    pub fn start(&self, pos: usize) -> usize {
        if self.pieces.is_empty() || pos >= self.out_len {
            return self.src_len;
        }
        let i = self.piece_at(pos);
        let p = self.pieces[i];
        if p.copy {
            p.src as usize + (pos - p.out as usize)
        } else {
            p.src as usize
        }
    }

    /// Source offset where an output span ending (exclusively) at `pos` ends.
    pub fn end(&self, pos: usize) -> usize {
        if self.pieces.is_empty() || pos == 0 {
            return self.start(0).min(self.src_len);
        }
        let pos = pos.min(self.out_len);
        let i = self.piece_at(pos - 1);
        let p = self.pieces[i];
        if p.copy {
            p.src as usize + (pos - p.out as usize)
        } else {
            self.src_end_of(i)
        }
    }

    /// Maps an output span to the source span that produced it.
    pub fn span(&self, start: usize, end: usize) -> (usize, usize) {
        if end <= start {
            let s = self.start(start);
            return (s, s);
        }
        (self.start(start), self.end(end))
    }

    /// Output byte range of piece `i`.
    fn out_range(&self, i: usize) -> (usize, usize) {
        let a = self.pieces[i].out as usize;
        let b = self
            .pieces
            .get(i + 1)
            .map_or(self.out_len, |p| p.out as usize);
        (a, b.max(a))
    }

    /// The map of a text derived in two steps: `outer` maps it to a middle text, `inner` maps
    /// the middle text to the source (e.g. text repaired from the visible text of an HTML page,
    /// and the page map). Looking a span up in the result gives what looking it up in `outer`
    /// and then in `inner` gives; replace pieces of either map are never split (a replace
    /// piece of `inner` that an `outer` piece covers in part becomes part of one replace piece
    /// of the result).
    pub fn compose(outer: &OffsetMap, inner: &OffsetMap) -> OffsetMap {
        // Pieces of the result before merging: (out start, out end, src start, src end, copy).
        let mut segs: Vec<(usize, usize, usize, usize, bool)> = Vec::new();
        for (i, p) in outer.pieces.iter().enumerate() {
            let (o0, o1) = outer.out_range(i);
            let m0 = p.src as usize;
            if !p.copy {
                let m1 = outer.src_end_of(i).max(m0);
                let (s0, s1) = if m1 > m0 {
                    inner.span(m0, m1)
                } else {
                    let s = inner.start(m0);
                    (s, s)
                };
                segs.push((o0, o1, s0, s1.max(s0), false));
                continue;
            }
            let m1 = (m0 + (o1 - o0)).min(inner.out_len);
            if m1 <= m0 || inner.pieces.is_empty() {
                continue;
            }
            let mut j = inner.piece_at(m0);
            while j < inner.pieces.len() {
                let (a, b) = inner.out_range(j);
                if a >= m1 {
                    break;
                }
                let (x, y) = (a.max(m0), b.min(m1));
                if x < y {
                    let q = inner.pieces[j];
                    let (ox, oy) = (o0 + (x - m0), o0 + (y - m0));
                    if q.copy {
                        let s = q.src as usize;
                        segs.push((ox, oy, s + (x - a), s + (y - a), true));
                    } else {
                        let s1 = inner.src_end_of(j).max(q.src as usize);
                        segs.push((ox, oy, q.src as usize, s1, false));
                    }
                }
                j += 1;
            }
        }
        // Merge pieces whose sources overlap (parts of one replace piece) into one replace.
        let mut merged: Vec<(usize, usize, usize, usize, bool)> = Vec::with_capacity(segs.len());
        for s in segs {
            match merged.last_mut() {
                Some(last) if s.2 < last.3 => {
                    last.1 = s.1;
                    last.2 = last.2.min(s.2);
                    last.3 = last.3.max(s.3);
                    last.4 = false;
                }
                _ => merged.push(s),
            }
        }
        let mut m = OffsetMap::default();
        let mut cursor = 0;
        for (o0, o1, s0, s1, copy) in merged {
            if s0 > cursor {
                // Source bytes that produced nothing (markup, a deleted character).
                m.push_replace(cursor, s0, 0);
            }
            if copy {
                m.push_copy(s0, s1);
            } else {
                m.push_replace(s0, s1, o1 - o0);
            }
            cursor = cursor.max(s1);
        }
        if inner.src_len > cursor {
            m.push_replace(cursor, inner.src_len, 0);
        }
        m
    }
}

/// Converts byte offsets of one text into character offsets, in O(1) per lookup after an
/// O(n) index build (a count every 64 bytes).
#[derive(Clone, Debug)]
pub struct CharIndex<'a> {
    text: &'a str,
    blocks: Vec<u32>,
    ascii: bool,
}

const BLOCK: usize = 64;

impl<'a> CharIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let ascii = text.is_ascii();
        let mut blocks = Vec::new();
        if !ascii {
            blocks.reserve(bytes.len() / BLOCK + 1);
            let mut count = 0u32;
            for chunk in bytes.chunks(BLOCK) {
                blocks.push(count);
                count += chunk.iter().filter(|&&b| (b & 0xC0) != 0x80).count() as u32;
            }
            blocks.push(count);
        }
        CharIndex {
            text,
            blocks,
            ascii,
        }
    }

    /// Character offset of byte offset `byte` (clamped to the text).
    pub fn char_offset(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        if self.ascii {
            return byte;
        }
        let b = byte / BLOCK;
        let base = self.blocks[b] as usize;
        let from = b * BLOCK;
        base + self.text.as_bytes()[from..byte]
            .iter()
            .filter(|&&x| (x & 0xC0) != 0x80)
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_identity_maps_every_offset_to_itself() {
        let m = OffsetMap::identity(10);
        assert_eq!(m.span(2, 7), (2, 7));
        assert_eq!(m.span(0, 10), (0, 10));
    }

    #[test]
    fn ok_replace_piece_is_never_split() {
        // source "ab\r\ncd" -> output "ab\ncd"
        let mut m = OffsetMap::default();
        m.push_copy(0, 2);
        m.push_replace(2, 4, 1);
        m.push_copy(4, 6);
        assert_eq!(m.out_len(), 5);
        assert_eq!(m.span(3, 5), (4, 6));
        assert_eq!(m.span(2, 3), (2, 4));
        assert_eq!(m.span(1, 4), (1, 5));
    }

    #[test]
    fn ok_deletion_is_skipped() {
        // source "a\u{200b}b" (a, 3-byte ZWSP, b) -> "ab"
        let mut m = OffsetMap::default();
        m.push_copy(0, 1);
        m.push_replace(1, 4, 0);
        m.push_copy(4, 5);
        assert_eq!(m.span(0, 2), (0, 5));
        assert_eq!(m.span(1, 2), (4, 5));
        assert_eq!(m.span(0, 1), (0, 1));
    }

    /// Source "a<b>&amp;</b>c" (HTML), middle text "a&c", outer text "aXYc" where "&" became
    /// "XY"; and checks every span against the two-step lookup.
    #[test]
    fn ok_compose_gives_the_two_step_lookup() {
        let mut inner = OffsetMap::default();
        inner.push_copy(0, 1); // a
        inner.push_replace(1, 4, 0); // <b>
        inner.push_replace(4, 9, 1); // &amp; -> &
        inner.push_replace(9, 13, 0); // </b>
        inner.push_copy(13, 14); // c
        let mut outer = OffsetMap::default();
        outer.push_copy(0, 1);
        outer.push_replace(1, 2, 2);
        outer.push_copy(2, 3);
        let c = OffsetMap::compose(&outer, &inner);
        assert_eq!(c.out_len(), 4);
        assert_eq!(c.src_len(), 14);
        for a in 0..=4 {
            for b in a..=4 {
                let (x, y) = outer.span(a, b);
                assert_eq!(c.span(a, b), inner.span(x, y), "{a}..{b}");
            }
        }
        assert_eq!(c.span(1, 3), (4, 9));
        assert_eq!(c.span(0, 4), (0, 14));
    }

    #[test]
    fn ok_compose_merges_a_split_replace_piece() {
        // inner: middle "xy" came from one replace of source "&xy;" (4 bytes);
        // outer copies "x" and replaces "y": both parts map to the whole reference.
        let mut inner = OffsetMap::default();
        inner.push_copy(0, 1);
        inner.push_replace(1, 5, 2);
        inner.push_copy(5, 6);
        let mut outer = OffsetMap::default();
        outer.push_copy(0, 2);
        outer.push_replace(2, 3, 3);
        outer.push_copy(3, 4);
        let c = OffsetMap::compose(&outer, &inner);
        assert_eq!(c.out_len(), 6);
        for a in 0..=6 {
            for b in a + 1..=6 {
                let (x, y) = outer.span(a, b);
                assert_eq!(c.span(a, b), inner.span(x, y), "{a}..{b}");
            }
        }
    }

    #[test]
    fn ok_compose_with_identity_is_the_same_map() {
        let mut m = OffsetMap::default();
        m.push_copy(0, 2);
        m.push_replace(2, 4, 1);
        m.push_copy(4, 6);
        let id = OffsetMap::identity(5);
        for c in [
            OffsetMap::compose(&m, &OffsetMap::identity(6)),
            OffsetMap::compose(&id, &m),
        ] {
            for a in 0..=5 {
                for b in a..=5 {
                    assert_eq!(c.span(a, b), m.span(a, b), "{a}..{b}");
                }
            }
        }
        assert_eq!(
            OffsetMap::compose(&OffsetMap::default(), &OffsetMap::default()).out_len(),
            0
        );
    }

    #[test]
    fn ok_char_index_counts_scalars() {
        let t = "Đắk Nông".repeat(20);
        let ci = CharIndex::new(&t);
        for (ci_expected, (b, _)) in t.char_indices().enumerate() {
            assert_eq!(ci.char_offset(b), ci_expected);
        }
        assert_eq!(ci.char_offset(t.len()), t.chars().count());
    }
}

//! Stage 2: split the input into lines, each in its three views, and classify each
//! line on its own (blank, noise, numbered, responsibility label, text).

use super::noise::{self, Noise};
use super::normalise::{fold_display, fold_punct, is_traditional_utf8, split_lines, to_simplified};
use super::numbering::{self, Numbering};
use super::resp;
use std::borrow::Cow;

/// What a line is, before context is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Blank,
    Noise(Noise),
    Number(Numbering),
    /// Starts with a responsibility label: 牵头单位:, 责任单位:, 完成时限: ...
    Label,
    Text,
}

/// One input line. `text()`, `folded()` and `key()` are trimmed and have the same
/// chars count; `folded()` and `key()` have the same byte length.
///
/// Each view is built only when a fold changes something: the display text borrows
/// the input line when it needs no folding, and `folded`/`key` are `None` when they
/// equal the view before them (most Chinese lines need the punctuation fold only).
#[derive(Debug, Clone)]
pub struct Line<'a> {
    /// 1-based.
    pub no: usize,
    /// Display view (see [`mod@super::normalise`]).
    text: Cow<'a, str>,
    /// The folded view when it differs from `text`.
    folded: Option<String>,
    /// The key when it differs from the folded view.
    key: Option<String>,
    pub class: Class,
}

impl<'a> Line<'a> {
    pub fn new(no: usize, raw: &'a str) -> Line<'a> {
        // One scan of the raw line builds all three views. This is the same as
        // folding for display, then punctuation, then Traditional chars, because
        // `fold_punct(c) == fold_punct(fold_display(c))` for every char, and no
        // fold makes or removes a space or tab: trimming each view on its own cuts
        // the same chars.
        let b = raw.as_bytes();
        let (mut text, mut folded, mut key) = (View::default(), View::default(), View::default());
        // Whether folded differs from text, and key from folded.
        let (mut punct, mut t2s) = (false, false);
        let mut i = 0;
        while i < b.len() {
            let lead = LEADS[b[i] as usize];
            if lead & (DISPLAY | PUNCT | T2S) == 0 {
                i += 1;
                continue;
            }
            // Nearly every Chinese char has a T2S lead byte (and no other fold):
            // test its bytes against the table before decoding it.
            if lead & (DISPLAY | PUNCT) == 0 {
                if let Some(&[b0, b1, b2]) = b.get(i..i + 3) {
                    if !is_traditional_utf8(b0, b1, b2) {
                        i += 3;
                        continue;
                    }
                }
            }
            let (c, len) = decode(b, i);
            let (d, f) = (fold_display(c), fold_punct(c));
            let k = to_simplified(f);
            text.put(raw, i, len, c, d);
            folded.put(raw, i, len, c, f);
            key.put(raw, i, len, c, k);
            punct |= f != d;
            t2s |= k != f;
            i += len;
        }
        let text = trimmed(text.finish(raw));
        let folded = punct.then(|| trimmed(folded.finish(raw)).into_owned());
        let key = t2s.then(|| trimmed(key.finish(raw)).into_owned());
        let mut line = Line {
            no,
            text,
            folded,
            key,
            class: Class::Blank,
        };
        line.class = classify(line.key());
        line
    }

    /// Display view: width and spaces folded, trimmed.
    #[inline]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Display view with full-width ASCII punctuation folded.
    #[inline]
    pub fn folded(&self) -> &str {
        self.folded.as_deref().unwrap_or(&self.text)
    }

    /// Recognition key: the folded view with Traditional keywords simplified.
    #[inline]
    pub fn key(&self) -> &str {
        match &self.key {
            Some(k) => k,
            None => self.folded(),
        }
    }

    pub fn is_blank(&self) -> bool {
        self.class == Class::Blank
    }
}

/// One view of a line while [`Line::new`] builds it: `None` as long as it equals
/// the raw line, then the folded text up to `run` (raw bytes from `run` on are
/// still to be copied).
#[derive(Default)]
struct View {
    out: Option<String>,
    run: usize,
}

impl View {
    /// The char `c` at raw byte `i` (`len` bytes) reads `m` in this view.
    #[inline]
    fn put(&mut self, raw: &str, i: usize, len: usize, c: char, m: char) {
        if m == c {
            return;
        }
        let out = self
            .out
            .get_or_insert_with(|| String::with_capacity(raw.len()));
        out.push_str(&raw[self.run..i]);
        out.push(m);
        self.run = i + len;
    }

    fn finish(self, raw: &str) -> Cow<'_, str> {
        match self.out {
            None => Cow::Borrowed(raw),
            Some(mut out) => {
                out.push_str(&raw[self.run..]);
                Cow::Owned(out)
            }
        }
    }
}

/// Without leading and trailing spaces and tabs.
fn trimmed(s: Cow<'_, str>) -> Cow<'_, str> {
    let is_space = |c: char| c == ' ' || c == '\t';
    match s {
        Cow::Borrowed(s) => Cow::Borrowed(s.trim_matches(is_space)),
        Cow::Owned(mut s) => {
            let end = s.trim_end_matches(is_space).len();
            s.truncate(end);
            let start = s.len() - s.trim_start_matches(is_space).len();
            s.drain(..start);
            Cow::Owned(s)
        }
    }
}

fn classify(key: &str) -> Class {
    if key.is_empty() {
        return Class::Blank;
    }
    if let Some(n) = noise::classify(key) {
        return Class::Noise(n);
    }
    if let Some(n) = numbering::recognise(key) {
        return Class::Number(n);
    }
    if resp::starts_with_label(key) {
        return Class::Label;
    }
    Class::Text
}

/// Lead bytes of the chars each fold may change (one bit per fold), and in the high
/// nibble the UTF-8 length of the char a lead byte starts (for walks that must go
/// char by char; a scan for the fold bits is faster byte by byte, whose steps do
/// not depend on each other).
const DISPLAY: u8 = 1;
/// On display-folded text: U+00B7, U+30FB, U+FE59/FE5A, U+FF01..FF5E.
const PUNCT: u8 = 2;
/// U+4E00..U+FFFF: the Traditional chars of [`to_simplified`].
const T2S: u8 = 4;
static LEADS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        // Continuation bytes (0x80..0xC0) never have a fold bit and are never
        // reached by a char-by-char walk; they get length 1 like ASCII.
        t[b] = match b {
            0xC0..=0xDF => 2 << 4,
            0xE0..=0xEF => 3 << 4,
            0xF0..=0xFF => 4 << 4,
            _ => 1 << 4,
        };
        b += 1;
    }
    let mut b = 0;
    while b < 0x20 {
        t[b] |= DISPLAY;
        b += 1;
    }
    t[0x7F] |= DISPLAY;
    t[0xC2] |= DISPLAY | PUNCT;
    t[0xE1] |= DISPLAY;
    t[0xE2] |= DISPLAY;
    t[0xE3] |= DISPLAY | PUNCT;
    let mut b = 0xE4;
    while b <= 0xEF {
        t[b] |= T2S;
        b += 1;
    }
    t[0xEF] |= DISPLAY | PUNCT | T2S;
    t
};

/// The char starting at byte `i` of valid UTF-8 `b`, and its length.
#[inline(always)]
fn decode(b: &[u8], i: usize) -> (char, usize) {
    let x = b[i] as u32;
    let cont = |k: usize| b.get(i + k).map_or(0, |&y| (y & 0x3F) as u32);
    let (cp, len) = if x < 0x80 {
        (x, 1)
    } else if x < 0xE0 {
        (((x & 0x1F) << 6) | cont(1), 2)
    } else if x < 0xF0 {
        (((x & 0x0F) << 12) | (cont(1) << 6) | cont(2), 3)
    } else {
        (
            ((x & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3),
            4,
        )
    };
    (char::from_u32(cp).unwrap_or('\u{FFFD}'), len)
}

/// True when `s` starts with one of `list` (first three bytes compared inline).
pub fn starts_with_any(s: &str, list: &[&str]) -> bool {
    let b = s.as_bytes();
    list.iter().any(|m| {
        let mb = m.as_bytes();
        b.len() >= mb.len() && b.iter().zip(mb).take(3).all(|(x, y)| x == y) && b.starts_with(mb)
    })
}

/// Splits and classifies every line of the input.
pub fn split(input: &str) -> Vec<Line<'_>> {
    // Sized up front (exact unless lone CRs break lines): growing a Vec of Lines
    // moves them all several times.
    // A byte count (vectorised) rather than `matches`, which stops at every LF.
    let lfs = input.bytes().filter(|&b| b == b'\n').count();
    let mut lines = Vec::with_capacity(lfs + 1);
    lines.extend(
        split_lines(input)
            .enumerate()
            .map(|(i, raw)| Line::new(i + 1, raw)),
    );
    lines
}

/// The byte offset in `s` of char number `n` (or `s.len()`).
pub fn byte_of_char(s: &str, n: usize) -> usize {
    s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)
}

/// The prefix of `display` that has as many chars as `folded[..byte]`.
pub fn display_prefix<'a>(display: &'a str, folded: &str, byte: usize) -> &'a str {
    let byte = byte.min(folded.len());
    if !folded.is_char_boundary(byte) {
        return "";
    }
    // One walk over both views, char by char (lengths from the lead bytes): char n
    // of `display` is the fold of char n of `folded`'s source, so when `folded` has
    // reached `byte`, `display` has reached the matching char.
    let (d, f) = (display.as_bytes(), folded.as_bytes());
    // Fast path: where the two views have the same bytes they have the same chars,
    // so the walk may start at the last char start of their common prefix (most
    // headings differ only at their first full-width comma, or not at all).
    let common = d
        .iter()
        .zip(f)
        .take(byte)
        .take_while(|(x, y)| x == y)
        .count();
    if common == byte {
        // `folded[..byte]` is whole chars, so is the identical `display[..byte]`.
        return &display[..byte];
    }
    let mut start = common;
    while !display.is_char_boundary(start) {
        start -= 1;
    }
    let (mut i, mut j) = (start, start);
    while j < byte && i < d.len() {
        i += (LEADS[d[i] as usize] >> 4) as usize;
        j += (LEADS[f[j] as usize] >> 4) as usize;
    }
    &display[..i]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn views_are_aligned() {
        let l = Line::new(3, "\u{3000}（一）地區　２０２３年，牽頭單位：區財政局 ");
        assert_eq!(l.no, 3);
        assert_eq!(l.text(), "（一）地區 2023年，牽頭單位：區財政局");
        assert_eq!(l.folded(), "(一)地區 2023年,牽頭單位:區財政局");
        assert_eq!(l.key(), "(一)地区 2023年,牵头单位:区财政局");
        assert_eq!(l.text().chars().count(), l.folded().chars().count());
        assert_eq!(l.folded().len(), l.key().len());
        assert!(matches!(l.class, Class::Number(_)));
    }

    #[test]
    fn one_scan_equals_three_folds() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let mut raws: Vec<String> = [
            "\u{3000}\t（一）ａ·・，\u{200B}x\u{1}\u{7F}\u{FEFF}\u{FE59}區\u{2022} ",
            "\u{3000}",
            "",
            "é漢字\u{10FFFF}\u{1F600}",
        ]
        .map(String::from)
        .to_vec();
        for e in std::fs::read_dir(dir).unwrap().filter_map(Result::ok) {
            if let Ok(text) = std::fs::read_to_string(e.path()) {
                raws.extend(split_lines(&text).map(String::from));
            }
        }
        for raw in &raws {
            let text: String = raw.chars().map(fold_display).collect();
            let text = text.trim_matches([' ', '\t']);
            let folded: String = text.chars().map(fold_punct).collect();
            let key: String = folded.chars().map(to_simplified).collect();
            let l = Line::new(1, raw);
            assert_eq!(l.text(), text, "{raw:?}");
            assert_eq!(l.folded(), folded, "{raw:?}");
            assert_eq!(l.key(), key, "{raw:?}");
            assert_eq!(l.folded.is_none(), folded == text, "{raw:?}");
            assert_eq!(l.key.is_none(), key == folded, "{raw:?}");
            assert_eq!(
                matches!(l.text, Cow::Borrowed(_)),
                text == raw.trim_matches([' ', '\t'])
            );
        }
    }

    #[test]
    fn classes() {
        assert_eq!(Line::new(1, " \u{3000}\t").class, Class::Blank);
        assert_eq!(Line::new(1, "责任单位:区财政局").class, Class::Label);
        assert_eq!(Line::new(1, "目标任务:优化教育布局").class, Class::Text);
        assert!(matches!(Line::new(1, "朗读").class, Class::Noise(_)));
    }

    #[test]
    fn prefixes() {
        assert_eq!(display_prefix("（一）地区", "(一)地区", 5), "（一）");
        assert_eq!(display_prefix("ab", "ab", 99), "ab");
        assert_eq!(display_prefix("（一）地区", "(一)地区", 2), "");
        assert_eq!(display_prefix("a·b，c", "a•b,c", 5), "a·b");
        assert_eq!(display_prefix("a·b，c", "a•b,c", 6), "a·b，");
        assert_eq!(display_prefix("a·b，c", "a•b,c", 0), "");
        // Views that part in the middle of a char (same lead byte).
        assert_eq!(display_prefix("aé b", "aè b", 4), "aé ");
        assert_eq!(display_prefix("aé b", "aè b", 3), "aé");
        assert_eq!(display_prefix("ab，c", "ab,c", 2), "ab");
        assert_eq!(display_prefix("ab，c", "ab,c", 3), "ab，");
    }
}

//! Views of a text that travel together. A *folded* text (full-width ASCII folded,
//! names are cut from it) and its recognition *key* (Traditional simplified too) have
//! the same chars at the same byte offsets (see [`mod@super::normalise`]); [`Keyed`]
//! holds both and slices them together, so that the offsets found in the key always
//! cut the folded text at the same chars.

use std::ops::Range;

/// A folded text and its key, of the same byte length.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Keyed<'a> {
    folded: &'a str,
    key: &'a str,
}

impl<'a> Keyed<'a> {
    /// The pair, if the views agree in length (they always do when both come from
    /// the same line's views; a mismatch gives an empty text rather than a panic).
    pub fn new(folded: &'a str, key: &'a str) -> Keyed<'a> {
        if folded.len() == key.len() {
            Keyed { folded, key }
        } else {
            Keyed::default()
        }
    }

    /// A text that needs no folding (tests, and words already in key form).
    pub fn plain(s: &'a str) -> Keyed<'a> {
        Keyed { folded: s, key: s }
    }

    pub fn folded(&self) -> &'a str {
        self.folded
    }

    pub fn key(&self) -> &'a str {
        self.key
    }

    pub fn len(&self) -> usize {
        self.key.len()
    }

    pub fn is_empty(&self) -> bool {
        self.key.is_empty()
    }

    /// Both views cut at the byte range `r` of the key (empty when `r` does not fall
    /// on char boundaries).
    pub fn slice(&self, r: Range<usize>) -> Keyed<'a> {
        match (self.folded.get(r.clone()), self.key.get(r)) {
            (Some(folded), Some(key)) => Keyed { folded, key },
            _ => Keyed::default(),
        }
    }

    pub fn from(&self, at: usize) -> Keyed<'a> {
        self.slice(at..self.len())
    }

    pub fn to(&self, at: usize) -> Keyed<'a> {
        self.slice(0..at)
    }

    /// Both views without the chars `pat` matches in the key at either end.
    pub fn trim_matches(&self, pat: impl Fn(char) -> bool) -> Keyed<'a> {
        let start = self.key.len() - self.key.trim_start_matches(&pat).len();
        let end = self.key.trim_end_matches(&pat).len().max(start);
        self.slice(start..end)
    }

    pub fn strip_prefix(&self, p: &str) -> Option<Keyed<'a>> {
        self.key.starts_with(p).then(|| self.from(p.len()))
    }

    pub fn strip_suffix(&self, s: &str) -> Option<Keyed<'a>> {
        self.key
            .ends_with(s)
            .then(|| self.to(self.key.len() - s.len()))
    }
}

/// The length in bytes of the UTF-8 char whose first byte is `b`.
#[inline]
fn utf8_len(b: u8) -> usize {
    match b {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

/// True when `s` starts with one of `list` (first three bytes compared inline).
pub fn starts_with_any(s: &str, list: &[&str]) -> bool {
    let b = s.as_bytes();
    list.iter().any(|m| {
        let mb = m.as_bytes();
        b.len() >= mb.len() && b.iter().zip(mb).take(3).all(|(x, y)| x == y) && b.starts_with(mb)
    })
}

/// Whether `s` contains one of `words`, given `first`, a test that holds for the
/// first char of every word: one pass over the chars, comparing words only where
/// such a char is (a `contains` per word costs a searcher set-up each, which
/// dominates on short lines).
pub fn contains_any(s: &str, words: &[&str], first: impl Fn(char) -> bool) -> bool {
    s.char_indices()
        .any(|(i, c)| first(c) && words.iter().any(|w| s[i..].starts_with(w)))
}

/// Marks that end or part a sentence: a title, a header cell or a name has none of them.
pub const SENTENCE_MARKS: [char; 6] = ['。', ',', ';', ':', '!', '?'];

/// Whether `s` has a mark of a sentence ([`SENTENCE_MARKS`]).
pub fn has_sentence_mark(s: &str) -> bool {
    s.contains(SENTENCE_MARKS)
}

/// The value of `k` when it is one to `most` ASCII digits and nothing else ("1", "01",
/// "125"): a number alone, as a table's 序号 cell or a badge above a title gives it.
pub fn digits_value(k: &str, most: usize) -> Option<u32> {
    ((1..=most).contains(&k.len()) && k.bytes().all(|b| b.is_ascii_digit()))
        .then(|| k.parse().ok())
        .flatten()
}

/// Whether `c` is a CJK unified ideograph (the basic block, U+4E00–U+9FFF): a char of
/// a Chinese word.
pub fn is_ideograph(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
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
    let n = byte.min(d.len());
    let mut common = 0;
    // 16 bytes at a time (a fixed-size compare is two word compares), then by byte.
    while common + 16 <= n && d[common..common + 16] == f[common..common + 16] {
        common += 16;
    }
    while common < n && d[common] == f[common] {
        common += 1;
    }
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
        i += utf8_len(d[i]);
        j += utf8_len(f[j]);
    }
    &display[..i]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_both_views_together() {
        let k = Keyed::new("(一)區財政局", "(一)区财政局");
        assert_eq!(k.from(5).folded(), "區財政局");
        assert_eq!(k.from(5).key(), "区财政局");
        assert_eq!(k.strip_suffix("局").map(|s| s.folded()), Some("(一)區財政"));
        // Mismatched views and ranges off char boundaries give empty texts.
        assert!(Keyed::new("ab", "abc").is_empty());
        assert!(k.slice(0..6).is_empty());
        assert_eq!(
            Keyed::plain(" 、X、 ")
                .trim_matches(|c| c == ' ' || c == '、')
                .key(),
            "X"
        );
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

    #[test]
    fn digits_alone_up_to_a_count() {
        assert_eq!(digits_value("01", 2), Some(1));
        assert_eq!(digits_value("125", 3), Some(125));
        assert_eq!(digits_value("125", 2), None);
        assert_eq!(digits_value("", 3), None);
        assert_eq!(digits_value("1a", 3), None);
        assert_eq!(digits_value("+1", 3), None);
    }
}

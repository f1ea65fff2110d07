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
}

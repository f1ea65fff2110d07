//! Keyword highlighting for the outline.

use std::ops::Range;

use super::fold::{fold_str, terms};

/// Splits `text` into byte ranges on char boundaries that cover it exactly, in order,
/// `true` for the parts that match a term of `keyword`. Matching ignores case and
/// full/half width (１２ matches 12, ＡＢ matches ab); every whitespace-separated term
/// is highlighted, overlapping matches merge. Without a match (or without a keyword)
/// the result is one unhighlighted range — `0..0` for an empty text.
pub fn highlight(text: &str, keyword: &str) -> Vec<(Range<usize>, bool)> {
    let plain = || vec![(0..text.len(), false)];
    let terms = terms(keyword);
    if terms.is_empty() || text.is_empty() {
        return plain();
    }
    // Each char folds to one char, so the k-th char of `folded` is the k-th of `text`
    // (their byte lengths may differ: Ａ is 3 bytes, a is 1).
    let folded = fold_str(text);
    let mut hits: Vec<Range<usize>> = Vec::new();
    for term in &terms {
        let mut from = 0;
        while let Some(at) = folded[from..].find(term.as_str()) {
            let start = from + at;
            hits.push(start..start + term.len());
            // Next search from the next char: overlapping matches count.
            from = start + folded[start..].chars().next().map_or(1, char::len_utf8);
        }
    }
    if hits.is_empty() {
        return plain();
    }
    crate::sort::sort_by_key(&mut hits, |r| r.start);

    // Walk both strings char by char, translating folded offsets to text offsets.
    let mut out: Vec<(Range<usize>, bool)> = Vec::new();
    let mut hit = hits.iter().peekable();
    let mut marked_until = 0; // folded byte offset up to which chars are highlighted
    for ((tb, tc), (fb, _)) in text.char_indices().zip(folded.char_indices()) {
        while let Some(r) = hit.peek() {
            if r.start > fb {
                break;
            }
            marked_until = marked_until.max(r.end);
            hit.next();
        }
        let m = fb < marked_until;
        let end = tb + tc.len_utf8();
        match out.last_mut() {
            Some((r, flag)) if *flag == m => r.end = end,
            _ => out.push((tb..end, m)),
        }
    }
    out
}

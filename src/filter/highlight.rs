//! Keyword highlighting for the outline.

use std::ops::Range;

use super::fold::{fold_char, terms};

/// Splits `text` into byte ranges on char boundaries that cover it exactly, in order,
/// `true` for the parts that match a term of `keyword`. Matching ignores case and
/// full/half width (１２ matches 12, ＡＢ matches ab); every whitespace-separated term
/// is highlighted, overlapping matches merge. Without a match (or without a keyword)
/// the result is one unhighlighted range — `0..0` for an empty text.
pub fn highlight(text: &str, keyword: &str) -> Vec<(Range<usize>, bool)> {
    let terms = terms(keyword);
    if terms.is_empty() || text.is_empty() {
        return vec![(0..text.len(), false)];
    }
    // Each char folds to one char: folded char k is original char k.
    let starts: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    let folded: Vec<char> = text.chars().map(fold_char).collect();
    let mut marked = vec![false; folded.len()];
    for term in &terms {
        let term: Vec<char> = term.chars().collect();
        if term.len() > folded.len() {
            continue;
        }
        for at in 0..=folded.len() - term.len() {
            if folded[at..at + term.len()] == term[..] {
                marked[at..at + term.len()].fill(true);
            }
        }
    }
    let mut out: Vec<(Range<usize>, bool)> = Vec::new();
    for (k, &m) in marked.iter().enumerate() {
        let start = starts[k];
        let end = starts.get(k + 1).copied().unwrap_or(text.len());
        match out.last_mut() {
            Some((r, flag)) if *flag == m => r.end = end,
            _ => out.push((start..end, m)),
        }
    }
    out
}

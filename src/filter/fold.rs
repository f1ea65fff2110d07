//! Folding for keyword search: case and full/half width do not matter.
//!
//! Every char folds to exactly one char, so char positions in folded text are char
//! positions in the original (which [`highlight`](super::highlight) relies on).

/// Folds one char: full-width ASCII (Ａ, １, （) to half width, the ideographic space
/// to a space, then to lower case where that is a single char.
pub fn fold_char(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        '\0'..='\u{7f}' => c,
        // CJK and most other scripts in a Chinese government document: no case.
        '\u{2e80}'..='\u{fefe}' => {
            if c == '\u{3000}' {
                ' '
            } else {
                c
            }
        }
        '\u{ff01}'..='\u{ff5e}' => {
            char::from_u32(c as u32 - 0xfee0).map_or(c, |h| h.to_ascii_lowercase())
        }
        _ => {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) => l,
                _ => c,
            }
        }
    }
}

/// Folds every char of `s` (see [`fold_char`]).
pub fn fold_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(&mut out, s);
    out
}

/// Appends `s`, folded, to `out`.
pub(crate) fn fold_into(out: &mut String, s: &str) {
    // Copy runs of chars that fold to themselves (most of a Chinese text) as slices.
    let mut run = 0;
    for (i, c) in s.char_indices() {
        let f = fold_char(c);
        if f != c {
            out.push_str(&s[run..i]);
            out.push(f);
            run = i + c.len_utf8();
        }
    }
    out.push_str(&s[run..]);
}

/// The folded, non-empty, whitespace-separated terms of a keyword.
pub(crate) fn terms(keyword: &str) -> Vec<String> {
    fold_str(keyword)
        .split_whitespace()
        .map(str::to_owned)
        .collect()
}

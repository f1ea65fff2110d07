//! Keyword highlighting: exact ranges, and a property that they always tile the text.

use duban::filter::{fold_char, fold_str, highlight};
use proptest::prelude::*;

/// The highlighted parts as strings, for readable assertions.
fn parts(text: &str, keyword: &str) -> Vec<(String, bool)> {
    highlight(text, keyword)
        .into_iter()
        .map(|(r, m)| (text[r].to_owned(), m))
        .collect()
}

fn p(list: &[(&str, bool)]) -> Vec<(String, bool)> {
    list.iter().map(|&(s, m)| (s.to_owned(), m)).collect()
}

#[test]
fn no_keyword_one_plain_range() {
    assert_eq!(highlight("推进招商引资", ""), [(0..18, false)]);
    assert_eq!(highlight("推进招商引资", "  \u{3000}"), [(0..18, false)]);
    assert_eq!(highlight("", "招商"), [(0..0, false)]);
    assert_eq!(highlight("推进", "招商"), [(0..6, false)]);
}

#[test]
fn chinese_byte_ranges() {
    assert_eq!(
        highlight("推进招商引资工作", "招商"),
        [(0..6, false), (6..12, true), (12..24, false)]
    );
    assert_eq!(highlight("招商", "招商"), [(0..6, true)]);
}

#[test]
fn width_and_case_variants() {
    assert_eq!(
        parts("举办ＡＢＣ论坛１２场", "abc 12"),
        p(&[
            ("举办", false),
            ("ＡＢＣ", true),
            ("论坛", false),
            ("１２", true),
            ("场", false)
        ])
    );
    assert_eq!(
        parts("举办abc论坛12场", "ＡＢＣ"),
        p(&[("举办", false), ("abc", true), ("论坛12场", false)])
    );
    assert_eq!(
        parts("市（区）级", "(区)"),
        p(&[("市", false), ("（区）", true), ("级", false)])
    );
}

#[test]
fn several_terms_and_overlaps_merge() {
    assert_eq!(
        parts("招商引资，引资招商", "招商 引资"),
        p(&[("招商引资", true), ("，", false), ("引资招商", true)])
    );
    assert_eq!(parts("aaa", "aa"), p(&[("aaa", true)]));
    assert_eq!(parts("abcd", "ab cd"), p(&[("abcd", true)]));
    assert_eq!(
        parts("xabx", "ab b"),
        p(&[("x", false), ("ab", true), ("x", false)])
    );
}

#[test]
fn mixed_widths_in_one_text() {
    // 𠀀 is 4 bytes, é 2, 中 3: ranges stay on char boundaries.
    assert_eq!(
        parts("𠀀é中Ａé", "中a"),
        p(&[("𠀀é", false), ("中Ａ", true), ("é", false)])
    );
}

fn check_tiles(text: &str, keyword: &str) {
    let ranges = highlight(text, keyword);
    assert!(!ranges.is_empty());
    let mut at = 0;
    let mut last: Option<bool> = None;
    for (r, m) in &ranges {
        assert_eq!(r.start, at);
        assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        assert!(r.end > r.start || text.is_empty());
        assert_ne!(last, Some(*m), "adjacent ranges must differ");
        last = Some(*m);
        at = r.end;
    }
    assert_eq!(at, text.len());
}

/// Reference: mark each char covered by an occurrence of a folded term, char by char.
fn naive(text: &str, keyword: &str) -> Vec<bool> {
    let folded: Vec<char> = text.chars().map(fold_char).collect();
    let mut marked = vec![false; folded.len()];
    for term in fold_str(keyword).split_whitespace() {
        let term: Vec<char> = term.chars().collect();
        for at in 0..folded.len().saturating_sub(term.len() - 1) {
            if folded[at..at + term.len()] == term[..] {
                marked[at..at + term.len()].fill(true);
            }
        }
    }
    marked
}

/// The flag of each char according to `highlight`.
fn flags(text: &str, keyword: &str) -> Vec<bool> {
    highlight(text, keyword)
        .into_iter()
        .flat_map(|(r, m)| text[r].chars().map(move |_| m))
        .collect()
}

proptest! {
    #[test]
    fn agrees_with_the_naive_reference(
        text in "[招商引资ＡＢabAB１2 （）(),，\u{3000}ſK]{0,30}",
        keyword in "[招商ＡbA1２ （)\u{3000}ſk]{0,6}",
    ) {
        prop_assert_eq!(flags(&text, &keyword), naive(&text, &keyword));
    }


    #[test]
    fn ranges_tile_any_text(text in any::<String>(), keyword in any::<String>()) {
        check_tiles(&text, &keyword);
    }

    #[test]
    fn ranges_tile_chinese_text(
        text in "[招商引资ＡＢab１2 （）(),，\u{3000}]{0,40}",
        keyword in "[招商ＡbA1２ （)\u{3000}]{0,6}",
    ) {
        check_tiles(&text, &keyword);
        if keyword.split_whitespace().next().is_none() {
            prop_assert_eq!(highlight(&text, &keyword).len(), 1);
        }
    }
}

//! Texts too long for one row of the page. A paste can join thousands of lines into one
//! task (16,000 lines of `（` make one 16,000-char text with no break opportunity), and
//! laying out such a text can stall the page for seconds or minutes. A row shows the
//! first [`FOLD_CHARS`] chars and folds the rest behind 展开; unfolded, the text is laid
//! out in pieces of [`PIECE_CHARS`] with a break opportunity between them.

/// The most chars a row shows of a task's text (or of its paragraphs) before 展开. Real
/// tasks are rarely above a few hundred.
pub const FOLD_CHARS: usize = 1_000;

/// An unfolded long text is laid out in pieces of this many chars, each followed by a
/// break opportunity (`<wbr>`), so that no run the line breaker must measure whole is
/// longer than this.
pub const PIECE_CHARS: usize = 100;

/// How a text is shown in a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowText<'a> {
    /// Short enough: the whole text.
    Whole(&'a str),
    /// Longer than [`FOLD_CHARS`]: the first chars, and how many the text has.
    Folded { head: &'a str, chars: usize },
}

/// How `text` is shown in a row.
pub fn row_text(text: &str) -> RowText<'_> {
    match text.char_indices().nth(FOLD_CHARS) {
        None => RowText::Whole(text),
        Some((cut, _)) => RowText::Folded {
            head: &text[..cut],
            chars: FOLD_CHARS + text[cut..].chars().count(),
        },
    }
}

/// `text` in consecutive pieces of at most `size` chars (at least 1), cut on char
/// boundaries; together they are `text`.
pub fn pieces(text: &str, size: usize) -> Vec<&str> {
    let size = size.max(1);
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let cut = rest.char_indices().nth(size).map_or(rest.len(), |(i, _)| i);
        out.push(&rest[..cut]);
        rest = &rest[cut..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_texts_are_whole_long_ones_folded() {
        assert_eq!(row_text("推进工作"), RowText::Whole("推进工作"));
        let exact = "（".repeat(FOLD_CHARS);
        assert_eq!(row_text(&exact), RowText::Whole(&exact));
        let long = format!("推进工作{}", "（".repeat(16_000));
        match row_text(&long) {
            RowText::Folded { head, chars } => {
                assert_eq!(head.chars().count(), FOLD_CHARS);
                assert!(long.starts_with(head));
                assert_eq!(chars, 16_004);
            }
            whole => panic!("not folded: {} chars", format!("{whole:?}").len()),
        }
    }

    #[test]
    fn pieces_cover_the_text_on_char_boundaries() {
        let text = format!("甲{}b", "（".repeat(250));
        let p = pieces(&text, PIECE_CHARS);
        assert_eq!(p.len(), 3);
        assert!(p.iter().all(|s| s.chars().count() <= PIECE_CHARS));
        assert_eq!(p.concat(), text);
        assert!(pieces("", 10).is_empty());
        assert_eq!(pieces("ab", 0), ["a", "b"]);
    }
}

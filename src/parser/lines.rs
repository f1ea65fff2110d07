//! Stage 2: split the input into lines, each in its three views, and classify each
//! line on its own (blank, noise, numbered, responsibility label, text).

use super::noise::{self, Noise};
use super::normalise::{fold_display, fold_punct, key_char, split_lines};
use super::numbering::{self, Numbering};
use super::resp;

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

/// One input line. `text`, `folded` and `key` are trimmed and have the same chars
/// count; `folded` and `key` have the same byte length.
#[derive(Debug, Clone)]
pub struct Line {
    /// 1-based.
    pub no: usize,
    /// Display view (see [`super::normalise`]).
    pub text: String,
    pub folded: String,
    pub key: String,
    pub class: Class,
}

impl Line {
    pub fn new(no: usize, raw: &str) -> Line {
        let display = raw.chars().map(fold_display);
        let is_space = |c: &char| *c == ' ' || *c == '\t';
        let text: String = {
            let s: String = display.collect();
            s.trim_matches(|c| is_space(&c)).to_string()
        };
        let folded: String = text.chars().map(fold_punct).collect();
        let key: String = folded.chars().map(key_char).collect();
        let class = classify(&key);
        Line {
            no,
            text,
            folded,
            key,
            class,
        }
    }

    pub fn is_blank(&self) -> bool {
        self.class == Class::Blank
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

/// Splits and classifies every line of the input.
pub fn split(input: &str) -> Vec<Line> {
    split_lines(input)
        .enumerate()
        .map(|(i, raw)| Line::new(i + 1, raw))
        .collect()
}

/// The byte offset in `s` of char number `n` (or `s.len()`).
pub fn byte_of_char(s: &str, n: usize) -> usize {
    s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)
}

/// The prefix of `display` that has as many chars as `folded[..byte]`.
pub fn display_prefix<'a>(display: &'a str, folded: &str, byte: usize) -> &'a str {
    let n = folded
        .get(..byte.min(folded.len()))
        .map_or(0, |s| s.chars().count());
    &display[..byte_of_char(display, n)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn views_are_aligned() {
        let l = Line::new(3, "\u{3000}（一）地區　２０２３年，牽頭單位：區財政局 ");
        assert_eq!(l.no, 3);
        assert_eq!(l.text, "（一）地區 2023年，牽頭單位：區財政局");
        assert_eq!(l.folded, "(一)地區 2023年,牽頭單位:區財政局");
        assert_eq!(l.key, "(一)地区 2023年,牵头单位:区财政局");
        assert_eq!(l.text.chars().count(), l.folded.chars().count());
        assert_eq!(l.folded.len(), l.key.len());
        assert!(matches!(l.class, Class::Number(_)));
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
    }
}

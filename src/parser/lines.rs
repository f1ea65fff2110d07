//! Stage 2: split the input into lines, each in its three views, and classify each
//! line on its own (blank, noise, numbered, responsibility label, text).

use super::noise::{self, Noise};
use super::normalise::{fold_display, fold_punct, split_lines, to_simplified};
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
    /// Display view (see [`mod@super::normalise`]).
    pub text: String,
    pub folded: String,
    pub key: String,
    pub class: Class,
}

impl Line {
    pub fn new(no: usize, raw: &str) -> Line {
        let is_space = |c: char| c == ' ' || c == '\t';
        let mut text = map_runs(raw, fold_display);
        let end = text.trim_end_matches(is_space).len();
        text.truncate(end);
        let start = text.len() - text.trim_start_matches(is_space).len();
        text.drain(..start);
        let folded = map_runs(&text, fold_punct);
        let key = map_runs(&folded, to_simplified);
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

/// Maps every char of `s` through `f`, copying unchanged runs in one go (most chars
/// of a Chinese text are unchanged by every fold).
fn map_runs(s: &str, f: impl Fn(char) -> char) -> String {
    let mut out = String::with_capacity(s.len());
    let mut run = 0;
    for (i, c) in s.char_indices() {
        let m = f(c);
        if m != c {
            out.push_str(&s[run..i]);
            out.push(m);
            run = i + c.len_utf8();
        }
    }
    out.push_str(&s[run..]);
    out
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

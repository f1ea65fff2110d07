//! Stage 1: character folding and line splitting.
//!
//! Every fold here maps one char to exactly one char, so positions counted in chars
//! are the same in the original line, the display text and the recognition key.
//! Three views of a line are used:
//! - *display* ([`fold_display`]): full-width digits/letters to ASCII, every kind of
//!   space to U+0020; Chinese punctuation kept. This is what [`normalise`] returns and
//!   what node texts are cut from.
//! - *folded* ([`fold_punct`] on top): full-width ASCII punctuation (，（）：；．) to
//!   ASCII. Unit and leader names are cut from it ("as written, full-width folded").
//! - *key* ([`to_simplified`] on top): Traditional characters of the vocabulary the
//!   parser looks for mapped to Simplified. A mapped char has the same UTF-8 length
//!   as its source, so byte offsets in the key are valid in the folded view.

/// Folds full-width ASCII letters and digits and all space characters.
pub fn fold_display(c: char) -> char {
    match c {
        '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' => shift_fullwidth(c),
        '\u{3000}' | '\u{00A0}' | '\u{2000}'..='\u{200B}' | '\u{202F}' | '\u{205F}' => ' ',
        '\u{FEFF}' | '\u{180E}' | '\u{2060}' => ' ',
        '\t' => '\t',
        c if (c as u32) < 0x20 || c == '\u{7F}' => ' ',
        c => c,
    }
}

/// [`fold_display`] plus full-width ASCII punctuation to ASCII.
pub fn fold_punct(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => shift_fullwidth(c),
        // Small form variants ("1﹒", "﹙一﹚").
        '\u{FE50}' => ',',
        '\u{FE51}' => '、',
        '\u{FE52}' => '.',
        '\u{FE54}' => ';',
        '\u{FE55}' => ':',
        '\u{FE56}' => '?',
        '\u{FE57}' => '!',
        '\u{FE59}' => '(',
        '\u{FE5A}' => ')',
        '\u{2022}' | '\u{00B7}' | '\u{30FB}' => '\u{2022}',
        c => fold_display(c),
    }
}

/// The chars of three UTF-8 bytes (U+0800..U+FFFF) that [`fold_display`] or
/// [`fold_punct`] change, as inclusive ranges (a test checks them against the folds).
pub(super) const FOLDED_3_BYTE: [(u32, u32); 11] = [
    (0x180E, 0x180E),
    (0x2000, 0x200B),
    (0x202F, 0x202F),
    (0x205F, 0x2060),
    (0x3000, 0x3000),
    (0x30FB, 0x30FB),
    (0xFE50, 0xFE52),
    (0xFE54, 0xFE57),
    (0xFE59, 0xFE5A),
    (0xFEFF, 0xFEFF),
    (0xFF01, 0xFF5E),
];

fn shift_fullwidth(c: char) -> char {
    char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
}

/// Folds a whole text for display: [`fold_display`] on every char, line breaks
/// (CRLF, CR, LF) to LF. Line numbers are unchanged, and `normalise` is idempotent.
pub fn normalise(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    for (i, line) in split_lines(input).enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.extend(line.chars().map(fold_display));
    }
    out
}

/// Vowels with a tone mark, as pinyin annotations write them.
const TONE_VOWELS: &str = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü";

/// A vowel of `TONE_VOWELS`: all are Latin letters below U+0200, so the text's own
/// chars (CJK, ASCII) are told apart by their code alone.
fn is_tone_vowel(c: char) -> bool {
    ('\u{E0}'..'\u{200}').contains(&c) && TONE_VOWELS.contains(c)
}

/// Whether `c` may be in a pinyin annotation ("xué").
pub(crate) fn is_pinyin_char(c: char) -> bool {
    c.is_ascii_lowercase() || is_tone_vowel(c)
}

/// The longest pinyin annotation, in chars ("zhuàng").
const MAX_PINYIN_CHARS: usize = 7;

/// The text without the pinyin annotations some web sites insert after characters
/// ("學(xué)習(xí)" → "學習"): a bracket right after a CJK character holding only
/// pinyin letters, with a tone mark. Line breaks are kept, so line numbers do not
/// change. Borrowed when there is nothing to remove (no tone mark at all).
pub fn strip_pinyin(input: &str) -> std::borrow::Cow<'_, str> {
    // An annotation is a bracket right after a character: only the brackets are
    // looked at (found by memchr), and the few chars after each.
    let maybe = input
        .match_indices('(')
        .chain(input.match_indices('（'))
        .any(|(i, _)| {
            input[i..]
                .chars()
                .take(MAX_PINYIN_CHARS + 2)
                .any(|c| c != 'ü' && is_tone_vowel(c))
        });
    if !maybe {
        return std::borrow::Cow::Borrowed(input);
    }
    let mut out = String::with_capacity(input.len());
    let mut prev_cjk = false;
    let mut rest = input;
    while let Some(c) = rest.chars().next() {
        if prev_cjk && (c == '(' || c == '（') {
            if let Some(len) = annotation_len(rest) {
                rest = &rest[len..];
                continue;
            }
        }
        out.push(c);
        prev_cjk = super::text::is_ideograph(c);
        rest = &rest[c.len_utf8()..];
    }
    std::borrow::Cow::Owned(out)
}

/// The text without what some web sites insert into a document's text: pinyin
/// annotations ([`strip_pinyin`]) and a word-segmentation mark "@@" after words
/// ("广东@@省人民政府@@", "(一@@)", c1302, c10627), which no document writes. Line
/// breaks are kept, so line numbers do not change, and a line with text keeps some.
/// Borrowed when there is nothing to remove.
pub fn strip_insertions(input: &str) -> std::borrow::Cow<'_, str> {
    match strip_markup(input) {
        std::borrow::Cow::Borrowed(b) => strip_marks(b),
        // (Not copied again when there is no mark to strip after the markup.)
        std::borrow::Cow::Owned(o) => match strip_marks(&o) {
            std::borrow::Cow::Borrowed(_) => std::borrow::Cow::Owned(o),
            std::borrow::Cow::Owned(s) => std::borrow::Cow::Owned(s),
        },
    }
}

/// HTML's named spaces, as a page's source writes them ("&emsp;&emsp;一、总体要求").
const SPACE_ENTITIES: [&str; 4] = ["&emsp;", "&ensp;", "&nbsp;", "&#12288;"];

/// The most marks of a Markdown heading ("######").
const MAX_HEADING_MARKS: usize = 6;

/// The text without the markup of a document's source kept as it is (a repository of
/// Markdown files, a page's HTML, held-out c13140–c13142): HTML's named spaces read as
/// the space each stands for, and a Markdown heading's marks before a line's text
/// ("### 一、总体要求" → "一、总体要求"; not "3#楼"). Line breaks are kept, so line
/// numbers do not change. Borrowed when there is nothing to change.
pub fn strip_markup(input: &str) -> std::borrow::Cow<'_, str> {
    let entities = input.contains('&') && SPACE_ENTITIES.iter().any(|e| input.contains(e));
    // (Only a # that opens a line, after spaces, may be a heading's: "4#地块" is not.)
    let headings = input.match_indices('#').any(|(at, _)| {
        input[..at]
            .chars()
            .rev()
            .find(|&c| c == '\n' || c == '\r' || fold_display(c) != ' ')
            .is_none_or(|c| c == '\n' || c == '\r')
    });
    if !entities && !headings {
        return std::borrow::Cow::Borrowed(input);
    }
    let mut out = String::with_capacity(input.len());
    // The lines [`split_lines`] gives, each a slice of `input`: what lies between two
    // of them is the line break, copied as it is.
    let mut done = 0;
    for line in split_lines(input) {
        let start = line.as_ptr() as usize - input.as_ptr() as usize;
        out.push_str(&input[done..start]);
        out.push_str(&unmarked_line(line, entities));
        done = start + line.len();
    }
    out.push_str(&input[done..]);
    std::borrow::Cow::Owned(out)
}

/// One line of [`strip_markup`]: never made blank (a line of marks or entities alone
/// stays as it was).
fn unmarked_line(line: &str, entities: bool) -> std::borrow::Cow<'_, str> {
    let is_space = |c: char| fold_display(c).is_whitespace();
    let mut out = std::borrow::Cow::Borrowed(line);
    if entities && line.contains('&') {
        for e in SPACE_ENTITIES {
            if out.contains(e) {
                out = std::borrow::Cow::Owned(out.replace(e, " "));
            }
        }
    }
    let body = out.trim_start_matches(is_space);
    let marks = body.len() - body.trim_start_matches('#').len();
    let after = &body[marks..];
    if (1..=MAX_HEADING_MARKS).contains(&marks) && after.starts_with(is_space) {
        let indent = out.len() - body.len();
        out = std::borrow::Cow::Owned(format!(
            "{}{}",
            &out[..indent],
            after.trim_start_matches(is_space)
        ));
    }
    if out.trim_matches(is_space).is_empty() && !line.trim_matches(is_space).is_empty() {
        return std::borrow::Cow::Borrowed(line);
    }
    out
}

/// [`strip_insertions`] of what web sites insert: "@@" marks, then pinyin.
fn strip_marks(input: &str) -> std::borrow::Cow<'_, str> {
    if !input.contains("@@") {
        return strip_pinyin(input);
    }
    // A run of marks goes when it follows a char of the text (not a space, not a line's
    // start): so no line that had text becomes blank ("@@" alone stays, and is listed
    // as ignored like any other line). A run of an odd number of @ is no run of marks.
    let mut unmarked = String::with_capacity(input.len());
    let mut rest = input;
    while let Some(at) = rest.find('@') {
        let run = rest[at..].len() - rest[at..].trim_start_matches('@').len();
        let after_text = rest[..at]
            .chars()
            .next_back()
            // (A space as the display folds it, a zero-width one too: the same text
            // normalised first is stripped the same.)
            .is_some_and(|c| !fold_display(c).is_whitespace());
        unmarked.push_str(&rest[..at]);
        if !(after_text && run & 1 == 0) {
            unmarked.push_str(&rest[at..at + run]);
        }
        rest = &rest[at + run..];
    }
    unmarked.push_str(rest);
    std::borrow::Cow::Owned(strip_pinyin(&unmarked).into_owned())
}

/// The byte length of "(xué)" at the start of `s`, if it is a pinyin annotation.
fn annotation_len(s: &str) -> Option<usize> {
    let mut chars = s.char_indices();
    let (_, open) = chars.next()?;
    let close = if open == '(' { ')' } else { '）' };
    let mut toned = false;
    for (n, (i, c)) in chars.enumerate() {
        if c == close || (c == ')' || c == '）') {
            return (n > 0 && toned).then_some(i + c.len_utf8());
        }
        if n >= MAX_PINYIN_CHARS || !is_pinyin_char(c) {
            return None;
        }
        toned |= !c.is_ascii_lowercase();
    }
    None
}

/// Splits on LF, CRLF and lone CR. "a\n" gives "a" and "" (so that joining with LF
/// gives the same line count back).
pub fn split_lines(input: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(input);
    std::iter::from_fn(move || {
        let s = rest?;
        // Two memchr scans (LF, then CR before it) are much faster than one scan
        // for either byte.
        let lf = s.find('\n');
        match s[..lf.unwrap_or(s.len())].find('\r').or(lf) {
            Some(i) => {
                let bytes = s.as_bytes();
                let next = if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                    i + 2
                } else {
                    i + 1
                };
                rest = s.get(next..);
                s.get(..i)
            }
            None => {
                rest = None;
                Some(s)
            }
        }
    })
}

/// Maps Traditional characters of the parser's vocabulary (labels, unit and post
/// words, common surnames) to Simplified. Both sides are BMP CJK: 3 bytes in UTF-8.
#[inline]
pub fn to_simplified(c: char) -> char {
    let u = c as usize;
    if !(0x4E00..=0xFFFF).contains(&u) || T2S_BITS[u >> 6] & (1 << (u & 63)) == 0 {
        return c;
    }
    simplified_of(c)
}

/// Whether the 3-byte UTF-8 sequence `b0 b1 b2` encodes a char of [`T2S`]: the
/// [`to_simplified`] test straight on the bytes, without decoding the char first.
#[inline]
pub fn is_traditional_utf8(b0: u8, b1: u8, b2: u8) -> bool {
    has_utf8(&T2S_BITS, b0, b1, b2)
}

/// Whether the char of the 3-byte UTF-8 sequence `b0 b1 b2` is in the BMP char set
/// `bits` (one bit per char, as [`traditional_bits`] makes).
#[inline]
pub(super) fn has_utf8(bits: &[u64; 1024], b0: u8, b1: u8, b2: u8) -> bool {
    let u = ((b0 as usize & 0x0F) << 12) | ((b1 as usize & 0x3F) << 6) | (b2 as usize & 0x3F);
    bits[u >> 6] & (1 << (u & 63)) != 0
}

#[inline(never)]
fn simplified_of(c: char) -> char {
    match T2S.binary_search_by(|&(t, _)| t.cmp(&c)) {
        Ok(i) => T2S[i].1,
        Err(_) => c,
    }
}

/// The recognition key of one char: all folds.
pub fn key_char(c: char) -> char {
    to_simplified(fold_punct(c))
}

/// The recognition key of a text ([`key_char`] of each char): a title or a deadline
/// kept as displayed, asked about once.
pub fn key_of(text: &str) -> String {
    text.chars().map(key_char).collect()
}

/// One bit per BMP char: set when the char is in [`T2S`] (a fast reject).
static T2S_BITS: [u64; 1024] = traditional_bits();

/// The set of [`T2S_BITS`], for tables that extend it.
pub(super) const fn traditional_bits() -> [u64; 1024] {
    let mut bits = [0u64; 1024];
    let mut i = 0;
    while i < T2S.len() {
        let u = T2S[i].0 as usize;
        bits[u >> 6] |= 1 << (u & 63);
        i += 1;
    }
    bits
}

use super::t2s::T2S;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tone_vowel_range_holds_the_list() {
        for c in TONE_VOWELS.chars() {
            assert!(is_tone_vowel(c), "{c}");
        }
        assert!(!is_tone_vowel('a') && !is_tone_vowel('学'));
    }

    #[test]
    fn table_is_sorted_and_length_preserving() {
        for w in T2S.windows(2) {
            assert!(w[0].0 < w[1].0, "{:?} before {:?}", w[0], w[1]);
        }
        for &(t, s) in T2S {
            assert_eq!(t.len_utf8(), s.len_utf8(), "{t}");
        }
    }

    #[test]
    fn folded_3_byte_ranges_are_exact() {
        for c in ('\u{800}'..='\u{FFFF}').filter(|c| c.len_utf8() == 3) {
            let listed = FOLDED_3_BYTE
                .iter()
                .any(|&(a, b)| (a..=b).contains(&(c as u32)));
            let folded = fold_display(c) != c || fold_punct(c) != c;
            assert_eq!(listed, folded, "{:X}", c as u32);
        }
    }

    #[test]
    fn folds_width_and_spaces() {
        assert_eq!(normalise("２０２３年\u{3000}Ａ\u{a0}b"), "2023年 A b");
        // Punctuation is kept for display.
        assert_eq!(normalise("（一）牵头，"), "（一）牵头，");
        assert_eq!(fold_punct('（'), '(');
        assert_eq!(fold_punct('：'), ':');
        assert_eq!(fold_punct('．'), '.');
        assert_eq!(fold_punct('﹒'), '.');
    }

    #[test]
    fn traditional_keywords() {
        for &(t, s) in T2S {
            let b = t.to_string().into_bytes();
            assert!(is_traditional_utf8(b[0], b[1], b[2]), "{t}");
            let b = s.to_string().into_bytes();
            assert_eq!(
                is_traditional_utf8(b[0], b[1], b[2]),
                to_simplified(s) != s,
                "{s}"
            );
        }
        let k: String = "牽頭單位：區發改局".chars().map(key_char).collect();
        assert_eq!(k, "牵头单位:区发改局");
    }

    #[test]
    fn line_endings() {
        let v: Vec<&str> = split_lines("a\r\nb\rc\n\nd\n").collect();
        assert_eq!(v, ["a", "b", "c", "", "d", ""]);
        assert_eq!(normalise("a\r\nb\rc"), "a\nb\nc");
        let v: Vec<&str> = split_lines("").collect();
        assert_eq!(v, [""]);
    }

    #[test]
    fn word_marks_go() {
        assert_eq!(
            strip_insertions("(一@@)完善规范口岸@@收费@@@@。\n(省商务厅@@@@负责@@)"),
            "(一)完善规范口岸收费。\n(省商务厅负责)"
        );
        assert_eq!(strip_insertions("學(xué)習@@"), "學習");
        assert!(matches!(
            strip_insertions("市发改局@负责"),
            std::borrow::Cow::Borrowed(_)
        ));
        // No line with text becomes blank: marks alone, or after a space, stay
        // (found by the no-line-lost property).
        assert_eq!(strip_insertions("@@\n  @@\n甲@@@"), "@@\n  @@\n甲@@@");
        assert_eq!(strip_insertions("\u{200b}@@一、"), "\u{200b}@@一、");
    }

    #[test]
    fn pinyin_annotations_go() {
        assert_eq!(strip_pinyin("學(xué)習(xí)貫徹"), "學習貫徹");
        assert_eq!(strip_pinyin("強(qiáng)化\n服務（wù）"), "強化\n服務");
        // Not after a character, not pinyin, or no tone mark: kept.
        assert_eq!(strip_pinyin("市委组织部(市人才办)"), "市委组织部(市人才办)");
        assert_eq!(strip_pinyin("做好(ab)工作ǎ"), "做好(ab)工作ǎ");
        assert!(matches!(
            strip_pinyin("无注音"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    /// Held-out c13140–c13142: documents kept as Markdown with HTML's named spaces.
    #[test]
    fn markup_of_a_source_goes() {
        assert_eq!(
            strip_insertions("### &emsp;&emsp;一、总体要求\n&emsp;&emsp;(一)指导思想。"),
            "一、总体要求\n  (一)指导思想。"
        );
        assert_eq!(strip_markup("#### 时间:2024年"), "时间:2024年");
        // Not a number of a building, nor more marks than a heading has, nor an
        // ampersand of another entity.
        assert_eq!(
            strip_markup("3#楼 2# 厂房\n####### 七"),
            "3#楼 2# 厂房\n####### 七"
        );
        assert!(matches!(
            strip_markup("A&B 公司"),
            std::borrow::Cow::Borrowed(_)
        ));
        // Line breaks stay where they were, and a line of marks alone stays.
        assert_eq!(strip_markup("# 甲\r\n\n## 乙").matches('\n').count(), 2);
        assert_eq!(strip_markup("## \n### 一、"), "## \n一、");
        assert_eq!(strip_markup("&emsp;&emsp;\r## 二、"), "&emsp;&emsp;\r二、");
        assert_eq!(strip_markup("## \t&emsp;"), "## \t&emsp;");
        assert_eq!(strip_markup("金融港4#地块\n  ## 乙"), "金融港4#地块\n  乙");
        assert!(matches!(
            strip_markup("金融港4#地块代建"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn idempotent() {
        let s = "（一）\u{3000}ＡＢ\r\n\u{feff}x\r";
        assert_eq!(normalise(&normalise(s)), normalise(s));
    }
}
